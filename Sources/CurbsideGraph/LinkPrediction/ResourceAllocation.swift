/// The resource-allocation index of `u` and `v` in an undirected graph: Σ over common
/// neighbours `w` (other than `u`, `v`) of `1 / deg(w)`, with networkx's degree (a
/// self-loop counts twice), as networkx `resource_allocation_index` computes it.
///
/// - Throws: ``GraphError`` when `graph` is directed or `u`, `v` are not its nodes.
/// - Complexity: O(deg u + deg v + common neighbours × log deg).
/// - Paper: T. Zhou, L. Lü, Y.-C. Zhang, "Predicting missing links via local
///   information", Eur. Phys. J. B 71 (2009), doi:10.1140/epjb/e2009-00335-8.
public func resourceAllocationIndex(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) throws(GraphError) -> Double {
    try requireUndirected(graph, pair: u, v)
    let adjacency = graph.outAdjacency
    var sum = 0.0
    forEachCommonNeighbor(adjacency, u, v) { w in sum += 1 / Double(undirectedDegree(adjacency, w)) }
    return sum
}
