/// Small helpers shared by the byte-level readers (CSV, SNAP, multiplex).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The offset of the first NUL byte in `b` (memchr: vectorised), or nil.
@inline(__always)
func firstNul(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = b.baseAddress, let hit = memchr(base, 0, b.count) else { return nil }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
}

/// Turns repeated byte strings (edge kinds, platform labels) into one shared `String`
/// each, so a 4 M-row file allocates a handful of kind strings, not 4 M.
struct Interner {
    private var entries: [([UInt8], String)] = []
    private var map: [[UInt8]: String] = [:]

    /// The string for `bytes`, transformed by `make` on first sight. `nil` when `make` rejects it.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ make: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        // Few distinct values in practice: a linear scan beats hashing.
        for (key, value) in entries where key.count == bytes.count {
            if key.withUnsafeBufferPointer({ memcmpEqual($0, bytes) }) { return value }
        }
        let key = Array(bytes)
        if let value = map[key] { return value }
        guard let value = make(bytes) else { return nil }
        if entries.count < 32 { entries.append((key, value)) } else { map[key] = value }
        return value
    }
}

@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    var i = 0
    while i < a.count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}

/// Counts distinct node ids cheaply: canonical decimal ids (no sign, no leading zero) below
/// 2^26 set a bit in a bitmap (8 MiB at most, grown on demand: SNAP ids are small dense
/// integers), larger ones go into an integer set, anything else into a string set.
struct NodeCounter {
    private static let bitmapLimit: Int64 = 1 << 26
    private var bits: [UInt64] = []
    private var bitCount = 0
    private var numeric = Set<Int64>()
    private var other = Set<String>()

    var count: Int { bitCount + numeric.count + other.count }

    /// Counts `bytes` as an id: parsed once; a `String` is made only for a non-numeric id.
    @inline(__always)
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let v = canonicalInteger(bytes) else {
            other.insert(String(decoding: bytes, as: UTF8.self))
            return
        }
        guard v < NodeCounter.bitmapLimit else {
            numeric.insert(v)
            return
        }
        let word = Int(v >> 6)
        if word >= bits.count {
            bits.append(contentsOf: repeatElement(0, count: max(word + 1 - bits.count, bits.count)))
        }
        let mask = UInt64(1) << UInt64(v & 63)
        if bits[word] & mask == 0 {
            bits[word] |= mask
            bitCount += 1
        }
    }
}

/// The value of a canonical non-negative decimal (`0`, `17`, not `017`, `+1`, `1.0`), or nil.
@inline(__always)
func canonicalInteger(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
    let n = b.count
    guard n > 0, n <= 18 else { return nil }
    if n > 1, b[0] == 48 { return nil }
    var v: Int64 = 0
    for i in 0 ..< n {
        let c = b[i]
        guard c >= 48, c <= 57 else { return nil }
        v = v &* 10 &+ Int64(c &- 48)
    }
    return v
}

/// A string from bytes that must be valid UTF-8, or nil.
@inline(__always)
func utf8String(_ b: UnsafeBufferPointer<UInt8>) -> String? {
    var ascii = true
    for c in b where c >= 0x80 { ascii = false; break }
    if ascii { return String(decoding: b, as: UTF8.self) }
    return String(validating: b, as: UTF8.self)
}

/// Parses an edge weight into a repeat count: a positive integer, or a decimal rounded to
/// the nearest integer (at least 1, e.g. Gephi's `1.0`). Nil for anything else.
func parseWeight(_ b: UnsafeBufferPointer<UInt8>) -> (count: Int, rounded: Bool)? {
    if let v = canonicalInteger(b) { return v >= 1 && v <= Int64(Int32.max) ? (Int(v), false) : nil }
    guard let text = utf8String(b), let d = Double(text.trimmingASCIIWhitespace()), d.isFinite, d > 0, d < 2e9 else {
        return nil
    }
    let r = max(1, Int(d.rounded()))
    return (r, Double(r) != d)
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\n" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" || l == "\n" { s = s.dropLast() }
        return String(s)
    }
}

/// Per-kind edge counts kept inside a fast reader (a value type, so no shared-state
/// bookkeeping per edge), handed to the ``CountingSink`` at the end.
struct KindTally {
    private var kinds: [(kind: String, count: Int)] = []
    private var last = -1

    @inline(__always)
    mutating func add(_ kind: String) {
        if last >= 0, kinds[last].kind == kind {
            kinds[last].count += 1
            return
        }
        if let i = kinds.firstIndex(where: { $0.kind == kind }) {
            kinds[i].count += 1
            last = i
        } else {
            kinds.append((kind, 1))
            last = kinds.count - 1
        }
    }

    func flush(into sink: CountingSink) {
        for (kind, n) in kinds { sink.addEdges(kind: kind, n) }
    }
}
