extension ImportFormat {
    /// An `id,handle[,platform]` CSV (or a Python list of `(name, id)` pairs) that gives bare
    /// account ids their handles (``HandlesReader``).
    public static let handles = ImportFormat("handles")
}

/// A file whose header cells are exactly `id`, `handle` and optionally `platform`, or that
/// starts with a Python list literal of pairs (`[(`).
struct HandlesFormat: FormatReader {
    var format: ImportFormat { .handles }
    var summary: String { "id,handle CSV" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard let line = probe.firstLine else { return false }
        if line.hasPrefix("[(") { return true } // a Python list literal of (name, id) pairs
        return HandlesReader.isHeader(CSVLine.cells(line).map { $0.lowercased() })
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        try HandlesReader(file: Importer.absolute(source.path), options: options, context: context, sink: sink).run()
    }
}
