/// Parameters of ``independentCascadeSpread(_:seeds:options:)``.
public struct CascadeOptions: Sendable {
    /// Per-arc activation probabilities. Default ``ArcProbabilities/weightedCascade``.
    public var probabilities: ArcProbabilities = .weightedCascade
    /// Which arcs carry influence. Default ``ReachDirection/incoming``: a post reaches the
    /// followers of its author.
    public var direction: ReachDirection = .incoming
    /// Number of Monte Carlo runs. Default 10,000 (standard error about 1 % of the
    /// spread's standard deviation).
    public var simulations: Int = 10_000
    /// Seed of the runs; simulation `s` draws from its own stream, so results depend only
    /// on the seed, never on the number of cores. Default 0.
    public var seed: UInt64 = 0
    /// Normal quantile of the confidence interval. Default 1.959963984540054 (95 %).
    public var confidenceZ: Double = 1.959963984540054
    /// Count only activations of these nodes (e.g. the clinicians one wants to reach);
    /// `nil` (default) counts every node.
    public var targets: [UInt32]? = nil

    public init() {}
}

/// A Monte Carlo estimate of the expected spread.
public struct SpreadEstimate: Sendable, Equatable {
    /// Mean number of activated (target) nodes, seeds included.
    public var mean: Double
    /// Sample standard deviation of the per-run counts.
    public var standardDeviation: Double
    /// `standardDeviation / √simulations`.
    public var standardError: Double
    /// `mean − z × standardError`.
    public var lower: Double
    /// `mean + z × standardError`.
    public var upper: Double
    /// Runs performed.
    public var simulations: Int
}

/// Expected spread of an independent cascade from `seeds`, by Monte Carlo simulation.
///
/// In each run the seeds are active; every newly active node gets one chance to activate
/// each inactive neighbour along its influence arcs, succeeding with that arc's
/// probability; the run ends when a round activates no one. The estimate is the mean
/// count of activated nodes over the runs, with a normal confidence interval.
///
/// ```swift
/// var options = CascadeOptions()
/// options.probabilities = .uniform(0.05)
/// let spread = try independentCascadeSpread(follows, seeds: [alice, bob], options: options)
/// print(spread.mean, spread.lower, spread.upper)
/// ```
///
/// Runs are split across cores; each worker reuses one epoch-stamped visited array and
/// queue. Run `s` draws from ``SplitMix64`` stream `(seed, s)`, and the integer counts are
/// summed in run order, so equal inputs give identical bits on any machine.
///
/// - Throws: ``GraphError`` when `options.simulations` is below 1, a seed or target is not
///   a node, or a probability is outside [0, 1] (or `perArc` has the wrong length).
/// - Complexity: O(simulations × (activated nodes + their arcs)) time; O(n + m) space
///   (the probabilities are materialised per arc).
/// - Paper: D. Kempe, J. Kleinberg, É. Tardos, "Maximizing the Spread of Influence
///   through a Social Network", KDD 2003, doi:10.1145/956750.956769.
public func independentCascadeSpread(
    _ graph: some AdjacencyGraph, seeds: [UInt32], options: CascadeOptions = CascadeOptions()
) throws(GraphError) -> SpreadEstimate {
    try GraphError.check(options.simulations >= 1, "options.simulations", options.simulations, expected: "at least 1 simulation")
    try GraphError.checkNodes(seeds, "seeds", nodeCount: graph.nodeCount)
    try GraphError.checkNodes(options.targets ?? [], "options.targets", nodeCount: graph.nodeCount)
    let arcs = try CascadeArcs(graph, direction: options.direction, probabilities: options.probabilities, reverse: false)
    return cascadeSpread(arcs, nodeCount: graph.nodeCount, seeds: seeds, options: options)
}

/// The simulation loop of ``independentCascadeSpread(_:seeds:options:)`` on prepared arcs
/// and checked parameters.
func cascadeSpread(_ arcs: CascadeArcs, nodeCount n: Int, seeds: [UInt32], options: CascadeOptions) -> SpreadEstimate {
    let runs = options.simulations
    var isTarget = [Bool](repeating: options.targets == nil, count: n)
    for t in options.targets ?? [] { isTarget[Int(t)] = true }
    var counts = [UInt32](repeating: 0, count: runs)
    let shared = UncheckedSendable((arcs.adjacency, seeds, isTarget, options.seed))
    counts.withUnsafeMutableBufferPointer { out in
        let out = UncheckedSendable(out.baseAddress!)
        parallelRanges(runs, minimumChunk: max(64, runs / 8)) { range in
            let (adjacency, seeds, isTarget, seed) = shared.value
            var stamp = [UInt32](repeating: 0, count: n)
            var queue = [UInt32]()
            queue.reserveCapacity(n)
            var epoch: UInt32 = 0
            stamp.withUnsafeMutableBufferPointer { stamp in
            isTarget.withUnsafeBufferPointer { isTarget in
            adjacency.withUnsafeBuffers { off, tgt, prob in
                for run in range {
                    if epoch == UInt32.max {
                        for i in 0..<n { stamp[i] = 0 }
                        epoch = 0
                    }
                    epoch += 1
                    var rng = SplitMix64.stream(seed: seed, index: UInt64(run))
                    queue.removeAll(keepingCapacity: true)
                    var activated: UInt32 = 0
                    for s in seeds where stamp[Int(s)] != epoch {
                        stamp[Int(s)] = epoch
                        queue.append(s)
                        if isTarget[Int(s)] { activated += 1 }
                    }
                    var head = 0
                    while head < queue.count {
                        let u = Int(queue[head])
                        head += 1
                        for i in Int(off[u])..<Int(off[u + 1]) {
                            let v = Int(tgt[i])
                            if stamp[v] != epoch && rng.nextUnit() < prob[i] {
                                stamp[v] = epoch
                                queue.append(UInt32(v))
                                if isTarget[v] { activated += 1 }
                            }
                        }
                    }
                    out.value[run] = activated
                }
            }}}
        }
    }
    var sum = 0.0, sumSquares = 0.0
    for c in counts {
        let x = Double(c)
        sum += x
        sumSquares += x * x
    }
    let mean = sum / Double(runs)
    let variance = runs > 1 ? max(0, (sumSquares - sum * mean) / Double(runs - 1)) : 0
    let sd = variance.squareRoot()
    let se = sd / Double(runs).squareRoot()
    return SpreadEstimate(
        mean: mean, standardDeviation: sd, standardError: se,
        lower: mean - options.confidenceZ * se, upper: mean + options.confidenceZ * se, simulations: runs)
}
