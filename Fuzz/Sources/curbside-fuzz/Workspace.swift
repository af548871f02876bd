import CurbsideImport
import Foundation
import ZIPFoundation

/// The per-process folder where an input becomes files: `$CURBSIDE_FUZZ_TMP` (run.sh makes
/// one per run), else /dev/shm or the temporary directory. Emptied before every input.
final class Workspace {
    let root: String
    private let fm = FileManager.default

    init() {
        let env = ProcessInfo.processInfo.environment
        let base = env["CURBSIDE_FUZZ_TMP"]
            ?? (FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        root = (base as NSString).appendingPathComponent("curbside-fuzz-\(getpid())")
    }

    /// An empty folder for the next input.
    func reset() -> String {
        try? fm.removeItem(atPath: root)
        do {
            try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            FuzzTarget.reportFailure("cannot create the workspace \(root): \(error)", harness: true)
        }
        return root
    }

    func remove() { try? fm.removeItem(atPath: root) }

    /// Writes `bytes` at `relative` (folders created), returning the absolute path.
    @discardableResult
    func write(_ bytes: ArraySlice<UInt8>, _ relative: String) -> String {
        let path = (root as NSString).appendingPathComponent(relative)
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            FuzzTarget.reportFailure("cannot write \(path): \(error)", harness: true)
        }
        return path
    }

    /// Writes a deflated zip at `relative` holding `entries` (path inside the zip, bytes).
    @discardableResult
    func zip(_ entries: [(String, ArraySlice<UInt8>)], _ relative: String) -> String {
        let path = (root as NSString).appendingPathComponent(relative)
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
            format == .mastodon || byPrefix[prefix]!.keys.contains(where: isXArchiveMarker)
        }
        guard let chosen, let files = byPrefix[chosen] else { return [] }
        let read = Set(FuzzTarget.xArchiveFiles + FuzzTarget.mastodonZipFiles)
        return files.filter { read.contains($0.key) }.map(\.value)
    }

    /// ArchiveMarkers.isMarker: the files that make a `data/` folder an X archive's.
    private static func isXArchiveMarker(_ file: String) -> Bool {
        let f = file.lowercased()
        if ["manifest.js", "follower.js", "following.js", "account.js"].contains(f) { return true }
        return f.hasPrefix("tweet") && f.hasSuffix(".js") && !f.hasPrefix("tweetdeck")
    }
}
