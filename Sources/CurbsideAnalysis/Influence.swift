import CurbsideGraph
import CurbsideStore

/// One account's place in an influence ranking.
public struct RankedAccount: Sendable, Equatable {
    public var node: UInt32
    public var value: Double
    public var rank: Int
}

/// The basic influence measures of every account (what the report's ranking tables show).
/// The composite, explainable score of `curbside influence` is ``CompositeInfluence``.
///
/// - `inDegree`: distinct accounts with an edge of any kind to this one (its audience
///   within the network: followers, and those who mention, reply, repost, quote or like it).
/// - `followers`: follow in-degree within the network.
/// - `pageRank`: PageRank on all edges, each weighted by its interaction count, damping
///   0.85 (networkx's default), tolerance 1e-10 per node.
public struct InfluenceScores: Sendable {
    public var inDegree: [Double]
    public var followers: [Double]
    public var pageRank: [Double]
    public var pageRankIterations: Int
    public var pageRankConverged: Bool
    public var pageRankOptions: PageRankOptions

    ///
    /// - Throws: `GraphError` when `options` are outside PageRank's domain.
    public init(graph: Graph, options: PageRankOptions = InfluenceScores.defaultPageRankOptions) throws {
        inDegree = degree(graph.view(), direction: .incoming)
        followers = graph.kindID(EdgeKind.follow) == nil
            ? [Double](repeating: 0, count: graph.nodeCount)
            : degree(graph.view(kinds: [EdgeKind.follow]), direction: .incoming)
        let pr = try CurbsideGraph.pageRank(graph.view(weighted: true), options: options)
        pageRank = pr.scores
        pageRankIterations = pr.iterations
        pageRankConverged = pr.converged
        pageRankOptions = options
    }

    public static var defaultPageRankOptions: PageRankOptions {
        var o = PageRankOptions()
        o.tolerance = 1e-10
        o.maxIterations = 200
        return o
    }
}

/// The `k` highest values, ties broken by `tieBreak` ascending (e.g. handle), then node.
/// Ranks are 1-based; equal values share a rank (competition ranking, "1224").
///
/// Only the accounts at or above the k-th highest value are sorted (and asked for their
/// tie-break key), so a top-15 table of 500 k accounts costs one pass, not a sort by name.
public func topAccounts(_ values: [Double], k: Int, tieBreak: (UInt32) -> String = { _ in "" }) -> [RankedAccount] {
    guard k > 0 else { return [] }
    // The k highest values seen so far, ascending (k is a table's length).
    var best: [Double] = []
    best.reserveCapacity(k + 1)
    for x in values where !x.isNaN && (best.count < k || x > best[0]) {
        best.insert(x, at: best.firstIndex(where: { $0 >= x }) ?? best.count)
        if best.count > k { best.removeFirst() }
    }
    guard let threshold = best.first else { return [] }
    var candidates: [(node: Int, key: String)] = values.indices.filter { values[$0] >= threshold }.map { ($0, tieBreak(UInt32($0))) }
    candidates.sort { a, b in
        if values[a.node] != values[b.node] { return values[a.node] > values[b.node] }
        return a.key != b.key ? a.key < b.key : a.node < b.node
    }
    var result: [RankedAccount] = []
    for (position, c) in candidates.prefix(k).enumerated() {
        let i = c.node
        let rank = position > 0 && values[i] == result[position - 1].value ? result[position - 1].rank : position + 1
        result.append(RankedAccount(node: UInt32(i), value: values[i], rank: rank))
    }
    return result
}
