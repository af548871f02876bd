import Benchmark
import CurbsideGraph

/// A seeded random graph with `n` nodes and `m` arcs (SplitMix64), heavy-tailed in-degree.
func randomEdges(n: Int, m: Int, seed: UInt64) -> (src: [UInt32], dst: [UInt32]) {
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    var src = [UInt32](), dst = [UInt32]()
    src.reserveCapacity(m); dst.reserveCapacity(m)
    for _ in 0..<m {
        src.append(UInt32(next() % UInt64(n)))
        // Square a uniform draw to skew targets toward low ids (hubs).
        let r = Double(next() >> 11) / Double(1 << 53)
        dst.append(UInt32(Double(n) * r * r))
    }
    return (src, dst)
}

/// A seeded graph with planted communities: `n` nodes in groups of `groupSize`, each arc
/// staying inside its source's group with probability `1 − mixing`; targets skewed toward
/// low ids inside the group or overall (hubs). Community detection has something to find.
func communityEdges(n: Int, m: Int, groupSize: Int, mixing: Double, seed: UInt64) -> (src: [UInt32], dst: [UInt32]) {
    var rng = SplitMix64(seed: seed)
    func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
    var src = [UInt32](), dst = [UInt32]()
    src.reserveCapacity(m); dst.reserveCapacity(m)
    for _ in 0..<m {
        let u = Int(rng.next() % UInt64(n))
        let r = unit()
        let v: Int
        if unit() < mixing {
            v = Int(Double(n) * r * r)
        } else {
            let base = u / groupSize * groupSize
            v = base + Int(Double(min(groupSize, n - base)) * r * r)
        }
        src.append(UInt32(u)); dst.append(UInt32(min(v, n - 1)))
    }
    return (src, dst)
}

func makeGraph(n: Int, edges: (src: [UInt32], dst: [UInt32])) -> Graph {
    var b = GraphBuilder(nodeCount: n)
    b.reserveCapacity(edges: edges.src.count)
    for i in edges.src.indices where edges.src[i] != edges.dst[i] { b.addEdge(from: edges.src[i], to: edges.dst[i]) }
    return b.build()
}

let benchmarks: @Sendable () -> Void = {
    let n = 500_000, m = 4_000_000
    let edges = randomEdges(n: n, m: m, seed: 42)
    let wall = Benchmark.Configuration(metrics: [.wallClock], maxIterations: 5)
    let slow = Benchmark.Configuration(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 3)

    Benchmark("GraphBuilder.build 4M edges", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 5)) { benchmark in
        var b = GraphBuilder(nodeCount: n)
        b.reserveCapacity(edges: m)
        for i in 0..<m { b.addEdge(from: edges.src[i], to: edges.dst[i]) }
        benchmark.startMeasurement()
        blackHole(b.build())
    }

    var b = GraphBuilder(nodeCount: n)
    for i in 0..<m { b.addEdge(from: edges.src[i], to: edges.dst[i]) }
    let graph = b.build()
    let undirected = graph.view(direction: .symmetric)

    // The 4 M-edge graph: linear and near-linear algorithms.
    Benchmark("PageRank 4M edges", configuration: wall) { _ in
        blackHole(try! pageRank(graph))
    }
    Benchmark("HITS 4M edges", configuration: wall) { _ in
        blackHole(hits(graph))
    }
    Benchmark("View symmetric 4M edges", configuration: wall) { _ in
        blackHole(graph.view(direction: .symmetric))
    }
    Benchmark("k-core 4M edges", configuration: wall) { _ in
        blackHole(coreness(undirected))
    }
    Benchmark("Weakly connected components 4M edges", configuration: wall) { _ in
        blackHole(weaklyConnectedComponents(graph))
    }
    Benchmark("Strongly connected components 4M edges", configuration: wall) { _ in
        blackHole(stronglyConnectedComponents(graph))
    }
    Benchmark("Approximate betweenness eps 0.05 4M edges", configuration: slow) { _ in
        blackHole(try! approximateBetweenness(graph, epsilon: 0.05, delta: 0.1, seed: 1))
    }
    Benchmark("Sampled harmonic closeness 64 pivots 4M edges", configuration: slow) { _ in
        blackHole(try! sampledHarmonicCloseness(graph, pivots: 64, seed: 1))
    }
    Benchmark("Local clustering 4M edges", configuration: slow) { _ in
        blackHole(localClustering(undirected))
    }
    Benchmark("HyperBall 2^8 registers, 2 rounds 4M edges", configuration: slow) { _ in
        var o = HyperBallOptions()
        o.log2Registers = 8
        o.maxIterations = 2
        blackHole(try! hyperBall(graph, options: o))
    }
    let reachSources = (0..<1_000).map { UInt32($0 * (n / 1_000)) }
    Benchmark("2-hop reach of 1,000 accounts 4M edges", configuration: wall) { _ in
        blackHole(try! hopCounts(graph, sources: reachSources))
    }
    Benchmark("IMM k=10 eps 0.2 4M edges", configuration: slow) { _ in
        var o = IMMOptions()
        o.seedCount = 10
        o.epsilon = 0.2
        o.seed = 1
        blackHole(try! influenceMaximization(graph, options: o))
    }
    let linkSources = (0..<100).map { UInt32($0 * (n / 100) + 7) }
    Benchmark("Adamic-Adar top-10 link candidates for 100 accounts 4M edges", configuration: wall) { _ in
        var predictor = try! LinkPredictor(undirected)
        for u in linkSources { blackHole(try! predictor.candidates(for: u, score: .adamicAdar, limit: 10)) }
    }

    // Community detection on a graph with planted groups (200 k nodes, 2 M arcs).
    let planted = makeGraph(n: 200_000, edges: communityEdges(n: 200_000, m: 2_000_000, groupSize: 500, mixing: 0.3, seed: 7))
        .view(direction: .symmetric)
    Benchmark("Leiden 200k nodes planted communities", configuration: slow) { _ in
        var o = LeidenOptions()
        o.seed = 1
        blackHole(try! leiden(planted, options: o))
    }
    Benchmark("Louvain 200k nodes planted communities", configuration: slow) { _ in
        var o = LouvainOptions()
        o.seed = 1
        blackHole(try! louvain(planted, options: o))
    }
    Benchmark("Label propagation 200k nodes planted communities", configuration: slow) { _ in
        var o = LabelPropagationOptions()
        o.seed = 1
        blackHole(try! labelPropagation(planted, options: o))
    }

    // Exact all-pairs algorithms are O(n m): a 20 k-node, 200 k-arc graph.
    let small = makeGraph(n: 20_000, edges: randomEdges(n: 20_000, m: 200_000, seed: 3))
    Benchmark("Exact betweenness 200k edges", configuration: slow) { _ in
        blackHole(try! betweenness(small))
    }
    Benchmark("Exact harmonic closeness 200k edges", configuration: slow) { _ in
        blackHole(try! harmonicCloseness(small))
    }
}
