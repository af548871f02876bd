import XCTest
import CurbsideGraph

final class HarmonicClosenessTests: XCTestCase {
    /// Path 0–1–2: ends 1 + 1/2, middle 2. Directed 0→1→2: distances run towards the node,
    /// so 0 gets 0, 1 gets 1, 2 gets 1 + 1/2.
    func testSmallPaths() throws {
        let g = makeGraph(3, [(0, 1), (1, 2)])
        XCTAssertLessThan(maxRelativeError(try harmonicCloseness(g.view(direction: .symmetric)), [1.5, 2, 1.5]), 1e-12)
        XCTAssertLessThan(maxRelativeError(try harmonicCloseness(g), [0, 1, 1.5]), 1e-12)
        XCTAssertLessThan(maxRelativeError(try harmonicCloseness(g, normalized: true), [0, 0.5, 0.75]), 1e-12)
        // Weighted: 0→1 of length 4 makes 2's sum 1 + 1/5.
        let w = makeGraph(3, [(0, 1), (1, 2)], counts: [4, 1]).view(weighted: true)
        XCTAssertLessThan(maxRelativeError(try harmonicCloseness(w, weighted: true), [0, 0.25, 1.2]), 1e-12)
    }

    /// email-Eu-core against networkx `harmonic_centrality`, directed and symmetrised; the
    /// pivot estimate is exact with every node a pivot, close with a fifth of them, and
    /// fixed by its seed.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        let exact = try harmonicCloseness(g)
        XCTAssertLessThan(maxRelativeError(exact, referenceArray(ref, "harmonic_directed")), 1e-12)
        XCTAssertLessThan(maxRelativeError(try harmonicCloseness(g.view(direction: .symmetric)), referenceArray(ref, "harmonic_symmetric")), 1e-12)

        XCTAssertLessThan(maxRelativeError(try sampledHarmonicCloseness(g, pivots: 2000, seed: 3), exact), 1e-12)
        let normalisedExact = try harmonicCloseness(g, normalized: true)
        let sampled = try sampledHarmonicCloseness(g, pivots: 200, seed: 3, normalized: true)
        var worst = 0.0
        for (x, y) in zip(sampled, normalisedExact) { worst = max(worst, abs(x - y)) }
        // Hoeffding with k = 200, n = 1005, δ = 0.1: ε = sqrt(ln(2n/δ) / 2k) ≈ 0.157.
        XCTAssertLessThan(worst, 0.157)
        XCTAssertGreaterThan(worst, 0)
        XCTAssertEqual(try sampledHarmonicCloseness(g, pivots: 200, seed: 3, normalized: true), sampled)
        XCTAssertNotEqual(try sampledHarmonicCloseness(g, pivots: 200, seed: 4, normalized: true), sampled)
    }
}
