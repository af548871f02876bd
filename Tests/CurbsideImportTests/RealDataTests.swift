@testable import CurbsideImport
import CurbsideStore
import Foundation
import XCTest
import ZIPFoundation

/// The importers against the real datasets in ../shared/data; figures are those of each SOURCE.md.
final class RealDataTests: XCTestCase {
    func testRTIatMLAArchive2021() throws {
        let path = try TestSupport.dataset("twitter-archive-rtiatmla")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .xArchive)
        checkRTIatMLA(result, sink)
        XCTAssertEqual(source.sha256.count, 64)
        print("rtiatmla counts:", result.counts.sorted { $0.key < $1.key }, "notes:", result.notes)
    }

    func checkRTIatMLA(_ result: ImportResult, _ sink: RecordCollector, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.counts["follower"], 111, file: file, line: line)
        XCTAssertEqual(result.counts["following"], 124, file: file, line: line)
        XCTAssertEqual(result.counts["tweet"], 70, file: file, line: line)
        XCTAssertEqual(result.counts["retweet"], 12, file: file, line: line)
        XCTAssertEqual(result.counts["reply"], 14, file: file, line: line)
        XCTAssertEqual(result.counts["self-reply"], 14, file: file, line: line)
        XCTAssertEqual(result.counts["like"], 29, file: file, line: line)
        // screen-name-change.js: 1 item (RTI50101629 → RTIatMLA, SOURCE.md).
        XCTAssertEqual(result.counts["screen-name-change"], 1, file: file, line: line)
        XCTAssertNil(result.counts["edit-superseded"], file: file, line: line)
        XCTAssertEqual(result.recordsSkipped, 0, file: file, line: line)
        XCTAssertTrue(result.notes.contains("29 likes name no author: no like edges"), file: file, line: line)
        let owner = AccountKey(platform: "x", id: "1321902678188974081")
        let follows = sink.edges("follow")
        XCTAssertEqual(follows.filter { $0.target == owner }.count, 111, file: file, line: line)
        XCTAssertEqual(follows.filter { $0.source == owner }.count, 124, file: file, line: line)
        XCTAssertEqual(sink.edges("repost").count, 12, file: file, line: line)
        XCTAssertEqual(sink.edges("reply").count, 0, file: file, line: line) // all 14 replies are threads
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.platform == "x" && $0.target.platform == "x" }, file: file, line: line)
        let ownerRecord = sink.accounts.first { $0.key == owner }
        XCTAssertEqual(ownerRecord?.handle, "RTIatMLA", file: file, line: line)
        XCTAssertEqual(ownerRecord?.name, "Research Training Institute for Librarians", file: file, line: line)
        XCTAssertNotNil(ownerRecord?.bio, file: file, line: line)
        XCTAssertNil(ownerRecord?.location, file: file, line: line) // "" in profile.js
        // Mentioned accounts get handles.
        XCTAssertEqual(sink.accounts.first { $0.key.id == "2977379716" }?.handle, "esuelzer", file: file, line: line)
        // The first tweet (Wed Feb 10 18:00:00 +0000 2021) mentions @esuelzer and @ScienceMagazine.
        let t = Int64(1_612_980_000)
        let m = sink.edges("mention").filter { $0.firstAt == t }.map(\.target.id).sorted()
        XCTAssertEqual(m, ["2977379716", "32372834"], file: file, line: line)
    }

    func testRTIatMLAArchiveZipped() throws {
        let path = try TestSupport.dataset("twitter-archive-rtiatmla")
        let dir = try TestSupport.tempDirectory(self)
        let zipURL = dir.appendingPathComponent("rtiatmla.zip")
        let archive = try Archive(url: zipURL, accessMode: .create, pathEncoding: nil)
        let dataDir = URL(fileURLWithPath: path).appendingPathComponent("data")
        for name in try FileManager.default.contentsOfDirectory(atPath: dataDir.path).sorted() {
            // Under one top folder, the way re-zipped archives look.
            try archive.addEntry(with: "twitter-2021-11-20/data/\(name)",
                                 fileURL: dataDir.appendingPathComponent(name), compressionMethod: .deflate)
        }
        let (result, sink, source) = try TestSupport.load(zipURL.path)
        XCTAssertEqual(source.format, .xArchive)
        XCTAssertEqual(source.files, [zipURL.standardizedFileURL.path])
        XCTAssertEqual(source.sha256, try SHA256.hexOfFile(atPath: zipURL.path))
        checkRTIatMLA(result, sink)
    }

    func testAndreRuffertArchive2022() throws {
        let path = try TestSupport.dataset("twitter-archive-andreruffert")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .xArchive)
        XCTAssertEqual(result.counts["follower"], 420)
        XCTAssertEqual(result.counts["following"], 295)
        XCTAssertEqual(result.counts["tweet"], 1986)
        XCTAssertEqual(result.counts["retweet"], 643)
        XCTAssertEqual(result.counts["reply"], 485)
        XCTAssertEqual(result.counts["like"], 1359)
        XCTAssertEqual(result.recordsSkipped, 0)
        let owner = sink.accounts.first { $0.key.id == "112769581" }
        XCTAssertEqual(owner?.handle, "andreruffert")
        XCTAssertEqual(owner?.location, "Berlin, Germany")
        XCTAssertEqual(owner?.createdAt, 1_265_735_405) // 2010-02-09T17:10:05Z
        print("andreruffert counts:", result.counts.sorted { $0.key < $1.key }, "notes:", result.notes)
    }

    func testEmailEuCore() throws {
        let path = try TestSupport.dataset("email-eu-core/email-Eu-core.txt")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(result.counts["edge"], 25571)
        XCTAssertEqual(result.counts["node"], 1005)
        XCTAssertEqual(result.counts["self-loop"], 642)
        XCTAssertEqual(sink.edges.count, 25571)
        XCTAssertEqual(sink.edges.filter { $0.source == $0.target }.count, 642)
        XCTAssertEqual(sink.edges.first, EdgeRecord(source: AccountKey(platform: "snap", id: "0"),
                                                    target: AccountKey(platform: "snap", id: "1"), kind: "edge"))
        XCTAssertEqual(result.recordsRead, 25571)
        XCTAssertEqual(source.sha256, try SHA256.hexOfFile(atPath: path))
    }

    func testCKMPhysiciansMultiplex() throws {
        let path = try TestSupport.dataset("ckm-physicians/CKM-Physicians-Innovation_multiplex.edges")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .multiplex)
        XCTAssertEqual(source.files.count, 3)
        XCTAssertEqual(Set(sink.accounts.map(\.key)).count, 246)
        XCTAssertEqual(result.counts["node"], 246)
        XCTAssertEqual(result.counts["edge:advice"], 480)
        XCTAssertEqual(result.counts["edge:discussion"], 565)
        XCTAssertEqual(result.counts["edge:friend"], 506)
        XCTAssertEqual(sink.edges.count, 1551)
        let endpoints = Set(sink.edges.flatMap { [$0.source, $0.target] })
        XCTAssertEqual(endpoints.count, 241) // 5 isolated physicians
        XCTAssertTrue(sink.edges.allSatisfy { $0.count == 1 && $0.source.platform == "multiplex" })
        // The folder works too, with the same fingerprint.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let (r2, _, s2) = try TestSupport.load(folder)
        XCTAssertEqual(s2.format, .multiplex)
        XCTAssertEqual(r2.counts["edge"], 1551)
        XCTAssertEqual(s2.sha256, source.sha256)
    }
}
