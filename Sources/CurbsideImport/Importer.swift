import CurbsideStore
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
    /// neither read nor hashed). Hashing streams every file once, at roughly 200 MB/s.
    ///
    /// - Throws: ``ImportError`` when the path is missing, unreadable, or in no known format.
    public static func prepare(_ path: String, options: ImportOptions) throws -> PreparedSource {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ImportError(file: path, location: "path", expected: "an existing file or folder", reason: "not-found")
        }
        let format = options.format == .auto ? try detect(path, isDirectory: isDir.boolValue) : options.format
        let files = try resolveFiles(path, format: format, isDirectory: isDir.boolValue)
        let digest: String
        if files.count == 1, !isDir.boolValue, files[0] == absolute(path) {
            digest = try hashFile(files[0])
        } else {
            // Digest over "<relative path>\0<file digest>\n" in sorted order.
            let base = isDir.boolValue ? absolute(path) : URL(fileURLWithPath: absolute(path)).deletingLastPathComponent().path
            var h = SHA256()
            for file in files.sorted() {
                let relative = file.hasPrefix(base + "/") ? String(file.dropFirst(base.count + 1)) : file
                h.update(relative)
                h.update([0])
                h.update(try hashFile(file))
                h.update([10])
            }
            digest = h.hexDigest()
        }
        return PreparedSource(path: path, format: format, sha256: digest, files: files.sorted())
    }

    /// Reads a prepared source into `sink`.
    ///
    /// - Throws: ``ImportError`` for the first bad record (strict mode), for problems that
    ///   make the whole source unreadable (missing owner, unreadable header), and whatever
    ///   the sink throws.
    public static func read(_ source: PreparedSource, options: ImportOptions, into sink: RecordSink) throws -> ImportResult {
        let context = ImportContext(lenient: options.lenient)
        let counting = CountingSink(sink)
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
        return context.result
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

    private static func hashFile(_ path: String) throws -> String {
        do {
            return try SHA256.hexOfFile(atPath: path)
        } catch {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
    }
}
