import XCTest
@testable import CurbsideGraph

final class LocalPageRankTests: XCTestCase {
    /// The push estimate is within epsilon × degree of power-iteration personalised
    /// PageRank (itself checked against networkx) on the symmetrised email-Eu-core, from
    /// several sources, and never above it.
    func testPushMatchesPowerIteration() throws {
        let g = try emailEuCore().view(direction: .symmetric)
        var local = try LocalPageRank(g, damping: 0.85, epsilon: 1e-7)
        var options = PageRankOptions()
        options.tolerance = 1e-14
        options.maxIterations = 2000
        for source: UInt32 in [0, 1, 160, 500, 1004] {
            let exact = try personalizedPageRank(g, source: source, options: options).scores
            var estimate = [Double](repeating: 0, count: g.nodeCount)
            for (v, s) in try local.scores(from: source) { estimate[Int(v)] = s }
            for v in 0..<g.nodeCount {
                let bound = 1e-7 * Double(g.outAdjacency.degree(UInt32(v))) + 1e-12
                XCTAssertLessThanOrEqual(estimate[v], exact[v] + 1e-12, "source \(source) node \(v)")
                XCTAssertGreaterThanOrEqual(estimate[v], exact[v] - bound, "source \(source) node \(v)")
            }
        }
    }

    /// An isolated source keeps all its mass; scratch arrays are reused between queries.
    func testIsolatedSourceAndReuse() throws {
        let g = makeGraph(4, [(0, 1), (1, 2)]).view(direction: .symmetric)
        var local = try LocalPageRank(g)
        XCTAssertEqual(try local.scores(from: 3).map(\.node), [3])
        XCTAssertEqual(try local.scores(from: 3).map(\.score), [1])
        let a = try local.scores(from: 0)
        XCTAssertEqual(a.map(\.node), [0, 1, 2])
        XCTAssertEqual(try local.scores(from: 0).map(\.score), a.map(\.score))
    }
}
