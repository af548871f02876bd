import Foundation
import XCTest

/// Every error reaches the user through one catch in `Entry.swift`: `error: <message>` on
/// stderr and the exit code of its class (1 runtime failure, 2 usage, 3 bad input).
final class ErrorExitCodeTests: XCTestCase {
    private let sample = ["--input", "Samples/clinician-network"]

    /// `--resolution inf` passes the command's own check (it is positive) and reaches the
    /// analysis session, which rejects it naming the option: usage, exit 2. Before the
    /// session checked its parameters this ran Leiden with γ = ∞ and printed 1,352
    /// one-account communities with modularity -inf, exit 0.
    func testABadParameterTheSessionRejectsExitsTwoNamingTheOption() throws {
        for extra in [[String](), ["--label"], ["--format", "json"]] {
            let r = try CLI.run(["communities", "--resolution", "inf"] + extra + sample)
            XCTAssertEqual(r.status, 2, "\(extra): \(r.stderr)")
            XCTAssertEqual(r.stderr, "error: --resolution inf: expected a positive, finite number\n", "\(extra)")
            XCTAssertEqual(r.stdout, "", "\(extra)")
        }
    }

    /// The classes keep their exit codes through the one catch: an unknown account is bad
    /// input (3), a missing store is bad input (3), an output path that cannot be written a
    /// runtime failure (1).
    func testEachClassKeepsItsExitCode() throws {
        let unknown = try CLI.run(["collaborators", "@nobody_here_fic"] + sample)
        XCTAssertEqual(unknown.status, 3, unknown.stderr)
        XCTAssertEqual(unknown.stderr, "error: no account @nobody_here_fic in the network (give @handle, the account id or platform:id)\n")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-errors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLI.run(["stats", "--db", dir.appendingPathComponent("none.db").path])
        XCTAssertEqual(missing.status, 3, missing.stderr)
        XCTAssertTrue(missing.stderr.hasPrefix("error: no store at "), missing.stderr)
        let unwritable = try CLI.run(["render", "--view", "influencers", "--format", "dot", "--out", "/proc/curbside-cannot-write.dot"] + sample)
        XCTAssertEqual(unwritable.status, 1, unwritable.stderr)
        XCTAssertTrue(unwritable.stderr.hasPrefix("error: cannot write /proc/curbside-cannot-write.dot: "), unwritable.stderr)
    }
}
