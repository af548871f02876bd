"""Reference values for the Reach and LinkPrediction tests of CurbsideGraph.

Run from the repository root with `../shared/data` beside it:
    python3 Tests/References/make_reach_references.py
Writes Tests/CurbsideGraphTests/References/reach.json (networkx version recorded).
Deterministic: the sampled pairs come from a seeded random.Random. Nothing here is a
dependency of the Swift product.

Conventions (what the Swift side computes):
- Graph: email-Eu-core as a DiGraph on nodes 0..1004 (self-loops kept).
- Reach counts exclude the source; "in" walks arcs backwards (the audience: who reaches
  the node, networkx on G.reverse()), "out" walks them forwards.
- Link prediction on G.to_undirected() (symmetrised, self-loops kept), for sampled pairs.
"""
import json, os, random
import networkx as nx

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, "..", "shared", "data", "email-eu-core", "email-Eu-core.txt")
edges = []
with open(data, "rb") as f:
    for line in f.read().split(b"\n"):
        tok = line.split()
        if len(tok) >= 2:
            edges.append((int(tok[0]), int(tok[1])))
N = 1005
G = nx.DiGraph()
G.add_nodes_from(range(N))
G.add_edges_from(edges)
R = G.reverse(copy=True)


def hop_counts(graph, cutoff=3):
    """counts[v] = [nodes at exactly 1, 2, 3 hops]."""
    result = []
    for v in range(N):
        d = nx.single_source_shortest_path_length(graph, v, cutoff=cutoff)
        c = [0] * cutoff
        for u, k in d.items():
            if k > 0:
                c[k - 1] += 1
        result.append(c)
    return result


U = G.to_undirected()
rng = random.Random(20240611)
pairs = []
# Adjacent pairs, pairs at distance two, and arbitrary pairs (mostly far apart), plus
# pairs touching nodes with self-loops.
und_edges = sorted((min(a, b), max(a, b)) for a, b in U.edges() if a != b)
pairs += rng.sample(und_edges, 100)
two_hop = []
for u in rng.sample(range(N), 200):
    d = nx.single_source_shortest_path_length(U, u, cutoff=2)
    far = sorted(v for v, k in d.items() if k == 2)
    if far:
        two_hop.append((u, rng.choice(far)))
pairs += two_hop[:100]
pairs += [(rng.randrange(N), rng.randrange(N)) for _ in range(100)]
loops = sorted(v for v in range(N) if U.has_edge(v, v))
pairs += [(rng.choice(loops), rng.randrange(N)) for _ in range(50)]
pairs = [(u, v) for u, v in pairs if u != v]

aa = {(u, v): p for u, v, p in nx.adamic_adar_index(U, pairs)}
jc = {(u, v): p for u, v, p in nx.jaccard_coefficient(U, pairs)}
ra = {(u, v): p for u, v, p in nx.resource_allocation_index(U, pairs)}
pa = {(u, v): p for u, v, p in nx.preferential_attachment(U, pairs)}
link = [
    {"u": u, "v": v, "common": len(nx.common_neighbors(U, u, v)), "jaccard": jc[(u, v)],
     "adamic_adar": aa[(u, v)], "resource_allocation": ra[(u, v)], "preferential_attachment": pa[(u, v)]}
    for u, v in pairs
]

# Top candidates by common neighbours (integer scores: the order is exact) and the full
# Adamic–Adar score of every 2-hop non-neighbour, for a few query nodes.
candidates = []
for u in [0, 17, 160, 434, 1000]:
    d = nx.single_source_shortest_path_length(U, u, cutoff=2)
    far = sorted(v for v, k in d.items() if k == 2)
    cn = sorted(((len(nx.common_neighbors(U, u, x)), x) for x in far), key=lambda t: (-t[0], t[1]))
    aa_all = {x: p for _, x, p in nx.adamic_adar_index(U, [(u, x) for x in far])}
    candidates.append({"node": u, "two_hop": far, "top_common": [[x, c] for c, x in cn[:20]],
                       "adamic_adar": [aa_all[x] for x in far]})

ppr = {str(s): [p for _, p in sorted(nx.pagerank(G, alpha=0.85, personalization={s: 1}, tol=1e-12, max_iter=1000).items())]
       for s in [0, 160]}

out = {
    "source": "networkx %s; email-Eu-core (SNAP), ../shared/data/email-eu-core" % nx.__version__,
    "nodes": N,
    "hops_in": hop_counts(R),
    "hops_out": hop_counts(G),
    "harmonic": [c for _, c in sorted(nx.harmonic_centrality(G).items())],
    "link_pairs": link,
    "candidates": candidates,
    "personalized_pagerank": ppr,
}
path = os.path.join(root, "Tests/CurbsideGraphTests/References/reach.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(out["source"], "pairs:", len(link), "bytes:", os.path.getsize(path))
