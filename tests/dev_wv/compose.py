#!/usr/bin/env python3
"""Lay out the dev_wv pages from src/pNN.txt: writes pages/*.txt, gold/*.json, README.md.

Standard library only. Every random choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLOSE = set("，。、；：？！”’）》〉」』…,.;:?!)%")
OPEN = set("“‘（《〈「『(")
CUT = re.compile(r"\|(\{[a-z]*\})?")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%:/+\-]*")
KINDS = ("news", "commentary", "feature", "photo", "continuation", "other")


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def punct(s: str, mode: str) -> str:
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in (("（", "("), ("）", ")"), ("，", ","), ("：", ":"), ("；", ";")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Source text -> gold text: drop cut marks and forced breaks."""
    s = CUT.sub("", s).replace("^", "")
    return re.sub(r" {2,}", " ", s).strip()


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


# ----------------------------------------------------------------------------- source

class Article:
    def __init__(self, aid: str, attrs: dict):
        self.id = aid
        self.kind = attrs.get("kind", "news")
        assert self.kind in KINDS, (aid, self.kind)
        self.width = float(attrs.get("width", "17"))
        self.flow = attrs.get("flow", "text")
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                   "dateline", "continued")}
        self.show = None
        self.paras: list[tuple[str, bool]] = []

    def gold(self, mode: str) -> dict:
        g = OrderedDict()
        g["kind"] = self.kind
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[k] = punct(clean(self.f[k]), mode)
        g["subheads"] = [punct(clean(t), mode) for t, sub in self.paras if sub]
        g["paragraphs"] = [punct(clean(t), mode) for t, _ in self.paras]
        return g

    def pieces(self):
        """Flow pieces: (text, starts_para, cut_tag_after or None, ends_para)."""
        out = []
        for pi, (t, _) in enumerate(self.paras):
            parts = CUT.split(t)
            # CUT.split gives text, tag, text, tag, ...
            texts, tags = parts[0::2], parts[1::2]
            for i, tx in enumerate(texts):
                tag = None
                if i < len(tags):
                    tag = tags[i] or "{}"
                if tx or i == 0:
                    out.append([tx, i == 0, tag, i == len(texts) - 1])
                elif tag is None and out:
                    out[-1][3] = True
        if out and self.f["dateline"]:
            dl = self.f["dateline"]
            # a forced break never leaves fewer than four characters (name and bracket)
            # alone at the head of the next line, as on the seeds
            parts = dl.split("^")
            keep = parts[0]
            for p in parts[1:]:
                keep += ("^" if len(re.sub(r"\s", "", p)) >= 4 else "") + p
            out[0][0] = keep + out[0][0]
        return out

    def segments(self):
        segs, cur = [], []
        for tx, start, tag, end in self.pieces():
            cur.append((tx, start, end))
            if tag is not None:
                segs.append(cur)
                cur = []
        if cur:
            segs.append(cur)
        return segs


def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=="):
            head = line[2:].split()
            if head[0] == "layout":
                in_layout, cur = True, None
                continue
            attrs = dict(x.split("=", 1) for x in head[1:])
            cur = Article(head[0], attrs)
            arts[cur.id] = cur
            continue
        if in_layout:
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            meta[key] = val
        elif key in ("p", "cap"):
            cur.paras.append((val, False))
        elif key == "s":
            cur.paras.append((val, True))
        elif key == "show":
            cur.show = val
        elif key in cur.f:
            cur.f[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout


# ----------------------------------------------------------------------------- layout

class Page:
    def __init__(self, name: str, meta: dict, arts: dict):
        self.rng = random.Random(name)
        self.meta = meta
        self.arts = arts
        self.mode = meta["punct"]
        self.column = meta["layout"] == "column"
        self.lines: list[list] = []          # [text, blank lines after]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.seg_lines: dict = {}
        self.done: set = set()

    # --- low level
    def emit(self, text: str, gap: int = 1):
        self.lines.append([punct(text.rstrip(), self.mode), gap])

    def tight(self):
        if self.lines:
            self.lines[-1][1] = 0

    def text(self) -> str:
        out = []
        for t, gap in self.lines:
            out.append(t + "\n" + "\n" * gap)
        return "".join(out)

    # --- column line breaking
    def tokens(self, s: str):
        toks, i = [], 0
        while i < len(s):
            m = NUMRUN.match(s, i)
            if m and s[i] != "^":
                toks.append(m.group())
                i = m.end()
            else:
                toks.append(s[i])
                i += 1
        return toks

    @staticmethod
    def width(tok: str) -> float:
        return sum(0.5 if ord(c) < 128 else 1 for c in tok)

    def render_plain(self, toks) -> str:
        out = ""
        prev = ""
        for t in toks:
            sp = ""
            if prev and NUMRUN.fullmatch(t) and any(ch.isdigit() for ch in t) and is_cjk(prev[-1]):
                if self.rng.random() < 0.6:
                    sp = " "
                    self.stats["space before a number run"] += 1
            elif prev and NUMRUN.fullmatch(prev) and any(ch.isdigit() for ch in prev) and is_cjk(t[0]):
                if self.rng.random() < 0.35:
                    sp = " "
                    self.stats["space after a number run"] += 1
            elif prev == "“" and self.rng.random() < 0.12:
                sp = " "
                self.stats["space after an opening quote"] += 1
            elif t in "、，" and prev and is_cjk(prev[-1]) and self.rng.random() < 0.04:
                sp = " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.15:
                t = t[:-1] + " %"
                self.stats["glyph-gap space before %"] += 1
            out += sp + t
            prev = t
        return out

    def render_spread(self, toks) -> str:
        toks = [t for t in toks if t.strip()]
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a[-1] in CLOSE or b[0] in OPEN:
                out += b
            else:
                out += " " + b
        self.stats["justified line spread with spaces"] += 1
        return out

    def finish(self, toks, gap: float) -> str:
        """A full column line. It is spread with spaces when the next token left a gap of
        an em or more, or (as measured on the seeds, about one line in twenty) when its
        punctuation was set half-width and the justification filled the line."""
        npunct = sum(1 for t in toks if t[0] in CLOSE)
        if len(toks) > 3 and (gap >= 1 or (npunct >= 2 and self.rng.random() < 0.22)):
            return self.render_spread(toks)
        return self.render_plain(toks)

    def flow_column(self, seg, width: float) -> list[str]:
        lines = []
        for k, (tx, start, end) in enumerate(seg):
            cap = width - 2 if start else width
            cur, w = [], 0.0
            toks = self.tokens(tx)
            i = 0
            while i < len(toks):
                t = toks[i]
                if t == "^":
                    if cur:
                        lines.append(self.render_plain(cur))
                        self.stats["forced break inside a dateline or byline"] += 1
                    cur, w, cap = [], 0.0, width
                    i += 1
                    continue
                tw = self.width(t)
                if w + tw <= cap or not cur or t[0] in CLOSE:
                    cur.append(t)
                    w += tw
                    i += 1
                    continue
                # the line is full; an opening quote or bracket never ends a line
                if cur[-1] in OPEN and len(cur) > 2:
                    cur.pop()
                    i -= 1
                    w = sum(self.width(t) for t in cur)
                lines.append(self.finish(cur, cap - w))
                cur, w, cap = [], 0.0, width
            if cur:
                lines.append(self.render_plain(cur))
        return lines

    # --- directives
    def head_lines(self, a: Article):
        if a.show:
            spec = a.show
        else:
            parts = [a.f[k] for k in ("kicker", "title", "subtitle") if a.f[k]]
            spec = (" / " if self.column else " ").join(parts)
        groups = spec.split(" // ")
        return [g.split(" / ") for g in groups]

    def do_head(self, a: Article, how: str = ""):
        self.done.add((a.id, "head"))
        groups = self.head_lines(a)
        for gi, g in enumerate(groups):
            for li, ln in enumerate(g):
                self.emit(ln, 0 if li < len(g) - 1 else 1)
        if how in ("double", "twice"):
            t = punct(a.f["title"], self.mode)
            for ln in self.lines[::-1]:
                if ln[0].strip() == t:
                    if how == "double":
                        ln[0] = ln[0] + ln[0].strip()
                        self.stats["headline doubled on one line"] += 1
                    else:
                        self.lines.insert(self.lines.index(ln) + 1, [ln[0], ln[1]])
                        ln[1] = 0
                        self.stats["headline printed as two identical lines"] += 1
                    self.dups.append(t)
                    break
            else:
                raise SystemExit(f"title line of {a.id} not found for {how}")
        self.stats["headline stacks"] += 1
        self.stats[f"headline stack of {sum(len(g) for g in groups)} line(s)"] += 1

    def do_body(self, a: Article, which: str, lead: str = ""):
        segs = a.segments()
        if "-" in which:
            lo, hi = map(int, which.split("-"))
            idx = range(lo, hi + 1)
        elif which == "all":
            idx = range(len(segs))
        else:
            idx = [int(which)]
        for si in idx:
            if si >= len(segs):
                raise SystemExit(f"{a.id}: no segment {si} (has {len(segs)})")
            seg = segs[si]
            if lead:
                seg = [(lead + seg[0][0], False, seg[0][2])] + seg[1:]
                lead = ""
            if si > 0 and not seg[0][1]:
                self.stats["story resumed mid-paragraph"] += 1
            first = len(self.lines)
            if a.flow == "lines":
                for tx, start, end in seg:
                    self.emit(tx.replace("^", ""))
            elif self.column:
                for ln in self.flow_column(seg, a.width):
                    self.emit(ln)
            else:
                for tx, start, end in seg:
                    self.emit(tx.replace("^", ""))
            if (a.id, si) in self.seg_lines:
                raise SystemExit(f"{a.id} segment {si} printed twice")
            self.seg_lines[(a.id, si)] = (first, len(self.lines))

    def do_byline(self, a: Article):
        self.done.add((a.id, "byline"))
        parts = [p.strip() for p in a.f["byline"].split("^")]
        for i, p in enumerate(parts):
            self.emit(p, 0 if i < len(parts) - 1 else 1)
        if len(parts) > 1:
            self.stats["forced break inside a dateline or byline"] += 1

    def do_photo(self, a: Article, how: str):
        self.done.add((a.id, "photo"))
        cap = clean(a.paras[0][0])
        credit = clean(a.f["byline"])
        if self.column and a.width:
            lines = self.flow_column([(cap, False, True)], a.width)
        else:
            lines = [cap]
        if how == "inline" and credit:
            lines[-1] += " " + credit
        for ln in lines:
            self.emit(ln)
        if how == "right" and credit:
            self.emit(" " * self.rng.randint(18, 40) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        if how == "after" and credit:
            self.emit(credit)
        self.stats["photo captions"] += 1

    def run(self, layout: list[str]):
        for d in layout:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "mast":
                pieces = [p.strip() for p in rest.split("|")]
                for p in pieces:
                    sub = [x.strip() for x in p.split(" / ")]
                    for k, x in enumerate(sub):
                        self.emit(x, 0 if k < len(sub) - 1 else 1)
                pieces = [x for p in pieces for x in p.split(" / ")]
                self.extras.append("".join(re.sub(r"\s+", "", p) for p in pieces))
                self.stats["masthead pieces"] += len(pieces)
            elif op == "box":
                self.emit(rest)
                self.extras.append(punct(rest, self.mode))
                self.stats["box lines (countdown, code prompt, framed label)"] += 1
            elif op == "head":
                self.do_head(self.arts[args[0]], args[1] if len(args) > 1 else "")
            elif op == "byline":
                self.do_byline(self.arts[args[0]])
            elif op == "label":
                self.emit(self.arts[args[0]].f["column"])
                self.stats["column labels printed"] += 1
            elif op == "body":
                lead = rest.split(" ", 2)[2] if len(args) > 2 else ""
                self.do_body(self.arts[args[0]], args[1], lead)
                if lead:
                    self.stats["jump markers"] += 1
            elif op == "mark":
                self.emit(rest)
                self.stats["jump markers"] += 1
            elif op == "photo":
                self.do_photo(self.arts[args[0]], args[1] if len(args) > 1 else "inline")
            elif op == "dup":
                t, gap = self.lines[-1]
                self.lines[-1][1] = 1
                self.lines.append([t, gap])
                self.dups.append(t.strip())
                self.stats["lines printed twice"] += 1
            elif op == "dupseg":
                lo, hi = self.seg_lines[(args[0], int(args[1]))]
                for t, _ in self.lines[lo:hi]:
                    self.lines.append([t, 1])
                    self.dups.append(t.strip())
                    self.stats["lines printed twice"] += 1
            elif op == "tight":
                self.tight()
                self.stats["lines bunched without a blank line"] += 1
            elif op == "blank":
                n = int(args[0])
                if self.lines:
                    self.lines[-1][1] += n
                else:
                    self.lines.append(["", n - 1])
            elif op == "lead":
                # leading space before the next printed line
                self.stats["leading space on a line"] += 1
                self._lead = True
            else:
                raise SystemExit(f"unknown layout op {op!r}")
            if op == "label":
                self.done.add((args[0], "label"))
            if op != "lead" and getattr(self, "_lead", False) and self.lines:
                self.lines[-1][0] = " " + self.lines[-1][0]
                self._lead = False


def verify(page: Page, name: str):
    """Every part of every article printed exactly once (headline, byline, label, body)."""
    for a in page.arts.values():
        if a.kind == "photo":
            need = [(a.id, "photo")] + ([(a.id, "head")] if a.f["title"] else [])
        else:
            need = [(a.id, si) for si in range(len(a.segments()))]
            if a.f["kicker"] or a.f["title"] or a.f["subtitle"]:
                need.append((a.id, "head"))
            if a.f["byline"]:
                need.append((a.id, "byline"))
        have = set(page.seg_lines) | page.done
        miss = [n for n in need if n not in have]
        if miss:
            raise SystemExit(f"{name}: not printed: {miss}")
    labels = {a.f["column"] for a in page.arts.values() if a.f["column"]}
    printed = {t.strip() for t, _ in page.lines}
    for lab in labels:
        if punct(lab, page.mode) not in printed:
            raise SystemExit(f"{name}: column label {lab} not printed")


def count_cuts(arts: dict, stats: Counter, paragraph_layout: bool):
    for a in arts.values():
        for t, _ in a.paras:
            for m in CUT.finditer(t):
                before, after = t[:m.start()], t[m.end():]
                tag = (m.group(1) or "{}")[1:-1]
                if not after:
                    kind = "cut at a paragraph end"
                elif tag == "name":
                    kind = "cut inside a name"
                elif tag == "place":
                    kind = "cut inside a place name"
                elif before and before[-1].isdigit() and is_cjk(after[0]):
                    kind = "cut between a figure and its unit"
                elif before and is_cjk(before[-1]) and after[0].isdigit():
                    kind = "cut between a verb and its figure"
                elif before.count("“") > before.count("”"):
                    kind = "cut inside a quoted term"
                else:
                    kind = "cut inside a word or sentence"
                stats[kind + (" (paragraph layout)" if paragraph_layout else " (column layout)")] += 1


# ----------------------------------------------------------------------------- build

def build(out: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "gold").glob("*.json")):
        old.unlink()
    total = Counter()
    rows = []
    for src in srcs:
        meta, arts, layout = parse(src)
        page = Page(src.name, meta, arts)
        page.run(layout)
        verify(page, src.name)
        count_cuts(arts, page.stats, not page.column)
        text = page.text()
        num = meta["page"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = OrderedDict()
        gold["source"] = f"{name}.txt"
        gold["issue_date"] = meta["date"]
        gold["issue_number"] = meta.get("issue") or None
        gold["page_count"] = int(meta["pagecount"]) if meta.get("pagecount") else None
        gold["articles"] = [a.gold(page.mode) for a in arts.values()]
        gold["extras"] = page.extras
        gold["duplicates"] = page.dups
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(page.stats)
        rows.append((name, meta, len(arts), nows(text)))
    write_readme(out, total, rows)
    return rows


def write_readme(out: Path, total: Counter, rows):
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    pn = {"full": "full-width", "mixed": "full commas, half-width brackets",
          "half": "half-width , ( ) ; :"}
    for name, meta, n, chars in rows:
        pg.append(f"| {name}.txt | {meta['date']} | {meta['pageno']} | {meta['layout']} | "
                  f"{pn[meta['punct']]} | {n} | {chars} | {meta.get('subjects', '')} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    txt = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    (out / "README.md").write_text(txt, encoding="utf-8")


if __name__ == "__main__":
    rows = build(HERE)
    for name, meta, n, chars in rows:
        print(f"{name}  {meta['date']}  p{meta['pageno']:>2}  {meta['layout']:9} {n:2} articles {chars} chars")
