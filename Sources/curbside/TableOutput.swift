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
        StandardOutput.write(table.rendered(as: format))
    }

    /// Writes `rows`; `columns` names them when there may be none (and picks and orders them).
    func write<Row: Encodable>(_ rows: [Row], columns: [String]? = nil) throws {
        write(try ResultTable(rows, columns: columns))
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
