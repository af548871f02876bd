// The weighted graph each level of Leiden and Louvain works on, and its quality.
//
// Every quality function here has the form H = Σ_c [e_c − γ' · Σ_{i<j ∈ c} w_i w_j + …],
// so that moving a node v (node weight w_v) from standing alone into community C changes
// H by  ΔH = E(v, C) − γ' · w_v · W_C,  where E(v, C) is the edge weight between v and C
// and W_C the sum of node weights in C. For modularity w_v is v's weighted degree and
// γ' = γ / 2m; for CPM w_v is the number of original nodes v stands for and γ' = γ.

/// An undirected weighted graph without self-loop arcs: each node's loop weight is kept
/// apart in `loops`, and each node carries a node weight (degree or size).
///
/// Level 0 is the input graph; each aggregation makes a smaller one whose nodes are the
/// communities of the level below.
final class WorkingGraph {
    let nodeCount: Int
    let offsets: ScratchBuffer<Int>
    let targets: ScratchBuffer<UInt32>
    let weights: ScratchBuffer<Double>
    /// Self-loop weight of each node (an edge {v, v} counted once).
    let loops: ScratchBuffer<Double>
    /// The node weights of the quality function.
    let nodeWeights: ScratchBuffer<Double>
    /// Every arc weighs 1 (level 0 of an unweighted graph): the hot loops then skip the
    /// weight array.
    var unitWeights = false

    init(nodeCount: Int, arcCapacity: Int) {
        self.nodeCount = nodeCount
        offsets = ScratchBuffer(count: nodeCount + 1, repeating: 0)
        targets = ScratchBuffer(uninitializedCount: arcCapacity)
        weights = ScratchBuffer(uninitializedCount: arcCapacity)
        loops = ScratchBuffer(count: nodeCount, repeating: 0)
        nodeWeights = ScratchBuffer(count: nodeCount, repeating: 0)
    }

    /// Level 0 from an undirected adjacency: self-loops are moved to `loops`; node weights
    /// are weighted degrees (a loop counting twice) for modularity and 1 for CPM. Two passes
    /// over node ranges on all cores (per-node sums, then the copy) around a prefix sum.
    convenience init(_ graph: some AdjacencyGraph, weighted: Bool, quality: CommunityQuality) {
        let adj = graph.outAdjacency
        let n = graph.nodeCount
        // Room for every arc; the pages of the few loop arcs' room are never touched.
        self.init(nodeCount: n, arcCapacity: adj.arcCount)
        let shared = UncheckedSendable((offsets.base, targets.base, weights.base, loops.base, nodeWeights.base))
        let modularity = quality == .modularity
        adj.withUnsafeBuffers { off, tgt, wt in
            let useWeights = weighted && wt.count == tgt.count
            unitWeights = !useWeights
            let input = UncheckedSendable((off, tgt, wt))
            // Pass 1: loop weight, node weight and the number of other arcs (in o[v + 1]).
            parallelRanges(n) { nodes in
                let (o, _, _, l, nw) = shared.value
                let (off, tgt, wt) = input.value
                for v in nodes {
                    var strength = 0.0, loop = 0.0, kept = 0
                    for i in Int(off[v])..<Int(off[v + 1]) {
                        let x = useWeights ? wt[i] : 1
                        precondition(x >= 0 && x.isFinite, "community detection needs finite, non-negative weights")
                        if Int(tgt[i]) == v {
                            loop += x
                            strength += 2 * x
                        } else {
                            kept += 1
                            strength += x
                        }
                    }
                    l[v] = loop
                    nw[v] = modularity ? strength : 1
                    o[v + 1] = kept
                }
            }
            let o = offsets.base
            o[0] = 0
            for v in 0..<n { o[v + 1] += o[v] }
            // Pass 2: the arcs other than loops.
            parallelRanges(n) { nodes in
                let (o, t, w, _, _) = shared.value
                let (off, tgt, wt) = input.value
                for v in nodes {
                    var p = o[v]
                    for i in Int(off[v])..<Int(off[v + 1]) where Int(tgt[i]) != v {
                        t[p] = tgt[i]
                        w[p] = useWeights ? wt[i] : 1
                        p += 1
                    }
                }
            }
        }
    }

    var arcCount: Int { offsets.base[nodeCount] }

    /// Total edge weight: every edge once, self-loops included (m for modularity).
    var totalEdgeWeight: Double {
        var s = 0.0
        for a in 0..<arcCount { s += weights.base[a] }
        var loopSum = 0.0
        for v in 0..<nodeCount { loopSum += loops.base[v] }
        return s * 0.5 + loopSum
    }

    /// The quality H = Σ_c e_c − γ' Σ_c W_c² / 2 of `labels` (ids below `nodeCount`), up to
    /// a constant: enough to compare two partitions of this graph. For modularity
    /// (γ' = γ / 2m) H / m is Q. Uses `ws.communityWeight` as scratch.
    func quality(_ labels: [UInt32], gamma: Double, workspace ws: Workspace) -> Double {
        let n = nodeCount
        let l = loops.base, nw = nodeWeights.base
        let weightOf = ws.communityWeight.base
        for c in 0..<n { weightOf[c] = 0 }
        var inside = 0.0
        // Edge weight inside communities: fixed chunks on all cores, summed in chunk order.
        let chunks = n < 16_384 ? 1 : 16
        var partial = [Double](repeating: 0, count: chunks)
        labels.withUnsafeBufferPointer { labels in
        partial.withUnsafeMutableBufferPointer { partial in
            let shared = UncheckedSendable((offsets.base, targets.base, weights.base, labels, partial))
            parallelChunks(n, chunks: chunks) { chunk, nodes in
                let (o, t, w, labels, partial) = shared.value
                var x = 0.0
                for v in nodes {
                    let c = labels[v]
                    for a in o[v]..<o[v + 1] where labels[Int(t[a])] == c { x += w[a] }
                }
                partial[chunk] = x
            }
            for v in 0..<n {
                inside += l[v]
                weightOf[Int(labels[v])] += nw[v]
            }
        }}
        for x in partial { inside += 0.5 * x }
        var squares = 0.0
        for c in 0..<n { squares += weightOf[c] * weightOf[c] }
        return inside - 0.5 * gamma * squares
    }

    /// Sum of node weights: 2m for modularity, the node count for CPM.
    var totalNodeWeight: Double {
        var s = 0.0
        for v in 0..<nodeCount { s += nodeWeights.base[v] }
        return s
    }
}
