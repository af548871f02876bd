import XCTest
@testable import CurbsideReport

final class DOTWriterTests: XCTestCase {

    func testWritesGraphInTheGivenOrder() {
        var graph = DOTGraph(name: "mentions", directed: true)
        graph.graphAttributes = ["rankdir": "LR", "label": "Who mentions whom"]
        graph.nodeDefaults = ["shape": "box", "style": "filled"]
        graph.edgeDefaults = ["color": "#999999"]
        graph.nodes = [
            DOTNode(id: "2", label: "@zed_fic", attributes: ["fillcolor": "#E69F00"]),
            DOTNode(id: "1", label: "@ada_fic"),
        ]
        graph.edges = [DOTEdge(from: "2", to: "1", attributes: ["penwidth": "2"]), DOTEdge(from: "1", to: "2")]
        XCTAssertEqual(DOTWriter.write(graph), """
            digraph "mentions" {
              graph [rankdir="LR", label="Who mentions whom"];
              node [shape="box", style="filled"];
              edge [color="#999999"];
              "2" [label="@zed_fic", fillcolor="#E69F00"];
              "1" [label="@ada_fic"];
              "2" -> "1" [penwidth="2"];
              "1" -> "2";
            }

            """)
    }

    func testUndirectedStrictClustersAndLegend() {
        let graph = DOTGraph(
            name: "g", directed: false, strict: true,
            nodes: [DOTNode(id: "a"), DOTNode(id: "b", label: "B")],
            edges: [DOTEdge(from: "a", to: "b")],
            clusters: [DOTCluster(id: "cardiology", label: "Cardiology", attributes: ["style": "rounded"], nodeIDs: ["a", "b"])],
            legend: DOTLegend(entries: [.init(label: "cardiology", color: "#E69F00"), .init(label: "oncology", color: "#000000", fontColor: "#FFFFFF")])
        )
        XCTAssertEqual(DOTWriter.write(graph), """
            strict graph "g" {
              "a" [label="a"];
              "b" [label="B"];
              subgraph "cluster_cardiology" {
                graph [style="rounded", label="Cardiology"];
                "a";
                "b";
              }
              subgraph "cluster_legend" {
                graph [label="Legend", style="rounded", color="#999999"];
                "legend_0" [label="cardiology", shape="box", style="filled", fillcolor="#E69F00", fontsize="10"];
                "legend_1" [label="oncology", shape="box", style="filled", fillcolor="#000000", fontsize="10", fontcolor="#FFFFFF"];
                "legend_0" -- "legend_1" [style="invis"];
              }
              "a" -- "b";
            }

            """)
    }

    func testEscapesIdsLabelsValuesAndAttributeNames() {
        let graph = DOTGraph(
            name: "x\"y",
            nodes: [DOTNode(id: "a\"b", label: "l\\1\nl2", attributes: ["tooltip": "say \"hi\"", "node": "x", "weird name": "v", "label": "ignored"])],
            edges: [DOTEdge(from: "a\"b", to: "c\nd")]
        )
        XCTAssertEqual(DOTWriter.write(graph), """
            digraph "x\\"y" {
              "a\\"b" [label="l\\\\1\\nl2", tooltip="say \\"hi\\"", "node"="x", "weird name"="v"];
              "a\\"b" -> "c\\u{A}d";
            }

            """)
    }

    func testAttributesKeepOrderAndReplaceInPlace() {
        var attributes: DOTAttributes = ["a": "1", "b": "2"]
        attributes["a"] = "3"
        attributes["c"] = "4"
        attributes["b"] = nil
        XCTAssertEqual(attributes.map(\.name), ["a", "c"])
        XCTAssertEqual(attributes["a"], "3")
        XCTAssertNil(attributes["b"])
        let duplicate: DOTAttributes = ["k": "1", "k": "2"]
        XCTAssertEqual(duplicate.map(\.value), ["2"])
    }

    func testOutputIsDeterministic() {
        let nodes = (0..<50).map { DOTNode(id: "n\($0)", label: "node \($0)", attributes: ["color": "#\($0)"]) }
        let edges = (0..<49).map { DOTEdge(from: "n\($0)", to: "n\($0 + 1)") }
        let graph = DOTGraph(nodes: nodes, edges: edges)
        XCTAssertEqual(DOTWriter.write(graph), DOTWriter.write(graph))
    }
}
