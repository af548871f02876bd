import Foundation
import XCTest
import CurbsideGraph
@testable import CurbsideStore

private struct Interrupted: Error {}

final class StoreTests: XCTestCase {
    private let a = AccountKey(platform: "x", id: "9100000000001")
    private let b = AccountKey(platform: "x", id: "9100000000002")
    private let c = AccountKey(platform: "x", id: "9100000000003")

    private func temporaryStorePath() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.appendingPathComponent("test.sqlite").path
    }

    private func importFirst(_ store: Store) throws -> ImportOutcome {
        try store.importSource(path: "first.csv", format: "csv", sha256: "aa", importedAt: 1_700_000_000) { sink in
            try sink.account(AccountRecord(key: a, handle: "dr_ada_fic", name: "Ada", bio: "Cardiologist"))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "follow"))
            try sink.edge(EdgeRecord(source: b, target: a, kind: "follow"))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: 200))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: 100))
            try sink.edge(EdgeRecord(source: c, target: a, kind: "advice"))
            try sink.hashtag(HashtagRecord(account: a, tag: "cardiotwitter", at: 100))
            try sink.hashtag(HashtagRecord(account: a, tag: "cardiotwitter", at: 300))
            return ImportCounts(read: 7, skipped: 0)
        }
    }

    func testMigrationsAreNamedAndIdempotent() throws {
        let path = temporaryStorePath()
        XCTAssertEqual(try Store(path: path).appliedMigrations(), ["v1-core", "v2-claims-and-links", "v3-activity", "v4-events", "v5-labels"])
        XCTAssertEqual(try Store(path: path).appliedMigrations(), ["v1-core", "v2-claims-and-links", "v3-activity", "v4-events", "v5-labels"])
    }

    func testImportMergesRepeatsAndCountsByKind() throws {
        let store = try Store.inMemory()
        guard case .imported(let source) = try importFirst(store) else { return XCTFail("expected a new import") }
        XCTAssertEqual(source.recordsRead, 7)
        let stats = try store.statistics()
        XCTAssertEqual(stats.accounts, 3)
        XCTAssertEqual(stats.edges, ["follow": 2, "mention": 1, "advice": 1])
        XCTAssertEqual(stats.interactions, ["follow": 2, "mention": 2, "advice": 1])
        XCTAssertEqual(stats.firstAt, 100)
        XCTAssertEqual(stats.lastAt, 200)
        XCTAssertEqual(try store.hashtagsByAccount().values.first, ["cardiotwitter": 2])
        // Mentions at t = 100 and 200 (both 1970-01-01) are two interactions on day 0.
        let activity = try store.activityByDay()
        XCTAssertEqual(activity.count, 1)
        XCTAssertEqual(activity.first?.day, 0)
        XCTAssertEqual(activity.first?.kind, "mention")
        XCTAssertEqual(activity.first?.count, 2)
    }

    func testSameSHA256ChangesNothing() throws {
        let store = try Store.inMemory()
        _ = try importFirst(store)
        var called = false
        let again = try store.importSource(path: "renamed.csv", format: "csv", sha256: "aa") { _ in
            called = true
            return ImportCounts(read: 0, skipped: 0)
        }
        guard case .alreadyImported(let s) = again else { return XCTFail("expected alreadyImported") }
        XCTAssertEqual(s.path, "first.csv")
        XCTAssertFalse(called)
        XCTAssertEqual(try store.sources().count, 1)
        XCTAssertEqual(try store.statistics().interactions["mention"], 2)
    }

    func testDigestKnownOnlyAtCommitRollsBackADuplicate() throws {
        let store = try Store.inMemory()
        _ = try importFirst(store)
        var called = false
        // The body runs (the digest is not known yet) and writes; the commit-time check finds
        // "aa" taken and rolls everything back.
        let again = try store.importSource(path: "renamed.csv", format: "csv", digest: { "aa" }) { sink in
            called = true
            try sink.account(AccountRecord(key: AccountKey(platform: "x", id: "9100000000009"), handle: "dr_new_fic"))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: 400))
            return ImportCounts(read: 2, skipped: 0)
        }
        guard case .alreadyImported(let s) = again else { return XCTFail("expected alreadyImported") }
        XCTAssertTrue(called)
        XCTAssertEqual(s.path, "first.csv")
        XCTAssertEqual(try store.sources().map(\.sha256), ["aa"])
        let stats = try store.statistics()
        XCTAssertEqual(stats.accounts, 3)
        XCTAssertEqual(stats.interactions["mention"], 2)
        XCTAssertEqual(stats.lastAt, 200)
    }

    func testDigestKnownOnlyAtCommitIsStored() throws {
        let store = try Store.inMemory()
        _ = try importFirst(store)
        let second = try store.importSource(path: "second.csv", format: "csv", digest: { "bb" }) { sink in
            try sink.edge(EdgeRecord(source: c, target: b, kind: "follow"))
            return ImportCounts(read: 1, skipped: 0)
        }
        guard case .imported(let s) = second else { return XCTFail("expected a new import") }
        XCTAssertEqual(s.sha256, "bb")
        XCTAssertEqual(try store.sources().map(\.sha256), ["aa", "bb"])
        XCTAssertEqual(try store.statistics().edges["follow"], 3)
        // A failing digest (an unreadable file) fails the import and leaves the store as it was.
        XCTAssertThrowsError(try store.importSource(path: "third.csv", format: "csv", digest: { throw Interrupted() }) { sink in
            try sink.edge(EdgeRecord(source: c, target: a, kind: "mention"))
            return ImportCounts(read: 1, skipped: 0)
        })
        XCTAssertEqual(try store.sources().count, 2)
        XCTAssertEqual(try store.statistics().edges["mention"], 1) // c → a not added
    }

    func testSecondSourceMergesAccountsAndEdges() throws {
        let store = try Store.inMemory()
        _ = try importFirst(store)
        _ = try store.importSource(path: "second.js", format: "x-archive", sha256: "bb") { sink in
            // Same platform id: one account; nil fields keep what the first source said.
            try sink.account(AccountRecord(key: a, handle: "dr_ada_renamed_fic", bio: nil, followersCount: 12))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: 50))
            return ImportCounts(read: 2, skipped: 0)
        }
        let stats = try store.statistics()
        XCTAssertEqual(stats.accounts, 3)
        XCTAssertEqual(stats.edges["mention"], 1)
        // Overlapping sources: the edge counts as the most any one source saw (2), not 2 + 1.
        XCTAssertEqual(stats.interactions["mention"], 2)
        XCTAssertEqual(stats.firstAt, 50)
        let g = try store.loadGraph().graph
        let mention = try XCTUnwrap(g.kindID("mention"))
        let e = try XCTUnwrap(g.outAdjacency.range(0).first { g.kind(ofEdge: $0) == mention })
        XCTAssertEqual(g.count(ofEdge: e), 2)
        XCTAssertEqual(g.firstSeen(ofEdge: e), 50)
        XCTAssertEqual(g.lastSeen(ofEdge: e), 200)
        let ada = try XCTUnwrap(try store.accounts().first { $0.platformID == a.id })
        XCTAssertEqual(ada.handle, "dr_ada_renamed_fic")
        XCTAssertEqual(ada.name, "Ada")
        XCTAssertEqual(ada.bio, "Cardiologist")
        XCTAssertEqual(ada.followersCount, 12)
    }

    func testFailedImportLeavesStoreExactlyAsBefore() throws {
        let path = temporaryStorePath()
        let store = try Store(path: path)
        _ = try importFirst(store)
        let before = try store.statistics()
        XCTAssertThrowsError(try store.importSource(path: "bad.csv", format: "csv", sha256: "cc") { sink in
            try sink.account(AccountRecord(key: c, handle: "should_not_stay_fic"))
            try sink.edge(EdgeRecord(source: c, target: AccountKey(platform: "x", id: "new"), kind: "reply"))
            throw Interrupted()
        })
        XCTAssertEqual(try store.statistics(), before)
        XCTAssertEqual(try store.sources().map(\.sha256), ["aa"])
        XCTAssertNil(try store.accounts().first { $0.handle == "should_not_stay_fic" })
        // And from a second connection to the file.
        XCTAssertEqual(try Store(path: path).statistics(), before)
    }

    func testLoadGraphMapsAccountsToNodes() throws {
        let store = try Store.inMemory()
        _ = try importFirst(store)
        let loaded = try store.loadGraph()
        let g = loaded.graph
        XCTAssertEqual(g.nodeCount, 3)
        XCTAssertEqual(g.edgeCount, 4)
        XCTAssertEqual(loaded.accounts.map(\.platformID), [a.id, b.id, c.id])
        let mention = try XCTUnwrap(g.kindID("mention"))
        let e = try XCTUnwrap(g.outAdjacency.range(0).first { g.kind(ofEdge: $0) == mention })
        XCTAssertEqual(g.outAdjacency.targets[e], 1)
        XCTAssertEqual(g.count(ofEdge: e), 2)
        XCTAssertEqual(g.firstSeen(ofEdge: e), 100)
        XCTAssertEqual(g.lastSeen(ofEdge: e), 200)
        let follows = try store.loadGraph(kinds: ["follow"], times: false).graph
        XCTAssertEqual(follows.edgeCount, 2)
        XCTAssertFalse(follows.hasTimes)
    }

    func testNotAStoreIsAClearError() throws {
        let path = temporaryStorePath()
        try Data("this is not sqlite, it is a text file of some length".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Store(path: path)) { error in
            XCTAssertTrue("\(error)".contains("not a Curbside store"), "\(error)")
        }
    }
}
