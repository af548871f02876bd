import CurbsideRecords
import Foundation

/// Reads a Bluesky (AT Protocol) repository export: the `.car` file that
/// `com.atproto.sync.getRepo` returns and that Settings → "Export my data" saves.
///
/// **Structure.** The file is a ``CARFile``: content-addressed blocks, each verified against
/// its CID. Its root is the signed **commit**: `{did, version, data, rev, prev, sig}` with
/// `version` 3 (current, since late 2023) or 2 (the legacy format of early 2023, whose
/// exports also carry the earlier commits). `did` is the repository owner; `data` links to
/// the root of a **Merkle Search Tree** (MST) holding one entry per record, keyed
/// `collection/rkey` (`app.bsky.feed.post/3kx…`).
///
/// **Walking the MST.** A node is `{l, e}`: `l` links to the subtree of keys before the
/// node's first entry (or is null); `e` lists entries `{p, k, v, t}`. Keys are prefix
/// compressed: an entry's key is the first `p` bytes of the previous entry's key *in the
/// same node* followed by the bytes `k` (the first entry has `p = 0`); `v` links to the
/// record; `t` links to the subtree of keys between this entry and the next. An in-order
/// walk (`l`, then each entry followed by its `t`) visits the keys in strictly increasing
/// byte order, which the reader checks (`mst-order`); the depth is bounded by 64 levels.
///
/// **Records → records of the store** (platform `bluesky`, account id = DID; `a → b` means
/// a pays attention to b, and the owner is always `a`):
///
/// | `$type` | becomes |
/// |---|---|
/// | `app.bsky.actor.profile` | the owner's `AccountRecord`: `displayName` → name, `description` → bio |
/// | `app.bsky.graph.follow` | owner → `subject` (a DID), `follow` |
/// | `app.bsky.feed.post` | owner → DID of `reply.parent.uri`, `reply`; owner → each `did` of a `app.bsky.richtext.facet#mention` facet feature (once per post), `mention`; owner → DID of the quoted record of an `app.bsky.embed.record` (or the `record.record` of `app.bsky.embed.recordWithMedia`) embed, `quote`; `#tag` facet features and the post's `tags` → hashtags (lowercased, once per post) |
/// | `app.bsky.feed.post` (legacy, early 2023) | as above, with mentions from `entities` items `{type: "mention", value: DID}` |
/// | `app.bsky.feed.repost` | owner → DID of `subject.uri`, `repost` |
/// | `app.bsky.feed.like` | owner → DID of `subject.uri`, `like` |
/// | `app.bsky.feed.vote` (legacy, 2023) | with `direction: "up"`, a `like` edge as above (upvotes became likes); `down` votes are counted only |
///
/// Other collections (lists, blocks, feed generators, third-party lexicons, legacy
/// `app.bsky.graph.confirmation`/`app.bsky.system.declaration`) are counted and named in a
/// note, never read. Times are the records' `createdAt` (ISO 8601 with fractional seconds,
/// `Z` or an offset). Edges from the owner to the owner (a reply in one's own thread,
/// liking or quoting one's own post) carry no network information and are skipped:
/// counted as `self-reply` or `self-edge`. An `at://` URI whose authority is a handle
/// rather than a DID (early 2023 data) cannot be tied to an account id: counted as
/// `uri-not-did`. The repo holds no handle (that lives in the DID document), so accounts
/// carry DIDs only; the profile's `createdAt` is when the profile record was written, not
/// the account, so it is not used as the account's creation time.
///
/// **Counts:** `block` (CAR sections), `mst-node`, `record` (MST entries), `post`,
/// `reply`, `follow`, `like`, `repost`, `vote`, `profile`, `other-record`, `self-reply`,
/// `self-edge`, `uri-not-did`, `unreferenced-block` (blocks the current commit does not
/// reach: earlier commits of legacy exports, or deleted records), plus `edge`,
/// `edge:<kind>`, `account`, `hashtag`.
///
/// **Errors** name the byte offset of the block or item at fault and, for records, the
/// MST key (`app.bsky.feed.post/3kx…`, never any text): `cid-mismatch` (a block whose
/// SHA-256 differs from its CID), the ``DagCBORDecoder`` reasons, `missing-block`,
/// `mst-order`, `mst-too-deep`, `bad-mst`, `bad-commit`, `bad-cid`, `bad-did`, `bad-uri`,
/// `bad-timestamp`. Lenient mode skips a bad record, block or subtree and goes on (a record
/// lost to a corrupt block is counted once, as `cid-mismatch`); a bad commit, keys out of
/// order or a truncated section stop the walk there. The commit's signature is required
/// but not verified: that needs the signing key from the owner's DID document, which the
/// export does not hold.
struct BlueskyRepoReader {
    static let platform = "bluesky"
    /// Deepest MST accepted. Real trees are a handful of levels (fanout ~16).
    static let maxTreeDepth = 64

    let file: String
    let displayName: String
    let context: ImportContext
    let sink: CountingSink

    init(file: String, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.displayName = file.split(separator: "/").last.map(String.init) ?? file
        self.context = context
        self.sink = sink
    }

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file), options: .mappedIfSafe)
        } catch {
            throw ImportError(file: displayName, location: "file", expected: "a readable file", reason: "unreadable")
        }
        try data.withUnsafeBytes { raw in
            var walk = RepoWalk(bytes: raw.bindMemory(to: UInt8.self), file: displayName, context: context, sink: sink)
            try walk.run()
        }
    }
}

/// One pass over a loaded CAR file: index, commit, MST, records.
private struct RepoWalk {
    let file: String
    let context: ImportContext
    let sink: CountingSink
    let cbor: DagCBORDecoder
    var car: CARFile

    var owner = ""
    var ownerRecord: AccountRecord?
    /// Blocks reached from the root commit (itself, MST nodes, records); a set, because
    /// records with identical content share one block.
    var reached = Set<CID>()
    var lastKey: [UInt8] = []
    var otherCollections: [String: Int] = [:]

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, context: ImportContext, sink: CountingSink) {
        self.file = file
        self.context = context
        self.sink = sink
        self.cbor = DagCBORDecoder(bytes)
        self.car = CARFile(bytes: bytes)
    }

    private func error(_ e: CBORError, in what: String) -> ImportError {
        ImportError(file: file, location: "byte \(e.offset)", expected: "\(e.expected) in \(what)", reason: e.reason)
    }

    /// Decodes the block `cid` or throws `missing-block` / a CBOR error naming `what`.
    private mutating func block(_ cid: CID, _ what: String, referencedAt offset: Int) throws -> (CBORValue, CARFile.Block) {
        guard let block = car.blocks[cid] else {
            if car.corrupt.contains(cid) {
                // Lenient mode already counted it as `cid-mismatch`.
                throw ImportError(file: file, location: "byte \(offset)", expected: "the block \(cid) (\(what)) intact",
                                  reason: "corrupt-block")
            }
            throw ImportError(file: file, location: "byte \(offset)",
                              expected: "the block \(cid) (\(what)) in the archive (it is missing)", reason: "missing-block")
        }
        guard cid.codec == CID.dagCBOR else {
            throw ImportError(file: file, location: "byte \(block.sectionStart)",
                              expected: "a dag-cbor block (codec 0x71) for \(what), not codec 0x\(String(cid.codec, radix: 16))",
                              reason: "bad-cid")
        }
        reached.insert(cid)
        do {
            return (try cbor.decode(block.data), block)
        } catch {
            throw self.error(error, in: what)
        }
    }

    mutating func run() throws {
        try car.index(file: file, context: context)
        context.count("block", car.sectionCount)
        guard let root = car.roots.first else {
            throw ImportError(file: file, location: "byte 0", expected: "a root CID (the commit) in the CAR header", reason: "bad-car-header")
        }
        let (commit, commitBlock) = try block(root, "the root commit", referencedAt: 0)
        let commitAt = commitBlock.sectionStart
        func commitError(_ expected: String) -> ImportError {
            ImportError(file: file, location: "byte \(commitAt)", expected: expected, reason: "bad-commit")
        }
        guard let version = cbor.int(cbor.field(commit, "version")) else {
            throw commitError("a repository commit {did, version, data, sig} as the CAR root")
        }
        guard version == 2 || version == 3 else {
            throw commitError("a commit of repository version 3 (current) or 2 (legacy), not \(version)")
        }
        guard let did = cbor.string(cbor.field(commit, "did")), RepoWalk.isDID(did) else {
            throw commitError("the owner's DID (`did`) in the commit")
        }
        guard case let .link(dataRoot)? = cbor.field(commit, "data") else {
            throw commitError("a `data` link to the record tree in the commit")
        }
        guard case .bytes? = cbor.field(commit, "sig") else {
            throw commitError("a signature (`sig` bytes) in the commit")
        }
        owner = did
        context.note("\(file): repository version \(version) of \(did)")
        try walkTree(dataRoot, depth: 0, referencedAt: commitAt)
        try sink.account(ownerRecord ?? AccountRecord(key: key(owner)))
        let unreferenced = car.blocks.count - reached.count
        if unreferenced > 0 {
            context.count("unreferenced-block", unreferenced)
            context.note("\(unreferenced) blocks are not reachable from the root commit (earlier commits, deleted records): not read")
        }
        if !otherCollections.isEmpty {
            let list = otherCollections.keys.sorted().map { "\($0) \(otherCollections[$0] ?? 0)" }.joined(separator: ", ")
            context.note("records of other collections, counted but not read: \(list)")
        }
        if let uriNotDID = context.result.counts["uri-not-did"] {
            context.note("\(uriNotDID) at:// URIs name a handle, not a DID: no edge for them")
        }
    }

    private func key(_ did: String) -> AccountKey { AccountKey(platform: BlueskyRepoReader.platform, id: did) }

    // MARK: Merkle Search Tree

    /// Walks a subtree; in lenient mode a subtree that cannot be read (missing, corrupt,
    /// malformed) is skipped and counted, and the walk goes on with the next key. Keys out
    /// of order and trees too deep stop the walk in both modes: the tree is not a valid MST.
    private mutating func walkSubtree(_ cid: CID, depth: Int, referencedAt: Int) throws {
        do {
            try walkTree(cid, depth: depth, referencedAt: referencedAt)
        } catch let e as ImportError where e.reason != "mst-order" && e.reason != "mst-too-deep" {
            try skip(e)
        }
    }

    /// Rejects `e` (throws in strict mode); a block already counted as corrupt is not counted twice.
    private func skip(_ e: ImportError) throws {
        if e.reason == "corrupt-block", context.lenient { return }
        try context.reject(e)
    }

    private mutating func walkTree(_ cid: CID, depth: Int, referencedAt: Int) throws {
        guard depth < BlueskyRepoReader.maxTreeDepth else {
            throw ImportError(file: file, location: "byte \(referencedAt)",
                              expected: "a record tree at most \(BlueskyRepoReader.maxTreeDepth) levels deep", reason: "mst-too-deep")
        }
        let (node, block) = try self.block(cid, "a record-tree node", referencedAt: referencedAt)
        let at = block.sectionStart
        context.count("mst-node")
        func bad(_ expected: String) -> ImportError {
            ImportError(file: file, location: "byte \(at)", expected: expected, reason: "bad-mst")
        }
        switch cbor.field(node, "l") {
        case let .link(left)?: try walkSubtree(left, depth: depth + 1, referencedAt: at)
        case .null?, nil: break
        default: throw bad("a tree node's `l`: a link or null")
        }
        guard case let .array(entries)? = cbor.field(node, "e") else { throw bad("a tree node {l, e} with an `e` array") }
        var previous: [UInt8] = []
        for entry in entries {
            guard let p = cbor.int(cbor.field(entry, "p")), case let .bytes(suffix)? = cbor.field(entry, "k"),
                  case let .link(value)? = cbor.field(entry, "v")
            else { throw bad("tree entries {p, k, v, t} with an integer `p`, bytes `k` and a link `v`") }
            guard p >= 0, p <= previous.count else {
                throw bad("an entry prefix length `p` within the previous key's \(previous.count) bytes")
            }
            var key = Array(previous[0 ..< p])
            key.append(contentsOf: UnsafeBufferPointer(rebasing: cbor.bytes[suffix]))
            guard lastKey.lexicographicallyPrecedes(key) else {
                throw ImportError(file: file, location: "byte \(at)",
                                  expected: "record-tree keys in strictly increasing order (this key sorts at or before the one visited before it)",
                                  reason: "mst-order")
            }
            lastKey = key
            previous = key
            context.result.recordsRead += 1
            context.count("record")
            do {
                try readRecord(key: key, cid: value, referencedAt: at)
            } catch let e as ImportError {
                try skip(e)
            }
            switch cbor.field(entry, "t") {
            case let .link(right)?: try walkSubtree(right, depth: depth + 1, referencedAt: at)
            case .null?, nil: break
            default: throw bad("a tree entry's `t`: a link or null")
            }
        }
    }

    // MARK: Records

    /// Reads one record; throws ImportError for a bad one (rejected by the caller).
    private mutating func readRecord(key keyBytes: [UInt8], cid: CID, referencedAt: Int) throws {
        guard let slash = keyBytes.firstIndex(of: UInt8(ascii: "/")), slash > 0,
              keyBytes.allSatisfy({ $0 > 0x20 && $0 < 0x7f })
        else {
            throw ImportError(file: file, location: "byte \(referencedAt)", expected: "a record key `collection/rkey` of printable ASCII",
                              reason: "bad-mst")
        }
        let keyText = String(decoding: keyBytes, as: UTF8.self)
        let (record, block) = try self.block(cid, "the record \(keyText)", referencedAt: referencedAt)
        let at = block.sectionStart
        let type = cbor.string(cbor.field(record, "$type")) ?? String(decoding: keyBytes[..<slash], as: UTF8.self)
        func bad(_ field: String, _ expected: String, _ reason: String) -> ImportError {
            ImportError(file: file, location: "\(keyText).\(field) (block at byte \(at))", expected: expected, reason: reason)
        }
        var time: Int64?
        if let created = cbor.field(record, "createdAt") {
            guard let bytes = cbor.text(created), let t = Timestamps.parseISO(bytes) else {
                throw bad("createdAt", "an ISO 8601 date-time", "bad-timestamp")
            }
            time = t
        }
        func did(_ value: CBORValue?, _ field: String) throws -> String {
            guard let text = cbor.string(value), RepoWalk.isDID(text) else { throw bad(field, "a DID (did:method:id)", "bad-did") }
            return text
        }
        func uriDID(_ value: CBORValue?, _ field: String) throws -> String? {
            guard let bytes = cbor.text(value), bytes.count > 5,
                  memcmpEqual(UnsafeBufferPointer(rebasing: bytes[0 ..< 5]), UnsafeBufferPointer(start: ("at://" as StaticString).utf8Start, count: 5))
            else { throw bad(field, "an at:// URI", "bad-uri") }
            var end = 5
            while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
            let authority = String(decoding: UnsafeBufferPointer(rebasing: bytes[5 ..< end]), as: UTF8.self)
            guard authority.hasPrefix("did:") else {
                context.count("uri-not-did")
                return nil
            }
            guard RepoWalk.isDID(authority) else { throw bad(field, "an at:// URI naming a DID", "bad-did") }
            return authority
        }

        switch type {
        case "app.bsky.actor.profile":
            context.count("profile")
            ownerRecord = AccountRecord(key: self.key(owner), name: nonEmpty(cbor.string(cbor.field(record, "displayName"))),
                                        bio: nonEmpty(cbor.string(cbor.field(record, "description"))))
        case "app.bsky.graph.follow":
            context.count("follow")
            try edge(to: try did(cbor.field(record, "subject"), "subject"), EdgeKind.follow, time)
        case "app.bsky.feed.like", "app.bsky.feed.repost":
            let like = type == "app.bsky.feed.like"
            context.count(like ? "like" : "repost")
            if let target = try uriDID(cbor.field(cbor.field(record, "subject") ?? .null, "uri"), "subject.uri") {
                try edge(to: target, like ? EdgeKind.like : EdgeKind.repost, time)
            }
        case "app.bsky.feed.vote":
            context.count("vote")
            if cbor.textEquals(cbor.field(record, "direction"), "up"),
               let target = try uriDID(cbor.field(cbor.field(record, "subject") ?? .null, "uri"), "subject.uri") {
                try edge(to: target, EdgeKind.like, time)
            }
        case "app.bsky.feed.post":
            try readPost(record, time: time, uriDID: uriDID, did: did)
        default:
            context.count("other-record")
            otherCollections[String(decoding: keyBytes[..<slash], as: UTF8.self), default: 0] += 1
        }
    }

    private func readPost(_ post: CBORValue, time: Int64?,
                                   uriDID: (CBORValue?, String) throws -> String?,
                                   did: (CBORValue?, String) throws -> String) throws {
        context.count("post")
        // Facets: mentions and hashtags, once each per post.
        var mentioned: [String] = []
        var tags: [String] = []
        if case let .array(facets)? = cbor.field(post, "facets") {
            for facet in facets {
                guard case let .array(features)? = cbor.field(facet, "features") else { continue }
                for feature in features {
                    if cbor.textEquals(cbor.field(feature, "$type"), "app.bsky.richtext.facet#mention") {
                        let target = try did(cbor.field(feature, "did"), "facets.features.did")
                        if !mentioned.contains(target) { mentioned.append(target) }
                    } else if cbor.textEquals(cbor.field(feature, "$type"), "app.bsky.richtext.facet#tag"),
                              let tag = cbor.string(cbor.field(feature, "tag")) {
                        addTag(tag, to: &tags)
                    }
                }
            }
        }
        // Legacy posts (early 2023) carry `entities` [{type: "mention", value: DID, index}] instead of facets.
        if case let .array(entities)? = cbor.field(post, "entities") {
            for entity in entities where cbor.textEquals(cbor.field(entity, "type"), "mention") {
                let target = try did(cbor.field(entity, "value"), "entities.value")
                if !mentioned.contains(target) { mentioned.append(target) }
            }
        }
        if case let .array(extra)? = cbor.field(post, "tags") {
            for value in extra { if let tag = cbor.string(value) { addTag(tag, to: &tags) } }
        }
        // Reply: to the author of the post answered.
        if let reply = cbor.field(post, "reply") {
            context.count("reply")
            if let target = try uriDID(cbor.field(cbor.field(reply, "parent") ?? .null, "uri"), "reply.parent.uri") {
                if target == owner { context.count("self-reply") } else { try edge(to: target, EdgeKind.reply, time, tags: tags.isEmpty ? nil : tags) }
            }
        }
        for target in mentioned { try edge(to: target, EdgeKind.mention, time, tags: tags.isEmpty ? nil : tags) }
        for tag in tags { try sink.hashtag(HashtagRecord(account: key(owner), tag: tag, at: time)) }
        // Quote: an embedded record (alone, or with media).
        if let embed = cbor.field(post, "embed") {
            var quoted: CBORValue?
            if cbor.textEquals(cbor.field(embed, "$type"), "app.bsky.embed.record") {
                quoted = cbor.field(embed, "record")
            } else if cbor.textEquals(cbor.field(embed, "$type"), "app.bsky.embed.recordWithMedia") {
                quoted = cbor.field(cbor.field(embed, "record") ?? .null, "record")
            }
            if let quoted, let target = try uriDID(cbor.field(quoted, "uri"), "embed.record.uri") {
                try edge(to: target, EdgeKind.quote, time, tags: tags.isEmpty ? nil : tags)
            }
        }
    }

    private func addTag(_ raw: String, to tags: inout [String]) {
        var tag = raw.lowercased()
        if tag.hasPrefix("#") { tag.removeFirst() }
        if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
    }

    /// An edge from the owner; `tags` are the hashtags of the post behind it.
    private func edge(to target: String, _ kind: String, _ time: Int64?, tags: [String]? = nil) throws {
        guard target != owner else {
            context.count("self-edge")
            return
        }
        try sink.edge(EdgeRecord(source: key(owner), target: key(target), kind: kind, at: time, hashtags: tags))
    }

    private func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }

    /// `did:<method>:<id>`: lowercase method, then the characters the DID syntax allows.
    static func isDID(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count > 6, b.count <= 2048, s.hasPrefix("did:") else { return false }
        var i = 4
        while i < b.count, b[i] >= 0x61, b[i] <= 0x7a { i += 1 }
        guard i > 4, i < b.count - 1, b[i] == UInt8(ascii: ":") else { return false }
        for c in b[(i + 1)...] {
            let ok = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: "%")
                || c == UInt8(ascii: "-")
            if !ok { return false }
        }
        return b.last != UInt8(ascii: ":")
    }
}
