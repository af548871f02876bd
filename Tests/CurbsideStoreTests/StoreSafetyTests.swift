import CSQLite
import Foundation
import XCTest
import CurbsideGraph
@testable import CurbsideStore

/// Issue #11: readers open read-only and never migrate, foreign databases are refused,
/// a damaged store is an error (never a trap), and `check`/`repair` find and remove damage.
final class StoreSafetyTests: XCTestCase {
    private func temporaryPath(_ name: String = "store.sqlite") -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-safety-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir.appendingPathComponent(name).path
    }

    /// Runs SQL on the file with a plain SQLite connection (another program, or damage).
    private func sql(_ path: String, _ statements: String) throws {
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(db, statements, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "\(rc)"
            sqlite3_free(error)
            throw StoreError(message)
        }
    }

    private func message(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    /// A store file with three fictional accounts, follows, timed mentions and a hashtag.
    private func smallStore() throws -> String {
        let path = temporaryPath()
        let store = try Store(path: path)
        let a = AccountKey(platform: "x", id: "9100000000001"), b = AccountKey(platform: "x", id: "9100000000002")
        let c = AccountKey(platform: "x", id: "9100000000003")
        _ = try store.importSource(path: "net.csv", format: "csv", sha256: "aa", importedAt: 1_700_000_000) { sink in
            try sink.account(AccountRecord(key: a, handle: "dr_ada_fic", name: "Ada", bio: "Cardiologist"))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "follow"))
            try sink.edge(EdgeRecord(source: b, target: c, kind: "follow"))
            try sink.edge(EdgeRecord(source: c, target: a, kind: "mention", at: 1_700_000_100))
            try sink.hashtag(HashtagRecord(account: a, tag: "cardiotwitter", at: 1_700_000_100))
            return ImportCounts(read: 5, skipped: 0)
        }
        return path
    }

    func testReadersAndWritersRefuseAnotherProgramsDatabaseWithoutChangingIt() throws {
        let path = temporaryPath("other-app.sqlite")
        try sql(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('private');")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let read = message { try Store(path: path, access: .readOnly) }
        XCTAssertTrue(read.contains("\(path) is not a Curbside store"), read)
        XCTAssertTrue(read.contains("notes"), read)
        XCTAssertFalse(read.contains("private"), read)
        let write = message { try Store(path: path) }
        XCTAssertTrue(write.contains("\(path) is not a Curbside store"), write)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testAReaderLeavesAnEmptyFileEmptyAndAWriterInitialisesIt() throws {
        let path = temporaryPath()
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let read = message { try Store(path: path, access: .readOnly) }
        XCTAssertTrue(read.contains("\(path) is empty"), read)
        XCTAssertTrue(read.contains("curbside import"), read)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, 0)
        XCTAssertEqual(try Store(path: path).appliedMigrations().count, Schema.migrations.count)
        XCTAssertEqual(try Store(path: path, access: .readOnly).statistics().accounts, 0)
    }

    func testAReaderNeverMigratesAnOlderStore() throws {
        let path = try smallStore()
        try sql(path, "DROP TABLE account_label; DROP TABLE label_set; DELETE FROM migration WHERE name = 'v5-labels';")
        let read = message { try Store(path: path, access: .readOnly) }
        XCTAssertTrue(read.contains("older Curbside"), read)
        XCTAssertTrue(read.contains("v5-labels"), read)
        XCTAssertTrue(read.contains("curbside check --repair --db \(path)"), read)
        // Still four migrations: the reader changed nothing. A writer upgrades it.
        var db: OpaquePointer?
        sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil)
        var s: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM migration", -1, &s, nil)
        sqlite3_step(s)
        XCTAssertEqual(sqlite3_column_int(s, 0), 4)
        sqlite3_finalize(s)
        sqlite3_close(db)
        XCTAssertEqual(try Store(path: path).appliedMigrations().last, "v5-labels")
        XCTAssertEqual(try Store(path: path, access: .readOnly).statistics().accounts, 3)
    }

    func testAReaderDoesNotWriteAndSavesThroughAWriterOnlyWhenAsked() throws {
        let path = try smallStore()
        let store = try Store(path: path, access: .readOnly)
        XCTAssertEqual(try store.statistics().accounts, 3)
        let denied = message { try store.forget(source: try store.sources()[0]) }
        XCTAssertTrue(denied.contains("readonly") || denied.contains("read-only"), denied)
        XCTAssertEqual(try store.statistics().sources, 1)
        let run = try store.saveScores(run: "test", parameters: nil, scores: ["m": [(1, 0.5)]])
        XCTAssertEqual(run, 1)
    }

    /// A WAL store on read-only media: the -shm cannot be created, so SQLite's plain
    /// read-only open fails; the store is read as immutable. `chattr +i` stops root too.
    func testAStoreOnReadOnlyMediaCanBeRead() throws {
        let path = try smallStore()
        let dir = (path as NSString).deletingLastPathComponent
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-shm"), "a closed writer leaves no -shm")
        func chattr(_ flag: String) -> Int32 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            p.arguments = [flag, path, dir]
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return -1 }
            p.waitUntilExit()
            return p.terminationStatus
        }
        guard chattr("+i") == 0 else { throw XCTSkip("chattr +i is not available here (needs root on ext4)") }
        defer { _ = chattr("-i") }
        XCTAssertFalse(FileManager.default.createFile(atPath: dir + "/probe", contents: Data()), "the folder should be immutable")
        // Plain SQLITE_OPEN_READONLY cannot read it (what the store did before)...
        var raw: OpaquePointer?
        sqlite3_open_v2(path, &raw, SQLITE_OPEN_READONLY, nil)
        XCTAssertNotEqual(sqlite3_exec(raw, "SELECT COUNT(*) FROM account", nil, nil, nil), SQLITE_OK)
        sqlite3_close(raw)
        // ...the store can.
        let store = try Store(path: path, access: .readOnly)
        XCTAssertEqual(try store.statistics().accounts, 3)
        XCTAssertEqual(try store.loadGraph().graph.edgeCount, 3)
        XCTAssertTrue(try store.check().isClean)
    }

    func testADanglingEdgeIsAnErrorNamingTheRowAndTheRepair() throws {
        let path = try smallStore()
        _ = try Store(path: path).addLinks(path: "p.csv", sha256: "pp", links: [
            PersonLink(platform: "x", account: "9100000000001", person: "ada", line: 2),
            PersonLink(platform: "x", account: "9100000000002", person: "ada", line: 3),
        ])
        try sql(path, "UPDATE edge SET dst = 99999999 WHERE kind = (SELECT id FROM kind WHERE label = 'mention');")
        let store = try Store(path: path, access: .readOnly)
        // Account ids 1, 2, 3 map to nodes directly (dense) and, with a linked person, through a table.
        for mergeLinked in [false, true] {
            let load = message { try store.loadGraph(mergeLinked: mergeLinked) }
            XCTAssertTrue(load.contains("\(path) is damaged: table edge, row (source_id 1, src 3, dst 99999999, kind 2): dst names no account"), load)
            XCTAssertTrue(load.contains("curbside check --repair --db \(path)"), load)
        }

        let report = try store.check()
        XCTAssertEqual(report.integrity, ["ok"])
        XCTAssertEqual(report.findings.map { "\($0.table): \($0.problem) ×\($0.rows) \($0.examples)" },
                       ["edge: dst names no account ×1 [\"(1, 3, 99999999, 2)\"]"])
        let writer = try Store(path: path)
        XCTAssertEqual(try writer.repair().map { "\($0.table): \($0.problem) ×\($0.rows)" }, ["edge: dst names no account ×1"])
        XCTAssertTrue(try writer.check().isClean)
        XCTAssertEqual(try Store(path: path, access: .readOnly).loadGraph(mergeLinked: false).graph.edgeCount, 2)
    }

    func testEveryValueLoadingReadsIsChecked() throws {
        let cases: [(damage: String, expected: String)] = [
            ("UPDATE edge SET src = -5 WHERE kind = 1 AND src = 1", "src names no account"),
            ("UPDATE edge SET kind = 77 WHERE kind = 1 AND src = 1", "kind 77 is not in table kind"),
            ("UPDATE edge SET kind = -3 WHERE kind = 1 AND src = 1", "kind -3 is not in table kind"),
            ("UPDATE edge SET count = 0 WHERE kind = 1 AND src = 1", "a count of 0"),
            ("UPDATE edge SET count = -9 WHERE kind = 1 AND src = 1", "a count of -9"),
            ("UPDATE edge SET first_at = -9223372036854775808 WHERE first_at IS NOT NULL", "outside 1900–9999"),
            ("UPDATE edge SET first_at = last_at + 10 WHERE first_at IS NOT NULL", "first_at after last_at"),
            ("UPDATE kind SET id = 9000000000000 WHERE label = 'like'", "table kind has the id 9000000000000"),
        ]
        for (damage, expected) in cases {
            let path = try smallStore()
            try sql(path, damage)
            let load = message { try Store(path: path, access: .readOnly).loadGraph() }
            XCTAssertTrue(load.contains(expected), "\(damage): \(load)")
            XCTAssertTrue(load.contains("is damaged"), "\(damage): \(load)")
            XCTAssertFalse(try Store(path: path, access: .readOnly).check().isClean, damage)
        }
        // Event rows in a window: n and at.
        for (damage, expected) in [("UPDATE event SET n = 0", "an n of 0"), ("UPDATE event SET src = 424242", "src names no account")] {
            let path = try smallStore()
            try sql(path, damage)
            let load = message { try Store(path: path, access: .readOnly).loadGraph(window: InteractionWindow(since: 0)) }
            XCTAssertTrue(load.contains("table event") && load.contains(expected), "\(damage): \(load)")
        }
    }

    func testAccountIdsFarApartLoadThroughATable() throws {
        let path = try smallStore()
        // Account 2 renumbered far away (as a byte flip in a rowid can): references follow it.
        try sql(path, """
            UPDATE account SET id = 1099511627776 WHERE id = 2;
            UPDATE edge SET src = 1099511627776 WHERE src = 2;
            UPDATE edge SET dst = 1099511627776 WHERE dst = 2;
            UPDATE account_source SET account_id = 1099511627776 WHERE account_id = 2;
            UPDATE account_claim SET account_id = 1099511627776 WHERE account_id = 2;
            """)
        let loaded = try Store(path: path, access: .readOnly).loadGraph()
        XCTAssertEqual(loaded.graph.nodeCount, 3)
        XCTAssertEqual(loaded.graph.edgeCount, 3)
        XCTAssertEqual(loaded.accounts.map(\.id), [1, 3, 1_099_511_627_776])
    }

    func testLinksNamingNoAccountAreIgnoredAndCheckedNotTrapped() throws {
        let path = try smallStore()
        let store = try Store(path: path)
        _ = try store.addLinks(path: "p.csv", sha256: "pp", links: [
            PersonLink(platform: "x", account: "9100000000001", person: "ada", line: 2),
            PersonLink(platform: "x", account: "9100000000002", person: "ada", line: 3),
        ])
        try sql(path, "UPDATE account_link SET account_id = 5000000 WHERE account_id = 1;")
        let loaded = try Store(path: path, access: .readOnly).loadGraph()
        XCTAssertEqual(loaded.graph.nodeCount, 3)
        XCTAssertEqual(try Store(path: path, access: .readOnly).check().findings.map(\.problem), ["account_id names no account"])
    }

    func testRepairRemovesChildrenOfRemovedParentsInOneTransaction() throws {
        let path = try smallStore()
        try sql(path, "UPDATE kind SET id = 0 WHERE label = 'mention';")
        let writer = try Store(path: path)
        let removed = try writer.repair().map { "\($0.table): \($0.problem) ×\($0.rows)" }
        XCTAssertEqual(removed, ["kind: id outside 1…65000 ×1", "edge: kind names no kind ×1", "event: kind names no kind ×1",
                                 "activity: kind names no kind ×1"])
        XCTAssertTrue(try writer.check().isClean)
        XCTAssertEqual(try writer.loadGraph().graph.edgeCount, 2)
    }
}
