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

    /// Options repeated across commands keep one meaning (issue #12): `--seed` defaults to 1
    /// and its help says what it seeds and that the same seed gives the same output (each
    /// command keeps its own `--seed` for that sentence; an option group would share one);
    /// every command that prints rows takes `--format table|json|csv|markdown` (TableOutput).
    func testRepeatedOptionsKeepOneMeaning() throws {
        /// The help of option `name`: its line and the wrapped lines under it, joined.
        func option(_ name: String, in command: [String]) throws -> String? {
            let lines = try CLI.run(command + ["--help"]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let start = lines.firstIndex(where: { $0.hasPrefix(name + " <") }) else { return nil }
            let rest = lines[(start + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("-") }
            return ([lines[start]] + rest).joined(separator: " ")
        }
        for command in [["metric", "pagerank"], ["reach"], ["brief"], ["communities"], ["collaborators"], ["report"], ["render"]] {
            let seed = try XCTUnwrap(try option("--seed", in: command), "\(command) has no --seed")
            XCTAssertTrue(seed.contains("same seed, same"), "\(command): \(seed)")
            XCTAssertTrue(seed.contains("(default: 1)"), "\(command): \(seed)")
        }
        for command in [["stats"], ["sources"], ["forget", "1"], ["label"], ["link"], ["metric", "pagerank"], ["influence"], ["reach"],
                        ["overlap"], ["brief"], ["communities"], ["collaborators"], ["specialties"], ["check"]] {
            let format = try XCTUnwrap(try option("--format", in: command), "\(command) has no --format")
            XCTAssertTrue(format.contains("values: table, json, csv, markdown; default: table"), "\(command): \(format)")
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
