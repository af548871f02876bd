import CurbsideGraph
import Foundation

extension NetworkData {
    /// The densest part of the network: the k-core with the smallest k whose core has at
    /// most `top` accounts (default 150), and among them each account's strongest ties,
    /// at most `maxEdges` lines.
    func coreDiagram(_ options: DiagramOptions) throws -> Diagram {
        let limit = options.top ?? 150
        let core = coreness(undirected)
        // Accounts per coreness, then the smallest k whose core fits.
        let top = core.max() ?? 0
        var atLeast = [Int](repeating: 0, count: top + 2)
        for k in core { atLeast[k] += 1 }
        for k in stride(from: top, through: 0, by: -1) { atLeast[k] += atLeast[k + 1] }
        var k = top
        while k > 1 && atLeast[k - 1] <= limit { k -= 1 }
        var members = (0..<UInt32(graph.nodeCount)).filter { core[Int($0)] >= k }
        var title = "k ≥ \(k) core: \(DiagramStyle.integer(members.count)) of \(DiagramStyle.integer(graph.nodeCount)) accounts"
        if members.count > limit {
            // Even the innermost core is too big: its best-connected accounts.
            let degree = members.map { Double(undirected.outAdjacency.degree($0)) }
            members = try topNodes(degree, count: limit).map { members[Int($0)] }.sorted()
            title += ", the \(limit) with most ties drawn"
        }
        return try reducedDiagram(.core, members: members, options: options, title: title,
                              caption: "The \(members.count) accounts of the network's \(k)-core (every one has at least \(k) ties "
                                + "inside it), each with its strongest ties; colour shows the \((options.coloring ?? defaultColoring).rawValue).")
    }

    /// The whole network reduced: the `top` accounts with most ties (default 300) and, among
    /// them, the ties that are significant under the disparity filter, most significant first.
    func backboneDiagram(_ options: DiagramOptions) throws -> Diagram {
        let limit = options.top ?? 300
        let strength = (0..<UInt32(graph.nodeCount)).map { weightedUndirected.outAdjacency.weightedDegree($0) }
        let members = try topNodes(strength, count: limit).sorted()
        let title = "Whole network, reduced: the \(DiagramStyle.integer(members.count)) best-connected of "
            + "\(DiagramStyle.integer(graph.nodeCount)) accounts, disparity backbone"
        return try reducedDiagram(.full, members: members, options: options, title: title, useDisparity: true,
                              caption: "The \(members.count) accounts with the most interactions and, among them, the ties the disparity "
                                + "filter finds significant for at least one end; colour shows the \((options.coloring ?? defaultColoring).rawValue).")
    }

    /// Draws `members` with at most `maxEdges` of the ties among them: the most significant
    /// under the disparity filter (computed on the whole network) when `useDisparity`, else
    /// each account's strongest ties (fewer per account until the cap holds). Only the
    /// best-connected accounts are labelled; the others are dots (named in SVG tooltips).
    private func reducedDiagram(_ view: DiagramView, members: [UInt32], options: DiagramOptions, title baseTitle: String,
                                useDisparity: Bool = false, caption: String) throws -> Diagram {
        let maxEdges = options.maxEdges ?? 3 * members.count
        let sub = try inducedSubgraph(weightedUndirected, nodes: members).graph
        let totalTies = sub.outAdjacency.arcCount / 2
        var kept: GraphView
        var how: String
        if useDisparity {
            // p-values from the whole network: a tie is judged against all of its ends' ties.
            let alpha = disparitySignificance(weightedUndirected)
            let full = weightedUndirected.outAdjacency
            var index = [Int32](repeating: -1, count: graph.nodeCount)
            for (i, v) in members.enumerated() { index[Int(v)] = Int32(i) }
            var candidates: [(alpha: Double, u: UInt32, v: UInt32)] = []
            for (i, u) in members.enumerated() {
                for e in full.range(u) {
                    let j = index[Int(full.targets[e])]
                    if j > Int32(i) { candidates.append((alpha[e], UInt32(i), UInt32(j))) }
                }
            }
            candidates.sort { $0.alpha != $1.alpha ? $0.alpha < $1.alpha : ($0.u != $1.u ? $0.u < $1.u : $0.v < $1.v) }
            let chosen = candidates.prefix(maxEdges)
            var keep = Set<UInt64>()
            for c in chosen { keep.insert(UInt64(c.u) << 32 | UInt64(c.v)) }
            kept = filtered(sub) { u, v in keep.contains(UInt64(min(u, v)) << 32 | UInt64(max(u, v))) }
            let level = chosen.last.map { String(format: "%.2g", $0.alpha) } ?? "–"
            how = "\(DiagramStyle.integer(chosen.count)) most significant of \(DiagramStyle.integer(totalTies)) ties (α ≤ \(level))"
        } else {
            var perNode = 6
            kept = try strongestTiesBackbone(sub, perNode: perNode)
            while kept.outAdjacency.arcCount / 2 > maxEdges && perNode > 1 {
                perNode -= 1
                kept = try strongestTiesBackbone(sub, perNode: perNode)
            }
            how = "each one's \(perNode) strongest ties: \(DiagramStyle.integer(kept.outAdjacency.arcCount / 2)) of \(DiagramStyle.integer(totalTies))"
        }
        // Keep accounts with at least one line; isolated dots say nothing.
        let adjacency = kept.outAdjacency
        let drawn = members.indices.filter { adjacency.degree(UInt32($0)) > 0 }
        let drawnNodes = drawn.map { members[$0] }
        let coloring = options.coloring ?? defaultColoring
        let key = try colorKey(for: drawnNodes, by: coloring)
        let degree = drawn.map { Double(adjacency.degree(UInt32($0))) }
        let labelled = try Set(topNodes(degree, count: 30).map { drawn[Int($0)] })
        let maxDegree = degree.max() ?? 1
        var nodes: [DOTNode] = []
        for (position, i) in drawn.enumerated() {
            let v = members[i]
            let color = key.colors[key.category(v)] ?? Palette.standard.color(at: 0)
            let share = degree[position] / maxDegree
            if labelled.contains(i) {
                nodes.append(DiagramStyle.node(id: "n\(v)", label: display(v), color: color, share: share,
                                               minWidth: 0.5, maxWidth: 1.3, fontRange: 11...15))
            } else {
                let size = DiagramStyle.format(0.12 + 0.2 * share.squareRoot())
                nodes.append(DOTNode(id: "n\(v)", label: "", attributes: [
                    "shape": "circle", "fixedsize": "true", "width": size, "height": size,
                    "fillcolor": color.hex, "tooltip": display(v),
                ]))
            }
        }
        var edges: [DOTEdge] = []
        let maxWeight = adjacency.weights?.max() ?? 1
        for i in drawn {
            for e in adjacency.range(UInt32(i)) where Int(adjacency.targets[e]) > i {
                edges.append(DOTEdge(from: "n\(members[i])", to: "n\(members[Int(adjacency.targets[e])])", attributes: [
                    "penwidth": DiagramStyle.penwidth(adjacency.weights?[e] ?? 1, max: maxWeight),
                ]))
            }
        }
        let layout = GraphvizLayout.sfdp
        let title = baseTitle + ";\n" + how + (drawn.count < members.count ? ", \(plural(members.count - drawn.count, "account")) without a kept tie left out" : "")
        return Diagram(
            view: view,
            graph: DOTGraph(name: view.rawValue, directed: false, graphAttributes: DiagramStyle.graphAttributes(title: title, layout: layout),
                            nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: ["color": "#55555555", "penwidth": "0.8"],
                            nodes: nodes, edges: edges, legend: key.legend),
            layout: layout, title: title, caption: caption + " Only the 30 best-connected are named.",
            nodeCount: nodes.count, edgeCount: edges.count)
    }

    /// Community colours on networks up to ``NetworkDataOptions/largeNetworkTies`` ties;
    /// specialty colours on larger ones, where finding communities costs minutes.
    var defaultColoring: DiagramColoring { isLarge ? .specialty : .community }

    /// The arcs of an undirected view that `keep(u, v)` accepts.
    private func filtered(_ view: GraphView, _ keep: (UInt32, UInt32) -> Bool) -> GraphView {
        let out = view.outAdjacency
        var offsets: [UInt32] = [0], targets: [UInt32] = [], weights: [Double] = []
        for u in 0..<UInt32(view.nodeCount) {
            for e in out.range(u) where keep(u, out.targets[e]) {
                targets.append(out.targets[e])
                weights.append(out.weights?[e] ?? 1)
            }
            offsets.append(UInt32(targets.count))
        }
        return GraphView(undirected: CSR(offsets: offsets, targets: targets, weights: weights))
    }
}

/// `1 account`, `2 accounts`, `1,352 accounts`.
func plural(_ n: Int, _ noun: String) -> String {
    DiagramStyle.integer(n) + " " + noun + (n == 1 ? "" : "s")
}
