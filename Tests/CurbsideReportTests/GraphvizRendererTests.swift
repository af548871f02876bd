import Foundation
import XCTest
@testable import CurbsideReport

final class GraphvizRendererTests: XCTestCase {

    static let sample: String = {
        let palette = Palette.standard.colors(for: ["cardio-oncology", "oncology"])
        var graph = DOTGraph(name: "sample")
        graph.nodeDefaults = ["shape": "box", "style": "filled,rounded", "fontname": "DejaVu Sans"]
        graph.nodes = [
            DOTNode(id: "9100000001300", label: "@dr_ada_quillbrook_fic", attributes: ["fillcolor": palette["cardio-oncology"]!.hex]),
            DOTNode(id: "9100000001383", label: "Dr \"Q\" & <co>", attributes: ["fillcolor": palette["oncology"]!.hex]),
        ]
        graph.edges = [DOTEdge(from: "9100000001300", to: "9100000001383", attributes: ["label": "mentions ×3"])]
        return DOTWriter.write(graph)
    }()

    func testRendersWellFormedSVGWithEscapedLabels() throws {
        let svg = try GraphvizRenderer.render(Self.sample, layout: .dot, format: .svg)
        try TestArtifacts.keep(svg, as: "sample.svg")
        let inspector = SVGInspector(svg)
        XCTAssertTrue(inspector.wellFormed, inspector.parseError ?? "")
        XCTAssertEqual(inspector.elements.first, "svg")
        XCTAssertTrue(inspector.texts.contains("@dr_ada_quillbrook_fic"), "\(inspector.texts)")
        XCTAssertTrue(inspector.texts.contains("Dr \"Q\" & <co>"), "\(inspector.texts)")
        XCTAssertTrue(inspector.texts.contains("mentions ×3"), "\(inspector.texts)")
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("&lt;co&gt;"))
        XCTAssertFalse(text.contains("<co>"))
    }

    func testRendersPNG() throws {
        let png = try GraphvizRenderer.render(Self.sample, layout: .dot, format: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 1000)
        try TestArtifacts.keep(png, as: "sample.png")
    }

    func testRendersPDF() throws {
        let pdf = try GraphvizRenderer.render(Self.sample, layout: .dot, format: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        try TestArtifacts.keep(pdf, as: "sample.pdf")
    }

    func testEveryLayoutEngineWorks() throws {
        for layout in GraphvizLayout.allCases {
            let svg = try GraphvizRenderer.render(Self.sample, layout: layout, format: .svg)
            XCTAssertTrue(SVGInspector(svg).wellFormed, layout.rawValue)
        }
    }

    func testSyntaxErrorThrowsAndLaterCallsStillWork() throws {
        XCTAssertThrowsError(try GraphvizRenderer.render("digraph { a -> ; [[[ }")) { error in
            let e = error as? GraphvizError
            XCTAssertEqual(e?.kind, .syntax)
            XCTAssertTrue(e?.message.contains("syntax error") ?? false, e?.message ?? "")
        }
        XCTAssertThrowsError(try GraphvizRenderer.render("not dot at all")) { error in
            XCTAssertEqual((error as? GraphvizError)?.kind, .syntax)
        }
        let svg = try GraphvizRenderer.render(Self.sample)
        XCTAssertTrue(SVGInspector(svg).wellFormed)
    }

    func testInvalidInputAndUnknownNames() {
        XCTAssertThrowsError(try GraphvizRenderer.render("  \n")) { error in
            XCTAssertEqual((error as? GraphvizError)?.kind, .invalidInput)
        }
        XCTAssertThrowsError(try GraphvizRenderer.render("digraph { a\u{0} }")) { error in
            XCTAssertEqual((error as? GraphvizError)?.kind, .invalidInput)
        }
        XCTAssertThrowsError(try GraphvizRenderer.render(Self.sample, layoutName: "twopi-ish", formatName: "svg")) { error in
            XCTAssertEqual((error as? GraphvizError)?.kind, .unknownLayout)
            XCTAssertTrue("\(error)".contains("sfdp"))
        }
        XCTAssertThrowsError(try GraphvizRenderer.render(Self.sample, layoutName: "dot", formatName: "gif")) { error in
            XCTAssertEqual((error as? GraphvizError)?.kind, .unknownFormat)
        }
        XCTAssertNoThrow(try GraphvizRenderer.render(Self.sample, layoutName: "SFDP", formatName: "SVG"))
    }

    func testPluginsAreRegistered() {
        let layouts = GraphvizRenderer.availablePlugins(kind: "layout")
        for layout in GraphvizLayout.allCases {
            XCTAssertTrue(layouts.contains { $0.hasPrefix(layout.rawValue + ":") || $0 == layout.rawValue }, "\(layouts)")
        }
        let devices = GraphvizRenderer.availablePlugins(kind: "device")
        for format in GraphvizFormat.allCases {
            XCTAssertTrue(devices.contains(format.rawValue), "\(devices)")
        }
    }

    func testConcurrentCallsAreSerialised() async throws {
        let dot = Self.sample
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<8 {
                group.addTask {
                    let format: GraphvizFormat = i % 2 == 0 ? .svg : .png
                    return try GraphvizRenderer.render(dot, layout: i % 3 == 0 ? .neato : .dot, format: format).count
                }
            }
            for try await size in group { XCTAssertGreaterThan(size, 0) }
        }
    }
}
