import Foundation
import XCTest

/// The progress line (issue #12): on stderr when it is a terminal, never when piped, never
/// with --quiet, and never on stdout.
final class ProgressLineTests: XCTestCase {
    /// A CSV of `n` follow edges, enough records for the importer to report progress.
    private func edges(_ n: Int, in dir: URL) throws -> URL {
        var text = "source,target\n"
        text.reserveCapacity(n * 24)
        for i in 0 ..< n { text += "a\(i % 997)_fic,b\(i)_fic\n" }
        let url = dir.appendingPathComponent("edges.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Runs `curbside arguments` with stdout and stderr on a pseudo-terminal (util-linux
    /// `script`), returning what the terminal showed.
    private func onTerminal(_ arguments: [String], in dir: URL) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("util-linux script is not installed: no pseudo-terminal for the progress test")
        }
        let binary = CLI.productsDirectory.appendingPathComponent("curbside").path
        let command = ([binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = dir
        var environment = ProcessInfo.processInfo.environment
        environment["CURBSIDE_PROGRESS_DELAY"] = "0"
        process.environment = environment
        let out = dir.appendingPathComponent("terminal.txt")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let shown = String(decoding: try Data(contentsOf: out), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, shown)
        return shown
    }

    func testImportShowsCountsOnATerminalAndClearsTheLine() throws {
        let dir = temporaryDirectory()
        let csv = try edges(30_000, in: dir)
        let shown = try onTerminal(["import", csv.lastPathComponent, "--db", "s.sqlite"], in: dir)
        // Counts in steps of 10,000 (which of them is drawn depends on timing: at most 5 a second).
        XCTAssertNotNil(shown.range(of: "\rreading edges\\.csv: [123]0,000 records · [0-9.]+ s", options: .regularExpression), shown)
        XCTAssertTrue(shown.contains("\r\u{1B}[K"), "the line is cleared at the end")
        XCTAssertTrue(shown.contains("imported"), "the summary table follows")
    }

    func testQuietAndPipesShowNoProgress() throws {
        let dir = temporaryDirectory()
        let csv = try edges(30_000, in: dir)
        let quiet = try onTerminal(["import", csv.path, "--db", dir.appendingPathComponent("q.sqlite").path, "--quiet"], in: dir)
        XCTAssertFalse(quiet.contains("records ·"), quiet)
        XCTAssertFalse(quiet.contains("\u{1B}"), quiet)
        let piped = try CLI.run(["import", csv.path, "--db", dir.appendingPathComponent("p.sqlite").path], in: dir)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertFalse(piped.stderr.contains("\u{1B}") || piped.stdout.contains("\u{1B}"), piped.stderr)
        XCTAssertFalse(piped.stderr.contains("records ·"), piped.stderr)
    }

    /// `--quiet` is accepted by the analysis commands too (SourceOptions).
    func testAnalysisCommandsTakeQuiet() throws {
        let r = try CLI.run(["stats", "--input", "Samples/clinician-network", "--quiet", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try CLI.json(r)["accounts"] as? Int, 1352)
    }

    /// Analysis steps show their names and elapsed time even when they report no counts.
    func testAnalysisStepsAreNamedOnATerminal() throws {
        let dir = temporaryDirectory()
        let sample = CLI.repositoryRoot.appendingPathComponent("Samples/clinician-network").path
        let shown = try onTerminal(["communities", "--input", sample, "--top", "3"], in: dir)
        XCTAssertTrue(shown.contains("\rreading the input files… · "), shown)
        XCTAssertTrue(shown.contains("\rfinding communities (leiden)… · "), shown)
        XCTAssertTrue(shown.contains("leiden: "), "the result follows: \(shown)")
    }
}
