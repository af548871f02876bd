import Dispatch

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
/// The pull over in-arcs is split across cores with `DispatchQueue.concurrentPerform`;
/// each node's sum is taken in a fixed order, so results are identical run to run.
///
/// - Complexity: O(iterations × (n + m)) time, O(n) extra space.
/// - Paper: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank Citation Ranking:
///   Bringing Order to the Web", Stanford InfoLab 1999-66.
public func pageRank(_ graph: some AdjacencyGraph, options: PageRankOptions = PageRankOptions()) -> ScoreResult {
    let n = graph.nodeCount
    guard n > 0 else { return ScoreResult(scores: [], iterations: 0, converged: true) }
    precondition(options.damping >= 0 && options.damping <= 1, "damping must be in [0, 1]")
    let out = graph.outAdjacency
    let inAdj = graph.inAdjacency
    let weighted = options.weighted && out.weights != nil

    func normalised(_ v: [Double]?) -> [Double] {
        guard let v else { return [Double](repeating: 1 / Double(n), count: n) }
        precondition(v.count == n, "one value per node")
        let s = v.reduce(0, +)
        precondition(s > 0, "distribution must have positive sum")
        return v.map { $0 / s }
    }
    let teleport = normalised(options.personalization)
    let dangling = options.danglingDistribution.map { normalised($0) } ?? teleport

    // Out-strength of each node: weighted degree or arc count.
    var outStrength = [Double](repeating: 0, count: n)
    for u in 0..<n { outStrength[u] = weighted ? out.weightedDegree(UInt32(u)) : Double(out.degree(UInt32(u))) }

    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    let d = options.damping
    var iterations = 0
    var converged = false

    while iterations < options.maxIterations {
        iterations += 1
        var danglingMass = 0.0
        for u in 0..<n {
            if outStrength[u] > 0 { share[u] = x[u] / outStrength[u] } else { share[u] = 0; danglingMass += x[u] }
        }
        share.withUnsafeBufferPointer { share in
        teleport.withUnsafeBufferPointer { teleport in
        dangling.withUnsafeBufferPointer { dangling in
        next.withUnsafeMutableBufferPointer { next in
        inAdj.withUnsafeBuffers { off, src, w in
            let useWeights = weighted && w.count == src.count
            let mass = danglingMass
            let p = UncheckedSendable((off, src, w, share, teleport, dangling, next.baseAddress!))
            parallelRanges(n) { range in
                let (off, src, w, share, teleport, dangling, next) = p.value
                for v in range {
                    var sum = 0.0
                    let start = Int(off[v]), end = Int(off[v + 1])
                    if useWeights {
                        for i in start..<end { sum += share[Int(src[i])] * w[i] }
                    } else {
                        for i in start..<end { sum += share[Int(src[i])] }
                    }
                    next[v] = d * (sum + mass * dangling[v]) + (1 - d) * teleport[v]
                }
            }
        }}}}}
        var err = 0.0
        for v in 0..<n { err += abs(next[v] - x[v]) }
        swap(&x, &next)
        if err < Double(n) * options.tolerance { converged = true; break }
    }
    return ScoreResult(scores: x, iterations: iterations, converged: converged)
}
