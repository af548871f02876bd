import CurbsideStore
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

    /// Legend entries come from data too (a specialty given in a node list): the legend that
    /// is pinned beside an sfdp drawing goes through Graphviz twice and stays text.
    func testPinnedLegendKeepsHostileEntriesInert() throws {
        var graph = hostileGraph()
        graph.clusters = []
        graph.legend = DOTLegend(title: "<b>key</b>", entries: Self.hostile.map { .init(label: $0, color: "#E69F00") })
        let svg = try GraphvizRenderer.render(graph, layout: .sfdp, format: .svg)
        let inspector = SVGInspector(svg)
        XCTAssertTrue(inspector.wellFormed, inspector.parseError ?? "")
        XCTAssertFalse(inspector.elements.contains { $0.lowercased() == "script" })
        XCTAssertTrue(inspector.texts.contains("<b>key</b>"))
        for lines in Self.drawnLines { for line in lines { XCTAssertTrue(inspector.texts.contains(line), line) } }
        // Nodes plus legend title plus one box per entry, nothing injected.
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "class=\"node\"").count - 1, 2 * Self.hostile.count + 1)
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

/// The hostile names as accounts of a network: handles and display names of the hubs of a
/// small CSV network, drawn in every diagram view and every report section.
final class HostileNetworkTests: XCTestCase {

    /// Handles (the ones without a line break, since a handle is one line) and names.
    static let handles = ["\"];node [label=<", "<script>alert(1)</script>", "a|b", "](javascript:alert(1))"]
    static let names = HostileNameTests.hostile

    /// Accounts 0–3 carry the hostile handles and names (a name on 4–6 too); 0 is joined to
    /// everyone in 1–6, 1–6 form a ring, 7–9 hang off 1–3, so 0 has collaborators two steps away.
    static func store() throws -> Store {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func csv(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var nodes = "id,platform,handle,name,bio\n"
        for i in 0..<10 {
            let handle = i < handles.count ? handles[i] : "plain_\(i)_fic"
            let name = i < names.count ? names[i] : "Plain \(i)"
            nodes += "\(100 + i),x,\(csv(handle)),\(csv(name)),cardiologist \(csv(names[i % names.count]))\n"
        }
        var edges = "source,target,kind,timestamp,weight\n"
        var pairs: [(Int, Int, Int)] = []
        for i in 1...6 { pairs.append((0, i, 3)); pairs.append((i, 0, 2)) }
        for i in 1...6 { pairs.append((i, i % 6 + 1, 1)) }
        for (i, j) in [(1, 7), (2, 7), (2, 8), (3, 8), (3, 9), (1, 9)] { pairs.append((i, j, 1)); pairs.append((j, i, 1)) }
        for (u, v, w) in pairs { edges += "\(100 + u),\(100 + v),mention,,\(w)\n" }
        try nodes.write(to: dir.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try edges.write(to: dir.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        return try makeStore([dir.path])
    }

    func testEveryViewKeepsHostileNamesInertInDOTAndSVG() throws {
        let data = try NetworkData(store: try Self.store())
        XCTAssertEqual(data.display(0), "@" + Self.handles[0])
        var options = DiagramOptions()
        options.focus = 0
        for view in DiagramView.allCases {
            let diagram = try data.diagram(view, options: options)
            let dot = diagram.dot
            let syntax = HostileNameTests.unquoted(dot).replacingOccurrences(of: "->", with: "")
            XCTAssertFalse(syntax.contains("<") || syntax.contains(">"), "\(view): \(syntax)")
            XCTAssertEqual(syntax.filter { $0 == "[" }.count, syntax.filter { $0 == "]" }.count, "\(view)")
            let svg = try diagram.render(format: .svg)
            try TestArtifacts.keep(svg, as: "hostile-\(view.rawValue).svg")
            let inspector = SVGInspector(svg)
            XCTAssertTrue(inspector.wellFormed, "\(view): \(inspector.parseError ?? "")")
            XCTAssertFalse(inspector.elements.contains { $0.lowercased() == "script" }, "\(view)")
            let text = String(decoding: svg, as: UTF8.self)
            XCTAssertFalse(text.contains("<script"), "\(view)")
            if view != .communityMap {
                // The hub and its hostile neighbours are drawn, as typed.
                for handle in Self.handles where view != .collaborators || handle == Self.handles[0] {
                    XCTAssertTrue(inspector.texts.contains { $0.contains("@" + handle) }, "\(view): @\(handle) in \(inspector.texts)")
                }
            }
            // PNG and PDF accept the same text.
            XCTAssertEqual(Array(try diagram.render(format: .png).prefix(4)), [0x89, 0x50, 0x4E, 0x47], "\(view)")
        }
    }

    func testReportKeepsHostileNamesInertInMarkdownAndHTML() throws {
        let report = try NetworkReport(store: try Self.store())
        let md = report.markdown
        try TestArtifacts.keep(Data(md.utf8), as: "hostile-report.md")
        XCTAssertFalse(md.contains("<script>"))
        // `](` could close a link text only when the bracket is bare.
        XCTAssertTrue(md.contains("\\](javascript:"))
        XCTAssertEqual(md.components(separatedBy: "](javascript:").count, md.components(separatedBy: "\\](javascript:").count)
        XCTAssertTrue(md.contains("@a\\|b"), md)
        XCTAssertTrue(md.contains("\\<script\\>alert(1)\\</script\\>") || md.contains("&lt;script&gt;"), md)
        // Every row of a table has as many unescaped cell delimiters as the table's header.
        var header: Int? = nil
        var tables = 0
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { header = nil; continue }
            let bars = HostileNameTests.unescaped(String(line)).filter { $0 == "|" }.count
            if let header { XCTAssertEqual(bars, header, String(line)) } else { header = bars; tables += 1 }
        }
        XCTAssertGreaterThanOrEqual(tables, 7)
        let html = HTMLRenderer.render(report.document, inlineSVG: Dictionary(uniqueKeysWithValues: try report.diagrams.map {
            ($0.fileName, String(decoding: try $0.diagram.render(format: .svg), as: UTF8.self))
        }))
        // Each diagram sits inline as its own <svg>, and none lets a hostile name out.
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, report.diagrams.count)
        XCTAssertGreaterThanOrEqual(report.diagrams.count, 2)
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("href=\"javascript"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
