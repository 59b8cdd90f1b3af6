#!/usr/bin/env python3
"""Parse the hand-written story sources (src/YYYY-MM-DD.txt) into src/stories.json.

Source format:
  @@ <issue date> <page 1|2>     starts a page's stories
  == <kind>                      starts an article (news|commentary|feature|photo|continuation|other)
  k: t: s: c:                    kicker / title / subtitle / column
  b:                             byline printed before the body (or photo credit)
  e:                             byline printed after the body (…记者 某某 报道, 读者署名)
  d:                             dateline (opens the first paragraph)
  j:                             jump marker (下转2版, 上接1版, 紧接1版② …)
  ## text                        in-body crosshead (kept as a paragraph too)
  any other non-empty line       one paragraph
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {
    "k": "kicker",
    "t": "title",
    "s": "subtitle",
    "c": "column",
    "b": "byline",
    "e": "byline",
    "d": "dateline",
    "j": "continued",
}


def parse_file(path):
    stories, date, page, cur = [], None, None, None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@@"):
            _, date, page = line.split()
            page = int(page)
            cur = None
            continue
        if line.startswith("=="):
            cur = {
                "issue_date": date,
                "page": page,
                "kind": line[2:].strip(),
                "column": "",
                "kicker": "",
                "title": "",
                "subtitle": "",
                "byline": "",
                "byline_after": False,
                "dateline": "",
                "continued": "",
                "subheads": [],
                "paragraphs": [],
                "src": f"{path.name}:{n}",
            }
            stories.append(cur)
            continue
        if cur is None:
            sys.exit(f"{path.name}:{n}: text outside an article")
        if len(line) > 2 and line[1] == ":" and line[0] in KEYS and line[2] == " ":
            key = KEYS[line[0]]
            cur[key] = line[3:].strip()
            if line[0] == "e":
                cur["byline_after"] = True
            continue
        if line.startswith("## "):
            cur["subheads"].append(line[3:].strip())
            cur["paragraphs"].append(line[3:].strip())
            continue
        cur["paragraphs"].append(line)
    return stories


def main():
    stories = []
    for f in sorted(HERE.glob("20*.txt")):
        stories.extend(parse_file(f))
    for i, s in enumerate(stories):
        s["id"] = i
        assert s["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other"), s[
            "src"
        ]
        assert s["paragraphs"], s["src"]
        for p in s["paragraphs"]:
            assert " " not in p and "\u3000" not in p, (s["src"], p)
    (HERE / "stories.json").write_text(
        json.dumps(stories, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(stories)} stories over {len({s['issue_date'] for s in stories})} issue dates")


if __name__ == "__main__":
    main()
