import CurbsideGraph
import XCTest
@testable import CurbsideStore

/// `Store.replaceSource`: an earlier source's contribution removed as `forget` removes it and
/// the new import made, in one transaction (issue #13, `import --replace`).
final class ReplaceSourceTests: XCTestCase {
    private let ada = AccountKey(platform: "snap", id: "ada_fic")
    private let ben = AccountKey(platform: "snap", id: "ben_fic")
    private let cy = AccountKey(platform: "snap", id: "cy_fic")

    private struct BadRow: Error {}

    /// edges.txt imported with kind `edge` (ada → ben, ben → cy), then b.txt (cy → ada).
    private func store() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.importSource(path: "edges.txt", format: "snap", sha256: "aa") { sink in
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "edge"))
            try sink.edge(EdgeRecord(source: ben, target: cy, kind: "edge"))
            return ImportCounts(read: 2, skipped: 0, details: #"{"options":{}}"#)
        }
        _ = try store.importSource(path: "b.txt", format: "snap", sha256: "bb") { sink in
            try sink.edge(EdgeRecord(source: cy, target: ada, kind: "edge"))
            return ImportCounts(read: 1, skipped: 0)
        }
        return store
    }

    /// Everything a replace could change, as text: sources, statistics, accounts, edges.
    private func snapshot(_ store: Store) throws -> String {
        let sources = try store.sources().map { "\($0.id) \($0.path) \($0.sha256) \($0.recordsRead) \($0.details ?? "-")" }
        let edges = try store.db.prepare("SELECT source_id, src, dst, kind, count FROM edge ORDER BY 1, 2, 3, 4")
        var rows: [String] = []
        while try edges.step() { rows.append((0 ..< 5).map { String(edges.int64($0)) }.joined(separator: " ")) }
        return "\(sources)\n\(try store.statistics())\n\(try store.accounts().map { "\($0.id) \($0.platformID)" })\n\(rows)"
    }

    func testReplaceRemovesTheOldContributionAndImportsTheNewOneInOneGo() throws {
        let store = try store()
        // Same content, new options: the ties become mentions; ada keeps her id (and label).
        _ = try store.addLabels(path: "labels.csv", sha256: "ll",
                                labels: [SpecialtyLabelRow(platform: "snap", account: "ada_fic", specialty: "cardiology", line: 2)])
        let adaID = try XCTUnwrap(try store.accounts().first { $0.platformID == "ada_fic" }?.id)
        let r = try store.replaceSource(path: "edges.txt", format: "snap", sha256: "aa") { sink in
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "mention", count: 3))
            return ImportCounts(read: 2, skipped: 1, details: #"{"options":{"--kind":"mention"}}"#)
        }
        XCTAssertEqual(r.replaced.map(\.source.path), ["edges.txt"])
        XCTAssertEqual(r.replaced.map(\.edgesRemoved), [2])
        XCTAssertEqual(r.accountsRemoved, 0) // cy is still in b.txt
        let stats = try store.statistics()
        XCTAssertEqual(stats.edges, ["edge": 1, "mention": 1])
        XCTAssertEqual(stats.interactions, ["edge": 1, "mention": 3])
        XCTAssertEqual(try store.sources().map(\.path), ["b.txt", "edges.txt"])
        XCTAssertEqual(try store.sources().last?.importDetails.options, ["--kind": "mention"])
        XCTAssertEqual(try store.accounts().first { $0.platformID == "ada_fic" }?.id, adaID)
        XCTAssertEqual(try store.specialtyLabels()[adaID]?.specialty, "cardiology")
    }

    /// The new import fails strictly (a bad row) after the earlier source was removed inside
    /// the transaction: the store is byte-for-byte what it was, the earlier source included.
    /// (Forgetting first and importing after, in two transactions, fails this test.)
    func testAFailedReplaceLeavesTheOldContribution() throws {
        let store = try store()
        let before = try snapshot(store)
        XCTAssertThrowsError(try store.replaceSource(path: "edges.txt", format: "snap", sha256: "aa") { sink in
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "mention"))
            throw BadRow()
        }) { XCTAssertTrue($0 is BadRow) }
        XCTAssertEqual(try snapshot(store), before)
        XCTAssertEqual(try store.statistics().edges, ["edge": 3])
    }

    /// A file never imported: a plain import. A file matching several earlier sources (the
    /// same content under another path, an older version under the same path): all replaced.
    func testNothingToReplaceAndSeveralToReplace() throws {
        let store = try store()
        let plain = try store.replaceSource(path: "new.txt", format: "snap", sha256: "cc") { sink in
            try sink.edge(EdgeRecord(source: ada, target: cy, kind: "edge"))
            return ImportCounts(read: 1, skipped: 0)
        }
        XCTAssertEqual(plain.replaced.count, 0)
        XCTAssertEqual(try store.sources().count, 3)
        // b.txt now holds edges.txt's old content "aa": both go.
        XCTAssertEqual(try store.sources(replacedBy: "b.txt", sha256: "aa").map(\.path), ["edges.txt", "b.txt"])
        let r = try store.replaceSource(path: "b.txt", format: "snap", sha256: "aa") { sink in
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "edge"))
            return ImportCounts(read: 1, skipped: 0)
        }
        XCTAssertEqual(r.replaced.map(\.source.path), ["edges.txt", "b.txt"])
        XCTAssertEqual(r.accountsRemoved, 0) // cy stays through new.txt
        XCTAssertEqual(try store.sources().map(\.path), ["new.txt", "b.txt"])
        XCTAssertEqual(try store.statistics().edges, ["edge": 2])
    }

    /// Accounts only the replaced source named and the new import does not go, as with forget.
    func testAccountsTheNewImportNoLongerNamesAreRemoved() throws {
        let store = try Store.inMemory()
        _ = try store.importSource(path: "e.txt", format: "snap", sha256: "aa") { sink in
            try sink.edge(EdgeRecord(source: ada, target: ben, kind: "edge"))
            return ImportCounts(read: 1, skipped: 0)
        }
        let r = try store.replaceSource(path: "e.txt", format: "snap", sha256: "ab") { sink in
            try sink.edge(EdgeRecord(source: ada, target: cy, kind: "edge"))
            return ImportCounts(read: 1, skipped: 0)
        }
        XCTAssertEqual(r.accountsRemoved, 1)
        XCTAssertEqual(Set(try store.accounts().map(\.platformID)), ["ada_fic", "cy_fic"])
    }

    /// Details in the shape stores recorded before the structured fields still read.
    func testOlderDetailsStillRead() throws {
        let old = #"{"counts":{"edge":3,"self-loop":1},"notes":["n"],"problems":[],"skipped_by_reason":{"bad-columns":2}}"#
        let d = try XCTUnwrap(ImportDetails.parse(old))
        XCTAssertEqual(d.counts, ["edge": 3, "self-loop": 1])
        XCTAssertEqual(d.skippedByReason, ["bad-columns": 2])
        XCTAssertEqual(d.withoutTieByReason, ["bad-columns": 2])
        XCTAssertEqual(d.selfLoops, 1)
        XCTAssertEqual(d.kindChoices, [])
        XCTAssertNil(d.thirdColumn)
        XCTAssertEqual(d.warnings, [])
        XCTAssertEqual(d.options, [:])
        XCTAssertEqual(d.notes, ["n"])
        // And the new shape round-trips.
        var new = d
        new.kindChoices = [.init(file: "higgs-retweet_network.edgelist", kind: "repost", basis: "file-name", word: "retweet")]
        new.thirdColumn = "weight"
        new.warnings = ["w"]
        new.options = ["--kind": "repost"]
        XCTAssertEqual(ImportDetails.parse(new.json), new)
        XCTAssertNil(ImportDetails.parse("not json"))
        XCTAssertEqual(SourceInfo(id: 1, path: "p", format: "snap", sha256: "s", importedAt: 0, recordsRead: 0, recordsSkipped: 0,
                                  details: nil).importDetails, ImportDetails())
    }
}
