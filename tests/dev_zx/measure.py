#!/usr/bin/env python3
"""Measure how the five seed pages are printed: line widths in em, justified
(space-spread) lines, blank-line patterns, headline placement.  compose.py puts
the table this prints into README.md; the column widths used in src/ (width:)
are taken from it.  Standard library only."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

SEEDS = Path("/work/shared/seeds")


def em(line: str) -> float:
    w = 0.0
    for ch in line:
        if ch == " ":
            continue
        w += 1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5
    return w


def spread(line: str) -> bool:
    s = line.strip()
    return len(s) >= 6 and s.count(" ") >= max(3, len(s.replace(" ", "")) // 3)


def measure() -> list[str]:
    rows = ["| seed | layout | lines | blank-line seps (1 / 2+) | modal widths, em (count) | spread lines | lines ≥ 30 em |",
            "|---|---|---:|---|---|---:|---:|"]
    for p in sorted(SEEDS.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        layout = "paragraph" if t.startswith("\n\n") else "column"
        lines = [l for l in t.split("\n") if l.strip()]
        seps = Counter(len(m) for m in re.findall(r"\n+", t.strip("\n")))
        w = Counter(round(em(l) * 2) / 2 for l in lines if em(l) < 30)
        modal = ", ".join(f"{k:g} ({v})" for k, v in w.most_common(6))
        rows.append(f"| {p.name[:3]} | {layout} | {len(lines)} | {seps.get(1, 0)} / "
                    f"{sum(v for k, v in seps.items() if k >= 2)} | {modal} | "
                    f"{sum(spread(l) for l in lines)} | {sum(em(l) >= 30 for l in lines)} |")
    return rows


if __name__ == "__main__":
    print("\n".join(measure()))
