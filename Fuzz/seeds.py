#!/usr/bin/env python3
"""Writes the fuzzers' seed inputs, one folder per target, into OUT (default: a new temp dir).

Seeds come only from the repository's synthetic fixtures (Tests/CurbsideImportTests/Fixtures),
the synthetic Samples/ (cut to a few records so they stay small) and a few hand-written
records with fictional `_fic` accounts -- never from ../shared/data.

`run.sh seed` runs this and merges the seeds into Corpus/<target>/ with libFuzzer's -merge=1,
which keeps only inputs that add coverage. Multi-file targets join their files with the
marker below, in the order Targets.swift lists them; empty parts are files left out.

    python3 Fuzz/seeds.py OUT
"""
import gzip
import io
import json
import os
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "Tests", "CurbsideImportTests", "Fixtures")
SAMPLES = os.path.join(ROOT, "Samples")
MARKER = b"\n--8<--\n"  # Parts.marker in Workspace.swift

# Targets.swift: FuzzTarget.xArchiveFiles, mastodonFiles, detectionNames (same order).
X_FILES = ["manifest.js", "account.js", "profile.js", "follower.js", "following.js", "tweets.js", "like.js",
           "screen-name-change.js"]
MASTODON_FILES = ["actor.json", "outbox.json", "likes.json", "following_accounts.csv"]
DETECTION_NAMES = ["input", "input.csv", "input.tsv", "input.txt", "input.jsonl", "input.json", "input.xml",
                   "input.graphml", "input.gexf", "input.car", "input.edges", "input.txt.gz", "input.csv.gz",
                   "input.jsonl.gz", "actor.json", "following_accounts.csv"]


def read(*parts):
    with open(os.path.join(*parts), "rb") as f:
        return f.read()


def files_in(folder):
    path = os.path.join(FIX, folder)
    return [os.path.join(path, n) for n in sorted(os.listdir(path)) if os.path.isfile(os.path.join(path, n))]


def head_lines(data, n):
    return b"".join(data.splitlines(keepends=True)[:n])


def join(parts):
    return MARKER.join(parts)


def trim_js(data, items):
    """An X archive .js file (`window.YTD.x.part0 = [ … ]`) cut to its first `items` array items."""
    prefix, _, body = data.partition(b"=")
    value = json.loads(body)
    if isinstance(value, list):
        value = value[:items]
    return prefix + b"= " + json.dumps(value, indent=2, ensure_ascii=False).encode()


def zip_bytes(entries, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def seeds():
    """target → list of (name, bytes)."""
    out = {}

    def add(target, name, data):
        out.setdefault(target, []).append((name, data))

    # CSV: sample heads, the gzip fixture's CSV, the shapes the CSV tests cover.
    edges = read(SAMPLES, "clinician-network", "edges.csv")
    nodes = read(SAMPLES, "clinician-network", "nodes.csv")
    timed = [l for l in edges.splitlines(keepends=True) if b"Z," in l][:6]
    tagged = [l for l in edges.splitlines(keepends=True) if b"#" in l][:4]
    csv_edges = head_lines(edges, 6) + b"".join(timed + tagged)
    csv_nodes = head_lines(nodes, 8)
    hand = [
        b"\xef\xbb\xbfSource,Target,Type,Timestamp\r\ndr_a_fic,\"nurse_b_fic, RN\",mention,2019-11-16T14:03:00Z\r\n\r\n"
        b"\"dr \"\"q\"\" fic\",dr_a_fic,reply,1573913000\r\n\"multi\nline_fic\",dr_a_fic,follow,2019-11-16T15:03:00+01:00\r\n"
        b"dr_a_fic,dr_c_fic,,2019-11-16 14:03:00",
        b"Vertex 1\tVertex 2\tEdge Type\tWeight\na_fic\tb_fic\tadvice\t3\nb_fic\tc_fic\tadvice\t1.0\n",
        b"FROM;TO;created_at;platform\nx1_fic;x2_fic;2020-01-01;mastodon\n",
        b"id,handle,name,bio,location,specialty,platform\n1,dr_a_fic,Dr A,Cardiologist #cardiotwitter,Nowhere,cardiology,x\n",
    ]
    add("csv", "edges.csv", csv_edges)
    add("csv", "nodes.csv", csv_nodes)
    add("csv", "gzip-edges.csv", gzip.decompress(read(FIX, "gzip", "edges.csv.gz")))
    for i, h in enumerate(hand):
        add("csv", f"hand-{i}.csv", h)
    add("csv-folder", "sample", join([csv_nodes, csv_edges]))
    add("csv-folder", "edges-only", join([b"", csv_edges]))
    add("csv-folder", "nodes-only", join([csv_nodes]))

    # SNAP and its gzip container.
    snap = [read(p) for p in files_in("snap")] + [
        gzip.decompress(read(FIX, "gzip", "members.txt.gz")),
        b"# Higgs-style\n1 2 1341100972 RT\n2 3 1341101181 MT\n3 1 1341101200 RE\n",
        b"% comment\n1\t2\t0.5\r\n2\t3\t2\n",
        b"10 20\n20 30\n30 10\n10 10",
    ]
    for i, s in enumerate(snap):
        add("snap", f"snap-{i}.txt", s)
        add("gzip", f"snap-{i}.txt.gz", gzip.compress(s, mtime=0))
    for p in files_in("gzip"):
        if p.endswith(".txt.gz"):
            add("gzip", os.path.basename(p), read(p))

    # Pajek (PajekTests) and networkx edge lists with a data dict (EdgeListDataTests).
    for p in files_in("pajek"):
        add("pajek", os.path.basename(p), read(p))
    add("pajek", "matrix.net", b"*Vertices 3\n*Matrix\n0 2 0\n0 0 1\n1 0 0\n")
    add("pajek", "labels.net", b"*vertices 2\n1 a_fic\n2 \"b c_fic\"\n*arcs\na_fic \"b c_fic\" 2\n")
    add("edgelist-data", "networkx-data.edgelist", read(FIX, "edgelist", "networkx-data.edgelist"))
    add("edgelist-data", "escapes.edgelist", b"a_fic b_fic {'kind': 'it\\'s', \"time\": '2021-11-17T19:49:09Z', 'seen': True}\r\n")

    # Multiplex (the shapes of SnapAndMultiplexTests).
    add("multiplex", "ward", join([b"1 1 2 1\n2 2 1 3\n3 1 2 1\n1 2 1 0.6\n",
                                   b"layerID layerLabel\r\n1 advice\n2 case discussion\n",
                                   b"nodeID nodeLabel nodeCity\r\n1 dr_cardio_fic 1\n2 dr_onc_fic 1\n3 nurse_fic 2\n"]))
    add("multiplex", "no-nodes", join([b"1 1 2 1\n1 2 3 2\n", b"layerID layerLabel\n1 friend\n"]))

    for fmt in ("graphml", "gexf", "car", "handles"):
        target = "bluesky" if fmt == "car" else fmt
        for p in files_in(fmt):
            add(target, os.path.basename(p), read(p))

    for p in files_in("twarc2"):
        add("twarc2", os.path.basename(p), read(p))
    add("twarc2", "page.jsonl", gzip.decompress(read(FIX, "gzip", "page.jsonl.gz")))

    # X archives: the sample archive cut to two records per file, and the malformed fixtures.
    sample = os.path.join(SAMPLES, "x-archive-focus", "data")
    x_sample = [trim_js(read(sample, n), 2) if os.path.exists(os.path.join(sample, n)) else b"" for n in X_FILES]
    x_cases = {"sample": x_sample}
    xfix = os.path.join(FIX, "x-archive")
    for case in sorted(os.listdir(xfix)):
        data = os.path.join(xfix, case, "data")
        if os.path.isdir(data):
            x_cases[case] = [read(data, n) if os.path.exists(os.path.join(data, n)) else b"" for n in X_FILES]
    for case, parts in x_cases.items():
        add("x-archive", case, join(parts))
        add("x-archive-zip", case, join(parts))
    add("zip", "x-sample-deflated.zip", zip_bytes([("data/" + n, p) for n, p in zip(X_FILES, x_sample) if p]))
    add("zip", "x-sample-stored.zip",
        zip_bytes([("archive/data/" + n, p) for n, p in zip(X_FILES, x_sample) if p], zipfile.ZIP_STORED))

    # Mastodon folders (and zips of their archive files).
    mfix = os.path.join(FIX, "mastodon")
    for case in sorted(os.listdir(mfix)):
        folder = os.path.join(mfix, case)
        parts = [read(folder, n) if os.path.exists(os.path.join(folder, n)) else b"" for n in MASTODON_FILES]
        add("mastodon", case, join(parts))
        if any(parts[:3]):
            add("mastodon-zip", case, join(parts[:3]))
            if case == "archive":
                add("zip", "mastodon-deflated.zip", zip_bytes([(n, p) for n, p in zip(MASTODON_FILES[:3], parts) if p]))
                add("zip", "mastodon-stored.zip",
                    zip_bytes([("export/" + n, p) for n, p in zip(MASTODON_FILES[:3], parts) if p], zipfile.ZIP_STORED))

    # Detection and the store: the first byte picks the file name (Targets.swift detectionNames).
    def by_name(name, data):
        return bytes([DETECTION_NAMES.index(name)]) + data

    single = [("input.csv", csv_edges), ("input.csv", csv_nodes), ("input.tsv", hand[1]), ("input.txt", snap[4]),
              ("input", snap[0]), ("input.jsonl", read(FIX, "twarc2", "good.jsonl")),
              ("input.json", read(FIX, "twarc2", "good.jsonl")),
              ("input.graphml", read(FIX, "graphml", "nodexl-fictional.graphml")),
              ("input.xml", read(FIX, "gexf", "static-undirected-1.2.gexf")),
              ("input.gexf", read(FIX, "gexf", "gephi-dynamic-1.3.gexf")),
              ("input.car", read(FIX, "car", "fictional-v3.car")), ("input.edges", b"1 1 2 1\n"),
              ("input.txt.gz", read(FIX, "gzip", "members.txt.gz")), ("input.csv.gz", read(FIX, "gzip", "edges.csv.gz")),
              ("input.jsonl.gz", read(FIX, "gzip", "page.jsonl.gz")),
              ("input.csv", read(FIX, "handles", "good.csv")),
              ("following_accounts.csv", read(FIX, "mastodon", "follows-only", "following_accounts.csv")),
              ("actor.json", read(FIX, "mastodon", "archive", "actor.json"))]
    for i, (name, data) in enumerate(single):
        add("detect", f"{i}-{name}", by_name(name, data))
        add("store", f"{i}-{name}", by_name(name, data))

    # Mapped imports: 7 bytes of mapping (MappedTarget.swift), then the file. Role bytes: 0x80 |
    # column << 1 | by-name; byte 0: whitespace, header=, kind map, time format, time zone.
    def role(column, by_name=False):
        return 0x80 | column << 1 | (1 if by_name else 0)

    ins = os.path.join(FIX, "inspect")
    mapped = [
        # src_user, retweeted_user_id, tweet_type (1/2/3 + kind map), created_at as %m/%d/%Y %H:%M, by name
        ("coded-kinds", [0x08 | 4 << 4, role(0, True), role(1, True), role(2, True), role(3, True), 0, 0],
         read(ins, "coded-kinds.csv")),
        # whitespace, header=no, RT/MT/RE kind map, epoch times, by index
        ("higgs-like", [0x01 | 2 << 1 | 0x08 | 1 << 4, role(0), role(1), role(3), role(2), 0, 0],
         read(ins, "higgs-like_activity.txt")),
        ("weighted", [0x01, role(0), role(1), 0, 0, role(2), 0], read(ins, "weighted.txt")),
        ("padded", [0x00, role(0, True), role(1, True), 0, 0, role(3, True), 0], read(ins, "padded-bom-crlf.csv")),
        ("latin1", [0x80, role(0, True), role(1, True), 0, 0, 0, 0x02 | 2 << 2], read(ins, "latin1-note.csv")),
        ("dotted-times", [0x01 | 2 << 1 | 5 << 4 | 0x80, role(0), role(1), 0, role(2), 0, 0x01],
         b"a_fic b_fic 16.11.2019\t14:03:00\nb_fic\tc_fic 01.02.2020 00:00:00\n"),
    ]
    for name, head, data in mapped:
        add("mapped", name, bytes(head) + data)
    return out


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="curbside-seeds-")
    for target, items in sorted(seeds().items()):
        folder = os.path.join(dest, target)
        os.makedirs(folder, exist_ok=True)
        for name, data in items:
            with open(os.path.join(folder, name.replace("/", "_")), "wb") as f:
                f.write(data)
    print(dest)


if __name__ == "__main__":
    main()
