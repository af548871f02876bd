import ArgumentParser
import CurbsideAnalysis
import CurbsideReport
import CurbsideStore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of the network with its diagrams.",
        discussion: """
        Writes DIR/report.md (overview, activity, specialties, top accounts by in-degree and \
        PageRank, communities, data quality, methods with input SHA-256s) and its diagrams \
        (influencers, community map) in every --image-format given, rendered in-process with \
        Graphviz; the report links to the first format. The same input and --seed give \
        byte-identical files.

        --save (with --db) records the run in the store as analysis_run "report": every \
        parameter and seed, the inputs' SHA-256s and the Curbside version in its JSON, and per \
        account the composite influence score and rank, PageRank, in-degree and community \
        (account_score metrics report.*), so a report can be regenerated and audited. The run \
        id and time stay in the store: the report files do not change. --verbose prints each \
        step's time to stderr.

        Examples:
          curbside report --out report
          curbside report --input Samples/clinician-network Samples/x-archive-focus --out sample-report --image-format svg png pdf
          curbside report --out board --anonymize --html
          curbside report --db net.sqlite --out report --seed 7 --save
          curbside report --out conference --hashtag CurbCon26 --since 2026-03-14 --until 2026-03-20
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Folder to write the report into (created if needed).")
    var out: String

    @Option(name: .long, help: "Rows in each ranking table.")
    var top: Int = 15

    @Option(name: .long, help: "Accounts in the influencers diagram.")
    var diagramAccounts: Int = 40

    @Option(name: .long, parsing: .upToNextOption, help: "Diagram formats, one or more of svg, png, pdf (the report links to the first).")
    var imageFormat: [GraphvizFormat] = [.svg]

    @Option(name: .long, help: "Seed of the community detection (Leiden), the briefing lists (IMM) and the cascade runs; same seed, same report.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Add suggested collaborators for this account (@handle or platform id), with their diagram.")
    var focus: String?

    @Flag(name: .long, help: "Replace handles, names and source paths with stable pseudonyms everywhere, diagrams included.")
    var anonymize = false

    @Flag(name: .long, help: "Also write report.html, with every diagram inline as SVG (whatever --image-format).")
    var html = false

    @Option(name: .long, help: "Graphviz layout for every diagram: \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: "|")) (default: each diagram's own).")
    var layout: GraphvizLayout?

    @Flag(name: .long, help: "Record the parameters, seed, input SHA-256s and per-account scores in the --db store (analysis_run \"report\").")
    var save = false

    @Flag(name: .long, help: "Print the time of each step (loading, each section, each diagram) to stderr.")
    var verbose = false

    func validate() throws {
        try validateSave(save, source: source)
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard (1...500).contains(diagramAccounts) else { throw ValidationError("--diagram-accounts must be between 1 and 500") }
        guard !imageFormat.isEmpty else { throw ValidationError("--image-format needs at least one of svg, png, pdf") }
    }

    func run() throws {
        // Before the analysis: a path that is a file fails at once, not after minutes.
        try OutputFiles.requireFolderOrNothing(out)
        let timing: ((String, Double) -> Void)? = verbose ? { step, seconds in printError(String(format: "%7.2f s  %@", seconds, step)) } : nil
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let (store, session) = try source.openSession { $0.communities.seed = seed }
        // The report's first step (specialties) is timed together with loading the network.
        var loading: Double? = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let progress = TerminalProgress.shared
        var sectionsDone = 0
        let reportTiming: (String, Double) -> Void = { step, seconds in
            sectionsDone += 1
            progress.update(done: sectionsDone, unit: "steps done")
            guard let timing else { return }
            if let l = loading { loading = nil; timing("load network and " + step, seconds + l) } else { timing(step, seconds) }
        }
        var options = NetworkReportOptions()
        options.top = top
        options.diagramAccounts = diagramAccounts
        options.imageExtension = imageFormat[0].rawValue
        options.anonymize = anonymize
        options.focus = focus
        let report = try progress.step("analysing the network") {
            try NetworkReport(session: session, options: options, timing: reportTiming)
        }
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        // Written into a temporary sibling folder and moved into place at the end, so a
        // failure (a full disk) leaves no half-written report.
        let folder = try OutputFiles.Folder(out)
        var written = ["report.md"]
        var inline: [String: String] = [:]
        for d in report.diagrams {
            let base = (d.fileName as NSString).deletingPathExtension
            // report.html inlines SVG, drawn for it when no SVG file is asked for.
            let svgForHTML = html && !imageFormat.contains(.svg)
            for format in imageFormat + (svgForHTML ? [.svg] : []) {
                let file = base + "." + format.rawValue
                let start = DispatchTime.now().uptimeNanoseconds
                let image = try progress.step("drawing \(file)") { try d.diagram.render(format: format, layout: layout) }
                timing?("render \(file)", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                if format == .svg { inline[d.fileName] = String(decoding: image, as: UTF8.self) }
                guard imageFormat.contains(format) else { continue }
                try folder.write(image, name: file)
                written.append(file)
            }
        }
        try folder.write(Data(report.markdown.utf8), name: "report.md")
        if let chart = report.activitySVG {
            try folder.write(Data(chart.utf8), name: NetworkReport.activityFileName)
            written.append(NetworkReport.activityFileName)
            inline[NetworkReport.activityFileName] = chart
        }
        if html {
            try folder.write(Data(HTMLRenderer.render(report.document, inlineSVG: inline).utf8), name: "report.html")
            written.append("report.html")
        }
        try folder.commit()
        if save {
            let start = DispatchTime.now().uptimeNanoseconds
            let id = try store.saveScores(run: "report", parameters: try jsonText(try savedParameters(report, options: options)),
                                          scores: try savedScores(report.data))
            timing?("save analysis run", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            printError("saved as analysis run \(id)")
        }
        printError("wrote \(written.joined(separator: ", ")) in \(dir.path)")
    }

    /// What `--save` records: the report's provenance (from the analysis session, the values
    /// the Methods section prints) and this command's options.
    func savedParameters(_ report: NetworkReport, options: NetworkReportOptions) throws -> SavedReportRun {
        let parameters = report.data.session.parameters
        return SavedReportRun(
            options: SavedReportRun.Options(
                top: options.top, diagramAccounts: options.diagramAccounts, imageFormats: imageFormat.map(\.rawValue),
                layout: layout?.rawValue ?? "default", seed: report.data.seed, focus: options.focus, anonymize: options.anonymize,
                html: html, communityRows: options.communityRows, briefSpecialties: options.briefSpecialties,
                briefAccounts: options.briefAccounts, reachSimulations: options.reachSimulations,
                largeNetworkTies: parameters.largeNetworkTies),
            provenance: try report.provenance(options: options))
    }

    /// Per account (store id): composite score and rank, PageRank, in-degree, community.
    func savedScores(_ data: NetworkData) throws -> [String: [(accountID: Int64, value: Double)]] {
        func column(_ value: (Int) -> Double) -> [(accountID: Int64, value: Double)] {
            data.accounts.indices.map { (data.accounts[$0].id, value($0)) }
        }
        let score = try data.composite, influence = data.influence, membership = try data.communities.membership
        return [
            "report.influence.score": column { score.composite[$0] },
            "report.influence.rank": column { Double(score.rank[$0]) },
            "report.pagerank": column { influence.pageRank[$0] },
            "report.in_degree": column { influence.inDegree[$0] },
            "report.community": column { Double(membership[$0]) },
        ]
    }
}

extension GraphvizLayout: ExpressibleByArgument {}
extension GraphvizFormat: ExpressibleByArgument {}

/// A saved report run: the report's ``ReportProvenance`` with the command's options beside it,
/// one JSON object (`analysis_run.parameters`).
struct SavedReportRun: Encodable {
    struct Options: Encodable {
        var top, diagramAccounts: Int
        var imageFormats: [String]
        var layout: String
        var seed: UInt64
        @NullWhenAbsent var focus: String?
        var anonymize, html: Bool
        var communityRows, briefSpecialties, briefAccounts, reachSimulations, largeNetworkTies: Int

        enum CodingKeys: String, CodingKey {
            case top, diagramAccounts = "diagram_accounts", imageFormats = "image_formats", layout, seed, focus, anonymize, html,
                 communityRows = "community_rows", briefSpecialties = "brief_specialties", briefAccounts = "brief_accounts",
                 reachSimulations = "reach_simulations", largeNetworkTies = "large_network_ties"
        }
    }

    var options: Options
    var provenance: ReportProvenance

    /// The provenance's keys and `options` in one object.
    func encode(to encoder: any Encoder) throws {
        try provenance.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(options, forKey: .options)
    }

    enum CodingKeys: String, CodingKey { case options }
}
