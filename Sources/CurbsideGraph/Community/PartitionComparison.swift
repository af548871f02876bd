/// How ``normalizedMutualInformation(_:_:normalization:)`` scales the mutual information
/// I(A; B) by the entropies H(A) and H(B) (scikit-learn's `average_method`).
public enum NMINormalization: String, Sendable, CaseIterable {
    /// (H(A) + H(B)) / 2: scikit-learn's default, and the "NMI" of most community-detection
    /// papers (Danon et al. 2005).
    case arithmetic
    /// √(H(A) · H(B)) (Strehl and Ghosh 2002).
    case geometric
    /// min(H(A), H(B)).
    case min
    /// max(H(A), H(B)).
    case max
}

/// The contingency table of two labelings as its non-zero cells (row, column, count),
/// plus the row and column totals. Labels are compacted first, so any `UInt32` values work.
private struct Contingency {
    var cellRow: [Int] = [], cellColumn: [Int] = [], cellCount: [Int] = []
    var rows: [Int]
    var columns: [Int]

    init(_ a: [UInt32], _ b: [UInt32]) throws(GraphError) {
        try GraphError.checkCount(b.count, "b", expectedCount: a.count, of: "node labelled in a")
        let (la, ka) = compactLabels(a)
        let (lb, kb) = compactLabels(b)
        rows = [Int](repeating: 0, count: ka)
        columns = [Int](repeating: 0, count: kb)
        for v in 0..<a.count { rows[Int(la[v])] += 1; columns[Int(lb[v])] += 1 }
        // Bucket nodes by their label in `a`, then count labels of `b` within each bucket.
        var start = [Int](repeating: 0, count: ka + 1)
        for l in la { start[Int(l) + 1] += 1 }
        for r in 0..<ka { start[r + 1] += start[r] }
        var cursor = start
        var byRow = [UInt32](repeating: 0, count: a.count)
        for v in 0..<a.count { byRow[cursor[Int(la[v])]] = lb[v]; cursor[Int(la[v])] += 1 }
        var count = [Int](repeating: 0, count: kb)
        var touched: [Int] = []
        for r in 0..<ka {
            for i in start[r]..<start[r + 1] {
                let c = Int(byRow[i])
                if count[c] == 0 { touched.append(c) }
                count[c] += 1
            }
            for c in touched {
                cellRow.append(r); cellColumn.append(c); cellCount.append(count[c])
                count[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
    }
}

/// Σ p log p over counts, as an entropy in nats: H = −Σ (c/N) ln(c/N).
private func entropy(_ counts: [Int], total: Int) -> Double {
    let n = Double(total)
    var h = 0.0
    for c in counts where c > 0 {
        let p = Double(c) / n
        h -= p * naturalLog(p)
    }
    return h
}

/// Normalised mutual information between two partitions of the same nodes.
///
/// NMI = I(A; B) / norm(H(A), H(B)), entropies in nats, norm chosen by `normalization`
/// (default ``NMINormalization/arithmetic``, scikit-learn's default; networkx has no NMI).
/// 1 means identical partitions, values near 0 independent ones. Edge cases follow
/// scikit-learn's `normalized_mutual_info_score`: two single-community labelings (or empty
/// ones) score 1; otherwise zero mutual information scores 0. Labels are any `UInt32`
/// values. Agrees with scikit-learn to rounding.
///
/// - Throws: ``GraphError`` when `a` and `b` label different numbers of nodes.
/// - Complexity: O(n + k_A + k_B).
/// - Paper: L. Danon, A. Díaz-Guilera, J. Duch, A. Arenas, "Comparing community structure
///   identification", J. Stat. Mech. (2005) P09008. doi:10.1088/1742-5468/2005/09/P09008
public func normalizedMutualInformation(_ a: [UInt32], _ b: [UInt32],
                                        normalization: NMINormalization = .arithmetic) throws(GraphError) -> Double {
    let table = try Contingency(a, b)
    let n = a.count
    if table.rows.count == table.columns.count && table.rows.count <= 1 { return 1 }
    let nd = Double(n)
    // I = Σ_ij (n_ij/N) ln(N n_ij / (a_i b_j)), summed cell by cell.
    var mi = 0.0
    for i in 0..<table.cellCount.count {
        let nij = Double(table.cellCount[i])
        let ai = Double(table.rows[table.cellRow[i]]), bj = Double(table.columns[table.cellColumn[i]])
        mi += nij / nd * naturalLog(nd * nij / (ai * bj))
    }
    if mi < 0 { mi = 0 }
    if mi == 0 { return 0 }
    let ha = entropy(table.rows, total: n), hb = entropy(table.columns, total: n)
    let norm: Double
    switch normalization {
    case .arithmetic: norm = (ha + hb) / 2
    case .geometric: norm = (ha * hb).squareRoot()
    case .min: norm = Swift.min(ha, hb)
    case .max: norm = Swift.max(ha, hb)
    }
    return mi / norm
}

/// Adjusted Rand index between two partitions of the same nodes (Hubert and Arabie 1985).
///
/// The Rand index counts node pairs on which the partitions agree (together in both, or
/// apart in both); ARI rescales it so that 1 is identical and the expectation under random
/// labelings with the same sizes is 0 (it can go negative). Computed as scikit-learn's
/// `adjusted_rand_score`, from the pair confusion matrix; identical partitions (including
/// two single-community ones) score 1. Labels are any `UInt32` values.
///
/// - Throws: ``GraphError`` when `a` and `b` label different numbers of nodes.
/// - Complexity: O(n + k_A + k_B).
/// - Paper: L. Hubert, P. Arabie, "Comparing partitions", Journal of Classification 2,
///   193–218 (1985). doi:10.1007/BF01908075
public func adjustedRandIndex(_ a: [UInt32], _ b: [UInt32]) throws(GraphError) -> Double {
    let table = try Contingency(a, b)
    let n = a.count
    // Pair counts as doubles: n² pairs overflow nothing below 2⁵³ ≈ 9·10¹⁵ (n ≈ 9·10⁷).
    func pairs(_ c: Int) -> Double { Double(c) * Double(c - 1) / 2 }
    var together = 0.0
    for c in table.cellCount { together += pairs(c) }
    var rowPairs = 0.0, columnPairs = 0.0
    for c in table.rows { rowPairs += pairs(c) }
    for c in table.columns { columnPairs += pairs(c) }
    let all = pairs(n)
    // Pair confusion: tp together in both, fp/fn together in one only, tn apart in both.
    let tp = together, fp = columnPairs - together, fn = rowPairs - together
    let tn = all - tp - fp - fn
    if fp == 0 && fn == 0 { return 1 }
    return 2 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
}
