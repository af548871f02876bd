/// Lists the members of a top-level JSON object as byte ranges, duplicates included.
///
/// JSON (RFC 8259 §4) says member names *should* be unique but does not forbid repeats, and
/// parsers differ on what a repeat means: Foundation keeps one (which one is unspecified),
/// Python's `json` keeps the last, others the first. Real exports do repeat keys: a Mastodon
/// `outbox.json` seen in the wild has `"orderedItems":[]` followed by a second
/// `"orderedItems":[…]`. This scanner finds every occurrence, so a reader can parse each
/// value on its own and decide (the Mastodon reader reads them all).
///
/// It checks structure only; values are parsed afterwards by `JSONSerialization`, which
/// reports malformed content. Returns nil when the bytes are not an object.
enum JSONMembers {
    struct Member {
        /// The key as UTF-8 text (escapes kept as written; the keys looked up are plain).
        var key: String
        /// The value's bytes, relative to the scanned buffer.
        var range: Range<Int>
    }

    static func topLevel(_ b: UnsafeBufferPointer<UInt8>) -> [Member]? {
        let n = b.count
        var i = 0
        func ws() { while i < n, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 } }
        /// Moves past a string starting at `"`; false when it never closes.
        func skipString() -> Bool {
            i += 1
            while i < n {
                if b[i] == 92 { i += 2; continue }
                if b[i] == 34 { i += 1; return true }
                i += 1
            }
            return false
        }
        /// Moves past one value; false at a structural error.
        func skipValue() -> Bool {
            ws()
            guard i < n else { return false }
            if b[i] == 34 { return skipString() }
            if b[i] == UInt8(ascii: "{") || b[i] == UInt8(ascii: "[") {
                var depth = 0
                while i < n {
                    switch b[i] {
                    case 34:
                        if !skipString() { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { i += 1; return true }
                    default:
                        break
                    }
                    i += 1
                }
                return false
            }
            // A number, true, false or null: up to the next delimiter.
            let start = i
            while i < n, b[i] != UInt8(ascii: ","), b[i] != UInt8(ascii: "}"), b[i] != UInt8(ascii: "]"),
                  b[i] != 32, b[i] != 9, b[i] != 10, b[i] != 13 { i += 1 }
            return i > start
        }

        if n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        ws()
        guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var members: [Member] = []
        ws()
        if i < n, b[i] == UInt8(ascii: "}") { return members }
        while true {
            ws()
            guard i < n, b[i] == 34 else { return nil }
            let keyStart = i + 1
            guard skipString() else { return nil }
            let key = String(decoding: UnsafeBufferPointer(rebasing: b[keyStart ..< i - 1]), as: UTF8.self)
            ws()
            guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            ws()
            let valueStart = i
            guard skipValue() else { return nil }
            members.append(Member(key: key, range: valueStart ..< i))
            ws()
            guard i < n else { return nil }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { return members }
            return nil
        }
    }
}
