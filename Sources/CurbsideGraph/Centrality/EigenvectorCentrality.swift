/// Parameters of ``eigenvectorCentrality(_:options:)``. Defaults follow networkx's
/// `eigenvector_centrality`.
public struct EigenvectorOptions: Sendable {
    /// Stop when the L1 change of the score vector is below `nodeCount × tolerance`
    /// (networkx's criterion). Default 1e-6 (networkx `tol`).
    public var tolerance: Double = 1e-6
    /// Iteration cap. Default 100 (networkx `max_iter`).
    public var maxIterations: Int = 100
    /// Use arc weights (when the graph has them). Default `false` (networkx `weight=None`).
    public var weighted: Bool = false

    public init() {}
}

/// Eigenvector centrality (Bonacich): the principal eigenvector of the adjacency matrix,
/// with networkx `eigenvector_centrality` semantics.
///
/// Iterates `x ← (A + I)ᵀ x` from the uniform vector, rescaling to Euclidean norm 1 after
/// each step; adding the identity shifts the spectrum so the iteration also converges on
/// bipartite graphs, without changing the eigenvector. The result has Euclidean norm 1
/// (networkx's normalisation, not a sum of 1). Meant for undirected graphs (take
/// `graph.view(direction: .symmetric)`); on a directed graph it pulls along in-arcs, the
/// left eigenvector, as networkx does. A self-loop counts once. Nodes outside the
/// dominant component tend to 0; a graph with several equally dominant components gets a
/// start-dependent mixture, as in networkx.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - options: tolerance, iteration cap, weights; see ``EigenvectorOptions``.
/// - Returns: scores, iterations and whether the tolerance was met (networkx raises
///   `PowerIterationFailedConvergence` instead).
/// - Complexity: O(iterations × (n + m)) time, O(n) extra space.
/// - Paper: P. Bonacich, "Power and centrality: a family of measures", Am. J. Sociol.
///   92(5), 1987. doi:10.1086/228631
public func eigenvectorCentrality(_ graph: some AdjacencyGraph, options: EigenvectorOptions = EigenvectorOptions()) -> ScoreResult {
    let n = graph.nodeCount
    guard n > 0 else { return ScoreResult(scores: [], iterations: 0, converged: true) }
    let inAdj = graph.inAdjacency
    let weighted = options.weighted && inAdj.weights != nil
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var iterations = 0, converged = false
    while iterations < options.maxIterations {
        iterations += 1
        pullSums(inAdj, weighted: weighted, selfWeight: 1, x, into: &next)
        var squares = 0.0
        for v in 0..<n { squares += next[v] * next[v] }
        let norm = squares > 0 ? squares.squareRoot() : 1
        var err = 0.0
        for v in 0..<n {
            next[v] /= norm
            err += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if err < Double(n) * options.tolerance { converged = true; break }
    }
    return ScoreResult(scores: x, iterations: iterations, converged: converged)
}
