import CSQLite
import CurbsideRecords
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

extension StoreError: ShapedError {
    /// `store-failure` with SQLite's result code as the cause when there is one; a runtime
    /// failure (exit 1): the store could not be opened, read or written.
    public var shape: ErrorShape {
        ErrorShape(code: "store-failure", cause: code.map { "SQLite result code \($0)" }, exit: .runtimeFailure)
    }
}

/// SQLite's destructor sentinel telling it to copy bound text immediately.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A thin owner of one `sqlite3*` connection. Not thread-safe: one thread at a time.
///
/// Statements come from a cache keyed by their SQL text (``prepare(_:)``): a statement in use
/// is checked out of it, and goes back, reset and with its bindings cleared, when its
/// ``Statement`` is released; the same SQL asked for while it is checked out (a nested use)
/// gets a statement of its own. SQLite re-prepares a cached statement by itself when the
/// schema changed. Preparing was ~44 % of an import of a few records (the fuzz `store` target).
final class Connection {
    let handle: OpaquePointer
    let path: String
    /// The statement cache: a slot per SQL text, holding its idle statement if any. A
    /// checked-out ``Statement`` keeps its slot, so its return needs no lookup.
    private var slots: [String: StatementSlot] = [:]
    private var idleCount = 0
    private var tick: UInt64 = 0
    /// Temporary tables created on this connection (see ``ensureTemporaryTable(_:_:)``).
    private var temporaryTables: Set<String> = []
    /// Idle statements kept; past it the least recently used one is finalized. An import,
    /// its forget and the reads after it use about 90 (multi-row inserts in several sizes).
    static let cacheCapacity = 256

    /// Opens `path` read-write (created if missing), or with `readOnly` read-only; with
    /// `immutable` too, as a file nothing can change while it is open (SQLite's
    /// `immutable=1`: no locks, no -shm, for a store on read-only media).
    init(path: String, readOnly: Bool = false, immutable: Bool = false) throws {
        var db: OpaquePointer?
        var flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        var name = path
        if immutable {
            flags |= SQLITE_OPEN_URI
            // A URI filename: bytes that mean something in a URI, and non-ASCII, as %XX.
            var escaped = ""
            for c in path.utf8 {
                if c < 0x80 && c != UInt8(ascii: "%") && c != UInt8(ascii: "?") && c != UInt8(ascii: "#") {
                    escaped.unicodeScalars.append(UnicodeScalar(c))
                } else {
                    escaped += "%" + (c < 16 ? "0" : "") + String(c, radix: 16, uppercase: true)
                }
            }
            name = "file:\(escaped)?immutable=1"
        }
        let rc = sqlite3_open_v2(name, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close_v2(db) }
            throw StoreError("cannot open the store at \(path): \(message)", code: rc)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 5_000)
        sqlite3_extended_result_codes(db, 1)
        AccountName.registerFold(on: db)
    }

    deinit {
        for slot in slots.values { if let idle = slot.idle { sqlite3_finalize(idle) } }
        sqlite3_close_v2(handle)
    }

    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &error)
        if rc != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(rc)"
            sqlite3_free(error)
            throw StoreError("store error in \(path): \(message)\(Self.damageHint(rc, path))", code: rc)
        }
    }

    /// A statement for `sql` (one SQL statement): the cached one when idle, else a new one.
    func prepare(_ sql: String) throws -> Statement {
        let slot: StatementSlot
        if let known = slots[sql] {
            slot = known
            if let idle = slot.idle {
                slot.idle = nil
                idleCount -= 1
                return Statement(connection: self, handle: idle, slot: slot)
            }
        } else {
            slot = StatementSlot()
            slots[sql] = slot
        }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error("cannot prepare a store statement", rc) }
        return Statement(connection: self, handle: stmt, slot: slot)
    }

    /// Takes back `statement` (its ``Statement`` was released): reset, bindings cleared, kept
    /// in its slot unless the slot holds another idle statement or left the cache.
    fileprivate func checkIn(_ statement: OpaquePointer, slot: StatementSlot) {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard slot.idle == nil, !slot.evicted else { sqlite3_finalize(statement); return }
        if idleCount >= Self.cacheCapacity { evictLeastRecentlyUsed() }
        tick += 1
        slot.idle = statement
        slot.used = tick
        idleCount += 1
    }

    /// Finalizes the idle statement used longest ago and drops its slot.
    private func evictLeastRecentlyUsed() {
        guard let (sql, slot) = slots.filter({ $0.value.idle != nil }).min(by: { $0.value.used < $1.value.used }) else { return }
        sqlite3_finalize(slot.idle)
        slot.idle = nil
        slot.evicted = true
        idleCount -= 1
        slots.removeValue(forKey: sql)
    }

    /// Idle statements in the cache (for tests).
    var cachedStatementCount: Int { idleCount }

    /// Runs `sql`, one statement without result rows, through the statement cache, with
    /// `bind` applied first; returns the rows it changed.
    @discardableResult
    func run(_ sql: String, _ bind: (Statement) -> Void = { _ in }) throws -> Int {
        let s = try prepare(sql)
        bind(s)
        try s.step()
        return changes
    }

    /// Creates the temporary table `name` with `ddl` unless this connection made it before.
    /// Inside a transaction that is then rolled back, the table goes with it:
    /// ``transaction(_:)`` forgets it then, so the next call makes it again.
    func ensureTemporaryTable(_ name: String, _ ddl: String) throws {
        guard !temporaryTables.contains(name) else { return }
        try execute(ddl)
        temporaryTables.insert(name)
    }

    func error(_ what: String, _ rc: Int32) -> StoreError {
        StoreError("\(what) in \(path): \(String(cString: sqlite3_errmsg(handle)))\(Self.damageHint(rc, path))", code: rc)
    }

    /// For SQLite's "the file is damaged" results, what to do about it.
    static func damageHint(_ rc: Int32, _ path: String) -> String {
        switch rc & 0xff {
        case SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_FORMAT:
            return "; the file is damaged: run `curbside check --db \(path)`, or re-import the sources into a new store"
        default:
            return ""
        }
    }

    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    func transaction<R>(_ body: () throws -> R) throws -> R {
        try run("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try run("COMMIT")
            return result
        } catch {
            _ = try? run("ROLLBACK")
            temporaryTables.removeAll()
            throw error
        }
    }

    /// Runs a query and returns the first column of the first row as an integer.
    func scalar(_ sql: String) throws -> Int64? {
        let s = try prepare(sql)
        return try s.step() ? s.int64(0) : nil
    }
}

/// One SQL text's place in a connection's statement cache.
private final class StatementSlot {
    /// The idle statement, reset and unbound; nil while none (all checked out).
    var idle: OpaquePointer?
    /// The connection's tick when `idle` came back, for least-recently-used eviction.
    var used: UInt64 = 0
    /// Dropped from the cache: a statement of it that comes back is finalized.
    var evicted = false
}

/// A prepared statement checked out of its connection's cache (``Connection/prepare(_:)``).
/// Bind with 1-based indices, step, read 0-based columns, reset. Released, it goes back to
/// the cache reset, so a statement left mid-rows holds no read transaction open.
final class Statement {
    let handle: OpaquePointer
    let connection: Connection
    private let slot: StatementSlot

    fileprivate init(connection: Connection, handle: OpaquePointer, slot: StatementSlot) {
        self.handle = handle
        self.connection = connection
        self.slot = slot
    }

    deinit { connection.checkIn(handle, slot: slot) }

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
