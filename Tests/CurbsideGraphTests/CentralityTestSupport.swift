import XCTest
import CurbsideGraph

/// email-Eu-core as a directed ``Graph`` (1,005 nodes), or a skip when the data is absent.
func emailEuCore() throws -> Graph {
    try loadIntegerEdgeList(try sharedDataURL("email-eu-core/email-Eu-core.txt"), nodeCount: 1005)
}

/// The centrality reference file written by Tests/References/make_centrality_references.py.
func centralityReference() throws -> [String: Any] {
    try reference("email-eu-core-centrality.json")
}

/// A numeric array from a reference file; JSON `null` (networkx NaN) becomes `.nan`.
func referenceArray(_ ref: [String: Any], _ key: String) -> [Double] {
    guard let raw = ref[key] as? [Any] else { XCTFail("reference \(key) missing"); return [] }
    return raw.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
}

/// Largest `|a − b| / max(|b|, floor)`; NaN must meet NaN. Infinity when lengths differ.
func maxRelativeError(_ a: [Double], _ b: [Double], floor: Double = 1e-12) -> Double {
    guard a.count == b.count else { return .infinity }
    var worst = 0.0
    for (x, y) in zip(a, b) {
        if x.isNaN || y.isNaN {
            if x.isNaN != y.isNaN { return .infinity }
            continue
        }
        worst = max(worst, abs(x - y) / max(abs(y), floor))
    }
    return worst
}

/// A graph from an arc list (counts as optional weights).
func makeGraph(_ n: Int, _ arcs: [(Int, Int)], counts: [UInt32]? = nil) -> Graph {
    var b = GraphBuilder(nodeCount: n)
    for (i, (u, v)) in arcs.enumerated() { b.addEdge(from: UInt32(u), to: UInt32(v), count: counts?[i] ?? 1) }
    return b.build()
}
