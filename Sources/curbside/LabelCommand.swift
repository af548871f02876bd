import ArgumentParser
import CurbsideAnalysis
import CurbsideImport
import CurbsideStore
import Foundation

struct LabelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "label",
        abstract: "Assign specialties to accounts by hand, reversibly; labels always win.",
        discussion: """
        FILE is a CSV whose columns are found by header: account (platform id or @handle; \
        or the columns id / handle), specialty (a lexicon key such as cardiology, a name or \
        alias such as cardiologist, or a NUCC taxonomy code such as 207RC0000X), and \
        optionally platform (needed only when an id or handle occurs on several platforms). \
        Other columns are ignored. A user label beats every other kind of evidence in \
        `curbside specialties` and reports; a later label file beats an earlier one. \
        --list shows the label sets applied; --remove ID takes one back.

        Examples:
          curbside label experts.csv
          curbside label codes.csv --taxonomy nucc_taxonomy_250.csv
          curbside label --list
          curbside label --remove 1
        """
    )

    @OptionGroup var options: FileSetOptions

    @OptionGroup var lexicon: LexiconOptions

    func run() throws {
        guard let store = try options.openStore(noun: "label", removeSet: { try $0.removeLabels(id: $1) }) else { return }
        if let file = options.file {
            let classifier = try lexicon.classifier()
            let rows = try readSpecialtyRows(file)
            var labels: [SpecialtyLabelRow] = []
            var unknown: [Int] = []
            for r in rows {
                guard let resolved = classifier.resolveLabel(r.specialty) else { unknown.append(r.line); continue }
                labels.append(SpecialtyLabelRow(platform: r.platform, account: r.account, specialty: resolved.specialty, line: r.line))
            }
            if !unknown.isEmpty {
                let message = "\((file as NSString).lastPathComponent): line\(unknown.count == 1 ? "" : "s") "
                    + unknown.prefix(10).map(String.init).joined(separator: ", ") + (unknown.count > 10 ? ", …" : "")
                    + ": expected a specialty the lexicon knows (key, name, alias or NUCC code; --taxonomy FILE adds every NUCC code)"
                if !options.lenient { throw InputProblem(description: message) }
                printError("  skipped \(unknown.count) rows with an unknown specialty (\(message))")
            }
            try options.apply(file, noun: "label", skipped: "no single account") { path, digest in
                let r = try store.addLabels(path: path, sha256: digest, labels: labels, skipUnresolved: options.lenient)
                return (r.set.id, r.alreadyApplied, r.skippedLines)
            }
        }
        let sets = try store.labelSets()
        try options.output.write(sets.map { FileSetRow(id: $0.id, path: $0.path, sha256: String($0.sha256.prefix(12)), labels: $0.labels) },
                                 columns: ["id", "path", "sha256", "labels"])
    }
}

/// Rows of a label or truth CSV, columns found by header: `account` (or `id`, or `handle`
/// — a handle gets its `@`), `specialty` (or `speciality`, `code`, `label`), optional `platform`.
func readSpecialtyRows(_ path: String) throws -> [SpecialtyTruthRow] {
    let csv = try CSVRecords(path: path)
    let name = (path as NSString).lastPathComponent
    func column(_ names: String...) -> Int? {
        csv.header.firstIndex { names.contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }
    }
    let account = column("account", "id", "account_id", "platform_id"), handle = column("handle", "screen_name", "username")
    guard account != nil || handle != nil, let specialty = column("specialty", "speciality", "code", "label") else {
        throw ImportError(file: name, location: "line 1", expected: "a header with the columns account (or id or handle) and specialty",
                          reason: "bad-header")
    }
    let platform = column("platform")
    var rows: [SpecialtyTruthRow] = []
    for r in csv.records {
        func field(_ i: Int?) -> String? {
            guard let i, i < r.fields.count else { return nil }
            let v = r.fields[i].trimmingCharacters(in: .whitespaces)
            return v.isEmpty ? nil : v
        }
        let who: String
        if let a = field(account) { who = a } else if let h = field(handle) { who = h.hasPrefix("@") ? h : "@" + h } else {
            throw ImportError(file: name, location: "line \(r.line)", expected: "an account id or @handle", reason: "missing-account")
        }
        guard let s = field(specialty) else {
            throw ImportError(file: name, location: "line \(r.line)", expected: "a specialty", reason: "missing-specialty")
        }
        rows.append(SpecialtyTruthRow(platform: field(platform)?.lowercased(), account: who, specialty: s, line: r.line))
    }
    return rows
}
