import XCTest
import CurbsideGraph

final class ModularityTests: XCTestCase {
    /// Two 5-cliques joined by one edge: m = 21, each side has L = 10 and K = 21, so
    /// Q = 2·(10/21 − (21/42)²) = 20/21 − 1/2.
    func testTwoCliquesExactValue() throws {
        let g = cliqueChain(count: 2, size: 5, ring: false)
        let halves: [UInt32] = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1]
        XCTAssertEqual(try modularity(g, membership: halves), 20.0 / 21 - 0.5, accuracy: 1e-15)
        // One community: L = m, K = 2m, so Q = 1 − γ.
        XCTAssertEqual(try modularity(g, membership: [UInt32](repeating: 7, count: 10)), 0, accuracy: 1e-15)
        XCTAssertEqual(try modularity(g, membership: [UInt32](repeating: 7, count: 10), resolution: 0.25), 0.75, accuracy: 1e-15)
        // Labels need not be consecutive.
        XCTAssertEqual(try modularity(g, membership: halves.map { $0 == 0 ? 900_000 : 3 }), 20.0 / 21 - 0.5, accuracy: 1e-15)
    }

    func testNoEdgesIsUndefined() throws {
        XCTAssertTrue(try modularity(undirectedGraph(nodeCount: 3, edges: []), membership: [0, 1, 2]).isNaN)
    }

    /// A self-loop counts once in m and L_c, twice in the degree (networkx's convention):
    /// edges {0,1}, {1,2}, loop {2,2}: m = 3, degrees 1, 2, 3; {0,1} | {2}:
    /// Q = (1/3 − (3/6)²) + (1/3 − (3/6)²) = 1/6.
    func testSelfLoopConvention() throws {
        let g = undirectedGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 2)])
        XCTAssertEqual(try modularity(g, membership: [0, 0, 1]), 1.0 / 6, accuracy: 1e-15)
    }

    /// email-Eu-core with its department labels, against networkx `community.modularity`.
    func testEmailEuCoreDepartmentsMatchNetworkx() throws {
        let ref = try communityReference("email_eu_core")
        let expected = ref["modularity_departments"] as! [String: Double]
        let departments = uint32s(ref["departments"])
        let plain = try emailEuCoreUndirected(), weighted = try emailEuCoreUndirected(weighted: true)
        let directed = try loadIntegerEdgeList(try sharedDataURL("email-eu-core/email-Eu-core.txt"), nodeCount: 1005)
        XCTAssertEqual(plain.edgeCount, ref["undirected_edges"] as! Int)
        XCTAssertEqual(try modularity(plain, membership: departments), expected["unweighted_r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(plain, membership: departments, resolution: 0.5), expected["unweighted_r0.5"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(weighted, membership: departments), expected["weighted_r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(weighted, membership: departments, resolution: 2), expected["weighted_r2"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(weighted, membership: departments, weighted: false), expected["unweighted_r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(directed, membership: departments), expected["directed_r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(directed, membership: departments, resolution: 0.5), expected["directed_r0.5"]!, accuracy: 1e-12)
        let best = try communityReference("email_eu_core", "leiden_modularity_r1")
        XCTAssertEqual(try modularity(plain, membership: uint32s(best["best_membership"])),
                       ref["modularity_leiden_best_partition_r1"] as! Double, accuracy: 1e-12)
    }

    func testLFRGroundTruthMatchesNetworkx() throws {
        let ref = try communityReference("lfr_n1024")
        let expected = ref["modularity_truth"] as! [String: Double]
        let g = try lfrBenchmark()
        let truth = uint32s(ref["truth"])
        XCTAssertEqual(g.edgeCount, ref["undirected_edges"] as! Int)
        XCTAssertEqual(try modularity(g, membership: truth), expected["r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(g, membership: truth, resolution: 0.5), expected["r0.5"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(g, membership: truth, resolution: 2), expected["r2"]!, accuracy: 1e-12)
    }

    /// Zachary's karate club with networkx's interaction-count weights and the club split.
    func testWeightedKarateClubMatchesNetworkx() throws {
        let ref = try reference("communities.json")["karate"] as! [String: Any]
        let rows = ref["edges"] as! [[Int]]
        let g = undirectedGraph(nodeCount: 34, edges: rows.map { ($0[0], $0[1]) }, weights: rows.map { UInt32($0[2]) })
        let club = uint32s(ref["club"])
        let expected = ref["modularity"] as! [String: Double]
        XCTAssertEqual(try modularity(g, membership: club), expected["weighted_r1"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(g, membership: club, resolution: 0.5), expected["weighted_r0.5"]!, accuracy: 1e-12)
        XCTAssertEqual(try modularity(g, membership: club, weighted: false), expected["unweighted_r1"]!, accuracy: 1e-12)
    }

    /// CPM by hand: a triangle plus a pendant edge, γ = 0.5, communities {0,1,2} | {3}:
    /// 3 − 0.5·3 + 0 − 0 = 1.5; all together: 4 − 0.5·6 = 1.
    func testConstantPottsByHand() throws {
        let g = undirectedGraph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (2, 3)])
        XCTAssertEqual(try constantPottsQuality(g, membership: [0, 0, 0, 1], resolution: 0.5), 1.5, accuracy: 1e-15)
        XCTAssertEqual(try constantPottsQuality(g, membership: [0, 0, 0, 0], resolution: 0.5), 1, accuracy: 1e-15)
    }
}
