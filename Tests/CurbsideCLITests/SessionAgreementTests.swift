import Foundation
import XCTest

/// Every view reads one analysis session (#12): the same options and seed give the same
/// communities in `communities`, `communities --label`, `collaborators`, `report` and
/// `render --view community-map`, and every command resolves a name to the same account.
final class SessionAgreementTests: XCTestCase {
    // MARK: One partition

    /// The partition of each view as (account id, community) in node order, and its size.
    private struct Partition: Equatable {
        var rows: [[String]]
        var count: Int { Set(rows.map { $0[1] }).count }
        var sizes: [Int: Int] {
            var s: [Int: Int] = [:]
            for r in rows { s[Int(r[1])!, default: 0] += 1 }
            return s
        }
    }

    private func accountsPartition(_ json: [String: Any]) throws -> Partition {
        let rows = try XCTUnwrap(json["accounts"] as? [[String: Any]])
        return Partition(rows: rows.map { ["\($0["account"]!)", "\($0["community"]!)"] })
    }

    /// `report --save` records each account's community (`report.community`), in store order.
    private func reportPartition(db: String) -> Partition {
        Partition(rows: sqliteRows(db, """
            SELECT a.platform_id, CAST(s.value AS INTEGER) FROM account_score s JOIN account a ON a.id = s.account_id
            WHERE s.metric = 'report.community' ORDER BY a.id
            """))
    }

    /// The community map's bubbles: community id → accounts, as the DOT labels them.
    private func mapSizes(_ dot: String) throws -> [Int: Int] {
        let bubble = try NSRegularExpression(pattern: #""c(\d+)" \[label="[^"]*\\n([\d,]+) accounts""#)
        var sizes: [Int: Int] = [:]
        for m in bubble.matches(in: dot, range: NSRange(dot.startIndex..., in: dot)) {
            let c = Int(dot[Range(m.range(at: 1), in: dot)!])!
            sizes[c] = Int(dot[Range(m.range(at: 2), in: dot)!].replacingOccurrences(of: ",", with: ""))!
        }
        return sizes
    }

    /// Samples (both inputs of the sample report), seed 3: `communities`, `communities
    /// --label`, `report --save`, `render --view community-map` and `collaborators` give
    /// one partition. Before the session, `--label` and `collaborators` ran Leiden on the
    /// collaboration graph (weighted) and numbered a different partition the same way:
    /// `--label` found 7 communities where `communities` finds 6 — this test failed there.
    func testEveryViewSharesOnePartitionOnTheSamples() throws {
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try CLI.run(["import", "Samples/clinician-network", "Samples/x-archive-focus", "--db", db]).status, 0)
        let seed = ["--seed", "3"]

        let plain = try CLI.run(["communities", "--db", db, "--format", "json"] + seed)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let reference = try accountsPartition(try CLI.json(plain))
        XCTAssertEqual(reference.rows.count, 1352)
        XCTAssertEqual(reference.count, try CLI.json(plain)["communities"] as? Int)
        XCTAssertEqual((try CLI.json(plain)["partition"] as? [String: Any])?["iterations"] as? Int, 2)

        let labelled = try CLI.run(["communities", "--label", "--db", db, "--format", "json"] + seed)
        XCTAssertEqual(labelled.status, 0, labelled.stderr)
        let labelJSON = try CLI.json(labelled)
        XCTAssertEqual(try accountsPartition(labelJSON), reference, "communities --label")
        XCTAssertEqual(labelJSON["communities"] as? Int, reference.count)
        for c in try XCTUnwrap(labelJSON["labelled"] as? [[String: Any]]) {
            XCTAssertEqual(c["size"] as? Int, reference.sizes[c["community"] as! Int], "labelled community \(c["community"]!)")
        }

        let out = dir.appendingPathComponent("report").path
        let report = try CLI.run(["report", "--db", db, "--out", out, "--save"] + seed)
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertEqual(reportPartition(db: db), reference, "report")
        let md = try String(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.md"), encoding: .utf8)
        XCTAssertTrue(md.contains("seed 3) finds \(reference.count) communities on all ties, undirected."), md)
        XCTAssertTrue(md.contains("Same partition as \\`curbside communities --seed 3\\`."), md)  // Markdown-escaped

        let map = dir.appendingPathComponent("map.dot").path
        let render = try CLI.run(["render", "--view", "community-map", "--format", "dot", "--top", "2000", "--db", db, "--out", map] + seed)
        XCTAssertEqual(render.status, 0, render.stderr)
        let bubbles = try mapSizes(try String(contentsOfFile: map, encoding: .utf8))
        XCTAssertEqual(bubbles, reference.sizes.filter { $0.value >= 2 }, "render --view community-map")

        let collaborators = try CLI.run(["collaborators", "@dr_ada_quillbrook_fic", "--db", db, "--format", "json"] + seed)
        XCTAssertEqual(collaborators.status, 0, collaborators.stderr)
        let candidates = try XCTUnwrap(try CLI.json(collaborators)["candidates"] as? [[String: Any]])
        XCTAssertEqual(candidates.count, 10)
        let community = Dictionary(reference.rows.map { ($0[0], Int($0[1])!) }, uniquingKeysWith: { a, _ in a })
        for c in candidates {
            XCTAssertEqual(c["community"] as? Int, community[c["account"] as! String], "collaborator \(c["handle"]!)")
        }
    }

    /// Higgs (SNAP activity file, ../shared/data; skipped when absent): `communities` finds
    /// 13,627 communities (Leiden, 2 iterations, seed 1; measured with this command before
    /// the session). The report iterated until stable instead and found 13,631 while its
    /// methods said "same as `curbside communities --seed 1`" — the report was wrong; this
    /// test failed there. Now both give the same partition, account by account.
    func testHiggsReportAndCommunitiesAgree() throws {
        let higgs = try sharedData("higgs-twitter/higgs-activity_time.txt.gz")
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("h.sqlite").path
        let imported = try CLI.run(["import", higgs.path, "--db", db])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let plain = try CLI.run(["communities", "--db", db, "--format", "json"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let reference = try accountsPartition(try CLI.json(plain))
        XCTAssertEqual(reference.count, 13_627)
        let report = try CLI.run(["report", "--db", db, "--out", dir.appendingPathComponent("r").path, "--save"])
        XCTAssertEqual(report.status, 0, report.stderr)
        let saved = reportPartition(db: db)
        XCTAssertEqual(saved.count, 13_627)
        XCTAssertTrue(saved == reference, "report and communities number different partitions")
    }

    // MARK: One resolver

    /// Accounts on two platforms: `dup_fic` on X and on Mastodon, and an X account whose
    /// handle is `3`, another account's id.
    private func resolverFixture() throws -> String {
        let dir = temporaryDirectory().appendingPathComponent("net")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            id,handle,name,platform
            1,ada_fic,Ada Fictional,x
            2,bo_fic,Bo Fictional,x
            3,cy_fic,Cy Fictional,x
            4,dup_fic,Dup on X,x
            5,dup_fic,Dup on Mastodon,mastodon
            6,3,Numeric Handle,x
            7,eve_fic,Eve Fictional,x

            """.write(to: dir.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        var edges = "source,target,kind\n"
        for (a, b) in [(1, 2), (2, 3), (3, 4), (4, 7), (1, 6), (6, 7)] { edges += "\(a),\(b),follow\n\(b),\(a),follow\n" }
        try edges.write(to: dir.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        return dir.path
    }

    private enum Expected: Equatable {
        case account(String)  // platform:id
        case error(String)
    }

    /// One table of names, every command that takes an account: the same account (seen as
    /// its id in the JSON of reach, overlap and collaborators) or the same error, exit 3.
    /// Before the session (measured with the old binary), `@dup_fic` was an error for reach
    /// and overlap but the X account for collaborators, report and render (first match); `3`
    /// was account 6 (the handle) for reach, overlap, report and render but account 3 (the id)
    /// for collaborators. This test failed there.
    func testEveryCommandResolvesANameTheSameWay() throws {
        let input = try resolverFixture()
        let table: [(String, Expected)] = [
            ("1", .account("x:1")), ("@ada_fic", .account("x:1")), ("ada_fic", .account("x:1")), ("ADA_fic", .account("x:1")),
            ("@dup_fic", .error("@dup_fic names 2 accounts (x:4, mastodon:5); give one of them as platform:id")),
            ("dup_fic", .error("dup_fic names 2 accounts (x:4, mastodon:5); give one of them as platform:id")),
            ("mastodon:5", .account("mastodon:5")), ("x:4", .account("x:4")),
            ("3", .error("3 names 2 accounts (x:3, x:6); give one of them as platform:id")),
            ("@3", .account("x:6")), ("x:3", .account("x:3")),
            ("@nobody_fic", .error("no account @nobody_fic in the network")),
        ]
        let source = ["--input", input]
        let out = temporaryDirectory()
        for (name, expected) in table {
            let runs: [(String, [String], (([String: Any]) -> String?)?)] = [
                ("reach", ["reach", name, "--format", "json", "--simulations", "10"],
                 { (($0["accounts"] as? [[String: Any]])?.first?["account"]).map { "\($0)" } }),
                ("overlap", ["overlap", name, "1", "--format", "json"], { (($0["a"] as? [String: Any])?["account"]).map { "\($0)" } }),
                ("collaborators", ["collaborators", name, "--format", "json"],
                 { (($0["candidates"] as? [[String: Any]])?.first?["for"]).map { "\($0)" } }),
                ("render", ["render", "--view", "ego", "--focus", name, "--format", "dot", "--out", out.appendingPathComponent("e.dot").path], nil),
                ("report", ["report", "--focus", name, "--out", out.appendingPathComponent("r").path], nil),
            ]
            for (command, args, id) in runs {
                let r = try CLI.run(args + source)
                switch expected {
                case let .error(message):
                    XCTAssertEqual(r.status, 3, "\(command) \(name): \(r.stderr)")
                    XCTAssertTrue(r.stderr.contains(message), "\(command) \(name): \(r.stderr)")
                case let .account(qualified):
                    XCTAssertEqual(r.status, 0, "\(command) \(name): \(r.stderr)")
                    guard let id, let found = id(try CLI.json(r)) else { continue }  // an account without ties has no candidates
                    XCTAssertEqual(found, String(qualified.split(separator: ":")[1]), "\(command) \(name)")
                }
            }
        }
    }
}
