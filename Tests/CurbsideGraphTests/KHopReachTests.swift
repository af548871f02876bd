import XCTest
import CurbsideGraph

final class KHopReachTests: XCTestCase {
    /// Follow graph: 1, 2 follow 0; 3 follows 1; 4 follows 3; 0 follows 5.
    /// Audience of 0 (in-arcs): {1, 2} then {3} then {4}; whom 0 reads (out-arcs): {5}.
    func testAudienceAndFollowingByHand() throws {
        let g = makeGraph(6, [(1, 0), (2, 0), (3, 1), (4, 3), (0, 5)])
        var audience = HopSearch(g)
        XCTAssertEqual(try audience.run(from: 0, hops: 2), 3)
        XCTAssertEqual([audience.count(atHop: 0), audience.count(atHop: 1), audience.count(atHop: 2)], [1, 2, 1])
        XCTAssertEqual(Set(audience.reached), [1, 2, 3])
        XCTAssertEqual(Array(audience.nodes(atHop: 2)), [3])
        XCTAssertTrue(audience.contains(3))
        XCTAssertFalse(audience.contains(4))
        XCTAssertEqual(try audience.run(from: 0, hops: 3), 4)
        XCTAssertEqual(try audience.run(from: 0, hops: 0), 0)

        var reading = HopSearch(g, direction: .outgoing)
        XCTAssertEqual(try reading.run(from: 4, hops: 10), 4)   // 3, 1, 0, 5
        XCTAssertEqual(Array(reading.reached), [3, 1, 0, 5])
        // Union of several sources: sources are not counted, even when one reaches another.
        XCTAssertEqual(try reading.run(from: [4, 3], hops: 1), 1)
        XCTAssertEqual(reading.count(atHop: 0), 2)
    }

    func testOverlapOfAudiences() throws {
        // Audiences within 1 hop: A(0) = {1, 2, 3}, A(4) = {2, 3, 5, 0}; common {2, 3}.
        let g = makeGraph(6, [(1, 0), (2, 0), (3, 0), (2, 4), (3, 4), (5, 4), (0, 4)])
        var search = HopSearch(g)
        let o = try search.overlap(0, 4, hops: 1)
        XCTAssertEqual(o, ReachOverlap(sizeA: 3, sizeB: 4, common: 2))
        XCTAssertEqual(o.jaccard, 2.0 / 5.0, accuracy: 1e-15)
        // Node 0 is in 4's audience but 0 is not in its own: it is not common.
        XCTAssertEqual(try search.overlap(4, 0, hops: 1).common, 2)
        XCTAssertEqual(try search.overlap(0, 0, hops: 1).jaccard, 1, accuracy: 1e-15)
        XCTAssertEqual(try search.overlap(5, 1, hops: 1), ReachOverlap(sizeA: 0, sizeB: 0, common: 0))
        XCTAssertEqual(try search.overlap(5, 1, hops: 1).jaccard, 0)
    }

    /// Overlap agrees with explicit set arithmetic over many random pairs on real data.
    func testOverlapMatchesSetsOnEmailEuCore() throws {
        let g = try emailEuCore()
        var search = HopSearch(g)
        var other = HopSearch(g)
        for i in 0..<60 {
            let a = UInt32((i * 37) % 1005), b = UInt32((i * 101 + 7) % 1005)
            let o = try search.overlap(a, b, hops: 2)
            try other.run(from: a, hops: 2)
            let setA = Set(other.reached)
            try other.run(from: b, hops: 2)
            let setB = Set(other.reached)
            XCTAssertEqual(o, ReachOverlap(sizeA: setA.count, sizeB: setB.count, common: setA.intersection(setB).count))
        }
    }

    /// Exact 1-, 2- and 3-hop counts of every node, both directions, equal networkx
    /// `single_source_shortest_path_length(cutoff=3)` (reach.json).
    func testHopCountsMatchNetworkx() throws {
        let g = try emailEuCore()
        let ref = try reference("reach.json")
        for (direction, key) in [(ReachDirection.incoming, "hops_in"), (.outgoing, "hops_out")] {
            let expected = ref[key] as! [[Int]]
            var options = HopCountOptions()
            options.hops = 3
            options.direction = direction
            let counts = try hopCounts(g, options: options)
            XCTAssertEqual(counts.sources.count, 1005)
            var mismatches = 0
            for v in 0..<1005 {
                let got = (1...3).map { counts.count(source: v, hop: $0) }
                if got != expected[v] { mismatches += 1 }
            }
            XCTAssertEqual(mismatches, 0, "\(direction)")
            XCTAssertEqual(counts.reach(source: 160, within: 2), expected[160][0] + expected[160][1])
            // The two directions differ on this graph: the test tells them apart.
            XCTAssertNotEqual(expected.map { $0[0] }, (ref[key == "hops_in" ? "hops_out" : "hops_in"] as! [[Int]]).map { $0[0] })
        }
        // A subset of sources, in the order given.
        var options = HopCountOptions()
        options.hops = 3
        let some = try hopCounts(g, sources: [434, 0], options: options)
        let expected = ref["hops_in"] as! [[Int]]
        XCTAssertEqual((1...3).map { some.count(source: 0, hop: $0) }, expected[434])
        XCTAssertEqual((1...3).map { some.count(source: 1, hop: $0) }, expected[0])
    }

    func testUndirectedViewWalksBothWays() throws {
        let g = makeGraph(4, [(0, 1), (2, 1), (3, 2)]).view(direction: .symmetric)
        XCTAssertEqual(try hopCounts(g, sources: [0]).perHop, [1, 1])
        var options = HopCountOptions()
        options.direction = .outgoing
        options.hops = 3
        XCTAssertEqual(try hopCounts(g, sources: [0], options: options).perHop, [1, 1, 1])
        XCTAssertEqual(try hopCounts(g, sources: []).perHop, [])
    }
}
