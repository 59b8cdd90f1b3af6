#!/usr/bin/env python3
"""Compose the blind test pages of set dev_t from the hand-written stories in src/.

Deterministic: every random choice comes from random.Random seeded by the page id.
Writes pages/NNN_<hash>.txt, gold/NNN_<hash>.json and README.md.

Source format (src/NN_*.txt), one page per file:
  #date YYYY-MM-DD   #page N   #layout col|para   #punct full|halfparen|half
  #nums both|none    #width W  #pages K (front page: 今日K版)   #seed S
  #box TEXT|TEXT@POS  a box of short lines (| = line break) printed after story POS
                      (POS = top, end or an index); goes to extras
  @kind [options]     starts a story (news commentary feature photo continuation)
  k/t/s/c/b/d/j       kicker / title / subtitle / column label / byline / dateline / jump marker
  p TEXT              a paragraph;  h TEXT  a crosshead (subhead, also a paragraph)
  '|' inside a field or paragraph marks a place the page breaks it (see options).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = set("，。、；：？！”’）》…·,.;:?!)%")
OPEN = set("“‘（《(")
PUNCT = CLOSE | OPEN
NUMCH = set("0123456789.%％+-×:/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
STATS: Counter = Counter()
TOP: list = []                     # credits printed at the top of the page

# ---------------------------------------------------------------- calendar
WEEK = "一二三四五六日"
GZ = {2015: "乙未", 2017: "丁酉", 2019: "己亥", 2021: "辛丑", 2023: "癸卯", 2026: "丙午"}
CNY = {2015: dt.date(2015, 2, 19), 2017: dt.date(2017, 1, 28), 2019: dt.date(2019, 2, 5),
       2021: dt.date(2021, 2, 12), 2023: dt.date(2023, 1, 22), 2026: dt.date(2026, 2, 17)}
LEAP = {2023: 2, 2017: 6}          # leap month after month N
MONTHS = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"]
DAYS = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]


def new_moon_bj(k: int) -> dt.date:
    """Beijing date of the k-th new moon after 2000-01-06 (Meeus, main periodic terms)."""
    import math
    T = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T
    E = 1 - 0.002516 * T
    M = math.radians((2.5534 + 29.10535670 * k) % 360)
    Mp = math.radians((201.5643 + 385.81693528 * k + 0.0107582 * T * T) % 360)
    F = math.radians((160.7108 + 390.67050284 * k - 0.0016118 * T * T) % 360)
    Om = math.radians((124.7746 - 1.56375588 * k) % 360)
    jde += (-0.40720 * math.sin(Mp) + 0.17241 * E * math.sin(M) + 0.01608 * math.sin(2 * Mp)
            + 0.01039 * math.sin(2 * F) + 0.00739 * E * math.sin(Mp - M) - 0.00514 * E * math.sin(Mp + M)
            + 0.00208 * E * E * math.sin(2 * M) - 0.00111 * math.sin(Mp - 2 * F)
            - 0.00057 * math.sin(Mp + 2 * F) + 0.00056 * E * math.sin(2 * Mp + M)
            - 0.00042 * math.sin(3 * Mp) + 0.00042 * E * math.sin(M + 2 * F)
            + 0.00038 * E * math.sin(M - 2 * F) - 0.00024 * E * math.sin(2 * Mp - M)
            - 0.00017 * math.sin(Om))
    t = dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=jde - 2451545.0, hours=8)
    return t.date()


def new_moons_after(d0: dt.date, d1: dt.date):
    """Beijing dates of the new moons between d0 and d1."""
    k = int(((d0 - dt.date(2000, 1, 6)).days) / 29.530588861) - 1
    out = []
    while True:
        nd = new_moon_bj(k)
        if nd > d1:
            return out
        if nd >= d0:
            out.append(nd)
        k += 1


def lunar(d: dt.date) -> str:
    start = CNY[d.year]
    moons = [m for m in new_moons_after(start + dt.timedelta(days=3), d)]
    idx = len(moons)                       # months elapsed since 正月
    last = moons[-1] if moons else start
    day = (d - last).days
    leap = LEAP.get(d.year)
    name = ""
    if leap and idx >= leap:
        if idx == leap:
            name = "闰" + MONTHS[leap - 1]
        else:
            name = MONTHS[idx - 1]
    else:
        name = MONTHS[idx]
    return f"{GZ[d.year]}年{name}月{DAYS[day]}"


def issue_no(d: dt.date) -> int:
    return 27314 - (dt.date(2025, 3, 27) - d).days


# ---------------------------------------------------------------- source
def parse(path: Path) -> dict:
    page = {"meta": {}, "boxes": [], "stories": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#box "):
            body, _, pos = line[5:].rpartition("@")
            page["boxes"].append((body, pos))
        elif line.startswith("#"):
            k, _, v = line[1:].partition(" ")
            page["meta"][k] = v.strip()
        elif line.startswith("@"):
            parts = line[1:].split()
            opts = {}
            for o in parts[1:]:
                a, _, b = o.partition("=")
                opts[a] = b or "1"
            cur = {"kind": parts[0], "opts": opts, "k": "", "t": "", "s": "", "c": "", "b": "",
                   "d": "", "j": "", "paras": [], "subheads": []}
            page["stories"].append(cur)
        else:
            tag, _, val = line.partition(" ")
            if tag in ("p", "h"):
                cur["paras"].append(val)
                if tag == "h":
                    cur["subheads"].append(val)
            else:
                cur[tag] = val
    return page


def clean(s: str) -> str:
    return s.replace("|", "")


def halfw(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":"), ("？", "?"), ("！", "!")):
            s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- tokens
def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c in NUMCH and (c.isdigit() or c.isascii() and c.isalpha()):
            j = i
            while j < len(s) and s[j] in NUMCH:
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return out


def is_num(t: str) -> bool:
    return len(t) > 0 and t[0].isascii() and t[0].isalnum()


def width(t: str) -> float:
    return 0.55 * len(t) if is_num(t) else 1.0


def space_nums(toks, rng, mode):
    """Render a list of tokens with the glyph gaps the extraction puts around numbers."""
    out = []
    for i, t in enumerate(toks):
        if is_num(t) and mode != "none":
            r = rng.random()
            before = i > 0 and toks[i - 1] not in PUNCT and not is_num(toks[i - 1])
            after = i + 1 < len(toks) and toks[i + 1] not in PUNCT
            if r < 0.15 and mode != "all":
                out.append(t)
                continue
            s = t
            if before:
                s = " " + s
            if after and (mode == "all" or r < 0.6):
                s = s + " "
            out.append(s)
        else:
            out.append(t)
    return "".join(out)


def spread(toks):
    """A justified line: the extraction spreads every glyph."""
    out = ""
    for i, t in enumerate(toks):
        out += t
        if i + 1 < len(toks):
            n = toks[i + 1]
            if t in CLOSE and t != "”" or n in OPEN and n != "“" or t in "（《":
                continue
            if n == "“":
                continue
            out += " "
    return out


def wrap(text: str, w: float, indent: float = 2.0):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = width(t)
        lim = w - indent if not lines else w
        if cur and cw + tw > lim + 0.01:
            if t in CLOSE:               # no closing mark at line start: squeeze it in
                cur.append(t)
                cw += tw
                continue
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append((cur, cw))
            cur, cw = carry, sum(width(x) for x in carry)
            if t == " " and not cur:
                continue
        cur.append(t)
        cw += tw
    if cur:
        lines.append((cur, cw))
    return lines


# ---------------------------------------------------------------- column layout
def col_para_lines(text, w, rng, nums, last_ok=True, spread_p=0.12):
    out = []
    wl = wrap(text, w)
    for n, (toks, cw) in enumerate(wl):
        lastline = n == len(wl) - 1
        npunct = sum(1 for t in toks if t in PUNCT)
        lim = w - 2 if n == 0 else w
        if not lastline and (lim - cw >= 0.9 or (npunct >= 2 and rng.random() < spread_p)):
            out.append(spread(toks))
            STATS["column: justified line spread with spaces"] += 1
        else:
            out.append(space_nums(toks, rng, nums))
    return out


def col_dateline(d, rng):
    d = clean(d)
    if False:
        m = re.match(r"(湖南日报[^0-9]*)(\d+)月(\d+)日", d)
        if m:
            d = f"{m.group(1)} {m.group(2)}月 {m.group(3)}日" + d[m.end():]
    return d


def headline_lines(st, rng, sep_single=False):
    """Headline parts, each on its line; a title may be split (last word alone)."""
    out = []
    for part in ("k", "t", "s"):
        v = st[part]
        if not v:
            continue
        if "|" in v and st["opts"].get("tail"):
            a, b = v.split("|", 1)
            out.append(a)
            out.append("\n" + b)        # glued to the previous line by a single newline
            STATS["headline: last word alone on a line"] += 1
        else:
            out.append(clean(v))
    return out


def join_lines(lines):
    """Lines joined by blank lines; a line starting with '\\n' follows with a single newline."""
    s = ""
    for i, l in enumerate(lines):
        if l.startswith("\n"):
            s += l
        else:
            s += ("\n\n" if i else "") + l
    return s


def compose_col(page, rng):
    meta = page["meta"]
    W = float(meta.get("width", "18"))
    nums = meta.get("nums", "both")
    pm = meta.get("punct", "full")
    out = []                      # list of lines (strings), joined by \n\n
    extras, dups = [], []
    pending = []                  # bunched headlines waiting to be printed
    boxes = {}
    for body, pos in page["boxes"]:
        boxes.setdefault(pos, []).append(body)

    def put_box(pos):
        for body in boxes.get(pos, []):
            for piece in body.split("|"):
                out.append(piece)
            extras.append(body.replace("|", ""))
            STATS["box lines (countdown, code prompt, framed label)"] += 1

    if meta.get("masthead"):
        out.extend(masthead_lines(page, rng, extras))
    put_box("top")
    for si, st in enumerate(page["stories"]):
        o = st["opts"]
        kind = st["kind"]
        hl = [l for l in headline_lines(st, rng)]
        place = o.get("hl", "")
        if not place:
            place = rng.choice(["after", "after", "after", "bunch", "bunch", "before"])
        if kind == "photo":
            compose_col_photo(st, rng, out)
            put_box(str(si))
            continue
        w = W + float(o.get("dw", "0"))
        if kind == "commentary":
            w = float(o.get("w", W - 4))
        if st["c"] and o.get("label", "before") == "before":
            out.append(st["c"])
            STATS["column label on its own line"] += 1
        if hl and place == "before":
            out.extend(hl)
            STATS["column: headline before body"] += 1
        if st["b"] and kind != "photo":
            b = st["b"]
            if "|" in b:
                a, c = b.split("|", 1)
                out.append(a.strip())
                out.append(c.strip())
                STATS["byline split over lines"] += 1
            else:
                out.append(b)
            if len(b.strip()) <= 4 or "|" in b and len(b.split("|")[1].strip()) <= 4:
                STATS["bare-name byline line"] += 1
        if st["j"] and kind == "continuation":
            mark = st["j"]
            lead = rng.choice(["▲ ▲（", "▲（"]) + mark + "）"
            extras.append(lead)
            STATS["jump marker (上接/紧接)"] += 1
        else:
            lead = ""
        dupline = int(o.get("dupline", "-1"))
        lines_all = []
        for pi, p in enumerate(st["paras"]):
            text = clean(p)
            if pi == 0 and st["d"]:
                text = col_dateline(st["d"], rng) + text
            if pi == 0 and lead:
                text = lead + text
            if p in st["subheads"]:
                lines_all.append(text)
                continue
            lines_all.extend(col_para_lines(halfw(text, pm), w, rng, nums))
        if st["d"] and rng.random() < 0.4:
            lines_all[0] = " " + lines_all[0]
        if 0 <= dupline < len(lines_all):
            lines_all.insert(dupline + 1, lines_all[dupline])
            dups.append(re.sub(r"\s+", "", lines_all[dupline]))
            STATS["duplicated line"] += 1
        out.extend(lines_all)
        if st["j"] and kind != "continuation":
            out.append(rng.choice(["▷(下转", "▶(下转", "（下转"]) + st["j"][2:] + ("）" if rng.random() < 0.5 else ")"))
            extras.append(out[-1])
            STATS["jump marker (下转)"] += 1
        if st["c"] and o.get("label") == "after":
            out.append(st["c"])
            STATS["column label on its own line"] += 1
        if hl and place == "after":
            out.extend(hl)
            STATS["column: headline after body"] += 1
        if hl and place == "bunch":
            pending.append(hl)
            STATS["column: headline bunched with others"] += 1
        if pending and (o.get("flush") or si == len(page["stories"]) - 1):
            for h in pending:
                out.extend(h)
            pending = []
        put_box(str(si))
    for h in pending:
        out.extend(h)
    put_box("end")
    return join_lines(out), extras, dups


def photo_caption_text(st):
    return clean(" ".join(st["paras"]))


def compose_col_photo(st, rng, out):
    o = st["opts"]
    cap = photo_caption_text(st)
    credit = st["b"]
    if st["t"]:
        out.append(st["t"])
    mode = o.get("credit", "inline") if credit else "none"
    w = float(o.get("w", "46"))
    lines = [space_nums(t, rng, "both") for t, _ in wrap(cap, w, 0)]
    if mode == "inline":
        lines[-1] += " " + credit
        STATS["photo: credit on the caption line"] += 1
    elif mode == "right":
        lines.append(" " * rng.randint(18, 40) + credit)
        STATS["photo: credit right-aligned on its own line"] += 1
    elif mode == "own":
        lines.append(credit)
        STATS["photo: credit on its own line"] += 1
    out.extend(lines)
    STATS["photo items"] += 1


# ---------------------------------------------------------------- masthead
def masthead_lines(page, rng, extras):
    d = dt.date.fromisoformat(page["meta"]["date"])
    wk = "星期" + WEEK[d.weekday()]
    pieces = [f"{d.year}年{d.month}月", str(d.day), wk, lunar(d), f"第{issue_no(d)}号",
              f"今日{page['meta'].get('pages', '8')}版"]
    style = page["meta"].get("masthead")
    if style == "merged":
        lines = [pieces[0], pieces[1] + " " + pieces[2], pieces[3], pieces[4], pieces[5]]
        STATS["masthead: pieces merged on a line"] += 1
    elif style == "lunarfirst":
        lines = [pieces[3] + "\n" + pieces[4], pieces[0], pieces[1], pieces[2], pieces[5]]
    else:
        lines = [pieces[0], pieces[1], pieces[2], pieces[3] + "\n" + pieces[4], pieces[5]]
    extras.append("".join(pieces))
    STATS["front page mastheads"] += 1
    return lines


# ---------------------------------------------------------------- paragraph layout
def gap(text, rng, p=0.5):
    """Glyph-gap spaces: before %, after a digit run, around a comma next to a number."""
    def f(m):
        if rng.random() > p:
            return m.group(0)
        return m.group(1) + " " + m.group(2)
    t = re.sub(r"(\d)(%|万|亿|多|余|个|家|人|项|吨|亩|公里|米)", f, text)
    t = re.sub(r"([^\d\s])([，,] ?)(?=\d)", lambda m: m.group(1) + (" " + m.group(2).strip() + " " if rng.random() < p else m.group(2)), t)
    t = re.sub(r"“(?=[^\s”]{2,8}”)", lambda m: "“ " if rng.random() < p else "“", t)
    return t


def para_numspace(text):
    t = re.sub(r"(?<=[^\s\d.,%(（“，。、；：？！”《—])(\d[\d.]*%?)", r" \1", text)
    t = re.sub(r"(\d%?)(?=[^\s\d.,%)）。，、；：”])", r"\1 ", t)
    return t


def compose_para(page, rng):
    meta = page["meta"]
    pm = meta.get("punct", "halfparen")
    nums = meta.get("nums", "none")
    extras, dups = [], []
    boxes = {}
    for body, pos in page["boxes"]:
        boxes.setdefault(pos, []).append(body)

    def rend(s, st=None):
        s = halfw(s, pm)
        if nums == "all":
            s = para_numspace(s)
        if st is not None and st["opts"].get("gaps"):
            s = gap(s, rng)
        return s

    # pieces per story
    seqs = []
    for si, st in enumerate(page["stories"]):
        o = st["opts"]
        seq = []
        if st["kind"] == "photo":
            seq = para_photo(st, rng, rend)
            seqs.append(seq)
            continue
        head = []
        parts = [clean(st[x]) for x in ("k", "t", "s") if st[x]]
        if st["c"] and o.get("label", "before") == "before":
            head.append(st["c"])
            STATS["column label on its own line"] += 1
        if o.get("join") and parts:
            head.append(" ".join(parts))
            STATS["paragraph: headline parts joined on one line"] += 1
        else:
            for x in ("k", "t", "s"):
                v = st[x]
                if not v:
                    continue
                if "|" in v and o.get("tail"):
                    a, b = v.split("|", 1)
                    head.append(a + "\n" + b)
                    STATS["headline: last word alone on a line"] += 1
                elif x == "t" and o.get("bold") == "inline":
                    head.append(clean(v) * 2)
                    dups.append(clean(v))
                    STATS["headline drawn twice for bold"] += 1
                elif x == "t" and o.get("bold") == "lines":
                    head.append(clean(v))
                    head.append(clean(v))
                    dups.append(clean(v))
                    STATS["headline drawn twice for bold"] += 1
                else:
                    head.append(clean(v))
        if st["c"] and o.get("label") == "afterhead":
            head.append(st["c"])
            STATS["column label on its own line"] += 1
        if st["b"]:
            b = st["b"]
            if "|" in b:
                a, c = b.split("|", 1)
                head.append(a.strip() + "\n" + c.strip())
                STATS["byline split over lines"] += 1
            else:
                head.append(b)
            if len(b.strip()) <= 4 or "|" in b and len(b.split("|")[1].strip()) <= 4:
                STATS["bare-name byline line"] += 1
        seq.extend(head)
        body = []
        for pi, p in enumerate(st["paras"]):
            text = p
            if pi == 0 and st["d"]:
                d = st["d"]
                if "|" in d and o.get("dlbreak"):
                    a, b = d.split("|", 1)
                    body.append(("", rend(a, st)))
                    text = b + p
                    STATS["dateline broken across lines"] += 1
                else:
                    text = clean(d) + p
            if pi == 0 and st["kind"] == "continuation" and st["j"]:
                lead = rng.choice(["▲（", "(", "▲ ▲("]) + st["j"] + rng.choice(["）", ")"])
                extras.append(lead)
                text = lead + text
                STATS["jump marker (上接/紧接)"] += 1
            body.append((p, text))
        # cut paragraph (at '|')
        cutat = o.get("cut")
        lines = []
        cutpos = None
        for pi, (p, text) in enumerate(body):
            if cutat and "|" in text and p and "|" in p:
                a, b = text.split("|", 1)
                lines.append(rend(a, st))
                cutpos = len(lines)
                if b:
                    lines.append(rend(b.replace("|", ""), st))
                STATS["paragraph: story cut mid-paragraph and resumed later"] += 1
            elif "|" in text and p and "|" in p and o.get("colbreak"):
                a, b = text.split("|", 1)
                lines.append(rend(a, st))
                lines.append(rend(b.replace("|", ""), st))
                STATS["paragraph: paragraph broken across lines (rejoined)"] += 1
            else:
                lines.append(rend(text.replace("|", ""), st))
        dupi = int(o.get("dup", "-1"))
        if 0 <= dupi < len(lines):
            dups.append(clean(body[dupi][1]) if not body[dupi][0] == "" else "")
            dups[-1] = re.sub(r"\s+", "", lines[dupi])
            where = dupi + 1 + int(o.get("dupgap", "0"))
            lines.insert(min(where, len(lines)), lines[dupi])
            STATS["paragraph: line printed twice"] += 1
        if st["j"] and st["kind"] != "continuation":
            lines.append(rng.choice(["▷(下转", "▶(下转"]) + st["j"][2:] + ")")
            extras.append(lines[-1])
            STATS["jump marker (下转)"] += 1
        if st["c"] and o.get("label") == "after":
            lines.append(st["c"])
            STATS["column label on its own line"] += 1
        seq.extend(lines)
        seqs.append({"seq": seq, "cut": (len(head) + cutpos) if cutpos else None,
                     "take": int(o.get("take", "2"))})
    # interleave: a cut story gives way to the next story for `take` lines
    out = list(TOP)
    TOP.clear()
    if meta.get("masthead"):
        out.extend(masthead_lines(page, rng, extras))
    for body in boxes.get("top", []):
        out.extend(body.split("|"))
        extras.append(body.replace("|", ""))
        STATS["box lines (countdown, code prompt, framed label)"] += 1
    i = 0
    carry = None
    while i < len(seqs):
        s = seqs[i]
        seq = s["seq"] if isinstance(s, dict) else s
        if isinstance(s, dict) and s["cut"] and i + 1 < len(seqs):
            out.extend(seq[:s["cut"]])
            nxt = seqs[i + 1]
            nseq = nxt["seq"] if isinstance(nxt, dict) else nxt
            k = s["take"]
            out.extend(nseq[:k])
            out.extend(seq[s["cut"]:])
            rest = nseq[k:]
            if isinstance(nxt, dict):
                seqs[i + 1] = dict(nxt, seq=rest, cut=(nxt["cut"] - k if nxt["cut"] and nxt["cut"] > k else None))
            else:
                seqs[i + 1] = rest
        else:
            out.extend(seq)
        for body in boxes.get(str(i), []):
            out.extend(body.split("|"))
            extras.append(body.replace("|", ""))
            STATS["box lines (countdown, code prompt, framed label)"] += 1
        i += 1
    for body in boxes.get("end", []):
        out.extend(body.split("|"))
        extras.append(body.replace("|", ""))
        STATS["box lines (countdown, code prompt, framed label)"] += 1
    text = "\n\n" + "\n\n".join(out)
    return text, extras, dups


def para_photo(st, rng, rend):
    o = st["opts"]
    cap = rend(photo_caption_text(st))
    credit = st["b"]
    mode = o.get("credit", "inline") if credit else "none"
    seq = [""]                                # the picture leaves an empty block
    if st["t"]:
        seq.append(st["t"])
    if o.get("spaced"):
        cap = " ".join(cap.replace(" ", ""))
        cap = re.sub(r"(?<=[\d.]) (?=[\d.])", "", cap)
        STATS["photo: caption line spread with glyph gaps"] += 1
    if mode == "inline":
        seq.append(cap + rng.choice([" ", "", "  "]) + credit)
        STATS["photo: credit on the caption line"] += 1
    elif mode == "own":
        seq.extend([cap, credit])
        STATS["photo: credit on its own line"] += 1
    elif mode == "right":
        seq.extend([cap, " " * rng.randint(20, 44) + credit])
        STATS["photo: credit right-aligned on its own line"] += 1
    elif mode == "top":
        seq = ["", cap]
        TOP.append(credit)
        STATS["photo: credit at the top of the page"] += 1
    elif mode == "none":
        seq.append(cap)
    if credit.startswith("以上图片") or "图片均由" in credit:
        STATS["photo: group credit"] += 1
    STATS["photo items"] += 1
    return {"seq": seq, "cut": None, "take": 0}


# ---------------------------------------------------------------- gold
def gold_article(st, pm):
    def g(x):
        # a '|' break between words (names, 通讯员) reads as a space; inside a date as nothing
        x = re.sub(r"(?<=\d)\|", "", x).replace("|", " ")
        return re.sub(r" {2,}", " ", halfw(x, pm)).strip()
    paras = [re.sub(r"\s+", "", halfw(clean(p), pm)) for p in st["paras"]]
    if st["kind"] == "photo":
        paras = [re.sub(r"\s+", "", halfw(photo_caption_text(st), pm))]
    return {"kind": st["kind"], "column": st["c"], "kicker": g(st["k"]), "title": g(st["t"]),
            "subtitle": g(st["s"]), "byline": g(st["b"]),
            "dateline": g(st["d"]), "continued": st["j"],
            "subheads": [re.sub(r"\s+", "", halfw(h, pm)) for h in st["subheads"]],
            "paragraphs": paras}


def main():
    src = sorted((HERE / "src").glob("*.txt"))
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    table = []
    kinds = Counter()
    for n, f in enumerate(src):
        page = parse(f)
        meta = page["meta"]
        rng = random.Random(meta.get("seed", f.stem))
        if meta["layout"] == "col":
            text, extras, dups = compose_col(page, rng)
            STATS["pages in column layout"] += 1
        else:
            text, extras, dups = compose_para(page, rng)
            STATS["pages in paragraph layout"] += 1
        if re.search(r"[\u4e00-\u9fff],[\u4e00-\u9fff]", text):
            STATS["pages with half-width commas and parentheses"] += 1
        elif re.search(r"\([\u4e00-\u9fff]", text):
            STATS["pages with full-width commas, half-width parentheses"] += 1
        else:
            STATS["pages with full-width punctuation"] += 1
        text = text.rstrip("\n") + "\n"
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        pm = meta.get("punct", "full")
        arts = [gold_article(st, pm) for st in page["stories"]]
        for st in page["stories"]:
            kinds[st["kind"]] += 1
            if "电（" in st["d"] or "电(" in st["d"]:
                STATS["datelines with 电"] += 1
            if st["s"].startswith("——") or st["k"].endswith("——"):
                STATS["headline: dash-led subtitle or kicker"] += 1
        d = dt.date.fromisoformat(meta["date"])
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": issue_no(d) if meta.get("masthead") else None,
                "page_count": int(meta["pages"]) if meta.get("masthead") else None,
                "articles": arts, "extras": extras, "duplicates": [x for x in dups if x]}
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        chars = len(re.sub(r"\s+", "", text))
        table.append((name, meta["date"], meta["page"], meta["layout"], len(arts), chars))
    write_readme(table, kinds)
    print(f"composed {len(table)} pages, {sum(t[4] for t in table)} articles")


def write_readme(table, kinds):
    rows = "\n".join(f"| {n} | {d} | {p} | {l} | {a} | {c} |" for n, d, p, l, a, c in table)
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(STATS.items()))
    kd = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(
        tmpl.replace("{PAGES}", rows).replace("{PHEN}", ph).replace("{KINDS}", kd)
        .replace("{NPAGES}", str(len(table))).replace("{NART}", str(sum(t[4] for t in table))),
        encoding="utf-8")


if __name__ == "__main__":
    main()
