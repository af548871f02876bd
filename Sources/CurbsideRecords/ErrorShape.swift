/// The one shape of Curbside's errors, whatever module throws them: a stable machine code,
/// where the problem is, what was expected there, an optional fix hint and underlying cause,
/// and the class that decides the command-line exit code.
///
/// Every error type a Curbside library or the `curbside` tool throws to its caller adopts
/// ``ShapedError`` (`GraphError`, which may not depend on this module, by an extension in
/// CurbsideAnalysis). Its `description` stays the one line a user reads; the shape is the
/// same content as fields, for code that handles errors and for machine-readable output.
///
/// Like the messages, a shape never carries field contents (bios, post text, cells): at
/// most a file, a line or JSON path, a column or option name and the value of a parameter.
public struct ErrorShape: Sendable, Equatable, Hashable, Codable {
    /// Which exit code the error maps to (`curbside`'s exit codes; 0 is success).
    public enum ExitClass: Int32, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// The machine or the environment failed: a file that cannot be read or written,
        /// SQLite, Graphviz. Exit code 1.
        case runtimeFailure = 1
        /// The caller asked for something outside the domain: an option or parameter value.
        /// Exit code 2.
        case usage = 2
        /// The input (an export, a store, a link or label file, an account name) is not what
        /// was expected. Exit code 3.
        case badInput = 3

        /// The process exit code.
        public var exitCode: Int32 { rawValue }
    }

    /// A short, stable, kebab-case code: `bad-zip`, `missing-field`, `unknown-account`,
    /// `bad-parameter`, `cannot-write`. Callers may match on it; it never changes for a case.
    public var code: String
    /// Where: a file with its line, record or JSON path (`nodes.csv: line 2`), a path, an
    /// account name, or an option or parameter (`--resolution`, `options.damping`).
    public var location: String?
    /// What was expected there, as a noun phrase (`a number in [0, 1]`).
    public var expected: String?
    /// How to fix it, when there is something to say (`run curbside import PATH… first`).
    public var hint: String?
    /// The underlying cause in words (`permission denied`, SQLite's message), when another
    /// error or the system reported one.
    public var cause: String?
    /// The exit-code class.
    public var exit: ExitClass

    public init(code: String, location: String? = nil, expected: String? = nil, hint: String? = nil, cause: String? = nil,
                exit: ExitClass) {
        self.code = code
        self.location = location
        self.expected = expected
        self.hint = hint
        self.cause = cause
        self.exit = exit
    }
}

/// An error with the one ``ErrorShape``. `description` is the message a user sees (file,
/// line or option, and what was expected); ``shape`` the same as fields.
public protocol ShapedError: Error, CustomStringConvertible {
    /// The error as code, location, expected, hint, cause and exit class.
    var shape: ErrorShape { get }
}
