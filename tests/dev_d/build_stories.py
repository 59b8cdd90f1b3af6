#!/usr/bin/env python3
"""Turn the hand-written story sources (src/*.txt) into stories.json.

Source format, one story per block:

    @@ A01
    date: 2015-06-18            issue the story belongs to
    kind: news                  news | commentary | feature | photo | other
    column: / kicker: / title: / subtitle: / byline: / dateline:
    jump: 4|在推进|2            optional: paragraph index | text the cut falls before
                                ("" = cut at the paragraph boundary) | page it jumps to
    --
    one paragraph per line
    ## a crosshead (kept as a paragraph and listed in subheads)

Standard library only; deterministic.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("date", "kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "jump", "note")


def parse(text, fname):
    stories = []
    for block in re.split(r"^@@ ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n--\n")
        lines = head.split("\n")
        sid = lines[0].strip()
        st = {"id": sid, "column": "", "kicker": "", "title": "", "subtitle": "",
              "byline": "", "dateline": "", "subheads": [], "paragraphs": [], "jump": None}
        for ln in lines[1:]:
            if not ln.strip():
                continue
            k, _, v = ln.partition(":")
            k = k.strip()
            if k not in FIELDS:
                raise SystemExit(f"{fname}:{sid}: unknown field {k!r}")
            st[k] = v.strip()
        for ln in body.split("\n"):
            ln = ln.strip()
            if not ln:
                continue
            if ln.startswith("## "):
                ln = ln[3:].strip()
                st["subheads"].append(ln)
            st["paragraphs"].append(ln)
        st["issue_date"] = st.pop("date")
        if st["jump"]:
            p, cut, to = st["jump"].split("|")
            p = int(p)
            if cut:
                # the paragraph holding the cut text (the index is only a hint)
                hits = [i for i, q in enumerate(st["paragraphs"]) if cut in q]
                if len(hits) != 1:
                    raise SystemExit(f"{sid}: jump cut text found in {len(hits)} paragraphs")
                p = hits[0]
            para = st["paragraphs"][p]
            off = 0 if cut == "" else para.index(cut)
            if cut and off == 0:
                raise SystemExit(f"{sid}: cut text at paragraph start; use an empty cut")
            st["jump"] = {"para": p, "offset": off, "to": int(to)}
        else:
            st["jump"] = None
        st.setdefault("note", "")
        for p in st["paragraphs"]:
            if re.search(r"(?<=[\u4e00-\u9fff，。、“”])\s+(?=[\u4e00-\u9fff，。、“”])", p):
                raise SystemExit(f"{sid}: space between CJK characters in a paragraph: {p[:30]}")
        stories.append(st)
    return stories


def main():
    out = []
    seen = set()
    for f in sorted((HERE / "src").glob("*.txt")):
        for st in parse(f.read_text(encoding="utf-8"), f.name):
            if st["id"] in seen:
                raise SystemExit(f"duplicate id {st['id']}")
            seen.add(st["id"])
            out.append(st)
    (HERE / "stories.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(out)} stories")


if __name__ == "__main__":
    sys.exit(main())
