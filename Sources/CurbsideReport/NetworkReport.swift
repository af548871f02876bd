import CurbsideAnalysis
import CurbsideGraph
import Foundation

/// Parameters of ``NetworkReport``.
public struct NetworkReportOptions: Sendable {
    /// Rows in each ranking table. Default 15.
    public var top: Int = 15
    /// Accounts in the influencers diagram. Default 40 (Graphviz stays fast and legible).
    public var diagramAccounts: Int = 40
    /// Extension of the diagram files the report links to (`svg`, `png`, `pdf`).
    public var imageExtension: String = "svg"
    /// Title at the top of the report.
    public var title: String = "Curbside network report"
    /// Communities listed in the communities section (the largest). Default 12.
    public var communityRows: Int = 12
    /// Account whose suggested collaborators get a section and a diagram (`--focus @handle`).
    public var focus: String? = nil
    /// Clinical specialties (the largest) that get a briefing list. Default 2.
    public var briefSpecialties: Int = 2
    /// Accounts per briefing list. Default 5.
    public var briefAccounts: Int = 5
    /// Monte Carlo runs for cascade reach and briefing lists. Default 2,000.
    public var reachSimulations: Int = 2_000
    /// Pseudonyms and community labels: see ``NetworkDataOptions``. The window, the seed and
    /// the community parameters are the session's (``AnalysisParameters``).
    public var data = NetworkDataOptions()

    /// Replace handles, names and source paths with stable pseudonyms everywhere (tables and
    /// diagrams): `account-0042` is the 42nd account in the store's order, whatever its handle.
    public var anonymize: Bool {
        get { data.anonymize }
        set { data.anonymize = newValue }
    }

    public init() {}
}

/// A diagram of the report and the file name the report links it under.
public struct ReportDiagram: Sendable {
    public var fileName: String
    public var diagram: Diagram
}

/// What report sections read and write: the network (its session holds the window,
/// activity and sources), the options and the diagrams registered so far.
public final class ReportContext {
    public let data: NetworkData
    public let options: NetworkReportOptions
    public private(set) var diagrams: [ReportDiagram] = []
    /// The activity chart (SVG), when a section drew one.
    public var activitySVG: String?
    /// Ends a timed step (`--verbose`): the time since the previous step goes under `name`.
    public let lap: (String) -> Void

    init(data: NetworkData, options: NetworkReportOptions, lap: @escaping (String) -> Void = { _ in }) {
        self.data = data
        self.options = options
        self.lap = lap
    }

    /// Draws `view`, registers it as `<name>.<ext>` and returns the blocks that show it:
    /// the image and its caption.
    public func figure(_ view: DiagramView, name: String, options diagramOptions: DiagramOptions = DiagramOptions()) throws -> [ReportBlock] {
        let diagram = try data.diagram(view, options: diagramOptions)
        let file = name + "." + options.imageExtension
        diagrams.append(ReportDiagram(fileName: file, diagram: diagram))
        return [.image(file: file, alt: diagram.title.replacingOccurrences(of: "\n", with: " ")), .text(diagram.caption)]
    }
}

/// One section of the report: blocks from the context. Sections are plain functions, so a
/// new analysis adds one function and one entry in ``NetworkReport/standardSections``.
public typealias ReportSection = @Sendable (ReportContext) throws -> [ReportBlock]

/// A network report: a ``ReportDocument`` (render it with ``MarkdownRenderer`` or
/// ``HTMLRenderer``) and the diagrams it links to.
///
/// The content depends only on the session (store contents and parameters) and the options: no clock, seeded
/// community detection, ties broken by handle, so the same input gives byte-identical
/// output. Every name, handle and path is plain text that the renderers escape.
public struct NetworkReport {
    public var document: ReportDocument
    /// Diagrams to render beside the report, in the order the report shows them.
    public var diagrams: [ReportDiagram]
    /// The activity-over-time chart (SVG), when interactions carry times.
    public var activitySVG: String?
    /// File name of the activity chart, linked from the report.
    public static let activityFileName = "activity.svg"

    /// The sections, in order.
    public static let standardSections: [ReportSection] = [
        overviewSection, egoSection, activitySection, specialtySection, compositeInfluenceSection, influenceSection, reachSection,
        communitiesSection, collaboratorsSection, dataQualitySection, methodsSection,
    ]

    /// The report as Markdown.
    public var markdown: String { MarkdownRenderer.render(document) }

    /// The network the report was computed on, with every score it used (what
    /// `curbside report --save` records).
    public let data: NetworkData

    /// Builds the report. `timing`, when given, receives each step's name and wall-clock
    /// seconds (loading, then each section by its heading) — `curbside report --verbose`.
    public init(session: AnalysisSession, options: NetworkReportOptions = NetworkReportOptions(),
                sections: [ReportSection] = NetworkReport.standardSections,
                timing: ((String, Double) -> Void)? = nil) throws {
        let clock = StepClock(timing)
        var dataOptions = options.data
        dataOptions.communitiesInBackground = true
        let data = try NetworkData(session: session, options: dataOptions)
        clock.lap("specialties (Leiden starts beside)")
        let context = ReportContext(data: data, options: options, lap: clock.lap)
        var doc = ReportDocument(title: options.title)
        for (i, section) in sections.enumerated() {
            let blocks = try section(context)
            doc.blocks += blocks
            clock.lap(blocks.lazy.compactMap { if case let .heading(_, text) = $0 { return text } else { return nil } }.first
                ?? "section \(i + 1)")
        }
        document = doc
        diagrams = context.diagrams
        activitySVG = context.activitySVG
        self.data = data
    }

    /// Wall-clock time between laps, handed to a `timing` callback.
    final class StepClock {
        let timing: ((String, Double) -> Void)?
        var last = DispatchTime.now().uptimeNanoseconds
        init(_ timing: ((String, Double) -> Void)?) { self.timing = timing }
        func lap(_ step: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            timing?(step, Double(now - last) / 1e9)
            last = now
        }
    }

    // MARK: Sections

    public static let overviewSection: ReportSection = { context in
        let o = NetworkOverview(graph: context.data.graph)
        var t = MarkdownTable(columns: [.init("Measure"), .init("Value", alignment: .right)])
        t.addRow(["Accounts", integer(Double(o.accounts))])
        t.addRow(["Accounts with at least one tie", integer(Double(o.connectedAccounts))])
        for k in o.edgesByKind {
            t.addRow(["\(k.kind.capitalized) ties (interactions)", "\(integer(Double(k.edges))) (\(integer(Double(k.interactions))))"])
        }
        t.addRow(["Density (all ties)", String(format: "%.5f", o.density)])
        t.addRow(["Reciprocity (\(o.reciprocityKinds))", String(format: "%.3f", o.reciprocity)])
        t.addRow(["Weakly connected components", integer(Double(o.components))])
        t.addRow(["Largest component", "\(integer(Double(o.largestComponent))) accounts"])
        if let f = o.firstAt, let l = o.lastAt {
            t.addRow(["Interactions from – to (UTC)", "\(day(f)) – \(day(l))"])
        }
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Overview"), .table(t)]
        let window = context.data.session.parameters.window
        if !window.isUnbounded { blocks.append(.text("Window: \(window.summary); follows are counted whole.")) }
        return blocks + bareAccountsNote(context.data)
    }

    public static let activitySection: ReportSection = { context in
        let chart = ActivityChart(rows: try context.data.session.activityByDay().filter { $0.kind != "follow" })
        context.activitySVG = chart.svg()
        guard context.activitySVG != nil, let peak = chart.peak else { return [] }
        return [
            .image(file: activityFileName, alt: "Interactions over time, by kind"),
            .text("Busiest day: \(ActivityChart.date(peak.day)) with \(integer(Double(peak.count))) interactions."),
        ]
    }

    public static let specialtySection: ReportSection = { context in
        var counts: [String: Int] = [:]
        for l in context.data.specialties { counts[l?.specialty ?? "unlabelled", default: 0] += 1 }
        var t = MarkdownTable(columns: [.init("Specialty"), .init("Accounts", alignment: .right)])
        for (s, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            t.addRow([s, integer(Double(n))])
        }
        let network = context.data.networkSpecialty
        let naming = context.data.session.parameters.specialtyNaming
        let summary = network.specialty.map { _ in "The network's specialty: \(network.description)." }
            ?? "The network is not named by a specialty: \(network.description) (a name needs \(Int((naming.minimumShare * 100).rounded())) % "
            + "of the accounts and at least \(naming.minimumAccounts))."
        return [
            .heading(level: 2, text: "Accounts by specialty"),
            .text("Labelled from names, bio words and hashtags with Curbside's specialty lexicon (a label given in the input wins). "
                + "A word such as \"echo\" or \"heart\" counts only beside clinical context (MD, physician, hospital, a clinical hashtag), "
                + "and non-clinical words (software, finance, politics) weigh against a clinical label. " + summary),
            .table(t),
        ]
    }

    public static let influenceSection: ReportSection = { context in
        let data = context.data, options = context.options
        let influence = data.influence
        context.lap("in-degree and PageRank on all ties")
        var blocks: [ReportBlock] = [
            .heading(level: 3, text: "By audience within the network"),
            .text("In-degree: how many distinct accounts in the network follow, mention, reply to, repost, quote or like the account."),
        ]
        var byDegree = MarkdownTable(columns: [
            .init("Rank", alignment: .right), .init("Account"), .init("Name"), .init("Specialty"),
            .init("In-degree", alignment: .right), .init("Followers in network", alignment: .right),
        ])
        for r in data.topRanked(influence.inDegree, k: options.top) {
            byDegree.addRow([String(r.rank), data.display(r.node), data.name(r.node), data.specialties[Int(r.node)]?.specialty ?? "",
                             integer(r.value), integer(influence.followers[Int(r.node)])])
        }
        blocks.append(.table(byDegree))
        blocks.append(.heading(level: 3, text: "By PageRank"))
        blocks.append(.text("PageRank on every tie, each weighted by how often it was seen: an account ranks high when accounts that rank high turn to it."))
        var byRank = MarkdownTable(columns: [
            .init("Rank", alignment: .right), .init("Account"), .init("Name"), .init("Specialty"),
            .init("PageRank", alignment: .right), .init("In-degree", alignment: .right),
        ])
        for r in data.topRanked(influence.pageRank, k: options.top) {
            byRank.addRow([String(r.rank), data.display(r.node), data.name(r.node), data.specialties[Int(r.node)]?.specialty ?? "",
                           String(format: "%.5f", r.value), integer(influence.inDegree[Int(r.node)])])
        }
        blocks.append(.table(byRank))
        var diagramOptions = DiagramOptions()
        diagramOptions.top = options.diagramAccounts
        blocks.append(.heading(level: 3, text: "Diagram"))
        blocks += try context.figure(.influencers, name: "influencers", options: diagramOptions)
        return blocks
    }

    public static let communitiesSection: ReportSection = { context in
        let data = context.data
        if let ego = data.session.ego {
            return [.heading(level: 2, text: "Communities"),
                    .text("Not drawn: in one person's network every account is tied to \(data.display(ego.owner)), so community "
                        + "detection finds one bubble around them (see \"One person's network\").")]
        }
        let result = try data.communities
        context.lap("Leiden communities (waiting for the background run)")
        _ = try data.communitySummaries
        context.lap("community labels (distinctive terms, key members, bridges)")
        let degree = data.undirected.outAdjacency
        var members = [[UInt32]](repeating: [], count: result.count)
        for (v, c) in result.membership.enumerated() { members[Int(c)].append(UInt32(v)) }
        var t = MarkdownTable(columns: [
            .init("Community"), .init("Accounts", alignment: .right), .init("Specialty"), .init("Key members (most ties)"),
        ])
        let shown = result.sizes.indices.filter { result.sizes[$0] >= 2 }.prefix(context.options.communityRows)
        for c in shown {
            let top = try data.communitySpecialties[c].description
            let key = data.ranked(members[c], by: { Double(degree.degree($0)) }).prefix(5).map(data.display)
            t.addRow([try data.communityLabel(c), integer(Double(result.sizes[c])), top, key.joined(separator: ", ")])
        }
        let singles = result.sizes.filter { $0 == 1 }.count
        var text = "Leiden (modularity \(String(format: "%.3f", result.quality)), "
            + "seed \(data.seed)) finds \(integer(Double(result.count))) communities on \(data.session.parameters.communities.viewDescription)."
        if singles > 0 { text += " \(integer(Double(singles))) accounts without ties are communities of their own and are not listed." }
        if result.count - singles > shown.count {
            text += " The table lists the \(shown.count) largest."
        }
        let naming = data.session.parameters.specialtyNaming
        text += " Specialty: the most common label, named only when at least \(Int((naming.minimumShare * 100).rounded())) % of the members "
            + "and \(naming.minimumAccounts) accounts carry it; otherwise how many members are labelled."
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Communities"), .text(text), .table(t)]
        context.lap("communities table")
        blocks += try context.figure(.communityMap, name: "community-map")
        context.lap("community map (reduced graph)")
        blocks += try majorCommunities(context, shown: Array(shown))
        return blocks
    }

    /// One subsection per major community (at least 2 % of the accounts and 10 members, at
    /// most six): what sets it apart, who matters inside it and who links it to the others.
    static func majorCommunities(_ context: ReportContext, shown: [Int]) throws -> [ReportBlock] {
        let data = context.data
        let summaries = try data.communitySummaries
        let floor = max(10, data.accounts.count / 50)
        var blocks: [ReportBlock] = []
        func terms(_ list: [DistinctiveTerm], prefix: String = "") -> String? {
            let top = list.filter { $0.z > 1.96 }.prefix(4)
            guard !top.isEmpty else { return nil }
            return top.map { "\(prefix)\($0.term) (\(Int(($0.share * 100).rounded())) % of members, \(Int(($0.networkShare * 100).rounded())) % overall)" }
                .joined(separator: ", ")
        }
        for c in shown.prefix(6) where c < summaries.count && summaries[c].size >= floor {
            let s = summaries[c]
            blocks.append(.heading(level: 3, text: try data.communityLabel(c)))
            var items: [[ReportInline]] = [
                [.strong("Size"), .text(": \(integer(Double(s.size))) accounts, \(integer(Double(s.internalTies))) ties inside, density \(String(format: "%.3f", s.density)).")],
            ]
            if let t = terms(s.specialties) { items.append([.strong("Distinctive specialties"), .text(": " + t + ".")]) }
            if let t = terms(s.hashtags, prefix: "#") { items.append([.strong("Distinctive hashtags"), .text(": " + t + ".")]) }
            if let t = terms(s.bioTerms) { items.append([.strong("Bio terms"), .text(": " + t + ".")]) }
            let key = s.keyMembers.prefix(5).map { "\(data.display($0.node)) (\($0.internalDegree) ties inside)" }
            if !key.isEmpty { items.append([.strong("Key members"), .text(" (PageRank inside the community): " + key.joined(separator: ", ") + ".")]) }
            let bridges = try s.bridges.prefix(3).map { b -> String in
                let to = try b.communities.prefix(2).map { try "\($0.ties) to \(data.communityLabel($0.community))" }.joined(separator: ", ")
                return "\(data.display(b.node)) (\(to))"
            }
            if !bridges.isEmpty { items.append([.strong("Bridges"), .text(" (most ties to other communities): " + bridges.joined(separator: "; ") + ".")]) }
            blocks.append(.bullets(items))
        }
        if !blocks.isEmpty {
            blocks.insert(.text("Distinctive terms have a log-odds z-score above 1.96 against the rest of the network "
                + "(Monroe, Colaresi, Quinn 2008, informative Dirichlet prior); shares count members, not posts."), at: 0)
        }
        return blocks
    }

    public static let dataQualitySection: ReportSection = { context in
        let data = context.data, anonymize = context.options.anonymize
        var blocks: [ReportBlock] = [.heading(level: 2, text: "Data quality")]
        var sources = MarkdownTable(columns: [
            .init("Source"), .init("Format"), .init("SHA-256 (first 16)"), .init("Records read", alignment: .right), .init("Skipped", alignment: .right),
        ])
        var reasons = MarkdownTable(columns: [.init("Source"), .init("Reason"), .init("Records", alignment: .right)])
        var withoutTie = MarkdownTable(columns: [.init("Source"), .init("Reason"), .init("Records", alignment: .right)])
        var decisions: [[ReportInline]] = [], warnings: [[ReportInline]] = []
        for s in data.sources {
            let name = anonymize ? "source \(s.id)" : s.path
            let details = s.importDetails
            sources.addRow([name, s.format, String(s.sha256.prefix(16)), integer(Double(s.recordsRead)), integer(Double(s.recordsSkipped))])
            for (reason, n) in details.skippedSorted { reasons.addRow([name, reason, integer(Double(n))]) }
            for (reason, n) in details.withoutTieSorted where details.skippedByReason[reason] == nil {
                withoutTie.addRow([name, reason, integer(Double(n))])
            }
            if details.selfLoops > 0 { withoutTie.addRow([name, "self-loop (kept as a tie)", integer(Double(details.selfLoops))]) }
            decisions += edgeListDecisions(kindChoices: details.kindChoices.map { ($0.file, $0.kind, $0.basis, $0.word) },
                                           thirdColumn: details.thirdColumn, anonymize: anonymize).map { [.text("\(name): \($0).")] }
            // A warning names its file by its last path component: pseudonymised, the source stands in.
            warnings += details.warnings.map { [.text(anonymize ? "\(name): nothing imported." : $0)] }
        }
        blocks.append(.heading(level: 3, text: "Sources"))
        blocks.append(.table(sources))
        if !warnings.isEmpty {
            blocks.append(.heading(level: 3, text: "Warnings"))
            blocks.append(.bullets(warnings))
        }
        blocks.append(.heading(level: 3, text: "Skipped records"))
        if reasons.rows.isEmpty {
            blocks.append(.text("No record was skipped: every record of every source was read."))
        } else {
            blocks.append(.text("Records left out by a lenient import, by reason (the import's own counts)."))
            blocks.append(.table(reasons))
        }
        if !withoutTie.rows.isEmpty {
            blocks.append(.heading(level: 3, text: "Records without a tie"))
            blocks.append(.text("Records read that the importer passed over on purpose, by reason, and self-loops, which are kept."))
            blocks.append(.table(withoutTie))
        }
        if !decisions.isEmpty {
            blocks.append(.heading(level: 3, text: "Edge-list decisions"))
            blocks.append(.bullets(decisions))
        }
        let bare = data.accounts.filter { ($0.handle ?? "").isEmpty }
        blocks.append(.heading(level: 3, text: "Unresolved accounts"))
        if bare.isEmpty {
            blocks.append(.text("Every account has a handle."))
        } else {
            var byPlatform: [String: Int] = [:]
            for a in bare { byPlatform[a.platform, default: 0] += 1 }
            let share = Double(bare.count) / Double(max(1, data.accounts.count)) * 100
            let detail = byPlatform.sorted { $0.key < $1.key }.map { "\(integer(Double($0.value))) on \($0.key)" }.joined(separator: ", ")
            blocks.append(.text("\(integer(Double(bare.count))) of \(integer(Double(data.accounts.count))) accounts "
                + "(\(String(format: "%.1f", share)) %) are bare ids without a handle (\(detail)): accounts that sources "
                + "mention or follow but never describe. They count in every measure and are shown by their id."))
        }
        return blocks
    }

    /// Its numbers come from ``ReportProvenance``, the value `report --save` records.
    public static let methodsSection: ReportSection = { context in
        let data = context.data
        let provenance = try ReportProvenance(data: data, options: context.options)
        let o = provenance.pagerank, leiden = provenance.leiden
        let partition = data.session.parameters.communities
        let window = data.session.parameters.window
        var items: [[ReportInline]] = [
            [.strong("PageRank"), .text(": power iteration on the directed graph of all ties, weighted by interaction counts; "
                + "damping \(o.damping), tolerance \(o.tolerance) per account, at most \(o.maxIterations) iterations; "
                + "dangling accounts spread their score uniformly. This run: \(o.iterations) iterations, "
                + (o.converged ? "converged." : "did not converge."))],
            [.strong("In-degree"), .text(": distinct accounts with a tie of any kind to the account.")],
            [.strong("Reciprocity"), .text(": share of ties (self-ties excluded) answered by a tie back.")],
            [.strong("Specialties"), .text(": Curbside's lexicon of bio terms and hashtags (NUCC taxonomy codes), user labels, and mutual-follow ties for accounts without evidence; each label keeps its evidence.")],
            [.strong("Communities"), .text(": Leiden (Traag, Waltman, van Eck 2019, doi:10.1038/s41598-019-41695-z) maximising modularity "
                + "on \(leiden.graph)\(partition.isWeighted ? "" : " and unweighted"); resolution \(leiden.resolution), "
                + "randomness \(leiden.randomness), "
                + { if case let .count(n) = leiden.iterations { "\(n) iterations, " } else { "iterated until stable, " } }()
                + "seed \(leiden.seed). Same partition as `\(leiden.sameAs)`. "
                + "This run: \(leiden.iterationsRun) iterations.")],
            [.strong("Diagrams"), .text(": laid out in-process by Graphviz (influencers: sfdp; community map: neato). Each is reduced "
                + "before layout: the top accounts by PageRank; communities of two or more accounts, each with its three strongest "
                + "links to others. `curbside render` draws the k-core and the disparity backbone (Serrano, Boguñá, Vespignani 2009, "
                + "doi:10.1073/pnas.0808904106) of large networks.")],
            [.text("Ties of one kind between the same two accounts are merged across sources: an edge counts as the most times "
                + "any one source saw it, since exports of one network overlap.")],
        ]
        if !window.isUnbounded {
            items.insert([.strong("Window"), .text(": \(window.summary); interactions counted from their events in it, follows whole.")], at: 0)
        }
        if context.options.anonymize {
            items.append([.strong("Pseudonyms"), .text(": handles, names and source paths are replaced; account-N is the N-th account in the store.")])
        }
        items.append([.text("Generated by Curbside \(provenance.curbsideVersion). Same store, same options: byte-identical report.")])
        var hashes = MarkdownTable(columns: [.init("Source"), .init("SHA-256"), .init("Import options")])
        for input in provenance.inputs {
            let options = input.options.sorted { $0.key < $1.key }.map { $0.value == "true" ? $0.key : "\($0.key) \($0.value)" }
            hashes.addRow([input.path, input.sha256, options.joined(separator: " ")])
        }
        return [
            .heading(level: 2, text: "Methods"), .bullets(items),
            .heading(level: 3, text: "Inputs"), .text("The SHA-256 of every imported file or folder, to check a rerun reads the same data, and the reader options it was imported with."),
            .table(hashes),
        ]
    }

    /// Curbside's version, as `curbside --version` prints it.
    public static let curbsideVersion = "0.1.0"

    // MARK: Helpers

    /// What the importer decided for an edge list's ties, in words: the kind each file's ties
    /// got and why (`option`, `file-name`, `none`), and what the third column was read as. A
    /// file is named only when the source has several and names are shown.
    static func edgeListDecisions(kindChoices: [(file: String, kind: String, basis: String, word: String?)], thirdColumn: String?,
                                  anonymize: Bool) -> [String] {
        let named = kindChoices.count > 1 && !anonymize
        var out = kindChoices.map { c -> String in
            let ties = named ? "ties of \(c.file)" : "ties"
            switch c.basis {
            case "option": return "\(ties) are \(c.kind) (--kind)"
            case "file-name": return "\(ties) are \(c.kind), from the word \(c.word ?? c.kind) in the file name"
            default: return "\(ties) are \(c.kind) (no kind in the rows, the file name or --kind)"
            }
        }
        if let thirdColumn { out.append("the third column was read as a \(thirdColumn)") }
        return out
    }

    static func integer(_ v: Double) -> String {
        NumberText.grouped(Int(v.rounded()))
    }

    static func day(_ t: Int64) -> String {
        ActivityChart.date(t >= 0 ? t / 86_400 : (t - 86_399) / 86_400)
    }
}
