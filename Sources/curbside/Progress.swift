import ArgumentParser
import CurbsideReport
import CurbsideStore
import Foundation

/// `--quiet`: no progress line, even on a terminal.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .long, help: "No progress line on stderr (it is shown only when stderr is a terminal).")
    var quiet = false

    func validate() throws {
        if quiet { TerminalProgress.shared.silence() }
    }
}

/// Progress of long work on one rewritten stderr line: the step, its counts when it has
/// them, and the time it has taken (`Leiden: 41,200 / 456,626 nodes · 3.4 s`).
///
/// Shown only when stderr is a terminal and `--quiet` was not given: scripts, logs and pipes
/// see results and errors only. A step shows nothing for its first second (quick steps stay
/// silent); after that the line is redrawn at most five times a second, and twice a second
/// even when the step reports nothing (libgvc's layout, a query), so a long step is never
/// silent. The line is cleared when the step ends; results are never printed over it.
final class TerminalProgress: @unchecked Sendable {
    /// The process's progress line (stderr).
    static let shared = TerminalProgress(enabled: isatty(STDERR_FILENO) == 1, delay: delayFromEnvironment)

    /// `CURBSIDE_PROGRESS_DELAY` (seconds before a step's first line; default 1): 0 lets the
    /// tests see the line of a quick step.
    private static var delayFromEnvironment: Double {
        ProcessInfo.processInfo.environment["CURBSIDE_PROGRESS_DELAY"].flatMap(Double.init).map { max(0, $0) } ?? 1
    }

    private let lock = NSLock()
    private var enabled: Bool
    private let delay: Double
    private var step: String?
    private var done: Int?
    private var total: Int?
    private var unit = ""
    private var started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var timer: DispatchSourceTimer?

    init(enabled: Bool, delay: Double = 1) {
        self.enabled = enabled
        self.delay = delay
    }

    /// Turns progress off for the rest of the process (`--quiet`).
    func silence() {
        end()
        lock.withLock { enabled = false }
    }

    /// Starts a step, ending the one before.
    func begin(_ step: String) {
        end()
        lock.withLock {
            guard enabled else { return }
            self.step = step
            done = nil
            total = nil
            started = Date()
            let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
            timer.schedule(deadline: .now() + delay, repeating: 0.5)
            timer.setEventHandler { [weak self] in self?.tick(force: true) }
            timer.resume()
            self.timer = timer
        }
        // With no delay (CURBSIDE_PROGRESS_DELAY=0) the step is drawn now, not by the timer:
        // a step that hands over to an inner one at once (reading the input files → each
        // file) was otherwise never drawn when the timer's queue ran late (a flaky test).
        if delay <= 0 { tick(force: true) }
    }

    /// How far the current step is: `done` of `total` (nil when unknown) `unit`s.
    func update(done: Int, total: Int? = nil, unit: String) {
        lock.withLock {
            guard enabled, step != nil else { return }
            self.done = done
            self.total = total
            self.unit = unit
        }
        tick(force: false)
    }

    /// Ends the current step and clears its line.
    func end() {
        lock.withLock {
            timer?.cancel()
            timer = nil
            step = nil
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    /// Runs `body` as one step.
    func step<R>(_ name: String, _ body: () throws -> R) rethrows -> R {
        begin(name)
        defer { end() }
        return try body()
    }

    private func tick(force: Bool) {
        lock.withLock {
            guard enabled, let step else { return }
            let now = Date()
            let elapsed = now.timeIntervalSince(started)
            guard elapsed >= delay, force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
            lastDraw = now
            let text = Self.line(step: step, done: done, total: total, unit: unit, elapsed: elapsed, width: Self.terminalWidth())
            FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
            drawn = true
        }
    }

    /// The progress line: `step: done / total unit (p %) · elapsed`, cut to `width` columns
    /// (a wrapped line could not be rewritten). The step is shown as terminal-safe text.
    static func line(step: String, done: Int?, total: Int?, unit: String, elapsed: Double, width: Int) -> String {
        var text = Escaping.terminalText(step)
        if let done {
            text += ": " + NumberText.grouped(done)
            if let total, total > 0 {
                text += " / \(NumberText.grouped(total)) \(unit) (\(min(100, done * 100 / total)) %)"
            } else {
                text += " \(unit)"
            }
        } else {
            text += "…"
        }
        text += " · " + duration(elapsed)
        if text.count > width { text = String(text.prefix(max(1, width - 1))) + "…" }
        return text
    }

    /// `3.4 s`, `2 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 60 { return String(format: "%.1f s", seconds) }
        let s = Int(seconds)
        return String(format: "%d min %02d s", s / 60, s % 60)
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

/// Counts the records an import streams into the progress line.
final class ProgressSink: RecordSink {
    private let inner: RecordSink
    private let progress: TerminalProgress
    private var records = 0
    private var nextReport = 10_000

    init(_ inner: RecordSink, label: String, progress: TerminalProgress = .shared) {
        self.inner = inner
        self.progress = progress
        progress.begin("reading \(label)")
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
        guard records >= nextReport else { return }
        nextReport = records + 10_000
        progress.update(done: records, unit: "records")
    }

    /// Ends the step and clears the line.
    func finish() { progress.end() }
}
