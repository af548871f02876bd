import CurbsideGraph
import CurbsideStore
import Foundation

/// How well influence scores computed from the interactions before a cut time predict the
/// engagement accounts receive after it (`curbside influence --evaluate`): a check of the
/// composite against its own components, plain in-degree and plain PageRank on timed data.
public struct InfluencePrediction: Sendable {
    /// One scorer's agreement with the engagement received after the cut.
    public struct Scorer: Sendable, Equatable {
        /// `composite`, a component's name (``InfluenceComponent/rawValue``), `in_degree`
        /// (distinct accounts tied to the account) or `pagerank` (unweighted, all ties).
        public var name: String
        /// The component's weight in the composite (`nil` for the composite and the baselines).
        public var weight: Double?
        /// Spearman's rank correlation over all accounts (ties at their average rank).
        public var spearman: Double
        /// Share of the k top-scored accounts among the k top receivers.
        public var precisionAtK: Double
        /// Normalised discounted cumulative gain of the k top-scored accounts, the gain being
        /// the interactions received after the cut.
        public var ndcgAtK: Double
    }

    /// First second after the "before" window (Unix seconds, UTC).
    public var cut: Int64
    /// Accounts ranked: every account of the store.
    public var accounts: Int
    /// Interactions (self-ties excluded) before and after the cut.
    public var interactionsBefore, interactionsAfter: Int
    /// Accounts that received at least one interaction after the cut.
    public var receivers: Int
    public var k: Int
    /// Composite, its components in ``CompositeInfluence/components`` order, `in_degree`, `pagerank`.
    public var scorers: [Scorer]
    /// Components of the composite weighted 0 for want of spread before the cut, with the reason.
    public var saturated: [(component: InfluenceComponent, reason: String)]
}

/// Scores every account from the interactions before `cut` (inside `parameters`' window)
/// and compares each ranking with the engagement received from `cut` on: interactions of
/// any kind but follows, self-ties excluded, counted with their repeats.
///
/// Every ranking orders accounts by score, ties by the account's display name (as the
/// composite's own order does) — so precision@k and NDCG@k do not depend on store order.
///
/// - Throws: ``AnalysisParameterError`` when `cut` leaves no time before or after it inside
///   the window, or `k` is not positive; `StoreError` when the store cannot be read.
public func evaluateInfluencePrediction(store: Store, parameters: AnalysisParameters = AnalysisParameters(), cut: Int64, k: Int = 100,
                                        options: InfluenceOptions? = nil, classifier: SpecialtyClassifier? = nil) throws -> InfluencePrediction {
    guard k > 0 else { throw AnalysisParameterError(parameter: "k", option: "--k", value: "\(k)", expected: "a positive number of accounts") }
    let window = parameters.window
    func cutError(_ expected: String) -> AnalysisParameterError {
        AnalysisParameterError(parameter: "cut", option: "--cut", value: utcTime(cut), expected: expected)
    }
    if let since = window.since, cut <= since { throw cutError("a time after --since, so that interactions come before it") }
    if let until = window.until, cut > until { throw cutError("a time up to --until, so that interactions come after it") }
    var beforeParameters = parameters, afterParameters = parameters
    beforeParameters.window = AnalysisWindow(since: window.since, until: cut - 1, hashtag: window.hashtag)
    afterParameters.window = AnalysisWindow(since: cut, until: window.until, hashtag: window.hashtag)
    afterParameters.times = false
    let before = try AnalysisSession(store: store, parameters: beforeParameters, classifier: classifier)
    let gain: [Double], interactionsAfter: Int
    do {
        let after = try AnalysisSession(store: store, parameters: afterParameters, classifier: classifier)
        (gain, interactionsAfter) = interactionsReceived(after.graph)
    }
    // Nothing to predict, or nothing to predict from (follows, untimed, count before any cut):
    // every measure would be noise.
    guard interactionsAfter > 0 else { throw cutError("a time with interactions after it (none from it on in this window)") }
    guard before.graph.edgeCount > 0 else { throw cutError("a time with ties before it (none before it in this window)") }
    let n = before.graph.nodeCount
    let keys = (0..<UInt32(n)).map(before.display)
    let composite = try before.compositeInfluence(options)

    var scorers: [InfluencePrediction.Scorer] = []
    let ideal = rankedTop(gain, keys: keys, k: k)
    func add(_ name: String, weight: Double?, values: [Double], order: [UInt32]? = nil) {
        let top = order.map { Array($0.prefix(k).map(Int.init)) } ?? rankedTop(values, keys: keys, k: k)
        scorers.append(.init(name: name, weight: weight, spearman: spearmanCorrelation(values, gain),
                             precisionAtK: Double(Set(top).intersection(ideal).count) / Double(k),
                             ndcgAtK: discountedGain(top, gain) / max(discountedGain(ideal, gain), .leastNonzeroMagnitude)))
    }
    add("composite", weight: nil, values: composite.composite, order: composite.order)
    for (c, component) in composite.components.enumerated() {
        add(component.rawValue, weight: composite.weights[c], values: composite.values[c])
    }
    let plain = before.graph.view()
    let out = plain.outAdjacency
    let withoutSelf = GraphView(directed: out.filtered { u, e in out.targets[e] != u ? 1 : nil })
    add("in_degree", weight: nil, values: (0..<UInt32(n)).map { Double(withoutSelf.inAdjacency.degree($0)) })
    var pr = PageRankOptions()
    pr.tolerance = 1e-10
    pr.maxIterations = 200
    add("pagerank", weight: nil, values: validParameters { try pageRank(withoutSelf, options: pr) }.scores)

    return InfluencePrediction(cut: cut, accounts: n, interactionsBefore: interactionsReceived(before.graph).total,
                               interactionsAfter: interactionsAfter, receivers: gain.reduce(0) { $0 + ($1 > 0 ? 1 : 0) },
                               k: k, scorers: scorers, saturated: composite.saturated)
}

/// Interactions (not follows, not self-ties) received per node, with their repeats, and their total.
func interactionsReceived(_ graph: Graph) -> (perNode: [Double], total: Int) {
    let follow = graph.kindID(EdgeKind.follow)
    let out = graph.outAdjacency
    var received = [Double](repeating: 0, count: graph.nodeCount)
    var total = 0
    for u in 0..<graph.nodeCount {
        for e in Int(out.offsets[u])..<Int(out.offsets[u + 1]) where graph.kind(ofEdge: e) != follow && Int(out.targets[e]) != u {
            let c = Int(graph.count(ofEdge: e))
            received[Int(out.targets[e])] += Double(c)
            total += c
        }
    }
    return (received, total)
}

/// The `k` nodes with the highest values, ties by `keys` then index.
func rankedTop(_ values: [Double], keys: [String], k: Int) -> [Int] {
    Array(values.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }.prefix(k))
}

/// Σ gain / log₂(position + 1) over `top`, positions from 1.
func discountedGain(_ top: [Int], _ gain: [Double]) -> Double {
    var sum = 0.0
    for (i, v) in top.enumerated() { sum += gain[v] / log2(Double(i + 2)) }
    return sum
}

/// Spearman's ρ: Pearson's correlation of the average ranks (scipy `spearmanr`); 0 when
/// either side is constant.
public func spearmanCorrelation(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "spearmanCorrelation: lengths differ")
    let rx = percentileRanks(x), ry = percentileRanks(y)
    let n = Double(x.count)
    guard n > 1 else { return 0 }
    let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in rx.indices {
        let a = rx[i] - mx, b = ry[i] - my
        sxy += a * b; sxx += a * a; syy += b * b
    }
    return sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
}

/// `2012-07-03T00:00:00Z` from Unix seconds.
func utcTime(_ t: Int64) -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
}
