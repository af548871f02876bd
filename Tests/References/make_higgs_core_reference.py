"""Core numbers of the Higgs retweet network, for the k-core tests (its 328 k arcs take
the parallel peeling path; email-Eu-core is below its threshold).

Run from the repository root with `../shared/data` beside it:
    python3 Tests/References/make_higgs_core_reference.py
Writes Tests/CurbsideGraphTests/References/higgs-core.json (versions recorded).

Graph: ../shared/data/higgs-twitter/higgs-retweet_network.edgelist.gz, lines `a b weight`
(a retweeted b), arcs a -> b on nodes 0 .. max id, weights ignored, self-loops dropped
(networkx refuses them in core_number). Stored per definition: the histogram of core
numbers, Σ v·core(v) over all nodes (any single difference changes it) and the exact
values of 1,000 seeded nodes.
  - symmetric: networkx core_number on the undirected simple graph;
  - all: networkx core_number on the DiGraph (in + out degree);
  - in / out: igraph coreness(mode="in" / "out") on the same arcs.
"""
import collections, json, os, random
import networkx as nx
import igraph as ig

from higgs import ROOT as root, retweet_arcs

edges, N = retweet_arcs(drop_loops=True)
G = nx.DiGraph()
G.add_nodes_from(range(N))
G.add_edges_from(edges)
U = G.to_undirected()
g = ig.Graph(n=N, edges=list(G.edges()), directed=True)
cs, ca = nx.core_number(U), nx.core_number(G)
cores = {
    "symmetric": [cs[v] for v in range(N)],
    "all": [ca[v] for v in range(N)],
    "in": g.coreness(mode="in"),
    "out": g.coreness(mode="out"),
}
rng = random.Random(20261201)
sample = sorted(rng.sample(range(N), 1000))
out = {
    "source": "networkx %s, python-igraph %s; Higgs retweet network (SNAP), ../shared/data/higgs-twitter"
              % (nx.__version__, ig.__version__),
    "nodes": N,
    "arcs": G.number_of_edges(),
    "sample_nodes": sample,
}
for key, c in cores.items():
    hist = collections.Counter(c)
    out[key] = {
        "max": max(c),
        "histogram": [hist.get(k, 0) for k in range(max(c) + 1)],
        "weighted_sum": sum(v * c[v] for v in range(N)),
        "sample": [c[v] for v in sample],
    }
path = os.path.join(root, "Tests/CurbsideGraphTests/References/higgs-core.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(out["source"], N, out["arcs"], {k: out[k]["max"] for k in cores})
