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
            "interactions around `#CurbCon26`. This notebook imports it, measures influence, and "
            "renders the report a society's team would read."),
        new_code_cell(SETUP),
        new_markdown_cell("## Import\n\nThe whole network as CSV, plus the X archive of one focus account. "
            "Accounts with the same platform id merge; each file is one transaction."),
        new_code_cell('print(curbside("import", "Samples/clinician-network", "Samples/x-archive-focus", "--db", DB))\n'
                      'stats = json.loads(curbside("stats", "--db", DB, "--format", "json"))\n'
                      'pd.DataFrame({"edges": stats["edges"], "interactions": stats["interactions"]})'),
        new_markdown_cell("## Influence\n\nPageRank on the follow graph, every account, as CSV "
            "(`account,value,handle`)."),
        new_code_cell('pr = pd.read_csv(StringIO(curbside("metric", "pagerank", "--db", DB, "--graph", "follow", "--format", "csv")), dtype={"account": str})\n'
                      'pr.sort_values("value", ascending=False).head(10)'),
        new_markdown_cell("Who gets the most replies, mentions and quotes — the conversation, not the audience:"),
        new_code_cell('talk = pd.read_csv(StringIO(curbside("metric", "in-degree", "--db", DB, "--graph", "mention,reply,quote", "--format", "csv")), dtype={"account": str})\n'
                      'talk.sort_values(["value", "handle"], ascending=[False, True]).head(10)'),
        new_markdown_cell("## The report\n\nMarkdown with tables, an activity chart and a Graphviz diagram "
            "rendered in-process."),
        new_code_cell('out = os.path.join(WORK, "report")\n'
                      'curbside("report", "--db", DB, "--out", out, "--html")\n'
                      'sorted(os.listdir(out))'),
        new_code_cell('from IPython.display import SVG, display\n'
                      'display(SVG(filename=os.path.join(out, "activity.svg")))'),
        new_code_cell('print(open(os.path.join(out, "report.md")).read()[:1500])'),
    ]

def conference():
    return [
        new_markdown_cell("# Conference week: #CurbCon26\n\n"
            "How much of the sample's conversation happened during the fictional conference week "
            "(2026-03-14 to 2026-03-20, UTC), and who drew it. Reads the store directly with SQLite."),
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
        new_markdown_cell("Accounts that drew the most interactions first seen during the week:"),
        new_code_cell('during = pd.read_sql_query("""\n'
                      '    SELECT a.handle, COUNT(DISTINCT e.src) AS accounts, SUM(e.count) AS interactions\n'
                      '    FROM edge e JOIN account a ON a.id = e.dst JOIN kind k ON k.id = e.kind\n'
                      "    WHERE k.label != 'follow'\n"
                      "      AND e.first_at >= strftime('%s', '2026-03-14') AND e.first_at < strftime('%s', '2026-03-21')\n"
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
        for cell in nb.cells:
            cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, os.path.join(target_dir, name))
        print("executed", name)
    if check:
        shutil.rmtree(target_dir)

if __name__ == "__main__":
    build("--check" in sys.argv)
