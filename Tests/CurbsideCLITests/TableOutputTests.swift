import Foundation
import XCTest

/// The commands on the one row writer (issue #12): the same rows as text, CSV, JSON and
/// Markdown, with numbers as numbers.
final class TableOutputTests: XCTestCase {
    func testSourcesInEveryFormat() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let imported = try CLI.run(["import", "Samples/clinician-network", "--db", db])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let csv = try CLI.run(["sources", "--db", db, "--format", "csv"])
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "id,path,format,sha256,imported,read,skipped")
        let fields = try XCTUnwrap(lines.dropFirst().first).split(separator: ",").map(String.init)
        XCTAssertEqual(fields[0], "1")
        XCTAssertEqual(fields[1], "Samples/clinician-network")

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try CLI.run(["sources", "--db", db, "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(json.count, 1)
        XCTAssertEqual(json[0]["id"] as? Int, 1)
        XCTAssertEqual(json[0]["read"] as? Int, Int(fields[5]))
        XCTAssertEqual(json[0]["sha256"] as? String, fields[3])

        let markdown = try CLI.run(["sources", "--db", db, "--format", "markdown"]).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(markdown.prefix(2), ["| id | path | format | sha256 | imported | read | skipped |",
                                            "| ---: | --- | --- | --- | --- | ---: | ---: |"])
        XCTAssertEqual(markdown.count, 3)

        // No label sets yet: the header alone, in every format.
        XCTAssertEqual(try CLI.run(["label", "--list", "--db", db, "--format", "csv"]).stdout, "id,path,sha256,labels\n")
        XCTAssertEqual(try CLI.run(["link", "--list", "--db", db, "--format", "table"]).stdout, "id  path  sha256  accounts  persons\n")
    }
}
