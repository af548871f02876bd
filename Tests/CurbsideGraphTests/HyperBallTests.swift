import Foundation
import XCTest
import CurbsideGraph

final class HyperBallTests: XCTestCase {
    /// 2-hop reach estimates on email-Eu-core with the *default* precision: median relative
    /// error against the exact counts (networkx, reach.json) below 5 % for every seed 0...9,
    /// not just a lucky one (all counters share one hash, so a seed's errors are correlated
    /// across nodes and the median moves with it). Harmonic centrality against networkx
    /// `harmonic_centrality`: below 5 % median relative error.
    func testEstimatesMatchExactOnEmailEuCore() throws {
        let g = try emailEuCore()
        let ref = try reference("reach.json")
        let hops = ref["hops_in"] as! [[Int]]
        let harmonic = ref["harmonic"] as! [Double]
        var worst = 0.0
        for seed in UInt64(0)..<10 {
            var options = HyperBallOptions()
            options.seed = seed
            options.maxIterations = 2
            let r = try hyperBall(g, options: options)
            var errors: [Double] = []
            for v in 0..<1005 {
                let exact = Double(hops[v][0] + hops[v][1])
                if exact > 0 { errors.append(abs(r.reach[v] - exact) / exact) } else { XCTAssertLessThan(r.reach[v], 0.5) }
            }
            worst = max(worst, median(errors))
        }
        print("HyperBall default log2m: worst median 2-hop error over seeds 0...9 on email-Eu-core \(worst)")
        XCTAssertLessThan(worst, 0.05)

        var options = HyperBallOptions()
        options.seed = 42
        let r = try hyperBall(g, options: options)
        XCTAssertTrue(r.converged)
        var harmonicErrors: [Double] = []
        for v in 0..<1005 where harmonic[v] > 0 { harmonicErrors.append(abs(r.harmonic[v] - harmonic[v]) / harmonic[v]) }
        print("HyperBall default log2m: harmonic median relative error \(median(harmonicErrors)), rounds \(r.iterations)")
        XCTAssertLessThan(median(harmonicErrors), 0.05)

        // Neighbourhood function at t = 0 is n (each ball holds its node), then grows.
        XCTAssertEqual(r.neighbourhoodFunction[0], 1005, accuracy: 1005 * 0.01)
        let exactAt2 = 1005 + hops.reduce(0) { $0 + $1[0] + $1[1] }
        XCTAssertEqual(r.neighbourhoodFunction[2], Double(exactAt2), accuracy: Double(exactAt2) * 0.05)
        XCTAssertEqual(r.neighbourhoodFunction, r.neighbourhoodFunction.sorted())

        // Same seed, same bits; another seed, other estimates.
        options.maxIterations = 2
        let twoRounds = try hyperBall(g, options: options)
        XCTAssertEqual(try hyperBall(g, options: options).reach, twoRounds.reach)
        XCTAssertEqual(twoRounds.reach, r.reach)
        options.seed = 43
        XCTAssertNotEqual(try hyperBall(g, options: options).reach, r.reach)
    }

    /// The Higgs retweet network (456 k nodes, SNAP): exact 2-hop audiences from
    /// ``try hopCounts(_:sources:options:)``, first checked against networkx (higgs-reach.json,
    /// Tests/References/make_higgs_reach_reference.py: the total over all nodes and 200
    /// sampled nodes), then HyperBall: median relative error over the nodes with a
    /// non-empty audience below 5 % for seeds 0 and 1. Most audiences here are tiny (median
    /// 1), so even 2⁸ registers, a quarter of the default, are well inside it (0.8 %);
    /// that precision keeps the counters at 230 MB instead of 930 MB.
    func testReachEstimateOnHiggsRetweets() throws {
        let ref = try reference("higgs-reach.json")
        let g = try higgsRetweets(nodeCount: ref["nodes"] as! Int)
        XCTAssertEqual(g.edgeCount, ref["arcs"] as! Int)
        let exact = try hopCounts(g)
        let reach = (0..<g.nodeCount).map { exact.reach(source: $0, within: 2) }
        XCTAssertEqual(reach.reduce(0, +), ref["reach2_in_total"] as! Int)
        for pair in ref["sample"] as! [[Int]] { XCTAssertEqual(reach[pair[0]], pair[1], "node \(pair[0])") }
        let audiences = (0..<g.nodeCount).filter { reach[$0] > 0 }
        XCTAssertEqual(audiences.count, ref["reach2_in_nonzero_nodes"] as! Int)

        for seed in UInt64(0)..<2 {
            var options = HyperBallOptions()
            options.log2Registers = 8
            options.seed = seed
            options.maxIterations = 2
            let r = try hyperBall(g, options: options)
            let error = median(audiences.map { abs(r.reach[$0] - Double(reach[$0])) / Double(reach[$0]) })
            print("HyperBall log2m=8 on Higgs retweets, seed \(seed): median 2-hop error \(error)")
            XCTAssertLessThan(error, 0.05, "seed \(seed)")
        }
    }

    /// Fewer registers, more error: the tolerance above is not slack enough to pass anything.
    func testFewerRegistersAreLessAccurate() throws {
        let g = try emailEuCore()
        let hops = try reference("reach.json")["hops_in"] as! [[Int]]
        func medianError(_ p: Int) throws -> Double {
            var options = HyperBallOptions()
            options.log2Registers = p
            options.maxIterations = 2
            let r = try hyperBall(g, options: options)
            return median((0..<1005).compactMap { v -> Double? in
                let exact = Double(hops[v][0] + hops[v][1])
                return exact > 0 ? abs(r.reach[v] - exact) / exact : nil
            })
        }
        let coarse = try medianError(4), fine = try medianError(10)
        print("HyperBall median 2-hop error: log2m=4 \(coarse), log2m=10 \(fine)")
        XCTAssertGreaterThan(coarse, 0.05)
        XCTAssertLessThan(fine, coarse)
    }

    /// On a path, small balls are counted almost exactly (linear counting).
    func testPathIsNearlyExact() throws {
        // 0 → 1 → 2 → 3 → 4: along in-arcs the ball of 4 holds 4, 3, 2, … .
        let g = makeGraph(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        let r = try hyperBall(g)
        XCTAssertTrue(r.converged)
        XCTAssertEqual(r.iterations, 4)
        XCTAssertEqual(r.reach[4], 2, accuracy: 0.05)
        XCTAssertEqual(r.reach[0], 0, accuracy: 0.05)
        // Harmonic of 4: 1 + 1/2 + 1/3 + 1/4.
        XCTAssertEqual(r.harmonic[4], 1 + 0.5 + 1.0 / 3 + 0.25, accuracy: 0.05)
        var out = HyperBallOptions()
        out.direction = .outgoing
        XCTAssertEqual(try hyperBall(g, options: out).harmonic[0], 1 + 0.5 + 1.0 / 3 + 0.25, accuracy: 0.05)
        XCTAssertEqual(try hyperBall(makeGraph(0, [])).reach, [])
    }
}

/// The Higgs retweet network (`a b weight`: a retweeted b) as arcs a → b, weights ignored.
func higgsRetweets(nodeCount: Int) throws -> Graph {
    let url = try sharedDataURL("higgs-twitter/higgs-retweet_network.edgelist.gz")
    let gunzip = Process()
    gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gunzip.arguments = ["gzip", "-dc", url.path]
    let pipe = Pipe()
    gunzip.standardOutput = pipe
    try gunzip.run()
    let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
    gunzip.waitUntilExit()
    guard gunzip.terminationStatus == 0 else { throw XCTSkip("gzip -dc failed on \(url.path)") }
    var builder = GraphBuilder(nodeCount: nodeCount)
    for line in bytes.split(separator: 10) {
        let tok = line.split(whereSeparator: { $0 == 32 || $0 == 9 })
        guard tok.count >= 2, let u = UInt32(String(decoding: tok[0], as: UTF8.self)),
              let v = UInt32(String(decoding: tok[1], as: UTF8.self)) else { continue }
        builder.addEdge(from: u, to: v)
    }
    return builder.build()
}

func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
