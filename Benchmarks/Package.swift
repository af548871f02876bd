// swift-tools-version: 6.1
//
// Curbside benchmarks, kept in their own package so ordinary builds do not pay for
// ordo-one/benchmark. Run from this folder:
//
//   swift package benchmark                      # all targets
//   swift package benchmark --target GraphBenchmarks
//
// Inputs are generated with fixed seeds (see BenchmarkInputs.swift) at the sizes the
// project's targets name (4 M edges), so numbers are comparable run to run.

import PackageDescription

let package = Package(
    name: "CurbsideBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Curbside", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "GraphBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CurbsideGraph", package: "Curbside"),
                .product(name: "CurbsideStore", package: "Curbside"),
            ],
            path: "Benchmarks/GraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CurbsideGraph", package: "Curbside"),
                .product(name: "CurbsideStore", package: "Curbside"),
                .product(name: "CurbsideImport", package: "Curbside"),
            ],
            path: "Benchmarks/StoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // A plain executable for compare_load.py: loads a store into a Graph and prints JSON.
        //   swift build -c release --product load-graph && .build/release/load-graph STORE
        .executableTarget(
            name: "load-graph",
            dependencies: [
                .product(name: "CurbsideGraph", package: "Curbside"),
                .product(name: "CurbsideStore", package: "Curbside"),
            ],
            path: "Sources/load-graph"
        ),
        // A plain executable for compare_algorithms.py: loads a SNAP edge list and times
        // each algorithm's compute apart from the load, printing JSON.
        //   swift build -c release --product algo-bench
        .executableTarget(
            name: "algo-bench",
            dependencies: [
                .product(name: "CurbsideGraph", package: "Curbside"),
            ],
            path: "Sources/algo-bench"
        ),
    ]
)
