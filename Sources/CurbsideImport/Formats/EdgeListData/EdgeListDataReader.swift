import CurbsideRecords

/// Reads networkx's `write_edgelist` output with its edge data: one edge per line,
/// `source target {'weight': 3.0, 'kind': 'mention'}` (the data a Python dict literal, `{}` for
/// none), `#` comments (networkx's default), LF/CRLF.
///
/// The dict's keys are read by the names GraphML attributes go by (``GraphRole/edge(_:)``):
/// `weight`/`count` is the edge's count (a positive number, decimals rounded, noted), `kind`/
/// `type`/`relationship` its kind (the usual words of the built-in kinds mapped, as in GraphML),
/// `time`/`timestamp`/`date` its time (Unix seconds or ISO 8601); other keys are ignored.
/// Values are Python literals: quoted strings (`'…'`/`"…"` with backslash escapes), numbers,
/// `True`, `False`, `None`. Without a kind the kind is `--kind`, else the kind the file name
/// names, else `edge`; the platform is `options.platform ?? "snap"`, as for the same graph written
/// with `data=['weight']` (`a b 3.0`, a SNAP file).
///
/// Errors name the file and line: `bad-columns` (not `a b {…}`), `bad-data` (a dict that is not
/// such a literal), `bad-weight`, `bad-timestamp`, `invalid-utf8`. Counts: `node` (distinct ends),
/// `self-loop`, plus `edge`, `edge:<kind>`.
struct EdgeListDataReader {
    let file: String
    let displayName: String
    let context: ImportContext
    let sink: CountingSink
    let platform: String
    let defaultKind: String
    private var line = 0
    private var rows = 0
    private var nodes = Set<String>()
    private var selfLoops = 0
    private var roundedWeights = 0

    init(file: String, displayName: String, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = displayName
        self.context = context
        self.sink = sink
        platform = options.platform ?? "snap"
        defaultKind = EdgeListHints.chooseKind(file: file, displayName: displayName, option: options.kind, context: context)
    }

    mutating func run() throws {
        defer { context.result.recordsRead += rows }
        try ByteChunks.lines(path: file) { bytes, number in
            line = number
            try parseLine(Array(bytes))
        }
        context.count("node", nodes.count)
        if selfLoops > 0 { context.count("self-loop", selfLoops) }
        context.noteRoundedWeights(roundedWeights, in: displayName)
    }

    private func error(_ expected: String, _ reason: String) -> ImportError {
        ImportError(file: displayName, location: "line \(line)", expected: expected, reason: reason)
    }

    /// The two ids and the rest of a line (trimmed), or nil when it has fewer than two tokens.
    static func split(_ b: [UInt8]) -> (source: ArraySlice<UInt8>, target: ArraySlice<UInt8>, data: ArraySlice<UInt8>)? {
        func blank(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 13 }
        var i = 0
        var tokens: [ArraySlice<UInt8>] = []
        while tokens.count < 2 {
            while i < b.count, blank(b[i]) { i += 1 }
            let s = i
            while i < b.count, !blank(b[i]) { i += 1 }
            guard i > s else { return nil }
            tokens.append(b[s ..< i])
        }
        while i < b.count, blank(b[i]) { i += 1 }
        var e = b.count
        while e > i, blank(b[e - 1]) { e -= 1 }
        return (tokens[0], tokens[1], b[i ..< e])
    }

    private mutating func parseLine(_ b: [UInt8]) throws {
        let first = b.firstIndex { $0 != 32 && $0 != 9 && $0 != 13 }
        guard let first, b[first] != 35 else { return } // blank or `#` comment
        rows += 1
        guard let parts = EdgeListDataReader.split(b), parts.data.isEmpty || parts.data.first == UInt8(ascii: "{") else {
            return try context.reject(error("source, target and a {…} of edge data (networkx write_edgelist)", "bad-columns"))
        }
        guard let source = String(validating: parts.source, as: UTF8.self), let target = String(validating: parts.target, as: UTF8.self),
              let text = String(validating: parts.data, as: UTF8.self) else {
            return try context.reject(error("UTF-8 text (or --encoding naming the file's encoding)", "invalid-utf8"))
        }
        var data: [(String, PythonLiteral)] = []
        if !text.isEmpty {
            guard let dict = PythonLiteral.dict(text) else {
                return try context.reject(error("a Python dict of strings, numbers, True, False or None after the two ids", "bad-data"))
            }
            data = dict
        }
        var count = 1, kind = defaultKind
        var time: Int64?
        var ranks: [GraphRole: Int] = [:]
        for (key, value) in data {
            guard let (role, rank) = GraphRole.edge(key), rank < ranks[role] ?? Int.max else { continue }
            ranks[role] = rank
            switch role {
            case .weight:
                guard let w = Array(value.text.utf8).withUnsafeBufferPointer({ parseWeight($0) }) else {
                    return try context.reject(error("a positive number for '\(key)'", "bad-weight"))
                }
                count = w.count
                if w.rounded { roundedWeights += 1 }
            case .kind:
                let k = GraphRole.kind(value.text)
                if !k.isEmpty { kind = k }
            case .time, .start:
                guard let t = Timestamps.parseGeneric(value.text) else {
                    return try context.reject(error("a Unix time or ISO 8601 date-time for the edge time", "bad-timestamp"))
                }
                time = t
            default:
                continue
            }
        }
        nodes.insert(source)
        nodes.insert(target)
        if source == target { selfLoops += 1 }
        try sink.edge(EdgeRecord(source: AccountKey(platform: platform, id: source), target: AccountKey(platform: platform, id: target),
                                 kind: kind, count: count, firstAt: time, lastAt: time))
    }
}

/// A Python literal as `repr` writes it in networkx's edge data: a string, a number, `True`,
/// `False` or `None` (``text`` is the value as text: the string's content, the number's digits).
struct PythonLiteral {
    var text: String

    /// The items of a `{'key': value, …}` literal with string keys, or nil.
    static func dict(_ s: String) -> [(String, PythonLiteral)]? {
        var p = Array(s.unicodeScalars)[...]
        func skip() { while let c = p.first, c == " " || c == "\t" { p = p.dropFirst() } }
        func string() -> String? {
            guard let q = p.first, q == "'" || q == "\"" else { return nil }
            p = p.dropFirst()
            var out = String.UnicodeScalarView()
            while let c = p.first {
                p = p.dropFirst()
                if c == q { return String(out) }
                if c == "\\" {
                    guard let e = p.first else { return nil }
                    p = p.dropFirst()
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    default: out.append(e)
                    }
                } else {
                    out.append(c)
                }
            }
            return nil
        }
        func value() -> PythonLiteral? {
            if let text = string() { return PythonLiteral(text: text) }
            var word = String.UnicodeScalarView()
            while let c = p.first, c != ",", c != "}", c != " " { word.append(c); p = p.dropFirst() }
            let w = String(word)
            if ["True", "False", "None"].contains(w) || Double(w) != nil { return PythonLiteral(text: w) }
            return nil
        }
        skip()
        guard p.first == "{" else { return nil }
        p = p.dropFirst()
        var items: [(String, PythonLiteral)] = []
        skip()
        if p.first == "}" {
            p = p.dropFirst()
            skip()
            return p.isEmpty ? [] : nil
        }
        while true {
            skip()
            guard let key = string() else { return nil }
            skip()
            guard p.first == ":" else { return nil }
            p = p.dropFirst()
            skip()
            guard let v = value() else { return nil }
            items.append((key, v))
            skip()
            guard let c = p.first else { return nil }
            p = p.dropFirst()
            if c == "}" { break }
            guard c == "," else { return nil }
        }
        skip()
        return p.isEmpty ? items : nil
    }
}
