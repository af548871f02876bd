import Foundation
import XCTest
@testable import CurbsideGraph

final class LinkPredictionTests: XCTestCase {
    /// Triangle 0–1–2 plus 2–3, 1–3, 3–4 and a self-loop on 3. networkx 3.6.1 on this
    /// graph: common_neighbors(0, 3) = {1, 2}; degree(3) = 5 (loop twice);
    /// adamic_adar(0, 3) = 1/ln 3 + 1/ln 3; jaccard(0, 3) = 2 / |{1,2} ∪ {1,2,3,4}| = 0.5;
    /// resource_allocation(0, 3) = 2/3; preferential_attachment(0, 3) = 2 × 5 = 10;
    /// jaccard(2, 3) = |{1}| / |{0,1,3} ∪ {1,2,3,4}| = 1/5.
    func testSmallGraphByHand() throws {
        let g = makeGraph(5, [(0, 1), (1, 2), (2, 0), (2, 3), (1, 3), (3, 4), (3, 3)]).view(direction: .symmetric)
        XCTAssertEqual(try commonNeighborCount(g, 0, 3), 2)
        XCTAssertEqual(try adamicAdarIndex(g, 0, 3), 2 / Foundation.log(3.0), accuracy: 1e-15)
        XCTAssertEqual(try jaccardCoefficient(g, 0, 3), 0.5, accuracy: 1e-15)
        XCTAssertEqual(try resourceAllocationIndex(g, 0, 3), 2.0 / 3, accuracy: 1e-15)
        XCTAssertEqual(try preferentialAttachment(g, 0, 3), 10)
        XCTAssertEqual(try jaccardCoefficient(g, 2, 3), 0.2, accuracy: 1e-15)
        XCTAssertEqual(try jaccardCoefficient(g, 3, 2), 0.2, accuracy: 1e-15)
        XCTAssertEqual(try commonNeighborCount(g, 1, 2), 2)   // 0 and 3
        XCTAssertEqual(try jaccardCoefficient(makeGraph(2, []).view(direction: .symmetric), 0, 1), 0)

        var predictor = try LinkPredictor(g)
        // Non-neighbours of 0 at distance 2: only 3.
        XCTAssertEqual(try predictor.candidates(for: 0, score: .commonNeighbors),
                       [LinkCandidate(node: 3, score: 2, commonNeighbors: 2)])
        let c = try predictor.candidates(for: 4, score: .jaccard)
        XCTAssertEqual(c.map(\.node), [1, 2])             // tie: ascending id
        XCTAssertEqual(c[0].score, try jaccardCoefficient(g, 4, 1), accuracy: 1e-15)
        XCTAssertEqual(try predictor.candidates(for: 4, score: .preferentialAttachment, limit: 1).map(\.node), [1])
        XCTAssertEqual(try predictor.candidates(for: 4, score: .adamicAdar, limit: 0), [])
    }

    /// All five indices equal networkx on the symmetrised email-Eu-core (self-loops kept)
    /// within 1e-12, for 350 sampled pairs: adjacent, at distance two, arbitrary, and
    /// touching nodes with self-loops (reach.json).
    func testIndicesMatchNetworkxOnEmailEuCore() throws {
        let g = try emailEuCore().view(direction: .symmetric)
        let pairs = try reference("reach.json")["link_pairs"] as! [[String: Any]]
        XCTAssertGreaterThan(pairs.count, 300)
        let predictor = try LinkPredictor(g)
        var nonZeroAA = 0
        for p in pairs {
            let u = UInt32(p["u"] as! Int), v = UInt32(p["v"] as! Int)
            let cn = p["common"] as! Int
            XCTAssertEqual(try commonNeighborCount(g, u, v), cn)
            XCTAssertEqual(try jaccardCoefficient(g, u, v), p["jaccard"] as! Double, accuracy: 1e-12)
            XCTAssertEqual(try adamicAdarIndex(g, u, v), p["adamic_adar"] as! Double, accuracy: 1e-12)
            XCTAssertEqual(try resourceAllocationIndex(g, u, v), p["resource_allocation"] as! Double, accuracy: 1e-12)
            XCTAssertEqual(try preferentialAttachment(g, u, v), p["preferential_attachment"] as! Int)
            for kind in LinkScore.allCases {
                let direct: Double
                switch kind {
                case .commonNeighbors: direct = Double(cn)
                case .jaccard: direct = p["jaccard"] as! Double
                case .adamicAdar: direct = p["adamic_adar"] as! Double
                case .resourceAllocation: direct = p["resource_allocation"] as! Double
                case .preferentialAttachment: direct = Double(p["preferential_attachment"] as! Int)
                }
                XCTAssertEqual(predictor.score(kind, u, v), direct, accuracy: 1e-12, "\(kind) \(u) \(v)")
            }
            if (p["adamic_adar"] as! Double) > 0 { nonZeroAA += 1 }
        }
        XCTAssertGreaterThan(nonZeroAA, 150)
    }

    /// Candidates: exactly the 2-hop non-neighbours; common-neighbour ranking identical to
    /// networkx's (integer scores, ties by id); Adamic–Adar scores equal networkx's.
    func testCandidatesMatchNetworkx() throws {
        let g = try emailEuCore().view(direction: .symmetric)
        let queries = try reference("reach.json")["candidates"] as! [[String: Any]]
        var predictor = try LinkPredictor(g)
        for q in queries {
            let u = UInt32(q["node"] as! Int)
            let twoHop = (q["two_hop"] as! [Int]).map { UInt32($0) }
            let top = q["top_common"] as! [[Int]]
            let cn = try predictor.candidates(for: u, score: .commonNeighbors, limit: 20)
            XCTAssertEqual(cn.map { [Int($0.node), $0.commonNeighbors] }, top, "node \(u)")
            let all = try predictor.candidates(for: u, score: .adamicAdar, limit: .max)
            XCTAssertEqual(all.map(\.node).sorted(), twoHop)
            let expected = Dictionary(uniqueKeysWithValues: zip(twoHop, q["adamic_adar"] as! [Double]))
            for c in all { XCTAssertEqual(c.score, expected[c.node]!, accuracy: 1e-12) }
            XCTAssertEqual(all.map(\.score), all.map(\.score).sorted(by: >))
            // Same bits as the pairwise score, and a repeated query gives the same list.
            for c in all.prefix(5) { XCTAssertEqual(c.score, try adamicAdarIndex(g, u, c.node)) }
            XCTAssertEqual(try predictor.candidates(for: u, score: .adamicAdar, limit: .max), all)
        }
    }

    /// Personalised PageRank equals networkx `pagerank(personalization={s: 1})`.
    func testPersonalizedPageRankMatchesNetworkx() throws {
        let g = try emailEuCore()
        let ref = try reference("reach.json")["personalized_pagerank"] as! [String: [Double]]
        var options = PageRankOptions()
        options.tolerance = 1e-12
        options.maxIterations = 1000
        for (key, expected) in ref {
            let r = try personalizedPageRank(g, source: UInt32(key)!, options: options)
            XCTAssertTrue(r.converged)
            XCTAssertLessThan(l1(r.scores, expected), 1e-6, "source \(key)")
        }
        XCTAssertGreaterThan(l1(ref["0"]!, ref["160"]!), 0.1)
    }

    /// The library's own logarithm agrees with the C library's.
    func testNaturalLog() {
        for x in [1e-300, 0.001, 0.5, 0.7071, 1, 1.5, 2, 3, 10, 12345.678, 1e10, 1e300, Double.leastNonzeroMagnitude] {
            XCTAssertEqual(naturalLog(x), Foundation.log(x), accuracy: 4 * Foundation.log(x).magnitude.ulp, "\(x)")
        }
        for d in 2...5000 { XCTAssertEqual(naturalLog(Double(d)), Foundation.log(Double(d)), accuracy: 2 * Foundation.log(Double(d)).ulp) }
        XCTAssertEqual(naturalLog(1), 0)
        XCTAssertEqual(naturalLog(0), -.infinity)
        XCTAssertTrue(naturalLog(-1).isNaN)
    }
}
