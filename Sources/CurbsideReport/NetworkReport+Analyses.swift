import CurbsideAnalysis
import CurbsideGraph
import Foundation

/// The report sections built on Curbside's analyses: composite influence, reach and the
/// briefing list, and collaborators for a focus account.
extension NetworkReport {
    /// Composite influence (`curbside influence`): the top accounts with each component,
    /// then the leaders within the largest specialties.
    public static let compositeInfluenceSection: ReportSection = { context in
        let data = context.data, options = context.options
        let score = try data.composite
        context.lap("composite influence (PageRanks, k-core, clinician in-degree)")
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "Influence"),
            .text("A composite score that shows how it was built: each component is turned into a percentile (where the "
                + "account ranks among all accounts, ties sharing their middle rank) and weighted — "
                + score.components.enumerated().filter { score.weights[$0.offset] > 0 }
                    .map { "\($1.title) × \(String(format: "%.2f", score.weights[$0]))" }.joined(separator: ", ")
                + ". "
                + score.unavailable.map { "\($0.component.title.prefix(1).uppercased() + $0.component.title.dropFirst()) is left out: \($0.reason). " }.joined()
                + score.saturated.map { "\($0.component.title.prefix(1).uppercased() + $0.component.title.dropFirst()) has no spread in this network "
                    + "(\($0.reason)), so it weighs 0 and only breaks ties. " }.joined()
                + "Accounts that look like bots or celebrities are flagged, not dropped; curbside influence --explain "
                + "prints the arithmetic for every account."
                + (score.notes.isEmpty ? "" : " " + score.notes.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "; ") + ".")),
        ]
        var columns: [MarkdownTable.Column] = [.init("Rank", alignment: .right), .init("Account"), .init("Specialty"), .init("Score", alignment: .right)]
        for c in score.components { columns.append(.init(c.title, alignment: .right)) }
        columns.append(.init("Flags"))
        var t = MarkdownTable(columns: columns)
        for v in score.order.prefix(options.top) {
            var row = [String(score.rank[Int(v)]), data.display(v), data.specialty(v), String(format: "%.3f", score.composite[Int(v)])]
            for c in score.components.indices { row.append(String(format: "%.2f", score.percentiles[c][Int(v)])) }
            row.append(score.flags[Int(v)].map(\.kind.rawValue).joined(separator: ", "))
            t.addRow(row)
        }
        blocks.append(.text("Component columns are percentiles (1.00: higher than every other account)."))
        blocks.append(.table(t))

        let leading = mainSpecialties(data, clinicalOnly: false).prefix(4)
        if !leading.isEmpty {
            blocks.append(.heading(level: 3, text: "Within each specialty"))
            var bySpecialty = MarkdownTable(columns: [.init("Specialty"), .init("Leaders (rank within the specialty, overall)")])
            for s in leading {
                let members = score.order.filter { data.nodeSpecialties.labels[Int($0)] == s }.prefix(3)
                bySpecialty.addRow([s, members.map { "\(data.display($0)) (\(score.specialtyRank[Int($0)] ?? 0), \(score.rank[Int($0)]))" }
                    .joined(separator: ", ")])
            }
            blocks.append(.table(bySpecialty))
        }
        let flagged = score.order.filter { !score.flags[Int($0)].isEmpty }
        if !flagged.isEmpty {
            blocks.append(.text("\(integer(Double(flagged.count))) accounts are flagged (bot-like, celebrity-like or bursts of activity); "
                + "they stay in every measure. First: " + flagged.prefix(5).map(data.display).joined(separator: ", ") + "."))
        }
        return blocks
    }

    /// Reach of the most influential accounts and, per main clinical specialty, the
    /// accounts to brief (`curbside reach`, `curbside brief`).
    public static let reachSection: ReportSection = { context in
        let data = context.data, options = context.options
        let network = data.reachNetwork
        context.lap("reach network (audience ties, cascade probabilities)")
        guard !network.audienceKinds.isEmpty else { return [] }
        let large = data.isLarge
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "Reach"),
            .text("Audience: accounts with an audience tie (\(network.audienceKinds.joined(separator: ", "))) to the account. "
                + "Two-hop audience: distinct accounts among its followers and their followers (exact; HyperBall's estimate beside it). "
                + (large ? "" : "Expected cascade: accounts expected to engage when its post spreads along ties with per-tie "
                    + "probabilities from observed engagement (\(network.probabilities.summary)), mean of \(options.reachSimulations) "
                    + "runs with its 95 % interval.")),
        ]
        let ro = NetworkReport.reachOptions(data, options)
        let nodes = Array(try data.composite.order.prefix(NetworkReport.reachAccounts(options)))
        let rows = try reachOfAccounts(network, nodes: nodes, options: ro)
        context.lap("reach of the top accounts (HyperBall, exact two hops\(large ? "" : ", cascades"))")
        var columns: [MarkdownTable.Column] = [
            .init("Account"), .init("Audience", alignment: .right), .init("Two-hop audience", alignment: .right),
            .init("HyperBall estimate", alignment: .right),
        ]
        if !large { columns.append(.init("Expected cascade (95 % interval)", alignment: .right)) }
        var t = MarkdownTable(columns: columns)
        for r in rows {
            var row = [data.display(r.node), integer(Double(r.audience)), r.twoHopExact.map { integer(Double($0)) } ?? "–",
                       integer(r.twoHopEstimate)]
            if !large {
                row.append(r.cascade.map { String(format: "%.1f (%.1f–%.1f)", $0.mean, $0.lower, $0.upper) } ?? "–")
            }
            t.addRow(row)
        }
        blocks.append(.table(t))

        guard !large else {
            blocks.append(.text("The briefing lists are left out on networks of more than "
                + "\(integer(Double(data.session.parameters.largeNetworkTies))) ties: run `curbside brief --target-specialty X`."))
            return blocks
        }
        let specialties = mainSpecialties(data, clinicalOnly: true).prefix(options.briefSpecialties)
        guard !specialties.isEmpty else { return blocks }
        blocks.append(.heading(level: 3, text: "Whom to brief"))
        blocks.append(.text("The \(options.briefAccounts) accounts whose posts are expected to reach the most accounts of a specialty "
            + "(IMM, Tang, Shi, Xiao 2015, doi:10.1145/2723372.2723734, ε \(NetworkReport.briefOptions(data, options).epsilon), "
            + "seed \(data.seed)), with the "
            + "expected reach among that specialty's accounts re-estimated by \(options.reachSimulations) cascade runs, "
            + "against the \(options.briefAccounts) accounts with the highest PageRank."))
        var briefs = MarkdownTable(columns: [
            .init("Specialty"), .init("Accounts to brief"), .init("Expected reach (95 % interval)", alignment: .right),
            .init("Top by PageRank instead", alignment: .right),
        ])
        for s in specialties {
            let targets = data.nodeSpecialties.nodes(matching: s)
            let bo = NetworkReport.briefOptions(data, options)
            let plan = try BriefPlan(network: network, targets: targets, options: bo, tieBreak: { data.display($0) })
            briefs.addRow([
                "\(s) (\(integer(Double(targets.count))) accounts)", plan.seeds.map(data.display).joined(separator: ", "),
                String(format: "%.1f (%.1f–%.1f)", plan.spread.mean, plan.spread.lower, plan.spread.upper),
                String(format: "%.1f", plan.baselineSpread.mean),
            ])
        }
        blocks.append(.table(briefs))
        return blocks
    }

    /// Suggested collaborators for `--focus` (`curbside collaborators`) and their diagram.
    public static let collaboratorsSection: ReportSection = { context in
        let data = context.data
        guard let focusName = context.options.focus else { return [] }
        let focus = try data.node(named: focusName)
        let candidates = try data.collaboratorCandidates(for: focus, limit: context.options.top)
        var blocks: [ReportBlock] = [
            .heading(level: 2, text: "Collaborators for \(data.display(focus))"),
            .text("Accounts not yet tied to \(data.display(focus)), ranked by structural proximity on mutual follows and "
                + "interactions (personalised PageRank and resource allocation), shared hashtags and bio terms, specialty fit, "
                + "activity and influence; each with the reason in one line."),
        ]
        guard !candidates.isEmpty else {
            blocks.append(.text("No account is close enough to suggest."))
            return blocks
        }
        var t = MarkdownTable(columns: [.init("Rank", alignment: .right), .init("Account"), .init("Specialty"),
                                        .init("Score", alignment: .right), .init("Why")])
        for (i, found) in candidates.enumerated() {
            var c = found
            // Bio words can name an institution: pseudonymised reports leave them out.
            if context.options.anonymize { c.sharedBioTerms = [] }
            let why = explanation(for: c, name: { data.display($0) }, specialty: data.profiles[Int(c.candidate)].specialty,
                                  community: try data.communityLabel(Int(data.communities.membership[Int(c.candidate)])))
            t.addRow([String(i + 1), data.display(c.candidate), data.specialty(c.candidate), String(format: "%.3f", c.score), why])
        }
        blocks.append(.table(t))
        var diagram = DiagramOptions()
        diagram.focus = focus
        diagram.top = min(context.options.top, 12)
        blocks += try context.figure(.collaborators, name: "collaborators", options: diagram)
        return blocks
    }

    /// Specialty labels by number of accounts, most first (ties by name).
    static func mainSpecialties(_ data: NetworkData, clinicalOnly: Bool) -> [String] {
        var counts: [String: Int] = [:]
        for v in 0..<UInt32(data.nodeSpecialties.labels.count) {
            guard let s = data.nodeSpecialties.labels[Int(v)], !clinicalOnly || data.nodeSpecialties.isClinical(v) else { continue }
            counts[s, default: 0] += 1
        }
        return counts.filter { $0.value >= 10 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
