#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
their gold annotations (gold/) and README.md (from README.in).

    python3 compose.py

Standard library only. Every small choice (number spacing, which squeezed
column lines are spread) comes from a random.Random seeded by the source file
name, so the output is the same byte for byte on every run.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

CLOSE = set("，、。；：？！”’）》」…,;:)")
OPEN = set("“‘（《「(")
PUNCT = CLOSE | OPEN | {"—"}

# ---------------------------------------------------------------- parsing


class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.paras: list[list[str]] = []   # each paragraph: list of pieces (cut at ¦)
        self.sub: list[int] = []            # indexes of subhead paragraphs
        self.width = 0
        self.dlmode = ""

    def piece_ids(self):
        out = []
        for i, p in enumerate(self.paras, 1):
            if len(p) == 1:
                out.append((i, 0, f"{i}"))
            else:
                for j in range(len(p)):
                    out.append((i, j, f"{i}{chr(97 + j)}"))
        return out


def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("@page"):
            mode = "page"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        m = re.match(r"@(\w+)\s+(\w+)$", line)
        if m:
            cur = Article(m.group(1), m.group(2))
            assert cur.kind in KINDS, line
            arts[cur.id] = cur
            mode = "head"
            continue
        if mode == "page":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif mode == "head":
            if line == "text:":
                mode = "text"
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k in FIELDS:
                cur.f[k] = v
            elif k == "width":
                cur.width = int(v)
            elif k == "dl":
                cur.dlmode = v
            else:
                raise SystemExit(f"{path.name}: unknown field {k}")
        elif mode == "text":
            t = line.strip()
            if t.startswith("## "):
                cur.sub.append(len(cur.paras))
                t = t[3:]
            cur.paras.append(t.split("¦"))
        elif mode == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- text helpers


def punct(s: str, mode: str) -> str:
    """Apply the page's punctuation width: full, mixed (half brackets), half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def gold_head(s: str) -> str:
    return s.replace("//", " ").replace("/", "")


def head_lines(s: str) -> list[str]:
    return [x.strip() for x in re.split(r"/+", s) if x.strip()]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def em(s: str) -> float:
    w = 0.0
    for c in s:
        if c == " ":
            continue
        w += 0.5 if ord(c) < 0x2000 else 1.0
    return w


def units(text: str) -> list[str]:
    """Unbreakable units: ASCII runs, dash and ellipsis pairs, an opening mark
    with the next char, a char with the closing marks after it (no line may
    start with a closing mark)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        m = re.match(r"[0-9A-Za-z.%+×\-]+|——|……", text[i:])
        if m:
            u = m.group(0)
            i += len(u)
        else:
            u = text[i]
            i += 1
            while u[-1] in OPEN and i < len(text):
                u += text[i]
                i += 1
        while i < len(text) and (text[i] in CLOSE or text[i] == "%"):
            u += text[i]
            i += 1
        out.append(u)
    return out


def spread(line: str) -> str:
    """A squeezed line as the extraction prints it: every glyph apart, except
    after a closing mark, around （《 and before “; a gap after “."""
    toks = re.findall(r"[0-9A-Za-z.%+×\-]+|.", line)
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a[-1] in CLOSE or a in "（《「(" or b in OPEN:
            out += b
        else:
            out += " " + b
    return out


class Page:
    def __init__(self, name, meta, arts, layout):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rng = random.Random(name)
        self.layout_kind = meta["layout"]
        self.pm = meta.get("punct", "full")
        self.W = int(meta.get("width", "17"))
        self.out: list[tuple[int, str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed: Counter = Counter()
        self.dl_done: set[str] = set()
        self.stats: Counter = Counter()
        self.last_op = ""

    # -- output
    def emit(self, text: str, gap: int = 2):
        if not text.startswith("  "):
            text = text.strip(" ")
        self.out.append((gap, text.rstrip(" ")))

    def P(self, s: str) -> str:
        return punct(s, self.pm)

    # -- number / glyph-gap spaces of the extraction
    def numspace(self, s: str, rate: float) -> str:
        def rep(m):
            a, run, b = m.group(1), m.group(2), m.group(3)
            left = " " if a and self.rng.random() < rate else ""
            right = " " if b and self.rng.random() < rate else ""
            if left or right:
                self.stats["number run spaced"] += 1
            return a + left + run + right
        s = re.sub(r"([\u4e00-\u9fff，、：“（]?)([0-9][0-9.]*%?)(?=([\u4e00-\u9fff]?))",
                   lambda m: rep(m) if (m.group(1) or m.group(3)) else m.group(0), s)
        return s

    def glyphgap(self, s: str, rate: float) -> str:
        out = []
        for i, c in enumerate(s):
            if c == "%" and i and s[i - 1].isdigit() and self.rng.random() < rate:
                out.append(" ")
                self.stats["glyph gap before %"] += 1
            out.append(c)
            if c == "“" and i + 1 < len(s) and "\u4e00" <= s[i + 1] <= "\u9fff" and self.rng.random() < rate:
                out.append(" ")
                self.stats["gap after opening quote"] += 1
        return "".join(out)

    # -- pieces
    def sel(self, a: Article, rng_s: str | None):
        ids = a.piece_ids()
        if not rng_s or rng_s == "all":
            return ids
        keys = [k for _, _, k in ids]
        def pos(tok, start):
            if tok in keys:
                return keys.index(tok)
            cand = [i for i, (p, _, k) in enumerate(ids) if str(p) == tok]
            assert cand, (a.id, tok)
            return cand[0] if start else cand[-1]
        res = []
        for part in rng_s.split(","):
            if "-" in part:
                lo, hi = part.split("-")
                i = pos(lo, True) if lo else 0
                j = pos(hi, False) if hi else len(ids) - 1
            else:
                i, j = pos(part, True), pos(part, False)
            res += ids[i:j + 1]
        return res

    def dateline_parts(self, a: Article) -> list[str]:
        return [self.P(x) for x in a.f["dateline"].split("¦")]

    # -- column layout
    def wrap(self, text: str, first_w: float, w: float, spread_ok=True, glue=0):
        us = units(text)
        if glue:
            # keep the last glyphs of a dateline with the body text that follows
            # it: a line may not start with a dateline tail of under 4 glyphs
            pos, merged = 0, []
            for u in us:
                if merged and glue - 4 < pos <= glue + 1 and pos > 0:
                    merged[-1] += u
                else:
                    merged.append(u)
                pos += len(u)
            us = merged
        lines, cur, cw, lim = [], "", 0.0, first_w
        for u in us:
            uw = em(u)
            if cur and cw + uw > lim + 0.01:
                lines.append((cur, lim - cw))
                cur, cw, lim = "", 0.0, w
            cur += u
            cw += uw
        if cur:
            lines.append((cur, None))
        out = []
        for ln, deficit in lines:
            # the justified-line rule: a full line left short by an unbreakable
            # unit pushed down is letter-spaced to the column width
            if spread_ok and deficit is not None and deficit >= 1.0 and len(ln) > 4:
                out.append((spread(ln), True))
                self.stats["justified line spread"] += 1
            else:
                out.append((ln, False))
        return out

    def col_text(self, s: str) -> str:
        s = self.numspace(s, 0.75)
        s = re.sub(r"(\d)%", lambda m: m.group(1) + (" " if self.rng.random() < 0.08 else "") + "%", s)
        s = re.sub(r"(\d%)([，、。；])", lambda m: m.group(1) + (" " if self.rng.random() < 0.5 else "") + m.group(2), s)
        return s

    def body(self, a: Article, rng_s, prefix="", dup=False, tail=""):
        pieces = self.sel(a, rng_s)
        W = a.width or self.W
        pre = [prefix]

        def put(ln, gap):
            if pre[0]:
                ln, pre[0] = pre[0] + ln, ""
            self.emit(ln, gap)

        for n, (pi, pj, key) in enumerate(pieces):
            last = n == len(pieces) - 1
            text = self.P(a.paras[pi - 1][pj])
            if dup:
                self.dups.append(text)
            else:
                self.printed[(a.id, key)] += 1
            dl = []
            if pi == 1 and pj == 0 and a.f["dateline"] and a.id not in self.dl_done and not dup:
                self.dl_done.add(a.id)
                dl = self.dateline_parts(a)
                if len(re.sub(r"\s", "", dl[-1])) < 4 and a.dlmode != "alone":
                    raise SystemExit(f"{self.name}: {a.id} dateline tail under 4 glyphs")
                for p, d in zip(dl, dl[1:]):
                    d, p = d.strip(), p.strip()
                    where = ("inside its date" if d[:1].isdigit() else
                             "before 通讯员" if d.startswith("通讯员") else
                             "after 记者, before the names" if p.endswith("记者") else "between names")
                    self.stats["dateline line break " + where] += 1
            issub = (pi - 1) in a.sub
            if self.layout_kind == "paragraph":
                gap = 2
                if dl and a.dlmode == "alone":
                    for k, d in enumerate(dl):
                        put(d, 2 if k == 0 else 1)
                elif dl:
                    for k, d in enumerate(dl[:-1]):
                        put(d, 2 if k == 0 else 1)
                    text = dl[-1] + self.pglyph(text)
                    gap = 1 if len(dl) > 1 else 2
                else:
                    text = self.pglyph(text)
                if tail and last:
                    text += tail
                put(text, gap)
                continue
            segs = []   # (text, first line width, may spread, glue offset)
            ind = W - 2 if pj == 0 else W
            if dl and a.dlmode == "alone":
                segs += [(d, W - 2 if k == 0 else W, False, 0) for k, d in enumerate(dl)]
                segs.append((text, ind, True, 0))
            elif dl:
                segs += [(d, W - 2 if k == 0 else W, False, 0) for k, d in enumerate(dl[:-1])]
                segs.append((dl[-1] + text, W - 2 if len(dl) == 1 else W, True, len(dl[-1])))
            else:
                segs.append((text, ind, True, 0))
            for s, fw, sp, gl in segs:
                lines = [(s, True)] if issub else self.wrap(s, fw, W, sp, gl)
                for ln, was_spread in lines:
                    if not was_spread:
                        ln = self.col_text(ln)
                    put(ln, 2)
            if tail and last:
                gap, ln = self.out[-1]
                self.out[-1] = (gap, ln + tail)

    def pglyph(self, s: str) -> str:
        return self.glyphgap(s, 0.04)

    # -- headlines
    def head(self, a: Article, spec: str):
        parts = {"k": a.f["kicker"], "t": a.f["title"], "s": a.f["subtitle"],
                 "c": a.f["column"], "b": a.f["byline"]}
        toks = re.split(r"([|^])", spec)
        gap = 2
        for tok in toks:
            if tok == "|":
                gap = 2
                continue
            if tok == "^":
                gap = 1
                continue
            segs = []
            for t in tok.split("+"):
                if t == "t2":
                    g = self.P(gold_head(parts["t"]))
                    segs.append(g + (" " if self.rng.random() < 0.5 else "") + g)
                    self.dups.append(g)
                    self.stats["headline doubled on one line"] += 1
                elif t == "b":
                    bl = [self.P(x) for x in parts["b"].split("¦")]
                    for x in bl[:-1]:
                        self.emit(x, gap)
                        gap = 1 if self.layout_kind == "paragraph" else 2
                    if len(bl) > 1:
                        self.stats["line break inside byline"] += 1
                    segs.append(bl[-1])
                else:
                    hl = head_lines(self.P(parts[t]))
                    assert parts[t], (a.id, t)
                    for x in hl[:-1]:
                        self.emit(x, gap)
                        gap = 1
                    if len(hl) > 1:
                        self.stats["headline broken over lines"] += 1
                    segs.append(hl[-1])
            if len(tok.split("+")) > 1:
                self.stats["headline parts joined on one line"] += 1
            self.emit(" ".join(segs), gap)
            gap = 2

    # -- run the layout script
    def run(self):
        for op in self.layout:
            prefix = tail = ""
            if "<<" in op:
                op, prefix = op.split("<<", 1)
                op = op.strip()
                self.extras.append(prefix)
                self.stats["jump marker"] += 1
            w = op.split()
            cmd = w[0]
            prev_op, self.last_op = self.last_op, op
            self.last_op, last = prev_op, op
            if cmd in ("x", "x^"):
                pieces = [p for p in op[len(cmd):].strip().split("|")]
                gap = 2
                for p in pieces:
                    self.emit(p.strip(" ") if not p.startswith("  ") else p, gap)
                    gap = 1 if cmd == "x^" else 2
                self.extras.append(re.sub(r"\s+", "", "".join(pieces)))
                self.stats["box / masthead line"] += len(pieces)
            elif cmd == "m":
                t = op[2:].strip()
                self.emit(t)
                self.extras.append(t)
                self.stats["jump marker"] += 1
            elif cmd == "h":
                a = self.arts[w[1]]
                if any(k[0] == a.id for k in self.printed):
                    self.stats["headline printed after its body"] += 1
                if self.last_op.startswith("h "):
                    self.stats["headlines bunched (head after head)"] += 1
                self.head(a, w[2] if len(w) > 2 else "|".join(
                    x for x in "ckts" if a.f[{"c": "column", "k": "kicker", "t": "title", "s": "subtitle"}[x]]))
            elif cmd == "b":
                a = self.arts[w[1]]
                rs = w[2] if len(w) > 2 and w[2] != "+by" else None
                if "+by" in w:
                    tail = " " + self.P(a.f["byline"].replace("¦", " "))
                    self.stats["credit on caption line"] += 1
                self.body(a, rs, prefix=prefix, tail=tail)
            elif cmd == "by":
                a = self.arts[w[1]]
                bl = [self.P(x) for x in a.f["byline"].split("¦")]
                if len(bl) > 1:
                    self.stats["line break inside byline"] += 1
                for i, x in enumerate(bl):
                    if len(w) > 2 and w[2] == "r":
                        x = " " * (24 + (self.rng.random() < 0.5) * 8) + x
                        self.stats["right-aligned credit line"] += 1
                    self.emit(x, 2 if i == 0 else (1 if self.layout_kind == "paragraph" else 2))
            elif cmd == "dup":
                a = self.arts[w[1]]
                self.body(a, w[2], dup=True)
                self.stats["duplicate text (printed twice)"] += 1
            elif cmd == "duph":
                a = self.arts[w[1]]
                g = self.P(gold_head(a.f["title"]))
                self.emit(g)
                self.dups.append(g)
                self.stats["headline drawn twice (two lines)"] += 1
            elif cmd == "again":
                gap, ln = self.out[-1]
                self.emit(ln)
                self.dups.append(re.sub(r"\s+", "", ln))
                self.stats["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: bad op {op}")
            self.last_op = last
        # every piece of every article printed exactly once
        for a in self.arts.values():
            for _, _, k in a.piece_ids():
                n = self.printed[(a.id, k)]
                if n != 1:
                    raise SystemExit(f"{self.name}: {a.id} piece {k} printed {n} times")
            if a.f["dateline"] and a.id not in self.dl_done:
                raise SystemExit(f"{self.name}: {a.id} dateline not printed")
            cuts = sum(len(p) - 1 for p in a.paras)
            if cuts:
                self.stats["paragraph cut and resumed"] += cuts

    def text(self) -> str:
        lead = "\n\n" if self.meta.get("lead") == "blank" else ""
        s = lead
        for i, (gap, ln) in enumerate(self.out):
            s += ("\n" * gap if i else "") + ln
        return s + "\n"

    def gold(self, fname: str) -> dict:
        arts = []
        for a in self.arts.values():
            d = OrderedDict()
            d["kind"] = a.kind
            for k in FIELDS:
                v = a.f[k]
                if k in ("kicker", "title", "subtitle", "column"):
                    v = gold_head(v)
                elif k in ("byline", "dateline"):
                    v = v.replace("¦", "")
                d[k] = self.P(v)
            d["subheads"] = [self.P("".join(a.paras[i])) for i in a.sub]
            d["paragraphs"] = [self.P("".join(p)) for p in a.paras]
            arts.append(d)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = self.meta["date"]
        g["issue_number"] = self.meta.get("issue") or None
        g["page_count"] = int(self.meta["pages"]) if self.meta.get("pages") else None
        g["articles"] = arts
        g["extras"] = self.extras
        g["duplicates"] = self.dups
        return g


def build():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (HERE / d).glob("*"):
            f.unlink()
    rows, phen = [], Counter()
    for n, src in enumerate(srcs, 1):
        meta, arts, layout = parse(src)
        pg = Page(src.name, meta, arts, layout)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        (HERE / "pages" / f"{base}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{base}.txt")
        (HERE / "gold" / f"{base}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        phen.update(pg.stats)
        for a in arts.values():
            if a.f["continued"]:
                phen["article with jump line (下转/上接)"] += 1
            if a.sub:
                phen["feature crossheads"] += len(a.sub)
            if a.f["column"]:
                phen["column label"] += 1
            if a.kind == "photo":
                phen["photo / cartoon article"] += 1
            if a.f["kicker"] and a.f["subtitle"]:
                phen["kicker + title + subtitle stack"] += 1
        phen["page: " + meta["layout"] + " layout"] += 1
        phen["page punctuation: " + meta.get("punct", "full")] += 1
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((f"{base}.txt", meta["date"], meta.get("pageno", ""), meta["layout"],
                     meta.get("punct", "full"), len(arts), nchar, meta.get("subjects", "")))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ptab = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(phen.items()))
    gtab = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
            "|---|---|---|---|---|---|---|---|\n" + "\n".join(
                "| " + " | ".join(str(x) for x in r) + " |" for r in rows))
    (HERE / "README.md").write_text(
        tpl.replace("{{PHENOMENA}}", ptab).replace("{{PAGES}}", gtab), encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    build()
