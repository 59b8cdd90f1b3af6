#!/usr/bin/env python3
"""Check the set: export the gold as a segmenter would, score it, and list what the
gold does not account for.

    python3 check.py

1. Writes export.json (in a temporary folder): every gold article with source,
   issue_date and title_derived=false; every page as a source with issue_date and
   extras = the page's extras plus its duplicates (FORMAT.md's export contract).
2. Runs tests/gold/score.py on it with --pages pages: every figure must be
   1.000 (cjk_space_left 0).
3. Lists every raw line whose text the gold does not account for (the scorer's own
   coverage walk, line by line), and every gold text the raw page does not print.
4. Checks that no story repeats a run of 10 or more characters of a seed page
   (the repo's seeds/).
Standard library only.
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


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
    """The scorer's coverage walk: pieces of s found in hay, from 4 characters on."""
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


def strings_in(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


def export(golds: list[dict]) -> dict:
    arts, sources = [], []
    for g in golds:
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            e.update(a)
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": list(g["extras"]) + list(g["duplicates"])})
    return {"articles": arts, "sources": sources}


def main() -> int:
    gold_dir, pages_dir = HERE / "gold", HERE / "pages"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    ex = export(golds)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "export.json"
        out.write_text(json.dumps(ex, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(out), str(gold_dir), "--pages",
                              str(pages_dir), "-v"], capture_output=True, text=True)
    print(res.stdout, end="")
    if res.stderr:
        print(res.stderr, end="")
    bad = 0
    for line in res.stdout.splitlines():
        m = re.match(r"(\w+)\s+([\d.]+)$", line.strip())
        if not m or m.group(1) in ("articles_gold", "articles_pred"):
            continue
        k, v = m.group(1), float(m.group(2))
        if (k == "cjk_space_left" and v != 0) or (k != "cjk_space_left" and abs(v - 1.0) > 1e-9):
            bad += 1
            print(f"!! {k} is {v}")

    # raw lines the gold does not account for, and gold the raw does not print
    unaccounted, unprinted = 0, 0
    by_src = {}
    for a in ex["articles"]:
        by_src.setdefault(a["source"], []).append(a)
    meta = {s["source"]: s for s in ex["sources"]}
    for g in golds:
        name = g["source"]
        raw = (pages_dir / name).read_text(encoding="utf-8")
        hay = "\u0000".join(squash(s) for s in strings_in(by_src.get(name, [])) + strings_in(meta[name]))
        for n, line in enumerate(raw.splitlines(), 1):
            s = squash(line)
            got = covered(s, hay)
            if got < len(s):
                unaccounted += 1
                print(f"unaccounted {name}:{n}: {line.strip()[:60]!r} ({len(s) - got} chars)")
        rawhay = squash(raw)
        for a in g["articles"]:
            for k, v in a.items():
                if k == "kind":
                    continue
                for t in (v if isinstance(v, list) else [v]):
                    if not isinstance(t, str):
                        continue
                    t2 = squash(t)
                    if covered(t2, rawhay) < len(t2):
                        unprinted += 1
                        print(f"unprinted {name}: {k}: {t[:50]!r}")
        for t in list(g["extras"]) + list(g["duplicates"]):
            t2 = squash(t)
            if covered(t2, rawhay) < len(t2):
                unprinted += 1
                print(f"unprinted {name}: extras/duplicates: {t[:50]!r}")
    print(f"raw lines not accounted for by the gold: {unaccounted}")
    print(f"gold texts not printed on their page: {unprinted}")

    # runs of 10+ characters shared with a seed page
    seed_text = [squash(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    grams = set()
    for t in seed_text:
        for i in range(len(t) - 9):
            grams.add(t[i:i + 10])
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    shared = 0
    for issue in stories["issues"]:
        for page in issue["pages"]:
            for s in page["stories"]:
                text = squash("".join([s[k] for k in ("column", "kicker", "title", "subtitle",
                                                      "byline", "dateline")] + s["paragraphs"]))
                for i in range(len(text) - 9):
                    if text[i:i + 10] in grams:
                        shared += 1
                        print(f"seed run in {issue['date']} p{page['page']} {s['id']}: {text[i:i + 10]}")
                        break
    print(f"stories sharing a 10-character run with a seed page: {shared}")
    ok = bad == 0 and unaccounted == 0 and unprinted == 0 and shared == 0
    print("CLEAN" if ok else "NOT CLEAN")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
