import Foundation
import XCTest

final class ReachCommandTests: XCTestCase {
    /// The hand-checkable fixture of Tests/References/make_influence_references.py, as
    /// nodes.csv + edges.csv: accounts 1-8 (@a_fic … @h_fic); follows (u follows v)
    /// 2→1, 3→1, 4→1, 5→2, 6→2, 5→3, 7→3, 1→4, 8→5; engagement events 5→2 repost ×2,
    /// 3→1 reply, 2→1 repost, 8→5 quote.
    private func fixture() throws -> String {
        let dir = temporaryDirectory().appendingPathComponent("fixture")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var nodes = "id,platform,handle,name,bio,location,followers_count,following_count\n"
        for (i, h) in ["a", "b", "c", "d", "e", "f", "g", "h"].enumerated() { nodes += "\(i + 1),x,\(h)_fic,\(h.uppercased()),,,,\n" }
        var edges = "source,target,kind,timestamp,weight\n"
        for (u, v) in [(2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (5, 3), (7, 3), (1, 4), (8, 5)] { edges += "\(u),\(v),follow,,1\n" }
        edges += """
            5,2,repost,2026-03-14T09:00:00Z,1
            5,2,repost,2026-03-15T09:00:00Z,1
            3,1,reply,2026-03-14T10:00:00Z,1
            2,1,repost,2026-03-14T11:00:00Z,1
            8,5,quote,2026-03-16T12:00:00Z,1

            """
        try nodes.write(to: dir.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try edges.write(to: dir.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        return dir.path
    }

    /// By hand: @a_fic has followers {b, c, d} and, two hops out, {b, …, g} (6; a itself
    /// left out); @b_fic {e, f} and {e, f, h}. Cascade means against the exact expectation
    /// over all 2⁹ live-arc worlds (reference script): 2.405350985719333 and 1.1367715681951798.
    func testReachOnTheHandFixture() throws {
        let input = try fixture()
        let r = try CLI.run(["reach", "@a_fic", "B_FIC", "--input", input, "--format", "json", "--simulations", "20000"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let j = try CLI.json(r)
        XCTAssertEqual(j["audience_kinds"] as? [String], ["follow"])
        let cascade = try XCTUnwrap(j["cascade"] as? [String: Any])
        XCTAssertEqual(try XCTUnwrap(cascade["network_rate"] as? Double), 5.0 / 12, accuracy: 1e-15)
        let rows = try XCTUnwrap(j["accounts"] as? [[String: Any]])
        XCTAssertEqual(rows.compactMap { $0["handle"] as? String }, ["a_fic", "b_fic"])
        XCTAssertEqual(rows.compactMap { $0["audience"] as? Int }, [3, 2])
        XCTAssertEqual(rows.compactMap { $0["reach2"] as? Int }, [6, 3])
        for (row, exact) in zip(rows, [2.405350985719333, 1.1367715681951798]) {
            let c = try XCTUnwrap(row["cascade"] as? [String: Double])
            XCTAssertEqual(try XCTUnwrap(c["mean"]), exact, accuracy: 4 * (c["standard_error"] ?? 0))
            XCTAssertLessThan(try XCTUnwrap(c["lower"]), exact)
            XCTAssertGreaterThan(try XCTUnwrap(c["upper"]), exact)
        }
        // Same seed, same bytes; another seed, other Monte Carlo runs.
        let again = try CLI.run(["reach", "@a_fic", "B_FIC", "--input", input, "--format", "json", "--simulations", "20000"])
        XCTAssertEqual(again.stdout, r.stdout)
        let other = try CLI.run(["reach", "@a_fic", "--input", input, "--format", "json", "--seed", "2"])
        XCTAssertNotEqual(other.stdout, r.stdout)

        let db = temporaryDirectory().appendingPathComponent("r.sqlite").path
        XCTAssertEqual(try CLI.run(["import", input, "--db", db]).status, 0)
        let saved = try CLI.run(["reach", "@a_fic", "--db", db, "--save", "--format", "json", "--simulations", "20000"])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(saved.stderr.contains("saved as analysis run 1"), saved.stderr)
        XCTAssertEqual(try CLI.run(["reach", "--input", input, "--save"]).status, 2)

        XCTAssertEqual(try CLI.run(["reach", "@nobody_fic", "--input", input]).status, 3)
        XCTAssertEqual(try CLI.run(["reach", "--input", input, "--registers", "3"]).status, 2)
        XCTAssertEqual(try CLI.run(["reach", "--input", input, "--graph", "advice"]).status, 3)
    }

    /// Followers: b ← {e, f}, c ← {e, g}: 1 common of 3. Two hops: {e, f, h} and {e, g, h}:
    /// 2 of 4. a against d: followers {b, c, d} / {a}: none; two hops {b, …, g} / {a, b, c}: 2 of 7.
    func testOverlapOnTheHandFixture() throws {
        let input = try fixture()
        let r = try CLI.run(["overlap", "@b_fic", "@c_fic", "--input", input, "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            set,a,b,size_a,size_b,common,union,jaccard
            followers,@b_fic,@c_fic,2,2,1,3,0.3333333333333333
            reach2,@b_fic,@c_fic,3,3,2,4,0.5

            """)
        let j = try CLI.json(try CLI.run(["overlap", "a_fic", "4", "--input", input, "--format", "json"]))
        let followers = try XCTUnwrap(j["followers"] as? [String: Any]), twoHop = try XCTUnwrap(j["reach2"] as? [String: Any])
        XCTAssertEqual(followers["common"] as? Int, 0)
        XCTAssertEqual(followers["union"] as? Int, 4)
        XCTAssertEqual(twoHop["common"] as? Int, 2)
        XCTAssertEqual(twoHop["union"] as? Int, 7)
        XCTAssertEqual(try XCTUnwrap(twoHop["jaccard"] as? Double), 2.0 / 7, accuracy: 1e-15)
        XCTAssertEqual(try CLI.run(["overlap", "@b_fic", "--input", input]).status, 2)
    }

    /// email-Eu-core (SNAP; ../shared/data): exact audiences against networkx 3.6.1
    /// single_source_shortest_path_length on G.reverse() (Tests/References/make_influence_references.py).
    func testTwoHopAudienceMatchesNetworkxOnEmailEuCore() throws {
        let email = try sharedData("email-eu-core/email-Eu-core.txt")
        let r = try CLI.run(["reach", "0", "17", "160", "434", "1000", "--input", email.path, "--input-format", "snap",
                             "--format", "csv", "--simulations", "200"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.map { String($0[0]) }, ["0", "17", "160", "434", "1000"])
        XCTAssertEqual(rows.map { Int($0[2]) }, [31, 60, 211, 150, 5])
        XCTAssertEqual(rows.map { Int($0[3]) }, [474, 558, 760, 749, 215])
        // HyperBall at 2^8 registers: within 15 % (about 6.5 % standard error per counter).
        for (row, exact) in zip(rows, [474.0, 558, 760, 749, 215]) {
            XCTAssertEqual(try XCTUnwrap(Double(row[4])), exact, accuracy: 0.15 * exact)
        }
        XCTAssertTrue(r.stderr.contains("weighted cascade"), r.stderr)  // no engagement kinds in an e-mail network

        let o = try CLI.json(try CLI.run(["overlap", "17", "160", "--input", email.path, "--input-format", "snap", "--format", "json"]))
        let followers = try XCTUnwrap(o["followers"] as? [String: Any]), twoHop = try XCTUnwrap(o["reach2"] as? [String: Any])
        XCTAssertEqual([followers["size_a"], followers["size_b"], followers["common"], followers["union"]] as? [Int], [60, 211, 24, 247])
        XCTAssertEqual(try XCTUnwrap(followers["jaccard"] as? Double), 0.09716599190283401, accuracy: 1e-15)
        XCTAssertEqual([twoHop["size_a"], twoHop["size_b"], twoHop["common"], twoHop["union"]] as? [Int], [558, 760, 550, 768])
        XCTAssertEqual(try XCTUnwrap(twoHop["jaccard"] as? Double), 0.7161458333333334, accuracy: 1e-15)
    }

    /// Without accounts: ranked by the HyperBall estimate; the sample's top account by
    /// 2-hop audience is the largest-fitness journal.
    func testReachRanksEveryAccountWithoutNames() throws {
        let r = try CLI.run(["reach", "--input", "Samples/clinician-network", "--top", "3", "--simulations", "500", "--format", "csv"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first, "account,handle,audience,reach2,reach2_estimate,cascade,cascade_low,cascade_high")
        XCTAssertEqual(rows.count, 4)
        XCTAssertTrue(rows[1].hasPrefix("9100000056441,marrowwick_cardioonc_journal_fic,369,1294,"), String(rows[1]))
        for command in [["reach"], ["overlap"]] {
            XCTAssertTrue(try CLI.run(command + ["--help"]).stdout.contains("Example"))
        }
    }
}
