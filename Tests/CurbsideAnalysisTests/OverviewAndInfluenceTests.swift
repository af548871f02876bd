import CurbsideAnalysis
import CurbsideGraph
import XCTest

final class OverviewAndInfluenceTests: XCTestCase {
    /// 0⇄1 follow, 1→2 follow, 2→0 mention ×3 at t=100…300, 3 isolated.
    private func graph() -> Graph {
        var b = GraphBuilder(nodeCount: 4)
        let f = b.kind(named: "follow"), m = b.kind(named: "mention")
        b.addEdge(from: 0, to: 1, kind: f)
        b.addEdge(from: 1, to: 0, kind: f)
        b.addEdge(from: 1, to: 2, kind: f)
        b.addEdge(from: 2, to: 0, kind: m, count: 3, firstAt: 100, lastAt: 300)
        return b.build()
    }

    func testOverview() {
        let o = NetworkOverview(graph: graph())
        XCTAssertEqual(o.accounts, 4)
        XCTAssertEqual(o.connectedAccounts, 3)
        XCTAssertEqual(o.edgesByKind.map(\.kind), ["follow", "mention"])
        XCTAssertEqual(o.edgesByKind.map(\.edges), [3, 1])
        XCTAssertEqual(o.edgesByKind.map(\.interactions), [3, 3])
        // 4 distinct arcs over 4 × 3 possible.
        XCTAssertEqual(o.density, 4.0 / 12.0, accuracy: 1e-15)
        // Follow arcs: 0→1 and 1→0 answered, 1→2 not.
        XCTAssertEqual(o.reciprocity, 2.0 / 3.0, accuracy: 1e-15)
        XCTAssertEqual(o.reciprocityKinds, "follow")
        XCTAssertEqual(o.components, 2)
        XCTAssertEqual(o.largestComponent, 3)
        XCTAssertEqual(o.firstAt, 100)
        XCTAssertEqual(o.lastAt, 300)
    }

    /// networkx 3.6.1: pagerank of DiGraph 0→1 (w1), 1→0 (w1), 1→2 (w1), 2→0 (w3), node 3
    /// isolated, tol 1e-12: [0.3784759, 0.3693235, 0.2045815, 0.047619] (rounded).
    func testInfluenceScores() throws {
        let s = try InfluenceScores(graph: graph())
        XCTAssertEqual(s.inDegree, [2, 1, 1, 0])
        XCTAssertEqual(s.followers, [1, 1, 1, 0])
        XCTAssertTrue(s.pageRankConverged)
        let expected = [0.3784759, 0.3693235, 0.2045815, 0.0476190]
        for (a, b) in zip(s.pageRank, expected) { XCTAssertEqual(a, b, accuracy: 1e-6) }
    }

    func testTopAccountsSharesRanksAndBreaksTies() {
        let ranked = topAccounts([5, 9, 5, 1, 9], k: 4, tieBreak: { ["e", "d", "c", "b", "a"][Int($0)] })
        XCTAssertEqual(ranked.map(\.node), [4, 1, 2, 0])
        XCTAssertEqual(ranked.map(\.rank), [1, 1, 3, 3])
    }
}
