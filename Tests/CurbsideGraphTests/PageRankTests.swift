import XCTest
import CurbsideGraph

final class PageRankTests: XCTestCase {
    /// 0→1→2→0, 2→3, 3⇄4, 5→5. Expected: networkx 3.6.1 `pagerank(G, tol=1e-13)`.
    func testSmallGraphMatchesNetworkx() throws {
        var b = GraphBuilder(nodeCount: 6)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 5)] { b.addEdge(from: UInt32(u), to: UInt32(v)) }
        var options = PageRankOptions()
        options.tolerance = 1e-13
        options.maxIterations = 1000
        let r = try pageRank(b.build(), options: options)
        let expected = [0.064444845314, 0.079778118517, 0.09281140074, 0.308810253385, 0.287488715377, 0.166666666667]
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(l1(r.scores, expected), 1e-9)
        XCTAssertEqual(r.scores.reduce(0, +), 1, accuracy: 1e-12)

        // Personalised on node 0 (networkx personalization={0: 1}).
        options.personalization = [1, 0, 0, 0, 0, 0]
        let p = try pageRank(b.build(), options: options)
        XCTAssertLessThan(l1(p.scores, [0.216469739334, 0.183999278434, 0.156399386669, 0.239530592195, 0.203601003366, 0]), 1e-9)
    }

    /// Weighted: networkx `pagerank(W, tol=1e-13)` with weights 0→1:3, 0→2:1, 1→2:2, 2→0:1, 3→2:5.
    func testWeightedMatchesNetworkx() throws {
        var b = GraphBuilder(nodeCount: 4)
        for (u, v, w) in [(0, 1, 3), (0, 2, 1), (1, 2, 2), (2, 0, 1), (3, 2, 5)] {
            b.addEdge(from: UInt32(u), to: UInt32(v), count: UInt32(w))
        }
        var options = PageRankOptions()
        options.tolerance = 1e-13
        options.maxIterations = 1000
        let r = try pageRank(b.build().view(weighted: true), options: options)
        XCTAssertLessThan(l1(r.scores, [0.344395087536, 0.257051868304, 0.36105304416, 0.0375]), 1e-9)
    }

    /// email-Eu-core: L1 distance to networkx `pagerank(alpha=0.85, tol=1e-12)` below 1e-6.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try loadIntegerEdgeList(try sharedDataURL("email-eu-core/email-Eu-core.txt"), nodeCount: 1005)
        let expected = try reference("email-eu-core.json")["pagerank_alpha_0.85"] as! [Double]
        var options = PageRankOptions()
        options.tolerance = 1e-12
        options.maxIterations = 1000
        let r = try pageRank(g, options: options)
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(l1(r.scores, expected), 1e-6)
        // Same input, same bits.
        XCTAssertEqual(try pageRank(g, options: options).scores, r.scores)
    }

    func testReportsNonConvergence() throws {
        var b = GraphBuilder(nodeCount: 3)
        b.addEdge(from: 0, to: 1); b.addEdge(from: 1, to: 2)
        var options = PageRankOptions()
        options.maxIterations = 2
        options.tolerance = 1e-15
        let r = try pageRank(b.build(), options: options)
        XCTAssertFalse(r.converged)
        XCTAssertEqual(r.iterations, 2)
    }
}
