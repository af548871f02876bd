/// Which arcs a degree counts.
public enum DegreeDirection: Sendable {
    case outgoing, incoming
}

/// The degree of every node: number of arcs, or with `weighted`, the sum of arc weights.
///
/// On an undirected graph both directions give the same value (a self-loop counts once,
/// unlike networkx's `degree`, which counts it twice).
///
/// - Complexity: O(n) unweighted, O(n + m) weighted.
public func degree(_ graph: some AdjacencyGraph, direction: DegreeDirection = .incoming, weighted: Bool = false) -> [Double] {
    let adj = direction == .outgoing ? graph.outAdjacency : graph.inAdjacency
    return (0..<UInt32(graph.nodeCount)).map { v in
        weighted ? adj.weightedDegree(v) : Double(adj.degree(v))
    }
}
