import Foundation

extension ImportFormat {
    /// A MuxViz-style `layer src dst weight` file with a `*_layers.txt` sibling (``MultiplexReader``).
    public static let multiplex = ImportFormat("multiplex")
}

/// An `.edges` file with a `*_layers.txt` sibling, or a folder holding exactly one `.edges`
/// file and a `*_layers.txt` file.
struct MultiplexFormat: FormatReader {
    var format: ImportFormat { .multiplex }
    var summary: String { ".edges with a _layers.txt sibling" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        if probe.isDirectory { return (try? Importer.multiplexFiles(probe.path, isDirectory: true)) != nil }
        return probe.innerExtension == "edges" && (try? Importer.multiplexFiles(probe.path, isDirectory: false))?.layers != nil
    }

    /// The `.edges` file with its `_layers.txt` and `_nodes.txt`.
    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        try Importer.multiplexFiles(path, isDirectory: isDirectory).all
    }

    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let files = try Importer.multiplexFiles(source.path, isDirectory: isDirectory)
        try MultiplexReader(files: files, options: options, context: context, sink: sink).run()
    }
}

extension Importer {
    /// A multiplex source's files: the `.edges` file and its `_layers.txt` / `_nodes.txt` siblings.
    static func multiplexFiles(_ path: String, isDirectory: Bool) throws -> MultiplexFiles {
        let full = absolute(path)
        let dir = isDirectory ? full : URL(fileURLWithPath: full).deletingLastPathComponent().path
        let names = listing(dir)
        let edgesName: String
        if isDirectory {
            let candidates = names.filter { $0.lowercased().hasSuffix(".edges") }
            guard candidates.count == 1, let only = candidates.first else {
                throw ImportError(file: path, location: "folder", expected: "exactly one .edges file", reason: "unknown-format")
            }
            edgesName = only
        } else {
            edgesName = URL(fileURLWithPath: full).lastPathComponent
        }
        var prefix = edgesName
        for suffix in ["_multiplex.edges", ".edges"] where prefix.lowercased().hasSuffix(suffix) {
            prefix = String(prefix.dropLast(suffix.count))
            break
        }
        func sibling(_ suffix: String) -> String? {
            if let exact = names.first(where: { $0 == prefix + suffix }) { return dir + "/" + exact }
            let any = names.filter { $0.hasSuffix(suffix) }
            return any.count == 1 ? any.first.map { dir + "/" + $0 } : nil
        }
        let layers = sibling("_layers.txt")
        if isDirectory, layers == nil {
            throw ImportError(file: path, location: "folder", expected: "a *_layers.txt file", reason: "unknown-format")
        }
        return MultiplexFiles(edges: dir + "/" + edgesName, layers: layers, nodes: sibling("_nodes.txt"))
    }

}
