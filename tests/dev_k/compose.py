#!/usr/bin/env python3
"""Deterministic composer for the dev_k test set.

Reads the hand-written issues in src/*.txt, draws each page in its extraction
layout (col or para, as the seed pages show) with seeded randomness, and writes
pages/NNN_<hex>.txt, gold/NNN_<hex>.json, phenomena.json and README.md.

    python3 compose.py
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240917

CLOSE = set("，。、；：？！”’）》」』…—,.;:?!)%")
OPEN = set("“‘（《「『(")
NOSPACE_AFTER = set("，。、；：？！”’）》」』,.;:?!)")


# ---------------------------------------------------------------- parsing
def parse_sources():
    pages = []
    for f in sorted((HERE / "src").glob("d*.txt")):
        page = None
        art = None
        for raw in f.read_text(encoding="utf-8").splitlines():
            line = raw.rstrip()
            if not line.strip():
                continue
            if line.startswith("## PAGE"):
                meta = dict(kv.split("=", 1) for kv in line.split()[2:])
                same = [p for p in pages if p["meta"]["date"] == meta["date"] and p["meta"]["no"] == meta["no"]]
                if same:          # a later file adds stories to a page already begun
                    page = same[0]
                else:
                    page = {"meta": meta, "masthead": [], "boxes": [], "articles": [], "src": f.name}
                    pages.append(page)
                art = None
                continue
            if art is None and line.startswith("masthead:"):
                page["masthead"] = line.split(":", 1)[1].strip().split("|")
                continue
            if art is None and line.startswith("box:"):
                page["boxes"].append(line.split(":", 1)[1].strip())
                continue
            if line.startswith("@ "):
                art = {"kind": line[2:].strip(), "f": {}, "s": [], "body": []}
                page["articles"].append(art)
                continue
            m = re.match(r"^(k|t|s|c|b|d|j|tb|opt): ?(.*)$", line)
            if m and not art["body"]:
                key, val = m.group(1), m.group(2).strip()
                if key == "s":
                    art["s"].append(val)
                else:
                    art["f"][key] = val
                continue
            if line.startswith("# "):
                art["body"].append(("h", line[2:].strip()))
            else:
                art["body"].append(("p", line.strip()))
    return pages


# ---------------------------------------------------------------- text helpers
def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(ch):
    return ("\u4e00" <= ch <= "\u9fff") or ("\u3400" <= ch <= "\u4dbf")


HALF_ALL = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"})
HALF_BR = str.maketrans({"（": "(", "）": ")"})


def punct(s, mode):
    if mode == "half":
        return s.translate(HALF_ALL)
    if mode == "brackets":
        return s.translate(HALF_BR)
    return s


def tokens(text):
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+·]*|.", text)


def tw(tok):
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def wrap(text, width):
    """Break text into column lines of about `width` full-width characters."""
    lines, cur, w = [], [], 0.0
    for tok in tokens(text):
        t = tw(tok)
        if cur and w + t > width and tok[0] not in CLOSE:
            # do not end a line on an opening bracket/quote
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append("".join(cur).rstrip())
            cur = carry
            w = sum(tw(x) for x in cur)
            if tok == " ":
                continue
        cur.append(tok)
        w += t
    if cur:
        lines.append("".join(cur).rstrip())
    return [l.lstrip() if i else l for i, l in enumerate(lines)]


def fix_boundary(ls, nd):
    """The scorer finds text as pieces of 4+ characters: a line must not hold
    fewer than 4 characters of the dateline before the body starts. Move the
    break back until the dateline tail on that line is long enough."""
    acc = 0
    for i, l in enumerate(ls):
        q = len(squash(l))
        if acc < nd < acc + q:
            tail = nd - acc
            if 0 < tail < 4 and i > 0:
                prev = ls[i - 1]
                need = 4 - tail
                k = len(prev)
                while need > 0 and k > 0:
                    k -= 1
                    if not prev[k].isspace():
                        need -= 1
                ls[i - 1] = prev[:k].rstrip()
                ls[i] = prev[k:].lstrip() + l
            break
        acc += q
    return ls


def space_numbers(line, rng, p_before=0.8, p_after=0.55):
    out = []
    toks = tokens(line)
    for i, tok in enumerate(toks):
        if tok[0].isdigit():
            prev = toks[i - 1] if i else ""
            if prev and is_cjk(prev[-1]) and rng.random() < p_before:
                out.append(" ")
            out.append(tok)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and is_cjk(nxt[0]) and not tok.endswith("%") and rng.random() < p_after:
                out.append(" ")
            continue
        out.append(tok)
    return "".join(out)


def letter_space(line):
    toks = tokens(line)
    out = []
    for i, tok in enumerate(toks):
        out.append(tok)
        if (i + 1 < len(toks) and tok[-1] not in NOSPACE_AFTER and tok != " " and toks[i + 1] != " "
                and toks[i + 1][0] not in CLOSE and (tok[-1] not in OPEN or tok == "“")):
            out.append(" ")
    return "".join(out)


def cut_point(p, rng):
    """Where a paragraph is cut when its rest is printed after another story:
    between a verb and its figure, or a figure and its unit, else mid-text."""
    n = len(p)
    cands = []
    for m in re.finditer(r"[0-9][0-9.%]*", p):
        a, b = m.start(), m.end()
        if 0.25 * n < a < 0.85 * n and a > 0 and is_cjk(p[a - 1]):
            cands.append(("verb|figure", a))
        if 0.25 * n < b < 0.85 * n and b < n and is_cjk(p[b]):
            cands.append(("figure|unit", b))
    if cands and rng.random() < 0.8:
        return rng.choice(cands)
    i = rng.randint(int(n * 0.35), max(int(n * 0.35) + 1, int(n * 0.75)))
    while i < n - 1 and (p[i] in CLOSE or p[i - 1] in OPEN):
        i += 1
    return ("mid-text", i)


# ---------------------------------------------------------------- gold
def gold_article(a, mode):
    f = a["f"]
    paras = [punct(t, mode) for _, t in a["body"]]
    subs = [punct(t, mode) for k, t in a["body"] if k == "h"]
    byline = f.get("b") or f.get("tb") or ""
    return {
        "kind": a["kind"],
        "column": punct(f.get("c", ""), mode),
        "kicker": punct(f.get("k", "").replace("|", ""), mode),
        "title": punct(f.get("t", "").replace("|", ""), mode),
        "subtitle": punct(" ".join(s.replace("|", "") for s in a["s"]), mode),
        "byline": punct(byline, mode),
        "dateline": punct(f.get("d", ""), mode),
        "continued": f.get("j", ""),
        "subheads": subs,
        "paragraphs": paras,
    }


# ---------------------------------------------------------------- masthead
def masthead_lines(ms, rng, ph, layout):
    """ms = [year-month, day, weekday, lunar, number, pages]"""
    out = []
    i = 0
    while i < len(ms):
        if i + 1 < len(ms) and i in (1, 3) and rng.random() < 0.5:
            out.append(ms[i] + " " + ms[i + 1])
            ph["masthead merged"] += 1
            i += 2
        else:
            out.append(ms[i])
            i += 1
    return out


# ---------------------------------------------------------------- col layout
class Col:
    def __init__(self, page, rng, ph):
        self.page, self.rng, self.ph = page, rng, ph
        self.lines = []
        self.extras = []
        self.dups = []

    def emit(self, *ls):
        self.lines.extend(ls)

    def headline_lines(self, a, gold):
        rng, ph = self.rng, self.ph
        f = a["f"]
        hl = []
        if f.get("c") and a["kind"] != "commentary":
            hl.append(f["c"])
        if f.get("k"):
            hl.extend(f["k"].split("|"))
        t = f.get("t", "")
        if t:
            tl = t.split("|")
            if len(tl) > 1:
                ph["headline last word alone"] += 1
            if "double" in f.get("opt", ""):
                if rng.random() < 0.5:
                    tl = [x + x for x in tl]
                    ph["headline doubled on one line"] += 1
                else:
                    tl = tl + tl
                    ph["headline two identical lines"] += 1
                self.dups.append(t.replace("|", ""))
            hl.extend(tl)
        for s in a["s"]:
            hl.extend(s.split("|"))
        if len([x for x in (f.get("k"), t) if x]) + len(a["s"]) >= 3:
            ph["headline stack 3-4 lines"] += 1
        return hl

    def body_lines(self, a, width, stream_prefix=""):
        rng, ph = self.rng, self.ph
        f = a["f"]
        out = []
        paras = [t for _, t in a["body"]]
        kinds = [k for k, _ in a["body"]]
        d = f.get("d", "")
        for pi, (k, p) in enumerate(zip(kinds, paras)):
            if k == "h":
                out.append(p)
                continue
            if pi == 0 and d:
                dl = d
                segs = None
                r = rng.random()
                if "通讯员" in dl and r < 0.35:
                    cut = dl.index("通讯员")
                    segs = [dl[:cut].rstrip(), dl[cut:] + p]
                    ph["dateline broken before 通讯员"] += 1
                elif r < 0.55:
                    m = re.match(r"^(湖南日报(?:·华声在线)?(?:北京)?)(\d+月)(\d+日)", dl)
                    if m:
                        cut = m.end(1) + (len(m.group(2)) if rng.random() < 0.6 else len(m.group(2)) - 1)
                        segs = [dl[:cut], dl[cut:] + p]
                        ph["dateline broken inside date"] += 1
                if segs is None:
                    ls = fix_boundary(wrap(dl + p, width), len(squash(dl)))
                else:
                    ls = [segs[0]] + fix_boundary(wrap(segs[1], width), len(squash(segs[1])) - len(squash(p)))
                if rng.random() < 0.45:
                    ls[0] = " " + re.sub(r"(\d+月)(\d)", r"\1 \2", re.sub(r"^湖南日报(?=\d)", "湖南日报 ", ls[0]))
                    ph["dateline spaced"] += 1
                # space after opening quote
            else:
                ls = wrap(p, width)
            for li in range(len(ls)):
                ls[li] = space_numbers(ls[li], rng)
                if li < len(ls) - 1 and len(ls[li]) > 6 and (li > 0 or not d or pi > 0) and rng.random() < 0.08:
                    ls[li] = letter_space(ls[li])
                    ph["justified (letter-spaced) line"] += 1
                elif "“" in ls[li] and rng.random() < 0.15:
                    ls[li] = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", ls[li], count=1)
                    ph["space after opening quote"] += 1
            out.extend(ls)
        if len(out) > 6 and rng.random() < 0.12:
            i = rng.randint(2, len(out) - 2)
            if len(out[i].strip()) >= 8:
                out.insert(i + 1, out[i])
                self.dups.append(squash(out[i]))
                ph["duplicated line"] += 1
        return out

    def render(self, gold_arts, mode):
        rng, ph = self.rng, self.ph
        page = self.page
        bunch = []
        flush_in = 0
        n = len(page["articles"])
        mast_at = rng.randint(0, n - 1) if page["masthead"] else -1
        for ai, a in enumerate(page["articles"]):
            g = gold_arts[ai]
            f = a["f"]
            if ai == mast_at:
                ml = masthead_lines(page["masthead"], rng, ph, "col")
                self.emit(*ml)
                self.extras.extend(ml)
                ph["masthead pieces"] += 1
            kind = a["kind"]
            if kind == "photo":
                cap_w = rng.choice([38, 42, 46, 200])
                if f.get("t"):
                    self.emit(f["t"])
                caps = [t for _, t in a["body"]]
                credit = f.get("b", "")
                mode_c = rng.choice(["inline", "own", "right"])
                for ci, c in enumerate(caps):
                    ls = wrap(c, cap_w) if cap_w < 100 else [c]
                    if len(ls) > 1 and len(squash(ls[-1])) < 6:
                        ls[-2:] = [ls[-2] + ls[-1]]
                    if ci == len(caps) - 1 and credit:
                        if mode_c == "inline":
                            ls[-1] = ls[-1] + "  " + credit
                            ph["photo credit on caption line"] += 1
                        elif mode_c == "own":
                            ls.append(credit)
                            ph["photo credit on own line"] += 1
                        else:
                            ls.append(" " * rng.randint(24, 40) + credit)
                            ph["photo credit right-aligned"] += 1
                    self.emit(*ls)
                continue
            width = rng.choice([13, 14, 15, 16, 17, 18, 19, 20, 21, 22])
            if kind == "commentary":
                width = rng.choice([11, 12, 13, 14])
            hl = self.headline_lines(a, g)
            place = rng.choices(["after", "before", "bunch"], [0.45, 0.2, 0.35])[0]
            if kind in ("continuation",):
                place = "none"
            by = f.get("b", "")
            if kind == "commentary":
                if by:
                    parts = by.rsplit(" ", 1)
                    if len(parts) == 2 and rng.random() < 0.6:
                        self.emit(*parts)
                        ph["byline split over two lines"] += 1
                    else:
                        self.emit(by)
                    if " " not in by and "评论员" not in by:
                        ph["bare-name byline"] += 1
                body = self.body_lines(a, width)
                self.emit(*body)
                if f.get("c"):
                    self.emit(f["c"])
                    ph["column label own line"] += 1
                if hl:
                    if place == "bunch":
                        bunch.append(hl)
                    else:
                        self.emit(*hl)
                ph["headline %s body" % ("bunched apart from" if place == "bunch" else "after")] += bool(hl)
            elif kind == "continuation":
                mk = rng.choice(["▲ ▲（%s）", "（%s）", "▲▲（%s）"]) % f["j"]
                body = self.body_lines(a, width)
                if rng.random() < 0.5:
                    self.emit(mk)
                    ph["jump marker own line"] += 1
                else:
                    body[0] = mk + body[0]
                    ph["jump marker inline"] += 1
                self.extras.append(mk)
                self.emit(*body)
            else:
                pre = []
                if by and kind != "other":
                    if " " in by and rng.random() < 0.5 and len(by) > 12:
                        i = by.index(" 通讯员") if " 通讯员" in by else by.rindex(" ")
                        pre = [by[:i], by[i + 1:]]
                        ph["byline split over two lines"] += 1
                    else:
                        pre = [by]
                if place == "before":
                    self.emit(*hl)
                self.emit(*pre)
                body = self.body_lines(a, width)
                self.emit(*body)
                if by and kind == "other":
                    self.emit(by)
                    ph["letter signed at end"] += 1
                if f.get("tb"):
                    self.emit(f["tb"])
                    ph["reporter credit after body"] += 1
                if f.get("j"):
                    mk = rng.choice(["▷（%s）", "（%s）"]) % f["j"]
                    self.emit(mk)
                    self.extras.append(mk)
                    ph["jump marker own line"] += 1
                if place == "after":
                    self.emit(*hl)
                    ph["headline after body"] += 1
                elif place == "bunch":
                    bunch.append(hl)
                    ph["headline bunched apart from body"] += 1
                else:
                    ph["headline before body"] += 1
            if bunch:
                if flush_in <= 0:
                    flush_in = rng.randint(1, 4)
                flush_in -= 1
                if flush_in == 0 and len(bunch) >= 2:
                    for h in bunch:
                        self.emit(*h)
                    bunch = []
        for h in bunch:
            self.emit(*h)
        for b in page["boxes"]:
            at = rng.randint(0, len(self.lines))
            bl = b.split("|")
            self.lines[at:at] = bl
            self.extras.extend(bl)
            ph["box lines"] += 1
        return "\n\n".join(self.lines) + "\n\n"


# ---------------------------------------------------------------- para layout
class Para:
    def __init__(self, page, rng, ph, mode):
        self.page, self.rng, self.ph, self.mode = page, rng, ph, mode
        self.lines = []
        self.extras = []
        self.dups = []

    def P(self, s):
        return punct(s, self.mode)

    def head(self, a):
        rng, ph = self.rng, self.ph
        f = a["f"]
        k = self.P(f.get("k", ""))
        t = self.P(f.get("t", ""))
        subs = [self.P(s) for s in a["s"]]
        out = []
        if f.get("c") and a["kind"] != "commentary":
            out.append(self.P(f["c"]))
            ph["column label own line"] += 1
        tl = t.split("|") if t else []
        if "|" in t:
            ph["headline last word alone"] += 1
        if "double" in f.get("opt", "") and tl:
            if rng.random() < 0.5:
                tl = ["".join(tl) + " " + "".join(tl)]
                ph["headline doubled on one line"] += 1
            else:
                tl = tl + tl
                ph["headline two identical lines"] += 1
            self.dups.append(t.replace("|", ""))
        style = rng.random()
        kl = k.split("|") if k else []
        if len(kl) + len(tl) + len(subs) >= 3:
            ph["headline stack 3-4 lines"] += 1
        if kl and tl and len(tl) == 1 and style < 0.4:
            out.append(" ".join(kl) + " " + tl[0])
            ph["kicker and title on one line"] += 1
            tl = []
            kl = []
        out.extend(kl)
        if tl and subs and len(tl) == 1 and style > 0.6:
            out.append(tl[0] + " " + subs[0].replace("|", ""))
            ph["title and subtitle on one line"] += 1
            tl, subs = [], subs[1:]
        out.extend(tl)
        for s in subs:
            out.extend(s.split("|"))
        return out

    def pieces(self, a, gold):
        """Return list of lines for an article, each a list of pieces;
        pieces of one paragraph may later be separated."""
        rng, ph = self.rng, self.ph
        f = a["f"]
        items = []   # list of [text] lines; a paragraph may become 2 lines
        d = self.P(f.get("d", ""))
        for pi, (k, p) in enumerate(a["body"]):
            p = self.P(p)
            if pi == 0 and d:
                if rng.random() < 0.12:
                    m = re.match(r"^(湖南日报(?:·华声在线)?(?:北京)?\d+月)", d)
                    if m:
                        items.append([m.group(1)])
                        items.append([d[m.end():] + p])
                        ph["dateline broken inside date"] += 1
                        continue
                p = d + p
            if k == "p" and "“" in p and rng.random() < 0.08:
                p = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", p, count=1)
                ph["space after opening quote"] += 1
            items.append([p])
        return items

    def render(self, gold_arts):
        rng, ph = self.rng, self.ph
        page = self.page
        L = self.lines
        if page["masthead"]:
            ml = masthead_lines(page["masthead"], rng, ph, "para")
            L.extend(ml)
            self.extras.extend(ml)
            ph["masthead pieces"] += 1
            L.extend(["", ""])
        arts = page["articles"]
        blocks = []
        for ai, a in enumerate(arts):
            blocks.append(self.article_block(a, gold_arts[ai]))
        # interleave: pairs of neighbouring news stories
        i = 0
        order = []
        while i < len(blocks):
            a = blocks[i]
            if (i + 1 < len(blocks) and a["can_cut"] and blocks[i + 1]["can_cut"]
                    and rng.random() < 0.5):
                b = blocks[i + 1]
                order.extend(self.interleave(a, b))
                i += 2
            else:
                order.extend(a["head"] + a["lines"] + a["tail"])
                i += 1
        L.extend(order)
        for b in page["boxes"]:
            bl = b.split("|")
            if rng.random() < 0.6:
                L.extend([""] + bl)
            else:
                at = rng.randint(len(L) // 3, len(L))
                L[at:at] = bl
            self.extras.extend(bl)
            ph["box lines"] += 1
        # duplicated lines (extraction printed a block twice)
        body_idx = [j for j, x in enumerate(L) if len(x) > 60]
        if body_idx and rng.random() < 0.45:
            j = rng.choice(body_idx)
            x = L[j]
            at = min(len(L), j + rng.randint(1, 6))
            L.insert(at, x)
            self.dups.append(x)
            ph["duplicated line"] += 1
        return "\n\n" + "\n\n".join(L) + "\n\n"

    def article_block(self, a, g):
        rng, ph = self.rng, self.ph
        f = a["f"]
        kind = a["kind"]
        head, tail = [], []
        by = self.P(f.get("b", ""))
        items = self.pieces(a, g)
        lines = [x[0] for x in items]
        if kind == "photo":
            gap = ["", ""]
            if f.get("t"):
                gap.append(self.P(f["t"]))
            r = rng.random()
            if by:
                if r < 0.5:
                    lines[-1] = lines[-1] + by
                    ph["photo credit on caption line"] += 1
                elif r < 0.75:
                    lines.append(by)
                    ph["photo credit on own line"] += 1
                else:
                    lines.append(" " * rng.randint(30, 60) + by)
                    ph["photo credit right-aligned"] += 1
            return {"head": gap, "lines": lines, "tail": [], "can_cut": False}
        if kind == "continuation":
            mk = rng.choice(["(%s)", "▲（%s）", "（%s）"]) % f["j"]
            mk = self.P(mk)
            if rng.random() < 0.5:
                lines[0] = mk + lines[0]
                ph["jump marker inline"] += 1
            else:
                head = [mk]
                ph["jump marker own line"] += 1
            self.extras.append(mk)
            return {"head": head, "lines": lines, "tail": [], "can_cut": False}
        h = self.head(a)
        if kind == "commentary":
            col = self.P(f.get("c", ""))
            if col and rng.random() < 0.5:
                tail.append(col)
                ph["column label own line"] += 1
                col = ""
            elif col:
                ph["column label own line"] += 1
            head = ([col] if col else []) + h + ([by] if by else [])
            if by and " " not in by and "评论员" not in by:
                ph["bare-name byline"] += 1
            return {"head": head, "lines": lines, "tail": tail, "can_cut": False}
        head = h
        if by and kind != "other":
            if " 通讯员" in by and rng.random() < 0.5:
                i = by.index(" 通讯员")
                head = head + [by[:i], by[i + 1:]]
                ph["byline split over two lines"] += 1
            else:
                head = head + [by]
        if by and kind == "other":
            tail.append(by)
            ph["letter signed at end"] += 1
        if f.get("tb"):
            tail.append(self.P(f["tb"]))
            ph["reporter credit after body"] += 1
        if f.get("j"):
            mk = self.P(rng.choice(["▷（%s）", "▶（%s）"]) % f["j"])
            tail.append(mk)
            self.extras.append(mk)
            ph["jump marker own line"] += 1
        # a paragraph printed over two consecutive lines
        if len(lines) > 2 and rng.random() < 0.3:
            j = rng.randint(1, len(lines) - 1)
            if len(lines[j]) > 50:
                _, c = cut_point(lines[j], rng)
                lines[j:j + 1] = [lines[j][:c], lines[j][c:]]
                ph["paragraph broken over two lines"] += 1
        can = kind in ("news", "feature") and len(lines) >= 3
        return {"head": head, "lines": lines, "tail": tail, "can_cut": can}

    def interleave(self, A, B):
        rng, ph = self.rng, self.ph
        out = list(A["head"])
        ka = rng.randint(1, min(2, len(A["lines"]) - 2))
        out.extend(A["lines"][:ka])
        pa = A["lines"][ka]
        how, c = cut_point(pa, rng)
        out.append(pa[:c])
        out.extend(B["head"])
        kb = rng.randint(1, min(2, len(B["lines"]) - 1))
        out.extend(B["lines"][:kb])
        cut_b = len(B["lines"]) > kb + 1 and rng.random() < 0.5
        if cut_b:
            pb = B["lines"][kb]
            how_b, cb = cut_point(pb, rng)
            out.append(pb[:cb])
            ph["story cut (%s)" % how_b] += 1
        out.append(pa[c:])
        out.extend(A["lines"][ka + 1:])
        out.extend(A["tail"])
        if cut_b:
            out.append(pb[cb:])
            out.extend(B["lines"][kb + 1:])
        else:
            out.extend(B["lines"][kb:])
        out.extend(B["tail"])
        ph["story cut (%s)" % how] += 1
        ph["two stories alternating"] += 1
        return out


# ---------------------------------------------------------------- main
def main():
    rng_master = random.Random(SEED)
    pages = parse_sources()
    # every page is also drawn in the other layout ("twin"): same stories,
    # different extraction; twins are marked in phenomena.json and README.
    twins = []
    for pg in pages:
        t = dict(pg)
        t["meta"] = dict(pg["meta"], layout="para" if pg["meta"]["layout"] == "col" else "col",
                         twin_of="%s/%s" % (pg["meta"]["date"], pg["meta"]["no"]))
        twins.append(t)
    pages = pages + twins
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).glob("*"):
            old.unlink()
    phen_all = {}
    table = []
    for n, page in enumerate(pages):
        meta = page["meta"]
        layout = meta["layout"]
        date = meta["date"]
        stem = "%03d_%s" % (n, hashlib.sha256(("dev_k|%s|%s|%s|%s" % (date, meta["no"], layout, meta.get("twin_of"))).encode()).hexdigest()[:16])
        rng = random.Random(rng_master.random())
        ph = Counter()
        if layout == "col":
            mode = "full" if rng.random() < 0.75 else "brackets"
        else:
            mode = rng.choice(["half", "half", "brackets", "full"])
        if mode != "full":
            ph["half-width punctuation (%s)" % mode] += 1
        gold_arts = [gold_article(a, mode) for a in page["articles"]]
        if layout == "col":
            r = Col(page, rng, ph)
            text = r.render(gold_arts, mode)
            text = punct(text, mode)
            extras = [punct(x, mode) for x in r.extras]
            dups = [punct(x, mode) for x in r.dups]
        else:
            r = Para(page, rng, ph, mode)
            text = r.render(gold_arts)
            extras, dups = r.extras, r.dups
        ms = page["masthead"]
        issue_number = None
        page_count = None
        for x in ms:
            m = re.match(r"第(\d+)号", x)
            if m:
                issue_number = m.group(1)
            m = re.match(r"今日(\d+)版", x)
            if m:
                page_count = int(m.group(1))
        gold = {"source": stem + ".txt", "issue_date": date, "issue_number": issue_number,
                "page_count": page_count, "page_of_issue": int(meta["no"]), "layout": layout,
                "articles": gold_arts, "extras": extras, "duplicates": dups}
        (HERE / "pages" / (stem + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        kinds = Counter(a["kind"] for a in gold_arts)
        for a in page["articles"]:
            if a["kind"] == "commentary" and a["f"].get("c"):
                ph["commentary with column name"] += 1
            if a["body"] and any(k == "h" for k, _ in a["body"]):
                ph["feature with crossheads"] += 1
            if a["kind"] == "photo" and len(a["body"]) > 1:
                ph["photo group credit"] += 1
            if a["f"].get("b", "").startswith("文丨"):
                ph["副刊 essay 文丨 byline"] += 1
            if a["kind"] == "continuation":
                ph["untitled continuation"] += 1
        nchar = len(squash(text))
        phen_all[stem + ".txt"] = {"layout": layout, "date": date, "page_of_issue": int(meta["no"]),
                                   "twin_of": meta.get("twin_of"),
                                   "punctuation": mode, "articles": len(gold_arts),
                                   "kinds": dict(kinds), "characters": nchar,
                                   "phenomena": dict(sorted(ph.items()))}
        table.append((stem + ".txt", date, meta["no"], layout + (" (twin)" if meta.get("twin_of") else ""),
                      len(gold_arts), nchar, meta.get("name", "")))
    (HERE / "phenomena.json").write_text(json.dumps(phen_all, ensure_ascii=False, indent=1), encoding="utf-8")
    write_readme(phen_all, table)
    print("wrote %d pages" % len(table))


def write_readme(phen_all, table):
    tmpl = (HERE / "src" / "README.tmpl").read_text(encoding="utf-8")
    tot = Counter()
    pages_with = Counter()
    kinds = Counter()
    for v in phen_all.values():
        kinds.update(v["kinds"])
        for k, c in v["phenomena"].items():
            tot[k] += c
            pages_with[k] += 1
    ph_rows = "\n".join("| %s | %d | %d |" % (k, pages_with[k], tot[k]) for k in sorted(tot))
    pg_rows = "\n".join("| %s | %s | %s | %s | %d | %d |" % (s, d, no, lay, n, c) for s, d, no, lay, n, c, _ in table)
    chars = [t[5] for t in table]
    summary = "%d pages (%d col, %d para), %d articles (%s); %d–%d characters a page (whitespace excluded)." % (
        len(table), sum(t[3].startswith("col") for t in table), sum(t[3].startswith("para") for t in table),
        sum(kinds.values()), ", ".join("%s %d" % kv for kv in kinds.most_common()), min(chars), max(chars))
    out = tmpl.replace("{{SUMMARY}}", summary).replace("{{PHEN}}", ph_rows).replace("{{PAGES}}", pg_rows)
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
