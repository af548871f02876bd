/// Leiden's refinement (Traag et al. 2019, Algorithm A.3, MergeNodesSubset), inside every
/// community of `ws.community` (ids `0 ..< communityCount`) at once.
///
/// Starts from singletons. Visiting nodes in random order, a node v that is still alone and
/// well connected to its community S (E(v, S − v) ≥ γ'·w_v·(W_S − w_v)) joins a refined
/// community C ⊆ S, also well connected to S, chosen at random with probability
/// ∝ exp(ΔH/θ) among those with ΔH ≥ 0 — staying alone (ΔH = 0) included. A node only
/// ever joins a refined community it has an edge to, so every refined community is
/// connected. θ ≤ 0 chooses greedily. Leaves the refined labels, numbered `0 ..< k` by
/// first appearance, in `ws.refined` and returns k.
///
/// Communities are refined independently, so they run on all cores: community S visits
/// its members in an order drawn from its own stream, `SplitMix64.stream(seed: s, index: S)`
/// with s one draw from `random`, and touches only its own members' entries. The result
/// therefore does not depend on how communities are split between threads.
func refine(graph g: WorkingGraph, workspace ws: Workspace, communityCount k: Int, gamma: Double,
            randomness theta: Double, random: inout SeededRandom) -> Int {
    let n = g.nodeCount
    let community = ws.community.base
    // Members of each community, in node order (counting sort), into `ws.order`.
    let start = ws.memberStart.base, members = ws.order.base
    for c in 0...k { start[c] = 0 }
    for v in 0..<n { start[Int(community[v]) + 1] += 1 }
    for c in 0..<k { start[c + 1] += start[c] }
    let fill = ws.empty.base
    for c in 0..<k { fill[c] = UInt32(start[c]) }
    for v in 0..<n {
        let c = Int(community[v])
        members[Int(fill[c])] = UInt32(v); fill[c] += 1
    }
    let refiner = UncheckedSendable(CommunityRefiner(
        graph: g, workspace: ws, gamma: gamma, theta: theta, seed: random.next()))
    // Chunks of about equal member counts (a chunk is a run of whole communities); their
    // number depends only on n.
    let chunks = n < 16_384 ? 1 : 16
    let bounds = ws.chunkBounds.base
    bounds[0] = 0
    var c = 0
    for chunk in 1..<chunks {
        let goal = n * chunk / chunks
        while c < k && start[c] < goal { c += 1 }
        bounds[chunk] = c
    }
    bounds[chunks] = k
    let chunkBounds = UncheckedSendable(bounds)
    parallelChunks(chunks, chunks: chunks) { chunk, _ in
        let b = chunkBounds.value
        for s in b[chunk]..<b[chunk + 1] { refiner.value.refine(community: s) }
    }
    return compactInPlace(ws.refined.base, count: n, workspace: ws)
}

/// The per-community body of ``refine(graph:workspace:communityCount:gamma:randomness:random:)``.
/// Community S reads and writes only the entries of its own members (node-indexed arrays,
/// and the refined ids, which are member ids) and the slice `start[S] ..< start[S + 1]` of
/// `members`, `touched`, `chance` and `edges`, so communities can run concurrently.
struct CommunityRefiner {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>
    let w: UnsafeMutablePointer<Double>, nw: UnsafeMutablePointer<Double>
    let community: UnsafeMutablePointer<UInt32>, communityWeight: UnsafeMutablePointer<Double>
    let refined: UnsafeMutablePointer<UInt32>, rWeight: UnsafeMutablePointer<Double>
    let rSize: UnsafeMutablePointer<UInt32>, rExternal: UnsafeMutablePointer<Double>
    let within: UnsafeMutablePointer<Double>
    let sums: UnsafeMutablePointer<Double>, touched: UnsafeMutablePointer<UInt32>
    let chance: UnsafeMutablePointer<Double>, edges: UnsafeMutablePointer<Double>
    let start: UnsafeMutablePointer<Int>, members: UnsafeMutablePointer<UInt32>
    let gamma: Double, theta: Double, seed: UInt64

    init(graph g: WorkingGraph, workspace ws: Workspace, gamma: Double, theta: Double, seed: UInt64) {
        o = g.offsets.base; t = g.targets.base; w = g.weights.base; nw = g.nodeWeights.base
        community = ws.community.base; communityWeight = ws.communityWeight.base
        refined = ws.refined.base; rWeight = ws.refinedWeight.base; rSize = ws.refinedSize.base
        rExternal = ws.refinedExternal.base; within = ws.within.base
        sums = ws.refineSums.base; touched = ws.touched.base; chance = ws.candidateWeight.base
        edges = ws.candidateEdge.base
        start = ws.memberStart.base; members = ws.order.base
        self.gamma = gamma; self.theta = theta; self.seed = seed
    }

    func refine(community s: Int) {
        let first = start[s], end = start[s + 1]
        let c = UInt32(s)
        // W_S (summed in node order) and each member's edge weight to the rest of S.
        var total = 0.0
        for i in first..<end {
            let v = Int(members[i])
            total += nw[v]
            refined[v] = UInt32(v); rWeight[v] = nw[v]; rSize[v] = 1
            var x = 0.0
            for a in o[v]..<o[v + 1] where community[Int(t[a])] == c { x += w[a] }
            within[v] = x
            rExternal[v] = x
        }
        communityWeight[s] = total
        guard end - first > 1 else { return }
        var random = SplitMix64.stream(seed: seed, index: UInt64(s))
        var i = end - first - 1
        while i > 0 {
            let j = random.next(below: i + 1)
            let a = members[first + i]; members[first + i] = members[first + j]; members[first + j] = a
            i -= 1
        }
        let touched = self.touched + first, chance = self.chance + first, edges = self.edges + first
        let weightOfS = total  // W_S
        for i in first..<end {
            let v = Int(members[i])
            let own = Int(refined[v])
            guard rSize[own] == 1 else { continue }
            let wv = nw[v]
            guard within[v] >= gamma * wv * (weightOfS - wv) else { continue }
            // Edge weight to each refined community of S (−1 marks untouched entries; the
            // entries are refined ids, members of S, so communities never share one).
            var touchedCount = 0
            for a in o[v]..<o[v + 1] {
                let u = Int(t[a])
                guard community[u] == c else { continue }
                let r = Int(refined[u])
                let x = sums[r]
                if x < 0 { sums[r] = w[a]; touched[touchedCount] = UInt32(r); touchedCount += 1 } else { sums[r] = x + w[a] }
            }
            // Candidates: well-connected refined communities with ΔH ≥ 0. Staying alone is the
            // baseline with ΔH = 0; compact the candidates to the front of `touched`.
            var candidates = 0
            var maxGain = 0.0
            for j in 0..<touchedCount {
                let r = Int(touched[j])
                let edge = sums[r]
                sums[r] = -1
                guard rExternal[r] >= gamma * rWeight[r] * (weightOfS - rWeight[r]) else { continue }
                let gain = edge - gamma * wv * rWeight[r]
                guard gain >= 0 else { continue }
                touched[candidates] = UInt32(r)
                chance[candidates] = gain
                edges[candidates] = edge
                candidates += 1
                if gain > maxGain { maxGain = gain }
            }
            guard candidates > 0 else { continue }
            var chosen = -1
            if theta > 0 {
                // Probabilities ∝ exp(ΔH/θ), shifted by the largest ΔH so nothing overflows.
                var sum = (-maxGain / theta).exp
                for j in 0..<candidates {
                    chance[j] = ((chance[j] - maxGain) / theta).exp
                    sum += chance[j]
                }
                var draw = random.unitInterval() * sum - (-maxGain / theta).exp
                if draw >= 0 {
                    chosen = candidates - 1
                    for j in 0..<candidates {
                        draw -= chance[j]
                        if draw < 0 { chosen = j; break }
                    }
                }
            } else {
                var best = 0.0
                for j in 0..<candidates where chance[j] > best { best = chance[j]; chosen = j }
            }
            guard chosen >= 0 else { continue }
            let r = Int(touched[chosen])
            refined[v] = UInt32(r)
            rSize[own] = 0
            rSize[r] += 1
            rWeight[r] += wv
            rExternal[r] += within[v] - 2 * edges[chosen]
        }
    }
}

extension Double {
    @inline(__always) fileprivate var exp: Double { Double.expFunction(self) }
    /// e^x without Foundation: range reduction by ln 2 and a degree-13 Taylor polynomial,
    /// accurate to a few ulps on the range the refinement uses (x ≤ 0).
    fileprivate static func expFunction(_ x: Double) -> Double {
        if x < -745 { return 0 }
        if x > 709 { return .infinity }
        let ln2 = 0.693_147_180_559_945_3
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0, sum = 1.0
        for i in 1...13 {
            term *= r / Double(i)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1)
    }
}
