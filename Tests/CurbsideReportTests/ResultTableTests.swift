import CurbsideReport
import Foundation
import XCTest

final class ResultTableTests: XCTestCase {
    struct Row: Encodable {
        var account: Int64
        var handle: String
        var score: Double
        var specialty: String?
        var verified: Bool
    }

    enum Kind: String, Encodable { case follow, reply }
    struct KindRow: Encodable {
        var kind: Kind
        var edges: UInt32
    }

    let rows = [
        Row(account: 7, handle: "@dr_ada_quillbrook_fic", score: 0.25, specialty: "cardiology", verified: true),
        Row(account: 12345, handle: "@nurse_bo_fic", score: 1.5, specialty: nil, verified: false),
    ]

    func testColumnsFollowDeclarationOrderAndOptionalsStay() throws {
        let table = try ResultTable(rows)
        XCTAssertEqual(table.columns.map(\.key), ["account", "handle", "score", "specialty", "verified"])
        XCTAssertEqual(table.rows[1], [.integer(12345), .text("@nurse_bo_fic"), .number(1.5), .missing, .flag(false)])
    }

    func testTextTableRightAlignsNumbersAndTrimsTrailingSpace() throws {
        var table = try ResultTable(rows)
        table.setDecimals(4, for: "score")
        XCTAssertEqual(table.rendered(as: .table), """
            account  handle                   score  specialty   verified
                  7  @dr_ada_quillbrook_fic  0.2500  cardiology  true
              12345  @nurse_bo_fic           1.5000              false

            """)
    }

    func testCSVUsesKeysAndQuotesPerRFC4180() throws {
        var table = try ResultTable([Row(account: 1, handle: "a,\"b\"\nc", score: 2, specialty: nil, verified: true)])
        table.setTitle("Handle", for: "handle")
        XCTAssertEqual(table.rendered(as: .csv), "account,handle,score,specialty,verified\n1,\"a,\"\"b\"\"\nc\",2,,true\n")
    }

    /// The JSON form is what the commands wrote before the output layer (JSONSerialization,
    /// sorted keys, pretty printed, integral numbers as integers): byte for byte.
    func testJSONMatchesJSONSerialization() throws {
        let table = try ResultTable(rows + [Row(account: 3, handle: "tab\there / \"q\" \u{1}", score: 1e-7, specialty: "x", verified: true)])
        let objects: [[String: Any]] = [
            ["account": 7, "handle": "@dr_ada_quillbrook_fic", "score": 0.25, "specialty": "cardiology", "verified": true],
            ["account": 12345, "handle": "@nurse_bo_fic", "score": 1.5, "specialty": NSNull(), "verified": false],
            ["account": 3, "handle": "tab\there / \"q\" \u{1}", "score": 1e-7, "specialty": "x", "verified": true],
        ]
        let reference = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted])
        XCTAssertEqual(table.rendered(as: .json), String(decoding: reference, as: UTF8.self) + "\n")
        let back = try JSONSerialization.jsonObject(with: Data(table.rendered(as: .json).utf8)) as? [[String: Any]]
        XCTAssertEqual(back?[1]["account"] as? Int, 12345)
        XCTAssertEqual(back?[2]["score"] as? Double, 1e-7)
    }

    func testMarkdownEscapesAndAlignsNumbers() throws {
        let table = try ResultTable([Row(account: 1, handle: "a|b *x*", score: 0.5, specialty: nil, verified: false)])
        XCTAssertEqual(table.rendered(as: .markdown), """
            | account | handle | score | specialty | verified |
            | ---: | --- | ---: | --- | --- |
            | 1 | a\\|b \\*x\\* | 0.5 |  | false |

            """)
    }

    /// A handle with terminal escapes cannot recolour or move the terminal's cursor.
    func testTextTableNeutralisesControlCharacters() throws {
        let table = try ResultTable([Row(account: 1, handle: "\u{1B}[31mred\u{7}\r\u{202E}x", score: 0, specialty: nil, verified: true)])
        let text = table.rendered(as: .table)
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        XCTAssertTrue(text.contains("[31mred x"))
    }

    func testEnumsAndUnsignedEncodeAsScalars() throws {
        let table = try ResultTable([KindRow(kind: .reply, edges: 4_000_000_000)])
        XCTAssertEqual(table.rows, [[.text("reply"), .integer(4_000_000_000)]])
    }

    func testNestedValuesAreRefused() {
        struct Nested: Encodable { var values: [Int] }
        XCTAssertThrowsError(try ResultTable([Nested(values: [1, 2])])) { error in
            guard case EncodingError.invalidValue(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["values"])
        }
    }

    func testSelectingAndExplicitColumnsForEmptyTables() throws {
        let picked = try ResultTable(rows).selecting(["handle", "account"])
        XCTAssertEqual(picked.rendered(as: .csv), "handle,account\n@dr_ada_quillbrook_fic,7\n@nurse_bo_fic,12345\n")
        let empty = try ResultTable([Row](), columns: ["account", "handle"])
        XCTAssertEqual(empty.rendered(as: .csv), "account,handle\n")
        XCTAssertEqual(empty.rendered(as: .json), "[]\n")
        XCTAssertThrowsError(try ResultTable(rows, columns: ["nope"]))
    }

    // MARK: Documents and column settings

    struct Parameters: Encodable {
        var seed: UInt64
        var kinds: [String]
        var window: [String: Int64]
        var note: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: ResultKey.self)
            try c.encode(seed, forKey: ResultKey("seed"))
            try c.encode(kinds, forKey: ResultKey("kinds"))
            try c.encode(window, forKey: ResultKey("window"))
            try c.encode(note, forKey: ResultKey("note"))  // null, not absent
        }
    }
    struct Nested: Encodable {
        var account: String
        var score: Double
        var flags: [String]
        var specialty: String?  // synthesised: absent when nil
    }

    /// An envelope with rows under a key is written as JSONSerialization wrote the same
    /// `[String: Any]` (what influence, reach, communities … printed before the output layer),
    /// nested lists, `null`, integral doubles, huge and tiny numbers and `/` included.
    func testDocumentMatchesJSONSerialization() throws {
        let document = ResultDocument(Parameters(seed: UInt64.max, kinds: ["follow", "a/b"], window: ["since": 1_770_855_819], note: nil),
                                      rows: [Nested(account: "7", score: 5, flags: [], specialty: "cardiology"),
                                             Nested(account: "8", score: 1.5e-7, flags: ["bot"], specialty: nil),
                                             Nested(account: "9", score: 1e20, flags: ["x", "y"], specialty: nil)],
                                      under: "accounts")
        let object: [String: Any] = [
            "seed": UInt64.max, "kinds": ["follow", "a/b"], "window": ["since": Int64(1_770_855_819)], "note": NSNull(),
            "accounts": [
                ["account": "7", "score": 5.0, "flags": [String](), "specialty": "cardiology"] as [String: Any],
                ["account": "8", "score": 1.5e-7, "flags": ["bot"]] as [String: Any],
                ["account": "9", "score": 1e20, "flags": ["x", "y"]] as [String: Any],
            ],
        ]
        let reference = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        XCTAssertEqual(try document.json(), String(decoding: reference, as: UTF8.self) + "\n")
        XCTAssertTrue(try document.json().contains("\"a\\/b\""))
        XCTAssertTrue(try ResultTable.json(["a/b"], escapingSlashes: false).contains("\"a/b\""))
        // An empty row list is JSONSerialization's empty array too.
        let empty = ResultDocument(Parameters(seed: 1, kinds: [], window: [:], note: "n"), rows: [Nested](), under: "accounts")
        let emptyReference = try JSONSerialization.data(withJSONObject: ["seed": 1, "kinds": [String](), "window": [String: Int](), "note": "n",
                                                                         "accounts": [Any]()] as [String: Any],
                                                        options: [.sortedKeys, .prettyPrinted])
        XCTAssertEqual(try empty.json(), String(decoding: emptyReference, as: UTF8.self) + "\n")
    }

    /// Text and Markdown round a column to its decimals; CSV rounds it too, or keeps it in full
    /// with `csv: false`; JSON always writes the value in full.
    func testDecimalsCanLeaveCSVInFull() throws {
        var table = try ResultTable(rows)
        table.setDecimals(1, for: "score", "account", csv: false)
        XCTAssertEqual(table.rendered(as: .csv).split(separator: "\n")[1], "7,@dr_ada_quillbrook_fic,0.25,cardiology,true")
        XCTAssertTrue(table.rendered(as: .table).contains("0.2  cardiology"), table.rendered(as: .table))
        table.setDecimals(1, for: "score")
        XCTAssertEqual(table.rendered(as: .csv).split(separator: "\n")[1], "7,@dr_ada_quillbrook_fic,0.2,cardiology,true")
        XCTAssertTrue(table.rendered(as: .json).contains("\"score\" : 0.25"))
    }

    /// A column of counts with a text row can be right-aligned, a numeric one left-aligned.
    func testAlignmentCanBeSet() throws {
        var table = try ResultTable([KindRow(kind: .follow, edges: 12), KindRow(kind: .reply, edges: 3)])
        table.setRightAligned(true, for: "kind")
        table.setRightAligned(false, for: "edges")
        XCTAssertEqual(table.rendered(as: .table), "  kind  edges\nfollow  12\n reply  3\n")
        XCTAssertEqual(table.rendered(as: .markdown).split(separator: "\n")[1], "| ---: | --- |")
    }
}
