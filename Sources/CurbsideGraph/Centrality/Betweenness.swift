/// Parameters of ``betweenness(_:options:)``. Defaults follow networkx's
/// `betweenness_centrality` (`normalized=True`, `weight=None`, `endpoints=False`).
public struct BetweennessOptions: Sendable {
    /// Divide by the number of ordered pairs `(s, t)` that can pass through a node,
    /// `(n − 1)(n − 2)`, for directed and undirected graphs alike (networkx's
    /// `normalized=True`). When `false`, undirected values are halved so each unordered
    /// pair counts once, and directed values are raw sums. Default `true`.
    public var normalized: Bool = true
    /// Use arc weights (when the graph has them) as *lengths*, with Dijkstra's algorithm.
    /// ``GraphView`` weights are interaction counts, so a stronger tie would be a longer
    /// one: transform them first if shortest paths should prefer strong ties. Default
    /// `false` (every arc has length 1, breadth-first search).
    public var weighted: Bool = false

    public init() {}
}

/// Betweenness centrality by Brandes' algorithm: for each node `v`, the sum over ordered
/// pairs of other nodes `s ≠ t` of the fraction of shortest `s`–`t` paths through `v`.
///
/// One search per source (breadth-first, or Dijkstra with a binary heap on weighted
/// graphs) counts shortest paths; dependencies are then accumulated in reverse order of
/// distance, finding predecessors through the in-arcs so no predecessor lists are built.
/// Directed graphs follow arcs; undirected ones every edge both ways; self-loops never
/// lie on a shortest path. Results agree with networkx `betweenness_centrality` (same
/// normalisation and weights) to rounding.
///
/// Sources are split into at most 16 fixed chunks run on all cores; each chunk sums into
/// its own array and the arrays are added in chunk order, so the output is the same bits
/// on every run and every machine.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - options: normalisation and weights; see ``BetweennessOptions``.
/// - Returns: one value per node.
/// - Throws: ``GraphError`` when `options.weighted` with an arc length that is not
///   positive.
/// - Complexity: O(n m) time unweighted, O(n m log n) weighted; O(n) extra space per
///   chunk (16 n doubles for the partial sums).
/// - Paper: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
///   25(2), 2001. doi:10.1080/0022250X.2001.9990249
public func betweenness(_ graph: some AdjacencyGraph, options: BetweennessOptions = BetweennessOptions()) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let weighted = options.weighted && graph.outAdjacency.weights != nil
    try GraphError.checkPositiveLengths(graph, weighted: weighted)
    let chunks = min(16, n)
    var partial = [Double](repeating: 0, count: chunks * n)
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    partial.withUnsafeMutableBufferPointer { partial in
        out.withRawAdjacency(weighted: weighted) { fwd in
        inAdj.withRawAdjacency(weighted: weighted) { back in
            let shared = UncheckedSendable((fwd, back, partial.baseAddress!))
            parallelChunks(n, chunks: chunks) { chunk, sources in
                let (fwd, back, partial) = shared.value
                let bc = partial + chunk * n
                let ws = ShortestPathWorkspace(nodeCount: n)
                for s in sources {
                    if weighted { ws.dijkstra(from: s, fwd) } else { ws.bfs(from: s, fwd) }
                    accumulateDependencies(ws, source: s, back: back, into: bc)
                }
            }
        }}
    }
    var result = [Double](repeating: 0, count: n)
    for c in 0..<chunks {
        for v in 0..<n { result[v] += partial[c * n + v] }
    }
    let scale: Double
    if options.normalized {
        scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
    } else {
        scale = graph.isDirected ? 1 : 0.5
    }
    if scale != 1 { for v in 0..<n { result[v] *= scale } }
    return result
}

/// Brandes' backward phase: adds each settled node's dependency on `source` to `bc`.
/// Predecessors of `w` are the in-neighbours `z` with `dist[z] + len(z, w) == dist[w]`.
@inline(__always)
func accumulateDependencies(_ ws: ShortestPathWorkspace, source: Int, back: RawAdjacency, into bc: UnsafeMutablePointer<Double>) {
    let dist = ws.dist, sigma = ws.sigma, delta = ws.delta, order = ws.order
    var i = ws.settled - 1
    while i > 0 {
        let w = Int(order[i])
        let dw = dist[w]
        let coefficient = (1 + delta[w]) / sigma[w]
        let start = Int(back.offsets[w]), end = Int(back.offsets[w + 1])
        if let lengths = back.weights {
            for a in start..<end {
                let z = Int(back.targets[a])
                if dist[z] + lengths[a] == dw { delta[z] += sigma[z] * coefficient }
            }
        } else {
            let dz = dw - 1
            for a in start..<end {
                let z = Int(back.targets[a])
                if dist[z] == dz { delta[z] += sigma[z] * coefficient }
            }
        }
        bc[w] += delta[w]
        i -= 1
    }
}
