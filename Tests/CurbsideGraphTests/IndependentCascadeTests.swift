import XCTest
import CurbsideGraph

final class IndependentCascadeTests: XCTestCase {
    /// A post by 0 reaches its followers 1...10 (each follows 0) with probability p each:
    /// expected spread 1 + 10p. The 99.9 % interval must cover it.
    func testStarMatchesClosedForm() throws {
        let g = makeGraph(11, (1...10).map { ($0, 0) })
        var options = CascadeOptions()
        options.probabilities = .uniform(0.3)
        options.simulations = 20_000
        options.seed = 7
        options.confidenceZ = 3.290526731491926
        let s = try independentCascadeSpread(g, seeds: [0], options: options)
        XCTAssertLessThanOrEqual(s.lower, 4)
        XCTAssertGreaterThanOrEqual(s.upper, 4)
        XCTAssertEqual(s.mean, 4, accuracy: 0.05)
        // Binomial(10, 0.3) standard deviation: √2.1.
        XCTAssertEqual(s.standardDeviation, 2.1.squareRoot(), accuracy: 0.05)
        XCTAssertEqual(s.simulations, 20_000)
        // Influence follows the chosen direction: along out-arcs 0 follows no one.
        options.direction = .outgoing
        XCTAssertEqual(try independentCascadeSpread(g, seeds: [0], options: options).mean, 1)
    }

    /// Weighted cascade on a chain 2 → 1 → 0 of follows where 1 also follows 3 and 4:
    /// 1 listens to three accounts, so a post by 0 reaches 1 with probability 1/3, and
    /// 2 (who follows only 1) then surely: spread 1 + 1/3 + 1/3.
    func testWeightedCascade() throws {
        let g = makeGraph(5, [(2, 1), (1, 0), (1, 3), (1, 4)])
        var options = CascadeOptions()
        options.simulations = 30_000
        options.seed = 3
        let s = try independentCascadeSpread(g, seeds: [0], options: options)
        XCTAssertEqual(s.mean, 1 + 2.0 / 3, accuracy: 4 * s.standardError)
        XCTAssertGreaterThan(s.standardError, 0)
    }

    /// Per-arc probabilities follow the arc they are given for, whichever way influence runs.
    func testPerArcProbabilities() throws {
        // Out-arc positions: 1→0 (0), 2→0 (1), 3→2 (2).
        let g = makeGraph(4, [(1, 0), (2, 0), (3, 2)])
        var options = CascadeOptions()
        options.simulations = 200
        options.probabilities = .perArc([1, 0, 1])
        XCTAssertEqual(try independentCascadeSpread(g, seeds: [0], options: options).mean, 2)   // 0 → 1 only
        XCTAssertEqual(try independentCascadeSpread(g, seeds: [2], options: options).mean, 2)   // 2 → 3
        options.probabilities = .perArc([0, 1, 1])
        XCTAssertEqual(try independentCascadeSpread(g, seeds: [0], options: options).mean, 3)   // 0 → 2 → 3
        options.targets = [3]
        XCTAssertEqual(try independentCascadeSpread(g, seeds: [0], options: options).mean, 1)
        let exact = try independentCascadeSpread(g, seeds: [0], options: options)
        XCTAssertEqual(exact.standardDeviation, 0)
        XCTAssertEqual(exact.lower, exact.upper)
    }

    func testSeededRunsAreReproducible() throws {
        let g = try emailEuCore()
        var options = CascadeOptions()
        options.probabilities = .uniform(0.02)
        options.simulations = 2_000
        options.seed = 11
        let a = try independentCascadeSpread(g, seeds: [160, 121], options: options)
        XCTAssertEqual(a, try independentCascadeSpread(g, seeds: [160, 121], options: options))
        options.seed = 12
        XCTAssertNotEqual(a.mean, try independentCascadeSpread(g, seeds: [160, 121], options: options).mean)
        XCTAssertGreaterThan(a.mean, 2)
    }
}
