/// Which degree a k-core peels by.
public enum CoreMode: Sendable {
    /// In-degree plus out-degree (a reciprocated pair counts twice), networkx `core_number`
    /// on a `DiGraph` and igraph `coreness(mode="all")`. On undirected graphs, the degree.
    case all
    /// In-degree: the in-core (igraph `coreness(mode="in")`).
    case incoming
    /// Out-degree: the out-core (igraph `coreness(mode="out")`).
    case outgoing
}

/// The coreness (core number) of every node: the largest `k` such that the node belongs
/// to the k-core, the maximal subgraph in which every node has degree at least `k`.
///
/// Batagelj and Zaversnik's bucket algorithm: nodes sit in an array sorted by current
/// degree with the start of each degree's bucket recorded; repeatedly take the node of
/// least degree (its degree is its coreness) and move each of its remaining neighbours
/// one bucket down by a swap. Self-loops are ignored (networkx refuses graphs with them;
/// the values agree with networkx and igraph on the loop-free graph). Parallel arcs
/// (several kinds in a ``Graph``) count separately; take a ``GraphView`` for a simple graph.
///
/// - Parameters:
///   - graph: any ``AdjacencyGraph``.
///   - mode: which degree to peel by on directed graphs; ignored on undirected ones.
///     Default ``CoreMode/all``.
/// - Complexity: O(n + m) time and O(n) extra space.
/// - Paper: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of
///   networks", 2003. doi:10.48550/arXiv.cs/0310049
public func coreness(_ graph: some AdjacencyGraph, mode: CoreMode = .all) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    let out = graph.outAdjacency, inAdj = graph.inAdjacency
    let directed = graph.isDirected
    // The degree counts in-arcs and/or out-arcs. Removing v lowers the degree of the
    // nodes whose degree counted an arc at v: its out-neighbours when in-degrees count,
    // its in-neighbours when out-degrees count. Undirected: the one adjacency.
    let countIn = !directed || mode != .outgoing
    let countOut = directed && mode != .incoming
    var deg = [Int](repeating: 0, count: n)
    for v in 0..<UInt32(n) {
        let loop = out.contains(v, v) ? 1 : 0
        var d = 0
        if countIn { d += inAdj.degree(v) - loop }
        if countOut { d += out.degree(v) - loop }
        deg[Int(v)] = d
    }
    let maxDegree = deg.max() ?? 0
    var bin = [Int](repeating: 0, count: maxDegree + 2)
    for d in deg { bin[d + 1] += 1 }
    for d in 0...maxDegree { bin[d + 1] += bin[d] }  // bin[d] = first position of degree d
    var pos = [Int](repeating: 0, count: n)
    var vert = [Int](repeating: 0, count: n)
    var next = bin
    for v in 0..<n { pos[v] = next[deg[v]]; vert[pos[v]] = v; next[deg[v]] += 1 }

    deg.withUnsafeMutableBufferPointer { deg in
    bin.withUnsafeMutableBufferPointer { bin in
    pos.withUnsafeMutableBufferPointer { pos in
    vert.withUnsafeMutableBufferPointer { vert in
        func lower(_ u: Int, below v: Int) {
            let du = deg[u]
            guard du > deg[v] else { return }
            let pu = pos[u], pw = bin[du], w = vert[pw]
            if u != w { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u }
            bin[du] += 1
            deg[u] = du - 1
        }
        for i in 0..<n {
            let v = vert[i]
            if countIn { for u in out.neighbors(UInt32(v)) where Int(u) != v { lower(Int(u), below: v) } }
            if countOut { for u in inAdj.neighbors(UInt32(v)) where Int(u) != v { lower(Int(u), below: v) } }
        }
    }}}}
    return deg
}

/// The nodes of the k-core, ascending: those whose ``coreness(_:mode:)`` is at least `k`.
/// Pass them to ``inducedSubgraph(_:nodes:)`` for the core itself.
///
/// - Complexity: O(n + m).
public func kCoreNodes(_ graph: some AdjacencyGraph, k: Int, mode: CoreMode = .all) -> [UInt32] {
    coreness(graph, mode: mode).enumerated().compactMap { $0.element >= k ? UInt32($0.offset) : nil }
}
