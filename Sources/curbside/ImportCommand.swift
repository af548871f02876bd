import ArgumentParser
import CurbsideImport
import CurbsideStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load exports into the store, one transaction per source.",
        discussion: """
        Formats: x-archive (X/Twitter archive, .zip or folder), twarc2 (API v2 JSONL), mastodon \
        (archive folder or following_accounts.csv; --owner when no actor.json), bluesky (.car \
        repository), graphml, gexf, csv (edge list, node list, or a folder with nodes.csv + \
        edges.csv), snap (whitespace edge list), multiplex (layer node node weight, with \
        *_layers.txt), handles (id,handle). auto detects them; any of them may be gzipped.

        A source already imported (same SHA-256) is skipped. A bad record stops the import \
        with exit code 3 and leaves the store as it was; --lenient skips and counts bad records.

        Examples:
          curbside import Samples/clinician-network Samples/x-archive-focus
          curbside import twitter-archive.zip --db cardio.sqlite
          curbside import email-Eu-core.txt --format snap --kind email --platform eu
        """
    )

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(name: .long, help: "The store to write (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    @Option(name: .long, help: "Input format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")).")
    var format: ImportFormat = .auto

    @OptionGroup var reader: ReaderOptions

    @Option(name: .long, help: "How to print the summary: table, json or csv.")
    var output: OutputFormat = .table

    func run() throws {
        let store = try Store(path: db)
        var rows: [[String]] = []
        for path in paths {
            let summary = try importPath(path, into: store, options: reader.importOptions(format: format))
            reportImport(summary)
            let s = summary.outcome.source
            let status: String
            if case .alreadyImported = summary.outcome { status = "unchanged" } else { status = "imported" }
            rows.append([path, s.format, status, String(s.recordsRead), String(s.recordsSkipped), String(s.sha256.prefix(12))])
        }
        emit(header: ["path", "format", "status", "read", "skipped", "sha256"], rows: rows, format: output, numericColumns: [3, 4])
    }
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

    @Option(name: .long, help: "The store to read (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw InputProblem(description: "no store at \(db): run `curbside import PATH…` first")
        }
        let sources = try Store(path: db).sources()
        let rows = sources.map { s in
            [String(s.id), s.path, s.format, s.sha256, isoDate(s.importedAt), String(s.recordsRead), String(s.recordsSkipped)]
        }
        emit(header: ["id", "path", "format", "sha256", "imported", "read", "skipped"], rows: rows, format: format, numericColumns: [0, 5, 6])
    }
}
