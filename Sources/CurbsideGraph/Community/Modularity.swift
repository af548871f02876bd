/// Newman–Girvan modularity of a partition, with a resolution.
///
/// For an undirected graph with total edge weight m,
/// Q = Σ_c [ L_c / m − γ · (K_c / 2m)² ],
/// where L_c is the weight of the edges inside community c and K_c the sum of its nodes'
/// weighted degrees. For a directed graph (Leicht and Newman's form),
/// Q = Σ_c [ L_c / m − γ · K_c^out · K_c^in / m² ], with m the total arc weight.
/// Self-loops count as in networkx: once in L_c and m, twice in an undirected degree.
/// Values agree with networkx's `community.modularity(G, communities, weight, resolution)`
/// (and igraph's `modularity`) to rounding.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``; directed graphs use the directed modularity.
///   - membership: a community label per node; any `UInt32` values (they need not be
///     consecutive).
///   - resolution: γ; 1 is classic modularity. Default 1.
///   - weighted: use arc weights when the graph has them. Default `true`.
/// - Returns: Q, or NaN when the graph has no edge weight (modularity is undefined there;
///   networkx raises).
/// - Throws: ``GraphError`` when `membership` does not hold one label per node.
/// - Complexity: O(n + m) time, O(n) extra space.
/// - Paper: M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in
///   networks", Phys. Rev. E 69, 026113 (2004). doi:10.1103/PhysRevE.69.026113. Directed:
///   E. A. Leicht, M. E. J. Newman, Phys. Rev. Lett. 100, 118703 (2008).
///   doi:10.1103/PhysRevLett.100.118703
public func modularity(_ graph: some AdjacencyGraph, membership: [UInt32], resolution: Double = 1,
                       weighted: Bool = true) throws(GraphError) -> Double {
    let n = graph.nodeCount
    try GraphError.checkCount(membership.count, "membership", expectedCount: n, of: "node")
    let (labels, k) = compactLabels(membership)
    let out = graph.outAdjacency
    if !graph.isDirected {
        return undirectedModularity(out, labels: labels, communities: k, resolution: resolution, weighted: weighted)
    }
    var inside = [Double](repeating: 0, count: k)
    var outWeight = [Double](repeating: 0, count: k)
    var inWeight = [Double](repeating: 0, count: k)
    var total = 0.0
    out.withUnsafeBuffers { off, tgt, wt in
        let useWeights = weighted && wt.count == tgt.count
        for u in 0..<n {
            let cu = Int(labels[u])
            for i in Int(off[u])..<Int(off[u + 1]) {
                let v = Int(tgt[i])
                let w = useWeights ? wt[i] : 1
                let cv = Int(labels[v])
                total += w
                outWeight[cu] += w
                inWeight[cv] += w
                if cu == cv { inside[cu] += w }
            }
        }
    }
    guard total > 0 else { return .nan }
    var q = 0.0
    let m = total
    for c in 0..<k { q += inside[c] / m - resolution * outWeight[c] * inWeight[c] / (m * m) }
    return q
}

/// Undirected modularity on all cores: per fixed chunk of nodes (their number depends only
/// on n, so the sums come out the same on any machine), each node's weighted degree and the
/// chunk's weight inside communities; then K_c per community in node order.
private func undirectedModularity(_ out: CSR, labels: [UInt32], communities k: Int, resolution: Double,
                                  weighted: Bool) -> Double {
    let n = labels.count
    let chunks = n < 16_384 ? 1 : 16
    var strength = [Double](repeating: 0, count: n)
    var insideOf = [Double](repeating: 0, count: chunks)
    out.withUnsafeBuffers { off, tgt, wt in
        let useWeights = weighted && wt.count == tgt.count
        labels.withUnsafeBufferPointer { labels in
        strength.withUnsafeMutableBufferPointer { strength in
        insideOf.withUnsafeMutableBufferPointer { insideOf in
            let shared = UncheckedSendable((off, tgt, wt, labels, strength, insideOf))
            parallelChunks(n, chunks: chunks) { chunk, nodes in
                let (off, tgt, wt, labels, strength, insideOf) = shared.value
                var inside = 0.0
                for u in nodes {
                    let cu = labels[u]
                    var s = 0.0
                    for i in Int(off[u])..<Int(off[u + 1]) {
                        let v = Int(tgt[i])
                        let w = useWeights ? wt[i] : 1
                        if v == u {
                            // A self-loop is stored once: once in m and L_c, twice in the degree.
                            s += 2 * w
                            inside += 2 * w
                        } else {
                            s += w
                            if labels[v] == cu { inside += w }
                        }
                    }
                    strength[u] = s
                }
                insideOf[chunk] = inside
            }
        }}}
    }
    // `total` is 2m, `inside` 2·Σ L_c and `degree[c]` K_c.
    var degree = [Double](repeating: 0, count: k)
    var total = 0.0
    for u in 0..<n {
        degree[Int(labels[u])] += strength[u]
        total += strength[u]
    }
    guard total > 0 else { return .nan }
    let inside = insideOf.reduce(0, +)
    var squares = 0.0
    for c in 0..<k {
        let share = degree[c] / total
        squares += share * share
    }
    return inside / total - resolution * squares
}

/// The Constant Potts Model quality of a partition of an undirected graph:
/// H = Σ_c [ e_c − γ · C(n_c, 2) ],
/// e_c the weight of the edges inside community c (a self-loop once) and n_c its node
/// count. Higher is better; a community pays off when its density exceeds γ.
/// leidenalg's `CPMVertexPartition.quality()` reports 2H on undirected graphs.
///
/// - Throws: ``GraphError`` when `membership` does not hold one label per node, or `graph`
///   is directed.
/// - Complexity: O(n + m).
/// - Paper: V. A. Traag, P. Van Dooren, Y. Nesterov, "Narrow scope for resolution-limit-free
///   community detection", Phys. Rev. E 84, 016114 (2011). doi:10.1103/PhysRevE.84.016114
public func constantPottsQuality(_ graph: some AdjacencyGraph, membership: [UInt32], resolution: Double,
                                 weighted: Bool = true) throws(GraphError) -> Double {
    let n = graph.nodeCount
    try GraphError.checkCount(membership.count, "membership", expectedCount: n, of: "node")
    try GraphError.checkUndirected(graph, "the constant Potts model")
    let (labels, k) = compactLabels(membership)
    var inside = [Double](repeating: 0, count: k)
    var size = [Double](repeating: 0, count: k)
    graph.outAdjacency.withUnsafeBuffers { off, tgt, wt in
        let useWeights = weighted && wt.count == tgt.count
        for u in 0..<n {
            let cu = Int(labels[u])
            size[cu] += 1
            for i in Int(off[u])..<Int(off[u + 1]) where labels[Int(tgt[i])] == labels[u] {
                let w = useWeights ? wt[i] : 1
                // Edges between two nodes are met from both ends; a self-loop once.
                inside[cu] += Int(tgt[i]) == u ? w : 0.5 * w
            }
        }
    }
    var h = 0.0
    for c in 0..<k { h += inside[c] - resolution * size[c] * (size[c] - 1) / 2 }
    return h
}

/// The value of `quality` for a partition: ``modularity(_:membership:resolution:weighted:)``
/// or ``constantPottsQuality(_:membership:resolution:weighted:)``. `membership` is the
/// algorithm's own (one label per node of an undirected `graph`), so neither can throw.
func partitionQuality(_ graph: some AdjacencyGraph, membership: [UInt32], quality: CommunityQuality,
                      resolution: Double, weighted: Bool) -> Double {
    do {
        switch quality {
        case .modularity: return try modularity(graph, membership: membership, resolution: resolution, weighted: weighted)
        case .cpm: return try constantPottsQuality(graph, membership: membership, resolution: resolution, weighted: weighted)
        }
    } catch {
        preconditionFailure("internal partition rejected: \(error)")
    }
}

extension GraphError {
    /// The checks every community detector makes before it starts: an undirected graph, a
    /// non-negative resolution, finite non-negative weights when they are used.
    static func checkCommunityInput(_ graph: some AdjacencyGraph, resolution: Double, weighted: Bool,
                                    algorithm: String) throws(GraphError) {
        try checkUndirected(graph, algorithm)
        try check(resolution >= 0, "options.resolution", resolution, expected: "a non-negative number")
        guard weighted, let w = graph.outAdjacency.weights else { return }
        if let bad = w.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw GraphError(.invalidWeight, parameter: "graph weights", value: "\(bad)",
                             expected: "finite, non-negative weights for community detection")
        }
    }
}
