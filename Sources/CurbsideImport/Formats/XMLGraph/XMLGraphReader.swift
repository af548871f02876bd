import CurbsideRecords
import Foundation

/// Reads GraphML and GEXF graph files, the exchange formats of NodeXL, Gephi, yEd, igraph
/// and NetworkX, with Curbside's streaming byte-level ``XMLTokenizer`` (callbacks per
/// element, the file is read in chunks and never held as a tree). Files in UTF-16, ISO-8859-1
/// or Windows-1252 (by their byte order mark or declared `encoding`) are transcoded to UTF-8
/// on the way (``XMLEncoding``); a declaration that is malformed or names another encoding is
/// refused (`bad-encoding`, line 1) and nothing is read.
///
/// **Nodes** become accounts with id = the node's `id` attribute (so edges, which refer
/// to node ids, and accounts agree) and platform `options.platform ?? "graphml"` (or
/// `"gexf"`). Pass `--platform x` or `bluesky` when the ids are a platform's account ids,
/// so that they merge with archives of that platform. Node attributes map to handle, name,
/// bio, location, follower/following counts, creation time and specialty by name (see
/// ``GraphRole``); in GEXF the node's `label` counts as an attribute named `label`.
///
/// **Edges** `source → target` get their kind from an attribute named kind/type/
/// relationship/Edge Type (GEXF 1.3: also the `kind` XML attribute), else
/// `options.kind ?? "edge"`: a graph file says nothing about what its ties mean unless an
/// attribute does. NodeXL's relationship names map to the built-in kinds (``GraphRole/kind(_:)``).
/// The count is the weight (decimals rounded to at least 1, noted), default 1.
///
/// **Undirected edges** (GraphML `edgedefault="undirected"` or `directed="false"`; GEXF
/// `defaultedgetype`/`type` `undirected` or `mutual`) are stored as two directed edges,
/// `a → b` and `b → a`: the store's edges are directed, and a tie with no direction is one
/// each way. They are counted (`undirected-edge`) and noted.
///
/// **GraphML** (`<graphml>`): `<key id for attr.name attr.type>` declares attributes for
/// `node`, `edge` or `all`, with an optional `<default>`; `<data key>` gives a value. A
/// `<data>` naming an undeclared key is an error (`unknown-key`); a key id declared again
/// with another `attr.type` (absent: `string`) is a bad record (`conflicting-key`; lenient:
/// the first declaration holds), again with the same type it is allowed. `attr.type` is not
/// enforced: values are checked where Curbside uses them (whole numbers for follower
/// counts, positive numbers for weights, dates for times), and ignored elsewhere. yEd keeps node labels in
/// graphics (`<key yfiles.type="nodegraphics">` → `<y:NodeLabel>`): those become names.
/// Nested graphs (yEd groups) are read as part of the graph; hyperedges are counted, not read.
///
/// **GEXF** 1.1–1.3 (`<gexf>`): `<attributes class="node|edge">` declares
/// `<attribute id title type>` (with `<default>`); `<attvalues><attvalue for value/>` give
/// values (`id` instead of `for` in GEXF 1.1). Edge `weight`, `type`, `kind`, `label`
/// are XML attributes. Edge times come from `start`/`end` (or the earliest start and latest
/// end of its `<spells>`, or `timestamp`/`<timestamps>`) and become firstAt/lastAt when the
/// graph's `timeformat` is `date` or `dateTime`; `double` and `integer` times are
/// abstract steps, not dates, and are left out (noted); without a `timeformat`, values
/// shaped like dates (`2024-02-22…`) are read as dates and others left out. Node times are
/// not stored. Of several values for one role (dynamic attvalues), the first is kept. An attvalue naming an undeclared attribute is an error (`unknown-key`).
///
/// **Errors** name the file and the line (`line 12`), never a value: `bad-encoding`, `bad-xml` (not
/// well-formed, including a DOCTYPE declaring entities, refused so that entity-expansion bombs
/// never expand; the error's libxml2 number and what was expected are given, never the text),
/// `unknown-format` (wrong root element), `unknown-key`, `missing-field` (a node without
/// id, an edge without source or target), `bad-weight`, `bad-timestamp`, `bad-count`
/// (a follower count that is not a whole number). In lenient mode a bad node or edge is
/// skipped; XML that is not well-formed stops the reading where it breaks in both modes.
///
/// A well-formed file without a `<graph>`, or whose graphs hold no node and no edge, imports
/// nothing with a warning (``ImportResult/warnings``) saying which.
///
/// Counts: `node`, `edge-element` (edge elements read), `undirected-edge`, `hyperedge`,
/// plus `edge`, `edge:<kind>`, `account`.
struct XMLGraphReader {
    let file: String
    let displayName: String
    let format: ImportFormat
    let options: ImportOptions
    let context: ImportContext
    let sink: CountingSink

    init(file: String, format: ImportFormat, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = file.split(separator: "/").last.map(String.init) ?? file
        self.format = format
        self.options = options
        self.context = context
        self.sink = sink
    }

    /// The chunk size the file is read in (tests read in small chunks to cross every boundary).
    @TaskLocal static var chunkSize = ByteChunks.defaultChunk

    func run() throws {
        let handler = XMLGraphHandler(reader: self)
        do {
            try XMLTokenizer.read(path: file, chunkSize: XMLGraphReader.chunkSize, handler: handler)
        } catch is XMLTokenizer.Stopped {
        } catch is XMLEncoding.Unsupported {
            try context.reject(ImportError(file: displayName, location: "line 1", expected: XMLEncoding.expected, reason: "bad-encoding"))
            return
        } catch let bad as XMLTokenizer.Failure {
            if let failure = handler.failure { throw failure }
            try context.reject(malformed(bad))
        }
        if let failure = handler.failure { throw failure }
        try handler.finish()
    }

    /// The error for XML that is not well-formed (it stops the reading in both modes).
    private func malformed(_ bad: XMLTokenizer.Failure) -> ImportError {
        ImportError(file: displayName, location: "line \(bad.line), column \(bad.column)",
                    expected: "well-formed XML (XML parser error \(bad.code): expected \(bad.what)); the rest of the file is not read",
                    reason: "bad-xml")
    }
}

extension Importer {
    /// `graphml` or `gexf` when the file's root element (within its first 4 KiB) says so, in
    /// UTF-16 too.
    static func xmlGraphFormat(_ path: String) -> ImportFormat? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard var bytes = (try? handle.read(upToCount: 4096)).map({ [UInt8]($0) }) else { return nil }
        if let (encoding, bom) = try? bytes.withUnsafeBufferPointer({ try XMLEncoding.detect($0) }),
           encoding == .utf16LE || encoding == .utf16BE {
            var utf8: [UInt8] = []
            var transcoder = XMLEncoding.Transcoder(encoding)
            _ = try? bytes.withUnsafeBufferPointer { try transcoder.transcode($0, from: bom, isFinal: false, into: &utf8) }
            bytes = utf8
        }
        guard !bytes.contains(0) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("?") || after.hasPrefix("!") {
                guard let close = after.firstIndex(of: ">") else { return nil }
                rest = after[after.index(after: close)...]
                continue
            }
            let name = after.prefix { !" \t\r\n>/".contains($0) }
            let local = name.split(separator: ":").last.map(String.init) ?? ""
            return local == "graphml" ? .graphml : local == "gexf" ? .gexf : nil
        }
        return nil
    }
}

/// A declared attribute: a GraphML `<key>` or a GEXF `<attribute>`.
private struct DeclaredKey {
    var role: (GraphRole, rank: Int)?
    var forNodes: Bool
    var forEdges: Bool
    var defaultValue: String?
    /// yEd's node graphics, whose `<y:NodeLabel>` is the node's label.
    var nodeGraphics = false
    /// Its number among the keys of its space (an element records the keys it gave by number).
    var index = 0
}

/// A node or edge being read: its XML attributes and the values its data elements gave.
private struct Element {
    enum Kind { case node, edge }
    var kind: Kind
    var line: Int
    /// The XML attributes the records use (kept instead of all of them): a node's `id` or an
    /// edge's `source`; an edge's `target`; an edge's `type` (GEXF) or `directed` (GraphML).
    var id: String?
    var target: String?
    var type: String?
    var values = RoleValues()
    /// Declared keys (by ``DeclaredKey/index``) that gave a value (the others contribute their
    /// defaults): a bit each for the first 64, a list beyond.
    var keysSeen: UInt64 = 0
    var moreKeysSeen: [Int] = []

    mutating func saw(_ index: Int) {
        if index < 64 { keysSeen |= 1 << UInt64(index) } else { moreKeysSeen.append(index) }
    }

    func hasSeen(_ index: Int) -> Bool {
        index < 64 ? keysSeen & (1 << UInt64(index)) != 0 : moreKeysSeen.contains(index)
    }
    var spanStart: Int64?
    var spanEnd: Int64?
    var bad: ImportError?
}

/// The element names the handler acts on, classified once per element from the tokenizer's bytes.
private enum XMLName {
    case data, edge, node, attvalue, spell, timestamp, key, attributes, attribute, `default`, graph, hyperedge
    case nodeLabel, graphml, gexf, other

    @inline(__always)
    init(_ b: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func eq(_ s: StaticString) -> Bool {
            b.count == s.utf8CodeUnitCount && memcmp(b.baseAddress!, s.utf8Start, b.count) == 0
        }
        switch b.count {
        case 4: self = eq("data") ? .data : eq("edge") ? .edge : eq("node") ? .node : eq("gexf") ? .gexf : .other
        case 3: self = eq("key") ? .key : .other
        case 5: self = eq("graph") ? .graph : eq("spell") ? .spell : .other
        case 7: self = eq("default") ? .default : eq("graphml") ? .graphml : .other
        case 8: self = eq("attvalue") ? .attvalue : .other
        case 9: self = eq("timestamp") ? .timestamp : eq("attribute") ? .attribute : eq("hyperedge") ? .hyperedge : eq("NodeLabel") ? .nodeLabel : .other
        case 10: self = eq("attributes") ? .attributes : .other
        default: self = .other
        }
    }
}

private final class XMLGraphHandler: XMLTokenHandler {
    let reader: XMLGraphReader
    /// The line of the element being handled.
    private var line = 0
    let context: ImportContext
    let sink: CountingSink
    let file: String
    let isGEXF: Bool
    let platform: String
    let defaultKind: String

    var failure: Error?

    private var sawRoot = false
    /// `<graph>` elements opened.
    private var graphs = 0
    /// GraphML: each key id's `attr.type` (`string` when absent) and the line declaring it.
    private var keyTypes: [String: (type: String, line: Int)] = [:]
    private var keys: [String: DeclaredKey] = [:]
    /// GEXF keeps node and edge attribute ids in separate spaces.
    private var edgeKeys: [String: DeclaredKey] = [:]
    private var attributesClass = "node"
    /// edgedefault/defaultedgetype of the enclosing graphs (innermost last).
    private var directedStack: [Bool] = []
    private var elements: [Element] = []
    /// The `<key>` or GEXF `<attribute>` being declared (its id), to attach its `<default>`.
    private var declaring: (id: String, isEdge: Bool)?
    /// Text collection for `<data>`, `<default>`, `<y:NodeLabel>`, as UTF-8.
    private var text: [UInt8] = []
    private var collecting = false
    private var dataKey: DeclaredKey?
    private var inGraphics = false
    private var graphicsLabel: String?
    /// GEXF: whether times are dates (`date`, `dateTime`), abstract (`double`, `integer`), or undeclared.
    private var timesAreDates: Bool?
    private var abstractTimes = 0
    private var roundedWeights = 0
    private var undirected = 0
    private var hyperedges = 0
    /// Whether any key declared a `<default>` (most files declare none: no per-element scan then).
    private var defaultsDeclared = false
    /// The declared keys with a default and a role (GraphML keys or GEXF node attributes, GEXF
    /// edge attributes); rebuilt after a declaration changes.
    private var defaulted: (keys: [DeclaredKey], edges: [DeclaredKey])?
    /// The declared keys as a list, for ``graphMLKey(_:)``; rebuilt after a declaration changes.
    private var keyList: [(String, DeclaredKey)]?
    /// Kinds as written → kinds stored; few distinct values, normalised once each.
    /// (Few distinct values: a list compared in order beats hashing each edge's kind.)
    private var kinds: [(written: String, stored: String)] = []

    init(reader: XMLGraphReader) {
        self.reader = reader
        self.context = reader.context
        self.sink = reader.sink
        self.file = reader.displayName
        self.isGEXF = reader.format == .gexf
        self.platform = reader.options.platform ?? (reader.format == .gexf ? "gexf" : "graphml")
        self.defaultKind = reader.options.kind ?? "edge"
    }

    /// Stops the reading after the current callback (the tokenizer checks ``xmlStopped``).
    private func stop(_ error: Error) {
        if failure == nil { failure = error }
    }

    private var textString: String { String(decoding: text, as: UTF8.self) }

    /// Strict: stop with `error`. Lenient: count it and go on.
    private func reject(_ error: ImportError) {
        do { try context.reject(error) } catch { stop(error) }
    }

    private func error(_ line: Int, _ expected: String, _ reason: String) -> ImportError {
        ImportError(file: file, location: "line \(line)", expected: expected, reason: reason)
    }

    func finish() throws {
        if context.result.recordsRead == 0 {
            context.warn(graphs == 0
                ? "\(file): no <graph> element (only declarations): no account and no tie imported"
                : "\(file): its <graph> holds no node and no edge: no account and no tie imported")
        }
        if abstractTimes > 0 {
            context.note("\(file): \(abstractTimes) times are abstract steps (timeformat double/integer), not dates: left out")
        }
        context.noteRoundedWeights(roundedWeights, in: file)
        if undirected > 0 {
            context.count("undirected-edge", undirected)
            context.note("\(file): \(undirected) undirected edges stored as two directed edges each (a → b and b → a)")
        }
        if hyperedges > 0 {
            context.count("hyperedge", hyperedges)
            context.note("\(file): \(hyperedges) hyperedges not read (no place for them in a graph of pairs)")
        }
    }

    // MARK: Tokenizer callbacks

    func xmlStart(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLTokenAttributes, line: Int) {
        self.line = line
        startElement(XMLName(name), attributes)
    }

    func xmlEnd(_ name: UnsafeBufferPointer<UInt8>, line: Int) {
        self.line = line
        endElement(XMLName(name))
    }

    func xmlText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { text.append(contentsOf: bytes) }
    }

    var xmlWantsText: Bool { collecting }
    var xmlStopped: Bool { failure != nil }

    // MARK: Elements

    func startElement(_ name: XMLName, _ attributes: XMLTokenAttributes) {
        if !sawRoot {
            sawRoot = true
            let expected = isGEXF ? "gexf" : "graphml"
            guard name == (isGEXF ? .gexf : .graphml) else {
                stop(error(line, "a <\(expected)> root element", "unknown-format"))
                return
            }
            return
        }
        if inGraphics {
            if name == .nodeLabel, graphicsLabel == nil { collecting = true; text.removeAll(keepingCapacity: true) }
            return
        }
        // Elements inside a <data> value are its content, not graph structure.
        if dataKey != nil { return }
        switch name {
        case .data where !isGEXF:
            guard let key = attributes["key"] else { return reject(error(line, "a key on <data>", "missing-field")) }
            guard let declared = graphMLKey(key) else {
                return reject(error(line, "a <data> key declared by a <key> element (key ids are names, see the file's <key> list)",
                                    "unknown-key"))
            }
            if declared.nodeGraphics {
                inGraphics = true
                graphicsLabel = nil
                return
            }
            dataKey = declared
            collecting = true
            text.removeAll(keepingCapacity: true)
        case .edge:
            var element = Element(kind: .edge, line: line, id: attributes["source"], target: attributes["target"],
                                  type: isGEXF ? attributes["type"] : attributes["directed"])
            if isGEXF {
                if let kind = attributes["kind"] { element.values.set(.kind, rank: -1, kind) }
                if let w = attributes["weight"] { element.values.set(.weight, rank: -1, w) }
                addTimes(&element, start: attributes["start"] ?? attributes["startopen"] ?? attributes["timestamp"],
                         end: attributes["end"] ?? attributes["endopen"] ?? attributes["timestamp"])
            }
            elements.append(element)
        case .node:
            elements.append(Element(kind: .node, line: line, id: attributes["id"]))
            if isGEXF, let label = attributes["label"], let role = GraphRole.node("label") {
                elements[elements.count - 1].values.set(role.0, rank: role.rank, label)
            }
        case .attvalue where isGEXF:
            guard !elements.isEmpty else { return }
            let isEdge = elements[elements.count - 1].kind == .edge
            guard let id = attributes["for"] ?? attributes["id"] else {
                return reject(error(line, "a `for` attribute on <attvalue>", "missing-field"))
            }
            guard let declared = (isEdge ? edgeKeys : keys)[id] else {
                return reject(error(line, "an <attvalue> naming an attribute declared in <attributes class=\"\(isEdge ? "edge" : "node")\">",
                                    "unknown-key"))
            }
            elements[elements.count - 1].saw(declared.index)
            if let role = declared.role, let value = attributes["value"] {
                elements[elements.count - 1].values.set(role.0, rank: role.rank, value)
            }
        case .spell where isGEXF, .timestamp where isGEXF:
            guard !elements.isEmpty, elements[elements.count - 1].kind == .edge else { return }
            let start = attributes["start"] ?? attributes["startopen"] ?? attributes["value"] ?? attributes["timestamp"]
            let end = attributes["end"] ?? attributes["endopen"] ?? attributes["value"] ?? attributes["timestamp"]
            addTimes(&elements[elements.count - 1], start: start, end: end)
        case .key where !isGEXF:
            guard let id = attributes["id"] else { return reject(error(line, "an id on <key>", "missing-field")) }
            // A key id declared again must keep its type (igraph refuses the file, networkx 3.6
            // keeps the last declaration): a bad record; in lenient mode the first one holds.
            let type = attributes["attr.type"] ?? "string"
            if let earlier = keyTypes[id] {
                guard earlier.type == type else {
                    context.result.recordsRead += 1
                    return reject(error(line, "the attr.type of key \(id) declared on line \(earlier.line) (\(earlier.type)), "
                                        + "not another type for the same key id", "conflicting-key"))
                }
            } else {
                keyTypes[id] = (type, line)
            }
            let domain = attributes["for"] ?? "all"
            let forNodes = domain == "node" || domain == "all"
            let forEdges = domain == "edge" || domain == "all"
            var role: (GraphRole, rank: Int)?
            if let attrName = attributes["attr.name"] {
                role = forEdges && !forNodes ? GraphRole.edge(attrName) : forNodes && !forEdges ? GraphRole.node(attrName)
                    : GraphRole.node(attrName) ?? GraphRole.edge(attrName)
            }
            keys[id] = DeclaredKey(role: role, forNodes: forNodes, forEdges: forEdges,
                                   nodeGraphics: attributes["yfiles.type"] == "nodegraphics", index: keys[id]?.index ?? keys.count)
            defaulted = nil
            keyList = nil
            declaring = (id, false)
        case .attributes where isGEXF:
            attributesClass = attributes["class"] ?? "node"
        case .attribute where isGEXF:
            guard let id = attributes["id"] else { return reject(error(line, "an id on <attribute>", "missing-field")) }
            let isEdge = attributesClass == "edge"
            let title = attributes["title"] ?? id
            let declared = DeclaredKey(role: isEdge ? GraphRole.edge(title) : GraphRole.node(title),
                                       forNodes: !isEdge, forEdges: isEdge,
                                       index: (isEdge ? edgeKeys : keys)[id]?.index ?? (isEdge ? edgeKeys : keys).count)
            defaulted = nil
            keyList = nil
            if isEdge { edgeKeys[id] = declared } else if attributesClass == "node" { keys[id] = declared }
            declaring = (id, isEdge)
        case .default:
            if declaring != nil { collecting = true; text.removeAll(keepingCapacity: true) }
        case .graph:
            graphs += 1
            let fallback = directedStack.last ?? true
            if isGEXF {
                let type = attributes["defaultedgetype"] ?? "directed"
                directedStack.append(type != "undirected" && type != "mutual")
                switch attributes["timeformat"] {
                case "date", "dateTime", "datetime": timesAreDates = true
                case "double", "integer", "float", "long": timesAreDates = false
                default: timesAreDates = nil
                }
            } else {
                let value = attributes["edgedefault"]
                directedStack.append(value == nil ? fallback : value != "undirected")
            }
        case .hyperedge:
            hyperedges += 1
        default:
            break
        }
    }

    func endElement(_ name: XMLName) {
        if inGraphics {
            if name == .nodeLabel, collecting {
                collecting = false
                if graphicsLabel == nil { graphicsLabel = textString }
            } else if name == .data {
                inGraphics = false
                if let label = graphicsLabel, !elements.isEmpty, let role = GraphRole.node("label") {
                    elements[elements.count - 1].values.set(role.0, rank: role.rank, label)
                }
            }
            return
        }
        if dataKey != nil, name != .data { return }
        switch name {
        case .default:
            if let (id, isEdge) = declaring, collecting {
                if isEdge { edgeKeys[id]?.defaultValue = textString } else { keys[id]?.defaultValue = textString }
                defaulted = nil
                keyList = nil
                defaultsDeclared = true
            }
            collecting = false
        case .key, .attribute:
            declaring = nil
        case .data:
            collecting = false
            guard let declared = dataKey, !elements.isEmpty else { dataKey = nil; return }
            dataKey = nil
            let top = elements.count - 1
            elements[top].saw(declared.index)
            if let role = declared.role {
                let applies = elements[top].kind == .node ? declared.forNodes : declared.forEdges
                if applies { elements[top].values.set(role.0, rank: role.rank, textString) }
            }
        case .graph:
            _ = directedStack.popLast()
        case .node, .edge:
            guard var element = elements.popLast() else { return }
            context.result.recordsRead += 1
            if let bad = element.bad { return reject(bad) }
            // The values move out of the element, so adding defaults copies no storage.
            var values = element.values
            element.values = RoleValues()
            addDefaults(element, &values)
            do {
                if element.kind == .node { try emitNode(element, values) } else { try emitEdge(element, values) }
            } catch let e as ImportError {
                reject(e)
            } catch {
                stop(error)
            }
        default:
            break
        }
    }

    // MARK: Records

    /// Adds the defaults of declared keys the element gave no value for.
    /// The declared GraphML key `id`: files declare a few dozen keys at most, so a list
    /// compared in order (short ids compare as one word) beats hashing each `<data>` key.
    private func graphMLKey(_ id: String) -> DeclaredKey? {
        if keyList == nil, keys.count <= 32 { keyList = keys.map { ($0.key, $0.value) } }
        guard let list = keyList else { return keys[id] }
        return list.first { $0.0 == id }?.1
    }

    private func addDefaults(_ element: Element, _ values: inout RoleValues) {
        guard defaultsDeclared else { return }
        if defaulted == nil {
            defaulted = (keys.values.filter { $0.defaultValue != nil && $0.role != nil },
                         edgeKeys.values.filter { $0.defaultValue != nil && $0.role != nil })
        }
        let declared = element.kind == .edge && isGEXF ? defaulted!.edges : defaulted!.keys
        for key in declared where !element.hasSeen(key.index) {
            guard let d = key.defaultValue, let role = key.role else { continue }
            guard element.kind == .node ? key.forNodes : key.forEdges else { continue }
            values.set(role.0, rank: role.rank, d)
        }
    }

    private func count(_ value: String?, _ field: String, _ line: Int) throws -> Int? {
        guard let value else { return nil }
        if let n = Int(value), n >= 0 { return n }
        if let d = Double(value), d.isFinite, d >= 0, d == d.rounded(), d < 9e15 { return Int(d) }
        throw error(line, "a whole number for \(field)", "bad-count")
    }

    private func emitNode(_ element: Element, _ v: RoleValues) throws {
        guard let id = element.id, !id.isEmpty else {
            throw error(element.line, "an id on <node>", "missing-field")
        }
        var created: Int64?
        if let c = v[.createdAt] {
            guard let t = Timestamps.parseGeneric(c) else { throw error(element.line, "a date-time for the node's creation time", "bad-timestamp") }
            created = t
        }
        context.count("node")
        try sink.account(AccountRecord(key: AccountKey(platform: platform, id: id), handle: v[.handle], name: v[.name],
                                       bio: v[.bio], location: v[.location],
                                       followersCount: try count(v[.followers], "followers", element.line),
                                       followingCount: try count(v[.following], "following", element.line),
                                       specialty: v[.specialty], createdAt: created))
    }

    private func emitEdge(_ element: Element, _ v: RoleValues) throws {
        guard let source = element.id, !source.isEmpty,
              let target = element.target, !target.isEmpty
        else { throw error(element.line, "source and target on <edge>", "missing-field") }
        var weight = 1
        if let w = v[.weight] {
            var bytes = Array(w.utf8)
            guard let parsed = bytes.withUnsafeMutableBufferPointer({ parseWeight(UnsafeBufferPointer($0)) }) else {
                throw error(element.line, "a positive number for the edge weight", "bad-weight")
            }
            weight = parsed.count
            if parsed.rounded { roundedWeights += 1 }
        }
        var first = element.spanStart, last = element.spanEnd
        if !isGEXF {
            func time(_ role: GraphRole) throws -> Int64? {
                guard let text = v[role] else { return nil }
                guard let t = Timestamps.parseGeneric(text) else {
                    throw error(element.line, "a Unix time or ISO 8601 date-time for the edge time", "bad-timestamp")
                }
                return t
            }
            let at = try time(.time)
            first = try time(.start) ?? at
            last = try time(.end) ?? at
        } else if first == nil, let t = v[.time].flatMap(Timestamps.parseGeneric) {
            first = t
            last = t
        }
        if first == nil { first = last }
        if last == nil { last = first }
        var kind = defaultKind
        if let written = v[.kind] {
            if let known = kinds.first(where: { $0.written == written }) { kind = known.stored } else {
                kind = GraphRole.kind(written)
                if kinds.count < 64 { kinds.append((written, kind)) }
            }
        }
        let directed: Bool
        if isGEXF, let type = element.type {
            directed = type != "undirected" && type != "mutual"
        } else if !isGEXF, let d = element.type {
            directed = d != "false" && d != "0"
        } else {
            directed = directedStack.last ?? true
        }
        let a = AccountKey(platform: platform, id: source), b = AccountKey(platform: platform, id: target)
        context.count("edge-element")
        try sink.edge(EdgeRecord(source: a, target: b, kind: kind, count: weight, firstAt: first, lastAt: last ?? first))
        if !directed {
            undirected += 1
            if a != b {
                try sink.edge(EdgeRecord(source: b, target: a, kind: kind, count: weight, firstAt: first, lastAt: last ?? first))
            }
        }
    }

    /// GEXF: widens an edge's span with a `start`/`end` pair, when times are dates.
    private func addTimes(_ element: inout Element, start: String?, end: String?) {
        guard start != nil || end != nil else { return }
        let dates = timesAreDates ?? [start, end].compactMap { $0 }.allSatisfy { XMLGraphHandler.looksLikeDate($0) }
        guard dates else {
            abstractTimes += 1
            return
        }
        for (value, isStart) in [(start, true), (end, false)] {
            guard let value else { continue }
            guard let t = Timestamps.parseGeneric(value) else {
                if element.bad == nil {
                    element.bad = error(line, "a date or date-time in \(isStart ? "start" : "end") (the graph's timeformat)", "bad-timestamp")
                }
                return
            }
            element.spanStart = min(element.spanStart ?? t, t)
            element.spanEnd = max(element.spanEnd ?? t, t)
        }
    }

    /// `YYYY-MM-DD…`: the shape of GEXF `date`/`dateTime` values.
    static func looksLikeDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        return b.count >= 10 && b[4] == UInt8(ascii: "-") && b[7] == UInt8(ascii: "-")
    }
}
