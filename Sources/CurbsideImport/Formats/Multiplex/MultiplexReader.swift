import CurbsideRecords

/// Calls `body` with the whitespace-separated tokens of every non-blank line of a file and
/// its 1-based line number. LF, CRLF, CR and `\r\r\n` endings are accepted.
func forEachTokenLine(
    path: String, _ body: (_ tokens: [UnsafeBufferPointer<UInt8>], _ line: Int) throws -> Void
) throws {
    var tokens: [UnsafeBufferPointer<UInt8>] = []
    try ByteChunks.lines(path: path) { l, line in
        tokens.removeAll(keepingCapacity: true)
        var k = 0
        let j = l.count
        while k < j {
            while k < j, l[k] == 32 || l[k] == 9 { k += 1 }
            if k >= j { break }
            let s = k
            while k < j, l[k] != 32, l[k] != 9 { k += 1 }
            tokens.append(UnsafeBufferPointer(rebasing: l[s ..< k]))
        }
        if !tokens.isEmpty { try body(tokens, line) }
    }
}

/// Reads MuxViz-style multiplex networks, such as the CKM physicians data.
///
/// A multiplex source is three files sharing a prefix:
///
/// - `<prefix>_multiplex.edges` (or any `*.edges`): `layerID nodeID nodeID weight` per line,
///   space-separated; the weight becomes the edge count (decimals rounded, at least 1).
/// - `<prefix>_layers.txt`: a header line, then `layerID layerLabel`; each label becomes the
///   edge kind of its layer (`advice`, `discussion`, `friend`). A layer missing from the list
///   gets the kind `layer-<id>` (noted).
/// - `<prefix>_nodes.txt` (optional): a header row, then one row per node, first column the
///   node id. Every node becomes an account, so isolated nodes count; a `nodeLabel` column,
///   when present, becomes the account's name. Other attribute columns are study-specific
///   codes (city, adoption date, …) with no place in the records, and are left out.
///
/// Accounts use the platform `options.platform ?? "multiplex"`.
/// Counts: `"edge"`, `"node"` (node-list rows), `"layer"`.
struct MultiplexReader {
    let edgesFile: String
    let layersFile: String?
    let nodesFile: String?
    let context: ImportContext
    let sink: CountingSink
    let platform: String

    init(files: MultiplexFiles, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.edgesFile = files.edges
        self.layersFile = files.layers
        self.nodesFile = files.nodes
        self.context = context
        self.sink = sink
        self.platform = options.platform ?? "multiplex"
    }

    private static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    func run() throws {
        var layerKinds: [String: String] = [:]
        if let layersFile {
            let display = MultiplexReader.name(layersFile)
            var first = true
            try forEachTokenLine(path: layersFile) { tokens, line in
                defer { first = false }
                guard let id = utf8String(tokens[0]) else {
                    throw ImportError(file: display, location: "line \(line)", expected: "UTF-8 text", reason: "invalid-utf8")
                }
                // The header (`layerID layerLabel`) is the line whose first token is not a number.
                if first, canonicalInteger(tokens[0]) == nil { return }
                guard tokens.count >= 2 else {
                    throw ImportError(file: display, location: "line \(line)", expected: "layerID layerLabel",
                                      reason: "bad-columns")
                }
                let label = tokens[1...].compactMap { utf8String($0) }.joined(separator: " ")
                layerKinds[id] = label.isEmpty ? "layer-\(id)" : label
            }
            context.count("layer", layerKinds.count)
        }
        if let nodesFile {
            let display = MultiplexReader.name(nodesFile)
            var labelColumn: Int?
            var sawHeader = false
            try forEachTokenLine(path: nodesFile) { tokens, line in
                if !sawHeader {
                    sawHeader = true
                    if canonicalInteger(tokens[0]) == nil {
                        let names = tokens.map { String(decoding: $0, as: UTF8.self).lowercased() }
                        labelColumn = names.firstIndex(of: "nodelabel")
                        return
                    }
                }
                context.result.recordsRead += 1
                guard let id = utf8String(tokens[0]) else {
                    return try context.reject(ImportError(file: display, location: "line \(line)",
                                                          expected: "a UTF-8 node id", reason: "invalid-utf8"))
                }
                var name: String?
                if let c = labelColumn, c < tokens.count { name = utf8String(tokens[c]) }
                context.count("node")
                try sink.account(AccountRecord(key: AccountKey(platform: platform, id: id), name: name))
            }
        }
        var unknownLayers = Set<String>()
        var roundedWeights = 0
        let display = MultiplexReader.name(edgesFile)
        try forEachTokenLine(path: edgesFile) { tokens, line in
            if tokens[0].first == 35 { return } // '#' comment
            context.result.recordsRead += 1
            guard tokens.count == 3 || tokens.count == 4 else {
                return try context.reject(ImportError(file: display, location: "line \(line)",
                                                      expected: "layerID nodeID nodeID weight", reason: "bad-columns"))
            }
            guard let layer = utf8String(tokens[0]), let s = utf8String(tokens[1]), let d = utf8String(tokens[2]) else {
                return try context.reject(ImportError(file: display, location: "line \(line)",
                                                      expected: "UTF-8 ids", reason: "invalid-utf8"))
            }
            var count = 1
            if tokens.count == 4 {
                guard let w = parseWeight(tokens[3]) else {
                    return try context.reject(ImportError(file: display, location: "line \(line)",
                                                          expected: "a positive weight in column 4", reason: "bad-weight"))
                }
                count = w.count
                if w.rounded { roundedWeights += 1 }
            }
            let kind: String
            if let k = layerKinds[layer] { kind = k } else {
                kind = "layer-\(layer)"
                unknownLayers.insert(layer)
            }
            try sink.edge(EdgeRecord(source: AccountKey(platform: platform, id: s),
                                     target: AccountKey(platform: platform, id: d), kind: kind, count: count, at: nil))
        }
        if !unknownLayers.isEmpty {
            context.note("\(unknownLayers.count) layers not in the layers file: kinds named layer-<id>")
        }
        context.noteRoundedWeights(roundedWeights, in: display)
    }
}

/// The files of a multiplex source.
struct MultiplexFiles {
    var edges: String
    var layers: String?
    var nodes: String?

    var all: [String] { [edges] + [layers, nodes].compactMap { $0 } }
}
