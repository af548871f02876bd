import Foundation

/// Set `CURBSIDE_RENDER_DIR=/some/dir` when running the tests to keep the rendered files
/// there for a look (`sample.png`, `hostile.png`, …). Without it nothing is written.
enum TestArtifacts {
    static func keep(_ data: Data, as name: String) throws {
        guard let dir = ProcessInfo.processInfo.environment["CURBSIDE_RENDER_DIR"] else { return }
        try data.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
    }
}
