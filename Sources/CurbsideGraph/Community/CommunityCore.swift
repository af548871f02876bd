import Dispatch
// Machinery shared by Leiden and Louvain: the weighted graph each level works on, the
// scratch arrays reused across levels, node moving, refinement and aggregation.
//
// Every quality function here has the form H = Σ_c [e_c − γ' · Σ_{i<j ∈ c} w_i w_j + …],
// so that moving a node v (node weight w_v) from standing alone into community C changes
// H by  ΔH = E(v, C) − γ' · w_v · W_C,  where E(v, C) is the edge weight between v and C
// and W_C the sum of node weights in C. For modularity w_v is v's weighted degree and
// γ' = γ / 2m; for CPM w_v is the number of original nodes v stands for and γ' = γ.

/// A buffer that frees itself: scratch memory with unchecked access for the hot loops.
final class ScratchBuffer<Element> {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
    }

    /// Room for `count` elements of a trivial type, left uninitialised: pages that are
    /// never written are never touched (an aggregated graph's arc capacity is an upper
    /// bound, usually far above what it uses).
    init(uninitializedCount count: Int) {
        precondition(_isPOD(Element.self), "uninitialised scratch only for trivial types")
        self.count = count
        base = .allocate(capacity: max(count, 1))
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }
}

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

    /// The graph whose nodes are the groups `labels[v] ∈ 0 ..< groupCount`: edge weights
    /// between groups add up, edges inside a group become its self-loop, node weights add up.
    /// Arcs come out in a deterministic order (first appearance while scanning each group's
    /// members in ascending node id), whatever the number of cores.
    ///
    /// Groups are bucketed by a counting sort; then runs of whole groups with about equal
    /// arc counts are merged on all cores, each run writing its arcs from its own upper
    /// bound (the arcs of its members), and the runs are closed up in order.
    func aggregated(labels: UnsafeMutablePointer<UInt32>, groupCount k: Int, workspace ws: Workspace,
                    workers workerCount: Int = activeProcessorCount) -> WorkingGraph {
        let n = nodeCount
        let o = offsets.base
        // Bucket the nodes by group with a counting sort (stable: ascending node id), and
        // count each group's arcs (`arcStart`, a prefix sum over groups).
        let start = ScratchBuffer<Int>(count: k + 1, repeating: 0)
        let arcStart = ScratchBuffer<Int>(count: k + 1, repeating: 0)
        let s = start.base, gs = arcStart.base
        for v in 0..<n {
            let g = Int(labels[v]) + 1
            s[g] += 1
            gs[g] += o[v + 1] - o[v]
        }
        for g in 0..<k { s[g + 1] += s[g]; gs[g + 1] += gs[g] }
        let members = ws.order.base
        let cursor = ws.touched.base  // borrowed as a cursor array: k ≤ n entries
        for g in 0..<k { cursor[g] = UInt32(s[g]) }
        for v in 0..<n {
            let g = Int(labels[v])
            members[Int(cursor[g])] = UInt32(v)
            cursor[g] += 1
        }

        let result = WorkingGraph(nodeCount: k, arcCapacity: arcCount)
        let total = gs[k]
        let workers = ws.moveScratch(workers: max(1, workerCount))
        let parts = total < 65_536 || k < 2 ? 1 : min(workers.count, k)
        // Part p merges groups cut[p] ..< cut[p + 1], writing from arc gs[cut[p]].
        var cut = [Int](repeating: k, count: parts + 1)
        cut[0] = 0
        for p in 1..<max(parts, 1) {
            let goal = total * p / parts
            var lo = 0, hi = k
            while lo < hi {
                let mid = (lo + hi) / 2
                if gs[mid] < goal { lo = mid + 1 } else { hi = mid }
            }
            cut[p] = max(lo, cut[p - 1])
        }
        var written = [Int](repeating: 0, count: parts)
        let merger = UncheckedSendable(GroupMerger(graph: self, result: result, labels: labels, members: members,
                                                   memberStart: s, arcStart: gs))
        cut.withUnsafeBufferPointer { cut in
        written.withUnsafeMutableBufferPointer { written in
            let shared = UncheckedSendable((cut.baseAddress!, written.baseAddress!, workers))
            if parts == 1 {
                written[0] = merger.value.merge(0..<k, scratch: workers[0])
            } else {
                DispatchQueue.concurrentPerform(iterations: parts) { p in
                    let (cut, written, workers) = shared.value
                    written[p] = merger.value.merge(cut[p]..<cut[p + 1], scratch: workers[p])
                }
            }
        }}
        // Close up: part p's arcs move down to follow part p − 1's.
        let ro = result.offsets.base, rt = result.targets.base, rw = result.weights.base
        var p0 = 0
        for p in 0..<parts {
            let from = gs[cut[p]], shift = from - p0
            if shift > 0 {
                // Overlapping ranges: copyMemory is a memmove.
                UnsafeMutableRawPointer(rt + p0).copyMemory(from: rt + from, byteCount: written[p] * MemoryLayout<UInt32>.stride)
                UnsafeMutableRawPointer(rw + p0).copyMemory(from: rw + from, byteCount: written[p] * MemoryLayout<Double>.stride)
                for g in cut[p]..<cut[p + 1] { ro[g] -= shift }
            }
            p0 += written[p]
        }
        ro[k] = p0
        return result
    }
}

/// Merges runs of groups for ``WorkingGraph/aggregated(labels:groupCount:workspace:)``;
/// a run of groups touches only its own groups' entries and its own arc range.
private struct GroupMerger {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>, w: UnsafeMutablePointer<Double>
    let l: UnsafeMutablePointer<Double>, nw: UnsafeMutablePointer<Double>
    let ro: UnsafeMutablePointer<Int>, rt: UnsafeMutablePointer<UInt32>, rw: UnsafeMutablePointer<Double>
    let rl: UnsafeMutablePointer<Double>, rnw: UnsafeMutablePointer<Double>
    let labels: UnsafeMutablePointer<UInt32>, members: UnsafeMutablePointer<UInt32>
    let memberStart: UnsafeMutablePointer<Int>, arcStart: UnsafeMutablePointer<Int>
    let unit: Bool

    init(graph: WorkingGraph, result: WorkingGraph, labels: UnsafeMutablePointer<UInt32>,
         members: UnsafeMutablePointer<UInt32>, memberStart: UnsafeMutablePointer<Int>,
         arcStart: UnsafeMutablePointer<Int>) {
        o = graph.offsets.base; t = graph.targets.base; w = graph.weights.base
        l = graph.loops.base; nw = graph.nodeWeights.base
        ro = result.offsets.base; rt = result.targets.base; rw = result.weights.base
        rl = result.loops.base; rnw = result.nodeWeights.base
        self.labels = labels; self.members = members
        self.memberStart = memberStart; self.arcStart = arcStart
        unit = graph.unitWeights
    }

    /// Merges `groups`, writing arcs from `arcStart[groups.lowerBound]`; returns how many.
    func merge(_ groups: Range<Int>, scratch: MoveScratch) -> Int {
        guard !groups.isEmpty else { return 0 }
        let sums = scratch.sums.base, touched = scratch.touched.base
        let base = arcStart[groups.lowerBound]
        var p = base
        for g in groups {
            ro[g] = p
            var touchedCount = 0
            var inside = 0.0, loop = 0.0, weight = 0.0, total = 0.0
            for i in memberStart[g]..<memberStart[g + 1] {
                let v = Int(members[i])
                loop += l[v]
                weight += nw[v]
                sumByCommunity(o[v]..<o[v + 1], targets: t, weights: unit ? nil : w, label: labels, sums: sums, touched: touched,
                               count: &touchedCount, total: &total, skip: g, skipped: &inside)
            }
            // Each inside edge was seen from both ends.
            rl[g] = loop + inside * 0.5
            rnw[g] = weight
            for j in 0..<touchedCount {
                let h = Int(touched[j])
                rt[p] = UInt32(h)
                rw[p] = sums[h]
                sums[h] = -1
                p += 1
            }
        }
        return p - base
    }
}

/// Scratch arrays sized for the level-0 node count, reused by every level and phase.
final class Workspace {
    /// Community of each node of the current level.
    let community: ScratchBuffer<UInt32>
    /// Sum of node weights per community (W_C).
    let communityWeight: ScratchBuffer<Double>
    /// Nodes per community, to know when one empties.
    let communitySize: ScratchBuffer<UInt32>
    /// Ids of empty communities, a stack.
    let empty: ScratchBuffer<UInt32>
    /// Edge weight from the node being moved to each community, −1 where untouched (reset
    /// after each node), and the communities the node touched.
    let sums: ScratchBuffer<Double>
    let touched: ScratchBuffer<UInt32>
    let queue: ScratchBuffer<UInt32>
    let inQueue: ScratchBuffer<Bool>
    /// A node order; also the member list while aggregating.
    let order: ScratchBuffer<UInt32>
    /// Refinement: refined community per node, its node-weight sum, its node count, and its
    /// edge weight to the rest of its enclosing community.
    let refined: ScratchBuffer<UInt32>
    let refinedWeight: ScratchBuffer<Double>
    let refinedSize: ScratchBuffer<UInt32>
    let refinedExternal: ScratchBuffer<Double>
    /// Refinement: each node's edge weight to the rest of its enclosing community.
    let within: ScratchBuffer<Double>
    /// Candidate communities' selection weights and edge weights in the randomised merge.
    let candidateWeight: ScratchBuffer<Double>
    let candidateEdge: ScratchBuffer<Double>
    /// Refinement: edge weight from the node being merged to each refined community, −1
    /// where untouched (reset after each node).
    let refineSums: ScratchBuffer<Double>
    /// Refinement: where each community's members start in `order` (k + 1 entries), and
    /// the first community of each parallel chunk.
    let memberStart: ScratchBuffer<Int>
    let chunkBounds: ScratchBuffer<Int>
    private var workerScratch: [MoveScratch] = []
    let nodeCount: Int

    /// One scratch per worker for the parallel phases, made on first use.
    func moveScratch(workers: Int) -> [MoveScratch] {
        while workerScratch.count < workers { workerScratch.append(MoveScratch(nodeCount: nodeCount)) }
        return Array(workerScratch.prefix(workers))
    }

    init(nodeCount n: Int) {
        nodeCount = n
        community = ScratchBuffer(count: n, repeating: 0)
        communityWeight = ScratchBuffer(count: n, repeating: 0)
        communitySize = ScratchBuffer(count: n, repeating: 0)
        empty = ScratchBuffer(count: n, repeating: 0)
        sums = ScratchBuffer(count: n, repeating: -1)
        touched = ScratchBuffer(count: n, repeating: 0)
        queue = ScratchBuffer(count: n, repeating: 0)
        inQueue = ScratchBuffer(count: n, repeating: false)
        order = ScratchBuffer(count: n, repeating: 0)
        refined = ScratchBuffer(count: n, repeating: 0)
        refinedWeight = ScratchBuffer(count: n, repeating: 0)
        refinedSize = ScratchBuffer(count: n, repeating: 0)
        refinedExternal = ScratchBuffer(count: n, repeating: 0)
        within = ScratchBuffer(count: n, repeating: 0)
        candidateWeight = ScratchBuffer(count: n, repeating: 0)
        candidateEdge = ScratchBuffer(count: n, repeating: 0)
        refineSums = ScratchBuffer(count: n, repeating: -1)
        memberStart = ScratchBuffer(count: n + 1, repeating: 0)
        chunkBounds = ScratchBuffer(count: 17, repeating: 0)
    }
}

/// Moves single nodes between communities of one level, greedily.
///
/// `community` must hold ids below the level's node count. The mover keeps W_C, the
/// community sizes and the stack of empty ids up to date; `tryMove` evaluates every
/// community adjacent to v (plus, when allowed, an empty one) and moves v to the best
/// only when that beats staying by more than rounding noise, so the phases terminate.
struct LocalMover {
    let offsets: UnsafeMutablePointer<Int>, targets: UnsafeMutablePointer<UInt32>
    /// `nil` when every arc weighs 1.
    let weights: UnsafeMutablePointer<Double>?, nodeWeights: UnsafeMutablePointer<Double>
    let community: UnsafeMutablePointer<UInt32>, communityWeight: UnsafeMutablePointer<Double>
    let communitySize: UnsafeMutablePointer<UInt32>, empty: UnsafeMutablePointer<UInt32>
    let sums: UnsafeMutablePointer<Double>
    let touched: UnsafeMutablePointer<UInt32>
    let gamma: Double
    let considerEmpty: Bool
    var emptyCount = 0

    init(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, considerEmpty: Bool) {
        offsets = g.offsets.base; targets = g.targets.base; nodeWeights = g.nodeWeights.base
        weights = g.unitWeights ? nil : g.weights.base
        community = ws.community.base; communityWeight = ws.communityWeight.base
        communitySize = ws.communitySize.base; empty = ws.empty.base
        sums = ws.sums.base; touched = ws.touched.base
        self.gamma = gamma
        self.considerEmpty = considerEmpty
        let n = g.nodeCount
        for c in 0..<n { communityWeight[c] = 0; communitySize[c] = 0 }
        for v in 0..<n {
            let c = Int(community[v])
            communityWeight[c] += nodeWeights[v]
            communitySize[c] += 1
        }
        // Highest ids on top, so the lowest free id is used first.
        for c in stride(from: n - 1, through: 0, by: -1) where communitySize[c] == 0 {
            empty[emptyCount] = UInt32(c)
            emptyCount += 1
        }
    }

    /// Moves `v` to the community that raises the quality most, if any does; returns
    /// whether it moved.
    @inline(__always)
    mutating func tryMove(_ v: Int) -> Bool {
        let old = Int(community[v])
        let wv = nodeWeights[v]
        let m = bestNeighbourCommunity(
            of: v, own: old, scaled: gamma * wv, offsets: offsets, targets: targets, weights: weights,
            community: community, communityWeight: communityWeight, sums: sums, touched: touched)
        let stay = m.toOwn - gamma * wv * (communityWeight[old] - wv)
        var bestGain = m.gain
        // An empty community gains exactly 0; it only differs from staying when v has company.
        var toEmpty = false
        if considerEmpty && communitySize[old] > 1 && emptyCount > 0 && 0 > bestGain {
            bestGain = 0
            toEmpty = true
        }
        let noise = 1e-12 * (m.arcWeight + abs(stay) + abs(bestGain))
        guard bestGain > stay + noise else { return false }
        commit(v, from: old, to: toEmpty ? nil : Int(m.best))
        return true
    }

    /// Moves `v` from community `old` to `target`, or to an unused community when `nil`;
    /// returns the community it joined.
    @inline(__always) @discardableResult
    mutating func commit(_ v: Int, from old: Int, to target: Int?) -> Int {
        let best: Int
        if let target { best = target } else { emptyCount -= 1; best = Int(empty[emptyCount]) }
        let wv = nodeWeights[v]
        communityWeight[old] -= wv
        communitySize[old] -= 1
        if communitySize[old] == 0 { empty[emptyCount] = UInt32(old); emptyCount += 1 }
        communityWeight[best] += wv
        communitySize[best] += 1
        community[v] = UInt32(best)
        return best
    }
}

/// Fast local moving (Leiden, Traag et al. 2019, Algorithm A.2): every node enters a queue
/// in random order; a node that moves puts its neighbours outside its new community back
/// in the queue. Stops when the queue is empty. Returns the number of moves.
func queueLocalMove(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, random: inout SeededRandom) -> Int {
    var mover = LocalMover(graph: g, workspace: ws, gamma: gamma, considerEmpty: true)
    var queue = NodeQueue(workspace: ws, nodeCount: g.nodeCount, random: &random)
    var moves = 0
    let o = g.offsets.base, t = g.targets.base, community = ws.community.base
    while !queue.isEmpty {
        let v = queue.pop()
        guard mover.tryMove(v) else { continue }
        moves += 1
        let c = community[v]
        for a in o[v]..<o[v + 1] where community[Int(t[a])] != c { queue.push(Int(t[a])) }
    }
    return moves
}

/// The queue of fast local moving: every node in random order to begin with, then the
/// nodes pushed back; a ring of capacity n in which a node is at most once.
struct NodeQueue {
    let ring: UnsafeMutablePointer<UInt32>, queued: UnsafeMutablePointer<Bool>
    let capacity: Int
    private(set) var head = 0, count: Int

    init(workspace ws: Workspace, nodeCount n: Int, random: inout SeededRandom) {
        ring = ws.queue.base; queued = ws.inQueue.base
        capacity = n
        count = n
        for v in 0..<n { ring[v] = UInt32(v); queued[v] = true }
        random.shuffle(UnsafeMutableBufferPointer(start: ring, count: n))
    }

    var isEmpty: Bool { count == 0 }
    /// The node at the head (the queue must not be empty).
    var first: Int { Int(ring[head]) }

    /// Takes the head node off the queue.
    @inline(__always)
    mutating func pop() -> Int {
        let v = Int(ring[head])
        head = head + 1 == capacity ? 0 : head + 1
        count -= 1
        queued[v] = false
        return v
    }

    /// Appends `u` unless it is already queued.
    @inline(__always)
    mutating func push(_ u: Int) {
        if queued[u] { return }
        queued[u] = true
        var tail = head + count
        if tail >= capacity { tail -= capacity }
        ring[tail] = UInt32(u)
        count += 1
    }
}

/// Louvain's local moving (Blondel et al. 2008): sweeps over all nodes in one random
/// order, moving each to its best neighbouring community, until a sweep moves nothing.
/// Returns the number of moves.
func sweepLocalMove(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, random: inout SeededRandom) -> Int {
    let n = g.nodeCount
    var mover = LocalMover(graph: g, workspace: ws, gamma: gamma, considerEmpty: false)
    let order = ws.order.base
    for v in 0..<n { order[v] = UInt32(v) }
    random.shuffle(UnsafeMutableBufferPointer(start: order, count: n))
    var moves = 0
    while true {
        var sweepMoves = 0
        for i in 0..<n where mover.tryMove(Int(order[i])) { sweepMoves += 1 }
        moves += sweepMoves
        if sweepMoves == 0 { break }
    }
    return moves
}

/// Renumbers `labels[0 ..< n]` in place to `0 ..< k` by first appearance; returns k.
/// Uses `ws.empty` as the map (ids are below n).
func compactInPlace(_ labels: UnsafeMutablePointer<UInt32>, count n: Int, workspace ws: Workspace) -> Int {
    let map = ws.empty.base
    for c in 0..<n { map[c] = .max }
    var next: UInt32 = 0
    for v in 0..<n {
        let c = Int(labels[v])
        if map[c] == .max { map[c] = next; next += 1 }
        labels[v] = map[c]
    }
    return Int(next)
}

/// Leiden's refinement (Traag et al. 2019, Algorithm A.3, MergeNodesSubset), inside every
/// community of `ws.community` (ids `0 ..< communityCount`) at once.
///
/// Starts from singletons. Visiting nodes in random order, a node v that is still alone and
/// well connected to its community S (E(v, S − v) ≥ γ'·w_v·(W_S − w_v)) joins a refined
/// community C ⊆ S, also well connected to S, chosen at random with probability
/// ∝ exp(ΔH/θ) among those with ΔH ≥ 0 — staying alone (ΔH = 0) included. A node only
/// ever joins a refined community it has an edge to, so every refined community is
/// connected. θ ≤ 0 chooses greedily. Leaves the refined labels, numbered `0 ..< k` by
/// first appearance, in `ws.refined` and returns k.
///
/// Communities are refined independently, so they run on all cores: community S visits
/// its members in an order drawn from its own stream, `SplitMix64.stream(seed: s, index: S)`
/// with s one draw from `random`, and touches only its own members' entries. The result
/// therefore does not depend on how communities are split between threads.
func refine(graph g: WorkingGraph, workspace ws: Workspace, communityCount k: Int, gamma: Double,
            randomness theta: Double, random: inout SeededRandom) -> Int {
    let n = g.nodeCount
    let community = ws.community.base
    // Members of each community, in node order (counting sort), into `ws.order`.
    let start = ws.memberStart.base, members = ws.order.base
    for c in 0...k { start[c] = 0 }
    for v in 0..<n { start[Int(community[v]) + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    let fill = ws.empty.base
    for c in 0..<k { fill[c] = UInt32(start[c]) }
    for v in 0..<n {
        let c = Int(community[v])
        members[Int(fill[c])] = UInt32(v); fill[c] += 1
    }
    let refiner = UncheckedSendable(CommunityRefiner(
        graph: g, workspace: ws, gamma: gamma, theta: theta, seed: random.next()))
    // Chunks of about equal member counts (a chunk is a run of whole communities); their
    // number depends only on n.
    let chunks = n < 16_384 ? 1 : 16
    let bounds = ws.chunkBounds.base
    bounds[0] = 0
    var c = 0
    for chunk in 1..<chunks {
        let goal = n * chunk / chunks
        while c < k && start[c] < goal { c += 1 }
        bounds[chunk] = c
    }
    bounds[chunks] = k
    let chunkBounds = UncheckedSendable(bounds)
    parallelChunks(chunks, chunks: chunks) { chunk, _ in
        let b = chunkBounds.value
        for s in b[chunk]..<b[chunk + 1] { refiner.value.refine(community: s) }
    }
    return compactInPlace(ws.refined.base, count: n, workspace: ws)
}

/// The per-community body of ``refine(graph:workspace:communityCount:gamma:randomness:random:)``.
/// Community S reads and writes only the entries of its own members (node-indexed arrays,
/// and the refined ids, which are member ids) and the slice `start[S] ..< start[S + 1]` of
/// `members`, `touched`, `chance` and `edges`, so communities can run concurrently.
struct CommunityRefiner {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>
    let w: UnsafeMutablePointer<Double>, nw: UnsafeMutablePointer<Double>
    let community: UnsafeMutablePointer<UInt32>, communityWeight: UnsafeMutablePointer<Double>
    let refined: UnsafeMutablePointer<UInt32>, rWeight: UnsafeMutablePointer<Double>
    let rSize: UnsafeMutablePointer<UInt32>, rExternal: UnsafeMutablePointer<Double>
    let within: UnsafeMutablePointer<Double>
    let sums: UnsafeMutablePointer<Double>, touched: UnsafeMutablePointer<UInt32>
    let chance: UnsafeMutablePointer<Double>, edges: UnsafeMutablePointer<Double>
    let start: UnsafeMutablePointer<Int>, members: UnsafeMutablePointer<UInt32>
    let gamma: Double, theta: Double, seed: UInt64

    init(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, theta: Double, seed: UInt64) {
        o = g.offsets.base; t = g.targets.base; w = g.weights.base; nw = g.nodeWeights.base
        community = ws.community.base; communityWeight = ws.communityWeight.base
        refined = ws.refined.base; rWeight = ws.refinedWeight.base; rSize = ws.refinedSize.base
        rExternal = ws.refinedExternal.base; within = ws.within.base
        sums = ws.refineSums.base; touched = ws.touched.base; chance = ws.candidateWeight.base
        edges = ws.candidateEdge.base
        start = ws.memberStart.base; members = ws.order.base
        self.gamma = gamma; self.theta = theta; self.seed = seed
    }

    func refine(community s: Int) {
        let first = start[s], end = start[s + 1]
        let c = UInt32(s)
        // W_S (summed in node order) and each member's edge weight to the rest of S.
        var total = 0.0
        for i in first..<end {
            let v = Int(members[i])
            total += nw[v]
            refined[v] = UInt32(v); rWeight[v] = nw[v]; rSize[v] = 1
            var x = 0.0
            for a in o[v]..<o[v + 1] where community[Int(t[a])] == c { x += w[a] }
            within[v] = x
            rExternal[v] = x
        }
        communityWeight[s] = total
        guard end - first > 1 else { return }
        var random = SplitMix64.stream(seed: seed, index: UInt64(s))
        var i = end - first - 1
        while i > 0 {
            let j = random.next(below: i + 1)
            let a = members[first + i]; members[first + i] = members[first + j]; members[first + j] = a
            i -= 1
        }
        let touched = self.touched + first, chance = self.chance + first, edges = self.edges + first
        let ws_ = total
        for i in first..<end {
            let v = Int(members[i])
            let own = Int(refined[v])
            guard rSize[own] == 1 else { continue }
            let wv = nw[v]
            guard within[v] >= gamma * wv * (ws_ - wv) else { continue }
            // Edge weight to each refined community of S (−1 marks untouched entries; the
            // entries are refined ids, members of S, so communities never share one).
            var touchedCount = 0
            for a in o[v]..<o[v + 1] {
                let u = Int(t[a])
                guard community[u] == c else { continue }
                let r = Int(refined[u])
                let x = sums[r]
                if x < 0 { sums[r] = w[a]; touched[touchedCount] = UInt32(r); touchedCount += 1 } else { sums[r] = x + w[a] }
            }
            // Candidates: well-connected refined communities with ΔH ≥ 0. Staying alone is the
            // baseline with ΔH = 0; compact the candidates to the front of `touched`.
            var candidates = 0
            var maxGain = 0.0
            for j in 0..<touchedCount {
                let r = Int(touched[j])
                let edge = sums[r]
                sums[r] = -1
                guard rExternal[r] >= gamma * rWeight[r] * (ws_ - rWeight[r]) else { continue }
                let gain = edge - gamma * wv * rWeight[r]
                guard gain >= 0 else { continue }
                touched[candidates] = UInt32(r)
                chance[candidates] = gain
                edges[candidates] = edge
                candidates += 1
                if gain > maxGain { maxGain = gain }
            }
            guard candidates > 0 else { continue }
            var chosen = -1
            if theta > 0 {
                // Probabilities ∝ exp(ΔH/θ), shifted by the largest ΔH so nothing overflows.
                var sum = (-maxGain / theta).exp
                for j in 0..<candidates {
                    chance[j] = ((chance[j] - maxGain) / theta).exp
                    sum += chance[j]
                }
                var draw = random.unitInterval() * sum - (-maxGain / theta).exp
                if draw >= 0 {
                    chosen = candidates - 1
                    for j in 0..<candidates {
                        draw -= chance[j]
                        if draw < 0 { chosen = j; break }
                    }
                }
            } else {
                var best = 0.0
                for j in 0..<candidates where chance[j] > best { best = chance[j]; chosen = j }
            }
            guard chosen >= 0 else { continue }
            let r = Int(touched[chosen])
            refined[v] = UInt32(r)
            rSize[own] = 0
            rSize[r] += 1
            rWeight[r] += wv
            rExternal[r] += within[v] - 2 * edges[chosen]
        }
    }
}

extension Double {
    @inline(__always) fileprivate var exp: Double { Double.expFunction(self) }
    /// e^x without Foundation: range reduction by ln 2 and a degree-13 Taylor polynomial,
    /// accurate to a few ulps on the range the refinement uses (x ≤ 0).
    fileprivate static func expFunction(_ x: Double) -> Double {
        if x < -745 { return 0 }
        if x > 709 { return .infinity }
        let ln2 = 0.693_147_180_559_945_3
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0, sum = 1.0
        for i in 1...13 {
            term *= r / Double(i)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }
}

/// Splits every community into its connected pieces (union–find over the edges inside
/// communities). Returns, per node, a representative node of its piece.
///
/// Splitting a community that is not connected never lowers modularity or CPM (γ ≥ 0),
/// so the Leiden driver applies it as a final guarantee; on Leiden's own output it
/// changes nothing.
func connectedPieces(graph g: WorkingGraph, labels: [UInt32]) -> [UInt32] {
    let n = g.nodeCount
    var parent = (0..<UInt32(n)).map { $0 }
    let o = g.offsets.base, t = g.targets.base
    parent.withUnsafeMutableBufferPointer { parent in
        func find(_ x: UInt32) -> UInt32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        for v in 0..<n {
            for a in o[v]..<o[v + 1] {
                // Each edge is stored at both ends: join it once, from its lower end.
                let u = Int(t[a])
                guard u > v && labels[u] == labels[v] else { continue }
                let a = find(UInt32(v)), b = find(UInt32(u))
                if a != b { parent[Int(max(a, b))] = min(a, b) }
            }
        }
        for v in 0..<n { parent[v] = find(UInt32(v)) }
    }
    return parent
}
