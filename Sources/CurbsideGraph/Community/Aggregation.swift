// Aggregation: the next level's WorkingGraph, whose nodes are the communities of this one.

extension WorkingGraph {
    /// The graph whose nodes are the groups `labels[v] ∈ 0 ..< groupCount`: edge weights
    /// between groups add up, edges inside a group become its self-loop, node weights add up.
    /// Arcs come out in a deterministic order (first appearance while scanning each group's
    /// members in ascending node id), whatever the number of cores.
    ///
    /// Groups are bucketed by a counting sort; then runs of whole groups with about equal
    /// arc counts are merged on all cores, each run writing its arcs from its own upper
    /// bound (the arcs of its members), and the runs are closed up in order.
    func aggregated(labels: UnsafeMutablePointer<UInt32>, groupCount k: Int, workspace ws: Workspace,
                    workers workerCount: Int = activeProcessorCount) -> WorkingGraph {
        let n = nodeCount
        let o = offsets.base
        // Bucket the nodes by group with a counting sort (stable: ascending node id), and
        // count each group's arcs (`arcStart`, a prefix sum over groups).
        let start = ScratchBuffer<Int>(count: k + 1, repeating: 0)
        let arcStart = ScratchBuffer<Int>(count: k + 1, repeating: 0)
        let s = start.base, gs = arcStart.base
        for v in 0..<n {
            let g = Int(labels[v]) + 1
            s[g] += 1
            gs[g] += o[v + 1] - o[v]
        }
        for g in 0..<k { s[g + 1] += s[g]; gs[g + 1] += gs[g] }
        let members = ws.order.base
        let cursor = ws.touched.base  // borrowed as a cursor array: k ≤ n entries
        for g in 0..<k { cursor[g] = UInt32(s[g]) }
        for v in 0..<n {
            let g = Int(labels[v])
            members[Int(cursor[g])] = UInt32(v)
            cursor[g] += 1
        }

        let result = WorkingGraph(nodeCount: k, arcCapacity: arcCount)
        let total = gs[k]
        let workers = ws.moveScratch(workers: max(1, workerCount))
        let parts = total < 65_536 || k < 2 ? 1 : min(workers.count, k)
        // Part p merges groups cut[p] ..< cut[p + 1], writing from arc gs[cut[p]].
        var cut = [Int](repeating: k, count: parts + 1)
        cut[0] = 0
        for p in 1..<max(parts, 1) {
            let goal = total * p / parts
            var lo = 0, hi = k
            while lo < hi {
                let mid = (lo + hi) / 2
                if gs[mid] < goal { lo = mid + 1 } else { hi = mid }
            }
            cut[p] = max(lo, cut[p - 1])
        }
        var written = [Int](repeating: 0, count: parts)
        let merger = UncheckedSendable(GroupMerger(graph: self, result: result, labels: labels, members: members,
                                                   memberStart: s, arcStart: gs))
        cut.withUnsafeBufferPointer { cut in
        written.withUnsafeMutableBufferPointer { written in
            let shared = UncheckedSendable((cut.baseAddress!, written.baseAddress!, workers))
            if parts == 1 {
                written[0] = merger.value.merge(0..<k, scratch: workers[0])
            } else {
                parallelFor(parts) { p in
                    let (cut, written, workers) = shared.value
                    written[p] = merger.value.merge(cut[p]..<cut[p + 1], scratch: workers[p])
                }
            }
        }}
        // Close up: part p's arcs move down to follow part p − 1's.
        let ro = result.offsets.base, rt = result.targets.base, rw = result.weights.base
        var p0 = 0
        for p in 0..<parts {
            let from = gs[cut[p]], shift = from - p0
            if shift > 0 {
                // Overlapping ranges: copyMemory is a memmove.
                UnsafeMutableRawPointer(rt + p0).copyMemory(from: rt + from, byteCount: written[p] * MemoryLayout<UInt32>.stride)
                UnsafeMutableRawPointer(rw + p0).copyMemory(from: rw + from, byteCount: written[p] * MemoryLayout<Double>.stride)
                for g in cut[p]..<cut[p + 1] { ro[g] -= shift }
            }
            p0 += written[p]
        }
        ro[k] = p0
        return result
    }
}

/// Merges runs of groups for ``WorkingGraph/aggregated(labels:groupCount:workspace:)``;
/// a run of groups touches only its own groups' entries and its own arc range.
private struct GroupMerger {
    let o: UnsafeMutablePointer<Int>, t: UnsafeMutablePointer<UInt32>, w: UnsafeMutablePointer<Double>
    let l: UnsafeMutablePointer<Double>, nw: UnsafeMutablePointer<Double>
    let ro: UnsafeMutablePointer<Int>, rt: UnsafeMutablePointer<UInt32>, rw: UnsafeMutablePointer<Double>
    let rl: UnsafeMutablePointer<Double>, rnw: UnsafeMutablePointer<Double>
    let labels: UnsafeMutablePointer<UInt32>, members: UnsafeMutablePointer<UInt32>
    let memberStart: UnsafeMutablePointer<Int>, arcStart: UnsafeMutablePointer<Int>
    let unit: Bool

    init(graph: WorkingGraph, result: WorkingGraph, labels: UnsafeMutablePointer<UInt32>,
         members: UnsafeMutablePointer<UInt32>, memberStart: UnsafeMutablePointer<Int>,
         arcStart: UnsafeMutablePointer<Int>) {
        o = graph.offsets.base; t = graph.targets.base; w = graph.weights.base
        l = graph.loops.base; nw = graph.nodeWeights.base
        ro = result.offsets.base; rt = result.targets.base; rw = result.weights.base
        rl = result.loops.base; rnw = result.nodeWeights.base
        self.labels = labels; self.members = members
        self.memberStart = memberStart; self.arcStart = arcStart
        unit = graph.unitWeights
    }

    /// Merges `groups`, writing arcs from `arcStart[groups.lowerBound]`; returns how many.
    func merge(_ groups: Range<Int>, scratch: MoveScratch) -> Int {
        guard !groups.isEmpty else { return 0 }
        let sums = scratch.sums.base, touched = scratch.touched.base
        let base = arcStart[groups.lowerBound]
        var p = base
        for g in groups {
            ro[g] = p
            var touchedCount = 0
            var inside = 0.0, loop = 0.0, weight = 0.0, total = 0.0
            for i in memberStart[g]..<memberStart[g + 1] {
                let v = Int(members[i])
                loop += l[v]
                weight += nw[v]
                sumByCommunity(o[v]..<o[v + 1], targets: t, weights: unit ? nil : w, label: labels, sums: sums, touched: touched,
                               count: &touchedCount, total: &total, skip: g, skipped: &inside)
            }
            // Each inside edge was seen from both ends.
            rl[g] = loop + inside * 0.5
            rnw[g] = weight
            for j in 0..<touchedCount {
                let h = Int(touched[j])
                rt[p] = UInt32(h)
                rw[p] = sums[h]
                sums[h] = -1
                p += 1
            }
        }
        return p - base
    }
}
