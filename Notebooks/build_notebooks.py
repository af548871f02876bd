"""Writes and executes Curbside's notebooks.

    python3 Notebooks/build_notebooks.py            # write + execute, outputs saved in place
    python3 Notebooks/build_notebooks.py --check    # execute into a temp copy, fail on any cell error

The notebooks call the `curbside` CLI (CURBSIDE env var, or .build/release/curbside, built
on first use) and read its CSV/JSON output or the SQLite store with pandas. Everything
they touch is the bundled synthetic sample; nothing leaves the machine.
"""
import os, sys, shutil, tempfile
import nbformat
from nbformat.v4 import new_notebook, new_markdown_cell, new_code_cell
from nbclient import NotebookClient

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SETUP = '''import json, os, sqlite3, subprocess, tempfile
from io import StringIO
import pandas as pd

ROOT = os.path.abspath("..")
CURBSIDE = os.environ.get("CURBSIDE") or os.path.join(ROOT, ".build", "release", "curbside")
if not os.path.exists(CURBSIDE):
    subprocess.run(["swift", "build", "-c", "release", "--product", "curbside"], cwd=ROOT, check=True)

def curbside(*args):
    """Runs the CLI from the repository root and returns its stdout."""
    r = subprocess.run([CURBSIDE, *args], cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"curbside {' '.join(args)} exited {r.returncode}: {r.stderr}")
    return r.stdout

WORK = tempfile.mkdtemp(prefix="curbside-notebook-")
DB = os.path.join(WORK, "sample.sqlite")'''

def tour():
    return [
        new_markdown_cell("# A guided tour of Curbside on the sample network\n\n"
            "The sample under `Samples/` is a synthetic network of 1,352 **fictional** clinicians "
            "(handles end in `_fic`): a follow graph across specialties and a week of conference "
            "interactions around `#CurbCon26`. This notebook imports it, labels specialties, "
            "measures influence, finds communities and collaborators, and renders the report a "
            "society's team would read."),
        new_code_cell(SETUP),
        new_markdown_cell("## Import\n\nThe whole network as CSV, plus the X archive of one focus account "
            "(`@dr_ada_quillbrook_fic`). Accounts with the same platform id merge; each file is one transaction."),
        new_code_cell('print(curbside("import", "Samples/clinician-network", "Samples/x-archive-focus", "--db", DB))\n'
                      'stats = json.loads(curbside("stats", "--db", DB, "--format", "json"))\n'
                      'pd.DataFrame({"edges": stats["edges"], "interactions": stats["interactions"]})'),
        new_markdown_cell("## Specialties\n\nEvery account gets a NUCC taxonomy code (or a non-clinician role), "
            "a confidence and the evidence behind it. The sample's generator wrote down the truth, so the "
            "classifier can be scored: precision, recall and F1 per specialty, and the confusion matrix."),
        new_code_cell('spec = pd.read_csv(StringIO(curbside("specialties", "--db", DB, "--format", "csv")), dtype={"account": str})\n'
                      'spec.head(8)'),
        new_code_cell('evaluation = json.loads(curbside("specialties", "--db", DB, "--evaluate", "Samples/ground-truth.csv", "--format", "json"))\n'
                      'print(f"macro-F1 {evaluation[\'macro_f1\']:.3f}, accuracy {evaluation[\'accuracy\']:.3f}")\n'
                      'labels = evaluation["confusion"]["labels"]\n'
                      'pd.DataFrame(evaluation["confusion"]["rows_truth_columns_predicted"], index=labels, columns=labels)'),
        new_markdown_cell("## Influence\n\nA composite score that shows how it was built: PageRank on follows, "
            "engagement-weighted PageRank on interactions, in-degree from clinicians and the k-core shell, "
            "each as a percentile with its weight."),
        new_code_cell('inf = pd.read_csv(StringIO(curbside("influence", "--db", DB, "--top", "10", "--format", "csv")), dtype={"account": str})\n'
                      'inf[["rank", "handle", "specialty", "score", "follow_pagerank_percentile", "engagement_pagerank_percentile",\n'
                      '     "clinician_in_degree_percentile", "kcore_percentile", "flags"]]'),
        new_markdown_cell("Opinion leaders within one specialty, with the arithmetic behind each score:"),
        new_code_cell('print(curbside("influence", "--db", DB, "--specialty", "oncology", "--top", "5", "--explain"))'),
        new_markdown_cell("## Reach and the briefing list\n\nWhich five accounts should a medical-affairs team brief "
            "to reach the most oncologists? IMM picks them on the engagement cascade; the expected reach comes "
            "with a Monte Carlo confidence interval, next to the five most influential accounts by PageRank."),
        new_code_cell('print(curbside("brief", "--db", DB, "--target-specialty", "oncology", "--k", "5", "--seed", "7"))'),
        new_markdown_cell("## Communities\n\nLeiden on mutual follows and interactions, each community labelled by its "
            "distinctive specialties, hashtags and bio terms against the rest of the network."),
        new_code_cell('com = json.loads(curbside("communities", "--label", "--db", DB, "--format", "json"))\n'
                      'print(f"modularity {com[\'modularity\']:.4f}")\n'
                      'pd.DataFrame([{k: c[k] for k in ("community", "size", "density", "label")} for c in com["labelled"]]).head(8)'),
        new_markdown_cell("## Collaborators for the focus account\n\nAccounts not yet tied to `@dr_ada_quillbrook_fic`, "
            "ranked by structural proximity, shared topics and specialty fit, each with a one-line explanation."),
        new_code_cell('col = pd.read_csv(StringIO(curbside("collaborators", "@dr_ada_quillbrook_fic", "--db", DB, "--top", "8", "--format", "csv")))\n'
                      'pd.set_option("display.max_colwidth", 120)\n'
                      'col[["rank", "handle", "score", "specialty", "explanation"]]'),
        new_markdown_cell("## The report\n\nMarkdown with tables, an activity chart and Graphviz diagrams "
            "rendered in-process."),
        new_code_cell('out = os.path.join(WORK, "report")\n'
                      'curbside("report", "--db", DB, "--out", out, "--html")\n'
                      'sorted(os.listdir(out))'),
        new_code_cell('from IPython.display import SVG, display\n'
                      'display(SVG(filename=os.path.join(out, "activity.svg")))'),
        new_code_cell('print(open(os.path.join(out, "report.md")).read()[:1500])'),
        new_markdown_cell("## Pictures\n\n`curbside render` draws one view at a time, reduced first so it reads: "
            "the community map (communities as bubbles, ties between them as lines) and the focus account's "
            "suggested collaborators with the colleagues they share."),
        new_code_cell('from IPython.display import Image\n'
                      'png = os.path.join(WORK, "community-map.png")\n'
                      'curbside("render", "--view", "community-map", "--db", DB, "--format", "png", "--out", png)\n'
                      'Image(filename=png, width=640)'),
        new_code_cell('png = os.path.join(WORK, "collaborators.png")\n'
                      'curbside("render", "--view", "collaborators", "--focus", "@dr_ada_quillbrook_fic", "--top", "6", "--db", DB, "--format", "png", "--out", png)\n'
                      'Image(filename=png, width=640)'),
    ]

def conference():
    return [
        new_markdown_cell("# Conference week: #CurbCon26\n\n"
            "How much of the sample's conversation happened during the fictional conference week "
            "(2026-03-14 to 2026-03-20, UTC), who drew it, and who led the `#CurbCon26` conversation "
            "itself. Every analysis command takes `--since/--until` and `--hashtag`; follows are state "
            "and count whole in every window."),
        new_code_cell(SETUP),
        new_code_cell('curbside("import", "Samples/clinician-network", "--db", DB)\n'
                      'con = sqlite3.connect(DB)\n'
                      'activity = pd.read_sql_query("""\n'
                      "    SELECT date(a.day * 86400, 'unixepoch') AS day, k.label AS kind, a.count\n"
                      '    FROM activity a JOIN kind k ON k.id = a.kind ORDER BY a.day""", con)\n'
                      'daily = activity.pivot_table(index="day", columns="kind", values="count", aggfunc="sum", fill_value=0)\n'
                      'daily.tail(10)'),
        new_code_cell('week = daily.loc["2026-03-14":"2026-03-20"].sum().sum()\n'
                      'total = daily.sum().sum()\n'
                      'print(f"{week:,} of {total:,} interactions ({week / total:.0%}) fell in conference week")'),
        new_code_cell('%matplotlib inline\n'
                      'ax = daily.plot(kind="bar", stacked=True, figsize=(11, 3.5), width=0.85, title="Interactions per day (UTC)")\n'
                      'ax.set_xlabel(""); ax.tick_params(axis="x", labelsize=7)'),
        new_markdown_cell("The conversation itself: interactions from posts tagged `#CurbCon26` during the week, "
            "against the whole record."),
        new_code_cell('WEEK = ["--since", "2026-03-14", "--until", "2026-03-20"]\n'
                      'TAG = ["--hashtag", "CurbCon26"]\n'
                      'whole = json.loads(curbside("stats", "--db", DB, "--format", "json"))["interactions"]\n'
                      'conv = json.loads(curbside("stats", "--db", DB, "--format", "json", *WEEK, *TAG))["interactions"]\n'
                      'pd.DataFrame({"whole record": whole, "#CurbCon26 in the week": conv}).fillna(0).astype(int)'),
        new_markdown_cell("Who led the conversation: the composite influence score computed on the week's "
            "`#CurbCon26` interactions (engagement PageRank carries the conversation), next to each "
            "account's rank over the whole record."),
        new_code_cell('def influence(*extra):\n'
                      '    out = curbside("influence", "--db", DB, "--format", "csv", *extra)\n'
                      '    return pd.read_csv(StringIO(out), dtype={"account": str}).set_index("account")\n'
                      'during, overall = influence(*WEEK, *TAG), influence()\n'
                      'top = during.sort_values("rank").head(10)[["handle", "specialty", "score", "engagement_pagerank"]]\n'
                      'top["rank in the week"] = during["rank"]\n'
                      'top["rank overall"] = overall["rank"].reindex(top.index)\n'
                      'top'),
        new_markdown_cell("Accounts that drew the most distinct interacting accounts in the conversation, read "
            "from the per-interaction events in the store:"),
        new_code_cell('during = pd.read_sql_query("""\n'
                      '    SELECT a.handle, COUNT(DISTINCT e.src) AS accounts, SUM(e.n) AS interactions\n'
                      '    FROM event e JOIN event_tag et ON et.at = e.at AND et.source_id = e.source_id AND et.seq = e.seq\n'
                      "    JOIN tag t ON t.id = et.tag JOIN account a ON a.id = e.dst\n"
                      "    WHERE t.label = 'curbcon26'\n"
                      "      AND e.at >= strftime('%s', '2026-03-14') AND e.at < strftime('%s', '2026-03-21')\n"
                      '    GROUP BY e.dst ORDER BY accounts DESC, a.handle LIMIT 10""", con)\n'
                      'during'),
    ]

def crosscheck():
    return [
        new_markdown_cell("# Cross-check: Curbside against networkx\n\n"
            "The same sample, the same parameters: Curbside's in-degree and PageRank against "
            "networkx's. The last cell fails if they disagree."),
        new_code_cell(SETUP + "\nimport networkx as nx"),
        new_code_cell('nodes = pd.read_csv(os.path.join(ROOT, "Samples/clinician-network/nodes.csv"), dtype={"id": str})\n'
                      'edges = pd.read_csv(os.path.join(ROOT, "Samples/clinician-network/edges.csv"), dtype={"source": str, "target": str})\n'
                      'G = nx.DiGraph()\n'
                      'G.add_nodes_from(nodes["id"])\n'
                      'G.add_edges_from(edges.loc[edges["kind"] == "follow", ["source", "target"]].itertuples(index=False))\n'
                      'print(G)'),
        new_code_cell('def metric(name, *extra):\n'
                      '    out = curbside("metric", name, "--input", "Samples/clinician-network", "--graph", "follow", "--format", "csv", *extra)\n'
                      '    return pd.read_csv(StringIO(out), dtype={"account": str}).set_index("account")["value"]\n'
                      'ours_pr = metric("pagerank", "--tolerance", "1e-13")\n'
                      'ours_in = metric("in-degree")\n'
                      'theirs_pr = pd.Series(nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000))\n'
                      'theirs_in = pd.Series(dict(G.in_degree()))\n'
                      'comparison = pd.DataFrame({\n'
                      '    "metric": ["in-degree", "pagerank"],\n'
                      '    "accounts": [len(ours_in), len(ours_pr)],\n'
                      '    "max |difference|": [(ours_in - theirs_in).abs().max(), (ours_pr - theirs_pr).abs().max()],\n'
                      '    "L1 difference": [(ours_in - theirs_in).abs().sum(), (ours_pr - theirs_pr).abs().sum()],\n'
                      '})\n'
                      'comparison'),
        new_code_cell('assert (ours_in - theirs_in).abs().max() == 0\n'
                      'assert (ours_pr - theirs_pr).abs().sum() < 1e-6\n'
                      'print("Curbside agrees with networkx", nx.__version__)'),
        new_markdown_cell("On the undirected follow graph (a tie either way): k-core shells and local clustering "
            "coefficients, and the modularity of Curbside's Leiden communities as networkx computes it."),
        new_code_cell('U = G.to_undirected()\n'
                      'U.remove_edges_from(nx.selfloop_edges(U))\n'
                      'ours_core = metric("kcore", "--undirected")\n'
                      'ours_cc = metric("clustering", "--undirected")\n'
                      'theirs_core = pd.Series(nx.core_number(U))\n'
                      'theirs_cc = pd.Series(nx.clustering(U))\n'
                      'out = curbside("communities", "--input", "Samples/clinician-network", "--graph", "follow", "--seed", "1", "--format", "csv")\n'
                      'membership = pd.read_csv(StringIO(out), dtype={"account": str}).set_index("account")["community"]\n'
                      'groups = [set(ids) for _, ids in membership.groupby(membership).groups.items()]\n'
                      'pd.DataFrame({\n'
                      '    "measure": ["k-core shell", "clustering"],\n'
                      '    "max |difference|": [(ours_core - theirs_core).abs().max(), (ours_cc - theirs_cc).abs().max()],\n'
                      '})'),
        new_code_cell('assert (ours_core - theirs_core).abs().max() == 0\n'
                      'assert (ours_cc - theirs_cc).abs().max() < 1e-9\n'
                      'q = nx.community.modularity(U, groups)\n'
                      'print(f"{len(groups)} Leiden communities, modularity by networkx {q:.4f}")\n'
                      'assert q > 0.3'),
    ]

NOTEBOOKS = {
    "01-guided-tour.ipynb": tour,
    "02-conference-week.ipynb": conference,
    "03-crosscheck-networkx.ipynb": crosscheck,
}

def build(check):
    target_dir = tempfile.mkdtemp() if check else HERE
    for name, make in NOTEBOOKS.items():
        nb = new_notebook(cells=make(), metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"}})
        # Run with the notebook folder as working directory, wherever the file is written.
        NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": HERE}}).execute()
        for i, cell in enumerate(nb.cells):
            cell.get("metadata", {}).pop("execution", None)
            cell["id"] = f"cell-{i:02d}"  # stable ids: a rebuild changes only what the outputs change
        nbformat.write(nb, os.path.join(target_dir, name))
        print("executed", name)
    if check:
        shutil.rmtree(target_dir)

if __name__ == "__main__":
    build("--check" in sys.argv)
