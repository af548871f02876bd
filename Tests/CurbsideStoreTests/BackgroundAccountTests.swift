import XCTest
import CurbsideGraph
@testable import CurbsideStore

/// Imports large enough that bare accounts go in on the background writer
/// (``ImportSession/backgroundBatch`` at a time), fed through both edge entry points (records
/// and UTF-8 bytes), with account records in between: ids still follow first appearance,
/// every edge lands, and a failure mid-way leaves the store as it was.
final class BackgroundAccountTests: XCTestCase {
    private let n = 3 * ImportSession.backgroundBatch + 1_000

    private func key(_ i: Int) -> AccountKey {
        // Every 9th id is long (> 15 bytes: compared out of line in the key table).
        AccountKey(platform: "snap", id: i % 9 == 0 ? "long-account-id-number-\(i)" : "\(i)")
    }

    /// Edge `r` of the synthetic list: `r → r + 1`, plus `r → r / 2` on every third row.
    private func edges(_ r: Int) -> [(Int, Int)] {
        r % 3 == 0 ? [(r, r + 1), (r, r / 2)] : [(r, r + 1)]
    }

    func testBackgroundBatchesKeepFirstAppearanceOrder() throws {
        let store = try Store.inMemory()
        var expected: [AccountKey] = []
        var seen = Set<AccountKey>()
        func note(_ k: AccountKey) { if seen.insert(k).inserted { expected.append(k) } }
        var pairs = Set<[Int]>()
        _ = try store.importSource(path: "big", format: "snap", sha256: "big") { sink in
            for r in 0..<n {
                if r % 10_000 == 5_000 {
                    // An account record in the middle: pending and in-flight batches go first.
                    note(key(r + 7))
                    try sink.account(AccountRecord(key: key(r + 7), handle: "acct_\(r)_fic"))
                }
                for (u, v) in edges(r) {
                    note(key(u)); note(key(v))
                    pairs.insert([u, v])
                    if r % 2 == 0 {
                        try sink.edge(EdgeRecord(source: key(u), target: key(v), kind: "follow"))
                    } else {
                        var s = key(u).id, t = key(v).id
                        try s.withUTF8 { s in
                            try t.withUTF8 { t in
                                try sink.edge(platform: "snap", source: s, target: t, kind: "follow", count: 1, firstAt: nil, lastAt: nil)
                            }
                        }
                    }
                }
            }
            return ImportCounts(read: n, skipped: 0)
        }
        let accounts = try store.accounts()
        XCTAssertEqual(accounts.count, expected.count)
        XCTAssertEqual(accounts.map { AccountKey(platform: $0.platform, id: $0.platformID) }, expected)
        XCTAssertEqual(accounts.map(\.id), Array(1...Int64(expected.count)))
        XCTAssertEqual(accounts.filter { $0.handle != nil }.count, n / 10_000 + (n % 10_000 > 5_000 ? 1 : 0))
        XCTAssertEqual(try store.statistics().edges, ["follow": pairs.count])
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM account_source WHERE source_id = 1"), Int64(expected.count))

        let loaded = try store.loadGraph()
        var found = Set<[Int]>()
        let index = Dictionary(uniqueKeysWithValues: expected.enumerated().map { ($0.element.id, $0.offset) })
        let number = { (id: String) in Int(id.split(separator: "-").last!)! }
        for u in 0..<UInt32(loaded.graph.nodeCount) {
            for e in loaded.graph.outAdjacency.range(u) {
                let a = loaded.accounts[Int(u)], b = loaded.accounts[Int(loaded.graph.outAdjacency.targets[e])]
                XCTAssertEqual(index[a.platformID], Int(u))
                found.insert([number(a.platformID), number(b.platformID)])
            }
        }
        XCTAssertEqual(found, pairs)
    }

    func testFailureWhileBatchesAreInFlightRollsBack() throws {
        let store = try Store.inMemory()
        struct Bad: Error {}
        XCTAssertThrowsError(try store.importSource(path: "a", format: "snap", sha256: "a") { sink in
            for r in 0..<n { try sink.edge(EdgeRecord(source: key(r), target: key(r + 1), kind: "follow")) }
            throw Bad()
        })
        XCTAssertEqual(try store.statistics().accounts, 0)
        XCTAssertEqual(try store.sources().count, 0)
        // The store still works: the same source imports afterwards.
        _ = try store.importSource(path: "a", format: "snap", sha256: "a") { sink in
            for r in 0..<n { try sink.edge(EdgeRecord(source: key(r), target: key(r + 1), kind: "follow")) }
            return ImportCounts(read: n, skipped: 0)
        }
        XCTAssertEqual(try store.statistics().accounts, n + 1)
        XCTAssertEqual(try store.accounts().last?.platformID, key(n).id)
    }
}
