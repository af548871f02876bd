import CurbsideAnalysis
import Foundation
import XCTest
@testable import CurbsideReport

/// The report's provenance (what `report --save` records) is one value, built from the
/// analysis session, and the Methods section prints the same numbers: they cannot drift.
final class ReportProvenanceTests: XCTestCase {
    func testProvenanceComesFromTheSessionAndMatchesTheMethodsSection() throws {
        let store = try makeStore(["Samples/clinician-network"])
        var parameters = AnalysisParameters()
        parameters.communities.seed = 7
        parameters.window = AnalysisWindow(since: 1_773_446_400) // 2026-03-14T00:00:00Z
        let session = try AnalysisSession(store: store, parameters: parameters)
        var options = NetworkReportOptions()
        options.top = 5
        let report = try NetworkReport(session: session, options: options)
        let p = try report.provenance(options: options)

        // From the session, not from a command's flags.
        XCTAssertEqual(p.leiden.seed, 7)
        XCTAssertEqual(p.reach.seed, 7)
        XCTAssertEqual(p.window.since, 1_773_446_400)
        XCTAssertNil(p.window.until)
        XCTAssertEqual(p.leiden.sameAs, session.parameters.communitiesCommandLine)
        XCTAssertEqual(p.leiden.communities, try session.communities().count)
        XCTAssertEqual(p.reach.accounts, 5, "the reach table's accounts: min(top, 10)")
        XCTAssertEqual(p.network.accounts, report.data.graph.nodeCount)
        XCTAssertEqual(p.inputs.map(\.sha256), report.data.sources.map(\.sha256))

        // The Methods section prints these values.
        let md = report.markdown
        let start = try XCTUnwrap(md.range(of: "## Methods")).lowerBound
        let methods = String(md[start...])
        XCTAssertTrue(methods.contains("This run: \(p.pagerank.iterations) iterations, \(p.pagerank.converged ? "converged." : "did not converge.")"), methods)
        XCTAssertTrue(methods.contains("damping \(p.pagerank.damping), tolerance \(p.pagerank.tolerance)"), methods)
        // (Markdown escapes the backticks around the command line.)
        XCTAssertTrue(methods.contains("seed \(p.leiden.seed). Same partition as \\`\(p.leiden.sameAs)\\`. This run: \(p.leiden.iterationsRun) iterations."), methods)
        for input in p.inputs { XCTAssertTrue(methods.contains("| \(input.path) | \(input.sha256) |"), methods) }

        // Saved form: every key present; absent values as null; Leiden's unset iterations as text.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: encoder.encode(p)) as? [String: Any])
        XCTAssertEqual(json.keys.sorted(), ["command", "composite_influence", "curbside_version", "inputs", "leiden", "network",
                                            "pagerank", "reach", "window"])
        let window = try XCTUnwrap(json["window"] as? [String: Any])
        XCTAssertTrue(window["until"] is NSNull, "\(window)")
        XCTAssertEqual((json["leiden"] as? [String: Any])?["iterations"] as? Int, 2, "leidenalg's default")
        XCTAssertEqual(p.leiden.iterations, .count(2))
        XCTAssertEqual((json["reach"] as? [String: Any])?["briefing"] as? String, "IMM, epsilon 0.1")
    }
}
