import CurbsideStore
import XCTest
@testable import CurbsideAnalysis

/// One rule for naming an account (``AccountName``): the command line (``AccountResolver``,
/// behind `--focus`, `--account`, collaborator targets, reach and overlap) and the store's
/// label, link and truth files (`Store.accountID`, `addLabels`, `addLinks`) resolve every
/// name to the same account, or both to none. Before, files took bare text as an id only
/// and matched handles ASCII-lowercased, and a link row naming a handle two accounts share
/// was linked to the first of them.
final class AccountNameAgreementTests: XCTestCase {
    /// Accounts chosen to make names collide: one handle on two platforms, a handle equal
    /// to another account's id, handles that differ from a name only in (non-ASCII) case.
    private func store() throws -> Store {
        let store = try Store.inMemory()
        _ = try store.importSource(path: "a.csv", format: "csv", sha256: "aa") { sink in
            let accounts: [(String, String, String)] = [
                ("x", "9100000000001", "Ada_fic"),
                ("x", "9100000000002", "ben_fic"),
                ("mastodon", "ben_fic@example.social", "ben_fic"),
                ("csv", "17", "Dr_Ünal_fic"),
                ("csv", "18", "17"),
                ("x", "9100000000003", "ÉCHO_fic"),
            ]
            for (platform, id, handle) in accounts {
                try sink.account(AccountRecord(key: AccountKey(platform: platform, id: id), handle: handle))
            }
            return ImportCounts(read: accounts.count, skipped: 0)
        }
        return store
    }

    func testCommandLineAndFilesResolveEveryNameAlike() throws {
        let store = try store()
        let loaded = try store.loadGraph()
        let resolver = AccountResolver(accounts: loaded.accounts)
        // name → the store id both must give (nil: no single account).
        let expected: [(String, Int64?)] = [
            ("@ada_fic", 1), ("ADA_FIC", 1), (" @Ada_fic\t", 1), ("9100000000001", 1), ("x:9100000000001", 1),
            ("@ben_fic", nil), ("ben_fic", nil), ("x:9100000000002", 2), ("mastodon:ben_fic@example.social", 3),
            ("17", nil), ("csv:17", 4), ("@17", 5), ("18", 5),
            ("@dr_ünal_fic", 4), ("DR_ÜNAL_FIC", 4), ("@écho_fic", 6),
            ("nobody_fic", nil), ("@9100000000001", nil), ("bluesky:17", nil),
        ]
        for (name, id) in expected {
            let viaResolver = (try? resolver.node(named: name)).map { loaded.accounts[Int($0)].id }
            XCTAssertEqual(viaResolver, id, "command line: \(name)")
            XCTAssertEqual(try store.accountID(platform: nil, account: name), id, "label/truth file: \(name)")
        }
        // A file row's platform column narrows the match.
        XCTAssertEqual(try store.accountID(platform: "mastodon", account: "@BEN_FIC"), 3)
        XCTAssertEqual(try store.accountID(platform: "x", account: "ben_fic"), 2)
        XCTAssertNil(try store.accountID(platform: "x", account: "mastodon:ben_fic@example.social"))
    }

    /// A link row whose name two accounts answer to (on its platform) names no account: the
    /// file is refused naming the line, never linked to the first match.
    func testAmbiguousLinkRowIsRefusedNotFirstMatch() throws {
        let store = try store()
        let rows = [PersonLink(platform: "csv", account: "17", person: "p1", line: 2),
                    PersonLink(platform: "x", account: "@ada_fic", person: "p1", line: 3)]
        XCTAssertThrowsError(try store.addLinks(path: "people.csv", sha256: "p", links: rows)) { error in
            XCTAssertEqual((error as? UnresolvedLinks)?.lines, [2])
        }
        let lenient = try store.addLinks(path: "people.csv", sha256: "p", links: rows, skipUnresolved: true)
        XCTAssertEqual(lenient.skippedLines, [2])
    }
}
