#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw newspaper pages and write their exact gold.

    python3 compose.py            # writes pages/*.txt, gold/*.json, phenomena.json

Every printed page of the paper (an issue date and a page number) is extracted twice, the
way the e-paper's PDFs come out of the two extraction modes the seeds show:

  col   column-broken: one printed column line per text line, a blank line after each,
        justified lines spread with spaces, headlines after their body or bunched
        elsewhere (seeds 000, 004);
  para  one-paragraph-a-line: masthead on top, headline parts on their own lines or joined
        by a space, paragraphs cut at a column foot and finished later inside another
        story, lines printed twice, jump markers (seeds 001, 002, 003).

Standard library only. Deterministic: every random choice comes from
random.Random(<page name>), the page name being the raw file's stem.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------
# What the paper prints besides the stories (fixed per printed page: both extractions of a
# page show the same furniture, so none of it is drawn at random).
# --------------------------------------------------------------------------------------
ISSUES = {
    # issue date: lunar date, page count, countdown box (or None)
    "2015-04-17": {"lunar": "乙未年二月廿九", "pages": 12, "box": None},
    "2015-11-24": {"lunar": "乙未年十月十三", "pages": 8, "box": None},
    "2016-01-30": {"lunar": "乙未年腊月廿一", "pages": 8, "box": None},
    "2016-07-09": {"lunar": "丙申年六月初六", "pages": 8, "box": None},
    "2017-03-10": {"lunar": "丁酉年二月十三", "pages": 12, "box": None},
    "2017-09-26": {"lunar": "丁酉年八月初七", "pages": 16, "box": ["距党的十九大开幕", "还有22天"]},
    "2018-06-14": {"lunar": "戊戌年五月初一", "pages": 12, "box": None},
    "2018-12-27": {"lunar": "戊戌年十一月廿一", "pages": 8, "box": None},
    "2019-06-28": {"lunar": "己亥年五月廿六", "pages": 12, "box": ["首届中国—非洲经贸博览会", "6月27日—30日 长沙"]},
    "2019-10-17": {"lunar": "己亥年九月十九", "pages": 8, "box": None},
    "2020-06-10": {"lunar": "庚子年闰四月十九", "pages": 8, "box": ["距2020年高考", "还有27天"]},
}
# inner pages: section name and the editors printed in the header strip
INNER = {
    ("2015-04-17", "04"): ("综合", "责任编辑 谭晓平 版式编辑 刘茂林"),
    ("2015-11-24", "03"): ("要闻", "责任编辑 易可欣 版式编辑 周建平"),
    ("2016-01-30", "02"): ("要闻", "责任编辑 谭晓平 版式编辑 余小云"),
    ("2016-07-09", "02"): ("要闻", "责任编辑 刘海燕 版式编辑 周建平"),
    ("2017-03-10", "02"): ("全国两会特别报道", "责任编辑 易可欣 版式编辑 余小云"),
    ("2017-09-26", "12"): ("湘江副刊", "责任编辑 汪雅琴 版式编辑 胡晓宇"),
    ("2018-06-14", "04"): ("观点", "责任编辑 彭建华 版式编辑 刘茂林"),
    ("2018-12-27", "02"): ("要闻", "责任编辑 刘海燕 版式编辑 余小云"),
    ("2019-06-28", "03"): ("要闻", "责任编辑 易可欣 美术编辑 胡晓宇"),
    ("2019-10-17", "06"): ("县域经济", "责任编辑 唐立新 版式编辑 周建平"),
    ("2020-06-10", "02"): ("要闻", "责任编辑 刘海燕 版式编辑 余小云"),
}
# issue numbers are printed on the masthead; this one is on a real page (seed 001)
NUMBER_BASE = (date(2025, 3, 27), 27314)
WEEKDAYS = "一二三四五六日"

# Chinese punctuation classes, used by line breaking and by the glyph-gap spaces
CLOSE = set("，。、；：？！”’）》」』…—,.;:?!)%")
OPEN = set("“‘（《「『(")
PUNCT = CLOSE | OPEN
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/]*")


# --------------------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------------------
def squash(s: str) -> str:
    """The scorer's comparison form: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def punct(text: str, style: str) -> str:
    """Punctuation width of a page: 'full' (seeds 000, 004), 'half_paren' (002, 003:
    half-width brackets), 'half' (001: half-width ,();:?! too)."""
    if style in ("half_paren", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":"), ("？", "?"), ("！", "!")):
            text = text.replace(a, b)
    return text


def vis(s: str) -> float:
    """Printed width in em: ASCII is half width."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s)


def tokens(s: str) -> list[str]:
    """Glyph tokens: an ASCII run (a figure, a word) is one token, every other char one."""
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


def glue_tail(toks: list[str], n: int = 4) -> list[str]:
    """Merge the last tokens into one until it holds n printed characters, so that no line
    break falls inside them (the scorer's coverage counts a field's piece only from 4
    characters on when another field follows it on the same line)."""
    toks = list(toks)
    while len(toks) > 1 and len(squash(toks[-1])) < n:
        last = toks.pop()
        toks[-1] = toks[-1] + last
    return toks


def wrap(toks: list[str], width: float, first: float | None = None) -> list[str]:
    """Greedy line filling with the kinsoku rules of Chinese typesetting: a closing mark
    never starts a line (it hangs or is squeezed into the line before), an opening mark
    never ends one."""
    first = width if first is None else first
    lines, cur, w = [], [], 0.0
    cap = first
    for t in toks:
        tw = vis(t)
        if cur and w + tw > cap + 0.01:
            if t[0] in CLOSE and w + tw <= cap + 1.01:
                cur.append(t)
                w += tw
                continue
            carry = []
            while cur and cur[-1][-1] in OPEN and len(cur) > 1:
                carry.insert(0, cur.pop())
            lines.append("".join(cur).rstrip(" "))
            cur = carry
            w = sum(vis(x) for x in cur)
            cap = width
            if t == " " and not cur:
                continue
        cur.append(t)
        w += tw
    if cur:
        lines.append("".join(cur).rstrip(" "))
    return [ln.strip() for ln in lines if ln.strip()]


def digit_spaces(line: str, rng: random.Random, p_before: float, p_after: float) -> str:
    """PDF glyph gaps around figures: a space before a number or Latin run that follows a
    Chinese character, often one after it too (`增长 7%以上`, `推进 50 个左右`)."""
    out, last = [], 0
    for m in ASCII_RUN.finditer(line):
        a, b = m.span()
        out.append(line[last:a])
        before = line[a - 1] if a > 0 else ""
        after = line[b] if b < len(line) else ""
        run = m.group()
        if before and ord(before) > 127 and before not in PUNCT and rng.random() < p_before:
            run = " " + run
        if after and ord(after) > 127 and after not in PUNCT and rng.random() < p_after:
            run = run + " "
        if run.rstrip().endswith("%") and len(run.strip()) > 1 and rng.random() < 0.08:
            run = run.replace("%", " %")     # a glyph gap before the per cent sign
        out.append(run)
        last = b
    out.append(line[last:])
    return "".join(out)


def spread(line: str) -> str:
    """A justified line whose punctuation was squeezed comes out with a space between
    glyphs: `总 部 、区 域 总 部 、功 能 性 总 部 。力 争 到`. No space after a mark (but
    one after an opening quote), none before an opening bracket or quote."""
    toks = [t for t in tokens(line.replace(" ", "")) if t]
    out = toks[:1]
    for prev, t in zip(toks, toks[1:]):
        if (prev[-1] in PUNCT and prev[-1] not in "“‘") or t[0] in "《（“‘(":
            out.append(t)
        else:
            out.append(" " + t)
    return "".join(out)


def partial_spread(line: str, rng: random.Random) -> str:
    """Only one gap wide enough to become a space, before a squeezed mark."""
    idx = [i for i, c in enumerate(line) if c in "、，；：" and i > 0 and line[i - 1] != " "]
    if not idx:
        return line
    i = rng.choice(idx)
    return line[:i] + " " + line[i:]


def quote_space(line: str) -> str:
    """A space after an opening quote (`“ 新湖南”`)."""
    return re.sub(r"“(?=\S)", "“ ", line, count=1)


def punct_gaps(line: str, rng: random.Random) -> str:
    """Spaces around a full-width mark from glyph gaps (`隆 ， 20 多`)."""
    idx = [i for i, c in enumerate(line) if c in "，、" and 0 < i < len(line) - 1]
    if not idx:
        return line
    i = rng.choice(idx)
    return line[:i] + " " + line[i] + " " + line[i + 1:]


def split_head(text: str, width: float, rng: random.Random) -> list[str]:
    """Break a headline that is wider than its column: at its space when it has one, else
    near the middle at a phrase edge, sometimes leaving the last word alone."""
    if vis(text) <= width or len(text) < 8:
        return [text]
    if " " in text:
        i = text.index(" ")
        return [text[:i], text[i + 1:]]
    r = rng.random()
    if r < 0.25:
        cut = len(text) - (3 if text[-1] in CLOSE else 2)
    else:
        mid = len(text) // 2
        cands = [i for i in range(3, len(text) - 2) if text[i - 1] in "”）》，、" or text[i] in "“（《"]
        cut = min(cands, key=lambda i: abs(i - mid)) if cands else mid + rng.randint(-2, 2)
    if text[cut] in CLOSE:
        cut += 1
    return [text[:cut], text[cut:]]


# --------------------------------------------------------------------------------------
# stories and gold
# --------------------------------------------------------------------------------------
def load_stories() -> list[dict]:
    return json.loads((HERE / "stories.json").read_text(encoding="utf-8"))["stories"]


def gold_article(s: dict, style: str) -> dict:
    sub = " ".join(x for x in (s["subtitle"], s["attend"]) if x)
    return {
        "kind": s["kind"], "column": punct(s["column"], style), "kicker": punct(s["kicker"], style),
        "title": punct(s["title"], style), "subtitle": punct(sub, style),
        "byline": punct(s["byline"], style), "dateline": punct(s["dateline"], style),
        "continued": s["continued"], "subheads": [punct(x, style) for x in s["subheads"]],
        "paragraphs": [punct(x, style) for x in s["paragraphs"]],
    }


def drawing_order(pieces: list[str], rng: random.Random) -> list[str]:
    """The extraction's drawing order of furniture pieces: now and then one piece drawn
    elsewhere, two neighbours merged on one line (`31 星期六`)."""
    pieces = list(pieces)
    if len(pieces) > 2 and rng.random() < 0.3:
        p = pieces.pop(rng.randrange(len(pieces)))
        pieces.insert(rng.randrange(len(pieces) + 1), p)
    if len(pieces) > 2 and rng.random() < 0.35:
        k = rng.randrange(len(pieces) - 1)
        pieces[k:k + 2] = [pieces[k] + " " + pieces[k + 1]]
    return pieces


def variant(key: str, n: int) -> int:
    """Which of n printed forms a page uses: fixed by the page, not by the extraction."""
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % n


def masthead(issue: str, rng: random.Random) -> list[str]:
    """Front-page masthead pieces (the form the paper printed that day) in PDF drawing
    order."""
    meta = ISSUES[issue]
    d = date.fromisoformat(issue)
    wd = "星期" + WEEKDAYS[d.weekday()]
    num = NUMBER_BASE[1] - (NUMBER_BASE[0] - d).days
    v = variant(issue, 4)
    if v == 0:  # as seed 001
        lines = [f"{d.year}年{d.month}月", str(d.day), wd, meta["lunar"], f"第{num}号", f"今日{meta['pages']}版"]
    elif v == 1:
        lines = [f"{d.year}年{d.month}月", str(d.day), wd, f"农历{meta['lunar']}", f"第{num}号",
                 f"今日{meta['pages']}版", "湖南日报社出版"]
    elif v == 2:
        lines = ["中共湖南省委机关报", f"{d.year}年{d.month}月{d.day}日", wd, f"农历{meta['lunar']}",
                 f"第{num}号", f"今日{meta['pages']}版", "国内统一连续出版物号 CN 43-0001", "邮发代号 41-1"]
    else:
        lines = [f"{d.year}年{d.month}月{d.day}日", wd, meta["lunar"], f"第 {num} 号", f"今日 {meta['pages']} 版",
                 "湖南日报社出版", "华声在线网址 www.voc.com.cn"]
    return drawing_order(lines, rng)


def header_strip(issue: str, page: str, rng: random.Random) -> list[str]:
    """Inner-page header strip: page number, date, section, editors."""
    sect, eds = INNER[(issue, page)]
    d = date.fromisoformat(issue)
    ds = f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
    v = variant(issue + page, 3)
    if v == 0:
        lines = [ds, sect, eds, page]
    elif v == 1:
        lines = [page, sect, "湖南日报", ds, eds]
    else:
        lines = [page, sect, ds, eds]
    return drawing_order(lines, rng)


# --------------------------------------------------------------------------------------
# layout 'col': column-broken pages
# --------------------------------------------------------------------------------------
class ColPage:
    """Builds a column-broken page as a list of (line, separator) pairs."""

    def __init__(self, rng: random.Random, style: str):
        self.rng = rng
        self.style = style
        self.W = rng.choice([16, 17, 17, 18, 18, 19, 20, 21, 21, 22])
        self.HW = self.W + rng.choice([-2, 0, 2, 4])     # headline column
        self.p_before = rng.choice([0.8, 0.95, 1.0])
        self.p_quote = rng.choice([0.0, 0.0, 0.3])

    def finish(self, line: str, p_after: float, last: bool = False) -> tuple[str, str]:
        """Glyph-gap spaces of a body line. Returns the line and a phenomenon tag. The last
        line of a paragraph is set flush left, never justified, so it is never spread."""
        rng = self.rng
        tag = ""
        npunct = sum(1 for c in line if c in "，。、；：")
        r = rng.random()
        # how often the seeds' column lines come out spread: ~6 % of lines, nearly all of
        # them lines with two or more squeezed marks; a lone widened gap is rarer still
        p_spread = 0.3 if npunct >= 3 else 0.13 if npunct == 2 else 0.03 if npunct == 1 else 0.01
        if r < p_spread and not last:
            return spread(line), "spread_line"
        if npunct >= 1 and r > 0.995 and not last:
            line, tag = partial_spread(line, rng), "partial_spread"
        line = digit_spaces(line, rng, self.p_before, p_after)
        if "“" in line and rng.random() < self.p_quote:
            line, tag = quote_space(line), "quote_space"
        return line, tag

    def body(self, s: dict, g: dict, width: float, tags: set, jump_tail: str = "",
             cont_head: str = "") -> list[str]:
        """Body lines of an article: dateline inline with the first paragraph, subheads on
        lines of their own, first lines indented (shorter by two characters)."""
        rng = self.rng
        p_after = rng.choice([0.0, 0.5, 0.9])
        out = []
        paras = g["paragraphs"]
        subs = set(g["subheads"])
        for k, para in enumerate(paras):
            if para in subs:
                out.append(para)
                continue
            toks = tokens(para)
            first = width - 2
            if k == 0 and g["dateline"]:
                dl = glue_tail(tokens(g["dateline"]))
                toks = dl + toks
                if rng.random() < 0.08:
                    # the first line stands beside a picture or a box: the break falls
                    # inside the date (`湖南日报 1 月 22` / `日讯（全媒体记者 …`)
                    m = re.search(r"\d+日", g["dateline"])
                    if m:
                        first = vis(g["dateline"][:m.end() - 1])
                        tags.add("dateline_break_in_date")
            if k == 0 and cont_head:
                toks = [cont_head] + toks
            if k == len(paras) - 1 and jump_tail:
                toks = glue_tail(toks) + [jump_tail]
            lines = wrap(toks, width, first)
            for i, ln in enumerate(lines):
                ln2, tag = self.finish(ln, p_after, last=(i == len(lines) - 1))
                if tag:
                    tags.add(tag)
                out.append(ln2)
        if g["dateline"] and out:
            d = date_spaces(out[0], rng)
            if d != out[0]:
                tags.add("dateline_date_spaced")
            out[0] = d
            if rng.random() < 0.3:
                out[0] = " " + out[0]
        return out


def date_spaces(line: str, rng: random.Random) -> str:
    """`湖南日报 3月 8日讯` / `湖南日报 12月 11日讯`: a space before each figure of the date."""
    if rng.random() < 0.5:
        return line
    m = re.match(r"(湖南日报(?:·[^0-9]*)?[^0-9]*?)(\d+)(月)(\d+)(日)", line)
    if not m:
        return line
    return line[:m.start(2)].rstrip() + " " + m.group(2) + "月 " + m.group(4) + "日" + line[m.end():]


def col_byline_lines(byline: str, rng: random.Random) -> list[str]:
    """A byline set on the first lines of a feature or commentary: the desk and the names
    often on lines of their own, a break before 通讯员."""
    if not byline:
        return []
    if "通讯员" in byline and rng.random() < 0.6:
        i = byline.index("通讯员")
        return [byline[:i].strip(), byline[i:].strip()]
    m = re.match(r"^(\S*?(?:评论员|记者))\s+(\S.*)$", byline)
    if m and rng.random() < 0.6:
        return [m.group(1), m.group(2)]
    return [byline]


def render_col(page_stories: list[dict], golds: list[dict], rng: random.Random, style: str,
               issue: str, pageno: str) -> tuple[str, list[str], list[str], dict]:
    P = ColPage(rng, style)
    extras: list[str] = []
    dups: list[str] = []
    tags: dict[int, set] = {i: set() for i in range(len(golds))}
    seq: list[tuple[str, str]] = []          # (line, separator after it)

    # per-article plan ------------------------------------------------------------------
    photos = [i for i in range(len(golds)) if golds[i]["kind"] == "photo"]
    others = [i for i in range(len(golds)) if golds[i]["kind"] != "photo"]
    rng.shuffle(others)
    if rng.random() < 0.6:                   # photos at the foot of the page (seed 004)
        order = others + photos
    else:                                    # or between the stories (seed 000)
        order = list(others)
        pos = rng.randrange(1, len(order) + 1)
        order[pos:pos] = photos
    place, label, byl = {}, {}, {}
    for i in order:
        s, g = page_stories[i], golds[i]
        k = g["kind"]
        if k == "photo":
            place[i] = "photo"
        elif k == "continuation":
            place[i] = "none"
        elif k == "other":
            place[i] = "before" if rng.random() < 0.8 else "after"
        else:
            r = rng.random()
            place[i] = "after" if r < 0.45 else ("bunch" if r < 0.78 else "before")
        # a column label: on its own line before the headline, right before the body, or
        # after the body (seed 004 prints 三湘时评 under the commentary)
        if g["column"]:
            if k == "commentary":
                label[i] = rng.choice(["head", "body", "after", "after"])
            else:
                label[i] = "head" if rng.random() < 0.8 else "body"
        # bylines: a commentary's either on the first lines of its body (seed 000) or set
        # under its headline (seed 004); a feature's on the first line of its body
        if g["byline"] and s["byline_position"] == "top":
            if k == "commentary" and rng.random() < 0.45:
                byl[i] = "head"
            else:
                byl[i] = "top"
        elif s["byline_position"] == "end":
            byl[i] = "end"
    bunch = [i for i in order if place[i] == "bunch"]
    bunch_at = rng.randrange(0, len(order) + 1) if bunch else -1

    def head_group(i: int) -> list[tuple[str, str]]:
        """Headline lines of article i, as (line, separator after it)."""
        s, g = page_stories[i], golds[i]
        out: list[tuple[str, str]] = []
        t = tags[i]
        if label.get(i) == "head":
            out.append((g["column"], "\n\n"))
            t.add("column_label_before_head")
        if g["kicker"]:
            parts = split_head(g["kicker"], P.HW + 4, rng)
            for j, p in enumerate(parts):
                out.append((p, "\n" if j < len(parts) - 1 or rng.random() < 0.2 else "\n\n"))
            t.add("kicker")
            if len(parts) > 1:
                t.add("kicker_two_lines")
        if g["title"]:
            parts = split_head(g["title"], P.HW, rng)
            if len(parts) > 1:
                t.add("title_two_lines")
                if len(parts[1]) <= 2:
                    t.add("headline_last_word_alone")
            dbl = rng.random()
            if dbl < 0.015 and len(parts) == 1:
                out.append((parts[0] + parts[0], "\n\n"))
                dups.append(parts[0])
                t.add("headline_doubled_inline")
            elif dbl < 0.03 and len(parts) == 1:
                out.append((parts[0], "\n"))
                out.append((parts[0], "\n\n"))
                dups.append(parts[0])
                t.add("headline_doubled_lines")
            else:
                for j, p in enumerate(parts):
                    out.append((p, "\n" if j < len(parts) - 1 or rng.random() < 0.3 else "\n\n"))
        if s["subtitle"]:
            parts = split_head(punct(s["subtitle"], style), P.HW + 6, rng)
            for j, p in enumerate(parts):
                out.append((p, "\n" if (j < len(parts) - 1 and rng.random() < 0.5) else "\n\n"))
            t.add("subtitle_dash" if s["subtitle"].startswith("——") else "subtitle")
            if len(parts) > 1:
                t.add("subtitle_two_lines")
        if s["attend"]:
            out.append((punct(s["attend"], style), "\n\n"))
            t.add("attend_line")
        if byl.get(i) == "head":
            if out:
                out[-1] = (out[-1][0], "\n")
            out.append((g["byline"], "\n\n"))
            t.add("byline_under_headline")
        return out

    page_head = masthead(issue, rng) if pageno == "01" else header_strip(issue, pageno, rng)
    head_at_end = rng.random() < 0.25
    if not head_at_end:
        seq.extend((ln, "\n\n") for ln in page_head)
    extras.extend(page_head)
    box = ISSUES[issue]["box"] if pageno == "01" else None
    box_at = rng.randrange(0, len(order) + 1) if box else -1
    if box:
        extras.extend(box)

    for n, i in enumerate(order + [None]):
        if n == bunch_at:
            for b in bunch:
                grp = head_group(b)
                tags[b].add("headline_bunched")
                if grp and rng.random() < 0.15:
                    grp[0] = (" " + grp[0][0], grp[0][1])
                if grp and rng.random() < 0.12:
                    grp[-1] = (grp[-1][0], "\n")   # two stories' headlines on adjacent lines
                seq.extend(grp)
        if n == box_at:
            seq.extend((ln, "\n\n") for ln in box)
        if i is None:
            break
        s, g = page_stories[i], golds[i]
        t = tags[i]
        if g["kind"] == "photo":
            render_col_photo(P, s, g, t, seq, rng)
            continue
        width = P.W
        if g["kind"] == "commentary":
            width = max(11, P.W - rng.choice([0, 3, 5, 6]))
        if place[i] == "before":
            seq.extend(head_group(i))
            t.add("headline_before_body")
        if label.get(i) == "body":
            seq.append((g["column"], "\n\n"))
            t.add("column_label_before_body")
        if byl.get(i) == "top":
            for ln in col_byline_lines(g["byline"], rng):
                seq.append((ln, "\n\n"))
            t.add("bare_name_byline" if len(g["byline"]) <= 3 else "byline_top")
        jump_tail, jump_line = "", ""
        if g["kind"] != "continuation" and g["continued"]:
            dec = punct(rng.choice(["（%s）", "（%s）", "▷（%s）", "▶（%s）"]), style) % g["continued"]
            if rng.random() < 0.5:
                jump_tail = dec
                t.add("jump_marker_inline")
            else:
                jump_line = dec
                t.add("jump_marker_own_line")
            extras.append(dec)
            t.add("jump_out")
        cont_head = ""
        if g["kind"] == "continuation":
            dec = punct(rng.choice(["▲ ▲（%s）", "（%s）", "▲（%s）"]), style) % g["continued"]
            extras.append(dec)
            t.add("jump_in")
            if rng.random() < 0.5:
                seq.append((dec, "\n\n"))
                t.add("jump_marker_own_line")
            else:
                cont_head = dec
                t.add("jump_marker_inline")
        lines = P.body(s, g, width, t, jump_tail=jump_tail, cont_head=cont_head)
        if g["subheads"]:
            t.add("subheads")
        seq.extend((ln, "\n\n") for ln in lines)
        if jump_line:
            seq.append((jump_line, "\n\n"))
        if byl.get(i) == "end":
            seq.append((g["byline"], "\n\n"))
            t.add("byline_end")
        if label.get(i) == "after":
            seq.append((g["column"], "\n\n"))
            t.add("column_label_after_body")
        if place[i] == "after":
            seq.extend(head_group(i))
            t.add("headline_after_body")
    if head_at_end:
        seq.extend((ln, "\n\n") for ln in page_head)
    text = "".join(ln + sep for ln, sep in seq)
    ptags = {("masthead" if pageno == "01" else "header_strip") + ("_at_end" if head_at_end else "_at_top"),
             "figure_spaces", "justified_lines_spread"}
    if box:
        ptags.add("box_lines")
    if bunch:
        ptags.add("headlines_bunched")
    if style != "full":
        ptags.add("halfwidth_brackets")
    return text, extras, dups, {"tags": tags, "order": order, "width": P.W, "headline_width": P.HW,
                                "page_tags": ptags}


def render_col_photo(P: ColPage, s: dict, g: dict, t: set, seq: list, rng: random.Random):
    """A photo item: its title on a line, the caption over wide lines (or the column's),
    the credit at the end of the caption's last line or on a line of its own."""
    if g["title"]:
        seq.append((g["title"], "\n\n"))
        t.add("photo_title")
    # seeds: a caption on one wide line (000) or over lines of ~45 characters (004)
    cw = rng.choice([P.W, 42, 45, 46, 60])
    credit = g["byline"]
    toks = glue_tail(tokens(g["paragraphs"][0]))
    lines = wrap(toks, cw, cw)
    inline = bool(credit) and not credit.startswith("以上") and rng.random() < 0.75
    if inline and vis(lines[-1]) + vis(credit) + 1 > cw + 4:
        inline = False
    r = rng.random()
    if r < 0.15:
        lines = [digit_spaces(ln, rng, 1.0, 1.0) for ln in lines]
        t.add("figure_spaces")
    elif r < 0.25:
        lines = [spread(ln) for ln in lines]
        t.add("caption_spread")
    if inline:
        lines[-1] = lines[-1] + " " + credit
        t.add("photo_credit_inline")
    for ln in lines:
        seq.append((ln, "\n\n"))
    if credit and not inline:
        seq.append((credit, "\n\n"))
        t.add("group_credit" if credit.startswith("以上") else "photo_credit_own_line")


# --------------------------------------------------------------------------------------
# layout 'para': one paragraph a line
# --------------------------------------------------------------------------------------
class Block:
    """One printed block of a one-paragraph-a-line page: the text of one line, the article
    it belongs to (None for furniture), and the blank lines that precede it."""

    def __init__(self, text: str, art: int | None, role: str, pre: str = "\n\n", lo: int = 6):
        self.text, self.art, self.role, self.pre = text, art, role, pre
        self.lo = lo      # a column foot may cut this line from here on (not inside a marker)


def render_para(page_stories: list[dict], golds: list[dict], rng: random.Random, style: str,
                issue: str, pageno: str) -> tuple[str, list[str], list[str], dict]:
    extras: list[str] = []
    dups: list[str] = []
    tags: dict[int, set] = {i: set() for i in range(len(golds))}
    spaced = rng.random() < 0.35          # glyph-gap spaces around figures on this page
    p_before, p_after = rng.choice([(0.95, 0.3), (0.95, 0.8), (0.0, 0.9)])

    order = list(range(len(golds)))
    rng.shuffle(order)
    # a lead story with a headline stack first on the front page, as printed
    leads = [i for i in order if page_stories[i]["attend"] or page_stories[i]["continued"].startswith("下转")]
    for i in leads[:1]:
        order.remove(i)
        order.insert(0, i)
    # group-credited photos stay together, the one carrying 以上图片均由… last
    members = [i for i in order if golds[i]["kind"] == "photo" and not golds[i]["byline"]]
    creditor = [i for i in order if golds[i]["kind"] == "photo" and golds[i]["byline"].startswith("以上")]
    if members and creditor:
        for i in members:
            order.remove(i)
        at = order.index(creditor[0])
        order[at:at] = members

    pics = [i for i in order if golds[i]["kind"] == "photo" and golds[i]["byline"]
            and not golds[i]["byline"].startswith("以上")]
    if pics and rng.random() < 0.2:
        order.remove(pics[0])
        order.insert(0, pics[0])
        tags[pics[0]].add("photo_at_page_top")
    arts: dict[int, list[Block]] = {}
    for i in order:
        arts[i] = para_article(i, page_stories[i], golds[i], rng, style, tags[i], extras, dups)

    # cuts: a paragraph cut at a column foot, finished on the next line or much later
    order_np = [i for i in order if golds[i]["kind"] not in ("photo",)]
    # seeds 001-003 show two to seven column-foot cuts a page, most finished on the next line
    n_cuts = rng.choice([2, 3, 3, 4, 5])
    seqs = {i: list(arts[i]) for i in order}
    displaced: list[tuple[int, int, list[Block]]] = []   # (host article, offset, run)
    cut_done: set = set()
    for _ in range(n_cuts):
        cands = [i for i in order_np if i not in cut_done and
                 sum(1 for b in seqs[i] if b.role == "para") >= 2]
        if not cands:
            break
        i = rng.choice(cands)
        cut_done.add(i)
        pidx = [k for k, b in enumerate(seqs[i]) if b.role == "para" and len(b.text) > 40]
        if not pidx:
            continue
        k = rng.choice(pidx)
        b = seqs[i][k]
        first = bool(golds[i]["dateline"]) and b.text.startswith(golds[i]["dateline"])
        pos = cut_position(b.text, golds[i], rng, first=first, lo=b.lo)
        if pos is None:
            continue
        if first and pos < len(golds[i]["dateline"]):
            tags[i].add("dateline_break_in_date")
        a_txt, b_txt = b.text[:pos], b.text[pos:]
        if re.match(r"[0-9０-９]", b_txt) or (pos > 0 and re.match(r"\d", b.text[pos - 1])):
            tags[i].add("cut_at_figure")
        seqs[i][k] = Block(a_txt, i, "para")
        tail = Block(b_txt, i, "para")
        mode = rng.random()
        later = [j for j in order if j != i and order.index(j) > order.index(i) and golds[j]["kind"] != "photo"]
        if mode < 0.5 or not later:
            seqs[i].insert(k + 1, tail)
            tags[i].add("para_split_adjacent")
        else:
            run = [tail] + seqs[i][k + 1:]
            del seqs[i][k + 1:]
            j = later[0]
            host = seqs[j]
            paras = [n for n, bb in enumerate(host) if bb.role == "para"]
            if rng.random() < 0.25:
                off = 0          # the tail run printed before the next story's headline
                tags[i].add("tail_before_next_headline")
            else:
                off = (paras[min(len(paras) - 1, rng.choice([0, 1, 1, 2]))] + 1) if paras else len(host)
                tags[i].add("para_tail_displaced")
            displaced.append((j, off, run))
            if any(bb.role == "marker" for bb in run):
                tags[i].add("jump_marker_after_displaced_tail")
    for j, off, run in sorted(displaced, key=lambda x: -x[1]):
        seqs[j][off:off] = run

    blocks: list[Block] = []
    for i in order:
        blocks.extend(seqs[i])

    # lines printed twice: one or two paragraph lines also drawn earlier on the page
    if rng.random() < 0.4:
        cands = [n for n, b in enumerate(blocks) if b.role == "para" and n > 3 and len(b.text) > 30]
        if cands:
            n = rng.choice(cands)
            k = 2 if (n + 1 < len(blocks) and blocks[n + 1].role == "para" and rng.random() < 0.5) else 1
            copy = [Block(b.text, None, "dup") for b in blocks[n:n + k]]
            owner = blocks[n].art
            at = max(1, n - rng.randint(2, 6))
            blocks[at:at] = copy
            for b in copy:
                dups.append(b.text)
            tags[owner].add("line_printed_twice")

    # furniture: masthead or header strip, and the box
    head = masthead(issue, rng) if pageno == "01" else header_strip(issue, pageno, rng)
    extras[:0] = head
    hb = []
    for n, ln in enumerate(head):
        hb.append(Block(ln, None, "furniture", "\n" if (n and rng.random() < 0.25) else "\n\n"))
    ptags = set()
    if pageno == "01" or rng.random() < 0.7:
        blocks[0].pre = "\n\n\n\n"
        blocks[:0] = hb
        ptags.add(("masthead" if pageno == "01" else "header_strip") + "_at_top")
    else:
        hb[0].pre = "\n\n\n\n"
        blocks.extend(hb)
        ptags.add("header_strip_at_end")
    box = ISSUES[issue]["box"] if pageno == "01" else None
    if box:
        extras.extend(box)
        bb = [Block(box[0], None, "furniture", "\n\n\n\n"), Block(box[1], None, "furniture")]
        at = rng.choice([len(blocks), len(blocks), rng.randrange(len(head), len(blocks))])
        blocks[at:at] = bb
        ptags.add("box_lines")

    # glyph gaps
    out = []
    for n, b in enumerate(blocks):
        txt = b.text
        if b.role == "para" and spaced:
            txt = digit_spaces(txt, rng, p_before, p_after)
            if b.art is not None:
                tags[b.art].add("figure_spaces")
        if b.role == "para" and rng.random() < 0.03 and "，" in txt:
            txt = punct_gaps(txt, rng)
            if b.art is not None:
                tags[b.art].add("punct_gap_spaces")
        if b.role == "caption" and rng.random() < 0.15:
            txt = spread(txt.split(" ")[0]) + txt[len(txt.split(" ")[0]):]
            tags[b.art].add("caption_spread")
        out.append(b.pre + txt)
    text = "\n\n" + "".join(out).lstrip("\n") + "\n"
    if spaced:
        ptags.add("figure_spaces")
    if style != "full":
        ptags.add("halfwidth_brackets" if style == "half_paren" else "halfwidth_punctuation")
    if any(b.role == "dup" for b in blocks):
        ptags.add("lines_printed_twice")
    return text, extras, dups, {"tags": tags, "order": order, "page_tags": ptags}


def cut_position(text: str, g: dict, rng: random.Random, first: bool, lo: int = 6) -> int | None:
    """Where a column foot cuts a paragraph: anywhere in a sentence, often between a figure
    and its unit or before a figure. Never inside the last four characters of a dateline
    (the scorer counts a piece of a field only from four characters on), never leaving a
    piece of one or two characters."""
    lo = len(g["dateline"]) + 2 if first else lo
    hi = len(text) - 4
    if hi <= lo:
        return None
    if first and rng.random() < 0.3:
        m = re.search(r"\d+(?=日)", g["dateline"])
        if m:                       # inside the date: `湖南日报1月22` / `日讯（全媒体记者…`
            return m.end()
    figs = [m.end() for m in ASCII_RUN.finditer(text) if lo <= m.end() <= hi]
    figs += [m.start() for m in ASCII_RUN.finditer(text) if lo <= m.start() <= hi]
    if figs and rng.random() < 0.4:
        return rng.choice(figs)
    for _ in range(20):
        p = rng.randint(lo, hi)
        if text[p - 1] not in "。！？!?" and text[p] not in CLOSE:
            return p
    return None


def para_byline_blocks(byline: str, i: int, rng: random.Random, tags: set) -> list[Block]:
    if "通讯员" in byline and rng.random() < 0.5:
        k = byline.index("通讯员")
        tags.add("byline_break_before_tongxunyuan")
        return [Block(byline[:k].strip(), i, "byline"), Block(byline[k:].strip(), i, "byline", "\n")]
    return [Block(byline, i, "byline")]


def para_article(i: int, s: dict, g: dict, rng: random.Random, style: str, t: set,
                 extras: list, dups: list) -> list[Block]:
    out: list[Block] = []
    kind = g["kind"]
    if kind == "photo":
        if g["title"]:
            out.append(Block(g["title"], i, "title", "\n\n\n\n"))
            t.add("photo_title")
        cap = g["paragraphs"][0]
        credit = g["byline"]
        if credit and not credit.startswith("以上") and rng.random() < 0.6:
            out.append(Block(cap + " " + credit, i, "caption", "\n\n" if out else "\n\n\n\n"))
            t.add("photo_credit_inline")
        else:
            out.append(Block(cap, i, "caption", "\n\n" if out else "\n\n\n\n"))
            if credit:
                out.append(Block(credit, i, "credit"))
                t.add("group_credit" if credit.startswith("以上") else "photo_credit_own_line")
        return out
    label_after = False
    if g["column"]:
        if kind == "commentary" and rng.random() < 0.3:
            label_after = True
        else:
            out.append(Block(g["column"], i, "column"))
            t.add("column_label_before_head")
    # headline stack
    parts = [("kicker", g["kicker"]), ("title", g["title"]), ("subtitle", punct(s["subtitle"], style)),
             ("attend", punct(s["attend"], style))]
    parts = [(r, x) for r, x in parts if x]
    if g["kicker"]:
        t.add("kicker")
    if s["subtitle"]:
        t.add("subtitle_dash" if s["subtitle"].startswith("——") else "subtitle")
    if s["attend"]:
        t.add("attend_line")
    mode = rng.random()
    if len(parts) >= 2 and mode < 0.45:
        # the parts joined by spaces on one line, as seeds 001-003 print most stacks
        k = rng.choice([2, len(parts)]) if len(parts) > 2 else 2
        out.append(Block(" ".join(x for _, x in parts[:k]), i, "head"))
        for r, x in parts[k:]:
            out.append(Block(x, i, "head"))
        t.add("headline_parts_joined")
    else:
        for r, x in parts:
            if r == "kicker" and len(x) > 12 and rng.random() < 0.3:
                a, b = split_head(x, len(x) * 0.6, rng)
                out.append(Block(a, i, "head"))
                out.append(Block(b, i, "head", "\n"))
                t.add("kicker_two_lines")
            elif r == "title" and len(x) > 8 and " " not in x and rng.random() < 0.07:
                # a headline's last word left alone on the next line
                c = len(x) - (3 if x[-1] in CLOSE else 2)
                out.append(Block(x[:c], i, "head"))
                out.append(Block(x[c:], i, "head", "\n"))
                t.add("headline_last_word_alone")
            elif r == "title" and rng.random() < 0.03:
                if rng.random() < 0.5:
                    out.append(Block(x + x, i, "head"))
                    t.add("headline_doubled_inline")
                else:
                    out.append(Block(x, i, "head"))
                    out.append(Block(x, i, "head", "\n"))
                    t.add("headline_doubled_lines")
                dups.append(x)
            else:
                out.append(Block(x, i, "head"))
    if g["byline"] and s["byline_position"] == "top":
        out.extend(para_byline_blocks(g["byline"], i, rng, t))
        t.add("bare_name_byline" if len(g["byline"]) <= 3 else "byline_top")
    paras = g["paragraphs"]
    subs = set(g["subheads"])
    if g["subheads"]:
        t.add("subheads")
    marker_in = None
    if kind == "continuation":
        dec = rng.choice(["▲ ▲(%s)", "(%s)", "▲(%s)"])
        dec = punct(dec.replace("(", "（").replace(")", "）"), style) % g["continued"]
        extras.append(dec)
        t.add("jump_in")
        marker_in = dec
    for k, p in enumerate(paras):
        txt = p
        if k == 0 and g["dateline"]:
            txt = g["dateline"] + p
        lo = 6
        if k == 0 and marker_in:
            if rng.random() < 0.5:
                out.append(Block(marker_in, i, "marker"))
            else:
                txt = marker_in + txt
                lo = len(marker_in) + 4
        out.append(Block(txt, i, "subhead" if p in subs else "para", lo=lo))
    if s["byline_position"] == "end":
        out.append(Block(g["byline"], i, "byline"))
        t.add("byline_end")
    if kind != "continuation" and g["continued"]:
        dec = rng.choice(["▷(%s)", "▶(%s)", "(%s)"]) % g["continued"]
        dec = punct(dec.replace("(", "（").replace(")", "）"), style)
        extras.append(dec)
        out.append(Block(dec, i, "marker"))
        t.add("jump_out")
    if label_after:
        out.append(Block(g["column"], i, "column"))
        t.add("column_label_after_body")
    return out


# --------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------
def page_plan(stories: list[dict]) -> list[dict]:
    pages: dict[tuple[str, str], list[dict]] = {}
    for s in stories:
        pages.setdefault((s["issue_date"], s["page"]), []).append(s)
    plan = []
    for (issue, pg), ss in sorted(pages.items()):
        for layout in ("col", "para"):
            stem = f"{issue}-p{pg}-{layout}"
            plan.append({"issue": issue, "page": pg, "layout": layout, "stem": stem, "stories": ss})
    plan.sort(key=lambda p: hashlib.sha1(p["stem"].encode()).hexdigest())
    for n, p in enumerate(plan):
        p["name"] = f"{n:03d}_{hashlib.sha1(('hn-blind-A/' + p['stem']).encode()).hexdigest()[:16]}"
    return plan


def main() -> None:
    stories = load_stories()
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for old in list((HERE / "pages").glob("*.txt")) + list((HERE / "gold").glob("*.json")):
        old.unlink()
    phen = {}
    for p in page_plan(stories):
        rng = random.Random(p["name"])
        if p["layout"] == "col":
            style = "full" if rng.random() < 0.8 else "half_paren"
        else:
            style = rng.choice(["full", "half_paren", "half_paren", "half"])
        golds = [gold_article(s, style) for s in p["stories"]]
        fn = render_col if p["layout"] == "col" else render_para
        text, extras, dups, meta = fn(p["stories"], golds, rng, style, p["issue"], p["page"])
        d = date.fromisoformat(p["issue"])
        front = p["page"] == "01"
        gold = {
            "source": p["name"] + ".txt",
            "issue_date": p["issue"],
            "issue_number": (NUMBER_BASE[1] - (NUMBER_BASE[0] - d).days) if front else None,
            "page_count": ISSUES[p["issue"]]["pages"] if front else None,
            "articles": [golds[i] for i in meta["order"]],
            "extras": extras,
            "duplicates": dups,
        }
        (HERE / "pages" / (p["name"] + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (p["name"] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        phen[p["name"] + ".txt"] = {
            "layout": p["layout"], "issue_date": p["issue"], "page": p["page"], "punctuation": style,
            "page_phenomena": sorted(meta["page_tags"]),
            "articles": [
                {"story": p["stories"][i]["id"], "kind": golds[i]["kind"],
                 "headline": (golds[i]["kicker"] + golds[i]["title"] + golds[i]["subtitle"])[:30],
                 "phenomena": sorted(meta["tags"][i] | story_tags(p["stories"][i]))}
                for i in meta["order"]],
        }
    (HERE / "phenomena.json").write_text(json.dumps(phen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def story_tags(s: dict) -> set:
    """Phenomena a story carries whatever its layout."""
    t = set()
    dl = s["dateline"]
    if dl:
        t.add("dateline_dian" if "电（" in dl else "dateline_xun")
        desk = re.search(r"（(\S*?记者)", dl)
        if desk:
            t.add({"全媒体记者": "desk_quanmeiti", "记者": "desk_jizhe"}.get(desk.group(1), "desk_other"))
        if "通讯员" in dl:
            t.add("tongxunyuan")
    b = s["byline"]
    if b.startswith("文丨"):
        t.add("essay_wen_byline")
    if "华声在线" in b or "华声在线" in dl:
        t.add("desk_huasheng")
    if "新湖南客户端" in b or "新湖南客户端" in dl:
        t.add("desk_xinhunan")
    if b.endswith("报道"):
        t.add("byline_baodao")
    if s["kind"] == "photo" and b.startswith("以上"):
        t.add("group_credit")
    n = sum(1 for x in (s["kicker"], s["title"], s["subtitle"], s["attend"]) if x)
    t.add(f"headline_stack_{n}")
    if s["column"]:
        t.add("column")
    if "编者按" in s["paragraphs"]:
        t.add("editor_note")
    return t


if __name__ == "__main__":
    main()
