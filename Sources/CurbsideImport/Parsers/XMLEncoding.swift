/// The character encodings the XML graph readers accept, and the transcoding of those that
/// are not UTF-8 into UTF-8 for ``XMLTokenizer`` (so one byte-level parser reads them all).
///
/// **Which encoding** (``detect(_:)``, XML 1.0 §4.3.3 and Appendix F): a byte order mark
/// (UTF-8 `EF BB BF`, UTF-16 `FE FF` / `FF FE`) or the shape of a UTF-16 `<` (`00 3C` /
/// `3C 00`) decides; otherwise the XML declaration's `encoding` does, UTF-8 when there is
/// none. A declaration (`<?xml` and a space) must be well-formed (`version`, then optional
/// `encoding` and `standalone`, quoted) and name a supported encoding, with or without a byte
/// order mark: otherwise ``Unsupported`` is thrown and nothing is read. Names are IANA's,
/// matched without regard to case: UTF-8 (`utf8`), US-ASCII (`ascii`, read as UTF-8, its
/// superset), ISO-8859-1 (`latin1`, `l1`, `iso_8859-1`, `cp819`…), Windows-1252 (`cp1252`),
/// UTF-16, UTF-16LE, UTF-16BE. A UTF-16 name in a file whose bytes are not UTF-16, or UTF-32,
/// EBCDIC, UTF-7 and the like, are refused the same way.
///
/// **Transcoding** (``Transcoder``) streams: each chunk becomes UTF-8, a code unit or
/// surrogate pair cut at the chunk's end waits for the next. Line feeds stay line feeds, so
/// the tokenizer's line numbers are the file's; its columns count UTF-8 bytes. A lone UTF-16
/// surrogate or an odd number of UTF-16 bytes is an ``XMLTokenizer/Failure`` naming its line.
/// Windows-1252's five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1
/// controls of the same value, as Windows and the WHATWG encoding standard decode them.
enum XMLEncoding: Equatable, Sendable {
    case utf8, latin1, windows1252, utf16LE, utf16BE

    /// A document whose declaration is malformed or names an encoding that is not read.
    struct Unsupported: Error, Equatable {}

    /// What the error says is expected (the line is 1: the declaration or the byte order mark).
    static let expected =
        "an XML declaration naming a supported encoding (UTF-8, UTF-16, ISO-8859-1, Windows-1252, US-ASCII)"

    /// How many leading bytes ``detect(_:)`` wants (fewer at the end of the file).
    static let prefixLength = 1024

    /// The encoding of a document starting with `prefix` (its first ``prefixLength`` bytes, or
    /// all of a shorter file), and the length of its byte order mark.
    static func detect(_ prefix: UnsafeBufferPointer<UInt8>) throws -> (encoding: XMLEncoding, bom: Int) {
        func at(_ i: Int) -> UInt8? { i < prefix.count ? prefix[i] : nil }
        var byLayout: (XMLEncoding, bom: Int)?
        switch (at(0), at(1), at(2), at(3)) {
        case (0xEF, 0xBB, 0xBF, _): byLayout = (.utf8, 3)
        case (0x00, 0x00, _, _), (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): throw Unsupported() // UTF-32
        case (0xFE, 0xFF, _, _): byLayout = (.utf16BE, 2)
        case (0xFF, 0xFE, _, _): byLayout = (.utf16LE, 2)
        case (0x00, 0x3C, _, _): byLayout = (.utf16BE, 0)
        case (0x3C, 0x00, _, _): byLayout = (.utf16LE, 0)
        default: break
        }
        // The declaration as ASCII (one byte per character; anything else as 0x80).
        let start = byLayout?.bom ?? 0
        var text: [UInt8] = []
        switch byLayout?.0 {
        case .utf16LE?, .utf16BE?:
            var i = start
            let big = byLayout?.0 == .utf16BE
            while i + 1 < prefix.count {
                let unit = big ? UInt16(prefix[i]) << 8 | UInt16(prefix[i + 1]) : UInt16(prefix[i + 1]) << 8 | UInt16(prefix[i])
                text.append(unit < 0x80 ? UInt8(unit) : 0x80)
                i += 2
            }
        default:
            text = Array(prefix[start...])
        }
        guard let declared = try declaredEncoding(text) else { return byLayout ?? (.utf8, 0) }
        if let byLayout {
            // The bytes (a byte order mark, UTF-16's shape) are unambiguous; the name only has to be one we know.
            return byLayout
        }
        if declared == .utf16LE || declared == .utf16BE { throw Unsupported() } // single-byte text named UTF-16
        return (declared, 0)
    }

    /// The encoding named by the XML declaration at the start of `text`, or nil when there is
    /// no declaration or it names none.
    private static func declaredEncoding(_ text: [UInt8]) throws -> XMLEncoding? {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        let open = Array("<?xml".utf8)
        guard text.starts(with: open) else { return nil }
        var i = open.count
        guard i < text.count, isSpace(text[i]) || text[i] == UInt8(ascii: "?") else { return nil } // `<?xml-stylesheet`: a PI
        var seen: [String] = []
        var encoding: XMLEncoding?
        while true {
            let spaced = i < text.count && isSpace(text[i])
            while i < text.count, isSpace(text[i]) { i += 1 }
            guard i < text.count else { throw Unsupported() } // no `?>` within the prefix
            if text[i] == UInt8(ascii: "?") {
                guard i + 1 < text.count, text[i + 1] == UInt8(ascii: ">"), seen.first == "version" else { throw Unsupported() }
                return encoding
            }
            guard spaced else { throw Unsupported() }
            let nameStart = i
            while i < text.count, text[i] >= UInt8(ascii: "a"), text[i] <= UInt8(ascii: "z") { i += 1 }
            let name = String(decoding: text[nameStart ..< i], as: UTF8.self)
            // VersionInfo EncodingDecl? SDDecl?, in that order, each once.
            let order = ["version", "encoding", "standalone"]
            guard let rank = order.firstIndex(of: name), seen.isEmpty ? rank == 0 : rank > order.firstIndex(of: seen.last!)!
            else { throw Unsupported() }
            seen.append(name)
            while i < text.count, isSpace(text[i]) { i += 1 }
            guard i < text.count, text[i] == UInt8(ascii: "=") else { throw Unsupported() }
            i += 1
            while i < text.count, isSpace(text[i]) { i += 1 }
            guard i < text.count, text[i] == UInt8(ascii: "\"") || text[i] == UInt8(ascii: "'") else { throw Unsupported() }
            let quote = text[i]
            i += 1
            let valueStart = i
            while i < text.count, text[i] != quote { i += 1 }
            guard i < text.count else { throw Unsupported() }
            let value = text[valueStart ..< i]
            i += 1
            // EncName: [A-Za-z] ([A-Za-z0-9._] | '-')*; version and standalone values alike, plainly.
            guard let first = value.first, (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z") || name == "version",
                  value.allSatisfy({ c in
                      (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                          || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
                  })
            else { throw Unsupported() }
            if name == "encoding" {
                guard let known = named(String(decoding: value, as: UTF8.self)) else { throw Unsupported() }
                encoding = known
            }
        }
    }

    /// The encoding an IANA name or alias (any case) stands for, among those read.
    static func named(_ name: String) -> XMLEncoding? {
        switch name.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "us": return .utf8
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "latin-1", "l1", "ibm819", "cp819":
            return .latin1
        case "windows-1252", "cp1252", "x-cp1252": return .windows1252
        case "utf-16", "utf16", "utf-16le": return .utf16LE
        case "utf-16be": return .utf16BE
        default: return nil
        }
    }

    /// Windows-1252's 0x80...0x9F (0 where unassigned: the byte's own C1 control then).
    private static let windows1252High: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// Turns a document in ``XMLEncoding`` into UTF-8, chunk by chunk.
    struct Transcoder {
        let encoding: XMLEncoding
        /// Line and column (in characters) of the next character, for errors.
        private var line = 1
        private var column = 1

        init(_ encoding: XMLEncoding) { self.encoding = encoding }

        /// Appends the UTF-8 of `input[from...]` to `out`; returns the offset up to which the
        /// input was used (a code unit or surrogate pair cut at the end is left for the next
        /// call, unless `isFinal`: then it is a failure).
        mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, from: Int, isFinal: Bool, into out: inout [UInt8]) throws -> Int {
            out.reserveCapacity(out.count + (input.count - from) * (encoding == .utf8 ? 1 : 2))
            switch encoding {
            case .utf8:
                out.append(contentsOf: input[from...])
                return input.count
            case .latin1, .windows1252:
                let table = encoding == .windows1252
                for c in input[from...] {
                    if c < 0x80 {
                        out.append(c)
                    } else if table, c < 0xA0, XMLEncoding.windows1252High[Int(c) - 0x80] != 0 {
                        append(UInt32(XMLEncoding.windows1252High[Int(c) - 0x80]), to: &out)
                    } else {
                        out.append(0xC0 | c >> 6)
                        out.append(0x80 | c & 0x3F)
                    }
                }
                return input.count
            case .utf16LE, .utf16BE:
                let big = encoding == .utf16BE
                var i = from
                while i + 1 < input.count {
                    let unit = big ? UInt16(input[i]) << 8 | UInt16(input[i + 1]) : UInt16(input[i + 1]) << 8 | UInt16(input[i])
                    var scalar = UInt32(unit)
                    var width = 2
                    if unit & 0xFC00 == 0xD800 {
                        guard i + 3 < input.count else {
                            if isFinal { throw failure("UTF-16 text (a high surrogate followed by a low one)") }
                            return i
                        }
                        let low = big ? UInt16(input[i + 2]) << 8 | UInt16(input[i + 3]) : UInt16(input[i + 3]) << 8 | UInt16(input[i + 2])
                        guard low & 0xFC00 == 0xDC00 else { throw failure("UTF-16 text (a high surrogate followed by a low one)") }
                        scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10 | (UInt32(low) - 0xDC00))
                        width = 4
                    } else if unit & 0xFC00 == 0xDC00 {
                        throw failure("UTF-16 text (a low surrogate after a high one)")
                    }
                    if scalar < 0x80 { out.append(UInt8(scalar)) } else { append(scalar, to: &out) }
                    if scalar == 10 { line += 1; column = 1 } else { column += 1 }
                    i += width
                }
                if isFinal, i < input.count { throw failure("UTF-16 text (an even number of bytes)") }
                return i
            }
        }

        private func append(_ scalar: UInt32, to out: inout [UInt8]) {
            if scalar < 0x80 {
                out.append(UInt8(scalar))
            } else if scalar < 0x800 {
                out.append(UInt8(0xC0 | scalar >> 6))
                out.append(UInt8(0x80 | scalar & 0x3F))
            } else if scalar < 0x10000 {
                out.append(UInt8(0xE0 | scalar >> 12))
                out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            } else {
                out.append(UInt8(0xF0 | scalar >> 18))
                out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                out.append(UInt8(0x80 | scalar & 0x3F))
            }
        }

        private func failure(_ what: String) -> XMLTokenizer.Failure {
            XMLTokenizer.Failure(line: line, column: column, code: XMLError.invalidChar.rawValue, what: what)
        }
    }
}
