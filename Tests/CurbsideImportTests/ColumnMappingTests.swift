@testable import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// `ColumnMapping` (`--columns`, `--kind-map`, `--time-format`, `--time-zone`) on CSV/TSV files
/// whose headers Curbside does not recognise, and the cells of messy files. Synthetic ids.
final class ColumnMappingTests: XCTestCase {
    private func key(_ id: String, _ platform: String = "csv") -> AccountKey { AccountKey(platform: platform, id: id) }

    private func options(_ columns: String, kindMap: String? = nil, time: String? = nil, zone: String? = nil,
                         lenient: Bool = false) throws -> ImportOptions {
        var mapping = try ColumnMapping.parse(columns: columns)
        if let kindMap { mapping.kindCodes = try ColumnMapping.parse(kindMap: kindMap) }
        if let time { mapping.timeFormat = try XCTUnwrap(ColumnMapping.TimeFormat(time)) }
        if let zone { mapping.timeZone = try XCTUnwrap(ColumnMapping.TimeZoneSpec(zone)) }
        var o = ImportOptions(lenient: lenient)
        o.columns = mapping
        return o
    }

    /// A research export: unknown header names, coded kinds, US-style local times, an author
    /// handle per row, an empty unnamed column. Without a mapping it stops at line 1.
    func testMappedResearchExport() throws {
        let dir = try TestSupport.tempDirectory(self)
        let text = "tweet_id;src_user;retweeted_user_id;type;created_at;n;screen_name;\n"
            + "t1;1001;2002;1;07/01/2012 14:05;1;@amy_fic;\n"
            + "t2;1001;3003;2;07/01/2012 15:30;2;amy_fic;\n"
            + "t3;2002;1001;3;12/31/2012 23:59;1;bo_fic;\n"
            + "t4;3003;3003;1;01/15/2013 08:00;1;cy_fic;\n"
        let path = try TestSupport.write(text, to: dir, "study.csv")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.reason, "bad-header")

        let o = try options("source=src_user,target=3,kind=type,time=created_at,weight=n,handle=screen_name",
                            kindMap: "1=repost,2=reply,3=quote", time: "%m/%d/%Y %H:%M", zone: "America/Chicago")
        let (result, sink, source) = try TestSupport.load(path, o)
        XCTAssertEqual(source.format, .csv)
        // Chicago is UTC-5 in July (CDT) and UTC-6 in December and January (CST):
        // date -u -d '2012-07-01 14:05 CDT' +%s → 1341169500, and so on.
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("1001"), target: key("2002"), kind: "repost", count: 1, at: 1_341_169_500),
            EdgeRecord(source: key("1001"), target: key("3003"), kind: "reply", count: 2, at: 1_341_174_600),
            EdgeRecord(source: key("2002"), target: key("1001"), kind: "quote", count: 1, at: 1_357_019_940),
            EdgeRecord(source: key("3003"), target: key("3003"), kind: "repost", count: 1, at: 1_358_258_400),
        ])
        XCTAssertEqual(sink.accounts.map(\.key.id), ["1001", "2002", "3003"])
        XCTAssertEqual(sink.accounts.map(\.handle), ["amy_fic", "bo_fic", "cy_fic"])
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(result.counts["edge:repost"], 2)
        XCTAssertEqual(result.recordsRead, 4)
        XCTAssertEqual(result.kindChoices, [])
    }

    /// A mapping naming a column the file lacks: `unknown-column`, listing what it has.
    func testUnknownColumnListsTheColumns() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("from_id\tto_id\t\n1\t2\t\n", to: dir, "e.tsv")
        let e = TestSupport.importError { _ = try TestSupport.load(path, try self.options("source=from_id,target=dest")) }
        XCTAssertEqual(e?.reason, "unknown-column")
        XCTAssertEqual(e?.description,
                       "e.tsv: line 1: expected a column named dest for the target (--columns); the file has 1 from_id, 2 to_id, 3 (unnamed)")
        let e2 = TestSupport.importError { _ = try TestSupport.load(path, try self.options("source=1,target=4")) }
        XCTAssertEqual(e2?.expected, "a column 4 for the target (--columns); the file has 1 from_id, 2 to_id, 3 (unnamed)")
        // Names match ignoring case, spaces, _ and -.
        let (_, sink, _) = try TestSupport.load(path, try options("source=FromID,target=to-id"))
        XCTAssertEqual(sink.edges, [EdgeRecord(source: key("1"), target: key("2"), kind: "edge")])
    }

    /// No header: columns by index only; the first row is data.
    func testHeaderlessByIndex() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("x,b_fic,a_fic,1341100972000\ny,c_fic,b_fic,1341100973999\n", to: dir, "raw.csv")
        let (result, sink, _) = try TestSupport.load(path, try options("source=3,target=2,time=4,header=no", time: "epoch-ms"))
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "edge", at: 1_341_100_972),
            EdgeRecord(source: key("b_fic"), target: key("c_fic"), kind: "edge", at: 1_341_100_973),
        ])
        XCTAssertEqual(result.recordsRead, 2)
        let named = TestSupport.importError { _ = try TestSupport.load(path, try self.options("source=src,target=2,header=no")) }
        XCTAssertEqual(named?.expected, "a column named src for the source (--columns); the file has 4 unnamed columns")
    }

    /// A code the map lacks is a bad record; a time not in the format too. Neither echoes the cell.
    func testBadCodesAndTimes() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("a,b,kind,when\nu1_fic,u2_fic,1,2012-07-01T10:00:00+02:00\nu1_fic,u2_fic,9,2012-07-01T10:00:00Z\n"
            + "u1_fic,u2_fic,2,July 1st\n", to: dir, "c.csv")
        let o = try options("source=a,target=b,time=when", kindMap: "1=repost,2=reply", time: "iso8601")
        let strict = TestSupport.importError { _ = try TestSupport.load(path, o) }
        XCTAssertEqual(strict?.description, "c.csv: line 3: expected one of the codes of --kind-map (1, 2) in the kind column")
        XCTAssertEqual(strict?.reason, "bad-kind-code")
        var lenient = o
        lenient.lenient = true
        let (result, sink, _) = try TestSupport.load(path, lenient)
        XCTAssertEqual(result.skippedByReason, ["bad-kind-code": 1, "bad-timestamp": 1])
        XCTAssertEqual(result.problems.last?.description, "c.csv: line 4: expected an ISO 8601 time in the timestamp column")
        XCTAssertEqual(sink.edges, [EdgeRecord(source: key("u1_fic"), target: key("u2_fic"), kind: "repost", at: 1_341_129_600)])
    }

    /// `%z` in a pattern reads the zone from the cell; a fixed offset applies otherwise.
    func testStrftimeZones() throws {
        var m = ColumnMapping(timeFormat: .strftime("%d.%m.%Y %H:%M:%S %z"))
        func t(_ s: String) -> Int64? { Array(s.utf8).withUnsafeBufferPointer { m.time($0) } }
        XCTAssertEqual(t("01.07.2012 10:00:00 +0200"), 1_341_129_600)
        XCTAssertNil(t("01.07.2012 10:00:00 +0200 trailing"))
        XCTAssertNil(t("2012-07-01"))
        m.timeFormat = .strftime("%Y-%m-%d %H:%M")
        m.timeZone = ColumnMapping.TimeZoneSpec("+02:00")
        XCTAssertEqual(t("2012-07-01 10:00"), 1_341_129_600)
        m.timeZone = ColumnMapping.TimeZoneSpec("Europe/Berlin") // CEST, +02:00 in July
        XCTAssertEqual(t("2012-07-01 10:00"), 1_341_129_600)
        m.timeFormat = .epochSeconds
        XCTAssertEqual(t("1341129600.9"), 1_341_129_600)
        XCTAssertNil(ColumnMapping.TimeZoneSpec("Mars/Olympus"))
        XCTAssertNil(ColumnMapping.TimeFormat("dd/mm/yyyy"))
    }

    func testMappingSyntax() {
        XCTAssertEqual(try ColumnMapping.parse(columns: "source=src_user, target=3,header=no"),
                       ColumnMapping(columns: [.source: .name("src_user"), .target: .index(3)], header: false))
        for (bad, message) in [
            ("source=a,sender=b", "--columns: unknown role sender: expected one of source, target, kind, time, weight, handle, name, bio, specialty, header"),
            ("source=0", "--columns: source=0: column indexes start at 1"),
            ("source", "--columns: source: expected key=value pairs separated by commas, e.g. source=src_user,target=3"),
            ("source=a,source=b", "--columns: source is given twice"),
        ] {
            XCTAssertThrowsError(try ColumnMapping.parse(columns: bad)) { XCTAssertEqual("\($0)", message) }
        }
        XCTAssertEqual(try ColumnMapping.parse(kindMap: "1=repost,RT=repost"), ["1": "repost", "RT": "repost"])
    }

    /// Padded and quoted ids, empty unnamed columns, a BOM, CRLF, and bytes that are not
    /// UTF-8 in a column nobody reads (fine) and in one that is read (a bad record naming it).
    func testMessyCells() throws {
        let dir = try TestSupport.tempDirectory(self)
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("source,target,,note,\r\n".utf8)
        bytes += Array("  a_fic ,\"b_fic\",,x,\r\n".utf8)                       // line 2: padded, quoted
        bytes += Array("\t'c_fic'\t, \"\" ,,,\r\n".utf8)                         // line 3: target only quotes
        bytes += Array("c_fic,a_fic,,caf".utf8) + [0xE9] + Array(" 12:00,\r\n".utf8) // line 4: Latin-1 in an unread column
        bytes += Array("d_fic,".utf8) + [0xFF] + Array("e_fic,,,\r\n".utf8)      // line 5: invalid UTF-8 in the target
        let path = try TestSupport.write(bytes, to: dir, "messy.csv")
        let strict = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(strict?.description, "messy.csv: line 3: expected a value in the target column")
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "edge"),
            EdgeRecord(source: key("c_fic"), target: key("a_fic"), kind: "edge"),
        ])
        XCTAssertEqual(result.recordsRead, 4)
        XCTAssertEqual(result.skippedByReason, ["missing-field": 1, "invalid-utf8": 1])
        XCTAssertEqual(result.problems.map(\.description), ["messy.csv: line 3: expected a value in the target column",
                                                           "messy.csv: line 5: expected valid UTF-8 in the target column"])
    }
}

/// Whitespace edge lists read with a mapping: split at runs of blanks, comments skipped.
final class WhitespaceMappingTests: XCTestCase {
    private func key(_ id: String) -> AccountKey { AccountKey(platform: "snap", id: id) }

    func testNamedColumnsAndDefaults() throws {
        let dir = try TestSupport.tempDirectory(self)
        let text = "# exported by a script\nts  who\twhom  n\n1341100972 a_fic  b_fic 2\r\n% note\n1341100973 \"b_fic\" c_fic 1\n"
        let path = try TestSupport.write(text, to: dir, "replies.txt")
        var o = ImportOptions(format: .snap)
        o.columns = try ColumnMapping.parse(columns: "source=who,target=whom,time=ts,weight=n")
        let (result, sink, _) = try TestSupport.load(path, o)
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "reply", count: 2, at: 1_341_100_972),
            EdgeRecord(source: key("b_fic"), target: key("c_fic"), kind: "reply", count: 1, at: 1_341_100_973),
        ])
        XCTAssertEqual(result.recordsRead, 2)
        // By index, no header: source and target default to columns 1 and 2.
        let plain = try TestSupport.write("a_fic b_fic 5\nb_fic c_fic 1\n", to: dir, "g.txt")
        o.columns = try ColumnMapping.parse(columns: "weight=3")
        let (_, s2, _) = try TestSupport.load(plain, o)
        XCTAssertEqual(s2.edges.map(\.count), [5, 1])
        XCTAssertEqual(s2.edges.map(\.source.id), ["a_fic", "b_fic"])
        // A kind map with no kind column would be ignored: an error instead.
        o.columns = ColumnMapping(kindCodes: ["RT": "repost"])
        let e = TestSupport.importError { _ = try TestSupport.load(plain, o) }
        XCTAssertEqual(e?.description, "g.txt: line 1: expected a kind column for --kind-map (name it with --columns kind=…)")
        XCTAssertEqual(e?.reason, "unknown-column")
    }

    /// The Higgs activity log (`a b time code`) read through a mapping and a kind map gives
    /// the same per-kind counts and time span as the SNAP reader's built-in codes.
    func testHiggsActivityThroughAMapping() throws {
        let path = try TestSupport.dataset("higgs-twitter/higgs-activity_time.txt.gz")
        var o = ImportOptions()
        var mapping = try ColumnMapping.parse(columns: "source=1,target=2,time=3,kind=4")
        mapping.kindCodes = try ColumnMapping.parse(kindMap: "RT=repost,MT=mention,RE=reply")
        mapping.timeFormat = .epochSeconds
        o.columns = mapping
        let (result, sink, source) = try TestSupport.load(path, o)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(result.recordsSkipped, 0)
        RealSocialDataTests.assertHiggsActivity(result, sink)
        // pandas 3.0.1 (read_csv sep=" ", ids as str): 304,691 distinct ids, 511,473 distinct
        // (a, b, code) triples, 7,588 self-loops.
        XCTAssertEqual(Set(sink.edges.flatMap { [$0.source.id, $0.target.id] }).count, 304_691)
        XCTAssertEqual(Set(sink.edges.map { [$0.source.id, $0.target.id, $0.kind] }).count, 511_473)
        XCTAssertEqual(result.counts["self-loop"], 7_588)
    }

    /// The AHCA retweet network through a mapping: its first line `54836 96704` (nodes, edge
    /// lines) is a header there too, not an edge. SOURCE.md and pandas 3.0.1 (`skiprows=1`):
    /// 96,704 rows, 89,059 distinct pairs, 54,836 distinct ids, no self-loops. Fails on the code
    /// before this change (96,705 edges, the first `54836 → 96704`; 54,837 ids).
    func testAHCAThroughAMappingSkipsItsCountsHeader() throws {
        let path = try TestSupport.dataset("ahca-healthcare-retweets/dataset_twitter.txt")
        var o = ImportOptions(kind: "repost", platform: "ahca")
        o.columns = try ColumnMapping.parse(columns: "source=1,target=2")
        let (result, sink, source) = try TestSupport.load(path, o)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(result.counts["header-line"], 1)
        XCTAssertEqual(result.recordsRead, 96_704)
        XCTAssertEqual(result.counts["edge:repost"], 96_704)
        XCTAssertEqual(Set(sink.edges.map { [$0.source.id, $0.target.id] }).count, 89_059)
        XCTAssertEqual(Set(sink.edges.flatMap { [$0.source.id, $0.target.id] }).count, 54_836)
        XCTAssertNil(result.counts["self-loop"])
    }
}
