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

    @Argument(help: "A link file (platform,account,person).")
    var file: String?

    @Option(name: .long, help: "The store (default: ./curbside.sqlite).")
    var db: String = "curbside.sqlite"

    @Flag(name: .long, help: "List the link sets applied.")
    var list = false

    @Option(name: .long, help: "Remove the link set with this id.")
    var remove: Int64?

    @Flag(name: .long, help: "Skip rows that name no account in the store, instead of failing.")
    var lenient = false

    @Option(name: .long, help: "table, json or csv.")
    var format: OutputFormat = .table

    func validate() throws {
        let actions = (file != nil ? 1 : 0) + (list ? 1 : 0) + (remove != nil ? 1 : 0)
        if actions != 1 { throw ValidationError("give a link FILE, --list, or --remove ID") }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw InputProblem(description: "no store at \(db): import sources first")
        }
        let store = try Store(path: db)
        if let id = remove {
            guard try store.removeLinks(id: id) else { throw InputProblem(description: "no link set \(id) in \(db)") }
            printError("removed link set \(id)")
            return
        }
        if let file {
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
            let digest = try SHA256.hexOfFile(atPath: file)
            do {
                let result = try store.addLinks(path: file, sha256: digest, links: links, skipUnresolved: lenient)
                if result.alreadyApplied { printError("\(file): already applied as link set \(result.set.id); nothing changed") }
                if !result.skippedLines.isEmpty {
                    printError("  skipped \(result.skippedLines.count) rows naming no account (lines \(result.skippedLines.prefix(10).map(String.init).joined(separator: ", ")))")
                }
            } catch let e as UnresolvedLinks {
                throw InputProblem(description: e.description)
            }
        }
        let sets = try store.linkSets()
        emit(header: ["id", "path", "sha256", "accounts", "persons"],
             rows: sets.map { [String($0.id), $0.path, String($0.sha256.prefix(12)), String($0.accounts), String($0.persons)] },
             format: format, numericColumns: [0, 3, 4])
    }
}
