/// The specialty of every node, as influence, reach and brief need it.
///
/// This is the **only** place where those analyses depend on the specialty classifier:
/// ``AnalysisSession/specialties()`` labels the accounts, ``isClinical`` says which
/// labels are clinical, and ``matches(_:query:)`` decides whether a label answers a user's
/// `--specialty` / `--target-specialty`. Switching to another classifier means changing
/// these three functions only.
public struct NodeSpecialties: Sendable {
    /// Per node: the specialty label (a name such as `cardiology`, or a code), or `nil`
    /// when nothing indicated one.
    public var labels: [String?]
    /// Per node: how sure the classifier was (0 when unlabelled).
    public var confidence: [Double]
    /// Per node: other names the label answers to (its NUCC code, its display name), when
    /// the classifier gave them.
    public var aliases: [[String]]
    /// Per node: whether the label is clinical, when the classifier said so (a NUCC code
    /// rather than a `role:` code); `nil` falls back to ``clinicalLabels``.
    public var clinical: [Bool]?

    public init(labels: [String?], confidence: [Double]? = nil, aliases: [[String]]? = nil, clinical: [Bool]? = nil) {
        self.labels = labels
        self.confidence = confidence ?? labels.map { $0 == nil ? 0 : 1 }
        self.aliases = aliases ?? Array(repeating: [], count: labels.count)
        self.clinical = clinical
    }

    /// Whether node `v` carries a clinical specialty.
    public func isClinical(_ v: UInt32) -> Bool {
        if let clinical { return clinical[Int(v)] }
        return labels[Int(v)].map(NodeSpecialties.isClinical) ?? false
    }

    /// Whether node `v` has any specialty or role label (a professional signal).
    public func hasLabel(_ v: UInt32) -> Bool { labels[Int(v)] != nil }

    /// The nodes whose label answers `query`, in node order.
    public func nodes(matching query: String) -> [UInt32] {
        (0..<UInt32(labels.count)).filter { v in
            guard let label = labels[Int(v)] else { return false }
            return Self.matches(label, query: query) || aliases[Int(v)].contains { Self.matches($0, query: query) }
        }
    }

    /// The distinct labels, sorted.
    public var knownLabels: [String] { Set(labels.compactMap { $0 }).sorted() }

    // MARK: The classifier-dependent part

    /// The classifier's assignments (one per node) as influence, reach and brief use them.
    public init(assignments: [SpecialtyAssignment?]) {
        self.init(
            labels: assignments.map { $0?.specialty },
            confidence: assignments.map { $0?.confidence ?? 0 },
            aliases: assignments.map { a in a.map { [$0.code, $0.displayName] } ?? [] },
            clinical: assignments.map { a in a.map { !$0.code.hasPrefix("role:") } ?? false })
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

