#!/usr/bin/env python3
"""Compose the dev_n blind test set: lay hand-written stories (src/*.txt) out into raw
Hunan Daily page files in the two layouts the seeds show, and write exact gold annotations.

    python3 compose.py            # writes pages/, gold/ (and refreshes the tables in README.md)

Deterministic: every page draws its random choices from random.Random(sha256("dev_n/<key>")).
Standard library only.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PAGES_DIR = HERE / "pages"
GOLD_DIR = HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "credit", "continued")
CLOSE = "，。、；：？！”’）》…,.;:?!)"
OPEN = "“‘（《("
SPREAD_GLUE_AFTER = "，。、；：？！"          # glued to the following glyph in a spread line
HAN = re.compile(r"[\u3400-\u9fff]")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+×\-]+")


# --------------------------------------------------------------------------- stories

class Story:
    def __init__(self, sid: str, fields: dict, paras: list[tuple[str, bool]]):
        self.id = sid
        self.f = fields
        self.paras = paras            # (text, is_crosshead)

    def __getattr__(self, k):
        if k in FIELDS:
            return self.f.get(k, "")
        raise AttributeError(k)


def load_stories() -> dict[str, Story]:
    out: dict[str, Story] = {}
    for path in sorted(SRC.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for blk in re.split(r"^### ", text, flags=re.M)[1:]:
            head, _, body = blk.partition("\n+\n")
            lines = head.split("\n")
            sid = lines[0].strip()
            fields = {}
            for ln in lines[1:]:
                if ":" in ln:
                    k, _, v = ln.partition(":")
                    if k.strip() in FIELDS:
                        fields[k.strip()] = v.strip()
            paras = []
            for ln in body.split("\n"):
                ln = ln.strip()
                if not ln:
                    continue
                if ln.startswith("== "):
                    paras.append((ln[3:].strip(), True))
                else:
                    paras.append((ln, False))
            assert sid not in out, sid
            out[sid] = Story(sid, fields, paras)
    return out


# --------------------------------------------------------------------------- text helpers

def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")"}))
    if mode == "paren":
        return s.translate(str.maketrans({"（": "(", "）": ")"}))
    return s


def width(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            w += 0.25
        elif ord(ch) < 0x2000 or ch in "×":
            w += 0.5
        else:
            w += 1.0
    return w


def tokens(s: str) -> list[str]:
    """Atoms for line breaking: ASCII runs stay whole, everything else one char."""
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def wrap(s: str, w: float, first_w: float | None = None) -> list[str]:
    """Break s into column lines of display width about w, with the kinsoku rules of
    Chinese typesetting (no closing mark at a line start, no opening mark at an end)."""
    toks = tokens(s)
    lines, cur, cw = [], [], 0.0
    lim = first_w if first_w is not None else w
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = width(t)
        if cur and cw + tw > lim + 1e-9:
            if t[0] in CLOSE:                       # hang the closing mark on this line
                cur.append(t)
                i += 1
                while i < len(toks) and toks[i][0] in CLOSE:
                    cur.append(toks[i])
                    i += 1
            moved = []
            while cur and cur[-1][-1] in OPEN:      # opening mark goes down
                moved.insert(0, cur.pop())
            lines.append("".join(cur))
            cur, cw, lim = moved, sum(width(x) for x in moved), w
            continue
        cur.append(t)
        cw += tw
        i += 1
    if cur:
        lines.append("".join(cur))
    return [ln for ln in lines if ln]


def numspace(line: str, mode: str) -> str:
    """Spaces the extraction leaves between Chinese and number/Latin runs."""
    if mode == "none":
        return line
    out = []
    toks = tokens(line)
    for i, t in enumerate(toks):
        is_run = bool(ASCII_RUN.fullmatch(t)) and t not in ("-", ".", "+")
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if is_run and prev and HAN.match(prev[-1]) and mode in ("both", "before"):
            out.append(" ")
        out.append(t)
        if is_run and nxt and HAN.match(nxt[0]) and mode in ("both", "after") and not t.endswith("%"):
            out.append(" ")
    return "".join(out)


def quote_space(line: str) -> str:
    return re.sub(r"([“‘])(?=\S)", r"\1 ", line)


def spread(line: str, start: int = 0) -> str:
    """A justified line as the extraction prints it: glyphs pulled apart by spaces."""
    head, tail = line[:start], line[start:]
    toks = tokens(tail.replace(" ", ""))
    out = [toks[0]] if toks else []
    for a, b in zip(toks, toks[1:]):
        sp = True
        if a[-1] in SPREAD_GLUE_AFTER:
            sp = False
        elif b[0] in "“‘":
            sp = False
        elif a[-1] in "”’" and b[0] in "“‘":
            sp = False
        elif a[-1] in "《》（）()" or b[0] in "《》（）()":
            sp = False
        if sp:
            out.append(" ")
        out.append(b)
    return head + "".join(out)


def gapspace(line: str, rng: random.Random) -> str:
    """Glyph-gap spaces in a paragraph line: around a comma before a number, before %."""
    line = re.sub(r"(?<=[\u4e00-\u9fff])，(?=\d)", " ， ", line, count=1)
    line = re.sub(r"(?<=\d)%", " %", line, count=1)
    line = re.sub(r"(?<=\d)(?=[万亿千百个家吨元亩])", " ", line, count=2)
    return line


def dateline_tail_ok(lines: list[str], prefix: str) -> bool:
    n, acc = len(squash(prefix)), 0
    for ln in lines:
        s = len(squash(ln))
        if acc + s >= n:
            k = n - acc
            return acc == 0 or k == 0 or k >= 4
        acc += s
    return True


def cut_title(t: str, do_cut: bool) -> list[str]:
    if "¦" in t:
        a, _, b = t.partition("¦")
        return [a, b] if do_cut else [a + b]
    return [t]


def clean(t: str) -> str:
    return t.replace("¦", "")


# --------------------------------------------------------------------------- pages

def lunar_and_issue(date: dt.date) -> tuple[str, str]:
    lunar = {
        "2021-02-25": "辛丑年正月十四", "2022-06-10": "壬寅年五月十二",
        "2023-10-12": "癸卯年八月廿八", "2024-02-24": "甲辰年正月十五",
        "2025-06-12": "乙巳年五月十七", "2026-03-03": "丙午年正月十五",
    }[date.isoformat()]
    # the paper appears every day; 2025-03-27 was 第27314号
    number = 27314 + (date - dt.date(2025, 3, 27)).days
    return lunar, str(number)


WEEK = "一二三四五六日"


class Page:
    """One printed page: raw lines (with the blank-line structure) and its gold."""

    def __init__(self, spec: dict, stories: dict[str, Story], state: dict):
        self.spec = spec
        self.S = stories
        self.state = state                      # cross-page: jump cut points
        self.key = spec["key"]
        self.rng = random.Random(int(hashlib.sha256(f"dev_n/{self.key}".encode()).hexdigest(), 16))
        self.layout = spec["layout"]
        self.pmode = spec.get("punct", "full")
        self.date = dt.date.fromisoformat(spec["date"])
        self.out: list[tuple[str, bool]] = []   # (line, blank_after)
        self.gold_articles: list[dict] = []
        self.order: dict[str, int] = {}
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.bunch: list[list[str]] = []
        self.pending: dict[str, list] = {}      # segments still to print
        self.tally: dict[str, int] = {}
        self.issue_number = None
        self.page_count = None

    # ---- bookkeeping
    def count(self, what: str, n: int = 1):
        self.tally[what] = self.tally.get(what, 0) + n

    def emit(self, line: str, blank: bool = True):
        self.out.append((line.rstrip(), blank))

    def P(self, s: str) -> str:
        return punct(s, self.pmode)

    # ---- gold
    def add_gold(self, sid: str, art: dict):
        self.order.setdefault(sid, len(self.order))
        self.gold_articles.append((sid, art))

    def gold_for(self, st: Story, paras: list[tuple[str, bool]], **over) -> dict:
        g = {
            "kind": st.kind or "news", "column": self.P(st.column), "kicker": self.P(clean(st.kicker)),
            "title": self.P(clean(st.title)), "subtitle": self.P(clean(st.subtitle)),
            "byline": self.P(st.byline or st.credit), "dateline": self.P(st.dateline),
            "continued": "", "subheads": [self.P(t) for t, h in paras if h],
            "paragraphs": [squash(self.P(t)) for t, _ in paras],
        }
        g.update(over)
        return g

    # ---- rendering entry
    def build(self):
        self.count(f"pages in {'column' if self.layout == 'col' else 'paragraph'} layout")
        self.count({"full": "pages with full-width punctuation", "half": "pages with half-width ,;()",
                    "paren": "pages with half-width () only"}[self.pmode])
        for item in self.spec["items"]:
            op, args = item[0], item[1:]
            getattr(self, "op_" + op)(*args)
        assert not self.bunch, (self.key, "unprinted bunched headlines")
        for sid, segs in self.pending.items():
            assert not segs, (self.key, sid, "unprinted segment")

    # ---- furniture
    def op_mast(self, pieces: list[list[str]] | None = None):
        d = self.date
        lunar, number = lunar_and_issue(d)
        pc = self.spec["page_count"]
        self.issue_number, self.page_count = number, pc
        default = [[f"{d.year}年{d.month}月"], [str(d.day)], [f"星期{WEEK[d.weekday()]}"],
                   [lunar, f"第{number}号"], [f"今日{pc}版"]]
        pieces = pieces or default
        pieces = [[p.format(y=d.year, m=d.month, d=d.day, w=WEEK[d.weekday()], lunar=lunar,
                            no=number, pc=pc) for p in grp] for grp in pieces]
        for grp in pieces:
            for j, p in enumerate(grp):
                self.emit(p, blank=(j == len(grp) - 1))
        self.extras.append("".join(p for grp in pieces for p in grp))
        self.count("masthead")

    def op_box(self, lines: list[str], tag: str = "box"):
        for ln in lines:
            self.emit(ln)
        self.extras.append("".join(l.strip() for l in lines))
        self.count(tag)

    def op_bunch(self, shuffle: bool = False):
        groups = self.bunch
        self.bunch = []
        if shuffle:
            self.rng.shuffle(groups)
        for grp in groups:
            for j, ln in enumerate(grp):
                last = j == len(grp) - 1
                self.emit(ln, blank=last or self.rng.random() < 0.5)
        self.count("headline groups bunched elsewhere", len(groups))

    def op_seg(self, sid: str):
        seg = self.pending[sid].pop(0)
        for ln, blank in seg:
            self.emit(ln, blank)

    # ---- headline lines
    def headline_lines(self, st: Story, o: dict) -> list[str]:
        parts = []
        for role in ("kicker", "title", "subtitle"):
            t = getattr(st, role)
            if t:
                parts.append((role, self.P(t)))
        lines: list[str] = []
        joined = o.get("join")                # para layout: parts on one line
        if joined == "all":
            return [" ".join(clean(t) for _, t in parts)]
        if joined == "kt" and len(parts) >= 2:
            first = " ".join(clean(t) for _, t in parts[:2])
            return [first] + [clean(t) for _, t in parts[2:]]
        if joined == "ts" and len(parts) >= 2:
            return [clean(t) for _, t in parts[:-2]] + [" ".join(clean(t) for _, t in parts[-2:])]
        for role, t in parts:
            pieces = cut_title(t, o.get("cut") == role or (o.get("cut") is True and role == "title"))
            if o.get("double") == role:
                if o.get("double_mode", "inline") == "inline":
                    lines.append(pieces[0] + pieces[0])
                    self.dups.append(pieces[0])
                else:
                    lines.append(pieces[0])
                    lines.append(pieces[0])
                    self.dups.append(pieces[0])
                self.count("headline drawn twice (bold)")
                lines.extend(pieces[1:])
            else:
                lines.extend(pieces)
            if len(pieces) > 1:
                self.count("headline line cut, last word alone")
        if o.get("lead_space"):
            lines[0] = " " + lines[0]
        return lines

    # ---- articles
    def op_art(self, sid: str, o: dict | None = None):
        o = dict(o or {})
        st = self.S[sid]
        if st.kind == "photo":
            return self.photo(st, o)
        paras = list(st.paras)
        jump = o.get("jump")
        over = {}
        if jump:
            pi, ci = jump
            self.state[sid] = (pi, ci)
            body = paras[:pi] + ([(paras[pi][0][:ci], False)] if ci else [])
            over["continued"] = o.get("jump_gold", "下转2版")
            self.count("jump marker (下转)")
        else:
            body = paras
        g = self.gold_for(st, body, **over)
        self.add_gold(sid, g)
        if "电（" in st.dateline:
            self.count("dateline with 电 (wire or out-of-town story)")
        if self.layout == "col":
            self.col_article(st, body, o)
        else:
            self.para_article(st, body, o)

    def op_cont(self, sid: str, o: dict | None = None):
        o = dict(o or {})
        st = self.S[sid]
        pi, ci = self.state[sid]
        rest = ([(st.paras[pi][0][ci:], False)] if ci else []) + st.paras[pi + 1:]
        g = {"kind": "continuation", "column": "", "kicker": "", "title": "", "subtitle": "",
             "byline": "", "dateline": "", "continued": o.get("gold", "上接1版"),
             "subheads": [self.P(t) for t, h in rest if h],
             "paragraphs": [squash(self.P(t)) for t, _ in rest]}
        self.add_gold(sid + "#cont", g)
        self.count("continuation of a front-page story")
        marker = o.get("marker", "（上接1版）")
        if self.layout == "col":
            fake = Story(st.id, {"kind": "continuation"}, rest)
            o.setdefault("hl", "none")
            o["marker_line"] = marker
            self.col_article(fake, rest, o)
        else:
            fake = Story(st.id, {"kind": "continuation"}, rest)
            o["marker_line"] = marker
            self.para_article(fake, rest, o)

    # ---- column layout
    def col_article(self, st: Story, body: list[tuple[str, bool]], o: dict):
        rng = self.rng
        kind = st.kind or "news"
        W = o.get("W") or (rng.randint(11, 15) if kind == "commentary" else rng.randint(15, 21))
        nmode = o.get("num", self.spec.get("num") or rng.choice(["both", "both", "both", "before", "none", "after"]))
        if nmode != "none":
            self.count(f"column article with number runs spaced ({nmode})")
        if o.get("quote_sp"):
            self.count("column article with a space after opening quotes")
        hl = o.get("hl", "after")
        lines: list[tuple[str, bool, str]] = []      # (text, blank_after, tag)
        hl_lines = self.headline_lines(st, o) if (st.title or st.kicker or st.subtitle) and hl != "none" else []
        label = self.P(st.column)
        byline = self.P(st.byline)
        by_lines: list[str] = []
        if byline and kind != "photo":
            bsplit = o.get("by_split")
            if bsplit == "name" and " " in byline:
                a, _, b = byline.rpartition(" ")
                by_lines = [a, b]
            elif bsplit == "tongxun" and " 通讯员" in byline:
                a, _, b = byline.partition(" 通讯员")
                by_lines = [a, "通讯员" + b]
            else:
                by_lines = [byline]
            if len(by_lines) > 1:
                self.count("byline broken across lines")
            if " " not in byline and not byline.startswith(("湖南日报", "文丨")):
                self.count("bare-name byline")
        pre: list[tuple[str, bool, str]] = []
        if label and o.get("label", "before") == "before":
            pre.append((label, True, "label"))
            self.count("column label line")
        if hl == "before":
            for j, ln in enumerate(hl_lines):
                pre.append((ln, j == len(hl_lines) - 1 or rng.random() < 0.5, "hl"))
        if by_lines and not o.get("by_with_hl"):
            for ln in by_lines:
                pre.append((ln, True, "by"))
        if o.get("marker_line") and not o.get("marker_inline"):
            pre.append((o["marker_line"], True, "marker"))
        # body lines
        dl = self.P(st.dateline)
        body_lines: list[tuple[str, int, bool]] = []   # text, para index, para end
        for pi, (t, is_head) in enumerate(body):
            t = self.P(t)
            if is_head:
                body_lines.append((t, pi, True))
                self.count("crosshead in a feature")
                continue
            prefix = ""
            if pi == 0 and dl:
                dmode = o.get("dl", "flow")
                dtext = numspace(dl, o.get("dl_num", rng.choice(["before", "none", "both"])))
                if dmode == "own":
                    for ln in wrap(dtext, W + 3):
                        body_lines.append((ln, -1, False))
                elif dmode == "date":
                    # the line breaks inside the date: "湖南日报 2 月 23" / "日讯（…"
                    k = re.search(r"\d+\s*(?=日[讯电])", dtext).end()
                    body_lines.append((dtext[:k], -1, False))
                    prefix = dtext[k:].lstrip()
                    self.count("dateline broken inside its date")
                else:
                    prefix = dtext
            if pi == 0 and o.get("marker_line") and o.get("marker_inline"):
                prefix = o["marker_line"]
            text = prefix + t
            wl = wrap(text, W)
            if prefix:
                # keep a dateline's tail on a new line at 4+ characters (or none), so
                # the scorer's coverage, which matches pieces of 4+, can find it
                for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4):
                    wl = wrap(text, W + delta)
                    if dateline_tail_ok(wl, prefix):
                        break
            for j, ln in enumerate(wl):
                ln = numspace(ln, nmode)
                if o.get("quote_sp") and rng.random() < 0.6:
                    ln = quote_space(ln)
                body_lines.append((ln, pi, j == len(wl) - 1))
        # justified spread lines
        p_spread = o.get("spread", self.spec.get("spread", 0.1))
        out_body: list[tuple[str, bool, str]] = []
        for k, (ln, pi, end) in enumerate(body_lines):
            if not end and pi >= 0 and not body[pi][1] and rng.random() < p_spread and \
                    sum(ln.count(c) for c in "，、。；：“”") + len(ASCII_RUN.findall(ln)) >= 1:
                start = rng.choice([0, 0, 0, max(0, len(ln) - 6)])
                ln = spread(ln, start)
                self.count("justified line spread with spaces")
            out_body.append((ln, True, "body"))
            if k in o.get("dup", ()):
                out_body.append((ln, True, "dup"))
                self.dups.append(squash(ln))
                self.count("line printed twice")
        post: list[tuple[str, bool, str]] = []
        if hl == "after":
            for j, ln in enumerate(hl_lines):
                post.append((ln, j == len(hl_lines) - 1 or rng.random() < 0.5, "hl"))
            if o.get("by_with_hl"):
                for ln in by_lines:
                    post.append((ln, True, "by"))
            self.count("headline printed after its body")
        elif hl == "bunch":
            grp = list(hl_lines) + (by_lines if o.get("by_with_hl") else [])
            self.bunch.append(grp)
        if label and o.get("label") == "after":
            post.append((label, True, "label"))
            self.count("column label line")
        if o.get("jump_marker"):
            post.append((o["jump_marker"], True, "marker"))
        seq = pre + out_body + post
        self.place(st.id, seq, [x[0] for x in out_body], o)

    def place(self, sid: str, seq: list, body_texts: list[str], o: dict):
        """Emit seq, cut into segments at the split points (other text is printed between)."""
        splits = o.get("split")
        if not splits:
            for ln, blank, _ in seq:
                self.emit(ln, blank)
            return
        if not isinstance(splits, (list, tuple)):
            splits = [splits]
        nbody = sum(1 for x in seq if x[2] in ("body", "dup"))
        splits = [max(1, round(s * nbody)) if isinstance(s, float) else s for s in splits]
        # split indexes count body lines (col) or units (para) from the first body unit
        first = next(i for i, x in enumerate(seq) if x[2] in ("body", "dup"))
        cuts = [first + s for s in splits]
        segs, prev = [], 0
        for c in cuts + [len(seq)]:
            segs.append([(ln, blank) for ln, blank, _ in seq[prev:c]])
            prev = c
        for ln, blank in segs[0]:
            self.emit(ln, blank)
        self.pending[sid] = segs[1:]
        self.count("article printed in pieces between other text", 1)

    # ---- photos
    def photo(self, st: Story, o: dict):
        rng = self.rng
        g = self.gold_for(st, st.paras)
        g["kind"] = "photo"
        self.add_gold(st.id, g)
        self.count("photo item")
        title = self.P(st.title)
        cap = self.P(" ".join(t for t, _ in st.paras))
        credit = self.P(st.credit)
        mode = o.get("credit", "inline")
        seq: list[tuple[str, bool, str]] = []
        if self.layout == "para":
            for _ in range(2):
                seq.append(("", False, "pad"))
        if title:
            seq.append((title, True, "hl"))
            self.count("photo title line")
        capl = cap + (" " + credit if credit and mode == "inline" else "")
        if o.get("gaps"):
            capl = spread(capl)
            self.count("caption line spaced glyph by glyph")
        if self.layout == "col" and o.get("capW"):
            cl = wrap(capl, o["capW"])
        else:
            cl = [capl]
        for ln in cl:
            seq.append((ln, True, "body"))
        if credit and mode == "own":
            seq.append((credit, True, "credit"))
            self.count("photo credit on its own line")
        elif credit and mode == "right":
            seq.append((" " * o.get("indent", rng.randint(18, 40)) + credit, True, "credit"))
            self.count("photo credit right-aligned (leading spaces)")
        elif credit and mode == "top":
            seq.insert(0, (credit, True, "credit"))
            self.count("photo credit printed above the photo text")
        elif credit and mode == "page_top":
            self.out.insert(0, (credit, True))
            self.count("photo credit printed at the top of the page")
        elif credit:
            self.count("photo credit on the caption line")
        if credit.startswith("以上图片") or credit.startswith("本版图片"):
            self.count("group photo credit")
        for ln, blank, _ in seq:
            self.emit(ln, blank)

    # ---- paragraph layout
    def para_article(self, st: Story, body: list[tuple[str, bool]], o: dict):
        rng = self.rng
        kind = st.kind or "news"
        seq: list[tuple[str, bool, str]] = []
        label = self.P(st.column)
        hl = o.get("hl", "before")
        hl_lines = self.headline_lines(st, o) if (st.title or st.kicker or st.subtitle) and hl != "none" else []
        if label and o.get("label", "before") == "before":
            seq.append((label, True, "label"))
            self.count("column label line")
        if hl == "before":
            adj = o.get("adjacent", ())
            for j, ln in enumerate(hl_lines):
                seq.append((ln, j not in adj, "hl"))
            if o.get("join"):
                self.count("headline parts joined on one line")
        if st.byline and kind != "photo":
            by = self.P(st.byline)
            if o.get("by_split") == "tongxun" and " 通讯员" in by:
                a, _, b = by.partition(" 通讯员")
                seq.append((a, False, "by"))
                seq.append(("通讯员" + b, True, "by"))
                self.count("byline broken across lines")
            else:
                seq.append((by, True, "by"))
            if " " not in by and not by.startswith(("湖南日报", "文丨")):
                self.count("bare-name byline")
        if o.get("marker_line") and not o.get("marker_inline"):
            seq.append((o["marker_line"], True, "marker"))
        dl = self.P(st.dateline)
        cuts = o.get("cuts", {})          # para index -> char index where the line breaks
        if cuts and o.get("split"):
            self.count("paragraph cut mid-way, its rest printed after another story's start")
        for pi, (t, is_head) in enumerate(body):
            t = self.P(t)
            if is_head:
                seq.append((t, True, "body"))
                self.count("crosshead in a feature")
                continue
            if pi == 0 and dl:
                t = dl + t
            if pi == 0 and o.get("marker_line") and o.get("marker_inline"):
                t = o["marker_line"] + t
            pieces = [t]
            if pi in cuts:
                c = cuts[pi] + (len(dl) if pi == 0 and dl else 0)
                pieces = [t[:c], t[c:]]
            for pc in pieces:
                if pi in o.get("gaps", ()):
                    pc = gapspace(pc, rng)
                    self.count("glyph-gap spaces in a paragraph line")
                seq.append((pc, True, "body"))
                if pi in o.get("dup", ()) and pc is pieces[-1]:
                    seq.append((pc, True, "dup"))
                    self.dups.append(squash(pc))
                    self.count("line printed twice")
        if hl == "after":
            for ln in hl_lines:
                seq.append((ln, True, "hl"))
            self.count("headline printed after its body")
        elif hl == "bunch":
            self.bunch.append(hl_lines)
        if label and o.get("label") == "after":
            seq.append((label, True, "label"))
            self.count("column label line")
        if o.get("jump_marker"):
            seq.append((o["jump_marker"], True, "marker"))
        self.place(st.id, seq, [], o)

    # ---- output
    def text(self) -> str:
        if self.layout == "col":
            parts = []
            for i, (ln, blank) in enumerate(self.out):
                if i == 0 and not ln.startswith(" "):
                    ln = " " + ln
                parts.append(ln + "\n" + ("\n" if blank else ""))
            return "".join(parts) + "\n"
        parts = ["\n\n"]
        for i, (ln, blank) in enumerate(self.out):
            parts.append(ln)
            if i < len(self.out) - 1:
                parts.append("\n\n" if blank else "\n")
        return "".join(parts)

    def gold(self, source: str) -> dict:
        arts = sorted(self.gold_articles, key=lambda x: self.first_pos(x[0], x[1]))
        return {
            "source": source, "issue_date": self.date.isoformat(),
            "issue_number": self.issue_number, "page_count": self.page_count,
            "articles": [a for _, a in arts], "extras": self.extras, "duplicates": self.dups,
        }

    def first_pos(self, sid: str, art: dict) -> int:
        raw = squash(self.text())
        key = "".join(art["paragraphs"])[:12]
        pos = raw.find(key)
        return pos if pos >= 0 else 10 ** 9


# --------------------------------------------------------------------------- main

def main() -> int:
    sys.path.insert(0, str(HERE))
    from plan import PAGES   # noqa: E402  (the page plans live beside this file)
    stories = load_stories()
    for d in (PAGES_DIR, GOLD_DIR):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    state: dict = {}
    rows = []
    totals: dict[str, int] = {}
    for n, spec in enumerate(PAGES):
        pg = Page(spec, stories, state)
        pg.build()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES_DIR / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (GOLD_DIR / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        chars = len(squash(text))
        kinds: dict[str, int] = {}
        for a in gold["articles"]:
            kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
        rows.append((name, spec, len(gold["articles"]), chars, kinds))
        for k, v in pg.tally.items():
            totals[k] = totals.get(k, 0) + v
        for k, v in kinds.items():
            totals["kind:" + k] = totals.get("kind:" + k, 0) + v
    write_tables(rows, totals)
    for name, spec, na, chars, kinds in rows:
        print(f"{name}  {spec['date']} 第{spec['page']}版 {spec['layout']:4} {na:3d} articles {chars:5d} chars")
    print(f"{len(rows)} pages, {sum(r[2] for r in rows)} articles")
    return 0


def write_tables(rows, totals):
    """Refresh the generated tables between the markers in README.md."""
    readme = HERE / "README.md"
    if not readme.exists():
        return
    lines = ["| file | issue date | page of issue | layout | articles | kinds | characters |",
             "|---|---|---|---|---|---|---|"]
    for name, spec, na, chars, kinds in rows:
        k = ", ".join(f"{a} {b}" for a, b in sorted(kinds.items()))
        lay = "column" if spec["layout"] == "col" else "paragraph"
        lines.append(f"| {name} | {spec['date']} | {spec['page']} | {lay} | {na} | {k} | {chars} |")
    pages_table = "\n".join(lines)
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(totals):
        ph.append(f"| {k} | {totals[k]} |")
    phen_table = "\n".join(ph)
    text = readme.read_text(encoding="utf-8")
    text = re.sub(r"(<!-- pages -->)\n.*?(<!-- /pages -->)",
                  lambda m: m.group(1) + "\n" + pages_table + "\n" + m.group(2), text, flags=re.S)
    text = re.sub(r"(<!-- phenomena -->)\n.*?(<!-- /phenomena -->)",
                  lambda m: m.group(1) + "\n" + phen_table + "\n" + m.group(2), text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
