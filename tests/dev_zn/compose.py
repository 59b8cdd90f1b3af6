#!/usr/bin/env python3
"""Compose the dev_zn blind set: lay the hand-written stories of src/*.txt out
into raw page files (pages/) in the two layouts the seeds show, and write the
exact gold annotations (gold/) beside them.

    python3 compose.py

Deterministic: every random choice comes from random.Random(<page id>).
Standard library only.

Source format (src/<page>.txt):
    @issue 2016-07-05      issue date (publication date of the paper)
    @layout column|paragraph
    @pageno N              page of the issue
    @pages N               page count of the issue (front pages)
    @punct full|half|paren punctuation of the page
    @masthead yes          the page prints a masthead

    == <sid> <kind>        a story; then "key: value" lines, then "--", then
    paragraphs one a line; "## text" is a crosshead (subhead).
  In headline fields "¦" marks where the printed headline breaks its line.
  In paragraphs "|" marks a column break inside a paragraph (paragraph layout
  prints the two pieces on consecutive lines) and "‖" a cut after which other
  stories' text is printed before the rest of the paragraph.

The layout of each page is the PLAN below: directives in print order.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# --------------------------------------------------------------------------
# lunar calendar (masthead), lunar years 2014-2018 (standard table entries)
LUNAR = {2014: 0x055d9, 2015: 0x04ba0, 2016: 0x0a5b0, 2017: 0x15176, 2018: 0x052b0}
NEWYEAR = {2014: datetime.date(2014, 1, 31), 2015: datetime.date(2015, 2, 19),
           2016: datetime.date(2016, 2, 8), 2017: datetime.date(2017, 1, 28),
           2018: datetime.date(2018, 2, 16), 2019: datetime.date(2019, 2, 5)}
GAN = "甲乙丙丁戊己庚辛壬癸"
ZHI = "子丑寅卯辰巳午未申酉戌亥"
MONTHS = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月",
          "十月", "冬月", "腊月"]
DAYS = (["初" + c for c in "一二三四五六七八九十"] + ["十" + c for c in "一二三四五六七八九"]
        + ["二十"] + ["廿" + c for c in "一二三四五六七八九"] + ["三十"])


def lunar(d: datetime.date) -> str:
    y = max(k for k in NEWYEAR if NEWYEAR[k] <= d)
    info = LUNAR[y]
    leap = info & 0xF
    months = []
    for m in range(1, 13):
        months.append((MONTHS[m - 1], 30 if info & (0x10000 >> m) else 29))
        if m == leap:
            months.append(("闰" + MONTHS[m - 1], 30 if info & 0x10000 else 29))
    off = (d - NEWYEAR[y]).days
    for name, n in months:
        if off < n:
            return f"{GAN[(y - 4) % 10]}{ZHI[(y - 4) % 12]}年{name}{DAYS[off]}"
        off -= n
    raise ValueError(d)


WEEK = "一二三四五六日"


def issue_number(d: datetime.date) -> int:
    # a daily paper: count back from a known issue (第27314号 = 2025-03-27)
    return 27314 - (datetime.date(2025, 3, 27) - d).days


# --------------------------------------------------------------------------
# source parsing

def parse_src(path: Path) -> dict:
    page = {"meta": {}, "stories": {}, "order": []}
    cur = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            page["meta"][k] = v.strip()
            continue
        if line.startswith("== "):
            sid, kind = line[3:].split()
            cur = {"sid": sid, "kind": kind, "paras": [], "sub": set()}
            cur.update({f: "" for f in FIELDS})
            page["stories"][sid] = cur
            page["order"].append(sid)
            in_body = False
            continue
        if line == "--":
            in_body = True
            continue
        if not in_body:
            k, _, v = line.partition(":")
            assert k in FIELDS, (path, line)
            cur[k] = v.strip()
            continue
        if line.startswith("## "):
            cur["sub"].add(len(cur["paras"]))
            cur["paras"].append(line[3:].strip())
        else:
            cur["paras"].append(line.strip())
    return page


HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!"}
PAREN = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    table = {"half": HALF, "paren": PAREN}.get(mode)
    if not table:
        return s
    return "".join(table.get(c, c) for c in s)


def clean(s: str) -> str:
    """Gold text of a source string: markers removed."""
    return s.replace("¦", "").replace("|", "").replace("‖", "")


# --------------------------------------------------------------------------
# text geometry

RUN = r"[0-9A-Za-z][0-9A-Za-z.%+×\-/:]*"
TOKEN = re.compile(RUN + r"|.", re.S)
NO_START = set("，。、；：？！”’》）)%,.;:?!…—·」")
NO_END = set("“‘《（(「")
CJK_RE = re.compile(r"[\u3400-\u9fff]")


def tw(tok: str) -> float:
    if tok == " ":
        return 0.0
    if all(ord(c) < 0x2000 and c not in "“”‘’—…·" for c in tok):
        return 0.5 * len(tok)
    return float(len(tok))


def wrap(text: str, width: float, first: float | None = None) -> list[str]:
    toks = TOKEN.findall(text)
    lines, cur, w = [], [], 0.0
    limit = first if first is not None else width
    i = 0
    while i < len(toks):
        t = toks[i]
        if cur and w + tw(t) > limit + 0.01:
            if t in NO_START:               # pull the punctuation up
                cur.append(t)
                i += 1
                while i < len(toks) and toks[i] in NO_START:
                    cur.append(toks[i])
                    i += 1
            carry = []
            while cur and cur[-1] in NO_END:
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur, w = carry, sum(tw(x) for x in carry)
            limit = width
            continue
        cur.append(t)
        w += tw(t)
        i += 1
    if cur:
        lines.append("".join(cur))
    return lines


def dl_ok(lines: list[str], dl: str) -> bool:
    n = 0
    for ln in lines:
        if n + len(ln) >= len(dl):
            head, tail = len(dl) - n, len(ln) - (len(dl) - n)
            return tail == 0 or (head >= 4 or head == 0) and tail >= 4
        n += len(ln)
    return True


def is_cjk(c: str) -> bool:
    return bool(CJK_RE.match(c))


def num_space(line: str, rng: random.Random, pb: float, pa: float) -> str:
    """Spaces the extraction leaves around number / latin runs."""
    out, last = [], 0
    for m in re.finditer(RUN, line):
        s, e = m.span()
        out.append(line[last:s])
        before = s > 0 and is_cjk(line[s - 1]) and rng.random() < pb
        after = e < len(line) and is_cjk(line[e]) and rng.random() < pa
        out.append((" " if before else "") + m.group() + (" " if after else ""))
        last = e
    out.append(line[last:])
    return "".join(out)


SP_NO_AFTER = set("，。、；：！？”’《（》）,;:?!()「」")
SP_NO_BEFORE = set("“‘《（》）(「」")


def spread(line: str) -> str:
    """A justified line spread with spaces between glyphs."""
    toks = [t for t in TOKEN.findall(line.replace(" ", "")) if t]
    out = toks[0] if toks else ""
    for a, b in zip(toks, toks[1:]):
        if a in SP_NO_AFTER or b in SP_NO_BEFORE:
            out += b
        else:
            out += " " + b
    return out


def gap(line: str, kind: str) -> str:
    """Glyph-gap spaces of a few kinds."""
    if kind == "punct":     # 隆 ， 20 多
        return re.sub(r"\s*([，、；])\s*", r" \1 ", line).strip()
    if kind == "pct":       # 15 %
        return re.sub(r"(\d)\s*%", r"\1 %", line)
    if kind == "after":     # 3.2 万亩 : after digit runs only
        return re.sub(r"(\d[\d.]*)(?=[\u3400-\u9fff])", r"\1 ", line)
    if kind == "all":       # a whole caption line spread glyph by glyph
        return " ".join(TOKEN.findall(line.replace(" ", "")))
    if kind == "quote":     # “ 新湖南”
        return re.sub(r"“(?=[\u3400-\u9fff])", "“ ", line)
    raise ValueError(kind)


# --------------------------------------------------------------------------
# page composition

class Page:
    def __init__(self, pid: str, src: dict, plan: list, style: dict):
        self.pid = pid
        self.meta = src["meta"]
        self.stories = src["stories"]
        self.order = src["order"]
        self.plan = plan
        self.style = style
        self.rng = random.Random("dev_zn:" + pid)
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.out: list[list] = []          # [line, tight]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed: dict[str, set] = {}
        self.stats: Counter = Counter()
        self.date = datetime.date.fromisoformat(self.meta["issue"])
        for st in self.stories.values():   # the page's punctuation
            for f in FIELDS:
                st[f] = punct(st[f], self.mode)
            st["paras"] = [punct(p, self.mode) for p in st["paras"]]
            st["segs"] = self.segments(st)
            st["cursor"] = 0

    # ---- helpers
    def opt(self, sid, key, default=None):
        return self.style.get(sid, {}).get(key, default)

    def mark(self, sid, what):
        self.printed.setdefault(sid, set()).add(what)

    def emit(self, line: str, tight: bool = False):
        self.out.append([line, tight])

    def segments(self, st):
        """Flatten paragraphs into printable segments: (name, para index, text)."""
        segs = []
        for i, p in enumerate(st["paras"]):
            pieces = p.split("‖")
            if len(pieces) == 1:
                segs.append((str(i), i, p))
            else:
                for j, piece in enumerate(pieces):
                    segs.append((f"{i}{'abcdef'[j]}", i, piece))
        return segs

    # ---- masthead and boxes
    def masthead(self, variant: int):
        d = self.date
        pieces = [f"{d.year}年{d.month}月", f"{d.day}", f"星期{WEEK[d.weekday()]}",
                  lunar(d), f"第{issue_number(d)}号", f"今日{self.meta['pages']}版"]
        self.extras.append("".join(pieces))
        self.stats["masthead (date, weekday, lunar date, 第N号, 今日N版)"] += 1
        if variant == 1:        # day and weekday merged (`31 星期六`)
            self.stats["masthead pieces merged on one line (`5 星期二`)"] += 1
            pieces = [pieces[0], pieces[1] + " " + pieces[2]] + pieces[3:]
        tights = {0: {3}, 1: {2}, 2: {0, 3}}[variant]
        for i, p in enumerate(pieces):
            self.emit(p, i in tights)

    def box(self, text: str):
        parts = text.split("¦")
        self.extras.append("".join(parts))
        self.stats["box / furniture lines (page extras)"] += len(parts)
        for p in parts:
            self.emit(p)

    # ---- headline stacks
    def head_lines(self, st) -> list[str]:
        lines = []
        for f in ("kicker", "title", "subtitle"):
            if st[f]:
                lines += st[f].split("¦")
        return lines

    def headline(self, sid: str, how: str):
        st = self.stories[sid]
        self.mark(sid, "H")
        parts = [st[f] for f in ("kicker", "title", "subtitle") if st[f]]
        dbl = self.opt(sid, "double")
        lines: list[str]
        if how == "join":               # all parts on one line, split at spaces
            lines = [" ".join(p.replace("¦", "") for p in parts)]
        elif how == "join12":           # kicker + title on one line; subtitle below
            lines = [st["kicker"].replace("¦", "") + " " + st["title"].replace("¦", "")]
            if st["subtitle"]:
                lines.append(st["subtitle"].replace("¦", ""))
        elif how == "join23":           # kicker alone, title + subtitle on one line
            lines = [st["kicker"].replace("¦", ""),
                     st["title"].replace("¦", "") + " " + st["subtitle"].replace("¦", "")]
        else:
            lines = self.head_lines(st)
        title_text = clean(st["title"])
        n = len(lines)
        self.stats[f"headline stack printed on {min(n, 4)}{'+' if n > 4 else ''} line(s)"] += 1
        if how.startswith("join"):
            self.stats["headline parts joined on one line at spaces (kicker + title …)"] += 1
        if how not in ("join", "join12", "join23") and "¦" in st["title"] and \
                len(st["title"].split("¦")[-1]) <= 5:
            self.stats["headline's last word alone on a line"] += 1
        if dbl:
            self.stats[f"headline drawn twice ({dbl})"] += 1
        for ln in lines:
            if dbl and ln.replace(" ", "") == title_text.replace(" ", ""):
                self.dups.append(title_text)
                if dbl == "inline":
                    self.emit(ln + ln, self.rng.random() < 0.4)
                else:
                    self.emit(ln, True)
                    self.emit(ln, self.rng.random() < 0.5)
                continue
            tight = self.rng.random() < self.opt(sid, "tight", 0.35)
            self.emit(ln, tight)
        if self.out:
            self.out[-1][1] = False

    def label(self, sid: str):
        st = self.stories[sid]
        after = "P" in self.printed.get(sid, set())
        self.mark(sid, "L")
        self.stats["column label after its piece" if after else "column label before its piece"] += 1
        self.emit(st["column"])

    def byline(self, sid: str, tight_last=False):
        st = self.stories[sid]
        self.mark(sid, "B")
        if not re.search(r"记者|评论员|文丨|摄|报道|通讯员", st["byline"]):
            self.stats["bare-name byline line"] += 1
        if "¦" in st["byline"]:
            a, b = st["byline"].split("¦")[:2]
            if b.startswith("通讯员"):
                self.stats["byline broken across lines before 通讯员"] += 1
            elif re.search(r"记者$|评论员$", a):
                self.stats["byline broken across lines between 记者 and the name"] += 1
            else:
                self.stats["byline broken across lines between two names"] += 1
        parts = st["byline"].split("¦")
        for i, p in enumerate(parts):
            self.emit(p, i < len(parts) - 1 and self.rng.random() < 0.5)
        if tight_last:
            self.out[-1][1] = True

    # ---- column layout body
    def col_lines(self, sid: str) -> list[str]:
        st = self.stories[sid]
        rng = self.rng
        kind = st["kind"]
        w = self.opt(sid, "w")
        if w is None:
            w = {"commentary": rng.choice([12, 13, 13, 14]),
                 "photo": rng.choice([40, 42, 44])}.get(kind, rng.choice([17, 18, 19, 20, 21, 22]))
        lines: list[str] = []
        paras = [clean(p) for p in st["paras"]]
        start = 0
        if st["dateline"] and kind != "photo":
            dl = st["dateline"]
            mode = self.opt(sid, "dl", "natural")
            if mode == "natural":
                # a line holding the dateline's tail and the body's start must
                # hold at least 4 characters of each (the scorer's coverage)
                for ww in (w, w - 1, w + 1, w - 2, w + 2, w - 3, w + 3):
                    cand = wrap(dl + paras[0], ww, ww - 1.5)
                    if dl_ok(cand, dl):
                        break
                lines += cand
            elif mode == "own":         # the dateline alone on its line
                lines += wrap(dl, w + 4, w + 4)
                lines += wrap(paras[0], w, w - 2)
            else:                        # forced breaks before given strings
                cuts = mode if isinstance(mode, list) else [mode]
                pieces, rest = [], dl
                for c in cuts:
                    k = rest.index(c)
                    pieces.append(rest[:k])
                    rest = rest[k:]
                lines += [p.rstrip() for p in pieces]
                lines += wrap(rest + paras[0], w, w)
            start = 1
            key = {"natural": "dateline wrapped with the column",
                   "own": "dateline alone on its line"}.get(mode if isinstance(mode, str) else "", None)
            if key is None:
                c = (mode if isinstance(mode, list) else [mode])[0]
                key = {"日讯": "dateline broken inside its date (`湖南日报 7 月 4` / `日讯…`)",
                       "通讯员": "dateline broken before 通讯员"}.get(c, "dateline broken between 记者 and the name")
            self.stats[key] += 1
            if self.rng.random() < 0.5:
                lines[0] = " " + lines[0]
        for p in paras[start:]:
            lines += wrap(p, w, w - 2)
        return lines

    def col_body(self, sid: str):
        st = self.stories[sid]
        rng = self.rng
        self.mark(sid, "P")
        lines = self.col_lines(sid)
        pb, pa = self.opt(sid, "nums", (0.85, 0.45))
        psp = self.opt(sid, "spread", 0.06)
        gaps = self.opt(sid, "gaps", {})
        dup = self.opt(sid, "dup")
        prefix = self.opt(sid, "prefix")
        for i, ln in enumerate(lines):
            lead = ln.startswith(" ")
            s = ln.strip()
            if st["kind"] != "photo":
                s0 = s
                s = num_space(s, rng, pb, pa)
                if s != s0:
                    self.stats["column lines with spaces around number runs"] += 1
                if len(s) > 8 and rng.random() < psp:
                    s = spread(s)
                    self.stats["justified line spread with spaces (`总 部 、区 域`)"] += 1
                elif "“" in s and rng.random() < self.opt(sid, "quote", 0.0):
                    s = gap(s, "quote")
                    self.stats["space after an opening quote (`“ 新湖南”`)"] += 1
            if i in gaps:
                s = gap(s, gaps[i])
                self.stats[f"glyph-gap spaces ({gaps[i]})"] += 1
            if i == 0 and prefix:
                s = prefix + s
                self.stats["jump marker printed before the text (`▲▲（上接1版）…`)"] += 1
            self.emit((" " if lead else "") + s)
            if dup is not None and i == dup:
                self.dups.append(s)
                self.stats["line printed twice"] += 1
                self.emit(s)

    # ---- paragraph layout body
    def para_print(self, sid: str, upto: str | None):
        st = self.stories[sid]
        self.mark(sid, "P")
        segs = st["segs"]
        gaps = self.opt(sid, "gaps", {})
        prefix = self.opt(sid, "prefix")
        end = len(segs) - 1
        if upto is not None:
            names = [s[0] for s in segs]
            end = names.index(upto) if upto in names else max(
                i for i, s in enumerate(segs) if str(s[1]) == upto)
        if upto is not None and upto.endswith("a"):
            self.stats["paragraph cut, continued after other stories' text"] += 1
            names = [s[0] for s in segs]
            left = segs[names.index(upto)][2]
            right = segs[names.index(upto) + 1][2]
            if left[-1].isdigit() and not right[0].isdigit():
                kind = "between a figure and its unit (`82.6` / `亿元`)"
            elif right[0].isdigit():
                kind = "between a verb and its figure (`录取新生` / `31.6万人`)"
            else:
                kind = "inside a word (`职业技术` / `学院`)"
            self.stats["paragraph cut, continued after other stories' text: " + kind] += 1
        while st["cursor"] <= end:
            name, pi, text = segs[st["cursor"]]
            first = st["cursor"] == 0
            st["cursor"] += 1
            if first and st["dateline"]:
                dlb = self.opt(sid, "dl")
                if dlb and dlb != "natural":    # a line break inside the dateline
                    self.stats["dateline broken across lines (paragraph layout)"] += 1
                    k = st["dateline"].index(dlb)
                    self.emit(st["dateline"][:k])
                    text = st["dateline"][k:] + text
                else:
                    text = st["dateline"] + text
            if first and prefix:
                text = prefix + text
                self.stats["jump marker printed before the text (`▲▲（上接1版）…`)"] += 1
            pieces = text.split("|")
            if len(pieces) > 1:
                self.stats["paragraph broken across consecutive lines"] += 1
            for j, piece in enumerate(pieces):
                if name in gaps and j == 0:
                    piece = gap(piece, gaps[name])
                    self.stats[f"glyph-gap spaces ({gaps[name]})"] += 1
                self.emit(piece)

    def dup_seg(self, sid: str, name: str):
        st = self.stories[sid]
        for n, pi, text in st["segs"]:
            if n == name:
                t = clean(text)
                self.stats["line printed twice"] += 1
                self.dups.append(t)
                self.emit(t)
                return
        raise KeyError(name)

    # ---- photos
    def caption(self, sid: str, credit: str):
        """credit: inline (… 张三 摄) | none (printed elsewhere)."""
        st = self.stories[sid]
        self.mark(sid, "K")
        caps = [clean(p) for p in st["paras"]]
        if credit == "inline":
            self.mark(sid, "C")
            caps[-1] = caps[-1] + " " + st["byline"]
            self.stats["photo credit on the caption line"] += 1
            if "均由" in st["byline"]:
                self.stats["group credit (`以上图片均由…`)"] += 1
        g = self.opt(sid, "capgap")
        if g:
            self.stats["caption line spread glyph by glyph"] += 1
        w = self.opt(sid, "w", 42)
        for c in caps:
            lines = wrap(c, w, w) if self.layout == "column" else [c]
            for ln in lines:
                if g:
                    body, sep, cred = ln.partition(" " + st["byline"]) if credit == "inline" else (ln, "", "")
                    ln = gap(body, g) + sep + cred
                self.emit(ln)

    def credit(self, sid: str, align: str):
        st = self.stories[sid]
        self.mark(sid, "C")
        if "K" not in self.printed.get(sid, set()) and not self.out:
            self.stats["photo credit at the page top"] += 1
        elif align == "right":
            self.stats["photo credit right-aligned on its own line"] += 1
        else:
            self.stats["photo credit on its own line"] += 1
        if "均由" in st["byline"]:
            self.stats["group credit (`以上图片均由…`)"] += 1
        pad = " " * {"right": 24, "left": 0}.get(align, 0)
        self.emit(pad + st["byline"])

    def ptitle(self, sid: str):
        st = self.stories[sid]
        self.mark(sid, "H")
        self.emit(st["title"].replace("¦", ""))

    # ---- run the plan
    def run(self):
        for d in self.plan:
            op, _, arg = d.partition(":")
            if op == "M":
                self.masthead(int(arg or 0))
            elif op == "X":
                self.box(arg)
            elif op == "H":
                sid, _, how = arg.partition(":")
                self.headline(sid, how)
            elif op == "L":
                self.label(arg)
            elif op == "B":
                sid, _, how = arg.partition(":")
                self.byline(sid, how == "tight")
            elif op == "P":
                sid, _, upto = arg.partition(":")
                if self.layout == "column":
                    self.col_body(sid)
                else:
                    self.para_print(sid, upto or None)
            elif op == "D":
                sid, _, name = arg.partition(":")
                self.dup_seg(sid, name)
            elif op == "J":
                self.stats["jump marker line (`▷(下转2版)`)"] += 1
                self.emit(arg)
            elif op == "K":
                sid, _, credit = arg.partition(":")
                self.caption(sid, credit or "none")
            elif op == "C":
                sid, _, align = arg.partition(":")
                self.credit(sid, align)
            elif op == "T":
                self.ptitle(arg)
            else:
                raise ValueError(d)
        self.plan_stats()
        self.verify()

    def plan_stats(self):
        pos: dict[str, dict[str, int]] = {}
        for i, d in enumerate(self.plan):
            op, _, arg = d.partition(":")
            sid = arg.partition(":")[0]
            if op in ("H", "P") and sid in self.stories:
                pos.setdefault(sid, {}).setdefault(op, i)
        if self.layout == "column":
            for sid, ps in pos.items():
                if "H" in ps and "P" in ps and ps["H"] > ps["P"]:
                    self.stats["headline printed after its body (column layout)"] += 1
            run = []
            for d in self.plan + ["END"]:
                if d.startswith("H:"):
                    run.append(d[2:].partition(":")[0])
                    continue
                if len(run) >= 2:
                    nxt = d[2:].partition(":")[0] if d.startswith("P:") else None
                    for sid in run:
                        if sid != nxt:
                            self.stats["headline bunched with other stories' headlines, away from its body"] += 1
                run = []
        if self.mode in ("half", "paren"):
            self.stats[f"page with half-width punctuation ({self.mode})"] += 1

    def verify(self):
        for sid, st in self.stories.items():
            got = self.printed.get(sid, set())
            need = {"P"} if st["kind"] != "photo" else {"K"}
            if st["kind"] == "photo":
                if st["byline"]:
                    need.add("C")
                if st["title"]:
                    need.add("H")
            else:
                if st["kicker"] or st["title"] or st["subtitle"]:
                    need.add("H")
                if st["byline"]:
                    need.add("B")
                if st["column"]:
                    need.add("L")
            assert need <= got, (self.pid, sid, need - got)
            if self.layout == "paragraph" and st["kind"] != "photo":
                assert st["cursor"] == len(st["segs"]), (self.pid, sid, "unprinted")

    def text(self) -> str:
        s = "\n\n" if self.layout == "paragraph" else ""
        for line, tight in self.out:
            s += line + ("\n" if tight else "\n\n")
        if self.layout == "column":
            s += "\n"
        return s

    # ---- gold
    def gold(self, source: str) -> dict:
        arts = []
        for sid in self.order:
            st = self.stories[sid]
            paras, subs = [], []
            for i, p in enumerate(st["paras"]):
                c = clean(p)
                if i in st["sub"]:
                    subs.append(c)
                    c = re.sub(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", "", c)
                paras.append(c)
            a = {"kind": st["kind"]}
            for f in FIELDS:
                a[f] = clean(st[f]) if f in ("kicker", "title", "subtitle", "byline") else st[f]
            a["byline"] = st["byline"].replace("¦", " ") if st["byline"] else ""
            a["subheads"] = subs
            a["paragraphs"] = paras
            arts.append(a)
        masthead = self.meta.get("masthead") == "yes"
        return {
            "source": source,
            "issue_date": self.date.isoformat(),
            "issue_number": str(issue_number(self.date)) if masthead else None,
            "page_count": int(self.meta["pages"]) if masthead else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


# --------------------------------------------------------------------------
# plans: page id -> (directives, per-story style)

from plans import PLANS  # noqa: E402


def story_stats(g: dict, c: Counter):
    for a in g["articles"]:
        c["articles: " + a["kind"]] += 1
        if re.search(r"电[（(]", a["dateline"]):
            c["dateline with 电 (新华社)"] += 1
        elif a["dateline"]:
            c["dateline with 讯"] += 1
        b = a["byline"]
        for key, pat in (("byline 湖南日报·华声在线记者", "华声在线"),
                         ("byline 湖南日报·新湖南客户端记者 … 报道", "新湖南客户端"),
                         ("byline 文丨X (副刊)", "文丨"), ("byline 湖南日报评论员", "评论员")):
            if pat in b:
                c[key] += 1
        if a["subtitle"].startswith("——"):
            c["dash-led subtitle (`——记…`)"] += 1
        if a["subtitle"].endswith("出席") and len(a["subtitle"]) <= 6:
            c["short `某某某出席` line"] += 1
        if a["kicker"] and a["title"] and a["subtitle"]:
            c["kicker + title + subtitle"] += 1
        if a["kicker"].endswith("——"):
            c["kicker ending in a dash"] += 1
        if a["column"]:
            c["column label (栏目)"] += 1
        if a["continued"].startswith("下转"):
            c["story jumping to another page (`下转N版`)"] += 1
            if a["paragraphs"] and not a["paragraphs"][-1].endswith(("。", "”")):
                c["story cut mid-paragraph at its jump marker"] += 1
        if a["kind"] == "continuation":
            c["continuation from the front page (`上接1版`)"] += 1
        if a["subheads"]:
            c["crossheads (subheads) in a piece"] += len(a["subheads"])
        if not (a["kicker"] or a["title"] or a["subtitle"]):
            c["piece printed without any headline"] += 1
        for p in a["paragraphs"]:
            if re.match(r"^[\u4e00-\u9fff]，是[^。]{1,6}。", p):
                c["paragraph opening of a parallel kind (`通，是前提。`)"] += 1


README_HEAD = """# dev_zn: a blind test set of Hunan Daily pages, 2015-2018

Sixteen raw page files of the Hunan Daily (湖南日报) as the e-paper PDF text
extraction prints them, with exact gold annotations, for measuring a page
segmenter on pages it has never seen. Made blind: from the brief, the five seed
pages, their gold, `FORMAT.md` and the scorer only; nothing of the program or of
its other test sets was read, and the program was not run.

## How it was made

- `src/*.txt`: every story hand-written for this set in the manner of the paper
  (flood season on the 洞庭湖 dikes, 安化黑茶 and 保靖黄金茶, universities and
  vocational schools, roads and bridges in 湘西, tourism in 张家界 and 凤凰,
  discipline inspection, a 副刊 page, a commentary page, a photo page, sports,
  courts and procuratorates, industrial parks of 衡阳 and 郴州, front pages).
  All people, figures and events are invented; places and institutions are
  real names as the paper uses them. Years 2015-2018: bylines say 记者 (not
  全媒体记者), 湖南日报·华声在线记者, 湖南日报·新湖南客户端记者 … 报道, 文丨X on
  副刊 essays, datelines 湖南日报X月X日讯 and 新华社长沙X月X日电.
- `plans.py`: the layout of each page, directive by directive in print order
  (which headline goes where, where a paragraph is cut and what is printed
  before its rest, where a credit, a label, a box or a jump marker falls).
- `compose.py`: the deterministic composer (a seeded `random.Random` per page)
  that prints the pages in the two layouts of the seeds and writes the gold,
  this README and its tables.
- `check.py`: builds the export a perfect segmenter would print from the gold,
  runs `/work/shared/tools/score.py EXPORT gold --pages pages -v` and requires
  every figure 1.000, coverage 1.000, cjk_space_left 0 and no problem line;
  checks that every gold string is printed on its page; lists the raw
  characters the perfect export leaves uncovered (only the arrows and brackets
  of jump markers, as on the seeds); checks 3,500-7,500 characters and 6-14
  articles a page; and checks that no 6-character run of Chinese characters of
  the seeds' gold headlines and paragraphs occurs in this gold, apart from a
  short list of generic words (stock statistical and legal terms, place and
  institution names), and that no person of the seeds (their writers,
  photographers and the people their stories name) appears.

    python3 compose.py && python3 check.py      # prints `check passed`

## Formats

- `pages/NNN_<16 hex>.txt`: the raw page, UTF-8; the name carries the first
  16 hex digits of the SHA-256 of the page text.
  - column layout (like seeds 000 and 004): one printed column line a text
    line, each followed by a blank line (headline lines sometimes adjacent);
    line widths per story (narrower for commentary), first lines of paragraphs
    indented by the width, no line starting with closing punctuation, spaces
    around number runs, justified lines spread with spaces; each story's body
    printed in one run while its headline moves (before, after, or bunched
    with other headlines elsewhere on the page).
  - paragraph layout (like seeds 001-003): one paragraph a line, each followed
    by a blank line, two blank lines at the top; the dateline on the line of
    the first paragraph; stories cut mid-paragraph and continued after another
    story's headline and paragraphs.
- `gold/NNN_<16 hex>.json`: the annotation in the format of
  `/work/shared/gold/FORMAT.md` (source, issue_date, issue_number,
  page_count, articles with kind / column / kicker / title / subtitle / byline
  / dateline / continued / subheads / paragraphs, extras, duplicates).

## Gold conventions followed (as the seeds annotate)

- Paragraphs are rejoined across line breaks, cuts and interleaved pieces; no
  whitespace is left in them (number spaces and spread spaces removed).
  Headline, byline and dateline text keep the spaces of the printed words
  (`刷脸入园 扫码导览`); a headline printed on two lines is joined without one.
- `dateline` is the printed `湖南日报X月X日讯（记者 … 通讯员 …）` /
  `新华社长沙X月X日电（记者 …）`, stripped from the first paragraph.
  `byline` holds bylines printed apart from a dateline (features,
  commentaries, essays), their lines joined with a space.
- Commentaries: `kind` commentary, the column label in `column` whether it is
  printed before or after the piece, the writer (评论员 or a bare name) in
  `byline`.
- Photos: every caption is its own `photo` article; its title line (if any)
  in `title`; the credit in `byline` wherever it is printed (caption line,
  own line, right-aligned, page top); a group credit (`以上图片均由 …`) is the
  byline of the caption it is printed with (the one it follows).
- Jump markers: `continued` holds `下转2版` / `上接1版` without arrows and
  brackets; a front-page story keeps its cut last paragraph as printed; the
  continuation on page 2 is a `continuation` article without headline whose
  first paragraph is the rest of the cut one.
- Crossheads are both in `subheads` and in `paragraphs`.
- Masthead pieces are one string in `extras` (joined in drawing order); box
  lines (code prompts, countdowns, page labels) one string each; text printed
  twice (a doubled headline, a repeated line) is in `duplicates` once.
- `issue_date` is the publication date: the masthead date on front pages, the
  day after the datelines inside.
"""

README_LIMITS = """
## Limits

- The text is written for the set: it imitates the paper's registers but is
  not the paper; sentences are cleaner and more regular than real copy, and
  the subjects cluster around the brief's list.
- Standing institutions and recurring occasions keep their real names (全国两会
  and its 3月20日 close, 中甲联赛, 全国职业院校技能大赛, 湖南湘涛, 紫鹊界梯田);
  what happens at them in these stories is invented.
- The commentary page (`004`) prints no dateline: its date shows only in the
  lead commentary's `3月20日` and the issue date is the day after.
- Layout is simulated from the five seeds only. Widths, spread lines, number
  spaces and headline placements follow what the seeds show; other
  extraction accidents of real PDFs (characters dropped by drop caps, ruby
  text, tables, two stories' lines interleaved line by line) are not made.
- Column pages print each story's body in one run (as seeds 000 and 004);
  only headlines, labels, credits and boxes move.
- Issue numbers (第N号) are computed back from the seed masthead as if the paper
  appeared every day; lunar dates come from the standard lunar table.
- Front pages are lighter ({front}) than inside pages ({inside}); the photo
  page is the lightest inside page. The set leans to the low half of the
  4,500-6,500 characters a page of the usual target.
- Gold conventions the seeds do not show were decided here (see the report):
  essays on the 副刊 page are `feature`, the poem is `other` with a paragraph
  per verse line and its section titles as subheads, an announcement (通告)
  is `other`, the commentary page's reader letter is `commentary`.
"""


def write_readme(rows, stats: Counter, story: Counter):
    out = [README_HEAD, "\n## Pages\n",
           "| file | issue date | page | layout | punctuation | articles | characters |",
           "|---|---|---|---|---|---|---|"]
    for name, pid, meta, n_art, n_chr in rows:
        out.append(f"| `{name}` | {meta['issue']} | {meta['pageno']}"
                   f"{' (front, masthead)' if meta.get('masthead') == 'yes' else ''} | "
                   f"{meta['layout']} | {meta.get('punct', 'full')} | {n_art} | {n_chr} |")
    tot_a = sum(r[3] for r in rows)
    tot_c = sum(r[4] for r in rows)
    out.append(f"| total | | | 8 column, 8 paragraph | | {tot_a} | {tot_c} |")
    out += ["", "Characters: non-whitespace characters of the raw page.", "",
            "## Articles by kind\n", "| kind | articles |", "|---|---|"]
    for k in sorted(k for k in story if k.startswith("articles: ")):
        out.append(f"| {k[10:]} | {story[k]} |")
    out += ["", "## Phenomena\n", "Counted by the composer while printing (layout) and over the gold (pieces).", "",
            "| phenomenon | count |", "|---|---|"]
    for k in sorted(stats):
        out.append(f"| {k} | {stats[k]} |")
    for k in sorted(k for k in story if not k.startswith("articles: ")):
        out.append(f"| {k} | {story[k]} |")
    fr = [r[4] for r in rows if r[2].get("masthead") == "yes"]
    ins = [r[4] for r in rows if r[2].get("masthead") != "yes"]
    out.append(README_LIMITS.format(front=f"{min(fr):,}-{max(fr):,} characters",
                                    inside=f"{min(ins):,}-{max(ins):,}"))
    (ROOT / "README.md").write_text("\n".join(out), encoding="utf-8")


def main():
    pages_dir, gold_dir = ROOT / "pages", ROOT / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    stats: Counter = Counter()
    story: Counter = Counter()
    for n, (pid, (plan, style)) in enumerate(PLANS.items()):
        src = parse_src(ROOT / "src" / f"{pid}.txt")
        page = Page(pid, src, plan, style)
        page.run()
        text = page.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (pages_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        g = page.gold(f"{name}.txt")
        (gold_dir / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append((name, pid, page.meta, len(g["articles"]), len(re.sub(r"\s", "", text))))
        stats.update(page.stats)
        story_stats(g, story)
    write_readme(rows, stats, story)
    for r in rows:
        print(f"{r[0]}  {r[1]:4} {r[2]['issue']} p{r[2]['pageno']:>2} {r[2]['layout']:9} "
              f"{r[3]:2} articles {r[4]:5} chars")


if __name__ == "__main__":
    main()
