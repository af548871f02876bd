import CurbsideGraph
import CurbsideStore

/// The ties that reach computations walk, and the cascade model on them.
///
/// - **Audience ties**: `u → v` when `u` sees what `v` posts. By default the follow ties
///   when the network has any, else every kind. Audience (followers), the exact 2-hop
///   audience, HyperBall estimates and overlaps walk these ties backwards.
/// - **Cascade ties**: the audience ties plus every engagement tie (repost, quote,
///   reply: an account that engaged with `v` evidently saw `v`), each with an activation
///   probability (``EngagementProbabilities``).
public struct ReachNetwork: Sendable {
    /// Kinds behind the audience ties.
    public var audienceKinds: [String]
    public var audience: GraphView
    public var cascade: GraphView
    public var probabilities: EngagementProbabilities

    /// - Parameters:
    ///   - kinds: audience kinds; `nil` chooses `follow` when present, else every kind.
    ///   - priorStrength: see ``EngagementProbabilities``.
    public init(graph: Graph, kinds: [String]? = nil, priorStrength: Double = EngagementProbabilities.defaultPriorStrength) {
        let counts = graph.edgeCountsByKind()
        let present = graph.kindLabels.indices.filter { counts[$0] > 0 }.map { graph.kindLabels[$0] }
        let chosen = kinds ?? (present.contains(EdgeKind.follow) ? [EdgeKind.follow] : present)
        audienceKinds = chosen
        audience = graph.view(kinds: chosen)
        let engagement = EngagementProbabilities.engagementKinds.filter(present.contains)
        let cascadeKinds = Array(Set(chosen + engagement)).sorted()
        cascade = graph.view(kinds: cascadeKinds)
        probabilities = EngagementProbabilities(graph: graph, cascade: cascade, engagementKinds: engagement, priorStrength: priorStrength)
    }

    /// Cascade options for these ties: influence walks the ties backwards (from `v` to
    /// those who see `v`).
    public func cascadeOptions(simulations: Int, seed: UInt64, targets: [UInt32]? = nil) -> CascadeOptions {
        var o = CascadeOptions()
        o.probabilities = probabilities.arcProbabilities
        o.direction = .incoming
        o.simulations = simulations
        o.seed = seed
        o.targets = targets
        return o
    }
}

/// Per-arc activation probabilities of the independent cascade, estimated from observed
/// engagement: the chance that `u`, who sees `v`, reposts, quotes or replies to one post
/// of `v`.
///
/// **Estimator** (hierarchical Beta–binomial shrinkage, per post):
///
/// - `N_v`, the posts of `v` in the window: the mentions, replies, quotes and reposts `v`
///   sent (each is a post; posts that name no one leave no trace, so this is a lower
///   bound), and at least as many as any one account engaged with, and at least 1.
/// - `e_uv`: reposts, quotes and replies from `u` to `v` (times seen).
/// - Author rate `r_v = (K_v + ρ·m) / (a_v·N_v + m)`: the engagements `K_v = Σ_u e_uv`
///   received from the `a_v` accounts that see `v`, per account and post (the usual
///   "engagement rate"), shrunk towards the network's `ρ = ΣK / Σ a·N`.
/// - Arc probability `p_uv = (e_uv + r_v·m) / (N_v + m)`: `u`'s own share of `v`'s
///   posts, shrunk towards the author's rate, so an account that often reposted `v` gets a
///   higher probability than one that never did, and a tie never seen engaging still gets
///   a small one. `m` (default 10) is the prior strength in pseudo-observations at both
///   levels; summed over `v`'s audience the probabilities give back about `K_v / N_v`,
///   the engagements a post of `v` drew.
///
/// When the network has no repost, quote or reply ties at all, nothing can be estimated
/// and the cascade falls back to Kempe et al.'s weighted cascade (``ArcProbabilities/weightedCascade``).
public struct EngagementProbabilities: Sendable {
    /// Kinds that pass a post on (and count as engagement).
    public static let engagementKinds = [EdgeKind.quote, EdgeKind.reply, EdgeKind.repost]
    /// Kinds that are posts of their source.
    public static let postKinds = [EdgeKind.mention, EdgeKind.quote, EdgeKind.reply, EdgeKind.repost]
    public static let defaultPriorStrength = 10.0

    /// Engagement kinds found in the network (empty: weighted-cascade fallback).
    public var engagementKinds: [String]
    /// `r_v` per node; empty on the weighted-cascade fallback.
    public var authorRate: [Double]
    /// `N_v` per node; empty on the fallback.
    public var posts: [Double]
    /// ρ, engagements per audience member and post over the whole network.
    public var globalRate: Double
    public var priorStrength: Double
    public var arcProbabilities: ArcProbabilities

    public var isFallback: Bool { engagementKinds.isEmpty }

    /// How the probabilities were obtained, one line.
    public var summary: String {
        if isFallback { return "weighted cascade (1/in-degree): the network has no repost, quote or reply ties to estimate from" }
        return "per-post engagement (\(engagementKinds.joined(separator: "/"))), shrunk per arc to the author's and network's rates, "
            + "prior strength \(shortNumber(priorStrength)), network rate \(fixed(globalRate, 4))"
    }

    init(graph: Graph, cascade: GraphView, engagementKinds: [String], priorStrength m: Double) {
        precondition(m >= 0, "prior strength must be non-negative")
        self.engagementKinds = engagementKinds
        priorStrength = m
        let n = cascade.nodeCount
        guard !engagementKinds.isEmpty else {
            authorRate = []
            posts = []
            globalRate = 0
            arcProbabilities = .weightedCascade
            return
        }
        // Posts sent.
        let isPost = graph.kindLabels.map(Self.postKinds.contains)
        var posts = [Double](repeating: 0, count: n)
        let all = graph.outAdjacency
        for u in 0..<n {
            for e in Int(all.offsets[u])..<Int(all.offsets[u + 1]) where isPost[Int(graph.kind(ofEdge: e))] {
                posts[u] += Double(graph.count(ofEdge: e))
            }
        }
        // Engagements received, and the most from any one account.
        let engaged = graph.view(kinds: engagementKinds, weighted: true)
        let received = engaged.inAdjacency
        var k = [Double](repeating: 0, count: n)
        for v in 0..<UInt32(n) {
            var most = 1.0
            for i in received.range(v) where received.targets[i] != v {
                let e = received.weights![i]
                k[Int(v)] += e
                most = max(most, e)
            }
            posts[Int(v)] = max(posts[Int(v)], most)
        }
        let audience = cascade.inAdjacency
        var exposures = [Double](repeating: 0, count: n)
        for v in 0..<UInt32(n) {
            exposures[Int(v)] = Double(audience.degree(excludingSelf: v)) * posts[Int(v)]
        }
        let sumExposures = exposures.reduce(0, +)
        let rho = sumExposures > 0 ? min(1, k.reduce(0, +) / sumExposures) : 0
        globalRate = rho
        let rate = (0..<n).map { v in exposures[v] + m > 0 ? min(1, (k[v] + rho * m) / (exposures[v] + m)) : 0 }
        authorRate = rate
        self.posts = posts

        // Per arc u → v of the cascade ties: merge u's cascade arcs with its engagement arcs
        // (both sorted by target).
        let out = cascade.outAdjacency, eng = engaged.outAdjacency
        var p = [Double](repeating: 0, count: out.arcCount)
        for u in 0..<UInt32(n) {
            var j = Int(eng.offsets[Int(u)])
            let jEnd = Int(eng.offsets[Int(u) + 1])
            for i in out.range(u) {
                let v = out.targets[i]
                while j < jEnd && eng.targets[j] < v { j += 1 }
                let e = j < jEnd && eng.targets[j] == v ? eng.weights![j] : 0
                p[i] = v == u ? 0 : min(1, (e + rate[Int(v)] * m) / (posts[Int(v)] + m))
            }
        }
        arcProbabilities = .perArc(p)
    }
}

/// What one account's posts reach.
public struct AccountReach: Sendable, Equatable {
    public var node: UInt32
    /// Accounts with an audience tie to it (followers).
    public var audience: Int
    /// Exact number of distinct accounts within two audience hops (followers and their
    /// followers), the account excluded; `nil` when not computed.
    public var twoHopExact: Int?
    /// HyperBall's estimate of the same.
    public var twoHopEstimate: Double
    /// Expected number of accounts that engage in the cascade started by the account,
    /// the account excluded, with its Monte Carlo interval; `nil` when not computed.
    public var cascade: CascadeReach?
}

/// A cascade's expected size beyond its seeds, with its Monte Carlo interval.
public struct CascadeReach: Sendable, Equatable {
    /// Mean number of activated accounts, seeds excluded.
    public var mean: Double
    /// `mean ± z × standardError`, the lower end floored at 0.
    public var lower: Double
    public var upper: Double
    public var standardError: Double
    public var simulations: Int

    /// The spread `s` of `seeds` seeds, the seeds taken out.
    public init(_ s: SpreadEstimate, seeds: Int) {
        mean = s.mean - Double(seeds)
        lower = max(0, s.lower - Double(seeds))
        upper = s.upper - Double(seeds)
        standardError = s.standardError
        simulations = s.simulations
    }
}

/// Parameters of ``reachOfAccounts(_:nodes:options:)``.
public struct ReachOptions: Sendable {
    /// log₂ registers per HyperBall counter (4 … 16). Default 8 (about 6.5 % error per
    /// counter, 512 bytes per account).
    public var log2Registers = 8
    /// Seed of HyperBall's hash and of the cascade runs. Default 1.
    public var seed: UInt64 = 1
    /// Monte Carlo runs per cascade. Default 10,000.
    public var simulations = 10_000
    /// Compute the exact 2-hop audience for the listed nodes. Default true.
    public var exact = true
    /// Simulate cascades for the listed nodes. Default true.
    public var cascades = true

    public init() {}
}

/// HyperBall 2-hop estimates for every node.
///
/// - Throws: `GraphError` when ``ReachOptions/log2Registers`` is outside 4 … 16.
public func twoHopEstimates(_ network: ReachNetwork, options: ReachOptions = ReachOptions()) throws -> [Double] {
    var o = HyperBallOptions()
    o.log2Registers = options.log2Registers
    o.seed = options.seed
    o.direction = .incoming
    o.reachHops = 2
    o.maxIterations = 2
    return try hyperBall(network.audience, options: o).reach
}

/// Audience, 2-hop audience (exact and HyperBall) and cascade reach of `nodes`.
///
/// - Parameter estimates: HyperBall estimates from ``twoHopEstimates(_:options:)``, when
///   already computed.
/// - Throws: `GraphError` for a node past the node count, registers outside 4 … 16 or
///   fewer than one simulation.
public func reachOfAccounts(_ network: ReachNetwork, nodes: [UInt32], estimates: [Double]? = nil,
                            options: ReachOptions = ReachOptions()) throws -> [AccountReach] {
    let estimates = try estimates ?? twoHopEstimates(network, options: options)
    let exact = options.exact ? try hopCounts(network.audience, sources: nodes) : nil
    let inAdj = network.audience.inAdjacency
    return try nodes.enumerated().map { i, v in
        var spread: CascadeReach?
        if options.cascades {
            // The author is always active: report the others.
            spread = CascadeReach(try independentCascadeSpread(network.cascade, seeds: [v], options: network.cascadeOptions(simulations: options.simulations, seed: options.seed)), seeds: 1)
        }
        return AccountReach(
            node: v, audience: inAdj.degree(excludingSelf: v),
            twoHopExact: exact.map { $0.reach(source: i, within: 2) }, twoHopEstimate: estimates[Int(v)], cascade: spread)
    }
}

/// How much the audiences of two accounts overlap.
public struct AudienceOverlap: Sendable, Equatable {
    /// Followers (1 hop).
    public var followers: ReachOverlap
    /// Accounts within two hops.
    public var twoHop: ReachOverlap
}

/// Exact overlap of the follower sets and of the 2-hop audiences of `a` and `b` (each set
/// excludes its own account).
///
/// - Throws: `GraphError` when `a` or `b` is past the node count.
public func audienceOverlap(_ network: ReachNetwork, _ a: UInt32, _ b: UInt32) throws -> AudienceOverlap {
    var search = HopSearch(network.audience, direction: .incoming)
    let one = try search.overlap(a, b, hops: 1)
    let two = try search.overlap(a, b, hops: 2)
    return AudienceOverlap(followers: one, twoHop: two)
}

extension CSR {
    /// Arcs of `v` to nodes other than itself.
    func degree(excludingSelf v: UInt32) -> Int {
        var d = 0
        for u in neighbors(v) where u != v { d += 1 }
        return d
    }
}
