/// A GitHub-flavoured Markdown table with escaped cells.
///
/// ```swift
/// var table = MarkdownTable(columns: [
///     .init("Account"), .init("Followers", alignment: .right),
/// ])
/// table.addRow(["@dr_ada_quillbrook_fic", "163"])
/// print(table.render())
/// // | Account | Followers |
/// // | --- | ---: |
/// // | @dr\_ada\_quillbrook\_fic | 163 |
/// ```
///
/// Every header and cell goes through ``Escaping/markdownEscape(_:)``, so a `|` or a line
/// break in a bio cannot split the row, and `[x](javascript:…)` or `<script>` is shown as
/// text. Pass plain text, not Markdown: formatting you write yourself would be escaped too.
public struct MarkdownTable: Sendable, Equatable {

    /// How a column's cells are aligned, written in the table's second (delimiter) row.
    public enum Alignment: Sendable, Equatable {
        /// `---`: the renderer's default (left in practice).
        case none
        /// `:---`
        case left
        /// `:---:`
        case center
        /// `---:`: use for numbers.
        case right

        var delimiter: String {
            switch self {
            case .none: return "---"
            case .left: return ":---"
            case .center: return ":---:"
            case .right: return "---:"
            }
        }
    }

    /// A column: its header text and alignment.
    public struct Column: Sendable, Equatable {
        public var header: String
        public var alignment: Alignment

        public init(_ header: String, alignment: Alignment = .none) {
            self.header = header
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    /// Rows of plain-text cells. A row shorter than ``columns`` is padded with empty
    /// cells when rendered; cells beyond the last column are not rendered.
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// A table whose columns all use `.none` alignment.
    public init(headers: [String], rows: [[String]] = []) {
        self.init(columns: headers.map { Column($0) }, rows: rows)
    }

    public mutating func addRow(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as Markdown: header row, delimiter row, one line per row, each line
    /// ending in `\n`. A table without columns renders as the empty string.
    public func render() -> String {
        guard !columns.isEmpty else { return "" }
        var out = line(columns.map { Escaping.markdownEscape($0.header) })
        out += line(columns.map { $0.alignment.delimiter })
        for row in rows {
            let cells = (0..<columns.count).map { $0 < row.count ? Escaping.markdownEscape(row[$0]) : "" }
            out += line(cells)
        }
        return out
    }

    private func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }
}
