import CurbsideGraph
import CurbsideStore
import Foundation

/// Everything an ``AnalysisSession`` computes from: which ties it loads, the interaction
/// window and how it finds communities. A `Codable` value, so a run's provenance (`--save`,
/// the report's methods) is written from the very value the analyses used.
public struct AnalysisParameters: Codable, Hashable, Sendable {
    /// Only these edge kinds (`--graph follow,mention`); `nil` loads every kind.
    public var kinds: [String]? = nil
    /// Load each tie's first and last time (the burst flags of the composite influence use
    /// them). Default `true`; commands that never read times turn it off to load faster.
    public var times: Bool = true
    /// `--since/--until/--hashtag`: only interactions inside it; follows are counted whole.
    public var window = AnalysisWindow()
    /// The one partition every view of the session shares (``AnalysisSession/communities``).
    public var communities = CommunityParameters()
    /// Undirected ties above which a network counts as large (the report then leaves out
    /// cascades and briefing lists). Default 1,000,000.
    public var largeNetworkTies: Int = 1_000_000
    /// Give accounts without evidence of their own the specialty their mutual neighbours
    /// share (`specialties --no-ties` turns it off). Default `true`.
    public var specialtyTies: Bool = true
    /// When a specialty names a community or the network (``SpecialtyNaming``): 20 % of the
    /// members and 5 accounts by default.
    public var specialtyNaming = SpecialtyNaming()

    public init() {}

    /// Throws ``AnalysisParameterError`` for the first value outside its domain: the
    /// community parameters (``CommunityParameters/check()``), ``largeNetworkTies`` and
    /// ``specialtyNaming``.
    public func check() throws(AnalysisParameterError) {
        try communities.check()
        if largeNetworkTies < 0 {
            throw AnalysisParameterError(parameter: "largeNetworkTies", option: nil, value: "\(largeNetworkTies)",
                                         expected: "a non-negative count of ties")
        }
        if !(0...1).contains(specialtyNaming.minimumShare) {
            throw AnalysisParameterError(parameter: "specialtyNaming.minimumShare", option: nil, value: "\(specialtyNaming.minimumShare)",
                                         expected: "a share from 0 to 1")
        }
        if specialtyNaming.minimumAccounts < 1 {
            throw AnalysisParameterError(parameter: "specialtyNaming.minimumAccounts", option: nil, value: "\(specialtyNaming.minimumAccounts)",
                                         expected: "a count of at least 1")
        }
    }

    /// The `curbside communities` call that finds the session's partition, window included:
    /// `curbside communities --seed 1 --hashtag curbcon26`.
    public var communitiesCommandLine: String { ([communities.commandLine] + window.options).joined(separator: " ") }
}

/// A time window and/or conversation, as `Codable` parameters (``InteractionWindow`` is the
/// store's form of it).
public struct AnalysisWindow: Codable, Hashable, Sendable {
    /// First second inside the window (Unix seconds, UTC), or `nil`.
    public var since: Int64?
    /// Last second inside the window (inclusive), or `nil`.
    public var until: Int64?
    /// Only events whose post carries this hashtag (normalised: lowercase, without `#`).
    public var hashtag: String?

    public init(since: Int64? = nil, until: Int64? = nil, hashtag: String? = nil) {
        let w = InteractionWindow(since: since, until: until, hashtag: hashtag)
        self.since = w.since
        self.until = w.until
        self.hashtag = w.hashtag
    }

    public init(_ window: InteractionWindow) {
        self.init(since: window.since, until: window.until, hashtag: window.hashtag)
    }

    /// The store's form, for loading.
    public var interactionWindow: InteractionWindow { InteractionWindow(since: since, until: until, hashtag: hashtag) }

    /// No bounds and no hashtag.
    public var isUnbounded: Bool { interactionWindow.isUnbounded }

    /// Plain-language statement of the window (``InteractionWindow/summary``); empty when unbounded.
    public var summary: String { interactionWindow.summary }

    /// The window as command-line options: `--since 2026-03-14T00:00:00Z --hashtag curbcon26`.
    public var options: [String] {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        var o: [String] = []
        if let since { o.append("--since " + f.string(from: Date(timeIntervalSince1970: TimeInterval(since)))) }
        if let until { o.append("--until " + f.string(from: Date(timeIntervalSince1970: TimeInterval(until)))) }
        if let hashtag { o.append("--hashtag " + hashtag) }
        return o
    }
}

/// How the session's communities are found: on which view, by which algorithm, with which
/// resolution, seed and iterations. Two views with equal parameters get the same partition,
/// numbered the same way (``CommunityResult``: 0 is the largest).
///
/// The defaults are `curbside communities`' defaults: Leiden maximising modularity on all
/// loaded ties, undirected and unweighted, γ = 1, 2 iterations (leidenalg's default), seed 1.
/// `communities`, `communities --label`, `collaborators`, `report` and
/// `render --view community-map` all use them unless told otherwise.
public struct CommunityParameters: Codable, Hashable, Sendable {
    /// The graph the partition is found on.
    public enum View: String, Codable, Hashable, Sendable, CaseIterable {
        /// The loaded ties (all kinds, or ``kinds``), undirected: a tie either way joins two
        /// accounts (``mutual`` keeps only ties both ways).
        case ties
        /// Mutual follows plus interactions either way, weighted 1 per mutual follow +
        /// log2(1 + interactions) (``collaborationGraph(_:)``); always weighted.
        case collaboration
    }

    public enum Algorithm: String, Codable, Hashable, Sendable, CaseIterable { case leiden, louvain, lpa }
    public enum Quality: String, Codable, Hashable, Sendable, CaseIterable { case modularity, cpm }

    public var view: View = .ties
    /// Only ties of these kinds (``View/ties`` only); `nil` takes every loaded kind.
    public var kinds: [String]? = nil
    /// Only ties in both directions (``View/ties`` only).
    public var mutual = false
    /// Weight ties by interaction counts (``View/ties``; the collaboration graph is always weighted).
    public var weighted = false
    public var algorithm: Algorithm = .leiden
    /// For Leiden and Louvain.
    public var quality: Quality = .modularity
    /// Resolution γ: higher gives smaller communities. Must be positive.
    public var resolution: Double = 1
    public var seed: UInt64 = 1
    /// Leiden iterations; `nil` iterates until an iteration gains under 1e-4 in quality.
    public var iterations: Int? = 2

    public init() {}

    /// Whether the algorithm reads tie weights.
    public var isWeighted: Bool { view == .collaboration || weighted }

    /// `all ties, undirected` / `collaboration graph`: the view in words.
    public var viewDescription: String {
        switch view {
        case .collaboration: return "the collaboration graph (mutual follows plus interactions)"
        case .ties:
            let ties = kinds.map { $0.joined(separator: ", ") + " ties" } ?? "all ties"
            return ties + (mutual ? ", mutual" : ", undirected") + (weighted ? ", weighted by interactions" : "")
        }
    }

    /// The `curbside communities` call that finds this partition, e.g.
    /// `curbside communities --seed 1` (options at their default are left out).
    public var commandLine: String {
        var parts = ["curbside communities"]
        switch view {
        case .collaboration: parts.append("--graph collaboration")
        case .ties: if let kinds { parts.append("--graph " + kinds.joined(separator: ",")) }
        }
        if view == .ties && mutual { parts.append("--mutual") }
        if view == .ties && weighted { parts.append("--weighted") }
        if algorithm != .leiden { parts.append("--algorithm \(algorithm.rawValue)") }
        if quality != .modularity && algorithm != .lpa { parts.append("--quality \(quality.rawValue)") }
        if resolution != 1 { parts.append("--resolution \(resolution)") }
        if iterations != 2 && algorithm == .leiden { parts.append("--iterations \(iterations ?? 0)") }
        parts.append("--seed \(seed)")
        return parts.joined(separator: " ")
    }

    /// Throws ``AnalysisParameterError``, naming the `curbside communities` option, for the
    /// first value outside its domain: a resolution that is not positive and finite,
    /// negative iterations, an empty list of kinds. The session checks before it searches,
    /// so a bad value is a thrown error, never a trap in the algorithm.
    public func check() throws(AnalysisParameterError) {
        func fail(_ name: String, _ option: String, _ value: String, _ expected: String) -> AnalysisParameterError {
            AnalysisParameterError(parameter: "communities." + name, option: option, value: value, expected: expected)
        }
        if !(resolution > 0 && resolution.isFinite) {
            throw fail("resolution", "--resolution", "\(resolution)", "a positive, finite number")
        }
        if let iterations, iterations < 0 {
            throw fail("iterations", "--iterations", "\(iterations)", "0 or more")
        }
        if view == .ties, let kinds, kinds.isEmpty { throw fail("kinds", "--graph", "an empty list", "at least one kind") }
    }

    /// The Leiden options these parameters stand for.
    public var leidenOptions: LeidenOptions {
        var o = LeidenOptions()
        o.quality = quality == .cpm ? .cpm : .modularity
        o.resolution = resolution
        o.seed = seed
        o.weighted = isWeighted
        o.iterations = iterations
        return o
    }
}
