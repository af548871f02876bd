@testable import CurbsideAnalysis
import XCTest

/// The measures of `influence --evaluate`, against scipy/numpy.
final class InfluenceEvaluationTests: XCTestCase {
    /// scipy 1.x `spearmanr([3,1,4,1,5,9,2,6], [2,7,1,8,2,8,1,8]).correlation` = 0.19885368120992467
    /// (ties on both sides, at their average rank).
    func testSpearmanMatchesScipyWithTies() {
        XCTAssertEqual(spearmanCorrelation([3, 1, 4, 1, 5, 9, 2, 6], [2, 7, 1, 8, 2, 8, 1, 8]), 0.19885368120992467, accuracy: 1e-12)
        XCTAssertEqual(spearmanCorrelation([1, 2, 3], [3, 2, 1]), -1, accuracy: 1e-12)
        XCTAssertEqual(spearmanCorrelation([1, 1, 1], [1, 2, 3]), 0)
    }

    /// Gains [0, 3, 1, 0, 5]: numpy Σ gain / log2(position + 1) of [4, 1, 2] = 7.392789260714372,
    /// of [1, 4, 2] = 6.654648767857288. Ties in the top are broken by the key, then the index.
    func testDiscountedGainAndTopOrder() {
        XCTAssertEqual(discountedGain([4, 1, 2], [0, 3, 1, 0, 5]), 7.392789260714372, accuracy: 1e-12)
        XCTAssertEqual(discountedGain([1, 4, 2], [0, 3, 1, 0, 5]), 6.654648767857288, accuracy: 1e-12)
        XCTAssertEqual(rankedTop([2, 5, 5, 1, 5], keys: ["a", "c", "b", "d", "b"], k: 4), [2, 4, 1, 0])
    }
}
