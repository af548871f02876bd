import CurbsideGraph
import CurbsideStore
import Foundation

/// What one account offers as its own evidence.
public struct SpecialtyEvidenceInput: Sendable {
    public var name: String?
    public var bio: String?
    /// The account's `specialty` field, when an input gave one (a node list column).
    public var profileSpecialty: String?
    /// Hashtags the account used in posts: lowercase or not, without `#`, with counts.
    public var hashtags: [String: Int]

    public init(name: String? = nil, bio: String? = nil, profileSpecialty: String? = nil, hashtags: [String: Int] = [:]) {
        self.name = name
        self.bio = bio
        self.profileSpecialty = profileSpecialty
        self.hashtags = hashtags
    }
}

/// A specialty a user assigned to an account (`curbside label FILE.csv`).
public struct SpecialtyUserLabel: Sendable, Equatable {
    /// A lexicon key, alias or name, or a NUCC code.
    public var specialty: String
    /// The label file it came from, for the evidence.
    public var source: String

    public init(specialty: String, source: String) {
        self.specialty = specialty
        self.source = source
    }
}

/// One account's specialty: which, how sure, and why.
public struct SpecialtyAssignment: Sendable, Equatable {
    /// Where the assignment came from, strongest first.
    public enum Basis: String, Sendable {
        /// A user label: always wins, confidence 1.
        case label
        /// The account's own specialty field in the input.
        case profile
        /// Bio and name words, phrases and hashtags.
        case text
        /// The specialties of the account's mutual ties (no own evidence).
        case ties
    }

    /// Lexicon key (`cardiology`), or the NUCC code for a labelled code outside the lexicon.
    public var specialty: String
    /// The most specific code evident: a NUCC code (`207RI0011X` for an interventional
    /// cardiologist, `207RC0000X` for a cardiologist), or `role:KEY` for a non-clinician role.
    public var code: String
    /// The specialty's display name (`Cardiology`).
    public var displayName: String
    /// NUCC classification / specialization of ``code`` ("Internal Medicine / Interventional
    /// Cardiology"), when it is a NUCC code the lexicon or a loaded taxonomy names.
    public var nuccName: String?
    /// 0…1.
    public var confidence: Double
    /// Strongest first: `label:experts.csv`, `profile:"cardiology"`, `bio:"interventional cardiologist"`,
    /// `name:"rn"`, `hashtag:#cardiotwitter×12`, `ties:7 of 9 classified mutuals cardiology`.
    public var evidence: [String]
    public var basis: Basis

    /// The report's view: specialty, confidence, evidence.
    public var label: SpecialtyLabel { SpecialtyLabel(specialty: specialty, confidence: confidence, evidence: evidence) }
}

/// Classifies accounts to specialties (NUCC codes and non-clinician roles) from their own
/// evidence, user labels and — weakly — their mutual ties.
///
/// **Own evidence.** Each lexicon term found in the display name or bio (whole words,
/// case-insensitive) adds its weight once; each hashtag (in the bio or used in posts) adds
/// its weight × log2(1 + uses), uses capped at 3. An `ambiguous` term ("echo", "heart",
/// "society") adds its weight only when the profile has clinical context: a `context` word
/// or hashtag (MD, physician, hospital, residency, #medtwitter), or an unambiguous term or
/// hashtag of a clinical specialty or profession; its evidence then ends with the context
/// (`context:"md"`). Non-clinical words (`negative`: software, JavaScript, crypto, each once)
/// sum to N: a clinical specialty (not a role or organisation) scoring at most N is not
/// given, and N counts as competing evidence in a clinical winner's share (evidence
/// `not-clinical:"javascript"` at the end); an account with N ≥ ``minimumScore`` and no
/// clinical label takes none from its ties either. Organisations (journal, society, industry,
/// media) scoring at least 3 win outright; otherwise professions (nursing, pharmacy, …)
/// scoring at least 3 win over fields ("oncology nurse"); otherwise the best score wins,
/// and a `combine` rule turns cardiology and oncology evidence of similar strength (each
/// ≥ 1.5, ratio ≥ 0.5) into cardio-oncology. A winner scoring below ``minimumScore`` is no
/// assignment. Confidence = share × score / (score + 1): the winner's share of all matched
/// evidence, discounted when the evidence is thin. `refine` phrases (`interventional
/// cardiolog*`) make the code more specific than the specialty's own.
///
/// **Profile field.** A `specialty` the input gave that the lexicon (or a loaded taxonomy)
/// resolves wins over text evidence, with confidence 0.9.
///
/// **User labels** always win, with confidence 1.
///
/// **Mutual ties.** An account with no assignment of its own takes the specialty most of its
/// classified mutual neighbours have (label propagation, ``tieRounds`` synchronous rounds,
/// neighbours weighted by their confidence; organisations do not propagate). It needs at
/// least ``tieMinimumClassified`` classified neighbours and a weighted share of at least
/// ``tieMinimumShare``; confidence = ``tieConfidenceCap`` × share × k / (k + 2) for k
/// classified neighbours, halved in each later round — always below any text-based label
/// of the same share.
public struct SpecialtyClassifier: Sendable {
    public var lexicon: SpecialtyLexicon
    /// Names codes outside the lexicon (labels given as NUCC codes); optional.
    public var taxonomy: NUCCTaxonomy?
    public var minimumScore = 1.5
    public var profileConfidence = 0.9
    public var tieRounds = 2
    public var tieMinimumClassified = 2
    public var tieMinimumShare = 0.5
    public var tieConfidenceCap = 0.5

    private let patterns: [Pattern]
    private let firstWordIndex: [String: [Int]]
    private let prefixPatterns: [Int]
    /// The stems of ``prefixPatterns``, so matching copies no pattern.
    private let prefixStems: [String]

    private struct Pattern: Sendable {
        enum Kind: Sendable { case score, refine, context, negative }
        var term: SpecialtyLexicon.Term
        var kind: Kind
        /// The refined code of a refinement.
        var refinedCode: String?
    }

    public init(lexicon: SpecialtyLexicon = .standard, taxonomy: NUCCTaxonomy? = nil) {
        self.lexicon = lexicon
        self.taxonomy = taxonomy
        var patterns = lexicon.terms.map { Pattern(term: $0, kind: .score) }
        patterns += lexicon.refinements.map { Pattern(term: $0.term, kind: .refine, refinedCode: $0.code) }
        patterns += lexicon.contextTerms.map { Pattern(term: $0, kind: .context) }
        patterns += lexicon.negativeTerms.map { Pattern(term: $0, kind: .negative) }
        var index: [String: [Int]] = [:]
        var prefixes: [Int] = []
        for (i, p) in patterns.enumerated() {
            if p.term.prefix && p.term.words.count == 1 { prefixes.append(i) } else { index[p.term.words[0], default: []].append(i) }
        }
        self.patterns = patterns
        self.firstWordIndex = index
        self.prefixPatterns = prefixes
        self.prefixStems = prefixes.map { patterns[$0].term.words[0] }
    }

    // MARK: One account

    /// The assignment from one account's own evidence (profile field, name, bio, hashtags);
    /// nil when nothing scores ``minimumScore``.
    public func classify(_ account: SpecialtyEvidenceInput) -> SpecialtyAssignment? { evaluate(account).assignment }

    /// Whether a lexicon key is a clinical specialty or profession (not a role or organisation).
    public func isClinical(_ key: String) -> Bool {
        guard let s = lexicon.specialty(key) else { return false }
        return !s.isRole
    }

    /// ``classify(_:)`` and whether the profile is non-clinical: no clinical label and
    /// non-clinical words scoring at least ``minimumScore`` (such an account takes no
    /// specialty from its ties).
    func evaluate(_ account: SpecialtyEvidenceInput) -> (assignment: SpecialtyAssignment?, nonClinical: Bool) {
        var matched = Set<Int>()
        var evidence: [String: [(String, Double)]] = [:]
        var scores: [String: Double] = [:]
        func add(_ key: String, _ weight: Double, _ what: String) {
            scores[key, default: 0] += weight
            evidence[key, default: []].append((what, weight))
        }
        var ambiguous: [(key: String, weight: Double, what: String)] = []
        var context: String?
        var negative = 0.0
        var negativeEvidence: [(String, Double)] = []
        var bioTags: [String: Int] = [:]
        for (part, text) in [("name", account.name), ("bio", account.bio)] {
            guard let text, !text.isEmpty else { continue }
            let words = SpecialtyLexicon.tokens(text)
            for w in words where w.hasPrefix("#") && w.count > 1 { bioTags[String(w.dropFirst()), default: 0] += 1 }
            for (i, text) in match(words) where !matched.contains(i) {
                matched.insert(i)
                let p = patterns[i]
                switch p.kind {
                case .score where p.term.ambiguous:
                    ambiguous.append((p.term.specialty, p.term.weight, "\(part):\"\(text)\""))
                case .score:
                    add(p.term.specialty, p.term.weight, "\(part):\"\(text)\"")
                    if context == nil, isClinical(p.term.specialty) { context = "\(part):\"\(text)\"" }
                case .context:
                    if context == nil { context = "context:\"\(text)\"" }
                case .negative:
                    negative += p.term.weight
                    negativeEvidence.append(("not-clinical:\"\(text)\"", p.term.weight))
                case .refine:
                    break
                }
            }
        }
        var uses = bioTags
        for (tag, n) in account.hashtags { uses[SpecialtyLexicon.normalizedTag(tag), default: 0] += n }
        var tagContext: String?  // the first in tag order, so the evidence does not depend on hashing
        func offer(_ what: String) { if tagContext == nil || what < tagContext! { tagContext = what } }
        for (tag, n) in uses where n > 0 {
            if lexicon.contextTags.contains(tag) { offer("context:#\(tag)") }
            if let w = lexicon.negativeTags[tag], !matched.contains(where: { patterns[$0].kind == .negative && patterns[$0].term.words.joined() == tag }) {
                negative += w
                negativeEvidence.append(("not-clinical:#\(tag)", w))
            }
            guard let entries = lexicon.hashtags[tag] else { continue }
            for e in entries {
                add(e.specialty, e.weight * log2(1 + Double(min(n, 3))), "hashtag:#\(tag)×\(n)")
                if isClinical(e.specialty) { offer("hashtag:#\(tag)×\(n)") }
            }
        }
        if context == nil { context = tagContext }
        // Ambiguous words count only beside clinical context.
        var usedAmbiguous = Set<String>()
        if context != nil {
            for a in ambiguous {
                add(a.key, a.weight, a.what)
                usedAmbiguous.insert(a.key)
            }
        }
        func sortedEvidence(_ keys: [String]) -> [String] {
            var all: [(String, Double)] = []
            for k in keys { all += evidence[k] ?? [] }
            all.sort { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
            var result = all.map { $0.0 }
            if let context, keys.contains(where: usedAmbiguous.contains), !result.contains(context) { result.append(context) }
            return result
        }

        if let given = account.profileSpecialty, let g = resolveLabel(given) {
            var a = g
            a.basis = .profile
            a.confidence = profileConfidence
            a.evidence = ["profile:\"\(given.trimmingCharacters(in: .whitespacesAndNewlines))\""] + sortedEvidence([g.specialty])
            return (a, false)
        }
        let nonClinical = negative >= minimumScore

        // A clinical specialty needs more evidence than the profile has non-clinical words.
        let ranked = scores.filter { lexicon.specialty($0.key) != nil && !(isClinical($0.key) && negative > 0 && $0.value <= negative) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard !ranked.isEmpty else { return (nil, nonClinical) }
        let total = ranked.reduce(0) { $0 + $1.value }
        var winner: (key: String, score: Double, parts: [String])?
        for tier in [SpecialtyLexicon.Tier.organisation, .profession] {
            if let w = ranked.first(where: { lexicon.specialty($0.key)!.tier == tier && $0.value >= SpecialtyLexicon.tierThreshold }) {
                winner = (w.key, w.value, [w.key])
                break
            }
        }
        if winner == nil {
            let best = ranked[0]
            winner = (best.key, best.value, [best.key])
            for c in lexicon.combinations where best.key == c.first || best.key == c.second {
                let a = scores[c.first] ?? 0, b = scores[c.second] ?? 0
                if a >= 1.5, b >= 1.5, min(a, b) / max(a, b) >= 0.5 {
                    let own = scores[c.specialty] ?? 0
                    winner = (c.specialty, a + b + own, [c.specialty, c.first, c.second])
                    break
                }
            }
        }
        guard var w = winner, w.score >= minimumScore, let spec = lexicon.specialty(w.key) else { return (nil, nonClinical) }
        // Evidence for the parts of a combination supports it (a cardio-oncologist's #cardiotwitter).
        if w.parts.count == 1, let c = lexicon.combinations.first(where: { $0.specialty == w.key }) {
            w = (w.key, w.score + (scores[c.first] ?? 0) + (scores[c.second] ?? 0), [w.key, c.first, c.second])
        }
        let clinical = !spec.isRole
        if clinical, negative > 0, w.score <= negative { return (nil, nonClinical) }
        let against = clinical ? negative : 0
        let share = w.score / max(total + against, w.score)
        var code = spec.code
        if let r = matched.sorted().first(where: { patterns[$0].kind == .refine && patterns[$0].term.specialty == w.key }) {
            code = patterns[r].refinedCode!
        }
        let confidence: Double = min(1, max(0, share * w.score / (w.score + 1)))
        var why: [String] = sortedEvidence(w.parts)
        if clinical { why += negativeEvidence.sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }.map(\.0) }
        return (SpecialtyAssignment(specialty: w.key, code: code, displayName: spec.displayName, nuccName: nuccName(code),
                                    confidence: confidence, evidence: why, basis: .text), nonClinical && !clinical)
    }

    /// The pattern indices whose phrase occurs in `words`, with the words matched.
    private func match(_ words: [String]) -> [(Int, String)] {
        var found: [(Int, String)] = []
        for (i, w) in words.enumerated() {
            if let candidates = firstWordIndex[w] {
                for c in candidates where phrase(patterns[c].term, occursIn: words, at: i) {
                    found.append((c, words[i..<i + patterns[c].term.words.count].joined(separator: " ")))
                }
            }
            for k in prefixStems.indices where w.hasPrefix(prefixStems[k]) { found.append((prefixPatterns[k], w)) }
        }
        return found
    }

    private func phrase(_ t: SpecialtyLexicon.Term, occursIn words: [String], at i: Int) -> Bool {
        let n = t.words.count
        guard i + n <= words.count else { return false }
        for k in 0..<n {
            let w = words[i + k]
            if k == n - 1 && t.prefix ? !w.hasPrefix(t.words[k]) : w != t.words[k] { return false }
        }
        return true
    }

    /// A label or profile value as an assignment: a lexicon specialty, or a NUCC code the
    /// lexicon or taxonomy knows. nil when neither knows it.
    public func resolveLabel(_ value: String) -> SpecialtyAssignment? {
        if let key = lexicon.resolve(value), let s = lexicon.specialty(key) {
            return SpecialtyAssignment(specialty: key, code: s.code, displayName: s.displayName, nuccName: nuccName(s.code),
                                       confidence: 1, evidence: [], basis: .label)
        }
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        var code: String?
        if SpecialtyLexicon.isNUCCCode(v), taxonomy?[v] != nil || lexicon.codeNames[v.uppercased()] != nil {
            code = v.uppercased()
        } else if let matches = taxonomy?.codes(named: v), matches.count == 1 {
            code = matches[0].code
        }
        guard let code else { return nil }
        let name = taxonomy?[code].map { $0.displayName.isEmpty ? $0.name : $0.displayName } ?? nuccName(code) ?? code
        return SpecialtyAssignment(specialty: code, code: code, displayName: name, nuccName: nuccName(code),
                                   confidence: 1, evidence: [], basis: .label)
    }

    private func nuccName(_ code: String) -> String? {
        taxonomy?[code]?.name ?? lexicon.nuccName(of: code)
    }

    // MARK: A network

    /// Every account's assignment (nil: unclassified), in `accounts` order.
    ///
    /// - Parameters:
    ///   - hashtags: hashtag use by account id (`Store.hashtagsByAccount()`).
    ///   - labels: user labels by account id; they always win.
    ///   - mutualNeighbours: for each account (same order), the indices of its mutual
    ///     (reciprocated) neighbours; nil for no tie evidence.
    public func classify(
        accounts: [AccountInfo], hashtags: [Int64: [String: Int]] = [:],
        labels: [Int64: SpecialtyUserLabel] = [:], mutualNeighbours: [[Int]]? = nil
    ) -> [SpecialtyAssignment?] {
        // Own evidence: independent per account, so the accounts split across the cores.
        var result = [SpecialtyAssignment?](repeating: nil, count: accounts.count)
        // Accounts whose own words are non-clinical: they take no specialty from ties.
        var nonClinical = [Bool](repeating: false, count: accounts.count)
        let chunk = 2048, chunks = (accounts.count + chunk - 1) / chunk
        result.withUnsafeMutableBufferPointer { buffer in nonClinical.withUnsafeMutableBufferPointer { flags in
            nonisolated(unsafe) let out = buffer
            nonisolated(unsafe) let flagged = flags
            parallelFor(chunks) { c in
                for i in c * chunk..<min(accounts.count, (c + 1) * chunk) {
                    let a = accounts[i]
                    if let l = labels[a.id] {
                        // A label wins even when this lexicon and taxonomy cannot name it.
                        var r = resolveLabel(l.specialty) ?? SpecialtyAssignment(
                            specialty: l.specialty, code: SpecialtyLexicon.isNUCCCode(l.specialty) ? l.specialty.uppercased() : "",
                            displayName: l.specialty, nuccName: nil, confidence: 1, evidence: [], basis: .label)
                        r.evidence = ["label:\(l.source)"]
                        out[i] = r
                    } else {
                        (out[i], flagged[i]) = evaluate(SpecialtyEvidenceInput(name: a.name, bio: a.bio, profileSpecialty: a.specialty,
                                                                               hashtags: hashtags[a.id] ?? [:]))
                    }
                }
            }
        } }
        guard let mutualNeighbours, mutualNeighbours.count == accounts.count else { return result }
        return propagate(result: &result, neighbours: mutualNeighbours, excluded: nonClinical)
    }

    private func propagate(result: inout [SpecialtyAssignment?], neighbours: [[Int]], excluded: [Bool]) -> [SpecialtyAssignment?] {
        // Dense ids for the specialties present, so the tally is an array, not a dictionary.
        var keyIndex: [String: Int] = [:]
        var prototypes: [SpecialtyAssignment] = []
        var ids = [Int](repeating: -1, count: result.count)
        for (i, a) in result.enumerated() {
            guard let a, lexicon.specialty(a.specialty)?.tier != .organisation else { continue }
            if let k = keyIndex[a.specialty] { ids[i] = k; continue }
            keyIndex[a.specialty] = prototypes.count
            ids[i] = prototypes.count
            prototypes.append(resolveLabel(a.specialty) ?? a)
        }
        var weight = [Double](repeating: 0, count: prototypes.count)
        var count = [Int](repeating: 0, count: prototypes.count)
        var touched: [Int] = []
        for round in 0..<tieRounds {
            var next = result
            var nextIDs = ids
            var changed = false
            for u in result.indices where result[u] == nil && !excluded[u] {
                var classified = 0, total = 0.0
                for v in neighbours[u] where ids[v] >= 0 {
                    let k = ids[v]
                    if count[k] == 0 { touched.append(k) }
                    count[k] += 1
                    weight[k] += result[v]!.confidence
                    classified += 1
                    total += result[v]!.confidence
                }
                var best = -1
                for k in touched where best < 0 || weight[k] > weight[best] || (weight[k] == weight[best] && prototypes[k].specialty < prototypes[best].specialty) {
                    best = k
                }
                if best >= 0, classified >= tieMinimumClassified, total > 0, weight[best] / total >= tieMinimumShare {
                    let share = weight[best] / total
                    var a = prototypes[best]
                    a.basis = .ties
                    a.confidence = tieConfidenceCap * share * Double(classified) / Double(classified + 2) / Double(1 << round)
                    a.evidence = ["ties:\(count[best]) of \(classified) classified mutuals \(a.specialty)"]
                    next[u] = a
                    nextIDs[u] = best
                    changed = true
                }
                for k in touched { weight[k] = 0; count[k] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            result = next
            ids = nextIDs
            if !changed { break }
        }
        return result
    }

    /// For each node of `graph`, its mutual neighbours, ascending: nodes it has an arc to and
    /// an arc from, of kind `kind` (any kind when nil).
    public static func mutualNeighbours(in graph: Graph, kind: String? = nil) -> [[Int]] {
        let out = graph.outAdjacency
        let kindID: UInt16? = kind.map { graph.kindID($0) ?? .max }
        // Targets of u's arcs of the kind, ascending and distinct (arcs are sorted by target).
        var targets = [[Int]](repeating: [], count: graph.nodeCount)
        for u in 0..<graph.nodeCount {
            var last = -1
            for e in Int(out.offsets[u])..<Int(out.offsets[u + 1]) {
                let v = Int(out.targets[e])
                if v == u || v == last { continue }
                if let kindID, graph.kind(ofEdge: e) != kindID { continue }
                targets[u].append(v)
                last = v
            }
        }
        return targets.indices.map { u in
            targets[u].filter { v in
                let t = targets[v]
                var lo = 0, hi = t.count
                while lo < hi { let m = (lo + hi) / 2; if t[m] < u { lo = m + 1 } else { hi = m } }
                return lo < t.count && t[lo] == u
            }
        }
    }
}

extension SpecialtyClassifier {
    /// Classifies every account of a store (as ``Store/loadGraph(kinds:times:mergeLinked:)``
    /// sees them: linked accounts are one), with the store's hashtags and user labels, and
    /// — when `ties` — the mutual-follow neighbours (mutual ties of any kind when the store
    /// has no follows).
    public func classify(store: Store, ties: Bool = true) throws -> (accounts: [AccountInfo], assignments: [SpecialtyAssignment?]) {
        let follows = try store.statistics().edges[EdgeKind.follow] ?? 0
        let loaded = try store.loadGraph(kinds: follows > 0 ? [EdgeKind.follow] : nil, times: false)
        return (loaded.accounts, try classify(loaded: loaded, store: store, ties: ties))
    }

    /// Classifies the accounts of a graph already loaded from `store` (in node order), as
    /// ``classify(store:ties:)`` does: mutual-follow ties when the graph has follows, else
    /// mutual ties of any kind. `hashtags` is `store.hashtagsByAccount()` when the caller
    /// has already read it (`nil` reads it).
    public func classify(loaded: LoadedGraph, store: Store, ties: Bool = true,
                         hashtags storedHashtags: [Int64: [String: Int]]? = nil) throws -> [SpecialtyAssignment?] {
        var hashtags = try storedHashtags ?? store.hashtagsByAccount()
        var labels: [Int64: SpecialtyUserLabel] = [:]
        for (id, l) in try store.specialtyLabels() {
            labels[id] = SpecialtyUserLabel(specialty: l.specialty, source: (l.path as NSString).lastPathComponent)
        }
        // A linked person's other accounts contribute their hashtags and labels.
        for (node, members) in loaded.mergedAccounts.sorted(by: { $0.key < $1.key }) {
            let rep = loaded.accounts[Int(node)].id
            for m in members.sorted() where m != rep {
                for (tag, n) in hashtags[m] ?? [:] { hashtags[rep, default: [:]][tag, default: 0] += n }
                if labels[rep] == nil, let l = labels[m] { labels[rep] = l }
            }
        }
        let follow = loaded.graph.kindID(EdgeKind.follow) != nil ? EdgeKind.follow : nil
        let neighbours = ties ? Self.mutualNeighbours(in: loaded.graph, kind: follow) : nil
        return classify(accounts: loaded.accounts, hashtags: hashtags, labels: labels, mutualNeighbours: neighbours)
    }
}
