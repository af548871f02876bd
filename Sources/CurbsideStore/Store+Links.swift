import CSQLite
import CurbsideRecords
import Foundation

/// One row of a link file: the account `account` on `platform` belongs to `person`.
/// `account` is the platform id, or `@handle` to look the account up by handle.
public struct PersonLink: Sendable, Equatable {
    public var platform: String
    public var account: String
    public var person: String
    /// Line in the link file, for errors.
    public var line: Int

    public init(platform: String, account: String, person: String, line: Int) {
        self.platform = platform
        self.account = account
        self.person = person
        self.line = line
    }
}

/// A link file applied to the store.
public struct LinkSetInfo: Sendable, Equatable {
    public var id: Int64
    public var path: String
    public var sha256: String
    public var createdAt: Int64
    public var accounts: Int
    public var persons: Int
}

/// Rows of a link file that name no account in the store.
public struct UnresolvedLinks: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var lines: [Int]

    public init(file: String, lines: [Int]) {
        self.file = file
        self.lines = lines
    }

    public var description: String { "\(place): expected \(Self.expected)" }

    private static let expected = "an account in the store (platform id, or @handle)"
    private var place: String {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ")
        return "\(file): line\(lines.count == 1 ? "" : "s") \(shown)\(lines.count > 10 ? ", …" : "")"
    }
}

extension UnresolvedLinks: ShapedError {
    /// `unknown-account` at the file's lines; bad input (exit 3).
    public var shape: ErrorShape {
        ErrorShape(code: "unknown-account", location: place, expected: Self.expected,
                   hint: "import the source that has the account first, or leave the row out", exit: .badInput)
    }
}

extension Store {
    /// Applies a link file: accounts given the same `person` become one node in analysis
    /// (``loadGraph(kinds:times:mergeLinked:)``). Reversible with ``removeLinks(id:)``. A file
    /// with the same SHA-256 applied before changes nothing and returns the earlier set.
    ///
    /// - Parameter skipUnresolved: skip rows that name no account instead of failing.
    /// - Returns: the link set and the line numbers skipped.
    public func addLinks(
        path: String, sha256: String, links: [PersonLink], skipUnresolved: Bool = false
    ) throws -> (set: LinkSetInfo, skippedLines: [Int], alreadyApplied: Bool) {
        if let existing = try linkSets().first(where: { $0.sha256 == sha256 }) { return (existing, [], true) }
        var resolved: [(Int64, String)] = []
        var unresolved: [Int] = []
        // A handle several accounts share names the first of them.
        let matches = try resolveAccounts(links.map { (Optional($0.platform), $0.account) })
        for (link, match) in zip(links, matches) {
            if let match { resolved.append((match.first, link.person)) } else { unresolved.append(link.line) }
        }
        if !unresolved.isEmpty && !skipUnresolved { throw UnresolvedLinks(file: path, lines: unresolved) }
        let setID = try insertFileSet(.links, path: path, sha256: sha256) { id in
            let add = try db.prepare("INSERT OR REPLACE INTO account_link(link_set_id, account_id, person) VALUES (?, ?, ?)")
            for (account, person) in resolved {
                add.bind(1, id)
                add.bind(2, account)
                add.bind(3, person)
                try add.run()
            }
        }
        let info = try linkSets().first { $0.id == setID }!
        return (info, unresolved, false)
    }

    /// The link sets applied, oldest first.
    public func linkSets() throws -> [LinkSetInfo] {
        let s = try db.prepare("""
            SELECT l.id, l.path, l.sha256, l.created_at, COUNT(a.account_id), COUNT(DISTINCT a.person)
            FROM link_set AS l LEFT JOIN account_link AS a ON a.link_set_id = l.id
            GROUP BY l.id ORDER BY l.id
            """)
        var result: [LinkSetInfo] = []
        while try s.step() {
            result.append(LinkSetInfo(id: s.int64(0), path: s.string(1) ?? "", sha256: s.string(2) ?? "",
                                      createdAt: s.int64(3), accounts: Int(s.int64(4)), persons: Int(s.int64(5))))
        }
        return result
    }

    /// Removes a link set; its accounts are separate again. Returns whether it existed.
    @discardableResult
    public func removeLinks(id: Int64) throws -> Bool {
        try removeFileSet(.links, id: id)
    }

    /// For each account id that is linked, the smallest account id of its person: accounts
    /// sharing a person label (in any link set) form one group.
    func linkRepresentatives() throws -> [Int64: Int64] {
        // Links naming an account no longer in the store (a damaged store) are ignored, as labels are.
        let s = try db.prepare("""
            SELECT l.person, l.account_id FROM account_link AS l JOIN account AS a ON a.id = l.account_id
            ORDER BY l.person, l.account_id
            """)
        var groups: [String: [Int64]] = [:]
        while try s.step() { groups[s.string(0) ?? "", default: []].append(s.int64(1)) }
        // One account may be linked to two persons by different sets: join those groups.
        var parent: [Int64: Int64] = [:]
        func find(_ x: Int64) -> Int64 {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for members in groups.values {
            for m in members where parent[m] == nil { parent[m] = m }
            let roots = members.map(find)
            let root = roots.min()!
            for r in roots { parent[r] = root }
        }
        var result: [Int64: Int64] = [:]
        for m in parent.keys { result[m] = find(m) }
        // Make every representative the smallest id of its group.
        var smallest: [Int64: Int64] = [:]
        for (m, r) in result { smallest[r] = min(smallest[r] ?? m, m) }
        return result.mapValues { smallest[$0]! }
    }

    /// The accounts each `(platform, account)` row names — `account` a platform id, or
    /// `@handle` (case-insensitive); a nil platform means any — as the smallest
    /// matching id and how many match; nil when none does. Set-based: the rows go into a
    /// temporary table and are joined with `account` once per kind of key, instead of a
    /// lookup per row (a handle lookup scanned every account).
    func resolveAccounts(_ rows: [(platform: String?, account: String)]) throws -> [(first: Int64, count: Int)?] {
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS resolve_row (
                row INTEGER PRIMARY KEY, platform TEXT, by_handle INTEGER NOT NULL, value TEXT NOT NULL)
            """)
        try db.execute("CREATE INDEX IF NOT EXISTS temp.resolve_handle ON resolve_row(value) WHERE by_handle = 1")
        try db.execute("DELETE FROM resolve_row")
        defer { try? db.execute("DELETE FROM resolve_row") }
        let insert = try db.prepare("INSERT INTO resolve_row(row, platform, by_handle, value) VALUES (?, ?, ?, ?)")
        for (i, r) in rows.enumerated() {
            let byHandle = r.account.hasPrefix("@")
            insert.bind(1, i)
            insert.bind(2, r.platform)
            insert.bind(3, byHandle ? 1 : 0)
            // Handles compare lowercased (SQLite's lower(): ASCII), as before.
            insert.bind(4, byHandle ? String(r.account.dropFirst()) : r.account)
            try insert.run()
        }
        try db.execute("UPDATE resolve_row SET value = lower(value) WHERE by_handle = 1")
        var result = [(first: Int64, count: Int)?](repeating: nil, count: rows.count)
        // Platform ids: a (platform, platform_id) index seek per row, or with no platform an
        // automatic index on platform_id. Handles: one scan of the accounts, each handle
        // looked up among the rows (CROSS JOIN keeps that order).
        for sql in [
            """
            SELECT r.row, MIN(a.id), COUNT(*) FROM resolve_row AS r JOIN account AS a
                ON a.platform_id = r.value AND (r.platform IS NULL OR a.platform = r.platform)
            WHERE r.by_handle = 0 GROUP BY r.row
            """,
            """
            SELECT r.row, MIN(a.id), COUNT(*) FROM account AS a CROSS JOIN resolve_row AS r
                ON r.by_handle = 1 AND r.value = lower(a.handle) AND (r.platform IS NULL OR a.platform = r.platform)
            WHERE a.handle IS NOT NULL GROUP BY r.row
            """,
        ] {
            let s = try db.prepare(sql)
            while try s.step() { result[Int(s.int64(0))] = (s.int64(1), Int(s.int64(2))) }
        }
        return result
    }
}
