/// Overall reciprocity of a directed graph: the fraction of arcs `u → v` (`u ≠ v`) whose
/// reverse `v → u` also exists.
///
/// Self-loops are left out of both counts. networkx's `overall_reciprocity` counts a
/// self-loop as reciprocated; igraph's `reciprocity(ignore_loops=True)` matches this one.
/// Returns 0 for a graph without non-loop arcs.
///
/// - Complexity: O(m log d) with d the largest degree.
public func reciprocity(_ graph: some AdjacencyGraph) -> Double {
    let out = graph.outAdjacency
    var arcs = 0, reciprocated = 0
    for u in 0..<UInt32(graph.nodeCount) {
        for v in out.neighbors(u) where v != u {
            arcs += 1
            if out.contains(v, u) { reciprocated += 1 }
        }
    }
    return arcs == 0 ? 0 : Double(reciprocated) / Double(arcs)
}

/// Density: arcs over possible arcs, `m / (n (n − 1))` directed or `2m / (n (n − 1))`
/// undirected, self-loops excluded from `m`. 0 for fewer than two nodes.
public func density(_ graph: some AdjacencyGraph) -> Double {
    let n = Double(graph.nodeCount)
    guard n > 1 else { return 0 }
    let out = graph.outAdjacency
    var loops = 0
    for v in 0..<UInt32(graph.nodeCount) where out.contains(v, v) { loops += 1 }
    let arcs = Double(out.arcCount - loops)
    return arcs / (n * (n - 1))
}
