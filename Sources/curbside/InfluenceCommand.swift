import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideImport
import CurbsideReport
import CurbsideStore
import Foundation

struct InfluenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Rank accounts by a composite, explainable influence score.",
        discussion: """
        Four components, each turned into a mid-rank percentile (where the account ranks \
        among all accounts, ties sharing their middle rank) and weighted: follow PageRank (0.35), engagement PageRank on \
        interactions weighted per kind (0.30: repost 1, quote 1, reply 0.8, mention 0.6, \
        like 0.3, other kinds 1), in-degree from accounts with a clinical specialty (0.20) \
        and the k-core shell of all ties (0.15). A component the network cannot give (no \
        follows, no interactions, no clinicians) drops out and the other weights are \
        rescaled; so does one with no spread in the network (one value for ≥ 90 % of \
        accounts, such as a k-core shell of 1 almost everywhere on cascade-shaped data): it \
        weighs 0 and only breaks ties. Accounts of equal score are ordered by the components' \
        raw values, heaviest first, and share a rank only when all are equal. Ranks are overall and within the account's specialty. Accounts that look \
        like bots or celebrities (extreme follower/following ratios or burst activity \
        without any specialty or role evidence) are flagged, never dropped.
        Rows: the top --top accounts in every format (0: all). JSON always holds each \
        component's value, percentile, weight and contribution; --explain adds them to the \
        table and an explanation column to CSV. --save records the scores and parameters \
        in the store (analysis_run "influence", account_score metrics influence.*).

        Examples:
          curbside influence --input Samples/clinician-network --top 10 --explain
          curbside influence --specialty cardiology --format json
          curbside influence --db net.sqlite --weights follow_pagerank=0.5,kcore=0 --save
          curbside influence --db higgs.sqlite --evaluate --cut 2012-07-03 --cut 2012-07-04

        --evaluate checks the score on timed data: for each --cut, every score is computed \
        from the interactions before the cut and compared with the interactions each account \
        receives from the cut on — Spearman over all accounts, precision@k and NDCG@k of the \
        top --k — for the composite, each component alone, plain in-degree and PageRank.
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Only accounts of this specialty (name or code, e.g. cardiology), ranked within it.")
    var specialty: String?

    @Option(name: .long, help: "Rows to print, in every format (0: all).")
    var top: Int = 20

    @Flag(name: .long, help: "Show each component's value, percentile, weight and contribution.")
    var explain = false

    @Option(name: .long, help: "Component weights, e.g. follow_pagerank=0.4,engagement_pagerank=0.3,clinician_in_degree=0.2,kcore=0.1 (unnamed components keep their default).")
    var weights: String?

    @Option(name: .customLong("kind-weights"), help: "Weight of one interaction per kind in the engagement PageRank, e.g. repost=1,like=0.1.")
    var kindWeights: String?

    @Flag(name: .long, help: "Store the scores and parameters in the --db store.")
    var save = false

    @Flag(name: .long, help: "Measure how well each score predicts the engagement received after each --cut.")
    var evaluate = false

    @Option(name: .long, help: "With --evaluate: a UTC date (its start) or time splitting the interactions into before and after; repeatable.")
    var cut: [String] = []

    @Option(name: .long, help: "With --evaluate: the number of top accounts for precision@k and NDCG@k.")
    var k: Int = 100

    @OptionGroup var output: TableOutput

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        _ = try influenceOptions()
        try validateSave(save, source: source)
        if evaluate {
            guard !cut.isEmpty else { throw ValidationError("--evaluate needs at least one --cut, e.g. --cut 2012-07-03") }
            guard k > 0 else { throw ValidationError("--k must be 1 or more") }
            guard !save else { throw ValidationError("--evaluate does not --save scores") }
            _ = try cutTimes()
        } else if !cut.isEmpty {
            throw ValidationError("--cut is an option of --evaluate")
        }
    }

    func cutTimes() throws -> [Int64] {
        try cut.map { text in
            guard let t = WindowBound.parse(text, endOfDay: false) else {
                throw ValidationError("--cut \(text): expected a UTC date like 2012-07-03 or a time like 2012-07-03T12:00:00Z")
            }
            return t
        }
    }

    func influenceOptions() throws -> InfluenceOptions {
        var o = InfluenceOptions()
        for (name, w) in try keyValues(weights, option: "--weights") {
            guard let c = InfluenceComponent(rawValue: name) else {
                throw ValidationError("--weights: unknown component \(name); expected \(InfluenceComponent.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            o.weights[c] = w
        }
        guard o.weights.values.contains(where: { $0 > 0 }) else { throw ValidationError("--weights: at least one weight must be positive") }
        for (kind, w) in try keyValues(kindWeights, option: "--kind-weights") { o.kindWeights[kind] = w }
        return o
    }

    func run() throws {
        if evaluate { return try runEvaluation() }
        let (store, net) = try source.openSession()
        let specialties = try net.specialties()
        let score = try net.compositeInfluence(try influenceOptions())
        for note in score.notes { printError(note) }
        for u in score.unavailable { printError("left out: \(u.component.title) (\(u.component.rawValue)): \(u.reason)") }
        for u in score.saturated { printError("weight 0: \(u.component.title) (\(u.component.rawValue)) has no spread here: \(u.reason)") }

        var rows = score.order
        if let specialty {
            let wanted = Set(specialties.nodes(matching: specialty))
            guard !wanted.isEmpty else {
                throw InputProblem(description: "no account has specialty \(specialty); labels in this network: \(specialties.knownLabels.isEmpty ? "none" : specialties.knownLabels.joined(separator: ", "))")
            }
            rows = rows.filter { wanted.contains($0) }
        }
        if top > 0 { rows = Array(rows.prefix(top)) }

        var parameters = CompositeParameters(score)
        parameters.specialty = specialty
        if save {
            let id = try store.saveScores(run: "influence", parameters: try jsonText(parameters), scores: savedScores(score, net: net))
            printError("saved as analysis run \(id)")
        }
        // Text and Markdown: @handle, 4 decimals, components as cells; CSV: ids and values in full.
        let readable = output.format != .csv
        let table = try influenceTable(rows.map { v in
            InfluenceRow(score: score, node: v, account: readable ? net.display(v) : net.accounts[Int(v)].platformID,
                         handle: net.accounts[Int(v)].handle ?? "", specialty: specialties.labels[Int(v)], flagSeparator: readable ? "," : ";")
        }, score: score, readable: readable)
        try output.write(table, json: ResultDocument(ParametersEnvelope(parameters: parameters), rows: rows.map { v in
            InfluenceAccount(score: score, node: v, account: net.accounts[Int(v)].platformID, handle: net.accounts[Int(v)].handle ?? "",
                             specialty: specialties.labels[Int(v)])
        }, under: "accounts"))
        if output.format == .table && explain {
            printError("cells: raw value, percentile among all accounts, +contribution (weight × percentile) to the score")
        }
    }

        private func runEvaluation() throws {
        let store = try TerminalProgress.shared.step(source.input.isEmpty ? "loading the network" : "reading the input files") {
            try source.openStore()
        }
        let parameters = source.analysisParameters()
        let options = try influenceOptions()
        var rows: [PredictionRow] = [], cuts: [PredictionCut] = []
        for t in try cutTimes() {
            let result = try TerminalProgress.shared.step("scoring before \(isoTime(t))") {
                try evaluateInfluencePrediction(store: store, parameters: parameters, cut: t, k: k, options: options)
            }
            printError("cut \(isoTime(t)): \(result.accounts) accounts, \(result.interactionsBefore) interactions before, "
                + "\(result.interactionsAfter) after, received by \(result.receivers)")
            for u in result.saturated { printError("  weight 0 before this cut: \(u.component.rawValue): \(u.reason)") }
            cuts.append(PredictionCut(cut: isoTime(t), accounts: result.accounts, interactionsBefore: result.interactionsBefore,
                                      interactionsAfter: result.interactionsAfter, receivers: result.receivers,
                                      saturated: result.saturated.map(\.component.rawValue)))
            rows += result.scorers.map {
                PredictionRow(cut: isoTime(t), scorer: $0.name, weight: $0.weight, spearman: $0.spearman,
                              precisionAtK: $0.precisionAtK, ndcgAtK: $0.ndcgAtK)
            }
        }
        var table = try ResultTable(rows, columns: ["cut", "scorer", "weight", "spearman", "precision_at_k", "ndcg_at_k"])
        table.setDecimals(4, for: "weight", "spearman", "precision_at_k", "ndcg_at_k", csv: false)
        try output.write(table, json: ResultDocument(PredictionEnvelope(k: k, cuts: cuts), rows: rows, under: "scores"))
    }

/// The columns text and Markdown show (`--explain`: a cell per component), or CSV's.
    func influenceTable(_ rows: [InfluenceRow], score: CompositeInfluence, readable: Bool) throws -> ResultTable {
        let components = score.components.map(\.rawValue)
        var columns: [String]
        if readable {
            if output.format == .table {
                printError("weights: " + score.components.indices.map { "\(components[$0]) \(format3(score.weights[$0]))" }.joined(separator: ", "))
            }
            columns = ["rank", "account", "specialty", "specialty_rank", "score"]
            if explain { columns += components.map { $0 + "_explained" } }
            columns.append("flags")
        } else {
            columns = ["rank", "specialty_rank", "account", "handle", "specialty", "score"]
            for c in components { columns += [c, c + "_percentile"] }
            columns.append("flags")
            if explain { columns.append("explanation") }
        }
        var table = try ResultTable(rows, columns: columns)
        table.setDecimals(4, for: "score", csv: false)
        table.setTitle("in specialty", for: "specialty_rank")
        table.setRightAligned(false, for: "rank")
        for (c, component) in score.components.enumerated() {
            table.setTitle("\(component.title) (w \(format2(score.weights[c])))", for: component.rawValue + "_explained")
        }
        return table
    }

    func savedScores(_ score: CompositeInfluence, net: AnalysisSession) -> [String: [(accountID: Int64, value: Double)]] {
        func column(_ values: [Double]) -> [(accountID: Int64, value: Double)] {
            values.indices.map { (net.accounts[$0].id, values[$0]) }
        }
        var scores = ["influence.score": column(score.composite), "influence.rank": column(score.rank.map(Double.init))]
        for (c, component) in score.components.enumerated() {
            scores["influence.\(component.rawValue)"] = column(score.values[c])
            scores["influence.\(component.rawValue).percentile"] = column(score.percentiles[c])
        }
        return scores
    }
}

// MARK: Shared by influence, reach, overlap and brief

/// `a=1,b=0.5` into pairs; the values must be finite and non-negative.
func keyValues(_ text: String?, option: String) throws -> [(String, Double)] {
    guard let text else { return [] }
    return try text.split(separator: ",").map { item in
        let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, let w = Double(parts[1]), w.isFinite, w >= 0 else {
            throw ValidationError("\(option): expected NAME=WEIGHT pairs with non-negative weights, got \(item)")
        }
        return (parts[0], w)
    }
}

/// `--save` writes into the store named by --db (or ./curbside.sqlite), never into an
/// in-memory import.
func validateSave(_ save: Bool, source: SourceOptions) throws {
    if save && !source.input.isEmpty {
        throw ValidationError("--save stores results in the --db store; it cannot be used with --input")
    }
}

/// `value` as compact JSON with sorted keys, as `--save` records parameters.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

func format2(_ x: Double) -> String { String(format: "%.2f", x) }
func format3(_ x: Double) -> String { String(format: "%.3f", x) }
func format4(_ x: Double) -> String { String(format: "%.4f", x) }

/// Integers as themselves, else 3 significant digits (`0.00875`, `12.3`).
func compact(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.3g", x)
}


/// `{"parameters": …}`: the envelope of a JSON document whose rows sit beside the parameters.
struct ParametersEnvelope<Parameters: Encodable>: Encodable {
    var parameters: Parameters
}

/// The keys an influence row and a JSON account share: rank, specialty_rank, account,
/// handle, specialty, score (a missing rank or specialty: `null`, an empty cell in a table).
private func encodeScore(_ score: CompositeInfluence, node: UInt32, account: String, handle: String, specialty: String?,
                         to encoder: Encoder) throws -> KeyedEncodingContainer<ResultKey> {
    let i = Int(node)
    var c = encoder.container(keyedBy: ResultKey.self)
    try c.encode(score.rank[i], forKey: ResultKey("rank"))
    try c.encode(score.specialtyRank[i], forKey: ResultKey("specialty_rank"))
    try c.encode(account, forKey: ResultKey("account"))
    try c.encode(handle, forKey: ResultKey("handle"))
    try c.encode(specialty, forKey: ResultKey("specialty"))
    try c.encode(score.composite[i], forKey: ResultKey("score"))
    return c
}

/// A row of `curbside influence` in text, CSV and Markdown: per component its value
/// (`<name>`), percentile (`<name>_percentile`) and, for reading, both with the contribution
/// in one cell (`<name>_explained`).
struct InfluenceRow: Encodable {
    let score: CompositeInfluence
    let node: UInt32
    let account, handle: String
    let specialty: String?
    let flagSeparator: String

    func encode(to encoder: Encoder) throws {
        let i = Int(node)
        var c = try encodeScore(score, node: node, account: account, handle: handle, specialty: specialty, to: encoder)
        for (k, component) in score.components.enumerated() {
            let name = component.rawValue
            try c.encode(score.values[k][i], forKey: ResultKey(name))
            try c.encode(score.percentiles[k][i], forKey: ResultKey(name + "_percentile"))
            try c.encode("\(compact(score.values[k][i])) p\(format3(score.percentiles[k][i])) +\(format3(score.contribution(k, node: node)))",
                         forKey: ResultKey(name + "_explained"))
        }
        try c.encode(score.flags[i].map(\.kind.rawValue).joined(separator: flagSeparator), forKey: ResultKey("flags"))
        try c.encode(score.explanation(node: node), forKey: ResultKey("explanation"))
    }
}

/// An account of `curbside influence --format json`: every component with its value,
/// percentile, weight and contribution, the flags with their reasons, the explanation.
struct InfluenceAccount: Encodable {
    struct Component: Encodable { var name: String; var value, percentile, weight, contribution: Double }
    struct Flag: Encodable { var flag, reason: String }
    let score: CompositeInfluence
    let node: UInt32
    let account, handle: String
    let specialty: String?

    func encode(to encoder: Encoder) throws {
        let i = Int(node)
        var c = try encodeScore(score, node: node, account: account, handle: handle, specialty: specialty, to: encoder)
        try c.encode(score.components.indices.map { k in
            Component(name: score.components[k].rawValue, value: score.values[k][i], percentile: score.percentiles[k][i], weight: score.weights[k],
                      contribution: score.contribution(k, node: node))
        }, forKey: ResultKey("components"))
        try c.encode(score.flags[i].map { Flag(flag: $0.kind.rawValue, reason: $0.reason) }, forKey: ResultKey("flags"))
        try c.encode(score.explanation(node: node), forKey: ResultKey("explanation"))
    }
}

/// A row of `curbside influence --evaluate`: one scorer at one cut.
struct PredictionRow: Encodable {
    var cut, scorer: String
    @NullWhenAbsent var weight: Double?
    var spearman, precisionAtK, ndcgAtK: Double
    enum CodingKeys: String, CodingKey { case cut, scorer, weight, spearman, precisionAtK = "precision_at_k", ndcgAtK = "ndcg_at_k" }
}

/// One cut of `influence --evaluate --format json`: what was compared.
struct PredictionCut: Encodable {
    var cut: String
    var accounts, interactionsBefore, interactionsAfter, receivers: Int
    var saturated: [String]
    enum CodingKeys: String, CodingKey {
        case cut, accounts, interactionsBefore = "interactions_before", interactionsAfter = "interactions_after", receivers, saturated
    }
}

/// `influence --evaluate --format json` beside its rows.
struct PredictionEnvelope: Encodable {
    var k: Int
    var cuts: [PredictionCut]
}

/// `2012-07-03T00:00:00Z` from Unix seconds.
func isoTime(_ t: Int64) -> String {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    return f.string(from: Date(timeIntervalSince1970: TimeInterval(t)))
}
