import CurbsideStore
import Foundation
import XCTest

/// `curbside import` on the real datasets in ../shared/data gives the counts in each
/// dataset's SOURCE.md, and bad input leaves the store exactly as it was.
final class ImportCommandTests: XCTestCase {
    private func details(_ db: URL) throws -> [[String: Any]] {
        try Store(path: db.path).sources().map { s in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data((s.details ?? "{}").utf8)) as? [String: Any])
        }
    }

    func testTwitterArchive2021CountsMatchSourceMD() throws {
        let archive = try sharedData("twitter-archive-rtiatmla")
        let db = temporaryDirectory().appendingPathComponent("t.sqlite")
        let r = try CLI.run(["import", archive.path, "--db", db.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        // SOURCE.md: 111 followers, 124 following, 70 tweets (12 "RT @"), 29 likes.
        let counts = try XCTUnwrap(try details(db).first?["counts"] as? [String: Int])
        XCTAssertEqual(counts["follower"], 111)
        XCTAssertEqual(counts["following"], 124)
        XCTAssertEqual(counts["tweet"], 70)
        XCTAssertEqual(counts["retweet"], 12)
        XCTAssertEqual(counts["like"], 29)
        let stats = try CLI.json(try CLI.run(["stats", "--db", db.path, "--format", "json"]))
        let edges = try XCTUnwrap(stats["edges"] as? [String: Int])
        // Every follower → owner and owner → following is one distinct follow edge.
        XCTAssertEqual(edges["follow"], 235)
        // The 12 "RT @" tweets repost 5 distinct accounts.
        XCTAssertEqual(edges["repost"], 5)
        XCTAssertEqual((stats["interactions"] as? [String: Int])?["repost"], 12)
    }

    func testTwitterArchive2022CountsMatchSourceMD() throws {
        let archive = try sharedData("twitter-archive-andreruffert")
        let db = temporaryDirectory().appendingPathComponent("t.sqlite")
        XCTAssertEqual(try CLI.run(["import", archive.path, "--db", db.path]).status, 0)
        // SOURCE.md: 420 followers, 295 following, 1,986 tweets (643 "RT @"), 1,359 likes.
        let counts = try XCTUnwrap(try details(db).first?["counts"] as? [String: Int])
        XCTAssertEqual(counts["follower"], 420)
        XCTAssertEqual(counts["following"], 295)
        XCTAssertEqual(counts["tweet"], 1986)
        XCTAssertEqual(counts["retweet"], 643)
        XCTAssertEqual(counts["like"], 1359)
    }

    func testEmailEuCoreAndCKMCountsMatchSourceMD() throws {
        let email = try sharedData("email-eu-core/email-Eu-core.txt")
        let ckm = try sharedData("ckm-physicians/CKM-Physicians-Innovation_multiplex.edges")
        let dir = temporaryDirectory()
        let emailDB = dir.appendingPathComponent("e.sqlite").path
        XCTAssertEqual(try CLI.run(["import", email.path, "--db", emailDB, "--kind", "email"]).status, 0)
        let e = try CLI.json(try CLI.run(["stats", "--db", emailDB, "--format", "json"]))
        // SOURCE.md: 1,005 nodes, 25,571 directed edges.
        XCTAssertEqual(e["accounts"] as? Int, 1005)
        XCTAssertEqual(e["edges"] as? [String: Int], ["email": 25571])

        let ckmDB = dir.appendingPathComponent("c.sqlite").path
        XCTAssertEqual(try CLI.run(["import", ckm.path, "--db", ckmDB]).status, 0)
        let c = try CLI.json(try CLI.run(["stats", "--db", ckmDB, "--format", "json"]))
        // SOURCE.md: 246 physicians; advice 480, discussion 565, friend 506.
        XCTAssertEqual(c["accounts"] as? Int, 246)
        XCTAssertEqual(c["edges"] as? [String: Int], ["advice": 480, "discussion": 565, "friend": 506])
    }

    func testReimportingTheSameFileChangesNothing() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let before = try CLI.run(["stats", "--db", db, "--format", "json"]).stdout
        let again = try CLI.run(["import", "Samples/clinician-network", "--db", db, "--output", "json"])
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("already imported"), again.stderr)
        XCTAssertEqual(try CLI.run(["stats", "--db", db, "--format", "json"]).stdout, before)
    }

    /// The fingerprint is computed while the records are read and checked at commit time: the
    /// store records the file's real SHA-256, and a copy under another name is a duplicate.
    func testConcurrentFingerprintIsRecordedAndDetectsACopy() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let edges = dir.appendingPathComponent("edges.txt")
        try Data("9100000000001 9100000000002\n9100000000002 9100000000003\n".utf8).write(to: edges)
        XCTAssertEqual(try CLI.run(["import", edges.path, "--db", db]).status, 0)
        // Reference: `sha256sum` (GNU coreutils 9) of the same two lines.
        let digest = "28606e75db7b8aa0690bcde84f339292ca814611f76b959a105d86f2db0eb4b9"
        XCTAssertEqual(try Store(path: db).sources().map(\.sha256), [digest])
        let before = try CLI.run(["stats", "--db", db, "--format", "json"]).stdout
        let copy = dir.appendingPathComponent("renamed.txt")
        try FileManager.default.copyItem(at: edges, to: copy)
        let again = try CLI.run(["import", copy.path, "--db", db])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("already imported (same SHA-256 as source 1)"), again.stderr)
        XCTAssertEqual(try Store(path: db).sources().map(\.path), [edges.path])
        XCTAssertEqual(try CLI.run(["stats", "--db", db, "--format", "json"]).stdout, before)
    }

    /// A malformed archive exits 3 with an error naming the file and JSON path, and the
    /// store is exactly as before.
    func testMalformedArchiveExits3AndLeavesStoreUnchanged() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "--db", db]).status, 0)
        let before = try CLI.run(["stats", "--db", db, "--format", "json"]).stdout
        let sourcesBefore = try CLI.run(["sources", "--db", db, "--format", "csv"]).stdout

        // A copy of the sample archive whose follower.js loses an accountId.
        let archive = dir.appendingPathComponent("broken-archive")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Samples/x-archive-focus"), to: archive)
        let follower = archive.appendingPathComponent("data/follower.js")
        var text = try String(contentsOf: follower, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: "\"accountId\""))
        text.replaceSubrange(range, with: "\"accountID\"")
        try text.write(to: follower, atomically: true, encoding: .utf8)

        let r = try CLI.run(["import", archive.path, "--db", db])
        XCTAssertEqual(r.status, 3, r.stderr)
        XCTAssertTrue(r.stderr.contains("follower.js"), r.stderr)
        XCTAssertTrue(r.stderr.contains("accountId"), r.stderr)
        XCTAssertEqual(try CLI.run(["stats", "--db", db, "--format", "json"]).stdout, before)
        XCTAssertEqual(try CLI.run(["sources", "--db", db, "--format", "csv"]).stdout, sourcesBefore)

        // Truncated JSON: same guarantees.
        let tweets = archive.appendingPathComponent("data/tweets.js")
        let data = try Data(contentsOf: tweets)
        try data.prefix(data.count / 2).write(to: tweets)
        try text.replacingOccurrences(of: "\"accountID\"", with: "\"accountId\"").write(to: follower, atomically: true, encoding: .utf8)
        let t = try CLI.run(["import", archive.path, "--db", db])
        XCTAssertEqual(t.status, 3, t.stderr)
        XCTAssertTrue(t.stderr.contains("tweets.js"), t.stderr)
        XCTAssertEqual(try CLI.run(["stats", "--db", db, "--format", "json"]).stdout, before)
    }

    func testLenientSkipsAndCountsBadRows() throws {
        let dir = temporaryDirectory()
        let csv = dir.appendingPathComponent("edges.csv")
        try "source,target,kind,timestamp\na_fic,b_fic,mention,2026-03-16T09:30:00Z\nb_fic,c_fic,reply,not-a-time\nc_fic,a_fic,follow,\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("l.sqlite").path
        let strict = try CLI.run(["import", csv.path, "--db", db])
        XCTAssertEqual(strict.status, 3)
        XCTAssertTrue(strict.stderr.contains("line 3"), strict.stderr)
        if FileManager.default.fileExists(atPath: db) {
            XCTAssertEqual(try Store(path: db).sources().count, 0)
        }

        let lenient = try CLI.run(["import", csv.path, "--db", db, "--lenient", "--output", "csv"])
        XCTAssertEqual(lenient.status, 0, lenient.stderr)
        XCTAssertTrue(lenient.stdout.contains(",imported,3,1,"), lenient.stdout)  // 3 read, of which 1 skipped
        XCTAssertTrue(lenient.stderr.contains("skipped 1"), lenient.stderr)
        let stats = try CLI.json(try CLI.run(["stats", "--db", db, "--format", "json"]))
        XCTAssertEqual(stats["edges"] as? [String: Int], ["follow": 1, "mention": 1])
    }
}
