#!/usr/bin/env python3
"""Print the segment numbers of a source page's articles (a writing aid for programs)."""
import sys
from compose import Page, SRC
if sys.argv[1] == "-l":
    for name in sys.argv[2:]:
        pg = Page(SRC / name)
        pg.run()
        for o, (sep, line) in zip(pg.owners, pg.out):
            print(f"{o:>4} {line.strip()[:34]}")
    sys.exit()
for name in sys.argv[1:]:
    pg = Page(SRC / name)
    for aid in pg.order:
        a = pg.arts[aid]
        print(f"== {aid} {a.kind} {a.title[:20]}")
        for k, (pi, text, sub) in enumerate(a.segs):
            print(f"  {k:2d} p{pi:<2d}{'#' if sub else ' '} {text[:24]}…{text[-10:]}")
