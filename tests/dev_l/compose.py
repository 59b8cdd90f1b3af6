#!/usr/bin/env python3
"""Deterministic composer for the dev_l test set (standard library only).

Reads the hand-written issues in src/d*.txt, draws every page in its extraction
layout ("col": column-broken, or "para": one paragraph a line) with randomness
seeded by the page key (date/page number/layout), and writes

    pages/NNN_<sha256(page text)[:16]>.txt
    gold/NNN_<same>.json          (FORMAT.md format + page_of_issue, layout)
    phenomena.json                (per page and per article)
    README.md                     (from src/README.tmpl)

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

CLOSE = set("，。、；：？！”’）》」』…—,.;:?!)%")
OPEN = set("“‘（《「『(")
NOSPACE_AFTER = set("，。、；：？！”’）》」』,.;:?!)")
HALF_ALL = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"})
HALF_BR = str.maketrans({"（": "(", "）": ")"})


def punct(s, mode):
    if mode == "half":
        return s.translate(HALF_ALL)
    if mode == "brackets":
        return s.translate(HALF_BR)
    return s


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# ------------------------------------------------------------------ parsing
def parse_sources():
    pages = []
    for f in sorted((HERE / "src").glob("d*.txt")):
        page = art = None
        for raw in f.read_text(encoding="utf-8").splitlines():
            line = raw.rstrip()
            if not line.strip() or line.startswith("//"):
                continue
            if line.startswith("## PAGE"):
                meta = dict(kv.split("=", 1) for kv in line.split()[2:])
                page = {"meta": meta, "masthead": [], "boxes": [], "articles": [], "src": f.name}
                pages.append(page)
                art = None
                continue
            mode = page["meta"].get("punct", "full")
            if art is None and line.startswith("masthead:"):
                page["masthead"] = [punct(x, mode) for x in line.split(":", 1)[1].strip().split("|")]
                continue
            if art is None and line.startswith("box:"):
                page["boxes"].append(punct(line.split(":", 1)[1].strip(), mode))
                continue
            if line.startswith("@ "):
                art = {"kind": line[2:].strip(), "f": {}, "s": [], "body": [], "opt": set()}
                page["articles"].append(art)
                continue
            m = re.match(r"^(k|t|s|c|b|d|j|tb|opt|place|credit): ?(.*)$", line)
            if m and (not art["body"] or m.group(1) in ("tb", "j")):
                key, val = m.group(1), punct(m.group(2).strip(), mode)
                if key == "s":
                    art["s"].append(val)
                elif key == "opt":
                    art["opt"] = set(val.split(","))
                else:
                    art["f"][key] = val
                continue
            if line.startswith("# "):
                art["body"].append(("h", punct(line[2:].strip(), mode)))
            else:
                art["body"].append(("p", punct(line.strip(), mode)))
    return pages


def gold_article(a):
    f = a["f"]
    return {
        "kind": a["kind"],
        "column": f.get("c", ""),
        "kicker": f.get("k", "").replace("|", ""),
        "title": f.get("t", "").replace("|", ""),
        "subtitle": " ".join(s.replace("|", "") for s in a["s"]),
        "byline": f.get("b") or f.get("tb") or "",
        "dateline": f.get("d", ""),
        "continued": f.get("j", ""),
        "subheads": [t for k, t in a["body"] if k == "h"],
        "paragraphs": [t for _, t in a["body"]],
    }


# ------------------------------------------------------------------ text helpers
def tokens(text):
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+·]*|.", text)


def tw(tok):
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def wrap(text, width):
    lines, cur, w = [], [], 0.0
    for tok in tokens(text):
        t = tw(tok)
        if cur and w + t > width and tok[0] not in CLOSE:
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
    return [l.lstrip() if i else l for i, l in enumerate(lines) if l.strip()]


def fix_boundary(ls, nd):
    """The scorer finds text in pieces of 4+ characters: a line must not hold
    fewer than 4 characters of the dateline before the body begins."""
    acc = 0
    for i, l in enumerate(ls):
        q = len(squash(l))
        if acc < nd < acc + q:
            tail = nd - acc
            if 0 < tail < 4 and i > 0:
                prev = ls[i - 1]
                need, k = 4 - tail, len(prev)
                while need > 0 and k > 0:
                    k -= 1
                    if not prev[k].isspace():
                        need -= 1
                ls[i - 1] = prev[:k].rstrip()
                ls[i] = prev[k:].lstrip() + l
            break
        acc += q
    return [l for l in ls if l.strip()]


def space_numbers(line, rng, p_before=0.75, p_after=0.5):
    out, toks = [], tokens(line)
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
    toks, out = tokens(line), []
    for i, tok in enumerate(toks):
        out.append(tok)
        if (i + 1 < len(toks) and tok[-1] not in NOSPACE_AFTER and tok != " " and toks[i + 1] != " "
                and toks[i + 1][0] not in CLOSE and (tok[-1] not in OPEN or tok == "“")):
            out.append(" ")
    return "".join(out)


def cut_point(p, rng):
    n, cands = len(p), []
    for m in re.finditer(r"[0-9][0-9.%]*", p):
        a, b = m.start(), m.end()
        if 0.25 * n < a < 0.85 * n and is_cjk(p[a - 1]):
            cands.append(("verb|figure", a))
        if 0.25 * n < b < 0.85 * n and b < n and is_cjk(p[b]):
            cands.append(("figure|unit", b))
    r = rng.random()
    for want, lo, hi in (("verb|figure", 0.0, 0.4), ("figure|unit", 0.4, 0.8)):
        pick = [c for c in cands if c[0] == want]
        if lo <= r < hi and pick:
            return rng.choice(pick)
    if cands and r < 0.8:
        return rng.choice(cands)
    i = rng.randint(int(n * 0.35), max(int(n * 0.35) + 1, int(n * 0.75)))
    while i < n - 1 and (p[i] in CLOSE or p[i - 1] in OPEN):
        i += 1
    return ("inside a word" if is_cjk(p[i - 1]) and is_cjk(p[i]) else "mid-text", i)


def date_cut(dl, rng):
    """Split a dateline inside its date: after the month or before 月."""
    m = re.search(r"(\d+)月(\d+)日", dl)
    if not m:
        return None
    if rng.random() < 0.6:
        cut = m.start() + len(m.group(1)) + 1          # …7月 | 8日讯
    else:
        cut = m.start() + len(m.group(1))              # …7 | 月8日讯
    if len(squash(dl[:cut])) < 4:
        return None
    return cut


class Base:
    def __init__(self, page, rng):
        self.page, self.rng = page, rng
        self.ph = Counter()
        self.aph = [Counter() for _ in page["articles"]]
        self.cur = None
        self.lines, self.extras, self.dups = [], [], []

    def note(self, name, n=1, art=None):
        self.ph[name] += n
        i = self.cur if art is None else art
        if i is not None:
            self.aph[i][name] += n

    def masthead(self):
        ms, out, i = self.page["masthead"], [], 0
        while i < len(ms):
            if i + 1 < len(ms) and i in (1, 3) and self.rng.random() < 0.5:
                out.append(ms[i] + " " + ms[i + 1])
                self.ph["masthead merged"] += 1
                i += 2
            else:
                out.append(ms[i])
                i += 1
        self.ph["masthead pieces"] += 1
        self.extras.extend(out)
        return out


# ------------------------------------------------------------------ col layout
class Col(Base):
    def headline_lines(self, a, with_column=True):
        f, rng = a["f"], self.rng
        hl = []
        if f.get("c") and a["kind"] != "commentary" and with_column:
            hl.append(f["c"])
            self.note("column label own line")
        if f.get("k"):
            hl.extend(f["k"].split("|"))
        t = f.get("t", "")
        if t:
            tl = t.split("|")
            if len(tl) > 1:
                self.note("headline broken over two lines")
            if "double" in a["opt"]:
                if rng.random() < 0.5:
                    tl = [x + x for x in tl]
                    self.note("headline doubled on one line")
                else:
                    tl = tl + tl
                    self.note("headline two identical lines")
                self.dups.append(t.replace("|", ""))
            hl.extend(tl)
        for s in a["s"]:
            hl.extend(s.split("|"))
        n = len([x for x in (f.get("k"), t) if x]) + len(a["s"])
        if n >= 3:
            self.note("headline stack %d lines" % n)
        if f.get("k") and t and len(f["k"]) > len(t.replace("|", "")):
            self.note("kicker longer than title")
        if a["s"] and a["s"][0].startswith("——"):
            self.note("dash-led subtitle")
        return hl

    def body_lines(self, a, width):
        rng, f = self.rng, a["f"]
        out = []
        d = f.get("d", "")
        for pi, (k, p) in enumerate(a["body"]):
            if k == "h":
                out.append(p)
                continue
            if pi == 0 and d:
                r, segs = rng.random(), None
                if "通讯员" in d and not d.index("通讯员") < 8 and r < 0.35:
                    cut = d.index("通讯员")
                    segs = [d[:cut].rstrip(), d[cut:] + p]
                    self.note("dateline broken before 通讯员")
                elif r < 0.6:
                    cut = date_cut(d, rng)
                    if cut:
                        segs = [d[:cut], d[cut:] + p]
                        self.note("dateline broken inside date")
                if segs is None:
                    ls = fix_boundary(wrap(d + p, width), len(squash(d)))
                else:
                    ls = [segs[0]] + fix_boundary(wrap(segs[1], width), len(squash(segs[1])) - len(squash(p)))
                if rng.random() < 0.45:
                    ls[0] = " " + re.sub(r"(\d+月)(\d)", r"\1 \2", re.sub(r"^(湖南日报)(?=\d)", r"\1 ", ls[0]))
                    self.note("dateline spaced")
            else:
                ls = wrap(p, width)
            for li in range(len(ls)):
                ls[li] = space_numbers(ls[li], rng)
                if li < len(ls) - 1 and len(ls[li]) > 6 and (li > 0 or not d or pi > 0) and rng.random() < 0.08:
                    ls[li] = letter_space(ls[li])
                    self.note("justified (letter-spaced) line")
                elif "“" in ls[li] and rng.random() < 0.15:
                    ls[li] = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", ls[li], count=1)
                    self.note("space after opening quote")
            out.extend(ls)
        if len(out) > 6 and rng.random() < 0.12:
            i = rng.randint(2, len(out) - 2)
            if len(squash(out[i])) >= 8:
                out.insert(i + 1, out[i])
                self.dups.append(squash(out[i]))
                self.note("duplicated line")
        return out

    def width(self, kind):
        lo, hi = (int(x) for x in self.page["meta"].get("width", "13-22").split("-"))
        if kind == "commentary":
            return self.rng.randint(max(9, lo - 4), max(10, min(hi, lo + 1)))
        return self.rng.randint(lo, hi)

    def photo(self, a):
        rng, f = self.rng, a["f"]
        cap_w = rng.choice([30, 36, 42, 48, 999])
        out = []
        if f.get("t"):
            out.append(f["t"])
            self.note("photo title line")
        caps = [t for _, t in a["body"]]
        credit = f.get("b", "")
        mode_c = f.get("credit") or rng.choice(["inline", "own", "right"])
        if credit.startswith("以上图片") or credit.startswith("（本版图片"):
            mode_c = "own"
            self.note("photo group credit")
        for ci, c in enumerate(caps):
            ls = wrap(c, cap_w) if cap_w < 100 else [c]
            if len(ls) > 1 and len(squash(ls[-1])) < 6:
                ls[-2:] = [ls[-2] + ls[-1]]
            if ci == len(caps) - 1 and credit:
                if mode_c == "inline":
                    ls[-1] = ls[-1] + "  " + credit
                    self.note("photo credit on caption line")
                elif mode_c == "own":
                    ls.append(credit)
                    self.note("photo credit on own line")
                else:
                    ls.append(" " * rng.randint(24, 40) + credit)
                    self.note("photo credit right-aligned")
            out.extend(ls)
        return out

    def commentary(self, a):
        rng, f = self.rng, a["f"]
        out = []
        by = f.get("b", "")
        if by:
            parts = by.rsplit(" ", 1)
            if len(parts) == 2 and rng.random() < 0.6:
                out.extend(parts)
                self.note("byline split over two lines")
            else:
                out.append(by)
        else:
            self.note("commentary without byline")
        out.extend(self.body_lines(a, self.width("commentary")))
        return out

    def render(self):
        rng, page = self.rng, self.page
        arts = page["articles"]
        bunch, flush_in = [], 0
        order = list(range(len(arts)))
        top = [i for i in order if "top" in arts[i]["opt"]]
        order = top + [i for i in order if i not in top]
        mast_at = rng.randint(1 if top else 0, min(3, len(order) - 1)) if page["masthead"] else -1
        skip = set()
        for pos, ai in enumerate(order):
            if ai in skip:
                continue
            self.cur = ai
            a = arts[ai]
            f, kind = a["f"], a["kind"]
            if pos == mast_at:
                self.lines.extend(self.masthead())
            if kind == "photo":
                if "top" in a["opt"]:
                    self.note("photo at top of page")
                self.lines.extend(self.photo(a))
                continue
            if kind == "commentary" and "side" in a["opt"] and ai + 1 < len(arts):
                b = arts[ai + 1]
                skip.add(ai + 1)
                self.note("two commentaries side by side")
                self.lines.extend(self.commentary(a))
                self.cur = ai + 1
                self.lines.extend(self.commentary(b))
                self.cur = ai
                labels = [x["f"].get("c", "") for x in (a, b)]
                if all(labels):
                    self.lines.append("    ".join(labels))
                    self.note("column label own line")
                    self.note("column labels side by side on one line")
                ts = [x["f"].get("t", "") for x in (a, b)]
                self.lines.append("   ".join(ts))
                self.note("titles of two stories on one line")
                continue
            hl = self.headline_lines(a, with_column=kind != "news" or "brief" not in a["opt"] or a.get("brief_first", False))
            place = f.get("place") or rng.choices(["after", "before", "bunch"], [0.45, 0.2, 0.35])[0]
            if "brief" in a["opt"]:
                place = "before"
            by = f.get("b", "")
            if kind == "commentary":
                body = self.commentary(a)
                self.lines.extend(body)
                if f.get("c"):
                    self.lines.append(f["c"])
                    self.note("column label own line")
                if place == "bunch":
                    bunch.append(hl)
                    self.note("headline bunched apart from body")
                else:
                    self.lines.extend(hl)
                    self.note("headline after body")
            elif kind == "continuation":
                mk = rng.choice(["（%s）", "▲▲（%s）", "△（%s）"]) % f["j"]
                mk = punct(mk, page["meta"].get("punct", "full"))
                body = self.body_lines(a, self.width(kind))
                if hl:
                    self.lines.extend(hl)
                    self.note("continuation with repeated headline")
                if rng.random() < 0.5:
                    self.lines.append(mk)
                    self.note("jump marker own line")
                else:
                    body[0] = mk + body[0]
                    self.note("jump marker inline")
                self.extras.append(mk)
                self.lines.extend(body)
            else:
                pre = []
                if by and kind not in ("other", "photo"):
                    if " " in by and rng.random() < 0.5 and len(by) > 12:
                        i = by.index(" 通讯员") if " 通讯员" in by else by.rindex(" ")
                        pre = [by[:i], by[i + 1:]]
                        self.note("byline split over two lines")
                    else:
                        pre = [by]
                if place == "before":
                    self.lines.extend(hl)
                    self.note("headline before body")
                self.lines.extend(pre)
                self.lines.extend(self.body_lines(a, self.width(kind)))
                if by and kind == "other":
                    self.lines.append(by)
                    self.note("signature at end")
                if f.get("tb"):
                    self.lines.append(f["tb"])
                    self.note("byline at end of story")
                if f.get("j"):
                    mk = punct(rng.choice(["▷（%s）", "（%s）", "▶（%s）"]) % f["j"], page["meta"].get("punct", "full"))
                    self.lines.append(mk)
                    self.extras.append(mk)
                    self.note("jump marker own line")
                if place == "after":
                    self.lines.extend(hl)
                    self.note("headline after body")
                elif place == "bunch":
                    bunch.append(hl)
                    self.note("headline bunched apart from body")
            if bunch:
                if flush_in <= 0:
                    flush_in = rng.randint(1, 3)
                flush_in -= 1
                if flush_in == 0 and len(bunch) >= 2:
                    for h in bunch:
                        self.lines.extend(h)
                    bunch = []
        for h in bunch:
            self.lines.extend(h)
        self.cur = None
        for b in page["boxes"]:
            at = rng.randint(1, len(self.lines) - 1)
            bl = b.split("|")
            self.lines[at:at] = bl
            self.extras.extend(bl)
            self.ph["box lines"] += 1
        return "\n\n".join(self.lines) + "\n\n"


# ------------------------------------------------------------------ para layout
class Para(Base):
    def head(self, a, with_column=True):
        rng, f = self.rng, a["f"]
        k, t, subs = f.get("k", ""), f.get("t", ""), list(a["s"])
        out = []
        if f.get("c") and a["kind"] != "commentary" and with_column:
            out.append(f["c"])
            self.note("column label own line")
        tl = t.split("|") if t else []
        if len(tl) > 1:
            self.note("headline broken over two lines")
        if "double" in a["opt"] and tl:
            if rng.random() < 0.5:
                tl = ["".join(tl) + " " + "".join(tl)]
                self.note("headline doubled on one line")
            else:
                tl = tl + tl
                self.note("headline two identical lines")
            self.dups.append(t.replace("|", ""))
        kl = k.split("|") if k else []
        n = len([x for x in (k, t) if x]) + len(subs)
        if n >= 3:
            self.note("headline stack %d lines" % n)
        if k and t and len(k) > len(t.replace("|", "")):
            self.note("kicker longer than title")
        if subs and subs[0].startswith("——"):
            self.note("dash-led subtitle")
        style = rng.random()
        if kl and len(tl) == 1 and style < 0.35:
            out.append(" ".join(kl) + " " + tl[0])
            self.note("kicker and title on one line")
            kl, tl = [], []
        out.extend(kl)
        if len(tl) == 1 and subs and style > 0.65:
            out.append(tl[0] + " " + subs[0].replace("|", ""))
            self.note("title and subtitle on one line")
            tl, subs = [], subs[1:]
        out.extend(tl)
        for s in subs:
            out.extend(s.split("|"))
        return out

    def items(self, a):
        rng, f = self.rng, a["f"]
        out = []
        d = f.get("d", "")
        for pi, (k, p) in enumerate(a["body"]):
            if pi == 0 and d:
                if rng.random() < 0.15:
                    cut = date_cut(d, rng)
                    if cut:
                        out.append(d[:cut])
                        out.append(d[cut:] + p)
                        self.note("dateline broken inside date")
                        continue
                if "通讯员" in d and rng.random() < 0.1 and d.index("通讯员") > 8:
                    cut = d.index("通讯员")
                    out.append(d[:cut].rstrip())
                    out.append(d[cut:] + p)
                    self.note("dateline broken before 通讯员")
                    continue
                p = d + p
            if k == "p" and "“" in p and rng.random() < 0.08:
                p = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", p, count=1)
                self.note("space after opening quote")
            out.append(p)
        return out

    def block(self, ai, a):
        rng, f, kind = self.rng, a["f"], a["kind"]
        self.cur = ai
        head, tail = [], []
        by = f.get("b", "")
        lines = self.items(a)
        if kind == "photo":
            gap = ["", ""]
            if f.get("t"):
                gap.append(f["t"])
                self.note("photo title line")
            if "top" in a["opt"]:
                self.note("photo at top of page")
            if by:
                r = rng.random()
                if by.startswith("以上图片") or by.startswith("（本版图片"):
                    self.note("photo group credit")
                    r = 0.6
                if r < 0.5:
                    lines[-1] = lines[-1] + by
                    self.note("photo credit on caption line")
                elif r < 0.75:
                    lines.append(by)
                    self.note("photo credit on own line")
                else:
                    lines.append(" " * rng.randint(30, 60) + by)
                    self.note("photo credit right-aligned")
            return {"ai": ai, "head": gap, "lines": lines, "tail": [], "cut": False}
        if kind == "continuation":
            mk = punct(rng.choice(["（%s）", "▲（%s）", "(%s)"]) % f["j"], self.page["meta"].get("punct", "full"))
            h = self.head(a)
            if h:
                self.note("continuation with repeated headline")
            if rng.random() < 0.5:
                lines[0] = mk + lines[0]
                self.note("jump marker inline")
            else:
                h = h + [mk]
                self.note("jump marker own line")
            self.extras.append(mk)
            return {"ai": ai, "head": h, "lines": lines, "tail": [], "cut": False}
        h = self.head(a, with_column="brief" not in a["opt"] or a.get("brief_first", False))
        if kind == "commentary":
            col = f.get("c", "")
            if not by:
                self.note("commentary without byline")
            if col and rng.random() < 0.5:
                tail.append(col)
                col = ""
            if f.get("c"):
                self.note("column label own line")
            head = ([col] if col else []) + h + ([by] if by else [])
            return {"ai": ai, "head": head, "lines": lines, "tail": tail, "cut": False}
        head = h
        if by and kind != "other":
            if " 通讯员" in by and rng.random() < 0.5:
                i = by.index(" 通讯员")
                head = head + [by[:i], by[i + 1:]]
                self.note("byline split over two lines")
            else:
                head = head + [by]
        if by and kind == "other":
            tail.append(by)
            self.note("signature at end")
        if f.get("tb"):
            tail.append(f["tb"])
            self.note("byline at end of story")
        if f.get("j"):
            mk = punct(rng.choice(["▷（%s）", "▶（%s）", "（%s）"]) % f["j"], self.page["meta"].get("punct", "full"))
            tail.append(mk)
            self.extras.append(mk)
            self.note("jump marker own line")
        if len(lines) > 2 and rng.random() < 0.3:
            j = rng.randint(1, len(lines) - 1)
            if len(lines[j]) > 50:
                _, c = cut_point(lines[j], rng)
                lines[j:j + 1] = [lines[j][:c], lines[j][c:]]
                self.note("paragraph broken over two lines")
        can = kind in ("news", "feature") and "brief" not in a["opt"] and len(lines) >= 3
        return {"ai": ai, "head": head, "lines": lines, "tail": tail, "cut": can}

    def interleave(self, A, B):
        rng = self.rng
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
            self.note("story cut (%s)" % how_b, art=B["ai"])
        out.append(pa[c:])
        out.extend(A["lines"][ka + 1:])
        out.extend(A["tail"])
        if cut_b:
            out.append(pb[cb:])
            out.extend(B["lines"][kb + 1:])
        else:
            out.extend(B["lines"][kb:])
        out.extend(B["tail"])
        self.note("story cut (%s)" % how, art=A["ai"])
        self.note("two stories alternating", art=A["ai"])
        self.note("two stories alternating", art=B["ai"])
        return out

    def render(self):
        rng, page = self.rng, self.page
        L = self.lines
        arts = page["articles"]
        order = list(range(len(arts)))
        top = [i for i in order if "top" in arts[i]["opt"]]
        order = top + [i for i in order if i not in top]
        if page["masthead"]:
            L.extend(self.masthead())
            L.extend(["", ""])
        blocks, skip = [], set()
        for ai in order:
            if ai in skip:
                continue
            a = arts[ai]
            if a["kind"] == "commentary" and "side" in a["opt"]:
                b = arts[ai + 1]
                skip.add(ai + 1)
                self.cur = ai
                self.note("two commentaries side by side")
                labels = [x["f"].get("c", "") for x in (a, b)]
                x1, x2 = self.block(ai, a), self.block(ai + 1, b)
                for x, lab in zip((x1, x2), labels):
                    if lab in x["head"]:
                        x["head"].remove(lab)
                    if lab in x["tail"]:
                        x["tail"].remove(lab)
                self.cur = ai
                self.note("column labels side by side on one line")
                blocks.append({"ai": ai, "head": ["  ".join(labels)] + x1["head"], "lines": x1["lines"],
                               "tail": x1["tail"], "cut": False})
                blocks.append(x2)
                continue
            blocks.append(self.block(ai, a))
        i, out = 0, []
        while i < len(blocks):
            A = blocks[i]
            if i + 1 < len(blocks) and A["cut"] and blocks[i + 1]["cut"] and rng.random() < 0.55:
                self.cur = A["ai"]
                out.extend(self.interleave(A, blocks[i + 1]))
                i += 2
            else:
                out.extend(A["head"] + A["lines"] + A["tail"])
                i += 1
        L.extend(out)
        self.cur = None
        for b in page["boxes"]:
            bl = b.split("|")
            if rng.random() < 0.6:
                L.extend([""] + bl)
            else:
                at = rng.randint(len(L) // 3, len(L))
                L[at:at] = bl
            self.extras.extend(bl)
            self.ph["box lines"] += 1
        body_idx = [j for j, x in enumerate(L) if len(x) > 60]
        if body_idx and rng.random() < 0.5:
            j = rng.choice(body_idx)
            x = L[j]
            L.insert(min(len(L), j + rng.randint(1, 5)), x)
            self.dups.append(x)
            self.ph["duplicated line"] += 1
        return "\n\n" + "\n\n".join(L) + "\n\n"


# ------------------------------------------------------------------ main
def main():
    pages = parse_sources()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).glob("*"):
            old.unlink()
    phen_all, table = {}, []
    for n, page in enumerate(pages):
        meta = page["meta"]
        layout, date = meta["layout"], meta["date"]
        rng = random.Random("dev_l|%s|%s|%s" % (date, meta["no"], layout))
        prev_brief = None
        for a in page["articles"]:
            if "brief" in a["opt"]:
                a["brief_first"] = prev_brief != a["f"].get("c")
                prev_brief = a["f"].get("c")
            else:
                prev_brief = None
        gold_arts = [gold_article(a) for a in page["articles"]]
        r = (Col if layout == "col" else Para)(page, rng)
        text = r.render()
        stem = "%03d_%s" % (n, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        ms = page["masthead"]
        issue_number = page_count = None
        for x in ms:
            m = re.match(r"第(\d+)号", x)
            if m:
                issue_number = m.group(1)
            m = re.match(r"今日(\d+)版", x)
            if m:
                page_count = int(m.group(1))
        gold = {"source": stem + ".txt", "issue_date": date, "issue_number": issue_number,
                "page_count": page_count, "page_of_issue": int(meta["no"]), "layout": layout,
                "articles": gold_arts, "extras": r.extras, "duplicates": r.dups}
        (HERE / "pages" / (stem + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
        ph = r.ph
        mode = meta.get("punct", "full")
        if mode != "full":
            ph["half-width punctuation (%s)" % mode] += 1
        art_rows = []
        for ai, (a, g) in enumerate(zip(page["articles"], gold_arts)):
            aph = r.aph[ai]
            f = a["f"]
            if a["kind"] == "commentary" and f.get("c"):
                aph["commentary with column label"] += 1
            hs = [k for k, _ in a["body"]]
            if "h" in hs:
                aph["crossheads"] += 1
                if any(hs[i] == hs[i + 1] == "h" for i in range(len(hs) - 1)):
                    aph["two crossheads in a row"] += 1
            if "brief" in a["opt"]:
                aph["brief item (简讯 run)"] += 1
            if a["kind"] == "continuation":
                aph["continuation (%s)" % ("titled" if g["title"] else "untitled")] += 1
            if f.get("d"):
                aph["dateline %s" % ("电" if "电（" in f["d"] or "电(" in f["d"] else "讯")] += 1
            paras = [t for _, t in a["body"]]
            if paras and paras[0] == "编者按":
                aph["editor's note (编者按)"] += 1
            if sum(1 for p in paras if re.match(r"^(问|答|记者)[：:]", p)) >= 2:
                aph["interview Q&A"] += 1
            if "list" in a["opt"]:
                aph["list of names"] += 1
            for k2, v in aph.items():
                if k2 not in r.ph or True:
                    pass
            art_rows.append({"kind": a["kind"], "title": g["title"] or "(untitled)",
                             "phenomena": dict(sorted(aph.items()))})
            for k2, v in aph.items():
                if k2 not in ("column label own line",):
                    pass
        tot = Counter(ph)
        for ai, aph in enumerate(r.aph):
            for k2, v in aph.items():
                if k2 not in ph:
                    tot[k2] += v
        nchar = len(squash(text))
        kinds = Counter(g["kind"] for g in gold_arts)
        phen_all[stem + ".txt"] = {"layout": layout, "date": date, "page_of_issue": int(meta["no"]),
                                   "punctuation": mode, "articles_n": len(gold_arts), "kinds": dict(kinds),
                                   "characters": nchar, "phenomena": dict(sorted(tot.items())),
                                   "articles": art_rows}
        table.append((stem + ".txt", date, meta["no"], layout, len(gold_arts), nchar, meta.get("name", "")))
    (HERE / "phenomena.json").write_text(json.dumps(phen_all, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_readme(phen_all, table)
    print("wrote %d pages, %d articles" % (len(table), sum(t[4] for t in table)))


def write_readme(phen_all, table):
    tmpl_p = HERE / "src" / "README.tmpl"
    if not tmpl_p.exists():
        return
    tot, pages_with, kinds = Counter(), Counter(), Counter()
    for v in phen_all.values():
        kinds.update(v["kinds"])
        for k, c in v["phenomena"].items():
            tot[k] += c
            pages_with[k] += 1
    ph_rows = "\n".join("| %s | %d | %d |" % (k, pages_with[k], tot[k]) for k in sorted(tot))
    pg_rows = "\n".join("| %s | %s | %s | %s | %s | %d | %d |" % (s, d, no, nm, lay, n, c)
                        for s, d, no, lay, n, c, nm in table)
    chars = [t[5] for t in table]
    summary = "%d pages (%d col, %d para), %d articles (%s); %d–%d characters a page (whitespace excluded)." % (
        len(table), sum(t[3] == "col" for t in table), sum(t[3] == "para" for t in table),
        sum(kinds.values()), ", ".join("%s %d" % kv for kv in kinds.most_common()), min(chars), max(chars))
    out = tmpl_p.read_text(encoding="utf-8").replace("{{SUMMARY}}", summary).replace(
        "{{PHEN}}", ph_rows).replace("{{PAGES}}", pg_rows)
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
