import CSQLite
import CurbsideGraph

/// The sink behind one import transaction.
///
/// Accounts are upserted as they arrive (a record's non-nil fields win). Edges and
/// hashtags are gathered in memory, merged by a ``GraphBuilder`` (counting sort, O(n + m)),
/// and written in key order at the end, which keeps SQLite's B-tree inserts sequential.
final class ImportSession: RecordSink {
    private let db: Connection
    private let sourceID: Int64
    private var dense: [AccountKey: UInt32] = [:]
    private var rowids: [Int64] = []
    private var builder = GraphBuilder()
    private var tags: [TagKey: (count: Int, first: Int64?, last: Int64?)] = [:]
    private let upsertAccount: Statement
    private let insertBare: Statement
    private let selectAccount: Statement
    private let linkSource: Statement
    private let upsertClaim: Statement

    private var activity: [ActivityKey: Int] = [:]

    private struct TagKey: Hashable { var account: UInt32; var tag: String }
    private struct ActivityKey: Hashable { var kind: UInt16; var day: Int64 }

    init(db: Connection, sourceID: Int64) throws {
        self.db = db
        self.sourceID = sourceID
        upsertAccount = try db.prepare(Self.upsert(
            table: "account", key: ["platform", "platform_id"], extra: ["updated_by"], returning: "id"))
        insertBare = try db.prepare("INSERT OR IGNORE INTO account(platform, platform_id, updated_by) VALUES (?, ?, ?)")
        selectAccount = try db.prepare("SELECT id FROM account WHERE platform = ? AND platform_id = ?")
        linkSource = try db.prepare("INSERT OR IGNORE INTO account_source(source_id, account_id) VALUES (?, ?)")
        upsertClaim = try db.prepare(Self.upsert(table: "account_claim", key: ["source_id", "account_id"]))
    }

    /// `INSERT … ON CONFLICT(key) DO UPDATE` over the key columns, then ``accountFields`` (a
    /// non-null value replaces the stored one, a null keeps it), then `extra` columns (always
    /// replaced). Parameters are numbered in that column order.
    static func upsert(table: String, key: [String], extra: [String] = [], returning: String? = nil) -> String {
        let columns = key + accountFields + extra
        let updates = accountFields.map { "\($0) = COALESCE(excluded.\($0), \($0))" } + extra.map { "\($0) = excluded.\($0)" }
        return """
            INSERT INTO \(table)(\(columns.joined(separator: ", ")))
            VALUES (\(columns.indices.map { "?\($0 + 1)" }.joined(separator: ", ")))
            ON CONFLICT(\(key.joined(separator: ", "))) DO UPDATE SET \(updates.joined(separator: ", "))
            \(returning.map { "RETURNING \($0)" } ?? "")
            """
    }

    /// The account attributes a source can state, in binding order after the key.
    static let accountFields = ["handle", "name", "bio", "location", "followers_count", "following_count", "specialty", "created_at"]

    /// Binds ``accountFields`` of `r` to parameters 3…10 (after a two-column key).
    private static func bindFields(_ s: Statement, _ r: AccountRecord) {
        s.bind(3, r.handle)
        s.bind(4, r.name)
        s.bind(5, r.bio)
        s.bind(6, r.location)
        s.bind(7, r.followersCount)
        s.bind(8, r.followingCount)
        s.bind(9, r.specialty)
        s.bind(10, r.createdAt)
    }

    private func register(_ key: AccountKey, rowid: Int64) throws -> UInt32 {
        let index = UInt32(rowids.count)
        rowids.append(rowid)
        dense[key] = index
        builder.addNodes(1)
        linkSource.bind(1, sourceID)
        linkSource.bind(2, rowid)
        try linkSource.run()
        return index
    }

    /// The session index of `key`, creating a bare account when the store has none.
    private func index(of key: AccountKey) throws -> UInt32 {
        if let i = dense[key] { return i }
        insertBare.bind(1, key.platform)
        insertBare.bind(2, key.id)
        insertBare.bind(3, sourceID)
        try insertBare.step()
        let rowid: Int64
        if db.changes > 0 {
            rowid = sqlite3_last_insert_rowid(db.handle)
            insertBare.reset()
        } else {
            insertBare.reset()
            selectAccount.bind(1, key.platform)
            selectAccount.bind(2, key.id)
            guard try selectAccount.step() else {
                selectAccount.reset()
                throw StoreError("account vanished during import")
            }
            rowid = selectAccount.int64(0)
            selectAccount.reset()
        }
        return try register(key, rowid: rowid)
    }

    func account(_ r: AccountRecord) throws {
        let s = upsertAccount
        s.bind(1, r.key.platform)
        s.bind(2, r.key.id)
        Self.bindFields(s, r)
        s.bind(11, sourceID)
        guard try s.step() else { s.reset(); throw StoreError("account upsert returned no row") }
        let rowid = s.int64(0)
        s.reset()
        if dense[r.key] == nil { _ = try register(r.key, rowid: rowid) }
        let c = upsertClaim
        c.bind(1, sourceID)
        c.bind(2, rowid)
        Self.bindFields(c, r)
        try c.run()
    }

    func edge(_ r: EdgeRecord) throws {
        let u = try index(of: r.source), v = try index(of: r.target)
        let k = builder.kind(named: r.kind)
        builder.addEdge(from: u, to: v, kind: k, count: UInt32(clamping: max(r.count, 0)), firstAt: r.firstAt, lastAt: r.lastAt)
        if let t = r.firstAt ?? r.lastAt {
            // Floor division: days before 1970 stay on their own day.
            let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
            activity[ActivityKey(kind: k, day: day), default: 0] += max(r.count, 0)
        }
    }

    func hashtag(_ r: HashtagRecord) throws {
        let a = try index(of: r.account)
        let key = TagKey(account: a, tag: r.tag)
        if var t = tags[key] {
            t.count += r.count
            if let f = r.firstAt { t.first = min(t.first ?? f, f) }
            if let l = r.lastAt { t.last = max(t.last ?? l, l) }
            tags[key] = t
        } else {
            tags[key] = (r.count, r.firstAt, r.lastAt)
        }
    }

    /// Writes the gathered edges and hashtags.
    func finish() throws {
        let graph = builder.build()
        // Session kind ids → store kind ids.
        let insertKind = try db.prepare("INSERT OR IGNORE INTO kind(label) VALUES (?)")
        let selectKind = try db.prepare("SELECT id FROM kind WHERE label = ?")
        var storeKind: [Int64] = []
        for label in graph.kindLabels {
            insertKind.bind(1, label)
            try insertKind.run()
            selectKind.bind(1, label)
            guard try selectKind.step() else { throw StoreError("kind vanished during import") }
            storeKind.append(selectKind.int64(0))
            selectKind.reset()
        }
        let insertEdge = try db.prepare(
            "INSERT INTO edge(source_id, src, dst, kind, count, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let out = graph.outAdjacency
        try rowids.withUnsafeBufferPointer { rowids in
            for u in 0..<graph.nodeCount {
                let srcRow = rowids[u]
                for e in out.range(UInt32(u)) {
                    insertEdge.bind(1, sourceID)
                    insertEdge.bind(2, srcRow)
                    insertEdge.bind(3, rowids[Int(out.targets[e])])
                    insertEdge.bind(4, storeKind[Int(graph.kind(ofEdge: e))])
                    insertEdge.bind(5, Int64(graph.count(ofEdge: e)))
                    insertEdge.bind(6, graph.firstSeen(ofEdge: e))
                    insertEdge.bind(7, graph.lastSeen(ofEdge: e))
                    try insertEdge.step()
                    sqlite3_reset(insertEdge.handle)
                }
            }
        }
        let insertActivity = try db.prepare("INSERT INTO activity(source_id, kind, day, count) VALUES (?, ?, ?, ?)")
        for (key, n) in activity.sorted(by: { ($0.key.kind, $0.key.day) < ($1.key.kind, $1.key.day) }) {
            insertActivity.bind(1, sourceID)
            insertActivity.bind(2, storeKind[Int(key.kind)])
            insertActivity.bind(3, key.day)
            insertActivity.bind(4, n)
            try insertActivity.run()
        }
        let insertTag = try db.prepare(
            "INSERT INTO hashtag(source_id, account_id, tag, count, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?)")
        for (key, t) in tags.sorted(by: { ($0.key.account, $0.key.tag) < ($1.key.account, $1.key.tag) }) {
            insertTag.bind(1, sourceID)
            insertTag.bind(2, rowids[Int(key.account)])
            insertTag.bind(3, key.tag)
            insertTag.bind(4, t.count)
            insertTag.bind(5, t.first)
            insertTag.bind(6, t.last)
            try insertTag.run()
        }
    }
}
