import CurbsideGraph
import CurbsideRecords

// The one error shape (``ShapedError``) for the errors of CurbsideGraph, which depends on
// nothing, and of this module.

extension GraphError: ShapedError {
    /// A parameter outside an algorithm's domain: the caller asked for something the
    /// library does not do, so a usage error (exit 2). `bad-parameter` for a number or
    /// count out of range; the other ``GraphError/Code``s keep their own code.
    public var shape: ErrorShape {
        ErrorShape(code: Self.shapeCodes[code] ?? "bad-parameter", location: parameter, expected: expected,
                   cause: "received \(value)", exit: .usage)
    }

    private static let shapeCodes: [Code: String] = [
        .parameterOutOfRange: "bad-parameter", .nodeOutOfRange: "node-out-of-range", .duplicateNode: "duplicate-node",
        .lengthMismatch: "length-mismatch", .invalidWeight: "bad-weight", .directedGraph: "directed-graph",
    ]
}

/// A value of ``AnalysisParameters`` (or of the parameters given to one session call)
/// outside its domain, found before any work starts. It names the parameter as spelled in
/// the API and the `curbside` option that sets it, so a command and a library caller read
/// the same message.
///
/// ```swift
/// var p = CommunityParameters(); p.resolution = -1
/// do { _ = try session.communities(p) }
/// catch let e as AnalysisParameterError { print(e) }   // --resolution -1.0: expected a positive, finite number
/// ```
public struct AnalysisParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameter as spelled in the API: `communities.resolution`.
    public var parameter: String
    /// The `curbside` option that sets it (`--resolution`), when one does.
    public var option: String?
    /// The value received, as text.
    public var value: String
    /// What the parameter must be.
    public var expected: String

    public init(parameter: String, option: String?, value: String, expected: String) {
        self.parameter = parameter
        self.option = option
        self.value = value
        self.expected = expected
    }

    /// `--resolution -1.0: expected …`, or with no option `largeNetworkTies = -1: expected …`.
    public var description: String { (option.map { "\($0) \(value)" } ?? "\(parameter) = \(value)") + ": expected \(expected)" }
}

extension AnalysisParameterError: ShapedError {
    /// `bad-parameter` at the option (else the parameter), a usage error (exit 2).
    public var shape: ErrorShape {
        ErrorShape(code: "bad-parameter", location: option ?? parameter, expected: expected, exit: .usage)
    }
}

extension AccountResolutionError: ShapedError {
    /// `unknown-account` or `ambiguous-account` for the name as given; bad input (exit 3).
    public var shape: ErrorShape {
        switch self {
        case .notFound(let name):
            return ErrorShape(code: "unknown-account", location: name, expected: "an account in the network",
                              hint: "give @handle, the account id or platform:id", exit: .badInput)
        case .ambiguous(let name, let candidates):
            return ErrorShape(code: "ambiguous-account", location: name, expected: "a name only one account answers to",
                              hint: "give one of \(candidates.joined(separator: ", ")) as platform:id", exit: .badInput)
        }
    }
}

extension SpecialtyLexiconError: ShapedError {
    /// `bad-lexicon` at the file and line; bad input (exit 3).
    public var shape: ErrorShape {
        ErrorShape(code: "bad-lexicon", location: line > 0 ? "\(file): line \(line)" : file, expected: expected, exit: .badInput)
    }
}

extension NUCCTaxonomyError: ShapedError {
    /// `bad-taxonomy` at the file and line; bad input (exit 3).
    public var shape: ErrorShape { ErrorShape(code: "bad-taxonomy", location: "\(file): line \(line)", expected: expected, exit: .badInput) }
}
