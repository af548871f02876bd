import CurbsideStore
import Foundation

/// Mastodon account addresses and the URLs that name accounts.
///
/// An account is identified by its address `user@instance`, lowercased (Mastodon treats
/// both parts case-insensitively), which is what the reader uses as the account id with the
/// platform `mastodon`. Addresses come written several ways, all normalised to that form:
///
/// | written | normalised |
/// |---|---|
/// | `Dr_Fic@Med.Example`, `@dr_fic@med.example` | `dr_fic@med.example` |
/// | `https://med.example/users/dr_fic` (actor URI) | `dr_fic@med.example` |
/// | `https://med.example/@dr_fic` (profile URL) | `dr_fic@med.example` |
/// | `https://med.example/@dr_fic@other.example` (a remote profile seen from med.example) | `dr_fic@other.example` |
///
/// Status URLs name their author the same way: `https://inst/users/name/statuses/<id>` and
/// `https://inst/@name/<id>` → `name@inst`. Other URL shapes (`/objects/<uuid>`, `/notes/<id>`
/// of other ActivityPub servers) name no author.
public enum MastodonAddress {
    /// The normalised address, or nil when `text` is not an address or account URL.
    public static func normalize(_ text: String) -> String? {
        let s = text.trimmingASCIIWhitespace()
        if let (host, path) = split(url: s) {
            if path.count == 2, path[0] == "users" { return address(path[1], host) }
            if path.count == 1, path[0].hasPrefix("@") { return remote(String(path[0].dropFirst()), host) }
            return nil
        }
        let bare = s.hasPrefix("@") ? String(s.dropFirst()) : s
        let parts = bare.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let user = Optional(String(parts[0])), let host = Optional(String(parts[1])),
              valid(user: user), valid(host: host) else { return nil }
        return "\(user)@\(host)".lowercased()
    }

    /// The author of a status URL, or nil when the URL does not name one.
    public static func statusAuthor(_ url: String) -> String? {
        guard let (host, path) = split(url: url.trimmingASCIIWhitespace()) else { return nil }
        if path.count >= 4, path[0] == "users", path[2] == "statuses" { return address(path[1], host) }
        if path.count >= 2, path[0].hasPrefix("@"), path[1].allSatisfy(\.isNumber) {
            return remote(String(path[0].dropFirst()), host)
        }
        return nil
    }

    /// The case-preserving `user@instance` of an address or URL, for display as a handle.
    static func display(_ text: String) -> String? {
        let s = text.trimmingASCIIWhitespace()
        if let (host, path) = split(url: s), path.count >= 2, path[0] == "users" { return "\(path[1])@\(host)" }
        if let (host, path) = split(url: s), path.count >= 1, path[0].hasPrefix("@") {
            let user = String(path[0].dropFirst())
            return user.contains("@") ? user : "\(user)@\(host)"
        }
        let bare = s.hasPrefix("@") ? String(s.dropFirst()) : s
        return normalize(bare) != nil ? bare : nil
    }

    private static func address(_ user: String, _ host: String) -> String? {
        valid(user: user) ? "\(user)@\(host)".lowercased() : nil
    }

    private static func remote(_ handle: String, _ host: String) -> String? {
        let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count == 2, valid(host: String(parts[1])) { return address(String(parts[0]), String(parts[1])) }
        return parts.count == 1 ? address(handle, host) : nil
    }

    private static func valid(user: String) -> Bool {
        !user.isEmpty && user.count <= 64 && user.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-") }
    }

    private static func valid(host: String) -> Bool {
        host.contains(".") && host.count <= 253 && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":") }
    }

    /// `https://host/a/b` → ("host" lowercased, ["a", "b"]); nil for anything but http(s) URLs.
    private static func split(url: String) -> (String, [String])? {
        var rest = Substring(url)
        var matched = false
        for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
            matched = true
            break
        }
        guard matched else { return nil }
        rest = rest.prefix { $0 != "?" && $0 != "#" }
        let parts = rest.split(separator: "/").map(String.init)
        guard let host = parts.first, valid(host: host) else { return nil }
        return (host.lowercased(), Array(parts.dropFirst()))
    }

    /// Plain text of an HTML fragment (a bio): tags removed, `<br>` and paragraph ends as
    /// line breaks, the common entities decoded, whitespace trimmed.
    static func stripHTML(_ html: String) -> String {
        var out = ""
        var i = html.startIndex
        while i < html.endIndex {
            if html[i] == "<", let close = html[i...].firstIndex(of: ">") {
                let tag = html[html.index(after: i) ..< close].lowercased()
                if tag.hasPrefix("br") || tag == "/p" { out.append("\n") }
                i = html.index(after: close)
            } else {
                out.append(html[i])
                i = html.index(after: i)
            }
        }
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
                               ("&nbsp;", " "), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Reads a Mastodon export: the account archive (`actor.json`, `outbox.json`, `likes.json`)
/// and/or the follows export `following_accounts.csv`. Accounts use the platform `mastodon`
/// and the normalised address `user@instance` as id (see ``MastodonAddress``).
///
/// **Owner.** `actor.json` (a `Person`): address from its `id` URI, handle, `name`, bio from
/// the HTML `summary` (tags stripped), creation time from `published`. Without it, the
/// `actor` of the outbox's activities, else ``ImportOptions/owner``; with none of these, an
/// ``ImportError`` with reason `missing-owner` names what to add.
///
/// **Follows** (`following_accounts.csv`, header `Account address,Show boosts,…`): each row
/// is owner → account, `follow`, without time (count `following`).
///
/// **Outbox** (`orderedItems`, `a → b` at the activity's `published` time):
/// - `Create` of a `Note`: `tag` entries of type `Mention` → `mention` to the mentioned
///   account (from `href`, else `name`), once per account; `Hashtag` → ``HashtagRecord``.
///   `inReplyTo` → `reply` to the replied-to author: from the status URL
///   (`/users/<name>/statuses/<id>`, `/@<name>/<id>`), else the one mentioned account on the
///   URL's instance; otherwise counted `reply-unresolved` and noted. Replies to oneself are
///   `self-reply`; the reply target's own mention is reply context, not a `mention` edge.
/// - `Announce` (a boost) → `repost` to the author of the boosted status URL (or of an
///   embedded object's `attributedTo`); self-boosts count as `self-boost`.
/// - Other activity types are counted as `other-activity`.
///
/// **Likes** (`likes.json`): each status URL → `like` to its author when the URL names one
/// (no time: the export has none); others are counted `like-unresolved`.
///
/// **Repeated keys.** Real outboxes repeat `orderedItems` (`[]` then the real list); every
/// occurrence is read (items deduplicated by `id`) and a note says so. A `totalItems` that
/// disagrees with the items read is noted too.
///
/// Counts: `post`, `reply`, `self-reply`, `reply-unresolved`, `boost`, `self-boost`,
/// `boost-unresolved`, `other-activity`, `like`, `like-unresolved`, `following`.
/// Errors name the file and line or JSON path, never post text or bios.
struct MastodonReader {
    let files: [String]
    let options: ImportOptions
    let context: ImportContext
    let sink: CountingSink
    static let platform = "mastodon"

    private func key(_ address: String) -> AccountKey { AccountKey(platform: MastodonReader.platform, id: address) }

    private func named(_ suffix: String) -> String? {
        files.first { Importer.innerName($0) == suffix }
    }

    private func display(_ file: String) -> String { URL(fileURLWithPath: file).lastPathComponent }

    func run() throws {
        var accounts = Set<String>()
        var owner: String?
        if let actorFile = named("actor.json") {
            owner = try readActor(actorFile)
        }
        let outboxFile = named("outbox.json")
        var outbox: [(item: [String: Any], path: String)] = []
        if let outboxFile {
            outbox = try items(of: outboxFile)
            if owner == nil {
                owner = outbox.lazy.compactMap { ($0.item["actor"] as? String).flatMap(MastodonAddress.normalize) }.first
            }
        }
        if owner == nil, let given = options.owner {
            guard let address = MastodonAddress.normalize(given) else {
                throw ImportError(file: "owner option", location: "value",
                                  expected: "an account address user@instance or an actor URI https://instance/users/user",
                                  reason: "bad-owner")
            }
            owner = address
        }
        guard let owner else {
            throw ImportError(file: files.first.map(display) ?? "mastodon", location: "owner",
                              expected: "the account that owns the export: an actor.json next to it, "
                                  + "or ImportOptions.owner (--owner user@instance)", reason: "missing-owner")
        }
        accounts.insert(owner)
        if named("actor.json") == nil {
            try sink.account(AccountRecord(key: key(owner), handle: owner))
        }
        for file in files where Importer.innerExtension(file) == "csv" {
            try readFollows(file, owner: owner, accounts: &accounts)
        }
        if let outboxFile {
            try readOutbox(outbox, file: display(outboxFile), owner: owner, accounts: &accounts)
        }
        if let likesFile = named("likes.json") {
            try readLikes(likesFile, owner: owner, accounts: &accounts)
        }
    }

    /// Emits an account record (handle only) the first time an address is seen.
    private func mentionAccount(_ address: String, handle: String?, _ accounts: inout Set<String>) throws {
        guard accounts.insert(address).inserted else { return }
        try sink.account(AccountRecord(key: key(address), handle: handle ?? address))
    }

    // MARK: Files

    private func readJSON(_ file: String) throws -> [UInt8] {
        try ByteChunks.readAll(path: file)
    }

    private func object(_ bytes: [UInt8], file: String) throws -> [String: Any] {
        do {
            if let object = try JSONSerialization.jsonObject(with: Data(bytes), options: []) as? [String: Any] { return object }
            throw ImportError(file: file, location: "$", expected: "a JSON object", reason: "bad-json")
        } catch let error as ImportError {
            throw error
        } catch {
            if let (path, offset) = JSONLocator.locate(bytes[...]) {
                throw ImportError(file: file, location: "\(path) (byte \(offset))",
                                  expected: offset >= bytes.count ? "the rest of the JSON (the file ends early)" : "well-formed JSON",
                                  reason: "bad-json")
            }
            throw ImportError(file: file, location: "$", expected: "well-formed JSON", reason: "bad-json")
        }
    }

    private func readActor(_ file: String) throws -> String? {
        let name = display(file)
        let actor: [String: Any]
        do {
            actor = try object(readJSON(file), file: name)
        } catch let error as ImportError {
            try context.reject(error)
            return nil
        }
        guard let id = actor["id"] as? String, let address = MastodonAddress.normalize(id) else {
            try context.reject(ImportError(file: name, location: "$.id",
                                           expected: "the actor URI https://instance/users/name", reason: "missing-field"))
            return nil
        }
        let bio = (actor["summary"] as? String).map(MastodonAddress.stripHTML).flatMap { $0.isEmpty ? nil : $0 }
        let display = (actor["preferredUsername"] as? String).map { user in "\(user)@\(address.split(separator: "@").last ?? "")" }
        try sink.account(AccountRecord(
            key: key(address), handle: display ?? address,
            name: (actor["name"] as? String).flatMap { $0.isEmpty ? nil : $0 }, bio: bio,
            createdAt: (actor["published"] as? String).flatMap { Timestamps.parseGeneric($0) }))
        return address
    }

    /// Every `orderedItems` entry of a collection file, across repeated keys, deduplicated by `id`.
    private func items(of file: String) throws -> [(item: [String: Any], path: String)] {
        let name = display(file)
        let bytes = try readJSON(file)
        let members = bytes.withUnsafeBufferPointer { JSONMembers.topLevel($0) }
        guard let members else {
            _ = try object(bytes, file: name) // the precise error, or "a JSON object"
            throw ImportError(file: name, location: "$", expected: "a JSON object", reason: "bad-json")
        }
        let lists = members.filter { $0.key == "orderedItems" }
        guard !lists.isEmpty else {
            throw ImportError(file: name, location: "$.orderedItems", expected: "an orderedItems array", reason: "missing-field")
        }
        var out: [(item: [String: Any], path: String)] = []
        var seen = Set<String>()
        var sizes: [Int] = []
        for (k, member) in lists.enumerated() {
            let slice = Array(bytes[member.range])
            let label = lists.count > 1 ? "$.orderedItems#\(k + 1)" : "$.orderedItems"
            guard let array = try? JSONSerialization.jsonObject(with: Data(slice), options: [.fragmentsAllowed]) as? [Any] else {
                let located = JSONLocator.locate(slice[...])
                throw ImportError(file: name, location: located.map { "\(label)\($0.path.dropFirst()) (byte \(member.range.lowerBound + $0.offset))" } ?? label,
                                  expected: "a JSON array of activities", reason: "bad-json")
            }
            sizes.append(array.count)
            for (i, value) in array.enumerated() {
                let path = "\(label)[\(i)]"
                guard let item = value as? [String: Any] else {
                    // likes.json lists URL strings: wrap them as items.
                    if let url = value as? String { out.append((["object": url, "type": "Like"], path)) } else {
                        context.result.recordsRead += 1
                        try context.reject(ImportError(file: name, location: path, expected: "an object or URL", reason: "bad-json"))
                    }
                    continue
                }
                if let id = item["id"] as? String, !seen.insert(id).inserted { continue }
                out.append((item, path))
            }
        }
        if lists.count > 1 {
            context.note("\(name) repeats the key orderedItems \(lists.count) times (\(sizes.map(String.init).joined(separator: " + ")) items): all are read")
        }
        if let total = members.first(where: { $0.key == "totalItems" }),
           let n = Int(String(decoding: bytes[total.range], as: UTF8.self)), n != out.count {
            context.note("\(name) says totalItems \(n) but holds \(out.count) items: the items are read")
        }
        return out
    }

    // MARK: Follows CSV

    private func readFollows(_ file: String, owner: String, accounts: inout Set<String>) throws {
        let name = display(file)
        var line = 0
        var following = 0
        var sawHeader = false
        var emitted = accounts
        let lines = JSONLines(file: file, displayName: name, maxLineBytes: 1 << 16, context: context)
        try lines.forEachLine { bytes, number in
            line = number
            var text = String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace()
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            if !sawHeader {
                sawHeader = true
                guard text.lowercased().hasPrefix("account address") else {
                    throw ImportError(file: name, location: "line \(line)",
                                      expected: "the header Account address,Show boosts,Notify on new posts,Languages",
                                      reason: "bad-header")
                }
                return
            }
            context.result.recordsRead += 1
            let first = text.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let cell = first.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            guard let address = MastodonAddress.normalize(cell) else {
                return try context.reject(ImportError(file: name, location: "line \(line), column Account address",
                                                      expected: "an account address user@instance", reason: "bad-address"))
            }
            following += 1
            if emitted.insert(address).inserted {
                try sink.account(AccountRecord(key: key(address), handle: cell.hasPrefix("@") ? String(cell.dropFirst()) : cell))
            }
            try sink.edge(EdgeRecord(source: key(owner), target: key(address), kind: EdgeKind.follow))
        }
        accounts = emitted
        if following > 0 { context.count("following", following) }
    }

    // MARK: Outbox

    private func time(_ item: [String: Any], _ object: [String: Any]?, path: String, file: String) throws -> Int64?? {
        guard let text = (item["published"] as? String) ?? (object?["published"] as? String) else { return .some(nil) }
        guard let t = Timestamps.parseGeneric(text) else {
            try context.reject(ImportError(file: file, location: "\(path).published",
                                           expected: "an ISO 8601 time like 2022-11-20T14:58:08Z", reason: "bad-timestamp"))
            return nil
        }
        return .some(t)
    }

    private func readOutbox(_ items: [(item: [String: Any], path: String)], file: String, owner: String,
                            accounts: inout Set<String>) throws {
        let me = key(owner)
        var unresolvedReplies = 0
        for (item, path) in items {
            context.result.recordsRead += 1
            guard let type = item["type"] as? String else {
                try context.reject(ImportError(file: file, location: "\(path).type", expected: "an activity type", reason: "missing-field"))
                continue
            }
            switch type {
            case "Create":
                guard let note = item["object"] as? [String: Any] else {
                    try context.reject(ImportError(file: file, location: "\(path).object", expected: "an embedded object",
                                                   reason: "missing-field"))
                    continue
                }
                guard let at = try time(item, note, path: path, file: file) else { continue }
                context.count("post")
                var mentions: [(address: String, handle: String?, host: String)] = []
                var tags: [String]?
                for tag in note["tag"] as? [[String: Any]] ?? [] {
                    switch tag["type"] as? String {
                    case "Mention":
                        let href = tag["href"] as? String
                        let name = tag["name"] as? String
                        guard let address = href.flatMap(MastodonAddress.normalize) ?? name.flatMap(MastodonAddress.normalize) else { continue }
                        mentions.append((address, href.flatMap(MastodonAddress.display) ?? name.flatMap(MastodonAddress.display),
                                         String(address.split(separator: "@").last ?? "")))
                    case "Hashtag":
                        guard var tagName = tag["name"] as? String else { continue }
                        if tagName.hasPrefix("#") { tagName.removeFirst() }
                        if !tagName.isEmpty {
                            tags = (tags ?? []) + [tagName]
                            try sink.hashtag(HashtagRecord(account: me, tag: tagName.lowercased(), at: at))
                        }
                    default:
                        break
                    }
                }
                var replyTarget: String?
                if let inReplyTo = note["inReplyTo"] as? String, !inReplyTo.isEmpty {
                    context.count("reply")
                    var target = MastodonAddress.statusAuthor(inReplyTo)
                    if target == nil {
                        let host = URL(string: inReplyTo)?.host?.lowercased()
                        let onHost = mentions.filter { $0.host == host }
                        if onHost.count == 1 { target = onHost[0].address }
                    }
                    if let target {
                        replyTarget = target
                        if target == owner {
                            context.count("self-reply")
                        } else {
                            try mentionAccount(target, handle: MastodonAddress.display(inReplyTo), &accounts)
                            try sink.edge(EdgeRecord(source: me, target: key(target), kind: EdgeKind.reply, at: at, hashtags: tags))
                        }
                    } else {
                        unresolvedReplies += 1
                    }
                }
                var seen = Set<String>()
                for m in mentions where m.address != owner && m.address != replyTarget && seen.insert(m.address).inserted {
                    try mentionAccount(m.address, handle: m.handle, &accounts)
                    try sink.edge(EdgeRecord(source: me, target: key(m.address), kind: EdgeKind.mention, at: at, hashtags: tags))
                }
            case "Announce":
                guard let at = try time(item, nil, path: path, file: file) else { continue }
                context.count("boost")
                let object = item["object"]
                let url = (object as? String) ?? ((object as? [String: Any])?["id"] as? String)
                let author = url.flatMap(MastodonAddress.statusAuthor)
                    ?? ((object as? [String: Any])?["attributedTo"] as? String).flatMap(MastodonAddress.normalize)
                guard let author else {
                    context.count("boost-unresolved")
                    continue
                }
                if author == owner {
                    context.count("self-boost")
                    continue
                }
                try mentionAccount(author, handle: url.flatMap(MastodonAddress.display), &accounts)
                try sink.edge(EdgeRecord(source: me, target: key(author), kind: EdgeKind.repost, at: at))
            default:
                context.count("other-activity")
            }
        }
        if unresolvedReplies > 0 {
            context.count("reply-unresolved", unresolvedReplies)
            context.note("\(unresolvedReplies) replies answer a status whose author neither its URL nor the post's mentions name: no reply edge")
        }
    }

    // MARK: Likes

    private func readLikes(_ file: String, owner: String, accounts: inout Set<String>) throws {
        let name = display(file)
        let me = key(owner)
        var likes = 0
        var unresolved = 0
        for (item, path) in try items(of: file) {
            context.result.recordsRead += 1
            let object = item["object"] ?? item["id"]
            guard let url = (object as? String) ?? ((object as? [String: Any])?["id"] as? String) else {
                try context.reject(ImportError(file: name, location: path, expected: "a status URL", reason: "missing-field"))
                continue
            }
            likes += 1
            guard let author = MastodonAddress.statusAuthor(url) else {
                unresolved += 1
                continue
            }
            if author == owner { continue }
            try mentionAccount(author, handle: MastodonAddress.display(url), &accounts)
            try sink.edge(EdgeRecord(source: me, target: key(author), kind: EdgeKind.like))
        }
        if likes > 0 { context.count("like", likes) }
        if unresolved > 0 {
            context.count("like-unresolved", unresolved)
            context.note("\(unresolved) of \(likes) liked status URLs name no author: no like edge for them")
        }
    }
}
