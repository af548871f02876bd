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

    public init(graph: Graph, options: PageRankOptions = InfluenceScores.defaultPageRankOptions) {
        inDegree = degree(graph.view(), direction: .incoming)
        followers = graph.kindID(EdgeKind.follow) == nil
            ? [Double](repeating: 0, count: graph.nodeCount)
            : degree(graph.view(kinds: [EdgeKind.follow]), direction: .incoming)
        let pr = CurbsideGraph.pageRank(graph.view(weighted: true), options: options)
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
public func topAccounts(_ values: [Double], k: Int, tieBreak: (UInt32) -> String = { _ in "" }) -> [RankedAccount] {
    let order = values.indices.sorted { i, j in
        if values[i] != values[j] { return values[i] > values[j] }
        let ti = tieBreak(UInt32(i)), tj = tieBreak(UInt32(j))
        return ti != tj ? ti < tj : i < j
    }
    var result: [RankedAccount] = []
    for (position, i) in order.prefix(k).enumerated() {
        let rank = position > 0 && values[i] == result[position - 1].value ? result[position - 1].rank : position + 1
        result.append(RankedAccount(node: UInt32(i), value: values[i], rank: rank))
    }
    return result
}
