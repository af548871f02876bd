import CurbsideGraph
import Foundation
import XCTest
@testable import CurbsideReport

/// The diagram views on Samples/clinician-network. Reference numbers come from
/// Tests/References/make_diagram_references.py (networkx 3.6.1 on the same files).
final class DiagramTests: XCTestCase {

    nonisolated(unsafe) static let data: NetworkData = try! NetworkData(store: sampleStore)

    var data: NetworkData { Self.data }

    func focus() throws -> UInt32 { try XCTUnwrap(data.node(named: "@dr_ada_quillbrook_fic")) }

    /// networkx core_number: the 29-core (the innermost) holds 478 accounts, the 28-core 592.
    func testCoreViewPicksTheSmallestCoreThatFits() throws {
        var options = DiagramOptions()
        options.top = 600
        let wide = try data.diagram(.core, options: options)
        XCTAssertTrue(wide.title.hasPrefix("k ≥ 28 core: 592 of 1,352 accounts"), wide.title)
        options.top = 150
        let narrow = try data.diagram(.core, options: options)
        XCTAssertTrue(narrow.title.hasPrefix("k ≥ 29 core: 478 of 1,352 accounts, the 150 with most ties drawn"), narrow.title)
        XCTAssertLessThanOrEqual(narrow.nodeCount, 150)
        XCTAssertLessThanOrEqual(narrow.edgeCount, 3 * 150)
    }

    /// networkx adamic_adar_index from @dr_ada_quillbrook_fic: teowythmantlelab_fic
    /// 21.439332931435 (87 common neighbours), tamsin_loamquist_md_fic 14.437432165763 (61),
    /// tamsin_ivelgard_md_fic 13.019292884200 (58).
    func testCollaboratorSuggestionsAreAdamicAdarWithSharedColleagues() throws {
        let s = try data.adamicAdarSuggestions(for: focus(), limit: 3, via: 3)
        XCTAssertEqual(s.candidates.map { data.display($0.account.node) },
                       ["@teowythmantlelab_fic", "@tamsin_loamquist_md_fic", "@tamsin_ivelgard_md_fic"])
        for (c, expected) in zip(s.candidates, [21.439332931435, 14.437432165763, 13.019292884200]) {
            XCTAssertEqual(c.score, expected, accuracy: 1e-9)
            XCTAssertEqual(c.via.count, 3)
            // Every `via` account is a colleague of both.
            let adjacency = data.undirected.outAdjacency
            for v in c.via {
                XCTAssertTrue(adjacency.contains(try focus(), v.node))
                XCTAssertTrue(adjacency.contains(c.account.node, v.node))
            }
        }
        var options = DiagramOptions()
        options.focus = try focus()
        options.top = 3
        options.collaborators = s
        let d = try data.diagram(.collaborators, options: options)
        XCTAssertTrue(d.dot.contains("\"1. @teowythmantlelab_fic\\n21.44\""), d.dot)
    }

    /// Without a list given, the diagram draws `curbside collaborators`' ranking: the same
    /// candidates in the same order, each through mutual colleagues of both.
    func testCollaboratorsDiagramDrawsTheCollaboratorRanking() throws {
        let focus = try focus()
        let ranked = try data.collaboratorCandidates(for: focus, limit: 3)
        let drawn = try data.collaboratorSuggestions(for: focus, limit: 3)
        XCTAssertEqual(drawn.candidates.map(\.account.node), ranked.map(\.candidate))
        XCTAssertEqual(drawn.scoreName, "collaborator score")
        let adjacency = data.undirected.outAdjacency
        for c in drawn.candidates {
            XCTAssertFalse(adjacency.contains(focus, c.account.node), "suggestions are not yet tied to the focus")
            for v in c.via { XCTAssertTrue(adjacency.contains(focus, v.node) && adjacency.contains(c.account.node, v.node)) }
        }
        var options = DiagramOptions()
        options.focus = focus
        options.top = 3
        let d = try data.diagram(.collaborators, options: options)
        let first = data.display(ranked[0].candidate)
        XCTAssertTrue(d.dot.contains("\"1. \(first)\\n\(String(format: "%.2f", ranked[0].score))\""), d.dot)
    }

    /// The community map's bubbles are the Leiden communities of two or more accounts with
    /// their sizes, and its lines count ties between them as a direct count over the edges.
    func testCommunityMapCountsMembersAndTies() throws {
        let d = try data.diagram(.communityMap)
        let result = try data.communities
        XCTAssertEqual(d.nodeCount, result.sizes.filter { $0 >= 2 }.count)
        XCTAssertEqual(result.sizes.reduce(0, +), 1352)
        for (c, size) in result.sizes.enumerated() where size >= 2 {
            XCTAssertTrue(try d.dot.contains("\"c\(c)\" [label=\"\(data.communityLabel(c))\\n\(NetworkReport.integer(Double(size))) accounts\""), "C\(c)")
        }
        // Ties between communities 0 and 1, counted pair by pair.
        let membership = result.membership, adjacency = data.undirected.outAdjacency
        var direct = 0
        for u in 0..<UInt32(1352) {
            for v in adjacency.neighbors(u) where u < v {
                let pair = Set([membership[Int(u)], membership[Int(v)]])
                if pair == [0, 1] { direct += 1 }
            }
        }
        let ties = CommunityTies(graph: data.undirected, membership: membership, shown: [0, 1], communityCount: result.count)
        XCTAssertEqual(ties.weights, [0, Double(direct), Double(direct), 0])
        XCTAssertGreaterThan(direct, 100)
        XCTAssertTrue(try d.dot.contains("tooltip=\"\(direct) ties between \(data.communityLabel(0)) and \(data.communityLabel(1))\""))
    }

    func testDefaultCommunityLabelsNameTheTopSpecialtyAndLabelsCanBeGiven() throws {
        XCTAssertTrue(try data.defaultCommunityLabel(0).hasPrefix("C0 · "))
        var options = NetworkDataOptions()
        options.communityLabels = ["Cardio-oncology circle", ""]
        let labelled = try NetworkData(store: sampleStore, options: options)
        XCTAssertEqual(try labelled.communityLabel(0), "Cardio-oncology circle")
        XCTAssertEqual(try labelled.communityLabel(1), try labelled.defaultCommunityLabel(1))
        XCTAssertTrue(try labelled.diagram(.communityMap).dot.contains("Cardio-oncology circle"))
    }

    func testEgoShowsTheStrongestTiesGroupedByCommunity() throws {
        var options = DiagramOptions()
        options.focus = try focus()
        options.top = 10
        let d = try data.diagram(.ego, options: options)
        XCTAssertEqual(d.nodeCount, 11)
        let strongest = data.strongestNeighbors(of: try focus(), limit: 10)
        // Heaviest first, and no neighbour outside the ten is heavier than the tenth.
        XCTAssertEqual(strongest.map(\.weight), strongest.map(\.weight).sorted(by: >))
        let adjacency = data.weightedUndirected.outAdjacency
        let all = adjacency.range(try focus()).map { adjacency.weights![$0] }.sorted(by: >)
        XCTAssertEqual(strongest.map(\.weight), Array(all.prefix(10)))
        let membership = try data.communities.membership
        let communities = Set(([try focus()] + strongest.map(\.node)).map { membership[Int($0)] })
        XCTAssertEqual(d.graph.clusters.count, communities.count)
        XCTAssertThrowsError(try data.diagram(.ego)) { XCTAssertTrue("\($0)".contains("--focus")) }
    }

    /// Every view renders to well-formed SVG with its title, within the caps, the same bytes
    /// twice; sfdp diagrams keep their legend title (it was lost when the legend was a cluster).
    func testEveryViewRendersWithTitleAndLegend() throws {
        var options = DiagramOptions()
        options.focus = try focus()
        for view in DiagramView.allCases {
            let d = try data.diagram(view, options: options)
            let svg = try d.render(format: .svg)
            try TestArtifacts.keep(svg, as: "view-\(view.rawValue).svg")
            let inspector = SVGInspector(svg)
            XCTAssertTrue(inspector.wellFormed, "\(view) \(inspector.parseError ?? "")")
            let firstLine = String(d.title.split(separator: "\n")[0])
            XCTAssertTrue(inspector.texts.contains(firstLine), "\(view): \(firstLine)")
            if let legend = d.graph.legend {
                XCTAssertTrue(inspector.texts.contains(legend.title), "\(view) legend title")
                for entry in legend.entries { XCTAssertTrue(inspector.texts.contains(entry.label), "\(view) legend \(entry.label)") }
            }
            XCTAssertLessThanOrEqual(d.nodeCount, 300)
            XCTAssertEqual(try data.diagram(view, options: options).dot, d.dot, "\(view) differs between runs")
        }
    }

    func testAnonymizedDiagramsNameNoAccount() throws {
        var options = NetworkDataOptions()
        options.anonymize = true
        let anonymous = try NetworkData(store: sampleStore, options: options)
        var diagramOptions = DiagramOptions()
        diagramOptions.focus = try focus()
        for view in DiagramView.allCases {
            let dot = try anonymous.diagram(view, options: diagramOptions).dot
            XCTAssertFalse(dot.contains("_fic"), "\(view)")
            if view != .communityMap { XCTAssertTrue(dot.contains("account-"), "\(view)") }
        }
    }

    func testPNGAndPDFAreReproducible() throws {
        let d = try data.diagram(.communityMap)
        let png = try d.render(format: .png), pdf = try d.render(format: .pdf)
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(String(decoding: pdf.prefix(4), as: UTF8.self), "%PDF")
        XCTAssertTrue(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:19700101000000"))
        XCTAssertEqual(try d.render(format: .pdf), pdf)
        XCTAssertEqual(try d.render(format: .png), png)
    }
}
