#!/usr/bin/env python3
"""Export the gold as if it were a segmenter's output, score it, list unaccounted raw lines,
and check that no story copies a run of 10+ characters from a seed page.

    python3 check.py
"""
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The composer's own text rules (squash, the scorer's coverage), read once.
_spec = importlib.util.spec_from_file_location("dev_i_compose", HERE / "compose.py")
_compose = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_compose)
covered, squash, strings_in = _compose.covered, _compose.squash, _compose.strings_in

SCORE = HERE.parent / "gold" / "score.py"  # the scorer, as the tests keep it
SEEDS = HERE.parents[1] / "seeds"
# formula furniture of the paper every page prints; not story text
FORMULA = ["湖南日报全媒体评论员", "湖南日报全媒体记者", "以上图片均由湖南日报全媒体记者"]


def export():
    """The gold, exported as a segmenter's output would be."""
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update(a)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": sources}


def main():
    gold_export = export()
    bad_lines = 0
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        src = {"extras": list(g["extras"]) + list(g["duplicates"])}
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        hay = "\u0000".join(squash(s) for s in strings_in(g["articles"]) + src["extras"])
        for ln in raw.splitlines():
            s = squash(ln)
            if covered(s, hay) < len(s):
                bad_lines += 1
                print(f"UNACCOUNTED {g['source']}: {ln[:80]!r}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.json"
        path.write_text(json.dumps(gold_export, ensure_ascii=False, indent=1), encoding="utf-8")
        r = subprocess.run([sys.executable, str(SCORE), str(path), str(HERE / "gold"),
                            "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    print(r.stderr, end="", file=sys.stderr)
    # no run of 10+ characters copied from a seed page
    grams = set()
    for f in SEEDS.glob("*.txt"):
        s = squash(f.read_text(encoding="utf-8"))
        grams.update(s[i:i + 10] for i in range(len(s) - 9))
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    copied = 0
    for iss in stories["issues"]:
        for p in iss["pages"]:
            for st in p["stories"]:
                # datelines and bylines are the paper's formulas with its reporters' names
                for t in strings_in({k: v for k, v in st.items()
                                     if k not in ("kind", "dateline", "byline")}):
                    s = squash(t)
                    for f in FORMULA:
                        s = s.replace(squash(f), "\u0000")
                    hits = {s[i:i + 10] for i in range(len(s) - 9)} & grams
                    if hits:
                        copied += 1
                        print(f"SEED RUN {iss['issue_date']} p{p['page']}: {sorted(hits)!r}")
    print(f"unaccounted_lines {bad_lines}")
    print(f"seed_copies      {copied}")
    return 1 if bad_lines or copied else 0


if __name__ == "__main__":
    sys.exit(main())
