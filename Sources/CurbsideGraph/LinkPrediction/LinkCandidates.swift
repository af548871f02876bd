/// The local similarity indices ``LinkPredictor`` ranks candidates by.
public enum LinkScore: String, Sendable, CaseIterable {
    /// Number of common neighbours (``commonNeighborCount(_:_:_:)``).
    case commonNeighbors
    /// ``jaccardCoefficient(_:_:_:)``.
    case jaccard
    /// ``adamicAdarIndex(_:_:_:)``.
    case adamicAdar
    /// ``resourceAllocationIndex(_:_:_:)``.
    case resourceAllocation
    /// ``preferentialAttachment(_:_:_:)``.
    case preferentialAttachment
}

/// A suggested new tie and its score.
public struct LinkCandidate: Sendable, Equatable {
    /// The suggested node.
    public var node: UInt32
    /// The score under the chosen ``LinkScore``.
    public var score: Double
    /// Common neighbours with the query node.
    public var commonNeighbors: Int
}

/// Suggests whom a node should connect with: the best-scoring non-neighbours two hops
/// away, under a local similarity index.
///
/// ```swift
/// var predictor = try LinkPredictor(graph.view(direction: .symmetric))
/// for c in try predictor.candidates(for: alice, score: .adamicAdar, limit: 10) {
///     print(c.node, c.score, c.commonNeighbors)
/// }
/// ```
///
/// Candidates are enumerated through common neighbours: for each neighbour `w` of `u`,
/// each neighbour `x` of `w` that is neither `u` nor already adjacent to `u` gains `w`'s
/// contribution. Only nodes at distance exactly 2 can have a positive common-neighbour,
/// Jaccard, Adamic–Adar or resource-allocation score, so nothing is missed for those;
/// ``LinkScore/preferentialAttachment`` is ranked among the same 2-hop nodes. Scores
/// equal the pairwise functions (same summation order, so the same bits). The predictor
/// owns per-node scratch arrays reused by every query, with epoch stamps instead of
/// clearing; there are no dictionaries. Ties are broken by ascending node id.
///
/// - Throws: ``GraphError`` when the graph is directed.
/// - Complexity: O(n) to create; a query costs O(Σ_{w ∈ N(u)} deg w + c log c) for `c`
///   candidates.
public struct LinkPredictor: Sendable {
    @usableFromInline let adjacency: CSR
    /// networkx degree (a self-loop counts twice).
    @usableFromInline let degree: [UInt32]
    @usableFromInline var stamp: [UInt32]
    @usableFromInline var epoch: UInt32 = 0
    @usableFromInline var sum: [Double]
    @usableFromInline var common: [UInt32]
    @usableFromInline var touched: [UInt32] = []

    public init(_ graph: some AdjacencyGraph) throws(GraphError) {
        try GraphError.checkUndirected(graph, "link prediction")
        adjacency = graph.outAdjacency
        let n = graph.nodeCount
        var degree = [UInt32](repeating: 0, count: n)
        for v in 0..<UInt32(n) { degree[Int(v)] = UInt32(undirectedDegree(adjacency, v)) }
        self.degree = degree
        stamp = [UInt32](repeating: 0, count: n)
        sum = [Double](repeating: 0, count: n)
        common = [UInt32](repeating: 0, count: n)
    }

    /// The score of the pair `(u, v)`; equals the pairwise function of the same name.
    public func score(_ kind: LinkScore, _ u: UInt32, _ v: UInt32) -> Double {
        var cn = 0
        var s = 0.0
        let degree = degree
        forEachCommonNeighbor(adjacency, u, v) { w in
            cn += 1
            s += Self.contribution(kind, degree: degree[Int(w)])
        }
        switch kind {
        case .commonNeighbors: return Double(cn)
        case .adamicAdar, .resourceAllocation: return s
        case .preferentialAttachment: return Double(degree[Int(u)]) * Double(degree[Int(v)])
        case .jaccard: return jaccard(adjacency, u, v, common: cn)
        }
    }

    @inlinable static func contribution(_ kind: LinkScore, degree: UInt32) -> Double {
        switch kind {
        case .adamicAdar: return 1 / naturalLog(Double(degree))
        case .resourceAllocation: return 1 / Double(degree)
        case .commonNeighbors, .jaccard, .preferentialAttachment: return 1
        }
    }

    /// Up to `limit` non-neighbours of `u` at distance 2 with the highest `kind` score,
    /// best first, ties by ascending node id. Nodes scoring 0 (possible for Jaccard only
    /// through rounding, never otherwise) are still listed.
    public mutating func candidates(for u: UInt32, score kind: LinkScore = .adamicAdar, limit: Int = 10) throws(GraphError) -> [LinkCandidate] {
        try GraphError.checkNodes(CollectionOfOne(u), "u", nodeCount: degree.count)
        try GraphError.check(limit >= 0, "limit", limit, expected: "a non-negative count")
        if epoch >= UInt32.max - 1 {
            for i in stamp.indices { stamp[i] = 0 }
            epoch = 0
        }
        let excluded = epoch + 1, seen = epoch + 2
        epoch += 2
        touched.removeAll(keepingCapacity: true)
        let adjacency = adjacency, degree = degree
        var touched = [UInt32]()
        swap(&touched, &self.touched)
        stamp.withUnsafeMutableBufferPointer { stamp in
        sum.withUnsafeMutableBufferPointer { sum in
        common.withUnsafeMutableBufferPointer { common in
        degree.withUnsafeBufferPointer { degree in
        adjacency.withUnsafeBuffers { off, tgt, _ in
            stamp[Int(u)] = excluded
            for i in Int(off[Int(u)])..<Int(off[Int(u) + 1]) { stamp[Int(tgt[i])] = excluded }
            for i in Int(off[Int(u)])..<Int(off[Int(u) + 1]) {
                let w = Int(tgt[i])
                if w == Int(u) { continue }
                let c = Self.contribution(kind, degree: degree[w])
                for j in Int(off[w])..<Int(off[w + 1]) {
                    let x = Int(tgt[j])
                    let s = stamp[x]
                    if s == excluded { continue }
                    if s != seen {
                        stamp[x] = seen
                        sum[x] = 0
                        common[x] = 0
                        touched.append(UInt32(x))
                    }
                    sum[x] += c
                    common[x] += 1
                }
            }
            // A candidate x is neither u nor adjacent to u, so N(u) ∩ N(x) is exactly the
            // common neighbours counted above (self-loops cannot add u or x to it), and
            // |N(u) ∪ N(x)| = |N(u)| + |N(x)| − common, with N as stored (a loop once).
            let du = Double(degree[Int(u)])
            let setU = Int(off[Int(u) + 1] - off[Int(u)])
            for x in touched {
                let x = Int(x)
                switch kind {
                case .commonNeighbors: sum[x] = Double(common[x])
                case .adamicAdar, .resourceAllocation: break
                case .preferentialAttachment: sum[x] = du * Double(degree[x])
                case .jaccard:
                    let setX = Int(off[x + 1] - off[x])
                    sum[x] = Double(common[x]) / Double(setU + setX - Int(common[x]))
                }
            }
        }}}}}
        let scores = sum, counts = common
        touched.sort { a, b in
            let sa = scores[Int(a)], sb = scores[Int(b)]
            return sa > sb || (sa == sb && a < b)
        }
        let result = touched.prefix(limit).map {
            LinkCandidate(node: $0, score: scores[Int($0)], commonNeighbors: Int(counts[Int($0)]))
        }
        swap(&touched, &self.touched)
        return result
    }
}
