#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Every page is drawn from its source file (src/pNN.txt): a page header, one
section per article, and a layout script.  The layout script decides the order
in which headlines, bylines, body ranges, photos, markers, boxes and repeated
lines are printed; compose.py applies the extraction artefacts measured on the
seeds (column wrapping, spaces around number runs, justified lines spread with
spaces ...) using a random.Random seeded by the source file name, so the output
is the same on every run.  Standard library only.
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

# ---------------------------------------------------------------- measures
# Measured on seeds 000 and 004 (column layout):
#  * body columns are 17 em (seed 000 news), 12 em (seed 000 commentary) and
#    20 em (seed 004); a line fills to the width, closing punctuation may hang.
#  * about 4-8 % of the full lines are "spread": the extractor put a space
#    between every glyph (not after a comma-like mark).
#  * a number run is printed with spaces on both sides 35 %, before only 22 %,
#    after only 20 %, no space 23 % (counts of 000 + 004).
NUM_SPACE = [("both", 35), ("before", 22), ("after", 20), ("none", 23)]
SPREAD_P = 0.04
SPREAD_P_BUSY = 0.09      # lines with a number run or three marks or more
QUOTE_GAP_P = 0.25        # “ followed by a space on a spread or plain line
CLOSERS = "，。、；：？！”’）》」"
OPENERS = "“‘（《「"
MARKS = "，。、；：？！“”‘’（）《》"


def em(ch: str) -> float:
    if ch == " ":
        return 0.5
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def width(s: str) -> float:
    return sum(em(c) for c in s)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ---------------------------------------------------------------- punctuation
def punct(text: str, style: str) -> str:
    """The page's punctuation width: full, mixed (full commas, half brackets), half."""
    if style in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    return text


# ---------------------------------------------------------------- source
FIELDS = ["column", "kicker", "title", "subtitle", "byline", "dateline", "continued"]


class Article:
    def __init__(self, aid: str, kind: str):
        self.id = aid
        self.kind = kind
        self.f = {k: "" for k in FIELDS}
        self.lead = ""          # marker printed before the body (▲ ▲（上接1版）)
        self.paras: list[list[str]] = []   # paragraph -> pieces (cut at ¦)
        self.subheads: list[int] = []      # indexes of paragraphs that are crossheads

    def gold_text(self, s: str) -> str:
        return s.replace(" / ", " ").replace("/", "")

    def paragraph(self, i: int) -> str:
        return "".join(self.paras[i])


def parse(path: Path):
    meta: dict[str, str] = {}
    arts: dict[str, Article] = {}
    order: list[str] = []
    layout: list[str] = []
    sect = None
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            if line.startswith("## ") and sect == "art":
                cur.subheads.append(len(cur.paras))
                cur.paras.append([line[3:].strip()])
            continue
        if line == "@page":
            sect = "page"
            continue
        if line.startswith("@a "):
            _, aid, kind = line.split()
            cur = Article(aid, kind)
            arts[aid] = cur
            order.append(aid)
            sect = "art"
            continue
        if line == "@layout":
            sect = "layout"
            continue
        if sect == "page":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif sect == "art":
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "p":
                cur.paras.append(v.split("¦"))
            elif k == "lead":
                cur.lead = v
            elif k in FIELDS:
                cur.f[k] = v
            else:
                raise ValueError(f"{path.name}: unknown field {k}")
        elif sect == "layout":
            layout.append(line.strip())
    return meta, arts, order, layout


# ---------------------------------------------------------------- column lines
NUMRUN = re.compile(r"[0-9][0-9.]*%?")


def wrap(text: str, w: float, indent: float = 0.0) -> list[str]:
    """Greedy fill to w em (the first line indented); closing marks may hang."""
    lines, cur, cw = [], "", indent
    i = 0
    while i < len(text):
        ch = text[i]
        # keep a number run whole
        m = NUMRUN.match(text, i) if ch.isdigit() else None
        tok = m.group(0) if m else ch
        tw = width(tok)
        if cw + tw > w and cur and not (tok in CLOSERS and cw + tw <= w + 2):
            lines.append(cur)
            cur, cw = "", 0.0
        cur += tok
        cw += tw
        i += len(tok)
    if cur:
        lines.append(cur)
    # an opening mark never ends a line: it moves down to the next one
    for i in range(len(lines) - 1):
        while lines[i] and lines[i][-1] in OPENERS:
            lines[i + 1] = lines[i][-1] + lines[i + 1]
            lines[i] = lines[i][:-1]
    return [l.strip() for l in lines]


class Stats(Counter):
    pass


def number_spaces(line: str, rng: random.Random, st: Stats) -> str:
    out, last = [], 0
    for m in NUMRUN.finditer(line):
        a, b = m.span()
        choice = rng.choices([c for c, _ in NUM_SPACE], [w for _, w in NUM_SPACE])[0]
        pre = a > 0 and line[a - 1] not in " " and choice in ("both", "before")
        post = b < len(line) and line[b] not in " " and choice in ("both", "after")
        out.append(line[last:a])
        run = m.group(0)
        if run.endswith("%") and len(run) > 1 and rng.random() < 0.08:
            run = run[:-1] + " %"
            st["glyph-gap space before %"] += 1
        out.append((" " if pre else "") + run + (" " if post else ""))
        if pre or post:
            st["number runs printed with spaces"] += 1
        last = b
    out.append(line[last:])
    return "".join(out)


def spread(line: str) -> str:
    """A justified line whose glyphs the extractor spaced out: a space between
    tokens, none after a comma-like mark, one after an opening quote."""
    toks = []
    i = 0
    while i < len(line):
        m = NUMRUN.match(line, i) if line[i].isdigit() else None
        t = m.group(0) if m else line[i]
        if t != " ":
            toks.append(t)
        i += len(t)
    out = toks[0] if toks else ""
    for prev, t in zip(toks, toks[1:]):
        if prev in CLOSERS or (t in OPENERS and prev not in OPENERS):
            out += t
        elif prev in OPENERS and t in OPENERS:
            out += t
        else:
            out += " " + t
    return out


def column_line(line: str, full: bool, rng: random.Random, st: Stats) -> str:
    busy = bool(NUMRUN.search(line)) or sum(c in MARKS for c in line) >= 3
    if full and rng.random() < (SPREAD_P_BUSY if busy else SPREAD_P):
        st["justified lines spread with spaces"] += 1
        return spread(line)
    line = number_spaces(line, rng, st)
    if "“" in line and rng.random() < QUOTE_GAP_P / 3:
        st["space after an opening quote"] += 1
        line = line.replace("“", "“ ", 1)
    if rng.random() < 0.03 and re.search(r"[\u4e00-\u9fff][，、；]", line):
        st["glyph-gap space before a mark"] += 1
        line = re.sub(r"([\u4e00-\u9fff])([，、；])", r"\1 \2", line, count=1)
    return line


# ---------------------------------------------------------------- page
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.order, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.st = Stats()
        self.style = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.first_body: dict[str, int] = {}
        self.body_done: set[str] = set()
        self.head_done: set[str] = set()
        self.last_body_line = ""
        self.prev_body = None     # article id of the previous body directive
        self.wrapped: dict[str, list[list[list[str]]]] = {}
        self.printed: set[tuple] = set()

    def P(self, s: str) -> str:
        return punct(s, self.style)

    def emit(self, s: str, blank: bool = True):
        self.lines.append(s)
        if blank:
            self.lines.append("")

    # -- pieces of an article body as printed lines
    def pieces(self, a: Article):
        """pieces[p][k] -> list of printed lines."""
        if a.id in self.wrapped:
            return self.wrapped[a.id]
        w = float(self.meta.get("width", 17))
        res = []
        for pi, para in enumerate(a.paras):
            text = self.P("".join(para))
            lead = ""
            if pi == 0:
                lead = self.P(a.lead) + self.P(a.f["dateline"])
                if self.col and a.lead:
                    self.st["jump markers"] += 1
            if pi in a.subheads:
                res.append([[text]])
                continue
            if not self.col:
                ps = [[self.P(x)] for x in para]
                if lead:
                    # a "/" in the dateline is a printed line break
                    segs = [x.strip() for x in lead.split("/")]
                    ps[0] = segs[:-1] + [segs[-1] + ps[0][0]]
                res.append(ps)
                continue
            whole = lead + text
            dl = self.P(a.f["dateline"])
            forced = [m.start() + len(self.P(a.lead)) for m in re.finditer("/", dl)] if pi == 0 else []
            whole = whole.replace("/", "") if pi == 0 else whole
            # forced breaks (from "/" in the dateline), then fill
            segs, last = [], 0
            for k, pos in enumerate(forced):
                segs.append(whole[last:pos - k])
                last = pos - k
            segs.append(whole[last:])
            lines = []
            for k, sg in enumerate(segs):
                if k < len(segs) - 1:
                    lines.append(sg.strip())
                else:
                    lines += wrap(sg, w, 2.0 if k == 0 else 0.0)
            # cut points snap to the end of the line they fall in
            cuts, acc = [], len(lead.replace("/", ""))
            for piece in para[:-1]:
                acc += len(self.P(piece))
                n = 0
                for li, ln in enumerate(lines):
                    n += len(ln)
                    if n >= acc:
                        cuts.append(li + 1)
                        break
            if pi == 0 and dl:
                self.count_dateline_breaks(self.P(a.lead) + dl.replace("/", ""), lines)
            bounds = [0] + cuts + [len(lines)]
            res.append([lines[bounds[k]:bounds[k + 1]] for k in range(len(bounds) - 1)])
        self.wrapped[a.id] = res
        return res

    def count_dateline_breaks(self, dl: str, lines: list[str]):
        """Where the printed column lines break inside the dateline."""
        flat = dl.replace(" ", "")
        m = re.search(r"[讯电]", flat)
        pos = 0
        for ln in lines[:-1]:
            pos += len(ln.replace(" ", ""))
            if pos >= len(flat):
                break
            if m and pos < m.start():
                self.st["line break inside a dateline's date"] += 1
            elif flat[pos:].startswith("通讯员"):
                self.st["line break before 通讯员"] += 1
            elif m and pos > m.start() + 2:
                self.st["line break between a dateline's names"] += 1

    def body(self, a: Article, rng_spec: str | None):
        pcs = self.pieces(a)
        flat = [(p, k) for p in range(len(pcs)) for k in range(len(pcs[p]))]

        def pos(spec: str, end: bool):
            if "." in spec:
                p, k = spec.split(".")
                return flat.index((int(p), int(k)))
            p = int(spec)
            ks = [i for i, (pp, _) in enumerate(flat) if pp == p]
            return ks[-1] if end else ks[0]
        if rng_spec:
            lo, _, hi = rng_spec.partition("-")
            if "-" not in rng_spec:
                hi = lo
            i0 = pos(lo, False) if lo else 0
            i1 = pos(hi, True) if hi else len(flat) - 1
        else:
            i0, i1 = 0, len(flat) - 1
        if a.id not in self.first_body:
            self.first_body[a.id] = len(self.lines)
        if self.prev_body == a.id and i0 < len(flat) and flat[i0][1] > 0:
            self.st["paragraph split by a column break, nothing between"] += 1
        elif a.id in self.body_done and i0 < len(flat) and flat[i0][1] > 0:
            self.st["story cut mid-paragraph, continued after another story"] += 1
        self.body_done.add(a.id)
        w = float(self.meta.get("width", 17))
        for i in range(i0, i1 + 1):
            p, k = flat[i]
            lines = pcs[p][k]
            key = (a.id, p, k)
            if key in self.printed:
                raise ValueError(f"{self.src.name}: {a.id} piece {p}.{k} printed twice")
            self.printed.add(key)
            if k > 0 and i > i0:
                self.st["paragraph split by a column break, nothing between"] += 1
            last_piece_of_para = k == len(pcs[p]) - 1
            for li, ln in enumerate(lines):
                if self.col and p not in a.subheads:
                    room = w - 2 if (k == 0 and li == 0) else w
                    full = not (last_piece_of_para and li == len(lines) - 1) and width(ln) >= room - 1.5
                    ln = column_line(ln, full, self.rng, self.st)
                    if p == 0 and k == 0 and li == 0 and self.rng.random() < 0.3:
                        ln = " " + ln
                self.emit(ln)
                self.last_body_line = ln
        self.prev_body = a.id

    def head(self, a: Article, mode: str):
        parts = [a.f["kicker"], a.f["title"], a.f["subtitle"]]
        parts = [self.P(x) for x in parts if x]
        if a.id in self.body_done:
            self.st["headline printed after its body"] += 1
        if self.prev_head and self.prev_head != a.id:
            self.st["headlines bunched with another story's"] += 1
        if mode == "join":
            lines = [" ".join(parts)]
        elif mode.startswith("join2"):
            # kicker + title on one line, subtitle on the next
            lines = [" ".join(parts[:2])] + parts[2:]
        else:
            lines = parts
        out = []
        for ln in lines:
            segs = [s.strip() for s in ln.split("/")]
            if len(segs) > 1 and len(segs[-1]) <= 5:
                self.st["headline's last word left alone on a line"] += 1
            out += segs
        title = self.P(a.f["title"]).replace(" / ", " ").replace("/", "")
        for ln in out:
            self.emit(ln)
        if mode == "twice":
            self.st["headline drawn twice (two identical lines)"] += 1
            self.emit(out[-1])
            self.dups.append(out[-1])
        elif mode == "double":
            self.st["headline drawn twice (doubled on one line)"] += 1
            self.lines[-2] = self.lines[-2] + self.lines[-2]
            self.dups.append(out[-1])
        self.head_done.add(a.id)
        return title

    def run(self):
        self.prev_head = None
        for d in self.layout:
            op, _, rest = d.partition(" ")
            rest = rest.strip()
            was_head = False
            if op in ("mast", "box"):
                chunk = []
                for piece in re.split(r"(\||\+)", rest):
                    if piece == "|":
                        continue
                    if piece == "+":
                        self.lines.pop()          # no blank line before the next piece
                        continue
                    self.emit(self.P(piece))
                    chunk.append(self.P(piece))
                self.extras.append("".join(chunk))
                key = "masthead pieces" if op == "mast" else "short box lines"
                self.st[key] += len(chunk)
                if op == "mast" and any(re.match(r"\d+ \S", c) for c in chunk):
                    self.st["masthead pieces merged on one line"] += 1
            elif op == "blank":
                for _ in range(int(rest or 1)):
                    self.lines.append("")
            elif op == "width":
                self.meta["width"] = rest
            elif op == "head":
                aid, _, mode = rest.partition(" ")
                self.head(self.arts[aid], mode or ("lines" if self.col else "join"))
                was_head = True
                self.prev_head = aid
            elif op == "col":
                a = self.arts[rest]
                self.emit(self.P(a.f["column"]))
                self.st["column labels on their own line"] += 1
            elif op == "byline":
                a = self.arts[rest]
                segs = [s.strip() for s in self.P(a.f["byline"]).split("/")]
                if len(segs) > 1:
                    if segs[1].startswith("通讯员"):
                        self.st["line break before 通讯员"] += 1
                    else:
                        self.st["line break between a byline's names"] += 1
                for s in segs:
                    self.emit(s)
                if a.id not in self.first_body:
                    self.first_body[a.id] = len(self.lines)
            elif op == "body":
                aid, _, spec = rest.partition(" ")
                self.body(self.arts[aid], spec or None)
                self.prev_head = None
                continue
            elif op == "photo":
                aid, _, mode = rest.partition(" ")
                a = self.arts[aid]
                cap = self.P(a.paragraph(0))
                for k in range(len(a.paras[0])):
                    self.printed.add((aid, 0, k))
                cred = self.P(a.f["byline"])
                if aid not in self.first_body:
                    self.first_body[aid] = len(self.lines)
                if mode == "right":
                    self.emit(cap)
                    self.emit(" " * self.rng.randint(24, 40) + cred)
                    self.st["credits right-aligned on their own line"] += 1
                elif mode == "below":
                    self.emit(cap)
                    if cred:
                        self.emit(cred)
                elif mode == "nocredit":
                    self.emit(cap)
                else:
                    self.emit(cap + (" " + cred if cred else ""))
            elif op == "mark":
                self.emit(self.P(rest))
                self.st["jump markers"] += 1
            elif op == "dupline":
                self.emit(self.last_body_line)
                self.dups.append(self.last_body_line)
                self.st["lines printed twice"] += 1
            elif op == "dup":
                aid, _, spec = rest.partition(" ")
                a = self.arts[aid]
                p, _, k = spec.partition(".")
                text = self.P(a.paras[int(p)][int(k or 0)])
                self.emit(text)
                self.dups.append(text)
                self.st["lines printed twice"] += 1
            else:
                raise ValueError(f"{self.src.name}: unknown layout op {op}")
            if not was_head:
                self.prev_head = None
            self.prev_body = None
        for a in self.arts.values():
            for p, para in enumerate(a.paras):
                for k in range(len(para)):
                    if (a.id, p, k) not in self.printed:
                        raise ValueError(f"{self.src.name}: {a.id} piece {p}.{k} never printed")
            for f in ("kicker", "title", "subtitle") if a.f["title"] or a.f["kicker"] else ():
                pass
        # phenomena read off the articles
        for a in self.arts.values():
            if self.col:
                continue        # counted from the wrapped lines
            if re.search(r"\d月/|月/\d|/\d+日", a.f["dateline"]):
                self.st["line break inside a dateline's date"] += 1
            if "/" in a.f["dateline"] and re.search(r"/ ?通讯员", a.f["dateline"]):
                self.st["line break before 通讯员"] += 1
            if a.lead:
                self.st["jump markers"] += 1
        text = "\n".join(self.lines).rstrip("\n") + "\n" * (1 + self.rng.choice([0, 2]))
        return text

    def gold(self, fname: str):
        arts = sorted(self.order, key=lambda x: (self.first_body.get(x, 10 ** 9), self.order.index(x)))
        out = []
        for aid in arts:
            a = self.arts[aid]
            g = {"kind": a.kind}
            for k in FIELDS:
                v = self.P(a.f[k])
                g[k] = v.replace(" / ", " ").replace("/", "")
            g["subheads"] = [self.P(a.paragraph(i)) for i in a.subheads]
            g["paragraphs"] = [self.P(a.paragraph(i)) for i in range(len(a.paras))]
            out.append(g)
        m = self.meta
        return {
            "source": fname,
            "issue_date": m["date"],
            "issue_number": int(m["issue"]) if m.get("issue") else None,
            "page_count": int(m["pagecount"]) if m.get("pagecount") else None,
            "articles": out,
            "extras": self.extras,
            "duplicates": self.dups,
        }


# ---------------------------------------------------------------- build
def build():
    """Return {relative path: text} for every generated file, and the tables."""
    files: dict[str, str] = {}
    rows, total = [], Stats()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{h}"
        files[f"pages/{stem}.txt"] = text
        gold = pg.gold(stem + ".txt")
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(pg.st)
        m = pg.meta
        rows.append((stem + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), len(squash(text)), m.get("subjects", "")))
    phen = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items(), key=lambda x: (-x[1], x[0])))
    phen = "| phenomenon | count |\n|---|---|\n" + phen
    pages = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
            "|---|---|---|---|---|---|---|---|\n" + "\n".join(
                "| " + " | ".join(str(x) for x in r) + " |" for r in rows)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", pages)
    return files, phen, pages


def main():
    files, phen, pages = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file() and f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
