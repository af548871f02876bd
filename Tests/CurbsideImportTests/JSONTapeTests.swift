import XCTest
@testable import CurbsideImport

/// The one-pass JSON parser behind the twarc2, X archive and Mastodon readers: what it
/// accepts, what it rejects (RFC 8259), and where it says a document breaks.
final class JSONTapeTests: XCTestCase {
    /// Parses `text` and hands the root to `body`.
    private func parse(_ text: String, _ body: (JSONValue) throws -> Void = { _ in }) throws {
        try parse(Array(text.utf8), body)
    }

    private func parse(_ bytes: [UInt8], _ body: (JSONValue) throws -> Void = { _ in }) throws {
        let tape = JSONTape()
        try bytes.withUnsafeBufferPointer { b in
            try tape.parseWhole(b)
            try body(tape.root)
        }
    }

    /// The failure for `bytes`, or a test failure when they parse.
    private func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> JSONTape.Failure? {
        do {
            try parse(bytes)
            XCTFail("parsed: \(String(decoding: bytes, as: UTF8.self))", file: file, line: line)
            return nil
        } catch let f as JSONTape.Failure {
            return f
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONTape.Failure? {
        failure(Array(text.utf8), file: file, line: line)
    }

    func testNavigationAndValues() throws {
        try parse(#" { "data" : [ {"id":"1","n":-12,"ok":true}, {"id":"2","x":null,"f":1.5e3} ], "meta": {} } "#) { root in
            XCTAssertTrue(root.isObject)
            let data = try XCTUnwrap(root["data"])
            XCTAssertTrue(data.isArray)
            XCTAssertEqual(data.elements.map { $0["id"]?.string }, ["1", "2"])
            let first = try XCTUnwrap(data.elements.first { _ in true })
            XCTAssertEqual(first["n"]?.int, -12)
            XCTAssertEqual(first["ok"]?.kind, .true)
            XCTAssertNil(first["missing"])
            let second = Array(data.elements)[1]
            XCTAssertTrue(second.has("x")) // present, even though null
            XCTAssertTrue(second["x"]?.isNull ?? false)
            XCTAssertNil(second["f"]?.int) // not an integer
            XCTAssertEqual(root["meta"]?.members.count, 0)
            XCTAssertNil(root["data"]?.string)
        }
    }

    func testEscapesAreDecodedOnDemand() throws {
        // é (U+00E9), 😀 as a surrogate pair, a newline, a quote, a slash; a lone surrogate becomes U+FFFD.
        try parse(#"{"t":"caf\u00e9 \ud83d\ude00\n\"\/", "lone":"\ud800!", "k\u0065y":1}"#) { root in
            XCTAssertEqual(root["t"]?.string, "café 😀\n\"/")
            XCTAssertEqual(root["lone"]?.string, "\u{FFFD}!")
            XCTAssertEqual(root["key"]?.int, 1) // an escaped member name still matches
            XCTAssertTrue(root["t"]?.isString("café 😀\n\"/") ?? false)
        }
        try parse("[\"naïve 東京\"]") { root in
            XCTAssertEqual(root.elements.first { _ in true }?.string, "naïve 東京")
        }
    }

    func testRepeatedKeysAreAllKept() throws {
        // The Mastodon outbox quirk: an empty orderedItems, then the real one.
        try parse(#"{"orderedItems":[],"totalItems":2,"orderedItems":["a","b"]}"#) { root in
            XCTAssertEqual(root["orderedItems"]?.elements.count, 0) // lookup: the first
            let lists = root.members.filter { $0.key == "orderedItems" }
            XCTAssertEqual(lists.map { $0.value.elements.count }, [0, 2])
        }
    }

    func testRejectsWhatRFC8259Rejects() {
        // Offsets are 0-based byte positions in the input.
        XCTAssertEqual(failure(#"{"a":1,}"#)?.offset, 7) // trailing comma: a name expected
        XCTAssertEqual(failure("[1,]")?.offset, 3)
        XCTAssertEqual(failure("[01]")?.offset, 2) // leading zero: 0 then junk
        XCTAssertEqual(failure("[1.]")?.offset, 3)
        XCTAssertEqual(failure("[-]")?.offset, 2)
        XCTAssertEqual(failure("[1e]")?.offset, 3)
        XCTAssertEqual(failure("[tru]")?.offset, 4)
        XCTAssertEqual(failure("[nul")?.offset, 4)
        XCTAssertEqual(failure("{'a':1}")?.offset, 1) // single quotes
        XCTAssertEqual(failure(#"{"a" 1}"#)?.offset, 5)
        XCTAssertEqual(failure(#"["a\x"]"#)?.offset, 4) // bad escape
        XCTAssertEqual(failure(#"["\u12G4"]"#)?.offset, 6)
        XCTAssertEqual(failure("[\"a\tb\"]")?.offset, 3) // raw tab inside a string
        XCTAssertEqual(failure("{} x")?.expected, "the end of the JSON value")
        XCTAssertEqual(failure("")?.offset, 0)
        XCTAssertEqual(failure("   ")?.offset, 3)
        // Truncated: the offset is the end of the input.
        let cut = #"{"data":[{"id":"1"},{"id":"#
        XCTAssertEqual(failure(cut)?.offset, cut.utf8.count)
    }

    func testRejectsInvalidUTF8() {
        XCTAssertEqual(failure([0x5B, 0x22, 0xFF, 0x22, 0x5D])?.expected, "valid UTF-8") // never valid
        XCTAssertEqual(failure([0x5B, 0x22, 0xC0, 0xAF, 0x22, 0x5D])?.offset, 2) // overlong "/"
        XCTAssertEqual(failure([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D])?.offset, 2) // UTF-16 surrogate
        XCTAssertEqual(failure([0x5B, 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22, 0x5D])?.offset, 2) // above U+10FFFF
        XCTAssertEqual(failure([0x5B, 0x22, 0xE2, 0x82, 0x22, 0x5D])?.offset, 2) // cut sequence
        XCTAssertNoThrow(try parse([0x5B, 0x22, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0x22, 0x5D])) // € 😀
    }

    func testNestingIsBoundedNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        XCTAssertEqual(failure(deep)?.offset, JSONTape.maxDepth)
        XCTAssertNoThrow(try parse(String(repeating: "[", count: 500) + String(repeating: "]", count: 500)))
    }

    func testLocateGivesThePathOfTheValueBeingRead() throws {
        let text = #"{"data":[{"id":"1"},{"id":"2" "text":"secret"}]}"#
        let bytes = Array(text.utf8)
        let f = try XCTUnwrap(failure(bytes))
        bytes.withUnsafeBufferPointer { b in
            let (path, offset, atEnd) = JSONTape.locate(f, in: b)
            XCTAssertEqual(path, "$.data[1]")
            XCTAssertEqual(offset, 30) // the `"` of "text", where `,` or `}` was expected
            XCTAssertFalse(atEnd)
        }
        let invalid: [UInt8] = Array(#"{"data":[{"text":"ab"#.utf8) + [0xFF] + Array(#""}]}"#.utf8)
        let g = try XCTUnwrap(failure(invalid))
        invalid.withUnsafeBufferPointer { b in
            XCTAssertEqual(JSONTape.locate(g, in: b).path, "$.data[0].text")
        }
    }
}
