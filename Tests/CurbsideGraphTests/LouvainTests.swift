import XCTest
import CurbsideGraph

final class LouvainTests: XCTestCase {
    func testTwoCliquesAndRingOfTenCliques() throws {
        for seed in UInt64(0)..<4 {
            var o = LouvainOptions(); o.seed = seed
            let two = try louvain(cliqueChain(count: 2, size: 5, ring: false), options: o)
            XCTAssertEqual(two.membership, [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], "seed \(seed)")
            XCTAssertEqual(two.quality, 20.0 / 21 - 0.5, accuracy: 1e-12)
            let ring = try louvain(cliqueChain(count: 10, size: 5, ring: true), options: o)
            XCTAssertEqual(ring.membership, (0..<50).map { UInt32($0 / 5) }, "seed \(seed)")
            XCTAssertEqual(ring.quality, 10.0 / 11 - 0.1, accuracy: 1e-12)
        }
    }

    /// CPM at γ = 0.5 keeps the 30 cliques of a ring (H = 150), as Leiden does.
    func testConstantPottsOnRingOfCliques() throws {
        var o = LouvainOptions(); o.quality = .cpm; o.resolution = 0.5
        let r = try louvain(cliqueChain(count: 30, size: 5, ring: true), options: o)
        XCTAssertEqual(r.membership, (0..<150).map { UInt32($0 / 5) })
        XCTAssertEqual(r.quality, 150, accuracy: 1e-12)
    }

    /// Louvain on the reference graphs, best of seeds 0–9 like the leidenalg reference:
    /// within 0.005 of leidenalg's modularity (Louvain lacks Leiden's refinement, and trails
    /// it slightly), deterministic per seed.
    func testAgainstLeidenalgReferences() throws {
        for (g, key) in [(try emailEuCoreUndirected(), "email_eu_core"), (try lfrBenchmark(), "lfr_n1024")] {
            let ref = try communityReference(key, "leiden_modularity_r1")
            var best = -1.0
            for seed in UInt64(0)..<10 {
                var o = LouvainOptions(); o.seed = seed
                let r = try louvain(g, options: o)
                XCTAssertEqual(r.quality, try modularity(g, membership: r.membership), accuracy: 1e-12)
                best = max(best, r.quality)
            }
            let q = ref["best_modularity"] as! Double
            XCTAssertGreaterThanOrEqual(best, q - 0.005, "\(key): Louvain \(best) vs leidenalg \(q)")
            var o = LouvainOptions(); o.seed = 3
            XCTAssertEqual(try louvain(g, options: o), try louvain(g, options: o))
        }
    }
}
