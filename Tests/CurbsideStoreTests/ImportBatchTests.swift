import XCTest
import CurbsideGraph
@testable import CurbsideStore

/// The import session's batched paths: bare accounts inserted 100 at a time (ids still in
/// first-appearance order, interleaved with account records), accounts that exist already,
/// long edge lists written in multi-row statements, long and short ids in the key table.
final class ImportBatchTests: XCTestCase {
    private func key(_ i: Int) -> AccountKey {
        // Short ids are kept inline in the key table; every 7th id is long (> 15 bytes).
        AccountKey(platform: i % 5 == 0 ? "mastodon" : "x", id: i % 7 == 0 ? "https://example.org/users/\(i)" : "\(i)")
    }

    func testBatchedAccountsKeepFirstAppearanceOrder() throws {
        let store = try Store.inMemory()
        var expected: [AccountKey] = []
        var seen = Set<AccountKey>()
        func note(_ k: AccountKey) { if seen.insert(k).inserted { expected.append(k) } }
        var edges: [(Int, Int, String, Int64?)] = []
        _ = try store.importSource(path: "a", format: "csv", sha256: "a") { sink in
            var state: UInt64 = 7
            func next(_ n: Int) -> Int {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return Int((state >> 33) % UInt64(n))
            }
            for r in 0..<1234 {
                let u = next(700), v = next(700)
                if r % 97 == 0 {
                    note(key(u))
                    try sink.account(AccountRecord(key: key(u), handle: "h\(u)"))
                }
                note(key(u)); note(key(v))
                let kind = r % 3 == 0 ? "mention" : "follow"
                let t: Int64? = r % 2 == 0 ? Int64(r) : nil
                try sink.edge(EdgeRecord(source: key(u), target: key(v), kind: kind, at: t))
                edges.append((u, v, kind, t))
            }
            return ImportCounts(read: 1234, skipped: 0)
        }
        let accounts = try store.accounts()
        XCTAssertEqual(accounts.map { AccountKey(platform: $0.platform, id: $0.platformID) }, expected)
        XCTAssertEqual(accounts.map(\.id), Array(1...Int64(expected.count)))

        // Every edge is there, merged, with its times.
        var merged: [String: (count: Int, first: Int64?, last: Int64?)] = [:]
        for (u, v, kind, t) in edges {
            let k = "\(key(u).platform)/\(key(u).id)>\(key(v).platform)/\(key(v).id)#\(kind)"
            var m = merged[k] ?? (0, nil, nil)
            m.count += 1
            if let t { m.first = min(m.first ?? t, t); m.last = max(m.last ?? t, t) }
            merged[k] = m
        }
        let loaded = try store.loadGraph()
        let g = loaded.graph
        XCTAssertEqual(g.edgeCount, merged.count)
        for u in 0..<UInt32(g.nodeCount) {
            for e in g.outAdjacency.range(u) {
                let a = loaded.accounts[Int(u)], b = loaded.accounts[Int(g.outAdjacency.targets[e])]
                let k = "\(a.platform)/\(a.platformID)>\(b.platform)/\(b.platformID)#\(g.kindLabel(ofEdge: e))"
                let m = try XCTUnwrap(merged[k], k)
                XCTAssertEqual(Int(g.count(ofEdge: e)), m.count, k)
                XCTAssertEqual(g.firstSeen(ofEdge: e), m.first, k)
                XCTAssertEqual(g.lastSeen(ofEdge: e), m.last, k)
            }
        }

        // A second source naming old and new accounts: old ids are reused, new ones follow.
        _ = try store.importSource(path: "b", format: "csv", sha256: "b") { sink in
            for i in 650..<900 { try sink.edge(EdgeRecord(source: key(i), target: key(0), kind: "follow")) }
            return ImportCounts(read: 250, skipped: 0)
        }
        let after = try store.accounts()
        XCTAssertEqual(Array(after.prefix(accounts.count)), accounts)
        XCTAssertEqual(Set(after.map { AccountKey(platform: $0.platform, id: $0.platformID) }).count, after.count)
        XCTAssertEqual(after.map(\.id), Array(1...Int64(after.count)))
        let links = try store.db.scalar("SELECT COUNT(*) FROM account_source WHERE source_id = 2")
        XCTAssertEqual(links, Int64(Set((650..<900).map(key) + [key(0)]).count))
    }

    func testStrictErrorAfterBatchesRollsBack() throws {
        let store = try Store.inMemory()
        struct Bad: Error {}
        XCTAssertThrowsError(try store.importSource(path: "a", format: "csv", sha256: "a") { sink in
            for i in 0..<450 { try sink.edge(EdgeRecord(source: key(i), target: key(i + 1), kind: "follow")) }
            try sink.account(AccountRecord(key: key(3), name: "flushes the pending batch"))
            throw Bad()
        })
        XCTAssertEqual(try store.statistics().accounts, 0)
        XCTAssertEqual(try store.sources().count, 0)
    }
}
