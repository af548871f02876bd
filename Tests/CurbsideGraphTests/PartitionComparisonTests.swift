import Foundation
import XCTest
import CurbsideGraph

final class PartitionComparisonTests: XCTestCase {
    /// NMI (all four normalisations) and ARI against scikit-learn on the reference pairs:
    /// real partitions, random ones, sparse labels and a single-cluster labeling.
    func testMatchesScikitLearn() throws {
        let pairs = try reference("communities.json")["comparisons"] as! [[String: Any]]
        XCTAssertEqual(pairs.count, 6)
        for p in pairs {
            let name = p["name"] as! String
            let a = uint32s(p["a"]), b = uint32s(p["b"])
            XCTAssertEqual(try normalizedMutualInformation(a, b), p["nmi_arithmetic"] as! Double, accuracy: 1e-12, name)
            XCTAssertEqual(try normalizedMutualInformation(a, b, normalization: .geometric), p["nmi_geometric"] as! Double, accuracy: 1e-12, name)
            XCTAssertEqual(try normalizedMutualInformation(a, b, normalization: .min), p["nmi_min"] as! Double, accuracy: 1e-12, name)
            XCTAssertEqual(try normalizedMutualInformation(a, b, normalization: .max), p["nmi_max"] as! Double, accuracy: 1e-12, name)
            XCTAssertEqual(try adjustedRandIndex(a, b), p["ari"] as! Double, accuracy: 1e-12, name)
        }
    }

    func testIdenticalUpToRenamingScoresOne() throws {
        let a: [UInt32] = [0, 0, 1, 1, 2, 2, 2]
        let b: [UInt32] = [9, 9, 4, 4, 1_000_000, 1_000_000, 1_000_000]
        XCTAssertEqual(try normalizedMutualInformation(a, b), 1, accuracy: 1e-15)
        XCTAssertEqual(try adjustedRandIndex(a, b), 1, accuracy: 1e-15)
        XCTAssertEqual(try normalizedMutualInformation([3, 3, 3], [5, 5, 5]), 1)
        XCTAssertEqual(try adjustedRandIndex([3, 3, 3], [5, 5, 5]), 1)
    }

    /// A hand-computed case: a = {0,1}{2,3}, b = {0,1,2,3}: I = 0, so NMI = 0; ARI: the
    /// pairs together in b are all 6, in a 2, index 2, expected 2·6/6 = 2, max (2+6)/2 = 4,
    /// ARI = (2 − 2)/(4 − 2) = 0. a vs a with one node moved: {0,1,2}{3}.
    func testHandComputed() throws {
        XCTAssertEqual(try normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 0]), 0)
        XCTAssertEqual(try adjustedRandIndex([0, 0, 1, 1], [0, 0, 0, 0]), 0, accuracy: 1e-15)
        // a = {0,1}{2,3}, b = {0,1,2}{3}: contingency [[2,0],[1,1]]; N = 4.
        // I = ½ ln(4·2/(2·3)) + ¼ ln(4/(2·3)) + ¼ ln(4/(2·1)), H(a) = ln 2,
        // H(b) = −(¾ ln ¾ + ¼ ln ¼).
        let i = 0.5 * log(8.0 / 6) + 0.25 * log(4.0 / 6) + 0.25 * log(2.0)
        let ha = log(2.0), hb = -(0.75 * log(0.75) + 0.25 * log(0.25))
        XCTAssertEqual(try normalizedMutualInformation([0, 0, 1, 1], [0, 0, 0, 1]), i / ((ha + hb) / 2), accuracy: 1e-15)
        // Pairs: index Σ C(n_ij,2) = 1, rows 2, columns 3, total 6: expected 1, max 2.5,
        // ARI = (1 − 1)/(2.5 − 1) = 0.
        XCTAssertEqual(try adjustedRandIndex([0, 0, 1, 1], [0, 0, 0, 1]), 0, accuracy: 1e-15)
    }
}
