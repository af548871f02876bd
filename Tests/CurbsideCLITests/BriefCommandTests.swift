import Foundation
import XCTest

final class BriefCommandTests: XCTestCase {
    /// IMM's (1 − 1/e − ε) guarantee is tested against greedy Monte Carlo in
    /// CurbsideGraphTests; here: same seed, same bytes, and the chosen accounts reach at
    /// least as many oncologists as the top 5 by PageRank (both re-estimated by the same
    /// Monte Carlo runs).
    func testBriefIsDeterministicAndBeatsPageRank() throws {
        let args = ["brief", "--input", "Samples/clinician-network", "--target-specialty", "oncology", "--k", "5",
                    "--seed", "7", "--epsilon", "0.2", "--simulations", "4000", "--format", "json"]
        let r = try CLI.run(args)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try CLI.run(args).stdout, r.stdout)
        let j = try CLI.json(r)
        let chosen = try XCTUnwrap(j["chosen"] as? [String: Any]), baseline = try XCTUnwrap(j["baseline"] as? [String: Any])
        let accounts = try XCTUnwrap(chosen["accounts"] as? [[String: Any]])
        XCTAssertEqual(accounts.compactMap { $0["pick"] as? Int }, [1, 2, 3, 4, 5])
        XCTAssertEqual(Set(accounts.compactMap { $0["account"] as? String }).count, 5)
        let reach = try XCTUnwrap(chosen["expected_reach"] as? [String: Double])
        let base = try XCTUnwrap(baseline["expected_reach"] as? [String: Double])
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(reach["mean"]), try XCTUnwrap(base["mean"]))
        XCTAssertLessThan(try XCTUnwrap(reach["lower"]), try XCTUnwrap(reach["mean"]))
        XCTAssertGreaterThan(try XCTUnwrap(reach["upper"]), try XCTUnwrap(reach["mean"]))
        let parameters = try XCTUnwrap(j["parameters"] as? [String: Any])
        XCTAssertEqual(parameters["seed"] as? Int, 7)
        XCTAssertGreaterThan(try XCTUnwrap(parameters["targets"] as? Int), 150)  // 230 oncologists in the ground truth, most labelled by the classifier

        // The table prints the same choice, in the same order.
        let table = try CLI.run(Array(args.dropLast(2)))
        XCTAssertEqual(table.status, 0, table.stderr)
        let imm = table.stdout.split(separator: "\n").filter { $0.hasPrefix("imm") }
        XCTAssertEqual(imm.count, 5)
        for (line, a) in zip(imm, accounts) {
            XCTAssertTrue(line.contains("@" + (a["handle"] as? String ?? "?")), String(line))
        }
        XCTAssertTrue(table.stdout.contains("Expected oncology accounts reached"), table.stdout)
    }

    func testBriefUsageAndInputErrors() throws {
        // No target specialty (issue #14): every account is a target, classic influence maximisation.
        let all = try CLI.run(["brief", "--input", "Samples/clinician-network", "--k", "2", "--simulations", "500", "--format", "json"])
        XCTAssertEqual(all.status, 0, all.stderr)
        let parameters = try XCTUnwrap(try CLI.json(all)["parameters"] as? [String: Any], all.stdout)
        XCTAssertTrue(parameters["target_specialty"] is NSNull, "\(parameters)")
        XCTAssertEqual(parameters["targets"] as? Int, 1_352)
        XCTAssertEqual(try CLI.run(["brief", "--input", "Samples/clinician-network", "--target-specialty", "oncology", "--k", "0"]).status, 2)
        XCTAssertEqual(try CLI.run(["brief", "--input", "Samples/clinician-network", "--target-specialty", "oncology", "--epsilon", "1"]).status, 2)
        let none = try CLI.run(["brief", "--input", "Samples/clinician-network", "--target-specialty", "dermatology"])
        XCTAssertEqual(none.status, 3)
        XCTAssertTrue(none.stderr.contains("labels in this network"), none.stderr)
        XCTAssertTrue(try CLI.run(["brief", "--help"]).stdout.contains("Example"))
    }

    /// --save records the picks with parameters, seed and the expected reach.
    func testBriefSave() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("b.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let r = try CLI.run(["brief", "--db", db, "--target-specialty", "pediatrics", "--k", "3", "--simulations", "500", "--save"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("saved as analysis run 1"), r.stderr)
    }
}
