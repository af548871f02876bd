@testable import CurbsideImport
import Foundation
import XCTest

/// NIST FIPS 180-4 example vectors, plus chunking and file streaming.
final class SHA256Tests: XCTestCase {
    func testNISTVectors() {
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: [UInt8]()),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(of: Array(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8)),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testOneMillionA() {
        var h = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0 ..< 1000 { h.update(chunk) }
        XCTAssertEqual(h.hexDigest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testChunkBoundariesDoNotMatter() {
        let message = (0 ..< 1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(of: message)
        for split in [1, 55, 56, 63, 64, 65, 127, 500] {
            var h = SHA256()
            var i = 0
            while i < message.count {
                h.update(message[i ..< min(i + split, message.count)])
                i += split
            }
            XCTAssertEqual(h.hexDigest(), whole, "chunk size \(split)")
        }
    }

    func testFileStreaming() throws {
        let dir = try TestSupport.tempDirectory(self)
        let path = try TestSupport.write(String(repeating: "a", count: 3_000_000), to: dir, "a.txt")
        var h = SHA256()
        h.update(Array(String(repeating: "a", count: 3_000_000).utf8))
        XCTAssertEqual(try SHA256.hexOfFile(atPath: path), h.hexDigest())
    }
}
