/// The outcome of ``approximateBetweenness(_:epsilon:delta:seed:weighted:)``.
public struct SampledBetweenness: Sendable, Equatable {
    /// Estimated betweenness per node, normalised as ``betweenness(_:options:)`` (networkx
    /// `normalized=True`): divided by `(n − 1)(n − 2)`.
    public var scores: [Double]
    /// Number of node pairs sampled.
    public var samples: Int
    /// The upper bound on the vertex diameter (nodes on the longest shortest path) that
    /// fixed the sample size.
    public var vertexDiameterBound: Int
}

/// Betweenness estimated by sampling shortest paths, with the Riondato–Kornaropoulos
/// guarantee: with probability at least `1 − delta`, *every* node's estimate is within
/// `epsilon` of its exact normalised betweenness.
///
/// Each sample draws an ordered pair `(u, v)` of distinct nodes uniformly, runs a
/// breadth-first search (Dijkstra when `weighted`) from `u` that stops as soon as `v`'s
/// shortest-path counts are final, and walks one shortest `u`–`v` path back from `v`
/// chosen uniformly among all of them (each predecessor `z` of `w` with probability
/// `σ(u, z) / σ(u, w)`), crediting its interior nodes. The number of samples is
///
///     r = ⌈(c / ε′²) (⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉,   c = 0.5,
///
/// where VD bounds the vertex diameter. The paper's estimate is normalised by
/// `n (n − 1)`; it is rescaled here to networkx's `(n − 1)(n − 2)` and ε′ = ε (n − 2) / n,
/// so `epsilon` is the error bound on the values returned. VD is bounded in O(n + m)
/// without all-pairs searches: a shortest path never leaves and re-enters a strongly
/// connected component, so it is at most the heaviest path through the condensation DAG
/// when each component weighs `ecc_in(r) + ecc_out(r) + 1` for a root `r` of it (its
/// size on weighted graphs). On undirected graphs that is the paper's `2 ecc(r) + 1` bound.
///
/// The samples are split into 16 fixed chunks with their own SplitMix64 streams derived
/// from `seed`, run on all cores; per-chunk integer counts are summed in chunk order, so a
/// seed gives the same array on any machine and under any scheduling.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``; directed graphs follow arcs.
///   - epsilon: the additive error bound, in `(0, 1)`. Default 0.01.
///   - delta: the failure probability, in `(0, 1)`. Default 0.1.
///   - seed: fixes the random streams.
///   - weighted: use arc weights as lengths (Dijkstra). Default `false`.
/// - Throws: ``GraphError`` when `epsilon` or `delta` is outside (0, 1), or `weighted` with
///   an arc length that is not positive.
/// - Complexity: O(r (n + m)) time in the worst case (O(r (n + m) log n) weighted), far
///   less when searches stop early; O(n) extra space per chunk.
/// - Paper: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness
///   centrality through sampling", Data Min. Knowl. Disc. 30(2), 2016.
///   doi:10.1007/s10618-015-0423-0
public func approximateBetweenness(
    _ graph: some AdjacencyGraph, epsilon: Double = 0.01, delta: Double = 0.1, seed: UInt64, weighted: Bool = false
) throws(GraphError) -> SampledBetweenness {
    try GraphError.check(epsilon > 0 && epsilon < 1, "epsilon", epsilon, expected: "a number in (0, 1)")
    try GraphError.check(delta > 0 && delta < 1, "delta", delta, expected: "a number in (0, 1)")
    let n = graph.nodeCount
    let weighted = weighted && graph.outAdjacency.weights != nil
    try GraphError.checkPositiveLengths(graph, weighted: weighted)
    guard n > 2 else { return SampledBetweenness(scores: [Double](repeating: 0, count: n), samples: 0, vertexDiameterBound: n) }

    let vd = vertexDiameterUpperBound(graph, weighted: weighted)
    let eps = epsilon * Double(n - 2) / Double(n)
    let logTerm = vd > 3 ? Double(Int.bitWidth - 1 - (vd - 2).leadingZeroBitCount) : 0  // ⌊log₂(VD − 2)⌋
    let r = Int((0.5 / (eps * eps) * (logTerm + 1 + (1 / delta).ln)).rounded(.up))

    let chunks = min(16, r)
    var streamSeeds = [UInt64](repeating: 0, count: chunks)
    var seeder = SplitMix64(seed: seed)
    for c in 0..<chunks { streamSeeds[c] = seeder.next() }
    var counts = [UInt32](repeating: 0, count: chunks * n)
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    counts.withUnsafeMutableBufferPointer { counts in
        out.withRawAdjacency(weighted: weighted) { fwd in
        inAdj.withRawAdjacency(weighted: weighted) { back in
            let shared = UncheckedSendable((fwd, back, counts.baseAddress!, streamSeeds))
            parallelChunks(r, chunks: chunks) { chunk, range in
                let (fwd, back, counts, streamSeeds) = shared.value
                let count = counts + chunk * n
                var rng = SplitMix64(seed: streamSeeds[chunk])
                let ws = ShortestPathWorkspace(nodeCount: n)
                let dist = ws.dist, sigma = ws.sigma
                for _ in range {
                    let u = Int(rng.uniform(UInt64(n)))
                    var v = Int(rng.uniform(UInt64(n - 1)))
                    if v >= u { v += 1 }
                    if weighted { ws.dijkstra(from: u, fwd, target: v) } else { ws.bfs(from: u, fwd, target: v) }
                    if dist[v] == .infinity { continue }
                    // Walk one uniformly chosen shortest path back from v.
                    var w = v
                    while true {
                        let x = rng.unitInterval() * sigma[w]
                        var acc = 0.0, chosen = -1
                        for a in Int(back.offsets[w])..<Int(back.offsets[w + 1]) {
                            let z = Int(back.targets[a])
                            let length = back.weights?[a] ?? 1
                            guard dist[z] + length == dist[w] else { continue }
                            chosen = z
                            acc += sigma[z]
                            if acc > x { break }
                        }
                        if chosen == u || chosen < 0 { break }
                        count[chosen] &+= 1
                        w = chosen
                    }
                }
            }
        }}
    }
    var scores = [Double](repeating: 0, count: n)
    let scale = 1 / Double(r) * Double(n) / Double(n - 2)
    for v in 0..<n {
        var total = 0
        for c in 0..<chunks { total += Int(counts[c * n + v]) }
        scores[v] = Double(total) * scale
    }
    return SampledBetweenness(scores: scores, samples: r, vertexDiameterBound: vd)
}

extension Double {
    /// Natural logarithm without Foundation: `log₂` from the exponent, then an atanh series.
    var ln: Double {
        precondition(self > 0, "logarithm of a non-positive number")
        let e = Double(exponent)
        let m = significand  // in [1, 2)
        let t = (m - 1) / (m + 1)
        let t2 = t * t
        var term = t, sum = 0.0, k = 1.0
        while abs(term / k) > 1e-17 * abs(sum) || sum == 0 {
            sum += term / k
            term *= t2
            k += 2
            if term == 0 { break }
        }
        return 2 * sum + e * 0.693_147_180_559_945_309_4
    }
}

/// An upper bound on the vertex diameter (most nodes on any shortest path), O(n + m).
///
/// A shortest path never leaves a strongly connected component and comes back, so it is
/// a chain of segments through components in topological order. Within a component `C`
/// with root `r`, unweighted distances satisfy `d(x, y) ≤ ecc_in(r) + ecc_out(r)`, so a
/// segment has at most `min(|C|, ecc_in + ecc_out + 1)` nodes (`|C|` on weighted graphs).
/// The bound is the heaviest chain in the condensation DAG.
func vertexDiameterUpperBound(_ graph: some AdjacencyGraph, weighted: Bool) -> Int {
    let n = graph.nodeCount
    guard n > 0 else { return 0 }
    let scc = stronglyConnectedComponents(graph)
    let comp = scc.membership
    let k = scc.count
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    var weight = scc.sizes
    if !weighted {
        // First node of each component is its root.
        var root = [Int](repeating: -1, count: k)
        for v in 0..<n where root[Int(comp[v])] < 0 { root[Int(comp[v])] = v }
        var dist = [UInt32](repeating: .max, count: n)
        var queue = [UInt32](repeating: 0, count: n)
        func eccentricity(_ adj: CSR, from r: Int) -> Int {
            let c = comp[r]
            dist[r] = 0; queue[0] = UInt32(r)
            var head = 0, tail = 1, ecc = 0
            while head < tail {
                let v = Int(queue[head]); head += 1
                let d = dist[v]
                ecc = max(ecc, Int(d))
                for w in adj.neighbors(UInt32(v)) where comp[Int(w)] == c && dist[Int(w)] == .max {
                    dist[Int(w)] = d + 1
                    queue[tail] = w; tail += 1
                }
            }
            for i in 0..<tail { dist[Int(queue[i])] = .max }
            return ecc
        }
        for c in 0..<k where weight[c] > 2 {
            let eOut = eccentricity(out, from: root[c])
            let eIn = graph.isDirected ? eccentricity(inAdj, from: root[c]) : eOut
            weight[c] = min(weight[c], eOut + eIn + 1)
        }
    }
    guard graph.isDirected else { return weight.max() ?? 0 }
    // Heaviest chain in the condensation, by Kahn's topological order.
    var indegree = [Int](repeating: 0, count: k)
    for u in 0..<n { for v in out.neighbors(UInt32(u)) where comp[Int(v)] != comp[u] { indegree[Int(comp[Int(v)])] += 1 } }
    // Members of each component, to walk its out-arcs when it is reached.
    var start = [Int](repeating: 0, count: k + 1)
    for v in 0..<n { start[Int(comp[v]) + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    var cursor = start
    var members = [Int](repeating: 0, count: n)
    for v in 0..<n { members[cursor[Int(comp[v])]] = v; cursor[Int(comp[v])] += 1 }
    var best = weight
    var ready = (0..<k).filter { indegree[$0] == 0 }
    var answer = 0
    while let c = ready.popLast() {
        answer = max(answer, best[c])
        for i in start[c]..<start[c + 1] {
            for v in out.neighbors(UInt32(members[i])) {
                let d = Int(comp[Int(v)])
                if d == c { continue }
                best[d] = max(best[d], best[c] + weight[d])
                indegree[d] -= 1
                if indegree[d] == 0 { ready.append(d) }
            }
        }
    }
    return answer
}
