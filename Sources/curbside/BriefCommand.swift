import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideReport
import CurbsideStore
import Foundation

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The k accounts whose engagement reaches the most accounts (of a specialty, with --target-specialty).",
        discussion: """
        Influence maximisation (IMM, Tang et al. 2015) under the independent cascade of \
        `curbside reach` (per-tie probabilities from observed reposts, quotes and replies), counting only accounts of \
        the target specialty — or, without --target-specialty, every account. The chosen accounts' expected reach among the targets is then \
        re-estimated by Monte Carlo (--simulations runs, 95 % interval), and so is the reach \
        of the top k by PageRank on the audience ties, for comparison. Targets among the \
        chosen accounts count as reached. Same input, options and seed: byte-identical output.
        --save records the choice in the store (analysis_run "brief", metric brief.pick = 1…k).

        Examples:
          curbside brief --target-specialty oncology --k 5 --input Samples/clinician-network
          curbside brief --k 5 --input Samples/clinician-network
          curbside brief --target-specialty cardiology --k 3 --seed 7 --epsilon 0.2 --format json
        """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup var model: ReachModelOptions

    @Option(name: .customLong("target-specialty"), help: "The specialty to reach (name or code, e.g. oncology); default: every account.")
    var targetSpecialty: String?

    @Option(name: .customLong("k"), help: "How many accounts to brief.")
    var k: Int = 5

    @Option(name: .long, help: "Seed of IMM's sampling and of the Monte Carlo runs; same seed, same output.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "IMM approximation slack ε in (0, 1): smaller is closer to optimal and slower.")
    var epsilon: Double = 0.1

    @Option(name: .long, help: "Monte Carlo runs re-estimating the expected reach.")
    var simulations: Int = 10_000

    @Flag(name: .long, help: "Store the chosen accounts and parameters in the --db store.")
    var save = false

    @OptionGroup var output: TableOutput

    func validate() throws {
        guard k >= 1 else { throw ValidationError("--k must be at least 1") }
        guard epsilon > 0 && epsilon < 1 else { throw ValidationError("--epsilon must be between 0 and 1") }
        guard simulations >= 1 else { throw ValidationError("--simulations must be at least 1") }
        try validateSave(save, source: source)
    }

    func run() throws {
        let (store, net) = try source.openSession { $0.times = false }
        let network = try model.network(net.graph)
        let specialties = try net.specialties()
        let targets: [UInt32]? = try targetSpecialty.map { wanted in
            let nodes = specialties.nodes(matching: wanted)
            guard !nodes.isEmpty else {
                throw InputProblem(description: "no account has specialty \(wanted); labels in this network: \(specialties.knownLabels.isEmpty ? "none" : specialties.knownLabels.joined(separator: ", "))")
            }
            return nodes
        }
        let targetCount = targets?.count ?? net.graph.nodeCount
        var options = BriefOptions()
        options.k = k
        options.epsilon = epsilon
        options.seed = seed
        options.simulations = simulations
        let plan = try BriefPlan(network: network, targets: targets, options: options, tieBreak: net.display)
        printError("audience ties: \(network.audienceKinds.isEmpty ? "none" : network.audienceKinds.joined(separator: ",")); cascade: \(network.probabilities.summary); "
                   + "IMM ε \(epsilon), \(plan.imm.rrSetCount) RR sets; \(simulations) runs, seed \(seed)")

        let isTarget = targets.map(Set.init)
        let audience = network.audience.inAdjacency
        func targetFollowers(_ v: UInt32) -> Int { audience.neighbors(v).filter { $0 != v && isTarget?.contains($0) != false }.count }
        func accounts(_ nodes: [UInt32]) -> [BriefAccount] {
            nodes.enumerated().map { i, v in
                BriefAccount(pick: i + 1, account: net.accounts[Int(v)].platformID, handle: net.accounts[Int(v)].handle ?? "",
                             specialty: specialties.labels[Int(v)], targetFollowers: targetFollowers(v))
            }
        }
        let parameters = BriefParameters(targetSpecialty: targetSpecialty, targets: targetCount, k: k, epsilon: epsilon, seed: seed,
                                         simulations: simulations, audienceKinds: network.audienceKinds,
                                         cascade: model.cascadeParameters(network, simulations: simulations, seed: seed))
        if save {
            let picks = plan.seeds.enumerated().map { (accountID: net.accounts[Int($1)].id, value: Double($0 + 1)) }
            var saved = parameters
            saved.expectedReach = SpreadParameters(plan.spread)
            let id = try store.saveScores(run: "brief", parameters: try jsonText(saved), scores: ["brief.pick": picks])
            printError("saved as analysis run \(id)")
        }
        // Text and Markdown name accounts for reading (@handle, name); CSV keeps ids and handles.
        let readable = output.format != .csv
        let rows = [("imm", plan.seeds, plan.spread), ("pagerank", plan.baselineSeeds, plan.baselineSpread)].flatMap { set, nodes, s in
            nodes.enumerated().map { i, v in
                BriefRow(set: set, pick: i + 1, account: readable ? net.display(v) : net.accounts[Int(v)].platformID,
                         handle: net.accounts[Int(v)].handle ?? "", name: net.accounts[Int(v)].name ?? "",
                         specialty: specialties.labels[Int(v)] ?? "", targetFollowers: targetFollowers(v),
                         setReach: s.mean, setReachLow: s.lower, setReachHigh: s.upper)
            }
        }
        var table = try ResultTable(rows, columns: ["set", "pick", "account", readable ? "name" : "handle", "specialty", "target_followers",
                                                    "set_reach", "set_reach_low", "set_reach_high"])
        table.setDecimals(1, for: "set_reach", "set_reach_low", "set_reach_high", csv: false)
        let document = BriefDocument(
            parameters: parameters,
            chosen: .init(accounts: accounts(plan.seeds), expectedReach: SpreadParameters(plan.spread), immEstimate: plan.imm.estimatedSpread,
                          rrSets: plan.imm.rrSetCount),
            baseline: .init(accounts: accounts(plan.baselineSeeds), expectedReach: SpreadParameters(plan.baselineSpread)))
        try output.write(table, json: document)
        if output.format == .table {
            func number(_ x: Double) -> String { String(format: "%.1f", x) }
            print("Expected \(targetSpecialty.map { "\($0) accounts" } ?? "accounts") reached (of \(targetCount)): \(number(plan.spread.mean)) "
                  + "(95 % CI \(number(plan.spread.lower))–\(number(plan.spread.upper))) by the IMM choice; "
                  + "\(number(plan.baselineSpread.mean)) (\(number(plan.baselineSpread.lower))–\(number(plan.baselineSpread.upper))) by the top \(k) by PageRank.")
        }
    }
}

/// A row of `curbside brief` in text, CSV and Markdown: one chosen account of a set (the IMM
/// choice, the PageRank baseline) with the set's expected reach.
struct BriefRow: Encodable {
    var set: String
    var pick: Int
    var account, handle, name, specialty: String
    var targetFollowers: Int
    var setReach, setReachLow, setReachHigh: Double

    enum CodingKeys: String, CodingKey {
        case set, pick, account, handle, name, specialty, targetFollowers = "target_followers", setReach = "set_reach",
             setReachLow = "set_reach_low", setReachHigh = "set_reach_high"
    }
}

/// A chosen account in `curbside brief --format json` (`specialty` null when none).
struct BriefAccount: Encodable {
    var pick: Int
    var account, handle: String
    @NullWhenAbsent var specialty: String?
    var targetFollowers: Int

    enum CodingKeys: String, CodingKey { case pick, account, handle, specialty, targetFollowers = "target_followers" }
}

/// `curbside brief`'s parameters (with the chosen set's reach, what `--save` records).
struct BriefParameters: Encodable {
    @NullWhenAbsent var targetSpecialty: String?
    var targets, k: Int
    var epsilon: Double
    var seed: UInt64
    var simulations: Int
    var audienceKinds: [String]
    var cascade: CascadeParameters
    var expectedReach: SpreadParameters?

    enum CodingKeys: String, CodingKey {
        case targetSpecialty = "target_specialty", targets, k, epsilon, seed, simulations, audienceKinds = "audience_kinds", cascade,
             expectedReach = "expected_reach"
    }
}

/// `curbside brief --format json`: parameters, the IMM choice and the PageRank baseline.
struct BriefDocument: Encodable {
    struct Chosen: Encodable {
        var accounts: [BriefAccount]
        var expectedReach: SpreadParameters
        var immEstimate: Double
        var rrSets: Int
        enum CodingKeys: String, CodingKey { case accounts, expectedReach = "expected_reach", immEstimate = "imm_estimate", rrSets = "rr_sets" }
    }
    struct Baseline: Encodable {
        var method = "top k by PageRank on the audience ties"
        var accounts: [BriefAccount]
        var expectedReach: SpreadParameters
        enum CodingKeys: String, CodingKey { case method, accounts, expectedReach = "expected_reach" }
    }
    var parameters: BriefParameters
    var chosen: Chosen
    var baseline: Baseline
}
