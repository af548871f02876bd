"""Reference values for `curbside influence --evaluate` on the Higgs activity log.

Run from the repository root (numpy, scipy, networkx 3.x; ../shared/data beside the repository):
    python3 Tests/References/make_influence_evaluation_references.py
Prints, for the cuts 2012-07-03T00:00:00Z and 2012-07-04T00:00:00Z, each scorer's Spearman
correlation, precision@100 and NDCG@100 against the interactions received from the cut on,
as InfluenceEvaluationTests asserts them. Independent of the Swift code: scipy's
`spearmanr`, networkx's `core_number`, a power-iteration PageRank with networkx's rules
(uniform teleport, dangling mass spread uniformly, stop when the L1 change < n × 1e-10).

Definitions (issue #14): every account of the file is ranked (304,691). Before the cut:
interactions with time < cut, self-ties left out. Engagement PageRank weighs a tie by
Σ kind weight × repeats (RT 1, MT 0.6, RE 0.8); k-core shell on the undirected ties;
in-degree = distinct accounts that interacted with the account; PageRank = unweighted on
the distinct ties. The composite: mid-rank percentiles, (rankdata(v, "average") - 1) /
(n - 1), weights 0.30 / 0.15 rescaled to 2/3 and 1/3 (no follows, no specialties), a
component weighing 0 when one value covers >= 90 % of the accounts with a tie. Gain:
interactions (with repeats) received from the cut on, self-ties left out. Top k: by score,
ties by the account id as text (the composite: by score to 12 significant digits, then
engagement PageRank, then k-core, then id).
"""
import gzip, os
import numpy as np
import networkx as nx
from scipy import sparse
from scipy.stats import rankdata, spearmanr

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
path = os.path.join(root, "..", "shared", "data", "higgs-twitter", "higgs-activity_time.txt.gz")
WEIGHT = {"RT": 1.0, "MT": 0.6, "RE": 0.8}
rows = [line.split() for line in gzip.open(path, "rt")]
ids = {}
for a, b, _, _ in rows:
    ids.setdefault(a, len(ids)); ids.setdefault(b, len(ids))
n = len(ids)
A = np.array([ids[r[0]] for r in rows]); B = np.array([ids[r[1]] for r in rows])
T = np.array([int(r[2]) for r in rows]); W = np.array([WEIGHT[r[3]] for r in rows])
text_rank = np.argsort(np.argsort(np.array(list(ids.keys()))))


def pagerank(src, dst, weight, d=0.85, tol=1e-10):
    M = sparse.csr_matrix((weight, (src, dst)), shape=(n, n))
    out = np.asarray(M.sum(1)).ravel(); dangling = out == 0
    inv = np.where(dangling, 0, 1 / np.where(dangling, 1, out))
    x = np.full(n, 1 / n)
    for _ in range(200):
        nxt = d * (M.T @ (x * inv)) + (d * x[dangling].sum() + 1 - d) / n
        done = np.abs(nxt - x).sum() < n * tol
        x = nxt
        if done:
            break
    return x


def levels(v):
    top = np.abs(v).max()
    return v if top == 0 else np.round(v / (top * 1e-12)) * (top * 1e-12)


def pct(v):
    return (rankdata(v, "average") - 1) / (len(v) - 1)


def metrics(order, values, gain, k=100):
    best = np.lexsort((text_rank, -gain))[:k]
    top = order[:k]
    disc = 1 / np.log2(np.arange(2, k + 2))
    return (spearmanr(values, gain).correlation, len(set(top) & set(best)) / k,
            (gain[top] * disc).sum() / (gain[best] * disc).sum())


for cut, name in [(1341273600, "2012-07-03T00:00:00Z"), (1341360000, "2012-07-04T00:00:00Z")]:
    keep = (T < cut) & (A != B)
    s, t, w = A[keep], B[keep], W[keep]
    pairs, inverse = np.unique(s.astype(np.int64) * n + t, return_inverse=True)
    ps, pt = pairs // n, pairs % n
    engagement = pagerank(ps, pt, np.bincount(inverse, weights=w))
    G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(zip(s.tolist(), t.tolist()))
    core_of = nx.core_number(G); core = np.array([core_of[i] for i in range(n)], float)
    in_degree = np.bincount(pt, minlength=n).astype(float)
    plain = pagerank(ps, pt, np.ones(len(ps)))
    after = (T >= cut) & (A != B)
    gain = np.bincount(B[after], minlength=n).astype(float)
    tied = np.zeros(n, bool); tied[s] = True; tied[t] = True
    components = [("engagement_pagerank", levels(engagement), 0.30), ("kcore", levels(core), 0.15)]
    live = []
    for cname, v, wt in components:
        _, counts = np.unique(v[tied], return_counts=True)
        live.append(wt if counts.max() < 0.9 * tied.sum() else 0.0)
    weights = [x / sum(live) for x in live]
    composite = sum(wt * pct(v) for (_, v, _), wt in zip(components, weights))
    order = np.lexsort((text_rank, -components[1][1], -components[0][1], -np.round(composite * 1e12)))
    print(name, "accounts", n, "interactions before", int(keep.sum()), "after", int(after.sum()),
          "receivers", int((gain > 0).sum()), "weights", [round(x, 4) for x in weights])
    scorers = [("composite", order, composite)]
    for cname, v in [("engagement_pagerank", engagement), ("kcore", core), ("in_degree", in_degree), ("pagerank", plain)]:
        scorers.append((cname, np.lexsort((text_rank, -levels(v))), v))
    for cname, o, v in scorers:
        sp, p, nd = metrics(o, v, gain)
        print("  %-20s spearman %.6f precision@100 %.2f ndcg@100 %.6f" % (cname, sp, p, nd))
