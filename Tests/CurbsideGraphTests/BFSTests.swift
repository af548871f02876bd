import XCTest
import CurbsideGraph

final class BFSTests: XCTestCase {
    /// 0→1→2, 0→3, 4 isolated: hops from 0, and towards 2 along in-arcs.
    func testSmall() throws {
        let g = makeGraph(5, [(0, 1), (1, 2), (0, 3)])
        XCTAssertEqual(try bfsDistances(g, from: 0), [0, 1, 2, 1, .max])
        XCTAssertEqual(try bfsDistances(g, from: 2, direction: .incoming), [2, 1, 0, .max, .max])
        XCTAssertEqual(try bfsDistances(g.view(direction: .symmetric), from: 3), [1, 2, 3, 0, .max])
    }

    /// email-Eu-core hop counts from node 0 against networkx single_source_shortest_path_length.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let expected = referenceArray(try centralityReference(), "bfs_from_0_directed").map { $0 < 0 ? UInt32.max : UInt32($0) }
        XCTAssertEqual(try bfsDistances(g, from: 0), expected)
    }
}
