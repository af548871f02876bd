import CurbsideStore
import Foundation
import XCTest

/// `curbside import`'s reader limits: --drop-unterminated-last-line and --max-line-bytes,
/// on the real files their documentation names.
final class ImportReaderFlagTests: XCTestCase {
    private func counts(_ db: URL) throws -> [String: Int] {
        let details = try XCTUnwrap(try Store(path: db.path).sources().first?.details)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(details.utf8)) as? [String: Any])
        return try XCTUnwrap(json["counts"] as? [String: Int])
    }

    func testDropUnterminatedLastLineOnTheHiggsPrefix() throws {
        // SOURCE.md: 355,074 newline-terminated lines + 1 unterminated last line (`22732 1`,
        // cut mid-number).
        let file = try sharedData("higgs-twitter/higgs-social_network.PREFIX-ONLY.edgelist.gz")
        let dir = temporaryDirectory()
        let kept = dir.appendingPathComponent("kept.sqlite")
        XCTAssertEqual(try CLI.run(["import", file.path, "--db", kept.path]).status, 0)
        XCTAssertEqual(try counts(kept)["edge"], 355_075)
        XCTAssertNil(try counts(kept)["dropped-partial-line"])

        let dropped = dir.appendingPathComponent("dropped.sqlite")
        let r = try CLI.run(["import", file.path, "--db", dropped.path, "--drop-unterminated-last-line"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try counts(dropped)["edge"], 355_074)
        XCTAssertEqual(try counts(dropped)["dropped-partial-line"], 1)
    }

    func testMaxLineBytesRejectsLongerJSONLines() throws {
        // The docnow twarc2 file: 500 tweets in API response pages, one page per line, each
        // line over 300 KB.
        let file = try sharedData("twarc2-jsonl-docnow/tweets.jsonl")
        let dir = temporaryDirectory()
        let db = dir.appendingPathComponent("t.sqlite")
        let strict = try CLI.run(["import", file.path, "--db", db.path, "--format", "twarc2", "--max-line-bytes", "1000"])
        XCTAssertEqual(strict.status, 3, strict.stderr)
        XCTAssertTrue(strict.stderr.contains("line 1: expected a JSON line of at most 1000 bytes"), strict.stderr)
        XCTAssertTrue(try Store(path: db.path).sources().isEmpty)

        let usage = try CLI.run(["import", file.path, "--db", db.path, "--max-line-bytes", "0"])
        XCTAssertEqual(usage.status, 2, usage.stderr)

        let help = try CLI.run(["import", "--help"])
        XCTAssertTrue(help.stdout.contains("--max-line-bytes"))
        XCTAssertTrue(help.stdout.contains("--drop-unterminated-last-line"))
    }
}
