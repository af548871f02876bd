import CurbsideGraph
import CurbsideStore

/// What the labelling and recommendation code knows about one account besides its ties:
/// its specialty, the hashtags it uses and the distinctive words of its bio. Bios are
/// untrusted text and never leave this struct whole: only single lowercase terms do.
public struct AccountProfile: Sendable, Equatable {
    /// The specialty (given in the input, or inferred), `nil` when unknown.
    public var specialty: String?
    /// Distinct lowercase hashtags (without `#`) used in posts or named in the bio, sorted.
    public var hashtags: [String]
    /// Distinct content words of the bio (lowercase, no stop words, at least 3 letters), sorted.
    public var bioTerms: [String]

    public init(specialty: String? = nil, hashtags: [String] = [], bioTerms: [String] = []) {
        self.specialty = specialty
        self.hashtags = hashtags
        self.bioTerms = bioTerms
    }
}

/// The specialty of one account: the single place community labels and collaborator
/// ranking ask for it, so the classifier behind it can be swapped in one line.
public func accountSpecialty(_ account: AccountInfo, hashtags: [String: Int]) -> String? {
    SpecialtyLexicon.standard.label(name: account.name, bio: account.bio, hashtags: hashtags, given: account.specialty)?.specialty
}

/// One ``AccountProfile`` per node of `loaded`; `hashtags` is ``Store/hashtagsByAccount()``.
/// A node standing for several linked accounts gets their hashtags summed. `specialties`
/// (per node) replaces the lexicon's label from the account's own text when given.
public func accountProfiles(_ loaded: LoadedGraph, hashtags: [Int64: [String: Int]], specialties: [String?]? = nil) -> [AccountProfile] {
    loaded.accounts.enumerated().map { v, account in
        var tags = hashtags[account.id] ?? [:]
        for other in loaded.mergedAccounts[UInt32(v)] ?? [] where other != account.id {
            for (tag, n) in hashtags[other] ?? [:] { tags[tag.lowercased(), default: 0] += n }
        }
        var lowered: [String: Int] = [:]
        for (tag, n) in tags {
            let t = tag.lowercased()
            if isHashtagWord(t) { lowered[t, default: 0] += n }
        }
        var distinctTags = Set(lowered.keys)
        var terms = Set<String>()
        for token in SpecialtyLexicon.tokens((account.bio ?? "").lowercased()) {
            if token.hasPrefix("#") {
                let tag = String(token.dropFirst())
                if isHashtagWord(tag) { distinctTags.insert(tag) }
            } else if isContentWord(token) {
                terms.insert(token)
            }
        }
        return AccountProfile(
            specialty: specialties.map { $0[v] } ?? accountSpecialty(account, hashtags: lowered),
            hashtags: distinctTags.sorted(),
            bioTerms: terms.sorted())
    }
}

/// A hashtag as labels may show it: 1–60 letters, digits or underscores (hashtags are
/// untrusted input; anything else is dropped rather than echoed).
func isHashtagWord(_ tag: String) -> Bool {
    !tag.isEmpty && tag.count <= 60 && tag.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
}

/// A bio token worth counting: letters (and inner hyphens) only, at least three letters,
/// not a stop word. Numbers, handles, links and single letters are dropped.
func isContentWord(_ token: String) -> Bool {
    guard token.count >= 3, token.count <= 40 else { return false }
    guard token.allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
    return !stopWords.contains(token)
}

/// English function words and profile boilerplate ("views my own", "RTs ≠ endorsement").
let stopWords: Set<String> = [
    "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "but", "not", "you", "your",
    "our", "out", "all", "any", "can", "has", "have", "had", "its", "it's", "into", "about", "who", "what",
    "when", "where", "how", "why", "will", "would", "than", "then", "them", "they", "their", "there", "here",
    "his", "her", "she", "him", "one", "two", "also", "more", "most", "some", "such", "only", "own", "via",
    "views", "view", "opinions", "tweets", "rts", "endorsement", "endorsements", "personal", "account",
    "official", "mine", "just", "love", "lover", "life", "mom", "dad", "wife", "husband", "proud", "she/her",
    "he/him", "they/them", "etc", "things", "stuff", "lots", "too", "very", "much", "many", "each", "every",
    "on", "of", "in", "at", "by", "to", "or", "an", "a", "is", "be", "as", "my", "me", "we", "us",
]
