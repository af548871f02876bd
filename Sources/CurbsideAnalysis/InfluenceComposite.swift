import CurbsideGraph
import CurbsideStore

/// One ingredient of the composite influence score.
public enum InfluenceComponent: String, CaseIterable, Sendable {
    /// PageRank on the follow graph (unweighted, damping 0.85): followed by accounts that
    /// are themselves followed.
    case followPageRank = "follow_pagerank"
    /// PageRank on interactions, each tie weighted by Σ kind weight × times seen
    /// (``InfluenceOptions/kindWeights``): engaged with by accounts that are themselves
    /// engaged with.
    case engagementPageRank = "engagement_pagerank"
    /// In-degree from clinicians: distinct accounts with a clinical specialty that follow
    /// or interact with the account.
    case clinicianInDegree = "clinician_in_degree"
    /// k-core shell (coreness) of the undirected graph of all ties: how deep in the dense
    /// centre of the network the account sits.
    case coreShell = "kcore"

    /// A short human name, for tables.
    public var title: String {
        switch self {
        case .followPageRank: return "follow PageRank"
        case .engagementPageRank: return "engagement PageRank"
        case .clinicianInDegree: return "clinician in-degree"
        case .coreShell: return "k-core shell"
        }
    }
}

/// Thresholds of the bot and celebrity flags. Follower and following numbers are the
/// platform-wide counts when the input gave them, else follow in- and out-degree within
/// the network.
public struct InfluenceFlagThresholds: Sendable {
    /// Celebrity-like: followers ≥ this × following … (default 100)
    public var celebrityRatio: Double = 100
    /// … and at least this many followers (default 10,000) …, and no professional signal.
    public var celebrityMinFollowers: Int = 10_000
    /// Mass following: following ≥ this × followers … (default 20)
    public var massFollowingRatio: Double = 20
    /// … and at least this many followed (default 1,000).
    public var massFollowingMin: Int = 1_000
    /// Burst: at least this many interactions sent … (default 20)
    public var burstMinInteractions: Int = 20
    /// … at an average of at least this many a day over the account's active span, the span
    /// counted as at least one day (default 20). Needs interaction times.
    public var burstPerDay: Double = 20

    public init() {}
}

/// Parameters of ``CompositeInfluence``.
public struct InfluenceOptions: Sendable {
    /// Weight of each component in the composite. Components that cannot be computed
    /// (no follow ties, no interactions, no clinician) drop out and the remaining weights
    /// are rescaled to sum to 1. Defaults: follow PageRank 0.35, engagement PageRank 0.30,
    /// clinician in-degree 0.20, k-core shell 0.15.
    public var weights: [InfluenceComponent: Double] = InfluenceOptions.defaultWeights
    /// Weight of one observed interaction of each kind in the engagement PageRank. Defaults
    /// (``defaultKindWeights``): repost 1.0 and quote 1.0 (they pass the author's post on to
    /// a new audience), reply 0.8 (a conversation, effort), mention 0.6 (attention drawn
    /// to the account), like 0.3 (cheap, mostly private approval). `follow` is never an
    /// interaction; any other kind (`advice`, a SNAP file's `edge`) weighs ``otherKindWeight``.
    public var kindWeights: [String: Double] = InfluenceOptions.defaultKindWeights
    /// Weight of interaction kinds not in ``kindWeights``. Default 1.
    public var otherKindWeight: Double = 1
    /// PageRank damping for both PageRanks. Default 0.85.
    public var damping: Double = 0.85
    /// PageRank tolerance per node. Default 1e-10.
    public var tolerance: Double = 1e-10
    /// PageRank iteration cap. Default 200.
    public var maxIterations: Int = 200
    /// A component whose most frequent value is held by at least this share of the
    /// accounts with a tie (in a window: the active ones) has no spread to rank by and gets
    /// weight 0. Default 0.9.
    public var saturationShare: Double = 0.9
    public var flags = InfluenceFlagThresholds()

    public static let defaultWeights: [InfluenceComponent: Double] = [
        .followPageRank: 0.35, .engagementPageRank: 0.30, .clinicianInDegree: 0.20, .coreShell: 0.15,
    ]
    public static let defaultKindWeights: [String: Double] = [
        EdgeKind.repost: 1.0, EdgeKind.quote: 1.0, EdgeKind.reply: 0.8, EdgeKind.mention: 0.6, EdgeKind.like: 0.3,
    ]

    public init() {}

    /// The weight of one interaction of kind `label` (0 for follows).
    public func kindWeight(_ label: String) -> Double {
        label == EdgeKind.follow ? 0 : (kindWeights[label] ?? otherKindWeight)
    }
}

/// A flag on an account that looks like a bot or a celebrity: kept in the ranking, marked.
public struct InfluenceFlag: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Extreme followers/following ratio and no professional signal.
        case celebrityLike = "celebrity-like"
        /// No professional signal and mass following or burst activity.
        case botLike = "bot-like"
        /// Many interactions in a short span (reported whatever the professional signal).
        case burst
    }
    public var kind: Kind
    /// Why, with the numbers: `125,000 followers / 80 following, no specialty or role evidence`.
    public var reason: String
}

/// The composite, explainable influence score of every account.
///
/// Each component (``InfluenceComponent``) is computed on the whole network, then turned
/// into a mid-rank percentile: `(average rank − 1) / (n − 1)` with ranks from 1 (lowest)
/// to n and tied values sharing their average rank (scipy's `rankdata(method: "average")`),
/// so 1 for the unique maximum, 0 for the unique minimum and ½ for everyone when all are
/// tied. A component with no spread in this network — constant, or one value held by
/// ≥ ``InfluenceOptions/saturationShare`` of the accounts with a tie (a k-core shell of 1 almost
/// everywhere on cascade-shaped data, no clinician among almost everyone's engagers) —
/// gets weight 0 and is listed in ``saturated``: its percentile would only split the
/// accounts into two blocks. The composite is the weighted sum of the percentiles, in
/// [0, 1]; its contribution from each component is `weight × percentile`, which is what
/// `--explain` shows.
///
/// Order: by composite (to 12 significant digits), then by the raw values of the
/// components in order of weight (saturated ones last), then by `tieBreak` and node id.
/// Ranks are competition ranks ("1224") overall and among accounts with the same
/// specialty label; two accounts share a rank only when the composite and every
/// component's raw value are equal.
///
/// Deterministic: no randomness, PageRank sums in a fixed order.
public struct CompositeInfluence: Sendable {
    /// Components that could be computed, in ``InfluenceComponent/allCases`` order.
    public var components: [InfluenceComponent]
    /// Components left out, with the reason.
    public var unavailable: [(component: InfluenceComponent, reason: String)]
    /// Components computed but weighted 0 because they have no spread in this network
    /// (one value for ≥ ``InfluenceOptions/saturationShare`` of the accounts), with the
    /// reason (`one value (1) for 97.3 % of accounts`). They stay in ``components`` and
    /// still break ties by raw value.
    public var saturated: [(component: InfluenceComponent, reason: String)]
    /// Effective weights, parallel to ``components``, summing to 1 (all 0 when no
    /// component was available; 0 for saturated components).
    public var weights: [Double]
    /// Raw values, `values[c][node]`, parallel to ``components``.
    public var values: [[Double]]
    /// Percentile ranks in [0, 1], `percentiles[c][node]`.
    public var percentiles: [[Double]]
    /// Σ weight × percentile per node.
    public var composite: [Double]
    /// Overall competition rank per node (1 = highest composite).
    public var rank: [Int]
    /// Rank among the nodes with the same specialty label; `nil` for unlabelled nodes.
    public var specialtyRank: [Int?]
    /// Flags per node (empty for most).
    public var flags: [[InfluenceFlag]]
    public var specialties: NodeSpecialties
    /// Nodes by descending composite, ties by raw component values, then `tieBreak`, then node id.
    public var order: [UInt32]
    /// How the iterative parts went (PageRank iterations, convergence).
    public var notes: [String]
    public var options: InfluenceOptions

    /// Scores every account of `graph`.
    ///
    /// - Parameters:
    ///   - platformCounts: per node, the platform-wide follower and following counts when
    ///     the input gave them (they feed the flags; `nil` falls back to the network's).
    ///   - specialties: the labels (``AnalysisSession/specialties()``).
    ///   - undirected: `graph.view(direction: .symmetric)` when the caller already has it
    ///     (the k-core shell is taken on it); `nil` builds it.
    /// - Throws: `GraphError` when `options` are outside PageRank's domain (damping outside
    ///   [0, 1], a tolerance that is not positive, no iterations), or the per-node lists or
    ///   `undirected` do not match `graph`.
    ///   - tieBreak: orders accounts of equal composite (e.g. by handle).
    public init(graph: Graph, platformCounts: [(followers: Int?, following: Int?)], specialties: NodeSpecialties,
                options: InfluenceOptions = InfluenceOptions(), undirected: GraphView? = nil,
                tieBreak: (UInt32) -> String = { _ in "" }) throws {
        try GraphError.checkCount(platformCounts.count, "platformCounts", expectedCount: graph.nodeCount, of: "node")
        try GraphError.checkCount(specialties.labels.count, "specialties", expectedCount: graph.nodeCount, of: "node")
        if let undirected {
            try GraphError.checkUndirected(undirected, "the k-core shell (undirected)")
            try GraphError.checkCount(undirected.nodeCount, "undirected", expectedCount: graph.nodeCount, of: "node of graph")
        }
        self.options = options
        self.specialties = specialties
        let n = graph.nodeCount
        var pr = PageRankOptions()
        pr.damping = options.damping
        pr.tolerance = options.tolerance
        pr.maxIterations = options.maxIterations

        var components: [InfluenceComponent] = []
        var values: [[Double]] = []
        var unavailable: [(InfluenceComponent, String)] = []
        var notes: [String] = []
        let edgeCounts = graph.edgeCountsByKind()
        let followEdges = graph.kindID(EdgeKind.follow).map { edgeCounts[Int($0)] } ?? 0

        for c in InfluenceComponent.allCases where (options.weights[c] ?? 0) > 0 {
            switch c {
            case .followPageRank:
                guard followEdges > 0 else { unavailable.append((c, "no follow ties")); continue }
                let r = try pageRank(graph.view(kinds: [EdgeKind.follow]), options: pr)
                notes.append("follow PageRank: \(r.iterations) iterations, \(r.converged ? "converged" : "NOT converged")")
                components.append(c); values.append(r.scores)
            case .engagementPageRank:
                let view = engagementView(graph, options: options)
                guard view.outAdjacency.arcCount > 0 else { unavailable.append((c, "no interactions")); continue }
                let r = try pageRank(view, options: pr)
                notes.append("engagement PageRank: \(r.iterations) iterations, \(r.converged ? "converged" : "NOT converged")")
                components.append(c); values.append(r.scores)
            case .clinicianInDegree:
                guard (0..<UInt32(n)).contains(where: specialties.isClinical) else {
                    unavailable.append((c, "no account has a clinical specialty")); continue
                }
                components.append(c); values.append(clinicianInDegree(graph, specialties: specialties))
            case .coreShell:
                guard graph.edgeCount > 0 else { unavailable.append((c, "no ties")); continue }
                components.append(c); values.append(coreness(undirected ?? graph.view(direction: .symmetric)).map(Double.init))
            }
        }
        // Values equal but for the last bits of a sum (PageRanks of look-alike accounts)
        // are one value: percentiles, saturation and tie-breaks use 12 significant digits.
        let levels = values.map(significantLevels)
        let percentiles = levels.map(percentileRanks)
        var saturated: [(InfluenceComponent, String)] = []
        var live = [Bool](repeating: true, count: components.count)
        // Spread is judged among the accounts with a tie in this network (in a window, the
        // active ones): thousands of accounts silent in the window would otherwise make every
        // component look constant.
        let tied = tiedNodes(graph)
        let judged = tied.isEmpty ? Array(0..<n) : tied
        for (c, v) in levels.enumerated() {
            let (value, count) = modalValue(judged.map { v[$0] })
            let m = judged.count
            guard m > 1, Double(count) >= options.saturationShare * Double(m) else { continue }
            live[c] = false
            let among = m == n ? "accounts" : "accounts with a tie"
            saturated.append((components[c], count == m
                ? "one value (\(shortNumber(value))) for every one of the \(among)"
                : "one value (\(shortNumber(value))) for \(fixed(100 * Double(count) / Double(m), 1)) % of \(among)"))
        }
        if !live.contains(true) && !components.isEmpty {
            // Nothing has spread (a network of a few look-alike accounts): keep the weights
            // rather than score everyone 0, and say so.
            live = live.map { _ in true }
            notes.append("every component has one value for ≥ \(fixed(100 * options.saturationShare, 0)) % of the accounts with a tie; kept with their weights")
            saturated = []
        }
        let raw = components.indices.map { live[$0] ? options.weights[components[$0]] ?? 0 : 0 }
        let total = raw.reduce(0, +)
        // Weights already summing to 1 (up to rounding) are kept as given: 0.35, not 0.35000000000000003.
        let weights = abs(total - 1) < 1e-12 ? raw : raw.map { total > 0 ? $0 / total : 0 }
        var composite = [Double](repeating: 0, count: n)
        for (w, p) in zip(weights, percentiles) where w > 0 { for v in 0..<n { composite[v] += w * p[v] } }

        // Sums of the same percentiles in another order differ in the last bits: compare to
        // 12 significant digits, then by raw values, heaviest component first.
        let level = composite.map { ($0 * 1e12).rounded() }
        let byWeight = components.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        func sameScore(_ a: Int, _ b: Int) -> Bool { level[a] == level[b] && byWeight.allSatisfy { levels[$0][a] == levels[$0][b] } }
        let keys = (0..<UInt32(n)).map(tieBreak)
        let order = (0..<UInt32(n)).sorted { a, b in
            let i = Int(a), j = Int(b)
            if level[i] != level[j] { return level[i] > level[j] }
            for c in byWeight where levels[c][i] != levels[c][j] { return levels[c][i] > levels[c][j] }
            return keys[i] != keys[j] ? keys[i] < keys[j] : a < b
        }
        var rank = [Int](repeating: 0, count: n)
        var specialtyRank = [Int?](repeating: nil, count: n)
        var seenInSpecialty: [String: (count: Int, last: Int, lastRank: Int)] = [:]
        for (position, v) in order.enumerated() {
            let i = Int(v)
            rank[i] = position > 0 && sameScore(Int(order[position - 1]), i) ? rank[Int(order[position - 1])] : position + 1
            guard let label = specialties.labels[i] else { continue }
            let key = NodeSpecialties.normalised(label)
            let s = seenInSpecialty[key] ?? (0, -1, 0)
            let r = s.count > 0 && sameScore(s.last, i) ? s.lastRank : s.count + 1
            specialtyRank[i] = r
            seenInSpecialty[key] = (s.count + 1, i, r)
        }

        self.components = components
        self.unavailable = unavailable
        self.saturated = saturated
        self.weights = weights
        self.values = values
        self.percentiles = percentiles
        self.composite = composite
        self.rank = rank
        self.specialtyRank = specialtyRank
        self.order = order
        self.notes = notes
        self.flags = influenceFlags(graph, platformCounts: platformCounts, specialties: specialties, thresholds: options.flags)
    }

    /// `weight × percentile` of component index `c` for `node`.
    public func contribution(_ c: Int, node: UInt32) -> Double { weights[c] * percentiles[c][Int(node)] }

    /// One line: `follow PageRank 0.00875 (pct 0.993) × 0.35 = 0.348; …`.
    public func explanation(node: UInt32) -> String {
        components.indices.map { c in
            "\(components[c].title) \(shortNumber(values[c][Int(node)])) (pct \(fixed(percentiles[c][Int(node)], 3))) × \(fixed(weights[c], 2)) = \(fixed(contribution(c, node: node), 3))"
        }.joined(separator: "; ")
    }
}

/// Directed interaction ties weighted by Σ kind weight × count; follows and self-loops
/// left out, as are kinds of weight 0.
public func engagementView(_ graph: Graph, options: InfluenceOptions = InfluenceOptions()) -> GraphView {
    let kindWeight = graph.kindLabels.map(options.kindWeight)
    let out = graph.outAdjacency
    return GraphView(directed: out.filtered { u, e in
        let w = kindWeight[Int(graph.kind(ofEdge: e))] * Double(graph.count(ofEdge: e))
        return w > 0 && out.targets[e] != u ? w : nil
    })
}

/// Distinct accounts with a clinical label and a tie of any kind to each node (self excluded).
public func clinicianInDegree(_ graph: Graph, specialties: NodeSpecialties) -> [Double] {
    let inAdj = graph.view().inAdjacency
    let clinical = (0..<UInt32(graph.nodeCount)).map(specialties.isClinical)
    return (0..<UInt32(graph.nodeCount)).map { v in
        var c = 0
        for u in inAdj.neighbors(v) where u != v && clinical[Int(u)] { c += 1 }
        return Double(c)
    }
}

/// Mid-rank percentiles: `(average rank − 1) / (n − 1)`, ranks 1…n from the lowest value,
/// tied values sharing the average of their ranks (scipy `rankdata(method="average")`,
/// rescaled); 0 when n ≤ 1.
public func percentileRanks(_ values: [Double]) -> [Double] {
    let n = values.count
    guard n > 1 else { return [Double](repeating: 0, count: n) }
    let order = values.indices.sorted { values[$0] < values[$1] }
    var result = [Double](repeating: 0, count: n)
    var start = 0
    while start < n {
        var end = start + 1
        while end < n && values[order[end]] == values[order[start]] { end += 1 }
        // Positions start…end−1 (0-based) share the average position.
        let p = Double(start + end - 1) / 2 / Double(n - 1)
        for k in start..<end { result[order[k]] = p }
        start = end
    }
    return result
}

/// `values` rounded to 12 significant digits of the largest magnitude among them, so that
/// values equal but for rounding in their last bits compare equal.
func significantLevels(_ values: [Double]) -> [Double] {
    let top = values.reduce(0) { max($0, abs($1)) }
    guard top > 0, top.isFinite else { return values }
    let step = top * 1e-12
    return values.map { ($0 / step).rounded() * step }
}

/// Nodes with at least one tie to another node, either way, ascending.
func tiedNodes(_ graph: Graph) -> [Int] {
    let out = graph.outAdjacency
    var tied = [Bool](repeating: false, count: graph.nodeCount)
    for u in 0..<graph.nodeCount {
        for e in Int(out.offsets[u])..<Int(out.offsets[u + 1]) where Int(out.targets[e]) != u {
            tied[u] = true
            tied[Int(out.targets[e])] = true
        }
    }
    return tied.indices.filter { tied[$0] }
}

/// The most frequent value and how many hold it (the smallest such value on a tie of counts).
func modalValue(_ values: [Double]) -> (value: Double, count: Int) {
    let sorted = values.sorted()
    var best: (Double, Int) = (sorted.first ?? 0, 0)
    var start = 0
    while start < sorted.count {
        var end = start + 1
        while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
        if end - start > best.1 { best = (sorted[start], end - start) }
        start = end
    }
    return best
}

/// Flags per node (see ``InfluenceFlag``).
func influenceFlags(_ graph: Graph, platformCounts: [(followers: Int?, following: Int?)], specialties: NodeSpecialties,
                    thresholds t: InfluenceFlagThresholds) -> [[InfluenceFlag]] {
    let n = graph.nodeCount
    let follow = graph.kindID(EdgeKind.follow)
    let out = graph.outAdjacency
    var inFollows = [Int](repeating: 0, count: n), outFollows = [Int](repeating: 0, count: n)
    var sent = [Int](repeating: 0, count: n)
    var first = [Int64](repeating: .max, count: n), last = [Int64](repeating: .min, count: n)
    for u in 0..<n {
        for e in Int(out.offsets[u])..<Int(out.offsets[u + 1]) {
            if graph.kind(ofEdge: e) == follow {
                outFollows[u] += 1
                inFollows[Int(out.targets[e])] += 1
                continue
            }
            sent[u] += Int(graph.count(ofEdge: e))
            if let f = graph.firstSeen(ofEdge: e) { first[u] = min(first[u], f) }
            if let l = graph.lastSeen(ofEdge: e) { last[u] = max(last[u], l) }
        }
    }
    var result = [[InfluenceFlag]](repeating: [], count: n)
    for v in 0..<n {
        let a = platformCounts[v]
        let platform = a.followers != nil && a.following != nil
        let followers = platform ? a.followers! : inFollows[v], following = platform ? a.following! : outFollows[v]
        let counts = "\(followers) followers / \(following) following\(platform ? "" : " in the network")"
        let signal = specialties.hasLabel(UInt32(v))
        var burst: String?
        if sent[v] >= t.burstMinInteractions, first[v] <= last[v] {
            let days = max(1, Double(last[v] - first[v]) / 86_400)
            let rate = Double(sent[v]) / days
            if rate >= t.burstPerDay {
                burst = "\(sent[v]) interactions in \(fixed(days, 1)) day\(days == 1 ? "" : "s") (\(fixed(rate, 1)) a day)"
            }
        }
        if !signal, followers >= t.celebrityMinFollowers, Double(followers) >= t.celebrityRatio * Double(max(following, 1)) {
            result[v].append(InfluenceFlag(kind: .celebrityLike, reason: "\(counts), no specialty or role evidence"))
        }
        let massFollowing = following >= t.massFollowingMin && Double(following) >= t.massFollowingRatio * Double(max(followers, 1))
        if !signal, massFollowing || burst != nil {
            let why = [massFollowing ? counts : nil, burst].compactMap { $0 }.joined(separator: "; ")
            result[v].append(InfluenceFlag(kind: .botLike, reason: "\(why), no specialty or role evidence"))
        }
        if let burst { result[v].append(InfluenceFlag(kind: .burst, reason: burst)) }
    }
    return result
}

// MARK: Number formatting (locale-free, for explanations)

/// `x` with `digits` decimals, rounded half away from zero, no locale.
func fixed(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(x) * scale).rounded()
    let whole = Int(scaled / scale)
    var text = String(whole)
    if digits > 0 {
        let frac = Int(scaled - Double(whole) * scale)
        let f = String(frac)
        text += "." + String(repeating: "0", count: digits - f.count) + f
    }
    return (x < 0 && scaled > 0 ? "-" : "") + text
}

/// Integers as themselves, small fractions with 3 significant digits after leading zeros.
func shortNumber(_ x: Double) -> String {
    if x == x.rounded() && abs(x) < 1e15 { return String(Int(x)) }
    var digits = 3
    var y = abs(x)
    while y < 0.1 && y > 0 && digits < 12 { y *= 10; digits += 1 }
    return fixed(x, digits)
}
