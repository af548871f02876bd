import Foundation
import XCTest

final class CommunitiesCommandTests: XCTestCase {
    /// leidenalg 0.12.0 (igraph 1.0.0), ModularityVertexPartition, best of seeds 0–9 on the
    /// sample's symmetrised follow graph (30,864 edges): modularity 0.482990, 6 communities.
    func testLeidenOnTheSampleMatchesLeidenalg() throws {
        let args = ["communities", "--input", "Samples/clinician-network", "--graph", "follow", "--seed", "3"]
        let r = try CLI.run(args + ["--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try CLI.json(r)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(j["modularity"] as? Double), 0.482990 - 0.002)
        XCTAssertEqual((j["accounts"] as? [[String: Any]])?.count, 1352)
        let csv1 = try CLI.run(args + ["--format", "csv"]).stdout
        let csv2 = try CLI.run(args + ["--format", "csv"]).stdout
        XCTAssertEqual(csv1, csv2, "same seed, same communities")
        XCTAssertTrue(csv1.hasPrefix("account,community,handle\n"))
    }

    func testLouvainAndLabelPropagationRun() throws {
        for algorithm in ["louvain", "lpa"] {
            let r = try CLI.run(["communities", "--input", "Samples/clinician-network", "--graph", "follow", "--algorithm", algorithm, "--format", "json"])
            XCTAssertEqual(r.status, 0, r.stderr)
            XCTAssertGreaterThan(try XCTUnwrap(try CLI.json(r)["modularity"] as? Double), 0.3, algorithm)
        }
        XCTAssertEqual(try CLI.run(["communities", "--resolution", "-1", "--input", "Samples/clinician-network"]).status, 2)
    }
}
