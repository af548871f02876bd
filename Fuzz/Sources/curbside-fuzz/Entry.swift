import CurbsideImport
import CurbsideStore
import Foundation

// libFuzzer entry points. main.swift starts libFuzzer's driver, which calls
// LLVMFuzzerInitialize once and LLVMFuzzerTestOneInput per input.

nonisolated(unsafe) private var selected: FuzzTarget?
nonisolated(unsafe) private var workspace: Workspace?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    let name = ProcessInfo.processInfo.environment["CURBSIDE_FUZZ_TARGET"] ?? ""
    if name == "list" {
        // For run.sh: name, max_len, detect_leaks, summary (tab-separated).
        for t in FuzzTarget.all { print("\(t.name)\t\(t.maxLen)\t\(t.detectLeaks ? 1 : 0)\t\(t.summary)") }
        exit(0)
    }
    guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: " ")
        FileHandle.standardError.write(Data("curbside-fuzz: set CURBSIDE_FUZZ_TARGET to one of: \(names) (or list)\n".utf8))
        exit(2)
    }
    selected = target
    let ws = Workspace()
    workspace = ws
    atexit { workspace?.remove() }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let target = selected, let ws = workspace else { return 0 }
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    FuzzTarget.run(target, bytes[...], in: ws)
    return 0
}

extension FuzzTarget {
    /// What one read of an input came to.
    enum Outcome {
        case imported(ImportResult, CheckingSink, ImportFormat)
        case rejected(ImportError)
    }

    /// Places the input, then reads it strict and lenient (into a sink, or a store) and checks
    /// both reads and how they relate. The source is prepared (format, files, fingerprint)
    /// once: `prepare` does not depend on `lenient`, so a second call would only repeat it.
    static func run(_ target: FuzzTarget, _ bytes: ArraySlice<UInt8>, in ws: Workspace) {
        ws.reset()
        let placed = target.place(ws, bytes)
        let prepared = prepare(target, placed)
        let strict = read(target, placed, prepared, lenient: false)
        let lenient = read(target, placed, prepared, lenient: true)
        if case .imported(_, _, let format) = strict { target.afterImport(placed, format) }
        switch (strict, lenient) {
        case (.imported(let s, let sSink, _), .imported(let l, let lSink, _)):
            // A clean input reads the same either way.
            if l.recordsSkipped != 0 { fail("strict read succeeded but lenient skipped \(l.recordsSkipped) records") }
            if sSink.digest != lSink.digest || sSink.records != lSink.records {
                fail("strict and lenient reads of a clean input sent different records (\(sSink.records) vs \(lSink.records))")
            }
            if s.recordsRead != l.recordsRead { fail("recordsRead differs: strict \(s.recordsRead), lenient \(l.recordsRead)") }
        case (.imported, .rejected(let e)):
            fail("strict read succeeded but lenient failed: \(e)")
        case (.rejected, _):
            break
        }
    }

    /// ``Importer/prepare(_:options:)`` of the placed input: the source, or the error both
    /// reads then report.
    static func prepare(_ target: FuzzTarget, _ placed: Placed) -> Result<PreparedSource, ImportError> {
        do {
            let source = try Importer.prepare(placed.path, options: options(target, placed, lenient: false))
            if source.format == .auto { fail("prepare returned the format auto") }
            return .success(source)
        } catch let error as ImportError {
            return .failure(error)
        } catch {
            fail("prepare threw \(type(of: error)), not an ImportError: \(error)")
        }
    }

    static func options(_ target: FuzzTarget, _ placed: Placed, lenient: Bool) -> ImportOptions {
        var options = ImportOptions(format: placed.format, lenient: lenient)
        target.options(&options)
        if let columns = placed.columns { options.columns = columns }
        return options
    }

    /// One read of a prepared source into a ``CheckingSink`` (and the in-memory store when
    /// `viaStore`), with the result's own invariants checked.
    static func read(_ target: FuzzTarget, _ placed: Placed, _ prepared: Result<PreparedSource, ImportError>,
                     lenient: Bool) -> Outcome {
        let sink = CheckingSink()
        do {
            let source = try prepared.get()
            let options = options(target, placed, lenient: lenient)
            let result: ImportResult
            if target.viaStore {
                result = try importIntoStore(source, options: options, sink: sink)
            } else {
                result = try Importer.read(source, options: options, into: sink)
            }
            check(result, sink: sink, lenient: lenient)
            return .imported(result, sink, source.format)
        } catch let error as ImportError {
            check(error)
            return .rejected(error)
        } catch {
            fail("\(lenient ? "lenient" : "strict") read threw \(type(of: error)), not an ImportError: \(error)")
        }
    }

    /// The in-memory store of the `store` target, opened once: every import into it ends
    /// with it empty again (a failed import leaves nothing; a successful one is forgotten),
    /// so no input sees another's data. Opening a store per read (its schema, migrations)
    /// cost more than the import.
    nonisolated(unsafe) static var store: Store?

    /// Imports through ``Store/importSource(path:format:sha256:importedAt:_:)`` into the
    /// empty in-memory store: an import that fails leaves it empty, one that succeeds holds one
    /// source and every account the reader named, each once, and forgetting that source
    /// (``Store/forget(source:)``) empties the store again.
    static func importIntoStore(_ source: PreparedSource, options: ImportOptions, sink: CheckingSink) throws -> ImportResult {
        let store: Store
        if let open = Self.store {
            store = open
        } else {
            do { store = try Store.inMemory() } catch { reportFailure("cannot open an in-memory store: \(error)", harness: true) }
            Self.store = store
        }
        var result = ImportResult()
        do {
            _ = try store.importSource(path: source.path, format: source.format.rawValue, sha256: source.sha256) { session in
                result = try Importer.read(source, options: options, into: Tee(sink, session))
                return ImportCounts(read: result.recordsRead, skipped: result.recordsSkipped)
            }
        } catch let error as ImportError {
            let (sources, accounts) = contents(store)
            if sources != 0 || accounts != 0 { fail("a failed import left \(sources) sources and \(accounts) accounts in the store") }
            throw error
        } catch {
            fail("the store import threw \(type(of: error)), not an ImportError: \(error)")
        }
        do {
            let sources = try store.sources()
            let accounts = try store.statistics().accounts
            if sources.count != 1 { fail("the store holds \(sources.count) sources after one import") }
            let named = Set(sink.accountKeys.map { Array($0.platform.utf8) + [0] + Array($0.id.utf8) }).count
            if accounts != named { fail("the reader named \(named) distinct accounts but the store holds \(accounts)") }
            let forgotten = try store.forget(source: sources[0])
            if forgotten.accountsRemoved != accounts {
                fail("forgetting the only source removed \(forgotten.accountsRemoved) of \(accounts) accounts")
            }
        } catch {
            fail("reading the store back or forgetting the source threw \(error)")
        }
        let (sources, accounts) = contents(store)
        if sources != 0 || accounts != 0 { fail("forgetting the only source left \(sources) sources and \(accounts) accounts") }
        return result
    }

    /// How many sources and accounts `store` holds (-1 when it cannot say).
    static func contents(_ store: Store) -> (sources: Int, accounts: Int) {
        ((try? store.sources().count) ?? -1, (try? store.statistics().accounts) ?? -1)
    }

    /// Counts agree with what the sink received; skips only in lenient mode and all counted.
    static func check(_ r: ImportResult, sink: CheckingSink, lenient: Bool) {
        if !lenient, r.recordsSkipped != 0 || !r.problems.isEmpty { fail("a strict read skipped records") }
        if r.recordsSkipped < 0 || r.recordsRead < 0 { fail("negative record counts") }
        if r.recordsSkipped != r.skippedByReason.values.reduce(0, +) {
            fail("recordsSkipped \(r.recordsSkipped) is not the sum of skippedByReason")
        }
        if r.problems.count != min(10, r.recordsSkipped) { fail("\(r.problems.count) problems kept for \(r.recordsSkipped) skips") }
        for p in r.problems { check(p) }
        for (key, n) in r.counts where n < 0 { fail("count \(key) is negative") }
        for (key, n) in [("account", sink.accounts), ("edge", sink.edges), ("hashtag", sink.hashtags)] where r.counts[key, default: 0] != n {
            fail("counts[\(key)] is \(r.counts[key, default: 0]) but the sink received \(n)")
        }
    }

    /// An error the user sees: names a file, a place and what was expected, with a reason code.
    static func check(_ e: ImportError) {
        if e.file.isEmpty || e.location.isEmpty || e.expected.isEmpty { fail("an ImportError with an empty part: \(e)") }
        if e.reason.isEmpty || !e.reason.utf8.allSatisfy({ (0x61 ... 0x7a).contains($0) || (0x30 ... 0x39).contains($0) || $0 == 0x2d }) {
            fail("ImportError reason is not a short code")
        }
    }

    /// Prints `message` where libFuzzer's log shows it and aborts (a crash libFuzzer saves
    /// the input for). `harness` marks a problem of the harness itself, not a finding.
    static func reportFailure(_ message: String, harness: Bool = false) -> Never {
        let label = harness ? "curbside-fuzz harness error" : "curbside-fuzz invariant broken"
        let name = selected?.name ?? "?"
        FileHandle.standardError.write(Data("==\(getpid())== \(label) [\(name)]: \(message)\n".utf8))
        abort()
    }
}

/// Sends every record to two sinks (the checks, then the store's session).
final class Tee: RecordSink {
    let first: RecordSink
    let second: RecordSink

    init(_ first: RecordSink, _ second: RecordSink) {
        self.first = first
        self.second = second
    }

    func account(_ r: AccountRecord) throws { try first.account(r); try second.account(r) }
    func edge(_ r: EdgeRecord) throws { try first.edge(r); try second.edge(r) }
    func hashtag(_ r: HashtagRecord) throws { try first.hashtag(r); try second.hashtag(r) }
    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {
        try first.edge(platform: platform, source: source, target: target, kind: kind, count: count, firstAt: firstAt, lastAt: lastAt)
        try second.edge(platform: platform, source: source, target: target, kind: kind, count: count, firstAt: firstAt, lastAt: lastAt)
    }
}
