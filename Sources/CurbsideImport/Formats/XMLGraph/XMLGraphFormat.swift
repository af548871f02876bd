extension ImportFormat {
    /// A GraphML graph: NodeXL, Gephi, yEd, igraph, NetworkX exports (``XMLGraphReader``).
    public static let graphml = ImportFormat("graphml")
    /// A GEXF 1.2/1.3 graph: Gephi exports (``XMLGraphReader``).
    public static let gexf = ImportFormat("gexf")
}

/// GraphML or GEXF: a `.graphml`/`.gexf` file, or an XML file whose root element (within its
/// first 4 KiB, UTF-16 too) is `<graphml>`/`<gexf>`.
struct XMLGraphFormat: FormatReader {
    let format: ImportFormat
    var summary: String { ".\(format.rawValue), or XML with a <\(format.rawValue)> root" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        guard probe.isSniffable else { return false }
        return probe.innerExtension == format.rawValue || Importer.xmlGraphFormat(probe.path) == format
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        try XMLGraphReader(file: Importer.absolute(source.path), format: source.format, options: options,
                           context: context, sink: sink).run()
    }
}
