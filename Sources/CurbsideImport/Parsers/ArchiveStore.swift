import Foundation

/// The `data/` files of an X archive, from an unpacked folder or straight from the zip.
///
/// Names are always `data/<file>` whatever the layout on disk: the folder given may be the
/// archive root (holding `data/`) or `data/` itself; in a zip, `data/` may sit at the root
/// or under one top folder (the way re-zipped archives usually look).
protocol ArchiveStore {
    /// Files directly inside `data/`, as `data/<file>`, sorted.
    var names: [String] { get }
    /// The bytes of `name` (`data/<file>`), or nil when absent.
    func contents(of name: String) throws -> Data?
}

/// Files that mark a folder or zip as an X archive's `data/`: detection picks the `data/`
/// folder (or, in a zip, the top folder's) that holds one. Public for checkers that must
/// choose the same folder as the importer (the fuzz harness's zip oracle).
public enum ArchiveMarkers {
    /// Whether `file`, a name inside `data/` (any case), marks an X archive.
    public static func isMarker(_ file: String) -> Bool {
        let f = file.lowercased()
        if f == "manifest.js" || f == "follower.js" || f == "following.js" || f == "account.js" { return true }
        return f.hasPrefix("tweet") && f.hasSuffix(".js") && !f.hasPrefix("tweetdeck")
    }
}

/// An unpacked archive.
struct FolderStore: ArchiveStore {
    let dataDirectory: URL
    let names: [String]

    /// The store for `path` (the archive root or its `data/`), or nil when neither holds marker files.
    init?(path: String) {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        for candidate in [url.appendingPathComponent("data"), url] {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue,
                  let entries = try? fm.contentsOfDirectory(atPath: candidate.path)
            else { continue }
            let files = entries.filter { name in
                var d: ObjCBool = false
                return fm.fileExists(atPath: candidate.appendingPathComponent(name).path, isDirectory: &d) && !d.boolValue
            }
            if files.contains(where: ArchiveMarkers.isMarker) {
                dataDirectory = candidate
                names = files.map { "data/\($0)" }.sorted()
                return
            }
        }
        return nil
    }

    func contents(of name: String) throws -> Data? {
        guard names.contains(name) else { return nil }
        let file = dataDirectory.appendingPathComponent(String(name.dropFirst("data/".count)))
        return try Data(contentsOf: file)
    }

    /// Absolute paths of the files, for fingerprinting.
    var filePaths: [String] {
        names.map { dataDirectory.appendingPathComponent(String($0.dropFirst("data/".count))).path }
    }
}

/// A zip file read in place, safely: entries whose paths would escape the archive (`..`,
/// absolute paths, backslashes) are never listed, and zip bombs are refused: an entry may
/// expand at most ``maxRatio`` times its compressed size (past the first MiB), and all
/// entries read from one archive together at most ``maxTotalBytes``, whatever their headers claim.
///
/// Damage is never read as data: an entry's bytes must inflate cleanly to the size the
/// central directory gives and match its CRC-32 (see ``ZipFile``). A damaged entry is an
/// ``ImportError`` naming the archive and the entry, in lenient mode too: a damaged
/// container is not a bad record.
final class SafeZip {
    static let maxRatio = 200
    static let maxTotalBytes = 8 << 30
    private var extractedTotal = 0
    private let zip: ZipFile
    /// The archive's path, as errors name it.
    let path: String
    /// The entries other than directories whose paths stay inside the archive, as path
    /// components. Symbolic links and other special entries are listed (a reader that wants
    /// one by its name gets an error from ``extract(_:as:)``, not a silent gap in the data).
    let files: [(parts: [String], entry: ZipFile.Entry)]

    /// Nil when `path` is not a readable zip.
    init?(path: String) {
        guard let zip = ZipFile(path: path) else { return nil }
        var files: [([String], ZipFile.Entry)] = []
        for entry in zip.entries where !entry.isDirectory {
            let parts = entry.path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard !entry.path.hasPrefix("/"), !entry.path.contains("\\"), !parts.contains("..") else { continue }
            files.append((parts, entry))
        }
        self.path = path
        self.zip = zip
        self.files = files
    }

    /// The entry's bytes, checked against its size and CRC-32.
    ///
    /// - Throws: ``ImportError`` with file the archive and location `<entry path>: zip entry`:
    ///   reason `zip-too-large` past the limits, `zip-checksum` for a CRC-32 mismatch,
    ///   `bad-zip` for other damage (invalid deflate data, a wrong length, data past the file's
    ///   end, an entry that is a symbolic link or another special file rather than a regular file).
    func extract<Bytes: RangeReplaceableCollection<UInt8>>(_ entry: ZipFile.Entry, as _: Bytes.Type = Bytes.self) throws -> Bytes {
        var data = Bytes()
        // The header's size is only a hint (and may lie): cap the reservation.
        data.reserveCapacity(Int(clamping: min(entry.uncompressedSize, 64 << 20)))
        let ratioLimit = max(1 << 20, Int(clamping: entry.compressedSize).multipliedReportingOverflow(by: Self.maxRatio).partialValue)
        var total = extractedTotal
        let location = "\(entry.path): zip entry"
        guard entry.isFile else {
            // A link is a path, not the file's data; an unknown type is most likely damage.
            throw ImportError(file: path, location: location, expected: "a regular file (the entry is a symbolic link or special file)",
                              reason: "bad-zip")
        }
        do {
            try zip.read(entry) { chunk in
                total += chunk.count
                if data.count + chunk.count > ratioLimit || total > Self.maxTotalBytes {
                    throw ImportError(file: path, location: location,
                                      expected: "at most \(Self.maxRatio)× its compressed size and \(Self.maxTotalBytes >> 30) GB per archive (a zip bomb?)",
                                      reason: "zip-too-large")
                }
                data.append(contentsOf: chunk)
            }
        } catch let damage as ZipFile.DataError {
            throw ImportError(file: path, location: location, expected: damage.expected, reason: damage.reason)
        }
        extractedTotal = total
        return data
    }

    /// The files named `wanted` (lowercase) at the zip's root or directly inside one top
    /// folder, keyed by their lowercase name; the root wins, then the first top folder (in
    /// sorted order) holding any of them. Nil when there are none.
    func files(named wanted: Set<String>) -> [String: ZipFile.Entry]? {
        var byPrefix: [String: [String: ZipFile.Entry]] = [:]
        for (parts, entry) in files where parts.count == 1 || parts.count == 2 {
            let name = parts[parts.count - 1].lowercased()
            guard wanted.contains(name) else { continue }
            byPrefix[parts.count == 2 ? parts[0] : "", default: [:]][name] = entry
        }
        guard let prefix = byPrefix.keys.sorted().first else { return nil }
        return byPrefix[prefix]
    }
}

/// A zipped X archive, read in place through ``SafeZip``.
final class ZipStore: ArchiveStore {
    static var maxRatio: Int { SafeZip.maxRatio }
    static var maxTotalBytes: Int { SafeZip.maxTotalBytes }
    private let zip: SafeZip
    private let entries: [String: ZipFile.Entry]
    let names: [String]

    /// The store for the zip at `path`, or nil when it is not a zip or holds no `data/` marker files.
    init?(path: String) {
        guard let zip = SafeZip(path: path) else { return nil }
        var byPrefix: [String: [String: ZipFile.Entry]] = [:]
        for (parts, entry) in zip.files {
            // data/<file> or <top>/data/<file>
            guard parts.count == 2 || parts.count == 3, parts[parts.count - 2] == "data",
                  let file = parts.last, !file.isEmpty
            else { continue }
            let prefix = parts.count == 3 ? parts[0] : ""
            byPrefix[prefix, default: [:]]["data/\(file)"] = entry
        }
        guard let chosen = byPrefix.keys.sorted().first(where: { prefix in
            byPrefix[prefix]?.keys.contains { ArchiveMarkers.isMarker(String($0.dropFirst(5))) } ?? false
        }), let found = byPrefix[chosen] else { return nil }
        self.zip = zip
        self.entries = found
        self.names = found.keys.sorted()
    }

    func contents(of name: String) throws -> Data? {
        guard let entry = entries[name] else { return nil }
        return try zip.extract(entry, as: Data.self)
    }
}

/// The JSON files of a Mastodon account archive as Mastodon zips them (`actor.json`,
/// `outbox.json`, `likes.json` at the root, or under one top folder), read through ``SafeZip``.
final class MastodonZip {
    private let zip: SafeZip
    private let entries: [String: ZipFile.Entry]
    /// The archive files present, lowercase (`actor.json`, …), sorted.
    let names: [String]

    /// Nil when `path` is not a zip or holds neither `actor.json` nor `outbox.json`.
    init?(path: String, wanted: [String]) {
        guard let zip = SafeZip(path: path), let found = zip.files(named: Set(wanted)),
              found["actor.json"] != nil || found["outbox.json"] != nil
        else { return nil }
        self.zip = zip
        self.entries = found
        self.names = found.keys.sorted()
    }

    func contents(of name: String) throws -> [UInt8] {
        guard let entry = entries[name] else {
            throw ImportError(file: name, location: "zip", expected: "the file in the archive", reason: "not-found")
        }
        return try zip.extract(entry, as: [UInt8].self)
    }
}
