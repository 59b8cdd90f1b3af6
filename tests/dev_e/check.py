#!/usr/bin/env python3
"""Check the gold of set E against itself with the shared scorer.

Exports gold/*.json as if it were a segmenter's output (`articles` with `source` and
`issue_date` on each, `sources` with the page's extras and duplicates), runs
tests/gold/score.py on it with the raw pages, and checks what the set promises:
every figure 1.000, coverage 1.000, no CJK spaces left, every page >= 4,500 characters
and 7-12 articles. Exit status 0 when all hold.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "gold" / "score.py"  # the scorer, as the tool ships it


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def export() -> dict:
    out = {"articles": [], "sources": []}
    for f in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        for a in g["articles"]:
            b = dict(a)
            b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
            out["articles"].append(b)
        out["sources"].append({"source": g["source"], "issue_date": g["issue_date"],
                               "extras": g["extras"] + g["duplicates"]})
    return out


def seed_overlap() -> list[str]:
    """Lines of our pages sharing a run of 10+ characters with a seed page."""
    grams = set()
    for f in (Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"):
        for line in f.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            grams.update(s[i:i + 10] for i in range(len(s) - 9))
    bad = []
    for f in sorted((HERE / "pages").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            s = squash(line)
            if any(s[i:i + 10] in grams for i in range(len(s) - 9)):
                bad.append(f"{f.name}: {line[:40]}")
    return bad


def reuse_problems() -> list[str]:
    """A story may stand on two pages only if their layouts differ (a jump's head and
    its continuation are one story cut in two and are not counted as reuse)."""
    sys.path.insert(0, str(HERE))
    from plan import PAGES  # noqa: E402
    seen: dict[str, list[tuple[str, str]]] = {}
    for page in PAGES:
        for item in page["items"]:
            if "<" in item:
                continue
            seen.setdefault(item[:3], []).append((page["name"], page["layout"]))
    bad = []
    for sid, uses in seen.items():
        layouts = [l for _, l in uses]
        if len(uses) > 2 or len(set(layouts)) != len(layouts):
            bad.append(f"{sid}: {uses}")
    return bad


def main() -> int:
    ok = True
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(export(), fh, ensure_ascii=False)
        path = fh.name
    res = subprocess.run([sys.executable, str(SCORER), path, str(HERE / "gold"),
                          "--pages", str(HERE / "pages"), "--json"],
                         capture_output=True, text=True)
    print(res.stdout.strip())
    figures = json.loads(res.stdout[:res.stdout.rindex("}") + 1])
    for k, v in figures.items():
        if isinstance(v, float) and k.endswith(("f1", "acc", "ok", "precision", "recall",
                                                "coverage")) and abs(v - 1.0) > 1e-12:
            print(f"FAIL {k} = {v!r}")
            ok = False
    if figures["cjk_space_left"]:
        print("FAIL cjk spaces left")
        ok = False
    for f in sorted((HERE / "pages").glob("*.txt")):
        g = json.loads((HERE / "gold" / (f.stem + ".json")).read_text(encoding="utf-8"))
        n = len(squash(f.read_text(encoding="utf-8")))
        k = len(g["articles"])
        flag = "" if n >= 4500 and 7 <= k <= 12 else "   <-- FAIL"
        ok &= not flag
        print(f"{f.name}  {n:5d} chars  {k:2d} articles{flag}")
    sys.path.insert(0, str(HERE))
    from plan import PAGES  # noqa: E402
    n_pages, n_gold = len(list((HERE / "pages").glob("*.txt"))), len(list((HERE / "gold").glob("*.json")))
    if not n_pages == n_gold == len(PAGES):
        print(f"FAIL {n_pages} pages, {n_gold} gold files, {len(PAGES)} pages planned")
        ok = False
    for label, bad in (("seed text (10+ characters) on a page", seed_overlap()),
                       ("story reused against the rules", reuse_problems())):
        print(f"{label}: {len(bad)}")
        for b in bad[:10]:
            print("   ", b)
        ok &= not bad
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
