// Leiden's fast local moving on all cores, deterministically.
//
// The queue of ``queueLocalMove(graph:workspace:gamma:random:)`` is consumed in batches:
//
// 1. **Evaluate** (all cores). Every node of the batch scans its neighbours against the
//    state at the start of the batch and records its best neighbouring community C, its
//    edge weight E(v, C) and its edge weight E(v, old) to its own community. This is the
//    O(degree) part of a move, and each node's record depends only on that state, never
//    on which worker computed it.
// 2. **Apply** (one core, O(1) per node). In batch order, each node whose recorded move
//    raised the quality at the start of the batch moves if it still does in the *current*
//    state; the others count as visited at the start of the batch. Earlier moves of the
//    batch can make E(v, C) or E(v, old) stale, but only in one direction each: E(v, C)
//    can only have dropped if C lost a member during the batch, and E(v, old) only risen
//    if `old` gained one. Every community's losses and gains in the batch are stamped, so
//    in all other cases the stale values bound the true gain from below and the true
//    value of staying from above, and a move they accept is a true improvement; in the
//    rare remaining cases the node is evaluated again exactly, on the current state. So
//    every move raises the quality, as in the sequential algorithm, and the phase ends.
// 3. **Requeue** (all cores, then one). The neighbours of the nodes that moved, outside
//    their new community and not queued, are collected in parallel and appended in batch
//    order. Nodes of the batch count as dequeued from the start, so a node evaluated
//    before a neighbour moved is visited again.
//
// Batches hold up to `batchArcs` arcs (or one node of higher degree), fixed constants, so
// the result is the same on every machine and for any number of cores.

/// Per-worker scratch: an edge weight per community, −1 where untouched (weights are
/// never negative), and the list of the touched ones, which the user resets to −1 after
/// each node. Eight bytes per community (no stamp beside it): on large
/// graphs the workers' scratch is what crowds the shared cache.
final class MoveScratch {
    let sums: ScratchBuffer<Double>
    let touched: ScratchBuffer<UInt32>

    init(nodeCount n: Int) {
        sums = ScratchBuffer(count: n, repeating: -1)
        touched = ScratchBuffer(count: n, repeating: 0)
    }
}

/// Sums `v`'s arc weights per neighbouring community (labels from `label`) into `sums`
/// (−1 where untouched) and lists each community once in `touched`, adding to `count` and
/// `total`; arcs into `skip` are only added to `skipped`. `nil` weights: every arc weighs 1
/// and no weight is read. The caller resets the touched entries of `sums` to −1.
@inline(__always)
func sumByCommunity(
    _ arcs: Range<Int>, targets t: UnsafeMutablePointer<UInt32>, weights: UnsafeMutablePointer<Double>?,
    label: UnsafeMutablePointer<UInt32>, sums: UnsafeMutablePointer<Double>, touched: UnsafeMutablePointer<UInt32>,
    count: inout Int, total: inout Double, skip: Int = -1, skipped: inout Double
) {
    @inline(__always) func add(_ a: Int, _ x: Double) {
        let c = Int(label[Int(t[a])])
        total += x
        if c == skip { skipped += x; return }
        let s = sums[c]
        if s < 0 { sums[c] = x; touched[count] = UInt32(truncatingIfNeeded: c); count += 1 } else { sums[c] = s + x }
    }
    if let w = weights { for a in arcs { add(a, w[a]) } } else { for a in arcs { add(a, 1) } }
}

/// The inner step of local moving: `v`'s best community other than `own` (`.max` when it
/// has no other neighbouring community), its gain E(v, C) − `scaled`·W_C and edge weight,
/// `v`'s edge weight to `own` and its total arc weight. Ties go to the community met first.
/// Leaves `sums` all −1 again.
@inline(__always)
func bestNeighbourCommunity(
    of v: Int, own: Int, scaled: Double, offsets o: UnsafeMutablePointer<Int>, targets t: UnsafeMutablePointer<UInt32>,
    weights: UnsafeMutablePointer<Double>?, community: UnsafeMutablePointer<UInt32>,
    communityWeight: UnsafeMutablePointer<Double>, sums: UnsafeMutablePointer<Double>, touched: UnsafeMutablePointer<UInt32>
) -> (best: UInt32, gain: Double, edge: Double, toOwn: Double, arcWeight: Double) {
    var touchedCount = 0, total = 0.0, toOwn = 0.0
    sumByCommunity(o[v]..<o[v + 1], targets: t, weights: weights, label: community, sums: sums, touched: touched,
                   count: &touchedCount, total: &total, skip: own, skipped: &toOwn)
    var best = UInt32.max, bestGain = -Double.infinity, bestEdge = 0.0
    for j in 0..<touchedCount {
        let c = Int(touched[j])
        let edge = sums[c]
        sums[c] = -1
        let gain = edge - scaled * communityWeight[c]
        if gain > bestGain { bestGain = gain; best = UInt32(c); bestEdge = edge }
    }
    return (best, bestGain, bestEdge, toOwn, total)
}

/// Graphs with fewer arcs move sequentially: waking the workers would cost more than it saves.
let batchedMovingMinimumArcs = 262_144
/// Arcs evaluated per batch: small enough that few moves of a batch interact, large
/// enough that each worker's share outweighs waking it.
private let batchArcs = 65_536
/// Below this many arcs a batch is evaluated on the calling thread.
private let inlineArcs = 8_192

/// ``queueLocalMove(graph:workspace:gamma:random:)`` in deterministic parallel batches;
/// see the notes at the top of this file. Returns the number of moves.
func batchedQueueLocalMove(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double,
                           random: inout SeededRandom, workers workerCount: Int = activeProcessorCount) -> Int {
    let n = g.nodeCount
    var mover = LocalMover(graph: g, workspace: ws, gamma: gamma, considerEmpty: true)
    var queue = NodeQueue(workspace: ws, nodeCount: n, random: &random)
    let o = g.offsets.base, nw = g.nodeWeights.base
    let community = ws.community.base, communityWeight = ws.communityWeight.base
    let communitySize = ws.communitySize.base

    var maxDegree = 0
    for v in 0..<n { maxDegree = max(maxDegree, o[v + 1] - o[v]) }
    let capacity = max(batchArcs, maxDegree)
    let maxNodes = min(n, batchArcs)
    let batch = ScratchBuffer<UInt32>(uninitializedCount: maxNodes)
    let arcStart = ScratchBuffer<Int>(uninitializedCount: maxNodes + 1)
    let choice = ScratchBuffer<UInt32>(uninitializedCount: maxNodes)
    let toChoice = ScratchBuffer<Double>(uninitializedCount: maxNodes)
    let toOld = ScratchBuffer<Double>(uninitializedCount: maxNodes)
    let arcWeight = ScratchBuffer<Double>(uninitializedCount: maxNodes)
    let oldOf = ScratchBuffer<UInt32>(uninitializedCount: maxNodes)
    let wantsMove = ScratchBuffer<Bool>(uninitializedCount: maxNodes)
    let moved = ScratchBuffer<UInt32>(uninitializedCount: maxNodes)
    let movedStart = ScratchBuffer<Int>(uninitializedCount: maxNodes + 1)
    let found = ScratchBuffer<Int>(uninitializedCount: maxNodes)
    let requeue = ScratchBuffer<UInt32>(uninitializedCount: capacity)
    // Batch stamps of the last batch in which each community gained / lost a member.
    let gained = ScratchBuffer<UInt32>(count: n, repeating: 0)
    let lost = ScratchBuffer<UInt32>(count: n, repeating: 0)
    let workers = ws.moveScratch(workers: max(1, workerCount))

    let evaluator = UncheckedSendable(MoveEvaluator(
        graph: g, workspace: ws, gamma: gamma, batch: batch.base, choice: choice.base,
        toChoice: toChoice.base, toOld: toOld.base, arcWeight: arcWeight.base, old: oldOf.base,
        wantsMove: wantsMove.base))
    let requeuer = UncheckedSendable(RequeueCollector(
        graph: g, workspace: ws, moved: moved.base, movedStart: movedStart.base,
        found: found.base, out: requeue.base))

    var moves = 0
    var stamp: UInt32 = 0
    while !queue.isEmpty {
        // Take a batch off the head of the queue.
        stamp &+= 1
        if stamp == 0 {
            for c in 0..<n { gained.base[c] = 0; lost.base[c] = 0 }
            stamp = 1
        }
        var size = 0, arcs = 0
        arcStart.base[0] = 0
        while !queue.isEmpty && size < maxNodes {
            let v = queue.first
            let d = o[v + 1] - o[v]
            if size > 0 && arcs + d > batchArcs { break }
            _ = queue.pop()
            batch.base[size] = UInt32(v)
            size += 1
            arcs += d
            arcStart.base[size] = arcs
        }

        // 1. Evaluate against the state at the start of the batch.
        let emptyLeft = mover.emptyCount > 0
        runSplit(items: size, arcs: arcs, arcStart: arcStart.base, workers: workers) { range, scratch in
            evaluator.value.evaluate(range, scratch: scratch, emptyLeft: emptyLeft)
        }

        // 2. Apply in batch order.
        var movedCount = 0, movedArcs = 0
        movedStart.base[0] = 0
        for i in 0..<size where wantsMove.base[i] {
            let v = Int(batch.base[i])
            let old = Int(oldOf.base[i])
            let c = choice.base[i]
            var joined = -1
            if gained.base[old] == stamp || (c != .max && lost.base[Int(c)] == stamp) {
                if mover.tryMove(v) { joined = Int(community[v]) }
            } else {
                let wv = nw[v], scaled = gamma * wv
                let stay = toOld.base[i] - scaled * (communityWeight[old] - wv)
                var bestGain = c == .max ? -Double.infinity : toChoice.base[i] - scaled * communityWeight[Int(c)]
                var toEmpty = false
                if communitySize[old] > 1 && mover.emptyCount > 0 && 0 > bestGain {
                    bestGain = 0
                    toEmpty = true
                }
                let noise = 1e-12 * (arcWeight.base[i] + abs(stay) + abs(bestGain))
                if bestGain > stay + noise {
                    joined = mover.commit(v, from: old, to: toEmpty ? nil : Int(c))
                }
            }
            guard joined >= 0 else { continue }
            moves += 1
            lost.base[old] = stamp
            gained.base[joined] = stamp
            moved.base[movedCount] = UInt32(v)
            movedCount += 1
            movedArcs += o[v + 1] - o[v]
            movedStart.base[movedCount] = movedArcs
        }
        guard movedCount > 0 else { continue }

        // 3. Requeue the neighbours of the moved nodes outside their new community.
        runSplit(items: movedCount, arcs: movedArcs, arcStart: movedStart.base, workers: workers) { range, _ in
            requeuer.value.collect(range)
        }
        for i in 0..<movedCount {
            let base = movedStart.base[i]
            for j in base..<(base + found.base[i]) { queue.push(Int(requeue.base[j])) }
        }
    }
    return moves
}

/// Runs `body` over `0 ..< items` split into one contiguous range per worker with about
/// equal arc counts (`arcStart` is the prefix sum of the items' degrees); small batches
/// run on the calling thread.
private func runSplit(items: Int, arcs: Int, arcStart: UnsafeMutablePointer<Int>, workers: [MoveScratch],
                      _ body: @Sendable (Range<Int>, MoveScratch) -> Void) {
    let parts = arcs < inlineArcs || items < 2 ? 1 : min(workers.count, items)
    if parts == 1 { body(0..<items, workers[0]); return }
    let shared = UncheckedSendable((arcStart, workers))
    parallelFor(parts) { p in
        let (arcStart, workers) = shared.value
        func cut(_ k: Int) -> Int {
            if k == 0 { return 0 }
            if k == parts { return items }
            // First item whose arcs start at or after k/parts of the total.
            let goal = arcs * k / parts
            var lo = 0, hi = items
            while lo < hi {
                let mid = (lo + hi) / 2
                if arcStart[mid] < goal { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let range = cut(p)..<cut(p + 1)
        if !range.isEmpty { body(range, workers[p]) }
    }
}

/// Step 1: each batch node's best neighbouring community against a frozen state, and
/// whether moving there (or to an empty community) would raise the quality in that state.
/// Nodes for which it would not are left alone by step 2, as if the sequential algorithm
/// had visited them at the start of the batch: a neighbour's later move queues them again.
private struct MoveEvaluator {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>
    let w: UnsafeMutablePointer<Double>, nw: UnsafeMutablePointer<Double>
    let community: UnsafeMutablePointer<UInt32>, communityWeight: UnsafeMutablePointer<Double>
    let communitySize: UnsafeMutablePointer<UInt32>
    let gamma: Double
    let batch: UnsafeMutablePointer<UInt32>, choice: UnsafeMutablePointer<UInt32>
    let toChoice: UnsafeMutablePointer<Double>, toOld: UnsafeMutablePointer<Double>
    let arcWeight: UnsafeMutablePointer<Double>, old: UnsafeMutablePointer<UInt32>
    let wantsMove: UnsafeMutablePointer<Bool>
    let unit: Bool

    init(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, batch: UnsafeMutablePointer<UInt32>,
         choice: UnsafeMutablePointer<UInt32>, toChoice: UnsafeMutablePointer<Double>,
         toOld: UnsafeMutablePointer<Double>, arcWeight: UnsafeMutablePointer<Double>,
         old: UnsafeMutablePointer<UInt32>, wantsMove: UnsafeMutablePointer<Bool>) {
        o = g.offsets.base; t = g.targets.base; w = g.weights.base; nw = g.nodeWeights.base
        unit = g.unitWeights
        community = ws.community.base; communityWeight = ws.communityWeight.base
        communitySize = ws.communitySize.base
        self.gamma = gamma
        self.batch = batch; self.choice = choice; self.toChoice = toChoice; self.toOld = toOld
        self.arcWeight = arcWeight; self.old = old; self.wantsMove = wantsMove
    }

    func evaluate(_ range: Range<Int>, scratch: MoveScratch, emptyLeft: Bool) {
        let sums = scratch.sums.base, touched = scratch.touched.base
        for i in range {
            let v = Int(batch[i])
            let own = Int(community[v])
            let wv = nw[v], scaled = gamma * wv
            let m = bestNeighbourCommunity(
                of: v, own: own, scaled: scaled, offsets: o, targets: t, weights: unit ? nil : w,
                community: community, communityWeight: communityWeight, sums: sums, touched: touched)
            let sum = m.arcWeight, edgeToOwn = m.toOwn, best = m.best, bestEdge = m.edge
            var bestGain = m.gain
            let stay = edgeToOwn - scaled * (communityWeight[own] - wv)
            if emptyLeft && communitySize[own] > 1 && 0 > bestGain { bestGain = 0 }
            wantsMove[i] = bestGain > stay + 1e-12 * (sum + abs(stay) + abs(bestGain))
            choice[i] = best
            toChoice[i] = bestEdge
            toOld[i] = edgeToOwn
            arcWeight[i] = sum
            old[i] = UInt32(truncatingIfNeeded: own)
        }
    }
}

/// Step 3: the neighbours of each moved node that sit outside its new community and are
/// not queued, written at the node's arc offset in `out` (count in `found`).
private struct RequeueCollector {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>
    let community: UnsafeMutablePointer<UInt32>, inQueue: UnsafeMutablePointer<Bool>
    let moved: UnsafeMutablePointer<UInt32>, movedStart: UnsafeMutablePointer<Int>
    let found: UnsafeMutablePointer<Int>, out: UnsafeMutablePointer<UInt32>

    init(graph g: WorkingGraph, workspace ws: Workspace, moved: UnsafeMutablePointer<UInt32>,
         movedStart: UnsafeMutablePointer<Int>, found: UnsafeMutablePointer<Int>, out: UnsafeMutablePointer<UInt32>) {
        o = g.offsets.base; t = g.targets.base
        community = ws.community.base; inQueue = ws.inQueue.base
        self.moved = moved; self.movedStart = movedStart; self.found = found; self.out = out
    }

    func collect(_ range: Range<Int>) {
        for i in range {
            let v = Int(moved[i])
            let c = community[v]
            var p = movedStart[i]
            let first = p
            for a in o[v]..<o[v + 1] {
                let u = t[a]
                if !inQueue[Int(u)] && community[Int(u)] != c { out[p] = u; p += 1 }
            }
            found[i] = p - first
        }
    }
}
