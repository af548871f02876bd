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
enum ByteChunks {
    /// Default chunk: 4 MiB, big enough that the per-chunk overhead vanishes, small enough
    /// to stay in memory comfortably on any machine.
    static let defaultChunk = 4 << 20

    static func scan(
        path: String, chunkSize: Int = defaultChunk,
        _ parse: (UnsafeBufferPointer<UInt8>, _ isFinal: Bool) throws -> Int
    ) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
        defer { close(fd) }
        var capacity = max(chunkSize, 64)
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var atEnd = false
        while !atEnd {
            if filled == capacity {
                let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                bigger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let n = read(fd, buffer + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw ImportError(file: path, location: "byte \(filled)", expected: "a readable file", reason: "unreadable")
            }
            if n == 0 { atEnd = true } else { filled += n }
            if !atEnd, filled < capacity { continue }
            let bytes = UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: filled)
            let consumed = min(max(try parse(bytes, atEnd), 0), filled)
            if consumed > 0 {
                let rest = filled - consumed
                if rest > 0 { memmove(buffer, buffer + consumed, rest) }
                filled = rest
            }
        }
    }

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
