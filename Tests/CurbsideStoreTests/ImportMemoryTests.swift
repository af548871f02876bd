import XCTest
import CSQLite
import CurbsideGraph
@testable import CurbsideStore

/// Issue #11 item 5: an import's memory follows its distinct ties and accounts, not its
/// rows, and past a limit it stops with an error naming the file and the limit (never an
/// allocation abort), leaving the store as it was.
final class ImportMemoryTests: XCTestCase {
    private func key(_ id: String) -> AccountKey { AccountKey(platform: "csv", id: id) }

    /// 100,000 copies of `a_fic → b_fic` (the issue's `yes a,b` file, smaller): the session
    /// never holds more than its merge threshold plus one tie, and the store gets one edge
    /// counted 100,000 times.
    func testRepeatedRowsAreMergedAsTheyStream() throws {
        let store = try Store.inMemory()
        store.importLimits.compactionRows = 1_000
        var mostGathered = 0
        _ = try store.importSource(path: "repeated.csv", format: "csv", sha256: "r") { sink in
            let session = try XCTUnwrap(sink as? ImportSession)
            for i in 0 ..< 100_000 {
                try sink.edge(EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "edge"))
                if i % 97 == 0 { mostGathered = max(mostGathered, session.gatheredEdges) }
            }
            mostGathered = max(mostGathered, session.gatheredEdges)
            return ImportCounts(read: 100_000, skipped: 0)
        }
        // Merged every time 1,000 rows gathered: at most 1,000 rows plus the merged tie.
        XCTAssertLessThanOrEqual(mostGathered, 1_001)
        XCTAssertEqual(try rows(store, "SELECT count, first_at, last_at FROM edge"), ["100000|NULL|NULL"])
        XCTAssertEqual(try store.statistics().edges["edge"], 1)
    }

    /// Merging as rows stream stores exactly what merging once at the end stored: counts,
    /// first and last times (timed, untimed and mixed repeats), several kinds, the activity
    /// and event tables, across many merges.
    func testMergingAsTheyStreamStoresTheSameRows() throws {
        func dump(compactionRows: Int) throws -> [String] {
            let store = try Store.inMemory()
            store.importLimits.compactionRows = compactionRows
            _ = try store.importSource(path: "ties.csv", format: "csv", sha256: "t") { sink in
                var state: UInt64 = 11
                func next(_ n: Int) -> Int {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return Int((state >> 33) % UInt64(n))
                }
                for r in 0 ..< 20_000 {
                    let u = next(40), v = next(40)
                    let kind = ["follow", "mention", "reply"][next(3)]
                    let time: Int64? = next(4) == 0 ? nil : 1_700_000_000 + Int64(next(1_000_000)) - Int64(r)
                    let count = next(10) == 0 ? 3 : 1
                    try sink.edge(EdgeRecord(source: key("u\(u)_fic"), target: key("u\(v)_fic"), kind: kind,
                                             count: count, firstAt: time, lastAt: time))
                }
                return ImportCounts(read: 20_000, skipped: 0)
            }
            return try rows(store, "SELECT * FROM edge") + rows(store, "SELECT * FROM event")
                + rows(store, "SELECT * FROM activity") + rows(store, "SELECT * FROM account ORDER BY id")
        }
        let once = try dump(compactionRows: .max)
        XCTAssertGreaterThan(once.count, 1_600)
        XCTAssertEqual(try dump(compactionRows: 500), once)
    }

    /// Past the memory limit the import stops with a `StoreError` naming the file, the
    /// limit and what was held, and the store is exactly as before.
    func testMemoryLimitStopsTheImportAndLeavesTheStore() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-mem-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try Store(path: path)
        _ = try store.importSource(path: "small.csv", format: "csv", sha256: "s") { sink in
            try sink.edge(EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "follow"))
            return ImportCounts(read: 1, skipped: 0)
        }
        let before = try store.statistics()
        store.importLimits.maxMemoryBytes = 4 << 20
        XCTAssertThrowsError(try store.importSource(path: "distinct.csv", format: "csv", sha256: "d") { sink in
            for i in 0 ..< 200_000 {
                try sink.edge(EdgeRecord(source: key("s\(i % 1_000)_fic"), target: key("t\(i)_fic"), kind: "follow"))
            }
            return ImportCounts(read: 200_000, skipped: 0)
        }) { error in
            let message = "\(error)"
            XCTAssertTrue(error is StoreError, message)
            XCTAssertTrue(message.hasPrefix("distinct.csv: the import would need about "), message)
            XCTAssertTrue(message.contains("over the limit of 4 MiB"), message)
            XCTAssertTrue(message.contains("--max-memory"), message)
        }
        XCTAssertEqual(try store.statistics(), before)
        XCTAssertEqual(try store.sources().map(\.path), ["small.csv"])
    }

    /// Session indices are `UInt32`: past ``ImportLimits/maxAccounts`` the import stops
    /// with an error naming the file and the limit (lowered here to 1,000).
    func testAccountLimitStopsTheImport() throws {
        let store = try Store.inMemory()
        store.importLimits.maxAccounts = 1_000
        XCTAssertThrowsError(try store.importSource(path: "many.csv", format: "csv", sha256: "m") { sink in
            for i in 0 ..< 600 {
                try sink.edge(EdgeRecord(source: key("s\(i)_fic"), target: key("t\(i)_fic"), kind: "follow"))
            }
            return ImportCounts(read: 600, skipped: 0)
        }) { error in
            XCTAssertEqual("\(error)", "many.csv: more than 1000 accounts, the most one import can hold "
                           + "(accounts are numbered with 32 bits); split the file")
        }
        XCTAssertEqual(try store.statistics().accounts, 0)
    }
}

/// The rows of `sql`, columns joined by `|` (NULL as `NULL`).
private func rows(_ store: Store, _ sql: String) throws -> [String] {
    let s = try store.db.prepare(sql)
    var out: [String] = []
    while try s.step() {
        out.append((0 ..< sqlite3_column_count(s.handle)).map { s.string($0) ?? "NULL" }.joined(separator: "|"))
    }
    return out
}
