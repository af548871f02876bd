import XCTest
@testable import CurbsideReport

final class PaletteTests: XCTestCase {

    func testOkabeItoColoursComeFirst() {
        let hexes = (0..<8).map { Palette.standard.color(at: $0).hex }
        XCTAssertEqual(hexes, ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"])
    }

    func testShadesAfterTheBaseColoursAreDistinct() {
        let colours = (0..<40).map { Palette.standard.color(at: $0) }
        XCTAssertEqual(Set(colours).count, 40)
        // Index 8 is orange mixed 45 % with white.
        XCTAssertEqual(colours[8].hex, "#F1CA73")
        // Beyond the shade rounds the sequence starts again.
        XCTAssertEqual(Palette.standard.color(at: 40), colours[0])
        XCTAssertEqual(Palette.standard.color(at: -3), colours[0])
    }

    func testAssignmentIsStableByFirstAppearance() {
        let palette = Palette.standard
        let assigned = palette.assign(["oncology", "cardiology", "oncology", "nursing"])
        XCTAssertEqual(assigned.map(\.category), ["oncology", "cardiology", "nursing"])
        XCTAssertEqual(assigned.map(\.color.hex), ["#E69F00", "#56B4E9", "#009E73"])
        let lookup = palette.colors(for: ["oncology", "cardiology", "nursing"])
        XCTAssertEqual(lookup["cardiology"]?.hex, "#56B4E9")
        XCTAssertEqual(palette.assign(["b", "a"]).map(\.color), palette.assign(["b", "a"]).map(\.color))
    }

    func testEmptyBaseFallsBackToOkabeIto() {
        XCTAssertEqual(Palette(base: []), Palette.standard)
    }

    func testContrastingText() {
        XCTAssertEqual(Palette.okabeIto[3].contrastingText.hex, "#000000")  // yellow
        XCTAssertEqual(Palette.okabeIto[7].contrastingText.hex, "#FFFFFF")  // black
        XCTAssertEqual(Palette.okabeIto[4].contrastingText.hex, "#FFFFFF")  // blue
    }
}
