import CurbsideStore
import Foundation
import XCTest
import ZIPFoundation
@testable import CurbsideImport

/// Damaged zips (issue #11 items 1 and 3): bytes changed inside an entry's data never import
/// as data and never hang; the error names the archive and the entry, in lenient mode too.
final class ZipIntegrityTests: XCTestCase {
    private func mastodon(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.fixtures("mastodon").appendingPathComponent("archive/\(name)"))
    }

    /// Mastodon's archive zip from the fixture (deflated by ZIPFoundation, i.e. zlib).
    private func mastodonZip(in dir: URL) throws -> URL {
        try TestSupport.zip([("actor.json", try mastodon("actor.json")), ("outbox.json", try mastodon("outbox.json")),
                             ("likes.json", try mastodon("likes.json"))], in: dir, name: "archive.zip")
    }

    /// Runs `body` on another thread and fails the test when it takes longer than `seconds`
    /// (the thread is left behind: a hang is reported, not waited for).
    private func withinDeadline(_ seconds: Double, file: StaticString = #filePath, line: UInt = #line,
                                _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        Thread { body(); done.signal() }.start()
        if done.wait(timeout: .now() + seconds) == .timedOut {
            XCTFail("did not finish within \(seconds) s (a hang)", file: file, line: line)
        }
    }

    private static func load(_ url: URL, lenient: Bool) throws -> (ImportResult, RecordCollector, PreparedSource) {
        try TestSupport.load(url.path, ImportOptions(lenient: lenient))
    }

    /// Item 3: one digit changed inside a stored (uncompressed) X archive's data/follower.js
    /// imported the wrong account id with no complaint.
    func testDigitChangedInStoredFollowerJsIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let manifest = Data(#"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#.utf8)
        let follower = Data(#"window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } } ]"#.utf8)
        let url = try TestSupport.zip([("data/manifest.js", manifest), ("data/follower.js", follower)],
                                      in: dir, name: "archive.zip", method: .none)
        XCTAssertEqual(try TestSupport.load(url.path).1.edges.map(\.source.id), ["2000"]) // the clean zip
        var bytes = try Data(contentsOf: url)
        let digit = try XCTUnwrap(bytes.range(of: Data(#""2000""#.utf8))).lowerBound + 1
        bytes[digit] = UInt8(ascii: "7") // "7000"
        try bytes.write(to: url)
        for lenient in [false, true] {
            let error = TestSupport.importError { _ = try Self.load(url, lenient: lenient) }
            XCTAssertEqual(error, ImportError(file: url.path, location: "data/follower.js: zip entry",
                                              expected: "data matching its CRC-32 (the entry is damaged)",
                                              reason: "zip-checksum"), "lenient: \(lenient)")
        }
    }

    /// Item 1: the corruption of outbox.json's deflated data that made ZIPFoundation's inflate
    /// loop forever at 100 % CPU (seed 70, two bytes): now a prompt error, strict and lenient.
    func testCorruptionThatHungIsAnErrorAtOnce() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try mastodonZip(in: dir)
        try TestSupport.corruptZipEntry(url, entry: "outbox.json", seed: 70, bytes: 2)
        for lenient in [false, true] {
            nonisolated(unsafe) var caught: Error?
            withinDeadline(20) {
                do { _ = try Self.load(url, lenient: lenient) } catch { caught = error }
            }
            let error = caught as? ImportError
            XCTAssertEqual(error?.file, url.path)
            XCTAssertEqual(error?.location, "outbox.json: zip entry")
            XCTAssertEqual(error?.reason, "bad-zip", "\(String(describing: caught))")
        }
    }

    /// Item 3: 40 seeded corruptions of outbox.json's deflated data, one byte each (before, seeds
    /// 4, 9, 11 and 30 imported with exit 0 and seed 29 hung): every one is refused with an error
    /// naming the archive and the entry, or (when the change leaves the inflated bytes as they
    /// were) imports exactly what the clean zip does.
    func testSeededCorruptionsOfDeflatedOutboxNeverImportDamage() throws {
        let dir = try TestSupport.tempDirectory(self)
        let clean = try mastodonZip(in: dir)
        let reference = try Self.load(clean, lenient: false).1
        var refused = 0
        for seed in 1 ... 40 {
            let url = dir.appendingPathComponent("damaged-\(seed).zip")
            try FileManager.default.copyItem(at: clean, to: url)
            try TestSupport.corruptZipEntry(url, entry: "outbox.json", seed: UInt64(seed), bytes: 1)
            nonisolated(unsafe) var outcome: Result<RecordCollector, Error>?
            withinDeadline(20) { outcome = Result { try Self.load(url, lenient: true).1 } }
            switch outcome {
            case .success(let sink):
                XCTAssertEqual(sink.accounts, reference.accounts, "seed \(seed)")
                XCTAssertEqual(sink.edges, reference.edges, "seed \(seed)")
            case .failure(let error):
                let e = error as? ImportError
                XCTAssertEqual(e?.file, url.path, "seed \(seed): \(error)")
                XCTAssertEqual(e?.location, "outbox.json: zip entry", "seed \(seed): \(error)")
                XCTAssertTrue(["bad-zip", "zip-checksum"].contains(e?.reason ?? ""), "seed \(seed): \(error)")
                refused += 1
            case nil:
                break // the deadline failed the test
            }
        }
        XCTAssertEqual(refused, 40)
    }

    /// A central directory that claims fewer bytes than the entry inflates to is damage, not a
    /// cut: the entry is refused (its CRC-32 would match, its length does not).
    func testUncompressedSizeDisagreeingWithCentralDirectoryIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try mastodonZip(in: dir)
        var bytes = try Data(contentsOf: url)
        let outbox = try mastodon("outbox.json")
        // The central directory header of outbox.json: signature, then the name at offset 46.
        let name = Data("outbox.json".utf8)
        var header = bytes.startIndex
        while let r = bytes.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: header ..< bytes.endIndex) {
            if bytes[(r.lowerBound + 46) ..< (r.lowerBound + 46 + name.count)] == name { header = r.lowerBound; break }
            header = r.upperBound
        }
        let size = UInt32(outbox.count - 1)
        XCTAssertEqual(bytes[header + 24], UInt8(truncatingIfNeeded: outbox.count))
        withUnsafeBytes(of: size.littleEndian) { bytes.replaceSubrange((header + 24) ..< (header + 28), with: $0) }
        // The local header says the same (else it is refused for disagreeing, before any data is read).
        let local = try XCTUnwrap(Self.localHeader(bytes, "outbox.json"))
        withUnsafeBytes(of: size.littleEndian) { bytes.replaceSubrange((local + 22) ..< (local + 26), with: $0) }
        try bytes.write(to: url)
        let error = TestSupport.importError { _ = try Self.load(url, lenient: true) }
        XCTAssertEqual(error, ImportError(file: url.path, location: "outbox.json: zip entry",
                                          expected: "at most \(outbox.count - 1) bytes, as the central directory says (the entry is damaged)",
                                          reason: "bad-zip"))
    }

    /// Deflate data that is all zeros (an invalid stored block) is refused, while the other
    /// entries of the same zip still read.
    func testZeroedEntryDataIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try mastodonZip(in: dir)
        var bytes = [UInt8](try Data(contentsOf: url))
        let outbox = try TestSupport.zipEntryData(bytes, entry: "outbox.json")
        bytes.replaceSubrange(outbox, with: repeatElement(0, count: outbox.count))
        try Data(bytes).write(to: url)
        let zip = try XCTUnwrap(MastodonZip(path: url.path, wanted: Importer.mastodonArchiveNames))
        XCTAssertEqual(try zip.contents(of: "actor.json"), Array(try mastodon("actor.json")))
        let error = TestSupport.importError { _ = try zip.contents(of: "outbox.json") }
        XCTAssertEqual(error, ImportError(file: url.path, location: "outbox.json: zip entry",
                                          expected: "valid deflate data (the entry is damaged)", reason: "bad-zip"))
    }

    /// The offset of the local file header naming `name`.
    private static func localHeader(_ bytes: Data, _ name: String) -> Int? {
        let name = Data(name.utf8)
        var from = bytes.startIndex
        while let r = bytes.range(of: Data([0x50, 0x4B, 0x03, 0x04]), in: from ..< bytes.endIndex) {
            if r.lowerBound + 30 + name.count <= bytes.endIndex,
               bytes[(r.lowerBound + 30) ..< (r.lowerBound + 30 + name.count)] == name { return r.lowerBound }
            from = r.upperBound
        }
        return nil
    }

    /// Fuzzer finding (zip crash-2b63696d…, crash-8af38437…): a local header saying "stored"
    /// where the central directory says "deflated" imported (this reader trusts the central
    /// directory, whose CRC-32 the inflated bytes match) while tools that trust the local
    /// header read the deflate stream as the file's bytes. Local and central headers that
    /// disagree on the method, the name, the CRC-32 or the sizes are damage: refused.
    /// Found by the fuzz smoke in CI (zip target, crash-df8d718e…): an X archive zip whose end
    /// record's central-directory size disagreed with where the directory ends by 4 bytes
    /// imported, while ZIPFoundation read a different, damaged `data/manifest.js` from it
    /// (unzip "compensates", Python refuses). A gap between the directory and the end record,
    /// or directory bytes the entry count hides, is now not a zip.
    func testCentralDirectoryNotEndingAtTheEndRecordIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let manifest = Data(#"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#.utf8)
        let follower = Data(#"window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } } ]"#.utf8)
        let url = try TestSupport.zip([("data/manifest.js", manifest), ("data/follower.js", follower)], in: dir, name: "archive.zip")
        let good = try Data(contentsOf: url)
        XCTAssertNoThrow(try Self.load(url, lenient: false), "the intact zip imports")
        // The end record: the last 22 bytes (no comment).
        let eocd = good.count - 22
        XCTAssertEqual(Array(good[eocd ..< eocd + 4]), [0x50, 0x4B, 0x05, 0x06])
        // 1. Four bytes between the central directory and the end record.
        var gap = good
        gap.insert(contentsOf: [0x20, 0x20, 0x20, 0x20], at: eocd)
        let gapURL = dir.appendingPathComponent("gap.zip")
        try gap.write(to: gapURL)
        XCTAssertThrowsError(try Self.load(gapURL, lenient: true)) { XCTAssertTrue($0 is ImportError, "\($0)") }
        // 2. The directory's size says 4 bytes fewer than it holds, with the offset moved to match.
        var short = good
        let sizeAt = eocd + 12, offsetAt = eocd + 16
        let size = UInt32(short[sizeAt]) | UInt32(short[sizeAt + 1]) << 8 | UInt32(short[sizeAt + 2]) << 16 | UInt32(short[sizeAt + 3]) << 24
        let offset = UInt32(short[offsetAt]) | UInt32(short[offsetAt + 1]) << 8 | UInt32(short[offsetAt + 2]) << 16 | UInt32(short[offsetAt + 3]) << 24
        for (at, value) in [(sizeAt, size - 4), (offsetAt, offset + 4)] {
            for b in 0 ..< 4 { short[at + b] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(b))) }
        }
        let shortURL = dir.appendingPathComponent("short.zip")
        try short.write(to: shortURL)
        XCTAssertThrowsError(try Self.load(shortURL, lenient: true)) { XCTAssertTrue($0 is ImportError, "\($0)") }
    }

    func testLocalHeaderDisagreeingWithCentralDirectoryIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let clean = try Data(contentsOf: try mastodonZip(in: dir))
        let local = try XCTUnwrap(Self.localHeader(clean, "actor.json"))
        XCTAssertEqual(clean[local + 8], 8) // deflated
        let cases: [(String, (inout Data) -> Void)] = [
            ("compression method (8 in the directory, 0 in the local header)", { $0[local + 8] = 0 }),
            ("entry name", { $0[local + 30 + 9] = UInt8(ascii: "N") }), // actor.jsoN
            ("CRC-32", { $0[local + 14] ^= 1 }),
            ("sizes", { $0[local + 18] ^= 1 }),
        ]
        for (what, damage) in cases {
            var bytes = clean
            damage(&bytes)
            let url = dir.appendingPathComponent("damaged.zip")
            try bytes.write(to: url)
            let refused = ImportError(file: url.path, location: "actor.json: zip entry",
                                      expected: "a local file header agreeing with the central directory on the \(what)",
                                      reason: "bad-zip")
            XCTAssertEqual(TestSupport.importError { _ = try Self.load(url, lenient: false) }, refused, what)
            // Lenient mode skips an unreadable actor.json (as for a CRC-32 mismatch) and says why.
            let result = try Self.load(url, lenient: true).0
            XCTAssertEqual(result.problems, [refused], what)
            XCTAssertEqual(result.skippedByReason, ["bad-zip": 1], what)
        }
        // A local header that defers its CRC-32 and sizes to a data descriptor (flag bit 3) is fine.
        var deferred = clean
        deferred[local + 6] |= 8
        for i in 14 ..< 26 { deferred[local + i] = 0 }
        let url = dir.appendingPathComponent("deferred.zip")
        try deferred.write(to: url)
        XCTAssertEqual(try Self.load(url, lenient: false).0.recordsSkipped, 0)
    }

    /// Fuzzer finding (zip crash-a6667e4a…, session 5 campaign): an X archive zip whose central
    /// directory gave data/tweets.js a Unix mode of an unknown file type (0xF480) imported with
    /// exit 0 and no tweets: the entry was skipped as "not a regular file" as if it were absent,
    /// while other tools read it as the file. A symbolic link named like a file the reader wants
    /// was dropped the same way. Both are now refused, naming the entry.
    func testSpecialEntryWithAWantedNameIsRefusedNotSkipped() throws {
        let dir = try TestSupport.tempDirectory(self)
        let manifest = Data(#"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#.utf8)
        let tweets = Data(#"window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", "full_text" : "hi", "created_at" : "Mon Mar 16 09:00:00 +0000 2026", "entities" : { "user_mentions" : [ { "id_str" : "2000", "screen_name" : "dr_b_fic" } ] } } } ]"#.utf8)
        let url = try TestSupport.zip([("data/manifest.js", manifest), ("data/tweets.js", tweets)], in: dir, name: "archive.zip", method: .none)
        let clean = try Data(contentsOf: url)
        XCTAssertGreaterThan(try Self.load(url, lenient: false).0.recordsRead, 0, "the intact zip reads the tweet")
        // The central directory header naming data/tweets.js: host byte at +5, external attributes at +38.
        let name = Data("data/tweets.js".utf8)
        var central: Int?
        var from = clean.startIndex
        while let r = clean.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: from ..< clean.endIndex) {
            if clean[(r.lowerBound + 46) ..< (r.lowerBound + 46 + name.count)] == name { central = r.lowerBound }
            from = r.upperBound
        }
        let at = try XCTUnwrap(central)
        for (what, mode) in [("unknown type 0o170000", UInt32(0xF480_0000)), ("symbolic link", UInt32(0xA1FF_0000))] {
            var bytes = clean
            bytes[at + 5] = 3 // made on Unix: the high half of the external attributes is st_mode
            for b in 0 ..< 4 { bytes[at + 38 + b] = UInt8(truncatingIfNeeded: mode >> (8 * UInt32(b))) }
            let damaged = dir.appendingPathComponent("special.zip")
            try bytes.write(to: damaged)
            let refused = ImportError(file: damaged.path, location: "data/tweets.js: zip entry",
                                      expected: "a regular file (the entry is a symbolic link or special file)", reason: "bad-zip")
            XCTAssertEqual(TestSupport.importError { _ = try Self.load(damaged, lenient: false) }, refused, what)
        }
    }

    /// A stored zip written as streaming writers write it (`zip` to a pipe, Java's
    /// ZipOutputStream): flag bit 3 in the local and central headers, a local header with
    /// zero CRC-32 and sizes, and a data descriptor (signature, CRC-32, sizes) after each
    /// entry's data. Built by hand: ZIPFoundation never writes descriptors.
    private static func streamedZip(_ entries: [(String, Data)]) -> Data {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: UInt32) -> [UInt8] { (0 ..< 4).map { UInt8(v >> (8 * $0) & 0xFF) } }
        var out = [UInt8](), central = [UInt8]()
        for (name, data) in entries {
            let crc = data.crc32(checksum: 0)
            let offset = UInt32(out.count), n = UInt32(data.count)
            out += le32(0x0403_4B50) + le16(20) + le16(8) + le16(0) + le16(0) + le16(0x21)
            out += le32(0) + le32(0) + le32(0) + le16(name.utf8.count) + le16(0) + Array(name.utf8) + Array(data)
            out += le32(0x0807_4B50) + le32(crc) + le32(n) + le32(n)
            central += le32(0x0201_4B50) + le16(0x031E) + le16(20) + le16(8) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(n) + le32(n) + le16(name.utf8.count) + le16(0) + le16(0) + le16(0) + le16(0)
            central += le32(0o100644 << 16) + le32(offset) + Array(name.utf8)
        }
        let directoryAt = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
        out += le32(UInt32(central.count)) + le32(directoryAt) + le16(0)
        return Data(out)
    }

    /// Fuzzer findings (zip crash-068dcc69…, crash-6be24ddb… in the session 5 campaign, and
    /// crash-c25f7e16… in CI's fuzz smoke): an X archive zip whose central directory set flag
    /// bit 3 (a data descriptor follows) and bit 6 (strong encryption) on an entry whose local
    /// header had neither imported with exit 0. This reader checked the directory's CRC-32, which
    /// the bytes match; ZIPFoundation takes the checksum from the descriptor that is not there
    /// and finds the entry damaged. Encryption bits and a missing or disagreeing descriptor
    /// are now refused; a zip written with real descriptors still reads.
    func testDataDescriptorFlagWithoutAgreeingDescriptorIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        let manifest = Data(#"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gp_fic" } }"#.utf8)
        let followers = Data(#"window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } }, { "follower" : { "accountId" : "2001" } } ]"#.utf8)
        let streamed = Self.streamedZip([("data/manifest.js", manifest), ("data/follower.js", followers)])
        let url = dir.appendingPathComponent("streamed.zip")
        try streamed.write(to: url)
        let (result, records, _) = try Self.load(url, lenient: false)
        XCTAssertEqual(result.recordsSkipped, 0)
        XCTAssertEqual(Set(records.edges.map(\.source.id)), ["2000", "2001"], "both followers read through their descriptors")

        let local = try XCTUnwrap(Self.localHeader(streamed, "data/follower.js"))
        let descriptor = local + 30 + "data/follower.js".utf8.count + followers.count
        XCTAssertEqual(Array(streamed[descriptor ..< descriptor + 4]), [0x50, 0x4B, 0x07, 0x08])
        var central = try XCTUnwrap(streamed.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        while streamed[(central + 46) ..< (central + 46 + 16)] != Data("data/follower.js".utf8) { central += 46 + 16 }
        let noDescriptor = "a data descriptor agreeing with the central directory after the entry's data (flag bit 3 says one follows)"
        let cases: [(String, String, (inout Data) -> Void)] = [
            ("descriptor CRC-32 changed", noDescriptor, { $0[descriptor + 4] ^= 1 }),
            ("descriptor size changed", noDescriptor, { $0[descriptor + 8] ^= 1 }),
            ("descriptor signature and CRC-32 gone", noDescriptor, { for i in 0 ..< 8 { $0[descriptor + i] = 0 } }),
            ("strong encryption bit in the directory", "an unencrypted entry (this one is encrypted)", { $0[central + 8] |= 0x40 }),
        ]
        for (what, expected, damage) in cases {
            var bytes = streamed
            damage(&bytes)
            let damaged = dir.appendingPathComponent("damaged.zip")
            try bytes.write(to: damaged)
            let refused = ImportError(file: damaged.path, location: "data/follower.js: zip entry", expected: expected, reason: "bad-zip")
            XCTAssertEqual(TestSupport.importError { _ = try Self.load(damaged, lenient: false) }, refused, what)
        }

        // The findings' shape: bit 3 set in the central directory only, no descriptor after the data.
        let clean = try Data(contentsOf: try mastodonZip(in: dir))
        var flagged = clean
        let actor = try XCTUnwrap(flagged.range(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        XCTAssertEqual(String(decoding: flagged[(actor + 46) ..< (actor + 56)], as: UTF8.self), "actor.json")
        flagged[actor + 8] |= 8
        let flaggedURL = dir.appendingPathComponent("flagged.zip")
        try flagged.write(to: flaggedURL)
        XCTAssertEqual(TestSupport.importError { _ = try Self.load(flaggedURL, lenient: false) },
                       ImportError(file: flaggedURL.path, location: "actor.json: zip entry", expected: noDescriptor, reason: "bad-zip"))
    }
}
