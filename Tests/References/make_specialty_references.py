#!/usr/bin/env python3
"""Reference figures for Tests/CurbsideAnalysisTests/SpecialtyClassifierTests.swift.

1. scikit-learn's precision/recall/F1 on a small hand-made (truth, prediction) list, the
   one SpecialtyEvaluationTests checks (None = "no specialty").
2. The mutual-ties prior on the CKM physicians (../shared/data/ckm-physicians), an
   independent re-implementation of SpecialtyClassifier's propagation: each physician with a
   known nodeSpecialty (1-4; 9 = missing) is held out in turn, every other known physician is
   labelled, and the held-out one is predicted from its mutual neighbours (u->v and v->u in
   any layer): at least 2 classified mutuals, weighted share >= 0.5, two synchronous rounds
   (round-2 votes come from round-1 predictions with confidence 0.5 * share * k/(k+2);
   ties broken by class name). Reports coverage, accuracy on the predicted ones, and
   scikit-learn macro-F1 over classes 1-4 with "none" for abstentions.

Usage: python3 Tests/References/make_specialty_references.py   (needs scikit-learn)
"""
import os
from collections import defaultdict
from sklearn.metrics import f1_score, precision_recall_fscore_support

NONE = "(none)"


def hand_example():
    truth = ["a", "a", "a", "b", "b", "c", None, None]
    pred = ["a", "a", "b", "b", None, "c", "a", None]
    t = [x or NONE for x in truth]
    p = [x or NONE for x in pred]
    labels = ["a", "b", "c"]
    pr, rc, f1, sup = precision_recall_fscore_support(t, p, labels=labels, zero_division=0)
    print("hand example:")
    for l, a, b, c, s in zip(labels, pr, rc, f1, sup):
        print(f"  {l}: P={a:.6f} R={b:.6f} F1={c:.6f} support={s}")
    print(f"  macro-F1 {f1_score(t, p, labels=labels, average='macro', zero_division=0):.6f}")


def ckm():
    root = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ckm-physicians")
    spec = {}
    with open(os.path.join(root, "CKM-Physicians-Innovation_nodes.txt")) as f:
        next(f)
        for line in f:
            x = line.split()
            if x:
                spec[int(x[0])] = x[13]
    arcs = set()
    with open(os.path.join(root, "CKM-Physicians-Innovation_multiplex.edges")) as f:
        for line in f:
            _, u, v, _ = line.split()
            arcs.add((int(u), int(v)))
    mutual = defaultdict(set)
    for u, v in arcs:
        if u != v and (v, u) in arcs:
            mutual[u].add(v)
    nodes = sorted(spec)

    def run(labels):
        # labels: node -> (class, confidence)
        result = dict(labels)
        for rnd in range(2):
            nxt = dict(result)
            changed = False
            for u in nodes:
                if u in result:
                    continue
                w = defaultdict(float)
                c = defaultdict(int)
                k = 0
                total = 0.0
                for v in mutual[u]:
                    if v in result:
                        cls, conf = result[v]
                        w[cls] += conf
                        c[cls] += 1
                        k += 1
                        total += conf
                if k < 2 or total <= 0:
                    continue
                best = sorted(w, key=lambda s: (-w[s], s))[0]
                share = w[best] / total
                if share >= 0.5:
                    nxt[u] = (best, 0.5 * share * k / (k + 2) / (2 ** rnd))
                    changed = True
            result = nxt
            if not changed:
                break
        return result

    known = [u for u in nodes if spec[u] in ("1", "2", "3", "4")]
    truth, pred = [], []
    for u in known:
        labels = {v: ("ckm-" + spec[v], 1.0) for v in known if v != u}
        r = run(labels)
        truth.append("ckm-" + spec[u])
        pred.append(r[u][0] if u in r else NONE)
    covered = sum(p != NONE for p in pred)
    correct = sum(p == t for p, t in zip(pred, truth))
    labels = ["ckm-1", "ckm-2", "ckm-3", "ckm-4"]
    pr, rc, f1, sup = precision_recall_fscore_support(truth, pred, labels=labels, zero_division=0)
    print(f"CKM leave-one-out: {len(known)} physicians with a specialty, {covered} predicted, "
          f"{correct} correct (accuracy {correct / len(known):.6f}, on predicted {correct / max(1, covered):.6f})")
    for l, a, b, c, s in zip(labels, pr, rc, f1, sup):
        print(f"  {l}: P={a:.6f} R={b:.6f} F1={c:.6f} support={s}")
    print(f"  macro-F1 {f1_score(truth, pred, labels=labels, average='macro', zero_division=0):.6f}")
    majority = max(labels, key=lambda l: truth.count(l))
    print(f"  majority class {majority}: accuracy {truth.count(majority) / len(truth):.6f}, "
          f"macro-F1 {f1_score(truth, [majority] * len(truth), labels=labels, average='macro', zero_division=0):.6f}")


if __name__ == "__main__":
    hand_example()
    ckm()
