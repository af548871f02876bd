import CSQLite
import Foundation

/// An error from the store: what failed, in words a user can act on. Bound values (bios,
/// handles, post text) are never part of the message.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The SQLite result code, when SQLite reported the failure.
    public var code: Int32?

    public init(_ message: String, code: Int32? = nil) {
        self.message = message
        self.code = code
    }

    public var description: String { message }
}

/// SQLite's destructor sentinel telling it to copy bound text immediately.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A thin owner of one `sqlite3*` connection. Not thread-safe: one per thread.
final class Connection {
    let handle: OpaquePointer
    let path: String
    /// The rows `curbside_rows` serves; registered on first use (``rows()``).
    private let feed = RowFeed()
    private var feedRegistered = false

    init(path: String) throws {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw StoreError("cannot open the store at \(path): \(message)", code: rc)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 5_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(error)
            throw StoreError("store error: \(message)", code: rc)
        }
    }

    func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    func error(_ what: String, _ rc: Int32) -> StoreError {
        StoreError("\(what): \(String(cString: sqlite3_errmsg(handle)))", code: rc)
    }

    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    func transaction<R>(_ body: () throws -> R) throws -> R {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs a query and returns the first column of the first row as an integer.
    func scalar(_ sql: String) throws -> Int64? {
        let s = try prepare(sql)
        return try s.step() ? s.int64(0) : nil
    }
}

/// A prepared statement. Bind with 1-based indices, step, read 0-based columns, reset.
final class Statement {
    let handle: OpaquePointer
    unowned let connection: Connection

    init(connection: Connection, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw connection.error("cannot prepare a store statement", rc) }
        handle = stmt
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    @inline(__always) func bind(_ i: Int32, _ v: Int64) { sqlite3_bind_int64(handle, i, v) }
    @inline(__always) func bind(_ i: Int32, _ v: Int) { sqlite3_bind_int64(handle, i, Int64(v)) }
    @inline(__always) func bind(_ i: Int32, _ v: Double) { sqlite3_bind_double(handle, i, v) }
    @inline(__always) func bindNull(_ i: Int32) { sqlite3_bind_null(handle, i) }
    @inline(__always) func bind(_ i: Int32, _ v: String) { sqlite3_bind_text(handle, i, v, -1, SQLITE_TRANSIENT) }
    func bind(_ i: Int32, _ v: String?) { if let v { bind(i, v) } else { bindNull(i) } }
    func bind(_ i: Int32, _ v: Int64?) { if let v { bind(i, v) } else { bindNull(i) } }
    func bind(_ i: Int32, _ v: Int?) { if let v { bind(i, Int64(v)) } else { bindNull(i) } }

    /// Advances; `true` when a row is available.
    @discardableResult
    func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { return false }
        throw connection.error("store statement failed", rc)
    }

    /// Runs to completion and resets, for statements without rows.
    func run() throws {
        try step()
        reset()
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    @inline(__always) func int64(_ c: Int32) -> Int64 { sqlite3_column_int64(handle, c) }
    @inline(__always) func double(_ c: Int32) -> Double { sqlite3_column_double(handle, c) }
    @inline(__always) func isNull(_ c: Int32) -> Bool { sqlite3_column_type(handle, c) == SQLITE_NULL }
    func optionalInt64(_ c: Int32) -> Int64? { isNull(c) ? nil : int64(c) }
    func string(_ c: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, c) else { return nil }
        return String(cString: p)
    }
}

// MARK: Row feed

/// Rows of integers that one `INSERT … SELECT … FROM curbside_rows` statement copies into a
/// table: an eponymous virtual table over in-memory data, so a bulk insert costs one
/// statement instead of a bind and a step per row (about half the time per row).
///
/// Columns are `c0` … `c7`; `value(row, column)` gives a cell (`nil` is NULL). Rows are
/// read in order, `0 ..< count`, each once, while the statement runs.
final class RowFeed {
    var count = 0
    var value: (_ row: Int, _ column: Int32) -> Int64? = { _, _ in nil }

    static let tableName = "curbside_rows"
    static let columns = 8

    /// Runs `statement` (which reads `curbside_rows`) over `count` rows given by `value`.
    fileprivate func run(_ statement: Statement, count: Int, value: @escaping (Int, Int32) -> Int64?) throws {
        self.count = count
        self.value = value
        defer {
            self.count = 0
            self.value = { _, _ in nil }
        }
        try statement.run()
    }
}

private struct FeedTable {
    var base = sqlite3_vtab()
    var feed: Unmanaged<RowFeed>
}

private struct FeedCursor {
    var base = sqlite3_vtab_cursor()
    var row = 0
    var feed: Unmanaged<RowFeed>
}

/// The `curbside_rows` module: eponymous-only (no `xCreate`), read-only.
/// Written once, then only read by SQLite.
nonisolated(unsafe) private let rowFeedModule: UnsafeMutablePointer<sqlite3_module> = {
    var m = sqlite3_module()
    m.iVersion = 1
    m.xConnect = { db, aux, _, _, table, _ in
        let columns = (0 ..< RowFeed.columns).map { "c\($0)" }.joined(separator: ", ")
        let rc = sqlite3_declare_vtab(db, "CREATE TABLE x(\(columns))")
        guard rc == SQLITE_OK, let aux, let table else { return rc == SQLITE_OK ? SQLITE_ERROR : rc }
        let t = UnsafeMutablePointer<FeedTable>.allocate(capacity: 1)
        t.initialize(to: FeedTable(feed: Unmanaged<RowFeed>.fromOpaque(aux)))
        table.pointee = UnsafeMutableRawPointer(t).assumingMemoryBound(to: sqlite3_vtab.self)
        return SQLITE_OK
    }
    m.xBestIndex = { table, info in
        guard let table, let info else { return SQLITE_ERROR }
        let feed = UnsafeMutableRawPointer(table).assumingMemoryBound(to: FeedTable.self).pointee.feed
        let rows = feed.takeUnretainedValue().count
        info.pointee.estimatedCost = Double(max(rows, 1))
        info.pointee.estimatedRows = Int64(rows)
        return SQLITE_OK
    }
    m.xDisconnect = { table in
        guard let table else { return SQLITE_OK }
        let t = UnsafeMutableRawPointer(table).assumingMemoryBound(to: FeedTable.self)
        t.deinitialize(count: 1)
        t.deallocate()
        return SQLITE_OK
    }
    m.xDestroy = m.xDisconnect
    m.xOpen = { table, cursor in
        guard let table, let cursor else { return SQLITE_ERROR }
        let feed = UnsafeMutableRawPointer(table).assumingMemoryBound(to: FeedTable.self).pointee.feed
        let c = UnsafeMutablePointer<FeedCursor>.allocate(capacity: 1)
        c.initialize(to: FeedCursor(feed: feed))
        cursor.pointee = UnsafeMutableRawPointer(c).assumingMemoryBound(to: sqlite3_vtab_cursor.self)
        return SQLITE_OK
    }
    m.xClose = { cursor in
        guard let cursor else { return SQLITE_OK }
        let c = UnsafeMutableRawPointer(cursor).assumingMemoryBound(to: FeedCursor.self)
        c.deinitialize(count: 1)
        c.deallocate()
        return SQLITE_OK
    }
    m.xFilter = { cursor, _, _, _, _ in
        UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: FeedCursor.self).pointee.row = 0
        return SQLITE_OK
    }
    m.xNext = { cursor in
        UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: FeedCursor.self).pointee.row += 1
        return SQLITE_OK
    }
    m.xEof = { cursor in
        let c = UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: FeedCursor.self)
        return c.pointee.row >= c.pointee.feed.takeUnretainedValue().count ? 1 : 0
    }
    m.xColumn = { cursor, context, column in
        let c = UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: FeedCursor.self)
        if let v = c.pointee.feed.takeUnretainedValue().value(c.pointee.row, column) {
            sqlite3_result_int64(context, v)
        } else {
            sqlite3_result_null(context)
        }
        return SQLITE_OK
    }
    m.xRowid = { cursor, rowid in
        rowid!.pointee = Int64(UnsafeMutableRawPointer(cursor!).assumingMemoryBound(to: FeedCursor.self).pointee.row)
        return SQLITE_OK
    }
    let p = UnsafeMutablePointer<sqlite3_module>.allocate(capacity: 1)
    p.initialize(to: m)
    return p
}()

extension Connection {
    /// Runs `sql`, an `INSERT … SELECT … FROM curbside_rows`, over `count` rows whose cells
    /// `value(row, column)` gives (registering the table on first use).
    func insertRows(_ sql: String, count: Int, value: (_ row: Int, _ column: Int32) -> Int64?) throws {
        if !feedRegistered {
            try registerRowFeed(feed)
            feedRegistered = true
        }
        let statement = try prepare(sql)
        // `value` is only called while the statement runs.
        try withoutActuallyEscaping(value) { try feed.run(statement, count: count, value: $0) }
    }

    private func registerRowFeed(_ feed: RowFeed) throws {
        let rc = sqlite3_create_module_v2(handle, RowFeed.tableName, rowFeedModule,
                                          Unmanaged.passUnretained(feed).toOpaque(), nil)
        guard rc == SQLITE_OK else { throw error("cannot register the bulk-insert table", rc) }
    }
}
