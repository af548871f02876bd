import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// SNAP whitespace edge lists and MuxViz multiplex files on small synthetic fixtures.
final class SnapAndMultiplexTests: XCTestCase {
    private func key(_ id: String, _ platform: String = "snap") -> AccountKey { AccountKey(platform: platform, id: id) }

    func testLineEndingsCommentsAndColumns() throws {
        let dir = try TestSupport.tempDirectory(self)
        let text = "# Directed graph\r\n# FromNodeId\tToNodeId\r\n1\t2\r\r\n  2   3  \n\n3 3\r"
            + "4 5 1341100972 RT\n5 6 1341100973 MT\r\n6 7 1341100974 RE\n7 8 1341100975 follow\n9 9"
        let path = try TestSupport.write(text, to: dir, "g.txt")
        let (result, sink, source) = try TestSupport.load(path)
        XCTAssertEqual(source.format, .snap)
        XCTAssertEqual(sink.edges, [
            EdgeRecord(source: key("1"), target: key("2"), kind: "edge"),
            EdgeRecord(source: key("2"), target: key("3"), kind: "edge"),
            EdgeRecord(source: key("3"), target: key("3"), kind: "edge"),
            EdgeRecord(source: key("4"), target: key("5"), kind: "repost", at: 1_341_100_972),
            EdgeRecord(source: key("5"), target: key("6"), kind: "mention", at: 1_341_100_973),
            EdgeRecord(source: key("6"), target: key("7"), kind: "reply", at: 1_341_100_974),
            EdgeRecord(source: key("7"), target: key("8"), kind: "follow", at: 1_341_100_975),
            EdgeRecord(source: key("9"), target: key("9"), kind: "edge"),
        ])
        XCTAssertEqual(result.counts["node"], 9)
        XCTAssertEqual(result.counts["self-loop"], 2)
        XCTAssertEqual(result.recordsRead, 8)
    }

    func testOptionsKindAndPlatform() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("a b\n", to: dir, "g.edgelist")
        let (_, sink, _) = try TestSupport.load(path, ImportOptions(kind: "email", platform: "eu-core"))
        XCTAssertEqual(sink.edges, [EdgeRecord(source: key("a", "eu-core"), target: key("b", "eu-core"), kind: "email")])
    }

    func testBadLinesStrictAndLenient() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write("1 2\n3\n4 5 noon\n6 7 8 9 10\n11 12\n", to: dir, "g.txt")
        let strict = TestSupport.importError { _ = try TestSupport.load(path) }
        XCTAssertEqual(strict?.description, "g.txt: line 2: expected 2 to 4 whitespace-separated columns (src dst [timestamp [code]])")
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-columns": 2, "bad-timestamp": 1])
        XCTAssertEqual(result.problems.map(\.location), ["line 2", "line 3", "line 4"])
        XCTAssertEqual(sink.edges.map(\.source.id), ["1", "11"])
    }

    func testLinesAcrossChunks() throws {
        let dir = try TestSupport.tempDirectory(self)
        var text = ""
        for i in 0 ..< 400_000 { text += "\(i) \(i &* 7 % 1000)\r\r\n" }
        text += "last 1"
        let path = try TestSupport.write(text, to: dir, "big.txt")
        let (result, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(result.counts["edge"], 400_001)
        XCTAssertEqual(sink.edges.last?.source.id, "last")
        XCTAssertEqual(sink.edges[399_999].source.id, "399999")
    }

    func testMultiplexFixture() throws {
        let dir = try TestSupport.tempDirectory(self)
        try TestSupport.write("layerID layerLabel\r\n1 advice\n2 case discussion\n", to: dir, "ward_layers.txt")
        try TestSupport.write("nodeID nodeLabel nodeCity\r\n1 dr_fictional_cardio 1\n2 dr_fictional_onc 1\n3 nurse_fictional 2\n",
                              to: dir, "ward_nodes.txt")
        let edges = try TestSupport.write("1 1 2 1\n2 2 1 3\n3 1 2 1\n1 2 1 0.6\n", to: dir, "ward_multiplex.edges")
        let (result, sink, source) = try TestSupport.load(edges, ImportOptions(platform: "hospital"))
        XCTAssertEqual(source.format, .multiplex)
        XCTAssertEqual(sink.accounts.map(\.name), ["dr_fictional_cardio", "dr_fictional_onc", "nurse_fictional"])
        XCTAssertEqual(sink.edges.map(\.kind), ["advice", "case discussion", "layer-3", "advice"])
        XCTAssertEqual(sink.edges.map(\.count), [1, 3, 1, 1])
        XCTAssertEqual(result.counts["node"], 3)
        XCTAssertEqual(result.counts["layer"], 2)
        XCTAssertTrue(result.notes.contains("1 layers not in the layers file: kinds named layer-<id>"))
        XCTAssertTrue(sink.edges.allSatisfy { $0.source.platform == "hospital" })
    }
}
