import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// CSV edge and node lists: dialects, header synonyms, defaults, strict vs lenient.
final class CSVTests: XCTestCase {
    private func key(_ id: String, _ platform: String = "csv") -> AccountKey { AccountKey(platform: platform, id: id) }

    func testQuotingBOMAndCRLF() throws {
        let dir = try TestSupport.tempDirectory(self)
        let text = "\u{FEFF}Source,Target,Type,Timestamp\r\n"
            + "dr_fictional_cardio,\"nurse_fictional, RN\",mention,2019-11-16T14:03:00Z\r\n"
            + "\r\n"
            + "\"dr \"\"quoted\"\" fictional\",dr_fictional_cardio,reply,1573913000\r\n"
            + "\"multi\nline\",dr_fictional_cardio,follow,2019-11-16T15:03:00+01:00\r\n"
            + "dr_fictional_cardio,dr_fictional_onc,,2019-11-16 14:03:00"
        let path = try TestSupport.write(text, to: dir, "edges.csv")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .csv)
        XCTAssertEqual(result.recordsRead, 4)
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("dr_fictional_cardio"), target: key("nurse_fictional, RN"), kind: "mention", at: 1_573_912_980),
            EdgeRecord(source: key("dr \"quoted\" fictional"), target: key("dr_fictional_cardio"), kind: "reply", at: 1_573_913_000),
            EdgeRecord(source: key("multi\nline"), target: key("dr_fictional_cardio"), kind: "follow", at: 1_573_912_980),
            EdgeRecord(source: key("dr_fictional_cardio"), target: key("dr_fictional_onc"), kind: "edge", at: 1_573_912_980),
        ])
    }

    func testTabAndSemicolonSniffingAndSynonyms() throws {
        let dir = try TestSupport.tempDirectory(self)
        let tab = try TestSupport.write("Vertex 1\tVertex 2\tEdge Type\tWeight\na\tb\tadvice\t3\nb\tc\tadvice\t1.0\n", to: dir, "n.tsv")
        let (r1, s1, src1) = try TestSupport.load(tab)
        XCTAssertEqual(src1.format, .csv)
        XCTAssertEqual(s1.edges.map(\.count), [3, 1])
        XCTAssertEqual(s1.edges.map(\.kind), ["advice", "advice"])
        XCTAssertEqual(r1.counts["edge:advice"], 2)

        let semi = try TestSupport.write("FROM;TO;created_at;platform\nx1;x2;2020-01-01;mastodon\n", to: dir, "s.csv")
        let (_, s2, _) = try TestSupport.load(semi, ImportOptions(kind: "follow"))
        XCTAssertEqual(s2.edges, [EdgeRecord(source: key("x1", "mastodon"), target: key("x2", "mastodon"),
                                             kind: "follow", at: 1_577_836_800)])
    }

    func testNodesAndEdgesFolder() throws {
        let dir = try TestSupport.tempDirectory(self)
        try TestSupport.write("""
        user_id,screen_name,display_name,description,location,followers_count,friends_count,specialty,platform
        1,@dr_fictional_cardio,Dr Fictional,"Cardiologist, fictional",Springfield,120,80,cardiology,x
        2,nurse_fictional,Nurse Fictional,,,5,,,
        """, to: dir, "nodes.csv")
        try TestSupport.write("src,dst\n1,2\n2,3\n", to: dir, "edges.csv")
        let (result, sink, source) = try TestSupport.load(dir.path, ImportOptions(platform: "bluesky"))
        XCTAssertEqual(source.format, .csv)
        XCTAssertEqual(source.files.map { URL(fileURLWithPath: $0).lastPathComponent }, ["edges.csv", "nodes.csv"])
        XCTAssertEqual(result.counts["node"], 2)
        XCTAssertEqual(sink.accounts.first, AccountRecord(
            key: key("1", "x"), handle: "dr_fictional_cardio", name: "Dr Fictional", bio: "Cardiologist, fictional",
            location: "Springfield", followersCount: 120, followingCount: 80, specialty: "cardiology"))
        XCTAssertEqual(sink.accounts.last?.key, key("2", "bluesky"))
        XCTAssertNil(sink.accounts.last?.bio)
        // Node 1's platform comes from the node list; 2 and 3 fall back to options.platform.
        XCTAssertEqual(sink.edges.map(\.source), [key("1", "x"), key("2", "bluesky")])
        XCTAssertEqual(sink.edges.map(\.target), [key("2", "bluesky"), key("3", "bluesky")])
    }

    func testBadRowsStrictAndLenient() throws {
        let dir = try TestSupport.tempDirectory(self)
        var bytes = Array("source,target,timestamp,weight\n".utf8)
        bytes += Array("a,b,1573913000,1\n".utf8)                 // line 2: fine
        bytes += Array("a,,1573913000,1\n".utf8)                  // line 3: missing target
        bytes += Array("a,b,yesterday,1\n".utf8)                  // line 4: bad timestamp
        bytes += Array("a,b,2019-13-01T00:00:00Z,1\n".utf8)       // line 5: bad timestamp (month 13)
        bytes += [UInt8(ascii: "a"), 0xC3, 0x28] + Array(",b,1,1\n".utf8) // line 6: invalid UTF-8
        bytes += Array("a,b,1,heavy\n".utf8)                      // line 7: bad weight
        bytes += Array("\"a\"x,b,1,1\n".utf8)                     // line 8: text after closing quote
        bytes += Array("c,d,,\n".utf8)                            // line 9: fine, no time, count 1
        let path = try TestSupport.write(bytes, to: dir, "bad.csv")

        let strict = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(strict?.location, "line 3")
        XCTAssertEqual(strict?.reason, "missing-field")
        XCTAssertEqual(strict?.description, "bad.csv: line 3: expected a value in the target column")

        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.recordsRead, 8)
        XCTAssertEqual(result.recordsSkipped, 6)
        XCTAssertEqual(result.skippedByReason, ["missing-field": 1, "bad-timestamp": 2, "invalid-utf8": 1,
                                                "bad-weight": 1, "bad-quote": 1])
        XCTAssertEqual(result.problems.map(\.location), ["line 3", "line 4", "line 5", "line 6", "line 7", "line 8"])
        XCTAssertEqual(sink.edges.count, 2)
        XCTAssertEqual(sink.edges.last, EdgeRecord(source: key("c"), target: key("d"), kind: "edge"))
    }

    func testInvalidUTF8StrictNamesLine() throws {
        let dir = try TestSupport.tempDirectory(self)
        let bytes = Array("source,target\r\nok,fine\r\n\"multi\nline\",x\r\n".utf8) + [0xFF] + Array(",b\r\n".utf8)
        let path = try TestSupport.write(bytes, to: dir, "u.csv")
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error?.location, "line 5") // the quoted newline makes record 3 span lines 3–4
        XCTAssertEqual(error?.reason, "invalid-utf8")
    }

    func testUnterminatedQuoteAndBadHeader() throws {
        let dir = try TestSupport.tempDirectory(self)
        let open = try TestSupport.write("source,target\na,\"b\nc,d\n", to: dir, "open.csv")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(open) }?.reason, "unterminated-quote")
        let header = try TestSupport.write("alpha,beta\n1,2\n", to: dir, "h.csv")
        let error = TestSupport.importError { _ = try TestSupport.load(header) }
        XCTAssertEqual(error?.location, "line 1")
        XCTAssertEqual(error?.reason, "bad-header")
    }

    func testRecordsSpanningChunkBoundaries() throws {
        // Many rows with quoted multi-line cells so records straddle the reader's 4 MiB chunks.
        let dir = try TestSupport.tempDirectory(self)
        var text = "source,target,kind\n"
        let rows = 120_000
        for i in 0 ..< rows { text += "\"node \(i)\nsecond line \"\"q\"\"\",n\(i % 97),k\(i % 3)\n" }
        let path = try TestSupport.write(text, to: dir, "big.csv")
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertGreaterThan(text.utf8.count, 4 << 20)
        XCTAssertEqual(result.recordsRead, rows)
        XCTAssertEqual(sink.edges.count, rows)
        XCTAssertEqual(sink.edges[rows - 1].source.id, "node \(rows - 1)\nsecond line \"q\"")
        XCTAssertEqual(result.counts["edge:k0"], rows / 3)
    }
}
