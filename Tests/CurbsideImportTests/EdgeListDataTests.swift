import CurbsideRecords
@testable import CurbsideImport
import XCTest

/// networkx `write_edgelist` output with an edge-data column, in its three shapes.
///
/// Fixtures in `Fixtures/edgelist/`, written by networkx 3.6.1 from one synthetic DiGraph
/// (5 edges, one self-loop, one edge without data): `networkx-data.edgelist`
/// (`write_edgelist(G, path)`: `a b {'weight': 3.0, 'kind': 'mention'}`, `{}` for none),
/// `networkx-weight.edgelist` (`data=['weight']`: `a b 3.0`, `a b` for the edge without one) and
/// `networkx-weighted.edgelist` (`write_weighted_edgelist` of the 4 weighted edges).
///
/// Reference: networkx `read_edgelist(…, create_using=DiGraph)`: 5 nodes, 5 edges, 1 self-loop,
/// weights 3.0, 1.0, 2.5, 1.0, (none); kinds mention, `Replies to`, retweet on three edges.
/// Curbside rounds 2.5 half up, to 3, as every reader here does (Python's `round` gives 2).
final class EdgeListDataTests: XCTestCase {
    private let counts = ["ada_quill_fic>ben_arro_fic:3", "ben_arro_fic>cleo_vance_fic:1", "cleo_vance_fic>ada_quill_fic:3",
                          "dev_oshi_fic>dev_oshi_fic:1", "eli_park_fic>ada_quill_fic:1"]

    func testDataDictColumn() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("edgelist/networkx-data.edgelist"))
        XCTAssertEqual(source.format, .edgelistData)
        XCTAssertEqual(result.recordsRead, 5)
        XCTAssertEqual(result.counts["edge"], 5)
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(sink.tieSummary, counts)
        XCTAssertEqual(result.counts["edge:mention"], 1)
        XCTAssertEqual(result.counts["edge:reply"], 1)
        XCTAssertEqual(result.counts["edge:repost"], 1)
        XCTAssertEqual(result.counts["edge:edge"], 2)
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.platform == "snap" })
    }

    /// `data=['weight']` and `write_weighted_edgelist` are SNAP files whose third column is a weight.
    func testWeightColumnIsSNAP() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("edgelist/networkx-weight.edgelist"))
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(result.counts["edge"], 5)
        XCTAssertEqual(sink.tieSummary, counts)
        let (r2, s2, _) = try TestSupport.load(TestSupport.fixture("edgelist/networkx-weighted.edgelist"))
        XCTAssertEqual(r2.counts["edge"], 4)
        XCTAssertEqual(s2.tieSummary, Array(counts.prefix(4)))
        XCTAssertTrue(r2.notes.contains { $0.contains("column 3 read as a weight") })
    }

    func testPythonLiterals() throws {
        XCTAssertEqual(PythonLiteral.dict("{}")?.count, 0)
        let items = try XCTUnwrap(PythonLiteral.dict(#"{'weight': 2, "kind": 'it\'s', 'seen': True, 'x': None, 't': -1.5e3}"#))
        XCTAssertEqual(items.map(\.0), ["weight", "kind", "seen", "x", "t"])
        XCTAssertEqual(items.map(\.1.text), ["2", "it's", "True", "None", "-1.5e3"])
        XCTAssertNil(PythonLiteral.dict("{'weight': [1, 2]}"))
        XCTAssertNil(PythonLiteral.dict("{'weight': 1"))
        XCTAssertNil(PythonLiteral.dict("{'weight': 1} trailing"))
        XCTAssertNil(PythonLiteral.dict("{weight: 1}"))
    }

    func testErrorsNameLineAndExpectation() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("a_fic b_fic {'weight': 1.0}\nb_fic c_fic {'weight': [1]}\nc_fic a_fic {'weight': 0}\n",
                                         to: dir, "g.edgelist")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.description,
                       "g.edgelist: line 2: expected a Python dict of strings, numbers, True, False or None after the two ids")
        var lenient = ImportOptions()
        lenient.lenient = true
        let (result, _, _) = try TestSupport.load(path, lenient)
        XCTAssertEqual(result.skippedByReason, ["bad-data": 1, "bad-weight": 1])
        XCTAssertEqual(result.counts["edge"], 1)
    }
}
