#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
their gold annotations (gold/) and README.md (from README.in).

Standard library only.  Every small choice (hang or spread a line, a stray
glyph-gap space, number-run spacing) comes from random.Random seeded by the
source file's name, so a rebuild is byte-for-byte identical.

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

CUT = "‖"                      # cut point inside a paragraph / headline break
CLOSING = set("，。、；：？！”’）》,;:)?!%")
OPENING = set("“‘（《(")
FW_PUNCT = set("，。、；：？！”’）》“‘（《—…·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+")


# --------------------------------------------------------------------------
# source parsing
# --------------------------------------------------------------------------

def parse_source(text: str) -> dict:
    page = {"meta": {}, "masthead": [], "arts": {}, "order": [], "layout": []}
    sec, cur = None, None
    for raw in text.split("\n"):
        line = raw.rstrip("\n")
        if line.startswith("#!"):          # comment
            continue
        if line.startswith("="):
            head = line[1:].split()
            sec = head[0]
            if sec == "art":
                cur = {"id": head[1], "kind": "news", "column": "", "kicker": "",
                       "title": "", "subtitle": "", "byline": "", "dateline": "",
                       "continued": "", "credit": "", "width": "16", "nums": "both",
                       "paras": []}
                page["arts"][head[1]] = cur
                page["order"].append(head[1])
            continue
        if sec == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif sec == "masthead":
            if line.strip():
                page["masthead"].append(line.strip())
        elif sec == "art":
            if not line.strip():
                continue
            k, v = line.split(":", 1)
            k = k.strip()
            v = v.strip() if k != "p" else v.lstrip(" ")
            if k == "p":
                cur["paras"].append(v.rstrip())
            else:
                cur[k] = v
        elif sec == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# --------------------------------------------------------------------------
# punctuation styles
# --------------------------------------------------------------------------

def punct(s: str, style: str) -> str:
    if style == "half":
        return (s.replace("，", ",").replace("（", "(").replace("）", ")")
                 .replace("；", ";").replace("：", ":"))
    if style == "mixbr":
        return s.replace("（", "(").replace("）", ")")
    return s


def clean(s: str) -> str:
    """Gold form of a source string: cut marks and their tags removed."""
    return re.sub(CUT + r"(\{[a-z]+\})?", "", s)


def parts(s: str) -> list[str]:
    return [p.strip() for p in re.split(CUT + r"(?:\{[a-z]+\})?", s)]


# --------------------------------------------------------------------------
# column layout: line breaking
# --------------------------------------------------------------------------

def uwidth(u: str) -> float:
    if u == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in u)


def tokenize(text: str) -> list[str]:
    units, i = [], 0
    while i < len(text):
        if text[i:i + 2] in ("——", "……"):
            units.append(text[i:i + 2])
            i += 2
            continue
        m = ASCII_RUN.match(text, i)
        if m:
            units.append(m.group())
            i = m.end()
        else:
            units.append(text[i])
            i += 1
    return units


def tokenize_dateline(dl: str) -> list[str]:
    """Units of a dateline: characters up to the opening bracket, then the
    space-separated words of the bracket (names unbroken); the final unit holds
    at least four characters so that no short tail starts a line."""
    k = min([i for i in (dl.find("（"), dl.find("(")) if i >= 0] or [len(dl)])
    head, rest = dl[:k], dl[k:]
    units = tokenize(head)
    if not rest:
        if len(units) > 1:
            tail = ""
            while units and len(re.sub(r"\s", "", tail)) < 4:
                tail = units.pop() + tail
            units.append(tail)
        return units
    words = rest.split(" ")
    # merge the trailing words until the last unit has >= 4 characters
    tailw = [words.pop()]
    while words and len("".join(tailw)) < 4:
        tailw.insert(0, words.pop())
    words.append(" ".join(tailw))
    for j, w in enumerate(words):
        if j:
            units.append(" ")
        units.append(w)
    return units


class Breaker:
    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def is_num(self, u: str) -> bool:
        return bool(re.search(r"[0-9]", u)) and len(u) > 0 and ord(u[0]) < 128

    def render(self, units: list[str], spread: bool, nums: str) -> str:
        units = [u for u in units]
        while units and units[0] == " ":
            units.pop(0)
        while units and units[-1] == " ":
            units.pop()
        if spread:
            out = ""
            for j, u in enumerate(units):
                if j and u != " " and units[j - 1] != " ":
                    prev = units[j - 1]
                    if not (prev[-1] in CLOSING or u[0] in OPENING):
                        out += " "
                out += u
            self.stats["justified (spread) column lines"] += 1
            return out
        out = ""
        for j, u in enumerate(units):
            piece = u
            if self.is_num(u) and nums != "none":
                mode = nums
                if self.rng.random() < 0.12:
                    mode = "before" if nums == "both" else "both"
                prev = units[j - 1] if j else None
                nxt = units[j + 1] if j + 1 < len(units) else None
                if prev and prev != " " and prev[-1] not in FW_PUNCT | CLOSING | OPENING:
                    piece = " " + piece
                    self.stats["spaces around number runs"] += 1
                if mode == "both" and nxt and nxt != " " and nxt[0] not in FW_PUNCT | CLOSING:
                    piece = piece + " "
                    self.stats["spaces around number runs"] += 1
                if piece.rstrip().endswith("%") and len(u) > 1 and self.rng.random() < 0.25:
                    piece = piece.replace("%", " %")
                    self.stats["space before %"] += 1
            elif u in ("、", "，") and j and self.rng.random() < 0.035:
                piece = " " + u
                self.stats["glyph-gap space at full-width punctuation"] += 1
            elif u == "“" and j + 1 < len(units) and self.rng.random() < 0.08:
                piece = u + " "
                self.stats["space after an opening quote"] += 1
            out += piece
        return out.replace("  ", " ")

    def lines(self, units: list[str], first_w: float, width: float, nums: str) -> list[str]:
        out, cur, curw, limit, i = [], [], 0.0, first_w, 0
        while i < len(units):
            u = units[i]
            w = uwidth(u)
            if not cur and u == " ":
                i += 1
                continue
            if curw + w <= limit + 1e-9 or not cur:
                cur.append(u)
                curw += w
                i += 1
                continue
            spread = False
            at_space = u == " " or cur[-1] == " " or (len(u) > 1 and ord(u[0]) > 127
                                                        and u not in ("——", "……"))
            if len(u) == 1 and u in CLOSING:
                if self.rng.random() < 0.6:
                    cur.append(u)
                    i += 1
                    while i < len(units) and len(units[i]) == 1 and units[i] in CLOSING:
                        cur.append(units[i])
                        i += 1
                    self.stats["closing punctuation hung past the column edge"] += 1
                else:
                    while len(cur) > 1 and len(units[i]) == 1 and units[i] in CLOSING:
                        cur.pop()
                        i -= 1
                        spread = True
            while len(cur) > 1 and cur[-1] != " " and cur[-1][-1] in OPENING:
                cur.pop()
                i -= 1
                spread = True
            while cur and cur[-1] == " ":
                cur.pop()
            short = limit - sum(uwidth(x) for x in cur)
            if short >= 1.0 and not at_space:
                spread = True
            out.append(self.render(cur, spread, nums))
            cur, curw, limit = [], 0.0, width
        if cur:
            out.append(self.render(cur, False, nums))
        return out


# --------------------------------------------------------------------------
# the page
# --------------------------------------------------------------------------

class Page:
    def __init__(self, src: Path):
        self.name = src.stem
        self.src = parse_source(src.read_text(encoding="utf-8"))
        self.meta = self.src["meta"]
        self.rng = random.Random(src.name)
        self.stats = Counter()
        self.style = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.arts = self.src["arts"]
        for a in self.arts.values():
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                      "continued", "credit"):
                a[k] = punct(a[k], self.style)
            a["paras"] = [punct(p, self.style) for p in a["paras"]]
        self.br = Breaker(self.rng, self.stats)
        self.last_body = None
        names = {"vf": "between a verb and its figure", "fu": "between a figure and its unit",
                 "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
                 "s": "at another point"}
        for a in self.arts.values():
            for p in a["paras"]:
                for tag in re.findall(CUT + r"(?:\{([a-z]+)\})?", p):
                    self.stats["story cut " + names[tag or "s"]] += 1
        self.out: list[str] = []       # text blocks; joined by the layout rules
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.placed: dict[str, list[str]] = {}
        self.pending_prefix = ""

    # ---- chunks of an article body
    def chunks(self, a: dict) -> list[list[tuple]]:
        """Body split at cut marks: a list of chunks, each a list of segments
        (paragraph index, text, starts paragraph, is subhead)."""
        chunks, cur = [], []
        for pi, p in enumerate(a["paras"]):
            sub = p.startswith("## ")
            body = p[3:] if sub else p
            segs = re.split(CUT + r"(?:\{([a-z]+)\})?", body)
            texts, tags = segs[0::2], segs[1::2]
            for si, t in enumerate(texts):
                cur.append((pi, t, si == 0, sub))
                if si < len(texts) - 1:
                    chunks.append(cur)
                    cur = []
        chunks.append(cur)
        return chunks

    def emit(self, text: str, tight: bool = False):
        """Add a printed line; tight = no blank line before it."""
        self.out.append(("\n" if tight else "\n\n") + text if self.out else text)

    # ---- headline stacks
    def head(self, a: dict, spec: str):
        used = Counter()
        line, sep = "", None
        toks = re.findall(r"[a-z]\d?|[|/+=]", spec)
        pieces: list[tuple[str, str]] = []     # (separator before, text)
        pend = "|"
        for t in toks:
            if t in "|/+=":
                pend = t
                continue
            field = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle",
                     "b": "byline", "r": "credit"}[t[0]]
            val = a[field]
            txt = parts(val)[int(t[1:])] if len(t) > 1 else clean(val)
            used[t] += 1
            if used[t] == 2:
                self.dups.append(txt)
                self.stats["headline drawn twice" if pend in "|/" else
                           "headline doubled on one line"] += 1
            pieces.append((pend, txt))
            pend = "|"
        for j, (sp, txt) in enumerate(pieces):
            if j == 0:
                self.emit(txt)
            elif sp == "|":
                self.emit(txt)
            elif sp == "/":
                self.emit(txt, tight=True)
            elif sp == "+":
                self.out[-1] += " " + txt
            elif sp == "=":
                self.out[-1] += txt
        if any(len(t) > 1 and t[0] == "t" for t in toks):
            self.stats["headline broken before its last word(s)"] += 1
        self.placed.setdefault(a["id"], []).append("head")

    # ---- bodies
    def body(self, a: dict, sel: str, opts: list[str]):
        ch = self.chunks(a)
        if sel in ("", "all"):
            idx = list(range(len(ch)))
        elif "-" in sel:
            x, y = sel.split("-")
            idx = list(range(int(x), int(y) + 1))
        else:
            idx = [int(sel)]
        if idx and idx[0] > 0:
            if self.last_body == (a["id"], idx[0] - 1):
                self.stats["paragraph split by a column break, nothing between"] += 1
            else:
                self.stats["story continued after a piece of another story"] += 1
        self.placed.setdefault(a["id"], []).append("body")
        dupline = [int(o[1:]) for o in opts if o.startswith("d")]
        for c in idx:
            if c > 0 and c - 1 in idx:
                self.stats["paragraph split by a column break, nothing between"] += 1
            self.last_body = (a["id"], c)
            lines = []
            for (pi, t, start, sub) in ch[c]:
                dl = ""
                if pi == 0 and start and a["dateline"] and "nodl" not in opts:
                    dl = a["dateline"]
                if self.layout == "para":
                    lines.append(dl + t)
                else:
                    w = float(a["width"])
                    if sub:
                        lines.append(t)
                        continue
                    units = (tokenize_dateline(dl) if dl else []) + tokenize(t)
                    got = self.br.lines(units, w - 2 if start else w, w, a["nums"])
                    if dl:
                        n = 0
                        for ln in got:
                            n += len(re.sub(r"\s", "", ln))
                            if n >= len(re.sub(r"\s", "", dl)):
                                break
                        k = got.index(ln)
                        if k > 0:
                            self.stats["dateline broken across lines"] += 1
                            first = re.sub(r"\s", "", "".join(got[:k]))
                            after = re.sub(r"\s", "", got[k])
                            if re.search(r"[月日]$", first) or re.match(r"\d+日", after):
                                self.stats["line break inside a dateline's date"] += 1
                            elif after.startswith("通讯员"):
                                self.stats["line break before 通讯员"] += 1
                            else:
                                self.stats["line break between a byline's names"] += 1
                        if "dlsp" in opts and got[0].startswith("湖南日报"):
                            got[0] = " " + got[0]
                    lines.extend(got)
            for j, ln in enumerate(lines):
                if self.pending_prefix:
                    ln = self.pending_prefix + ln
                    self.pending_prefix = ""
                self.emit(ln)
                if j in dupline:
                    self.emit(ln)
                    self.dups.append(re.sub(r"\s", "", ln))
                    self.stats["line printed twice"] += 1

    def photo(self, a: dict, style: str):
        cap = clean(a["paras"][0])
        cred = a["byline"]
        self.placed.setdefault(a["id"], []).append("body")
        if self.layout == "column" and style != "long":
            w = float(a["width"])
            got = self.br.lines(tokenize(cap), w, w, "none")
        else:
            got = [cap]
        for ln in got:
            self.emit(ln)
        if not cred:
            return
        if style == "right":
            self.emit(" " * 24 + cred)
            self.stats["credit right-aligned on a line of its own"] += 1
        elif style == "own":
            self.emit(cred)
        else:
            self.out[-1] += " " + cred

    def run(self):
        mh = self.src["masthead"]
        for item in self.src["layout"]:
            op, *args = item.split(" ")
            if op not in ("body", "markin"):
                self.last_body = None
            rest = item[len(op):].strip()
            if op == "mast":
                for j, m in enumerate(mh):
                    tight = m.startswith("/")
                    self.emit(m.lstrip("/"), tight=tight and j > 0)
                    self.stats["masthead pieces"] += 1
                    if " " in m.strip("/"):
                        self.stats["masthead pieces merged on one line"] += 1
                self.extras.append("".join(m.lstrip("/").replace(" ", "") for m in mh))
            elif op == "head":
                a = self.arts[args[0]]
                if "body" in self.placed.get(a["id"], []):
                    self.stats["headline printed after its body"] += 1
                self.head(a, args[1] if len(args) > 1 else "t")
            elif op == "heads":           # several stories' headlines bunched
                self.stats["headlines bunched together"] += 1
                for spec in args:
                    aid, s = spec.split(":")
                    a = self.arts[aid]
                    if "body" in self.placed.get(aid, []):
                        self.stats["headline printed after its body"] += 1
                    self.head(a, s)
            elif op == "body":
                a = self.arts[args[0]]
                sel = args[1] if len(args) > 1 and not args[1].startswith(("d", "n")) else ""
                self.body(a, sel, [x for x in args[1:] if x != sel])
            elif op == "dup":             # a chunk printed a second time
                a = self.arts[args[0]]
                segs = self.chunks(a)[int(args[1])]
                for (pi, t, start, sub) in segs:
                    self.emit(t)
                    self.dups.append(t)
                self.stats["paragraph piece printed twice"] += 1
            elif op == "photo":
                self.photo(self.arts[args[0]], args[1] if len(args) > 1 else "inline")
            elif op == "byline":
                a = self.arts[args[0]]
                ps = parts(a["byline"])
                for j, p in enumerate(ps):
                    self.emit(p, tight=j > 0)
                self.stats["byline alone on its line(s)"] += 1
            elif op == "mark":
                self.emit(rest)
                self.stats["jump marker lines"] += 1
            elif op == "markin":
                self.pending_prefix = rest
                self.stats["jump marker before a continued text"] += 1
            elif op == "extra":
                ps = rest.split(CUT)
                for j, p in enumerate(ps):
                    self.emit(p, tight=j > 0)
                self.extras.append("".join(ps))
                self.stats["box lines (extras)"] += 1
            elif op == "blank":
                self.out.append("\n")
            else:
                raise SystemExit(f"{self.name}: unknown layout item {item!r}")
        lead = "\n\n" if self.meta.get("lead", "") == "2" else ""
        tail = "\n\n" if self.layout == "column" else ""
        return lead + "".join(self.out) + tail

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.src["order"]:
            a = self.arts[aid]
            paras, subs = [], []
            for p in a["paras"]:
                if p.startswith("## "):
                    subs.append(clean(p[3:]))
                    paras.append(clean(p[3:]))
                else:
                    paras.append(clean(p))
            arts.append({
                "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
                "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
                "byline": re.sub(r"\s+", " ", clean(a["byline"])).strip(),
                "dateline": a["dateline"], "continued": a["continued"],
                "subheads": subs, "paragraphs": paras})
        m = self.meta
        return {"source": fname, "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build(root: Path = HERE) -> tuple[dict[str, str], list[dict]]:
    """Return {relative path: text} for every generated file, and page rows."""
    files, rows, totals = {}, [], Counter()
    for src in sorted((root / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.run()
        num = pg.meta["file"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{num}_{h}"
        gold = pg.gold(base + ".txt")
        files[f"pages/{base}.txt"] = text
        files[f"gold/{base}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        totals.update(pg.stats)
        rows.append({"file": base + ".txt", "date": pg.meta["date"], "page": pg.meta["page"],
                     "layout": pg.layout, "punct": pg.style, "articles": len(gold["articles"]),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": pg.meta.get("subjects", ""),
                     "stats": pg.stats})
    pun = {"full": "full-width", "mixbr": "full commas, half-width brackets",
           "half": "half-width , ( ) ; :"}
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | "
                    f"{pun[r['punct']]} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    ftab = ["| phenomenon | count | pages |", "|---|---|---|"]
    for k in sorted(totals):
        n_pages = sum(1 for r in rows if r["stats"][k])
        ftab.append(f"| {k} | {totals[k]} | {n_pages} |")
    readme = (root / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ftab)).replace("{{PAGES}}", "\n".join(ptab))
    files["README.md"] = readme
    return files, rows


def main():
    files, rows = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file():
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
