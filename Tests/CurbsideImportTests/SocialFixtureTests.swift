import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// The social formats on synthetic fixtures (Fixtures/<format>/, fictional accounts): one
/// good file per format with every edge rule, then one test per malformed case, checking the
/// documented error (file, line or JSON path, expected) and that no post text or bio leaks.
final class SocialFixtureTests: XCTestCase {
    private func x(_ id: String) -> AccountKey { AccountKey(platform: "x", id: id) }
    private func m(_ id: String) -> AccountKey { AccountKey(platform: "mastodon", id: id) }

    private func error(_ path: String, _ options: ImportOptions = ImportOptions(),
                       file: StaticString = #filePath, line: UInt = #line) -> ImportError? {
        TestSupport.importError({ _ = try TestSupport.load(path, options) }, file: file, line: line)
    }

    // MARK: twarc2

    func testTwarc2GoodPagesFollowsAndFlattened() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("twarc2/good.jsonl"))
        XCTAssertEqual(source.format, .twarc2)
        XCTAssertEqual(result.recordsRead, 4)
        XCTAssertEqual(result.counts["page"], 3)
        XCTAssertEqual(result.counts["tweet"], 5)
        XCTAssertEqual(result.counts["retweet"], 1)
        XCTAssertEqual(result.counts["reply"], 2)
        XCTAssertEqual(result.counts["self-reply"], 1)
        XCTAssertEqual(result.counts["quote"], 2)
        XCTAssertEqual(result.counts["follower"], 2)
        XCTAssertEqual(result.counts["following"], 1)
        XCTAssertEqual(result.counts["user"], 6)
        let t = { (iso: String) in Int64(ISO8601DateFormatter().date(from: iso)!.timeIntervalSince1970) }
        XCTAssertEqual(sink.edges("repost"), [EdgeRecord(source: x("9001"), target: x("9002"), kind: "repost", at: t("2021-06-26T19:56:26Z"),
                                                           hashtags: ["NursesRock"])])
        XCTAssertEqual(sink.edges("reply"), [EdgeRecord(source: x("9001"), target: x("9003"), kind: "reply", at: t("2021-06-26T20:00:00Z"),
                                                          hashtags: ["Cardiology"])])
        // The reply's leading @dr_fictional_onc is reply context; @dr_fictional_derm is a mention.
        XCTAssertEqual(sink.edges("mention").map(\.target), [x("9004")])
        XCTAssertEqual(sink.edges("quote").map { [$0.source.id, $0.target.id] }, [["9002", "9003"], ["9006", "9007"]])
        XCTAssertEqual(sink.edges("follow").map { [$0.source.id, $0.target.id] }, [["9005", "9001"], ["9006", "9001"], ["9001", "9003"]])
        XCTAssertEqual(sink.hashtags.map(\.tag), ["cardiology"]) // a retweet's hashtags are the original author's
        let fic = sink.accounts.first { $0.key == x("9001") }
        XCTAssertEqual(fic?.handle, "dr_fictional_fic")
        XCTAssertEqual(fic?.followersCount, 120)
        XCTAssertEqual(fic?.followingCount, 80)
        XCTAssertEqual(fic?.createdAt, t("2015-03-01T10:00:00Z"))
        XCTAssertNil(sink.accounts.first { $0.key == x("9002") }?.bio) // "" is no bio
        XCTAssertEqual(sink.accounts.first { $0.key == x("9004") }?.handle, "dr_fictional_derm") // from the mention
        XCTAssertEqual(sink.accounts.first { $0.key == x("9007") }?.handle, "rn_fictional") // flattened referenced author
    }

    func testTwarc2TruncatedLine() {
        let e = error(TestSupport.fixture("twarc2/bad-json.jsonl"))
        XCTAssertEqual(e?.file, "bad-json.jsonl")
        XCTAssertEqual(e?.reason, "bad-json")
        XCTAssertTrue(e?.location.hasPrefix("line 2, $.data[0]") ?? false, e?.location ?? "")
        XCTAssertEqual(e?.expected, "the rest of the JSON value (the line ends early)")
        XCTAssertFalse(e?.description.contains("handover") ?? true)
    }

    func testTwarc2MissingAuthor() {
        let e = error(TestSupport.fixture("twarc2/missing-author.jsonl"))
        XCTAssertEqual(e?.location, "line 1, $.data[1].author_id")
        XCTAssertEqual(e?.reason, "missing-field")
        XCTAssertEqual(e?.expected, "the tweet's author id (request author_id)")
    }

    func testTwarc2BadTimestampStrictAndLenient() throws {
        let path = TestSupport.fixture("twarc2/bad-time.jsonl")
        let e = error(path)
        XCTAssertEqual(e?.location, "line 1, $.data[2].created_at")
        XCTAssertEqual(e?.reason, "bad-timestamp")
        XCTAssertFalse(e?.description.contains("conference") ?? true)
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-timestamp": 1])
        XCTAssertEqual(result.counts["tweet"], 3)
        XCTAssertTrue(sink.edges("quote").isEmpty) // the skipped tweet was the quote
    }

    func testTwarc2UnknownRecordAndNonObject() {
        let u = error(TestSupport.fixture("twarc2/unknown-record.jsonl"))
        XCTAssertEqual(u?.location, "line 2, $")
        XCTAssertEqual(u?.reason, "unknown-record")
        let n = error(TestSupport.fixture("twarc2/not-object.jsonl"))
        XCTAssertEqual(n?.location, "line 2, $")
        XCTAssertEqual(n?.expected, "a JSON object")
    }

    func testTwarc2OverlongLineIsCappedNotBuffered() throws {
        let dir = try TestSupport.tempDirectory(self)
        let page = try String(contentsOfFile: TestSupport.fixture("twarc2/good.jsonl"), encoding: .utf8)
            .split(separator: "\n")[1]
        let long = "{\"data\": [\"" + String(repeating: "a", count: 200_000) + "\"]}"
        let path = try TestSupport.write("\(page)\n\(long)\n\(page)\n", to: dir, "long.jsonl")
        var options = ImportOptions()
        options.maxLineBytes = 10_000
        XCTAssertEqual(error(path, options), ImportError(file: "long.jsonl", location: "line 2",
                                                        expected: "a JSON line of at most 10000 bytes (raise the limit with --max-line-bytes)",
                                                        reason: "line-too-long"))
        options.lenient = true
        let (result, sink, _) = try TestSupport.load(path, options)
        XCTAssertEqual(result.skippedByReason, ["line-too-long": 1])
        XCTAssertEqual(result.recordsRead, 3)
        XCTAssertEqual(sink.edges("follow").count, 4) // both follower pages around it
        // An unterminated overlong last line, longer than one read chunk.
        let tail = try TestSupport.write("\(page)\n" + String(repeating: "b", count: 5 << 20), to: dir, "tail.jsonl")
        options.format = .twarc2
        let (r2, _, _) = try TestSupport.load(tail, options)
        XCTAssertEqual(r2.skippedByReason, ["line-too-long": 1])
    }

    // MARK: Mastodon

    func testMastodonArchiveEveryRule() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("mastodon/archive"))
        XCTAssertEqual(source.format, .mastodon)
        XCTAssertEqual(source.files.map { URL(fileURLWithPath: $0).lastPathComponent },
                       ["actor.json", "following_accounts.csv", "likes.json", "outbox.json"])
        let me = m("dr_fictional_fic@med.example")
        let owner = sink.accounts.first { $0.key == me }
        XCTAssertEqual(owner?.handle, "dr_fictional_fic@med.example")
        XCTAssertEqual(owner?.bio, "Fictional GP & teacher.\nNot a real account.")
        XCTAssertEqual(owner?.createdAt, 1_667_260_800)
        XCTAssertEqual(result.counts["post"], 5)
        XCTAssertEqual(result.counts["reply"], 4)
        XCTAssertEqual(result.counts["self-reply"], 1)
        XCTAssertEqual(result.counts["reply-unresolved"], 1)
        XCTAssertEqual(result.counts["boost"], 2)
        XCTAssertEqual(result.counts["self-boost"], 1)
        XCTAssertEqual(result.counts["like"], 3)
        XCTAssertEqual(result.counts["like-unresolved"], 1)
        XCTAssertEqual(result.counts["following"], 2)
        XCTAssertTrue(sink.edges.allSatisfy { $0.source == me })
        func targets(_ kind: String) -> [String] { sink.edges(kind).map(\.target.id) }
        XCTAssertEqual(sink.edges("mention"), [EdgeRecord(source: me, target: m("nurse_fictional@nurse.example"), kind: "mention", at: 1_672_567_200, hashtags: ["MedEd"])])
        // Reply authors: from the status URL, and from the one mention on a Pleroma URL's instance.
        XCTAssertEqual(targets("reply"), ["dr_fictional_onc@onc.example", "pharm_fictional@pleroma.example"])
        XCTAssertEqual(targets("repost"), ["nurse_fictional@nurse.example"])
        XCTAssertEqual(targets("like"), ["dr_fictional_onc@onc.example", "nurse_fictional@nurse.example"])
        XCTAssertEqual(targets("follow"), ["nurse_fictional@nurse.example", "dr_fictional_onc@onc.example"]) // lowercased
        XCTAssertEqual(sink.hashtags.map(\.tag), ["meded"])
        XCTAssertTrue(result.notes.contains("outbox.json repeats the key orderedItems 2 times (0 + 7 items): all are read"))
        XCTAssertTrue(result.notes.contains("outbox.json says totalItems 5 but holds 7 items: the items are read"))
        XCTAssertTrue(result.notes.contains { $0.hasPrefix("1 replies answer a status") })
    }

    func testMastodonFollowsNeedAnOwner() throws {
        let path = TestSupport.fixture("mastodon/follows-only/following_accounts.csv")
        let e = error(path)
        XCTAssertEqual(e?.reason, "missing-owner")
        XCTAssertEqual(e?.file, "following_accounts.csv")
        // What the user can do, not the library's internal name (issue #11 item 10: it said ImportOptions.owner).
        XCTAssertEqual(e?.expected, "the account that owns the export: an actor.json next to it, or pass --owner user@instance")
        let (_, sink, _) = try TestSupport.load(path, ImportOptions(owner: "https://med.example/users/Dr_Fictional_Fic"))
        XCTAssertEqual(sink.edges.map(\.source), [m("dr_fictional_fic@med.example")])
        XCTAssertEqual(error(path, ImportOptions(owner: "not an address")),
                       ImportError(file: "--owner", location: "value",
                                   expected: "an account address user@instance or an actor URI https://instance/users/user",
                                   reason: "bad-owner"))
    }

    func testMastodonBadAddressStrictAndLenient() throws {
        let path = TestSupport.fixture("mastodon/bad-address")
        let e = error(path)
        XCTAssertEqual(e, ImportError(file: "following_accounts.csv", location: "line 3, column Account address",
                                      expected: "an account address user@instance", reason: "bad-address"))
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-address": 1])
        XCTAssertEqual(sink.edges.count, 1)
    }

    func testMastodonBadHeader() {
        let e = error(TestSupport.fixture("mastodon/bad-header"))
        XCTAssertEqual(e?.location, "line 1")
        XCTAssertEqual(e?.reason, "bad-header")
    }

    func testMastodonTruncatedOutbox() {
        let e = error(TestSupport.fixture("mastodon/outbox-truncated"))
        XCTAssertEqual(e?.file, "outbox.json")
        XCTAssertEqual(e?.reason, "bad-json")
        XCTAssertTrue(e?.location.hasPrefix("$.orderedItems[1].published (byte ") ?? false, e?.location ?? "")
        XCTAssertEqual(e?.expected, "the rest of the JSON (the file ends early)")
        XCTAssertFalse(e?.description.contains("fictional post text") ?? true)
    }

    func testMastodonBadPublishedTime() {
        let e = error(TestSupport.fixture("mastodon/outbox-bad-time"))
        XCTAssertEqual(e, ImportError(file: "outbox.json", location: "$.orderedItems[1].published",
                                      expected: "an ISO 8601 time like 2022-11-20T14:58:08Z", reason: "bad-timestamp"))
    }

    func testMastodonActorWithoutId() {
        let e = error(TestSupport.fixture("mastodon/actor-no-id"))
        XCTAssertEqual(e, ImportError(file: "actor.json", location: "$.id",
                                      expected: "the actor URI https://instance/users/name", reason: "missing-field"))
        XCTAssertFalse(e?.description.contains("Not a real account") ?? true)
    }

    func testMastodonAddressForms() {
        XCTAssertEqual(MastodonAddress.normalize("@Dr_Fic@Med.Example"), "dr_fic@med.example")
        XCTAssertEqual(MastodonAddress.normalize("https://med.example/users/dr_fic"), "dr_fic@med.example")
        XCTAssertEqual(MastodonAddress.normalize("https://med.example/@dr_fic"), "dr_fic@med.example")
        XCTAssertEqual(MastodonAddress.normalize("https://med.example/@dr_fic@other.example"), "dr_fic@other.example")
        XCTAssertNil(MastodonAddress.normalize("dr_fic"))
        XCTAssertEqual(MastodonAddress.statusAuthor("https://med.example/@dr_fic/1234"), "dr_fic@med.example")
        XCTAssertEqual(MastodonAddress.statusAuthor("https://med.example/users/dr_fic/statuses/1/activity"), "dr_fic@med.example")
        XCTAssertNil(MastodonAddress.statusAuthor("https://med.example/objects/1b2c"))
    }

    // MARK: handles

    func testHandlesCSVAndPythonPairs() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("handles/good.csv"))
        XCTAssertEqual(source.format, .handles)
        XCTAssertEqual(result.recordsRead, 3)
        XCTAssertEqual(sink.accounts, [AccountRecord(key: x("9001"), handle: "dr_fictional_fic"),
                                       AccountRecord(key: AccountKey(platform: "snap", id: "42"), handle: "nurse_fictional"),
                                       AccountRecord(key: x("9003"), handle: "dr_fictional_onc")])
        let (_, pairs, s2) = try TestSupport.load(TestSupport.fixture("handles/pairs.txt"), ImportOptions(platform: "ahca"))
        XCTAssertEqual(s2.format, .handles)
        XCTAssertEqual(pairs.accounts.map(\.key.id), ["1", "2", "3"])
        XCTAssertEqual(pairs.accounts[1].handle, "nurse_o'fictional")
        XCTAssertTrue(pairs.accounts.allSatisfy { $0.key.platform == "ahca" })
    }

    func testHandlesMissingHandle() {
        XCTAssertEqual(error(TestSupport.fixture("handles/missing-handle.csv")),
                       ImportError(file: "missing-handle.csv", location: "line 3", expected: "a handle in column handle",
                                   reason: "missing-field"))
    }

    func testHandlesBadColumns() {
        XCTAssertEqual(error(TestSupport.fixture("handles/bad-columns.csv")),
                       ImportError(file: "bad-columns.csv", location: "line 2", expected: "2 cells (id,handle[,platform])",
                                   reason: "bad-columns"))
    }

    func testHandlesBadHeaderWhenForced() {
        XCTAssertEqual(error(TestSupport.fixture("handles/bad-header.csv"), ImportOptions(format: .handles)),
                       ImportError(file: "bad-header.csv", location: "line 1", expected: "the header id,handle or id,handle,platform",
                                   reason: "bad-header"))
    }

    func testHandlesTruncatedPairs() {
        let e = error(TestSupport.fixture("handles/pairs-truncated.txt"))
        XCTAssertEqual(e?.reason, "bad-literal")
        XCTAssertEqual(e?.expected, "the closing quote of the name in pair 1 (the file ends early)")
        XCTAssertTrue(e?.location.hasPrefix("byte ") ?? false)
    }

    // MARK: gzip and SNAP headers

    func testGzipCSVMembersAndJSONL() throws {
        let (_, csv, s1) = try TestSupport.load(TestSupport.fixture("gzip/edges.csv.gz"))
        XCTAssertEqual(s1.format, .csv)
        XCTAssertEqual(csv.edges("follow").count, 2)
        let (r2, snap, s2) = try TestSupport.load(TestSupport.fixture("gzip/members.txt.gz"))
        XCTAssertEqual(s2.format, .snap)
        XCTAssertEqual(snap.edges.map(\.target.id), ["2", "3", "4"]) // two gzip members, one stream
        XCTAssertEqual(r2.counts["node"], 4)
        let (_, page, s3) = try TestSupport.load(TestSupport.fixture("gzip/page.jsonl.gz"))
        XCTAssertEqual(s3.format, .twarc2)
        XCTAssertEqual(page.edges("follow").count, 2)
    }

    func testGzipTruncated() {
        let path = TestSupport.fixture("gzip/truncated.txt.gz")
        let e = error(path)
        XCTAssertEqual(e?.reason, "truncated-gzip")
        XCTAssertEqual(e?.file, path)
        XCTAssertTrue(e?.location.hasSuffix("(compressed)") ?? false)
        XCTAssertEqual(e?.expected, "the rest of the gzip stream (the file ends early: a cut download?)")
        // Forced past detection, the reader fails the same way.
        XCTAssertEqual(error(path, ImportOptions(format: .snap))?.reason, "truncated-gzip")
    }

    func testGzipCorrupt() {
        let e = error(TestSupport.fixture("gzip/corrupt.txt.gz"), ImportOptions(format: .snap))
        XCTAssertEqual(e?.reason, "bad-gzip")
        XCTAssertEqual(e?.expected, "valid gzip data (the file is corrupt or not gzip)")
    }

    func testSnapCountsHeaderOnlyWhenItAddsUp() throws {
        let (r1, s1, _) = try TestSupport.load(TestSupport.fixture("snap/counts-header.txt"))
        XCTAssertEqual(r1.counts["header-line"], 1)
        XCTAssertEqual(s1.edges.map { [$0.source.id, $0.target.id] }, [["a", "b"], ["b", "c"]])
        let (r2, s2, _) = try TestSupport.load(TestSupport.fixture("snap/two-int-edge.txt"))
        XCTAssertNil(r2.counts["header-line"])
        XCTAssertEqual(s2.edges.count, 2)
        // Line numbers stay the file's: an error on line 3 says line 3.
        let dir = try TestSupport.tempDirectory(self)
        let bad = try TestSupport.write("3 2\na b\nb c d e f\n", to: dir, "bad.txt")
        XCTAssertEqual(error(bad)?.location, "line 3")
    }
}
