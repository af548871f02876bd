import Foundation
import XCTest

/// Issue #11 item 5 through the CLI: repeated rows are one tie with its count, and an
/// import past `--max-memory` stops with exit 1 and a message naming the file and the
/// limit, the store unchanged.
final class ImportMemoryLimitTests: XCTestCase {
    /// 300,000 copies of one row, gzipped (the issue's `yes a,b | gzip`, smaller).
    func testRepeatedRowsImportAsOneTie() throws {
        let dir = temporaryDirectory()
        let csv = dir.appendingPathComponent("repeated.csv")
        var text = "source,target\n"
        text.reserveCapacity(14 + 300_000 * 12)
        for _ in 0 ..< 300_000 { text += "a_fic,b_fic\n" }
        try Data(text.utf8).write(to: csv)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-1", csv.path]
        try gzip.run()
        gzip.waitUntilExit()
        XCTAssertEqual(gzip.terminationStatus, 0)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["import", csv.path + ".gz", "--db", db])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(sqliteRows(db, "SELECT count FROM edge"), [["300000"]])
        XCTAssertEqual(sqliteRows(db, "SELECT COUNT(*) FROM account"), [["2"]])
    }

    func testImportPastMaxMemoryFailsWithExit1AndKeepsTheStore() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let small = dir.appendingPathComponent("small.csv")
        try Data("source,target\nx_fic,y_fic\n".utf8).write(to: small)
        XCTAssertEqual(try CLI.run(["import", small.path, "--db", db]).status, 0)
        let csv = dir.appendingPathComponent("distinct.csv")
        var text = "source,target\n"
        for i in 0 ..< 60_000 { text += "s\(i % 500)_fic,t\(i)_fic\n" }
        try Data(text.utf8).write(to: csv)

        let r = try CLI.run(["import", csv.path, "--db", db, "--max-memory", "1M"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.hasPrefix("error: \(csv.path): the import would need about "), r.stderr)
        XCTAssertTrue(r.stderr.contains(" MiB of memory, over the limit of 1 MiB ("), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix("raise it with --max-memory or split the file\n"), r.stderr)
        XCTAssertEqual(sqliteRows(db, "SELECT path FROM source"), [[small.path]])
        XCTAssertEqual(sqliteRows(db, "SELECT COUNT(*) FROM account"), [["2"]])

        XCTAssertEqual(try CLI.run(["import", csv.path, "--db", db, "--max-memory", "64M"]).status, 0)
        XCTAssertEqual(sqliteRows(db, "SELECT COUNT(*) FROM edge"), [["60001"]])
    }

    func testMaxMemoryMustBeASize() throws {
        let r = try CLI.run(["import", "Samples/clinician-network", "--db", ":memory:", "--max-memory", "lots"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("--max-memory must be a size such as 512M, 2G or 1073741824, at least 1M"), r.stderr)
    }
}
