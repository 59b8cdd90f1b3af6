#!/usr/bin/env python3
"""Turn the hand-written story sources src/*.txt into ../stories.json.

Source format: '=== <issue date> <page> <col|para>' opens a printed page,
'--- <kind>' opens a story; then prefixed lines L| column, K| kicker, T| title,
S| subtitle, A| 'X出席' line, B| byline, D| dateline, C| jump marker, H| crosshead
(also a paragraph); any other non-empty line is a paragraph.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"L": "column", "K": "kicker", "T": "title", "S": "subtitle", "A": "attend",
        "B": "byline", "D": "dateline", "C": "continued"}


def main():
    issues = {}
    page = story = None
    for f in sorted(HERE.glob("*.txt")):
        for ln in f.read_text(encoding="utf-8").splitlines():
            ln = ln.strip()
            if not ln or ln.startswith("#"):
                continue
            if ln.startswith("==="):
                date, pno, layout = ln[3:].split()
                ps = issues.setdefault(date, [])
                old = [x for x in ps if x["page"] == int(pno)]
                if old:
                    page = old[0]
                else:
                    page = {"page": int(pno), "layout": layout, "stories": []}
                    ps.append(page)
                continue
            if ln.startswith("---"):
                story = {"kind": ln[3:].strip(), "column": "", "kicker": "", "title": "",
                         "subtitle": "", "attend": "", "byline": "", "dateline": "",
                         "continued": "", "subheads": [], "paragraphs": []}
                page["stories"].append(story)
                continue
            if len(ln) > 2 and ln[1] == "|" and ln[0] in KEYS:
                story[KEYS[ln[0]]] = ln[2:].strip()
            elif ln.startswith("H|"):
                story["subheads"].append(ln[2:].strip())
                story["paragraphs"].append(ln[2:].strip())
            else:
                story["paragraphs"].append(ln.replace(" ", ""))
    out = {"issues": [{"issue_date": d, "pages": ps} for d, ps in sorted(issues.items())]}
    (HERE.parent / "stories.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    n = sum(len(p["stories"]) for ps in issues.values() for p in ps)
    print(f"{len(issues)} issues, {sum(len(ps) for ps in issues.values())} pages, {n} stories")


if __name__ == "__main__":
    sys.exit(main())
