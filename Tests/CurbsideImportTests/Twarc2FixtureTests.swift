import CurbsideImport
import CurbsideStore
import XCTest

/// More malformed twarc2 lines (Fixtures/twarc2): invalid UTF-8, two values on a line, a
/// repeated key. Synthetic, fictional accounts.
final class Twarc2FixtureTests: XCTestCase {
    func testInvalidUTF8NamesLinePathAndByteNotText() throws {
        let path = TestSupport.fixture("twarc2/invalid-utf8.jsonl")
        let e = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(e, ImportError(file: "invalid-utf8.jsonl", location: "line 2, $.data[0].text (byte 106 of the line)",
                                      expected: "well-formed JSON (valid UTF-8)", reason: "bad-json"))
        XCTAssertFalse(e?.description.contains("fictional") ?? true)
        // Lenient: the line is skipped and counted, the lines around it are read.
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-json": 1])
        XCTAssertEqual(result.recordsRead, 3)
        XCTAssertEqual(result.counts["tweet"], 2)
        XCTAssertEqual(sink.accounts.first?.handle, "dr_utf_fic")
    }

    func testTwoValuesOnOneLine() {
        let e = TestSupport.importError { _ = try TestSupport.load(TestSupport.fixture("twarc2/trailing-garbage.jsonl"), ImportOptions(format: .twarc2)) }
        XCTAssertEqual(e, ImportError(file: "trailing-garbage.jsonl", location: "line 1, $ (byte 120 of the line)",
                                      expected: "well-formed JSON (the end of the JSON value)", reason: "bad-json"))
    }

    /// twarc2 writes lines with Python's json, which never repeats a key; when a line does,
    /// the first occurrence is read (JSONTape's lookup), so one tweet, not two.
    func testRepeatedKeyReadsTheFirst() throws {
        let (result, sink, _) = try TestSupport.load(TestSupport.fixture("twarc2/duplicate-key.jsonl"), ImportOptions(format: .twarc2))
        XCTAssertEqual(result.counts["tweet"], 1)
        XCTAssertEqual(sink.edges("mention").map(\.target.id), ["9101"])
    }
}
