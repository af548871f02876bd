/// `y[v] = selfWeight · x[v] + Σ w(v, u) x[u]` over the row of `v` in `adj` (weights 1
/// unless `weighted` and present): one sparse matrix–vector product, `(A + selfWeight I) x`,
/// as a pull over CSR rows split across cores. Each row's sum runs in CSR order, so the
/// result does not depend on scheduling.
///
/// - Complexity: O(n + m).
func pullSums(_ adj: CSR, weighted: Bool, selfWeight: Double, _ x: [Double], into y: inout [Double]) {
    let n = adj.nodeCount
    x.withUnsafeBufferPointer { x in
    y.withUnsafeMutableBufferPointer { y in
    adj.withUnsafeBuffers { off, tgt, w in
        let useWeights = weighted && w.count == tgt.count
        let p = UncheckedSendable((off, tgt, w, x, y.baseAddress!))
        parallelRanges(n) { range in
            let (off, tgt, w, x, y) = p.value
            for v in range {
                var sum = selfWeight * x[v]
                let start = Int(off[v]), end = Int(off[v + 1])
                if useWeights {
                    for i in start..<end { sum += w[i] * x[Int(tgt[i])] }
                } else {
                    for i in start..<end { sum += x[Int(tgt[i])] }
                }
                y[v] = sum
            }
        }
    }}}
}
