import Foundation

/// The NUCC Health Care Provider Taxonomy code set (nucc.org), as published in its CSV.
///
/// Columns are found by header name, so releases with different column sets load alike:
/// version 22.1 has 11 columns (Code, Grouping, Classification, Specialization, Definition,
/// Effective Date, Deactivation Date, Last Modified Date, Notes, Display Name, Section);
/// later releases drop the date columns. Only Code and Classification are required.
/// Reading the file is the caller's business (the CLI uses `CSVRecords`); this type maps
/// rows to codes.
public struct NUCCTaxonomy: Sendable {
    public struct Code: Sendable, Equatable {
        /// `207RC0000X`.
        public var code: String
        /// `Allopathic & Osteopathic Physicians`.
        public var grouping: String
        /// `Internal Medicine`.
        public var classification: String
        /// `Cardiovascular Disease`, or nil for a classification-level code.
        public var specialization: String?
        /// `Cardiovascular Disease Physician` (empty in releases without the column).
        public var displayName: String
        /// `Individual` or `Non-Individual` (empty in releases without the column).
        public var section: String
        /// The code is deactivated (Deactivation Date given, or Display Name starting "Deactivated").
        public var deactivated: Bool

        /// "Internal Medicine / Cardiovascular Disease".
        public var name: String { specialization.map { "\(classification) / \($0)" } ?? classification }
    }

    public private(set) var codes: [Code] = []
    private var indexOfCode: [String: Int] = [:]

    /// Maps rows to codes by the header's column names (case- and space-insensitive).
    /// - Throws: ``NUCCTaxonomyError`` naming the row when a column is missing or a code is malformed.
    public init(header: [String], rows: [(line: Int, fields: [String])], source: String) throws {
        func column(_ names: String...) -> Int? {
            let wanted = Set(names.map(Self.normalized))
            return header.firstIndex { wanted.contains(Self.normalized($0)) }
        }
        guard let code = column("Code"), let classification = column("Classification") else {
            throw NUCCTaxonomyError(file: source, line: 1, expected: "a header with the columns Code and Classification")
        }
        let grouping = column("Grouping"), specialization = column("Specialization")
        let display = column("Display Name", "DisplayName"), section = column("Section")
        let deactivation = column("Deactivation Date")
        func field(_ f: [String], _ i: Int?) -> String {
            guard let i, i < f.count else { return "" }
            return f[i].trimmingCharacters(in: .whitespaces)
        }
        for row in rows {
            let c = field(row.fields, code).uppercased()
            guard SpecialtyLexicon.isNUCCCode(c) else {
                throw NUCCTaxonomyError(file: source, line: row.line, expected: "a taxonomy code (10 characters ending in X) in column Code")
            }
            guard indexOfCode[c] == nil else {
                throw NUCCTaxonomyError(file: source, line: row.line, expected: "each code once; \(c) appears again")
            }
            let spec = field(row.fields, specialization)
            let name = field(row.fields, display)
            indexOfCode[c] = codes.count
            codes.append(Code(
                code: c, grouping: field(row.fields, grouping), classification: field(row.fields, classification),
                specialization: spec.isEmpty ? nil : spec, displayName: name, section: field(row.fields, section),
                deactivated: !field(row.fields, deactivation).isEmpty || name.hasPrefix("Deactivated")))
        }
    }

    public subscript(code: String) -> Code? { indexOfCode[code.uppercased()].map { codes[$0] } }

    /// The classification-level code of `code` (same grouping and classification, no
    /// specialization), or nil when the release has none.
    public func classificationCode(of code: String) -> Code? {
        guard let c = self[code] else { return nil }
        if c.specialization == nil { return c }
        return codes.first { $0.specialization == nil && $0.classification == c.classification && $0.grouping == c.grouping }
    }

    /// Codes whose classification, specialization or display name equals `name` (case-insensitive).
    public func codes(named name: String) -> [Code] {
        let n = name.lowercased()
        return codes.filter { $0.displayName.lowercased() == n || $0.name.lowercased() == n
            || ($0.specialization ?? $0.classification).lowercased() == n }
    }

    private static func normalized(_ s: String) -> String {
        s.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

/// A taxonomy file that cannot be used: names the file, the line and what was expected.
public struct NUCCTaxonomyError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var expected: String
    public var description: String { "\(file): line \(line): expected \(expected)" }
}
