/// How ``GraphBuilder/build(repeats:)`` combines the counts of repeated edges.
public enum RepeatPolicy: Sendable {
    /// Repeats are separate observations: counts add up (one log, one file).
    case sum
    /// Repeats describe the same observations (overlapping exports of one network): keep
    /// the largest count.
    case max
}

/// Collects edges and freezes them into an immutable ``Graph``.
///
/// Edges may arrive in any order and repeat: `build()` sorts them by (source, target,
/// kind), a counting sort by source then a sort of each source's run on packed
/// (target, kind) keys, and merges repeats of the same
/// (source, target, kind), combining their counts by the ``RepeatPolicy`` (added up by
/// default) and keeping the earliest first time and the latest last time.
///
/// ```swift
/// var builder = GraphBuilder(nodeCount: 3)
/// let follow = builder.kind(named: "follow")
/// builder.addEdge(from: 0, to: 1, kind: follow)
/// builder.addEdge(from: 1, to: 2, kind: builder.kind(named: "mention"), at: 1_700_000_000)
/// let graph = builder.build()
/// ```
///
/// - Complexity: `build()` is O(n + m log d) time, d the largest out-degree (O(n + m)
///   when out-degrees are small), and O(n + m) extra space for n nodes and m
///   added edges.
public struct GraphBuilder: Sendable {
    public private(set) var nodeCount: Int
    private var src: [UInt32] = []
    private var dst: [UInt32] = []
    private var kinds: [UInt16] = []
    private var counts: [UInt32] = []
    private var first: [Int64] = []
    private var last: [Int64] = []
    private var anyTime = false
    private var anyCountOtherThanOne = false
    private var maxKind: UInt16 = 0
    public private(set) var kindLabels: [String] = []
    private var kindIndex: [String: UInt16] = [:]

    /// Creates a builder with `nodeCount` nodes and no edges.
    public init(nodeCount: Int = 0) {
        precondition(nodeCount >= 0 && nodeCount <= Int(UInt32.max), "node count must fit in UInt32")
        self.nodeCount = nodeCount
    }

    /// Number of edges added so far (before merging repeats).
    public var addedEdgeCount: Int { src.count }

    /// Reserves room for `edges` more edges.
    public mutating func reserveCapacity(edges: Int) {
        src.reserveCapacity(src.count + edges)
        dst.reserveCapacity(dst.count + edges)
        kinds.reserveCapacity(kinds.count + edges)
        counts.reserveCapacity(counts.count + edges)
    }

    /// Adds `n` nodes and returns their indices.
    @discardableResult
    public mutating func addNodes(_ n: Int) -> Range<UInt32> {
        precondition(n >= 0 && nodeCount + n <= Int(UInt32.max), "node count must fit in UInt32")
        let start = UInt32(nodeCount)
        nodeCount += n
        return start..<UInt32(nodeCount)
    }

    /// The id of the kind called `label`, registering it on first use (at most 65,536 kinds).
    public mutating func kind(named label: String) -> UInt16 {
        if let k = kindIndex[label] { return k }
        precondition(kindLabels.count < Int(UInt16.max) + 1, "at most 65,536 edge kinds")
        let k = UInt16(kindLabels.count)
        kindLabels.append(label)
        kindIndex[label] = k
        return k
    }

    /// Adds the edge `u → v` of kind `kind`, seen `count` times between `firstAt` and `lastAt`.
    ///
    /// - Precondition: `u` and `v` are below `nodeCount`; `kind` came from ``kind(named:)``
    ///   (or is 0 when no kind was ever registered: the graph then has one kind, `edge`).
    public mutating func addEdge(
        from u: UInt32, to v: UInt32, kind: UInt16 = 0, count: UInt32 = 1,
        firstAt: Int64? = nil, lastAt: Int64? = nil
    ) {
        precondition(Int(u) < nodeCount && Int(v) < nodeCount, "edge endpoint out of range")
        precondition(kindLabels.isEmpty ? kind == 0 : Int(kind) < kindLabels.count, "unregistered kind")
        src.append(u)
        dst.append(v)
        kinds.append(kind)
        counts.append(count)
        if count != 1 { anyCountOtherThanOne = true }
        if kind > maxKind { maxKind = kind }
        if firstAt != nil || lastAt != nil {
            if !anyTime {
                anyTime = true
                first = [Int64](repeating: .max, count: src.count - 1)
                last = [Int64](repeating: .min, count: src.count - 1)
            }
            first.append(firstAt ?? lastAt!)
            last.append(lastAt ?? firstAt!)
        } else if anyTime {
            first.append(.max)
            last.append(.min)
        }
    }

    /// Adds the edge `u → v` seen once at time `at`.
    public mutating func addEdge(from u: UInt32, to v: UInt32, kind: UInt16 = 0, at time: Int64) {
        addEdge(from: u, to: v, kind: kind, count: 1, firstAt: time, lastAt: time)
    }

    /// Freezes the edges into a ``Graph``, merging repeats by `repeats`.
    public func build(repeats: RepeatPolicy = .sum) -> Graph {
        let n = nodeCount
        let out = buildOutArcs(repeats: repeats)
        let outOffsets = out.offsets, outTargets = out.targets

        // In-adjacency by a counting sort on target; sources come out ascending.
        let arcs = outTargets.count
        var inOffsets = [UInt32](repeating: 0, count: n + 1)
        outTargets.withUnsafeBufferPointer { ot in
        inOffsets.withUnsafeMutableBufferPointer { io in
            for v in ot { io[Int(v) + 1] &+= 1 }
            for i in 0..<n { io[i + 1] &+= io[i] }
        }}
        var cursor = inOffsets
        var inSources = [UInt32](unsafeUninitializedCapacity: arcs) { _, c in c = arcs }
        outOffsets.withUnsafeBufferPointer { oo in
        outTargets.withUnsafeBufferPointer { ot in
        inSources.withUnsafeMutableBufferPointer { isrc in
        cursor.withUnsafeMutableBufferPointer { cur in
            for u in 0..<n {
                for e in Int(oo[u])..<Int(oo[u + 1]) {
                    let v = Int(ot[e])
                    let p = Int(cur[v])
                    cur[v] = cur[v] &+ 1
                    isrc[p] = UInt32(u)
                }
            }
        }}}}

        return Graph(
            nodeCount: n,
            out: CSR(offsets: outOffsets, targets: outTargets),
            in: CSR(offsets: inOffsets, targets: inSources),
            kindLabels: out.kindLabels,
            kinds: out.kinds,
            counts: out.counts,
            first: out.first,
            last: out.last
        )
    }

    /// The merged out-arcs and their attributes, without the in-adjacency: what ``build(repeats:)``
    /// lays out first, for callers (the store's import) that only walk edges in
    /// (source, target, kind) order.
    package struct OutArcs {
        package var offsets: [UInt32]
        package var targets: [UInt32]
        package var kindLabels: [String]
        /// `nil` when there is one kind (then every edge is kind 0).
        package var kinds: [UInt16]?
        /// `nil` when every count is 1.
        package var counts: [UInt32]?
        /// `nil` when no edge has a time; `.max` / `.min` mark an edge without one.
        package var first: [Int64]?
        package var last: [Int64]?
    }

    /// Sorts the edges by (source, target, kind) and merges repeats: one counting sort by
    /// source, then each source's run sorted by (target, kind) on packed 64-bit keys
    /// (insertion sort for short runs). Repeats combine commutatively, so stability is
    /// not needed.
    package func buildOutArcs(repeats: RepeatPolicy = .sum) -> OutArcs {
        let n = nodeCount
        let m = src.count
        let labels = kindLabels.isEmpty ? ["edge"] : kindLabels
        let multiKind = maxKind > 0
        let needIndex = anyTime || anyCountOtherThanOne

        // Counting sort by source: run of u is segStart[u] ..< segStart[u + 1].
        var segStart = [Int](repeating: 0, count: n + 1)
        // Packed (target << 16 | kind), and the edge index when attributes must follow.
        var keys = [UInt64](unsafeUninitializedCapacity: m) { _, c in c = m }
        var index = needIndex ? [UInt32](unsafeUninitializedCapacity: m) { _, c in c = m } : []
        src.withUnsafeBufferPointer { src in
        dst.withUnsafeBufferPointer { dst in
        kinds.withUnsafeBufferPointer { kinds in
        segStart.withUnsafeMutableBufferPointer { start in
        keys.withUnsafeMutableBufferPointer { keys in
        index.withUnsafeMutableBufferPointer { index in
            for u in src { start[Int(u) + 1] &+= 1 }
            for u in 0..<n { start[u + 1] &+= start[u] }
            var cursor = [Int](start.prefix(n))
            cursor.withUnsafeMutableBufferPointer { cursor in
                for e in 0..<m {
                    let u = Int(src[e])
                    let p = cursor[u]
                    cursor[u] = p &+ 1
                    keys[p] = UInt64(dst[e]) << 16 | (multiKind ? UInt64(kinds[e]) : 0)
                    if needIndex { index[p] = UInt32(truncatingIfNeeded: e) }
                }
            }
            // Sort each run by key.
            var scratch: [(UInt64, UInt32)] = []
            for u in 0..<n {
                let lo = start[u], hi = start[u + 1]
                if hi - lo < 2 { continue }
                if hi - lo <= 24 {
                    var i = lo + 1
                    while i < hi {
                        let k = keys[i]
                        if k < keys[i - 1] {
                            let x = needIndex ? index[i] : 0
                            var j = i
                            while j > lo, keys[j - 1] > k {
                                keys[j] = keys[j - 1]
                                if needIndex { index[j] = index[j - 1] }
                                j -= 1
                            }
                            keys[j] = k
                            if needIndex { index[j] = x }
                        }
                        i += 1
                    }
                } else if needIndex {
                    scratch.removeAll(keepingCapacity: true)
                    for i in lo..<hi { scratch.append((keys[i], index[i])) }
                    scratch.sort { $0.0 < $1.0 }
                    for (j, pair) in scratch.enumerated() { keys[lo + j] = pair.0; index[lo + j] = pair.1 }
                } else {
                    var run = UnsafeMutableBufferPointer(rebasing: keys[lo..<hi])
                    run.sort()
                }
            }
        }}}}}}

        // Merge repeats of (source, target, kind) and lay out the out-adjacency.
        var outOffsets = [UInt32](repeating: 0, count: n + 1)
        var outTargets = [UInt32](unsafeUninitializedCapacity: m) { _, c in c = m }
        var outKinds = multiKind ? [UInt16](unsafeUninitializedCapacity: m) { _, c in c = m } : []
        var outCounts = [UInt32](repeating: 1, count: m)
        var needCounts = anyCountOtherThanOne
        var outFirst = anyTime ? [Int64](unsafeUninitializedCapacity: m) { _, c in c = m } : []
        var outLast = anyTime ? [Int64](unsafeUninitializedCapacity: m) { _, c in c = m } : []
        var arcs = 0
        let anyTime = self.anyTime, countsVary = anyCountOtherThanOne
        segStart.withUnsafeBufferPointer { start in
        keys.withUnsafeBufferPointer { keys in
        index.withUnsafeBufferPointer { index in
        counts.withUnsafeBufferPointer { counts in
        first.withUnsafeBufferPointer { first in
        last.withUnsafeBufferPointer { last in
        outOffsets.withUnsafeMutableBufferPointer { oo in
        outTargets.withUnsafeMutableBufferPointer { ot in
        outKinds.withUnsafeMutableBufferPointer { ok in
        outCounts.withUnsafeMutableBufferPointer { oc in
        outFirst.withUnsafeMutableBufferPointer { of in
        outLast.withUnsafeMutableBufferPointer { ol in
            for u in 0..<n {
                var prev = UInt64.max
                for p in start[u]..<start[u + 1] {
                    let key = keys[p]
                    let c: UInt32 = countsVary ? counts[Int(index[p])] : 1
                    if key == prev {
                        let j = arcs - 1
                        switch repeats {
                        case .sum:
                            let (sum, overflow) = oc[j].addingReportingOverflow(c)
                            oc[j] = overflow ? .max : sum
                        case .max:
                            oc[j] = Swift.max(oc[j], c)
                        }
                        if oc[j] != 1 { needCounts = true }
                        if anyTime {
                            let e = Int(index[p])
                            if first[e] < of[j] { of[j] = first[e] }
                            if last[e] > ol[j] { ol[j] = last[e] }
                        }
                        continue
                    }
                    prev = key
                    ot[arcs] = UInt32(truncatingIfNeeded: key >> 16)
                    if multiKind { ok[arcs] = UInt16(truncatingIfNeeded: key) }
                    oc[arcs] = c
                    if anyTime {
                        let e = Int(index[p])
                        of[arcs] = first[e]
                        ol[arcs] = last[e]
                    }
                    arcs += 1
                }
                oo[u + 1] = UInt32(truncatingIfNeeded: arcs)
            }
        }}}}}}}}}}}}
        if arcs < m {
            outTargets.removeLast(m - arcs)
            if multiKind { outKinds.removeLast(m - arcs) }
            outCounts.removeLast(m - arcs)
            if anyTime { outFirst.removeLast(m - arcs); outLast.removeLast(m - arcs) }
        }
        return OutArcs(
            offsets: outOffsets, targets: outTargets, kindLabels: labels,
            kinds: multiKind ? outKinds : nil,
            counts: needCounts ? outCounts : nil,
            first: anyTime ? outFirst : nil,
            last: anyTime ? outLast : nil)
    }
}
