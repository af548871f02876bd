/// The objective a community-detection run maximises.
///
/// Both are written as H = Σ_c [e_c − γ · penalty_c], where e_c is the total weight of the
/// edges inside community c (a self-loop counted once) and γ is the resolution:
/// - ``modularity``: penalty_c = K_c² / (4m), K_c the sum of the weighted degrees of c's
///   nodes (a self-loop adds twice its weight) and m the total edge weight. Reported
///   divided by m, which is Newman–Girvan modularity with a resolution (networkx's and
///   igraph's `modularity`, leidenalg's `RBConfigurationVertexPartition`). Higher γ gives
///   more, smaller communities; γ = 1 is the classic modularity.
/// - ``cpm``: the Constant Potts Model, penalty_c = C(n_c, 2), n_c the number of nodes in
///   c. A community is worth keeping when its edge density exceeds γ, whatever the size of
///   the graph, so CPM has no resolution limit. Reported unnormalised (leidenalg's
///   `CPMVertexPartition.quality()` reports twice this value on undirected graphs).
public enum CommunityQuality: String, Sendable, CaseIterable {
    case modularity
    case cpm
}

/// A partition of a graph's nodes into communities.
public struct CommunityResult: Sendable, Equatable {
    /// Community of each node. Communities are numbered canonically: by decreasing size,
    /// ties by their smallest node, so `0` is the largest.
    public var membership: [UInt32]
    /// Number of nodes in each community, by id (so `sizes[0]` is the largest).
    public var sizes: [Int]
    /// The value of the quality function the algorithm optimised, for this partition
    /// (modularity for Louvain and label propagation).
    public var quality: Double
    /// Outer iterations performed: Leiden and label-propagation passes, Louvain levels.
    public var iterations: Int

    /// Number of communities.
    public var count: Int { sizes.count }

    public init(membership: [UInt32], sizes: [Int], quality: Double, iterations: Int) {
        self.membership = membership
        self.sizes = sizes
        self.quality = quality
        self.iterations = iterations
    }

    /// A result from raw labels below the node count, renumbered canonically.
    init(labels: [UInt32], quality: Double, iterations: Int) {
        let numbered = Components.numbering(roots: labels)
        self.init(membership: numbered.membership, sizes: numbered.sizes, quality: quality, iterations: iterations)
    }
}

/// Renumbers arbitrary labels `0 ..< k` in order of first appearance; returns the count.
///
/// Two label arrays describe the same partition exactly when their renumberings are
/// equal. Labels below `4n + 16` go through an array; larger ones through a sort.
func compactLabels(_ labels: [UInt32]) -> (labels: [UInt32], count: Int) {
    let n = labels.count
    guard n > 0 else { return ([], 0) }
    let maxLabel = Int(labels.max()!)
    var out = [UInt32](repeating: 0, count: n)
    var next: UInt32 = 0
    if maxLabel < 4 * n + 16 {
        var map = [UInt32](repeating: .max, count: maxLabel + 1)
        for v in 0..<n {
            let l = Int(labels[v])
            if map[l] == .max { map[l] = next; next += 1 }
            out[v] = map[l]
        }
    } else {
        // Sort node indices by label, then give each label the id of its first node's rank.
        let order = (0..<n).sorted { (labels[$0], $0) < (labels[$1], $1) }
        var firstNode = [Int](repeating: 0, count: n)
        var groupStart = 0
        for i in 0..<n {
            if i > 0 && labels[order[i]] != labels[order[i - 1]] { groupStart = i }
            firstNode[order[i]] = order[groupStart]
        }
        var id = [UInt32](repeating: .max, count: n)
        for v in 0..<n {
            let f = firstNode[v]
            if id[f] == .max { id[f] = next; next += 1 }
            out[v] = id[f]
        }
    }
    return (out, Int(next))
}
