#!/usr/bin/env python3
"""Build stories.json from the hand-written page sources in src/*.txt.

A source file holds one printed page:

    @page date=2024-07-07 no=1 layout=para punct=mixed section=要闻
    @masthead number=27051 pages=8 lunar=甲辰年六月初二
    @header 2024年7月7日 星期日|要闻|责任编辑 …      (header strip pieces)
    @box 距……还有|5天                                 (a framed box, its lines)
    @pagefx dup doubled                               (page-level composer hints)

    === news                                          (a story: kind)
    kicker: …        ('|' marks where a headline may wrap; not part of the gold)
    title: …
    subtitle: …
    attend: 某某某出席  (printed on its own line; gold appends it to subtitle)
    byline: … / dateline: … / column: … / continued: …
    fx: photo_top byline_end …                        (composer hints, not gold)
    ---
    paragraph, one a line
    ## crosshead (goes to subheads and paragraphs)

Standard library only.  python3 tools/build_stories.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def parse(path: Path) -> dict:
    page: dict = {"header": [], "boxes": [], "pagefx": [], "masthead": None, "stories": []}
    story = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("@") and story is None:
            key, _, rest = line[1:].partition(" ")
            if key == "page":
                kv = dict(x.split("=", 1) for x in rest.split())
                page.update(date=kv["date"], page_no=int(kv["no"]), layout=kv["layout"],
                            punct=kv.get("punct", "full"), section=kv.get("section", ""))
            elif key == "masthead":
                page["masthead"] = dict(x.split("=", 1) for x in rest.split())
            elif key == "header":
                page["header"] = rest.split("|")
            elif key == "box":
                page["boxes"].append(rest.split("|"))
            elif key == "pagefx":
                page["pagefx"] = rest.split()
            else:
                raise SystemExit(f"{path}: unknown directive {line}")
            continue
        if line.startswith("=== "):
            story = {"kind": line[4:].strip(), "_print": {}, "fx": [], "paragraphs": [],
                     "subheads": []}
            for f in FIELDS:
                story[f] = ""
            page["stories"].append(story)
            in_body = False
            continue
        if story is None:
            raise SystemExit(f"{path}: text before first story: {line}")
        if not in_body:
            if line.strip() == "---":
                in_body = True
                continue
            key, sep, val = line.partition(":")
            if not sep:
                raise SystemExit(f"{path}: bad header line {line!r}")
            key, val = key.strip(), val.strip()
            if key == "fx":
                story["fx"] = val.split()
            elif key == "attend":
                story["_print"]["attend"] = val
            elif key in FIELDS:
                story[key] = val
            else:
                raise SystemExit(f"{path}: unknown field {key}")
            continue
        text = line.strip()
        if text.startswith("## "):
            text = text[3:].strip()
            story["subheads"].append(text)
        story["paragraphs"].append(text)
    return page


def finish(story: dict) -> dict:
    """Split print hints from gold values: '|' wrap marks, the 出席 line."""
    out = {"id": "", "kind": story["kind"]}
    prn = {}
    for f in FIELDS:
        v = story[f]
        if "|" in v:
            prn[f] = v
            v = v.replace("|", "")
        out[f] = v
    attend = story["_print"].get("attend", "")
    if attend:
        prn["subtitle"] = prn.get("subtitle", story["subtitle"])
        prn["attend"] = attend
        out["subtitle"] = (out["subtitle"] + " " + attend).strip()
    out["subheads"] = story["subheads"]
    out["paragraphs"] = story["paragraphs"]
    out["print"] = prn
    out["fx"] = story["fx"]
    return out


def main() -> int:
    issues: dict[str, list] = {}
    for path in sorted((HERE / "src").glob("*.txt")):
        page = parse(path)
        page["stories"] = [finish(s) for s in page["stories"]]
        pid = f"{page['date']}-p{page['page_no']:02d}"
        for i, s in enumerate(page["stories"], 1):
            s["id"] = f"{pid}-{i:02d}"
        entry = {"id": pid, "date": page["date"], "source_file": path.name}
        for k in ("page_no", "section", "layout", "punct", "masthead", "header", "boxes",
                  "pagefx", "stories"):
            entry[k] = page[k]
        issues.setdefault(page["date"], []).append(entry)
    out = {"set": "dev_g",
           "note": "Gold keys per story as in FORMAT.md; 'print' and 'fx' are composer hints "
                   "(wrap marks, the 出席 line, placement), not gold.",
           "issues": [{"date": d, "pages": sorted(p, key=lambda x: x["page_no"])}
                      for d, p in sorted(issues.items())]}
    (HERE / "stories.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    n = sum(len(p["stories"]) for i in out["issues"] for p in i["pages"])
    print(f"stories.json: {len(out['issues'])} issues, "
          f"{sum(len(i['pages']) for i in out['issues'])} pages, {n} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
