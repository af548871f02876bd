import CurbsideRecords
import Foundation

/// What `curbside inspect` says about one input: its format (detected as `import` detects
/// it), for delimited and whitespace edge lists the dialect, header, each column's guessed role
/// and type with samples, and the `curbside import` command line that reads it; for every
/// format the counts of an in-memory dry run of that command (the real reader, nothing written).
///
/// ```swift
/// let report = try Inspector.inspect("study.csv", options: ImportOptions())
/// print(report.command)     // curbside import study.csv --columns source=src_user,target=retweeted_user_id …
/// report.result.counts      // what the import would count: "edge", "edge:repost", …
/// ```
public struct Inspection: Sendable {
    /// How a delimited or whitespace edge list is written.
    public struct Dialect: Sendable, Equatable {
        /// `comma`, `tab`, `semicolon` or `whitespace` (runs of spaces and tabs).
        public var delimiter: String
        /// Whether some field is quoted with `"`.
        public var quoted: Bool
        /// Whether the first record is a header (as the proposed command reads it).
        public var header: Bool
        public var byteOrderMark: Bool
        /// Whether lines end with CRLF.
        public var crlf: Bool
        public var gzip: Bool
    }

    /// What a column's values look like (in the profiled rows).
    public enum ValueType: String, Sendable {
        case integer, decimal
        case epochSeconds = "epoch-seconds", epochMilliseconds = "epoch-ms"
        case isoTime = "iso-time"
        /// A time written as ``Column/timePattern`` (a `strptime` pattern).
        case patternTime = "time-pattern"
        /// Text with few distinct values (listed in ``Column/values``).
        case code
        case text
        /// No value in any profiled row.
        case empty
    }

    /// One column of a delimited or whitespace file.
    public struct Column: Sendable {
        /// 1-based, as `--columns` takes it.
        public var index: Int
        /// The header cell; nil without a header.
        public var name: String?
        /// `source`, `target`, `kind`, `time`, `weight`, `handle`, `name`, `bio`, `specialty`
        /// (as the proposed command reads it), other roles of a CSV header (`platform`,
        /// `hashtags`), or `ignored`.
        public var role: String
        public var type: ValueType
        /// The `strptime` pattern of a ``ValueType/patternTime`` column.
        public var timePattern: String?
        /// The distinct values, when there are at most 12 (codes, small counts); nil for id columns.
        public var values: [String]?
        /// The first few non-empty values (cell contents: shown to the user who asked about their own file).
        public var samples: [String]
        /// Profiled rows whose cell in this column is not valid UTF-8, and the first such line.
        public var invalidUTF8Rows: Int
        public var firstInvalidUTF8Line: Int?
    }

    /// The path as given.
    public var path: String
    public var format: ImportFormat
    /// Delimited and whitespace edge lists only.
    public var dialect: Dialect?
    public var header: [String]?
    public var columns: [Column] = []
    /// Data rows the column profile looked at (the first ``Inspector/profileLimit``).
    public var rowsProfiled = 0
    /// The dry run of the proposed command: rows read, skipped by reason, counts (`edge`,
    /// `edge:<kind>`, `self-loop`, …), notes and the kind chosen from a file name.
    public var result: ImportResult
    /// What inspect itself noticed (codes it could not map, why a flag is proposed).
    public var notes: [String] = []
    /// The options of the proposed command (what the dry run read with).
    public var options: ImportOptions
    /// `curbside import` and its arguments, unquoted.
    public var arguments: [String]

    /// The proposed command, shell-quoted: run it as printed.
    public var command: String { arguments.map(Inspector.shellQuoted).joined(separator: " ") }
    /// Rows (records) that would become ties.
    public var edges: Int { result.counts["edge"] ?? 0 }
    /// Ties per kind, from the dry run.
    public var edgesByKind: [String: Int] {
        var out: [String: Int] = [:]
        for (key, n) in result.counts where key.hasPrefix("edge:") { out[String(key.dropFirst(5))] = n }
        return out
    }
}

/// Builds an ``Inspection`` of a path; see `curbside inspect`.
public enum Inspector {
    /// Data rows profiled for types, samples and encoding problems.
    public static let profileLimit = 50_000

    /// Inspects `path`. `options` are the reader flags the user gave (`--columns`, `--kind-map`,
    /// `--time-format`, `--kind`, …): they are kept, and only what they leave open is guessed.
    ///
    /// - Throws: what ``Importer/prepare(_:options:)`` throws for a path in no known format,
    ///   and an ``ImportError`` with reason `unknown-column` for a given mapping naming a
    ///   column the file lacks (as `import` would).
    public static func inspect(_ path: String, options given: ImportOptions) throws -> Inspection {
        let source: PreparedSource, isDirectory: Bool
        do {
            (source, isDirectory) = try Importer.resolve(path, options: given)
        } catch where given.format == .auto && ["csv", "tsv"].contains((path as NSString).pathExtension.lowercased()) {
            // A .csv/.tsv whose header names no column Curbside knows matches no format until it
            // is mapped: profile it as delimited, which is what the proposed mapping makes of it.
            var delimitedOptions = given
            delimitedOptions.format = .csv
            guard let resolved = try? Importer.resolve(path, options: delimitedOptions) else { throw error }
            (source, isDirectory) = resolved
        }
        var options = given
        var notes: [String] = []
        var dialect: Inspection.Dialect?
        var header: [String]?
        var columns: [Inspection.Column] = []
        var profiled = 0
        let delimited = source.format == .csv && !isDirectory
        if delimited || source.format == .snap {
            let file = Importer.absolute(path)
            // A SNAP `nodes edges` counts line is not a row (the reader skips it too).
            let profile = try Profile(file: file, blankSeparated: !delimited,
                                      skipFirst: !delimited && given.columns == nil && Importer.countsHeader(file) != nil)
            let proposal = try propose(profile, file: file, delimited: delimited, options: &options, notes: &notes)
            header = proposal.header
            columns = proposal.columns
            profiled = proposal.dataRows
            dialect = Inspection.Dialect(delimiter: delimited ? profile.delimiterName : "whitespace", quoted: profile.quoted,
                                         header: proposal.header != nil, byteOrderMark: profile.bom, crlf: profile.crlf,
                                         gzip: profile.gzip)
        }
        // The dry run: the proposed command's reading, lenient to count every skip by reason.
        // Resolved again with the proposed flags, as import will (a mapped .tsv is CSV).
        let (proposed, _) = try Importer.resolve(path, options: options)
        if proposed.format == .csv, dialect?.delimiter == "whitespace" { dialect?.delimiter = "tab" } // a mapped .tsv
        var dry = options
        dry.lenient = true
        let result = try Importer.read(proposed, options: dry, into: DiscardingSink())
        let nulRemoved = result.counts["nul-removed"] ?? 0
        if result.recordsSkipped + nulRemoved > 0, !options.lenient {
            options.lenient = true
            let what = (result.recordsSkipped > 0 ? ["\(result.recordsSkipped) of \(result.recordsRead) records would be skipped"] : [])
                + (nulRemoved > 0 ? ["NUL bytes would be removed from \(nulRemoved) field\(nulRemoved == 1 ? "" : "s")"] : [])
            notes.append(what.joined(separator: " and ") + ": the command has --lenient (without it the import stops at the first problem, exit 3)")
        }
        return Inspection(path: path, format: proposed.format, dialect: dialect, header: header, columns: columns, rowsProfiled: profiled,
                          result: result, notes: notes, options: options, arguments: importArguments(path, options))
    }

    // MARK: The command

    /// `curbside import PATH` with the flags that give `options`.
    static func importArguments(_ path: String, _ o: ImportOptions) -> [String] {
        var args = ["curbside", "import", path]
        if o.format != .auto { args += ["--format", o.format.rawValue] }
        if let kind = o.kind { args += ["--kind", kind] }
        if let platform = o.platform { args += ["--platform", platform] }
        if let owner = o.owner { args += ["--owner", owner] }
        if let third = o.thirdColumn { args += ["--third-column", third.rawValue] }
        if let m = o.columns {
            let spec = ColumnMapping.Role.allCases.compactMap { role -> String? in
                guard let column = m.columns[role] else { return nil }
                switch column {
                case .name(let n): return "\(role.rawValue)=\(n)"
                case .index(let i): return "\(role.rawValue)=\(i)"
                }
            } + (m.header.map { ["header=\($0 ? "yes" : "no")"] } ?? [])
            if !spec.isEmpty { args += ["--columns", spec.joined(separator: ",")] }
            if !m.kindCodes.isEmpty {
                args += ["--kind-map", m.kindCodes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")]
            }
            switch m.timeFormat {
            case .auto: break
            case .epochSeconds: args += ["--time-format", "epoch"]
            case .epochMilliseconds: args += ["--time-format", "epoch-ms"]
            case .iso8601: args += ["--time-format", "iso8601"]
            case .strftime(let p): args += ["--time-format", p]
            }
            switch m.timeZone {
            case nil: break
            case .named(let n): args += ["--time-zone", n]
            case .offset(let s):
                let a = abs(s), h = a / 3600, m = a % 3600 / 60
                args += ["--time-zone", s == 0 ? "UTC" : "\(s < 0 ? "-" : "+")\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"]
            }
        }
        if let encoding = o.encoding { args += ["--encoding", encoding] }
        if o.lenient { args.append("--lenient") }
        if o.dropUnterminatedLastLine { args.append("--drop-unterminated-last-line") }
        return args
    }

    /// `text` as one POSIX shell word: unchanged when made of safe characters, else in single quotes.
    public static func shellQuoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")
        if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: Guessing

    /// Kinds that codes commonly stand for (Higgs `RT`/`MT`/`RE`, words), lowercased.
    static let kindCodes: [String: String] = [
        "rt": EdgeKind.repost, "retweet": EdgeKind.repost, "retweets": EdgeKind.repost, "retweeted": EdgeKind.repost,
        "repost": EdgeKind.repost, "reposts": EdgeKind.repost, "share": EdgeKind.repost, "boost": EdgeKind.repost,
        "mt": EdgeKind.mention, "mention": EdgeKind.mention, "mentions": EdgeKind.mention, "mentioned": EdgeKind.mention,
        "re": EdgeKind.reply, "reply": EdgeKind.reply, "replies": EdgeKind.reply, "replied": EdgeKind.reply,
        "qt": EdgeKind.quote, "quote": EdgeKind.quote, "quotes": EdgeKind.quote, "quoted": EdgeKind.quote,
        "follow": EdgeKind.follow, "follows": EdgeKind.follow, "following": EdgeKind.follow, "followed": EdgeKind.follow,
        "like": EdgeKind.like, "likes": EdgeKind.like, "liked": EdgeKind.like, "fav": EdgeKind.like, "favorite": EdgeKind.like,
    ]

    /// Words of a header name that suggest a role (`src_user` → source, `retweeted_user_id` → target).
    static let roleWords: [(ColumnMapping.Role, Set<String>)] = [
        (.source, ["source", "src", "from", "sender", "author", "ego", "origin", "actor"]),
        (.target, ["target", "dst", "to", "retweeted", "mentioned", "replied", "recipient", "receiver", "alter", "followed", "destination"]),
        (.kind, ["kind", "type", "relationship", "relation", "interaction", "action", "code"]),
        (.time, ["time", "date", "timestamp", "created", "datetime", "when"]),
        (.weight, ["weight", "count", "n", "freq", "frequency", "times", "strength"]),
        (.handle, ["handle", "screen", "username"]),
        (.bio, ["bio", "description"]),
        (.specialty, ["specialty", "speciality"]),
    ]

    /// Patterns tried, in order, for a time column that is neither Unix seconds nor ISO 8601.
    static let timePatterns = [
        "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S",
        "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%a %b %d %H:%M:%S %z %Y",
    ]

    private struct Proposal {
        var header: [String]?
        var columns: [Inspection.Column]
        var dataRows: Int
    }

    /// Guesses the header, each column's type and role, and sets the mapping flags in `options`
    /// that the guess needs (only those the user left open).
    private static func propose(_ profile: Profile, file: String, delimited: Bool, options: inout ImportOptions,
                                notes: inout [String]) throws -> Proposal {
        // NodeXL's sheets saved as CSV open with a row of column groups above the header, which
        // the CSV reader skips: a first row naming no column Curbside knows, under one that does.
        func knownNames(_ row: Profile.Row?) -> Int {
            row?.cells.filter { $0.map { CSVReader.synonyms[CSVReader.normalize($0)] != nil } ?? false }.count ?? 0
        }
        let rows = delimited && options.columns == nil && profile.rows.count > 1 && knownNames(profile.rows.first) == 0
            && knownNames(profile.rows[1]) >= 2 ? Array(profile.rows.dropFirst()) : profile.rows
        let width = rows.map(\.cells.count).max() ?? 0
        guard width > 0 else { return Proposal(header: nil, columns: [], dataRows: 0) }
        // Header: whether the first record names columns.
        let first = rows[0]
        let allTypes = (0 ..< width).map { k in typeOf(rows.dropFirst().compactMap { $0.cells.count > k ? $0.cells[k] : nil }) }
        let looksLikeHeader = (0 ..< min(width, first.cells.count)).contains { k in
            guard let cell = first.cells[k] else { return false }
            let numericColumn = [.integer, .decimal, .epochSeconds, .epochMilliseconds].contains(allTypes[k].type)
            return numericColumn && !cell.isEmpty && typeOf([cell]).type == .text
        } || (first.cells.contains { $0.map { CSVReader.synonyms[CSVReader.normalize($0)] != nil } ?? false })
        // A first row whose cell fits a numeric or time column (`…,1341100972`) is data.
        let firstRowIsData = (0 ..< min(width, first.cells.count)).contains { k in
            guard let cell = first.cells[k], !cell.isEmpty, ![.text, .code, .empty].contains(allTypes[k].type) else { return false }
            return typeOf([cell] + rows.dropFirst().compactMap { $0.cells.count > k ? $0.cells[k] : nil }).type == allTypes[k].type
        }
        let hasHeader = options.columns?.header ?? (looksLikeHeader || delimited && !firstRowIsData)
        let names: [String]? = hasHeader ? (0 ..< width).map { k in k < first.cells.count ? (first.cells[k] ?? "") : "" } : nil
        let data = Array((hasHeader ? rows.dropFirst() : rows[...]).prefix(profileLimit))
        var columns: [Inspection.Column] = (0 ..< width).map { k in
            let cells = data.compactMap { $0.cells.count > k ? $0.cells[k] : nil }
            let typed = hasHeader ? allTypes[k] : typeOf(cells)
            let bad = data.filter { $0.cells.count > k && $0.cells[k] == nil }
            var samples: [String] = []
            for c in cells where !c.isEmpty && !samples.contains(c) {
                samples.append(c)
                if samples.count == 3 { break }
            }
            return Inspection.Column(index: k + 1, name: names?[k], role: "ignored", type: typed.type, timePattern: typed.pattern,
                                     values: typed.distinct.count <= 12 && !typed.distinct.isEmpty ? typed.distinct.sorted() : nil,
                                     samples: samples, invalidUTF8Rows: bad.count, firstInvalidUTF8Line: bad.first?.line)
        }
        // Roles: the user's mapping, else the header's names as the reader knows them, else guesses.
        var roles: [ColumnMapping.Role: Int] = [:]
        if let mapping = options.columns {
            roles = try mapping.resolve(header: names, count: width, file: Importer.displayName(file, in: file), line: rows[0].line)
        }
        var defaults = names.map(headerRoles) ?? [:]
        let userGaveColumns = !(options.columns?.columns.isEmpty ?? true)
        if !userGaveColumns {
            roles = guessRoles(columns, names: names, defaults: defaults, delimited: delimited)
        } else {
            for (role, k) in defaults where roles[role] == nil && !roles.values.contains(k) { roles[role] = k }
        }
        // Gephi's `Type` (Directed/Undirected per row) is each row's direction, which the CSV
        // reader reads by itself, not a kind.
        if let k = roles[.kind], let values = columns[k].values, !values.isEmpty,
           values.allSatisfy({ ["directed", "undirected", "mutual"].contains($0.lowercased()) }) {
            roles[.kind] = nil
            if defaults[.kind] == k { defaults[.kind] = nil }
            columns[k].role = "direction"
        }
        for (role, k) in roles {
            columns[k].role = role.rawValue
            if role == .source || role == .target { // ids, however few: no code, no list of values
                if columns[k].type == .code { columns[k].type = .text }
                columns[k].values = nil
            }
        }
        if let names { // roles a CSV header gives that mappings do not name (platform, hashtags)
            for k in 0 ..< width where columns[k].role == "ignored" {
                if let r = CSVReader.synonyms[CSVReader.normalize(names[k])], r == .platform || r == .hashtags { columns[k].role = "\(r)" }
            }
        }
        // Kind codes and time format the guessed columns need.
        var mapping = options.columns ?? ColumnMapping()
        var needsMapping = userGaveColumns
        if let k = roles[.kind], mapping.kindCodes.isEmpty {
            let codes = columns[k].values ?? []
            // What the reader makes of a code by itself: the CSV reader knows the built-in kinds
            // under their usual names (NodeXL's `Replies to`, `Followed`); as written otherwise.
            let builtIn: Set<String> = [EdgeKind.follow, EdgeKind.mention, EdgeKind.reply, EdgeKind.repost, EdgeKind.quote, EdgeKind.like]
            func asRead(_ code: String) -> String { delimited ? GraphRole.kind(code) : code }
            let mapped = codes.map { c in (c, kindCodes[c.lowercased()] ?? (builtIn.contains(asRead(c)) ? asRead(c) : nil)) }
            if !codes.isEmpty, mapped.allSatisfy({ $0.1 != nil }), !codes.contains(where: { $0.contains(",") || $0.contains("=") }) {
                if mapped.contains(where: { asRead($0.0) != $0.1 }) {
                    mapping.kindCodes = Dictionary(uniqueKeysWithValues: mapped.map { ($0.0, $0.1!) })
                    needsMapping = true
                }
            } else {
                let unknown = mapped.filter { $0.1 == nil }.map(\.0)
                let shown = codes.isEmpty ? "its values are not kinds" : unknown.count == 1 ? "the code \(unknown[0]) is not a kind" : "the codes " + unknown.joined(separator: ", ") + " are not kinds"
                notes.append("kind column \(columns[k].name ?? "\(k + 1)"): \(shown) Curbside knows, so \(unknown.count == 1 && !codes.isEmpty ? "it becomes a kind" : "they become kinds") "
                    + "as written; add --kind-map CODE=KIND,… (kinds: follow, mention, reply, repost, quote, like, or any label)")
            }
        }
        if let k = roles[.time], mapping.timeFormat == .auto {
            switch columns[k].type {
            case .epochMilliseconds: mapping.timeFormat = .epochMilliseconds; needsMapping = true
            case .patternTime: mapping.timeFormat = .strftime(columns[k].timePattern!); needsMapping = true
            default: break
            }
        }
        if !userGaveColumns {
            let core: [ColumnMapping.Role] = [.source, .target, .kind, .time, .weight]
            if delimited {
                // The header's own names do the reading unless a guessed role differs from them.
                if core.contains(where: { roles[$0] != defaults[$0] }) || roles.keys.contains(where: { !core.contains($0) }) {
                    needsMapping = true
                }
            } else if roles[.kind] != nil || width > 3 {
                // Coded kinds: say which column and which codes, not the SNAP reader's built-in table;
                // a fourth column the reader would take as a code holds something else.
                needsMapping = true
            } else if let third = roles[.time].map({ _ in ThirdColumn.time }) ?? roles[.weight].map({ _ in ThirdColumn.weight }),
                      options.thirdColumn == nil, !hasHeader {
                let detected = try Importer.detectThirdColumn(file, skipFirstLine: try Importer.countsHeader(file) != nil)?.0
                if detected != third {
                    options.thirdColumn = third
                    notes.append("column 3 holds \(third == .weight ? "weights" : "times"): --third-column \(third.rawValue)")
                }
            }
            if needsMapping || hasHeader && !delimited {
                mapping.columns = [:]
                for (role, k) in roles {
                    let unique = names.map { n in !n[k].isEmpty && n.filter { $0 == n[k] }.count == 1 && !n[k].contains(",") && !n[k].contains("=")
                        && Int(n[k]) == nil } ?? false
                    mapping.columns[role] = unique ? .name(names![k]) : .index(k + 1)
                }
                if !delimited { mapping.header = hasHeader ? (mapping.namesColumns ? nil : true) : nil }
                if delimited, !hasHeader { mapping.header = false }
                needsMapping = true
            }
        }
        if needsMapping || mapping != (options.columns ?? ColumnMapping()) { options.columns = mapping }
        return Proposal(header: names, columns: columns, dataRows: data.count)
    }

    /// The roles a CSV header's names give without a mapping (as the CSV reader reads them).
    static func headerRoles(_ names: [String]) -> [ColumnMapping.Role: Int] {
        var out: [ColumnMapping.Role: Int] = [:]
        for (k, name) in names.enumerated() {
            guard let r = CSVReader.synonyms[CSVReader.normalize(name)],
                  let role = ColumnMapping.Role(rawValue: "\(r)"), out[role] == nil else { continue }
            out[role] = k
        }
        return out
    }

    /// Roles from header names (the reader's, then words of the name), else from positions and types.
    private static func guessRoles(_ columns: [Inspection.Column], names: [String]?, defaults: [ColumnMapping.Role: Int],
                                   delimited: Bool) -> [ColumnMapping.Role: Int] {
        // The reader's own names for the edge roles; attribute names (`label`, `name`) of an edge
        // list may describe the edge (Gephi's Label), so attributes come only from clearer words.
        var roles = defaults.filter { [.source, .target, .kind, .time, .weight].contains($0.key) }
        func free(_ k: Int) -> Bool { !roles.values.contains(k) && columns[k].type != .empty }
        func fits(_ role: ColumnMapping.Role, _ k: Int) -> Bool {
            switch role {
            case .time: return [.epochSeconds, .epochMilliseconds, .isoTime, .patternTime].contains(columns[k].type)
            case .weight: return [.integer, .decimal].contains(columns[k].type)
            default: return true
            }
        }
        if let names {
            for (role, words) in roleWords where roles[role] == nil {
                let k = names.indices.first { k in
                    free(k) && fits(role, k) && !Set(names[k].lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)).isDisjoint(with: words)
                }
                if let k { roles[role] = k }
            }
        }
        let idLike: Set<Inspection.ValueType> = [.integer, .text, .code]
        if names == nil && !delimited {
            // A whitespace list: source and target in columns 1 and 2, then what the values say.
            if columns.count >= 2 { roles[.source] = 0; roles[.target] = 1 }
            for k in 2 ..< max(2, columns.count) where free(k) {
                if fits(.time, k) {
                    if roles[.time] == nil { roles[.time] = k }
                } else if fits(.weight, k) {
                    if roles[.weight] == nil { roles[.weight] = k }
                } else if columns[k].type == .code, roles[.kind] == nil {
                    roles[.kind] = k
                }
            }
            return roles
        }
        for role in [ColumnMapping.Role.source, .target] where roles[role] == nil {
            if let k = columns.indices.first(where: { free($0) && idLike.contains(columns[$0].type) }) { roles[role] = k }
        }
        if roles[.time] == nil, let k = columns.indices.first(where: { free($0) && fits(.time, $0) }) { roles[.time] = k }
        if roles[.kind] == nil, let k = columns.indices.first(where: { free($0) && columns[$0].type == .code }) { roles[.kind] = k }
        return roles
    }

    /// The type of a column's non-empty values, its time pattern, and its distinct values (up to 13).
    static func typeOf(_ cells: [String]) -> (type: Inspection.ValueType, pattern: String?, distinct: Set<String>) {
        var distinct = Set<String>()
        var integer = true, number = true, epoch = true, epochMS = true, generic = true
        var count = 0
        let latest = EdgeListHints.latestPlausibleTime()
        for cell in cells where !cell.isEmpty {
            count += 1
            if distinct.count <= 12 { distinct.insert(cell) }
            let isInt = Int64(cell) != nil
            integer = integer && isInt
            number = number && Double(cell) != nil && !cell.lowercased().contains("n") && !cell.contains("e") // no nan, inf, 1e5
            if epoch { epoch = isInt && EdgeListHints.isPlausibleTime(Int64(cell)!, latest: latest) }
            if epochMS { epochMS = isInt && EdgeListHints.isPlausibleTime(Int64(cell)! / 1000, latest: latest) }
            if generic, !isInt { generic = Timestamps.parseGeneric(cell) != nil }
        }
        if count == 0 { return (.empty, nil, distinct) }
        if epoch { return (.epochSeconds, nil, distinct) }
        if epochMS { return (.epochMilliseconds, nil, distinct) }
        if integer { return (.integer, nil, distinct) }
        if number { return (.decimal, nil, distinct) }
        if generic { return (.isoTime, nil, distinct) }
        let sample = cells.filter { !$0.isEmpty }
        for p in timePatterns {
            let m = ColumnMapping(timeFormat: .strftime(p))
            if sample.allSatisfy({ c in Array(c.utf8).withUnsafeBufferPointer { m.time($0) != nil } }) { return (.patternTime, p, distinct) }
        }
        let few = distinct.count <= 12 && distinct.count * 2 <= count
        return (few ? .code : .text, nil, distinct)
    }

    /// Records of the file's first ``profileLimit`` rows as trimmed cells (nil: not UTF-8),
    /// with what its first bytes say about the dialect.
    private struct Profile {
        struct Row { var line: Int; var cells: [String?] }
        var rows: [Row] = []
        var delimiterName = "comma"
        var quoted = false, bom = false, crlf = false, gzip = false

        init(file: String, blankSeparated: Bool, skipFirst: Bool) throws {
            let head = try ByteChunks.prefix(path: file, limit: 1 << 16)
            bom = head.starts(with: [0xEF, 0xBB, 0xBF])
            crlf = head.indices.dropLast().contains { head[$0] == 13 && head[$0 + 1] == 10 }
            quoted = head.contains(34)
            if let handle = FileHandle(forReadingAtPath: file) {
                gzip = (try? handle.read(upToCount: 2)) == Data([0x1F, 0x8B])
                try? handle.close()
            }
            struct Enough: Error {}
            var parser = blankSeparated ? CSVParser(blankSeparated: ()) : CSVParser(delimiter: nil)
            var rows: [Row] = []
            var skipped = false
            let limit = Inspector.profileLimit + 1
            do {
                try ByteChunks.scan(path: file) { b, isFinal in
                    try parser.records(in: b, isFinal: isFinal, { p, b, r in
                        if p.isBlank(b, r) { return }
                        if blankSeparated, p.fieldCount > 0, b[p.fields[0].start] == 35 || b[p.fields[0].start] == 37 { return }
                        if skipFirst, !skipped { skipped = true; return }
                        let cells = (0 ..< p.fieldCount).map { k in
                            CSVParser.withField(b, p.fields[k]) { utf8String(trimmedID($0)) }
                        }
                        rows.append(Row(line: r.line, cells: cells))
                        if rows.count >= limit { throw Enough() }
                    }, unterminated: { _ in })
                }
            } catch is Enough {}
            self.rows = rows
            switch parser.delimiter {
            case 9: delimiterName = "tab"
            case 59: delimiterName = "semicolon"
            default: delimiterName = "comma"
            }
        }
    }
}

/// A sink that keeps nothing: the dry run's counts are in its ``ImportResult``.
private final class DiscardingSink: RecordSink {
    func account(_ record: AccountRecord) throws {}
    func edge(_ record: EdgeRecord) throws {}
    func hashtag(_ record: HashtagRecord) throws {}
    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {}
}
