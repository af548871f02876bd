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

    private static let expected = "one account in the store (a platform id, @handle or handle; a name several accounts share names none: add its platform)"
    private var place: String {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ")
        return "\(file): line\(lines.count == 1 ? "" : "s") \(shown)\(lines.count > 10 ? ", …" : "")"
    }
}

extension UnresolvedLinks: ShapedError {
    /// `unknown-account` at the file's lines; bad input (exit 3).
    public var shape: ErrorShape {
        ErrorShape(code: "unknown-account", location: place, expected: Self.expected,
                   hint: "import the source that has the account first, give the row a platform, or leave it out", exit: .badInput)
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
        // Unique, or not at all (``AccountName``): a handle two accounts share names neither.
        let matches = try resolveAccounts(links.map { (Optional($0.platform), $0.account) })
        for (link, match) in zip(links, matches) {
            if let match, match.count == 1 { resolved.append((match.first, link.person)) } else { unresolved.append(link.line) }
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

    /// The accounts each `(platform, account)` row names by the rule of ``AccountName``
    /// (`platform:id`, `@handle`, or bare text: an id or a handle), narrowed to the row's
    /// platform when it has one: the smallest matching id and how many distinct accounts
    /// match; nil when none does. Set-based: the rows go into a temporary table and are
    /// joined with `account` once per kind of key, instead of a lookup per row.
    func resolveAccounts(_ rows: [(platform: String?, account: String)]) throws -> [(first: Int64, count: Int)?] {
        var platforms = Set<String>()
        let distinct = try db.prepare("SELECT DISTINCT platform FROM account")
        while try distinct.step() { platforms.insert(distinct.string(0) ?? "") }
        try db.execute("""
            CREATE TEMP TABLE IF NOT EXISTS resolve_name (
                row INTEGER PRIMARY KEY, platform TEXT, by_id TEXT, by_handle TEXT)
            """)
        try db.execute("CREATE INDEX IF NOT EXISTS temp.resolve_name_handle ON resolve_name(by_handle) WHERE by_handle IS NOT NULL")
        try db.execute("DELETE FROM resolve_name")
        defer { try? db.execute("DELETE FROM resolve_name") }
        let insert = try db.prepare("INSERT INTO resolve_name(row, platform, by_id, by_handle) VALUES (?, ?, ?, ?)")
        for (i, r) in rows.enumerated() {
            var platform = r.platform, byID: String?, byHandle: String?
            switch AccountName(r.account, platforms: platforms) {
            case let .qualified(named, id):
                guard platform == nil || platform == named else { continue } // two platforms: no account
                platform = named
                byID = id
            case let .handle(folded):
                byHandle = folded
            case let .idOrHandle(id, folded):
                byID = id
                byHandle = folded
            }
            insert.bind(1, i)
            insert.bind(2, platform)
            insert.bind(3, byID)
            insert.bind(4, byHandle)
            try insert.run()
        }
        var matches = [Set<Int64>](repeating: [], count: rows.count)
        // Platform ids: a (platform, platform_id) index seek per row, or with no platform an
        // automatic index on platform_id. Handles: one scan of the accounts, each folded
        // handle looked up among the rows (CROSS JOIN keeps that order).
        for sql in [
            """
            SELECT r.row, a.id FROM resolve_name AS r JOIN account AS a
                ON a.platform_id = r.by_id AND (r.platform IS NULL OR a.platform = r.platform)
            WHERE r.by_id IS NOT NULL
            """,
            """
            SELECT r.row, a.id FROM account AS a CROSS JOIN resolve_name AS r
                ON r.by_handle = curbside_fold(a.handle) AND (r.platform IS NULL OR a.platform = r.platform)
            WHERE a.handle IS NOT NULL AND a.handle <> '' AND r.by_handle IS NOT NULL
            """,
        ] {
            let s = try db.prepare(sql)
            while try s.step() { matches[Int(s.int64(0))].insert(s.int64(1)) }
        }
        return matches.map { $0.isEmpty ? nil : ($0.min()!, $0.count) }
    }
}
