import ArgumentParser
import CurbsideReport
import Foundation

extension ResultTable.Format: ExpressibleByArgument {}

/// `--format table|json|csv|markdown` for a command that prints rows, and the one place
/// they are written: rows are `Encodable` values (see ``ResultTable``), so the text table,
/// CSV, JSON and Markdown forms cannot disagree on columns or numbers.
struct TableOutput: ParsableArguments {
    @Option(name: .long, help: "table, json, csv or markdown.")
    var format: ResultTable.Format = .table

    /// Writes `table` to standard output in the chosen format.
    func write(_ table: ResultTable) {
        format.write(table)
    }

    /// Writes `rows`; `columns` names them when there may be none (and picks and orders them).
    func write<Row: Encodable>(_ rows: [Row], columns: [String]? = nil) throws {
        write(try ResultTable(rows, columns: columns))
    }

    /// Writes `table`, or in JSON the document `json` instead (see ``ResultTable/Format/write(_:json:)``).
    func write<Document: Encodable>(_ table: ResultTable, json: Document, escapingSlashes: Bool = true) throws {
        try format.write(table, json: json, escapingSlashes: escapingSlashes)
    }
}

extension ResultTable.Format {
    /// Writes `table` to standard output in this format.
    func write(_ table: ResultTable) {
        StandardOutput.write(table.rendered(as: self))
    }

    /// Writes `table` as text, CSV or Markdown; in JSON writes `json` instead: the command's
    /// whole document (usually a ``ResultDocument``: its parameters with the rows under a key,
    /// rows that may carry nested values the flat forms leave out), in the same JSON style.
    func write<Document: Encodable>(_ table: ResultTable, json: Document, escapingSlashes: Bool = true) throws {
        guard self == .json else { return write(table) }
        StandardOutput.write(try ResultTable.json(json, escapingSlashes: escapingSlashes))
    }
}

/// A row of `curbside sources`.
struct SourceRow: Encodable {
    var id: Int64
    var path: String
    var format: String
    var sha256: String
    var imported: String
    var read: Int
    var skipped: Int
}

/// A row of `curbside label --list` and `curbside link --list`.
struct FileSetRow: Encodable {
    var id: Int64
    var path: String
    var sha256: String
    /// Labels in a label set.
    var labels: Int?
    /// Accounts and persons in a link set.
    var accounts: Int?
    var persons: Int?
}
