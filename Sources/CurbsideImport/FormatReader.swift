import Foundation

/// One input format: its name, how to recognise it, which files it reads, and the reading.
///
/// Every format lives in its own folder under `Formats/` (its reader, its conformance and its
/// ``ImportFormat`` constant) and is listed once in ``FormatRegistry/readers``. Everything
/// else is generated from that list: ``Importer`` detection and reading, ``ImportFormat/allCases``
/// (the CLI's `--format`/`--input-format` values and help) and the "none matched" error.
protocol FormatReader: Sendable {
    /// The format's name, as `--format` takes it and the `source` table records it.
    var format: ImportFormat { get }
    /// What the format looks like, in a few words (help text and the "none matched" error):
    /// `"folder or .zip with data/*.js"`.
    var summary: String { get }
    /// Whether the path behind `probe` is in this format. Called in registry order; the
    /// first reader that says yes reads the path.
    func detect(_ probe: DetectionProbe) throws -> Bool
    /// The files a source at `path` in this format is made of (absolute paths, or for a zip
    /// the zip itself): what is checked for readability and fingerprinted. Single-file
    /// formats keep the default (`path` itself; a folder is an error).
    ///
    /// - Throws: ``ImportError`` (reason `unknown-format`) when `path` cannot be this format.
    func files(_ path: String, isDirectory: Bool) throws -> [String]
    /// Reads the prepared source, records into `sink`, counts and problems into `context`.
    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws
}

extension FormatReader {
    /// A single-file format's default: `path` itself, absolute; a folder is an error.
    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        try Importer.singleFile(path, isDirectory: isDirectory, format: format)
    }
}

/// The formats ``Importer`` reads, in detection order: the first whose
/// ``FormatReader/detect(_:)`` says yes wins.
///
/// The order matters where formats overlap: an X archive or multiplex folder is recognised
/// by its layout before a folder holding any Mastodon file; the social formats sniff a file's
/// first line (`Account address`, `id,handle`, a twarc2 object) before the generic CSV
/// header test; SNAP, which takes any text of 2–4 columns, is last.
enum FormatRegistry {
    static let readers: [any FormatReader] = [
        XArchiveFormat(),
        MultiplexFormat(),
        MastodonFormat(),
        HandlesFormat(),
        Twarc2Format(),
        BlueskyFormat(),
        CSVFormat(),
        XMLGraphFormat(format: .graphml),
        XMLGraphFormat(format: .gexf),
        EdgeListDataFormat(),
        PajekFormat(),
        SnapFormat(),
    ]

    static func reader(for format: ImportFormat) -> (any FormatReader)? {
        readers.first { $0.format == format }
    }

    /// The first reader that recognises `probe`, or nil.
    static func detect(_ probe: DetectionProbe) throws -> (any FormatReader)? {
        for reader in readers where try reader.detect(probe) { return reader }
        return nil
    }

    /// `"x-archive (folder or .zip with data/*.js), multiplex (…), …"`.
    static var summaries: String {
        readers.map { "\($0.format.rawValue) (\($0.summary))" }.joined(separator: ", ")
    }
}

/// What detection may look at for one path, read once: the name, whether it is a folder,
/// and for a file its first content line.
final class DetectionProbe {
    let path: String
    let isDirectory: Bool
    /// The extension without a trailing `.gz`, lowercased (`edges.txt.gz` → `txt`).
    let innerExtension: String
    /// The file name without a trailing `.gz`, lowercased.
    let innerName: String
    /// The first line that is neither blank nor a `#`/`%` comment, from the first 64 KiB
    /// (decompressed when gzip); nil for folders, binary files and containers whose content
    /// is never sniffed (``isSniffable``).
    let firstLine: String?
    /// Whether the content of the file may be sniffed: not a folder, a zip or a bz2/xz/zst/7z file.
    let isSniffable: Bool

    /// Extensions of containers whose bytes say nothing line-wise: zips (opened by the
    /// formats that read them) and compressions other than gzip.
    static let containerExtensions: Set<String> = ["zip", "bz2", "xz", "zst", "7z"]

    init(path: String, isDirectory: Bool) throws {
        self.path = path
        self.isDirectory = isDirectory
        innerExtension = Importer.innerExtension(path)
        innerName = Importer.innerName(path)
        isSniffable = !isDirectory && !DetectionProbe.containerExtensions.contains(innerExtension)
        firstLine = isSniffable ? try DetectionProbe.firstContentLine(path) : nil
    }

    /// The folder's entries, lowercased (empty for a file).
    private(set) lazy var lowercasedNames: Set<String> =
        isDirectory ? Set(((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).map { $0.lowercased() }) : []

    private static func firstContentLine(_ path: String) throws -> String? {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ImportError(file: path, location: "file", expected: "a readable file", reason: "unreadable")
        }
        let data = try ByteChunks.prefix(path: path, limit: 1 << 16) // decompressed when gzip; a damaged gzip throws
        if data.contains(0) { return nil } // binary
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            let trimmed = String(line).trimmingASCIIWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("%") { continue }
            return trimmed.hasPrefix("\u{FEFF}") ? String(trimmed.dropFirst()) : trimmed
        }
        return nil
    }
}

extension Importer {
    /// The one file of a single-file format: `path` itself, absolute; a folder is an error
    /// saying `expected` (default "a <format> file, not a folder").
    static func singleFile(_ path: String, isDirectory: Bool, format: ImportFormat, expected: String? = nil) throws -> [String] {
        guard !isDirectory else {
            throw ImportError(file: path, location: "path", expected: expected ?? "a \(format.rawValue) file, not a folder",
                              reason: "unknown-format")
        }
        return [absolute(path)]
    }
}
