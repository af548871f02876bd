import CZlibSystem
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip file's central directory, and its entries' data checked as they are read.
///
/// Only what Curbside needs from a zip (PKWARE APPNOTE 6.3): the end-of-central-directory
/// record (and its ZIP64 form), the central directory's file headers, each entry's local
/// header (for where its data starts), and stored or deflated data. Deflated data is inflated
/// by the system zlib (raw deflate), a bounded chunk at a time; every zlib status is handled,
/// so damaged data ends in an error, never a loop. An entry's bytes are returned only when
/// their length equals the central directory's uncompressed size and their CRC-32 equals
/// the entry's checksum: a damaged archive is never read as data.
///
/// Hostile values are bounded: offsets and sizes are checked against the file's size
/// before anything is read, and the caller caps how many bytes an entry may produce.
final class ZipFile {
    /// One central-directory file header.
    struct Entry {
        /// The path inside the archive (UTF-8; names in other encodings decode lossily).
        let path: String
        /// A regular file (not a directory, a symbolic link or another special file).
        let isFile: Bool
        /// A directory (a name ending in `/`, or a directory mode or MS-DOS attribute).
        let isDirectory: Bool
        let method: UInt16
        let flags: UInt16
        let crc32: UInt32
        let compressedSize: UInt64
        let uncompressedSize: UInt64
        let localHeaderOffset: UInt64
    }

    /// An entry that is damaged or of a kind not read; ``SafeZip`` turns it into an ``ImportError``.
    struct DataError: Error {
        /// What was expected of the entry.
        var expected: String
        /// `bad-zip`, or `zip-checksum` for a CRC-32 mismatch.
        var reason: String
    }

    let path: String
    let entries: [Entry]
    private let fd: Int32
    private let size: UInt64

    /// Reads the central directory of the zip at `path`; nil when the file cannot be opened
    /// or is not a well-formed zip.
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let entries = ZipFile.centralDirectory(fd: fd, size: UInt64(info.st_size))
        else {
            close(fd)
            return nil
        }
        self.path = path
        self.fd = fd
        self.size = UInt64(info.st_size)
        self.entries = entries
    }

    deinit { close(fd) }

    // MARK: Central directory

    private static func read(fd: Int32, at offset: UInt64, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset) + off_t(done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
    private static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }

    /// The entries, or nil when the end record or a file header is missing or out of bounds.
    private static func centralDirectory(fd: Int32, size: UInt64) -> [Entry]? {
        // The end record (22 bytes + a comment of at most 65535) closes the file.
        guard size >= 22 else { return nil }
        let tailCount = Int(min(size, 22 + 0xFFFF))
        let tailStart = size - UInt64(tailCount)
        guard let tail = read(fd: fd, at: tailStart, count: tailCount) else { return nil }
        var end = tailCount - 22
        while end >= 0 {
            if u32(tail, end) == 0x0605_4B50, end + 22 + Int(u16(tail, end + 20)) <= tailCount { break }
            end -= 1
        }
        guard end >= 0 else { return nil }
        var count = UInt64(u16(tail, end + 10))
        var directorySize = UInt64(u32(tail, end + 12))
        var directoryOffset = UInt64(u32(tail, end + 16))
        // The central directory ends where the end record (or the ZIP64 end record) begins: a
        // gap or an overlap means the records disagree, and readers then disagree on the
        // entries (a fuzzed zip read differently by ZIPFoundation, unzip and Python).
        var directoryEnd = tailStart + UInt64(end)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            let locator = tailStart + UInt64(end)
            guard locator >= 20, let loc = read(fd: fd, at: locator - 20, count: 20), u32(loc, 0) == 0x0706_4B50 else {
                return nil
            }
            let at = u64(loc, 8)
            guard at <= size - 56, let rec = read(fd: fd, at: at, count: 56), u32(rec, 0) == 0x0606_4B50 else { return nil }
            count = u64(rec, 32)
            directorySize = u64(rec, 40)
            directoryOffset = u64(rec, 48)
            directoryEnd = at
        }
        // Each file header takes at least 46 bytes: a count the directory cannot hold is a lie.
        // The directory is read whole: at most 1 GiB (some ten million entries).
        guard directoryOffset <= size, directorySize <= size - directoryOffset, directorySize <= 1 << 30,
              directoryOffset + directorySize == directoryEnd, count <= directorySize / 46,
              let directory = read(fd: fd, at: directoryOffset, count: Int(directorySize))
        else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(Int(count))
        var i = 0
        for _ in 0 ..< count {
            guard i + 46 <= directory.count, u32(directory, i) == 0x0201_4B50 else { return nil }
            let nameCount = Int(u16(directory, i + 28)), extraCount = Int(u16(directory, i + 30))
            let commentCount = Int(u16(directory, i + 32))
            let next = i + 46 + nameCount + extraCount + commentCount
            guard next <= directory.count else { return nil }
            let flags = u16(directory, i + 8)
            var compressed = UInt64(u32(directory, i + 20)), uncompressed = UInt64(u32(directory, i + 24))
            var offset = UInt64(u32(directory, i + 42))
            // ZIP64 extra field (id 1): the 64-bit values of the fields set to all ones, in order.
            var e = i + 46 + nameCount
            let extraEnd = e + extraCount
            while e + 4 <= extraEnd {
                let id = u16(directory, e), length = Int(u16(directory, e + 2))
                guard e + 4 + length <= extraEnd else { break }
                if id == 1 {
                    var v = e + 4
                    func next64(_ field: inout UInt64) {
                        guard field == 0xFFFF_FFFF, v + 8 <= e + 4 + length else { return }
                        field = u64(directory, v)
                        v += 8
                    }
                    next64(&uncompressed)
                    next64(&compressed)
                    next64(&offset)
                }
                e += 4 + length
            }
            let nameBytes = directory[(i + 46) ..< (i + 46 + nameCount)]
            let path = String(decoding: nameBytes, as: UTF8.self)
            // Host system in the high byte of "version made by": Unix (3) and macOS (19) keep a
            // st_mode in the high half of the external attributes; MS-DOS bit 4 is a directory.
            let host = directory[i + 5]
            let external = u32(directory, i + 38)
            var isDirectory = path.hasSuffix("/")
            var isFile = !isDirectory
            if host == 3 || host == 19 {
                let type = (external >> 16) & 0o170000
                if type != 0 {
                    isFile = type == 0o100000
                    isDirectory = isDirectory || type == 0o040000
                }
            } else if host == 0, external & 0x10 != 0 {
                isFile = false
                isDirectory = true
            }
            entries.append(Entry(path: path, isFile: isFile, isDirectory: isDirectory, method: u16(directory, i + 10), flags: flags,
                                 crc32: u32(directory, i + 16), compressedSize: compressed,
                                 uncompressedSize: uncompressed, localHeaderOffset: offset))
            i = next
        }
        // The headers fill the directory exactly: bytes left over are headers the count hides.
        guard i == directory.count else { return nil }
        return entries
    }

    // MARK: Entry data

    /// Streams `entry`'s uncompressed bytes to `consume`, a bounded chunk at a time, and
    /// checks their length and CRC-32 against the central directory once all are read.
    ///
    /// - Throws: ``DataError`` for an encrypted entry, an unknown compression method, data
    ///   out of the file's bounds, invalid or short deflate data, a wrong length or a wrong
    ///   CRC-32; whatever `consume` throws.
    func read(_ entry: Entry, _ consume: (UnsafeRawBufferPointer) throws -> Void) throws {
        func damaged(_ expected: String, _ reason: String = "bad-zip") -> DataError {
            DataError(expected: expected, reason: reason)
        }
        // Bit 0 (encrypted), bit 6 (strong encryption), bit 13 (encrypted central directory).
        guard entry.flags & 0x2041 == 0 else { throw damaged("an unencrypted entry (this one is encrypted)") }
        guard entry.method == 0 || entry.method == 8 else {
            throw damaged("a stored or deflated entry (compression method \(entry.method) is not read)")
        }
        guard entry.localHeaderOffset <= size &- 30, size >= 30,
              let header = ZipFile.read(fd: fd, at: entry.localHeaderOffset, count: 30),
              ZipFile.u32(header, 0) == 0x0403_4B50
        else { throw damaged("a local file header where the central directory points") }
        try checkLocalHeader(header, of: entry)
        let dataStart = entry.localHeaderOffset + 30 + UInt64(ZipFile.u16(header, 26)) + UInt64(ZipFile.u16(header, 28))
        guard dataStart <= size, entry.compressedSize <= size - dataStart else {
            throw damaged("\(entry.compressedSize) bytes of entry data inside the file (the archive ends early: a cut download?)")
        }
        if entry.flags & 8 != 0 { try checkDataDescriptor(at: dataStart + entry.compressedSize, of: entry) }
        if entry.method == 0, entry.compressedSize != entry.uncompressedSize {
            throw damaged("equal stored and uncompressed sizes (\(entry.compressedSize) and \(entry.uncompressedSize))")
        }

        let chunk = 256 << 10
        let input = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { input.deallocate() }
        var position = dataStart
        var remaining = entry.compressedSize
        /// Reads the next piece of the entry's data into `input`; returns its length.
        func nextInput() throws -> Int {
            let want = Int(min(UInt64(chunk), remaining))
            var n: Int
            repeat { n = pread(fd, input, want, off_t(position)) } while n < 0 && errno == EINTR
            guard n > 0 else { throw damaged("\(remaining) more bytes of entry data (the file could not be read to its end)") }
            position += UInt64(n)
            remaining -= UInt64(n)
            return n
        }
        var crc = crc32(0, nil, 0)
        var produced: UInt64 = 0
        func deliver(_ bytes: UnsafeRawBufferPointer) throws {
            guard !bytes.isEmpty else { return }
            produced += UInt64(bytes.count)
            guard produced <= entry.uncompressedSize else {
                throw damaged("at most \(entry.uncompressedSize) bytes, as the central directory says (the entry is damaged)")
            }
            crc = crc32(crc, bytes.baseAddress!.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count))
            try consume(bytes)
        }

        if entry.method == 0 {
            while remaining > 0 {
                let n = try nextInput()
                try deliver(UnsafeRawBufferPointer(start: input, count: n))
            }
        } else {
            try inflateRaw(nextInput: nextInput, input: input, deliver: deliver, remaining: { remaining })
        }
        guard produced == entry.uncompressedSize else {
            throw damaged("\(entry.uncompressedSize) bytes, as the central directory says (\(produced) read: the entry is damaged)")
        }
        guard crc == UInt(entry.crc32) else {
            throw damaged("data matching its CRC-32 (the entry is damaged)", "zip-checksum")
        }
    }

    /// Refuses an entry whose local header (30 bytes at `header`) disagrees with its central
    /// directory header on the name, the compression method, or (unless the local header
    /// defers them to a data descriptor, flag bit 3, or to ZIP64) the CRC-32 and sizes. Such
    /// an archive is damaged: tools that trust the local header read other bytes than this
    /// reader, which trusts the central directory (a fuzzer finding, issue #11).
    private func checkLocalHeader(_ header: [UInt8], of entry: Entry) throws {
        func disagree(_ what: String) -> DataError {
            DataError(expected: "a local file header agreeing with the central directory on the \(what)", reason: "bad-zip")
        }
        let method = ZipFile.u16(header, 8)
        guard method == entry.method else {
            throw disagree("compression method (\(entry.method) in the directory, \(method) in the local header)")
        }
        let nameCount = Int(ZipFile.u16(header, 26))
        guard entry.localHeaderOffset + 30 + UInt64(nameCount) <= size,
              let name = ZipFile.read(fd: fd, at: entry.localHeaderOffset + 30, count: nameCount),
              String(decoding: name, as: UTF8.self) == entry.path
        else { throw disagree("entry name") }
        guard ZipFile.u16(header, 6) & 8 == 0 else { return }
        guard ZipFile.u32(header, 14) == entry.crc32 else { throw disagree("CRC-32") }
        for (at, central) in [(18, entry.compressedSize), (22, entry.uncompressedSize)] {
            let local = ZipFile.u32(header, at)
            guard local == 0xFFFF_FFFF || UInt64(local) == central else { throw disagree("sizes") }
        }
    }

    /// Refuses an entry whose central directory header defers its CRC-32 and sizes to a data
    /// descriptor (flag bit 3) when no data descriptor agreeing with the directory follows the
    /// data (with or without its signature, in its 32- or 64-bit form). Tools that take the
    /// checksum from the descriptor (ZIPFoundation does) would find the entry damaged where
    /// this reader, which checks the directory's CRC-32, read it: both must see one entry (zip
    /// fuzzer findings crash-068dcc69…, crash-6be24ddb…, and the CI smoke's crash-c25f7e16…).
    private func checkDataDescriptor(at position: UInt64, of entry: Entry) throws {
        let available = position <= size ? Int(min(24, size - position)) : 0
        let bytes = available >= 12 ? ZipFile.read(fd: fd, at: position, count: available) ?? [] : []
        func agrees(from o: Int) -> Bool {
            guard o + 12 <= bytes.count, ZipFile.u32(bytes, o) == entry.crc32 else { return false }
            if UInt64(ZipFile.u32(bytes, o + 4)) == entry.compressedSize, UInt64(ZipFile.u32(bytes, o + 8)) == entry.uncompressedSize {
                return true
            }
            return o + 20 <= bytes.count && ZipFile.u64(bytes, o + 4) == entry.compressedSize
                && ZipFile.u64(bytes, o + 12) == entry.uncompressedSize
        }
        let signed = bytes.count >= 4 && ZipFile.u32(bytes, 0) == 0x0807_4B50
        guard (signed && agrees(from: 4)) || agrees(from: 0) else {
            throw DataError(expected: "a data descriptor agreeing with the central directory after the entry's data "
                + "(flag bit 3 says one follows)", reason: "bad-zip")
        }
    }

    /// Inflates raw deflate data (no zlib or gzip wrapper) fed by `nextInput` until its end
    /// block. Every call to zlib consumes input or produces output, or the data is declared
    /// damaged; output is bounded by `deliver`: no input can make this loop forever.
    private func inflateRaw(nextInput: () throws -> Int, input: UnsafeMutableRawPointer,
                            deliver: (UnsafeRawBufferPointer) throws -> Void, remaining: () -> UInt64) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DataError(expected: "zlib to initialise (out of memory?)", reason: "bad-zip")
        }
        defer { inflateEnd(&stream) }
        let outputSize = 256 << 10
        let output = UnsafeMutablePointer<Bytef>.allocate(capacity: outputSize)
        defer { output.deallocate() }
        while true {
            if stream.avail_in == 0, remaining() > 0 {
                let n = try nextInput()
                stream.next_in = input.assumingMemoryBound(to: Bytef.self)
                stream.avail_in = UInt32(n)
            }
            stream.next_out = output
            stream.avail_out = UInt32(outputSize)
            let before = stream.avail_in
            let status = inflate(&stream, Z_NO_FLUSH)
            let made = outputSize - Int(stream.avail_out)
            try deliver(UnsafeRawBufferPointer(start: output, count: made))
            if status == Z_STREAM_END { return }
            let invalid = DataError(expected: "valid deflate data (the entry is damaged)", reason: "bad-zip")
            // Z_DATA_ERROR, Z_NEED_DICT, Z_MEM_ERROR, Z_STREAM_ERROR: damaged data (or no memory).
            guard status == Z_OK || status == Z_BUF_ERROR else { throw invalid }
            if made == 0, stream.avail_in == before {
                // No progress: with input and room for output, valid data never stalls; with
                // no input left, the compressed bytes ended before the end block.
                guard before == 0 else { throw invalid }
                throw DataError(expected: "the end of the deflate data within the entry's compressed size (the entry is damaged)",
                                reason: "bad-zip")
            }
        }
    }
}
