import CurbsideImport
import Foundation
import CZlibSystem
#if canImport(Glibc)
import Glibc
#endif
import ZIPFoundation

/// The per-process folder where an input becomes files: `$CURBSIDE_FUZZ_TMP` (run.sh makes
/// one per run), else /dev/shm or the temporary directory. Emptied before every input.
///
/// Plain POSIX calls, not FileManager: the folder is kept and only what the last input
/// wrote is unlinked (files, then the folders made for them), which took a tenth of every
/// execution when the whole tree was removed and recreated through Foundation.
final class Workspace {
    let root: String
    /// What the current input wrote: files, and the folders made for them (parents first).
    private var files: [String] = []
    private var folders: [String] = []

    init() {
        let env = ProcessInfo.processInfo.environment
        let base = env["CURBSIDE_FUZZ_TMP"]
            ?? (FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        root = (base as NSString).appendingPathComponent("curbside-fuzz-\(getpid())")
        try? FileManager.default.removeItem(atPath: root)
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            FuzzTarget.reportFailure("cannot create the workspace \(root): \(error)", harness: true)
        }
    }

    /// Removes what the last input wrote: the folder is empty again for the next one.
    func reset() {
        for file in files { unlink(file) }
        for folder in folders.reversed() { rmdir(folder) }
        files.removeAll(keepingCapacity: true)
        folders.removeAll(keepingCapacity: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// The absolute path of `relative`, its folders made (and remembered for ``reset()``).
    private func place(_ relative: String) -> String {
        var path = root
        let components = relative.split(separator: "/")
        for component in components.dropLast() {
            path += "/" + component
            if mkdir(path, 0o755) == 0 {
                folders.append(path)
            } else if errno != EEXIST {
                FuzzTarget.reportFailure("cannot create \(path): errno \(errno)", harness: true)
            }
        }
        path += "/" + (components.last ?? "")
        files.append(path)
        return path
    }

    /// Writes `bytes` at `relative` (folders created), returning the absolute path.
    @discardableResult
    func write(_ bytes: ArraySlice<UInt8>, _ relative: String) -> String {
        let path = place(relative)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { FuzzTarget.reportFailure("cannot write \(path): errno \(errno)", harness: true) }
        defer { close(fd) }
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { FuzzTarget.reportFailure("cannot write \(path): errno \(errno)", harness: true) }
                done += n
            }
        }
        return path
    }

    /// Writes a deflated zip at `relative` holding `entries` (path inside the zip, bytes).
    @discardableResult
    func zip(_ entries: [(String, ArraySlice<UInt8>)], _ relative: String) -> String {
        write(zipWriter.archive(entries)[...], relative)
    }

    private let zipWriter = ZipWriter()
}

/// Writes the zips of the `*-zip` targets as ZIPFoundation's `Archive.addEntry(… .deflate)`
/// did (UTF-8 names, deflate, a central directory and its end record, no ZIP64), but in
/// memory with one reused zlib stream and a fixed date: ZIPFoundation rewrote the central
/// directory per entry and set up deflate per entry, 37% of an x-archive-zip execution.
final class ZipWriter {
    private var stream = z_stream()
    private var out: [UInt8] = []
    private var central: [UInt8] = []
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    init() {
        let status = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        if status != Z_OK { FuzzTarget.reportFailure("deflateInit2 failed: \(status)", harness: true) }
    }

    deinit { deflateEnd(&stream) }

    /// The zip's bytes: `entries` (path inside the zip, content) in order, deflated.
    func archive(_ entries: [(String, ArraySlice<UInt8>)]) -> [UInt8] {
        out.removeAll(keepingCapacity: true)
        central.removeAll(keepingCapacity: true)
        let (time, date): (UInt16, UInt16) = (0, (2026 - 1980) << 9 | 1 << 5 | 1) // 2026-01-01 00:00
        for (name, content) in entries {
            let offset = out.count
            let crc = content.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
            let nameBytes = Array(name.utf8)
            // Local file header; the data follows it.
            Self.append32(&out, 0x0403_4b50)
            for v: UInt16 in [20, 2048, 8, time, date] { Self.append16(&out, v) }
            Self.append32(&out, crc)
            let sizes = out.count
            Self.append32(&out, 0) // compressed size, set below
            Self.append32(&out, UInt32(content.count))
            Self.append16(&out, UInt16(nameBytes.count)); Self.append16(&out, 0)
            out += nameBytes
            let compressed = deflate(content)
            withUnsafeBytes(of: UInt32(compressed).littleEndian) { out.replaceSubrange(sizes ..< sizes + 4, with: $0) }
            // Its central directory record.
            Self.append32(&central, 0x0201_4b50)
            for v: UInt16 in [789, 20, 2048, 8, time, date] { Self.append16(&central, v) }
            Self.append32(&central, crc); Self.append32(&central, UInt32(compressed)); Self.append32(&central, UInt32(content.count))
            for v: UInt16 in [UInt16(nameBytes.count), 0, 0, 0, 0] { Self.append16(&central, v) }
            Self.append32(&central, UInt32(0o100644) << 16)
            Self.append32(&central, UInt32(offset))
            central += nameBytes
        }
        let start = out.count
        out += central
        Self.append32(&out, 0x0605_4b50)
        for v: UInt16 in [0, 0, UInt16(entries.count), UInt16(entries.count)] { Self.append16(&out, v) }
        Self.append32(&out, UInt32(central.count)); Self.append32(&out, UInt32(start)); Self.append16(&out, 0)
        return out
    }

    /// Appends `content` deflated (raw, no zlib header) to `out`; returns the compressed size.
    private func deflate(_ content: ArraySlice<UInt8>) -> Int {
        deflateReset(&stream)
        var written = 0
        content.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            var status = Z_OK
            while status != Z_STREAM_END {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { chunk in
                    stream.next_out = chunk.baseAddress
                    stream.avail_out = UInt32(chunk.count)
                    status = CZlibSystem.deflate(&stream, Z_FINISH)
                    return chunk.count - Int(stream.avail_out)
                }
                if status != Z_OK, status != Z_STREAM_END, status != Z_BUF_ERROR {
                    FuzzTarget.reportFailure("deflate failed: \(status)", harness: true)
                }
                out += buffer[..<produced]
                written += produced
            }
        }
        return written
    }

    private static func append16(_ bytes: inout [UInt8], _ v: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: v)); bytes.append(UInt8(truncatingIfNeeded: v >> 8))
    }

    private static func append32(_ bytes: inout [UInt8], _ v: UInt32) {
        append16(&bytes, UInt16(truncatingIfNeeded: v)); append16(&bytes, UInt16(truncatingIfNeeded: v >> 16))
    }
}

/// Several files in one input: the parts between `\n--8<--\n` markers, in a fixed order.
/// Mutations that break a marker merge two files, which is fine: the reader sees odd files.
enum Parts {
    static let marker: [UInt8] = Array("\n--8<--\n".utf8)

    /// The first `count` parts of `bytes` (missing ones empty; the last part keeps any
    /// further markers).
    static func split(_ bytes: ArraySlice<UInt8>, count: Int) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var i = start
        while parts.count < count - 1, i + marker.count <= bytes.endIndex {
            if bytes[i] == marker[0], bytes[i ..< i + marker.count].elementsEqual(marker) {
                parts.append(bytes[start ..< i])
                i += marker.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(bytes[start...])
        while parts.count < count { parts.append([]) }
        return parts
    }

    /// Joins files into one input (for seeds).
    static func join(_ files: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for (n, file) in files.enumerated() {
            if n > 0 { out += marker }
            out += file
        }
        return out
    }
}

/// What the importer's zip reading must agree with.
enum ZipOracle {
    /// Fails when an entry the reader of `format` read from the zip (see ``readEntries(_:format:)``)
    /// holds data whose CRC-32 differs from the one the zip records. Called only after an
    /// import of the zip succeeded.
    static func checkReadEntries(_ path: String, format: ImportFormat) {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else { return }
        for entry in readEntries(archive, format: format) {
            guard let crc = try? archive.extract(entry, skipCRC32: false, consumer: { _ in }) else { continue }
            if crc != entry.checksum {
                fail("the import succeeded but the zip entry \(entry.path) fails its CRC-32 (damage imported as data)")
            }
        }
    }

    /// The entries the importer reads, chosen as it chooses them (ArchiveStore.swift), not
    /// every entry with a wanted name: a zip may hold the files under two top folders, and
    /// the importer reads one (the root, else the first in sorted order; for an X archive,
    /// the first holding a marker file), and of two entries with one name the last. A damaged
    /// entry the importer never read is not damage imported as data (zip crash-1dfc0f4c…:
    /// a damaged export/actor.json next to the expojt/outbox.json that was read).
    static func readEntries(_ archive: Archive, format: ImportFormat) -> [Entry] {
        var byPrefix: [String: [String: Entry]] = [:]
        for entry in archive where entry.type == .file {
            let path = entry.path(using: .utf8)
            let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard !path.hasPrefix("/"), !path.contains("\\"), !parts.contains(".."), let file = parts.last else { continue }
            switch format {
            case .mastodon where parts.count <= 2 && FuzzTarget.mastodonZipFiles.contains(file.lowercased()):
                byPrefix[parts.count == 2 ? parts[0] : "", default: [:]][file.lowercased()] = entry
            case .xArchive where (parts.count == 2 || parts.count == 3) && parts[parts.count - 2] == "data" && !file.isEmpty:
                byPrefix[parts.count == 3 ? parts[0] : "", default: [:]][file] = entry
            default: break
            }
        }
        let chosen = byPrefix.keys.sorted().first { prefix in
            format == .mastodon || byPrefix[prefix]!.keys.contains(where: ArchiveMarkers.isMarker)
        }
        guard let chosen, let files = byPrefix[chosen] else { return [] }
        let read = Set(FuzzTarget.xArchiveFiles + FuzzTarget.mastodonZipFiles)
        return files.filter { read.contains($0.key) }.map(\.value)
    }
}
