import CurbsideAnalysis
import CurbsideGraph
import XCTest

final class InfluenceCompositeTests: XCTestCase {
    /// Mid-rank percentiles, as scipy 1.x `(rankdata(v, method="average") - 1) / (len(v) - 1)`:
    /// [3, 7, 1, 7, 2] → [0.5, 0.875, 0, 0.875, 0.25]; [4, 4, 4] → [0.5, 0.5, 0.5].
    func testPercentileRanksShareTheMiddleRankOnTies() {
        XCTAssertEqual(percentileRanks([3, 7, 1, 7, 2]), [0.5, 0.875, 0, 0.875, 0.25])
        XCTAssertEqual(percentileRanks([4, 4, 4]), [0.5, 0.5, 0.5])
        XCTAssertEqual(percentileRanks([9]), [0])
        XCTAssertEqual(percentileRanks([]), [])
    }

    /// 0⇄1 follow, 1→2 follow, 3→2 follow, 2→0 mention ×3; specialties: 1 and 3 cardiology
    /// (clinical), 2 journal, 0 unlabelled.
    private func graph() -> Graph {
        var b = GraphBuilder(nodeCount: 4)
        let f = b.kind(named: "follow"), m = b.kind(named: "mention")
        for (u, v): (UInt32, UInt32) in [(0, 1), (1, 0), (1, 2), (3, 2)] { b.addEdge(from: u, to: v, kind: f) }
        b.addEdge(from: 2, to: 0, kind: m, count: 3)
        return b.build()
    }

    /// Every component, percentile and the composite, checked with networkx 3.6.1 and
    /// scipy (mid-rank percentiles `(rankdata(v, "average") - 1) / 3`):
    /// - follow PageRank (networkx `pagerank` of 0⇄1, 1→2, 3→2: 0.2423, 0.3145, 0.3346,
    ///   0.1086): order 2 > 1 > 0 > 3, percentiles 1/3, 2/3, 1, 0;
    /// - engagement PageRank: only 2→0 (mention weight 0.6 × 3): node 0 highest, the
    ///   others tied at the middle of ranks 1–3: 1, 1/3, 1/3, 1/3;
    /// - clinician in-degree: 0 ← {1 cardiology, 2 journal} = 1; 1 ← {0} = 0;
    ///   2 ← {1, 3} = 2; 3 = 0: percentiles 2/3, 1/6, 1, 1/6;
    /// - k-core of the undirected ties: triangle 0-1-2 has shell 2, node 3 shell 1:
    ///   percentiles 2/3, 2/3, 2/3, 0.
    /// Composite (0.35, 0.30, 0.20, 0.15): 0.65, 0.46667, 0.75, 0.13333 (scipy/numpy).
    func testCompositeIsTheWeightedSumOfPercentiles() throws {
        let specialties = NodeSpecialties(labels: [nil, "cardiology", "journal", "cardiology"])
        let s = try CompositeInfluence(graph: graph(), platformCounts: Array(repeating: (nil, nil), count: 4), specialties: specialties,
                               tieBreak: { ["b", "c", "a", "d"][Int($0)] })
        XCTAssertEqual(s.components, [.followPageRank, .engagementPageRank, .clinicianInDegree, .coreShell])
        XCTAssertTrue(s.saturated.isEmpty)
        for (w, expected) in zip(s.weights, [0.35, 0.30, 0.20, 0.15]) { XCTAssertEqual(w, expected, accuracy: 1e-15) }
        XCTAssertEqual(s.values[0][2], 0.33458722518018325, accuracy: 1e-9)
        XCTAssertEqual(s.values[2], [1, 0, 2, 0])
        XCTAssertEqual(s.values[3], [2, 2, 2, 1])
        let third = 1.0 / 3, twoThirds = 2.0 / 3, sixth = 1.0 / 6
        XCTAssertEqual(s.percentiles[0], [third, twoThirds, 1, 0])
        XCTAssertEqual(s.percentiles[1], [1, third, third, third])
        XCTAssertEqual(s.percentiles[2], [twoThirds, sixth, 1, sixth])
        XCTAssertEqual(s.percentiles[3], [twoThirds, twoThirds, twoThirds, 0])
        for (v, expected) in [0.65, 0.46666666666666667, 0.75, 0.13333333333333333].enumerated() {
            XCTAssertEqual(s.composite[v], expected, accuracy: 1e-12)
        }
        XCTAssertEqual(s.order, [2, 0, 1, 3])
        XCTAssertEqual(s.rank, [2, 3, 1, 4])
        XCTAssertEqual(s.specialtyRank, [nil, 1, 1, 2])
        let contributions = s.components.indices.map { s.contribution($0, node: 0) }
        XCTAssertEqual(contributions.reduce(0, +), s.composite[0], accuracy: 1e-12)
        XCTAssertTrue(s.explanation(node: 2).hasPrefix("follow PageRank 0.335 (pct 1.000) × 0.35 = 0.350; "), s.explanation(node: 2))
        XCTAssertTrue(s.flags.allSatisfy(\.isEmpty))
    }

    /// Without follows or clinicians, those components drop out and the weights rescale.
    /// Reposts 0→1 ×2, 2→1, 0→2, 3→1: the triangle 0-1-2 is the 2-core, node 3 shell 1.
    func testMissingComponentsDropOutAndWeightsRescale() throws {
        var b = GraphBuilder(nodeCount: 4)
        let r = b.kind(named: "repost")
        b.addEdge(from: 0, to: 1, kind: r, count: 2)
        b.addEdge(from: 2, to: 1, kind: r)
        b.addEdge(from: 0, to: 2, kind: r)
        b.addEdge(from: 3, to: 1, kind: r)
        let s = try CompositeInfluence(graph: b.build(), platformCounts: Array(repeating: (nil, nil), count: 4),
                               specialties: NodeSpecialties(labels: [nil, "journal", nil, nil]))
        XCTAssertEqual(s.components, [.engagementPageRank, .coreShell])
        XCTAssertEqual(s.unavailable.map(\.component), [.followPageRank, .clinicianInDegree])
        XCTAssertTrue(s.saturated.isEmpty)
        XCTAssertEqual(s.weights[0], 0.30 / 0.45, accuracy: 1e-15)
        XCTAssertEqual(s.weights[1], 0.15 / 0.45, accuracy: 1e-15)
        XCTAssertEqual(s.order.first, 1)
    }

    /// A component with one value for ≥ 90 % of the accounts (here: every account in the
    /// 1-shell of a star) weighs 0, says why, and still breaks ties by its raw value.
    func testComponentWithoutSpreadWeighsNothing() throws {
        var b = GraphBuilder(nodeCount: 3)
        let r = b.kind(named: "repost")
        b.addEdge(from: 0, to: 1, kind: r, count: 2)
        b.addEdge(from: 2, to: 1, kind: r)
        let s = try CompositeInfluence(graph: b.build(), platformCounts: Array(repeating: (nil, nil), count: 3),
                               specialties: NodeSpecialties(labels: [nil, "journal", nil]))
        XCTAssertEqual(s.components, [.engagementPageRank, .coreShell])
        XCTAssertEqual(s.weights, [1, 0])
        XCTAssertEqual(s.saturated.map(\.component), [.coreShell])
        XCTAssertEqual(s.saturated.first?.reason, "one value (1) for every one of the accounts")
        XCTAssertEqual(s.order, [1, 0, 2])
        // 0 and 2 received nothing: equal composite and equal raw values share rank 2.
        XCTAssertEqual(s.rank, [2, 1, 2])
    }

    /// Cascade-shaped data (issue #14): a root reposted by 3,000 accounts, 500 tiny reply
    /// trees (a post and two replies each), and a triangle of three accounts that mention
    /// one another once. Before, the k-core percentile split everyone into the 1-shell and
    /// the triangle's 2-core, and the triangle (engagement 2 each) outranked the root; the
    /// k-core shell is 1 for 99.9 % of accounts here, so it weighs 0 and the root ranks first,
    /// then the others by engagement, accounts sharing a rank only when every raw value is equal.
    func testCascadeRootRanksFirst() throws {
        let reposters = 3_000, trees = 500
        let n = 1 + reposters + 3 * trees + 3
        var b = GraphBuilder(nodeCount: n)
        let repost = b.kind(named: "repost"), reply = b.kind(named: "reply"), mention = b.kind(named: "mention")
        for u in 1...reposters { b.addEdge(from: UInt32(u), to: 0, kind: repost) }
        for t in 0..<trees {
            let root = UInt32(1 + reposters + 3 * t)
            b.addEdge(from: root + 1, to: root, kind: reply)
            b.addEdge(from: root + 2, to: root, kind: reply)
        }
        let a = UInt32(n - 3)
        for (u, v) in [(a, a + 1), (a + 1, a + 2), (a + 2, a)] { b.addEdge(from: u, to: v, kind: mention) }
        let s = try CompositeInfluence(graph: b.build(), platformCounts: Array(repeating: (nil, nil), count: n),
                               specialties: NodeSpecialties(labels: Array(repeating: nil, count: n)))
        XCTAssertEqual(s.saturated.map(\.component), [.coreShell])
        XCTAssertEqual(s.saturated.first?.reason, "one value (1) for 99.9 % of accounts")
        XCTAssertEqual(s.order.first, 0)
        XCTAssertEqual(s.rank[0], 1)
        // Then the triangle (each member's engagement comes from another member, whose
        // PageRank circulates: about 6.7× the base, against 2.7× for a tree root with two
        // leaf repliers): three look-alikes sharing rank 2. Then the 500 tree roots, equal on
        // every raw value (PageRanks equal but for their last bits), sharing rank 5.
        let triangle = Set(n - 3..<n)
        XCTAssertEqual(Set(s.order[1...3].map(Int.init)), triangle)
        XCTAssertTrue(triangle.allSatisfy { s.rank[$0] == 2 })
        let treeRoots = (0..<trees).map { 1 + reposters + 3 * $0 }
        XCTAssertEqual(Set(s.order[4..<4 + trees].map(Int.init)), Set(treeRoots))
        XCTAssertTrue(treeRoots.allSatisfy { s.rank[$0] == 5 })
    }

    /// Engagement weights per kind: repost 1, quote 1, reply 0.8, mention 0.6, like 0.3,
    /// other kinds 1; follows and self-loops left out; kinds to one target summed.
    func testEngagementViewWeighsKinds() {
        var b = GraphBuilder(nodeCount: 3)
        let f = b.kind(named: "follow"), l = b.kind(named: "like"), re = b.kind(named: "reply"), x = b.kind(named: "advice")
        b.addEdge(from: 0, to: 1, kind: f)
        b.addEdge(from: 0, to: 1, kind: l, count: 4)
        b.addEdge(from: 0, to: 1, kind: re, count: 2)
        b.addEdge(from: 0, to: 0, kind: re)
        b.addEdge(from: 2, to: 0, kind: x, count: 3)
        let v = engagementView(b.build())
        XCTAssertEqual(v.outAdjacency.targets, [1, 0])
        XCTAssertEqual(v.outAdjacency.weights![0], 0.3 * 4 + 0.8 * 2, accuracy: 1e-12)
        XCTAssertEqual(v.outAdjacency.weights![1], 3)
    }

    /// Flags: celebrity-like (50,000 / 100, no label), bot-like (mass following, no label),
    /// burst (30 mentions within an hour) on a labelled account, and no flag for a
    /// labelled journal with the same ratio as the celebrity.
    func testFlagsMarkBotsCelebritiesAndBursts() throws {
        var b = GraphBuilder(nodeCount: 4)
        let f = b.kind(named: "follow"), m = b.kind(named: "mention")
        b.addEdge(from: 1, to: 0, kind: f)
        b.addEdge(from: 2, to: 3, kind: m, count: 30, firstAt: 1_000, lastAt: 4_600)
        let counts: [(followers: Int?, following: Int?)] = [(50_000, 100), (10, 5_000), (300, 200), (50_000, 100)]
        let s = try CompositeInfluence(graph: b.build(), platformCounts: counts,
                               specialties: NodeSpecialties(labels: [nil, nil, "cardiology", "journal"]))
        XCTAssertEqual(s.flags[0].map(\.kind), [.celebrityLike])
        XCTAssertEqual(s.flags[0][0].reason, "50000 followers / 100 following, no specialty or role evidence")
        XCTAssertEqual(s.flags[1].map(\.kind), [.botLike])
        XCTAssertEqual(s.flags[2].map(\.kind), [.burst])
        XCTAssertEqual(s.flags[2][0].reason, "30 interactions in 1.0 day (30.0 a day)")
        XCTAssertEqual(s.flags[3], [])
    }
}
