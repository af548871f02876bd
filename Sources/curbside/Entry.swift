import ArgumentParser
import CurbsideAnalysis
import CurbsideRecords
import Foundation

/// Exit codes, the same for every command: ``ErrorShape/ExitClass`` decides them for
/// every error the libraries and the commands throw.
enum Exit {
    static let ok: Int32 = 0
    static let runtimeFailure: Int32 = ErrorShape.ExitClass.runtimeFailure.exitCode
    static let usage: Int32 = ErrorShape.ExitClass.usage.exitCode
    static let badInput: Int32 = ErrorShape.ExitClass.badInput.exitCode
}

/// An input problem found by the CLI itself (a missing store, a name the data does not
/// have): bad input, exit 3.
struct InputProblem: ShapedError {
    var description: String
    /// The shape's code: `bad-input` unless a command says more.
    var code = "bad-input"
    var shape: ErrorShape { ErrorShape(code: code, exit: .badInput) }
}

@main
enum Entry {
    static func main() {
        do {
            var command = try Curbside.parseAsRoot()
            try command.run()
            try StandardOutput.finish()
        } catch let error as any ShapedError {
            // Every Curbside error: one line on stderr, the exit code from its class.
            printError("error: \(error)")
            exit(error.shape.exit.exitCode)
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
            InspectCommand.self,
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
