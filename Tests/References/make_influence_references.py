"""Reference values for the influence, reach, overlap and brief command tests.

Run from the repository root (networkx 3.x; ../shared/data beside the repository):
    python3 Tests/References/make_influence_references.py
Prints the values that Tests/CurbsideCLITests/InfluenceCommandTests.swift and
ReachCommandTests.swift assert. Nothing here is a dependency of the Swift product.

1. Planted hubs of Samples/clinician-network: the sample generator
   (Samples/generator/generate_sample.py, seed 20261122) draws every account's "fitness"
   (what makes it followed and engaged with) in build_accounts(); journals (fitness
   20-80), societies (15-60), media (7.5-30) and 12 randomly chosen "prominent clinicians"
   (25-60) are its hubs. build_accounts() is the generator's first use of its random
   stream, so replaying it with the same seed gives the same accounts; the 12 prominent
   clinicians are the generator's one rng.sample(clinicians, 12) call.
2. Exact 2-hop audiences (followers and followers of followers, the account excluded) on
   SNAP email-Eu-core, networkx single_source_shortest_path_length on G.reverse(), and
   follower / 2-hop Jaccard overlaps of a few pairs.
"""
import json, os, random, sys
import networkx as nx

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(root, "Samples", "generator"))
import generate_sample as gen  # noqa: E402


class Recording(random.Random):
    prominent = None

    def sample(self, population, k, **kw):
        result = super().sample(population, k, **kw)
        if k == 12:
            Recording.prominent = result
        return result


accounts, focus = gen.build_accounts(Recording(gen.DEFAULT_SEED))
prominent = {a.handle for a in Recording.prominent}
hubs = sorted(((a.fitness, a.handle, a.specialty, a.handle in prominent) for a in accounts
               if a.specialty in ("journal", "society", "media") or a.handle in prominent), reverse=True)
print("planted hubs (fitness, handle, specialty, prominent clinician):")
for h in hubs:
    print("  %.2f %s %s %s" % h)
print("prominent clinicians:", json.dumps(sorted(prominent)))
print("all planted hubs:", json.dumps(sorted(h[1] for h in hubs)))
# Hubs by fitness, whatever made them so: prominent clinicians draw 25-60, and a few
# ordinary clinicians reach it through the Pareto(1.6) draw capped at 60.
by_fitness = sorted(accounts, key=lambda a: -a.fitness)
print("top 10 by fitness:", json.dumps([a.handle for a in by_fitness[:10]]))
print("fitness >= 25 (%d accounts):" % sum(a.fitness >= 25 for a in accounts),
      json.dumps([a.handle for a in by_fitness if a.fitness >= 25]))

# 2. email-Eu-core.
# Whitespace-separated pairs; the copy's CR CR LF line ends are whitespace too.
G = nx.read_edgelist(os.path.join(root, "..", "shared", "data", "email-eu-core", "email-Eu-core.txt"),
                     create_using=nx.DiGraph, nodetype=str)
R = G.reverse(copy=True)


def within(graph, v, hops):
    return {u for u, d in nx.single_source_shortest_path_length(graph, v, cutoff=hops).items() if d > 0}


print("networkx", nx.__version__)
for v in ["0", "17", "160", "434", "1000"]:
    print("email-Eu-core %s: followers %d, 2-hop audience %d" % (v, len(within(R, v, 1)), len(within(R, v, 2))))
for a, b in [("17", "160"), ("0", "1000"), ("434", "160")]:
    for hops in (1, 2):
        A, B = within(R, a, hops), within(R, b, hops)
        print("overlap %s %s hops %d: sizes %d %d common %d union %d jaccard %r"
              % (a, b, hops, len(A), len(B), len(A & B), len(A | B), len(A & B) / len(A | B) if A | B else 0.0))

# 3. The hand-checkable fixture of ReachCommandTests (ids 1-8, handles a_fic … h_fic):
# follows (u follows v) and engagement events (u reposts/quotes/replies to v).
FOLLOWS = [(2, 1), (3, 1), (4, 1), (5, 2), (6, 2), (5, 3), (7, 3), (1, 4), (8, 5)]
EVENTS = [(5, 2, "repost"), (5, 2, "repost"), (3, 1, "reply"), (2, 1, "repost"), (8, 5, "quote")]
M = 10.0  # prior strength
nodes = range(1, 9)
arcs = sorted(set(FOLLOWS) | {(u, v) for u, v, _ in EVENTS})  # cascade ties u -> v (u sees v)
e = {}
for u, v, _ in EVENTS:
    e[(u, v)] = e.get((u, v), 0) + 1
sent = {v: sum(1 for u, _, _ in EVENTS if u == v) for v in nodes}  # every event kind here is a post
posts = {v: max(1, sent[v], max([e.get((u, v), 0) for u in nodes])) for v in nodes}
audience = {v: sum(1 for u, w in arcs if w == v and u != v) for v in nodes}
K = {v: sum(e.get((u, v), 0) for u in nodes if u != v) for v in nodes}
rho = sum(K.values()) / sum(audience[v] * posts[v] for v in nodes)
rate = {v: (K[v] + rho * M) / (audience[v] * posts[v] + M) for v in nodes}
p = {(u, v): (e.get((u, v), 0) + rate[v] * M) / (posts[v] + M) for u, v in arcs}
print("fixture: rho %r" % rho)
for a in arcs:
    print("fixture p%r = %r" % (a, p[a]))


def exact_spread(seed):
    """Expected number of accounts activated by `seed` (itself excluded), over all 2^m live-arc worlds."""
    total = 0.0
    for mask in range(1 << len(arcs)):
        prob = 1.0
        live = []
        for i, a in enumerate(arcs):
            if mask >> i & 1:
                prob *= p[a]
                live.append(a)
            else:
                prob *= 1 - p[a]
        reached, frontier = {seed}, [seed]
        while frontier:
            v = frontier.pop()
            for u, w in live:
                if w == v and u not in reached:
                    reached.add(u)
                    frontier.append(u)
        total += prob * (len(reached) - 1)
    return total


for s in [1, 2, 3]:
    print("fixture exact expected cascade from %d: %r" % (s, exact_spread(s)))
