import Foundation
import XCTest

/// Issue #14: the report of one person's archive says it is an ego network and shows the
/// sections that mean something for one owner instead of a community map and everyone's reach.
final class EgoReportTests: XCTestCase {
    private func report(_ input: String) throws -> (markdown: String, files: [String]) {
        let dir = temporaryDirectory()
        let r = try CLI.run(["report", "--input", input, "--out", dir.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let markdown = try String(contentsOf: dir.appendingPathComponent("report.md"), encoding: .utf8)
        return (markdown, try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted())
    }

    /// The sample archive of a fictional cardio-oncologist: 255 tied pairs, all touching her.
    func testSampleArchiveIsAnEgoNetwork() throws {
        let (md, files) = try report("Samples/x-archive-focus")
        XCTAssertTrue(md.contains("This is an ego network: 100 % of the 255 tied pairs of accounts touch @dr\\_ada\\_quillbrook\\_fic"), md)
        XCTAssertTrue(md.contains("163 followers, 188 followed, 96 mutuals"), md)
        for heading in ["## One person's network", "### Audience by specialty", "### Who engages with", "### Who amplifies",
                        "### Whom @dr\\_ada\\_quillbrook\\_fic engages with"] {
            XCTAssertTrue(md.contains(heading), heading)
        }
        XCTAssertTrue(md.contains("Not drawn: in one person's network"), md)
        XCTAssertFalse(files.contains("community-map.svg"), "\(files)")
        XCTAssertFalse(md.contains("Expected cascade"), md)
    }

    /// Every real archive in ../shared/data (X, Mastodon, Bluesky): ego network, ego
    /// sections, no community map. The X archives' follower and following counts are those
    /// their SOURCE.md lists for follower.js and following.js (111 / 124 and 420 / 295); the
    /// Mastodon export has no follow lists.
    func testRealArchivesAreEgoNetworks() throws {
        let cases: [(String, String, String?)] = [
            ("twitter-archive-rtiatmla", "100 % of the 183 tied pairs", "111 followers, 124 followed"),
            ("twitter-archive-andreruffert", "100 % of the 937 tied pairs", "420 followers, 295 followed"),
            ("mastodon-archive-dealingwith", "100 % of the 686 tied pairs", nil),
            ("bluesky-car-indigo/paul_staging.repo.car", "100 % of the 12 tied pairs", nil),
        ]
        for (path, share, follows) in cases {
            let (md, files) = try report(try sharedData(path).path)
            XCTAssertTrue(md.contains("This is an ego network: " + share), "\(path): \(md.prefix(1500))")
            if let follows { XCTAssertTrue(md.contains(follows), path) }
            XCTAssertTrue(md.contains("### Audience by specialty"), path)
            XCTAssertFalse(files.contains("community-map.svg"), "\(path): \(files)")
        }
    }

    /// The Samples' clinician network (with the archive merged in) is many people's.
    func testNetworkOfManyIsNotAnEgoNetwork() throws {
        let (md, files) = try report("Samples/clinician-network")
        XCTAssertFalse(md.contains("ego network"))
        XCTAssertTrue(files.contains("community-map.svg"), "\(files)")
    }
}
