import XCTest
import CurbsideGraph

final class ComponentsTests: XCTestCase {
    func testSmallGraph() {
        var b = GraphBuilder(nodeCount: 7)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 6)] { b.addEdge(from: UInt32(u), to: UInt32(v)) }
        let g = b.build()
        let w = weaklyConnectedComponents(g)
        XCTAssertEqual(w.sizes, [5, 2])
        XCTAssertEqual(w.membership, [0, 0, 0, 0, 0, 1, 1])
        let s = stronglyConnectedComponents(g)
        XCTAssertEqual(s.sizes, [3, 2, 1, 1])
        XCTAssertEqual(s.membership, [0, 0, 0, 1, 1, 2, 3])
    }

    /// A 200,000-node path: the iterative Tarjan must not overflow the stack.
    func testDeepPathDoesNotRecurse() {
        var b = GraphBuilder(nodeCount: 200_000)
        for v in 0..<199_999 { b.addEdge(from: UInt32(v), to: UInt32(v + 1)) }
        b.addEdge(from: 199_999, to: 0)
        XCTAssertEqual(stronglyConnectedComponents(b.build()).sizes, [200_000])
    }

    /// Component sizes, reciprocity and density on email-Eu-core agree with networkx/igraph.
    func testEmailEuCoreMatchesReferences() throws {
        let g = try loadIntegerEdgeList(try sharedDataURL("email-eu-core/email-Eu-core.txt"), nodeCount: 1005)
        let ref = try reference("email-eu-core.json")
        let wcc = weaklyConnectedComponents(g).sizes, scc = stronglyConnectedComponents(g).sizes
        XCTAssertTrue(wcc == ref["wcc_sizes"] as! [Int], "WCC sizes \(wcc.prefix(5))… (\(wcc.count) components)")
        XCTAssertTrue(scc == ref["scc_sizes"] as! [Int], "SCC sizes \(scc.prefix(5))… (\(scc.count) components)")
        XCTAssertEqual(reciprocity(g), ref["reciprocity_igraph_ignore_loops"] as! Double, accuracy: 1e-12)
        XCTAssertEqual(density(g), ref["density_igraph_no_loops"] as! Double, accuracy: 1e-12)
    }
}
