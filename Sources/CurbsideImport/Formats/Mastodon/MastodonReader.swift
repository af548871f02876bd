import CurbsideRecords
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

    /// ASCII letters and digits (checked on UTF-8 bytes: no Unicode property lookups per character).
    @inline(__always)
    private static func alnum(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    private static func valid(user: String) -> Bool {
        let u = user.utf8
        return !u.isEmpty && u.count <= 64 && u.allSatisfy { alnum($0) || $0 == 95 || $0 == 46 || $0 == 45 } // _ . -
    }

    private static func valid(host: String) -> Bool {
        let h = host.utf8
        return h.contains(46) && h.count <= 253 && h.allSatisfy { alnum($0) || $0 == 46 || $0 == 45 || $0 == 58 } // . - :
    }

    /// `https://host/a/b` → ("host" lowercased, ["a", "b"]); nil for anything but http(s) URLs.
    private static func split(url: String) -> (String, [String])? {
        var rest = Substring(url)
        var matched = false
        for scheme in ["https://", "http://"] where rest.utf8.count >= scheme.utf8.count
            && zip(rest.utf8, scheme.utf8).allSatisfy({ $0 == $1 || ($0 >= 65 && $0 <= 90 && $0 | 0x20 == $1) }) {
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
/// **Zip.** The `.zip` Mastodon produces is read in place (entries that escape the archive
/// and zip bombs are refused, see ``SafeZip``); its files are named as inside the zip.
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
    /// Paths of the export's files; for a zip, the archive files inside it (`outbox.json`, …).
    let files: [String]
    let options: ImportOptions
    let context: ImportContext
    let sink: CountingSink
    /// The zip the archive files come from, when the source is Mastodon's `.zip`.
    private let zip: MastodonZip?
    static let platform = "mastodon"

    /// `files`: the source's files; a single `.zip` is opened as Mastodon's archive zip.
    init(files: [String], options: ImportOptions, context: ImportContext, sink: CountingSink) throws {
        if files.count == 1, Importer.innerExtension(files[0]) == "zip" {
            guard let zip = MastodonZip(path: files[0], wanted: Importer.mastodonArchiveNames) else {
                throw ImportError(file: files[0], location: "zip",
                                  expected: "a Mastodon archive zip holding actor.json or outbox.json", reason: "unknown-format")
            }
            self.zip = zip
            self.files = zip.names
        } else {
            self.zip = nil
            self.files = files
        }
        self.options = options
        self.context = context
        self.sink = sink
    }

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
        var outbox = CollectionItems()
        if let outboxFile {
            outbox = try items(of: outboxFile)
            if owner == nil {
                owner = outbox.items.lazy.compactMap { $0.item["actor"]?.string.flatMap(MastodonAddress.normalize) }.first
            }
        }
        if owner == nil, let given = options.owner {
            guard let address = MastodonAddress.normalize(given) else {
                throw ImportError(file: "--owner", location: "value",
                                  expected: "an account address user@instance or an actor URI https://instance/users/user",
                                  reason: "bad-owner")
            }
            owner = address
        }
        guard let owner else {
            throw ImportError(file: files.first.map(display) ?? "mastodon", location: "owner",
                              expected: "the account that owns the export: an actor.json next to it, "
                                  + "or pass --owner user@instance", reason: "missing-owner")
        }
        accounts.insert(owner)
        if named("actor.json") == nil {
            try sink.account(AccountRecord(key: key(owner), handle: owner))
        }
        for file in files where Importer.innerExtension(file) == "csv" {
            try readFollows(file, owner: owner, accounts: &accounts)
        }
        if let outboxFile {
            try withExtendedLifetime(outbox) {
                try readOutbox(outbox.items, file: display(outboxFile), owner: owner, accounts: &accounts)
            }
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

    private func readJSON(_ file: String) throws -> JSONBuffer {
        if let zip { return JSONBuffer(try zip.contents(of: file)) }
        return try JSONBuffer(readingFile: file)
    }

    /// Parses a whole file onto a tape (which keeps the bytes alive).
    private func parse(_ buffer: JSONBuffer, file: String) throws -> JSONTape {
        let tape = JSONTape()
        tape.owner = buffer
        do {
            try tape.parseWhole(buffer.bytes)
        } catch {
            let (path, offset, atEnd) = JSONTape.locate(error, in: buffer.bytes)
            throw ImportError(file: file, location: "\(path) (byte \(offset))",
                              expected: atEnd ? "the rest of the JSON (the file ends early)" : "well-formed JSON (\(error.expected))",
                              reason: "bad-json")
        }
        return tape
    }

    private func readActor(_ file: String) throws -> String? {
        let name = display(file)
        let tape: JSONTape
        do {
            tape = try parse(readJSON(file), file: name)
            guard tape.root.isObject else {
                throw ImportError(file: name, location: "$", expected: "a JSON object", reason: "bad-json")
            }
        } catch let error as ImportError {
            try context.reject(error)
            return nil
        }
        return try withExtendedLifetime(tape) {
            let actor = tape.root
            guard let id = actor["id"]?.string, let address = MastodonAddress.normalize(id) else {
                try context.reject(ImportError(file: name, location: "$.id",
                                               expected: "the actor URI https://instance/users/name", reason: "missing-field"))
                return nil
            }
            let bio = actor["summary"]?.string.map(MastodonAddress.stripHTML).flatMap { $0.isEmpty ? nil : $0 }
            let display = actor["preferredUsername"]?.string.map { user in "\(user)@\(address.split(separator: "@").last ?? "")" }
            try sink.account(AccountRecord(
                key: key(address), handle: display ?? address,
                name: actor["name"]?.nonEmptyString, bio: bio,
                createdAt: actor["published"]?.string.flatMap { Timestamps.parseGeneric($0) }))
            return address
        }
    }

    /// The items of a collection file; the tapes keep them valid while this lives.
    struct CollectionItems {
        var tapes: [JSONTape] = []
        var items: [(item: JSONValue, path: String)] = []
    }

    /// Every `orderedItems` entry of a collection file, across repeated keys, deduplicated by `id`.
    private func items(of file: String) throws -> CollectionItems {
        let name = display(file)
        let tape = try parse(readJSON(file), file: name)
        let root = tape.root
        guard root.isObject else {
            throw ImportError(file: name, location: "$", expected: "a JSON object", reason: "bad-json")
        }
        let members = root.members
        let lists = members.filter { $0.key == "orderedItems" }
        guard !lists.isEmpty else {
            throw ImportError(file: name, location: "$.orderedItems", expected: "an orderedItems array", reason: "missing-field")
        }
        var out = CollectionItems(tapes: [tape])
        var seen = Set<String>()
        var sizes: [Int] = []
        for (k, member) in lists.enumerated() {
            let label = lists.count > 1 ? "$.orderedItems#\(k + 1)" : "$.orderedItems"
            guard member.value.isArray else {
                throw ImportError(file: name, location: "\(label) (byte \(member.value.offset))",
                                  expected: "a JSON array of activities", reason: "bad-json")
            }
            var count = 0
            for (i, item) in member.value.elements.enumerated() {
                count += 1
                let path = "\(label)[\(i)]"
                guard item.isObject else {
                    // likes.json lists URL strings.
                    if item.kind == .string { out.items.append((item, path)) } else {
                        context.result.recordsRead += 1
                        try context.reject(ImportError(file: name, location: path, expected: "an object or URL", reason: "bad-json"))
                    }
                    continue
                }
                if let id = item["id"]?.string, !seen.insert(id).inserted { continue }
                out.items.append((item, path))
            }
            sizes.append(count)
        }
        if lists.count > 1 {
            context.note("\(name) repeats the key orderedItems \(lists.count) times (\(sizes.map(String.init).joined(separator: " + ")) items): all are read")
        }
        if let total = members.first(where: { $0.key == "totalItems" })?.value.int, total != out.items.count {
            context.note("\(name) says totalItems \(total) but holds \(out.items.count) items: the items are read")
        }
        return out
    }

    // MARK: Follows CSV

    private func badHeader(_ name: String, _ line: Int) -> ImportError {
        ImportError(file: name, location: "line \(line)",
                    expected: "the header Account address,Show boosts,Notify on new posts,Languages", reason: "bad-header")
    }

    private func readFollows(_ file: String, owner: String, accounts: inout Set<String>) throws {
        let name = display(file)
        var line = 0
        var following = 0
        var sawHeader = false
        var emitted = accounts
        try CSVParser.forEachRecord(path: file) { parser, b, r in
            line = r.line
            // Only the first cell is read (a damaged byte in it fails the address check).
            let first = CSVParser.withField(b, parser.fields[0]) { String(decoding: $0, as: UTF8.self) }
            let cell = first.trimmingCharacters(in: CharacterSet(charactersIn: "\" \t\r\n"))
            if parser.fieldCount == 1 && cell.isEmpty { return } // a blank line
            if !sawHeader {
                sawHeader = true
                guard cell.lowercased().hasPrefix("account address") else { throw badHeader(name, line) }
                return
            }
            context.result.recordsRead += 1
            guard let address = MastodonAddress.normalize(cell) else {
                return try context.reject(ImportError(file: name, location: "line \(line), column Account address",
                                                      expected: "an account address user@instance", reason: "bad-address"))
            }
            following += 1
            if emitted.insert(address).inserted {
                try sink.account(AccountRecord(key: key(address), handle: cell.hasPrefix("@") ? String(cell.dropFirst()) : cell))
            }
            try sink.edge(EdgeRecord(source: key(owner), target: key(address), kind: EdgeKind.follow))
        } unterminated: { line in
            if !sawHeader { throw badHeader(name, line) }
            context.result.recordsRead += 1
            try context.reject(ImportError(file: name, location: "line \(line)", expected: "a closing quote",
                                           reason: "unterminated-quote"))
        }
        accounts = emitted
        if following > 0 { context.count("following", following) }
    }

    // MARK: Outbox

    private func time(_ item: JSONValue, _ object: JSONValue?, path: String, file: String) throws -> Int64?? {
        guard let text = item["published"]?.string ?? object?["published"]?.string else { return .some(nil) }
        guard let t = Timestamps.parseGeneric(text) else {
            try context.reject(ImportError(file: file, location: "\(path).published",
                                           expected: "an ISO 8601 time like 2022-11-20T14:58:08Z", reason: "bad-timestamp"))
            return nil
        }
        return .some(t)
    }

    private func readOutbox(_ items: [(item: JSONValue, path: String)], file: String, owner: String,
                            accounts: inout Set<String>) throws {
        let me = key(owner)
        var unresolvedReplies = 0
        for (item, path) in items {
            context.result.recordsRead += 1
            guard item.isObject else {
                context.count("other-activity")
                continue
            }
            guard let type = item["type"]?.string else {
                try context.reject(ImportError(file: file, location: "\(path).type", expected: "an activity type", reason: "missing-field"))
                continue
            }
            switch type {
            case "Create":
                guard let note = item["object"], note.isObject else {
                    try context.reject(ImportError(file: file, location: "\(path).object", expected: "an embedded object",
                                                   reason: "missing-field"))
                    continue
                }
                guard let at = try time(item, note, path: path, file: file) else { continue }
                context.count("post")
                var mentions: [(address: String, handle: String?, host: String)] = []
                var tags: [String]?
                for tag in note["tag"]?.elements ?? .empty where tag.isObject {
                    switch tag["type"]?.string {
                    case "Mention":
                        let href = tag["href"]?.string
                        let name = tag["name"]?.string
                        guard let address = href.flatMap(MastodonAddress.normalize) ?? name.flatMap(MastodonAddress.normalize) else { continue }
                        mentions.append((address, href.flatMap(MastodonAddress.display) ?? name.flatMap(MastodonAddress.display),
                                         String(address.split(separator: "@").last ?? "")))
                    case "Hashtag":
                        guard var tagName = tag["name"]?.string else { continue }
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
                if let inReplyTo = note["inReplyTo"]?.nonEmptyString {
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
                let url = object?.string ?? object?["id"]?.string
                let author = url.flatMap(MastodonAddress.statusAuthor)
                    ?? object?["attributedTo"]?.string.flatMap(MastodonAddress.normalize)
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
        let collection = try items(of: file)
        try withExtendedLifetime(collection) {
            for (item, path) in collection.items {
                context.result.recordsRead += 1
                let object = item.isObject ? (item["object"] ?? item["id"]) : item
                guard let url = object?.string ?? object?["id"]?.string else {
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
        }
        if likes > 0 { context.count("like", likes) }
        if unresolved > 0 {
            context.count("like-unresolved", unresolved)
            context.note("\(unresolved) of \(likes) liked status URLs name no author: no like edge for them")
        }
    }
}
