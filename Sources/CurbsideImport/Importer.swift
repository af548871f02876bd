import CurbsideRecords
import Foundation

/// Reads social-network exports and generic edge lists into a ``RecordSink``.
///
/// Two steps, so the store can skip a source it has already imported before reading it:
///
/// ```swift
/// let source = try Importer.prepare("archive.zip", options: options)   // format + SHA-256
/// let result = try Importer.read(source, options: options, into: sink)  // records → sink
/// ```
///
/// or, with the fingerprint off the critical path (what `curbside import` does), hashing on
/// another thread while the records are read and checking for a duplicate at commit time:
///
/// ```swift
/// let (source, fingerprint) = try Importer.prepareConcurrently("edges.csv", options: options)
/// defer { fingerprint.cancel() }
/// let outcome = try store.importSource(path: "edges.csv", format: source.format.rawValue,
///                                      digest: fingerprint.wait) { sink in … }
/// ```
///
/// **Detection** (`options.format == .auto`): the formats of ``FormatRegistry`` are asked in
/// its order and the first that recognises the path reads it — x-archive (a folder or `.zip`
/// with `data/*.js`), multiplex (`.edges` with a `*_layers.txt` sibling), mastodon (an
/// `actor.json`/`outbox.json` folder or zip, or a `following_accounts.csv`-style header),
/// handles (header exactly `id,handle[,platform]`), twarc2 (a first line that is an API v2
/// page or tweet), bluesky (`.car`), csv (`.csv`, a header naming CSV columns, or a folder with
/// `edges.csv`/`nodes.csv`), graphml and gexf (by extension or XML root element), edgelist-data
/// (a first line `a b {…}`), pajek (a first line `*Vertices N`), snap (a first line of 2–4
/// whitespace-separated tokens). Each format's folder under `Formats/` says
/// exactly what it recognises. A `.gz` file is detected by the name without `.gz` and its
/// decompressed first line; zips and other compressions are never sniffed line-wise.
///
/// Anything else is an ``ImportError`` listing the formats tried and suggesting `--format`.
///
/// **Strict and lenient.** By default the first bad record throws (the store then rolls
/// the whole import back). With `options.lenient`, bad records are skipped and counted by
/// reason, and the first ten problems are kept in the result.
public enum Importer {
    /// Resolves the format of `path` (detecting it when `options.format` is `.auto`) and
    /// fingerprints its content.
    ///
    /// The fingerprint covers what the reader reads: a single file (CSV, SNAP, a zip); a CSV
    /// folder's `nodes.csv`/`edges.csv`; a multiplex `.edges` file with its `_layers.txt` and
    /// `_nodes.txt`; an unpacked X archive's files directly inside `data/` (media folders are
    /// neither read nor hashed). Hashing streams every file once, at roughly 300 MB/s of CPU.
    ///
    /// - Throws: ``UnreadableInput`` when the path, or a file of the source, exists but cannot
    ///   be read; ``ImportError`` when the path is missing or in no known format.
    public static func prepare(_ path: String, options: ImportOptions) throws -> PreparedSource {
        let (source, isDirectory) = try resolve(path, options: options)
        var prepared = source
        prepared.sha256 = try fingerprint(path, files: source.files, isDirectory: isDirectory, cancelled: { false })
        return prepared
    }

    /// Like ``prepare(_:options:)``, but the fingerprint is computed on another thread while
    /// the caller reads the source: the returned source's `sha256` is empty, and
    /// ``PendingFingerprint/wait()`` gives the digest (pass it as the `digest` of
    /// `Store.importSource(path:format:importedAt:digest:_:)`, which checks for a duplicate at
    /// commit time and rolls back). Hashing is then off the import's critical path.
    public static func prepareConcurrently(_ path: String, options: ImportOptions) throws -> (PreparedSource, PendingFingerprint) {
        let (source, isDirectory) = try resolve(path, options: options)
        let files = source.files
        let pending = PendingFingerprint { cancelled in
            try fingerprint(path, files: files, isDirectory: isDirectory, cancelled: cancelled)
        }
        return (source, pending)
    }

    /// The SHA-256 of the file at `path` in lowercase hex, as a single-file source's
    /// ``PreparedSource/sha256`` gives it (so `sha256sum` agrees). For files applied outside an
    /// import (link and label sets).
    ///
    /// - Throws: ``ImportError`` (reason `unreadable`) when the file cannot be read.
    public static func fileDigest(atPath path: String) throws -> String {
        try hashFile(path, cancelled: { false })
    }

    /// The format and files of `path`; the `sha256` is left empty.
    static func resolve(_ path: String, options: ImportOptions) throws -> (PreparedSource, isDirectory: Bool) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ImportError(file: path, location: "path", expected: "an existing file or folder", reason: "not-found")
        }
        // An unreadable path is a runtime failure, never "no format matched": check before detecting.
        try checkReadable(path, isDirectory: isDir.boolValue)
        if isDir.boolValue {
            let data = URL(fileURLWithPath: path).appendingPathComponent("data").path
            var dataIsDir: ObjCBool = false
            if fm.fileExists(atPath: data, isDirectory: &dataIsDir), dataIsDir.boolValue {
                try checkReadable(data, isDirectory: true) // an X archive's data/
            }
        }
        // A .tsv with a column mapping is CSV even when its header names no known column.
        let mappedTSV = options.format == .auto && options.columns != nil && innerExtension(path) == "tsv" && !isDir.boolValue
        let reader = mappedTSV ? FormatRegistry.reader(for: .csv)
            : options.format == .auto ? try ByteChunks.withEncoding(options.encoding) { try detect(path, isDirectory: isDir.boolValue) }
            : FormatRegistry.reader(for: options.format)
        guard let reader else { throw unknown(path) }
        let format = reader.format
        let files = try reader.files(path, isDirectory: isDir.boolValue)
        for file in files { try checkReadable(file, isDirectory: false) } // a folder's files, a multiplex triple's

        return (PreparedSource(path: path, format: format, sha256: "", files: files.sorted()), isDir.boolValue)
    }

    /// The digest of a source's files (see ``prepare(_:options:)``); `files` sorted.
    private static func fingerprint(
        _ path: String, files: [String], isDirectory: Bool, cancelled: () -> Bool
    ) throws -> String {
        if files.count == 1, !isDirectory, files[0] == absolute(path) {
            return try hashFile(files[0], cancelled: cancelled)
        }
        // Digest over "<relative path>\0<file digest>\n" in sorted order.
        let base = isDirectory ? absolute(path) : URL(fileURLWithPath: absolute(path)).deletingLastPathComponent().path
        var h = SHA256()
        for file in files {
            let relative = file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : file
            h.update(relative)
            h.update([0])
            h.update(try hashFile(file, cancelled: cancelled))
            h.update([10])
        }
        return h.hexDigest()
    }

    /// Reads a prepared source into `sink`.
    ///
    /// - Throws: ``ImportError`` for the first bad record (strict mode), for problems that
    ///   make the whole source unreadable (missing owner, unreadable header), and whatever
    ///   the sink throws.
    public static func read(_ source: PreparedSource, options: ImportOptions, into sink: RecordSink) throws -> ImportResult {
        let context = ImportContext(lenient: options.lenient)
        let counting = CountingSink(sink, file: source.path, context: context)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDir) else {
            throw ImportError(file: source.path, location: "path", expected: "an existing file or folder", reason: "not-found")
        }
        guard let reader = FormatRegistry.reader(for: source.format) else {
            throw ImportError(file: source.path, location: "format", expected: "a resolved format (use prepare)",
                              reason: "unknown-format")
        }
        let encoding = options.encoding.flatMap { ImportOptions.encodedFormats.contains(source.format) ? $0 : nil }
        if let given = options.encoding, encoding == nil {
            context.note("--encoding \(given) applies to delimited and whitespace files; \(source.format.rawValue) files say their own encoding")
        }
        try ByteChunks.withEncoding(encoding) {
            try reader.read(source, isDirectory: isDir.boolValue, options: options, context: context, sink: counting)
        }
        counting.flush(into: context)
        context.finish()
        context.warnIfNothingImported(source)
        return context.result
    }

    /// Throws ``UnreadableInput`` when the file at `path` cannot be opened for reading, or the
    /// folder at `path` cannot be listed and entered (permissions, I/O errors).
    static func checkReadable(_ path: String, isDirectory: Bool) throws {
        if isDirectory {
            guard access(path, R_OK | X_OK) != 0 else { return }
            throw UnreadableInput(path: path, errorNumber: errno)
        }
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd < 0 else {
            close(fd)
            return
        }
        throw UnreadableInput(path: path, errorNumber: errno)
    }

    // MARK: Detection

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// How errors name `file` of the source at `path`: relative to a folder, else its last component.
    static func displayName(_ file: String, in path: String) -> String {
        let base = absolute(path)
        return file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : (file.split(separator: "/").last.map(String.init) ?? file)
    }

    /// The extension that says what a file holds: `edges.txt.gz` → `txt`, `a.csv` → `csv`.
    static func innerExtension(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        return ext == "gz" ? url.deletingPathExtension().pathExtension.lowercased() : ext
    }

    /// The file name without a trailing `.gz`, lowercased.
    static func innerName(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        return name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    }

    /// The "none matched" error: every registered format with its summary.
    private static func unknown(_ path: String, hint: String = "") -> ImportError {
        ImportError(file: path, location: "format",
                    expected: "one of \(FormatRegistry.summaries); none matched\(hint); pass --format to choose",
                    reason: "unknown-format")
    }

    /// The first registered format that recognises `path` (``FormatRegistry``).
    private static func detect(_ path: String, isDirectory: Bool) throws -> any FormatReader {
        let probe = try DetectionProbe(path: path, isDirectory: isDirectory)
        if let reader = try FormatRegistry.detect(probe) { return reader }
        switch probe.innerExtension {
        case _ where isDirectory:
            throw unknown(path)
        case "zip":
            throw unknown(path, hint: " (the zip holds neither an X archive data/ folder nor a Mastodon actor.json/outbox.json)")
        case "bz2", "xz", "zst", "7z":
            throw unknown(path, hint: " (of compressed files only gzip is read: decompress first)")
        default:
            throw unknown(path)
        }
    }

    static func listing(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    private static func hashFile(_ path: String, cancelled: () -> Bool) throws -> String {
        do {
            return try SHA256.hexOfFile(atPath: path, cancelled: cancelled)
        } catch is PendingFingerprint.Cancelled {
            throw PendingFingerprint.Cancelled()
        } catch {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
    }
}

/// A source fingerprint being computed on a background thread (see
/// ``Importer/prepareConcurrently(_:options:)``).
public final class PendingFingerprint: @unchecked Sendable {
    /// Thrown by the hashing when ``cancel()`` stopped it.
    struct Cancelled: Error {}

    private let condition = NSCondition()
    private var outcome: Result<String, Error>?
    private var isCancelled = false

    init(_ work: @escaping @Sendable (_ cancelled: () -> Bool) throws -> String) {
        let thread = Thread { [self] in
            let result = Result { try work { self.cancelledNow } }
            condition.lock()
            outcome = result
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "curbside-fingerprint"
        thread.start()
    }

    private var cancelledNow: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isCancelled
    }

    /// Blocks until the digest is known; rethrows the hashing's error (an ``ImportError``
    /// naming an unreadable file).
    public func wait() throws -> String {
        condition.lock()
        while outcome == nil { condition.wait() }
        let result = outcome!
        condition.unlock()
        return try result.get()
    }

    /// Stops the hashing at its next chunk (the import failed; nobody will wait).
    public func cancel() {
        condition.lock()
        isCancelled = true
        condition.unlock()
    }
}
