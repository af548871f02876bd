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

    /// Every command that prints rows takes --format markdown: the table's columns as a
    /// Markdown table (numbers right-aligned), the same rows as the text table.
    func testEveryRowCommandPrintsMarkdown() throws {
        let db = temporaryDirectory().appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db, "--output", "markdown"]).stdout
                           .split(separator: "\n").prefix(2).map(String.init),
                       ["| path | format | status | read | skipped | sha256 |", "| --- | --- | --- | ---: | ---: | --- |"])
        let commands: [([String], String)] = [
            (["stats"], "| measure | kind | value |"),
            (["influence", "--top", "3"], "| rank | account | specialty | in specialty | score | flags |"),
            (["reach", "--top", "2", "--simulations", "50"],
             "| account | name | audience | reach2 | reach2\\_estimate | cascade | cascade\\_low | cascade\\_high |"),
            (["overlap", "@dr_ada_quillbrook_fic", "@zellwick_cardioonc_journal_fic"],
             "| set | a | b | size\\_a | size\\_b | common | union | jaccard |"),
            (["brief", "--target-specialty", "oncology", "--k", "2", "--simulations", "50"],
             "| set | pick | account | name | specialty | target\\_followers | set\\_reach | set\\_reach\\_low | set\\_reach\\_high |"),
            (["communities", "--top", "3"], "| community | accounts |"),
            (["communities", "--label", "--top", "2"], "| community | size | density | label | key\\_members | bridges |"),
            (["collaborators", "@dr_ada_quillbrook_fic", "--top", "2"], "| for | handle | rank | score | mutual | specialty | community |"),
            (["collaborators", "--evaluate", "--sample", "20"], "| method | precision\\_at\\_10 | auc |"),
            (["specialties"], "| account | platform | id | specialty | code | name | nucc | confidence | basis | evidence |"),
            (["specialties", "--evaluate", "Samples/ground-truth.csv"],
             "| specialty | support | true\\_positives | false\\_positives | false\\_negatives | precision | recall | f1 |"),
        ]
        for (command, header) in commands {
            let markdown = try CLI.run(command + ["--db", db, "--format", "markdown"])
            XCTAssertEqual(markdown.status, 0, "\(command): \(markdown.stderr)")
            let lines = markdown.stdout.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, header, "\(command)")
            let table = try CLI.run(command + ["--db", db]).stdout.split(separator: "\n", omittingEmptySubsequences: false)
            // The same rows as the text table (up to the table's end: brief adds a sentence after it).
            let rows = lines.dropFirst(2).prefix { $0.hasPrefix("|") }.count
            XCTAssertEqual(rows, table.dropFirst().prefix { !$0.hasPrefix("Expected") && !$0.isEmpty }.count, "\(command)")
            XCTAssertGreaterThan(rows, 0, "\(command)")
        }
        // Counts right-aligned, in Markdown and in the text table.
        let communities = try CLI.run(["communities", "--top", "3", "--db", db, "--format", "markdown"]).stdout
        XCTAssertTrue(communities.contains("| ---: | ---: |"), communities)
    }

    /// The text table right-aligns a numeric first column like any other (the old writer trimmed
    /// each line's leading spaces, so `communities` printed its community numbers shifted left).
    func testFirstNumericColumnKeepsItsAlignment() throws {
        let r = try CLI.run(["communities", "--input", "Samples/clinician-network", "--top", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, r.stdout)
        XCTAssertEqual(lines[0], "community  accounts")
        for line in lines.dropFirst() {
            XCTAssertEqual(line.count, lines[0].count, line)
            XCTAssertTrue(line.hasPrefix("        "), line)  // "community" is 9 wide: 8 spaces before a one-digit id
        }
    }
}
