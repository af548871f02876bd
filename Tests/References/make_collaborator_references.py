"""Reference values for the collaborator-ranking and community-label tests.

Run from the repository root:  python3 Tests/References/make_collaborator_references.py
Prints the expected values that Tests/CurbsideAnalysisTests/CollaboratorTests.swift asserts
(networkx version printed). Nothing here is a dependency of the Swift product.

Fixture (fictional accounts, nodes 0..8, undirected, unweighted):
  0 ana_fic    cardiology   #cardiotwitter #echofirst   bio: cardiologist heart failure
  1 ben_fic    cardiology   #cardiotwitter              bio: cardiologist
  2 cai_fic    oncology     #oncology #cardioonc        bio: oncologist cancer
  3 dee_fic    cardio-oncology #cardioonc #cardiotwitter bio: cardio-oncology heart
  4 eli_fic    oncology     #oncology                   bio: oncologist
  5 fay_fic    nursing      #nursetwitter               bio: nurse
  6 gus_fic    cardiology   #cardiotwitter #echofirst   bio: echo heart
  7 hal_fic    oncology     #oncology #bcsm             bio: cancer
  8 ivy_fic    (none)       (none)                      bio: (none)
Ties: 0-1 0-2 1-3 2-3 1-6 3-6 2-4 4-7 3-7 5-6 7-8

Collaborator score for focus f and candidate v (Swift CollaboratorRanker):
  S = (PPR_f(v)/max PPR + 0.1 RA(f,v)/max RA) / 1.1   (max over non-neighbours, v != f)
  A = ln(1 + deg v) / max ln(1 + deg);  I = share of nodes with strictly lower PageRank
  T = (J(hashtags) + J(bio terms)) / 2;  F = affinity(spec f, spec v)
  score = 0.6 S (1 + 0.05 A + 0.05 I) + 0.25 T + 0.15 F
"""
import math
import networkx as nx

edges = [(0, 1), (0, 2), (1, 3), (2, 3), (1, 6), (3, 6), (2, 4), (4, 7), (3, 7), (5, 6), (7, 8)]
spec = ["cardiology", "cardiology", "oncology", "cardio-oncology", "oncology", "nursing", "cardiology", "oncology", None]
tags = [["cardiotwitter", "echofirst"], ["cardiotwitter"], ["cardioonc", "oncology"], ["cardioonc", "cardiotwitter"],
        ["oncology"], ["nursetwitter"], ["cardiotwitter", "echofirst"], ["bcsm", "oncology"], []]
bio = [["cardiologist", "failure", "heart"], ["cardiologist"], ["cancer", "oncologist"], ["cardio-oncology", "heart"],
       ["oncologist"], ["nurse"], ["echo", "heart"], ["cancer"], []]
G = nx.Graph()
G.add_nodes_from(range(9))
G.add_edges_from(edges)
n = 9
deg = dict(G.degree())
pr = nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000)
influence = [sum(1 for u in range(n) if pr[u] < pr[v]) / (n - 1) for v in range(n)]
act_raw = [math.log(1 + deg[v]) for v in range(n)]
activity = [a / max(act_raw) for a in act_raw]

# Specialty affinity: ties between labelled accounts, counted from both ends.
ties = {}
for u, v in edges:
    for a, b in ((u, v), (v, u)):
        if spec[a] and spec[b]:
            ties.setdefault(spec[a], {}).setdefault(spec[b], 0)
            ties[spec[a]][spec[b]] += 1
aff = {}
for a, row in ties.items():
    best = max([c for b, c in row.items() if b != a], default=0)
    if best > 0:
        aff[a] = {b: min(1, c / best) for b, c in row.items()}


def jac(a, b):
    if not a or not b:
        return 0.0
    return len(set(a) & set(b)) / len(set(a) | set(b))


def rank(f):
    ppr = nx.pagerank(G, alpha=0.85, personalization={f: 1}, tol=1e-14, max_iter=10000)
    ra = {v: s for _, v, s in nx.resource_allocation_index(G, [(f, v) for v in range(n) if v != f and not G.has_edge(f, v)])}
    cands = [v for v in range(n) if v != f and not G.has_edge(f, v) and ppr[v] > 0]
    mp = max(ppr[v] for v in cands)
    mr = max(ra[v] for v in cands)
    out = []
    for v in cands:
        S = (ppr[v] / mp + 0.1 * (ra[v] / mr if mr > 0 else 0)) / 1.1
        T = (jac(tags[f], tags[v]) + jac(bio[f], bio[v])) / 2
        F = aff.get(spec[f], {}).get(spec[v], 0) if spec[v] and spec[f] else 0
        score = 0.6 * S * (1 + 0.05 * activity[v] + 0.05 * influence[v]) + 0.25 * T + 0.15 * F
        out.append((v, score, S, T, F))
    out.sort(key=lambda t: (-t[1], t[0]))
    return out


print("networkx", nx.__version__)
for f in (0, 5):
    print("focus", f)
    for v, s, S, T, F in rank(f):
        print(f"  {v}: score {s:.6f}  S {S:.6f}  T {T:.6f}  F {F:.6f}")

# Log-odds z-score with an informative Dirichlet prior (Monroe et al. 2008) for the
# hashtag field, community {0, 1, 6} vs the rest, prior strength 10.
community = [0, 1, 6]
total = {}
for v in range(n):
    for t in tags[v]:
        total[t] = total.get(t, 0) + 1
N = sum(total.values())
yi = {}
for v in community:
    for t in tags[v]:
        yi[t] = yi.get(t, 0) + 1
ni = sum(yi.values())
a0 = 10.0
for t in sorted(yi):
    aw = a0 * total[t] / N
    y1, y2 = yi[t], total[t] - yi[t]
    d = math.log((y1 + aw) / (ni + a0 - y1 - aw)) - math.log((y2 + aw) / (N - ni + a0 - y2 - aw))
    z = d / math.sqrt(1 / (y1 + aw) + 1 / (y2 + aw))
    print(f"z #{t}: {z:.6f} (members {y1})")
