// swift-tools-version: 6.0
//
// Curbside: analyse the professional networks of clinicians on social media.
//
// Data flows one way:
//   exports → CurbsideImport (readers, no SQLite) → CurbsideRecords → CurbsideStore (SQLite)
//           → CurbsideGraph (CSR + algorithms)
//           → CurbsideAnalysis → CurbsideReport (Markdown, DOT, libgvc) → curbside (CLI)
//
// CurbsideGraph imports no Foundation (the C library only for the processor count, in
// Core/Parallel.swift); SQLite and
// Graphviz (and zlib, for .gz inputs and zip entries) enter only through the leaf system-library targets
// CSQLite, CGraphviz and CZlibSystem (not `CZlib`: ZIPFoundation owns that module name).
// Benchmarks live in their own package under Benchmarks/ so ordinary builds do not pay for them.

import PackageDescription

let package = Package(
    name: "Curbside",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CurbsideGraph", targets: ["CurbsideGraph"]),
        .library(name: "CurbsideRecords", targets: ["CurbsideRecords"]),
        .library(name: "CurbsideStore", targets: ["CurbsideStore"]),
        .library(name: "CurbsideImport", targets: ["CurbsideImport"]),
        .library(name: "CurbsideAnalysis", targets: ["CurbsideAnalysis"]),
        .library(name: "CurbsideReport", targets: ["CurbsideReport"]),
        .executable(name: "curbside", targets: ["curbside"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `swift package generate-documentation --target CurbsideGraph` (the DocC catalog).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: System libraries (leaf modules for the outside world)
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .systemLibrary(
            name: "CZlibSystem",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // MARK: Core graph library: CSR graph, builder, views and algorithms. No Foundation.
        .target(name: "CurbsideGraph"),

        // MARK: The records readers produce and the store consumes (accounts, edges, hashtags,
        // the sink protocol). No dependencies.
        .target(name: "CurbsideRecords"),

        // MARK: Storage: SQLite schema, migrations, import transactions, graph loading.
        .target(name: "CurbsideStore", dependencies: ["CSQLite", "CurbsideGraph", "CurbsideRecords"]),

        // MARK: Readers for platform exports, streaming records into any sink. No SQLite:
        // a folder per format (Formats/), shared parsers (Parsers/), one registry.
        .target(
            name: "CurbsideImport",
            dependencies: ["CurbsideRecords", "CZlibSystem"]
        ),

        // MARK: Clinician-facing analytics over the graph and the store.
        .target(name: "CurbsideAnalysis", dependencies: ["CurbsideGraph", "CurbsideRecords", "CurbsideStore"], resources: [.copy("Resources/specialty-lexicon.txt"), .copy("Resources/non-clinical-lexicon.txt")]),

        // MARK: Output: Markdown, DOT, and in-process Graphviz rendering.
        // Reads everything through CurbsideAnalysis's AnalysisSession, never the store.
        .target(name: "CurbsideReport", dependencies: ["CurbsideAnalysis", "CurbsideGraph", "CurbsideRecords", "CGraphviz"]),

        // MARK: The command-line tool.
        .executableTarget(
            name: "curbside",
            dependencies: [
                "CurbsideGraph", "CurbsideRecords", "CurbsideStore", "CurbsideImport", "CurbsideAnalysis", "CurbsideReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        // Where tests find the repository and ../shared/data (one definition for every test target).
        .target(name: "CurbsideTestSupport", dependencies: ["CurbsideGraph"], path: "Tests/CurbsideTestSupport"),
        .testTarget(name: "CurbsideGraphTests", dependencies: ["CurbsideGraph", "CurbsideTestSupport"], exclude: ["References"]),
        .testTarget(name: "CurbsideStoreTests", dependencies: ["CurbsideStore", "CurbsideGraph"]),
        // ZIPFoundation writes the test zips; the importer reads zips itself (ZipFile.swift).
        .testTarget(
            name: "CurbsideImportTests",
            dependencies: ["CurbsideImport", "CurbsideStore", "CurbsideGraph", "CurbsideTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"] // read in place through #filePath, like ../shared/data
        ),
        .testTarget(name: "CurbsideAnalysisTests", dependencies: ["CurbsideAnalysis", "CurbsideImport", "CurbsideTestSupport"]),
        .testTarget(name: "CurbsideReportTests", dependencies: ["CurbsideReport", "CurbsideImport", "CurbsideTestSupport"]),
        .testTarget(
            name: "CurbsideCLITests",
            dependencies: ["curbside", "CurbsideStore", "CurbsideTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)
