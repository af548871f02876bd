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
    let known = (ProcessInfo.processInfo.environment["CURBSIDE_FUZZ_KNOWN"] ?? "").split(separator: ",")
    for k in known where k != "nul" {
        FileHandle.standardError.write(Data("curbside-fuzz: CURBSIDE_FUZZ_KNOWN knows only nul, not \(k)\n".utf8))
        exit(2)
    }
    FuzzTarget.checkNUL = !known.contains("nul")
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
    /// Checks switched off by `CURBSIDE_FUZZ_KNOWN` (comma-separated), to explore past a known
    /// defect that is not fixed yet: `nul` (NUL bytes reach the store, issue #11 item 7).
    /// Off by default: CI checks everything.
    nonisolated(unsafe) static var checkNUL = true

    /// What one read of an input came to.
    enum Outcome {
        case imported(ImportResult, CheckingSink, ImportFormat)
        case rejected(ImportError)
    }

    /// Places the input, then reads it strict and lenient (into a sink, or a store) and checks
    /// both reads and how they relate.
    static func run(_ target: FuzzTarget, _ bytes: ArraySlice<UInt8>, in ws: Workspace) {
        _ = ws.reset()
        let placed = target.place(ws, bytes)
        let strict = read(target, placed, lenient: false)
        let lenient = read(target, placed, lenient: true)
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

    /// One read: prepare + read into a ``CheckingSink`` (and a fresh in-memory store when
    /// `viaStore`), with the result's own invariants checked.
    static func read(_ target: FuzzTarget, _ placed: Placed, lenient: Bool) -> Outcome {
        var options = ImportOptions(format: placed.format, lenient: lenient)
        target.options(&options)
        let sink = CheckingSink()
        do {
            let source = try Importer.prepare(placed.path, options: options)
            if source.format == .auto { fail("prepare returned the format auto") }
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

    /// Imports through ``Store/importSource(path:format:sha256:importedAt:_:)`` into a new
    /// in-memory store: an import that fails leaves it empty, one that succeeds holds one
    /// source and every account the reader named, each once.
    static func importIntoStore(_ source: PreparedSource, options: ImportOptions, sink: CheckingSink) throws -> ImportResult {
        let store: Store
        do { store = try Store.inMemory() } catch { reportFailure("cannot open an in-memory store: \(error)", harness: true) }
        var result = ImportResult()
        do {
            _ = try store.importSource(path: source.path, format: source.format.rawValue, sha256: source.sha256) { session in
                result = try Importer.read(source, options: options, into: Tee(sink, session))
                return ImportCounts(read: result.recordsRead, skipped: result.recordsSkipped)
            }
        } catch let error as ImportError {
            let sources = (try? store.sources().count) ?? -1
            let accounts = (try? store.statistics().accounts) ?? -1
            if sources != 0 || accounts != 0 { fail("a failed import left \(sources) sources and \(accounts) accounts in the store") }
            throw error
        } catch {
            fail("the store import threw \(type(of: error)), not an ImportError: \(error)")
        }
        do {
            let sources = try store.sources().count
            let accounts = try store.statistics().accounts
            if sources != 1 { fail("the store holds \(sources) sources after one import") }
            let named = Set(sink.accountKeys.map { Array($0.platform.utf8) + [0] + Array($0.id.utf8) }).count
            let nulKeys = !checkNUL && sink.accountKeys.contains { $0.platform.utf8.contains(0) || $0.id.utf8.contains(0) }
            if accounts != named, !nulKeys { fail("the reader named \(named) distinct accounts but the store holds \(accounts)") }
        } catch {
            fail("reading the store back threw \(error)")
        }
        return result
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
