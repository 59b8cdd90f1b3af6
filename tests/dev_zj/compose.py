#!/usr/bin/env python3
"""Lay the hand-written stories in src/ out into Hunan Daily page files (column or
paragraph layout, as the seeds are printed) and write their gold annotations.

    python3 compose.py

Deterministic: every random choice comes from a per-page random.Random(seed).
Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC, PAGES, GOLD = ROOT / "src", ROOT / "pages", ROOT / "gold"

CLOSE = set("，。、；：！？”’）》」…,.;:!?)%")
OPEN = set("“‘（《「(")
PUNCT = CLOSE | OPEN | set("—·")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
PHEN = Counter()          # phenomena laid out, for the README


# ---------------------------------------------------------------- parsing
def parse_page(path: Path) -> dict:
    meta, stories, cur = {"boxes": []}, [], None
    in_head = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if cur is None and line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            if k == "box":
                meta["boxes"].append(v.split("|"))
            else:
                meta[k] = v.strip()
            continue
        if line.startswith("== "):
            cur = {"kind": line[3:].strip(), "f": {k: "" for k in FIELDS},
                   "opt": {}, "paras": [], "id": "", "from": "", "jump": ""}
            stories.append(cur)
            in_head = True
            continue
        if cur is None:
            continue
        if in_head:
            if not line.strip():
                in_head = False
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "opt":
                for kv in v.split(","):
                    if kv.strip():
                        a, _, b = kv.partition("=")
                        cur["opt"][a.strip()] = b.strip()
            elif k in ("id", "from", "jump"):
                cur[k] = v
            else:
                cur["f"][k] = v
            continue
        if not line.strip():
            continue
        if line.startswith("## "):
            cur["paras"].append(("h", line[3:].strip()))
        else:
            cur["paras"].append(("p", line.strip()))
    meta["stories"] = stories
    return meta


def punct(s: str, mode: str) -> str:
    if mode in ("paren", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- tokens
def tokens(s: str) -> list[str]:
    """CJK characters one by one; runs of ASCII letters/digits (with . %) together."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9.%／/+-]*|\s|.", s)


def tw(t: str) -> float:
    if t.isascii():
        return 0.55 * len(t)
    return 1.0


def is_ascii_run(t: str) -> bool:
    return t.isascii() and t.strip() != "" and t[0].isalnum()


def flow(text: str, widths, forced=(), rng=None) -> list[list[str]]:
    """Break text into printed column lines of tokens.  widths(i) gives the width of
    line i; forced is a set of char offsets where a line must end."""
    toks = tokens(text)
    lines, cur, w, off = [], [], 0.0, 0
    forced = set(forced)
    for t in toks:
        tww = tw(t)
        lim = widths(len(lines))
        if cur and (w + tww > lim) and t not in CLOSE:
            carry = []
            while len(cur) > 1 and (cur[-1] in OPEN or cur[-1] == " "):
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur, w = [c for c in carry if c != " "], sum(tw(c) for c in carry if c != " ")
        cur.append(t)
        w += tww
        off += len(t)
        if off in forced and cur:
            lines.append(cur)
            cur, w = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def fix_dateline_tail(lines: list, dlen: int) -> None:
    """Never leave fewer than 4 characters of a dateline at the head of a line
    (the scorer's coverage finds text in pieces of 4 or more)."""
    off = 0
    for i, l in enumerate(lines):
        n = sum(len(t) for t in l if t != " ")
        start = off
        off += sum(len(t) for t in l)
        if i and start < dlen:
            tail = "".join(t for t in l)[:dlen - start].replace(" ", "")
            while 0 < len(tail) < 4 and len(lines[i - 1]) > 2:
                l.insert(0, lines[i - 1].pop())
                tail = "".join(l)[:dlen - start + 0].replace(" ", "")
                start -= len(l[0])
                tail = "".join(l)[:dlen - start].replace(" ", "")


def spaced(toks: list[str], st: dict, rng: random.Random, spread=False) -> str:
    """Join a line's tokens with the glyph-gap spaces of PDF extraction."""
    out = []
    n = len(toks)
    for i, t in enumerate(toks):
        out.append(t)
        if i == n - 1:
            break
        nxt = toks[i + 1]
        if spread:
            if t == " " or nxt == " ":
                continue
            if t in CLOSE or nxt in CLOSE - {"”", "%"} or t in "《（(" or nxt in "《（(“":
                continue
            out.append(" ")
            continue
        if is_ascii_run(t) and nxt not in CLOSE and rng.random() < st["after"]:
            out.append(" ")
        elif is_ascii_run(nxt) and t not in OPEN and t not in CLOSE and rng.random() < st["before"]:
            out.append(" ")
        elif nxt == "%" and rng.random() < st["pct"]:
            out.append(" ")
        elif t == "，" and is_ascii_run(nxt) and rng.random() < 0.25:
            out.append(" ")          # glyph gap: `隆 ， 20 多`
        elif nxt == "，" and i + 2 < n and is_ascii_run(toks[i + 2]) and rng.random() < 0.25:
            out.append(" ")
    return "".join(out).strip()


# ---------------------------------------------------------------- helpers
def split_title(s: str, rng: random.Random, mode: str) -> list[str]:
    if " " in s and mode != "one":
        return s.split(" ", 1) if mode in ("space", "two") else [s]
    if mode == "last":
        k = rng.choice([2, 3]) if len(s) > 8 else 2
        return [s[:-k], s[-k:]]
    if mode == "two":
        k = len(s) // 2 + rng.choice([-1, 0, 1])
        while 0 < k < len(s) and (s[k] in CLOSE or s[k - 1] in OPEN):
            k += 1
        return [s[:k], s[k:]]
    return [s]


def cut_point(p: str, rng: random.Random, lo=0.3, hi=0.8) -> int:
    """A place to cut a paragraph the way the seeds are cut: between a figure and
    its unit, before a figure, or inside a word (never at punctuation)."""
    n = len(p)
    a, b = int(n * lo), int(n * hi)
    cands = []
    for m in re.finditer(r"[0-9][0-9.]*", p):
        if a <= m.end() < b and m.end() < n and not p[m.end()].isascii() and p[m.end()] not in PUNCT:
            cands.append(m.end())          # between figure and unit
        if a <= m.start() < b and m.start() > 0 and p[m.start() - 1] not in PUNCT:
            cands.append(m.start())        # verb / figure
    if cands and rng.random() < 0.75:
        return rng.choice(cands)
    for _ in range(200):
        k = rng.randint(a, max(a, b - 1))
        if p[k] not in PUNCT and p[k - 1] not in PUNCT and not p[k].isascii() and not p[k - 1].isascii():
            return k
    return n // 2


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- articles
def gold_article(st: dict, mode: str) -> dict:
    f = {k: punct(v, mode) for k, v in st["f"].items()}
    paras = [punct(t, mode) for _, t in st["paras"]]
    subs = [punct(t, mode) for k, t in st["paras"] if k == "h"]
    return {"kind": st["kind"], **f, "subheads": subs,
            "paragraphs": [squash(p) for p in paras]}


def head_parts(st: dict, mode: str) -> list[tuple[str, str]]:
    f = st["f"]
    return [(r, punct(f[r], mode)) for r in ("kicker", "title", "subtitle") if f[r]]


# ---------------------------------------------------------------- column layout
def column_page(page: dict, rng: random.Random, mode: str):
    out_blocks = []        # list of lists of lines
    bunch = []
    extras, dups = [], []
    stories = page["stories"]
    pw = rng.choice([15, 16, 17, 18, 19, 20])
    if page.get("masthead"):
        pieces = page["masthead"].split("|")
        out_blocks.append(pieces)
        extras.append("".join(squash(p) for p in pieces))
        PHEN["masthead pieces"] += 1
    top_credits = []
    bunch_at = int(page.get("bunch_at", max(1, len(stories) - 2)))
    for si, st in enumerate(stories):
        o, kind = st["opt"], st["kind"]
        style = {"before": float(o.get("sb", rng.choice([0.5, 0.8, 0.95]))),
                 "after": float(o.get("sa", rng.choice([0.2, 0.5, 0.8]))),
                 "pct": 0.3}
        W = int(o.get("w", pw + rng.choice([-1, 0, 0, 1])))
        if kind == "commentary" and "w" not in o:
            W = rng.choice([11, 12, 13])
        head = head_lines(st, rng, mode, col=True)
        label = punct(st["f"]["column"], mode)
        byline = punct(st["f"]["byline"], mode)
        body = []
        if kind == "photo":
            cap = punct(st["paras"][0][1], mode)
            cw = int(o.get("cw", rng.choice([40, 42, 44, 46])))
            lines = flow(cap, lambda i: cw)
            sp = rng.random() < 0.3
            strs = [spaced(l, style, rng, sp) for l in lines]
            if sp:
                PHEN["caption lines spread with spaces"] += 1
            cred = o.get("credit", "inline")
            PHEN["photo credit " + cred] += 1
            if cred == "inline":
                strs[-1] += rng.choice([" ", "  "]) + byline
            elif cred == "right":
                strs.append(" " * rng.randint(18, 40) + byline)
            elif cred == "own":
                strs.append(byline)
            elif cred == "top":
                top_credits.append(byline)
            tl = [punct(st["f"]["title"], mode)] if st["f"]["title"] else []
            body = tl + strs
            out_blocks.append(body)
            continue
        prefix = ""
        if kind == "continuation":
            mk = "（" + punct(st["f"]["continued"], "full") + "）"
            mk = punct(mk, mode)
            prefix = rng.choice(["▲ ▲", "▲"]) + mk
            PHEN["continuation marker"] += 1
        dl = punct(st["f"]["dateline"], mode)
        first = True
        for pi, (k, t) in enumerate(st["paras"]):
            t = punct(t, mode)
            if k == "h":
                body.append(t)
                continue
            forced = set()
            txt = t
            if first and dl:
                sdl = dl
                # the printed dateline has spaces around its figures
                txt = dl + t
                fb = o.get("dlbreak", rng.choice(["", "", "date", "names", "tong"]))
                if fb == "date":
                    m = re.search(r"\d+日(讯|电)", dl)
                    if m:
                        forced.add(m.start() + len(re.match(r"\d+", m.group()).group()))
                        PHEN["break inside dateline date"] += 1
                elif fb == "names" and " " in dl[dl.find("记者"):]:
                    forced.add(dl.find(" ", dl.find("记者") + 3))
                    PHEN["break between byline names"] += 1
                elif fb == "tong" and "通讯员" in dl:
                    forced.add(dl.find("通讯员"))
                    PHEN["break before 通讯员"] += 1
            if first and prefix:
                if o.get("markown") == "1":
                    body.append(prefix)
                else:
                    txt = prefix + txt
            first = False
            ind = 2 if not (pi == 0 and (dl or prefix)) else 0
            lines = flow(txt, lambda i: W - ind if i == 0 else W, forced)
            if pi == 0 and dl:
                fix_dateline_tail(lines, len(dl))
            for li, l in enumerate(lines):
                spread = (0 < li < len(lines) - 1 or li == 0) and rng.random() < float(o.get("spread", 0.09))
                s = spaced(l, style, rng, spread)
                if spread:
                    PHEN["justified line spread with spaces"] += 1
                if pi == 0 and li == 0 and dl and rng.random() < 0.4:
                    s = " " + s.replace("湖南日报", "湖南日报 ", 1).replace("月", "月 ", 1)
                body.append(s)
            if st["jump"] and pi == len(st["paras"]) - 1:
                body.append(punct("▷（" + st["f"]["continued"] + "）", mode))
                PHEN["jump marker 下转"] += 1
        # duplicated line
        if o.get("dup") and len(body) > 4:
            k = int(o["dup"]) if o["dup"].isdigit() and int(o["dup"]) > 1 else rng.randint(2, len(body) - 2)
            body.insert(k + 1, body[k])
            dups.append(squash(body[k]))
            PHEN["duplicated line"] += 1
        # headline, label and byline placement
        place = o.get("place", rng.choice(["after", "after", "after", "bunch"]))
        bylines = []
        if byline:
            bl = byline.split(" ")
            if len(byline) > 12 and rng.random() < 0.7:
                i = 1 if len(bl) > 1 else 0
                bylines = [" ".join(bl[:i + 1]), " ".join(bl[i + 1:])] if len(bl) > 2 else [bl[0], " ".join(bl[1:])] if len(bl) > 1 else [byline]
            else:
                bylines = [byline]
            bylines = [b for b in bylines if b]
            if len(bl) == 1:
                PHEN["bare-name byline"] += 1
        bpos = o.get("bylinepos", "before" if kind in ("commentary", "feature") else "head")
        lpos = o.get("labelpos", "after" if kind == "commentary" else "head")
        seg = []
        hd = list(head)
        if label and lpos == "head":
            hd = [label] + hd
            PHEN["column label line"] += 1
        if bylines and bpos == "head":
            hd = hd + bylines
        if place == "before":
            seg += hd
            PHEN["headline before body"] += 1
        if label and lpos == "before":
            seg.append(label)
            PHEN["column label line"] += 1
        if bylines and bpos == "before":
            seg += bylines
        seg += body
        if label and lpos == "after":
            seg.append(label)
            PHEN["column label line"] += 1
        if place == "after":
            seg += hd
            PHEN["headline after body"] += 1
        elif place == "bunch":
            bunch += hd
            PHEN["headline bunched with others"] += 1
        out_blocks.append(seg)
        if si == bunch_at and bunch:
            out_blocks.append(bunch)
            bunch = []
        for d in st.get("_bold", []):
            dups.append(d)
    if bunch:
        out_blocks.append(bunch)
    if top_credits:
        out_blocks.insert(1 if page.get("masthead") else 0, top_credits)
    for box in page["boxes"]:
        k = rng.randint(1, len(out_blocks))
        out_blocks.insert(k, box)
        extras.append("".join(squash(p) for p in box))
        PHEN["box line (extras)"] += 1
    lines = [l for b in out_blocks for l in b]
    return "\n\n".join(lines) + "\n", extras, dups


def head_lines(st: dict, rng: random.Random, mode: str, col: bool) -> list[str]:
    o = st["opt"]
    parts = head_parts(st, mode)
    out = []
    st["_bold"] = []
    for role, text in parts:
        if role == "title":
            tm = o.get("tsplit", (rng.choice(["one", "one", "two", "last"]) if len(text) > 13 or " " in text else "one") if col else "one")
            ls = split_title(text, rng, tm)
            if len(ls) > 1:
                PHEN["headline split over lines"] += 1
                if tm == "last":
                    PHEN["headline last word alone on a line"] += 1
            b = o.get("bold")
            if b == "inline":
                ls = [l + l for l in ls]
                st["_bold"].append(squash(text))
                PHEN["headline drawn twice (one line)"] += 1
            elif b == "line":
                ls = ls + ls
                st["_bold"].append(squash(text))
                PHEN["headline drawn twice (two lines)"] += 1
            if o.get("lead") == "1":
                ls[0] = " " + ls[0]
            out += ls
        elif role == "kicker" and (o.get("ksplit") == "1"):
            k = len(text) // 2
            out += [text[:k], text[k:]]
            PHEN["kicker over two lines"] += 1
        else:
            out.append(text)
        if role == "subtitle" and text.startswith("——"):
            PHEN["dash-led subtitle"] += 1
        if role == "subtitle" and text.endswith("出席"):
            PHEN["某某出席 line"] += 1
    if len(parts) == 3:
        PHEN["three-part headline stack"] += 1
    if len(out) - (len(out) // 2 if st["_bold"] and o.get("bold") == "line" else 0) >= 4:
        PHEN["headline stack of 4+ lines"] += 1
    return out


# ---------------------------------------------------------------- paragraph layout
def para_page(page: dict, rng: random.Random, mode: str):
    extras, dups = [], []
    blocks = []        # list of text lines (each its own printed line)
    if page.get("masthead"):
        pieces = page["masthead"].split("|")
        blocks += [p for p in pieces] + [""]
        extras.append("".join(squash(p) for p in pieces))
        PHEN["masthead pieces"] += 1
    stories = page["stories"]
    rendered = [render_para_story(st, rng, mode, dups) for st in stories]
    # interleave: story i cut inside paragraph k, story i+1 printed, rest of i follows
    order = []
    i = 0
    while i < len(stories):
        st = stories[i]
        if "cut" in st["opt"] and i + 1 < len(stories):
            a, b = rendered[i], rendered[i + 1]
            k = int(st["opt"]["cut"])
            pa = a["pidx"][k]
            txt = a["lines"][pa]
            body = txt[len(a["pref"][k]):]
            pos = len(a["pref"][k]) + cut_point(body, rng)
            A1 = a["lines"][:pa] + [txt[:pos]]
            A2 = [txt[pos:]] + a["lines"][pa + 1:]
            PHEN["story cut mid-paragraph, continued after another story"] += 1
            m = int(st["opt"].get("after", "1"))
            if "cutb" in st["opt"] and len(b["pidx"]) > m:
                pb = b["pidx"][m]
                tb = b["lines"][pb]
                bb = tb[len(b["pref"][m]):]
                posb = len(b["pref"][m]) + cut_point(bb, rng)
                B1 = b["lines"][:pb] + [tb[:posb]]
                B2 = [tb[posb:]] + b["lines"][pb + 1:]
                PHEN["story cut mid-paragraph, continued after another story"] += 1
            else:
                n = b["pidx"][m] if len(b["pidx"]) > m else len(b["lines"])
                B1, B2 = b["lines"][:n], b["lines"][n:]
            order += A1 + B1 + A2 + B2
            i += 2
            continue
        order += rendered[i]["lines"]
        i += 1
    for box in page["boxes"]:
        k = rng.choice([len(order), len(order), rng.randint(0, len(order))])
        order[k:k] = box
        extras.append("".join(squash(p) for p in box))
        PHEN["box line (extras)"] += 1
    blocks += order
    out = []
    for l in blocks:
        out.append(l)
        out.append("" if rng.random() < 0.93 else "\n")
    return "\n".join(["", ""] + out) + "\n", extras, dups


def render_para_story(st: dict, rng: random.Random, mode: str, dups: list) -> dict:
    o, kind = st["opt"], st["kind"]
    f = st["f"]
    lines, pidx, pref = [], [], []
    label = punct(f["column"], mode)
    byline = punct(f["byline"], mode)
    head = head_lines(st, rng, mode, col=False)
    dups += st["_bold"]
    parts = head_parts(st, mode)
    hj = o.get("headjoin", rng.choice(["1", "1", "0"]))
    if hj == "1" and len(parts) > 1 and not st["_bold"] and o.get("ksplit") != "1":
        head = [" ".join(t for _, t in parts)]
        PHEN["headline parts joined by spaces on one line"] += 1
    lpos = o.get("labelpos", "before")
    if label and lpos == "before":
        lines.append(label)
        PHEN["column label line"] += 1
    if kind == "photo":
        cap = punct(st["paras"][0][1], mode)
        cred = o.get("credit", "inline")
        PHEN["photo credit " + cred] += 1
        lines += head
        if cred == "inline":
            lines.append(cap + rng.choice([" ", "", "  "]) + byline)
        elif cred == "own":
            lines += [cap, byline]
        elif cred == "right":
            lines += [cap, " " * rng.randint(20, 60) + byline]
        elif cred == "top":
            lines = [byline] + lines + [cap]
        else:
            lines.append(cap)
        pidx.append(len(lines) - 1)
        pref.append("")
        return {"lines": lines, "pidx": pidx, "pref": pref}
    hpos = o.get("place", "before")
    if hpos == "before":
        lines += head
    if byline:
        if kind in ("commentary", "feature") or o.get("bylinepos"):
            lines.append(byline)
            if " " not in byline:
                PHEN["bare-name byline"] += 1
    dl = punct(f["dateline"], mode)
    first = True
    for pi, (k, t) in enumerate(st["paras"]):
        t = punct(t, mode)
        if hpos == "late" and pi == int(o.get("hafter", "2")):
            lines += head
            PHEN["headline printed after first paragraphs"] += 1
        if k == "h":
            lines.append(t)
            PHEN["crosshead"] += 1
            continue
        pre = ""
        if first and dl:
            pre = dl
        if first and kind == "continuation":
            mk = punct("（" + f["continued"] + "）", mode)
            if o.get("markown") == "1":
                lines.append(rng.choice(["▲", "▲ ▲", ""]) + mk)
            else:
                pre = rng.choice(["▲", "▲ ▲"]) + mk
            PHEN["continuation marker"] += 1
        first = False
        txt = pre + t
        if pre and dl and o.get("dlbreak") == "date":
            m = re.search(r"\d+日(讯|电)", txt)
            if m:
                c = m.start() + len(re.match(r"\d+", m.group()).group())
                lines += [txt[:c], txt[c:]]
                PHEN["break inside dateline date"] += 1
                pidx.append(len(lines) - 1)
                pref.append(pre[c:])
                continue
        if o.get("split") == str(pi):
            c = cut_point(t, rng, 0.35, 0.7)
            lines += [txt[:len(pre) + c], txt[len(pre) + c:]]
            PHEN["paragraph broken over two lines"] += 1
            pidx.append(len(lines) - 1)
            pref.append("")
            continue
        lines.append(txt)
        pidx.append(len(lines) - 1)
        pref.append(pre)
        if o.get("dup") == str(pi):
            lines.append(txt)
            dups.append(squash(txt))
            PHEN["duplicated line"] += 1
    if st["jump"]:
        lines.append(punct(rng.choice(["▷", "▶"]) + "（" + f["continued"] + "）", "half"))
        PHEN["jump marker 下转"] += 1
    if label and lpos == "after":
        lines.append(label)
        PHEN["column label line"] += 1
    if hpos == "after":
        lines += head
        PHEN["headline after body"] += 1
    return {"lines": lines, "pidx": pidx, "pref": pref}


# ---------------------------------------------------------------- main
def resolve_jumps(pages: dict):
    """A front-page story with a ⟫ in its text jumps; the rest becomes a
    continuation article on the page that names it in a `from:` line."""
    for p in pages.values():
        for st in p["stories"]:
            if st["kind"] == "continuation" and st["from"]:
                pid, sid = st["from"].split("/")
                src = next(s for s in pages[pid]["stories"] if s["id"] == sid)
                paras = src["paras"]
                ji = next(i for i, (_, t) in enumerate(paras) if "⟫" in t)
                head, tail = paras[ji][1].split("⟫")
                if "_cont" not in src:
                    src["_cont"] = [("p", tail)] + paras[ji + 1:]
                    src["paras"] = paras[:ji] + [("p", head)]
                st["paras"] = src["_cont"]


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.glob("*"):
            f.unlink()
    srcs = sorted(SRC.glob("p*.txt"))
    pages = {}
    for s in srcs:
        p = parse_page(s)
        pages[p["id"]] = p
    resolve_jumps(pages)
    rows = []
    for pid in sorted(pages):
        p = pages[pid]
        rng = random.Random(int(p["seed"]))
        mode = p.get("punct", "full")
        PHEN["page with punctuation: " + mode] += 1
        if p["layout"] == "column":
            text, extras, dups = column_page(p, rng, mode)
        else:
            text, extras, dups = para_page(p, rng, mode)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{pid.zfill(3)}_{sha}"
        arts = [gold_article(st, mode) for st in p["stories"]]
        gold = {"source": name + ".txt", "issue_date": p["date"],
                "issue_number": p.get("issue_number") or None,
                "page_count": int(p["page_count"]) if p.get("page_count") else None,
                "articles": arts, "extras": extras, "duplicates": dups}
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        kinds = Counter(a["kind"] for a in arts)
        for a in arts:
            if "电（" in a["dateline"] or "电(" in a["dateline"]:
                PHEN["dateline with 电"] += 1
            elif a["dateline"]:
                PHEN["dateline with 讯"] += 1
        rows.append((name, p["date"], p.get("pageno", "?"), p["layout"], mode, len(arts),
                     dict(kinds), len(squash(text))))
    write_readme(rows)
    for r in rows:
        print(f"{r[0]}  {r[1]}  p{r[2]:>2}  {r[3]:6} {r[4]:5} arts={r[5]:2} chars={r[7]}")


def write_readme(rows):
    total_k = Counter()
    for r in rows:
        total_k.update(r[6])
    L = []
    L.append("# dev_zj: a blind test set of Hunan Daily page texts (2015–2020)\n")
    L.append("Sixteen invented pages of the Hunan Daily (湖南日报), made without sight of the "
             "segmenter, to measure it on pages it has never seen. Every story, person, place "
             "detail and figure is invented (counties and cities are real place names; officials "
             "and reporters are not real people).\n")
    L.append("## How it was made\n")
    L.append("- `src/pNN.txt`: the stories, hand-written for this set in the manner of the paper "
             "(one file per page; `@` lines are page settings, `== kind` starts a story, its "
             "header holds kicker/title/subtitle/column/byline/dateline/continued and layout "
             "hints in `opt:`; body lines are paragraphs, `## ` lines crossheads; `⟫` marks where "
             "a front-page story jumps to an inside page).\n"
             "- `compose.py`: deterministic composer (per-page `random.Random(seed)`), laying the "
             "stories out as the seeds are printed: **column** layout (one printed column line per "
             "text line, each followed by a blank line; widths vary per page and story, narrower "
             "for commentary; headlines after their body or bunched with other stories' headlines; "
             "each story's body in one run) and **paragraph** layout (one paragraph per line; "
             "headline parts on separate lines or joined by spaces; stories cut mid-paragraph and "
             "continued after a piece of the next story).\n"
             "- `gold/`: annotations in the exact format of `/work/shared/gold` (see its FORMAT.md).\n"
             "- `check.py`: builds the export a perfect segmenter would print, scores it with "
             "`/work/shared/tools/score.py`, and checks that no 6-character run of the seeds' "
             "headlines/paragraphs appears here (apart from generic words).\n")
    L.append("## Gold conventions followed (from the seeds)\n")
    L.append("- paragraphs hold no whitespace at all (layout and glyph-gap spaces removed); a "
             "paragraph cut by the layout is rejoined by plain concatenation of its pieces;\n"
             "- headline fields keep the space printed inside a two-part line (`A B`); "
             "`subheads` keep a printed space, their copy in `paragraphs` does not;\n"
             "- datelines are stored as printed with single spaces between names "
             "(`湖南日报3月8日讯（记者 甲 通讯员 乙）`), stripped from the first paragraph;\n"
             "- `continued` holds the marker text without glyphs/brackets: `下转2版`, `上接1版`;\n"
             "- photos: kind `photo`, printed title (if any) in `title`, caption as the one "
             "paragraph, credit (`X 摄`, `…摄影报道`, group credit `以上图片均由…`) in `byline`;\n"
             "- commentary: title, column label (`column`) and byline (`湖南日报评论员 X` or a bare "
             "name) wherever they are printed on the page;\n"
             "- continuation of a front-page story: kind `continuation`, empty headline;\n"
             "- masthead pieces and box lines (countdowns, editor lines, code prompts) go to "
             "`extras`, one string per box, pieces joined; text printed twice (duplicated lines, "
             "headlines drawn twice for bold) goes to `duplicates`;\n"
             "- `issue_date` is the date of the paper (for inside pages: the day after the "
             "datelines); `issue_number`/`page_count` only where a masthead prints them.\n")
    L.append("## Phenomena laid out (counts over the set)\n")
    L.append("| phenomenon | count |\n|---|---|")
    for k, v in sorted(PHEN.items()):
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("## Pages\n")
    L.append("| file | issue date | page of issue | layout | punctuation | articles | kinds | characters (no whitespace) |")
    L.append("|---|---|---|---|---|---|---|---|")
    for r in rows:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r[6].items()))
        L.append(f"| {r[0]}.txt | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {kinds} | {r[7]} |")
    L.append("")
    L.append("Articles by kind over the set: " + ", ".join(f"{k} {v}" for k, v in sorted(total_k.items()))
             + f"; total {sum(total_k.values())}.\n")
    L.append("## Limits\n")
    L.append("- The layouts are simulated from five seed pages; real extraction has more kinds of "
             "noise (tables, ads, broken glyphs) than are reproduced here.\n"
             "- Column-layout line widths use a simple metric (CJK = 1, ASCII = 0.55); justified "
             "spreading is applied to random lines rather than to the lines a real justifier would stretch.\n"
             "- Jump-marker glyphs (`▷`, `▲`) are not in any gold field (as in the seeds), so coverage "
             "is a hair under 1 before rounding (prints 1.000).\n"
             "- The seed-overlap check allows a list of stock official phrases and institution names "
             "(`check.py` GENERIC: 出席并讲话, 政府工作报告, 人均可支配收入 …); everything else shares no "
             "6-character run with the seeds' headlines and paragraphs.\n"
             "- Pages sit near the low end of the 4,500–6,500 character range.\n"
             "- Role choices that the seeds do not settle are this set's own: essays and the poem on the "
             "副刊 page are `feature` (a poem's lines are its paragraphs); a group photo credit is the "
             "byline of the photo item it is printed with.\n")
    (ROOT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
