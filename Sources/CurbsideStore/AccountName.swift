import CSQLite

/// How a user names an account — on the command line (`--focus`, `--account`, collaborator
/// targets, reach and overlap accounts) and in the `account` column of label, link and truth
/// files. One rule, in one place, for every command and file:
///
/// 1. `platform:id` (e.g. `x:12345`, `csv:17`), where `platform` is one the store holds,
///    names the account with that platform id on that platform, exactly.
/// 2. `@name` names the account whose handle is `name`, ignoring case (``fold(_:)``); it
///    never matches an id.
/// 3. Bare text names every account whose platform id is the text exactly or whose handle
///    is the text ignoring case.
///
/// A file row's own `platform` column narrows the match to that platform. Exactly one
/// account must match: none, or several (one handle on two platforms, an id that is another
/// account's handle), names no account — never a silent first match.
public enum AccountName: Equatable, Sendable {
    case qualified(platform: String, id: String)
    case handle(folded: String)
    case idOrHandle(id: String, folded: String)

    /// `text` read by the rule; `platforms` are the platforms the store holds (`csv:17` is
    /// bare text when no account is on platform `csv`).
    public init(_ text: String, platforms: Set<String>) {
        let text = text.trimmingSpaces
        if let colon = text.firstIndex(of: ":"), platforms.contains(String(text[..<colon])) {
            self = .qualified(platform: String(text[..<colon]), id: String(text[text.index(after: colon)...]))
        } else if text.hasPrefix("@") {
            self = .handle(folded: AccountName.fold(String(text.dropFirst())))
        } else {
            self = .idOrHandle(id: text, folded: AccountName.fold(text))
        }
    }

    /// A handle as it is compared: lowercased (Unicode-aware, the same in Swift and in the
    /// store's SQL through `curbside_fold`).
    public static func fold(_ handle: String) -> String { handle.lowercased() }

    /// Registers `curbside_fold(text)` (``fold(_:)``) on a connection, for SQL that compares
    /// handles by the rule. Deterministic; NULL and non-text values give NULL.
    static func registerFold(on db: OpaquePointer) {
        sqlite3_create_function_v2(db, "curbside_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, { context, count, values in
            guard count == 1, let value = values?[0], sqlite3_value_type(value) == SQLITE_TEXT,
                  let text = sqlite3_value_text(value)
            else {
                sqlite3_result_null(context)
                return
            }
            let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_value_bytes(value)))
            sqlite3_result_text(context, AccountName.fold(String(decoding: bytes, as: UTF8.self)), -1, SQLITE_TRANSIENT)
        }, nil, nil, nil)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
