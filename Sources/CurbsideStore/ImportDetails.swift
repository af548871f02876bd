import Foundation

/// What an import recorded about one source beside its counts: the JSON object in the
/// store's `source.details` column (``SourceInfo/importDetails``), written once by the
/// `curbside` importer and read by `curbside sources`, the report's data-quality section
/// and its provenance.
///
/// Every field is structured (never parsed out of ``notes``). A store written before a field
/// existed reads it as empty: ``init(from:)`` takes only what is there, so `{"counts": {…},
/// "notes": […], "problems": […], "skipped_by_reason": {…}}` (the older shape) still reads.
public struct ImportDetails: Codable, Sendable, Equatable {
    /// Records per type (`edge`, `edge:<kind>`, `account`, `node`, `self-loop`, …).
    public var counts: [String: Int] = [:]
    /// Bad records skipped in lenient mode, per reason code.
    public var skippedByReason: [String: Int] = [:]
    /// Records read that gave no tie, per reason: the skipped bad records above and the
    /// records a reader passes over on purpose (`self-reply`, `quote-unresolved`,
    /// `header-line`, …; see `ImportResult.withoutTieReasons` in CurbsideImport).
    public var withoutTieByReason: [String: Int] = [:]
    /// Rows of an edge list whose two ends are one account: kept as ties, counted.
    public var selfLoops: Int = 0
    /// Edge lists whose rows carry no kind: the kind each file's ties got and why.
    public var kindChoices: [KindChoiceDetail] = []
    /// What the third column of a whitespace edge list was read as (`weight`, `time`).
    public var thirdColumn: String?
    /// What the user should know: a file that gave no account and no tie, and why.
    public var warnings: [String] = []
    /// The reader options the source was imported with, by option name (`--kind`: `repost`).
    public var options: [String: String] = [:]
    /// Ids of the earlier sources this import replaced (`import --replace`).
    public var replaced: [Int64] = []
    /// Plain-language remarks.
    public var notes: [String] = []
    /// The first problems of a lenient import (file, line, what was expected).
    public var problems: [String] = []

    /// The kind an edge list's ties got, and why (`option`, `file-name`, `none`).
    public struct KindChoiceDetail: Codable, Sendable, Equatable {
        public var file: String
        public var kind: String
        public var basis: String
        /// The word of the file name that named the kind (basis `file-name`).
        public var word: String?

        public init(file: String, kind: String, basis: String, word: String? = nil) {
            self.file = file
            self.kind = kind
            self.basis = basis
            self.word = word
        }

        enum CodingKeys: String, CodingKey { case file, kind, basis, word }

        /// Writes `word` as null when absent: every choice has the same keys.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(kind, forKey: .kind)
            try c.encode(basis, forKey: .basis)
            try c.encode(word, forKey: .word)
        }
    }

    enum CodingKeys: String, CodingKey {
        case counts, skippedByReason = "skipped_by_reason", withoutTieByReason = "without_tie_by_reason", selfLoops = "self_loops"
        case kindChoices = "kind_choices", thirdColumn = "third_column", warnings, options, replaced, notes, problems
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        counts = try c.decodeIfPresent([String: Int].self, forKey: .counts) ?? [:]
        skippedByReason = try c.decodeIfPresent([String: Int].self, forKey: .skippedByReason) ?? [:]
        // An older store recorded only the skipped records: they are its rows without a tie.
        withoutTieByReason = try c.decodeIfPresent([String: Int].self, forKey: .withoutTieByReason) ?? skippedByReason
        selfLoops = try c.decodeIfPresent(Int.self, forKey: .selfLoops) ?? counts["self-loop"] ?? 0
        kindChoices = try c.decodeIfPresent([KindChoiceDetail].self, forKey: .kindChoices) ?? []
        thirdColumn = try c.decodeIfPresent(String.self, forKey: .thirdColumn)
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        options = try c.decodeIfPresent([String: String].self, forKey: .options) ?? [:]
        replaced = try c.decodeIfPresent([Int64].self, forKey: .replaced) ?? []
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        problems = try c.decodeIfPresent([String].self, forKey: .problems) ?? []
    }

    /// Writes every field, `third_column` as null when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(counts, forKey: .counts)
        try c.encode(skippedByReason, forKey: .skippedByReason)
        try c.encode(withoutTieByReason, forKey: .withoutTieByReason)
        try c.encode(selfLoops, forKey: .selfLoops)
        try c.encode(kindChoices, forKey: .kindChoices)
        try c.encode(thirdColumn, forKey: .thirdColumn)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(options, forKey: .options)
        try c.encode(replaced, forKey: .replaced)
        try c.encode(notes, forKey: .notes)
        try c.encode(problems, forKey: .problems)
    }

    /// The details a store recorded, or nil when there are none or they are not such an object.
    public static func parse(_ json: String?) -> ImportDetails? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(ImportDetails.self, from: Data(json.utf8))
    }

    /// The JSON object, keys sorted (what the store records).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// ``skippedByReason`` with a count, largest first, then by reason.
    public var skippedSorted: [(reason: String, count: Int)] { Self.byCount(skippedByReason) }

    /// ``withoutTieByReason`` with a count, largest first, then by reason.
    public var withoutTieSorted: [(reason: String, count: Int)] { Self.byCount(withoutTieByReason) }

    private static func byCount(_ reasons: [String: Int]) -> [(reason: String, count: Int)] {
        reasons.filter { $0.value > 0 }.map { ($0.key, $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }
}
