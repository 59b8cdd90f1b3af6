#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.  See README.in for the format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = re.compile(r"‖([a-z]?)")
CUT_KINDS = {"": "plain cut", "v": "cut between a verb and its figure",
             "u": "cut between a figure and its unit", "w": "cut inside a word",
             "q": "cut inside a quoted term", "n": "cut inside a person's name",
             "p": "cut inside a place name", "c": "column break, nothing between"}
OPEN = "“‘《（(〈「"
CLOSE = "”’》）)〉」、，。；：！？,.;:!?%"
FULLMARK = "、，。；：！？"
PUNCT_ALL = OPEN + CLOSE + "—…·"


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur, sect = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art"):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "p": [], "h": set(), "width": None,
                   "mark": "", **{f: "" for f in FIELDS}}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            page["meta"][key] = val
        elif key == "p":
            cur["p"].append(val)
        elif key == "h":
            cur["h"].add(len(cur["p"]))
            cur["p"].append(val)
        elif key == "width":
            cur["width"] = float(val)
        else:
            cur[key] = val
    return page


# ---------------------------------------------------------------- punctuation
def punct(text: str, mode: str) -> str:
    if mode == "full":
        return text
    text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("：", ":").replace("；", ";")
    return text


def clean(text: str, mode: str) -> str:
    """Gold form: no layout marks."""
    return punct(CUT.sub("", text).replace("¦", ""), mode)


# ---------------------------------------------------------------- column layout
def em(c: str) -> float:
    if c == " ":
        return 0
    return 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if em(c) == 0.5 and c not in "()":
            j = i
            while j < len(text) and em(text[j]) == 0.5 and text[j] not in "()":
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def tw(tok: str) -> float:
    return sum(em(c) for c in tok)


def is_num(tok: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z.%+\-×/:]+$", tok)) and em(tok[0]) == 0.5


def cjk(tok: str) -> bool:
    return len(tok) == 1 and em(tok) == 1 and tok not in PUNCT_ALL


class Writer:
    def __init__(self, rng: random.Random, stats: Counter, layout: str):
        self.lines: list[list] = []          # [text, glued_to_previous]
        self.rng, self.stats, self.layout = rng, stats, layout

    def put(self, text: str, glue: bool = False):
        self.lines.append([text.rstrip() if text.strip() else text, glue])

    def text(self) -> str:
        out = []
        for i, (t, g) in enumerate(self.lines):
            if i:
                out.append("\n" if g else "\n\n")
            out.append(t)
        return "".join(out) + "\n"

    # -- artefacts inside a printed line
    def render(self, toks: list[str], spread: bool) -> str:
        if spread:
            self.stats["justified line spread with spaces"] += 1
            s = ""
            for i, t in enumerate(toks):
                if i:
                    a = toks[i - 1]
                    nospace = (a in FULLMARK or a in "》）（《" or t in "》（《）" or
                               (a == "”" and t == "“") or (a in "’”" and cjk(t)) or
                               (a == "“" and t == "‘"))
                    if a == "“":
                        nospace = False
                    if not nospace:
                        s += " "
                s += t
            return s
        s = ""
        for i, t in enumerate(toks):
            if i and is_num(t) and (cjk(toks[i - 1]) or toks[i - 1] in "，、") and self.rng.random() < 0.55:
                s += " "
                self.stats["space around a number run"] += 1
            if i and is_num(toks[i - 1]) and cjk(t) and self.rng.random() < 0.35:
                s += " "
                self.stats["space around a number run"] += 1
            if t in "、，。；" and i and self.rng.random() < 0.04:
                s += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.15:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            s += t
            if t == "“" and self.rng.random() < 0.12:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s

    def flow(self, text: str, width: float, indent: bool):
        """Flow one piece of a paragraph into column lines."""
        forced = text.split("¦")
        for k, part in enumerate(forced):
            toks = tokens(part)
            first = indent and k == 0
            i = 0
            while i < len(toks):
                cap = width - (2 if first else 0)
                line, w = [], 0.0
                while i < len(toks) and w + tw(toks[i]) <= cap:
                    line.append(toks[i])
                    w += tw(toks[i])
                    i += 1
                hung = False
                # kinsoku: closing marks hang at the line end
                while i < len(toks) and (toks[i] in CLOSE) and len(toks[i]) == 1:
                    line.append(toks[i])
                    w += 1
                    i += 1
                    hung = True
                if not line:                      # a token wider than the column
                    line.append(toks[i])
                    i += 1
                last = i >= len(toks)
                spread = False
                if not last:
                    marks = sum(1 for t in line if t in FULLMARK)
                    if cap - w >= 1:
                        spread = True
                    elif not hung and marks >= 2 and i < len(toks) and cjk(toks[i]) and self.rng.random() < 0.3:
                        line.append(toks[i])      # compressed marks leave room for one more
                        i += 1
                        spread = True
                self.put(self.render(line, spread))
                first = False
            if k < len(forced) - 1:
                self.stats["forced break (dateline date / names / 通讯员 / headline)"] += 1


# ---------------------------------------------------------------- composing one page
def pieces_of(art: dict, mode: str) -> list[dict]:
    """The article's text stream split at cut marks: [{text, para_start}]"""
    out = []
    paras = list(art["p"])
    for n, p in enumerate(paras):
        parts = CUT.split(p)
        texts, kinds = parts[0::2], parts[1::2]
        for j, t in enumerate(texts):
            out.append({"text": punct(t, mode), "start": j == 0, "para": n,
                        "cutkind": kinds[j - 1] if j else None,
                        "first": n == 0 and j == 0})
    return out


def compose(path: Path, index: int) -> dict:
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    rng = random.Random(path.name)
    st = Counter()
    wr = Writer(rng, st, layout)
    extras, dups = [], []
    streams = {a: pieces_of(arts[a], mode) for a in arts}
    cursor = {a: 0 for a in arts}
    default_w = float(meta.get("width", 17))

    def headparts(a):
        art = arts[a]
        return [punct(art[f], mode) for f in ("kicker", "title", "subtitle") if art[f]]

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        args = rest.split()
        if op == "masthead" or op == "box":
            blocks = rest.split("|")
            for k, b in enumerate(blocks):
                for m, piece in enumerate(b.split("/")):
                    wr.put(piece, glue=m > 0)
            extras.append("".join(x.replace("/", "") for x in blocks).replace(" ", ""))
            st["masthead piece" if op == "masthead" else "box line (countdown, code prompt, framed label)"] += \
                sum(len(b.split("/")) for b in blocks)
        elif op == "line":                       # a printed line that is page furniture
            wr.put(rest)
            extras.append(rest.replace(" ", ""))
            st["box line (countdown, code prompt, framed label)"] += 1
        elif op == "marker":                     # jump marker on a line of its own
            wr.put(rest)
            st["jump marker"] += 1
        elif op == "head":
            a = args[0]
            opts = set(args[1:])
            parts = headparts(a)
            if "line" in opts:
                wr.put(" ".join(p.replace("¦", "") for p in parts))
                st["headline stack printed on one line"] += 1
            else:
                for p in parts:
                    segs = p.split("¦")
                    for m, s in enumerate(segs):
                        wr.put(s, glue=m > 0)
                    if len(segs) > 1:
                        st["headline broken, last word alone"] += 1
            t = punct(arts[a]["title"], mode).replace("¦", "")
            if "double" in opts:
                wr.put(t + t)
                dups.append(t)
                st["headline drawn twice"] += 1
            if "twice" in opts:
                wr.put(t, glue=True)
                dups.append(t)
                st["headline drawn twice"] += 1
        elif op == "label":
            wr.put(arts[args[0]]["column"])
            st["column label line"] += 1
        elif op == "byline":
            a = args[0]
            b = punct(arts[a]["byline"], mode)
            segs = b.split("¦")
            for m, s in enumerate(segs):
                wr.put(s.strip(), glue=m > 0 and "glue" in args)
            if len(segs) > 1:
                st["byline broken between names"] += 1
        elif op == "body":
            a = args[0]
            n = args[1] if len(args) > 1 else "1"
            art = arts[a]
            stream = streams[a]
            take = len(stream) - cursor[a] if n == "*" else int(n)
            width = art["width"] or default_w
            for _ in range(take):
                pc = stream[cursor[a]]
                cursor[a] += 1
                text = pc["text"]
                if pc["first"]:
                    lead = punct(art["mark"], mode)
                    if art["dateline"]:
                        text = punct(art["dateline"], mode) + text
                    text = lead + text
                if pc["cutkind"] is not None:
                    st[CUT_KINDS[pc["cutkind"]]] += 1
                if layout == "column":
                    wr.flow(text, width, indent=pc["start"])
                else:
                    segs = text.split("¦")
                    for m, s in enumerate(segs):
                        if m == 0 and rng.random() < 0.05 and "“" in s:
                            k = s.index("“")
                            s = s[:k + 1] + " " + s[k + 1:]
                            st["space after an opening quote"] += 1
                        wr.put(s, glue=m > 0)
                    if len(segs) > 1:
                        st["forced break (dateline date / names / 通讯员 / headline)"] += 1
        elif op == "photo":
            a = args[0]
            art = arts[a]
            credit = punct(art["byline"], mode).replace("¦", "")
            caps = [punct(p, mode) for p in art["p"]]
            if "right" in args:
                for c in caps:
                    wr.put(c)
                wr.put(" " * 24 + credit)
                st["credit right-aligned on its own line"] += 1
            else:
                wr.put(" ".join(caps + [credit]).strip())
                st["credit at the end of the caption line"] += 1
        elif op == "dup":
            t = wr.lines[-1][0]
            wr.put(t)
            dups.append(re.sub(r"\s+", "", t))
            st["line printed twice"] += 1
        else:
            raise SystemExit(f"{path.name}: unknown layout command {cmd!r}")

    for a in arts:
        if cursor[a] != len(streams[a]) and arts[a]["kind"] != "photo":
            raise SystemExit(f"{path.name}: article {a} not fully laid out ({cursor[a]}/{len(streams[a])})")

    text = wr.text()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{index:03d}_{digest}"
    garts = []
    for a in page["order"]:
        art = arts[a]
        g = {"kind": art["kind"]}
        for f in FIELDS:
            g[f] = clean(art[f], mode)
        g["subheads"] = [clean(art["p"][i], mode) for i in sorted(art["h"])]
        g["paragraphs"] = [clean(p, mode) for p in art["p"]]
        garts.append(g)
    gold = {"source": name + ".txt", "issue_date": meta["date"],
            "issue_number": int(meta["issue"]) if meta.get("issue") else None,
            "page_count": int(meta["pages"]) if meta.get("pages") else None,
            "articles": garts, "extras": extras, "duplicates": dups}
    return {"name": name, "text": text, "gold": gold, "meta": meta, "stats": st,
            "arts": arts}


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build() -> list[dict]:
    return [compose(src, i) for i, src in enumerate(sorted(SRC.glob("p*.txt")), start=1)]


def readme(results: list[dict]) -> str:
    total = Counter()
    rows = []
    for r in results:
        total.update(r["stats"])
        m = r["meta"]
        kinds = Counter(a["kind"] for a in r["gold"]["articles"])
        rows.append(f"| {r['name']}.txt | {m['date']} | {m.get('page', '')} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(r['gold']['articles'])} "
                    f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) | "
                    f"{nchars(r['text'])} | {m.get('subjects', '')} |")
        for a in r["gold"]["articles"]:
            total["article kind: " + a["kind"]] += 1
            if a["column"]:
                total["column label (栏目) in gold"] += 1
            if a["continued"]:
                total["jump (continued field)"] += 1
            n = sum(1 for f in ("kicker", "title", "subtitle") if a[f])
            total[f"headline stack of {n} part(s)"] += 1
            if a["subtitle"].startswith("——"):
                total["dash-led subtitle"] += 1
            if re.search(r"\S \S", a["title"]):
                total["two-phrase title split at a space"] += 1
            if a["subtitle"] and len(a["subtitle"]) <= 6:
                total["short trailing subtitle (…主持 / …出席)"] += 1
            if a["subheads"]:
                total["feature / theory piece with crossheads"] += 1
            d, b = a["dateline"], a["byline"]
            if d:
                total["dateline with 电" if "电" in d[:14] else "dateline with 讯"] += 1
            if "华声在线" in d + b:
                total["湖南日报·华声在线 dateline or byline"] += 1
            if "新湖南客户端" in d + b:
                total["湖南日报·新湖南客户端 dateline or byline"] += 1
            if "全媒体记者" in d + b:
                total["byline / dateline with 全媒体记者"] += 1
            elif "记者" in d + b:
                total["byline / dateline with 记者"] += 1
            if b.startswith("文丨"):
                total["副刊 byline 文丨X"] += 1
            if "评论员" in b:
                total["评论员 byline"] += 1
            if "摄" in b:
                total["photo credit (… 摄 / 摄影报道 / 作)"] += 1
            if b.endswith(" 作"):
                total["cartoon credit (… 作)"] += 1
        for k in ("extras", "duplicates"):
            total[f"gold {k} strings"] += len(r["gold"][k])
    phen = ["| phenomenon | count |", "|---|---|"]
    phen += [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", "\n".join(phen)).replace("{{PAGES}}", "\n".join(pages))


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    results = build()
    for r in results:
        (PAGES / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (GOLD / (r["name"] + ".json")).write_text(
            json.dumps(r["gold"], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    main()
