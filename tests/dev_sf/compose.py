#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file's name.

Source format (src/pNN.txt), see README.in for the full description:

    @page
    key: value                 (no, date, pageno, layout, punct, width, nums, issue, pages, subjects)
    @extras
    piece | piece | piece      (one extra per line; '|' separates raw lines)
    ## id kind
    col: / kick: / title: / sub: / by: / date: / cont: / w:
    (blank line)
    paragraph                  ('# ' = crosshead; '¦' = cut point; '/' = forced raw line break)
    @layout
    directive ...
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
        "by": "byline", "date": "dateline", "cont": "continued", "w": "w"}
CLOSERS = set("，。、；：？！”’）》%,.;:?!)")
OPENERS = set("“‘（《(")
PUNCT = set("，。、；：？！“”‘’（）《》,.;:?!()")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")


def width(s: str) -> float:
    return sum(0 if c in " \x01" else (1 if unicodedata.east_asian_width(c) in "WFA" and ord(c) > 0x2000 else 0.5)
               for c in s)


def clean(s: str) -> str:
    """Gold form of a source string: cut marks and forced breaks removed."""
    return s.replace("¦", "").replace("/", "")


def convert_punct(s: str, mode: str) -> str:
    if mode == "mixed":          # full-width commas and stops, half-width brackets
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":           # half-width ,();: (stops, quotes and 、 stay full)
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
        return s
    return s


# --------------------------------------------------------------------------- parsing
def parse(text: str):
    page, extras, arts, order, layout = {}, [], {}, [], []
    sect, cur, in_body = None, None, False
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            sect, cur = line[1:].strip(), None
            continue
        if line.startswith("## "):
            sect = "article"
            parts = line[3:].split()
            cur = {"id": parts[0], "kind": parts[1], "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "", "w": None,
                   "paras": []}
            arts[cur["id"]] = cur
            order.append(cur["id"])
            in_body = False
            continue
        if sect == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page[k.strip()] = v.strip()
        elif sect == "extras":
            if line.strip():
                extras.append([p.strip() for p in line.split("|")])
        elif sect == "article":
            if not in_body:
                if not line.strip():
                    in_body = True
                    continue
                k, v = line.split(":", 1)
                cur[KEYS[k.strip()]] = v.strip()
            elif line.strip():
                cur["paras"].append(line.strip())
        elif sect == "layout":
            if line.strip() and not line.lstrip().startswith("#"):
                layout.append(line.strip())
    return page, extras, arts, order, layout


# --------------------------------------------------------------------------- rendering
class Page:
    def __init__(self, name, text):
        self.name = name
        self.rng = random.Random(name)
        self.page, self.extras, self.arts, self.order, self.layout = parse(text)
        self.punct = self.page.get("punct", "full")
        self.mode = self.page["layout"]
        self.width = float(self.page.get("width", "16"))
        self.nums = float(self.page.get("nums", "0"))
        self.lines: list[str] = []      # raw lines (blank lines added at output)
        self.glue: list[bool] = []      # True: no blank line before this line
        self.dups: list[str] = []
        self.count = Counter()
        self.prefix = ""
        self.seen_body: set[str] = set()
        for a in self.arts.values():
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                a[k] = convert_punct(a[k], self.punct)
            a["paras"] = [convert_punct(p, self.punct) for p in a["paras"]]
            self.segment(a)

    # body text with dateline, split at cut marks into segments
    def segment(self, a):
        paras = []
        for i, p in enumerate(a["paras"]):
            sub = p.startswith("# ")
            t = p[2:] if sub else p
            if i == 0 and a["dateline"]:
                t = a["dateline"] + "\x01" + t
            paras.append((sub, t))
        segs, cur = [], []
        for sub, t in paras:
            pieces = t.split("¦")
            for j, piece in enumerate(pieces):
                if j > 0:
                    segs.append(cur)
                    cur = []
                    self.count["paragraph cut mid-text (¦)"] += 1
                cur.append((sub, piece, j > 0))
        segs.append(cur)
        a["segs"] = segs

    def emit(self, line, glue=False):
        self.lines.append(line)
        self.glue.append(glue)

    # --- column layout: wrap a paragraph into justified column lines
    def units(self, text):
        out, i = [], 0
        while i < len(text):
            m = NUMRUN.match(text, i)
            if m:
                out.append(m.group())
                i = m.end()
            else:
                out.append(text[i])
                i += 1
        return out

    def wrap(self, text, w, cont=False):
        """Wrap one paragraph (or paragraph piece) into column lines."""
        rows, row = [], []
        forced = []
        for u in self.units(text):
            if u == "/":
                rows.append(row)
                forced.append(True)
                row = []
                continue
            if u == "\x01":
                row.append(u)
                continue
            if row and width("".join(row)) + width(u) > w:
                short = False
                if u[0] in CLOSERS and len(row) > 1:     # no closer at line start: pull one down
                    nxt = [row.pop()]
                    short = True
                    if row and row[-1] in OPENERS and len(row) > 1:
                        nxt.insert(0, row.pop())
                elif row[-1] in OPENERS and len(row) > 1:  # no opener at line end
                    nxt = [row.pop()]
                    short = True
                else:
                    nxt = []
                    short = w - width("".join(row)) >= 1.5 and NUMRUN.match(u) is not None
                rows.append(row)
                forced.append(False if not short else "J")
                row = nxt
            row.append(u)
        rows.append(row)
        forced.append(True)
        # a dateline's tail must not be left as a 1-3 character scrap at the start
        # of a line (it would be unfindable); pull characters down from the line above
        for i in range(1, len(rows)):
            if "\x01" in rows[i] and forced[i - 1] is not True:
                k = rows[i].index("\x01")
                while 0 < len("".join(rows[i][:k]).replace(" ", "")) < 4 and len(rows[i - 1]) > 4:
                    rows[i].insert(0, rows[i - 1].pop())
                    k += 1
                    forced[i - 1] = "J"
        lines = []
        for r, f in zip(rows, forced):
            lines.append(self.render_row(r, justify=(f == "J")))
        return lines

    def render_row(self, r, justify=False):
        if justify:
            self.count["justified column line (spread with spaces)"] += 1
            s = ""
            r = [u for u in r if u not in ("\x01", " ")]
            for k, u in enumerate(r):
                s += u
                if k + 1 < len(r) and u not in PUNCT and u != "\x01":
                    s += " "
            return s.rstrip()
        s = ""
        r = [u for u in r if u != "\x01"]
        for k, u in enumerate(r):
            if NUMRUN.match(u) and u[0].isdigit() and self.rng.random() < self.nums:
                s = s.rstrip(" ") + (" " if s else "") + u + " "
                self.count["spaces around a number run"] += 1
            elif u == "%" and self.rng.random() < self.nums / 3:
                s += " %"
                self.count["glyph-gap space before %"] += 1
            elif u in "“" and self.rng.random() < self.nums / 3:
                s += u + " "
                self.count["space after an opening quote"] += 1
            elif u in "，、；。" and s.endswith(("%", " ")) and self.rng.random() < 0.5:
                s = s.rstrip(" ") + " " + u
                self.count["glyph-gap space before full-width punctuation"] += 1
            else:
                if s.endswith(" ") and u in CLOSERS:
                    s = s.rstrip(" ")
                s += u
        return s.rstrip()

    def body_column(self, a, lo, hi):
        w = float(a["w"] or self.width)
        for si in range(lo, hi + 1):
            for sub, piece, cont in a["segs"][si]:
                if not piece:
                    continue
                if sub:
                    self.emit(piece.replace("/", ""))
                    continue
                txt = piece
                if "\x01" in txt:
                    dl, rest = txt.split("\x01")
                    dl = re.sub(r"(?<=[^\s（(])(\d+月)", r" \1", dl) if self.rng.random() < 0.5 else dl
                    dl = re.sub(r"(月)(\d+日)", r"\1 \2", dl) if self.rng.random() < 0.5 else dl
                    txt = (" " if self.rng.random() < 0.4 else "") + dl + "\x01" + rest
                for ln in self.wrap(txt, w):
                    if self.prefix:
                        ln, self.prefix = self.prefix + ln, ""
                    self.emit(ln)

    # --- paragraph layout: a paragraph (piece) per line
    def body_para(self, a, lo, hi):
        for si in range(lo, hi + 1):
            for sub, piece, cont in a["segs"][si]:
                if not piece:
                    continue
                ln = piece.replace("\x01", "")
                if "/" in ln:
                    first, *rest = ln.split("/")
                    self.emit(self.prefix + first)
                    self.prefix = ""
                    for r in rest:
                        self.emit(r)
                    continue
                self.emit(self.prefix + ln)
                self.prefix = ""

    def head(self, a, pattern):
        parts = {"c": a["column"], "k": a["kicker"], "t": a["title"], "s": a["subtitle"]}
        used = Counter()
        for spec in pattern.split("|"):
            toks = [t for t in spec.split() if parts[t]]
            if not toks:
                continue
            for t in toks:
                used[t] += 1
                if used[t] == 2:
                    self.dups.append(re.sub(r"\s+", "", clean(parts[t])))
                    self.count["headline drawn twice"] += 1
            text = " ".join(parts[t] for t in toks)
            for k, piece in enumerate(text.replace("¦", "").split("/")):
                if k:
                    self.count["headline line broken (last word alone)"] += 1
                self.emit(piece)
        if a["id"] in self.seen_body:
            self.count["headline printed after its body"] += 1

    def run_layout(self):
        for d in self.layout:
            op, *args = d.split(" ", 1)
            arg = args[0] if args else ""
            if op == "x":
                for k, piece in enumerate(self.extras[int(arg)]):
                    self.emit(piece, glue=k > 0 and self.mode == "paragraph" and False)
                self.count["page furniture line (masthead / box)"] += len(self.extras[int(arg)])
            elif op == "head":
                aid, *pat = arg.split(" ", 1)
                self.head(self.arts[aid], pat[0] if pat else "k|t|s")
            elif op == "col":
                self.emit(self.arts[arg]["column"])
                self.count["column label on its own line"] += 1
            elif op == "by":
                bl = self.arts[arg]["byline"]
                for k, piece in enumerate(bl.split("/")):
                    self.emit(piece)
                    if k:
                        self.count["byline broken across lines"] += 1
            elif op == "body":
                aid, rng = arg.split()
                lo, _, hi = rng.partition("-")
                lo, hi = int(lo), int(hi or lo)
                a = self.arts[aid]
                if lo > 0:
                    self.count["article resumed after another piece"] += 1
                (self.body_column if self.mode == "column" else self.body_para)(a, lo, hi)
                self.seen_body.add(aid)
            elif op == "mark":
                aid, tpl = arg.split(" ", 1)
                self.emit(tpl.replace("%s", self.arts[aid]["continued"]))
                self.count["jump marker"] += 1
            elif op == "markin":
                aid, tpl = arg.split(" ", 1)
                self.prefix = tpl.replace("%s", self.arts[aid]["continued"])
                self.count["jump marker"] += 1
            elif op == "photo":
                aid, how = arg.split()
                a = self.arts[aid]
                caps = [p.replace("¦", "") for p in a["paras"]]
                credit = a["byline"]
                if how == "inline":
                    for c in caps[:-1]:
                        self.emit(c)
                    self.emit(caps[-1] + " " + credit.replace("/", ""))
                else:
                    for c in caps:
                        self.emit(c)
                    if how == "right":
                        self.emit(" " * self.rng.randint(14, 30) + credit)
                        self.count["credit right-aligned on its own line"] += 1
                    else:
                        for k, piece in enumerate(credit.split("/")):
                            self.emit(piece)
                            if k:
                                self.count["byline broken across lines"] += 1
                self.count["photo caption with credit"] += 1
            elif op == "dupl":
                prev = next(l for l in reversed(self.lines) if l.strip())
                self.emit(prev)
                self.dups.append(re.sub(r"\s+", "", prev))
                self.count["line printed twice"] += 1
            elif op == "dupseg":
                aid, si = arg.split()
                a = self.arts[aid]
                txt = a["segs"][int(si)][-1][1].split("\x01")[-1].replace("/", "")
                self.emit(txt)
                self.dups.append(re.sub(r"\s+", "", txt))
                self.count["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
        # count a few more phenomena
        for a in self.arts.values():
            dl = a["dateline"]
            if "/" in dl:
                self.count["line break inside a dateline"] += 1
            if a["subtitle"].startswith("——"):
                self.count["dash-led subtitle"] += 1

    def text(self):
        out = []
        for ln, g in zip(self.lines, self.glue):
            if out and not g:
                out.append("")
            out.append(ln)
        return "\n".join(out) + "\n"

    def gold(self, fname):
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras, subheads = [], []
            for p in a["paras"]:
                if p.startswith("# "):
                    subheads.append(clean(p[2:]))
                    paras.append(clean(p[2:]))
                else:
                    paras.append(clean(p))
            arts.append({"kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
                         "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
                         "byline": clean(a["byline"]), "dateline": clean(a["dateline"]),
                         "continued": clean(a["continued"]), "subheads": subheads,
                         "paragraphs": paras})
        pg = self.page
        return {"source": fname, "issue_date": pg["date"],
                "issue_number": int(pg["issue"]) if pg.get("issue") else None,
                "page_count": int(pg["pages"]) if pg.get("pages") else None,
                "articles": arts,
                "extras": ["".join(x) for x in self.extras],
                "duplicates": self.dups}


def nowhite(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build():
    """Return {relative path: content} for every generated file, and README rows."""
    files, rows, total = {}, [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src.name, src.read_text(encoding="utf-8"))
        pg.run_layout()
        text = pg.text()
        no = pg.page["no"]
        stem = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(stem + ".txt")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(pg.count)
        total["lines of page text"] += len([l for l in pg.lines if l.strip()])
        kinds = Counter(a["kind"] for a in gold["articles"])
        rows.append((stem + ".txt", pg.page["date"], pg.page["pageno"], pg.mode, pg.punct,
                     len(gold["articles"]), nowhite(text),
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), pg.page.get("subjects", "")))
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(total.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | kinds | subjects |\n"
          "|---|---|---|---|---|---|---|---|---|\n" + "\n".join(
              "| " + " | ".join(str(c) for c in r) + " |" for r in rows))
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    return files, ph, pt


def main():
    files, ph, pt = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {len(files)} files")


if __name__ == "__main__":
    sys.exit(main())
