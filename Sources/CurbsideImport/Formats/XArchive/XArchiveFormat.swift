import Foundation

extension ImportFormat {
    /// An X/Twitter "Download your archive" export, zipped or unpacked (``XArchiveReader``).
    public static let xArchive = ImportFormat("x-archive")
}

/// A folder holding `data/manifest.js`, `data/tweet*.js`, `data/follower.js`, … (or that
/// `data/` folder itself), or a `.zip` holding them at its root or under one top folder.
struct XArchiveFormat: FormatReader {
    var format: ImportFormat { .xArchive }
    var summary: String { "folder or .zip with data/*.js" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        if probe.isDirectory { return FolderStore(path: probe.path) != nil }
        return probe.innerExtension == "zip" && ZipStore(path: probe.path) != nil
    }

    /// An unpacked archive's files directly inside `data/` (media folders are neither read
    /// nor hashed); a zip itself.
    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        if isDirectory {
            guard let folder = FolderStore(path: path) else { throw notAnArchive(path) }
            return folder.filePaths
        }
        guard ZipStore(path: path) != nil else { throw notAnArchive(path) }
        return [Importer.absolute(path)]
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let store: ArchiveStore
        if isDirectory {
            guard let folder = FolderStore(path: source.path) else { throw notAnArchive(source.path) }
            store = folder
        } else {
            guard let zip = ZipStore(path: source.path) else { throw notAnArchive(source.path) }
            store = zip
        }
        var reader = XArchiveReader(store: store, context: context, sink: sink)
        try reader.run()
    }

    private func notAnArchive(_ path: String) -> ImportError {
        ImportError(file: path, location: "archive",
                    expected: "an X archive: a folder or .zip holding data/manifest.js, data/tweet*.js or data/follower.js",
                    reason: "unknown-format")
    }
}
