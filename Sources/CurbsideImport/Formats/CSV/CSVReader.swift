import CurbsideRecords

/// Reads RFC 4180 CSV edge lists and node lists, mapping columns by header name.
///
/// **Dialect.** The delimiter is sniffed from the header line: the most frequent of comma,
/// tab and semicolon outside quotes (comma on a tie). Fields may be quoted with `"`; inside
/// quotes, delimiters and line breaks are data and `""` is one quote. A UTF-8 byte-order
/// mark is skipped; LF, CRLF and CR line endings are accepted; blank lines (and lines of
/// only delimiters) are ignored. Every record must be valid UTF-8. Line numbers in errors
/// are those of a record's first line, the header being line 1.
///
/// **Columns** (case-insensitive; spaces, `_`, `-`, `.`, `(`, `)`, `?` ignored, so `Vertex 1` =
/// `vertex1`, `Relationship Date (UTC)` = `relationshipdateutc`); of several columns for one
/// role the first wins:
///
/// | role | header names |
/// |---|---|
/// | source | source, src, from, Vertex 1 |
/// | target | target, dst, to, Vertex 2 |
/// | kind | kind, type, relationship, layer, Edge Type |
/// | time | timestamp, time, date, created_at, Relationship Date (UTC) |
/// | weight | weight, count, Edge Weight |
/// | platform | platform |
/// | hashtags | hashtags, hashtag, tags, Hashtags in Tweet |
///
/// A header with source and target is an **edge list**. Otherwise a header with an id column
/// is a **node list**: id, Vertex, user_id, node_id → id; handle, screen_name, username;
/// name (before label), label, display_name; bio, description; location; followers, followers_count;
/// following, following_count, friends_count, Followed; specialty, speciality; platform. A
/// `Vertex` id (NodeXL: the screen name) is also the handle.
///
/// **Exports.** Gephi's edges table (`Source,Target,Type,Id,Label,Weight`): a `Type` cell
/// `Directed`/`Undirected` (or `Mutual`) is the row's direction, not its kind (another kind
/// column, if any, gives that); an undirected row is two directed edges, as in GraphML, counted
/// (`undirected-edge`) and noted. NodeXL's sheets saved as CSV open with a row of column groups:
/// a first record naming no column is skipped once (noted) and the next read as the header.
/// Kind cells name the built-in kinds by their usual words (``GraphRole/kind(_:)``: NodeXL's
/// `Replies to`, `Retweet`, `MentionsInRetweet`, `Followed`), others are kept as written.
///
/// **Defaults.** Kind: the kind column, else `options.kind`, else `"edge"` (a generic file
/// does not say what its ties mean). Platform of an endpoint: the row's platform column,
/// else the platform the node list of the same source gave that id, else
/// `options.platform ?? "csv"`. Time: Unix seconds (`1573913000`), ISO 8601
/// (`2019-11-16T14:03:00Z`, `…+01:00`), `2019-11-16 14:03:00` (UTC) or a bare date. Weight: the edge's count;
/// decimals are rounded (at least 1). Hashtags: the hashtags of the post behind the row's
/// interaction, separated by spaces, commas, semicolons or `|`, `#` optional
/// (`#CurbCon26 #cardioonc`), for `--hashtag`; they do not count as the account's hashtag
/// use (a like's post is the target's). Every row becomes one edge (its ids handed to the
/// sink as UTF-8 bytes when both ends share a platform and the row names no hashtags); the
/// store merges duplicates (adding counts, widening the time span).
struct CSVReader {
    enum Role: Int, CaseIterable {
        case source, target, kind, time, weight, platform
        case id, handle, name, bio, location, followers, following, specialty
        case hashtags
    }

    static let synonyms: [String: Role] = [
        "source": .source, "src": .source, "from": .source, "vertex1": .source,
        "target": .target, "dst": .target, "to": .target, "vertex2": .target,
        "kind": .kind, "type": .kind, "relationship": .kind, "layer": .kind, "edgetype": .kind,
        "timestamp": .time, "time": .time, "date": .time, "createdat": .time, "relationshipdateutc": .time,
        "weight": .weight, "count": .weight, "edgeweight": .weight,
        "platform": .platform,
        "hashtags": .hashtags, "hashtag": .hashtags, "tags": .hashtags, "hashtagsintweet": .hashtags,
        "id": .id, "vertex": .id, "userid": .id, "nodeid": .id,
        "handle": .handle, "screenname": .handle, "username": .handle,
        "name": .name, "label": .name, "displayname": .name,
        "bio": .bio, "description": .bio,
        "location": .location,
        "followers": .followers, "followerscount": .followers,
        "following": .following, "followingcount": .following, "friendscount": .following, "followed": .following,
        "specialty": .specialty, "speciality": .specialty,
    ]

    /// Normalises a header cell: lowercase, without spaces, tabs, `_`, `-`, `.`, `(`, `)`, `?`
    /// (NodeXL's `Relationship Date (UTC)` = `relationshipdateutc`).
    static func normalize(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-\t.()?".unicodeScalars.contains($0) })
    }

    /// Which kind of file the header made this.
    enum Mode { case undecided, edges, nodes }

    let file: String
    let displayName: String
    let context: ImportContext
    let sink: CountingSink
    /// Where edges go directly, bypassing the counting wrapper (counted in ``tally``).
    let out: RecordSink
    private var tally = KindTally()
    let defaultPlatform: String
    /// `--kind`; the kind of an edge list without a kind column is chosen from it and the file name.
    let optionKind: String?
    private(set) var defaultKind = "edge"
    /// Rows whose two ends are one account (edges like any other, counted as `self-loop`).
    private var selfLoops = 0
    /// `--columns`, `--kind-map`, `--time-format`: which column is which, overriding the header.
    let mapping: ColumnMapping?
    /// Whether the mapping names node attributes (handle, name, bio, specialty) of the source.
    private var mapsAttributes = false
    /// Sources whose attributes were sent (the first row naming an account gives them).
    private var attributed = Set<String>()
    /// The fields a record's roles use (only these must be valid UTF-8), set with the header.
    private var usedFields: [Int] = []
    /// Platforms the node list of this source assigned to ids (only when it has a platform column).
    var nodePlatforms: [String: String]
    /// Gephi's `Type` column (`Directed`/`Undirected` per row), or -1: an undirected row is a tie
    /// each way, as in GraphML. Other values leave the row directed (and are its kind when the
    /// column is the kind column).
    private var directionColumn = -1
    private var directions = Interner()
    private var undirected = 0
    /// NodeXL's node list: its id column is `Vertex`, the account's screen name, so also its handle.
    private var idIsHandle = false
    /// The line of a first record that named no column, skipped once to take the next as the
    /// header (NodeXL's workbook saved as CSV has a row of column groups above its header).
    private var skippedFirstLine: Int?

    private(set) var mode = Mode.undecided
    private var columns = [Int](repeating: -1, count: Role.allCases.count)
    /// The tokenizer, its delimiter sniffed from the header line; the current record's
    /// field spans are its `fields`.
    private var parser = CSVParser(delimiter: nil)
    private var fields: [CSVParser.Field] {
        get { parser.fields }
        set { parser.fields = newValue }
    }
    private var fieldCount: Int { parser.fieldCount }
    /// Data records seen, added to the result at the end (cheaper than a shared counter).
    private var rows = 0
    private var kinds = Interner()
    private var platforms = Interner()
    private var roundedWeights = 0

    /// `blankSeparated`: a whitespace edge list read with a column mapping (fields separated
    /// by runs of spaces and tabs, `#`/`%` comment lines, a header only when the mapping names
    /// a column by name or says `header=yes`, and source and target in columns 1 and 2 unless mapped).
    init(file: String, displayName: String, options: ImportOptions, context: ImportContext,
         sink: CountingSink, nodePlatforms: [String: String] = [:], blankSeparated: Bool = false) {
        if blankSeparated { parser = CSVParser(blankSeparated: ()) }
        self.file = file
        self.displayName = displayName
        self.context = context
        self.sink = sink
        self.out = sink.base
        self.defaultPlatform = options.platform ?? (blankSeparated ? "snap" : "csv")
        self.optionKind = options.kind
        self.mapping = options.columns
        self.defaultKind = options.kind ?? "edge"
        self.nodePlatforms = nodePlatforms
    }

    /// Reads the whole file.
    mutating func run() throws {
        defer {
            context.result.recordsRead += rows
            tally.flush(into: sink)
        }
        try ByteChunks.scan(path: file) { bytes, isFinal in
            try consume(bytes, isFinal: isFinal)
        }
        if mode == .undecided, let line = skippedFirstLine { throw headerError(line) }
        if mode == .undecided {
            context.note("\(displayName): empty file")
        }
        if undirected > 0 {
            context.count("undirected-edge", undirected)
            context.note("\(displayName): \(undirected) undirected edges stored as two directed edges each (a → b and b → a)")
        }
        context.noteRoundedWeights(roundedWeights, in: displayName)
        if selfLoops > 0 { context.count("self-loop", selfLoops) }
    }

    private func error(_ expected: String, _ reason: String, line: Int) -> ImportError {
        ImportError(file: displayName, location: "line \(line)", expected: expected, reason: reason)
    }

    private func headerError(_ line: Int) -> ImportError {
        error("a header naming source and target columns (edge list) or an id column (node list)", "bad-header", line: line)
    }

    /// Parses the complete records in `b`; returns the bytes consumed.
    private mutating func consume(_ b: UnsafeBufferPointer<UInt8>, isFinal: Bool) throws -> Int {
        var (i, ready) = parser.begin(b, isFinal: isFinal)
        guard ready else { return i }
        while i < b.count {
            switch parser.next(b, from: i, isFinal: isFinal) {
            case .needMore:
                return i
            case .unterminated(let line):
                rows += 1
                try context.reject(error("a closing quote", "unterminated-quote", line: line))
                return b.count
            case .record(let r):
                i = r.end
                try handleRecord(b, r)
            }
        }
        return b.count
    }

    @inline(__always)
    private func withField<R>(_ b: UnsafeBufferPointer<UInt8>, _ k: Int,
                              _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try CSVParser.withField(b, fields[k], body)
    }

    /// The text of the column playing `role`, or nil when the column is absent or the cell empty.
    @inline(__always)
    private func text(_ b: UnsafeBufferPointer<UInt8>, _ role: Role) -> String? {
        let k = columns[role.rawValue]
        guard k >= 0, k < fieldCount, fields[k].end > fields[k].start else { return nil }
        // The record was UTF-8-validated already.
        return withField(b, k) { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    private func hasValue(_ role: Role) -> Bool {
        let k = columns[role.rawValue]
        return k >= 0 && k < fieldCount && fields[k].end > fields[k].start
    }

    private mutating func handleRecord(_ b: UnsafeBufferPointer<UInt8>, _ record: CSVParser.Record) throws {
        let start = record.start, end = record.end, recordLine = record.line
        // Blank lines and lines of only delimiters carry nothing.
        if parser.isBlank(b, record) { return }
        if parser.blankSeparated, fieldCount > 0, b[fields[0].start] == 35 || b[fields[0].start] == 37 { return } // comment
        if mode != .undecided { rows += 1 }
        // UTF-8: a quick ASCII scan, full validation only when needed.
        var ascii = true
        var k = start
        while k < end { if b[k] >= 0x80 { ascii = false; break }; k += 1 }
        // Only the fields the roles use must be valid UTF-8 (a header's other names, and
        // columns nobody reads, may hold a local encoding).
        if !ascii, mode != .undecided, let k = firstInvalidUsedField(b) {
            try context.reject(error("valid UTF-8 in the \(fieldName(k))", "invalid-utf8", line: recordLine))
            return
        }
        if record.badQuote {
            if mode == .undecided { throw error("a well-formed quoted header cell", "bad-quote", line: recordLine) }
            try context.reject(error("a delimiter or line end after a closing quote", "bad-quote", line: recordLine))
            return
        }
        if firstNul(UnsafeBufferPointer(rebasing: b[start ..< end])) != nil {
            return try recordWithNul(b, start, end, recordLine)
        }
        try dispatch(b, recordLine)
    }

    private mutating func dispatch(_ b: UnsafeBufferPointer<UInt8>, _ recordLine: Int) throws {
        switch mode {
        case .undecided: try readHeader(b, recordLine)
        case .edges: try edgeRow(b, recordLine)
        case .nodes: try nodeRow(b, recordLine)
        }
    }

    /// The name errors give field `k`: its role's column name, or its position.
    private func fieldName(_ k: Int) -> String {
        if mode != .undecided, let role = Role.allCases.first(where: { columns[$0.rawValue] == k }) {
            return "\(CSVReader.columnName(role)) column"
        }
        return "column \(k + 1)"
    }

    /// A record holding NUL bytes (rare): strict, a bad record naming the first field that
    /// holds one; lenient, the record read again from a copy without them, each such field
    /// counted (``ImportContext/nulInField(_:_:)``).
    private mutating func recordWithNul(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ recordLine: Int) throws {
        var clean: [UInt8] = []
        clean.reserveCapacity(end - start)
        // Where each original offset lands in the copy.
        var moved = [Int](repeating: 0, count: end - start + 1)
        for i in start ..< end {
            moved[i - start] = clean.count
            if b[i] != 0 { clean.append(b[i]) }
        }
        moved[end - start] = clean.count
        for k in 0 ..< fieldCount {
            let f = fields[k]
            if firstNul(UnsafeBufferPointer(rebasing: b[f.start ..< f.end])) != nil {
                let field = fieldName(k)
                try context.nulInField(field, nulByteError(file: displayName, location: "line \(recordLine)", field: field))
            }
            fields[k] = CSVParser.Field(start: moved[f.start - start], end: moved[f.end - start], escaped: f.escaped)
        }
        try clean.withUnsafeBufferPointer { try dispatch($0, recordLine) }
    }

    private mutating func readHeader(_ b: UnsafeBufferPointer<UInt8>, _ recordLine: Int) throws {
        if let mapping, !(mapping.header ?? (parser.blankSeparated ? mapping.namesColumns : true)) {
            // No header: this record is the first row; the mapping says which column is which.
            try apply(mapping, header: nil, recordLine)
            if parser.blankSeparated, columns[Role.source.rawValue] < 0, columns[Role.target.rawValue] < 0,
               !columns.contains(0), !columns.contains(1), fieldCount >= 2 {
                columns[Role.source.rawValue] = 0
                columns[Role.target.rawValue] = 1
            }
            guard columns[Role.source.rawValue] >= 0, columns[Role.target.rawValue] >= 0 else {
                throw error("--columns naming the source and target columns (the file has no header)", "bad-header", line: recordLine)
            }
            try startEdges(recordLine)
            rows += 1
            if let k = firstInvalidUsedField(b) {
                return try context.reject(error("valid UTF-8 in the \(fieldName(k))", "invalid-utf8", line: recordLine))
            }
            return try edgeRow(b, recordLine)
        }
        var names: [String] = []
        for k in 0 ..< fieldCount {
            // A name in another encoding is kept (replacement characters); it matches no role.
            let name = withField(b, k) { String(decoding: trimmedID($0), as: UTF8.self) }
            names.append(name)
            if let role = CSVReader.synonyms[CSVReader.normalize(name)], columns[role.rawValue] < 0 {
                columns[role.rawValue] = k
            }
            if directionColumn < 0, CSVReader.normalize(name) == "type" { directionColumn = k }
        }
        // NodeXL has `Label` (a drawing label, mostly empty) before `Name`: a `name` column wins.
        if let k = names.firstIndex(where: { CSVReader.normalize($0) == "name" }) { columns[Role.name.rawValue] = k }
        let kindColumn = Role.kind.rawValue
        // Gephi writes `Type` (Directed/Undirected) beside its own columns: another kind column wins.
        if directionColumn >= 0, columns[kindColumn] == directionColumn,
           let other = names.indices.first(where: { $0 != directionColumn && CSVReader.synonyms[CSVReader.normalize(names[$0])] == .kind }) {
            columns[kindColumn] = other
        }
        if let mapping {
            try apply(mapping, header: names, recordLine)
            // The mapping gave the `type` column another role, or says it holds kind codes.
            if Role.allCases.contains(where: { $0 != .kind && columns[$0.rawValue] == directionColumn })
                || (!mapping.kindCodes.isEmpty && columns[kindColumn] == directionColumn) {
                directionColumn = -1
            }
        }
        if columns[Role.source.rawValue] >= 0, columns[Role.target.rawValue] >= 0 {
            try startEdges(recordLine)
        } else if columns[Role.id.rawValue] >= 0, mapping == nil {
            mode = .nodes
            idIsHandle = columns[Role.handle.rawValue] < 0 && CSVReader.normalize(names[columns[Role.id.rawValue]]) == "vertex"
            usedFields = Set(columns.filter { $0 >= 0 }).sorted()
        } else if mapping == nil, skippedFirstLine == nil {
            // Perhaps a row above the header (NodeXL's column groups): try the next record.
            skippedFirstLine = recordLine
            columns = [Int](repeating: -1, count: Role.allCases.count)
            directionColumn = -1
        } else {
            throw headerError(skippedFirstLine ?? recordLine)
        }
        if let skipped = skippedFirstLine, mode != .undecided {
            context.note("\(displayName): line \(skipped) names no column Curbside knows (a NodeXL row of column groups?); "
                + "line \(recordLine) is the header")
        }
    }

    /// The header says edge list: the kind for rows without one, the fields to validate. A
    /// kind map or time format without a kind or time column is an error (it would be ignored).
    private mutating func startEdges(_ recordLine: Int) throws {
        if let mapping {
            if !mapping.kindCodes.isEmpty, columns[Role.kind.rawValue] < 0 {
                throw error("a kind column for --kind-map (name it with --columns kind=…)", "unknown-column", line: recordLine)
            }
            if mapping.timeFormat != .auto || mapping.timeZone != nil, columns[Role.time.rawValue] < 0 {
                throw error("a time column for --time-format/--time-zone (name it with --columns time=…)", "unknown-column", line: recordLine)
            }
        }
        mode = .edges
        if columns[Role.kind.rawValue] < 0 || columns[Role.kind.rawValue] == directionColumn {
            defaultKind = EdgeListHints.chooseKind(file: file, displayName: displayName, option: optionKind, context: context)
        }
        var roles: [Role] = [.source, .target, .kind, .time, .weight, .platform, .hashtags]
        if mapsAttributes { roles += [.handle, .name, .bio, .specialty] }
        usedFields = Set(roles.map { columns[$0.rawValue] }.filter { $0 >= 0 } + (directionColumn >= 0 ? [directionColumn] : [])).sorted()
    }

    /// The first field a role uses that is not valid UTF-8.
    private func firstInvalidUsedField(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        usedFields.first { k in k < fieldCount && withField(b, k) { utf8String($0) == nil } }
    }

    /// Puts the mapping's columns in place of those the header named (a column given a role
    /// by the mapping loses any role the header gave it).
    private mutating func apply(_ mapping: ColumnMapping, header: [String]?, _ recordLine: Int) throws {
        let resolved = try mapping.resolve(header: header, count: fieldCount, file: displayName, line: recordLine)
        // In role order, not the dictionary's (which differs between runs): when two roles name
        // one column, the later role keeps it, the same way on every read (fuzz finding mapped
        // adf9a787: a strict read kept the source, the lenient one lost it).
        for role in ColumnMapping.Role.allCases {
            guard let k = resolved[role] else { continue }
            for other in Role.allCases where columns[other.rawValue] == k { columns[other.rawValue] = -1 }
            columns[CSVReader.role(role).rawValue] = k
            if [.handle, .name, .bio, .specialty].contains(role) { mapsAttributes = true }
        }
    }

    private static func role(_ role: ColumnMapping.Role) -> Role {
        switch role {
        case .source: return .source
        case .target: return .target
        case .kind: return .kind
        case .time: return .time
        case .weight: return .weight
        case .handle: return .handle
        case .name: return .name
        case .bio: return .bio
        case .specialty: return .specialty
        }
    }

    private static func columnName(_ role: Role) -> String {
        switch role {
        case .source: return "source"
        case .target: return "target"
        case .kind: return "kind"
        case .time: return "timestamp"
        case .weight: return "weight"
        case .platform: return "platform"
        case .id: return "id"
        case .handle: return "handle"
        case .name: return "name"
        case .bio: return "bio"
        case .location: return "location"
        case .followers: return "followers"
        case .following: return "following"
        case .specialty: return "specialty"
        case .hashtags: return "hashtags"
        }
    }

    private mutating func edgeRow(_ b: UnsafeBufferPointer<UInt8>, _ recordLine: Int) throws {
        guard hasID(b, .source) else {
            return try context.reject(error("a value in the source column", "missing-field", line: recordLine))
        }
        guard hasID(b, .target) else {
            return try context.reject(error("a value in the target column", "missing-field", line: recordLine))
        }
        var time: Int64?
        if hasValue(.time) {
            time = withField(b, columns[Role.time.rawValue]) { cell in
                if let mapping { mapping.time(cell) } else { Timestamps.parseGeneric(cell) }
            }
            if time == nil {
                return try context.reject(error("\(mapping?.timeExpectation ?? "Unix seconds or an ISO 8601 time") in the timestamp column",
                                                "bad-timestamp", line: recordLine))
            }
        }
        var count = 1
        if hasValue(.weight) {
            guard let w = withField(b, columns[Role.weight.rawValue], { parseWeight($0) }) else {
                return try context.reject(error("a positive number in the weight column", "bad-weight", line: recordLine))
            }
            count = w.count
            if w.rounded { roundedWeights += 1 }
        }
        var kind = defaultKind
        var eachWay = false, directionWord = false
        if directionColumn >= 0, directionColumn < fieldCount {
            let d = CSVParser.withField(b, fields[directionColumn]) { directions.intern(trimmedID($0)) { CSVReader.direction($0) } }
            directionWord = d != ""
            eachWay = d == "undirected"
        }
        if hasValue(.kind), !(directionWord && columns[Role.kind.rawValue] == directionColumn) {
            let k = columns[Role.kind.rawValue]
            if let codes = mapping?.kindCodes, !codes.isEmpty {
                guard let coded = CSVParser.withField(b, fields[k], { kinds.intern(trimmedID($0)) { codes[String(decoding: $0, as: UTF8.self)] } })
                else {
                    let known = codes.keys.sorted().joined(separator: ", ")
                    return try context.reject(error("one of the codes of --kind-map (\(known)) in the kind column", "bad-kind-code",
                                                    line: recordLine))
                }
                kind = coded
            } else {
                // The usual names of the built-in kinds (NodeXL's `Replies to`, `Retweet`, …), as in GraphML.
                kind = CSVParser.withField(b, fields[k]) { kinds.intern($0) { CSVReader.kindWord($0) } } ?? defaultKind
            }
        }
        var rowPlatform: String?
        if hasValue(.platform) {
            let k = columns[Role.platform.rawValue]
            rowPlatform = CSVParser.withField(b, fields[k]) { platforms.intern($0) { String(decoding: $0, as: UTF8.self).lowercased() } }
        }
        var tags: [String]?
        if hasValue(.hashtags) { tags = withField(b, columns[Role.hashtags.rawValue]) { CSVReader.hashtags($0) } }
        tally.add(kind)
        if tags == nil && (rowPlatform != nil || nodePlatforms.isEmpty) {
            // One platform for both ends: the ids go to the sink as bytes (the record was
            // UTF-8-validated already).
            // The closures capture only locals: capturing `self` copies the whole reader per row.
            let platform = rowPlatform ?? defaultPlatform, out = self.out
            let source = fields[columns[Role.source.rawValue]], target = fields[columns[Role.target.rawValue]]
            let loop = try CSVParser.withField(b, source) { rawSource in
                try CSVParser.withField(b, target) { rawTarget in
                    let src = trimmedID(rawSource), dst = trimmedID(rawTarget)
                    try out.edge(platform: platform, source: src, target: dst, kind: kind, count: count, firstAt: time, lastAt: time)
                    let loop = memcmpEqual(src, dst)
                    if eachWay, !loop {
                        try out.edge(platform: platform, source: dst, target: src, kind: kind, count: count, firstAt: time, lastAt: time)
                    }
                    return loop
                }
            }
            if loop { selfLoops += 1 }
            if eachWay { undirected += 1 }
            if eachWay, !loop { tally.add(kind) }
            if mapsAttributes { try sendAttributes(b, platform: platform) }
            return
        }
        let src = id(b, .source)!, dst = id(b, .target)!
        let sp = rowPlatform ?? nodePlatforms[src] ?? defaultPlatform
        let dp = rowPlatform ?? nodePlatforms[dst] ?? defaultPlatform
        let loop = sp == dp && src == dst
        if loop { selfLoops += 1 }
        let a = AccountKey(platform: sp, id: src), z = AccountKey(platform: dp, id: dst)
        try out.edge(EdgeRecord(source: a, target: z, kind: kind, count: count, firstAt: time, lastAt: time, hashtags: tags))
        if eachWay { undirected += 1 }
        if eachWay, !loop {
            tally.add(kind)
            try out.edge(EdgeRecord(source: z, target: a, kind: kind, count: count, firstAt: time, lastAt: time, hashtags: tags))
        }
        if mapsAttributes { try sendAttributes(b, platform: sp) }
    }

    /// Whether the column playing `role` holds an id (something besides whitespace and quotes).
    @inline(__always)
    private func hasID(_ b: UnsafeBufferPointer<UInt8>, _ role: Role) -> Bool {
        hasValue(role) && withField(b, columns[role.rawValue]) { !trimmedID($0).isEmpty }
    }

    /// The id in the column playing `role`, without surrounding whitespace and quotes.
    private func id(_ b: UnsafeBufferPointer<UInt8>, _ role: Role) -> String? {
        guard hasID(b, role) else { return nil }
        return withField(b, columns[role.rawValue]) { String(decoding: trimmedID($0), as: UTF8.self) }
    }

    /// The mapped attributes of the row's source account, the first time a row names it.
    private mutating func sendAttributes(_ b: UnsafeBufferPointer<UInt8>, platform: String) throws {
        guard let source = id(b, .source), attributed.insert(source).inserted else { return }
        var handle = text(b, .handle)
        if let h = handle, h.hasPrefix("@") { handle = String(h.dropFirst()) }
        let record = AccountRecord(key: AccountKey(platform: platform, id: source), handle: handle, name: text(b, .name),
                                   bio: text(b, .bio), specialty: text(b, .specialty))
        guard record.handle != nil || record.name != nil || record.bio != nil || record.specialty != nil else { return }
        try sink.account(record)
    }

    /// A kind cell: the built-in kinds under their usual names (``GraphRole/kind(_:)``), others as
    /// written, trimmed; nil when blank.
    static func kindWord(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let kind = GraphRole.kind(String(decoding: b, as: UTF8.self))
        return kind.isEmpty ? nil : kind
    }

    /// A Gephi `Type` cell: `directed`, `undirected` (also `mutual`, as GEXF says), or "" for anything else.
    static func direction(_ b: UnsafeBufferPointer<UInt8>) -> String {
        switch String(decoding: b, as: UTF8.self).lowercased() {
        case "directed": return "directed"
        case "undirected", "mutual": return "undirected"
        default: return ""
        }
    }

    /// The tags of a hashtags cell: split at spaces, tabs, commas, semicolons and `|`, `#` dropped.
    static func hashtags(_ b: UnsafeBufferPointer<UInt8>) -> [String] {
        var tags: [String] = []
        var start = 0
        for i in 0 ... b.count {
            let c: UInt8 = i < b.count ? b[i] : 32
            guard c == 32 || c == 9 || c == 44 || c == 59 || c == 124 else { continue }
            var s = start
            while s < i, b[s] == 35 { s += 1 }
            if s < i {
                let tag = String(decoding: UnsafeBufferPointer(rebasing: b[s ..< i]), as: UTF8.self)
                if !tags.contains(tag) { tags.append(tag) }
            }
            start = i + 1
        }
        return tags
    }

    private func number(_ b: UnsafeBufferPointer<UInt8>, _ role: Role, _ recordLine: Int) throws -> (Int?, Bool) {
        guard hasValue(role) else { return (nil, true) }
        let value = withField(b, columns[role.rawValue]) { bytes -> Int? in
            let t = String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace()
            return Int(t) ?? Double(t).flatMap { $0.isFinite && abs($0) < 1e15 ? Int($0) : nil }
        }
        guard let v = value, v >= 0 else {
            try context.reject(error("a non-negative number in the \(CSVReader.columnName(role)) column",
                                     "bad-number", line: recordLine))
            return (nil, false)
        }
        return (v, true)
    }

    private mutating func nodeRow(_ b: UnsafeBufferPointer<UInt8>, _ recordLine: Int) throws {
        guard let id = text(b, .id) else {
            return try context.reject(error("a value in the id column", "missing-field", line: recordLine))
        }
        let (followers, ok1) = try number(b, .followers, recordLine)
        guard ok1 else { return }
        let (following, ok2) = try number(b, .following, recordLine)
        guard ok2 else { return }
        var platform = defaultPlatform
        if let p = text(b, .platform) {
            platform = p.lowercased()
            nodePlatforms[id] = platform
        }
        var handle = text(b, .handle) ?? (idIsHandle ? id : nil)
        if let h = handle, h.hasPrefix("@") { handle = String(h.dropFirst()) }
        let record = AccountRecord(
            key: AccountKey(platform: platform, id: id), handle: handle, name: text(b, .name),
            bio: text(b, .bio), location: text(b, .location), followersCount: followers,
            followingCount: following, specialty: text(b, .specialty))
        context.count("node")
        try sink.account(record)
    }
}
