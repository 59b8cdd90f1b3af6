#!/usr/bin/env python3
"""Report every run of 10+ characters (whitespace-free, NFKC) shared by stories.json and a seed page."""
import json, re, sys, unicodedata
from pathlib import Path
SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ALLOWED = {"湖南日报全媒体评论员"}   # the byline formula itself, printed on every commentary page
def sq(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
seed = "\0".join(sq(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
grams = {seed[i:i+10] for i in range(len(seed)-9) if "\0" not in seed[i:i+10]}
data = json.loads((Path(__file__).resolve().parent.parent / "stories.json").read_text())
bad = 0
for s in data["stories"]:
    for f in ("column","kicker","title","subtitle","extra","byline","dateline","endline","credit"):
        pass
    texts = [s[f] for f in ("column","kicker","title","subtitle","extra","byline","dateline","endline","credit")] + s["paragraphs"]
    for t in texts:
        t = sq(t)
        hits = {t[i:i+10] for i in range(len(t)-9) if t[i:i+10] in grams}
        hits = {h for h in hits if h not in ALLOWED}
        if hits:
            bad += 1
            print(s["id"], sorted(hits)[:5])
print("overlaps:", bad)
sys.exit(1 if bad else 0)
