import CurbsideImport
import CurbsideStore
import Foundation
import XCTest
import ZIPFoundation

/// Layout variants and lenient-mode limits not covered by the per-format suites.
final class MoreEdgeCaseTests: XCTestCase {
    private static let follower = """
    window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } } ]
    """
    private static let manifest = """
    window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_fictional_gp", "displayName" : "Dr Fictional GP" } }
    """

    func testZipWithDataAtRootAndZipWithoutArchive() throws {
        let dir = try TestSupport.tempDirectory(self)
        let zipURL = dir.appendingPathComponent("root.zip")
        let archive = try Archive(url: zipURL, accessMode: .create, pathEncoding: nil)
        for (name, text) in [("data/manifest.js", Self.manifest), ("data/follower.js", Self.follower)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
                position, size in bytes.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        let (result, sink, source) = try TestSupport.load(zipURL.path)
        XCTAssertEqual(source.format, .xArchive)
        XCTAssertEqual(result.counts["follower"], 1)
        XCTAssertEqual(sink.edges, [EdgeRecord(source: AccountKey(platform: "x", id: "2000"),
                                               target: AccountKey(platform: "x", id: "1000"), kind: "follow")])

        let otherURL = dir.appendingPathComponent("photos.zip")
        let other = try Archive(url: otherURL, accessMode: .create, pathEncoding: nil)
        let bytes = Data("not an archive".utf8)
        try other.addEntry(with: "notes.txt", type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
            bytes.subdata(in: Int(position) ..< Int(position) + size)
        }
        let error = TestSupport.importError { _ = try Importer.prepare(otherURL.path, options: ImportOptions()) }
        XCTAssertEqual(error?.reason, "unknown-format")
        XCTAssertEqual(TestSupport.importError {
            _ = try Importer.prepare(otherURL.path, options: ImportOptions(format: .xArchive))
        }?.reason, "unknown-format")
    }

    func testLenientArchiveSkipsABrokenFileAndKeepsTheRest() throws {
        let root = try TestSupport.tempDirectory(self)
        let data = root.appendingPathComponent("data")
        try TestSupport.write(Self.manifest, to: data, "manifest.js")
        try TestSupport.write(Self.follower, to: data, "follower.js")
        try TestSupport.write("window.YTD.tweets.part0 = [ { \"tweet\" : { \"created_at\" : ", to: data, "tweets.js")
        let strict = TestSupport.importError { _ = try TestSupport.load(root.path) }
        XCTAssertEqual(strict?.file, "data/tweets.js")
        XCTAssertEqual(strict?.location.hasPrefix("$[0].tweet.created_at"), true)
        let (result, sink, _) = try TestSupport.load(root.path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-json": 1])
        XCTAssertEqual(sink.edges.count, 1)
        XCTAssertNil(result.counts["tweet"])
    }

    func testLenientKeepsOnlyTenProblems() throws {
        let dir = try TestSupport.tempDirectory(self)
        let text = "source,target,timestamp\n" + (0 ..< 25).map { "a\($0),b,never\n" }.joined() + "a,b,1\n"
        let path = try TestSupport.write(text, to: dir, "e.csv")
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.recordsRead, 26)
        XCTAssertEqual(result.recordsSkipped, 25)
        XCTAssertEqual(result.skippedByReason, ["bad-timestamp": 25])
        XCTAssertEqual(result.problems.count, 10)
        XCTAssertEqual(result.problems.first?.location, "line 2")
        XCTAssertEqual(sink.edges.count, 1)
    }

    func testNodeOnlyCSVAndBadNumbers() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("""
        Id;Label;followers\r
        n1;Dr Fictional Neuro;12\r
        n2;"Nurse; Fictional";lots\r
        n3;"";\r
        """, to: dir, "nodes.csv")
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error?.description, "nodes.csv: line 3: expected a non-negative number in the followers column")
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(platform: "mastodon", lenient: true))
        XCTAssertEqual(result.counts["node"], 2)
        XCTAssertEqual(sink.accounts, [
            AccountRecord(key: AccountKey(platform: "mastodon", id: "n1"), name: "Dr Fictional Neuro", followersCount: 12),
            AccountRecord(key: AccountKey(platform: "mastodon", id: "n3")),
        ])
    }
}
