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
}
