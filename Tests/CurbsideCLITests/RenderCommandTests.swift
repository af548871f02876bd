import Foundation
import XCTest

final class RenderCommandTests: XCTestCase {
    static let sample = ["--input", "Samples/clinician-network"]

    /// Every view in every format from the README's sample; DOT is Graphviz text.
    func testEveryViewRenders() throws {
        let dir = temporaryDirectory()
        let magic: [String: [UInt8]] = ["png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8), "svg": Array("<?xm".utf8)]
        for (view, format) in [("community-map", "png"), ("influencers", "svg"), ("ego", "pdf"), ("collaborators", "png"),
                               ("core", "svg"), ("full", "dot")] {
            let out = dir.appendingPathComponent("\(view).\(format)")
            let r = try CLI.run(["render", "--view", view, "--format", format, "--out", out.path, "--focus", "@dr_ada_quillbrook_fic"]
                                + Self.sample)
            XCTAssertEqual(r.status, 0, "\(view): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("wrote"), r.stderr)
            let data = try Data(contentsOf: out)
            if let m = magic[format] { XCTAssertEqual(Array(data.prefix(4)), m, view) }
            if format == "dot" {
                XCTAssertTrue(String(decoding: data, as: UTF8.self).hasPrefix("graph \"full\" {"))
            }
        }
    }

    func testFocusIsRequiredAndMustExist() throws {
        let out = temporaryDirectory().appendingPathComponent("x.svg").path
        let missing = try CLI.run(["render", "--view", "ego", "--out", out] + Self.sample)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("--focus"), missing.stderr)
        let unknown = try CLI.run(["render", "--view", "collaborators", "--focus", "@nobody_fic", "--out", out] + Self.sample)
        XCTAssertEqual(unknown.status, 3)
        XCTAssertTrue(unknown.stderr.contains("no account @nobody_fic"), unknown.stderr)
        let badView = try CLI.run(["render", "--view", "hairball", "--out", out] + Self.sample)
        XCTAssertEqual(badView.status, 2)
    }

    func testAnonymizedPicturesNameNoAccountAndRepeatByteForByte() throws {
        let dir = temporaryDirectory()
        for run in ["a", "b"] {
            let r = try CLI.run(["render", "--view", "full", "--format", "svg", "--anonymize", "--top", "80",
                                 "--out", dir.appendingPathComponent("\(run).svg").path] + Self.sample)
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let svg = try String(contentsOf: dir.appendingPathComponent("a.svg"), encoding: .utf8)
        XCTAssertFalse(svg.contains("_fic"))
        XCTAssertTrue(svg.contains("account&#45;0"))   // Graphviz writes `-` as `&#45;`
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("a.svg")), try Data(contentsOf: dir.appendingPathComponent("b.svg")))
    }
}
