import CurbsideAnalysis
import CurbsideGraph
import XCTest

final class EgoNetworkTests: XCTestCase {
    /// Owner 0: accounts 1–6 follow 0; 0 follows 1, 2, 3 and 7; 4 reposts 0 twice, 5 quotes
    /// 0, 1 replies to 0; 0 mentions 2 three times; 5 follows 6 (the one pair without 0).
    /// Tied pairs: 0–1 … 0–7 and 5–6 = 8, seven touching 0 (87.5 %).
    func testOwnerAudienceAndEngagement() throws {
        var b = GraphBuilder(nodeCount: 8)
        let f = b.kind(named: "follow"), rp = b.kind(named: "repost"), q = b.kind(named: "quote")
        let re = b.kind(named: "reply"), m = b.kind(named: "mention")
        for u in 1...6 { b.addEdge(from: UInt32(u), to: 0, kind: f) }
        for v in [1, 2, 3, 7] { b.addEdge(from: 0, to: UInt32(v), kind: f) }
        b.addEdge(from: 4, to: 0, kind: rp, count: 2)
        b.addEdge(from: 5, to: 0, kind: q)
        b.addEdge(from: 1, to: 0, kind: re)
        b.addEdge(from: 0, to: 2, kind: m, count: 3)
        b.addEdge(from: 5, to: 6, kind: f)
        let ego = try XCTUnwrap(EgoNetwork(graph: b.build()))
        XCTAssertEqual(ego.owner, 0)
        XCTAssertEqual(ego.pairs, 8)
        XCTAssertEqual(ego.ownerPairs, 7)
        XCTAssertEqual(ego.share, 0.875)
        XCTAssertEqual(ego.followers, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(ego.following, [1, 2, 3, 7])
        XCTAssertEqual(ego.mutuals, [1, 2, 3])
        XCTAssertEqual(ego.engagesOwner.map(\.node), [4, 1, 5])
        XCTAssertEqual(ego.engagesOwner.map(\.total), [2, 1, 1])
        XCTAssertEqual(ego.engagesOwner[0].byKind.map(\.kind), ["repost"])
        XCTAssertEqual(ego.amplifiers.map(\.node), [4, 5])
        XCTAssertEqual(ego.ownerEngages.map(\.node), [2])
        XCTAssertEqual(ego.ownerEngages[0].byKind.map(\.count), [3])
        XCTAssertTrue(ego.noCollaboratorsReason(for: 0, display: { "n\($0)" }).hasPrefix("no candidate: every account in this network is already tied to n0"))
        // At a 90 % threshold the same graph is not one person's.
        XCTAssertNil(EgoNetwork(graph: b.build(), share: 0.9))
    }

    /// Networks of many people are not ego networks: the Samples' clinician network, and
    /// a cycle where every account touches two of n pairs.
    func testNetworksOfManyAreNot() throws {
        XCTAssertNil(try AnalysisSession(store: importedSample()).ego)
        var b = GraphBuilder(nodeCount: 10)
        for u in 0..<10 { b.addEdge(from: UInt32(u), to: UInt32((u + 1) % 10)) }
        XCTAssertNil(EgoNetwork(graph: b.build()))
        XCTAssertNil(EgoNetwork(graph: GraphBuilder(nodeCount: 3).build()))
    }
}
