import CurbsideRecords
@testable import CurbsideImport
import XCTest

/// `--encoding` (``ImportOptions/encoding``): delimited and whitespace files converted to UTF-8
/// with iconv as they stream (``IconvStream``).
///
/// Fixtures, written by Python: `Fixtures/csv/windows-1252-nodes.csv` (`str.encode('cp1252')`,
/// CRLF; an en dash, 0x96, exists in windows-1252 but not in latin1) and
/// `Fixtures/csv/utf-16-edges.csv` (`str.encode('utf-16')`: little-endian with a BOM). pandas
/// 3.0.1 `read_csv(encoding='cp1252')` reads names `Cléo Váñez`, `Zoë Ångström`, `Ben Arro` and
/// the bio `Médecin généraliste – fictive`; `read_csv(encoding='utf-16')` 2 rows, kinds mention
/// and reply. The first byte that is not ASCII in the windows-1252 file is byte 33, on line 2.
final class EncodingTests: XCTestCase {
    private func options(_ encoding: String?) -> ImportOptions {
        var o = ImportOptions()
        o.encoding = encoding
        return o
    }

    func testWindows1252NodeList() throws {
        let path = TestSupport.fixture("csv/windows-1252-nodes.csv")
        let (result, sink, _) = try TestSupport.load(path, options("windows-1252"))
        XCTAssertEqual(result.counts["node"], 3)
        XCTAssertEqual(sink.accounts.map(\.name), ["Cléo Váñez", "Zoë Ångström", "Ben Arro"])
        XCTAssertEqual(sink.accounts.first?.bio, "Médecin généraliste – fictive")
        XCTAssertEqual(sink.accounts.map(\.handle), ["cleo_fic", "zoe_fic", "ben_fic"])
        // Without --encoding the used columns are not UTF-8: a bad record naming the column.
        let e = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(e?.description, "windows-1252-nodes.csv: line 2: expected valid UTF-8 in the name column")
        // latin1 reads the same names; its 0x96 is a C1 control, not a dash.
        let (_, latin1, _) = try TestSupport.load(path, options("latin1"))
        XCTAssertEqual(latin1.accounts.first?.name, "Cléo Váñez")
        XCTAssertEqual(latin1.accounts.first?.bio, "Médecin généraliste \u{96} fictive")
    }

    func testUTF16WithByteOrderMark() throws {
        let path = TestSupport.fixture("csv/utf-16-edges.csv")
        let (result, sink, source) = try TestSupport.load(path, options("UTF-16"))
        XCTAssertEqual(source.format, .csv)
        XCTAssertEqual(result.counts["edge"], 2)
        XCTAssertEqual(sink.edges.map(\.kind), ["mention", "reply"])
        XCTAssertEqual(sink.edges.first?.source.id, "a_fic")
    }

    /// An invalid sequence names the file, the line and the byte offset, never the bytes.
    func testInvalidSequenceIsBadInput() throws {
        let path = TestSupport.fixture("csv/windows-1252-nodes.csv")
        let e = try XCTUnwrap(TestSupport.importError { _ = try TestSupport.load(path, options("UTF-8")) })
        XCTAssertEqual(e.reason, "bad-encoding")
        XCTAssertTrue(e.description.hasSuffix("windows-1252-nodes.csv: line 2 (byte 33): expected text in UTF-8 (an invalid byte sequence for that encoding; is --encoding right?)"),
                      e.description)
        let dir = try TestSupport.tempDirectory(self)
        let cut = try TestSupport.write([0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00, 0x62], to: dir, "cut.csv") // UTF-16LE `a,` and half a `b`
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(cut, options("utf-16")) }?.reason, "bad-encoding")
        XCTAssertFalse(ImportOptions.isKnownEncoding("klingon-8"))
        XCTAssertTrue(ImportOptions.isKnownEncoding("windows-1252"))
        XCTAssertTrue(ImportOptions.isKnownEncoding("latin1"))
    }

    /// A file larger than the scan's 4 MiB chunk and iconv's 64 KiB input buffer: characters split
    /// across every boundary arrive whole. A whitespace list too, and gzip under the conversion.
    func testLargeStreamsAcrossBuffers() throws {
        let dir = try TestSupport.tempDirectory(self)
        let rows = 120_000
        var text = "source,target\n"
        for i in 0 ..< rows { text += "café_\(i)_fic,zoë_\(i % 977)_fic\n" }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertGreaterThan(bytes.count, 5 << 20)
        let path = try TestSupport.write(bytes, to: dir, "big.csv")
        let (result, sink, _) = try TestSupport.load(path, options("utf-16"))
        XCTAssertEqual(result.counts["edge"], rows)
        XCTAssertEqual(sink.edges.last?.source.id, "café_\(rows - 1)_fic")
        XCTAssertEqual(Set(sink.edges.map(\.target.id)).count, 977)
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.id.hasPrefix("café_") })

        let latin = try TestSupport.write(Array("# ties\ncafé_fic zoë_fic\nzoë_fic café_fic\n".unicodeScalars.map { UInt8($0.value) }),
                                          to: dir, "ties.txt")
        let (r2, s2, src2) = try TestSupport.load(latin, options("latin1"))
        XCTAssertEqual(src2.format, .snap)
        XCTAssertEqual(r2.counts["edge"], 2)
        XCTAssertEqual(s2.edges.first?.source.id, "café_fic")
    }

    /// Formats that say their own encoding are read as they are, with a note.
    func testOtherFormatsAreNotConverted() throws {
        let (result, _, _) = try TestSupport.load(TestSupport.fixture("graphml/nodexl-fictional.graphml"), options("latin1"))
        XCTAssertTrue(result.notes.contains("--encoding latin1 applies to delimited and whitespace files; graphml files say their own encoding"))
    }
}
