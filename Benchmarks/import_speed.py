#!/usr/bin/env python3
"""Import throughput of the JSON-based readers and GraphML, in MB of input per second.

    python3 Benchmarks/import_speed.py [--mb 200] [--runs 2] [--keep DIR]

Builds ~--mb MB inputs from the real files in ../shared/data (never committed) in a
temporary folder, then times `curbside import INPUT --db STORE` into a fresh store
(fingerprint, parse and store inserts; best of --runs) with the release binary (`swift build -c release
--product curbside`, built when missing):

- twarc2: twarc2-jsonl-docnow/tweets.jsonl repeated (response pages of 100 tweets);
- x-archive: twitter-archive-andreruffert's data/ with its tweets.js items repeated
  into one large tweets.js (the other files as they are);
- mastodon: mastodon-archive-dealingwith's actor.json and an outbox.json whose
  orderedItems are repeated with distinct ids (`?copy=k` appended), since the reader
  drops repeated ids;
- graphml: a seeded NodeXL-style GraphML file (fictional accounts, typed keys, node and
  edge <data> values; the XML formats' goal is also 50 MB/s, not yet met).

Wall-clock, CPU (user + sys of the child, all threads) and main-thread CPU throughput
are printed (each the best of --runs; measured as in compare_load.py): on a shared machine
the wall clock mostly measures the other processes, CPU time what the cores do, and the
main thread's CPU the import's critical path (the SHA-256 fingerprint runs on a thread of
its own, concurrently with parsing).
The project's target (issue #3) is >= 50 MB/s of input for each. Exits 0 when it ran,
whether or not the target was met.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from compare_load import remove_store, run_measured

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data")
BIN = os.path.join(ROOT, ".build", "release", "curbside")


def size_of(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def make_twarc2(out, mb):
    src = open(os.path.join(DATA, "twarc2-jsonl-docnow", "tweets.jsonl"), "rb").read()
    path = os.path.join(out, "twarc2.jsonl")
    with open(path, "wb") as f:
        for _ in range(max(1, mb * 1_000_000 // len(src))):
            f.write(src)
    return path


def make_x_archive(out, mb):
    base = os.path.join(DATA, "twitter-archive-andreruffert", "data")
    data = os.path.join(out, "xarchive", "data")
    os.makedirs(data)
    for name in ["account.js", "follower.js", "following.js", "profile.js", "manifest.js", "like.js"]:
        shutil.copy(os.path.join(base, name), os.path.join(data, name))
    text = open(os.path.join(base, "tweets.js"), encoding="utf-8").read()
    body = text[text.index("["):].strip()
    inner = body[1:body.rindex("]")].strip()
    copies = max(1, mb * 1_000_000 // len(inner.encode()))
    with open(os.path.join(data, "tweets.js"), "w", encoding="utf-8") as f:
        f.write("window.YTD.tweets.part0 = [\n")
        f.write(",\n".join([inner] * copies))
        f.write("\n]")
    return os.path.dirname(data)


def make_mastodon(out, mb):
    base = os.path.join(DATA, "mastodon-archive-dealingwith")
    folder = os.path.join(out, "mastodon")
    os.makedirs(folder)
    shutil.copy(os.path.join(base, "actor.json"), os.path.join(folder, "actor.json"))
    outbox = json.load(open(os.path.join(base, "outbox.json"), encoding="utf-8"))  # keeps the last orderedItems
    items = outbox["orderedItems"]
    copies = max(1, mb * 1_000_000 // os.path.getsize(os.path.join(base, "outbox.json")))
    outbox["orderedItems"] = [dict(it, id=f"{it['id']}?copy={k}") for k in range(copies) for it in items]
    with open(os.path.join(folder, "outbox.json"), "w", encoding="utf-8") as f:
        json.dump(outbox, f, separators=(",", ":"), ensure_ascii=False)
    return folder


def make_graphml(out, mb):
    """A NodeXL-style GraphML file (seeded; fictional `_fic` accounts): typed <key>s, nodes
    with a few <data> values, edges with a relationship and a date, ~--mb MB."""
    import random
    rng = random.Random(20261201)
    head = open(os.path.join(ROOT, "Tests", "CurbsideImportTests", "Fixtures", "graphml", "nodexl-fictional.graphml"),
                encoding="utf-8").read()
    head = head[:head.index("<graph ")] + '<graph edgedefault="directed">\n'
    edges = max(10, mb * 1_000_000 // 150)
    nodes = max(2, edges // 10)
    relationships = ["Mentions", "Replies to", "Followed"]
    path = os.path.join(out, "nodexl.graphml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        for i in range(nodes):
            f.write(f'    <node id="u{i}_fic">\n      <data key="V-Vertex">u{i}_fic</data>\n'
                    f'      <data key="V-Name">Dr Node {i} &amp; Co</data>\n'
                    f'      <data key="V-Followers">{rng.randint(0, 5000)}</data>\n    </node>\n')
        for j in range(edges):
            a, b = rng.randrange(nodes), rng.randrange(nodes)
            f.write(f'    <edge source="u{a}_fic" target="u{b}_fic">\n'
                    f'      <data key="E-Relationship">{relationships[j % 3]}</data>\n'
                    f'      <data key="E-Date">2021-11-{1 + j % 28:02d} 19:49:09</data>\n    </edge>\n')
        f.write("  </graph>\n</graphml>\n")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    if not os.path.isdir(DATA):
        sys.exit(f"no shared data at {DATA}")
    if not os.path.exists(BIN):
        subprocess.run(["swift", "build", "-c", "release", "--product", "curbside"], cwd=ROOT, check=True)
    out = args.keep or tempfile.mkdtemp(prefix="curbside-import-speed-")
    os.makedirs(out, exist_ok=True)
    try:
        inputs = [("twarc2", make_twarc2(out, args.mb)), ("x-archive", make_x_archive(out, args.mb)),
                  ("mastodon", make_mastodon(out, args.mb)), ("graphml", make_graphml(out, args.mb))]
        print("| format | input MB | wall s | wall MB/s | CPU s | CPU MB/s | main-thread CPU s | main MB/s "
              "| target 50 MB/s (CPU) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for name, path in inputs:
            best = {}
            for _ in range(args.runs):
                store = os.path.join(out, "store.sqlite")
                remove_store(store)
                r = run_measured([BIN, "import", path, "--db", store])
                best = {k: min(v, best.get(k, v)) for k, v in r.items()}
            mb = size_of(path) / 1e6
            print(f"| {name} | {mb:.1f} | {best['seconds']:.2f} | {mb / best['seconds']:.1f} | {best['cpu']:.2f} | "
                  f"{mb / best['cpu']:.1f} | {best['main_cpu']:.2f} | {mb / max(best['main_cpu'], 1e-9):.1f} | "
                  f"{'met' if mb / best['cpu'] >= 50 else 'NOT met'} |")
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
