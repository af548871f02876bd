import Foundation

/// A JSON parser that validates a value in one pass over its bytes and records its structure
/// on a flat *tape*, from which readers pull only the fields they need.
///
/// Foundation's `JSONSerialization` builds a dictionary and an `NSString` for every object and
/// string in a tweet, of which a reader wants perhaps a dozen; on Linux that caps the social
/// importers near 10 MB/s. The tape holds one 24-byte entry per value and per object key (its
/// kind, byte range and, for containers, where the container ends on the tape); strings are
/// decoded only when a reader asks for them, and keys are compared as bytes.
///
/// **Validation** is complete (RFC 8259): structure, string escapes, control characters,
/// number syntax, literals, UTF-8 (overlong forms, surrogates and code points above U+10FFFF
/// are rejected), nesting depth (at most ``maxDepth``). A failure is a ``JSONTape/Failure``
/// with the byte offset and what was expected there; ``JSONLocator`` turns the offset into a
/// JSON path for the error message.
///
/// **Repeated keys** are all kept on the tape; ``JSONValue/subscript(_:)`` returns the first
/// one, ``JSONValue/members`` lists every one, so a reader can decide (see `MastodonReader`).
///
/// The tape reads the bytes in place: values are valid only while the buffer given to
/// ``parse(_:from:)`` is.
final class JSONTape {
    enum Kind: UInt8 {
        case object, array, string, number, `true`, `false`, null
    }

    /// 16 bytes: kind, escape flag and start packed in one word.
    struct Entry {
        private var word: UInt64
        /// Containers: the tape index just past the container's last descendant.
        /// Strings: the offset of the closing quote. Numbers and literals: the byte after them.
        var end: Int

        @inline(__always)
        init(kind: Kind, escaped: Bool, start: Int, end: Int) {
            word = UInt64(start) << 4 | (escaped ? 8 : 0) | UInt64(kind.rawValue)
            self.end = end
        }

        @inline(__always) var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: word & 7)) ?? .null }
        /// Strings: whether the content holds an escape (`\`) and must be unescaped.
        @inline(__always) var escaped: Bool { word & 8 != 0 }
        /// First byte of the value; for strings, the first byte after the opening quote.
        @inline(__always) var start: Int { Int(word >> 4) }
    }

    /// Why a parse stopped.
    struct Failure: Error {
        /// Offset in the buffer where the document cannot continue (== count: it ends early).
        var offset: Int
        var expected: String
    }

    static let maxDepth = 512

    /// The tape of the last parse, at a fixed address (what ``JSONValue``s point into),
    /// and the parser's stack of open containers; both kept between parses for their capacity.
    private var tape: UnsafeMutablePointer<Entry>
    private var tapeCapacity = 1024
    private var stack: [Int] = []
    /// Keeps the parsed bytes alive when they belong to a ``JSONBuffer``.
    var owner: AnyObject?
    private(set) var bytes: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

    init() {
        stack.reserveCapacity(64)
        tape = .allocate(capacity: tapeCapacity)
    }

    deinit { tape.deallocate() }

    /// The root of the value parsed last (only after a successful parse).
    var root: JSONValue { JSONValue(base: UnsafePointer(tape), bytes: bytes.baseAddress!, index: 0) }

    /// Parses one JSON value starting at `from` (after optional whitespace) and returns the
    /// offset just past it. The tape is reset first; `bytes` must outlive every use of the values.
    @discardableResult
    func parse(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) throws(Failure) -> Int {
        self.bytes = bytes
        guard let b = bytes.baseAddress else { throw Failure(offset: 0, expected: "a JSON value") }
        guard bytes.count < 1 << 59 else { throw Failure(offset: 0, expected: "a document smaller than 2^59 bytes") }
        // The state lives in a struct worked on in place: captured locals or class properties
        // would be checked for exclusive access on every byte.
        var p = Parser(b: b, n: bytes.count, i: from, tape: tape, count: 0, capacity: tapeCapacity, stack: stack)
        stack = []
        defer {
            tape = p.tape
            tapeCapacity = p.capacity
            stack = p.stack
        }
        p.stack.removeAll(keepingCapacity: true)
        try p.run()
        return p.i
    }

    private struct Parser {
        let b: UnsafePointer<UInt8>
        let n: Int
        var i: Int
        var tape: UnsafeMutablePointer<Entry>
        var count: Int
        var capacity: Int
        var stack: [Int]

        @inline(__always) mutating func append(_ e: Entry) {
            if count == capacity { grow() }
            (tape + count).initialize(to: e)
            count += 1
        }

        mutating func grow() {
            let bigger = UnsafeMutablePointer<Entry>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: tape, count: count)
            tape.deallocate()
            tape = bigger
            capacity *= 2
        }

        @inline(__always) mutating func ws() {
            while i < n {
                let c = b[i]
                guard c == 32 || c == 10 || c == 13 || c == 9 else { return }
                i += 1
            }
        }

        /// Scans a string whose opening quote is at `i`; appends its entry; leaves `i` after the closing quote.
        @inline(__always) mutating func string() throws(Failure) {
            i += 1
            let start = i
            var escaped = false
            var k = i
            while true {
                guard k < n else { throw Failure(offset: n, expected: "the rest of a string and its closing quote") }
                let c = b[k]
                if c == 34 { break }
                if c == 92 {
                    escaped = true
                    guard k + 1 < n else { throw Failure(offset: n, expected: "an escape sequence") }
                    switch b[k + 1] {
                    case 34, 92, 47, 98, 102, 110, 114, 116:
                        k += 2
                    case 117:
                        guard k + 5 < n else { throw Failure(offset: n, expected: "four hex digits after \\u") }
                        for d in 2 ... 5 where JSONTape.hex(b[k + d]) == nil {
                            throw Failure(offset: k + d, expected: "four hex digits after \\u")
                        }
                        k += 6
                    default:
                        throw Failure(offset: k + 1, expected: "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
                    }
                    continue
                }
                if c < 0x20 { throw Failure(offset: k, expected: "no raw control character inside a string (escape it)") }
                if c < 0x80 { k += 1; continue }
                let width = JSONTape.utf8Width(b, k, n)
                guard width > 0 else { throw Failure(offset: k, expected: "valid UTF-8") }
                k += width
            }
            append(Entry(kind: .string, escaped: escaped, start: start, end: k))
            i = k + 1
        }

        @inline(__always) mutating func number() throws(Failure) {
            let start = i
            var k = i
            if b[k] == 45 { k += 1 }
            guard k < n, b[k] >= 48, b[k] <= 57 else { throw Failure(offset: k, expected: "a digit") }
            if b[k] == 48 { k += 1 } else { while k < n, b[k] >= 48, b[k] <= 57 { k += 1 } }
            if k < n, b[k] == 46 {
                k += 1
                guard k < n, b[k] >= 48, b[k] <= 57 else { throw Failure(offset: k, expected: "a digit after the decimal point") }
                while k < n, b[k] >= 48, b[k] <= 57 { k += 1 }
            }
            if k < n, b[k] == 101 || b[k] == 69 {
                k += 1
                if k < n, b[k] == 43 || b[k] == 45 { k += 1 }
                guard k < n, b[k] >= 48, b[k] <= 57 else { throw Failure(offset: k, expected: "an exponent") }
                while k < n, b[k] >= 48, b[k] <= 57 { k += 1 }
            }
            append(Entry(kind: .number, escaped: false, start: start, end: k))
            i = k
        }

        @inline(__always) mutating func literal(_ word: StaticString, _ kind: Kind) throws(Failure) {
            let w = word.utf8Start
            for k in 0 ..< word.utf8CodeUnitCount {
                guard i + k < n else { throw Failure(offset: n, expected: "`\(word)`") }
                guard b[i + k] == w[k] else { throw Failure(offset: i + k, expected: "`\(word)`") }
            }
            append(Entry(kind: kind, escaped: false, start: i, end: i + word.utf8CodeUnitCount))
            i += word.utf8CodeUnitCount
        }

        @inline(__always) mutating func close() {
            let top = stack.removeLast()
            tape[top].end = count
        }

        /// After `{` or `,` inside an object: the key and colon.
        @inline(__always) mutating func key() throws(Failure) {
            ws()
            guard i < n else { throw Failure(offset: n, expected: "a member name (string)") }
            guard b[i] == 34 else { throw Failure(offset: i, expected: "a member name (string)") }
            try string()
            ws()
            guard i < n else { throw Failure(offset: n, expected: "`:`") }
            guard b[i] == 58 else { throw Failure(offset: i, expected: "`:` after the member name") }
            i += 1
        }

        mutating func run() throws(Failure) {
            value: while true {
                ws()
                guard i < n else { throw Failure(offset: n, expected: "a JSON value") }
                switch b[i] {
                case 123, 91: // { [
                    let isObject = b[i] == 123
                    guard stack.count < JSONTape.maxDepth else { throw Failure(offset: i, expected: "at most \(JSONTape.maxDepth) nested levels") }
                    stack.append(count)
                    append(Entry(kind: isObject ? .object : .array, escaped: false, start: i, end: 0))
                    i += 1
                    ws()
                    if i < n, b[i] == (isObject ? 125 : 93) {
                        i += 1
                        close()
                    } else {
                        if isObject { try key() }
                        continue value
                    }
                case 34:
                    try string()
                case 45, 48 ... 57:
                    try number()
                case 116: try literal("true", .true)
                case 102: try literal("false", .false)
                case 110: try literal("null", .null)
                default:
                    throw Failure(offset: i, expected: "a JSON value")
                }
                // After a value: close containers or move to the next element.
                while let top = stack.last {
                    ws()
                    let isObject = tape[top].kind == .object
                    guard i < n else { throw Failure(offset: n, expected: isObject ? "`,` or `}`" : "`,` or `]`") }
                    let c = b[i]
                    if c == 44 {
                        i += 1
                        if isObject { try key() }
                        continue value
                    }
                    if c == (isObject ? 125 : 93) {
                        i += 1
                        close()
                        continue
                    }
                    throw Failure(offset: i, expected: isObject ? "`,` or `}`" : "`,` or `]`")
                }
                return
            }
        }
    }

    /// Parses `bytes` as exactly one JSON value (whitespace around it allowed).
    func parseWhole(_ bytes: UnsafeBufferPointer<UInt8>, from: Int = 0) throws(Failure) {
        var i = try parse(bytes, from: from)
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 13 || bytes[i] == 9 { i += 1 }
        if i < bytes.count { throw Failure(offset: i, expected: "the end of the JSON value") }
    }

    /// Where a failed parse of `bytes` went wrong: the JSON path there (``JSONLocator``
    /// re-reads the bytes up to the failure, so the path is that of the value being read),
    /// the byte offset, and whether the input ends early there.
    static func locate(_ failure: Failure, in bytes: UnsafeBufferPointer<UInt8>) -> (path: String, offset: Int, atEnd: Bool) {
        let stop = min(failure.offset, bytes.count)
        let path = JSONLocator.locate(ArraySlice(bytes[..<stop]))?.path ?? "$"
        return (path, stop, stop >= bytes.count)
    }

    @inline(__always)
    static func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case 48 ... 57: return UInt32(c - 48)
        case 65 ... 70: return UInt32(c - 55)
        case 97 ... 102: return UInt32(c - 87)
        default: return nil
        }
    }

    /// Length of the well-formed UTF-8 sequence starting at `i` (whose first byte is ≥ 0x80), or 0.
    @inline(__always)
    static func utf8Width(_ b: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Int {
        let c = b[i]
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2 ... 0xDF:
            return cont(1) ? 2 : 0
        case 0xE0 ... 0xEF:
            guard cont(1), cont(2) else { return 0 }
            let c1 = b[i + 1]
            if c == 0xE0, c1 < 0xA0 { return 0 } // overlong
            if c == 0xED, c1 >= 0xA0 { return 0 } // surrogate
            return 3
        case 0xF0 ... 0xF4:
            guard cont(1), cont(2), cont(3) else { return 0 }
            let c1 = b[i + 1]
            if c == 0xF0, c1 < 0x90 { return 0 }
            if c == 0xF4, c1 >= 0x90 { return 0 }
            return 4
        default:
            return 0
        }
    }

    /// Decodes the string entry at `index` (escapes resolved; lone surrogates become U+FFFD).
    static func decodeString(_ e: Entry, _ bytes: UnsafePointer<UInt8>) -> String {
        let raw = UnsafeBufferPointer(start: bytes + e.start, count: e.end - e.start)
        guard e.escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        let n = raw.count
        func append(_ scalar: UInt32) {
            let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(s)).utf8))
        }
        func u4(_ at: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0 ..< 4 { v = v << 4 | (JSONTape.hex(raw[at + k]) ?? 0) }
            return v
        }
        while i < n {
            let c = raw[i]
            guard c == 92 else { out.append(c); i += 1; continue }
            let e = raw[i + 1]
            switch e {
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 117:
                var v = u4(i + 2)
                if v >= 0xD800, v < 0xDC00, i + 11 < n, raw[i + 6] == 92, raw[i + 7] == 117 {
                    let low = u4(i + 8)
                    if low >= 0xDC00, low < 0xE000 {
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                }
                append(v)
                i += 6
                continue
            default: out.append(e) // " \ /
            }
            i += 2
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// One value on a ``JSONTape``: a cheap handle into the tape and the parsed bytes. Use it
/// only while the tape lives and has not parsed again, and while its bytes live.
struct JSONValue {
    let base: UnsafePointer<JSONTape.Entry>
    let bytes: UnsafePointer<UInt8>
    let index: Int

    @inline(__always) var entry: JSONTape.Entry { base[index] }
    var kind: JSONTape.Kind { entry.kind }
    var isObject: Bool { entry.kind == .object }
    var isArray: Bool { entry.kind == .array }
    var isNull: Bool { entry.kind == .null }
    /// Byte offset of the value in the parsed buffer.
    var offset: Int { entry.kind == .string ? entry.start - 1 : entry.start }

    /// The tape index just past this value and its descendants.
    @inline(__always) var next: Int {
        let e = entry
        return e.kind == .object || e.kind == .array ? e.end : index + 1
    }

    @inline(__always) private func at(_ k: Int) -> JSONValue { JSONValue(base: base, bytes: bytes, index: k) }

    /// The first member named `key` (compared byte for byte with the unescaped name).
    @inline(__always)
    subscript(_ key: StaticString) -> JSONValue? {
        let e = entry
        guard e.kind == .object else { return nil }
        var k = index + 1
        let want = key.utf8Start
        let wn = key.utf8CodeUnitCount
        while k < e.end {
            let ke = base[k]
            if ke.end - ke.start == wn, !ke.escaped {
                if memcmp(bytes + ke.start, want, wn) == 0 { return at(k + 1) }
            } else if ke.escaped, JSONTape.decodeString(ke, bytes) == key.description {
                return at(k + 1)
            }
            k = at(k + 1).next
        }
        return nil
    }

    /// Whether the object has a member `key` (whatever its value, `null` included).
    func has(_ key: StaticString) -> Bool { self[key] != nil }

    /// Every member of an object, repeated names included, in order.
    var members: [(key: String, value: JSONValue)] {
        let e = entry
        guard e.kind == .object else { return [] }
        var out: [(String, JSONValue)] = []
        var k = index + 1
        while k < e.end {
            let v = at(k + 1)
            out.append((JSONTape.decodeString(base[k], bytes), v))
            k = v.next
        }
        return out
    }

    /// The elements of an array (empty for anything else).
    var elements: Elements {
        let e = entry
        return e.kind == .array ? Elements(value: self, start: index + 1, end: e.end) : .empty
    }

    struct Elements: Sequence {
        let base: UnsafePointer<JSONTape.Entry>?
        let bytes: UnsafePointer<UInt8>?
        let start: Int
        let end: Int

        /// No elements.
        static var empty: Elements { Elements(base: nil, bytes: nil, start: 0, end: 0) }

        private init(base: UnsafePointer<JSONTape.Entry>?, bytes: UnsafePointer<UInt8>?, start: Int, end: Int) {
            self.base = base
            self.bytes = bytes
            self.start = start
            self.end = end
        }

        init(value: JSONValue, start: Int, end: Int) {
            self.init(base: value.base, bytes: value.bytes, start: start, end: end)
        }

        /// The one value `single`, as a sequence.
        init(single: JSONValue) {
            self.init(value: single, start: single.index, end: single.next)
        }

        struct Iterator: IteratorProtocol {
            let base: UnsafePointer<JSONTape.Entry>?
            let bytes: UnsafePointer<UInt8>?
            var k: Int
            let end: Int
            mutating func next() -> JSONValue? {
                guard k < end, let base, let bytes else { return nil }
                let v = JSONValue(base: base, bytes: bytes, index: k)
                k = v.next
                return v
            }
        }

        func makeIterator() -> Iterator { Iterator(base: base, bytes: bytes, k: start, end: end) }
        var count: Int { var n = 0; for _ in self { n += 1 }; return n }
    }

    /// The string's text, or nil when the value is not a string.
    var string: String? {
        let e = entry
        return e.kind == .string ? JSONTape.decodeString(e, bytes) : nil
    }

    /// The string's text when it is a non-empty string.
    var nonEmptyString: String? {
        let e = entry
        return e.kind == .string && e.end > e.start ? JSONTape.decodeString(e, bytes) : nil
    }

    /// Whether the value is the string `text` (compared as bytes; escaped strings are decoded).
    func isString(_ text: StaticString) -> Bool {
        let e = entry
        guard e.kind == .string else { return false }
        if e.escaped { return JSONTape.decodeString(e, bytes) == text.description }
        return e.end - e.start == text.utf8CodeUnitCount && memcmp(bytes + e.start, text.utf8Start, text.utf8CodeUnitCount) == 0
    }

    /// The raw bytes of a string's content (escapes not resolved), or nil.
    var rawStringBytes: UnsafeBufferPointer<UInt8>? {
        let e = entry
        return e.kind == .string ? UnsafeBufferPointer(start: bytes + e.start, count: e.end - e.start) : nil
    }

    /// A time written as a string (ISO 8601, see `Timestamps.parseGeneric`), read from the
    /// bytes in place; nil when absent, not a string or not a time.
    var isoTime: Int64? {
        let e = entry
        guard e.kind == .string else { return nil }
        if e.escaped { return Timestamps.parseGeneric(JSONTape.decodeString(e, bytes)) }
        return Timestamps.parseGeneric(UnsafeBufferPointer(start: bytes + e.start, count: e.end - e.start))
    }

    /// An integer number (no fraction or exponent, fits in Int), or nil.
    var int: Int? {
        let e = entry
        guard e.kind == .number else { return nil }
        var i = e.start
        let negative = bytes[i] == 45
        if negative { i += 1 }
        guard e.end - i <= 18 else { return nil }
        var v = 0
        while i < e.end {
            let c = bytes[i]
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
            i += 1
        }
        return negative ? -v : v
    }
}

/// Bytes at a fixed address for as long as the object lives, for tapes that outlive a call.
final class JSONBuffer {
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage.baseAddress, count: count) }

    init(_ array: [UInt8]) {
        storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(array.count, 1))
        _ = storage.initialize(from: array)
        count = array.count
    }

    /// The whole content of the file at `path` (gzip decompressed), read straight into the buffer.
    init(readingFile path: String) throws {
        storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 16)
        try ByteChunks.scan(path: path) { chunk, _ in
            if self.count + chunk.count > self.storage.count {
                let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(self.storage.count * 2, self.count + chunk.count))
                if let from = self.storage.baseAddress, let to = bigger.baseAddress { to.update(from: from, count: self.count) }
                self.storage.deallocate()
                self.storage = bigger
            }
            if let from = chunk.baseAddress, let to = self.storage.baseAddress { (to + self.count).update(from: from, count: chunk.count) }
            self.count += chunk.count
            return chunk.count
        }
    }

    deinit { storage.deallocate() }
}
