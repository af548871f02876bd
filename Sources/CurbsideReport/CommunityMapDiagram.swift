import CurbsideGraph
import Foundation

/// Ties between communities: `weights[i * count + j]` counts the undirected ties between
/// shown communities `i` and `j`.
struct CommunityTies {
    var count: Int
    var weights: [Double]

    /// Counts every tie of `graph` (undirected, each pair once) between two different
    /// communities among `shown` (community ids, in drawing order).
    init(graph: GraphView, membership: [UInt32], shown: [Int], communityCount: Int) {
        count = shown.count
        var slot = [Int](repeating: -1, count: communityCount)
        for (i, c) in shown.enumerated() { slot[c] = i }
        var weights = [Double](repeating: 0, count: shown.count * shown.count)
        let out = graph.outAdjacency
        let n = count
        membership.withUnsafeBufferPointer { member in
        slot.withUnsafeBufferPointer { slot in
        out.withUnsafeBuffers { offsets, targets, _ in
            for u in 0..<graph.nodeCount {
                let a = slot[Int(member[u])]
                if a < 0 { continue }
                for e in Int(offsets[u])..<Int(offsets[u + 1]) {
                    let v = Int(targets[e])
                    guard v > u else { continue }
                    let b = slot[Int(member[v])]
                    if b < 0 || b == a { continue }
                    weights[a * n + b] += 1
                    weights[b * n + a] += 1
                }
            }
        }}}
        self.weights = weights
    }

    /// The community graph as an undirected weighted view (shown index = node).
    var view: GraphView {
        var offsets: [UInt32] = [0]
        var targets: [UInt32] = []
        var w: [Double] = []
        for i in 0..<count {
            for j in 0..<count where weights[i * count + j] > 0 {
                targets.append(UInt32(j))
                w.append(weights[i * count + j])
            }
            offsets.append(UInt32(targets.count))
        }
        return GraphView(undirected: CSR(offsets: offsets, targets: targets, weights: w))
    }
}

extension NetworkData {
    /// Communities as nodes (area by members), lines weighted by the ties between them;
    /// each community keeps its three strongest links so the map stays legible.
    func communityMapDiagram(_ options: DiagramOptions) throws -> Diagram {
        let result = try communities
        let limit = options.top ?? 30
        // Communities of one account are isolated accounts: not a community worth a bubble.
        let shown = Array(result.sizes.indices.filter { result.sizes[$0] >= 2 }.prefix(limit))
        let ties = CommunityTies(graph: undirected, membership: result.membership, shown: shown, communityCount: result.count)
        let backbone = try strongestTiesBackbone(ties.view, perNode: 3)
        let largest = Double(shown.first.map { result.sizes[$0] } ?? 1)
        let inShown = shown.reduce(0) { $0 + result.sizes[$1] }

        var nodes: [DOTNode] = []
        for c in shown {
            let color = Palette.standard.color(at: c)
            var node = DiagramStyle.node(
                id: "c\(c)", label: try communityLabel(c) + "\n" + DiagramStyle.integer(result.sizes[c]) + " accounts",
                color: color, share: Double(result.sizes[c]) / largest, minWidth: 1.1, maxWidth: 3.2, fontRange: 12...20)
            let s = try communitySpecialties[c]
            if s.labelled > 0 {
                node.attributes["tooltip"] = try "\(communityLabel(c)): \(result.sizes[c]) accounts, specialty \(s.description)"
            }
            nodes.append(node)
        }
        var edges: [DOTEdge] = []
        let out = backbone.outAdjacency
        let maxWeight = out.weights?.max() ?? 1
        for i in 0..<UInt32(shown.count) {
            for e in out.range(i) where out.targets[e] > i {
                let j = out.targets[e], w = out.weights?[e] ?? 1
                edges.append(DOTEdge(from: "c\(shown[Int(i)])", to: "c\(shown[Int(j)])", attributes: [
                    "penwidth": DiagramStyle.format(1 + 9 * w / maxWeight),
                    "tooltip": try "\(Int(w)) ties between \(communityLabel(shown[Int(i)])) and \(communityLabel(shown[Int(j)]))",
                ]))
            }
        }
        let layout = GraphvizLayout.neato
        let multi = result.sizes.filter { $0 >= 2 }.count
        let which = shown.count < multi ? "the \(shown.count) largest of \(DiagramStyle.integer(multi)) communities" : "\(shown.count) communities"
        let title = "Communities (Leiden, seed \(self.seed)): \(which), "
            + "\(DiagramStyle.integer(inShown)) of \(DiagramStyle.integer(graph.nodeCount)) accounts"
        var attributes = DiagramStyle.graphAttributes(title: title, layout: layout)
        attributes["mode"] = "major"
        let caption = "Each bubble is a community found by Leiden (area grows with its members, colour is its own); "
            + "lines join communities with many ties between them (each community keeps its three strongest links; width proportional to the number of ties, given in the SVG tooltips)."
        return Diagram(
            view: .communityMap,
            graph: DOTGraph(name: "community-map", directed: false, graphAttributes: attributes,
                            nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: ["color": "#66666688"],
                            nodes: nodes, edges: edges),
            layout: layout, title: title, caption: caption, nodeCount: nodes.count, edgeCount: edges.count)
    }
}
