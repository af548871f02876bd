import CurbsideGraph
import Foundation

extension NetworkData {
    /// The top accounts by PageRank and the ties among them: area by PageRank, colour by
    /// specialty (or community), arrows thicker when the tie was seen more often.
    func influencersDiagram(_ options: DiagramOptions) throws -> Diagram {
        let count = options.top ?? 40
        let scores = influence.pageRank
        let chosen = try ranked(topNodes(scores, count: count * 2), by: { scores[Int($0)] }).prefix(count).map { $0 }
        let coloring = options.coloring ?? .specialty
        let key = try colorKey(for: chosen, by: coloring)
        let maxScore = chosen.map { scores[Int($0)] }.max() ?? 1
        let nodes = chosen.map { v in
            DiagramStyle.node(id: "n\(v)", label: display(v), color: key.colors[key.category(v)] ?? Palette.standard.color(at: 0),
                              share: scores[Int(v)] / max(maxScore, 1e-300), minWidth: 0.6, maxWidth: 1.7, fontRange: 11...17)
        }
        let edges = tiesAmong(chosen, directed: true)
        let layout = GraphvizLayout.sfdp
        let which = chosen.count < graph.nodeCount
            ? "The \(chosen.count) most influential accounts (PageRank) of \(DiagramStyle.integer(graph.nodeCount))"
            : "All \(chosen.count) accounts by influence (PageRank)"
        let title = which + ", coloured by \(coloring.rawValue)"
        let caption = "The \(chosen.count) accounts with the highest PageRank; area grows with PageRank, colour shows the "
            + "\(coloring.rawValue), arrows are ties of any kind among them (thicker: seen more often)."
        return Diagram(
            view: .influencers,
            graph: DOTGraph(name: "influencers", directed: true, graphAttributes: DiagramStyle.graphAttributes(title: title, layout: layout),
                            nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: DiagramStyle.edgeDefaults,
                            nodes: nodes, edges: edges, legend: key.legend),
            layout: layout, title: title, caption: caption, nodeCount: nodes.count, edgeCount: edges.count)
    }

    /// One line per pair of `nodes` joined by any tie, weighted by all their interactions:
    /// arrows `u → v` when `directed`, else one undirected line per pair.
    func tiesAmong(_ nodes: [UInt32], directed: Bool, attributes extra: (UInt32, UInt32) -> DOTAttributes = { _, _ in [:] }) -> [DOTEdge] {
        let chosen = Set(nodes)
        let view = directed ? weightedDirected : weightedUndirected
        var found: [(UInt32, UInt32, Double)] = []
        for u in nodes {
            for i in view.outAdjacency.range(u) {
                let v = view.outAdjacency.targets[i]
                guard v != u, chosen.contains(v), directed || u < v else { continue }
                found.append((u, v, view.outAdjacency.weights?[i] ?? 1))
            }
        }
        let maxWeight = found.map(\.2).max() ?? 1
        return found.map { u, v, w in
            var a: DOTAttributes = ["penwidth": DiagramStyle.penwidth(w, max: maxWeight)]
            for x in extra(u, v) { a[x.name] = x.value }
            return DOTEdge(from: "n\(u)", to: "n\(v)", attributes: a)
        }
    }
}
