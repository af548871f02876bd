extension ImportFormat {
    /// A whitespace-separated edge list in the style of the Stanford SNAP collection (``SnapReader``).
    public static let snap = ImportFormat("snap")
}

/// A text file whose first content line (after `#`/`%` comments and blank lines) is an edge:
/// 2–4 whitespace-separated tokens, no comma or quote, the two ends id-like (no trailing `:`,
/// no Markdown/HTML punctuation) and a third column, if any, a number or a date; and none of
/// whose first ``probedLines`` content lines reads as prose (``looksLikeProse(_:)``). Documents are never edge lists: `.md`, `.markdown`, `.rst`,
/// `.html`/`.htm` are not detected (a SOURCE.md beside a dataset is prose), nor a `.txt`
/// whose lines are prose; `--format snap` still reads any of them. An empty or comment-only
/// file named as an edge list (``edgeListExtensions``) is one. Last in detection
/// order: it takes what nothing more specific claimed.
struct SnapFormat: FormatReader {
    var format: ImportFormat { .snap }
    var summary: String { "text lines of 2-4 whitespace-separated columns" }

    /// Extensions of documents, never detected as edge lists.
    static let documentExtensions: Set<String> = ["md", "markdown", "rst", "html", "htm"]
    /// Content lines checked.
    static let probedLines = 5

    /// Extensions of edge lists: such a file that is empty or holds only comments is one (it
    /// imports nothing, with a warning).
    static let edgeListExtensions: Set<String> = ["txt", "edgelist", "edges", "el", "dat", "snap"]

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard !Self.documentExtensions.contains(probe.innerExtension) else { return false }
        let limit = 8 << 10
        guard let first = probe.firstLine else {
            // No content line: an empty or comment-only text file named as an edge list (not binary).
            guard probe.isSniffable, Self.edgeListExtensions.contains(probe.innerExtension) else { return false }
            return try !ByteChunks.prefix(path: probe.path, limit: limit).contains(0)
        }
        guard Self.isEdgeLine(Substring(first)) else { return false }
        let head = try ByteChunks.prefix(path: probe.path, limit: limit)
        var lines = head.split(whereSeparator: { $0 == 10 || $0 == 13 })
        if head.count == limit, lines.count > 1 { lines.removeLast() } // cut at the limit
        var checked = 0
        for raw in lines where checked < Self.probedLines {
            let line = String(decoding: raw, as: UTF8.self).trimmingASCIIWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("%") { continue }
            if Self.looksLikeProse(Substring(line)) { return false }
            checked += 1
        }
        return true
    }

    /// A line of text rather than a damaged edge (which the reader names as a bad record, as
    /// `b c d e f`): a label (`Licence: …`), Markdown or HTML in its first two tokens, or a
    /// sentence: five or more tokens with a comma or semicolon, or ending in `.`, `?` or `!`.
    static func looksLikeProse(_ line: Substring) -> Bool {
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if tokens.prefix(2).contains(where: { !isIDLike($0) }) { return true }
        return tokens.count >= 5 && (line.contains(where: { $0 == "," || $0 == ";" }) || line.last.map { ".?!".contains($0) } == true)
    }

    /// Whether `line` reads as an edge: 2–4 tokens, no comma or quote, id-like ends, a
    /// numeric or date third column.
    static func isEdgeLine(_ line: Substring) -> Bool {
        guard !line.contains(","), !line.contains("\"") else { return false }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard (2 ... 4).contains(tokens.count), isIDLike(tokens[0]), isIDLike(tokens[1]) else { return false }
        if tokens.count >= 3, let c = tokens[2].first, !(c.isASCII && (c.isNumber || c == "-" || c == "+" || c == ".")) { return false }
        return true
    }

    /// No trailing `:` (a label: `Source: …`) and none of `*`, `|`, `<`, `>`, `[`, `]`, `(`, `)`,
    /// `` ` `` (Markdown, HTML).
    static func isIDLike(_ token: Substring) -> Bool {
        !token.hasSuffix(":") && !token.contains(where: { "*|<>[]()`".contains($0) })
    }

    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        try Importer.singleFile(path, isDirectory: isDirectory, format: format, expected: "a SNAP edge-list file, not a folder")
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let file = Importer.absolute(source.path)
        guard options.columns != nil else { return try Importer.readSnap(file, options: options, context: context, sink: sink) }
        // A column mapping: columns by name or index, read by the CSV reader split at blanks;
        // a `nodes edges` counts header (the AHCA network) is a comment there too.
        var reader = CSVReader(file: file, displayName: Importer.displayName(file, in: source.path), options: options,
                               context: context, sink: sink, blankSeparated: true)
        let view = ByteChunks.View(path: file)
        let header = try Importer.countsHeader(file)
        view.commentOutFirstByte = header != nil
        try ByteChunks.withView(view) { try reader.run() }
        if let header {
            context.count("header-line")
            context.note("line 1 is a `nodes edges` header (\(header.nodes) \(header.edges)), not an edge: skipped")
        }
    }
}

extension Importer {
    /// Whether `path` is a document by its extension (`.md`, `.markdown`, `.rst`, `.html`,
    /// `.htm`; gzipped too): never detected as any format, so `curbside import DIR/*` can pass
    /// over a dataset's SOURCE.md or README.
    public static func isDocument(_ path: String) -> Bool {
        SnapFormat.documentExtensions.contains(innerExtension(path))
    }
}

// MARK: SNAP with a counts header or a cut-off last line

extension Importer {
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
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let kind = EdgeListHints.chooseKind(file: file, displayName: name, option: options.kind, context: context)
        var third = SnapReader.Third.checkedTime
        if let given = options.thirdColumn {
            third = given == .weight ? .weight : .time
        } else if let (detected, line) = try detectThirdColumn(file, skipFirstLine: header != nil) {
            third = detected == .weight ? .weight : .checkedTime
            context.note(detected == .weight
                ? "\(name): column 3 read as a weight (line \(line) holds a number that is not a Unix time between 2006-03-21 and now); --third-column time reads times"
                : "\(name): column 3 read as a time (every value is a Unix time between 2006-03-21 and now, or a date); --third-column weight reads weights")
        }
        try ByteChunks.withView(view) {
            var reader = SnapReader(file: file, displayName: name, options: options, kind: kind, third: third,
                                    context: context, sink: sink)
            try reader.run()
            if reader.sawThirdColumn { context.result.thirdColumn = third == .weight ? .weight : .time }
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
