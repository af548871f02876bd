import ArgumentParser
import CurbsideStore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store for damage; --repair removes dangling and invalid rows.",
        discussion: """
        Runs SQLite's integrity_check, checks the schema's migrations, every reference between \
        Curbside's tables (edges and events to accounts, sources and kinds; claims, hashtags, \
        links, labels and scores to their parents) and the values loading relies on (counts \
        of 1 or more, times in 1900–9999). Prints each problem with its row count and the \
        first rows' keys (ids only). Exit code 0 when the store is sound, 1 when it is damaged.

        --repair opens the store for writing (applying pending migrations), deletes the \
        dangling and invalid rows in one transaction and says what it removed. A file that \
        fails integrity_check cannot be repaired: re-import the sources into a new store.

        Examples:
          curbside check
          curbside check --db cardio.sqlite --repair
        """
    )

    @OptionGroup var location: StoreLocation

    @Flag(name: .long, help: "Delete dangling and invalid rows, in one transaction.")
    var repair = false

    @OptionGroup var output: TableOutput

    func run() throws {
        let store = try location.openExisting(access: repair ? .readWrite : .readOnly)
        let db = location.db
        let found = try store.check()
        if repair && !found.isClean {
            if found.findings.contains(where: { !$0.repairable }) {
                try show(found.findings)
                printError("\(db): the file itself is damaged (integrity_check failed); --repair cannot fix it: "
                           + "re-import the sources into a new store (`curbside import PATH… --db NEW`)")
                throw ExitCode.failure
            }
            let removed = try store.repair()
            for r in removed { printError("removed \(r.rows) row\(r.rows == 1 ? "" : "s") from \(r.table): \(r.problem)") }
            let after = try store.check()
            try show(after.findings)
            if !after.isClean { throw ExitCode.failure }
            printError("\(db): repaired; the store is sound")
            return
        }
        try show(found.findings)
        if found.isClean {
            printError("\(db): sound (integrity_check ok, no dangling or invalid rows)")
        } else {
            printError("\(db): damaged; `curbside check --repair --db \(db)` removes the rows listed"
                       + (found.findings.contains(where: { !$0.repairable }) ? ", but integrity_check failed: re-import the sources into a new store" : ""))
            throw ExitCode.failure
        }
    }

    /// The findings, one row each with its first rows' keys named (`source_id 1, src 3, dst
    /// 5, kind 1`); in a table each of those rows on a line of its own, which repeats the
    /// table and problem (so each line reads alone) and gives the count on the first.
    private func show(_ findings: [StoreFinding]) throws {
        if findings.isEmpty && output.format == .table { return }
        let rows: [FindingRow] = findings.flatMap { f -> [FindingRow] in
            guard output.format == .table else {
                return [FindingRow(table: f.table, problem: f.problem, rows: f.rows, firstRows: f.labelledExamples.joined(separator: "; "))]
            }
            let examples = f.labelledExamples.isEmpty ? [""] : f.labelledExamples
            return examples.enumerated().map { i, e in FindingRow(table: f.table, problem: f.problem, rows: i == 0 ? f.rows : nil, firstRows: e) }
        }
        try output.write(rows, columns: ["table", "problem", "rows", "first rows"])
    }

    /// A row of the findings: `rows` is empty on a table's continuation lines.
    struct FindingRow: Encodable {
        var table: String
        var problem: String
        var rows: Int?
        var firstRows: String

        enum CodingKeys: String, CodingKey {
            case table, problem, rows, firstRows = "first rows"
        }
    }
}
