#!/usr/bin/env python3
"""Check that the gold of this set is exact: export it as if it were a segmenter's output
and score it against itself with the shared scorer, raw pages included (coverage).

    python3 check.py [--scorer PATH]

Every figure must be 1.000 (coverage too) and cjk_space_left 0. Exits non-zero otherwise.
Before scoring it also lists, line by line, any raw text the gold does not account for,
using the scorer's own notion of "covered".
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent / "gold" / "score.py"  # the scorer, as the tool ships it
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued", "subheads", "paragraphs")


def export(gold_dir: Path) -> dict:
    """The gold as an export: articles with source and issue_date, and every page's extras
    and duplicates in its sources entry (text of the page that is in no article)."""
    arts, srcs = [], []
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in FIELDS})
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": srcs}


def uncovered_lines(scorer: Path, exp: dict, pages: Path) -> list[tuple[str, str, int, int]]:
    spec = importlib.util.spec_from_file_location("score", scorer)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    by_src: dict[str, list] = {}
    for a in exp["articles"]:
        by_src.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in exp["sources"]}
    bad = []
    for pf in sorted(pages.glob("*.txt")):
        strings = sc.strings_in(by_src.get(pf.name, [])) + sc.strings_in(meta.get(pf.name, {}))
        hay = "\u0000".join(sc.squash(s) for s in strings)
        for line in pf.read_text(encoding="utf-8").splitlines():
            s = sc.squash(line)
            got = sc.covered(s, hay)
            if got < len(s):
                bad.append((pf.name, line, got, len(s)))
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    a = ap.parse_args()
    exp = export(HERE / "gold")
    bad = uncovered_lines(a.scorer, exp, HERE / "pages")
    for name, line, got, n in bad:
        print(f"NOT COVERED {name}: {got}/{n} {line!r}")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False)
        path = f.name
    r = subprocess.run([sys.executable, str(a.scorer), path, str(HERE / "gold"), "--pages", str(HERE / "pages"),
                        "-v", "--json"], capture_output=True, text=True)
    Path(path).unlink()
    out = r.stdout
    print(out, end="")
    figs = json.loads(out[out.index("{"):out.rindex("}") + 1])
    ok = not bad and figs["cjk_space_left"] == 0 and all(
        v == 1.0 for k, v in figs.items() if isinstance(v, float))
    print("check:", "OK, every figure 1.000" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
