"""Backbone reference values for CurbsideGraph tests (disparity filter, strongest ties).

networkx has no disparity filter, so the p-values come straight from the paper's formula
(M. A. Serrano, M. Boguna, A. Vespignani, PNAS 106, 6483 (2009), eq. 2,
doi:10.1073/pnas.0808904106):

    alpha_ij = (1 - p_ij) ** (k_i - 1),   p_ij = w_ij / s_i,

with k_i and s_i the degree and strength of node i, and an edge's value the smaller of its
two ends' values (directed: out-ties of the source, in-ties of the target). Computed here in
Python floats on networkx graphs, independently of the Swift code.

Run from the repository root:
    python3 Tests/References/make_backbone_references.py
Writes Tests/CurbsideGraphTests/References/backbone.json. Versions used: Python 3, networkx 3.6.1.
"""

import json
import os

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "CurbsideGraphTests", "References", "backbone.json")


def alpha(w, s, k):
    if k <= 1 or s <= 0:
        return 1.0
    return (1.0 - min(w / s, 1.0)) ** (k - 1)


def undirected(g):
    nodes = sorted(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    deg = {v: g.degree(v) for v in g}
    strength = {v: g.degree(v, weight="weight") for v in g}
    edges = []
    for u, v, d in g.edges(data=True):
        w = d["weight"]
        a = min(alpha(w, strength[u], deg[u]), alpha(w, strength[v], deg[v]))
        i, j = sorted((index[u], index[v]))
        edges.append([i, j, w, a])
    edges.sort()
    return nodes, edges


def strongest_undirected(edges, n, k):
    """Edges among the k heaviest of either end, ties to the smaller neighbour index."""
    ties = {i: [] for i in range(n)}
    for i, j, w, _ in edges:
        ties[i].append((-w, j))
        ties[j].append((-w, i))
    kept = set()
    for i in range(n):
        for _, j in sorted(ties[i])[:k]:
            kept.add((min(i, j), max(i, j)))
    return sorted([list(e) for e in kept])


def directed_reference():
    # A small directed weighted graph: a hub 0 that spreads its weight unevenly, a node 5
    # with a single out-tie, and a pair of reciprocal heavy ties.
    arcs = [(0, 1, 10), (0, 2, 1), (0, 3, 1), (0, 4, 1), (1, 0, 3), (1, 2, 3), (2, 3, 7), (3, 2, 7),
            (3, 4, 1), (4, 0, 2), (4, 1, 1), (4, 2, 1), (4, 3, 1), (5, 0, 4), (2, 0, 2)]
    g = nx.DiGraph()
    g.add_nodes_from(range(6))
    g.add_weighted_edges_from(arcs)
    out = []
    for u, v, w in sorted(arcs):
        a_out = alpha(w, g.out_degree(u, weight="weight"), g.out_degree(u))
        a_in = alpha(w, g.in_degree(v, weight="weight"), g.in_degree(v))
        out.append([u, v, w, min(a_out, a_in)])
    return out


def main():
    lm = nx.les_miserables_graph()
    nodes, edges = undirected(lm)
    ref = {
        "source": "make_backbone_references.py; formula of Serrano et al. 2009 eq. 2; networkx "
                  + nx.__version__ + " les_miserables_graph (Knuth 1993, 77 characters, 254 weighted co-appearances)",
        "les_miserables": {
            "nodes": nodes,
            "edges": edges,
            "kept_at_0.05": sum(1 for e in edges if e[3] < 0.05),
            "kept_at_0.2": sum(1 for e in edges if e[3] < 0.2),
            "strongest_1": strongest_undirected(edges, len(nodes), 1),
            "strongest_2": strongest_undirected(edges, len(nodes), 2),
        },
        "directed": {"nodes": 6, "arcs": directed_reference()},
    }
    with open(OUT, "w") as f:
        json.dump(ref, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", OUT, len(edges), "edges;", ref["les_miserables"]["kept_at_0.05"], "kept at 0.05")


if __name__ == "__main__":
    main()
