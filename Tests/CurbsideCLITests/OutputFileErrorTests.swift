import Foundation
import XCTest

/// Issue #11 item 8: a command that cannot write its output says which path and why in
/// plain words (exit 1), never Foundation's raw error text, and leaves nothing half-written.
final class OutputFileErrorTests: XCTestCase {
    static let sample = ["--input", "Samples/clinician-network"]

    /// Runs `curbside arguments` under `sh` with a file-size limit of `blocks` × 512 bytes and
    /// SIGXFSZ ignored, so a write past it fails with EFBIG, as on a full disk.
    private func runWithFileLimit(_ blocks: Int, _ arguments: [String]) throws -> CLIResult {
        let binary = CLI.productsDirectory.appendingPathComponent("curbside").path
        let script = "ulimit -f \(blocks); trap '' XFSZ; exec \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, binary] + arguments
        process.currentDirectoryURL = CLI.repositoryRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func assertPlain(_ r: CLIResult, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 1, r.stderr, file: file, line: line)
        XCTAssertFalse(r.stderr.contains("Domain"), r.stderr, file: file, line: line)
        XCTAssertFalse(r.stderr.contains("Code="), r.stderr, file: file, line: line)
    }

    /// `report --out FILE`: the file stays as it was, and the message says it is no folder.
    func testReportIntoAnExistingFileSaysItIsNoFolder() throws {
        let dir = temporaryDirectory()
        let file = dir.appendingPathComponent("notes.txt")
        try Data("kept\n".utf8).write(to: file)
        let r = try CLI.run(["report"] + Self.sample + ["--out", file.path])
        assertPlain(r)
        XCTAssertEqual(r.stderr, "error: cannot write \(file.path): it exists and is not a folder\n")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "kept\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["notes.txt"])
    }

    /// `render --out /no/such/dir/x.svg`: the message names the missing folder.
    func testRenderIntoAMissingFolderNamesIt() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("no/such/x.svg").path
        let r = try CLI.run(["render", "--view", "influencers", "--out", out] + Self.sample)
        assertPlain(r)
        XCTAssertEqual(r.stderr, "error: cannot write \(out): the folder \(dir.path)/no/such does not exist\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("no").path))
    }

    /// `render --out DIR`: a folder is not overwritten.
    func testRenderOntoAFolderSaysItIsAFolder() throws {
        let dir = temporaryDirectory()
        let r = try CLI.run(["render", "--view", "influencers", "--out", dir.path] + Self.sample)
        assertPlain(r)
        XCTAssertEqual(r.stderr, "error: cannot write \(dir.path): it is a folder\n")
    }

    /// A write that fails midway (the file-size limit standing in for a full disk) leaves no
    /// report folder and no temporary folder, and says why.
    func testReportOnAFullDiskLeavesNoHalfWrittenFolder() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("report")
        let r = try runWithFileLimit(16, ["report"] + Self.sample + ["--out", out.path])
        assertPlain(r)
        XCTAssertTrue(r.stderr.contains("error: cannot write \(out.path)/"), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix(": the file grew past the size this process may write (file system or ulimit -f)\n"), r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    /// Into an existing report folder a failed write changes nothing: the old report stays
    /// whole; a successful one replaces the report's files and keeps the folder's others.
    func testReportIntoAnExistingFolderIsAllOrNothing() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old report\n".utf8).write(to: out.appendingPathComponent("report.md"))
        try Data("mine\n".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let failed = try runWithFileLimit(16, ["report"] + Self.sample + ["--out", out.path])
        assertPlain(failed)
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8), "old report\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["notes.txt", "report.md"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["report"])

        let written = try CLI.run(["report"] + Self.sample + ["--out", out.path])
        XCTAssertEqual(written.status, 0, written.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        XCTAssertTrue(files.contains("notes.txt") && files.contains("influencers.svg"), "\(files)")
        XCTAssertNotEqual(try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8), "old report\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["report"])
    }

    /// `render` on a full disk: the old picture stays, no temporary file remains.
    func testRenderOnAFullDiskKeepsTheOldFile() throws {
        let dir = temporaryDirectory()
        let out = dir.appendingPathComponent("network.svg")
        try Data("<svg/>\n".utf8).write(to: out)
        let r = try runWithFileLimit(4, ["render", "--view", "influencers", "--out", out.path] + Self.sample)
        assertPlain(r)
        // (Graphviz's font configuration may note first that it could not write its cache.)
        XCTAssertTrue(r.stderr.hasSuffix("error: cannot write \(out.path): the file grew past the size this process may write "
                                         + "(file system or ulimit -f)\n"), r.stderr)
        XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), "<svg/>\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["network.svg"])
    }
}
