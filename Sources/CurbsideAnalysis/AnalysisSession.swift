import CurbsideGraph
import CurbsideStore
import Foundation

/// An account as the session hands it out (the store's record).
public typealias SessionAccount = AccountInfo
/// An imported source as the session hands it out (the store's record).
public typealias SessionSource = SourceInfo

/// The analysed network, built once per command: the graph and its accounts, and —
/// computed on first use, once — specialties, profiles, influence, reach ties and
/// communities. Every command, the report and the diagrams read the network through one
/// session, so they agree: one account resolver (``AccountResolver``), one partition per
/// ``CommunityParameters`` (``communities(_:)``), one specialty classification.
///
/// Nothing here depends on a clock or unseeded randomness: the same store and
/// ``AnalysisParameters`` give the same values. A session is used from one thread; only
/// ``startCommunitiesInBackground(_:)`` runs work on another, and ``communities(_:)`` waits for it.
public final class AnalysisSession {
    /// What the session was built with; provenance is written from it.
    public let parameters: AnalysisParameters
    public let graph: Graph
    /// `accounts[v]` is node `v`'s account, in store order (a linked person: the account with
    /// the smallest id).
    public let accounts: [SessionAccount]
    /// Turns `@handle`, ids and `platform:id` into nodes; see ``AccountResolver`` for the rule.
    public let resolver: AccountResolver

    private let loaded: LoadedGraph
    private let store: Store
    private let classifier: SpecialtyClassifier?
    private let lock = NSLock()
    private var partitions: [CommunityParameters: CommunityResult] = [:]
    private var pending: [CommunityParameters: BackgroundCommunities] = [:]
    private var summaries: [SummaryKey: [CommunitySummary]] = [:]
    private var cachedHashtags: [Int64: [String: Int]]?
    private var cachedAssignments: [SpecialtyAssignment?]?
    private var cachedProfiles: [AccountProfile]?
    private var cachedComposite: CompositeInfluence?

    /// Loads the graph of `store` (its ``AnalysisParameters/kinds`` in its
    /// ``AnalysisParameters/window``). The store stays open for the values read on first use.
    ///
    /// - Throws: ``AnalysisParameterError`` for a parameter outside its domain (checked
    ///   before anything is loaded), `StoreError` when the store cannot be read.
    ///
    /// `classifier` labels the specialties (default: the built-in lexicon); `specialties
    /// --lexicon/--taxonomy` pass their own.
    public init(store: Store, parameters: AnalysisParameters = AnalysisParameters(), classifier: SpecialtyClassifier? = nil) throws {
        try parameters.check()
        self.store = store
        self.classifier = classifier
        self.parameters = parameters
        loaded = try store.loadGraph(kinds: parameters.kinds, times: parameters.times, window: parameters.window.interactionWindow)
        graph = loaded.graph
        accounts = loaded.accounts
        resolver = AccountResolver(accounts: loaded.accounts)
    }

    // MARK: Accounts

    /// The node `name` names: ``AccountResolver``'s rule.
    public func node(named name: String) throws(AccountResolutionError) -> UInt32 { try resolver.node(named: name) }

    /// `@handle`, or the platform id when the account has no handle.
    public func display(_ v: UInt32) -> String {
        let a = accounts[Int(v)]
        if let h = a.handle, !h.isEmpty { return "@" + h }
        return a.platformID
    }

    /// The imported sources (path, format, SHA-256, counts).
    public func sources() throws -> [SessionSource] { try store.sources() }

    /// Interactions per UTC day and kind inside the window (follows are state, not activity).
    public func activityByDay() throws -> [(day: Int64, kind: String, count: Int)] {
        try store.activityByDay(window: parameters.window.interactionWindow)
    }

    /// Whether the network has more than ``AnalysisParameters/largeNetworkTies`` undirected ties.
    public var isLarge: Bool { undirected.outAdjacency.arcCount / 2 > parameters.largeNetworkTies }

    // MARK: Specialties and profiles (first use, once)

    /// Hashtag use by account id.
    public func hashtags() throws -> [Int64: [String: Int]] {
        if let cachedHashtags { return cachedHashtags }
        let h = try store.hashtagsByAccount()
        cachedHashtags = h
        return h
    }

    /// Each node's NUCC ``SpecialtyClassifier`` assignment (`curbside specialties`): user
    /// labels win, then the input's specialty field, bio, name and hashtags, then mutual ties.
    public func specialtyAssignments() throws -> [SpecialtyAssignment?] {
        if let cachedAssignments { return cachedAssignments }
        let a = try (classifier ?? SpecialtyClassifier(lexicon: SpecialtyLexicon.loadStandard()))
            .classify(loaded: loaded, store: store, ties: parameters.specialtyTies, hashtags: try hashtags())
        cachedAssignments = a
        return a
    }

    /// The assignments as influence, reach and brief read them (clinical or not, aliases).
    public func specialties() throws -> NodeSpecialties { NodeSpecialties(assignments: try specialtyAssignments()) }

    /// Specialty, hashtags and bio terms of each account: what community labels and
    /// collaborator suggestions are made of.
    public func profiles() throws -> [AccountProfile] {
        if let cachedProfiles { return cachedProfiles }
        let p = accountProfiles(loaded, hashtags: try hashtags(), specialties: try specialtyAssignments().map { $0?.specialty })
        cachedProfiles = p
        return p
    }

    // MARK: Views (first use, once)

    /// All ties, undirected (a tie either way joins two accounts), unweighted.
    public private(set) lazy var undirected: GraphView = graph.view(direction: .symmetric)
    /// All ties, directed, weighted by interaction counts.
    public private(set) lazy var weightedDirected: GraphView = graph.view(weighted: true)
    /// All ties, undirected, weighted by interaction counts (both directions summed).
    public private(set) lazy var weightedUndirected: GraphView = graph.view(direction: .symmetric, weighted: true)
    /// Mutual follows plus interactions either way (``collaborationGraph(_:)``): where
    /// collaborators are ranked.
    public private(set) lazy var collaboration: GraphView = collaborationGraph(graph)

    /// The graph the communities of `p` are found on.
    public func communityView(_ p: CommunityParameters) -> GraphView {
        switch p.view {
        case .collaboration: return collaboration
        case .ties:
            if p.kinds == nil && !p.mutual && !p.weighted { return undirected }
            return graph.view(kinds: p.kinds, direction: p.mutual ? .mutual : .symmetric, weighted: p.weighted)
        }
    }

    // MARK: Communities: one partition per parameters

    /// The partition for `p` (default: ``AnalysisParameters/communities``), found once and
    /// shared by every view that asks with equal parameters; 0 is the largest community.
    ///
    /// - Throws: ``AnalysisParameterError`` when a value of `p` is outside its domain.
    public func communities(_ p: CommunityParameters? = nil) throws -> CommunityResult {
        let p = p ?? parameters.communities
        lock.lock()
        if let r = partitions[p] { lock.unlock(); return r }
        let background = pending.removeValue(forKey: p)
        lock.unlock()
        let result = try background?.result() ?? Self.findCommunities(communityView(p), p)
        lock.lock()
        partitions[p] = result
        lock.unlock()
        return result
    }

    /// Starts finding the communities of `p` on another thread, so they are found beside
    /// the specialty classification; ``communities(_:)`` waits for them (and throws what they
    /// threw). Same result either way.
    public func startCommunitiesInBackground(_ p: CommunityParameters? = nil) {
        let p = p ?? parameters.communities
        let view = communityView(p)
        lock.lock()
        defer { lock.unlock() }
        guard partitions[p] == nil, pending[p] == nil else { return }
        pending[p] = BackgroundCommunities { try Self.findCommunities(view, p) }
    }

    /// The quality the partition of `p` reaches: modularity at its resolution, weighted as
    /// the algorithm read the ties.
    ///
    /// - Throws: ``AnalysisParameterError`` when a value of `p` is outside its domain.
    public func modularity(_ p: CommunityParameters? = nil) throws -> Double {
        let p = p ?? parameters.communities
        let membership = try communities(p).membership
        return try CurbsideGraph.modularity(communityView(p), membership: membership, resolution: p.resolution, weighted: p.isWeighted)
    }

    /// The partition of `p` on `view`, `p` checked first.
    static func findCommunities(_ view: GraphView, _ p: CommunityParameters) throws -> CommunityResult {
        try p.check()
        return try findCommunitiesChecked(view, p)
    }

    static func findCommunitiesChecked(_ view: GraphView, _ p: CommunityParameters) throws -> CommunityResult {
        switch p.algorithm {
        case .leiden:
            return try leiden(view, options: p.leidenOptions)
        case .louvain:
            var o = LouvainOptions()
            o.quality = p.quality == .cpm ? .cpm : .modularity
            o.resolution = p.resolution; o.seed = p.seed; o.weighted = p.isWeighted
            return try louvain(view, options: o)
        case .lpa:
            var o = LabelPropagationOptions()
            o.seed = p.seed; o.weighted = p.isWeighted
            return try labelPropagation(view, options: o)
        }
    }

    /// Where a partition's communities are described (density, key members, bridges, tie weights).
    public enum DescriptionGraph: Hashable, Sendable {
        /// The graph the partition was found on.
        case partition
        /// The collaboration graph (``collaboration``).
        case collaboration
    }

    private struct SummaryKey: Hashable {
        var parameters: CommunityParameters
        var graph: DescriptionGraph
    }

    /// Each community of the partition of `p` described on `graph`: distinctive specialties,
    /// hashtags and bio terms, key members, bridges, density (``labelCommunities(_:membership:profiles:options:)``).
    public func communitySummaries(_ p: CommunityParameters? = nil, describedOn graph: DescriptionGraph = .partition) throws
        -> [CommunitySummary] {
        let p = p ?? parameters.communities
        let key = SummaryKey(parameters: p, graph: graph)
        if let s = summaries[key] { return s }
        let view = graph == .collaboration ? collaboration : communityView(p)
        var options = CommunityLabelOptions()
        options.naming = parameters.specialtyNaming
        let s = try labelCommunities(view, membership: communities(p).membership, profiles: profiles(), options: options)
        summaries[key] = s
        return s
    }

    // MARK: Influence and reach (first use, once)

    /// In-degree, followers and PageRank (``InfluenceScores/defaultPageRankOptions``, in
    /// PageRank's domain: nothing a caller passes).
    public private(set) lazy var influence = validParameters { try InfluenceScores(graph: graph) }

    /// The composite, explainable influence score (`curbside influence`); default options
    /// are computed once, others on each call.
    ///
    /// - Throws: `GraphError` when `options` are outside PageRank's domain (a damping of 1.5).
    public func compositeInfluence(_ options: InfluenceOptions? = nil) throws -> CompositeInfluence {
        if options == nil, let cachedComposite { return cachedComposite }
        let score = try CompositeInfluence(graph: graph, platformCounts: accounts.map { ($0.followersCount, $0.followingCount) },
                                       specialties: try specialties(), options: options ?? InfluenceOptions(),
                                       undirected: undirected, tieBreak: { [unowned self] in self.display($0) })
        if options == nil { cachedComposite = score }
        return score
    }

    /// The network as one person's (``EgoNetwork``), when most ties touch one account.
    public private(set) lazy var ego = EgoNetwork(graph: graph)

    /// Audience ties and per-tie cascade probabilities (`curbside reach`, `brief`).
    public private(set) lazy var reachNetwork = ReachNetwork(graph: graph)

    // MARK: Collaborators

    /// Accounts already tied to `v` in any way: a follow either way or any interaction.
    public func tied(to v: UInt32) -> Set<UInt32> {
        var tied = Set(graph.outAdjacency.neighbors(v))
        tied.formUnion(graph.inAdjacency.neighbors(v))
        return tied
    }

    /// A ranker on the collaboration graph with the accounts' profiles (`curbside collaborators`).
    public func collaboratorRanker() throws -> CollaboratorRanker { try CollaboratorRanker(collaboration, profiles: profiles()) }

    /// Collaborator candidates for `focus` as `curbside collaborators` ranks them, accounts
    /// already tied to it left out.
    ///
    /// - Throws: `GraphError` when `focus` is past the node count.
    public func collaboratorCandidates(for focus: UInt32, limit: Int, specialties: Set<String> = []) throws -> [CollaboratorCandidate] {
        var ranker = try collaboratorRanker()
        let excluded = Int(focus) < graph.nodeCount ? tied(to: focus) : []  // else `rank` throws
        return try ranker.rank(focus: focus, limit: limit, specialties: specialties, excluded: excluded)
    }
}

/// Work on a global queue; ``result()`` waits for it.
private final class BackgroundCommunities: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once on the worker before `done.leave()`, read only after `done.wait()`.
    private var value: Result<CommunityResult, any Error> = .failure(CancellationError())

    init(_ work: @escaping @Sendable () throws -> CommunityResult) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            value = Result(catching: work)
            done.leave()
        }
    }

    func result() throws -> CommunityResult {
        done.wait()
        return try value.get()
    }
}
