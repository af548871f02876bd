"""Reference values for the community-detection tests, computed with leidenalg,
python-igraph, networkx and scikit-learn.

Run from the repository root with `../shared/data` beside it:
    python3 -m pip install leidenalg python-igraph networkx scikit-learn
    python3 Tests/References/make_community_references.py
Writes Tests/CurbsideGraphTests/References/communities.json; the library versions are
recorded in it. Nothing here is a dependency of the Swift product.

Conventions, matched by the Swift tests:
- email-Eu-core is directed; it is symmetrised as networkx's `DiGraph.to_undirected()`
  does (one unweighted edge {u, v} when u->v or v->u). Its 642 self-loops are KEPT, once
  each, as in Curbside's `.symmetric` view; networkx and igraph count a self-loop twice in
  a node's degree and once in the edge total, and so does Curbside's `modularity`.
  The weighted variant weighs {u, v} by the number of arcs between u and v (1 or 2) and a
  self-loop by 1, as `view(direction: .symmetric, weighted: true)` does.
- LFR network.dat lists every edge in both directions with 1-based ids; nodes are
  shifted to 0-based. community.dat is the planted ground truth.
- leidenalg is run the way its users run it: `n_iterations=-1` (until stable) with seeds
  0..SEEDS-1, keeping the partition of highest quality. The modularity of that partition is
  re-measured with networkx (`community.modularity`). The NMI recorded is that of the
  best partition against the ground truth (sklearn, arithmetic normalisation).
- CPM quality is written as Σ_c [e_c − γ·C(n_c, 2)] (Traag et al.'s definition);
  leidenalg's `CPMVertexPartition.quality()` reports twice that on undirected graphs.
"""
import json, os, random
import networkx as nx
import igraph as ig
import leidenalg
import sklearn
import numpy as np
from sklearn.metrics import normalized_mutual_info_score as nmi, adjusted_rand_score as ari

SEEDS = 10
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
shared = os.path.join(root, "..", "shared", "data")


def read_pairs(path):
    out = []
    with open(path, "rb") as f:
        for line in f.read().split(b"\n"):
            tok = line.split()
            if len(tok) >= 2:
                out.append((int(tok[0]), int(tok[1])))
    return out


def groups(membership):
    d = {}
    for v, c in enumerate(membership):
        d.setdefault(c, set()).add(v)
    return list(d.values())


def nx_modularity(G, membership, resolution=1.0, weight="weight"):
    return nx.community.modularity(G, groups(membership), weight=weight, resolution=resolution)


def cpm_quality(G, membership, resolution):
    sizes, inside = {}, {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    for u, v, w in G.edges(data="weight", default=1.0):
        if membership[u] == membership[v]:
            inside[membership[u]] = inside.get(membership[u], 0.0) + w
    return sum(inside.get(c, 0.0) - resolution * s * (s - 1) / 2 for c, s in sizes.items())


def best_leiden(G, partition_type, **kwargs):
    g = ig.Graph(n=G.number_of_nodes(), edges=list(G.edges()), directed=False)
    weights = [w for _, _, w in G.edges(data="weight", default=1.0)]
    g.es["weight"] = weights
    runs = []
    for seed in range(SEEDS):
        p = leidenalg.find_partition(g, partition_type, weights="weight", n_iterations=-1, seed=seed, **kwargs)
        runs.append((p.quality(), seed, list(p.membership)))
    runs.sort(key=lambda r: (-r[0], r[1]))
    return runs


def leiden_block(G, truth, resolution):
    runs = best_leiden(G, leidenalg.RBConfigurationVertexPartition, resolution_parameter=resolution)
    mods = [nx_modularity(G, m, resolution) for _, _, m in runs]
    best = runs[0][2]
    block = {
        "resolution": resolution,
        "seeds": SEEDS,
        "best_seed": runs[0][1],
        "best_modularity": mods[0],
        "mean_modularity": float(np.mean(mods)),
        "min_modularity": float(np.min(mods)),
        "best_communities": len(set(best)),
        "best_membership": best,
    }
    if truth is not None:
        nmis = [nmi(truth, m) for _, _, m in runs]
        block["best_nmi_to_truth"] = nmis[0]
        block["mean_nmi_to_truth"] = float(np.mean(nmis))
    return block


def cpm_block(G, resolution):
    runs = best_leiden(G, leidenalg.CPMVertexPartition, resolution_parameter=resolution)
    qs = [cpm_quality(G, m, resolution) for _, _, m in runs]
    return {"resolution": resolution, "seeds": SEEDS, "best_quality": qs[0], "mean_quality": float(np.mean(qs)),
            "best_communities": len(set(runs[0][2]))}


def random_partition(n, k, seed):
    rng = random.Random(seed)
    return [rng.randrange(k) for _ in range(n)]


def comparisons(pairs):
    out = []
    for name, a, b in pairs:
        out.append({"name": name, "a": a, "b": b, "nmi_arithmetic": nmi(a, b),
                    "nmi_geometric": nmi(a, b, average_method="geometric"),
                    "nmi_min": nmi(a, b, average_method="min"), "nmi_max": nmi(a, b, average_method="max"),
                    "ari": ari(a, b)})
    return out


out = {"source": "leidenalg %s, python-igraph %s, networkx %s, scikit-learn %s, numpy %s" % (
    leidenalg.version, ig.__version__, nx.__version__, sklearn.__version__, np.__version__)}

# email-Eu-core
email_arcs = read_pairs(os.path.join(shared, "email-eu-core", "email-Eu-core.txt"))
dept = dict(read_pairs(os.path.join(shared, "email-eu-core", "email-Eu-core-department-labels.txt")))
n_email = 1005
departments = [dept[v] for v in range(n_email)]
D = nx.DiGraph(); D.add_nodes_from(range(n_email)); D.add_edges_from(email_arcs)
U = D.to_undirected()
W = nx.Graph(); W.add_nodes_from(range(n_email))
for u, v in email_arcs:
    if u == v:
        W.add_edge(u, u, weight=1.0)
    elif W.has_edge(u, v):
        W[u][v]["weight"] += 1.0
    else:
        W.add_edge(u, v, weight=1.0)
email = {
    "nodes": n_email,
    "undirected_edges": U.number_of_edges(),
    "self_loops": nx.number_of_selfloops(U),
    "departments": departments,
    "modularity_departments": {
        "unweighted_r1": nx_modularity(U, departments, 1.0, weight=None),
        "unweighted_r0.5": nx_modularity(U, departments, 0.5, weight=None),
        "weighted_r1": nx_modularity(W, departments, 1.0),
        "weighted_r2": nx_modularity(W, departments, 2.0),
        "directed_r1": nx_modularity(D, departments, 1.0, weight=None),
        "directed_r0.5": nx_modularity(D, departments, 0.5, weight=None),
    },
    "leiden_modularity_r1": leiden_block(U, departments, 1.0),
    "leiden_modularity_r0.5": leiden_block(U, departments, 0.5),
    "leiden_weighted_modularity_r1": leiden_block(W, departments, 1.0),
    "leiden_cpm_r0.05": cpm_block(U, 0.05),
}
best = email["leiden_modularity_r1"]["best_membership"]
email["modularity_leiden_best_partition_r1"] = nx_modularity(U, best, 1.0, weight=None)

# LFR n = 1024
lfr_edges = sorted({(min(u, v) - 1, max(u, v) - 1) for u, v in read_pairs(os.path.join(shared, "lfr-benchmark-n1024", "network.dat"))})
truth_pairs = read_pairs(os.path.join(shared, "lfr-benchmark-n1024", "community.dat"))
n_lfr = 1024
truth = [0] * n_lfr
for v, c in truth_pairs:
    truth[v - 1] = c
L = nx.Graph(); L.add_nodes_from(range(n_lfr)); L.add_edges_from(lfr_edges)
lfr = {
    "nodes": n_lfr,
    "undirected_edges": L.number_of_edges(),
    "truth": truth,
    "truth_communities": len(set(truth)),
    "modularity_truth": {"r1": nx_modularity(L, truth, 1.0), "r0.5": nx_modularity(L, truth, 0.5), "r2": nx_modularity(L, truth, 2.0)},
    "leiden_modularity_r1": leiden_block(L, truth, 1.0),
    "leiden_modularity_r2": leiden_block(L, truth, 2.0),
    "leiden_cpm_r0.05": cpm_block(L, 0.05),
}

# Zachary's karate club, weighted (networkx 3 ships the interaction counts as weights).
K = nx.karate_club_graph()
club = [0 if K.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(K.number_of_nodes())]
karate = {
    "edges": [[u, v, w] for u, v, w in K.edges(data="weight")],
    "club": club,
    "modularity": {"weighted_r1": nx_modularity(K, club, 1.0), "weighted_r0.5": nx_modularity(K, club, 0.5),
                   "unweighted_r1": nx_modularity(K, club, 1.0, weight=None)},
}

# Partition comparisons against scikit-learn.
leiden_email = email["leiden_modularity_r1"]["best_membership"]
leiden_lfr = lfr["leiden_modularity_r1"]["best_membership"]
out["comparisons"] = comparisons([
    ("email departments vs leiden", departments, leiden_email),
    ("lfr truth vs leiden", truth, leiden_lfr),
    ("random 7 vs random 3 (n=500)", random_partition(500, 7, 1), random_partition(500, 3, 2)),
    ("random 50 vs random 50 (n=2000)", random_partition(2000, 50, 3), random_partition(2000, 50, 4)),
    ("sparse labels", [5, 5, 900, 900, 3, 3, 3, 77], [1, 1, 1, 2, 2, 2, 0, 0]),
    ("one cluster vs split", [0] * 6, [0, 0, 1, 1, 2, 2]),
])
out["email_eu_core"] = email
out["lfr_n1024"] = lfr
out["karate"] = karate
path = os.path.join(root, "Tests", "CurbsideGraphTests", "References", "communities.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
summary = {k: {kk: vv for kk, vv in v.items() if not isinstance(vv, list)} if isinstance(v, dict) else v for k, v in out.items() if k != "comparisons"}
print(json.dumps(summary, indent=1, default=str)[:6000])
