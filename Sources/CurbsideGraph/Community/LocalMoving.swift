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
