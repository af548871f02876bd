import CurbsideStore
import Foundation
import XCTest
import ZIPFoundation
@testable import CurbsideImport

final class ZipLimitTests: XCTestCase {
    private func zip(_ entries: [(String, Data)], in dir: URL, name: String) throws -> URL {
        try TestSupport.zip(entries, in: dir, name: name)
    }

    private let manifest = Data("""
    window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_fictional_gp", "displayName" : "Dr Fictional GP" } }
    """.utf8)

    /// 8 MB of spaces deflate to a few KB: far past 200× expansion, so the entry is refused.
    func testZipBombIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        var follower = Data("window.YTD.follower.part0 = [ ".utf8)
        follower.append(Data(repeating: UInt8(ascii: " "), count: 8 << 20))
        follower.append(Data("]".utf8))
        let url = try zip([("data/manifest.js", manifest), ("data/follower.js", follower)], in: dir, name: "bomb.zip")
        XCTAssertThrowsError(try TestSupport.load(url.path)) { error in
            XCTAssertEqual((error as? ImportError)?.reason, "zip-too-large", "\(error)")
        }
    }

    /// An entry whose path climbs out of the archive is never read.
    func testEntriesEscapingTheArchiveAreIgnored() throws {
        let dir = try TestSupport.tempDirectory(self)
        let evil = Data("window.YTD.follower.part0 = [ { \"follower\" : { \"accountId\" : \"666\" } } ]".utf8)
        let good = Data("window.YTD.follower.part0 = [ { \"follower\" : { \"accountId\" : \"2000\" } } ]".utf8)
        let url = try zip([("../data/manifest.js", manifest), ("../data/follower.js", evil),
                           ("data/manifest.js", manifest), ("data/follower.js", good)], in: dir, name: "climb.zip")
        let (result, sink, _) = try TestSupport.load(url.path)
        XCTAssertEqual(result.counts["follower"], 1)
        XCTAssertEqual(sink.edges.map(\.source.id), ["2000"])
    }
}
