import CurbsideAnalysis
import CurbsideGraph
import Foundation

/// How the report and the diagrams show a network: names or pseudonyms, community labels.
/// What is computed (window, communities, seed) is the session's ``AnalysisParameters``.
public struct NetworkDataOptions: Sendable {
    /// Replace handles, names and source paths with stable pseudonyms: `account-0042` is the
    /// 42nd account in the store's order, whatever its handle.
    public var anonymize: Bool = false
    /// Labels for communities by id (0 = largest); the hook for a community labeller.
    /// Missing or empty entries get ``NetworkData/defaultCommunityLabel(_:)``.
    public var communityLabels: [String] = []
    /// Start the communities on another thread as soon as possible, so they are found beside
    /// the specialty classification and the other analyses (the report does);
    /// ``NetworkData/communities`` waits for them. The result is the same either way. Default `false`.
    public var communitiesInBackground = false

    public init() {}
}

/// A network as the report and the diagrams show it: an ``AnalysisSession`` (graph,
/// accounts, specialties, influence, the session's one partition) with display names
/// (pseudonyms when anonymised) and community labels.
///
/// Nothing here depends on a clock or on unseeded randomness, so the same store and
/// options always give the same values.
public final class NetworkData {
    /// Where every value comes from; shared with the commands, so the report and
    /// `curbside communities` find the same partition for the same parameters.
    public let session: AnalysisSession
    public let graph: Graph
    public let accounts: [SessionAccount]
    /// Each account's specialty from the NUCC ``SpecialtyClassifier``: user labels win, then
    /// the input's specialty field, bio, name and hashtags, then mutual ties.
    public let specialties: [SpecialtyLabel?]
    /// The same labels as influence, reach and brief read them (clinical or not, aliases).
    public let nodeSpecialties: NodeSpecialties
    public let sources: [SessionSource]
    public let options: NetworkDataOptions
    /// Specialty, hashtags and bio terms of each account: what community labels are made of.
    public let profiles: [AccountProfile]
    private let idWidth: Int

    public init(session: AnalysisSession, options: NetworkDataOptions = NetworkDataOptions()) throws {
        if options.communitiesInBackground { session.startCommunitiesInBackground() }
        self.session = session
        graph = session.graph
        accounts = session.accounts
        let assignments = try session.specialtyAssignments()
        specialties = assignments.map { $0?.label }
        nodeSpecialties = try session.specialties()
        profiles = try session.profiles()
        sources = try session.sources()
        self.options = options
        idWidth = String(session.accounts.count).count
    }

    /// The account as shown: `@handle`, else its platform id; `account-0042` when anonymised.
    public func display(_ v: UInt32) -> String {
        if options.anonymize {
            let n = String(Int(v) + 1)
            return "account-" + String(repeating: "0", count: max(0, idWidth - n.count)) + n
        }
        return session.display(v)
    }

    /// The display name, empty when anonymised or unknown.
    public func name(_ v: UInt32) -> String { options.anonymize ? "" : accounts[Int(v)].name ?? "" }

    /// The specialty label, or `unlabelled`.
    public func specialty(_ v: UInt32) -> String { specialties[Int(v)]?.specialty ?? "unlabelled" }

    /// The node `text` names (``AccountResolver``: `@handle`, id or `platform:id`; an
    /// ambiguous name is an error listing the candidates).
    public func node(named text: String) throws(AccountResolutionError) -> UInt32 { try session.node(named: text) }

    /// The seed of the communities, and of the report's cascades and briefing lists.
    public var seed: UInt64 { session.parameters.communities.seed }

    // MARK: Computed on first use, by the session

    /// In-degree, followers and PageRank.
    public var influence: InfluenceScores { session.influence }

    /// The composite, explainable influence score (`curbside influence`).
    public var composite: CompositeInfluence { get throws { try session.compositeInfluence() } }

    /// Audience ties and per-tie cascade probabilities (`curbside reach`, `brief`).
    public var reachNetwork: ReachNetwork { session.reachNetwork }

    /// Collaborator candidates for `focus` as `curbside collaborators` ranks them (on the
    /// collaboration graph: mutual follows and interactions), accounts already tied to it in
    /// any way left out.
    public func collaboratorCandidates(for focus: UInt32, limit: Int) throws -> [CollaboratorCandidate] {
        try session.collaboratorCandidates(for: focus, limit: limit)
    }

    /// All ties, undirected (a tie either way joins two accounts), unweighted: the graph
    /// communities are found on, as `curbside communities` does by default.
    public var undirected: GraphView { session.undirected }

    /// All ties, directed, weighted by interaction counts: the arrows diagrams draw among
    /// the accounts they show (built once for all of them).
    public var weightedDirected: GraphView { session.weightedDirected }

    /// All ties, undirected, weighted by interaction counts (both directions summed): the
    /// graph backbones and strongest ties are taken from.
    public var weightedUndirected: GraphView { session.weightedUndirected }

    /// The Leiden parameters used for ``communities``.
    public var leidenOptions: LeidenOptions { session.parameters.communities.leidenOptions }

    /// Whether the network has more than ``AnalysisParameters/largeNetworkTies`` undirected ties.
    public var isLarge: Bool { session.isLarge }

    /// The session's communities (``AnalysisParameters/communities``); 0 is the largest.
    public var communities: CommunityResult { get throws { try session.communities() } }

    /// Each community's specialty name by community id: its most common specialty when
    /// enough members carry it (``AnalysisParameters/specialtyNaming``: 20 % and 5 accounts
    /// by default), else how little is known ("2 of 938 labelled").
    public var communitySpecialties: [GroupSpecialty] {
        get throws {
            if let cachedCommunitySpecialties { return cachedCommunitySpecialties }
            let communities = try communities
            var counts = [[String: Int]](repeating: [:], count: communities.count)
            var sizes = [Int](repeating: 0, count: communities.count)
            for (v, c) in communities.membership.enumerated() {
                sizes[Int(c)] += 1
                if let s = specialties[v]?.specialty { counts[Int(c)][s, default: 0] += 1 }
            }
            let naming = session.parameters.specialtyNaming
            let names = counts.indices.map { naming.name(counts: counts[$0], members: sizes[$0]) }
            cachedCommunitySpecialties = names
            return names
        }
    }
    private var cachedCommunitySpecialties: [GroupSpecialty]?

    /// The network's specialty name, by the same rule as a community's
    /// (``communitySpecialties``).
    public var networkSpecialty: GroupSpecialty { session.parameters.specialtyNaming.name(specialties.map { $0?.specialty }) }

    /// Each community of ``communities`` described on the graph it was found on:
    /// distinctive specialties, hashtags and bio terms (log-odds against the rest of the
    /// network), key members, bridges, density (``labelCommunities(_:membership:profiles:options:)``).
    public var communitySummaries: [CommunitySummary] { get throws { try session.communitySummaries() } }
    /// `C3 · cardiology · #cardiotwitter`: the community number, the specialty it is named by
    /// (``communitySpecialties``; when too few members carry one and some are labelled, how
    /// few: `C3 · 2 of 938 labelled`) and its most distinctive hashtag (`C3` alone when
    /// neither is known).
    public func defaultCommunityLabel(_ c: Int) throws -> String {
        var label = "C\(c)"
        let names = try communitySpecialties, summaries = try communitySummaries
        if c < names.count, names[c].labelled > 0 { label += " · \(names[c].specialty ?? names[c].description)" }
        if c < summaries.count, let tag = summaries[c].hashtags.first(where: { $0.z > 0 }) {
            label += " · #\(tag.term)"
        }
        return label
    }

    /// The label of community `c`: the given one (``NetworkDataOptions/communityLabels``)
    /// when present, else ``defaultCommunityLabel(_:)``.
    public func communityLabel(_ c: Int) throws -> String {
        if c < options.communityLabels.count, !options.communityLabels[c].isEmpty { return options.communityLabels[c] }
        return try defaultCommunityLabel(c)
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

