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
/// - Complexity: O(n + m) with union–find (path halving, union by size).
public func weaklyConnectedComponents(_ graph: some AdjacencyGraph) -> Components {
    let n = graph.nodeCount
    var parent = (0..<UInt32(n)).map { $0 }
    var size = [UInt32](repeating: 1, count: n)
    func find(_ x: UInt32) -> UInt32 {
        var x = x
        while parent[Int(x)] != x {
            parent[Int(x)] = parent[Int(parent[Int(x)])]
            x = parent[Int(x)]
        }
        return x
    }
    let out = graph.outAdjacency
    for u in 0..<UInt32(n) {
        for v in out.neighbors(u) {
            var a = find(u), b = find(v)
            if a == b { continue }
            if size[Int(a)] < size[Int(b)] { swap(&a, &b) }
            parent[Int(b)] = a
            size[Int(a)] += size[Int(b)]
        }
    }
    return Components.numbering(roots: (0..<UInt32(n)).map(find))
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
        for (v, r) in roots.enumerated() {
            sizeOfRoot[Int(r)] += 1
            if v < firstNode[Int(r)] { firstNode[Int(r)] = v }
        }
        var rootsList = (0..<n).filter { sizeOfRoot[$0] > 0 }
        rootsList.sort { (sizeOfRoot[$0], -firstNode[$0]) > (sizeOfRoot[$1], -firstNode[$1]) }
        var id = [UInt32](repeating: 0, count: n)
        for (i, r) in rootsList.enumerated() { id[r] = UInt32(i) }
        return Components(membership: roots.map { id[Int($0)] }, sizes: rootsList.map { sizeOfRoot[$0] })
    }
}
