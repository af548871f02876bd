import Foundation
import XCTest

/// `--since/--until/--hashtag` on every analysis command, through the built binary.
final class WindowOptionTests: XCTestCase {
    /// A fictional two-week edge list (background week, then the #AHA19 conference week
    /// 2019-11-16..22) with a hashtags column. Counts in the tests are by hand from these rows.
    static let edges = """
        source,target,kind,timestamp,weight,hashtags
        ada_fic,ben_fic,follow,,1,
        ben_fic,ada_fic,follow,,1,
        cy_fic,ada_fic,follow,,1,
        cy_fic,dee_fic,advice,,1,
        ada_fic,cy_fic,like,,1,
        ada_fic,ben_fic,mention,2019-11-10T09:00:00Z,1,#MedEd
        ada_fic,ben_fic,mention,2019-11-16T09:00:00Z,1,#AHA19 #cardiotwitter
        ada_fic,ben_fic,mention,2019-11-17T12:00:00Z,1,aha19
        ada_fic,ben_fic,mention,2019-11-18T08:00:00Z,1,
        ben_fic,ada_fic,reply,2019-11-16T23:59:59Z,1,AHA19
        ben_fic,ada_fic,reply,2019-11-17T00:00:00Z,1,#aha19
        cy_fic,ben_fic,repost,2019-11-23T00:00:00Z,1,#AHA19
        dee_fic,cy_fic,quote,2019-11-16T12:00:00Z,3,"aha19,cardioonc"

        """

    private func fixture() throws -> String {
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("weeks.csv")
        try Data(Self.edges.utf8).write(to: url)
        return url.path
    }

    private func stats(_ arguments: [String]) throws -> [String: Any] {
        let r = try CLI.run(["stats", "--format", "json"] + arguments)
        XCTAssertEqual(r.status, 0, r.stderr)
        return try CLI.json(r)
    }

    func testStatsInTheConferenceWeek() throws {
        let path = try fixture()
        let week = try stats(["--input", path, "--since", "2019-11-16", "--until", "2019-11-22"])
        // Follows and the advice tie whole; the untimed like out; mentions Nov 16, 17, 18; both replies;
        // three quotes in one row; the Nov 23 repost out.
        XCTAssertEqual(week["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "mention": 3, "reply": 2, "quote": 3])
        XCTAssertEqual(week["edges"] as? [String: Int], ["follow": 3, "advice": 1, "mention": 1, "reply": 1, "quote": 1])
        XCTAssertEqual(week["window"] as? [String: Int], ["since": 1_573_862_400, "until": 1_574_467_199])
        XCTAssertEqual(week["first_at"] as? Int, 1_573_894_800)  // 2019-11-16T09:00:00Z
        XCTAssertEqual(week["last_at"] as? Int, 1_574_064_000)   // 2019-11-18T08:00:00Z

        let conversation = try stats(["--input", path, "--since", "2019-11-16", "--until", "2019-11-22", "--hashtag", "#AHA19"])
        XCTAssertEqual(conversation["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "mention": 2, "reply": 2, "quote": 3])
        XCTAssertEqual((conversation["window"] as? [String: Any])?["hashtag"] as? String, "aha19")

        // The hashtag at any time adds the Nov 23 repost; the quote's comma-separated tags count too.
        let tagged = try stats(["--input", path, "--hashtag", "aha19"])
        XCTAssertEqual(tagged["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "mention": 2, "reply": 2, "repost": 1, "quote": 3])
        let cardioonc = try stats(["--input", path, "--hashtag", "CardioOnc"])
        XCTAssertEqual(cardioonc["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "quote": 3])
    }

    func testDateTimesAndOffsetsBoundToTheSecond() throws {
        let path = try fixture()
        // 2019-11-16T23:59:59Z … 2019-11-17T00:00:00Z, both inclusive: the two replies.
        let midnight = try stats(["--input", path, "--since", "2019-11-16T23:59:59Z", "--until", "2019-11-17T00:00:00Z"])
        XCTAssertEqual(midnight["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "reply": 2])
        // 01:00+01:00 is 00:00 UTC; through the end of the day: that reply and the 12:00 mention.
        let nov17 = try stats(["--input", path, "--since", "2019-11-17T01:00+01:00", "--until", "2019-11-17"])
        XCTAssertEqual(nov17["interactions"] as? [String: Int], ["follow": 3, "advice": 1, "mention": 1, "reply": 1])
        // Table output names the window.
        let table = try CLI.run(["stats", "--input", path, "--since", "2019-11-17", "--until", "2019-11-17"])
        XCTAssertTrue(table.stdout.contains("interactions from 2019-11-17 00:00:00 to 2019-11-17 23:59:59 UTC"), table.stdout)
    }

    func testMetricAndCommunitiesTakeTheWindow() throws {
        let path = try fixture()
        let kinds = ["--graph", "mention,reply,repost,quote", "--format", "csv"]
        // Whole data: ada ← ben's replies; ben ← ada's mentions and cy's repost; cy ← dee's quote.
        let all = try CLI.run(["metric", "in-degree", "--input", path] + kinds)
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertEqual(all.stdout, "account,value,handle\nada_fic,1,\nben_fic,2,\ncy_fic,1,\ndee_fic,0,\n")
        // Nov 17 only: the 00:00 reply and the 12:00 mention.
        let day = try CLI.run(["metric", "in-degree", "--input", path, "--since", "2019-11-17", "--until", "2019-11-17"] + kinds)
        XCTAssertEqual(day.status, 0, day.stderr)
        XCTAssertEqual(day.stdout, "account,value,handle\nada_fic,1,\nben_fic,1,\ncy_fic,0,\ndee_fic,0,\n")
        XCTAssertTrue(day.stderr.contains("window: interactions from 2019-11-17 00:00:00"), day.stderr)
        // After the week only the repost is left among interactions: cy and ben together, ada and dee alone.
        let late = try CLI.run(["communities", "--input", path, "--graph", "repost", "--since", "2019-11-23", "--format", "json"])
        XCTAssertEqual(late.status, 0, late.stderr)
        let rows = try XCTUnwrap(try CLI.json(late)["accounts"] as? [[String: Any]])
        let community = Dictionary(uniqueKeysWithValues: rows.map { ($0["account"] as? String ?? "", $0["community"] as? Int ?? -1) })
        XCTAssertEqual(community["cy_fic"], community["ben_fic"])
        XCTAssertNotEqual(community["ada_fic"], community["ben_fic"])
        XCTAssertEqual(try CLI.json(late)["communities"] as? Int, 3)
    }

    func testReportStatesTheWindow() throws {
        let path = try fixture()
        let out = temporaryDirectory().appendingPathComponent("report")
        let r = try CLI.run(["report", "--input", path, "--out", out.path, "--since", "2019-11-16", "--until", "2019-11-22", "--hashtag", "AHA19"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let md = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let window = "interactions from 2019-11-16 00:00:00 to 2019-11-22 23:59:59 UTC in posts tagged #aha19"
        XCTAssertTrue(md.contains("Window: \(window); follows are counted whole."), md)
        XCTAssertTrue(md.contains("**Window**: \(window)"), md)
    }

    func testBadWindowsAreUsageErrors() throws {
        let path = try fixture()
        for (arguments, message) in [
            (["--since", "2019-13-01"], "--since 2019-13-01: expected a UTC date like 2019-11-16"),
            (["--until", "next week"], "--until next week: expected a UTC date like 2019-11-16"),
            (["--since", "2019"], "--since 2019: expected"),
            (["--since", "2019-11-20", "--until", "2019-11-10"], "--since 2019-11-20 is after --until 2019-11-10"),
            (["--hashtag", "#"], "--hashtag needs a tag"),
        ] {
            for command in [["stats"], ["metric", "pagerank"], ["communities"]] {
                let r = try CLI.run(command + ["--input", path] + arguments)
                XCTAssertEqual(r.status, 2, "\(command) \(arguments): \(r.stderr)")
                XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
            }
        }
    }

    /// The sample's conference conversation: #CurbCon26 in the conference week. Reference, from
    /// the CSV alone:
    ///
    ///     python3 -c "import csv,collections; print(collections.Counter(r['kind'] for r in
    ///       csv.DictReader(open('Samples/clinician-network/edges.csv')) if r['kind'] != 'follow'
    ///       and '2026-03-14' <= r['timestamp'][:10] <= '2026-03-20'
    ///       and 'curbcon26' in r['hashtags'].lower().replace('#', ' ').split()))"
    ///
    /// like 917, repost 542, reply 470, mention 398, quote 197. The focus account's archive
    /// repeats its own interactions with the same tags, so adding it changes nothing.
    func testSampleConferenceConversation() throws {
        let expected = ["follow": 38_598, "like": 917, "repost": 542, "reply": 470, "mention": 398, "quote": 197]
        for inputs in [["Samples/clinician-network"], ["Samples/clinician-network", "Samples/x-archive-focus"]] {
            let conference = try stats(["--input"] + inputs + ["--hashtag", "CurbCon26", "--since", "2026-03-14", "--until", "2026-03-20"])
            XCTAssertEqual(conference["interactions"] as? [String: Int], expected, "\(inputs)")
        }
    }

    /// Higgs Twitter activity (SNAP; 563,069 timed interactions, 1–7 July 2012) cut to one UTC day
    /// and to two hours. Reference counts, independently of Curbside:
    ///
    ///     zcat higgs-activity_time.txt.gz | python3 -c "import sys,collections; lo,hi=1341360000,1341446399; \
    ///       ev=collections.Counter(); ed=collections.defaultdict(set)
    ///     for l in sys.stdin:
    ///         a,b,t,k=l.split(); t=int(t)
    ///         if lo<=t<=hi: ev[k]+=1; ed[k].add((a,b))
    ///     print(dict(ev), {k:len(v) for k,v in ed.items()})"
    ///
    /// 2012-07-04 (lo 1341360000, hi 1341446399): events RT 233,331, MT 101,279, RE 21,778;
    /// distinct (a, b) pairs RT 215,682, MT 90,508, RE 19,556.
    /// 2012-07-04T08:00:00Z–09:59:59Z (lo 1341388800, hi 1341395999): events RT 30,320, MT 11,776,
    /// RE 2,830; pairs RT 29,012, MT 11,130, RE 2,622.
    func testHiggsActivityWindowedToOneDayAndTwoHours() throws {
        let data = try sharedData("higgs-twitter/higgs-activity_time.txt.gz")
        let db = temporaryDirectory().appendingPathComponent("higgs.sqlite").path
        let imported = try CLI.run(["import", "--db", db, data.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let day = try stats(["--db", db, "--since", "2012-07-04", "--until", "2012-07-04"])
        XCTAssertEqual(day["interactions"] as? [String: Int], ["repost": 233_331, "mention": 101_279, "reply": 21_778])
        XCTAssertEqual(day["edges"] as? [String: Int], ["repost": 215_682, "mention": 90_508, "reply": 19_556])
        let hours = try stats(["--db", db, "--since", "2012-07-04T08:00:00Z", "--until", "2012-07-04T09:59:59Z"])
        XCTAssertEqual(hours["interactions"] as? [String: Int], ["repost": 30_320, "mention": 11_776, "reply": 2_830])
        XCTAssertEqual(hours["edges"] as? [String: Int], ["repost": 29_012, "mention": 11_130, "reply": 2_622])
        // Unwindowed, the whole week: 563,069 events (SOURCE.md), by kind as the import test counts them.
        let all = try stats(["--db", db])
        XCTAssertEqual(all["interactions"] as? [String: Int], ["repost": 354_930, "mention": 171_237, "reply": 36_902])
    }
}
