/// A report as structure — headings, paragraphs, tables, images, lists — rendered to
/// Markdown by ``MarkdownRenderer`` or to a standalone HTML page by ``HTMLRenderer``.
///
/// Text is always plain: renderers escape it for their format, so names and hashtags from
/// the data can never become markup. Emphasis is a separate inline case, not `**…**` text.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    public var blocks: [ReportBlock]

    public init(title: String, blocks: [ReportBlock] = []) {
        self.title = title
        self.blocks = blocks
    }

    public mutating func append(_ block: ReportBlock) { blocks.append(block) }
}

/// A run of text inside a paragraph or list item.
public enum ReportInline: Sendable, Equatable {
    case text(String)
    case strong(String)
    /// A command or file name, shown as code (a Markdown code span, HTML `<code>`).
    case code(String)
}

public enum ReportBlock: Sendable, Equatable {
    /// A section heading; level 2 is a section, 3 a subsection (the title is level 1).
    case heading(level: Int, text: String)
    case paragraph([ReportInline])
    case table(MarkdownTable)
    /// A picture written beside the report (`file` is relative to it).
    case image(file: String, alt: String)
    case bullets([[ReportInline]])

    public static func text(_ s: String) -> ReportBlock { .paragraph([.text(s)]) }
}

/// Renders a ``ReportDocument`` as GitHub-flavoured Markdown.
public enum MarkdownRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out = "# \(Escaping.markdownEscape(doc.title))\n\n"
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(max(level, 2), 6)) + " " + Escaping.markdownEscape(text) + "\n\n"
            case .paragraph(let inlines):
                out += inline(inlines) + "\n\n"
            case .table(let table):
                out += table.render() + "\n"
            case .image(let file, let alt):
                out += "![\(Escaping.markdownEscape(alt))](\(linkTarget(file)))\n\n"
            case .bullets(let items):
                out += items.map { "- " + inline($0) }.joined(separator: "\n") + "\n\n"
            }
        }
        return out
    }

    static func inline(_ parts: [ReportInline]) -> String {
        parts.map {
            switch $0 {
            case .text(let s): return Escaping.markdownEscape(s)
            case .strong(let s): return "**" + Escaping.markdownEscape(s) + "**"
            case .code(let s): return codeSpan(s)
            }
        }.joined()
    }

    /// `s` as a CommonMark code span: fenced by one backtick more than its longest run of
    /// backticks, padded with a space where it starts or ends with one; newlines become spaces.
    static func codeSpan(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        var longest = 0, run = 0
        for c in flat { run = c == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// A relative file name as a link target: spaces, parentheses and angle brackets encoded.
    static func linkTarget(_ file: String) -> String {
        var out = ""
        for u in file.unicodeScalars {
            switch u {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

/// Renders a ``ReportDocument`` as one standalone HTML page. SVG pictures are embedded
/// inline (``images`` maps file names to SVG text), others are linked.
public enum HTMLRenderer {
    public static func render(_ doc: ReportDocument, inlineSVG images: [String: String] = [:]) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Escaping.htmlEscape(doc.title))</title>
        <style>
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; line-height: 1.5; }
        table { border-collapse: collapse; margin: 1rem 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.7rem; }
        th { background: #f6f8fa; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; overflow-x: auto; }
        figure svg { max-width: 100%; height: auto; }
        </style>
        </head>
        <body>
        <h1>\(Escaping.htmlEscape(doc.title))</h1>

        """
        for block in doc.blocks {
            switch block {
            case .heading(let level, let text):
                let l = min(max(level, 2), 6)
                out += "<h\(l)>\(Escaping.htmlEscape(text))</h\(l)>\n"
            case .paragraph(let inlines):
                out += "<p>\(inline(inlines))</p>\n"
            case .table(let table):
                out += "<table>\n<thead><tr>"
                for c in table.columns {
                    out += "<th\(c.alignment == .right ? " class=\"num\"" : "")>\(Escaping.htmlEscape(c.header))</th>"
                }
                out += "</tr></thead>\n<tbody>\n"
                for row in table.rows {
                    out += "<tr>"
                    for (i, c) in table.columns.enumerated() {
                        let cell = i < row.count ? row[i] : ""
                        out += "<td\(c.alignment == .right ? " class=\"num\"" : "")>\(Escaping.htmlEscape(cell))</td>"
                    }
                    out += "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .image(let file, let alt):
                if let svg = images[file] {
                    out += "<figure role=\"img\" aria-label=\"\(Escaping.htmlEscape(alt))\">\n\(stripXMLProlog(svg))\n</figure>\n"
                } else {
                    out += "<figure><img src=\"\(Escaping.htmlEscape(MarkdownRenderer.linkTarget(file)))\" alt=\"\(Escaping.htmlEscape(alt))\"></figure>\n"
                }
            case .bullets(let items):
                out += "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
            }
        }
        return out + "</body>\n</html>\n"
    }

    static func inline(_ parts: [ReportInline]) -> String {
        parts.map {
            switch $0 {
            case .text(let s): return Escaping.htmlEscape(s)
            case .strong(let s): return "<strong>" + Escaping.htmlEscape(s) + "</strong>"
            case .code(let s): return "<code>" + Escaping.htmlEscape(s) + "</code>"
            }
        }.joined()
    }

    /// Drops `<?xml …?>` and `<!DOCTYPE …>` so an SVG file can sit inside HTML.
    static func stripXMLProlog(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...])
    }
}
