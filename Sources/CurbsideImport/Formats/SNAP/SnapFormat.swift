extension ImportFormat {
    /// A whitespace-separated edge list in the style of the Stanford SNAP collection (``SnapReader``).
    public static let snap = ImportFormat("snap")
}

/// Any text file whose first content line has 2–4 whitespace-separated tokens and no comma
/// or quote. Last in detection order: it takes what nothing more specific claimed.
struct SnapFormat: FormatReader {
    var format: ImportFormat { .snap }
    var summary: String { "text lines of 2-4 whitespace-separated columns" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard let line = probe.firstLine else { return false }
        let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return (2 ... 4).contains(tokens.count) && !line.contains(",") && !line.contains("\"")
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
