import ArgumentParser
import CurbsideAnalysis
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

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let store = try source.openStore()
        let window = source.window
        let stats = try store.statistics(window: window)
        switch format {
        case .json:
            var object: [String: Any] = [
                "accounts": stats.accounts,
                "edges": stats.edges,
                "interactions": stats.interactions,
                "sources": stats.sources,
            ]
            if let f = stats.firstAt { object["first_at"] = f }
            if let l = stats.lastAt { object["last_at"] = l }
            if !window.isUnbounded {
                var w: [String: Any] = [:]
                if let s = window.since { w["since"] = s }
                if let u = window.until { w["until"] = u }
                if let h = window.hashtag { w["hashtag"] = h }
                object["window"] = w
            }
            try writeJSON(object)
        case .csv, .table:
            var rows: [[String]] = [["accounts", "", String(stats.accounts)], ["sources", "", String(stats.sources)]]
            if !window.isUnbounded { rows.append(["window", "", window.summary]) }
            for (kind, n) in stats.edges.sorted(by: { $0.key < $1.key }) { rows.append(["edges", kind, String(n)]) }
            for (kind, n) in stats.interactions.sorted(by: { $0.key < $1.key }) { rows.append(["interactions", kind, String(n)]) }
            if stats.firstAt != nil { rows.append(["time span", "", "\(isoDate(stats.firstAt)) – \(isoDate(stats.lastAt))"]) }
            emit(header: ["measure", "kind", "value"], rows: rows, format: format, numericColumns: format == .table ? [2] : [])
        }
    }
}
