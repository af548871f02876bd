/// The Jaccard coefficient of `u` and `v` in an undirected graph, as networkx
/// `jaccard_coefficient` computes it: common neighbours (other than `u` and `v`) over
/// `|N(u) ∪ N(v)|`, where a node with a self-loop is its own neighbour; 0 when both
/// neighbourhoods are empty.
///
/// - Throws: ``GraphError`` when `graph` is directed or `u`, `v` are not its nodes.
/// - Complexity: O(deg u + deg v).
/// - Paper: D. Liben-Nowell, J. Kleinberg, "The Link-Prediction Problem for Social
///   Networks", JASIST 58 (2007), doi:10.1002/asi.20591.
public func jaccardCoefficient(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) throws(GraphError) -> Double {
    try requireUndirected(graph, pair: u, v)
    let adjacency = graph.outAdjacency
    var common = 0
    forEachCommonNeighbor(adjacency, u, v) { _ in common += 1 }
    return jaccard(adjacency, u, v, common: common)
}

/// networkx's Jaccard coefficient given the common-neighbour count (which excludes u, v).
func jaccard(_ adjacency: CSR, _ u: UInt32, _ v: UInt32, common: Int) -> Double {
    // |N(u) ∪ N(v)| = |N(u)| + |N(v)| − |N(u) ∩ N(v)|, where the intersection may also hold
    // u or v themselves (u ∈ N(v), and u ∈ N(u) when u has a self-loop).
    var intersection = common
    if u == v {
        if adjacency.contains(u, u) { intersection += 1 }
    } else {
        if adjacency.contains(u, u) && adjacency.contains(v, u) { intersection += 1 }
        if adjacency.contains(v, v) && adjacency.contains(u, v) { intersection += 1 }
    }
    let union = adjacency.degree(u) + adjacency.degree(v) - intersection
    return union == 0 ? 0 : Double(common) / Double(union)
}
