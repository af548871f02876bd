import ArgumentParser
import CurbsideImport
import CurbsideReport
import CurbsideStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load exports into the store, one transaction per source.",
        discussion: """
        Formats (--format; auto detects them, in this order; any of them may be gzipped):
        \(ImportFormat.allCases.dropFirst().map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))
        Mastodon's following_accounts.csv needs --owner when no actor.json is beside it.

        Documents (.md, .markdown, .rst, .html) are never detected as an export: among several \
        paths (curbside import DIR/*) they are passed over with a message; alone, they are an error.

        A source already imported (same SHA-256) is skipped, and the message names it. \
        --replace imports it again, with the options given now, in one transaction: the earlier \
        source of the same content (same SHA-256) and every earlier source recorded under the same \
        path (an older version of the file) are removed first, exactly as `curbside forget` removes \
        them, then the file is imported; if the import fails the store is as before, the earlier \
        sources included. Accounts the new import names again keep their ids, labels and links. \
        --replace on a file never imported is a plain import. \
        A bad record stops the import \
        with exit code 3 and leaves the store as it was; --lenient skips and counts bad records \
        (and removes NUL bytes from fields, counted as nul-removed). A damaged zip entry (CRC-32, \
        length or deflate data not matching) is exit 3 in both modes; a path that cannot be read \
        is exit 1.

        Reader limits: --max-line-bytes caps a JSON Lines (twarc2) line (default 64 MiB; a \
        longer line is a bad record, never held in memory whole). --drop-unterminated-last-line \
        drops a SNAP edge list's last line when it has no line terminator (a file cut short, \
        such as a prefix of a download), counted as dropped-partial-line. Any line or record \
        over 256 MB is an error at its byte offset.

        Memory: an import holds each distinct tie and account once (repeated rows are merged \
        as they stream). --max-memory caps what its tables may need (default: half the \
        machine's memory); past it, or past 4,294,967,293 accounts in one source, the import \
        stops with exit code 1, a message naming the file and the limit, and the store as it was.

        Examples:
          curbside import Samples/clinician-network Samples/x-archive-focus
          curbside import twitter-archive.zip --db cardio.sqlite
          curbside import email-Eu-core.txt --format snap --kind email --platform eu
          curbside import higgs-social_network.PREFIX-ONLY.edgelist.gz --drop-unterminated-last-line
          curbside import --replace higgs-retweet_network.edgelist.gz --third-column weight
        """
    )

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(name: .long, help: "The store to write (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    @Option(name: .long, help: "Input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")) (see Formats above).")
    var format: ImportFormat = .auto

    @OptionGroup var reader: ReaderOptions

    @OptionGroup var progress: ProgressOptions

    @Option(name: .customLong("max-line-bytes"),
            help: "Longest JSON Lines (twarc2) line accepted, in bytes (default 67108864 = 64 MiB).")
    var maxLineBytes: Int?

    @Flag(name: .customLong("drop-unterminated-last-line"),
          help: "Drop a SNAP edge list's last line if it lacks a line terminator (a file cut short).")
    var dropUnterminatedLastLine = false

    @Flag(name: .long, help: "Import a source again with these options, replacing the earlier import of the same file (content or path).")
    var replace = false

    @Option(name: .customLong("max-memory"),
            help: "Most memory one import's tables may need, e.g. 2G or 512M (default: half the machine's memory).")
    var maxMemory: String?

    func validate() throws {
        if let m = maxLineBytes, m < 1 { throw ValidationError("--max-line-bytes must be at least 1") }
        if let m = maxMemory, Self.bytes(m) == nil {
            throw ValidationError("--max-memory must be a size such as 512M, 2G or 1073741824, at least 1M")
        }
    }

    /// `text` as bytes: digits with an optional K, M, G or T suffix (powers of 1024); nil
    /// when malformed or under 1 MiB.
    static func bytes(_ text: String) -> Int? {
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
        var digits = Substring(text.uppercased())
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var shift = 0
        if let last = digits.last, let s = shifts[last] { shift = s; digits = digits.dropLast() }
        guard let n = Int(digits), n > 0, n <= Int.max >> shift, n << shift >= 1 << 20 else { return nil }
        return n << shift
    }

    /// The reader options with this command's limits.
    private func importOptions() -> ImportOptions {
        var options = reader.importOptions(format: format)
        if let maxLineBytes { options.maxLineBytes = maxLineBytes }
        options.dropUnterminatedLastLine = dropUnterminatedLastLine
        return options
    }

    @Option(name: .long, help: "How to print the summary: table, json, csv or markdown (--format names the input's).")
    var output: ResultTable.Format = .table

    func run() throws {
        let store = try Store(path: db)
        if let maxMemory, let bytes = Self.bytes(maxMemory) { store.importLimits.maxMemoryBytes = bytes }
        var rows: [ImportRow] = []
        var details: [ImportDetails] = []
        for path in paths {
            // Among several paths (`import DIR/*`), a dataset's SOURCE.md or README is passed over.
            if paths.count > 1, format == .auto, Importer.isDocument(path) {
                printError("\(path): a document, not an export: skipped (--format reads it as one)")
                continue
            }
            let summary = try importPath(path, into: store, options: importOptions(), replace: replace, given: givenOptions())
            reportImport(summary)
            let s = summary.outcome.source
            let status: String
            if case .alreadyImported = summary.outcome {
                status = "unchanged"
            } else {
                status = summary.replaced.isEmpty ? "imported" : "replaced"
            }
            rows.append(ImportRow(path: path, format: s.format, status: status, read: s.recordsRead, skipped: s.recordsSkipped,
                                  sha256: String(s.sha256.prefix(12))))
            details.append(summary.details)
        }
        let table = try ResultTable(rows, columns: ["path", "format", "status", "read", "skipped", "sha256"])
        try output.write(table, json: zip(rows, details).map { RowWithDetails(row: $0, details: $1) })
    }

    /// The reader options as given on the command line (what `sources` and the report show
    /// a source was imported with).
    func givenOptions() -> [String: String] {
        var given = reader.given(format: format, formatOption: "--format")
        if let maxLineBytes { given["--max-line-bytes"] = String(maxLineBytes) }
        if dropUnterminatedLastLine { given["--drop-unterminated-last-line"] = "true" }
        return given
    }
}

extension ReaderOptions {
    /// The options given, by name (a flag as `"true"`), with the input format under
    /// `formatOption` unless auto: what the store records a source was imported with.
    func given(format: ImportFormat, formatOption: String) -> [String: String] {
        var given: [String: String] = [:]
        if format != .auto { given[formatOption] = format.rawValue }
        for (name, value) in [("--kind", kind), ("--platform", platform), ("--owner", owner), ("--third-column", thirdColumn?.rawValue),
                              ("--columns", columns), ("--kind-map", kindMap), ("--time-format", timeFormat), ("--time-zone", timeZone),
                              ("--encoding", encoding)] {
            if let value { given[name] = value }
        }
        if lenient { given["--lenient"] = "true" }
        return given
    }
}

/// A row of `curbside import`'s summary: one per path, the SHA-256's first 12 hex digits.
struct ImportRow: Encodable {
    var path: String
    var format: String
    /// `imported`; `replaced` when earlier sources were replaced (`--replace`); `unchanged`
    /// for a source imported before.
    var status: String
    var read: Int
    var skipped: Int
    var sha256: String
}

/// A row of `import` or `sources` in JSON: the row's fields and, beside them, what the import
/// recorded (``ImportDetails``: rows without a tie by reason, self-loops, kind choices, the
/// third column, warnings, the options given, the sources replaced).
struct RowWithDetails<Row: Encodable>: Encodable {
    var row: Row
    var details: ImportDetails

    func encode(to encoder: any Encoder) throws {
        try row.encode(to: encoder)
        try details.encode(to: encoder)
    }
}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources imported into the store.",
        discussion: """
        --format json adds, per source, what its import recorded: without_tie_by_reason (records \
        read that gave no tie: skipped bad records and records passed over on purpose, by reason), \
        skipped_by_reason, self_loops (kept as ties), kind_choices and third_column (what an edge \
        list's kind and third column were taken as, and why), warnings (a file that gave nothing), \
        options (the reader options given), replaced (ids of sources an import --replace removed), \
        counts, notes and problems.

        Example:
          curbside sources --format csv
        """
    )

    @OptionGroup var location: StoreLocation

    @OptionGroup var output: TableOutput

    func run() throws {
        let sources = try location.openExisting(access: .readOnly).sources()
        let rows = sources.map { s in
            SourceRow(id: s.id, path: s.path, format: s.format, sha256: s.sha256, imported: isoDate(s.importedAt),
                      read: s.recordsRead, skipped: s.recordsSkipped)
        }
        let table = try ResultTable(rows, columns: ["id", "path", "format", "sha256", "imported", "read", "skipped"])
        try output.write(table, json: zip(rows, sources).map { RowWithDetails(row: $0, details: $1.importDetails) })
    }
}
