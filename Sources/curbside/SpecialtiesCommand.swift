import ArgumentParser
import CurbsideAnalysis
import CurbsideImport
import CurbsideStore
import Foundation

/// The specialty lexicon and taxonomy a command classifies with.
struct LexiconOptions: ParsableArguments {
    @Option(name: .long, help: "An extra lexicon file (same format as the built-in specialty-lexicon.txt) extending the built-in one.")
    var lexicon: [String] = []

    @Option(name: .long, help: "A NUCC taxonomy CSV (any release; columns found by header): names every NUCC code in labels and output.")
    var taxonomy: String?

    func classifier() throws -> SpecialtyClassifier {
        do {
            var l = try SpecialtyLexicon.loadStandard()
            for path in lexicon { l = try l.extended(contentsOf: path) }
            var taxonomy: NUCCTaxonomy?
            if let path = self.taxonomy {
                let csv = try CSVRecords(path: path)
                taxonomy = try NUCCTaxonomy(header: csv.header, rows: csv.records.map { ($0.line, $0.fields) },
                                            source: (path as NSString).lastPathComponent)
            }
            return SpecialtyClassifier(lexicon: l, taxonomy: taxonomy)
        } catch let e as SpecialtyLexiconError {
            throw InputProblem(description: e.description)
        } catch let e as NUCCTaxonomyError {
            throw InputProblem(description: e.description)
        }
    }
}

struct SpecialtiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specialties",
        abstract: "Classify every account's specialty (NUCC taxonomy code or role) with confidence and evidence.",
        discussion: """
        Evidence, strongest first: user labels (`curbside label`, always win), the input's \
        specialty column, words and phrases in the name and bio, hashtags in the bio and in \
        posts, and — only for accounts with no evidence of their own — the specialties of \
        their mutual-follow neighbours (label propagation; --no-ties turns it off). Codes are \
        NUCC Health Care Provider Taxonomy codes at the most specific level evident \
        (207RC0000X cardiology, 207RI0011X interventional cardiology) or role:KEY for \
        researchers, patients and advocates, journals, societies, industry and media. Columns: \
        account, specialty, code, name, nucc, confidence, basis, evidence.

        --evaluate TRUTH.csv (columns account or id or handle, specialty; as for `label`) \
        prints precision, recall and F1 per specialty, macro-F1 and the confusion matrix \
        instead (CSV: the per-specialty rows and a macro row; JSON: everything). Truth values \
        the lexicon does not know count as "no specialty".

        Examples:
          curbside specialties --input Samples/clinician-network --format csv
          curbside specialties --input Samples/clinician-network --evaluate Samples/ground-truth.csv
          curbside specialties --lexicon my-terms.txt --taxonomy nucc_taxonomy_250.csv
        """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup var lexicon: LexiconOptions

    @Option(name: .long, help: "A truth CSV (account,specialty): print precision/recall/F1 and the confusion matrix.")
    var evaluate: String?

    @Flag(name: .customLong("no-ties"), help: "Do not use mutual neighbours' specialties for accounts without evidence.")
    var noTies = false

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let classifier = try lexicon.classifier()
        let store = try source.openStore()
        let (accounts, assignments) = try classifier.classify(store: store, ties: !noTies)
        if let evaluate {
            try printEvaluation(truthPath: evaluate, accounts: accounts, assignments: assignments, classifier: classifier)
            return
        }
        let header = ["account", "platform", "id", "specialty", "code", "name", "nucc", "confidence", "basis", "evidence"]
        var rows: [[String]] = []
        for (a, s) in zip(accounts, assignments) {
            let who = a.handle.map { "@" + $0 } ?? a.platformID
            rows.append([who, a.platform, a.platformID, s?.specialty ?? "", s?.code ?? "", s?.displayName ?? "", s?.nuccName ?? "",
                         s.map { String(format: "%.3f", $0.confidence) } ?? "", s?.basis.rawValue ?? "",
                         s?.evidence.joined(separator: "; ") ?? ""])
        }
        if format == .json {
            // Codable rather than JSONSerialization: several times faster at a million accounts.
            struct Row: Encodable {
                var account, platform, id: String
                var specialty, code, name, nucc, basis: String?
                var confidence: Double?
                var evidence: [String]?
                func encode(to encoder: Encoder) throws {
                    var c = encoder.container(keyedBy: Key.self)
                    try c.encode(account, forKey: .account)
                    try c.encode(basis, forKey: .basis)
                    try c.encode(code, forKey: .code)
                    try c.encode(confidence, forKey: .confidence)
                    try c.encode(evidence, forKey: .evidence)
                    try c.encode(id, forKey: .id)
                    try c.encode(name, forKey: .name)
                    try c.encode(nucc, forKey: .nucc)
                    try c.encode(platform, forKey: .platform)
                    try c.encode(specialty, forKey: .specialty)
                }
                enum Key: String, CodingKey { case account, basis, code, confidence, evidence, id, name, nucc, platform, specialty }
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(zip(accounts, assignments).map { a, s in
                Row(account: a.handle.map { "@" + $0 } ?? a.platformID, platform: a.platform, id: a.platformID,
                    specialty: s?.specialty, code: s?.code, name: s?.displayName, nucc: s?.nuccName, basis: s?.basis.rawValue,
                    confidence: s.map { ($0.confidence * 1000).rounded() / 1000 }, evidence: s?.evidence)
            })
            StandardOutput.write(data + Data("\n".utf8))
        } else {
            emit(header: header, rows: rows, format: format, numericColumns: [7])
        }
        let classified = assignments.compactMap { $0 }
        var byBasis: [String: Int] = [:]
        for s in classified { byBasis[s.basis.rawValue, default: 0] += 1 }
        printError("\(classified.count) of \(accounts.count) accounts classified ("
                   + byBasis.sorted { $0.key < $1.key }.map { "\($0.value) by \($0.key)" }.joined(separator: ", ") + ")")
    }

    private func printEvaluation(truthPath: String, accounts: [AccountInfo], assignments: [SpecialtyAssignment?],
                                 classifier: SpecialtyClassifier) throws {
        let truth = try readSpecialtyRows(truthPath)
        let (e, unmatched, unknown) = SpecialtyEvaluation.evaluate(truth: truth, accounts: accounts, assignments: assignments,
                                                                   classifier: classifier)
        if !unmatched.isEmpty {
            printError("\((truthPath as NSString).lastPathComponent): \(unmatched.count) rows name no single account (lines "
                       + unmatched.prefix(10).map(String.init).joined(separator: ", ") + (unmatched.count > 10 ? ", …" : "") + "); left out")
        }
        for (name, n) in unknown.sorted(by: { $0.key < $1.key }) {
            printError("truth class \"\(name)\" (\(n) accounts) is not a specialty the lexicon knows: counted as no specialty")
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        let header = ["specialty", "support", "true_positives", "false_positives", "false_negatives", "precision", "recall", "f1"]
        var rows = e.rows.map { r in
            [r.specialty, String(r.support), String(r.truePositives), String(r.falsePositives), String(r.falseNegatives),
             f(r.precision), f(r.recall), f(r.f1)]
        }
        switch format {
        case .json:
            try writeJSON([
                "evaluated": e.evaluated, "macro_f1": (e.macroF1 * 1e4).rounded() / 1e4, "accuracy": (e.accuracy * 1e4).rounded() / 1e4,
                "specialties": e.rows.map { r -> [String: Any] in
                    ["specialty": r.specialty, "support": r.support, "true_positives": r.truePositives,
                     "false_positives": r.falsePositives, "false_negatives": r.falseNegatives,
                     "precision": (r.precision * 1e4).rounded() / 1e4, "recall": (r.recall * 1e4).rounded() / 1e4,
                     "f1": (r.f1 * 1e4).rounded() / 1e4]
                },
                "confusion": ["labels": e.labels, "rows_truth_columns_predicted": e.confusion],
                "unknown_truth_classes": unknown, "unmatched_rows": unmatched.count,
            ] as [String: Any])
        case .csv:
            rows.append(["(macro)", String(e.rows.reduce(0) { $0 + $1.support }), "", "", "",
                         f(e.rows.map(\.precision).reduce(0, +) / Double(max(1, e.rows.count))),
                         f(e.rows.map(\.recall).reduce(0, +) / Double(max(1, e.rows.count))), f(e.macroF1)])
            emit(header: header, rows: rows, format: .csv)
        case .table:
            emit(header: header, rows: rows, format: .table, numericColumns: Set(1...7))
            StandardOutput.write(Data("\nmacro-F1 \(f(e.macroF1)), accuracy \(f(e.accuracy)) over \(e.evaluated) accounts\n\nconfusion (rows: truth, columns: predicted)\n".utf8))
            emit(header: ["truth \\ predicted"] + e.labels, rows: e.labels.indices.map { i in [e.labels[i]] + e.confusion[i].map(String.init) },
                 format: .table, numericColumns: Set(1...e.labels.count))
        }
    }
}
