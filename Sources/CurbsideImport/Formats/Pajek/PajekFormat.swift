extension ImportFormat {
    /// A Pajek network file, `.net` (``PajekReader``).
    public static let pajek = ImportFormat("pajek")
}

/// A file whose first content line is a Pajek section (`*Vertices N`, any case), or a `.net`/
/// `.paj` file opening with `*Network`, `*Arcs` or `*Edges`. Before SNAP, which would take
/// `*Vertices 9` for a two-column edge.
struct PajekFormat: FormatReader {
    var format: ImportFormat { .pajek }
    var summary: String { ".net with *Vertices and *Arcs/*Edges" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard let line = probe.firstLine?.lowercased() else { return false }
        if line.hasPrefix("*vertices") { return true }
        guard probe.innerExtension == "net" || probe.innerExtension == "paj" else { return false }
        return ["*network", "*arcs", "*edges"].contains { line.hasPrefix($0) }
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let file = Importer.absolute(source.path)
        var reader = PajekReader(file: file, displayName: Importer.displayName(file, in: source.path), options: options,
                                 context: context, sink: sink)
        try reader.run()
    }
}
