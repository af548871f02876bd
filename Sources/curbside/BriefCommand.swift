import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "The k accounts whose engagement reaches the most accounts of a specialty.",
        discussion: """
        Influence maximisation (IMM, Tang et al. 2015) under the independent cascade of \
        `curbside reach` (per-tie probabilities from observed reposts, quotes and replies), counting only accounts of \
        the target specialty. The chosen accounts' expected reach among the targets is then \
        re-estimated by Monte Carlo (--simulations runs, 95 % interval), and so is the reach \
        of the top k by PageRank on the audience ties, for comparison. Targets among the \
        chosen accounts count as reached. Same input, options and seed: byte-identical output.
        --save records the choice in the store (analysis_run "brief", metric brief.pick = 1…k).

        Examples:
          curbside brief --target-specialty oncology --k 5 --input Samples/clinician-network
          curbside brief --target-specialty cardiology --k 3 --seed 7 --epsilon 0.2 --format json
        """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup var model: ReachModelOptions

    @Option(name: .customLong("target-specialty"), help: "The specialty to reach (name or code, e.g. oncology).")
    var targetSpecialty: String

    @Option(name: .customLong("k"), help: "How many accounts to brief.")
    var k: Int = 5

    @Option(name: .long, help: "Seed of IMM's sampling and of the Monte Carlo runs.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "IMM approximation slack ε in (0, 1): smaller is closer to optimal and slower.")
    var epsilon: Double = 0.1

    @Option(name: .long, help: "Monte Carlo runs re-estimating the expected reach.")
    var simulations: Int = 10_000

    @Flag(name: .long, help: "Store the chosen accounts and parameters in the --db store.")
    var save = false

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

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
        let targets = specialties.nodes(matching: targetSpecialty)
        guard !targets.isEmpty else {
            throw InputProblem(description: "no account has specialty \(targetSpecialty); labels in this network: \(specialties.knownLabels.isEmpty ? "none" : specialties.knownLabels.joined(separator: ", "))")
        }
        var options = BriefOptions()
        options.k = k
        options.epsilon = epsilon
        options.seed = seed
        options.simulations = simulations
        let plan = try BriefPlan(network: network, targets: targets, options: options, tieBreak: net.display)
        printError("audience ties: \(network.audienceKinds.isEmpty ? "none" : network.audienceKinds.joined(separator: ",")); cascade: \(network.probabilities.summary); "
                   + "IMM ε \(epsilon), \(plan.imm.rrSetCount) RR sets; \(simulations) runs, seed \(seed)")

        let isTarget = Set(targets)
        let audience = network.audience.inAdjacency
        func targetFollowers(_ v: UInt32) -> Int { audience.neighbors(v).filter { $0 != v && isTarget.contains($0) }.count }
        func spreadJSON(_ s: SpreadEstimate) -> [String: Any] {
            ["mean": s.mean, "lower": s.lower, "upper": s.upper, "standard_error": s.standardError]
        }
        func accountsJSON(_ nodes: [UInt32]) -> [[String: Any]] {
            nodes.enumerated().map { i, v in
                ["pick": i + 1, "account": net.accounts[Int(v)].platformID, "handle": net.accounts[Int(v)].handle ?? "",
                 "specialty": specialties.labels[Int(v)] ?? NSNull(), "target_followers": targetFollowers(v)]
            }
        }
        let parameters: [String: Any] = [
            "target_specialty": targetSpecialty, "targets": targets.count, "k": k, "epsilon": epsilon, "seed": seed,
            "simulations": simulations, "audience_kinds": network.audienceKinds,
            "cascade": model.cascadeJSON(network, simulations: simulations, seed: seed),
        ]
        if save {
            let picks = plan.seeds.enumerated().map { (accountID: net.accounts[Int($1)].id, value: Double($0 + 1)) }
            var saved = parameters
            saved["expected_reach"] = spreadJSON(plan.spread)
            let id = try store.saveScores(run: "brief", parameters: try jsonText(saved), scores: ["brief.pick": picks])
            printError("saved as analysis run \(id)")
        }
        switch format {
        case .json:
            try writeJSON([
                "parameters": parameters,
                "chosen": ["accounts": accountsJSON(plan.seeds), "expected_reach": spreadJSON(plan.spread),
                           "imm_estimate": plan.imm.estimatedSpread, "rr_sets": plan.imm.rrSetCount] as [String: Any],
                "baseline": ["method": "top k by PageRank on the audience ties", "accounts": accountsJSON(plan.baselineSeeds),
                             "expected_reach": spreadJSON(plan.baselineSpread)] as [String: Any],
            ] as [String: Any])
        case .csv, .table:
            let rows = [("imm", plan.seeds, plan.spread), ("pagerank", plan.baselineSeeds, plan.baselineSpread)].flatMap { set, nodes, s in
                nodes.enumerated().map { i, v -> [String] in
                    [set, String(i + 1), format == .csv ? net.accounts[Int(v)].platformID : net.display(v),
                     format == .csv ? net.accounts[Int(v)].handle ?? "" : net.accounts[Int(v)].name ?? "",
                     specialties.labels[Int(v)] ?? "", String(targetFollowers(v)),
                     number(s.mean), number(s.lower), number(s.upper)]
                }
            }
            emit(header: ["set", "pick", "account", format == .csv ? "handle" : "name", "specialty", "target_followers",
                          "set_reach", "set_reach_low", "set_reach_high"],
                 rows: rows, format: format, numericColumns: [1, 5, 6, 7, 8])
            if format == .table {
                print("Expected \(targetSpecialty) accounts reached (of \(targets.count)): \(number(plan.spread.mean)) "
                      + "(95 % CI \(number(plan.spread.lower))–\(number(plan.spread.upper))) by the IMM choice; "
                      + "\(number(plan.baselineSpread.mean)) (\(number(plan.baselineSpread.lower))–\(number(plan.baselineSpread.upper))) by the top \(k) by PageRank.")
            }
        }
    }

    private func number(_ x: Double) -> String { format == .csv ? "\(x)" : String(format: "%.1f", x) }
}
