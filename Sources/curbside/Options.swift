import ArgumentParser
import CurbsideImport
import CurbsideStore
import Foundation

/// Import options shared by `import` and by every analysis command's `--input`.
struct ReaderOptions: ParsableArguments {
    @Option(name: .long, help: "Kind label for edges in files that carry none (e.g. follow, advice).")
    var kind: String?

    @Option(name: .long, help: "Platform label for accounts in generic files (default: csv or snap).")
    var platform: String?

    @Flag(name: .long, help: "Skip bad records, count them by reason and report them, instead of stopping.")
    var lenient = false

    @Option(name: .long, help: "Owner of an export that does not name one (Mastodon following_accounts.csv without actor.json): user@instance.")
    var owner: String?

    @Option(name: .customLong("third-column"),
            help: "What the third column of a whitespace edge list (a b x) holds: weight or time (default: a time only when every value is a Unix time since 2006 or a date, else a weight).")
    var thirdColumn: ThirdColumn?

    @Option(name: .long, help: ArgumentHelp(
        "Which CSV/TSV column is which, by header name or 1-based index: source=src_user,target=3,kind=type,time=created_at,weight=n,handle=…,name=…,bio=…,specialty=…,header=yes|no.",
        valueName: "role=column,…"))
    var columns: String?

    @Option(name: .customLong("kind-map"), help: ArgumentHelp("Kind column codes to kinds, e.g. 1=repost,2=reply,3=quote.", valueName: "code=kind,…"))
    var kindMap: String?

    @Option(name: .customLong("time-format"),
            help: "How the time column is written: auto, epoch, epoch-ms, iso8601, or a strftime pattern such as '%m/%d/%Y %H:%M'.")
    var timeFormat: String?

    @Option(name: .customLong("time-zone"), help: "Time zone of --time-format pattern times: UTC (default), +01:00, or a name like Europe/Berlin.")
    var timeZone: String?

    @Option(name: .long, help: "Text encoding of CSV/TSV and whitespace files, converted to UTF-8 with iconv: latin1, windows-1252, utf-16, … (default: UTF-8).")
    var encoding: String?

    func validate() throws {
        _ = try columnMapping()
        if let encoding, !ImportOptions.isKnownEncoding(encoding) {
            throw ValidationError("--encoding \(encoding): expected an encoding iconv knows, such as latin1, windows-1252 or utf-16 (iconv -l lists them)")
        }
    }

    /// The column mapping the flags describe; nil when none is given.
    func columnMapping() throws -> ColumnMapping? {
        guard columns != nil || kindMap != nil || timeFormat != nil || timeZone != nil else { return nil }
        do {
            var mapping = try columns.map { try ColumnMapping.parse(columns: $0) } ?? ColumnMapping()
            if let kindMap { mapping.kindCodes = try ColumnMapping.parse(kindMap: kindMap) }
            if let timeFormat {
                guard let format = ColumnMapping.TimeFormat(timeFormat) else {
                    throw ValidationError("--time-format \(timeFormat): expected auto, epoch, epoch-ms, iso8601 or a strftime pattern with %")
                }
                mapping.timeFormat = format
            }
            if let timeZone {
                guard let zone = ColumnMapping.TimeZoneSpec(timeZone) else {
                    throw ValidationError("--time-zone \(timeZone): expected UTC, an offset like +01:00 or a zone name like Europe/Berlin")
                }
                mapping.timeZone = zone
            }
            return mapping
        } catch let e as ColumnMapping.SyntaxError {
            throw ValidationError(e.description)
        }
    }

    func importOptions(format: ImportFormat) -> ImportOptions {
        var o = ImportOptions()
        o.format = format
        o.kind = kind
        o.platform = platform
        o.lenient = lenient
        o.owner = owner
        o.thirdColumn = thirdColumn
        o.encoding = encoding
        o.columns = (try? columnMapping()) ?? nil // checked in validate()
        return o
    }
}

extension ImportFormat: ExpressibleByArgument {}
extension ThirdColumn: ExpressibleByArgument {}

/// Where an analysis command gets its network: a store, or files read into memory.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "The store to read (default: ./curbside.sqlite).")
    var db: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Analyse these files in memory instead of a store.")
    var input: [String] = []

    @Option(name: .customLong("input-format"), help: "Format of --input files: \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")).")
    var inputFormat: ImportFormat = .auto

    @OptionGroup var reader: ReaderOptions

    @OptionGroup var progress: ProgressOptions

    @Option(name: .long, help: "Only interactions from this UTC date or time on: 2019-11-16, 2019-11-16T08:00:00Z (follows are always kept).")
    var since: String?

    @Option(name: .long, help: "Only interactions up to this UTC date (the whole day) or time.")
    var until: String?

    @Option(name: .long, help: "Only interactions from posts carrying this hashtag (with or without #, any case), e.g. CurbCon26.")
    var hashtag: String?

    func validate() throws {
        if db != nil && !input.isEmpty {
            throw ValidationError("give either --db or --input, not both")
        }
        _ = try parsedWindow()
    }

    /// The `--since/--until/--hashtag` window (unbounded when none is given).
    var window: InteractionWindow { (try? parsedWindow()) ?? InteractionWindow() }

    func parsedWindow() throws -> InteractionWindow {
        func bound(_ text: String?, _ name: String, endOfDay: Bool) throws -> Int64? {
            guard let text else { return nil }
            guard let t = WindowBound.parse(text, endOfDay: endOfDay) else {
                throw ValidationError("--\(name) \(text): expected a UTC date like 2019-11-16 or a time like 2019-11-16T08:00:00Z")
            }
            return t
        }
        let window = InteractionWindow(since: try bound(since, "since", endOfDay: false),
                                       until: try bound(until, "until", endOfDay: true), hashtag: hashtag)
        if let s = window.since, let u = window.until, s > u {
            throw ValidationError("--since \(since ?? "") is after --until \(until ?? ""): the window is empty")
        }
        if window.hashtag?.isEmpty == true { throw ValidationError("--hashtag needs a tag, e.g. --hashtag CurbCon26") }
        return window
    }

    /// Opens the store, or imports `--input` into a private in-memory one.
    func openStore() throws -> Store {
        if !window.isUnbounded { printError("window: \(window.summary); follows and other untimed ties kept whole") }
        guard !input.isEmpty else {
            let path = db ?? "curbside.sqlite"
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputProblem(description: "no store at \(path): run `curbside import PATH…` first, or pass --input PATH…")
            }
            return try Store(path: path, access: .readOnly)
        }
        let store = try Store.inMemory()
        for path in input {
            let outcome = try importPath(path, into: store, options: reader.importOptions(format: inputFormat),
                                         given: reader.given(format: inputFormat, formatOption: "--input-format"))
            reportImport(outcome, quiet: true)
        }
        return store
    }
}

struct ImportSummary {
    var outcome: ImportOutcome
    var result: ImportResult?
    /// The path as given.
    var path: String
    /// `import --replace`: the earlier sources removed first (empty: a plain import).
    var replaced: [ForgetSummary] = []
    /// `import --replace`: accounts only the replaced sources named, and the new import did not.
    var accountsRemoved = 0

    /// What the store records about the import (``ImportDetails``), if it read anything.
    var details: ImportDetails { outcome.source.importDetails }
}

/// Imports one path in one transaction. With `replace`, the earlier sources of the same
/// content or path are removed first in the same transaction (``Store/replaceSource(path:format:sha256:importedAt:_:)``);
/// `given` are the reader options as typed, recorded with the source.
func importPath(_ path: String, into store: Store, options: ImportOptions, replace: Bool = false,
                given: [String: String] = [:]) throws -> ImportSummary {
    var result: ImportResult?
    var replacedIDs: [Int64] = []
    func body(_ source: PreparedSource) -> (RecordSink) throws -> ImportCounts {
        { sink in
            let progress = ProgressSink(sink, label: path)
            defer { progress.finish() }
            let r = try Importer.read(source, options: options, into: progress)
            result = r
            return ImportCounts(read: r.recordsRead, skipped: r.recordsSkipped,
                                details: importDetails(r, options: given, replaced: replacedIDs).json)
        }
    }
    if replace {
        let source = try Importer.prepare(path, options: options)
        replacedIDs = try store.sources(replacedBy: path, sha256: source.sha256).map(\.id)
        let r = try store.replaceSource(path: path, format: source.format.rawValue, sha256: source.sha256, body(source))
        return ImportSummary(outcome: r.outcome, result: result, path: path, replaced: r.replaced, accountsRemoved: r.accountsRemoved)
    }
    // A path imported before is likely the same content again: fingerprint it first, so a
    // duplicate is recognised without reading its records.
    if try store.sources().contains(where: { $0.path == path }) {
        let source = try Importer.prepare(path, options: options)
        let outcome = try store.importSource(path: path, format: source.format.rawValue, sha256: source.sha256, body(source))
        return ImportSummary(outcome: outcome, result: result, path: path)
    }
    // Otherwise the SHA-256 is computed on another thread while the records are read; the
    // store checks it for a duplicate at commit time (and rolls a duplicate back).
    let (source, fingerprint) = try Importer.prepareConcurrently(path, options: options)
    defer { fingerprint.cancel() }
    let outcome = try store.importSource(path: path, format: source.format.rawValue, digest: fingerprint.wait, body(source))
    return ImportSummary(outcome: outcome, result: result, path: path)
}

/// What the store records about an import: the reader's counts, and structured what
/// the summary, `sources` and the report show (rows without a tie by reason, self-loops,
/// kind choices, the third column, warnings), the options given and the sources replaced.
func importDetails(_ r: ImportResult, options: [String: String], replaced: [Int64]) -> ImportDetails {
    var d = ImportDetails()
    d.counts = r.counts
    d.skippedByReason = r.skippedByReason
    d.withoutTieByReason = r.withoutTieByReason
    d.selfLoops = r.selfLoops
    d.kindChoices = r.kindChoices.map { .init(file: $0.file, kind: $0.kind, basis: $0.basis.rawValue, word: $0.word) }
    d.thirdColumn = r.thirdColumn?.rawValue
    d.warnings = r.warnings
    d.options = options
    d.replaced = replaced
    d.notes = r.notes
    d.problems = r.problems.map { "\($0)" }
    return d
}

/// Diagnostics for one import, on stderr. `quiet` (`--input`) prints only what went wrong,
/// and never suggests `import --replace`.
func reportImport(_ summary: ImportSummary, quiet: Bool = false) {
    let s = summary.outcome.source
    switch summary.outcome {
    case .alreadyImported:
        let hint = quiet ? "" : "; to import it again with other options: curbside import --replace \(summary.path)"
        printError("\(summary.path): already imported (same SHA-256 as source \(s.id)) from \(s.path); nothing changed\(hint)")
    case .imported:
        for r in summary.replaced {
            printError("\(summary.path): replaces source \(r.source.id) (\(r.source.path)): \(r.edgesRemoved) ties, "
                + "\(r.eventsRemoved) interactions and \(r.hashtagsRemoved) hashtags removed first")
        }
        if !quiet || s.recordsSkipped > 0 {
            printError("\(s.path): \(s.format), \(s.recordsRead) records read, \(s.recordsSkipped) skipped")
        }
        if let r = summary.result {
            for (reason, n) in r.skippedByReason.sorted(by: { $0.key < $1.key }) { printError("  skipped \(n) × \(reason)") }
            for (reason, n) in r.withoutTieByReason.sorted(by: { $0.key < $1.key }) where r.skippedByReason[reason] == nil {
                printError("  no tie from \(n) × \(reason)")
            }
            if r.selfLoops > 0 && !quiet { printError("  \(r.selfLoops) self-loops (both ends one account), kept as ties") }
            for p in r.problems.prefix(5) { printError("  \(p)") }
            for w in r.warnings { printError("  warning: \(w)") }
            if !quiet { for note in r.notes { printError("  note: \(note)") } }
        }
    }
}

/// `2026-03-16` from Unix seconds, UTC.
func isoDate(_ t: Int64?) -> String {
    guard let t else { return "" }
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
}

/// `--db` for the commands that work on an existing store (`sources`, `forget`, `label`,
/// `link`, `check`): one option, one "no store" error.
struct StoreLocation: ParsableArguments {
    @Option(name: .long, help: "The store (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    /// Opens the store at `--db`; a path with no file is an ``InputProblem`` saying how to
    /// make one (never an empty new store).
    func openExisting(access: Store.Access = .readWrite) throws -> Store {
        guard FileManager.default.fileExists(atPath: db) else {
            throw InputProblem(description: "no store at \(db): run `curbside import PATH…` first")
        }
        return try Store(path: db, access: access)
    }
}
