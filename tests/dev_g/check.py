#!/usr/bin/env python3
"""Check the set: export the gold as a segmenter's output and score it.

    python3 check.py

1. Writes export.json (in a temporary folder) from gold/*.json as
   `hnreader export --format json` would (FORMAT.md's export contract: each article
   with source, issue_date, title_derived false; each source with issue_date and
   extras = the page's extras plus its duplicates) and runs tests/gold/score.py on it
   with --pages pages.
   Every figure must be 1.000 (cjk_space_left 0).
2. Lists every raw line whose text the gold does not account for (the scorer's
   coverage test, line by line).
3. Lists gold text that the raw page does not hold (the reverse check).
4. Lists every run of 10 or more characters that a story shares with a seed page
   (the repo's seeds/).
Exits non-zero when anything is off.  Standard library only.
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
SCORE = HERE.parent / "gold" / "score.py"  # the scorer, as the tool ships it
SEEDS = Path(__file__).resolve().parents[2] / "seeds"  # the repo's seed pages
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def covered(s: str, hay: str) -> int:
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


def export() -> dict:
    arts, sources = [], []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        for a in g["articles"]:
            e = {"source": g["source"], "issue_date": g["issue_date"], "title_derived": False}
            for k in ("kind",) + FIELDS:
                e[k] = a[k]
            e["subheads"] = a["subheads"]
            e["paragraphs"] = a["paragraphs"]
            arts.append(e)
        sources.append({"source": g["source"], "issue_date": g["issue_date"],
                        "extras": g["extras"] + g["duplicates"]})
    return {"articles": arts, "sources": sources}


def uncovered_lines(exp: dict) -> list[str]:
    by_src: dict[str, list[str]] = {}
    for a in exp["articles"]:
        by_src.setdefault(a["source"], []).extend(
            [a.get(f) or "" for f in FIELDS] + list(a["paragraphs"]))
    for s in exp["sources"]:
        by_src.setdefault(s["source"], []).extend(s["extras"])
    bad = []
    for page in sorted((HERE / "pages").glob("*.txt")):
        hay = "\u0000".join(squash(x) for x in by_src.get(page.name, []))
        for no, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            s = squash(line)
            if s and covered(s, hay) < len(s):
                bad.append(f"{page.name}:{no}: {line.strip()[:60]}")
    return bad


def held(s: str, hay: str) -> int:
    """Like covered(), but a piece shorter than 4 characters also counts when it stands
    at the start or the end of a raw line (a headline's last word alone on a line)."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        piece = s[i:i + lo]
        if lo and (lo >= min(4, len(s) - i) or "\u0000" + piece in hay or piece + "\u0000" in hay):
            got += lo
            i += lo
        else:
            i += 1
    return got


def gold_not_printed() -> list[str]:
    """Gold text that the raw page does not hold (the reverse of coverage)."""
    bad = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        raw = (HERE / "pages" / g["source"]).read_text(encoding="utf-8")
        hay = "\u0000" + "\u0000".join(squash(x) for x in raw.splitlines()) + "\u0000"
        strings = [x for a in g["articles"] for x in [a.get(f) or "" for f in FIELDS]
                   + list(a["paragraphs"]) + list(a["subheads"])] + g["extras"] + g["duplicates"]
        for x in strings:
            s = squash(x)
            if s and held(s, hay) < len(s):
                bad.append(f"{g['source']}: {x[:50]}")
    return bad


def seed_overlaps(n: int = 10) -> list[str]:
    seeds = [squash(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    grams = set()
    for s in seeds:
        for i in range(len(s) - n + 1):
            grams.add(s[i:i + n])
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    hits = []
    for issue in data["issues"]:
        for page in issue["pages"]:
            for st in page["stories"]:
                for f in FIELDS + ("paragraphs",):
                    vals = st[f] if f == "paragraphs" else [st[f]]
                    for v in vals:
                        s = squash(v)
                        for i in range(len(s) - n + 1):
                            if s[i:i + n] in grams:
                                hits.append(f"{st['id']} {f}: …{s[max(0, i - 4):i + n + 4]}…")
                                break
    return hits


def main() -> int:
    exp = export()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.json"
        path.write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
        base = [sys.executable, str(SCORE), str(path), str(HERE / "gold"), "--pages", str(HERE / "pages")]
        shown = subprocess.run(base + ["-v"], capture_output=True, text=True)
        print(shown.stdout.rstrip() or shown.stderr)
        res = subprocess.run(base + ["--json"], capture_output=True, text=True)
    ok = res.returncode == 0 and shown.returncode == 0
    try:
        txt = res.stdout
        figs = json.loads(txt[txt.index("{"):txt.rindex("}") + 1])
    except ValueError:
        figs = {}
        ok = False
    for k, v in figs.items():
        if k in ("articles_gold", "articles_pred"):
            continue
        if k == "cjk_space_left":
            if v != 0:
                print(f"NOT 0: {k} = {v}")
                ok = False
        elif v is None or abs(v - 1.0) > 1e-12:
            print(f"NOT 1.000: {k} = {v}")
            ok = False
    bad = uncovered_lines(exp)
    print(f"raw lines the gold does not account for: {len(bad)}")
    for b in bad:
        print("   ", b)
    missing = gold_not_printed()
    print(f"gold text the raw page does not hold: {len(missing)}")
    for b in missing:
        print("   ", b)
    hits = seed_overlaps()
    print(f"runs of 10+ characters shared with a seed page: {len(hits)}")
    for h in hits:
        print("   ", h)
    ok &= not bad and not hits and not missing
    print("CLEAN" if ok else "NOT CLEAN")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
