import CurbsideReport
import XCTest

final class ReportDocumentTests: XCTestCase {
    private let hostile = ["\"];\nnode [label=<", "<script>alert(1)</script>", "a|b", "](javascript:alert(1))", "**bold** _it_"]

    private func document() -> ReportDocument {
        var t = MarkdownTable(columns: [.init("Account"), .init("Value", alignment: .right)])
        for h in hostile { t.addRow([h, "1"]) }
        return ReportDocument(title: "Report <for> \"you\"", blocks: [
            .heading(level: 2, text: "Section # <b>"),
            .paragraph([.strong("Key"), .text(": " + hostile[1])]),
            .table(t),
            .image(file: "my diagram (1).svg", alt: hostile[3]),
            .bullets([[.text(hostile[0])]]),
        ])
    }

    func testMarkdownKeepsHostileTextInert() {
        let md = MarkdownRenderer.render(document())
        XCTAssertFalse(md.contains("<script>"))
        XCTAssertTrue(md.contains("\\](javascript:"))
        XCTAssertNil(md.range(of: #"(?<!\\)\]\(javascript:"#, options: .regularExpression), "an unescaped ](javascript: link")
        XCTAssertTrue(md.contains("a\\|b"))
        XCTAssertTrue(md.contains("](my%20diagram%20%281%29.svg)"))
        XCTAssertTrue(md.contains("**Key**"))
        XCTAssertTrue(md.contains("\\*\\*bold\\*\\*"))
        // Every table row has exactly the two columns' pipes plus the borders.
        for line in md.split(separator: "\n") where line.hasPrefix("| ") {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 3, String(line))
        }
    }

    func testHTMLEscapesEverythingAndInlinesSVG() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>ok</text></svg>"
        let html = HTMLRenderer.render(document(), inlineSVG: ["my diagram (1).svg": svg])
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<title>Report &lt;for&gt; &quot;you&quot;</title>"))
        XCTAssertTrue(html.contains("<h2>Section # &lt;b&gt;</h2>"))
        XCTAssertTrue(html.contains("<figure role=\"img\""))
        XCTAssertTrue(html.contains("<svg xmlns"))
        XCTAssertFalse(html.contains("<?xml"))
        XCTAssertTrue(html.contains("<td class=\"num\">1</td>"))
        // Without the SVG text the picture is linked, with an escaped alt text.
        let linked = HTMLRenderer.render(document())
        XCTAssertTrue(linked.contains("<img src=\"my%20diagram%20%281%29.svg\" alt=\"](javascript:alert(1))\">"))
    }

    /// Code spans (commands in the report): a fence longer than any backtick run inside, so
    /// the content cannot close it; HTML escapes the content inside <code>.
    func testCodeSpansCannotBeClosedFromInside() {
        let doc = ReportDocument(title: "t", blocks: [.paragraph([.text("run "), .code("curbside import a`b.csv"), .text(" or "), .code("`x`"),
                                                                  .code("<script>")])])
        let md = MarkdownRenderer.render(doc)
        XCTAssertTrue(md.contains("run ``curbside import a`b.csv`` or `` `x` ``"), md)
        XCTAssertTrue(md.contains("`<script>`"), md)
        let html = HTMLRenderer.render(doc)
        XCTAssertTrue(html.contains("<code>&lt;script&gt;</code>"), html)
        XCTAssertFalse(html.contains("<script>"))
    }
}
