import CurbsideStore
import Foundation

/// Shows how many records an import has streamed, on one rewritten stderr line, when
/// stderr is a terminal. Scripts and logs (stderr redirected) see nothing of it.
final class ProgressSink: RecordSink {
    private let inner: RecordSink
    private let label: String
    private let enabled: Bool
    private var records = 0
    private var nextReport = 50_000
    private var lastDraw = Date.distantPast

    init(_ inner: RecordSink, label: String) {
        self.inner = inner
        self.label = label
        self.enabled = isatty(STDERR_FILENO) == 1
    }

    func account(_ record: AccountRecord) throws { try inner.account(record); tick() }
    func edge(_ record: EdgeRecord) throws { try inner.edge(record); tick() }
    func hashtag(_ record: HashtagRecord) throws { try inner.hashtag(record); tick() }
    func edge(platform: String, source: UnsafeBufferPointer<UInt8>, target: UnsafeBufferPointer<UInt8>,
              kind: String, count: Int, firstAt: Int64?, lastAt: Int64?) throws {
        try inner.edge(platform: platform, source: source, target: target, kind: kind, count: count, firstAt: firstAt, lastAt: lastAt)
        tick()
    }

    @inline(__always) private func tick() {
        records += 1
        guard enabled, records >= nextReport else { return }
        nextReport = records + 50_000
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data("\r\(label): \(records.formatted()) records…\u{1B}[K".utf8))
    }

    /// Clears the progress line.
    func finish() {
        guard enabled, records >= 50_000 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
