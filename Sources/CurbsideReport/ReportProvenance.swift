import CurbsideAnalysis
import CurbsideGraph

/// Everything a report's numbers depend on, as one value: the session's window and seed,
/// what PageRank, Leiden, the composite score, reach and the briefing lists were run with
/// and what they found, and the inputs' SHA-256s. `curbside report --save` records it; the
/// Methods section reads the same values, so the two cannot drift. Built only from the
/// analysis session and the report's options, never from a command's flags.
public struct ReportProvenance: Encodable, Sendable {
    public struct Window: Encodable, Sendable {
        @NullWhenAbsent public var since: Int64?
        @NullWhenAbsent public var until: Int64?
        @NullWhenAbsent public var hashtag: String?
    }

    public struct Network: Encodable, Sendable {
        public var accounts: Int
        public var large: Bool
    }

    public struct PageRank: Encodable, Sendable {
        public var damping, tolerance: Double
        public var maxIterations: Int
        public var iterations: Int
        public var converged: Bool
        public var weighted = "interaction counts"

        enum CodingKeys: String, CodingKey { case damping, tolerance, maxIterations = "max_iterations", iterations, converged, weighted }
    }

    public struct Leiden: Encodable, Sendable {
        public var quality = "modularity"
        public var resolution, randomness: Double
        /// Refinement iterations asked for (``Iterations/untilStable``: until stable).
        public var iterations: Iterations
        public var iterationsRun: Int
        public var seed: UInt64
        public var weighted: Bool
        /// The view the communities are found on, in words.
        public var graph: String
        /// The `curbside communities` command line that gives the same partition.
        public var sameAs: String
        public var communities: Int
        public var modularity: Double

        /// A number of iterations, or `"until stable"` in JSON.
        public enum Iterations: Encodable, Sendable, Equatable {
            case count(Int)
            case untilStable

            public func encode(to encoder: any Encoder) throws {
                var c = encoder.singleValueContainer()
                switch self {
                case let .count(n): try c.encode(n)
                case .untilStable: try c.encode("until stable")
                }
            }
        }

        enum CodingKeys: String, CodingKey {
            case quality, resolution, randomness, iterations, iterationsRun = "iterations_run", seed, weighted, graph,
                 sameAs = "same_as", communities, modularity
        }
    }

    public struct Reach: Encodable, Sendable {
        public var seed: UInt64
        public var simulations: Int
        public var cascades: Bool
        public var hyperballLog2Registers: Int
        /// How many of the top accounts the reach table shows.
        public var accounts: Int
        public var briefing: String

        enum CodingKeys: String, CodingKey {
            case seed, simulations, cascades, hyperballLog2Registers = "hyperball_log2_registers", accounts, briefing
        }
    }

    public struct Input: Encodable, Sendable {
        /// The path as imported, or `source N` in a pseudonymised report.
        public var path: String
        public var format, sha256: String
        public var recordsRead, recordsSkipped: Int
        /// The reader options the source was imported with, as given (`--kind`: `repost`); after
        /// `import --replace`, those of the new import.
        public var options: [String: String] = [:]

        enum CodingKeys: String, CodingKey {
            case path, format, sha256, recordsRead = "records_read", recordsSkipped = "records_skipped", options
        }
    }

    public var curbsideVersion = NetworkReport.curbsideVersion
    public var command = "report"
    public var window: Window
    public var network: Network
    public var pagerank: PageRank
    public var leiden: Leiden
    public var compositeInfluence: CompositeParameters
    public var reach: Reach
    public var inputs: [Input]

    enum CodingKeys: String, CodingKey {
        case curbsideVersion = "curbside_version", command, window, network, pagerank, leiden,
             compositeInfluence = "composite_influence", reach, inputs
    }

    /// The provenance of a report on `data` with `options`.
    public init(data: NetworkData, options: NetworkReportOptions) throws {
        let parameters = data.session.parameters
        let w = parameters.window
        window = Window(since: w.since, until: w.until, hashtag: w.hashtag)
        network = Network(accounts: data.graph.nodeCount, large: data.isLarge)
        let influence = data.influence, o = influence.pageRankOptions
        pagerank = PageRank(damping: o.damping, tolerance: o.tolerance, maxIterations: o.maxIterations,
                            iterations: influence.pageRankIterations, converged: influence.pageRankConverged)
        let leidenOptions = parameters.communities.leidenOptions
        let communities = try data.communities
        leiden = Leiden(resolution: leidenOptions.resolution, randomness: leidenOptions.randomness,
                        iterations: leidenOptions.iterations.map(Leiden.Iterations.count) ?? .untilStable,
                        iterationsRun: communities.iterations, seed: leidenOptions.seed, weighted: leidenOptions.weighted,
                        graph: parameters.communities.viewDescription, sameAs: parameters.communitiesCommandLine,
                        communities: communities.count, modularity: communities.quality)
        compositeInfluence = CompositeParameters(try data.composite)
        let ro = NetworkReport.reachOptions(data, options), bo = NetworkReport.briefOptions(data, options)
        reach = Reach(seed: ro.seed, simulations: ro.simulations, cascades: ro.cascades, hyperballLog2Registers: ro.log2Registers,
                      accounts: NetworkReport.reachAccounts(options),
                      briefing: data.isLarge ? "left out (large network)" : "IMM, epsilon \(bo.epsilon)")
        inputs = data.sources.map { s in
            // Pseudonymised, an owner account given on the command line is not named.
            var given = s.importDetails.options
            if options.anonymize, given["--owner"] != nil { given["--owner"] = "…" }
            return Input(path: options.anonymize ? "source \(s.id)" : s.path, format: s.format, sha256: s.sha256,
                         recordsRead: s.recordsRead, recordsSkipped: s.recordsSkipped, options: given)
        }
    }
}

extension NetworkReport {
    /// The report's provenance (``ReportProvenance``).
    public func provenance(options: NetworkReportOptions) throws -> ReportProvenance {
        try ReportProvenance(data: data, options: options)
    }

    /// How the reach section measures the top accounts: the session's seed, the report's
    /// simulations, cascades only on networks that are not large.
    static func reachOptions(_ data: NetworkData, _ options: NetworkReportOptions) -> ReachOptions {
        var ro = ReachOptions()
        ro.seed = data.seed
        ro.simulations = options.reachSimulations
        ro.cascades = !data.isLarge
        return ro
    }

    /// How many of the top accounts the reach section measures.
    static func reachAccounts(_ options: NetworkReportOptions) -> Int { min(options.top, 10) }

    /// How the briefing lists are chosen (IMM, the session's seed, the report's simulations).
    static func briefOptions(_ data: NetworkData, _ options: NetworkReportOptions) -> BriefOptions {
        var bo = BriefOptions()
        bo.k = options.briefAccounts
        bo.seed = data.seed
        bo.simulations = options.reachSimulations
        return bo
    }
}
