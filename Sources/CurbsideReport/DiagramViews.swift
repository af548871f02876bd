import CurbsideGraph
import Foundation

/// A diagram could not be drawn as asked (no focus account, nothing to draw).
public struct DiagramError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension NetworkData {
    /// The diagram `view` of this network. Each view reduces the network first (top
    /// accounts, strongest ties, a core or a backbone), so Graphviz gets at most a few
    /// hundred nodes and lays them out in seconds.
    ///
    /// - Throws: ``DiagramError`` when `ego` or `collaborators` has no focus.
    public func diagram(_ view: DiagramView, options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        switch view {
        case .communityMap: return communityMapDiagram(options)
        case .influencers: return influencersDiagram(options)
        case .ego: return try egoDiagram(options)
        case .collaborators: return try collaboratorsDiagram(options)
        case .core: return coreDiagram(options)
        case .full: return backboneDiagram(options)
        }
    }

    /// The focus of an ego or collaborators diagram, checked.
    func requireFocus(_ options: DiagramOptions, for view: DiagramView) throws -> UInt32 {
        guard let focus = options.focus else {
            throw DiagramError("the \(view.rawValue) diagram needs a focus account (--focus @handle)")
        }
        guard Int(focus) < graph.nodeCount else { throw DiagramError("focus node \(focus) is not in the network") }
        return focus
    }
}
