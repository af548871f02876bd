import Foundation
import XCTest
import CurbsideGraph

/// An undirected simple graph from an edge list; `weights` become integer counts, so the
/// weighted view carries them.
func undirectedGraph(nodeCount: Int, edges: [(Int, Int)], weights: [UInt32]? = nil) -> GraphView {
    var b = GraphBuilder(nodeCount: nodeCount)
    for (i, (u, v)) in edges.enumerated() { b.addEdge(from: UInt32(u), to: UInt32(v), count: weights?[i] ?? 1) }
    return b.build().view(direction: .symmetric, weighted: weights != nil)
}

/// Edges of a clique on `nodes`.
func cliqueEdges(_ nodes: Range<Int>) -> [(Int, Int)] {
    var e: [(Int, Int)] = []
    for u in nodes { for v in nodes where v > u { e.append((u, v)) } }
    return e
}

/// `count` cliques of `size` nodes, clique i on nodes i·size ..< (i+1)·size, each joined to
/// the next by one edge (last node of i — first node of i+1), closing a ring when
/// `ring` (and `count > 2`).
func cliqueChain(count: Int, size: Int, ring: Bool) -> GraphView {
    var edges: [(Int, Int)] = []
    for i in 0..<count { edges += cliqueEdges(i * size..<(i + 1) * size) }
    for i in 0..<(ring ? count : count - 1) { edges.append((i * size + size - 1, ((i + 1) % count) * size)) }
    return undirectedGraph(nodeCount: count * size, edges: edges)
}

/// Whether every community induces a connected subgraph.
func communitiesAreConnected(_ graph: some AdjacencyGraph, _ membership: [UInt32]) -> Bool {
    let n = graph.nodeCount
    var parent = Array(0..<n)
    func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    let adj = graph.outAdjacency
    for u in 0..<n {
        for v in adj.neighbors(UInt32(u)) where membership[Int(v)] == membership[u] {
            let a = find(u), b = find(Int(v))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
    }
    var rootOf = [Int: Int]()
    for v in 0..<n {
        let r = find(v)
        if let seen = rootOf[Int(membership[v])], seen != r { return false }
        rootOf[Int(membership[v])] = r
    }
    return true
}

/// email-Eu-core symmetrised: {u, v} when u→v or v→u, self-loops kept once (as the
/// reference script's `DiGraph.to_undirected()`).
func emailEuCoreUndirected(weighted: Bool = false) throws -> GraphView {
    let g = try loadIntegerEdgeList(try sharedDataURL("email-eu-core/email-Eu-core.txt"), nodeCount: 1005)
    return g.view(direction: .symmetric, weighted: weighted)
}

/// The LFR n = 1024 benchmark (1-based ids in the file, shifted to 0-based).
func lfrBenchmark() throws -> GraphView {
    let text = try String(contentsOf: try sharedDataURL("lfr-benchmark-n1024/network.dat"), encoding: .utf8)
    var b = GraphBuilder(nodeCount: 1024)
    for line in text.split(whereSeparator: \.isNewline) {
        let tok = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard tok.count >= 2, let u = UInt32(tok[0]), let v = UInt32(tok[1]) else { continue }
        b.addEdge(from: u - 1, to: v - 1)
    }
    return b.build().view(direction: .symmetric)
}

func uint32s(_ value: Any?) -> [UInt32] { (value as! [Int]).map { UInt32($0) } }

/// The community-detection references (Tests/References/make_community_references.py).
func communityReference(_ keys: String...) throws -> [String: Any] {
    var node: Any = try reference("communities.json")
    for k in keys { node = (node as! [String: Any])[k]! }
    return node as! [String: Any]
}
