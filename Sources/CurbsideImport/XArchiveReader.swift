import CurbsideStore
import Foundation

/// Reads an X/Twitter personal archive ("Download an archive of your data").
///
/// **Files.** Every `data/*.js` file is JavaScript assigning one JSON value:
/// `window.YTD.<name>.part0 = [ … ]`, and `manifest.js` is `window.__THAR_CONFIG = { … }`.
/// The importer strips everything up to the first `[`/`{` after the `=` and parses the rest
/// as JSON; the format forces whole-file loading anyway. Which files to read comes from
/// manifest.js's `dataTypes.<type>.files[].fileName` when present, plus the conventional
/// names (`tweet.js` of 2021 archives, `tweets.js` of 2022, `tweets-part1.js`, … of split
/// archives), so an archive with a partial or missing manifest still imports.
///
/// **Owner.** From `account.js` (`accountId`, `username`, `accountDisplayName`,
/// `createdAt`; the `email` field is never read) or else manifest.js `userInfo`
/// (`accountId`, `userName`, `displayName`); bio and location from `profile.js`. Accounts
/// use the platform `"x"` and the numeric id strings as ids.
///
/// **Edges** (`a → b` means a pays attention to b):
/// - `follower.js`: follower → owner, `follow`; `following.js`: owner → followed, `follow`.
///   These files carry no time.
/// - Retweets (`full_text` starting `RT @handle:`): owner → original author, `repost`. The
///   author's id is the first `entities.user_mentions` entry (falling back to any mention or
///   handle seen in the archive). The retweeted text's mentions, hashtags and links belong
///   to the original author, so a retweet yields no mention, hashtag or quote records.
/// - Replies: owner → `in_reply_to_user_id_str`, `reply`; self-replies (threads) yield none.
///   Tweets that start with `@handle` carry a reply user but no reply status; they are
///   reply edges too, but only tweets with `in_reply_to_status_id_str` count as `reply`.
/// - Mentions: owner → each mentioned account other than the owner, `mention`, once per
///   tweet. Mentions inside the reply prefix (before `display_text_range`'s start; the
///   `@a @b` X prepends to replies) are reply context, not mentions.
/// - Quotes: the archive has no quoted-tweet field, so a link
///   `twitter.com/<handle>/status/<id>` (or x.com) to another user's tweet in
///   `entities.urls[].expanded_url` counts as a quote: owner → that user, `quote`, when the
///   handle resolves to an id anywhere in the archive; otherwise it is counted as unresolved.
/// - Likes (`like.js`) carry the liked tweet's id and text but no author. They are counted
///   (`counts["like"]`); a like yields a `like` edge only when its URL names a resolvable
///   handle, which real archives (`twitter.com/i/web/status/…`) never do.
///
/// Times come from `created_at` (`"Wed Nov 17 19:49:09 +0000 2021"`, UTC offset applied).
/// Hashtags (`entities.hashtags[].text`, lowercased) become ``HashtagRecord``s of the owner.
/// Every `user_mentions` entry names an account (`id_str`, `screen_name`, `name`); each such
/// account gets one ``AccountRecord`` with its latest handle and name, which is how bare
/// follower ids get handles.
///
/// Counts: `follower`, `following`, `tweet`, `retweet`, `reply` (tweets answering a tweet,
/// self-replies included), `self-reply`, `like`, `quote-unresolved`, `quote-no-author`, plus
/// `edge`, `edge:<kind>`, `account`, `hashtag`.
///
/// Errors name the file and the JSON path (`$[3].tweet.created_at`), never the content.
struct XArchiveReader {
    let store: ArchiveStore
    let context: ImportContext
    let sink: CountingSink
    static let platform = "x"

    private var manifest: [String: Any]?

    init(store: ArchiveStore, context: ImportContext, sink: CountingSink) {
        self.store = store
        self.context = context
        self.sink = sink
    }

    private func key(_ id: String) -> AccountKey { AccountKey(platform: XArchiveReader.platform, id: id) }

    // MARK: Files

    /// Parses a `data/*.js` file: the JSON after the `window.… =` wrapper.
    func parse(_ name: String, expectedGlobal: String? = nil) throws -> Any? {
        guard let data = try store.contents(of: name) else { return nil }
        return try XArchiveReader.parseWrapped(data, file: name, expectedGlobal: expectedGlobal)
    }

    /// Strips the `window.YTD.<name>.partN =` (or `window.__THAR_CONFIG =`) wrapper and parses the JSON.
    static func parseWrapped(_ data: Data, file: String, expectedGlobal: String?) throws -> Any {
        // Locate the wrapper and the JSON body without copying the (possibly large) file.
        let (start, eq, global, bodyStart, bodyEnd) = data.withUnsafeBytes { raw -> (Int, Int, String?, Int, Int) in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            let start = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            var eq = start
            while eq < n, eq < 4096, bytes[eq] != UInt8(ascii: "=") { eq += 1 }
            guard eq < n, eq < 4096 else { return (start, eq, nil, n, n) }
            let global = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< eq]), as: UTF8.self)
                .trimmingASCIIWhitespace()
            var bodyStart = eq + 1
            while bodyStart < n, bytes[bodyStart] != UInt8(ascii: "["), bytes[bodyStart] != UInt8(ascii: "{") {
                bodyStart += 1
            }
            var bodyEnd = n
            while bodyEnd > bodyStart, [32, 9, 10, 13, UInt8(ascii: ";")].contains(bytes[bodyEnd - 1]) { bodyEnd -= 1 }
            return (start, eq, global, bodyStart, bodyEnd)
        }
        guard let global, global.hasPrefix("window.YTD.") || global == "window.__THAR_CONFIG" else {
            throw ImportError(file: file, location: "byte \(start)",
                              expected: "a `window.YTD.<name>.part<N> = [` wrapper", reason: "bad-wrapper")
        }
        if let expectedGlobal, global != "window.\(expectedGlobal)" {
            throw ImportError(file: file, location: "byte \(start)",
                              expected: "the wrapper `window.\(expectedGlobal) =` named in manifest.js",
                              reason: "bad-wrapper")
        }
        guard bodyStart < bodyEnd else {
            throw ImportError(file: file, location: "byte \(eq + 1)", expected: "a JSON array or object after `=`",
                              reason: "bad-json")
        }
        let body = data[(data.startIndex + bodyStart) ..< (data.startIndex + bodyEnd)]
        do {
            return try JSONSerialization.jsonObject(with: body, options: [])
        } catch {
            // Foundation says only that the JSON is broken; find where, as a path and offset.
            if let (path, offset) = JSONLocator.locate([UInt8](body)[...]) {
                let atEnd = bodyStart + offset >= bodyEnd
                throw ImportError(file: file, location: "\(path) (byte \(bodyStart + offset))",
                                  expected: atEnd ? "the rest of the JSON (the file ends early)" : "well-formed JSON",
                                  reason: "bad-json")
            }
            throw ImportError(file: file, location: "$ (JSON from byte \(bodyStart))",
                              expected: "well-formed, complete JSON", reason: "bad-json")
        }
    }

    /// The files holding a data type: manifest.js's list plus the conventional names, deduplicated, sorted.
    private func files(types: [String], bases: [String]) -> [(name: String, global: String?)] {
        var result: [String: String?] = [:]
        if let dataTypes = manifest?["dataTypes"] as? [String: Any] {
            for type in types {
                guard let entry = dataTypes[type] as? [String: Any], let list = entry["files"] as? [[String: Any]] else { continue }
                for file in list {
                    guard let name = file["fileName"] as? String else { continue }
                    let normalized = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
                    if store.names.contains(normalized) {
                        result[normalized] = file["globalName"] as? String
                    } else if (Int(file["count"] as? String ?? "0") ?? 0) > 0 {
                        context.note("\(normalized) is listed in manifest.js but absent")
                    }
                }
            }
        }
        for name in store.names {
            let file = String(name.dropFirst("data/".count))
            for base in bases where file == "\(base).js" || (file.hasPrefix("\(base)-part") && file.hasSuffix(".js")) {
                if result[name] == nil { result[name] = .some(nil) }
            }
        }
        return result.keys.sorted().map { ($0, result[$0] ?? nil) }
    }

    /// Parses each file of a type and calls `body` with its array items and the file name.
    private func forEachItem(types: [String], bases: [String], _ body: (_ item: Any, _ index: Int, _ file: String) throws -> Void) throws {
        for (name, global) in files(types: types, bases: bases) {
            let value: Any?
            do {
                value = try parse(name, expectedGlobal: global)
            } catch let error as ImportError {
                context.result.recordsRead += 1
                try context.reject(error)
                continue
            }
            guard let array = value as? [Any] else {
                context.result.recordsRead += 1
                try context.reject(ImportError(file: name, location: "$", expected: "a JSON array", reason: "bad-json"))
                continue
            }
            for (i, item) in array.enumerated() {
                context.result.recordsRead += 1
                try body(item, i, name)
            }
        }
    }

    // MARK: Reading

    mutating func run() throws {
        if store.names.contains("data/manifest.js") {
            do {
                manifest = try parse("data/manifest.js") as? [String: Any]
            } catch let error as ImportError {
                try context.reject(error)
            }
        }
        let owner = try readOwner()
        var handles: [String: String] = [:] // lowercased handle → id
        if let h = owner.handle { handles[h.lowercased()] = owner.key.id }

        try readFollows(owner: owner.key.id)

        // Tweets: parse once, collect every handle first (quotes may link to accounts
        // mentioned only in later tweets), then emit.
        var tweets: [(tweet: [String: Any], path: String, file: String)] = []
        try forEachItem(types: ["tweets", "tweet"], bases: ["tweets", "tweet"]) { item, i, file in
            guard let tweet = (item as? [String: Any])?["tweet"] as? [String: Any] else {
                return try context.reject(ImportError(file: file, location: "$[\(i)].tweet",
                                                      expected: "an object", reason: "missing-field"))
            }
            tweets.append((tweet, "$[\(i)].tweet", file))
        }
        var mentioned: [String: (handle: String?, name: String?)] = [:]
        for t in tweets {
            for m in XArchiveReader.mentions(of: t.tweet) {
                if let h = m.handle { handles[h.lowercased()] = m.id }
                if m.id != owner.key.id {
                    let previous = mentioned[m.id]
                    mentioned[m.id] = (m.handle ?? previous?.handle, m.name ?? previous?.name)
                }
            }
        }
        var stats = TweetStats()
        for t in tweets {
            try readTweet(t.tweet, path: t.path, file: t.file, owner: owner.key.id, handles: handles, stats: &stats)
        }
        for id in mentioned.keys.sorted() {
            guard let m = mentioned[id] else { continue }
            try sink.account(AccountRecord(key: key(id), handle: m.handle, name: m.name))
        }
        if stats.unresolvedQuotes > 0 {
            context.count("quote-unresolved", stats.unresolvedQuotes)
            context.note("\(stats.unresolvedQuotes) quote links name a handle with no id in the archive: no quote edge")
        }
        if stats.quotesWithoutAuthor > 0 {
            context.count("quote-no-author", stats.quotesWithoutAuthor)
        }
        if stats.unresolvedRetweets > 0 {
            context.note("\(stats.unresolvedRetweets) retweets name an author with no id in the archive (X writes -1 for deleted accounts): no repost edge")
        }
        try readLikes(owner: owner.key.id, handles: handles)
    }

    /// The owner's account record (emitted) from account.js or manifest.js, with profile.js's bio.
    private func readOwner() throws -> AccountRecord {
        var id: String?, handle: String?, name: String?, createdAt: Int64?
        if let accountFile = files(types: ["account"], bases: ["account"]).first {
            var value: Any?
            do {
                value = try parse(accountFile.name, expectedGlobal: accountFile.global)
            } catch let error as ImportError {
                // Lenient: fall back to manifest.js userInfo below.
                try context.reject(error)
            }
            if let account = ((value as? [Any])?.first as? [String: Any])?["account"] as? [String: Any] {
                id = account["accountId"] as? String
                handle = account["username"] as? String
                name = account["accountDisplayName"] as? String
                if let c = account["createdAt"] as? String {
                    createdAt = Timestamps.parseGeneric(c)
                }
            }
        }
        if id == nil, let info = manifest?["userInfo"] as? [String: Any] {
            id = info["accountId"] as? String
            handle = handle ?? info["userName"] as? String
            name = name ?? info["displayName"] as? String
        }
        guard let ownerId = id, !ownerId.isEmpty else {
            throw ImportError(file: "data/account.js", location: "$[0].account.accountId",
                              expected: "the owner's accountId (in account.js, or manifest.js userInfo)",
                              reason: "missing-owner")
        }
        var bio: String?, location: String?
        if let profileFile = files(types: ["profile"], bases: ["profile"]).first {
            do {
                let value = try parse(profileFile.name, expectedGlobal: profileFile.global)
                let profile = ((value as? [Any])?.first as? [String: Any])?["profile"] as? [String: Any]
                let description = profile?["description"] as? [String: Any]
                bio = (description?["bio"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                location = (description?["location"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            } catch let error as ImportError {
                try context.reject(error)
            }
        }
        let record = AccountRecord(key: key(ownerId), handle: handle, name: name, bio: bio, location: location,
                                   createdAt: createdAt)
        try sink.account(record)
        return record
    }

    private func readFollows(owner: String) throws {
        for (type, field) in [("follower", "follower"), ("following", "following")] {
            var n = 0
            try forEachItem(types: [type], bases: [type]) { item, i, file in
                guard let entry = (item as? [String: Any])?[field] as? [String: Any] else {
                    return try context.reject(ImportError(file: file, location: "$[\(i)].\(field)",
                                                          expected: "an object", reason: "missing-field"))
                }
                guard let other = entry["accountId"] as? String, !other.isEmpty else {
                    return try context.reject(ImportError(file: file, location: "$[\(i)].\(field).accountId",
                                                          expected: "an account id string", reason: "missing-field"))
                }
                n += 1
                let edge = type == "follower"
                    ? EdgeRecord(source: key(other), target: key(owner), kind: EdgeKind.follow)
                    : EdgeRecord(source: key(owner), target: key(other), kind: EdgeKind.follow)
                try sink.edge(edge)
            }
            if n > 0 { context.count(type, n) }
        }
    }

    struct TweetStats {
        var unresolvedQuotes = 0
        var quotesWithoutAuthor = 0
        var unresolvedRetweets = 0
    }

    /// A mention entity: id, handle, name, and where it starts in the text.
    struct Mention {
        var id: String
        var handle: String?
        var name: String?
        var start: Int?
    }

    static func int(_ value: Any?) -> Int? {
        if let s = value as? String { return Int(s) }
        if let n = value as? Int { return n }
        return nil
    }

    static func mentions(of tweet: [String: Any]) -> [Mention] {
        let entities = tweet["entities"] as? [String: Any]
        let list = entities?["user_mentions"] as? [[String: Any]] ?? []
        return list.compactMap { m in
            guard let id = (m["id_str"] as? String) ?? (m["id"] as? String), !id.isEmpty, id != "-1" else { return nil }
            let start = (m["indices"] as? [Any])?.first.flatMap { int($0) }
            return Mention(id: id, handle: m["screen_name"] as? String, name: m["name"] as? String, start: start)
        }
    }

    /// What a tweet URL points at.
    enum StatusLink: Equatable {
        case author(String)
        case noAuthor
    }

    /// `https://twitter.com/<handle>/status/<id>` (also x.com, www., mobile.) → the handle;
    /// `…/i/web/status/<id>` → no author; anything else → nil.
    static func statusLink(_ url: String) -> StatusLink? {
        var rest = Substring(url)
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 3 else { return nil }
        let host = parts[0].lowercased()
        guard ["twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com"].contains(host) else {
            return nil
        }
        if parts[1] == "i", parts.count >= 4, parts[2] == "web", parts[3] == "status" || parts[3] == "statuses" {
            return .noAuthor
        }
        guard parts[2] == "status" || parts[2] == "statuses", parts.count >= 4,
              parts[3].prefix(while: { $0.isNumber }).count > 0
        else { return nil }
        let handle = String(parts[1])
        guard handle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return nil }
        return .author(handle)
    }

    private func readTweet(_ tweet: [String: Any], path: String, file: String, owner: String,
                           handles: [String: String], stats: inout TweetStats) throws {
        guard let created = tweet["created_at"] as? String else {
            return try context.reject(ImportError(file: file, location: "\(path).created_at",
                                                  expected: "a date string", reason: "missing-field"))
        }
        guard let time = Timestamps.parseTwitter(created) else {
            return try context.reject(ImportError(file: file, location: "\(path).created_at",
                                                  expected: "a date like \"Wed Nov 17 19:49:09 +0000 2021\"",
                                                  reason: "bad-timestamp"))
        }
        guard let text = (tweet["full_text"] as? String) ?? (tweet["text"] as? String) else {
            return try context.reject(ImportError(file: file, location: "\(path).full_text",
                                                  expected: "a string", reason: "missing-field"))
        }
        let me = key(owner)
        let mentions = XArchiveReader.mentions(of: tweet)
        let entities = tweet["entities"] as? [String: Any]
        // The post's hashtags, on its interactions (a retweet's are the original's).
        let tagList = (entities?["hashtags"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.filter { !$0.isEmpty }
        let tags = tagList.isEmpty ? nil : tagList
        context.count("tweet")

        if text.hasPrefix("RT @") {
            context.count("retweet")
            let handle = String(text.dropFirst(4).prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            let lower = handle.lowercased()
            let author = mentions.first(where: { $0.handle?.lowercased() == lower })?.id
                ?? (handle.isEmpty ? mentions.first?.id : nil)
                ?? handles[lower]
            if let author, author != owner {
                try sink.edge(EdgeRecord(source: me, target: key(author), kind: EdgeKind.repost, at: time, hashtags: tags))
            } else if author == nil {
                stats.unresolvedRetweets += 1
            }
            return
        }

        var replyTarget: String?
        if let status = tweet["in_reply_to_status_id_str"] as? String, !status.isEmpty {
            context.count("reply")
        }
        if let to = tweet["in_reply_to_user_id_str"] as? String, !to.isEmpty {
            if to == owner {
                context.count("self-reply")
            } else {
                replyTarget = to
                try sink.edge(EdgeRecord(source: me, target: key(to), kind: EdgeKind.reply, at: time, hashtags: tags))
            }
        }

        // Mentions in the reply prefix are reply context, not mentions.
        let textStart = ((tweet["display_text_range"] as? [Any])?.first).flatMap { XArchiveReader.int($0) }
        var seen = Set<String>()
        for m in mentions where m.id != owner && !seen.contains(m.id) {
            if let start = m.start, let textStart, start < textStart { continue }
            if textStart == nil, m.id == replyTarget { continue }
            seen.insert(m.id)
            try sink.edge(EdgeRecord(source: me, target: key(m.id), kind: EdgeKind.mention, at: time, hashtags: tags))
        }

        var quoted = Set<String>()
        for url in entities?["urls"] as? [[String: Any]] ?? [] {
            guard let expanded = url["expanded_url"] as? String, let link = XArchiveReader.statusLink(expanded) else { continue }
            switch link {
            case .noAuthor:
                stats.quotesWithoutAuthor += 1
            case let .author(handle):
                guard let id = handles[handle.lowercased()] else {
                    stats.unresolvedQuotes += 1
                    continue
                }
                if id == owner || quoted.contains(id) { continue }
                quoted.insert(id)
                try sink.edge(EdgeRecord(source: me, target: key(id), kind: EdgeKind.quote, at: time, hashtags: tags))
            }
        }

        for t in tags ?? [] { try sink.hashtag(HashtagRecord(account: me, tag: t.lowercased(), at: time)) }
    }

    private func readLikes(owner: String, handles: [String: String]) throws {
        var likes = 0
        var edges = 0
        try forEachItem(types: ["like"], bases: ["like"]) { item, i, file in
            guard let like = (item as? [String: Any])?["like"] as? [String: Any] else {
                return try context.reject(ImportError(file: file, location: "$[\(i)].like",
                                                      expected: "an object", reason: "missing-field"))
            }
            likes += 1
            if let url = like["expandedUrl"] as? String, case let .author(handle)? = XArchiveReader.statusLink(url),
               let id = handles[handle.lowercased()], id != owner {
                edges += 1
                try sink.edge(EdgeRecord(source: key(owner), target: key(id), kind: EdgeKind.like))
            }
        }
        guard likes > 0 else { return }
        context.count("like", likes)
        if edges == 0 {
            context.note("\(likes) likes name no author: no like edges")
        } else if edges < likes {
            context.note("\(likes - edges) of \(likes) likes name no resolvable author: no like edge for them")
        }
    }
}
