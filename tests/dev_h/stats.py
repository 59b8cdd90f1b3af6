#!/usr/bin/env python3
"""Counts for the README: pages by layout, articles by kind, characters a page, phenomena."""
import json, re, unicodedata
from collections import Counter
from pathlib import Path
HERE = Path(__file__).resolve().parent

def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))

def main():
    phen = json.loads((HERE / "phenomena.json").read_text(encoding="utf-8"))
    kinds, layouts, tags, ptags = Counter(), Counter(), Counter(), Counter()
    rows = []
    for name, p in phen.items():
        raw = (HERE / "pages" / name).read_text(encoding="utf-8")
        g = json.loads((HERE / "gold" / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
        layouts[p["layout"]] += 1
        for a in g["articles"]:
            kinds[a["kind"]] += 1
        for a in p["articles"]:
            for t in a["phenomena"]:
                tags[t] += 1
        for t in p["page_phenomena"]:
            ptags[t] += 1
        rows.append((name, p["date"], p["page"], p["layout"], p["punct"], len(g["articles"]), len(squash(raw))))
    for r in rows:
        print("%s %s p%-2d %-6s %-5s %2d articles %5d chars" % r)
    print("pages by layout:", dict(layouts))
    print("articles by kind:", dict(kinds), "total", sum(kinds.values()))
    cs = [r[-1] for r in rows]
    print("chars a page: min %d max %d mean %d" % (min(cs), max(cs), sum(cs) / len(cs)))
    print("article phenomena:", dict(sorted(tags.items())))
    print("page phenomena:", dict(sorted(ptags.items())))

if __name__ == "__main__":
    main()
