import CurbsideAnalysis
import CurbsideGraph
import CurbsideImport
import CurbsideRecords
import CurbsideStore
import XCTest

/// A bad parameter a library caller passes through the session is a thrown, typed error in
/// the one ``ErrorShape`` — never a trap (issue #12).
final class SessionErrorTests: XCTestCase {
    nonisolated(unsafe) static let session: AnalysisSession = try! AnalysisSession(store: importedSample())

    /// A resolution of -1, an infinite resolution or negative iterations: `communities`,
    /// `modularity` and `communitySummaries` throw ``AnalysisParameterError`` naming the
    /// parameter and the `curbside communities` option, a usage error (exit 2).
    func testBadCommunityParametersThrowNamingTheOption() throws {
        var p = CommunityParameters()
        p.resolution = -1
        XCTAssertThrowsError(try Self.session.communities(p)) { error in
            let e = error as? AnalysisParameterError
            XCTAssertEqual(e, AnalysisParameterError(parameter: "communities.resolution", option: "--resolution", value: "-1.0",
                                                     expected: "a positive, finite number"))
            XCTAssertEqual("\(error)", "--resolution -1.0: expected a positive, finite number")
            XCTAssertEqual(e?.shape, ErrorShape(code: "bad-parameter", location: "--resolution", expected: "a positive, finite number",
                                                exit: .usage))
            XCTAssertEqual(e?.shape.exit.exitCode, 2)
        }
        XCTAssertThrowsError(try Self.session.modularity(p)) { XCTAssertTrue($0 is AnalysisParameterError) }
        XCTAssertThrowsError(try Self.session.communitySummaries(p)) { XCTAssertTrue($0 is AnalysisParameterError) }

        p.resolution = .infinity
        XCTAssertThrowsError(try Self.session.communities(p)) { XCTAssertEqual("\($0)", "--resolution inf: expected a positive, finite number") }
        p.resolution = 1
        p.iterations = -1
        XCTAssertThrowsError(try Self.session.communities(p)) {
            XCTAssertEqual(($0 as? AnalysisParameterError)?.parameter, "communities.iterations")
            XCTAssertEqual(($0 as? AnalysisParameterError)?.option, "--iterations")
        }
        // The good parameters still give the partition.
        XCTAssertEqual(try Self.session.communities().count, try Self.session.communities(CommunityParameters()).count)
    }

    /// Started in the background, the bad partition throws when it is asked for, and the
    /// next ask throws again (nothing half-made is cached).
    func testBackgroundCommunitiesThrowWhenAskedFor() throws {
        let s = try AnalysisSession(store: importedSample())
        var p = CommunityParameters()
        p.resolution = -0.5
        s.startCommunitiesInBackground(p)
        XCTAssertThrowsError(try s.communities(p)) { XCTAssertEqual(($0 as? AnalysisParameterError)?.value, "-0.5") }
        XCTAssertThrowsError(try s.communities(p)) { XCTAssertTrue($0 is AnalysisParameterError) }
    }

    /// The session checks its own parameters before it loads anything.
    func testSessionRejectsBadParametersAtInit() throws {
        var parameters = AnalysisParameters()
        parameters.communities.resolution = -1
        XCTAssertThrowsError(try AnalysisSession(store: try Store.inMemory(), parameters: parameters)) {
            XCTAssertEqual(($0 as? AnalysisParameterError)?.parameter, "communities.resolution")
        }
        parameters = AnalysisParameters()
        parameters.largeNetworkTies = -1
        XCTAssertThrowsError(try AnalysisSession(store: try Store.inMemory(), parameters: parameters)) {
            XCTAssertEqual("\($0)", "largeNetworkTies = -1: expected a non-negative count of ties")
        }
    }

    /// A PageRank damping of 1.5 in the composite influence's options: `GraphError` from the
    /// graph library, in the one shape (`bad-parameter`, usage), not a trap.
    func testCompositeInfluenceWithDampingOutsideItsIntervalThrows() throws {
        var o = InfluenceOptions()
        o.damping = 1.5
        XCTAssertThrowsError(try Self.session.compositeInfluence(o)) { error in
            let e = error as? GraphError
            XCTAssertEqual(e, GraphError(.parameterOutOfRange, parameter: "options.damping", value: "1.5", expected: "a number in [0, 1]"))
            XCTAssertEqual(e?.shape, ErrorShape(code: "bad-parameter", location: "options.damping", expected: "a number in [0, 1]",
                                                cause: "received 1.5", exit: .usage))
        }
        var pr = InfluenceScores.defaultPageRankOptions
        pr.damping = -0.1
        XCTAssertThrowsError(try InfluenceScores(graph: Self.session.graph, options: pr)) {
            XCTAssertEqual(($0 as? GraphError)?.parameter, "options.damping")
        }
        XCTAssertNoThrow(try Self.session.compositeInfluence(InfluenceOptions()))
    }

    /// The other errors a library caller meets have the same shape: an unknown name, an
    /// unreadable path, a bad record, the store.
    func testEveryErrorHasTheOneShape() throws {
        XCTAssertThrowsError(try Self.session.node(named: "@nobody_here_fic")) { error in
            let shape = (error as? any ShapedError)?.shape
            XCTAssertEqual(shape?.code, "unknown-account")
            XCTAssertEqual(shape?.location, "@nobody_here_fic")
            XCTAssertEqual(shape?.exit, .badInput)
        }
        let bad = ImportError(file: "nodes.csv", location: "line 2", expected: "a numeric id", reason: "bad-columns")
        XCTAssertEqual(bad.shape, ErrorShape(code: "bad-columns", location: "nodes.csv: line 2", expected: "a numeric id", exit: .badInput))
        let unreadable = UnreadableInput(path: "/x", cause: "permission denied")
        XCTAssertEqual(unreadable.shape.exit, .runtimeFailure)
        XCTAssertEqual(unreadable.shape.cause, "permission denied")
        XCTAssertEqual(StoreError("the store is locked", code: 5).shape,
                       ErrorShape(code: "store-failure", cause: "SQLite result code 5", exit: .runtimeFailure))
        XCTAssertEqual(UnresolvedLinks(file: "links.csv", lines: [3, 4]).shape.location, "links.csv: lines 3, 4")
        XCTAssertEqual(ErrorShape.ExitClass.allCases.map(\.exitCode), [1, 2, 3])
    }

    /// The analyses a library caller runs directly throw too: a focus past the node count, a
    /// directed graph for the collaborator ranking or the community labels, lists that are
    /// not one per node, a holdout of 1.5, registers outside 4 … 16, an ε of 1.5 for the brief.
    func testAnalysisEntryPointsThrowOnBadParameters() throws {
        let s = Self.session
        let n = UInt32(s.graph.nodeCount)
        XCTAssertThrowsError(try s.collaboratorCandidates(for: n, limit: 3)) {
            XCTAssertEqual(($0 as? GraphError)?.code, .nodeOutOfRange)
        }
        XCTAssertThrowsError(try CollaboratorRanker(s.weightedDirected)) { XCTAssertEqual(($0 as? GraphError)?.code, .directedGraph) }
        var e = LinkPredictionEvaluationOptions()
        e.holdout = 1.5
        XCTAssertThrowsError(try evaluateLinkPrediction(s.collaboration, options: e)) {
            XCTAssertEqual(($0 as? GraphError)?.parameter, "options.holdout")
        }
        let network = s.reachNetwork
        var r = ReachOptions()
        r.log2Registers = 20
        XCTAssertThrowsError(try twoHopEstimates(network, options: r)) { XCTAssertEqual(($0 as? GraphError)?.code, .parameterOutOfRange) }
        XCTAssertThrowsError(try reachOfAccounts(network, nodes: [n], options: ReachOptions())) {
            XCTAssertEqual(($0 as? GraphError)?.code, .nodeOutOfRange)
        }
        XCTAssertThrowsError(try audienceOverlap(network, 0, n)) { XCTAssertEqual(($0 as? GraphError)?.code, .nodeOutOfRange) }
        let membership = try s.communities().membership
        XCTAssertThrowsError(try labelCommunities(s.weightedDirected, membership: membership, profiles: s.profiles())) {
            XCTAssertEqual(($0 as? GraphError)?.code, .directedGraph)
        }
        XCTAssertThrowsError(try communityBridges(s.undirected, membership: Array(membership.dropLast()))) {
            XCTAssertEqual(($0 as? GraphError)?.code, .lengthMismatch)
        }
        XCTAssertThrowsError(try CompositeInfluence(graph: s.graph, platformCounts: [], specialties: s.specialties())) {
            XCTAssertEqual(($0 as? GraphError)?.parameter, "platformCounts")
        }
        var b = BriefOptions()
        b.epsilon = 1.5
        XCTAssertThrowsError(try BriefPlan(network: network, targets: [0, 1], options: b)) {
            XCTAssertEqual(($0 as? GraphError)?.parameter, "options.epsilon")
        }
    }
}
