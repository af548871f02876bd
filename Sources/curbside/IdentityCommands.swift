import ArgumentParser
import CurbsideImport
import CurbsideStore
import Foundation

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove one imported source's contribution, and nothing else.",
        discussion: """
        Removes the source's edges, hashtags and what it said about accounts; accounts only it \
        mentioned go too, and the others get back the values the remaining sources gave them. \
        SOURCE is the id, the path or the SHA-256 (or a unique prefix of 8+ characters) shown by \
        `curbside sources`.

        Example:
          curbside sources
          curbside forget 2
        """
    )

    @Argument(help: "The source: id, path or SHA-256 (prefix).")
    var source: String

    @Option(name: .long, help: "The store (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw InputProblem(description: "no store at \(db)")
        }
        let store = try Store(path: db)
        guard let s = try store.source(matching: source) else {
            throw InputProblem(description: "no source matches \(source) in \(db): see `curbside sources`")
        }
        let r = try store.forget(source: s)
        emit(header: ["source", "path", "edges_removed", "hashtags_removed", "accounts_removed", "accounts_restored", "events_removed"],
             rows: [[String(s.id), s.path, String(r.edgesRemoved), String(r.hashtagsRemoved),
                     String(r.accountsRemoved), String(r.accountsRestored), String(r.eventsRemoved)]],
             format: format, numericColumns: [0, 2, 3, 4, 5, 6])
    }
}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Merge one person's accounts across platforms for analysis, reversibly.",
        discussion: """
        FILE is a CSV with the columns platform,account,person: account is the platform id or \
        @handle; rows with the same person become one node in every analysis. --list shows the \
        link sets applied; --remove ID takes one back.

        Examples:
          curbside link people.csv
          curbside link --list
          curbside link --remove 1
        """
    )

    @OptionGroup var options: FileSetOptions

    func run() throws {
        guard let store = try options.openStore(noun: "link", removeSet: { try $0.removeLinks(id: $1) }) else { return }
        if let file = options.file {
            let csv = try CSVRecords(path: file)
            guard let p = csv.column("platform"), let a = csv.column("account"), let person = csv.column("person") else {
                throw ImportError(file: (file as NSString).lastPathComponent, location: "line 1",
                                  expected: "the columns platform,account,person", reason: "bad-header")
            }
            var links: [PersonLink] = []
            for r in csv.records {
                guard r.fields.count > max(p, a, person) else {
                    throw ImportError(file: (file as NSString).lastPathComponent, location: "line \(r.line)",
                                      expected: "\(csv.header.count) fields", reason: "short-row")
                }
                links.append(PersonLink(platform: r.fields[p].trimmingCharacters(in: .whitespaces).lowercased(),
                                        account: r.fields[a].trimmingCharacters(in: .whitespaces),
                                        person: r.fields[person].trimmingCharacters(in: .whitespaces), line: r.line))
            }
            try options.apply(file, noun: "link", skipped: "no account") { path, digest in
                let r = try store.addLinks(path: path, sha256: digest, links: links, skipUnresolved: options.lenient)
                return (r.set.id, r.alreadyApplied, r.skippedLines)
            }
        }
        let sets = try store.linkSets()
        emit(header: ["id", "path", "sha256", "accounts", "persons"],
             rows: sets.map { [String($0.id), $0.path, String($0.sha256.prefix(12)), String($0.accounts), String($0.persons)] },
             format: options.format, numericColumns: [0, 3, 4])
    }
}
