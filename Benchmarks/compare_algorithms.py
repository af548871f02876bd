#!/usr/bin/env python3
"""Side-by-side comparison of Curbside's graph algorithms with NetworKit, igraph and scipy.

Generates a Twitter-like directed graph (seeded): power-law activity and popularity,
planted communities (most follows stay inside the follower's community), reciprocity
(a share of follows is followed back). Writes it as a SNAP edge list (`src dst` per line),
then runs, in the same run and alternating, for `--runs` rounds:

  * Curbside: Benchmarks/.build/release/algo-bench (loads the file into a CurbsideGraph
    Graph, times each algorithm apart from the load, prints JSON);
  * NetworKit (2 threads), igraph and scipy.sparse (+ pandas to parse), each in its own
    Python process (`--worker NAME`).

Prints, per step, the median of each tool and Curbside's median ÷ the fastest peer's
median (compute alone, load separately), in wall seconds and, in a second table, in CPU
seconds of all threads (on a loaded machine wall time mostly measures the waiting). Steps:

  load         parse the edge list, build the directed graph (Curbside: both directions)
  undirected   the symmetrised simple graph the undirected steps use
  pagerank     damping 0.85, networkx's stopping rule (L1 change < n · 1e-9), uniform
               teleport, dangling nodes teleport; igraph uses PRPACK (a direct solve)
  kcore        core numbers of the undirected graph
  wcc          weakly connected components of the directed graph
  betweenness  Riondato–Kornaropoulos sampled betweenness, ε = δ = 0.1 (both tools)
  reach2       exact 2-hop audience (in-neighbours and theirs) of 1,000 seeded accounts
  adamic_adar  top-10 non-neighbour candidates by Adamic–Adar for 100 seeded accounts
  leiden       Curbside Leiden vs NetworKit PLM (and igraph Leiden), modularity of each

Usage (from the repository root or Benchmarks/):

  pip install networkit igraph scipy pandas
  (cd Benchmarks && swift build -c release --product algo-bench)
  python3 Benchmarks/compare_algorithms.py            # 200 k nodes / 4 M edges, 3 runs
  python3 Benchmarks/compare_algorithms.py --large    # 1 M nodes / 20 M edges

The graph is cached in --workdir (default /tmp/curbside-compare) by size and seed.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = ["load", "undirected", "pagerank", "kcore", "wcc", "betweenness", "reach2", "adamic_adar", "leiden"]
PEERS = ["networkit", "scipy", "igraph"]


# ---------------------------------------------------------------- graph generator

def generate(n, m, seed, path):
    """A directed follow graph with n nodes and m arcs (no self-loops, no repeats)."""
    import numpy as np
    rng = np.random.default_rng(seed)
    # Planted communities: sizes drawn from a power law between 20 and n/40.
    sizes = []
    left = n
    while left > 0:
        s = int(min(left, max(20, min(n // 40, 20 * (1 - rng.random()) ** (-1 / 1.5)))))
        sizes.append(s)
        left -= s
    community = np.repeat(np.arange(len(sizes)), sizes)
    perm = rng.permutation(n)  # node id -> position in community order
    node_at = np.empty(n, dtype=np.int64)
    node_at[np.arange(n)] = perm  # position -> node id
    comm_of_pos = community
    # Activity (out) and popularity (in): Pareto tails, exponent ~2.1 for in-degree.
    activity = (1 - rng.random(n)) ** (-1 / 1.6)
    popularity = (1 - rng.random(n)) ** (-1 / 1.1)
    cum_pop = np.cumsum(popularity)
    starts = np.concatenate([[0], np.cumsum(sizes)])
    comm_lo = np.concatenate([[0.0], cum_pop])[starts[:-1]]
    comm_hi = cum_pop[starts[1:] - 1]
    cum_act = np.cumsum(activity)
    mixing, reciprocity = 0.25, 0.3
    keys = np.empty(0, dtype=np.int64)
    while keys.size < m:
        need = int((m - keys.size) * 1.15) + 1000
        k = int(need / (1 + reciprocity))
        src_pos = np.searchsorted(cum_act, rng.random(k) * cum_act[-1], side="right")
        c = comm_of_pos[src_pos]
        local = rng.random(k) >= mixing
        draw = np.where(local, comm_lo[c] + rng.random(k) * (comm_hi[c] - comm_lo[c]), rng.random(k) * cum_pop[-1])
        dst_pos = np.minimum(np.searchsorted(cum_pop, draw, side="right"), n - 1)
        src, dst = node_at[src_pos], node_at[dst_pos]
        back = rng.random(k) < reciprocity
        src, dst = np.concatenate([src, dst[back]]), np.concatenate([dst, src[back]])
        ok = src != dst
        keys = np.unique(np.concatenate([keys, src[ok] * n + dst[ok]]))
    # Keep m arcs chosen at random (then in sorted order, like most exports).
    keys = np.sort(rng.choice(keys, size=m, replace=False))
    src, dst = keys // n, keys % n
    import pandas as pd
    tmp = path + ".tmp"
    pd.DataFrame({"s": src, "d": dst}).to_csv(tmp, sep=" ", header=False, index=False)
    os.replace(tmp, path)


# ---------------------------------------------------------------- peers (worker processes)

def now():
    return time.perf_counter()


class Clock:
    """Wall and CPU seconds (all threads of the process) of one step."""

    def __init__(self, out):
        self.out = out

    def start(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def stop(self, key):
        self.out[key] = time.perf_counter() - self.wall
        self.out[key + "_cpu"] = time.process_time() - self.cpu


def read_ids(path):
    with open(path) as f:
        return [int(x) for x in f.read().split()]


def read_coo(path):
    import numpy as np
    import pandas as pd
    df = pd.read_csv(path, sep=" ", header=None, comment="#", dtype=np.int64, engine="c", usecols=[0, 1])
    return df[0].to_numpy(), df[1].to_numpy()


def undirected_pairs(src, dst):
    import numpy as np
    lo, hi = np.minimum(src, dst), np.maximum(src, dst)
    keep = lo != hi
    n = int(max(src.max(), dst.max())) + 1
    keys = np.unique(lo[keep] * n + hi[keep])
    return keys // n, keys % n, n


def worker_networkit(args, out):
    clock = Clock(out)
    import networkit as nk
    import numpy as np
    import scipy.sparse as sp
    nk.setNumberOfThreads(2)
    out["version"] = nk.__version__
    clock.start()
    g = nk.graphio.EdgeListReader(" ", 0, commentPrefix="#", continuous=True, directed=True).read(args.edges)
    clock.stop("load")
    # nk.graphtools.toUndirected miscounts edges when arcs are reciprocated (11.x: a graph
    # with 0->1, 1->0, 1->2, 3->2 reports 2 undirected edges, not 3), which skews
    # modularity; build the undirected graph from COO arrays instead (parsing them is
    # not timed).
    src, dst = read_coo(args.edges)
    clock.start()
    lo, hi, n = undirected_pairs(src, dst)
    gu = nk.GraphFromCoo(sp.coo_matrix((np.ones(lo.size), (lo, hi)), shape=(n, n)), n, weighted=False, directed=False)
    clock.stop("undirected")
    out["undirected_edges"] = gu.numberOfEdges()
    clock.start()
    pr = nk.centrality.PageRank(g, damp=0.85, tol=g.numberOfNodes() * 1e-9,
                                distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
    pr.norm = nk.centrality.Norm.L1_NORM
    pr.run()
    clock.stop("pagerank")
    out["pagerank_iterations"] = pr.numberOfIterations()
    clock.start()
    kc = nk.centrality.CoreDecomposition(gu)
    kc.run()
    clock.stop("kcore")
    out["kcore_max"] = int(kc.maxCoreNumber())
    clock.start()
    cc = nk.components.WeaklyConnectedComponents(g)
    cc.run()
    clock.stop("wcc")
    out["wcc_count"] = cc.numberOfComponents()
    if "networkit.betweenness" not in args.skip.split(","):
        clock.start()
        ab = nk.centrality.ApproxBetweenness(g, epsilon=args.epsilon, delta=0.1)
        ab.run()
        clock.stop("betweenness")
        out["betweenness_samples"] = ab.numberOfSamples()
    links = read_ids(args.link_sources)
    clock.start()
    finder = nk.linkprediction.MissingLinksFinder(gu)
    index = nk.linkprediction.AdamicAdarIndex(gu)
    found = 0
    for u in links:
        pairs = finder.findFromNode(u, 2)
        if not pairs:
            continue
        scored = index.runOn(pairs)
        scored.sort(key=lambda p: (-p[1], p[0][1] if p[0][0] == u else p[0][0]))
        found += len(scored[:10])
    clock.stop("adamic_adar")
    out["adamic_adar_candidates"] = found
    clock.start()
    plm = nk.community.PLM(gu, refine=False, gamma=1.0, par="balanced")
    plm.run()
    part = plm.getPartition()
    clock.stop("leiden")
    out["leiden_algorithm"] = "PLM"
    out["leiden_modularity"] = nk.community.Modularity().getQuality(part, gu)
    out["leiden_communities"] = part.numberOfSubsets()


def worker_scipy(args, out):
    clock = Clock(out)
    import numpy as np
    import pandas as pd
    import scipy
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components
    out["version"] = f"scipy {scipy.__version__}, pandas {pd.__version__}"
    clock.start()
    src, dst = read_coo(args.edges)
    n = int(max(src.max(), dst.max())) + 1
    a = sp.csr_matrix((np.ones(src.size, dtype=np.float64), (src, dst)), shape=(n, n))
    clock.stop("load")
    clock.start()
    u = (a + a.T).tocsr()
    u.setdiag(0)
    u.eliminate_zeros()
    u.data[:] = 1
    clock.stop("undirected")
    out["undirected_edges"] = u.nnz // 2
    # PageRank, networkx's algorithm (_pagerank_scipy) and stopping rule.
    clock.start()
    outdeg = np.asarray(a.sum(axis=1)).ravel()
    inv = np.divide(1.0, outdeg, out=np.zeros(n), where=outdeg != 0)
    at = (sp.diags(inv) @ a).T.tocsr()
    dangling = outdeg == 0
    x = np.full(n, 1.0 / n)
    for it in range(1, 101):
        last = x
        x = 0.85 * (at @ x) + (0.85 * last[dangling].sum() + 0.15) / n
        if np.abs(x - last).sum() < n * 1e-9:
            break
    clock.stop("pagerank")
    out["pagerank_iterations"] = it
    clock.start()
    count, _ = connected_components(a, directed=True, connection="weak")
    clock.stop("wcc")
    out["wcc_count"] = int(count)
    reach = read_ids(args.reach_sources)
    clock.start()
    incoming = a.T.tocsr()  # row v: v's followers
    ptr, ind = incoming.indptr, incoming.indices
    total = 0
    for s in reach:
        first = ind[ptr[s]:ptr[s + 1]]
        second = incoming[first].indices
        reached = np.union1d(first, second)
        total += reached.size - int(np.any(reached == s))
    clock.stop("reach2")
    out["reach2_total"] = total
    links = read_ids(args.link_sources)
    clock.start()
    deg = np.asarray(u.sum(axis=1)).ravel()
    w = np.divide(1.0, np.log(deg), out=np.zeros(n), where=deg > 1)
    scores = (u[links] @ sp.diags(w) @ u).tocsr()
    found = 0
    for i, x in enumerate(links):
        row = scores.getrow(i)
        cand, val = row.indices, row.data
        bad = np.isin(cand, u.indices[u.indptr[x]:u.indptr[x + 1]]) | (cand == x)
        cand, val = cand[~bad], val[~bad]
        order = np.lexsort((cand, -val))[:10]
        found += order.size
    clock.stop("adamic_adar")
    out["adamic_adar_candidates"] = found


def worker_igraph(args, out):
    clock = Clock(out)
    import igraph as ig
    out["version"] = ig.__version__
    clock.start()
    g = ig.Graph.Read_Edgelist(args.edges, directed=True)
    clock.stop("load")
    clock.start()
    gu = g.as_undirected(mode="collapse")
    gu.simplify()
    clock.stop("undirected")
    out["undirected_edges"] = gu.ecount()
    clock.start()
    g.pagerank(damping=0.85)
    clock.stop("pagerank")
    clock.start()
    core = gu.coreness()
    clock.stop("kcore")
    out["kcore_max"] = max(core)
    clock.start()
    cc = g.connected_components(mode="weak")
    clock.stop("wcc")
    out["wcc_count"] = len(cc)
    reach = read_ids(args.reach_sources)
    clock.start()
    sizes = g.neighborhood_size(reach, order=2, mode="in")
    clock.stop("reach2")
    out["reach2_total"] = sum(sizes) - len(sizes)
    clock.start()
    part = gu.community_leiden(objective_function="modularity", n_iterations=2)
    clock.stop("leiden")
    out["leiden_algorithm"] = "Leiden (2 iterations)"
    out["leiden_modularity"] = gu.modularity(part.membership)
    out["leiden_communities"] = len(part)


def run_worker(args):
    out = {}
    {"networkit": worker_networkit, "scipy": worker_scipy, "igraph": worker_igraph}[args.worker](args, out)
    print(json.dumps(out))


# ---------------------------------------------------------------- driver

def run_tool(tool, args, edges, reach, links):
    """Runs one tool in its own process; returns its JSON with `process` (wall seconds)."""
    if tool == "curbside":
        cmd = [args.algo_bench, edges, "--reach-sources", reach, "--link-sources", links,
               "--epsilon", str(args.epsilon), "--seed", str(args.seed)]
    else:
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", tool, "--edges", edges,
               "--reach-sources", reach, "--link-sources", links, "--epsilon", str(args.epsilon),
               "--skip", args.skip]
    t = now()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
    wall = now() - t
    if proc.returncode != 0:
        sys.stderr.write(f"{tool} failed ({proc.returncode}):\n{proc.stderr[-2000:]}\n")
        return None
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process"] = wall
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--large", action="store_true", help="1 M nodes / 20 M edges instead of 200 k / 4 M")
    p.add_argument("--nodes", type=int)
    p.add_argument("--edges-count", type=int)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--epsilon", type=float, default=0.1)
    p.add_argument("--workdir", default="/tmp/curbside-compare")
    p.add_argument("--tools", default="curbside,networkit,scipy,igraph")
    p.add_argument("--timeout", type=float, default=3600)
    p.add_argument("--algo-bench", default=os.path.join(HERE, ".build", "release", "algo-bench"))
    p.add_argument("--json", help="also write all raw results to this file")
    p.add_argument("--skip", default="", help="tool.step pairs to leave out, e.g. networkit.betweenness "
                   "(NetworKit's RK sampling takes minutes on the 4 M graph)")
    p.add_argument("--report", help="print the table from a --json file of an earlier (possibly interrupted) run")
    # Worker mode (internal).
    p.add_argument("--worker", choices=PEERS, help=argparse.SUPPRESS)
    p.add_argument("--edges", help=argparse.SUPPRESS)
    p.add_argument("--reach-sources", help=argparse.SUPPRESS)
    p.add_argument("--link-sources", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        return run_worker(args)
    if args.report:
        with open(args.report) as f:
            saved = json.load(f)
        args.runs = max(len(v) for v in saved["results"].values())
        return report(saved["results"], saved["nodes"], saved["arcs"], args)

    n = args.nodes or (1_000_000 if args.large else 200_000)
    m = args.edges_count or (20_000_000 if args.large else 4_000_000)
    os.makedirs(args.workdir, exist_ok=True)
    edges = os.path.join(args.workdir, f"twitterlike-{n}-{m}-{args.seed}.txt")
    if not os.path.exists(edges):
        t = now()
        generate(n, m, args.seed, edges)
        print(f"generated {edges} in {now() - t:.1f} s", file=sys.stderr)
    import numpy as np
    rng = np.random.default_rng(args.seed + 1)
    reach = os.path.join(args.workdir, f"reach-{n}-{args.seed}.txt")
    links = os.path.join(args.workdir, f"links-{n}-{args.seed}.txt")
    with open(reach, "w") as f:
        f.write("\n".join(map(str, rng.choice(n, 1000, replace=False))) + "\n")
    with open(links, "w") as f:
        f.write("\n".join(map(str, rng.choice(n, 100, replace=False))) + "\n")
    if "curbside" in args.tools and not os.path.exists(args.algo_bench):
        sys.exit(f"{args.algo_bench} missing: cd Benchmarks && swift build -c release --product algo-bench")

    tools = args.tools.split(",")
    results = {t: [] for t in tools}
    for r in range(args.runs):
        for tool in tools:
            res = run_tool(tool, args, edges, reach, links)
            if res is not None:
                results[tool].append(res)
                print(f"run {r + 1} {tool}: " + ", ".join(f"{k} {res[k]:.3f}" for k in STEPS if k in res),
                      file=sys.stderr, flush=True)
            if args.json:  # after every run, so an interrupted comparison still leaves data
                with open(args.json, "w") as f:
                    json.dump({"nodes": n, "arcs": m, "runs": args.runs, "results": results}, f, indent=1)
    report(results, n, m, args)


def median(results, tool, key):
    vals = [r[key] for r in results.get(tool, []) if key in r]
    return statistics.median(vals) if vals else None


def report(results, n, m, args):
    cs = results.get("curbside", [])
    info = cs[0] if cs else {}
    und = info.get("undirected_edges")
    print(f"# Curbside vs peers: {n:,} nodes, {m:,} arcs ({'?' if und is None else f'{und:,}'} undirected edges), "
          f"median of {args.runs} runs, seconds")
    versions = [f"{t} {results[t][0]['version']}" for t in PEERS if results.get(t)]
    print(f"# peers: {', '.join(versions)}; NetworKit on 2 threads; Curbside on {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} when printed")
    print()
    peers = [t for t in PEERS if results.get(t)]
    print("| step | Curbside | " + " | ".join(peers) + " | ratio (Curbside ÷ fastest peer) |")
    print("|---|---:|" + "---:|" * len(peers) + "---|")
    for step in STEPS:
        c = median(results, "curbside", step)
        vals = {t: median(results, t, step) for t in peers}
        have = {t: v for t, v in vals.items() if v is not None}
        cells = " | ".join("–" if vals[t] is None else f"{vals[t]:.3f}" for t in peers)
        if c is None or not have:
            ratio = "–"
        else:
            if step == "leiden" and "networkit" in have:
                best = "networkit"
            else:
                best = min(have, key=have.get)
            ratio = f"**{c / have[best]:.2f}** ({best})"
        print(f"| {step} | {'–' if c is None else f'{c:.3f}'} | {cells} | {ratio} |")
    if any(median(results, t, "load_cpu") is not None for t in ["curbside"] + peers):
        print()
        print("CPU seconds (all threads; the work done, whatever the machine's load):")
        print()
        print("| step | Curbside | " + " | ".join(peers) + " | ratio (Curbside ÷ least peer) |")
        print("|---|---:|" + "---:|" * len(peers) + "---|")
        for step in STEPS:
            c = median(results, "curbside", step + "_cpu")
            vals = {t: median(results, t, step + "_cpu") for t in peers}
            have = {t: v for t, v in vals.items() if v is not None}
            cells = " | ".join("–" if vals[t] is None else f"{vals[t]:.3f}" for t in peers)
            best = ("networkit" if step == "leiden" and "networkit" in have else min(have, key=have.get)) if have else None
            ratio = "–" if c is None or best is None else f"**{c / have[best]:.2f}** ({best})"
            print(f"| {step} | {'–' if c is None else f'{c:.3f}'} | {cells} | {ratio} |")
    print()
    for t in ["curbside"] + peers:
        q = median(results, t, "leiden_modularity")
        k = median(results, t, "leiden_communities")
        if q is not None:
            algo = "Leiden" if t == "curbside" else results[t][0].get("leiden_algorithm", "")
            print(f"- {t} {algo}: modularity {q:.4f}, {k:.0f} communities")
    for key in ["pagerank_iterations", "wcc_count", "kcore_max", "reach2_total", "betweenness_samples",
                "adamic_adar_candidates", "undirected_edges"]:
        row = {t: median(results, t, key) for t in ["curbside"] + peers}
        row = {t: v for t, v in row.items() if v is not None}
        if len(row) > 1:
            print(f"- {key}: " + ", ".join(f"{t} {v:g}" for t, v in row.items()))
    rss = median(results, "curbside", "peak_rss_bytes")
    if rss:
        print(f"- Curbside peak RSS {rss / 2**20:.0f} MiB; whole process (median): "
              + ", ".join(f"{t} {median(results, t, 'process'):.2f} s" for t in ["curbside"] + peers))


if __name__ == "__main__":
    main()
