import CurbsideStore
import Foundation

/// Reads Twitter API v2 JSON Lines as written by twarc2 (`twarc2 search`, `timeline`,
/// `followers`, …, and `twarc2 flatten`), gzip-compressed or not.
///
/// **Lines.** Each line is one of:
/// - a **response page**: `data` (tweets, or users for follower/following requests),
///   `includes.users`, `includes.tweets`, `meta`, `errors`, and twarc's `__twarc`
///   (`url`, `version`, `retrieved_at`);
/// - a **flattened tweet** (`twarc2 flatten`): a tweet with its expansions inline: `author`,
///   `in_reply_to_user`, `referenced_tweets[].tweet` (or the referenced tweet's fields merged
///   into the reference itself);
/// - a **flattened user**, from flattening a followers/following page.
///
/// **Accounts** (platform `x`, id = the user id): every user object (`data` users,
/// `includes.users`, a flattened `author`, …) → handle (`username`), name, bio
/// (`description`), location, followers/following counts (`public_metrics`), creation time.
/// Mentioned accounts not otherwise described get a record with their handle.
///
/// **Edges** from each tweet in `data` (or each flattened tweet), `author → target`, at the
/// tweet's `created_at`:
/// - `retweeted` reference → `repost` to the retweeted tweet's author (from `includes.tweets`,
///   else the `RT @handle:` mention). A retweet's text, mentions and hashtags are the original
///   author's, so it yields nothing else.
/// - `replied_to` → `reply` to `in_reply_to_user_id` (or the replied tweet's author);
///   replies to oneself (threads) are counted as `self-reply` and yield no edge.
/// - `quoted` → `quote` to the quoted tweet's author.
/// - `entities.mentions` → `mention`, once per account per tweet, skipping the author and the
///   `@handle` prefix v2 puts at the start of replies (reply context, not a mention).
/// - `entities.hashtags[].tag` → ``HashtagRecord`` of the author (lowercased).
///
/// `includes.tweets` only resolve authors: they are not the collected tweets and yield no edges.
///
/// **Follows.** A page of users whose `__twarc.url` is `…/2/users/:id/followers` means each
/// user follows `:id` (`follower` count); `…/2/users/:id/following` means `:id` follows each
/// user (`following` count).
///
/// Counts: `page`, `tweet`, `retweet`, `reply`, `self-reply`, `quote`, `user` (distinct
/// users described), `follower`, `following`, `api-error` (entries of pages' `errors`),
/// `reference-unresolved` (a retweet/reply/quote whose target author is not in the line).
/// `recordsRead` counts lines. Errors name the line and JSON path, never content.
struct Twarc2Reader {
    let file: String
    let displayName: String
    let options: ImportOptions
    let context: ImportContext
    let sink: CountingSink
    static let platform = "x"

    /// Ids of users described by a user object (counted as `user`).
    private var users = Set<String>()
    /// Ids given a handle-only record from a mention (so each gets one).
    private var handled = Set<String>()

    init(file: String, options: ImportOptions, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = file.split(separator: "/").last.map(String.init) ?? file
        self.options = options
        self.context = context
        self.sink = sink
    }

    private func key(_ id: String) -> AccountKey { AccountKey(platform: Twarc2Reader.platform, id: id) }

    mutating func run() throws {
        let lines = JSONLines(file: file, displayName: displayName, maxLineBytes: options.maxLineBytes, context: context)
        try lines.forEachLine { bytes, line in
            context.result.recordsRead += 1
            let value: Any
            do {
                value = try lines.parse(bytes, line: line)
            } catch let error as ImportError {
                return try context.reject(error)
            }
            guard let object = value as? [String: Any] else {
                return try context.reject(ImportError(file: displayName, location: "line \(line), $",
                                                      expected: "a JSON object", reason: "bad-json"))
            }
            try readLine(object, line: line)
        }
        if !users.isEmpty { context.count("user", users.count) }
    }

    private mutating func readLine(_ object: [String: Any], line: Int) throws {
        let at = "line \(line), $"
        if let data = object["data"] {
            context.count("page")
            if let errors = object["errors"] as? [Any] { context.count("api-error", errors.count) }
            let includes = object["includes"] as? [String: Any]
            for user in includes?["users"] as? [[String: Any]] ?? [] { try account(user) }
            var authors: [String: String] = [:]
            for t in includes?["tweets"] as? [[String: Any]] ?? [] {
                if let id = t["id"] as? String, let a = t["author_id"] as? String { authors[id] = a }
            }
            let items: [Any] = (data as? [Any]) ?? [data]
            let followTarget = Twarc2Reader.followRequest((object["__twarc"] as? [String: Any])?["url"] as? String)
            for (i, item) in items.enumerated() {
                let path = data is [Any] ? "\(at).data[\(i)]" : "\(at).data"
                guard let entry = item as? [String: Any] else {
                    try context.reject(ImportError(file: displayName, location: path, expected: "an object", reason: "bad-json"))
                    continue
                }
                if entry["username"] != nil {
                    try user(entry, path: path, follow: followTarget)
                } else {
                    try tweet(entry, path: path) { authors[$0] }
                }
            }
        } else if object["username"] != nil, object["id"] != nil {
            let follow = Twarc2Reader.followRequest((object["__twarc"] as? [String: Any])?["url"] as? String)
            try user(object, path: at, follow: follow)
        } else if object["text"] != nil || object["author_id"] != nil || object["author"] != nil {
            for field in ["author", "in_reply_to_user"] {
                if let u = object[field] as? [String: Any] { try account(u) }
            }
            var authors: [String: String] = [:]
            for ref in object["referenced_tweets"] as? [[String: Any]] ?? [] {
                guard let id = ref["id"] as? String else { continue }
                let inner = (ref["tweet"] as? [String: Any]) ?? ref
                if let u = inner["author"] as? [String: Any] { try account(u) }
                if let a = (inner["author_id"] as? String) ?? ((inner["author"] as? [String: Any])?["id"] as? String) {
                    authors[id] = a
                }
            }
            try tweet(object, path: at) { authors[$0] }
        } else {
            try context.reject(ImportError(file: displayName, location: at,
                                           expected: "a twarc2 response page (data), a flattened tweet (text, author_id) or a user (id, username)",
                                           reason: "unknown-record"))
        }
    }

    /// `…/2/users/<id>/followers` → (id, true); `…/following` → (id, false); else nil.
    static func followRequest(_ url: String?) -> (id: String, followers: Bool)? {
        guard let url, let range = url.range(of: "/2/users/") else { return nil }
        let rest = url[range.upperBound...].prefix { $0 != "?" && $0 != "#" }
        let parts = rest.split(separator: "/")
        guard parts.count == 2, parts[0].allSatisfy(\.isNumber) else { return nil }
        switch parts[1] {
        case "followers": return (String(parts[0]), true)
        case "following": return (String(parts[0]), false)
        default: return nil
        }
    }

    // MARK: Users

    private static func nonEmpty(_ value: Any?) -> String? {
        guard let s = value as? String, !s.isEmpty else { return nil }
        return s
    }

    /// Emits an account record for a user object (ignored when it has no id).
    private mutating func account(_ u: [String: Any]) throws {
        guard let id = Twarc2Reader.nonEmpty(u["id"]) else { return }
        let metrics = u["public_metrics"] as? [String: Any]
        let record = AccountRecord(
            key: key(id), handle: Twarc2Reader.nonEmpty(u["username"]), name: Twarc2Reader.nonEmpty(u["name"]),
            bio: Twarc2Reader.nonEmpty(u["description"]), location: Twarc2Reader.nonEmpty(u["location"]),
            followersCount: metrics?["followers_count"] as? Int, followingCount: metrics?["following_count"] as? Int,
            createdAt: Twarc2Reader.nonEmpty(u["created_at"]).flatMap { Timestamps.parseGeneric($0) })
        users.insert(id)
        try sink.account(record)
    }

    /// A user in `data`: an account, and a follow edge when the page is a follower/following list.
    private mutating func user(_ u: [String: Any], path: String, follow: (id: String, followers: Bool)?) throws {
        guard let id = Twarc2Reader.nonEmpty(u["id"]) else {
            return try context.reject(ImportError(file: displayName, location: "\(path).id", expected: "a user id string",
                                                  reason: "missing-field"))
        }
        try account(u)
        guard let follow else { return }
        if follow.followers {
            context.count("follower")
            try sink.edge(EdgeRecord(source: key(id), target: key(follow.id), kind: EdgeKind.follow))
        } else {
            context.count("following")
            try sink.edge(EdgeRecord(source: key(follow.id), target: key(id), kind: EdgeKind.follow))
        }
    }

    // MARK: Tweets

    /// Length, in Unicode scalars, of the `@a @b ` run that opens a reply's text.
    static func replyPrefixLength(_ text: String) -> Int {
        var n = 0
        var it = text.unicodeScalars.makeIterator()
        var pending = 0
        var inHandle = false
        while let c = it.next() {
            if c == "@", !inHandle {
                inHandle = true
                pending += 1
            } else if inHandle, c.properties.isAlphabetic || ("0" ... "9").contains(c) || c == "_" {
                pending += 1
            } else if inHandle, c == " " || c == "\n" {
                inHandle = false
                pending += 1
                n = pending
            } else if !inHandle, c == " " {
                pending += 1
                n = pending
            } else {
                break
            }
        }
        return n
    }

    private mutating func tweet(_ t: [String: Any], path: String, authorOf: (String) -> String?) throws {
        guard let author = Twarc2Reader.nonEmpty(t["author_id"]) ?? Twarc2Reader.nonEmpty((t["author"] as? [String: Any])?["id"]) else {
            return try context.reject(ImportError(file: displayName, location: "\(path).author_id",
                                                  expected: "the tweet's author id (request author_id)", reason: "missing-field"))
        }
        var time: Int64?
        if let created = t["created_at"] {
            guard let text = created as? String, let parsed = Timestamps.parseGeneric(text) else {
                return try context.reject(ImportError(file: displayName, location: "\(path).created_at",
                                                      expected: "an ISO 8601 time like 2021-06-26T19:56:26.000Z",
                                                      reason: "bad-timestamp"))
            }
            time = parsed
        }
        context.count("tweet")
        let me = key(author)
        let entities = t["entities"] as? [String: Any]
        let mentions = entities?["mentions"] as? [[String: Any]] ?? []
        // The post's hashtags, on its interactions (a retweet's are the original's).
        let tagList = (entities?["hashtags"] as? [[String: Any]] ?? []).compactMap { Twarc2Reader.nonEmpty($0["tag"]) }
        let tags = tagList.isEmpty ? nil : tagList
        for m in mentions {
            guard let id = Twarc2Reader.nonEmpty(m["id"]) else { continue }
            if m["name"] != nil || m["description"] != nil {
                try account(m) // flattened: the mention carries the user's fields
            } else if !users.contains(id), let handle = Twarc2Reader.nonEmpty(m["username"]), handled.insert(id).inserted {
                try sink.account(AccountRecord(key: key(id), handle: handle))
            }
        }

        var replyTo: String?
        var isReply = false
        for ref in t["referenced_tweets"] as? [[String: Any]] ?? [] {
            let refId = Twarc2Reader.nonEmpty(ref["id"])
            let target = refId.flatMap(authorOf)
            switch ref["type"] as? String {
            case "retweeted":
                context.count("retweet")
                // The `RT @handle:` mention starts at 3; it names the retweeted author.
                let rt = target ?? mentions.first { ($0["start"] as? Int) == 3 }.flatMap { Twarc2Reader.nonEmpty($0["id"]) }
                if let rt {
                    if rt != author { try sink.edge(EdgeRecord(source: me, target: key(rt), kind: EdgeKind.repost, at: time, hashtags: tags)) }
                } else {
                    context.count("reference-unresolved")
                }
                return
            case "replied_to":
                context.count("reply")
                isReply = true
                replyTo = Twarc2Reader.nonEmpty(t["in_reply_to_user_id"]) ?? target
            case "quoted":
                context.count("quote")
                if let target {
                    if target != author { try sink.edge(EdgeRecord(source: me, target: key(target), kind: EdgeKind.quote, at: time, hashtags: tags)) }
                } else {
                    context.count("reference-unresolved")
                }
            default:
                break
            }
        }
        if isReply {
            if let replyTo {
                if replyTo == author {
                    context.count("self-reply")
                } else {
                    try sink.edge(EdgeRecord(source: me, target: key(replyTo), kind: EdgeKind.reply, at: time, hashtags: tags))
                }
            } else {
                context.count("reference-unresolved")
            }
        }

        let prefix = isReply ? Twarc2Reader.replyPrefixLength(t["text"] as? String ?? "") : 0
        var seen = Set<String>()
        for m in mentions {
            guard let id = Twarc2Reader.nonEmpty(m["id"]), id != author else { continue }
            if let start = m["start"] as? Int, start < prefix { continue }
            guard seen.insert(id).inserted else { continue }
            try sink.edge(EdgeRecord(source: me, target: key(id), kind: EdgeKind.mention, at: time, hashtags: tags))
        }
        for text in tags ?? [] { try sink.hashtag(HashtagRecord(account: me, tag: text.lowercased(), at: time)) }
    }
}
