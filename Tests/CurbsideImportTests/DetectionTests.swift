@testable import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Format detection, fingerprints, unknown inputs, timestamps.
final class DetectionTests: XCTestCase {
    func testUnknownAndMissing() throws {
        let dir = try TestSupport.tempDirectory(self)
        let missing = TestSupport.importError { _ = try Importer.prepare(dir.appendingPathComponent("nope.csv").path, options: ImportOptions()) }
        XCTAssertEqual(missing?.reason, "not-found")

        let prose = try TestSupport.write("Dear colleague,\nthis is a letter with many words on one line.\n", to: dir, "letter.txt")
        let error = TestSupport.importError { _ = try Importer.prepare(prose, options: ImportOptions()) }
        XCTAssertEqual(error?.reason, "unknown-format")
        XCTAssertTrue(error?.expected.contains("x-archive") ?? false)
        XCTAssertTrue(error?.expected.contains("snap") ?? false)
        XCTAssertTrue(error?.expected.contains("--format") ?? false)
        XCTAssertFalse(error?.description.contains("colleague") ?? true)

        // gzip is read; a cut-off gzip says so. Other compressions ask to decompress first.
        let gz = try TestSupport.write([0x1F, 0x8B, 0x08, 0x00], to: dir, "edges.txt.gz")
        XCTAssertEqual(TestSupport.importError { _ = try Importer.prepare(gz, options: ImportOptions()) }?.reason,
                       "truncated-gzip")
        let bz2 = try TestSupport.write([0x42, 0x5A, 0x68, 0x39], to: dir, "edges.txt.bz2")
        XCTAssertTrue(TestSupport.importError { _ = try Importer.prepare(bz2, options: ImportOptions()) }?
            .expected.contains("decompress") ?? false)
    }

    func testForcedFormat() throws {
        let dir = try TestSupport.tempDirectory(self)
        // A .dat file with a mapped header: auto says csv because of the commas; forced snap would not parse it.
        let path = try TestSupport.write("source,target\na,b\n", to: dir, "graph.dat")
        XCTAssertEqual(try Importer.prepare(path, options: ImportOptions()).format, .csv)
        let snap = try TestSupport.write("a b\n", to: dir, "graph.edges")
        XCTAssertEqual(try Importer.prepare(snap, options: ImportOptions()).format, .snap) // no _layers.txt sibling
        XCTAssertEqual(try Importer.prepare(snap, options: ImportOptions(format: .csv)).format, .csv)
    }

    func testFolderFingerprintDependsOnContentAndNames() throws {
        let dir = try TestSupport.tempDirectory(self)
        try TestSupport.write("id\n1\n", to: dir, "nodes.csv")
        try TestSupport.write("source,target\n1,2\n", to: dir, "edges.csv")
        let a = try Importer.prepare(dir.path, options: ImportOptions())
        XCTAssertEqual(a.format, .csv)
        XCTAssertEqual(a.files.count, 2)
        try TestSupport.write("source,target\n1,3\n", to: dir, "edges.csv")
        let b = try Importer.prepare(dir.path, options: ImportOptions())
        XCTAssertNotEqual(a.sha256, b.sha256)
        // Defined as SHA-256 over "<relative path>\0<file digest>\n" in sorted order.
        var h = SHA256()
        for name in ["edges.csv", "nodes.csv"] {
            h.update(name)
            h.update([0])
            h.update(try SHA256.hexOfFile(atPath: dir.appendingPathComponent(name).path))
            h.update([10])
        }
        XCTAssertEqual(b.sha256, h.hexDigest())
    }

    func testTimestampsThroughCSV() throws {
        let dir = try TestSupport.tempDirectory(self)
        let rows = [
            ("1573912980", Int64(1_573_912_980)),
            ("2019-11-16T14:03:00Z", 1_573_912_980),
            ("2019-11-16T14:03:00.250Z", 1_573_912_980),
            ("2019-11-16T16:03:00+02:00", 1_573_912_980),
            ("2019-11-16T09:03:00-0500", 1_573_912_980),
            ("2019-11-16 14:03:00", 1_573_912_980),
            ("2019-11-16", 1_573_862_400),
            ("2020-02-29T00:00:00Z", 1_582_934_400),
            ("1969-12-31T23:59:59Z", -1),
        ]
        let text = "source,target,time\n" + rows.map { "a,b,\($0.0)\n" }.joined()
        let path = try TestSupport.write(text, to: dir, "t.csv")
        let (_, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(sink.edges.map(\.firstAt), rows.map(\.1))
        for bad in ["2019-02-29", "2019-11-16T24:00:00Z", "2019-11-16T14:03:00+25:00", "16/11/2019", "12abc"] {
            let p = try TestSupport.write("source,target,time\na,b,\(bad)\n", to: dir, "bad.csv")
            XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(p) }?.reason, "bad-timestamp", bad)
        }
    }
}
