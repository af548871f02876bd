/// Parameters of ``influenceMaximization(_:options:)``.
public struct IMMOptions: Sendable {
    /// Number of seed nodes to choose (`k`). Default 10.
    public var seedCount: Int = 10
    /// Approximation slack ε in (0, 1): the seeds' expected spread is at least
    /// `(1 − 1/e − ε) × optimum` with probability `1 − 1/n^ℓ`. Default 0.1.
    public var epsilon: Double = 0.1
    /// Confidence exponent ℓ > 0. Default 1.
    public var ell: Double = 1
    /// Per-arc activation probabilities. Default ``ArcProbabilities/weightedCascade``.
    public var probabilities: ArcProbabilities = .weightedCascade
    /// Which arcs carry influence. Default ``ReachDirection/incoming`` (followers see posts).
    public var direction: ReachDirection = .incoming
    /// Maximise the expected number of activated nodes *among these* (reverse-reachable
    /// sets start only from them); `nil` (default) counts every node. Seeds may be any node.
    public var targets: [UInt32]? = nil
    /// Seed of the sampling. Default 0. Same graph, options and seed give the same seeds.
    public var seed: UInt64 = 0

    public init() {}
}

/// The outcome of ``influenceMaximization(_:options:)``.
public struct IMMResult: Sendable, Equatable {
    /// The chosen seeds, in the order the greedy cover picked them (largest marginal gain
    /// first). Once every RR set is covered, further seeds gain nothing and are the
    /// smallest unused ids.
    public var seeds: [UInt32]
    /// Estimated expected spread of ``seeds`` over the targets: targets × the fraction of
    /// the final reverse-reachable sets they cover.
    public var estimatedSpread: Double
    /// Number of reverse-reachable sets behind the final choice (θ).
    public var rrSetCount: Int
    /// The lower bound on the optimal spread found by the sampling phase (LB).
    public var lowerBound: Double
}

/// Influence maximisation under the independent cascade with IMM (Influence
/// Maximisation via Martingales).
///
/// A *reverse-reachable (RR) set* is grown from a random target node `v` by flipping
/// each arc into an already reached node with its activation probability and keeping the
/// nodes that reach `v` along live arcs. A seed set's expected spread is the number of
/// targets times the probability that it meets a random RR set, so choosing `k` seeds
/// becomes maximum coverage over many RR sets, which greedy solves within `1 − 1/e`.
/// IMM's sampling phase halves a guess of the optimum until the sampled coverage
/// confirms it, giving a lower bound `LB`; then `θ = λ* / LB` RR sets suffice for a
/// `(1 − 1/e − ε)`-approximation with probability `1 − 1/n^ℓ`.
///
/// ```swift
/// var options = IMMOptions()
/// options.seedCount = 5
/// options.targets = oncologists          // whom the campaign should reach
/// let chosen = try influenceMaximization(follows, options: options).seeds
/// ```
///
/// Following Chen's correction, the final θ RR sets are drawn afresh rather than reusing
/// the sampling phase's, which keeps the martingale argument valid. With targets `T`,
/// roots are drawn from `T` and `|T|` replaces `n` as the scale of the spread (the union
/// bound over seed sets still counts all `n` nodes as candidates). RR sets are generated
/// across cores: set `i` draws from ``SplitMix64`` stream `(seed, i)` and per-worker
/// batches are appended in index order, so the output depends only on the seed. Greedy
/// ties go to the smaller node id.
///
/// - Throws: ``GraphError`` when `options.seedCount` is negative, `options.epsilon` is
///   outside (0, 1), `options.ell` is not positive, a target is not a node, or a
///   probability is invalid.
/// - Complexity: expected O((k + ℓ)(n + m) log n / ε²) time; memory proportional to the
///   total size of the RR sets plus O(n + m).
/// - Paper: Y. Tang, Y. Shi, X. Xiao, "Influence Maximization in Near-Linear Time: A
///   Martingale Approach", SIGMOD 2015, doi:10.1145/2723372.2723734. Correction:
///   W. Chen, "An Issue in the Martingale Analysis of the Influence Maximization
///   Algorithm IMM", CSoNet 2018 (arXiv:1808.09363).
public func influenceMaximization(_ graph: some AdjacencyGraph, options: IMMOptions = IMMOptions()) throws(GraphError) -> IMMResult {
    let n = graph.nodeCount
    let k = min(options.seedCount, n)
    try GraphError.check(options.seedCount >= 0, "options.seedCount", options.seedCount, expected: "a non-negative count")
    try GraphError.check(options.epsilon > 0 && options.epsilon < 1, "options.epsilon", options.epsilon, expected: "a number in (0, 1)")
    try GraphError.check(options.ell > 0, "options.ell", options.ell, expected: "a positive number")
    let roots: [UInt32] = options.targets ?? []
    try GraphError.checkNodes(roots, "options.targets", nodeCount: n)
    let targetCount = options.targets == nil ? n : roots.count
    guard k > 0, targetCount > 0 else {
        return IMMResult(seeds: [], estimatedSpread: 0, rrSetCount: 0, lowerBound: 0)
    }
    let arcs = try CascadeArcs(graph, direction: options.direction, probabilities: options.probabilities, reverse: true)
    let sampler = RRSampler(adjacency: arcs.adjacency, nodeCount: n, roots: options.targets)

    let nD = Double(max(n, 2)), tD = Double(targetCount)
    let lnN = naturalLog(nD)
    let ell = options.ell * (1 + naturalLog(2) / lnN)
    let eps = options.epsilon
    var lnBinomial = 0.0
    for i in 0..<k { lnBinomial += naturalLog(Double(n - i)) - naturalLog(Double(i + 1)) }
    let oneMinusInvE = 1 - 0.36787944117144233

    // Sampling phase: estimate a lower bound LB of the optimal spread.
    let epsPrime = 2.0.squareRoot() * eps
    let log2T = naturalLog(tD) / naturalLog(2)
    let lambdaPrime = (2 + 2 * epsPrime / 3) * (lnBinomial + ell * lnN + naturalLog(max(log2T, 1))) * tD / (epsPrime * epsPrime)
    var lowerBound = 1.0
    var sets = RRSets()
    let phases = Int(log2T.rounded(.down)) - 1
    if phases >= 1 {
        for i in 1...phases {
            let x = tD / Double(1 << i)
            let theta = Int((lambdaPrime / x).rounded(.up))
            sampler.extend(&sets, to: theta, seed: options.seed, stream: 0)
            let cover = greedyCover(sets, nodeCount: n, k: k)
            if tD * cover.fraction >= (1 + epsPrime) * x {
                lowerBound = tD * cover.fraction / (1 + epsPrime)
                break
            }
        }
    }

    // Selection phase on θ fresh RR sets.
    let alpha = (ell * lnN + naturalLog(2)).squareRoot()
    let beta = (oneMinusInvE * (lnBinomial + ell * lnN + naturalLog(2))).squareRoot()
    let lambdaStar = 2 * tD * (oneMinusInvE * alpha + beta) * (oneMinusInvE * alpha + beta) / (eps * eps)
    let theta = max(1, Int((lambdaStar / lowerBound).rounded(.up)))
    sets = RRSets()
    sampler.extend(&sets, to: theta, seed: options.seed, stream: 1)
    let cover = greedyCover(sets, nodeCount: n, k: k)
    return IMMResult(seeds: cover.seeds, estimatedSpread: tD * cover.fraction, rrSetCount: sets.count, lowerBound: lowerBound)
}

/// Reverse-reachable sets stored back to back: set `i` is `nodes[ends[i-1] ..< ends[i]]`.
struct RRSets {
    var nodes: [UInt32] = []
    var ends: [Int] = []
    var count: Int { ends.count }
}

/// Generates RR sets on the reverse influence arcs.
struct RRSampler: Sendable {
    let adjacency: CSR
    let nodeCount: Int
    let roots: [UInt32]?

    /// Appends sets `sets.count ..< total`, set `i` drawn from stream `(seed ^ stream·φ, i)`.
    func extend(_ sets: inout RRSets, to total: Int, seed: UInt64, stream: UInt64) {
        let start = sets.count
        guard total > start else { return }
        let count = total - start
        let streamSeed = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15)
        let workers = min(8, max(1, count / 256))
        var batches = [RRSets](repeating: RRSets(), count: workers)
        let shared = UncheckedSendable((self, streamSeed))
        batches.withUnsafeMutableBufferPointer { out in
            let out = UncheckedSendable(out.baseAddress!)
            parallelRanges(workers, minimumChunk: 1) { range in
                let (sampler, seed) = shared.value
                for w in range {
                    let lo = start + count * w / workers, hi = start + count * (w + 1) / workers
                    out.value[w] = sampler.generate(lo..<hi, seed: seed)
                }
            }
        }
        for b in batches {
            let base = sets.nodes.count
            sets.nodes.append(contentsOf: b.nodes)
            for e in b.ends { sets.ends.append(base + e) }
        }
    }

    /// The RR sets with indices in `range`, with one reusable stamp array.
    func generate(_ range: Range<Int>, seed: UInt64) -> RRSets {
        var result = RRSets()
        result.ends.reserveCapacity(range.count)
        var stamp = [UInt32](repeating: UInt32.max, count: nodeCount)
        let rootCount = roots?.count ?? nodeCount
        stamp.withUnsafeMutableBufferPointer { stamp in
            adjacency.withUnsafeBuffers { off, src, prob in
                // Stamps are local set indices; the range is far below 2³² − 1.
                for (local, index) in range.enumerated() {
                    let mark = UInt32(local)
                    var rng = SplitMix64.stream(seed: seed, index: UInt64(index))
                    let pick = rng.next(below: rootCount)
                    let root = roots?[pick] ?? UInt32(pick)
                    var head = result.nodes.count
                    stamp[Int(root)] = mark
                    result.nodes.append(root)
                    while head < result.nodes.count {
                        let v = Int(result.nodes[head])
                        head += 1
                        for i in Int(off[v])..<Int(off[v + 1]) {
                            let u = Int(src[i])
                            if stamp[u] != mark && rng.nextUnit() < prob[i] {
                                stamp[u] = mark
                                result.nodes.append(UInt32(u))
                            }
                        }
                    }
                    result.ends.append(result.nodes.count)
                }
            }
        }
        return result
    }
}

/// Greedy maximum coverage: `k` nodes, each covering the most not-yet-covered RR sets
/// (ties to the smaller id). Returns the seeds and the fraction of sets covered.
func greedyCover(_ sets: RRSets, nodeCount n: Int, k: Int) -> (seeds: [UInt32], fraction: Double) {
    guard sets.count > 0 else { return ((0..<UInt32(min(k, n))).map { $0 }, 0) }
    // Inverted index: the sets containing each node.
    var offsets = [Int](repeating: 0, count: n + 1)
    for v in sets.nodes { offsets[Int(v) + 1] += 1 }
    var coverage = [Int](repeating: 0, count: n)
    for v in 0..<n { coverage[v] = offsets[v + 1]; offsets[v + 1] += offsets[v] }
    var memberOf = [Int](repeating: 0, count: sets.nodes.count)
    var cursor = offsets
    var begin = 0
    for (s, end) in sets.ends.enumerated() {
        for j in begin..<end {
            let v = Int(sets.nodes[j])
            memberOf[cursor[v]] = s
            cursor[v] += 1
        }
        begin = end
    }
    var covered = [Bool](repeating: false, count: sets.count)
    var chosen = [Bool](repeating: false, count: n)
    var seeds: [UInt32] = []
    var coveredCount = 0
    for _ in 0..<k {
        var best = -1, bestCoverage = -1
        for v in 0..<n where !chosen[v] && coverage[v] > bestCoverage {
            best = v
            bestCoverage = coverage[v]
        }
        chosen[best] = true
        seeds.append(UInt32(best))
        for j in offsets[best]..<offsets[best + 1] {
            let s = memberOf[j]
            if covered[s] { continue }
            covered[s] = true
            coveredCount += 1
            for q in (s == 0 ? 0 : sets.ends[s - 1])..<sets.ends[s] { coverage[Int(sets.nodes[q])] -= 1 }
        }
    }
    return (seeds, Double(coveredCount) / Double(sets.count))
}
