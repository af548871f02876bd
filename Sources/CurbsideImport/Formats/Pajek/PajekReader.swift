import CurbsideRecords

/// Reads Pajek `.net` files, as Pajek, networkx's and igraph's `write_pajek` and Gephi write them.
///
/// **Sections** (names in any case, `*Network name` lines skipped):
/// - `*Vertices N` (two-mode files: `*Vertices N N1`): vertices are numbered 1…N; a line
///   `k "label" x y z [ic Red …]` gives vertex k a label (quoted when it holds spaces, bare
///   otherwise, as networkx writes it), coordinates and drawing parameters being ignored.
///   Vertices without a line exist too (they are counted, and named by their number).
/// - `*Arcs` (directed) and `*Edges` (undirected): `a b [weight] [drawing parameters]`.
/// - `*Arcslist` / `*Edgeslist`: `a b c d …`, one source and many targets per line.
/// - `*Matrix`: N rows of N values; a value other than 0 is an arc row → column with that weight.
/// - Relations: `*Arcs :2 "advice"` (a multi-relational network) gives that section's ties the
///   relation's label as their kind (the usual words of the built-in kinds mapped, as in GraphML).
/// - Other sections (`*Partition`, `*Vector`, `*Permutation` of a `.paj` project) are skipped, noted.
///
/// An end of a tie is a vertex number from 1 to N, or a vertex label (networkx writes labels
/// there when it reads them back). `%` lines are comments; LF, CRLF and CR end lines.
///
/// **Records.** Like GraphML (``XMLGraphReader``): the account id is the vertex's number (the
/// file's own id), its label becomes the account's **name**, the platform is
/// `options.platform ?? "pajek"`. An undirected tie is stored as two directed edges `a → b`
/// and `b → a` (one for a self-loop), counted as `undirected-edge` and noted. The weight is
/// the edge's count (decimals rounded to at least 1, noted; a weight ≤ 0 is a bad record). The
/// kind is the section's relation label, else `--kind`, else the kind the file name names, else `edge`.
///
/// **Errors** name the file, the line and what was expected, never a label: `bad-section`
/// (a tie before `*Vertices`), `bad-vertex` (a number outside 1…N, or a line without one),
/// `bad-columns`, `bad-weight`, `invalid-utf8`.
///
/// Counts: `node` (N), `undirected-edge`, `self-loop`, plus `edge`, `edge:<kind>`, `account`.
struct PajekReader {
    enum Section { case none, vertices, arcs, edges, arcsList, edgesList, matrix, other }

    let file: String
    let displayName: String
    let context: ImportContext
    let sink: CountingSink
    let platform: String
    /// `--kind`, else the file name's kind, else `edge`.
    let defaultKind: String
    /// The kind of the current section's ties: a relation's label (`*Arcs :2 "advice"`), else ``defaultKind``.
    private var kind: String

    private var section = Section.none
    private var vertexCount = -1
    /// Labels by vertex number (index 0 unused), and vertex numbers by label.
    private var labels: [String?] = []
    private var byLabel: [String: Int] = [:]
    private var line = 0
    private var matrixRow = 0
    private var undirected = 0
    private var selfLoops = 0
    private var roundedWeights = 0
    private var skippedSections: [String] = []
    private var rows = 0

    init(file: String, displayName: String, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = displayName
        self.context = context
        self.sink = sink
        platform = options.platform ?? "pajek"
        defaultKind = EdgeListHints.chooseKind(file: file, displayName: displayName, option: options.kind, context: context)
        kind = defaultKind
    }

    mutating func run() throws {
        defer { context.result.recordsRead += rows }
        try ByteChunks.lines(path: file) { bytes, number in
            line = number
            try parseLine(bytes)
        }
        if section == .vertices { try sendAccounts() }
        if vertexCount < 0 {
            throw ImportError(file: displayName, location: "line \(max(line, 1))", expected: "a *Vertices N line", reason: "bad-section")
        }
        context.count("node", vertexCount)
        if undirected > 0 {
            context.count("undirected-edge", undirected)
            context.note("\(displayName): \(undirected) undirected edges stored as two directed edges each (a → b and b → a)")
        }
        if selfLoops > 0 { context.count("self-loop", selfLoops) }
        context.noteRoundedWeights(roundedWeights, in: displayName)
        if !skippedSections.isEmpty {
            context.note("\(displayName): sections not read (not a network): \(skippedSections.joined(separator: ", "))")
        }
    }

    private func error(_ expected: String, _ reason: String) -> ImportError {
        ImportError(file: displayName, location: "line \(line)", expected: expected, reason: reason)
    }

    private mutating func parseLine(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        var s = 0
        while s < bytes.count, bytes[s] == 32 || bytes[s] == 9 { s += 1 }
        if s == bytes.count || bytes[s] == 37 { return } // blank or `%` comment
        if line == 1 || s == 0, bytes[s] == 0xEF, bytes.count >= s + 3, bytes[s + 1] == 0xBB, bytes[s + 2] == 0xBF {
            return try parseLine(UnsafeBufferPointer(rebasing: bytes[(s + 3)...]))
        }
        guard let text = utf8String(UnsafeBufferPointer(rebasing: bytes[s...])) else {
            rows += 1
            return try context.reject(error("UTF-8 text (or --encoding naming the file's encoding)", "invalid-utf8"))
        }
        if text.hasPrefix("*") { return try startSection(text) }
        let tokens = PajekReader.tokens(text)
        switch section {
        case .none:
            rows += 1
            try context.reject(error("a *Vertices N line before the vertices and ties", "bad-section"))
        case .vertices: try vertexLine(tokens)
        case .arcs, .edges: try tieLine(tokens, directed: section == .arcs)
        case .arcsList, .edgesList: try listLine(tokens, directed: section == .arcsList)
        case .matrix: try matrixLine(tokens)
        case .other: return
        }
    }

    private mutating func startSection(_ text: String) throws {
        if section == .vertices { try sendAccounts() }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let name = words[0].lowercased()
        if name == "*vertices" {
            guard vertexCount < 0 else { throw error("one *Vertices section (one network per file)", "bad-section") }
            guard words.count >= 2, let n = Int(words[1]), n >= 0, n < 1 << 28 else {
                throw error("the number of vertices after *Vertices", "bad-section")
            }
            vertexCount = n
            labels = [String?](repeating: nil, count: n + 1)
            section = .vertices
            return
        }
        if name == "*network" { return }
        let known: [String: Section] = ["*arcs": .arcs, "*edges": .edges, "*arcslist": .arcsList, "*edgeslist": .edgesList,
                                        "*matrix": .matrix,]
        guard let next = known[name] else {
            section = .other
            let shown = String(name.prefix(20))
            if !skippedSections.contains(shown) { skippedSections.append(shown) }
            return
        }
        guard vertexCount >= 0 else { throw error("a *Vertices N line before \(name)", "bad-section") }
        section = next
        matrixRow = 0
        // A multi-relational network names each relation: `*Arcs :2 "advice"` (Pajek's own form).
        let tokens = PajekReader.tokens(text)
        kind = defaultKind
        if tokens.count >= 3, tokens[1].hasPrefix(":") {
            let relation = GraphRole.kind(tokens[2])
            if !relation.isEmpty { kind = relation }
        }
    }

    /// `k "label" x y z …`.
    private mutating func vertexLine(_ tokens: [String]) throws {
        rows += 1
        guard let k = Int(tokens[0]), k >= 1, k <= vertexCount else {
            return try context.reject(error("a vertex number from 1 to \(vertexCount) at the start of the line", "bad-vertex"))
        }
        guard tokens.count >= 2 else { return }
        let label = tokens[1]
        guard !label.isEmpty else { return }
        labels[k] = label
        if byLabel[label] == nil { byLabel[label] = k }
    }

    /// The vertices' labels as account names, once the section ends.
    private mutating func sendAccounts() throws {
        for k in 1 ..< labels.count {
            guard let label = labels[k] else { continue }
            try sink.account(AccountRecord(key: AccountKey(platform: platform, id: String(k)), name: label))
        }
        section = .none
    }

    /// The vertex a tie's end names: its number, else its label.
    private func vertex(_ token: String) -> Int? {
        if let k = Int(token), k >= 1, k <= vertexCount { return k }
        return byLabel[token]
    }

    private mutating func tieLine(_ tokens: [String], directed: Bool) throws {
        rows += 1
        guard tokens.count >= 2 else { return try context.reject(error("two vertices (a b [weight]) on a tie line", "bad-columns")) }
        guard let a = vertex(tokens[0]), let b = vertex(tokens[1]) else {
            return try context.reject(error("vertex numbers from 1 to \(vertexCount) (or vertex labels) as the tie's ends", "bad-vertex"))
        }
        var count = 1
        if tokens.count >= 3, let w = try weight(tokens[2], column: 3) {
            count = w
        } else if tokens.count >= 3 {
            return
        }
        try tie(a, b, count: count, directed: directed)
    }

    private mutating func listLine(_ tokens: [String], directed: Bool) throws {
        rows += 1
        guard let a = vertex(tokens[0]) else {
            return try context.reject(error("a vertex number from 1 to \(vertexCount) at the start of the line", "bad-vertex"))
        }
        var targets: [Int] = []
        for (i, token) in tokens.dropFirst().enumerated() {
            guard let b = vertex(token) else {
                return try context.reject(error("vertex numbers from 1 to \(vertexCount) (or labels) in column \(i + 2)", "bad-vertex"))
            }
            targets.append(b)
        }
        for b in targets { try tie(a, b, count: 1, directed: directed) }
    }

    private mutating func matrixLine(_ tokens: [String]) throws {
        rows += 1
        matrixRow += 1
        guard matrixRow <= vertexCount, tokens.count == vertexCount else {
            return try context.reject(error("\(vertexCount) values on each of \(vertexCount) matrix rows", "bad-columns"))
        }
        var ties: [(Int, Int)] = []
        for (j, token) in tokens.enumerated() where Double(token) != 0 {
            guard let w = try weight(token, column: j + 1) else { return }
            ties.append((j + 1, w))
        }
        for (b, w) in ties { try tie(matrixRow, b, count: w, directed: true) }
    }

    /// A positive weight, or nil after rejecting the line.
    private mutating func weight(_ token: String, column: Int) throws -> Int? {
        let w = Array(token.utf8).withUnsafeBufferPointer { parseWeight($0) }
        guard let w else {
            try context.reject(error("a positive number (the weight) in column \(column)", "bad-weight"))
            return nil
        }
        if w.rounded { roundedWeights += 1 }
        return w.count
    }

    private mutating func tie(_ a: Int, _ b: Int, count: Int, directed: Bool) throws {
        let source = AccountKey(platform: platform, id: String(a)), target = AccountKey(platform: platform, id: String(b))
        try sink.edge(EdgeRecord(source: source, target: target, kind: kind, count: count))
        if a == b { selfLoops += 1 }
        guard !directed else { return }
        undirected += 1
        if a != b { try sink.edge(EdgeRecord(source: target, target: source, kind: kind, count: count)) }
    }

    /// A line's tokens: runs of non-blank characters, or `"…"` (a quoted label, quotes dropped;
    /// Pajek has no escapes, so the label ends at the next quote).
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var quoted = false, inToken = false
        for c in text {
            if quoted {
                if c == "\"" { quoted = false; out.append(current); current = ""; inToken = false } else { current.append(c) }
            } else if c == "\"" && !inToken {
                quoted = true
            } else if c == " " || c == "\t" || c == "\r" {
                if inToken { out.append(current); current = ""; inToken = false }
            } else {
                current.append(c)
                inToken = true
            }
        }
        if quoted || inToken { out.append(current) }
        return out
    }
}
