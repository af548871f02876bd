import CurbsideRecords

/// Reads a list that gives bare account ids their handles, so that ids from sources that
/// carry no names (X follower lists, SNAP edge lists, twarc2 follower ids) become readable.
///
/// Two layouts:
/// - **CSV** with the header `id,handle` or `id,handle,platform` (RFC 4180, read by
///   ``CSVParser``: fields may be `"quoted"` with `""` for a quote and line breaks). A leading
///   `@` on a handle is dropped.
/// - **A Python list literal** of `(name, id)` tuples, `[('Kathy', 1), ('timkaine', 2)]`,
///   as shipped with the AHCA retweet network (`dataset_twitter_match.txt`); the integer is
///   the id, the string the handle. Names may repeat; every pair is sent.
///
/// Each record becomes an ``AccountRecord`` with only `handle` set: nothing else about the
/// account is touched. Platform: the row's `platform` cell, else `options.platform`, else
/// `x` (the usual source of bare ids). Use the same platform as the edge file the ids come
/// from (`--platform snap` for a SNAP file read with its default platform).
///
/// Counts: `account`; rows with an empty id or handle are errors (`missing-field`).
struct HandlesReader {
    let file: String
    let displayName: String
    let options: ImportOptions
    let context: ImportContext
    let sink: CountingSink

    init(file: String, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = file.split(separator: "/").last.map(String.init) ?? file
        self.options = options
        self.context = context
        self.sink = sink
    }

    var defaultPlatform: String { options.platform ?? "x" }

    func run() throws {
        let head = try ByteChunks.prefix(path: file, limit: 2)
        if head == Array("[(".utf8) {
            try readPythonPairs()
        } else {
            try readCSV()
        }
    }

    /// Whether lowercased header cells are `id,handle` or `id,handle,platform`.
    static func isHeader(_ names: [String]) -> Bool {
        names == ["id", "handle"] || names == ["id", "handle", "platform"]
    }

    /// The CSV layout, through the one CSV tokenizer (``CSVParser``): cells trimmed of ASCII
    /// whitespace, blank lines skipped.
    private func readCSV() throws {
        var header: [String]?
        try CSVParser.forEachRecord(path: file) { parser, b, r in
            let line = r.line
            guard let texts = parser.texts(b), !r.badQuote else {
                if header == nil { throw bad(line, "a UTF-8 header id,handle[,platform]", "bad-header") }
                context.result.recordsRead += 1
                return try context.reject(bad(line, "UTF-8 text with balanced quotes", "bad-row"))
            }
            let cells = texts.map { $0.trimmingASCIIWhitespace() }
            if cells.count == 1 && cells[0].isEmpty { return } // a blank line
            guard header != nil else {
                let names = cells.map { $0.lowercased() }
                guard HandlesReader.isHeader(names) else {
                    throw bad(line, "the header id,handle or id,handle,platform", "bad-header")
                }
                header = names
                return
            }
            context.result.recordsRead += 1
            guard cells.count == header?.count else {
                return try context.reject(bad(line, "\(header?.count ?? 2) cells (id,handle[,platform])", "bad-columns"))
            }
            let id = cells[0]
            var handle = cells[1]
            if handle.hasPrefix("@") { handle.removeFirst() }
            guard !id.isEmpty else { return try context.reject(bad(line, "an id in column id", "missing-field")) }
            guard !handle.isEmpty else { return try context.reject(bad(line, "a handle in column handle", "missing-field")) }
            let platform = cells.count == 3 && !cells[2].isEmpty ? cells[2].lowercased() : defaultPlatform
            try sink.account(AccountRecord(key: AccountKey(platform: platform, id: id), handle: handle))
        } unterminated: { line in
            if header == nil { throw bad(line, "a UTF-8 header id,handle[,platform]", "bad-header") }
            context.result.recordsRead += 1
            try context.reject(bad(line, "UTF-8 text with balanced quotes", "bad-row"))
        }
        if header == nil {
            throw ImportError(file: displayName, location: "line 1", expected: "the header id,handle[,platform]", reason: "bad-header")
        }
    }

    private func bad(_ line: Int, _ expected: String, _ reason: String) -> ImportError {
        ImportError(file: displayName, location: "line \(line)", expected: expected, reason: reason)
    }

    /// Parses `[('name', 1), ("o'name", 2), …]`: Python string literals (single or double
    /// quotes, backslash escapes) paired with non-negative integers.
    private func readPythonPairs() throws {
        let bytes = try ByteChunks.readAll(path: file)
        var i = 0
        let n = bytes.count
        func ws() { while i < n, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 } }
        func fail(_ expected: String) -> ImportError {
            ImportError(file: displayName, location: "byte \(i)", expected: expected, reason: "bad-literal")
        }
        ws()
        guard i < n, bytes[i] == UInt8(ascii: "[") else { throw fail("a Python list literal starting with [") }
        i += 1
        var index = 0
        while true {
            ws()
            if i < n, bytes[i] == UInt8(ascii: "]") { break }
            guard i < n, bytes[i] == UInt8(ascii: "(") else { throw fail("a ( starting pair \(index)") }
            i += 1
            ws()
            guard i < n, bytes[i] == 39 || bytes[i] == 34 else { throw fail("a quoted name in pair \(index)") }
            let quote = bytes[i]
            i += 1
            var name: [UInt8] = []
            while i < n, bytes[i] != quote {
                if bytes[i] == 92, i + 1 < n { i += 1 }
                name.append(bytes[i])
                i += 1
            }
            guard i < n else { throw fail("the closing quote of the name in pair \(index) (the file ends early)") }
            i += 1
            ws()
            guard i < n, bytes[i] == UInt8(ascii: ",") else { throw fail("a comma in pair \(index)") }
            i += 1
            ws()
            let start = i
            while i < n, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            guard i > start else { throw fail("an integer id in pair \(index)") }
            let id = String(decoding: bytes[start ..< i], as: UTF8.self)
            ws()
            guard i < n, bytes[i] == UInt8(ascii: ")") else { throw fail("a ) closing pair \(index)") }
            i += 1
            context.result.recordsRead += 1
            if let handle = String(validating: name, as: UTF8.self), !handle.isEmpty {
                try sink.account(AccountRecord(key: AccountKey(platform: defaultPlatform, id: id), handle: handle))
            } else {
                try context.reject(ImportError(file: displayName, location: "pair \(index)", expected: "a non-empty UTF-8 name",
                                               reason: "missing-field"))
            }
            index += 1
            ws()
            if i < n, bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            ws()
            guard i < n, bytes[i] == UInt8(ascii: "]") else { throw fail("a comma or ] after pair \(index - 1)") }
            break
        }
    }
}
