import CurbsideGraph
import XCTest

/// Every parameter check of a public entry point: the call throws a ``GraphError`` with the
/// right code and parameter name instead of trapping (before, each of these was a
/// `precondition` and stopped the test process).
final class GraphErrorTests: XCTestCase {
    /// 0 → 1 → 2 → 0, directed, unit weights.
    let directed = makeGraph(3, [(0, 1), (1, 2), (2, 0)])
    /// The triangle, undirected.
    let triangle = undirectedGraph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)])
    /// One undirected edge of weight −1; one directed arc of weight 0; one undirected edge of weight NaN.
    let negative = GraphView(undirected: CSR(offsets: [0, 1, 2], targets: [1, 0], weights: [-1, -1]))
    let zeroLength = GraphView(directed: CSR(offsets: [0, 1, 1], targets: [1], weights: [0]))
    let notANumber = GraphView(undirected: CSR(offsets: [0, 1, 2], targets: [1, 0], weights: [.nan, .nan]))

    func expect<T>(_ code: GraphError.Code, _ parameter: String, value: String? = nil, _ call: @autoclosure () throws -> T,
                   file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try call(), file: file, line: line) { error in
            guard let error = error as? GraphError else { return XCTFail("not a GraphError: \(error)", file: file, line: line) }
            XCTAssertEqual(error.code, code, file: file, line: line)
            XCTAssertEqual(error.parameter, parameter, file: file, line: line)
            if let value { XCTAssertEqual(error.value, value, file: file, line: line) }
            XCTAssertFalse(error.expected.isEmpty, file: file, line: line)
        }
    }

    func testMessageNamesParameterValueAndExpectation() {
        var o = PageRankOptions()
        o.damping = 1.5
        XCTAssertThrowsError(try pageRank(directed, options: o)) { error in
            XCTAssertEqual("\(error)", "options.damping = 1.5: expected a number in [0, 1] (parameterOutOfRange)")
        }
    }

    func testCentrality() {
        expect(.parameterOutOfRange, "epsilon", value: "0.0", try approximateBetweenness(directed, epsilon: 0, seed: 1))
        expect(.parameterOutOfRange, "epsilon", try approximateBetweenness(directed, epsilon: 1, seed: 1))
        expect(.parameterOutOfRange, "delta", try approximateBetweenness(directed, delta: 1.5, seed: 1))
        expect(.invalidWeight, "graph weights", value: "0.0", try approximateBetweenness(zeroLength, seed: 1, weighted: true))
        expect(.invalidWeight, "graph weights", try harmonicCloseness(zeroLength, weighted: true))
        expect(.parameterOutOfRange, "pivots", value: "0", try sampledHarmonicCloseness(directed, pivots: 0, seed: 1))
        expect(.invalidWeight, "graph weights", try sampledHarmonicCloseness(zeroLength, pivots: 1, seed: 1, weighted: true))
        var b = BetweennessOptions()
        b.weighted = true
        expect(.invalidWeight, "graph weights", try betweenness(zeroLength, options: b))
        // Unweighted, the same graph is fine: the lengths are not read.
        XCTAssertEqual(try harmonicCloseness(zeroLength), [0, 1])   // networkx: distances into a node
    }

    func testPageRank() {
        var o = PageRankOptions()
        o.damping = -0.1
        expect(.parameterOutOfRange, "options.damping", try pageRank(directed, options: o))
        // Checked on an empty graph too.
        expect(.parameterOutOfRange, "options.damping", try pageRank(GraphBuilder().build(), options: o))
        o = PageRankOptions()
        o.personalization = [1, 0]
        expect(.lengthMismatch, "options.personalization", value: "2 values", try pageRank(directed, options: o))
        o.personalization = [0, 0, 0]
        expect(.parameterOutOfRange, "options.personalization", try pageRank(directed, options: o))
        o = PageRankOptions()
        o.danglingDistribution = [1]
        expect(.lengthMismatch, "options.danglingDistribution", try pageRank(directed, options: o))
        expect(.nodeOutOfRange, "source", value: "3", try personalizedPageRank(directed, source: 3))
    }

    func testCommunityDetectors() {
        expect(.directedGraph, "graph", try leiden(directed))
        expect(.directedGraph, "graph", try louvain(directed))
        expect(.directedGraph, "graph", try labelPropagation(directed))
        var l = LeidenOptions()
        l.resolution = -1
        expect(.parameterOutOfRange, "options.resolution", value: "-1.0", try leiden(triangle, options: l))
        l = LeidenOptions()
        l.iterations = -1
        expect(.parameterOutOfRange, "options.iterations", try leiden(triangle, options: l))
        l = LeidenOptions()
        l.initialMembership = [0, 0]
        expect(.lengthMismatch, "options.initialMembership", try leiden(triangle, options: l))
        l.initialMembership = [0, 0, 3]
        expect(.parameterOutOfRange, "options.initialMembership", value: "community 3", try leiden(triangle, options: l))
        expect(.invalidWeight, "graph weights", value: "-1.0", try leiden(negative))
        expect(.invalidWeight, "graph weights", try leiden(notANumber))
        var v = LouvainOptions()
        v.resolution = -0.5
        expect(.parameterOutOfRange, "options.resolution", try louvain(triangle, options: v))
        expect(.invalidWeight, "graph weights", try louvain(negative))
        // Unweighted, the weights are not read and the edge is one community.
        var unweighted = LeidenOptions()
        unweighted.weighted = false
        XCTAssertEqual(try leiden(negative, options: unweighted).membership, [0, 0])
    }

    func testPartitionMeasures() {
        expect(.lengthMismatch, "membership", try modularity(triangle, membership: [0, 0]))
        expect(.lengthMismatch, "membership", try constantPottsQuality(triangle, membership: [0], resolution: 1))
        expect(.directedGraph, "graph", try constantPottsQuality(directed, membership: [0, 0, 0], resolution: 1))
        expect(.lengthMismatch, "b", value: "1 values", try normalizedMutualInformation([0, 1], [0]))
        expect(.lengthMismatch, "b", try adjustedRandIndex([0], [0, 1]))
    }

    func testStructure() {
        expect(.nodeOutOfRange, "source", value: "7", try bfsDistances(directed, from: 7))
        expect(.nodeOutOfRange, "nodes", value: "3", try inducedSubgraph(directed, nodes: [0, 3]))
        expect(.duplicateNode, "nodes", value: "1 at positions 0 and 2", try inducedSubgraph(directed, nodes: [1, 2, 1]))
        expect(.nodeOutOfRange, "nodes", try inducedSubgraph(triangle, nodes: [5]))
        expect(.duplicateNode, "nodes", try inducedSubgraph(triangle, nodes: [0, 0]))
        expect(.parameterOutOfRange, "count", value: "-1", try topNodes([1, 2], count: -1))
        expect(.parameterOutOfRange, "perNode", try strongestTiesBackbone(triangle, perNode: -1))
    }

    func testLinkPrediction() {
        expect(.directedGraph, "graph", try commonNeighborCount(directed, 0, 1))
        expect(.directedGraph, "graph", try adamicAdarIndex(directed, 0, 1))
        expect(.directedGraph, "graph", try jaccardCoefficient(directed, 0, 1))
        expect(.directedGraph, "graph", try resourceAllocationIndex(directed, 0, 1))
        expect(.directedGraph, "graph", try preferentialAttachment(directed, 0, 1))
        expect(.nodeOutOfRange, "u, v", value: "3", try commonNeighborCount(triangle, 0, 3))
        expect(.nodeOutOfRange, "u, v", try adamicAdarIndex(triangle, 9, 0))
        expect(.nodeOutOfRange, "u, v", try jaccardCoefficient(triangle, 0, 3))
        expect(.nodeOutOfRange, "u, v", try resourceAllocationIndex(triangle, 3, 3))
        expect(.nodeOutOfRange, "u, v", try preferentialAttachment(triangle, 0, 4))
        expect(.directedGraph, "graph", try LinkPredictor(directed))
        var predictor = try! LinkPredictor(triangle)
        expect(.nodeOutOfRange, "u", try predictor.candidates(for: 3))
        expect(.parameterOutOfRange, "limit", try predictor.candidates(for: 0, limit: -1))
        expect(.directedGraph, "graph", try LocalPageRank(directed))
        expect(.parameterOutOfRange, "damping", value: "1.0", try LocalPageRank(triangle, damping: 1))
        expect(.parameterOutOfRange, "epsilon", try LocalPageRank(triangle, epsilon: 0))
        var local = try! LocalPageRank(triangle)
        expect(.nodeOutOfRange, "source", try local.scores(from: 3))
    }

    func testReach() throws {
        var h = HyperBallOptions()
        h.log2Registers = 3
        expect(.parameterOutOfRange, "options.log2Registers", value: "3", try hyperBall(directed, options: h))
        h = HyperBallOptions()
        h.reachHops = -1
        expect(.parameterOutOfRange, "options.reachHops", try hyperBall(directed, options: h))

        var c = CascadeOptions()
        c.simulations = 0
        expect(.parameterOutOfRange, "options.simulations", try independentCascadeSpread(directed, seeds: [0], options: c))
        c = CascadeOptions()
        expect(.nodeOutOfRange, "seeds", value: "3", try independentCascadeSpread(directed, seeds: [0, 3], options: c))
        c.targets = [4]
        expect(.nodeOutOfRange, "options.targets", try independentCascadeSpread(directed, seeds: [0], options: c))
        c = CascadeOptions()
        c.probabilities = .uniform(1.5)
        expect(.parameterOutOfRange, "options.probabilities", value: "1.5", try independentCascadeSpread(directed, seeds: [0], options: c))
        c.probabilities = .perArc([0.5])
        expect(.lengthMismatch, "options.probabilities", try independentCascadeSpread(directed, seeds: [0], options: c))
        c.probabilities = .perArc([0.5, -0.1, 0.5])
        expect(.invalidWeight, "options.probabilities", value: "-0.1", try independentCascadeSpread(directed, seeds: [0], options: c))

        var m = IMMOptions()
        m.seedCount = -1
        expect(.parameterOutOfRange, "options.seedCount", try influenceMaximization(directed, options: m))
        m = IMMOptions()
        m.epsilon = 1
        expect(.parameterOutOfRange, "options.epsilon", try influenceMaximization(directed, options: m))
        m = IMMOptions()
        m.ell = 0
        expect(.parameterOutOfRange, "options.ell", try influenceMaximization(directed, options: m))
        m = IMMOptions()
        m.targets = [0, 3]
        expect(.nodeOutOfRange, "options.targets", try influenceMaximization(directed, options: m))
        m = IMMOptions()
        m.probabilities = .uniform(-1)
        expect(.parameterOutOfRange, "options.probabilities", try influenceMaximization(directed, options: m))

        var search = HopSearch(directed)
        expect(.parameterOutOfRange, "hops", try search.run(from: 0, hops: -1))
        XCTAssertEqual(try search.run(from: 0, hops: 1), 1)
        expect(.nodeOutOfRange, "sources", value: "3", try search.run(from: [1, 3], hops: 1))
        // The failed run leaves an empty run behind, not half of one.
        XCTAssertFalse(search.contains(1))
        XCTAssertEqual(search.reached.count, 0)
        XCTAssertEqual(try search.run(from: [1], hops: 2), 2)
        expect(.nodeOutOfRange, "b", try search.overlap(0, 3, hops: 1))
        expect(.nodeOutOfRange, "sources", try search.overlap(3, 0, hops: 1))

        var k = HopCountOptions()
        k.hops = 0
        expect(.parameterOutOfRange, "options.hops", value: "0", try hopCounts(directed, options: k))
        expect(.nodeOutOfRange, "sources", try hopCounts(directed, sources: [0, 3]))
    }
}
