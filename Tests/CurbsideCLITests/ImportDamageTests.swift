import Foundation
import XCTest
import ZIPFoundation

/// `curbside import` on damaged and unreadable inputs (issue #11): it never hangs, never
/// imports damage, and says what is wrong with the right exit code, leaving the store as it was.
final class ImportDamageTests: XCTestCase {
    private let manifest = #"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#
    private let follower = #"window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } } ]"#

    /// An X archive zip with stored (uncompressed) entries, so its data can be edited as text.
    private func storedArchive(in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("archive.zip")
        let archive = try Archive(url: url, accessMode: .create, pathEncoding: nil)
        for (path, text) in [("data/manifest.js", manifest), ("data/follower.js", follower)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none) {
                position, size in bytes.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return url
    }

    private func sourceCount(_ db: String) -> String? { sqliteRows(db, "SELECT count(*) FROM source").first?.first }

    /// Item 3: a digit changed inside a stored data/follower.js imported the wrong id with exit 0.
    func testDamagedZipEntryIsBadInputAndLeavesTheStoreAsItWas() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let clean = try storedArchive(in: dir)
        let damaged = dir.appendingPathComponent("damaged.zip")
        var bytes = try Data(contentsOf: clean)
        let digit = try XCTUnwrap(bytes.range(of: Data(#""2000""#.utf8))).lowerBound + 1
        bytes[digit] = UInt8(ascii: "7")
        try bytes.write(to: damaged)
        XCTAssertEqual(try CLI.run(["import", clean.path, "--db", db]).status, 0)
        let edgesBefore = sqliteRows(db, "SELECT * FROM edge ORDER BY 1")
        for flags in [[], ["--lenient"]] {
            let r = try CLI.run(["import", damaged.path, "--db", db] + flags, deadline: 60)
            XCTAssertEqual(r.status, 3, r.stderr)
            XCTAssertEqual(r.stderr, "error: \(damaged.path): data/follower.js: zip entry: expected data matching its CRC-32 (the entry is damaged)\n")
            XCTAssertEqual(sourceCount(db), "1")
            XCTAssertEqual(sqliteRows(db, "SELECT * FROM edge ORDER BY 1"), edgesBefore)
            XCTAssertEqual(sqliteRows(db, "SELECT count(*) FROM account WHERE platform_id = '7000'"), [["0"]])
        }
    }
}
