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

    /// `--label` names a community by its most common specialty only when ≥ 20 % of its
    /// members and ≥ 5 accounts carry it (issue 14); the JSON says which and how many members
    /// are labelled, consistent with the specialty counts beside them.
    func testLabelNamesASpecialtyOnlyWhenEnoughMembersCarryIt() throws {
        let r = try CLI.run(["communities", "--label", "--input", "Samples/clinician-network", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let labelled = try XCTUnwrap(try CLI.json(r)["labelled"] as? [[String: Any]])
        XCTAssertFalse(labelled.isEmpty)
        for c in labelled {
            let size = try XCTUnwrap(c["size"] as? Int), label = try XCTUnwrap(c["label"] as? String)
            let counts = try XCTUnwrap(c["specialty_counts"] as? [[String: Any]])
            XCTAssertEqual(c["labelled_members"] as? Int, counts.compactMap { $0["members"] as? Int }.reduce(0, +))
            let top = counts.first, carriers = top?["members"] as? Int ?? 0
            if carriers >= 5, Double(carriers) >= 0.2 * Double(size) {
                XCTAssertEqual(c["named_specialty"] as? String, top?["specialty"] as? String)
                XCTAssertTrue(label.hasPrefix(try XCTUnwrap(c["named_specialty"] as? String)), label)
            } else {
                XCTAssertNil(c["named_specialty"], label)
                if let top = top?["specialty"] as? String { XCTAssertFalse(label.hasPrefix(top), label) }
            }
        }
        // The six large communities of the sample are each named (e.g. 215 oncology of 454).
        XCTAssertEqual(labelled.prefix(6).compactMap { $0["named_specialty"] as? String },
                       ["oncology", "cardiology", "pediatrics", "emergency-medicine", "nursing", "pharmacy"])
    }
}
