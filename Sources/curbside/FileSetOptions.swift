import ArgumentParser
import CurbsideImport
import CurbsideStore
import Foundation

/// Options and steps shared by the commands that apply a file to the store reversibly
/// (`label`, `link`): apply FILE, `--list` the sets applied, or `--remove ID`.
struct FileSetOptions: ParsableArguments {
    @Argument(help: "The file to apply (its columns are described above).")
    var file: String?

    @OptionGroup var location: StoreLocation

    @Flag(name: .long, help: "List the sets applied.")
    var list = false

    @Option(name: .long, help: "Remove the set with this id.")
    var remove: Int64?

    @Flag(name: .long, help: "Skip rows that cannot be applied (naming no account, or for labels an unknown specialty), instead of failing.")
    var lenient = false

    @OptionGroup var output: TableOutput

    func validate() throws {
        let actions = (file != nil ? 1 : 0) + (list ? 1 : 0) + (remove != nil ? 1 : 0)
        if actions != 1 { throw ValidationError("give a FILE, --list, or --remove ID") }
    }

    /// Opens the store; with `--remove`, removes that set through `removeSet` and returns
    /// nil (the command is done).
    func openStore(noun: String, removeSet: (Store, Int64) throws -> Bool) throws -> Store? {
        let store = try location.openExisting(access: list ? .readOnly : .readWrite)
        guard let id = remove else { return store }
        guard try removeSet(store, id) else { throw InputProblem(description: "no \(noun) set \(id) in \(location.db)") }
        printError("removed \(noun) set \(id)")
        return nil
    }

    /// Applies `file` through `add` (given the path and its SHA-256; returns the set id,
    /// whether the same content was applied before, and the lines skipped) and reports on
    /// stderr. Rows naming no account are an input problem unless `--lenient`.
    func apply(_ file: String, noun: String, skipped: String,
               _ add: (_ path: String, _ sha256: String) throws -> (set: Int64, alreadyApplied: Bool, skippedLines: [Int])) throws {
        let digest = try Importer.fileDigest(atPath: file)
        do {
            let result = try add(file, digest)
            if result.alreadyApplied { printError("\(file): already applied as \(noun) set \(result.set); nothing changed") }
            if !result.skippedLines.isEmpty {
                printError("  skipped \(result.skippedLines.count) rows naming \(skipped) (lines \(result.skippedLines.prefix(10).map(String.init).joined(separator: ", ")))")
            }
        } catch let e as UnresolvedLinks {
            throw InputProblem(description: e.description)
        }
    }
}
