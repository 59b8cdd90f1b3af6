#!/usr/bin/env python3
"""Turn the hand-written story sources (src/*.txt) into stories.json.

Source format (one file per issue):

    = ISSUE 2016-06-29 | 24121 | 16              date | issue number | page count
    == PAGE 1 | column | full | 要闻             page | layout | punctuation | section
    !masthead 2016年6月|29|星期三|...           page furniture (pieces split on |)
    !header  ...                                 header strip pieces
    !box     line|line                           a framed box (countdown ...)
    !fx      key,key                             page-level layout wishes
    -- news #id fx=a,b                           a story: kind, id, layout wishes
    @column / @kicker / @title / @subtitle / @attend / @byline / @dateline / @jump
    paragraph text ...                           one paragraph a line
    # crosshead                                  a subhead (also a paragraph)
    ‖                                            inside the last page-1 paragraph:
                                                 the rest continues on the jump page
    -- cont #id fx=...                           where the continuation of story #id
                                                 is printed (on its jump page)

Headline fields may carry "/" where the printed headline breaks its line; gold
values drop it. @attend is a short 某某出席 line: gold appends it to the subtitle.
Standard library only.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
             "continued", "subheads", "paragraphs")
CIRCLED = "①②③④⑤⑥"


def new_story(kind: str, sid: str, fx: list[str]) -> dict:
    s = {k: "" for k in GOLD_KEYS}
    s.update(kind=kind, subheads=[], paragraphs=[], id=sid, fx=fx, print={})
    return s


def parse(path: Path) -> dict:
    issue = None
    page = None
    story = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";;"):
            continue
        if line.startswith("= ISSUE"):
            parts = [p.strip() for p in line[len("= ISSUE"):].split("|")]
            issue = {"date": parts[0], "issue_number": parts[1] or None,
                     "page_count": int(parts[2]) if parts[2] else None, "pages": []}
            continue
        if line.startswith("== PAGE"):
            parts = [p.strip() for p in line[len("== PAGE"):].split("|")]
            page = {"page": int(parts[0]), "layout": parts[1], "punct": parts[2],
                    "section": parts[3] if len(parts) > 3 else "", "masthead": [],
                    "header": [], "boxes": [], "fx": [], "stories": []}
            issue["pages"].append(page)
            story = None
            continue
        if line.startswith("!"):
            key, _, val = line[1:].partition(" ")
            pieces = [p.strip() for p in val.split("|")]
            if key == "box":
                page["boxes"].append(pieces)
            elif key == "fx":
                page["fx"] = [p.strip() for p in val.split(",") if p.strip()]
            else:
                page[key] = pieces
            continue
        if line.startswith("-- "):
            m = re.match(r"-- (\w+)(?: #(\w+))?(?: fx=(\S+))?$", line)
            if not m:
                raise SystemExit(f"{path}: bad story line {line!r}")
            fx = [f for f in (m.group(3) or "").split(",") if f]
            story = new_story(m.group(1), m.group(2) or "", fx)
            page["stories"].append(story)
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            val = val.strip()
            if key in ("kicker", "title", "subtitle", "attend", "column", "byline"):
                if "/" in val:
                    story["print"][key + "_lines"] = val.split("/")
                    val = val.replace("/", "")
                story[key] = val
            elif key == "dateline":
                story["dateline"] = val
            elif key == "jump":
                story["jump"] = val.split()
            else:
                story.setdefault("extra", {})[key] = val
            continue
        if line.startswith("# "):
            text = line[2:].strip()
            story["subheads"].append(text)
            story["paragraphs"].append(text)
            continue
        story["paragraphs"].append(line)
    return issue


def finish(issues: list[dict]) -> None:
    """Attach @attend to subtitles and split jumping stories into two gold stories."""
    pages = {(i["date"], p["page"]): p for i in issues for p in i["pages"]}
    for issue in issues:
        for page in issue["pages"]:
            for s in page["stories"]:
                if s.get("attend"):
                    s["print"]["attend"] = s["attend"]
                    s["print"]["subtitle_own"] = s["subtitle"]
                    s["subtitle"] = (s["subtitle"] + " " + s["attend"]).strip()
                s.pop("attend", None)
    for issue in issues:
        for page in issue["pages"]:
            for s in page["stories"]:
                if s["kind"] == "cont":
                    continue
                if not s.get("jump"):
                    continue
                to_page, mark = int(s["jump"][0]), (s["jump"][1] if len(s["jump"]) > 1 else "")
                word = s["jump"][2] if len(s["jump"]) > 2 else "上接"
                paras = s["paragraphs"]
                k = next(i for i, p in enumerate(paras) if "‖" in p)
                head, tail = paras[k].split("‖")
                rest = ([tail] if tail else []) + paras[k + 1:]
                s["paragraphs"] = paras[:k] + ([head] if head else [])
                moved_subheads = [h for h in s["subheads"] if h in rest]
                s["subheads"] = [h for h in s["subheads"] if h not in moved_subheads]
                s["continued"] = f"下转{to_page}版"
                s["print"]["jump_out"] = {"page": to_page, "mark": mark}
                target = pages.get((issue["date"], to_page))
                cont = None
                if target:
                    for t in target["stories"]:
                        if t["kind"] == "cont" and t["id"] == s["id"]:
                            cont = t
                if cont is None:
                    s["print"]["jump_target_absent"] = True
                    continue
                cont["kind"] = "continuation"
                cont["continued"] = f"{word}1版{mark}"
                cont["paragraphs"] = rest
                cont["subheads"] = moved_subheads
                cont["print"]["mid_sentence"] = bool(tail)
                cont["id"] = s["id"] + "_c"
                s.pop("jump", None)
            for s in page["stories"]:
                s.pop("jump", None)
    for issue in issues:
        for page in issue["pages"]:
            for s in page["stories"]:
                if s["kind"] == "cont":
                    raise SystemExit(f"continuation without source story: {s['id']}")


def main() -> int:
    files = sorted((HERE / "src").glob("*.txt"))
    issues = [parse(f) for f in files]
    finish(issues)
    out = {"set": "dev_h", "note": "gold keys per story plus layout hints (id, fx, print)",
           "issues": issues}
    (HERE / "stories.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    n = sum(len(p["stories"]) for i in issues for p in i["pages"])
    print(f"{len(files)} issues, {sum(len(i['pages']) for i in issues)} pages, {n} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
