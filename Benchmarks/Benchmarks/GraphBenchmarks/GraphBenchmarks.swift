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

let benchmarks: @Sendable () -> Void = {
    let n = 500_000, m = 4_000_000
    let edges = randomEdges(n: n, m: m, seed: 42)

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

    Benchmark("PageRank 4M edges", configuration: .init(metrics: [.wallClock], maxIterations: 5)) { _ in
        blackHole(pageRank(graph))
    }
    Benchmark("View symmetric 4M edges", configuration: .init(metrics: [.wallClock], maxIterations: 5)) { _ in
        blackHole(graph.view(direction: .symmetric))
    }
    Benchmark("Weakly connected components 4M edges", configuration: .init(metrics: [.wallClock], maxIterations: 5)) { _ in
        blackHole(weaklyConnectedComponents(graph))
    }
}
