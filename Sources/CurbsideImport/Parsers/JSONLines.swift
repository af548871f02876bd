import Foundation

/// Streams a JSON Lines file (one JSON value per line, gzip or not) line by line, with a
/// hard cap on a line's length.
///
/// Lines are handed over as byte buffers that live only during the call. Blank lines are
/// skipped. A line longer than `maxLineBytes` is never assembled: once the buffered part of
/// a line passes the cap, the line is reported as an ``ImportError`` (reason
/// `line-too-long`: thrown in strict mode, counted in lenient mode) and the rest of it is
/// discarded as it streams past, so memory stays near `2 × maxLineBytes` whatever the input.
struct JSONLines {
    let file: String
    let displayName: String
    let maxLineBytes: Int
    let context: ImportContext

    /// Calls `body` with each non-blank line and its 1-based line number.
    func forEachLine(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var line = 1
        var skipping = false
        let cap = max(maxLineBytes, 1)
        try ByteChunks.scan(path: file) { b, isFinal in
            var i = 0
            let n = b.count
            while i < n {
                // memchr is the fastest way to the next LF in long lines.
                let rest = n - i
                guard let base = b.baseAddress,
                      let hit = memchr(base + i, 10, rest)
                else { break }
                let j = i + (UnsafeRawPointer(hit) - UnsafeRawPointer(base + i))
                if skipping {
                    skipping = false
                } else if j - i > cap {
                    try tooLong(line)
                } else {
                    try emit(UnsafeBufferPointer(rebasing: b[i ..< j]), line, body)
                }
                line += 1
                i = j + 1
            }
            // `b[i...]` is an incomplete line.
            if isFinal {
                if i < n, !skipping {
                    if n - i > cap { try tooLong(line) } else { try emit(UnsafeBufferPointer(rebasing: b[i ..< n]), line, body) }
                }
                return n
            }
            if skipping { return n }
            if n - i > cap {
                try tooLong(line)
                skipping = true
                return n
            }
            return i
        }
    }

    private func tooLong(_ line: Int) throws {
        context.result.recordsRead += 1
        try context.reject(ImportError(file: displayName, location: "line \(line)",
                                       expected: "a JSON line of at most \(maxLineBytes) bytes (raise the limit with --max-line-bytes)",
                                       reason: "line-too-long"))
    }

    @inline(__always)
    private func emit(_ l: UnsafeBufferPointer<UInt8>, _ line: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws {
        var k = 0
        while k < l.count, l[k] == 32 || l[k] == 9 || l[k] == 13 { k += 1 }
        if k == l.count { return }
        try body(l, line)
    }

    /// Parses one line as JSON onto `tape`; on failure, an error with the JSON path and byte where it breaks.
    func parse(_ l: UnsafeBufferPointer<UInt8>, line: Int, into tape: JSONTape) throws {
        do {
            try tape.parseWhole(l)
        } catch {
            let (path, offset, atEnd) = JSONTape.locate(error, in: l)
            throw ImportError(file: displayName, location: "line \(line), \(path) (byte \(offset) of the line)",
                              expected: atEnd ? "the rest of the JSON value (the line ends early)"
                                  : "well-formed JSON (\(error.expected))", reason: "bad-json")
        }
    }
}
