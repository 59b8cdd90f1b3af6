#!/usr/bin/env python3
"""Build the export-contract dict from the gold and score it with the shared
scorer; every figure must be perfect. This proves the gold is consistent with
the raw pages (all text covered, every article recoverable).

    python3 check.py
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = str(HERE.parent / "gold" / "score.py")


def build_export():
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        assert (HERE / "pages" / g["source"]).exists(), g["source"]
        assert gf.stem + ".txt" == g["source"]
        for a in g["articles"]:
            e = {k: a[k] for k in ("kind", "column", "kicker", "title", "subtitle",
                                   "byline", "dateline", "continued", "paragraphs")}
            e.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g.get("duplicates", [])})
    return {"articles": arts, "sources": sources}


def main():
    exp = build_export()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False)
        path = f.name
    r = subprocess.run([sys.executable, SCORER, path, str(HERE / "gold"), "--pages", str(HERE / "pages"),
                        "--json", "-v"], capture_output=True, text=True)
    print(r.stdout)
    if r.returncode:
        print(r.stderr)
    txt = r.stdout[r.stdout.index("{"):r.stdout.rindex("}") + 1]
    fig = json.loads(txt)
    bad = [k for k in ("seg_f1", "headline_acc", "byline_acc", "dateline_acc", "coverage", "kind_acc",
                       "paragraph_f1", "issue_date_acc", "untitled_ok")
           if fig.get(k) is not None and abs(fig[k] - 1.0) > 1e-12]
    if fig.get("cjk_space_left"):
        bad.append("cjk_space_left")
    for k in ("seg_f1", "headline_acc", "byline_acc", "dateline_acc", "coverage"):
        assert fig.get(k) == 1.0, (k, fig.get(k))
    assert not bad, bad
    print("check passed: %d pages, %d articles" % (len(exp["sources"]), len(exp["articles"])))


if __name__ == "__main__":
    main()
