import CurbsideStore
import Foundation
import XCTest
@testable import CurbsideImport

/// Issue #11 item 7: a NUL byte inside a field cut it short in the store (SQLite text bound
/// as a C string): 23 distinct handles `nul\0byte_N` all became `nul`, ids collided, the rest
/// of each bio was lost, without a word. Now a NUL is a bad record (strict), or removed and
/// counted (lenient), in every format.
final class NulByteTests: XCTestCase {
    private let nul = "\u{0}"

    /// 23 accounts whose handles differ only after a NUL, each with a bio holding one too.
    private func nodeList(in dir: URL) throws -> String {
        var text = "id,handle,bio\n"
        for n in 1 ... 23 { text += "\(n),nul\(nul)byte_\(n)_fic,Fictional GP\(nul) teaching \(n)\n" }
        return try TestSupport.write(text, to: dir, "nodes.csv")
    }

    func testCSVNodeListStrictNamesLineAndColumn() throws {
        let path = try nodeList(in: try TestSupport.tempDirectory(self))
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error, ImportError(file: "nodes.csv", location: "line 2",
                                          expected: "no NUL byte in the handle column (it would cut the value short)",
                                          reason: "nul-byte"))
    }

    func testCSVNodeListLenientRemovesAndCountsNul() throws {
        let path = try nodeList(in: try TestSupport.tempDirectory(self))
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(Set(sink.accounts.compactMap(\.handle)), Set((1 ... 23).map { "nulbyte_\($0)_fic" }))
        XCTAssertEqual(sink.accounts.first?.bio, "Fictional GP teaching 1")
        XCTAssertFalse(sink.accounts.contains { ($0.handle ?? "").contains(nul) || ($0.bio ?? "").contains(nul) })
        XCTAssertEqual(result.recordsSkipped, 0)
        XCTAssertEqual(result.counts["nul-removed"], 46)
        XCTAssertTrue(result.notes.contains("NUL bytes removed from 46 fields (bio column 23, handle column 23)"), "\(result.notes)")
    }

    /// The CSV fast path (ids straight to the store as bytes) is checked too.
    func testCSVEdgeListIdsWithNul() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("source,target\na_fic,b_fic\nnul\(nul)one_fic,b_fic\nnul\(nul)two_fic,b_fic\n", to: dir, "edges.csv")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) },
                       ImportError(file: "edges.csv", location: "line 3",
                                   expected: "no NUL byte in the source column (it would cut the value short)", reason: "nul-byte"))
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(sink.edges.map(\.source.id), ["a_fic", "nulone_fic", "nultwo_fic"])
        XCTAssertEqual(result.counts["nul-removed"], 2)
    }

    func testSnapIdWithNul() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("1 2\n3 4\(nul)4\n", to: dir, "edges.txt")
        var options = ImportOptions(format: .snap)
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path, options) },
                       ImportError(file: "edges.txt", location: "line 2",
                                   expected: "no NUL byte in the target id (it would cut the value short)", reason: "nul-byte"))
        options.lenient = true
        let (result, sink, _) = try TestSupport.load(path, options)
        XCTAssertEqual(sink.edges.map(\.target.id), ["2", "44"])
        XCTAssertEqual(result.counts["nul-removed"], 1)
        XCTAssertTrue(result.notes.contains("NUL bytes removed from 1 field (target id 1)"), "\(result.notes)")
    }

    /// JSON's `\u0000` escape (twarc2 here; X archives, Mastodon, GraphML and Bluesky records pass
    /// the same check on their way to the store).
    func testTwarc2UnicodeEscapeNul() throws {
        let dir = try TestSupport.tempDirectory(self)
        let page = #"{"data": [{"id": "9005", "username": "nul\u0000byte_fic", "name": "Nurse Fic", "description": "Fictional\u0000 nurse"}], "meta": {"result_count": 1}, "__twarc": {"url": "https://api.twitter.com/2/users/9001/followers?max_results=1000", "version": "2.3.0", "retrieved_at": "2021-06-26T23:00:00+00:00"}}"#
        let path = try TestSupport.write(page + "\n", to: dir, "followers.jsonl")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) },
                       ImportError(file: path, location: "record 1",
                                   expected: "no NUL byte in the handle (it would cut the value short)", reason: "nul-byte"))
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        let account = try XCTUnwrap(sink.accounts.first { $0.key.id == "9005" })
        XCTAssertEqual(account.handle, "nulbyte_fic")
        XCTAssertEqual(account.bio, "Fictional nurse")
        XCTAssertEqual(result.counts["nul-removed"], 2)
    }

    /// A raw NUL in GraphML character data reaches the records (the tokenizer reads it as text).
    func testGraphMLRawNul() throws {
        let dir = try TestSupport.tempDirectory(self)
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="h" for="node" attr.name="handle" attr.type="string"/>
        <graph edgedefault="directed">
        <node id="n1"><data key="h">nul\(nul)byte_fic</data></node>
        <node id="n2"/><edge source="n1" target="n2"/>
        </graph></graphml>
        """
        let path = try TestSupport.write(xml, to: dir, "g.graphml")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.reason, "nul-byte")
        let (_, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(sink.accounts.compactMap(\.handle), ["nulbyte_fic"])
    }

    // MARK: Fuzzer findings (handles, multiplex): a required field made only of NUL bytes

    /// Lenient mode removed the NULs after the reader's emptiness check, so an id of only NUL
    /// bytes reached the store empty. Now such a record is skipped (`missing-field`).
    func testHandlesIdOfOnlyNulIsSkipped() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("id,handle,platform\n\(nul)\(nul)\(nul),nurse_fic,x\n2,gp_fic,\(nul)\(nul)\n3,dr_fic,x\n",
                                         to: dir, "handles.csv")
        var options = ImportOptions(format: .handles)
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path, options) }?.reason, "nul-byte")
        options.lenient = true
        let (result, sink, _) = try TestSupport.load(path, options)
        XCTAssertEqual(sink.accounts.map(\.key), [AccountKey(platform: "x", id: "3")])
        XCTAssertEqual(result.recordsRead, 3)
        XCTAssertEqual(result.recordsSkipped, 2)
        XCTAssertEqual(result.skippedByReason, ["missing-field": 2])
        XCTAssertEqual(result.problems.map(\.expected), ["the account id to hold more than NUL bytes", "the platform to hold more than NUL bytes"])
        XCTAssertEqual(result.counts["account"], 1)
        XCTAssertNil(result.counts["nul-removed"])
    }

    /// The same hole for multiplex edges (source, target) and layer labels (edge kinds), and
    /// node-file ids; the fuzzer's reproducer bytes (multiplex crash-06244997…) included.
    func testMultiplexIdsAndKindOfOnlyNulAreSkipped() throws {
        let dir = try TestSupport.tempDirectory(self)
        let edges = try TestSupport.write("1 \(nul)\(nul) 2 1\n1 2 \(nul) 1\n2 1 2 1\n1 1 2 1\n", to: dir, "ward_multiplex.edges")
        _ = try TestSupport.write("layerID layerLabel\n1 advice\n2 \(nul)\n", to: dir, "ward_layers.txt")
        _ = try TestSupport.write("nodeID nodeLabel\n\(nul)\n1 gp_fic\n", to: dir, "ward_nodes.txt")
        var options = ImportOptions(format: .multiplex)
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(edges, options) }?.reason, "nul-byte")
        options.lenient = true
        let (result, sink, _) = try TestSupport.load(edges, options)
        XCTAssertEqual(sink.edges.map { "\($0.source.id)>\($0.target.id) \($0.kind)" }, ["1>2 advice"])
        XCTAssertEqual(sink.accounts.map(\.key.id), ["1"])
        XCTAssertEqual(result.recordsRead, 6)
        XCTAssertEqual(result.skippedByReason, ["missing-field": 4])
        XCTAssertEqual(result.problems.map(\.expected), ["the account id to hold more than NUL bytes",
                                                          "the source id to hold more than NUL bytes",
                                                          "the target id to hold more than NUL bytes",
                                                          "the edge kind to hold more than NUL bytes"])
        XCTAssertEqual(result.counts["edge"], 1)
        XCTAssertEqual(result.counts["account"], 1)

        // The reproducer: 60 NULs, a tab, 40 NULs, " 1" (layer, source id of only NULs, target).
        let repro = try TestSupport.write(Array(repeating: 0, count: 60) + [9] + Array(repeating: 0, count: 40) + Array(" 1\n".utf8),
                                          to: try TestSupport.tempDirectory(self), "net_multiplex.edges")
        let (r2, s2, _) = try TestSupport.load(repro, options)
        XCTAssertTrue(s2.edges.isEmpty)
        XCTAssertEqual(r2.skippedByReason, ["missing-field": 1])
    }
}
