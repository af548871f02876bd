import CSQLite
import CurbsideGraph
import Dispatch
import Foundation

/// The sink behind one import transaction.
///
/// Accounts are upserted as they arrive (a record's non-nil fields win). Accounts named
/// only by edges or hashtags ("bare" accounts) get their session index at once and their
/// row in batches (multi-row `INSERT`s; large imports on a background thread, see
/// ``BareAccountWriter``), flushed before any account record is upserted so account ids
/// come out in first-appearance order, exactly as if inserted one by one.
/// Edges and hashtags are gathered in memory, merged by a ``GraphBuilder`` (a counting sort
/// by source, then each source's run by target and kind), and written in key order at the
/// end, 100 rows per `INSERT`, which keeps SQLite's B-tree inserts sequential.
///
/// Memory follows the distinct ties, not the rows: once the gathered edges reach
/// ``compactionRows`` and twice (or four times) the ties of the last merge, the builder is
/// merged (repeats of a (source, target, kind) tie summed, first and last times kept), so a
/// file of one row repeated 800 million times holds a few million rows at most. Timed
/// interactions stay one per row (each is an `event` row in the store). Past
/// ``ImportLimits/maxMemoryBytes`` (estimated for the tables and their final sort) or
/// ``ImportLimits/maxAccounts`` (2³² − 3) accounts the import stops with a ``StoreError``
/// naming the file and the limit, never an allocation failure.
final class ImportSession: RecordSink {
    private let db: Connection
    private let sourceID: Int64
    private let limits: ImportLimits
    /// When ``builder`` holds this many edges, ``checkpoint()`` merges or checks memory.
    private var nextCheckpoint = ImportSession.checkInterval
    /// When ``builder`` holds this many edges, ``checkpoint()`` merges repeated ties.
    private var nextCompaction: Int
    private var accounts = AccountTable()
    /// Store row id per session index; 0 while the account is pending (not yet inserted).
    private var rowids: [Int64] = []
    /// Session indices `pendingStart ..< rowids.count` are bare accounts not yet inserted
    /// nor handed to ``bareAccounts``.
    private var pendingStart = 0
    /// Session indices whose `account_source` rows the background writer inserted.
    private var linkedInBackground: [Range<Int>] = []
    private var builder = GraphBuilder()
    /// The kind of the previous edge: most sources repeat one kind for long runs.
    private var lastKind: (label: String, id: UInt16)?
    private var tags: [TagKey: (count: Int, first: Int64?, last: Int64?)] = [:]
    private let upsertAccount: Statement
    private let upsertClaim: Statement
    private let bareAccounts: BareAccountWriter

    private var activity: [ActivityKey: Int] = [:]
    /// Interactions with one time, one by one (ImportSession+Events.swift).
    private var events = EventBuffer()

    /// Rows per multi-row `INSERT` (SQLite allows 32,766 parameters since 3.32, 999 before).
    static let batchRows = 100

    /// Rows per edge `INSERT`, parameter limit permitting (3,000 parameters with times).
    static let edgeBatchRows = 500

    /// New bare accounts handed to the background writer at a time.
    static let backgroundBatch = 16_384

    /// Edges gathered before repeated ties are first merged (≈ 30–60 MB of builder rows);
    /// later merges wait until the rows double (quadruple when the last merge removed less
    /// than half), so memory stays within a few times the distinct ties.
    static let compactionRows = 1 << 21

    /// Edges or new accounts between two estimates of the session's memory.
    static let checkInterval = 1 << 16

    private struct TagKey: Hashable { var account: UInt32; var tag: String }
    private struct ActivityKey: Hashable { var kind: UInt16; var day: Int64 }

    init(db: Connection, sourceID: Int64, limits: ImportLimits = ImportLimits()) throws {
        self.db = db
        self.sourceID = sourceID
        self.limits = limits
        nextCompaction = limits.compactionRows
        nextCheckpoint = min(nextCheckpoint, nextCompaction)
        upsertAccount = try db.prepare(Self.upsert(
            table: "account", key: ["platform", "platform_id"], extra: ["updated_by"], returning: "id"))
        bareAccounts = try BareAccountWriter(db: db, sourceID: sourceID)
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

    /// A multi-row `INSERT` of `rows` rows, each `row` (a parenthesised tuple).
    static func multiRowSQL(_ prefix: String, row: String, rows: Int) -> String {
        var sql = prefix + " VALUES "
        sql.reserveCapacity(prefix.count + 8 + rows * (row.count + 1))
        for r in 0..<rows {
            if r > 0 { sql += "," }
            sql += row
        }
        return sql
    }

    /// The session index of `key`, registering it as a pending bare account when new.
    @inline(__always)
    private func index(of key: AccountKey) throws -> UInt32 {
        var id = key.id
        return try id.withUTF8 { try index(platform: key.platform, id: $0) }
    }

    /// The session index of the account `id` (UTF-8) on `platform`, registering it as a
    /// pending bare account when new. Makes a `String` only for a new account.
    @inline(__always)
    private func index(platform: String, id: UnsafeBufferPointer<UInt8>) throws -> UInt32 {
        let (index, inserted) = accounts.insert(platform: platform, id: id)
        if inserted {
            if accounts.count & (Self.checkInterval - 1) == 0 || accounts.count > limits.maxAccounts { try checkAccounts() }
            rowids.append(0)
            builder.addNodes(1)
            if rowids.count - pendingStart >= Self.backgroundBatch {
                bareAccounts.submit(Array(accounts.keys[pendingStart...]), start: pendingStart)
                pendingStart = rowids.count
            }
        }
        return index
    }

    /// Collects the background writer's row ids, then inserts the remaining pending bare
    /// accounts (in session order, so ids follow first appearance). The store is the
    /// session's alone afterwards.
    private func flushPending() throws {
        for batch in try bareAccounts.wait() {
            let range = batch.start ..< batch.start + batch.rowids.count
            rowids.replaceSubrange(range, with: batch.rowids)
            linkedInBackground.append(range)
        }
        let n = rowids.count
        guard pendingStart < n else { return }
        rowids.replaceSubrange(pendingStart ..< n, with: try bareAccounts.insert(Array(accounts.keys[pendingStart...])))
        pendingStart = n
    }

    /// Stops background work before the import's transaction is rolled back.
    func abandon() {
        bareAccounts.abandon()
    }

    func account(_ r: AccountRecord) throws {
        // Pending bare accounts first, so ids keep first-appearance order.
        try flushPending()
        let s = upsertAccount
        s.bind(1, r.key.platform)
        s.bind(2, r.key.id)
        Self.bindFields(s, r)
        s.bind(11, sourceID)
        guard try s.step() else { s.reset(); throw StoreError("account upsert returned no row") }
        let rowid = s.int64(0)
        s.reset()
        if accounts.insert(r.key).inserted {
            try checkAccounts()
            rowids.append(rowid)
            builder.addNodes(1)
            pendingStart = rowids.count
        }
        let c = upsertClaim
        c.bind(1, sourceID)
        c.bind(2, rowid)
        Self.bindFields(c, r)
        try c.run()
    }

    func edge(_ r: EdgeRecord) throws {
        let u = try index(of: r.source), v = try index(of: r.target)
        addEdge(u, v, kind: r.kind, count: r.count, firstAt: r.firstAt, lastAt: r.lastAt, hashtags: r.hashtags)
        if builder.addedEdgeCount >= nextCheckpoint { try checkpoint() }
    }

    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {
        let u = try index(platform: platform, id: source), v = try index(platform: platform, id: target)
        addEdge(u, v, kind: kind, count: count, firstAt: firstAt, lastAt: lastAt, hashtags: nil)
        if builder.addedEdgeCount >= nextCheckpoint { try checkpoint() }
    }

    /// Merges repeated ties when the gathered edges call for it, then checks the memory limit.
    private func checkpoint() throws {
        if builder.addedEdgeCount >= nextCompaction {
            let before = builder.addedEdgeCount
            compactEdges()
            // Mostly distinct ties merge little: wait longer (the sorting stays a third of
            // the final one) while memory stays within 4 × the distinct ties.
            let merged = builder.addedEdgeCount
            nextCompaction = max(limits.compactionRows, merged * (2 * merged <= before ? 2 : 4))
        }
        try checkMemory()
        nextCheckpoint = min(nextCompaction, builder.addedEdgeCount + Self.checkInterval)
    }

    /// Replaces ``builder`` by one holding each distinct (source, target, kind) tie once,
    /// with the summed count and the earliest first and latest last time: exactly what the
    /// final merge in ``finish()`` makes of the same edges (sums saturate at `UInt32.max`
    /// either way), so the store receives the same rows.
    private func compactEdges() {
        let arcs = builder.buildOutArcs()
        var merged = GraphBuilder(nodeCount: builder.nodeCount)
        for label in builder.kindLabels { _ = merged.kind(named: label) }
        merged.reserveCapacity(edges: arcs.targets.count)
        let kinds = arcs.kinds, counts = arcs.counts, first = arcs.first, last = arcs.last
        for u in 0 ..< arcs.offsets.count - 1 {
            for e in Int(arcs.offsets[u]) ..< Int(arcs.offsets[u + 1]) {
                let f = first.flatMap { $0[e] == .max ? nil : $0[e] }
                let l = last.flatMap { $0[e] == .min ? nil : $0[e] }
                merged.addEdge(from: UInt32(u), to: arcs.targets[e], kind: kinds?[e] ?? 0,
                               count: counts?[e] ?? 1, firstAt: f, lastAt: l)
            }
        }
        builder = merged
    }

    /// Edges held for the final merge: the distinct ties of the last merge and the edges since.
    var gatheredEdges: Int { builder.addedEdgeCount }

    /// Bytes the session's tables need at their peak (the final sort of the gathered
    /// edges, the events' time order), estimated from their counts.
    var estimatedPeakBytes: Int {
        // Builder row: src, dst, kind, count (14 bytes; 16 more with times); its sort adds
        // a key, an index and the merged output (≈ 32 bytes); arrays grow by doubling.
        let edgeBytes = builder.addedEdgeCount * (14 + 16 + 32) * 3 / 2
        // Account: the key's two strings and array slot (≈ 48), table slots (2 × 24), row id.
        let accountBytes = accounts.count * (48 + 48 + 8 + 8)
        // Event: src, dst, kind, time (18 bytes), its time-ordered copy and order (22).
        let eventBytes = events.count * (18 + 22) * 3 / 2
        return edgeBytes + accountBytes + eventBytes + tags.count * 64 + activity.count * 32
    }

    /// Throws when ``estimatedPeakBytes`` passes the limit.
    private func checkMemory() throws {
        let need = estimatedPeakBytes
        guard need > limits.maxMemoryBytes else { return }
        throw StoreError(
            "\(limits.label): the import would need about \(ImportLimits.megabytes(need)) of memory, over the limit of "
            + "\(ImportLimits.megabytes(limits.maxMemoryBytes)) (\(builder.addedEdgeCount) ties held, "
            + "\(accounts.count) accounts, \(events.count) timed interactions so far); raise it with --max-memory or split the file")
    }

    /// Throws past ``ImportLimits/maxAccounts`` (node ids are `UInt32`) or the memory limit.
    private func checkAccounts() throws {
        guard accounts.count > limits.maxAccounts else { return try checkMemory() }
        throw StoreError(
            "\(limits.label): more than \(limits.maxAccounts) accounts, the most one import can hold "
            + "(accounts are numbered with 32 bits); split the file")
    }

    @inline(__always)
    private func addEdge(_ u: UInt32, _ v: UInt32, kind: String, count: Int, firstAt: Int64?, lastAt: Int64?, hashtags: [String]?) {
        let k: UInt16
        if let last = lastKind, last.label == kind {
            k = last.id
        } else {
            k = builder.kind(named: kind)
            lastKind = (kind, k)
        }
        builder.addEdge(from: u, to: v, kind: k, count: UInt32(clamping: max(count, 0)), firstAt: firstAt, lastAt: lastAt)
        if let t = firstAt ?? lastAt {
            // Floor division: days before 1970 stay on their own day.
            let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
            activity[ActivityKey(kind: k, day: day), default: 0] += max(count, 0)
            if firstAt == nil || lastAt == nil || firstAt == lastAt {
                events.add(kindLabel: kind, count: count, hashtags: hashtags, from: u, to: v, kind: k, at: t)
            }
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

    /// Writes the pending accounts, the session's account–source links, the gathered edges
    /// and hashtags.
    func finish() throws {
        try checkMemory()
        // Only the out-arcs: edges are written in (source, target, kind) order. Sorting
        // needs no store, so it runs on another core while the accounts go in.
        let sorting = OnAnotherThread { [builder] in builder.buildOutArcs() }
        builder = GraphBuilder()
        try flushPending()
        try linkAccounts()
        let arcs = sorting.value()
        // Session kind ids → store kind ids.
        let storeKind = try EventBuffer.labelIDs(db: db, table: "kind", labels: arcs.kindLabels)
        try insertEdges(arcs, storeKind: storeKind)
        try events.write(db: db, sourceID: sourceID, rowids: rowids, storeKind: storeKind)
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

    /// One `account_source` row per account the source named, in row-id order; the
    /// background writer linked its batches already.
    private func linkAccounts() throws {
        var ids: [Int64] = []
        var next = 0
        for r in linkedInBackground.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            ids += rowids[next ..< r.lowerBound]
            next = r.upperBound
        }
        ids += rowids[next...]
        try bareAccounts.link(ids)
    }

    /// The merged edges in (source, target, kind) order, ``edgeBatchRows`` rows per statement
    /// (as many as SQLite's parameter limit allows): 5 % faster than 100 rows, twice as fast
    /// as one row per statement.
    private func insertEdges(_ arcs: GraphBuilder.OutArcs, storeKind: [Int64]) throws {
        let times = arcs.first != nil
        let prefix = times
            ? "INSERT INTO edge(source_id, src, dst, kind, count, first_at, last_at)"
            : "INSERT INTO edge(source_id, src, dst, kind, count)"
        let row = times ? "(?1, ?, ?, ?, ?, ?, ?)" : "(?1, ?, ?, ?, ?)"
        let kinds = arcs.kinds, counts = arcs.counts, first = arcs.first, last = arcs.last
        // Edge `e`'s source node `u`: the rows come in edge order, so `u` only moves forward.
        var u = 0
        try rowids.withUnsafeBufferPointer { rowids in
        try arcs.offsets.withUnsafeBufferPointer { offsets in
        try arcs.targets.withUnsafeBufferPointer { targets in
            try EventBuffer.insertRows(
                db: db, prefix: prefix, row: row, columns: times ? 6 : 4, count: targets.count, sourceID: sourceID,
                batchRows: Self.edgeBatchRows
            ) { h, p, e in
                while Int(offsets[u + 1]) <= e { u += 1 }
                sqlite3_bind_int64(h, p + 1, rowids[u])
                sqlite3_bind_int64(h, p + 2, rowids[Int(targets[e])])
                sqlite3_bind_int64(h, p + 3, storeKind[Int(kinds?[e] ?? 0)])
                sqlite3_bind_int64(h, p + 4, Int64(counts?[e] ?? 1))
                if let first, let last {
                    if first[e] != .max { sqlite3_bind_int64(h, p + 5, first[e]) } else { sqlite3_bind_null(h, p + 5) }
                    if last[e] != .min { sqlite3_bind_int64(h, p + 6, last[e]) } else { sqlite3_bind_null(h, p + 6) }
                }
            }
        }}}
    }

    /// Rows for the next multi-row `INSERT` when `remaining` are left: a full batch, else the
    /// largest power of two that fits (so the tails of all imports share a few statements).
    @inline(__always)
    static func chunk(_ remaining: Int, batchRows: Int) -> Int {
        remaining >= batchRows ? batchRows : 1 << (Int.bitWidth - 1 - remaining.leadingZeroBitCount)
    }
}

/// Session index per account key: per platform, an open-addressing table whose slots hold
/// the id's UTF-8 inline when it fits in 15 bytes (most ids: numeric X ids, node labels),
/// so a lookup touches one cache line rather than the slot and then the key. Cheaper than
/// a `Dictionary<AccountKey, UInt32>`, which hashes two strings with SipHash and compares
/// keys out of line.
struct AccountTable {
    private(set) var keys: [AccountKey] = []
    private var tables: [IDTable] = []
    private var tableOfPlatform: [String: Int] = [:]
    private var lastPlatform: String?
    private var lastTable = 0

    var count: Int { keys.count }

    func key(_ index: UInt32) -> AccountKey { keys[Int(index)] }

    /// The index of `key`, appending it when new.
    @inline(__always)
    mutating func insert(_ key: AccountKey) -> (index: UInt32, inserted: Bool) {
        var id = key.id
        return id.withUTF8 { insert(platform: key.platform, id: $0) }
    }

    /// The index of the account `id` (UTF-8) on `platform`, appending it when new.
    @inline(__always)
    mutating func insert(platform: String, id: UnsafeBufferPointer<UInt8>) -> (index: UInt32, inserted: Bool) {
        if platform != lastPlatform {
            if let t = tableOfPlatform[platform] {
                lastTable = t
            } else {
                lastTable = tables.count
                tables.append(IDTable())
                tableOfPlatform[platform] = lastTable
            }
            lastPlatform = platform
        }
        let next = UInt32(keys.count)
        let found = tables[lastTable].insert(id, next: next, keys: keys)
        if found == next {
            keys.append(AccountKey(platform: platform, id: String(decoding: id, as: UTF8.self)))
            return (next, true)
        }
        return (found, false)
    }
}

/// Ids of one platform → session index.
struct IDTable {
    struct Slot {
        /// The id's UTF-8 bytes 0–7 and 8–14 with its length in the top byte, or, for a
        /// longer id, its hash with 0xFF in the top byte (then compared against `keys`).
        var lo: UInt64
        var hi: UInt64
        /// Session index + 1; 0 marks an empty slot.
        var index: UInt32
    }
    private var slots = [Slot](repeating: Slot(lo: 0, hi: 0, index: 0), count: 1024)
    private var mask = 1023
    private var used = 0

    /// FNV-1a over the bytes and the inline packing of `id`, in one pass.
    @inline(__always)
    private static func pack(_ id: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, lo: UInt64, hi: UInt64) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var lo: UInt64 = 0, hi: UInt64 = 0
        var n = 0
        for b in id {
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            if n < 8 { lo |= UInt64(b) << (8 * n) } else if n < 15 { hi |= UInt64(b) << (8 * (n - 8)) }
            n += 1
        }
        h ^= h >> 33; h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33; h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        if n <= 15 { return (h, lo, hi | UInt64(n) << 56) }
        return (h, h, 0xFF << 56)
    }

    /// The index stored for `id`, or `next` after storing it there when absent.
    @inline(__always)
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, next: UInt32, keys: [AccountKey]) -> UInt32 {
        let (h, lo, hi) = Self.pack(id)
        let inline = hi >> 56 != 0xFF
        var i = Int(truncatingIfNeeded: h) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[i]
                if s.index == 0 { return nil }
                if s.lo == lo, s.hi == hi, inline || keys[Int(s.index - 1)].id.utf8.elementsEqual(id) { return s.index - 1 }
                i = (i + 1) & mask
            }
        }
        if let found { return found }
        slots[i] = Slot(lo: lo, hi: hi, index: next + 1)
        used += 1
        if used * 2 > slots.count { grow(keys: keys, adding: id) }
        return next
    }

    private mutating func grow(keys: [AccountKey], adding id: UnsafeBufferPointer<UInt8>) {
        let old = slots
        slots = [Slot](repeating: Slot(lo: 0, hi: 0, index: 0), count: old.count * 2)
        mask = slots.count - 1
        for s in old where s.index != 0 {
            // The slot's own key is `id` when it is the one just added (not yet in `keys`).
            let hash: UInt64
            if Int(s.index - 1) < keys.count {
                var k = keys[Int(s.index - 1)].id
                hash = k.withUTF8 { Self.pack($0).hash }
            } else {
                hash = Self.pack(id).hash
            }
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i].index != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
    }
}

/// What one import may hold in memory; past a limit the import stops with a ``StoreError``
/// (exit 1) naming the file and the limit, and the store is as before.
public struct ImportLimits: Sendable {
    /// Bytes the session's tables may need at their peak, as ``ImportSession`` estimates them
    /// (default: half the memory available to the process).
    public var maxMemoryBytes: Int
    /// Accounts one source may name: session indices are `UInt32` (graph node ids).
    public var maxAccounts: Int
    /// The file named in errors.
    public var label: String
    /// Gathered edges before repeated ties are first merged (tests lower it).
    var compactionRows = ImportSession.compactionRows

    public init(maxMemoryBytes: Int = ImportLimits.defaultMaxMemoryBytes,
                maxAccounts: Int = Int(UInt32.max) - 2, label: String = "import") {
        self.maxMemoryBytes = maxMemoryBytes
        self.maxAccounts = maxAccounts
        self.label = label
    }

    /// Half of the physical memory or of the cgroup's `memory.max`, whichever is smaller.
    public static let defaultMaxMemoryBytes: Int = {
        var available = Int(clamping: ProcessInfo.processInfo.physicalMemory)
        if let text = try? String(contentsOfFile: "/sys/fs/cgroup/memory.max", encoding: .utf8),
           let cgroup = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), cgroup > 0 {
            available = min(available, cgroup)
        }
        return max(available / 2, 64 << 20)
    }()

    /// `n` bytes in MiB or GiB, for messages.
    public static func megabytes(_ n: Int) -> String {
        n >= 1 << 30 ? "\((n * 10 >> 30) / 10).\((n * 10 >> 30) % 10) GiB" : "\(n >> 20) MiB"
    }
}
