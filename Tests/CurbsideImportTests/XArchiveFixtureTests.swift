import CurbsideImport
import CurbsideStore
import Foundation
import XCTest

/// Synthetic X archives with fictional accounts: one tweet per edge kind, malformed files.
final class XArchiveFixtureTests: XCTestCase {
    static let owner = "1000"
    private func x(_ id: String) -> AccountKey { AccountKey(platform: "x", id: id) }

    /// A minimal 2022-style archive: account.js, profile.js, follower.js, following.js, tweets.js, like.js.
    private func makeArchive(tweets: String? = nil, followers: String? = nil, extra: [String: String] = [:]) throws -> URL {
        let root = try TestSupport.tempDirectory(self)
        let data = root.appendingPathComponent("data")
        try TestSupport.write("""
        window.YTD.account.part0 = [ { "account" : { "email" : "private@example.invalid", "username" : "dr_fictional_cardio",
          "accountId" : "1000", "createdAt" : "2015-03-01T10:00:00.000Z", "accountDisplayName" : "Dr Fictional Cardio" } } ]
        """, to: data, "account.js")
        try TestSupport.write("""
        window.YTD.profile.part0 = [ { "profile" : { "description" : { "bio" : "Fictional cardiologist", "location" : "Nowhere" } } } ]
        """, to: data, "profile.js")
        try TestSupport.write(followers ?? """
        window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000", "userLink" : "https://twitter.com/intent/user?user_id=2000" } } ]
        """, to: data, "follower.js")
        try TestSupport.write("""
        window.YTD.following.part0 = [ { "following" : { "accountId" : "3000" } }, { "following" : { "accountId" : "4000" } } ]
        """, to: data, "following.js")
        try TestSupport.write(tweets ?? XArchiveFixtureTests.tweets, to: data, "tweets.js")
        try TestSupport.write("""
        window.YTD.like.part0 = [ { "like" : { "tweetId" : "77", "fullText" : "liked text", "expandedUrl" : "https://twitter.com/i/web/status/77" } },
          { "like" : { "tweetId" : "78", "fullText" : "liked text", "expandedUrl" : "https://twitter.com/nurse_fictional/status/78" } } ]
        """, to: data, "like.js")
        for (name, text) in extra { try TestSupport.write(text, to: data, name) }
        return root
    }

    static let tweets = """
    window.YTD.tweets.part0 = [
      { "tweet" : { "id_str" : "1", "created_at" : "Wed Nov 17 19:49:09 +0000 2021",
        "full_text" : "RT @nurse_fictional: Handover tips with @dr_fictional_onc #NursesRock",
        "display_text_range" : [ "0", "70" ],
        "entities" : { "hashtags" : [ { "text" : "NursesRock" } ],
          "user_mentions" : [ { "id_str" : "3000", "screen_name" : "nurse_fictional", "name" : "Nurse Fictional", "indices" : [ "3", "19" ] },
                              { "id_str" : "4000", "screen_name" : "dr_fictional_onc", "name" : "Dr Onc", "indices" : [ "40", "57" ] } ],
          "urls" : [ ] } } },
      { "tweet" : { "id_str" : "2", "created_at" : "Thu Nov 18 08:00:00 +0100 2021",
        "full_text" : "@dr_fictional_onc agreed, and @dr_fictional_derm too #Cardiology",
        "in_reply_to_status_id_str" : "99", "in_reply_to_user_id_str" : "4000", "in_reply_to_screen_name" : "dr_fictional_onc",
        "display_text_range" : [ "18", "62" ],
        "entities" : { "hashtags" : [ { "text" : "Cardiology" } ],
          "user_mentions" : [ { "id_str" : "4000", "screen_name" : "dr_fictional_onc", "name" : "Dr Onc Renamed", "indices" : [ "0", "17" ] },
                              { "id_str" : "5000", "screen_name" : "dr_fictional_derm", "name" : "Dr Derm", "indices" : [ "30", "48" ] } ],
          "urls" : [ ] } } },
      { "tweet" : { "id_str" : "3", "created_at" : "Fri Nov 19 12:00:00 -0500 2021",
        "full_text" : "Worth reading https://t.co/abc",
        "entities" : { "hashtags" : [ ], "user_mentions" : [ ],
          "urls" : [ { "expanded_url" : "https://twitter.com/Dr_Fictional_Derm/status/12345" },
                     { "expanded_url" : "https://x.com/unknown_fictional/status/6789" },
                     { "expanded_url" : "https://twitter.com/dr_fictional_cardio/status/1" } ] } } },
      { "tweet" : { "id_str" : "4", "created_at" : "Sat Nov 20 00:00:00 +0000 2021",
        "full_text" : "continuing my thread",
        "in_reply_to_status_id_str" : "3", "in_reply_to_user_id_str" : "1000",
        "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] } } }
    ]
    """

    func testEachTweetKindGivesTheRightEdge() throws {
        let root = try makeArchive()
        let (result, sink, source) = try TestSupport.load(root.path)
        XCTAssertEqual(source.format, .xArchive)
        let me = x("1000")
        XCTAssertEqual(sink.edges("follow"), [EdgeRecord(source: x("2000"), target: me, kind: "follow"),
                                              EdgeRecord(source: me, target: x("3000"), kind: "follow"),
                                              EdgeRecord(source: me, target: x("4000"), kind: "follow")])
        // Retweet: repost of the original author only; its mentions and hashtags are not the owner's,
        // but the hashtags are the reposted post's, so the repost joins that conversation.
        XCTAssertEqual(sink.edges("repost"), [EdgeRecord(source: me, target: x("3000"), kind: "repost", at: 1_637_178_549,
                                                         hashtags: ["nursesrock"])])
        // Reply at 08:00 +0100 = 07:00 UTC; the reply prefix @dr_fictional_onc is not a mention. Both
        // interactions carry the post's hashtag, lowercased as the store keeps tags.
        XCTAssertEqual(sink.edges("reply"), [EdgeRecord(source: me, target: x("4000"), kind: "reply", at: 1_637_218_800, hashtags: ["cardiology"])])
        XCTAssertEqual(sink.edges("mention"), [EdgeRecord(source: me, target: x("5000"), kind: "mention", at: 1_637_218_800, hashtags: ["cardiology"])])
        // Quote at 12:00 -0500 = 17:00 UTC; the handle resolves case-insensitively; self-links are ignored.
        XCTAssertEqual(sink.edges("quote"), [EdgeRecord(source: me, target: x("5000"), kind: "quote", at: 1_637_341_200)])
        XCTAssertEqual(result.counts["quote-unresolved"], 1)
        XCTAssertEqual(sink.hashtags, [HashtagRecord(account: me, tag: "cardiology", at: 1_637_218_800)])
        XCTAssertEqual(result.counts["tweet"], 4)
        XCTAssertEqual(result.counts["retweet"], 1)
        XCTAssertEqual(result.counts["reply"], 2)
        XCTAssertEqual(result.counts["self-reply"], 1)
        // Likes: one without an author, one whose handle resolves.
        XCTAssertEqual(result.counts["like"], 2)
        XCTAssertEqual(sink.edges("like"), [EdgeRecord(source: me, target: x("3000"), kind: "like")])
        XCTAssertTrue(result.notes.contains("1 of 2 likes name no resolvable author: no like edge for them"))
        // Owner and mentioned accounts; the e-mail is never stored; last seen name wins.
        let owner = sink.accounts.first { $0.key == me }
        XCTAssertEqual(owner, AccountRecord(key: me, handle: "dr_fictional_cardio", name: "Dr Fictional Cardio",
                                            bio: "Fictional cardiologist", location: "Nowhere", createdAt: 1_425_204_000))
        XCTAssertEqual(sink.accounts.first { $0.key == x("4000") }?.name, "Dr Onc Renamed")
        XCTAssertEqual(Set(sink.accounts.map(\.key.id)), ["1000", "3000", "4000", "5000"])
        XCTAssertFalse(sink.accounts.contains { "\($0)".contains("private@") })
    }

    func testManifestUserInfoAndSplitTweetFiles() throws {
        let root = try makeArchive()
        let data = root.appendingPathComponent("data")
        try FileManager.default.removeItem(at: data.appendingPathComponent("account.js"))
        try FileManager.default.moveItem(at: data.appendingPathComponent("tweets.js"),
                                         to: data.appendingPathComponent("tweets-part1.js"))
        try TestSupport.write("""
        window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_fictional_cardio", "displayName" : "From Manifest" },
          "dataTypes" : { "tweets" : { "files" : [ { "fileName" : "data/tweets-part1.js", "globalName" : "YTD.tweets.part0", "count" : "4" } ] } } }
        """, to: data, "manifest.js")
        // Opening the data folder itself works as well as its parent.
        let (result, sink, _) = try TestSupport.load(data.path)
        XCTAssertEqual(result.counts["tweet"], 4)
        XCTAssertEqual(sink.accounts.first { $0.key == x("1000") }?.name, "From Manifest")
    }

    func testMalformedFilesNameFileAndPath() throws {
        // A follower without accountId.
        let noId = try makeArchive(followers: """
        window.YTD.follower.part0 = [ { "follower" : { "accountId" : "2000" } }, { "follower" : { "userLink" : "x" } } ]
        """)
        let e1 = TestSupport.importError { _ = try TestSupport.load(noId.path) }
        XCTAssertEqual(e1?.description, "data/follower.js: $[1].follower.accountId: expected an account id string")
        XCTAssertEqual(e1?.reason, "missing-field")

        // Truncated JSON.
        let truncated = try makeArchive(followers: "window.YTD.follower.part0 = [ { \"follower\" : { \"accountId\" : \"20")
        let e2 = TestSupport.importError { _ = try TestSupport.load(truncated.path) }
        XCTAssertEqual(e2?.description,
                       "data/follower.js: $[0].follower.accountId (byte 64): expected the rest of the JSON (the file ends early)")
        XCTAssertEqual(e2?.reason, "bad-json")

        // A missing comma in the middle of the tweets file.
        let comma = try makeArchive(tweets: """
        window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1" } }, { "tweet" : { "id_str" : "2" "full_text" : "secret words" } } ]
        """)
        let e4 = TestSupport.importError { _ = try TestSupport.load(comma.path) }
        XCTAssertEqual(e4?.location, "$[1].tweet (byte 91)")
        XCTAssertFalse(e4?.description.contains("secret") ?? true)

        // Wrong wrapper.
        let wrapper = try makeArchive(followers: "var followers = [ ]")
        let e3 = TestSupport.importError { _ = try TestSupport.load(wrapper.path) }
        XCTAssertEqual(e3?.file, "data/follower.js")
        XCTAssertEqual(e3?.reason, "bad-wrapper")

        // Lenient: the bad follower is skipped, the rest imported.
        let (result, sink, _) = try TestSupport.load(noId.path, ImportOptions(lenient: true))
        XCTAssertEqual(result.skippedByReason, ["missing-field": 1])
        XCTAssertEqual(result.counts["follower"], 1)
        XCTAssertEqual(sink.edges("follow").count, 3)
    }

    func testErrorsNeverEchoTweetText() throws {
        let secret = "Patient in bed 4 confided something private"
        let tweets = """
        window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "9", "created_at" : "\(secret)", "full_text" : "\(secret)",
          "entities" : { } } } ]
        """
        let root = try makeArchive(tweets: tweets)
        let error = TestSupport.importError { _ = try TestSupport.load(root.path) }
        XCTAssertEqual(error?.location, "$[0].tweet.created_at")
        XCTAssertEqual(error?.reason, "bad-timestamp")
        let text = error.map { "\($0) \($0.expected) \($0.location)" } ?? ""
        XCTAssertFalse(text.contains("Patient"), text)
        XCTAssertFalse(text.contains("private"), text)
    }
}
