import CurbsideRecords
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an edge list's name and third column say about its ties, for files whose rows do
/// not: the kind a file name names, and whether a third column is a weight or a time.
enum EdgeListHints {
    /// Words of a file name that name a kind, on word boundaries (letters between any other
    /// characters), case-insensitive: `higgs-retweet_network.edgelist.gz` → repost.
    static let kindWords: [String: String] = [
        "retweet": EdgeKind.repost, "retweets": EdgeKind.repost, "repost": EdgeKind.repost, "reposts": EdgeKind.repost,
        "mention": EdgeKind.mention, "mentions": EdgeKind.mention,
        "reply": EdgeKind.reply, "replies": EdgeKind.reply,
        "follow": EdgeKind.follow, "follows": EdgeKind.follow, "following": EdgeKind.follow, "followers": EdgeKind.follow,
    ]

    /// The kind the last path component of `path` names, with the word that named it; nil
    /// when it names none, or names two different kinds (`retweets-and-replies.txt`).
    static func kind(fromFileName path: String) -> (kind: String, word: String)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var found: (kind: String, word: String)?
        for word in name.lowercased().split(whereSeparator: { !("a" ... "z").contains($0) }) {
            guard let kind = kindWords[String(word)] else { continue }
            if let f = found, f.kind != kind { return nil }
            found = (kind, String(word))
        }
        return found
    }

    /// The kind for a file whose rows carry none: `option` (`--kind`), else the kind its
    /// name names, else `edge`; recorded in the result, with a note when the name chose it.
    static func chooseKind(file: String, displayName: String, option: String?, context: ImportContext) -> String {
        let choice: KindChoice
        if let option {
            choice = KindChoice(file: displayName, kind: option, basis: .option)
        } else if let named = kind(fromFileName: file) {
            choice = KindChoice(file: displayName, kind: named.kind, basis: .fileName, word: named.word)
            context.note("\(displayName): ties are \(named.kind), as the file name says (\(named.word)); --kind sets another kind")
        } else {
            choice = KindChoice(file: displayName, kind: "edge", basis: .none)
        }
        context.result.kindChoices.append(choice)
        return choice.kind
    }

    /// 2006-03-21, the day of the first tweet: a Unix time before it is not a social-media time.
    static let earliestPlausibleTime: Int64 = 1_142_899_200

    /// A day from now: a later Unix time is not a time something was seen.
    static func latestPlausibleTime() -> Int64 { Int64(time(nil)) + 86_400 }

    /// Whether `t` (Unix seconds) lies between 2006-03-21 and `latest` (``latestPlausibleTime()``,
    /// taken once per file).
    @inline(__always)
    static func isPlausibleTime(_ t: Int64, latest: Int64) -> Bool {
        t >= earliestPlausibleTime && t <= latest
    }

    /// Whether `b` is a plain number (digits with at most one `.`), as weights and Unix times are.
    static func isNumber(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var dots = 0
        for c in b {
            if c == 46 { dots += 1 } else if c < 48 || c > 57 { return false }
        }
        return !b.isEmpty && dots <= 1
    }

    /// What a third-column value says: a time (a plausible Unix time or an ISO 8601 date), a
    /// weight (any other number), or nothing (not a number nor a time: a bad record either way).
    static func vote(_ b: UnsafeBufferPointer<UInt8>, latest: Int64) -> ThirdColumn? {
        if isNumber(b) {
            guard let t = Timestamps.parseGeneric(b) else { return .weight }
            return isPlausibleTime(t, latest: latest) ? .time : .weight
        }
        return Timestamps.parseGeneric(b) != nil ? .time : nil
    }
}

extension Importer {
    /// What the third column of the whitespace edge list `file` holds, and the line that
    /// decided it: read only when its first content line (after a counts header, when
    /// `skipFirstLine`) has three or more columns. The first value that is a number but not a
    /// plausible time makes it a weight; otherwise, when some value was a time, a time. Nil
    /// when the first line has two columns or no value decides (the reader then reads times,
    /// refusing implausible ones).
    static func detectThirdColumn(_ file: String, skipFirstLine: Bool) throws -> (ThirdColumn, line: Int)? {
        struct Decided: Error {}
        var decision: (ThirdColumn, line: Int)?
        var firstContent = true
        var sawTime = 0
        let latest = EdgeListHints.latestPlausibleTime()
        do {
            try ByteChunks.lines(path: file) { b, number in
                if skipFirstLine && number == 1 { return }
                // The third whitespace-separated token, if any.
                let n = b.count
                var k = 0, found = 0, s = 0
                while k < n, found < 3 {
                    while k < n, b[k] == 32 || b[k] == 9 { k += 1 }
                    if k == n || (found == 0 && (b[k] == 35 || b[k] == 37)) { break }
                    s = k
                    while k < n, b[k] != 32, b[k] != 9 { k += 1 }
                    found += 1
                }
                if found == 0 { return }
                defer { firstContent = false }
                guard found == 3 else {
                    if firstContent { throw Decided() }
                    return
                }
                switch EdgeListHints.vote(UnsafeBufferPointer(rebasing: b[s ..< k]), latest: latest) {
                case .weight:
                    decision = (.weight, number)
                    throw Decided()
                case .time:
                    if sawTime == 0 { sawTime = number }
                case nil: break
                }
            }
        } catch is Decided {
            return decision
        }
        return sawTime > 0 ? (.time, sawTime) : nil
    }
}
