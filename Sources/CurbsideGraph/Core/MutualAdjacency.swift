/// The simple undirected neighbourhood of every node, without self-loops: `v` is a
/// neighbour of `u` when `u → v` or `v → u`. Each entry's weight is networkx's *mutual
/// weight* `a(u, v) + a(v, u)` on a directed graph (arc weights when `weighted`, else 1
/// per arc, so a reciprocated pair weighs 2); on an undirected graph it is the edge's
/// weight (or 1). Parallel arcs add up.
///
/// - Complexity: O(n + m).
func mutualAdjacency(_ graph: some AdjacencyGraph, weighted: Bool) -> CSR {
    let n = graph.nodeCount
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    let directed = graph.isDirected
    var offsets = [UInt32](repeating: 0, count: n + 1)
    var targets: [UInt32] = []
    var weights: [Double] = []
    targets.reserveCapacity(directed ? 2 * out.arcCount : out.arcCount)
    weights.reserveCapacity(targets.capacity)
    let outW = weighted ? out.weights : nil, inW = weighted ? inAdj.weights : nil
    for u in 0..<n {
        var i = Int(out.offsets[u]), j = directed ? Int(inAdj.offsets[u]) : 0
        let iEnd = Int(out.offsets[u + 1]), jEnd = directed ? Int(inAdj.offsets[u + 1]) : 0
        var last = UInt32.max
        while i < iEnd || j < jEnd {
            let x = i < iEnd ? out.targets[i] : UInt32.max
            let y = j < jEnd ? inAdj.targets[j] : UInt32.max
            let v: UInt32, w: Double
            if x <= y { v = x; w = outW?[i] ?? 1; i += 1 } else { v = y; w = inW?[j] ?? 1; j += 1 }
            if v == UInt32(u) { continue }
            if v == last {
                weights[weights.count - 1] += w
            } else {
                targets.append(v); weights.append(w)
                offsets[u + 1] &+= 1
                last = v
            }
        }
    }
    for u in 0..<n { offsets[u + 1] &+= offsets[u] }
    return CSR(offsets: offsets, targets: targets, weights: weights)
}
