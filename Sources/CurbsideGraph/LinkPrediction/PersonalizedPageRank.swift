/// PageRank personalised on one node: the random surfer always teleports back to
/// `source`, so scores measure how close each node is to `source` along many short
/// paths. A link-prediction score for pairs `(source, v)`; equals networkx
/// `pagerank(G, personalization={source: 1})` with the same parameters.
///
/// ```swift
/// let closeness = try personalizedPageRank(follows, source: alice).scores
/// ```
///
/// `options.personalization` is replaced; every other option (damping, tolerance,
/// weights, dangling distribution) applies as in ``pageRank(_:options:)``.
///
/// - Throws: ``GraphError`` when `source` is not a node of `graph`, or as
///   ``pageRank(_:options:)``.
/// - Complexity: O(iterations × (n + m)) time, O(n) space.
/// - Paper: G. Jeh, J. Widom, "Scaling Personalized Web Search", WWW 2003,
///   doi:10.1145/775152.775191.
public func personalizedPageRank(
    _ graph: some AdjacencyGraph, source: UInt32, options: PageRankOptions = PageRankOptions()
) throws(GraphError) -> ScoreResult {
    try GraphError.checkNodes(CollectionOfOne(source), "source", nodeCount: graph.nodeCount)
    var options = options
    var teleport = [Double](repeating: 0, count: graph.nodeCount)
    teleport[Int(source)] = 1
    options.personalization = teleport
    return try pageRank(graph, options: options)
}
