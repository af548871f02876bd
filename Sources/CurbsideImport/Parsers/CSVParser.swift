/// The one CSV tokenizer of the readers: RFC 4180 records as byte spans, streamed.
///
/// Used by the CSV edge/node reader (``CSVReader``), the handles reader, Mastodon's follows
/// export, ``CSVRecords`` (link, label and taxonomy files) and detection (``CSVLine``).
///
/// **Dialect.** Fields are separated by one delimiter byte: fixed, or sniffed from the first
/// line (the most frequent of comma, tab and semicolon outside quotes; comma on a tie). A field
/// starting with `"` is quoted: inside it delimiters and line breaks are data and `""` is one
/// quote. A `"` elsewhere in an unquoted field is data. A UTF-8 byte-order mark is skipped;
/// LF, CRLF and CR end records. After a closing quote only a delimiter or a line end may
/// follow; anything else marks the record ``Record/badQuote`` (the bytes up to the next
/// delimiter are skipped) and the caller decides. A quote left open at the end of the input
/// is ``Step/unterminated``.
///
/// **Lines.** ``Record/line`` is the line a record starts on (1-based, counting LF, CRLF
/// and CR line ends, and the LFs inside quoted fields), so errors name the line an editor shows.
///
/// The parser neither validates UTF-8 nor skips blank records: readers differ on both and
/// do it on the spans (``isBlank(_:_:)``, ``text(_:_:)``).
///
/// ```swift
/// var parser = CSVParser(delimiter: nil)          // nil: sniff
/// try ByteChunks.scan(path: file) { b, isFinal in
///     var (i, ready) = parser.begin(b, isFinal: isFinal)
///     guard ready else { return i }
///     while i < b.count {
///         switch parser.next(b, from: i, isFinal: isFinal) {
///         case .needMore: return i
///         case .unterminated(let line): …; return b.count
///         case .record(let r): i = r.end; … parser.fields[0 ..< parser.fieldCount] …
///         }
///     }
///     return b.count
/// }
/// ```
struct CSVParser {
    /// One field of the current record: bytes `start ..< end` of the buffer, without its
    /// quotes; `escaped` when it holds `""` pairs still to collapse (``withField(_:_:_:)``).
    struct Field {
        var start: Int
        var end: Int
        var escaped: Bool
    }

    /// A record's extent in the buffer (`start ..< end`, line end included) and first line.
    struct Record {
        var start: Int
        var end: Int
        var line: Int
        /// Something other than a delimiter or line end followed a closing quote.
        var badQuote: Bool
    }

    enum Step {
        /// A whole record; its fields are the first ``fieldCount`` of ``fields``.
        case record(Record)
        /// The buffer ends inside the record: call again with more bytes.
        case needMore
        /// The input ended inside a quoted field opened on `line`.
        case unterminated(line: Int)
    }

    /// The delimiter byte (sniffed ones are known after ``begin(_:isFinal:)``).
    private(set) var delimiter: UInt8
    private var sniffed: Bool
    private var atStart = true
    /// The line the next record starts on.
    private(set) var line = 1
    /// Field spans of the current record: the first ``fieldCount`` are valid (the array is
    /// reused across records). Readers may rewrite spans of the current record.
    var fields: [Field] = []
    private(set) var fieldCount = 0

    /// Whether fields are separated by runs of spaces and tabs (a whitespace edge list read
    /// with a column mapping), leading and trailing ones ignored, instead of one delimiter byte.
    let blankSeparated: Bool

    /// `delimiter`: the byte between fields, or nil to sniff it from the first line.
    init(delimiter: UInt8? = 44) {
        self.delimiter = delimiter ?? 44
        self.sniffed = delimiter != nil
        self.blankSeparated = false
        fields.reserveCapacity(32)
    }

    /// A parser whose fields are separated by runs of spaces and tabs (``blankSeparated``).
    init(blankSeparated: Void) {
        self.delimiter = 32
        self.sniffed = true
        self.blankSeparated = true
        fields.reserveCapacity(32)
    }

    /// Skips a byte-order mark and sniffs the delimiter, once, at the start of the input.
    /// Returns the offset to parse from and whether parsing may start; when not ready, return
    /// `offset` to the scan (consumed bytes) and wait for more.
    mutating func begin(_ b: UnsafeBufferPointer<UInt8>, isFinal: Bool) -> (offset: Int, ready: Bool) {
        var i = 0
        if atStart {
            if b.count < 3, !isFinal { return (0, false) }
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
            atStart = false
        }
        if !sniffed {
            // Sniff only once the whole first line is in the buffer.
            var j = i
            while j < b.count, b[j] != 10 { j += 1 }
            if j == b.count, !isFinal { return (i, false) }
            sniff(b, from: i)
        }
        return (i, true)
    }

    /// Picks the delimiter from the first line: the most frequent of `,` `\t` `;` outside quotes.
    private mutating func sniff(_ b: UnsafeBufferPointer<UInt8>, from start: Int) {
        var comma = 0, tab = 0, semi = 0
        var inQuotes = false
        var i = start
        while i < b.count {
            let c = b[i]
            if c == 34 { inQuotes.toggle() }
            else if !inQuotes {
                if c == 10 || c == 13 { break }
                if c == 44 { comma += 1 } else if c == 9 { tab += 1 } else if c == 59 { semi += 1 }
            }
            i += 1
        }
        if tab > comma, tab >= semi { delimiter = 9 } else if semi > comma, semi > tab { delimiter = 59 } else { delimiter = 44 }
        sniffed = true
    }

    /// Parses the record starting at `i`.
    mutating func next(_ b: UnsafeBufferPointer<UInt8>, from i: Int, isFinal: Bool) -> Step {
        if blankSeparated { return nextBlankSeparated(b, from: i, isFinal: isFinal) }
        let delim = delimiter
        let n = b.count
        var extraLines = 0
        var badQuote = false
        fieldCount = 0
        var p = i
        while true {
            if p < n, b[p] == 34 {
                // Quoted field.
                var q = p + 1
                var escaped = false
                var closed = false
                while q < n {
                    let c = b[q]
                    if c == 34 {
                        if q + 1 < n, b[q + 1] == 34 { escaped = true; q += 2; continue }
                        if q + 1 >= n, !isFinal { break } // cannot tell `"` from `""` yet
                        closed = true
                        break
                    }
                    if c == 10 { extraLines += 1 }
                    q += 1
                }
                if !closed { return isFinal ? .unterminated(line: line) : .needMore }
                addField(p + 1, q, escaped)
                p = q + 1
                // After the closing quote: delimiter, line end, or end of data.
                if p < n, b[p] != delim, b[p] != 10, b[p] != 13 {
                    badQuote = true
                    while p < n, b[p] != delim, b[p] != 10, b[p] != 13 { p += 1 }
                }
            } else {
                var q = p
                while q < n {
                    let c = b[q]
                    if c == delim || c == 10 || c == 13 { break }
                    q += 1
                }
                addField(p, q, false)
                p = q
            }
            if p >= n {
                if !isFinal { return .needMore }
                break
            }
            let c = b[p]
            if c == delim { p += 1; continue }
            if c == 13 {
                if p + 1 >= n, !isFinal { return .needMore }
                p += (p + 1 < n && b[p + 1] == 10) ? 2 : 1
            } else {
                p += 1
            }
            break
        }
        let record = Record(start: i, end: p, line: line, badQuote: badQuote)
        line += 1 + extraLines
        return .record(record)
    }

    /// ``next(_:from:isFinal:)`` for fields separated by runs of spaces and tabs (no quoting:
    /// quotes are data, trimmed from ids by the reader).
    private mutating func nextBlankSeparated(_ b: UnsafeBufferPointer<UInt8>, from i: Int, isFinal: Bool) -> Step {
        let n = b.count
        fieldCount = 0
        var p = i
        while true {
            while p < n, b[p] == 32 || b[p] == 9 { p += 1 }
            if p >= n { if !isFinal { return .needMore }; break }
            let c = b[p]
            if c == 10 { p += 1; break }
            if c == 13 {
                if p + 1 >= n, !isFinal { return .needMore }
                p += (p + 1 < n && b[p + 1] == 10) ? 2 : 1
                break
            }
            let start = p
            while p < n, b[p] != 32, b[p] != 9, b[p] != 10, b[p] != 13 { p += 1 }
            if p >= n, !isFinal { return .needMore }
            addField(start, p, false)
        }
        let record = Record(start: i, end: p, line: line, badQuote: false)
        line += 1
        return .record(record)
    }

    @inline(__always)
    private mutating func addField(_ start: Int, _ end: Int, _ escaped: Bool) {
        if fieldCount < fields.count {
            fields[fieldCount] = Field(start: start, end: end, escaped: escaped)
        } else {
            fields.append(Field(start: start, end: end, escaped: escaped))
        }
        fieldCount += 1
    }

    /// Whether the current record carries nothing: every field empty and unquoted (a blank
    /// line, or a line of only delimiters). An empty quoted field (`""`) is a value.
    func isBlank(_ b: UnsafeBufferPointer<UInt8>, _ record: Record) -> Bool {
        for k in 0 ..< fieldCount {
            let f = fields[k]
            if f.end > f.start || (f.start > record.start && b[f.start - 1] == 34) { return false }
        }
        return true
    }

    /// Bytes of field `f`, with `""` collapsed to `"` when needed.
    @inline(__always)
    static func withField<R>(_ b: UnsafeBufferPointer<UInt8>, _ f: Field,
                             _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let raw = UnsafeBufferPointer(rebasing: b[f.start ..< f.end])
        if !f.escaped { return try body(raw) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            unescaped.append(raw[i])
            if raw[i] == 34, i + 1 < raw.count, raw[i + 1] == 34 { i += 2 } else { i += 1 }
        }
        return try unescaped.withUnsafeBufferPointer { try body($0) }
    }

    /// The current record's fields as text; nil when one is not valid UTF-8.
    func texts(_ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(fieldCount)
        for k in 0 ..< fieldCount {
            guard let s = CSVParser.withField(b, fields[k], { String(validating: $0, as: UTF8.self) }) else { return nil }
            out.append(s)
        }
        return out
    }

    /// Parses every complete record of `b`, calling `body` with the parser (its fields are
    /// the record's), the buffer and the record, and `unterminated` with the line of a quote
    /// left open at the end of the input. Returns the bytes consumed (for ``ByteChunks/scan``).
    mutating func records(
        in b: UnsafeBufferPointer<UInt8>, isFinal: Bool,
        _ body: (CSVParser, UnsafeBufferPointer<UInt8>, Record) throws -> Void,
        unterminated: (_ line: Int) throws -> Void
    ) rethrows -> Int {
        var (i, ready) = begin(b, isFinal: isFinal)
        guard ready else { return i }
        while i < b.count {
            switch next(b, from: i, isFinal: isFinal) {
            case .needMore:
                return i
            case .unterminated(let line):
                try unterminated(line)
                return b.count
            case .record(let r):
                i = r.end
                try body(self, b, r)
            }
        }
        return b.count
    }

    /// Every record of the file at `path` (gzip or not), streamed through ``records(in:isFinal:_:unterminated:)``.
    /// For the small files (handles lists, Mastodon exports, link and label sets) whose
    /// readers want each record whole.
    static func forEachRecord(
        path: String, delimiter: UInt8? = 44,
        _ body: (CSVParser, UnsafeBufferPointer<UInt8>, Record) throws -> Void,
        unterminated: (_ line: Int) throws -> Void
    ) throws {
        var parser = CSVParser(delimiter: delimiter)
        try ByteChunks.scan(path: path) { b, isFinal in
            try parser.records(in: b, isFinal: isFinal, body, unterminated: unterminated)
        }
    }
}

/// One line of CSV as cells, for detection's look at a header: quotes removed, cells trimmed
/// of ASCII whitespace; empty when a quote is left open. `delimiter` nil sniffs it.
enum CSVLine {
    static func cells(_ line: String, delimiter: UInt8? = 44) -> [String] {
        Array(line.utf8).withUnsafeBufferPointer { b -> [String] in
            var parser = CSVParser(delimiter: delimiter)
            let (start, _) = parser.begin(b, isFinal: true)
            guard case .record = parser.next(b, from: start, isFinal: true) else { return [] }
            return (0 ..< parser.fieldCount).map { k in
                CSVParser.withField(b, parser.fields[k]) { String(decoding: $0, as: UTF8.self) }.trimmingASCIIWhitespace()
            }
        }
    }
}
