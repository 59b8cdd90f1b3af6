#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw e-paper pages and write their exact gold.

    python3 compose.py            # writes pages/*.txt, gold/*.json, phenomena.json

Standard library only, deterministic: every random choice of a page comes from
random.Random(<page name>) (or random.Random(<page name>#<attempt>) when a layout had to
be redrawn, see `compose_page`); story-level choices that two pages must share (where a
jumping story is cut) come from random.Random(<story id>).

Two layouts, both drawn from the five seed pages in the repository's seeds/:

* column-broken (seeds 000, 004): one printed column line per text line, a blank line
  after every line; each story set in a column `W` em wide (seeds: 12-13 em commentary,
  16-17 em and 19-22 em news), the first line of a paragraph indented 2 em, CJK
  punctuation squeezable to half width, digits and Latin half width; a line the
  typesetter had to stretch (a wide figure or a closing mark pulled the last glyph down)
  comes out with spaces between its glyphs; headlines stand before the body, after it,
  or bunched with other stories' headlines further down the page; captions as one long
  line or wrapped wide, the credit after a space or on its own line.
* one-paragraph-a-line (seeds 001-003): a paragraph per line, headline parts joined by a
  space or on their own lines, the dateline glued to the first paragraph, paragraphs cut
  and finished after a piece of the next story, lines printed twice, jump markers,
  masthead pieces on top, boxes at the end.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from pathlib import Path

from plan import ISSUES, PAGES

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- text helpers
CLOSE = set("，。、；：？！）》」』”’,.;:?!)")   # may not start a line
OPEN = set("（《「『“‘(")                        # may not end a line
SQUEEZABLE = set("，。、；：？！）》」』”’（《「『“‘")  # full-width marks the setter can halve
NO_SPACE_AFTER = set("，。、；：？！）》」』”’")     # spread lines: no gap after these
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"})
CIRCLED = "①②③④⑤"
TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+/×:\-]*|——|……|\s+|.", re.S)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def tokens(s: str) -> list[str]:
    return TOKEN_RE.findall(s)


def is_latin(t: str) -> bool:
    return bool(t) and t[0].isascii() and t[0].isalnum()


def is_hanzi(t: str) -> bool:
    return len(t) == 1 and ("\u3400" <= t <= "\u9fff" or t in "Ⅰ Ⅱ Ⅲ Ⅳ Ⅴ ℃".split())


def tok_w(t: str) -> float:
    if t.isspace():
        return 0.5
    if t in ("——", "……"):
        return 2.0
    if is_latin(t):
        return 0.5 * len(t)
    if len(t) == 1 and ord(t) < 128:
        return 0.5
    return 1.0


def ctx_w(prev: str, t: str) -> float:
    """Width of a glyph after `prev`: the second of two marks in a row takes half an em."""
    if t in SQUEEZABLE and prev in SQUEEZABLE:
        return 0.5
    return tok_w(t)


def covered(s: str, hay: str) -> int:
    """Exactly the scorer's coverage measure (score.py `covered`)."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


# --------------------------------------------------------------------------- page output
class Out:
    """Printed lines of a page, each with the separator that follows it."""

    def __init__(self):
        self.lines: list[list[str]] = []

    def add(self, text: str, sep: str = "\n\n"):
        self.lines.append([text, sep])

    def extend(self, lines):
        for t, s in lines:
            self.add(t, s)

    def text(self) -> str:
        return "".join(t + s for t, s in self.lines)


# --------------------------------------------------------------------------- column setting
class Setter:
    """Sets running text into a column whose width may change after some lines (a story
    continued in a neighbouring column, or a few lines wrapped around a picture, as the
    commentary of seed 000 does)."""

    def __init__(self, rng: random.Random, base: float, style: dict):
        self.rng, self.style = rng, style
        self.segments, n = [], 0
        w = base
        while n < 400:
            length = rng.randint(6, 30)
            self.segments.append((n, n + length, w))
            n += length
            r = rng.random()
            if r < style["reflow"]:
                w = max(10.0, base + rng.choice([-2, -1, 1, 1, 2, 3]))
            elif r < style["reflow"] + 0.1:
                # a short wrap around a picture: two or three wider lines, then back
                self.segments.append((n, n + rng.randint(2, 3), base + rng.choice([3, 4])))
                n = self.segments[-1][1]
                w = base
            else:
                w = base
        self.line = 0

    def width(self) -> float:
        for a, b, w in self.segments:
            if a <= self.line < b:
                return w
        return self.segments[-1][2]

    def set_paragraph(self, text: str, indent: float, lead: str = "") -> list[str]:
        """Break one paragraph into printed lines. `lead` (a dateline) is set before the
        text in the same paragraph.

        Glyphs are set at full width; two marks in a row share one em (`）、`). When the
        next glyph is a closing mark that may not start a line, the setter either squeezes
        the line's marks to take it in (seed 004 lines hold up to 24.5 em in a 22 em
        column) or pulls the last glyph down; a line pulled short, or ended before a wide
        figure, is stretched and comes out with spaces between its glyphs."""
        toks = tokens(lead + text)
        n_lead = len(tokens(lead)) if lead else 0
        lines, i, first = [], 0, True
        while i < len(toks):
            cap = self.width() - (indent if first else 0)
            line, nat, j = [], 0.0, i
            while j < len(toks):
                t = toks[j]
                if not line and t.isspace():
                    j += 1
                    continue
                w = ctx_w(line[-1] if line else "", t)
                if line and nat + w > cap:
                    break
                line.append(t)
                nat += w
                j += 1
            if j < len(toks):
                squeeze = self.rng.random() < self.style["squeeze"]
                while j < len(toks) and toks[j] in CLOSE and squeeze:
                    room = 0.5 * sum(1 for x in line if x in SQUEEZABLE)
                    w = ctx_w(line[-1], toks[j])
                    if nat + w - cap > room + 0.01:
                        break
                    line.append(toks[j])
                    nat += w
                    j += 1
                # kinsoku: a closing mark may not start the next line, an opening mark may
                # not end this one: pull glyphs down (the line then has to be stretched)
                while j < len(toks) and len(line) > 2 and (
                        toks[j] in CLOSE or line[-1] in OPEN or line[-1].isspace()):
                    nat -= ctx_w(line[-2], line[-1])
                    line.pop()
                    j -= 1
            # a dateline whose last few characters would open the next line glued to the
            # text: break it earlier (a piece that short is not what a setter leaves, and
            # the scorer's coverage cannot place it)
            while j < n_lead and 0 < len(squash("".join(toks[j:n_lead]))) < 4 and len(line) > 3:
                nat -= ctx_w(line[-2], line[-1])
                line.pop()
                j -= 1
            while line and line[-1].isspace():
                nat -= 0.5
                line.pop()
            last = j >= len(toks)
            slack = cap - nat
            mode = "plain"
            if not last and slack >= 0.99:
                mode = "spread"
                if self.rng.random() < self.style["halfspread"]:
                    mode = "halfspread"
            elif not last and slack >= 0.49 and self.rng.random() < 0.3:
                mode = "punctgap"
            lines.append(self.render(line, mode, first and indent > 0 and not lead))
            self.line += 1
            i, first = j, False
        return lines

    def render(self, line: list[str], mode: str, para_start: bool) -> str:
        st, rng = self.style, self.rng
        out = []
        start_spread = 0
        if mode == "halfspread":
            start_spread = rng.randint(max(1, len(line) // 3), max(1, len(line) - 3))
        for k, t in enumerate(line):
            if k:
                a = line[k - 1]
                gap = False
                if mode in ("spread", "halfspread") and k >= start_spread:
                    gap = spread_gap(a, t, st["quote_gap"] > rng.random())
                elif a.isspace() or t.isspace():
                    gap = False
                elif is_latin(t) and is_hanzi(a):
                    gap = rng.random() < st["num_before"]
                elif is_latin(a) and is_hanzi(t):
                    gap = rng.random() < (st["num_after"] * (0.4 if a.endswith("%") else 1))
                elif mode == "punctgap" and t in "，。、；：":
                    gap = rng.random() < 0.6
                if gap:
                    out.append(" ")
            out.append(" " if t.isspace() else t)
        return "".join(out)


def spread_gap(a: str, b: str, quote_gap: bool) -> bool:
    """Where the extraction shows a space in a stretched line (seed 000: `会 上 ，省 机`,
    `施》（以 下`, `堂“ 一 卡`, `企 ”行 动`)."""
    if a.isspace() or b.isspace():
        return False
    if a in NO_SPACE_AFTER or a in "（《「『":
        return False
    if b in "（《「『）》」』“‘":
        return False
    if a in "“‘":
        return quote_gap
    return True


def break_headline(text: str, rng: random.Random, force: bool = False) -> list[str]:
    """A long headline part printed on two lines (seed 000: `湖南首个航空科学教育实验室` /
    `落户南岳区`); a two-phrase headline breaks at its space or not at all."""
    if " " in text:
        if force or rng.random() < 0.45:
            a, b = text.split(" ", 1)
            return [a, b]
        return [text]
    n = len(text)
    if n < 13 or not (force or rng.random() < min(0.85, (n - 10) / 14)):
        return [text]
    toks = tokens(text)
    cands = []
    pos = 0
    for k, t in enumerate(toks[:-1]):
        pos += len(t)
        nxt = toks[k + 1]
        if nxt in CLOSE or t in OPEN or t.isspace() or nxt.isspace() or is_latin(nxt) \
                or is_latin(t):
            continue
        if pos >= 5 and n - pos >= 4 and 0.35 * n <= pos <= 0.8 * n:
            cands.append(pos)
    # now and then the setter leaves only the headline's last word on the second line
    # (issue 8: "leaving a headline's last word alone on a line")
    if n >= 12 and rng.random() < 0.15 and toks[-1] not in CLOSE and not is_latin(toks[-1]):
        for tail in (2, 3):
            if text[n - tail - 1] not in OPEN and text[n - tail] not in CLOSE:
                cands = [n - tail]
                break
    if not cands:
        return [text]
    cut = rng.choice(cands)
    return [text[:cut].strip(), text[cut:].strip()]


# --------------------------------------------------------------------------- stories
STORIES = {s["id"]: s for s in json.loads((HERE / "stories.json").read_text(encoding="utf-8"))}


def cut_point(par: str, rng: random.Random, kind: str = "any", avoid=()) -> int | None:
    """A position inside a paragraph where a column ends mid-sentence. Kinds follow what
    the issue lists: before a figure (`…全年完成投资` + `860亿元`), inside a word, after a
    comma, or anywhere."""
    toks = tokens(par)
    pos, cands = 0, {"figure": [], "word": [], "comma": [], "any": []}
    for k, t in enumerate(toks[:-1]):
        pos += len(t)
        nxt = toks[k + 1]
        if pos < 6 or len(par) - pos < 6 or any(a < pos < b for a, b in avoid):
            continue
        if nxt in CLOSE or t in OPEN or nxt in "—…" or t in "—…":
            continue
        if is_latin(nxt) and is_hanzi(t):
            cands["figure"].append(pos)
        if is_hanzi(t) and is_hanzi(nxt):
            cands["word"].append(pos)
        if t in "，、；,;":
            cands["comma"].append(pos)
        cands["any"].append(pos)
    pool = cands.get(kind) or cands["word"] or cands["any"]
    return rng.choice(pool) if pool else None


def jump_split(sid: str):
    """Where a story jumping to another page is cut: the same for both pages."""
    st = STORIES[sid]
    rng = random.Random(sid)
    paras = st["paragraphs"]
    total = sum(len(p) for p in paras)
    goal = total * rng.uniform(0.5, 0.68)
    acc = 0
    for i, p in enumerate(paras):
        if acc + len(p) >= goal and i > 0 or i == len(paras) - 1:
            break
        acc += len(p)
    at_break = rng.random() < 0.25
    if at_break or p in st["subheads"]:
        return i, None
    c = cut_point(p, rng, rng.choice(["figure", "word", "word", "comma", "any"]))
    return (i, c) if c else (i, None)


# --------------------------------------------------------------------------- instances
def story_tags(inst: "Inst") -> list[str]:
    """What the story itself carries, whatever the layout (for phenomena.json)."""
    tags, roles = [], [r for r, _ in inst.head_parts]
    if len(roles) >= 3:
        tags.append(f"headline_stack_{len(roles)}")
    if "attend" in roles:
        tags.append("attend_line")
    if any(r == "subtitle" and t.startswith("——") for r, t in inst.head_parts):
        tags.append("dash_subtitle")
    if any(r == "kicker" and t.endswith("——") for r, t in inst.head_parts):
        tags.append("kicker_ends_with_dash")
    if any(r == "title" and " " in t for r, t in inst.head_parts):
        tags.append("two_phrase_title")
    if inst.subheads:
        tags.append("crossheads")
    dl, by = inst.dateline, inst.byline
    if dl:
        tags.append("dateline_dian" if re.search(r"日电（|日电\(", dl) else "dateline_xun")
        for key, tag in (("全媒体记者", "byline_era_quanmeiti"), ("新湖南客户端", "byline_era_xinhunan"),
                         ("华声在线", "byline_era_huasheng")):
            if key in dl:
                tags.append(tag)
                break
        else:
            tags.append("byline_era_jizhe")
        if "通讯员" in dl:
            tags.append("correspondent")
    if by.startswith("文丨"):
        tags.append("essay_byline")
    if "本文图片均由" in by:
        tags.append("photo_provider_credit")
    if "摄影报道" in by:
        tags.append("credit_sheying_baodao")
    if "湖南图片库" in by:
        tags.append("credit_picture_library")
    if "华声在线记者" in by or "新湖南客户端记者" in by:
        tags.append("byline_era_" + ("huasheng" if "华声" in by else "xinhunan"))
    if any(p == "编者按" for p in inst.paragraphs):
        tags.append("editor_note")
    if inst.paragraphs and inst.paragraphs[-1].startswith("（作者"):
        tags.append("author_affiliation_line")
    return tags


class Inst:
    """One article as printed on one page, with its gold and its layout notes."""

    def __init__(self, sid: str, role: str, page: dict, issue: dict):
        st = STORIES[sid]
        self.sid, self.st, self.role, self.page = sid, st, role, page
        self.kind = st["kind"]
        self.tags: list[str] = []
        self.marker = ""       # printed jump marker
        self.continued = ""    # its gold text
        paras = list(st["paragraphs"])
        self.head_parts = [(r, st[k]) for r, k in (("kicker", "kicker"), ("title", "title"),
                                                   ("subtitle", "subtitle"), ("attend", "attend"))
                           if st[k]]
        self.dateline = st["dateline"]
        self.byline = st["byline"]
        self.byline_pos = st["byline_pos"] or "start"
        self.column = st["column"]
        if role.startswith(">"):          # jumps out: printed up to the cut
            i, c = jump_split(sid)
            paras = paras[:i] + ([paras[i][:c]] if c else [])
            if not c:
                paras = st["paragraphs"][:i]
            self.jump_to = role[1:]
            if self.byline_pos == "end":
                self.byline = ""
            self.tags.append("jump_out")
        elif role.startswith("<"):        # continuation on this page
            i, c = jump_split(sid)
            paras = ([paras[i][c:]] if c else [paras[i]]) + paras[i + 1:]
            self.jump_from = role[1:]
            self.kind = "continuation"
            self.head_parts, self.dateline, self.column = [], "", ""
            if self.byline_pos != "end":
                self.byline = ""
            self.mid_sentence = bool(c)
            self.tags.append("continuation")
        self.paragraphs = paras
        self.subheads = [h for h in st["subheads"] if h in paras]
        self.photo = self.kind == "photo"
        self.tags += story_tags(self)


    def gold(self, tr) -> dict:
        parts = dict(self.head_parts)
        sub = " ".join(x for x in (parts.get("subtitle", ""), parts.get("attend", "")) if x)
        return {"kind": self.kind, "column": tr(self.column), "kicker": tr(parts.get("kicker", "")),
                "title": tr(parts.get("title", "")), "subtitle": tr(sub),
                "byline": tr(self.byline), "dateline": tr(self.dateline),
                "continued": tr(self.continued), "subheads": [tr(h) for h in self.subheads],
                "paragraphs": [tr(p) for p in self.paragraphs]}


# --------------------------------------------------------------------------- furniture
WEEK = "一二三四五六日"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def masthead_pieces(issue: dict, rng: random.Random) -> list[str]:
    """The front page's masthead as the extraction gives it: date, weekday, lunar date,
    issue number, page count, and a few fixed pieces, in drawing order, some merged."""
    d = dt.date.fromisoformat(issue["date"])
    week = "星期" + WEEK[d.weekday()]
    pieces = [f"{d.year}年{d.month}月", str(d.day), week, issue["lunar"],
              f"第{issue['number']}号", f"今日{issue['pages']}版"]
    if rng.random() < 0.35:                     # `31 星期六`
        pieces[1:3] = [pieces[1] + " " + pieces[2]]
    extra = [x for x in ("中共湖南省委机关报", "湖南日报社出版", "国内统一连续出版物号 CN 43-0001",
                         "邮发代号 41-1") if rng.random() < 0.45]
    if rng.random() < 0.5:
        pieces = extra + pieces
    else:
        pieces = pieces + extra
    return pieces


def strip_pieces(issue: dict, page: dict, rng: random.Random) -> list[str]:
    """An inner page's header strip: page number, section, date, editors."""
    d = dt.date.fromisoformat(issue["date"])
    date = f"{cn_date(d)} 星期{WEEK[d.weekday()]}"
    eds = page.get("editors") or ("刘文韬", "周舟")
    ed = [f"责任编辑 {eds[0]}", ("版式编辑 " if d.year >= 2018 else "美术编辑 ") + eds[1]]
    if rng.random() < 0.5:
        ed = [" ".join(ed)]
    num = f"{page['page']:02d}" if rng.random() < 0.6 else str(page["page"])
    pieces = [num, page["section"], date] + ed
    if rng.random() < 0.3:
        pieces = [date + " " + page["section"]] + ed + [num]
    elif rng.random() < 0.5:
        pieces = [page["section"], num, date] + ed
    if rng.random() < 0.4:
        pieces.insert(rng.randint(0, len(pieces)), "湖南日报")
    return pieces


# --------------------------------------------------------------------------- common pieces
def headline_lines(inst: Inst, rng: random.Random, layout: str) -> list[tuple[str, str]]:
    """Headline stack printed on its own lines: (text, separator after) pairs."""
    out = []
    for role, text in inst.head_parts:
        parts = break_headline(text, rng) if layout == "column" else [text]
        if len(parts) > 1:
            inst.tags.append(f"{role}_two_lines")
        for k, t in enumerate(parts):
            sep = "\n" if k < len(parts) - 1 and rng.random() < 0.8 else "\n\n"
            out.append([t, sep])
        if out and rng.random() < 0.25:
            out[-1][1] = "\n"
    if out:
        out[-1][1] = "\n\n"
    return [tuple(x) for x in out]


def is_bare_name(by: str) -> bool:
    """A byline that is only a name or two (issue 8, point 4)."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}( [\u4e00-\u9fff]{2,4})?", by or "")) and not any(
        k in by for k in ("记者", "通讯员", "评论员", "文丨", "摄"))


def split_byline(by: str, rng: random.Random) -> list[str]:
    """A byline printed on its own lines: `湖南日报评论员` / `龙文泱`, or broken before
    `通讯员`."""
    if "通讯员" in by and rng.random() < 0.6:
        a, b = by.split("通讯员", 1)
        return [a.strip(), "通讯员" + b]
    if by.count(" ") == 1 and not by.startswith("文丨") and rng.random() < 0.6:
        return by.split(" ")
    return [by]


def jump_marker(inst: Inst, direction: str, number: str, rng: random.Random, year: int,
                layout: str) -> str:
    if direction == "out":
        inst.continued = f"下转{inst.jump_to}版{number}"
        if layout == "column":
            fmt = rng.choice(["（{}）", "▶（{}）", "（{}）", "▷（{}）"])
        else:
            fmt = rng.choice(["▷（{}）", "▶（{}）"])     # half width on half-width pages
        return fmt.format(inst.continued)
    word = "紧接" if inst.mid_sentence and rng.random() < 0.6 else "上接"
    inst.continued = f"{word}{inst.jump_from}版{number}"
    if layout == "column":
        fmt = rng.choice(["▲ ▲（{}）", "（{}）", "▲（{}）"]) if year >= 2019 else rng.choice(
            ["（{}）", "▲（{}）"])
    else:
        fmt = rng.choice(["▲ ▲（{}）", "▲（{}）", "（{}）"])
    return fmt.format(inst.continued)


# --------------------------------------------------------------------------- column layout
def column_style(rng: random.Random) -> dict:
    return {"reflow": rng.uniform(0.05, 0.3), "halfspread": rng.uniform(0.0, 0.15),
            "squeeze": rng.uniform(0.35, 0.9),
            "quote_gap": rng.uniform(0.3, 0.9), "num_before": rng.uniform(0.55, 0.95),
            "num_after": rng.uniform(0.3, 0.85)}


def column_body(inst: Inst, rng: random.Random, base: float, page_ctx: dict) -> list:
    """The story's running text as column lines."""
    lines: list[list[str]] = []
    style = column_style(rng)
    w = base
    if inst.kind == "commentary":
        w = rng.choice([base - 5, base - 4, base - 1, base]) if base >= 16 else base
        w = max(11, w)
    elif inst.kind == "feature" and rng.random() < 0.4:
        w = base + rng.choice([1, 2, 3])
    w += rng.choice([-1, 0, 0, 0, 1])
    setter = Setter(rng, float(w), style)
    inst.tags.append(f"column_width_{int(w)}")
    first = True
    for k, p in enumerate(inst.paragraphs):
        if p in inst.subheads:
            lines.append([p, "\n\n"])
            setter.line += 1
            continue
        lead = ""
        if first and inst.dateline:
            lead = inst.dateline
        indent = 2.0
        glued = first and inst.role.startswith("<") and inst.marker and page_ctx.get("glue_marker")
        if glued:
            # the marker takes the place of the indent and of a few glyphs (seed 004:
            # `▲ ▲（紧接1版①）要坚持守正创新，深化体制机`)
            indent = sum(tok_w(x) for x in tokens(inst.marker.replace(" ", "")))
        got = setter.set_paragraph(p, indent, lead)
        if first and lead and rng.random() < 0.4:
            # seed 000: ` 湖南日报 3月 8日讯（全媒体记者` (a dateline's first line only)
            got[0] = " " + got[0]
            inst.tags.append("leading_space")
        if glued:
            got[0] = inst.marker + got[0].lstrip()
            inst.tags.append("marker_glued")
        lines.extend([[x, "\n\n"] for x in got])
        first = False
    if any(" " in x[0].strip() and x[0].strip().count(" ") > 4 for x in lines):
        inst.tags.append("spread_lines")
    if inst.dateline and len(lines) and inst.dateline not in lines[0][0]:
        inst.tags.append("dateline_broken")
    return lines


def column_photo(inst: Inst, rng: random.Random) -> list:
    lines = []
    if inst.head_parts:
        for t, s in headline_lines(inst, rng, "column"):
            lines.append([t, s])
        inst.tags.append("photo_title")
    caps = inst.paragraphs
    credit = inst.byline
    wide = rng.random() < 0.5
    wc = rng.randint(30, 46)
    style = column_style(rng)
    style["reflow"] = 0.0
    group = credit.startswith("以上") or len(caps) > 1
    # a 2019+ staff credit stands on its own line (issue 8's example); inline it would
    # repeat seed 004's `。 湖南日报全媒体记者` run
    inline = bool(credit) and not group and rng.random() < 0.6 and \
        not credit.startswith("湖南日报全媒体记者")
    for k, c in enumerate(caps):
        if wide:
            setter = Setter(rng, float(wc), style)
            setter.segments = [(0, 999, float(wc))]
            got = setter.set_paragraph(c, 0.0)
            got = [g.replace(" ", "") if rng.random() < 0.7 else g for g in got]
        else:
            got = [c]
        if inline and k == len(caps) - 1:
            if len(squash(got[-1])) >= 4:
                got[-1] = got[-1] + rng.choice([" ", "  "]) + credit
                inst.tags.append("credit_inline")
            else:
                inline = False
        lines.extend([[g, "\n\n"] for g in got])
    if credit and not inline:
        lines.append([credit, "\n\n"])
        inst.tags.append("group_credit" if group else "credit_own_line")
    inst.tags.append("caption_wrapped" if wide else "caption_one_line")
    return lines


def byline_block(by: str, rng: random.Random) -> list:
    parts = split_byline(by, rng)
    sep = "\n" if rng.random() < 0.3 else "\n\n"
    return [[p, sep if k < len(parts) - 1 else "\n\n"] for k, p in enumerate(parts)]


def compose_column(page: dict, issue: dict, insts: list[Inst], rng: random.Random, extras: list,
                   dups: list) -> Out:
    out = Out()
    base = page.get("width") or rng.choice([16, 17, 17, 19, 20, 21, 22])
    year = int(issue["date"][:4])
    top_furniture, bottom_furniture = [], []
    if page.get("front"):
        pieces = masthead_pieces(issue, rng)
        (top_furniture if rng.random() < 0.75 else bottom_furniture).extend(pieces)
    else:
        pieces = strip_pieces(issue, page, rng)
        (top_furniture if rng.random() < 0.65 else bottom_furniture).extend(pieces)
    for p in top_furniture:
        out.add(p, "\n\n")
        extras.append(p)

    # where each story's headline stands
    modes = {}
    for inst in insts:
        if inst.kind == "commentary" and inst.head_parts and inst.byline and \
                rng.random() < 0.15:
            # the commentary's title printed as a picture: the text shows none (seed 000)
            inst.head_parts = []
            inst.tags.append("untitled_commentary")
        if inst.photo or inst.kind == "continuation" or not inst.head_parts:
            modes[inst.sid] = "none"
            continue
        w = {"before": 0.18, "after": 0.47, "bunch": 0.35}
        if inst.kind == "feature" and inst.byline.startswith("文丨"):
            w = {"before": 0.6, "after": 0.3, "bunch": 0.1}
        modes[inst.sid] = rng.choices(list(w), list(w.values()))[0]

    # extraction order: stories in plan order; continuations and photos tend to come last
    body = [i for i in insts if not i.photo and i.kind != "continuation"]
    tail = []
    for i in insts:
        if i.kind == "continuation":
            (tail if rng.random() < 0.7 else body).append(i)
    for i in insts:
        if i.photo:
            if rng.random() < 0.55:
                tail.insert(rng.randint(0, len(tail)), i)
            else:
                body.insert(rng.randint(0, len(body)), i)
    order = body + tail
    boxes = list(page.get("boxes", []))
    pending: list = []

    def flush():
        nonlocal pending
        if not pending:
            return
        chunks = pending[:]
        first = chunks.pop()
        rng.shuffle(chunks)
        chunks = ([first] + chunks) if rng.random() < 0.6 else chunks + [first]
        for n, (inst, ls) in enumerate(chunks):
            inst.tags.append("headline_bunched")
            if len(chunks) > 1:
                inst.tags.append(f"bunch_of_{len(chunks)}")
            ls = [list(x) for x in ls]
            if n < len(chunks) - 1 and rng.random() < 0.15:
                ls[-1][1] = "\n"           # next story's headline right below, one newline
                inst.tags.append("bunch_no_blank")
            if n > 0 and out.lines and out.lines[-1][1] == "\n" and rng.random() < 0.7:
                ls[0][0] = " " + ls[0][0]
            out.extend(ls)
        pending = []

    for n, inst in enumerate(order):
        if inst.photo:
            out.extend(column_photo(inst, rng))
            continue
        head: list = []
        if inst.head_parts:
            head = [list(x) for x in headline_lines(inst, rng, "column")]
            if rng.random() < 0.06:
                t = dict(inst.head_parts)["title"]
                idx = next(k for k, x in enumerate(head) if x[0] in t)
                if rng.random() < 0.5 and head[idx][0] == t:
                    head[idx][0] = t + t
                else:
                    head.insert(idx + 1, [head[idx][0], head[idx][1]])
                    head[idx][1] = "\n"
                dups.append(head[idx][0] if head[idx][0] != t + t else t)
                inst.tags.append("headline_doubled")
        label = [[inst.column, "\n\n"]] if inst.column else []
        by_lines = []
        if inst.byline and inst.kind in ("commentary", "feature", "news", "other") and \
                inst.byline_pos == "start":
            by_lines = byline_block(inst.byline, rng)
            if len(by_lines) > 1:
                inst.tags.append("byline_two_lines")
            if is_bare_name(inst.byline):
                inst.tags.append("bare_name_byline")
        end_by = [[inst.byline, "\n\n"]] if inst.byline and inst.byline_pos == "end" else []
        if end_by:
            inst.tags.append("byline_at_end")
        marker_line = []
        if inst.role.startswith(">"):
            marker_line = [[inst.marker, "\n\n"]]
        if inst.role.startswith("<") and inst.marker:
            glue = rng.random() < 0.4
            page_ctx = {"glue_marker": glue}
            if not glue:
                marker_line = [[inst.marker, "\n\n"]]
        else:
            page_ctx = {}
        text = column_body(inst, rng, base, page_ctx)
        if marker_line and inst.role.startswith(">"):
            if rng.random() < 0.3 and len(squash(text[-1][0])) >= 5:
                text[-1][0] = text[-1][0] + " " + inst.marker
                marker_line = []
                inst.tags.append("marker_glued")
            text = text + marker_line
            marker_line = []
        if marker_line:
            text = marker_line + text
        mode = modes[inst.sid]
        # where the byline, the column label and the title go
        if inst.kind == "commentary":
            lab_pos = rng.choice(["after_body", "before_head", "before_body"]) if label else ""
            by_with_head = bool(by_lines) and mode != "none" and rng.random() < 0.45
            pre_body = [] if by_with_head else by_lines
            head_chunk = ([*label] if lab_pos == "before_head" else []) + head + (
                by_lines if by_with_head else [])
            if by_with_head:
                inst.tags.append("byline_with_headline")
            if lab_pos == "before_body":
                pre_body = label + pre_body
            if lab_pos:
                inst.tags.append(f"column_label_{lab_pos}")
            body_chunk = pre_body + text + (label if lab_pos == "after_body" else [])
        else:
            if label:
                lab_pos = rng.choice(["before_head", "after_body"])
                inst.tags.append(f"column_label_{lab_pos}")
            else:
                lab_pos = ""
            head_chunk = (label if lab_pos == "before_head" else []) + head
            body_chunk = by_lines + text + end_by + (label if lab_pos == "after_body" else [])
            if by_lines:
                inst.tags.append("byline_first_line")
        if not head_chunk:
            mode = "none"
        if mode == "before":
            inst.tags.append("headline_before_body")
            out.extend(head_chunk)
            out.extend(body_chunk)
        elif mode == "after":
            inst.tags.append("headline_after_body")
            out.extend(body_chunk)
            out.extend(head_chunk)
        elif mode == "bunch":
            out.extend(body_chunk)
            pending.append((inst, head_chunk))
            if rng.random() < 0.3 and len(pending) >= 2:
                flush()
        else:
            out.extend(body_chunk)
        if pending and (n == len(order) - 1 or rng.random() < 0.12):
            flush()
        if boxes and rng.random() < 0.25:
            for b in boxes.pop(0):
                out.add(b, "\n\n")
                extras.append(b)
    flush()
    for bx in boxes:
        for b in bx:
            out.add(b, "\n\n")
            extras.append(b)
    for p in bottom_furniture:
        out.add(p, "\n\n")
        extras.append(p)
    return out


# --------------------------------------------------------------------------- one-paragraph layout
def para_text(s: str, numspace: bool, rng: random.Random) -> str:
    """A paragraph line as printed; on some pages spaces stand around every figure and
    after an opening quote (issue 8: `“ 新湖南”`)."""
    if not numspace:
        return s
    before, after = rng.uniform(0.6, 1.0), rng.uniform(0.4, 1.0)
    s = re.sub(r"(?<=[^\x00-\x7f\s])([0-9][0-9A-Za-z.%+/×:\-]*)",
               lambda m: (" " if rng.random() < before else "") + m.group(1), s)
    s = re.sub(r"([0-9][0-9A-Za-z.%+/×:\-]*)(?=[^\x00-\x7f\s，。、；：,.;:])",
               lambda m: m.group(1) + (" " if rng.random() < after else ""), s)
    s = re.sub(r"(?<=[0-9])%", lambda m: " %" if rng.random() < 0.25 else "%", s)
    s = re.sub(r"“(?=\S)", lambda m: "“ " if rng.random() < 0.7 else "“", s)
    # a glyph gap on both sides of a mark now and then (issue 8: `隆 ， 20 多`)
    s = re.sub(r"[，、；]", lambda m: f" {m.group(0)} " if rng.random() < 0.06 else m.group(0), s)
    return s


def para_pieces(inst: Inst, rng: random.Random, numspace: bool, year: int) -> list[dict]:  # noqa: C901
    """The story as a list of printed pieces (one line each) for the one-paragraph layout."""
    pcs: list[dict] = []

    def add(text, kind, **kw):
        d = {"text": text, "kind": kind, "inst": inst}
        d.update(kw)
        pcs.append(d)

    if inst.photo:
        caps = inst.paragraphs
        credit = inst.byline
        group = credit.startswith("以上") or len(caps) > 1
        if inst.head_parts:
            add(" ".join(t for _, t in inst.head_parts), "head")
            inst.tags.append("photo_title")
        inline = bool(credit) and not group and rng.random() < 0.7 and \
            not credit.startswith("湖南日报全媒体记者")
        for k, c in enumerate(caps):
            t = c
            if numspace and rng.random() < 0.35:
                # spaces across the whole caption line (issue 8)
                t = " ".join(tokens(c))
                inst.tags.append("caption_spaced")
            if inline and k == len(caps) - 1:
                t = t + " " + credit
                inst.tags.append("credit_inline")
            add(t, "caption")
        if credit and not inline:
            add(credit, "credit")
            inst.tags.append("group_credit" if group else "credit_own_line")
        return pcs
    lab_pos = ""
    if inst.column:
        lab_pos = rng.choice(["before_head", "after_body"])
        inst.tags.append(f"column_label_{lab_pos}")
        if lab_pos == "before_head":
            add(inst.column, "label")
    if inst.head_parts:
        if len(inst.head_parts) > 1 and rng.random() < 0.55:
            line = " ".join(t for _, t in inst.head_parts)
            add(line, "head")
            inst.tags.append("headline_one_line")
        else:
            for role, t in inst.head_parts:
                if role == "kicker" and len(t) > 9 and rng.random() < 0.3:
                    two = break_headline(t, rng, force=True)
                    for m, x in enumerate(two):
                        add(x, "head", sep="\n" if m < len(two) - 1 else "\n\n")
                    if len(two) > 1:
                        inst.tags.append("kicker_two_lines")
                else:
                    add(t, "head")
            inst.tags.append("headline_stacked")
        if rng.random() < 0.05:
            t = dict(inst.head_parts).get("title", "")
            if t:
                add(t, "dup")
                inst.tags.append("headline_doubled")
    if inst.byline and inst.byline_pos == "start":
        parts = split_byline(inst.byline, rng)
        for k, b in enumerate(parts):
            add(b, "byline", sep="\n" if k < len(parts) - 1 else "\n\n")
        inst.tags.append("byline_first_line")
        if is_bare_name(inst.byline):
            inst.tags.append("bare_name_byline")
    if inst.role.startswith("<") and inst.marker:
        glue = rng.random() < 0.4
        if not glue:
            add(inst.marker, "marker")
    else:
        glue = False
    twice = inst.role.startswith(">") and len(inst.paragraphs) >= 3 and rng.random() < 0.3
    for k, p in enumerate(inst.paragraphs):
        if twice and k == len(inst.paragraphs) - 1:
            # the story fills two columns of page 1, each ending in the marker (seed 001)
            add(inst.marker, "markerdup")
            inst.tags.append("jump_marker_twice")
        t = para_text(p, numspace, rng)
        if k == 0 and inst.dateline:
            t = inst.dateline + t
        if k == 0 and glue:
            t = inst.marker + t
            inst.tags.append("marker_glued")
        add(t, "sub" if p in inst.subheads else "para", pidx=k)
    if inst.byline and inst.byline_pos == "end":
        add(inst.byline, "byline")
        inst.tags.append("byline_at_end")
    if inst.role.startswith(">"):
        add(inst.marker, "marker")
    if lab_pos == "after_body":
        add(inst.column, "label")
    return pcs


def split_piece(pc: dict, rng: random.Random, kind: str) -> tuple[dict, dict] | None:
    text = pc["text"]
    avoid = ()
    dl = pc["inst"].dateline
    if dl and dl in text[:len(dl) + 12]:
        # a break may fall inside the dateline, but not so that fewer than four of its
        # characters open the next line glued to the text (the scorer could not place them)
        end = text.index(dl) + len(dl)
        avoid = ((end - 4, end),)
    c = cut_point(text, rng, kind, avoid)
    if c is None:
        return None
    a = dict(pc, text=text[:c], cut="head")
    b = dict(pc, text=text[c:], cut="tail")
    return a, b


def compose_para(page: dict, issue: dict, insts: list[Inst], rng: random.Random, extras: list,
                 dups: list, numspace: bool) -> Out:
    out = Out()
    year = int(issue["date"][:4])
    out.lines.append(["", "\n\n"])     # the seeds of this layout open with two empty lines
    top, bottom = [], []
    if page.get("front"):
        top = masthead_pieces(issue, rng)
    else:
        st = strip_pieces(issue, page, rng)
        if rng.random() < 0.75:
            (top if rng.random() < 0.6 else bottom).extend(st)
    for k, p in enumerate(top):
        out.add(p, "\n" if rng.random() < 0.25 and k < len(top) - 1 else "\n\n")
        extras.append(p)
    if top:
        out.lines[-1][1] = "\n\n\n\n"

    story_pcs = [para_pieces(i, rng, numspace, year) for i in insts]
    # photos: some at the top of the page, the rest where the plan puts them
    seq: list[list[dict]] = []
    photos_top = []
    for inst, pcs in zip(insts, story_pcs):
        if inst.photo and rng.random() < 0.25:
            photos_top.append(pcs)
            inst.tags.append("photo_at_top")
        else:
            seq.append(pcs)
    seq = photos_top + seq

    # alternating pieces: a paragraph cut, the next story starts, the tail comes later
    merged: list[dict] = []
    k = 0
    while k < len(seq):
        a = seq[k]
        b = seq[k + 1] if k + 1 < len(seq) else None
        ia = a[0]["inst"]
        ok = b is not None and not ia.photo and not b[0]["inst"].photo
        paras_a = [n for n, pc in enumerate(a) if pc["kind"] == "para" and len(pc["text"]) > 30]
        if ok and paras_a and rng.random() < page.get("interleave", 0.45):
            n = rng.choice(paras_a)
            sp = split_piece(a[n], rng, rng.choice(["figure", "word", "word", "comma", "any"]))
            if sp:
                head, tail = sp
                ib = b[0]["inst"]
                bp = [m for m, pc in enumerate(b) if pc["kind"] in ("para",)]
                j = rng.choice(bp[:3]) + 1 if bp else 1
                j = min(j, len(b) - 1) if len(b) > 1 else 1
                first_b = b[:j]
                rest_b = b[j:]
                b_tail = []
                # a double interleave (seed 001): B's last piece before the switch is cut too
                if first_b and first_b[-1]["kind"] == "para" and len(first_b[-1]["text"]) > 30 \
                        and rng.random() < 0.3:
                    sp2 = split_piece(first_b[-1], rng, "word")
                    if sp2:
                        first_b = first_b[:-1] + [sp2[0]]
                        b_tail = [sp2[1]]
                        ib.tags.append("interleaved_tail")
                ia.tags.append("interleaved_tail")
                if tail["text"][:1].isdigit():
                    ia.tags.append("tail_starts_with_figure")
                merged.extend(a[:n] + [head] + first_b + [tail] + a[n + 1:] + b_tail + rest_b)
                k += 2
                continue
        merged.extend(a)
        k += 1

    # a paragraph split over two consecutive lines (seed 003: `预计湘西土家族` / `苗族…`)
    final: list[dict] = []
    for pc in merged:
        if pc["kind"] == "para" and "cut" not in pc and len(pc["text"]) > 60 and \
                rng.random() < 0.06:
            sp = split_piece(pc, rng, "any")
            if sp:
                final.extend(sp)
                pc["inst"].tags.append("split_line")
                continue
        final.append(pc)

    # lines printed twice: a copy of a piece printed out of place (seed 002)
    if rng.random() < page.get("dup", 0.35):
        cands = [n for n, pc in enumerate(final) if pc["kind"] == "para" and n > 3]
        if cands:
            n = rng.choice(cands)
            pc = final[n]
            at = rng.randint(max(1, n - 6), n - 1)
            final.insert(at, dict(pc, kind="dupcopy"))
            dups.append(pc["text"])
            pc["inst"].tags.append("line_printed_twice")

    for pc in final:
        inst = pc["inst"]
        if pc["kind"] in ("dup", "markerdup"):
            dups.append(pc["text"])
        if inst.photo and pc is inst_first(final, inst):
            if out.lines:
                out.lines[-1][1] = "\n\n\n\n"
        out.add(pc["text"], pc.get("sep", "\n\n"))
    for bx in page.get("boxes", []):
        for b in bx:
            out.add(b, "\n\n")
            extras.append(b)
    for p in bottom:
        out.add(p, "\n\n")
        extras.append(p)
    return out


def inst_first(pcs: list[dict], inst: Inst) -> dict | None:
    for pc in pcs:
        if pc["inst"] is inst:
            return pc
    return None


# --------------------------------------------------------------------------- pages
def page_file(page: dict) -> str:
    h = hashlib.sha1((page["name"] + page["issue"]).encode()).hexdigest()[:16]
    return f"{page['name']}_{h}.txt"


def build_instances(page: dict, issue: dict) -> list[Inst]:
    insts = []
    for item in page["items"]:
        m = re.fullmatch(r"([A-Z]\d+)([<>]\d+)?", item)
        sid, role = m.group(1), m.group(2) or ""
        insts.append(Inst(sid, role, page, issue))
    return insts


def number_jumps(insts: list[Inst], rng: random.Random, year: int, layout: str):
    by_target: dict[tuple, list[Inst]] = {}
    for inst in insts:
        if inst.role:
            by_target.setdefault((inst.role[0], inst.role[1:]), []).append(inst)
    for (d, target), group in by_target.items():
        for inst in group:
            num = ""
            n = jump_number(inst.sid)
            if n:
                num = CIRCLED[n - 1]
            inst.marker = jump_marker(inst, "out" if d == ">" else "in", num, rng, year, layout)


JUMP_NUMBERS: dict[str, int] = {}


def jump_number(sid: str) -> int:
    return JUMP_NUMBERS.get(sid, 0)


def assign_jump_numbers():
    """Several stories of one page jumping to the same page carry ①②③ (seed 004)."""
    for page in PAGES:
        outs: dict[str, list[str]] = {}
        for item in page["items"]:
            m = re.fullmatch(r"([A-Z]\d+)>(\d+)", item)
            if m:
                outs.setdefault(m.group(2), []).append(m.group(1))
        for target, sids in outs.items():
            if len(sids) > 1 or page.get("circled"):
                for k, sid in enumerate(sids):
                    JUMP_NUMBERS[sid] = k + 1


def compose_page(page: dict) -> tuple[str, dict, dict]:
    issue = ISSUES[page["issue"]]
    year = int(page["issue"][:4])
    for attempt in range(40):
        rng = random.Random(page["name"] if attempt == 0 else f"{page['name']}#{attempt}")
        insts = build_instances(page, issue)
        number_jumps(insts, rng, year, page["layout"])
        half = page.get("halfwidth", False)
        numspace = page.get("numspace", False)
        tr = (lambda s: s.translate(HALF)) if half else (lambda s: s)
        for inst in insts:
            if half:
                inst.head_parts = [(r, tr(t)) for r, t in inst.head_parts]
                inst.paragraphs = [tr(p) for p in inst.paragraphs]
                inst.subheads = [tr(p) for p in inst.subheads]
                inst.dateline, inst.byline = tr(inst.dateline), tr(inst.byline)
                inst.column, inst.marker = tr(inst.column), tr(inst.marker)
        extras: list[str] = []
        dups: list[str] = []
        if page["layout"] == "column":
            out = compose_column(page, issue, insts, rng, extras, dups)
        else:
            out = compose_para(page, issue, insts, rng, extras, dups, numspace)
        text = out.text()
        for inst in insts:
            if inst.marker and inst.marker not in extras:
                extras.append(inst.marker)
        arts = [inst.gold(lambda s: s) for inst in insts]
        # gold articles in the order the page first prints them
        pos = {}
        sq = squash(text)
        for a, inst in zip(arts, insts):
            probe = squash((a["paragraphs"] or [""])[0])[:12]
            pos[id(inst)] = sq.find(probe) if probe else 0
        pairs = sorted(zip(insts, arts), key=lambda x: pos[id(x[0])])
        gold = {"source": page_file(page), "issue_date": page["issue"],
                "issue_number": str(issue["number"]) if page.get("front") else None,
                "page_count": issue["pages"] if page.get("front") else None,
                "articles": [a for _, a in pairs], "extras": extras, "duplicates": dups}
        if page_ok(text, gold):
            markers = {i.marker for i in insts if i.marker}
            boxes = {b for bx in page.get("boxes", []) for b in bx}
            furniture = []
            for e in extras:
                kind = ("jump_marker" if e in markers else "box" if e in boxes
                        else "masthead" if page.get("front") else "header_strip")
                furniture.append({"text": e, "kind": kind})
            phen = {"layout": page["layout"], "section": page["section"],
                    "front": bool(page.get("front")), "issue_date": page["issue"],
                    "page": page["page"], "attempt": attempt,
                    "variants": [v for v in ("halfwidth", "numspace") if page.get(v)],
                    "chars": len(squash(text)), "lines": len(text.splitlines()),
                    "extras": furniture, "duplicates": len(dups),
                    "articles": [{"story": i.sid, "kind": a["kind"],
                                  "headline": squash(a["kicker"] + a["title"] + a["subtitle"])[:30],
                                  "phenomena": sorted(set(i.tags))} for i, a in pairs]}
            return text, gold, phen
    raise SystemExit(f"{page['name']}: no layout with full coverage")


def gold_strings(gold: dict) -> list[str]:
    out = []
    for a in gold["articles"]:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            out.append(a[k])
        out.extend(a["paragraphs"])
    return out + gold["extras"] + gold["duplicates"]


def page_ok(text: str, gold: dict) -> bool:
    hay = "\u0000".join(squash(s) for s in gold_strings(gold))
    for line in text.splitlines():
        s = squash(line)
        if covered(s, hay) != len(s):
            return False
    return True


def main():
    assign_jump_numbers()
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for d in ("pages", "gold"):
        for f in (HERE / d).glob("*"):
            f.unlink()
    phenomena = {}
    for page in PAGES:
        text, gold, phen = compose_page(page)
        name = page_file(page)
        (HERE / "pages" / name).write_text(text, encoding="utf-8")
        (HERE / "gold" / name.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        phenomena[name] = phen
        print(f"{name}  {page['layout']:6}  {len(gold['articles']):2} articles  "
              f"{phen['chars']:5} chars  attempt {phen['attempt']}")
    (HERE / "phenomena.json").write_text(json.dumps(phenomena, ensure_ascii=False, indent=1) + "\n",
                                         encoding="utf-8")


if __name__ == "__main__":
    main()
