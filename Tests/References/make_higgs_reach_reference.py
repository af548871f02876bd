"""Exact 2-hop audience counts on the Higgs retweet network, for the HyperBall test.

Run from the repository root with `../shared/data` beside it:
    python3 Tests/References/make_higgs_reach_reference.py
Writes Tests/CurbsideGraphTests/References/higgs-reach.json (networkx version recorded).

Graph: ../shared/data/higgs-twitter/higgs-retweet_network.edgelist.gz, lines `a b weight`
(a retweeted b), as a DiGraph a -> b on nodes 0 .. max id (the weight column is ignored;
the file has no repeated pairs). The audience of v within 2 hops walks arcs backwards
(networkx on G.reverse()), the source excluded. Stored: the sum over all nodes, the
number of nodes with a non-empty audience, a histogram-free summary (median of the
non-zero counts) and the exact counts of 200 seeded nodes with non-empty audiences, so
the Swift test can check its exact counts against networkx before measuring HyperBall.
"""
import json, os, random, statistics
import networkx as nx

from higgs import ROOT as root, retweet_arcs

edges, N = retweet_arcs(drop_loops=False)
G = nx.DiGraph()
G.add_nodes_from(range(N))
G.add_edges_from(edges)
R = G.reverse(copy=False)
reach = [len(nx.single_source_shortest_path_length(R, v, cutoff=2)) - 1 for v in range(N)]
nonzero = [v for v in range(N) if reach[v] > 0]
rng = random.Random(20261201)
sample = sorted(rng.sample(nonzero, 200))
out = {
    "source": "networkx %s; Higgs retweet network (SNAP), ../shared/data/higgs-twitter" % nx.__version__,
    "nodes": N,
    "arcs": G.number_of_edges(),
    "reach2_in_total": sum(reach),
    "reach2_in_nonzero_nodes": len(nonzero),
    "reach2_in_nonzero_median": statistics.median(reach[v] for v in nonzero),
    "sample": [[v, reach[v]] for v in sample],
}
path = os.path.join(root, "Tests/CurbsideGraphTests/References/higgs-reach.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(out["source"], {k: v for k, v in out.items() if k not in ("sample", "source")})
