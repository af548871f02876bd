/// Splits every community into its connected pieces (union–find over the edges inside
/// communities). Returns, per node, a representative node of its piece.
///
/// Splitting a community that is not connected never lowers modularity or CPM (γ ≥ 0),
/// so the Leiden driver applies it as a final guarantee; on Leiden's own output it
/// changes nothing.
func connectedPieces(graph g: WorkingGraph, labels: [UInt32]) -> [UInt32] {
    let n = g.nodeCount
    var parent = (0..<UInt32(n)).map { $0 }
    let o = g.offsets.base, t = g.targets.base
    parent.withUnsafeMutableBufferPointer { parent in
        func find(_ x: UInt32) -> UInt32 {
            var x = x
            while parent[Int(x)] != x {
                parent[Int(x)] = parent[Int(parent[Int(x)])]
                x = parent[Int(x)]
            }
            return x
        }
        for v in 0..<n {
            for a in o[v]..<o[v + 1] {
                // Each edge is stored at both ends: join it once, from its lower end.
                let u = Int(t[a])
                guard u > v && labels[u] == labels[v] else { continue }
                let a = find(UInt32(v)), b = find(UInt32(u))
                if a != b { parent[Int(max(a, b))] = min(a, b) }
            }
        }
        for v in 0..<n { parent[v] = find(UInt32(v)) }
    }
    return parent
}
