/// The error a CurbsideGraph entry point throws when a caller passes a parameter outside
/// its domain: a damping factor outside its interval, a negative resolution, a node id past
/// the node count, a directed graph where an undirected one is needed.
///
/// It names the ``Code``, the parameter as spelled in the API, the value received (for a
/// list: its length or the offending element, never the whole list) and what was expected,
/// so a caller can report it without reading the library's source:
///
/// ```swift
/// var options = PageRankOptions()
/// options.damping = 1.5
/// do { _ = try pageRank(graph, options: options) }
/// catch let error as GraphError {
///     print(error)   // options.damping = 1.5: expected a number in [0, 1] (parameterOutOfRange)
/// }
/// ```
///
/// Conditions a caller cannot break (the library's own bookkeeping) stay `precondition`s.
public struct GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of parameter was wrong.
    public enum Code: String, Sendable, CaseIterable {
        /// A number or count outside its documented range.
        case parameterOutOfRange
        /// A node id at or past the graph's node count.
        case nodeOutOfRange
        /// A node id listed twice where distinct nodes are needed.
        case duplicateNode
        /// A per-node or per-arc list whose length is not the node or arc count.
        case lengthMismatch
        /// An arc weight, length or probability outside what the algorithm accepts.
        case invalidWeight
        /// A directed graph given to an algorithm defined on undirected graphs.
        case directedGraph
    }

    /// What kind of parameter was wrong.
    public let code: Code
    /// The parameter's name as spelled in the API (`"damping"`, `"options.resolution"`).
    public let parameter: String
    /// The value received, as text.
    public let value: String
    /// What the parameter must be.
    public let expected: String

    /// An error for `parameter`, which received `value` where `expected` holds.
    public init(_ code: Code, parameter: String, value: String, expected: String) {
        self.code = code
        self.parameter = parameter
        self.value = value
        self.expected = expected
    }

    public var description: String { "\(parameter) = \(value): expected \(expected) (\(code.rawValue))" }
}

/// The checks, `package` so the analyses of this package throw the same errors for their
/// own parameters.
extension GraphError {
    /// Throws ``Code/parameterOutOfRange`` unless `condition` holds.
    @inline(__always)
    package static func check(_ condition: Bool, _ parameter: String, _ value: some Any, expected: String) throws(GraphError) {
        if !condition { throw GraphError(.parameterOutOfRange, parameter: parameter, value: "\(value)", expected: expected) }
    }

    /// Throws ``Code/nodeOutOfRange`` for the first of `nodes` at or past `nodeCount`.
    package static func checkNodes(_ nodes: some Sequence<UInt32>, _ parameter: String, nodeCount: Int) throws(GraphError) {
        for v in nodes where Int(v) >= nodeCount {
            throw GraphError(.nodeOutOfRange, parameter: parameter, value: "\(v)",
                             expected: "a node id below the node count \(nodeCount)")
        }
    }

    /// Throws ``Code/lengthMismatch`` unless `count == expectedCount`.
    package static func checkCount(_ count: Int, _ parameter: String, expectedCount: Int, of what: String) throws(GraphError) {
        if count != expectedCount {
            throw GraphError(.lengthMismatch, parameter: parameter, value: "\(count) values",
                             expected: "one value per \(what) (\(expectedCount))")
        }
    }

    /// Throws ``Code/directedGraph`` when `graph` is directed.
    package static func checkUndirected(_ graph: some AdjacencyGraph, _ algorithm: String) throws(GraphError) {
        if graph.isDirected {
            throw GraphError(.directedGraph, parameter: "graph", value: "a directed graph",
                             expected: "an undirected graph for \(algorithm): use graph.view(direction: .symmetric)")
        }
    }

    /// Throws ``Code/invalidWeight`` unless every arc weight of `graph` is positive, when
    /// `weighted` (arc weights read as lengths).
    static func checkPositiveLengths(_ graph: some AdjacencyGraph, weighted: Bool) throws(GraphError) {
        guard weighted, let w = graph.outAdjacency.weights else { return }
        if let bad = w.first(where: { !($0 > 0) }) {
            throw GraphError(.invalidWeight, parameter: "graph weights", value: "\(bad)",
                             expected: "positive arc lengths when weighted")
        }
    }
}

/// Runs `body`, whose graph parameters the caller has already checked or fixed, and stops
/// the program if it throws anyway: a ``GraphError`` there is a bug in the caller, as a
/// failed `precondition` was before these entry points threw. For the other modules of
/// this package only (`package` access), where a non-throwing function calls the library
/// with parameters of its own; a library user catches the error instead.
@inlinable
package func validParameters<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { preconditionFailure("graph parameters rejected: \(error)") }
}
