import CurbsideAnalysis
import CurbsideGraph
import CurbsideTestSupport
import XCTest

final class ReachAnalysisTests: XCTestCase {
    /// The fixture of Tests/References/make_influence_references.py (ids 1-8 as nodes 0-7):
    /// follows 2→1, 3→1, 4→1, 5→2, 6→2, 5→3, 7→3, 1→4, 8→5 (u follows v) and engagement
    /// events 5→2 repost ×2, 3→1 reply, 2→1 repost, 8→5 quote.
    static func fixture() -> Graph {
        var b = GraphBuilder(nodeCount: 8)
        let f = b.kind(named: "follow"), rp = b.kind(named: "repost"), re = b.kind(named: "reply"), q = b.kind(named: "quote")
        for (u, v) in [(2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (5, 3), (7, 3), (1, 4), (8, 5)] {
            b.addEdge(from: UInt32(u - 1), to: UInt32(v - 1), kind: f)
        }
        b.addEdge(from: 4, to: 1, kind: rp, count: 2)
        b.addEdge(from: 2, to: 0, kind: re)
        b.addEdge(from: 1, to: 0, kind: rp)
        b.addEdge(from: 7, to: 4, kind: q)
        return b.build()
    }

    /// Per-arc probabilities from the reference script's independent Python implementation
    /// of the estimator (ρ = 5/12; e.g. p(5→2) = (2 + r₂·10) / (2 + 10)).
    func testEngagementProbabilitiesMatchTheReference() throws {
        let network = ReachNetwork(graph: Self.fixture())
        XCTAssertEqual(network.audienceKinds, ["follow"])
        XCTAssertEqual(network.probabilities.globalRate, 0.4166666666666667, accuracy: 1e-15)
        let expected: [String: Double] = [
            "1→4": 0.34435261707988984, "2→1": 0.5221445221445221, "3→1": 0.5221445221445221, "4→1": 0.43123543123543123,
            "5→2": 0.5337301587301587, "5→3": 0.3156565656565657, "6→2": 0.3670634920634921, "7→3": 0.3156565656565657,
            "8→5": 0.4421296296296296,
        ]
        guard case .perArc(let p) = network.probabilities.arcProbabilities else { return XCTFail("expected per-arc probabilities") }
        let out = network.cascade.outAdjacency
        XCTAssertEqual(out.arcCount, expected.count)
        for u in 0..<UInt32(8) {
            for i in out.range(u) {
                let key = "\(u + 1)→\(out.targets[i] + 1)"
                XCTAssertEqual(p[i], try XCTUnwrap(expected[key], key), accuracy: 1e-12, key)
            }
        }
    }

    /// Audience and 2-hop audience by hand; the cascade mean against the exact expectation
    /// over all 2⁹ live-arc worlds (reference script): 2.405350985719333 from node 1,
    /// 1.1367715681951798 from node 2.
    func testReachOfAccounts() throws {
        let network = ReachNetwork(graph: Self.fixture())
        var o = ReachOptions()
        o.simulations = 20_000
        let r = try reachOfAccounts(network, nodes: [0, 1], options: o)
        XCTAssertEqual(r.map(\.audience), [3, 2])
        // 1 ← {2, 3, 4} ← {5, 6, 7, (1)}: 6; 2 ← {5, 6} ← {8}: 3.
        XCTAssertEqual(r.map(\.twoHopExact), [6, 3])
        for (reach, exact) in zip(r, [2.405350985719333, 1.1367715681951798]) {
            let c = reach.cascade!
            XCTAssertEqual(c.mean, exact, accuracy: 4 * c.standardError)
            XCTAssertLessThan(c.lower, exact)
            XCTAssertGreaterThan(c.upper, exact)
        }
        // Small balls: HyperBall's linear counting is exact here.
        XCTAssertEqual(r[0].twoHopEstimate, 6, accuracy: 0.1)
    }

    /// Followers: 2 ← {5, 6}, 3 ← {5, 7}: common 1 of 3. Two hops: {5, 6, 8} and {5, 7, 8}:
    /// common 2 of 4. Node 1 against node 4: {2, 3, 4} / {1}; {2, …, 7} / {1, 2, 3}.
    func testOverlap() throws {
        let network = ReachNetwork(graph: Self.fixture())
        let o = try audienceOverlap(network, 1, 2)
        XCTAssertEqual(o.followers, ReachOverlap(sizeA: 2, sizeB: 2, common: 1))
        XCTAssertEqual(o.followers.jaccard, 1.0 / 3)
        XCTAssertEqual(o.twoHop, ReachOverlap(sizeA: 3, sizeB: 3, common: 2))
        XCTAssertEqual(o.twoHop.jaccard, 0.5)
        let p = try audienceOverlap(network, 0, 3)
        XCTAssertEqual(p.followers, ReachOverlap(sizeA: 3, sizeB: 1, common: 0))
        XCTAssertEqual(p.twoHop, ReachOverlap(sizeA: 6, sizeB: 3, common: 2))
        XCTAssertEqual(p.twoHop.jaccard, 2.0 / 7)
    }

    /// Without engagement kinds the cascade falls back to the weighted cascade.
    func testFallbackWithoutEngagement() {
        var b = GraphBuilder(nodeCount: 2)
        b.addEdge(from: 0, to: 1, kind: b.kind(named: "follow"))
        let network = ReachNetwork(graph: b.build())
        XCTAssertTrue(network.probabilities.isFallback)
        XCTAssertTrue(network.probabilities.summary.hasPrefix("weighted cascade"))
    }

    /// The brief on the fixture, targets {5, 6, 7, 8} (nodes 4-7): every seed set is
    /// re-estimated; the IMM choice reaches at least as many targets as the PageRank baseline.
    func testBriefPlanBeatsOrMatchesPageRank() throws {
        let network = ReachNetwork(graph: Self.fixture())
        var o = BriefOptions()
        o.k = 2
        o.seed = 3
        let plan = try BriefPlan(network: network, targets: [4, 5, 6, 7], options: o)
        XCTAssertEqual(plan.seeds.count, 2)
        XCTAssertGreaterThanOrEqual(plan.spread.mean, plan.baselineSpread.mean)
        let again = try BriefPlan(network: network, targets: [4, 5, 6, 7], options: o)
        XCTAssertEqual(again.seeds, plan.seeds)
        XCTAssertEqual(again.spread, plan.spread)
    }

    /// Issue #14: `brief` without a target specialty is classic influence maximisation over
    /// every account. On a seeded 200-account network (each account follows 1–6 earlier
    /// accounts, preferring popular ones; a repost for one follow in five, so the cascade
    /// probabilities vary), IMM's five picks (ε 0.1) reach within 5 % of greedy hill-climbing
    /// with CELF and 1,000 Monte Carlo runs per step (Kempe et al. 2003), both judged by one
    /// independent 20,000-run simulation; five accounts nobody follows do not.
    func testBriefWithoutTargetsMatchesGreedyMonteCarlo() throws {
        var state: UInt64 = 20_261_205
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let n = 200
        var b = GraphBuilder(nodeCount: n)
        let follow = b.kind(named: "follow"), repost = b.kind(named: "repost")
        var popular: [UInt32] = [0]
        for u in 1..<n {
            for _ in 0..<(1 + next(6)) {
                let v = popular[next(popular.count)]
                guard v != UInt32(u) else { continue }
                b.addEdge(from: UInt32(u), to: v, kind: follow)
                popular.append(v)
                if next(5) == 0 { b.addEdge(from: UInt32(u), to: v, kind: repost, count: UInt32(1 + next(3))) }
            }
            popular.append(UInt32(u))
        }
        let network = ReachNetwork(graph: b.build())
        var o = BriefOptions()
        o.k = 5
        o.seed = 11
        o.simulations = 2_000
        let plan = try BriefPlan(network: network, targets: nil, options: o)
        XCTAssertNil(plan.targets)
        XCTAssertEqual(Set(plan.seeds).count, 5)

        let greedy = try celfGreedy(network.cascade, k: 5, options: network.cascadeOptions(simulations: 1_000, seed: 99))
        let judge = network.cascadeOptions(simulations: 20_000, seed: 2_024)
        let imm = try independentCascadeSpread(network.cascade, seeds: plan.seeds, options: judge).mean
        let best = try independentCascadeSpread(network.cascade, seeds: greedy, options: judge).mean
        XCTAssertGreaterThanOrEqual(imm, 0.95 * best, "IMM \(plan.seeds) \(imm) vs greedy \(greedy) \(best)")
        // Teeth: five accounts with no follower reach only themselves.
        let inDegree = network.audience.inAdjacency
        let unfollowed = (0..<UInt32(n)).filter { inDegree.degree($0) == 0 }.prefix(5)
        XCTAssertEqual(unfollowed.count, 5)
        XCTAssertLessThan(try independentCascadeSpread(network.cascade, seeds: Array(unfollowed), options: judge).mean, 0.95 * best)
    }
}
