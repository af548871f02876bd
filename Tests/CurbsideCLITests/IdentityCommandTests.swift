import Foundation
import XCTest

final class IdentityCommandTests: XCTestCase {
    func testForgetRemovesOneSourceOnly() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("f.sqlite").path
        let extra = dir.appendingPathComponent("extra.csv")
        try "source,target,kind\nnew_one_fic,new_two_fic,advice\n".write(to: extra, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let before = try CLI.run(["stats", "--db", db, "--format", "json"]).stdout
        XCTAssertEqual(try CLI.run(["import", extra.path, "--db", db]).status, 0)
        let during = try CLI.json(try CLI.run(["stats", "--db", db, "--format", "json"]))
        XCTAssertEqual(during["accounts"] as? Int, 1354)
        let r = try CLI.run(["forget", extra.path, "--db", db, "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains(",1,0,2,0,0\n"), r.stdout)  // 1 edge, 0 hashtags, 2 accounts removed, 0 events (untimed)
        XCTAssertEqual(try CLI.run(["stats", "--db", db, "--format", "json"]).stdout, before)
        XCTAssertEqual(try CLI.run(["forget", "99", "--db", db]).status, 3)
    }

    func testLinkMergesAndUnlinks() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("l.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let links = dir.appendingPathComponent("people.csv")
        // Two sample accounts (Samples/clinician-network/nodes.csv) declared one person.
        try "platform,account,person\nx,@dr_ada_quillbrook_fic,ada\nx,9100000001082,ada\n".write(to: links, atomically: true, encoding: .utf8)
        let r = try CLI.run(["link", links.path, "--db", db, "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains(",2,1\n"), r.stdout)
        let report = dir.appendingPathComponent("r")
        XCTAssertEqual(try CLI.run(["report", "--db", db, "--out", report.path]).status, 0)
        let md = try String(contentsOf: report.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| Accounts | 1,351 |"), md)
        XCTAssertEqual(try CLI.run(["link", "--remove", "1", "--db", db]).status, 0)
        XCTAssertEqual(try CLI.run(["report", "--db", db, "--out", report.path]).status, 0)
        XCTAssertTrue(try String(contentsOf: report.appendingPathComponent("report.md"), encoding: .utf8).contains("| Accounts | 1,352 |"))

        let bad = dir.appendingPathComponent("bad.csv")
        try "platform,account,person\nx,@nobody_here_fic,zed\n".write(to: bad, atomically: true, encoding: .utf8)
        let b = try CLI.run(["link", bad.path, "--db", db])
        XCTAssertEqual(b.status, 3)
        XCTAssertTrue(b.stderr.contains("line 2"), b.stderr)
        XCTAssertEqual(try CLI.run(["link", "--db", db]).status, 2)
    }
}
