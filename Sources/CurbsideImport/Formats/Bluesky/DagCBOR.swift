/// A strict DAG-CBOR decoder and the CIDs it links with, written for the Bluesky reader.
///
/// **CBOR in one paragraph.** Every item starts with one byte: the top three bits are the
/// *major type* (0 unsigned integer, 1 negative integer, 2 byte string, 3 text string,
/// 4 array, 5 map, 6 tag, 7 simple value or float), the low five bits the *additional
/// information*: a value below 24 is the argument itself, 24/25/26/27 say that the argument
/// follows in 1/2/4/8 big-endian bytes, 31 means "indefinite length". The argument is the
/// integer (types 0 and 1: the value is `n` or `-1 - n`), the length in bytes (2, 3), the
/// number of items (4) or of key/value pairs (5), or the tag number (6).
///
/// **DAG-CBOR** is the deterministic subset IPLD uses, and this decoder rejects whatever
/// falls outside it, each with its own reason code:
///
/// | rule | reason |
/// |---|---|
/// | the input ends inside an item, or a length exceeds the bytes left | `cbor-truncated` |
/// | indefinite lengths (additional information 31) and the `break` byte | `cbor-indefinite` |
/// | arguments not in their shortest form (`24` in one extra byte is fine, `5` is not) | `cbor-non-minimal` |
/// | map keys other than text strings, duplicate keys, keys not sorted (shorter first, then bytewise) | `cbor-map-key` |
/// | tags other than 42 (a CID link: a byte string of `0x00` then a binary CID) | `cbor-tag` |
/// | floats that are not 64-bit, NaN and infinities; `undefined` and other simple values | `cbor-float`, `cbor-simple` |
/// | text strings that are not valid UTF-8 | `invalid-utf8` |
/// | nesting deeper than ``maxDepth`` | `cbor-too-deep` |
///
/// **Never trusting a length.** A length or count is compared with the bytes that remain
/// before anything is reserved or sliced (an array of `n` items needs at least `n` bytes, a
/// map at least `2n`), so a hostile header cannot make the decoder allocate gigabytes.
///
/// **No copies.** Text and byte strings decode to byte ranges of the input; the reader
/// turns the few it needs into Swift values (``DagCBORDecoder/string(_:)``), so a record's
/// unused fields cost a bounds check and a UTF-8 scan.

/// A failure while decoding, at a byte offset of the decoded buffer.
struct CBORError: Error {
    var offset: Int
    var expected: String
    var reason: String
}

/// A content identifier, as the Bluesky repository uses them: CIDv1 (or v0) whose multihash
/// is SHA-256. The 32-byte digest is kept as four words so CIDs hash and compare fast.
///
/// Binary layout of a CIDv1: `varint(1) varint(codec) varint(0x12) varint(32) digest`,
/// codec `0x71` (dag-cbor) for repository nodes and records, `0x55` (raw) for blobs. A
/// CIDv0 is a bare multihash `0x12 0x20 digest` and implies codec `0x70` (dag-pb).
struct CID: Hashable, Sendable, CustomStringConvertible {
    static let dagCBOR: UInt64 = 0x71
    static let raw: UInt64 = 0x55
    static let dagPB: UInt64 = 0x70

    var version: UInt8
    var codec: UInt64
    var d0: UInt64, d1: UInt64, d2: UInt64, d3: UInt64

    /// Whether `digest` (32 bytes) equals this CID's digest.
    func matches(_ digest: [UInt8]) -> Bool {
        guard digest.count == 32 else { return false }
        return digest.withUnsafeBufferPointer { p in
            CID.word(p, 0) == d0 && CID.word(p, 8) == d1 && CID.word(p, 16) == d2 && CID.word(p, 24) == d3
        }
    }

    @inline(__always)
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in 0 ..< 8 { v = v << 8 | UInt64(p[at + i]) }
        return v
    }

    /// The first bytes of the digest in hex, enough to tell CIDs apart in messages.
    var description: String {
        var bytes: [UInt8] = []
        for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: d0 >> UInt64(shift))) }
        return "cid(v\(version), codec 0x\(String(codec, radix: 16)), sha256 \(SHA256.hex(bytes))…)"
    }

    /// Parses a binary CID at `pos` (advanced past it). Throws for anything but a SHA-256 CIDv0/v1.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ pos: inout Int, end: Int) throws(CBORError) -> CID {
        let start = pos
        if end - pos >= 34, b[pos] == 0x12, b[pos + 1] == 0x20 {
            pos += 2
            let cid = CID(version: 0, codec: dagPB, d0: word(b, pos), d1: word(b, pos + 8), d2: word(b, pos + 16), d3: word(b, pos + 24))
            pos += 32
            return cid
        }
        let version = try readVarint(b, &pos, end: end)
        guard version == 1 else {
            throw CBORError(offset: start, expected: "a CID of version 1 (or a version-0 SHA-256 multihash)", reason: "bad-cid")
        }
        let codec = try readVarint(b, &pos, end: end)
        let hashStart = pos
        let hash = try readVarint(b, &pos, end: end)
        let length = try readVarint(b, &pos, end: end)
        guard hash == 0x12, length == 32 else {
            throw CBORError(offset: hashStart, expected: "a sha2-256 multihash (code 0x12, 32 bytes)", reason: "bad-cid")
        }
        guard end - pos >= 32 else {
            throw CBORError(offset: pos, expected: "32 digest bytes of the CID (the input ends early)", reason: "cbor-truncated")
        }
        let cid = CID(version: 1, codec: codec, d0: word(b, pos), d1: word(b, pos + 8), d2: word(b, pos + 16), d3: word(b, pos + 24))
        pos += 32
        return cid
    }
}

/// Reads an unsigned LEB128 varint (multiformats style: at most 9 bytes, shortest form).
func readVarint(_ b: UnsafeBufferPointer<UInt8>, _ pos: inout Int, end: Int) throws(CBORError) -> UInt64 {
    let start = pos
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
        guard pos < end else {
            throw CBORError(offset: start, expected: "a complete varint (the input ends early)", reason: "cbor-truncated")
        }
        let byte = b[pos]
        pos += 1
        value |= UInt64(byte & 0x7f) << shift
        if byte & 0x80 == 0 {
            if byte == 0, pos - start > 1 {
                throw CBORError(offset: start, expected: "a varint in its shortest form", reason: "bad-varint")
            }
            return value
        }
        shift += 7
        guard shift < 63 else {
            throw CBORError(offset: start, expected: "a varint of at most 9 bytes", reason: "bad-varint")
        }
    }
}

/// One decoded DAG-CBOR item. Strings are byte ranges of the decoded buffer.
enum CBORValue {
    case unsigned(UInt64)
    /// The integer `-1 - n`.
    case negative(UInt64)
    case bytes(Range<Int>)
    case text(Range<Int>)
    case array([CBORValue])
    /// Entries in the (canonical) order of the input.
    case map([CBORMapEntry])
    /// Tag 42: a link to another block.
    case link(CID)
    case bool(Bool)
    case null
    case float(Double)
}

struct CBORMapEntry {
    var key: Range<Int>
    var value: CBORValue
}

/// Decodes DAG-CBOR items from a buffer the caller keeps alive, and reads decoded values.
struct DagCBORDecoder {
    /// Deepest nesting of arrays/maps accepted: far beyond any record schema, far below the stack's limit.
    static let maxDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Decodes exactly one item filling `range` (trailing bytes are an error).
    func decode(_ range: Range<Int>) throws(CBORError) -> CBORValue {
        var pos = range.lowerBound
        let value = try item(&pos, end: range.upperBound, depth: 0)
        guard pos == range.upperBound else {
            throw CBORError(offset: pos, expected: "the end of the block after one CBOR item", reason: "cbor-trailing")
        }
        return value
    }

    /// Decodes one item starting at `pos`, advancing it.
    func item(_ pos: inout Int, end: Int, depth: Int) throws(CBORError) -> CBORValue {
        let b = bytes
        let start = pos
        guard pos < end else { throw truncated(start, "a CBOR item") }
        let initial = b[pos]
        pos += 1
        let major = initial >> 5
        let info = initial & 0x1f
        if major == 7 { return try simple(info, &pos, start: start, end: end) }
        let arg = try argument(info, &pos, start: start, end: end)
        switch major {
        case 0:
            return .unsigned(arg)
        case 1:
            return .negative(arg)
        case 2, 3:
            guard arg <= UInt64(end - pos) else { throw truncated(start, "\(arg) bytes of string") }
            let range = pos ..< pos + Int(arg)
            pos += Int(arg)
            if major == 2 { return .bytes(range) }
            guard DagCBORDecoder.isValidUTF8(UnsafeBufferPointer(rebasing: b[range])) else {
                throw CBORError(offset: start, expected: "a text string of valid UTF-8", reason: "invalid-utf8")
            }
            return .text(range)
        case 4:
            guard depth < DagCBORDecoder.maxDepth else { throw tooDeep(start) }
            guard arg <= UInt64(end - pos) else { throw truncated(start, "\(arg) array items") }
            var items: [CBORValue] = []
            items.reserveCapacity(Int(arg))
            for _ in 0 ..< Int(arg) { items.append(try item(&pos, end: end, depth: depth + 1)) }
            return .array(items)
        case 5:
            guard depth < DagCBORDecoder.maxDepth else { throw tooDeep(start) }
            guard arg <= UInt64(end - pos) / 2 else { throw truncated(start, "\(arg) map entries") }
            var entries: [CBORMapEntry] = []
            entries.reserveCapacity(Int(arg))
            var previous: Range<Int>?
            for _ in 0 ..< Int(arg) {
                let keyStart = pos
                guard case let .text(key) = try item(&pos, end: end, depth: depth + 1) else {
                    throw CBORError(offset: keyStart, expected: "a text-string map key (DAG-CBOR)", reason: "cbor-map-key")
                }
                if let previous, !DagCBORDecoder.canonicallyBefore(previous, key, b) {
                    throw CBORError(offset: keyStart,
                                    expected: "map keys unique and sorted shorter first, then bytewise (DAG-CBOR)",
                                    reason: "cbor-map-key")
                }
                previous = key
                entries.append(CBORMapEntry(key: key, value: try item(&pos, end: end, depth: depth + 1)))
            }
            return .map(entries)
        default: // 6: tag
            guard arg == 42 else {
                throw CBORError(offset: start, expected: "no tag but 42 (a CID link) in DAG-CBOR", reason: "cbor-tag")
            }
            let payloadStart = pos
            guard case let .bytes(payload) = try item(&pos, end: end, depth: depth + 1), payload.count > 1,
                  b[payload.lowerBound] == 0
            else {
                throw CBORError(offset: payloadStart, expected: "a byte string 0x00 + binary CID after tag 42", reason: "bad-cid")
            }
            var p = payload.lowerBound + 1
            let cid = try CID.parse(b, &p, end: payload.upperBound)
            guard p == payload.upperBound else {
                throw CBORError(offset: p, expected: "the end of the CID link", reason: "bad-cid")
            }
            return .link(cid)
        }
    }

    /// The argument of a major type 0–6 item; rejects indefinite and non-minimal forms.
    @inline(__always)
    private func argument(_ info: UInt8, _ pos: inout Int, start: Int, end: Int) throws(CBORError) -> UInt64 {
        if info < 24 { return UInt64(info) }
        let size: Int
        switch info {
        case 24: size = 1
        case 25: size = 2
        case 26: size = 4
        case 27: size = 8
        case 31:
            throw CBORError(offset: start, expected: "a definite length (DAG-CBOR forbids indefinite lengths)",
                            reason: "cbor-indefinite")
        default:
            throw CBORError(offset: start, expected: "a CBOR initial byte (additional information 28-30 is reserved)",
                            reason: "cbor-reserved")
        }
        guard end - pos >= size else { throw truncated(start, "a \(size)-byte argument") }
        var v: UInt64 = 0
        for i in 0 ..< size { v = v << 8 | UInt64(bytes[pos + i]) }
        pos += size
        let minimum: UInt64 = size == 1 ? 24 : size == 2 ? 0x100 : size == 4 ? 0x1_0000 : 0x1_0000_0000
        guard v >= minimum else {
            throw CBORError(offset: start, expected: "the shortest encoding of \(v) (DAG-CBOR)", reason: "cbor-non-minimal")
        }
        return v
    }

    /// Major type 7: `false`, `true`, `null`, or a 64-bit float that is a finite number.
    private func simple(_ info: UInt8, _ pos: inout Int, start: Int, end: Int) throws(CBORError) -> CBORValue {
        switch info {
        case 20: return .bool(false)
        case 21: return .bool(true)
        case 22: return .null
        case 27:
            guard end - pos >= 8 else { throw truncated(start, "an 8-byte float") }
            var v: UInt64 = 0
            for i in 0 ..< 8 { v = v << 8 | UInt64(bytes[pos + i]) }
            pos += 8
            let d = Double(bitPattern: v)
            guard d.isFinite else {
                throw CBORError(offset: start, expected: "a finite float (DAG-CBOR forbids NaN and infinities)", reason: "cbor-float")
            }
            return .float(d)
        case 25, 26:
            throw CBORError(offset: start, expected: "a 64-bit float (DAG-CBOR forbids 16- and 32-bit floats)", reason: "cbor-float")
        case 31:
            throw CBORError(offset: start, expected: "a definite length (DAG-CBOR forbids indefinite lengths and break)",
                            reason: "cbor-indefinite")
        default:
            throw CBORError(offset: start, expected: "false, true, null or a float (no other simple values in DAG-CBOR)",
                            reason: "cbor-simple")
        }
    }

    private func truncated(_ offset: Int, _ what: String) -> CBORError {
        CBORError(offset: offset, expected: "\(what) (the input ends early)", reason: "cbor-truncated")
    }

    private func tooDeep(_ offset: Int) -> CBORError {
        CBORError(offset: offset, expected: "nesting at most \(DagCBORDecoder.maxDepth) levels deep", reason: "cbor-too-deep")
    }

    /// DAG-CBOR key order: shorter keys first, equal lengths bytewise. Equal keys are not "before".
    @inline(__always)
    static func canonicallyBefore(_ a: Range<Int>, _ b: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.count != b.count { return a.count < b.count }
        for i in 0 ..< a.count {
            let x = bytes[a.lowerBound + i], y = bytes[b.lowerBound + i]
            if x != y { return x < y }
        }
        return false
    }

    /// Whether `p` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let c = p[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
            if c >= 0xC2, c <= 0xDF {
                guard cont(1) else { return false }
                i += 2
            } else if c >= 0xE0, c <= 0xEF {
                guard cont(1), cont(2) else { return false }
                let c1 = p[i + 1]
                if c == 0xE0, c1 < 0xA0 { return false } // overlong
                if c == 0xED, c1 >= 0xA0 { return false } // surrogate
                i += 3
            } else if c >= 0xF0, c <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = p[i + 1]
                if c == 0xF0, c1 < 0x90 { return false } // overlong
                if c == 0xF4, c1 >= 0x90 { return false } // above U+10FFFF
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    // MARK: Reading decoded values

    /// The value of `key` in a map, or nil when `value` is not a map or lacks the key.
    func field(_ value: CBORValue, _ key: StaticString) -> CBORValue? {
        guard case let .map(entries) = value else { return nil }
        let k = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        for e in entries where e.key.count == k.count {
            if memcmpEqual(UnsafeBufferPointer(rebasing: bytes[e.key]), k) { return e.value }
        }
        return nil
    }

    /// A text value as a `String` (nil for any other type).
    func string(_ value: CBORValue?) -> String? {
        guard case let .text(r)? = value else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    /// A text value's bytes (nil for any other type).
    func text(_ value: CBORValue?) -> UnsafeBufferPointer<UInt8>? {
        guard case let .text(r)? = value else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[r])
    }

    /// Whether `value` is the text `expected`.
    func textEquals(_ value: CBORValue?, _ expected: StaticString) -> Bool {
        guard let t = text(value) else { return false }
        return memcmpEqual(t, UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount))
    }

    /// An integer value that fits `Int`, or nil.
    func int(_ value: CBORValue?) -> Int? {
        switch value {
        case let .unsigned(n)?: return n <= UInt64(Int.max) ? Int(n) : nil
        case let .negative(n)?: return n < UInt64(Int.max) ? -1 - Int(n) : nil
        default: return nil
        }
    }
}
