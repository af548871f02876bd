import Foundation
import XCTest

final class MetricCommandTests: XCTestCase {
    private func csvValues(_ stdout: String) -> [String: Double] {
        var out: [String: Double] = [:]
        for line in stdout.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            out[String(f[0])] = Double(f[1])
        }
        return out
    }

    /// PageRank of the sample's follow graph. Expected: networkx 3.6.1
    /// `pagerank(G, tol=1e-12)` over Samples/clinician-network follow edges (all 1,352 nodes).
    func testPageRankMatchesNetworkxOnTheSample() throws {
        let r = try CLI.run(["metric", "pagerank", "--input", "Samples/clinician-network", "--graph", "follow", "--format", "csv", "--tolerance", "1e-13"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.hasPrefix("account,value,handle\n"))
        let v = csvValues(r.stdout)
        XCTAssertEqual(v.count, 1352)
        XCTAssertEqual(try XCTUnwrap(v["9100000056441"]), 0.0087482456, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(v["9100000003895"]), 0.0070186968, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(v["9100000006328"]), 0.0067968239, accuracy: 1e-9)
        XCTAssertEqual(v.values.reduce(0, +), 1, accuracy: 1e-8)
    }

    /// networkx: in-degree of 9100000056441 in the mention+reply DiGraph is 62.
    func testInDegreeOnChosenKinds() throws {
        let r = try CLI.run(["metric", "in-degree", "--input", "Samples/clinician-network", "--graph", "mention,reply", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.first { $0["account"] as? String == "9100000056441" }?["value"] as? Int, 62)
    }

    func testBadParametersAreUsageErrors() throws {
        XCTAssertEqual(try CLI.run(["metric", "pagerank", "--input", "Samples/clinician-network", "--damping", "1.5"]).status, 2)
        XCTAssertEqual(try CLI.run(["metric", "no-such-metric"]).status, 2)
        XCTAssertEqual(try CLI.run(["metric", "pagerank", "--undirected", "--mutual", "--input", "Samples/clinician-network"]).status, 2)
    }
}
