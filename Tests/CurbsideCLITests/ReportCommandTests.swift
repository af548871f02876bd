import Foundation
import XCTest

final class ReportCommandTests: XCTestCase {
    /// The README's main command: a report of the sample with its diagram, byte-identical
    /// when run twice.
    func testSampleReportIsCompleteAndReproducible() throws {
        let dir = temporaryDirectory()
        let args = ["report", "--input", "Samples/clinician-network", "Samples/x-archive-focus"]
        let first = try CLI.run(args + ["--out", dir.appendingPathComponent("a").path])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try CLI.run(args + ["--out", dir.appendingPathComponent("b").path]).status, 0)

        let md = try String(contentsOf: dir.appendingPathComponent("a/report.md"), encoding: .utf8)
        for section in ["## Overview", "## Accounts by specialty", "### By audience within the network", "### By PageRank",
                        "### Diagram", "## Communities", "## Data quality", "### Sources", "### Skipped records",
                        "### Unresolved accounts", "## Methods", "### Inputs"] {
            XCTAssertTrue(md.contains(section), section)
        }
        XCTAssertTrue(md.contains("](influencers.svg)"))
        XCTAssertTrue(md.contains("](community-map.svg)"))
        // The full SHA-256 of each input, for a reader to check a rerun reads the same data.
        XCTAssertNotNil(md.range(of: "\\| Samples/clinician-network \\| [0-9a-f]{64} \\|", options: .regularExpression), md)
        XCTAssertTrue(md.contains("| Accounts | 1,352 |"))
        // Reciprocity of the sample's follow graph, from networkx 3.6.1
        // overall_reciprocity on Samples/clinician-network (no self-loops there): 0.40075.
        XCTAssertTrue(md.contains("| Reciprocity (follow) | 0.401 |"), md)
        let svg = try String(contentsOf: dir.appendingPathComponent("a/influencers.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("@dr_ada_quillbrook_fic") || svg.contains("_fic"))

        for file in ["report.md", "influencers.svg", "community-map.svg"] {
            XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("a/\(file)")),
                           try Data(contentsOf: dir.appendingPathComponent("b/\(file)")), "\(file) differs between runs")
        }
    }

    func testAnonymizedHTMLReportNamesNoAccount() throws {
        let dir = temporaryDirectory()
        let r = try CLI.run(["report", "--input", "Samples/clinician-network", "Samples/x-archive-focus", "--out", dir.path,
                             "--anonymize", "--html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        for file in ["report.md", "report.html", "influencers.svg", "community-map.svg"] {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            // Every sample handle ends in _fic; sample names end in "MD", "RN", … or are plain names.
            XCTAssertFalse(text.contains("_fic"), file)
            XCTAssertFalse(text.contains("Samples/"), file)
            XCTAssertFalse(text.contains("Marrowwick"), file)
        }
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("account-"))
        XCTAssertTrue(html.contains("<svg"))
    }

    /// Every diagram in SVG, PNG and PDF at once, byte-identical between two runs (the PDF
    /// creation date is fixed); the report links to the first format.
    func testDiagramsInEveryFormatAreReproducible() throws {
        let dir = temporaryDirectory()
        let args = ["report", "--input", "Samples/clinician-network", "--image-format", "png", "svg", "pdf", "--diagram-accounts", "15"]
        for run in ["a", "b"] {
            let r = try CLI.run(args + ["--out", dir.appendingPathComponent(run).path])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let md = try String(contentsOf: dir.appendingPathComponent("a/report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("](influencers.png)") && md.contains("](community-map.png)"))
        for name in ["influencers", "community-map"] {
            for (format, magic) in [("png", [0x89, 0x50, 0x4E, 0x47] as [UInt8]), ("pdf", Array("%PDF".utf8)), ("svg", Array("<?xm".utf8))] {
                let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name).\(format)"))
                XCTAssertEqual(Array(a.prefix(4)), magic, "\(name).\(format)")
                XCTAssertEqual(a, try Data(contentsOf: dir.appendingPathComponent("b/\(name).\(format)")), "\(name).\(format) differs")
            }
        }
    }

    /// Data quality: records a lenient import skipped, by the import's reason codes, and
    /// accounts known only by their id.
    func testDataQualityListsSkippedRecordsAndBareIDs() throws {
        let dir = temporaryDirectory()
        let csv = dir.appendingPathComponent("edges.csv")
        try "source,target,kind\n1,2,follow\n2,,follow\n3,1,follow\n\"unterminated,1,follow\n".write(to: csv, atomically: true, encoding: .utf8)
        let r = try CLI.run(["report", "--input", csv.path, "--lenient", "--out", dir.appendingPathComponent("r").path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = try String(contentsOf: dir.appendingPathComponent("r/report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("| 4 | 2 |"), md)                    // read, skipped
        XCTAssertTrue(md.contains("missing-field | 1 |"), md)          // line 3: no target
        XCTAssertTrue(md.contains("unterminated-quote | 1 |"), md)     // line 5
        XCTAssertTrue(md.contains("3 of 3 accounts (100.0 %) are bare ids without a handle (3 on csv)"), md)
    }

    /// --save records the report's run: parameters and seeds, input SHA-256s, the version and
    /// per-account scores; the report files are the same as without --save.
    func testSaveRecordsAnAuditableRun() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("r.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let args = ["report", "--db", db, "--seed", "7", "--top", "5"]
        let saved = try CLI.run(args + ["--save", "--verbose", "--out", dir.appendingPathComponent("a").path])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(saved.stderr.contains("saved as analysis run 1"), saved.stderr)
        XCTAssertTrue(saved.stderr.contains(" s  load network and specialties"), saved.stderr)
        XCTAssertTrue(saved.stderr.contains(" s  render influencers.svg"), saved.stderr)
        XCTAssertEqual(try CLI.run(args + ["--out", dir.appendingPathComponent("b").path]).status, 0)
        let md = try String(contentsOf: dir.appendingPathComponent("a/report.md"), encoding: .utf8)
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("a/report.md")),
                       try Data(contentsOf: dir.appendingPathComponent("b/report.md")), "--save changed the report")

        func rows(_ sql: String) -> [[String]] { sqliteRows(db, sql) }
        let run = rows("SELECT id, name, parameters FROM analysis_run")
        XCTAssertEqual(run.count, 1, "only --save records a run")
        XCTAssertEqual(run.first?[1], "report")
        let p = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run[0][2].utf8)) as? [String: Any])
        XCTAssertEqual(p["curbside_version"] as? String, "0.1.0")
        XCTAssertEqual((p["options"] as? [String: Any])?["seed"] as? Int, 7)
        XCTAssertEqual((p["options"] as? [String: Any])?["top"] as? Int, 5)
        let leiden = try XCTUnwrap(p["leiden"] as? [String: Any])
        XCTAssertEqual(leiden["seed"] as? Int, 7)
        XCTAssertEqual(leiden["resolution"] as? Double, 1)
        XCTAssertEqual((p["reach"] as? [String: Any])?["seed"] as? Int, 7)
        XCTAssertEqual(((p["composite_influence"] as? [String: Any])?["kind_weights"] as? [String: Double])?["like"], 0.3)
        XCTAssertEqual((p["pagerank"] as? [String: Any])?["damping"] as? Double, 0.85)
        // The input's SHA-256 is the one the report prints under Inputs.
        let input = try XCTUnwrap((p["inputs"] as? [[String: Any]])?.first)
        let sha = try XCTUnwrap(input["sha256"] as? String)
        XCTAssertEqual(sha.count, 64)
        XCTAssertTrue(md.contains("| \(input["path"] as? String ?? "?") | \(sha) |"), md)

        let counts = rows("SELECT metric, COUNT(*) FROM account_score WHERE run_id = 1 GROUP BY metric ORDER BY metric")
        XCTAssertEqual(counts.map { $0[0] }, ["report.community", "report.in_degree", "report.influence.rank",
                                              "report.influence.score", "report.pagerank"])
        XCTAssertTrue(counts.allSatisfy { $0[1] == "1352" }, "\(counts)")
        func top(_ metric: String, _ order: String = "DESC") -> [String] {
            rows("""
                SELECT a.handle, s.value FROM account_score s JOIN account a ON a.id = s.account_id
                WHERE s.metric = '\(metric)' ORDER BY s.value \(order), a.handle LIMIT 1
                """).first ?? []
        }
        // Composite rank 1: the same account as `curbside influence` ranks first (InfluenceCommandTests).
        XCTAssertEqual(top("report.influence.rank", "ASC").first, "marrowwick_cardioonc_journal_fic")
        // PageRank on all ties weighted by counts, networkx 3.6.1 pagerank(alpha=0.85, weight) on
        // Samples/clinician-network (Tests/References/make_report_references.py): 0.013166.
        let pageRank = top("report.pagerank")
        XCTAssertEqual(pageRank.first, "marrowwick_cardioonc_journal_fic")
        XCTAssertEqual(Double(pageRank.last ?? "") ?? 0, 0.013166, accuracy: 5e-6)
        // Communities: as many distinct ids as the run's Leiden found, numbered from 0.
        let communities = rows("SELECT COUNT(DISTINCT value), MIN(value) FROM account_score WHERE metric = 'report.community'")
        XCTAssertEqual(Int(communities.first?[0] ?? ""), leiden["communities"] as? Int)
        XCTAssertEqual(Double(communities.first?[1] ?? ""), 0)
    }

    func testSaveNeedsAStore() throws {
        let r = try CLI.run(["report", "--input", "Samples/clinician-network", "--out", temporaryDirectory().path, "--save"])
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("--save stores results in the --db store"), r.stderr)
    }

    /// report.html carries every diagram as inline SVG, also when the files are PNG only.
    func testHTMLInlinesEverySVGDiagram() throws {
        let dir = temporaryDirectory()
        let r = try CLI.run(["report", "--input", "Samples/clinician-network", "Samples/x-archive-focus", "--out", dir.path,
                             "--html", "--image-format", "png", "--focus", "@dr_ada_quillbrook_fic"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        let md = try String(contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
        // Activity chart, influencers, community map, collaborators: each an inline <svg>, no <img>.
        let figures = md.components(separatedBy: "![").count - 1
        XCTAssertEqual(figures, 4, md)
        XCTAssertEqual(html.components(separatedBy: "<figure role=\"img\"").count - 1, figures)
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, figures)
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<?xml"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("influencers.svg").path),
                       "SVG drawn for the HTML is not written as a file")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent("collaborators.png").path))
    }
}
