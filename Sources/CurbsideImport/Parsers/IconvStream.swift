#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts a byte stream from a named text encoding to UTF-8 with the C library's
/// `iconv(3)` (glibc's gconv tables: `latin1`, `windows-1252`, `UTF-16` with its byte order
/// mark, `Shift_JIS`, … — whatever `iconv -l` lists), a bounded buffer at a time.
///
/// ``ByteChunks/scan(path:chunkSize:maxRecord:_:)`` puts it between the file (or its
/// ``GzipStream``) and the parser when ``ImportOptions/encoding`` is set for a delimited or
/// whitespace file, so every reader built on `scan` sees UTF-8 and never holds the whole file.
///
/// **Damage.** A byte sequence that is not valid in the encoding is an ``ImportError`` with
/// reason `bad-encoding` naming the line (counted in the UTF-8 output) and the byte offset in the
/// (decompressed) input; so is a sequence cut off by the end of the file.
final class IconvStream {
    private let handle: iconv_t
    private let path: String
    private let name: String
    private let input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 64 << 10
    /// The least output room a read asks for: one character of UTF-8 (4 bytes) and then some.
    static let minimumRoom = 8
    /// Unconverted input bytes at the front of ``input``.
    private var pending = 0
    private var inputEnd = false
    /// Input bytes converted so far (the offset of the next unconverted byte).
    private var consumed = 0
    /// Line feeds written so far, for the line an error names.
    private var newlines = 0

    /// Whether `iconv` knows `name` as a source encoding (converting to UTF-8).
    static func isKnown(_ name: String) -> Bool {
        let handle = iconv_open("UTF-8", name)
        guard let handle, Int(bitPattern: handle) != -1 else { return false }
        iconv_close(handle)
        return true
    }

    /// - Throws: ``ImportError`` (reason `unknown-encoding`) when iconv does not know `name`.
    init(from name: String, path: String) throws {
        guard let handle = iconv_open("UTF-8", name), Int(bitPattern: handle) != -1 else {
            throw ImportError(file: path, location: "--encoding", expected: "an encoding iconv knows (iconv -l lists them)",
                              reason: "unknown-encoding")
        }
        self.handle = handle
        self.path = path
        self.name = name
        input = UnsafeMutablePointer<UInt8>.allocate(capacity: IconvStream.inputSize)
    }

    deinit {
        iconv_close(handle)
        input.deallocate()
    }

    /// Fills `buffer` with up to `count` bytes of UTF-8 (`count` at least ``minimumRoom``), reading the
    /// source through `source` (same contract: bytes read, 0 at its end); 0 at the end.
    func read(into buffer: UnsafeMutableRawPointer, count: Int,
              from source: (UnsafeMutableRawPointer, Int) throws -> Int) throws -> Int {
        var written = 0
        while written < count {
            if !inputEnd, pending < IconvStream.inputSize {
                let n = try source(UnsafeMutableRawPointer(input + pending), IconvStream.inputSize - pending)
                if n == 0 { inputEnd = true } else { pending += n }
            }
            if pending == 0 { break }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input).assumingMemoryBound(to: CChar.self)
            var inLeft = pending
            var outPointer: UnsafeMutablePointer<CChar>? = (buffer + written).assumingMemoryBound(to: CChar.self)
            var outLeft = count - written
            let status = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
            let failure = status == -1 ? errno : 0
            let used = pending - inLeft, produced = count - written - outLeft
            countNewlines(buffer + written, produced)
            written += produced
            consumed += used
            if inLeft > 0 { memmove(input, input + used, inLeft) }
            pending = inLeft
            switch failure {
            case 0:
                continue
            case E2BIG:
                // The output is full (callers leave room for at least one character).
                return written
            case EINVAL:
                // An incomplete sequence at the end of the input read so far: read more, or it is cut off.
                if inputEnd { throw damage("a complete character in \(name) (the file ends inside one)") }
                if used == 0 && pending == IconvStream.inputSize { throw damage("a character in \(name)") }
            case EILSEQ:
                throw damage("text in \(name) (an invalid byte sequence for that encoding; is --encoding right?)")
            default:
                throw damage("text in \(name) (iconv failed: error \(failure))")
            }
        }
        return written
    }

    private func countNewlines(_ p: UnsafeMutableRawPointer, _ n: Int) {
        guard n > 0 else { return }
        let bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: n)
        for c in bytes where c == 10 { newlines += 1 }
    }

    private func damage(_ expected: String) -> ImportError {
        ImportError(file: path, location: "line \(newlines + 1) (byte \(consumed))", expected: expected, reason: "bad-encoding")
    }
}
