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

    @OptionGroup var location: StoreLocation

    @OptionGroup var output: TableOutput

    func run() throws {
        let store = try location.openExisting()
        guard let s = try store.source(matching: source) else {
            throw InputProblem(description: "no source matches \(source) in \(location.db): see `curbside sources`")
        }
        let r = try store.forget(source: s)
        try output.write([ForgetRow(source: s.id, path: s.path, edgesRemoved: r.edgesRemoved, hashtagsRemoved: r.hashtagsRemoved,
                                    accountsRemoved: r.accountsRemoved, accountsRestored: r.accountsRestored,
                                    eventsRemoved: r.eventsRemoved)])
    }
}

/// The row `curbside forget` prints.
struct ForgetRow: Encodable {
    var source: Int64
    var path: String
    var edgesRemoved: Int
    var hashtagsRemoved: Int
    var accountsRemoved: Int
    var accountsRestored: Int
    var eventsRemoved: Int

    enum CodingKeys: String, CodingKey {
        case source, path, edgesRemoved = "edges_removed", hashtagsRemoved = "hashtags_removed"
        case accountsRemoved = "accounts_removed", accountsRestored = "accounts_restored", eventsRemoved = "events_removed"
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
        try options.output.write(sets.map {
            FileSetRow(id: $0.id, path: $0.path, sha256: String($0.sha256.prefix(12)), accounts: $0.accounts, persons: $0.persons)
        }, columns: ["id", "path", "sha256", "accounts", "persons"])
    }
}
