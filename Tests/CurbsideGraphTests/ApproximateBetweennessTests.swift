import XCTest
import CurbsideGraph

final class ApproximateBetweennessTests: XCTestCase {
    /// On a path the only shortest path is the path itself, so each sample credits exactly
    /// the interior nodes: the estimate is close to exact and ends stay at 0.
    func testPathEstimate() throws {
        let path = makeGraph(5, [(0, 1), (1, 2), (2, 3), (3, 4)]).view(direction: .symmetric)
        let r = try approximateBetweenness(path, epsilon: 0.05, delta: 0.1, seed: 7)
        // Vertex diameter is 5 nodes; root 0 has eccentricity 4, so the bound is min(5, 9) = 5.
        XCTAssertEqual(r.vertexDiameterBound, 5)
        XCTAssertEqual(r.scores[0], 0); XCTAssertEqual(r.scores[4], 0)
        for (x, y) in zip(r.scores, [0, 0.5, 2.0 / 3, 0.5, 0]) { XCTAssertEqual(x, y, accuracy: 0.05) }
    }

    /// A directed chain of two 3-cycles joined by one arc: the bound is the heaviest chain
    /// through the condensation, 3 + 3 nodes (each cycle has ecc_in + ecc_out + 1 = 5 > 3).
    func testDirectedVertexDiameterBound() throws {
        let g = makeGraph(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3)])
        XCTAssertEqual(try approximateBetweenness(g, epsilon: 0.2, delta: 0.5, seed: 1).vertexDiameterBound, 6)
    }

    /// email-Eu-core, ε = 0.02, δ = 0.1: every node within ε of networkx's exact normalised
    /// betweenness; the same seed gives identical arrays, another seed different ones.
    func testEmailEuCoreWithinEpsilon() throws {
        let g = try emailEuCore()
        let exact = referenceArray(try centralityReference(), "betweenness_directed_normalized")
        let a = try approximateBetweenness(g, epsilon: 0.02, delta: 0.1, seed: 2024)
        var worst = 0.0
        for (x, y) in zip(a.scores, exact) { worst = max(worst, abs(x - y)) }
        XCTAssertLessThan(worst, 0.02, "max error \(worst) with \(a.samples) samples, VD ≤ \(a.vertexDiameterBound)")
        // Sampling really happened: the estimate is not the exact array, and it is not all zeros.
        XCTAssertGreaterThan(worst, 0)
        XCTAssertGreaterThan(a.scores.max() ?? 0, 0.01)
        XCTAssertEqual(try approximateBetweenness(g, epsilon: 0.02, delta: 0.1, seed: 2024), a)
        XCTAssertNotEqual(try approximateBetweenness(g, epsilon: 0.02, delta: 0.1, seed: 2025).scores, a.scores)
    }
}
