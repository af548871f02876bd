/// Parameters of ``pageRank(_:options:)``. Defaults follow networkx's `pagerank`.
public struct PageRankOptions: Sendable {
    /// Probability of following an arc rather than teleporting (networkx `alpha`). Default 0.85.
    public var damping: Double = 0.85
    /// Convergence threshold per node: stop when the L1 change of the score vector is
    /// below `nodeCount × tolerance` (networkx's criterion). Default 1e-9.
    public var tolerance: Double = 1e-9
    /// Iteration cap. Default 100 (networkx's `max_iter`).
    public var maxIterations: Int = 100
    /// Use arc weights (when the graph has them) as transition weights.
    public var weighted: Bool = true
    /// Teleport distribution, one non-negative value per node (normalised here); `nil` is uniform.
    public var personalization: [Double]? = nil
    /// Where dangling nodes (no out-arcs) send their score; `nil` uses the teleport distribution.
    public var danglingDistribution: [Double]? = nil

    public init() {}
}

/// The outcome of an iterative score computation.
public struct ScoreResult: Sendable {
    /// One score per node.
    public var scores: [Double]
    /// Iterations performed.
    public var iterations: Int
    /// Whether the tolerance was reached within the iteration cap.
    public var converged: Bool
}

/// PageRank by power iteration (Page, Brin, Motwani, Winograd 1999).
///
/// Each step moves `damping` of every node's score along its out-arcs in proportion to
/// their weights; dangling nodes spread theirs by `danglingDistribution`; the rest
/// teleports by `personalization`. Scores sum to 1. On an undirected graph every edge
/// works both ways. Results agree with networkx `pagerank` (same parameters) to the
/// tolerance.
///
/// Each step is one pass over the in-arcs, split across cores in chunks fixed by the node
/// count (`parallelChunks`): it pulls every node's new score and with it
/// the L1 change, the next step's shares and dangling mass. Every sum is taken in a fixed
/// order, so results are identical run to run and on any number of cores.
///
/// - Throws: ``GraphError`` when `options.damping` is outside [0, 1], or a personalization
///   or dangling distribution has the wrong length or no positive mass.
/// - Complexity: O(iterations × (n + m)) time, O(n) extra space.
/// - Paper: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank Citation Ranking:
///   Bringing Order to the Web", Stanford InfoLab 1999-66.
public func pageRank(_ graph: some AdjacencyGraph, options: PageRankOptions = PageRankOptions()) throws(GraphError) -> ScoreResult {
    let n = graph.nodeCount
    try GraphError.check(options.damping >= 0 && options.damping <= 1, "options.damping", options.damping, expected: "a number in [0, 1]")
    guard n > 0 else { return ScoreResult(scores: [], iterations: 0, converged: true) }
    let out = graph.outAdjacency
    let inAdj = graph.inAdjacency
    let weighted = options.weighted && out.weights != nil

    func normalised(_ v: [Double]?, _ parameter: String) throws(GraphError) -> [Double] {
        guard let v else { return [Double](repeating: 1 / Double(n), count: n) }
        try GraphError.checkCount(v.count, parameter, expectedCount: n, of: "node")
        let s = v.reduce(0, +)
        try GraphError.check(s > 0, parameter, "a list summing to \(s)", expected: "a distribution with positive sum")
        return v.map { $0 / s }
    }
    let teleport = try normalised(options.personalization, "options.personalization")
    let dangling = try options.danglingDistribution.map { v throws(GraphError) in try normalised(v, "options.danglingDistribution") } ?? teleport

    // 1 / out-strength (weighted degree or arc count), 0 for dangling nodes.
    var inverseOut = [Double](repeating: 0, count: n)
    for u in 0..<n {
        let s = weighted ? out.weightedDegree(UInt32(u)) : Double(out.degree(UInt32(u)))
        inverseOut[u] = s > 0 ? 1 / s : 0
    }

    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    // share[u] = x[u] / out-strength(u): what u sends along each unit of arc weight.
    var share = [Double](repeating: 0, count: n)
    var nextShare = [Double](repeating: 0, count: n)
    var danglingMass = 0.0
    for u in 0..<n {
        share[u] = x[u] * inverseOut[u]
        if inverseOut[u] == 0 { danglingMass += x[u] }
    }
    let d = options.damping
    var iterations = 0
    var converged = false
    // Per chunk: the L1 change and the next dangling mass. The chunks depend only on n and
    // are summed in order, so the scores are the same bytes on any number of cores.
    let chunks = min(64, max(1, n / 8192))
    var partial = [(change: Double, dangling: Double)](repeating: (0, 0), count: chunks)

    while iterations < options.maxIterations {
        iterations += 1
        // One pass: pull each node's new score, and with it its change, its share for the
        // next step and, if it is dangling, its mass.
        share.withUnsafeBufferPointer { share in
        nextShare.withUnsafeMutableBufferPointer { nextShare in
        x.withUnsafeBufferPointer { x in
        inverseOut.withUnsafeBufferPointer { inverseOut in
        teleport.withUnsafeBufferPointer { teleport in
        dangling.withUnsafeBufferPointer { dangling in
        next.withUnsafeMutableBufferPointer { next in
        partial.withUnsafeMutableBufferPointer { partial in
        inAdj.withUnsafeBuffers { off, src, w in
            let useWeights = weighted && w.count == src.count
            let mass = danglingMass
            let p = UncheckedSendable((off, src, w, share, nextShare, x, inverseOut, teleport, dangling, next, partial))
            parallelChunks(n, chunks: chunks) { chunk, range in
                let (off, src, w, share, nextShare, x, inverseOut, teleport, dangling, next, partial) = p.value
                var change = 0.0, danglingNext = 0.0
                for v in range {
                    let start = Int(off[v]), end = Int(off[v + 1])
                    // Four running sums: one would chain every addition to the one before
                    // and hold the loads back; the combination order is fixed.
                    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                    var i = start
                    if useWeights {
                        while i + 4 <= end {
                            s0 += share[Int(src[i])] * w[i]; s1 += share[Int(src[i + 1])] * w[i + 1]
                            s2 += share[Int(src[i + 2])] * w[i + 2]; s3 += share[Int(src[i + 3])] * w[i + 3]
                            i += 4
                        }
                        while i < end { s0 += share[Int(src[i])] * w[i]; i += 1 }
                    } else {
                        while i + 4 <= end {
                            s0 += share[Int(src[i])]; s1 += share[Int(src[i + 1])]
                            s2 += share[Int(src[i + 2])]; s3 += share[Int(src[i + 3])]
                            i += 4
                        }
                        while i < end { s0 += share[Int(src[i])]; i += 1 }
                    }
                    let sum = (s0 + s1) + (s2 + s3)
                    let score = d * (sum + mass * dangling[v]) + (1 - d) * teleport[v]
                    next[v] = score
                    change += abs(score - x[v])
                    nextShare[v] = score * inverseOut[v]
                    if inverseOut[v] == 0 { danglingNext += score }
                }
                partial[chunk] = (change, danglingNext)
            }
        }}}}}}}}}
        var err = 0.0
        danglingMass = 0
        for c in partial { err += c.change; danglingMass += c.dangling }
        swap(&x, &next)
        swap(&share, &nextShare)
        if err < Double(n) * options.tolerance { converged = true; break }
    }
    return ScoreResult(scores: x, iterations: iterations, converged: converged)
}
