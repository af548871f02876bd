#!/usr/bin/env python3
"""Side-by-side: Curbside import/load vs NetworKit's EdgeListReader on one edge list.

    python3 Benchmarks/compare_load.py [--edges 4000000] [--seed 1] [--runs 3]
    python3 Benchmarks/compare_load.py --edges 20000000 --import-only --runs 1   # memory

What it does, in a temporary folder that is deleted afterwards:

1. writes a seeded CSV edge list (`source,target` header, --edges rows over
   edges/8 nodes, targets skewed toward low ids by squaring a uniform draw, so
   in-degrees are heavy-tailed) with numpy, and the same edges as a SNAP file
   (`src dst` lines, no header);
2. builds the release tools if they are missing or older than the sources:
   `swift build -c release --product curbside` at the repo root and
   `swift build -c release --product load-graph` in Benchmarks/;
3. times `curbside import edges.csv --db store.sqlite` and `curbside import
   edges.txt` (SNAP) into fresh stores: wall clock, edges/s, the process's CPU
   time (user + system) and its main thread's (on a busy machine the wall clock
   says little; the main thread is the import's critical path), and its peak
   RSS (the target: a 20 M-edge file imports in < 2 GB);
4. times loading the CSV's store into a CSR Graph with `load-graph`
   (Store.loadGraph, times: false; it also reports Graph.memoryFootprint and
   peak RSS);
5. times NetworKit `EdgeListReader(',', 0, commentPrefix='s', continuous=False,
   directed=True).read(path)` on the same file (the header line starts with 's',
   so it is skipped as a comment);

each best of --runs, and prints a table against the project's targets
(import >= 1 M edges/s; load no slower than NetworKit; <= 16 bytes per edge;
import peak RSS < 2 GB). --import-only stops after step 3 (no NetworKit needed).
Needs numpy, and networkit unless --import-only (`pip install networkit`).
Exits 0 when it ran, whether or not the targets were met.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "Benchmarks")


def newest_source(folder):
    newest = 0.0
    for base, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".build")]
        for f in files:
            if f.endswith(".swift"):
                newest = max(newest, os.path.getmtime(os.path.join(base, f)))
    return newest


def ensure_built(package_dir, product):
    binary = os.path.join(package_dir, ".build", "release", product)
    sources = max(newest_source(os.path.join(ROOT, "Sources")), newest_source(package_dir))
    if not os.path.exists(binary) or os.path.getmtime(binary) < sources:
        print(f"building {product} (release)...", file=sys.stderr, flush=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", product],
                       cwd=package_dir, check=True, stdout=subprocess.DEVNULL)
    return binary


def write_edges(csv_path, snap_path, m, seed):
    """The same seeded edges as CSV (with header) and SNAP (space-separated)."""
    import numpy as np
    n = max(m // 8, 2)
    rng = np.random.default_rng(seed)
    src = rng.integers(0, n, m)
    r = rng.random(m)
    dst = (n * r * r).astype(np.int64)
    pairs = np.column_stack([src, dst])
    with open(csv_path, "w") as f:
        f.write("source,target\n")
        np.savetxt(f, pairs, fmt="%d", delimiter=",")
    with open(snap_path, "w") as f:
        np.savetxt(f, pairs, fmt="%d", delimiter=" ")
    return n


def thread_cpu(pid):
    """CPU seconds per thread of a running process (Linux /proc), {tid: seconds}."""
    tick = os.sysconf("SC_CLK_TCK")
    result = {}
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            result[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    except (OSError, IndexError):
        pass
    return result


def run_measured(argv):
    """Runs argv; returns wall seconds, CPU seconds (user + system, all threads), the main
    thread's CPU seconds (sampled every 20 ms: the critical path when the machine is busy)
    and peak RSS bytes."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    main = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid != 0:
            break
        main = thread_cpu(proc.pid).get(proc.pid, main)
        time.sleep(0.02)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, argv)
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "main_cpu": main,
            "rss": usage.ru_maxrss * 1024}


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def best_of(runs, fn):
    results = [fn() for _ in range(runs)]
    return min(results, key=lambda r: r["seconds"]), results


def print_rows(rows):
    print(f"{'step':34} {'seconds':>8}  {'figure':80} {'target':14} met")
    for name, secs, figure, target, met in rows:
        s = f"{secs:8.3f}" if secs is not None else " " * 8
        print(f"{name:34} {s}  {figure:80} {target:14} {met}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--edges", type=int, default=4_000_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="copy the CSV and store to this folder")
    ap.add_argument("--import-only", action="store_true", help="only time the imports (e.g. the 20 M-edge memory run)")
    args = ap.parse_args()

    curbside = ensure_built(ROOT, "curbside")

    tmp = tempfile.mkdtemp(prefix="curbside-compare-")
    try:
        csv = os.path.join(tmp, "edges.csv")
        snap = os.path.join(tmp, "edges.txt")
        t = time.perf_counter()
        n = write_edges(csv, snap, args.edges, args.seed)
        print(f"wrote {args.edges:,} edges over {n:,} nodes in {time.perf_counter() - t:.1f} s "
              f"(CSV {os.path.getsize(csv) / 1e6:.1f} MB)", file=sys.stderr)
        store = os.path.join(tmp, "store.sqlite")
        snap_store = os.path.join(tmp, "snap.sqlite")

        def importer(path, db):
            def run():
                remove_store(db)
                return run_measured([curbside, "import", path, "--db", db, "--output", "json"])
            return run

        imp, imp_all = best_of(args.runs, importer(csv, store))
        snp, snp_all = best_of(args.runs, importer(snap, snap_store))
        remove_store(snap_store)

        def import_row(name, r):
            rate = args.edges / r["seconds"]
            return (name, r["seconds"],
                    f"{rate / 1e6:.2f} M edges/s; CPU {r['cpu']:.2f} s (main thread {r['main_cpu']:.2f} s); "
                    f"peak RSS {r['rss'] / 1e6:.0f} MB",
                    "≥ 1 M edges/s", "yes" if rate >= 1e6 else "NO")

        import_rows = [import_row("curbside import (CSV -> store)", imp),
                       import_row("curbside import (SNAP -> store)", snp)]
        peak = max(r["rss"] for r in imp_all + snp_all)
        import_rows.append(("import peak RSS (all runs)", None, f"{peak / 1e6:.0f} MB", "< 2 GB",
                            "yes" if peak < 2e9 else "NO"))
        runs_line = ("import CSV " + ", ".join(f"{r['seconds']:.3f}" for r in imp_all)
                     + "; import SNAP " + ", ".join(f"{r['seconds']:.3f}" for r in snp_all))
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            shutil.copy(csv, args.keep)
            shutil.copy(store, args.keep)
        if args.import_only:
            print(f"\n{args.edges:,} edges, seed {args.seed}, best of {args.runs}\n")
            print_rows(import_rows)
            print("\nall runs (s): " + runs_line)
            return 0

        load_graph = ensure_built(BENCH, "load-graph")
        import networkit as nk
        # The store from the last import run stays for loading.

        def run_load():
            out = subprocess.run([load_graph, store], check=True, capture_output=True, text=True).stdout
            return json.loads(out)

        load, load_all = best_of(args.runs, run_load)

        def run_nk():
            reader = nk.graphio.EdgeListReader(",", 0, commentPrefix="s", continuous=False, directed=True)
            t0 = time.perf_counter()
            g = reader.read(csv)
            s = time.perf_counter() - t0
            return {"seconds": s, "nodes": g.numberOfNodes(), "edges": g.numberOfEdges()}

        nkr, nk_all = best_of(args.runs, run_nk)
        nk_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

        rows = import_rows + [
            ("Store.loadGraph (store -> Graph)", load["seconds"],
             f"{load['nodes']:,} nodes, {load['edges']:,} edges", "≤ NetworKit",
             "yes" if load["seconds"] <= nkr["seconds"] else "NO"),
            ("NetworKit EdgeListReader (CSV)", nkr["seconds"],
             f"{nkr['nodes']:,} nodes, {nkr['edges']:,} edges", "", ""),
            ("Graph.memoryFootprint / edge", None,
             f"{load['bytes_per_edge']:.2f} B ({load['bytes'] / 1e6:.1f} MB; load peak RSS "
             f"{load['peak_rss_bytes'] / 1e6:.0f} MB)", "≤ 16 B",
             "yes" if load["bytes_per_edge"] <= 16 else "NO"),
        ]
        print(f"\n{args.edges:,} edges, seed {args.seed}, best of {args.runs} "
              f"(NetworKit {nk.__version__}, {nk.getMaxNumberOfThreads()} threads; its process peak RSS "
              f"{nk_rss / 1e6:.0f} MB)\n")
        print_rows(rows)
        print("\nall runs (s): " + runs_line
              + "; load " + ", ".join(f"{r['seconds']:.3f}" for r in load_all)
              + "; networkit " + ", ".join(f"{r['seconds']:.3f}" for r in nk_all))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
