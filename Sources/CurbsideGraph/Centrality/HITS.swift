/// Parameters of ``hits(_:options:)``. Defaults follow networkx's `hits`.
public struct HITSOptions: Sendable {
    /// Stop when the L1 change of the hub vector plus that of the authority vector (both
    /// summing to 1) falls below this. Default 1e-8 (networkx `tol`).
    public var tolerance: Double = 1e-8
    /// Iteration cap. Default 100 (networkx `max_iter`).
    public var maxIterations: Int = 100
    /// Use arc weights (when the graph has them), as networkx's adjacency matrix does.
    /// Default `true`.
    public var weighted: Bool = true

    public init() {}
}

/// Hub and authority scores.
public struct HITSResult: Sendable {
    /// Hub score per node: how well it points to good authorities. Sums to 1.
    public var hubs: [Double]
    /// Authority score per node: how much good hubs point to it. Sums to 1.
    public var authorities: [Double]
    /// Iterations performed (one iteration updates authorities, then hubs).
    public var iterations: Int
    /// Whether the tolerance was reached within the iteration cap.
    public var converged: Bool
}

/// Kleinberg's hubs and authorities (HITS) by power iteration.
///
/// Starting from uniform hubs, each iteration sets `a = Aᵀ h` and `h = A a`, each
/// rescaled to sum 1, so `h` and `a` converge to the principal left and right singular
/// vectors of the adjacency matrix `A`. Scores sum to 1, matching networkx `hits`
/// (`normalized=True`, which obtains the same vectors from a sparse SVD). On an
/// undirected graph hubs and authorities coincide. A graph without arcs gets uniform
/// scores. When the top singular value of `A` is repeated (for instance two identical
/// components), the limit depends on the start vector, as with any method.
///
/// Both products are pulls over CSR rows split across cores; each row's sum runs in a
/// fixed order, so results are identical run to run.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - options: tolerance, iteration cap, weights; see ``HITSOptions``.
/// - Complexity: O(iterations × (n + m)) time, O(n) extra space. Convergence is
///   geometric with ratio `(σ₂ / σ₁)²`.
/// - Paper: J. M. Kleinberg, "Authoritative sources in a hyperlinked environment",
///   J. ACM 46(5), 1999. doi:10.1145/324133.324140
public func hits(_ graph: some AdjacencyGraph, options: HITSOptions = HITSOptions()) -> HITSResult {
    let n = graph.nodeCount
    guard n > 0 else { return HITSResult(hubs: [], authorities: [], iterations: 0, converged: true) }
    let uniform = [Double](repeating: 1 / Double(n), count: n)
    guard graph.outAdjacency.arcCount > 0 else {
        return HITSResult(hubs: uniform, authorities: uniform, iterations: 0, converged: true)
    }
    let weighted = options.weighted && graph.outAdjacency.weights != nil
    var h = uniform, a = uniform
    var nextH = uniform, nextA = uniform
    var iterations = 0, converged = false
    while iterations < options.maxIterations {
        iterations += 1
        multiply(graph.inAdjacency, weighted: weighted, by: h, into: &nextA)
        multiply(graph.outAdjacency, weighted: weighted, by: nextA, into: &nextH)
        var err = 0.0
        for v in 0..<n { err += abs(nextH[v] - h[v]) + abs(nextA[v] - a[v]) }
        swap(&h, &nextH)
        swap(&a, &nextA)
        if err < options.tolerance { converged = true; break }
    }
    return HITSResult(hubs: h, authorities: a, iterations: iterations, converged: converged)
}

/// `y = A x` rescaled to sum 1 (left as is when the sum is 0), `A` the rows of `adj`.
func multiply(_ adj: CSR, weighted: Bool, by x: [Double], into y: inout [Double]) {
    pullSums(adj, weighted: weighted, selfWeight: 0, x, into: &y)
    var total = 0.0
    for v in 0..<y.count { total += y[v] }
    if total > 0 { for v in 0..<y.count { y[v] /= total } }
}
