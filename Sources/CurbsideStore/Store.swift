import CSQLite
import CurbsideGraph
import Foundation

/// One imported source, as recorded in the store.
public struct SourceInfo: Sendable, Equatable {
    public var id: Int64
    public var path: String
    public var format: String
    public var sha256: String
    /// Unix seconds (UTC).
    public var importedAt: Int64
    public var recordsRead: Int
    public var recordsSkipped: Int
    /// JSON written by the importer: counts per record type, skip reasons, notes.
    public var details: String?

    /// ``details`` read (empty when a store recorded none or they do not read).
    public var importDetails: ImportDetails { ImportDetails.parse(details) ?? ImportDetails() }
}

/// What an import body reports back when it has streamed its records.
public struct ImportCounts: Sendable {
    public var read: Int
    public var skipped: Int
    /// JSON object with anything worth keeping (counts per record type, skip reasons).
    public var details: String?

    public init(read: Int, skipped: Int, details: String? = nil) {
        self.read = read
        self.skipped = skipped
        self.details = details
    }
}

/// The result of ``Store/importSource(path:format:sha256:importedAt:_:)``.
public enum ImportOutcome: Sendable {
    /// The source was new and its records are now in the store.
    case imported(SourceInfo)
    /// A source with the same SHA-256 was imported before; nothing changed.
    case alreadyImported(SourceInfo)

    public var source: SourceInfo {
        switch self { case .imported(let s), .alreadyImported(let s): return s }
    }
}

/// Counts over the whole store, merged across sources.
public struct StoreStatistics: Sendable, Equatable {
    public var accounts: Int
    /// Distinct (source account, target account, kind) edges per kind label.
    public var edges: [String: Int]
    /// Interactions per kind label: the sum over edges of each edge's count, where an edge
    /// seen in several sources counts as its largest count in any one of them (sources
    /// usually overlap: an archive and a CSV export of the same network).
    public var interactions: [String: Int]
    public var sources: Int
    /// Earliest and latest interaction time (Unix seconds), if any edge has one.
    public var firstAt: Int64?
    public var lastAt: Int64?
}

/// What the store knows about an account, for analysis and reports.
public struct AccountInfo: Sendable, Equatable {
    public var id: Int64
    public var platform: String
    public var platformID: String
    public var handle: String?
    public var name: String?
    public var bio: String?
    public var location: String?
    public var followersCount: Int?
    public var followingCount: Int?
    public var specialty: String?
}

/// A ``Graph`` loaded from the store, with the account behind each node.
public struct LoadedGraph: Sendable {
    public var graph: Graph
    /// `accounts[v]` is node `v`'s account; nodes are in account-id order. For a person
    /// whose linked accounts were merged, the account with the smallest id.
    public var accounts: [AccountInfo]
    /// Nodes that stand for several linked accounts: node → every account id merged into it.
    public var mergedAccounts: [UInt32: [Int64]] = [:]
}

/// The Curbside store: a SQLite database of accounts, typed and timed edges, hashtags and
/// the sources they came from.
///
/// ```swift
/// let store = try Store(path: "curbside.sqlite")
/// let outcome = try store.importSource(path: "edges.csv", format: "csv", sha256: digest) { sink in
///     try sink.edge(EdgeRecord(source: a, target: b, kind: "follow"))
///     return ImportCounts(read: 1, skipped: 0)
/// }
/// let loaded = try store.loadGraph()
/// ```
///
/// Every import is one transaction: if the body throws (bad input in strict mode, an
/// interrupted process), the store is exactly as before. A source whose SHA-256 was
/// imported before is skipped. Accounts are unique per (platform, platform id); a later
/// source's non-empty fields overwrite earlier ones. Edges are kept per source, so a
/// source's contribution stays identifiable; reading merges them, taking for each edge the
/// largest count any one source gave it (sources of one network overlap more often than
/// they add up), the earliest first time and the latest last time.
public final class Store {
    let db: Connection
    public let path: String
    /// The memory and account limits of each import (its file's path fills in the label).
    public var importLimits = ImportLimits()
    /// How the store was opened.
    public let access: Access

    /// How a command uses the store.
    public enum Access: Sendable, Equatable {
        /// Writers (`import`, `forget`, `link`, `label`, `check --repair`): opened read-write,
        /// created or initialised when new or empty, migrated to the current schema.
        case readWrite
        /// Readers (analysis commands, `stats`, `sources`, `check`): opened with
        /// `SQLITE_OPEN_READONLY`, never migrated, never changed. On read-only media a store
        /// without a pending write-ahead log is opened as immutable.
        case readOnly
    }

    /// Opens the store at `path`; `":memory:"` makes a private in-memory store.
    ///
    /// A file that is not a Curbside store (another program's database, not SQLite at all)
    /// is refused before anything is written to it. A reader also refuses an empty file and a
    /// store that needs migrations (saying how to fill or upgrade it); a writer initialises
    /// an empty file and migrates an older store.
    public init(path: String, access: Access = .readWrite) throws {
        self.path = path
        self.access = access
        let state: Schema.State
        do {
            if access == .readOnly {
                if path != ":memory:", let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
                    throw StoreError("\(path) is empty, not a Curbside store yet: fill it with `curbside import PATH… --db \(path)`")
                }
                let opened = try Self.openReadOnly(path)
                db = opened.connection
                state = opened.state
            } else {
                db = try Connection(path: path)
                state = try Schema.inspect(db)
            }
        } catch let e as StoreError where e.code.map({ $0 & 0xff }) == SQLITE_NOTADB {
            throw StoreError("\(path) is not a Curbside store (not a SQLite database)", code: e.code)
        }
        switch state {
        case .foreign(let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            throw StoreError("\(path) is not a Curbside store (it has the tables \(shown) and no Curbside migration table); "
                             + "refusing to \(access == .readOnly ? "read" : "change") it: give another --db")
        case .empty where access == .readOnly:
            throw StoreError("\(path) is an empty database, not a Curbside store yet: fill it with `curbside import PATH… --db \(path)`")
        case .curbside where !state.unknown.isEmpty:
            throw StoreError("\(path) was written by a newer Curbside (migration \(state.unknown[0])); upgrade Curbside to open it")
        case .curbside where access == .readOnly && !state.pending.isEmpty:
            throw StoreError("\(path) was written by an older Curbside (it lacks the migrations \(state.pending.joined(separator: ", "))); "
                             + "upgrade it with `curbside check --repair --db \(path)`, or re-import into a new store")
        default: break
        }
        if path != ":memory:" && access == .readWrite {
            try db.execute("PRAGMA journal_mode=WAL")
            try db.execute("PRAGMA synchronous=NORMAL")
        }
        try db.execute("PRAGMA cache_size=-65536")
        try db.execute("PRAGMA temp_store=MEMORY")
        if access == .readWrite { try Schema.migrate(db) }
    }

    /// A read-only connection and the schema state. A WAL store whose -shm cannot be created
    /// (read-only media) is reopened as immutable, unless a non-empty -wal holds commits
    /// that only a writable -shm could replay.
    private static func openReadOnly(_ path: String) throws -> (connection: Connection, state: Schema.State) {
        let db = try Connection(path: path, readOnly: true)
        do {
            return (db, try Schema.inspect(db))
        } catch let e as StoreError where [SQLITE_CANTOPEN, SQLITE_READONLY].contains((e.code ?? 0) & 0xff) && path != ":memory:" {
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
            guard wal == 0 else {
                throw StoreError("cannot read the store at \(path): it has an unfinished write-ahead log (\(path)-wal) "
                                 + "and its folder is read-only; copy the store with its -wal file to writable storage and open it there",
                                 code: e.code)
            }
            let immutable = try Connection(path: path, readOnly: true, immutable: true)
            return (immutable, try Schema.inspect(immutable))
        }
    }

    /// A private in-memory store, for analysing files without writing a database.
    public static func inMemory() throws -> Store { try Store(path: ":memory:") }

    /// The applied migrations, oldest first.
    public func appliedMigrations() throws -> [String] {
        let s = try db.prepare("SELECT name FROM migration ORDER BY rowid")
        var names: [String] = []
        while try s.step() { names.append(s.string(0) ?? "") }
        return names
    }

    // MARK: Import

    /// Imports one source in a single transaction.
    ///
    /// `body` streams the source's records into the sink it is given and returns its
    /// counts. If a source with the same `sha256` exists, `body` is not called.
    public func importSource(
        path: String, format: String, sha256: String, importedAt: Int64? = nil,
        _ body: (RecordSink) throws -> ImportCounts
    ) throws -> ImportOutcome {
        if let existing = try source(sha256: sha256) { return .alreadyImported(existing) }
        return try runImport(path: path, format: format, knownDigest: sha256, digest: { sha256 }, importedAt: importedAt, body).outcome
    }

    /// Imports one source in a single transaction whose fingerprint is computed while the
    /// records are read (on another thread, say) and asked for only at commit time.
    ///
    /// `digest` is called once `body` has finished. If a source with that SHA-256 already
    /// exists, the whole transaction is rolled back — the store is exactly as before — and
    /// the outcome is ``ImportOutcome/alreadyImported(_:)``, as with
    /// ``importSource(path:format:sha256:importedAt:_:)``; only the duplicate is read in vain.
    public func importSource(
        path: String, format: String, importedAt: Int64? = nil, digest: () throws -> String,
        _ body: (RecordSink) throws -> ImportCounts
    ) throws -> ImportOutcome {
        do {
            return try runImport(path: path, format: format, knownDigest: nil, digest: digest, importedAt: importedAt, body).outcome
        } catch let duplicate as DuplicateSource {
            return .alreadyImported(duplicate.existing)
        }
    }

    /// Thrown inside the import transaction to roll back a source found to be a duplicate.
    private struct DuplicateSource: Error {
        let existing: SourceInfo
    }

    /// The import transaction. `replacing` sources are removed first, in the same
    /// transaction (``replaceSource(path:format:sha256:importedAt:_:)``).
    func runImport(
        path: String, format: String, knownDigest: String?, digest: () throws -> String, importedAt: Int64?,
        replacing: [SourceInfo] = [], _ body: (RecordSink) throws -> ImportCounts
    ) throws -> (outcome: ImportOutcome, replaced: [ForgetSummary], accountsRemoved: Int) {
        let now = importedAt ?? Int64(Date().timeIntervalSince1970)
        // A large import's edge pages stay in the cache until the commit rather than spilling
        // into the WAL mid-transaction (256 MiB, allocated only as pages are used).
        try db.run("PRAGMA cache_size=-262144")
        defer { _ = try? db.run("PRAGMA cache_size=-65536") }
        return try db.transaction {
            let replaced = try replacing.map { try removeContribution(of: $0, deferringOrphans: true) }
            let insert = try db.prepare(
                "INSERT INTO source(path, format, sha256, imported_at, records_read, records_skipped) VALUES (?, ?, ?, ?, 0, 0)")
            insert.bind(1, path)
            insert.bind(2, format)
            // Until the digest is known the row holds a placeholder no digest can equal (hex
            // digests have no ':'); the column is UNIQUE, and only this transaction sees it.
            insert.bind(3, knownDigest ?? "pending:\(UUID().uuidString)")
            insert.bind(4, now)
            try insert.run()
            let sourceID = sqlite3_last_insert_rowid(db.handle)
            var limits = importLimits
            limits.label = path
            let session = try ImportSession(db: db, sourceID: sourceID, limits: limits)
            let counts: ImportCounts
            do {
                counts = try body(session)
                try session.finish()
            } catch {
                session.abandon()
                throw error
            }
            let accountsRemoved = replacing.isEmpty ? 0 : try removeDeferredOrphans()
            let sha256 = try digest()
            if knownDigest == nil, let existing = try source(sha256: sha256) { throw DuplicateSource(existing: existing) }
            let update = try db.prepare(
                "UPDATE source SET records_read = ?, records_skipped = ?, details = ?, sha256 = ? WHERE id = ?")
            update.bind(1, counts.read)
            update.bind(2, counts.skipped)
            update.bind(3, counts.details)
            update.bind(4, sha256)
            update.bind(5, sourceID)
            try update.run()
            let outcome = ImportOutcome.imported(SourceInfo(
                id: sourceID, path: path, format: format, sha256: sha256, importedAt: now,
                recordsRead: counts.read, recordsSkipped: counts.skipped, details: counts.details))
            return (outcome, replaced, accountsRemoved)
        }
    }

    /// The imported sources, oldest first.
    public func sources() throws -> [SourceInfo] {
        try querySources("")
    }

    func source(sha256: String) throws -> SourceInfo? {
        try querySources("WHERE sha256 = ?", bind: sha256).first
    }

    private func querySources(_ clause: String, bind value: String? = nil) throws -> [SourceInfo] {
        let s = try db.prepare(
            "SELECT id, path, format, sha256, imported_at, records_read, records_skipped, details FROM source \(clause) ORDER BY id")
        if let value { s.bind(1, value) }
        var result: [SourceInfo] = []
        while try s.step() {
            result.append(SourceInfo(
                id: s.int64(0), path: s.string(1) ?? "", format: s.string(2) ?? "", sha256: s.string(3) ?? "",
                importedAt: s.int64(4), recordsRead: Int(s.int64(5)), recordsSkipped: Int(s.int64(6)),
                details: s.string(7)))
        }
        return result
    }

    // MARK: Reading

    /// Counts over the whole store, or over the interactions inside `window` (with the
    /// state ties; see ``InteractionWindow``).
    public func statistics(window: InteractionWindow = InteractionWindow()) throws -> StoreStatistics {
        let accounts = Int(try db.scalar("SELECT COUNT(*) FROM account") ?? 0)
        let sources = Int(try db.scalar("SELECT COUNT(*) FROM source") ?? 0)
        if !window.isUnbounded {
            // The windowed graph holds exactly the merged edges: count them by kind.
            let g = try loadGraph(mergeLinked: false, window: window).graph
            var edges: [String: Int] = [:], interactions: [String: Int] = [:]
            let perKind = g.edgeCountsByKind(), seen = g.interactionCountsByKind()
            for (k, label) in g.kindLabels.enumerated() where perKind[k] > 0 {
                edges[label] = perKind[k]
                interactions[label] = seen[k]
            }
            let span = g.timeSpan()
            return StoreStatistics(accounts: accounts, edges: edges, interactions: interactions, sources: sources,
                                   firstAt: span?.first, lastAt: span?.last)
        }
        let s = try db.prepare("""
            SELECT k.label, COUNT(*), SUM(e.c), MIN(e.f), MAX(e.l)
            FROM (SELECT kind, MAX(count) AS c, MIN(first_at) AS f, MAX(last_at) AS l
                  FROM edge GROUP BY src, dst, kind) AS e
            JOIN kind AS k ON k.id = e.kind
            GROUP BY k.label ORDER BY k.label
            """)
        var edges: [String: Int] = [:], interactions: [String: Int] = [:]
        var first: Int64?, last: Int64?
        while try s.step() {
            let label = s.string(0) ?? ""
            edges[label] = Int(s.int64(1))
            interactions[label] = Int(s.int64(2))
            if let f = s.optionalInt64(3) { first = min(first ?? f, f) }
            if let l = s.optionalInt64(4) { last = max(last ?? l, l) }
        }
        return StoreStatistics(accounts: accounts, edges: edges, interactions: interactions, sources: sources, firstAt: first, lastAt: last)
    }

    /// All accounts, in id order.
    public func accounts() throws -> [AccountInfo] {
        let s = try db.prepare("""
            SELECT id, platform, platform_id, handle, name, bio, location, followers_count, following_count, specialty
            FROM account ORDER BY id
            """)
        var result: [AccountInfo] = []
        while try s.step() {
            result.append(AccountInfo(
                id: s.int64(0), platform: s.string(1) ?? "", platformID: s.string(2) ?? "",
                handle: s.string(3), name: s.string(4), bio: s.string(5), location: s.string(6),
                followersCount: s.optionalInt64(7).map(Int.init), followingCount: s.optionalInt64(8).map(Int.init),
                specialty: s.string(9)))
        }
        return result
    }

    /// Interactions per UTC day (days since 1970-01-01) and kind label, ascending by day then
    /// kind. Sources overlap like edges do: a day counts as the most any one source saw.
    /// With a `window`, only its events count (follows are state, not activity).
    public func activityByDay(window: InteractionWindow = InteractionWindow()) throws -> [(day: Int64, kind: String, count: Int)] {
        if !window.isUnbounded { return try windowedActivity(window) }
        let s = try db.prepare("""
            SELECT a.day, k.label, MAX(a.total) FROM
                (SELECT source_id, kind, day, SUM(count) AS total FROM activity GROUP BY source_id, kind, day) AS a
            JOIN kind AS k ON k.id = a.kind
            GROUP BY a.day, k.label ORDER BY a.day, k.label
            """)
        var rows: [(day: Int64, kind: String, count: Int)] = []
        while try s.step() { rows.append((s.int64(0), s.string(1) ?? "", Int(s.int64(2)))) }
        return rows
    }

    /// Hashtag use per account id, summed over sources: `[accountID: [tag: count]]`.
    public func hashtagsByAccount() throws -> [Int64: [String: Int]] {
        let s = try db.prepare("SELECT account_id, tag, SUM(count) FROM hashtag GROUP BY account_id, tag")
        var result: [Int64: [String: Int]] = [:]
        while try s.step() { result[s.int64(0), default: [:]][s.string(1) ?? ""] = Int(s.int64(2)) }
        return result
    }

    /// Loads every account as a node and every edge (merged across sources) into a ``Graph``.
    ///
    /// - Parameters:
    ///   - kinds: kind labels to load; `nil` loads all.
    ///   - times: load first/last times (16 bytes per edge) when the store has them.
    ///   - mergeLinked: accounts linked to one person (``addLinks(path:sha256:links:skipUnresolved:)``)
    ///     become one node; ties among them are dropped.
    ///   - window: a time window and/or hashtag. When set, interactions come from the events
    ///     inside it (count = events in the window, first/last time within it; with a hashtag,
    ///     only events whose post carries it) and state ties are kept whole (see
    ///     ``InteractionWindow``). Every account stays a node.
    ///
    /// A damaged store (an edge or event naming an account or kind the store does not have,
    /// a count below 1, a time outside the years 1900–9999) is an error saying what is
    /// wrong and how to repair it, never a trap.
    public func loadGraph(kinds: [String]? = nil, times: Bool = true, mergeLinked: Bool = true,
                          window: InteractionWindow = InteractionWindow()) throws -> LoadedGraph {
        do {
            return try loadGraphRows(kinds: kinds, times: times, mergeLinked: mergeLinked, window: window)
        } catch let damage as StoreDamage {
            throw StoreError("\(path) is damaged: \(damage.description); run `curbside check --db \(path)` to list the damage and "
                             + "`curbside check --repair --db \(path)` to remove it, or re-import the sources into a new store")
        }
    }

    private func loadGraphRows(kinds: [String]?, times: Bool, mergeLinked: Bool, window: InteractionWindow) throws -> LoadedGraph {
        let all = try self.accounts()
        let representative = mergeLinked ? try linkRepresentatives() : [:]
        var accounts: [AccountInfo] = []
        accounts.reserveCapacity(all.count)
        for a in all where (representative[a.id] ?? a.id) == a.id { accounts.append(a) }
        var nodes = NodeOfAccount(nodes: accounts, all: all)
        var merged: [UInt32: [Int64]] = [:]
        for (member, rep) in representative.sorted(by: { $0.key < $1.key }) {
            guard let v = nodes[rep] else { continue }
            nodes.add(member, v)
            merged[v, default: []].append(member)
        }
        var builder = GraphBuilder(nodeCount: accounts.count)

        // Kinds are registered with the builder when first met, so a graph of one kind
        // carries no per-edge kind column.
        let kindRows = try db.prepare("SELECT id, label FROM kind ORDER BY id")
        var labelOfID: [Int64: String] = [:], known: [Int64] = []
        while try kindRows.step() {
            let id = kindRows.int64(0)
            guard (1...Int64(EdgeRows.maxKindID)).contains(id) else {
                throw StoreDamage("table kind has the id \(id), outside 1…\(EdgeRows.maxKindID)")
            }
            known.append(id)
            let label = kindRows.string(1) ?? ""
            if let kinds, !kinds.contains(label) { continue }
            labelOfID[id] = label
        }
        // Ids 1, 2, 3, … (no account ever removed) map to nodes without the table lookup,
        // a cache miss per endpoint at millions of edges.
        let dense = merged.isEmpty && accounts.indices.allSatisfy { accounts[$0].id == Int64($0 + 1) }
        var rows = EdgeRows(labelOfID: labelOfID, knownKinds: known, nodes: nodes, nodeCount: accounts.count, merged: merged, dense: dense, times: times)
        if window.isUnbounded {
            let edgeTotal = Int(try db.scalar("SELECT COUNT(*) FROM edge") ?? 0)
            builder.reserveCapacity(edges: max(0, edgeTotal))
            try rows.add(try db.prepare(times
                ? "SELECT src, dst, kind, count, first_at, last_at, source_id FROM edge"
                : "SELECT src, dst, kind, count, NULL, NULL, source_id FROM edge"), to: &builder)
        } else {
            try rows.add(try db.prepare(Self.stateEdgesSQL), to: &builder)
            try rows.addEvents(try window.bound(db.prepare("SELECT e.source_id, e.src, e.dst, e.kind, e.n, e.at, e.seq " + window.eventsSQL)),
                               to: &builder)
        }
        // Rows for the same edge come from different sources, which usually overlap (a
        // re-downloaded archive, an archive and a CSV of the same network): keep the largest count.
        return LoadedGraph(graph: builder.build(repeats: .max), accounts: accounts, mergedAccounts: merged)
    }

    /// What is wrong with a store row that loading cannot use: ids only, never field contents.
    struct StoreDamage: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Account id → node: an array when ids are compact (the usual store), a dictionary when
    /// they are not (ids far apart, or below 1, in a damaged or much-forgotten store).
    struct NodeOfAccount {
        private var array: [UInt32] = []
        private var table: [Int64: UInt32] = [:]
        private let useArray: Bool

        /// Nodes for `nodes` in order, sized for the ids of `all` accounts (linked members
        /// are added later with ``add(_:_:)``).
        init(nodes: [AccountInfo], all: [AccountInfo]) {
            let maxID = all.map(\.id).max() ?? 0, minID = all.map(\.id).min() ?? 1
            useArray = minID >= 1 && maxID <= Int64(max(2 * all.count, all.count + (1 << 20)))
            if useArray { array = [UInt32](repeating: .max, count: Int(maxID) + 1) }
            for (v, a) in nodes.enumerated() { add(a.id, UInt32(v)) }
        }

        mutating func add(_ id: Int64, _ node: UInt32) {
            if useArray && id >= 0 && id < Int64(array.count) { array[Int(id)] = node } else { table[id] = node }
        }

        /// The node of account `id`, or nil when the store has no such account.
        @inline(__always) subscript(id: Int64) -> UInt32? {
            if useArray && id >= 0 && id < Int64(array.count) {
                let v = array[Int(id)]
                return v == .max ? nil : v
            }
            return table.isEmpty ? nil : table[id]
        }
    }

    /// Feeds `src, dst, kind, count, first, last, source_id` rows into a ``GraphBuilder``,
    /// mapping account ids to nodes and store kinds to builder kinds, and checking every
    /// value the builder or later code would trap on.
    struct EdgeRows {
        var labelOfID: [Int64: String]
        var nodes: NodeOfAccount
        var merged: [UInt32: [Int64]]
        var dense: Bool
        var times: Bool
        var nodeCount: Int
        /// Builder kind per store kind id; `unwanted` for kinds not loaded, `unseen` until
        /// met, `missing` for ids the kind table does not have.
        var denseKinds: [UInt16]
        static let unwanted = UInt16.max, unseen = UInt16.max - 1, missing = UInt16.max - 2
        /// Kind ids a store can hold (the builder registers at most 65,536 kinds).
        static let maxKindID = 65_000
        /// Times a store can hold: Unix seconds from 1900-01-01 to 9999-12-31 UTC.
        static let times: ClosedRange<Int64> = -2_208_988_800 ... 253_402_300_799

        init(labelOfID: [Int64: String], knownKinds: [Int64], nodes: NodeOfAccount, nodeCount: Int, merged: [UInt32: [Int64]], dense: Bool, times: Bool) {
            self.labelOfID = labelOfID
            self.nodes = nodes
            self.merged = merged
            self.dense = dense
            self.times = times
            self.nodeCount = nodeCount
            denseKinds = [UInt16](repeating: Self.missing, count: Int(knownKinds.max() ?? 0) + 1)
            for id in knownKinds { denseKinds[Int(id)] = Self.unwanted }
            for id in labelOfID.keys { denseKinds[Int(id)] = Self.unseen }
        }

        mutating func add(_ s: Statement, to builder: inout GraphBuilder) throws {
            while try s.step() {
                guard let (u, v, k) = try map(s, 0, &builder, row: "edge", key: 6) else { continue }
                let count = s.int64(3)
                let first = s.optionalInt64(4), last = s.optionalInt64(5)
                guard count >= 1 else { throw damage(s, "edge", key: 6, "a count of \(count), expected 1 or more") }
                if let first, !Self.times.contains(first) { throw damage(s, "edge", key: 6, "first_at \(first) outside 1900–9999") }
                if let last, !Self.times.contains(last) { throw damage(s, "edge", key: 6, "last_at \(last) outside 1900–9999") }
                if let first, let last, first > last { throw damage(s, "edge", key: 6, "first_at after last_at") }
                builder.addEdge(from: u, to: v, kind: k, count: UInt32(clamping: count), firstAt: first, lastAt: last)
            }
        }

        /// The error for the row of `table` whose `src, dst, kind` start at `column` (and
        /// whose source id is in column `key`): ids only.
        func damage(_ s: Statement, _ table: String, key: Int32, column: Int32 = 0, _ what: String) -> StoreDamage {
            StoreDamage("table \(table), row (source_id \(s.int64(key)), src \(s.int64(column)), dst \(s.int64(column + 1)), "
                        + "kind \(s.int64(column + 2))): \(what)")
        }

        /// The nodes and builder kind of the row whose `src, dst, kind` columns start at
        /// `column`; `nil` for a kind not loaded or a tie inside one merged person. Throws
        /// for an account or kind the store does not have.
        @inline(__always)
        mutating func map(_ s: Statement, _ column: Int32, _ builder: inout GraphBuilder, row table: String, key: Int32) throws -> (UInt32, UInt32, UInt16)? {
            let kindID = s.int64(column + 2)
            guard kindID >= 0, kindID < Int64(denseKinds.count), denseKinds[Int(kindID)] != Self.missing else {
                throw damage(s, table, key: key, column: column, "kind \(kindID) is not in table kind")
            }
            let mapped = denseKinds[Int(kindID)]
            if mapped == Self.unwanted { return nil }
            if mapped == Self.unseen { denseKinds[Int(kindID)] = builder.kind(named: labelOfID[kindID] ?? "") }
            let a = s.int64(column), b = s.int64(column + 1)
            let u: UInt32, v: UInt32
            if dense {
                guard a >= 1 && a <= Int64(nodeCount) else { throw damage(s, table, key: key, column: column, "src names no account") }
                guard b >= 1 && b <= Int64(nodeCount) else { throw damage(s, table, key: key, column: column, "dst names no account") }
                u = UInt32(truncatingIfNeeded: a &- 1)
                v = UInt32(truncatingIfNeeded: b &- 1)
            } else {
                guard let x = nodes[a] else { throw damage(s, table, key: key, column: column, "src names no account") }
                guard let y = nodes[b] else { throw damage(s, table, key: key, column: column, "dst names no account") }
                u = x
                v = y
            }
            if u == v && !merged.isEmpty && merged[u] != nil && a != b { return nil }
            return (u, v, denseKinds[Int(kindID)])
        }
    }

    // MARK: Analysis results

    /// Records one analysis run and its per-account scores; returns the run id.
    @discardableResult
    /// A store opened read-only saves through a writer opened for this call alone.
    public func saveScores(run name: String, parameters: String?, scores: [String: [(accountID: Int64, value: Double)]]) throws -> Int64 {
        if access == .readOnly {
            return try Store(path: path, access: .readWrite).saveScores(run: name, parameters: parameters, scores: scores)
        }
        return try db.transaction {
            let run = try db.prepare("INSERT INTO analysis_run(name, parameters, created_at) VALUES (?, ?, strftime('%s','now'))")
            run.bind(1, name)
            run.bind(2, parameters)
            try run.run()
            let runID = sqlite3_last_insert_rowid(db.handle)
            let insert = try db.prepare("INSERT INTO account_score(run_id, metric, account_id, value) VALUES (?, ?, ?, ?)")
            for (metric, values) in scores.sorted(by: { $0.key < $1.key }) {
                for (account, value) in values {
                    insert.bind(1, runID)
                    insert.bind(2, metric)
                    insert.bind(3, account)
                    insert.bind(4, value)
                    try insert.run()
                }
            }
            return runID
        }
    }
}
