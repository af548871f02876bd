import CurbsideGraph
import XCTest
@testable import CurbsideStore

final class ForgetAndLinkTests: XCTestCase {
    private let ada = AccountKey(platform: "x", id: "9100000000001")
    private let ben = AccountKey(platform: "x", id: "9100000000002")
    private let cy = AccountKey(platform: "x", id: "9100000000003")
    private let adaMastodon = AccountKey(platform: "mastodon", id: "ada_fic@example.social")

    private func twoSources() throws -> (Store, SourceInfo, SourceInfo) {
        let store = try Store.inMemory()
        let first = try store.importSource(path: "a.csv", format: "csv", sha256: "aa") { sink in
            try sink.account(AccountRecord(key: ada, handle: "ada_fic", name: "Ada", bio: "Cardiologist"))
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "follow"))
            try sink.edge(EdgeRecord(source: ben, target: ada, kind: "follow"))
            return ImportCounts(read: 3, skipped: 0)
        }.source
        let second = try store.importSource(path: "b.js", format: "x-archive", sha256: "bb") { sink in
            try sink.account(AccountRecord(key: ada, handle: "ada_renamed_fic", bio: nil, followersCount: 7))
            try sink.edge(EdgeRecord(source: ada, target: cy, kind: "mention", at: 10))
            try sink.hashtag(HashtagRecord(account: ada, tag: "cardiotwitter"))
            return ImportCounts(read: 3, skipped: 0)
        }.source
        return (store, first, second)
    }

    func testForgetRemovesOnlyThatSourceAndRestoresFields() throws {
        let (store, _, second) = try twoSources()
        XCTAssertEqual(try store.accounts().first { $0.platformID == ada.id }?.handle, "ada_renamed_fic")
        let summary = try store.forget(source: second)
        XCTAssertEqual(summary.edgesRemoved, 1)
        XCTAssertEqual(summary.hashtagsRemoved, 1)
        XCTAssertEqual(summary.accountsRemoved, 1)  // cy was only in the second source
        let stats = try store.statistics()
        XCTAssertEqual(stats.accounts, 2)
        XCTAssertEqual(stats.edges, ["follow": 2])
        XCTAssertEqual(stats.sources, 1)
        let a = try XCTUnwrap(try store.accounts().first { $0.platformID == ada.id })
        XCTAssertEqual(a.handle, "ada_fic")
        XCTAssertEqual(a.bio, "Cardiologist")
        XCTAssertNil(a.followersCount)
        XCTAssertTrue(try store.hashtagsByAccount().isEmpty)
    }

    func testSourceMatchingByIDPathAndDigestPrefix() throws {
        let (store, first, _) = try twoSources()
        XCTAssertEqual(try store.source(matching: "1")?.id, first.id)
        XCTAssertEqual(try store.source(matching: "a.csv")?.id, first.id)
        XCTAssertNil(try store.source(matching: "zz"))
    }

    func testLinkMergesAccountsReversibly() throws {
        let (store, _, _) = try twoSources()
        _ = try store.importSource(path: "m.json", format: "mastodon", sha256: "cc") { sink in
            try sink.account(AccountRecord(key: adaMastodon, handle: "ada_fic"))
            try sink.edge(EdgeRecord(source: adaMastodon, target: ben, kind: "mention", at: 20))
            return ImportCounts(read: 2, skipped: 0)
        }
        XCTAssertEqual(try store.loadGraph().graph.nodeCount, 4)
        let links = [
            PersonLink(platform: "x", account: "@ADA_RENAMED_FIC", person: "Dr Ada", line: 2),
            PersonLink(platform: "mastodon", account: adaMastodon.id, person: "Dr Ada", line: 3),
        ]
        let result = try store.addLinks(path: "people.csv", sha256: "dd", links: links)
        XCTAssertEqual(result.set.accounts, 2)
        XCTAssertEqual(result.set.persons, 1)
        let merged = try store.loadGraph()
        XCTAssertEqual(merged.graph.nodeCount, 3)
        let adaNode = try XCTUnwrap(merged.accounts.firstIndex { $0.platformID == ada.id })
        XCTAssertEqual(merged.mergedAccounts[UInt32(adaNode)]?.count, 2)
        // Ada's mention of Ben from Mastodon now leaves the merged node.
        XCTAssertEqual(merged.graph.outAdjacency.degree(UInt32(adaNode)), 3)  // follow ben, mention cy, mention ben
        XCTAssertEqual(try store.addLinks(path: "again.csv", sha256: "dd", links: links).alreadyApplied, true)
        XCTAssertTrue(try store.removeLinks(id: result.set.id))
        XCTAssertEqual(try store.loadGraph().graph.nodeCount, 4)
    }

    func testUnresolvedLinksFailOrSkip() throws {
        let (store, _, _) = try twoSources()
        let links = [PersonLink(platform: "x", account: "@nobody_fic", person: "P", line: 5),
                     PersonLink(platform: "x", account: ada.id, person: "P", line: 6)]
        XCTAssertThrowsError(try store.addLinks(path: "p.csv", sha256: "ee", links: links)) { error in
            XCTAssertEqual((error as? UnresolvedLinks)?.lines, [5])
        }
        XCTAssertTrue(try store.linkSets().isEmpty)
        let r = try store.addLinks(path: "p.csv", sha256: "ee", links: links, skipUnresolved: true)
        XCTAssertEqual(r.skippedLines, [5])
        XCTAssertEqual(r.set.accounts, 1)
    }

    /// A store written before claims existed gets them from its account rows, so forget works on it.
    func testVersionOneStoreMigratesWithClaims() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let db = try Connection(path: path)
            try db.execute("CREATE TABLE migration (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)")
            try db.execute(Schema.migrations[0].sql)
            try db.execute("INSERT INTO migration VALUES ('v1-core', 0)")
            try db.execute("INSERT INTO source(id, path, format, sha256, imported_at, records_read, records_skipped) VALUES (1, 'old.csv', 'csv', 'ab', 0, 1, 0)")
            try db.execute("INSERT INTO account(id, platform, platform_id, handle, updated_by) VALUES (1, 'x', '1', 'old_fic', 1)")
            try db.execute("INSERT INTO account_source VALUES (1, 1)")
        }
        let store = try Store(path: path)
        XCTAssertEqual(try store.appliedMigrations(), ["v1-core", "v2-claims-and-links", "v3-activity", "v4-events", "v5-labels"])
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM account_claim WHERE handle = 'old_fic'"), 1)
        _ = try store.forget(source: try XCTUnwrap(try store.source(matching: "1")))
        XCTAssertEqual(try store.statistics().accounts, 0)
    }
}
