import CurbsideStore
import Foundation
import XCTest
@testable import CurbsideImport

/// Issue #11 item 10: readers as strict on every path as on the main one.
final class ReaderStrictnessTests: XCTestCase {
    // MARK: GraphML not in UTF-8 (transcoded for the tokenizer; before, read by Foundation's XMLParser)

    private func graphML(encoding: String, doctype: String) -> String {
        """
        <?xml version="1.0" encoding="\(encoding)"?>
        \(doctype)<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="h" for="node" attr.name="handle" attr.type="string"/>
        <graph edgedefault="directed">
        <node id="n1"><data key="h">dr_caf\u{E9}_fic</data></node>
        <node id="n2"/>
        <edge source="n1" target="n2"/>
        </graph></graphml>

        """
    }

    private let entityError = "well-formed XML (XML parser error 89: expected no entity declarations (entities are never expanded)); the rest of the file is not read"

    /// An external entity was dropped (not fetched, not refused) and an internal one expanded
    /// on the XMLParser path these documents took; both are refused as in UTF-8 documents.
    func testEntityDeclarationsAreRefusedInDocumentsNotInUTF8() throws {
        let dir = try TestSupport.tempDirectory(self)
        let doctype = """
        <!DOCTYPE graphml [
        <!-- a comment first -->
        <!ENTITY ext SYSTEM "file:///etc/hostname">
        ]>

        """
        let latin1 = try TestSupport.write(Array(graphML(encoding: "ISO-8859-1", doctype: doctype).data(using: .isoLatin1)!),
                                           to: dir, "latin1.graphml")
        let utf16 = try TestSupport.write(Array(graphML(encoding: "UTF-16", doctype: doctype).data(using: .utf16)!),
                                          to: dir, "utf16.graphml")
        let internalOnly = try TestSupport.write(
            Array(graphML(encoding: "ISO-8859-1", doctype: "<!DOCTYPE graphml [<!ENTITY e \"x\">]>\n").data(using: .isoLatin1)!),
            to: dir, "internal.graphml")
        for (path, name, line, column) in [(latin1, "latin1.graphml", 4, 1), (utf16, "utf16.graphml", 4, 1),
                                           (internalOnly, "internal.graphml", 2, 20)] {
            for lenient in [false, true] {
                let options = ImportOptions(lenient: lenient)
                if lenient {
                    let (result, sink, _) = try TestSupport.load(path, options)
                    XCTAssertEqual(result.problems, [ImportError(file: name, location: "line \(line), column \(column)",
                                                                 expected: entityError, reason: "bad-xml")])
                    XCTAssertTrue(sink.accounts.isEmpty && sink.edges.isEmpty, name)
                } else {
                    XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path, options) },
                                   ImportError(file: name, location: "line \(line), column \(column)",
                                               expected: entityError, reason: "bad-xml"))
                }
            }
        }
    }

    /// The same documents without entity declarations still read (DOCTYPE, comments and all).
    func testDocumentsNotInUTF8StillReadDoctypeWithoutEntities() throws {
        let dir = try TestSupport.tempDirectory(self)
        let doctype = "<!DOCTYPE graphml [\n<!-- <!ENTITY in a comment> is not a declaration -->\n<!ELEMENT graphml ANY>\n]>\n"
        for (encoding, data) in [("ISO-8859-1", String.Encoding.isoLatin1), ("UTF-16", .utf16)] {
            let path = try TestSupport.write(Array(graphML(encoding: encoding, doctype: doctype).data(using: data)!),
                                             to: dir, "\(encoding).graphml")
            let (_, sink, _) = try TestSupport.load(path)
            XCTAssertEqual(sink.accounts.compactMap(\.handle), ["dr_caf\u{E9}_fic"], encoding)
            XCTAssertEqual(sink.edges.count, 1, encoding)
        }
    }

    // MARK: twarc2 JSON types

    private func followersPage(_ user: String) -> String {
        #"{"data": [\#(user)], "meta": {"result_count": 1}, "__twarc": {"url": "https://api.twitter.com/2/users/9001/followers?max_results=1000", "version": "2.3.0", "retrieved_at": "2021-06-26T23:00:00+00:00"}}"#
    }

    /// A follower count given as a string, or a tweet's text as a number, was read (or
    /// silently dropped) where CSV refuses a count that is not a number: now a bad record.
    func testTwarc2WrongJSONTypesAreBadRecords() throws {
        let dir = try TestSupport.tempDirectory(self)
        let good = #"{"id": "9002", "username": "nurse_fic", "public_metrics": {"followers_count": 12, "following_count": 3}}"#
        let countAsString = #"{"id": "9003", "username": "gp_fic", "public_metrics": {"followers_count": "12", "following_count": 3}}"#
        let tweet = #"{"id": "1", "author_id": "9001", "created_at": "2021-06-26T19:56:26.000Z", "text": 42}"#
        let mentionStart = #"{"id": "2", "author_id": "9001", "text": "hi @gp_fic", "entities": {"mentions": [{"start": "3", "end": 10, "username": "gp_fic", "id": "9003"}]}}"#
        let path = try TestSupport.write([followersPage(good), followersPage(countAsString), tweet, mentionStart].joined(separator: "\n") + "\n",
                                         to: dir, "mixed.jsonl")
        XCTAssertEqual(TestSupport.importError { _ = try TestSupport.load(path) },
                       ImportError(file: "mixed.jsonl", location: "line 2, $.data[0].public_metrics.followers_count",
                                   expected: "a whole JSON number", reason: "bad-type"))
        let (result, sink, _) = try TestSupport.load(path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["bad-type": 3])
        XCTAssertEqual(result.problems.map(\.location), ["line 2, $.data[0].public_metrics.followers_count", "line 3, $.text",
                                                         "line 4, $.entities.mentions[0].start"])
        XCTAssertEqual(result.problems.map(\.expected), ["a whole JSON number", "a JSON string", "a whole JSON number"])
        XCTAssertEqual(sink.accounts.map(\.key.id), ["9002"])
        XCTAssertEqual(sink.accounts.first?.followersCount, 12)
        XCTAssertEqual(sink.edges.map(\.source.id), ["9002"]) // the one good follower; the bad user and tweets are skipped
    }
}
