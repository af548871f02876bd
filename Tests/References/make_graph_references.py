"""Reference values for CurbsideGraph tests, computed with networkx (and igraph where noted).

Run from the repository root with `../shared/data` beside it:
    python3 Tests/References/make_graph_references.py
Writes Tests/CurbsideGraphTests/References/email-eu-core.json. The versions used are
recorded in the file. Nothing here is a dependency of the Swift product.
"""
import json, os, sys
import networkx as nx
import igraph as ig

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
data = os.path.join(root, "..", "shared", "data", "email-eu-core", "email-Eu-core.txt")
edges = []
with open(data, "rb") as f:
    for line in f.read().split(b"\n"):
        tok = line.split()
        if len(tok) >= 2:
            edges.append((int(tok[0]), int(tok[1])))
G = nx.DiGraph()
G.add_nodes_from(range(1005))
G.add_edges_from(edges)
pr = nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000)
wcc = sorted((len(c) for c in nx.weakly_connected_components(G)), reverse=True)
scc = sorted((len(c) for c in nx.strongly_connected_components(G)), reverse=True)
g = ig.Graph(n=1005, edges=edges, directed=True)
out = {
    "source": "networkx %s, python-igraph %s; email-Eu-core (SNAP), ../shared/data/email-eu-core" % (nx.__version__, ig.__version__),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "pagerank_alpha_0.85": [pr[i] for i in range(1005)],
    "in_degree": [G.in_degree(i) for i in range(1005)],
    "out_degree": [G.out_degree(i) for i in range(1005)],
    "wcc_sizes": wcc,
    "scc_sizes": scc,
    "reciprocity_igraph_ignore_loops": g.reciprocity(ignore_loops=True),
    "density_igraph_no_loops": g.copy().simplify(multiple=False, loops=True).density(loops=False),
    "mutual_edges_networkx": G.to_undirected(reciprocal=True).number_of_edges(),
    "symmetric_edges_networkx": G.to_undirected().number_of_edges(),
}
os.makedirs(os.path.join(root, "Tests/CurbsideGraphTests/References"), exist_ok=True)
with open(os.path.join(root, "Tests/CurbsideGraphTests/References/email-eu-core.json"), "w") as f:
    json.dump(out, f, indent=0)
print({k: v for k, v in out.items() if not isinstance(v, list) or len(v) < 50})
