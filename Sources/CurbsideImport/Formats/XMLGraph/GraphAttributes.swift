import CurbsideRecords

/// What a node or edge attribute of a graph file (GraphML, GEXF) means to Curbside, by name.
///
/// Graph tools name attributes freely: NodeXL writes `Followers` and `Description`, Gephi
/// `label` and `Weight`, NetworkX whatever the script had. Names are normalised (lowercase,
/// without spaces, `_`, `-`, `.`, parentheses: `Joined Twitter Date (UTC)` =
/// `joinedtwitterdateutc`) and looked up here. When two attributes of a node map to the
/// same role, the one earlier in its list wins (an explicit `name` beats a `label`).
///
/// | node role | names |
/// |---|---|
/// | handle | screen_name, handle, username, user_name, Vertex, acct |
/// | name | name, display_name, full_name, label, node_label |
/// | bio | description, bio, about, summary |
/// | location | location |
/// | followers | followers, followers_count |
/// | following | following, following_count, friends, friends_count, Followed (NodeXL) |
/// | createdAt | created_at, joined, Joined Twitter Date (UTC), joined_date |
/// | specialty | specialty, speciality |
///
/// | edge role | names |
/// |---|---|
/// | count | weight, count, edge_weight |
/// | kind | kind, type, relationship, Edge Type, relation, interaction |
/// | time | timestamp, time, date, created_at, Relationship Date (UTC), Tweet Date (UTC) |
/// | first time | start, start_time, first_at |
/// | last time | end, end_time, last_at |
enum GraphRole: Int, CaseIterable {
    case handle, name, bio, location, followers, following, createdAt, specialty
    case weight, kind, time, start, end

    static let nodeSynonyms: [String: (GraphRole, rank: Int)] = {
        var map: [String: (GraphRole, Int)] = [:]
        func add(_ role: GraphRole, _ names: [String]) {
            for (rank, name) in names.enumerated() { map[name] = (role, rank) }
        }
        add(.handle, ["screenname", "handle", "username", "vertex", "acct"])
        add(.name, ["name", "displayname", "fullname", "label", "nodelabel"])
        add(.bio, ["description", "bio", "about", "summary"])
        add(.location, ["location"])
        add(.followers, ["followers", "followerscount"])
        add(.following, ["following", "followingcount", "friends", "friendscount", "followed"])
        add(.createdAt, ["createdat", "joined", "joinedtwitterdateutc", "joineddate"])
        add(.specialty, ["specialty", "speciality"])
        return map
    }()

    static let edgeSynonyms: [String: (GraphRole, rank: Int)] = {
        var map: [String: (GraphRole, Int)] = [:]
        func add(_ role: GraphRole, _ names: [String]) {
            for (rank, name) in names.enumerated() { map[name] = (role, rank) }
        }
        add(.weight, ["weight", "count", "edgeweight"])
        add(.kind, ["kind", "type", "relationship", "edgetype", "relation", "interaction"])
        add(.time, ["timestamp", "time", "date", "createdat", "relationshipdateutc", "tweetdateutc"])
        add(.start, ["start", "starttime", "firstat"])
        add(.end, ["end", "endtime", "lastat"])
        return map
    }()

    /// Lowercase, without spaces, `_`, `-`, `.`, `(`, `)`.
    static func normalize(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !" _-.()\t".unicodeScalars.contains($0) })
    }

    static func node(_ name: String) -> (GraphRole, rank: Int)? { nodeSynonyms[normalize(name)] }
    static func edge(_ name: String) -> (GraphRole, rank: Int)? { edgeSynonyms[normalize(name)] }

    /// An edge kind from a graph file: the built-in kinds under their usual names (NodeXL's
    /// `Followed`, `Mentions`, `Replies to`, `Retweet`, …), anything else as written (trimmed).
    static func kind(_ value: String) -> String {
        let trimmed = value.trimmingASCIIWhitespace()
        switch normalize(trimmed) {
        case "follow", "follows", "followed", "following": return EdgeKind.follow
        case "mention", "mentions", "mentionsinretweet", "mentionedin": return EdgeKind.mention
        case "reply", "replies", "repliesto", "replyto": return EdgeKind.reply
        case "repost", "reposts", "retweet", "retweets", "retweeted", "boost": return EdgeKind.repost
        case "quote", "quotes", "quotetweet", "quoted": return EdgeKind.quote
        case "like", "likes", "favorite", "favourite", "favorited", "liked": return EdgeKind.like
        default: return trimmed
        }
    }
}

/// The values one node or edge collected, by role, keeping the best-ranked source of each.
struct RoleValues {
    private var values: [(role: GraphRole, rank: Int, value: String)] = []

    mutating func set(_ role: GraphRole, rank: Int, _ value: String) {
        // Most values need no trimming: check the ends before building a new string.
        func space(_ c: UInt8?) -> Bool { c == 32 || c == 9 || c == 10 || c == 13 }
        let trimmed = space(value.utf8.first) || space(value.utf8.last) ? value.trimmingASCIIWhitespace() : value
        guard !trimmed.isEmpty else { return }
        if let i = values.firstIndex(where: { $0.role == role }) {
            if rank < values[i].rank { values[i] = (role, rank, trimmed) }
        } else {
            values.append((role, rank, trimmed))
        }
    }

    func has(_ role: GraphRole) -> Bool { values.contains { $0.role == role } }

    subscript(role: GraphRole) -> String? { values.first { $0.role == role }?.value }
}
