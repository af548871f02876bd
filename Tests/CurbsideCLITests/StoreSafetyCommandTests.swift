import CSQLite
import CurbsideGraph
import Foundation
import XCTest

/// Issue #11: read commands never write, foreign databases are refused, a damaged store is
/// exit 1 with a message (never a signal), and `curbside check [--repair]`.
final class StoreSafetyCommandTests: XCTestCase {
    private func exec(_ path: String, _ sql: String) {
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        XCTAssertEqual(sqlite3_open(path, &db), SQLITE_OK)
        XCTAssertEqual(sqlite3_exec(db, sql, nil, nil, nil), SQLITE_OK, sql)
    }

    /// A small store built from a generated edge list: 40 fictional accounts, follows and
    /// timed, tagged mentions and replies.
    private func smallStore(in dir: URL) throws -> String {
        var csv = "source,target,kind,timestamp,hashtags\n"
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for i in 0..<160 {
            let a = next(40), b = (a + 1 + next(39)) % 40
            let kind = ["follow", "mention", "reply"][i % 3]
            let time = kind == "follow" ? "" : "2026-03-\(14 + next(6))T\(10 + next(9)):00:00Z"
            csv += "node_\(a)_fic,node_\(b)_fic,\(kind),\(time),\(kind == "follow" ? "" : "CurbCon26")\n"
        }
        let edges = dir.appendingPathComponent("edges.csv")
        try csv.write(to: edges, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("small.sqlite").path
        let r = try CLI.run(["import", edges.path, "--db", db])
        XCTAssertEqual(r.status, 0, r.stderr)
        return db
    }

    func testReadCommandsRefuseAnotherProgramsDatabaseAndLeaveItUnchanged() throws {
        let dir = temporaryDirectory()
        let other = dir.appendingPathComponent("other-app.sqlite").path
        exec(other, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('secret note');")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for command in [["stats"], ["sources"], ["metric", "pagerank"], ["check"], ["import", "Samples/clinician-network"],
                        ["label", "--list"], ["forget", "1"]] {
            let r = try CLI.run(command + ["--db", other])
            XCTAssertEqual(r.status, 1, "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("\(other) is not a Curbside store"), "\(command): \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("secret"), r.stderr)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: other)), before)
        XCTAssertEqual(sqliteRows(other, "SELECT name FROM sqlite_master WHERE type = 'table'"), [["notes"]])
    }

    func testStatsOnAZeroByteFileSaysItIsEmptyAndLeavesItEmpty() throws {
        let dir = temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.sqlite").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: nil))
        let r = try CLI.run(["stats", "--db", empty])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("\(empty) is empty"), r.stderr)
        XCTAssertTrue(r.stderr.contains("curbside import PATH… --db \(empty)"), r.stderr)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: empty)[.size] as? Int, 0)
        // A writer may initialise it.
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", empty]).status, 0)
        XCTAssertEqual(try CLI.json(try CLI.run(["stats", "--db", empty, "--format", "json"]))["accounts"] as? Int, 1352)
    }

    func testADanglingEdgeIsExitOneForEveryGraphCommandAndCheckRepairsIt() throws {
        let dir = temporaryDirectory()
        let db = try smallStore(in: dir)
        exec(db, "UPDATE edge SET dst = 99999999 WHERE (source_id, src, dst, kind) = (SELECT source_id, src, dst, kind FROM edge LIMIT 1)")
        for command in [["metric", "pagerank"], ["communities"], ["render", "--view", "full", "--format", "dot", "--out", dir.appendingPathComponent("x.dot").path],
                        ["report", "--out", dir.appendingPathComponent("rep").path]] {
            let r = try CLI.run(command + ["--db", db])
            XCTAssertEqual(r.status, 1, "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("\(db) is damaged: table edge"), "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("dst names no account"), "\(command): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("curbside check --repair --db \(db)"), "\(command): \(r.stderr)")
        }
        let check = try CLI.run(["check", "--db", db, "--format", "csv"])
        XCTAssertEqual(check.status, 1, check.stderr)
        XCTAssertTrue(check.stdout.contains("edge,dst names no account,1,"), check.stdout)
        let repair = try CLI.run(["check", "--repair", "--db", db])
        XCTAssertEqual(repair.status, 0, repair.stderr)
        XCTAssertTrue(repair.stderr.contains("removed 1 row from edge: dst names no account"), repair.stderr)
        XCTAssertEqual(try CLI.run(["check", "--db", db]).status, 0)
        XCTAssertEqual(try CLI.run(["metric", "pagerank", "--db", db]).status, 0)
    }

    /// Byte flips anywhere in a store file, many seeds: every graph-loading command ends
    /// with exit 0 or a clean error (1 or 3), never a signal, and never changes the file.
    func testFlippedBytesNeverCrashAGraphCommand() throws {
        let dir = temporaryDirectory()
        let db = try smallStore(in: dir)
        let pristine = try Data(contentsOf: URL(fileURLWithPath: db))
        let damaged = dir.appendingPathComponent("damaged.sqlite").path
        var outcomes: [String: Int] = [:]
        for seed in UInt64(1)...60 {
            var rng = SplitMix64(seed: seed)
            func next() -> UInt64 { rng.next() }
            var bytes = [UInt8](pristine)
            for _ in 0 ..< 1 + Int(next() % 8) {
                // Most flips past the 100-byte header (page contents); some in it.
                let offset = next() % 4 == 0 ? Int(next() % 100) : Int(next() % UInt64(bytes.count))
                bytes[offset] ^= UInt8(1 + next() % 255)
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: damaged + suffix) }
            try Data(bytes).write(to: URL(fileURLWithPath: damaged))
            for command in [["metric", "pagerank"], ["communities"], ["stats", "--since", "2026-03-15"]] {
                let r = try CLI.run(command + ["--db", damaged])
                XCTAssertTrue([0, 1, 3].contains(r.status), "seed \(seed) \(command): status \(r.status) \(r.stderr)")
                outcomes["\(r.status)", default: 0] += 1
                if r.status != 0 {
                    XCTAssertTrue(r.stderr.contains("error: ") && r.stderr.contains(damaged), "seed \(seed) \(command): \(r.stderr)")
                }
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: damaged)), Data(bytes), "seed \(seed): a reader changed the file")
        }
        print("byte-flip outcomes by exit status: \(outcomes.sorted { $0.key < $1.key })")
    }
}
