import CurbsideImport
import CurbsideStore
import XCTest

/// The malformed X archives in Fixtures/x-archive (see its README.md), one test per case.
final class XArchiveMalformedFixtureTests: XCTestCase {
    private func path(_ name: String) -> String { TestSupport.fixture("x-archive/\(name)") }

    func testTruncatedTweetsFile() throws {
        let e = TestSupport.importError { _ = try TestSupport.load(path("truncated-tweets")) }
        XCTAssertEqual(e, ImportError(file: "data/tweets.js", location: "$[1].tweet.full_text (byte 339)",
                                      expected: "the rest of the JSON (the file ends early)", reason: "bad-json"))
        XCTAssertFalse(e?.description.contains("fictional") ?? true)
        // Lenient: the tweets before the cut are read, the rest of the file is one skipped record.
        let (result, _, _) = try TestSupport.load(path("truncated-tweets"), ImportOptions(lenient: true))
        XCTAssertEqual(result.counts["tweet"], 1)
        XCTAssertEqual(result.skippedByReason, ["bad-json": 1])
    }

    func testTrailingCommaBeforeTheClosingBracket() throws {
        let e = TestSupport.importError { _ = try TestSupport.load(path("trailing-comma")) }
        XCTAssertEqual(e, ImportError(file: "data/follower.js", location: "$[1] (byte 158)",
                                      expected: "well-formed JSON (a JSON value)", reason: "bad-json"))
        let (result, sink, _) = try TestSupport.load(path("trailing-comma"), ImportOptions(lenient: true))
        XCTAssertEqual(result.counts["follower"], 1)
        XCTAssertEqual(sink.edges("follow").map(\.source.id), ["2000"])
        XCTAssertEqual(result.skippedByReason, ["bad-json": 1])
    }

    func testWrongWrapper() {
        let e = TestSupport.importError { _ = try TestSupport.load(path("bad-wrapper")) }
        XCTAssertEqual(e, ImportError(file: "data/following.js", location: "byte 0",
                                      expected: "a `window.YTD.<name>.part<N> = [` wrapper", reason: "bad-wrapper"))
    }

    func testNoFileNamesTheOwner() {
        let e = TestSupport.importError { _ = try TestSupport.load(path("missing-owner")) }
        XCTAssertEqual(e, ImportError(file: "data/account.js", location: "$[0].account.accountId",
                                      expected: "the owner's accountId (in account.js, or manifest.js userInfo)",
                                      reason: "missing-owner"))
    }
}
