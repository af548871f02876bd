import CurbsideAnalysis
import CurbsideGraph
import Foundation

/// The report of one person's network (``EgoNetwork``): said at the top, and the sections
/// that mean something for one owner in place of the community map and everyone's reach.
extension NetworkReport {
    /// Rows of the ego tables.
    static let egoRows = 10

    /// "One person's network" and its sections: audience by specialty, mutuals, who engages
    /// with the owner and how, whom the owner engages with, who amplifies the owner. Empty
    /// when the network is not an ego network.
    public static let egoSection: ReportSection = { context in
        let data = context.data
        guard let ego = data.session.ego else { return [] }
        let owner = data.display(ego.owner)
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "One person's network"),
            .text("This is an ego network: \(percent(ego.share)) of the \(integer(Double(ego.pairs))) tied pairs of accounts touch "
                + "\(owner) — the export of one account. A community map would show one bubble around \(owner) and the reach of "
                + "every account would be \(owner)'s audience again, so those sections are replaced by the owner's audience, "
                + "mutuals and engagement below."),
        ]
        var audience = MarkdownTable(columns: [.init("Specialty"), .init("Followers", alignment: .right), .init("Following", alignment: .right),
                                               .init("Mutuals", alignment: .right)])
        var bySpecialty: [String: (Int, Int, Int)] = [:]
        for v in ego.followers { bySpecialty[data.specialty(v), default: (0, 0, 0)].0 += 1 }
        for v in ego.following { bySpecialty[data.specialty(v), default: (0, 0, 0)].1 += 1 }
        for v in ego.mutuals { bySpecialty[data.specialty(v), default: (0, 0, 0)].2 += 1 }
        for (s, c) in bySpecialty.sorted(by: { ($0.value.0 + $0.value.1, $1.key) > ($1.value.0 + $1.value.1, $0.key) }) {
            audience.addRow([s, integer(Double(c.0)), integer(Double(c.1)), integer(Double(c.2))])
        }
        blocks.append(.heading(level: 3, text: "Audience by specialty"))
        if ego.followers.isEmpty && ego.following.isEmpty {
            blocks.append(.text("The input has no follow ties around \(owner)."))
        } else {
            blocks.append(.text("\(integer(Double(ego.followers.count))) followers, \(integer(Double(ego.following.count))) followed, "
                + "\(integer(Double(ego.mutuals.count))) mutuals (following each other)."))
            blocks.append(.table(audience))
        }
        if !ego.mutuals.isEmpty {
            let composite = try data.composite
            let top = ego.mutuals.sorted { composite.rank[Int($0)] < composite.rank[Int($1)] }.prefix(egoRows)
            blocks.append(.text("Mutuals ranked by influence: " + top.map { "\(data.display($0)) (\(data.specialty($0)))" }
                .joined(separator: ", ") + (ego.mutuals.count > top.count ? ", …" : "") + "."))
        }
        func engagementTable(_ rows: [EgoNetwork.Engagement], heading: String, empty: ReportBlock) {
            blocks.append(.heading(level: 3, text: heading))
            guard !rows.isEmpty else { blocks.append(empty); return }
            var t = MarkdownTable(columns: [.init("Account"), .init("Specialty"), .init("Interactions", alignment: .right), .init("How")])
            for r in rows.prefix(egoRows) {
                t.addRow([data.display(r.node), data.specialty(r.node), integer(Double(r.total)),
                          r.byKind.map { "\($0.kind) \(integer(Double($0.count)))" }.joined(separator: ", ")])
            }
            blocks.append(.table(t))
        }
        engagementTable(ego.engagesOwner, heading: "Who engages with \(owner)",
                        empty: .paragraph([.text("The input holds no interaction towards \(owner): an archive lists what its owner posted, "
                            + "not what others did. A twarc2 search for replies to and mentions of the owner, imported beside it, adds them: "),
                            .code("twarc2 search \"to:HANDLE OR @HANDLE\" mentions.jsonl"), .text(", then "),
                            .code("curbside import mentions.jsonl"), .text(".")]))
        engagementTable(ego.amplifiers, heading: "Who amplifies \(owner) (reposts and quotes)",
                        empty: .text("No repost or quote of \(owner) in the input."))
        engagementTable(ego.ownerEngages, heading: "Whom \(owner) engages with",
                        empty: .text("The input holds no interaction by \(owner)."))
        return blocks
    }

    /// Accounts known only by an id, and how to name them: one line, or nothing when every
    /// account has a handle or a name.
    static func bareAccountsNote(_ data: NetworkData) -> [ReportBlock] {
        let bare = data.session.bareAccounts.count
        guard bare > 0 else { return [] }
        return [.paragraph([
            .text("\(integer(Double(bare))) of \(integer(Double(data.accounts.count))) accounts (\(percent(Double(bare) / Double(max(data.accounts.count, 1))))) "
                + "are known only by an id (an X archive lists followers by id). To name them, import an id,handle file ("),
            .code("curbside import handles.csv"), .text(") or a twarc2 lookup of the ids ("),
            .code("twarc2 users ids.txt users.jsonl"), .text(", then "), .code("curbside import users.jsonl"), .text(")."),
        ])]
    }

    /// `93 %` (`< 1 %` for a small nonzero share).
    static func percent(_ share: Double) -> String {
        share > 0 && share < 0.005 ? "< 1 %" : "\(Int((share * 100).rounded())) %"
    }
}
