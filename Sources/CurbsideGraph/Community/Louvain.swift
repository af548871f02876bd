/// Parameters of ``louvain(_:options:)``.
public struct LouvainOptions: Sendable {
    /// What to maximise. Default ``CommunityQuality/modularity``.
    public var quality: CommunityQuality = .modularity
    /// Resolution γ (see ``LeidenOptions/resolution``). Default 1.
    public var resolution: Double = 1
    /// Seed of the node order of each level. Default 0.
    public var seed: UInt64 = 0
    /// Use arc weights when the graph has them. Default `true`.
    public var weighted: Bool = true
    /// Stop after this many levels; `nil` continues until a level moves no node. Default `nil`.
    public var maxLevels: Int? = nil

    public init() {}
}

/// Community detection by the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre 2008).
///
/// Each level sweeps over the nodes in a random order, moving every node to the
/// neighbouring community that raises the quality most, until a sweep moves nothing; then
/// the communities become the nodes of a smaller weighted graph (internal edges as
/// self-loops) and the next level starts there. It stops when a level moves nothing.
///
/// Louvain is fast and usually finds high modularity, but it may leave a community
/// internally disconnected (a node that held it together can move away and the rest is
/// then frozen in an aggregate). Prefer ``leiden(_:options:)``, which fixes this and is
/// as fast; Louvain is here for comparison with published results. The input must be
/// undirected (symmetrise with `view(direction: .symmetric)`); same input and seed give
/// the same membership.
///
/// - Throws: ``GraphError`` when `graph` is directed, `options.resolution` is negative, or
///   a used weight is negative or not finite.
/// - Complexity: O(m) per sweep; typically a few sweeps per level and a few levels.
///   O(n + m) extra space.
/// - Paper: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
///   communities in large networks", J. Stat. Mech. (2008) P10008.
///   doi:10.1088/1742-5468/2008/10/P10008
public func louvain(_ graph: some AdjacencyGraph, options: LouvainOptions = LouvainOptions()) throws(GraphError) -> CommunityResult {
    try GraphError.checkCommunityInput(graph, resolution: options.resolution, weighted: options.weighted, algorithm: "Louvain")
    let n = graph.nodeCount
    guard n > 0 else { return CommunityResult(membership: [], sizes: [], quality: 0, iterations: 0) }
    let quality = { (labels: [UInt32]) in
        partitionQuality(graph, membership: labels, quality: options.quality, resolution: options.resolution,
                         weighted: options.weighted)
    }
    var g = WorkingGraph(graph, weighted: options.weighted, quality: options.quality)
    let total = g.totalNodeWeight
    let singletons = (0..<UInt32(n)).map { $0 }
    if options.quality == .modularity && total == 0 {
        return CommunityResult(labels: singletons, quality: quality(singletons), iterations: 0)
    }
    let gamma = options.quality == .modularity ? options.resolution / total : options.resolution
    let ws = Workspace(nodeCount: n)
    var random = SeededRandom(seed: options.seed)
    var nodeAt = singletons
    var levels = 0
    while options.maxLevels.map({ levels < $0 }) ?? true {
        for v in 0..<g.nodeCount { ws.community.base[v] = UInt32(v) }
        let moves = sweepLocalMove(graph: g, workspace: ws, gamma: gamma, random: &random)
        if moves == 0 { break }
        levels += 1
        let k = compactInPlace(ws.community.base, count: g.nodeCount, workspace: ws)
        for v in 0..<n { nodeAt[v] = ws.community.base[Int(nodeAt[v])] }
        g = g.aggregated(labels: ws.community.base, groupCount: k, workspace: ws)
    }
    return CommunityResult(labels: nodeAt, quality: quality(nodeAt), iterations: levels)
}
