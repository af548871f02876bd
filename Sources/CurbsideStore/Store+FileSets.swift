import CSQLite
import Foundation

/// The two tables of a set of rows applied from a file, reversibly (link files, label
/// files): `set(id, path, sha256, created_at)` and rows naming their set in `setColumn`.
struct FileSetTables {
    let set: String
    let rows: String
    let setColumn: String

    static let links = FileSetTables(set: "link_set", rows: "account_link", setColumn: "link_set_id")
    static let labels = FileSetTables(set: "label_set", rows: "account_label", setColumn: "label_set_id")
}

extension Store {
    /// Records a file's set and, in the same transaction, its rows (`insertRows` gets the
    /// new set's id). Returns the id.
    func insertFileSet(_ tables: FileSetTables, path: String, sha256: String,
                       insertRows: (Int64) throws -> Void) throws -> Int64 {
        let now = Int64(Date().timeIntervalSince1970)
        return try db.transaction {
            let insert = try db.prepare("INSERT INTO \(tables.set)(path, sha256, created_at) VALUES (?, ?, ?)")
            insert.bind(1, path)
            insert.bind(2, sha256)
            insert.bind(3, now)
            try insert.run()
            let id = sqlite3_last_insert_rowid(db.handle)
            try insertRows(id)
            return id
        }
    }

    /// Removes a set and its rows in one transaction. Returns whether the set existed.
    func removeFileSet(_ tables: FileSetTables, id: Int64) throws -> Bool {
        try db.transaction {
            let rows = try db.prepare("DELETE FROM \(tables.rows) WHERE \(tables.setColumn) = ?")
            rows.bind(1, id)
            try rows.run()
            let set = try db.prepare("DELETE FROM \(tables.set) WHERE id = ?")
            set.bind(1, id)
            try set.run()
            return db.changes > 0
        }
    }
}
