import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// GraphML and GEXF fixtures (Fixtures/graphml, Fixtures/gexf) with fictional accounts.
final class GraphFileTests: XCTestCase {
    private func fixture(_ format: String, _ name: String) -> String {
        TestSupport.fixtures(format).appendingPathComponent(name).path
    }

    private func g(_ id: String, _ platform: String = "graphml") -> AccountKey { AccountKey(platform: platform, id: id) }

    // MARK: GraphML

    func testNodeXLGraphMLMapsAttributesByName() throws {
        let (result, sink, source) = try TestSupport.load(fixture("graphml", "nodexl-fictional.graphml"))
        XCTAssertEqual(source.format, .graphml)
        let fic = g("dr_fictional_fic"), nurse = g("nurse_fictional"), onc = g("dr_fictional_onc")
        XCTAssertEqual(sink.accounts, [
            AccountRecord(key: fic, handle: "dr_fictional_fic", name: "Dr Fictional & Fic", bio: "Fictional GP <not real>",
                          location: "Nowhere General", followersCount: 1200, followingCount: 300, createdAt: 1_425_204_000),
            AccountRecord(key: nurse, handle: "nurse_fictional", location: "Unknown", followersCount: 45),
            AccountRecord(key: onc, location: "Unknown"),
        ])
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: fic, target: nurse, kind: "mention", count: 3, at: 1_637_178_549),
            EdgeRecord(source: nurse, target: fic, kind: "reply", count: 1, at: 1_637_218_800), // 08:00+01:00
            EdgeRecord(source: fic, target: onc, kind: "follow"),
            EdgeRecord(source: onc, target: fic, kind: "advice", count: 3), // 2.6 rounded
        ])
        XCTAssertEqual(result.counts["node"], 3)
        XCTAssertEqual(result.counts["edge"], 4)
        XCTAssertEqual(result.recordsRead, 7)
        XCTAssertTrue(result.notes.contains("nodexl-fictional.graphml: 1 decimal weights rounded to whole counts"), "\(result.notes)")
    }

    func testUndirectedGraphMLEmitsBothDirections() throws {
        let (result, sink, _) = try TestSupport.load(fixture("graphml", "gephi-undirected.graphml"), ImportOptions(platform: "study"))
        let s = { (id: String) in AccountKey(platform: "study", id: id) }
        XCTAssertEqual(sink.accounts.first, AccountRecord(key: s("1"), name: "Dr Fictional Fic", specialty: "general practice"))
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: s("1"), target: s("2"), kind: "edge", count: 2),
            EdgeRecord(source: s("2"), target: s("1"), kind: "edge", count: 2),
            EdgeRecord(source: s("2"), target: s("3"), kind: "edge"), // directed="true" overrides the default
            EdgeRecord(source: s("3"), target: s("3"), kind: "edge"), // an undirected self-loop is one edge
        ])
        XCTAssertEqual(result.counts["undirected-edge"], 2)
        XCTAssertEqual(result.counts["edge-element"], 3)
        XCTAssertTrue(result.notes.contains { $0.contains("2 undirected edges stored as two directed edges") })
    }

    func testYEdLabelsAndNestedGraphs() throws {
        let (result, sink, _) = try TestSupport.load(fixture("graphml", "yed-fictional.graphml"))
        XCTAssertEqual(sink.accounts.map(\.name), ["dr_fictional_fic", "nurse_fictional", "Ward team"])
        XCTAssertEqual(sink.edges, [EdgeRecord(source: g("n0"), target: g("n1::n0"), kind: "edge")])
        XCTAssertEqual(result.counts["node"], 3)
    }

    func testMalformedGraphMLNamesTheLine() throws {
        let bad = fixture("graphml", "bad-xml.graphml")
        let e1 = TestSupport.importError { _ = try TestSupport.load(bad) }
        XCTAssertEqual(e1?.reason, "bad-xml")
        XCTAssertTrue(e1?.location.hasPrefix("line 6,") ?? false, e1?.location ?? "")
        XCTAssertEqual(e1?.file, "bad-xml.graphml")
        XCTAssertTrue(e1?.expected.hasPrefix("well-formed XML (XML parser error ") ?? false, e1?.expected ?? "")
        XCTAssertTrue(e1?.expected.hasSuffix("the rest of the file is not read") ?? false, e1?.expected ?? "")
        XCTAssertFalse(e1?.description.contains("Secret") ?? true)

        let unknown = fixture("graphml", "unknown-key.graphml")
        let e2 = TestSupport.importError { _ = try TestSupport.load(unknown) }
        XCTAssertEqual(e2?.description, "unknown-key.graphml: line 6: expected a <data> key declared by a <key> element (key ids are names, see the file's <key> list)")
        XCTAssertEqual(e2?.reason, "unknown-key")
        // Lenient: the value is skipped; the node and the edge are kept.
        let (result, sink, _) = try TestSupport.load(unknown, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["unknown-key": 1])
        XCTAssertEqual(sink.accounts.count, 2)
        XCTAssertEqual(sink.edges.count, 1)
    }

    func testGraphMLBadValuesAndWrongRoot() throws {
        let dir = try TestSupport.tempDirectory(self)
        let head = """
        <graphml><key id="w" for="edge" attr.name="weight"/><key id="t" for="edge" attr.name="timestamp"/>
        <key id="f" for="node" attr.name="followers"/><graph edgedefault="directed">
        """
        let cases = [
            ("<edge source=\"a\" target=\"b\"><data key=\"w\">-2</data></edge>", "bad-weight"),
            ("<edge source=\"a\" target=\"b\"><data key=\"t\">last tuesday</data></edge>", "bad-timestamp"),
            ("<edge source=\"a\"/>", "missing-field"),
            ("<node><data key=\"f\">3</data></node>", "missing-field"),
            ("<node id=\"a\"><data key=\"f\">many</data></node>", "bad-count"),
        ]
        for (body, reason) in cases {
            let path = try TestSupport.write(head + "\n" + body + "\n</graph></graphml>\n", to: dir, "case.graphml")
            let error = TestSupport.importError { _ = try TestSupport.load(path) }
            XCTAssertEqual(error?.reason, reason, body)
            XCTAssertEqual(error?.location, "line 3", body)
        }
        let gexfAsGraphML = try TestSupport.write("<gexf><graph/></gexf>", to: dir, "wrong.graphml")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(gexfAsGraphML) }?.reason, "unknown-format")
    }

    func testEntityExpansionBombIsRejected() throws {
        // Seven levels of 20 references: 20^7 × 71 bytes ≈ 90 GB if expanded. libxml2 refuses.
        var entities = "<!ENTITY a \"\(String(repeating: "a", count: 71))\">\n"
        let names = Array("abcdefg")
        for i in 1 ..< names.count {
            entities += "<!ENTITY \(names[i]) \"\(String(repeating: "&\(names[i - 1]);", count: 20))\">\n"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n\(entities)]>\n"
            + "<graphml><key id=\"d\" for=\"node\" attr.name=\"label\"/><graph><node id=\"x\"><data key=\"d\">&g;</data></node></graph></graphml>\n"
        let path = try TestSupport.write(text, to: try TestSupport.tempDirectory(self), "bomb.graphml")
        let started = Date()
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.reason, "bad-xml")
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    // MARK: GEXF

    func testDynamicGEXF13() throws {
        let (result, sink, source) = try TestSupport.load(fixture("gexf", "gephi-dynamic-1.3.gexf"))
        XCTAssertEqual(source.format, .gexf)
        let k = { (id: String) in AccountKey(platform: "gexf", id: id) }
        XCTAssertEqual(sink.accounts, [
            AccountRecord(key: k("100"), handle: "dr_fictional_fic", name: "Dr Fictional Fic", bio: "Fictional GP", followersCount: 1200),
            AccountRecord(key: k("200"), name: "Nurse Fictional", followersCount: 0), // the attribute's default
            AccountRecord(key: k("300"), name: "Dr Fictional Onc", followersCount: 0),
        ])
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: k("100"), target: k("200"), kind: "repost", count: 2, firstAt: 1_637_178_549, lastAt: 1_637_366_400),
            // Spells: the earliest start and the latest end.
            EdgeRecord(source: k("200"), target: k("300"), kind: "mention", count: 1, firstAt: 1_640_995_200, lastAt: 1_641_168_000),
            EdgeRecord(source: k("300"), target: k("100"), kind: "edge"),
            EdgeRecord(source: k("100"), target: k("300"), kind: "edge"), // mutual
        ])
        XCTAssertEqual(result.counts["undirected-edge"], 1)
    }

    func testGEXF12UndirectedWithAbstractTimes() throws {
        let (result, sink, _) = try TestSupport.load(fixture("gexf", "static-undirected-1.2.gexf"))
        let k = { (id: String) in AccountKey(platform: "gexf", id: id) }
        XCTAssertEqual(sink.edges, [EdgeRecord(source: k("a"), target: k("b"), kind: "edge", count: 2),
                                    EdgeRecord(source: k("b"), target: k("a"), kind: "edge", count: 2)])
        XCTAssertEqual(sink.accounts.map(\.name), ["dr_fictional_fic", "dr_fictional_derm"])
        XCTAssertTrue(result.notes.contains { $0.contains("abstract steps") }, "\(result.notes)")
    }

    func testMalformedGEXF() throws {
        let e1 = TestSupport.importError { _ = try TestSupport.load(fixture("gexf", "bad-xml.gexf")) }
        XCTAssertEqual(e1?.reason, "bad-xml")
        XCTAssertTrue(e1?.location.hasPrefix("line 6,") ?? false, e1?.location ?? "")
        XCTAssertFalse(e1?.description.contains("Secret") ?? true)
        let unknown = fixture("gexf", "unknown-attribute.gexf")
        let e2 = TestSupport.importError { _ = try TestSupport.load(unknown) }
        XCTAssertEqual(e2?.description,
                       "unknown-attribute.gexf: line 7: expected an <attvalue> naming an attribute declared in <attributes class=\"node\">")
        XCTAssertFalse(e2?.description.contains("nurse") ?? true)
    }

    func testDetectionOfXMLGraphFilesByRootElement() throws {
        let dir = try TestSupport.tempDirectory(self)
        let graphml = try String(contentsOfFile: fixture("graphml", "nodexl-fictional.graphml"), encoding: .utf8)
        let gexf = try String(contentsOfFile: fixture("gexf", "gephi-dynamic-1.3.gexf"), encoding: .utf8)
        XCTAssertEqual(try Importer.prepare(try TestSupport.write(graphml, to: dir, "network.xml"), options: ImportOptions()).format, .graphml)
        XCTAssertEqual(try Importer.prepare(try TestSupport.write(gexf, to: dir, "network.xml2"), options: ImportOptions()).format, .gexf)
        XCTAssertEqual(try Importer.prepare(fixture("car", "fictional-v3.car"), options: ImportOptions()).format, .bluesky)
    }
}
