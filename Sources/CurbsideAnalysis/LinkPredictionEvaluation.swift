import CurbsideGraph
import Foundation

/// Parameters of ``evaluateLinkPrediction(_:options:)``.
public struct LinkPredictionEvaluationOptions: Sendable {
    /// Share of the edges hidden. Default 0.1.
    public var holdout = 0.1
    /// Seed of the hidden edges, the sampled accounts and the negative pairs. Default 1.
    public var seed: UInt64 = 1
    /// Affected accounts evaluated (a seeded sample when there are more). Default 1,000.
    public var accounts = 1000
    /// Length of the ranking scored by precision. Default 10.
    public var k = 10
    /// Non-edges drawn per hidden edge for the AUC. Default 10.
    public var negativesPerHiddenEdge = 10

    public init() {}
}

extension LinkPredictionEvaluationOptions {
    /// Throws `GraphError` unless `graph` is undirected, the holdout is in (0, 1) and the
    /// counts are not negative: what the evaluation's algorithms then accept.
    func check(_ graph: some AdjacencyGraph) throws(GraphError) {
        try GraphError.checkUndirected(graph, "the link-prediction evaluation")
        try GraphError.check(holdout > 0 && holdout < 1, "options.holdout", holdout, expected: "a share in (0, 1)")
        for (name, value) in [("options.accounts", accounts), ("options.k", k), ("options.negativesPerHiddenEdge", negativesPerHiddenEdge)] {
            try GraphError.check(value >= 0, name, value, expected: "a non-negative count")
        }
    }
}

/// Precision@k and AUC of one ranking method.
public struct LinkPredictionScore: Sendable, Equatable {
    public var method: String
    /// Mean over evaluated accounts of (hidden neighbours among the top k) / k.
    public var precisionAtK: Double
    /// Probability that a hidden neighbour outscores a random non-neighbour (ties ½).
    public var auc: Double
}

/// The outcome of a hold-out evaluation.
public struct LinkPredictionEvaluation: Sendable, Equatable {
    public var nodes: Int
    public var edges: Int
    public var hiddenEdges: Int
    /// Hidden edges whose two ends both keep a tie in the training graph.
    public var predictableHiddenEdges: Int
    public var evaluatedAccounts: Int
    public var comparisons: Int
    public var options: LinkPredictionEvaluationOptions
    /// `curbside` (the collaborator ranking), `adamic-adar`, `resource-allocation`,
    /// `personalized-pagerank`.
    public var scores: [LinkPredictionScore]

    public static func == (a: Self, b: Self) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.hiddenEdges == b.hiddenEdges
            && a.predictableHiddenEdges == b.predictableHiddenEdges && a.evaluatedAccounts == b.evaluatedAccounts
            && a.comparisons == b.comparisons && a.scores == b.scores
    }
}

/// Measures how well the collaborator ranking recovers hidden ties, against plain
/// Adamic–Adar (and resource allocation and personalised PageRank alone).
///
/// Protocol: the undirected simple graph's edges (self-loops dropped) are shuffled with
/// the seed and the first `holdout` share hidden. A hidden edge counts only when both
/// ends keep at least one training tie (an account with no ties left is unknown to any
/// recommender). Affected accounts — with a training tie and a predictable hidden edge —
/// are sampled (seeded) up to `accounts`. For each, every method ranks the accounts it is
/// not tied to in training: precision@k counts hidden neighbours in its top k (ties by
/// ascending node; Adamic–Adar and resource allocation rank only their positive-score
/// candidates, as ``LinkPredictor`` does). AUC compares each hidden neighbour's score
/// with `negativesPerHiddenEdge` accounts drawn uniformly among non-neighbours with a
/// training tie (Lü & Zhou 2011). The collaborator ranking runs exactly as the
/// `collaborators` command does, without profiles (the real networks have no bios).
///
/// Two cores share the accounts; per-account results are summed in account order, so the
/// figures are the same on every run.
///
/// - Paper: L. Lü, T. Zhou, "Link prediction in complex networks: A survey", Physica A
///   390 (2011), doi:10.1016/j.physa.2010.11.027.
/// - Throws: `GraphError` for a directed graph, a holdout outside (0, 1) or negative counts.
public func evaluateLinkPrediction(
    _ graph: some AdjacencyGraph, options: LinkPredictionEvaluationOptions = LinkPredictionEvaluationOptions()
) throws -> LinkPredictionEvaluation {
    try options.check(graph)
    let n = graph.nodeCount
    let adj = graph.outAdjacency
    var edges: [(UInt32, UInt32)] = []
    for u in 0..<UInt32(n) { for v in adj.neighbors(u) where u < v { edges.append((u, v)) } }
    var rng = SplitMix64(seed: options.seed)
    for i in stride(from: edges.count - 1, to: 0, by: -1) {
        let j = Int(rng.uniform(UInt64(i + 1)))
        edges.swapAt(i, j)
    }
    let hiddenCount = Int(Double(edges.count) * options.holdout)
    let hidden = edges[..<hiddenCount], kept = edges[hiddenCount...]
    let train = undirectedGraph(n, kept)
    let tadj = train.outAdjacency
    let active = (0..<UInt32(n)).map { tadj.degree($0) > 0 }
    let hiddenGraph = undirectedGraph(n, hidden.filter { active[Int($0.0)] && active[Int($0.1)] })
    let hadj = hiddenGraph.outAdjacency
    var affected = (0..<UInt32(n)).filter { active[Int($0)] && hadj.degree($0) > 0 }
    var pick = SplitMix64(seed: SplitMix64.mix(options.seed &+ 1))
    for i in stride(from: affected.count - 1, to: 0, by: -1) {
        affected.swapAt(i, Int(pick.uniform(UInt64(i + 1))))
    }
    let sample = Array(affected.prefix(options.accounts)).sorted()
    let activeNodes = (0..<UInt32(n)).filter { active[Int($0)] }

    let methods = ["curbside", "adamic-adar", "resource-allocation", "personalized-pagerank"]
    // Per account: hits per method, AUC wins per method, comparisons.
    var rows = [EvaluationRow](repeating: EvaluationRow(), count: sample.count)
    let template = try CollaboratorRanker(train)
    let k = options.k, negatives = options.negativesPerHiddenEdge, seed = options.seed
    let chunks = sample.count >= 64 ? 2 : 1
    rows.withUnsafeMutableBufferPointer { buffer in
        let out = UncheckedBox(buffer)
        parallelFor(chunks) { chunk in
            var ranker = template
            var predictor = validParameters { try LinkPredictor(train) }
            let range = (sample.count * chunk / chunks)..<(sample.count * (chunk + 1) / chunks)
            for index in range {
                let u = sample[index]
                var row = EvaluationRow()
                let truth = Set(hadj.neighbors(u))
                // Checked on entry: an undirected training graph, `u` one of its nodes, `k` ≥ 0.
                let curbside = validParameters { try ranker.rank(focus: u, limit: k) }.map(\.candidate)
                var byPPR: [(UInt32, Double)] = []
                for v in ranker.reached where !tadj.contains(u, v) { byPPR.append((v, ranker.personalizedPageRank(v))) }
                let pprOnly: [UInt32] = bestFirst(byPPR, limit: k).map { $0.0 }
                let aa = validParameters { try predictor.candidates(for: u, score: .adamicAdar, limit: k) }.map(\.node)
                let ra = validParameters { try predictor.candidates(for: u, score: .resourceAllocation, limit: k) }.map(\.node)
                for (m, list) in [curbside, aa, ra, pprOnly].enumerated() {
                    row.hits[m] = list.filter(truth.contains).count
                }
                var draw = SplitMix64.stream(seed: seed, index: UInt64(u))
                func scores(_ v: UInt32) -> [Double] {
                    [ranker.score(v), predictor.score(.adamicAdar, u, v), predictor.score(.resourceAllocation, u, v),
                     ranker.personalizedPageRank(v)]
                }
                for v in hadj.neighbors(u) {
                    let positive = scores(v)
                    var drawn = 0, attempts = 0
                    while drawn < negatives && attempts < negatives * 100 {
                        attempts += 1
                        let w = activeNodes[Int(draw.uniform(UInt64(activeNodes.count)))]
                        if w == u || tadj.contains(u, w) || truth.contains(w) { continue }
                        drawn += 1
                        let negative = scores(w)
                        for m in 0..<4 {
                            row.wins[m] += positive[m] > negative[m] ? 1 : (positive[m] == negative[m] ? 0.5 : 0)
                        }
                        row.comparisons += 1
                    }
                }
                out.buffer[index] = row
            }
        }
    }
    var total = EvaluationRow()
    for row in rows {
        for m in 0..<4 { total.hits[m] += row.hits[m]; total.wins[m] += row.wins[m] }
        total.comparisons += row.comparisons
    }
    let accounts = Double(max(1, sample.count))
    let scores = methods.indices.map { m in
        LinkPredictionScore(
            method: methods[m], precisionAtK: Double(total.hits[m]) / (accounts * Double(k)),
            auc: total.comparisons > 0 ? total.wins[m] / Double(total.comparisons) : 0.5)
    }
    return LinkPredictionEvaluation(
        nodes: n, edges: edges.count, hiddenEdges: hiddenCount, predictableHiddenEdges: hiddenGraph.edgeCount,
        evaluatedAccounts: sample.count, comparisons: total.comparisons, options: options, scores: scores)
}

/// One evaluated account's hits and AUC wins per method.
private struct EvaluationRow {
    var hits = [Int](repeating: 0, count: 4)
    var wins = [Double](repeating: 0, count: 4)
    var comparisons = 0
}

/// An undirected simple graph from edges `u < v`.
func undirectedGraph(_ n: Int, _ edges: some Collection<(UInt32, UInt32)>) -> GraphView {
    var degree = [UInt32](repeating: 0, count: n + 1)
    for (u, v) in edges { degree[Int(u) + 1] += 1; degree[Int(v) + 1] += 1 }
    for i in 0..<n { degree[i + 1] += degree[i] }
    var fill = Array(degree[..<n])
    var targets = [UInt32](repeating: 0, count: Int(degree[n]))
    for (u, v) in edges {
        targets[Int(fill[Int(u)])] = v; fill[Int(u)] += 1
        targets[Int(fill[Int(v)])] = u; fill[Int(v)] += 1
    }
    for u in 0..<n { targets[Int(degree[u])..<Int(degree[u + 1])].sort() }
    return GraphView(undirected: CSR(offsets: degree, targets: targets))
}

/// Lets disjoint writes into one buffer cross into concurrent work.
private struct UncheckedBox<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
