import CSQLite

/// One kind of damage ``Store/check()`` found: rows of one table that break one rule.
public struct StoreFinding: Sendable, Equatable {
    /// The table holding the rows (or `database` for the file itself).
    public var table: String
    /// The rule, in words: `dst names no account`, `count below 1`.
    public var problem: String
    /// How many rows break it.
    public var rows: Int
    /// The first few rows' keys (ids and times only, never field contents), e.g. `(1, 5, 99999999, 1)`.
    public var examples: [String]
    /// The same rows with their key columns named, for people: `source_id 1, src 5, dst
    /// 99999999, kind 1` (for `database`, SQLite's messages as they are).
    public var labelledExamples: [String] = []
    /// Whether `check --repair` can remove it (a damaged file needs a re-import).
    public var repairable: Bool
}

/// What ``Store/check()`` found: nothing, when the store is sound.
public struct StoreCheckReport: Sendable, Equatable {
    /// `ok`, or SQLite's integrity messages (the first few).
    public var integrity: [String]
    public var findings: [StoreFinding]
    public var isClean: Bool { findings.isEmpty }
}

extension Store {
    /// One rule over one table: the rows matching `predicate` (the table aliased `t`)
    /// break it; `repair` fixes them (default: delete them).
    struct CheckRule {
        var table: String
        var problem: String
        var keys: String
        var predicate: String
        var repair: String?

        init(_ table: String, _ problem: String, keys: String, _ predicate: String, repair: String? = nil) {
            self.table = table
            self.problem = problem
            self.keys = keys
            self.predicate = predicate
            self.repair = repair
        }

        var repairSQL: String {
            repair ?? "DELETE FROM \(table) AS t WHERE \(predicate)"
        }
    }

    /// Every reference between Curbside's tables and every value range loading relies on,
    /// parents before children: a repair that removes a parent row leaves children that a
    /// later rule removes in the same pass.
    static let checkRules: [CheckRule] = {
        let timeRange = "BETWEEN \(EdgeRows.times.lowerBound) AND \(EdgeRows.times.upperBound)"
        func missing(_ parent: String, _ column: String, _ parentColumn: String = "id") -> String {
            "NOT EXISTS (SELECT 1 FROM \(parent) AS p WHERE p.\(parentColumn) = t.\(column))"
        }
        func references(_ table: String, keys: String, _ pairs: [(column: String, parent: String, noun: String)]) -> [CheckRule] {
            pairs.map { CheckRule(table, "\($0.column) names no \($0.noun)", keys: keys, missing($0.parent, $0.column)) }
        }
        let edgeKeys = "t.source_id, t.src, t.dst, t.kind"
        let eventKeys = "t.at, t.source_id, t.seq"
        return [
            CheckRule("kind", "id outside 1…\(EdgeRows.maxKindID)", keys: "t.id", "t.id NOT BETWEEN 1 AND \(EdgeRows.maxKindID)"),
            CheckRule("account", "id below 1", keys: "t.id", "t.id < 1"),
            CheckRule("account", "updated_by names no source", keys: "t.id",
                      "t.updated_by IS NOT NULL AND \(missing("source", "updated_by"))",
                      repair: "UPDATE account AS t SET updated_by = NULL WHERE t.updated_by IS NOT NULL AND \(missing("source", "updated_by"))"),
        ]
        + references("account_source", keys: "t.source_id, t.account_id",
                     [("source_id", "source", "source"), ("account_id", "account", "account")])
        + references("account_claim", keys: "t.source_id, t.account_id",
                     [("source_id", "source", "source"), ("account_id", "account", "account")])
        + references("edge", keys: edgeKeys,
                     [("source_id", "source", "source"), ("src", "account", "account"), ("dst", "account", "account"), ("kind", "kind", "kind")])
        + [
            CheckRule("edge", "count below 1", keys: edgeKeys, "t.count < 1"),
            CheckRule("edge", "first_at or last_at outside 1900–9999", keys: edgeKeys,
                      "t.first_at NOT \(timeRange) OR t.last_at NOT \(timeRange)"),
            CheckRule("edge", "first_at after last_at", keys: edgeKeys, "t.first_at > t.last_at"),
        ]
        + references("event", keys: eventKeys,
                     [("source_id", "source", "source"), ("src", "account", "account"), ("dst", "account", "account"), ("kind", "kind", "kind")])
        + [
            CheckRule("event", "n below 1", keys: eventKeys, "t.n < 1"),
            CheckRule("event", "at outside 1900–9999", keys: eventKeys, "t.at NOT \(timeRange)"),
            CheckRule("event_tag", "names no event", keys: "t.tag, t.at, t.source_id, t.seq",
                      "NOT EXISTS (SELECT 1 FROM event AS e WHERE e.at = t.at AND e.source_id = t.source_id AND e.seq = t.seq)"),
        ]
        + references("event_tag", keys: "t.tag, t.at, t.source_id, t.seq", [("tag", "tag", "tag")])
        + references("hashtag", keys: "t.source_id, t.account_id",
                     [("source_id", "source", "source"), ("account_id", "account", "account")])
        + [CheckRule("hashtag", "count below 1", keys: "t.source_id, t.account_id", "t.count < 1")]
        + references("activity", keys: "t.source_id, t.kind, t.day",
                     [("source_id", "source", "source"), ("kind", "kind", "kind")])
        + [CheckRule("activity", "count below 1", keys: "t.source_id, t.kind, t.day", "t.count < 1")]
        + references("account_link", keys: "t.link_set_id, t.account_id",
                     [("link_set_id", "link_set", "link set"), ("account_id", "account", "account")])
        + references("account_label", keys: "t.label_set_id, t.account_id",
                     [("label_set_id", "label_set", "label set"), ("account_id", "account", "account")])
        + references("account_score", keys: "t.run_id, t.account_id",
                     [("run_id", "analysis_run", "analysis run"), ("account_id", "account", "account")])
    }()

    /// Checks the store: SQLite's `integrity_check`, then every reference between
    /// Curbside's tables and every value loading relies on. Reads only.
    public func check() throws -> StoreCheckReport {
        var integrity: [String] = []
        var findings: [StoreFinding] = []
        do {
            let s = try db.prepare("PRAGMA integrity_check(20)")
            while try s.step() { integrity.append(s.string(0) ?? "") }
        } catch let e as StoreError {
            integrity = [e.message]
        }
        if integrity != ["ok"] {
            findings.append(StoreFinding(table: "database", problem: "integrity_check failed", rows: integrity.count,
                                         examples: Array(integrity.prefix(5)), labelledExamples: Array(integrity.prefix(5)),
                                         repairable: false))
        }
        for rule in Self.checkRules {
            do {
                let n = Int(try db.scalar("SELECT COUNT(*) FROM \(rule.table) AS t WHERE \(rule.predicate)") ?? 0)
                guard n > 0 else { continue }
                let s = try db.prepare("SELECT \(rule.keys) FROM \(rule.table) AS t WHERE \(rule.predicate) LIMIT 5")
                let columns = sqlite3_column_count(s.handle)
                let names = (0..<columns).map { sqlite3_column_name(s.handle, $0).map { String(cString: $0) } ?? "column \($0 + 1)" }
                var examples: [String] = [], labelled: [String] = []
                while try s.step() {
                    let values = (0..<columns).map { s.isNull($0) ? "NULL" : String(s.int64($0)) }
                    examples.append("(" + values.joined(separator: ", ") + ")")
                    labelled.append(zip(names, values).map { "\($0) \($1)" }.joined(separator: ", "))
                }
                findings.append(StoreFinding(table: rule.table, problem: rule.problem, rows: n, examples: examples,
                                             labelledExamples: labelled, repairable: true))
            } catch let e as StoreError {
                findings.append(StoreFinding(table: rule.table, problem: "cannot be read (\(e.message))", rows: 0, examples: [],
                                             repairable: false))
            }
        }
        return StoreCheckReport(integrity: integrity, findings: findings)
    }

    /// Removes every row ``check()`` finds dangling or out of range, in one transaction
    /// (an `updated_by` naming no source is cleared instead). Returns what each rule removed;
    /// a file that fails `integrity_check` is left alone (only a re-import helps), and the
    /// result is then empty.
    public func repair() throws -> [StoreFinding] {
        guard access == .readWrite else { throw StoreError("\(path) is open read-only; repair needs it opened read-write") }
        let before = try check()
        guard !before.findings.contains(where: { !$0.repairable }) else { return [] }
        return try db.transaction {
            var removed: [StoreFinding] = []
            for rule in Self.checkRules {
                try db.execute(rule.repairSQL)
                let n = db.changes
                if n > 0 { removed.append(StoreFinding(table: rule.table, problem: rule.problem, rows: n, examples: [], repairable: true)) }
            }
            return removed
        }
    }
}
