/// Finds where malformed JSON goes wrong, as a JSON path and a byte offset.
///
/// Foundation's parser only says *that* a file is broken. When it fails, this small
/// recursive-descent scanner re-reads the bytes, tracking the path (`$[3].tweet.created_at`),
/// and stops at the first byte that cannot continue the document: end of data inside a
/// truncated file, a missing comma or colon, a stray character. It checks structure only
/// (not number syntax or escapes in detail), which is enough to point a person at the spot.
///
/// Paths use object keys only when they are plain identifiers (≤ 40 letters, digits, `_`),
/// so no content can leak into an error message through an odd key.
enum JSONLocator {
    private struct Stop: Error {
        var offset: Int
        var path: String
    }

    /// The path and offset (relative to `bytes`) of the first structural error, or nil when none is found.
    static func locate(_ bytes: ArraySlice<UInt8>) -> (path: String, offset: Int)? {
        let b = Array(bytes)
        var i = 0
        let n = b.count

        func ws() {
            while i < n, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
        }

        /// Scans a string starting at `"`; returns its bytes when it is short enough to be a key.
        func string(_ path: String) throws -> [UInt8] {
            i += 1
            var out: [UInt8] = []
            while i < n {
                let c = b[i]
                if c == 92 { i += 2; out.append(0); continue } // escape: never an identifier
                if c == 34 { i += 1; return out }
                if c < 0x20 { throw Stop(offset: i, path: path) }
                if out.count <= 40 { out.append(c) }
                i += 1
            }
            throw Stop(offset: n, path: path)
        }

        func keyPath(_ path: String, _ key: [UInt8]) -> String {
            let plain = !key.isEmpty && key.count <= 40 && key.allSatisfy {
                ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95
            }
            return plain ? path + "." + String(decoding: key, as: UTF8.self) : path + "[?]"
        }

        func value(_ path: String, _ depth: Int) throws {
            ws()
            guard i < n, depth < 256 else { throw Stop(offset: i, path: path) }
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                ws()
                if i < n, b[i] == UInt8(ascii: "}") { i += 1; return }
                while true {
                    ws()
                    guard i < n, b[i] == 34 else { throw Stop(offset: i, path: path) }
                    let key = try string(path)
                    let child = keyPath(path, key)
                    ws()
                    guard i < n, b[i] == UInt8(ascii: ":") else { throw Stop(offset: i, path: child) }
                    i += 1
                    try value(child, depth + 1)
                    ws()
                    guard i < n else { throw Stop(offset: i, path: path) }
                    if b[i] == UInt8(ascii: ",") { i += 1; continue }
                    if b[i] == UInt8(ascii: "}") { i += 1; return }
                    throw Stop(offset: i, path: path)
                }
            case UInt8(ascii: "["):
                i += 1
                ws()
                if i < n, b[i] == UInt8(ascii: "]") { i += 1; return }
                var index = 0
                while true {
                    try value("\(path)[\(index)]", depth + 1)
                    ws()
                    guard i < n else { throw Stop(offset: i, path: "\(path)[\(index)]") }
                    if b[i] == UInt8(ascii: ",") { i += 1; index += 1; continue }
                    if b[i] == UInt8(ascii: "]") { i += 1; return }
                    throw Stop(offset: i, path: "\(path)[\(index)]")
                }
            case 34:
                _ = try string(path)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                for word in ["true", "false", "null"] where b[i...].starts(with: word.utf8) {
                    i += word.utf8.count
                    return
                }
                throw Stop(offset: i, path: path)
            case UInt8(ascii: "-"), 48 ... 57:
                let start = i
                while i < n, (b[i] >= 48 && b[i] <= 57) || b[i] == 45 || b[i] == 43 || b[i] == 46 || b[i] == 101 || b[i] == 69 {
                    i += 1
                }
                if i == start + 1, b[start] == 45 { throw Stop(offset: start, path: path) }
            default:
                throw Stop(offset: i, path: path)
            }
        }

        do {
            try value("$", 0)
            ws()
            if i < n { return ("$", i) }
            return nil
        } catch let stop as Stop {
            return (stop.path, stop.offset)
        } catch {
            return nil
        }
    }
}
