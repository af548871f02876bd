import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

/// What the collaborator tables print about accounts and communities: the session's
/// accounts, its one partition and that partition described on the collaboration graph.
private struct CollaborationNames {
    let session: AnalysisSession
    let membership: [UInt32]
    let summaries: [CommunitySummary]

    init(_ session: AnalysisSession) throws {
        self.session = session
        membership = try session.communities().membership
        summaries = try session.communitySummaries(describedOn: .collaboration)
    }

    func handle(_ v: UInt32) -> String { session.accounts[Int(v)].handle ?? "" }
    func id(_ v: UInt32) -> String { session.accounts[Int(v)].platformID }
    /// `@handle`, or the id when there is no handle.
    func name(_ v: UInt32) -> String { session.display(v) }

    func label(ofCommunity c: Int) -> String? { summaries.first { $0.id == c }?.label }
    func shortLabel(ofCommunity c: Int) -> String? { summaries.first { $0.id == c }?.shortLabel }
}

struct CollaboratorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collaborators",
        abstract: "Suggest collaborators an account is not yet tied to, with the reasons.",
        discussion: """
        Candidates are ranked on the collaboration graph (mutual follows plus interactions) by \
        structural proximity S (personalised PageRank from the account, plus a tenth of resource \
        allocation), shared hashtags and bio terms T, specialty fit F (the --specialty values, or \
        specialties the account's own field works with) and the candidate's activity A and \
        influence I: score = 0.6 S (1 + 0.05 A + 0.05 I) + 0.25 T + 0.15 F. Accounts already \
        tied to it in any way (a follow either way, any interaction) are left out. CSV and JSON rows: for, account, handle, score and its components, mutual \
        contacts, specialty, community and a one-line explanation.

        --bridges lists accounts that would connect two communities instead. --evaluate hides \
        a share of the ties (seeded) and reports how well the ranking recovers them \
        (precision@10, AUC) next to plain Adamic–Adar.

        Examples:
          curbside collaborators @drcleonettlecroft_fic --specialty oncology --top 5 --explain
          curbside collaborators --accounts focus.txt --format csv --input Samples/clinician-network
          curbside collaborators --bridges --input Samples/clinician-network
          curbside collaborators --evaluate --seed 1 --input Samples/clinician-network
        """
    )

    @OptionGroup var source: SourceOptions

    @Argument(help: "Accounts to find collaborators for: @handle or account id.")
    var accounts: [String] = []

    @Option(name: .customLong("accounts"), help: "A file with one account per line (# comments allowed).")
    var accountsFile: String?

    @Option(name: .long, parsing: .upToNextOption, help: "Only suggest accounts of these specialties (e.g. oncology cardio-oncology).")
    var specialty: [String] = []

    @Option(name: .long, help: "Suggestions per account.")
    var top: Int = 10

    @Flag(name: .long, help: "Show the score components and the explanation in the table.")
    var explain = false

    @Option(name: .long, help: "Seed for the communities and the evaluation; same seed, same output.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "List accounts that would connect two communities.")
    var bridges = false

    @Flag(name: .long, help: "Measure the ranking on hidden ties (precision@10, AUC) against Adamic–Adar.")
    var evaluate = false

    @Option(name: .long, help: "Share of ties hidden by --evaluate.")
    var holdout: Double = 0.1

    @Option(name: .long, help: "Accounts sampled by --evaluate.")
    var sample: Int = 1000

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1") }
        guard holdout > 0 && holdout < 1 else { throw ValidationError("--holdout must be between 0 and 1") }
        guard sample >= 1 else { throw ValidationError("--sample must be at least 1") }
        if !bridges && !evaluate && accounts.isEmpty && accountsFile == nil {
            throw ValidationError("name at least one account (or --accounts FILE, --bridges, --evaluate)")
        }
    }

    func run() throws {
        let (_, session) = try source.openSession {
            $0.times = false
            $0.communities.seed = seed
        }
        if evaluate { return try runEvaluation(session) }
        var names = accounts
        if let accountsFile { names += try readAccountList(accountsFile) }
        let focus = try names.map { try session.node(named: $0) }
        let context = try CollaborationNames(session)
        if bridges { return try runBridges(context, focus: focus) }

        let profiles = try session.profiles()
        let known = Set(profiles.compactMap(\.specialty))
        let wanted = Set(specialty.map { $0.lowercased() })
        for s in wanted where !known.contains(s) {
            throw InputProblem(description: "no account has specialty \(s); known: \(known.sorted().joined(separator: ", "))")
        }
        var ranker = try session.collaboratorRanker()
        var rows: [[String]] = []
        var objects: [[String: Any]] = []
        for f in focus {
            // Already tied in any way: a follow either way or any interaction.
            let found = try ranker.rank(focus: f, limit: top, specialties: wanted, excluded: session.tied(to: f))
            for (i, c) in found.enumerated() {
                let v = c.candidate
                let community = Int(context.membership[Int(v)])
                let label = context.label(ofCommunity: community)
                let spec = profiles[Int(v)].specialty
                let why = explanation(for: c, name: context.name, specialty: spec, community: context.shortLabel(ofCommunity: community))
                let k = c.components
                rows.append([context.id(f), context.id(v), context.handle(v), String(i + 1), fmt(c.score),
                             fmt(k.structural), fmt(k.topical), fmt(k.specialty), fmt(k.activity), fmt(k.influence),
                             String(c.mutualCount), c.via.map(context.name).joined(separator: " "), spec ?? "",
                             String(community), why,
                             // Table only: the focus by name, the community by its short label.
                             context.name(f), context.shortLabel(ofCommunity: community) ?? String(community)])
                objects.append([
                    "for": context.id(f), "for_handle": context.handle(f), "account": context.id(v), "handle": context.handle(v),
                    "rank": i + 1, "score": c.score,
                    "components": ["structural": k.structural, "topical": k.topical, "specialty": k.specialty,
                                   "activity": k.activity, "influence": k.influence],
                    "weights": ["structural": ranker.weights.structural, "topical": ranker.weights.topical,
                                "specialty": ranker.weights.specialty, "activity": ranker.weights.activity,
                                "influence": ranker.weights.influence],
                    "personalized_pagerank": c.personalizedPageRank, "resource_allocation": c.resourceAllocation,
                    "adamic_adar": c.adamicAdar, "mutual": c.mutualCount, "via": c.via.map(context.id),
                    "via_handles": c.via.map(context.handle), "shared_hashtags": c.sharedHashtags,
                    "shared_bio_terms": c.sharedBioTerms, "specialty": spec ?? NSNull(), "community": community,
                    "community_label": label ?? NSNull(), "explanation": why,
                ])
            }
            if found.isEmpty { printError("\(context.name(f)): no candidates (no ties in the collaboration graph)") }
        }
        let header = ["for", "account", "handle", "rank", "score", "structural", "topical", "specialty_fit", "activity",
                      "influence", "mutual", "via", "specialty", "community", "explanation"]
        switch format {
        case .json:
            try writeJSON(["seed": seed, "specialties": wanted.sorted(), "top": top, "candidates": objects] as [String: Any])
        case .csv:
            emit(header: header, rows: rows.map { Array($0.prefix(header.count)) }, format: .csv)
        case .table:
            let tableHeader = header + ["for", "community"]
            let keep = explain ? [15, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 14] : [15, 2, 3, 4, 10, 12, 16]
            emit(header: keep.map { tableHeader[$0] }, rows: rows.map { r in keep.map { r[$0] } }, format: .table,
                 numericColumns: Set(keep.enumerated().filter { (3...10).contains($0.element) }.map(\.offset)))
        }
    }

    private func runBridges(_ context: CollaborationNames, focus: [UInt32]) throws {
        var found = try communityBridges(context.session.collaboration, membership: context.membership, limit: focus.isEmpty ? top : Int.max)
        if !focus.isEmpty {
            let home = Set(focus.map { Int(context.membership[Int($0)]) })
            found = Array(found.filter { home.contains($0.communityA) || home.contains($0.communityB) }.prefix(top))
        }
        let header = ["account", "handle", "community_a", "label_a", "ties_a", "community_b", "label_b", "ties_b", "existing_weight"]
        let rows = found.map { b in
            [context.id(b.node), context.handle(b.node), String(b.communityA), context.label(ofCommunity: b.communityA) ?? "",
             String(b.tiesA), String(b.communityB), context.label(ofCommunity: b.communityB) ?? "", String(b.tiesB),
             fmt(b.existingWeight)]
        }
        emit(header: header, rows: rows, format: format, numericColumns: [2, 4, 5, 7, 8])
    }

    private func runEvaluation(_ session: AnalysisSession) throws {
        var o = LinkPredictionEvaluationOptions()
        o.seed = seed
        o.holdout = holdout
        o.accounts = sample
        let result = try evaluateLinkPrediction(session.collaboration, options: o)
        printError("\(result.nodes) accounts, \(result.edges) ties, \(result.hiddenEdges) hidden "
            + "(\(result.predictableHiddenEdges) with both ends still tied), \(result.evaluatedAccounts) accounts evaluated, "
            + "\(result.comparisons) AUC comparisons, seed \(seed)")
        switch format {
        case .json:
            try writeJSON([
                "nodes": result.nodes, "edges": result.edges, "hidden_edges": result.hiddenEdges,
                "predictable_hidden_edges": result.predictableHiddenEdges, "evaluated_accounts": result.evaluatedAccounts,
                "comparisons": result.comparisons, "seed": seed, "holdout": holdout, "k": o.k,
                "methods": result.scores.map { ["method": $0.method, "precision_at_10": $0.precisionAtK, "auc": $0.auc] },
            ] as [String: Any])
        case .csv, .table:
            emit(header: ["method", "precision_at_10", "auc"],
                 rows: result.scores.map { [$0.method, fmt($0.precisionAtK), fmt($0.auc)] }, format: format, numericColumns: [1, 2])
        }
    }
}

/// Accounts listed in a file, one per line; blank lines and `#` comments are skipped.
func readAccountList(_ path: String) throws -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw InputProblem(description: "cannot read \(path)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw InputProblem(description: "\(path): not UTF-8 text (expected one account per line)")
    }
    return text.split(whereSeparator: \.isNewline)
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") }
}

/// Six significant decimals, as every score column prints.
func fmt(_ x: Double) -> String { String(format: "%.6f", x) }
