import ArgumentParser
import CurbsideGraph
import CurbsideStore
import Foundation

/// Graph selection shared by analysis commands: which kinds, which direction, weights.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: "Edge kinds to use, comma-separated (default: all), e.g. follow or mention,reply,repost,quote.")
    var graph: String?

    @Flag(name: .long, help: "Treat ties as undirected (symmetrised: a tie either way joins two accounts).")
    var undirected = false

    @Flag(name: .long, help: "Only mutual ties (both directions), undirected.")
    var mutual = false

    @Flag(name: .long, help: "Weight ties by how often they were seen.")
    var weighted = false

    var kinds: [String]? {
        graph.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    var direction: ViewDirection { mutual ? .mutual : (undirected ? .symmetric : .directed) }

    func validate() throws {
        if undirected && mutual { throw ValidationError("give --undirected or --mutual, not both") }
    }

    func view(of graph: Graph) -> GraphView {
        graph.view(kinds: kinds, direction: direction, weighted: weighted)
    }
}

struct MetricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metric",
        abstract: "Compute a per-account measure and print every account's value.",
        discussion: """
        Metrics: \(MetricName.allCases.map(\.rawValue).joined(separator: ", ")).
        reach2 counts distinct accounts within two steps against the ties (followers and their \
        followers, for --graph follow); kcore and clustering use the undirected view; eigenvector \
        symmetrises a directed selection.
        CSV and JSON rows start with account (the id as in the input) and value; handle follows.
        The default table shows the top accounts; CSV and JSON show all.

        Examples:
          curbside metric pagerank --graph follow --format csv
          curbside metric in-degree --input Samples/clinician-network --graph mention,reply --top 10
          curbside metric betweenness --graph follow --epsilon 0.02 --seed 7 --format csv
        """
    )

    enum MetricName: String, ExpressibleByArgument, CaseIterable {
        case inDegree = "in-degree", outDegree = "out-degree", pagerank, hub, authority, eigenvector, kcore
        case betweenness, harmonic, clustering, constraint, reach2
    }

    @Argument(help: "The metric.")
    var name: MetricName

    @OptionGroup var source: SourceOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "PageRank damping (probability of following a tie).")
    var damping: Double = 0.85

    @Option(name: .long, help: "Convergence tolerance per account for iterative metrics.")
    var tolerance: Double = 1e-10

    @Option(name: .long, help: "Iteration cap for iterative metrics.")
    var maxIterations: Int = 200

    @Option(name: .long, help: "Sampled betweenness: additive error bound ε (Riondato–Kornaropoulos, δ = 0.1); exact when absent.")
    var epsilon: Double?

    @Option(name: .long, help: "Sampled harmonic closeness: pivots; reach2: use HyperBall (approximate) instead of exact counts.")
    var samples: Int?

    @Option(name: .long, help: "Seed for sampled metrics; same seed, same output.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Rows in the table and Markdown output (CSV and JSON print every account).")
    var top: Int = 20

    @OptionGroup var output: TableOutput

    func validate() throws {
        guard (0...1).contains(damping) else { throw ValidationError("--damping must be between 0 and 1") }
        guard tolerance > 0 else { throw ValidationError("--tolerance must be positive") }
        guard maxIterations > 0 else { throw ValidationError("--max-iterations must be at least 1") }
        if let e = epsilon, !(e > 0 && e < 1) { throw ValidationError("--epsilon must be between 0 and 1") }
        if let s = samples, s < 1 { throw ValidationError("--samples must be at least 1") }
    }

    func run() throws {
        let (_, loaded) = try source.openSession {
            $0.kinds = graphOptions.kinds
            $0.times = false
        }
        let view = graphOptions.view(of: loaded.graph)
        var notes: [String] = []
        let values: [Double]
        switch name {
        case .inDegree:
            values = degree(view, direction: .incoming, weighted: graphOptions.weighted)
        case .outDegree:
            values = degree(view, direction: .outgoing, weighted: graphOptions.weighted)
        case .pagerank:
            var o = PageRankOptions()
            o.damping = damping
            o.tolerance = tolerance
            o.maxIterations = maxIterations
            let r = try pageRank(view, options: o)
            values = r.scores
            notes.append("pagerank: \(r.iterations) iterations, \(r.converged ? "converged" : "NOT converged")")
        case .hub, .authority:
            var o = HITSOptions()
            o.tolerance = tolerance
            o.maxIterations = maxIterations
            o.weighted = graphOptions.weighted
            let r = hits(view, options: o)
            values = name == .hub ? r.hubs : r.authorities
            notes.append("hits: \(r.iterations) iterations, \(r.converged ? "converged" : "NOT converged")")
        case .eigenvector:
            // Eigenvector centrality is defined on undirected graphs: symmetrise a directed selection.
            let undirected = view.isDirected ? loaded.graph.view(kinds: graphOptions.kinds, direction: .symmetric, weighted: graphOptions.weighted) : view
            var o = EigenvectorOptions()
            o.tolerance = tolerance
            o.maxIterations = maxIterations
            o.weighted = graphOptions.weighted
            let r = eigenvectorCentrality(undirected, options: o)
            values = r.scores
            notes.append("eigenvector: \(r.iterations) iterations, \(r.converged ? "converged" : "NOT converged")")
        case .kcore:
            values = coreness(view).map(Double.init)
        case .betweenness:
            if let epsilon {
                let r = try approximateBetweenness(view, epsilon: epsilon, delta: 0.1, seed: seed, weighted: graphOptions.weighted)
                values = r.scores
                notes.append("betweenness: \(r.samples) sampled paths (ε = \(epsilon), δ = 0.1, seed \(seed))")
            } else {
                var o = BetweennessOptions()
                o.weighted = graphOptions.weighted
                values = try betweenness(view, options: o)
            }
        case .harmonic:
            values = try samples.map { try sampledHarmonicCloseness(view, pivots: $0, seed: seed, weighted: graphOptions.weighted) }
                ?? harmonicCloseness(view, weighted: graphOptions.weighted)
        case .clustering:
            values = localClustering(view)
        case .constraint:
            values = constraint(view, weighted: graphOptions.weighted)
        case .reach2:
            if samples != nil {
                var o = HyperBallOptions()
                o.seed = seed
                o.maxIterations = o.reachHops  // two hops need two rounds, not convergence
                values = try hyperBall(view, options: o).reach
                notes.append("reach2: HyperBall estimate (2^\(o.log2Registers) registers per account, seed \(seed))")
            } else {
                let counts = try hopCounts(view)
                values = (0..<view.nodeCount).map { Double(counts.reach(source: $0, within: 2)) }
            }
        }
        for n in notes { printError(n) }
        try printAccountValues(values, accounts: loaded.accounts, output: output, top: top)
    }
}

/// A row of `curbside metric`: the value as the shortest text that reads back to the same
/// Double (integral values as integers).
struct AccountValueRow: Encodable {
    var account: String
    var value: Double
    var handle: String
}

/// Prints `account,value,handle` rows: all accounts in account order for CSV/JSON, the top
/// ones by value for the table and Markdown.
func printAccountValues(_ values: [Double], accounts: [AccountInfo], output: TableOutput, top: Int) throws {
    var order = Array(values.indices)
    if output.format == .table || output.format == .markdown {
        order.sort { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        order = Array(order.prefix(top))
    }
    try output.write(order.map { i in AccountValueRow(account: accounts[i].platformID, value: values[i], handle: accounts[i].handle ?? "") },
                     columns: ["account", "value", "handle"])
}
