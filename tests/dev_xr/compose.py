#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice is drawn from a random.Random seeded
by the source file name, so the output is the same byte for byte on every run.
The source format is described in README.in / README.md.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLOSE = set("，。、；：？！”’）》」』,.;:?!)")
OPEN = set("“‘（《「『(")
FULLP = set("，。、；：？！“”‘’（）《》「」")
NUM_RE = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z%+×]|\.(?=[0-9]))*")
CUT_RE = re.compile(r"\{\|([a-z])\}")
WEEK = "一二三四五六日"
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# punctuation styles of the pages (source text is written full-width)
PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def conv(s: str, style: str) -> str:
    for a, b in PUNCT[style].items():
        s = s.replace(a, b)
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"arts": {}, "order": [], "layout": []}
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art "):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "paras": [], "opts": {}, **{f: "" for f in FIELDS}}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "layout":
            page["layout"].append(line)
            continue
        key, _, val = line.partition(" ")
        if sect == "page":
            page[key] = val.strip()
        elif sect == "art":
            if key in FIELDS:
                cur[key] = val.strip()
            elif key == "p":
                cur["paras"].append(("p", val.strip()))
            elif key == "s":
                cur["paras"].append(("s", val.strip()))
            else:
                cur["opts"][key] = val.strip()
    return page


# ---------------------------------------------------------------- helpers
def width(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = NUM_RE.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def isnum(t: str) -> bool:
    return bool(NUM_RE.fullmatch(t))


def cn_day(n: int) -> str:
    d = "一二三四五六七八九十"
    if n <= 10:
        return "初" + d[n - 1]
    if n < 20:
        return "十" + d[n - 11]
    if n == 20:
        return "二十"
    if n < 30:
        return "廿" + d[n - 21]
    return "三十"


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse(src)
        self.rng = random.Random(src.name)
        self.style = self.p.get("punct", "full")
        self.layout = self.p["form"]
        self.lines: list[str] = []      # output lines (None = forced blank)
        self.tight: list[bool] = []     # line follows previous without blank line
        self.extras: dict[str, list[str]] = {}
        self.dups: list[str] = []
        self.stats = Counter()
        self.segs = {}
        self.cut_types: dict[str, list[str]] = {}
        for aid, a in self.p["arts"].items():
            self.segs[aid] = self.segments(a)
        self.printed = Counter()

    # body segments: list of segments, each a list of (text, starts_paragraph)
    def segments(self, a):
        segs, cur = [], []
        for kind, text in a["paras"]:
            text = conv(text, self.style)
            parts = CUT_RE.split(text)
            # parts: text, type, text, type, ...
            first = True
            for k in range(0, len(parts), 2):
                piece = parts[k]
                cur.append((piece, first))
                first = False
                if k + 1 < len(parts):
                    self.cut_types.setdefault(a["id"], []).append(parts[k + 1])
                    segs.append(cur)
                    cur = []
        segs.append(cur)
        return segs

    def emit(self, text, tight=False):
        self.lines.append(text)
        self.tight.append(tight)

    def f(self, a, key):
        return conv(a[key], self.style)

    # ------------------------------------------------------------ column layout
    def render_line(self, toks, spread, a, lead=""):
        o = a["_style"]
        if spread:
            self.stats["justified line spread with spaces"] += 1
            s = ""
            for j, t in enumerate(toks):
                s += t
                if j + 1 < len(toks):
                    nxt = toks[j + 1]
                    if t in CLOSE or t in "（《(" or nxt in "“‘" or t == " " or nxt == " ":
                        continue
                    s += " "
            return lead + s
        s = ""
        for j, t in enumerate(toks):
            if isnum(t):
                if j > 0 and not s.endswith(" ") and self.rng.random() < o["pb"]:
                    s += " "
                    self.stats["space before a number run"] += 1
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.06:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                if nxt and nxt not in FULLP and nxt not in CLOSE and self.rng.random() < o["pa"]:
                    s += " "
                    self.stats["space after a number run"] += 1
                continue
            if t in "，、；：。" and j > 0 and not s.endswith(" ") and self.rng.random() < 0.025:
                s += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            s += t
            if t == "“" and j + 1 < len(toks) and self.rng.random() < o["pq"]:
                s += " "
                self.stats["space after an opening quote"] += 1
        return lead + s

    def wrap(self, pieces, a, breaks=()):
        """pieces: list of (text, starts_paragraph). Returns printed lines."""
        W = float(a["opts"].get("w", 17))
        out = []
        for text, starts in pieces:
            toks = tokens(text)
            forced = set()
            for b in breaks:
                k = text.find(b)
                if k > 0:
                    # token index at char offset k
                    pos = 0
                    for ti, t in enumerate(toks):
                        if pos == k:
                            forced.add(ti)
                            break
                        pos += len(t)
            i, first = 0, True
            while i < len(toks):
                cw = 2.0 if (first and starts) else 0.0
                comp = self.rng.random() < 0.2
                line = []
                while i < len(toks):
                    t = toks[i]
                    if line and i in forced:
                        break
                    tw = (0.5 if comp and t in FULLP else width(t))
                    if cw + tw <= W or not line:
                        line.append(t)
                        cw += tw
                        i += 1
                        continue
                    if t in CLOSE:           # hanging punctuation
                        line.append(t)
                        cw += tw
                        i += 1
                    break
                if len(line) > 1 and line[-1] in OPEN and i < len(toks):
                    line.pop()
                    i -= 1
                    cw -= 1
                while line and line[-1] == " ":
                    line.pop()
                    cw -= 0.5
                while line and line[0] == " ":
                    line.pop(0)
                if not line:
                    continue
                final = i >= len(toks)
                spread = (not final) and (W - cw >= 1.0) and len(line) > 3 and (i not in forced)
                lead = ""
                if first and starts and self.rng.random() < 0.08:
                    lead = " "
                    self.stats["leading space on a paragraph's first line"] += 1
                out.append(self.render_line(line, spread, a, lead))
                first = False
        return out

    # ------------------------------------------------------------ layout
    def run(self):
        for aid, a in self.p["arts"].items():
            o = a["opts"]
            num = o.get("nums") or self.rng.choice(["both", "before", "before", "mixed"])
            a["_style"] = {
                "pb": 0.0 if num == "none" else 0.92,
                "pa": {"both": 0.9, "before": 0.0, "mixed": 0.45, "none": 0.0}[num],
                "pq": float(o.get("pq", self.rng.choice([0.0, 0.0, 0.5]))),
            }
        for d in self.p["layout"]:
            self.directive(d)
        # every body segment must have been printed exactly once
        for aid, segs in self.segs.items():
            for k in range(1, len(segs) + 1):
                if self.printed[(aid, k)] != 1:
                    raise SystemExit(f"{self.src.name}: {aid} segment {k} printed {self.printed[(aid, k)]} times")

    def directive(self, d):
        tight = d.startswith("+")
        if tight:
            d = d[1:]
        op, _, rest = d.partition(" ")
        if op == "x":                                   # x:GROUP text
            grp = "x"
            m = re.match(r"x:(\S+) (.*)$", "x" + d[1:]) if d.startswith("x:") else None
            if m:
                grp, text = m.group(1), m.group(2)
            else:
                text = rest
            self.extras.setdefault(grp, []).append(text)
            self.emit(text, tight)
            self.stats["page furniture line (masthead, box)"] += 1
            return
        if d.startswith("x:"):
            grp, _, text = d[2:].partition(" ")
            self.extras.setdefault(grp, []).append(text)
            self.emit(text, tight)
            self.stats["page furniture line (masthead, box)"] += 1
            return
        if op == "blank":
            self.emit("", True)
            return
        if op == "dup":                                 # repeat the previous printed line
            prev = self.lines[-1]
            self.dups.append(squash(prev))
            self.emit(prev, tight)
            self.stats["line printed twice"] += 1
            return
        args = rest.split()
        aid = args[0]
        a = self.p["arts"][aid]
        opts = dict(x.split("=", 1) if "=" in x else (x, "1") for x in args[1:])
        if op == "head":
            parts = opts.get("parts", "t")
            names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column"}
            text = " ".join(self.f(a, names[c]) for c in parts if a[names[c]])
            if "tail" in opts:                          # last word alone on the next line
                n = int(opts["tail"])
                self.emit(text[:-n], tight)
                self.emit(text[-n:], opts.get("tailtight") == "1")
                self.stats["headline's last word left alone on a line"] += 1
            elif "wrap" in opts:                        # split after n chars, tight
                n = int(opts["wrap"])
                self.emit(text[:n], tight)
                self.emit(text[n:], True)
                self.stats["headline wrapped over two lines"] += 1
            elif "double" in opts:
                self.emit(text + text, tight)
                self.dups.append(squash(text))
                self.stats["headline drawn twice on one line"] += 1
            else:
                self.emit(text, tight)
            if "after" in opts:
                self.stats["headline printed after its body"] += 1
            if "bunch" in opts:
                self.stats["headline bunched with other stories' headlines"] += 1
            if len(parts) > 1 and self.layout == "paragraph":
                self.stats["headline parts joined on one line"] += 1
            return
        if op == "col":
            self.emit(self.f(a, "column"), tight)
            self.stats["column label on its own line"] += 1
            return
        if op == "by":
            text = self.f(a, "byline")
            if "at" in opts:
                k = text.find(opts["at"])
                self.emit(text[:k].rstrip(), tight)
                self.emit(text[k:], True)
                self.stats["byline broken between names"] += 1
            elif "right" in opts:
                self.emit(" " * int(opts["right"]) + text, tight)
                self.stats["credit right-aligned on its own line"] += 1
            else:
                self.emit(text, tight)
            return
        if op == "mark":
            self.emit(conv(a["opts"]["marker"], self.style), tight)
            self.stats["jump marker line"] += 1
            return
        if op == "body":
            self.body(a, aid, opts, tight)
            return
        raise SystemExit(f"{self.src.name}: unknown directive {d!r}")

    def body(self, a, aid, opts, tight):
        segs = self.segs[aid]
        sel = opts.get("segs")
        if sel is None:
            ks = list(range(1, len(segs) + 1))
        elif "-" in sel:
            lo, hi = sel.split("-")
            ks = list(range(int(lo), int(hi) + 1))
        else:
            ks = [int(sel)]
        pieces = []
        for k in ks:
            self.printed[(aid, k)] += 1
            if k > 1:
                t = self.cut_types[aid][k - 2]
                if k == ks[0]:
                    self.stats["cut:" + t] += 1
                    self.stats["story continued after a piece of other text"] += 1
                elif self.layout == "paragraph":
                    self.stats["cut:" + t] += 1
                    self.stats["paragraph split by a column break with nothing between"] += 1
            seg = list(segs[k - 1])
            if k == 1 and seg:
                head = ""
                if a["dateline"]:
                    head = self.f(a, "dateline")
                if a["opts"].get("lead"):              # e.g. ▲ ▲（紧接1版①）
                    head = a["opts"]["lead"] + head
                if head:
                    seg[0] = (head + seg[0][0], seg[0][1])
            if pieces and self.layout == "column" and not seg[0][1]:
                # column layout: a cut inside a printed range is no break at all
                last = pieces.pop()
                pieces.append((last[0] + seg[0][0], last[1]))
                seg = seg[1:]
            pieces.extend(seg)
        credit = ""
        if a["kind"] == "photo" and opts.get("credit") == "inline":
            credit = self.f(a, "byline")
        if self.layout == "paragraph":
            first = True
            for text, starts in pieces:
                if credit and (text, starts) == pieces[-1]:
                    text = text + opts.get("gap", "") + credit
                    self.stats["photo credit at the end of its caption"] += 1
                self.emit(text, tight if first else False)
                first = False
            return
        # column layout
        if a["kind"] == "photo" or opts.get("wide"):
            W = float(opts.get("w", 40))
            a2 = dict(a)
            a2["opts"] = dict(a["opts"], w=W)
            lines = self.wrap([(t, False) for t, s in pieces], a2)
            if credit:
                lines[-1] = lines[-1] + "  " + credit
                self.stats["photo credit at the end of its caption"] += 1
            for j, ln in enumerate(lines):
                self.emit(ln, tight if j == 0 else True)
            return
        breaks = [b for b in a["opts"].get("dlbreak", "").split("|") if b]
        for b in breaks:
            self.stats["dateline broken: " + a["opts"].get("dlwhy", "inside")] += 1
        lines = self.wrap(pieces, a, breaks)
        for j, ln in enumerate(lines):
            self.emit(ln, tight if j == 0 else False)

    # ------------------------------------------------------------ output
    def text(self) -> str:
        out = []
        lead = int(self.p.get("lead_blank", "0"))
        out.extend([""] * lead)
        for j, (ln, t) in enumerate(zip(self.lines, self.tight)):
            if j > 0 and not t:
                out.append("")
            out.append(ln)
        return "\n".join(out)

    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.p["order"]:
            a = self.p["arts"][aid]
            paras = []
            subs = []
            for kind, text in a["paras"]:
                t = squash(CUT_RE.sub("", conv(text, self.style)))
                paras.append(t)
                if kind == "s":
                    subs.append(conv(text, self.style))
            arts.append({
                "kind": a["kind"],
                "column": self.f(a, "column"),
                "kicker": self.f(a, "kicker"),
                "title": self.f(a, "title"),
                "subtitle": self.f(a, "subtitle"),
                "byline": self.f(a, "byline"),
                "dateline": self.f(a, "dateline"),
                "continued": self.f(a, "continued"),
                "subheads": subs,
                "paragraphs": paras,
            })
        pc = self.p.get("pagecount")
        return {
            "source": name,
            "issue_date": self.p["date"],
            "issue_number": self.p.get("issue") or None,
            "page_count": int(pc) if pc else None,
            "articles": arts,
            "extras": ["".join(squash(x) for x in v) for v in self.extras.values()],
            "duplicates": self.dups,
        }


def masthead_vars(date: str) -> dict:
    d = datetime.date.fromisoformat(date)
    return {"weekday": "星期" + WEEK[d.weekday()]}


def build() -> dict:
    files: dict[str, str] = {}
    rows, totals = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        nnn = src.stem[1:].zfill(3)
        name = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        totals.update(pg.stats)
        p = pg.p
        rows.append((name + ".txt", p["date"], p.get("page", ""), pg.layout, pg.style,
                     len(gold["articles"]), len(squash(text)), p.get("subjects", "")))
    ph = ["| phenomenon | count |", "|---|---:|"]
    names = {"cut:v": "paragraph cut between a verb and its figure",
             "cut:u": "paragraph cut between a figure and its unit",
             "cut:w": "paragraph cut inside a word",
             "cut:q": "paragraph cut inside a quoted term",
             "cut:n": "paragraph cut inside a name",
             "cut:p": "paragraph cut between phrases (column break)"}
    for k in sorted(totals, key=lambda k: (names.get(k, k))):
        ph.append(f"| {names.get(k, k)} | {totals[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.glob("*"):
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
