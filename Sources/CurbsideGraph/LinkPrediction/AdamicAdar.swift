/// The Adamic–Adar index of `u` and `v` in an undirected graph: Σ over common
/// neighbours `w` (other than `u`, `v`) of `1 / ln deg(w)`, with networkx's degree (a
/// self-loop counts twice), as networkx `adamic_adar_index` computes it. Rare shared
/// contacts weigh more than hubs everyone knows.
///
/// - Throws: ``GraphError`` when `graph` is directed or `u`, `v` are not its nodes.
/// - Complexity: O(deg u + deg v + common neighbours × log deg) (the self-loop test).
/// - Paper: L. A. Adamic, E. Adar, "Friends and neighbors on the Web", Social Networks
///   25 (2003), doi:10.1016/S0378-8733(03)00009-1.
public func adamicAdarIndex(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) throws(GraphError) -> Double {
    try requireUndirected(graph, pair: u, v)
    let adjacency = graph.outAdjacency
    var sum = 0.0
    forEachCommonNeighbor(adjacency, u, v) { w in sum += 1 / naturalLog(Double(undirectedDegree(adjacency, w))) }
    return sum
}
