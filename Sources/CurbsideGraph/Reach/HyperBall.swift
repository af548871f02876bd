/// Parameters of ``hyperBall(_:options:)``.
public struct HyperBallOptions: Sendable {
    /// log₂ of the registers in each node's HyperLogLog counter, 4 ... 16. Default 10:
    /// 1,024 one-byte registers per node (2 KB per node for the two counter arrays),
    /// relative standard error about 1.04 / √1024 ≈ 3.3 % per counter. All counters share
    /// one hash, so errors are correlated across nodes and the median error over nodes
    /// moves with the seed: on email-Eu-core the worst median relative error of the 2-hop
    /// reach over seeds 0 ... 19 was 5.6 % at 8 registers' exponent and under 5 % at 10
    /// (see HyperBallTests). Each step down halves the memory and doubles the variance.
    public var log2Registers: Int = 10
    /// Seed of the node hash. Default 0. Different seeds give independent estimates.
    public var seed: UInt64 = 0
    /// Which arcs grow the balls. Default ``ReachDirection/incoming``: the ball of `v`
    /// holds the nodes that reach `v`, which is what harmonic centrality sums over
    /// (networkx `harmonic_centrality` on a directed graph) and what an audience is.
    public var direction: ReachDirection = .incoming
    /// The radius at which ``HyperBallResult/reach`` is read. Default 2.
    public var reachHops: Int = 2
    /// Cap on the number of rounds (ball radius). Default: run until no counter changes.
    public var maxIterations: Int = .max

    public init() {}
}

/// Estimates produced by ``hyperBall(_:options:)``.
public struct HyperBallResult: Sendable {
    /// `neighbourhoodFunction[t]` estimates the number of ordered pairs `(x, y)` with `y`
    /// within `t` hops of `x` (each node counts itself at `t = 0`), for `t = 0 ... iterations`.
    public var neighbourhoodFunction: [Double]
    /// Per node: the estimated number of other nodes within ``HyperBallOptions/reachHops``.
    public var reach: [Double]
    /// Per node: the estimated harmonic centrality, Σ over other nodes `y` of `1 / d(y, x)`
    /// (distances along the walked direction; unreachable nodes add 0).
    public var harmonic: [Double]
    /// Rounds in which some counter grew (for a converged run, the largest finite
    /// distance, up to estimation noise).
    public var iterations: Int
    /// Whether the run ended because no counter changed (rather than at the cap).
    public var converged: Bool
}

/// HyperBall: approximate neighbourhood function, per-node reach and harmonic centrality
/// with one HyperLogLog counter per node.
///
/// Node `v`'s counter starts as the sketch of `{v}`. In round `t` every counter becomes
/// the register-wise maximum of itself and its neighbours' counters from round `t − 1`
/// (the union of their balls), so after round `t` it sketches `B(v, t)`, the nodes within
/// `t` hops. Summing the estimates gives the neighbourhood function; each round's growth
/// divided by `t` accumulates harmonic centrality. Rounds stop when no counter changes.
///
/// ```swift
/// var options = HyperBallOptions()
/// options.log2Registers = 8
/// let result = try hyperBall(follows, options: options)
/// let audienceEstimate = result.reach[Int(alice)]   // followers within 2 hops
/// ```
///
/// Counters hash node ids with SplitMix64's mixer keyed by ``HyperBallOptions/seed``;
/// the estimate is Ertl's improved HyperLogLog estimator (see `HyperLogLogEstimator`).
/// Each round is split over the nodes across cores (both counter arrays are read-only
/// or written per node); sums are taken in node order, so results depend only on the
/// input and the seed. Every node is updated every round (the paper's "modified
/// counter" skipping is not done).
///
/// - Throws: ``GraphError`` when `options.log2Registers` is outside 4...16 or
///   `options.reachHops` is negative.
/// - Complexity: O(rounds × (n + m) × 2^log2Registers) time; 2 × n × 2^log2Registers
///   bytes for the counters, O(n) more.
/// - Paper: P. Boldi, S. Vigna, "In-Core Computation of Geometric Centralities with
///   HyperBall: A Hundred Billion Nodes and Beyond", Internet Mathematics 10 (2014),
///   doi:10.1080/15427951.2013.798576. HyperLogLog: P. Flajolet, É. Fusy, O. Gandouet,
///   F. Meunier, AofA 2007.
public func hyperBall(_ graph: some AdjacencyGraph, options: HyperBallOptions = HyperBallOptions()) throws(GraphError) -> HyperBallResult {
    let p = options.log2Registers
    try GraphError.check((4...16).contains(p), "options.log2Registers", p, expected: "an integer in 4...16")
    try GraphError.check(options.reachHops >= 0, "options.reachHops", options.reachHops, expected: "a non-negative number of hops")
    let n = graph.nodeCount
    guard n > 0 else {
        return HyperBallResult(neighbourhoodFunction: [0], reach: [], harmonic: [], iterations: 0, converged: true)
    }
    let m = 1 << p
    let adjacency = graph.adjacency(walking: options.direction)
    let estimator = HyperLogLogEstimator(registers: m)

    var current = [UInt8](repeating: 0, count: n * m)
    let key = SplitMix64.mix(options.seed ^ 0x243F_6A88_85A3_08D3)
    for v in 0..<n {
        let h = SplitMix64.mix(UInt64(v) &+ key)
        let register = Int(h >> UInt64(64 - p))
        let rank = min((h << UInt64(p)).leadingZeroBitCount + 1, 64 - p + 1)
        current[v * m + register] = UInt8(rank)
    }
    var next = current
    var estimate = [Double](repeating: 0, count: n)
    current.withUnsafeBufferPointer { c in
        for v in 0..<n { estimate[v] = estimator.estimate(c.baseAddress! + v * m) }
    }
    var previousEstimate = estimate
    var harmonic = [Double](repeating: 0, count: n)
    var reach = estimate.map { _ in 0.0 }
    var changed = [Bool](repeating: false, count: n)
    var neighbourhood = [estimate.reduce(0, +)]
    var t = 0
    var converged = false

    while t < options.maxIterations {
        let round = t + 1
        current.withUnsafeBufferPointer { c in
        next.withUnsafeMutableBufferPointer { x in
        estimate.withUnsafeMutableBufferPointer { est in
        changed.withUnsafeMutableBufferPointer { ch in
        adjacency.withUnsafeBuffers { off, tgt, _ in
            let shared = UncheckedSendable((c.baseAddress!, x.baseAddress!, est.baseAddress!, ch.baseAddress!, off, tgt))
            parallelRanges(n, minimumChunk: max(64, 16_384 >> p)) { range in
                let (c, x, est, ch, off, tgt) = shared.value
                for v in range {
                    let mine = x + v * m
                    mine.update(from: c + v * m, count: m)
                    var grewBits: UInt8 = 0
                    for i in Int(off[v])..<Int(off[v + 1]) {
                        let theirs = c + Int(tgt[i]) * m
                        // Branch-free so the register loop vectorises.
                        for r in 0..<m {
                            let a = mine[r], b = theirs[r]
                            grewBits |= b > a ? 1 : 0
                            mine[r] = max(a, b)
                        }
                    }
                    let grew = grewBits != 0
                    ch[v] = grew
                    if grew { est[v] = estimator.estimate(UnsafePointer(mine)) }
                }
            }
        }}}}}
        var anyChanged = false
        var total = 0.0
        for v in 0..<n {
            total += estimate[v]
            if changed[v] {
                anyChanged = true
                harmonic[v] += (estimate[v] - previousEstimate[v]) / Double(round)
                previousEstimate[v] = estimate[v]
            }
        }
        if !anyChanged { converged = true; break }
        t = round
        neighbourhood.append(total)
        if round == options.reachHops { for v in 0..<n { reach[v] = max(0, estimate[v] - 1) } }
        swap(&current, &next)
    }
    if t < options.reachHops { for v in 0..<n { reach[v] = max(0, estimate[v] - 1) } }
    return HyperBallResult(
        neighbourhoodFunction: neighbourhood, reach: reach, harmonic: harmonic, iterations: t, converged: converged)
}

/// The HyperLogLog cardinality estimate of a counter of `registers` one-byte registers.
///
/// Ertl's improved estimator, from the histogram of register values: nearly unbiased over
/// the whole range, so no switch to linear counting (whose hand-over near 2.5 m left a
/// bias of several per cent in the raw estimate, and all nodes share it because they
/// share one hash). Paper: O. Ertl, "New cardinality estimation algorithms for
/// HyperLogLog sketches", 2017, arXiv:1702.01284, Algorithm 6.
@usableFromInline
struct HyperLogLogEstimator: Sendable {
    let registers: Int
    /// The largest register value, 64 − p + 1.
    let top: Int

    init(registers m: Int) {
        registers = m
        top = 64 - (Int.bitWidth - 1 - m.leadingZeroBitCount) + 1
    }

    func estimate(_ counter: UnsafePointer<UInt8>) -> Double {
        // Histogram of register values 0 ... top.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: top + 1) { c in
            c.initialize(repeating: 0)
            for r in 0..<registers { c[Int(counter[r])] += 1 }
            let m = Double(registers)
            var z = m * Self.tau(1 - Double(c[top]) / m)
            var k = top - 1
            while k >= 1 {
                z = 0.5 * (z + Double(c[k]))
                k -= 1
            }
            z += m * Self.sigma(Double(c[0]) / m)
            // α∞ = 1 / (2 ln 2).
            return 0.721_347_520_444_481_7 * m * m / z
        }
    }

    /// σ(x) = x + Σ_{k ≥ 1} x^(2^k) 2^(k−1).
    static func sigma(_ x: Double) -> Double {
        if x == 1 { return .infinity }
        var x = x, y = 1.0, z = x
        while true {
            x *= x
            let previous = z
            z += x * y
            y += y
            if z == previous { return z }
        }
    }

    /// τ(x) = (1 − x − Σ_{k ≥ 1} (1 − x^(2^−k))² 2^−k) / 3.
    static func tau(_ x: Double) -> Double {
        if x == 0 || x == 1 { return 0 }
        var x = x, y = 1.0, z = 1 - x
        while true {
            x = x.squareRoot()
            let previous = z
            y *= 0.5
            z -= (1 - x) * (1 - x) * y
            if z == previous { return z / 3 }
        }
    }
}
