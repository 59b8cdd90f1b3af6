#!/usr/bin/env python3
"""Measure the seed pages (or, given paths, any pages) the layouts of compose.py are drawn from (reads /work/shared/seeds only).

Prints, per seed: the layout it uses, its blank-line pattern, and for the column layout the
widths of body lines in em (CJK 1, compressed full-width punctuation 0.5, ASCII 0.5) split into
plain and spread (justified) lines, with the slack a spread line leaves against the width of
its neighbours.
"""
from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from pathlib import Path

SEEDS = Path("/work/shared/seeds")
FW = set("，、。；：？！“”‘’（）《》「」")
SPREAD = re.compile(r"[\u4e00-\u9fff，、。；：“”（）《》] [\u4e00-\u9fff] [\u4e00-\u9fff]")


def em(s: str) -> float:
    w = 0.0
    for ch in s.replace(" ", ""):
        w += 0.5 if ch in FW or ord(ch) < 128 else 1.0
    return w


def main():
    paths = [Path(a) for a in sys.argv[1:]] or sorted(SEEDS.glob("*.txt"))
    for p in paths:
        text = p.read_text(encoding="utf-8")
        lines = text.split("\n")
        gaps, run = Counter(), 0
        for ln in lines:
            if ln.strip():
                gaps[run] += 1
                run = 0
            else:
                run += 1
        body = [ln.strip() for ln in lines if ln.strip()]
        long_lines = sum(len(ln) > 60 for ln in body)
        layout = "paragraph" if long_lines > len(body) / 4 else "column"
        print(f"{p.name}: {layout}, {len(body)} text lines, blank lines before a text line: "
              + ", ".join(f"{k}x{v}" for k, v in sorted(gaps.items())))
        if layout != "column":
            continue
        plain = [em(b) for b in body if not SPREAD.search(b) and 8 <= len(b) <= 30]
        spread = [b for b in body if SPREAD.search(b)]
        widths = Counter(round(w) for w in plain)
        print("   plain line widths (em, rounded):",
              ", ".join(f"{k}:{v}" for k, v in sorted(widths.items()) if v >= 5))
        slack = []
        for k, b in enumerate(body):
            if b in spread and 0 < k < len(body) - 1:
                nb = max(em(body[k - 1]), em(body[k + 1]))
                slack.append(nb - em(b))
        if slack:
            print(f"   spread lines: {len(spread)}; slack against the wider neighbour: "
                  f"median {statistics.median(slack):.1f} em, min {min(slack):.1f} em")


if __name__ == "__main__":
    main()
