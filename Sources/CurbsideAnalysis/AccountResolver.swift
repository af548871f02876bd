import CurbsideStore

/// Finds the node a user names on the command line (`--focus`, `--account`, collaborator
/// targets, reach and overlap accounts) by the one rule of ``AccountName`` — the rule the
/// store applies to label, link and truth files too.
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
            if let h = a.handle, !h.isEmpty { byHandle[AccountName.fold(h), default: []].append(UInt32(i)) }
            platforms.insert(a.platform)
        }
    }

    /// The node `name` names (see ``AccountName``).
    public func node(named name: String) throws(AccountResolutionError) -> UInt32 {
        var found: [UInt32]
        switch AccountName(name, platforms: platforms) {
        case let .qualified(platform, id):
            found = (byID[id] ?? []).filter { accounts[Int($0)].platform == platform }
        case let .handle(folded):
            found = byHandle[folded] ?? []
        case let .idOrHandle(id, folded):
            found = (byID[id] ?? []) + (byHandle[folded] ?? [])
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
