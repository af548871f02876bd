extension ImportFormat {
    /// Twitter API v2 JSON Lines as twarc2 writes them: response pages or flattened tweets
    /// (``Twarc2Reader``).
    public static let twarc2 = ImportFormat("twarc2")
}

/// A file whose first line is a JSON object with a `__twarc`, `author_id` or `data` key, or
/// a `.jsonl`/`.ndjson` file starting with `{`.
struct Twarc2Format: FormatReader {
    var format: ImportFormat { .twarc2 }
    var summary: String { "JSON Lines of API v2 pages or tweets" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard let line = probe.firstLine, line.hasPrefix("{") else { return false }
        if line.contains("\"__twarc\"") || line.contains("\"author_id\"") || line.hasPrefix("{\"data\"") { return true }
        return ["jsonl", "ndjson"].contains(probe.innerExtension)
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        var reader = Twarc2Reader(file: Importer.absolute(source.path), options: options, context: context, sink: sink)
        try reader.run()
    }
}
