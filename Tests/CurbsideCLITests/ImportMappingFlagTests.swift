import CurbsideStore
import Foundation
import XCTest

/// `--columns`, `--kind-map`, `--time-format`, `--time-zone` and `--third-column` on `import`
/// and on an analysis command's `--input` (synthetic files).
final class ImportMappingFlagTests: XCTestCase {
    private let export = "id;from_user;to_user;code;when\n1;amy_fic;bo_fic;1;07/01/2012 10:00\n2;bo_fic;cy_fic;2;07/01/2012 11:00\n"
    private let flags = ["--columns", "source=from_user,target=to_user,kind=code,time=when", "--kind-map", "1=repost,2=reply",
                         "--time-format", "%m/%d/%Y %H:%M", "--time-zone", "+02:00"]

    func testImportAndInputTakeTheSameMapping() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("export.csv")
        try Data(export.utf8).write(to: file)
        let db = dir.appendingPathComponent("m.sqlite").path
        let r = try CLI.run(["import", file.path, "--db", db] + flags)
        XCTAssertEqual(r.status, 0, r.stderr)
        let stats = try CLI.run(["stats", "--db", db, "--format", "json"])
        let viaInput = try CLI.run(["stats", "--input", file.path, "--format", "json"] + flags)
        XCTAssertEqual(viaInput.status, 0, viaInput.stderr)
        XCTAssertEqual(stats.stdout, viaInput.stdout)
        XCTAssertTrue(stats.stdout.contains("\"repost\""), stats.stdout)
        XCTAssertTrue(stats.stdout.contains("\"reply\""), stats.stdout)
        // 2012-07-01 10:00 at +02:00 is 08:00 UTC: 1341129600.
        XCTAssertTrue(stats.stdout.contains("1341129600"), stats.stdout)
    }

    func testBadMappingsAreUsageErrors() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("export.csv")
        try Data(export.utf8).write(to: file)
        let db = dir.appendingPathComponent("m.sqlite").path
        for (extra, message) in [
            (["--columns", "source=from_user,sender=2"], "--columns: unknown role sender"),
            (["--time-format", "mm/dd"], "--time-format mm/dd: expected"),
            (["--time-zone", "Mars/Olympus"], "--time-zone Mars/Olympus: expected"),
            (["--third-column", "count"], "third-column"),
            (["--encoding", "klingon-8"], "--encoding klingon-8: expected an encoding iconv knows"),
        ] {
            let r = try CLI.run(["import", file.path, "--db", db] + extra)
            XCTAssertEqual(r.status, 2, "\(extra): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(extra): \(r.stderr)")
        }
        // A column the file lacks: a usage error (exit 2) naming the columns it has.
        let r = try CLI.run(["import", file.path, "--db", db, "--columns", "source=from_user,target=recipient"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("export.csv: line 1: expected a column named recipient for the target (--columns); "
            + "the file has 1 id, 2 from_user, 3 to_user, 4 code, 5 when"), r.stderr)
    }

    func testThirdColumnFlag() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("ties.txt")
        try Data("a_fic b_fic 1341100972\nb_fic c_fic 1341100973\n".utf8).write(to: file)
        let db = dir.appendingPathComponent("w.sqlite").path
        let r = try CLI.run(["import", file.path, "--db", db, "--third-column", "weight"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let details = try XCTUnwrap(try Store(path: db).sources().first?.details)
        XCTAssertTrue(details.contains("\"edge\":2"), details)
        let auto = try CLI.run(["import", file.path, "--db", dir.appendingPathComponent("t.sqlite").path])
        XCTAssertTrue(auto.stderr.contains("note: ties.txt: column 3 read as a time"), auto.stderr)
    }

    /// `--encoding`: a windows-1252 node list imports with its UTF-8 names (exit 0), read as
    /// UTF-8 it is bad input (exit 3) naming the file, line and byte, and the store is unchanged.
    func testEncodingFlag() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("people.csv")
        try Data([UInt8]("id,name\n1,Cl".utf8) + [0xE9] + [UInt8]("o Vance\n".utf8)).write(to: file)
        let db = dir.appendingPathComponent("e.sqlite").path
        let bad = try CLI.run(["import", file.path, "--db", db, "--encoding", "utf-8"])
        XCTAssertEqual(bad.status, 3, bad.stderr)
        XCTAssertTrue(bad.stderr.contains("people.csv: line 2 (byte 12): expected text in utf-8"), bad.stderr)
        let ok = try CLI.run(["import", file.path, "--db", db, "--encoding", "windows-1252"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(try Store(path: db).sources().count, 1)
        let viaInput = try CLI.run(["stats", "--input", file.path, "--encoding", "cp1252", "--format", "json"])
        XCTAssertEqual(viaInput.status, 0, viaInput.stderr)
    }
}
