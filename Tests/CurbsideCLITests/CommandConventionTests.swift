import Foundation
import XCTest

/// Exit codes, help texts, output formats: the conventions every command keeps.
final class CommandConventionTests: XCTestCase {
    func testUsageErrorsExit2() throws {
        XCTAssertEqual(try CLI.run(["import"]).status, 2)
        XCTAssertEqual(try CLI.run(["report"]).status, 2)
        XCTAssertEqual(try CLI.run(["stats", "--format", "yaml"]).status, 2)
        XCTAssertEqual(try CLI.run(["no-such-command"]).status, 2)
    }

    func testMissingInputExits3() throws {
        let dir = temporaryDirectory()
        let r = try CLI.run(["import", dir.appendingPathComponent("missing.csv").path, "--db", dir.appendingPathComponent("x.sqlite").path])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains("missing.csv"), r.stderr)
        let s = try CLI.run(["stats", "--db", dir.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(s.status, 3, s.stderr)
    }

    func testEveryHelpShowsAnExample() throws {
        for command in [[], ["import"], ["stats"], ["sources"], ["forget"], ["link"], ["label"], ["metric"], ["influence"], ["reach"], ["overlap"], ["brief"], ["communities"], ["collaborators"], ["specialties"], ["report"], ["render"]] {
            let r = try CLI.run(command + ["--help"])
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.stdout.contains("Example"), "\(command): \(r.stdout)")
        }
    }

    /// `stats --format json` carries accounts, distinct edges and summed interactions per kind
    /// (Samples/README.md: 1,352 accounts; follow 38,598; mention 1,042 events).
    func testStatsJSONOnTheSample() throws {
        let r = try CLI.run(["stats", "--input", "Samples/clinician-network", "Samples/x-archive-focus", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try CLI.json(r)
        XCTAssertEqual(j["accounts"] as? Int, 1352)
        let edges = try XCTUnwrap(j["edges"] as? [String: Int])
        let interactions = try XCTUnwrap(j["interactions"] as? [String: Int])
        XCTAssertEqual(edges["follow"], 38_598)
        XCTAssertEqual(interactions["like"], 2_646)
        XCTAssertEqual(interactions["repost"], 1_540)
        XCTAssertEqual(interactions["reply"], 1_426)
        XCTAssertEqual(interactions["mention"], 1_042)
        XCTAssertEqual(interactions["quote"], 566)
        let csv = try CLI.run(["stats", "--input", "Samples/clinician-network", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("measure,kind,value\naccounts,,1352\n"), csv.stdout)
    }
}
