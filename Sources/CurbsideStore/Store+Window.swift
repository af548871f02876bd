import CSQLite
import CurbsideGraph

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

    /// State ties, whole and without times: `src, dst, kind, count, NULL, NULL, source_id` per (source, edge).
    static let stateEdgesSQL = """
        SELECT e.src, e.dst, e.kind, e.count, NULL, NULL, e.source_id
        FROM edge AS e JOIN kind AS k ON k.id = e.kind
        WHERE k.label = '\(EdgeKind.follow)'
           OR (e.first_at IS NULL AND e.last_at IS NULL
               AND k.label NOT IN (\(interactionKinds.map { "'\($0)'" }.joined(separator: ", "))))
        """

    /// ``activityByDay(window:)`` inside a window: the window's events per UTC day and kind,
    /// per source, then the most any one source saw.
    func windowedActivity(_ window: InteractionWindow) throws -> [(day: Int64, kind: String, count: Int)] {
        struct Key: Hashable { var source: Int64; var kind: Int64; var day: Int64 }
        var perSource: [Key: Int] = [:]
        let s = try window.bound(db.prepare("SELECT e.source_id, e.kind, e.at, e.n " + window.eventsSQL))
        while try s.step() {
            let t = s.int64(2)
            let day = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
            perSource[Key(source: s.int64(0), kind: s.int64(1), day: day), default: 0] += Int(s.int64(3))
        }
        var labels: [Int64: String] = [:]
        let kinds = try db.prepare("SELECT id, label FROM kind")
        while try kinds.step() { labels[kinds.int64(0)] = kinds.string(1) ?? "" }
        var merged: [Key: Int] = [:]
        for (key, n) in perSource {
            let k = Key(source: 0, kind: key.kind, day: key.day)
            merged[k] = max(merged[k] ?? 0, n)
        }
        return merged.map { (day: $0.key.day, kind: labels[$0.key.kind] ?? "", count: $0.value) }
            .sorted { ($0.day, $0.kind) < ($1.day, $1.kind) }
    }
}

extension Store.EdgeRows {
    /// Adds `source_id, src, dst, kind, n, at` event rows (checked like edges): summed per source and edge (one
    /// source's events are separate interactions), then added to `builder` one edge per
    /// source, so that sources merge by their largest count like stored edges. Grouping in
    /// builders (counting sorts) rather than in SQL keeps a wide window fast.
    mutating func addEvents(_ s: Statement, to builder: inout GraphBuilder) throws {
        var perSource: [GraphBuilder] = []
        var indexOfSource: [Int64: Int] = [:]
        var lastSource = Int64.min, current = 0
        while try s.step() {
            guard let (u, v, k) = try map(s, 1, &builder, row: "event", key: 0) else { continue }
            let n = s.int64(4), at = s.int64(5)
            guard n >= 1 else { throw damage(s, "event", key: 0, column: 1, "an n of \(n), expected 1 or more") }
            guard Self.times.contains(at) else { throw damage(s, "event", key: 0, column: 1, "at \(at) outside 1900–9999") }
            let source = s.int64(0)
            if source != lastSource {
                if let i = indexOfSource[source] {
                    current = i
                } else {
                    current = perSource.count
                    indexOfSource[source] = current
                    perSource.append(GraphBuilder(nodeCount: builder.nodeCount))
                }
                lastSource = source
            }
            // The same kind ids as `builder`: its labels, registered in its order.
            while perSource[current].kindLabels.count < builder.kindLabels.count {
                _ = perSource[current].kind(named: builder.kindLabels[perSource[current].kindLabels.count])
            }
            perSource[current].addEdge(from: u, to: v, kind: k, count: UInt32(clamping: n),
                                       firstAt: times ? at : nil, lastAt: times ? at : nil)
        }
        for events in perSource {
            let arcs = events.buildOutArcs(repeats: .sum)
            builder.reserveCapacity(edges: arcs.targets.count)
            for u in 0 ..< arcs.offsets.count - 1 {
                for e in Int(arcs.offsets[u]) ..< Int(arcs.offsets[u + 1]) {
                    let first = arcs.first.map { $0[e] }, last = arcs.last.map { $0[e] }
                    builder.addEdge(from: UInt32(u), to: arcs.targets[e], kind: arcs.kinds?[e] ?? 0, count: arcs.counts?[e] ?? 1,
                                    firstAt: first == .max ? nil : first, lastAt: last == .min ? nil : last)
                }
            }
        }
    }
}
