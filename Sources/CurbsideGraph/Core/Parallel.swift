import Dispatch

/// Wraps values (typically unsafe buffer pointers into arrays that outlive the call) so
/// they can be captured by the concurrent body of ``parallelRanges(_:minimumChunk:_:)``.
/// The caller guarantees that concurrent chunks write disjoint memory.
@usableFromInline
struct UncheckedSendable<Value>: @unchecked Sendable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
}

/// Runs `body(0)`, …, `body(parts - 1)` on all cores (`DispatchQueue.concurrentPerform`),
/// or inline on the caller's thread when there is one part. The one place CurbsideGraph
/// starts parallel work; the caller fixes `parts`, so what each part computes never
/// depends on the machine. Package-wide: CurbsideAnalysis splits its work through it too.
@inlinable
package func parallelFor(_ parts: Int, _ body: @Sendable (Int) -> Void) {
    if parts == 1 { body(0); return }
    DispatchQueue.concurrentPerform(iterations: parts, execute: body)
}

/// Splits `0 ..< count` into contiguous ranges and runs `body` on them on all cores
/// (``parallelFor(_:_:)``). Small inputs run inline on the caller's thread.
/// The split depends only on `count`, never on timing, so per-range work is reproducible.
@inlinable
func parallelRanges(_ count: Int, minimumChunk: Int = 4096, _ body: @Sendable (Range<Int>) -> Void) {
    let chunks = min(max(1, count / minimumChunk), 64)
    parallelFor(chunks) { c in
        body((count * c / chunks)..<(count * (c + 1) / chunks))
    }
}

/// Splits `0 ..< count` into `chunks` contiguous ranges and runs `body(chunkIndex, range)`
/// on all cores. Unlike ``parallelRanges(_:minimumChunk:_:)`` the caller fixes the number
/// of chunks, so per-chunk results (one accumulator, one random stream per chunk) can be
/// merged in chunk order and come out the same on any machine and under any scheduling.
@inlinable
func parallelChunks(_ count: Int, chunks: Int, _ body: @Sendable (Int, Range<Int>) -> Void) {
    let chunks = max(1, min(chunks, count))
    parallelFor(chunks) { c in
        body(c, (count * c / chunks)..<(count * (c + 1) / chunks))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Number of processors online: how many workers share per-worker scratch memory.
/// Algorithms must not let it change their results (only how work is scheduled).
let activeProcessorCount: Int = {
    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
    return 1
    #endif
}()
