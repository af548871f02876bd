import Dispatch

/// Wraps values (typically unsafe buffer pointers into arrays that outlive the call) so
/// they can be captured by the concurrent body of ``parallelRanges(_:minimumChunk:_:)``.
/// The caller guarantees that concurrent chunks write disjoint memory.
@usableFromInline
struct UncheckedSendable<Value>: @unchecked Sendable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
}

/// Splits `0 ..< count` into contiguous ranges and runs `body` on them on all cores
/// (`DispatchQueue.concurrentPerform`). Small inputs run inline on the caller's thread.
/// The split depends only on `count`, never on timing, so per-range work is reproducible.
@inlinable
func parallelRanges(_ count: Int, minimumChunk: Int = 4096, _ body: @Sendable (Range<Int>) -> Void) {
    let chunks = min(max(1, count / minimumChunk), 64)
    if chunks == 1 { body(0..<count); return }
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        body((count * c / chunks)..<(count * (c + 1) / chunks))
    }
}
