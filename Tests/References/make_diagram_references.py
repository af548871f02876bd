"""Reference values for the diagram tests (Tests/CurbsideReportTests/DiagramTests.swift).

Run from the repository root:
    python3 Tests/References/make_diagram_references.py
Prints, for Samples/clinician-network read as one undirected simple graph of all ties
(self-ties dropped, as Curbside's coreness ignores them), with networkx 3.6.1:
- core_number: the largest k and how many accounts each k-core holds;
- adamic_adar_index: the five best non-neighbours of @dr_ada_quillbrook_fic at distance 2,
  ties broken by handle, and their scores.
"""

import csv
import os
from collections import Counter

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "Samples", "clinician-network")


def main():
    handle = {}
    g = nx.Graph()
    for row in csv.DictReader(open(os.path.join(SAMPLE, "nodes.csv"), encoding="utf-8")):
        handle[row["id"]] = row["handle"]
        g.add_node(row["id"])
    for row in csv.DictReader(open(os.path.join(SAMPLE, "edges.csv"), encoding="utf-8")):
        if row["source"] != row["target"]:
            g.add_edge(row["source"], row["target"])
    print("accounts", g.number_of_nodes(), "ties", g.number_of_edges())

    core = nx.core_number(g)
    counts = Counter(core.values())
    top = max(counts)
    total = 0
    for k in range(top, top - 4, -1):
        total += counts[k]
        print(f"{k}-core: {total} accounts")

    focus = next(i for i, h in handle.items() if h == "dr_ada_quillbrook_fic")
    two_hop = {x for w in g[focus] for x in g[w]} - set(g[focus]) - {focus}
    scores = sorted(nx.adamic_adar_index(g, [(focus, x) for x in two_hop]), key=lambda t: (-t[2], handle[t[1]]))
    for _, x, s in scores[:5]:
        print(f"adamic-adar {handle[x]} {s:.12f} common {len(set(g[focus]) & set(g[x]))}")


if __name__ == "__main__":
    main()
