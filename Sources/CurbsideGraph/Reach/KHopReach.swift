/// Which arcs a reach computation walks.
///
/// In a follow graph an arc `u → v` says *u follows v*. What `v` posts is seen by its
/// followers, then by their followers: the **audience** of `v` is reached along
/// *in*-arcs. Whom `v` reads, and whom they read, is reached along *out*-arcs. On an
/// undirected graph both directions are the same.
public enum ReachDirection: String, Sendable, CaseIterable {
    /// Walk arcs backwards, `v ← u`: followers, followers of followers (the audience).
    case incoming
    /// Walk arcs forwards, `u → v`: the accounts a node follows, and so on.
    case outgoing
}

extension AdjacencyGraph {
    /// The adjacency to walk for `direction`.
    @inlinable func adjacency(walking direction: ReachDirection) -> CSR {
        direction == .incoming ? inAdjacency : outAdjacency
    }
}

/// Reusable scratch for exact k-hop searches: breadth-first search with a visited
/// array of `UInt32` epoch stamps, so a search costs only what it visits and never
/// clears or allocates (the stamps are reset once every 2³² − 1 searches).
///
/// ```swift
/// var search = HopSearch(follows, direction: .incoming)
/// let audience = try search.run(from: [alice], hops: 2)   // followers + followers of followers
/// let atTwo = search.count(atHop: 2)
/// let bobSees = search.contains(bob)
/// ```
///
/// The source nodes are at hop 0 and are not counted as reached. After a run,
/// ``reached`` lists the reached nodes in breadth-first order (nearest first) and
/// ``contains(_:)`` answers membership in O(1), until the next run.
///
/// - Complexity: O(n) to create; a run costs O(nodes reached + arcs leaving them, except
///   from the last hop).
public struct HopSearch: Sendable {
    @usableFromInline let adjacency: CSR
    @usableFromInline var stamp: [UInt32]
    @usableFromInline var epoch: UInt32 = 0
    /// Nodes in visiting order, sources first.
    @usableFromInline var queue: [UInt32]
    /// `queue` index where each hop ends: hop h occupies `hopEnd[h-1] ..< hopEnd[h]`.
    @usableFromInline var hopEnd: [Int] = []
    @usableFromInline var sourceCount = 0

    /// Prepares a search over `graph` walking `direction` (default: the audience).
    public init(_ graph: some AdjacencyGraph, direction: ReachDirection = .incoming) {
        adjacency = graph.adjacency(walking: direction)
        stamp = [UInt32](repeating: 0, count: graph.nodeCount)
        queue = []
        queue.reserveCapacity(graph.nodeCount)
    }

    /// Begins a new epoch: every node becomes unvisited in O(1).
    @usableFromInline mutating func nextEpoch() -> UInt32 {
        if epoch == UInt32.max {
            for i in stamp.indices { stamp[i] = 0 }
            epoch = 0
        }
        epoch &+= 1
        return epoch
    }

    /// Breadth-first search from `sources` (their union when several) out to `hops` hops.
    ///
    /// - Returns: the number of distinct nodes at distance 1 ... `hops` from the sources
    ///   (sources themselves excluded).
    @discardableResult
    public mutating func run(from sources: some Sequence<UInt32>, hops: Int) throws(GraphError) -> Int {
        try GraphError.check(hops >= 0, "hops", hops, expected: "a non-negative number of hops")
        let e = nextEpoch()
        queue.removeAll(keepingCapacity: true)
        for s in sources {
            guard Int(s) < stamp.count else {
                // Leave no half-started run behind: an empty run on a fresh epoch.
                queue.removeAll(keepingCapacity: true)
                sourceCount = 0
                hopEnd = [0]
                _ = nextEpoch()
                throw GraphError(.nodeOutOfRange, parameter: "sources", value: "\(s)",
                                 expected: "a node id below the node count \(stamp.count)")
            }
            if stamp[Int(s)] != e {
                stamp[Int(s)] = e
                queue.append(s)
            }
        }
        sourceCount = queue.count
        _ = expand(epoch: e, hops: hops, marked: 0, excluding: 0)
        return queue.count - sourceCount
    }

    /// Expands the queue (holding the sources, stamped `epoch`) hop by hop and records
    /// where each hop ends. Counts first visits of nodes stamped `marked`, other than
    /// `excluding` (`marked` 0 counts nothing: epochs start at 1).
    @usableFromInline mutating func expand(epoch e: UInt32, hops: Int, marked: UInt32, excluding: UInt32) -> Int {
        var queue = [UInt32]()
        swap(&queue, &self.queue)
        hopEnd.removeAll(keepingCapacity: true)
        hopEnd.append(queue.count)
        var common = 0
        stamp.withUnsafeMutableBufferPointer { stamp in
            adjacency.withUnsafeBuffers { off, tgt, _ in
                var head = 0
                for _ in 0..<hops {
                    let end = queue.count
                    if head == end { break }
                    while head < end {
                        let u = Int(queue[head])
                        head += 1
                        for i in Int(off[u])..<Int(off[u + 1]) {
                            let v = tgt[i]
                            let s = stamp[Int(v)]
                            if s != e {
                                if s == marked && v != excluding { common += 1 }
                                stamp[Int(v)] = e
                                queue.append(v)
                            }
                        }
                    }
                    hopEnd.append(queue.count)
                }
            }
        }
        while hopEnd.count <= hops { hopEnd.append(queue.count) }
        swap(&queue, &self.queue)
        return common
    }

    /// Breadth-first search from one source; see ``run(from:hops:)-(Sequence<UInt32>,_)``.
    @discardableResult
    public mutating func run(from source: UInt32, hops: Int) throws(GraphError) -> Int {
        try run(from: CollectionOfOne(source), hops: hops)
    }

    /// The hops of the last run.
    public var hops: Int { hopEnd.count - 1 }

    /// Nodes at exactly `hop` hops in the last run (`0` gives the distinct sources).
    public func count(atHop hop: Int) -> Int {
        guard hop >= 0, hop < hopEnd.count else { return 0 }
        return hop == 0 ? hopEnd[0] : hopEnd[hop] - hopEnd[hop - 1]
    }

    /// The nodes reached by the last run (sources excluded), nearest hop first.
    public var reached: ArraySlice<UInt32> { queue[sourceCount...] }

    /// The nodes at exactly `hop` hops in the last run.
    public func nodes(atHop hop: Int) -> ArraySlice<UInt32> {
        guard hop >= 0, hop < hopEnd.count else { return [] }
        return queue[(hop == 0 ? 0 : hopEnd[hop - 1])..<hopEnd[hop]]
    }

    /// Whether the last run visited `node` (a source or a reached node). O(1).
    @inlinable public func contains(_ node: UInt32) -> Bool { epoch != 0 && stamp[Int(node)] == epoch }

    /// Overlap of the `hops`-hop sets of `a` and `b` (each excluding its own source).
    ///
    /// Uses two consecutive epochs of the same stamp array: the first run marks `a`'s set,
    /// the second recognises those marks while it walks `b`'s. Nothing is allocated.
    /// Afterwards the search holds `b`'s run.
    public mutating func overlap(_ a: UInt32, _ b: UInt32, hops: Int) throws(GraphError) -> ReachOverlap {
        try GraphError.checkNodes([b], "b", nodeCount: stamp.count)
        let sizeA = try run(from: a, hops: hops)
        let marked = epoch
        // Start b's run on a fresh epoch without a wrap (which would erase a's marks).
        if epoch == UInt32.max {
            for i in stamp.indices { stamp[i] = 0 }
            epoch = 0
            return try overlap(a, b, hops: hops)
        }
        let e = nextEpoch()
        queue.removeAll(keepingCapacity: true)
        stamp[Int(b)] = e
        queue.append(b)
        sourceCount = 1
        let common = expand(epoch: e, hops: hops, marked: marked, excluding: a)
        return ReachOverlap(sizeA: sizeA, sizeB: queue.count - 1, common: common)
    }
}

/// The overlap of two k-hop sets, e.g. the audiences of two accounts.
public struct ReachOverlap: Sendable, Equatable {
    /// Size of the first set.
    public var sizeA: Int
    /// Size of the second set.
    public var sizeB: Int
    /// Nodes in both sets.
    public var common: Int
    /// Nodes in either set.
    public var union: Int { sizeA + sizeB - common }
    public init(sizeA: Int, sizeB: Int, common: Int) {
        self.sizeA = sizeA
        self.sizeB = sizeB
        self.common = common
    }

    /// `common / union`, and 0 when both sets are empty (networkx's convention).
    public var jaccard: Double { union == 0 ? 0 : Double(common) / Double(union) }
}

/// Parameters of ``hopCounts(_:sources:options:)``.
public struct HopCountOptions: Sendable {
    /// How far to look. Default 2 (followers and followers of followers).
    public var hops: Int = 2
    /// Which arcs to walk. Default ``ReachDirection/incoming`` (the audience).
    public var direction: ReachDirection = .incoming

    public init() {}
}

/// Exact per-hop reach of many sources, one breadth-first search each.
public struct HopCounts: Sendable, Equatable {
    /// The hops counted (1 ... `hops`).
    public let hops: Int
    /// The sources, in the order given.
    public let sources: [UInt32]
    /// `perHop[i * hops + (h - 1)]`: nodes at exactly `h` hops from `sources[i]`.
    public let perHop: [UInt32]

    /// Nodes at exactly `hop` hops (1 ... `hops`) from the `index`-th source.
    @inlinable public func count(source index: Int, hop: Int) -> Int {
        precondition(hop >= 1 && hop <= hops, "hop must be in 1...hops")
        return Int(perHop[index * hops + hop - 1])
    }

    /// Nodes within `hop` hops (1 ... `hops`) of the `index`-th source, the source excluded.
    @inlinable public func reach(source index: Int, within hop: Int) -> Int {
        precondition(hop >= 0 && hop <= hops, "hop must be in 0...hops")
        var s = 0
        for h in 0..<hop { s += Int(perHop[index * hops + h]) }
        return s
    }
}

/// Exact k-hop reach counts, hop by hop, for many sources.
///
/// For every source, the number of nodes at exactly 1, 2, …, `hops` hops along
/// `direction`; with the default ``ReachDirection/incoming`` on a follow graph these are
/// followers, followers of followers, and so on: who can see what the source posts.
/// Agrees exactly with networkx `single_source_shortest_path_length(G, s, cutoff=hops)`
/// (on `G.reverse()` for incoming), counted by distance, the source excluded.
///
/// The sources are split across cores; each worker owns one ``HopSearch`` (an O(n)
/// stamp array and queue) and reuses it for all its sources, so no search allocates.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - sources: nodes to start from; `nil` (default) means every node, in order.
///   - options: the hops and the ``ReachDirection``.
/// - Throws: ``GraphError`` when `options.hops` is below 1 or a source is not a node of
///   `graph`.
/// - Complexity: O(Σ over sources of the nodes and arcs within `hops`) time;
///   O(n × workers + sources × hops) space.
public func hopCounts(
    _ graph: some AdjacencyGraph, sources: [UInt32]? = nil, options: HopCountOptions = HopCountOptions()
) throws(GraphError) -> HopCounts {
    let hops = options.hops
    try GraphError.check(hops >= 1, "options.hops", hops, expected: "at least 1 hop")
    try GraphError.checkNodes(sources ?? [], "sources", nodeCount: graph.nodeCount)
    let sources = sources ?? (0..<UInt32(graph.nodeCount)).map { $0 }
    var perHop = [UInt32](repeating: 0, count: sources.count * hops)
    if sources.isEmpty { return HopCounts(hops: hops, sources: [], perHop: []) }
    let template = HopSearch(graph, direction: options.direction)
    perHop.withUnsafeMutableBufferPointer { out in
        let shared = UncheckedSendable((out.baseAddress!, sources, template))
        // At most 8 workers, each with its own O(n) scratch.
        parallelRanges(sources.count, minimumChunk: max(16, sources.count / 8)) { range in
            let (out, sources, template) = shared.value
            var search = template
            for i in range {
                // Sources and hops were checked above, so the run cannot throw.
                do { try search.run(from: sources[i], hops: hops) } catch { preconditionFailure("\(error)") }
                for h in 1...hops { out[i * hops + h - 1] = UInt32(search.count(atHop: h)) }
            }
        }
    }
    return HopCounts(hops: hops, sources: sources, perHop: perHop)
}
