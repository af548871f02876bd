import Foundation
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
        let path = place(relative)
        do {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create, pathEncoding: nil)
            for (name, bytes) in entries {
                let data = Data(bytes)
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position) ..< Int(position) + size)
                }
            }
        } catch {
            FuzzTarget.reportFailure("cannot write the zip \(path): \(error)", harness: true)
        }
        return path
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
    /// Fails when a file entry named one of `names` (by its last path component: the files the
    /// X archive and Mastodon readers read) holds data whose CRC-32 differs from the one the
    /// zip records. Called only after an import of the zip succeeded.
    static func checkReadEntries(_ path: String, names: Set<String>) {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else { return }
        for entry in archive where entry.type == .file && names.contains((entry.path as NSString).lastPathComponent) {
            guard let crc = try? archive.extract(entry, skipCRC32: false, consumer: { _ in }) else { continue }
            if crc != entry.checksum {
                fail("the import succeeded but the zip entry \(entry.path) fails its CRC-32 (damage imported as data)")
            }
        }
    }
}
