import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities and print each account's community.",
        discussion: """
        Runs on the undirected view of the chosen ties (--graph; symmetrised unless --mutual), \
        weighted by interaction counts with --weighted. Communities are numbered by size, \
        largest first. CSV and JSON rows are account,community,handle; the quality \
        (modularity or CPM) and the number of communities go to stderr, or into the JSON.

        --label describes each community of at least 3 accounts: size, density, its most \
        distinctive specialties, hashtags and bio terms (log-odds z-scores with an informative \
        Dirichlet prior against the rest of the network, Monroe et al. 2008; a term must be \
        held by 2 members, a bio word by 3), key members (PageRank inside the community), \
        bridges (members with the most ties to other communities) and tie weights to the \
        other communities. The communities are the ones printed without --label for the same \
        options and seed (and the ones report, render --view community-map and collaborators \
        use); without --graph they are described on the collaboration graph: mutual follows \
        plus interactions either way, weighted 1 per mutual follow + log2(1 + interactions). \
        --graph collaboration finds the communities on that graph too.

        Examples:
          curbside communities --graph follow --mutual --seed 7 --format csv
          curbside communities --algorithm louvain --resolution 0.5 --input Samples/clinician-network
          curbside communities --label --seed 1 --format json --input Samples/clinician-network
        """
    )

    typealias Algorithm = CommunityParameters.Algorithm
    typealias Quality = CommunityParameters.Quality

    @OptionGroup var source: SourceOptions
    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .long, help: "leiden (default), louvain or lpa (label propagation).")
    var algorithm: Algorithm = .leiden

    @Option(name: .long, help: "Quality for leiden and louvain: modularity or cpm.")
    var quality: Quality = .modularity

    @Option(name: .long, help: "Resolution γ: higher gives smaller communities.")
    var resolution: Double = 1

    @Option(name: .long, help: "Seed for the random node order; same seed, same communities.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Leiden iterations (leidenalg's default, 2); 0 iterates until one gains under 1e-4 in quality.")
    var iterations: Int = 2

    @Option(name: .long, help: "Rows in the table output (CSV and JSON print every account).")
    var top: Int = 20

    @Flag(name: .long, help: "Label each community: distinctive specialties, hashtags, bio terms, key members, bridges.")
    var label = false

    @Option(name: .long, help: "table (community sizes), json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        guard resolution > 0 else { throw ValidationError("--resolution must be positive") }
        guard iterations >= 0 else { throw ValidationError("--iterations must be 0 (until stable) or more") }
    }

    /// The partition these options ask for; `--graph collaboration` finds it on the
    /// collaboration graph.
    func partition() -> CommunityParameters {
        var p = CommunityParameters()
        if graphOptions.graph?.trimmingCharacters(in: .whitespaces) == "collaboration" {
            p.view = .collaboration
        } else {
            p.kinds = graphOptions.kinds
            p.mutual = graphOptions.mutual
            p.weighted = graphOptions.weighted
        }
        p.algorithm = algorithm
        p.quality = quality
        p.resolution = resolution
        p.seed = seed
        p.iterations = iterations == 0 ? nil : iterations
        return p
    }

    func run() throws {
        let p = partition()
        let (_, session) = try source.openSession {
            $0.times = false
            $0.kinds = p.view == .ties ? p.kinds : nil
            $0.communities = p
        }
        let result = try TerminalProgress.shared.step("finding communities (\(algorithm.rawValue))") { try session.communities() }
        let q1 = try session.modularity()
        let summary = "\(algorithm.rawValue): \(result.count) communities, modularity \(String(format: "%.6f", q1)) (γ = \(resolution), seed \(seed))"
        if label {
            // Described on the collaboration graph unless --graph names the ties.
            let describedOn: AnalysisSession.DescriptionGraph = graphOptions.graph == nil ? .collaboration : .partition
            let labelled = try session.communitySummaries(describedOn: describedOn)
            return try printLabelled(labelled, result: result, session: session, modularity: q1, summary: summary,
                                     graphName: describedOn == .collaboration ? "collaboration" : (graphOptions.graph ?? "all"))
        }
        let accounts = session.accounts
        switch format {
        case .json:
            let rows = result.membership.enumerated().map { v, c -> [String: Any] in
                ["account": accounts[v].platformID, "community": Int(c), "handle": accounts[v].handle ?? ""]
            }
            try writeJSON(["algorithm": algorithm.rawValue, "modularity": q1, "quality": result.quality,
                           "communities": result.count, "resolution": resolution, "seed": seed,
                           "partition": try jsonObject(p), "accounts": rows] as [String: Any])
        case .csv:
            printError(summary)
            emit(header: ["account", "community", "handle"],
                 rows: result.membership.enumerated().map { [accounts[$0].platformID, String($1), accounts[$0].handle ?? ""] },
                 format: .csv)
        case .table:
            printError(summary)
            emit(header: ["community", "accounts"],
                 rows: result.sizes.prefix(top).enumerated().map { [String($0), String($1)] }, format: .table, numericColumns: [0, 1])
        }
    }

    private func printLabelled(_ labelled: [CommunitySummary], result: CommunityResult, session: AnalysisSession,
                               modularity q: Double, summary: String, graphName: String) throws {
        let accounts = session.accounts
        func name(_ v: UInt32) -> String { session.display(v) }
        func id(_ v: UInt32) -> String { accounts[Int(v)].platformID }
        func terms(_ list: [DistinctiveTerm], prefix: String = "") -> String { list.map { prefix + $0.term }.joined(separator: " ") }
        func termJSON(_ t: DistinctiveTerm) -> [String: Any] {
            ["term": t.term, "members": t.members, "share": t.share, "network_share": t.networkShare, "z": t.z]
        }
        switch format {
        case .json:
            let communities = labelled.map { c -> [String: Any] in
                [
                    "community": c.id, "label": c.label, "size": c.size, "internal_ties": c.internalTies,
                    "internal_weight": c.internalWeight, "density": c.density,
                    "specialties": c.specialties.map(termJSON), "hashtags": c.hashtags.map(termJSON),
                    "bio_terms": c.bioTerms.map(termJSON),
                    "specialty_counts": c.specialtyCounts.map { ["specialty": $0.specialty, "members": $0.members] },
                    "key_members": c.keyMembers.map { ["account": id($0.node), "handle": accounts[Int($0.node)].handle ?? "",
                                                       "pagerank": $0.pageRank, "internal_degree": $0.internalDegree] },
                    "bridges": c.bridges.map { b in
                        ["account": id(b.node), "handle": accounts[Int(b.node)].handle ?? "", "external_ties": b.externalTies,
                         "communities": b.communities.map { ["community": $0.community, "ties": $0.ties] }] as [String: Any]
                    },
                    "tie_weights": c.tieWeights.map { ["community": $0.community, "weight": $0.weight] },
                    "members": c.members.map(id),
                ]
            }
            let rows = result.membership.enumerated().map { v, c -> [String: Any] in
                ["account": accounts[v].platformID, "community": Int(c), "handle": accounts[v].handle ?? ""]
            }
            try writeJSON(["algorithm": algorithm.rawValue, "graph": graphName, "modularity": q, "quality": result.quality,
                           "communities": result.count, "resolution": resolution, "seed": seed,
                           "partition": try jsonObject(session.parameters.communities), "labelled": communities, "accounts": rows] as [String: Any])
        case .csv, .table:
            printError(summary)
            let header = ["community", "size", "density", "label", "specialties", "hashtags", "bio_terms", "key_members", "bridges", "ties_to"]
            let shown = format == .table ? Array(labelled.prefix(top)) : labelled
            let rows = shown.map { c in
                [String(c.id), String(c.size), String(format: "%.4f", c.density), c.label, terms(c.specialties),
                 terms(c.hashtags, prefix: "#"), terms(c.bioTerms), c.keyMembers.prefix(3).map { name($0.node) }.joined(separator: " "),
                 c.bridges.prefix(3).map { name($0.node) }.joined(separator: " "),
                 c.tieWeights.prefix(3).map { "\($0.community):\(String(format: "%.1f", $0.weight))" }.joined(separator: " ")]
            }
            let keep = format == .table ? [0, 1, 2, 3, 7, 8] : Array(header.indices)
            emit(header: keep.map { header[$0] }, rows: rows.map { r in keep.map { r[$0] } }, format: format, numericColumns: [0, 1, 2])
        }
    }
}

extension CommunityParameters.Algorithm: ExpressibleByArgument {}
extension CommunityParameters.Quality: ExpressibleByArgument {}
