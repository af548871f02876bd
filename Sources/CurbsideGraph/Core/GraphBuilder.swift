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
/// kind) with three stable counting-sort passes and merges repeats of the same
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
/// - Complexity: `build()` is O(n + m) time and O(n + m) extra space for n nodes and m
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
        let m = src.count
        let labels = kindLabels.isEmpty ? ["edge"] : kindLabels
        let multiKind = maxKind > 0

        // Three stable counting-sort passes: by kind, then target, then source.
        var order = [UInt32](unsafeUninitializedCapacity: m) { buf, count in
            for i in 0..<m { buf[i] = UInt32(i) }
            count = m
        }
        if multiKind {
            order = Self.countingSort(order, keys: kinds.map { UInt32($0) }, keyCount: labels.count)
        }
        order = Self.countingSort(order, keys: dst, keyCount: n)
        order = Self.countingSort(order, keys: src, keyCount: n)

        // Merge repeats of (source, target, kind) and lay out the out-adjacency.
        var outOffsets = [UInt32](repeating: 0, count: n + 1)
        var outTargets: [UInt32] = []
        outTargets.reserveCapacity(m)
        var outKinds: [UInt16] = []
        if multiKind { outKinds.reserveCapacity(m) }
        var outCounts: [UInt32] = []
        var needCounts = anyCountOtherThanOne
        outCounts.reserveCapacity(m)
        var outFirst: [Int64] = [], outLast: [Int64] = []
        if anyTime { outFirst.reserveCapacity(m); outLast.reserveCapacity(m) }

        src.withUnsafeBufferPointer { src in
        dst.withUnsafeBufferPointer { dst in
        kinds.withUnsafeBufferPointer { kinds in
        counts.withUnsafeBufferPointer { counts in
        first.withUnsafeBufferPointer { first in
        last.withUnsafeBufferPointer { last in
            var prevSrc = UInt32.max, prevDst = UInt32.max, prevKind = UInt16.max
            for e32 in order {
                let e = Int(e32)
                let u = src[e], v = dst[e], k = kinds[e]
                if u == prevSrc && v == prevDst && k == prevKind {
                    let j = outTargets.count - 1
                    switch repeats {
                    case .sum:
                        let (sum, overflow) = outCounts[j].addingReportingOverflow(counts[e])
                        outCounts[j] = overflow ? .max : sum
                    case .max:
                        outCounts[j] = Swift.max(outCounts[j], counts[e])
                    }
                    if outCounts[j] != 1 { needCounts = true }
                    if anyTime {
                        if first[e] < outFirst[j] { outFirst[j] = first[e] }
                        if last[e] > outLast[j] { outLast[j] = last[e] }
                    }
                    continue
                }
                prevSrc = u; prevDst = v; prevKind = k
                outOffsets[Int(u) + 1] &+= 1
                outTargets.append(v)
                if multiKind { outKinds.append(k) }
                outCounts.append(counts[e])
                if anyTime { outFirst.append(first[e]); outLast.append(last[e]) }
            }
        }}}}}}
        for i in 0..<n { outOffsets[i + 1] &+= outOffsets[i] }

        // In-adjacency by a counting sort on target; sources come out ascending.
        let arcs = outTargets.count
        var inOffsets = [UInt32](repeating: 0, count: n + 1)
        for v in outTargets { inOffsets[Int(v) + 1] &+= 1 }
        for i in 0..<n { inOffsets[i + 1] &+= inOffsets[i] }
        var cursor = inOffsets
        var inSources = [UInt32](repeating: 0, count: arcs)
        var inEdge = [UInt32](repeating: 0, count: arcs)
        outOffsets.withUnsafeBufferPointer { oo in
        outTargets.withUnsafeBufferPointer { ot in
        inSources.withUnsafeMutableBufferPointer { isrc in
        inEdge.withUnsafeMutableBufferPointer { iedge in
        cursor.withUnsafeMutableBufferPointer { cur in
            for u in 0..<n {
                for e in Int(oo[u])..<Int(oo[u + 1]) {
                    let v = Int(ot[e])
                    let p = Int(cur[v])
                    cur[v] = cur[v] &+ 1
                    isrc[p] = UInt32(u)
                    iedge[p] = UInt32(e)
                }
            }
        }}}}}

        return Graph(
            nodeCount: n,
            out: CSR(offsets: outOffsets, targets: outTargets),
            in: CSR(offsets: inOffsets, targets: inSources),
            inArcEdge: inEdge,
            kindLabels: labels,
            kinds: multiKind ? outKinds : nil,
            counts: needCounts ? outCounts : nil,
            first: anyTime ? outFirst : nil,
            last: anyTime ? outLast : nil
        )
    }

    /// Stable counting sort of `items` by `keys[item]`, keys in `0 ..< keyCount`.
    private static func countingSort(_ items: [UInt32], keys: [UInt32], keyCount: Int) -> [UInt32] {
        var start = [Int](repeating: 0, count: keyCount + 1)
        var result = [UInt32](repeating: 0, count: items.count)
        keys.withUnsafeBufferPointer { keys in
        items.withUnsafeBufferPointer { items in
        result.withUnsafeMutableBufferPointer { result in
        start.withUnsafeMutableBufferPointer { start in
            for i in items { start[Int(keys[Int(i)]) + 1] += 1 }
            for k in 0..<keyCount { start[k + 1] += start[k] }
            for i in items {
                let k = Int(keys[Int(i)])
                result[start[k]] = i
                start[k] += 1
            }
        }}}}
        return result
    }
}
