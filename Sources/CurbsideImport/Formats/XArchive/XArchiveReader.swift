import CurbsideRecords
import Foundation

/// Reads an X/Twitter personal archive ("Download an archive of your data").
///
/// **Files.** Every `data/*.js` file is JavaScript assigning one JSON value:
/// `window.YTD.<name>.part0 = [ … ]`, and `manifest.js` is `window.__THAR_CONFIG = { … }`.
/// The importer strips everything up to the first `[`/`{` after the `=` and parses the rest
/// as JSON. Which files to read comes from
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
/// **Edits.** Every version of an edited tweet is in the archive, each with `edit_info`
/// (`initial.editTweetIds` on the first, `edit.initialTweetId` on later ones). Only the
/// latest version present is read; the others are counted `edit-superseded`.
///
/// **Handle history.** `screen-name-change.js` lists the owner's handle changes
/// (`changedFrom` → `changedTo`, `changedAt`): every handle the owner had resolves to the
/// owner in status links, and the latest is the owner's handle when account.js and the
/// manifest give none (count `screen-name-change`).
///
/// **Parsing.** Files are read with ``JSONTape``; a tweets file is streamed item by item.
/// A repeated key in an object reads its first occurrence.
///
/// Counts: `follower`, `following`, `tweet`, `retweet`, `reply` (tweets answering a tweet,
/// self-replies included), `self-reply`, `like`, `quote-unresolved`, `quote-no-author`,
/// `screen-name-change`, `edit-superseded`, plus
/// `edge`, `edge:<kind>`, `account`, `hashtag`.
///
/// Errors name the file and the JSON path (`$[3].tweet.created_at`), never the content.
struct XArchiveReader {
    let store: ArchiveStore
    let context: ImportContext
    let sink: CountingSink
    static let platform = "x"

    /// What manifest.js says: the owner, and the files of each data type.
    struct Manifest {
        var accountId: String?
        var userName: String?
        var displayName: String?
        /// data type → (file name, global name, count as written).
        var files: [String: [(name: String, global: String?, count: Int)]] = [:]
    }

    private var manifest: Manifest?

    init(store: ArchiveStore, context: ImportContext, sink: CountingSink) {
        self.store = store
        self.context = context
        self.sink = sink
    }

    private func key(_ id: String) -> AccountKey { AccountKey(platform: XArchiveReader.platform, id: id) }

    // MARK: Files

    /// Calls `body` with the JSON value of a `data/*.js` file (after the `window.… =` wrapper),
    /// or returns false when the file is absent. The value lives only during the call.
    @discardableResult
    func withParsed(_ name: String, expectedGlobal: String? = nil, _ body: (JSONValue) throws -> Void) throws -> Bool {
        guard let data = try store.contents(of: name) else { return false }
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let body0 = try XArchiveReader.jsonBody(bytes, file: name, expectedGlobal: expectedGlobal)
            let json = UnsafeBufferPointer(rebasing: bytes[body0])
            let tape = JSONTape()
            do {
                try tape.parseWhole(json)
            } catch let failure as JSONTape.Failure {
                throw XArchiveReader.jsonError(failure, json, bodyStart: body0.lowerBound, file: name)
            }
            try body(tape.root)
        }
        return true
    }

    /// Streams the items of a `data/*.js` file holding an array, one parsed item at a time
    /// (so a large tweets.js never becomes one big structure). Returns false when the file is absent.
    @discardableResult
    func forEachArrayItem(_ name: String, expectedGlobal: String?, _ body: (JSONValue, Int) throws -> Void) throws -> Bool {
        guard let data = try store.contents(of: name) else { return false }
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let range = try XArchiveReader.jsonBody(bytes, file: name, expectedGlobal: expectedGlobal)
            let json = UnsafeBufferPointer(rebasing: bytes[range])
            guard json.first == UInt8(ascii: "[") else {
                throw ImportError(file: name, location: "$", expected: "a JSON array", reason: "bad-json")
            }
            let tape = JSONTape()
            let n = json.count
            var i = 1
            var index = 0
            func ws() { while i < n, json[i] == 32 || json[i] == 10 || json[i] == 13 || json[i] == 9 { i += 1 } }
            do {
                ws()
                if i < n, json[i] == UInt8(ascii: "]") {
                    i += 1
                } else {
                    while true {
                        i = try tape.parse(json, from: i)
                        try body(tape.root, index)
                        index += 1
                        ws()
                        guard i < n else { throw JSONTape.Failure(offset: n, expected: "`,` or `]`") }
                        if json[i] == UInt8(ascii: ",") { i += 1; continue }
                        guard json[i] == UInt8(ascii: "]") else { throw JSONTape.Failure(offset: i, expected: "`,` or `]`") }
                        i += 1
                        break
                    }
                }
                ws()
                if i < n { throw JSONTape.Failure(offset: i, expected: "the end of the JSON value") }
            } catch let failure as JSONTape.Failure {
                throw XArchiveReader.jsonError(failure, json, bodyStart: range.lowerBound, file: name)
            }
        }
        return true
    }

    private static func jsonError(_ failure: JSONTape.Failure, _ json: UnsafeBufferPointer<UInt8>, bodyStart: Int, file: String) -> ImportError {
        let (path, offset, atEnd) = JSONTape.locate(failure, in: json)
        return ImportError(file: file, location: "\(path) (byte \(bodyStart + offset))",
                           expected: atEnd ? "the rest of the JSON (the file ends early)" : "well-formed JSON (\(failure.expected))",
                           reason: "bad-json")
    }

    /// The byte range of the JSON after the `window.YTD.<name>.partN =` (or `window.__THAR_CONFIG =`) wrapper.
    static func jsonBody(_ bytes: UnsafeBufferPointer<UInt8>, file: String, expectedGlobal: String?) throws -> Range<Int> {
        let n = bytes.count
        let start = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var eq = start
        while eq < n, eq < 4096, bytes[eq] != UInt8(ascii: "=") { eq += 1 }
        let global: String? = eq < n && eq < 4096
            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< eq]), as: UTF8.self).trimmingASCIIWhitespace() : nil
        guard let global, global.hasPrefix("window.YTD.") || global == "window.__THAR_CONFIG" else {
            throw ImportError(file: file, location: "byte \(start)",
                              expected: "a `window.YTD.<name>.part<N> = [` wrapper", reason: "bad-wrapper")
        }
        if let expectedGlobal, global != "window.\(expectedGlobal)" {
            throw ImportError(file: file, location: "byte \(start)",
                              expected: "the wrapper `window.\(expectedGlobal) =` named in manifest.js",
                              reason: "bad-wrapper")
        }
        var bodyStart = eq + 1
        while bodyStart < n, bytes[bodyStart] != UInt8(ascii: "["), bytes[bodyStart] != UInt8(ascii: "{") { bodyStart += 1 }
        var bodyEnd = n
        while bodyEnd > bodyStart, [32, 9, 10, 13, UInt8(ascii: ";")].contains(bytes[bodyEnd - 1]) { bodyEnd -= 1 }
        guard bodyStart < bodyEnd else {
            throw ImportError(file: file, location: "byte \(eq + 1)", expected: "a JSON array or object after `=`",
                              reason: "bad-json")
        }
        return bodyStart ..< bodyEnd
    }

    /// The files holding a data type: manifest.js's list plus the conventional names, deduplicated, sorted.
    private func files(types: [String], bases: [String]) -> [(name: String, global: String?)] {
        var result: [String: String?] = [:]
        for type in types {
            for file in manifest?.files[type] ?? [] {
                let normalized = file.name.hasPrefix("./") ? String(file.name.dropFirst(2)) : file.name
                if store.names.contains(normalized) {
                    result[normalized] = file.global
                } else if file.count > 0 {
                    context.note("\(normalized) is listed in manifest.js but absent")
                }
            }
        }
        for name in store.names {
            let file = String(name.dropFirst("data/".count))
            for base in bases where file == "\(base).js" || (file.hasPrefix("\(base)-part") && file.hasSuffix(".js")) {
                if result[name] == nil { result[name] = .some(nil) }
            }
        }
        return result.keys.sorted { XArchiveReader.fileOrder($0) < XArchiveReader.fileOrder($1) }.map { ($0, result[$0] ?? nil) }
    }

    /// Orders a type's files as X numbers them: `tweets.js`, `tweets-part1.js`, `tweets-part2.js`, …, `tweets-part10.js`.
    static func fileOrder(_ name: String) -> (String, Int, String) {
        let stem = name.hasSuffix(".js") ? String(name.dropLast(3)) : name
        if let range = stem.range(of: "-part", options: .backwards), let n = Int(stem[range.upperBound...]) {
            return (String(stem[..<range.lowerBound]), n, name)
        }
        return (stem, 0, name)
    }

    /// Streams each file of a type and calls `body` with its array items and the file name.
    /// A file that is not a well-formed array is rejected (lenient mode: the items before
    /// the fault are read, the rest of the file is skipped as one bad record).
    private func forEachItem(types: [String], bases: [String], _ body: (_ item: JSONValue, _ index: Int, _ file: String) throws -> Void) throws {
        for (name, global) in files(types: types, bases: bases) {
            do {
                try forEachArrayItem(name, expectedGlobal: global) { item, i in
                    context.result.recordsRead += 1
                    try body(item, i, name)
                }
            } catch let error as ImportError where error.file == name && ["bad-json", "bad-wrapper"].contains(error.reason) {
                context.result.recordsRead += 1
                try context.reject(error)
            }
        }
    }

    static func readManifest(_ root: JSONValue) -> Manifest {
        var m = Manifest()
        let info = root["userInfo"]
        m.accountId = info?["accountId"]?.string
        m.userName = info?["userName"]?.string
        m.displayName = info?["displayName"]?.string
        for (type, entry) in root["dataTypes"]?.members ?? [] {
            guard let list = entry["files"], list.isArray else { continue }
            var files: [(String, String?, Int)] = []
            for file in list.elements {
                guard let name = file["fileName"]?.string else { continue }
                files.append((name, file["globalName"]?.string, Int(file["count"]?.string ?? "0") ?? 0))
            }
            m.files[type, default: []] += files
        }
        return m
    }

    // MARK: Reading

    mutating func run() throws {
        if store.names.contains("data/manifest.js") {
            do {
                try withParsed("data/manifest.js") { manifest = XArchiveReader.readManifest($0) }
            } catch let error as ImportError {
                try context.reject(error)
            }
        }
        let history = try readScreenNameChanges()
        let owner = try readOwner(latestHandle: history.last?.to)
        var handles: [String: String] = [:] // lowercased handle → id
        // Earlier handles of the owner still name the owner in old links.
        for change in history {
            for h in [change.from, change.to] where !h.isEmpty { handles[h.lowercased()] = owner.key.id }
        }
        if let h = owner.handle { handles[h.lowercased()] = owner.key.id }

        try readFollows(owner: owner.key.id)

        // Tweets: read once into compact facts, collect every handle first (quotes may link
        // to accounts mentioned only in later tweets), then emit.
        var tweets: [TweetFacts] = []
        var files: [String] = []
        try forEachItem(types: ["tweets", "tweet"], bases: ["tweets", "tweet"]) { item, i, file in
            if files.last != file { files.append(file) }
            guard let tweet = item["tweet"], tweet.isObject else {
                return try context.reject(ImportError(file: file, location: "$[\(i)].tweet",
                                                      expected: "an object", reason: "missing-field"))
            }
            tweets.append(XArchiveReader.facts(of: tweet, index: i, file: files.count - 1))
        }
        var mentioned: [String: (handle: String?, name: String?)] = [:]
        for t in tweets {
            for m in t.mentions {
                if let h = m.handle { handles[h.lowercased()] = m.id }
                if m.id != owner.key.id {
                    let previous = mentioned[m.id]
                    mentioned[m.id] = (m.handle ?? previous?.handle, m.name ?? previous?.name)
                }
            }
        }
        let superseded = XArchiveReader.supersededEdits(tweets)
        if !superseded.isEmpty {
            context.count("edit-superseded", superseded.count)
            context.note("\(superseded.count) tweets are earlier versions of edited tweets: only the latest version is read")
        }
        var stats = TweetStats()
        for (k, t) in tweets.enumerated() where !superseded.contains(k) {
            try readTweet(t, file: files[t.file], owner: owner.key.id, handles: handles, stats: &stats)
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

    /// One change of the owner's handle (`screen-name-change.js`).
    struct HandleChange {
        var at: Int64?
        var from: String
        var to: String
    }

    /// The owner's handle history from `screen-name-change.js`, oldest first (count `screen-name-change`).
    private func readScreenNameChanges() throws -> [HandleChange] {
        var changes: [HandleChange] = []
        try forEachItem(types: ["screenNameChange"], bases: ["screen-name-change"]) { item, i, file in
            guard let change = item["screenNameChange"]?["screenNameChange"], change.isObject,
                  let to = change["changedTo"]?.nonEmptyString
            else {
                return try context.reject(ImportError(file: file, location: "$[\(i)].screenNameChange.screenNameChange.changedTo",
                                                      expected: "the new handle", reason: "missing-field"))
            }
            changes.append(HandleChange(at: change["changedAt"]?.string.flatMap { Timestamps.parseGeneric($0) },
                                        from: change["changedFrom"]?.string ?? "", to: to))
        }
        if !changes.isEmpty { context.count("screen-name-change", changes.count) }
        // Oldest first; changes without a time keep their file order.
        return changes.enumerated().sorted { a, b in
            (a.element.at ?? .min, a.offset) < (b.element.at ?? .min, b.offset)
        }.map(\.element)
    }

    /// The owner's account record (emitted) from account.js or manifest.js, with profile.js's
    /// bio; the handle falls back to the latest `screen-name-change.js` entry.
    private func readOwner(latestHandle: String?) throws -> AccountRecord {
        var id: String?, handle: String?, name: String?, createdAt: Int64?
        if let accountFile = files(types: ["account"], bases: ["account"]).first {
            do {
                try withParsed(accountFile.name, expectedGlobal: accountFile.global) { value in
                    guard let account = value.elements.first(where: { _ in true })?["account"], account.isObject else { return }
                    id = account["accountId"]?.string
                    handle = account["username"]?.string
                    name = account["accountDisplayName"]?.string
                    createdAt = account["createdAt"]?.string.flatMap { Timestamps.parseGeneric($0) }
                }
            } catch let error as ImportError {
                // Lenient: fall back to manifest.js userInfo below.
                try context.reject(error)
            }
        }
        if id == nil, let manifest, let accountId = manifest.accountId {
            id = accountId
            handle = handle ?? manifest.userName
            name = name ?? manifest.displayName
        }
        handle = handle ?? latestHandle
        guard let ownerId = id, !ownerId.isEmpty else {
            throw ImportError(file: "data/account.js", location: "$[0].account.accountId",
                              expected: "the owner's accountId (in account.js, or manifest.js userInfo)",
                              reason: "missing-owner")
        }
        var bio: String?, location: String?
        if let profileFile = files(types: ["profile"], bases: ["profile"]).first {
            do {
                try withParsed(profileFile.name, expectedGlobal: profileFile.global) { value in
                    let description = value.elements.first(where: { _ in true })?["profile"]?["description"]
                    bio = description?["bio"]?.nonEmptyString
                    location = description?["location"]?.nonEmptyString
                }
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
                guard let entry = type == "follower" ? item["follower"] : item["following"], entry.isObject else {
                    return try context.reject(ImportError(file: file, location: "$[\(i)].\(field)",
                                                          expected: "an object", reason: "missing-field"))
                }
                guard let other = entry["accountId"]?.nonEmptyString else {
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

    /// A number written as a JSON number or as a string (archives write `"5"`).
    static func int(_ value: JSONValue?) -> Int? {
        guard let value else { return nil }
        if let s = value.string { return Int(s) }
        return value.int
    }

    static func mentions(of tweet: JSONValue) -> [Mention] {
        guard let list = tweet["entities"]?["user_mentions"] else { return [] }
        var out: [Mention] = []
        for m in list.elements where m.isObject {
            guard let id = m["id_str"]?.string ?? m["id"]?.string, !id.isEmpty, id != "-1" else { continue }
            let start = m["indices"]?.elements.first(where: { _ in true }).flatMap { int($0) }
            out.append(Mention(id: id, handle: m["screen_name"]?.string, name: m["name"]?.string, start: start))
        }
        return out
    }

    /// What the reader needs of one tweet, pulled out of the JSON in one pass.
    struct TweetFacts {
        var index: Int
        /// Index into the list of tweet files read.
        var file: Int
        var id: String?
        var createdAt: String?
        var hasText = false
        /// The handle after a leading `RT @`, when the text starts so.
        var retweetOf: String?
        var replyStatus = false
        var replyUser: String?
        var textStart: Int?
        var mentions: [Mention] = []
        var statusLinks: [StatusLink] = []
        var hashtags: [String] = []
        /// `edit_info`: the first version's id and the ids of all versions, when edited.
        var editInitial: String?
        var editIds: [String] = []

        var path: String { "$[\(index)].tweet" }
    }

    static func facts(of tweet: JSONValue, index: Int, file: Int) -> TweetFacts {
        var f = TweetFacts(index: index, file: file)
        f.id = tweet["id_str"]?.string ?? tweet["id"]?.string
        f.createdAt = tweet["created_at"]?.string
        if let text = tweet["full_text"] ?? tweet["text"], let raw = text.rawStringBytes {
            f.hasText = true
            // `RT @handle:`: handles are ASCII letters, digits and `_`, so the raw bytes suffice.
            if raw.count >= 4, raw[0] == 82, raw[1] == 84, raw[2] == 32, raw[3] == 64 {
                var k = 4
                while k < raw.count, raw[k] < 0x80, isHandleByte(raw[k]) { k += 1 }
                f.retweetOf = String(decoding: UnsafeBufferPointer(rebasing: raw[4 ..< k]), as: UTF8.self)
            }
        }
        f.mentions = mentions(of: tweet)
        // A retweet's hashtags are the original's: they go on its repost edge (the event's
        // conversation) but not to the owner's own hashtags.
        for tag in tweet["entities"]?["hashtags"]?.elements ?? .empty {
            guard let t = tag["text"]?.nonEmptyString else { continue }
            f.hashtags.append(t.lowercased())
        }
        if f.retweetOf != nil { return f } // a retweet yields its repost edge only
        f.replyStatus = tweet["in_reply_to_status_id_str"]?.nonEmptyString != nil
        f.replyUser = tweet["in_reply_to_user_id_str"]?.nonEmptyString
        f.textStart = tweet["display_text_range"]?.elements.first(where: { _ in true }).flatMap { int($0) }
        let entities = tweet["entities"]
        for url in entities?["urls"]?.elements ?? .empty {
            guard let expanded = url["expanded_url"]?.string, let link = statusLink(expanded) else { continue }
            f.statusLinks.append(link)
        }
        if let edit = tweet["edit_info"] {
            if let ids = edit["initial"]?["editTweetIds"], ids.elements.count > 1 {
                f.editIds = ids.elements.compactMap(\.string)
                f.editInitial = f.editIds.first
            } else if let initial = edit["edit"]?["initialTweetId"]?.string {
                f.editInitial = initial
                f.editIds = edit["edit"]?["editControlInitial"]?["editTweetIds"]?.elements.compactMap(\.string) ?? []
            }
        }
        return f
    }

    @inline(__always)
    static func isHandleByte(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 95
    }

    /// Tweets (by position) that are earlier versions of an edited tweet whose later version
    /// is also in the archive. X archives list every version of an edited tweet, each with
    /// `edit_info` naming the chain (`initial.editTweetIds`, or `edit.initialTweetId` on the
    /// later versions); counting each version would repeat the tweet's edges.
    static func supersededEdits(_ tweets: [TweetFacts]) -> Set<Int> {
        var chains: [String: [Int]] = [:]
        for (k, t) in tweets.enumerated() {
            guard let initial = t.editInitial, t.id != nil else { continue }
            chains[initial, default: []].append(k)
        }
        var out = Set<Int>()
        for (_, members) in chains where members.count > 1 {
            // The latest version has the largest id (snowflake ids grow with time).
            let latest = members.max { a, b in
                let x = tweets[a].id ?? "", y = tweets[b].id ?? ""
                return (x.count, x) < (y.count, y)
            }
            for k in members where k != latest { out.insert(k) }
        }
        return out
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

    private func readTweet(_ t: TweetFacts, file: String, owner: String,
                           handles: [String: String], stats: inout TweetStats) throws {
        let path = t.path
        guard let created = t.createdAt else {
            return try context.reject(ImportError(file: file, location: "\(path).created_at",
                                                  expected: "a date string", reason: "missing-field"))
        }
        guard let time = Timestamps.parseTwitter(created) else {
            return try context.reject(ImportError(file: file, location: "\(path).created_at",
                                                  expected: "a date like \"Wed Nov 17 19:49:09 +0000 2021\"",
                                                  reason: "bad-timestamp"))
        }
        guard t.hasText else {
            return try context.reject(ImportError(file: file, location: "\(path).full_text",
                                                  expected: "a string", reason: "missing-field"))
        }
        let me = key(owner)
        let mentions = t.mentions
        // The post's hashtags, on its interactions (a retweet's are the original's).
        let tags = t.hashtags.isEmpty ? nil : t.hashtags
        context.count("tweet")

        if let handle = t.retweetOf {
            context.count("retweet")
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
        if t.replyStatus { context.count("reply") }
        if let to = t.replyUser {
            if to == owner {
                context.count("self-reply")
            } else {
                replyTarget = to
                try sink.edge(EdgeRecord(source: me, target: key(to), kind: EdgeKind.reply, at: time, hashtags: tags))
            }
        }

        // Mentions in the reply prefix are reply context, not mentions.
        let textStart = t.textStart
        var seen = Set<String>()
        for m in mentions where m.id != owner && !seen.contains(m.id) {
            if let start = m.start, let textStart, start < textStart { continue }
            if textStart == nil, m.id == replyTarget { continue }
            seen.insert(m.id)
            try sink.edge(EdgeRecord(source: me, target: key(m.id), kind: EdgeKind.mention, at: time, hashtags: tags))
        }

        var quoted = Set<String>()
        for link in t.statusLinks {
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

        for tag in t.hashtags {
            try sink.hashtag(HashtagRecord(account: me, tag: tag, at: time))
        }
    }

    private func readLikes(owner: String, handles: [String: String]) throws {
        var likes = 0
        var edges = 0
        try forEachItem(types: ["like"], bases: ["like"]) { item, i, file in
            guard let like = item["like"], like.isObject else {
                return try context.reject(ImportError(file: file, location: "$[\(i)].like",
                                                      expected: "an object", reason: "missing-field"))
            }
            likes += 1
            if let url = like["expandedUrl"]?.string, case let .author(handle)? = XArchiveReader.statusLink(url),
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
