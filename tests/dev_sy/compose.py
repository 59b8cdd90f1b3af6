#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files,
gold annotations and README.md.  Standard library only; deterministic
(every small choice comes from random.Random seeded by the source file name).

    python3 compose.py            # writes pages/, gold/, README.md
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUT = "‖"
PAUSE = "，、。；：？！"
CLOSE = PAUSE + "）》”’…"
OPEN = "（《“‘"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ----------------------------------------------------------------------------
# source parsing
# ----------------------------------------------------------------------------
def parse_source(text: str) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    sect, cur, in_body = None, None, False
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@a "):
            sect, in_body = "art", False
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "width": 17, "body": []}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "page":
            if line.strip():
                k, _, v = line.strip().partition(" ")
                page["meta"][k] = v.strip()
        elif sect == "art":
            if line.strip() == "---":
                in_body = True
            elif in_body:
                if line.strip():
                    cur["body"].append(line.strip())
            elif line.strip():
                k, _, v = line.strip().partition(" ")
                cur[k] = v.strip()
        elif sect == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# ----------------------------------------------------------------------------
# punctuation styles of a page
# ----------------------------------------------------------------------------
def punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "")


# ----------------------------------------------------------------------------
# column-layout line breaking
# ----------------------------------------------------------------------------
def tokens(s: str):
    """Units that never break: runs of ASCII letters/digits (with . % + -),
    single other characters."""
    out, i = [], 0
    while i < len(s):
        m = re.match(r"[0-9A-Za-z][0-9A-Za-z.%+\-/×]*", s[i:])
        if m:
            out.append(m.group())
            i += len(m.group())
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.0
    return 0.5 * len(tok) if ord(tok[0]) < 128 else 1.0


def is_num(tok: str) -> bool:
    return bool(tok) and ord(tok[0]) < 128 and tok != " "


def wrap(s: str, W: float, first_room: float | None = None):
    """Greedy fill to W em; a line may not start with closing punctuation
    (the last character goes down with it) nor end with opening punctuation.
    Returns [(tokens, slack)]."""
    toks = tokens(s)
    lines, cur, w = [], [], 0.0
    room = first_room if first_room is not None else W
    for t in toks:
        tw = width(t)
        if cur and w + tw > room + 1e-9:
            if t in CLOSE and len(cur) > 1:
                back = [cur.pop()]
                while cur and cur[-1] in OPEN:
                    back.insert(0, cur.pop())
                lines.append((cur, room - sum(width(x) for x in cur)))
                cur = back
            else:
                back = []
                while cur and cur[-1] in OPEN:
                    back.insert(0, cur.pop())
                lines.append((cur, room - sum(width(x) for x in cur)))
                cur = back
            w = sum(width(x) for x in cur)
            room = W
        cur.append(t)
        w += tw
    if cur:
        lines.append((cur, None))   # paragraph-final line: never justified
    return lines


def render(toks, slack, rng, stats):
    """Print one column line as the PDF extraction shows it."""
    toks = [t for t in toks if t != " "] if slack is not None and slack >= 1 else toks
    if slack is not None and slack >= 1:
        # justified line spread by letter-spacing: a space after every glyph,
        # except after pause punctuation and opening brackets
        stats["justified lines spread with spaces"] += 1
        out = ""
        for i, t in enumerate(toks):
            out += t
            if i + 1 < len(toks) and t not in PAUSE and t not in "（《":
                out += " "
        return out
    out = ""
    for i, t in enumerate(toks):
        if t == " ":
            out += " "
            continue
        if is_num(t):
            if out and not out.endswith(" ") and out[-1] not in "（(“":
                out += " "
                stats["spaces around number runs"] += 1
            out += t
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and nxt not in CLOSE and not is_num(nxt) and nxt != " " and rng.random() < 0.55:
                out += " "
        else:
            if t in "，、。；" and out and not out.endswith(" ") and rng.random() < 0.015:
                out += " "
                stats["glyph-gap spaces at punctuation"] += 1
            out += t
            if t == "“" and i + 1 < len(toks) and rng.random() < 0.15:
                out += " "
                stats["space after an opening quote"] += 1
    return out.replace("  ", " ")


# ----------------------------------------------------------------------------
# page composition
# ----------------------------------------------------------------------------
class Page:
    def __init__(self, name: str, src: dict):
        self.name = name
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(name)
        self.style = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.arts = src["arts"]
        for a in self.arts.values():
            self.prep(a)

    # -- article text --------------------------------------------------------
    def prep(self, a):
        st = self.style
        a["paras"], a["subs"] = [], []
        for p in a["body"]:
            if p.startswith("## "):
                a["subs"].append(punct(p[3:], st))
                a["paras"].append(punct(p[3:], st))
            else:
                a["paras"].append(punct(p, st))
        for f in FIELDS:
            a[f] = punct(a.get(f, ""), st)
        # pieces: list of (para_index, start, end) runs
        pieces, curp = [], []
        for i, p in enumerate(a["paras"]):
            parts = p.split(CUT)
            for j, part in enumerate(parts):
                if j > 0:
                    pieces.append(curp)
                    curp = []
                    if parts[j - 1] and part:
                        self.stats["stories cut mid-paragraph"] += 1
                    else:
                        self.stats["stories broken between paragraphs"] += 1
                if part:
                    curp.append((i, part, j == 0, j == len(parts) - 1))
        pieces.append(curp)
        a["pieces"] = pieces
        a["printed"] = set()

    def gold(self, a) -> dict:
        paras = [clean(p).replace(" ", "") if a["paras"][i].strip() else ""
                 for i, p in enumerate(a["paras"])]
        return {
            "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
            "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
            "byline": clean(a["byline"]), "dateline": clean(a["dateline"]),
            "continued": clean(a["continued"]), "subheads": [clean(s) for s in a["subs"]],
            "paragraphs": paras,
        }

    # -- output helpers ------------------------------------------------------
    def block(self, *lines):
        self.blocks.append(list(lines))

    def lastline(self):
        for b in reversed(self.blocks):
            if b and b[-1].strip():
                return b[-1]
        return ""

    # -- directives ----------------------------------------------------------
    def run(self):
        for d in self.src["layout"]:
            op, _, rest = d.partition(" ")
            args = rest.split()
            getattr(self, "op_" + op)(rest, args)
        missing = [(a["id"], k) for a in self.arts.values()
                   for k in range(len(a["pieces"])) if k not in a["printed"]]
        if missing:
            raise SystemExit(f"{self.name}: pieces never printed: {missing}")

    def op_gap(self, rest, args):
        self.blocks.append([""] if not args else [""] * int(args[0]))

    def op_extra(self, rest, args):
        """Page furniture: '|' separates blank-separated lines, '/' consecutive
        lines; gold gets one string per directive."""
        rest = punct(rest, self.style)
        for grp in rest.split("|"):
            self.block(*[x for x in grp.split("/")])
        self.extras.append("".join(x.strip() for g in rest.split("|") for x in g.split("/")))
        self.stats["page furniture lines (masthead, boxes)"] += rest.count("|") + rest.count("/") + 1

    op_mast = op_extra

    def op_raw(self, rest, args):
        """A marker line (text already in some article field)."""
        self.block(punct(rest, self.style))
        if "转" in rest or "接" in rest:
            self.stats["jump markers"] += 1

    def op_dup(self, rest, args):
        line = self.lastline()
        self.block(line)
        self.dups.append(re.sub(r"(?<=\S) (?=\S)", lambda m: "", line).strip()
                         if self.layout == "column" else line.strip())
        self.stats["lines printed twice"] += 1

    def op_col(self, rest, args):
        a = self.arts[args[0]]
        lab = a["column"]
        if len(args) > 1 and args[1] == "box":
            lab = " ".join(lab)
        self.block(lab)
        self.stats["column labels on their own line"] += 1

    def op_by(self, rest, args):
        a = self.arts[args[0]]
        parts = a["byline"].split(CUT)
        if len(parts) > 1:
            self.stats["byline broken across lines"] += 1
        if self.layout == "column":
            for p in parts:
                self.block(p.strip())
        else:
            self.block(*[p.strip() for p in parts])

    def op_head(self, rest, args):
        a = self.arts[args[0]]
        style = args[1] if len(args) > 1 else "sep"
        parts = [a[f] for f in ("kicker", "title", "subtitle") if a[f]]
        if not parts:
            return
        self.stats["headline stacks"] += 1
        if any(CUT in p for p in parts):
            self.stats["headline word(s) left on a line of their own"] += 1
        if style == "one":
            self.block(" ".join(clean(p) for p in parts))
            self.stats["headline stacks on one line"] += 1
            return
        if style == "double":
            t = clean(a["title"])
            lines = []
            for f in ("kicker", "title", "subtitle"):
                if a[f]:
                    lines.append(t + t if f == "title" else clean(a[f]))
            self.block(*lines)
            self.dups.append(t)
            self.stats["headline drawn twice"] += 1
            return
        groups = [p.split(CUT) for p in parts]
        if style == "tight":
            self.block(*[x for g in groups for x in g])
        else:
            for g in groups:
                self.block(*g)
        if style == "twice":
            t = clean(a["title"])
            self.block(t)
            self.dups.append(t)
            self.stats["headline drawn twice"] += 1

    def op_photo(self, rest, args):
        a = self.arts[args[0]]
        how = args[1] if len(args) > 1 else "inline"
        cap = clean(a["paras"][0])
        cred = a["byline"]
        self.stats["photo captions"] += 1
        if not cred:
            self.block(cap)
        elif how == "inline":
            self.block(cap + " " + cred)
        elif how == "right":
            self.block(cap)
            self.block(" " * (24 - min(20, len(cred))) + cred)
            self.stats["credits right-aligned on their own line"] += 1
        elif how == "before":
            self.block(cred)
            self.block(cap)
        else:
            self.block(cap)
            self.block(cred)
        a["printed"].add(0)

    def op_body(self, rest, args):
        a = self.arts[args[0]]
        if len(args) > 1:
            if "-" in args[1]:
                lo, hi = args[1].split("-")
                ks = range(int(lo), int(hi) + 1)
            else:
                ks = [int(args[1])]
        else:
            ks = range(len(a["pieces"]))
        for k in ks:
            a["printed"].add(k)
            if self.layout == "column":
                self.body_column(a, k)
            else:
                self.body_para(a, k)

    # paragraph layout: one paragraph a line, cut where the source says
    def body_para(self, a, k):
        for (i, part, start, end) in a["pieces"][k]:
            text = part
            if i == 0 and start and a["dateline"]:
                dl = a["dateline"].split(CUT)
                if len(dl) > 1:
                    self.stats["line breaks inside a dateline"] += 1
                    for x in dl[:-1]:
                        self.block(x)
                text = dl[-1] + text
            text = self.noise_para(text)
            self.block(text)

    def noise_para(self, text):
        p = float(self.meta.get("noise", "0"))
        if p <= 0:
            return text
        out = []
        for i, ch in enumerate(text):
            if ch == "%" and i and text[i - 1].isdigit() and self.rng.random() < p:
                out.append(" ")
                self.stats["glyph-gap spaces at punctuation"] += 1
            out.append(ch)
            if ch == "“" and self.rng.random() < p / 2:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out)

    # column layout: wrap to the article's column width
    def body_column(self, a, k):
        W = float(a["width"])
        for (i, part, start, end) in a["pieces"][k]:
            text = part
            lead = ""
            if i == 0 and start and a["dateline"]:
                dl = a["dateline"]
                if a.get("dlsep") == "1":
                    self.block(" " + self.spaced(clean(dl)))
                    self.stats["datelines on a line of their own"] += 1
                else:
                    segs = dl.split(CUT)
                    if len(segs) > 1:
                        self.stats["line breaks inside a dateline"] += 1
                        for x in segs[:-1]:
                            self.block(" " + self.spaced(x))
                    dl = segs[-1]
                    # the dateline's own line break: after 记者 or inside the names
                    m = re.search(r"（(?:全媒体)?记者|\((?:全媒体)?记者", dl)
                    if m and len(segs) == 1:
                        first = dl[:m.end()]
                        self.block(" " + self.spaced(first))
                        text = dl[m.end():].lstrip() + text
                    else:
                        text = dl + text
            lines = wrap(text, W)
            if not end:
                # a cut paragraph: its last line here is a full column line
                last_t, _ = lines[-1]
                lines[-1] = (last_t, None)
            for toks, slack in lines:
                self.block(render(toks, slack, self.rng, self.stats))

    def spaced(self, s):
        toks = tokens(s)
        out = ""
        for t in toks:
            if is_num(t):
                if out and not out.endswith(" "):
                    out += " "
                out += t
            else:
                out += t
        return out

    # -- result --------------------------------------------------------------
    def text(self) -> str:
        body = "\n\n".join("\n".join(b) for b in self.blocks)
        lead = "\n\n" if self.layout == "para" else ""
        return lead + body + "\n"


def build(srcdir: Path = HERE / "src"):
    """Return {page file name: (page text, gold dict, info)} and phenomenon stats."""
    out = {}
    total = Counter()
    for sp in sorted(srcdir.glob("p*.txt")):
        src = parse_source(sp.read_text(encoding="utf-8"))
        pg = Page(sp.name, src)
        pg.run()
        text = pg.text()
        num = int(sp.stem[1:])
        fname = f"{num:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        m = pg.meta
        gold = {
            "source": fname + ".txt",
            "issue_date": m["date"],
            "issue_number": int(m["issue"]) if m.get("issue") else None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": [pg.gold(pg.arts[i]) for i in src["order"]],
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        total.update(pg.stats)
        info = {"src": sp.name, "meta": m, "stats": pg.stats,
                "chars": len(re.sub(r"\s", "", text)), "arts": len(gold["articles"])}
        out[fname] = (text, gold, info)
    return out, total


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


LAYOUT_NAMES = {"column": "column (one printed line a text line)",
                "para": "paragraph (one paragraph a line)"}
PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width brackets",
               "half": "half-width ,();:"}


def readme(pages, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for fname, (text, gold, info) in pages.items():
        m = info["meta"]
        prow.append(f"| {fname}.txt | {m['date']} | {m['page']} | {m['layout']} | "
                    f"{PUNCT_NAMES[m.get('punct', 'full')]} | {info['arts']} | {info['chars']} | "
                    f"{m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def write_all():
    pages, total = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for fname, (text, gold, info) in pages.items():
        (HERE / "pages" / (fname + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (fname + ".json")).write_text(gold_json(gold), encoding="utf-8")
    (HERE / "README.md").write_text(readme(pages, total), encoding="utf-8")
    print(f"composed {len(pages)} pages")


if __name__ == "__main__":
    write_all()
