import CSQLite

/// The store's schema, changed only by appending named migrations. A migration that has
/// run is recorded in `migration` and never runs again; never edit one that has shipped.
enum Schema {
    static let migrations: [(name: String, sql: String)] = [
        ("v1-core", """
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            imported_at INTEGER NOT NULL,
            records_read INTEGER NOT NULL,
            records_skipped INTEGER NOT NULL,
            details TEXT
        );
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            platform_id TEXT NOT NULL,
            handle TEXT,
            name TEXT,
            bio TEXT,
            location TEXT,
            followers_count INTEGER,
            following_count INTEGER,
            specialty TEXT,
            created_at INTEGER,
            updated_by INTEGER REFERENCES source(id),
            UNIQUE (platform, platform_id)
        );
        CREATE INDEX account_handle ON account(platform, handle);
        CREATE TABLE account_source (
            source_id INTEGER NOT NULL REFERENCES source(id),
            account_id INTEGER NOT NULL REFERENCES account(id),
            PRIMARY KEY (source_id, account_id)
        ) WITHOUT ROWID;
        CREATE TABLE kind (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE
        );
        INSERT INTO kind(label) VALUES ('follow'), ('mention'), ('reply'), ('repost'), ('quote'), ('like');
        -- One row per (source, edge): a source's contribution can be listed or removed alone.
        CREATE TABLE edge (
            source_id INTEGER NOT NULL REFERENCES source(id),
            src INTEGER NOT NULL REFERENCES account(id),
            dst INTEGER NOT NULL REFERENCES account(id),
            kind INTEGER NOT NULL REFERENCES kind(id),
            count INTEGER NOT NULL,
            first_at INTEGER,
            last_at INTEGER,
            PRIMARY KEY (source_id, src, dst, kind)
        ) WITHOUT ROWID;
        CREATE TABLE hashtag (
            source_id INTEGER NOT NULL REFERENCES source(id),
            account_id INTEGER NOT NULL REFERENCES account(id),
            tag TEXT NOT NULL,
            count INTEGER NOT NULL,
            first_at INTEGER,
            last_at INTEGER,
            PRIMARY KEY (source_id, account_id, tag)
        ) WITHOUT ROWID;
        -- Room for analysis results: one run (name, parameters as JSON) and its scores.
        CREATE TABLE analysis_run (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            parameters TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE account_score (
            run_id INTEGER NOT NULL REFERENCES analysis_run(id) ON DELETE CASCADE,
            metric TEXT NOT NULL,
            account_id INTEGER NOT NULL REFERENCES account(id),
            value REAL NOT NULL,
            PRIMARY KEY (run_id, metric, account_id)
        ) WITHOUT ROWID;
        """),
        ("v2-claims-and-links", """
        -- What each source said about each account. The account row holds, per field, the
        -- newest source's non-null value; keeping every source's claim lets one source be
        -- forgotten and the others' values come back.
        CREATE TABLE account_claim (
            source_id INTEGER NOT NULL REFERENCES source(id),
            account_id INTEGER NOT NULL REFERENCES account(id),
            handle TEXT,
            name TEXT,
            bio TEXT,
            location TEXT,
            followers_count INTEGER,
            following_count INTEGER,
            specialty TEXT,
            created_at INTEGER,
            PRIMARY KEY (source_id, account_id)
        ) WITHOUT ROWID;
        INSERT INTO account_claim
            SELECT updated_by, id, handle, name, bio, location, followers_count, following_count, specialty, created_at
            FROM account WHERE updated_by IS NOT NULL;
        -- Accounts on several platforms that belong to one person, one set per link file, so a
        -- set can be removed again.
        CREATE TABLE link_set (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE account_link (
            link_set_id INTEGER NOT NULL REFERENCES link_set(id),
            account_id INTEGER NOT NULL REFERENCES account(id),
            person TEXT NOT NULL,
            PRIMARY KEY (link_set_id, account_id)
        ) WITHOUT ROWID;
        """),
        ("v3-activity", """
        -- Interactions per UTC day and kind, per source: what an activity-over-time chart
        -- needs, without keeping every event. An aggregated edge (seen n times between two
        -- dates) counts on the day it was first seen.
        CREATE TABLE activity (
            source_id INTEGER NOT NULL REFERENCES source(id),
            kind INTEGER NOT NULL REFERENCES kind(id),
            day INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (source_id, kind, day)
        ) WITHOUT ROWID;
        """),
        ("v4-events", """
        -- Interactions one by one, so an analysis can cut a time window (--since/--until) or
        -- follow one conversation (--hashtag). An input record with one time becomes one event
        -- (n > 1 when the record says it happened n times at that time); follows are state and
        -- stay edges only, as do records with no time or a time span (first_at < last_at).
        -- Clustered by time: a window is one range scan. `seq` numbers a source's events in
        -- time order; (source_id, seq) identifies an event.
        CREATE TABLE event (
            at INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES source(id),
            seq INTEGER NOT NULL,
            src INTEGER NOT NULL REFERENCES account(id),
            dst INTEGER NOT NULL REFERENCES account(id),
            kind INTEGER NOT NULL REFERENCES kind(id),
            n INTEGER NOT NULL,
            PRIMARY KEY (at, source_id, seq)
        ) WITHOUT ROWID;
        -- Hashtags (lowercase, without #) of the posts behind events.
        CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE
        );
        -- One row per (hashtag, event), clustered by hashtag then time: a conversation in a
        -- window is one range scan, then a primary-key lookup per event.
        CREATE TABLE event_tag (
            tag INTEGER NOT NULL REFERENCES tag(id),
            at INTEGER NOT NULL,
            source_id INTEGER NOT NULL REFERENCES source(id),
            seq INTEGER NOT NULL,
            PRIMARY KEY (tag, at, source_id, seq)
        ) WITHOUT ROWID;
        -- Stores written before events existed: their interactions with one time become
        -- events (without hashtags, which were not kept). Repeated ties seen over a span keep
        -- only their edge row; forget and re-import such a source to window them exactly.
        INSERT INTO event(at, source_id, seq, src, dst, kind, n)
            SELECT first_at, source_id, ROW_NUMBER() OVER (PARTITION BY source_id ORDER BY first_at, src, dst, kind),
                   src, dst, kind, count
            FROM edge
            WHERE first_at IS NOT NULL AND first_at = last_at
              AND kind NOT IN (SELECT id FROM kind WHERE label = 'follow');
        """),
        ("v5-labels", """
        -- Specialty labels users assign (`curbside label FILE.csv`), one set per label file so
        -- a set can be listed and removed again. `specialty` is a lexicon key or a NUCC code.
        CREATE TABLE label_set (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );
        CREATE TABLE account_label (
            label_set_id INTEGER NOT NULL REFERENCES label_set(id),
            account_id INTEGER NOT NULL REFERENCES account(id),
            specialty TEXT NOT NULL,
            line INTEGER NOT NULL,
            PRIMARY KEY (label_set_id, account_id)
        ) WITHOUT ROWID;
        """),
    ]

    /// What a database holds, read without changing it.
    enum State: Equatable {
        /// No tables at all (a new or zero-byte file), or only an empty `migration` table
        /// (a first initialisation interrupted): a writer may initialise it.
        case empty
        /// Tables, but not Curbside's: another program's database (its first table names).
        case foreign(tables: [String])
        /// A Curbside store with these migrations applied.
        case curbside(applied: Set<String>)

        /// Migrations a current Curbside would still apply.
        var pending: [String] {
            guard case .curbside(let applied) = self else { return Schema.migrations.map(\.name) }
            return Schema.migrations.map(\.name).filter { !applied.contains($0) }
        }

        /// Migrations this Curbside does not know: the store is from a newer one.
        var unknown: [String] {
            guard case .curbside(let applied) = self else { return [] }
            return applied.subtracting(Schema.migrations.map(\.name)).sorted()
        }
    }

    /// Reads the schema state: only `sqlite_master` and, when present, `migration`.
    /// A Curbside store's `migration` table has a `name` column holding `v1-core`.
    static func inspect(_ db: Connection) throws -> State {
        let s = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        var tables: [String] = []
        while try s.step() { tables.append(s.string(0) ?? "") }
        guard tables.contains("migration") else {
            return tables.isEmpty ? .empty : .foreign(tables: tables)
        }
        var applied = Set<String>()
        do {
            let m = try db.prepare("SELECT name FROM migration")
            while try m.step() { if let n = m.string(0) { applied.insert(n) } }
        } catch let e as StoreError where (e.code ?? 0) & 0xff == SQLITE_ERROR {
            return .foreign(tables: tables)  // a `migration` table without a `name` column
        }
        if applied.isEmpty && tables == ["migration"] { return .empty }
        return applied.contains(migrations[0].name) ? .curbside(applied: applied) : .foreign(tables: tables)
    }

    static func migrate(_ db: Connection) throws {
        try db.execute("CREATE TABLE IF NOT EXISTS migration (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)")
        let applied = try db.prepare("SELECT name FROM migration")
        var done = Set<String>()
        while try applied.step() { if let n = applied.string(0) { done.insert(n) } }
        let known = Set(migrations.map(\.name))
        if let unknown = done.subtracting(known).sorted().first {
            throw StoreError("the store was written by a newer Curbside (migration \(unknown)); upgrade Curbside to open it")
        }
        for m in migrations where !done.contains(m.name) {
            try db.transaction {
                try db.execute(m.sql)
                let record = try db.prepare("INSERT INTO migration(name, applied_at) VALUES (?, strftime('%s','now'))")
                record.bind(1, m.name)
                try record.run()
            }
        }
    }
}
