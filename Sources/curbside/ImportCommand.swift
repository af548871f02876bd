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

        A source already imported (same SHA-256) is skipped. A bad record stops the import \
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
        for path in paths {
            let summary = try importPath(path, into: store, options: importOptions())
            reportImport(summary)
            let s = summary.outcome.source
            let status: String
            if case .alreadyImported = summary.outcome { status = "unchanged" } else { status = "imported" }
            rows.append(ImportRow(path: path, format: s.format, status: status, read: s.recordsRead, skipped: s.recordsSkipped,
                                  sha256: String(s.sha256.prefix(12))))
        }
        output.write(try ResultTable(rows, columns: ["path", "format", "status", "read", "skipped", "sha256"]))
    }
}

/// A row of `curbside import`'s summary: one per path, the SHA-256's first 12 hex digits.
struct ImportRow: Encodable {
    var path: String
    var format: String
    /// `imported`, or `unchanged` for a source imported before.
    var status: String
    var read: Int
    var skipped: Int
    var sha256: String
}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the sources imported into the store.",
        discussion: """
        Example:
          curbside sources --format csv
        """
    )

    @OptionGroup var location: StoreLocation

    @OptionGroup var output: TableOutput

    func run() throws {
        let sources = try location.openExisting(access: .readOnly).sources()
        try output.write(sources.map { s in
            SourceRow(id: s.id, path: s.path, format: s.format, sha256: s.sha256, imported: isoDate(s.importedAt),
                      read: s.recordsRead, skipped: s.recordsSkipped)
        }, columns: ["id", "path", "format", "sha256", "imported", "read", "skipped"])
    }
}
