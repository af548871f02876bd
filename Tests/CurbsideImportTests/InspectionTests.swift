@testable import CurbsideImport
import Foundation
import XCTest

/// ``Inspector`` without the CLI: guesses, the proposed options, the dry run, shell quoting.
/// Expected counts: Tests/References/inspect_fixture_counts.py (pandas).
final class InspectionTests: XCTestCase {
    private func fixture(_ name: String) -> String { TestSupport.fixtures("inspect").appendingPathComponent(name).path }

    func testHiggsLikeCodesAreMappedExplicitly() throws {
        let r = try Inspector.inspect(fixture("higgs-like_activity.txt"), options: ImportOptions())
        XCTAssertEqual(r.format, .snap)
        XCTAssertEqual(r.columns.map(\.role), ["source", "target", "time", "kind"])
        XCTAssertEqual(r.columns.map(\.type), [.text, .text, .epochSeconds, .code])
        XCTAssertEqual(r.columns[3].values, ["MT", "RE", "RT"])
        XCTAssertEqual(r.options.columns?.kindCodes, ["RT": "repost", "MT": "mention", "RE": "reply"])
        XCTAssertEqual(r.edgesByKind, ["repost": 4, "mention": 3, "reply": 2]) // pandas: RT 4, MT 3, RE 2
        XCTAssertEqual(r.result.counts["self-loop"], 1)
        XCTAssertEqual(r.dialect, Inspection.Dialect(delimiter: "whitespace", quoted: false, header: false, byteOrderMark: false,
                                                     crlf: false, gzip: false))
    }

    func testStrptimeColumnAndOddNames() throws {
        let r = try Inspector.inspect(fixture("coded-kinds.csv"), options: ImportOptions())
        XCTAssertEqual(r.columns.map(\.role), ["source", "target", "kind", "time", "ignored"])
        XCTAssertEqual(r.columns[3].type, .patternTime)
        XCTAssertEqual(r.columns[3].timePattern, "%m/%d/%Y %H:%M")
        XCTAssertEqual(r.options.columns?.timeFormat, .strftime("%m/%d/%Y %H:%M"))
        XCTAssertTrue(r.options.columns?.kindCodes.isEmpty ?? false) // 1/2/3: not guessed
        XCTAssertTrue(r.notes.contains { $0.contains("the codes 1, 2, 3 are not kinds Curbside knows") }, "\(r.notes)")
        XCTAssertEqual(r.edgesByKind, ["1": 5, "2": 3, "3": 2])
    }

    /// A file that reads right without flags gets none: a plain command.
    func testDefaultsNeedNoFlags() throws {
        for name in ["weighted.txt", "padded-bom-crlf.csv", "fic-mention_network.edgelist"] {
            let r = try Inspector.inspect(fixture(name), options: ImportOptions())
            XCTAssertEqual(r.arguments, ["curbside", "import", fixture(name)], name)
            XCTAssertNil(r.options.columns, name)
        }
    }

    func testShellQuoting() {
        XCTAssertEqual(Inspector.shellQuoted("a/b_c-1.csv"), "a/b_c-1.csv")
        XCTAssertEqual(Inspector.shellQuoted("%m/%d/%Y %H:%M"), "'%m/%d/%Y %H:%M'")
        XCTAssertEqual(Inspector.shellQuoted("it's here.csv"), "'it'\\''s here.csv'")
        XCTAssertEqual(Inspector.shellQuoted(""), "''")
        XCTAssertEqual(Inspector.shellQuoted("a;rm -rf x"), "'a;rm -rf x'")
    }

    /// A given time zone comes back in the command as it was written.
    func testGivenTimeZoneIsPrinted() throws {
        var options = ImportOptions()
        options.columns = ColumnMapping(timeFormat: .strftime("%m/%d/%Y %H:%M"), timeZone: .offset(-(5 * 3600 + 1800)))
        let r = try Inspector.inspect(fixture("coded-kinds.csv"), options: options)
        XCTAssertEqual(Array(r.arguments.suffix(4)), ["--time-format", "%m/%d/%Y %H:%M", "--time-zone", "-05:30"])
    }

    /// A CSV whose first row is data (its third cell fits the epoch-ms column) is read header=no;
    /// on the first version the row was taken as a header and one tie was lost.
    func testHeaderlessCSV() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("a_fic,b_fic,1341100972000\nb_fic,c_fic,1341100973000\n", to: dir, "noheader.csv")
        let r = try Inspector.inspect(path, options: ImportOptions())
        XCTAssertEqual(Array(r.arguments.dropFirst(3)), ["--columns", "source=1,target=2,time=3,header=no", "--time-format", "epoch-ms"])
        XCTAssertEqual(r.result.recordsRead, 2)
        XCTAssertEqual(r.edges, 2)
    }

    /// A .tsv whose header Curbside does not know is detected as a whitespace list, but with the
    /// proposed --columns import reads it as CSV: the dry run and the format follow the command.
    func testMappedTSVIsReadAsImportWillReadIt() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("from_user\tto_user\tn\na_fic\tb_fic\t2\nb_fic\tc_fic\t1\n", to: dir, "odd.tsv")
        let r = try Inspector.inspect(path, options: ImportOptions())
        XCTAssertEqual(r.format, .csv)
        XCTAssertEqual(r.dialect?.delimiter, "tab")
        XCTAssertEqual(Array(r.arguments.dropFirst(3)), ["--columns", "source=from_user,target=to_user,weight=n"])
        XCTAssertEqual(r.edges, 2)
        XCTAssertEqual(r.result.recordsSkipped, 0)
    }

    /// A SNAP `nodes edges` counts line is not profiled as a row (AHCA's `54836 96704` showed as
    /// the first sample before), and the dry run skips it as the reader does.
    func testCountsHeaderIsNotARow() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("3 2\n10 11\n11 12\n", to: dir, "counts.txt")
        let r = try Inspector.inspect(path, options: ImportOptions())
        XCTAssertEqual(r.rowsProfiled, 2)
        XCTAssertEqual(r.columns.map(\.samples), [["10", "11"], ["11", "12"]])
        XCTAssertEqual(r.result.counts["header-line"], 1)
        XCTAssertEqual(r.edges, 2)
        XCTAssertEqual(r.arguments, ["curbside", "import", path])
    }
}
