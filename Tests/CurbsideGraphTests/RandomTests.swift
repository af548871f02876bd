import XCTest
import CurbsideGraph

final class RandomTests: XCTestCase {
    /// SplitMix64 from seed 0: the reference outputs of Vigna's splitmix64.c.
    func testKnownStream() {
        var g = SplitMix64(seed: 0)
        XCTAssertEqual(g.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(g.next(), 0x6E78_9E6A_A1B9_65F4)
    }

    /// Bounded draws stay in range and hit every value; unit draws lie in [0, 1).
    func testUniformRanges() {
        var g = SplitMix64(seed: 99)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7000 { seen[Int(g.uniform(7))] += 1 }
        for c in seen { XCTAssertGreaterThan(c, 850); XCTAssertLessThan(c, 1150) }
        for _ in 0..<1000 { let x = g.unitInterval(); XCTAssertTrue(x >= 0 && x < 1) }
    }
}
