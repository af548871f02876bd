import CSQLite
import CurbsideTestSupport
import Foundation
import XCTest

/// Runs the built `curbside` binary, like a user would.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The folder holding the built products (`.build/debug`).
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }

    static var repositoryRoot: URL { Repository.root }

    /// Runs `curbside` with `arguments`. With a `deadline` (seconds), a run that takes longer
    /// is killed and fails the test (a hang), with status -1.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil, deadline: Double? = nil,
                    file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        try run(executable: productsDirectory.appendingPathComponent("curbside"), arguments, in: directory,
                deadline: deadline, file: file, line: line)
    }

    @discardableResult
    static func run(executable: URL, _ arguments: [String], in directory: URL? = nil, deadline: Double? = nil,
                    file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        // Files, not pipes: a large output can never block the child.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("curbside-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("curbside-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var hung = false
        if let deadline {
            let end = Date(timeIntervalSinceNow: deadline)
            while process.isRunning, Date() < end { usleep(20_000) }
            if process.isRunning {
                hung = true
                process.terminate()
                XCTFail("curbside \(arguments.joined(separator: " ")) did not finish within \(deadline) s (a hang)",
                        file: file, line: line)
            }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CLIResult(status: hung ? -1 : process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    static func json(_ r: CLIResult) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], r.stdout)
    }
}

extension XCTestCase {
    func temporaryDirectory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func sharedData(_ relative: String) throws -> URL { try Repository.sharedData(relative) }
}

/// The rows of `sql` on the SQLite file at `path`, each column as text (NULL as ""); no
/// rows when the file or the query cannot be opened.
func sqliteRows(_ path: String, _ sql: String) -> [[String]] {
    var handle: OpaquePointer?
    defer { sqlite3_close(handle) }
    guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return [] }
    var s: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &s, nil) == SQLITE_OK else { return [] }
    defer { sqlite3_finalize(s) }
    var out: [[String]] = []
    while sqlite3_step(s) == SQLITE_ROW {
        out.append((0..<sqlite3_column_count(s)).map { sqlite3_column_text(s, $0).map { String(cString: $0) } ?? "" })
    }
    return out
}
