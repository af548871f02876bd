/// The records an importer streams into a store.
///
/// Importers know file formats; the store knows nothing of them. Between the two sit these
/// plain values and the ``RecordSink`` protocol, so a reader can be tested against an
/// in-memory sink and the store can be fed by any reader.

/// Identifies an account across sources: one account per (platform, platform id).
///
/// `platform` is a short lowercase label: `x` for X/Twitter, `mastodon`, `bluesky`, or the
/// label a user chose for a generic file (`csv`, `snap` by default). `id` is the platform's
/// stable account id as it appears in the input (the numeric X user id, a Mastodon account
/// URI, a Bluesky DID, or the node label of a generic edge list).
public struct AccountKey: Hashable, Sendable, Comparable {
    public var platform: String
    public var id: String

    public init(platform: String, id: String) {
        self.platform = platform
        self.id = id
    }

    public static func < (lhs: AccountKey, rhs: AccountKey) -> Bool {
        (lhs.platform, lhs.id) < (rhs.platform, rhs.id)
    }
}

/// What a source says about one account. `nil` fields say nothing and never overwrite
/// what another source said; non-nil fields from the newest source win.
public struct AccountRecord: Sendable, Equatable {
    public var key: AccountKey
    public var handle: String?
    public var name: String?
    public var bio: String?
    public var location: String?
    public var followersCount: Int?
    public var followingCount: Int?
    public var specialty: String?
    /// Account creation time, Unix seconds (UTC).
    public var createdAt: Int64?

    public init(
        key: AccountKey, handle: String? = nil, name: String? = nil, bio: String? = nil,
        location: String? = nil, followersCount: Int? = nil, followingCount: Int? = nil,
        specialty: String? = nil, createdAt: Int64? = nil
    ) {
        self.key = key
        self.handle = handle
        self.name = name
        self.bio = bio
        self.location = location
        self.followersCount = followersCount
        self.followingCount = followingCount
        self.specialty = specialty
        self.createdAt = createdAt
    }
}

/// Built-in edge kinds. Kinds are an open set: any other label an input brings
/// (`advice`, `discussion`, `friend`, …) is stored as it is.
public enum EdgeKind {
    public static let follow = "follow"
    public static let mention = "mention"
    public static let reply = "reply"
    public static let repost = "repost"
    public static let quote = "quote"
    public static let like = "like"
    public static let builtIn = [follow, mention, reply, repost, quote, like]
}

/// A directed tie `source → target` of one kind, observed `count` times between
/// `firstAt` and `lastAt` (Unix seconds, UTC; `nil` when the input has no time).
///
/// Direction follows attention: `a follows b`, `a mentions b`, `a replies to b`,
/// `a reposts b`, `a quotes b`, `a likes b's post` are all `a → b`.
///
/// An interaction with one time (`firstAt == lastAt`) is also kept as an event, so analyses
/// can cut a time window; `hashtags` are the hashtags of the post behind it (the reply, the
/// mentioning post, the reposted or quoting post), which lets an analysis follow one
/// conversation (`--hashtag`). Follows are state, never events.
public struct EdgeRecord: Sendable, Equatable {
    public var source: AccountKey
    public var target: AccountKey
    public var kind: String
    public var count: Int
    public var firstAt: Int64?
    public var lastAt: Int64?
    /// The post's hashtags (any case, with or without `#`; the store normalises them), or
    /// `nil` when the input does not say.
    public var hashtags: [String]?

    public init(source: AccountKey, target: AccountKey, kind: String, count: Int = 1, at time: Int64? = nil,
                hashtags: [String]? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.count = count
        self.firstAt = time
        self.lastAt = time
        self.hashtags = hashtags
    }

    public init(source: AccountKey, target: AccountKey, kind: String, count: Int, firstAt: Int64?, lastAt: Int64?,
                hashtags: [String]? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.count = count
        self.firstAt = firstAt
        self.lastAt = lastAt
        self.hashtags = hashtags
    }
}

/// An account used a hashtag (lowercased, without `#`) `count` times.
public struct HashtagRecord: Sendable, Equatable {
    public var account: AccountKey
    public var tag: String
    public var count: Int
    public var firstAt: Int64?
    public var lastAt: Int64?

    public init(account: AccountKey, tag: String, count: Int = 1, at time: Int64? = nil) {
        self.account = account
        self.tag = tag
        self.count = count
        self.firstAt = time
        self.lastAt = time
    }
}

/// Where an importer sends what it reads. The store's import transaction is one; tests
/// use ``RecordCollector``.
///
/// Records may arrive in any order: an edge may name an account before (or without) its
/// `AccountRecord`; the sink creates a bare account for it.
public protocol RecordSink: AnyObject {
    func account(_ record: AccountRecord) throws
    func edge(_ record: EdgeRecord) throws
    func hashtag(_ record: HashtagRecord) throws
    /// An edge between two accounts of one platform whose ids are given as UTF-8 bytes
    /// (valid UTF-8, only borrowed for the call): what edge-list readers send, so a sink
    /// that already knows both accounts needs no `String` for them. The default makes an
    /// ``EdgeRecord`` and calls ``edge(_:)``.
    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws
}

extension RecordSink {
    public func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
                     kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {
        try edge(EdgeRecord(source: AccountKey(platform: platform, id: String(decoding: source, as: UTF8.self)),
                            target: AccountKey(platform: platform, id: String(decoding: target, as: UTF8.self)),
                            kind: kind, count: count, firstAt: firstAt, lastAt: lastAt))
    }
}

/// A sink that keeps every record in memory, in arrival order. For tests and small inputs.
public final class RecordCollector: RecordSink {
    public private(set) var accounts: [AccountRecord] = []
    public private(set) var edges: [EdgeRecord] = []
    public private(set) var hashtags: [HashtagRecord] = []

    public init() {}

    public func account(_ record: AccountRecord) throws { accounts.append(record) }
    public func edge(_ record: EdgeRecord) throws { edges.append(record) }
    public func hashtag(_ record: HashtagRecord) throws { hashtags.append(record) }
}
