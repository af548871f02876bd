import CurbsideGraph
import CurbsideStore

/// The headline numbers of a network: what a report's overview shows.
public struct NetworkOverview: Sendable, Equatable {
    public var accounts: Int
    /// Accounts with at least one edge.
    public var connectedAccounts: Int
    /// Distinct edges per kind label, sorted by label.
    public var edgesByKind: [(kind: String, edges: Int, interactions: Int)]
    /// Density of the directed simple graph over all kinds (self-loops excluded).
    public var density: Double
    /// Reciprocity of the follow graph when there are follows, else of all kinds.
    public var reciprocity: Double
    /// The kinds reciprocity was computed on.
    public var reciprocityKinds: String
    /// Weakly connected components (isolated accounts count as their own component).
    public var components: Int
    public var largestComponent: Int
    /// Earliest and latest interaction time, Unix seconds.
    public var firstAt: Int64?
    public var lastAt: Int64?

    public static func == (a: NetworkOverview, b: NetworkOverview) -> Bool {
        a.accounts == b.accounts && a.connectedAccounts == b.connectedAccounts
            && a.edgesByKind.map { "\($0)" } == b.edgesByKind.map { "\($0)" }
            && a.density == b.density && a.reciprocity == b.reciprocity && a.components == b.components
            && a.largestComponent == b.largestComponent && a.firstAt == b.firstAt && a.lastAt == b.lastAt
    }

    /// Computes the overview of `graph`.
    public init(graph: Graph) {
        accounts = graph.nodeCount
        var connected = 0
        for v in 0..<UInt32(graph.nodeCount) where graph.outAdjacency.degree(v) + graph.inAdjacency.degree(v) > 0 {
            connected += 1
        }
        connectedAccounts = connected
        let edges = graph.edgeCountsByKind(), interactions = graph.interactionCountsByKind()
        edgesByKind = graph.kindLabels.indices
            .filter { edges[$0] > 0 }
            .map { (graph.kindLabels[$0], edges[$0], interactions[$0]) }
            .sorted { $0.kind < $1.kind }
        let all = graph.view()
        density = CurbsideGraph.density(all)
        if graph.kindID(EdgeKind.follow) != nil, edges[Int(graph.kindID(EdgeKind.follow)!)] > 0 {
            reciprocity = CurbsideGraph.reciprocity(graph.view(kinds: [EdgeKind.follow]))
            reciprocityKinds = EdgeKind.follow
        } else {
            reciprocity = CurbsideGraph.reciprocity(all)
            reciprocityKinds = "all kinds"
        }
        let wcc = weaklyConnectedComponents(all)
        components = wcc.count
        largestComponent = wcc.sizes.first ?? 0
        let span = graph.timeSpan()
        firstAt = span?.first
        lastAt = span?.last
    }
}
