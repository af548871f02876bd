import CSQLite

/// The interactions of one import, one by one, for the `event` and `event_tag` tables.
///
/// Gathered as parallel arrays of session indices (about 18 bytes an event, more only when
/// counts or hashtags occur) and written at the end of the import in time order, so the
/// clustered `(at, source_id, seq)` key grows mostly at its end and a source's `seq` follows
/// time. Hashtags are normalised (lowercase, without `#`) once per distinct spelling.
struct EventBuffer {
    private var src: [UInt32] = []
    private var dst: [UInt32] = []
    private var kind: [UInt16] = []
    private var at: [Int64] = []
    /// Times a record says the interaction happened; `nil` while every count is 1.
    private var counts: [UInt32]?
    /// Event `i`'s hashtags are `tagIDs[tagEnd[i - 1] ..< tagEnd[i]]`; `nil` while no event has any.
    private var tagEnd: [UInt32]?
    private var tagIDs: [UInt32] = []
    /// Session tag id → normalised label.
    private var tagLabels: [String] = []
    private var tagOfLabel: [String: UInt32] = [:]
    /// The previous record's hashtags and their ids: the edges of one post share them.
    private var lastTags: [String] = []
    private var lastTagIDs: [UInt32] = []
    /// Per session kind id: 1 when the kind is an interaction (an event), 2 when it is state.
    private var kindClass: [UInt8] = []
    private var inTimeOrder = true

    var count: Int { at.count }

    /// Adds `r` (an edge record with one time `time`) unless its kind is state (`follow`).
    @inline(__always)
    mutating func add(kindLabel: String, count: Int, hashtags: [String]?, from u: UInt32, to v: UInt32, kind k: UInt16, at time: Int64) {
        let ki = Int(k)
        if ki >= kindClass.count { kindClass += [UInt8](repeating: 0, count: ki + 1 - kindClass.count) }
        if kindClass[ki] == 0 { kindClass[ki] = kindLabel == EdgeKind.follow ? 2 : 1 }
        guard kindClass[ki] == 1, count > 0 else { return }
        if let last = at.last, time < last { inTimeOrder = false }
        src.append(u)
        dst.append(v)
        kind.append(k)
        at.append(time)
        if count != 1 || counts != nil {
            if counts == nil { counts = [UInt32](repeating: 1, count: at.count - 1) }
            counts!.append(UInt32(clamping: count))
        }
        if let tags = hashtags, !tags.isEmpty {
            if tagEnd == nil { tagEnd = [UInt32](repeating: 0, count: at.count - 1) }
            if tags != lastTags { intern(tags) }
            tagIDs += lastTagIDs
        }
        tagEnd?.append(UInt32(tagIDs.count))
    }

    /// Sets ``lastTags`` and ``lastTagIDs`` to `tags`, normalised and without repeats.
    private mutating func intern(_ tags: [String]) {
        lastTags = tags
        lastTagIDs.removeAll(keepingCapacity: true)
        for raw in tags {
            let id: UInt32
            if let known = tagOfLabel[raw] {
                id = known
            } else {
                let label = InteractionWindow.normalizeHashtag(raw)
                guard !label.isEmpty else { continue }
                if let known = tagOfLabel[label] {
                    id = known
                } else {
                    id = UInt32(tagLabels.count)
                    tagLabels.append(label)
                    tagOfLabel[label] = id
                }
                tagOfLabel[raw] = id
            }
            if !lastTagIDs.contains(id) { lastTagIDs.append(id) }
        }
    }

    /// Writes the events in time order (arrival order among equal times) and their hashtags.
    func write(db: Connection, sourceID: Int64, rowids: [Int64], storeKind: [Int64]) throws {
        let n = at.count
        guard n > 0 else { return }
        var order: [UInt32] = []
        if !inTimeOrder {
            let lo = at.min()!, span = at.max()!.subtractingReportingOverflow(lo)
            if !span.overflow, span.partialValue < 1 << 32 {
                // (time - earliest, arrival) packed in 64 bits: a plain integer sort.
                var keys = [UInt64](unsafeUninitializedCapacity: n) { b, c in
                    for i in 0 ..< n { b[i] = UInt64(at[i] - lo) << 32 | UInt64(i) }
                    c = n
                }
                keys.sort()
                order = keys.map { UInt32(truncatingIfNeeded: $0) }
            } else {
                order = (0 ..< UInt32(n)).map { $0 }
                at.withUnsafeBufferPointer { at in
                    order.sort { at[Int($0)] != at[Int($1)] ? at[Int($0)] < at[Int($1)] : $0 < $1 }
                }
            }
        }
        @inline(__always) func event(_ seq: Int) -> Int { order.isEmpty ? seq : Int(order[seq]) }
        // In seq order, one array at a time: the inserts then read memory sequentially.
        func inOrder<T>(_ a: [T]) -> [T] { order.isEmpty ? a : order.map { a[Int($0)] } }
        let atInOrder = inOrder(at), src = inOrder(self.src), dst = inOrder(self.dst), kind = inOrder(self.kind)
        let counts = self.counts.map(inOrder)

        try rowids.withUnsafeBufferPointer { rowids in
            try Self.insertRows(
                db: db, prefix: "INSERT INTO event(source_id, at, seq, src, dst, kind, n)",
                row: "(?1, ?, ?, ?, ?, ?, ?)", columns: 6, count: n, sourceID: sourceID
            ) { h, p, seq in
                sqlite3_bind_int64(h, p + 1, atInOrder[seq])
                sqlite3_bind_int64(h, p + 2, Int64(seq))
                sqlite3_bind_int64(h, p + 3, rowids[Int(src[seq])])
                sqlite3_bind_int64(h, p + 4, rowids[Int(dst[seq])])
                sqlite3_bind_int64(h, p + 5, storeKind[Int(kind[seq])])
                sqlite3_bind_int64(h, p + 6, Int64(counts?[seq] ?? 1))
            }
        }

        guard let tagEnd else { return }
        // Session tag ids → store tag ids.
        let storeTag = try Self.labelIDs(db: db, table: "tag", labels: tagLabels)
        // (store tag, seq) pairs in key order: by tag, then time (seq follows time).
        var pairs: [UInt64] = []
        pairs.reserveCapacity(tagIDs.count)
        for seq in 0 ..< n {
            let e = event(seq)
            let start = e == 0 ? 0 : Int(tagEnd[e - 1])
            for i in start ..< Int(tagEnd[e]) { pairs.append(UInt64(storeTag[Int(tagIDs[i])]) << 32 | UInt64(seq)) }
        }
        pairs.sort()
        try Self.insertRows(
            db: db, prefix: "INSERT INTO event_tag(source_id, tag, at, seq)",
            row: "(?1, ?, ?, ?)", columns: 3, count: pairs.count, sourceID: sourceID
        ) { h, p, i in
            let seq = Int(pairs[i] & 0xFFFF_FFFF)
            sqlite3_bind_int64(h, p + 1, Int64(pairs[i] >> 32))
            sqlite3_bind_int64(h, p + 2, atInOrder[seq])
            sqlite3_bind_int64(h, p + 3, Int64(seq))
        }
    }

    /// The ids of `labels` in `table` (`kind`, `tag`: an id and a unique label), inserting new ones.
    static func labelIDs(db: Connection, table: String, labels: [String]) throws -> [Int64] {
        let insert = try db.prepare("INSERT OR IGNORE INTO \(table)(label) VALUES (?)")
        let select = try db.prepare("SELECT id FROM \(table) WHERE label = ?")
        var ids: [Int64] = []
        ids.reserveCapacity(labels.count)
        for label in labels {
            insert.bind(1, label)
            try insert.run()
            select.bind(1, label)
            guard try select.step() else { throw StoreError("\(table) vanished during import") }
            ids.append(select.int64(0))
            select.reset()
        }
        return ids
    }

    /// Inserts `count` rows with multi-row `INSERT`s of `batchRows` rows (fewer when SQLite's
    /// parameter limit says so), then a power-of-two number of rows at a time for the rest,
    /// so a table needs a handful of distinct statements, all of them cached by the
    /// connection. `prefix` names `source_id` first and each `row` starts with `?1`, the
    /// source id, bound once per statement; `bind(statement, parameterBefore, row)` binds
    /// row `row`'s other `columns` parameters, from `parameterBefore + 1` on.
    static func insertRows(
        db: Connection, prefix: String, row: String, columns: Int32, count: Int, sourceID: Int64,
        batchRows: Int = ImportSession.batchRows, bind: (OpaquePointer, Int32, Int) throws -> Void
    ) throws {
        let limit = Int(sqlite3_limit(db.handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1) - 1) / Int(columns)
        let batchRows = max(1, min(batchRows, limit))
        var batch: Statement?
        var i = 0
        while i < count {
            let k = ImportSession.chunk(count - i, batchRows: batchRows)
            let s: Statement
            if k == batchRows, let batch {
                s = batch
            } else {
                s = try db.prepare(ImportSession.multiRowSQL(prefix, row: row, rows: k))
                sqlite3_bind_int64(s.handle, 1, sourceID)
                if k == batchRows { batch = s }
            }
            for j in 0 ..< k { try bind(s.handle, 1 + Int32(j) * columns, i + j) }
            try s.step()
            sqlite3_reset(s.handle)
            i += k
        }
    }
}
