/// Backbone extraction: keep the ties that matter in a weighted graph and drop the rest,
/// so that a picture of a large network shows its structure instead of a hairball.
///
/// Two reductions, both keeping every node and returning a ``GraphView`` with the same
/// direction and weights as the input:
/// - ``disparityFilter(_:alpha:)``: the disparity filter of Serrano, Boguñá and Vespignani,
///   which keeps a tie when its weight is statistically significant for at least one of its
///   ends, given how that end spreads its strength (``disparitySignificance(_:)``);
/// - ``strongestTiesBackbone(_:perNode:)``: each node's `k` heaviest ties.

/// The disparity-filter significance of every arc of `graph`, indexed like
/// `graph.outAdjacency.targets`: the smaller of the two endpoints' p-values, so an arc is
/// kept at level α when the value is below α.
///
/// For a node `i` with degree `k_i` and strength `s_i` (the sum of its arc weights), the
/// null hypothesis spreads `s_i` uniformly at random over its `k_i` ties; the probability
/// that a tie gets a share `p_ij = w_ij / s_i` or more is
///
///     α_ij = (1 − p_ij)^(k_i − 1)                     (Serrano et al. 2009, eq. 2)
///
/// Undirected graphs test both ends with their degree and strength: the value of `{i, j}`
/// is `min(α_ij, α_ji)`, the same at both stored arcs. Directed graphs test the arc
/// `i → j` against the out-ties of `i` and the in-ties of `j`: `min(α_ij^out, α_ij^in)`
/// (the paper's directed variant). A node with a single tie cannot make it significant
/// (`α = 1` from that end: `0⁰ = 1`), so a tie between two such nodes always scores 1.
/// Self-loops are left out of degrees and strengths and score 1 (never kept). Arcs of
/// weight zero or less score 1. An unweighted graph (all weights 1) gives every arc of a
/// node the same value, so the filter then only prefers ties of low-degree nodes.
///
/// - Complexity: O(n + m log k_max) time (powers by squaring), O(n + m) space.
/// - Paper: M. Á. Serrano, M. Boguñá, A. Vespignani, "Extracting the multiscale backbone
///   of complex weighted networks", PNAS 106 (16), 6483–6488 (2009).
///   doi:10.1073/pnas.0808904106
public func disparitySignificance(_ graph: some AdjacencyGraph) -> [Double] {
    let n = graph.nodeCount
    let out = graph.outAdjacency
    let inAdj = graph.inAdjacency
    let (outDegree, outStrength) = loopFreeDegreeAndStrength(out, nodeCount: n)
    let (inDegree, inStrength) = graph.isDirected
        ? loopFreeDegreeAndStrength(inAdj, nodeCount: n)
        : (outDegree, outStrength)
    var result = [Double](repeating: 1, count: out.arcCount)
    result.withUnsafeMutableBufferPointer { alpha in
    out.withUnsafeBuffers { offsets, targets, weights in
        for u in 0..<n {
            for e in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(targets[e])
                let w = weights.isEmpty ? 1 : weights[e]
                guard v != u, w > 0 else { continue }
                let fromSource = tieSignificance(weight: w, strength: outStrength[u], degree: outDegree[u])
                let fromTarget = tieSignificance(weight: w, strength: inStrength[v], degree: inDegree[v])
                alpha[e] = min(fromSource, fromTarget)
            }
        }
    }}
    return result
}

/// The disparity-filter backbone of `graph` at significance level `alpha`: every node, and
/// the arcs whose ``disparitySignificance(_:)`` is below `alpha`, with their weights. The
/// paper uses α between 0.01 and 0.5; smaller keeps fewer ties. Undirected input gives an
/// undirected (still symmetric) view.
///
/// ```swift
/// let backbone = disparityFilter(graph.view(direction: .symmetric, weighted: true), alpha: 0.05)
/// ```
///
/// - Complexity: O(n + m log k_max).
/// - Paper: Serrano, Boguñá, Vespignani 2009, doi:10.1073/pnas.0808904106.
public func disparityFilter(_ graph: some AdjacencyGraph, alpha: Double = 0.05) -> GraphView {
    let significance = disparitySignificance(graph)
    return keepingArcs(graph) { significance[$0] < alpha }
}

/// The `perNode` heaviest ties of each node: an arc is kept when it is among the `perNode`
/// heaviest out-arcs of its source or among the `perNode` heaviest in-arcs of its target
/// (undirected: among the heaviest ties of either end). Ties of equal weight go to the
/// smaller neighbour id, so the result is deterministic. Self-loops are never kept.
/// Every node with a tie keeps at least one, so unlike a global weight threshold this
/// never strands the periphery.
///
/// - Throws: ``GraphError`` when `perNode` is negative.
/// - Complexity: O(m log k_max) time, O(m) space.
public func strongestTiesBackbone(_ graph: some AdjacencyGraph, perNode: Int) throws(GraphError) -> GraphView {
    try GraphError.check(perNode >= 0, "perNode", perNode, expected: "a non-negative count")
    let n = graph.nodeCount
    let out = graph.outAdjacency
    var keep = [Bool](repeating: false, count: out.arcCount)
    var row: [(position: Int, neighbor: UInt32, weight: Double)] = []
    // Out-arcs of each node (undirected: each node's ties; the arc {u, v} stored at u).
    for u in 0..<UInt32(n) {
        row.removeAll(keepingCapacity: true)
        for e in out.range(u) where out.targets[e] != u {
            row.append((e, out.targets[e], out.weights?[e] ?? 1))
        }
        for chosen in heaviest(&row, perNode) { keep[chosen.position] = true }
    }
    // The same arc seen from its other end: its in-arcs (undirected: the mirror arc).
    let inAdj = graph.inAdjacency
    for v in 0..<UInt32(n) {
        row.removeAll(keepingCapacity: true)
        for e in inAdj.range(v) where inAdj.targets[e] != v {
            row.append((e, inAdj.targets[e], inAdj.weights?[e] ?? 1))
        }
        for chosen in heaviest(&row, perNode) {
            // The arc chosen.neighbor → v in out-arc order.
            if let p = arcPosition(out, from: chosen.neighbor, to: v) { keep[p] = true }
        }
    }
    return keepingArcs(graph) { keep[$0] }
}

// MARK: Helpers

/// `(1 − w/s)^(k − 1)`, 1 when `k ≤ 1`.
@inline(__always)
func tieSignificance(weight: Double, strength: Double, degree: Int) -> Double {
    guard degree > 1, strength > 0 else { return 1 }
    let p = min(weight / strength, 1)
    return integerPower(1 - p, degree - 1)
}

/// `x^n` for `n ≥ 0` by repeated squaring (`0⁰ = 1`).
@inline(__always)
func integerPower(_ x: Double, _ n: Int) -> Double {
    var result = 1.0, base = x, e = n
    while e > 0 {
        if e & 1 == 1 { result *= base }
        e >>= 1
        if e > 0 { base *= base }
    }
    return result
}

/// Degree and strength of every node, self-loops and non-positive weights left out.
private func loopFreeDegreeAndStrength(_ adjacency: CSR, nodeCount n: Int) -> ([Int], [Double]) {
    var degree = [Int](repeating: 0, count: n)
    var strength = [Double](repeating: 0, count: n)
    adjacency.withUnsafeBuffers { offsets, targets, weights in
        for u in 0..<n {
            var k = 0, s = 0.0
            for e in Int(offsets[u])..<Int(offsets[u + 1]) where Int(targets[e]) != u {
                let w = weights.isEmpty ? 1 : weights[e]
                if w > 0 { k += 1; s += w }
            }
            degree[u] = k
            strength[u] = s
        }
    }
    return (degree, strength)
}

/// The first `k` entries of `row` by weight descending, then neighbour ascending.
private func heaviest(
    _ row: inout [(position: Int, neighbor: UInt32, weight: Double)], _ k: Int
) -> ArraySlice<(position: Int, neighbor: UInt32, weight: Double)> {
    if row.count > k {
        row.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.neighbor < $1.neighbor }
    }
    return row.prefix(k)
}

/// The position of the arc `u → v` in `adjacency`, if present. O(log deg u).
private func arcPosition(_ adjacency: CSR, from u: UInt32, to v: UInt32) -> Int? {
    var lo = Int(adjacency.offsets[Int(u)]), hi = Int(adjacency.offsets[Int(u) + 1])
    let end = hi
    while lo < hi {
        let mid = (lo + hi) >> 1
        if adjacency.targets[mid] < v { lo = mid + 1 } else { hi = mid }
    }
    return lo < end && adjacency.targets[lo] == v ? lo : nil
}

/// The arcs of `graph` at the positions `keep` accepts, as a view of the same kind.
private func keepingArcs(_ graph: some AdjacencyGraph, _ keep: (Int) -> Bool) -> GraphView {
    let out = graph.outAdjacency
    let csr = out.filtered(weighted: out.weights != nil) { _, e in keep(e) ? (out.weights?[e] ?? 1) : nil }
    return graph.isDirected ? GraphView(directed: csr) : GraphView(undirected: csr)
}
