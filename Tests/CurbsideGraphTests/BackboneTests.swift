import Foundation
import XCTest
@testable import CurbsideGraph

/// Disparity filter and strongest-ties backbone against the values of
/// Tests/References/make_backbone_references.py (the formula of Serrano, Boguñá, Vespignani
/// 2009, eq. 2, computed in Python on networkx's Les Misérables graph and a small digraph).
final class BackboneTests: XCTestCase {

    /// Les Misérables as an undirected weighted view, nodes in the reference's sorted order.
    func lesMiserables() throws -> (GraphView, [[Any]], [String: Any]) {
        let ref = try XCTUnwrap(try reference("backbone.json")["les_miserables"] as? [String: Any])
        let nodes = try XCTUnwrap(ref["nodes"] as? [String])
        let edges = try XCTUnwrap(ref["edges"] as? [[Any]])
        var b = GraphBuilder(nodeCount: nodes.count)
        for e in edges {
            b.addEdge(from: UInt32(e[0] as! Int), to: UInt32(e[1] as! Int), count: UInt32(e[2] as! Int))
        }
        return (b.build().view(direction: .symmetric, weighted: true), edges, ref)
    }

    func testDisparitySignificanceMatchesThePaperFormulaOnLesMiserables() throws {
        let (g, edges, _) = try lesMiserables()
        XCTAssertEqual(edges.count, 254)
        let alpha = disparitySignificance(g)
        XCTAssertEqual(alpha.count, 2 * 254)
        let out = g.outAdjacency
        var worst = 0.0
        for e in edges {
            let u = UInt32(e[0] as! Int), v = UInt32(e[1] as! Int), expected = (e[3] as! NSNumber).doubleValue
            // Both stored arcs of the edge carry the same value.
            for (a, b) in [(u, v), (v, u)] {
                let p = try XCTUnwrap(out.range(a).first { out.targets[$0] == b })
                worst = max(worst, abs(alpha[p] - expected) / max(expected, 1e-300))
            }
        }
        XCTAssertLessThan(worst, 1e-12)
    }

    func testDisparityFilterKeepsTheReferenceEdgeCounts() throws {
        let (g, _, ref) = try lesMiserables()
        for (level, key) in [(0.05, "kept_at_0.05"), (0.2, "kept_at_0.2")] {
            let backbone = disparityFilter(g, alpha: level)
            XCTAssertFalse(backbone.isDirected)
            XCTAssertEqual(backbone.nodeCount, 77)
            XCTAssertEqual(backbone.outAdjacency.arcCount, 2 * (ref[key] as! Int), key)   // 9 and 47 edges
            // Symmetric, weights kept.
            for u in 0..<UInt32(77) {
                for i in backbone.outAdjacency.range(u) {
                    let v = backbone.outAdjacency.targets[i]
                    XCTAssertTrue(backbone.outAdjacency.contains(v, u))
                }
            }
        }
        // A stricter level keeps a subset.
        let strict = disparityFilter(g, alpha: 0.05), loose = disparityFilter(g, alpha: 0.2)
        for u in 0..<UInt32(77) {
            for v in strict.outAdjacency.neighbors(u) { XCTAssertTrue(loose.outAdjacency.contains(u, v)) }
        }
    }

    func testStrongestTiesMatchTheReferenceSets() throws {
        let (g, _, ref) = try lesMiserables()
        for k in [1, 2] {
            let expected = (ref["strongest_\(k)"] as! [[Int]]).map { [$0[0], $0[1]] }
            let backbone = try strongestTiesBackbone(g, perNode: k)
            var got: [[Int]] = []
            for u in 0..<UInt32(77) {
                for v in backbone.outAdjacency.neighbors(u) where u < v { got.append([Int(u), Int(v)]) }
            }
            XCTAssertEqual(got, expected, "k = \(k)")     // 67 and 114 edges
            XCTAssertEqual(backbone.outAdjacency.arcCount, 2 * expected.count)
        }
        XCTAssertEqual(try strongestTiesBackbone(g, perNode: 0).outAdjacency.arcCount, 0)
        XCTAssertEqual(try strongestTiesBackbone(g, perNode: 1000).outAdjacency.arcCount, g.outAdjacency.arcCount)
    }

    func testDirectedSignificanceTestsSourceOutTiesAndTargetInTies() throws {
        let ref = try XCTUnwrap(try reference("backbone.json")["directed"] as? [String: Any])
        let arcs = try XCTUnwrap(ref["arcs"] as? [[Any]])
        var b = GraphBuilder(nodeCount: ref["nodes"] as! Int)
        for a in arcs { b.addEdge(from: UInt32(a[0] as! Int), to: UInt32(a[1] as! Int), count: UInt32(a[2] as! Int)) }
        let g = b.build().view(weighted: true)
        let alpha = disparitySignificance(g)
        // Arcs come out sorted by (source, target), as the reference lists them.
        XCTAssertEqual(alpha.count, arcs.count)
        for (i, a) in arcs.enumerated() {
            XCTAssertEqual(alpha[i], (a[3] as! NSNumber).doubleValue, accuracy: 1e-14, "\(a)")
        }
        // 0 → 1 (10 of 0's 13) and 2 → 3 (7 of 2's 9) are the ties kept at 0.05.
        let backbone = disparityFilter(g, alpha: 0.05)
        XCTAssertTrue(backbone.isDirected)
        XCTAssertEqual(backbone.outAdjacency.arcCount, 2)
        XCTAssertTrue(backbone.outAdjacency.contains(0, 1))
        XCTAssertTrue(backbone.outAdjacency.contains(2, 3))
        XCTAssertEqual(backbone.outAdjacency.weights ?? [], [10, 7])
    }

    func testByHand() {
        // Star 0–{1,2,3} with weights 6, 1, 1 plus a self-loop on 0 (ignored): from 0,
        // α(0,1) = (1 − 6/8)² = 1/16, α(0,2) = (1 − 1/8)² = 49/64; leaves have degree 1 (α = 1).
        let g = makeGraph(4, [(0, 1), (0, 2), (0, 3), (0, 0)], counts: [6, 1, 1, 5]).view(direction: .symmetric, weighted: true)
        let alpha = disparitySignificance(g)
        let out = g.outAdjacency
        XCTAssertEqual(Array(out.neighbors(0)), [0, 1, 2, 3])
        XCTAssertEqual(alpha[0], 1)              // the self-loop
        XCTAssertEqual(alpha[1], 1.0 / 16, accuracy: 1e-15)
        XCTAssertEqual(alpha[2], 49.0 / 64, accuracy: 1e-15)
        XCTAssertEqual(alpha[out.range(1).lowerBound], 1.0 / 16, accuracy: 1e-15)
        XCTAssertEqual(disparityFilter(g, alpha: 0.1).outAdjacency.arcCount, 2)
        // Two nodes joined by one tie: neither end can make it significant.
        XCTAssertEqual(disparitySignificance(makeGraph(2, [(0, 1)]).view(direction: .symmetric, weighted: true)), [1, 1])
        XCTAssertEqual(integerPower(0, 0), 1)
        XCTAssertEqual(integerPower(0.5, 10), 1.0 / 1024)
    }
}
