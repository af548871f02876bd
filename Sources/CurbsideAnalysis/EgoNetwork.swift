import CurbsideGraph
import CurbsideStore

/// One person's network: most ties touch one account (the owner of an X archive, a
/// Mastodon export, a Bluesky repository). Sections that describe a whole network — a
/// community map of one bubble, the reach of everyone (the owner's followers again) —
/// mean little here; what does is the owner's audience, mutuals, who engages with the
/// owner and how, whom the owner engages with, who amplifies the owner.
public struct EgoNetwork: Sendable {
    /// An account's interactions with the owner (or the owner's with it), per kind.
    public struct Engagement: Sendable, Equatable {
        public var node: UInt32
        /// Interactions per kind label (repeats counted), kinds in ascending order.
        public var byKind: [(kind: String, count: Int)]
        public var total: Int

        public static func == (a: Engagement, b: Engagement) -> Bool {
            a.node == b.node && a.total == b.total && a.byKind.map(\.kind) == b.byKind.map(\.kind) && a.byKind.map(\.count) == b.byKind.map(\.count)
        }
    }

    /// The account most ties touch.
    public var owner: UInt32
    /// Distinct tied pairs (either direction, any kind, self-ties left out) and how many touch the owner.
    public var pairs, ownerPairs: Int
    /// Share of the pairs that touch the owner.
    public var share: Double { pairs > 0 ? Double(ownerPairs) / Double(pairs) : 0 }
    /// Accounts following the owner, followed by the owner, and both; ascending.
    public var followers, following, mutuals: [UInt32]
    /// Accounts that interacted with the owner, most interactions first (ties by node).
    public var engagesOwner: [Engagement]
    /// Accounts the owner interacted with, most interactions first.
    public var ownerEngages: [Engagement]
    /// Accounts that reposted or quoted the owner, most first.
    public var amplifiers: [Engagement]

    /// The share of tied pairs that must touch one account for an ego network. Default 0.5.
    public static let defaultShare = 0.5

    /// The ego network of `graph`, or `nil` when no account touches at least `share` of the
    /// tied pairs (or the graph has fewer than two tied pairs).
    public init?(graph: Graph, share minimum: Double = EgoNetwork.defaultShare) {
        let n = graph.nodeCount
        let undirected = graph.view(direction: .symmetric).outAdjacency
        var touching = [Int](repeating: 0, count: n)
        var pairs = 0
        for u in 0..<n {
            for v in undirected.neighbors(UInt32(u)) where Int(v) > u {
                pairs += 1
                touching[u] += 1
                touching[Int(v)] += 1
            }
        }
        guard pairs >= 2, let owner = touching.indices.max(by: { touching[$0] < touching[$1] || (touching[$0] == touching[$1] && $0 > $1) }),
              Double(touching[owner]) >= minimum * Double(pairs) else { return nil }
        self.owner = UInt32(owner)
        self.pairs = pairs
        ownerPairs = touching[owner]

        let follow = graph.kindID(EdgeKind.follow)
        let out = graph.outAdjacency
        var followerSet = Set<UInt32>(), followingSet = Set<UInt32>()
        var inbound: [UInt32: [String: Int]] = [:], outbound: [UInt32: [String: Int]] = [:]
        for u in 0..<n {
            for e in Int(out.offsets[u])..<Int(out.offsets[u + 1]) {
                let v = Int(out.targets[e])
                guard u != v, u == owner || v == owner else { continue }
                let other = UInt32(u == owner ? v : u)
                if graph.kind(ofEdge: e) == follow {
                    if u == owner { followingSet.insert(other) } else { followerSet.insert(other) }
                    continue
                }
                let label = graph.kindLabels[Int(graph.kind(ofEdge: e))]
                let c = Int(graph.count(ofEdge: e))
                if u == owner { outbound[other, default: [:]][label, default: 0] += c } else { inbound[other, default: [:]][label, default: 0] += c }
            }
        }
        followers = followerSet.sorted()
        following = followingSet.sorted()
        mutuals = followerSet.intersection(followingSet).sorted()
        func ranked(_ m: [UInt32: [String: Int]], kinds: Set<String>? = nil) -> [Engagement] {
            m.compactMap { node, counts -> Engagement? in
                let kept = counts.filter { kinds?.contains($0.key) ?? true }.sorted { $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
                let total = kept.reduce(0) { $0 + $1.count }
                return total > 0 ? Engagement(node: node, byKind: kept, total: total) : nil
            }.sorted { $0.total != $1.total ? $0.total > $1.total : $0.node < $1.node }
        }
        engagesOwner = ranked(inbound)
        ownerEngages = ranked(outbound)
        amplifiers = ranked(inbound, kinds: [EdgeKind.repost, EdgeKind.quote])
    }

    /// Why there is no collaborator candidate for `focus` in this network, and what data
    /// would give second-degree candidates.
    public func noCollaboratorsReason(for focus: UInt32, display: (UInt32) -> String) -> String {
        let name = display(owner)
        let why = focus == owner
            ? "every account in this network is already tied to \(name), so there is no one new to suggest"
            : "in one person's network the accounts are tied to \(name), not to each other, so nothing links \(display(focus)) to a second-degree candidate"
        return "no candidate: \(why). Second-degree candidates need the alters' own ties: import their follow lists "
            + "(twarc2 following ID following.jsonl for each account, then curbside import following.jsonl) "
            + "or another export that covers them"
    }
}

extension AnalysisSession {
    /// Accounts known only by an id: no handle and no display name.
    public var bareAccounts: [UInt32] {
        accounts.indices.filter { (accounts[$0].handle ?? "").isEmpty && (accounts[$0].name ?? "").isEmpty }.map(UInt32.init)
    }
}
