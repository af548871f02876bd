// swift-tools-version: 6.0
//
// Curbside fuzzing, kept in its own package (like Benchmarks/) so ordinary builds do not pay
// for sanitizers. One libFuzzer binary holds every target; CURBSIDE_FUZZ_TARGET picks the
// reader. One binary means one instrumented build and one link of the whole import stack,
// which keeps the CI build short (a binary per reader would link it once per reader).
//
//   ./run.sh list                 # the targets
//   ./run.sh csv 60               # one target for 60 s
//   ./run.sh all 30               # every target, two at a time
//
// run.sh builds with `swift build -c release -Xswiftc -sanitize=fuzzer,address`; main.swift
// hands control to libFuzzer's driver (LLVMFuzzerRunDriver), so SwiftPM's own main stays.

import PackageDescription

let package = Package(
    name: "CurbsideFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Curbside", path: ".."),
        // Already a dependency of Curbside's importer; the harness zips inner files with it.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The declaration of libFuzzer's driver entry point.
        .target(name: "CFuzzerDriver", path: "Sources/CFuzzerDriver"),
        .executableTarget(
            name: "curbside-fuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "CurbsideImport", package: "Curbside"),
                .product(name: "CurbsideStore", package: "Curbside"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Sources/curbside-fuzz"
        ),
    ]
)
