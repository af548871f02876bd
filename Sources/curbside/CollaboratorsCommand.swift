import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideReport
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

    @OptionGroup var output: TableOutput

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
        // Text and Markdown: the focus by name, the community by its short label.
        let readable = output.format != .csv
        var rows: [CollaboratorRow] = []
        var candidates: [CollaboratorCandidate] = []
        for f in focus {
            // Already tied in any way: a follow either way or any interaction.
            let found = try ranker.rank(focus: f, limit: top, specialties: wanted, excluded: session.tied(to: f))
            for (i, c) in found.enumerated() {
                let v = c.candidate
                let community = Int(context.membership[Int(v)])
                let spec = profiles[Int(v)].specialty
                let why = explanation(for: c, name: context.name, specialty: spec, community: context.shortLabel(ofCommunity: community))
                let k = c.components
                let parts = CollaboratorParts(structural: k.structural, topical: k.topical, specialty: k.specialty, activity: k.activity,
                                              influence: k.influence)
                rows.append(CollaboratorRow(for: readable ? context.name(f) : context.id(f), account: context.id(v), handle: context.handle(v),
                                            rank: i + 1, score: c.score, parts: parts, mutual: c.mutualCount,
                                            via: c.via.map(context.name).joined(separator: " "), specialty: spec ?? "", community: community,
                                            communityName: context.shortLabel(ofCommunity: community) ?? String(community), explanation: why))
                let w = ranker.weights
                candidates.append(CollaboratorCandidate(
                    for: context.id(f), forHandle: context.handle(f), account: context.id(v), handle: context.handle(v), rank: i + 1,
                    score: c.score, components: parts,
                    weights: CollaboratorParts(structural: w.structural, topical: w.topical, specialty: w.specialty, activity: w.activity,
                                               influence: w.influence),
                    personalizedPageRank: c.personalizedPageRank, resourceAllocation: c.resourceAllocation, adamicAdar: c.adamicAdar,
                    mutual: c.mutualCount, via: c.via.map(context.id), viaHandles: c.via.map(context.handle), sharedHashtags: c.sharedHashtags,
                    sharedBioTerms: c.sharedBioTerms, specialty: spec, community: community, communityLabel: context.label(ofCommunity: community),
                    explanation: why))
            }
            if found.isEmpty {
                printError("\(context.name(f)): " + (session.ego?.noCollaboratorsReason(for: f, display: context.name) ?? "no candidates (no ties in the collaboration graph)"))
            }
        }
        let parts = ["structural", "topical", "specialty_fit", "activity", "influence"]
        var columns: [String]
        if !readable {
            columns = ["for", "account", "handle", "rank", "score"] + parts + ["mutual", "via", "specialty", "community", "explanation"]
        } else if explain {
            columns = ["for", "handle", "rank", "score"] + parts + ["mutual", "specialty", "community_name", "explanation"]
        } else {
            columns = ["for", "handle", "rank", "score", "mutual", "specialty", "community_name"]
        }
        var table = try ResultTable(rows, columns: columns)
        table.setDecimals(6, for: "score", "structural", "topical", "specialty_fit", "activity", "influence")
        table.setTitle("community", for: "community_name")
        try output.write(table, json: CollaboratorsDocument(seed: seed, specialties: wanted.sorted(), top: top, candidates: candidates))
    }

    private func runBridges(_ context: CollaborationNames, focus: [UInt32]) throws {
        var found = try communityBridges(context.session.collaboration, membership: context.membership, limit: focus.isEmpty ? top : Int.max)
        if !focus.isEmpty {
            let home = Set(focus.map { Int(context.membership[Int($0)]) })
            found = Array(found.filter { home.contains($0.communityA) || home.contains($0.communityB) }.prefix(top))
        }
        var table = try ResultTable(found.map { b in
            BridgeRow(account: context.id(b.node), handle: context.handle(b.node), communityA: b.communityA,
                      labelA: context.label(ofCommunity: b.communityA) ?? "", tiesA: b.tiesA, communityB: b.communityB,
                      labelB: context.label(ofCommunity: b.communityB) ?? "", tiesB: b.tiesB, existingWeight: b.existingWeight)
        }, columns: ["account", "handle", "community_a", "label_a", "ties_a", "community_b", "label_b", "ties_b", "existing_weight"])
        table.setDecimals(6, for: "existing_weight")
        output.write(table)
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
        let rows = result.scores.map { EvaluationRow(method: $0.method, precisionAt10: $0.precisionAtK, auc: $0.auc) }
        var table = try ResultTable(rows, columns: ["method", "precision_at_10", "auc"])
        table.setDecimals(6, for: "precision_at_10", "auc")
        let envelope = EvaluationEnvelope(nodes: result.nodes, edges: result.edges, hiddenEdges: result.hiddenEdges,
                                          predictableHiddenEdges: result.predictableHiddenEdges, evaluatedAccounts: result.evaluatedAccounts,
                                          comparisons: result.comparisons, seed: seed, holdout: holdout, k: o.k)
        try output.write(table, json: ResultDocument(envelope, rows: rows, under: "methods"))
    }
}

/// A score's five parts (or their weights), as `collaborators` prints them.
struct CollaboratorParts: Encodable {
    var structural, topical, specialty, activity, influence: Double
}

/// A row of `curbside collaborators` in text, CSV and Markdown (`community_name`: the short
/// label text and Markdown show).
struct CollaboratorRow: Encodable {
    var `for`, account, handle: String
    var rank: Int
    var score: Double
    var parts: CollaboratorParts
    var mutual: Int
    var via, specialty: String
    var community: Int
    var communityName, explanation: String

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ResultKey.self)
        try c.encode(self.for, forKey: ResultKey("for"))
        try c.encode(account, forKey: ResultKey("account"))
        try c.encode(handle, forKey: ResultKey("handle"))
        try c.encode(rank, forKey: ResultKey("rank"))
        try c.encode(score, forKey: ResultKey("score"))
        try c.encode(parts.structural, forKey: ResultKey("structural"))
        try c.encode(parts.topical, forKey: ResultKey("topical"))
        try c.encode(parts.specialty, forKey: ResultKey("specialty_fit"))
        try c.encode(parts.activity, forKey: ResultKey("activity"))
        try c.encode(parts.influence, forKey: ResultKey("influence"))
        try c.encode(mutual, forKey: ResultKey("mutual"))
        try c.encode(via, forKey: ResultKey("via"))
        try c.encode(specialty, forKey: ResultKey("specialty"))
        try c.encode(community, forKey: ResultKey("community"))
        try c.encode(communityName, forKey: ResultKey("community_name"))
        try c.encode(explanation, forKey: ResultKey("explanation"))
    }
}

/// A candidate in `curbside collaborators --format json`: every part, weight and raw proximity
/// measure (`specialty` and `community_label` null when unknown).
struct CollaboratorCandidate: Encodable {
    var `for`, forHandle, account, handle: String
    var rank: Int
    var score: Double
    var components, weights: CollaboratorParts
    var personalizedPageRank, resourceAllocation, adamicAdar: Double
    var mutual: Int
    var via, viaHandles, sharedHashtags, sharedBioTerms: [String]
    @NullWhenAbsent var specialty: String?
    var community: Int
    @NullWhenAbsent var communityLabel: String?
    var explanation: String

    enum CodingKeys: String, CodingKey {
        case `for`, forHandle = "for_handle", account, handle, rank, score, components, weights, personalizedPageRank = "personalized_pagerank",
             resourceAllocation = "resource_allocation", adamicAdar = "adamic_adar", mutual, via, viaHandles = "via_handles",
             sharedHashtags = "shared_hashtags", sharedBioTerms = "shared_bio_terms", specialty, community, communityLabel = "community_label",
             explanation
    }
}

/// `curbside collaborators --format json`.
struct CollaboratorsDocument: Encodable {
    var seed: UInt64
    var specialties: [String]
    var top: Int
    var candidates: [CollaboratorCandidate]
}

/// A row of `curbside collaborators --bridges`: an account that would connect two communities.
struct BridgeRow: Encodable {
    var account, handle: String
    var communityA: Int
    var labelA: String
    var tiesA, communityB: Int
    var labelB: String
    var tiesB: Int
    var existingWeight: Double

    enum CodingKeys: String, CodingKey {
        case account, handle, communityA = "community_a", labelA = "label_a", tiesA = "ties_a", communityB = "community_b", labelB = "label_b",
             tiesB = "ties_b", existingWeight = "existing_weight"
    }
}

/// A row of `curbside collaborators --evaluate`: one ranking method's precision@10 and AUC.
struct EvaluationRow: Encodable {
    var method: String
    var precisionAt10, auc: Double
    enum CodingKeys: String, CodingKey { case method, precisionAt10 = "precision_at_10", auc }
}

/// `curbside collaborators --evaluate --format json` beside its methods.
struct EvaluationEnvelope: Encodable {
    var nodes, edges, hiddenEdges, predictableHiddenEdges, evaluatedAccounts, comparisons: Int
    var seed: UInt64
    var holdout: Double
    var k: Int

    enum CodingKeys: String, CodingKey {
        case nodes, edges, hiddenEdges = "hidden_edges", predictableHiddenEdges = "predictable_hidden_edges",
             evaluatedAccounts = "evaluated_accounts", comparisons, seed, holdout, k
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
