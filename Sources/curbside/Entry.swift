import ArgumentParser
import CurbsideAnalysis
import CurbsideGraph
import CurbsideImport
import CurbsideStore
import Foundation

/// Exit codes, the same for every command.
enum Exit {
    static let ok: Int32 = 0
    static let runtimeFailure: Int32 = 1
    static let usage: Int32 = 2
    static let badInput: Int32 = 3
}

/// An input problem found by the CLI itself (a missing file, a bad option value for the data).
struct InputProblem: Error, CustomStringConvertible {
    var description: String
}

@main
enum Entry {
    static func main() {
        do {
            var command = try Curbside.parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch let error as ImportError {
            printError("error: \(error)")
            exit(Exit.badInput)
        } catch let error as UnreadableInput {
            printError("error: \(error)")
            exit(Exit.runtimeFailure)
        } catch let error as InputProblem {
            printError("error: \(error)")
            exit(Exit.badInput)
        } catch let error as AccountResolutionError {
            printError("error: \(error)")
            exit(Exit.badInput)
        } catch let error as StoreError {
            printError("error: \(error)")
            exit(Exit.runtimeFailure)
        } catch let error as OutputError {
            printError("error: \(error)")
            exit(Exit.runtimeFailure)
        } catch let error as GraphError {
            printError("error: \(error)")  // a parameter outside an algorithm's domain
            exit(Exit.usage)
        } catch {
            let code = Curbside.exitCode(for: error)
            if code == .success {
                Curbside.exit(withError: error)  // --help, --version
            }
            let message = Curbside.fullMessage(for: error)
            if !message.isEmpty { printError(message) }
            if code == .validationFailure {
                exit(Exit.usage)
            }
            exit(code == .failure ? Exit.runtimeFailure : code.rawValue)
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

struct Curbside: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside",
        abstract: "Analyse the professional networks of clinicians on social media.",
        discussion: """
        Load exports (X/Twitter archives, CSV and SNAP edge lists, multiplex files) into a \
        SQLite store, then measure and report on the network.

        Example:
          curbside import Samples/clinician-network Samples/x-archive-focus
          curbside stats
          curbside report --out report

        Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 bad input.
        """,
        version: "0.1.0",
        subcommands: [
            ImportCommand.self,
            SourcesCommand.self,
            ForgetCommand.self,
            LinkCommand.self,
            LabelCommand.self,
            StatsCommand.self,
            MetricCommand.self,
            InfluenceCommand.self,
            ReachCommand.self,
            OverlapCommand.self,
            BriefCommand.self,
            CommunitiesCommand.self,
            CollaboratorsCommand.self,
            SpecialtiesCommand.self,
            ReportCommand.self,
            RenderCommand.self,
            CheckCommand.self,
        ]
    )
}
