import CSQLite
import Dispatch

/// Inserts an import's bare accounts (named only by edges or hashtags) and their
/// `account_source` links in batches, on a background thread while the reader goes on
/// parsing, so the account inserts — a random insert into the `(platform, platform_id)`
/// index each — overlap the parse on a second core.
///
/// The connection is used by one thread at a time: the session calls ``wait()`` before it
/// touches the store itself, and ``insert(_:)`` runs on the caller's thread only after that.
/// Batches run in submission order, so account ids still follow first appearance.
final class BareAccountWriter: @unchecked Sendable {
    private let db: Connection
    private let sourceID: Int64
    private let queue = DispatchQueue(label: "curbside.import.bare-accounts")
    private var insertBatch: Statement?
    private let selectAccount: Statement
    /// Finished background batches (session index of the first, row ids); read after `wait`.
    private var finished: [(start: Int, rowids: [Int64])] = []
    private var failure: Error?
    /// Whether batches were submitted since the last ``wait()`` (main thread only).
    private var submitted = false

    init(db: Connection, sourceID: Int64) throws {
        self.db = db
        self.sourceID = sourceID
        selectAccount = try db.prepare("SELECT id FROM account WHERE platform = ? AND platform_id = ?")
    }

    /// Queues `keys` (session indices `start…`) for insertion in the background.
    func submit(_ keys: [AccountKey], start: Int) {
        submitted = true
        queue.async { [self] in
            guard failure == nil else { return }
            do {
                let rowids = try insert(keys)
                try link(rowids)
                finished.append((start, rowids))
            } catch {
                failure = error
            }
        }
    }

    /// Waits for the submitted batches and hands over their row ids; rethrows a batch's error.
    func wait() throws -> [(start: Int, rowids: [Int64])] {
        guard submitted else { return [] }
        queue.sync {}
        submitted = false
        if let failure { throw failure }
        defer { finished = [] }
        return finished
    }

    /// Waits without collecting: before a rollback, so no batch is still using the connection.
    func abandon() {
        queue.sync {}
    }

    /// Inserts `keys` (`INSERT OR IGNORE`, in order, so new rows get ids in that order) and
    /// returns each key's row id.
    func insert(_ keys: [AccountKey]) throws -> [Int64] {
        var rowids = [Int64](repeating: 0, count: keys.count)
        var i = 0
        let n = keys.count
        while i < n {
            let k = ImportSession.chunk(n - i, batchRows: ImportSession.batchRows)
            let s: Statement
            if k == ImportSession.batchRows, let insertBatch {
                s = insertBatch
            } else {
                s = try db.prepare(ImportSession.multiRowSQL(
                    "INSERT OR IGNORE INTO account(updated_by, platform, platform_id)", row: "(?1, ?, ?)", rows: k))
                if k == ImportSession.batchRows { insertBatch = s }
            }
            s.bind(1, sourceID)
            for j in 0..<k {
                s.bind(Int32(2 * j + 2), keys[i + j].platform)
                s.bind(Int32(2 * j + 3), keys[i + j].id)
            }
            try s.step()
            let changes = db.changes
            let last = sqlite3_last_insert_rowid(db.handle)
            s.reset()
            // Rowid tables without AUTOINCREMENT number new rows max + 1, in VALUES order
            // (unless the largest rowid is taken: then SQLite picks at random, which the
            // check on the batch's first row catches).
            if changes == k, try rowid(of: keys[i]) == last - Int64(k - 1) {
                for j in 0..<k { rowids[i + j] = last - Int64(k - 1 - j) }
            } else {
                for j in 0..<k { rowids[i + j] = try rowid(of: keys[i + j]) }
            }
            i += k
        }
        return rowids
    }

    /// Inserts the `account_source` rows of `ids`, in id order.
    func link(_ ids: [Int64]) throws {
        let ids = ids.sorted()
        try EventBuffer.insertRows(
            db: db, prefix: "INSERT OR IGNORE INTO account_source(source_id, account_id)", row: "(?1, ?)",
            columns: 1, count: ids.count, sourceID: sourceID
        ) { h, p, i in sqlite3_bind_int64(h, p + 1, ids[i]) }
    }

    private func rowid(of key: AccountKey) throws -> Int64 {
        selectAccount.bind(1, key.platform)
        selectAccount.bind(2, key.id)
        defer { selectAccount.reset() }
        guard try selectAccount.step() else { throw StoreError("account vanished during import") }
        return selectAccount.int64(0)
    }
}

/// A value computed on a global-queue thread while the caller goes on; ``value()`` waits.
final class OnAnotherThread<T>: @unchecked Sendable {
    private var result: T?
    private let group = DispatchGroup()

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async(group: group) { [self] in result = work() }
    }

    func value() -> T {
        group.wait()
        return result!
    }
}
