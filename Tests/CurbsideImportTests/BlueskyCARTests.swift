import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Bluesky repository exports: CAR files built here with fictional accounts, and the real ones.
final class BlueskyCARTests: XCTestCase {
    static let owner = "did:plc:drfictionalfic000000000"
    static let nurse = "did:plc:nursefictional0000000000"
    static let derm = "did:plc:dermfictional00000000000"
    static let onc = "did:plc:oncfictional000000000000"
    static let cardio = "did:plc:cardiofictional000000000"

    private func b(_ id: String) -> AccountKey { AccountKey(platform: "bluesky", id: id) }
    private static func uri(_ did: String, _ collection: String = "app.bsky.feed.post", _ rkey: String = "3kfic") -> TestCBOR {
        .text("at://\(did)/\(collection)/\(rkey)")
    }
    private static func strongRef(_ did: String) -> TestCBOR {
        .map([("uri", uri(did)), ("cid", .text("bafyreifictional"))])
    }

    /// A repository with one record of each kind.
    static func fullRepo(version: Int = 3) -> RepoBuilder {
        var repo = RepoBuilder(did: owner)
        repo.version = version
        repo.record("app.bsky.actor.profile/self", .map([
            ("$type", .text("app.bsky.actor.profile")), ("displayName", .text("Dr Fictional Fic")),
            ("description", .text("Fictional GP, posts are not advice")),
        ]))
        repo.record("app.bsky.graph.follow/3kfollow1", .map([
            ("$type", .text("app.bsky.graph.follow")), ("subject", .text(nurse)), ("createdAt", .text("2024-02-22T10:00:00.123Z")),
        ]))
        repo.record("app.bsky.feed.like/3klike1", .map([
            ("$type", .text("app.bsky.feed.like")), ("subject", strongRef(nurse)), ("createdAt", .text("2024-02-22T11:00:00Z")),
        ]))
        repo.record("app.bsky.feed.repost/3krepost1", .map([
            ("$type", .text("app.bsky.feed.repost")), ("subject", strongRef(cardio)),
            ("createdAt", .text("2024-02-22T13:00:00.5+01:00")),
        ]))
        let mention: TestCBOR = .map([("$type", .text("app.bsky.richtext.facet#mention")), ("did", .text(onc))])
        let tag: TestCBOR = .map([("$type", .text("app.bsky.richtext.facet#tag")), ("tag", .text("MedSky"))])
        let index: TestCBOR = .map([("byteStart", .int(0)), ("byteEnd", .int(4))])
        repo.record("app.bsky.feed.post/3kpost1", .map([
            ("$type", .text("app.bsky.feed.post")), ("text", .text("Agree with @onc, see #MedSky")),
            ("createdAt", .text("2024-02-23T09:30:00.000Z")),
            ("reply", .map([("root", strongRef(derm)), ("parent", strongRef(derm))])),
            ("facets", .array([.map([("index", index), ("features", .array([mention, tag]))]),
                               .map([("index", index), ("features", .array([mention]))])])),
            ("tags", .array([.text("medsky"), .text("GPs")])),
            ("embed", .map([("$type", .text("app.bsky.embed.record")), ("record", strongRef(cardio))])),
        ]))
        repo.record("app.bsky.feed.post/3kpost2", .map([
            ("$type", .text("app.bsky.feed.post")), ("text", .text("and a thread")), ("createdAt", .text("2024-02-23T09:31:00Z")),
            ("reply", .map([("root", strongRef(owner)), ("parent", strongRef(owner))])),
        ]))
        repo.record("app.bsky.graph.list/3klist1", .map([
            ("$type", .text("app.bsky.graph.list")), ("name", .text("Fictional clinicians")),
        ]))
        return repo
    }

    private func write(_ bytes: [UInt8], _ name: String = "repo.car") throws -> String {
        try TestSupport.write(bytes, to: try TestSupport.tempDirectory(self), name)
    }

    func testEveryRecordKindGivesTheRightRecords() throws {
        var repo = BlueskyCARTests.fullRepo()
        let path = try write(repo.build(split: 3).bytes)
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .bluesky)
        let me = b(BlueskyCARTests.owner)
        XCTAssertEqual(sink.edges("follow"), [EdgeRecord(source: me, target: b(BlueskyCARTests.nurse), kind: "follow", at: 1_708_596_000)])
        XCTAssertEqual(sink.edges("like"), [EdgeRecord(source: me, target: b(BlueskyCARTests.nurse), kind: "like", at: 1_708_599_600)])
        // 13:00:00.5+01:00 = 12:00 UTC.
        XCTAssertEqual(sink.edges("repost"), [EdgeRecord(source: me, target: b(BlueskyCARTests.cardio), kind: "repost", at: 1_708_603_200)])
        let t = Int64(1_708_680_600)
        XCTAssertEqual(sink.edges("reply"), [EdgeRecord(source: me, target: b(BlueskyCARTests.derm), kind: "reply", at: t, hashtags: ["medsky", "gps"])])
        // The same DID mentioned in two facets is one mention.
        XCTAssertEqual(sink.edges("mention"), [EdgeRecord(source: me, target: b(BlueskyCARTests.onc), kind: "mention", at: t, hashtags: ["medsky", "gps"])])
        XCTAssertEqual(sink.edges("quote"), [EdgeRecord(source: me, target: b(BlueskyCARTests.cardio), kind: "quote", at: t, hashtags: ["medsky", "gps"])])
        XCTAssertEqual(sink.hashtags, [HashtagRecord(account: me, tag: "medsky", at: t), HashtagRecord(account: me, tag: "gps", at: t)])
        XCTAssertEqual(sink.accounts, [AccountRecord(key: me, name: "Dr Fictional Fic", bio: "Fictional GP, posts are not advice")])
        XCTAssertEqual(result.counts["record"], 7)
        XCTAssertEqual(result.counts["post"], 2)
        XCTAssertEqual(result.counts["reply"], 2)
        XCTAssertEqual(result.counts["self-reply"], 1)
        XCTAssertEqual(result.counts["other-record"], 1)
        XCTAssertEqual(result.counts["mst-node"], 2)
        XCTAssertEqual(result.counts["edge"], 6)
        XCTAssertEqual(result.recordsRead, 7)
        XCTAssertTrue(result.notes.contains("records of other collections, counted but not read: app.bsky.graph.list 1"), "\(result.notes)")
    }

    func testLegacyVersion2RepoWithEntitiesAndVotes() throws {
        var repo = RepoBuilder(did: BlueskyCARTests.owner)
        repo.version = 2
        repo.record("app.bsky.feed.post/3jpost", .map([
            ("$type", .text("app.bsky.feed.post")), ("text", .text("hello @onc")), ("createdAt", .text("2023-03-14T19:28:01.150Z")),
            ("entities", .array([.map([("type", .text("mention")), ("value", .text(BlueskyCARTests.onc)),
                                       ("index", .map([("start", .int(6)), ("end", .int(10))]))])])),
        ]))
        repo.record("app.bsky.feed.vote/3jvote1", .map([
            ("$type", .text("app.bsky.feed.vote")), ("direction", .text("up")), ("subject", BlueskyCARTests.strongRef(BlueskyCARTests.nurse)),
            ("createdAt", .text("2022-12-06T23:47:07.609Z")),
        ]))
        repo.record("app.bsky.feed.vote/3jvote2", .map([
            ("$type", .text("app.bsky.feed.vote")), ("direction", .text("down")), ("subject", BlueskyCARTests.strongRef(BlueskyCARTests.derm)),
            ("createdAt", .text("2022-12-06T23:47:08.609Z")),
        ]))
        let path = try write(repo.build().bytes)
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(sink.edges("mention").map(\.target.id), [BlueskyCARTests.onc])
        XCTAssertEqual(sink.edges("like").map(\.target.id), [BlueskyCARTests.nurse])
        XCTAssertEqual(result.counts["vote"], 2)
        XCTAssertTrue(result.notes.contains { $0.contains("repository version 2") })
    }

    func testRecordsWithIdenticalContentShareABlock() throws {
        var repo = RepoBuilder(did: BlueskyCARTests.owner)
        let follow: TestCBOR = .map([("$type", .text("app.bsky.graph.follow")), ("subject", .text(BlueskyCARTests.nurse)),
                                     ("createdAt", .text("2024-02-22T10:00:00Z"))])
        repo.record("app.bsky.graph.follow/3ka", follow)
        repo.record("app.bsky.graph.follow/3kb", follow)
        let (result, sink, _) = try TestSupport.load(try write(repo.build().bytes))
        XCTAssertEqual(sink.edges("follow").count, 2)
        XCTAssertNil(result.counts["unreferenced-block"]) // the repeated block is one block, reached
        XCTAssertEqual(result.counts["block"], 4) // both sections are in the file
    }

    // MARK: Malformed inputs, one per documented error

    func testBlockHashMismatchNamesTheByteOffset() throws {
        var repo = BlueskyCARTests.fullRepo()
        var (bytes, offsets, _) = repo.build()
        // Flip the last byte of the third block (a record) without fixing its CID.
        let end = offsets[3] - 1
        bytes[end] ^= 0x01
        let path = try write(bytes)
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error?.description,
                       "repo.car: byte \(offsets[2]): expected block bytes whose SHA-256 matches their CID (the block is corrupt)")
        XCTAssertEqual(error?.reason, "cid-mismatch")
        // Lenient: the corrupt block is skipped (the record it held is lost, counted once), the rest imported.
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["cid-mismatch": 1])
        XCTAssertEqual(sink.edges.count, 3) // the post held reply, mention and quote; like, repost, follow remain
    }

    func testLenientSkipsAnUnreadableSubtreeAndGoesOn() throws {
        var repo = BlueskyCARTests.fullRepo()
        var (bytes, offsets, _) = repo.build(split: 3)
        // Sections: 7 records, the left MST node (profile, like, first post), the root node, the commit.
        bytes[offsets[8] - 1] ^= 0x01
        let path = try write(bytes)
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.location, "byte \(offsets[7])")
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["cid-mismatch": 1])
        XCTAssertEqual(sink.edges.map(\.kind).sorted(), ["follow", "repost"])
        XCTAssertEqual(result.counts["record"], 4)
        XCTAssertEqual(sink.accounts, [AccountRecord(key: b(BlueskyCARTests.owner))]) // the profile was in the lost subtree
    }

    func testTruncatedFileAndTruncatedCBOR() throws {
        var repo = BlueskyCARTests.fullRepo()
        let (bytes, offsets, _) = repo.build()
        // The file ends in the middle of the last section (the commit).
        let cut = try write(Array(bytes[..<(bytes.count - 10)]))
        let e1 = TestSupport.importError { _ = try TestSupport.load(cut) }
        XCTAssertEqual(e1?.reason, "cbor-truncated")
        XCTAssertEqual(e1?.location, "byte \(offsets.last ?? -1)")
        XCTAssertTrue(e1?.expected.contains("the file is truncated") ?? false, e1?.expected ?? "")

        // A record whose map announces more entries than it holds (its CID matches: the bytes are as written).
        var bad = RepoBuilder(did: BlueskyCARTests.owner)
        bad.record("app.bsky.graph.follow/3kf", .raw(TestCBOR.head(5, 3) + TestCBOR.text("$type").encoded + TestCBOR.text("app.bsky.graph.follow").encoded))
        let built = bad.build()
        let path = try write(built.bytes)
        let e2 = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(e2?.reason, "cbor-truncated")
        // The item that cannot be read starts right after the two complete ones: block data + 1 + 6 + 22.
        let dataStart = built.offsets[0] + CARBuilder.varint(36 + 29).count + 36
        XCTAssertEqual(e2?.location, "byte \(dataStart + 29)")
        XCTAssertEqual(e2?.expected, "a CBOR item (the input ends early) in the record app.bsky.graph.follow/3kf")
    }

    func testMSTKeysOutOfOrder() throws {
        var repo = RepoBuilder(did: BlueskyCARTests.owner)
        for key in ["app.bsky.graph.follow/3kb", "app.bsky.graph.follow/3ka"] {
            repo.record(key, .map([("$type", .text("app.bsky.graph.follow")), ("subject", .text(BlueskyCARTests.nurse))]))
        }
        let (bytes, offsets, _) = repo.build(sorted: false)
        let error = TestSupport.importError { _ = try TestSupport.load(try write(bytes)) }
        XCTAssertEqual(error?.description, "repo.car: byte \(offsets[2]): expected record-tree keys in strictly increasing order "
            + "(this key sorts at or before the one visited before it)") // the MST node: after the two records
        XCTAssertEqual(error?.reason, "mst-order")
        // Strict or lenient, a tree out of order is not imported.
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(try write(bytes), ImportOptions(lenient: true)) }?.reason,
                       "mst-order")
    }

    func testExcessiveNestingIsRejectedNotCrashed() throws {
        var deep: TestCBOR = .int(1)
        for _ in 0 ..< 10_000 { deep = .raw([0x81] + deep.encoded) } // 10,000 nested one-item arrays
        var repo = RepoBuilder(did: BlueskyCARTests.owner)
        repo.record("app.bsky.feed.post/3kdeep", .map([("$type", .text("app.bsky.feed.post")), ("embed", deep)]))
        let error = TestSupport.importError { _ = try TestSupport.load(try write(repo.build().bytes)) }
        XCTAssertEqual(error?.reason, "cbor-too-deep")
        XCTAssertTrue(error?.expected.hasPrefix("nesting at most 64 levels deep") ?? false)
    }

    func testDagCBORStrictness() throws {
        let cases: [(TestCBOR, String)] = [
            (.raw([0x9F, 0x01, 0xFF]), "cbor-indefinite"), // indefinite-length array
            (.float(.nan), "cbor-float"),
            (.raw([0xFA, 0x3F, 0x80, 0x00, 0x00]), "cbor-float"), // a 32-bit float
            (.raw([0x18, 0x05]), "cbor-non-minimal"), // 5 in two bytes
            (.raw([0xA2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02]), "cbor-map-key"), // keys "b", "a"
            (.raw([0xA1, 0x01, 0x02]), "cbor-map-key"), // integer key
            (.raw([0xC1, 0x01]), "cbor-tag"), // tag 1 (epoch time)
            (.raw([0xF7]), "cbor-simple"), // undefined
            (.raw([0x62, 0xC3, 0x28]), "invalid-utf8"),
        ]
        for (value, reason) in cases {
            var repo = RepoBuilder(did: BlueskyCARTests.owner)
            repo.record("app.bsky.feed.post/3kx", .map([("$type", .text("app.bsky.feed.post")), ("x", value)]))
            let error = TestSupport.importError { _ = try TestSupport.load(try write(repo.build().bytes)) }
            XCTAssertEqual(error?.reason, reason)
            XCTAssertTrue(error?.location.hasPrefix("byte ") ?? false)
        }
    }

    func testBadCommitAndBadFieldsAndNoTextInErrors() throws {
        var old = RepoBuilder(did: BlueskyCARTests.owner)
        old.version = 4
        old.record("app.bsky.graph.follow/3ka", .map([("$type", .text("app.bsky.graph.follow")), ("subject", .text(BlueskyCARTests.nurse))]))
        let e1 = TestSupport.importError { _ = try TestSupport.load(try write(old.build().bytes)) }
        XCTAssertEqual(e1?.reason, "bad-commit")
        XCTAssertTrue(e1?.expected.contains("version 3 (current) or 2 (legacy), not 4") ?? false)

        let secret = "Patient in bay 3 told me something private"
        var repo = RepoBuilder(did: BlueskyCARTests.owner)
        repo.record("app.bsky.feed.post/3kp", .map([
            ("$type", .text("app.bsky.feed.post")), ("text", .text(secret)), ("createdAt", .text(secret)),
        ]))
        repo.record("app.bsky.graph.follow/3kq", .map([("$type", .text("app.bsky.graph.follow")), ("subject", .text(secret))]))
        let (bytes, offsets, _) = repo.build()
        let path = try write(bytes)
        let e2 = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(e2?.description, "repo.car: app.bsky.feed.post/3kp.createdAt (block at byte \(offsets[0])): expected an ISO 8601 date-time")
        XCTAssertEqual(e2?.reason, "bad-timestamp")
        let (result, _, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-timestamp": 1, "bad-did": 1])
        for problem in result.problems {
            XCTAssertFalse("\(problem) \(problem.expected)".contains("Patient"))
        }
    }

    // MARK: Committed fixture files

    /// The CAR fixtures under Fixtures/car, as this file builds them. Run the tests with
    /// `CURBSIDE_WRITE_FIXTURES=1` to rewrite them after changing a builder.
    static func carFixtures() -> [(name: String, bytes: [UInt8])] {
        var valid = fullRepo()
        let (bytes, offsets, _) = valid.build(split: 3)
        var corrupt = bytes
        corrupt[offsets[3] - 1] ^= 0x01
        var unordered = RepoBuilder(did: owner)
        for key in ["app.bsky.graph.follow/3kb", "app.bsky.graph.follow/3ka"] {
            unordered.record(key, .map([("$type", .text("app.bsky.graph.follow")), ("subject", .text(nurse))]))
        }
        var deep: TestCBOR = .int(1)
        for _ in 0 ..< 100 { deep = .raw([0x81] + deep.encoded) }
        var nested = RepoBuilder(did: owner)
        nested.record("app.bsky.feed.post/3kdeep", .map([("$type", .text("app.bsky.feed.post")), ("embed", deep)]))
        var legacy = fullRepo(version: 2)
        return [
            ("fictional-v3.car", bytes),
            ("fictional-v2.car", legacy.build().bytes),
            ("cid-mismatch.car", corrupt),
            ("truncated.car", Array(bytes[..<(bytes.count - 10)])),
            ("mst-out-of-order.car", unordered.build(sorted: false).bytes),
            ("excessive-nesting.car", nested.build().bytes),
        ]
    }

    func testCommittedCARFixtures() throws {
        let dir = TestSupport.fixtures("car")
        let expected: [String: String] = [
            "cid-mismatch.car": "cid-mismatch", "truncated.car": "cbor-truncated",
            "mst-out-of-order.car": "mst-order", "excessive-nesting.car": "cbor-too-deep",
        ]
        for (name, bytes) in BlueskyCARTests.carFixtures() {
            let path = dir.appendingPathComponent(name).path
            if ProcessInfo.processInfo.environment["CURBSIDE_WRITE_FIXTURES"] == "1" {
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            }
            XCTAssertEqual(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), bytes, "\(name) differs from its builder")
            if let reason = expected[name] {
                XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.reason, reason, name)
            } else {
                let (result, _, _) = try TestSupport.load(path)
                XCTAssertEqual(result.counts["edge"], 6, name)
            }
        }
    }

    // MARK: Real exports (bluesky-social/indigo test data; figures from SOURCE.md)

    func testRealRepositories() throws {
        let dir = try TestSupport.dataset("bluesky-car-indigo")
        let (green, greenSink, source) = try TestSupport.load(dir + "/greenground.repo.car")
        XCTAssertEqual(source.format, .bluesky)
        XCTAssertEqual(green.counts["block"], 4)
        XCTAssertEqual(green.counts["mst-node"], 1)
        XCTAssertEqual(green.counts["follow"], 2)
        XCTAssertEqual(greenSink.edges("follow").count, 2)
        XCTAssertTrue(greenSink.edges.allSatisfy { $0.source.id == "did:plc:kzcqyc3unb33eh5sxzsfs25z" })

        let (bn, bnSink, _) = try TestSupport.load(dir + "/bnewbold.robocracy.org.20250310005405.car")
        XCTAssertEqual(bn.counts["block"], 56)
        XCTAssertEqual(bn.counts["mst-node"], 17)
        XCTAssertEqual(bn.counts["post"], 23)
        XCTAssertEqual(bn.counts["follow"], 3)
        XCTAssertEqual(bn.counts["like"], 2)
        XCTAssertEqual(bn.counts["repost"], 1)
        XCTAssertEqual(bn.counts["profile"], 1)
        XCTAssertEqual(bn.counts["other-record"], 8) // 5 lexicon schemas, 1 lexicon record, 1 linkat board, 1 mushroom
        XCTAssertEqual(bn.counts["record"], 38)
        XCTAssertNil(bn.counts["unreferenced-block"])
        XCTAssertEqual(bn.counts["edge"], 12)
        let follow = bnSink.edges("follow").first { $0.target.id == "did:plc:box3ql3jyrlb7ptzh2tnn2aw" }
        XCTAssertEqual(follow?.firstAt, 1_740_538_558) // 2025-02-26T02:55:58.872Z
        XCTAssertNotNil(bnSink.accounts.first { $0.key.id == "did:plc:nhxcyu4ewwhl5pqil4dotqjo" })

        // Legacy v2: the export carries 28 commits; only the latest tree's records are read.
        let (paul, paulSink, _) = try TestSupport.load(dir + "/paul_staging.repo.car")
        XCTAssertEqual(paul.counts["block"], 458)
        XCTAssertEqual(paul.counts["post"], 101)
        XCTAssertEqual(paul.counts["like"], 60)
        XCTAssertEqual(paul.counts["repost"], 15)
        XCTAssertEqual(paul.counts["profile"], 1)
        XCTAssertEqual(paul.recordsSkipped, 0)
        // SOURCE.md counts blocks of every commit (17 follow, 54 vote, 178 MST-node blocks); the
        // latest tree holds 185 records in 51 nodes: 8 follows and no votes, confirmations or declarations.
        XCTAssertEqual(paul.counts["record"], 185)
        XCTAssertEqual(paul.counts["mst-node"], 51)
        XCTAssertEqual(paul.counts["follow"], 8)
        XCTAssertNil(paul.counts["vote"])
        XCTAssertEqual(paul.counts["unreferenced-block"], 215)
        XCTAssertEqual(paul.counts["edge"], 67)
        XCTAssertEqual(paul.counts["self-reply"], 11)
        XCTAssertEqual(paulSink.edges("mention").count, 4) // legacy `entities` mentions
        XCTAssertEqual(paulSink.accounts.first?.name, "Paul")
        XCTAssertTrue(paul.notes.contains { $0.contains("repository version 2") })
        for (name, r) in [("greenground", green), ("bnewbold", bn), ("paul_staging", paul)] {
            print("\(name) counts:", r.counts.sorted { $0.key < $1.key }, "notes:", r.notes)
        }
    }
}
