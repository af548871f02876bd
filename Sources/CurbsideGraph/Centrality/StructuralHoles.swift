/// Burt's constraint of every node: how much its ties are concentrated on contacts that
/// are themselves tied (high constraint, few structural holes).
///
/// `c(v) = Σ_{u ∈ N(v)} (p(v, u) + Σ_{w ∈ N(v)} p(v, w) p(w, u))²`, where `N(v)` are the
/// nodes tied to `v` in either direction and `p(v, u)` is `v`'s share of mutual weight
/// with `u`: `(a(v, u) + a(u, v)) / Σ_x (a(v, x) + a(x, v))`, with `a` the arc weight
/// (1 when unweighted). This is networkx `constraint` for directed and undirected
/// graphs. Nodes without ties get NaN, as in networkx. Self-loops are ignored (networkx
/// counts a loop as a tie to oneself; the values agree with networkx on the loop-free graph).
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - weighted: use arc weights (networkx `weight=`). Default `false`.
/// - Complexity: O(n + m + Σᵥ Σ_{u ∈ N(v)} d(u)) = O(Σᵥ d(v)²) time, split across cores;
///   O(n) extra space per core.
/// - Paper: R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
///   University Press, 1992. doi:10.4159/9780674029095
public func constraint(_ graph: some AdjacencyGraph, weighted: Bool = false) -> [Double] {
    burtMeasures(graph, weighted: weighted).constraint
}

/// Burt's effective size of every node: the number of its contacts minus their
/// redundancy, `Σ_{u ∈ N(v)} (1 − Σ_{w ∈ N(v)} p(v, w) m(u, w))`, with `p` as in
/// ``constraint(_:weighted:)`` and `m(u, w)` the mutual weight of `u` and `w` over `u`'s
/// largest mutual weight. On an unweighted undirected graph this is Borgatti's
/// `d − 2 t / d` (`t` ties among the `d` contacts). networkx `effective_size` semantics;
/// NaN for nodes without ties in either direction; self-loops ignored. On directed or
/// weighted graphs networkx 3.6.1's default (vectorised) path divides by the wrong node's
/// largest mutual weight (networkx PR #8906), and its per-node path calls a node with
/// only incoming ties isolated (issue #2661); these values follow the definition, that
/// is the per-node path's formula with the vectorised path's notion of isolation.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - weighted: use arc weights. Default `false`.
/// - Complexity: as ``constraint(_:weighted:)``.
/// - Paper: R. S. Burt, *Structural Holes*, 1992. doi:10.4159/9780674029095;
///   S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures",
///   Connections 20(1), 1997.
public func effectiveSize(_ graph: some AdjacencyGraph, weighted: Bool = false) -> [Double] {
    burtMeasures(graph, weighted: weighted).effectiveSize
}

/// Constraint and effective size in one pass over two-step neighbourhoods.
func burtMeasures(_ graph: some AdjacencyGraph, weighted: Bool) -> (constraint: [Double], effectiveSize: [Double]) {
    let n = graph.nodeCount
    let m = mutualAdjacency(graph, weighted: weighted)
    var total = [Double](repeating: 0, count: n), largest = [Double](repeating: 0, count: n)
    for v in 0..<n {
        for i in m.range(UInt32(v)) {
            total[v] += m.weights![i]
            largest[v] = max(largest[v], m.weights![i])
        }
    }
    var constraint = [Double](repeating: .nan, count: n)
    var effective = [Double](repeating: .nan, count: n)
    constraint.withUnsafeMutableBufferPointer { constraint in
    effective.withUnsafeMutableBufferPointer { effective in
    total.withUnsafeBufferPointer { total in
    largest.withUnsafeBufferPointer { largest in
    m.withUnsafeBuffers { off, tgt, wt in
        let shared = UncheckedSendable((off, tgt, wt, total, largest, constraint.baseAddress!, effective.baseAddress!))
        parallelChunks(n, chunks: min(n, 64)) { _, nodes in
            let (off, tgt, wt, total, largest, constraint, effective) = shared.value
            // share[x] = p(v, x) for the current v, 0 elsewhere.
            let share = UnsafeMutablePointer<Double>.allocate(capacity: n)
            share.initialize(repeating: 0, count: n)
            defer { share.deallocate() }
            for v in nodes {
                let start = Int(off[v]), end = Int(off[v + 1])
                guard start < end else { continue }
                for i in start..<end { share[Int(tgt[i])] = wt[i] / total[v] }
                var c = 0.0, e = 0.0
                for i in start..<end {
                    let u = Int(tgt[i])
                    var indirect = 0.0, redundancy = 0.0
                    for j in Int(off[u])..<Int(off[u + 1]) {
                        let x = Int(tgt[j])
                        let px = share[x]
                        if px == 0 { continue }
                        indirect += px * wt[j] / total[x]
                        redundancy += px * wt[j]
                    }
                    let direct = share[u] + indirect
                    c += direct * direct
                    e += 1 - redundancy / largest[u]
                }
                for i in start..<end { share[Int(tgt[i])] = 0 }
                constraint[v] = c
                effective[v] = e
            }
        }
    }}}}}
    return (constraint, effective)
}
