// Loads a Curbside store into a CSR Graph and prints one JSON line:
//   {"seconds": …, "nodes": …, "edges": …, "bytes": …, "bytes_per_edge": …, "peak_rss_bytes": …}
//
// Usage: load-graph STORE [--times] [--repeat N]
// `seconds` is the best of N (default 1) runs of Store.loadGraph; `bytes` is
// Graph.memoryFootprint. Used by ../compare_load.py.

import CurbsideGraph
import CurbsideStore
import Foundation

var args = Array(CommandLine.arguments.dropFirst())
var times = false
var repeats = 1
var path: String?
while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--times": times = true
    case "--repeat": repeats = max(1, Int(args.isEmpty ? "1" : args.removeFirst()) ?? 1)
    default: path = a
    }
}
guard let path else {
    FileHandle.standardError.write("usage: load-graph STORE [--times] [--repeat N]\n".data(using: .utf8)!)
    exit(2)
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func peakRSS() -> Int {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) * 1024
}

do {
    let store = try Store(path: path)
    var best = Double.infinity
    var graph: Graph?
    for _ in 0..<repeats {
        graph = nil
        let t0 = now()
        let loaded = try store.loadGraph(times: times)
        let t = now() - t0
        best = min(best, t)
        graph = loaded.graph
    }
    let g = graph!
    let bytes = g.memoryFootprint
    let perEdge = g.edgeCount > 0 ? Double(bytes) / Double(g.edgeCount) : 0
    print("{\"seconds\": \(best), \"nodes\": \(g.nodeCount), \"edges\": \(g.edgeCount), \"bytes\": \(bytes), "
        + "\"bytes_per_edge\": \(perEdge), \"peak_rss_bytes\": \(peakRSS())}")
} catch {
    FileHandle.standardError.write("load-graph: \(error)\n".data(using: .utf8)!)
    exit(1)
}
