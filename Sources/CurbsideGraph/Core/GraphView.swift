/// How a ``GraphView`` treats direction.
public enum ViewDirection: String, Sendable, CaseIterable {
    /// Keep arcs as they are.
    case directed
    /// Undirected: `{u, v}` when `u → v` or `v → u` (symmetrised).
    case symmetric
    /// Undirected: `{u, v}` only when both `u → v` and `v → u` (mutual ties).
    case mutual
}

/// A simple graph projected from a ``Graph``: chosen kinds, one arc per node pair, a
/// direction mode, and weights that sum the counts of the edges it merged (or none).
///
/// Views are materialised CSR arrays, built in O(n + m); algorithms run on them at full
/// speed. For undirected modes a pair's weight is the sum over both directions; a
/// self-loop is kept once.
public struct GraphView: AdjacencyGraph, Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    public let outAdjacency: CSR
    public let inAdjacency: CSR

    public init(directed out: CSR) {
        nodeCount = out.nodeCount
        isDirected = true
        outAdjacency = out
        inAdjacency = out.transposed()
    }

    public init(undirected adjacency: CSR) {
        nodeCount = adjacency.nodeCount
        isDirected = false
        outAdjacency = adjacency
        inAdjacency = adjacency
    }
}

extension Graph {
    /// A simple projection of this graph.
    ///
    /// - Parameters:
    ///   - kinds: labels of the kinds to keep; `nil` keeps all. Unknown labels match nothing.
    ///   - direction: directed, symmetrised, or mutual-only.
    ///   - weighted: when `true`, each arc weighs the sum of the counts it merged.
    /// - Complexity: O(n + m).
    public func view(kinds: [String]? = nil, direction: ViewDirection = .directed, weighted: Bool = false) -> GraphView {
        var keep = [Bool](repeating: kinds == nil, count: kindLabels.count)
        for label in kinds ?? [] { if let k = kindID(label) { keep[Int(k)] = true } }
        let directed = projectDirected(keep: keep, weighted: weighted)
        switch direction {
        case .directed:
            return GraphView(directed: directed)
        case .symmetric, .mutual:
            let transposed = directed.transposed()
            return GraphView(undirected: Self.combine(directed, transposed, mutual: direction == .mutual, weighted: weighted))
        }
    }

    /// One arc per (u, v) among the kept kinds, weighted by the summed counts.
    private func projectDirected(keep: [Bool], weighted: Bool) -> CSR {
        outAdjacency.filtered(weighted: weighted) { _, e in
            keep[Int(kind(ofEdge: e))] ? Double(count(ofEdge: e)) : nil
        }
    }

    /// Union (symmetric) or intersection (mutual) of a simple adjacency and its transpose.
    private static func combine(_ a: CSR, _ b: CSR, mutual: Bool, weighted: Bool) -> CSR {
        let n = a.nodeCount
        var offsets = [UInt32](repeating: 0, count: n + 1)
        var targets: [UInt32] = []
        targets.reserveCapacity(mutual ? a.arcCount : 2 * a.arcCount)
        var weights: [Double] = []
        func w(_ c: CSR, _ i: Int) -> Double { c.weights?[i] ?? 1 }
        for u in 0..<n {
            var i = Int(a.offsets[u]), j = Int(b.offsets[u])
            let iEnd = Int(a.offsets[u + 1]), jEnd = Int(b.offsets[u + 1])
            var added: UInt32 = 0
            while i < iEnd || j < jEnd {
                let x = i < iEnd ? a.targets[i] : UInt32.max
                let y = j < jEnd ? b.targets[j] : UInt32.max
                if x == y {
                    targets.append(x)
                    // A self-loop appears in both lists: count its weight once.
                    if weighted { weights.append(x == UInt32(u) ? w(a, i) : w(a, i) + w(b, j)) }
                    added += 1
                    i += 1; j += 1
                } else if x < y {
                    if !mutual { targets.append(x); if weighted { weights.append(w(a, i)) }; added += 1 }
                    i += 1
                } else {
                    if !mutual { targets.append(y); if weighted { weights.append(w(b, j)) }; added += 1 }
                    j += 1
                }
            }
            offsets[u + 1] = added
        }
        for i in 0..<n { offsets[i + 1] &+= offsets[i] }
        return CSR(offsets: offsets, targets: targets, weights: weighted ? weights : nil)
    }
}
