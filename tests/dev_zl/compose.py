#!/usr/bin/env python3
"""Lay the hand-written stories of src/ out into raw page texts and their gold.

Deterministic: every random choice comes from a Random seeded by page and story.
Writes pages/NNN_<hash>.txt and gold/NNN_<hash>.json (and nothing else; README.md
is written by hand). Standard library only.

Two layouts, as the seed pages are extracted:
- "col" (column layout, seeds 000 and 004): one printed column line per text line,
  every line followed by a blank line; each story's body lines in one run, its
  headline before it, after it, or bunched with other stories' headlines.
- "para" (paragraph layout, seeds 001-003): one paragraph a line, blank lines
  between; stories cut mid-paragraph and resumed after pieces of another story.
The layout of each page is written out in plans.py.
"""
from __future__ import annotations

import datetime
import hashlib
from collections import Counter
import json
import random
import re
import shutil
from pathlib import Path

from lunar import lunar
from plans import PLANS
from readme import readme
from srcfmt import parse

HERE = Path(__file__).resolve().parent
WEEK = "一二三四五六日"

# line-breaking classes (kinsoku): no line starts with CLOSE, none ends with OPEN
CLOSE = set("，。、；：！？）》”’」』,.;:!?)%…—")
OPEN = set("“‘（《「『(")
# justified lines spread by the extraction: no gap after/before these glyphs
NOGAP_AFTER = set("、，。；：！？）》”’（《,;:!?()")
NOGAP_BEFORE = set("“‘（《》）(")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/:：]+")
NUM_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×]*")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or c in "〇"


def unit(c: str) -> float:
    return 0.5 if ord(c) < 128 else 1.0


def width(s: str) -> float:
    return sum(unit(c) for c in s if c != " ")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- punctuation
HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
PAREN = str.maketrans({"（": "(", "）": ")"})


def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(HALF)
    if mode == "paren":
        return s.translate(PAREN)
    return s


# ---------------------------------------------------------------- tokens
def tokens(text: str) -> list[str]:
    """CJK glyphs one by one; ASCII runs (figures, Latin words) whole; runs of
    ellipsis / dash glyphs whole."""
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and m.group(0)[0] not in ".:：/":
            out.append(m.group(0))
            i = m.end()
            continue
        c = text[i]
        if c in "…—" and i + 1 < len(text) and text[i + 1] == c:
            out.append(c + c)
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def dateline_tokens(dl: str) -> list[str]:
    """A dateline breaks only between its words (as the seeds' do), and its last
    piece keeps at least four characters."""
    words = [w + " " for w in dl.split(" ")]
    words[-1] = words[-1].rstrip()
    while len(words) > 1 and len(words[-1].replace(" ", "")) < 4:
        last = words.pop()
        words[-1] += last
    return words


def wrap(text: str, w: float, indent: float = 2.0, toks: list[str] | None = None) -> list[str]:
    """Break text into column lines of about w units (CJK 1, ASCII 0.5)."""
    lines, cur, cw = [], "", indent
    for tok in (toks if toks is not None else tokens(text)):
        tw = width(tok)
        if cw + tw > w + 0.01 and cur:
            if tok[0] in CLOSE:          # pushed back into the line
                cur += tok
                cw += tw
                continue
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, cw = carry + tok, width(carry + tok)
        else:
            cur += tok
            cw += tw
    if cur:
        lines.append(cur)
    return lines


def spread(line: str, start: int = 0) -> str:
    """A justified line whose glyph gaps the extraction turned into spaces."""
    head, tail = line[:start], line[start:]
    out = ""
    for word in tail.split():
        toks = tokens(word)
        if out:
            out += " "
        for i, t in enumerate(toks):
            if i and not (toks[i - 1][-1] in NOGAP_AFTER or t[0] in NOGAP_BEFORE):
                out += " "
            out += t
    return head + out


def numspace(line: str, rng: random.Random, pb: float, pa: float) -> str:
    """Spaces the extraction puts around figure runs (glyph-width changes)."""
    out, last = [], 0
    for m in NUM_RUN.finditer(line):
        a, b = m.start(), m.end()
        out.append(line[last:a])
        before = line[a - 1] if a else ""
        after = line[b] if b < len(line) else ""
        s = m.group(0)
        if before and is_cjk(before) and rng.random() < pb:
            s = " " + s
        if after and is_cjk(after) and not s.endswith("%") and rng.random() < pa:
            s = s + " "
        out.append(s)
        last = b
    out.append(line[last:])
    return "".join(out)


def gapify(text: str, rng: random.Random, p: float) -> str:
    """Glyph-gap spaces in a paragraph-layout line: around some punctuation and
    figures ('隆 ， 20 多', '3.2 万亩', '12 %')."""
    out = []
    toks = tokens(text)
    for i, t in enumerate(toks):
        if i and rng.random() < p and (t in "，、；,;" or toks[i - 1] in "，、；,;" or NUM_RUN.fullmatch(t)
                                      or NUM_RUN.fullmatch(toks[i - 1])):
            out.append(" ")
        if t.endswith("%") and len(t) > 1 and rng.random() < p:   # '12 %'
            t = t[:-1] + " %"
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- headlines
def head_blocks(art: dict, spec: str) -> tuple[list[str], list[str]]:
    """Render a headline spec into blocks.

    spec: parts separated by '/' (separate blocks, blank line between) or '~'
    (next line, no blank); within a part, fields joined by '+' print on one line
    with a space. Fields: K kicker, T title, S subtitle, Y byline, L column label.
    A field may carry '@n' (wrap after n characters onto the next line, no
    blank), '*2' (drawn twice on one line) or '*2n' (drawn twice, two lines).
    Returns (blocks, duplicated texts)."""
    names = {"K": "kicker", "T": "title", "S": "subtitle", "Y": "byline", "L": "column"}
    blocks, dups = [], []
    for part in spec.split("/"):
        lines = []
        for sub in part.split("~"):
            texts = []
            for f in sub.split("+"):
                m = re.fullmatch(r"([KTSYL])(?:@(\d+))?(?:\*(2n?))?", f)
                key, cut, dup = m.group(1), m.group(2), m.group(3)
                t = art[names[key]]
                if not t:
                    continue
                if cut:
                    c = int(cut)
                    t = t[:c].rstrip() + "\n" + t[c:].lstrip()
                if dup == "2":
                    t = t + t
                    dups.append(art[names[key]])
                elif dup == "2n":
                    t = t + "\n" + t
                    dups.append(art[names[key]])
                texts.append(t)
            if texts:
                lines.append(" ".join(texts))
        if lines:
            blocks.append("\n".join(lines))
    return blocks, dups


# ---------------------------------------------------------------- masthead
def masthead(meta: dict, style: str) -> tuple[list[str], str]:
    d = datetime.date.fromisoformat(meta["date"])
    no = 27314 - (datetime.date(2025, 3, 27) - d).days
    pieces = [f"{d.year}年{d.month}月", str(d.day), "星期" + WEEK[d.weekday()], lunar(d),
              f"第{no}号", f"今日{meta['pages']}版"]
    if style == "para":       # as seed 001
        blocks = [pieces[0], pieces[1], pieces[2], pieces[3] + "\n" + pieces[4], pieces[5], ""]
    elif style == "para2":
        blocks = [pieces[0], pieces[1] + " " + pieces[2], pieces[3], pieces[4], pieces[5], ""]
    elif style == "col":
        blocks = [pieces[0], pieces[1] + " " + pieces[2], pieces[3], pieces[4] + "\n" + pieces[5]]
    else:                     # col2
        blocks = [pieces[5], pieces[4], pieces[0], pieces[1], pieces[2] + " " + pieces[3]]
    return blocks, "".join(pieces)


# ---------------------------------------------------------------- articles
class Art:
    """One story with its printed parts (queues the page plan takes from)."""

    def __init__(self, src: dict, page: dict, opts: dict, rng: random.Random):
        self.id = src["id"]
        self.o = opts
        mode = page["meta"].get("punct", "full")
        self.a = {k: punct(src.get(k, ""), mode) for k in
                  ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")}
        self.body = [punct(b, mode) for b in src["body"]]
        self.rng = rng
        self.dups: list[str] = []
        self.mode = mode
        self.stat: Counter = Counter()

    # gold -----------------------------------------------------------------
    def gold(self) -> dict:
        a = self.a
        subheads = [b[3:].strip() for b in self.body if b.startswith("## ")]
        paras = [squash(b[3:] if b.startswith("## ") else b) for b in self.body]
        return {"kind": a["kind"], "column": a["column"], "kicker": a["kicker"], "title": a["title"],
                "subtitle": a["subtitle"], "byline": a["byline"], "dateline": a["dateline"],
                "continued": a["continued"], "subheads": subheads, "paragraphs": paras}

    def text(self, b: str) -> str:
        return b[3:].strip() if b.startswith("## ") else b

    def drop_in_head(self, p: dict) -> dict:
        """A byline or column label printed inside the headline spec is not printed again."""
        hs = self.o.get("hs", "")
        if "Y" in hs:
            p["Y"] = []
        if "L" in hs:
            p["L"] = []
        return p

    def marker(self) -> str:
        c = self.a["continued"]
        style = self.o.get("marker", "▷(")
        if style == "▷(":
            return punct(f"▷（{c}）", self.mode if self.mode != "full" else "paren")
        if style == "▶(":
            return punct(f"▶（{c}）", self.mode if self.mode != "full" else "paren")
        if style == "（":
            return f"（{c}）"
        if style == "▲▲":
            return f"▲ ▲（{c}）"
        if style == "▲":
            return f"▲（{c}）"
        return style.format(c=c)


class ParaArt(Art):
    """Paragraph layout: one block per paragraph."""

    def parts(self) -> dict[str, list[str]]:
        o, a, rng = self.o, self.a, self.rng
        p = {}
        hs = o.get("hs", "K/T/S")
        p["H"], dups = head_blocks(a, hs)
        self.hblocks = list(p["H"])
        self.dups += dups
        p["L"] = [a["column"]] if a["column"] else []
        if a["byline"] and a["kind"] != "photo":
            by = a["byline"]
            if o.get("bybreak"):
                k = by.find(o["bybreak"])
                by = by[:k].rstrip() + "\n" + by[k:]
            p["Y"] = [by]
        else:
            p["Y"] = []
        body = []
        for i, b in enumerate(self.body):
            t = self.text(b)
            if o.get("numsp"):
                pb, pa = o["numsp"]
                t = numspace(t, rng, pb, pa)
            if o.get("qsp") and "“" in t:
                t = re.sub("“", lambda m: "“ " if rng.random() < o["qsp"] else "“", t)
            if i in o.get("gaps", {}):
                t = gapify(t, rng, o["gaps"][i])
            if i == 0 and a["dateline"]:
                dl = a["dateline"]
                if o.get("dlsp"):
                    dl = numspace(dl, rng, 1.0, o["dlsp"])
                if o.get("dlbreak"):
                    pos, sep = o["dlbreak"]
                    k = dl.find(pos) + len(pos)
                    dl = dl[:k] + sep + dl[k:]
                t = dl + t
            cuts = o.get("cuts", {}).get(i)
            if cuts:
                pieces, last = [], 0
                for c in cuts:
                    k = t.find(c) + len(c)
                    assert k >= len(c) and t.find(c) >= 0, (self.id, c)
                    pieces.append(t[last:k])
                    last = k
                pieces.append(t[last:])
                body += pieces
            else:
                body.append(t)
        if a["kind"] == "photo":
            cap = body[0] if body else ""
            cr = a["byline"]
            style = o.get("credit", "inline")
            if o.get("capspread"):
                cap = spread(cap)
            if style == "inline":
                body = [cap + o.get("crsep", "") + cr]
                p["Y"] = []
            elif style == "right":
                body = [cap]
                p["Y"] = [" " * o.get("pad", 24) + cr]
            else:
                body = [cap] + body[1:]
                p["Y"] = [cr] if cr else []
        p["B"] = body
        p["M"] = [self.marker()] if a["continued"] and o.get("marker") else []
        return self.drop_in_head(p)


class ColArt(Art):
    """Column layout: one printed column line per block."""

    def parts(self) -> dict[str, list[str]]:
        o, a, rng = self.o, self.a, self.rng
        p = {}
        p["H"], dups = head_blocks(a, o.get("hs", "K/T/S"))
        self.hblocks = list(p["H"])
        self.dups += dups
        p["L"] = [a["column"]] if a["column"] else []
        by = a["byline"]
        if by and a["kind"] != "photo":
            if o.get("bysplit"):                   # 湖南日报评论员 / 曹茜茜 on two lines
                k = by.rfind(" ")
                p["Y"] = [by[:k], by[k + 1:]]
            else:
                p["Y"] = [by]
        else:
            p["Y"] = []
        if a["kind"] == "photo":
            p.update(self.photo())
            return self.drop_in_head(p)
        w = o.get("w", 17)
        pb, pa = o.get("numsp", (0.9, 0.5))
        psp = o.get("spread", 0.05)
        lines: list[str] = []
        for i, b in enumerate(self.body):
            t = self.text(b)
            if b.startswith("## "):                  # crosshead: its own line
                lines.append(t)
                continue
            indent = 2.0
            pre = []
            toks = None
            if i == 0 and a["dateline"]:
                if o.get("dlown"):
                    pre = [numspace(a["dateline"], rng, pb, o.get("dlpa", 0.0))]
                else:
                    toks = dateline_tokens(a["dateline"]) + tokens(t)
                    t = a["dateline"] + t
            if i == 0 and a["kind"] == "continuation" and o.get("marker"):
                if o.get("markinline"):
                    t = self.marker() + t
                    indent = 0.0
                else:
                    pre = [self.marker()]
            ls = [ln.strip() for ln in wrap(t, w, indent, toks)]
            out = []
            for j, ln in enumerate(ls):
                full = j < len(ls) - 1
                if full and rng.random() < psp and not re.search("日[讯电]", ln):
                    start = rng.choice([0, 0, 0, 2, 4]) if len(ln) > 8 else 0
                    if start and not is_cjk(ln[start - 1]):
                        start = 0
                    ln = spread(ln, start)
                    self.stat["justified line spread with spaces"] += 1
                else:
                    spaced = numspace(ln, rng, pb, pa)
                    if spaced != ln:
                        self.stat["column line with spaces around figures"] += 1
                    ln = spaced
                out.append(ln)
            lines += pre + out
        for k in sorted(o.get("duplines", []), reverse=True):
            lines.insert(k + 1, lines[k])
            self.dups.append(squash(lines[k]))
        p["B"] = lines
        p["M"] = [self.marker()] if a["continued"] and a["kind"] != "continuation" and o.get("marker") else []
        return self.drop_in_head(p)

    def photo(self) -> dict[str, list[str]]:
        o, a, rng = self.o, self.a, self.rng
        cap = self.text(self.body[0])
        pb, pa = o.get("numsp", (0.9, 0.0))
        cw = o.get("w", 0)
        lines = wrap(cap, cw, 0) if cw else [cap]
        lines = [numspace(ln, rng, pb, pa) for ln in lines]
        cr = a["byline"]
        style = o.get("credit", "inline")
        y = []
        if style == "inline" and cr:
            lines[-1] = lines[-1] + o.get("crsep", " ") + cr
        elif style == "right" and cr:
            y = [" " * o.get("pad", 30) + cr]
        elif cr:
            y = [cr]
        return {"B": lines, "Y": y, "M": []}


# ---------------------------------------------------------------- page
def page_stats(layout: str, plan: dict, arts: dict) -> Counter:
    """Count the phenomena laid out on one page (for the README)."""
    st: Counter = Counter()
    ops = [op for op in plan["ops"] if op[0] in arts]
    for aid, art in arts.items():
        a, o = art.a, art.o
        st.update(art.stat)
        hs = o.get("hs", "K/T/S")
        mine = [(i, op) for i, op in enumerate(ops) if op[0] == aid]
        h_at = [i for i, op in mine if op[1] == "H" and art.hblocks]
        body_at = [i for i, op in mine if isinstance(op[1], int) or op[1] in ("*", "tail", "B")]
        nlines = sum(len(b.split("\n")) for b in art.hblocks)
        if nlines:
            st[f"headline stack of {min(nlines, 4)}{'+' if nlines > 4 else ''} printed line(s)"] += 1
        else:
            st["article printed without a headline"] += 1
        names = {"K": "kicker", "T": "title", "S": "subtitle", "L": "column", "Y": "byline"}
        for line in re.split(r"[/~]", hs):
            if sum(bool(a[names[f[0]]]) for f in line.split("+")) >= 2:
                st["headline parts joined on one line (split at a space)"] += 1
        if "@" in hs and art.hblocks:
            st["headline line wrapped onto a second line"] += 1
        if "*2n" in hs:
            st["headline drawn twice (two identical lines)"] += 1
        elif "*2" in hs:
            st["headline drawn twice (on one line)"] += 1
        if " " in (a["title"] + a["kicker"]) and art.hblocks:
            st["headline part holding two phrases (space inside)"] += 1
        if a["subtitle"].startswith("——") or a["kicker"].endswith("——"):
            st["dash-led subtitle / dash-ended kicker"] += 1
        if re.search(r"(出席|主持)$", a["subtitle"]):
            st["short line like 某某某出席 in the stack"] += 1
        if h_at and body_at:
            if h_at[0] < body_at[0]:
                if any(op[0] != aid for op in ops[h_at[0] + 1:body_at[0]]):
                    st["headline printed apart before its body"] += 1
            elif layout == "col":
                if h_at[0] == body_at[-1] + 1 or (h_at[0] == body_at[-1] + 2 and ops[h_at[0] - 1][0] == aid):
                    st["headline printed after its body"] += 1
                else:
                    st["headline bunched with other stories' headlines"] += 1
            else:
                st["headline printed after the start of its body"] += 1
        if any(len(op) > 2 and str(op[2]).startswith("glue") for i, op in mine):
            st["headline glued to another story's headline (no blank)"] += 1
        if a["column"]:
            l_at = [i for i, op in mine if op[1] == "L" and not (len(op) > 2 and op[2] == "skip")]
            if "L" in hs:
                st["column label on the headline's line"] += 1
            elif l_at and body_at and l_at[0] > body_at[-1]:
                st["column label after the body"] += 1
            elif l_at:
                st["column label before headline/body"] += 1
            else:
                st["column label shared with the story above (printed once)"] += 1
        by = a["byline"]
        if by and a["kind"] in ("commentary", "feature", "news", "other") and not re.search(r"记者|评论员|文丨|文/图|读者|整理|摄", by):
            st["bare-name byline"] += 1
        if by.startswith("文丨"):
            st["副刊 byline 文丨X"] += 1
        if o.get("bybreak") or o.get("bysplit"):
            st["byline broken across lines"] += 1
        if a["dateline"]:
            st["dateline with 电" if "电（" in a["dateline"] or "电(" in a["dateline"] else "dateline with 讯"] += 1
            if o.get("dlbreak"):
                st["line break inside a dateline"] += 1
            if o.get("dlown"):
                st["dateline on a line of its own"] += 1
        for k, v in o.get("cuts", {}).items():
            st["paragraph cut at a column break (rejoined in gold)"] += len(v)
        # resumed after other stories' pieces
        for (i1, op1), (i2, op2) in zip(mine, mine[1:]):
            if (isinstance(op1[1], int) or op1[1] in ("*", "tail")) and (isinstance(op2[1], int) or op2[1] == "*") \
                    and any(op[0] != aid for op in ops[i1 + 1:i2]):
                st["story resumed after pieces of another story"] += 1
        if any(op[1] == "tail" for i, op in mine):
            st["story's later column printed before its headline"] += 1
        if o.get("duplines"):
            st["column line printed twice"] += len(o["duplines"])
        if a["continued"].startswith("下转"):
            st["jump marker 下转N版 (story continued elsewhere)"] += 1
        if a["kind"] == "continuation":
            st["continuation of a front-page story (上接/紧接)"] += 1
        if a["kind"] == "photo":
            st["photo item"] += 1
            if a["title"]:
                st["photo with a title line"] += 1
            y_at = [i for i, op in mine if op[1] == "Y"]
            b_at = [i for i, op in mine if op[1] == "B"]
            style = o.get("credit", "inline")
            if not by:
                st["photo caption without credit"] += 1
            elif by.startswith("以上图片"):
                st["group credit (以上图片均由…)"] += 1
            elif style == "inline":
                st["credit at the end of the caption line" + (" (no space)" if o.get("crsep") == "" else "")] += 1
            elif y_at and b_at and y_at[0] < b_at[0]:
                st["credit printed before the caption (top)"] += 1
            elif style == "right":
                st["credit right-aligned on a line of its own"] += 1
            else:
                st["credit on a line of its own after the caption"] += 1
            if "湖南图片库" in by:
                st["credit with （湖南图片库）"] += 1
            if o.get("capspread"):
                st["caption spread with glyph-gap spaces"] += 1
        if o.get("numsp") and layout == "para":
            st["paragraph-layout story with spaces around figures"] += 1
        if o.get("qsp"):
            st["space after an opening quote (“ X”)"] += 1
        if o.get("gaps"):
            st["glyph-gap spaces in a paragraph (隆 ， 20 多 / 12 %)"] += len(o["gaps"])
        if "## " in "".join(b[:3] for b in art.body):
            st["story with crossheads (subheads)"] += 1
    for op in plan["ops"]:
        if op[0] == "dup":
            st["block printed twice (paragraph layout)"] += op[4] - op[3]
        if op[0] == "mast":
            st["masthead (date, weekday, lunar date, issue no., pages)"] += 1
        if op[0] == "x":
            st["box lines (countdown, guide, code prompt, weather, furniture)"] += 1
    return st


def compose_page(num: int, srcfile: Path):
    page = parse(srcfile)
    meta = page["meta"]
    plan = PLANS[srcfile.stem]
    layout = meta["layout"]
    cls = ParaArt if layout == "para" else ColArt
    arts = {}
    for s in page["arts"]:
        rng = random.Random(f"{srcfile.stem}:{s['id']}")
        arts[s["id"]] = cls(s, page, plan.get("opts", {}).get(s["id"], {}), rng)
    parts = {k: v.parts() for k, v in arts.items()}
    order: list[str] = []     # article ids in gold order (first appearance of any part)
    blocks: list[str] = []
    extras: list[str] = []
    dups: list[str] = []
    seen_extra = set()
    for op in plan["ops"]:
        kind = op[0]
        if kind == "mast":
            bl, ex = masthead(meta, op[1])
            blocks += bl
            extras.append(ex)
            continue
        if kind == "x":                      # a box of page furniture
            lines = [punct(x, meta.get("punct", "full")) for x in page["extras"][op[1]]]
            style = op[2] if len(op) > 2 else "sep"
            if style == "sep":
                blocks += lines
            elif style == "tight":
                blocks.append("\n".join(lines))
            elif style == "join":
                blocks.append(" ".join(lines))
            if op[1] not in seen_extra:
                extras.append(squash("".join(lines)))
                seen_extra.add(op[1])
            continue
        if kind == "gap":
            blocks += [""] * op[1]
            continue
        if kind == "dup":                     # text printed twice: ("dup", id, part, i, j)
            _, aid, part, i, j = op
            got = parts[aid][part][i:j]
            blocks += got
            dups += [squash(g) for g in got]
            continue
        aid, what = op[0], op[1]
        flag = op[2] if len(op) > 2 else ""
        if aid not in order:
            order.append(aid)
        q = parts[aid]
        if what == "tail":                   # the last n body blocks, printed first
            n = op[2]
            flag = ""
            got, q["B"] = q["B"][-n:], q["B"][:-n]
        elif isinstance(what, int):
            got, q["B"] = q["B"][:what], q["B"][what:]
        elif what == "*":
            got, q["B"] = q["B"], []
        else:
            got, q[what] = q[what], []
        if not got or flag == "skip":        # printed once for a group (a shared label)
            continue
        if flag.startswith("glue") and blocks:   # no blank line before it
            lead = flag[4:]
            blocks[-1] = blocks[-1] + "\n" + lead + got[0]
            got = got[1:]
        blocks += got
    for aid, q in parts.items():
        left = {k: v for k, v in q.items() if v}
        assert not left, f"{srcfile.name}: {aid} has unprinted parts {list(left)}"
        assert aid in order, aid
    for a in arts.values():
        dups += a.dups
    if layout == "para":
        text = "\n\n".join([""] + blocks)
    else:
        text = "\n\n".join(blocks) + "\n\n\n"
        if text.startswith("湖南日报"):
            text = " " + text
    stats = page_stats(layout, plan, arts)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{num:03d}_{digest}"
    d = datetime.date.fromisoformat(meta["date"])
    front = meta.get("front") == "1"
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": str(27314 - (datetime.date(2025, 3, 27) - d).days) if front else None,
        "page_count": int(meta["pages"]) if front else None,
        "articles": [arts[i].gold() for i in order],
        "extras": extras,
        "duplicates": dups,
    }
    return name, text, gold, stats


def main():
    src = sorted((HERE / "src").glob("*.txt"))
    for sub in ("pages", "gold"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    rows, total, kinds = [], Counter(), Counter()
    for num, f in enumerate(src):
        name, text, gold, stats = compose_page(num, f)
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        meta = parse(f)["meta"]
        d = datetime.date.fromisoformat(meta["date"])
        k = Counter(a["kind"] for a in gold["articles"])
        kinds.update(k)
        total.update(stats)
        total["page in " + ("column" if meta["layout"] == "col" else "paragraph") + " layout"] += 1
        total[{"full": "page with full-width punctuation", "half": "page with half-width ,;:() punctuation",
               "paren": "page with half-width () only"}[meta.get("punct", "full")]] += 1
        rows.append((name, meta["date"], "星期" + WEEK[d.weekday()], meta.get("edition", ""),
                     meta["layout"], "front" if meta.get("front") == "1" else "inside", meta.get("theme", ""),
                     len(gold["articles"]), len(re.sub(r"\s+", "", text)), dict(k)))
        print(name, len(gold["articles"]), "articles")
    (HERE / "README.md").write_text(readme(rows, total, kinds), encoding="utf-8")


if __name__ == "__main__":
    main()
