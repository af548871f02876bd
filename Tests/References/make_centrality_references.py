"""Centrality and structure reference values for CurbsideGraph tests (networkx, igraph).

Run from the repository root with `../shared/data` beside it:
    python3 Tests/References/make_centrality_references.py
Writes Tests/CurbsideGraphTests/References/email-eu-core-centrality.json. The versions
used are recorded in the file. Nothing here is a dependency of the Swift product.

email-Eu-core has self-loops. Values whose definition is muddied by them (k-core, which
networkx refuses on graphs with loops; Burt's constraint and effective size, where
networkx counts a loop as a tie to oneself) are computed on the graph without loops,
which is what CurbsideGraph documents it does. Everything else uses the graph as read.
"""
import json, math, os
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
N = 1005
G = nx.DiGraph()
G.add_nodes_from(range(N))
G.add_edges_from(edges)
U = G.to_undirected()  # symmetrised: {u, v} when u -> v or v -> u; loops kept

G0 = G.copy()
G0.remove_edges_from(list(nx.selfloop_edges(G0)))
U0 = U.copy()
U0.remove_edges_from(list(nx.selfloop_edges(U0)))
g0 = ig.Graph(n=N, edges=list(G0.edges()), directed=True)


def listed(d):
    return [float(d[i]) for i in range(N)]


def nan_to_none(xs):
    return [None if (isinstance(x, float) and math.isnan(x)) else x for x in xs]


def effective_size_fixed(H):
    """networkx 3.6.1's vectorised effective_size with the row-max fix of PR #8906."""
    import numpy as np
    P = nx.adjacency_matrix(H, nodelist=range(N)).astype(float)
    w1 = P + P.T
    w2 = w1.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        w1 = w1.multiply(1 / w1.sum(axis=1)[:, np.newaxis]).tocsr()
        w2 = w2.multiply(1 / w2.max(axis=1).toarray()[:, np.newaxis]).tocsr()
    r = 1 - (w1 @ w2.T).toarray()
    es = np.asarray(((w1 > 0).multiply(r)).sum(axis=1)).ravel()
    es[np.asarray(w1.sum(axis=1)).ravel() == 0] = float("nan")
    return [float(x) for x in es]


# 15 nodes through networkx's iterative (definitional) path. That path calls a node
# without *out*-neighbours isolated (NaN) even when others point at it (networkx issue
# #2661), unlike its vectorised path and constraint; such nodes are left out of the check.
sample = [v for v in range(0, N, 67) if G0.out_degree(v) > 0]
_fixed = effective_size_fixed(G0)
_iterative = nx.effective_size(G0, nodes=sample)
for v in sample:
    a, b = _fixed[v], _iterative[v]
    assert (math.isnan(a) and math.isnan(b)) or abs(a - b) <= 1e-12 * max(1, abs(b)), (v, a, b)

hubs, auths = nx.hits(G, max_iter=10000, tol=1e-14)
ig_hub = ig.Graph(n=N, edges=edges, directed=True).hub_score(scale=False)
ev = nx.eigenvector_centrality(U, max_iter=100000, tol=1e-15)
ev_default = nx.eigenvector_centrality(U)

out = {
    "source": "networkx %s, python-igraph %s; email-Eu-core (SNAP), ../shared/data/email-eu-core"
    % (nx.__version__, ig.__version__),
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "in_degree": [G.in_degree(i) for i in range(N)],
    "out_degree": [G.out_degree(i) for i in range(N)],
    # networkx hits: scipy svds, normalised to sum 1.
    "hits_hubs": listed(hubs),
    "hits_authorities": listed(auths),
    # networkx eigenvector_centrality on G.to_undirected() (loops kept), Euclidean norm 1.
    "eigenvector_symmetric_tol_1e-15": listed(ev),
    "eigenvector_symmetric_default": listed(ev_default),
    # k-core on the loop-free graph: networkx core_number and igraph coreness(mode).
    "core_number_symmetric": [nx.core_number(U0)[i] for i in range(N)],
    "core_number_directed_all": [nx.core_number(G0)[i] for i in range(N)],
    "coreness_in_igraph": g0.coreness(mode="in"),
    "coreness_out_igraph": g0.coreness(mode="out"),
    # Exact betweenness, normalised (networkx defaults: endpoints=False, unweighted).
    "betweenness_directed_normalized": listed(nx.betweenness_centrality(G, normalized=True)),
    "betweenness_symmetric_normalized": listed(nx.betweenness_centrality(U, normalized=True)),
    "betweenness_directed_raw": listed(nx.betweenness_centrality(G, normalized=False)),
    # Clustering of the symmetrised graph (networkx ignores loops here).
    "clustering_symmetric": listed(nx.clustering(U)),
    "transitivity_symmetric": nx.transitivity(U),
    "average_clustering_symmetric": nx.average_clustering(U),
    # Harmonic centrality: sum over v != u of 1 / d(v, u), directed distances.
    "harmonic_directed": listed(nx.harmonic_centrality(G)),
    "harmonic_symmetric": listed(nx.harmonic_centrality(U)),
    # Burt, loop-free graphs; NaN (isolated) written as null.
    "constraint_directed": nan_to_none(listed(nx.constraint(G0))),
    # networkx's vectorised effective_size (nodes=None) divides by the wrong node's
    # largest mutual weight on directed or weighted graphs (networkx PR #8906); its
    # iterative path (nodes=...) is right but O(sum d^3) in Python, hours here. So the
    # reference is the vectorised formula with the PR's fix, checked below against the
    # iterative path on a sample of nodes.
    "effective_size_directed": nan_to_none(effective_size_fixed(G0)),
    "constraint_symmetric": nan_to_none(listed(nx.constraint(U0))),
    "effective_size_symmetric": nan_to_none(listed(nx.effective_size(U0))),
    # BFS hop distances from node 0 along out-arcs; -1 = unreachable.
    "bfs_from_0_directed": [nx.single_source_shortest_path_length(G, 0).get(i, -1) for i in range(N)],
}
s = sum(ig_hub)
out["hits_hubs_igraph_sum1"] = [x / s for x in ig_hub]
os.makedirs(os.path.join(root, "Tests/CurbsideGraphTests/References"), exist_ok=True)
with open(os.path.join(root, "Tests/CurbsideGraphTests/References/email-eu-core-centrality.json"), "w") as f:
    json.dump(out, f, indent=0)
print({k: v for k, v in out.items() if not isinstance(v, list)})
print("hits nx vs igraph L1:", sum(abs(a - b) for a, b in zip(out["hits_hubs"], out["hits_hubs_igraph_sum1"])))
print("eigenvector tight vs default L1:", sum(abs(a - b) for a, b in zip(out["eigenvector_symmetric_tol_1e-15"], out["eigenvector_symmetric_default"])))
