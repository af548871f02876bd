import Foundation

/// What an ``XMLTokenizer`` reports, as bytes valid only during the call.
protocol XMLTokenHandler: AnyObject {
    /// A start tag (also a self-closing one, followed by ``xmlEnd(_:line:)``): the local name
    /// (after any `prefix:`) and the attributes; `line` is the line of its `<`.
    func xmlStart(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLTokenAttributes, line: Int)
    func xmlEnd(_ name: UnsafeBufferPointer<UInt8>, line: Int)
    /// Character data (entities decoded) or a CDATA section's content; one run of text may
    /// come in several calls.
    func xmlText(_ text: UnsafeBufferPointer<UInt8>)
    /// Whether text is wanted now (otherwise it is checked but not decoded or passed).
    var xmlWantsText: Bool { get }
    /// Set by the handler to stop the tokenizer after the current callback.
    var xmlStopped: Bool { get }
}

/// The attributes of one start tag, pointing into the tokenizer's buffer (valid during the
/// callback only). Values are decoded (entities, character references, whitespace
/// normalisation) and turned into a `String` only when looked up.
struct XMLTokenAttributes {
    fileprivate let base: UnsafePointer<UInt8>
    fileprivate let spans: UnsafePointer<XMLTokenizer.AttributeSpan>
    let count: Int

    /// The value of the attribute whose local name is `name`, or nil.
    subscript(_ name: String) -> String? {
        var key = name
        return key.withUTF8 { k -> String? in
            for i in 0 ..< count {
                let s = spans[i]
                guard s.nameCount == k.count else { continue }
                if memcmp(base + s.name, k.baseAddress!, k.count) != 0 { continue }
                return value(at: i)
            }
            return nil
        }
    }

    /// The local name and value of attribute `i`.
    func name(at i: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + spans[i].name, count: spans[i].nameCount), as: UTF8.self)
    }

    func value(at i: Int) -> String {
        let s = spans[i]
        let raw = UnsafeBufferPointer(start: base + s.value, count: s.valueCount)
        guard s.needsDecoding else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        XMLTokenizer.decode(raw, into: &out, normalizeWhitespace: true)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Why a document is not well-formed, numbered as libxml2's `xmlParserErrors` (xmlerror.h), the
/// numbers users of other XML tools know.
/// A DOCTYPE declaring entities gets `entityLoop`, the code libxml2 gives a recursive entity.
enum XMLError: Int {
    case documentStart = 3
    case documentEmpty = 4
    case documentEnd = 5
    case invalidHexCharRef = 6
    case invalidDecCharRef = 7
    case invalidCharRef = 8
    case invalidChar = 9
    case entityRefSemicolonMissing = 23
    case undeclaredEntity = 26
    case ltInAttribute = 38
    case attributeNotStarted = 39
    case attributeNotFinished = 40
    case attributeWithoutValue = 41
    case commentNotFinished = 45
    case piNotFinished = 47
    case doctypeNotFinished = 61
    case cdataNotFinished = 63
    case spaceRequired = 65
    case nameRequired = 68
    case gtRequired = 73
    case tagNameMismatch = 76
    case notWellBalanced = 85
    case entityLoop = 89
}

/// A streaming, byte-level XML tokenizer for the graph formats (GraphML, GEXF): start and end
/// tags with attributes, character data, CDATA, comments, processing instructions and a
/// DOCTYPE without entity declarations, fed in chunks by ``ByteChunks/scan``.
///
/// Foundation's `XMLParser` makes a `String` for every name and a `Dictionary` for every
/// element's attributes, and bridges each callback; on Linux that caps GraphML near 25 MB/s.
/// Here names are compared as bytes and values become strings only when the handler asks.
///
/// **Checked** (a ``Failure`` with the line, column and an `XMLError`, never the
/// content): mismatched and unclosed tags, an end tag with nothing open, text or a second
/// element after the root, `<` in an attribute value, an attribute without a quoted value,
/// unterminated comments, CDATA sections, processing instructions and tags, unknown entity
/// references, bad character references, invalid UTF-8 in names and text. A DOCTYPE that
/// declares entities is refused (no entity is ever expanded: that is how expansion bombs are
/// refused); one without is skipped. The XML declaration is checked by ``XMLEncoding/detect(_:)``
/// (in ``read(path:chunkSize:handler:)``), then skipped like a processing instruction.
/// **Not checked:** repeated attributes, `]]>` in text, a misplaced XML declaration,
/// namespace declarations, the XML character ranges of code points.
///
/// ``feed(_:from:isFinal:_:)`` takes UTF-8 (or ASCII); ``read(path:chunkSize:handler:)``
/// detects the file's encoding and transcodes any other (``XMLEncoding``), so this is the only
/// XML parser the importer has.
struct XMLTokenizer {
    struct AttributeSpan {
        var name: Int, nameCount: Int, value: Int, valueCount: Int, needsDecoding: Bool
    }

    struct Failure: Error, Equatable {
        var line: Int
        var column: Int
        /// The libxml2 / `XMLError` number of the failure.
        var code: Int
        /// What was wrong, in words that never quote the input.
        var what: String
    }

    /// Thrown when the handler set ``XMLTokenHandler/xmlStopped``.
    struct Stopped: Error {}

    private(set) var line = 1
    /// Absolute offset of the buffer's first byte, and of the current line's first byte.
    private var base = 0
    private var lineStart = 0
    private var attributes: UnsafeMutablePointer<AttributeSpan>
    private var attributeCapacity = 16
    /// The open elements' qualified names, back to back.
    private var openNames: [UInt8] = []
    private var openEnds: [Int] = []
    private var sawRoot = false
    private var rootClosed = false
    private var scratch: [UInt8] = []
    /// Where the token being read starts (lines are counted up to it).
    private var tokenStart = 0

    init() {
        attributes = .allocate(capacity: attributeCapacity)
        openNames.reserveCapacity(256)
    }

    /// Frees the attribute table (the tokenizer is a value type without a deinit).
    func deallocate() { attributes.deallocate() }

    /// What is expected where a DOCTYPE declares an entity.
    static let noEntities = "no entity declarations (entities are never expanded)"

    /// Streams the file at `path` through `handler`: UTF-8 as it is, other encodings (see
    /// ``XMLEncoding``) transcoded to UTF-8 on the way. Throws ``XMLEncoding/Unsupported`` for
    /// a declaration that is malformed or names an encoding not read, before any callback.
    static func read(path: String, chunkSize: Int = ByteChunks.defaultChunk, handler: some XMLTokenHandler) throws {
        var tokenizer = XMLTokenizer()
        defer { tokenizer.deallocate() }
        var encoding: XMLEncoding?
        var transcoder: XMLEncoding.Transcoder?
        /// Transcoded bytes the tokenizer has not consumed yet (an incomplete token).
        var pending: [UInt8] = []
        try ByteChunks.scan(path: path, chunkSize: chunkSize) { bytes, isFinal in
            var start = 0
            if encoding == nil {
                if !isFinal, bytes.count < XMLEncoding.prefixLength { return 0 }
                let (detected, bom) = try XMLEncoding.detect(UnsafeBufferPointer(rebasing: bytes.prefix(XMLEncoding.prefixLength)))
                encoding = detected
                if detected != .utf8 { transcoder = XMLEncoding.Transcoder(detected) }
                start = bom
            }
            guard var t = transcoder else { return try tokenizer.feed(bytes, from: start, isFinal: isFinal, handler) }
            // Bytes that do not transcode end the input; what precedes them is tokenized first,
            // so an earlier error in the XML is the one reported.
            var damaged: Error?
            var used = 0
            do { used = try t.transcode(bytes, from: start, isFinal: isFinal, into: &pending) } catch { damaged = error }
            transcoder = t
            let fed = try pending.withUnsafeBufferPointer { out in
                // An empty array may have no storage: the tokenizer wants an address all the same.
                var none: UInt8 = 0
                return try withUnsafePointer(to: &none) { empty in
                    try tokenizer.feed(out.baseAddress == nil ? UnsafeBufferPointer(start: empty, count: 0) : out,
                                       isFinal: isFinal && damaged == nil, handler)
                }
            }
            if let damaged { throw damaged }
            pending.removeFirst(fed)
            if pending.count > ByteChunks.defaultMaxRecord {
                throw ImportError(file: path, location: "byte \(tokenizer.base)",
                                  expected: "a record (line) of at most \(ByteChunks.defaultMaxRecord >> 20) MB", reason: "record-too-long")
            }
            return used
        }
    }

    // MARK: Feeding

    /// Tokenizes whole tokens of `b` from `from`; returns how many bytes were consumed (the
    /// rest, an incomplete token, comes again with more bytes). On the final call everything
    /// must be consumed or it is an error.
    mutating func feed(_ b: UnsafeBufferPointer<UInt8>, from: Int = 0, isFinal: Bool, _ handler: some XMLTokenHandler) throws -> Int {
        let p = b.baseAddress!
        let n = b.count
        var i = from
        countLines(p, 0, from)
        defer { base += i }
        while i < n {
            if p[i] != UInt8(ascii: "<") {
                // Character data up to the next `<`.
                guard let lt = memchr(p + i, 0x3C, n - i) else {
                    if !isFinal { return i }
                    try text(p, i, n, handler)
                    i = n
                    break
                }
                let end = UnsafePointer<UInt8>(lt.assumingMemoryBound(to: UInt8.self)) - p
                try text(p, i, end, handler)
                i = end
                continue
            }
            guard let next = try markup(p, i, n, isFinal: isFinal, handler) else { return i }
            if handler.xmlStopped { i = next; throw Stopped() }
            i = next
        }
        if isFinal {
            tokenStart = i
            if !openEnds.isEmpty {
                throw failure(p, n, .documentEnd, "the end of input inside an element (an unclosed tag)")
            }
            if !sawRoot { throw failure(p, n, .documentEmpty, "a root element") }
        }
        return i
    }

    // MARK: Lines and errors

    @inline(__always)
    private mutating func countLines(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) {
        var k = from
        while k < to {
            guard let nl = memchr(p + k, 10, to - k) else { return }
            k = UnsafePointer<UInt8>(nl.assumingMemoryBound(to: UInt8.self)) - p + 1
            line += 1
            lineStart = base + k
        }
    }

    /// A failure at offset `at` of the buffer (lines are counted up to the token start).
    private func failure(_ p: UnsafePointer<UInt8>, _ at: Int, _ code: XMLError, _ what: String) -> Failure {
        var copy = self
        copy.countLines(p, tokenStart, at)
        return Failure(line: copy.line, column: base + at - copy.lineStart + 1, code: code.rawValue, what: what)
    }

    // MARK: Text

    private mutating func text(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int, _ handler: some XMLTokenHandler) throws {
        guard from < to else { return }
        let inRoot = !openEnds.isEmpty
        var k = from
        var high: UInt8 = 0
        var amp = false
        var nonSpace = -1
        let startLine = line, startLineStart = lineStart
        tokenStart = from
        while k < to {
            let c = p[k]
            if c == 10 { line += 1; lineStart = base + k + 1 }
            high |= c
            if c == UInt8(ascii: "&") { amp = true }
            if !inRoot, nonSpace < 0, c != 32, c != 9, c != 10, c != 13 { nonSpace = k }
            k += 1
        }
        let run = UnsafeBufferPointer(start: p + from, count: to - from)
        if nonSpace >= 0 {
            line = startLine; lineStart = startLineStart
            throw failure(p, nonSpace, rootClosed ? .documentEnd : .documentStart,
                          rootClosed ? "nothing but markup after the root element" : "nothing but markup before the root element")
        }
        if high >= 0x80, String(validating: run, as: UTF8.self) == nil {
            line = startLine; lineStart = startLineStart
            throw failure(p, from, .invalidChar, "UTF-8 text")
        }
        guard inRoot, amp || handler.xmlWantsText else { return }
        if !amp {
            handler.xmlText(run)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        if let bad = XMLTokenizer.decode(run, into: &scratch, normalizeWhitespace: false) {
            line = startLine; lineStart = startLineStart
            throw failure(p, from + bad.offset, bad.code, "a known entity (&amp; &lt; &gt; &quot; &apos;) or a character reference")
        }
        if handler.xmlWantsText { scratch.withUnsafeBufferPointer { handler.xmlText($0) } }
    }

    /// Appends `raw` with references decoded (and, for attribute values, tab/CR/LF as spaces);
    /// returns the offset and error code of the first bad reference.
    @discardableResult
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], normalizeWhitespace: Bool)
        -> (offset: Int, code: XMLError)? {
        var k = 0
        let n = raw.count
        while k < n {
            let c = raw[k]
            if c != UInt8(ascii: "&") {
                out.append(normalizeWhitespace && (c == 9 || c == 10 || c == 13) ? 32 : c)
                k += 1
                continue
            }
            var e = k + 1
            while e < n, raw[e] != UInt8(ascii: ";"), e - k < 40 { e += 1 }
            guard e < n, raw[e] == UInt8(ascii: ";") else { return (k, .entityRefSemicolonMissing) }
            let ref = UnsafeBufferPointer(rebasing: raw[(k + 1) ..< e])
            if ref.first == UInt8(ascii: "#") {
                var value: UInt32 = 0
                var j = 1
                let hex = ref.count > 1 && ref[1] == UInt8(ascii: "x")
                if hex { j = 2 }
                guard j < ref.count else { return (k, .invalidCharRef) }
                while j < ref.count {
                    let d = ref[j]
                    let digit: UInt32
                    switch d {
                    case 48 ... 57: digit = UInt32(d - 48)
                    case 97 ... 102 where hex: digit = UInt32(d - 87)
                    case 65 ... 70 where hex: digit = UInt32(d - 55)
                    default: return (k, hex ? .invalidHexCharRef : .invalidDecCharRef)
                    }
                    value = value &* (hex ? 16 : 10) &+ digit
                    if value > 0x10FFFF { return (k, .invalidCharRef) }
                    j += 1
                }
                guard value != 0, let scalar = Unicode.Scalar(value) else { return (k, .invalidCharRef) }
                out.append(contentsOf: String(Character(scalar)).utf8)
            } else {
                let byte: UInt8
                switch (ref.count, ref.first ?? 0) {
                case (3, UInt8(ascii: "a")) where ref.elementsEqual("amp".utf8): byte = UInt8(ascii: "&")
                case (2, UInt8(ascii: "l")) where ref.elementsEqual("lt".utf8): byte = UInt8(ascii: "<")
                case (2, UInt8(ascii: "g")) where ref.elementsEqual("gt".utf8): byte = UInt8(ascii: ">")
                case (4, UInt8(ascii: "q")) where ref.elementsEqual("quot".utf8): byte = UInt8(ascii: "\"")
                case (4, UInt8(ascii: "a")) where ref.elementsEqual("apos".utf8): byte = UInt8(ascii: "'")
                default: return (k, .undeclaredEntity)
                }
                out.append(byte)
            }
            k = e + 1
        }
        return nil
    }

    // MARK: Markup

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 }

    @inline(__always)
    private static func isNameEnd(_ c: UInt8) -> Bool {
        c == 32 || c == 10 || c == 9 || c == 13 || c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=")
    }

    /// Whether `p[from..<to]` is a name: starts with a letter, `_`, `:` or a non-ASCII
    /// character, holds no markup characters, and is valid UTF-8.
    private static func validName(_ p: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        let c = p[from]
        guard (c | 0x20 >= 97 && c | 0x20 <= 122) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80 else { return false }
        var high: UInt8 = 0
        for k in from ..< to {
            let d = p[k]
            high |= d
            if d == UInt8(ascii: "<") || d == UInt8(ascii: "&") || d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") { return false }
        }
        return high < 0x80 || String(validating: UnsafeBufferPointer(start: p + from, count: to - from), as: UTF8.self) != nil
    }

    /// The offset of the first `needle` at or after `from` (below `n`), or nil.
    private static func find(_ p: UnsafePointer<UInt8>, _ from: Int, _ n: Int, _ needle: StaticString) -> Int? {
        let first = needle.utf8Start[0], len = needle.utf8CodeUnitCount
        var k = from
        while k + len <= n {
            guard let hit = memchr(p + k, Int32(first), n - k) else { return nil }
            let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - p
            if at + len > n { return nil }
            if memcmp(p + at, needle.utf8Start, len) == 0 { return at }
            k = at + 1
        }
        return nil
    }

    @inline(__always)
    private static func hasPrefix(_ p: UnsafePointer<UInt8>, _ at: Int, _ n: Int, _ s: StaticString) -> Bool {
        at + s.utf8CodeUnitCount <= n && memcmp(p + at, s.utf8Start, s.utf8CodeUnitCount) == 0
    }

    /// One markup construct at `i` (`<`): returns the offset after it, or nil when the buffer
    /// ends inside it and more input may follow.
    private mutating func markup(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, isFinal: Bool, _ handler: some XMLTokenHandler) throws -> Int? {
        tokenStart = i
        guard i + 1 < n else {
            if isFinal { throw failure(p, i, .gtRequired, "a tag after `<`") }
            return nil
        }
        let c = p[i + 1]
        if c == UInt8(ascii: "/") { return try endTag(p, i, n, isFinal: isFinal, handler) }
        if c == UInt8(ascii: "?") {
            guard let close = XMLTokenizer.find(p, i + 2, n, "?>") else {
                if isFinal { throw failure(p, i, .piNotFinished, "`?>` closing a processing instruction") }
                return nil
            }
            countLines(p, i, close + 2)
            return close + 2
        }
        if c == UInt8(ascii: "!") {
            if !isFinal, n - i < 9 { return nil }
            if XMLTokenizer.hasPrefix(p, i, n, "<!--") {
                guard let close = XMLTokenizer.find(p, i + 4, n, "-->") else {
                    if isFinal { throw failure(p, i, .commentNotFinished, "`-->` closing a comment") }
                    return nil
                }
                countLines(p, i, close + 3)
                return close + 3
            }
            if XMLTokenizer.hasPrefix(p, i, n, "<![CDATA[") {
                guard let close = XMLTokenizer.find(p, i + 9, n, "]]>") else {
                    if isFinal { throw failure(p, i, .cdataNotFinished, "`]]>` closing a CDATA section") }
                    return nil
                }
                guard !openEnds.isEmpty else {
                    throw failure(p, i, rootClosed ? .documentEnd : .documentStart, "a CDATA section inside the root element")
                }
                let content = UnsafeBufferPointer(start: p + i + 9, count: close - i - 9)
                if content.contains(where: { $0 >= 0x80 }), String(validating: content, as: UTF8.self) == nil {
                    throw failure(p, i, .invalidChar, "UTF-8 text")
                }
                countLines(p, i, close + 3)
                if handler.xmlWantsText { handler.xmlText(content) }
                return close + 3
            }
            if XMLTokenizer.hasPrefix(p, i, n, "<!DOCTYPE") {
                guard !sawRoot else { throw failure(p, i, .doctypeNotFinished, "a DOCTYPE before the root element only") }
                // The end: a `>` outside quotes, comments and the internal subset `[...]`.
                var k = i + 9, depth = 0
                var quote: UInt8 = 0
                while k < n {
                    let d = p[k]
                    if quote != 0 { if d == quote { quote = 0 } }
                    else if d == UInt8(ascii: "<"), depth > 0, XMLTokenizer.hasPrefix(p, k, n, "<!--") {
                        // A comment in the internal subset: its quotes and `<!ENTITY` are text.
                        guard let close = XMLTokenizer.find(p, k + 4, n, "-->") else {
                            if isFinal { throw failure(p, k, .commentNotFinished, "`-->` closing a comment") }
                            return nil
                        }
                        k = close + 3
                        continue
                    }
                    else if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") { quote = d }
                    else if d == UInt8(ascii: "[") { depth += 1 }
                    else if d == UInt8(ascii: "]") { depth -= 1 }
                    else if d == UInt8(ascii: ">"), depth <= 0 { break }
                    else if d == UInt8(ascii: "<"), XMLTokenizer.hasPrefix(p, k, n, "<!ENTITY") {
                        throw failure(p, k, .entityLoop, XMLTokenizer.noEntities)
                    }
                    k += 1
                }
                guard k < n else {
                    if isFinal { throw failure(p, i, .doctypeNotFinished, "`>` closing the DOCTYPE") }
                    return nil
                }
                countLines(p, i, k + 1)
                return k + 1
            }
            throw failure(p, i, .notWellBalanced, "a comment, CDATA section or DOCTYPE after `<!`")
        }
        return try startTag(p, i, n, isFinal: isFinal, handler)
    }

    private mutating func startTag(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, isFinal: Bool, _ handler: some XMLTokenHandler) throws -> Int? {
        var k = i + 1
        while k < n, !XMLTokenizer.isNameEnd(p[k]) { k += 1 }
        guard k < n else {
            if isFinal { throw failure(p, i, .documentEnd, "a complete start tag") }
            return nil
        }
        let nameEnd = k
        guard XMLTokenizer.validName(p, i + 1, nameEnd) else { throw failure(p, i, .nameRequired, "an element name after `<`") }
        if openEnds.isEmpty, sawRoot {
            throw failure(p, i, .documentEnd, "one root element (nothing after it closes)")
        }
        var count = 0
        var selfClosing = false
        while true {
            while k < n, XMLTokenizer.isSpace(p[k]) { k += 1 }
            guard k < n else {
                if isFinal { throw failure(p, i, .documentEnd, "a complete start tag") }
                return nil
            }
            let d = p[k]
            if d == UInt8(ascii: ">") { k += 1; break }
            if d == UInt8(ascii: "/") {
                guard k + 1 < n else {
                    if isFinal { throw failure(p, i, .documentEnd, "`/>` closing an empty element") }
                    return nil
                }
                guard p[k + 1] == UInt8(ascii: ">") else { throw failure(p, k, .gtRequired, "`>` after `/` in a tag") }
                selfClosing = true
                k += 2
                break
            }
            if !XMLTokenizer.isSpace(p[k - 1]) { throw failure(p, k, .spaceRequired, "a space before an attribute") }
            // An attribute: name = "value" or 'value'.
            let nameStart = k
            while k < n, !XMLTokenizer.isNameEnd(p[k]) { k += 1 }
            let attrNameEnd = k
            while k < n, XMLTokenizer.isSpace(p[k]) { k += 1 }
            guard k < n else {
                if isFinal { throw failure(p, i, .documentEnd, "a complete start tag") }
                return nil
            }
            guard XMLTokenizer.validName(p, nameStart, attrNameEnd) else { throw failure(p, nameStart, .attributeNotStarted, "an attribute name") }
            guard p[k] == UInt8(ascii: "=") else { throw failure(p, k, .attributeWithoutValue, "`=` and a quoted value after an attribute name") }
            k += 1
            while k < n, XMLTokenizer.isSpace(p[k]) { k += 1 }
            guard k < n else {
                if isFinal { throw failure(p, i, .documentEnd, "a complete start tag") }
                return nil
            }
            let quote = p[k]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw failure(p, k, .attributeNotStarted, "a quoted attribute value")
            }
            let valueStart = k + 1
            k = valueStart
            var decode = false
            var high: UInt8 = 0
            while k < n, p[k] != quote {
                let v = p[k]
                if v == UInt8(ascii: "<") { throw failure(p, k, .ltInAttribute, "no `<` in an attribute value") }
                if v == UInt8(ascii: "&") || v < 32 { decode = true }
                high |= v
                k += 1
            }
            guard k < n else {
                if isFinal { throw failure(p, i, .attributeNotFinished, "a closing quote") }
                return nil
            }
            let value = UnsafeBufferPointer(start: p + valueStart, count: k - valueStart)
            if high >= 0x80, String(validating: value, as: UTF8.self) == nil {
                throw failure(p, valueStart, .invalidChar, "a UTF-8 attribute value")
            }
            if decode {
                scratch.removeAll(keepingCapacity: true)
                if let bad = XMLTokenizer.decode(value, into: &scratch, normalizeWhitespace: true) {
                    throw failure(p, valueStart + bad.offset, bad.code, "a known entity (&amp; &lt; &gt; &quot; &apos;) or a character reference")
                }
            }
            k += 1
            if count == attributeCapacity {
                let bigger = UnsafeMutablePointer<AttributeSpan>.allocate(capacity: attributeCapacity * 2)
                bigger.moveInitialize(from: attributes, count: count)
                attributes.deallocate()
                attributes = bigger
                attributeCapacity *= 2
            }
            var localStart = nameStart
            for j in nameStart ..< attrNameEnd where p[j] == UInt8(ascii: ":") { localStart = j + 1 }
            attributes[count] = AttributeSpan(name: localStart, nameCount: attrNameEnd - localStart,
                                              value: valueStart, valueCount: value.count, needsDecoding: decode)
            count += 1
        }
        let startLine = line
        countLines(p, i, k)
        sawRoot = true
        var localStart = i + 1
        for j in (i + 1) ..< nameEnd where p[j] == UInt8(ascii: ":") { localStart = j + 1 }
        let local = UnsafeBufferPointer(start: p + localStart, count: nameEnd - localStart)
        handler.xmlStart(local, XMLTokenAttributes(base: p, spans: attributes, count: count), line: startLine)
        if selfClosing {
            if handler.xmlStopped { return k }
            if openEnds.isEmpty { rootClosed = true }
            handler.xmlEnd(local, line: line)
        } else {
            openNames.append(contentsOf: UnsafeBufferPointer(start: p + i + 1, count: nameEnd - i - 1))
            openEnds.append(openNames.count)
        }
        return k
    }

    private mutating func endTag(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int, isFinal: Bool, _ handler: some XMLTokenHandler) throws -> Int? {
        var k = i + 2
        while k < n, !XMLTokenizer.isNameEnd(p[k]) { k += 1 }
        let nameEnd = k
        while k < n, XMLTokenizer.isSpace(p[k]) { k += 1 }
        guard k < n else {
            if isFinal { throw failure(p, i, .documentEnd, "a complete end tag") }
            return nil
        }
        guard p[k] == UInt8(ascii: ">"), XMLTokenizer.validName(p, i + 2, nameEnd) else {
            throw failure(p, i, .gtRequired, "an end tag `</name>`")
        }
        guard let top = openEnds.last else { throw failure(p, i, .tagNameMismatch, "no end tag without an open element") }
        let topStart = openEnds.count > 1 ? openEnds[openEnds.count - 2] : 0
        let matches = openNames.withUnsafeBufferPointer { names in
            top - topStart == nameEnd - i - 2 && memcmp(names.baseAddress! + topStart, p + i + 2, top - topStart) == 0
        }
        guard matches else { throw failure(p, i, .tagNameMismatch, "the end tag of the open element") }
        openEnds.removeLast()
        openNames.removeLast(top - topStart)
        if openEnds.isEmpty { rootClosed = true }
        countLines(p, i, k + 1)
        var localStart = i + 2
        for j in (i + 2) ..< nameEnd where p[j] == UInt8(ascii: ":") { localStart = j + 1 }
        handler.xmlEnd(UnsafeBufferPointer(start: p + localStart, count: nameEnd - localStart), line: line)
        return k + 1
    }
}
