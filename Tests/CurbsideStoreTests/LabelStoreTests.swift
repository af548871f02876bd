import XCTest
@testable import CurbsideStore

final class LabelStoreTests: XCTestCase {
    private func store() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.importSource(path: "a.csv", format: "csv", sha256: "aa") { sink in
            try sink.account(AccountRecord(key: AccountKey(platform: "x", id: "9100000000001"), handle: "Ada_fic"))
            try sink.account(AccountRecord(key: AccountKey(platform: "x", id: "9100000000002"), handle: "ben_fic"))
            try sink.account(AccountRecord(key: AccountKey(platform: "mastodon", id: "ben_fic@example.social"), handle: "ben_fic"))
            return ImportCounts(read: 3, skipped: 0)
        }
        return store
    }

    func testLabelsAreStoredNewestWinsAndRemovable() throws {
        let store = try store()
        let first = try store.addLabels(path: "experts.csv", sha256: "e1", labels: [
            SpecialtyLabelRow(platform: nil, account: "9100000000001", specialty: "cardiology", line: 2),
            SpecialtyLabelRow(platform: "x", account: "@ben_fic", specialty: "207RX0202X", line: 3),
        ])
        XCTAssertFalse(first.alreadyApplied)
        XCTAssertEqual(first.set.labels, 2)
        let second = try store.addLabels(path: "fix.csv", sha256: "e2", labels: [
            SpecialtyLabelRow(platform: nil, account: "@ADA_FIC", specialty: "cardio-oncology", line: 2),
        ])
        var labels = try store.specialtyLabels()
        XCTAssertEqual(labels[1]?.specialty, "cardio-oncology")  // the newer set wins
        XCTAssertEqual(labels[1]?.path, "fix.csv")
        XCTAssertEqual(labels[2]?.specialty, "207RX0202X")
        XCTAssertEqual(try store.labelSets().map(\.path), ["experts.csv", "fix.csv"])
        // The same file again changes nothing.
        XCTAssertTrue(try store.addLabels(path: "again.csv", sha256: "e2", labels: []).alreadyApplied)
        XCTAssertTrue(try store.removeLabels(id: second.set.id))
        XCTAssertFalse(try store.removeLabels(id: second.set.id))
        labels = try store.specialtyLabels()
        XCTAssertEqual(labels[1]?.specialty, "cardiology")
        XCTAssertEqual(try store.labelSets().count, 1)
    }

    /// Forgetting the only source of an account removes the account and the labels and
    /// saved scores that name it; accounts other sources still name keep theirs.
    func testForgetRemovesLabelsAndScoresOfRemovedAccounts() throws {
        let store = try store()
        _ = try store.importSource(path: "b.csv", format: "csv", sha256: "bb") { sink in
            try sink.account(AccountRecord(key: AccountKey(platform: "x", id: "9100000000002"), handle: "ben_fic"))
            return ImportCounts(read: 1, skipped: 0)
        }
        _ = try store.addLabels(path: "experts.csv", sha256: "e1", labels: [
            SpecialtyLabelRow(platform: nil, account: "9100000000001", specialty: "cardiology", line: 2),
            SpecialtyLabelRow(platform: "x", account: "@ben_fic", specialty: "oncology", line: 3),
        ])
        _ = try store.saveScores(run: "influence", parameters: "{}", scores: ["score": [(accountID: 1, value: 0.5), (accountID: 2, value: 0.25)]])
        let first = try XCTUnwrap(try store.sources().first { $0.sha256 == "aa" })
        let result = try store.forget(source: first)
        // @Ada_fic and the Mastodon account go; x/9100000000002 stays (b.csv names it).
        XCTAssertEqual(result.accountsRemoved, 2)
        XCTAssertEqual(try store.specialtyLabels().mapValues(\.specialty), [2: "oncology"])
        XCTAssertEqual(try store.db.scalar("SELECT COUNT(*) FROM account_score"), 1)
        XCTAssertEqual(try store.db.scalar("SELECT account_id FROM account_score"), 2)
    }

    func testUnresolvedAndAmbiguousRowsAreNamed() throws {
        let store = try store()
        // @ben_fic is on two platforms: without a platform it names no single account.
        let rows = [SpecialtyLabelRow(platform: nil, account: "@ben_fic", specialty: "oncology", line: 4),
                    SpecialtyLabelRow(platform: nil, account: "404", specialty: "oncology", line: 5)]
        XCTAssertThrowsError(try store.addLabels(path: "l.csv", sha256: "l", labels: rows)) {
            XCTAssertEqual("\($0)", "l.csv: lines 4, 5: expected one account in the store (a platform id, @handle or handle; a name several accounts share names none: add its platform)")
        }
        XCTAssertTrue(try store.labelSets().isEmpty)
        let lenient = try store.addLabels(path: "l.csv", sha256: "l", labels: rows, skipUnresolved: true)
        XCTAssertEqual(lenient.skippedLines, [4, 5])
        XCTAssertEqual(lenient.set.labels, 0)
        XCTAssertEqual(try store.accountID(platform: "mastodon", account: "@ben_fic"), 3)
    }
}
