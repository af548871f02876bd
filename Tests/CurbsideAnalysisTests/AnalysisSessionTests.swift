import CurbsideAnalysis
import CurbsideGraph
import Foundation
import XCTest

/// The session computes each value once and shares it; its parameters round-trip as JSON.
final class AnalysisSessionTests: XCTestCase {
    nonisolated(unsafe) static let session: AnalysisSession = try! AnalysisSession(store: importedSample())

    /// One partition per parameters: the default equals Leiden with the command's options
    /// (all ties undirected, unweighted, 2 iterations, seed 1) run directly, and a run
    /// started in the background gives the same.
    func testOnePartitionPerParameters() throws {
        let s = Self.session
        var o = LeidenOptions()
        o.seed = 1
        o.weighted = false
        o.iterations = 2
        let direct = try leiden(s.graph.view(direction: .symmetric), options: o)
        XCTAssertEqual(try s.communities(), direct)
        XCTAssertEqual(try s.communities(CommunityParameters()), direct)

        var other = CommunityParameters()
        other.seed = 7
        let fresh = try AnalysisSession(store: importedSample())
        fresh.startCommunitiesInBackground(other)
        XCTAssertEqual(try fresh.communities(other), try s.communities(other))
        XCTAssertNotEqual(try s.communities(other).membership, direct.membership, "seed 7 is another partition")

        // Described on two graphs, the same communities: same ids and sizes.
        let onTies = try s.communitySummaries()
        let onCollaboration = try s.communitySummaries(describedOn: .collaboration)
        XCTAssertEqual(onTies.map(\.id), onCollaboration.map(\.id))
        XCTAssertEqual(onTies.map(\.size), onCollaboration.map(\.size))
    }

    func testParametersRoundTripAsJSON() throws {
        var p = AnalysisParameters()
        p.kinds = ["follow", "mention"]
        p.window = AnalysisWindow(since: 1_773_446_400, until: nil, hashtag: "#CurbCon26")
        p.communities.view = .collaboration
        p.communities.iterations = nil
        p.communities.seed = 9
        let data = try JSONEncoder().encode(p)
        XCTAssertEqual(try JSONDecoder().decode(AnalysisParameters.self, from: data), p)
        XCTAssertEqual(p.window.hashtag, "curbcon26", "normalised as the store's window")
        XCTAssertEqual(p.communities.commandLine, "curbside communities --graph collaboration --iterations 0 --seed 9")
        XCTAssertEqual(CommunityParameters().commandLine, "curbside communities --seed 1")
        XCTAssertEqual(p.communitiesCommandLine, "curbside communities --graph collaboration --iterations 0 --seed 9 "
                       + "--since 2026-03-14T00:00:00Z --hashtag curbcon26", "the window is part of the partition")
    }

    /// The rule on the sample: handle with or without @, any case; the id; platform:id.
    func testResolverRule() throws {
        let s = Self.session
        let v = try s.node(named: "@drcleonettlecroft_fic")
        XCTAssertEqual(s.accounts[Int(v)].platformID, "9100000001082")
        XCTAssertEqual(try s.node(named: "DrCleonettlecroft_fic"), v)
        XCTAssertEqual(try s.node(named: "9100000001082"), v)
        XCTAssertEqual(try s.node(named: s.resolver.qualifiedID(v)), v)
        XCTAssertThrowsError(try s.node(named: "@9100000001082")) { error in
            XCTAssertEqual(error as? AccountResolutionError, .notFound("@9100000001082"), "@ names handles only")
        }
    }

    /// `specialties` reads its labels from the session too: `specialtyTies` off leaves
    /// accounts without evidence of their own unlabelled (on the sample: 1,306 labelled, 119
    /// by ties; 1,187 without ties — the counts `curbside specialties` prints), and an
    /// injected classifier is the one used.
    func testSpecialtyTiesAndClassifierAreTheSessions() throws {
        let store = try importedSample()
        let withTies = try AnalysisSession(store: store).specialtyAssignments()
        XCTAssertEqual(withTies.compactMap { $0 }.count, 1_306)
        XCTAssertEqual(withTies.filter { $0?.basis == .ties }.count, 119)
        var p = AnalysisParameters()
        p.specialtyTies = false
        let classifier = SpecialtyClassifier(lexicon: try SpecialtyLexicon.loadStandard())
        let without = try AnalysisSession(store: store, parameters: p, classifier: classifier).specialtyAssignments()
        XCTAssertEqual(without.compactMap { $0 }.count, 1_187)
        XCTAssertTrue(without.allSatisfy { $0?.basis != .ties })
    }
}
