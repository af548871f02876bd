import CSQLite
import Foundation
import XCTest
@testable import CurbsideStore

/// The connection's prepared-statement cache: statements are reused by SQL text, come back
/// reset and without bindings, a nested use of the same SQL gets its own statement, the
/// cache stays bounded, a rolled-back temporary table is made again, and closing the
/// store finalizes what the cache holds.
final class StatementCacheTests: XCTestCase {
    private func connection() throws -> Connection { try Connection(path: ":memory:") }

    func testAReleasedStatementIsReusedForTheSameSQL() throws {
        let db = try connection()
        var first: OpaquePointer?
        do {
            let s = try db.prepare("SELECT 1")
            first = s.handle
            XCTAssertTrue(try s.step())
        }
        XCTAssertEqual(db.cachedStatementCount, 1)
        let again = try db.prepare("SELECT 1")
        XCTAssertEqual(again.handle, first)
        XCTAssertEqual(db.cachedStatementCount, 0, "a statement in use is checked out of the cache")
        XCTAssertTrue(try again.step())
        XCTAssertEqual(again.int64(0), 1)
        XCTAssertNotEqual(try db.prepare("SELECT 2").handle, first)
    }

    func testAStatementComesBackResetAndWithoutBindings() throws {
        let db = try connection()
        try db.execute("CREATE TABLE t(x INTEGER)")
        try db.execute("INSERT INTO t VALUES (1), (2), (3)")
        do {
            let s = try db.prepare("SELECT x FROM t WHERE x >= ? ORDER BY x")
            s.bind(1, 2)
            XCTAssertTrue(try s.step())
            XCTAssertEqual(s.int64(0), 2)
            // Released mid-rows: no read may stay open.
        }
        XCTAssertNil(sqlite3_next_stmt(db.handle, nil).flatMap { sqlite3_stmt_busy($0) != 0 ? $0 : nil })
        let s = try db.prepare("SELECT x FROM t WHERE x >= ? ORDER BY x")
        // No binding: `x >= NULL` holds for no row.
        XCTAssertFalse(try s.step())
        s.reset()
        s.bind(1, 3)
        XCTAssertTrue(try s.step())
        XCTAssertEqual(s.int64(0), 3)
    }

    func testTheSameSQLInUseTwiceGetsTwoStatements() throws {
        let db = try connection()
        try db.execute("CREATE TABLE t(x INTEGER)")
        try db.execute("INSERT INTO t VALUES (1), (2)")
        let sql = "SELECT x FROM t ORDER BY x"
        let outer = try db.prepare(sql)
        var pairs: [(Int64, Int64)] = []
        while try outer.step() {
            let inner = try db.prepare(sql)
            XCTAssertNotEqual(inner.handle, outer.handle)
            while try inner.step() { pairs.append((outer.int64(0), inner.int64(0))) }
        }
        XCTAssertEqual(pairs.map { "\($0.0)\($0.1)" }, ["11", "12", "21", "22"])
        XCTAssertEqual(db.cachedStatementCount, 1, "the nested statement went back, the outer one is still out")
        withExtendedLifetime(outer) {}
        XCTAssertEqual(db.cachedStatementCount, 1, "of two statements for one SQL, one is kept")
    }

    func testTheCacheIsBounded() throws {
        let db = try connection()
        for i in 0 ..< Connection.cacheCapacity + 20 { _ = try db.prepare("SELECT \(i)") }
        XCTAssertEqual(db.cachedStatementCount, Connection.cacheCapacity)
        // The most recent one is kept (taken out of the cache), the oldest was finalized.
        let recent = try db.prepare("SELECT \(Connection.cacheCapacity + 19)")
        XCTAssertEqual(db.cachedStatementCount, Connection.cacheCapacity - 1)
        let oldest = try db.prepare("SELECT 0")
        XCTAssertEqual(db.cachedStatementCount, Connection.cacheCapacity - 1)
        withExtendedLifetime((recent, oldest)) {}
    }

    func testATemporaryTableRolledBackIsMadeAgain() throws {
        let db = try connection()
        try db.execute("CREATE TABLE t(x INTEGER)")
        struct Stop: Error {}
        XCTAssertThrowsError(try db.transaction {
            try db.ensureTemporaryTable("scratch", "CREATE TEMP TABLE IF NOT EXISTS scratch(x INTEGER)")
            try db.run("INSERT INTO scratch VALUES (1)")
            throw Stop()
        })
        try db.transaction {
            try db.ensureTemporaryTable("scratch", "CREATE TEMP TABLE IF NOT EXISTS scratch(x INTEGER)")
            try db.run("INSERT INTO scratch VALUES (2)")
        }
        XCTAssertEqual(try db.scalar("SELECT SUM(x) FROM scratch"), 2)
    }

    /// A store closed with statements in its cache closes its file: the last connection to a
    /// WAL store removes the -wal file on close, which a connection kept open as a zombie
    /// by unfinalized statements does not.
    func testClosingTheStoreFinalizesTheCache() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.sqlite").path
        do {
            let store = try Store(path: path)
            _ = try store.importSource(path: "a", format: "csv", sha256: "a") { sink in
                try sink.edge(EdgeRecord(source: AccountKey(platform: "x", id: "1"), target: AccountKey(platform: "x", id: "2"), kind: "follow"))
                return ImportCounts(read: 1, skipped: 0)
            }
            _ = try store.statistics()
            XCTAssertGreaterThan(store.db.cachedStatementCount, 10)
            XCTAssertTrue(FileManager.default.fileExists(atPath: path + "-wal"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Import and forget, again and again, in one store (as the fuzz `store` target does):
    /// every source, of every size around the batch and its power-of-two tails, leaves the
    /// same rows as in a fresh store, whatever the cached statements held before.
    func testImportsThroughCachedStatementsMatchAFreshStore() throws {
        let reused = try Store.inMemory()
        for n in [0, 1, 2, 3, 5, 99, 100, 101, 163, 37, 600, 1, 7] {
            let source = { (sink: RecordSink) throws -> ImportCounts in
                for i in 0 ..< n {
                    let a = AccountKey(platform: "x", id: "a\(i % 150)_fic"), b = AccountKey(platform: "x", id: "b\(i)_fic")
                    if i % 11 == 0 { try sink.account(AccountRecord(key: a, handle: "h\(i)_fic")) }
                    try sink.edge(EdgeRecord(source: a, target: b, kind: i % 2 == 0 ? "mention" : "follow",
                                             at: i % 3 == 0 ? nil : Int64(1_700_000_000 + 60 * (n - i)), hashtags: i % 4 == 0 ? ["Tag\(i % 3)"] : nil))
                    if i % 13 == 0 { try sink.hashtag(HashtagRecord(account: a, tag: "t\(i % 5)", count: 1 + i % 3)) }
                }
                return ImportCounts(read: n, skipped: 0)
            }
            let fresh = try Store.inMemory()
            _ = try fresh.importSource(path: "s\(n)", format: "csv", sha256: "s\(n)", importedAt: 1, source)
            let outcome = try reused.importSource(path: "s\(n)", format: "csv", sha256: "s\(n)", importedAt: 1, source)
            XCTAssertEqual(try Self.rows(reused), try Self.rows(fresh), "\(n) records")
            _ = try reused.forget(source: outcome.source)
            XCTAssertEqual(try reused.statistics().accounts, 0)
        }
        // Every statement of these cycles stays cached (92 here): none is evicted and prepared again.
        XCTAssertLessThan(reused.db.cachedStatementCount, Connection.cacheCapacity / 2)
    }

    /// Every row of the store's data tables, sorted (not `kind`: forgetting keeps kinds, and
    /// an empty source registers the builder's default kind `edge`; the sources here use the
    /// built-in kinds, whose ids are fixed).
    static func rows(_ store: Store) throws -> [String] {
        var out: [String] = []
        for table in ["source", "account", "account_source", "account_claim", "edge", "event", "tag", "event_tag", "hashtag", "activity"] {
            let s = try store.db.prepare("SELECT * FROM \(table)")
            let columns = sqlite3_column_count(s.handle)
            var rows: [String] = []
            while try s.step() {
                rows.append(table + ": " + (0 ..< columns).map { s.isNull($0) ? "NULL" : s.string($0) ?? "" }.joined(separator: "|"))
            }
            out += rows.sorted()
        }
        return out
    }
}
