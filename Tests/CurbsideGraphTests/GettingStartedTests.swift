import CurbsideGraph
import XCTest

/// The code of the DocC article GettingStarted.md (Sources/CurbsideGraph/CurbsideGraph.docc),
/// line for line, so the article compiles and its printed values are the real ones.
final class GettingStartedTests: XCTestCase {
    func testArticleCodeRunsAndPrintsWhatItSays() throws {
        var builder = GraphBuilder(nodeCount: 6)
        let follow = builder.kind(named: "follow")
        let reply = builder.kind(named: "reply")
        // Two triangles of mutual follows, joined by the mutual follow 2 ↔ 3.
        for (u, v) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)] as [(UInt32, UInt32)] {
            builder.addEdge(from: u, to: v, kind: follow)
            builder.addEdge(from: v, to: u, kind: follow)
        }
        builder.addEdge(from: 4, to: 2, kind: reply, count: 3)
        let graph = builder.build()

        let follows = graph.view(kinds: ["follow"])                  // directed follow graph
        let ties = graph.view(direction: .symmetric, weighted: true) // undirected, every kind

        let rank = try pageRank(follows)
        let top = try topNodes(rank.scores, count: 3)
        var options = LeidenOptions()
        options.seed = 1
        let communities = try leiden(ties, options: options)
        let cores = coreness(ties)
        var search = HopSearch(follows, direction: .incoming)
        let audience = try search.run(from: 0, hops: 2)

        XCTAssertEqual(communities.count, 2)
        XCTAssertEqual(communities.membership, [0, 0, 0, 1, 1, 1])
        XCTAssertEqual(cores, [2, 2, 2, 2, 2, 2])
        XCTAssertEqual(audience, 3)          // 1 and 2 follow 0; 3 follows 2
        XCTAssertEqual(Set(top), [2, 3, 0])  // the bridge ends first (symmetric layout)
        XCTAssertEqual(Array(top.prefix(2)), [2, 3])
    }
}
