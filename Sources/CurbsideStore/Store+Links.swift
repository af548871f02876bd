import CSQLite
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
    public var description: String {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ")
        return "\(file): line\(lines.count == 1 ? "" : "s") \(shown)\(lines.count > 10 ? ", …" : ""): expected an account in the store (platform id, or @handle)"
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
        let byID = try db.prepare("SELECT id FROM account WHERE platform = ? AND platform_id = ?")
        let byHandle = try db.prepare("SELECT id FROM account WHERE platform = ? AND lower(handle) = lower(?) ORDER BY id LIMIT 1")
        var resolved: [(Int64, String)] = []
        var unresolved: [Int] = []
        for link in links {
            let s = link.account.hasPrefix("@") ? byHandle : byID
            s.bind(1, link.platform)
            s.bind(2, link.account.hasPrefix("@") ? String(link.account.dropFirst()) : link.account)
            if try s.step() { resolved.append((s.int64(0), link.person)) } else { unresolved.append(link.line) }
            s.reset()
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
}
