#!/usr/bin/env python3
"""Lay the hand-written stories (src/stories.json) out into raw page files and exact gold.

    python3 compose.py

Writes pages/NNN_<16 hex>.txt, gold/NNN_<16 hex>.json and phenomena.json.
Deterministic: every random choice comes from random.Random seeded per page.
Two extraction layouts, drawn from the seeds:
  col  - column-broken (seeds 000, 004): one printed column line per text line
  para - one paragraph a line (seeds 001-003), with the extraction's scrambles
"""

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20250611
NOSTART = set("，。、；：？！”’）》〉」』,.;:?!)%…—·")
NOEND = set("“‘（《〈「『(")
WEEK = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
GANZHI = {
    2015: "乙未",
    2016: "丙申",
    2017: "丁酉",
    2018: "戊戌",
    2019: "己亥",
    2020: "庚子",
    2021: "辛丑",
    2022: "壬寅",
    2023: "癸卯",
    2024: "甲辰",
    2025: "乙巳",
    2026: "丙午",
}
# first day of a lunar month near each masthead date (正月初一 = Spring Festival; 2025 二月初一)
LUNAR_ANCHOR = {
    "2016-02-20": ("2016-02-08", "正月"),
    "2018-03-02": ("2018-02-16", "正月"),
    "2021-02-24": ("2021-02-12", "正月"),
    "2023-02-03": ("2023-01-22", "正月"),
    "2025-03-14": ("2025-02-28", "二月"),
    "2026-02-27": ("2026-02-17", "正月"),
}
DAYNAMES = [
    "初一",
    "初二",
    "初三",
    "初四",
    "初五",
    "初六",
    "初七",
    "初八",
    "初九",
    "初十",
    "十一",
    "十二",
    "十三",
    "十四",
    "十五",
    "十六",
    "十七",
    "十八",
    "十九",
    "二十",
    "廿一",
    "廿二",
    "廿三",
    "廿四",
    "廿五",
    "廿六",
    "廿七",
    "廿八",
    "廿九",
    "三十",
]
BOXES = [
    ["新湖南客户端", "扫码看更多精彩内容"],
    ["湖南日报", "全媒体矩阵"],
    ["扫码观看", "现场视频"],
    ["更多报道", "详见新湖南客户端"],
    ["本版责编", "龙晓舟"],
]
COUNTDOWN = [
    ("距离", "开幕还有"),
]


def cw(ch):
    return 0.5 if ord(ch) < 0x2000 and ch not in "“”‘’—…·" else 1.0


def nonspace(s):
    return len(re.sub(r"\s", "", s))


def half_punct(s, style):
    if style in ("paren", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",")
    return s


def wrap(segs, width, first_width=None):
    """Greedy line filling at a column width (CJK 1 em, ASCII half). A line never
    starts with closing punctuation; a field's tail shorter than 4 characters is
    never left at a line start ahead of the next field (it hangs on the line)."""
    text = "".join(segs)
    bounds, pos = [], 0
    for s in segs[:-1]:
        pos += len(s)
        bounds.append(pos)
    lines, i = [], 0
    while i < len(text):
        lim = first_width if (first_width and not lines) else width
        w, j = 0.0, i
        while j < len(text) and (w + cw(text[j]) <= lim or j == i):
            w += cw(text[j])
            j += 1
        while j < len(text) and text[j] in NOSTART:
            j += 1
        k = j
        while (
            0 < k < len(text)
            and re.match(r"[0-9A-Za-z.%]", text[k])
            and re.match(r"[0-9A-Za-z.]", text[k - 1])
        ):
            k -= 1
        if k - i >= 4 and k != j:
            j = k
        if j < len(text) and j - 1 > i and text[j - 1] in NOEND:
            j -= 1
        for b in bounds:
            if b > j:
                if nonspace(text[j:b]) < 4:
                    jj = j
                    while jj > i + 1 and nonspace(text[jj:b]) < 4:
                        jj -= 1
                    j = jj if nonspace(text[i:jj]) >= 4 else b
                break
        while j < len(text) and text[j] in NOSTART:
            j += 1
        line = text[i:j].strip()
        if line:
            lines.append(line)
        i = j
    return lines


def width_of(s):
    return sum(cw(c) for c in s)


class Page:
    def __init__(self, index, date, pageno, layout, arts, rng):
        self.index, self.date, self.pageno, self.layout = index, date, pageno, layout
        self.rng = rng
        self.arts = arts
        self.extras = []
        self.dups = []
        self.ph = Counter()
        self.issue_number = None
        self.page_count = None
        r = rng.random()
        if layout == "para":
            self.punct = "half" if r < 0.35 else ("paren" if r < 0.75 else "full")
            self.numspace = rng.random() < 0.3
        else:
            self.punct = "paren" if r < 0.15 else "full"
            self.numspace = rng.random() < 0.8
        self.quotespace = rng.random() < 0.4
        if self.punct != "full":
            self.ph["punct_" + self.punct] += 1
        for a in arts:
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                a[k] = half_punct(a[k], self.punct)
            a["paragraphs"] = [half_punct(p, self.punct) for p in a["paragraphs"]]
            a["subheads"] = [half_punct(p, self.punct) for p in a["subheads"]]

    # ---- decoration: PDF spacing that the gold does not keep
    def deco(self, line, allow=True):
        if not allow:
            return line
        rng = self.rng
        if self.numspace and rng.random() < 0.85:
            new = re.sub(r"(?<=[^\x00-\x7f])(?=[0-9])", " ", line)
            if rng.random() < 0.5:
                new = re.sub(r"(?<=[0-9%])(?=[^\x00-\x7f\s、，。；：）)”])", " ", new)
            if new != line:
                self.ph["pdf_number_spacing"] += 1
            line = new
        if self.quotespace and "“" in line and rng.random() < 0.5:
            line = line.replace("“", "“ ")
            self.ph["space_after_quote"] += 1
        return line

    def jump(self, a, where):
        """Printed jump marker; its text is furniture, the clean jump goes in `continued`."""
        c = a["continued"]
        if not c:
            return None
        if c.startswith("下转"):
            m = self.rng.choice(["▷（%s）", "▶（%s）", "（%s）"]) % c
        else:
            m = self.rng.choice(["▲（%s）", "▲ ▲（%s）", "▲▲（%s）"]) % c
        m = half_punct(m, "paren" if self.punct != "full" else "full")
        self.extras.append(m)
        self.ph["jump_marker"] += 1
        return m


# ---------------------------------------------------------------- para layout
def para_article(pg, a, ai):
    rng = pg.rng
    L = []

    def add(t, dec=True):
        L.append([ai, pg.deco(t, dec)])

    col_after = bool(a["column"]) and rng.random() < 0.3
    if a["column"] and not col_after:
        add(a["column"], False)
    parts = [p for p in (a["kicker"], a["title"], a["subtitle"]) if p]
    if parts:
        mode = rng.random()
        if a["title"] and rng.random() < 0.12 and nonspace(a["title"]) >= 4:
            # headline drawn twice for a bold effect
            pg.dups.append(a["title"])
            if rng.random() < 0.5:
                parts = [p if p != a["title"] else p + p for p in parts]
                pg.ph["headline_twice_one_line"] += 1
            else:
                k = parts.index(a["title"])
                parts = parts[: k + 1] + [a["title"]] + parts[k + 1 :]
                pg.ph["headline_twice_two_lines"] += 1
        if mode < 0.45 or len(parts) == 1 or min(nonspace(p) for p in parts[:-1]) < 4:
            for p in parts:
                add(p, False)
        elif mode < 0.8:
            add(" ".join(parts), False)
            pg.ph["headline_joined_by_spaces"] += 1
        else:
            add(" ".join(parts[:2]), False)
            for p in parts[2:]:
                add(p, False)
            pg.ph["headline_joined_by_spaces"] += 1
    if a["byline"] and not a["byline_after"] and a["kind"] not in ("photo",):
        b = a["byline"]
        if " 通讯员" in b and rng.random() < 0.5:
            x, y = b.split(" 通讯员", 1)
            add(x, False)
            add("通讯员" + y, False)
            pg.ph["byline_break_before_tongxunyuan"] += 1
        else:
            add(b, False)
    paras = list(a["paragraphs"])
    marker = pg.jump(a, "top") if a["continued"].startswith(("上接", "紧接")) else None
    if marker:
        if rng.random() < 0.5:
            add(marker, False)
        else:
            paras[0] = marker + paras[0]
    if a["dateline"]:
        d = a["dateline"]
        r = rng.random()
        first = d + paras[0]
        m = re.match(r"(湖南日报.*?\d+月)(\d+日[讯电].*)", d)
        if r < 0.12 and m:
            add(m.group(1))
            add(m.group(2) + paras[0])
            pg.ph["dateline_break_inside_date"] += 1
        elif r < 0.24 and " 通讯员" in d:
            x, y = d.split(" 通讯员", 1)
            add(x)
            add("通讯员" + y + paras[0])
            pg.ph["dateline_break_before_tongxunyuan"] += 1
        elif r < 0.32 and re.search(r"记者 \S+ \S+[ ）)]", d):
            mm = re.search(r"(记者 \S+) (\S+[ ）)])", d)
            cut = mm.start(2)
            add(d[:cut].rstrip())
            add(d[cut:] + paras[0])
            pg.ph["dateline_break_between_names"] += 1
        else:
            add(first)
        paras = paras[1:]
    credit_inline = (
        a["kind"] == "photo"
        and a["byline"]
        and not a["byline"].startswith("以上")
        and rng.random() < 0.55
    )
    for k, p in enumerate(paras):
        if credit_inline and k == len(paras) - 1:
            add(p + " " + a["byline"])
            pg.ph["photo_credit_on_caption_line"] += 1
        else:
            add(p)
    if a["kind"] == "photo" and a["byline"] and not credit_inline:
        add(a["byline"], False)
        pg.ph["photo_credit_own_line"] += 1
    if a["byline"] and a["byline_after"]:
        add(a["byline"], False)
        pg.ph["byline_after_body"] += 1
    if a["continued"].startswith("下转"):
        add(pg.jump(a, "end"), False)
    if col_after:
        add(a["column"], False)
        pg.ph["column_label_after_body"] += 1
    return L


def body_line_idx(L, a):
    """indices of lines of L that hold only paragraph text of a (long enough to cut)"""
    out = []
    for i, (ai, t) in enumerate(L):
        s = re.sub(r"\s", "", t)
        if any(re.sub(r"\s", "", p) == s for p in a["paragraphs"]) and len(s) >= 24:
            out.append(i)
    return out


def cut_point(pg, text):
    """choose where a paragraph is cut: inside a word, before a figure, after a figure, in an abbreviation"""
    rng = pg.rng
    opts = []
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])[0-9][0-9.]*", text):
        if 8 < m.start() < len(text) - 8:
            opts.append(("cut_between_verb_and_figure", m.start()))
        if 8 < m.end() < len(text) - 8 and re.match(r"[\u4e00-\u9fff%]", text[m.end()]):
            opts.append(("cut_between_figure_and_unit", m.end()))
    for m in re.finditer(r"[A-Z]{2,}", text):
        if m.start() > 8 and m.end() < len(text) - 8:
            opts.append(("cut_inside_abbreviation", m.start() + 1))
    if opts and rng.random() < 0.6:
        return rng.choice(opts)
    for _ in range(50):
        k = rng.randint(10, len(text) - 10)
        if re.match(r"[\u4e00-\u9fff]{2}", text[k - 1 : k + 1]):
            return ("cut_inside_word", k)
    return ("cut_mid_sentence", len(text) // 2)


def compose_para(pg, front):
    rng = pg.rng
    blocks = [para_article(pg, a, i) for i, a in enumerate(pg.arts)]
    # scramble: a paragraph cut and finished after a paragraph or two of the next story
    ncut = rng.choice([1, 2, 2, 3])
    done = set()
    for _ in range(ncut):
        cand = [
            i
            for i in range(len(blocks) - 1)
            if i not in done
            and i + 1 not in done
            and body_line_idx(blocks[i], pg.arts[i])
            and len(blocks[i + 1]) >= 3
        ]
        if not cand:
            break
        i = rng.choice(cand)
        A, B = blocks[i], blocks[i + 1]
        li = rng.choice(body_line_idx(A, pg.arts[i]))
        t = A[li][1]
        kind, k = cut_point(pg, t)
        if kind in ("cut_inside_abbreviation",) and t[k - 1] == " ":
            kind = "cut_inside_word"
        head, tail = t[:k].rstrip(), t[k:].lstrip()
        nb = rng.choice([1, 2, 2, 3])
        nb = min(nb, len(B) - 1)
        merged = A[:li] + [[i, head]] + B[:nb] + [[i, tail]] + A[li + 1 :] + B[nb:]
        blocks[i] = merged
        blocks[i + 1] = []
        done.update({i, i + 1})
        pg.ph[kind] += 1
        pg.ph["paragraph_resumed_after_other_story"] += 1
    # scramble: two stories alternating in pieces
    cand = [
        i
        for i in range(len(blocks) - 1)
        if i not in done and i + 1 not in done and len(blocks[i]) >= 4 and len(blocks[i + 1]) >= 4
    ]
    if cand and rng.random() < 0.6:
        i = rng.choice(cand)
        A, B = blocks[i], blocks[i + 1]
        out, a_, b_ = [], 0, 0
        while a_ < len(A) or b_ < len(B):
            n = rng.choice([1, 2, 2, 3])
            out += A[a_ : a_ + n]
            a_ += n
            n = rng.choice([1, 2])
            out += B[b_ : b_ + n]
            b_ += n
        blocks[i], blocks[i + 1] = out, []
        done.update({i, i + 1})
        pg.ph["two_stories_alternating"] += 1
    lines = [x for b in blocks for x in b]
    # a paragraph broken over two lines without scrambling
    for _ in range(rng.choice([0, 1, 1, 2])):
        idx = [
            i
            for i, (ai, t) in enumerate(lines)
            if len(t) > 40
            and ai is not None
            and any(re.sub(r"\s", "", t) == re.sub(r"\s", "", p) for p in pg.arts[ai]["paragraphs"])
        ]
        if not idx:
            break
        i = rng.choice(idx)
        ai, t = lines[i]
        k = rng.randint(12, len(t) - 12)
        if t[k - 1] == " " or t[k] == " ":
            continue
        lines[i : i + 1] = [[ai, t[:k]], [ai, t[k:]]]
        pg.ph["line_break_inside_paragraph"] += 1
    # a line printed twice
    for _ in range(rng.choice([0, 1, 1, 2])):
        idx = [i for i, (ai, t) in enumerate(lines) if len(t) >= 20 and ai is not None]
        i = rng.choice(idx)
        ai, t = lines[i]
        pg.dups.append(t)
        lines.insert(i + rng.choice([1, 1, 2, 3]), [None, t])
        pg.ph["line_printed_twice"] += 1
    text_lines = [t for _, t in lines]
    if front:
        text_lines = masthead(pg) + text_lines + countdown(pg)
    return text_lines


def masthead(pg):
    rng = pg.rng
    d = datetime.date.fromisoformat(pg.date)
    anchor, mname = LUNAR_ANCHOR[pg.date]
    lunar = GANZHI[d.year] + "年" + mname + DAYNAMES[(d - datetime.date.fromisoformat(anchor)).days]
    num = 27314 + (d - datetime.date(2025, 3, 27)).days
    pc = rng.choice([8, 12, 12, 16])
    pg.issue_number, pg.page_count = str(num), pc
    parts = [
        f"{d.year}年{d.month}月",
        str(d.day),
        WEEK[d.weekday()],
        lunar,
        f"第{num}号",
        f"今日{pc}版",
    ]
    lines = list(parts)
    r = rng.random()
    if r < 0.35:
        lines = [parts[0], parts[1] + " " + parts[2]] + parts[3:]
        pg.ph["masthead_merged_pieces"] += 1
    elif r < 0.6:
        lines = parts[:3] + [parts[3] + " " + parts[4], parts[5]]
        pg.ph["masthead_merged_pieces"] += 1
    pg.extras.append("".join(parts))
    pg.ph["masthead"] += 1
    return lines


def countdown(pg):
    rng = pg.rng
    ev = rng.choice(
        [
            "全省旅游发展大会",
            "中国(湖南)国际矿物宝石博览会",
            "全省重点项目现场推进会",
            "湖南省运动会",
            "中非经贸博览会",
        ]
    )
    n = rng.randint(2, 30)
    a, b = f"距离{ev}开幕", f"还有{n}天"
    pg.extras.append(a + b)
    pg.ph["countdown_box"] += 1
    return [a, b]


# ---------------------------------------------------------------- col layout
def head_lines(pg, a, hw):
    rng = pg.rng
    out = []
    for role in ("kicker", "title", "subtitle"):
        p = a[role]
        if not p:
            continue
        if width_of(p) > hw:
            n = int(-(-width_of(p) // hw))
            k = -(-len(p) // n)
            ls = [p[x : x + k].strip() for x in range(0, len(p), k)]
            if len(ls) > 1 and len(ls[-1]) < 2:
                ls[-2:] = [ls[-2] + ls[-1]]
            if len(ls) > 1:
                pg.ph["headline_wrapped"] += 1
            out += ls
        elif role == "title" and nonspace(p) >= 9 and " " not in p and rng.random() < 0.3:
            k = len(p) - rng.randint(3, 5)
            out += [p[:k], p[k:]]
            pg.ph["headline_last_word_alone"] += 1
        elif " " in p and rng.random() < 0.3:
            out += p.split(" ")
            pg.ph["two_phrase_title_on_two_lines"] += 1
        else:
            out.append(p)
    return out


def spread(pg, line, w):
    toks = re.findall(r"[0-9A-Za-z.%+]+|\S", line)
    return " ".join(toks)


def body_col(pg, a, w):
    rng = pg.rng
    out = []
    paras = list(a["paragraphs"])
    if a["byline"] and not a["byline_after"] and a["kind"] != "photo":
        b = a["byline"]
        if (
            a["kind"] == "commentary"
            and b.endswith("评论员") is False
            and b.startswith("湖南日报")
            and "评论员" in b
        ):
            x, y = b.split("评论员", 1)
            out += [x + "评论员", y.strip()]
            pg.ph["byline_before_commentary_two_lines"] += 1
        elif " 通讯员" in b and rng.random() < 0.6:
            x, y = b.split(" 通讯员", 1)
            out += [x, "通讯员" + y]
            pg.ph["byline_break_before_tongxunyuan"] += 1
        else:
            out.append(b)
            if a["kind"] == "commentary":
                pg.ph["byline_before_commentary"] += 1
    marker = pg.jump(a, "top") if a["continued"].startswith(("上接", "紧接")) else None
    if marker and rng.random() < 0.5:
        out.append(marker)
        marker = None
    photo = a["kind"] == "photo"
    for k, p in enumerate(paras):
        segs = [p]
        if k == 0 and a["dateline"]:
            segs = [a["dateline"], p]
        if k == 0 and marker:
            segs = [marker] + segs
        last = k == len(paras) - 1
        if (
            photo
            and last
            and a["byline"]
            and not a["byline"].startswith("以上")
            and rng.random() < 0.6
        ):
            segs = segs + [" " + a["byline"]]
            pg.ph["photo_credit_on_caption_line"] += 1
            photo_credit_done = True
        else:
            photo_credit_done = False
        if photo and rng.random() < 0.5:
            ls = ["".join(segs)]
            pg.ph["caption_unwrapped_long_line"] += 1
        else:
            ls = wrap(segs, w)
        for n, l in enumerate(ls):
            lw = width_of(l)
            if n < len(ls) - 1 and lw < w - 1.2 and rng.random() < 0.75:
                l = spread(pg, l, w)
                pg.ph["justified_line_spread"] += 1
            out.append(pg.deco(l))
        if photo and last and a["byline"] and not photo_credit_done:
            out.append(a["byline"])
            pg.ph["photo_credit_own_line"] += 1
    if a["byline"] and a["byline_after"]:
        out.append(a["byline"])
        pg.ph["byline_after_body"] += 1
    if a["continued"].startswith("下转"):
        out.append(pg.jump(a, "end"))
    return out


def compose_col(pg, front):
    rng = pg.rng
    base = rng.choice([16, 17, 18, 20, 21])
    seq, bunch = [], []
    for i, a in enumerate(pg.arts):
        w = (
            rng.choice([11, 12, 13])
            if a["kind"] in ("commentary", "other") and rng.random() < 0.6
            else base
        )
        if a["kind"] == "photo" and rng.random() < 0.5:
            w = base + 10
        hw = rng.choice([10, 12, 14, 16, 20, 24])
        H = head_lines(pg, a, hw)
        B = body_col(pg, a, w)
        col_line = [a["column"]] if a["column"] else []
        col_after = bool(col_line) and rng.random() < 0.6
        r = rng.random()
        if not H:
            seq += ([] if col_after else col_line) + B + (col_line if col_after else [])
        elif r < 0.5:
            seq += ([] if col_after else col_line) + H + B + (col_line if col_after else [])
        elif r < 0.8:
            seq += ([] if col_after else col_line) + B + (col_line if col_after else []) + H
            pg.ph["headline_after_body"] += 1
        else:
            seq += ([] if col_after else col_line) + B + (col_line if col_after else [])
            bunch.append(H)
            pg.ph["headline_bunched_with_others"] += 1
        if col_after:
            pg.ph["column_label_after_body"] += 1
        if bunch and (len(bunch) >= 3 or rng.random() < 0.3):
            for h in bunch:
                seq += h
            bunch = []
        if rng.random() < 0.12:
            box = rng.choice(BOXES)
            seq += box
            pg.extras.append("".join(box))
            pg.ph["box_lines"] += 1
    for h in bunch:
        seq += h
    return seq


# ---------------------------------------------------------------- driver
def plan(stories):
    dates = sorted({s["issue_date"] for s in stories})
    pages = []
    for di, d in enumerate(dates):
        masthead_front = d in LUNAR_ANCHOR
        for pno in (1, 2):
            arts = [s for s in stories if s["issue_date"] == d and s["page"] == pno]
            if not arts:
                continue
            if pno == 1:
                layout = "para" if masthead_front else "col"
            else:
                layout = "col" if masthead_front else "para"
            pages.append((d, pno, layout, arts))
    return pages


#: An article's fields in the gold, in FORMAT.md's order.
GOLD_FIELDS = (
    "kind",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "continued",
    "subheads",
    "paragraphs",
)


def gold_article(a):
    return {k: a[k] for k in GOLD_FIELDS}


def squash(s):
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def verify(text, gold):
    """every printed character is accounted for exactly once by gold text"""
    page = Counter(squash(text))
    acc = Counter()
    for a in gold["articles"]:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            acc += Counter(squash(a[k]))
        for p in a["paragraphs"]:
            acc += Counter(squash(p))
    for s in gold["extras"] + gold["duplicates"]:
        acc += Counter(squash(s))
    if page != acc:
        raise SystemExit(f"{gold['source']}: page-gold mismatch {(page - acc)} / {(acc - page)}")


def main():
    stories = json.loads((HERE / "src" / "stories.json").read_text(encoding="utf-8"))
    for sub in ("pages", "gold"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    phen = {}
    for idx, (d, pno, layout, arts) in enumerate(plan(stories)):
        rng = random.Random(f"{SEED}-{d}-{pno}")
        arts = [json.loads(json.dumps(a)) for a in arts]
        # light shuffle of the page order (keeping jump-linked stories anywhere)
        order = list(range(len(arts)))
        for _ in range(len(arts) // 3):
            i, j = rng.randrange(len(arts)), rng.randrange(len(arts))
            order[i], order[j] = order[j], order[i]
        arts = [arts[i] for i in order]
        pg = Page(idx, d, pno, layout, arts, rng)
        front = pno == 1 and d in LUNAR_ANCHOR
        lines = compose_para(pg, front) if layout == "para" else compose_col(pg, front)
        hexid = hashlib.sha1(f"hnrb-dev_j-{d}-{pno}-{layout}".encode()).hexdigest()[:16]
        name = f"{idx:03d}_{hexid}"
        text = "".join("\n" + l + "\n" for l in lines)
        gold = {
            "source": name + ".txt",
            "issue_date": d,
            "issue_number": pg.issue_number,
            "page_count": pg.page_count,
            "articles": [gold_article(a) for a in arts],
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        verify(text, gold)
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        ph = dict(sorted(pg.ph.items()))
        phen[name + ".txt"] = {
            "layout": layout,
            "issue_date": d,
            "page": pno,
            "chars": len(text),
            "articles": len(arts),
            "phenomena": ph,
        }
    (HERE / "phenomena.json").write_text(
        json.dumps(phen, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(phen)} pages, {sum(v['articles'] for v in phen.values())} articles")


if __name__ == "__main__":
    main()
