import CurbsideRecords
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
///
/// **Types.** A field the reader uses must have the JSON type the API gives it (or be null):
/// ids, `username`, `name`, `description`, `location`, `text`, times and reference types are
/// strings, `public_metrics` counts and mention offsets whole numbers, `entities` an object,
/// its lists arrays. Anything else is a bad record (`bad-type`, with the JSON path), as a
/// CSV cell that is not a number is: a user or tweet is skipped whole in lenient mode.
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
        let tape = JSONTape()
        try lines.forEachLine { bytes, line in
            context.result.recordsRead += 1
            do {
                try lines.parse(bytes, line: line, into: tape)
            } catch let error as ImportError {
                return try context.reject(error)
            }
            let object = tape.root
            guard object.isObject else {
                return try context.reject(ImportError(file: displayName, location: "line \(line), $",
                                                      expected: "a JSON object", reason: "bad-json"))
            }
            try readLine(object, line: line)
        }
        if !users.isEmpty { context.count("user", users.count) }
    }

    private mutating func readLine(_ object: JSONValue, line: Int) throws {
        let at = "line \(line), $"
        if let data = object["data"] {
            context.count("page")
            if let errors = object["errors"], errors.isArray { context.count("api-error", errors.elements.count) }
            let includes = object["includes"]
            var u = 0
            for user in includes?["users"]?.elements ?? .empty {
                defer { u += 1 }
                if user.isObject { try account(user, path: "\(at).includes.users[\(u)]") }
            }
            var authors: [String: String] = [:]
            for t in includes?["tweets"]?.elements ?? .empty {
                if let id = t["id"]?.string, let a = t["author_id"]?.string { authors[id] = a }
            }
            let followTarget = Twarc2Reader.followRequest(object["__twarc"]?["url"]?.string)
            var i = 0
            for item in data.isArray ? data.elements : JSONValue.Elements(single: data) {
                let path = data.isArray ? "\(at).data[\(i)]" : "\(at).data"
                i += 1
                guard item.isObject else {
                    try context.reject(ImportError(file: displayName, location: path, expected: "an object", reason: "bad-json"))
                    continue
                }
                if item.has("username") {
                    try user(item, path: path, follow: followTarget)
                } else {
                    try tweet(item, path: path) { authors[$0] }
                }
            }
        } else if object.has("username"), object.has("id") {
            let follow = Twarc2Reader.followRequest(object["__twarc"]?["url"]?.string)
            try user(object, path: at, follow: follow)
        } else if object.has("text") || object.has("author_id") || object.has("author") {
            if let u = object["author"], u.isObject { try account(u, path: "\(at).author") }
            if let u = object["in_reply_to_user"], u.isObject { try account(u, path: "\(at).in_reply_to_user") }
            var authors: [String: String] = [:]
            var r = 0
            for ref in object["referenced_tweets"]?.elements ?? .empty {
                defer { r += 1 }
                guard ref.isObject, let id = ref["id"]?.string else { continue }
                let nested = ref["tweet"].flatMap { $0.isObject ? $0 : nil }
                let inner = nested ?? ref
                if let u = inner["author"], u.isObject {
                    try account(u, path: "\(at).referenced_tweets[\(r)]\(nested == nil ? "" : ".tweet").author")
                }
                if let a = inner["author_id"]?.string ?? inner["author"]?["id"]?.string {
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

    // MARK: Types

    private enum Expected {
        case string, integer, object, array

        var words: String {
            switch self {
            case .string: return "a JSON string"
            case .integer: return "a whole JSON number"
            case .object: return "a JSON object"
            case .array: return "a JSON array"
            }
        }
    }

    private static let userFields: [(StaticString, Expected)] = [
        ("id", .string), ("username", .string), ("name", .string), ("description", .string), ("location", .string),
        ("created_at", .string), ("public_metrics", .object),
    ]
    private static let metricFields: [(StaticString, Expected)] = [("followers_count", .integer), ("following_count", .integer)]
    private static let tweetFields: [(StaticString, Expected)] = [
        ("id", .string), ("text", .string), ("author_id", .string), ("created_at", .string), ("in_reply_to_user_id", .string),
        ("entities", .object), ("referenced_tweets", .array), ("author", .object), ("in_reply_to_user", .object),
    ]
    private static let entityFields: [(StaticString, Expected)] = [("mentions", .array), ("hashtags", .array)]
    private static let mentionFields: [(StaticString, Expected)] = [("id", .string), ("username", .string), ("start", .integer)]
    private static let hashtagFields: [(StaticString, Expected)] = [("tag", .string)]
    private static let referenceFields: [(StaticString, Expected)] = [("id", .string), ("type", .string), ("tweet", .object)]

    /// The first member of `object` named in `fields` (and not null) with another JSON type, as
    /// a bad record at `path.<field>`; nil when all have their types. One pass over the members
    /// (most fields are usually absent: a lookup per field would scan the object each time).
    private func wrongType(_ object: JSONValue, _ fields: [(StaticString, Expected)], path: @autoclosure () -> String) -> ImportError? {
        let e = object.entry
        guard e.kind == .object else { return nil }
        var k = object.index + 1
        while k < e.end {
            let name = object.base[k]
            let v = JSONValue(base: object.base, bytes: object.bytes, index: k + 1)
            k = v.next
            if v.isNull { continue }
            for (key, expected) in fields {
                if name.escaped {
                    guard JSONTape.decodeString(name, object.bytes) == key.description else { continue }
                } else {
                    guard name.end - name.start == key.utf8CodeUnitCount,
                          memcmp(object.bytes + name.start, key.utf8Start, key.utf8CodeUnitCount) == 0 else { continue }
                }
                let ok: Bool
                switch expected {
                case .string: ok = v.kind == .string
                case .integer: ok = v.int != nil
                case .object: ok = v.isObject
                case .array: ok = v.isArray
                }
                if !ok { return ImportError(file: displayName, location: "\(path()).\(key)", expected: expected.words, reason: "bad-type") }
                break
            }
        }
        return nil
    }

    /// The first wrongly typed field of user object `u` (its `public_metrics` included).
    private func userTypeProblem(_ u: JSONValue, path: @autoclosure () -> String) -> ImportError? {
        if let problem = wrongType(u, Twarc2Reader.userFields, path: path()) { return problem }
        if let metrics = u["public_metrics"], metrics.isObject {
            return wrongType(metrics, Twarc2Reader.metricFields, path: "\(path()).public_metrics")
        }
        return nil
    }

    /// The first wrongly typed field of tweet `t`, its entities and references.
    private func tweetTypeProblem(_ t: JSONValue, path: @autoclosure () -> String) -> ImportError? {
        if let problem = wrongType(t, Twarc2Reader.tweetFields, path: path()) { return problem }
        if let entities = t["entities"], entities.isObject {
            if let problem = wrongType(entities, Twarc2Reader.entityFields, path: "\(path()).entities") { return problem }
            let lists: [(StaticString, [(StaticString, Expected)])] = [("mentions", Twarc2Reader.mentionFields),
                                                                       ("hashtags", Twarc2Reader.hashtagFields)]
            for (list, fields) in lists {
                var i = 0
                for item in entities[list]?.elements ?? .empty {
                    let n = i
                    i += 1
                    guard item.isObject else {
                        return ImportError(file: displayName, location: "\(path()).entities.\(list)[\(n)]",
                                           expected: Expected.object.words, reason: "bad-type")
                    }
                    if let problem = wrongType(item, fields, path: "\(path()).entities.\(list)[\(n)]") { return problem }
                }
            }
        }
        var i = 0
        for ref in t["referenced_tweets"]?.elements ?? .empty {
            let n = i
            i += 1
            if ref.isObject, let problem = wrongType(ref, Twarc2Reader.referenceFields, path: "\(path()).referenced_tweets[\(n)]") {
                return problem
            }
        }
        return nil
    }

    // MARK: Users

    /// Emits an account record for a user object at `path` (ignored when it has no id; a
    /// bad record when a field has the wrong JSON type).
    private mutating func account(_ u: JSONValue, path: @autoclosure () -> String) throws {
        if let problem = userTypeProblem(u, path: path()) { return try context.reject(problem) }
        guard let id = u["id"]?.nonEmptyString else { return }
        let metrics = u["public_metrics"]
        let record = AccountRecord(
            key: key(id), handle: u["username"]?.nonEmptyString, name: u["name"]?.nonEmptyString,
            bio: u["description"]?.nonEmptyString, location: u["location"]?.nonEmptyString,
            followersCount: metrics?["followers_count"]?.int, followingCount: metrics?["following_count"]?.int,
            createdAt: u["created_at"]?.isoTime)
        users.insert(id)
        try sink.account(record)
    }

    /// A user in `data`: an account, and a follow edge when the page is a follower/following list.
    private mutating func user(_ u: JSONValue, path: String, follow: (id: String, followers: Bool)?) throws {
        if let problem = userTypeProblem(u, path: path) { return try context.reject(problem) }
        guard let id = u["id"]?.nonEmptyString else {
            return try context.reject(ImportError(file: displayName, location: "\(path).id", expected: "a user id string",
                                                  reason: "missing-field"))
        }
        try account(u, path: path)
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

    private mutating func tweet(_ t: JSONValue, path: String, authorOf: (String) -> String?) throws {
        if let problem = tweetTypeProblem(t, path: path) { return try context.reject(problem) }
        guard let author = t["author_id"]?.nonEmptyString ?? t["author"]?["id"]?.nonEmptyString else {
            return try context.reject(ImportError(file: displayName, location: "\(path).author_id",
                                                  expected: "the tweet's author id (request author_id)", reason: "missing-field"))
        }
        var time: Int64?
        if let created = t["created_at"] {
            guard let parsed = created.isoTime else {
                return try context.reject(ImportError(file: displayName, location: "\(path).created_at",
                                                      expected: "an ISO 8601 time like 2021-06-26T19:56:26.000Z",
                                                      reason: "bad-timestamp"))
            }
            time = parsed
        }
        context.count("tweet")
        let me = key(author)
        let entities = t["entities"]
        let mentions = entities?["mentions"]?.elements ?? .empty
        // The post's hashtags, on its interactions (a retweet's are the original's).
        var tagList: [String] = []
        for tag in entities?["hashtags"]?.elements ?? .empty where tag.isObject {
            if let text = tag["tag"]?.nonEmptyString { tagList.append(text) }
        }
        let tags = tagList.isEmpty ? nil : tagList
        var mi = 0
        for m in mentions where m.isObject {
            defer { mi += 1 }
            guard let id = m["id"]?.nonEmptyString else { continue }
            if m.has("name") || m.has("description") {
                try account(m, path: "\(path).entities.mentions[\(mi)]") // flattened: the mention carries the user's fields
            } else if !users.contains(id), let handle = m["username"]?.nonEmptyString, handled.insert(id).inserted {
                try sink.account(AccountRecord(key: key(id), handle: handle))
            }
        }

        var replyTo: String?
        var isReply = false
        for ref in t["referenced_tweets"]?.elements ?? .empty where ref.isObject {
            let refId = ref["id"]?.nonEmptyString
            let target = refId.flatMap(authorOf)
            guard let type = ref["type"] else { continue }
            if type.isString("retweeted") {
                context.count("retweet")
                // The `RT @handle:` mention starts at 3; it names the retweeted author.
                let rt = target ?? mentions.first { $0["start"]?.int == 3 }.flatMap { $0["id"]?.nonEmptyString }
                if let rt {
                    if rt != author { try sink.edge(EdgeRecord(source: me, target: key(rt), kind: EdgeKind.repost, at: time, hashtags: tags)) }
                } else {
                    context.count("reference-unresolved")
                }
                return
            } else if type.isString("replied_to") {
                context.count("reply")
                isReply = true
                replyTo = t["in_reply_to_user_id"]?.nonEmptyString ?? target
            } else if type.isString("quoted") {
                context.count("quote")
                if let target {
                    if target != author { try sink.edge(EdgeRecord(source: me, target: key(target), kind: EdgeKind.quote, at: time, hashtags: tags)) }
                } else {
                    context.count("reference-unresolved")
                }
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

        let prefix = isReply ? Twarc2Reader.replyPrefixLength(t["text"]?.string ?? "") : 0
        var seen: [String] = []
        for m in mentions where m.isObject {
            guard let id = m["id"]?.nonEmptyString, id != author else { continue }
            if let start = m["start"]?.int, start < prefix { continue }
            guard !seen.contains(id) else { continue }
            seen.append(id)
            try sink.edge(EdgeRecord(source: me, target: key(id), kind: EdgeKind.mention, at: time, hashtags: tags))
        }
        for text in tags ?? [] { try sink.hashtag(HashtagRecord(account: me, tag: text.lowercased(), at: time)) }
    }
}
