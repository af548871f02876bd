import CurbsideStore
import Dispatch

/// The specialty of every node, as influence, reach and brief need it.
///
/// This is the **only** place where those analyses depend on the specialty classifier:
/// ``classifyForInfluence(_:hashtags:)`` labels the accounts, ``isClinical`` says which
/// labels are clinical, and ``matches(_:query:)`` decides whether a label answers a user's
/// `--specialty` / `--target-specialty`. Switching to another classifier means changing
/// these three functions only.
public struct NodeSpecialties: Sendable {
    /// Per node: the specialty label (a name such as `cardiology`, or a code), or `nil`
    /// when nothing indicated one.
    public var labels: [String?]
    /// Per node: how sure the classifier was (0 when unlabelled).
    public var confidence: [Double]

    public init(labels: [String?], confidence: [Double]? = nil) {
        self.labels = labels
        self.confidence = confidence ?? labels.map { $0 == nil ? 0 : 1 }
    }

    /// Whether node `v` carries a clinical specialty.
    public func isClinical(_ v: UInt32) -> Bool {
        labels[Int(v)].map(NodeSpecialties.isClinical) ?? false
    }

    /// Whether node `v` has any specialty or role label (a professional signal).
    public func hasLabel(_ v: UInt32) -> Bool { labels[Int(v)] != nil }

    /// The nodes whose label answers `query`, in node order.
    public func nodes(matching query: String) -> [UInt32] {
        (0..<UInt32(labels.count)).filter { v in labels[Int(v)].map { Self.matches($0, query: query) } ?? false }
    }

    /// The distinct labels, sorted.
    public var knownLabels: [String] { Set(labels.compactMap { $0 }).sorted() }

    // MARK: The classifier-dependent part

    /// Labels with the built-in ``SpecialtyLexicon``: a given specialty (input column, user
    /// label) wins, else bio words, the display name and hashtags used. Accounts with none
    /// of these stay unlabelled without asking the lexicon; the rest are labelled on all
    /// cores (each account independently, so the result does not depend on the split).
    public static func classifyForInfluence(_ accounts: [AccountInfo], hashtags: [Int64: [String: Int]]) -> NodeSpecialties {
        let n = accounts.count
        var labels = [String?](repeating: nil, count: n)
        var confidence = [Double](repeating: 0, count: n)
        let chunks = max(1, min(64, n / 2_048))
        labels.withUnsafeMutableBufferPointer { l in
            confidence.withUnsafeMutableBufferPointer { c in
                let out = UnsafeSendable((l.baseAddress!, c.baseAddress!))
                DispatchQueue.concurrentPerform(iterations: n == 0 ? 0 : chunks) { chunk in
                    let (l, c) = out.value
                    for i in (chunk * n / chunks)..<((chunk + 1) * n / chunks) {
                        let a = accounts[i]
                        let tags = hashtags[a.id]
                        if a.specialty == nil && (a.bio ?? "").isEmpty && (a.name ?? "").isEmpty && tags == nil { continue }
                        let label = SpecialtyLexicon.standard.label(name: a.name, bio: a.bio, hashtags: tags ?? [:], given: a.specialty)
                        l[i] = label?.specialty
                        c[i] = label?.confidence ?? 0
                    }
                }
            }
        }
        return NodeSpecialties(labels: labels, confidence: confidence)
    }

    /// Lexicon labels that name a clinical field (the rest are roles: researcher,
    /// patient-advocate, journal, society, media).
    public static let clinicalLabels: Set<String> = [
        "cardiology", "oncology", "cardio-oncology", "pediatrics", "emergency-medicine", "nursing", "pharmacy",
    ]

    /// Whether `label` is a clinical specialty.
    public static func isClinical(_ label: String) -> Bool { clinicalLabels.contains(normalised(label)) }

    /// Whether `label` answers `query`: equal ignoring case, spaces, underscores and hyphens
    /// (`Emergency Medicine` matches `emergency-medicine`).
    public static func matches(_ label: String, query: String) -> Bool { normalised(label) == normalised(query) }

    static func normalised(_ s: String) -> String {
        String(s.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }).trimmingEdgeHyphens()
    }
}

extension String {
    fileprivate func trimmingEdgeHyphens() -> String {
        var s = Substring(self)
        while s.first == "-" { s = s.dropFirst() }
        while s.last == "-" { s = s.dropLast() }
        return String(s)
    }
}

/// Disjoint writes from concurrent chunks.
private struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
