/// The activation probability of each arc in an independent cascade.
///
/// Influence travels along the arcs walked in the chosen ``ReachDirection``: with the
/// default ``ReachDirection/incoming`` on a follow graph, a post by `v` can activate the
/// followers of `v` (arc `u → v` carries influence from `v` to `u`).
public enum ArcProbabilities: Sendable {
    /// Every arc activates with the same probability, in `[0, 1]`.
    case uniform(Double)
    /// Kempe et al.'s weighted cascade: an arc into a node that `d` arcs can influence
    /// activates with probability `1 / d`, so each node expects one successful attempt
    /// when all its influencers are active.
    case weightedCascade
    /// One probability in `[0, 1]` per stored arc, parallel to `graph.outAdjacency.targets`
    /// (arc position `i` of `u → v` carries the probability for that arc, whichever
    /// direction influence travels along it).
    case perArc([Double])
}

/// An adjacency annotated with activation probabilities, ready for cascades.
struct CascadeArcs: Sendable {
    /// `weights` hold the probabilities.
    let adjacency: CSR

    /// The arcs along which influence *spreads* (`reverse == false`: lists the nodes a node
    /// can activate) or along which reverse-reachable sets grow (`reverse == true`: lists
    /// the nodes that can activate a node).
    init(_ graph: some AdjacencyGraph, direction: ReachDirection, probabilities: ArcProbabilities, reverse: Bool) throws(GraphError) {
        let out = graph.outAdjacency, inAdj = graph.inAdjacency
        // Influence travels u → v along out-arcs for .outgoing, along in-arcs for .incoming.
        let walkOut = (direction == .outgoing) != reverse
        // Number of arcs that can influence a node: its list length in the reverse walk.
        let influencers = direction == .incoming ? out : inAdj
        switch probabilities {
        case .uniform(let p):
            try GraphError.check(p >= 0 && p <= 1, "options.probabilities", p, expected: "a probability in [0, 1]")
            let base = walkOut ? out : inAdj
            adjacency = CSR(offsets: base.offsets, targets: base.targets,
                            weights: [Double](repeating: p, count: base.arcCount))
        case .weightedCascade:
            let base = walkOut ? out : inAdj
            var w = [Double](repeating: 0, count: base.arcCount)
            for u in 0..<UInt32(base.nodeCount) {
                for i in base.range(u) {
                    // Forward walk: the receiver is the arc's target; reverse: the list owner.
                    let receiver = reverse ? u : base.targets[i]
                    w[i] = 1 / Double(influencers.degree(receiver))
                }
            }
            adjacency = CSR(offsets: base.offsets, targets: base.targets, weights: w)
        case .perArc(let p):
            try GraphError.checkCount(p.count, "options.probabilities", expectedCount: out.arcCount, of: "arc of outAdjacency")
            if let bad = p.first(where: { !($0 >= 0 && $0 <= 1) }) {
                throw GraphError(.invalidWeight, parameter: "options.probabilities", value: "\(bad)",
                                 expected: "arc probabilities in [0, 1]")
            }
            let annotated = CSR(offsets: out.offsets, targets: out.targets, weights: p)
            adjacency = walkOut ? annotated : annotated.transposed()
        }
    }
}
