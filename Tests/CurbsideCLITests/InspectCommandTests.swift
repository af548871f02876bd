import CurbsideStore
import Foundation
import XCTest

/// `curbside inspect`: every fixture of `Tests/CurbsideImportTests/Fixtures/inspect/` gets a
/// command that, run exactly as printed, imports it with the counts inspect predicted.
final class InspectCommandTests: XCTestCase {
    /// What importing a fixture must give. Counted independently with pandas by
    /// `Tests/References/inspect_fixture_counts.py` (each file read with the options its quirks
    /// need: `encoding="utf-8-sig"` and `skipinitialspace` for the BOM/padded file, `sep=";"`
    /// and latin-1 for the note file, `sep=r"\s+"` without a header for the whitespace lists;
    /// rows with both ids, `value_counts()` of the kind column, rows whose two ids are equal).
    struct Expected {
        var records: Int
        var kinds: [String: Int]
        var selfLoops: Int
        /// Rows skipped, per reason.
        var skipped: [String: Int] = [:]
        /// The flags the printed command must carry after the path (nil: not checked).
        var flags: [String]?
        /// The sum of the ties' counts (weights; 1 per row without) and the first and last time, when checked.
        var weightSum: Int? = nil
        var times: ClosedRange<Int64>? = nil
    }

    /// One entry per fixture file; a fixture without one fails the test.
    static let expected: [String: Expected] = [
        // Codes 1/2/3 are no kinds Curbside knows: they stay as written (and a note says to add --kind-map).
        "coded-kinds.csv": Expected(records: 10, kinds: ["1": 5, "2": 3, "3": 2], selfLoops: 1,
                                    flags: ["--columns", "source=src_user,target=retweeted_user_id,kind=tweet_type,time=created_at",
                                            "--time-format", "%m/%d/%Y %H:%M"], times: 1_341_136_800 ... 1_341_554_400),
        // Default detection reads column 3 as the weight: no flags.
        "weighted.txt": Expected(records: 8, kinds: ["edge": 8], selfLoops: 1, flags: [], weightSum: 31),
        "padded-bom-crlf.csv": Expected(records: 6, kinds: ["edge": 6], selfLoops: 1, flags: [], weightSum: 13),
        "latin1-note.csv": Expected(records: 5, kinds: ["edge": 5], selfLoops: 0,
                                    flags: ["--columns", "source=from_id,target=to_id"]),
        "higgs-like_activity.txt": Expected(records: 9, kinds: ["repost": 4, "mention": 3, "reply": 2], selfLoops: 1,
                                            flags: ["--columns", "source=1,target=2,kind=4,time=3", "--kind-map", "MT=mention,RE=reply,RT=repost"],
                                            times: 1_341_100_972 ... 1_341_104_222),
        // The file name names the kind.
        "fic-mention_network.edgelist": Expected(records: 4, kinds: ["mention": 4], selfLoops: 1, flags: []),
        // Column 4 is a weight, which the SNAP reader alone would take as a kind code.
        "timed-weighted.txt": Expected(records: 4, kinds: ["edge": 4], selfLoops: 1, flags: ["--columns", "source=1,target=2,time=3,weight=4"],
                                       weightSum: 11, times: 1_341_100_972 ... 1_341_102_000),
        // A row without a target and one whose time is none: the command has --lenient.
        "some-bad-rows.csv": Expected(records: 5, kinds: ["edge": 3], selfLoops: 0, skipped: ["missing-field": 1, "bad-timestamp": 1],
                                      flags: ["--lenient"]),
        // Pajek: 5 vertex lines and 7 tie lines; *Edges/*Edgeslist ties each way.
        "pajek-style.net": Expected(records: 12, kinds: ["edge": 13], selfLoops: 2, flags: [], weightSum: 16),
        // networkx write_edgelist with its data dicts: kind words mapped, weights read.
        "networkx-data.edgelist": Expected(records: 5, kinds: ["edge": 2, "mention": 1, "reply": 1, "repost": 1], selfLoops: 1,
                                           flags: [], weightSum: 9),
        // Gephi's spreadsheet export: Type is the direction (no kind map), an undirected row a tie each way.
        "gephi-edges.csv": Expected(records: 6, kinds: ["edge": 8], selfLoops: 1, flags: [], weightSum: 13),
        // NodeXL's edges sheet: the column-group row above the header is skipped, Relationship words read by the reader.
        "nodexl-edges.csv": Expected(records: 7, kinds: ["Tweet": 1, "follow": 1, "mention": 3, "reply": 1, "repost": 1], selfLoops: 1,
                                     flags: [], weightSum: 8, times: 1_637_178_549 ... 1_637_320_500),
    ]

    static let fixtures = CLI.repositoryRoot.appendingPathComponent("Tests/CurbsideImportTests/Fixtures/inspect")

    func testEveryFixturePrintsACommandThatImportsIt() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 7, names.description)
        for name in names {
            guard let want = Self.expected[name] else {
                XCTFail("\(name): a fixture under Fixtures/inspect without expected counts: add it to InspectCommandTests.expected "
                    + "with counts from an independent pandas reading (Tests/References/inspect_fixture_counts.py)")
                continue
            }
            try check(Self.fixtures.appendingPathComponent(name).path, want)
        }
    }

    /// Inspects `path`, runs the printed command in an empty folder and compares the store's counts.
    /// `text`: also check that the text form prints the same command (another dry run).
    private func check(_ path: String, _ want: Expected, extra: [String] = [], text checksText: Bool = true,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let name = (path as NSString).lastPathComponent
        let r = try CLI.run(["inspect", path, "--format", "json"] + extra)
        XCTAssertEqual(r.status, 0, "\(name): \(r.stderr)", file: file, line: line)
        let files = try XCTUnwrap(try CLI.json(r)["files"] as? [[String: Any]], file: file, line: line)
        let report = try XCTUnwrap(files.first, file: file, line: line)
        let command = try XCTUnwrap(report["command"] as? String, file: file, line: line)
        let predicted = try XCTUnwrap(report["ties_by_kind"] as? [String: Int], file: file, line: line)
        let predictedRead = try XCTUnwrap(report["records_read"] as? Int, file: file, line: line)
        let predictedSkipped = try XCTUnwrap(report["records_skipped"] as? Int, file: file, line: line)
        let predictedCounts = try XCTUnwrap(report["counts"] as? [String: Int], file: file, line: line)

        if checksText { // the text form prints the same command
            let text = try CLI.run(["inspect", path] + extra)
            XCTAssertEqual(text.status, 0, text.stderr, file: file, line: line)
            XCTAssertTrue(text.stdout.contains("  command: \(command)\n"), "\(name): \(text.stdout)", file: file, line: line)
        }

        let words = try shellWords(command)
        XCTAssertEqual(Array(words.prefix(3)), ["curbside", "import", path], command, file: file, line: line)
        if let flags = want.flags { XCTAssertEqual(Array(words.dropFirst(3)), flags, "\(name): \(command)", file: file, line: line) }

        // Run as printed, in an empty folder: the default store ./curbside.sqlite.
        let dir = temporaryDirectory()
        let imported = try CLI.run(Array(words.dropFirst()), in: dir)
        XCTAssertEqual(imported.status, 0, "\(name): \(command): \(imported.stderr)", file: file, line: line)
        let source = try XCTUnwrap(try Store(path: dir.appendingPathComponent("curbside.sqlite").path).sources().first, file: file, line: line)
        let details = try XCTUnwrap(source.details.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] },
                                    file: file, line: line)
        let counts = try XCTUnwrap(details["counts"] as? [String: Int], file: file, line: line)
        var kinds: [String: Int] = [:]
        for (key, n) in counts where key.hasPrefix("edge:") { kinds[String(key.dropFirst(5))] = n }

        // Import = inspect's prediction = pandas.
        XCTAssertEqual(kinds, predicted, "\(name): import vs inspect", file: file, line: line)
        XCTAssertEqual(kinds, want.kinds, "\(name): import vs pandas", file: file, line: line)
        XCTAssertEqual(counts, predictedCounts, "\(name): every count", file: file, line: line)
        XCTAssertEqual(source.recordsRead, predictedRead, name, file: file, line: line)
        XCTAssertEqual(source.recordsRead, want.records, name, file: file, line: line)
        XCTAssertEqual(source.recordsSkipped, predictedSkipped, name, file: file, line: line)
        XCTAssertEqual(source.recordsSkipped, want.skipped.values.reduce(0, +), name, file: file, line: line)
        XCTAssertEqual(details["skipped_by_reason"] as? [String: Int], want.skipped, name, file: file, line: line)
        XCTAssertEqual(report["skipped_by_reason"] as? [String: Int], want.skipped, name, file: file, line: line)
        XCTAssertEqual(counts["self-loop"] ?? 0, want.selfLoops, name, file: file, line: line)
        let db = dir.appendingPathComponent("curbside.sqlite").path
        let sums = sqliteRows(db, "SELECT SUM(count), MIN(first_at), MAX(last_at) FROM edge").first ?? []
        if let weightSum = want.weightSum { XCTAssertEqual(sums.first, "\(weightSum)", "\(name): weights", file: file, line: line) }
        if let times = want.times {
            XCTAssertEqual(Array(sums.dropFirst()), ["\(times.lowerBound)", "\(times.upperBound)"], "\(name): times", file: file, line: line)
        }
    }

    /// A mapping given to inspect is applied and printed: the codes become kinds.
    func testGivenFlagsAreKeptInTheCommand() throws {
        let path = Self.fixtures.appendingPathComponent("coded-kinds.csv").path
        try check(path, Expected(records: 10, kinds: ["repost": 5, "reply": 3, "quote": 2], selfLoops: 1,
                                 flags: ["--columns", "source=src_user,target=retweeted_user_id,kind=tweet_type,time=created_at",
                                         "--kind-map", "1=repost,2=reply,3=quote", "--time-format", "%m/%d/%Y %H:%M"]),
                  extra: ["--kind-map", "1=repost,2=reply,3=quote"])
        // Without it, inspect says which flag to add.
        let r = try CLI.run(["inspect", path])
        XCTAssertTrue(r.stdout.contains("the codes 1, 2, 3 are not kinds Curbside knows"), r.stdout)
        XCTAssertTrue(r.stdout.contains("add --kind-map"), r.stdout)
    }

    /// The column report: roles, types, the latin-1 column found and left alone, the dialect.
    func testColumnsAndDialect() throws {
        let r = try CLI.run(["inspect", Self.fixtures.appendingPathComponent("latin1-note.csv").path,
                             Self.fixtures.appendingPathComponent("padded-bom-crlf.csv").path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let files = try XCTUnwrap(try CLI.json(r)["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 2)
        let latin = try XCTUnwrap(files[0]["columns"] as? [[String: Any]])
        XCTAssertEqual(latin.map { $0["role"] as? String }, ["source", "target", "ignored"])
        XCTAssertEqual(latin[2]["invalid_utf8_rows"] as? Int, 3)
        XCTAssertEqual(latin[2]["first_invalid_utf8_line"] as? Int, 2)
        XCTAssertEqual((files[0]["dialect"] as? [String: Any])?["delimiter"] as? String, "semicolon")
        let padded = try XCTUnwrap(files[1]["dialect"] as? [String: Any])
        XCTAssertEqual(padded["bom"] as? Bool, true)
        XCTAssertEqual(padded["crlf"] as? Bool, true)
        XCTAssertEqual(padded["quoted"] as? Bool, true)
        let columns = try XCTUnwrap(files[1]["columns"] as? [[String: Any]])
        XCTAssertEqual(columns.map { $0["role"] as? String }, ["source", "target", "ignored", "weight"])
        XCTAssertEqual(columns.map { $0["type"] as? String }, ["text", "text", "empty", "integer"])
        XCTAssertEqual(columns[0]["samples"] as? [String], ["amy_fic", "bo_fic", "cy_fic"])
    }

    /// Errors are import's: a missing file is bad input (3), a mapped column the file lacks a
    /// usage error (2) naming the columns it has.
    func testErrorsExitAsImportDoes() throws {
        let missing = try CLI.run(["inspect", "no-such-file_fic.csv"], in: temporaryDirectory())
        XCTAssertEqual(missing.status, 3, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("no-such-file_fic.csv: path: expected an existing file or folder"), missing.stderr)
        let unknown = try CLI.run(["inspect", Self.fixtures.appendingPathComponent("latin1-note.csv").path, "--columns", "source=sender_id"])
        XCTAssertEqual(unknown.status, 2, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("expected a column named sender_id for the source (--columns); the file has 1 from_id, 2 to_id, 3 note"),
                      unknown.stderr)
    }

    /// Nothing is written: no store appears in the working folder.
    func testWritesNothing() throws {
        let dir = temporaryDirectory()
        let r = try CLI.run(["inspect", Self.fixtures.appendingPathComponent("weighted.txt").path], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
        XCTAssertTrue(r.stdout.contains("dry run: 8 records read, 8 ties (edge 8), 0 skipped"), r.stdout)
    }

    /// The Higgs activity file (563,069 lines `a b time RT|MT|RE`): the proposed command maps
    /// the codes, and its import's ties per kind equal pandas' `value_counts()` of column 4
    /// (`pd.read_csv(…, sep=" ", header=None)`: RT 354930, RE 36902, MT 171237) and its self-loops
    /// `(df.a == df.b).sum()` = 7588.
    func testHiggsActivityProposesTheCodeMapping() throws {
        let path = try sharedData("higgs-twitter/higgs-activity_time.txt.gz").path
        try check(path, Expected(records: 563_069, kinds: ["repost": 354_930, "reply": 36_902, "mention": 171_237], selfLoops: 7_588,
                                 flags: ["--columns", "source=1,target=2,kind=4,time=3", "--kind-map", "MT=mention,RE=reply,RT=repost"]),
                  text: false)
    }

    /// POSIX shell words of `line`: blanks separate, single quotes quote, `'\''` is a quote.
    private func shellWords(_ line: String) throws -> [String] {
        var words: [String] = [], word = "", inWord = false, quoted = false, escaped = false
        for c in line {
            if escaped {
                word.append(c); escaped = false
            } else if quoted {
                if c == "'" { quoted = false } else { word.append(c) }
            } else if c == "'" {
                quoted = true; inWord = true
            } else if c == "\\" {
                inWord = true; escaped = true
            } else if c == " " {
                if inWord { words.append(word); word = ""; inWord = false }
            } else {
                word.append(c); inWord = true
            }
        }
        XCTAssertFalse(quoted, "an unclosed quote in \(line)")
        if inWord { words.append(word) }
        return words
    }
}
