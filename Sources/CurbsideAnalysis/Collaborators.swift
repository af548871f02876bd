import CurbsideGraph
import Foundation

/// The parts of a collaborator score, each in `0…1`, and their weights.
public struct CollaboratorComponents: Sendable, Equatable {
    /// Structural proximity: personalised PageRank from the focus account (normalised by
    /// the best candidate's) plus a tenth of the resource-allocation index (likewise).
    public var structural: Double = 0
    /// Shared hashtags and bio terms: mean of the two Jaccard similarities.
    public var topical: Double = 0
    /// Specialty fit: 1 for a requested specialty; otherwise how often the focus
    /// account's specialty works with the candidate's, relative to its most frequent
    /// partner specialty (complementary fields score high, unrelated ones low).
    public var specialty: Double = 0
    /// Activity: ln(1 + weighted ties) relative to the most active account.
    public var activity: Double = 0
    /// Influence: percentile of PageRank on the collaboration graph.
    public var influence: Double = 0

    public init() {}
}

/// How much each component counts. The structural weight dominates because it is the
/// one measured on real networks (see ``evaluateLinkPrediction(_:options:)``).
public struct CollaboratorWeights: Sendable, Equatable {
    public var structural = 0.6
    public var topical = 0.25
    public var specialty = 0.15
    /// Multiplies the structural part: `1 + activity × A + influence × I`.
    public var activity = 0.05
    public var influence = 0.05

    public init() {}

    /// `structural × S × (1 + activity × A + influence × I) + topical × T + specialty × F`:
    /// activity and influence raise an account's structural proximity by up to 5 % each
    /// but never lift an account with no path to the focus, so they break near-ties
    /// between similarly close accounts instead of pulling in distant hubs (an additive
    /// term did, and lowered the AUC on every network measured).
    func combine(_ c: CollaboratorComponents) -> Double {
        structural * c.structural * (1 + activity * c.activity + influence * c.influence)
            + topical * c.topical + specialty * c.specialty
    }
}

/// One suggested collaborator for one focus account: what a table row, a diagram edge or
/// an explanation needs.
public struct CollaboratorCandidate: Sendable, Equatable {
    public var focus: UInt32
    public var candidate: UInt32
    public var score: Double
    /// Mutual contacts (common neighbours), most telling first (rarest contacts first:
    /// ascending degree, then node).
    public var via: [UInt32]
    /// Number of mutual contacts (`via` may be truncated).
    public var mutualCount: Int
    public var components: CollaboratorComponents
    /// Personalised PageRank of the candidate from the focus, and the resource-allocation
    /// and Adamic–Adar indices of the pair, unnormalised.
    public var personalizedPageRank: Double
    public var resourceAllocation: Double
    public var adamicAdar: Double
    public var sharedHashtags: [String]
    public var sharedBioTerms: [String]

    public init(
        focus: UInt32, candidate: UInt32, score: Double, via: [UInt32] = [], mutualCount: Int = 0,
        components: CollaboratorComponents = CollaboratorComponents(), personalizedPageRank: Double = 0,
        resourceAllocation: Double = 0, adamicAdar: Double = 0, sharedHashtags: [String] = [], sharedBioTerms: [String] = []
    ) {
        self.focus = focus; self.candidate = candidate; self.score = score; self.via = via; self.mutualCount = mutualCount
        self.components = components; self.personalizedPageRank = personalizedPageRank
        self.resourceAllocation = resourceAllocation; self.adamicAdar = adamicAdar
        self.sharedHashtags = sharedHashtags; self.sharedBioTerms = sharedBioTerms
    }
}

/// Ranks accounts a focus account is not yet tied to as potential collaborators.
///
/// Structural proximity comes from the collaboration graph (``collaborationGraph(_:)``):
/// personalised PageRank from the focus (``LocalPageRank``, push algorithm, damping 0.85,
/// ε = 1e-6) carries most of it — it counts every short path, not just the two-step ones
/// Adamic–Adar sees, which is what matters in sparse interaction networks where the
/// missing tie is often three steps away — and the resource-allocation index adds a
/// tenth for pairs with many rare mutual contacts. Topical similarity, specialty fit,
/// activity and influence come from the ``AccountProfile``s when there are any.
///
/// Candidates are the accounts the focus's personalised PageRank reaches (and, when
/// specialties are requested, every account of those specialties); other accounts score 0.
/// Everything is deterministic: ties are broken by ascending node.
public struct CollaboratorRanker: Sendable {
    public let graph: GraphView
    public let profiles: [AccountProfile]
    public var weights = CollaboratorWeights()
    /// Mutual contacts listed per candidate. Default 5.
    public var viaListed = 5
    let degree: [UInt32]
    let activity: [Double]
    let influence: [Double]
    let specialtyAffinity: [String: [String: Double]]
    var ppr: LocalPageRank
    // Per-focus scratch, stamped by node.
    var stamp: [UInt32]
    var epoch: UInt32 = 0
    var pprValue: [Double]
    var raValue: [Double]
    var aaValue: [Double]
    var touched: [UInt32] = []
    var focus: UInt32 = 0
    var maxPPR = 0.0, maxRA = 0.0

    /// - Parameters:
    ///   - graph: the undirected collaboration graph.
    ///   - profiles: one per node, or empty when nothing but ties is known.
    /// - Throws: `GraphError` for a directed graph or a profile count that is not the node count.
    public init(_ graph: GraphView, profiles: [AccountProfile] = []) throws {
        try GraphError.checkUndirected(graph, "the collaborator ranking")
        if !profiles.isEmpty { try GraphError.checkCount(profiles.count, "profiles", expectedCount: graph.nodeCount, of: "node") }
        self.graph = graph
        self.profiles = profiles
        let n = graph.nodeCount
        let adj = graph.outAdjacency
        degree = (0..<UInt32(n)).map { UInt32(adj.degree($0)) }
        let strength = (0..<UInt32(n)).map { log(1 + adj.weightedDegree($0)) }
        let top = strength.max() ?? 0
        activity = top > 0 ? strength.map { $0 / top } : strength
        var options = PageRankOptions()
        options.tolerance = 1e-10
        options.maxIterations = 200
        // Fixed options in PageRank's domain, on the graph checked above.
        let pr = n > 0 ? validParameters { try pageRank(graph, options: options) }.scores : []
        // Percentile: share of accounts with a strictly lower PageRank.
        let order = pr.indices.sorted { pr[$0] < pr[$1] }
        var pct = [Double](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n && pr[order[j + 1]] == pr[order[i]] { j += 1 }
            for k in i...j { pct[order[k]] = n > 1 ? Double(i) / Double(n - 1) : 0 }
            i = j + 1
        }
        influence = pct
        specialtyAffinity = Self.affinity(graph, profiles: profiles)
        ppr = validParameters { try LocalPageRank(graph, damping: 0.85, epsilon: 1e-6) }  // undirected, checked above
        stamp = [UInt32](repeating: 0, count: n)
        pprValue = [Double](repeating: 0, count: n)
        raValue = [Double](repeating: 0, count: n)
        aaValue = [Double](repeating: 0, count: n)
    }

    /// P(b | a): the share of specialty `a`'s ties (between labelled accounts) that go to
    /// specialty `b`, divided by the largest share `a` gives any other specialty.
    static func affinity(_ graph: GraphView, profiles: [AccountProfile]) -> [String: [String: Double]] {
        guard !profiles.isEmpty else { return [:] }
        var ties: [String: [String: Double]] = [:]
        let adj = graph.outAdjacency
        for u in 0..<UInt32(graph.nodeCount) {
            guard let a = profiles[Int(u)].specialty else { continue }
            for v in adj.neighbors(u) where v != u {
                guard let b = profiles[Int(v)].specialty else { continue }
                ties[a, default: [:]][b, default: 0] += 1
            }
        }
        var result: [String: [String: Double]] = [:]
        for (a, row) in ties {
            let best = row.filter { $0.key != a }.values.max() ?? 0
            guard best > 0 else { continue }
            result[a] = row.mapValues { min(1, $0 / best) }
        }
        return result
    }

    /// Computes the focus account's structural scores; ``score(_:)`` then works for any node.
    ///
    /// - Throws: `GraphError` (``GraphError/Code/nodeOutOfRange``) when `focus` is past the node count.
    public mutating func prepare(focus: UInt32) throws {
        try GraphError.checkNodes(CollectionOfOne(focus), "focus", nodeCount: graph.nodeCount)
        if epoch == .max { for i in stamp.indices { stamp[i] = 0 }; epoch = 0 }
        epoch += 1
        self.focus = focus
        touched.removeAll(keepingCapacity: true)
        maxPPR = 0; maxRA = 0
        let adj = graph.outAdjacency
        let current = epoch
        for (v, s) in try ppr.scores(from: focus) where v != focus {
            touch(v, current)
            pprValue[Int(v)] = s
        }
        for w in adj.neighbors(focus) where w != focus {
            let d = Double(degree[Int(w)])
            let ra = 1 / d, aa = d > 1 ? 1 / log(d) : 0
            for x in adj.neighbors(w) where x != focus && x != w {
                touch(x, current)
                raValue[Int(x)] += ra
                aaValue[Int(x)] += aa
            }
        }
        for v in touched where !adj.contains(focus, v) {
            maxPPR = max(maxPPR, pprValue[Int(v)])
            maxRA = max(maxRA, raValue[Int(v)])
        }
    }

    private mutating func touch(_ v: UInt32, _ current: UInt32) {
        if stamp[Int(v)] != current {
            stamp[Int(v)] = current
            pprValue[Int(v)] = 0; raValue[Int(v)] = 0; aaValue[Int(v)] = 0
            touched.append(v)
        }
    }

    /// Nodes the prepared focus's structural scores reach (not the focus), ascending.
    public var reached: [UInt32] { touched.sorted() }

    /// The components of node `v` for the prepared focus (structural 0 when unreached).
    public func components(_ v: UInt32, requested: Set<String> = []) -> CollaboratorComponents {
        var c = CollaboratorComponents()
        if stamp[Int(v)] == epoch {
            let p = maxPPR > 0 ? pprValue[Int(v)] / maxPPR : 0
            let r = maxRA > 0 ? raValue[Int(v)] / maxRA : 0
            c.structural = (p + 0.1 * r) / 1.1
        }
        c.activity = activity[Int(v)]
        c.influence = influence[Int(v)]
        if !profiles.isEmpty {
            let a = profiles[Int(focus)], b = profiles[Int(v)]
            c.topical = (jaccard(a.hashtags, b.hashtags) + jaccard(a.bioTerms, b.bioTerms)) / 2
            if let s = b.specialty {
                if !requested.isEmpty {
                    c.specialty = requested.contains(s) ? 1 : 0
                } else if let f = a.specialty {
                    c.specialty = specialtyAffinity[f]?[s] ?? 0
                }
            }
        }
        return c
    }

    /// The combined score of node `v` for the prepared focus: 0 for accounts outside the
    /// candidate pool (unreached, and not of a requested specialty), so that scores and
    /// rankings agree.
    public func score(_ v: UInt32, requested: Set<String> = []) -> Double {
        if stamp[Int(v)] != epoch {
            guard !requested.isEmpty, !profiles.isEmpty, let s = profiles[Int(v)].specialty, requested.contains(s) else { return 0 }
        }
        return weights.combine(components(v, requested: requested))
    }

    /// The prepared focus's personalised PageRank estimate at `v` (0 when unreached).
    public func personalizedPageRank(_ v: UInt32) -> Double { stamp[Int(v)] == epoch ? pprValue[Int(v)] : 0 }

    /// The prepared focus's unnormalised Adamic–Adar index with `v` (0 when not two steps away).
    public func adamicAdar(_ v: UInt32) -> Double { stamp[Int(v)] == epoch ? aaValue[Int(v)] : 0 }

    /// Up to `limit` accounts not tied to `focus` (and not in `excluded`), best first.
    ///
    /// - Parameter specialties: when not empty, only accounts of these specialties are
    ///   ranked (all of them, reached or not).
    /// - Throws: `GraphError` when `focus` is past the node count.
    public mutating func rank(
        focus: UInt32, limit: Int = 10, specialties: Set<String> = [], excluded: Set<UInt32> = []
    ) throws -> [CollaboratorCandidate] {
        try prepare(focus: focus)
        let adj = graph.outAdjacency
        var pool = touched
        if !specialties.isEmpty {
            pool = pool.filter { profiles.isEmpty ? false : profiles[Int($0)].specialty.map(specialties.contains) ?? false }
            var inPool = Set(pool)
            for v in 0..<UInt32(graph.nodeCount) where v != focus && !inPool.contains(v) {
                if let s = profiles.isEmpty ? nil : profiles[Int(v)].specialty, specialties.contains(s) {
                    pool.append(v); inPool.insert(v)
                }
            }
        }
        var scored: [(UInt32, Double)] = []
        for v in pool where v != focus && !adj.contains(focus, v) && !excluded.contains(v) {
            scored.append((v, score(v, requested: specialties)))
        }
        return bestFirst(scored, limit: limit).map { v, s in candidate(v, score: s, requested: specialties) }
    }

    func candidate(_ v: UInt32, score: Double, requested: Set<String>) -> CollaboratorCandidate {
        var mutual: [UInt32] = []
        let adj = graph.outAdjacency
        let a = adj.neighbors(focus), b = adj.neighbors(v)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else {
                if a[i] != focus && a[i] != v { mutual.append(a[i]) }
                i += 1; j += 1
            }
        }
        let count = mutual.count
        mutual.sort { degree[Int($0)] != degree[Int($1)] ? degree[Int($0)] < degree[Int($1)] : $0 < $1 }
        let reachedHere = stamp[Int(v)] == epoch
        var sharedTags: [String] = [], sharedTerms: [String] = []
        if !profiles.isEmpty {
            sharedTags = intersection(profiles[Int(focus)].hashtags, profiles[Int(v)].hashtags)
            sharedTerms = intersection(profiles[Int(focus)].bioTerms, profiles[Int(v)].bioTerms)
        }
        return CollaboratorCandidate(
            focus: focus, candidate: v, score: score, via: Array(mutual.prefix(viaListed)), mutualCount: count,
            components: components(v, requested: requested),
            personalizedPageRank: reachedHere ? pprValue[Int(v)] : 0,
            resourceAllocation: reachedHere ? raValue[Int(v)] : 0,
            adamicAdar: reachedHere ? aaValue[Int(v)] : 0,
            sharedHashtags: sharedTags, sharedBioTerms: sharedTerms)
    }
}

/// A one-line reason for a suggestion, e.g. "3 mutual colleagues incl. @a, @b; both post
/// #cardioonc; oncology in the cardio-oncology community".
///
/// - Parameters:
///   - name: how to write an account (e.g. `@handle`).
///   - specialty: the candidate's specialty, if known.
///   - community: the candidate's community label, if known.
public func explanation(
    for c: CollaboratorCandidate, name: (UInt32) -> String, specialty: String?, community: String?
) -> String {
    var parts: [String] = []
    if c.mutualCount > 0 {
        let listed = c.via.prefix(2).map(name).joined(separator: ", ")
        let noun = c.mutualCount == 1 ? "mutual colleague" : "mutual colleagues"
        parts.append(c.mutualCount == 1 ? "1 \(noun): \(listed)" : "\(c.mutualCount) \(noun) incl. \(listed)")
    } else if c.personalizedPageRank > 0 {
        parts.append("no mutual colleagues, close through longer paths")
    }
    if !c.sharedHashtags.isEmpty {
        parts.append("both post " + c.sharedHashtags.prefix(3).map { "#" + $0 }.joined(separator: " "))
    }
    if !c.sharedBioTerms.isEmpty {
        parts.append("both describe themselves with " + c.sharedBioTerms.prefix(3).map { "\"\($0)\"" }.joined(separator: ", "))
    }
    switch (specialty, community) {
    case let (s?, com?): parts.append("\(s) in the \(com) community")
    case let (s?, nil): parts.append(s)
    case let (nil, com?): parts.append("in the \(com) community")
    case (nil, nil): break
    }
    return parts.joined(separator: "; ")
}

/// The `limit` best (node, score) pairs, highest score first, ties by ascending node: a
/// bounded heap, O(c log limit) for c candidates instead of sorting them all.
func bestFirst(_ items: [(UInt32, Double)], limit: Int) -> [(UInt32, Double)] {
    guard limit > 0 else { return [] }
    @inline(__always) func better(_ a: (UInt32, Double), _ b: (UInt32, Double)) -> Bool {
        a.1 != b.1 ? a.1 > b.1 : a.0 < b.0
    }
    if items.count <= limit { return items.sorted(by: better) }
    // Min-heap on "better": the root is the worst of the kept.
    var heap: [(UInt32, Double)] = []
    heap.reserveCapacity(limit)
    func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var worst = i
            if l < heap.count && better(heap[worst], heap[l]) { worst = l }
            if r < heap.count && better(heap[worst], heap[r]) { worst = r }
            if worst == i { return }
            heap.swapAt(i, worst)
            i = worst
        }
    }
    for item in items {
        if heap.count < limit {
            heap.append(item)
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard better(heap[parent], heap[i]) else { break }
                heap.swapAt(i, parent)
                i = parent
            }
        } else if better(item, heap[0]) {
            heap[0] = item
            siftDown(0)
        }
    }
    return heap.sorted(by: better)
}

/// Jaccard similarity of two sorted, distinct lists.
func jaccard(_ a: [String], _ b: [String]) -> Double {
    if a.isEmpty || b.isEmpty { return 0 }
    let common = intersection(a, b).count
    return Double(common) / Double(a.count + b.count - common)
}

/// Common elements of two sorted, distinct lists, sorted.
func intersection(_ a: [String], _ b: [String]) -> [String] {
    var out: [String] = []
    var i = 0, j = 0
    while i < a.count && j < b.count {
        if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else { out.append(a[i]); i += 1; j += 1 }
    }
    return out
}
