#!/usr/bin/env python3
"""Self-check of the dev_j set: export the set's own gold in the export contract
(FORMAT.md) and score it with the scorer as the tests keep it (tests/gold/score.py);
every figure must be 1.0.

    python3 check.py
"""

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = str(HERE.parent / "gold" / "score.py")
# The composer's own field list, read once (under a name of this set's own).
_spec = importlib.util.spec_from_file_location("dev_j_compose", HERE / "compose.py")
_compose = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_compose)
FIELDS = _compose.GOLD_FIELDS


def export():
    """The JSON export dict (articles + sources) built from this set's gold."""
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"]}
            e.update({k: a[k] for k in FIELDS})
            e["title_derived"] = False
            arts.append(e)
        sources.append(
            {
                "source": g["source"],
                "issue_date": g["issue_date"],
                "extras": list(g["extras"]) + list(g["duplicates"]),
            }
        )
    return {"articles": arts, "sources": sources}


def main():
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "export.json"
        p.write_text(json.dumps(export(), ensure_ascii=False), encoding="utf-8")
        r = subprocess.run(
            [
                sys.executable,
                SCORER,
                str(p),
                str(HERE / "gold"),
                "--pages",
                str(HERE / "pages"),
                "--json",
            ],
            capture_output=True,
            text=True,
        )
    print(r.stdout, end="")
    if r.returncode:
        print(r.stderr, file=sys.stderr)
        sys.exit(r.returncode)
    out = r.stdout
    figs = json.loads(out[: out.rindex("}") + 1])
    bad = {
        k: figs[k]
        for k in ("seg_f1", "headline_acc", "byline_acc", "dateline_acc", "coverage")
        if figs[k] != 1.0
    }
    assert not bad, f"figures below 1.0: {bad}"
    assert figs["cjk_space_left"] == 0, figs["cjk_space_left"]
    print("check passed: seg_f1, headline_acc, byline_acc, dateline_acc, coverage all 1.0")


if __name__ == "__main__":
    main()
