import CurbsideImport
import XCTest

/// The files that make a `data/` folder an X archive's, as public API (the fuzz harness's
/// zip oracle uses it to pick the folder the importer reads, instead of a copy of the rule).
/// Imported without `@testable`: this file does not compile where the rule is internal.
final class ArchiveMarkerTests: XCTestCase {
    func testMarkersAreTheArchiveFilesAnyCase() {
        for marker in ["manifest.js", "account.js", "follower.js", "following.js", "tweets.js", "tweet.js",
                       "tweets-part1.js", "tweet-headers.js", "Manifest.JS", "TWEETS.js"] {
            XCTAssertTrue(ArchiveMarkers.isMarker(marker), marker)
        }
        for other in ["like.js", "tweetdeck.js", "TweetDeck.js", "tweets.json", "tweets.js.bak", "manifest.json", "data", ""] {
            XCTAssertFalse(ArchiveMarkers.isMarker(other), other)
        }
    }
}
