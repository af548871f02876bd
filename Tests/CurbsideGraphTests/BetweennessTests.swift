import XCTest
import CurbsideGraph

final class BetweennessTests: XCTestCase {
    /// Path 0–1–2–3–4: node 1 lies on 3 of the 6 pairs not involving it (normalised
    /// 2·3 / (4·3) = 0.5), node 2 on 4 (8/12); ends on none.
    func testUndirectedPath() throws {
        let path = makeGraph(5, [(0, 1), (1, 2), (2, 3), (3, 4)]).view(direction: .symmetric)
        let b = try betweenness(path)
        XCTAssertLessThan(maxRelativeError(b, [0, 0.5, 2.0 / 3, 0.5, 0]), 1e-12)
        var raw = BetweennessOptions()
        raw.normalized = false
        XCTAssertLessThan(maxRelativeError(try betweenness(path, options: raw), [0, 3, 4, 3, 0]), 1e-12)
    }

    /// 0→1, 0→2, 1→2, 3→2, 2→0: 2 lies on 1→0, 3→0, 3→1 (3 / 6), 0 on 2→1, 3→1 (2 / 6).
    /// networkx 3.6.1 gives {0: 1/3, 1: 0, 2: 0.5, 3: 0}.
    func testDirected() throws {
        let g = makeGraph(4, [(0, 1), (0, 2), (1, 2), (3, 2), (2, 0)])
        XCTAssertLessThan(maxRelativeError(try betweenness(g), [1.0 / 3, 0, 0.5, 0]), 1e-12)
        // The same graph read as undirected is a triangle 0–1–2 with 3 hanging off 2.
        XCTAssertLessThan(maxRelativeError(try betweenness(g.view(direction: .symmetric)), [0, 0, 2.0 / 3, 0]), 1e-12)
    }

    /// Triangle 0–1 (1), 1–2 (1), 0–2 (w): with w = 3 the path through 1 is shorter, so 1
    /// carries both ordered pairs (normalised 2 / 2 = 1); with w = 2 it ties and carries half.
    func testWeightedDijkstra() throws {
        var options = BetweennessOptions()
        options.weighted = true
        let longChord = makeGraph(3, [(0, 1), (1, 2), (0, 2)], counts: [1, 1, 3]).view(direction: .symmetric, weighted: true)
        XCTAssertLessThan(maxRelativeError(try betweenness(longChord, options: options), [0, 1, 0]), 1e-12)
        let tie = makeGraph(3, [(0, 1), (1, 2), (0, 2)], counts: [1, 1, 2]).view(direction: .symmetric, weighted: true)
        XCTAssertLessThan(maxRelativeError(try betweenness(tie, options: options), [0, 0.5, 0]), 1e-12)
        // Unweighted, the chord is one hop and 1 carries nothing.
        XCTAssertLessThan(maxRelativeError(try betweenness(tie), [0, 0, 0]), 1e-12)
    }

    /// email-Eu-core against networkx `betweenness_centrality(normalized=True)`, directed and
    /// symmetrised, within 1e-9 relative; the same bits on a second run.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        let directed = try betweenness(g)
        XCTAssertLessThan(maxRelativeError(directed, referenceArray(ref, "betweenness_directed_normalized")), 1e-9)
        var raw = BetweennessOptions()
        raw.normalized = false
        XCTAssertLessThan(maxRelativeError(try betweenness(g, options: raw), referenceArray(ref, "betweenness_directed_raw")), 1e-9)
        let symmetric = try betweenness(g.view(direction: .symmetric))
        XCTAssertLessThan(maxRelativeError(symmetric, referenceArray(ref, "betweenness_symmetric_normalized")), 1e-9)
        XCTAssertEqual(try betweenness(g), directed)
    }
}
