#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams a file through a parser in large byte chunks, carrying incomplete records over.
///
/// The parser is called with the bytes read so far that it has not consumed yet, and a flag
/// saying whether the file has ended. It returns how many leading bytes it consumed (whole
/// records); the rest is moved to the front of the buffer and the next read appends to it.
/// When a parser consumes nothing (one record longer than the buffer), the buffer grows.
/// On the final call the parser must consume everything.
///
/// **Compressed files.** A file starting with the gzip magic bytes is decompressed on the
/// fly (``GzipStream``), whatever its name, so every reader built on `scan` reads `.gz` files.
///
/// **Other encodings.** Inside ``withEncoding(_:_:)`` the (decompressed) bytes are converted
/// to UTF-8 from the named encoding with iconv (``IconvStream``) on the way to the parser.
///
/// **Views.** Inside ``withView(_:_:)`` a scan can turn a file's first line into a `#` comment
/// (a header a reader would otherwise take for data, keeping line numbers intact) or drop a
/// last line that has no line terminator (a file cut short), and reports what it saw in the
/// ``View``, without the reader knowing.
enum ByteChunks {
    /// How a scan presents one file to its parser, and what it saw. Set with ``withView(_:_:)``.
    final class View: @unchecked Sendable {
        /// The file (absolute path) this view applies to; other files scan unchanged.
        let path: String
        /// Present the first byte of the content as `#`, making the first line a comment for
        /// readers that skip `#` lines.
        var commentOutFirstByte = false
        /// Drop a final line that lacks `\n` (and count it in ``droppedTailBytes``).
        var dropUnterminatedLastLine = false
        /// Observed: whether the content (after decompression) ends without a line terminator.
        private(set) var endsUnterminated = false
        /// Observed: bytes of the unterminated last line that were dropped.
        private(set) var droppedTailBytes = 0
        /// Observed: content bytes (after decompression) the scan read.
        private(set) var contentBytes = 0

        init(path: String) { self.path = path }

        fileprivate func observe(total: Int, endsUnterminated: Bool, dropped: Int) {
            contentBytes = total
            self.endsUnterminated = endsUnterminated
            droppedTailBytes = dropped
        }
    }

    @TaskLocal static var view: View?

    /// The encoding scans convert from (``withEncoding(_:_:)``); nil: the bytes as they are.
    @TaskLocal static var encoding: String?

    /// Runs `body` with every scan converting from `encoding` to UTF-8 (nil: no conversion).
    static func withEncoding<T>(_ encoding: String?, _ body: () throws -> T) rethrows -> T {
        try $encoding.withValue(encoding, operation: body)
    }

    /// Runs `body` with `view` applied to every scan of `view.path`.
    static func withView<T>(_ view: View, _ body: () throws -> T) rethrows -> T {
        try $view.withValue(view, operation: body)
    }

    /// Default chunk: 4 MiB, big enough that the per-chunk overhead vanishes, small enough
    /// to stay in memory comfortably on any machine.
    static let defaultChunk = 4 << 20

    /// The longest record (line) a scan will hold: 256 MiB. A longer one is an error naming
    /// its byte offset, never an unbounded buffer.
    static let defaultMaxRecord = 256 << 20

    static func scan(
        path: String, chunkSize: Int = defaultChunk, maxRecord: Int = defaultMaxRecord,
        _ parse: (UnsafeBufferPointer<UInt8>, _ isFinal: Bool) throws -> Int
    ) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
        defer { close(fd) }
        let gzip = GzipStream.isGzip(fd: fd) ? try GzipStream(fd: fd, path: path) : nil
        let iconv = try ByteChunks.encoding.map { try IconvStream(from: $0, path: path) }
        // With iconv, a buffer with less room than one character counts as full.
        let slack = iconv == nil ? 0 : IconvStream.minimumRoom
        let view = ByteChunks.view.flatMap { $0.path == path ? $0 : nil }
        var maskFirst = view?.commentOutFirstByte ?? false
        var total = 0
        var lastByte: UInt8 = 10
        var capacity = max(chunkSize, 64)
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var atEnd = false
        while !atEnd {
            if filled > capacity - max(slack, 1) {
                // The parser consumed nothing from a full buffer: one record fills it.
                guard capacity < maxRecord else {
                    throw ImportError(file: path, location: "byte \(total - filled)",
                                      expected: "a record (line) of at most \(maxRecord >> 20) MB", reason: "record-too-long")
                }
                let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                bigger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let n: Int
            if let iconv {
                n = try iconv.read(into: buffer + filled, count: capacity - filled) { p, count in
                    if let gzip { return try gzip.read(into: p, count: count) }
                    while true {
                        let r = read(fd, p, count)
                        if r >= 0 { return r }
                        if errno != EINTR {
                            throw ImportError(file: path, location: "byte \(total)", expected: "a readable file", reason: "unreadable")
                        }
                    }
                }
            } else if let gzip {
                n = try gzip.read(into: buffer + filled, count: capacity - filled)
            } else {
                n = read(fd, buffer + filled, capacity - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError(file: path, location: "byte \(total)", expected: "a readable file", reason: "unreadable")
            }
            if n == 0 { atEnd = true } else {
                total += n
                lastByte = buffer.load(fromByteOffset: filled + n - 1, as: UInt8.self)
                if maskFirst {
                    buffer.storeBytes(of: UInt8(ascii: "#"), toByteOffset: filled, as: UInt8.self)
                    maskFirst = false
                }
                filled += n
            }
            if !atEnd, filled <= capacity - max(slack, 1) { continue }
            var bytes = UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: filled)
            var droppedTail = 0
            if atEnd, let view {
                let unterminated = total > 0 && lastByte != 10 && lastByte != 13
                if unterminated, view.dropUnterminatedLastLine {
                    var keep = filled
                    while keep > 0, bytes[keep - 1] != 10, bytes[keep - 1] != 13 { keep -= 1 }
                    droppedTail = filled - keep
                    bytes = UnsafeBufferPointer(rebasing: bytes[0 ..< keep])
                }
                view.observe(total: total, endsUnterminated: unterminated, dropped: droppedTail)
            }
            let consumed = min(max(try parse(bytes, atEnd), 0), bytes.count) + (atEnd ? droppedTail : 0)
            if consumed > 0 {
                let rest = filled - consumed
                if rest > 0 { memmove(buffer, buffer + consumed, rest) }
                filled = rest
            }
        }
    }

    /// Streams the lines of a file: `body` gets each line's bytes (without its terminator)
    /// and its 1-based number. Lines end at LF, CRLF, CR or `\r\r\n`; numbering counts LF,
    /// plus a CR that is not followed by CR or LF (old Mac files), so a CRLF file and its LF
    /// twin agree. The empty segments between the parts of a CRLF are passed too (empty
    /// buffers): callers skip blank lines. The last line may lack a terminator.
    @inline(__always)
    static func lines(path: String, _ body: (_ line: UnsafeBufferPointer<UInt8>, _ number: Int) throws -> Void) throws {
        var number = 1
        try scan(path: path) { b, isFinal in
            var end = b.count
            if !isFinal {
                // Only whole lines: stop after the last LF.
                while end > 0, b[end - 1] != 10 { end -= 1 }
                if end == 0 { return 0 }
            }
            var i = 0
            while i < end {
                var j = i
                while j < end, b[j] != 10, b[j] != 13 { j += 1 }
                try body(UnsafeBufferPointer(rebasing: b[i ..< j]), number)
                if j < end, b[j] == 10 || j + 1 >= end || (b[j + 1] != 10 && b[j + 1] != 13) { number += 1 }
                i = j + 1
            }
            return end
        }
    }

    /// The first `limit` content bytes of a file (decompressed when it is gzip), for format detection.
    static func prefix(path: String, limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        do {
            try scan(path: path, chunkSize: max(limit, 64)) { bytes, _ in
                out.append(contentsOf: bytes.prefix(limit - out.count))
                if out.count >= limit { throw PrefixFull() }
                return bytes.count
            }
        } catch is PrefixFull {}
        return out
    }

    private struct PrefixFull: Error {}

    /// Reads a whole small file (node lists, layer lists) as bytes.
    static func readAll(path: String) throws -> [UInt8] {
        var out: [UInt8] = []
        try scan(path: path, chunkSize: 1 << 16) { bytes, isFinal in
            if isFinal { out.append(contentsOf: bytes) }
            return isFinal ? bytes.count : 0
        }
        return out
    }
}
