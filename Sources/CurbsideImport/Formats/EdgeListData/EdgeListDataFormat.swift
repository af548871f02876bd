extension ImportFormat {
    /// networkx's `write_edgelist` with its default `data=True`: `a b {'weight': 3.0}` (``EdgeListDataReader``).
    public static let edgelistData = ImportFormat("edgelist-data")
}

/// A text file whose first content line is two whitespace-separated ids and a `{…}` dict
/// (networkx `write_edgelist(G, path)`). Before SNAP, which would take the dict's words for
/// columns. `a b 3.0` (`data=['weight']`, `write_weighted_edgelist`, igraph's `ncol`) is SNAP's.
struct EdgeListDataFormat: FormatReader {
    var format: ImportFormat { .edgelistData }
    var summary: String { "a b {'weight': 3.0} lines, networkx write_edgelist" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard let line = probe.firstLine, line.hasSuffix("}") else { return false }
        return EdgeListDataReader.split(Array(line.utf8)).map { $0.data.first == UInt8(ascii: "{") } ?? false
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let file = Importer.absolute(source.path)
        var reader = EdgeListDataReader(file: file, displayName: Importer.displayName(file, in: source.path), options: options,
                                        context: context, sink: sink)
        try reader.run()
    }
}
