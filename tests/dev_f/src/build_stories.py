#!/usr/bin/env python3
"""Turn the authoring files src/YYYY-MM-DD.txt into ../stories.json.

Authoring format (one issue a file):
  @issue DATE            then `pages: N`
  @page N | SECTION      then optional `editor: …` and `box: line|line`
  #KIND                  starts a story (news, commentary, feature, photo, continuation, other)
  k: t: s: a: c: b: d: j: h:   kicker, title, subtitle, attend line (某某出席, appended to the
                         subtitle), column, byline, dateline, continued, layout hints
  §text                  a subhead (kept in subheads and in paragraphs)
  any other line         a paragraph
Lunar dates and issue numbers were looked up once and are kept here as data.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
META = {  # date: (weekday, lunar date, issue number)
    "2015-04-10": ("星期五", "乙未年二月廿二", "23675"),
    "2016-07-06": ("星期三", "丙申年六月初三", "24128"),
    "2017-04-26": ("星期三", "丁酉年四月初一", "24422"),
    "2018-09-14": ("星期五", "戊戌年八月初五", "24928"),
    "2019-06-20": ("星期四", "己亥年五月十八", "25207"),
}
KEYS = {"k": "kicker", "t": "title", "s": "subtitle", "a": "attend", "c": "column",
        "b": "byline", "d": "dateline", "j": "continued", "h": "hints"}


def parse(path: Path) -> dict:
    issue, page, story = None, None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@issue"):
            date = line.split()[1]
            wd, lunar, num = META[date]
            issue = {"issue_date": date, "weekday": wd, "lunar": lunar,
                     "issue_number": num, "page_count": None, "pages": []}
            continue
        if line.startswith("pages:") and page is None:
            issue["page_count"] = int(line.split(":")[1])
            continue
        if line.startswith("@page"):
            no, section = [x.strip() for x in line[5:].split("|")]
            page = {"page": int(no), "section": section, "editor": "", "boxes": [], "stories": []}
            issue["pages"].append(page)
            story = None
            continue
        if story is None and line.startswith("editor:"):
            page["editor"] = line.split(":", 1)[1].strip()
            continue
        if story is None and line.startswith("box:"):
            page["boxes"].append(line.split(":", 1)[1].strip().split("|"))
            continue
        if line.startswith("#"):
            story = {"kind": line[1:].strip(), "column": "", "kicker": "", "title": "",
                     "subtitle": "", "byline": "", "dateline": "", "continued": "",
                     "subheads": [], "paragraphs": [], "layout": {}}
            page["stories"].append(story)
            continue
        m = re.match(r"^([kscabdjht]):\s?(.*)$", line)
        if m and m.group(1) in KEYS:
            key, val = KEYS[m.group(1)], m.group(2).strip()
            if key == "hints":
                for h in [x.strip() for x in val.split(",") if x.strip()]:
                    if "=" in h:
                        hk, hv = h.split("=", 1)
                        story["layout"][hk] = hv
                    else:
                        story["layout"][h] = True
            elif key == "attend":
                story["layout"]["attend"] = val
            else:
                story[key] = val
            continue
        if line.startswith("§"):
            story["subheads"].append(line[1:])
            story["paragraphs"].append(line[1:])
            continue
        story["paragraphs"].append(line)
    for pg in issue["pages"]:
        for st in pg["stories"]:
            lay = st["layout"]
            parts = [p for p in (st["subtitle"], lay.get("attend", "")) if p]
            if lay.get("attend"):
                lay["subtitle_parts"] = parts
            st["subtitle"] = " ".join(parts)
    return issue


def main():
    issues = [parse(p) for p in sorted(HERE.glob("20*.txt"))]
    out = {"set": "dev_f", "years": "2015-2019", "issues": issues}
    (HERE.parent / "stories.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(pg["stories"]) for i in issues for pg in i["pages"])
    print(f"{len(issues)} issues, {sum(len(i['pages']) for i in issues)} pages, {n} stories")


if __name__ == "__main__":
    main()
