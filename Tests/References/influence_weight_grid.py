"""Issue #14's search for a composite that beats in-degree on the Higgs activity log.

Run from the repository root: python3 Tests/References/influence_weight_grid.py (numpy,
scipy, networkx; ../shared/data beside the repository; about 3 minutes).
Percentile composites (mid-rank) of engagement PageRank (pr), distinct engagers (eng),
k-core shell (kc, or kcg: only for accounts that received something) and engagement
weighted by recency (dec: half-life a quarter of the span before the cut), weights in steps,
at the cuts end of 2 and of 3 July 2012; prints the 25 weightings that beat in-degree on the
most of the six (cut, measure) pairs. None beats it on all six (README, "Influence, measured").
"""
import gzip, numpy as np, networkx as nx, sys
from scipy.stats import rankdata, spearmanr
from scipy import sparse
W={"RT":1.0,"MT":0.6,"RE":0.8}
rows=[l.split() for l in gzip.open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", "..", "shared", "data", "higgs-twitter", "higgs-activity_time.txt.gz"),"rt")]
ids={}
def idx(x):
    if x not in ids: ids[x]=len(ids)
    return ids[x]
A=np.array([idx(r[0]) for r in rows]); B=np.array([idx(r[1]) for r in rows]); T=np.array([int(r[2]) for r in rows]); K=[r[3] for r in rows]
w=np.array([W[k] for k in K]); n=len(ids); print("accounts",n)
def pct(v): return (rankdata(v,'average')-1)/(len(v)-1)
def pagerank(src,dst,wt,n,d=0.85,tol=1e-10):
    M=sparse.csr_matrix((wt,(src,dst)),shape=(n,n)); out=np.asarray(M.sum(1)).ravel()
    dang=out==0; inv=np.where(dang,0,1/np.where(dang,1,out))
    x=np.full(n,1/n)
    for it in range(300):
        nx_=d*(M.T@(x*inv)) + (d*x[dang].sum()+1-d)/n
        if np.abs(nx_-x).sum()<n*tol: x=nx_; break
        x=nx_
    return x
def kcore(src,dst,n):
    G=nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(zip(src,dst)); G.remove_edges_from(nx.selfloop_edges(G))
    c=nx.core_number(G); return np.array([c[i] for i in range(n)],float)
def ndcg(score,gain,k=100):
    top=np.lexsort((np.arange(len(score)),-score))[:k]
    disc=1/np.log2(np.arange(2,k+2))
    ideal=np.sort(gain)[::-1][:k]
    return (gain[top]*disc).sum()/(ideal*disc).sum()
def prec(score,gain,k=100):
    top=set(np.lexsort((np.arange(len(score)),-score))[:k]); best=set(np.lexsort((np.arange(len(gain)),-gain))[:k])
    return len(top&best)/k
import itertools
idstr=np.array(list(ids.keys()))  # index -> id string
order_key=np.argsort(np.argsort(idstr))  # rank of id string
def topk(v,k=100): return np.lexsort((order_key,-v))[:k]
def metrics(v,gain,k=100):
    top=topk(v,k); best=topk(gain,k); disc=1/np.log2(np.arange(2,k+2))
    return spearmanr(v,gain).correlation, len(set(top)&set(best))/k, (gain[top]*disc).sum()/(gain[best]*disc).sum()
data={}
for cut in [1341273600,1341360000]:
    before=T<cut; after=~before; ns=A!=B
    s,t,ww=A[before&ns],B[before&ns],w[before&ns]
    key=s.astype(np.int64)*n+t; u,inv=np.unique(key,return_inverse=True); agg=np.bincount(inv,weights=ww)
    es,et=u//n,u%n
    epr=pagerank(es,et,agg,n); kc=kcore(s,t,n)
    eng=np.bincount(et,minlength=n).astype(float)
    recv=np.bincount(et,minlength=n)>0
    span=cut-T[before].min(); 
    dec=np.bincount(t,weights=ww*np.exp2(-(cut-T[before&ns])/(span/4)),minlength=n)
    gain=np.bincount(B[after&ns],minlength=n).astype(float)
    data[cut]=dict(pr=epr,kc=kc,eng=eng,kcg=kc*recv,dec=dec,gain=gain)
base={c:{k:metrics(d[k],d["gain"]) for k in ["pr","kc","eng","dec"]} for c,d in data.items()}
for c in base: print(c, {k:tuple(round(x,4) for x in v) for k,v in base[c].items()})
P={c:{k:pct(d[k]) for k in ["pr","kc","eng","kcg","dec"]} for c,d in data.items()}
res=[]
for wpr,weng,wkc,wdec in itertools.product([0,.1,.2,.3,.4,.5],[0,.2,.3,.4,.5,.6,.7,.8],[0,.05,.1,.2],[0,.2,.3,.4,.5]):
    tot=wpr+weng+wkc+wdec
    if abs(tot-1)>1e-9: continue
    for kcname in ["kc","kcg"]:
        if wkc==0 and kcname=="kcg": continue
        row=[]
        for c in data:
            comp=wpr*P[c]["pr"]+weng*P[c]["eng"]+wkc*P[c][kcname]+wdec*P[c]["dec"]
            m=metrics(comp,data[c]["gain"])
            comps=[k for k,wt in [("pr",wpr),("eng",weng),("kc",wkc),("dec",wdec)] if wt>0]+["eng"]
            beats=all(m[i]>base[c][k][i] for k in set(comps) for i in range(3))
            row.append((m,beats))
        res.append(((wpr,weng,wkc,kcname,wdec),row))
def score(r):
    return sum(1 for (m,b),c in zip(r[1],data) for i in range(3) if m[i]>base[c]["eng"][i])
res.sort(key=lambda r:-score(r))
good=res[:25]
print(len(res),"weightings; the 25 that beat in-degree on the most of the 6 (cut, measure) pairs, with the count:")
for wts,row in good[:40]:
    print(wts,score((wts,row)),[("%.5f %.2f %.4f"%m) for m,b in row])
