import Foundation

/// A first specialty labeller: matches an account's bio words, phrases and hashtags
/// against a lexicon of specialty terms.
///
/// Every label carries its confidence and the evidence that produced it, so a reader can
/// see why an account was called a cardiologist. A `specialty` the input gave (a node
/// list column, a user's label) always wins with confidence 1.
///
/// Scoring: each matched bio term adds its weight once; each hashtag (in the bio or used
/// in posts) adds its weight × log2(1 + uses), capped at 3 uses' worth. The best-scoring
/// specialty wins when its score reaches 1; confidence is its share of all scores.
/// Accounts that match cardiology and oncology terms about equally become
/// `cardio-oncology`.
public struct SpecialtyLexicon: Sendable {
    public struct Entry: Sendable {
        public var specialty: String
        /// Lowercase words or phrases matched on word boundaries in the bio.
        public var terms: [(String, Double)]
        /// Lowercase hashtags without `#`.
        public var hashtags: [(String, Double)]
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Labels an account from its display name and bio together (names carry `MD`, `RN`,
    /// `PharmD`, `Journal of …`).
    public func label(name: String?, bio: String?, hashtags: [String: Int], given: String? = nil) -> SpecialtyLabel? {
        label(bio: [name, bio].compactMap { $0 }.joined(separator: " \u{2022} "), hashtags: hashtags, given: given)
    }

    /// The built-in lexicon (English terms; clinicians' common hashtags).
    public static let standard = SpecialtyLexicon(entries: [
        Entry(specialty: "cardio-oncology",
              terms: [("cardio-oncology", 4), ("cardio-oncologist", 4), ("cardiooncology", 4), ("cardio oncology", 4), ("cardiotoxicity", 3)],
              hashtags: [("cardioonc", 3), ("cardiooncology", 3), ("cardioonctwitter", 3)]),
        Entry(specialty: "cardiology",
              terms: [("cardiologist", 3), ("cardiology", 3), ("heart failure", 2), ("echocardiography", 2), ("electrophysiology", 2),
                      ("interventional cardiology", 3), ("cardiac", 1.5), ("heart", 1), ("cardiovascular", 2), ("ep", 0.5)],
              hashtags: [("cardiotwitter", 2), ("cardiology", 2), ("echofirst", 1.5), ("hfref", 1.5), ("epeeps", 1.5), ("heartfailure", 1.5)]),
        Entry(specialty: "oncology",
              terms: [("oncologist", 3), ("oncology", 3), ("hematology", 2), ("hem/onc", 3), ("cancer", 1.5), ("tumor", 1.5),
                      ("breast cancer", 2), ("radiation oncology", 3), ("immunotherapy", 1.5)],
              hashtags: [("oncology", 2), ("oncotwitter", 2), ("bcsm", 1.5), ("lcsm", 1.5), ("cancer", 1), ("hemeonc", 2)]),
        Entry(specialty: "pediatrics",
              terms: [("pediatrician", 3), ("pediatrics", 3), ("paediatrics", 3), ("paediatrician", 3), ("peds", 2.5), ("neonatology", 2.5),
                      ("children's", 1), ("nicu", 2), ("picu", 2)],
              hashtags: [("pedstwitter", 2.5), ("pediatrics", 2), ("peds", 2), ("neotwitter", 2)]),
        Entry(specialty: "emergency-medicine",
              terms: [("emergency medicine", 3), ("emergency physician", 3), ("em physician", 3), ("emergency department", 2), ("er doc", 2.5),
                      ("ed doc", 2.5), ("trauma", 1), ("critical care", 1), ("resuscitation", 1.5)],
              hashtags: [("foamed", 2), ("emtwitter", 2.5), ("emergencymedicine", 2.5), ("foamcc", 1.5)]),
        Entry(specialty: "nursing",
              terms: [("nurse", 3), ("nursing", 2.5), ("rn", 2.5), ("np", 1.5), ("nurse practitioner", 3), ("bsn", 2), ("msn", 2), ("cns", 1)],
              hashtags: [("nursetwitter", 2.5), ("nursing", 2), ("nurses", 2)]),
        Entry(specialty: "pharmacy",
              terms: [("pharmacist", 3), ("pharmacy", 2.5), ("pharmd", 3), ("clinical pharmacist", 3), ("pharmacology", 1.5)],
              hashtags: [("pharmacy", 2), ("pharmtwitter", 2.5), ("pharmacists", 2)]),
        Entry(specialty: "researcher",
              terms: [("researcher", 2.5), ("phd", 1.5), ("epidemiologist", 2.5), ("scientist", 2.5), ("postdoc", 2.5), ("lab", 1),
                      ("research", 1), ("biostatistician", 2.5), ("professor", 1)],
              hashtags: [("research", 1), ("academictwitter", 1.5), ("phdchat", 1.5), ("science", 1)]),
        Entry(specialty: "patient-advocate",
              terms: [("patient advocate", 3.5), ("advocate", 2), ("survivor", 2.5), ("caregiver", 2), ("patient", 1), ("living with", 2)],
              hashtags: [("patientvoice", 2.5), ("patientsincluded", 2.5), ("survivor", 2), ("advocacy", 1.5)]),
        Entry(specialty: "journal",
              terms: [("journal", 3), ("peer-reviewed", 2.5), ("review of", 2), ("annals of", 3), ("editors", 1.5), ("publishing", 1.5)],
              hashtags: [("openaccess", 1), ("newissue", 2)]),
        Entry(specialty: "society",
              terms: [("society", 3), ("association", 2.5), ("college of", 2), ("members", 1.5), ("annual meeting", 2),
                      ("professional society", 4)],
              hashtags: [("annualmeeting", 1.5)]),
        Entry(specialty: "media",
              terms: [("health news", 4), ("news", 2), ("outlet", 2), ("not medical advice", 3), ("reporter", 2.5),
                      ("journalist", 3), ("features", 1)],
              hashtags: [("healthnews", 2)]),
    ])

    /// Specialties that describe what an account *is* rather than its field: when one of
    /// them is matched with at least ``roleThreshold``, it wins over topic words (a cardiology
    /// journal is a journal).
    public static let roles: Set<String> = ["journal", "society", "media"]
    public static let roleThreshold = 3.0
}

/// A specialty label with how sure it is and why.
public struct SpecialtyLabel: Sendable, Equatable {
    public var specialty: String
    /// 0…1: the winning specialty's share of all matched evidence (1 for given labels).
    public var confidence: Double
    /// Human-readable pieces of evidence, strongest first: `bio "cardiologist"`, `#cardiotwitter ×4`.
    public var evidence: [String]
}

extension SpecialtyLexicon {
    /// Labels one account from its bio and hashtag use; `nil` when nothing matches well enough.
    public func label(bio: String?, hashtags: [String: Int], given: String? = nil) -> SpecialtyLabel? {
        if let given, !given.isEmpty {
            return SpecialtyLabel(specialty: given, confidence: 1, evidence: ["given in the input"])
        }
        let text = (bio ?? "").lowercased()
        let words = Self.tokens(text)
        var bioTags: [String: Int] = [:]
        for w in words where w.hasPrefix("#") && w.count > 1 { bioTags[String(w.dropFirst()), default: 0] += 1 }
        let padded = " " + words.joined(separator: " ") + " "
        var scores: [(String, Double, [(String, Double)])] = []
        for entry in entries {
            var score = 0.0
            var evidence: [(String, Double)] = []
            for (term, weight) in entry.terms where padded.contains(" \(term) ") {
                score += weight
                evidence.append(("bio \"\(term)\"", weight))
            }
            for (tag, weight) in entry.hashtags {
                let uses = (hashtags[tag] ?? 0) + (bioTags[tag] ?? 0)
                guard uses > 0 else { continue }
                let w = weight * log2(1 + Double(min(uses, 3)))
                score += w
                evidence.append(("#\(tag) ×\(uses)", w))
            }
            if score > 0 { scores.append((entry.specialty, score, evidence)) }
        }
        guard !scores.isEmpty else { return nil }
        scores.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        if let role = scores.first(where: { Self.roles.contains($0.0) && $0.1 >= Self.roleThreshold }) {
            let total = scores.reduce(0) { $0 + $1.1 }
            return SpecialtyLabel(
                specialty: role.0, confidence: min(1, role.1 / total),
                evidence: role.2.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0))
        }
        var (best, bestScore, evidence) = scores[0]
        // Cardiology and oncology evidence of similar strength: cardio-oncology.
        let cardio = scores.first { $0.0 == "cardiology" }?.1 ?? 0
        let onco = scores.first { $0.0 == "oncology" }?.1 ?? 0
        if best != "cardio-oncology", cardio >= 1.5, onco >= 1.5, min(cardio, onco) / max(cardio, onco) >= 0.5 {
            best = "cardio-oncology"
            bestScore = cardio + onco
            evidence = (scores.first { $0.0 == "cardiology" }!.2 + scores.first { $0.0 == "oncology" }!.2)
        }
        guard bestScore >= 1 else { return nil }
        let total = scores.reduce(0) { $0 + $1.1 }
        let confidence = min(1, bestScore / max(total, bestScore))
        return SpecialtyLabel(
            specialty: best, confidence: confidence,
            evidence: evidence.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0))
    }

    /// Lowercase words, keeping `#`, `-` and `/` inside tokens (`#cardioonc`, `hem/onc`).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch.isNumber || ch == "#" || ch == "-" || ch == "/" || ch == "'" {
                current.append(ch)
            } else if !current.isEmpty {
                result.append(current.trimmingEdgePunctuation())
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.trimmingEdgePunctuation()) }
        return result.filter { !$0.isEmpty }
    }
}

private extension String {
    func trimmingEdgePunctuation() -> String {
        var s = Substring(self)
        while let f = s.first, f == "-" || f == "/" || f == "'" { s = s.dropFirst() }
        while let l = s.last, l == "-" || l == "/" || l == "'" { s = s.dropLast() }
        return String(s)
    }
}

