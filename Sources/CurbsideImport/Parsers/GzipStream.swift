import CZlibSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let posixRead = Glibc.read
#elseif canImport(Darwin)
private let posixRead = Darwin.read
#endif

/// Decompresses a gzip file as a stream of bytes, a bounded buffer at a time.
///
/// ``ByteChunks`` uses it for every file that starts with the gzip magic bytes `1F 8B`, so
/// each chunk reader (SNAP, CSV, multiplex, JSON Lines) reads `edges.txt.gz` as if it were
/// `edges.txt`, without a temporary file and without holding the decompressed text: memory is
/// the 256 KiB input buffer plus zlib's 32 KiB window plus the reader's own chunk.
///
/// **Multi-member files.** `cat a.gz b.gz > ab.gz` is a valid gzip file whose content is the
/// two contents in a row (RFC 1952 §2.2); the stream resets zlib at each member end and goes on.
///
/// **Damage.** A stream that stops before its end-of-member trailer (a cut download) is
/// an ``ImportError`` with reason `truncated-gzip`; corrupt data (bad header, bad checksum,
/// invalid deflate codes) is `bad-gzip`. Both name the compressed byte offset reached.
final class GzipStream {
    private let fd: Int32
    private let path: String
    private var stream = z_stream()
    private let input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 256 << 10
    private var inputEnd = false
    /// True between a member's end and the next member's first byte.
    private var betweenMembers = false
    private var finished = false
    /// Compressed bytes consumed so far.
    private(set) var compressedOffset = 0

    /// True when the first two bytes of the file are the gzip magic `1F 8B`.
    static func isGzip(fd: Int32) -> Bool {
        var magic: (UInt8, UInt8) = (0, 0)
        let n = withUnsafeMutableBytes(of: &magic) { pread(fd, $0.baseAddress, 2, 0) }
        return n == 2 && magic.0 == 0x1F && magic.1 == 0x8B
    }

    /// Takes ownership of nothing: `fd` stays the caller's to close.
    init(fd: Int32, path: String) throws {
        self.fd = fd
        self.path = path
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: GzipStream.inputSize)
        // 15 window bits + 16: gzip wrapper only (a raw zlib stream is not a .gz file).
        let status = inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            throw ImportError(file: path, location: "byte 0", expected: "zlib to initialise (out of memory?)",
                              reason: "bad-gzip")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    /// Fills `buffer` with up to `count` decompressed bytes; returns how many, 0 at the end.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        guard !finished, count > 0 else { return 0 }
        stream.next_out = buffer.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = UInt32(min(count, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0, !inputEnd {
                var n: Int
                repeat { n = posixRead(fd, input, GzipStream.inputSize) } while n < 0 && errno == EINTR
                if n < 0 {
                    throw ImportError(file: path, location: "byte \(compressedOffset)", expected: "a readable file",
                                      reason: "unreadable")
                }
                if n == 0 { inputEnd = true } else {
                    stream.next_in = input
                    stream.avail_in = UInt32(n)
                }
            }
            if stream.avail_in == 0, inputEnd {
                if betweenMembers { finished = true; break }
                throw ImportError(file: path, location: "byte \(compressedOffset) (compressed)",
                                  expected: "the rest of the gzip stream (the file ends early: a cut download?)",
                                  reason: "truncated-gzip")
            }
            if betweenMembers {
                // Another member follows (or trailing zero padding, which gzip(1) also ignores).
                if input[Int(stream.next_in - input)] == 0 {
                    compressedOffset += Int(stream.avail_in)
                    stream.avail_in = 0
                    continue
                }
                inflateReset(&stream)
                betweenMembers = false
            }
            let before = stream.avail_in
            let status = inflate(&stream, Z_NO_FLUSH)
            compressedOffset += Int(before - stream.avail_in)
            switch status {
            case Z_STREAM_END:
                betweenMembers = true
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                throw ImportError(file: path, location: "byte \(compressedOffset) (compressed)",
                                  expected: "valid gzip data (the file is corrupt or not gzip)", reason: "bad-gzip")
            }
        }
        return count - Int(stream.avail_out)
    }
}
