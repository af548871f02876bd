import Foundation

extension ImportFormat {
    /// A Mastodon account archive, as a folder or the `.zip` Mastodon produces (`actor.json`,
    /// `outbox.json`, `likes.json`), and/or its `following_accounts.csv` export (``MastodonReader``).
    public static let mastodon = ImportFormat("mastodon")
}

/// - a folder holding `actor.json`, `outbox.json` or `following_accounts.csv`;
/// - a `.zip` holding `actor.json`/`outbox.json` at its root or under one top folder;
/// - a file named `actor.json`, `outbox.json` or `likes.json` (its archive folder is read);
/// - a file whose header's first cell is `Account address` (Mastodon's follows export).
struct MastodonFormat: FormatReader {
    var format: ImportFormat { .mastodon }
    var summary: String { "actor.json/outbox.json folder or .zip, or following_accounts.csv" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        if probe.isDirectory {
            return !probe.lowercasedNames.isDisjoint(with: ["actor.json", "outbox.json", "following_accounts.csv"])
        }
        if probe.innerExtension == "zip" { return MastodonZip(path: probe.path, wanted: Importer.mastodonArchiveNames) != nil }
        if Importer.mastodonArchiveNames.contains(probe.innerName) { return true }
        guard let line = probe.firstLine else { return false }
        return CSVLine.cells(line).first?.lowercased() == "account address"
    }

    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        try Importer.mastodonFiles(path, isDirectory: isDirectory)
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        try MastodonReader(files: source.files, options: options, context: context, sink: sink).run()
    }
}

extension Importer {
    /// Names of the Mastodon archive files the ``MastodonReader`` reads.
    static let mastodonArchiveNames = ["actor.json", "outbox.json", "likes.json"]

    /// A Mastodon source's files: a folder's archive files and follows CSV; for an archive
    /// file given alone, its folder's archive files; for a follows CSV, the CSV and a sibling
    /// `actor.json` (which names the owner); for Mastodon's archive `.zip`, the zip itself.
    static func mastodonFiles(_ path: String, isDirectory: Bool) throws -> [String] {
        let full = absolute(path)
        if !isDirectory, innerExtension(full) == "zip" { return [full] } // Mastodon's archive zip
        let dir = isDirectory ? full : URL(fileURLWithPath: full).deletingLastPathComponent().path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
        func sibling(_ wanted: String) -> String? {
            names.first { $0.lowercased() == wanted }.map { dir + "/" + $0 }
        }
        var files: [String]
        if isDirectory {
            files = mastodonArchiveNames.compactMap(sibling)
            files += names.filter { $0.lowercased().hasPrefix("following_accounts") && innerExtension($0) == "csv" }
                .map { dir + "/" + $0 }
        } else if mastodonArchiveNames.contains(innerName(full)) {
            files = mastodonArchiveNames.compactMap(sibling)
        } else {
            files = [full] + [sibling("actor.json")].compactMap { $0 }
        }
        guard !files.isEmpty else {
            throw ImportError(file: path, location: "folder",
                              expected: "a Mastodon archive (actor.json, outbox.json, likes.json) or following_accounts.csv",
                              reason: "unknown-format")
        }
        return files.sorted()
    }

}
