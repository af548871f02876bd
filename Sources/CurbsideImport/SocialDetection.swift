import CurbsideRecords
import Foundation

/// Detection and file lists for the social formats (twarc2, Mastodon, handles), gzip-aware
/// extensions, and the SNAP header/truncation handling, kept out of `Importer.swift`.
extension Importer {
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

    /// Names of the Mastodon archive files the ``MastodonReader`` reads.
    static let mastodonArchiveNames = ["actor.json", "outbox.json", "likes.json"]

    /// Recognises the social formats:
    /// - a folder holding `actor.json`, `outbox.json` or `following_accounts.csv` → `mastodon`;
    /// - a file named `actor.json`, `outbox.json` or `likes.json` (its archive folder is read) → `mastodon`;
    /// - a file whose header's first cell is `Account address` (Mastodon's follows export) → `mastodon`;
    /// - a file whose header cells are exactly `id`, `handle` and optionally `platform` → `handles`;
    /// - a file whose first line is a JSON object with a `__twarc`, `author_id` or `data` key,
    ///   or a `.jsonl`/`.ndjson` file starting with `{` → `twarc2`.
    static func detectSocial(_ path: String, isDirectory: Bool, firstLine: String?) throws -> ImportFormat? {
        if isDirectory {
            let names = Set(((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).map { $0.lowercased() })
            if !names.isDisjoint(with: ["actor.json", "outbox.json", "following_accounts.csv"]) { return .mastodon }
            return nil
        }
        let name = innerName(path)
        if mastodonArchiveNames.contains(name) { return .mastodon }
        guard let line = firstLine else { return nil }
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \t\r")).lowercased() }
        if cells.first == "account address" { return .mastodon }
        if cells.count >= 2, cells[0] == "id", cells[1] == "handle", cells.count == 2 || (cells.count == 3 && cells[2] == "platform") {
            return .handles
        }
        if line.hasPrefix("[(") { return .handles } // a Python list literal of (name, id) pairs
        if line.hasPrefix("{") {
            if line.contains("\"__twarc\"") || line.contains("\"author_id\"") || line.hasPrefix("{\"data\"") { return .twarc2 }
            if ["jsonl", "ndjson"].contains(innerExtension(path)) { return .twarc2 }
        }
        return nil
    }

    /// A Mastodon source's files: a folder's archive files and follows CSV; for an archive
    /// file given alone, its folder's archive files; for a follows CSV, the CSV and a sibling
    /// `actor.json` (which names the owner); for Mastodon's archive `.zip`, the zip itself.
    static func mastodonFiles(_ path: String, isDirectory: Bool) throws -> [String] {
        let full = absolute(path)
        if !isDirectory, innerExtension(full) == "zip" { return [full] } // Mastodon's archive zip
        let dir = isDirectory ? full : URL(fileURLWithPath: full).deletingLastPathComponent().path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        func sibling(_ wanted: String) -> String? {
            names.first { $0.lowercased() == wanted }.map { dir + "/" + $0 }
        }
        var files: [String]
        if isDirectory {
            files = mastodonArchiveNames.compactMap(sibling)
            files += names.filter { $0.lowercased().hasPrefix("following_accounts") && innerExtension($0) == "csv" }
                .map { dir + "/" + $0 }
        } else if mastodonArchiveNames.contains(innerName(full)) {
            files = mastodonArchiveNames.compactMap(sibling)
        } else {
            files = [full] + [sibling("actor.json")].compactMap { $0 }
        }
        guard !files.isEmpty else {
            throw ImportError(file: path, location: "folder",
                              expected: "a Mastodon archive (actor.json, outbox.json, likes.json) or following_accounts.csv",
                              reason: "unknown-format")
        }
        return files.sorted()
    }

    // MARK: SNAP with a counts header or a cut-off last line

    /// Reads a SNAP file through ``SnapReader``, first looking for two things real files carry:
    ///
    /// - **A counts header.** Some edge lists start with a line `<nodes> <edges>` (the AHCA
    ///   retweet network: `54836 96704`). It looks like an edge, so it is taken as a header only
    ///   when it is two plain integers, exactly `<edges>` content lines follow, and these name at
    ///   most `<nodes>` distinct endpoints; then it is read
    ///   as a comment (line numbers stay those of the file), counted as `header-line`, and the
    ///   node count is checked against it (a note when they differ).
    /// - **A cut-off last line.** A file whose last line has no terminator may have been cut
    ///   short. With ``ImportOptions/dropUnterminatedLastLine`` that line is dropped (counted as
    ///   `dropped-partial-line`); otherwise it is read and a note says so.
    static func readSnap(_ file: String, options: ImportOptions, context: ImportContext, sink: CountingSink) throws {
        let view = ByteChunks.View(path: file)
        view.dropUnterminatedLastLine = options.dropUnterminatedLastLine
        let header = try countsHeader(file)
        view.commentOutFirstByte = header != nil
        try ByteChunks.withView(view) {
            var reader = SnapReader(file: file, options: options, context: context, sink: sink)
            try reader.run()
        }
        if let header {
            context.count("header-line")
            context.note("line 1 is a `nodes edges` header (\(header.nodes) \(header.edges)), not an edge: skipped")
            let nodes = context.result.counts["node"] ?? 0
            if nodes != header.nodes {
                context.note("the header says \(header.nodes) nodes; the edges name \(nodes) distinct nodes")
            }
        }
        if view.droppedTailBytes > 0 {
            context.count("dropped-partial-line")
            context.note("the last line has no line terminator (the file looks cut short): dropped")
        } else if view.endsUnterminated {
            context.note("the last line has no line terminator: if the file was cut short, its last edge may be partial "
                + "(dropUnterminatedLastLine drops it)")
        }
    }

    /// `(nodes, edges)` when the first line is two plain integers, exactly `edges` content
    /// lines follow it, and they name at most `nodes` distinct endpoints (so `1 2` opening a
    /// plain edge list is an edge). Nil otherwise; stops reading at the first line too many.
    static func countsHeader(_ file: String) throws -> (nodes: Int, edges: Int)? {
        let head = try ByteChunks.prefix(path: file, limit: 64)
        guard let end = head.firstIndex(where: { $0 == 10 || $0 == 13 }) else { return nil }
        let tokens = head[..<end].split(separator: 32)
        guard tokens.count == 2, tokens.allSatisfy({ $0.allSatisfy { $0 >= 48 && $0 <= 57 } }), head.first != 48,
              let nodes = Int(String(decoding: tokens[0], as: UTF8.self)),
              let edges = Int(String(decoding: tokens[1], as: UTF8.self))
        else { return nil }
        struct NotAHeader: Error {}
        var lines = -1 // the header itself
        var endpoints = NodeCounter()
        do {
            try ByteChunks.lines(path: file) { b, _ in
                // The first two whitespace-separated tokens of a content line.
                let j = b.count
                var k = 0
                var found = 0
                while k < j, found < 2 {
                    while k < j, b[k] == 32 || b[k] == 9 { k += 1 }
                    if k == j || (found == 0 && (b[k] == 35 || b[k] == 37)) { break }
                    let s = k
                    while k < j, b[k] != 32, b[k] != 9 { k += 1 }
                    if lines >= 0 {
                        let token = UnsafeBufferPointer(rebasing: b[s ..< k])
                        endpoints.insert(token)
                    }
                    found += 1
                }
                if found > 0 {
                    lines += 1
                    if lines > edges || endpoints.count > nodes { throw NotAHeader() }
                }
            }
        } catch is NotAHeader {
            return nil
        }
        return lines == edges ? (nodes, edges) : nil
    }
}
