import XCTest
import CurbsideGraph

final class StructuralHolesTests: XCTestCase {
    /// Star K1,3 plus an isolated node: the centre has constraint 3·(1/3)² = 1/3 and
    /// effective size 3; leaves 1 and 1; the isolated node NaN.
    func testStar() {
        let star = makeGraph(5, [(0, 1), (0, 2), (0, 3)]).view(direction: .symmetric)
        XCTAssertLessThan(maxRelativeError(constraint(star), [1.0 / 3, 1, 1, 1, .nan]), 1e-12)
        XCTAssertLessThan(maxRelativeError(effectiveSize(star), [3, 1, 1, 1, .nan]), 1e-12)
    }

    /// Triangle: each node's two contacts are tied, constraint 2·(1/2 + 1/4)² = 9/8 and
    /// effective size 2 − 2·1/2 = 1.
    func testTriangle() {
        let t = makeGraph(3, [(0, 1), (1, 2), (2, 0)]).view(direction: .symmetric)
        XCTAssertLessThan(maxRelativeError(constraint(t), [1.125, 1.125, 1.125]), 1e-12)
        XCTAssertLessThan(maxRelativeError(effectiveSize(t), [1, 1, 1]), 1e-12)
    }

    /// Directed 0→1, 0→2, 1→2, 3→2, 2→0: mutual weights count directions (0–2 weighs 2).
    /// networkx 3.6.1: constraint {0: 0.944444, 1: 1.256944, 2: 0.626736, 3: 1};
    /// effective size {0: 7/6, 1: 1, 2: 2.375, 3: 1} from `effective_size(G, nodes=list(G))`.
    /// (Without `nodes`, networkx 3.6.1 takes a vectorised path that divides by the wrong
    /// node's largest mutual weight and returns {0: 4/3, 2: 2.5}: networkx PR #8906.)
    /// By hand for node 0: p(0,1) = 1/3, p(0,2) = 2/3; contact 1 is redundant through 2
    /// by 2/3 · 1/1, contact 2 through 1 by 1/3 · 1/2, so 1/3 + 5/6 = 7/6.
    func testDirectedMatchesNetworkx() {
        let g = makeGraph(4, [(0, 1), (0, 2), (1, 2), (3, 2), (2, 0)])
        XCTAssertLessThan(maxRelativeError(constraint(g), [0.9444444444444443, 1.2569444444444442, 0.626736111111111, 1]), 1e-12)
        XCTAssertLessThan(maxRelativeError(effectiveSize(g), [7.0 / 6, 1, 2.375, 1]), 1e-12)
    }

    /// email-Eu-core (loops ignored) against networkx constraint and effective_size,
    /// directed and symmetrised.
    func testEmailEuCoreMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try centralityReference()
        XCTAssertLessThan(maxRelativeError(constraint(g), referenceArray(ref, "constraint_directed")), 1e-9)
        XCTAssertLessThan(maxRelativeError(effectiveSize(g), referenceArray(ref, "effective_size_directed")), 1e-9)
        let u = g.view(direction: .symmetric)
        XCTAssertLessThan(maxRelativeError(constraint(u), referenceArray(ref, "constraint_symmetric")), 1e-9)
        XCTAssertLessThan(maxRelativeError(effectiveSize(u), referenceArray(ref, "effective_size_symmetric")), 1e-9)
    }
}
