import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideReport
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
        other communities. The label names a specialty only when at least 20 % of the members \
        and 5 accounts carry it; otherwise it says how few are labelled ("2 of 938 labelled"). \
        The communities are the ones printed without --label for the same \
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

    @Option(name: .long, help: "Rows in the table and Markdown output (CSV and JSON print every account).")
    var top: Int = 20

    @Flag(name: .long, help: "Label each community: distinctive specialties, hashtags, bio terms, key members, bridges.")
    var label = false

    /// table and markdown: community sizes (or the labelled communities); json and csv: every account.
    @OptionGroup var output: TableOutput

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
        let envelope = CommunitiesEnvelope(algorithm: algorithm.rawValue, modularity: q1, quality: result.quality, communities: result.count,
                                           resolution: resolution, seed: seed, partition: p)
        if output.format != .json { printError(summary) }
        let rows = membershipRows(result, session: session)
        let table: ResultTable
        if output.format == .csv {
            table = try ResultTable(rows, columns: ["account", "community", "handle"])
        } else {
            table = try ResultTable(result.sizes.prefix(top).enumerated().map { CommunitySizeRow(community: $0, accounts: $1) },
                                    columns: ["community", "accounts"])
        }
        try output.write(table, json: ResultDocument(envelope, rows: output.format == .json ? rows : [], under: "accounts"))
    }

    private func membershipRows(_ result: CommunityResult, session: AnalysisSession) -> [MembershipRow] {
        let accounts = session.accounts
        return result.membership.enumerated().map { v, c in
            MembershipRow(account: accounts[v].platformID, community: Int(c), handle: accounts[v].handle ?? "")
        }
    }

    private func printLabelled(_ labelled: [CommunitySummary], result: CommunityResult, session: AnalysisSession,
                               modularity q: Double, summary: String, graphName: String) throws {
        if output.format != .json { printError(summary) }
        let accounts = session.accounts
        func name(_ v: UInt32) -> String { session.display(v) }
        func terms(_ list: [DistinctiveTerm], prefix: String = "") -> String { list.map { prefix + $0.term }.joined(separator: " ") }
        let shown = output.format == .csv || output.format == .json ? labelled : Array(labelled.prefix(top))
        let rows = shown.map { c in
            LabelledCommunityRow(community: c.id, size: c.size, density: c.density, label: c.label, specialties: terms(c.specialties),
                                 hashtags: terms(c.hashtags, prefix: "#"), bioTerms: terms(c.bioTerms),
                                 keyMembers: c.keyMembers.prefix(3).map { name($0.node) }.joined(separator: " "),
                                 bridges: c.bridges.prefix(3).map { name($0.node) }.joined(separator: " "),
                                 tiesTo: c.tieWeights.prefix(3).map { "\($0.community):\(String(format: "%.1f", $0.weight))" }.joined(separator: " "))
        }
        var table = try ResultTable(rows)
        table.setDecimals(4, for: "density")
        if output.format != .csv { table = table.selecting(["community", "size", "density", "label", "key_members", "bridges"]) }
        var envelope = CommunitiesEnvelope(algorithm: algorithm.rawValue, modularity: q, quality: result.quality, communities: result.count,
                                           resolution: resolution, seed: seed, partition: session.parameters.communities)
        envelope.graph = graphName
        envelope.labelled = labelled.map { LabelledCommunity($0, accounts: accounts) }
        try output.write(table, json: ResultDocument(envelope, rows: membershipRows(result, session: session), under: "accounts"))
    }
}

/// A row of `curbside communities` in CSV and JSON: every account's community.
struct MembershipRow: Encodable {
    var account: String
    var community: Int
    var handle: String
}

/// A row of `curbside communities` in text and Markdown: the largest communities' sizes.
struct CommunitySizeRow: Encodable {
    var community: Int
    var accounts: Int
}

/// A row of `curbside communities --label` in text, CSV and Markdown (text and Markdown show
/// community, size, density, label, key members and bridges).
struct LabelledCommunityRow: Encodable {
    var community, size: Int
    var density: Double
    var label, specialties, hashtags, bioTerms, keyMembers, bridges, tiesTo: String

    enum CodingKeys: String, CodingKey {
        case community, size, density, label, specialties, hashtags, bioTerms = "bio_terms", keyMembers = "key_members", bridges,
             tiesTo = "ties_to"
    }
}

/// `curbside communities --format json` beside its accounts: how the partition was found,
/// and with --label the described graph and every labelled community.
struct CommunitiesEnvelope: Encodable {
    var algorithm: String
    var graph: String?
    var modularity, quality: Double
    var communities: Int
    var resolution: Double
    var seed: UInt64
    var partition: CommunityParameters
    var labelled: [LabelledCommunity]?

    init(algorithm: String, modularity: Double, quality: Double, communities: Int, resolution: Double, seed: UInt64,
         partition: CommunityParameters) {
        (self.algorithm, self.modularity, self.quality, self.communities) = (algorithm, modularity, quality, communities)
        (self.resolution, self.seed, self.partition) = (resolution, seed, partition)
    }
}

/// A labelled community in `curbside communities --label --format json`.
struct LabelledCommunity: Encodable {
    struct Term: Encodable {
        var term: String
        var members: Int
        var share, networkShare, z: Double
        init(_ t: DistinctiveTerm) { (term, members, share, networkShare, z) = (t.term, t.members, t.share, t.networkShare, t.z) }
        enum CodingKeys: String, CodingKey { case term, members, share, networkShare = "network_share", z }
    }
    struct SpecialtyCount: Encodable { var specialty: String; var members: Int }
    struct KeyMember: Encodable {
        var account, handle: String
        var pagerank: Double
        var internalDegree: Int
        enum CodingKeys: String, CodingKey { case account, handle, pagerank, internalDegree = "internal_degree" }
    }
    struct Ties: Encodable { var community, ties: Int }
    struct Bridge: Encodable {
        var account, handle: String
        var externalTies: Int
        var communities: [Ties]
        enum CodingKeys: String, CodingKey { case account, handle, externalTies = "external_ties", communities }
    }
    struct TieWeight: Encodable { var community: Int; var weight: Double }

    var community: Int
    var label: String
    var size, internalTies: Int
    var internalWeight, density: Double
    var specialties, hashtags, bioTerms: [Term]
    var specialtyCounts: [SpecialtyCount]
    /// The specialty the community is named by (absent when too few members carry one) and
    /// how many members are labelled (``SpecialtyNaming``).
    var namedSpecialty: String?
    var labelledMembers: Int
    var keyMembers: [KeyMember]
    var bridges: [Bridge]
    var tieWeights: [TieWeight]
    var members: [String]

    init(_ c: CommunitySummary, accounts: [AccountInfo]) {
        func id(_ v: UInt32) -> String { accounts[Int(v)].platformID }
        func handle(_ v: UInt32) -> String { accounts[Int(v)].handle ?? "" }
        (community, label, size, internalTies, internalWeight, density) = (c.id, c.label, c.size, c.internalTies, c.internalWeight, c.density)
        (specialties, hashtags, bioTerms) = (c.specialties.map(Term.init), c.hashtags.map(Term.init), c.bioTerms.map(Term.init))
        specialtyCounts = c.specialtyCounts.map { SpecialtyCount(specialty: $0.specialty, members: $0.members) }
        (namedSpecialty, labelledMembers) = (c.specialtyName.specialty, c.specialtyName.labelled)
        keyMembers = c.keyMembers.map { KeyMember(account: id($0.node), handle: handle($0.node), pagerank: $0.pageRank, internalDegree: $0.internalDegree) }
        bridges = c.bridges.map { b in
            Bridge(account: id(b.node), handle: handle(b.node), externalTies: b.externalTies,
                   communities: b.communities.map { Ties(community: $0.community, ties: $0.ties) })
        }
        tieWeights = c.tieWeights.map { TieWeight(community: $0.community, weight: $0.weight) }
        members = c.members.map(id)
    }

    enum CodingKeys: String, CodingKey {
        case community, label, size, internalTies = "internal_ties", internalWeight = "internal_weight", density, specialties, hashtags,
             bioTerms = "bio_terms", specialtyCounts = "specialty_counts", namedSpecialty = "named_specialty",
             labelledMembers = "labelled_members", keyMembers = "key_members", bridges, tieWeights = "tie_weights", members
    }
}

extension CommunityParameters.Algorithm: ExpressibleByArgument {}
extension CommunityParameters.Quality: ExpressibleByArgument {}
