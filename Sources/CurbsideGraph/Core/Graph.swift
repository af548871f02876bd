/// An immutable, attributed, directed multigraph in compressed sparse row form.
///
/// Nodes are `UInt32` indices `0 ..< nodeCount`. Each edge `u → v` has a *kind* (an
/// open set of labels: `follow`, `mention`, `advice`, …), a *count* (how many times the
/// interaction was seen) and optionally the first and last time it was seen (any
/// integer clock; Curbside uses Unix seconds). Two nodes may be joined by several edges of
/// different kinds; edges of the same kind are merged when the graph is built.
///
/// Build one with ``GraphBuilder``; take simple projections for algorithms with
/// ``view(kinds:direction:weighted:)``.
///
/// Memory: out-targets and in-sources cost 8 bytes per edge (attributes are found from an
/// in-arc with ``outPosition(ofInArc:)``); a kind column (2 bytes) exists only when there is
/// more than one kind, a count column (4 bytes) only when some count differs from 1, and
/// time columns (16 bytes) only when the input had times. Offsets cost 8 bytes per node.
public struct Graph: AdjacencyGraph, Sendable {
    public let nodeCount: Int
    public var isDirected: Bool { true }
    /// Arcs `u → v`, sorted by target then kind within each node.
    public let outAdjacency: CSR
    /// Arcs `v ← u`, sorted by source within each node.
    public let inAdjacency: CSR
    /// Labels of the kinds, indexed by kind id.
    public let kindLabels: [String]
    @usableFromInline let kindColumn: [UInt16]?
    @usableFromInline let countColumn: [UInt32]?
    @usableFromInline let firstColumn: [Int64]?
    @usableFromInline let lastColumn: [Int64]?

    init(
        nodeCount: Int, out: CSR, in inAdj: CSR, kindLabels: [String],
        kinds: [UInt16]?, counts: [UInt32]?, first: [Int64]?, last: [Int64]?
    ) {
        self.nodeCount = nodeCount
        self.outAdjacency = out
        self.inAdjacency = inAdj
        self.kindLabels = kindLabels
        self.kindColumn = kinds
        self.countColumn = counts
        self.firstColumn = first
        self.lastColumn = last
    }

    /// Number of edges (distinct source, target, kind).
    @inlinable public var edgeCount: Int { outAdjacency.arcCount }

    /// Whether edges carry first/last times.
    public var hasTimes: Bool { firstColumn != nil }

    /// The kind id of edge `e` (an out-arc position).
    @inlinable public func kind(ofEdge e: Int) -> UInt16 { kindColumn?[e] ?? 0 }
    /// The label of edge `e`'s kind.
    public func kindLabel(ofEdge e: Int) -> String { kindLabels[Int(kind(ofEdge: e))] }
    /// How many times edge `e` was observed.
    @inlinable public func count(ofEdge e: Int) -> UInt32 { countColumn?[e] ?? 1 }
    /// When edge `e` was first seen, if the input said.
    @inlinable public func firstSeen(ofEdge e: Int) -> Int64? {
        guard let t = firstColumn?[e], t != Int64.max else { return nil }
        return t
    }
    /// When edge `e` was last seen, if the input said.
    @inlinable public func lastSeen(ofEdge e: Int) -> Int64? {
        guard let t = lastColumn?[e], t != Int64.min else { return nil }
        return t
    }

    /// The out-arc position (the index of edge attributes) of in-arc position `p`.
    ///
    /// In-arcs of a node are sorted by source, and one source's arcs to the node (one per
    /// kind) in kind order, as are its out-arcs to that node: the k-th in-arc from `u` at `v`
    /// is the k-th out-arc of `u` to `v`. O(log deg(u) + k), no extra memory per edge.
    public func outPosition(ofInArc p: Int) -> Int {
        let inAdj = inAdjacency
        let u = inAdj.targets[p]
        let v = target(ofInArc: p)
        var k = 0
        var q = p
        while q > Int(inAdj.offsets[Int(v)]) && inAdj.targets[q - 1] == u { k += 1; q -= 1 }
        let out = outAdjacency
        var lo = Int(out.offsets[Int(u)]), hi = Int(out.offsets[Int(u) + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            if out.targets[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo + k
    }

    /// The node whose in-arcs contain position `p`. O(log n).
    func target(ofInArc p: Int) -> UInt32 {
        let offsets = inAdjacency.offsets
        var lo = 0, hi = nodeCount - 1
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if Int(offsets[mid]) <= p { lo = mid } else { hi = mid - 1 }
        }
        return UInt32(lo)
    }

    /// The kind id for `label`, if the graph has it.
    public func kindID(_ label: String) -> UInt16? {
        kindLabels.firstIndex(of: label).map { UInt16($0) }
    }

    /// The source of edge `e` (an out-arc position). O(log n).
    public func source(ofEdge e: Int) -> UInt32 {
        let offsets = outAdjacency.offsets
        var lo = 0, hi = nodeCount
        // Last node whose first arc position ≤ e.
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if Int(offsets[mid]) <= e { lo = mid } else { hi = mid - 1 }
        }
        // Skip nodes with no arcs that share the same offset.
        var u = lo
        while u > 0 && Int(offsets[u]) > e { u -= 1 }
        while Int(offsets[u + 1]) <= e { u += 1 }
        return UInt32(u)
    }

    /// Number of edges of each kind, indexed by kind id.
    public func edgeCountsByKind() -> [Int] {
        var result = [Int](repeating: 0, count: max(kindLabels.count, 1))
        if let kinds = kindColumn { for k in kinds { result[Int(k)] += 1 } } else { result[0] = edgeCount }
        return result
    }

    /// Sum of counts (interactions) of each kind, indexed by kind id.
    public func interactionCountsByKind() -> [Int] {
        var result = [Int](repeating: 0, count: max(kindLabels.count, 1))
        for e in 0..<edgeCount { result[Int(kind(ofEdge: e))] += Int(count(ofEdge: e)) }
        return result
    }

    /// The earliest first-seen and latest last-seen time over all edges, if any.
    public func timeSpan() -> (first: Int64, last: Int64)? {
        guard let f = firstColumn, let l = lastColumn else { return nil }
        var lo = Int64.max, hi = Int64.min
        for t in f where t < lo { lo = t }
        for t in l where t > hi { hi = t }
        return lo == Int64.max ? nil : (lo, hi)
    }

    /// Bytes held by the graph's arrays.
    public var memoryFootprint: Int {
        outAdjacency.memoryFootprint + inAdjacency.memoryFootprint
            + (kindColumn?.count ?? 0) * 2 + (countColumn?.count ?? 0) * 4
            + (firstColumn?.count ?? 0) * 8 + (lastColumn?.count ?? 0) * 8
    }
}
