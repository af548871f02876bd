import Foundation
import XCTest

final class SpecialtyCommandTests: XCTestCase {
    private func rows(_ csv: String) -> [[String: String]] {
        // The CSV here has no quoted commas in the columns read (account .. basis).
        let lines = csv.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (i, h) in header.enumerated() where i < f.count && i < 9 { row[h] = f[i] }
            return row
        }
    }

    /// Samples/ground-truth.csv: macro-F1 ≥ 0.85 is issue 5's goal; the figures are those of
    /// SpecialtyClassifierTests.testQualityOnTheSample (README).
    func testEvaluateOnTheSample() throws {
        let r = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--evaluate", "Samples/ground-truth.csv", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try CLI.json(r)
        XCTAssertEqual(j["evaluated"] as? Int, 1352)
        XCTAssertEqual(try XCTUnwrap(j["macro_f1"] as? Double), 0.9463, accuracy: 0.0001)
        XCTAssertEqual(j["unknown_truth_classes"] as? [String: Int], ["generic": 8])
        let confusion = try XCTUnwrap(j["confusion"] as? [String: Any])
        let labels = try XCTUnwrap(confusion["labels"] as? [String])
        let matrix = try XCTUnwrap(confusion["rows_truth_columns_predicted"] as? [[Int]])
        XCTAssertEqual(matrix.map { $0.reduce(0, +) }.reduce(0, +), 1352)
        XCTAssertEqual(matrix[labels.firstIndex(of: "journal")!][labels.firstIndex(of: "journal")!], 16)
        XCTAssertTrue(r.stderr.contains("truth class \"generic\" (8 accounts)"), r.stderr)
        let table = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--evaluate", "Samples/ground-truth.csv"])
        XCTAssertTrue(table.stdout.contains("macro-F1 0.946"), table.stdout)
        XCTAssertTrue(table.stdout.contains("confusion (rows: truth, columns: predicted)"), table.stdout)
        let csv = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--evaluate", "Samples/ground-truth.csv", "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("specialty,support,true_positives,false_positives,false_negatives,precision,recall,f1\ncardio-oncology,60,"), csv.stdout)
        XCTAssertTrue(csv.stdout.contains("\n(macro),1344,,,,"), csv.stdout)
    }

    /// Labels win and are reversible; the focus account of the sample is a cardio-oncologist
    /// by its bio (Samples/clinician-network/nodes.csv) until a label says otherwise.
    func testLabelWinsAndIsRemovable() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        func focus() throws -> [String: String] {
            let r = try CLI.run(["specialties", "--db", db, "--format", "csv"])
            XCTAssertEqual(r.status, 0, r.stderr)
            return try XCTUnwrap(rows(r.stdout).first { $0["account"] == "@dr_ada_quillbrook_fic" })
        }
        XCTAssertEqual(try focus()["specialty"], "cardio-oncology")
        XCTAssertEqual(try focus()["code"], "207RC0000X")
        XCTAssertEqual(try focus()["basis"], "text")

        let labels = dir.appendingPathComponent("experts.csv")
        try "handle,specialty,note\ndr_ada_quillbrook_fic,Pediatrician,fictional\n@drcleonettlecroft_fic,207RX0202X,\n".write(to: labels, atomically: true, encoding: .utf8)
        let l = try CLI.run(["label", labels.path, "--db", db, "--format", "csv"])
        XCTAssertEqual(l.status, 0, l.stderr)
        XCTAssertTrue(l.stdout.hasSuffix(",2\n"), l.stdout)
        let labelled = try focus()
        XCTAssertEqual(labelled["specialty"], "pediatrics")
        XCTAssertEqual(labelled["code"], "208000000X")
        XCTAssertEqual(labelled["confidence"], "1.000")
        XCTAssertEqual(labelled["basis"], "label")
        let list = try CLI.run(["label", "--list", "--db", db, "--format", "json"])
        XCTAssertTrue(list.stdout.contains("\"labels\" : 2"), list.stdout)
        XCTAssertEqual(try CLI.run(["label", "--remove", "1", "--db", db]).status, 0)
        XCTAssertEqual(try focus()["specialty"], "cardio-oncology")
        XCTAssertEqual(try CLI.run(["label", "--remove", "1", "--db", db]).status, 3)

        let bad = dir.appendingPathComponent("bad.csv")
        try "account,specialty\n9100000001082,astrology\n".write(to: bad, atomically: true, encoding: .utf8)
        let b = try CLI.run(["label", bad.path, "--db", db])
        XCTAssertEqual(b.status, 3)
        XCTAssertTrue(b.stderr.contains("bad.csv: line 2: expected a specialty the lexicon knows"), b.stderr)
        try "who,specialty\nx,cardiology\n".write(to: bad, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CLI.run(["label", bad.path, "--db", db]).status, 3)
        XCTAssertEqual(try CLI.run(["label", "--db", db]).status, 2)
    }

    func testUserLexiconAndTaxonomyOptions() throws {
        let dir = temporaryDirectory()
        let lexicon = dir.appendingPathComponent("mine.txt")
        try "specialty  sports-medicine  207QS0010X  Sports medicine\nterm  sports-medicine  3  runner\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let r = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--lexicon", lexicon.path, "--format", "csv", "--no-ties"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(rows(r.stdout).contains { $0["specialty"] == "sports-medicine" && $0["code"] == "207QS0010X" })
        try "term  cardiology  three  heart\n".write(to: lexicon, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--lexicon", lexicon.path])
        XCTAssertEqual(bad.status, 3)
        XCTAssertTrue(bad.stderr.contains("mine.txt:1: expected a positive number as the weight"), bad.stderr)
        let taxonomy = try sharedData("nucc-taxonomy/nucc_taxonomy_221.csv")
        let t = try CLI.run(["specialties", "--input", "Samples/clinician-network", "--taxonomy", taxonomy.path, "--format", "csv"])
        XCTAssertEqual(t.status, 0, t.stderr)
    }

    func testHelpShowsExamples() throws {
        for command in ["label", "specialties"] {
            let r = try CLI.run([command, "--help"])
            XCTAssertEqual(r.status, 0)
            XCTAssertTrue(r.stdout.contains("Example"), r.stdout)
        }
    }
}
