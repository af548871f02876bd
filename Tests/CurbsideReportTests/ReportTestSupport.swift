import CurbsideAnalysis
import CurbsideImport
import CurbsideReport
import CurbsideStore
import CurbsideTestSupport
import Foundation

extension NetworkData {
    /// A network on a session of `store` with the default parameters (as `curbside report` without options).
    convenience init(store: Store, options: NetworkDataOptions = NetworkDataOptions()) throws {
        try self.init(session: AnalysisSession(store: store), options: options)
    }
}

extension NetworkReport {
    /// The report of a session of `store` with the default parameters.
    init(store: Store, options: NetworkReportOptions = NetworkReportOptions()) throws {
        try self.init(session: AnalysisSession(store: store), options: options)
    }
}

/// The repository root (for Samples/).
let repositoryRoot = Repository.root

/// An in-memory store holding `paths` (relative to the repository root or absolute),
/// imported as the CLI does, with the import details (skipped records by reason) kept.
func makeStore(_ paths: [String], lenient: Bool = false) throws -> Store {
    let store = try Store.inMemory()
    var options = ImportOptions()
    options.lenient = lenient
    for path in paths {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : repositoryRoot.appendingPathComponent(path)
        let source = try Importer.prepare(url.path, options: options)
        _ = try store.importSource(path: path, format: source.format.rawValue, sha256: source.sha256) { sink in
            let r = try Importer.read(source, options: options, into: sink)
            let details = try JSONSerialization.data(withJSONObject: ["skipped_by_reason": r.skippedByReason], options: [.sortedKeys])
            return ImportCounts(read: r.recordsRead, skipped: r.recordsSkipped, details: String(decoding: details, as: UTF8.self))
        }
    }
    return store
}

/// Samples/clinician-network in a store, imported once for all tests.
nonisolated(unsafe) let sampleStore: Store = try! makeStore(["Samples/clinician-network"])
