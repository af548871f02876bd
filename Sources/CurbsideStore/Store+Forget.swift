import CSQLite

/// What ``Store/forget(source:)`` removed.
public struct ForgetSummary: Sendable, Equatable {
    public var source: SourceInfo
    public var edgesRemoved: Int
    public var hashtagsRemoved: Int
    /// Interaction events (one-by-one interactions with their times) removed.
    public var eventsRemoved: Int = 0
    /// Accounts no other source mentions, removed with the source.
    public var accountsRemoved: Int
    /// Accounts kept whose fields were recomputed from the remaining sources.
    public var accountsRestored: Int
}

/// What ``Store/replaceSource(path:format:sha256:importedAt:_:)`` did.
public struct ReplaceSummary: Sendable {
    /// The new import (always ``ImportOutcome/imported(_:)``).
    public var outcome: ImportOutcome
    /// The earlier sources removed first, oldest first; empty when none matched (a plain import).
    /// Their `accountsRemoved` is 0: see ``accountsRemoved``.
    public var replaced: [ForgetSummary]
    /// Accounts only the replaced sources mentioned and the new import does not, removed
    /// (with their links, labels and saved scores) after it. Accounts it mentions again keep
    /// their ids, labels and links.
    public var accountsRemoved: Int
}

extension Store {
    /// The earlier sources a re-import of `path` with content `sha256` replaces: the one
    /// with the same SHA-256 (the same content) and every one recorded under the same path
    /// (earlier versions of the file), oldest first.
    public func sources(replacedBy path: String, sha256: String) throws -> [SourceInfo] {
        try sources().filter { $0.sha256 == sha256 || $0.path == path }
    }

    /// Re-imports a source in one transaction: every earlier source
    /// ``sources(replacedBy:sha256:)`` names is removed as ``forget(source:)`` removes it, then
    /// `body` imports the new one. If anything fails (a bad record in strict mode, a limit,
    /// an interrupted process) the store is exactly as before, old sources included. With no
    /// earlier source it is a plain import.
    public func replaceSource(
        path: String, format: String, sha256: String, importedAt: Int64? = nil,
        _ body: (RecordSink) throws -> ImportCounts
    ) throws -> ReplaceSummary {
        let earlier = try sources(replacedBy: path, sha256: sha256)
        let run = try runImport(path: path, format: format, knownDigest: sha256, digest: { sha256 }, importedAt: importedAt,
                                replacing: earlier, body)
        return ReplaceSummary(outcome: run.outcome, replaced: run.replaced, accountsRemoved: run.accountsRemoved)
    }

    /// The source with this id, or whose path or SHA-256 (or a unique SHA-256 prefix of at
    /// least 8 characters) matches `reference`.
    public func source(matching reference: String) throws -> SourceInfo? {
        let all = try sources()
        if let id = Int64(reference), let s = all.first(where: { $0.id == id }) { return s }
        if let s = all.first(where: { $0.path == reference || $0.sha256 == reference.lowercased() }) { return s }
        if reference.count >= 8 {
            let prefixed = all.filter { $0.sha256.hasPrefix(reference.lowercased()) }
            if prefixed.count == 1 { return prefixed[0] }
        }
        return nil
    }

    /// Removes one source's contribution and nothing else, in one transaction: its edges,
    /// events, hashtags and account claims; accounts that only it mentioned; and, for accounts other
    /// sources also describe, every field is recomputed as the newest remaining source's
    /// non-empty value.
    public func forget(source: SourceInfo) throws -> ForgetSummary {
        try db.transaction { try removeContribution(of: source) }
    }

    /// What ``forget(source:)`` does, inside the caller's transaction (``forget(source:)``
    /// and ``replaceSource(path:format:sha256:replacing:importedAt:_:)`` share it).
    ///
    /// With `deferringOrphans` (a replace), accounts no remaining source mentions are not
    /// removed yet but set aside in `replace_orphans`: the new import may mention them again
    /// and then they keep their ids, labels and links; ``removeDeferredOrphans()`` removes the
    /// rest after it.
    func removeContribution(of source: SourceInfo, deferringOrphans: Bool = false) throws -> ForgetSummary {
        let id = source.id
        // Every statement is cached by the connection: forgetting is also what empties the
        // fuzz `store` target's store after each input.
        func run(_ sql: String) throws -> Int { try db.run(sql) { $0.bind(1, id) } }
        let edges = try run("DELETE FROM edge WHERE source_id = ?")
        let hashtags = try run("DELETE FROM hashtag WHERE source_id = ?")
        _ = try run("DELETE FROM activity WHERE source_id = ?")
        _ = try run("DELETE FROM event_tag WHERE source_id = ?")
        let events = try run("DELETE FROM event WHERE source_id = ?")
        try db.run("DELETE FROM tag WHERE id NOT IN (SELECT tag FROM event_tag)")
        try db.ensureTemporaryTable("forget_affected", "CREATE TEMP TABLE IF NOT EXISTS forget_affected (account_id INTEGER PRIMARY KEY)")
        try db.run("DELETE FROM forget_affected")
        _ = try run("INSERT INTO forget_affected SELECT account_id FROM account_source WHERE source_id = ?")
        _ = try run("DELETE FROM account_claim WHERE source_id = ?")
        _ = try run("DELETE FROM account_source WHERE source_id = ?")
        let removed: Int
        if deferringOrphans {
            try ensureReplaceOrphans()
            try db.run("""
                INSERT OR IGNORE INTO replace_orphans SELECT account_id FROM forget_affected
                WHERE account_id NOT IN (SELECT account_id FROM account_source)
                """)
            removed = 0
        } else {
            removed = try removeOrphans(among: "forget_affected")
        }
        try restoreAccountFields()
        let restored = db.changes
        try db.run("DELETE FROM forget_affected")
        try db.run("DELETE FROM forget_fields")
        _ = try run("DELETE FROM source WHERE id = ?")
        return ForgetSummary(source: source, edgesRemoved: edges, hashtagsRemoved: hashtags, eventsRemoved: events,
                             accountsRemoved: removed, accountsRestored: restored)
    }

    /// Removes the accounts listed in the temporary table `candidates` that no source mentions
    /// any more, with any links, labels and saved scores that name them: nothing may point at
    /// an id SQLite could hand out again. Returns how many accounts went.
    private func removeOrphans(among candidates: String) throws -> Int {
        let orphans = "SELECT account_id FROM \(candidates) WHERE account_id NOT IN (SELECT account_id FROM account_source)"
        for table in ["account_link", "account_label", "account_score"] {
            try db.run("DELETE FROM \(table) WHERE account_id IN (\(orphans))")
        }
        return try db.run("DELETE FROM account WHERE id IN (\(orphans))")
    }

    /// After a replace's new import: removes the set-aside accounts (``removeContribution(of:deferringOrphans:)``)
    /// that it did not mention again.
    func removeDeferredOrphans() throws -> Int {
        try ensureReplaceOrphans()
        let removed = try removeOrphans(among: "replace_orphans")
        try db.run("DELETE FROM replace_orphans")
        return removed
    }

    private func ensureReplaceOrphans() throws {
        try db.ensureTemporaryTable("replace_orphans", "CREATE TEMP TABLE IF NOT EXISTS replace_orphans (account_id INTEGER PRIMARY KEY)")
    }

    /// Sets every field of the accounts in `forget_affected` to the newest remaining source's
    /// non-null value (null when none has one), and `updated_by` to the newest remaining
    /// source, set-based: one grouped scan of `account_claim` per field into a temporary
    /// table, then one joined update. (A correlated subquery per account and field scanned
    /// the claims, which have no index on `account_id`, for every account: 80× slower.)
    func restoreAccountFields() throws {
        let fields = ImportSession.accountFields
        try db.ensureTemporaryTable("forget_fields", """
            CREATE TEMP TABLE IF NOT EXISTS forget_fields (
                account_id INTEGER PRIMARY KEY, \(fields.joined(separator: ", ")), updated_by INTEGER)
            """)
        try db.run("DELETE FROM forget_fields")
        try db.run("""
            INSERT INTO forget_fields(account_id, updated_by)
            SELECT f.account_id, c.newest FROM forget_affected AS f
            LEFT JOIN (SELECT account_id, MAX(source_id) AS newest FROM account_claim
                       WHERE account_id IN (SELECT account_id FROM forget_affected) GROUP BY account_id) AS c
                   ON c.account_id = f.account_id
            """)
        for f in fields {
            // With one MAX() aggregate, SQLite takes the bare column `\(f)` from the row holding the maximum.
            try db.run("""
                UPDATE forget_fields SET \(f) = r.value
                FROM (SELECT account_id, \(f) AS value, MAX(source_id) FROM account_claim
                      WHERE \(f) IS NOT NULL AND account_id IN (SELECT account_id FROM forget_fields)
                      GROUP BY account_id) AS r
                WHERE forget_fields.account_id = r.account_id
                """)
        }
        try db.run("""
            UPDATE account SET \((fields + ["updated_by"]).map { "\($0) = r.\($0)" }.joined(separator: ", "))
            FROM forget_fields AS r WHERE account.id = r.account_id
            """)
    }
}
