import Synchronization

/// Which degree a k-core peels by.
public enum CoreMode: Sendable {
    /// In-degree plus out-degree (a reciprocated pair counts twice), networkx `core_number`
    /// on a `DiGraph` and igraph `coreness(mode="all")`. On undirected graphs, the degree.
    case all
    /// In-degree: the in-core (igraph `coreness(mode="in")`).
    case incoming
    /// Out-degree: the out-core (igraph `coreness(mode="out")`).
    case outgoing
}

/// The coreness (core number) of every node: the largest `k` such that the node belongs
/// to the k-core, the maximal subgraph in which every node has degree at least `k`.
///
/// Batagelj and Zaversnik's bucket algorithm: nodes sit in an array sorted by current
/// degree with the start of each degree's bucket recorded; repeatedly take the node of
/// least degree (its degree is its coreness) and move each of its remaining neighbours
/// one bucket down by a swap. Self-loops are ignored (networkx refuses graphs with them;
/// the values agree with networkx and igraph on the loop-free graph). Parallel arcs
/// (several kinds in a ``Graph``) count separately; take a ``GraphView`` for a simple graph.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - mode: which degree to peel by on directed graphs; ignored on undirected ones.
///     Default ``CoreMode/all``.
/// On graphs above 65,536 arcs the peeling runs on all cores instead, level by level in
/// the manner of PKC (Kabir and Madduri 2017): at level k every remaining node of degree k
/// forms the frontier; the frontier's nodes lower their neighbours' degrees concurrently
/// (atomic decrements that never go below k), and a neighbour whose degree reaches k
/// joins the next round of the frontier. Core numbers are unique, so the result is the
/// same whatever the interleaving.
///
/// - Complexity: O(n + m) time and O(n) extra space (parallel: O(m) plus a scan of the
///   remaining nodes per level).
/// - Paper: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of
///   networks", 2003. doi:10.48550/arXiv.cs/0310049. Parallel: H. Kabir, K. Madduri,
///   "Parallel k-core decomposition on multicore platforms", IPDPSW 2017.
///   doi:10.1109/IPDPSW.2017.151
public func coreness(_ graph: some AdjacencyGraph, mode: CoreMode = .all) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    let directed = graph.isDirected
    // The degree counts in-arcs and/or out-arcs. Removing v lowers the degree of the
    // nodes whose degree counted an arc at v: its out-neighbours when in-degrees count,
    // its in-neighbours when out-degrees count. Undirected: the one adjacency.
    let countIn = !directed || mode != .outgoing
    let countOut = directed && mode != .incoming
    var deg = [Int](repeating: 0, count: n)
    deg.withUnsafeMutableBufferPointer { deg in
        let shared = UncheckedSendable(deg)
        parallelRanges(n, minimumChunk: 16_384) { nodes in
            for v in nodes {
                let x = UInt32(truncatingIfNeeded: v)
                let loop = out.contains(x, x) ? 1 : 0
                var d = 0
                if countIn { d += inAdj.degree(x) - loop }
                if countOut { d += out.degree(x) - loop }
                shared.value[v] = d
            }
        }
    }
    let arcs = (countIn ? out.arcCount : 0) + (countOut ? inAdj.arcCount : 0)
    if arcs > 65_536, #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
        return parallelCoreness(degrees: deg, lowering: countIn ? out : nil, countOut ? inAdj : nil)
    }
    let maxDegree = deg.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDegree + 2)
    for d in deg { bin[d + 1] += 1 }
    for d in 0...maxDegree { bin[d + 1] += bin[d] }  // bin[d] = first position of degree d
    var pos = [Int](repeating: 0, count: n)
    var vert = [Int](repeating: 0, count: n)
    var next = bin
    for v in 0..<n { pos[v] = next[deg[v]]; vert[pos[v]] = v; next[deg[v]] += 1 }

    deg.withUnsafeMutableBufferPointer { deg in
    bin.withUnsafeMutableBufferPointer { bin in
    pos.withUnsafeMutableBufferPointer { pos in
    vert.withUnsafeMutableBufferPointer { vert in
        func lower(_ u: Int, below v: Int) {
            let du = deg[u]
            guard du > deg[v] else { return }
            let pu = pos[u], pw = bin[du], w = vert[pw]
            if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
            bin[du] += 1
            deg[u] = du - 1
        }
        for i in 0..<n {
            let v = vert[i]
            if countIn { for u in out.neighbors(UInt32(v)) where Int(u) != v { lower(Int(u), below: v) } }
            if countOut { for u in inAdj.neighbors(UInt32(v)) where Int(u) != v { lower(Int(u), below: v) } }
        }
    }}}}
    return deg
}

/// The nodes of the k-core, ascending: those whose ``coreness(_:mode:)`` is at least `k`.
/// Pass them to ``inducedSubgraph(_:nodes:)->InducedSubgraph<Graph>`` (or, for a view,
/// ``inducedSubgraph(_:nodes:)->InducedSubgraph<GraphView>``) for the core itself.
///
/// - Complexity: O(n + m).
public func kCoreNodes(_ graph: some AdjacencyGraph, k: Int, mode: CoreMode = .all) -> [UInt32] {
    coreness(graph, mode: mode).enumerated().compactMap { $0.element >= k ? UInt32($0.offset) : nil }
}

/// Level-synchronous parallel peeling (see ``coreness(_:mode:)``): `degrees` are the
/// starting degrees; removing a node lowers the degree of its neighbours in `first` and
/// `second` (self-loops skipped). Every node is removed at the level of its core number,
/// so there are max-core + 1 levels.
@available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *)
private func parallelCoreness(degrees: [Int], lowering first: CSR?, _ second: CSR?) -> [Int] {
    let n = degrees.count
    let deg = UnsafeMutablePointer<Atomic<UInt32>>.allocate(capacity: n)
    for v in 0..<n { (deg + v).initialize(to: Atomic(UInt32(truncatingIfNeeded: degrees[v]))) }
    defer { deg.deinitialize(count: n); deg.deallocate() }
    let empty = CSR(offsets: [UInt32](repeating: 0, count: n + 1), targets: [])
    return (first ?? empty).withRawAdjacency(weighted: false) { a in
        (second ?? empty).withRawAdjacency(weighted: false) { b in
            peel(deg, nodeCount: n, a, b)
        }
    }
}

@available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *)
private func peel(_ deg: UnsafeMutablePointer<Atomic<UInt32>>, nodeCount n: Int, _ a: RawAdjacency,
                  _ b: RawAdjacency) -> [Int] {
    let workers = min(max(1, activeProcessorCount), 8)
    // The nodes still above the current level (compacted level by level), the frontier,
    // and per worker the nodes its share of a round brought down to the level.
    let remaining = ScratchBuffer<UInt32>(uninitializedCount: n)
    let frontier = ScratchBuffer<UInt32>(uninitializedCount: n)
    let found = ScratchBuffer<UInt32>(uninitializedCount: n * workers)
    let foundCount = ScratchBuffer<Int>(count: workers, repeating: 0)
    for v in 0..<n { remaining.base[v] = UInt32(truncatingIfNeeded: v) }
    let shared = UncheckedSendable((deg, frontier.base, found.base, foundCount.base, a, b))
    var left = n
    var level: UInt32 = 0
    while left > 0 {
        // Nodes at exactly this level start the frontier; those above it stay.
        var size = 0, kept = 0
        for i in 0..<left {
            let v = remaining.base[i]
            let d = deg[Int(v)].load(ordering: .relaxed)
            if d == level { frontier.base[size] = v; size += 1 } else if d > level { remaining.base[kept] = v; kept += 1 }
        }
        left = kept
        while size > 0 {
            let count = size, k = level
            let parts = count < 512 ? 1 : workers
            let body: @Sendable (Int) -> Void = { p in
                let (deg, frontier, found, foundCount, a, b) = shared.value
                let out = found + p * n
                var m = 0
                // Neighbours to lower, gathered first with plain loads: a locked decrement
                // stalls the loads after it, so the decrements come once their cache lines
                // are in.
                var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                              UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
                    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                withUnsafeMutableBytes(of: &pending) { raw in
                    let batch = raw.baseAddress!.assumingMemoryBound(to: UInt32.self)
                    let capacity = raw.count / MemoryLayout<UInt32>.stride
                    @inline(__always) func flush(_ count: Int) {
                        for j in 0..<count {
                            let u = Int(batch[j])
                            let before = deg[u].subtract(1, ordering: .relaxed).oldValue
                            if before == k + 1 {
                                out[m] = UInt32(truncatingIfNeeded: u); m += 1
                            } else if before <= k {
                                deg[u].add(1, ordering: .relaxed)  // another arc took it to k first
                            }
                        }
                    }
                    @inline(__always) func lower(_ v: Int, _ adj: RawAdjacency) {
                        var count = 0
                        for i in Int(adj.offsets[v])..<Int(adj.offsets[v + 1]) {
                            let u = adj.targets[i]
                            guard Int(u) != v, deg[Int(u)].load(ordering: .relaxed) > k else { continue }
                            batch[count] = u; count += 1
                            if count == capacity { flush(count); count = 0 }
                        }
                        flush(count)
                    }
                    for i in (count * p / parts)..<(count * (p + 1) / parts) {
                        let v = Int(frontier[i])
                        lower(v, a)
                        lower(v, b)
                    }
                }
                foundCount[p] = m
            }
            parallelFor(parts, body)
            size = 0
            for p in 0..<parts {
                (frontier.base + size).update(from: found.base + p * n, count: foundCount.base[p])
                size += foundCount.base[p]
            }
        }
        level += 1
    }
    return (0..<n).map { Int(deg[$0].load(ordering: .relaxed)) }
}
