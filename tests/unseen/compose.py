#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw page text, the way the paper's PDF
extraction prints it, and write the exact gold of every page.

    python3 tests/unseen/compose.py [--out DIR]

writes DIR/pages/<name>.txt, DIR/gold/<name>.json (the contract of
../../shared/gold/FORMAT.md) and DIR/phenomena.json (what each page carries).
DIR defaults to this folder. Standard library only; deterministic: every random
choice comes from a generator seeded by the page's name.

Two layouts, both drawn from how the five seed pages print:

* column-broken (seeds 000, 004): one printed column line per text line, a blank
  line between lines; headlines before, after or bunched away from their body;
* one paragraph a line (seeds 001-003): paragraphs cut mid-sentence and finished
  after a paragraph or two of another story, masthead at the top of front pages.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import itertools
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
WEEKDAYS = "一二三四五六日"

# ---------------------------------------------------------------------------
# Facts about the issues (publication dates) the stories belong to.
# Lunar dates computed with two independent calendar libraries (they agree) and
# written out here so the composer needs nothing but the standard library; the
# 11th month is printed 十一月 as the paper prints it, not 冬月.
LUNAR = {
    "2015-06-18": "乙未年五月初三",
    "2016-11-09": "丙申年十月初十",
    "2017-07-04": "丁酉年六月十一",
    "2018-03-15": "戊戌年正月廿八",
    "2019-09-26": "己亥年八月廿八",
    "2020-05-12": "庚子年四月二十",
    "2021-12-08": "辛丑年十一月初五",
    "2023-08-22": "癸卯年七月初七",
    "2024-10-17": "甲辰年九月十五",
    "2026-01-15": "乙巳年十一月廿七",
}
# Number of pages printed that day (今日N版).
PAGE_COUNT = {
    "2015-06-18": 16,
    "2016-11-09": 12,
    "2017-07-04": 12,
    "2018-03-15": 16,
    "2019-09-26": 12,
    "2020-05-12": 8,
    "2021-12-08": 8,
    "2023-08-22": 8,
    "2024-10-17": 8,
    "2026-01-15": 8,
}
# The issue number grows by one a day; anchored on a masthead of the paper
# (2025-03-27 printed 第27314号).
ANCHOR_DATE, ANCHOR_NUMBER = datetime.date(2025, 3, 27), 27314
# Countdown boxes (距离…还有N天), the day counts checked with datetime.
COUNTDOWN = {
    "2019-09-26": ("距离新中国成立70周年", "还有5天"),
    "2021-12-08": ("距离北京冬奥会开幕", "还有58天"),
    "2023-08-22": ("距离杭州亚运会开幕", "还有32天"),
    "2026-01-15": ("距离2026年春节", "还有33天"),
}
OTHER_BOXES = [
    ("扫码看视频",),
    ("新湖南客户端", "扫码阅读全文"),
    ("今日导读",),
]
EDITORS = ["陈晓峰", "刘丹青", "王一鸣", "周岚", "谭立新", "易晓婷", "黄志伟", "肖湘宁"]


def issue_number(date: str) -> str:
    d = datetime.date.fromisoformat(date)
    return str(ANCHOR_NUMBER + (d - ANCHOR_DATE).days)


def weekday(date: str) -> str:
    return "星期" + WEEKDAYS[datetime.date.fromisoformat(date).weekday()]


# ---------------------------------------------------------------------------
# Punctuation width of a page: full-width everywhere, half-width parentheses
# only (seeds 002, 003), or half-width , ; : ( ) (seed 001).
PUNCT = {
    "full": {},
    "paren": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def punct(text: str, style: str) -> str:
    return text.translate(str.maketrans(PUNCT[style])) if PUNCT[style] else text


# ---------------------------------------------------------------------------
# Tokens, widths in em and line breaking for the column-broken layout.
CLOSE = set("，。、；：？！”’）》,;:)!?") | {"……"}  # never starts a line
OPEN = set("“‘（《(")  # never ends a line
COMPRESSIBLE = set("，。、；：？！")
QUOTES = set("“”‘’")
NO_SPACE_AFTER = set("，。、；：？！（《）》”’,;:()")  # spread lines: glyph gaps
NO_SPACE_BEFORE = set("（《）》“‘()")
TOKEN = re.compile(r"[0-9A-Za-z.%+]+|……|——| |.")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_num(tok: str) -> bool:
    return any(ch.isdigit() for ch in tok)


def width(tok: str, pw: float) -> float:
    if tok in ("……", "——"):
        return 2.0
    if tok == " ":
        return 0.3
    if tok[0].isascii():
        return 0.5 * len(tok)
    if tok in QUOTES:
        return 0.5
    if tok in COMPRESSIBLE:
        return pw
    return 1.0


class Item:
    """One token to set: its text, its width, whether a line may end before it."""

    __slots__ = ("bold", "brk", "tok", "w")

    def __init__(self, tok: str, w: float, brk: bool, bold: bool = False):
        self.tok, self.w, self.brk, self.bold = tok, w, brk, bold


def body_items(text: str, pw: float) -> list[Item]:
    toks = tokens(text)
    items = []
    for i, t in enumerate(toks):
        brk = t not in CLOSE and not (i and toks[i - 1] in OPEN)
        items.append(Item(t, width(t, pw), brk))
    return items


def dateline_breaks(dl: str) -> set[int]:
    """Character offsets in a dateline where the extraction breaks its line:
    at the spaces between names, after 记者, before 通讯员, and inside the
    date (湖南日报 1 月 22 / 日讯)."""
    pos = set()
    for m in re.finditer(r" ", dl):
        pos.add(m.start())
    for m in re.finditer(r"记者", dl):
        pos.add(m.end())
    for m in re.finditer(r"通讯员", dl):
        pos.add(m.start())
    m = re.search(r"\d+(?=日[讯电])", dl)
    if m:
        pos.add(m.end())
    return pos


def dateline_items(dl: str, pw: float) -> list[Item]:
    toks = tokens(dl)
    breaks = dateline_breaks(dl)
    items, off = [], 0
    for t in toks:
        w = width(t, pw) * 1.15  # the dateline is set in bold
        items.append(Item(t, w, off in breaks, bold=True))
        off += len(t)
    return items


def fill(items: list[Item], width_em: float, first_cap: float, rng: random.Random):
    """Greedy line filling with kinsoku: closing marks hang at the line end,
    digit runs never split, a dateline breaks only where the extraction breaks
    it. Returns [(items, slack)], slack None on the paragraph's last line."""
    lines, cur, used, cap = [], [], 0.0, first_cap
    i = 0
    while i < len(items):
        it = items[i]
        if not cur or used + it.w <= cap + 1e-9:
            cur.append(it)
            used += it.w
            i += 1
            continue
        if it.tok in CLOSE and used + it.w <= cap + 1.01:
            cur.append(it)  # hanging / compressed punctuation
            used += it.w
            i += 1
            continue
        if it.brk:
            j = len(cur)
        else:
            j = len(cur) - 1
            while j > 0 and not cur[j].brk:
                j -= 1
            if j == 0:
                j = len(cur)
        line, rest = cur[:j], cur[j:]
        while line and line[-1].tok == " ":
            line.pop()
        while rest and rest[0].tok == " ":
            rest.pop(0)
        lines.append((line, cap - sum(x.w for x in line)))
        cur, used = rest, sum(x.w for x in rest)
        cap = width_em + rng.choice((-0.5, 0, 0, 0, 0.5))
    if cur:
        lines.append((cur, None))
    return lines


def render_line(items: list[Item], digits: str, rng: random.Random) -> str:
    """A line as the extraction prints it: spaces around digit runs after the
    page's habit (none / before / both / mixed)."""
    out = ""
    toks = [x.tok for x in items]
    for i, t in enumerate(toks):
        if is_num(t) and digits != "none":
            mode = digits if digits != "mixed" else rng.choice(("before", "both", "none"))
            if (
                mode != "none"
                and out
                and not out.endswith(" ")
                and toks[i - 1] not in OPEN
                and toks[i - 1] not in NO_SPACE_AFTER
            ):
                out += " "
            out += t
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if mode == "both" and nxt is not None and nxt not in CLOSE and nxt != " ":
                out += " "
        else:
            out += t
    return out


def spread_line(items: list[Item]) -> str:
    """A justified line spread by the extraction: a gap after every glyph but
    around the compressed punctuation (总 部 、区 域 总 部 、功 能)."""
    toks = [x.tok for x in items if x.tok != " "]
    out = toks[0]
    for a, b in itertools.pairwise(toks):
        if a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE:
            out += b
        else:
            out += " " + b
    return out


# ---------------------------------------------------------------------------
# PDF spacing on one-paragraph-a-line pages.
def pdf_space(text: str, level: int, rng: random.Random) -> str:
    """Glyph-gap spaces: around number runs, after an opening quote, around a
    full-width comma, before %, after digits only."""
    if level <= 0:
        return text

    def num(m):
        s = m.group(0)
        r = rng.random()
        if "%" in s and r < 0.3:
            s = s.replace("%", " %")
        if r < 0.5:
            return " " + s + " "
        if r < 0.75:
            return s + " "
        return " " + s

    out = re.sub(r"\d+(?:\.\d+)?%?", num, text)
    if level >= 2:
        out = re.sub(r"“(?=\S)", lambda m: "“ " if rng.random() < 0.6 else "“", out)
        out = re.sub(r"，", lambda m: " ， " if rng.random() < 0.15 else "，", out)
    out = re.sub(r" {2,}", " ", out).strip()
    return out


def spaced_through(text: str) -> str:
    """A caption line printed with a gap between all glyphs."""
    return " ".join(ch for ch in text if ch != " ")


# ---------------------------------------------------------------------------
# Where a paragraph may be cut mid-sentence, by kind of cut.
UNIT_START = "亿万元个家人吨亩公里米项列次份座条台辆斤名倍"
VERBS = (
    "完成投资",
    "完成",
    "达到",
    "达",
    "突破",
    "增长",
    "下降",
    "实现",
    "超过",
    "总值",
    "总额",
    "收入",
    "增加",
    "提高",
    "约",
    "投资",
    "金额",
)
ABBREVS = (
    "长株潭",
    "湘江新区",
    "湘赣边",
    "放管服",
    "三高四新",
    "湘南湘西",
    "一带一路",
    "新三样",
    "稳外贸",
    "专精特新",
)
SENT_END = set("。！？；")


def cut_candidates(text: str, lo: int) -> dict[str, list[int]]:
    """Cut positions (a cut before text[pos]) by kind, none at a sentence end.
    Layout spaces (PDF spacing) around the cut are allowed and stripped later."""
    n = len(text)
    cands: dict[str, list[int]] = {
        "figure-unit": [],
        "verb-figure": [],
        "abbrev": [],
        "comma": [],
        "word": [],
    }

    def ok(p):
        if not max(lo, 6) <= p <= n - 5:
            return False
        left = text[:p].rstrip()
        right = text[p:].lstrip()
        return (
            bool(left)
            and len(right) > 4
            and left[-1] not in SENT_END
            and right[0] not in CLOSE
            and left[-1] not in OPEN
        )

    for m in re.finditer(r"(\d+(?:\.\d+)?)( ?)", text):
        after = m.end()
        if after < n and text[after] in UNIT_START and ok(m.end(1)):
            cands["figure-unit"].append(m.end(1))
        before = text[: m.start()].rstrip()
        if any(before.endswith(v) for v in VERBS) and ok(m.start()):
            cands["verb-figure"].append(m.start())
    for a in ABBREVS:
        for m in re.finditer(re.escape(a), text):
            for k in range(1, len(a)):
                if ok(m.start() + k) and a[k - 1] not in "“”" and a[k] not in "“”":
                    cands["abbrev"].append(m.start() + k)
    for m in re.finditer(r"[，,]", text):
        if ok(m.end()):
            cands["comma"].append(m.end())
    for p in range(lo + 6, n - 5):
        a, b = text[p - 1], text[p]
        if ok(p) and "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff":
            cands["word"].append(p)
    return cands


CUT_WEIGHTS = {"figure-unit": 4, "verb-figure": 6, "abbrev": 6, "comma": 1, "word": 2}


def cut_interest(text: str, lo: int) -> int:
    """How many of the hard kinds of cut a paragraph offers (figure and unit, verb
    and figure, inside an abbreviation)."""
    c = cut_candidates(text, lo)
    return sum(1 for k in ("figure-unit", "verb-figure", "abbrev") if c[k])


def choose_cut(text: str, rng: random.Random, lo: int = 0, prefer=None) -> tuple[int, str]:
    cands = cut_candidates(text, lo)
    kinds = [k for k in (prefer or ()) if cands.get(k)]
    if not kinds:
        kinds = [k for k in CUT_WEIGHTS for _ in range(CUT_WEIGHTS[k]) if cands[k]]
    if not kinds:
        raise ValueError("no place to cut: " + text)
    kind = rng.choice(kinds)
    return rng.choice(cands[kind]), kind


# ---------------------------------------------------------------------------
class Art:
    """A story as one page prints it: its gold fields and how it is laid out."""

    def __init__(self, story: dict, style: str, jump: str = ""):
        self.story = story
        self.sid = story["id"]
        self.kind = story["kind"]
        self.f = {k: punct(story.get(k, ""), style) for k in FIELDS}
        self.paras = [punct(p, style) for p in story["paragraphs"]]
        self.subheads = [punct(h, style) for h in story["subheads"]]
        self.wraps = story.get("wraps", {})
        self.style = style
        self.tags: list[str] = []
        self.frame = ""  # the printed frame around a jump text, e.g. ▷（）
        self.jumped = False
        if jump:
            spec = story["jump"]
            k, off = spec["paragraph"], spec["offset"]
            self.paras = [*self.paras[:k], self.paras[k][:off]]
            self.subheads = [h for h in self.subheads if h in self.paras]
            self.f["continued"] = jump
            self.jumped = True
            self.tags.append("jump")

    def head_parts(self) -> list[str]:
        return [self.f[k] for k in ("kicker", "title", "subtitle") if self.f[k]]

    def wrapped(self, field: str) -> list[str]:
        """A headline field cut at its marked wrap point or its space."""
        text = self.f[field]
        pos = list(self.wraps.get(field, []))
        if not pos and " " in text:
            pos = [text.index(" ")]
        if not pos:
            return [text]
        p = pos[0]
        return [text[:p].strip(), text[p:].strip()]

    def gold(self) -> dict:
        return {
            "kind": self.kind,
            **{k: self.f[k] for k in FIELDS},
            "subheads": list(self.subheads),
            "paragraphs": list(self.paras),
        }


def byline_parts(byline: str) -> list[str]:
    """A byline split as the extraction breaks it: before 通讯员, or between the
    role and the name."""
    m = re.search(r" (?=通讯员)", byline)
    if m:
        return [byline[: m.start()], byline[m.end() :]]
    m = re.match(r"(湖南日报\S*(?:评论员|记者))\s+(.+)$", byline)
    if m:
        return [m.group(1), m.group(2)]
    return [byline]


def jump_marker(rng: random.Random, style: str, page: int = 2) -> tuple[str, str, str]:
    """(printed line, gold continued text, frame left over)."""
    arrow = rng.choice(("▷", "▶", "", ""))
    circ = rng.choice(("", "", "①", "②"))
    text = f"下转{page}版{circ}"
    lb, rb = ("(", ")") if style != "full" else ("（", "）")
    return f"{arrow}{lb}{text}{rb}", text, f"{arrow}{lb}{rb}"


def cont_marker(rng: random.Random, style: str) -> tuple[str, str, str]:
    arrow = rng.choice(("", "", "", "▲ ▲", "▲▲"))
    circ = rng.choice(("", "②", "③"))
    word = rng.choice(("上接", "上接", "紧接"))
    text = f"{word}1版{circ}"
    lb, rb = ("(", ")") if style != "full" else ("（", "）")
    return f"{arrow}{lb}{text}{rb}", text, f"{arrow}{lb}{rb}"


# ---------------------------------------------------------------------------
class Page:
    """Printed lines of one page (text, tight-with-previous) plus its gold."""

    def __init__(self, name: str, spec: dict):
        self.name = name
        self.spec = spec
        self.rng = random.Random(name)
        self.lines: list[tuple[str, bool]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.arts: list[Art] = []
        self.tags: Counter = Counter()
        self.cont_inline = ""
        self.pdf_level = 0

    def emit(self, text: str, tight: bool = False, gap: int = 0):
        self.lines.append((text, tight, gap))

    def text(self) -> str:
        out = []
        for i, (t, tight, gap) in enumerate(self.lines):
            if i:
                out.append("\n" if tight else "\n\n" + "\n" * gap)
            out.append(t)
        return "".join(out)


def masthead_pieces(date: str) -> list[str]:
    d = datetime.date.fromisoformat(date)
    return [
        f"{d.year}年{d.month}月",
        str(d.day),
        weekday(date),
        LUNAR[date],
        f"第{issue_number(date)}号",
        f"今日{PAGE_COUNT[date]}版",
    ]


def header_strip(date: str, page_no: int, rng: random.Random) -> list[str]:
    d = datetime.date.fromisoformat(date)
    return [
        f"{d.year}年{d.month}月{d.day}日 {weekday(date)}",
        rng.choice(("要闻", "要闻", "综合")),
        str(page_no),
        "责任编辑 " + rng.choice(EDITORS),
    ]


# ---------------------------------------------------------------------------
# Column-broken layout.
def col_head_lines(art: Art, page: Page) -> list[tuple[str, bool]]:
    """Headline lines in order, each (text, tight with the previous head line).
    Long lines wrap with the last word(s) alone; a bold headline may come out
    doubled."""
    rng = page.rng
    out = []
    for field in ("kicker", "title", "subtitle"):
        text = art.f[field]
        if not text:
            continue
        parts = [text]
        # a long headline wraps at a word boundary marked in the story, its
        # last word(s) on a line of their own
        if field in art.wraps and rng.random() < 0.7:
            parts = art.wrapped(field)
            art.tags.append("headline-wrap")
        elif " " in text and field == "title" and rng.random() < 0.3:
            parts = art.wrapped(field)
            art.tags.append("two-phrase-two-lines")
        for p in parts:
            out.append([p, rng.random() < 0.5])
    if art.f["title"] and rng.random() < 0.12:
        # a headline drawn twice for bold
        idx = [i for i, (t, _) in enumerate(out) if t == art.f["title"]]
        if idx:
            i = idx[0]
            if rng.random() < 0.5:
                out[i][0] = art.f["title"] + art.f["title"]
            else:
                out.insert(i + 1, [art.f["title"], rng.random() < 0.6])
            page.dups.append(art.f["title"])
            art.tags.append("bold-double")
    if out:
        out[0][1] = False
        if rng.random() < 0.08:
            out[0][0] = " " + out[0][0]  # a stray glyph gap before the line (seed 000)
    return [tuple(x) for x in out]


def col_body_lines(art: Art, page: Page, W: float, pw: float, digits: str) -> list[str]:
    rng = page.rng
    lines = []
    for pi, para in enumerate(art.paras):
        if para in art.subheads:
            lines.append(para)
            continue
        items = []
        if pi == 0 and art.f["dateline"]:
            items = dateline_items(art.f["dateline"], pw)
        if pi == 0 and art.kind == "continuation" and page.cont_inline:
            items = body_items(page.cont_inline, pw)
        items += body_items(para, pw)
        indent = 0.6 if pi == 0 and art.f["dateline"] else 2
        first_cap = W - indent + rng.choice((-0.5, 0, 0, 0.5))
        if items and items[0].bold and rng.random() < 0.15:
            # dateline broken inside its date: 湖南日报 1 月 22 / 日讯（…
            dl = art.f["dateline"]
            m = re.search(r"\d+(?=日[讯电])", dl)
            if m:
                cut = sum(1 for _ in tokens(dl[: m.end()]))
                first_cap = sum(x.w for x in items[:cut]) + 0.2
                art.tags.append("dateline-break-in-date")
        filled = fill(items, W, first_cap, rng)
        for li, (its, slack) in enumerate(filled):
            has_bold = any(x.bold for x in its)
            if (
                slack is not None
                and not has_bold
                and ((slack >= 1.0 and rng.random() < 0.8) or rng.random() < 0.03)
            ):
                lines.append(spread_line(its))
                art.tags.append("spread-line")
            else:
                s = render_line(its, digits, rng)
                if has_bold and li == 0 and rng.random() < 0.3:
                    s = " " + s
                lines.append(s)
        if pi == 0 and art.f["dateline"]:
            n_bold = sum(1 for its, _ in filled if any(x.bold for x in its))
            if n_bold > 1:
                art.tags.append("dateline-broken")
    return lines


def col_article(art: Art, page: Page) -> dict:
    """The blocks of one story in the column layout."""
    rng = page.rng
    commentary = art.kind == "commentary"
    if commentary:
        W = rng.choice((10.5, 11, 12, 12, 13))
    else:
        W = rng.choice((15, 16, 17, 18, 19, 20, 21, 22))
    pw = rng.choice((0.5, 0.5, 0.75, 1.0))
    digits = rng.choice(("none", "before", "both", "mixed", "mixed"))
    blocks = {"head": col_head_lines(art, page), "pre": [], "body": [], "post": [], "label": []}
    if art.f["column"]:
        blocks["label"] = [(art.f["column"], False)]
        art.tags.append("column-label")
    by = art.f["byline"]
    if art.kind == "photo":
        W = rng.choice((28, 34, 40, 46, 90))
        caps = []
        for cap in art.paras:
            its = body_items(cap, 1.0)
            for its_line, _ in fill(its, W, W, rng):
                caps.append(render_line(its_line, rng.choice(("none", "before")), rng))
        group = by.startswith("以上")
        if by and not group and rng.random() < 0.6:
            caps[-1] = caps[-1] + rng.choice((" ", "  ", "")) + by
            art.tags.append("credit-on-caption")
        elif by:
            caps.append((" " * rng.choice((0, 8, 20))) + by)
            art.tags.append("credit-own-line")
        blocks["body"] = caps
        return blocks
    if by and art.kind in ("feature", "commentary"):
        parts = byline_parts(by)
        if len(parts) == 2 and rng.random() < 0.6:
            blocks["pre"] = [(parts[0], False), (parts[1], rng.random() < 0.4)]
            art.tags.append("byline-split")
        else:
            blocks["pre"] = [(by, False)]
        if commentary and " " not in by and not by.startswith("湖南日报"):
            art.tags.append("bare-name-byline")
    elif by:  # a byline printed at the end (…记者 X 报道)
        blocks["post"].append((" " * rng.choice((0, 10)) + by, False))
        art.tags.append("byline-end")
    if art.kind == "continuation":
        marker, text, frame = cont_marker(rng, art.style)
        art.f["continued"] = text
        page.extras.append(frame)
        if rng.random() < 0.5:
            blocks["pre"].insert(0, (marker, False))
            page.cont_inline = ""
        else:
            page.cont_inline = marker
        art.tags.append("continuation")
    else:
        page.cont_inline = ""
    blocks["body"] = col_body_lines(art, page, W, pw, digits)
    if art.jumped:
        line, text, frame = jump_marker(rng, art.style)
        art.f["continued"] = text
        page.extras.append(frame)
        blocks["post"].append((line, False))
    return blocks


def compose_columns(page: Page):
    rng = page.rng
    spec = page.spec
    arts = page.arts
    out: list[tuple[str, bool, int]] = []
    bunch: list[tuple[str, bool]] = []

    # furniture to drop in between blocks
    furniture: list[list[tuple[str, bool]]] = []
    if spec["page_no"] == 1:
        pieces = masthead_pieces(spec["date"])
        if rng.random() < 0.5:  # drawing order merges the day and the weekday
            pieces = [pieces[0], pieces[1] + " " + pieces[2], *pieces[3:]]
            page.tags["masthead-merged"] += 1
        page.extras += pieces
        page.tags["masthead"] += 1
        mast = [(p, rng.random() < 0.3) for p in pieces]
        where = rng.choice(("top", "bottom", "split"))
        if where == "split":
            k = rng.randint(2, len(mast) - 1)
            furniture.append(mast[k:])
            mast = mast[:k]
            where = "top"
    else:
        mast = []
        strip = header_strip(spec["date"], spec["page_no"], rng)
        if rng.random() < 0.8:
            page.extras += strip
            page.tags["header-strip"] += 1
            if rng.random() < 0.5:
                furniture.append([(s, False) for s in strip])
            else:
                mast = [(s, False) for s in strip]
        where = rng.choice(("top", "top", "bottom"))
    for box in boxes_for(page):
        furniture.append([(b, False) for b in box])

    def emit_block(lines, gap=0):
        for i, (t, tight) in enumerate(lines):
            out.append((t, tight and i > 0, gap if i == 0 else 0))

    if mast and where == "top":
        emit_block(mast)
    order = list(range(len(arts)))
    flush_at = set()
    placement = {}
    for i in order:
        a = arts[i]
        if a.kind == "photo":
            placement[i] = "photo"
        elif not (a.f["kicker"] or a.f["title"] or a.f["subtitle"]):
            placement[i] = "none"
        else:
            r = rng.random()
            placement[i] = "before" if r < 0.4 else "after" if r < 0.75 else "bunch"
    bunched = [i for i in order if placement[i] == "bunch"]
    if bunched:
        later = [j for j in order if j >= max(bunched)]
        flush_at.add(rng.choice(later))
    for i in order:
        a = arts[i]
        blocks = col_article(a, page)
        head = blocks["head"]
        label = blocks["label"]
        pre, body, post = blocks["pre"], blocks["body"], blocks["post"]
        if a.kind == "photo":
            title = list(head)
            gap = rng.choice((1, 2))
            if title and rng.random() < 0.5:
                emit_block(title + [(b, False) for b in body], gap)
            else:
                emit_block([(b, False) for b in body] + title, gap)
            a.tags.append("photo")
        elif a.kind == "commentary":
            # an untitled commentary keeps its byline over the body (seed 000)
            variant = rng.choice("abcd" if head else "ad")
            a.tags.append("commentary-order-" + variant)
            if variant == "a":
                emit_block(label + head + pre + [(b, False) for b in body])
            elif variant == "b":
                emit_block(pre + [(b, False) for b in body] + label + head)
            elif variant == "c":
                emit_block([(b, False) for b in body] + label + head + [(p[0], True) for p in pre])
            else:
                emit_block(head + pre + [(b, False) for b in body] + label)
        else:
            p = placement[i]
            lines_body = pre + [(b, False) for b in body] + post
            if p == "before":
                emit_block(label + head + lines_body)
            elif p == "after":
                emit_block(lines_body + label + head)
                a.tags.append("headline-after-body")
            elif p == "bunch":
                emit_block(label + lines_body)
                bunch.extend(
                    [(t, tight if k else rng.random() < 0.15) for k, (t, tight) in enumerate(head)]
                )
                a.tags.append("headline-bunched")
            else:
                emit_block(label + lines_body)
        if i in flush_at and bunch:
            emit_block(bunch)
            bunch = []
            page.tags["headline-bunch"] += 1
        if furniture and rng.random() < 0.35:
            emit_block(furniture.pop(0))
    if bunch:
        emit_block(bunch)
    for f in furniture:
        emit_block(f)
    if mast and where == "bottom":
        emit_block(mast)
    for t, tight, gap in out:
        page.emit(t, tight, gap)


def boxes_for(page: Page) -> list[tuple[str, ...]]:
    rng = page.rng
    boxes = []
    date = page.spec["date"]
    if page.spec["page_no"] == 1 and date in COUNTDOWN and rng.random() < 0.8:
        boxes.append(COUNTDOWN[date])
        page.tags["countdown-box"] += 1
    if rng.random() < 0.35:
        boxes.append(rng.choice(OTHER_BOXES))
        page.tags["box-line"] += 1
    for b in boxes:
        page.extras += list(b)
    return boxes


# ---------------------------------------------------------------------------
# One paragraph a line.
class Unit:
    __slots__ = ("art", "gap", "kind", "text", "tight")

    def __init__(self, text, art=None, kind="para", tight=False, gap=0):
        self.text, self.art, self.kind, self.tight, self.gap = text, art, kind, tight, gap


def para_head_units(art: Art, page: Page) -> list[Unit]:
    rng = page.rng
    parts = []
    for field in ("kicker", "title", "subtitle"):
        text = art.f[field]
        if not text:
            continue
        if field in art.wraps and rng.random() < (0.6 if " " in text else 0.2):
            ws = art.wrapped(field)
            parts.append([ws[0], field, False])
            parts.append([ws[1], field, True])
            art.tags.append("headline-part-lines")
        else:
            parts.append([text, field, False])
    if not parts:
        return []
    # join neighbouring parts on one line with a space (seed 001 and 002)
    lines = [parts[0][:]]
    for p in parts[1:]:
        if p[1] != lines[-1][1] and rng.random() < 0.45:
            lines[-1][0] += " " + p[0]
            lines[-1][1] = p[1]
            art.tags.append("headline-joined")
        else:
            lines.append(p[:])
    units = [Unit(t, art, "head", tight) for t, _, tight in lines]
    if art.f["title"] and rng.random() < 0.12:
        for k, u in enumerate(units):
            if u.text == art.f["title"]:
                if rng.random() < 0.5:
                    u.text = u.text + u.text
                else:
                    units.insert(k + 1, Unit(art.f["title"], art, "head"))
                page.dups.append(art.f["title"])
                art.tags.append("bold-double")
                break
    return units


def para_units(art: Art, page: Page) -> list[Unit]:
    """The lines of one story before any cutting: head, label, byline, body."""
    rng = page.rng
    level = page.pdf_level
    units: list[Unit] = []
    head = para_head_units(art, page)
    by = art.f["byline"]
    label = [Unit(art.f["column"], art, "label")] if art.f["column"] else []
    if label:
        art.tags.append("column-label")
    if art.kind == "photo":
        caps = []
        for k, cap in enumerate(art.paras):
            t = pdf_space(cap, level, rng)
            if level >= 2 and rng.random() < 0.4:
                t = spaced_through(cap)
                art.tags.append("caption-spaced")
            caps.append(Unit(t, art, "caption", gap=1 if k == 0 else 0))
        group = by.startswith("以上")
        if by and not group and rng.random() < 0.5:
            caps[-1].text += rng.choice(("", " ")) + by
            art.tags.append("credit-on-caption")
        elif by:
            caps.append(Unit(by, art, "credit"))
            art.tags.append("credit-own-line")
        units = (head + caps) if rng.random() < 0.8 else (caps + head)
        for u in units:
            u.kind = "photo"
            u.gap = 0
        units[0].gap = 1
        art.tags.append("photo")
        return units
    pre = []
    if by and art.kind in ("feature", "commentary"):
        parts = byline_parts(by)
        if len(parts) == 2 and rng.random() < 0.5:
            pre = [Unit(parts[0], art, "byline"), Unit(parts[1], art, "byline", tight=True)]
            art.tags.append("byline-split")
        else:
            pre = [Unit(by, art, "byline")]
        if art.kind == "commentary" and " " not in by and not by.startswith("湖南日报"):
            art.tags.append("bare-name-byline")
    body = []
    for k, p in enumerate(art.paras):
        text = p
        if k == 0 and art.f["dateline"]:
            text = art.f["dateline"] + p
        if k == 0 and art.kind == "continuation":
            marker, ctext, frame = cont_marker(rng, art.style)
            art.f["continued"] = ctext
            page.extras.append(frame)
            art.tags.append("continuation")
            if rng.random() < 0.6:
                text = marker + text
            else:
                body.append(Unit(marker, art, "marker"))
        kind = "subhead" if p in art.subheads else "para"
        body.append(Unit(pdf_space(text, level, rng) if kind == "para" else text, art, kind))
    post = []
    if by and art.kind not in ("feature", "commentary"):
        post.append(Unit(by, art, "byline"))
        art.tags.append("byline-end")
    if art.kind == "commentary" and rng.random() < 0.5:
        units = head + pre + body + label  # label after the commentary
    else:
        units = label + head + pre + body
    if art.kind == "feature" and head and rng.random() < 0.35:
        # the feature's headline printed after its first paragraphs (seed 003)
        k = rng.randint(1, 2)
        first_paras = [u for u in body if u.kind == "para"][:k]
        if len(first_paras) == k and len(body) > k + 2:
            rest = [u for u in units if u not in head]
            idx = rest.index(first_paras[-1]) + 1
            units = rest[:idx] + head + rest[idx:]
            art.tags.append("headline-after-paragraphs")
    return units + post


def split_unit(u: Unit, rng: random.Random, prefer=None) -> tuple[Unit, Unit, str]:
    art = u.art
    lo = 0
    if art.f["dateline"] and u.text.startswith(art.f["dateline"]):
        lo = len(art.f["dateline"])
    pos, kind = choose_cut(u.text, rng, lo, prefer)
    return (
        Unit(u.text[:pos].rstrip(), art, u.kind),
        Unit(u.text[pos:].lstrip(), art, u.kind),
        kind,
    )


def pick_para(seq: list[Unit], idxs: list[int], rng: random.Random) -> int:
    """A paragraph to cut, paragraphs offering hard cuts weighted up."""
    weights = []
    for k in idxs:
        u = seq[k]
        dl = u.art.f["dateline"]
        lo = len(dl) if dl and u.text.startswith(dl) else 0
        weights.append(1 + 4 * cut_interest(u.text, lo))
    return rng.choices(idxs, weights=weights)[0]


def compose_paragraphs(page: Page):
    rng = page.rng
    spec = page.spec
    arts = page.arts
    seqs = [para_units(a, page) for a in arts]
    out: list[Unit] = []

    # masthead (front page) or header strip (inner page) at the top
    if spec["page_no"] == 1:
        pieces = masthead_pieces(spec["date"])
        page.extras += pieces
        page.tags["masthead"] += 1
        for k, p in enumerate(pieces):
            out.append(Unit(p, None, "extra", tight=(k == 4 and rng.random() < 0.7)))
    elif rng.random() < 0.4:
        strip = header_strip(spec["date"], spec["page_no"], rng)
        page.extras += strip
        page.tags["header-strip"] += 1
        out += [Unit(p, None, "extra") for p in strip]
    n_top = len(out)

    # a jumping story stops mid-sentence (Art cut it), then its marker
    for a, seq in zip(arts, seqs, strict=False):
        if a.jumped:
            line, text, frame = jump_marker(rng, a.style)
            a.f["continued"] = text
            page.extras.append(frame)
            seq.append(Unit(line, a, "marker"))

    def para_idx(seq, lo=0):
        return [k for k, u in enumerate(seq) if u.kind == "para" and k >= lo and len(u.text) > 30]

    # one structural operation per story at most
    n = len(arts)
    ops = {}
    for i, a in enumerate(arts):
        if a.kind == "photo":
            ops[i] = rng.choice(("top", "inside", "inside", "plain", "plain"))
            continue
        r = rng.random()
        if a.jumped and r < 0.5:
            ops[i] = "jump-displaced"
        elif r < 0.45:
            ops[i] = "interleave"
        elif r < 0.63:
            ops[i] = "split"
        elif r < 0.78 and i > 0 and a.kind in ("news", "feature") and not a.jumped:
            ops[i] = "tail-first"

    done: set[int] = set()
    deferred: list[int] = []
    for k in range(n):
        if ops.get(k) == "top":
            seqs[k][0].gap = 2
            out += seqs[k]
            arts[k].tags.append("photo-at-top")
            done.add(k)
    i = 0
    while i < n:
        if i in done:
            i += 1
            continue
        a, seq = arts[i], seqs[i]
        op = ops.get(i)
        nxt = i + 1 if i + 1 < n and i + 1 not in done and arts[i + 1].kind != "photo" else None
        if op == "inside":
            deferred.append(i)
            i += 1
            continue
        if op == "interleave" and nxt is not None and para_idx(seq) and para_idx(seqs[nxt]):
            b, bseq = arts[nxt], seqs[nxt]
            j = pick_para(seq, para_idx(seq), rng)
            x, y, kind = split_unit(seq[j], rng)
            first_b = para_idx(bseq)[0]
            kb = first_b + 1
            if rng.random() < 0.4 and kb < len(bseq) and bseq[kb].kind == "para":
                kb += 1
            out += [*seq[:j], x, *bseq[:kb], y, *seq[j + 1 :], *bseq[kb:]]
            a.tags += ["interleaved-cut", "cut-" + kind]
            page.tags["interleave"] += 1
            done.add(nxt)
            i += 1
            continue
        if op == "jump-displaced" and nxt is not None and para_idx(seqs[nxt]):
            marker = seq.pop()
            bseq = seqs[nxt]
            kb = para_idx(bseq)[0] + 1
            out += seq + bseq[:kb] + [marker] + bseq[kb:]
            a.tags.append("jump-marker-displaced")
            done.add(nxt)
            i += 1
            continue
        if op == "split" and para_idx(seq):
            j = pick_para(seq, para_idx(seq), rng)
            x, y, kind = split_unit(seq[j], rng)
            seq = [*seq[:j], x, y, *seq[j + 1 :]]
            a.tags += ["consecutive-cut", "cut-" + kind]
        elif op == "tail-first" and para_idx(seq, lo=3):
            j = pick_para(seq, para_idx(seq, lo=3), rng)
            x, y, kind = split_unit(seq[j], rng)
            dup = []
            if rng.random() < 0.5 and seq[j - 1].kind == "para":
                # the column before the tail printed twice (seed 002)
                dup = [Unit(seq[j - 1].text, a, "para")]
                page.dups.append(seq[j - 1].text)
                a.tags.append("line-printed-twice")
            seq = [*dup, y, *seq[j + 1 :], *seq[:j], x]
            a.tags += ["tail-before-head", "cut-" + kind]
        out += seq
        i += 1

    # photos between two paragraphs of another story
    for k in deferred:
        idxs = [
            m
            for m in range(n_top + 1, len(out))
            if out[m].kind == "para" and out[m - 1].kind == "para" and out[m].art is out[m - 1].art
        ]
        if idxs:
            m = rng.choice(idxs)
            seqs[k][0].gap = 1
            out[m:m] = seqs[k]
            arts[k].tags.append("photo-inside-story")
        else:
            out += seqs[k]
    # a line printed twice
    if rng.random() < 0.35:
        cands = [k for k, u in enumerate(out) if u.kind == "para"]
        if cands:
            k = rng.choice(cands)
            u = out[k]
            out.insert(k + 1, Unit(u.text, u.art, "para"))
            page.dups.append(u.text)
            u.art.tags.append("line-printed-twice")
    for b in boxes_for(page):
        pos = len(out) if rng.random() < 0.6 else rng.randint(max(n_top, len(out) // 2), len(out))
        out[pos:pos] = [Unit(t, None, "extra", gap=1 if k == 0 else 0) for k, t in enumerate(b)]
    if n_top < len(out) and spec["page_no"] == 1:
        out[n_top].gap = max(out[n_top].gap, rng.choice((1, 2)))
    for u in out:
        page.emit(u.text, u.tight, u.gap)


# ---------------------------------------------------------------------------
def plan(stories: dict) -> list[dict]:
    """Pages: for every issue a front page and an inner page, each in both layouts."""
    by_issue: dict[str, list[dict]] = {}
    for s in stories.values():
        by_issue.setdefault(s["issue_date"], []).append(s)
    specs = []
    for date in sorted(by_issue):
        pool = by_issue[date]
        parents = [s for s in pool if "jump" in s]
        conts = [s for s in pool if s["kind"] == "continuation"]
        plain = [s for s in pool if s["kind"] != "continuation"]
        for layout in ("col", "para"):
            specs.append(
                {
                    "date": date,
                    "page_no": 1,
                    "layout": layout,
                    "pool": [s["id"] for s in plain],
                    "jump": [s["id"] for s in parents],
                }
            )
            specs.append(
                {
                    "date": date,
                    "page_no": 2,
                    "layout": layout,
                    "pool": [s["id"] for s in plain if s not in parents],
                    "cont": [s["id"] for s in conts],
                }
            )
    return specs


def page_name(k: int, spec: dict) -> str:
    key = f"{spec['date']}/{spec['page_no']}/{spec['layout']}"
    return f"u{k:02d}_" + hashlib.sha1(key.encode()).hexdigest()[:16]


def pick_stories(page: Page, stories: dict) -> list[dict]:
    rng = page.rng
    spec = page.spec
    pool = [stories[i] for i in spec["pool"]]
    if spec["page_no"] == 1:
        lead = [s for s in pool if "official-speech" in s["tags"]]
        rest = [s for s in pool if s not in lead]
        rng.shuffle(rest)
        n = rng.randint(6, 8)
        chosen = lead + rest[: max(0, n - len(lead))]
        # the front page keeps the stories that jump to page 2
        for sid in spec.get("jump", []):
            if stories[sid] not in chosen:
                chosen.append(stories[sid])
        first = chosen[:1]
        others = chosen[1:]
        rng.shuffle(others)
        return first + others
    conts = [stories[i] for i in spec.get("cont", [])]
    rest = list(pool)
    rng.shuffle(rest)
    n = rng.randint(6, 8)
    chosen = conts + rest[: max(0, n - len(conts))]
    rng.shuffle(chosen)
    return chosen


def build_page(k: int, spec: dict, stories: dict) -> tuple[str, str, dict, dict]:
    name = page_name(k, spec)
    page = Page(name, spec)
    rng = page.rng
    if spec["layout"] == "col":
        style = "full" if rng.random() < 0.8 else "paren"
        page.pdf_level = 0
    else:
        style = rng.choice(("full", "full", "paren", "half"))
        page.pdf_level = rng.choice((0, 0, 1, 2))
    page.cont_inline = ""
    chosen = pick_stories(page, stories)
    for s in chosen:
        jump = ""
        if spec["page_no"] == 1 and s["id"] in spec.get("jump", []):
            jump = "下转2版"
        page.arts.append(Art(s, style, jump))
    if spec["layout"] == "col":
        compose_columns(page)
    else:
        compose_paragraphs(page)
    text = page.text() + ("\n\n\n" if spec["layout"] == "col" else "")
    if spec["layout"] == "para":
        text = "\n\n" + text
    source = name + ".txt"
    front = spec["page_no"] == 1
    gold = {
        "source": source,
        "issue_date": spec["date"],
        "issue_number": issue_number(spec["date"]) if front else None,
        "page_count": PAGE_COUNT[spec["date"]] if front else None,
        "articles": [a.gold() for a in page.arts],
        "extras": page.extras,
        "duplicates": page.dups,
    }
    for a in page.arts:
        for t in set(a.tags) | set(a.story["tags"]):
            page.tags[t] += 1
    info = {
        "layout": spec["layout"],
        "page_no": spec["page_no"],
        "issue_date": spec["date"],
        "punctuation": style,
        "pdf_spacing": page.pdf_level,
        "articles": [
            {"id": a.sid, "tags": sorted(set(a.tags) | set(a.story["tags"]))} for a in page.arts
        ],
        "phenomena": dict(sorted(page.tags.items())),
    }
    return source, text, gold, info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args(argv)
    stories = {s["id"]: s for s in json.loads((HERE / "stories.json").read_text(encoding="utf-8"))}
    (a.out / "pages").mkdir(parents=True, exist_ok=True)
    (a.out / "gold").mkdir(parents=True, exist_ok=True)
    infos = {}
    for k, spec in enumerate(plan(stories)):
        source, text, gold, info = build_page(k, spec, stories)
        (a.out / "pages" / source).write_text(text, encoding="utf-8")
        (a.out / "gold" / (source[:-4] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        infos[source] = info
    (a.out / "phenomena.json").write_text(
        json.dumps(infos, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
