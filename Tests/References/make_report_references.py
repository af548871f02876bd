"""Reference for ReportCommandTests.testSaveRecordsAnAuditableRun: the report's PageRank
(every tie, weighted by how often it was seen; damping 0.85; dangling nodes spread uniformly)
on Samples/clinician-network, with networkx. Run from the repository root."""
import csv, networkx as nx
from collections import defaultdict
G = nx.DiGraph()
handles = {}
for r in csv.DictReader(open('Samples/clinician-network/nodes.csv')):
    G.add_node(r['id']); handles[r['id']] = r['handle']
w = defaultdict(float)
for r in csv.DictReader(open('Samples/clinician-network/edges.csv')):
    w[(r['source'], r['target'])] += float(r['weight'] or 1)
for (u, v), x in w.items():
    G.add_edge(u, v, weight=x)
pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-12, max_iter=1000)
top = sorted(pr.items(), key=lambda kv: -kv[1])[:3]
for k, v in top: print(handles[k], round(v, 6))
print(G.number_of_nodes(), G.number_of_edges())
