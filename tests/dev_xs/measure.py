#!/usr/bin/env python3
"""Measure the column layout of the seeds: for each article of the two column-layout
seeds, the column width (in em: CJK 1, compressed punctuation 0.5, digits/latin 0.5)
whose line-filling by compose.Page.fill best reproduces the printed line breaks,
and how many printed lines are spread with spaces (justified)."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import compose

SEEDS = Path("/work/shared/seeds"); GOLD = Path("/work/shared/gold")
class P(compose.Page):
    def __init__(self):
        import random
        self.rng = random.Random(0); self.count = compose.Counter()
for stem in ("000_3ced2b817bf620dd", "004_091cf2adba3318e3"):
    raw = (SEEDS / (stem + ".txt")).read_text(encoding="utf-8")
    lines = {re.sub(r"\s", "", l) for l in raw.split("\n") if l.strip()}
    spread = sum(1 for l in raw.split("\n") if len(l.split(" ")) > 6 and
                 sum(len(t) <= 2 for t in l.split(" ")) / len(l.split(" ")) > .7)
    g = json.loads((GOLD / (stem + ".json")).read_text(encoding="utf-8"))
    print(f"{stem}: {spread} spread lines of {len(lines)}")
    for a in g["articles"]:
        if a["kind"] in ("photo",) or len(a["paragraphs"]) < 2:
            continue
        best = []
        for w10 in range(100, 260, 5):
            W = w10 / 10
            p = P(); hit = n = 0
            for para in a["paragraphs"][1:]:
                for ln, sp, _ in p.fill(para, W, []):
                    n += 1; hit += re.sub(r"\s", "", ln) in lines
            best.append((hit / n, W))
        best.sort(reverse=True)
        print(f"   {(a['title'] or a['byline'])[:16]:18} width {best[0][1]:4} em  lines reproduced {best[0][0]:.2f}")
