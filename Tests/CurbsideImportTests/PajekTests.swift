import CurbsideRecords
@testable import CurbsideImport
import XCTest

/// Pajek `.net` files (``PajekReader``). The fixtures in `Fixtures/pajek/`:
///
/// - `networkx-directed.net`, `networkx-undirected.net`: written by networkx 3.6.1's
///   `write_pajek` from a 5-node DiGraph / Graph with `_fic` labels (one label with a space,
///   so quoted; the others bare, as networkx writes them).
/// - `igraph-directed.net`: written by python-igraph 1.0.0's `Graph.write_pajek` (6 arcs, one
///   of them a parallel 1 → 2).
/// - `pajek-style.net`: by hand, as Pajek writes: CRLF, `*Network`, coordinates and drawing
///   parameters, `%` comments, a vertex without a line, `*ARCS`, `*Edges`, `*arcslist`, `*Edgeslist`.
///
/// Reference counts: networkx 3.6.1 `read_pajek` on the first three (nodes, edges, self-loops,
/// weights). networkx reads `*arcslist` as `*arcs` pairs, so `pajek-style.net` was counted by a
/// 20-line Python script walking its sections with `shlex.split` (ties each way for
/// `*Edges`/`*Edgeslist`, weights rounded): 13 directed ties, 2 self-loops.
final class PajekTests: XCTestCase {
    private func load(_ name: String, _ options: ImportOptions = ImportOptions()) throws -> (ImportResult, RecordCollector) {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("pajek/\(name)"), options)
        XCTAssertEqual(source.format, .pajek)
        return (result, sink)
    }


    /// networkx read_pajek: 5 nodes, 5 edges, 1 self-loop, weights 3, 1, 2.5, 1, 4.
    func testNetworkxDirected() throws {
        let (result, sink) = try load("networkx-directed.net")
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["edge"], 5)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertNil(result.counts["undirected-edge"])
        XCTAssertEqual(sink.tieSummary, ["1>2:3", "2>1:1", "3>1:3", "4>4:1", "5>3:4"]) // 2.5 rounded
        XCTAssertTrue(result.notes.contains { $0.contains("1 decimal weights rounded") })
        XCTAssertEqual(sink.accounts.count, 5)
        XCTAssertEqual(sink.accounts.first { $0.key.id == "3" }?.name, "cleo vance_fic")
        XCTAssertEqual(sink.accounts.first { $0.key.id == "1" }?.name, "ada_quill_fic")
        XCTAssertTrue(sink.accounts.allSatisfy { $0.key.platform == "pajek" && $0.handle == nil })
        XCTAssertEqual(result.recordsRead, 10)
    }

    /// networkx read_pajek: 5 nodes, 4 undirected edges (1 a self-loop) = 7 directed pairs.
    func testNetworkxUndirectedIsATieEachWay() throws {
        let (result, sink) = try load("networkx-undirected.net")
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["undirected-edge"], 4)
        XCTAssertEqual(result.counts["edge"], 7)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(sink.tieSummary, ["1>2:2", "2>1:2", "2>3:1", "3>2:1", "3>4:1", "4>3:1", "5>5:1"])
        XCTAssertTrue(result.notes.contains { $0.contains("4 undirected edges stored as two directed edges each") })
    }

    /// networkx read_pajek: 5 nodes, 6 edges (a parallel pair 1 → 2 of weights 3 and 2).
    func testIgraphDirected() throws {
        let (result, sink) = try load("igraph-directed.net")
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["edge"], 6)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(sink.tieSummary, ["1>2:2", "1>2:3", "2>1:1", "3>1:3", "4>4:1", "5>3:4"])
        XCTAssertEqual(sink.accounts.first { $0.key.id == "3" }?.name, "cleo vance_fic")
    }

    func testPajekProgramStyleAllSections() throws {
        let (result, sink) = try load("pajek-style.net", ImportOptions(kind: "repost"))
        XCTAssertEqual(result.counts["node"], 6)
        XCTAssertEqual(result.counts["edge"], 13)
        XCTAssertEqual(result.counts["edge:repost"], 13)
        XCTAssertEqual(result.counts["self-loop"], 2)
        XCTAssertEqual(result.counts["undirected-edge"], 4)
        XCTAssertEqual(result.recordsRead, 12) // 5 vertex lines, 7 tie lines
        XCTAssertEqual(sink.tieSummary, ["1>2:2", "1>6:1", "2>4:2", "3>1:1", "4>1:1", "4>2:1", "4>2:2", "4>3:1",
                                       "5>5:1", "5>6:1", "6>1:1", "6>5:1", "6>6:1"])
        XCTAssertEqual(sink.accounts.first { $0.key.id == "1" }?.name, "Dr Ada Quill_fic")
        XCTAssertEqual(sink.accounts.first { $0.key.id == "5" }?.name, "eli_park_fic")
        XCTAssertNil(sink.accounts.first { $0.key.id == "6" })
    }

    /// Tie ends may be labels (networkx resolves them so); an end that is neither is a bad record.
    func testLabelsAsEndsAndErrors() throws {
        let dir = try TestSupport.tempDirectory(self)
        let ok = try TestSupport.write("*vertices 2\n1 a_fic\n2 \"b c_fic\"\n*arcs\na_fic \"b c_fic\" 2\n", to: dir, "labels.net")
        let (result, sink, _) = try TestSupport.load(ok)
        XCTAssertEqual(result.counts["edge"], 1)
        XCTAssertEqual(sink.tieSummary, ["1>2:2"])

        let bad = try TestSupport.write("*Vertices 2\n1 \"a_fic\"\n*Arcs\n1 3\n", to: dir, "bad.net")
        let e = TestSupport.importError { _ = try TestSupport.load(bad) }
        XCTAssertEqual(e?.description, "bad.net: line 4: expected vertex numbers from 1 to 2 (or vertex labels) as the tie's ends")
        XCTAssertEqual(e?.reason, "bad-vertex")

        let weight = try TestSupport.write("*Vertices 2\n*Edges\n1 2 -1\n", to: dir, "w.net")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(weight) }?.description,
                       "w.net: line 3: expected a positive number (the weight) in column 3")
        var lenient = ImportOptions()
        lenient.lenient = true
        let (r2, _, _) = try TestSupport.load(bad, lenient)
        XCTAssertEqual(r2.skippedByReason["bad-vertex"], 1)

        let early = try TestSupport.write("*Arcs\n1 2\n", to: dir, "early.net")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(early) }?.description,
                       "early.net: line 1: expected a *Vertices N line before *arcs")
    }

    /// Pajek's multi-relational form: each `*Arcs :k "label"` section's ties get the label as kind.
    func testRelationsAreKinds() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("*Vertices 3\n*Arcs :1 \"advice\"\n1 2\n2 3\n*Arcs :2 \"Retweet\"\n3 1\n*Edges\n1 3\n",
                                         to: dir, "relations.net")
        let (result, _, _) = try TestSupport.load(path)
        XCTAssertEqual(result.counts["edge:advice"], 2)
        XCTAssertEqual(result.counts["edge:repost"], 1)
        XCTAssertEqual(result.counts["edge:edge"], 2)
    }

    /// `*Matrix`: row → column where the value is not 0.
    func testMatrixSection() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("*Vertices 3\n*Matrix\n0 2 0\n0 0 1\n1 0 0\n", to: dir, "m.net")
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(result.counts["edge"], 3)
        XCTAssertEqual(sink.tieSummary, ["1>2:2", "2>3:1", "3>1:1"])
    }
}
