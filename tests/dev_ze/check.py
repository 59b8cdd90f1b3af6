#!/usr/bin/env python3
"""Check the dev_ze set: a perfect export built from the gold must score 1.000
everywhere, and no 6-character run of the seeds' gold text may occur in this gold."""
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_GOLD = Path("/work/shared/gold")
SCORE = "/work/shared/tools/score.py"


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


GENERIC = [squash(w) for w in (HERE / "generic_words.txt").read_text(encoding="utf-8").split() if w]


def main():
    arts, srcs = [], []
    golds = sorted((HERE / "gold").glob("*.json"))
    problems = []
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        if not (HERE / "pages" / d["source"]).exists():
            problems.append("missing page " + d["source"])
        for a in d["articles"]:
            b = dict(a)
            b["source"] = d["source"]
            b["issue_date"] = d["issue_date"]
            b["title_derived"] = False
            arts.append(b)
        srcs.append({"source": d["source"], "issue_date": d["issue_date"],
                     "extras": list(d.get("extras") or []) + list(d.get("duplicates") or [])})
    exp = HERE / "perfect_export.json"
    exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, SCORE, str(exp), str(HERE / "gold"), "--pages", str(HERE / "pages"),
                        "-v", "--json"], capture_output=True, text=True)
    out = r.stdout
    print(out)
    js = out[out.index("{"): out.rindex("}") + 1]
    fig = json.loads(js)
    pre = out[:out.index("{")].strip()
    if pre:
        problems.append("scorer listed problems:\n" + pre)
    for k in ("seg_f1", "headline_acc", "title_acc", "untitled_ok", "byline_acc", "dateline_acc",
              "kind_acc", "paragraph_f1", "issue_date_acc"):
        if fig[k] is not None and round(fig[k], 3) != 1.0:
            problems.append("%s = %s" % (k, fig[k]))
    if fig["coverage"] is None or fig["coverage"] < 1.0:
        problems.append("coverage = %s" % fig["coverage"])
    if fig["cjk_space_left"] != 0:
        problems.append("cjk_space_left = %s" % fig["cjk_space_left"])
    # seed overlap
    seed_runs = set()
    for g in SEED_GOLD.glob("*.json"):
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(t)
                for i in range(len(s) - 5):
                    seed_runs.add(s[i:i + 6])
    generic_runs = set()
    for w in GENERIC:
        generic_runs.add(w)
    hits = {}
    for g in golds:
        d = json.loads(g.read_text(encoding="utf-8"))
        for a in d["articles"]:
            for t in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
                s = squash(t)
                for w in sorted(GENERIC, key=len, reverse=True):
                    s = s.replace(w, "\u25a1")
                for i in range(len(s) - 5):
                    run = s[i:i + 6]
                    if "\u25a1" in run or len(re.findall("[\u4e00-\u9fff]", run)) < 5:
                        continue
                    if run in seed_runs:
                        hits.setdefault(run, g.name)
    allowed = set((HERE / "allowed_runs.txt").read_text(encoding="utf-8").split()) \
        if (HERE / "allowed_runs.txt").exists() else set()
    bad = {k: v for k, v in hits.items() if k not in allowed}
    if bad:
        problems.append("seed 6-char runs in gold: " + ", ".join("%s(%s)" % kv for kv in sorted(bad.items())))
    if problems:
        print("CHECK FAILED")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
