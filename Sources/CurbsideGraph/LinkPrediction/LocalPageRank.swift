/// Personalised PageRank from one node, computed locally by the push algorithm of
/// Andersen, Chung and Lang: only the part of the graph near the source is touched, so a
/// query on a million-edge network costs about `1 / (epsilon × (1 − damping))` pushes
/// however large the graph is. Link prediction and collaborator ranking ask it for many
/// focus accounts in turn.
///
/// ```swift
/// var ppr = try LocalPageRank(graph.view(direction: .symmetric))
/// let near = try ppr.scores(from: alice)          // [(node, score)], sparse
/// ```
///
/// The estimate `p` and residual `r` start at `p = 0`, `r = e_source`. While some node `u`
/// has `r(u) ≥ epsilon × d(u)` (`d` its weighted degree), it keeps `(1 − damping) r(u)` and
/// spreads `damping × r(u)` over its neighbours in proportion to the edge weights. Nodes
/// wait in a first-in-first-out queue, so the result is deterministic. On return every
/// node satisfies `0 ≤ PPR(v) − p(v) ≤ epsilon × d(v)` for the exact personalised PageRank
/// with the same damping and teleport to the source (networkx
/// `pagerank(G, alpha=damping, personalization={source: 1})`, a random walk restarted at
/// the source; an isolated source keeps its whole mass).
///
/// The struct owns per-node scratch arrays, reused by every query with epoch stamps
/// instead of clearing; there are no dictionaries.
///
/// - Throws: ``GraphError`` when the graph is directed, `damping` is outside [0, 1) or `epsilon` is not positive. Weights, when used, are positive.
/// - Complexity: O(1 / (epsilon (1 − damping))) pushes, each costing the node's degree;
///   O(n) to create.
/// - Paper: R. Andersen, F. Chung, K. Lang, "Local Graph Partitioning using PageRank
///   Vectors", FOCS 2006, doi:10.1109/FOCS.2006.44.
public struct LocalPageRank: Sendable {
    @usableFromInline let adjacency: CSR
    @usableFromInline let degree: [Double]
    /// Probability of following an edge rather than restarting at the source. Default 0.85.
    public var damping: Double
    /// Residual threshold per unit of degree. Default 1e-6.
    public var epsilon: Double
    let weighted: Bool
    var stamp: [UInt32]
    var epoch: UInt32 = 0
    var estimate: [Double]
    var residual: [Double]
    var queued: [Bool]
    var touched: [UInt32] = []
    var queue: [UInt32] = []

    public init(_ graph: some AdjacencyGraph, damping: Double = 0.85, epsilon: Double = 1e-6, weighted: Bool = false) throws(GraphError) {
        try GraphError.checkUndirected(graph, "local PageRank")
        try GraphError.check(damping >= 0 && damping < 1, "damping", damping, expected: "a number in [0, 1)")
        try GraphError.check(epsilon > 0, "epsilon", epsilon, expected: "a positive number")
        adjacency = graph.outAdjacency
        self.damping = damping
        self.epsilon = epsilon
        self.weighted = weighted && adjacency.weights != nil
        let n = graph.nodeCount
        var degree = [Double](repeating: 0, count: n)
        for v in 0..<UInt32(n) {
            degree[Int(v)] = self.weighted ? adjacency.weightedDegree(v) : Double(adjacency.degree(v))
        }
        self.degree = degree
        stamp = [UInt32](repeating: 0, count: n)
        estimate = [Double](repeating: 0, count: n)
        residual = [Double](repeating: 0, count: n)
        queued = [Bool](repeating: false, count: n)
    }

    /// The nodes with a positive estimate and their estimates, by ascending node.
    public mutating func scores(from source: UInt32) throws(GraphError) -> [(node: UInt32, score: Double)] {
        try GraphError.checkNodes(CollectionOfOne(source), "source", nodeCount: degree.count)
        if epoch == UInt32.max {
            for i in stamp.indices { stamp[i] = 0 }
            epoch = 0
        }
        epoch += 1
        let current = epoch
        touched.removeAll(keepingCapacity: true)
        queue.removeAll(keepingCapacity: true)
        let keep = 1 - damping, spread = damping, epsilon = epsilon
        let adjacency = adjacency, weighted = weighted
        var touched = [UInt32](), queue = [UInt32]()
        swap(&touched, &self.touched)
        swap(&queue, &self.queue)
        stamp.withUnsafeMutableBufferPointer { stamp in
        estimate.withUnsafeMutableBufferPointer { p in
        residual.withUnsafeMutableBufferPointer { r in
        queued.withUnsafeMutableBufferPointer { queued in
        degree.withUnsafeBufferPointer { degree in
        adjacency.withUnsafeBuffers { off, tgt, wts in
            @inline(__always) func visit(_ v: Int) {
                if stamp[v] != current {
                    stamp[v] = current
                    p[v] = 0; r[v] = 0; queued[v] = false
                    touched.append(UInt32(v))
                }
            }
            let s = Int(source)
            visit(s)
            r[s] = 1
            if degree[s] == 0 {
                p[s] = 1; r[s] = 0
                return
            }
            queue.append(source); queued[s] = true
            var head = 0
            while head < queue.count {
                let u = Int(queue[head])
                head += 1
                queued[u] = false
                let ru = r[u]
                let du = degree[u]
                if ru < epsilon * du { continue }
                p[u] += keep * ru
                r[u] = 0
                let share = spread * ru / du
                for e in Int(off[u])..<Int(off[u + 1]) {
                    let v = Int(tgt[e])
                    visit(v)
                    r[v] += weighted ? share * wts[e] : share
                    if !queued[v] && degree[v] > 0 && r[v] >= epsilon * degree[v] {
                        queued[v] = true
                        queue.append(UInt32(v))
                    }
                }
                // Reclaim the consumed prefix now and then so the queue stays small.
                if head > 4096 && head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
            }
        }}}}}}
        touched.sort()
        var result: [(node: UInt32, score: Double)] = []
        result.reserveCapacity(touched.count)
        for v in touched where estimate[Int(v)] > 0 { result.append((v, estimate[Int(v)])) }
        swap(&touched, &self.touched)
        swap(&queue, &self.queue)
        return result
    }
}
