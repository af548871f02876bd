import CurbsideAnalysis
import CurbsideGraph
import Foundation

/// Suggested collaborators of one account, as the collaborators diagram draws them. Plain
/// values, so any ranking can fill it: Curbside's link prediction
/// (``NetworkData/adamicAdarSuggestions(for:limit:via:)``) or a richer collaborator model.
public struct CollaboratorSuggestions: Sendable, Equatable {
    /// An account as drawn: a node of the network, its label and its colour category.
    public struct Account: Sendable, Equatable {
        public var node: UInt32
        public init(node: UInt32) { self.node = node }
    }

    public struct Candidate: Sendable, Equatable {
        public var account: Account
        /// Higher is better; shown on the diagram.
        public var score: Double
        /// The mutual colleagues that justify the suggestion, most telling first.
        public var via: [Account]
        public init(account: Account, score: Double, via: [Account]) {
            self.account = account
            self.score = score
            self.via = via
        }
    }

    public var focus: Account
    /// Best first.
    public var candidates: [Candidate]
    /// What the score is, for the caption: "Adamic–Adar index".
    public var scoreName: String

    public init(focus: Account, candidates: [Candidate], scoreName: String) {
        self.focus = focus
        self.candidates = candidates
        self.scoreName = scoreName
    }
}

extension NetworkData {
    /// Accounts two steps from `focus` ranked by the Adamic–Adar index on all ties
    /// (undirected), each with up to `via` shared colleagues, rarest (most telling) first.
    public func adamicAdarSuggestions(for focus: UInt32, limit: Int, via: Int = 3) throws -> CollaboratorSuggestions {
        var predictor = try LinkPredictor(undirected)
        let adjacency = undirected.outAdjacency
        let candidates = try predictor.candidates(for: focus, score: .adamicAdar, limit: limit).map { c in
            let shared = Set(adjacency.neighbors(focus)).intersection(adjacency.neighbors(c.node)).subtracting([focus, c.node])
            // 1 / ln(degree): a colleague with few ties says more than a hub.
            let telling = ranked(shared, by: { -Double(adjacency.degree($0)) })
            return CollaboratorSuggestions.Candidate(account: .init(node: c.node), score: c.score,
                                                     via: telling.prefix(via).map { .init(node: $0) })
        }
        return CollaboratorSuggestions(focus: .init(node: focus), candidates: candidates, scoreName: "Adamic–Adar index")
    }

    /// The collaborator ranking of `curbside collaborators` (personalised PageRank, resource
    /// allocation, shared topics, specialty fit), each with up to `via` mutual colleagues.
    public func collaboratorSuggestions(for focus: UInt32, limit: Int, via: Int = 3) throws -> CollaboratorSuggestions {
        let candidates = try collaboratorCandidates(for: focus, limit: limit).map { c in
            CollaboratorSuggestions.Candidate(account: .init(node: c.candidate), score: c.score,
                                              via: c.via.prefix(via).map { .init(node: $0) })
        }
        return CollaboratorSuggestions(focus: .init(node: focus), candidates: candidates, scoreName: "collaborator score")
    }

    /// Focus → shared colleagues → suggested collaborators, left to right.
    func collaboratorsDiagram(_ options: DiagramOptions) throws -> Diagram {
        let suggestions = try options.collaborators ?? collaboratorSuggestions(
            for: requireFocus(options, for: .collaborators), limit: options.top ?? 12)
        let focus = suggestions.focus.node
        let candidates = suggestions.candidates.map(\.account.node)
        var viaNodes: [UInt32] = []
        for c in suggestions.candidates { for a in c.via where !viaNodes.contains(a.node) && !candidates.contains(a.node) { viaNodes.append(a.node) } }
        let all = [focus] + viaNodes + candidates
        let coloring = options.coloring ?? .specialty
        let key = try colorKey(for: all, by: coloring)
        let maxScore = suggestions.candidates.map(\.score).max() ?? 1
        func color(_ v: UInt32) -> Palette.Color { key.colors[key.category(v)] ?? Palette.standard.color(at: 0) }

        var nodes: [DOTNode] = []
        var focusNode = DiagramStyle.node(id: "n\(focus)", label: display(focus), color: color(focus), share: 1, minWidth: 1, maxWidth: 1.6, fontRange: 14...16)
        focusNode.attributes["shape"] = "doubleoctagon"
        nodes.append(focusNode)
        for v in viaNodes {
            var node = DiagramStyle.node(id: "n\(v)", label: display(v), color: color(v), share: 0, minWidth: 0.5, maxWidth: 0.5, fontRange: 11...11)
            node.attributes["shape"] = "box"
            node.attributes["style"] = "rounded,filled"
            nodes.append(node)
        }
        for (rank, c) in suggestions.candidates.enumerated() {
            // Graphviz orders a rank to spare crossings, not by score: the rank is in the label.
            let label = "\(rank + 1). " + display(c.account.node) + "\n" + String(format: "%.2f", c.score)
            nodes.append(DiagramStyle.node(id: "n\(c.account.node)", label: label, color: color(c.account.node),
                                           share: c.score / max(maxScore, 1e-300), minWidth: 0.8, maxWidth: 1.4, fontRange: 12...15))
        }
        var edges: [DOTEdge] = []
        var linked: Set<String> = []
        for c in suggestions.candidates {
            for a in c.via {
                if linked.insert("\(focus)>\(a.node)").inserted {
                    edges.append(DOTEdge(from: "n\(focus)", to: "n\(a.node)", attributes: ["color": "#88888899"]))
                }
                edges.append(DOTEdge(from: "n\(a.node)", to: "n\(c.account.node)", attributes: ["color": color(c.account.node).hex + "CC", "penwidth": "1.2"]))
            }
        }
        let layout = GraphvizLayout.dot
        let title = "Suggested collaborators for \(display(focus)) and the colleagues they share"
        let caption = "\(display(focus)) (left), the colleagues it shares with each suggestion (middle) and the "
            + "\(candidates.count) suggested accounts (right), labelled with their \(suggestions.scoreName)."
        var attributes = DiagramStyle.graphAttributes(title: title, layout: layout)
        attributes["rankdir"] = "LR"
        attributes["ranksep"] = "1.4"
        let graph = DOTGraph(name: "collaborators", directed: true, graphAttributes: attributes,
                             nodeDefaults: DiagramStyle.nodeDefaults, edgeDefaults: DiagramStyle.edgeDefaults,
                             nodes: nodes, edges: edges, legend: key.legend)
        return Diagram(view: .collaborators, graph: graph, layout: layout, title: title, caption: caption,
                       nodeCount: nodes.count, edgeCount: edges.count)
    }
}
