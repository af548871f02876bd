/// Harmonic closeness centrality: for each node `u`, the sum over the other nodes `v` of
/// `1 / d(v, u)`, where unreachable nodes add 0 (networkx `harmonic_centrality`).
///
/// Distances run *towards* `u` on directed graphs (networkx's convention), so each node's
/// value comes from one breadth-first search (Dijkstra when `weighted`) along its
/// in-arcs. The searches are independent and split across cores; each writes only its
/// own entry, so results are identical run to run.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - normalized: divide by `n − 1`, giving values in `[0, 1]` (NetworKit's
///     normalisation; networkx does not normalise). Default `false`.
///   - weighted: use arc weights as lengths (networkx `distance=`). Default `false`.
/// - Throws: ``GraphError`` when `weighted` with an arc length that is not positive.
/// - Complexity: O(n m) time (O(n m log n) weighted), O(n) extra space per core.
/// - Paper: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4),
///   2000. doi:10.1016/S0378-4371(00)00311-3; P. Boldi, S. Vigna, "Axioms for
///   centrality", Internet Math. 10(3–4), 2014. doi:10.1080/15427951.2013.865686
public func harmonicCloseness(_ graph: some AdjacencyGraph, normalized: Bool = false, weighted: Bool = false) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let weighted = weighted && graph.inAdjacency.weights != nil
    try GraphError.checkPositiveLengths(graph, weighted: weighted)
    var result = [Double](repeating: 0, count: n)
    let scale = normalized && n > 1 ? 1 / Double(n - 1) : 1
    result.withUnsafeMutableBufferPointer { result in
        graph.inAdjacency.withRawAdjacency(weighted: weighted) { back in
            let shared = UncheckedSendable((back, result.baseAddress!))
            parallelChunks(n, chunks: min(n, 64)) { _, nodes in
                let (back, result) = shared.value
                let ws = ShortestPathWorkspace(nodeCount: n)
                for u in nodes {
                    if weighted { ws.dijkstra(from: u, back) } else { ws.bfs(from: u, back) }
                    var sum = 0.0
                    for i in 1..<max(ws.settled, 1) { sum += 1 / ws.dist[Int(ws.order[i])] }
                    result[u] = sum * scale
                }
            }
        }
    }
    return result
}

/// Harmonic closeness estimated from `pivots` source nodes drawn without replacement
/// (Eppstein–Wang pivot sampling): `n / k` times each node's sum of `1 / d(p, u)` over
/// the pivots `p`, an unbiased estimate of ``harmonicCloseness(_:normalized:weighted:)``.
///
/// Each pivot contributes a value in `[0, 1]` to a node's normalised score, so by
/// Hoeffding's inequality (which holds for sampling without replacement) `k ≥ ln(2n / δ)
/// / (2 ε²)` pivots put every normalised estimate within about `ε` of the exact value with
/// probability at least `1 − δ` (the `n / k` versus `(n − 1) / k` scale adds at most
/// `1 / n`). With `pivots ≥ n` every node is a pivot and the result is exact.
///
/// The searches run forwards from the pivots, split into 16 fixed chunks on all cores;
/// chunk sums are added in chunk order, so a seed fixes the output bits.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - pivots: number of sampled sources `k` (clamped to `n`).
///   - seed: fixes the pivot choice (SplitMix64).
///   - normalized: divide by `n − 1`. Default `false`.
///   - weighted: use arc weights as lengths. Default `false`.
/// - Throws: ``GraphError`` when `pivots` is below 1, or `weighted` with an arc length that
///   is not positive.
/// - Complexity: O(k m) time (O(k m log n) weighted), O(n) extra space per chunk.
/// - Paper: D. Eppstein, J. Wang, "Fast approximation of centrality", J. Graph Algorithms
///   Appl. 8(1), 2004. doi:10.7155/jgaa.00081
public func sampledHarmonicCloseness(
    _ graph: some AdjacencyGraph, pivots: Int, seed: UInt64, normalized: Bool = false, weighted: Bool = false
) throws(GraphError) -> [Double] {
    let n = graph.nodeCount
    try GraphError.check(pivots > 0, "pivots", pivots, expected: "at least one pivot")
    guard n > 0 else { return [] }
    let k = min(pivots, n)
    let weighted = weighted && graph.outAdjacency.weights != nil
    try GraphError.checkPositiveLengths(graph, weighted: weighted)
    // Partial Fisher–Yates: the first k entries are a uniform sample without replacement.
    var nodes = (0..<UInt32(n)).map { $0 }
    var rng = SplitMix64(seed: seed)
    for i in 0..<k {
        let j = i + Int(rng.uniform(UInt64(n - i)))
        nodes.swapAt(i, j)
    }
    let chosen = Array(nodes[0..<k])
    let chunks = min(16, k)
    var partial = [Double](repeating: 0, count: chunks * n)
    partial.withUnsafeMutableBufferPointer { partial in
        graph.outAdjacency.withRawAdjacency(weighted: weighted) { fwd in
            let shared = UncheckedSendable((fwd, partial.baseAddress!, chosen))
            parallelChunks(k, chunks: chunks) { chunk, range in
                let (fwd, partial, chosen) = shared.value
                let sum = partial + chunk * n
                let ws = ShortestPathWorkspace(nodeCount: n)
                for i in range {
                    let p = Int(chosen[i])
                    if weighted { ws.dijkstra(from: p, fwd) } else { ws.bfs(from: p, fwd) }
                    for j in 1..<max(ws.settled, 1) {
                        let u = Int(ws.order[j])
                        sum[u] += 1 / ws.dist[u]
                    }
                }
            }
        }
    }
    let scale = Double(n) / Double(k) * (normalized && n > 1 ? 1 / Double(n - 1) : 1)
    var result = [Double](repeating: 0, count: n)
    for c in 0..<chunks { for v in 0..<n { result[v] += partial[c * n + v] } }
    for v in 0..<n { result[v] *= scale }
    return result
}
