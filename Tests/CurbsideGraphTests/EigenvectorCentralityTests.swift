import XCTest
import CurbsideGraph

final class EigenvectorCentralityTests: XCTestCase {
    /// Star K1,3: eigenvalue √3, centre 1/√2, leaves 1/√6 (Euclidean norm 1).
    func testStarClosedForm() {
        let star = makeGraph(4, [(0, 1), (0, 2), (0, 3)]).view(direction: .symmetric)
        var options = EigenvectorOptions()
        options.tolerance = 1e-14
        options.maxIterations = 10_000
        let r = eigenvectorCentrality(star, options: options)
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(maxRelativeError(r.scores, [1 / 2.0.squareRoot(), 1 / 6.0.squareRoot(), 1 / 6.0.squareRoot(), 1 / 6.0.squareRoot()]), 1e-9)
    }

    /// email-Eu-core symmetrised against networkx `eigenvector_centrality` (tol 1e-15):
    /// within 1e-9 relative on every node above 1e-6; and with networkx's defaults
    /// (tol 1e-6, 100 iterations) the same iterate as networkx to 1e-9 L1.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore().view(direction: .symmetric)
        let ref = try centralityReference()
        var tight = EigenvectorOptions()
        tight.tolerance = 1e-15
        tight.maxIterations = 100_000
        let r = eigenvectorCentrality(g, options: tight)
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(maxRelativeError(r.scores, referenceArray(ref, "eigenvector_symmetric_tol_1e-15"), floor: 1e-6), 1e-9)
        let d = eigenvectorCentrality(g)
        XCTAssertTrue(d.converged)
        XCTAssertLessThan(l1(d.scores, referenceArray(ref, "eigenvector_symmetric_default")), 1e-9)
    }
}
