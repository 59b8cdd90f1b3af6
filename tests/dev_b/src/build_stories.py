#!/usr/bin/env python3
"""Turn the hand-written story sources (src/NN_<date>.txt) into ../stories.json.

Source format, one issue per file:

    @issue 2021-04-16 pages=12          issue date; pages printed in the masthead
    @page 01 lines 要闻 front            page number, layout (lines|columns), section, flags
    === 01 news                          a story: its page and kind
    kicker: …  title: …  subtitle: …     headline stack (extra: a short "某某出席" line)
    column: …  byline: …  dateline: …    column label, byline, dateline as printed
    endline: …                           a byline printed after the body (… 报道)
    credit: …                            a photo credit (the photo's byline)
    jump: 02                             the story jumps to page 02 of the same issue at "|"
    flags: …                             layout hints for the composer (space separated)
    ---
    one paragraph a line; "## text" is a crosshead (小标题)

Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "extra", "byline", "dateline",
          "endline", "credit", "jump", "flags", "pos")


def parse(path: Path):
    issue = None
    pages, stories = [], []
    cur = None
    in_body = False
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("@issue"):
            parts = line.split()
            issue = {"date": parts[1], "pages": None}
            for p in parts[2:]:
                k, v = p.split("=", 1)
                if k == "countdown":
                    issue.setdefault("countdowns", []).extend(v.split("|"))
                else:
                    issue[k] = int(v) if v.isdigit() else v
            continue
        if line.startswith("@page"):
            parts = line.split()
            pages.append({"issue": issue["date"], "no": parts[1], "layout": parts[2],
                          "section": parts[3], "front": "front" in parts[4:]})
            continue
        if line.startswith("==="):
            _, pg, kind = line.split()
            cur = {"issue": issue["date"], "page": pg, "kind": kind,
                   **{f: "" for f in FIELDS}, "body": []}
            stories.append(cur)
            in_body = False
            continue
        if line.strip() == "---":
            in_body = True
            continue
        if not in_body:
            m = re.match(r"^(\w+):\s?(.*)$", line)
            if not m or m.group(1) not in FIELDS:
                sys.exit(f"{path.name}:{ln}: bad header line {line!r}")
            cur[m.group(1)] = m.group(2).strip()
        else:
            cur["body"].append(line.strip())
    return issue, pages, stories


def finish(story: dict, idx: int) -> dict:
    paras, subheads = [], []
    cut = None
    for b in story.pop("body"):
        if b.startswith("## "):
            subheads.append(b[3:].strip())
            paras.append(b[3:].strip())
            continue
        if "|" in b:
            if cut is not None or not story["jump"]:
                sys.exit(f"unexpected cut in {story['issue']} p{story['page']}: {b[:30]}")
            cut = [len(paras), b.index("|")]
            b = b.replace("|", "")
        paras.append(b)
    if story["jump"] and cut is None:
        sys.exit(f"jump without cut: {story['issue']} p{story['page']} {story['title']}")
    story["paragraphs"] = paras
    story["subheads"] = subheads
    story["cut"] = cut
    story["flags"] = story["flags"].split()
    story["id"] = f"{story['issue']}/{story['page']}/{idx:02d}"
    return story


def main():
    issues, pages, stories = [], [], []
    for f in sorted(HERE.glob("[0-9][0-9]_*.txt")):
        iss, pg, st = parse(f)
        issues.append(iss)
        pages.extend(pg)
        stories.extend(finish(s, i) for i, s in enumerate(st))
    keys = {(p["issue"], p["no"]) for p in pages}
    for s in stories:
        if (s["issue"], s["page"]) not in keys:
            sys.exit(f"story on unknown page: {s['id']}")
    out = {"issues": issues, "pages": pages, "stories": stories}
    (HERE.parent / "stories.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(issues)} issues, {len(pages)} pages, {len(stories)} stories")


if __name__ == "__main__":
    main()
