/// The preferential-attachment score of `u` and `v` in an undirected graph:
/// `deg(u) × deg(v)` with networkx's degree (a self-loop counts twice), as networkx
/// `preferential_attachment` computes it.
///
/// - Throws: ``GraphError`` when `graph` is directed or `u`, `v` are not its nodes.
/// - Complexity: O(log deg u + log deg v).
/// - Paper: A.-L. Barabási, R. Albert, "Emergence of Scaling in Random Networks",
///   Science 286 (1999), doi:10.1126/science.286.5439.509.
public func preferentialAttachment(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) throws(GraphError) -> Int {
    try requireUndirected(graph, pair: u, v)
    let adjacency = graph.outAdjacency
    return undirectedDegree(adjacency, u) * undirectedDegree(adjacency, v)
}
