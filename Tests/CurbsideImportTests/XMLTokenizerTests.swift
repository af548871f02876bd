import CurbsideStore
import Foundation
import XCTest
@testable import CurbsideImport

/// The byte-level XML tokenizer behind the GraphML and GEXF readers: what it reports (checked
/// against the XML 1.0 specification's rules for references, CDATA, comments and empty-element
/// tags), what it refuses and on which line, and that it reads every encoding it accepts alike.
final class XMLTokenizerTests: XCTestCase {
    /// Records events as text: `<name a=v>`, `</name>`, `"text"` (adjacent text merged).
    private final class Recorder: XMLTokenHandler {
        var events: [String] = []
        var lines: [Int] = []
        func xmlStart(_ name: UnsafeBufferPointer<UInt8>, _ attributes: XMLTokenAttributes, line: Int) {
            var e = "<" + String(decoding: name, as: UTF8.self)
            for i in 0 ..< attributes.count { e += " \(attributes.name(at: i))=\(attributes.value(at: i))" }
            events.append(e + ">")
            lines.append(line)
        }

        func xmlEnd(_ name: UnsafeBufferPointer<UInt8>, line: Int) {
            events.append("</" + String(decoding: name, as: UTF8.self) + ">")
        }

        func xmlText(_ text: UnsafeBufferPointer<UInt8>) {
            let s = String(decoding: text, as: UTF8.self)
            if let last = events.last, last.hasPrefix("\"") {
                events[events.count - 1] = String(last.dropLast()) + s + "\""
            } else {
                events.append("\"" + s + "\"")
            }
        }

        var xmlWantsText: Bool { true }
        var xmlStopped: Bool { false }
    }

    private func tokenize(_ bytes: [UInt8], chunkSize: Int = ByteChunks.defaultChunk) throws -> Recorder {
        let path = try TestSupport.write(bytes, to: try TestSupport.tempDirectory(self), "doc.xml")
        let recorder = Recorder()
        try XMLTokenizer.read(path: path, chunkSize: chunkSize, handler: recorder)
        return recorder
    }

    private func tokenize(_ text: String, chunkSize: Int = ByteChunks.defaultChunk) throws -> Recorder {
        try tokenize(Array(text.utf8), chunkSize: chunkSize)
    }

    private func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> XMLTokenizer.Failure? {
        do {
            _ = try tokenize(bytes)
            XCTFail("expected a failure", file: file, line: line)
        } catch let f as XMLTokenizer.Failure {
            return f
        } catch {
            XCTFail("expected a tokenizer failure, got \(error)", file: file, line: line)
        }
        return nil
    }

    func testEntitiesAndCharacterReferencesInAttributesAndText() throws {
        // XML 1.0 §4.6 (predefined entities), §4.1 (character references), §3.3.3 (attribute
        // values: a literal tab/newline becomes a space, a referenced one stays).
        let r = try tokenize("<r a=\"x &amp; y &lt;&gt; &quot;q&quot;\" b='&apos;&#65;&#x42;&#xe9;&#x1F600;' c=\"1\n2&#10;3\">"
            + "A &amp; B &#169; &#x3C;tag&#x3e;</r>")
        XCTAssertEqual(r.events, [
            "<r a=x & y <> \"q\" b='ABé😀 c=1 2\n3>",
            "\"A & B © <tag>\"",
            "</r>",
        ])
    }

    func testCDATACommentsProcessingInstructionsDoctypeAndSelfClosing() throws {
        let r = try tokenize("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
        <!-- a <comment> with & -->
        <r><![CDATA[<not> &amp; markup]]><e x="1"/><?pi data?><e/><!-- c --></r>
        <!-- trailing comment -->
        """)
        XCTAssertEqual(r.events, ["<r>", "\"<not> &amp; markup\"", "<e x=1>", "</e>", "<e>", "</e>", "</r>"])
        XCTAssertEqual(r.lines, [4, 4, 4])
    }

    func testPrefixedNamesGiveLocalNames() throws {
        let r = try tokenize("<y:r xmlns:y=\"urn:y\"><y:NodeLabel y:id=\"n\">L</y:NodeLabel></y:r>")
        XCTAssertEqual(r.events, ["<r y=urn:y>", "<NodeLabel id=n>", "\"L\"", "</NodeLabel>", "</r>"])
        // The end tag must repeat the qualified name, prefix included (Namespaces in XML §5).
        XCTAssertEqual(failure(Array("<y:r></r>".utf8))?.code, 76) // libxml2 XML_ERR_TAG_NAME_MISMATCH
    }

    func testTagsSplitAcrossChunkBoundaries() throws {
        // ByteChunks reads at least 64 bytes at a time: every token here straddles a boundary
        // somewhere, and the events must be those of one read.
        var doc = "<?xml version=\"1.0\"?>\n<graphml>\n"
        for i in 0 ..< 40 {
            doc += "  <node id=\"n\(i)_fic\" label='Dr &amp; Node \(i) with a long label to cross chunks'>"
                + "<data key=\"d\"><![CDATA[cdata \(i)]]> &#x41;\(i)</data><!-- comment \(i) --></node>\n"
        }
        doc += "</graphml>\n"
        let whole = try tokenize(doc)
        let chunked = try tokenize(doc, chunkSize: 64)
        XCTAssertEqual(chunked.events, whole.events)
        XCTAssertEqual(chunked.lines, whole.lines)
        XCTAssertEqual(chunked.events.first { $0.hasPrefix("<node") }, "<node id=n0_fic label=Dr & Node 0 with a long label to cross chunks>")
        XCTAssertEqual(chunked.events.filter { $0.hasPrefix("\"cdata") }.count, 40)
        XCTAssertTrue(chunked.events.contains("\"cdata 39 A39\""))
        XCTAssertEqual(chunked.lines[1], 3)
        XCTAssertEqual(chunked.lines.last, 42)
    }

    /// Each malformed document gives `bad-xml` through the reader, naming the line where it breaks.
    func testMalformedDocumentsAreBadXMLWithTheirLine() throws {
        let dir = try TestSupport.tempDirectory(self)
        let cases: [(String, [UInt8], Int)] = [
            ("mismatched tag", Array("<graphml>\n<graph>\n</grap>\n</graphml>\n".utf8), 3),
            ("unclosed tag at the end", Array("<graphml>\n<graph>\n".utf8), 3),
            ("end tag with no open element", Array("<graphml/>\n</graphml>\n".utf8), 2),
            ("text after the root", Array("<graphml></graphml>\n\n secret trailing text\n".utf8), 3),
            ("second root element", Array("<graphml/>\n<graphml/>\n".utf8), 2),
            ("< in an attribute value", Array("<graphml>\n<graph id=\"a<b\"/>\n</graphml>\n".utf8), 2),
            ("unterminated comment", Array("<graphml>\n<!-- secret, never closed\n".utf8), 2),
            ("unterminated CDATA", Array("<graphml>\n<![CDATA[ secret, never closed\n".utf8), 2),
            ("unterminated tag", Array("<graphml>\n<graph id=\"g\"".utf8), 2),
            ("invalid UTF-8 in a name", Array("<graphml>\n<gr".utf8) + [0xFF] + Array("ph/>\n</graphml>\n".utf8), 2),
            ("unknown entity", Array("<graphml>\n<graph id=\"&secret;\"/>\n</graphml>\n".utf8), 2),
            ("unknown entity in text", Array("<graphml>\n<graph>\n&nbsp;</graph>\n</graphml>\n".utf8), 3),
            ("entity declaration", Array("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY e \"x\">\n]>\n<graphml/>\n".utf8), 3),
        ]
        for (what, bytes, line) in cases {
            let path = try TestSupport.write(bytes, to: dir, "case.graphml")
            let e = TestSupport.importError { _ = try TestSupport.load(path, ImportOptions(format: .graphml)) }
            XCTAssertEqual(e?.reason, "bad-xml", what)
            XCTAssertEqual(e?.file, "case.graphml", what)
            XCTAssertTrue(e?.location.hasPrefix("line \(line), column ") ?? false, "\(what): \(e?.location ?? "")")
            XCTAssertFalse(e?.description.contains("secret") ?? true, what)
        }
    }

    func testDoctypeWithoutEntitiesIsSkipped() throws {
        let r = try tokenize("<!DOCTYPE r [\n<!ELEMENT r ANY>\n<!ATTLIST r a CDATA \"]>\">\n]>\n<r/>")
        XCTAssertEqual(r.events, ["<r>", "</r>"])
        XCTAssertEqual(r.lines, [5])
    }

    /// A comment in the internal subset is text: its `<!ENTITY` declares nothing and its
    /// apostrophe opens no quote (both were taken for markup: a refused or unfinished DOCTYPE).
    func testCommentsInTheInternalSubsetAreSkipped() throws {
        let doc = "<!DOCTYPE r [\n<!-- <!ENTITY e 'x'> isn't a declaration -->\n<!ELEMENT r ANY>\n]>\n<r/>"
        for chunk in [8, 64, ByteChunks.defaultChunk] {
            let r = try tokenize(doc, chunkSize: chunk)
            XCTAssertEqual(r.events, ["<r>", "</r>"], "\(chunk)")
            XCTAssertEqual(r.lines, [5], "\(chunk)")
        }
        XCTAssertEqual(failure(Array("<!DOCTYPE r [\n<!-- <!ENTITY e 'x'> ]>\n<r/>".utf8)),
                       XMLTokenizer.Failure(line: 2, column: 1, code: XMLError.commentNotFinished.rawValue, what: "`-->` closing a comment"))
        XCTAssertEqual(failure(Array("<!DOCTYPE r [<!-- c --><!ENTITY e 'x'>]>\n<r/>".utf8))?.code, XMLError.entityLoop.rawValue)
    }

    private func detect(_ bytes: [UInt8]) -> XMLEncoding? {
        try? bytes.withUnsafeBufferPointer { try XMLEncoding.detect($0).encoding }
    }

    private func detect(_ text: String) -> XMLEncoding? { detect(Array(text.utf8)) }

    /// The encoding by byte order mark, UTF-16 shape or declaration; nil for a refusal. (The
    /// old `needsFallback` took any name-shaped word after `encoding` for an encoding.)
    func testEncodingDetection() {
        XCTAssertEqual(detect("<?xml version=\"1.0\" encoding=\"UTF-8\"?><graphml/>"), .utf8)
        XCTAssertEqual(detect("<?xml version='1.0' encoding='us-ascii'?><graphml/>"), .utf8)
        XCTAssertEqual(detect("<?xml version = \"1.0\"\n  encoding = 'Latin1' standalone='yes' ?><graphml/>"), .latin1)
        XCTAssertEqual(detect("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml/>"), .latin1)
        XCTAssertEqual(detect("<?xml version=\"1.0\" encoding=\"windows-1252\"?><graphml/>"), .windows1252)
        XCTAssertEqual(detect("<?xml version=\"1.0\"?><graphml/>"), .utf8)
        XCTAssertEqual(detect("<graphml/>"), .utf8)
        XCTAssertEqual(detect(""), .utf8)
        XCTAssertEqual(detect("<?xml-stylesheet href=\"a.xsl\"?><graphml/>"), .utf8) // a processing instruction
        XCTAssertEqual(detect([0xEF, 0xBB, 0xBF] + Array("<graphml/>".utf8)), .utf8)
        XCTAssertEqual(detect([0xFF, 0xFE, 0x3C, 0x00]), .utf16LE)
        XCTAssertEqual(detect([0xFE, 0xFF, 0x00, 0x3C]), .utf16BE)
        XCTAssertEqual(detect([0x3C, 0x00, 0x3F, 0x00]), .utf16LE)
        XCTAssertEqual(detect([0x00, 0x3C, 0x00, 0x3F]), .utf16BE)
        // A byte order mark decides; the declaration must still be well-formed with a known name.
        XCTAssertEqual(detect([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>".utf8)), .utf8)
        XCTAssertNil(detect([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?><a/>".utf8)))
        // Refused: broken declarations, names not read, UTF-16 named for single-byte text, UTF-32.
        for bad in ["<?xml version=\"1.0\" encoding<\"UTF-8\"?><gexf/>", "<?xml version=\"1.0\" encoding=\"UTF-7\"?><a/>",
                    "<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>",
                    "<?xml version=\"1.0\" encoding=\"UTF-32\"?><a/>", "<?xml version=\"1.0\" encoding=\"\"?><a/>",
                    "<?xml version=\"1.0\" encoding=UTF-8?><a/>", "<?xml encoding=\"UTF-8\"?><a/>", "<?xml?><a/>",
                    "<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-8\" version=\"1.0\"?><a/>",
                    "<?xml version=\"1.0\" standalone=\"no\" encoding=\"UTF-8\"?><a/>", "<?xml version=\"1.0\" encoding=\"UTF-8\"",
                    "<?xml encodingt?>"] {
            XCTAssertNil(detect(bad), bad)
        }
        XCTAssertNil(detect([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00]))
        XCTAssertNil(detect([0x00, 0x00, 0x00, 0x3C]))
    }

    /// A Latin-1 file is transcoded and imports with its accented name decoded.
    func testLatin1FileIsTranscoded() throws {
        let head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><key id=\"n\" for=\"node\" attr.name=\"name\"/>"
            + "<graph><node id=\"a_fic\"><data key=\"n\">Dr Ren"
        let bytes = Array(head.utf8) + [0xE9] + Array("</data></node></graph></graphml>\n".utf8)
        let path = try TestSupport.write(bytes, to: try TestSupport.tempDirectory(self), "latin1.graphml")
        let (_, sink, _) = try TestSupport.load(path)
        XCTAssertEqual(sink.accounts.map(\.name), ["Dr René"])
    }

    /// The fixtures read as UTF-8 and re-encoded as ISO-8859-1, Windows-1252 and UTF-16 (both
    /// byte orders, with and without a byte order mark), each in 64-byte chunks (cutting code
    /// units and tokens) and whole, give the same accounts, edges, counts and notes. (Before,
    /// the other encodings went through XMLParser; this compared the two parsers.)
    func testEveryEncodingReadsTheFixturesAlike() throws {
        let files = [("graphml", "nodexl-fictional.graphml"), ("graphml", "gephi-undirected.graphml"),
                     ("graphml", "yed-fictional.graphml"), ("gexf", "gephi-dynamic-1.3.gexf"),
                     ("gexf", "static-undirected-1.2.gexf")]
        let dir = try TestSupport.tempDirectory(self)
        for (folder, name) in files {
            let path = TestSupport.fixtures(folder).appendingPathComponent(name).path
            let (r1, s1, _) = try XMLGraphReader.$chunkSize.withValue(64) { try TestSupport.load(path) }
            XCTAssertFalse(s1.accounts.isEmpty, name)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\""), name)
            func declaring(_ encoding: String) -> String {
                text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"\(encoding)\"")
            }
            let utf16 = Array(declaring("UTF-16").utf16)
            let variants: [(String, [UInt8])] = [
                ("latin1", Array(declaring("ISO-8859-1").data(using: .isoLatin1)!)),
                ("cp1252", Array(declaring("windows-1252").data(using: .isoLatin1)!)),
                ("utf16le-bom", [0xFF, 0xFE] + utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                ("utf16be-bom", [0xFE, 0xFF] + utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
                ("utf16le", utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
                ("utf16be", utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
            ]
            for (label, bytes) in variants {
                let copy = try TestSupport.write(bytes, to: dir.appendingPathComponent(label), name)
                for chunk in [64, ByteChunks.defaultChunk] {
                    let (r2, s2, _) = try XMLGraphReader.$chunkSize.withValue(chunk) { try TestSupport.load(copy) }
                    let what = "\(name) \(label) \(chunk)"
                    XCTAssertEqual(s1.accounts, s2.accounts, what)
                    XCTAssertEqual(s1.edges, s2.edges, what)
                    XCTAssertEqual(r1.counts, r2.counts, what)
                    XCTAssertEqual(r1.notes, r2.notes, what)
                    XCTAssertEqual(r1.recordsRead, r2.recordsRead, what)
                }
            }
        }
    }
}
