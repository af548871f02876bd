import Benchmark
import CurbsideGraph
import CurbsideImport
import CurbsideStore
import Foundation

// The project's store targets, at the size the issue names:
//   1. import a 4 M-edge CSV edge list, and the same edges as a SNAP file, at ≥ 1 M edges/s
//      (Importer.prepare + read into a fresh file store, inside Store.importSource);
//   2. load that graph from the store into a CSR Graph (compare with NetworKit's
//      EdgeListReader on the same text: ../compare_load.py);
//   3. ≤ 16 bytes per edge with both directions (see the peak-RSS metric and compare_load.py).
//
// The CSV (`source,target`, ~500 k nodes, heavy-tailed targets, SplitMix64 seed 1) is
// written once to a temporary folder, which is removed when the process exits.

/// SplitMix64: the same stream on every platform.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes a seeded `source,target` CSV with `m` rows over `n` nodes; targets are skewed
/// toward low ids (a squared uniform draw) so in-degrees are heavy-tailed. With `snap`, the
/// same edges as a SNAP edge list (`src dst` lines, no header).
func writeEdgeCSV(path: String, n: Int, m: Int, seed: UInt64, snap: Bool = false) throws {
    var rng = SplitMix64(state: seed)
    var out = [UInt8]()
    out.reserveCapacity(m * 14 + 16)
    if !snap { out.append(contentsOf: Array("source,target\n".utf8)) }
    func append(_ v: Int) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var x = v, k = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[k] = UInt8(48 + x % 10); x /= 10; k += 1 } while x > 0
            while k > 0 { k -= 1; out.append(d[k]) }
        }
    }
    for _ in 0..<m {
        append(Int(rng.next() % UInt64(n)))
        out.append(snap ? 32 : 44)
        let r = Double(rng.next() >> 11) / Double(1 << 53)
        append(Int(Double(n) * r * r))
        out.append(10)
    }
    try Data(out).write(to: URL(fileURLWithPath: path))
}

final class Fixture: @unchecked Sendable {
    let dir: String
    let csv: String
    let snap: String
    let store: String
    static let edges = 4_000_000, nodes = 500_000

    init() {
        dir = NSTemporaryDirectory() + "curbside-bench-\(getpid())"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        csv = dir + "/edges.csv"
        store = dir + "/loaded.sqlite"
        snap = dir + "/edges.txt"
        try! writeEdgeCSV(path: csv, n: Fixture.nodes, m: Fixture.edges, seed: 1)
        try! writeEdgeCSV(path: snap, n: Fixture.nodes, m: Fixture.edges, seed: 1, snap: true)
        atexit { Fixture.removeAll() }
        Fixture.made.append(dir)
    }

    nonisolated(unsafe) static var made: [String] = []
    static func removeAll() { for d in made { try? FileManager.default.removeItem(atPath: d) } }

    /// Imports the CSV into a fresh store at `path`; returns the records read.
    @discardableResult
    func importCSV(into path: String) throws -> Int {
        try importFile(csv, into: path)
    }

    /// Imports `file` (format detected) into a fresh store at `path`; returns the records read.
    @discardableResult
    func importFile(_ file: String, into path: String) throws -> Int {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let options = ImportOptions()
        let source = try Importer.prepare(file, options: options)
        let store = try Store(path: path)
        let outcome = try store.importSource(path: source.path, format: source.format.rawValue, sha256: source.sha256) { sink in
            let result = try Importer.read(source, options: options, into: sink)
            return ImportCounts(read: result.recordsRead, skipped: result.recordsSkipped)
        }
        return outcome.source.recordsRead
    }
}

let benchmarks: @Sendable () -> Void = {
    let fixture = Fixture()

    for (name, file) in [("CSV", fixture.csv), ("SNAP", fixture.snap)] {
        Benchmark("Import \(name) 4M edges",
                  configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
                                       timeUnits: .milliseconds, maxDuration: .seconds(120), maxIterations: 3)) { benchmark in
            let path = fixture.dir + "/import.sqlite"
            benchmark.startMeasurement()
            let read = try fixture.importFile(file, into: path)
            benchmark.stopMeasurement()
            precondition(read == Fixture.edges)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    try! fixture.importCSV(into: fixture.store)

    for times in [false, true] {
        Benchmark("Load graph 4M edges (times: \(times))",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident],
                                       timeUnits: .milliseconds, maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
            let store = try Store(path: fixture.store)
            benchmark.startMeasurement()
            let loaded = try store.loadGraph(times: times)
            benchmark.stopMeasurement()
            blackHole(loaded)
        }
    }
}
