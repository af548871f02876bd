import CurbsideImport
import CurbsideStore
import CurbsideTestSupport
import Foundation
import XCTest

/// The repository root.
let repositoryRoot = Repository.root

/// `../shared/data/<name>` beside the repository, or a skip when this clone has none.
func sharedData(_ relative: String) throws -> URL { try Repository.sharedData(relative) }

/// Samples/clinician-network imported into a private in-memory store.
func importedSample() throws -> Store {
    let store = try Store.inMemory()
    let source = try Importer.prepare(repositoryRoot.appendingPathComponent("Samples/clinician-network").path, options: ImportOptions())
    _ = try store.importSource(path: "sample", format: "csv", sha256: source.sha256) { sink in
        let r = try Importer.read(source, options: ImportOptions(), into: sink)
        return ImportCounts(read: r.recordsRead, skipped: r.recordsSkipped)
    }
    return store
}
