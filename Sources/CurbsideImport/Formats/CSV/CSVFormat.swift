import Foundation

extension ImportFormat {
    /// An RFC 4180 edge list and/or node list, columns mapped by header name (``CSVReader``).
    public static let csv = ImportFormat("csv")
}

/// A `.csv` file, a `.tsv` file whose header names CSV columns, any text file whose header
/// line (comma- or semicolon-separated) names source+target or id columns, or a folder with
/// `edges.csv`/`nodes.csv`.
struct CSVFormat: FormatReader {
    var format: ImportFormat { .csv }
    var summary: String { ".csv/.tsv with a header, or a folder with edges.csv/nodes.csv" }

    func detect(_ probe: DetectionProbe) throws -> Bool {
        if probe.isDirectory { return (try? Importer.csvFiles(probe.path, isDirectory: true)) != nil }
        if probe.innerExtension == "csv" { return true }
        guard let line = probe.firstLine, Importer.csvHeaderLooksMapped(line) else { return false }
        return probe.innerExtension == "tsv" || line.contains(",") || line.contains(";")
    }

    func files(_ path: String, isDirectory: Bool) throws -> [String] {
        try Importer.csvFiles(path, isDirectory: isDirectory)
    }

    /// A folder's `nodes.csv` first, so the edges see the platforms its rows gave ids.
    func read(_ source: PreparedSource, isDirectory: Bool, options: ImportOptions,
              context: ImportContext, sink: CountingSink) throws {
        let files = try Importer.csvFiles(source.path, isDirectory: isDirectory)
        var nodePlatforms: [String: String] = [:]
        for file in files {
            var reader = CSVReader(file: file, displayName: Importer.displayName(file, in: source.path),
                                   options: options, context: context, sink: sink, nodePlatforms: nodePlatforms)
            try reader.run()
            nodePlatforms = reader.nodePlatforms
        }
    }
}

extension Importer {
    /// A CSV source's files: the file itself, or a folder's `nodes.csv` (or NodeXL's
    /// `vertices.csv`) then `edges.csv`.
    static func csvFiles(_ path: String, isDirectory: Bool) throws -> [String] {
        guard isDirectory else { return [absolute(path)] }
        let dir = absolute(path)
        let names = listing(dir)
        let nodes = names.first { $0.lowercased() == "nodes.csv" } ?? names.first { $0.lowercased() == "vertices.csv" }
        let edges = names.first { $0.lowercased() == "edges.csv" }
        let files = [nodes, edges].compactMap { $0 }.map { dir + "/" + $0 }
        guard !files.isEmpty else {
            throw ImportError(file: path, location: "folder", expected: "nodes.csv (or vertices.csv) and/or edges.csv", reason: "unknown-format")
        }
        return files
    }

    /// True when a header line (its delimiter sniffed: comma, tab or semicolon) names
    /// source+target or id columns.
    static func csvHeaderLooksMapped(_ line: String) -> Bool {
        let roles = Set(CSVLine.cells(line, delimiter: nil).compactMap { CSVReader.synonyms[CSVReader.normalize($0)] })
        return roles.contains(.source) && roles.contains(.target) || roles.contains(.id)
    }
}
