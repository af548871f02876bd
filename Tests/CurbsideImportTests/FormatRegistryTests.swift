@testable import CurbsideImport
import Foundation
import XCTest

/// The reader registry drives the format names, detection and the "none matched" error;
/// the one CSV tokenizer serves every CSV-shaped input.
final class FormatRegistryTests: XCTestCase {
    func testFormatNamesComeFromTheRegistry() {
        let names = FormatRegistry.readers.map(\.format.rawValue)
        XCTAssertEqual(names, ["x-archive", "multiplex", "mastodon", "handles", "twarc2", "bluesky", "csv",
                               "graphml", "gexf", "edgelist-data", "pajek", "snap"])
        XCTAssertEqual(ImportFormat.allCases.map(\.rawValue), ["auto"] + names)
        XCTAssertEqual(Set(names).count, names.count)
        for format in ImportFormat.allCases {
            XCTAssertEqual(ImportFormat(rawValue: format.rawValue), format)
            XCTAssertFalse(format.summary.isEmpty, format.rawValue)
        }
        XCTAssertEqual(ImportFormat(rawValue: "x-archive"), .xArchive)
        XCTAssertNil(ImportFormat(rawValue: "xArchive"))
        XCTAssertNil(ImportFormat(rawValue: "excel"))
        XCTAssertEqual(ImportFormat.graphml.summary, ".graphml, or XML with a <graphml> root")
    }

    func testUnknownFormatErrorListsEveryRegisteredFormat() throws {
        let dir = try TestSupport.tempDirectory(self)
        let prose = try TestSupport.write("Dear colleague,\nthis is a letter with many words on one line.\n", to: dir, "letter.txt")
        let error = try XCTUnwrap(TestSupport.importError { _ = try Importer.prepare(prose, options: ImportOptions()) })
        for reader in FormatRegistry.readers {
            XCTAssertTrue(error.expected.contains("\(reader.format.rawValue) (\(reader.summary))"), reader.format.rawValue)
        }
        let zip = try TestSupport.write([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18), to: dir, "empty.zip")
        XCTAssertTrue(TestSupport.importError { _ = try Importer.prepare(zip, options: ImportOptions()) }?
            .expected.contains("the zip holds neither") ?? false)
    }

    func testEveryRegisteredFormatIsReadThroughTheRegistry() throws {
        // A forced format goes to its registered reader: a CSV file read as handles fails on
        // the handles header, not as CSV.
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("source,target\na_fic,b_fic\n", to: dir, "edges.csv")
        XCTAssertEqual(try TestSupport.load(path).1.edges.count, 1)
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path, ImportOptions(format: .handles)) }?.reason,
                       "bad-header")
    }

    /// Mastodon's follows export quotes a Languages cell that holds a line break. The old
    /// reader split lines at `,` and read `de"` on the next line as an account address
    /// (strict import: bad-address at line 3); the CSV tokenizer keeps the cell whole.
    func testMastodonFollowsWithAQuotedMultilineCell() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("""
            Account address,Show boosts,Notify on new posts,Languages\r
            nurse_fic@nurse.example,true,false,"en\r
            de"\r
            "@pharm_fic@rx.example",true,false,\r

            """, to: dir, "following_accounts.csv")
        let (result, sink, source) = try TestSupport.load(path, ImportOptions(owner: "dr_fic@med.example"))
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(result.recordsRead, 2)
        XCTAssertEqual(sink.edges.map(\.target.id), ["nurse_fic@nurse.example", "pharm_fic@rx.example"])
        XCTAssertEqual(sink.accounts.map(\.handle), ["dr_fic@med.example", "nurse_fic@nurse.example", "pharm_fic@rx.example"])
    }

    /// A handles list with CRLF line ends, a BOM, a blank line and quoted cells.
    func testHandlesCSVThroughTheTokenizer() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("\u{FEFF}id,handle,platform\r\n\r\n\"1\",\"@ada_fic\",X\r\n2,\"o\"\"neil_fic\",\r\n",
                                         to: dir, "names.csv")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .handles)
        XCTAssertEqual(result.recordsRead, 2)
        XCTAssertEqual(sink.accounts, [AccountRecord(key: AccountKey(platform: "x", id: "1"), handle: "ada_fic"),
                                       AccountRecord(key: AccountKey(platform: "x", id: "2"), handle: "o\"neil_fic")])
    }

    /// CSVRecords (link, label, taxonomy files) now uses the same tokenizer: text after a
    /// closing quote is an error naming the line (it was silently glued to the field).
    func testCSVRecordsSharesTheTokenizer() throws {
        let good = try CSVRecords(data: Data("\u{FEFF}Account,Specialty\r\n\"@a_fic\",\"Cardio, \"\"EP\"\"\"\r\n\r\nb_fic,\"multi\nline\"\n".utf8),
                                  displayName: "labels.csv")
        XCTAssertEqual(good.header, ["account", "specialty"])
        XCTAssertEqual(good.records, [CSVRecords.Record(line: 2, fields: ["@a_fic", "Cardio, \"EP\""]),
                                      CSVRecords.Record(line: 4, fields: ["b_fic", "multi\nline"])])
        XCTAssertThrowsError(try CSVRecords(data: Data("account,specialty\n\"a_fic\"x,cardio\n".utf8), displayName: "labels.csv")) {
            XCTAssertEqual($0 as? ImportError, ImportError(file: "labels.csv", location: "line 2",
                                                           expected: "a delimiter or line end after a closing quote",
                                                           reason: "bad-quote"))
        }
        XCTAssertThrowsError(try CSVRecords(data: Data("account,specialty\na_fic,\"cardio\n".utf8), displayName: "labels.csv")) {
            XCTAssertEqual(($0 as? ImportError)?.description, "labels.csv: line 2: expected a closing quote")
        }
    }

    func testCSVLineCells() {
        XCTAssertEqual(CSVLine.cells("\"Account address\", Show boosts ,x"), ["Account address", "Show boosts", "x"])
        XCTAssertEqual(CSVLine.cells("source;target;weight", delimiter: nil), ["source", "target", "weight"])
        XCTAssertEqual(CSVLine.cells("id,\"handle"), [])
    }
}
