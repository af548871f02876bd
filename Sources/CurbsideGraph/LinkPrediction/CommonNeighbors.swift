/// The number of common neighbours of `u` and `v` in an undirected graph:
/// `|N(u) ∩ N(v) \ {u, v}|`, as networkx `common_neighbors` counts them.
///
/// ```swift
/// let colleagues = graph.view(direction: .symmetric)
/// let shared = try commonNeighborCount(colleagues, alice, bob)
/// ```
///
/// - Throws: ``GraphError`` when `graph` is directed (take `view(direction: .symmetric)` of a
///   directed graph), as networkx's link-prediction functions require.
/// - Complexity: O(deg u + deg v), merging the sorted neighbour lists.
/// - Paper: D. Liben-Nowell, J. Kleinberg, "The Link-Prediction Problem for Social
///   Networks", JASIST 58 (2007), doi:10.1002/asi.20591.
public func commonNeighborCount(_ graph: some AdjacencyGraph, _ u: UInt32, _ v: UInt32) throws(GraphError) -> Int {
    try requireUndirected(graph, pair: u, v)
    var count = 0
    forEachCommonNeighbor(graph.outAdjacency, u, v) { _ in count += 1 }
    return count
}

/// Calls `body` with each common neighbour of `u` and `v` other than `u` and `v`, ascending.
@inlinable
func forEachCommonNeighbor(_ adjacency: CSR, _ u: UInt32, _ v: UInt32, _ body: (UInt32) -> Void) {
    adjacency.withUnsafeBuffers { off, tgt, _ in
        var i = Int(off[Int(u)]), j = Int(off[Int(v)])
        let iEnd = Int(off[Int(u) + 1]), jEnd = Int(off[Int(v) + 1])
        while i < iEnd && j < jEnd {
            let a = tgt[i], b = tgt[j]
            if a < b { i += 1 } else if b < a { j += 1 } else {
                if a != u && a != v { body(a) }
                i += 1
                j += 1
            }
        }
    }
}

/// networkx's degree of `v` in an undirected graph: a self-loop counts twice.
@inlinable
func undirectedDegree(_ adjacency: CSR, _ v: UInt32) -> Int {
    adjacency.degree(v) + (adjacency.contains(v, v) ? 1 : 0)
}

/// The checks of a pairwise link-prediction score: an undirected graph and two of its nodes.
func requireUndirected(_ graph: some AdjacencyGraph, pair u: UInt32, _ v: UInt32) throws(GraphError) {
    try GraphError.checkUndirected(graph, "link prediction")
    try GraphError.checkNodes([u, v], "u, v", nodeCount: graph.nodeCount)
}
