/// A subgraph on chosen nodes, renumbered `0 ..< nodes.count` in the order given.
public struct InducedSubgraph<G: AdjacencyGraph>: Sendable {
    /// The subgraph.
    public var graph: G
    /// `originalNode[i]` is the node of the parent graph that became node `i`.
    public var originalNode: [UInt32]
}

/// The subgraph of `graph` induced by `nodes`: those nodes and every arc between two of
/// them, with kinds, counts and times kept. Node `i` of the result is `nodes[i]`.
///
/// - Parameters:
///   - graph: an attributed ``Graph``.
///   - nodes: distinct nodes of `graph`, in the order wanted.
/// - Complexity: O(n + m) plus the builder's O(n' + m') for the kept part.
public func inducedSubgraph(_ graph: Graph, nodes: [UInt32]) throws(GraphError) -> InducedSubgraph<Graph> {
    let newIndex = try renumbering(nodeCount: graph.nodeCount, nodes: nodes)
    var builder = GraphBuilder(nodeCount: nodes.count)
    for label in graph.kindLabels { _ = builder.kind(named: label) }
    let out = graph.outAdjacency
    for (i, u) in nodes.enumerated() {
        for e in out.range(u) {
            let j = newIndex[Int(out.targets[e])]
            guard j != .max else { continue }
            builder.addEdge(
                from: UInt32(i), to: j, kind: graph.kindLabels.isEmpty ? 0 : graph.kind(ofEdge: e),
                count: graph.count(ofEdge: e), firstAt: graph.firstSeen(ofEdge: e), lastAt: graph.lastSeen(ofEdge: e)
            )
        }
    }
    return InducedSubgraph(graph: builder.build(), originalNode: nodes)
}

/// The subgraph of a simple graph (a ``GraphView`` or any other ``AdjacencyGraph``)
/// induced by `nodes`, as a ``GraphView`` with the same directedness and weights. Node
/// `i` of the result is `nodes[i]`.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - nodes: distinct nodes of `graph`, in the order wanted.
/// - Complexity: O(n + m + m' log d) for m' kept arcs and largest kept degree d.
public func inducedSubgraph(_ graph: some AdjacencyGraph, nodes: [UInt32]) throws(GraphError) -> InducedSubgraph<GraphView> {
    let newIndex = try renumbering(nodeCount: graph.nodeCount, nodes: nodes)
    let out = graph.outAdjacency
    var offsets = [UInt32](repeating: 0, count: nodes.count + 1)
    var targets: [UInt32] = []
    var weights: [Double] = []
    var row: [(UInt32, Double)] = []
    for (i, u) in nodes.enumerated() {
        row.removeAll(keepingCapacity: true)
        for e in out.range(u) {
            let j = newIndex[Int(out.targets[e])]
            if j != .max { row.append((j, out.weights?[e] ?? 1)) }
        }
        row.sort { $0.0 < $1.0 }
        for (j, w) in row { targets.append(j); weights.append(w) }
        offsets[i + 1] = offsets[i] + UInt32(row.count)
    }
    let csr = CSR(offsets: offsets, targets: targets, weights: out.weights == nil ? nil : weights)
    let view = graph.isDirected ? GraphView(directed: csr) : GraphView(undirected: csr)
    return InducedSubgraph(graph: view, originalNode: nodes)
}

/// `newIndex[v]` = position of `v` in `nodes`, `UInt32.max` for nodes left out.
private func renumbering(nodeCount: Int, nodes: [UInt32]) throws(GraphError) -> [UInt32] {
    try GraphError.checkNodes(nodes, "nodes", nodeCount: nodeCount)
    var newIndex = [UInt32](repeating: .max, count: nodeCount)
    for (i, v) in nodes.enumerated() {
        if newIndex[Int(v)] != .max {
            throw GraphError(.duplicateNode, parameter: "nodes", value: "\(v) at positions \(newIndex[Int(v)]) and \(i)",
                             expected: "distinct nodes")
        }
        newIndex[Int(v)] = UInt32(i)
    }
    return newIndex
}

/// The `count` nodes with the highest scores, highest first; ties go to the smaller node
/// index and NaN scores are never chosen, so the choice is deterministic. Reports use it
/// with ``inducedSubgraph(_:nodes:)->InducedSubgraph<GraphView>`` to draw the top of a ranking.
///
/// - Throws: ``GraphError`` when `count` is negative.
/// - Complexity: O(n log n).
public func topNodes(_ scores: [Double], count: Int) throws(GraphError) -> [UInt32] {
    try GraphError.check(count >= 0, "count", count, expected: "a non-negative count")
    var order = (0..<UInt32(scores.count)).filter { !scores[Int($0)].isNaN }
    order.sort { a, b in
        let x = scores[Int(a)], y = scores[Int(b)]
        return x != y ? x > y : a < b
    }
    return Array(order.prefix(count))
}
