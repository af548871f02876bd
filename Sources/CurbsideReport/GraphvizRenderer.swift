import CGraphviz
import CurbsideRecords
import Foundation

/// A Graphviz layout engine: how node positions are computed.
public enum GraphvizLayout: String, CaseIterable, Sendable {
    /// Layered drawing for directed graphs; draws clusters. Good up to a few hundred nodes.
    case dot
    /// Scalable force-directed (multilevel); the one for thousands of nodes.
    case sfdp
    /// Spring model (stress majorisation); small undirected graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold); draws clusters.
    case fdp
    /// Circular layout; small graphs, one circle per biconnected component.
    case circo
}

/// An output format produced in memory by ``GraphvizRenderer``.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    /// SVG text (Graphviz's own `core` SVG renderer).
    case svg
    /// PNG bitmap (the `cairo` renderer from `libgvplugin_pango`).
    case png
    /// PDF document (the `cairo` renderer from `libgvplugin_pango`).
    case pdf
}

/// Why Graphviz could not render. ``message`` says what happened and includes the lines
/// Graphviz itself reported (for example `syntax error in line 3 near '['`).
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The DOT text was empty or held a NUL character.
        case invalidInput
        /// libcgraph could not parse the DOT text.
        case syntax
        /// The layout name is not one of ``GraphvizLayout``.
        case unknownLayout
        /// The format name is not one of ``GraphvizFormat``.
        case unknownFormat
        /// libgvc could not create a context.
        case contextUnavailable
        /// Layout failed, usually because the layout plugin is not installed or registered.
        case layoutFailed
        /// Rendering failed, usually because the renderer plugin (cairo for PNG/PDF) is not
        /// installed or registered.
        case renderFailed
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

extension GraphvizError: ShapedError {
    /// A runtime failure (exit 1) of Graphviz or its plugins, with Graphviz's own lines as
    /// the cause; `unknown-layout`/`unknown-format` for a name outside the lists (usage, exit 2).
    public var shape: ErrorShape {
        switch kind {
        case .unknownLayout: return ErrorShape(code: "unknown-layout", expected: "a layout of GraphvizLayout", cause: message, exit: .usage)
        case .unknownFormat: return ErrorShape(code: "unknown-format", expected: "a format of GraphvizFormat", cause: message, exit: .usage)
        case .invalidInput: return ErrorShape(code: "bad-dot", expected: "non-empty DOT text without NUL", cause: message, exit: .runtimeFailure)
        case .syntax: return ErrorShape(code: "bad-dot", expected: "DOT text Graphviz can parse", cause: message, exit: .runtimeFailure)
        case .contextUnavailable, .layoutFailed, .renderFailed:
            return ErrorShape(code: "graphviz-failure", hint: "check that Graphviz and its plugins are installed (dot -c)", cause: message,
                              exit: .runtimeFailure)
        }
    }
}

/// Renders DOT text to SVG, PNG or PDF inside the process, through libgvc.
///
/// ```swift
/// let dot = DOTWriter.write(graph)
/// let svg = try GraphvizRenderer.render(dot, layout: .sfdp, format: .svg)
/// try svg.write(to: URL(fileURLWithPath: "network.svg"))
/// ```
///
/// How it works, for each call: `gvContext()` loads the plugin registry, `agmemread()`
/// parses the DOT text, `gvLayout()` positions nodes with the chosen engine,
/// `gvRenderData()` renders into a malloc'd buffer that is copied into `Data` and freed
/// with `gvFreeRenderData()`, then `gvFreeLayout()`, `agclose()` and `gvFreeContext()`
/// release everything. No `dot` process is ever started.
///
/// **Threads.** libgvc and libcgraph keep global state (the parser, error handling, plugin
/// loading) and are not thread-safe. Every call into them, from every instance and thread,
/// runs under one process-wide lock, so calls from concurrent tasks are safe but run one
/// at a time. Keep big layouts off latency-sensitive paths.
///
/// **Errors.** Graphviz reports problems through `agerr`; while a call holds the lock, those
/// messages are captured (not printed) and returned inside ``GraphvizError``. Bad DOT, an
/// unknown layout or format name, or a missing plugin all throw; none of them crash.
///
/// **Plugins (Debian/Ubuntu).** Everything needed comes with `libgvc6` (pulled in by
/// `libgraphviz-dev`, which building Curbside needs anyway): `libgvplugin_core` (SVG),
/// `libgvplugin_dot_layout` (dot), `libgvplugin_neato_layout` (neato, fdp, sfdp, circo) and
/// `libgvplugin_pango` (the cairo renderer for PNG and PDF). libgvc finds plugins through
/// the registry file `/usr/lib/<triplet>/graphviz/config6a`, which the package's postinst
/// writes (`libgvc6-config-update -c`, the same as `dot -c`); in-process use reads the same
/// file, so nothing else is needed after `apt-get install`. If plugins were copied in by
/// hand, run `dot -c` once as root. PNG and PDF text needs a font: install
/// `fonts-dejavu-core` (or any font fontconfig can find) on minimal images.
public enum GraphvizRenderer {

    /// Serialises every libgvc/libcgraph call in the process.
    private static let lock = NSLock()

    /// Graphviz messages captured during the current locked call. Only touched while
    /// ``lock`` is held (the C callback runs inside libgvc calls made under the lock).
    nonisolated(unsafe) private static var captured = ""

    /// Renders `dot` with a layout engine to a format.
    ///
    /// - Throws: ``GraphvizError`` with kind `.invalidInput`, `.syntax`,
    ///   `.contextUnavailable`, `.layoutFailed` or `.renderFailed`.
    public static func render(_ dot: String, layout: GraphvizLayout = .dot, format: GraphvizFormat = .svg) throws -> Data {
        try render(dot, engine: layout.rawValue, format: format.rawValue)
    }

    /// Renders a ``DOTGraph``, placing its legend so that every layout shows it whole.
    ///
    /// The legend cluster ``DOTWriter`` writes reads well only under `dot` top-to-bottom:
    /// sfdp, neato and circo ignore clusters (the title is lost), fdp scatters the boxes
    /// inside it and `dot` left-to-right lays them out as one long row. So the graph is laid
    /// out without the legend first, then the title and boxes are pinned in a column right
    /// of the drawing, at the top, and the
    /// result is rendered with Graphviz's `nop2` engine, which keeps every computed node
    /// position and edge route.
    ///
    /// - Throws: ``GraphvizError`` as ``render(_:layout:format:)``.
    public static func render(_ graph: DOTGraph, layout: GraphvizLayout, format: GraphvizFormat) throws -> Data {
        guard let legend = graph.legend, !legend.entries.isEmpty else {
            return try render(DOTWriter.write(graph), layout: layout, format: format)
        }
        var main = graph
        main.legend = nil
        let positioned = String(decoding: try render(DOTWriter.write(main), engine: layout.rawValue, format: "dot"), as: UTF8.self)
        guard let box = boundingBox(positioned), let close = positioned.lastIndex(of: "}") else {
            return try render(DOTWriter.write(graph), layout: layout, format: format)
        }
        let text = String(positioned[..<close])
            + DOTWriter.pinnedLegend(legend, left: box.maxX + 30, top: box.maxY - 36) + "}\n"
        return try render(text, engine: "nop2", format: format.rawValue)
    }

    /// `bb="x0,y0,x1,y1"` of a laid-out graph in Graphviz's `dot` output, in points.
    static func boundingBox(_ positioned: String) -> (maxX: Double, maxY: Double)? {
        guard let start = positioned.range(of: "bb=\"") else { return nil }
        let rest = positioned[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(separator: ",").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2], numbers[3]) : nil
    }

    /// Renders `dot` with a layout and a format given by name, as a user types them
    /// (`"sfdp"`, `"png"`). Names are checked against ``GraphvizLayout`` and
    /// ``GraphvizFormat`` before libgvc sees them.
    ///
    /// - Throws: ``GraphvizError`` with kind `.unknownLayout` or `.unknownFormat` for a name
    ///   outside those lists, otherwise as ``render(_:layout:format:)``.
    public static func render(_ dot: String, layoutName: String, formatName: String) throws -> Data {
        guard let layout = GraphvizLayout(rawValue: layoutName.lowercased()) else {
            throw GraphvizError(kind: .unknownLayout, message: "unknown Graphviz layout '\(layoutName)'; use one of "
                + GraphvizLayout.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let format = GraphvizFormat(rawValue: formatName.lowercased()) else {
            throw GraphvizError(kind: .unknownFormat, message: "unknown output format '\(formatName)'; use one of "
                + GraphvizFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return try render(dot, layout: layout, format: format)
    }

    /// The plugins libgvc has registered for `kind`: `"layout"` (e.g. `dot`, `sfdp`),
    /// `"render"` (e.g. `svg`, `cairo`) or `"device"` (output formats such as `png`,
    /// `pdf`). Empty when no context can be created. Useful for `curbside doctor`-style
    /// diagnostics when a format fails.
    public static func availablePlugins(kind: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = gvContext() else { return [] }
        defer { gvFreeContext(gvc) }
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        var names: [String] = []
        for i in 0..<Int(count) {
            if let name = list[i] {
                names.append(String(cString: name))
                free(name)
            }
        }
        free(list)
        return names
    }

    // MARK: Implementation (always under the lock)

    private static func render(_ dot: String, engine: String, format: String) throws -> Data {
        if dot.utf8.contains(0) {
            throw GraphvizError(kind: .invalidInput, message: "the DOT text contains a NUL character")
        }
        if dot.allSatisfy(\.isWhitespace) {
            throw GraphvizError(kind: .invalidInput, message: "the DOT text is empty")
        }

        lock.lock()
        defer { lock.unlock() }

        captured = ""
        let previousHandler = agseterrf { text in
            if let text { GraphvizRenderer.captured += String(cString: text) }
            return 0
        }
        defer { agseterrf(previousHandler) }
        agreseterrors()

        guard let gvc = gvContext() else {
            throw GraphvizError(kind: .contextUnavailable, message: "libgvc could not create a context" + details())
        }
        defer { gvFreeContext(gvc) }

        guard let graph = agmemread(dot) else {
            throw GraphvizError(kind: .syntax, message: "Graphviz could not parse the DOT text" + details())
        }
        defer { agclose(graph) }

        guard gvLayout(gvc, graph, engine) == 0 else {
            throw GraphvizError(kind: .layoutFailed,
                                message: "Graphviz layout '\(engine)' failed (is libgvplugin_dot_layout/neato_layout installed and registered?)" + details())
        }
        defer { gvFreeLayout(gvc, graph) }

        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(gvc, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw GraphvizError(kind: .renderFailed,
                                message: "Graphviz could not render '\(format)' (for png/pdf the cairo plugin from libgvc6, libgvplugin_pango, must be registered)" + details())
        }
        let data = Data(bytes: buffer, count: Int(length))
        return format == "pdf" ? withFixedCreationDate(data) : data
    }

    /// The PDF with its `/CreationDate (D:YYYYMMDDHHMMSSZ)` set to 1970-01-01 00:00:00 UTC,
    /// so the same drawing gives the same bytes (cairo writes the clock time and, in the
    /// versions Debian ships, ignores `SOURCE_DATE_EPOCH`). The value keeps its length, so
    /// the cross-reference offsets stay right.
    static func withFixedCreationDate(_ pdf: Data) -> Data {
        let key = Array("/CreationDate (D:".utf8)
        var bytes = [UInt8](pdf)
        guard let start = bytes.firstRange(of: key)?.upperBound else { return pdf }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ")") { end += 1 }
        let fixed = Array("19700101000000".utf8)
        guard end - start >= fixed.count else { return pdf }
        // Digits only; a trailing `Z` or `+hh'mm'` zone is kept.
        var i = start
        for b in fixed where i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 { bytes[i] = b; i += 1 }
        return Data(bytes)
    }

    /// The captured Graphviz messages, formatted for an error message.
    private static func details() -> String {
        let text = captured.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "" : ": " + text.replacingOccurrences(of: "\n", with: " ")
    }
}
