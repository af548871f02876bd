import CSQLite

/// A time window and/or a conversation (hashtag) to analyse: `--since/--until/--hashtag`.
///
/// With a window, a graph or statistic counts **interactions** from the store's events
/// inside it: an edge's count is the number of its events in the window (per source; sources
/// merge by their largest count as always), its first and last times lie within it; with a
/// hashtag, only events whose post carries that hashtag count. **State** ties are kept whole
/// in every window, without times: follows, and ties without any time whose kind is not one
/// of the built-in interactions (`advice`, `friend`, or the `edge` of a plain edge list).
/// Interactions that cannot be placed in time (X archive likes, rows without a timestamp,
/// a tie aggregated over a span) are outside every window.
///
/// ```swift
/// let week = InteractionWindow(since: 1_573_862_400, until: 1_574_467_199, hashtag: "#AHA19")
/// let conference = try store.loadGraph(window: week)
/// ```
public struct InteractionWindow: Sendable, Equatable {
    /// First second inside the window (Unix seconds, UTC), or `nil` for no lower bound.
    public var since: Int64?
    /// Last second inside the window (inclusive), or `nil` for no upper bound.
    public var until: Int64?
    /// Only events whose post carries this hashtag (normalised: lowercase, without `#`).
    public var hashtag: String?

    public init(since: Int64? = nil, until: Int64? = nil, hashtag: String? = nil) {
        self.since = since
        self.until = until
        self.hashtag = hashtag.map(Self.normalizeHashtag)
    }

    /// No bounds and no hashtag: everything, read from the aggregated edges.
    public var isUnbounded: Bool { since == nil && until == nil && hashtag == nil }

    /// `#AHA19` → `aha19`: without a leading `#`, lowercased, surrounding spaces trimmed.
    public static func normalizeHashtag(_ raw: String) -> String {
        var s = Substring(raw)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        if s.hasPrefix("#") || s.hasPrefix("＃") { s.removeFirst() }
        return s.lowercased()
    }

    /// Plain-language statement of the window, e.g. `interactions from 2019-11-16 00:00:00
    /// to 2019-11-18 23:59:59 UTC in posts tagged #aha19`; empty when unbounded.
    public var summary: String {
        guard !isUnbounded else { return "" }
        var parts = ["interactions"]
        switch (since, until) {
        case let (s?, u?): parts.append("from \(Self.utc(s)) to \(Self.utc(u)) UTC")
        case let (s?, nil): parts.append("from \(Self.utc(s)) UTC on")
        case let (nil, u?): parts.append("up to \(Self.utc(u)) UTC")
        case (nil, nil): break
        }
        if let hashtag { parts.append("in posts tagged #\(hashtag)") }
        return parts.joined(separator: " ")
    }

    /// `2019-11-16 08:00:00` for Unix seconds, UTC (proleptic Gregorian).
    static func utc(_ t: Int64) -> String {
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = Int(t - days * 86_400)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(year)-\(two(Int(month)))-\(two(Int(day))) \(two(secs / 3600)):\(two(secs / 60 % 60)):\(two(secs % 60))"
    }

    // MARK: SQL

    /// The events inside the window (alias `e`), as a `FROM … WHERE …` clause with the
    /// parameters `:since`, `:until` and, with a hashtag, `:tag`.
    var eventsSQL: String {
        hashtag == nil
            ? "FROM event AS e WHERE e.at BETWEEN :since AND :until"
            : """
              FROM event_tag AS t JOIN event AS e ON e.at = t.at AND e.source_id = t.source_id AND e.seq = t.seq
              WHERE t.tag = (SELECT id FROM tag WHERE label = :tag) AND t.at BETWEEN :since AND :until
              """
    }

    /// One row per (source, src, dst, kind) with events in the window: `src, dst, kind, c, f, l`.
    var eventEdgesSQL: String {
        "SELECT e.src AS src, e.dst AS dst, e.kind AS kind, SUM(e.n) AS c, MIN(e.at) AS f, MAX(e.at) AS l "
            + eventsSQL + " GROUP BY e.source_id, e.src, e.dst, e.kind"
    }

    /// Binds the window's parameters (those the statement names) and returns the statement.
    func bound(_ s: Statement) -> Statement {
        func bind(_ name: String, _ value: Int64) {
            let i = sqlite3_bind_parameter_index(s.handle, name)
            if i > 0 { s.bind(i, value) }
        }
        bind(":since", since ?? .min)
        bind(":until", until ?? .max)
        let i = sqlite3_bind_parameter_index(s.handle, ":tag")
        if i > 0 { s.bind(i, hashtag ?? "") }
        return s
    }
}

extension Store {
    /// Kinds Curbside knows as interactions: without a time they are outside every window.
    static let interactionKinds = [EdgeKind.mention, EdgeKind.reply, EdgeKind.repost, EdgeKind.quote, EdgeKind.like]

    /// State ties, whole and without times: `src, dst, kind, c, f, l` per (source, edge).
    static let stateEdgesSQL = """
        SELECT e.src AS src, e.dst AS dst, e.kind AS kind, e.count AS c, NULL AS f, NULL AS l
        FROM edge AS e JOIN kind AS k ON k.id = e.kind
        WHERE k.label = '\(EdgeKind.follow)'
           OR (e.first_at IS NULL AND e.last_at IS NULL
               AND k.label NOT IN (\(interactionKinds.map { "'\($0)'" }.joined(separator: ", "))))
        """

    /// ``statistics(window:)`` inside a window: edges and interactions per kind from state
    /// ties and the window's events, merged across sources by their largest count.
    func windowedStatistics(_ window: InteractionWindow) throws -> Statement {
        try window.bound(db.prepare("""
            SELECT k.label, COUNT(*), SUM(e.c), MIN(e.f), MAX(e.l)
            FROM (SELECT kind, MAX(c) AS c, MIN(f) AS f, MAX(l) AS l
                  FROM (\(Self.stateEdgesSQL) UNION ALL \(window.eventEdgesSQL))
                  GROUP BY src, dst, kind) AS e
            JOIN kind AS k ON k.id = e.kind
            GROUP BY k.label ORDER BY k.label
            """))
    }

    /// ``activityByDay(window:)`` inside a window: the window's events per UTC day and kind,
    /// per source, then the most any one source saw.
    func windowedActivity(_ window: InteractionWindow) throws -> Statement {
        try window.bound(db.prepare("""
            SELECT a.day, k.label, MAX(a.total) FROM
                (SELECT e.source_id, e.kind, (e.at - ((e.at % 86400) + 86400) % 86400) / 86400 AS day, SUM(e.n) AS total
                 \(window.eventsSQL)
                 GROUP BY e.source_id, e.kind, day) AS a
            JOIN kind AS k ON k.id = a.kind
            GROUP BY a.day, k.label ORDER BY a.day, k.label
            """))
    }
}
