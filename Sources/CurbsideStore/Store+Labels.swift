import CSQLite
import Foundation

/// One row of a label file: the account is `specialty`.
public struct SpecialtyLabelRow: Sendable, Equatable {
    /// Platform, or nil to look the account up on any platform (it must then be unique).
    public var platform: String?
    /// Platform id, or `@handle`.
    public var account: String
    /// A lexicon key or a NUCC code (the caller resolves names before storing).
    public var specialty: String
    /// Line in the label file, for errors.
    public var line: Int

    public init(platform: String?, account: String, specialty: String, line: Int) {
        self.platform = platform
        self.account = account
        self.specialty = specialty
        self.line = line
    }
}

/// A label file applied to the store.
public struct LabelSetInfo: Sendable, Equatable {
    public var id: Int64
    public var path: String
    public var sha256: String
    public var createdAt: Int64
    public var labels: Int
}

/// A user's label on one account, from the newest label set that labels it.
public struct StoredSpecialtyLabel: Sendable, Equatable {
    public var specialty: String
    public var setID: Int64
    /// The label file's path as given when it was applied.
    public var path: String
}

extension Store {
    /// Applies a label file: each row's account gets its specialty, which wins over every
    /// other kind of evidence. Reversible with ``removeLabels(id:)``. A file with the same
    /// SHA-256 applied before changes nothing and returns the earlier set. A later set wins
    /// over an earlier one for the same account; within a file the last row wins.
    ///
    /// - Parameter skipUnresolved: skip rows that name no account (or, without a platform,
    ///   several) instead of failing with ``UnresolvedLinks``.
    public func addLabels(
        path: String, sha256: String, labels: [SpecialtyLabelRow], skipUnresolved: Bool = false
    ) throws -> (set: LabelSetInfo, skippedLines: [Int], alreadyApplied: Bool) {
        if let existing = try labelSets().first(where: { $0.sha256 == sha256 }) { return (existing, [], true) }
        var resolved: [(account: Int64, specialty: String, line: Int)] = []
        var unresolved: [Int] = []
        let matches = try resolveAccounts(labels.map { ($0.platform.flatMap { $0.isEmpty ? nil : $0 }, $0.account) })
        for (row, match) in zip(labels, matches) {
            // Unique, or not at all: a handle on two platforms names no one account.
            if let match, match.count == 1 {
                resolved.append((match.first, row.specialty, row.line))
            } else {
                unresolved.append(row.line)
            }
        }
        if !unresolved.isEmpty && !skipUnresolved { throw UnresolvedLinks(file: path, lines: unresolved) }
        let setID = try insertFileSet(.labels, path: path, sha256: sha256) { id in
            let add = try db.prepare("INSERT OR REPLACE INTO account_label(label_set_id, account_id, specialty, line) VALUES (?, ?, ?, ?)")
            for r in resolved {
                add.bind(1, id)
                add.bind(2, r.account)
                add.bind(3, r.specialty)
                add.bind(4, Int64(r.line))
                try add.run()
            }
        }
        let info = try labelSets().first { $0.id == setID }!
        return (info, unresolved, false)
    }

    /// The account a label or truth row names, by the rule of ``AccountName`` (narrowed to
    /// `platform` when given); nil unless exactly one account matches.
    public func accountID(platform: String?, account: String) throws -> Int64? {
        guard let match = try resolveAccounts([(platform.flatMap { $0.isEmpty ? nil : $0 }, account)])[0], match.count == 1 else { return nil }
        return match.first
    }

    /// The label sets applied, oldest first.
    public func labelSets() throws -> [LabelSetInfo] {
        let s = try db.prepare("""
            SELECT l.id, l.path, l.sha256, l.created_at, COUNT(a.account_id)
            FROM label_set AS l LEFT JOIN account_label AS a ON a.label_set_id = l.id
            GROUP BY l.id ORDER BY l.id
            """)
        var result: [LabelSetInfo] = []
        while try s.step() {
            result.append(LabelSetInfo(id: s.int64(0), path: s.string(1) ?? "", sha256: s.string(2) ?? "",
                                       createdAt: s.int64(3), labels: Int(s.int64(4))))
        }
        return result
    }

    /// Removes a label set; its accounts fall back to earlier sets or to their evidence.
    /// Returns whether it existed.
    @discardableResult
    public func removeLabels(id: Int64) throws -> Bool {
        try removeFileSet(.labels, id: id)
    }

    /// Each labelled account's label from the newest set labelling it, by account id.
    /// Labels of accounts no longer in the store (a forgotten source) are ignored.
    public func specialtyLabels() throws -> [Int64: StoredSpecialtyLabel] {
        let s = try db.prepare("""
            SELECT a.account_id, a.specialty, a.label_set_id, l.path
            FROM account_label AS a JOIN label_set AS l ON l.id = a.label_set_id
            JOIN account AS c ON c.id = a.account_id
            ORDER BY a.label_set_id
            """)
        var result: [Int64: StoredSpecialtyLabel] = [:]
        while try s.step() {
            result[s.int64(0)] = StoredSpecialtyLabel(specialty: s.string(1) ?? "", setID: s.int64(2), path: s.string(3) ?? "")
        }
        return result
    }
}

extension AccountInfo {
    /// An account with the fields a specialty classifier reads (for callers that classify
    /// accounts they hold outside a store, and for tests); counts and location are nil.
    public init(id: Int64, platform: String, platformID: String, handle: String?, name: String?, bio: String?, specialty: String?) {
        self.init(id: id, platform: platform, platformID: platformID, handle: handle, name: name, bio: bio, location: nil,
                  followersCount: nil, followingCount: nil, specialty: specialty)
    }
}
