import ArgumentParser
import CurbsideAnalysis
import CurbsideReport
import CurbsideStore
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count accounts, edges and interactions by kind.",
        discussion: """
        edges counts distinct (source, target, kind) ties; interactions sums how often each \
        was seen (a reply edge seen 3 times is 1 edge, 3 interactions). With --since/--until \
        and --hashtag, interactions are counted from the events in that window (and posts \
        carrying that hashtag); follows are counted whole.

        Examples:
          curbside stats
          curbside stats --format json
          curbside stats --input Samples/clinician-network --format json
          curbside stats --hashtag CurbCon26 --since 2026-03-14 --until 2026-03-20
        """
    )

    @OptionGroup var source: SourceOptions

    @OptionGroup var output: TableOutput

    func run() throws {
        let store = try source.openStore()
        let window = source.window
        let stats = try store.statistics(window: window)
        var rows: [StatRow] = [StatRow("accounts", value: String(stats.accounts)), StatRow("sources", value: String(stats.sources))]
        if !window.isUnbounded { rows.append(StatRow("window", value: window.summary)) }
        for (kind, n) in stats.edges.sorted(by: { $0.key < $1.key }) { rows.append(StatRow("edges", kind: kind, value: String(n))) }
        for (kind, n) in stats.interactions.sorted(by: { $0.key < $1.key }) { rows.append(StatRow("interactions", kind: kind, value: String(n))) }
        if stats.firstAt != nil { rows.append(StatRow("time span", value: "\(isoDate(stats.firstAt)) – \(isoDate(stats.lastAt))")) }
        var table = try ResultTable(rows, columns: ["measure", "kind", "value"])
        table.setRightAligned(true, for: "value")
        let document = StatsDocument(accounts: stats.accounts, edges: stats.edges, firstAt: stats.firstAt, interactions: stats.interactions,
                                     lastAt: stats.lastAt, sources: stats.sources,
                                     window: window.isUnbounded ? nil : .init(since: window.since, until: window.until, hashtag: window.hashtag))
        try output.write(table, json: document)
    }
}

/// A row of `curbside stats` in text, CSV and Markdown: counts and the time span as text.
struct StatRow: Encodable {
    var measure: String
    var kind = ""
    var value: String

    init(_ measure: String, kind: String = "", value: String) {
        self.measure = measure
        self.kind = kind
        self.value = value
    }
}

/// `curbside stats --format json`: counts per kind as objects; times in Unix seconds, left
/// out when unknown; the window only when one is given.
struct StatsDocument: Encodable {
    struct Window: Encodable {
        var since: Int64?
        var until: Int64?
        var hashtag: String?
    }
    var accounts: Int
    var edges: [String: Int]
    var firstAt: Int64?
    var interactions: [String: Int]
    var lastAt: Int64?
    var sources: Int
    var window: Window?

    enum CodingKeys: String, CodingKey {
        case accounts, edges, firstAt = "first_at", interactions, lastAt = "last_at", sources, window
    }
}
