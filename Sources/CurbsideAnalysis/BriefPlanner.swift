import CurbsideGraph

/// Parameters of ``BriefPlan``.
public struct BriefOptions: Sendable {
    /// Accounts to choose. Default 5.
    public var k = 5
    /// IMM's approximation slack ε in (0, 1). Default 0.1.
    public var epsilon = 0.1
    /// Seed of IMM's sampling and of the Monte Carlo re-estimation. Default 1.
    public var seed: UInt64 = 1
    /// Monte Carlo runs re-estimating each seed set's spread. Default 10,000.
    public var simulations = 10_000

    public init() {}
}

/// The `k` accounts whose engagement reaches the most accounts of a target set (say,
/// every oncologist) — or, with no target set, the most accounts of the network (classic
/// influence maximisation) — and how that compares with simply picking the top `k` by PageRank.
///
/// 1. IMM (``influenceMaximization(_:options:)``) on the cascade ties of a
///    ``ReachNetwork`` with its estimated per-arc probabilities, reverse-reachable sets
///    rooted only at the targets: the seed set's expected number of engaged targets is
///    within `1 − 1/e − ε` of the best possible with probability `1 − 1/n`.
/// 2. The chosen set's spread over the targets re-estimated by an independent Monte Carlo
///    simulation (``independentCascadeSpread(_:seeds:options:)``), with a 95 % normal
///    interval: IMM's own estimate comes from the same samples that chose the set and is
///    optimistic.
/// 3. The same simulation (same runs, same seed) for the baseline: the top `k` by PageRank
///    on the audience ties.
///
/// Targets among the seeds count as reached. Deterministic for a given seed.
public struct BriefPlan: Sendable {
    /// The accounts to reach; `nil`: every account.
    public var targets: [UInt32]?
    public var seeds: [UInt32]
    public var imm: IMMResult
    /// Expected targets reached by ``seeds`` (Monte Carlo).
    public var spread: SpreadEstimate
    public var baselineSeeds: [UInt32]
    public var baselineSpread: SpreadEstimate
    public var options: BriefOptions

    /// - Parameters:
    ///   - targets: the accounts to reach; `nil` for every account.
    ///   - tieBreak: orders accounts of equal PageRank for the baseline.
    /// - Throws: `GraphError` for `k` below 1, ε outside (0, 1), fewer than one simulation or
    ///   a target past the node count.
    public init(network: ReachNetwork, targets: [UInt32]?, options: BriefOptions = BriefOptions(),
                tieBreak: (UInt32) -> String = { _ in "" }) throws {
        self.targets = targets
        self.options = options
        var imm = IMMOptions()
        imm.seedCount = options.k
        imm.epsilon = options.epsilon
        imm.probabilities = network.probabilities.arcProbabilities
        imm.direction = .incoming
        imm.targets = targets
        imm.seed = options.seed
        let result = try influenceMaximization(network.cascade, options: imm)
        self.imm = result
        seeds = result.seeds
        let cascade = network.cascadeOptions(simulations: options.simulations, seed: options.seed, targets: targets)
        spread = try independentCascadeSpread(network.cascade, seeds: result.seeds, options: cascade)

        var pr = PageRankOptions()
        pr.tolerance = 1e-10
        pr.maxIterations = 200
        let rank = try pageRank(network.audience, options: pr).scores
        let baseline = topAccounts(rank, k: options.k, tieBreak: tieBreak).map(\.node)
        baselineSeeds = baseline
        baselineSpread = try independentCascadeSpread(network.cascade, seeds: baseline, options: cascade)
    }
}
