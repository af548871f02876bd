import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideReport
import CurbsideStore
import Foundation

/// Options shared by `reach`, `overlap` and `brief`: which ties carry an audience, and the
/// cascade model on them.
struct ReachModelOptions: ParsableArguments {
    @Option(name: .long, help: "Audience ties, comma-separated kinds (default: follow when the network has follows, else every kind).")
    var graph: String?

    @Option(name: .customLong("prior-strength"), help: "Prior strength m (pseudo-observations) shrinking each tie's engagement rate towards its author's, and the author's towards the network's.")
    var priorStrength: Double = EngagementProbabilities.defaultPriorStrength

    var kinds: [String]? {
        graph.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    func validate() throws {
        guard priorStrength >= 0, priorStrength.isFinite else { throw ValidationError("--prior-strength must be 0 or more") }
        if let kinds, kinds.isEmpty { throw ValidationError("--graph needs at least one kind") }
    }

    func network(_ graph: Graph) throws -> ReachNetwork {
        if let kinds {
            let unknown = kinds.filter { graph.kindID($0) == nil }
            if !unknown.isEmpty {
                throw InputProblem(description: "--graph: no \(unknown.joined(separator: ", ")) ties in this network; kinds present: \(graph.kindLabels.joined(separator: ", "))")
            }
        }
        return ReachNetwork(graph: graph, kinds: kinds, priorStrength: priorStrength)
    }

    func cascadeParameters(_ network: ReachNetwork, simulations: Int, seed: UInt64) -> CascadeParameters {
        let p = network.probabilities
        return CascadeParameters(probabilities: p.isFallback ? "weighted-cascade" : "per-post engagement, shrunk", estimator: p.summary,
                                 engagementKinds: p.engagementKinds, networkRate: p.globalRate, priorStrength: p.priorStrength,
                                 simulations: simulations, seed: seed)
    }
}

struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: "How far accounts' posts carry: audience, 2-hop audience and expected cascade.",
        discussion: """
        For each account: its audience (followers: accounts with an audience tie to it), the \
        exact number of distinct accounts within two hops (followers and their followers), \
        HyperBall's estimate of that number, and the expected number of accounts that \
        engage in a cascade it starts (independent cascade, Monte Carlo, 95 % interval; the \
        account itself not counted).
        Cascade probabilities, per tie u → v (u sees v) and per post of v: \
        p = (e_uv + r_v·m) / (N_v + m), where e_uv counts u's reposts, quotes and replies to \
        v, N_v v's posts (mentions, replies, quotes and reposts it sent; at least the most \
        any one account engaged with), r_v = (K_v + ρ·m) / (a_v·N_v + m) v's engagement \
        rate (K_v engagements from the a_v accounts that see v), ρ the network's rate and \
        m the prior strength (--prior-strength, default 10). Without any repost, quote or \
        reply ties the weighted cascade (1 / in-degree) is used and said so.
        Without accounts: every account's HyperBall estimate, ranked; the top --top rows \
        (0: all) get the exact count and a cascade. --save records the rows and parameters \
        in the store (analysis_run "reach", metrics reach.*).

        Examples:
          curbside reach @dr_ada_quillbrook_fic --input Samples/clinician-network
          curbside reach --top 10 --format csv
          curbside reach 17 160 --input ../shared/data/email-eu-core/email-Eu-core.txt --input-format snap
        """
    )

    @Argument(help: "Accounts: @handle or account id.")
    var accounts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var model: ReachModelOptions

    @Option(name: .long, help: "Rows when no account is named, in every format (0: all).")
    var top: Int = 20

    @Option(name: .long, help: "Monte Carlo runs per cascade.")
    var simulations: Int = 10_000

    @Option(name: .long, help: "log2 of HyperBall registers per account (4-16; 512 bytes per account at 8).")
    var registers: Int = 8

    @Option(name: .long, help: "Seed of HyperBall and of the cascade runs; same seed, same output.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Store the rows printed and the parameters in the --db store.")
    var save = false

    @OptionGroup var output: TableOutput

    func validate() throws {
        try validateSave(save, source: source)
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        guard simulations >= 1 else { throw ValidationError("--simulations must be at least 1") }
        guard (4...16).contains(registers) else { throw ValidationError("--registers must be between 4 and 16") }
    }

    func run() throws {
        let (store, net) = try source.openSession { $0.times = false }
        let network = try model.network(net.graph)
        var options = ReachOptions()
        options.log2Registers = registers
        options.seed = seed
        options.simulations = simulations
        let progress = TerminalProgress.shared
        let estimates = try progress.step("estimating two-hop reach (HyperBall)") { try twoHopEstimates(network, options: options) }
        let nodes: [UInt32]
        if accounts.isEmpty {
            let keys = (0..<UInt32(net.graph.nodeCount)).map(net.display)
            let order = (0..<UInt32(net.graph.nodeCount)).sorted { a, b in
                let x = estimates[Int(a)], y = estimates[Int(b)]
                if x != y { return x > y }
                return keys[Int(a)] != keys[Int(b)] ? keys[Int(a)] < keys[Int(b)] : a < b
            }
            nodes = top > 0 ? Array(order.prefix(top)) : order
        } else {
            nodes = try accounts.map(net.node(named:))
        }
        let reach = try progress.step("reach of \(nodes.count) accounts (\(simulations) cascade runs each)") {
            try reachOfAccounts(network, nodes: nodes, estimates: estimates, options: options)
        }
        printError("audience ties: \(network.audienceKinds.isEmpty ? "none" : network.audienceKinds.joined(separator: ",")); cascade: \(network.probabilities.summary); "
                   + "\(simulations) runs, HyperBall 2^\(registers) registers, seed \(seed)")
        let parameters = ReachParameters(audienceKinds: network.audienceKinds, hyperball: .init(log2Registers: registers, seed: seed),
                                         cascade: model.cascadeParameters(network, simulations: simulations, seed: seed))
        if save {
            func column(_ value: (AccountReach) -> Double?) -> [(accountID: Int64, value: Double)] {
                reach.compactMap { r in value(r).map { (net.accounts[Int(r.node)].id, $0) } }
            }
            let id = try store.saveScores(run: "reach", parameters: try jsonText(parameters), scores: [
                "reach.audience": column { Double($0.audience) }, "reach.reach2": column { $0.twoHopExact.map(Double.init) },
                "reach.reach2_estimate": column { $0.twoHopEstimate }, "reach.cascade": column { $0.cascade?.mean },
                "reach.cascade_low": column { $0.cascade?.lower }, "reach.cascade_high": column { $0.cascade?.upper },
            ])
            printError("saved as analysis run \(id)")
        }
        // Text and Markdown name accounts for reading (@handle, name); CSV keeps ids and handles.
        let readable = output.format != .csv
        let rows = reach.map { r in
            let a = net.accounts[Int(r.node)], c = r.cascade
            return ReachRow(account: readable ? net.display(r.node) : a.platformID, handle: a.handle ?? "", name: a.name ?? "",
                            audience: r.audience, reach2: r.twoHopExact, reach2Estimate: r.twoHopEstimate,
                            cascade: c?.mean, cascadeLow: c?.lower, cascadeHigh: c?.upper)
        }
        var table = try ResultTable(rows, columns: ["account", readable ? "name" : "handle", "audience", "reach2", "reach2_estimate",
                                                    "cascade", "cascade_low", "cascade_high"])
        table.setDecimals(1, for: "reach2_estimate", "cascade", "cascade_low", "cascade_high", csv: false)
        let accounts = reach.map { r in
            ReachJSONRow(account: net.accounts[Int(r.node)].platformID, handle: net.accounts[Int(r.node)].handle ?? "", audience: r.audience,
                         reach2: r.twoHopExact ?? 0, reach2Estimate: r.twoHopEstimate, cascade: r.cascade.map(SpreadParameters.init))
        }
        try output.write(table, json: ResultDocument(parameters, rows: accounts, under: "accounts"))
    }
}

/// A row of `curbside reach` in text, CSV and Markdown.
struct ReachRow: Encodable {
    var account, handle, name: String
    var audience: Int
    var reach2: Int?
    var reach2Estimate: Double
    var cascade, cascadeLow, cascadeHigh: Double?

    enum CodingKeys: String, CodingKey {
        case account, handle, name, audience, reach2, reach2Estimate = "reach2_estimate", cascade, cascadeLow = "cascade_low",
             cascadeHigh = "cascade_high"
    }
}

/// An account of `curbside reach --format json`: its cascade as an object, when run.
struct ReachJSONRow: Encodable {
    var account, handle: String
    var audience, reach2: Int
    var reach2Estimate: Double
    var cascade: SpreadParameters?

    enum CodingKeys: String, CodingKey { case account, handle, audience, reach2, reach2Estimate = "reach2_estimate", cascade }
}

/// A Monte Carlo estimate in JSON: mean with its 95 % interval and standard error.
struct SpreadParameters: Encodable {
    var mean, lower, upper, standardError: Double

    init(_ c: CascadeReach) { (mean, lower, upper, standardError) = (c.mean, c.lower, c.upper, c.standardError) }
    init(_ s: SpreadEstimate) { (mean, lower, upper, standardError) = (s.mean, s.lower, s.upper, s.standardError) }

    enum CodingKeys: String, CodingKey { case mean, lower, upper, standardError = "standard_error" }
}

/// The cascade model `reach` and `brief` ran, as their JSON and `--save` record it.
struct CascadeParameters: Encodable {
    var probabilities, estimator: String
    var engagementKinds: [String]
    var networkRate, priorStrength: Double
    var simulations: Int
    var seed: UInt64
    var confidence = 0.95

    enum CodingKeys: String, CodingKey {
        case probabilities, estimator, engagementKinds = "engagement_kinds", networkRate = "network_rate", priorStrength = "prior_strength",
             simulations, seed, confidence
    }
}

/// `curbside reach`'s parameters: the envelope of its JSON and what `--save` records.
struct ReachParameters: Encodable {
    struct HyperBall: Encodable {
        var log2Registers: Int
        var seed: UInt64
        enum CodingKeys: String, CodingKey { case log2Registers = "log2_registers", seed }
    }
    var audienceKinds: [String]
    var hyperball: HyperBall
    var cascade: CascadeParameters

    enum CodingKeys: String, CodingKey { case audienceKinds = "audience_kinds", hyperball, cascade }
}

struct OverlapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlap",
        abstract: "How much two accounts' audiences overlap.",
        discussion: """
        Exact overlap of the two accounts' followers and of their 2-hop audiences \
        (followers and followers of followers): sizes, common accounts, union and Jaccard \
        similarity (common / union; 0 when both are empty). Each set leaves out its own \
        account. Audience ties as for `reach` (--graph).

        Examples:
          curbside overlap @dr_ada_quillbrook_fic @zellwick_cardioonc_journal_fic --input Samples/clinician-network
          curbside overlap 17 160 --format json
        """
    )

    @Argument(help: "The first account: @handle or account id.")
    var first: String

    @Argument(help: "The second account.")
    var second: String

    @OptionGroup var source: SourceOptions
    @OptionGroup var model: ReachModelOptions

    @OptionGroup var output: TableOutput

    func run() throws {
        let (_, net) = try source.openSession { $0.times = false }
        let network = try model.network(net.graph)
        let a = try net.node(named: first), b = try net.node(named: second)
        let o = try audienceOverlap(network, a, b)
        printError("audience ties: \(network.audienceKinds.isEmpty ? "none" : network.audienceKinds.joined(separator: ","))")
        let rows = [("followers", o.followers), ("reach2", o.twoHop)].map { name, x in
            OverlapRow(set: name, a: net.display(a), b: net.display(b), sizeA: x.sizeA, sizeB: x.sizeB, common: x.common, union: x.union,
                       jaccard: x.jaccard)
        }
        var table = try ResultTable(rows)
        table.setDecimals(4, for: "jaccard", csv: false)
        func account(_ v: UInt32) -> OverlapDocument.Account {
            .init(account: net.accounts[Int(v)].platformID, handle: net.accounts[Int(v)].handle ?? "")
        }
        try output.write(table, json: OverlapDocument(a: account(a), b: account(b), audienceKinds: network.audienceKinds,
                                                      followers: rows[0].counts, reach2: rows[1].counts))
    }
}

/// A row of `curbside overlap`: one audience set (followers, 2-hop) of the two accounts.
struct OverlapRow: Encodable {
    struct Counts: Encodable {
        var sizeA, sizeB, common, union: Int
        var jaccard: Double
        enum CodingKeys: String, CodingKey { case sizeA = "size_a", sizeB = "size_b", common, union, jaccard }
    }
    var set: String
    var a: String
    var b: String
    var sizeA, sizeB, common, union: Int
    var jaccard: Double

    var counts: Counts { Counts(sizeA: sizeA, sizeB: sizeB, common: common, union: union, jaccard: jaccard) }

    enum CodingKeys: String, CodingKey { case set, a, b, sizeA = "size_a", sizeB = "size_b", common, union, jaccard }
}

/// `curbside overlap --format json`: the two accounts and each set's counts.
struct OverlapDocument: Encodable {
    struct Account: Encodable { var account, handle: String }
    var a, b: Account
    var audienceKinds: [String]
    var followers, reach2: OverlapRow.Counts
    enum CodingKeys: String, CodingKey { case a, b, audienceKinds = "audience_kinds", followers, reach2 }
}
