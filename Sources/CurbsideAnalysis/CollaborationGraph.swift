import CurbsideGraph
import CurbsideStore
import Foundation

/// The undirected, weighted graph of working ties that communities and collaborator
/// recommendations are computed on: two accounts are tied when they follow each other or
/// when either has interacted with the other (mention, reply, repost, quote, like, or any
/// other non-follow kind). One-way follows are left out: following a society says little
/// about working with it.
///
/// Weight of a tie: 1 for a mutual follow, plus `log2(1 + k)` for `k` interactions in
/// either direction, so a conversation counts more than a follow but a hundred likes do
/// not drown everything else.
///
/// - Complexity: O(n + m).
public func collaborationGraph(_ graph: Graph) -> GraphView {
    let n = graph.nodeCount
    let followKinds = graph.kindID(EdgeKind.follow) == nil ? [] : [EdgeKind.follow]
    let otherKinds = graph.kindLabels.filter { $0 != EdgeKind.follow }
    let mutual = followKinds.isEmpty
        ? CSR(offsets: [UInt32](repeating: 0, count: n + 1), targets: [])
        : graph.view(kinds: followKinds, direction: .mutual).outAdjacency
    let talk = otherKinds.isEmpty
        ? CSR(offsets: [UInt32](repeating: 0, count: n + 1), targets: [], weights: [])
        : graph.view(kinds: otherKinds, direction: .symmetric, weighted: true).outAdjacency
    var offsets = [UInt32](repeating: 0, count: n + 1)
    var targets: [UInt32] = []
    var weights: [Double] = []
    targets.reserveCapacity(mutual.arcCount + talk.arcCount)
    weights.reserveCapacity(mutual.arcCount + talk.arcCount)
    for u in 0..<n {
        var i = Int(mutual.offsets[u]), j = Int(talk.offsets[u])
        let iEnd = Int(mutual.offsets[u + 1]), jEnd = Int(talk.offsets[u + 1])
        var added: UInt32 = 0
        while i < iEnd || j < jEnd {
            let x = i < iEnd ? mutual.targets[i] : .max
            let y = j < jEnd ? talk.targets[j] : .max
            let v = min(x, y)
            var w = 0.0
            if x == v { w += 1; i += 1 }
            if y == v { w += log2(1 + (talk.weights?[j] ?? 1)); j += 1 }
            if v == UInt32(u) { continue }
            targets.append(v)
            weights.append(w)
            added += 1
        }
        offsets[u + 1] = offsets[u] + added
    }
    return GraphView(undirected: CSR(offsets: offsets, targets: targets, weights: weights))
}
