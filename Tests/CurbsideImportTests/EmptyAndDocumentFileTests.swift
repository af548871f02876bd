import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Files that yield nothing say so (a warning, never a silent "0 records read"), GraphML key
/// ids keep one type, and prose is never taken for an edge list (issue #13).
///
/// The GraphML fixtures reproduce the shapes of igraph's own regression files
/// (igraph/igraph tests/regression: `bug_1970.graphml`, `bug_2506_1.graphml` declare one key
/// id twice with different `attr.type`s and an empty `<graph>`), written anew with fictional ids.
/// networkx 3.6.1 (`nx.read_graphml(path)`) on each, for comparison:
/// - keys-only.graphml: raises `NetworkXError: file not successfully read as graphml`;
/// - graph-without-nodes.graphml: an empty DiGraph, 0 nodes, 0 edges, no warning;
/// - conflicting-key-types.graphml: 2 nodes, 1 edge, keeping the *last* declaration
///   (`{'weight': '2'}`, a string), no warning;
/// - repeated-key-same-type.graphml: 2 nodes, 1 edge `{'weight': 2.0}`.
/// Curbside imports the first two with a warning, makes the third a bad record
/// (`conflicting-key`: strict stops, lenient keeps the first declaration) and reads the fourth.
final class EmptyAndDocumentFileTests: XCTestCase {
    private func graphml(_ name: String) -> String {
        TestSupport.fixtures("graphml").appendingPathComponent(name).path
    }

    func testGraphMLWithOnlyKeysWarnsThatThereIsNoGraph() throws {
        let (result, sink, source) = try TestSupport.load(graphml("keys-only.graphml"))
        XCTAssertEqual(source.format, .graphml)
        XCTAssertTrue(sink.accounts.isEmpty && sink.edges.isEmpty)
        XCTAssertEqual(result.recordsRead, 0)
        XCTAssertEqual(result.warnings, ["keys-only.graphml: no <graph> element (only declarations): no account and no tie imported"])
    }

    func testGraphMLWithAnEmptyGraphWarns() throws {
        let (result, sink, _) = try TestSupport.load(graphml("graph-without-nodes.graphml"))
        XCTAssertTrue(sink.accounts.isEmpty && sink.edges.isEmpty)
        XCTAssertEqual(result.warnings, ["graph-without-nodes.graphml: its <graph> holds no node and no edge: no account and no tie imported"])
    }

    func testConflictingKeyTypesAreABadRecord() throws {
        let path = graphml("conflicting-key-types.graphml")
        let error = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(error?.reason, "conflicting-key")
        XCTAssertEqual(error?.file, "conflicting-key-types.graphml")
        XCTAssertEqual(error?.location, "line 4")
        XCTAssertEqual(error?.expected, "the attr.type of key w declared on line 3 (double), not another type for the same key id")

        // Lenient: the second declaration is skipped, the first (double) holds: the edge's weight 2 is its count.
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["conflicting-key": 1])
        XCTAssertEqual(result.withoutTieByReason, ["conflicting-key": 1])
        XCTAssertEqual(sink.edges, [EdgeRecord(source: AccountKey(platform: "graphml", id: "a_fic"),
                                               target: AccountKey(platform: "graphml", id: "b_fic"), kind: "edge", count: 2)])
        XCTAssertTrue(result.warnings.isEmpty)
    }

    func testTheSameKeyDeclaredTwiceWithOneTypeIsAllowed() throws {
        // networkx: 2 nodes, 1 edge with weight 2.0.
        let (result, sink, _) = try TestSupport.load(graphml("repeated-key-same-type.graphml"))
        XCTAssertEqual(sink.accounts.count, 2)
        XCTAssertEqual(sink.edges.map(\.count), [2])
        XCTAssertEqual(result.recordsSkipped, 0)
        XCTAssertTrue(result.warnings.isEmpty)
    }

    /// A CSV that is empty or only a header, and an edge list that is empty or only comments
    /// (pandas: `pd.read_csv` gives 0 rows for the header; networkx `read_edgelist`: 0 nodes).
    func testEmptyAndHeaderOnlyFilesImportWithAWarning() throws {
        let dir = try TestSupport.tempDirectory(self)
        let cases: [(String, String, ImportFormat, String)] = [
            ("empty.csv", "", .csv, "empty.csv: the file is empty: no account and no tie imported"),
            ("header.csv", "source,target\n", .csv,
             "header.csv: no records (only a header, comments or declarations): no account and no tie imported"),
            ("empty.txt", "", .snap, "empty.txt: the file is empty: no account and no tie imported"),
            ("comments.edgelist", "# FromNodeId ToNodeId\n% nothing else\n", .snap,
             "comments.edgelist: no records (only a header, comments or declarations): no account and no tie imported"),
        ]
        for (name, text, format, warning) in cases {
            let (result, sink, source) = try TestSupport.load(try TestSupport.write(text, to: dir, name))
            XCTAssertEqual(source.format, format, name)
            XCTAssertTrue(sink.edges.isEmpty, name)
            XCTAssertEqual(result.warnings, [warning], name)
        }
        // A file that gives ties has no warning.
        let (result, _, _) = try TestSupport.load(try TestSupport.write("a_fic b_fic\n", to: dir, "edges.txt"))
        XCTAssertEqual(result.warnings, [])
    }

    /// A dataset folder holds a SOURCE.md beside its edge list: `import DIR/*` must not read
    /// the prose as edges (before, `Source repository: github.com/…` was a three-column edge
    /// line and the import stopped at line 3 with "expected a Unix timestamp in column 3").
    func testDocumentsAreNotEdgeLists() throws {
        let dir = try TestSupport.tempDirectory(self)
        let prose = """
            # example-fic network

            Source repository: github.com/example/fictional-network
            Path: data/edges.txt
            Licence: CC BY 4.0

            Counts: 3 nodes, 2 edges.
            """
        let markdown = try TestSupport.write(prose, to: dir, "SOURCE.md")
        let notes = try TestSupport.write(prose, to: dir, "NOTES.txt")
        let edges = try TestSupport.write("# FromNodeId ToNodeId\n1 2\n2 3\n", to: dir, "edges.txt")
        for path in [markdown, notes] {
            let error = TestSupport.importError { _ = try Importer.prepare(path, options: ImportOptions()) }
            XCTAssertEqual(error?.reason, "unknown-format", path)
        }
        // A first line that could be an edge, then sentences: prose.
        let versioned = try TestSupport.write("Version 2\nThis file lists the ties of the network, one per line.\n", to: dir, "README.txt")
        XCTAssertEqual(TestSupport.importError { _ = try Importer.prepare(versioned, options: ImportOptions()) }?.reason, "unknown-format")
        // Short lines in a .md are still a document; in a .txt they are an edge list.
        let pairs = "1 2\n2 3\n"
        XCTAssertThrowsError(try Importer.prepare(try TestSupport.write(pairs, to: dir, "pairs.md"), options: ImportOptions()))
        XCTAssertEqual(try Importer.prepare(try TestSupport.write(pairs, to: dir, "pairs.txt"), options: ImportOptions()).format, .snap)
        // The edge list beside them: 2 ties, 3 nodes (networkx read_edgelist: 3 nodes, 2 edges).
        let (result, sink, source) = try TestSupport.load(edges)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(sink.edges.count, 2)
        XCTAssertEqual(result.counts["node"], 3)
        // One damaged line among edges is still an edge list, with the bad line named.
        let damaged = try TestSupport.write("1 2\n2 3 4 5 6 7\n3 4\n", to: dir, "damaged.txt")
        let error = TestSupport.importError { _ = try TestSupport.load(damaged) }
        XCTAssertEqual(error?.reason, "bad-columns")
        XCTAssertEqual(error?.location, "line 2")
        // --format snap still reads it: 4 content lines (the heading is a `#` comment); `Path:
        // data/edges.txt` is two tokens, so one tie; the other three are bad records (lenient).
        let forced = try TestSupport.load(markdown, ImportOptions(format: .snap, lenient: true))
        XCTAssertEqual(forced.0.recordsRead, 4)
        XCTAssertEqual(forced.0.skippedByReason, ["bad-timestamp": 2, "bad-columns": 1])
        XCTAssertEqual(forced.1.edges.count, 1)
    }
}
