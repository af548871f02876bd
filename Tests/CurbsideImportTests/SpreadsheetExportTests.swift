import CurbsideRecords
@testable import CurbsideImport
import XCTest

/// Gephi's and NodeXL's spreadsheet exports, read by the CSV reader's header detection.
///
/// Fixtures (synthetic, `_fic` accounts), written by a Python `csv.writer` script in the shape
/// of the real exports:
/// - `Fixtures/csv/gephi/`: Gephi 0.10 Data Laboratory "Export table": `edges.csv`
///   (`Source,Target,Type,Id,Label,timeset,Weight`, `Type` Directed/Undirected per row) and
///   `nodes.csv` (`Id,Label,timeset,Description`).
/// - `Fixtures/csv/nodexl/`: a NodeXL Twitter workbook saved sheet by sheet as CSV (CRLF), each
///   sheet with NodeXL's row of column groups (`Visual Properties`, `Labels`, `Other Columns`)
///   above its header: `edges.csv` (`Vertex 1,Vertex 2,Color,Width,…,Relationship,Relationship
///   Date (UTC),Tweet,…,Hashtags in Tweet,…,Date,Time,…,Source,Edge Weight`) and `vertices.csv`
///   (`Vertex,Color,…,Label,…,Name,Followed,Followers,…,Description,Location,…`). The column
///   names and the `Relationship` values (`Followed`/`Follows`, `Mentions`, `Replies to`,
///   `Retweet`, `MentionsInRetweet`, `Tweet` for a post naming nobody, a self-loop) are those
///   NodeXL writes, as found with the code search: NodeXL's own GraphML writer
///   (`DefineEdgeStringGraphMLAttributes(…, "Relationship Date (UTC)")`), scripts listing the
///   edges sheet's columns in order and reading the sheets with `pandas.read_excel(…, header=1)`
///   (the group row above the header), and an exporter documenting
///   `Relationship[Follows, Replies to, Tweet, Mentions]`.
///
/// Reference counts: pandas 3.0.1, `read_csv` (`header=1` for NodeXL): Gephi 6 rows, 3
/// Undirected (1 a self-loop) → 8 directed ties, weights rounded [2, 1, 3, 1, 2, 1], 5 nodes, 3
/// with a description; NodeXL 7 rows, Relationship counts Mentions 2, Replies to 1, Retweet 1,
/// MentionsInRetweet 1, Tweet 1, Followed 1, 1 self-loop, 5 distinct ids, Edge Weight sum 8,
/// Relationship Date (UTC) 2021-11-17 19:49:09 (1637178549) to 2021-11-19 11:15:00 (1637320500).
final class SpreadsheetExportTests: XCTestCase {

    func testGephiEdgesAndNodesTables() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("csv/gephi"))
        XCTAssertEqual(source.format, .csv)
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["edge"], 8)
        XCTAssertEqual(result.counts["edge:edge"], 8)
        XCTAssertEqual(result.counts["undirected-edge"], 3)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(result.recordsRead, 11) // 5 node rows, 6 edge rows
        XCTAssertEqual(sink.tieSummary, ["ada_quill_fic>ben_arro_fic:1", "ada_quill_fic>ben_arro_fic:2", "ada_quill_fic>eli_park_fic:2",
                                    "ben_arro_fic>cleo_vance_fic:1", "cleo_vance_fic>ada_quill_fic:3", "cleo_vance_fic>ben_arro_fic:1",
                                    "dev_oshi_fic>dev_oshi_fic:1", "eli_park_fic>ada_quill_fic:2"])
        XCTAssertTrue(result.notes.contains { $0.contains("3 undirected edges stored as two directed edges each") })
        let ada = sink.accounts.first { $0.key.id == "ada_quill_fic" }
        XCTAssertEqual(ada?.name, "Dr Ada Quill")
        XCTAssertEqual(ada?.bio, "Cardiologist, fictional")
        XCTAssertEqual(sink.accounts.filter { $0.bio != nil }.count, 3)
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.platform == "csv" && $0.target.platform == "csv" })
    }

    /// A Gephi edges table with its own kind column: `Type` stays the direction.
    func testGephiTypeBesideAKindColumn() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("Source,Target,Type,Id,Label,Weight,relationship\na_fic,b_fic,Undirected,0,,1,Retweet\n",
                                         to: dir, "g.csv")
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(result.counts["edge:repost"], 2)
        XCTAssertEqual(sink.tieSummary, ["a_fic>b_fic:1", "b_fic>a_fic:1"])
        // A `type` column of kinds is still the kind column.
        let kinds = try TestSupport.write("source,target,type\na_fic,b_fic,follow\n", to: dir, "k.csv")
        XCTAssertEqual(try TestSupport.load(kinds).1.edges.map(\.kind), ["follow"])
    }

    func testNodeXLWorkbookSavedAsCSV() throws {
        let (result, sink, source) = try TestSupport.load(TestSupport.fixture("csv/nodexl"))
        XCTAssertEqual(source.format, .csv)
        XCTAssertEqual(result.counts["node"], 5)
        XCTAssertEqual(result.counts["edge"], 7)
        XCTAssertEqual(result.counts["edge:mention"], 3) // Mentions 2 + MentionsInRetweet 1
        XCTAssertEqual(result.counts["edge:reply"], 1)
        XCTAssertEqual(result.counts["edge:repost"], 1)
        XCTAssertEqual(result.counts["edge:follow"], 1)
        XCTAssertEqual(result.counts["edge:Tweet"], 1)
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(Set(sink.edges.flatMap { [$0.source.id, $0.target.id] }).count, 5)
        XCTAssertEqual(sink.edges.map(\.count).reduce(0, +), 8)
        XCTAssertEqual(sink.edges.compactMap(\.firstAt).min(), 1_637_178_549)
        XCTAssertEqual(sink.edges.compactMap(\.firstAt).max(), 1_637_320_500)
        XCTAssertEqual(sink.edges.first { $0.kind == "repost" }?.hashtags, ["curbcon26", "cardioonc"])
        XCTAssertEqual(result.notes.filter { $0.contains("line 1 names no column Curbside knows") }.count, 2)
        let ben = try XCTUnwrap(sink.accounts.first { $0.key.id == "ben_arro_fic" })
        XCTAssertEqual(ben.handle, "ben_arro_fic")
        XCTAssertEqual(ben.name, "Ben Arro, RN")
        XCTAssertEqual(ben.bio, "Cardiac nurse (fictional)")
        XCTAssertEqual(ben.followersCount, 310)
        XCTAssertEqual(ben.followingCount, 80)
        XCTAssertEqual(sink.accounts.first { $0.key.id == "cleo_vance_fic" }?.name, "Cléo Vance")
    }

    /// The row above the header is skipped once; two lines naming nothing are still an error at line 1.
    func testOnlyOneRowAboveTheHeaderIsSkipped() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("alpha,beta\ngamma,delta\n", to: dir, "x.csv")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) }?.description,
                       "x.csv: line 1: expected a header naming source and target columns (edge list) or an id column (node list)")
        let one = try TestSupport.write("alpha,beta\n", to: dir, "one.csv")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(one) }?.reason, "bad-header")
    }
}
