import ArgumentParser
import CurbsideAnalysis
import CurbsideImport
import CurbsideReport
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

        Ambiguous words (echo, heart, society) count only beside clinical context in the same \
        profile (MD, physician, hospital, a clinical hashtag; evidence context:"md"); the \
        non-clinical words of non-clinical-lexicon.txt (software, JavaScript, crypto, finance, \
        politics) weigh against a clinical label (evidence not-clinical:"javascript"), and a \
        profile they dominate gets none, not even from its ties.

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

    @OptionGroup var output: TableOutput

    func run() throws {
        let classifier = try lexicon.classifier()
        let (_, session) = try source.openSession(classifier: classifier) {
            $0.times = false
            $0.specialtyTies = !noTies
        }
        let accounts = session.accounts, assignments = try session.specialtyAssignments()
        if let evaluate {
            try printEvaluation(truthPath: evaluate, accounts: accounts, assignments: assignments, classifier: classifier)
            return
        }
        let pairs = zip(accounts, assignments)
        var table = try ResultTable(output.format == .json ? [] : pairs.map { a, s in
            SpecialtyRow(account: a.handle.map { "@" + $0 } ?? a.platformID, platform: a.platform, id: a.platformID, specialty: s?.specialty ?? "",
                         code: s?.code ?? "", name: s?.displayName ?? "", nucc: s?.nuccName ?? "", confidence: s?.confidence,
                         basis: s?.basis.rawValue ?? "", evidence: s?.evidence.joined(separator: "; ") ?? "")
        }, columns: ["account", "platform", "id", "specialty", "code", "name", "nucc", "confidence", "basis", "evidence"])
        table.setDecimals(3, for: "confidence")
        // JSON: evidence as a list, confidence rounded to 3 decimals, `/` unescaped (as it always was).
        try output.write(table, json: output.format != .json ? [] : pairs.map { a, s in
            SpecialtyJSONRow(account: a.handle.map { "@" + $0 } ?? a.platformID, platform: a.platform, id: a.platformID,
                             specialty: s?.specialty, code: s?.code, name: s?.displayName, nucc: s?.nuccName, basis: s?.basis.rawValue,
                             confidence: s.map { ($0.confidence * 1000).rounded() / 1000 }, evidence: s?.evidence)
        }, escapingSlashes: false)
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
        var rows = e.rows.map { r in
            EvaluationScoreRow(specialty: r.specialty, support: r.support, truePositives: r.truePositives, falsePositives: r.falsePositives,
                               falseNegatives: r.falseNegatives, precision: r.precision, recall: r.recall, f1: r.f1)
        }
        let document = SpecialtyEvaluationDocument(
            evaluated: e.evaluated, macroF1: rounded4(e.macroF1), accuracy: rounded4(e.accuracy),
            specialties: rows.map { $0.rounded(rounded4) }, confusion: .init(labels: e.labels, rowsTruthColumnsPredicted: e.confusion),
            unknownTruthClasses: unknown, unmatchedRows: unmatched.count)
        if output.format == .csv {
            let n = Double(max(1, e.rows.count))
            rows.append(EvaluationScoreRow(specialty: "(macro)", support: e.rows.reduce(0) { $0 + $1.support },
                                           precision: e.rows.map(\.precision).reduce(0, +) / n, recall: e.rows.map(\.recall).reduce(0, +) / n,
                                           f1: e.macroF1))
        }
        var table = try ResultTable(rows, columns: ["specialty", "support", "true_positives", "false_positives", "false_negatives",
                                                    "precision", "recall", "f1"])
        table.setDecimals(3, for: "precision", "recall", "f1")
        try output.write(table, json: document)
        if output.format == .table || output.format == .markdown {
            StandardOutput.write("\nmacro-F1 \(f(e.macroF1)), accuracy \(f(e.accuracy)) over \(e.evaluated) accounts\n\nconfusion (rows: truth, columns: predicted)\n")
            output.write(try ResultTable(e.labels.indices.map { i in ConfusionRow(truth: e.labels[i], labels: e.labels, counts: e.confusion[i]) },
                                         columns: ["truth \\ predicted"] + e.labels))
        }
    }
}

/// Four decimals, as the evaluation's JSON gives its ratios.
private func rounded4(_ x: Double) -> Double { (x * 1e4).rounded() / 1e4 }

/// A row of `curbside specialties` in text, CSV and Markdown (evidence joined by `; `).
struct SpecialtyRow: Encodable {
    var account, platform, id, specialty, code, name, nucc: String
    var confidence: Double?
    var basis, evidence: String
}

/// An account of `curbside specialties --format json`: `null` where it has no specialty,
/// evidence as a list.
struct SpecialtyJSONRow: Encodable {
    var account, platform, id: String
    @NullWhenAbsent var specialty: String?
    @NullWhenAbsent var code: String?
    @NullWhenAbsent var name: String?
    @NullWhenAbsent var nucc: String?
    @NullWhenAbsent var basis: String?
    @NullWhenAbsent var confidence: Double?
    @NullWhenAbsent var evidence: [String]?
}

/// A row of `curbside specialties --evaluate`: one specialty's counts and scores (CSV adds a
/// `(macro)` row without the counts of errors).
struct EvaluationScoreRow: Encodable {
    var specialty: String
    var support: Int
    var truePositives, falsePositives, falseNegatives: Int?
    var precision, recall, f1: Double

    init(specialty: String, support: Int, truePositives: Int? = nil, falsePositives: Int? = nil, falseNegatives: Int? = nil,
         precision: Double, recall: Double, f1: Double) {
        (self.specialty, self.support, self.truePositives, self.falsePositives, self.falseNegatives) =
            (specialty, support, truePositives, falsePositives, falseNegatives)
        (self.precision, self.recall, self.f1) = (precision, recall, f1)
    }

    func rounded(_ round: (Double) -> Double) -> EvaluationScoreRow {
        var r = self
        (r.precision, r.recall, r.f1) = (round(precision), round(recall), round(f1))
        return r
    }

    enum CodingKeys: String, CodingKey {
        case specialty, support, truePositives = "true_positives", falsePositives = "false_positives", falseNegatives = "false_negatives",
             precision, recall, f1
    }
}

/// A row of the confusion matrix: the truth class and, per predicted class, the count.
struct ConfusionRow: Encodable {
    var truth: String
    var labels: [String]
    var counts: [Int]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ResultKey.self)
        try c.encode(truth, forKey: ResultKey("truth \\ predicted"))
        for (label, n) in zip(labels, counts) { try c.encode(n, forKey: ResultKey(label)) }
    }
}

/// `curbside specialties --evaluate --format json`.
struct SpecialtyEvaluationDocument: Encodable {
    struct Confusion: Encodable {
        var labels: [String]
        var rowsTruthColumnsPredicted: [[Int]]
        enum CodingKeys: String, CodingKey { case labels, rowsTruthColumnsPredicted = "rows_truth_columns_predicted" }
    }
    var evaluated: Int
    var macroF1, accuracy: Double
    var specialties: [EvaluationScoreRow]
    var confusion: Confusion
    var unknownTruthClasses: [String: Int]
    var unmatchedRows: Int

    enum CodingKeys: String, CodingKey {
        case evaluated, macroF1 = "macro_f1", accuracy, specialties, confusion, unknownTruthClasses = "unknown_truth_classes",
             unmatchedRows = "unmatched_rows"
    }
}
