import ArgumentParser
import CurbsideImport
import CurbsideReport
import Foundation

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Say how a file would import, and print the import command that reads it. Writes nothing.",
        discussion: """
        For each file: the format (detected as import detects it); for CSV/TSV and whitespace \
        edge lists the dialect (delimiter, quoting, header, BOM, CRLF, gzip), bytes that are not \
        UTF-8 per column, the header, each column's guessed role and type with sample values; then \
        an in-memory dry run of the proposed command (the real reader; no store is opened): rows \
        read, ties per kind, rows skipped by reason; and the `curbside import` command to run, \
        with the --columns/--kind-map/--third-column/--time-format flags it needs (none when \
        the file reads right without them).

        Mapping flags given here are kept, so a guess can be corrected and inspected again: \
        the command then includes them. Sample values are the file's own cells.

        Examples:
          curbside inspect study.csv
          curbside inspect study.csv --columns source=src_user,target=3 --format json
          curbside inspect higgs-activity_time.txt.gz
        """
    )

    @Argument(help: "Files or folders to inspect.")
    var paths: [String]

    @Option(name: .customLong("input-format"),
            help: "Input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")) (default: detect, as import does).")
    var inputFormat: ImportFormat = .auto

    @OptionGroup var reader: ReaderOptions

    @OptionGroup var output: TableOutput

    func run() throws {
        let reports = try paths.map { try Inspector.inspect($0, options: reader.importOptions(format: inputFormat)) }
        if output.format == .table {
            StandardOutput.write(reports.map(InspectCommand.text).joined(separator: "\n"))
            return
        }
        let rows = reports.flatMap { r in
            r.columns.map { c in
                InspectColumnRow(file: r.path, column: c.index, name: c.name ?? "", role: c.role, type: c.type.rawValue,
                                 samples: c.samples.joined(separator: " | "), notUTF8: c.invalidUTF8Rows)
            }
        }
        let table = try ResultTable(rows, columns: ["file", "column", "name", "role", "type", "samples", "not_utf8"])
        try output.write(table, json: ResultDocument(InspectEnvelope(), rows: reports.map(InspectFileRow.init), under: "files"))
    }

    /// The readable form of one report.
    static func text(_ r: Inspection) -> String {
        var lines = ["\(r.path): \(r.format.rawValue)"]
        if let d = r.dialect {
            var traits = ["\(d.delimiter)-separated", d.header ? "header" : "no header"]
            if d.quoted { traits.append("quoted fields") }
            if d.byteOrderMark { traits.append("BOM") }
            if d.crlf { traits.append("CRLF") }
            if d.gzip { traits.append("gzip") }
            lines.append("  dialect: " + traits.joined(separator: ", "))
        }
        if let h = r.header { lines.append("  header: " + h.map { $0.isEmpty ? "(unnamed)" : $0 }.joined(separator: " | ")) }
        if !r.columns.isEmpty {
            lines.append("  columns (first \(r.rowsProfiled) rows):")
            for c in r.columns {
                var line = "    \(c.index)"
                if let n = c.name { line += " \(n.isEmpty ? "(unnamed)" : n)" }
                line += ": \(c.role), \(c.type.rawValue)"
                if let p = c.timePattern { line += " \(p)" }
                if let v = c.values, c.type == .code || c.role == "kind" { line += " [\(v.joined(separator: ", "))]" }
                if !c.samples.isEmpty { line += "; e.g. " + c.samples.joined(separator: ", ") }
                if c.invalidUTF8Rows > 0 {
                    line += "; \(c.invalidUTF8Rows) rows not UTF-8 (first: line \(c.firstInvalidUTF8Line ?? 0))"
                    line += c.role == "ignored" ? ", unused: fine" : ", skipped"
                }
                lines.append(line)
            }
        }
        let res = r.result
        var summary = "  dry run: \(res.recordsRead) records read, \(r.edges) ties"
        let kinds = r.edgesByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if !kinds.isEmpty { summary += " (" + kinds.joined(separator: ", ") + ")" }
        summary += ", \(res.recordsSkipped) skipped"
        lines.append(summary)
        for (reason, n) in res.skippedByReason.sorted(by: { $0.key < $1.key }) { lines.append("    skipped \(n) × \(reason)") }
        let other = res.counts.filter { !$0.key.hasPrefix("edge") }.sorted { $0.key < $1.key }
        if !other.isEmpty { lines.append("  counts: " + other.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) }
        for choice in res.kindChoices where choice.basis == .fileName {
            lines.append("  kind: \(choice.kind), from the file name (\(choice.word ?? "")); --kind sets another")
        }
        for p in res.problems.prefix(3) { lines.append("  problem: \(p)") }
        for note in res.notes + r.notes { lines.append("  note: \(note)") }
        lines.append("  command: \(r.command)")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `inspect --format json`: the files under `files`.
struct InspectEnvelope: Encodable {
    var command = "inspect"
}

/// One file of `inspect --format json`.
struct InspectFileRow: Encodable {
    struct Dialect: Encodable {
        var delimiter: String
        var quoted, header, bom, crlf, gzip: Bool
    }

    var path: String
    var format: String
    var dialect: Dialect?
    var header: [String]?
    var columns: [Column]
    var rowsProfiled: Int
    var recordsRead: Int
    var recordsSkipped: Int
    var skippedByReason: [String: Int]
    var ties: Int
    var tiesByKind: [String: Int]
    var counts: [String: Int]
    var kindFromFileName: String?
    var notes: [String]
    var arguments: [String]
    var command: String

    enum CodingKeys: String, CodingKey {
        case path, format, dialect, header, columns, notes, arguments, command, ties, counts
        case rowsProfiled = "rows_profiled", recordsRead = "records_read", recordsSkipped = "records_skipped"
        case skippedByReason = "skipped_by_reason", tiesByKind = "ties_by_kind", kindFromFileName = "kind_from_file_name"
    }

    init(_ r: Inspection) {
        path = r.path
        format = r.format.rawValue
        dialect = r.dialect.map { Dialect(delimiter: $0.delimiter, quoted: $0.quoted, header: $0.header, bom: $0.byteOrderMark,
                                          crlf: $0.crlf, gzip: $0.gzip) }
        header = r.header
        columns = r.columns.map { c in
            Column(column: c.index, name: c.name, role: c.role, type: c.type.rawValue, timePattern: c.timePattern, values: c.values,
                   samples: c.samples, invalidUTF8Rows: c.invalidUTF8Rows, firstInvalidUTF8Line: c.firstInvalidUTF8Line)
        }
        rowsProfiled = r.rowsProfiled
        recordsRead = r.result.recordsRead
        recordsSkipped = r.result.recordsSkipped
        skippedByReason = r.result.skippedByReason
        ties = r.edges
        tiesByKind = r.edgesByKind
        counts = r.result.counts
        kindFromFileName = r.result.kindChoices.first { $0.basis == .fileName }?.kind
        notes = r.result.notes + r.notes
        arguments = r.arguments
        command = r.command
    }
}

/// A column of `inspect --format csv|markdown|table` rows (the JSON nests ``InspectFileRow/Column``).
struct InspectColumnRow: Encodable {
    var file: String
    var column: Int
    var name: String
    var role: String
    var type: String
    var samples: String
    var notUTF8: Int

    enum CodingKeys: String, CodingKey { case file, column, name, role, type, samples, notUTF8 = "not_utf8" }
}

extension InspectFileRow {
    /// A column in the JSON form.
    struct Column: Encodable {
        var column: Int
        var name: String?
        var role: String
        var type: String
        var timePattern: String?
        var values: [String]?
        var samples: [String]
        var invalidUTF8Rows: Int
        var firstInvalidUTF8Line: Int?

        enum CodingKeys: String, CodingKey {
            case column, name, role, type, values, samples
            case timePattern = "time_pattern", invalidUTF8Rows = "invalid_utf8_rows", firstInvalidUTF8Line = "first_invalid_utf8_line"
        }
    }
}
