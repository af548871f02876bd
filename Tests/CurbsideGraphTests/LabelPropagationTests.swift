import XCTest
import CurbsideGraph

final class LabelPropagationTests: XCTestCase {
    /// Labels cannot cross between components: three disjoint cliques come out as three
    /// communities for every seed.
    func testDisjointCliques() throws {
        let edges = cliqueEdges(0..<4) + cliqueEdges(4..<9) + cliqueEdges(9..<12)
        let g = undirectedGraph(nodeCount: 13, edges: edges)  // node 12 isolated
        for seed in UInt64(0)..<6 {
            var o = LabelPropagationOptions(); o.seed = seed
            let r = try labelPropagation(g, options: o)
            XCTAssertEqual(r.membership, [1, 1, 1, 1, 0, 0, 0, 0, 0, 2, 2, 2, 3], "seed \(seed)")
        }
    }

    /// On convergence every node carries a label held by a maximal (weighted) share of its
    /// neighbours — Raghavan et al.'s stopping rule; same seed, same bytes.
    func testStoppingRuleAndDeterminism() throws {
        for g in [try lfrBenchmark(), try emailEuCoreUndirected(weighted: true)] {
            var o = LabelPropagationOptions(); o.seed = 11
            let r = try labelPropagation(g, options: o)
            XCTAssertLessThan(r.iterations, o.maxIterations)
            XCTAssertEqual(r, try labelPropagation(g, options: o))
            let adj = g.outAdjacency
            for v in 0..<g.nodeCount {
                var score: [UInt32: Double] = [:]
                for i in adj.range(UInt32(v)) where adj.targets[i] != UInt32(v) {
                    score[r.membership[Int(adj.targets[i])], default: 0] += adj.weights?[i] ?? 1
                }
                guard let top = score.values.max() else { continue }
                XCTAssertEqual(score[r.membership[v]] ?? -1, top, "node \(v)")
            }
        }
    }

    /// On the LFR benchmark (μ ≈ 0.1) propagation recovers the planted communities well:
    /// NMI above 0.9 for each of five seeds (leidenalg's modularity optimum scores 0.96).
    func testRecoversLFRCommunities() throws {
        let g = try lfrBenchmark()
        let truth = uint32s(try communityReference("lfr_n1024")["truth"])
        for seed in UInt64(0)..<5 {
            var o = LabelPropagationOptions(); o.seed = seed
            let r = try labelPropagation(g, options: o)
            XCTAssertGreaterThan(try normalizedMutualInformation(r.membership, truth), 0.9, "seed \(seed)")
        }
    }
}
