import Foundation

/// What the specialty classifier knows: specialties (NUCC Health Care Provider Taxonomy
/// codes) and non-clinician roles, and the bio words, phrases and hashtags that point to them.
///
/// The lexicon is data, not code: Curbside ships `specialty-lexicon.txt` as a resource of
/// this module (``standard``), and a user extends it with a file of the same shape
/// (``extended(contentsOf:)``). The format is documented at the top of the shipped file: one directive
/// per line (`specialty`, `profession`, `role`, `organisation`, `term`, `ambiguous`, `context`,
/// `hashtag`, `refine`, `combine`, `alias`, `code`, `negative`), fields separated by a tab or two
/// or more spaces. The standard lexicon is two shipped files of that shape: the clinical
/// `specialty-lexicon.txt` and the non-clinical words of `non-clinical-lexicon.txt`.
public struct SpecialtyLexicon: Sendable {
    /// How an account's kind of evidence ranks against others.
    public enum Tier: Int, Sendable, Comparable {
        /// A clinical field (cardiology) or a person role (researcher): the best score wins.
        case field = 0
        /// A profession (nursing, pharmacy): its words, scoring at least ``SpecialtyLexicon/tierThreshold``,
        /// win over field words ("oncology nurse" is a nurse).
        case profession = 1
        /// An organisation (journal, society, industry, media): wins over everything when it scores
        /// at least the threshold ("a peer-reviewed journal in cardiovascular medicine" is a journal).
        case organisation = 2

        public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// A specialty or role accounts are classified to.
    public struct Specialty: Sendable, Equatable {
        /// Stable short key (`cardiology`, `researcher`).
        public var key: String
        /// NUCC taxonomy code (`207RC0000X`), or `role:KEY` for non-clinician roles.
        public var code: String
        public var displayName: String
        public var tier: Tier
        /// Whether this is a non-clinician role rather than a NUCC provider type.
        public var isRole: Bool { code.hasPrefix("role:") }
    }

    /// A bio phrase (lowercase words) or, with `prefix`, a phrase whose last word is a prefix.
    public struct Term: Sendable, Equatable {
        public var specialty: String
        public var words: [String]
        public var weight: Double
        public var prefix: Bool
        /// An `ambiguous` term ("echo", "heart", "society"): it counts only when the same
        /// profile has clinical context (a ``SpecialtyLexicon/contextTerms`` word or hashtag,
        /// an unambiguous clinical term or a clinical hashtag).
        public var ambiguous = false
        public var phrase: String { words.joined(separator: " ") + (prefix ? "*" : "") }
    }

    /// A more specific NUCC code, used when the phrase is present and `specialty` wins.
    public struct Refinement: Sendable, Equatable {
        public var specialty: String
        public var code: String
        public var term: Term
    }

    /// `specialty` when both `first` and `second` have evidence of similar strength.
    public struct Combination: Sendable, Equatable {
        public var specialty: String
        public var first: String
        public var second: String
    }

    public private(set) var specialties: [Specialty] = []
    public private(set) var terms: [Term] = []
    /// Lowercase tag without `#` → (specialty key, weight).
    public private(set) var hashtags: [String: [(specialty: String, weight: Double)]] = [:]
    public private(set) var refinements: [Refinement] = []
    public private(set) var combinations: [Combination] = []
    /// Clinical context words and phrases (`md`, `physician`, `hospital`, `resident`): no
    /// specialty of their own, but they let ``Term/ambiguous`` terms count.
    public private(set) var contextTerms: [Term] = []
    /// Clinical context hashtags (lowercase, without `#`): `medtwitter`, `meded`.
    public private(set) var contextTags: Set<String> = []
    /// Non-clinical words and phrases (`software`, `javascript`, `crypto`) with their weight:
    /// their sum is set against a clinical specialty's score (``SpecialtyClassifier``).
    public private(set) var negativeTerms: [Term] = []
    /// Non-clinical hashtags: each negative phrase with its spaces removed (`#opensource`).
    public private(set) var negativeTags: [String: Double] = [:]
    /// Lowercase alternative name → key.
    public private(set) var aliases: [String: String] = [:]
    /// NUCC names of codes the lexicon uses: code → (classification, specialization).
    public private(set) var codeNames: [String: (classification: String, specialization: String?)] = [:]
    private var indexOfKey: [String: Int] = [:]

    /// An organisation or profession wins when its own evidence scores at least this much.
    public static let tierThreshold = 3.0

    public init() {}

    /// Parses lexicon text; `source` names the file in errors.
    public init(text: String, source: String) throws {
        try add(text: text, source: source)
    }

    /// This lexicon extended by a user's lexicon file: its lines are added after these (a
    /// `specialty` line with an existing key replaces that specialty; terms and hashtags add
    /// up), and may use the keys defined here.
    public func extended(contentsOf path: String) throws -> SpecialtyLexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecialtyLexiconError(file: path, line: 0, expected: "a readable lexicon file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SpecialtyLexiconError(file: path, line: 0, expected: "UTF-8 text")
        }
        return try extended(text: text, source: (path as NSString).lastPathComponent)
    }

    /// This lexicon extended by lexicon text (see ``extended(contentsOf:)``).
    public func extended(text: String, source: String) throws -> SpecialtyLexicon {
        var result = self
        try result.add(text: text, source: source)
        return result
    }

    public func specialty(_ key: String) -> Specialty? { indexOfKey[key].map { specialties[$0] } }

    /// The specialty key a name in a label or truth file means: a key, an alias, a display
    /// name (case-insensitive), or a NUCC code that is some specialty's code (the first such).
    public func resolve(_ value: String) -> String? {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if v.isEmpty { return nil }
        if indexOfKey[v] != nil { return v }
        let lower = v.lowercased()
        if indexOfKey[lower] != nil { return lower }
        if let a = aliases[lower] { return a }
        if let s = specialties.first(where: { $0.displayName.lowercased() == lower }) { return s.key }
        if let s = specialties.first(where: { $0.code.uppercased() == v.uppercased() }) { return s.key }
        if lower.hasPrefix("role:"), indexOfKey[String(lower.dropFirst(5))] != nil { return String(lower.dropFirst(5)) }
        return nil
    }

    /// "Internal Medicine / Cardiovascular Disease" for a code the lexicon names.
    public func nuccName(of code: String) -> String? {
        guard let n = codeNames[code] else { return nil }
        return n.specialization.map { "\(n.classification) / \($0)" } ?? n.classification
    }

    // MARK: Parsing

    private mutating func define(_ s: Specialty) {
        if let i = indexOfKey[s.key] { specialties[i] = s } else {
            indexOfKey[s.key] = specialties.count
            specialties.append(s)
        }
    }

    private mutating func add(text: String, source: String) throws {
        var pending: [(line: Int, key: String)] = []  // keys used before or without a definition
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = Self.fields(line)
            func fail(_ expected: String) -> SpecialtyLexiconError {
                SpecialtyLexiconError(file: source, line: lineNumber, expected: expected)
            }
            func weight(_ s: String) throws -> Double {
                guard let w = Double(s), w.isFinite, w > 0 else { throw fail("a positive number as the weight, not \"\(s)\"") }
                return w
            }
            func code(_ s: String) throws -> String {
                guard Self.isNUCCCode(s) else { throw fail("a NUCC taxonomy code (10 characters ending in X), not \"\(s)\"") }
                return s.uppercased()
            }
            switch f[0].lowercased() {
            case "code":
                guard f.count == 3 || f.count == 4 else { throw fail("code CODE Classification [Specialization]") }
                codeNames[try code(f[1])] = (f[2], f.count == 4 ? f[3] : nil)
            case "specialty", "profession":
                guard f.count == 4 else { throw fail("\(f[0]) KEY CODE Display name") }
                define(Specialty(key: f[1], code: try code(f[2]), displayName: f[3],
                                 tier: f[0].lowercased() == "profession" ? .profession : .field))
            case "role", "organisation", "organization":
                guard f.count == 3 else { throw fail("\(f[0]) KEY Display name") }
                define(Specialty(key: f[1], code: "role:" + f[1], displayName: f[2], tier: f[0].lowercased() == "role" ? .field : .organisation))
            case "term", "ambiguous":
                let directive = f[0].lowercased()
                guard f.count == 4 else { throw fail("\(directive) KEY WEIGHT phrase") }
                guard var t = Self.term(f[1], f[3], try weight(f[2])) else { throw fail("a phrase of letters or digits") }
                t.ambiguous = directive == "ambiguous"
                terms.append(t)
                pending.append((lineNumber, f[1]))
            case "context":
                guard f.count == 2 else { throw fail("context phrase (or context #hashtag)") }
                if f[1].hasPrefix("#") {
                    let tag = Self.normalizedTag(f[1])
                    guard !tag.isEmpty else { throw fail("a hashtag") }
                    contextTags.insert(tag)
                } else {
                    guard let t = Self.term("", f[1], 1) else { throw fail("a phrase of letters or digits") }
                    contextTerms.append(t)
                }
            case "negative":
                guard f.count == 3 else { throw fail("negative WEIGHT phrase") }
                guard let t = Self.term("", f[2], try weight(f[1])), !t.prefix else { throw fail("a phrase of letters or digits (no *)") }
                negativeTerms.append(t)
                negativeTags[t.words.joined(), default: 0] = max(negativeTags[t.words.joined()] ?? 0, t.weight)
            case "hashtag":
                guard f.count == 4 else { throw fail("hashtag KEY WEIGHT tag") }
                let tag = Self.normalizedTag(f[3])
                guard !tag.isEmpty else { throw fail("a hashtag") }
                hashtags[tag, default: []].append((f[1], try weight(f[2])))
                pending.append((lineNumber, f[1]))
            case "refine":
                guard f.count == 4 else { throw fail("refine KEY CODE phrase") }
                guard let t = Self.term(f[1], f[3], 0) else { throw fail("a phrase of letters or digits") }
                refinements.append(Refinement(specialty: f[1], code: try code(f[2]), term: t))
                pending.append((lineNumber, f[1]))
            case "combine":
                guard f.count == 4 else { throw fail("combine KEY KEY_A KEY_B") }
                combinations.append(Combination(specialty: f[1], first: f[2], second: f[3]))
                pending += [(lineNumber, f[1]), (lineNumber, f[2]), (lineNumber, f[3])]
            case "alias":
                guard f.count == 3 else { throw fail("alias KEY name") }
                aliases[f[2].lowercased()] = f[1]
                pending.append((lineNumber, f[1]))
            default:
                throw fail("a directive (code, specialty, profession, role, organisation, term, ambiguous, context, hashtag, refine, combine, alias, negative), not \"\(f[0])\"")
            }
        }
        for p in pending where indexOfKey[p.key] == nil {
            throw SpecialtyLexiconError(file: source, line: p.line,
                                        expected: "a specialty KEY defined by a specialty, profession, role or organisation line; \"\(p.key)\" is not")
        }
    }

    /// Fields split on tabs, or on runs of two or more spaces.
    static func fields(_ line: String) -> [String] {
        if line.contains("\t") {
            return line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var result: [String] = []
        var current = ""
        var spaces = 0
        for ch in line {
            if ch == " " { spaces += 1; continue }
            if spaces >= 2, !current.isEmpty { result.append(current); current = "" }
            else if spaces == 1, !current.isEmpty { current.append(" ") }
            spaces = 0
            current.append(ch)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func term(_ key: String, _ phrase: String, _ weight: Double) -> Term? {
        var p = phrase.lowercased()
        let prefix = p.hasSuffix("*")
        if prefix { p.removeLast() }
        let words = tokens(p)
        guard !words.isEmpty else { return nil }
        return Term(specialty: key, words: words, weight: weight, prefix: prefix)
    }

    static func normalizedTag(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces).lowercased()
        while t.hasPrefix("#") { t.removeFirst() }
        return t
    }

    /// `207RC0000X`: ten characters, letters and digits, ending in X.
    public static func isNUCCCode(_ s: String) -> Bool {
        let u = s.uppercased()
        return u.count == 10 && u.hasSuffix("X") && u.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    // MARK: The shipped lexicon

    /// The shipped lexicon (`Resources/specialty-lexicon.txt`), from the module's resource
    /// bundle (`Curbside_CurbsideAnalysis.resources` beside the executable, as `swift build`
    /// and `swift run` leave it). A binary copied elsewhere without its bundle falls back to
    /// the source tree's copy when there is one, and otherwise throws (SwiftPM's
    /// `Bundle.module` would stop the process).
    public static func loadStandard() throws -> SpecialtyLexicon {
        var lexicon = SpecialtyLexicon()
        for name in standardFiles {
            try lexicon.add(text: try String(contentsOf: try resource(name), encoding: .utf8), source: name + ".txt")
        }
        return lexicon
    }

    /// The shipped lexicon files, in the order they are read.
    public static let standardFiles = ["specialty-lexicon", "non-clinical-lexicon"]

    /// A shipped lexicon file: from the resource bundle beside the executable, else from
    /// the source tree.
    private static func resource(_ name: String) throws -> URL {
        let fm = FileManager.default
        let beside = Bundle.main.bundleURL.appendingPathComponent("Curbside_CurbsideAnalysis.resources").path
        let inSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources/\(name).txt")
        let url: URL?
        if fm.fileExists(atPath: beside) {
            url = Bundle.module.url(forResource: name, withExtension: "txt")
        } else {
            url = fm.fileExists(atPath: inSources.path) ? inSources : nil
        }
        guard let url else {
            throw SpecialtyLexiconError(file: name + ".txt", line: 0,
                                        expected: "Curbside's resource bundle Curbside_CurbsideAnalysis.resources beside the curbside binary (copy it along when installing)")
        }
        return url
    }

    /// The shipped lexicon; see ``loadStandard()`` for a throwing variant.
    public static let standard: SpecialtyLexicon = {
        do { return try loadStandard() } catch { fatalError("Curbside's built-in specialty lexicon is broken: \(error)") }
    }()

    /// Lowercase words, keeping `#`, `-`, `/` and `'` inside tokens (`#cardioonc`, `hem/onc`).
    /// Works on Unicode scalars (fast; an emoji is a separator like any other symbol).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        let scalars = text.unicodeScalars
        func emit(_ slice: String.UnicodeScalarView.SubSequence) {
            var s = Substring(slice)
            while let f = s.first, f == "-" || f == "/" || f == "'" || f == "\u{2019}" { s = s.dropFirst() }
            while let l = s.last, l == "-" || l == "/" || l == "'" || l == "\u{2019}" { s = s.dropLast() }
            guard !s.isEmpty else { return }
            let word = s.lowercased()
            // (Scalar search: String.contains(String) goes through Foundation and is slow.)
            result.append(word.unicodeScalars.contains("\u{2019}") ? String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })) : word)
        }
        var start: String.UnicodeScalarView.Index?
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let u = scalars[i]
            let inWord: Bool
            if u.isASCII {
                let v = u.value
                inWord = (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) || v == 35 || v == 45 || v == 47 || v == 39
            } else {
                inWord = u.properties.isAlphabetic || u.properties.numericType != nil || u == "\u{2019}"
                    || (start != nil && u.properties.isGraphemeExtend)  // combining marks stay with their letter
            }
            if inWord {
                if start == nil { start = i }
            } else if let s = start {
                emit(scalars[s..<i])
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start { emit(scalars[s..<scalars.endIndex]) }
        return result
    }
}

/// A lexicon file that cannot be read: names the file, the line and what was expected.
public struct SpecialtyLexiconError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var expected: String
    public var description: String { "\(file)\(line > 0 ? ":\(line)" : ""): expected \(expected)" }
}

/// A specialty label with how sure it is and why (the report's view of an assignment).
public struct SpecialtyLabel: Sendable, Equatable {
    public var specialty: String
    /// 0…1.
    public var confidence: Double
    /// Human-readable pieces of evidence, strongest first: `bio:"cardiologist"`, `hashtag:#cardiotwitter×4`.
    public var evidence: [String]
}

extension SpecialtyLexicon {
    /// Labels one account from its display name and bio together (names carry `MD`, `RN`,
    /// `PharmD`, `Journal of …`) and its hashtag use; a `given` specialty (an input's
    /// specialty column) wins when the lexicon knows it.
    public func label(name: String?, bio: String?, hashtags: [String: Int], given: String? = nil) -> SpecialtyLabel? {
        let account = SpecialtyEvidenceInput(name: name, bio: bio, profileSpecialty: given, hashtags: hashtags)
        guard let a = SpecialtyClassifier(lexicon: self).classify(account) else { return nil }
        return SpecialtyLabel(specialty: a.specialty, confidence: a.confidence, evidence: a.evidence)
    }

    /// Labels one account from its bio and hashtag use; `nil` when nothing matches well enough.
    public func label(bio: String?, hashtags: [String: Int], given: String? = nil) -> SpecialtyLabel? {
        label(name: nil, bio: bio, hashtags: hashtags, given: given)
    }
}
