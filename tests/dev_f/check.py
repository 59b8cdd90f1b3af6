#!/usr/bin/env python3
"""Check dev_f: export the gold as if it were a segmenter's output, score it with the shared
scorer tests/gold/score.py (every figure must be 1.000, coverage included), and list every
raw line whose text the gold does not account for. Also checks that no story copies a
10-character run of a seed page (the repo's seeds/) and that no gold text is missing from
its raw page.

    python3 check.py            (run from anywhere; paths are relative to this file)
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
SEEDS = Path(__file__).resolve().parents[2] / "seeds"  # the repo's seed pages
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def strings_in(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


def covered(s: str, hay: str) -> int:
    """Same rule as the scorer: pieces of four characters on (or a whole short tail)."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def export(golds: list[dict]) -> dict:
    arts, srcs = [], []
    for g in golds:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update({k: a[k] for k in ("kind",) + FIELDS + ("subheads", "paragraphs")})
            arts.append(e)
        srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                     "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": srcs}


def main() -> int:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))]
    ex = export(golds)
    problems = 0
    # 1. raw lines the gold does not account for
    by_src = {}
    for a in ex["articles"]:
        by_src.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in ex["sources"]}
    uncovered = []
    for g in golds:
        name = g["source"]
        hay = "\u0000".join(squash(s) for s in strings_in(by_src.get(name, [])) + strings_in(meta[name]))
        raw = (HERE / "pages" / name).read_text(encoding="utf-8")
        for no, line in enumerate(raw.splitlines(), 1):
            s = squash(line)
            if s and covered(s, hay) < len(s):
                uncovered.append(f"{name}:{no}: {line!r}")
        # the reverse: every gold string must be printed on the page
        rawhay = "".join(squash(x) for x in raw.splitlines())
        for a in g["articles"]:
            for f in FIELDS:
                v = squash(a[f])
                if v and covered(v, rawhay) < len(v) and f != "continued":
                    uncovered.append(f"{name}: gold {f} not printed: {a[f]!r}")
            for p in a["paragraphs"]:
                v = squash(p)
                if v and covered(v, rawhay) < len(v):
                    uncovered.append(f"{name}: gold paragraph not printed: {p[:30]!r}")
        for p in g["duplicates"]:
            if rawhay.count(squash(p)[:12]) < 2 and squash(p) * 2 not in rawhay:
                uncovered.append(f"{name}: duplicate not printed twice: {p[:30]!r}")
    print(f"raw lines / gold strings not accounted for: {len(uncovered)}")
    for u in uncovered:
        print("   ", u)
    problems += len(uncovered)
    # 2. no 10-character run copied from a seed page
    seed = "".join(squash(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
    grams = {seed[i:i + 10] for i in range(len(seed) - 9)}
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    copies = []
    for iss in stories["issues"]:
        for pg in iss["pages"]:
            for st in pg["stories"]:
                for v in [st[f] for f in FIELDS] + st["paragraphs"]:
                    t = squash(v)
                    copies += [t[i:i + 10] for i in range(len(t) - 9) if t[i:i + 10] in grams]
    print(f"10-character runs shared with the seeds: {len(copies)}")
    for c in copies[:20]:
        print("   ", c)
    problems += len(copies)
    # 3. the scorer
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(ex, fh, ensure_ascii=False)
        path = fh.name
    r = subprocess.run([sys.executable, str(SCORER), path, str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
    print(r.stdout, end="")
    if r.stderr:
        print(r.stderr, end="")
    bad = []
    for line in r.stdout.splitlines():
        m = re.match(r"^(\w+)\s+([0-9.]+)$", line.strip())
        if m and "." in m.group(2) and m.group(1) not in ("articles_gold", "articles_pred"):
            if abs(float(m.group(2)) - 1.0) > 1e-9:
                bad.append(line.strip())
        if line.startswith("cjk_space_left") and line.split()[-1] != "0":
            bad.append(line.strip())
    if bad:
        print("NOT CLEAN:", bad)
    problems += len(bad) + (r.returncode != 0)
    print("CLEAN" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
