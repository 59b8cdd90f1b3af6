#!/usr/bin/env python3
"""Compose the dev_ze blind test pages from the hand-written stories in src/.

Deterministic: every random choice comes from random.Random seeded by the page
number.  Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and stats.json.
"""
import datetime
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PAGES = HERE / "pages"
GOLD = HERE / "gold"

CLOSE = set("、，。；：？！”’）》」,.;:?!)")
OPEN = set("“‘（《「(")
WEEK = "一二三四五六日"
from collections import Counter
PHEN = Counter()
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"}


# ----------------------------------------------------------------- parsing
def parse_page(path):
    meta, furn, stories = {}, [], []
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("@extra "):
            furn.append(line[7:].split("|"))
            continue
        if line.startswith("@ "):
            for kv in line[2:].split():
                k, v = kv.split("=", 1)
                meta[k] = v
            continue
        if line.startswith("==="):
            cur = {"kind": line[3:].strip(), "k": "", "t": "", "s": "", "c": "", "b": "",
                   "d": "", "j": "", "o": {}, "paras": [], "subheads": []}
            stories.append(cur)
            continue
        m = re.match(r"^([ktscbdjo]):\s?(.*)$", line)
        if m and not cur["paras"]:
            key, val = m.groups()
            if key == "o":
                for kv in val.split():
                    k, _, v = kv.partition("=")
                    cur["o"][k] = v or "1"
            else:
                cur[key] = val.strip()
            continue
        if line.startswith("## "):
            cur["subheads"].append(line[3:].strip())
            cur["paras"].append(line[3:].strip())
            continue
        cur["paras"].append(line)
    return meta, furn, stories


def nospace(s):
    return re.sub(r"\s+", "", s)


def hw(s, half):
    if not half:
        return s
    return "".join(HALF.get(ch, ch) for ch in s)


def joined(s):
    """Gold form of a headline part written with / for printed line breaks."""
    return s.replace("/", "")


# ----------------------------------------------------------------- text artefacts
TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×\-]*|.", re.S)


def tokens(s):
    return TOKEN.findall(s)


def width(tok):
    return sum(0.55 if ord(c) < 128 else 1.0 for c in tok)


def is_num(tok):
    return bool(re.match(r"[0-9]", tok))


def is_cjk(tok):
    return len(tok) == 1 and ("\u4e00" <= tok <= "\u9fff")


def numspace(line, rng, p_before, p_after):
    toks = tokens(line)
    out = []
    for i, t in enumerate(toks):
        if is_num(t):
            if i > 0 and is_cjk(toks[i - 1]) and rng.random() < p_before:
                out.append(" ")
            out.append(t)
            if i + 1 < len(toks) and is_cjk(toks[i + 1]) and rng.random() < p_after:
                out.append(" ")
        else:
            out.append(t)
    return "".join(out)


def spread(line):
    toks = [t for t in tokens(line) if t != " "]
    out = toks[:1]
    for a, b in zip(toks, toks[1:]):
        if a in CLOSE or a in "”’》）" or b in OPEN or b in "》）":
            out.append(b)
        else:
            out.append(" " + b)
    return "".join(out)


def glyph_gaps(line, rng, p):
    """Spaces from glyph gaps: around a comma, after digits only, before %."""
    out = []
    toks = tokens(line)
    for i, t in enumerate(toks):
        out.append(t)
        if rng.random() < p and i + 1 < len(toks):
            nxt = toks[i + 1]
            if is_num(t) and is_cjk(nxt):
                out.append(" ")
            elif t in "，、" and is_cjk(toks[i - 1] if i else ""):
                out[-1] = " " + t + " "
    s = "".join(out)
    if rng.random() < p:
        s = re.sub(r"(\d)%", r"\1 %", s, count=1)
    return s


def wrap(text, w, rng):
    toks = tokens(text)
    lines, cur, cw = [], "", 0.0
    for t in toks:
        tw = width(t)
        if cw + tw > w + 0.01 and cur and t not in CLOSE:
            lines.append(cur)
            cur, cw = "", 0.0
        cur += t
        cw += tw
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------- output builder
class Out:
    """Raw page lines; glue=True means the next line follows without a blank line."""

    def __init__(self):
        self.items = []

    def add(self, line, glue=False):
        self.items.append([line, glue])

    def text(self, lead_blank=False):
        parts = ["\n\n"] if lead_blank else []
        for i, (line, glue) in enumerate(self.items):
            parts.append(line)
            parts.append("\n" if glue else "\n\n")
        return "".join(parts)


# ----------------------------------------------------------------- gold helpers
def gold_article(st, half):
    def g(x):
        return hw(x, half)
    return {
        "kind": st["kind"],
        "column": g(st["c"]),
        "kicker": g(joined(st["k"])),
        "title": g(joined(st["t"])),
        "subtitle": g(joined(st["s"])),
        "byline": g(joined(st["b"]).replace("  ", " ")),
        "dateline": g(joined(st["d"])),
        "continued": st["j"].split("|")[0],
        "subheads": [g(x) for x in st["subheads"]],
        "paragraphs": [g(nospace(p)) for p in st["paras"]],
    }


def head_parts(st):
    """Printed headline parts in order: list of (role, text-with-slashes)."""
    parts = []
    for role in ("k", "t", "s"):
        if st[role]:
            parts.append((role, st[role]))
    return parts


# ----------------------------------------------------------------- column layout
def col_headline(out, st, rng, dups, half, lead=False):
    parts = head_parts(st)
    o = st["o"]
    if st["c"] and o.get("cpos") == "hl":
        out.add(st["c"])
    for pi, (role, text) in enumerate(parts):
        segs = hw(text, half).split("/")
        for si, seg in enumerate(segs):
            line = seg
            if lead and pi == 0 and si == 0:
                line = " " + line
            glue = si < len(segs) - 1
            if not glue and pi < len(parts) - 1 and role == "t" and o.get("glue") == "1":
                glue = True
            if o.get("dup") == role and si == 0 and len(segs) == 1:
                if o.get("dupmode") == "lines":
                    out.add(line)
                else:
                    line = line + line
                dups.append(seg)
            out.add(line, glue)
    if st["b"] and o.get("bpos") == "hl":
        if out.items:
            out.items[-1][1] = True
        out.add(hw(st["b"].replace("/", " "), half))


def col_body(out, st, rng, cfg, dups, half, first_on_page):
    o = st["o"]
    w = float(o.get("w", cfg["w"]))
    kind = st["kind"]
    paras = [hw(p, half) for p in st["paras"]]
    if st["c"] and o.get("cpos") == "before":
        out.add(st["c"])
    if st["b"] and o.get("bpos", "before") == "before" and kind != "photo":
        for seg in hw(st["b"], half).split("/"):
            out.add(seg)
    lines = []          # (text, is_last_of_para, para_index)
    start = 0
    if kind == "continuation":
        mark = "▲ ▲（%s）" % st["j"].split("|")[0]
        out_mark = mark
        first = paras[0]
        wl = wrap(first, w, rng)
        wl[0] = out_mark + wl[0] if o.get("markline") != "own" else wl[0]
        if o.get("markline") == "own":
            out.add(out_mark)
        for i, l in enumerate(wl):
            lines.append((l, i == len(wl) - 1, 0))
        start = 1
        cfg["extras"].append(mark)
    elif st["d"]:
        d = hw(st["d"], half)
        brk = o.get("dbrk", "记者")
        if brk == "date":
            m = re.match(r"^(.*?\d+月 ?)(\d+日.*)$", d)
            head, rest = m.group(1), m.group(2)
            head = numspace(head, rng, 1.0, 1.0).rstrip()
        else:
            key = {"记者": "记者", "通讯员": "通讯员", "name": "记者"}.get(brk, brk)
            idx = d.find(key)
            if brk == "通讯员" and idx > 0:
                head, rest = d[:idx].rstrip(), d[idx:]
            elif idx >= 0:
                cut = idx + len(key)
                if brk == "name":
                    cut = d.find(" ", cut + 1)
                    if cut < 0:
                        cut = idx + len(key)
                head, rest = d[:cut], d[cut:].lstrip()
            else:
                head, rest = d, ""
            if cfg["dnum"]:
                head = numspace(head, rng, 1.0, 0.0)
        if first_on_page:
            head = " " + head
        lines.append((head, False, -1))
        rest = rest.replace("/", "")
        wl = wrap(rest + paras[0], w, rng)
        dlen = len(nospace(rest))
        pos = 0
        for k in range(len(wl)):
            tail = dlen - pos
            if k and 0 < tail < 4:
                move = 4 - tail
                wl[k] = wl[k - 1][-move:] + wl[k]
                wl[k - 1] = wl[k - 1][:-move]
            pos += len(nospace(wl[k]))
        for i, l in enumerate(wl):
            lines.append((l, i == len(wl) - 1, 0))
        start = 1
    for pi in range(start, len(paras)):
        wl = wrap(paras[pi], w, rng)
        for i, l in enumerate(wl):
            lines.append((l, i == len(wl) - 1, pi))
    dupat = int(o["dupline"]) if "dupline" in o else -1
    for li, (l, last, pi) in enumerate(lines):
        if pi == -1:
            out.add(l)
            continue
        x = l
        if cfg["num"]:
            x = numspace(x, rng, cfg["num_b"], cfg["num_a"])
        if not last and rng.random() < cfg["spread"] and len(l) > 8:
            x = spread(l)
            PHEN["justified line spread with spaces (column)"] += 1
        out.add(x)
        if li == dupat:
            out.add(x)
            dups.append(nospace(x))
    if st["j"].startswith("下转"):
        mark = "%s(%s)" % (o.get("arrow", "▷"), st["j"])
        out.add(mark)
        cfg["extras"].append(mark)
    if st["c"] and o.get("cpos", "after" if kind == "commentary" else "") == "after":
        out.add(st["c"])


def col_photo(out, st, rng, half, dups):
    o = st["o"]
    cap_w = float(o.get("w", 44))
    if st["t"]:
        out.add(hw(st["t"], half))
    credit = hw(st["b"].replace("/", " "), half)
    mode = o.get("credit", "inline")
    for i, p in enumerate(st["paras"]):
        text = hw(p, half)
        last = i == len(st["paras"]) - 1
        if last and mode == "inline" and credit:
            text = text + " " + credit
        wl = wrap(text, cap_w, rng)
        if o.get("gaps") == "all":
            wl = [spread(x) for x in wl]
        for l in wl:
            out.add(l)
    if credit and mode == "own":
        out.add(credit)
    if credit and mode == "right":
        out.add(" " * rng.randint(18, 40) + credit)


def compose_column(meta, furn, stories, rng):
    cfg = {
        "w": float(meta.get("w", 17)),
        "num": meta.get("num", "1") == "1",
        "num_b": float(meta.get("num_b", 0.85)),
        "num_a": float(meta.get("num_a", 0.7)),
        "spread": float(meta.get("spread", 0.06)),
        "dnum": meta.get("dnum", "1") == "1",
        "extras": [],
    }
    half = meta.get("half") == "1"
    out = Out()
    dups = []
    # headline placement
    zones = {}      # zone name -> list of story idx
    for i, st in enumerate(stories):
        hl = st["o"].get("hl", "after")
        if hl.startswith("zone"):
            zones.setdefault(hl, []).append(i)
    zone_after = {}  # zone -> story index after which the zone is printed
    for z, idxs in zones.items():
        key = "at" + z[4:]
        zone_after[z] = int(meta.get(key, max(idxs)))
    extras_lines = []
    furn_pos = {}
    for fi, f in enumerate(furn):
        furn_pos.setdefault(int(f[0]) if f[0].isdigit() else 0, []).append(f[1:] if f[0].isdigit() else f)
    if meta.get("front") == "1":
        for seg in masthead_lines(meta):
            out.add(seg[0], seg[1])
        extras_lines.append("".join(nospace(l) for l, _ in masthead_lines(meta)))
    first = True
    for i, st in enumerate(stories):
        if st["kind"] == "photo" and st["o"].get("place", "end") == "end":
            continue
        for f in furn_pos.get(i, []):
            for seg in f:
                out.add(seg)
            extras_lines.append("".join(nospace(x) for x in f))
        hl = st["o"].get("hl", "after")
        if st["kind"] == "photo":
            col_photo(out, st, rng, half, dups)
        else:
            if hl == "before":
                col_headline(out, st, rng, dups, half)
            col_body(out, st, rng, cfg, dups, half, first and not meta.get("front") == "1")
            if hl == "after":
                col_headline(out, st, rng, dups, half, lead=st["o"].get("lead") == "1")
        first = False
        for z, after in zone_after.items():
            if after == i:
                for j in zones[z]:
                    col_headline(out, stories[j], rng, dups, half, lead=stories[j]["o"].get("lead") == "1")
    for f in furn_pos.get(len(stories), []):
        for seg in f:
            out.add(seg)
        extras_lines.append("".join(nospace(x) for x in f))
    for st in stories:
        if st["kind"] == "photo" and st["o"].get("place", "end") == "end":
            col_photo(out, st, rng, half, dups)
    text = out.text() + "\n"
    return text, extras_lines + cfg["extras"], dups


def masthead_lines(meta):
    d = datetime.date.fromisoformat(meta["date"])
    wk = "星期" + WEEK[d.weekday()]
    style = meta.get("mast", "a")
    lines = []
    if style == "a":
        lines = [("%d年%d月" % (d.year, d.month), False), (str(d.day), False), (wk, False),
                 (meta["lunar"], True), ("第%s号" % meta["issue"], False), ("今日%s版" % meta["pages"], False)]
    elif style == "b":   # day and weekday merged, numbers spaced
        lines = [("%d年%d月" % (d.year, d.month), False), ("%d %s" % (d.day, wk), False),
                 (meta["lunar"], False), ("第 %s 号" % meta["issue"], True), ("今日 %s 版" % meta["pages"], False)]
    else:   # lunar first, issue on top
        lines = [("第%s号" % meta["issue"], False), ("今日%s版" % meta["pages"], False),
                 ("%d年%d月" % (d.year, d.month), False), ("%d %s" % (d.day, wk), False), (meta["lunar"], False)]
    return lines


# ----------------------------------------------------------------- paragraph layout
def para_head(out, st, half, dups, rng):
    parts = [(r, hw(t, half)) for r, t in head_parts(st)]
    o = st["o"]
    if st["c"] and o.get("cpos", "before") == "before":
        out.add(st["c"])
    if o.get("hl") == "inline" and parts:
        out.add(" ".join(t.replace("/", "") for _, t in parts))
    else:
        for r, t in parts:
            segs = t.split("/")
            for si, seg in enumerate(segs):
                line = seg
                if o.get("dup") == r and si == 0 and len(segs) == 1:
                    dups.append(seg)
                    if o.get("dupmode") == "lines":
                        out.add(line)
                    else:
                        line = line + line
                out.add(line, si < len(segs) - 1)
    if st["b"] and st["kind"] != "photo" and o.get("bpos", "before") != "after":
        segs = hw(st["b"], half).split("/")
        for si, seg in enumerate(segs):
            out.add(seg, si < len(segs) - 1)


def para_lines(st, half, rng, cfg):
    """Body lines of a story: list of (text, para_index)."""
    o = st["o"]
    paras = [hw(p, half) for p in st["paras"]]
    res = []
    for pi, p in enumerate(paras):
        x = p
        if cfg["num"]:
            x = numspace(x, rng, 1.0, 1.0)
            x = re.sub(r"“(?=[\u4e00-\u9fff])", lambda m: "“ " if rng.random() < 0.5 else "“", x)
        if cfg["gaps"] and rng.random() < cfg["gaps"]:
            x = glyph_gaps(x, rng, 0.08)
        if pi == 0 and st["d"]:
            x = hw(st["d"].replace("/", ""), half) + x
        if pi == 0 and st["kind"] == "continuation":
            mark = "▲ ▲（%s）" % st["j"].split("|")[0]
            cfg["extras"].append(mark)
            x = mark + x
        res.append([x, pi])
    # split a paragraph across a break (same story)
    for key in ("brk", "cut"):
        if key in o:
            pi = int(o[key])
            idx = [i for i, (_, p) in enumerate(res) if p == pi][0]
            txt = res[idx][0]
            pos = int(o.get(key + "at", 0)) or cut_point(txt, rng)
            res[idx:idx + 1] = [[txt[:pos], pi], [txt[pos:], pi]]
            o["_cutidx"] = idx + 1 if key == "cut" else o.get("_cutidx")
    return res


def cut_point(txt, rng):
    n = len(txt)
    lo, hi = int(n * 0.35), int(n * 0.75)
    pos = rng.randint(lo, max(lo, hi))
    # prefer between a verb and a figure / a figure and its unit
    if rng.random() < 0.6:
        for d in range(0, 40):
            for q in (pos + d, pos - d):
                if 1 < q < n - 1 and ((txt[q].isdigit() and "\u4e00" <= txt[q - 1] <= "\u9fff") or
                                      (txt[q - 1].isdigit() and "\u4e00" <= txt[q] <= "\u9fff")):
                    return q
    for d in range(0, 12):
        for q in (pos + d, pos - d):
            if 0 < q < n and txt[q - 1] not in "“（(《" and txt[q] not in CLOSE \
                    and not (re.match(r"[0-9A-Za-z.%]", txt[q - 1]) and re.match(r"[0-9A-Za-z.%]", txt[q])):
                return q
    return pos


def compose_para(meta, furn, stories, rng):
    half = meta.get("half") == "1"
    cfg = {"num": meta.get("num") == "1", "gaps": float(meta.get("gaps", 0)), "extras": []}
    out = Out()
    dups = []
    extras_lines = []
    if meta.get("front") == "1":
        for line, glue in masthead_lines(meta):
            out.add(line, glue)
        extras_lines.append("".join(nospace(l) for l, _ in masthead_lines(meta)))
        out.add("")
    for f in furn:
        if f[0] == "top":
            for seg in f[1:]:
                out.add(seg)
            extras_lines.append("".join(nospace(x) for x in f[1:]))
    # photos at top
    for st in stories:
        if st["kind"] == "photo" and st["o"].get("place") == "top":
            para_photo(out, st, half, rng)
    order = [s for s in stories if not (s["kind"] == "photo" and s["o"].get("place") in ("top", "end"))]
    i = 0
    pending = []   # lines of a cut story still to print
    delayed_dups = []
    while i < len(order):
        st = order[i]
        if st["kind"] == "photo":
            para_photo(out, st, half, rng)
            i += 1
            continue
        para_head(out, st, half, dups, rng)
        body = para_lines(st, half, rng, cfg)
        cutidx = st["o"].get("_cutidx")
        if cutidx is not None and i + 1 < len(order) and order[i + 1]["kind"] != "photo":
            first_part, rest = body[:cutidx], body[cutidx:]
            for l, _ in first_part:
                out.add(l)
            nxt = order[i + 1]
            para_head(out, nxt, half, dups, rng)
            nbody = para_lines(nxt, half, rng, cfg)
            k = int(st["o"].get("take", 1))
            ncut = nxt["o"].get("_cutidx")
            if ncut is not None:
                k = ncut
            for l, _ in nbody[:k]:
                out.add(l)
            for l, _ in rest:
                out.add(l)
            if st["j"] and "|" not in st["j"]:
                pass
            jump_mark(out, st, cfg)
            for l, _ in nbody[k:]:
                out.add(l)
            jump_mark(out, nxt, cfg)
            tail_story(out, nxt, half)
            dup_line(out, nxt, nbody, dups)
            i += 2
        else:
            for l, _ in body:
                out.add(l)
            jump_mark(out, st, cfg)
            tail_story(out, st, half)
            i += 1
        dup_line(out, st, body, dups)
    for st in stories:
        if st["kind"] == "photo" and st["o"].get("place") == "end":
            para_photo(out, st, half, rng)
    for f in furn:
        if f[0] != "top":
            for si, seg in enumerate(f):
                out.add(seg)
            extras_lines.append("".join(nospace(x) for x in f))
    text = out.text(lead_blank=meta.get("front") != "1")
    if meta.get("front") == "1":
        text = "\n\n" + text
    return text.rstrip("\n") + ("\n" if meta.get("endnl") == "1" else ""), extras_lines + cfg["extras"], dups


def jump_mark(out, st, cfg):
    j = st["j"]
    if j.startswith("下转"):
        sym = st["o"].get("arrow", "▷")
        mark = "%s(%s)" % (sym, j)
        out.add(mark)
        cfg["extras"].append(mark)


def tail_story(out, st, half):
    o = st["o"]
    if st["b"] and o.get("bpos") == "after":
        out.add(hw(st["b"].replace("/", " "), half))
    if st["c"] and o.get("cpos") == "after":
        out.add(st["c"])


def dup_line(out, st, body, dups):
    if "dupline" in st["o"]:
        k = int(st["o"]["dupline"])
        l = body[k][0]
        out.add(l)
        dups.append(nospace(l))


def para_photo(out, st, half, rng):
    o = st["o"]
    # three blank lines before a picture's caption, as the seeds print them
    out.add("")
    if st["t"]:
        out.add(hw(st["t"], half))
    credit = hw(st["b"].replace("/", " "), half)
    mode = o.get("credit", "inline")
    if credit and mode == "top":
        out.add(credit)
    for i, p in enumerate(st["paras"]):
        text = hw(p, half)
        if i == len(st["paras"]) - 1 and mode == "inline" and credit:
            text += o.get("sep", " ") + credit
        if o.get("gaps") == "all":
            text = spread(text)
        out.add(text)
    if credit and mode == "own":
        out.add(credit)
    if credit and mode == "right":
        out.add(" " * rng.randint(20, 40) + credit)


# ----------------------------------------------------------------- phenomena / README
def count_phenomena(meta, furn, stories, text):
    col = meta["layout"] == "column"
    P = PHEN
    P["page, column layout" if col else "page, paragraph layout"] += 1
    if meta.get("front") == "1":
        P["front page with masthead (%s layout)" % meta["layout"]] += 1
    if meta.get("half") == "1":
        P["page with half-width punctuation (,()、:)"] += 1
    if meta.get("num") == "1" and not col:
        P["paragraph page with spaces around every number and after opening quotes"] += 1
    if float(meta.get("gaps", 0)) > 0:
        P["paragraph page with glyph-gap spaces (隆 ， 20 多)"] += 1
    P["box / furniture lines group (countdown, code prompt, page label)"] += len(furn)
    zones = set()
    for st in stories:
        o = st["o"]
        kind = st["kind"]
        nlines = sum(len(x.split("/")) for _, x in head_parts(st))
        if kind != "photo" and kind != "continuation":
            P["headline stack of %d printed line(s)" % min(nlines, 4) if nlines else "article without printed headline"] += 1
        if st["c"]:
            P["column label (栏目) line"] += 1
        if st["s"].startswith("——") or st["k"].endswith("——"):
            P["dash-led subtitle or dash-ended kicker"] += 1
        if len(st["s"]) <= 12 and ("出席" in st["s"] or st["s"].endswith("主持")):
            P["short 某某出席 / 某某主持 subtitle"] += 1
        if any("/" in st[r] and len(st[r].split("/")[-1]) <= 4 for r in "kts"):
            P["headline's last word(s) alone on a line"] += 1
        if st["b"] and kind != "photo" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", st["b"]):
            P["bare-name byline line"] += 1
        if st["b"].startswith("文丨"):
            P["文丨X byline"] += 1
        if "华声在线" in st["b"] or "新湖南客户端" in st["b"]:
            P["湖南日报·华声在线 / 新湖南客户端 byline"] += 1
        if "/" in st["b"] and kind != "photo":
            P["byline broken over two lines"] += 1
        if st["d"]:
            P["dateline with 电" if "电（" in st["d"] else "dateline with 讯"] += 1
        if st["j"].startswith("下转"):
            P["jump marker ▷(下转N版)"] += 1
        if st["j"].startswith(("上接", "紧接")):
            P["continuation from page 1 (▲ ▲（上接/紧接1版）)"] += 1
        if kind == "feature" and st["subheads"]:
            P["feature with crossheads"] += 1
        if kind == "photo":
            P["photo item"] += 1
            P["photo credit: %s" % o.get("credit", "inline")] += 1
            if len(st["paras"]) > 1:
                P["photo group with group credit (以上图片均由…)"] += 1
            if o.get("gaps") == "all":
                P["photo caption spaced across the whole line"] += 1
            if st["t"]:
                P["photo with title line"] += 1
        if col and kind not in ("photo",):
            hl = o.get("hl", "after")
            if hl.startswith("zone"):
                zones.add(hl)
                P["column: headline bunched in a zone with other stories' headlines"] += 1
            elif kind != "continuation":
                P["column: headline printed %s its body" % hl] += 1
            if o.get("dbrk"):
                P["column: dateline broken %s" % {"date": "inside its date", "name": "between byline names",
                                                   "通讯员": "before 通讯员",
                                                   "whole": "after its closing parenthesis (body on next line)"}.get(o["dbrk"], o["dbrk"])] += 1
            if o.get("lead") == "1":
                P["column: headline line with a leading space"] += 1
            if o.get("bpos") == "hl":
                P["column: byline printed under its headline in the zone"] += 1
        if not col and o.get("hl") == "inline":
            P["paragraph: headline parts joined by spaces on one line"] += 1
        if "cut" in o and not col:
            P["paragraph: story cut mid-paragraph, resumed after the next story's start"] += 1
        if "brk" in o and not col:
            P["paragraph: paragraph broken across a blank line (rejoined in gold)"] += 1
        if "dupline" in o:
            P["line printed twice (in duplicates)"] += 1
        if "dup" in o:
            P["headline drawn twice for bold (in duplicates)"] += 1
    P["column: bunched headline zone"] += len(zones)


def write_readme(stats):
    kinds = Counter()
    for s in stats:
        kinds.update(s["kinds"])
    chars = sorted(s["chars"] for s in stats)
    med = (chars[7] + chars[8]) / 2
    rows = "\n".join("| %s | %s | %s | %s | %s | %d | %d |" % (s["file"], s["date"], s["page"], s["label"],
                     s["layout"], s["articles"], s["chars"]) for s in stats)
    phen = "\n".join("| %s | %d |" % (k, v) for k, v in sorted(PHEN.items()))
    text = README_TMPL.format(n=len(stats), arts=sum(s["articles"] for s in stats),
                              kinds=", ".join("%s %d" % kv for kv in kinds.most_common()),
                              cmin=chars[0], cmed=med, cmax=chars[-1], rows=rows, phen=phen)
    (HERE / "README.md").write_text(text, encoding="utf-8")


README_TMPL = open(HERE / "README.tmpl", encoding="utf-8").read() if (HERE / "README.tmpl").exists() else "{rows}\n{phen}\n"


# ----------------------------------------------------------------- main
def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for old in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        old.unlink()
    stats = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt")), start=1):
        meta, furn, stories = parse_page(path)
        rng = random.Random(1000 + n)
        if meta["layout"] == "column":
            text, extras, dups = compose_column(meta, furn, stories, rng)
        else:
            text, extras, dups = compose_para(meta, furn, stories, rng)
        half = meta.get("half") == "1"
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = "%03d_%s" % (n, h)
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        count_phenomena(meta, furn, stories, text)
        arts = [gold_article(st, half) for st in stories]
        # papers print jump markers as 下转2版; a "|" in j: holds extra info only
        gold = {
            "source": name + ".txt",
            "issue_date": meta["date"],
            "issue_number": meta.get("issue") if meta.get("front") == "1" else None,
            "page_count": int(meta["pages"]) if meta.get("front") == "1" else None,
            "articles": arts,
            "extras": extras,
            "duplicates": dups,
        }
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        stats.append({"file": name + ".txt", "date": meta["date"], "page": meta.get("page"),
                      "label": meta.get("label", ""), "layout": meta["layout"],
                      "articles": len(arts), "chars": len(nospace(text)),
                      "kinds": {k: sum(1 for a in arts if a["kind"] == k) for k in
                                ("news", "commentary", "feature", "photo", "continuation", "other")}})
    write_readme(stats)
    (HERE / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")
    for s in stats:
        print(s["file"], s["date"], s["layout"], s["articles"], s["chars"])


if __name__ == "__main__":
    main()
