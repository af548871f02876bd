/// A partition of the nodes into components.
public struct Components: Sendable {
    /// Component id of each node; ids are numbered by decreasing size, ties by smallest node.
    public var membership: [UInt32]
    /// Size of each component, by id (so `sizes[0]` is the largest).
    public var sizes: [Int]
    public var count: Int { sizes.count }
}

/// Weakly connected components: nodes joined by arcs in either direction.
///
/// Union–find (link by index, path halving) in the manner of Afforest (Sutton, Ben-Nun,
/// Barak 2018): first every node is joined with its first out- and in-neighbour, which
/// already gathers most of a large component; after compressing, the most common root
/// among 1,024 evenly spaced nodes is taken as the giant component, and only nodes
/// outside it walk their arcs, in both directions (an arc between the giant component and
/// another node is then seen from that node's side). The result does not depend on the
/// order of unions: components are numbered by size and smallest node.
///
/// - Complexity: O((n + m') α(n)) time for m' the arcs of nodes outside the giant
///   component (O((n + m) α(n)) at worst); O(n) extra space.
/// - Paper: M. Sutton, T. Ben-Nun, A. Barak, "Optimizing Parallel Graph Connectivity
///   Computation via Subgraph Sampling", IPDPS 2018. doi:10.1109/IPDPS.2018.00012
public func weaklyConnectedComponents(_ graph: some AdjacencyGraph) -> Components {
    let n = graph.nodeCount
    var parent = [UInt32](unsafeUninitializedCapacity: n) { b, c in
        for i in 0..<n { b[i] = UInt32(truncatingIfNeeded: i) }
        c = n
    }
    parent.withUnsafeMutableBufferPointer { p in
    graph.outAdjacency.withUnsafeBuffers { oo, ot, _ in
    graph.inAdjacency.withUnsafeBuffers { io, it, _ in
        @inline(__always) func find(_ x: UInt32) -> UInt32 {
            var x = x
            while p[Int(x)] != x {
                let next = p[Int(p[Int(x)])]
                p[Int(x)] = next
                x = next
            }
            return x
        }
        @inline(__always) func union(_ a: UInt32, _ b: UInt32) {
            let ra = find(a), rb = find(b)
            if ra < rb { p[Int(rb)] = ra } else if rb < ra { p[Int(ra)] = rb }
        }
        // 1. Each node with its first neighbour either way.
        for u in 0..<n {
            let x = UInt32(truncatingIfNeeded: u)
            if oo[u] < oo[u + 1] { union(x, ot[Int(oo[u])]) }
            if io[u] < io[u + 1] { union(x, it[Int(io[u])]) }
        }
        for u in 0..<n { p[u] = find(p[u]) }
        // 2. The giant component: the most common root among evenly spaced samples.
        var giant = UInt32.max
        if n > 0 {
            let samples = min(n, 1024)
            var roots = (0..<samples).map { p[$0 * n / samples] }
            roots.sort()
            var best = 0, run = 0
            for i in roots.indices {
                run = i > 0 && roots[i] == roots[i - 1] ? run + 1 : 1
                if run > best { best = run; giant = roots[i] }
            }
        }
        // 3. Everyone else joins along all their arcs.
        for u in 0..<n where find(UInt32(truncatingIfNeeded: u)) != giant {
            let x = UInt32(truncatingIfNeeded: u)
            for e in Int(oo[u])..<Int(oo[u + 1]) { union(x, ot[e]) }
            for e in Int(io[u])..<Int(io[u + 1]) { union(x, it[e]) }
        }
        for u in 0..<n { p[u] = find(p[u]) }
    }}}
    return Components.numbering(roots: parent)
}

/// Strongly connected components: nodes that reach each other along arcs.
///
/// Iterative Tarjan, so deep graphs cannot overflow the stack.
/// - Complexity: O(n + m).
/// - Paper: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput.
///   1(2), 1972. doi:10.1137/0201010
public func stronglyConnectedComponents(_ graph: some AdjacencyGraph) -> Components {
    let n = graph.nodeCount
    let out = graph.outAdjacency
    let unvisited = UInt32.max
    var index = [UInt32](repeating: unvisited, count: n)
    var low = [UInt32](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var stack: [UInt32] = []
    var root = [UInt32](repeating: 0, count: n)
    var callStack: [(node: UInt32, next: Int)] = []
    var counter: UInt32 = 0
    for s in 0..<UInt32(n) where index[Int(s)] == unvisited {
        callStack.append((s, Int(out.offsets[Int(s)])))
        index[Int(s)] = counter; low[Int(s)] = counter; counter += 1
        stack.append(s); onStack[Int(s)] = true
        while let top = callStack.last {
            let v = top.node
            let end = Int(out.offsets[Int(v) + 1])
            if top.next < end {
                callStack[callStack.count - 1].next += 1
                let w = out.targets[top.next]
                if index[Int(w)] == unvisited {
                    index[Int(w)] = counter; low[Int(w)] = counter; counter += 1
                    stack.append(w); onStack[Int(w)] = true
                    callStack.append((w, Int(out.offsets[Int(w)])))
                } else if onStack[Int(w)] {
                    low[Int(v)] = min(low[Int(v)], index[Int(w)])
                }
                continue
            }
            callStack.removeLast()
            if let parent = callStack.last?.node { low[Int(parent)] = min(low[Int(parent)], low[Int(v)]) }
            if low[Int(v)] == index[Int(v)] {
                while let w = stack.popLast() {
                    onStack[Int(w)] = false
                    root[Int(w)] = v
                    if w == v { break }
                }
            }
        }
    }
    return Components.numbering(roots: root)
}

extension Components {
    /// Numbers components by decreasing size, ties by their smallest node.
    static func numbering(roots: [UInt32]) -> Components {
        let n = roots.count
        var sizeOfRoot = [Int](repeating: 0, count: n)
        var firstNode = [Int](repeating: Int.max, count: n)
        var rootsList: [Int] = []
        roots.withUnsafeBufferPointer { roots in
        sizeOfRoot.withUnsafeMutableBufferPointer { size in
        firstNode.withUnsafeMutableBufferPointer { first in
            for v in 0..<n {
                let r = Int(roots[v])
                if size[r] == 0 { first[r] = v; rootsList.append(r) }
                size[r] += 1
            }
        }}}
        // rootsList is in order of first node; a stable sort by decreasing size keeps that tie order.
        let sorted = rootsList.enumerated().sorted { a, b in
            let sa = sizeOfRoot[a.element], sb = sizeOfRoot[b.element]
            return sa != sb ? sa > sb : a.offset < b.offset
        }.map(\.element)
        var id = [UInt32](repeating: 0, count: n)
        for (i, r) in sorted.enumerated() { id[r] = UInt32(i) }
        let membership = [UInt32](unsafeUninitializedCapacity: n) { b, c in
            roots.withUnsafeBufferPointer { roots in
            id.withUnsafeBufferPointer { id in
                for v in 0..<n { b[v] = id[Int(roots[v])] }
            }}
            c = n
        }
        return Components(membership: membership, sizes: sorted.map { sizeOfRoot[$0] })
    }
}
