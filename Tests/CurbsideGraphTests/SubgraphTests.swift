import XCTest
import CurbsideGraph

final class SubgraphTests: XCTestCase {
    /// Keeping nodes [3, 1, 2] of 0→1, 1→2, 2→3, 3→1 (count 5, kind "mention") keeps
    /// 1→2, 2→3, 3→1, renumbered 1→1, 2→2, 3→0, with kinds, counts and times.
    func testInducedGraphKeepsAttributes() throws {
        var b = GraphBuilder(nodeCount: 4)
        let follow = b.kind(named: "follow"), mention = b.kind(named: "mention")
        b.addEdge(from: 0, to: 1, kind: follow)
        b.addEdge(from: 1, to: 2, kind: follow, firstAt: 10, lastAt: 20)
        b.addEdge(from: 2, to: 3, kind: follow)
        b.addEdge(from: 3, to: 1, kind: mention, count: 5)
        let sub = try inducedSubgraph(b.build(), nodes: [3, 1, 2])
        XCTAssertEqual(sub.originalNode, [3, 1, 2])
        let g = sub.graph
        XCTAssertEqual(g.nodeCount, 3)
        XCTAssertEqual(g.edgeCount, 3)
        XCTAssertEqual(Array(g.outAdjacency.neighbors(0)), [1])
        XCTAssertEqual(Array(g.outAdjacency.neighbors(1)), [2])
        XCTAssertEqual(Array(g.outAdjacency.neighbors(2)), [0])
        XCTAssertEqual(g.kindLabel(ofEdge: 0), "mention")
        XCTAssertEqual(g.count(ofEdge: 0), 5)
        XCTAssertEqual(g.firstSeen(ofEdge: 1), 10)
        XCTAssertEqual(g.lastSeen(ofEdge: 1), 20)
        XCTAssertNil(g.firstSeen(ofEdge: 2))
    }

    /// A weighted undirected view restricted to [2, 0]: the edge 0–2 survives with its weight.
    func testInducedView() throws {
        let view = makeGraph(3, [(0, 1), (1, 2), (2, 0)], counts: [1, 1, 7]).view(direction: .symmetric, weighted: true)
        let sub = try inducedSubgraph(view, nodes: [2, 0])
        XCTAssertFalse(sub.graph.isDirected)
        XCTAssertEqual(sub.graph.outAdjacency.targets, [1, 0])
        XCTAssertEqual(sub.graph.outAdjacency.weights, [7, 7])
    }

    /// The 2-core of a triangle with a tail, as a subgraph; and the top-N choice.
    func testFilters() throws {
        let g = makeGraph(4, [(0, 1), (1, 2), (2, 0), (2, 3)]).view(direction: .symmetric)
        let core = try inducedSubgraph(g, nodes: kCoreNodes(g, k: 2))
        XCTAssertEqual(core.originalNode, [0, 1, 2])
        XCTAssertEqual(core.graph.edgeCount, 3)
        XCTAssertEqual(try topNodes([0.5, .nan, 2, 0.5, 1], count: 3), [2, 4, 0])
        XCTAssertEqual(try topNodes([1, 2], count: 5), [1, 0])
    }
}
