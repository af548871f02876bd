import CurbsideStore
import Foundation
import XCTest

/// `import --replace`, the "already imported" message, and what `import`, `sources` and the
/// report say about rows without a tie (issue #13).
///
/// The fixture, `fic-retweet_network.edgelist`, six rows `a b weight` with one self-loop and one
/// repeated pair. networkx 3.6.1, `read_edgelist(path, create_using=nx.MultiDiGraph,
/// data=[("weight", float)])`: 6 rows, 5 distinct directed pairs, 4 nodes, total weight 13,
/// `number_of_selfloops` 1.
final class ImportReplaceTests: XCTestCase {
    private let rows = "a_fic b_fic 3\nb_fic c_fic 1\nc_fic c_fic 2\na_fic b_fic 2\nd_fic a_fic 1\nb_fic a_fic 4\n"

    private func fixture(_ dir: URL, _ text: String? = nil) throws -> URL {
        let file = dir.appendingPathComponent("fic-retweet_network.edgelist")
        try Data((text ?? rows).utf8).write(to: file)
        return file
    }

    private func sourcesJSON(_ db: String) throws -> [[String: Any]] {
        let r = try CLI.run(["sources", "--db", db, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]], r.stdout)
    }

    /// Without --replace the message names the file given, the earlier source's id and path,
    /// and the command that re-imports it. (Before, it named only the earlier path.)
    func testAlreadyImportedNamesTheFileTheEarlierSourceAndSuggestsReplace() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let file = try fixture(dir)
        XCTAssertEqual(try CLI.run(["import", file.path, "--db", db]).status, 0)
        let copy = dir.appendingPathComponent("copy.txt")
        try FileManager.default.copyItem(at: file, to: copy)
        let again = try CLI.run(["import", copy.path, "--db", db, "--kind", "mention"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains(
            "\(copy.path): already imported (same SHA-256 as source 1) from \(file.path); nothing changed; "
            + "to import it again with other options: curbside import --replace \(copy.path)"), again.stderr)
    }

    /// --replace imports the file again with the options given now: the kind the file name
    /// chose (repost) becomes the one --kind gives, in one source whose options `sources`
    /// and the report's provenance show.
    func testReplaceImportsAgainWithTheNewOptions() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let file = try fixture(dir)
        XCTAssertEqual(try CLI.run(["import", file.path, "--db", db]).status, 0)
        let first = try CLI.json(try CLI.run(["stats", "--db", db, "--format", "json"]))
        // 5 distinct pairs, total weight 13 (networkx, above).
        XCTAssertEqual(first["edges"] as? [String: Int], ["repost": 5])
        XCTAssertEqual(first["interactions"] as? [String: Int], ["repost": 13])

        let r = try CLI.run(["import", "--replace", file.path, "--db", db, "--kind", "mention", "--third-column", "weight",
                             "--output", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(file.path): replaces source 1 (\(file.path)): 5 ties, 0 interactions and 0 hashtags removed first"),
                      r.stderr)
        let row = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])?.first)
        XCTAssertEqual(row["status"] as? String, "replaced")
        XCTAssertEqual(row["replaced"] as? [Int], [1])
        let stats = try CLI.json(try CLI.run(["stats", "--db", db, "--format", "json"]))
        XCTAssertEqual(stats["edges"] as? [String: Int], ["mention": 5])
        XCTAssertEqual(stats["interactions"] as? [String: Int], ["mention": 13])
        XCTAssertEqual(stats["accounts"] as? Int, 4)
        XCTAssertEqual(stats["sources"] as? Int, 1)

        let source = try XCTUnwrap(try sourcesJSON(db).first)
        XCTAssertEqual(source["options"] as? [String: String], ["--kind": "mention", "--third-column": "weight"])
        XCTAssertEqual(source["replaced"] as? [Int], [1])
        XCTAssertEqual(source["third_column"] as? String, "weight")
        let choice = try XCTUnwrap((source["kind_choices"] as? [[String: Any]])?.first)
        XCTAssertEqual(choice["kind"] as? String, "mention")
        XCTAssertEqual(choice["basis"] as? String, "option")

        let out = dir.appendingPathComponent("report")
        let report = try CLI.run(["report", "--db", db, "--out", out.path, "--save"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| \\--kind mention --third-column weight |"), md) // a leading dash is escaped
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist: ties are mention (--kind)."), md)
        let saved = sqliteRows(db, "SELECT parameters FROM analysis_run")
        let provenance = try XCTUnwrap(JSONSerialization.jsonObject(with: Data((saved.first?.first ?? "").utf8)) as? [String: Any])
        let input = try XCTUnwrap((provenance["inputs"] as? [[String: Any]])?.first)
        XCTAssertEqual(input["options"] as? [String: String], ["--kind": "mention", "--third-column": "weight"])
    }

    /// The new content fails strictly at line 7, after the earlier source was removed inside
    /// the transaction: exit 3, and the store is exactly as before.
    func testAFailedReplaceLeavesTheStoreAsItWas() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let file = try fixture(dir)
        XCTAssertEqual(try CLI.run(["import", file.path, "--db", db]).status, 0)
        func state() throws -> [String] {
            [try CLI.run(["stats", "--db", db, "--format", "json"]).stdout,
             try CLI.run(["sources", "--db", db, "--format", "json"]).stdout,
             "\(sqliteRows(db, "SELECT * FROM edge ORDER BY 1, 2, 3, 4"))", "\(sqliteRows(db, "SELECT * FROM account ORDER BY id"))"]
        }
        let before = try state()
        _ = try fixture(dir, rows + "e_fic a_fic 1 RT extra\n") // a fifth column: a bad record
        let r = try CLI.run(["import", "--replace", file.path, "--db", db, "--kind", "mention"])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains("fic-retweet_network.edgelist: line 7: expected 2 to 4 whitespace-separated columns"), r.stderr)
        XCTAssertEqual(try state(), before)
        XCTAssertEqual(sqliteRows(db, "SELECT COUNT(*) FROM edge"), [["5"]])
    }

    /// Rows without a tie and self-loops, counted by reason in the summary, in `import` and
    /// `sources` JSON and in the report's data quality; a file that gives nothing warns.
    func testCountsByReasonEverywhere() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        // A counts header (5 nodes, 7 lines) passed over, the six rows, and one bad row (one column).
        let file = try fixture(dir, "5 7\n" + rows + "e_fic\n")
        let r = try CLI.run(["import", file.path, "--db", db, "--lenient", "--output", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("  skipped 1 × bad-columns"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  no tie from 1 × header-line"), r.stderr)
        XCTAssertTrue(r.stderr.contains("  1 self-loops (both ends one account), kept as ties"), r.stderr)
        let row = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])?.first)
        let source = try XCTUnwrap(try sourcesJSON(db).first)
        for json in [row, source] {
            XCTAssertEqual(json["without_tie_by_reason"] as? [String: Int], ["bad-columns": 1, "header-line": 1], "\(json)")
            XCTAssertEqual(json["skipped_by_reason"] as? [String: Int], ["bad-columns": 1])
            XCTAssertEqual(json["self_loops"] as? Int, 1)
            XCTAssertEqual(json["third_column"] as? String, "weight")
            XCTAssertEqual(json["warnings"] as? [String], [])
            let choice = try XCTUnwrap((json["kind_choices"] as? [[String: Any]])?.first)
            XCTAssertEqual(choice["kind"] as? String, "repost")
            XCTAssertEqual(choice["basis"] as? String, "file-name")
            XCTAssertEqual(choice["word"] as? String, "retweet")
        }
        let out = dir.appendingPathComponent("report")
        XCTAssertEqual(try CLI.run(["report", "--db", db, "--out", out.path]).status, 0)
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist | bad-columns | 1 |"), md)
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist | header-line | 1 |"), md)
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist | self-loop (kept as a tie) | 1 |"), md)
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist: ties are repost, from the word retweet in the file name."), md)
        XCTAssertTrue(md.contains("fic-retweet\\_network.edgelist: the third column was read as a weight."), md)

        // A header without rows: imported, with the warning in the summary and as a field.
        let header = dir.appendingPathComponent("edges.csv")
        try Data("source,target\n".utf8).write(to: header)
        let empty = try CLI.run(["import", header.path, "--db", db, "--output", "json"])
        XCTAssertEqual(empty.status, 0, empty.stderr)
        let warning = "edges.csv: no records (only a header, comments or declarations): no account and no tie imported"
        XCTAssertTrue(empty.stderr.contains("  warning: \(warning)"), empty.stderr)
        let emptyRow = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [[String: Any]])?.first)
        XCTAssertEqual(emptyRow["warnings"] as? [String], [warning])
        XCTAssertEqual(try sourcesJSON(db).last?["warnings"] as? [String], [warning])
    }

    /// A store written before the structured fields: its details (`counts`, `notes`,
    /// `problems`, `skipped_by_reason` only) still read in `sources` and the report.
    func testOlderStoresDetailsStillRead() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("old.sqlite").path
        let old = #"{"counts":{"edge":2,"edge:edge":2,"node":3,"self-loop":1},"notes":[],"problems":[],"skipped_by_reason":{"bad-columns":2}}"#
        do {
            let store = try Store(path: db)
            let a = AccountKey(platform: "snap", id: "a_fic"), b = AccountKey(platform: "snap", id: "b_fic")
            _ = try store.importSource(path: "old-edges.txt", format: "snap", sha256: String(repeating: "ab", count: 32)) { sink in
                try sink.edge(EdgeRecord(source: a, target: b, kind: "edge"))
                try sink.edge(EdgeRecord(source: a, target: a, kind: "edge"))
                return ImportCounts(read: 4, skipped: 2, details: old)
            }
        }
        let source = try XCTUnwrap(try sourcesJSON(db).first)
        XCTAssertEqual(source["skipped_by_reason"] as? [String: Int], ["bad-columns": 2])
        XCTAssertEqual(source["without_tie_by_reason"] as? [String: Int], ["bad-columns": 2])
        XCTAssertEqual(source["self_loops"] as? Int, 1)
        XCTAssertEqual(source["options"] as? [String: String], [:])
        XCTAssertEqual(source["warnings"] as? [String], [])
        XCTAssertTrue(source["third_column"] is NSNull)
        let out = dir.appendingPathComponent("report")
        let report = try CLI.run(["report", "--db", db, "--out", out.path])
        XCTAssertEqual(report.status, 0, report.stderr)
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| old-edges.txt | bad-columns | 2 |"), md)
        XCTAssertTrue(md.contains("| old-edges.txt | self-loop (kept as a tie) | 1 |"), md)
    }

    /// `--input` records its reader options too: the report's provenance shows them.
    func testInputReportShowsTheReaderOptions() throws {
        let dir = temporaryDirectory()
        let file = try fixture(dir)
        let out = dir.appendingPathComponent("report")
        let r = try CLI.run(["report", "--input", file.path, "--kind", "mention", "--input-format", "snap", "--out", out.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| \\--input-format snap --kind mention |"), md)
    }

    /// `curbside import DIR/*` on a dataset folder: its SOURCE.md is passed over (before, a
    /// SOURCE.md whose first line had three words was read as a SNAP edge list and the import
    /// stopped at its line 3 with exit 3); given alone, a document is an error (exit 3).
    func testImportOfAFolderPassesOverItsDocuments() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let source = dir.appendingPathComponent("SOURCE.md")
        try Data("# fictional\n\nSource repository: github.com/example/fic\nLicence: CC BY 4.0\n".utf8).write(to: source)
        let file = try fixture(dir)
        let r = try CLI.run(["import", source.path, file.path, "--db", db, "--output", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(source.path): a document, not an export: skipped (--format reads it as one)"), r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 2) // the header and the edge list
        let alone = try CLI.run(["import", source.path, "--db", db])
        XCTAssertEqual(alone.status, 3, alone.stderr)
        XCTAssertTrue(alone.stderr.contains("none matched"), alone.stderr)
    }
}
