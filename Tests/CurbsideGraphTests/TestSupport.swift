import Foundation
import XCTest
import CurbsideGraph
import CurbsideTestSupport

/// `../shared/data/<name>` beside the repository, or a skip when this clone has none.
func sharedDataURL(_ relative: String) throws -> URL { try Repository.sharedData(relative) }

/// A reference file under Tests/CurbsideGraphTests/References.
func reference(_ name: String, file: StaticString = #filePath) throws -> [String: Any] {
    let url = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("References/\(name)")
    let data = try Data(contentsOf: url)
    return try JSONSerialization.jsonObject(with: data) as! [String: Any]
}

/// Reads a whitespace-separated `src dst` edge list with integer node ids (test-only;
/// the product's reader lives in CurbsideImport).
func loadIntegerEdgeList(_ url: URL, nodeCount: Int) throws -> Graph {
    let bytes = try Data(contentsOf: url)
    var builder = GraphBuilder(nodeCount: nodeCount)
    // Split bytes, not Characters: "\r\n" is a single Character in Swift.
    for line in bytes.split(whereSeparator: { $0 == 10 || $0 == 13 }) {
        let tok = line.split(whereSeparator: { $0 == 32 || $0 == 9 })
        guard tok.count >= 2, let u = UInt32(String(decoding: tok[0], as: UTF8.self)),
              let v = UInt32(String(decoding: tok[1], as: UTF8.self)) else { continue }
        builder.addEdge(from: u, to: v)
    }
    return builder.build()
}

func l1(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + abs($1.0 - $1.1) }
}
