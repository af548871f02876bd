import CurbsideStore
import Foundation
import XCTest
@testable import CurbsideImport

final class RecordLimitTests: XCTestCase {
    /// A single line longer than the record cap is an error naming its offset, read with a
    /// buffer that never grows past the cap (here 1 MiB so the test stays small).
    func testOverlongLineIsAnErrorNotUnboundedMemory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("long.txt")
        var bytes = Array("1 2\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "9"), count: 3 << 20)
        try Data(bytes).write(to: file)
        var largestSeen = 0
        XCTAssertThrowsError(try ByteChunks.scan(path: file.path, chunkSize: 1 << 16, maxRecord: 1 << 20) { chunk, isFinal in
            largestSeen = max(largestSeen, chunk.count)
            // Consume complete lines only, like the real readers.
            guard let lastNewline = chunk.lastIndex(of: 10) else { return isFinal ? chunk.count : 0 }
            return lastNewline + 1
        }) { error in
            let e = error as? ImportError
            XCTAssertEqual(e?.reason, "record-too-long")
            XCTAssertEqual(e?.location, "byte 4")
        }
        XCTAssertLessThanOrEqual(largestSeen, 1 << 20)
    }
}
