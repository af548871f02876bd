import ArgumentParser
import CurbsideReport
import CurbsideStore
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw one diagram of the network (SVG, PNG, PDF or DOT), reduced so it reads and lays out in seconds.",
        discussion: """
        Views:
          community-map  communities (Leiden, --seed) as bubbles sized by members, lines by ties between them
          influencers    the --top accounts by PageRank and the ties among them, with a colour key
          ego            --focus and its --top strongest ties, boxed by community
          collaborators  --focus, suggested collaborators (as `curbside collaborators` ranks them) and the colleagues they share
          core           the k-core with the smallest k that has at most --top accounts
          full           the --top best-connected accounts and the disparity backbone among them
        Layout runs in-process with Graphviz; each view has a default layout (--layout overrides). \
        --format dot writes the Graphviz description instead of a picture. The same input gives \
        byte-identical files.

        Examples:
          curbside render --view community-map --format png --out communities.png
          curbside render --view ego --focus @dr_ada_quillbrook_fic --format svg --out ada.svg
          curbside render --view full --format pdf --out network.pdf --input Samples/clinician-network --anonymize
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: "Diagram: \(DiagramView.allCases.map(\.rawValue).joined(separator: "|")).")
    var view: DiagramView

    @Option(name: .long, help: "Output format: svg, png, pdf or dot.")
    var format: Format = .svg

    @Option(name: .long, help: "Graphviz layout: \(GraphvizLayout.allCases.map(\.rawValue).joined(separator: "|")) (default: the view's own).")
    var layout: GraphvizLayout?

    @Option(name: .long, help: "File to write.")
    var out: String

    @Option(name: .long, help: "The account of ego and collaborators: @handle or platform id.")
    var focus: String?

    @Option(name: .long, help: "Accounts (community map: communities) to draw; default depends on the view.")
    var top: Int?

    @Option(name: .customLong("color-by"), help: "Colour accounts by specialty or community (default depends on the view).")
    var colorBy: DiagramColoring?

    @Option(name: .long, help: "Seed of the community detection (Leiden); same seed, same communities.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Replace handles and names with stable pseudonyms (account-0042).")
    var anonymize = false

    func validate() throws {
        if let top, !(1...2000).contains(top) { throw ValidationError("--top must be between 1 and 2000") }
        if (view == .ego || view == .collaborators) && focus == nil {
            throw ValidationError("--view \(view.rawValue) needs --focus @handle")
        }
    }

    func run() throws {
        // Before the analysis: a missing folder fails at once, not after the layout.
        try OutputFiles.requireWritablePlace(out)
        let (_, session) = try source.openSession { $0.communities.seed = seed }
        var dataOptions = NetworkDataOptions()
        dataOptions.anonymize = anonymize
        // Leiden runs beside the specialty classification when the view is made of communities.
        dataOptions.communitiesInBackground = view == .communityMap
        let data = try NetworkData(session: session, options: dataOptions)
        var options = DiagramOptions()
        options.top = top
        options.coloring = colorBy
        if let focus { options.focus = try data.node(named: focus) }
        let diagram = try data.diagram(view, options: options)
        let bytes: Data
        let started = Date()
        switch format {
        case .dot: bytes = Data(diagram.dot.utf8)
        case .svg: bytes = try diagram.render(format: .svg, layout: layout)
        case .png: bytes = try diagram.render(format: .png, layout: layout)
        case .pdf: bytes = try diagram.render(format: .pdf, layout: layout)
        }
        try OutputFiles.write(bytes, to: out)
        let seconds = Date().timeIntervalSince(started)
        printError("wrote \(out): \(view.rawValue), \(diagram.nodeCount) nodes, \(diagram.edgeCount) lines"
            + (format == .dot ? "" : String(format: ", %@ layout and render %.2f s", (layout ?? diagram.layout).rawValue, seconds)))
    }
}

extension DiagramView: ExpressibleByArgument {}
extension DiagramColoring: ExpressibleByArgument {}
