#!/usr/bin/env python3
"""Characters of story text per source page (quick guide while writing)."""
import re, sys
from pathlib import Path
for p in sorted(Path(__file__).resolve().parent.parent.joinpath("src").glob("*.txt")):
    n = 0; k = 0
    for line in p.read_text(encoding="utf-8").splitlines():
        if line.startswith(("@", "fx:", "---")) or not line.strip():
            continue
        if line.startswith("==="):
            k += 1; continue
        line = re.sub(r"^(kicker|title|subtitle|attend|byline|dateline|column|continued):", "", line)
        n += len(re.sub(r"\s", "", line))
    print(f"{p.name:28} {k:3} stories {n:6} chars")
