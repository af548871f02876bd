/// Hop distances from `source` by breadth-first search: `UInt32.max` marks nodes that
/// cannot be reached.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``; weights are ignored.
///   - source: the start node.
///   - direction: follow out-arcs (distances *from* `source`) or in-arcs (distances *to*
///     it). Default ``DegreeDirection/outgoing``. Undirected graphs are the same either way.
/// - Throws: ``GraphError`` when `source` is not a node of `graph`.
/// - Complexity: O(n + m) time, O(n) extra space.
public func bfsDistances(_ graph: some AdjacencyGraph, from source: UInt32, direction: DegreeDirection = .outgoing) throws(GraphError) -> [UInt32] {
    let n = graph.nodeCount
    try GraphError.checkNodes(CollectionOfOne(source), "source", nodeCount: n)
    let adj = direction == .outgoing ? graph.outAdjacency : graph.inAdjacency
    var dist = [UInt32](repeating: .max, count: n)
    var queue = [UInt32](repeating: 0, count: n)
    dist.withUnsafeMutableBufferPointer { dist in
    queue.withUnsafeMutableBufferPointer { queue in
    adj.withUnsafeBuffers { off, tgt, _ in
        dist[Int(source)] = 0
        queue[0] = source
        var head = 0, tail = 1
        while head < tail {
            let v = Int(queue[head]); head += 1
            let next = dist[v] + 1
            for i in Int(off[v])..<Int(off[v + 1]) {
                let w = Int(tgt[i])
                if dist[w] == .max { dist[w] = next; queue[tail] = UInt32(w); tail += 1 }
            }
        }
    }}}
    return dist
}
