import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// The X archive's generations and the files that come and go between them: 2021 `tweet.js`
/// and its `tweet-partN.js`, 2022 `tweets.js` / `tweets-partN.js`, manifest.js file lists,
/// `edit_info` (every version of an edited tweet is in the archive), `screen-name-change.js`.
/// Synthetic archives, fictional `_fic` accounts.
final class XArchiveGenerationTests: XCTestCase {
    private func x(_ id: String) -> AccountKey { AccountKey(platform: "x", id: id) }

    private static let manifest = """
    window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gen_fic", "displayName" : "Dr Gen" } }
    """

    /// A tweet `id` at `day` (November 2021) mentioning `mentions` (id, handle), with optional `edit_info` JSON.
    private static func tweet(_ id: String, day: Int, text: String = "fictional text", mentions: [(String, String)] = [],
                              urls: [String] = [], edit: String? = nil) -> String {
        let m = mentions.map { #"{ "id_str" : "\#($0.0)", "screen_name" : "\#($0.1)", "name" : "N", "indices" : [ "0", "5" ] }"# }
        let u = urls.map { #"{ "expanded_url" : "\#($0)" }"# }
        return """
        { "tweet" : { \(edit.map { "\"edit_info\" : \($0)," } ?? "") "id_str" : "\(id)", "created_at" : "Mon Nov \(String(format: "%02d", day)) 10:00:00 +0000 2021",
          "full_text" : "\(text)", "display_text_range" : [ "0", "14" ],
          "entities" : { "hashtags" : [ ], "user_mentions" : [ \(m.joined(separator: ", ")) ], "urls" : [ \(u.joined(separator: ", ")) ] } } }
        """
    }

    private func archive(_ files: [String: String]) throws -> URL {
        let root = try TestSupport.tempDirectory(self)
        let data = root.appendingPathComponent("data")
        for (name, text) in files { try TestSupport.write(text, to: data, name) }
        return root
    }

    func test2021TweetJSWithParts() throws {
        let root = try archive([
            "manifest.js": Self.manifest,
            "tweet.js": "window.YTD.tweet.part0 = [ \(Self.tweet("1", day: 1, mentions: [("2001", "a_fic")])) ]",
            "tweet-part1.js": "window.YTD.tweet.part1 = [ \(Self.tweet("2", day: 2, mentions: [("2002", "b_fic")])) ]",
        ])
        let (result, sink, source) = try TestSupport.load(root.path)
        XCTAssertEqual(source.format, .xArchive)
        XCTAssertEqual(result.counts["tweet"], 2)
        XCTAssertEqual(sink.edges("mention").map(\.target.id), ["2001", "2002"])
    }

    func test2022TweetsJSWithParts() throws {
        let root = try archive([
            "manifest.js": Self.manifest,
            "tweets.js": "window.YTD.tweets.part0 = [ \(Self.tweet("1", day: 1)) ]",
            "tweets-part1.js": "window.YTD.tweets.part1 = [ \(Self.tweet("2", day: 2)), \(Self.tweet("3", day: 3)) ]",
            "tweets-part2.js": "window.YTD.tweets.part2 = [ \(Self.tweet("4", day: 4)) ]",
            "tweets-part10.js": "window.YTD.tweets.part10 = [ \(Self.tweet("5", day: 5, mentions: [("2005", "e_fic")])) ]",
        ])
        let (result, sink, _) = try TestSupport.load(root.path)
        XCTAssertEqual(result.counts["tweet"], 5)
        XCTAssertEqual(result.recordsRead, 5)
        XCTAssertEqual(sink.edges("mention").map(\.target.id), ["2005"])
    }

    func testManifestListsFilesWithTheirGlobals() throws {
        // The manifest names a file by an unconventional name: it is read because it is listed.
        let manifest = """
        window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_gen_fic" },
          "dataTypes" : { "tweets" : { "files" : [
            { "fileName" : "data/tweets-extra.js", "globalName" : "YTD.tweets.part0", "count" : "1" },
            { "fileName" : "data/tweets-part9.js", "globalName" : "YTD.tweets.part9", "count" : "3" } ] } } }
        """
        let root = try archive(["manifest.js": manifest,
                                "tweets-extra.js": "window.YTD.tweets.part0 = [ \(Self.tweet("1", day: 1)) ]"])
        let (result, _, _) = try TestSupport.load(root.path)
        XCTAssertEqual(result.counts["tweet"], 1)
        XCTAssertTrue(result.notes.contains("data/tweets-part9.js is listed in manifest.js but absent"), "\(result.notes)")

        // A file whose wrapper is not the global the manifest gives is refused.
        let wrong = try archive(["manifest.js": manifest,
                                 "tweets-extra.js": "window.YTD.like.part0 = [ \(Self.tweet("1", day: 1)) ]"])
        let error = TestSupport.importError { _ = try TestSupport.load(wrong.path) }
        XCTAssertEqual(error, ImportError(file: "data/tweets-extra.js", location: "byte 0",
                                          expected: "the wrapper `window.YTD.tweets.part0 =` named in manifest.js",
                                          reason: "bad-wrapper"))
    }

    func testEditedTweetIsReadOnceAtItsLatestVersion() throws {
        // X lists every version of an edited tweet; the first carries `initial.editTweetIds`,
        // later ones `edit.initialTweetId` (with the same list under `editControlInitial`).
        let first = Self.tweet("10", day: 1, mentions: [("2001", "a_fic")],
                                edit: #"{ "initial" : { "editTweetIds" : [ "10", "11" ], "editableUntil" : "2021-11-01T11:00:00.000Z", "editsRemaining" : "4", "isEditEligible" : true } }"#)
        let second = Self.tweet("11", day: 2, mentions: [("2001", "a_fic"), ("2002", "b_fic")],
                                 edit: #"{ "edit" : { "initialTweetId" : "10", "editControlInitial" : { "editTweetIds" : [ "10", "11" ], "editableUntil" : "2021-11-01T11:00:00.000Z", "editsRemaining" : "4", "isEditEligible" : true } } }"#)
        let plain = Self.tweet("12", day: 3, mentions: [("2003", "c_fic")],
                                edit: #"{ "initial" : { "editTweetIds" : [ "12" ], "editableUntil" : "2021-11-03T11:00:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } }"#)
        let root = try archive(["manifest.js": Self.manifest,
                                "tweets.js": "window.YTD.tweets.part0 = [ \(second), \(first), \(plain) ]"])
        let (result, sink, _) = try TestSupport.load(root.path)
        XCTAssertEqual(result.counts["tweet"], 2)
        XCTAssertEqual(result.counts["edit-superseded"], 1)
        let nov2 = Int64(1_635_847_200) // Tue Nov 02 10:00:00 UTC 2021, the edited version's time
        XCTAssertEqual(sink.edges("mention"), [EdgeRecord(source: x("1000"), target: x("2001"), kind: "mention", at: nov2),
                                               EdgeRecord(source: x("1000"), target: x("2002"), kind: "mention", at: nov2),
                                               EdgeRecord(source: x("1000"), target: x("2003"), kind: "mention", at: nov2 + 86400)])
        XCTAssertTrue(result.notes.contains("1 tweets are earlier versions of edited tweets: only the latest version is read"))
    }

    func testScreenNameChangesGiveHandleHistory() throws {
        // No account.js and no userName in the manifest: the handle comes from the latest change.
        let manifest = #"window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000" } }"#
        let changes = """
        window.YTD.screen_name_change.part0 = [
          { "screenNameChange" : { "accountId" : "1000", "screenNameChange" : {
              "changedAt" : "2021-03-01T10:00:00.000Z", "changedFrom" : "mid_fic", "changedTo" : "new_fic" } } },
          { "screenNameChange" : { "accountId" : "1000", "screenNameChange" : {
              "changedAt" : "2019-03-01T10:00:00.000Z", "changedFrom" : "old_fic", "changedTo" : "mid_fic" } } }
        ]
        """
        // A link to one of the owner's tweets under an old handle is a self-link, not an unresolved quote.
        let tweets = "window.YTD.tweets.part0 = [ \(Self.tweet("1", day: 1, urls: ["https://twitter.com/Old_Fic/status/5", "https://twitter.com/other_fic/status/6"])) ]"
        let root = try archive(["manifest.js": manifest, "screen-name-change.js": changes, "tweets.js": tweets])
        let (result, sink, _) = try TestSupport.load(root.path)
        XCTAssertEqual(result.counts["screen-name-change"], 2)
        XCTAssertEqual(sink.accounts.first { $0.key == x("1000") }?.handle, "new_fic")
        XCTAssertEqual(result.counts["quote-unresolved"], 1) // other_fic only
        XCTAssertTrue(sink.edges("quote").isEmpty)

        // A change without its new handle: the file, item and field are named.
        let bad = try archive(["manifest.js": manifest, "screen-name-change.js": """
        window.YTD.screen_name_change.part0 = [ { "screenNameChange" : { "accountId" : "1000", "screenNameChange" : { "changedFrom" : "old_fic" } } } ]
        """])
        let error = TestSupport.importError { _ = try TestSupport.load(bad.path) }
        XCTAssertEqual(error, ImportError(file: "data/screen-name-change.js", location: "$[0].screenNameChange.screenNameChange.changedTo",
                                          expected: "the new handle", reason: "missing-field"))
        let (lenient, _, _) = try TestSupport.load(bad.path, ImportOptions(lenient: true))
        XCTAssertEqual(lenient.skippedByReason, ["missing-field": 1])
    }

    func testInvalidUTF8InATweetIsAnErrorWithPathNotText() throws {
        var bytes = Array("window.YTD.tweets.part0 = [ { \"tweet\" : { \"id_str\" : \"1\", \"full_text\" : \"private ".utf8)
        bytes += [0xC3, 0x28] // an invalid two-byte sequence
        bytes += Array("\" } } ]".utf8)
        let root = try archive(["manifest.js": Self.manifest])
        try TestSupport.write(bytes, to: root.appendingPathComponent("data"), "tweets.js")
        let error = TestSupport.importError { _ = try TestSupport.load(root.path) }
        XCTAssertEqual(error, ImportError(file: "data/tweets.js", location: "$[0].tweet.full_text (byte 81)",
                                          expected: "well-formed JSON (valid UTF-8)", reason: "bad-json"))
        XCTAssertFalse(error?.description.contains("private") ?? true)
    }
}
