import Foundation

/// A graph description for Graphviz, and the writer that turns it into DOT text.
///
/// Build a ``DOTGraph`` from plain values, hand it to ``DOTWriter/write(_:)``, and pass the
/// text to ``GraphvizRenderer`` (or save it as a `.dot` file for the user):
///
/// ```swift
/// var graph = DOTGraph(name: "mentions", directed: true)
/// graph.graphAttributes = ["rankdir": "LR"]
/// graph.nodeDefaults = ["shape": "box", "style": "filled"]
/// graph.nodes = [
///     DOTNode(id: "9100000001300", label: "@dr_ada_quillbrook_fic", attributes: ["fillcolor": "#E69F00"]),
///     DOTNode(id: "9100000001383", label: "@dryusuffolridge_fic"),
/// ]
/// graph.edges = [DOTEdge(from: "9100000001300", to: "9100000001383", attributes: ["penwidth": "2"])]
/// let dot = DOTWriter.write(graph)
/// ```
///
/// Safety: account text is untrusted, so the writer quotes and escapes *everything* it
/// writes: identifiers with ``Escaping/dotIdentifierEscape(_:)``, labels and attribute
/// values with ``Escaping/dotEscape(_:)``, attribute names when they are not plain words.
/// It never writes HTML-like labels (`label=<…>`), so no text can become markup, and a
/// label such as `"];\nnode [label=<` stays one label on one node.
///
/// Escaping keeps text from becoming DOT syntax; it cannot make an attribute harmless whose
/// *meaning* is dangerous. Put account text only in `label`, `xlabel`, `tooltip`, cluster
/// labels and legend entries, never in `URL`/`href` (a `javascript:` link in the SVG) or in
/// `image`, `shapefile`, `fontname`, `imagepath`, `fontpath` (Graphviz would read local
/// files named by the text).
///
/// Output is deterministic: statements come out in exactly the order of the arrays and
/// attribute lists you give, so the same description always gives the same bytes.
public struct DOTGraph: Sendable, Equatable {
    /// The graph's name, written quoted after `digraph`/`graph`.
    public var name: String
    /// `digraph` with `->` edges when true, `graph` with `--` edges when false.
    public var directed: Bool
    /// `strict` graphs merge parallel edges.
    public var strict: Bool
    /// Graph attributes, written as `graph [ … ];` (e.g. `rankdir`, `overlap`, `label`).
    public var graphAttributes: DOTAttributes
    /// Defaults for every node, written as `node [ … ];`.
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge, written as `edge [ … ];`.
    public var edgeDefaults: DOTAttributes
    public var nodes: [DOTNode]
    public var edges: [DOTEdge]
    /// Boxes drawn around groups of nodes (layouts `dot` and `fdp` draw them).
    public var clusters: [DOTCluster]
    /// An optional key of colours, drawn as its own cluster of small boxes.
    public var legend: DOTLegend?

    public init(
        name: String = "G", directed: Bool = true, strict: Bool = false,
        graphAttributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:],
        edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [], edges: [DOTEdge] = [],
        clusters: [DOTCluster] = [], legend: DOTLegend? = nil
    ) {
        self.name = name
        self.directed = directed
        self.strict = strict
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
    }
}

/// One node. `id` identifies it (edges and clusters refer to it); `label` is what is drawn.
/// When `label` is nil the id is drawn, still escaped as a label.
public struct DOTNode: Sendable, Equatable {
    public var id: String
    public var label: String?
    public var attributes: DOTAttributes

    public init(id: String, label: String? = nil, attributes: DOTAttributes = [:]) {
        self.id = id
        self.label = label
        self.attributes = attributes
    }
}

/// One edge between two node ids. An id without a ``DOTNode`` still works: Graphviz
/// creates the node, drawn with its escaped id as label (the writer adds nothing for it).
public struct DOTEdge: Sendable, Equatable {
    public var from: String
    public var to: String
    public var attributes: DOTAttributes

    public init(from: String, to: String, attributes: DOTAttributes = [:]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A group of nodes drawn inside one box. Written as `subgraph "cluster_<id>"`: Graphviz
/// treats a subgraph as a cluster only when its name starts with `cluster`.
public struct DOTCluster: Sendable, Equatable {
    public var id: String
    public var label: String?
    /// Graph attributes of the cluster box (`style`, `color`, `bgcolor`, …).
    public var attributes: DOTAttributes
    /// Ids of the nodes inside. A node should be in at most one cluster.
    public var nodeIDs: [String]

    public init(id: String, label: String? = nil, attributes: DOTAttributes = [:], nodeIDs: [String]) {
        self.id = id
        self.label = label
        self.attributes = attributes
        self.nodeIDs = nodeIDs
    }
}

/// A colour key: one filled box per entry, inside a cluster titled ``title``. Its boxes are
/// nodes with the ids `legend_0`, `legend_1`, …, so do not use those ids for your own nodes.
/// Only the `dot` and `fdp` layouts draw clusters; the others place the boxes freely and
/// omit the title.
public struct DOTLegend: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var label: String
        /// Any Graphviz colour: `#RRGGBB`, `#RRGGBBAA` or a colour name.
        public var color: String
        /// The text colour on the box; nil keeps Graphviz's default (black). Pass
        /// ``Palette/Color/contrastingText`` so labels stay readable on dark fills.
        public var fontColor: String?
        public init(label: String, color: String, fontColor: String? = nil) {
            self.label = label
            self.color = color
            self.fontColor = fontColor
        }
    }

    public var title: String
    public var entries: [Entry]

    public init(title: String = "Legend", entries: [Entry]) {
        self.title = title
        self.entries = entries
    }
}

/// An ordered list of `name = value` attributes. Order is kept as written, so output is
/// deterministic; setting an existing name through the subscript replaces its value in
/// place. Write it as a dictionary literal: `["shape": "box", "color": "#0072B2"]`.
public struct DOTAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public private(set) var attributes: [Attribute]

    public init(_ attributes: [Attribute] = []) {
        self.attributes = []
        for a in attributes { self[a.name] = a.value }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements.map { Attribute(name: $0.0, value: $0.1) })
    }

    public var isEmpty: Bool { attributes.isEmpty }

    /// The value for `name`; assigning nil removes it.
    public subscript(name: String) -> String? {
        get { attributes.first { $0.name == name }?.value }
        set {
            if let i = attributes.firstIndex(where: { $0.name == name }) {
                if let newValue { attributes[i].value = newValue } else { attributes.remove(at: i) }
            } else if let newValue {
                attributes.append(Attribute(name: name, value: newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Attribute]> {
        attributes.makeIterator()
    }
}

/// Writes ``DOTGraph`` values as DOT text. See ``DOTGraph`` for an example.
public enum DOTWriter {

    /// The DOT text for `graph`, ending in a newline. Layout of the text:
    ///
    /// ```
    /// digraph "name" {
    ///   graph [...];  node [...];  edge [...];     (defaults, when given)
    ///   "id" [label="…", …];                        (nodes, in order)
    ///   subgraph "cluster_…" { … "id"; }            (clusters, in order)
    ///   subgraph "cluster_legend" { … }             (legend, when given)
    ///   "a" -> "b" […];                              (edges, in order)
    /// }
    /// ```
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        if graph.strict { out += "strict " }
        out += graph.directed ? "digraph " : "graph "
        out += quotedID(graph.name) + " {\n"
        if !graph.graphAttributes.isEmpty { out += "  graph " + list(graph.graphAttributes) + ";\n" }
        if !graph.nodeDefaults.isEmpty { out += "  node " + list(graph.nodeDefaults) + ";\n" }
        if !graph.edgeDefaults.isEmpty { out += "  edge " + list(graph.edgeDefaults) + ";\n" }

        for node in graph.nodes {
            var attributes = DOTAttributes()
            attributes["label"] = node.label ?? node.id
            for a in node.attributes where a.name != "label" { attributes[a.name] = a.value }
            out += "  " + quotedID(node.id) + " " + list(attributes) + ";\n"
        }

        for cluster in graph.clusters {
            out += "  subgraph " + quotedID("cluster_" + cluster.id) + " {\n"
            var attributes = cluster.attributes
            if let label = cluster.label { attributes["label"] = label }
            if !attributes.isEmpty { out += "    graph " + list(attributes) + ";\n" }
            for id in cluster.nodeIDs { out += "    " + quotedID(id) + ";\n" }
            out += "  }\n"
        }

        if let legend = graph.legend, !legend.entries.isEmpty {
            out += "  subgraph \"cluster_legend\" {\n"
            out += "    graph " + list(["label": legend.title, "style": "rounded", "color": "#999999"]) + ";\n"
            for (i, entry) in legend.entries.enumerated() {
                var attributes: DOTAttributes = [
                    "label": entry.label, "shape": "box", "style": "filled",
                    "fillcolor": entry.color, "fontsize": "10",
                ]
                attributes["fontcolor"] = entry.fontColor
                out += "    " + quotedID("legend_\(i)") + " " + list(attributes) + ";\n"
            }
            // Invisible edges keep the entries in one column under `dot`.
            for i in 0..<(legend.entries.count - 1) {
                out += "    " + quotedID("legend_\(i)") + (graph.directed ? " -> " : " -- ")
                    + quotedID("legend_\(i + 1)") + " [style=\"invis\"];\n"
            }
            out += "  }\n"
        }

        let op = graph.directed ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quotedID(edge.from) + op + quotedID(edge.to)
            if !edge.attributes.isEmpty { out += " " + list(edge.attributes) }
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// The legend as nodes pinned at positions (points, y up): the title, then one box per
    /// entry below it, in a column whose left edge is `left` and whose top is `top`. For
    /// graphs already laid out, rendered with the `nop2` engine (see
    /// ``GraphvizRenderer/render(_:layout:format:)-DOTGraph``).
    static func pinnedLegend(_ legend: DOTLegend, left: Double, top: Double) -> String {
        let fontSize = 12.0
        // A box wide enough for the longest label (Helvetica averages ~0.55 em a character).
        let longest = legend.entries.map { $0.label.count }.max() ?? 1
        let width = max(1.2, Double(min(longest, 40)) * 0.58 * fontSize / 72 + 0.35)
        let height = 0.32
        let x = left + width * 36
        func pos(_ y: Double) -> String { String(format: "%.1f,%.1f!", x, y) }
        var out = "  " + quotedID("legend_title") + " " + list([
            "label": legend.title, "shape": "plaintext", "style": "", "fontsize": "14",
            "fontname": "Helvetica-Bold", "pos": pos(top - 10), "width": String(format: "%.2f", width), "height": "0.3",
        ]) + ";\n"
        for (i, entry) in legend.entries.enumerated() {
            var attributes: DOTAttributes = [
                "label": entry.label, "shape": "box", "style": "filled", "fillcolor": entry.color,
                "fontsize": String(format: "%.0f", fontSize), "fontname": "Helvetica", "fixedsize": "true",
                "width": String(format: "%.2f", width), "height": String(format: "%.2f", height),
                "pos": pos(top - 10 - Double(i + 1) * (height * 72 + 4)),
            ]
            attributes["fontcolor"] = entry.fontColor
            out += "  " + quotedID("legend_\(i)") + " " + list(attributes) + ";\n"
        }
        return out
    }

    static func quotedID(_ id: String) -> String {
        "\"" + Escaping.dotIdentifierEscape(id) + "\""
    }

    static func list(_ attributes: DOTAttributes) -> String {
        "[" + attributes.map { attributeName($0.name) + "=" + Escaping.dotQuoted($0.value) }
            .joined(separator: ", ") + "]"
    }

    /// Plain attribute names are written bare; anything else (including the DOT keywords,
    /// which would end the list) is written as a quoted, escaped identifier.
    static func attributeName(_ name: String) -> String {
        let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]
        var plain = !name.isEmpty && !keywords.contains(name.lowercased())
        for (i, scalar) in name.unicodeScalars.enumerated() where plain {
            let v = scalar.value
            let letter = (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
            let digit = v >= 48 && v <= 57
            plain = letter || (digit && i > 0)
        }
        return plain ? name : quotedID(name)
    }
}
