import Foundation
import XCTest
import CurbsideGraph
@testable import CurbsideStore

/// Time windows and hashtag conversations over a fictional two-week fixture: a week of
/// background (2019-11-09..15) and a conference week (2019-11-16..22, #AHA19). Every expected
/// number below is counted by hand from the records in `importWeeks` (times in the comments).
final class WindowTests: XCTestCase {
    private let a = AccountKey(platform: "x", id: "9100000000101")  // ada_fic
    private let b = AccountKey(platform: "x", id: "9100000000102")  // ben_fic
    private let c = AccountKey(platform: "x", id: "9100000000103")  // cy_fic
    private let d = AccountKey(platform: "x", id: "9100000000104")  // dee_fic

    // UTC times (python3: calendar.timegm(time.strptime(s, '%Y-%m-%d %H:%M:%S'))).
    static let nov10_0900: Int64 = 1_573_376_400
    static let nov16_0000: Int64 = 1_573_862_400
    static let nov16_0900: Int64 = 1_573_894_800
    static let nov16_1200: Int64 = 1_573_905_600
    static let nov16_2359_59: Int64 = 1_573_948_799
    static let nov17_0000: Int64 = 1_573_948_800
    static let nov17_1000: Int64 = 1_573_984_800
    static let nov17_1200: Int64 = 1_573_992_000
    static let nov18_0800: Int64 = 1_574_064_000
    static let nov19_1000: Int64 = 1_574_157_600
    static let nov22_2359_59: Int64 = 1_574_467_199
    static let nov23_0000: Int64 = 1_574_467_200

    /// The conference week, whole days.
    let week = InteractionWindow(since: nov16_0000, until: nov22_2359_59)

    private func importWeeks(_ store: Store) throws {
        _ = try store.importSource(path: "weeks.csv", format: "csv", sha256: "w1", importedAt: 1_700_000_000) { sink in
            for (h, k) in [("ada_fic", a), ("ben_fic", b), ("cy_fic", c), ("dee_fic", d)] {
                try sink.account(AccountRecord(key: k, handle: h))
            }
            // State: follows (one with a time, as Bluesky gives) and an untimed advice tie.
            try sink.edge(EdgeRecord(source: a, target: b, kind: "follow"))
            try sink.edge(EdgeRecord(source: b, target: a, kind: "follow"))
            try sink.edge(EdgeRecord(source: c, target: a, kind: "follow"))
            try sink.edge(EdgeRecord(source: d, target: a, kind: "follow", at: Self.nov17_1000))
            try sink.edge(EdgeRecord(source: c, target: d, kind: "advice"))
            // An interaction without a time (an X archive like): in no window.
            try sink.edge(EdgeRecord(source: a, target: c, kind: "like"))
            // Mentions a → b: one in the background week, three in the conference week.
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov10_0900, hashtags: ["MedEd"]))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov16_0900, hashtags: ["#AHA19", "cardiotwitter"]))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov17_1200, hashtags: ["aha19"]))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov18_0800))
            // Replies b → a on both sides of midnight.
            try sink.edge(EdgeRecord(source: b, target: a, kind: "reply", at: Self.nov16_2359_59, hashtags: ["AHA19"]))
            try sink.edge(EdgeRecord(source: b, target: a, kind: "reply", at: Self.nov17_0000, hashtags: ["aha19"]))
            // A repost the second after the week.
            try sink.edge(EdgeRecord(source: c, target: b, kind: "repost", at: Self.nov23_0000, hashtags: ["AHA19"]))
            // One record of three quotes at one time.
            try sink.edge(EdgeRecord(source: d, target: c, kind: "quote", count: 3, at: Self.nov16_1200, hashtags: ["aha19"]))
            // Two mentions aggregated over a span: not placeable in a window.
            try sink.edge(EdgeRecord(source: c, target: a, kind: "mention", count: 2, firstAt: Self.nov10_0900, lastAt: Self.nov17_1200))
            return ImportCounts(read: 16, skipped: 0)
        }
        // A second source overlapping the first (the same mention on Nov 16) plus one of its own.
        _ = try store.importSource(path: "archive", format: "x-archive", sha256: "w2", importedAt: 1_700_000_100) { sink in
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov16_0900, hashtags: ["aha19"]))
            try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: Self.nov19_1000, hashtags: ["AHA19", "ArchiveOnly"]))
            return ImportCounts(read: 2, skipped: 0)
        }
    }

    private func store() throws -> Store {
        let store = try Store.inMemory()
        try importWeeks(store)
        return store
    }

    func testEventsAreWrittenForTimedInteractionsOnly() throws {
        let store = try store()
        // Source 1: 4 mentions + 2 replies + 1 repost + 1 quote record (n = 3); not the follows,
        // the advice tie, the untimed like or the span. Source 2: 2 mentions.
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event WHERE source_id = 1"), 8)
        XCTAssertEqual(try store.db.scalar("SELECT SUM(n) FROM event WHERE source_id = 1"), 10)
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event WHERE source_id = 2"), 2)
        // seq follows time within a source: the Nov 10 mention is 0, the Nov 23 repost last.
        XCTAssertEqual(try store.db.scalar("SELECT at FROM event WHERE source_id = 1 AND seq = 0"), Self.nov10_0900)
        XCTAssertEqual(try store.db.scalar("SELECT at FROM event WHERE source_id = 1 AND seq = 7"), Self.nov23_0000)
        // Hashtags normalised: #AHA19, AHA19 and aha19 are one tag.
        let s = try store.db.prepare("SELECT label FROM tag ORDER BY label")
        var labels: [String] = []
        while try s.step() { labels.append(s.string(0) ?? "") }
        XCTAssertEqual(labels, ["aha19", "archiveonly", "cardiotwitter", "meded"])
        // aha19 on: source 1 mentions Nov 16 and 17, both replies, the repost, the quote (6);
        // source 2 both mentions (2).
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event_tag WHERE tag = (SELECT id FROM tag WHERE label = 'aha19')"), 8)
    }

    /// Events more than 2^32 s apart take the general sort; seq still follows time.
    func testEventsFarApartAreOrderedByTime() throws {
        let store = try Store.inMemory()
        _ = try store.importSource(path: "far.csv", format: "csv", sha256: "far") { sink in
            for t: Int64 in [5_000_000_000, -100, 1_573_894_800, -100] {
                try sink.edge(EdgeRecord(source: a, target: b, kind: "mention", at: t))
            }
            return ImportCounts(read: 4, skipped: 0)
        }
        let s = try store.db.prepare("SELECT at FROM event ORDER BY seq")
        var times: [Int64] = []
        while try s.step() { times.append(s.int64(0)) }
        XCTAssertEqual(times, [-100, -100, 1_573_894_800, 5_000_000_000])
        XCTAssertEqual(try store.statistics(window: InteractionWindow(since: -100, until: -100)).interactions, ["mention": 2])
    }

    func testUnboundedReadsAreUnchanged() throws {
        let stats = try store().statistics()
        XCTAssertEqual(stats.edges, ["follow": 4, "advice": 1, "like": 1, "mention": 2, "reply": 1, "repost": 1, "quote": 1])
        // a → b mentions: 4 in source 1, 2 in source 2 → 4; c → a: 2.
        XCTAssertEqual(stats.interactions["mention"], 6)
        XCTAssertEqual(stats.firstAt, Self.nov10_0900)
        XCTAssertEqual(stats.lastAt, Self.nov23_0000)
    }

    func testStatisticsInTheConferenceWeek() throws {
        let stats = try store().statistics(window: week)
        // Follows (the timed one too) and the advice tie whole; the like and the span left out;
        // a → b mentions: source 1 has 3 in the week, source 2 has 2 → 3; replies 2; quotes 3;
        // the repost is a second late.
        XCTAssertEqual(stats.edges, ["follow": 4, "advice": 1, "mention": 1, "reply": 1, "quote": 1])
        XCTAssertEqual(stats.interactions, ["follow": 4, "advice": 1, "mention": 3, "reply": 2, "quote": 3])
        XCTAssertEqual(stats.firstAt, Self.nov16_0900)
        XCTAssertEqual(stats.lastAt, Self.nov19_1000)
        XCTAssertEqual(stats.accounts, 4)
        XCTAssertEqual(stats.sources, 2)
    }

    func testHashtagConversation() throws {
        let store = try store()
        var tagged = week
        tagged.hashtag = "aha19"
        let inWeek = try store.statistics(window: tagged)
        // a → b mentions tagged in the week: source 1 Nov 16 and 17 (2), source 2 Nov 16 and 19 (2) → 2.
        XCTAssertEqual(inWeek.interactions, ["follow": 4, "advice": 1, "mention": 2, "reply": 2, "quote": 3])
        // Any case, with or without #, gives the same conversation.
        XCTAssertEqual(try store.statistics(window: InteractionWindow(since: week.since, until: week.until, hashtag: "#AHA19")), inWeek)
        // The hashtag alone, at any time: the repost of Nov 23 joins; Nov 10's #MedEd mention does not.
        let always = try store.statistics(window: InteractionWindow(hashtag: "AHA19"))
        XCTAssertEqual(always.interactions, ["follow": 4, "advice": 1, "mention": 2, "reply": 2, "repost": 1, "quote": 3])
        XCTAssertEqual(always.lastAt, Self.nov23_0000)
        let meded = try store.statistics(window: InteractionWindow(hashtag: "meded"))
        XCTAssertEqual(meded.interactions, ["follow": 4, "advice": 1, "mention": 1])
        XCTAssertEqual(meded.firstAt, Self.nov10_0900)
        // A hashtag nobody used: only state ties.
        XCTAssertEqual(try store.statistics(window: InteractionWindow(hashtag: "nosuchtag")).interactions, ["follow": 4, "advice": 1])
    }

    func testBoundsAreInclusiveToTheSecond() throws {
        let store = try store()
        // One day, Nov 17: the reply at 00:00:00 and the mention at 12:00; not the reply at 23:59:59 the day before.
        let nov17 = try store.statistics(window: InteractionWindow(since: Self.nov17_0000, until: Self.nov17_0000 + 86_399))
        XCTAssertEqual(nov17.interactions, ["follow": 4, "advice": 1, "mention": 1, "reply": 1])
        let toMidnight = try store.statistics(window: InteractionWindow(until: Self.nov16_2359_59))
        // Up to Nov 16 23:59:59: mentions Nov 10 and 16 (source 1: 2, source 2: 1 → 2), the reply at 23:59:59, the quotes.
        XCTAssertEqual(toMidnight.interactions, ["follow": 4, "advice": 1, "mention": 2, "reply": 1, "quote": 3])
        let fromNov23 = try store.statistics(window: InteractionWindow(since: Self.nov23_0000))
        XCTAssertEqual(fromNov23.interactions, ["follow": 4, "advice": 1, "repost": 1])
    }

    func testLoadGraphInAWindow() throws {
        let store = try store()
        var tagged = week
        tagged.hashtag = "aha19"
        for (window, mentions, first, last) in [(week, 3, Self.nov16_0900, Self.nov19_1000),
                                                (tagged, 2, Self.nov16_0900, Self.nov19_1000)] {
            let loaded = try store.loadGraph(window: window)
            let g = loaded.graph
            XCTAssertEqual(g.nodeCount, 4, "every account stays a node")
            // 4 follows, advice, a → b mention, b → a reply, d → c quote.
            XCTAssertEqual(g.edgeCount, 8)
            let mention = try XCTUnwrap(g.kindID("mention"))
            let e = try XCTUnwrap(g.outAdjacency.range(0).first { g.kind(ofEdge: $0) == mention })
            XCTAssertEqual(g.outAdjacency.targets[e], 1)
            XCTAssertEqual(Int(g.count(ofEdge: e)), mentions)
            XCTAssertEqual(g.firstSeen(ofEdge: e), first)
            XCTAssertEqual(g.lastSeen(ofEdge: e), last)
            let quote = try XCTUnwrap(g.kindID("quote"))
            let q = try XCTUnwrap(g.outAdjacency.range(3).first { g.kind(ofEdge: $0) == quote })
            XCTAssertEqual(g.count(ofEdge: q), 3)
            // The timed follow is state: whole, without its time.
            let follow = try XCTUnwrap(g.kindID("follow"))
            let f = try XCTUnwrap(g.outAdjacency.range(3).first { g.kind(ofEdge: $0) == follow })
            XCTAssertNil(g.firstSeen(ofEdge: f))
        }
        // Kinds still select: mentions only.
        let mentions = try store.loadGraph(kinds: ["mention"], times: false, window: week).graph
        XCTAssertEqual(mentions.edgeCount, 1)
        XCTAssertEqual(mentions.count(ofEdge: 0), 3)
        // Without a window: the aggregated edges, as before (a → b: 4 mentions).
        let all = try store.loadGraph().graph
        XCTAssertEqual(all.edgeCount, 11)
    }

    func testActivityInAWindow() throws {
        let store = try store()
        let rows = try store.activityByDay(window: week).map { "\($0.day) \($0.kind) \($0.count)" }
        // Days since 1970: Nov 16 = 18216 … Nov 19 = 18219. Nov 16: mention (1 per source → 1),
        // reply at 23:59:59, 3 quotes; Nov 17: mention, reply; Nov 18: mention; Nov 19: mention (source 2).
        XCTAssertEqual(rows, ["18216 mention 1", "18216 quote 3", "18216 reply 1", "18217 mention 1", "18217 reply 1",
                              "18218 mention 1", "18219 mention 1"])
        let tagged = try store.activityByDay(window: InteractionWindow(hashtag: "meded")).map { "\($0.day) \($0.kind) \($0.count)" }
        XCTAssertEqual(tagged, ["18210 mention 1"])
    }

    func testForgetRemovesEventsAndUnusedTags() throws {
        let store = try store()
        let archive = try XCTUnwrap(try store.source(matching: "archive"))
        let summary = try store.forget(source: archive)
        XCTAssertEqual(summary.eventsRemoved, 2)
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event WHERE source_id = 2"), 0)
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event_tag WHERE source_id = 2"), 0)
        // "archiveonly" was only on source 2's events; "aha19" stays for source 1's.
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM tag WHERE label = 'archiveonly'"), 0)
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM tag WHERE label = 'aha19'"), 1)
        // The week now: source 1's three mentions; last time Nov 18.
        let stats = try store.statistics(window: week)
        XCTAssertEqual(stats.interactions["mention"], 3)
        XCTAssertEqual(stats.lastAt, Self.nov18_0800)
        // Re-importing the same content is still skipped by its SHA-256, adding no events.
        _ = try store.importSource(path: "weeks-again.csv", format: "csv", sha256: "w1") { _ in ImportCounts(read: 0, skipped: 0) }
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event"), 8)
    }

    func testSummaryStatesTheWindow() {
        XCTAssertEqual(InteractionWindow(since: Self.nov16_0000, until: Self.nov22_2359_59, hashtag: "#AHA19").summary,
                       "interactions from 2019-11-16 00:00:00 to 2019-11-22 23:59:59 UTC in posts tagged #aha19")
        XCTAssertEqual(InteractionWindow(since: -1).summary, "interactions from 1969-12-31 23:59:59 UTC on")
        XCTAssertEqual(InteractionWindow(until: 951_782_400).summary, "interactions up to 2000-02-29 00:00:00 UTC")
        XCTAssertEqual(InteractionWindow().summary, "")
        XCTAssertEqual(InteractionWindow.normalizeHashtag(" #CurbCon26 "), "curbcon26")
    }

    /// A store written before events existed gets events for its interactions with one time.
    func testVersionThreeStoreIsBackfilled() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v3-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let db = try Connection(path: path)
            try db.execute("CREATE TABLE migration (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)")
            for m in Schema.migrations.prefix(3) {
                try db.execute(m.sql)
                try db.execute("INSERT INTO migration VALUES ('\(m.name)', 0)")
            }
            try db.execute("INSERT INTO source(id, path, format, sha256, imported_at, records_read, records_skipped) VALUES (1, 'old.csv', 'csv', 'ab', 0, 4, 0)")
            try db.execute("INSERT INTO account(id, platform, platform_id) VALUES (1, 'x', '1'), (2, 'x', '2')")
            // kinds: 1 follow, 2 mention, 3 reply. A timed follow, one mention at one time,
            // a reply seen twice at the same second, a mention span (left as an edge only).
            try db.execute("""
                INSERT INTO edge VALUES (1, 1, 2, 1, 1, 100, 100), (1, 1, 2, 2, 1, \(Self.nov16_0900), \(Self.nov16_0900)),
                    (1, 2, 1, 3, 2, \(Self.nov17_0000), \(Self.nov17_0000)), (1, 2, 1, 2, 2, 50, 60)
                """)
        }
        let store = try Store(path: path)
        XCTAssertTrue(try store.appliedMigrations().contains("v4-events"))
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM event"), 2)
        let stats = try store.statistics(window: week)
        XCTAssertEqual(stats.interactions, ["follow": 1, "mention": 1, "reply": 2])
    }
}
