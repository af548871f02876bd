import CurbsideGraph
import Foundation

/// The diagrams `curbside render` and the report draw.
public enum DiagramView: String, CaseIterable, Sendable {
    /// Communities as nodes sized by members, lines weighted by the ties between them.
    case communityMap = "community-map"
    /// The top accounts by PageRank and the ties among them, with a colour key.
    case influencers
    /// One account and its strongest ties, boxed by community.
    case ego
    /// One account → suggested collaborators, through the colleagues they share.
    case collaborators
    /// The densest core of the network (a k-core), its strongest ties.
    case core
    /// The whole network reduced to its best-connected accounts and its disparity backbone.
    case full
}

/// What colours the accounts of a diagram.
public enum DiagramColoring: String, CaseIterable, Sendable {
    case specialty
    case community
}

/// Parameters of a diagram. Every limit caps what Graphviz is given, so that layout stays
/// within seconds whatever the network's size.
public struct DiagramOptions: Sendable {
    /// Accounts (or communities) drawn; `nil` takes the view's default (influencers 40,
    /// ego 25, collaborators 12 candidates, community map 30, core 150, full 300).
    public var top: Int? = nil
    /// The account of `ego` and `collaborators`.
    public var focus: UInt32? = nil
    /// Colour accounts by specialty or community; `nil`: the view's default (specialty for
    /// influencers, ego and collaborators; community for core and full).
    public var coloring: DiagramColoring? = nil
    /// Lines drawn at most (core and full); `nil`: three per account drawn.
    public var maxEdges: Int? = nil
    /// Collaborator suggestions to draw instead of the built-in Adamic–Adar list.
    public var collaborators: CollaboratorSuggestions? = nil

    public init() {}
}

/// A diagram ready for Graphviz: the description, the layout it is meant for, and what was
/// left out to keep it readable.
public struct Diagram: Sendable {
    public var view: DiagramView
    public var graph: DOTGraph
    /// The layout engine the diagram is designed for.
    public var layout: GraphvizLayout
    /// The title drawn at the top.
    public var title: String
    /// One sentence for alt text and the report: what is drawn and how.
    public var caption: String
    /// Accounts or communities drawn, and lines drawn.
    public var nodeCount: Int
    public var edgeCount: Int

    /// The DOT text (legend as a cluster; see ``GraphvizRenderer/render(_:layout:format:)-DOTGraph``
    /// for how other layouts place it).
    public var dot: String { DOTWriter.write(graph) }

    /// Renders the diagram with its own layout, or `layout` when given.
    public func render(format: GraphvizFormat, layout: GraphvizLayout? = nil) throws -> Data {
        try GraphvizRenderer.render(graph, layout: layout ?? self.layout, format: format)
    }
}

/// Shared look of every diagram.
enum DiagramStyle {
    static let font = "Helvetica"

    static func graphAttributes(title: String, layout: GraphvizLayout) -> DOTAttributes {
        var a: DOTAttributes = [
            "label": title, "labelloc": "t", "fontsize": "20", "fontname": font,
            "bgcolor": "white", "pad": "0.3", "outputorder": "edgesfirst",
        ]
        switch layout {
        case .dot:
            a["nodesep"] = "0.25"
            a["ranksep"] = "0.6"
        case .sfdp, .neato, .fdp, .circo:
            a["overlap"] = "prism"
            a["overlap_scaling"] = "-4"
            a["sep"] = "+6"
            // Straight lines: routing splines around nodes ("true") costs minutes past ~100 nodes.
            a["splines"] = "false"
        }
        return a
    }

    static var nodeDefaults: DOTAttributes {
        ["shape": "ellipse", "style": "filled", "fontname": font, "fontsize": "12", "color": "#444444", "penwidth": "0.8"]
    }

    static var edgeDefaults: DOTAttributes {
        ["color": "#55555577", "arrowsize": "0.5", "penwidth": "0.8"]
    }

    /// A filled node: colour, readable text on it, size by `share` (0…1, area-like).
    static func node(id: String, label: String, color: Palette.Color, share: Double,
                     minWidth: Double = 0.5, maxWidth: Double = 1.6, fontRange: ClosedRange<Double> = 11...18) -> DOTNode {
        let s = min(max(share, 0), 1).squareRoot()
        let width = minWidth + (maxWidth - minWidth) * s
        return DOTNode(id: id, label: label, attributes: [
            "fillcolor": color.hex, "fontcolor": color.contrastingText.hex,
            "fontsize": format(fontRange.lowerBound + (fontRange.upperBound - fontRange.lowerBound) * s),
            "width": format(width), "height": format(width * 0.55),
        ])
    }

    /// Line width for a weight relative to the largest, 0.6…6 points on a log scale.
    static func penwidth(_ weight: Double, max maxWeight: Double) -> String {
        let r = maxWeight > 1 ? log(max(weight, 1)) / log(maxWeight) : 1
        return format(0.6 + 5.4 * r)
    }

    static func format(_ v: Double) -> String { String(format: "%.2f", v) }

    /// `1,352`.
    static func integer(_ n: Int) -> String { NetworkReport.integer(Double(n)) }

    /// Colours for categories ordered by how many of `items` have them (ties by name),
    /// and the key that explains them.
    static func categoryColors(_ categories: [String], title: String) -> (colors: [String: Palette.Color], legend: DOTLegend) {
        var counts: [String: Int] = [:]
        for c in categories { counts[c, default: 0] += 1 }
        // Unlabelled accounts are grey and come last: no hue is spent on them.
        let unlabelled = "unlabelled"
        var order = counts.keys.filter { $0 != unlabelled }
            .sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : $0 < $1 }
        var colors = Palette.standard.colors(for: order)
        if counts[unlabelled] != nil {
            order.append(unlabelled)
            colors[unlabelled] = Palette.Color(red: 0xCC, green: 0xCC, blue: 0xCC)
        }
        let legend = DOTLegend(title: title, entries: order.map {
            .init(label: $0, color: colors[$0]!.hex, fontColor: colors[$0]!.contrastingText.hex)
        })
        return (colors, legend)
    }
}

extension NetworkData {
    /// How to colour `nodes`: the category of each, its colour, and the key. Communities
    /// beyond the twelfth largest among `nodes` share one grey "other communities" entry.
    func colorKey(for nodes: [UInt32], by coloring: DiagramColoring) throws
        -> (category: (UInt32) -> String, colors: [String: Palette.Color], legend: DOTLegend)
    {
        switch coloring {
        case .specialty:
            let (colors, legend) = DiagramStyle.categoryColors(nodes.map(specialty), title: "Specialty")
            return ({ self.specialty($0) }, colors, legend)
        case .community:
            let membership = try communities.membership
            let shown = Array(Set(nodes.map { Int(membership[Int($0)]) })).sorted()
            var named: [Int: String] = [:]
            for c in shown.prefix(12) { named[c] = try communityLabel(c) }
            let other = "other communities"
            func category(_ v: UInt32) -> String { named[Int(membership[Int(v)])] ?? other }
            var colors: [String: Palette.Color] = [:]
            var entries: [DOTLegend.Entry] = []
            for c in shown.prefix(12) {
                // The community's own colour, the same in every diagram of the report.
                let color = Palette.standard.color(at: c)
                colors[named[c]!] = color
                entries.append(.init(label: named[c]!, color: color.hex, fontColor: color.contrastingText.hex))
            }
            if shown.count > 12 {
                let grey = Palette.Color(red: 0xBB, green: 0xBB, blue: 0xBB)
                colors[other] = grey
                entries.append(.init(label: other, color: grey.hex, fontColor: grey.contrastingText.hex))
            }
            return (category, colors, DOTLegend(title: "Community", entries: entries))
        }
    }
}
