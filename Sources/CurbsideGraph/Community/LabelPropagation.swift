/// Parameters of ``labelPropagation(_:options:)``.
public struct LabelPropagationOptions: Sendable {
    /// Seed of the node orders and of tie-breaking. Default 0.
    public var seed: UInt64 = 0
    /// Use arc weights when the graph has them: a label's score is the weight of the edges
    /// to the neighbours that carry it. Default `true`.
    public var weighted: Bool = true
    /// Cap on passes over the nodes; label propagation can oscillate without it. Default 100.
    public var maxIterations: Int = 100

    public init() {}
}

/// Community detection by asynchronous label propagation (Raghavan, Albert, Kumara 2007).
///
/// Every node starts with its own label. In each pass the nodes are visited in a fresh
/// random order, and each takes the label carried by the largest (weighted) share of its
/// neighbours. Ties: a node keeps its current label when that is among the best (as
/// networkx's `asyn_lpa_communities` does, which lets the process settle); otherwise it
/// picks uniformly among the best labels with the seeded generator, the candidates taken
/// in the order its neighbours are stored, so the outcome is a function of input and
/// seed. Stops after a pass in which no node changed label — every node then carries a
/// label held by a maximal share of its neighbours, the paper's stopping rule — or after
/// ``LabelPropagationOptions/maxIterations`` passes. Self-loops are ignored; isolated nodes
/// keep their own label. ``CommunityResult/quality`` is the modularity (γ = 1) of the result.
///
/// Near-linear and parameter-free, but the outcome varies with the seed and it can settle
/// on one giant community in graphs without strong structure.
///
/// - Throws: ``GraphError`` when `graph` is directed.
/// - Complexity: O(m) per pass, O(n) extra space.
/// - Paper: U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect
///   community structures in large-scale networks", Phys. Rev. E 76, 036106 (2007).
///   doi:10.1103/PhysRevE.76.036106
public func labelPropagation(_ graph: some AdjacencyGraph,
                             options: LabelPropagationOptions = LabelPropagationOptions()) throws(GraphError) -> CommunityResult {
    try GraphError.checkUndirected(graph, "label propagation")
    let n = graph.nodeCount
    guard n > 0 else { return CommunityResult(membership: [], sizes: [], quality: 0, iterations: 0) }
    var label = (0..<UInt32(n)).map { $0 }
    var order = label
    var score = [Double](repeating: 0, count: n)
    var stamp = [UInt64](repeating: 0, count: n)
    var touched = [UInt32](repeating: 0, count: n)
    var best = [UInt32](repeating: 0, count: n)
    var random = SeededRandom(seed: options.seed)
    var mark: UInt64 = 0
    var iterations = 0
    let adj = graph.outAdjacency
    adj.withUnsafeBuffers { off, tgt, wt in
        let useWeights = options.weighted && wt.count == tgt.count
        label.withUnsafeMutableBufferPointer { label in
        order.withUnsafeMutableBufferPointer { order in
        score.withUnsafeMutableBufferPointer { score in
        stamp.withUnsafeMutableBufferPointer { stamp in
        touched.withUnsafeMutableBufferPointer { touched in
        best.withUnsafeMutableBufferPointer { best in
            while iterations < options.maxIterations {
                iterations += 1
                random.shuffle(order)
                var changed = 0
                for i in 0..<n {
                    let v = Int(order[i])
                    mark &+= 1
                    var touchedCount = 0
                    for a in Int(off[v])..<Int(off[v + 1]) {
                        let u = Int(tgt[a])
                        if u == v { continue }
                        let l = Int(label[u])
                        if stamp[l] != mark { stamp[l] = mark; score[l] = 0; touched[touchedCount] = UInt32(l); touchedCount += 1 }
                        score[l] += useWeights ? wt[a] : 1
                    }
                    guard touchedCount > 0 else { continue }
                    var top = -Double.infinity
                    for j in 0..<touchedCount where score[Int(touched[j])] > top { top = score[Int(touched[j])] }
                    let current = label[v]
                    if stamp[Int(current)] == mark && score[Int(current)] == top { continue }
                    var ties = 0
                    for j in 0..<touchedCount where score[Int(touched[j])] == top {
                        best[ties] = touched[j]
                        ties += 1
                    }
                    label[v] = ties == 1 ? best[0] : best[random.below(ties)]
                    changed += 1
                }
                if changed == 0 { break }
            }
        }}}}}}
    }
    let quality = partitionQuality(graph, membership: label, quality: .modularity, resolution: 1, weighted: options.weighted)
    return CommunityResult(labels: label, quality: quality, iterations: iterations)
}
