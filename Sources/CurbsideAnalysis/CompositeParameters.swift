/// The parameters of a composite influence score (weights, components left out, tie-kind
/// weights, PageRank, flag thresholds): what `influence --save` and `--format json` record,
/// and the composite part of the report's provenance.
public struct CompositeParameters: Encodable, Sendable {
    public struct Component: Encodable, Sendable { public var name, title: String; public var weight: Double }
    public struct Unavailable: Encodable, Sendable { public var name, reason: String }
    public struct PageRank: Encodable, Sendable {
        public var damping, tolerance: Double
        public var maxIterations: Int
        enum CodingKeys: String, CodingKey { case damping, tolerance, maxIterations = "max_iterations" }
    }
    public struct Flags: Encodable, Sendable {
        public var celebrityRatio: Double
        public var celebrityMinFollowers: Int
        public var massFollowingRatio: Double
        public var massFollowingMin, burstMinInteractions: Int
        public var burstPerDay: Double
        enum CodingKeys: String, CodingKey {
            case celebrityRatio = "celebrity_ratio", celebrityMinFollowers = "celebrity_min_followers", massFollowingRatio = "mass_following_ratio",
                 massFollowingMin = "mass_following_min", burstMinInteractions = "burst_min_interactions", burstPerDay = "burst_per_day"
        }
    }
    public var components: [Component]
    public var unavailable: [Unavailable]
    /// Components computed but weighted 0 for want of spread (``CompositeInfluence/saturated``).
    public var saturated: [Unavailable]
    public var saturationShare: Double
    public var kindWeights: [String: Double]
    public var otherKindWeight: Double
    public var pagerank: PageRank
    public var normalisation = "mid-rank percentile: (average rank - 1) / (n - 1), ties sharing their average rank"
    public var specialtyClassifier = "SpecialtyLexicon.standard"
    public var flags: Flags
    /// `influence --specialty`: the accounts ranked (absent otherwise).
    public var specialty: String?

    public init(_ score: CompositeInfluence) {
        let o = score.options, f = o.flags
        components = score.components.indices.map { Component(name: score.components[$0].rawValue, title: score.components[$0].title, weight: score.weights[$0]) }
        unavailable = score.unavailable.map { Unavailable(name: $0.component.rawValue, reason: $0.reason) }
        saturated = score.saturated.map { Unavailable(name: $0.component.rawValue, reason: $0.reason) }
        saturationShare = o.saturationShare
        kindWeights = o.kindWeights
        otherKindWeight = o.otherKindWeight
        pagerank = PageRank(damping: o.damping, tolerance: o.tolerance, maxIterations: o.maxIterations)
        flags = Flags(celebrityRatio: f.celebrityRatio, celebrityMinFollowers: f.celebrityMinFollowers, massFollowingRatio: f.massFollowingRatio,
                      massFollowingMin: f.massFollowingMin, burstMinInteractions: f.burstMinInteractions, burstPerDay: f.burstPerDay)
    }

    enum CodingKeys: String, CodingKey {
        case components, unavailable, saturated, saturationShare = "saturation_share", kindWeights = "kind_weights", otherKindWeight = "other_kind_weight", pagerank, normalisation,
             specialtyClassifier = "specialty_classifier", flags, specialty
    }
}
