import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

/// Parameters shared by the report and the diagrams: how accounts are named and how
/// communities are found.
public struct NetworkDataOptions: Sendable {
    /// Replace handles, names and source paths with stable pseudonyms: `account-0042` is the
    /// 42nd account in the store's order, whatever its handle.
    public var anonymize: Bool = false
    /// Seed of the Leiden run. Default 1, as `curbside communities`, so community numbers
    /// agree with that command's output.
    public var communitySeed: UInt64 = 1
    /// Leiden resolution γ (modularity). Default 1.
    public var communityResolution: Double = 1
    /// Leiden iterations; `nil` iterates until stable on networks of up to
    /// ``largeNetworkTies`` ties and runs 2 iterations (leidenalg's default) on larger ones,
    /// where iterating to the end can take minutes without changing the picture.
    public var communityIterations: Int? = nil
    /// Undirected ties above which a network counts as large. Default 1,000,000.
    public var largeNetworkTies: Int = 1_000_000
    /// Labels for communities by id (0 = largest); the hook for a community labeller.
    /// Missing or empty entries get ``NetworkData/defaultCommunityLabel(_:)``.
    public var communityLabels: [String] = []
    /// Only interactions in this time window and/or conversation (`--since/--until/--hashtag`);
    /// follows are counted whole. Unbounded by default.
    public var window = InteractionWindow()
    /// Start Leiden on another thread as soon as the graph is loaded, so it runs beside the
    /// specialty classification and the other analyses (the report does); ``NetworkData/communities``
    /// waits for it. The result is the same either way. Default `false`.
    public var communitiesInBackground = false

    public init() {}
}

/// A network loaded once for reporting and drawing: the graph, its accounts with display
/// names (pseudonyms when anonymised), specialty labels, and — computed on first use —
/// influence scores, communities and the undirected view they are found on.
///
/// Nothing here depends on a clock or on unseeded randomness, so the same store and
/// options always give the same values.
public final class NetworkData {
    public let graph: Graph
    public let accounts: [AccountInfo]
    /// Each account's specialty from the NUCC ``SpecialtyClassifier``: user labels win, then
    /// the input's specialty field, bio, name and hashtags, then mutual ties.
    public let specialties: [SpecialtyLabel?]
    /// The same labels as influence, reach and brief read them (clinical or not, aliases).
    public let nodeSpecialties: NodeSpecialties
    public let sources: [SourceInfo]
    public let options: NetworkDataOptions
    /// Specialty, hashtags and bio terms of each account: what community labels are made of.
    public let profiles: [AccountProfile]
    private let idWidth: Int

    /// Leiden running on another thread (``NetworkDataOptions/communitiesInBackground``).
    private let pendingCommunities: BackgroundCommunities?

    public init(store: Store, options: NetworkDataOptions = NetworkDataOptions()) throws {
        let loaded = try store.loadGraph(window: options.window)
        graph = loaded.graph
        let symmetric = options.communitiesInBackground ? loaded.graph.view(direction: .symmetric) : nil
        pendingCommunities = symmetric.map {
            BackgroundCommunities($0, options: Self.leidenOptions(options, large: Self.isLarge($0, options)))
        }
        accounts = loaded.accounts
        let hashtags = try store.hashtagsByAccount()
        let assignments = try SpecialtyClassifier(lexicon: SpecialtyLexicon.loadStandard())
            .classify(loaded: loaded, store: store, hashtags: hashtags)
        specialties = assignments.map { $0?.label }
        nodeSpecialties = NodeSpecialties(assignments: assignments)
        profiles = accountProfiles(loaded, hashtags: hashtags, specialties: specialties.map { $0?.specialty })
        sources = try store.sources()
        self.options = options
        idWidth = String(loaded.accounts.count).count
        if let symmetric { undirected = symmetric }
    }

    /// The account as shown: `@handle`, else its platform id; `account-0042` when anonymised.
    public func display(_ v: UInt32) -> String {
        if options.anonymize {
            let n = String(Int(v) + 1)
            return "account-" + String(repeating: "0", count: max(0, idWidth - n.count)) + n
        }
        let a = accounts[Int(v)]
        if let h = a.handle, !h.isEmpty { return "@" + h }
        return a.platformID
    }

    /// The display name, empty when anonymised or unknown.
    public func name(_ v: UInt32) -> String { options.anonymize ? "" : accounts[Int(v)].name ?? "" }

    /// The specialty label, or `unlabelled`.
    public func specialty(_ v: UInt32) -> String { specialties[Int(v)]?.specialty ?? "unlabelled" }

    /// The node whose handle (with or without `@`, any case) or platform id is `text`.
    public func node(named text: String) -> UInt32? {
        let wanted = (text.hasPrefix("@") ? String(text.dropFirst()) : text).lowercased()
        if let i = accounts.firstIndex(where: { ($0.handle ?? "").lowercased() == wanted }) { return UInt32(i) }
        if let i = accounts.firstIndex(where: { $0.platformID == text }) { return UInt32(i) }
        return nil
    }

    // MARK: Computed on first use

    /// In-degree, followers and PageRank.
    public private(set) lazy var influence = InfluenceScores(graph: graph)

    /// The composite, explainable influence score (`curbside influence`).
    public private(set) lazy var composite = CompositeInfluence(
        graph: graph, platformCounts: accounts.map { ($0.followersCount, $0.followingCount) },
        specialties: nodeSpecialties, undirected: undirected, tieBreak: { [unowned self] in self.display($0) })

    /// Audience ties and per-tie cascade probabilities (`curbside reach`, `brief`).
    public private(set) lazy var reachNetwork = ReachNetwork(graph: graph)

    /// Collaborator candidates for `focus` as `curbside collaborators` ranks them (on the
    /// collaboration graph: mutual follows and interactions), accounts already tied to it in
    /// any way left out.
    public func collaboratorCandidates(for focus: UInt32, limit: Int) -> [CollaboratorCandidate] {
        var ranker = CollaboratorRanker(collaborationGraph(graph), profiles: profiles)
        var tied = Set(graph.outAdjacency.neighbors(focus))
        tied.formUnion(graph.inAdjacency.neighbors(focus))
        return ranker.rank(focus: focus, limit: limit, excluded: tied)
    }

    /// All ties, undirected (a tie either way joins two accounts), unweighted: the graph
    /// communities are found on, as `curbside communities` does by default.
    public private(set) lazy var undirected: GraphView = graph.view(direction: .symmetric)

    /// All ties, directed, weighted by interaction counts: the arrows diagrams draw among
    /// the accounts they show (built once for all of them).
    public private(set) lazy var weightedDirected: GraphView = graph.view(weighted: true)

    /// All ties, undirected, weighted by interaction counts (both directions summed): the
    /// graph backbones and strongest ties are taken from.
    public private(set) lazy var weightedUndirected: GraphView = graph.view(direction: .symmetric, weighted: true)

    /// The Leiden parameters used for ``communities``.
    public var leidenOptions: LeidenOptions { Self.leidenOptions(options, large: isLarge) }

    static func leidenOptions(_ options: NetworkDataOptions, large: Bool) -> LeidenOptions {
        var o = LeidenOptions()
        o.seed = options.communitySeed
        o.resolution = options.communityResolution
        o.weighted = false
        o.iterations = options.communityIterations ?? (large ? 2 : nil)
        return o
    }

    /// Whether the network has more than ``NetworkDataOptions/largeNetworkTies`` undirected ties.
    public var isLarge: Bool { Self.isLarge(undirected, options) }

    static func isLarge(_ undirected: GraphView, _ options: NetworkDataOptions) -> Bool {
        undirected.outAdjacency.arcCount / 2 > options.largeNetworkTies
    }

    /// Leiden communities (modularity) of ``undirected``; 0 is the largest.
    public private(set) lazy var communities: CommunityResult =
        pendingCommunities?.result ?? validParameters { try leiden(undirected, options: leidenOptions) }

    /// The most common specialty among a community's labelled members and its share of
    /// them, by community id; `nil` when no member is labelled.
    public private(set) lazy var communitySpecialties: [(specialty: String, share: Double)?] = {
        var counts = [[String: Int]](repeating: [:], count: communities.count)
        for (v, c) in communities.membership.enumerated() {
            if let s = specialties[v]?.specialty { counts[Int(c)][s, default: 0] += 1 }
        }
        return counts.map { tally in
            let total = tally.values.reduce(0, +)
            guard let best = tally.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
            return (best.key, Double(best.value) / Double(total))
        }
    }()

    /// Each community of ``communities`` described: distinctive specialties, hashtags and
    /// bio terms (log-odds against the rest of the network), key members, bridges, density
    /// (``labelCommunities(_:membership:profiles:options:)``).
    public private(set) lazy var communitySummaries: [CommunitySummary] =
        labelCommunities(undirected, membership: communities.membership, profiles: profiles)

    /// `C3 · cardiology · #cardiotwitter`: the community number, the most common specialty of
    /// its members and its most distinctive hashtag (`C3` alone when neither is known).
    public func defaultCommunityLabel(_ c: Int) -> String {
        var label = "C\(c)"
        if c < communitySpecialties.count, let s = communitySpecialties[c] { label += " · \(s.specialty)" }
        if c < communitySummaries.count, let tag = communitySummaries[c].hashtags.first(where: { $0.z > 0 }) {
            label += " · #\(tag.term)"
        }
        return label
    }

    /// The label of community `c`: the given one (``NetworkDataOptions/communityLabels``)
    /// when present, else ``defaultCommunityLabel(_:)``.
    public func communityLabel(_ c: Int) -> String {
        if c < options.communityLabels.count, !options.communityLabels[c].isEmpty { return options.communityLabels[c] }
        return defaultCommunityLabel(c)
    }

    /// The `k` nodes with the highest `values`, in ``ranked(_:by:)`` order (ties by display
    /// name, then node), equal values sharing a rank (1, 2, 2, 4): ``topAccounts(_:k:tieBreak:)``.
    func topRanked(_ values: [Double], k: Int) -> [(node: UInt32, value: Double, rank: Int)] {
        topAccounts(values, k: k, tieBreak: { self.display($0) }).map { ($0.node, $0.value, $0.rank) }
    }

    /// Nodes sorted by `key` descending, ties by display name then node: the deterministic
    /// order every ranking in the report and the diagrams uses.
    func ranked(_ nodes: some Sequence<UInt32>, by key: (UInt32) -> Double) -> [UInt32] {
        var rows: [(node: UInt32, key: Double, name: String)] = nodes.map { ($0, key($0), display($0)) }
        rows.sort { a, b in
            if a.key != b.key { return a.key > b.key }
            if a.name != b.name { return a.name < b.name }
            return a.node < b.node
        }
        return rows.map(\.node)
    }
}

/// A Leiden run on a global queue; ``result`` waits for it.
private final class BackgroundCommunities: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the worker before `done.leave()`, read only after `done.wait()`.
    private var value: CommunityResult?

    init(_ graph: GraphView, options: LeidenOptions) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = validParameters { try leiden(graph, options: options) }
            done.leave()
        }
    }

    var result: CommunityResult {
        done.wait()
        return value!
    }
}
