/// A buffer that frees itself: scratch memory with unchecked access for the hot loops.
final class ScratchBuffer<Element> {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    init(count: Int, repeating value: Element) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
    }

    /// Room for `count` elements of a trivial type, left uninitialised: pages that are
    /// never written are never touched (an aggregated graph's arc capacity is an upper
    /// bound, usually far above what it uses).
    init(uninitializedCount count: Int) {
        precondition(_isPOD(Element.self), "uninitialised scratch only for trivial types")
        self.count = count
        base = .allocate(capacity: max(count, 1))
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var buffer: UnsafeMutableBufferPointer<Element> { UnsafeMutableBufferPointer(start: base, count: count) }
}
