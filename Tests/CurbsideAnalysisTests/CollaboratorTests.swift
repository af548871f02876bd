import CurbsideAnalysis
import CurbsideGraph
import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Collaborator ranking, community labels and the hold-out evaluation. Expected values
/// come from Tests/References/make_collaborator_references.py (networkx 3.6.1), which
/// documents the fixture: nine fictional accounts, eleven ties.
final class CollaboratorTests: XCTestCase {
    static let edges: [(UInt32, UInt32)] = [(0, 1), (0, 2), (1, 3), (2, 3), (1, 6), (3, 6), (2, 4), (4, 7), (3, 7), (5, 6), (7, 8)]
    static let profiles: [AccountProfile] = [
        AccountProfile(specialty: "cardiology", hashtags: ["cardiotwitter", "echofirst"], bioTerms: ["cardiologist", "failure", "heart"]),
        AccountProfile(specialty: "cardiology", hashtags: ["cardiotwitter"], bioTerms: ["cardiologist"]),
        AccountProfile(specialty: "oncology", hashtags: ["cardioonc", "oncology"], bioTerms: ["cancer", "oncologist"]),
        AccountProfile(specialty: "cardio-oncology", hashtags: ["cardioonc", "cardiotwitter"], bioTerms: ["cardio-oncology", "heart"]),
        AccountProfile(specialty: "oncology", hashtags: ["oncology"], bioTerms: ["oncologist"]),
        AccountProfile(specialty: "nursing", hashtags: ["nursetwitter"], bioTerms: ["nurse"]),
        AccountProfile(specialty: "cardiology", hashtags: ["cardiotwitter", "echofirst"], bioTerms: ["echo", "heart"]),
        AccountProfile(specialty: "oncology", hashtags: ["bcsm", "oncology"], bioTerms: ["cancer"]),
        AccountProfile(),
    ]

    static func fixture() -> GraphView {
        var b = GraphBuilder(nodeCount: 9)
        let k = b.kind(named: "mention")
        for (u, v) in edges { b.addEdge(from: u, to: v, kind: k) }
        return b.build().view(direction: .symmetric)
    }

    /// make_collaborator_references.py, focus 0 and focus 5: order and scores.
    func testRankingMatchesReference() throws {
        var ranker = try CollaboratorRanker(Self.fixture(), profiles: Self.profiles)
        let zero = try ranker.rank(focus: 0, limit: 10)
        XCTAssertEqual(zero.map(\.candidate), [3, 6, 7, 4, 5, 8])
        let expected0 = [0.882917, 0.750779, 0.399690, 0.378440, 0.186175, 0.086998]
        for (c, e) in zip(zero, expected0) { XCTAssertEqual(c.score, e, accuracy: 1e-4, "candidate \(c.candidate)") }
        XCTAssertEqual(zero[0].components.topical, 0.291667, accuracy: 1e-6)
        XCTAssertEqual(zero[0].components.specialty, 1, accuracy: 1e-12)
        XCTAssertEqual(zero[1].components.structural, 0.685641, accuracy: 1e-4)
        // 3 shares 1 and 2 with 0; both have degree 3: ascending node.
        XCTAssertEqual(zero[0].via, [1, 2])
        XCTAssertEqual(zero[0].mutualCount, 2)
        XCTAssertEqual(zero[0].sharedHashtags, ["cardiotwitter"])
        XCTAssertEqual(zero[0].sharedBioTerms, ["heart"])
        XCTAssertEqual(zero[0].resourceAllocation, 2.0 / 3, accuracy: 1e-12)

        let five = try ranker.rank(focus: 5, limit: 3)
        XCTAssertEqual(five.map(\.candidate), [1, 3, 0])
        for (c, e) in zip(five, [0.715855, 0.660000, 0.369446]) { XCTAssertEqual(c.score, e, accuracy: 1e-4) }

        // A requested specialty filters and scores fit 1.
        let onc = try ranker.rank(focus: 0, limit: 10, specialties: ["oncology"])
        XCTAssertEqual(Set(onc.map(\.candidate)), [4, 7])
        XCTAssertTrue(onc.allSatisfy { $0.components.specialty == 1 })
        // Excluded accounts are skipped; determinism.
        XCTAssertEqual(try ranker.rank(focus: 0, limit: 2, excluded: [3]).map(\.candidate), [6, 7])
        XCTAssertEqual(try ranker.rank(focus: 0, limit: 10), zero)
    }

    func testExplanationNamesMutualContactsHashtagsAndCommunity() throws {
        var ranker = try CollaboratorRanker(Self.fixture(), profiles: Self.profiles)
        let c = try ranker.rank(focus: 0, limit: 1)[0]
        let names = ["ana_fic", "ben_fic", "cai_fic", "dee_fic", "eli_fic", "fay_fic", "gus_fic", "hal_fic", "ivy_fic"]
        let text = explanation(for: c, name: { "@" + names[Int($0)] }, specialty: "cardio-oncology", community: "cardiology")
        XCTAssertEqual(text, "2 mutual colleagues incl. @ben_fic, @cai_fic; both post #cardiotwitter; "
            + "both describe themselves with \"heart\"; cardio-oncology in the cardiology community")
    }

    /// z-scores of make_collaborator_references.py: #cardiotwitter 1.318462, #echofirst 1.237360.
    func testLogOddsMatchReference() throws {
        let g = Self.fixture()
        let membership: [UInt32] = [0, 0, 1, 1, 1, 1, 0, 1, 1]
        var o = CommunityLabelOptions()
        o.minimumZ = 0
        let labelled = try labelCommunities(g, membership: membership, profiles: Self.profiles, options: o)
        let c0 = labelled.first { $0.id == 0 }!
        XCTAssertEqual(c0.hashtags.map(\.term), ["cardiotwitter", "echofirst"])
        XCTAssertEqual(c0.hashtags[0].z, 1.318462, accuracy: 1e-6)
        XCTAssertEqual(c0.hashtags[1].z, 1.237360, accuracy: 1e-6)
        XCTAssertEqual(c0.hashtags[0].members, 3)
        XCTAssertEqual(c0.specialties.first?.term, "cardiology")
        XCTAssertEqual(c0.members, [0, 1, 6])
        // Ties inside {0,1,6}: 0-1, 1-6 of 3 possible.
        XCTAssertEqual(c0.internalTies, 2)
        XCTAssertEqual(c0.density, 2.0 / 3, accuracy: 1e-15)
        // Ties out: 0-2, 1-3, 3-6, 5-6 all lead to community 1.
        XCTAssertEqual(c0.tieWeights.map(\.community), [1])
        XCTAssertEqual(c0.tieWeights[0].weight, 4)
        XCTAssertEqual(c0.bridges.first?.node, 6)
        XCTAssertEqual(c0.bridges.first?.externalTies, 2)
        // Default threshold 1.96: nothing in so small a network is significant.
        XCTAssertTrue(try labelCommunities(g, membership: membership, profiles: Self.profiles)[0].hashtags.isEmpty)
    }

    /// By hand on the fixture with communities {0, 1, 6} and the rest: node 3 has two ties
    /// into each (1, 6 | 2, 7); nodes 0, 1, 2, 6 have one tie on their weaker side; 4, 5,
    /// 7, 8 touch one community only. Four ties cross (0-2, 1-3, 3-6, 5-6).
    func testBridgesByHand() throws {
        let membership: [UInt32] = [0, 0, 1, 1, 1, 1, 0, 1, 1]
        let found = try communityBridges(Self.fixture(), membership: membership)
        XCTAssertEqual(found.map(\.node), [3, 0, 1, 2, 6])
        XCTAssertEqual(found[0], CommunityBridge(node: 3, communityA: 0, tiesA: 2, communityB: 1, tiesB: 2, existingWeight: 4))
        XCTAssertEqual(found[3], CommunityBridge(node: 2, communityA: 1, tiesA: 2, communityB: 0, tiesB: 1, existingWeight: 4))
        XCTAssertEqual(try communityBridges(Self.fixture(), membership: membership, limit: 2).map(\.node), [3, 0])
    }

    /// Leiden (seed 1) on the sample's collaboration graph recovers the generator's planted
    /// communities (Samples/ground-truth.csv `community`): each community of 50+ accounts
    /// is labelled by the specialty its members were planted in, and NMI is high.
    func testSampleCommunitiesMatchPlantedGroups() throws {
        let store = try importedSample()
        let loaded = try store.loadGraph(times: false)
        let view = collaborationGraph(loaded.graph)
        var o = LeidenOptions()
        o.seed = 1
        let result = try leiden(view, options: o)
        let profiles = accountProfiles(loaded, hashtags: try store.hashtagsByAccount())
        let labelled = try labelCommunities(view, membership: result.membership, profiles: profiles)
        XCTAssertEqual(labelled, try labelCommunities(view, membership: leiden(view, options: o).membership, profiles: profiles))

        let truthText = try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/ground-truth.csv"), encoding: .utf8)
        var planted: [String: String] = [:]
        for line in truthText.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            planted[String(f[0])] = String(f[3])
        }
        let names = Array(Set(planted.values)).sorted()
        let plantedIDs = loaded.accounts.map { UInt32(names.firstIndex(of: planted[$0.platformID]!)!) }
        let nmi = try normalizedMutualInformation(result.membership, plantedIDs)
        print("sample: \(result.count) communities, NMI to planted \(nmi)")
        XCTAssertGreaterThan(nmi, 0.75)
        var checked = 0
        for c in labelled where c.size >= 50 {
            var votes: [String: Int] = [:]
            for v in c.members { votes[planted[loaded.accounts[Int(v)].platformID]!, default: 0] += 1 }
            let majority = votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            XCTAssertEqual(c.specialties.first?.term, majority, "community \(c.id): \(c.label)")
            XCTAssertTrue(c.label.hasPrefix(majority), c.label)
            XCTAssertFalse(c.hashtags.isEmpty)
            XCTAssertFalse(c.keyMembers.isEmpty)
            XCTAssertEqual(c.keyMembers.map(\.pageRank), c.keyMembers.map(\.pageRank).sorted(by: >))
            checked += 1
        }
        XCTAssertGreaterThanOrEqual(checked, 6)
    }
}
