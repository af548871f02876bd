import ArgumentParser
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

        Examples:
          curbside report --out report
          curbside report --input Samples/clinician-network Samples/x-archive-focus --out sample-report --image-format svg png pdf
          curbside report --out board --anonymize --html
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

    @Flag(name: .long, help: "Also write report.html, with SVG diagrams inline.")
    var html = false

    @Option(name: .long, help: "Graphviz layout for every diagram: \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: "|")) (default: each diagram's own).")
    var layout: GraphvizLayout?

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard (1...500).contains(diagramAccounts) else { throw ValidationError("--diagram-accounts must be between 1 and 500") }
        guard !imageFormat.isEmpty else { throw ValidationError("--image-format needs at least one of svg, png, pdf") }
    }

    func run() throws {
        let store = try source.openStore()
        var options = NetworkReportOptions()
        options.top = top
        options.diagramAccounts = diagramAccounts
        options.imageExtension = imageFormat[0].rawValue
        options.anonymize = anonymize
        options.window = source.window
        options.data.communitySeed = seed
        options.focus = focus
        let report = try NetworkReport(store: store, options: options)
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var written = ["report.md"]
        var inline: [String: String] = [:]
        for d in report.diagrams {
            let base = (d.fileName as NSString).deletingPathExtension
            for format in imageFormat {
                let file = base + "." + format.rawValue
                let image = try d.diagram.render(format: format, layout: layout)
                try image.write(to: dir.appendingPathComponent(file))
                written.append(file)
                if format == .svg { inline[d.fileName] = String(decoding: image, as: UTF8.self) }
            }
        }
        try Data(report.markdown.utf8).write(to: dir.appendingPathComponent("report.md"))
        if let chart = report.activitySVG {
            try Data(chart.utf8).write(to: dir.appendingPathComponent(NetworkReport.activityFileName))
            written.append(NetworkReport.activityFileName)
            inline[NetworkReport.activityFileName] = chart
        }
        if html {
            try Data(HTMLRenderer.render(report.document, inlineSVG: inline).utf8).write(to: dir.appendingPathComponent("report.html"))
            written.append("report.html")
        }
        printError("wrote \(written.joined(separator: ", ")) in \(dir.path)")
    }
}

extension GraphvizLayout: ExpressibleByArgument {}
extension GraphvizFormat: ExpressibleByArgument {}
