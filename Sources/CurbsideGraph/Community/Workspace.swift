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
