/// A compressed sparse row adjacency: the neighbours of node `v` are
/// `targets[offsets[v] ..< offsets[v + 1]]`, sorted ascending.
///
/// Node indices are `UInt32`; offsets are `UInt32` too, so one adjacency holds at most
/// 2³² − 1 arcs. `weights`, when present, runs parallel to `targets`; `nil` means every
/// arc weighs 1, which saves 8 bytes per arc on unweighted graphs.
///
/// Hot loops should go through ``withUnsafeBuffers(_:)`` to avoid bounds checks and
/// copy-on-write retains.
public struct CSR: Sendable, Equatable {
    public let offsets: [UInt32]
    public let targets: [UInt32]
    public let weights: [Double]?

    public init(offsets: [UInt32], targets: [UInt32], weights: [Double]? = nil) {
        precondition(!offsets.isEmpty, "offsets holds nodeCount + 1 entries")
        precondition(Int(offsets[offsets.count - 1]) == targets.count, "last offset must equal the arc count")
        precondition(weights == nil || weights!.count == targets.count, "weights run parallel to targets")
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// Number of nodes.
    @inlinable public var nodeCount: Int { offsets.count - 1 }
    /// Number of stored arcs (an undirected edge is stored twice, a self-loop once).
    @inlinable public var arcCount: Int { targets.count }

    /// Number of arcs leaving `v`.
    @inlinable public func degree(_ v: UInt32) -> Int {
        Int(offsets[Int(v) + 1] &- offsets[Int(v)])
    }

    /// The arc positions of `v`: index `targets` and `weights` with them.
    @inlinable public func range(_ v: UInt32) -> Range<Int> {
        Int(offsets[Int(v)])..<Int(offsets[Int(v) + 1])
    }

    /// The neighbours of `v`, ascending.
    @inlinable public func neighbors(_ v: UInt32) -> ArraySlice<UInt32> {
        targets[range(v)]
    }

    /// The arcs `weight` keeps, with the weights it gives them: `weight(source, arc)`
    /// returns the new weight of the arc at position `arc`, or `nil` to drop it. Rows keep
    /// their order; kept arcs of a row to the same target in a row (the parallel arcs of
    /// several kinds in a ``Graph``) merge into one, their weights added. With `weighted`
    /// false the result has no weights (every kept arc weighs 1).
    ///
    /// - Complexity: O(n + m).
    public func filtered(weighted: Bool = true, _ weight: (_ source: UInt32, _ arc: Int) -> Double?) -> CSR {
        let n = nodeCount
        var newOffsets = [UInt32](repeating: 0, count: n + 1)
        var newTargets: [UInt32] = []
        var newWeights: [Double] = []
        newTargets.reserveCapacity(arcCount)
        if weighted { newWeights.reserveCapacity(arcCount) }
        for u in 0..<UInt32(n) {
            var last = UInt32.max
            for e in range(u) {
                guard let w = weight(u, e) else { continue }
                let v = targets[e]
                if v == last {
                    if weighted { newWeights[newWeights.count - 1] += w }
                    continue
                }
                last = v
                newTargets.append(v)
                if weighted { newWeights.append(w) }
            }
            newOffsets[Int(u) + 1] = UInt32(newTargets.count)
        }
        return CSR(offsets: newOffsets, targets: newTargets, weights: weighted ? newWeights : nil)
    }

    /// The sum of `v`'s arc weights (its degree when unweighted).
    @inlinable public func weightedDegree(_ v: UInt32) -> Double {
        guard let weights else { return Double(degree(v)) }
        var s = 0.0
        for i in range(v) { s += weights[i] }
        return s
    }

    /// Whether the arc `u → v` exists. O(log deg(u)).
    public func contains(_ u: UInt32, _ v: UInt32) -> Bool {
        var lo = Int(offsets[Int(u)]), hi = Int(offsets[Int(u) + 1])
        while lo < hi {
            let mid = (lo + hi) >> 1
            if targets[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < Int(offsets[Int(u) + 1]) && targets[lo] == v
    }

    /// Calls `body` with unchecked views of the arrays (`weights` empty when unweighted).
    @inlinable
    public func withUnsafeBuffers<R>(
        _ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                if let weights {
                    return try weights.withUnsafeBufferPointer { w in try body(o, t, w) }
                }
                return try body(o, t, UnsafeBufferPointer(start: nil, count: 0))
            }
        }
    }

    /// Bytes held by the arrays.
    public var memoryFootprint: Int {
        offsets.count * 4 + targets.count * 4 + (weights?.count ?? 0) * 8
    }

    /// The transpose: arc `u → v` becomes `v → u`, weights carried along. O(n + m).
    public func transposed() -> CSR {
        let n = nodeCount
        var counts = [UInt32](repeating: 0, count: n + 1)
        for t in targets { counts[Int(t) + 1] &+= 1 }
        for i in 0..<n { counts[i + 1] &+= counts[i] }
        var cursor = counts
        var out = [UInt32](repeating: 0, count: targets.count)
        var outW: [Double]? = weights.map { [Double](repeating: 0, count: $0.count) }
        for u in 0..<n {
            for i in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(targets[i])
                let p = Int(cursor[v])
                cursor[v] &+= 1
                out[p] = UInt32(u)
                if let w = weights { outW![p] = w[i] }
            }
        }
        return CSR(offsets: counts, targets: out, weights: outW)
    }
}
