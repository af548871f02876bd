"""Checks that the committed sample is exactly what the generator produces, and that the
counts stated in Samples/README.md are the counts of the committed files.

Run from the repository root:  python3 -m pytest Samples/generator
"""

import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(HERE)
GENERATED = [
    "clinician-network/nodes.csv",
    "clinician-network/edges.csv",
    "ground-truth.csv",
    "x-archive-focus/data/manifest.js",
    "x-archive-focus/data/account.js",
    "x-archive-focus/data/profile.js",
    "x-archive-focus/data/follower.js",
    "x-archive-focus/data/following.js",
    "x-archive-focus/data/tweets.js",
    "x-archive-focus/data/like.js",
]


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_archive(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return json.loads(text[text.index("=") + 1:])


def compute_counts(root):
    nodes = read_rows(os.path.join(root, "clinician-network", "nodes.csv"))
    edges = read_rows(os.path.join(root, "clinician-network", "edges.csv"))
    truth = read_rows(os.path.join(root, "ground-truth.csv"))
    data = os.path.join(root, "x-archive-focus", "data")
    counts = {"accounts": len(nodes), "edge rows": len(edges)}
    for kind, n in Counter(e["kind"] for e in edges).items():
        counts["edges: " + kind] = n
    counts["interaction events"] = sum(1 for e in edges if e["kind"] != "follow")
    tagged = [e for e in edges if "curbcon26" in e["hashtags"].lower().replace("#", " ").split()]
    counts["interactions tagged #CurbCon26"] = len(tagged)
    counts["… of them in the conference week"] = sum(1 for e in tagged if "2026-03-14" <= e["timestamp"][:10] <= "2026-03-20")
    for spec, n in Counter(t["specialty"] for t in truth).items():
        counts["specialty: " + spec] = n
    counts["focus followers"] = len(read_archive(os.path.join(data, "follower.js")))
    counts["focus following"] = len(read_archive(os.path.join(data, "following.js")))
    counts["focus tweets"] = len(read_archive(os.path.join(data, "tweets.js")))
    counts["focus likes"] = len(read_archive(os.path.join(data, "like.js")))
    return counts


def readme_counts():
    with open(os.path.join(SAMPLES, "README.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("## Counts", 1)[1].split("\n## ", 1)[0]
    stated = {}
    for key, value in re.findall(r"^\| ([^|]+?) \| ([0-9,]+) \|$", section, flags=re.M):
        stated[key] = int(value.replace(",", ""))
    return stated


def test_regeneration_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, os.path.join(HERE, "generate_sample.py"), "--out", str(tmp_path)],
                   check=True)
    for rel in GENERATED:
        with open(os.path.join(SAMPLES, rel), "rb") as a, open(os.path.join(tmp_path, rel), "rb") as b:
            assert a.read() == b.read(), rel + " differs from a fresh generation"


def test_readme_counts_match_files():
    stated = readme_counts()
    actual = compute_counts(SAMPLES)
    assert stated, "no counts table found in README.md"
    assert stated == actual


def test_focus_archive_matches_edges():
    edges = read_rows(os.path.join(SAMPLES, "clinician-network", "edges.csv"))
    data = os.path.join(SAMPLES, "x-archive-focus", "data")
    focus = read_archive(os.path.join(data, "account.js"))[0]["account"]["accountId"]
    followers = {x["follower"]["accountId"] for x in read_archive(os.path.join(data, "follower.js"))}
    following = {x["following"]["accountId"] for x in read_archive(os.path.join(data, "following.js"))}
    assert followers == {e["source"] for e in edges if e["kind"] == "follow" and e["target"] == focus}
    assert following == {e["target"] for e in edges if e["kind"] == "follow" and e["source"] == focus}
    tweets = read_archive(os.path.join(data, "tweets.js"))
    out = Counter(e["kind"] for e in edges if e["source"] == focus and e["kind"] != "follow")
    replies = sum(1 for t in tweets if "in_reply_to_user_id_str" in t["tweet"])
    reposts = sum(1 for t in tweets if t["tweet"]["full_text"].startswith("RT @"))
    quotes = sum(1 for t in tweets if any("/status/" in u["expanded_url"] for u in t["tweet"]["entities"]["urls"]))
    mentions = sum(len(t["tweet"]["entities"]["user_mentions"]) for t in tweets
                   if "in_reply_to_user_id_str" not in t["tweet"] and not t["tweet"]["full_text"].startswith("RT @"))
    likes = len(read_archive(os.path.join(data, "like.js")))
    assert (out["reply"], out["repost"], out["quote"], out["mention"], out["like"]) == (replies, reposts, quotes, mentions, likes)
    # Each focus reply, repost and mention carries exactly its tweet's hashtags.
    tags_at = Counter()
    for t in tweets:
        t = t["tweet"]
        n = 1 if ("in_reply_to_user_id_str" in t or t["full_text"].startswith("RT @")) else len(t["entities"]["user_mentions"])
        if not any("/status/" in u["expanded_url"] for u in t["entities"]["urls"]):
            tags_at[" ".join("#" + h["text"] for h in t["entities"]["hashtags"])] += n
    in_csv = Counter(e["hashtags"] for e in edges if e["source"] == focus and e["kind"] in ("reply", "repost", "mention"))
    assert in_csv == tags_at


def test_everything_is_fictional():
    nodes = read_rows(os.path.join(SAMPLES, "clinician-network", "nodes.csv"))
    for n in nodes:
        assert n["handle"].endswith("_fic"), n["handle"]
        assert n["id"].startswith("9100000") and len(n["id"]) == 13, n["id"]
