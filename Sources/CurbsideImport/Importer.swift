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
/// **Detection** (`options.format == .auto`), first match wins:
/// 1. a folder holding `data/manifest.js`, `data/tweet*.js`, `data/follower.js`, … (or that
///    `data/` folder itself), or a `.zip` holding them at its root or under one top folder → `x-archive`;
///    a `.zip` holding `actor.json`/`outbox.json` (at its root or under one top folder) → `mastodon`;
/// 2. an `.edges` file with a `*_layers.txt` sibling, or a folder holding such a pair → `multiplex`;
/// 3. a `.csv` file, a `.tsv` file whose header names CSV columns, or a folder with
///    `edges.csv`/`nodes.csv` → `csv`;
/// 4. a `.car` file → `bluesky`; a `.graphml` file, or an XML file whose root element is
///    `<graphml>` → `graphml`; a `.gexf` file, or an XML file whose root is `<gexf>` → `gexf`;
/// 5. any other text file whose first non-comment line has 2–4 whitespace-separated tokens → `snap`.
///
/// Before steps 3 and 4 come the social formats (see ``detectSocial(_:isDirectory:firstLine:)``):
/// a folder with `actor.json`/`outbox.json` or a `following_accounts.csv`-style header →
/// `mastodon`; a `.jsonl`/`.ndjson`/`.json` file (or any file) whose first line is a twarc2
/// page or tweet → `twarc2`; a CSV whose header is exactly `id,handle[,platform]` → `handles`.
/// A `.gz` file is detected by the name without `.gz` and its decompressed first line.
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
    private static func resolve(_ path: String, options: ImportOptions) throws -> (PreparedSource, isDirectory: Bool) {
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
        let format = options.format == .auto ? try detect(path, isDirectory: isDir.boolValue) : options.format
        let files = try resolveFiles(path, format: format, isDirectory: isDir.boolValue)
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
        switch source.format {
        case .auto:
            throw ImportError(file: source.path, location: "format", expected: "a resolved format (use prepare)",
                              reason: "unknown-format")
        case .xArchive:
            let store: ArchiveStore
            if isDir.boolValue {
                guard let folder = FolderStore(path: source.path) else { throw notAnArchive(source.path) }
                store = folder
            } else {
                guard let zip = ZipStore(path: source.path) else { throw notAnArchive(source.path) }
                store = zip
            }
            var reader = XArchiveReader(store: store, context: context, sink: counting)
            try reader.run()
        case .csv:
            let files = try csvFiles(source.path, isDirectory: isDir.boolValue)
            var nodePlatforms: [String: String] = [:]
            for file in files {
                var reader = CSVReader(file: file, displayName: displayName(file, in: source.path),
                                       options: options, context: context, sink: counting, nodePlatforms: nodePlatforms)
                try reader.run()
                nodePlatforms = reader.nodePlatforms
            }
        case .snap:
            try readSnap(absolute(source.path), options: options, context: context, sink: counting)
        case .multiplex:
            let files = try multiplexFiles(source.path, isDirectory: isDir.boolValue)
            try MultiplexReader(files: files, options: options, context: context, sink: counting).run()
        case .twarc2:
            var reader = Twarc2Reader(file: absolute(source.path), options: options, context: context, sink: counting)
            try reader.run()
        case .mastodon:
            try MastodonReader(files: source.files, options: options, context: context, sink: counting).run()
        case .handles:
            try HandlesReader(file: absolute(source.path), options: options, context: context, sink: counting).run()
        case .bluesky:
            try BlueskyRepoReader(file: absolute(source.path), context: context, sink: counting).run()
        case .graphml, .gexf:
            try XMLGraphReader(file: absolute(source.path), format: source.format, options: options,
                               context: context, sink: counting).run()
        }
        counting.flush(into: context)
        context.finish()
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

    private static func displayName(_ file: String, in path: String) -> String {
        let base = absolute(path)
        return file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : (file.split(separator: "/").last.map(String.init) ?? file)
    }

    private static func notAnArchive(_ path: String) -> ImportError {
        ImportError(file: path, location: "archive",
                    expected: "an X archive: a folder or .zip holding data/manifest.js, data/tweet*.js or data/follower.js",
                    reason: "unknown-format")
    }

    private static func unknown(_ path: String, hint: String = "") -> ImportError {
        ImportError(file: path, location: "format",
                    expected: "one of x-archive (folder or .zip with data/*.js), multiplex (.edges with a _layers.txt sibling), "
                        + "csv (.csv/.tsv with a header, or a folder with edges.csv/nodes.csv), "
                        + "bluesky (.car), graphml, gexf, snap (text lines of 2-4 whitespace-separated columns), "
                        + "twarc2 (JSON Lines of API v2 pages or tweets), mastodon (actor.json/outbox.json folder or "
                        + "following_accounts.csv), handles (id,handle CSV); none matched\(hint); pass --format to choose",
                    reason: "unknown-format")
    }

    private static func detect(_ path: String, isDirectory: Bool) throws -> ImportFormat {
        if isDirectory {
            if FolderStore(path: path) != nil { return .xArchive }
            if (try? multiplexFiles(path, isDirectory: true)) != nil { return .multiplex }
            if let social = try detectSocial(path, isDirectory: true, firstLine: nil) { return social }
            if (try? csvFiles(path, isDirectory: true)) != nil { return .csv }
            throw unknown(path)
        }
        let ext = innerExtension(path)
        if ext != "zip", let social = try detectSocial(path, isDirectory: false, firstLine: try firstContentLine(path)) { return social }
        switch ext {
        case "zip":
            if ZipStore(path: path) != nil { return .xArchive }
            if MastodonZip(path: path, wanted: mastodonArchiveNames) != nil { return .mastodon }
            throw unknown(path, hint: " (the zip holds neither an X archive data/ folder nor a Mastodon actor.json/outbox.json)")
        case "bz2", "xz", "zst", "7z":
            throw unknown(path, hint: " (of compressed files only gzip is read: decompress first)")
        case "edges":
            if (try? multiplexFiles(path, isDirectory: false))?.layers != nil { return .multiplex }
        case "csv":
            return .csv
        case "car":
            return .bluesky
        case "graphml":
            return .graphml
        case "gexf":
            return .gexf
        default:
            break
        }
        if let xml = xmlGraphFormat(path) { return xml }
        let firstLine = try firstContentLine(path)
        if ext == "tsv", let line = firstLine, csvHeaderLooksMapped(line) { return .csv }
        if let line = firstLine, csvHeaderLooksMapped(line), line.contains(",") || line.contains(";") { return .csv }
        if let line = firstLine {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if (2 ... 4).contains(tokens.count), !line.contains(","), !line.contains("\"") { return .snap }
        }
        throw unknown(path)
    }

    /// True when a header line (any of the CSV delimiters) names source+target or id columns.
    private static func csvHeaderLooksMapped(_ line: String) -> Bool {
        let cells = line.split(whereSeparator: { $0 == "," || $0 == "\t" || $0 == ";" })
            .map { CSVReader.normalize($0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \u{FEFF}"))) }
        let roles = Set(cells.compactMap { CSVReader.synonyms[$0] })
        return roles.contains(.source) && roles.contains(.target) || roles.contains(.id)
    }

    /// The first line that is neither blank nor a `#`/`%` comment, from the first 64 KiB.
    private static func firstContentLine(_ path: String) throws -> String? {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
        let data = try ByteChunks.prefix(path: path, limit: 1 << 16) // decompressed when gzip; a damaged gzip throws
        if data.contains(0) { return nil } // binary
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let trimmed = String(line).trimmingASCIIWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("%") { continue }
            return trimmed.hasPrefix("\u{FEFF}") ? String(trimmed.dropFirst()) : trimmed
        }
        return nil
    }

    // MARK: Files of a source

    private static func resolveFiles(_ path: String, format: ImportFormat, isDirectory: Bool) throws -> [String] {
        switch format {
        case .auto:
            throw unknown(path)
        case .xArchive:
            if isDirectory {
                guard let folder = FolderStore(path: path) else { throw notAnArchive(path) }
                return folder.filePaths
            }
            guard ZipStore(path: path) != nil else { throw notAnArchive(path) }
            return [absolute(path)]
        case .csv:
            return try csvFiles(path, isDirectory: isDirectory)
        case .snap:
            guard !isDirectory else {
                throw ImportError(file: path, location: "path", expected: "a SNAP edge-list file, not a folder",
                                  reason: "unknown-format")
            }
            return [absolute(path)]
        case .multiplex:
            return try multiplexFiles(path, isDirectory: isDirectory).all
        case .twarc2, .handles, .bluesky, .graphml, .gexf:
            guard !isDirectory else {
                throw ImportError(file: path, location: "path", expected: "a \(format.rawValue) file, not a folder",
                                  reason: "unknown-format")
            }
            return [absolute(path)]
        case .mastodon:
            return try mastodonFiles(path, isDirectory: isDirectory)
        }
    }

    private static func listing(_ directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    /// A CSV source's files: the file itself, or a folder's `nodes.csv` then `edges.csv`.
    static func csvFiles(_ path: String, isDirectory: Bool) throws -> [String] {
        guard isDirectory else { return [absolute(path)] }
        let dir = absolute(path)
        let names = listing(dir)
        let nodes = names.first { $0.lowercased() == "nodes.csv" }
        let edges = names.first { $0.lowercased() == "edges.csv" }
        let files = [nodes, edges].compactMap { $0 }.map { dir + "/" + $0 }
        guard !files.isEmpty else {
            throw ImportError(file: path, location: "folder", expected: "nodes.csv and/or edges.csv", reason: "unknown-format")
        }
        return files
    }

    /// A multiplex source's files: the `.edges` file and its `_layers.txt` / `_nodes.txt` siblings.
    static func multiplexFiles(_ path: String, isDirectory: Bool) throws -> MultiplexFiles {
        let full = absolute(path)
        let dir = isDirectory ? full : URL(fileURLWithPath: full).deletingLastPathComponent().path
        let names = listing(dir)
        let edgesName: String
        if isDirectory {
            let candidates = names.filter { $0.lowercased().hasSuffix(".edges") }
            guard candidates.count == 1, let only = candidates.first else {
                throw ImportError(file: path, location: "folder", expected: "exactly one .edges file", reason: "unknown-format")
            }
            edgesName = only
        } else {
            edgesName = URL(fileURLWithPath: full).lastPathComponent
        }
        var prefix = edgesName
        for suffix in ["_multiplex.edges", ".edges"] where prefix.lowercased().hasSuffix(suffix) {
            prefix = String(prefix.dropLast(suffix.count))
            break
        }
        func sibling(_ suffix: String) -> String? {
            if let exact = names.first(where: { $0 == prefix + suffix }) { return dir + "/" + exact }
            let any = names.filter { $0.hasSuffix(suffix) }
            return any.count == 1 ? any.first.map { dir + "/" + $0 } : nil
        }
        let layers = sibling("_layers.txt")
        if isDirectory, layers == nil {
            throw ImportError(file: path, location: "folder", expected: "a *_layers.txt file", reason: "unknown-format")
        }
        return MultiplexFiles(edges: dir + "/" + edgesName, layers: layers, nodes: sibling("_nodes.txt"))
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
