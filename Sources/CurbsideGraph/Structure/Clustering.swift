/// Triangle counts of the simple undirected graph underlying `adjacency` (a
/// ``mutualAdjacency(_:weighted:)``): for each node, the number of linked pairs of its
/// neighbours. Split across cores; each node's count is written by one worker.
func triangleCounts(_ adjacency: CSR) -> [Int] {
    let n = adjacency.nodeCount
    var result = [Int](repeating: 0, count: n)
    result.withUnsafeMutableBufferPointer { result in
    adjacency.withUnsafeBuffers { off, tgt, _ in
        let shared = UncheckedSendable((off, tgt, result.baseAddress!))
        parallelChunks(n, chunks: min(n, 64)) { _, nodes in
            let (off, tgt, result) = shared.value
            // mark[x] == v + 1 when x is a neighbour of v: no clearing between nodes.
            let mark = UnsafeMutablePointer<UInt32>.allocate(capacity: n)
            mark.initialize(repeating: 0, count: n)
            defer { mark.deallocate() }
            for v in nodes {
                let stamp = UInt32(v + 1)
                let start = Int(off[v]), end = Int(off[v + 1])
                for i in start..<end { mark[Int(tgt[i])] = stamp }
                var t = 0
                for i in start..<end {
                    let w = tgt[i]
                    // Linked neighbour pairs (w, x) with x > w, each counted once.
                    var j = Int(off[Int(w) + 1]) - 1
                    let wStart = Int(off[Int(w)])
                    while j >= wStart && tgt[j] > w {
                        if mark[Int(tgt[j])] == stamp { t += 1 }
                        j -= 1
                    }
                }
                result[v] = t
            }
        }
    }}
    return result
}

/// The local clustering coefficient of every node: the fraction of pairs of its
/// neighbours that are themselves linked, `2 T(v) / (d(v) (d(v) − 1))`, and 0 when
/// `d(v) < 2`.
///
/// Computed on the simple undirected graph underlying `graph`: on a directed graph `u`
/// and `v` are neighbours when either arc exists, as networkx
/// `clustering(G.to_undirected())` (not networkx's directed clustering, which counts
/// directed triangles). Self-loops and parallel arcs are ignored. Unweighted.
///
/// - Complexity: O(n + Σᵥ Σ_{w ∈ N(v)} d(w)) = O(Σᵥ d(v)²) time, split across cores;
///   O(n) extra space per core.
/// - Paper: D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world'
///   networks", Nature 393, 1998. doi:10.1038/30918
public func localClustering(_ graph: some AdjacencyGraph) -> [Double] {
    let adjacency = mutualAdjacency(graph, weighted: false)
    let triangles = triangleCounts(adjacency)
    return (0..<graph.nodeCount).map { v in
        let d = Double(adjacency.degree(UInt32(v)))
        return d < 2 ? 0 : 2 * Double(triangles[v]) / (d * (d - 1))
    }
}

/// The mean of ``localClustering(_:)`` over all nodes, counting those of degree below 2
/// as 0 (networkx `average_clustering(G.to_undirected())`). 0 for an empty graph.
///
/// - Complexity: as ``localClustering(_:)``.
public func averageClustering(_ graph: some AdjacencyGraph) -> Double {
    let c = localClustering(graph)
    return c.isEmpty ? 0 : c.reduce(0, +) / Double(c.count)
}

/// Transitivity, the global clustering coefficient: three times the number of triangles
/// over the number of connected triples, `Σᵥ 2 T(v) / Σᵥ d(v) (d(v) − 1)`, on the same
/// undirected graph as ``localClustering(_:)`` (networkx `transitivity(G.to_undirected())`).
/// 0 when there is no triangle.
///
/// - Complexity: as ``localClustering(_:)``.
/// - Paper: M. E. J. Newman, S. H. Strogatz, D. J. Watts, "Random graphs with arbitrary
///   degree distributions and their applications", Phys. Rev. E 64, 2001.
///   doi:10.1103/PhysRevE.64.026118
public func transitivity(_ graph: some AdjacencyGraph) -> Double {
    let adjacency = mutualAdjacency(graph, weighted: false)
    let triangles = triangleCounts(adjacency)
    var closed = 0, triples = 0
    for v in 0..<graph.nodeCount {
        let d = adjacency.degree(UInt32(v))
        closed += 2 * triangles[v]
        triples += d * (d - 1)
    }
    return closed == 0 ? 0 : Double(closed) / Double(triples)
}
