import XCTest
import CurbsideGraph

final class HITSTests: XCTestCase {
    /// 0→1, 0→2, 1→2, 3→2, 2→0. AᵀA has the block [[1, 1], [1, 3]] on nodes 1, 2 with top
    /// eigenvalue 2 + √2 and eigenvector ∝ (√2 − 1, 1), so authorities are
    /// (0, 1 − 1/√2, 1/√2, 0); hubs A·a ∝ (√2, 1, 0, 1), i.e. (√2 − 1, 1 − 1/√2, 0, 1 − 1/√2)
    /// after summing to 1 (networkx 3.6.1 agrees to 1e-12).
    func testSmallGraphClosedForm() {
        let g = makeGraph(4, [(0, 1), (0, 2), (1, 2), (3, 2), (2, 0)])
        var options = HITSOptions()
        options.tolerance = 1e-13
        options.maxIterations = 1000
        let r = hits(g, options: options)
        let s = 2.0.squareRoot()
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(l1(r.hubs, [s - 1, 1 - 1 / s, 0, 1 - 1 / s]), 1e-9)
        XCTAssertLessThan(l1(r.authorities, [0, 1 - 1 / s, 1 / s, 0]), 1e-9)
        XCTAssertEqual(r.hubs.reduce(0, +), 1, accuracy: 1e-12)
    }

    func testReportsNonConvergence() {
        let g = makeGraph(4, [(0, 1), (0, 2), (1, 2), (3, 2), (2, 0)])
        var options = HITSOptions()
        options.maxIterations = 2
        options.tolerance = 1e-15
        let r = hits(g, options: options)
        XCTAssertFalse(r.converged)
        XCTAssertEqual(r.iterations, 2)
    }

    /// email-Eu-core against networkx `hits` (scipy SVD, sums to 1): L1 ≤ 1e-6 each.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        var options = HITSOptions()
        options.tolerance = 1e-12
        options.maxIterations = 10_000
        let r = hits(g, options: options)
        XCTAssertTrue(r.converged)
        XCTAssertLessThan(l1(r.hubs, referenceArray(ref, "hits_hubs")), 1e-6)
        XCTAssertLessThan(l1(r.authorities, referenceArray(ref, "hits_authorities")), 1e-6)
        XCTAssertEqual(hits(g, options: options).hubs, r.hubs)
    }
}
