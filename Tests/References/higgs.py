"""Reads the Higgs retweet network for the reference scripts beside this file."""
import gzip, os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data", "higgs-twitter", "higgs-retweet_network.edgelist.gz")


def retweet_arcs(drop_loops=False):
    """(a, b) per line `a b weight` (a retweeted b), in file order; the node count (max id + 1)."""
    edges = []
    with gzip.open(DATA, "rb") as f:
        for line in f.read().split(b"\n"):
            tok = line.split()
            if len(tok) >= 2:
                a, b = int(tok[0]), int(tok[1])
                if not (drop_loops and a == b):
                    edges.append((a, b))
    return edges, max(max(a, b) for a, b in edges) + 1
