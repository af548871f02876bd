import XCTest
@testable import CurbsideGraph

final class GraphBuilderTests: XCTestCase {
    func testMergesRepeatsAndKeepsKindsApart() {
        var b = GraphBuilder(nodeCount: 3)
        let follow = b.kind(named: "follow"), mention = b.kind(named: "mention")
        b.addEdge(from: 2, to: 0, kind: mention, at: 500)
        b.addEdge(from: 0, to: 1, kind: follow)
        b.addEdge(from: 2, to: 0, kind: mention, at: 100)
        b.addEdge(from: 2, to: 0, kind: follow)
        b.addEdge(from: 2, to: 0, kind: mention, count: 3, firstAt: 300, lastAt: 900)
        b.addEdge(from: 1, to: 1, kind: follow)
        let g = b.build()
        XCTAssertEqual(g.nodeCount, 3)
        XCTAssertEqual(g.edgeCount, 4) // 0→1 follow, 1→1 follow, 2→0 follow, 2→0 mention
        XCTAssertEqual(g.outAdjacency.offsets, [0, 1, 2, 4])
        XCTAssertEqual(g.outAdjacency.targets, [1, 1, 0, 0])
        XCTAssertEqual(g.kindLabel(ofEdge: 2), "follow")
        XCTAssertEqual(g.kindLabel(ofEdge: 3), "mention")
        XCTAssertEqual(g.count(ofEdge: 3), 5)
        XCTAssertEqual(g.firstSeen(ofEdge: 3), 100)
        XCTAssertEqual(g.lastSeen(ofEdge: 3), 900)
        XCTAssertNil(g.firstSeen(ofEdge: 0))
        XCTAssertEqual(g.edgeCountsByKind(), [3, 1])
        XCTAssertEqual(g.interactionCountsByKind(), [3, 5])
        XCTAssertEqual(g.timeSpan()?.first, 100)
        XCTAssertEqual(g.timeSpan()?.last, 900)
        // In-adjacency: sources ascending, mapped back to out positions.
        XCTAssertEqual(g.inAdjacency.offsets, [0, 2, 4, 4])
        XCTAssertEqual(g.inAdjacency.targets, [2, 2, 0, 1])
        XCTAssertEqual((0..<4).map { g.outPosition(ofInArc: $0) }, [2, 3, 0, 1])
        XCTAssertEqual((0..<4).map { g.source(ofEdge: $0) }, [0, 1, 2, 2])
    }

    func testMaxPolicyKeepsLargestCount() {
        var b = GraphBuilder(nodeCount: 2)
        b.addEdge(from: 0, to: 1, count: 3, firstAt: 10, lastAt: 20)
        b.addEdge(from: 0, to: 1, count: 5, firstAt: 15, lastAt: 30)
        b.addEdge(from: 0, to: 1, count: 2, firstAt: 5, lastAt: 8)
        let g = b.build(repeats: .max)
        XCTAssertEqual(g.edgeCount, 1)
        XCTAssertEqual(g.count(ofEdge: 0), 5)
        XCTAssertEqual(g.firstSeen(ofEdge: 0), 5)
        XCTAssertEqual(g.lastSeen(ofEdge: 0), 30)
        XCTAssertEqual(b.build().count(ofEdge: 0), 10)
    }

    func testSingleKindGraphStoresNoKindCountOrTimeColumns() {
        var b = GraphBuilder(nodeCount: 4)
        for (u, v) in [(0, 1), (1, 2), (2, 3), (3, 0)] { b.addEdge(from: UInt32(u), to: UInt32(v)) }
        let g = b.build()
        XCTAssertEqual(g.kindLabels, ["edge"])
        XCTAssertFalse(g.hasTimes)
        // 4 arcs × (4 out + 4 in) + 2 × 5 offsets × 4 bytes.
        XCTAssertEqual(g.memoryFootprint, 4 * 8 + 2 * 5 * 4)
    }

    func testIsolatedNodesAndEmptyGraph() {
        let empty = GraphBuilder(nodeCount: 0).build()
        XCTAssertEqual(empty.nodeCount, 0)
        XCTAssertEqual(empty.edgeCount, 0)
        let isolated = GraphBuilder(nodeCount: 5).build()
        XCTAssertEqual(isolated.outAdjacency.offsets, [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(weaklyConnectedComponents(isolated).count, 5)
    }

    func testViewsProjectKindsDirectionAndWeights() {
        var b = GraphBuilder(nodeCount: 4)
        let f = b.kind(named: "follow"), m = b.kind(named: "mention")
        b.addEdge(from: 0, to: 1, kind: f)
        b.addEdge(from: 1, to: 0, kind: f)
        b.addEdge(from: 0, to: 1, kind: m, count: 4, firstAt: 1, lastAt: 2)
        b.addEdge(from: 1, to: 2, kind: f)
        b.addEdge(from: 3, to: 3, kind: m)
        let g = b.build()

        let follows = g.view(kinds: ["follow"])
        XCTAssertEqual(follows.outAdjacency.targets, [1, 0, 2])
        XCTAssertNil(follows.outAdjacency.weights)

        let all = g.view(weighted: true)
        XCTAssertEqual(all.outAdjacency.targets, [1, 0, 2, 3])
        XCTAssertEqual(all.outAdjacency.weights, [5, 1, 1, 1])
        XCTAssertEqual(all.inAdjacency.targets, [1, 0, 1, 3])
        XCTAssertEqual(all.inAdjacency.weights, [1, 5, 1, 1])

        let sym = g.view(direction: .symmetric, weighted: true)
        XCTAssertFalse(sym.isDirected)
        XCTAssertEqual(sym.outAdjacency.offsets, [0, 1, 3, 4, 5])
        XCTAssertEqual(sym.outAdjacency.targets, [1, 0, 2, 1, 3])
        XCTAssertEqual(sym.outAdjacency.weights, [6, 6, 1, 1, 1])
        XCTAssertEqual(sym.edgeCount, 3)

        let mutual = g.view(direction: .mutual)
        XCTAssertEqual(mutual.outAdjacency.targets, [1, 0, 3])
        XCTAssertEqual(mutual.edgeCount, 2)

        XCTAssertEqual(g.view(kinds: ["nonexistent"]).outAdjacency.arcCount, 0)

        // Filtering the multigraph's arcs: follow 0→1 (arc 0) and mention 0→1 (arc 1, count 4)
        // merge into one arc of weight 1·2 + 4·1; the mention loop 3→3 is dropped.
        let out = g.outAdjacency
        XCTAssertEqual(out.targets, [1, 1, 0, 2, 3])
        let reweighted = out.filtered { u, e in
            out.targets[e] == u ? nil : (g.kind(ofEdge: e) == f ? 2 : 1) * Double(g.count(ofEdge: e))
        }
        XCTAssertEqual(reweighted.offsets, [0, 1, 3, 3, 3])
        XCTAssertEqual(reweighted.targets, [1, 0, 2])
        XCTAssertEqual(reweighted.weights, [6, 2, 2])
        let followsOnly = out.filtered(weighted: false) { _, e in g.kind(ofEdge: e) == f ? 1 : nil }
        XCTAssertEqual(followsOnly, follows.outAdjacency)
    }

    /// Counts on email-Eu-core agree with networkx 3.6.1 (References/email-eu-core.json).
    func testEmailEuCoreViewsMatchNetworkx() throws {
        let url = try sharedDataURL("email-eu-core/email-Eu-core.txt")
        let ref = try reference("email-eu-core.json")
        let g = try loadIntegerEdgeList(url, nodeCount: 1005)
        XCTAssertEqual(g.edgeCount, ref["edges"] as? Int)
        XCTAssertEqual(g.view(direction: .mutual).edgeCount, ref["mutual_edges_networkx"] as? Int)
        XCTAssertEqual(g.view(direction: .symmetric).edgeCount, ref["symmetric_edges_networkx"] as? Int)
        let inDeg = degree(g, direction: .incoming), outDeg = degree(g, direction: .outgoing)
        XCTAssertEqual(zip(inDeg, ref["in_degree"] as! [Int]).filter { $0.0 != Double($0.1) }.count, 0, "in-degree mismatches")
        XCTAssertEqual(zip(outDeg, ref["out_degree"] as! [Int]).filter { $0.0 != Double($0.1) }.count, 0, "out-degree mismatches")
    }
}

/// The per-source run sort (insertion sort for short runs, a full sort for long ones)
/// against a reference merge on a dictionary.
final class GraphBuilderRunSortTests: XCTestCase {
    func testLongAndShortRunsMatchReference() {
        for (withTimes, withCounts) in [(false, false), (true, false), (false, true), (true, true)] {
            var b = GraphBuilder(nodeCount: 60)
            let kinds = [b.kind(named: "follow"), b.kind(named: "mention"), b.kind(named: "reply")]
            var reference: [[UInt32]: (count: UInt32, first: Int64, last: Int64)] = [:]
            var state: UInt64 = 11
            func next(_ n: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(n))
            }
            for i in 0..<5000 {
                // Node 0 has a long run (hundreds of arcs); the rest short ones.
                let u = UInt32(i % 3 == 0 ? 0 : next(60)), v = UInt32(next(60)), k = kinds[next(3)]
                let c = withCounts ? UInt32(1 + next(4)) : 1
                let t: Int64? = withTimes ? Int64(next(1000)) : nil
                b.addEdge(from: u, to: v, kind: k, count: c, firstAt: t, lastAt: t)
                let key = [u, v, UInt32(k)]
                var r = reference[key] ?? (0, .max, .min)
                r.count += c
                if let t { r.first = min(r.first, t); r.last = max(r.last, t) }
                reference[key] = r
            }
            let g = b.build()
            XCTAssertEqual(g.edgeCount, reference.count)
            var previous: (UInt32, UInt32, UInt16)?
            for u in 0..<UInt32(60) {
                for e in g.outAdjacency.range(u) {
                    let v = g.outAdjacency.targets[e], k = g.kind(ofEdge: e)
                    if let p = previous, p.0 == u { XCTAssertTrue((p.1, p.2) < (v, k)) }
                    previous = (u, v, k)
                    let r = reference[[u, v, UInt32(k)]]!
                    XCTAssertEqual(g.count(ofEdge: e), r.count)
                    if withTimes {
                        XCTAssertEqual(g.firstSeen(ofEdge: e), r.first)
                        XCTAssertEqual(g.lastSeen(ofEdge: e), r.last)
                    }
                }
            }
            // The in-adjacency mirrors the out-adjacency.
            for v in 0..<UInt32(60) {
                for p in g.inAdjacency.range(v) {
                    let e = g.outPosition(ofInArc: p)
                    XCTAssertEqual(g.outAdjacency.targets[e], v)
                    XCTAssertEqual(g.source(ofEdge: e), g.inAdjacency.targets[p])
                }
            }
        }
    }
}
