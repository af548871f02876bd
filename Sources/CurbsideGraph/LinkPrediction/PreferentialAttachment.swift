/// The preferential-attachment score of `u` and `v` in an undirected graph:
/// `deg(u) × deg(v)` with networkx's degree (a self-loop counts twice), as networkx
/// `preferential_attachment` computes it.
///
/// - Precondition: `graph` is undirected.
/// - Complexity: O(log deg u + log deg v).
/// - Paper: A.-L. Barabási, R. Albert, "Emergence of Scaling in Random Networks",
///   Science 286 (1999), doi:10.1126/science.286.5439.509.
public func preferentialAttachment(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) -> Int {
    requireUndirected(graph)
    let adjacency = graph.outAdjacency
    return undirectedDegree(adjacency, u) * undirectedDegree(adjacency, v)
}
