import ArgumentParser
import CurbsideGraph
import CurbsideStore
import Foundation

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities and print each account's community.",
        discussion: """
        Runs on the undirected view of the chosen ties (--graph; symmetrised unless --mutual), \
        weighted by interaction counts with --weighted. Communities are numbered by size, \
        largest first. CSV and JSON rows are account,community,handle; the quality \
        (modularity or CPM) and the number of communities go to stderr, or into the JSON.

        Examples:
          curbside communities --graph follow --mutual --seed 7 --format csv
          curbside communities --algorithm louvain --resolution 0.5 --input Samples/clinician-network
        """
    )

    enum Algorithm: String, ExpressibleByArgument, CaseIterable { case leiden, louvain, lpa }
    enum Quality: String, ExpressibleByArgument, CaseIterable { case modularity, cpm }

    @OptionGroup var source: SourceOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "leiden (default), louvain or lpa (label propagation).")
    var algorithm: Algorithm = .leiden

    @Option(name: .long, help: "Quality for leiden and louvain: modularity or cpm.")
    var quality: Quality = .modularity

    @Option(name: .long, help: "Resolution γ: higher gives smaller communities.")
    var resolution: Double = 1

    @Option(name: .long, help: "Seed for the random node order; same seed, same communities.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Rows in the table output (CSV and JSON print every account).")
    var top: Int = 20

    @Option(name: .long, help: "table (community sizes), json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard resolution > 0 else { throw ValidationError("--resolution must be positive") }
    }

    func run() throws {
        let store = try source.openStore()
        let loaded = try store.loadGraph(kinds: graphOptions.kinds, times: false, window: source.window)
        let direction: ViewDirection = graphOptions.mutual ? .mutual : .symmetric
        let view = loaded.graph.view(kinds: graphOptions.kinds, direction: direction, weighted: graphOptions.weighted)
        let q: CommunityQuality = quality == .cpm ? .cpm : .modularity
        let result: CommunityResult
        switch algorithm {
        case .leiden:
            var o = LeidenOptions()
            o.quality = q; o.resolution = resolution; o.seed = seed; o.weighted = graphOptions.weighted
            result = leiden(view, options: o)
        case .louvain:
            var o = LouvainOptions()
            o.quality = q; o.resolution = resolution; o.seed = seed; o.weighted = graphOptions.weighted
            result = louvain(view, options: o)
        case .lpa:
            var o = LabelPropagationOptions()
            o.seed = seed; o.weighted = graphOptions.weighted
            result = labelPropagation(view, options: o)
        }
        let q1 = modularity(view, membership: result.membership, resolution: resolution, weighted: graphOptions.weighted)
        let summary = "\(algorithm.rawValue): \(result.count) communities, modularity \(String(format: "%.6f", q1)) (γ = \(resolution), seed \(seed))"
        switch format {
        case .json:
            let rows = result.membership.enumerated().map { v, c -> [String: Any] in
                ["account": loaded.accounts[v].platformID, "community": Int(c), "handle": loaded.accounts[v].handle ?? ""]
            }
            try writeJSON(["algorithm": algorithm.rawValue, "modularity": q1, "quality": result.quality,
                           "communities": result.count, "resolution": resolution, "seed": seed, "accounts": rows] as [String: Any])
        case .csv:
            printError(summary)
            emit(header: ["account", "community", "handle"],
                 rows: result.membership.enumerated().map { [loaded.accounts[$0].platformID, String($1), loaded.accounts[$0].handle ?? ""] },
                 format: .csv)
        case .table:
            printError(summary)
            emit(header: ["community", "accounts"],
                 rows: result.sizes.prefix(top).enumerated().map { [String($0), String($1)] }, format: .table, numericColumns: [0, 1])
        }
    }
}
