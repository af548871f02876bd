import CurbsideAnalysis
import CurbsideGraph
import CurbsideStore
import Foundation

/// Parameters of ``NetworkReport``.
public struct NetworkReportOptions: Sendable {
    /// Rows in each ranking table. Default 15.
    public var top: Int = 15
    /// Accounts in the influencers diagram. Default 40 (Graphviz stays fast and legible).
    public var diagramAccounts: Int = 40
    /// File name of the diagram, linked from the report.
    public var diagramFileName: String = "influencers.svg"
    /// Title at the top of the report.
    public var title: String = "Curbside network report"
    /// Replace handles, names and source paths with stable pseudonyms everywhere (tables and
    /// diagram): `account-0042` is the 42nd account in the store's order, whatever its handle.
    public var anonymize: Bool = false
    /// Only interactions in this time window and/or conversation (follows whole); stated in
    /// the overview and methods.
    public var window = InteractionWindow()

    public init() {}
}

/// A network report: a ``ReportDocument`` (render it with ``MarkdownRenderer`` or
/// ``HTMLRenderer``) and the DOT of its diagram.
///
/// The content depends only on the store's contents and the options: no clock, no
/// random numbers, ties broken by handle, so the same input gives byte-identical output.
/// Every name, handle and path is plain text that the renderers escape.
public struct NetworkReport: Sendable {
    public var document: ReportDocument
    public var diagramDOT: String
    /// The activity-over-time chart (SVG), when interactions carry times.
    public var activitySVG: String?
    public var overview: NetworkOverview
    /// File name of the activity chart, linked from the report.
    public static let activityFileName = "activity.svg"

    /// The report as Markdown.
    public var markdown: String { MarkdownRenderer.render(document) }

    public init(store: Store, options: NetworkReportOptions = NetworkReportOptions()) throws {
        let loaded = try store.loadGraph(window: options.window)
        let graph = loaded.graph
        let accounts = loaded.accounts
        let overview = NetworkOverview(graph: graph)
        let influence = InfluenceScores(graph: graph)
        let specialties = try SpecialtyClassifier(lexicon: SpecialtyLexicon.loadStandard()).classify(loaded: loaded, store: store).map { $0?.label }
        let sources = try store.sources()
        self.overview = overview

        let width = String(accounts.count).count
        func display(_ v: UInt32) -> String {
            if options.anonymize {
                let n = String(Int(v) + 1)
                return "account-" + String(repeating: "0", count: max(0, width - n.count)) + n
            }
            let a = accounts[Int(v)]
            if let h = a.handle, !h.isEmpty { return "@" + h }
            return a.platformID
        }
        func name(_ v: UInt32) -> String { options.anonymize ? "" : accounts[Int(v)].name ?? "" }
        let tieBreak: (UInt32) -> String = { display($0) }

        var doc = ReportDocument(title: options.title)
        doc.blocks += Self.overviewSection(overview)
        if !options.window.isUnbounded { doc.append(.text("Window: \(options.window.summary); follows are counted whole.")) }
        let chart = ActivityChart(rows: try store.activityByDay(window: options.window).filter { $0.kind != "follow" })
        activitySVG = chart.svg()
        if activitySVG != nil, let peak = chart.peak {
            doc.append(.image(file: Self.activityFileName, alt: "Interactions over time, by kind"))
            doc.append(.text("Busiest day: \(ActivityChart.date(peak.day)) with \(Self.integer(Double(peak.count))) interactions."))
        }
        doc.blocks += Self.specialtySection(specialties)

        doc.append(.heading(level: 2, text: "Most influential accounts"))
        doc.append(.heading(level: 3, text: "By audience within the network"))
        doc.append(.text("In-degree: how many distinct accounts in the network follow, mention, reply to, repost, quote or like the account."))
        var byDegree = MarkdownTable(columns: [
            .init("Rank", alignment: .right), .init("Account"), .init("Name"), .init("Specialty"),
            .init("In-degree", alignment: .right), .init("Followers in network", alignment: .right),
        ])
        for r in topAccounts(influence.inDegree, k: options.top, tieBreak: tieBreak) {
            byDegree.addRow([String(r.rank), display(r.node), name(r.node), specialties[Int(r.node)]?.specialty ?? "",
                             Self.integer(r.value), Self.integer(influence.followers[Int(r.node)])])
        }
        doc.append(.table(byDegree))

        doc.append(.heading(level: 3, text: "By PageRank"))
        doc.append(.text("PageRank on every tie, each weighted by how often it was seen: an account ranks high when accounts that rank high turn to it."))
        var byRank = MarkdownTable(columns: [
            .init("Rank", alignment: .right), .init("Account"), .init("Name"), .init("Specialty"),
            .init("PageRank", alignment: .right), .init("In-degree", alignment: .right),
        ])
        let topRank = topAccounts(influence.pageRank, k: max(options.top, options.diagramAccounts), tieBreak: tieBreak)
        for r in topRank.prefix(options.top) {
            byRank.addRow([String(r.rank), display(r.node), name(r.node), specialties[Int(r.node)]?.specialty ?? "",
                           String(format: "%.5f", r.value), Self.integer(influence.inDegree[Int(r.node)])])
        }
        doc.append(.table(byRank))

        let diagramNodes = topRank.prefix(options.diagramAccounts).map(\.node)
        doc.append(.heading(level: 2, text: "Diagram"))
        doc.append(.image(file: options.diagramFileName,
                          alt: "The \(diagramNodes.count) accounts with the highest PageRank and the ties among them"))
        doc.append(.text("The \(diagramNodes.count) accounts with the highest PageRank; area grows with PageRank, colour shows the specialty, "
                         + "arrows are ties of any kind among them (thicker: seen more often)."))

        doc.blocks += Self.sourcesSection(sources, anonymize: options.anonymize)
        doc.blocks += Self.methodsSection(influence: influence, anonymize: options.anonymize)
        if !options.window.isUnbounded, case .bullets(var items)? = doc.blocks.last {
            items.insert([.strong("Window"), .text(": \(options.window.summary); interactions counted from their events in it, follows whole.")], at: 0)
            doc.blocks[doc.blocks.count - 1] = .bullets(items)
        }

        document = doc
        diagramDOT = Self.influencersDOT(
            graph: graph, nodes: diagramNodes, scores: influence.pageRank, label: display,
            specialty: { specialties[Int($0)]?.specialty ?? "unlabelled" })
    }

    // MARK: Sections

    static func overviewSection(_ o: NetworkOverview) -> [ReportBlock] {
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
        return [.heading(level: 2, text: "Overview"), .table(t)]
    }

    static func specialtySection(_ labels: [SpecialtyLabel?]) -> [ReportBlock] {
        var counts: [String: Int] = [:]
        for l in labels { counts[l?.specialty ?? "unlabelled", default: 0] += 1 }
        var t = MarkdownTable(columns: [.init("Specialty"), .init("Accounts", alignment: .right)])
        for (s, n) in counts.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            t.addRow([s, integer(Double(n))])
        }
        return [
            .heading(level: 2, text: "Accounts by specialty"),
            .text("Classified with Curbside's specialty lexicon from names, bio words and hashtags; a user label (`curbside label`) "
                  + "or a specialty given in the input wins, and accounts without evidence of their own take the specialty most of "
                  + "their mutual follows have (see `curbside specialties` for codes, confidence and evidence)."),
            .table(t),
        ]
    }

    static func sourcesSection(_ sources: [SourceInfo], anonymize: Bool) -> [ReportBlock] {
        var t = MarkdownTable(columns: [
            .init("Source"), .init("Format"), .init("SHA-256"), .init("Records read", alignment: .right), .init("Skipped", alignment: .right),
        ])
        for s in sources {
            t.addRow([anonymize ? "source \(s.id)" : s.path, s.format, String(s.sha256.prefix(16)),
                      integer(Double(s.recordsRead)), integer(Double(s.recordsSkipped))])
        }
        return [.heading(level: 2, text: "Data sources"), .table(t)]
    }

    static func methodsSection(influence: InfluenceScores, anonymize: Bool) -> [ReportBlock] {
        let o = influence.pageRankOptions
        var items: [[ReportInline]] = [
            [.strong("PageRank"), .text(": power iteration on the directed graph of all ties, weighted by interaction counts; "
                + "damping \(o.damping), tolerance \(o.tolerance) per account, at most \(o.maxIterations) iterations; "
                + "dangling accounts spread their score uniformly. This run: \(influence.pageRankIterations) iterations, "
                + (influence.pageRankConverged ? "converged." : "did not converge."))],
            [.strong("In-degree"), .text(": distinct accounts with a tie of any kind to the account.")],
            [.strong("Reciprocity"), .text(": share of ties (self-ties excluded) answered by a tie back.")],
            [.strong("Specialties"), .text(": Curbside's lexicon of bio terms and hashtags (NUCC taxonomy codes), user labels, and mutual-follow ties for accounts without evidence; each label keeps its evidence.")],
            [.text("Ties of one kind between the same two accounts are merged across sources: an edge counts as the most times "
                + "any one source saw it, since exports of one network overlap.")],
        ]
        if anonymize {
            items.append([.strong("Pseudonyms"), .text(": handles, names and source paths are replaced; account-N is the N-th account in the store.")])
        }
        items.append([.text("Generated by Curbside 0.1.0. Same store, same options: byte-identical report.")])
        return [.heading(level: 2, text: "Methods"), .bullets(items)]
    }

    // MARK: Diagram

    static func influencersDOT(
        graph: Graph, nodes: [UInt32], scores: [Double], label: (UInt32) -> String, specialty: (UInt32) -> String
    ) -> String {
        let chosen = Set(nodes)
        let categories = nodes.map(specialty)
        let order = Array(Set(categories)).sorted { a, b in
            let ca = categories.filter { $0 == a }.count, cb = categories.filter { $0 == b }.count
            return ca != cb ? ca > cb : a < b
        }
        let colors = Palette.standard.colors(for: order)
        let maxScore = nodes.map { scores[Int($0)] }.max() ?? 1
        var dotNodes: [DOTNode] = []
        for v in nodes {
            let c = colors[specialty(v)] ?? Palette.standard.color(at: 0)
            let share = (scores[Int(v)] / max(maxScore, 1e-300)).squareRoot()
            let size = 0.35 + 0.9 * share
            dotNodes.append(DOTNode(id: "n\(v)", label: label(v), attributes: [
                "fillcolor": c.hex, "fontcolor": c.contrastingText.hex, "fontsize": String(format: "%.1f", 9 + 7 * share),
                "width": String(format: "%.2f", size), "height": String(format: "%.2f", size * 0.6),
            ]))
        }
        // One arrow per ordered pair among the chosen accounts, weight = all interactions.
        let view = graph.view(weighted: true)
        var edges: [DOTEdge] = []
        for u in nodes {
            for i in view.outAdjacency.range(u) {
                let v = view.outAdjacency.targets[i]
                guard v != u, chosen.contains(v) else { continue }
                let w = view.outAdjacency.weights?[i] ?? 1
                edges.append(DOTEdge(from: "n\(u)", to: "n\(v)", attributes: [
                    "penwidth": String(format: "%.2f", min(4, 0.6 + log2(w))),
                ]))
            }
        }
        let dot = DOTGraph(
            name: "influencers", directed: true,
            graphAttributes: [
                "label": "Most influential accounts (PageRank), coloured by specialty", "labelloc": "t", "fontsize": "18",
                "fontname": "Helvetica", "overlap": "false", "splines": "true", "outputorder": "edgesfirst", "bgcolor": "white",
            ],
            nodeDefaults: ["shape": "ellipse", "style": "filled", "fontname": "Helvetica", "fontsize": "10", "color": "#333333", "fixedsize": "false"],
            edgeDefaults: ["color": "#77777766", "arrowsize": "0.5"],
            nodes: dotNodes, edges: edges,
            legend: DOTLegend(title: "Specialty", entries: order.map { .init(label: $0, color: colors[$0]!.hex, fontColor: colors[$0]!.contrastingText.hex) }))
        return DOTWriter.write(dot)
    }

    // MARK: Formatting

    static func integer(_ v: Double) -> String {
        let n = Int(v.rounded())
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    static func day(_ t: Int64) -> String {
        ActivityChart.date(t >= 0 ? t / 86_400 : (t - 86_399) / 86_400)
    }
}
