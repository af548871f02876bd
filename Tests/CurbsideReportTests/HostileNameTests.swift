import Foundation
import XCTest
@testable import CurbsideReport

/// Account text is untrusted. These names must come out as inert text everywhere.
final class HostileNameTests: XCTestCase {

    static let hostile = [
        "\"];\nnode [label=<",
        "<script>alert(1)</script>",
        "a|b",
        "](javascript:alert(1))",
        "\\",
        "first line\nsecond line",
        "--><script>alert(2)</script><!--",
    ]

    /// What Graphviz should draw for each name: one string per line of the label.
    static let drawnLines: [[String]] = [
        ["\"];", "node [label=<"],
        ["<script>alert(1)</script>"],
        ["a|b"],
        ["](javascript:alert(1))"],
        ["\\"],
        ["first line", "second line"],
        ["--><script>alert(2)</script><!--"],
    ]

    func hostileGraph() -> DOTGraph {
        var graph = DOTGraph(name: "hostile \"graph\"")
        graph.nodeDefaults = ["shape": "box"]
        // Hostile text as ids, as labels, in a tooltip and in a cluster title.
        graph.nodes = Self.hostile.map { DOTNode(id: $0, label: $0, attributes: ["tooltip": $0]) }
        graph.edges = zip(Self.hostile, Self.hostile.dropFirst()).map { DOTEdge(from: $0, to: $1, attributes: ["label": $0]) }
        graph.clusters = [DOTCluster(id: "</title><script>", label: "<script>x</script>", nodeIDs: [Self.hostile[0]])]
        return graph
    }

    func testDOTKeepsEachNameInsideOneQuotedString() {
        let dot = DOTWriter.write(hostileGraph())
        // Exactly one statement line per node, cluster member, edge and delimiter: no name
        // opened a new line or statement.
        let lines = dot.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 1 + 1 + Self.hostile.count + 4 + (Self.hostile.count - 1) + 1 + 1)
        // Outside quoted strings there is nothing but DOT syntax: no `<` that could open an
        // HTML-like label, and no stray `]` or `;` from a name.
        let syntax = Self.unquoted(dot).replacingOccurrences(of: "->", with: "")
        XCTAssertFalse(syntax.contains("<") || syntax.contains(">"), syntax)
        XCTAssertEqual(syntax.filter { $0 == "[" }.count, syntax.filter { $0 == "]" }.count)
        XCTAssertTrue(dot.contains("[label=\"\\\"];\\nnode [label=<\""))
    }

    func testGraphvizParsesItAndSVGShowsTheTextInert() throws {
        let dot = DOTWriter.write(hostileGraph())
        try TestArtifacts.keep(Data(dot.utf8), as: "hostile.dot")
        let svg = try GraphvizRenderer.render(dot, layout: .dot, format: .svg)
        try TestArtifacts.keep(svg, as: "hostile.svg")
        let inspector = SVGInspector(svg)
        XCTAssertTrue(inspector.wellFormed, inspector.parseError ?? "")
        XCTAssertFalse(inspector.elements.contains { $0.lowercased() == "script" }, "\(Set(inspector.elements))")
        for lines in Self.drawnLines {
            for line in lines {
                XCTAssertTrue(inspector.texts.contains(line), "missing \(line) in \(inspector.texts)")
            }
        }
        // One node group per name (plus none injected).
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "class=\"node\"").count - 1, Self.hostile.count)
        XCTAssertEqual(text.components(separatedBy: "class=\"cluster\"").count - 1, 1)
        XCTAssertFalse(text.contains("<script"))
        XCTAssertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    func testEntitiesInLabelsAreShownAsTyped() throws {
        let graph = DOTGraph(nodes: [DOTNode(id: "n", label: "AT&amp;T &lt;b&gt; &#60;i&#62;")])
        let svg = try GraphvizRenderer.render(DOTWriter.write(graph), format: .svg)
        let inspector = SVGInspector(svg)
        XCTAssertTrue(inspector.texts.contains("AT&amp;T &lt;b&gt; &#60;i&#62;"), "\(inspector.texts)")
    }

    func testHostileNamesRenderToPNGAndPDF() throws {
        let dot = DOTWriter.write(hostileGraph())
        let png = try GraphvizRenderer.render(dot, layout: .sfdp, format: .png)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        try TestArtifacts.keep(png, as: "hostile-sfdp.png")
        let pdf = try GraphvizRenderer.render(dot, layout: .fdp, format: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(4), as: UTF8.self), "%PDF")
    }

    func testMarkdownAndHTMLEscaping() {
        let table = MarkdownTable(headers: ["name"], rows: Self.hostile.map { [$0] }).render()
        let rows = table.split(separator: "\n")
        XCTAssertEqual(rows.count, 2 + Self.hostile.count)  // no name added a line
        // Every markup character from a name is backslash-escaped; the only bare `|` are
        // the two cell delimiters of each line.
        for row in rows.dropFirst(2) {
            let bare = Self.unescaped(String(row))
            XCTAssertEqual(bare.filter { $0 == "|" }.count, 2, String(row))
            XCTAssertFalse(bare.contains { "[]<>`*_!&".contains($0) }, String(row))
        }
        XCTAssertTrue(rows.contains("| a\\|b |"))
        XCTAssertTrue(rows.contains("| \\\\ |"))
        XCTAssertTrue(rows.contains("| \"\\]; node \\[label=\\< |"))
        for name in Self.hostile {
            let html = Escaping.htmlEscape(name)
            XCTAssertFalse(html.contains("<") || html.contains(">") || html.contains("\""), html)
        }
        XCTAssertEqual(Escaping.htmlEscape(Self.hostile[1]), "&lt;script&gt;alert(1)&lt;/script&gt;")
    }

    /// The DOT text with every double-quoted string (escapes respected) removed.
    static func unquoted(_ dot: String) -> String {
        var out = ""
        var inQuotes = false
        var escaped = false
        for ch in dot {
            if inQuotes {
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inQuotes = false }
            } else if ch == "\"" {
                inQuotes = true
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// The Markdown line with every backslash escape (`\x`) removed.
    static func unescaped(_ line: String) -> String {
        var out = ""
        var escaped = false
        for ch in line {
            if escaped { escaped = false } else if ch == "\\" { escaped = true } else { out.append(ch) }
        }
        return out
    }
}
