import CurbsideStore
import Foundation
import XCTest
import ZIPFoundation
@testable import CurbsideImport

/// Mastodon's archive as it downloads: a `.zip` with actor.json, outbox.json, likes.json and
/// media folders, built here from the synthetic fixture in Fixtures/mastodon/archive.
final class MastodonZipTests: XCTestCase {
    private func m(_ address: String) -> AccountKey { AccountKey(platform: "mastodon", id: address) }

    private func zip(_ entries: [(String, Data)], in dir: URL, name: String) throws -> URL {
        try TestSupport.zip(entries, in: dir, name: name)
    }

    private func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.fixtures("mastodon").appendingPathComponent("archive/\(name)"))
    }

    func testArchiveZipIsReadInPlace() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try zip([
            ("actor.json", try fixture("actor.json")),
            ("outbox.json", try fixture("outbox.json")),
            ("likes.json", try fixture("likes.json")),
            ("media_attachments/files/000/001/original/a.png", Data([0x89, 0x50, 0x4E, 0x47])),
            ("avatar.png", Data([0x89, 0x50])),
        ], in: dir, name: "archive-20230105120000-0123456789abcdef.zip")
        let (result, sink, source) = try TestSupport.load(url.path)
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(source.files, [url.standardizedFileURL.path])
        XCTAssertEqual(source.sha256, try SHA256.hexOfFile(atPath: url.path))
        // The same figures as the unzipped fixture (SocialFixtureTests.testMastodonArchiveEveryRule),
        // without the follows CSV, which Mastodon exports separately.
        let me = m("dr_fictional_fic@med.example")
        XCTAssertEqual(sink.accounts.first { $0.key == me }?.bio, "Fictional GP & teacher.\nNot a real account.")
        XCTAssertEqual(result.counts["post"], 5)
        XCTAssertEqual(result.counts["reply"], 4)
        XCTAssertEqual(result.counts["boost"], 2)
        XCTAssertEqual(result.counts["like"], 3)
        XCTAssertNil(result.counts["following"])
        XCTAssertEqual(sink.edges("reply").map(\.target.id), ["dr_fictional_onc@onc.example", "pharm_fictional@pleroma.example"])
        XCTAssertEqual(sink.edges("repost").map(\.target.id), ["nurse_fictional@nurse.example"])
        XCTAssertEqual(sink.edges("like").map(\.target.id), ["dr_fictional_onc@onc.example", "nurse_fictional@nurse.example"])
        XCTAssertTrue(result.notes.contains("outbox.json repeats the key orderedItems 2 times (0 + 7 items): all are read"))
    }

    func testArchiveUnderOneTopFolderAndEscapingEntries() throws {
        let dir = try TestSupport.tempDirectory(self)
        // An entry climbing out of the archive is never read, even when it carries the right name.
        let evil = Data(#"{"id":"https://evil.example/users/x_fic","type":"Person"}"#.utf8)
        let url = try zip([
            ("../actor.json", evil),
            ("export/actor.json", try fixture("actor.json")),
            ("export/outbox.json", try fixture("outbox.json")),
        ], in: dir, name: "export.zip")
        let (result, sink, source) = try TestSupport.load(url.path)
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(result.counts["post"], 5)
        XCTAssertNil(result.counts["like"]) // no likes.json in this zip
        XCTAssertFalse(sink.accounts.contains { $0.key.id.contains("evil") })
    }

    func testZipBombOutboxIsRefused() throws {
        let dir = try TestSupport.tempDirectory(self)
        var outbox = Data(#"{"type":"OrderedCollection","orderedItems":["#.utf8)
        outbox.append(Data(repeating: UInt8(ascii: " "), count: 8 << 20))
        outbox.append(Data("]}".utf8))
        let url = try zip([("actor.json", try fixture("actor.json")), ("outbox.json", outbox)], in: dir, name: "bomb.zip")
        let error = TestSupport.importError { _ = try TestSupport.load(url.path) }
        XCTAssertEqual(error?.reason, "zip-too-large")
        XCTAssertEqual(error?.file, url.path) // the archive, and the entry inside it
        XCTAssertEqual(error?.location, "outbox.json: zip entry")
    }

    func testZipWithNeitherArchiveIsUnknown() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try zip([("photos/a.png", Data([0x89, 0x50]))], in: dir, name: "photos.zip")
        let error = TestSupport.importError { _ = try TestSupport.load(url.path) }
        XCTAssertEqual(error?.reason, "unknown-format")
        XCTAssertTrue(error?.expected.contains("Mastodon actor.json/outbox.json") ?? false, error?.expected ?? "")
    }

    func testMalformedOutboxInZipNamesPathAndByte() throws {
        let dir = try TestSupport.tempDirectory(self)
        let url = try zip([("actor.json", try fixture("actor.json")),
                           ("outbox.json", Data(#"{"orderedItems":[{"type":"Create","published":"2023-01-01T10:00:00Z" "x":1}]}"#.utf8))],
                          in: dir, name: "broken.zip")
        let error = TestSupport.importError { _ = try TestSupport.load(url.path) }
        XCTAssertEqual(error, ImportError(file: "outbox.json", location: "$.orderedItems[0] (byte 69)",
                                          expected: "well-formed JSON (`,` or `}`)", reason: "bad-json"))
    }
}
