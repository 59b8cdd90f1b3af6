#!/usr/bin/env python3
"""Lay the stories of stories.json out as raw PDF-extraction pages with exact gold.

    python3 compose.py          # writes pages/*.txt, gold/*.json, phenomena.json

Standard library only. Deterministic: every random choice of a page comes from
random.Random(<page name>) (the page name is "<issue date>_p<NN>"), and a re-roll
of a page's layout (when a drawn layout would leave raw text the gold cannot
account for) from random.Random(<page name>#<try>).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLOSE_CJK = set("，。、；：？！）》」』")
OPEN_CJK = set("（《「『")
NOSPACE_BEFORE = {"》", "）", "（", "《", "“", "‘", ")", "("}
NOSPACE_AFTER = CLOSE_CJK | OPEN_CJK | {"”", "’", "(", ",", ";", ":", ")"}
KINSOKU = CLOSE_CJK | set(",.;:?!)”’%")
PUNCT = CLOSE_CJK | OPEN_CJK | set("“”‘’,.;:?!()—…·")
ABBR = ["长株潭", "省发改委", "湘江新区", "高新区", "经开区", "省委", "省政府", "人大常委会",
        "政协", "两会", "乡村振兴", "三高四新", "一带一路", "专精特新", "党员干部", "省住建厅",
        "省农业农村厅", "省生态环境厅", "省交通运输厅", "省人社厅", "省商务厅", "省工信厅",
        "岳麓山", "洞庭湖", "马栏山", "株洲", "湘潭", "张家界", "湘西州", "中欧班列", "黄花机场"]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_run(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in ".%+-/")


def cw(c: str) -> float:
    return 0.5 if ord(c) < 128 else 1.0


# ---------------------------------------------------------------- calendar
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
LNY = {2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
       2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
       2026: (2, 17)}
LEAP = {2014: 9, 2017: 6, 2020: 4, 2023: 2, 2025: 6}
MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]
WEEK = "一二三四五六日"


def new_moon_jde(k: float) -> float:
    """Meeus ch. 49, main terms: new moon number k -> JDE."""
    T = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T
    E = 1 - 0.002516 * T
    M = math.radians(2.5534 + 29.10535670 * k)
    Mp = math.radians(201.5643 + 385.81693528 * k)
    F = math.radians(160.7108 + 390.67050284 * k)
    Om = math.radians(124.7746 - 1.56375588 * k)
    jde += (-0.40720 * math.sin(Mp) + 0.17241 * E * math.sin(M) + 0.01608 * math.sin(2 * Mp)
            + 0.01039 * math.sin(2 * F) + 0.00739 * E * math.sin(Mp - M)
            - 0.00514 * E * math.sin(Mp + M) + 0.00208 * E * E * math.sin(2 * M)
            - 0.00111 * math.sin(Mp - 2 * F) - 0.00057 * math.sin(Mp + 2 * F)
            + 0.00056 * E * math.sin(2 * Mp + M) - 0.00042 * math.sin(3 * Mp)
            + 0.00042 * E * math.sin(M + 2 * F) + 0.00038 * E * math.sin(M - 2 * F)
            - 0.00024 * E * math.sin(2 * Mp - M) - 0.00017 * math.sin(Om))
    return jde


def moon_starts(year: int) -> list[dt.date]:
    """China-time dates on which lunar months begin, around a year."""
    out = []
    k0 = math.floor((year - 1 - 2000) * 12.3685)
    for k in range(k0, k0 + 40):
        jd = new_moon_jde(k) + 8 / 24 - 69 / 86400  # to China time
        d = dt.date(2000, 1, 1) + dt.timedelta(days=math.floor(jd + 0.5) - 2451545)
        out.append(d)
    return out


def lunar(d: dt.date) -> str:
    y = d.year if d >= dt.date(d.year, *LNY[d.year]) else d.year - 1
    start = dt.date(y, *LNY[y])
    starts = [s for s in moon_starts(y) if s >= start - dt.timedelta(days=2)]
    # snap the first start to the known new year
    starts[0] = start
    idx = max(i for i, s in enumerate(starts) if s <= d)
    day = (d - starts[idx]).days
    leap = LEAP.get(y)
    if leap and idx >= leap:
        name = ("闰" + MONTHS[leap - 1]) if idx == leap else MONTHS[idx - 1]
    else:
        name = MONTHS[idx]
    gz = STEMS[(y - 4) % 10] + BRANCHES[(y - 4) % 12]
    return f"{gz}年{name}月{DAYS[day]}"


def issue_number(d: dt.date) -> int:
    return 27314 + (d - dt.date(2025, 3, 27)).days


# ---------------------------------------------------------------- text
def to_width(s: str, mode: str) -> str:
    if mode == "half":
        return s.replace("，", ",").replace("（", "(").replace("）", ")").replace("；", ";").replace("：", ":")
    if mode == "paren":
        return s.replace("（", "(").replace("）", ")")
    return s


class Seg:
    __slots__ = ("text", "tag")

    def __init__(self, text, tag):
        self.text, self.tag = text, tag


def chars_of(pieces):
    out = []
    for text, tag in pieces:
        out.extend((c, tag) for c in text)
    return out


def flow(pieces, w: float):
    """Flow (text, tag) pieces into lines of about w em; returns list of [(char, tag)]."""
    chars = chars_of(pieces)
    lines, cur, width, i, n = [], [], 0.0, 0, len(chars)
    while i < n:
        c = chars[i][0]
        if is_run(c):
            j = i
            while j < n and is_run(chars[j][0]):
                j += 1
        else:
            j = i + 1
        tok = chars[i:j]
        tw = sum(cw(x[0]) for x in tok)
        if cur and width + tw > w and tok[0][0] not in KINSOKU:
            lines.append(cur)
            cur, width = [], 0.0
        cur.extend(tok)
        width += tw
        i = j
    if cur:
        lines.append(cur)
    # never let a line open with 1-3 characters of one field followed by another
    for k in range(1, len(lines)):
        ln = lines[k]
        first = ln[0][1]
        m = 0
        while m < len(ln) and ln[m][1] == first:
            m += 1
        if m < len(ln) and len(squash("".join(c for c, _ in ln[:m]))) < 4:
            lines[k - 1].extend(ln[:m])
            lines[k] = ln[m:]
    return [ln for ln in lines if ln]


def segs_of(chars):
    segs = []
    for c, tag in chars:
        if segs and segs[-1].tag == tag:
            segs[-1].text += c
        else:
            segs.append(Seg(c, tag))
    return segs


def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        if is_run(s[i]):
            j = i
            while j < len(s) and is_run(s[j]):
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(s[i])
            i += 1
    return out


class Style:
    """Per-page spacing habits of the PDF extraction."""

    def __init__(self, rng: random.Random, layout: str):
        self.rng = rng
        if layout == "col":
            self.num_before = rng.choice([0.6, 0.85, 1.0])
            self.num_after = rng.choice([0.3, 0.6, 0.9])
            self.spread = rng.choice([0.15, 0.3, 0.45])
            self.quote = rng.choice([0.0, 0.3])
            self.gap = rng.choice([0.0, 0.03])
        else:
            mode = rng.choice(["none", "none", "around", "after"])
            self.num_before = {"none": 0.0, "around": 1.0, "after": 0.0}[mode]
            self.num_after = {"none": 0.0, "around": 1.0, "after": 1.0}[mode]
            self.spread = 0.0
            self.quote = rng.choice([0.0, 0.0, 0.7])
            self.gap = rng.choice([0.0, 0.0, 0.04])
        self.pct_gap = rng.random() < 0.4

    def render(self, text: str, full_line: bool = False, letterspace: bool = False) -> str:
        rng = self.rng
        toks = tokens(text)
        if letterspace or (full_line and self.spread and any(t in PUNCT for t in toks)
                           and rng.random() < self.spread):
            out = toks[0] if toks else ""
            for a, b in zip(toks, toks[1:]):
                sp = not (b in NOSPACE_BEFORE or a in NOSPACE_AFTER)
                out += (" " if sp else "") + b
            return re.sub(r" {2,}", " ", out)
        out = ""
        gap_line = self.gap and rng.random() < self.gap * 3
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if is_run(t[0]) and len(t) and prev and not prev.isspace():
                if not is_run(prev[-1]) and rng.random() < self.num_before:
                    out += " "
                if self.pct_gap and t.endswith("%") and len(t) > 1 and rng.random() < 0.3:
                    t = t[:-1] + " %"
                out += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and not is_run(nxt[0]) and nxt not in PUNCT and rng.random() < self.num_after:
                    out += " "
                continue
            if is_run(t[0]):
                out += t
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if nxt and not is_run(nxt[0]) and nxt not in PUNCT and rng.random() < self.num_after:
                    out += " "
                continue
            if gap_line and t in "，、。；" and k and k + 1 < len(toks):
                out = out.rstrip() + " " + t + " "
                continue
            out += t
            if t in "“" and rng.random() < self.quote:
                out += " "
        return re.sub(r" {2,}", " ", out)


# ---------------------------------------------------------------- cuts
def cut_candidates(text: str):
    """Places where a column foot may cut a paragraph, by kind."""
    n = len(text)
    cands = []
    lo, hi = min(14, n // 3), n - 8
    for m in re.finditer(r"[0-9][0-9.]*", text):
        s, e = m.start(), m.end()
        if lo <= e <= hi and e < n and not is_run(text[e]) and text[e] not in PUNCT:
            cands.append((e, "cut_figure_unit"))
        if lo <= s <= hi and s > 0 and not is_run(text[s - 1]) and text[s - 1] not in PUNCT:
            cands.append((s, "cut_verb_figure"))
    for ab in ABBR:
        for m in re.finditer(re.escape(ab), text):
            for p in range(m.start() + 1, m.end()):
                if lo <= p <= hi:
                    cands.append((p, "cut_in_abbreviation"))
    for p in range(lo, hi):
        if text[p] not in PUNCT and text[p - 1] not in PUNCT and not (is_run(text[p]) and is_run(text[p - 1])):
            cands.append((p, "cut_mid_word"))
    return cands


def choose_cut(text: str, rng: random.Random):
    cands = cut_candidates(text)
    if not cands:
        return None
    kinds = sorted({k for _, k in cands})
    pref = [k for k in kinds if k != "cut_mid_word"]
    kind = rng.choice(pref) if pref and rng.random() < 0.75 else rng.choice(kinds)
    return rng.choice([c for c in cands if c[1] == kind])


# ---------------------------------------------------------------- articles
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
          "subheads", "paragraphs")


def prep_article(st: dict, mode: str) -> dict:
    a = {k: st.get(k, [] if k in ("subheads", "paragraphs") else "") for k in FIELDS}
    for k in FIELDS:
        if isinstance(a[k], str):
            a[k] = to_width(a[k], mode)
        else:
            a[k] = [to_width(x, mode) for x in a[k]]
    a["attend"] = to_width(st.get("attend", ""), mode)
    a["paragraphs"] = [p.replace(" ", "") for p in a["paragraphs"]]
    return a


def gold_article(a: dict) -> dict:
    g = {k: a[k] for k in FIELDS}
    if a.get("attend"):
        g["subtitle"] = (a["subtitle"] + " " + a["attend"]).strip()
    g["subheads"] = list(a["subheads"])
    return g


def split_title(t: str, rng: random.Random):
    """Break a headline over two lines: at its space, or leaving its last word alone."""
    if " " in t:
        i = t.index(" ")
        return [t[:i], t[i + 1:]], "title_split_at_space"
    if len(t) >= 9:
        k = rng.choice([2, 3]) if len(t) < 16 else rng.choice([2, 3, len(t) // 2])
        return [t[:-k], t[-k:]], ("headline_last_word_alone" if k <= 3 else "headline_two_lines")
    return [t], None


def split_byline(b: str, rng: random.Random):
    """Break a byline between names or before 通讯员."""
    if "通讯员" in b and b.index("通讯员") > 0:
        i = b.index("通讯员")
        return [b[:i].rstrip(), b[i:]], "byline_break_before_tongxunyuan"
    parts = b.split(" ")
    if len(parts) >= 3:
        k = rng.randrange(2, len(parts))
        return [" ".join(parts[:k]), " ".join(parts[k:])], "byline_break_between_names"
    if len(parts) == 2 and len(parts[1]) <= 4:
        return parts, "byline_name_on_own_line"
    return [b], None


# ---------------------------------------------------------------- composers
class Page:
    def __init__(self, name, date, pno, layout, stories, rng):
        self.name, self.date, self.pno, self.layout = name, date, pno, layout
        self.rng = rng
        self.mode = rng.choice(["full", "full", "half", "paren"]) if layout == "para" else \
            rng.choice(["full", "full", "full", "paren"])
        self.arts = [prep_article(s, self.mode) for s in stories]
        self.hints = [s.get("hints", []) for s in stories]
        self.phen = [[] for _ in stories]
        self.lines = []          # (list[Seg], sep_after:int, render_opts:dict)
        self.extras = []
        self.duplicates = []
        self.style = Style(rng, layout)
        self.issue_number = None
        self.page_count = None
        self.page_phen = []

    def add(self, segs, sep=2, **opts):
        if isinstance(segs, Seg):
            segs = [segs]
        self.lines.append((segs, sep, opts))

    def extra(self, text, sep=2, **opts):
        self.extras.append(text)
        self.add([Seg(text, ("X",))], sep, **opts)

    def P(self, i, name):
        if name not in self.phen[i]:
            self.phen[i].append(name)

    # -- furniture
    def masthead(self):
        d = self.date
        rng = self.rng
        self.issue_number = str(issue_number(d))
        self.page_count = rng.choice([8, 12, 16, 8, 12]) if d.weekday() < 5 else rng.choice([4, 8])
        pieces = [f"{d.year}年{d.month}月", f"{d.day}", f"星期{WEEK[d.weekday()]}", lunar(d),
                  f"第{self.issue_number}号", f"今日{self.page_count}版"]
        merged = rng.random() < 0.5
        out = []
        i = 0
        while i < len(pieces):
            if merged and i == 1:
                out.append((pieces[1] + " " + pieces[2], 2))
                self.page_phen.append("masthead_merged_piece")
                i += 2
                continue
            sep = 1 if i == 3 else 2
            out.append((pieces[i], sep))
            i += 1
        self.add([], 1)
        for t, sep in out:
            self.extra(t, sep, literal=True)
        self.add([], 2)
        self.page_phen.append("masthead")

    def header_strip(self):
        d, rng = self.date, self.rng
        desks = ["要闻", "综合", "经济", "时政", "湘江周刊", "文化", "理论·评论", "民生", "法治"]
        pieces = [f"{d.year}年{d.month}月{d.day}日 星期{WEEK[d.weekday()]}", f"{self.pno:02d}",
                  rng.choice(desks), "责任编辑 " + rng.choice(["周小雷", "刘尚文", "杨又华", "邹娜", "李伟锋"])
                  + " 版式编辑 " + rng.choice(["余晖", "李松柏", "黄煦", "刘岚"])]
        order = pieces[:]
        rng.shuffle(order)
        for t in order:
            self.extra(t, 2)
        self.page_phen.append("header_strip")

    def box_line(self):
        rng = self.rng
        d = self.date
        pool = [f"距离第{rng.randint(3, 6)}届中国—非洲经贸博览会开幕", f"还有{rng.randint(2, 40)}天",
                "今日关注", "导读", "新湘评论", f"{d.year}年第{rng.randint(10, 60)}期",
                "天气预报", f"长沙 晴 {rng.randint(5, 15)}℃～{rng.randint(18, 30)}℃"]
        i = rng.randrange(0, len(pool) - 1, 2)
        return pool[i:i + 2]

    # -- output
    def text(self) -> str:
        out = []
        for segs, sep, opts in self.lines:
            raw = "".join(s.text for s in segs)
            if opts.get("literal"):
                r = raw
            else:
                r = self.style.render(raw, full_line=opts.get("full", False),
                                      letterspace=opts.get("letterspace", False))
            if opts.get("lead"):
                r = " " + r
            if opts.get("right"):
                r = " " * opts["right"] + r
            out.append(r + "\n" * sep)
        return "".join(out)


def head_lines(pg: Page, i: int, allow_join: bool):
    """Headline stack of article i as a list of line strings (tagged segs)."""
    a, rng = pg.arts[i], pg.rng
    lines = []
    tag = ("A", i)
    if a["kicker"]:
        if len(a["kicker"]) > 18 and rng.random() < 0.35 and pg.layout == "col":
            k = rng.randint(5, len(a["kicker"]) - 6)
            if a["kicker"][k] not in PUNCT and a["kicker"][k - 1] not in PUNCT:
                lines += [[Seg(a["kicker"][:k], tag)], [Seg(a["kicker"][k:], tag)]]
                pg.P(i, "kicker_two_lines")
            else:
                lines.append([Seg(a["kicker"], tag)])
        else:
            lines.append([Seg(a["kicker"], tag)])
    if a["title"]:
        t = a["title"]
        r = rng.random()
        if r < 0.12 and len(squash(t)) >= 4:
            if rng.random() < 0.5:
                lines.append([Seg(t, tag), Seg(t, tag)])
                pg.P(i, "headline_doubled_one_line")
            else:
                lines += [[Seg(t, tag)], [Seg(t, tag)]]
                pg.P(i, "headline_doubled_two_lines")
            pg.duplicates.append(t)
        elif r < 0.45 or (pg.layout == "col" and len(t) > 15 and r < 0.8):
            parts, ph = split_title(t, rng)
            if ph:
                pg.P(i, ph)
            lines += [[Seg(p, tag)] for p in parts]
        else:
            lines.append([Seg(t, tag)])
    if a["subtitle"]:
        lines.append([Seg(a["subtitle"], tag)])
        if a["subtitle"].startswith("——"):
            pg.P(i, "dash_subtitle")
    if a["attend"]:
        lines.append([Seg(a["attend"], tag)])
        pg.P(i, "attend_line")
    single = len(lines) == sum(1 for x in (a["kicker"], a["title"], a["subtitle"], a["attend"]) if x)
    if allow_join and single and len(lines) >= 2 and rng.random() < 0.45:
        # headline parts on one line joined by spaces (kicker+title or title+subtitle)
        j = rng.randrange(0, len(lines) - 1)
        joined = lines[j] + [Seg(" ", tag)] + lines[j + 1]
        lines = lines[:j] + [joined] + lines[j + 2:]
        pg.P(i, "headline_parts_joined_on_one_line")
    if len(lines) >= 3:
        pg.P(i, f"headline_stack_{len(lines)}_lines")
    return lines


def byline_lines(pg: Page, i: int):
    a, rng = pg.arts[i], pg.rng
    b = a["byline"]
    if not b:
        return []
    tag = ("A", i)
    if b.startswith("文丨") or b.startswith("文/"):
        pg.P(i, "wen_byline")
        return [[Seg(b, tag)]]
    if re.fullmatch(r"[\u4e00-\u9fff]{2,3}( [\u4e00-\u9fff]{2,3})?", b):
        pg.P(i, "bare_name_byline")
        return [[Seg(b, tag)]]
    if rng.random() < 0.5:
        parts, ph = split_byline(b, rng)
        if ph:
            pg.P(i, ph)
        return [[Seg(p, tag)] for p in parts]
    return [[Seg(b, tag)]]


# ---------------------------------------------------------------- column-broken
def compose_col(pg: Page):
    rng = pg.rng
    base = rng.choice([(15, 19), (17, 21), (19, 23), (16, 20)])
    n = len(pg.arts)
    place = []
    for i, a in enumerate(pg.arts):
        if a["kind"] in ("photo", "continuation"):
            place.append("before")
        else:
            place.append(rng.choice(["before", "after", "bunch", "bunch", "after"]))
    # bunched headlines: emitted together after the last bunched body of a run
    pending = []
    if rng.random() < 0.2:
        for t in pg.box_line():
            pg.extra(t)
        pg.page_phen.append("box_lines")
    box_at = rng.randrange(n) if rng.random() < 0.35 else -1

    def flush():
        nonlocal pending
        for i, lines in pending:
            for ln in lines:
                pg.add(ln)
        if len(pending) > 1:
            for i, _ in pending:
                pg.P(i, "headline_bunched_with_others")
        pending = []

    for i, a in enumerate(pg.arts):
        tag = ("A", i)
        w = rng.uniform(*base)
        if a["kind"] == "commentary" and rng.random() < 0.5:
            w = rng.uniform(12, 15)
        hl = head_lines(pg, i, allow_join=False)
        bl = byline_lines(pg, i)
        col_line = [[Seg(a["column"], tag)]] if a["column"] else []
        col_pos = rng.choice(["before_head", "after_body"]) if a["column"] else None
        if a["column"]:
            pg.P(i, "column_label_" + col_pos)
        body = []
        if a["kind"] == "photo":
            w = rng.uniform(36, 48)
            cap = a["paragraphs"][0]
            pieces = [(cap, tag)]
            credit_own = a["byline"] and rng.random() < 0.4
            if a["byline"] and not credit_own:
                pieces.append((" " + a["byline"], tag))
                pg.P(i, "credit_on_caption_line")
            fl = flow([(cap, tag)] + ([(" " + a["byline"], ("B", i))] if a["byline"] and not credit_own else []), w)
            for k, ln in enumerate(fl):
                segs = [Seg(s.text, tag) for s in segs_of(ln)]
                body.append((segs, {"full": False}))
            if credit_own:
                body.append(([Seg(a["byline"], tag)], {"right": rng.randint(20, 40)}))
                pg.P(i, "credit_right_aligned_own_line")
            lines = []
            if a["title"]:
                lines += [[Seg(a["title"], tag)]]
                pg.P(i, "photo_title_on_column_page")
            # a wide subtitle of another story printed next to the caption
            for ln in lines:
                pg.add(ln)
            for segs, opts in body:
                pg.add(segs, 2, **opts)
            continue
        first = True
        paras = a["paragraphs"]
        marker_inline = None
        if a["kind"] == "continuation":
            mk = rng.choice(["▲ ▲（{}）", "（{}）", "▲（{}）"]).format(a["continued"])
            mk = to_width(mk, pg.mode)
            if rng.random() < 0.5:
                marker_inline = mk
                pg.P(i, "jump_marker_inline")
            else:
                pg.extra(mk)
                pg.P(i, "jump_marker_own_line")
        for k, p in enumerate(paras):
            if p in a["subheads"]:
                body.append(([Seg(p, tag)], {}))
                pg.P(i, "crosshead")
                continue
            pieces = []
            if k == 0 and a["dateline"]:
                pieces.append((a["dateline"], ("D", i)))
                pg.P(i, "dateline_inline_broken")
            if k == 0 and marker_inline:
                pieces.append((marker_inline, ("X",)))
            pieces.append((p, ("P", i, k)))
            fl = flow(pieces, w)
            for j, ln in enumerate(fl):
                segs = []
                for s in segs_of(ln):
                    segs.append(Seg(s.text, ("X",) if s.tag == ("X",) else tag))
                body.append((segs, {"full": j < len(fl) - 1, "lead": k == 0 and j == 0 and rng.random() < 0.4}))
        if marker_inline:
            pg.extras.append(marker_inline)
        if a["continued"].startswith("下转"):
            mk = to_width(rng.choice(["▷（{}）", "▶（{}）", "（{}）"]).format(a["continued"]), pg.mode)
            body.append(([Seg(mk, ("X",))], {}))
            pg.extras.append(mk)
            pg.P(i, "jump_marker_xia_zhuan")
        # emit
        pre = []
        post = []
        if place[i] == "before":
            pre = (col_line if col_pos == "before_head" else []) + hl + bl
        elif place[i] == "after":
            pre = bl
            post = (col_line if col_pos == "before_head" else []) + hl
        else:
            pre = bl
            pending.append((i, (col_line if col_pos == "before_head" else []) + hl))
            pg.P(i, "headline_apart_from_body")
        if place[i] == "after" and hl:
            pg.P(i, "headline_after_body")
        if a["kind"] == "commentary" and bl:
            pg.P(i, "commentary_byline_before_body")
        for ln in pre:
            pg.add(ln)
        for segs, opts in body:
            pg.add(segs, 2, **opts)
        if col_pos == "after_body":
            for ln in col_line:
                pg.add(ln)
        for ln in post:
            pg.add(ln)
        if i == box_at:
            for t in pg.box_line():
                pg.extra(t)
            pg.page_phen.append("box_lines")
        if pending and (i == n - 1 or place[i + 1] != "bunch" or len(pending) >= 4 or rng.random() < 0.25):
            flush()
    flush()


# ---------------------------------------------------------------- one paragraph a line
def compose_para(pg: Page):
    rng = pg.rng
    n = len(pg.arts)
    if pg.pno == 1:
        pg.masthead()
    else:
        pg.add([], 1)
        if rng.random() < 0.5:
            pg.header_strip()
    units = []   # each: list of (segs, sep, opts)

    def L(segs, sep=2, **o):
        return (segs if isinstance(segs, list) else [segs], sep, o)

    arts_lines = []
    for i, a in enumerate(pg.arts):
        tag = ("A", i)
        lines = []
        if a["kind"] == "photo":
            arts_lines.append(None)
            continue
        col = [L(Seg(a["column"], tag))] if a["column"] else []
        col_pos = rng.choice(["before_head", "after_body"]) if col else None
        if col:
            pg.P(i, "column_label_" + col_pos)
        if col_pos == "before_head":
            lines += col
        for ln in head_lines(pg, i, allow_join=True):
            lines.append(L(ln))
        bl = byline_lines(pg, i)
        trailing = a["byline"].endswith("报道") and a["kind"] != "photo" and rng.random() < 0.7
        if bl and not trailing:
            for k, ln in enumerate(bl):
                lines.append(L(ln, 1 if k < len(bl) - 1 else 2))
        body = []
        for k, p in enumerate(a["paragraphs"]):
            segs = []
            if k == 0 and a["continued"].startswith("上接"):
                mk = to_width(rng.choice(["（{}）", "▲（{}）"]).format(a["continued"]), pg.mode)
                pg.extras.append(mk)
                if rng.random() < 0.5:
                    segs.append(Seg(mk, ("X",)))
                    pg.P(i, "jump_marker_inline")
                else:
                    lines.append(L(Seg(mk, ("X",))))
                    pg.P(i, "jump_marker_own_line")
            if k == 0 and a["dateline"]:
                dl = a["dateline"]
                m = re.match(r"(.*?\d+月\d+)(日.*)", dl)
                if m and rng.random() < 0.12 and len(squash(m.group(1))) >= 4:
                    # line break inside the dateline's date
                    head = re.sub(r"(\d+)", r" \1 ", m.group(1)).strip()
                    lines.append(L(Seg(head, tag), 1, literal=True))
                    segs.append(Seg(m.group(2), tag))
                    pg.P(i, "dateline_broken_inside_date")
                else:
                    segs.append(Seg(dl, tag))
                pg.P(i, "dateline_opens_first_paragraph")
            segs.append(Seg(p, ("P", i, k)))
            body.append({"k": k, "segs": segs, "sub": p in a["subheads"]})
            if p in a["subheads"]:
                pg.P(i, "crosshead")
        arts_lines.append({"head": lines, "body": body, "trail": [], "col_after": col if col_pos == "after_body" else []})
        if trailing:
            arts_lines[-1]["trail"].append(L(Seg(a["byline"], tag)))
            pg.P(i, "trailing_baodao_byline")
        if a["continued"].startswith("下转"):
            # the story's last paragraph is cut at the column foot
            last = body[-1]
            ptxt = a["paragraphs"][-1]
            c = choose_cut(ptxt, rng)
            if c:
                pos, kind = c
                a["paragraphs"][-1] = ptxt[:pos]
                last["segs"][-1] = Seg(ptxt[:pos], ("P", i, len(body) - 1))
                pg.P(i, "last_paragraph_cut_" + kind)
            mk = to_width(rng.choice(["▷（{}）", "▶（{}）", "（{}）"]).format(a["continued"]), pg.mode)
            pg.extras.append(mk)
            arts_lines[-1]["marker"] = L(Seg(mk, ("X",)))
            pg.P(i, "jump_marker_xia_zhuan")

    # plan cuts: alternating pairs and simple splits
    order = []   # final sequence of lines
    text_arts = [i for i in range(n) if arts_lines[i] is not None]
    alt_pairs = []
    cand = [i for k, i in enumerate(text_arts[:-1])
            if text_arts[k + 1] == i + 1 and len(pg.arts[i]["paragraphs"]) >= 3
            and len(pg.arts[i + 1]["paragraphs"]) >= 3 and not pg.arts[i]["continued"]
            and not pg.arts[i]["subheads"] and not pg.arts[i + 1]["subheads"]]
    rng.shuffle(cand)
    used = set()
    for i in cand:
        if len(alt_pairs) >= 2 or i in used or i + 1 in used:
            continue
        if rng.random() < 0.85:
            alt_pairs.append(i)
            used |= {i, i + 1}

    def para_line(i, b):
        return L(b["segs"])

    def cut_para(i, k):
        """Split paragraph k of article i; returns (head_line, tail_line) or None."""
        a = pg.arts[i]
        p = a["paragraphs"][k]
        c = choose_cut(p, rng)
        if not c:
            return None
        pos, kind = c
        b = arts_lines[i]["body"][k]
        pre = b["segs"][:-1]
        head = pre + [Seg(p[:pos], ("P", i, k, "h"))]
        tail = [Seg(p[pos:], ("P", i, k, "t"))]
        pg.P(i, "paragraph_cut_" + kind)
        return L(head), L(tail)

    def art_seq(i, skip_body=False):
        al = arts_lines[i]
        seq = list(al["head"])
        if not skip_body:
            for b in al["body"]:
                seq.append(para_line(i, b))
        seq += al["trail"]
        if "marker" in al:
            seq.append(al["marker"])
        seq += al["col_after"]
        return seq

    done = set()
    photos = [i for i in range(n) if pg.arts[i]["kind"] == "photo"]
    photo_top = photos and rng.random() < 0.3
    seq_units = []

    def photo_lines(group):
        out = []
        out.append(L([], 2))
        for gi, i in enumerate(group):
            a = pg.arts[i]
            tag = ("A", i)
            if a["title"]:
                out.append(L(Seg(a["title"], tag)))
                pg.P(i, "photo_title_line")
            cap = a["paragraphs"][0]
            letter = rng.random() < 0.12
            if letter:
                pg.P(i, "caption_letterspaced")
            b = a["byline"]
            if b and b.startswith("以上图片"):
                out.append(L(Seg(cap, tag), letterspace=letter))
                out.append(L(Seg(b, tag), right=rng.choice([0, 0, 24])))
                pg.P(i, "group_credit")
            elif b and rng.random() < 0.55:
                out.append(L([Seg(cap, tag), Seg(" " + b, tag)], letterspace=letter))
                pg.P(i, "credit_on_caption_line")
            else:
                out.append(L(Seg(cap, tag), letterspace=letter))
                if b:
                    r = rng.choice([0, 0, 30])
                    out.append(L(Seg(b, tag), right=r))
                    pg.P(i, "credit_own_line" + ("_right_aligned" if r else ""))
        return out

    # group consecutive photos
    groups, cur = [], []
    for i in photos:
        if cur and cur[-1] == i - 1:
            cur.append(i)
        else:
            if cur:
                groups.append(cur)
            cur = [i]
    if cur:
        groups.append(cur)
    gstart = {g[0]: g for g in groups}

    if photo_top and groups:
        g = groups[0]
        seq_units.append(photo_lines(g))
        for i in g:
            pg.P(i, "photo_at_top_of_page")
            done.add(i)

    i = 0
    box_at = rng.randrange(n) if rng.random() < 0.4 else -1
    while i < n:
        if i in done:
            i += 1
            continue
        if i in gstart:
            seq_units.append(photo_lines(gstart[i]))
            done |= set(gstart[i])
            i = gstart[i][-1] + 1
            continue
        if i in alt_pairs:
            A, B = i, i + 1
            la, lb = arts_lines[A], arts_lines[B]
            na, nb = len(la["body"]), len(lb["body"])
            ka = rng.randrange(1, na - 1) if na > 2 else 1
            ca = cut_para(A, ka)
            kb = rng.randrange(1, min(3, nb - 1) + 1) if nb > 2 else 1
            cb = cut_para(B, kb) if rng.random() < 0.7 and kb < nb else None
            if ca:
                seq = list(la["head"]) + [para_line(A, b) for b in la["body"][:ka]] + [ca[0]]
                seq += list(lb["head"]) + [para_line(B, b) for b in lb["body"][:kb]]
                if cb:
                    seq.append(cb[0])
                seq += [ca[1]] + [para_line(A, b) for b in la["body"][ka + 1:]] + la["trail"]
                if "marker" in la:
                    seq.append(la["marker"])
                seq += la["col_after"]
                if cb:
                    seq += [cb[1]] + [para_line(B, b) for b in lb["body"][kb + 1:]]
                else:
                    seq += [para_line(B, b) for b in lb["body"][kb:]]
                seq += lb["trail"]
                if "marker" in lb:
                    seq.append(lb["marker"])
                seq += lb["col_after"]
                pg.P(A, "alternating_tail_after_next_story")
                if cb:
                    pg.P(B, "alternating_tail_after_previous_story_tail")
                seq_units.append(seq)
                i += 2
                if i - 1 == box_at or i - 2 == box_at:
                    seq_units.append([L(Seg(t, ("X",))) for t in pg.box_line()])
                continue
        # ordinary article, maybe with a simple split paragraph
        al = arts_lines[i]
        seq = list(al["head"])
        split_k = -1
        if len(al["body"]) >= 3 and rng.random() < 0.3 and not pg.arts[i]["continued"]:
            split_k = rng.randrange(1, len(al["body"]) - 1)
            if al["body"][split_k]["sub"]:
                split_k = -1
        dup_k = -1
        if len(al["body"]) >= 3 and rng.random() < 0.18:
            dup_k = rng.randrange(1, len(al["body"]))
            if al["body"][dup_k]["sub"] or dup_k == split_k:
                dup_k = -1
        skip = set()
        for k, b in enumerate(al["body"]):
            if k in skip:
                continue
            if k == split_k:
                c = cut_para(i, k)
                if c:
                    seq += [c[0], c[1]]
                    pg.P(i, "paragraph_split_over_two_lines")
                    continue
            seq.append(para_line(i, b))
            if k == dup_k:
                dl = L(b["segs"][-1:])
                if rng.random() < 0.5 and k + 1 < len(al["body"]) and k + 1 != split_k:
                    seq.append(para_line(i, al["body"][k + 1]))
                    skip.add(k + 1)
                    pg.P(i, "line_printed_twice_later")
                else:
                    pg.P(i, "line_printed_twice")
                seq.append(dl)
                pg.duplicates.append(b["segs"][-1].text)
        seq_units.append(seq)
        seq_units[-1] += al["trail"]
        if "marker" in al:
            seq_units[-1].append(al["marker"])
        seq_units[-1] += al["col_after"]
        if i == box_at:
            seq_units.append([L(Seg(t, ("X",))) for t in pg.box_line()])
        i += 1
    for u in seq_units:
        for segs, sep, o in u:
            if segs and segs[0].tag == ("X",):
                if segs[0].text not in pg.extras:
                    pg.extras.append(segs[0].text)
            pg.add(segs, sep, **o)
    if rng.random() < 0.3:
        pg.add([], 2)
        t = pg.box_line()
        pg.extra(t[0])
        pg.extra(t[1], 0)
        pg.page_phen.append("box_lines_at_foot")


# ---------------------------------------------------------------- coverage (same as the scorer)
def covered(s: str, hay: str) -> int:
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


def strings_in(obj):
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings_in(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings_in(v)]
    return []


def uncovered_lines(text: str, gold: dict):
    strings = strings_in(gold["articles"]) + gold["extras"] + gold["duplicates"]
    hay = "\u0000".join(squash(s) for s in strings)
    bad = []
    for ln in text.splitlines():
        s = squash(ln)
        if covered(s, hay) < len(s):
            bad.append(ln)
    return bad


# ---------------------------------------------------------------- main
def build_page(name, date, pno, layout, stories, rng):
    pg = Page(name, date, pno, layout, stories, rng)
    (compose_col if layout == "col" else compose_para)(pg)
    text = pg.text()
    arts = [gold_article(a) for a in pg.arts]
    # reading order = order of first appearance on the page
    first = {}
    for li, (segs, _, _) in enumerate(pg.lines):
        for s in segs:
            if s.tag[0] in ("A", "P", "D", "B"):
                first.setdefault(s.tag[1], li)
    order = sorted(range(len(arts)), key=lambda i: first.get(i, 10 ** 6))
    gold = {"source": None, "issue_date": date.isoformat(),
            "issue_number": pg.issue_number, "page_count": pg.page_count,
            "articles": [arts[i] for i in order],
            "extras": pg.extras, "duplicates": pg.duplicates}
    phen = {"layout": layout, "date": date.isoformat(), "page": pno,
            "punctuation": pg.mode, "page_phenomena": sorted(set(pg.page_phen)),
            "articles": [{"kind": arts[i]["kind"],
                          "headline": (arts[i]["kicker"] + arts[i]["title"] + arts[i]["subtitle"])[:40],
                          "phenomena": pg.phen[i]} for i in order]}
    return text, gold, phen


def main():
    data = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    pages_dir, gold_dir = HERE / "pages", HERE / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    phen_all = {}
    idx = 0
    problems = 0
    for issue in sorted(data["issues"], key=lambda x: x["issue_date"]):
        date = dt.date.fromisoformat(issue["issue_date"])
        for page in sorted(issue["pages"], key=lambda p: p["page"]):
            pname = f"{date.isoformat()}_p{page['page']:02d}"
            for attempt in range(40):
                seed = pname if attempt == 0 else f"{pname}#{attempt}"
                rng = random.Random(seed)
                text, gold, phen = build_page(pname, date, page["page"], page["layout"],
                                              page["stories"], rng)
                bad = uncovered_lines(text, gold)
                if not bad:
                    break
            else:
                problems += 1
                print(f"{pname}: uncovered lines remain: {bad[:3]}", file=sys.stderr)
            h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
            fname = f"{idx:03d}_{h}.txt"
            gold["source"] = fname
            phen["source"] = fname
            phen["seed"] = seed
            (pages_dir / fname).write_text(text, encoding="utf-8")
            (gold_dir / fname.replace(".txt", ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            phen_all[fname] = phen
            idx += 1
    (HERE / "phenomena.json").write_text(json.dumps(phen_all, ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    print(f"{idx} pages written; {problems} with problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
