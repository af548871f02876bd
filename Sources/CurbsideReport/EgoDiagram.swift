import CurbsideGraph
import Foundation

extension NetworkData {
    /// The strongest ties of `v` (by interactions, both directions summed), heaviest first,
    /// ties by display name.
    func strongestNeighbors(of v: UInt32, limit: Int) -> [(node: UInt32, weight: Double)] {
        let adjacency = weightedUndirected.outAdjacency
        var weight: [UInt32: Double] = [:]
        for i in adjacency.range(v) where adjacency.targets[i] != v {
            weight[adjacency.targets[i]] = adjacency.weights?[i] ?? 1
        }
        return ranked(weight.keys, by: { weight[$0]! }).prefix(limit).map { ($0, weight[$0]!) }
    }

    /// One account and its strongest ties, boxed by community; lines among the neighbours
    /// show who of them know each other.
    func egoDiagram(_ options: DiagramOptions) throws -> Diagram {
        let focus = try requireFocus(options, for: .ego)
        let alters = strongestNeighbors(of: focus, limit: options.top ?? 25)
        let all = [focus] + alters.map(\.node)
        let coloring = options.coloring ?? .specialty
        let key = try colorKey(for: all, by: coloring)
        let maxWeight = alters.map(\.weight).max() ?? 1
        var nodes: [DOTNode] = []
        for v in all {
            let share = v == focus ? 1 : 0.15 + 0.5 * (alters.first { $0.node == v }!.weight / maxWeight)
            var node = DiagramStyle.node(id: "n\(v)", label: display(v), color: key.colors[key.category(v)] ?? Palette.standard.color(at: 0),
                                         share: share, minWidth: 0.6, maxWidth: 1.8, fontRange: 11...17)
            if v == focus {
                node.attributes["shape"] = "doubleoctagon"
                node.attributes["penwidth"] = "2"
            }
            nodes.append(node)
        }
        // Boxes by community, largest community first (not on large networks, where finding
        // communities costs minutes).
        var byCommunity: [Int: [String]] = [:]
        if !isLarge {
            let membership = try communities.membership
            for v in all { byCommunity[Int(membership[Int(v)]), default: []].append("n\(v)") }
        }
        let clusters = try byCommunity.keys.sorted().map { c in
            DOTCluster(id: "community_\(c)", label: try communityLabel(c),
                       attributes: ["style": "rounded,filled", "fillcolor": "#F4F4F4", "color": "#BBBBBB", "fontsize": "16", "fontname": DiagramStyle.font],
                       nodeIDs: byCommunity[c]!)
        }
        var edges: [DOTEdge] = alters.map { a in
            DOTEdge(from: "n\(focus)", to: "n\(a.node)", attributes: [
                "penwidth": DiagramStyle.penwidth(a.weight, max: maxWeight), "color": "#333333AA",
                "tooltip": "\(Int(a.weight)) interactions",
            ])
        }
        edges += tiesAmong(alters.map(\.node), directed: false).map { e in
            var e = e
            e.attributes["penwidth"] = "0.6"
            e.attributes["color"] = "#99999977"
            return e
        }
        let layout = GraphvizLayout.fdp
        let title = "\(display(focus)): its \(alters.count) strongest ties" + (clusters.isEmpty ? "" : ", grouped by community")
        let caption = "\(display(focus)) and the \(alters.count) accounts it interacts with most (both directions, all kinds); "
            + (clusters.isEmpty ? "" : "boxes are communities, ") + "dark lines its ties (thicker: more interactions), grey lines ties among the others."
        let attributes = DiagramStyle.graphAttributes(title: title, layout: layout)
        return Diagram(
            view: .ego,
            graph: DOTGraph(name: "ego", directed: false, graphAttributes: attributes,
                            nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: DiagramStyle.edgeDefaults,
                            nodes: nodes, edges: edges, clusters: clusters, legend: key.legend),
            layout: layout, title: title, caption: caption, nodeCount: nodes.count, edgeCount: edges.count)
    }
}
