import CurbsideAnalysis
import CurbsideGraph
import XCTest

final class InfluenceCompositeTests: XCTestCase {
    func testPercentileRanksCountStrictlyLowerOthers() {
        // below / (n − 1): 3 is above 2 of the 4 others; each 7 above 3 (not the other 7).
        XCTAssertEqual(percentileRanks([3, 7, 1, 7, 2]), [0.5, 0.75, 0, 0.75, 0.25])
        XCTAssertEqual(percentileRanks([4, 4, 4]), [0, 0, 0])
        XCTAssertEqual(percentileRanks([9]), [0])
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

    /// Hand computation of every component, percentile and the composite:
    /// - follow PageRank (networkx 3.6.1 `pagerank` of 0⇄1, 1→2, 3→2: 0.2423, 0.3145,
    ///   0.3346, 0.1086): order 2 > 1 > 0 > 3, percentiles 1/3, 2/3, 1, 0;
    /// - engagement PageRank: only 2→0 (mention weight 0.6 × 3): node 0 highest, the
    ///   others tied: 1, 0, 0, 0;
    /// - clinician in-degree: 0 ← {1 cardiology, 2 journal} = 1; 1 ← {0} = 0;
    ///   2 ← {1, 3} = 2; 3 = 0: percentiles 2/3, 0, 1, 0;
    /// - k-core of the undirected ties: triangle 0-1-2 has shell 2, node 3 shell 1:
    ///   percentiles 1/3, 1/3, 1/3, 0.
    /// Composite (0.35, 0.30, 0.20, 0.15): node 0 = 0.35/3 + 0.30 + 0.20·2/3 + 0.15/3 = 0.6,
    /// node 1 = 0.35·2/3 + 0.15/3 = 0.28333, node 2 = 0.35 + 0.20 + 0.05 = 0.6, node 3 = 0.
    func testCompositeIsTheWeightedSumOfPercentiles() throws {
        let specialties = NodeSpecialties(labels: [nil, "cardiology", "journal", "cardiology"])
        let s = try CompositeInfluence(graph: graph(), platformCounts: Array(repeating: (nil, nil), count: 4), specialties: specialties,
                               tieBreak: { ["b", "c", "a", "d"][Int($0)] })
        XCTAssertEqual(s.components, [.followPageRank, .engagementPageRank, .clinicianInDegree, .coreShell])
        for (w, expected) in zip(s.weights, [0.35, 0.30, 0.20, 0.15]) { XCTAssertEqual(w, expected, accuracy: 1e-15) }
        XCTAssertEqual(s.values[0][2], 0.33458722518018325, accuracy: 1e-9)
        XCTAssertEqual(s.values[2], [1, 0, 2, 0])
        XCTAssertEqual(s.values[3], [2, 2, 2, 1])
        let third = 1.0 / 3, twoThirds = 2.0 / 3
        XCTAssertEqual(s.percentiles[0], [third, twoThirds, 1, 0])
        XCTAssertEqual(s.percentiles[1], [1, 0, 0, 0])
        XCTAssertEqual(s.percentiles[2], [twoThirds, 0, 1, 0])
        XCTAssertEqual(s.percentiles[3], [third, third, third, 0])
        XCTAssertEqual(s.composite[0], 0.6, accuracy: 1e-12)
        XCTAssertEqual(s.composite[1], 0.35 * twoThirds + 0.05, accuracy: 1e-12)
        XCTAssertEqual(s.composite[2], 0.6, accuracy: 1e-12)
        XCTAssertEqual(s.composite[3], 0)
        // Nodes 0 and 2 both score 0.6 (up to rounding in the last bit): first two, either order.
        XCTAssertEqual(Set(s.order.prefix(2)), [0, 2])
        XCTAssertEqual(s.order.suffix(2), [1, 3])
        XCTAssertEqual(s.specialtyRank, [nil, 1, 1, 2])
        XCTAssertEqual(s.rank[1], 3)
        XCTAssertEqual(s.rank[3], 4)
        let contributions = s.components.indices.map { s.contribution($0, node: 0) }
        XCTAssertEqual(contributions.reduce(0, +), s.composite[0], accuracy: 1e-12)
        XCTAssertTrue(s.explanation(node: 2).hasPrefix("follow PageRank 0.335 (pct 1.000) × 0.35 = 0.350; "), s.explanation(node: 2))
        XCTAssertTrue(s.flags.allSatisfy(\.isEmpty))
    }

    /// Without follows or clinicians, those components drop out and the weights rescale.
    func testMissingComponentsDropOutAndWeightsRescale() throws {
        var b = GraphBuilder(nodeCount: 3)
        let r = b.kind(named: "repost")
        b.addEdge(from: 0, to: 1, kind: r, count: 2)
        b.addEdge(from: 2, to: 1, kind: r)
        let s = try CompositeInfluence(graph: b.build(), platformCounts: Array(repeating: (nil, nil), count: 3),
                               specialties: NodeSpecialties(labels: [nil, "journal", nil]))
        XCTAssertEqual(s.components, [.engagementPageRank, .coreShell])
        XCTAssertEqual(s.unavailable.map(\.component), [.followPageRank, .clinicianInDegree])
        XCTAssertEqual(s.weights[0], 0.30 / 0.45, accuracy: 1e-15)
        XCTAssertEqual(s.weights[1], 0.15 / 0.45, accuracy: 1e-15)
        XCTAssertEqual(s.order.first, 1)
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
