extension ImportFormat {
    /// A Bluesky / AT Protocol repository export (`.car`, ``BlueskyRepoReader``).
    public static let bluesky = ImportFormat("bluesky")
}

/// A `.car` file.
struct BlueskyFormat: FormatReader {
    var format: ImportFormat { .bluesky }
    var summary: String { ".car" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        !probe.isDirectory && probe.innerExtension == "car"
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        try BlueskyRepoReader(file: Importer.absolute(source.path), context: context, sink: sink).run()
    }
}
