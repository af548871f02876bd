import ArgumentParser
import CurbsideReport
import CurbsideStore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of the network with a Graphviz diagram.",
        discussion: """
        Writes DIR/report.md (overview, specialties, top accounts by in-degree and PageRank, \
        sources, methods) and DIR/influencers.svg (or .png/.pdf with --image-format), rendered in-process with Graphviz. The same \
        input gives byte-identical files.

        Examples:
          curbside report --out report
          curbside report --input Samples/clinician-network Samples/x-archive-focus --out sample-report
          curbside report --out board --anonymize --html
          curbside report --out conference --hashtag CurbCon26 --since 2026-03-14 --until 2026-03-20
        """
    )

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Folder to write the report into (created if needed).")
    var out: String

    @Option(name: .long, help: "Rows in each ranking table.")
    var top: Int = 15

    @Option(name: .long, help: "Accounts in the diagram (Graphviz layout time grows fast past a few hundred).")
    var diagramAccounts: Int = 40

    @Option(name: .long, help: "Diagram format: svg, png or pdf.")
    var imageFormat: GraphvizFormat = .svg

    @Flag(name: .long, help: "Replace handles, names and source paths with stable pseudonyms everywhere, diagram included.")
    var anonymize = false

    @Flag(name: .long, help: "Also write report.html, with the SVG diagram inline.")
    var html = false

    @Option(name: .long, help: "Graphviz layout for the diagram: \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: "|")).")
    var layout: GraphvizLayout = .sfdp

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        guard (1...500).contains(diagramAccounts) else { throw ValidationError("--diagram-accounts must be between 1 and 500") }
    }

    func run() throws {
        let store = try source.openStore()
        var options = NetworkReportOptions()
        options.top = top
        options.diagramAccounts = diagramAccounts
        options.diagramFileName = "influencers.\(imageFormat.rawValue)"
        options.anonymize = anonymize
        options.window = source.window
        let report = try NetworkReport(store: store, options: options)
        let dir = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let image = try GraphvizRenderer.render(report.diagramDOT, layout: layout, format: imageFormat)
        try image.write(to: dir.appendingPathComponent(options.diagramFileName))
        try Data(report.markdown.utf8).write(to: dir.appendingPathComponent("report.md"))
        var written = ["report.md", options.diagramFileName]
        if let chart = report.activitySVG {
            try Data(chart.utf8).write(to: dir.appendingPathComponent(NetworkReport.activityFileName))
            written.append(NetworkReport.activityFileName)
        }
        if html {
            var inline = imageFormat == .svg ? [options.diagramFileName: String(decoding: image, as: UTF8.self)] : [:]
            if let chart = report.activitySVG { inline[NetworkReport.activityFileName] = chart }
            try Data(HTMLRenderer.render(report.document, inlineSVG: inline).utf8).write(to: dir.appendingPathComponent("report.html"))
            written.append("report.html")
        }
        printError("wrote \(written.joined(separator: ", ")) in \(dir.path)")
    }
}

extension GraphvizLayout: ExpressibleByArgument {}
extension GraphvizFormat: ExpressibleByArgument {}
