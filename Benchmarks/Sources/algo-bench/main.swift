// Loads a SNAP edge list (`src dst` per line, integer ids, `#` comments) into a CurbsideGraph
// `Graph` and times each algorithm's compute separately from the load. Prints one JSON object.
// Used by ../compare_algorithms.py; build with
//
//   swift build -c release --product algo-bench
//   .build/release/algo-bench EDGES [--reach-sources FILE] [--link-sources FILE]
//                                   [--epsilon E] [--seed N] [--only a,b,...]
//                                   [--leiden-iterations N (0: until stable)] [--louvain]
//
// Steps (JSON keys, wall seconds; `<step>_cpu` is the CPU seconds of all threads): load (read + parse on both cores + GraphBuilder.build: both
// directions), undirected (the symmetric GraphView the undirected algorithms use), pagerank,
// kcore, wcc, betweenness (Riondato–Kornaropoulos at ε, δ = 0.1), reach2 (exact 2-hop
// audience of each reach source), adamic_adar (top-10 candidates per link source), leiden.

import CurbsideGraph
import Foundation

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// CPU seconds of the whole process (all threads).
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write("algo-bench: \(message)\n".data(using: .utf8)!)
    exit(2)
}

var args = Array(CommandLine.arguments.dropFirst())
var edgePath: String?
var reachPath: String?
var linkPath: String?
var epsilon = 0.1
var seed: UInt64 = 1
nonisolated(unsafe) var only: Set<String>?
var leidenIterations: Int?
var louvainToo = false
while !args.isEmpty {
    let a = args.removeFirst()
    if a == "--louvain" { louvainToo = true; continue }
    if args.isEmpty && a.hasPrefix("--") { fail("\(a) needs a value") }
    func value() -> String { args.removeFirst() }
    switch a {
    case "--reach-sources": reachPath = value()
    case "--link-sources": linkPath = value()
    case "--epsilon":
        guard let e = Double(value()) else { fail("bad --epsilon") }
        epsilon = e
    case "--seed":
        guard let s = UInt64(value()) else { fail("bad --seed") }
        seed = s
    case "--leiden-iterations": leidenIterations = Int(value())
    case "--only": only = Set(value().split(separator: ",").map(String.init))
    default: edgePath = a
    }
}
guard let edgePath else { fail("usage: algo-bench EDGES [--reach-sources FILE] [--link-sources FILE] [--epsilon E] [--seed N]") }

func readFile(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return [UInt8](data)
}

/// Parses `bytes[range]` (starting at a line start) as `src dst` lines; ignores `#`/`%`
/// comment lines and any further columns.
@Sendable func parseEdges(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (src: [UInt32], dst: [UInt32], maxID: UInt32) {
    var src = [UInt32](), dst = [UInt32]()
    src.reserveCapacity(range.count / 12); dst.reserveCapacity(range.count / 12)
    var maxID: UInt32 = 0
    var i = range.lowerBound
    let end = range.upperBound
    @inline(__always) func skipLine() { while i < end && bytes[i] != 10 { i += 1 }; i += 1 }
    while i < end {
        let c = bytes[i]
        if c == 35 || c == 37 || c == 10 || c == 13 { skipLine(); continue }
        var fields: (UInt32, UInt32) = (0, 0)
        for f in 0..<2 {
            while i < end && (bytes[i] == 32 || bytes[i] == 9) { i += 1 }
            var x: UInt32 = 0
            var digits = 0
            while i < end, bytes[i] &- 48 < 10 {
                x = x &* 10 &+ UInt32(bytes[i] &- 48)
                i += 1; digits += 1
            }
            if digits == 0 { fail("line near byte \(i): expected an integer node id") }
            if f == 0 { fields.0 = x } else { fields.1 = x }
        }
        skipLine()
        src.append(fields.0); dst.append(fields.1)
        maxID = max(maxID, max(fields.0, fields.1))
    }
    return (src, dst, maxID)
}

func loadGraph(_ path: String) -> Graph {
    let bytes = readFile(path)
    let parts = 2
    // Split at line starts so each part parses whole lines.
    var cuts = [0]
    for p in 1..<parts {
        var c = bytes.count * p / parts
        while c < bytes.count && bytes[c - 1] != 10 { c += 1 }
        cuts.append(c)
    }
    cuts.append(bytes.count)
    var results = [(src: [UInt32], dst: [UInt32], maxID: UInt32)](repeating: ([], [], 0), count: parts)
    bytes.withUnsafeBufferPointer { b in
        results.withUnsafeMutableBufferPointer { r in
            let shared = UnsafeSendable((b, r.baseAddress!, cuts))
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let (b, r, cuts) = shared.value
                r[p] = parseEdges(b, cuts[p]..<cuts[p + 1])
            }
        }
    }
    let n = results.isEmpty ? 0 : Int(results.map(\.maxID).max()!) + 1
    var builder = GraphBuilder(nodeCount: n)
    builder.reserveCapacity(edges: results.reduce(0) { $0 + $1.src.count })
    for r in results {
        for k in r.src.indices { builder.addEdge(from: r.src[k], to: r.dst[k]) }
    }
    return builder.build(repeats: .max)
}

struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

func readIDs(_ path: String?) -> [UInt32] {
    guard let path else { return [] }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    return text.split(whereSeparator: \.isNewline).compactMap { UInt32($0.trimmingCharacters(in: .whitespaces)) }
}

nonisolated(unsafe) var report: [(String, String)] = []
func record(_ key: String, _ value: Any) { report.append((key, "\(value)")) }
func wanted(_ step: String) -> Bool { only?.contains(step) ?? true }
@discardableResult
func timed<T>(_ key: String, _ body: () -> T) -> T {
    let t0 = now(), c0 = cpuNow()
    let r = body()
    record(key, now() - t0)
    record(key + "_cpu", cpuNow() - c0)
    return r
}

let processStart = now()
let graph = timed("load") { loadGraph(edgePath) }
record("nodes", graph.nodeCount)
record("edges", graph.edgeCount)
record("graph_bytes_per_arc", Double(graph.memoryFootprint) / Double(max(1, graph.edgeCount)))
let undirected = timed("undirected") { graph.view(direction: .symmetric) }
record("undirected_edges", undirected.outAdjacency.arcCount / 2)

if wanted("pagerank") {
    let t0 = now()
    let r = timed("pagerank") { try! pageRank(graph) }
    let seconds = now() - t0
    record("pagerank_iterations", r.iterations)
    // Bytes an iteration must move at least: per in-arc its 4-byte source and the source's
    // 8-byte share; per node its offset, score, previous score, share, 1/out-strength,
    // teleport and dangling weights (4 + 6 · 8).
    let bytes = Double(graph.edgeCount) * 12 + Double(graph.nodeCount) * 52
    record("pagerank_gb_per_s", bytes * Double(r.iterations) / seconds / 1e9)
}
if wanted("kcore") {
    let c = timed("kcore") { coreness(undirected) }
    record("kcore_max", c.max() ?? 0)
}
if wanted("wcc") {
    let c = timed("wcc") { weaklyConnectedComponents(graph) }
    record("wcc_count", c.count)
    record("wcc_largest", c.sizes.first ?? 0)
}
if wanted("betweenness") {
    let b = timed("betweenness") { try! approximateBetweenness(graph, epsilon: epsilon, delta: 0.1, seed: seed) }
    record("betweenness_samples", b.samples)
}
let reachSources = readIDs(reachPath).filter { Int($0) < graph.nodeCount }
if wanted("reach2") && !reachSources.isEmpty {
    let r = timed("reach2") { () -> Int in
        var options = HopCountOptions()
        options.hops = 2
        options.direction = .incoming
        let counts = try! hopCounts(graph, sources: reachSources, options: options)
        return (0..<reachSources.count).reduce(0) { $0 + counts.reach(source: $1, within: 2) }
    }
    record("reach2_total", r)
}
let linkSources = readIDs(linkPath).filter { Int($0) < graph.nodeCount }
if wanted("adamic_adar") && !linkSources.isEmpty {
    let found = timed("adamic_adar") { () -> Int in
        var predictor = try! LinkPredictor(undirected)
        var total = 0
        for u in linkSources { total += try! predictor.candidates(for: u, score: .adamicAdar, limit: 10).count }
        return total
    }
    record("adamic_adar_candidates", found)
}
if wanted("leiden") {
    var options = LeidenOptions()
    options.seed = seed
    if let leidenIterations { options.iterations = leidenIterations == 0 ? nil : leidenIterations }
    let r = timed("leiden") { try! leiden(undirected, options: options) }
    record("leiden_modularity", r.quality)
    record("leiden_communities", r.count)
    record("leiden_iterations", r.iterations)
}
if louvainToo {
    var options = LouvainOptions()
    options.seed = seed
    let r = timed("louvain") { try! louvain(undirected, options: options) }
    record("louvain_modularity", r.quality)
    record("louvain_levels", r.iterations)
}
if only?.contains("stream") == true {
    // STREAM triad (McCalpin): a[i] = b[i] + s · c[i] over three 80 MB arrays on all cores,
    // best of 10; counts 24 bytes per element (two reads, one write), as STREAM does.
    let count = 10_000_000
    var a = [Double](repeating: 0, count: count)
    let b = [Double](repeating: 1, count: count), c = [Double](repeating: 2, count: count)
    let parts = ProcessInfo.processInfo.activeProcessorCount
    var best = Double.infinity
    for _ in 0..<10 {
        let t0 = now()
        a.withUnsafeMutableBufferPointer { a in
        b.withUnsafeBufferPointer { b in
        c.withUnsafeBufferPointer { c in
            let p = UnsafeSendable((a, b, c))
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                let (a, b, c) = p.value
                for i in (count * k / parts)..<(count * (k + 1) / parts) { a[i] = b[i] + 3 * c[i] }
            }
        }}}
        best = min(best, now() - t0)
    }
    record("stream_triad_gb_per_s", Double(count) * 24 / best / 1e9)
    record("stream_check", a[count / 2])
}
record("process", now() - processStart)

var usage = rusage()
getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
record("peak_rss_bytes", Int(usage.ru_maxrss) * 1024)
print("{" + report.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
