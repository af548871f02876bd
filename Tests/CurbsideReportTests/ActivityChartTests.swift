import CurbsideReport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

final class ActivityChartTests: XCTestCase {
    func testStackedBarsPeakAndEscaping() throws {
        // 2026-03-14 is day 20526 since 1970-01-01.
        let rows: [(day: Int64, kind: String, count: Int)] = [
            (20526, "mention", 3), (20526, "reply", 2), (20528, "<script>", 4), (20527, "like", 1),
        ]
        let chart = ActivityChart(rows: rows)
        XCTAssertEqual(ActivityChart.date(20526), "2026-03-14")
        XCTAssertEqual(chart.peak?.day, 20526)
        XCTAssertEqual(chart.peak?.count, 5)
        let svg = try XCTUnwrap(chart.svg())
        XCTAssertFalse(svg.contains("<script>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;"))
        XCTAssertTrue(svg.contains(">2026-03-14<") && svg.contains(">2026-03-16<"))
        XCTAssertTrue(svg.contains(">5</text>"), "y-axis maximum is the tallest day's total")
        // 4 bar segments + 4 legend swatches + the background.
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 9)
        let parser = XMLParser(data: Data(svg.utf8))
        XCTAssertTrue(parser.parse(), "well-formed XML")
        XCTAssertNil(ActivityChart(rows: []).svg())
    }

    func testLongSpansBecomeWeekly() throws {
        let rows: [(day: Int64, kind: String, count: Int)] = [(20000, "reply", 1), (20400, "reply", 1)]
        let svg = try XCTUnwrap(ActivityChart(rows: rows).svg())
        XCTAssertTrue(svg.contains("Interactions per week (UTC)"))
    }
}
