import CurbsideGraph
import CurbsideRecords
import Foundation

/// A diagram could not be drawn as asked (no focus account, nothing to draw).
public struct DiagramError: ShapedError, Sendable {
    public var description: String
    /// `missing-focus` or `node-out-of-range`: the shape's code.
    public var code: String
    public init(_ description: String, code: String = "bad-diagram") {
        self.description = description
        self.code = code
    }

    /// What the caller asked for cannot be drawn: a usage error (exit 2).
    public var shape: ErrorShape { ErrorShape(code: code, location: "--focus", exit: .usage) }
}

extension NetworkData {
    /// The diagram `view` of this network. Each view reduces the network first (top
    /// accounts, strongest ties, a core or a backbone), so Graphviz gets at most a few
    /// hundred nodes and lays them out in seconds.
    ///
    /// - Throws: ``DiagramError`` when `ego` or `collaborators` has no focus.
    public func diagram(_ view: DiagramView, options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        switch view {
        case .communityMap: return try communityMapDiagram(options)
        case .influencers: return try influencersDiagram(options)
        case .ego: return try egoDiagram(options)
        case .collaborators: return try collaboratorsDiagram(options)
        case .core: return try coreDiagram(options)
        case .full: return try backboneDiagram(options)
        }
    }

    /// The focus of an ego or collaborators diagram, checked.
    func requireFocus(_ options: DiagramOptions, for view: DiagramView) throws -> UInt32 {
        guard let focus = options.focus else {
            throw DiagramError("the \(view.rawValue) diagram needs a focus account (--focus @handle)", code: "missing-focus")
        }
        guard Int(focus) < graph.nodeCount else { throw DiagramError("focus node \(focus) is not in the network", code: "node-out-of-range") }
        return focus
    }
}
