@testable import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// The social importers (twarc2, Mastodon, gzip SNAP, handles) against the real datasets in
/// ../shared/data. Figures come from each SOURCE.md; derived edge counts were cross-checked
/// with an independent Python pass over the same files.
final class RealSocialDataTests: XCTestCase {
    func testTwarc2DocNowPages() throws {
        let path = try TestSupport.dataset("twarc2-jsonl-docnow/tweets.jsonl")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .twarc2)
        XCTAssertEqual(result.recordsRead, 5) // one response page per line
        XCTAssertEqual(result.counts["page"], 5)
        XCTAssertEqual(result.counts["tweet"], 500)
        XCTAssertEqual(result.counts["retweet"], 367)
        XCTAssertEqual(result.counts["reply"], 35)
        XCTAssertEqual(result.counts["quote"], 18)
        XCTAssertEqual(result.counts["self-reply"], 9)
        XCTAssertNil(result.counts["reference-unresolved"])
        XCTAssertEqual(result.recordsSkipped, 0)
        // 21 retweets are of the author's own tweets: no edge.
        XCTAssertEqual(result.counts["edge:repost"], 346)
        XCTAssertEqual(result.counts["edge:reply"], 26)
        XCTAssertEqual(result.counts["edge:quote"], 13)
        XCTAssertEqual(result.counts["edge:mention"], 73)
        XCTAssertEqual(sink.edges.count, 346 + 26 + 13 + 73)
        XCTAssertEqual(result.counts["user"], 691) // distinct includes.users
        XCTAssertEqual(sink.hashtags.count, result.counts["hashtag"])
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.platform == "x" && $0.firstAt != nil })
        // The first tweet: 1350281236359614465 retweets @MbuyiseniNdlozi (454904118) at 2021-06-26T19:56:26Z;
        // its entities.hashtags hold one tag, "icantbreathe" (read with Python's json module).
        XCTAssertTrue(sink.edges.contains(EdgeRecord(source: AccountKey(platform: "x", id: "1350281236359614465"),
                                                     target: AccountKey(platform: "x", id: "454904118"),
                                                     kind: "repost", at: 1_624_737_386, hashtags: ["icantbreathe"])))
        let user = sink.accounts.first { $0.key.id == "1350281236359614465" && $0.followersCount != nil }
        XCTAssertEqual(user?.handle, "unionist_trade")
        XCTAssertEqual(user?.followersCount, 79)
        XCTAssertEqual(user?.followingCount, 717)
        XCTAssertEqual(user?.bio, "Trade Unionist")
        print("twarc2 docnow counts:", result.counts.sorted { $0.key < $1.key }, "notes:", result.notes)
    }

    func testMastodonFollowingCSV() throws {
        let path = try TestSupport.dataset("mastodon-following-todb/following_accounts.csv")
        // No actor.json next to it: the owner must be given.
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error?.reason, "missing-owner")
        XCTAssertTrue(error?.expected.contains("actor.json") ?? false)
        let (result, sink, source) = try TestSupport.load(path, ImportOptions(owner: "@todb@infosec.exchange"))
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(result.counts["following"], 797)
        XCTAssertEqual(result.recordsRead, 797)
        XCTAssertEqual(sink.edges.count, 797)
        let owner = AccountKey(platform: "mastodon", id: "todb@infosec.exchange")
        XCTAssertTrue(sink.edges.allSatisfy { $0.source == owner && $0.kind == "follow" })
        XCTAssertEqual(Set(sink.edges.map(\.target)).count, 797)
        XCTAssertTrue(sink.edges.contains { $0.target.id == "_delta_zero@infosec.exchange" })
        // The same person on three servers stays three accounts.
        XCTAssertEqual(sink.edges.filter { $0.target.id.hasPrefix("beauwoods@") }.count, 3)
        print("mastodon following counts:", result.counts.sorted { $0.key < $1.key })
    }

    func testMastodonArchiveDealingWith() throws {
        let path = try TestSupport.dataset("mastodon-archive-dealingwith")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(source.files.count, 3) // actor, likes, outbox (bookmarks are not read)
        // The duplicate orderedItems key: all 1,586 activities, not the first key's 0.
        XCTAssertEqual(result.counts["post"], 1260)
        XCTAssertEqual(result.counts["boost"], 326)
        XCTAssertEqual(result.counts["reply"], 422)
        XCTAssertEqual(result.counts["like"], 1115)
        XCTAssertTrue(result.notes.contains { $0.contains("repeats the key orderedItems 2 times (0 + 1586 items)") })
        XCTAssertTrue(result.notes.contains { $0.contains("totalItems 1557 but holds 1586") })
        XCTAssertEqual(result.recordsSkipped, 0)
        // Boosts: 317 to others, 6 of the owner's own posts, 3 of non-Mastodon URLs (/objects/…, Threads).
        XCTAssertEqual(result.counts["edge:repost"], 317)
        XCTAssertEqual(result.counts["self-boost"], 6)
        XCTAssertEqual(result.counts["boost-unresolved"], 3)
        // Replies: 229 threads; 191 authors from the status URL, 2 from the one mention on the URL's instance.
        XCTAssertEqual(result.counts["self-reply"], 229)
        XCTAssertEqual(result.counts["edge:reply"], 193)
        XCTAssertNil(result.counts["reply-unresolved"])
        // Mentions: 126 from actor URIs, 9 more from the `name` of Friendica/Threads hrefs.
        XCTAssertEqual(result.counts["edge:mention"], 135)
        XCTAssertEqual(result.counts["hashtag"], 127)
        // Likes: 1,105 of 1,115 URLs name their author (10 are /objects/… or /notes/…).
        XCTAssertEqual(result.counts["edge:like"], 1105)
        XCTAssertEqual(result.counts["like-unresolved"], 10)
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.id == "dealingwith@indieweb.social" && $0.target.platform == "mastodon" })
        let owner = sink.accounts.first { $0.key == AccountKey(platform: "mastodon", id: "dealingwith@indieweb.social") }
        XCTAssertNotNil(owner?.bio)
        XCTAssertFalse(owner?.bio?.contains("<") ?? true)
        print("mastodon archive counts:", result.counts.sorted { $0.key < $1.key }, "notes:", result.notes)
    }

    func testHiggsActivityGzip() throws {
        let path = try TestSupport.dataset("higgs-twitter/higgs-activity_time.txt.gz")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(source.sha256, try SHA256.hexOfFile(atPath: path)) // the compressed file's digest
        Self.assertHiggsActivity(result, sink)
    }

    /// The Higgs activity log as SOURCE.md counts it: RT 354,930, MT 171,237, RE 36,902, times
    /// 1341100972–1341705593 (also read through a column mapping in `WhitespaceMappingTests`).
    static func assertHiggsActivity(_ result: ImportResult, _ sink: RecordCollector, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.recordsRead, 563_069, file: file, line: line)
        XCTAssertEqual(result.counts["edge:repost"], 354_930, file: file, line: line)
        XCTAssertEqual(result.counts["edge:mention"], 171_237, file: file, line: line)
        XCTAssertEqual(result.counts["edge:reply"], 36_902, file: file, line: line)
        XCTAssertEqual(sink.edges.map { $0.firstAt ?? 0 }.min(), 1_341_100_972, file: file, line: line)
        XCTAssertEqual(sink.edges.map { $0.firstAt ?? 0 }.max(), 1_341_705_593, file: file, line: line)
    }

    func testHiggsSocialPrefixIsTruncated() throws {
        let path = try TestSupport.dataset("higgs-twitter/higgs-social_network.PREFIX-ONLY.edgelist.gz")
        let (read, _, _) = try TestSupport.load(path)
        XCTAssertEqual(read.counts["edge"], 355_075)
        XCTAssertTrue(read.notes.contains { $0.contains("no line terminator") })
        var options = ImportOptions()
        options.dropUnterminatedLastLine = true
        let (result, sink, _) = try TestSupport.load(path, options)
        XCTAssertEqual(result.counts["edge"], 355_074)
        XCTAssertEqual(result.counts["dropped-partial-line"], 1)
        // The cut line was `22732 1`; the last whole line is `22732 22734`.
        XCTAssertEqual(sink.edges.last?.target.id, "22734")
    }

    func testAHCARetweetsWithCountsHeaderAndNames() throws {
        let path = try TestSupport.dataset("ahca-healthcare-retweets/dataset_twitter.txt")
        let options = ImportOptions(kind: "repost", platform: "ahca")
        let (result, sink, source) = try TestSupport.load(path, options)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(result.counts["header-line"], 1)
        XCTAssertEqual(result.counts["edge"], 96_704)
        XCTAssertEqual(result.recordsRead, 96_704)
        XCTAssertEqual(Set(sink.edges.map { [$0.source.id, $0.target.id] }).count, 89_059)
        XCTAssertFalse(sink.edges.contains { $0.source.id == "54836" && $0.target.id == "96704" })
        XCTAssertEqual(result.counts["self-loop"], nil)
        print("ahca counts:", result.counts.sorted { $0.key < $1.key }, "notes:", result.notes)

        let names = try TestSupport.dataset("ahca-healthcare-retweets/dataset_twitter_match.txt")
        let (r2, s2, src2) = try TestSupport.load(names, options)
        XCTAssertEqual(src2.format, .handles)
        XCTAssertEqual(Set(s2.accounts.map(\.key.id)).count, 54_836)
        XCTAssertEqual(s2.accounts.first { $0.key.id == "2" }?.handle, "timkaine")
        XCTAssertTrue(s2.accounts.allSatisfy { $0.key.platform == "ahca" && $0.name == nil })
        print("ahca names counts:", r2.counts.sorted { $0.key < $1.key })
    }
}
