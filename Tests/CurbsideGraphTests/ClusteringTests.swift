import XCTest
import CurbsideGraph

final class ClusteringTests: XCTestCase {
    /// Triangle 0–1–2 with 3 hanging off 2 (and a loop on 0, ignored): c = 1, 1, 1/3, 0;
    /// 3 closed of 5 connected triples; mean 7/12. Arcs given one way only, so the
    /// directed graph is clustered through its undirected view.
    func testTriangleWithTail() {
        let g = makeGraph(4, [(0, 1), (1, 2), (2, 0), (2, 3), (0, 0)])
        XCTAssertLessThan(maxRelativeError(localClustering(g), [1, 1, 1.0 / 3, 0]), 1e-12)
        XCTAssertEqual(transitivity(g), 0.6, accuracy: 1e-12)
        XCTAssertEqual(averageClustering(g), 7.0 / 12, accuracy: 1e-12)
        XCTAssertEqual(localClustering(g.view(direction: .symmetric)), localClustering(g))
    }

    /// email-Eu-core against networkx clustering / transitivity / average_clustering of
    /// `G.to_undirected()`.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        XCTAssertLessThan(maxRelativeError(localClustering(g), referenceArray(ref, "clustering_symmetric")), 1e-9)
        XCTAssertEqual(transitivity(g), ref["transitivity_symmetric"] as! Double, accuracy: 1e-12)
        XCTAssertEqual(averageClustering(g), ref["average_clustering_symmetric"] as! Double, accuracy: 1e-12)
    }
}
