/// Parameters of ``leiden(_:options:)``. Defaults follow leidenalg's `find_partition`
/// (and igraph's `community_leiden`): two iterations, θ = 0.01.
public struct LeidenOptions: Sendable {
    /// What to maximise. Default ``CommunityQuality/modularity``.
    public var quality: CommunityQuality = .modularity
    /// Resolution γ: for modularity 1 is classic modularity and larger values give smaller
    /// communities; for CPM it is the edge density a community must exceed, so it should be
    /// set to a value between the graph's density and 1 (there is no neutral default; 1 is
    /// kept for symmetry with modularity). Default 1.
    public var resolution: Double = 1
    /// Number of Leiden iterations (each one a full local-moving / refinement / aggregation
    /// pass starting from the previous partition; fewer run when one changes nothing);
    /// `nil` iterates until an iteration leaves the partition unchanged or gains less than
    /// ``tolerance``. Default 2, as leidenalg's `n_iterations`: the second iteration still
    /// gains (on a 1 M-node, 14.5 M-edge follow graph Q 0.60953 → 0.60994), later ones
    /// polish (below 1e-4 together on a 200 k-node graph) at the cost of a whole iteration each.
    public var iterations: Int? = 2
    /// With `iterations == nil`, stop once an iteration raises the quality by less than
    /// `tolerance` × the total edge weight — for modularity, a gain in Q below `tolerance`.
    /// Later iterations only polish: on a 200 k-node, 2.9 M-edge follow graph the second
    /// iteration raised Q by 1.8e-4 and the next four by under 1e-4 together, while each
    /// cost as much as the first. 0 iterates until an iteration changes nothing, as
    /// leidenalg's `n_iterations = -1`. Default 1e-4.
    public var tolerance: Double = 1e-4
    /// Randomness θ of the refinement: a node joins a refined community with probability
    /// ∝ exp(ΔH/θ); 0 makes the refinement greedy. Default 0.01 (the paper's and igraph's).
    public var randomness: Double = 0.01
    /// Seed of the random node orders and of the refinement. Default 0.
    public var seed: UInt64 = 0
    /// Use arc weights when the graph has them; otherwise every edge weighs 1. Default `true`.
    public var weighted: Bool = true
    /// A partition to start from, one id below `nodeCount` per node (for instance a
    /// previous result's membership); `nil` starts from singletons. Default `nil`.
    public var initialMembership: [UInt32]? = nil

    public init() {}
}

/// Community detection by the Leiden algorithm (Traag, Waltman, van Eck 2019).
///
/// Leiden improves on Louvain by never producing badly connected communities. Each
/// iteration repeats three phases, level by level, until every community is a single
/// node of the current level:
/// 1. **Fast local moving.** Nodes sit in a queue in random order. The head node moves
///    to the neighbouring (or an empty) community that raises the quality most; when it
///    moves, its neighbours outside its new community rejoin the queue. Only nodes whose
///    neighbourhood changed are revisited, which is what makes this phase fast.
/// 2. **Refinement.** Inside each community S, start from singletons and merge nodes
///    that are well connected to S into well-connected sub-communities, chosen at
///    random with probability ∝ exp(ΔH/θ) among the moves that do not lower the quality.
///    Every refined community is connected by construction.
/// 3. **Aggregation.** The refined communities become the nodes of a smaller weighted
///    graph (internal edges become self-loops), and the communities of phase 1 its
///    starting partition; continue with phase 1 on it.
///
/// Iterations continue from the previous partition until one changes nothing (or
/// ``LeidenOptions/iterations`` have run). Every community of the result is connected; as
/// a belt-and-braces guarantee (it only matters for an `initialMembership` or nodes of
/// zero weight) any community that is not is split into its connected pieces, which never
/// lowers the quality. The input must be undirected: symmetrise a directed graph first,
/// e.g. `graph.view(direction: .symmetric)`. Self-loops are kept and count as in networkx:
/// once in the edge total, twice in a node's degree.
///
/// Every phase runs on all cores on large graphs. Local moving (above 262,144 arcs) takes
/// the queue in batches: the batch's moves are evaluated concurrently against the state at
/// its start and applied in queue order only while they still raise the quality (see
/// BatchedLocalMoving.swift), so every move is an improvement as in the sequential
/// algorithm. The refinement (above 16,384 nodes) runs communities concurrently, each with
/// its own random stream derived from the seed and its id; aggregation merges runs of
/// groups concurrently. With the same input and seed the membership is identical byte for
/// byte, on every run and platform, whatever the number of cores: batches, chunks and
/// streams depend only on the graph and the seed.
///
/// ```swift
/// let communities = try leiden(graph.view(direction: .symmetric, weighted: true))
/// print(communities.count, communities.quality)
/// ```
///
/// - Throws: ``GraphError`` when `graph` is directed, `options.resolution` is negative,
///   `options.iterations` is negative, `options.initialMembership` has the wrong length or
///   an id past the node count, or a used weight is negative or not finite.
/// - Complexity: O(m) per pass of each phase; the number of passes is small in practice
///   (a handful of levels, a few iterations). O(n + m) extra space.
/// - Paper: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing
///   well-connected communities", Scientific Reports 9, 5233 (2019).
///   doi:10.1038/s41598-019-41695-z
public func leiden(_ graph: some AdjacencyGraph, options: LeidenOptions = LeidenOptions()) throws(GraphError) -> CommunityResult {
    try GraphError.checkCommunityInput(graph, resolution: options.resolution, weighted: options.weighted, algorithm: "Leiden")
    if let iterations = options.iterations {
        try GraphError.check(iterations >= 0, "options.iterations", iterations, expected: "a non-negative count, or nil to run until stable")
    }
    let n = graph.nodeCount
    if let initial = options.initialMembership {
        try GraphError.checkCount(initial.count, "options.initialMembership", expectedCount: n, of: "node")
        if let bad = initial.first(where: { Int($0) >= n }) {
            throw GraphError(.parameterOutOfRange, parameter: "options.initialMembership", value: "community \(bad)",
                             expected: "community ids below the node count \(n)")
        }
    }
    guard n > 0 else { return CommunityResult(membership: [], sizes: [], quality: 0, iterations: 0) }
    let base = WorkingGraph(graph, weighted: options.weighted, quality: options.quality)
    let total = base.totalNodeWeight
    var membership: [UInt32]
    if let initial = options.initialMembership {
        membership = compactLabels(initial).labels
    } else {
        membership = (0..<UInt32(n)).map { $0 }
    }
    let quality = { (labels: [UInt32]) in
        partitionQuality(graph, membership: labels, quality: options.quality, resolution: options.resolution,
                         weighted: options.weighted)
    }
    // Without edge weight modularity is undefined: every node stays alone.
    if options.quality == .modularity && total == 0 {
        return CommunityResult(labels: (0..<UInt32(n)).map { $0 }, quality: quality((0..<UInt32(n)).map { $0 }), iterations: 0)
    }
    let gamma = options.quality == .modularity ? options.resolution / total : options.resolution
    let ws = Workspace(nodeCount: n)
    var random = SeededRandom(seed: options.seed)
    var iterations = 0
    let stopBelow = options.iterations == nil ? max(0, options.tolerance) * base.totalEdgeWeight : -Double.infinity
    // The quality is only needed for the tolerance rule.
    var level = options.iterations == nil ? base.quality(membership, gamma: gamma, workspace: ws) : 0
    while options.iterations.map({ iterations < $0 }) ?? true {
        iterations += 1
        let next = leidenIteration(base: base, membership: membership, workspace: ws, gamma: gamma,
                                   randomness: options.randomness, random: &random)
        let changed = next != membership
        membership = next
        if !changed { break }
        guard options.iterations == nil else { continue }
        let after = base.quality(membership, gamma: gamma, workspace: ws)
        if after - level < stopBelow { break }
        level = after
    }
    let pieces = connectedPieces(graph: base, labels: membership)
    return CommunityResult(labels: pieces, quality: quality(pieces), iterations: iterations)
}

/// One Leiden iteration from `membership`; returns the new membership numbered by first
/// appearance (so equal partitions compare equal).
private func leidenIteration(base: WorkingGraph, membership: [UInt32], workspace ws: Workspace, gamma: Double,
                             randomness: Double, random: inout SeededRandom) -> [UInt32] {
    let n = base.nodeCount
    var g = base
    // The level-0 partition goes in; `nodeAt[v]` is the node of the current level that
    // holds original node v.
    for v in 0..<n { ws.community.base[v] = membership[v] }
    var nodeAt = (0..<UInt32(n)).map { $0 }
    while true {
        if g.arcCount >= batchedMovingMinimumArcs {
            _ = batchedQueueLocalMove(graph: g, workspace: ws, gamma: gamma, random: &random)
        } else {
            _ = queueLocalMove(graph: g, workspace: ws, gamma: gamma, random: &random)
        }
        let communities = compactInPlace(ws.community.base, count: g.nodeCount, workspace: ws)
        if communities == g.nodeCount { break }
        let refinedCount = refine(graph: g, workspace: ws, communityCount: communities, gamma: gamma, randomness: randomness, random: &random)
        // Refinement left every node alone: aggregating would not shrink the graph.
        if refinedCount == g.nodeCount { break }
        let next = g.aggregated(labels: ws.refined.base, groupCount: refinedCount, workspace: ws)
        // Each refined community lies inside one community: that is its starting community.
        let community = ws.community.base, refined = ws.refined.base
        let start = ScratchBuffer<UInt32>(count: refinedCount, repeating: 0)
        for v in 0..<g.nodeCount { start.base[Int(refined[v])] = community[v] }
        for v in 0..<n { nodeAt[v] = refined[Int(nodeAt[v])] }
        for r in 0..<refinedCount { community[r] = start.base[r] }
        g = next
    }
    var result = [UInt32](repeating: 0, count: n)
    for v in 0..<n { result[v] = ws.community.base[Int(nodeAt[v])] }
    return compactLabels(result).labels
}
