import CurbsideGraph

/// Kempe et al.'s greedy with CELF's lazy re-evaluation (Leskovec et al. 2007), scoring
/// with ``independentCascadeSpread`` (common random numbers: one seed for every call).
public func celfGreedy(_ graph: some AdjacencyGraph, k: Int, options: CascadeOptions) throws -> [UInt32] {
    var chosen: [UInt32] = []
    var current = 0.0
    // (gain, node, round the gain was computed in)
    var heap: [(gain: Double, node: UInt32, round: Int)] = try (0..<UInt32(graph.nodeCount)).map {
        (try independentCascadeSpread(graph, seeds: [$0], options: options).mean, $0, 0)
    }
    func better(_ a: (gain: Double, node: UInt32, round: Int), _ b: (gain: Double, node: UInt32, round: Int)) -> Bool {
        a.gain > b.gain || (a.gain == b.gain && a.node < b.node)
    }
    while chosen.count < k && !heap.isEmpty {
        heap.sort(by: better)
        var top = heap.removeFirst()
        if top.round == chosen.count {
            chosen.append(top.node)
            current += top.gain
            continue
        }
        top.gain = try independentCascadeSpread(graph, seeds: chosen + [top.node], options: options).mean - current
        top.round = chosen.count
        heap.append(top)
    }
    return chosen
}
