import CurbsideRecords
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of an input format ``Importer`` reads, or `auto`.
///
/// The formats are those of ``FormatRegistry``; each declares its constant in its folder
/// under `Formats/` (`ImportFormat.csv`, `.xArchive`, …). ``allCases`` is `auto` followed by
/// the registry's formats in detection order, and ``init(rawValue:)`` accepts exactly those
/// names, so the CLI's `--format` values and help follow the registry. ``summary`` says what
/// a format looks like.
///
/// Every file-based format also reads its gzip-compressed form (`edges.txt.gz`).
public struct ImportFormat: RawRepresentable, Hashable, CaseIterable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// A format's constant; only the formats of the registry make one.
    init(_ name: String) { rawValue = name }

    /// `auto` or the name of a registered format; nil for anything else.
    public init?(rawValue: String) {
        guard rawValue == ImportFormat.auto.rawValue || FormatRegistry.readers.contains(where: { $0.format.rawValue == rawValue })
        else { return nil }
        self.rawValue = rawValue
    }

    /// Detect the format from the path (see ``Importer/prepare(_:options:)``).
    public static let auto = ImportFormat("auto")

    /// `auto`, then every registered format in detection order.
    public static var allCases: [ImportFormat] { [.auto] + FormatRegistry.readers.map(\.format) }

    /// What the format looks like, in a few words (`auto`: "detect the format").
    public var summary: String {
        FormatRegistry.reader(for: self)?.summary ?? "detect the format"
    }

    public var description: String { rawValue }
}

/// How to read a source.
public struct ImportOptions: Sendable {
    /// The format to read; `.auto` detects it.
    public var format: ImportFormat = .auto
    /// Edge kind for generic files whose rows carry none (CSV without a kind column, SNAP).
    /// When `nil`, such edges get the kind `"edge"`: a generic file says nothing about
    /// whether a tie is a follow, a mention or an e-mail, so the importer does not guess.
    public var kind: String?
    /// Platform label for accounts of generic files (CSV default `"csv"`, SNAP `"snap"`,
    /// multiplex `"multiplex"`). X archives always use `"x"`.
    public var platform: String?
    /// Skip bad records (counting them by reason) instead of failing on the first.
    public var lenient = false
    /// The account that owns an export which does not name its owner, such as Mastodon's
    /// `following_accounts.csv` (every row is "the owner follows this account"). Written as
    /// `user@instance`, `@user@instance` or an actor URI (`https://instance/users/user`).
    /// An `actor.json` next to the file takes precedence; with neither, the import fails
    /// with an ``ImportError`` (reason `missing-owner`) saying so.
    public var owner: String?
    /// The longest line a JSON Lines reader (twarc2) accepts, in bytes. A longer line is an
    /// error (reason `line-too-long`; skipped in lenient mode) and is never held in memory
    /// whole, so a damaged 1 GB line costs at most about twice this much memory.
    public var maxLineBytes = 64 << 20
    /// Drop a last line that has no line terminator (SNAP edge lists), for files known to be
    /// cut short, such as a prefix of a larger download: its last line is likely a partial
    /// record (`22732 1` cut from `22732 1234`). Counted as `dropped-partial-line`. Without
    /// this flag such a line is read, and a note points it out.
    public var dropUnterminatedLastLine = false
    /// What the third column of a whitespace edge list (`a b x`) holds. Nil detects it: a
    /// time only when every value of the column is one (a Unix time between 2006-03-21 and
    /// now, or an ISO 8601 date), otherwise a weight; see ``ThirdColumn``.
    public var thirdColumn: ThirdColumn?
    /// Which column is which in a CSV/TSV file (``ColumnMapping``), for headers Curbside does
    /// not recognise or files without one. Nil: columns found by header name.
    public var columns: ColumnMapping?
    /// The text encoding of delimited and whitespace files (``encodedFormats``), converted to
    /// UTF-8 with iconv as they stream (``IconvStream``): `latin1`, `windows-1252`, `UTF-16`, …
    /// Nil: UTF-8 (only the columns a reader uses must be valid).
    public var encoding: String?

    /// The formats ``encoding`` applies to; the others (XML, JSON, archives) say their own.
    public static let encodedFormats: Set<ImportFormat> = [.csv, .snap, .edgelistData, .pajek, .multiplex, .handles]

    /// Whether iconv knows `name` as an encoding to convert from (`--encoding` checks it: a usage error).
    public static func isKnownEncoding(_ name: String) -> Bool { IconvStream.isKnown(name) }

    public init(format: ImportFormat = .auto, kind: String? = nil, platform: String? = nil, lenient: Bool = false,
                owner: String? = nil) {
        self.format = format
        self.kind = kind
        self.platform = platform
        self.lenient = lenient
        self.owner = owner
    }
}

/// What the third column of a whitespace edge list holds.
public enum ThirdColumn: String, Sendable, CaseIterable, Equatable {
    /// How often the tie was seen (the edge's count): a positive number, decimals rounded.
    case weight
    /// When it was seen: Unix seconds or ISO 8601.
    case time
}

/// The kind an edge-list file's ties got when its rows carry none, and why.
public struct KindChoice: Sendable, Equatable {
    /// Why the kind is what it is.
    public enum Basis: String, Sendable, Equatable {
        /// `ImportOptions.kind` (`--kind`).
        case option
        /// The file's name names it (``word``): `higgs-retweet_network.edgelist` → repost.
        case fileName = "file-name"
        /// Neither: the generic kind `edge`.
        case none
    }

    /// The file, as errors name it.
    public var file: String
    public var kind: String
    public var basis: Basis
    /// The word of the file name that named the kind (``Basis/fileName`` only).
    public var word: String?

    public init(file: String, kind: String, basis: Basis, word: String? = nil) {
        self.file = file
        self.kind = kind
        self.basis = basis
        self.word = word
    }
}

/// A problem with the input, precise enough to find and fix it, and safe to print.
///
/// The description is `"<file>: <location>: expected <expected>"`. It never quotes the
/// offending content (a bio, a post, a cell): at most a column name or a JSON key, so error
/// logs carry no personal text.
public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file, as a path or as a path inside an archive (`data/tweet.js`).
    public var file: String
    /// Where in the file: `"line 12"`, `"$[3].tweet.created_at"`, `"byte 1043"`.
    public var location: String
    /// What the importer expected to find there.
    public var expected: String
    /// A short stable code, used to count skipped records in lenient mode
    /// (`bad-timestamp`, `missing-field`, `bad-json`, `invalid-utf8`, …).
    public var reason: String

    public init(file: String, location: String, expected: String, reason: String) {
        self.file = file
        self.location = location
        self.expected = expected
        self.reason = reason
    }

    public var description: String { "\(file): \(location): expected \(expected)" }
}

extension ImportError: ShapedError {
    /// ``reason`` is the code; the file and location are where; bad input (exit 3), except a
    /// column mapping naming a column the file lacks (`unknown-column`): a usage error (exit 2).
    public var shape: ErrorShape {
        ErrorShape(code: reason, location: "\(file): \(location)", expected: expected,
                   exit: reason == "unknown-column" ? .usage : .badInput)
    }
}

/// A path that exists but cannot be read (permission denied, an I/O error): a runtime
/// failure of the machine, not bad input. The description is `"<path>: cannot read: <cause>"`.
public struct UnreadableInput: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file or folder, as given or (for a file inside a folder) absolute.
    public var path: String
    /// The system's reason, lowercase (`permission denied`).
    public var cause: String

    public init(path: String, cause: String) {
        self.path = path
        self.cause = cause
    }

    init(path: String, errorNumber: Int32) {
        self.init(path: path, cause: String(cString: strerror(errorNumber)).lowercased())
    }

    public var description: String { "\(path): cannot read: \(cause)" }
}

extension UnreadableInput: ShapedError {
    /// `unreadable`, the path, the system's reason; a runtime failure (exit 1).
    public var shape: ErrorShape {
        ErrorShape(code: "unreadable", location: path, expected: "a readable file or folder", cause: cause, exit: .runtimeFailure)
    }
}

/// A source whose format is known and whose content is fingerprinted, ready to ``Importer/read(_:options:into:)``.
public struct PreparedSource: Sendable {
    /// The path as given to ``Importer/prepare(_:options:)``.
    public var path: String
    /// The resolved format; never `.auto`.
    public var format: ImportFormat
    /// Lowercase hex SHA-256 of the content. For a single file, the file's own digest (so
    /// `sha256sum` agrees); for a source made of several files (a folder, a multiplex
    /// triple), the digest of the lines `"<relative path>\0<file digest>\n"` in sorted path order.
    /// Empty from ``Importer/prepareConcurrently(_:options:)``, whose ``PendingFingerprint`` gives it.
    public var sha256: String
    /// The files the source is made of (absolute paths, or for a zip the zip itself), sorted.
    public var files: [String]

    public init(path: String, format: ImportFormat, sha256: String, files: [String]) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.files = files
    }
}

/// What an import read, skipped and noticed.
public struct ImportResult: Sendable {
    /// Input records read (rows, lines, JSON array items), including skipped ones.
    public var recordsRead: Int = 0
    /// Records skipped in lenient mode.
    public var recordsSkipped: Int = 0
    /// Skipped records per ``ImportError/reason``.
    public var skippedByReason: [String: Int] = [:]
    /// The first 10 problems (lenient mode).
    public var problems: [ImportError] = []
    /// Counts per record type. Every format: `"edge"`, `"edge:<kind>"` per edge kind,
    /// `"account"` and `"hashtag"` (records sent). X archives add `"follower"`,
    /// `"following"`, `"tweet"`, `"retweet"`, `"reply"`, `"self-reply"`, `"like"`,
    /// `"quote-unresolved"`, `"quote-no-author"`, `"screen-name-change"`, `"edit-superseded"`; CSV node lists and multiplex node files
    /// `"node"` (rows); CSV and SNAP edge lists `"self-loop"` (rows whose two ends are one account,
    /// kept as edges); SNAP `"node"` (distinct endpoints); multiplex `"layer"`.
    /// Bluesky repositories: `"block"`, `"mst-node"`, `"record"`, `"post"`, `"reply"`, `"follow"`,
    /// `"like"`, `"repost"`, `"vote"`, `"profile"`, `"other-record"`, `"self-reply"`, `"self-edge"`,
    /// `"uri-not-did"`, `"unreferenced-block"`. GraphML/GEXF: `"node"`, `"edge-element"`,
    /// `"undirected-edge"`, `"hyperedge"`.
    public var counts: [String: Int] = [:]
    /// Plain-language remarks, e.g. `"29 likes name no author: no like edges"`.
    public var notes: [String] = []
    /// What the user must know, e.g. that a well-formed file gave no account and no tie.
    public var warnings: [String] = []
    /// Edge lists (SNAP, CSV) whose rows carry no kind: the kind each file's ties got and why.
    public var kindChoices: [KindChoice] = []
    /// Whitespace edge lists with a third column: what it was read as.
    public var thirdColumn: ThirdColumn?
    /// Which column is which in a CSV/TSV file (``ColumnMapping``), for headers Curbside does
    /// not recognise or files without one. Nil: columns found by header name.
    public var columns: ColumnMapping?

    public init() {}
}

/// Book-keeping shared by the readers: strict/lenient handling, counts, notes.
final class ImportContext {
    let lenient: Bool
    var result = ImportResult()

    init(lenient: Bool) {
        self.lenient = lenient
    }

    /// Reports a bad record: throws in strict mode, counts and goes on in lenient mode.
    func reject(_ error: ImportError) throws {
        guard lenient else { throw error }
        result.recordsSkipped += 1
        result.skippedByReason[error.reason, default: 0] += 1
        if result.problems.count < 10 { result.problems.append(error) }
    }

    @inline(__always)
    func count(_ key: String, _ n: Int = 1) {
        result.counts[key, default: 0] += n
    }

    func note(_ text: String) {
        result.notes.append(text)
    }

    /// The note every weighted reader gives when it rounded decimal weights (`parseWeight`) to counts.
    func noteRoundedWeights(_ n: Int, in name: String) {
        if n > 0 { note("\(name): \(n) decimal weights rounded to whole counts") }
    }

    /// Fields whose NUL bytes were removed (lenient mode), per field name.
    private var nulFields: [String: Int] = [:]

    /// A field of a record held NUL bytes (which would cut the stored text short). Strict:
    /// throws `failure`, a bad record; lenient: records that the bytes were removed, for the
    /// count `nul-removed` and a note (see ``finish()``), and the caller goes on with the
    /// field without them.
    func nulInField(_ field: String, _ failure: @autoclosure () -> ImportError) throws {
        guard lenient else { throw failure() }
        nulFields[field, default: 0] += 1
    }

    /// Adds what was tallied during the read to the result; called once, at its end.
    func finish() {
        let removed = nulFields.values.reduce(0, +)
        guard removed > 0 else { return }
        count("nul-removed", removed)
        let fields = nulFields.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        note("NUL bytes removed from \(removed) field\(removed == 1 ? "" : "s") (\(fields))")
    }
}

/// The error for a NUL byte in a field: a bad record (a NUL would silently cut the field
/// short in the store). Names the field, never its content.
func nulByteError(file: String, location: String, field: String) -> ImportError {
    ImportError(file: file, location: location, expected: "no NUL byte in the \(field) (it would cut the value short)",
                reason: "nul-byte")
}

/// A sink wrapper that counts edges per kind and accounts/hashtags into the context, and
/// the one place every record (except the CSV and SNAP fast paths, which check their own
/// bytes) passes on its way to the store: a text field holding a NUL byte is a bad record
/// in strict mode (named `<file>: record <n>` with the field), and in lenient mode the NUL
/// bytes are removed and counted (``ImportContext/nulInField(_:_:)``).
final class CountingSink: RecordSink {
    let base: RecordSink
    /// How errors name the source, and the context that says strict or lenient.
    private let file: String
    private let context: ImportContext?
    var edges = 0
    var accounts = 0
    var hashtags = 0
    /// Edges per kind; few kinds, usually repeated, so a short list with a "last used" slot.
    private var kinds: [(kind: String, count: Int)] = []
    private var lastKind = -1

    init(_ base: RecordSink, file: String = "", context: ImportContext? = nil) {
        self.base = base
        self.file = file
        self.context = context
    }

    @inline(__always)
    private static func hasNul(_ s: String?) -> Bool { s?.utf8.contains(0) ?? false }

    /// `value` without its NUL bytes (lenient), or the strict error for `field`.
    private func withoutNul(_ value: String, _ field: String) throws -> String {
        guard Self.hasNul(value), let context else { return value }
        try context.nulInField(field, nulByteError(file: file, location: "record \(max(context.result.recordsRead, 1))",
                                                   field: field))
        return String(decoding: value.utf8.filter { $0 != 0 }, as: UTF8.self)
    }

    private func withoutNul(_ value: String?, _ field: String) throws -> String? {
        try value.map { try withoutNul($0, field) }
    }

    private func withoutNul(_ key: AccountKey, _ field: String) throws -> AccountKey {
        AccountKey(platform: try withoutNul(key.platform, "platform"), id: try withoutNul(key.id, field))
    }

    /// Lenient mode: whether one of the `required` fields (name, value) is made only of NUL
    /// bytes, so would be empty once they are removed. If so the record is a bad record
    /// (`missing-field`), counted as skipped, and the caller drops it. Strict mode fails at
    /// the NUL byte itself (``withoutNul(_:_:)``), so this says false there.
    private func rejectedEmptyWithoutNul(_ required: [(String, String)]) throws -> Bool {
        guard let context, context.lenient,
              let field = required.first(where: { !$0.1.isEmpty && $0.1.utf8.allSatisfy { $0 == 0 } })?.0 else { return false }
        try context.reject(ImportError(file: file, location: "record \(max(context.result.recordsRead, 1))",
                                       expected: "the \(field) to hold more than NUL bytes", reason: "missing-field"))
        return true
    }

    func account(_ record: AccountRecord) throws {
        var r = record
        if Self.hasNul(r.key.id) || Self.hasNul(r.key.platform) || Self.hasNul(r.handle) || Self.hasNul(r.name)
            || Self.hasNul(r.bio) || Self.hasNul(r.location) || Self.hasNul(r.specialty) {
            if try rejectedEmptyWithoutNul([("platform", r.key.platform), ("account id", r.key.id)]) { return }
            r.key = try withoutNul(r.key, "account id")
            r.handle = try withoutNul(r.handle, "handle")
            r.name = try withoutNul(r.name, "name")
            r.bio = try withoutNul(r.bio, "bio")
            r.location = try withoutNul(r.location, "location")
            r.specialty = try withoutNul(r.specialty, "specialty")
        }
        accounts += 1
        try base.account(r)
    }

    func edge(_ record: EdgeRecord) throws {
        if Self.hasNul(record.source.id) || Self.hasNul(record.target.id) || Self.hasNul(record.source.platform)
            || Self.hasNul(record.target.platform) || Self.hasNul(record.kind) || record.hashtags?.contains(where: Self.hasNul) == true {
            let required = [("platform", record.source.platform), ("source id", record.source.id),
                            ("platform", record.target.platform), ("target id", record.target.id), ("edge kind", record.kind)]
                + (record.hashtags ?? []).map { ("hashtag", $0) }
            if try rejectedEmptyWithoutNul(required) { return }
            var r = record
            r.source = try withoutNul(r.source, "source id")
            r.target = try withoutNul(r.target, "target id")
            r.kind = try withoutNul(r.kind, "edge kind")
            r.hashtags = try r.hashtags?.map { try withoutNul($0, "hashtag") }
            return try edge(r)
        }
        edges += 1
        if lastKind >= 0, kinds[lastKind].kind == record.kind {
            kinds[lastKind].count += 1
        } else if let i = kinds.firstIndex(where: { $0.kind == record.kind }) {
            kinds[i].count += 1
            lastKind = i
        } else {
            kinds.append((record.kind, 1))
            lastKind = kinds.count - 1
        }
        try base.edge(record)
    }

    func hashtag(_ record: HashtagRecord) throws {
        var r = record
        if Self.hasNul(r.tag) || Self.hasNul(r.account.id) || Self.hasNul(r.account.platform) {
            let required = [("hashtag", r.tag), ("platform", r.account.platform), ("account id", r.account.id)]
            if try rejectedEmptyWithoutNul(required) { return }
            r.tag = try withoutNul(r.tag, "hashtag")
            r.account = try withoutNul(r.account, "account id")
        }
        hashtags += 1
        try base.hashtag(r)
    }

    /// Adds edges that a fast reader sent straight to ``base`` and counted itself.
    func addEdges(kind: String, _ n: Int) {
        guard n > 0 else { return }
        edges += n
        if let i = kinds.firstIndex(where: { $0.kind == kind }) { kinds[i].count += n } else { kinds.append((kind, n)) }
    }

    func flush(into context: ImportContext) {
        if edges > 0 { context.count("edge", edges) }
        if accounts > 0 { context.count("account", accounts) }
        if hashtags > 0 { context.count("hashtag", hashtags) }
        for (kind, n) in kinds { context.count("edge:\(kind)", n) }
    }
}
