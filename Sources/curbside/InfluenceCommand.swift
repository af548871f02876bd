import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

struct InfluenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Rank accounts by a composite, explainable influence score.",
        discussion: """
        Four components, each turned into a percentile rank (the share of other accounts \
        with a lower value) and weighted: follow PageRank (0.35), engagement PageRank on \
        interactions weighted per kind (0.30: repost 1, quote 1, reply 0.8, mention 0.6, \
        like 0.3, other kinds 1), in-degree from accounts with a clinical specialty (0.20) \
        and the k-core shell of all ties (0.15). A component the network cannot give (no \
        follows, no interactions, no clinicians) drops out and the other weights are \
        rescaled. Ranks are overall and within the account's specialty. Accounts that look \
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

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        _ = try influenceOptions()
        try validateSave(save, source: source)
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
        let (store, net) = try source.openSession()
        let specialties = try net.specialties()
        let score = try net.compositeInfluence(try influenceOptions())
        for note in score.notes { printError(note) }
        for u in score.unavailable { printError("left out: \(u.component.title) (\(u.component.rawValue)): \(u.reason)") }

        var rows = score.order
        if let specialty {
            let wanted = Set(specialties.nodes(matching: specialty))
            guard !wanted.isEmpty else {
                throw InputProblem(description: "no account has specialty \(specialty); labels in this network: \(specialties.knownLabels.isEmpty ? "none" : specialties.knownLabels.joined(separator: ", "))")
            }
            rows = rows.filter { wanted.contains($0) }
        }
        if top > 0 { rows = Array(rows.prefix(top)) }

        if save {
            let id = try store.saveScores(run: "influence", parameters: try jsonText(parameters(score)), scores: savedScores(score, net: net))
            printError("saved as analysis run \(id)")
        }
        switch format {
        case .json:
            try writeJSON(["parameters": parameters(score), "accounts": rows.map { accountJSON($0, score: score, net: net, specialties: specialties) }] as [String: Any])
        case .csv:
            var header = ["rank", "specialty_rank", "account", "handle", "specialty", "score"]
            for c in score.components { header += ["\(c.rawValue)", "\(c.rawValue)_percentile"] }
            header.append("flags")
            if explain { header.append("explanation") }
            emit(header: header, rows: rows.map { v in
                var row = [String(score.rank[Int(v)]), score.specialtyRank[Int(v)].map(String.init) ?? "",
                           net.accounts[Int(v)].platformID, net.accounts[Int(v)].handle ?? "", specialties.labels[Int(v)] ?? "",
                           "\(score.composite[Int(v)])"]
                for c in score.components.indices { row += ["\(score.values[c][Int(v)])", "\(score.percentiles[c][Int(v)])"] }
                row.append(score.flags[Int(v)].map(\.kind.rawValue).joined(separator: ";"))
                if explain { row.append(score.explanation(node: v)) }
                return row
            }, format: .csv)
        case .table:
            printError("weights: " + score.components.indices.map { "\(score.components[$0].rawValue) \(format3(score.weights[$0]))" }.joined(separator: ", "))
            var header = ["rank", "account", "specialty", "in specialty", "score"]
            if explain { header += score.components.indices.map { "\(score.components[$0].title) (w \(format2(score.weights[$0])))" } }
            header.append("flags")
            let numeric = Set([3, 4])  // rank left-aligned: a line's leading spaces are trimmed
            emit(header: header, rows: rows.map { v in
                var row = [String(score.rank[Int(v)]), net.display(v), specialties.labels[Int(v)] ?? "",
                           score.specialtyRank[Int(v)].map(String.init) ?? "", format4(score.composite[Int(v)])]
                if explain {
                    row += score.components.indices.map { c in
                        "\(compact(score.values[c][Int(v)])) p\(format3(score.percentiles[c][Int(v)])) +\(format3(score.contribution(c, node: v)))"
                    }
                }
                row.append(score.flags[Int(v)].map(\.kind.rawValue).joined(separator: ","))
                return row
            }, format: .table, numericColumns: numeric)
            if explain {
                printError("cells: raw value, percentile among all accounts, +contribution (weight × percentile) to the score")
            }
        }
    }

    func parameters(_ score: CompositeInfluence) -> [String: Any] {
        var p = compositeParameters(score)
        if let specialty { p["specialty"] = specialty }
        return p
    }

    func accountJSON(_ v: UInt32, score: CompositeInfluence, net: AnalysisSession, specialties: NodeSpecialties) -> [String: Any] {
        let i = Int(v)
        return [
            "rank": score.rank[i], "specialty_rank": score.specialtyRank[i].map { $0 as Any } ?? NSNull(),
            "account": net.accounts[i].platformID, "handle": net.accounts[i].handle ?? "",
            "specialty": specialties.labels[i] ?? NSNull(), "score": score.composite[i],
            "components": score.components.indices.map { c in
                ["name": score.components[c].rawValue, "value": score.values[c][i], "percentile": score.percentiles[c][i],
                 "weight": score.weights[c], "contribution": score.contribution(c, node: v)] as [String: Any]
            },
            "flags": score.flags[i].map { ["flag": $0.kind.rawValue, "reason": $0.reason] },
            "explanation": score.explanation(node: v),
        ]
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

func jsonText(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
}

func format2(_ x: Double) -> String { String(format: "%.2f", x) }
func format3(_ x: Double) -> String { String(format: "%.3f", x) }
func format4(_ x: Double) -> String { String(format: "%.4f", x) }

/// Integers as themselves, else 3 significant digits (`0.00875`, `12.3`).
func compact(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(format: "%.3g", x)
}

/// The parameters of a composite influence score as `--save` records them (weights,
/// components left out, tie-kind weights, PageRank, flag thresholds).
func compositeParameters(_ score: CompositeInfluence) -> [String: Any] {
    let o = score.options
    return [
        "components": score.components.indices.map { ["name": score.components[$0].rawValue, "title": score.components[$0].title, "weight": score.weights[$0]] as [String: Any] },
        "unavailable": score.unavailable.map { ["name": $0.component.rawValue, "reason": $0.reason] },
        "kind_weights": o.kindWeights, "other_kind_weight": o.otherKindWeight,
        "pagerank": ["damping": o.damping, "tolerance": o.tolerance, "max_iterations": o.maxIterations] as [String: Any],
        "normalisation": "percentile: share of the other accounts with a lower value",
        "specialty_classifier": "SpecialtyLexicon.standard",
        "flags": ["celebrity_ratio": o.flags.celebrityRatio, "celebrity_min_followers": o.flags.celebrityMinFollowers,
                  "mass_following_ratio": o.flags.massFollowingRatio, "mass_following_min": o.flags.massFollowingMin,
                  "burst_min_interactions": o.flags.burstMinInteractions, "burst_per_day": o.flags.burstPerDay] as [String: Any],
    ]
}
