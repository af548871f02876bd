import CurbsideGraph
import Foundation

/// A term that sets a community apart from the rest of the network.
public struct DistinctiveTerm: Sendable, Equatable {
    /// A specialty, a hashtag without `#`, or a bio word.
    public var term: String
    /// Members of the community that have it.
    public var members: Int
    /// Share of the community's members that have it.
    public var share: Double
    /// Share of all accounts in the network that have it.
    public var networkShare: Double
    /// Log-odds z-score against the rest of the network (informative Dirichlet prior).
    public var z: Double

    public init(term: String, members: Int, share: Double, networkShare: Double, z: Double) {
        self.term = term; self.members = members; self.share = share; self.networkShare = networkShare; self.z = z
    }
}

/// When a group of accounts — a community, or the whole network — is named by a specialty:
/// only when enough of it carries that label. One rule for the report, the diagrams,
/// `communities --label` and `collaborators`, so two accounts of 938 never name a community.
public struct SpecialtyNaming: Codable, Hashable, Sendable {
    /// Smallest share of the group's members (labelled or not) that carry the specialty.
    /// Default 0.2.
    public var minimumShare = 0.2
    /// Smallest number of accounts that carry it. Default 5.
    public var minimumAccounts = 5

    public init(minimumShare: Double = 0.2, minimumAccounts: Int = 5) {
        self.minimumShare = minimumShare
        self.minimumAccounts = minimumAccounts
    }

    /// Whether `carriers` of `members` accounts are enough to name the group.
    public func allows(carriers: Int, members: Int) -> Bool {
        carriers >= minimumAccounts && Double(carriers) >= minimumShare * Double(members) && carriers > 0
    }

    /// The group's name from its members' specialty labels (nil: unlabelled): the most common
    /// label (ties by name), named only when ``allows(carriers:members:)``.
    public func name(_ labels: some Sequence<String?>) -> GroupSpecialty {
        var counts: [String: Int] = [:]
        var members = 0
        for l in labels {
            members += 1
            if let l { counts[l, default: 0] += 1 }
        }
        return name(counts: counts, members: members)
    }

    /// The group's name from the number of members carrying each label.
    public func name(counts: [String: Int], members: Int) -> GroupSpecialty {
        let top = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
        let carriers = top?.value ?? 0
        let labelled = counts.values.reduce(0, +)
        return GroupSpecialty(members: members, labelled: labelled, top: top?.key, carriers: carriers,
                              named: allows(carriers: carriers, members: members), mixed: allows(carriers: labelled, members: members))
    }
}

/// What a group's members' specialties say about it (``SpecialtyNaming/name(_:)``).
public struct GroupSpecialty: Sendable, Equatable {
    /// Accounts in the group.
    public var members: Int
    /// Members with a specialty label (roles included).
    public var labelled: Int
    /// The most common label; nil when no member is labelled.
    public var top: String?
    /// Members carrying ``top``.
    public var carriers: Int
    /// Whether enough members carry ``top`` to name the group by it.
    public var named: Bool
    /// Whether the labelled members would be enough to name the group if they shared one
    /// specialty: what keeps an unnamed group unnamed is then a mix, not a lack of labels.
    public var mixed: Bool

    public init(members: Int, labelled: Int, top: String?, carriers: Int, named: Bool, mixed: Bool = false) {
        self.members = members; self.labelled = labelled; self.top = top; self.carriers = carriers; self.named = named
        self.mixed = mixed && !named
    }

    /// The specialty the group is named by; nil when too few members carry one.
    public var specialty: String? { named ? top : nil }

    /// ``carriers`` over ``members``.
    public var share: Double { members > 0 ? Double(carriers) / Double(members) : 0 }

    /// `cardiology (41 of 120, 34 %)` when named; otherwise how little is known:
    /// `2 of 938 labelled`, `mixed (300 of 938 labelled)` when enough are labelled (``mixed``)
    /// but no specialty is common enough, `none of 12 labelled`.
    public var description: String {
        if let specialty { return "\(specialty) (\(carriers) of \(members), \(Int((share * 100).rounded())) %)" }
        if labelled == 0 { return "none of \(members) labelled" }
        if mixed { return "mixed (\(labelled) of \(members) labelled)" }
        return "\(labelled) of \(members) labelled"
    }
}

/// A member who matters inside the community.
public struct KeyMember: Sendable, Equatable {
    public var node: UInt32
    /// PageRank in the community's own weighted subgraph (sums to 1 over the community).
    public var pageRank: Double
    /// Ties to other members.
    public var internalDegree: Int

    public init(node: UInt32, pageRank: Double, internalDegree: Int) {
        self.node = node; self.pageRank = pageRank; self.internalDegree = internalDegree
    }
}

/// A member with many ties outside the community, and where they lead.
public struct BridgeMember: Sendable, Equatable {
    public var node: UInt32
    /// Ties to members of other communities.
    public var externalTies: Int
    /// The communities those ties reach, most ties first: (community id, ties).
    public var communities: [(community: Int, ties: Int)]

    public init(node: UInt32, externalTies: Int, communities: [(community: Int, ties: Int)]) {
        self.node = node; self.externalTies = externalTies; self.communities = communities
    }

    public static func == (a: BridgeMember, b: BridgeMember) -> Bool {
        a.node == b.node && a.externalTies == b.externalTies
            && a.communities.map(\.community) == b.communities.map(\.community)
            && a.communities.map(\.ties) == b.communities.map(\.ties)
    }
}

/// One labelled community: what a diagram or a report needs to draw and name it.
public struct CommunitySummary: Sendable, Equatable {
    /// The community id (0 is the largest).
    public var id: Int
    /// A short human label built from the most distinctive specialty, hashtags and bio
    /// terms, e.g. `cardiology · #cardiotwitter #echofirst · heart`; `community 7` when
    /// nothing stands out.
    public var label: String
    /// Member nodes, ascending.
    public var members: [UInt32]
    public var size: Int { members.count }
    /// Ties inside the community and their total weight.
    public var internalTies: Int
    public var internalWeight: Double
    /// Internal ties over the possible `size × (size − 1) / 2`.
    public var density: Double
    /// Total weight of ties to each other community, heaviest first: (community id, weight).
    public var tieWeights: [(community: Int, weight: Double)]
    /// Number of members of each specialty, most first (unknown specialties left out).
    public var specialtyCounts: [(specialty: String, members: Int)]
    /// The specialty the community is named by, or how little is known (``SpecialtyNaming``).
    public var specialtyName: GroupSpecialty
    public var specialties: [DistinctiveTerm]
    public var hashtags: [DistinctiveTerm]
    public var bioTerms: [DistinctiveTerm]
    public var keyMembers: [KeyMember]
    public var bridges: [BridgeMember]

    public init(
        id: Int, label: String, members: [UInt32], internalTies: Int, internalWeight: Double, density: Double,
        tieWeights: [(community: Int, weight: Double)], specialtyCounts: [(specialty: String, members: Int)] = [],
        specialtyName: GroupSpecialty? = nil,
        specialties: [DistinctiveTerm] = [], hashtags: [DistinctiveTerm] = [], bioTerms: [DistinctiveTerm] = [],
        keyMembers: [KeyMember] = [], bridges: [BridgeMember] = []
    ) {
        self.id = id; self.label = label; self.members = members; self.internalTies = internalTies
        self.internalWeight = internalWeight; self.density = density; self.tieWeights = tieWeights
        self.specialtyCounts = specialtyCounts
        self.specialtyName = specialtyName ?? SpecialtyNaming().name(
            counts: Dictionary(specialtyCounts.map { ($0.specialty, $0.members) }, uniquingKeysWith: +), members: members.count)
        self.specialties = specialties; self.hashtags = hashtags
        self.bioTerms = bioTerms; self.keyMembers = keyMembers; self.bridges = bridges
    }

    /// A name for running text: the specialty the community is named by (``specialtyName``),
    /// else its most distinctive hashtag, else `community N` (e.g. "an oncologist in the
    /// *cardio-oncology* community").
    public var shortLabel: String {
        specialtyName.specialty ?? hashtags.first.map { "#" + $0.term } ?? "community \(id)"
    }

    public static func == (a: CommunitySummary, b: CommunitySummary) -> Bool {
        a.id == b.id && a.label == b.label && a.members == b.members && a.internalTies == b.internalTies
            && a.internalWeight == b.internalWeight && a.density == b.density
            && a.tieWeights.map(\.community) == b.tieWeights.map(\.community) && a.tieWeights.map(\.weight) == b.tieWeights.map(\.weight)
            && a.specialtyCounts.map(\.specialty) == b.specialtyCounts.map(\.specialty)
            && a.specialtyCounts.map(\.members) == b.specialtyCounts.map(\.members) && a.specialtyName == b.specialtyName
            && a.specialties == b.specialties && a.hashtags == b.hashtags && a.bioTerms == b.bioTerms
            && a.keyMembers == b.keyMembers && a.bridges == b.bridges
    }
}

/// Parameters of ``labelCommunities(_:membership:profiles:options:)``.
public struct CommunityLabelOptions: Sendable {
    /// Communities smaller than this are not summarised (they still exist). Default 3.
    public var minimumSize = 3
    /// Terms kept per field (specialties, hashtags, bio terms). Default 5.
    public var termsPerField = 5
    /// A term must be held by at least this many members to label a community (bio
    /// words need one more, so a single bio never names a community). Default 2.
    public var minimumMembers = 2
    /// Smallest z-score of a distinctive term. Default 1.96 (two-sided 5 %).
    public var minimumZ = 1.96
    /// Strength of the Dirichlet prior, in pseudo-accounts spread over the vocabulary in
    /// proportion to the whole network's counts. Default 10.
    public var priorStrength = 10.0
    /// Key members and bridges listed per community. Default 5.
    public var membersListed = 5
    /// When a specialty names a community (its label). Default: 20 % of the members and 5 accounts.
    public var naming = SpecialtyNaming()

    public init() {}
}

/// Describes each community of a partition: its size, density, ties to the other
/// communities, distinctive specialties, hashtags and bio terms, key members and bridges.
///
/// **Distinctive terms** are ranked by the log-odds ratio with an informative Dirichlet
/// prior (Monroe, Colaresi, Quinn 2008, §3.5): for term w, community i and the rest of
/// the network j, with y the number of members having w, n the sum of y over all terms of
/// the field and α_w = α₀ · y_w(network) / n(network),
///
///     δ_w = ln[(y_iw + α_w) / (n_i + α₀ − y_iw − α_w)] − ln[(y_jw + α_w) / (n_j + α₀ − y_jw − α_w)]
///     z_w = δ_w / √(1 / (y_iw + α_w) + 1 / (y_jw + α_w))
///
/// It was chosen over TF-IDF because communities differ in size by two orders of
/// magnitude: IDF ignores how many members back a term, so in a ten-member community one
/// account's quirky word would outrank the field's real markers, and a term used in every
/// community (#medtwitter) gets zero weight even where it is three times as common. The
/// z-score accounts for the sampling variance and the prior shrinks rare terms towards
/// the network's rate. Counts are of members (each account counts a term once), so one
/// prolific poster cannot label a community alone.
///
/// **Key members**: PageRank (damping 0.85) in the community's own weighted subgraph.
/// **Bridges**: members with the most ties to other communities.
///
/// **The label** starts with the community's most common specialty only when enough members
/// carry it (``CommunityLabelOptions/naming``, ``SpecialtyNaming``: 20 % and 5 accounts by
/// default), else with how little is known ("2 of 938 labelled") when any member is labelled;
/// then its two most distinctive hashtags and a bio term.
///
/// - Parameters:
///   - graph: undirected (weighted) graph the partition was found on.
///   - membership: community per node, ids `0 ..< k`.
///   - profiles: one per node (``accountProfiles(_:hashtags:)``).
/// - Complexity: O(n + m + Σ terms) plus PageRank on each community.
/// - Throws: `GraphError` for a directed graph, or a membership or profile list that is not
///   one per node.
public func labelCommunities(
    _ graph: some AdjacencyGraph, membership: [UInt32], profiles: [AccountProfile],
    options: CommunityLabelOptions = CommunityLabelOptions()
) throws -> [CommunitySummary] {
    try GraphError.checkUndirected(graph, "community labels")
    let n = graph.nodeCount
    try GraphError.checkCount(membership.count, "membership", expectedCount: n, of: "node")
    try GraphError.checkCount(profiles.count, "profiles", expectedCount: n, of: "node")
    let k = Int(membership.max().map { $0 + 1 } ?? 0)
    var members = [[UInt32]](repeating: [], count: k)
    for v in 0..<n { members[Int(membership[v])].append(UInt32(v)) }
    let adjacency = graph.outAdjacency

    // Position of each node inside its community, for the per-community subgraphs.
    var local = [UInt32](repeating: 0, count: n)
    for list in members { for (i, v) in list.enumerated() { local[Int(v)] = UInt32(i) } }

    let specialtyField = TermField(profiles.map { $0.specialty.map { [$0] } ?? [] })
    let hashtagField = TermField(profiles.map(\.hashtags))
    let bioField = TermField(profiles.map(\.bioTerms))

    // Scratch for per-community accumulation: community → weight, with a touched list.
    var tieWeight = [Double](repeating: 0, count: k)
    var tieStamp = [Int](repeating: -1, count: k)
    var perNode = [Int](repeating: 0, count: k)
    var perNodeStamp = [Int](repeating: -1, count: k)

    var result: [CommunitySummary] = []
    for c in 0..<k where members[c].count >= options.minimumSize {
        let list = members[c]
        // Internal subgraph (CSR in local numbering) and ties out.
        var offsets = [UInt32](repeating: 0, count: list.count + 1)
        var targets: [UInt32] = [], weights: [Double] = []
        var internalArcs = 0, internalWeight = 0.0
        var touched: [Int] = []
        var bridges: [BridgeMember] = []
        for (i, v) in list.enumerated() {
            var external = 0
            var reached: [Int] = []
            for e in adjacency.range(v) {
                let x = adjacency.targets[e]
                let w = adjacency.weights?[e] ?? 1
                let d = Int(membership[Int(x)])
                if d == c {
                    if x == v { continue }
                    targets.append(local[Int(x)]); weights.append(w)
                    internalArcs += 1; internalWeight += w
                } else {
                    if tieStamp[d] != c { tieStamp[d] = c; tieWeight[d] = 0; touched.append(d) }
                    tieWeight[d] += w
                    if perNodeStamp[d] != Int(v) { perNodeStamp[d] = Int(v); perNode[d] = 0; reached.append(d) }
                    perNode[d] += 1
                    external += 1
                }
            }
            offsets[i + 1] = UInt32(targets.count)
            if external > 0 {
                let ties = reached.map { (community: $0, ties: perNode[$0]) }
                    .sorted { $0.ties != $1.ties ? $0.ties > $1.ties : $0.community < $1.community }
                bridges.append(BridgeMember(node: v, externalTies: external, communities: ties))
            }
        }
        bridges.sort { $0.externalTies != $1.externalTies ? $0.externalTies > $1.externalTies : $0.node < $1.node }
        let sub = GraphView(undirected: CSR(offsets: offsets, targets: targets, weights: weights))
        var pr = PageRankOptions()
        pr.tolerance = 1e-10
        pr.maxIterations = 200
        let rank = validParameters { try pageRank(sub, options: pr) }.scores  // fixed options, a graph built here
        let order = list.indices.sorted { rank[$0] != rank[$1] ? rank[$0] > rank[$1] : $0 < $1 }
        let key = order.prefix(options.membersListed).map {
            KeyMember(node: list[$0], pageRank: rank[$0], internalDegree: Int(offsets[$0 + 1] - offsets[$0]))
        }
        let ties = touched.map { (community: $0, weight: tieWeight[$0]) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.community < $1.community }

        var counts: [String: Int] = [:]
        for v in list { if let s = profiles[Int(v)].specialty { counts[s, default: 0] += 1 } }
        let specialtyCounts = counts.map { (specialty: $0.key, members: $0.value) }
            .sorted { $0.members != $1.members ? $0.members > $1.members : $0.specialty < $1.specialty }
        let named = options.naming.name(counts: counts, members: list.count)

        let size = list.count
        let specialties = specialtyField.distinctive(list, options: options, minimumMembers: options.minimumMembers)
        let hashtags = hashtagField.distinctive(list, options: options, minimumMembers: options.minimumMembers)
        let bio = bioField.distinctive(list, options: options, minimumMembers: options.minimumMembers + 1)
        // Named by a specialty only when enough members carry it; otherwise the label says how
        // little is known ("2 of 938 labelled"), when anyone is labelled at all.
        var parts: [String] = []
        if named.named || named.labelled > 0 { parts.append(named.specialty ?? named.description) }
        if !hashtags.isEmpty { parts.append(hashtags.prefix(2).map { "#" + $0.term }.joined(separator: " ")) }
        if let b = bio.first(where: { $0.term != named.specialty }) { parts.append(b.term) }
        result.append(CommunitySummary(
            id: c, label: parts.isEmpty ? "community \(c)" : parts.joined(separator: " · "), members: list,
            internalTies: internalArcs / 2, internalWeight: internalWeight / 2,
            density: size > 1 ? Double(internalArcs) / Double(size * (size - 1)) : 0,
            tieWeights: ties, specialtyCounts: specialtyCounts, specialtyName: named,
            specialties: specialties, hashtags: hashtags, bioTerms: bio,
            keyMembers: Array(key), bridges: Array(bridges.prefix(options.membersListed))))
    }
    return result
}

/// One field's terms for every account, interned to integer ids, with network counts.
struct TermField {
    var names: [String] = []
    /// Term ids per account.
    var terms: [[Int]]
    /// Accounts having each term.
    var total: [Int]
    /// Σ total.
    var sum: Int

    init(_ perAccount: [[String]]) {
        var id: [String: Int] = [:]
        var names: [String] = []
        terms = perAccount.map { list in
            list.map { t in
                if let i = id[t] { return i }
                id[t] = names.count
                names.append(t)
                return names.count - 1
            }
        }
        self.names = names
        var total = [Int](repeating: 0, count: names.count)
        for list in terms { for t in list { total[t] += 1 } }
        self.total = total
        sum = total.reduce(0, +)
    }

    /// The community's distinctive terms, highest z first (ties by term).
    func distinctive(_ members: [UInt32], options: CommunityLabelOptions, minimumMembers: Int) -> [DistinctiveTerm] {
        guard sum > 0 else { return [] }
        var count: [Int: Int] = [:]
        for v in members { for t in terms[Int(v)] { count[t, default: 0] += 1 } }
        let ni = Double(count.values.reduce(0, +)), n = Double(sum)
        let nj = n - ni
        let a0 = options.priorStrength
        let accounts = Double(terms.count)
        var out: [DistinctiveTerm] = []
        for (t, yi) in count where yi >= minimumMembers {
            let yw = Double(total[t])
            let aw = a0 * yw / n
            let yiw = Double(yi), yjw = yw - yiw
            let delta = log((yiw + aw) / (ni + a0 - yiw - aw)) - log((yjw + aw) / (nj + a0 - yjw - aw))
            let z = delta / (1 / (yiw + aw) + 1 / (yjw + aw)).squareRoot()
            guard z >= options.minimumZ else { continue }
            out.append(DistinctiveTerm(term: names[t], members: yi, share: yiw / Double(members.count),
                                       networkShare: yw / accounts, z: z))
        }
        out.sort { $0.z != $1.z ? $0.z > $1.z : $0.term < $1.term }
        return Array(out.prefix(options.termsPerField))
    }
}

/// An account that would connect two communities: it has ties into both.
public struct CommunityBridge: Sendable, Equatable {
    public var node: UInt32
    /// The two communities it ties into most (a's ties ≥ b's), and its ties to each.
    public var communityA: Int
    public var tiesA: Int
    public var communityB: Int
    public var tiesB: Int
    /// Total weight of the ties already running between the two communities.
    public var existingWeight: Double

    public init(node: UInt32, communityA: Int, tiesA: Int, communityB: Int, tiesB: Int, existingWeight: Double) {
        self.node = node; self.communityA = communityA; self.tiesA = tiesA
        self.communityB = communityB; self.tiesB = tiesB; self.existingWeight = existingWeight
    }
}

/// Accounts that would connect two communities, best first: for each account, the two
/// communities it has most ties to (its own counts too), scored by the smaller of the two
/// tie counts (someone with 6 ties on each side bridges better than someone with 20 and 1);
/// ties broken by fewer existing ties between the two communities, then by node.
///
/// - Complexity: O(n + m + k log k) for k candidate bridges.
/// - Throws: `GraphError` for a directed graph or a membership that is not one per node.
public func communityBridges(_ graph: some AdjacencyGraph, membership: [UInt32], limit: Int = 20) throws -> [CommunityBridge] {
    try GraphError.checkUndirected(graph, "community bridges")
    try GraphError.checkCount(membership.count, "membership", expectedCount: graph.nodeCount, of: "node")
    let n = graph.nodeCount
    let adj = graph.outAdjacency
    let k = Int(membership.max().map { $0 + 1 } ?? 0)
    var count = [Int](repeating: 0, count: k)
    var seen = [Int](repeating: -1, count: k)
    var found: [CommunityBridge] = []
    for v in 0..<n {
        var reached: [Int] = []
        for x in adj.neighbors(UInt32(v)) where Int(x) != v {
            let c = Int(membership[Int(x)])
            if seen[c] != v { seen[c] = v; count[c] = 0; reached.append(c) }
            count[c] += 1
        }
        guard reached.count >= 2 else { continue }
        reached.sort { count[$0] != count[$1] ? count[$0] > count[$1] : $0 < $1 }
        found.append(CommunityBridge(node: UInt32(v), communityA: reached[0], tiesA: count[reached[0]],
                                     communityB: reached[1], tiesB: count[reached[1]], existingWeight: 0))
    }
    // Weight between community pairs, only for the pairs that occur.
    var pairWeight: [Int: Double] = [:]
    for b in found { pairWeight[min(b.communityA, b.communityB) * k + max(b.communityA, b.communityB)] = 0 }
    for u in 0..<n {
        let cu = Int(membership[u])
        for e in adj.range(UInt32(u)) {
            let cv = Int(membership[Int(adj.targets[e])])
            guard cu < cv else { continue }
            let key = cu * k + cv
            if let w = pairWeight[key] { pairWeight[key] = w + (adj.weights?[e] ?? 1) }
        }
    }
    for i in found.indices {
        let a = found[i].communityA, b = found[i].communityB
        found[i].existingWeight = pairWeight[min(a, b) * k + max(a, b)] ?? 0
    }
    found.sort { x, y in
        if x.tiesB != y.tiesB { return x.tiesB > y.tiesB }
        if x.existingWeight != y.existingWeight { return x.existingWeight < y.existingWeight }
        return x.node < y.node
    }
    return Array(found.prefix(max(0, limit)))
}
