import XCTest
@testable import CurbsideReport

final class MarkdownTableTests: XCTestCase {

    func testRendersHeaderAlignmentAndEscapedCells() {
        var table = MarkdownTable(columns: [
            .init("Account"), .init("Specialty", alignment: .left),
            .init("Score", alignment: .center), .init("Followers", alignment: .right),
        ])
        table.addRow(["@dr_ada_quillbrook_fic", "cardio-oncology", "0.9", "163"])
        table.addRow(["a|b", "line\nbreak", "[x](javascript:alert(1))", "<script>"])
        XCTAssertEqual(table.render(), """
            | Account | Specialty | Score | Followers |
            | --- | :--- | :---: | ---: |
            | @dr\\_ada\\_quillbrook\\_fic | cardio-oncology | 0.9 | 163 |
            | a\\|b | line break | \\[x\\](javascript:alert(1)) | \\<script\\> |

            """)
    }

    func testShortRowsArePaddedAndLongRowsCut() {
        let table = MarkdownTable(headers: ["A", "B"], rows: [["1"], ["1", "2", "3"]])
        XCTAssertEqual(table.render(), "| A | B |\n| --- | --- |\n| 1 |  |\n| 1 | 2 |\n")
    }

    func testEveryRowHasTheSameNumberOfCells() {
        let hostile = ["|", "\\|", "a|b|c", "\n|\n", "`|`"]
        let table = MarkdownTable(headers: ["x", "y"], rows: hostile.map { [$0, $0] })
        for line in table.render().split(separator: "\n") {
            // Unescaped pipes are the cell separators: exactly three per line.
            var count = 0
            var escaped = false
            for ch in line {
                if escaped { escaped = false; continue }
                if ch == "\\" { escaped = true } else if ch == "|" { count += 1 }
            }
            XCTAssertEqual(count, 3, String(line))
        }
    }

    func testNoColumnsRendersNothing() {
        XCTAssertEqual(MarkdownTable(headers: []).render(), "")
    }
}
