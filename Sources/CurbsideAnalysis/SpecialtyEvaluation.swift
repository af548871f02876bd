import CurbsideStore

/// Precision, recall and F1 per specialty, macro-F1 and the confusion matrix of predicted
/// against true specialties.
///
/// Each pair is (truth, prediction); `nil` means "no specialty" (a truth class the lexicon
/// cannot name, such as the sample's `generic` feeds, or an unclassified account). Per
/// specialty: precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean
/// (0 when both are 0). Macro-F1 is the unweighted mean of F1 over the specialties that occur
/// in the truth (not "no specialty"), as scikit-learn's `f1_score(average="macro")` with
/// `labels=` those specialties.
public struct SpecialtyEvaluation: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var specialty: String
        /// Accounts whose truth is this specialty.
        public var support: Int
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    /// One row per specialty in the truth, sorted by key.
    public var rows: [Row]
    public var macroF1: Double
    /// Share of evaluated accounts whose prediction equals the truth (nil = nil counts).
    public var accuracy: Double
    public var evaluated: Int
    /// Row and column labels of ``confusion``: the truth specialties, then specialties only
    /// predicted, then ``noSpecialty``.
    public var labels: [String]
    /// `confusion[i][j]`: accounts with truth `labels[i]` predicted as `labels[j]`.
    public var confusion: [[Int]]

    public static let noSpecialty = "(none)"

    public init(pairs: [(truth: String?, predicted: String?)]) {
        let truthClasses = Set(pairs.compactMap(\.truth)).sorted()
        let predictedOnly = Set(pairs.compactMap(\.predicted)).subtracting(truthClasses).sorted()
        labels = truthClasses + predictedOnly + [Self.noSpecialty]
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() { index[l] = i }
        var confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
        var correct = 0
        for p in pairs {
            let t = index[p.truth ?? Self.noSpecialty]!, q = index[p.predicted ?? Self.noSpecialty]!
            confusion[t][q] += 1
            if t == q { correct += 1 }
        }
        evaluated = pairs.count
        accuracy = pairs.isEmpty ? 0 : Double(correct) / Double(pairs.count)
        self.confusion = confusion
        rows = truthClasses.map { s in
            let i = index[s]!
            let tp = confusion[i][i]
            let support = confusion[i].reduce(0, +)
            let predicted = confusion.reduce(0) { $0 + $1[i] }
            let precision = predicted == 0 ? 0 : Double(tp) / Double(predicted)
            let recall = support == 0 ? 0 : Double(tp) / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return Row(specialty: s, support: support, truePositives: tp, falsePositives: predicted - tp,
                       falseNegatives: support - tp, precision: precision, recall: recall, f1: f1)
        }
        macroF1 = rows.isEmpty ? 0 : rows.map(\.f1).reduce(0, +) / Double(rows.count)
    }
}

/// A row of a truth file: the same shape as a label file's row (``SpecialtyLabelRow``),
/// `account` a platform id or `@handle`.
public typealias SpecialtyTruthRow = SpecialtyLabelRow

extension SpecialtyEvaluation {
    /// Evaluates `assignments` (in `accounts` order) against truth rows. A truth value is
    /// resolved like a label (lexicon key, alias, name or NUCC code); one that resolves to
    /// nothing counts as "no specialty" and is reported in `unknownClasses`. Rows naming no
    /// account are left out and reported in `unmatchedLines`.
    public static func evaluate(
        truth: [SpecialtyTruthRow], accounts: [AccountInfo], assignments: [SpecialtyAssignment?],
        classifier: SpecialtyClassifier
    ) -> (evaluation: SpecialtyEvaluation, unmatchedLines: [Int], unknownClasses: [String: Int]) {
        var byID: [String: [Int]] = [:], byHandle: [String: [Int]] = [:]
        for (i, a) in accounts.enumerated() {
            byID[a.platformID, default: []].append(i)
            if let h = a.handle, !h.isEmpty { byHandle[h.lowercased(), default: []].append(i) }
        }
        var pairs: [(truth: String?, predicted: String?)] = []
        var unmatched: [Int] = [], unknown: [String: Int] = [:]
        var resolved: [String: String?] = [:]
        for row in truth {
            let candidates = row.account.hasPrefix("@")
                ? byHandle[String(row.account.dropFirst()).lowercased()] ?? []
                : byID[row.account] ?? []
            let matches = candidates.filter { row.platform == nil || row.platform!.isEmpty || accounts[$0].platform == row.platform }
            guard matches.count == 1 else { unmatched.append(row.line); continue }
            if resolved[row.specialty] == nil { resolved[row.specialty] = .some(classifier.resolveLabel(row.specialty)?.specialty) }
            let t = resolved[row.specialty]!
            if t == nil { unknown[row.specialty, default: 0] += 1 }
            pairs.append((t, assignments[matches[0]]?.specialty))
        }
        return (SpecialtyEvaluation(pairs: pairs), unmatched, unknown)
    }
}
