@testable import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Edge lists whose rows do not say what their ties are: a third column that is a weight or
/// a time, a file name naming the kind, self-loops counted.
final class EdgeListHintsTests: XCTestCase {
    private func key(_ id: String, _ platform: String = "snap") -> AccountKey { AccountKey(platform: platform, id: id) }

    /// A weighted list named after its kind: weights become counts, the name the kind. On
    /// the old code this file was kind `edge` with times 3, 1 and 2 (1970-01-01).
    func testWeightedListNamedForItsKind() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("a_fic b_fic 3\nb_fic c_fic 1\nc_fic c_fic 2\n", to: dir, "clinic-Retweet_network.edgelist")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("a_fic"), target: key("b_fic"), kind: "repost", count: 3, firstAt: nil, lastAt: nil),
            EdgeRecord(source: key("b_fic"), target: key("c_fic"), kind: "repost", count: 1, firstAt: nil, lastAt: nil),
            EdgeRecord(source: key("c_fic"), target: key("c_fic"), kind: "repost", count: 2, firstAt: nil, lastAt: nil),
        ])
        XCTAssertEqual(result.thirdColumn, .weight)
        XCTAssertEqual(result.kindChoices, [KindChoice(file: "clinic-Retweet_network.edgelist", kind: "repost", basis: .fileName, word: "retweet")])
        XCTAssertEqual(result.counts["self-loop"], 1)
        XCTAssertEqual(result.counts["edge:repost"], 3)
        XCTAssertTrue(result.notes.contains("clinic-Retweet_network.edgelist: ties are repost, as the file name says (retweet); --kind sets another kind"),
                      "\(result.notes)")
        XCTAssertTrue(result.notes.contains { $0.contains("column 3 read as a weight (line 1 holds") }, "\(result.notes)")

        // --kind wins over the name; --third-column time reads the same numbers as times.
        var options = ImportOptions(kind: "advice")
        options.thirdColumn = .time
        let (r2, s2, _) = try TestSupport.load(path, options)
        XCTAssertEqual(s2.edges.map(\.kind), ["advice", "advice", "advice"])
        XCTAssertEqual(s2.edges.map(\.firstAt), [3, 1, 2])
        XCTAssertEqual(r2.kindChoices.map(\.basis), [.option])
        XCTAssertEqual(r2.thirdColumn, .time)
    }

    func testKindFromFileName() {
        let cases: [(String, String?)] = [
            ("higgs-retweet_network.edgelist.gz", "repost"), ("/data/mentions.txt", "mention"), ("REPLY-graph.tsv", "reply"),
            ("followers.csv", "follow"), ("data/retweets/edges.txt", nil), ("retweeted.txt", nil), ("prefollowing.txt", nil),
            ("retweets-and-replies.txt", nil), ("mention_mentions.txt", "mention"), ("g.txt", nil),
        ]
        for (name, kind) in cases { XCTAssertEqual(EdgeListHints.kind(fromFileName: name)?.kind, kind, name) }
    }

    /// Every value a Unix time since 2006 (or a date): times; one number that is not: weights.
    func testThirdColumnDetection() throws {
        let dir = try TestSupport.tempDirectory(self)
        let times = try TestSupport.write("# c\na b 1341100972\nb c 2012-07-01T00:00:00Z\nc d\n", to: dir, "t.txt")
        let (r1, s1, _) = try TestSupport.load(times)
        XCTAssertEqual(s1.edges.map(\.firstAt), [1_341_100_972, 1_341_100_800, nil])
        XCTAssertEqual(s1.edges.map(\.count), [1, 1, 1])
        XCTAssertEqual(r1.thirdColumn, .time)
        XCTAssertEqual(r1.kindChoices.map(\.kind), ["edge"])
        // One number that is not a time among times: all are weights (the time a huge one, as the note says).
        let mixed = try TestSupport.write("a b 1341100972\nb c 1.5\nc d 0\n", to: dir, "m.txt")
        let strict = TestSupport.importError { _ = try TestSupport.load(mixed) }
        XCTAssertEqual(strict?.description, "m.txt: line 3: expected a positive number (the weight) in column 3")
        let (r2, s2, _) = try TestSupport.load(mixed, ImportOptions(lenient: true))
        XCTAssertEqual(s2.edges.map(\.count), [1_341_100_972, 2])
        XCTAssertEqual(r2.skippedByReason, ["bad-weight": 1])
        XCTAssertTrue(r2.notes.contains("m.txt: 1 decimal weights rounded to whole counts"), "\(r2.notes)")
        XCTAssertTrue(r2.notes.contains { $0.hasPrefix("m.txt: column 3 read as a weight (line 2 holds") }, "\(r2.notes)")
        // Two columns first, a small number later: read as a time it is refused, never 1970.
        let late = try TestSupport.write("a b\nb c 7\n", to: dir, "late.txt")
        let e = TestSupport.importError { _ = try TestSupport.load(late) }
        XCTAssertEqual(e?.description, "late.txt: line 2: expected a Unix time between 2006-03-21 and now in column 3 (or --third-column weight|time)")
        XCTAssertEqual(e?.reason, "bad-timestamp")
        var weights = ImportOptions()
        weights.thirdColumn = .weight
        let (_, s3, _) = try TestSupport.load(late, weights)
        XCTAssertEqual(s3.edges.map(\.count), [1, 7])
    }

    /// CSV edge lists count their self-loops too (still edges) and take a kind from the name.
    func testCSVSelfLoopsAndNamedKind() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("source,target\na_fic,a_fic\na_fic,b_fic\nb_fic,b_fic\n", to: dir, "mentions.csv")
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(result.counts["self-loop"], 2)
        XCTAssertEqual(result.counts["edge:mention"], 3)
        XCTAssertEqual(sink.edges.count, 3)
        XCTAssertEqual(result.kindChoices, [KindChoice(file: "mentions.csv", kind: "mention", basis: .fileName, word: "mentions")])
    }

    /// The three Higgs per-kind edge lists (`a b weight`). Reference counts from pandas 3.0.1 and
    /// networkx 3.6.1 over the same gzip files:
    /// `pd.read_csv(p, sep=" ", header=None, names=["a","b","w"], dtype={"a": str, "b": str})` for
    /// rows, distinct ids (`pd.unique(pd.concat([a, b])).size`), self-loops (`(a == b).sum()`),
    /// `w.sum()` and repeated pairs (`duplicated(["a","b"]).sum()`, 0 in all three);
    /// `nx.read_weighted_edgelist(p, create_using=nx.MultiDiGraph, nodetype=str)` agrees
    /// (`number_of_edges`, `number_of_nodes`, `number_of_selfloops`, `size(weight="weight")`).
    func testHiggsPerKindEdgeLists() throws {
        let expected: [(file: String, kind: String, rows: Int, ids: Int, loops: Int, weights: Int)] = [
            ("higgs-retweet_network.edgelist.gz", "repost", 328_132, 256_491, 0, 354_930),
            ("higgs-mention_network.edgelist.gz", "mention", 150_818, 116_408, 5_353, 171_237),
            ("higgs-reply_network.edgelist.gz", "reply", 32_523, 38_918, 343, 36_902),
        ]
        for e in expected {
            let path = try TestSupport.dataset("higgs-twitter/\(e.file)")
            let (result, sink, source) = try TestSupport.load(path)
            XCTAssertEqual(source.format, .snap, e.file)
            XCTAssertEqual(result.recordsRead, e.rows, e.file)
            XCTAssertEqual(result.recordsSkipped, 0, e.file)
            XCTAssertEqual(result.counts["edge:\(e.kind)"], e.rows, e.file)
            XCTAssertEqual(sink.edges.count, e.rows, e.file)
            XCTAssertEqual(result.counts["node"], e.ids, e.file)
            XCTAssertEqual(result.counts["self-loop"] ?? 0, e.loops, e.file)
            XCTAssertEqual(sink.edges.reduce(0) { $0 + $1.count }, e.weights, e.file)
            XCTAssertTrue(sink.edges.allSatisfy { $0.firstAt == nil && $0.kind == e.kind }, e.file)
            XCTAssertEqual(result.thirdColumn, .weight, e.file)
            XCTAssertEqual(result.kindChoices.first?.basis, .fileName, e.file)
        }
    }
}
