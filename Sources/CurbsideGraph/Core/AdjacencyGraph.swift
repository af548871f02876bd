/// The small read-only protocol every algorithm in CurbsideGraph is written against.
///
/// A conforming type exposes its out- and in-adjacency as ``CSR`` values. For an
/// undirected graph both are the same symmetric adjacency (every edge `{u, v}` is stored
/// as `u → v` and `v → u`; a self-loop once). ``Graph`` (the full, attributed multigraph)
/// and ``GraphView`` (a simple projection: some kinds, a direction mode, weighted or not)
/// conform.
///
/// ```swift
/// let follows = graph.view(kinds: ["follow"])
/// let result = try pageRank(follows)
/// ```
public protocol AdjacencyGraph: Sendable {
    /// Number of nodes; node indices are `0 ..< nodeCount`.
    var nodeCount: Int { get }
    /// `false` when ``outAdjacency`` is symmetric and equal to ``inAdjacency``.
    var isDirected: Bool { get }
    /// Arcs leaving each node.
    var outAdjacency: CSR { get }
    /// Arcs entering each node (for undirected graphs, the same as ``outAdjacency``).
    var inAdjacency: CSR { get }
}

extension AdjacencyGraph {
    /// Number of edges: arcs for a directed graph; for an undirected one, each edge once.
    public var edgeCount: Int {
        if isDirected { return outAdjacency.arcCount }
        var loops = 0
        let adj = outAdjacency
        for v in 0..<UInt32(nodeCount) where adj.contains(v, v) { loops += 1 }
        return (adj.arcCount + loops) / 2
    }

    /// Whether arcs carry weights other than 1.
    public var isWeighted: Bool { outAdjacency.weights != nil }
}
