/// Raw, bounds-check-free views of one ``CSR`` for the shortest-path kernels.
@usableFromInline
struct RawAdjacency {
    @usableFromInline let offsets: UnsafePointer<UInt32>
    @usableFromInline let targets: UnsafePointer<UInt32>
    /// `nil` when every arc has length 1.
    @usableFromInline let weights: UnsafePointer<Double>?

    @usableFromInline init(offsets: UnsafePointer<UInt32>, targets: UnsafePointer<UInt32>, weights: UnsafePointer<Double>?) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }
}

extension CSR {
    /// Calls `body` with a ``RawAdjacency`` over this CSR; weights only when `weighted`
    /// and present. The pointers are valid only inside `body`.
    func withRawAdjacency<R>(weighted: Bool, _ body: (RawAdjacency) throws -> R) rethrows -> R {
        try withUnsafeBuffers { o, t, w in
            // An empty array may have no base address; any non-nil pointer will do, as
            // nothing is read through it.
            let dummy = UnsafePointer<UInt32>(bitPattern: MemoryLayout<UInt32>.alignment)!
            return try body(RawAdjacency(
                offsets: o.baseAddress!,
                targets: t.baseAddress ?? dummy,
                weights: weighted && w.count > 0 ? w.baseAddress : nil
            ))
        }
    }
}

/// Per-thread scratch space for single-source shortest paths with path counting: the
/// forward phase of Brandes' algorithm, used by exact and sampled betweenness, harmonic
/// closeness and BFS distances.
///
/// Arrays are allocated once and reset in O(visited) after each source, so the inner
/// loops allocate nothing. Unvisited nodes have distance `+∞` and path count 0.
final class ShortestPathWorkspace {
    let nodeCount: Int
    /// Distance from the source (hops, or summed arc lengths).
    let dist: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes' dependency accumulator.
    let delta: UnsafeMutablePointer<Double>
    /// Settled nodes in non-decreasing distance; `order[0 ..< settled]`.
    let order: UnsafeMutablePointer<UInt32>
    private(set) var settled = 0
    /// Every node given a finite distance (a superset of the settled ones), for resets.
    private let touched: UnsafeMutablePointer<UInt32>
    private var touchedCount = 0
    private var resetFromOrder = false
    /// Binary min-heap of (distance, node) with lazy deletion, for Dijkstra.
    private var heap: UnsafeMutablePointer<(Double, UInt32)>
    private var heapCapacity: Int

    init(nodeCount n: Int) {
        nodeCount = n
        dist = .allocate(capacity: max(n, 1))
        dist.initialize(repeating: .infinity, count: max(n, 1))
        sigma = .allocate(capacity: max(n, 1))
        sigma.initialize(repeating: 0, count: max(n, 1))
        delta = .allocate(capacity: max(n, 1))
        delta.initialize(repeating: 0, count: max(n, 1))
        order = .allocate(capacity: max(n, 1))
        touched = .allocate(capacity: max(n, 1))
        heapCapacity = max(n, 16)
        heap = .allocate(capacity: heapCapacity)
    }

    deinit {
        dist.deallocate(); sigma.deallocate(); delta.deallocate()
        order.deallocate(); touched.deallocate(); heap.deallocate()
    }

    /// Forgets the last search in O(touched nodes).
    func reset() {
        let list = resetFromOrder ? UnsafePointer(order) : UnsafePointer(touched)
        for i in 0..<(resetFromOrder ? settled : touchedCount) {
            let v = Int(list[i])
            dist[v] = .infinity; sigma[v] = 0; delta[v] = 0
        }
        touchedCount = 0
        settled = 0
        resetFromOrder = false
    }

    /// Breadth-first search from `source` along `adj`, counting shortest paths.
    ///
    /// With `target`, stops once every node closer than `target` has been expanded (so
    /// `sigma[target]` and the counts of all its shortest-path predecessors are final);
    /// nodes at `target`'s distance are then settled but not expanded.
    func bfs(from source: Int, _ adj: RawAdjacency, target: Int = -1) {
        reset()
        dist[source] = 0; sigma[source] = 1
        order[0] = UInt32(source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head])
            let dv = dist[v]
            if target >= 0 && dv >= dist[target] { break }
            head += 1
            let sv = sigma[v], next = dv + 1
            for i in Int(adj.offsets[v])..<Int(adj.offsets[v + 1]) {
                let w = Int(adj.targets[i])
                let dw = dist[w]
                if dw == .infinity {
                    dist[w] = next
                    order[tail] = UInt32(w)
                    tail += 1
                    sigma[w] = sv
                } else if dw == next {
                    sigma[w] += sv
                }
            }
        }
        // In BFS every discovered node is queued in distance order: reset from `order`.
        touchedCount = 0
        settled = tail
        resetFromOrder = true
    }

    /// Dijkstra's algorithm from `source` along `adj` (arc lengths from `adj.weights`,
    /// which must be positive), counting shortest paths; two paths tie only when their
    /// floating-point lengths are equal, as in networkx.
    ///
    /// With `target`, stops right after `target` is settled.
    func dijkstra(from source: Int, _ adj: RawAdjacency, target: Int = -1) {
        reset()
        let weights = adj.weights!
        dist[source] = 0; sigma[source] = 1
        touched[0] = UInt32(source); touchedCount = 1
        var size = 0
        push((0, UInt32(source)), &size)
        while size > 0 {
            let (d, v32) = pop(&size)
            let v = Int(v32)
            if d > dist[v] { continue }  // stale entry
            order[settled] = v32
            settled += 1
            if v == target { break }
            let sv = sigma[v]
            for i in Int(adj.offsets[v])..<Int(adj.offsets[v + 1]) {
                let w = Int(adj.targets[i])
                let vw = d + weights[i]
                let dw = dist[w]
                if vw < dw {
                    if dw == .infinity { touched[touchedCount] = UInt32(w); touchedCount += 1 }
                    dist[w] = vw
                    sigma[w] = sv
                    push((vw, UInt32(w)), &size)
                } else if vw == dw {
                    sigma[w] += sv
                }
            }
        }
    }

    private func push(_ entry: (Double, UInt32), _ size: inout Int) {
        if size == heapCapacity {
            let bigger = UnsafeMutablePointer<(Double, UInt32)>.allocate(capacity: heapCapacity * 2)
            bigger.moveInitialize(from: heap, count: size)
            heap.deallocate()
            heap = bigger
            heapCapacity *= 2
        }
        var i = size
        size += 1
        while i > 0 {
            let parent = (i - 1) >> 1
            if heap[parent].0 <= entry.0 { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = entry
    }

    private func pop(_ size: inout Int) -> (Double, UInt32) {
        let top = heap[0]
        size -= 1
        let last = heap[size]
        var i = 0
        while true {
            var child = 2 * i + 1
            if child >= size { break }
            if child + 1 < size && heap[child + 1].0 < heap[child].0 { child += 1 }
            if last.0 <= heap[child].0 { break }
            heap[i] = heap[child]
            i = child
        }
        heap[i] = last
        return top
    }

    /// Whether `z → w` (an arc of length `length`) lies on a shortest path of the last search.
    @inline(__always)
    func isPredecessor(_ z: Int, of w: Int, length: Double) -> Bool {
        dist[z] + length == dist[w]
    }
}
