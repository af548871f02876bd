"""Independent counts for Tests/CurbsideImportTests/Fixtures/inspect/ (InspectCommandTests).

Each fixture is read with pandas as its quirks require (written out per file below, not
through Curbside's guesses); printed per fixture: rows, ties (rows with both ids), ties per
kind, self-loops. Run: python3 Tests/References/inspect_fixture_counts.py
"""
import csv
import os
import pandas as pd

D = os.path.join(os.path.dirname(__file__), "..", "CurbsideImportTests", "Fixtures", "inspect")


def report(name, df, src, dst, kinds):
    df = df.dropna(subset=[src, dst])
    loops = int((df[src] == df[dst]).sum())
    print(f"{name}: rows={len(df)} ties={len(df)} kinds={dict(sorted(kinds.items()))} self_loops={loops}")


df = pd.read_csv(f"{D}/coded-kinds.csv", dtype=str, keep_default_na=False)
# codes 1/2/3 are not known kinds: they stay as written
report("coded-kinds.csv", df, "src_user", "retweeted_user_id", df["tweet_type"].value_counts().to_dict())
ts = pd.to_datetime(df["created_at"], format="%m/%d/%Y %H:%M", utc=True)
print("  first time", int(ts.min().timestamp()), "last time", int(ts.max().timestamp()))

df = pd.read_csv(f"{D}/weighted.txt", sep=r"\s+", header=None, names=["a", "b", "w"], dtype={"a": str, "b": str})
report("weighted.txt", df, "a", "b", {"edge": len(df)})
print("  weight sum", int(df["w"].sum()))
if "t" in df:
    print("  first time", int(df["t"].min()), "last time", int(df["t"].max()))

df = pd.read_csv(f"{D}/padded-bom-crlf.csv", encoding="utf-8-sig", dtype=str, skipinitialspace=True, keep_default_na=False)
for c in ["Source", "Target"]:
    df[c] = df[c].str.strip().str.strip('"').str.strip()
report("padded-bom-crlf.csv", df, "Source", "Target", {"edge": len(df)})
print("  weight sum", int(df["Weight"].astype(int).sum()))

df = pd.read_csv(f"{D}/latin1-note.csv", sep=";", encoding="latin-1", dtype=str, keep_default_na=False)
report("latin1-note.csv", df, "from_id", "to_id", {"edge": len(df)})

df = pd.read_csv(f"{D}/higgs-like_activity.txt", sep=" ", header=None, names=["a", "b", "t", "k"], dtype={"a": str, "b": str})
report("higgs-like_activity.txt", df, "a", "b", df["k"].map({"RT": "repost", "MT": "mention", "RE": "reply"}).value_counts().to_dict())
print("  first time", int(df["t"].min()), "last time", int(df["t"].max()))

df = pd.read_csv(f"{D}/fic-mention_network.edgelist", sep=" ", header=None, names=["a", "b"], dtype=str)
report("fic-mention_network.edgelist", df, "a", "b", {"mention": len(df)})  # the file name names the kind

df = pd.read_csv(f"{D}/some-bad-rows.csv", dtype=str, keep_default_na=False)
missing = df[(df["source"] == "") | (df["target"] == "")]
rest = df.drop(missing.index)
epoch = rest["timestamp"].str.fullmatch(r"\d+")
iso = pd.to_datetime(rest["timestamp"].where(~epoch), errors="coerce", utc=True, format="ISO8601")
bad_time = rest[~epoch & iso.isna()]
good = rest.drop(bad_time.index)
print(f"some-bad-rows.csv: rows={len(df)} ties={len(good)} missing={len(missing)} bad_time={len(bad_time)} "
      f"self_loops={int((good['source'] == good['target']).sum())}")

df = pd.read_csv(f"{D}/timed-weighted.txt", sep=" ", header=None, names=["a", "b", "t", "w"], dtype={"a": str, "b": str})
report("timed-weighted.txt", df, "a", "b", {"edge": len(df)})  # column 4 a weight, not a kind code
print("  weight sum", int(df["w"].sum()))
if "t" in df:
    print("  first time", int(df["t"].min()), "last time", int(df["t"].max()))

# Pajek (a copy of Fixtures/pajek/pajek-style.net): sections walked by hand (networkx's
# read_pajek reads *arcslist as pairs); *Edges/*Edgeslist ties each way (one for a self-loop);
# weights rounded half up (Curbside's rule for decimal weights).
import math
import shlex
sec, ties = None, []
for l in open(f"{D}/pajek-style.net", newline=""):
    l = l.strip()
    if not l or l.startswith("%"):
        continue
    if l.startswith("*"):
        sec = l.split()[0].lower()
        continue
    t = shlex.split(l)
    if sec in ("*arcs", "*edges"):
        pairs = [(t[0], t[1], math.floor(float(t[2]) + 0.5) if len(t) > 2 else 1)]
    elif sec in ("*arcslist", "*edgeslist"):
        pairs = [(t[0], b, 1) for b in t[1:]]
    else:
        continue
    for a, b, w in pairs:
        ties.append((a, b, w))
        if sec in ("*edges", "*edgeslist") and a != b:
            ties.append((b, a, w))
rows = sum(1 for l in open(f"{D}/pajek-style.net") if l.strip() and l.strip()[0] not in "*%")
print(f"pajek-style.net: rows={rows} ties={len(ties)} kinds={{'edge': {len(ties)}}} self_loops={sum(a == b for a, b, _ in ties)}")
print("  weight sum", sum(w for _, _, w in ties))

# networkx write_edgelist with its data dicts (a copy of Fixtures/edgelist/networkx-data.edgelist).
import networkx as nx
G = nx.read_edgelist(f"{D}/networkx-data.edgelist", create_using=nx.DiGraph)
words = {"mention": "mention", "Replies to": "reply", "retweet": "repost"}
kinds = pd.Series([words[d["kind"]] if "kind" in d else "edge" for _, _, d in G.edges(data=True)]).value_counts().to_dict()
print(f"networkx-data.edgelist: rows={G.number_of_edges()} ties={G.number_of_edges()} kinds={dict(sorted(kinds.items()))} "
      f"self_loops={nx.number_of_selfloops(G)}")
print("  weight sum", sum(math.floor(d.get("weight", 1) + 0.5) for _, _, d in G.edges(data=True)))

# Gephi's spreadsheet export: Type is each row's direction; an undirected row is a tie each
# way (a self-loop once); weights rounded to whole counts (1.5 -> 2).
df = pd.read_csv(f"{D}/gephi-edges.csv", dtype={"Source": str, "Target": str})
loop = df["Source"] == df["Target"]
both = (df["Type"] == "Undirected") & ~loop
w = df["Weight"].round().astype(int)
report("gephi-edges.csv", df, "Source", "Target", {"edge": len(df) + int(both.sum())})
print("  weight sum", int(w.sum() + w[both].sum()))

# NodeXL's edges sheet saved as CSV: a row of column groups above the header; Relationship
# words are the built-in kinds (MentionsInRetweet a mention; Tweet, a self-loop, as written).
df = pd.read_csv(f"{D}/nodexl-edges.csv", header=1, dtype=str, keep_default_na=False)
words = {"Mentions": "mention", "MentionsInRetweet": "mention", "Replies to": "reply", "Retweet": "repost", "Followed": "follow"}
report("nodexl-edges.csv", df, "Vertex 1", "Vertex 2", df["Relationship"].map(lambda r: words.get(r, r)).value_counts().to_dict())
print("  weight sum", int(df["Edge Weight"].astype(int).sum()))
ts = pd.to_datetime(df["Relationship Date (UTC)"], utc=True)
print("  first time", int(ts.min().timestamp()), "last time", int(ts.max().timestamp()))
