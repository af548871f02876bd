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

    /// The Higgs retweet network (456,623 nodes, 328,132 arcs without loops: above the
    /// 65,536 arcs where peeling runs level by level on all cores) against networkx
    /// core_number (symmetric and directed "all") and igraph coreness (in, out):
    /// histograms, Σ v·core(v) and 1,000 seeded nodes equal (higgs-core.json).
    func testHiggsRetweetsMatchNetworkxAndIgraphInParallel() throws {
        let ref = try reference("higgs-core.json")
        let g = try higgsRetweets(nodeCount: ref["nodes"] as! Int)
        let sample = (ref["sample_nodes"] as! [Int])
        for (key, cores) in [("symmetric", coreness(g.view(direction: .symmetric))), ("all", coreness(g, mode: .all)),
                             ("in", coreness(g, mode: .incoming)), ("out", coreness(g, mode: .outgoing))] {
            let expected = ref[key] as! [String: Any]
            let top = expected["max"] as! Int
            var histogram = [Int](repeating: 0, count: top + 1)
            for c in cores where c <= top { histogram[c] += 1 }
            XCTAssertEqual(cores.max(), top, key)
            XCTAssertEqual(histogram, expected["histogram"] as! [Int], key)
            XCTAssertEqual(cores.enumerated().reduce(0) { $0 + $1.offset * $1.element }, expected["weighted_sum"] as! Int, key)
            XCTAssertEqual(sample.map { cores[$0] }, expected["sample"] as! [Int], key)
        }
    }
}
