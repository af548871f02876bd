import CSQLite
import Foundation
import XCTest

/// Issue #11 leftovers in the CLI's output: results written to a full standard output are
/// a plain error and exit 1 (before: a trap in `FileHandle.write`, signal 4), and `check`
/// lists damaged rows with their key columns named (before: bare tuples `(1, 3, 5, 1)`).
final class StandardOutputTests: XCTestCase {
    /// Runs `curbside arguments` with standard output on `/dev/full` (every write fails with ENOSPC).
    private func runIntoFullDevice(_ arguments: [String]) throws -> CLIResult {
        let process = Process()
        process.executableURL = CLI.productsDirectory.appendingPathComponent("curbside")
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repositoryRoot
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A store of a few generated fictional ties.
    private func tinyStore(in dir: URL) throws -> String {
        var csv = "source,target,kind\n"
        for i in 0 ..< 30 { csv += "node_\(i % 7)_fic,node_\((i * 3 + 1) % 11)_fic,\(i % 2 == 0 ? "follow" : "mention")\n" }
        let file = dir.appendingPathComponent("ties.csv")
        try Data(csv.utf8).write(to: file)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["import", file.path, "--db", db])
        XCTAssertEqual(r.status, 0, r.stderr)
        return db
    }

    func testResultsIntoAFullStandardOutputAreExitOneWithTheReason() throws {
        guard FileManager.default.isWritableFile(atPath: "/dev/full") else { throw XCTSkip("no /dev/full here") }
        let db = try tinyStore(in: temporaryDirectory())
        let expected = "error: cannot write standard output: no space left on the device\n"
        for command in [["stats", "--db", db], ["stats", "--db", db, "--format", "json"], ["sources", "--db", db],
                        ["specialties", "--db", db, "--format", "json"]] {
            let r = try runIntoFullDevice(command)
            XCTAssertEqual(r.status, 1, "\(command): \(r.stderr)")
            // Only the error (after what the command reports on stderr anyway: `specialties`' summary).
            XCTAssertTrue(r.stderr.hasSuffix(expected), "\(command): \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("Fatal error"), "\(command): \(r.stderr)")
        }
        // A large output (1,352 rows): the first failed write ends it, once.
        let big = try runIntoFullDevice(["metric", "pagerank", "--input", "Samples/clinician-network", "--format", "csv"])
        XCTAssertEqual(big.status, 1, big.stderr)
        XCTAssertTrue(big.stderr.hasSuffix(expected), big.stderr)
        XCTAssertFalse(big.stderr.contains("Fatal error"), big.stderr)
    }

    func testCheckListsDamagedRowsWithTheirKeysNamed() throws {
        let dir = temporaryDirectory()
        let db = try tinyStore(in: dir)
        var handle: OpaquePointer?
        XCTAssertEqual(sqlite3_open(db, &handle), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(handle, "DELETE FROM account WHERE id = 3", nil, nil, nil), SQLITE_OK)
        sqlite3_close(handle)
        let danglingSources = sqliteRows(db, "SELECT src, dst, kind FROM edge WHERE src = 3 ORDER BY src, dst, kind")
        XCTAssertFalse(danglingSources.isEmpty)

        let table = try CLI.run(["check", "--db", db])
        XCTAssertEqual(table.status, 1, table.stderr)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "table           problem                      rows  first rows")
        XCTAssertTrue(lines.contains("account_source  account_id names no account     1  source_id 1, account_id 3"), table.stdout)
        let first = danglingSources[0]
        let edgeLines = lines.filter { $0.hasPrefix("edge            src names no account") }
        XCTAssertEqual(edgeLines.count, min(5, danglingSources.count), table.stdout)
        XCTAssertTrue(edgeLines[0].hasSuffix("  source_id 1, src \(first[0]), dst \(first[1]), kind \(first[2])"), edgeLines[0])
        XCTAssertFalse(table.stdout.contains("("), "no bare tuples: \(table.stdout)")

        let csv = try CLI.run(["check", "--db", db, "--format", "csv"])
        XCTAssertTrue(csv.stdout.contains("account_source,account_id names no account,1,\"source_id 1, account_id 3\"\n"), csv.stdout)
        XCTAssertFalse(csv.stdout.contains("("), csv.stdout)
    }
}
