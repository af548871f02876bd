import CurbsideStore

/// Finds the account a user names on the command line (`--focus`, `--account`,
/// collaborator targets, reach and overlap accounts) — one rule for every command:
///
/// 1. `platform:id` (e.g. `x:12345`, `csv:17`) names the account with that platform id on
///    that platform, exactly.
/// 2. `@name` names the account whose handle is `name`, ignoring case; it never matches an id.
/// 3. Bare text names every account whose platform id is the text exactly or whose handle
///    is the text ignoring case.
///
/// Exactly one account must match. None is ``AccountResolutionError/notFound(_:)``;
/// several (one handle on two platforms, an id that is another account's handle) is
/// ``AccountResolutionError/ambiguous(_:candidates:)``, which lists every candidate as
/// `platform:id` so the user can pick one — never a silent first match. A node that
/// stands for several linked accounts (`curbside link`) answers to its representative's
/// names (the account with the smallest store id).
public struct AccountResolver: Sendable {
    private let accounts: [AccountInfo]
    private var byHandle: [String: [UInt32]] = [:]
    private var byID: [String: [UInt32]] = [:]
    private var platforms: Set<String> = []

    /// `accounts[v]` is node `v`'s account (``LoadedGraph/accounts``).
    public init(accounts: [AccountInfo]) {
        self.accounts = accounts
        for (i, a) in accounts.enumerated() {
            byID[a.platformID, default: []].append(UInt32(i))
            if let h = a.handle, !h.isEmpty { byHandle[h.lowercased(), default: []].append(UInt32(i)) }
            platforms.insert(a.platform)
        }
    }

    /// The node `name` names (see the rule above).
    public func node(named name: String) throws(AccountResolutionError) -> UInt32 {
        let text = name.trimmingSpaces
        var found: [UInt32]
        if let colon = text.firstIndex(of: ":"), platforms.contains(String(text[..<colon])) {
            let platform = String(text[..<colon]), id = String(text[text.index(after: colon)...])
            found = (byID[id] ?? []).filter { accounts[Int($0)].platform == platform }
        } else if text.hasPrefix("@") {
            found = byHandle[String(text.dropFirst()).lowercased()] ?? []
        } else {
            found = (byID[text] ?? []) + (byHandle[text.lowercased()] ?? [])
        }
        found = Array(Set(found)).sorted()
        guard !found.isEmpty else { throw .notFound(name) }
        guard found.count == 1 else { throw .ambiguous(name, candidates: found.map(qualifiedID)) }
        return found[0]
    }

    /// `x:12345`: the form that always names one account.
    public func qualifiedID(_ v: UInt32) -> String { accounts[Int(v)].platform + ":" + accounts[Int(v)].platformID }
}

/// A name that no account, or several, answer to (``AccountResolver``).
public enum AccountResolutionError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case ambiguous(String, candidates: [String])

    public var description: String {
        switch self {
        case let .notFound(name):
            return "no account \(name) in the network (give @handle, the account id or platform:id)"
        case let .ambiguous(name, candidates):
            return "\(name) names \(candidates.count) accounts (\(candidates.joined(separator: ", "))); give one of them as platform:id"
        }
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
