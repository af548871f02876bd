import XCTest
import CurbsideGraph

final class KCoreTests: XCTestCase {
    /// Triangle 0–1–2 with 3 hanging off 2, a self-loop on 3, and an isolated 4:
    /// cores 2, 2, 2, 1, 0 (the loop is ignored).
    func testUndirected() {
        let g = makeGraph(5, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)]).view(direction: .symmetric)
        XCTAssertEqual(coreness(g), [2, 2, 2, 1, 0])
        XCTAssertEqual(kCoreNodes(g, k: 2), [0, 1, 2])
    }

    /// 0→1, 0→2, 1→2, 3→2, 2→0: igraph coreness in [1, 1, 1, 0], out [1, 1, 1, 1],
    /// all [2, 2, 2, 1] (networkx core_number agrees on "all").
    func testDirectedModes() {
        let g = makeGraph(4, [(0, 1), (0, 2), (1, 2), (3, 2), (2, 0)])
        XCTAssertEqual(coreness(g, mode: .incoming), [1, 1, 1, 0])
        XCTAssertEqual(coreness(g, mode: .outgoing), [1, 1, 1, 1])
        XCTAssertEqual(coreness(g, mode: .all), [2, 2, 2, 1])
    }

    /// email-Eu-core (loops ignored) against networkx core_number and igraph coreness: exact.
    func testEmailEuCoreMatchesNetworkxAndIgraph() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        func ints(_ key: String) -> [Int] { referenceArray(ref, key).map { Int($0) } }
        XCTAssertEqual(coreness(g.view(direction: .symmetric)), ints("core_number_symmetric"))
        XCTAssertEqual(coreness(g, mode: .all), ints("core_number_directed_all"))
        XCTAssertEqual(coreness(g, mode: .incoming), ints("coreness_in_igraph"))
        XCTAssertEqual(coreness(g, mode: .outgoing), ints("coreness_out_igraph"))
    }
}
