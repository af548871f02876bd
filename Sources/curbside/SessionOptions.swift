import CurbsideAnalysis
import CurbsideStore
import Foundation

extension SourceOptions {
    /// The session's parameters from `--since/--until/--hashtag`; commands add their own
    /// (kinds, times, community options) in `configure`.
    func analysisParameters(_ configure: (inout AnalysisParameters) -> Void = { _ in }) -> AnalysisParameters {
        var p = AnalysisParameters()
        p.window = AnalysisWindow(window)
        configure(&p)
        return p
    }

    /// Opens the store (or imports `--input` into memory) and loads the one analysis session
    /// a command reads everything from.
    func openSession(classifier: SpecialtyClassifier? = nil, _ configure: (inout AnalysisParameters) -> Void = { _ in })
        throws -> (store: Store, session: AnalysisSession) {
        try TerminalProgress.shared.step(input.isEmpty ? "loading the network" : "reading the input files") {
            let store = try openStore()
            return (store, try AnalysisSession(store: store, parameters: analysisParameters(configure), classifier: classifier))
        }
    }
}
