import Foundation
import XCTest

/// Where the tests find the repository and the real datasets beside it, for every test target.
///
/// The real datasets live in `../shared/data` beside the repository root (see each dataset's
/// `SOURCE.md`); they are read in place, never copied into the repository. A clone without
/// them (a user's) skips the real-data tests with a message saying so.
public enum Repository {
    /// The repository root, located from this file (`Tests/CurbsideTestSupport/`), not from
    /// the working directory.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the repository root (it may be absent).
    public static var sharedDataFolder: URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/data")
    }

    /// `../shared/data/<relative>`, or an `XCTSkip` when this clone has no such file or folder.
    public static func sharedData(_ relative: String) throws -> URL {
        let url = sharedDataFolder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared/data/\(relative) is not beside this clone; real-data tests skipped")
        }
        return url
    }
}
