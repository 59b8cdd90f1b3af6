#!/usr/bin/env python3
"""Compose the dev_o blind test set of Hunan Daily pages.

    python3 compose.py

Reads the hand-written stories in src/pNN.txt (one file per printed page), lays each
page out in the layout its header names ("column": one printed column line per text
line, every line followed by a blank line; "paragraph": one paragraph per line), and
writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and the tables of README.md.

Every random choice of a page comes from random.Random seeded with a fixed key
("dev_o|<page key>"), so the output is byte-identical from run to run.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lunar import lunar

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
SET_NAME = "dev_o"
WEEKDAYS = "一二三四五六日"
ISSUE_ANCHOR = (date(2025, 3, 27), 27314)      # 第27314号 on 2025-03-27 (seed 001)

CLOSE = set("，。、；：？！”’）》」…,;:?!)%")      # never starts a printed line
OPEN = set("“‘（《「(")                         # never ends a printed line
NOSP_AFTER = set("，、。；：？！（《》）”’,;:?!()「」")
NOSP_BEFORE = set("“‘《》（）()「」")
TOK = re.compile(r"\d+(?:\.\d+)*%?|[A-Za-z]+|\s+|.", re.S)


# ----------------------------------------------------------------------------- source
@dataclass
class Item:
    kind: str
    opts: dict
    f: dict = field(default_factory=dict)          # k t s c b d j -> text
    body: list = field(default_factory=list)       # [("p"|"h", text)]

    def get(self, key):
        return self.f.get(key, "")


@dataclass
class Page:
    meta: dict
    items: list
    boxes: list


def parse(path: Path) -> Page:
    meta, items, boxes = {}, [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("%"):
            key, _, val = line[1:].partition(" ")
            if key == "box":
                boxes.append(val.split("|"))
            else:
                meta[key] = val.strip()
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            opts = dict(p.split("=", 1) for p in parts[1:])
            items.append(Item(parts[0], opts))
            continue
        tag, _, text = line.partition(" ")
        it = items[-1]
        if tag in ("p", "h"):
            it.body.append((tag, text))
        elif tag in ("k", "t", "s", "c", "b", "d", "j"):
            it.f[tag] = text
        else:
            raise ValueError(f"{path.name}: bad line {line!r}")
    return Page(meta, items, boxes)


def punct(text: str, mode: str) -> str:
    """Punctuation of the page: full-width, half-width parentheses, or half-width , ; ( )."""
    if mode in ("paren", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",").replace("；", ";")
    return text


# ----------------------------------------------------------------------------- text helpers
def toks(s):
    return TOK.findall(s)


def is_han(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def width(t: str) -> float:
    if t.isspace():
        return 0.5
    if t.isascii():
        return 0.55 * len(t)
    return float(len(t))


def wrap(text: str, w: float) -> list[str]:
    """Break text into printed column lines of about w em, with CJK line-break rules."""
    lines, cur, cw = [], [], 0.0
    for t in toks(text):
        tw = width(t)
        if cur and cw + tw > w + 1e-9:
            if t in CLOSE:                       # hanging punctuation
                cur.append(t)
                cw += tw
                continue
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append("".join(cur).rstrip())
            cur, cw = carry, sum(width(x) for x in carry)
            if t.isspace():
                continue
        cur.append(t)
        cw += tw
    if cur:
        lines.append("".join(cur).rstrip())
    return [ln for ln in lines if ln]


def space_numbers(line: str, rng: random.Random, pb: float, pa: float) -> str:
    """Glyph gaps around digit runs, as the e-paper extraction prints them."""
    ts = toks(line)
    out = []
    for i, t in enumerate(ts):
        if t[0].isdigit():
            prev = ts[i - 1] if i else ""
            nxt = ts[i + 1] if i + 1 < len(ts) else ""
            if prev and is_han(prev[-1]) and rng.random() < pb:
                out.append(" ")
            out.append(t)
            if nxt and is_han(nxt[0]) and not t.endswith("%") and rng.random() < pa:
                out.append(" ")
        else:
            out.append(t)
    return "".join(out)


def spread(line: str, rng: random.Random) -> str:
    """A justified line drawn glyph by glyph: a space after (almost) every glyph."""
    ts = [t for t in toks(line) if not t.isspace()]
    after_quote = rng.random() < 0.5
    out = ts[0]
    for a, b in zip(ts, ts[1:]):
        sp = not (a in NOSP_AFTER or b in NOSP_BEFORE)
        if a in "“‘":
            sp = after_quote
        out += (" " if sp else "") + b
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def cut_point(text: str, rng: random.Random, lo=0.3, hi=0.85):
    """Where a paragraph is cut at a column end: between a figure and its unit, before a
    figure, or inside a word (never next to punctuation). Returns (index, kind)."""
    n = len(text)
    a, b = int(n * lo), int(n * hi)
    fig_unit, before_fig, word = [], [], []
    for i in range(max(a, 2), min(b, n - 2)):
        x, y = text[i - 1], text[i]
        if x.isdigit() and is_han(y):
            fig_unit.append(i)
        elif is_han(x) and y.isdigit():
            before_fig.append(i)
        elif is_han(x) and is_han(y):
            word.append(i)
    pools = [(fig_unit, "figure / unit", 0.3), (before_fig, "verb / figure", 0.3), (word, "inside word", 0.4)]
    pools = [p for p in pools if p[0]]
    if not pools:
        return None, None
    pool, kind, _ = rng.choices(pools, [p[2] for p in pools])[0]
    return rng.choice(pool), kind


# ----------------------------------------------------------------------------- gold
def gold_article(it: Item, mode: str) -> dict:
    P = lambda s: punct(s, mode)  # noqa: E731
    notitle = it.opts.get("notitle") == "1"
    paras, subheads = [], []
    for tag, text in it.body:
        if tag == "h":
            subheads.append(P(text))
        paras.append(squash(P(text)))
    return {
        "kind": it.kind,
        "column": P(it.get("c")),
        "kicker": P(it.get("k")),
        "title": "" if notitle else P(it.get("t")),
        "subtitle": P(it.get("s")),
        "byline": P(it.get("b")),
        "dateline": P(it.get("d")),
        "continued": P(it.get("j")),
        "subheads": subheads,
        "paragraphs": paras,
    }


# ----------------------------------------------------------------------------- masthead
def masthead(d: date, total: str, rng: random.Random, stats: Counter) -> list[str]:
    issue = ISSUE_ANCHOR[1] + (d - ISSUE_ANCHOR[0]).days
    pieces = [f"{d.year}年{d.month}月", str(d.day), f"星期{WEEKDAYS[d.weekday()]}",
              lunar(d), f"第{issue}号", f"今日{total}版"]
    units = []
    if rng.random() < 0.5:
        units += [pieces[0], pieces[1] + " " + pieces[2]]
        stats["masthead piece merged (`31 星期六`)"] += 1
    else:
        units += pieces[:3]
    units.append(pieces[3] + "\n" + pieces[4])
    units.append(pieces[5])
    return units


# ----------------------------------------------------------------------------- layout: shared
class Ctx:
    def __init__(self, page: Page, rng: random.Random):
        self.page, self.rng = page, rng
        self.mode = page.meta.get("punct", "full")
        self.stats = Counter()
        self.dups: list[str] = []
        self.extras: list[str] = []

    def P(self, s):
        return punct(s, self.mode)


def title_units(it: Item, ctx: Ctx, layout: str) -> list[str]:
    """Headline stack of an article as printed units (a unit may hold single newlines)."""
    rng, P, st = ctx.rng, ctx.P, ctx.stats
    k, t, s = P(it.get("k")), P(it.get("t")), P(it.get("s"))
    if it.opts.get("notitle") == "1":
        t = ""
    if it.kind in ("photo", "continuation"):
        return [t] if t else []
    stack = it.opts.get("stack")
    units = []
    if layout == "paragraph":
        join = it.opts.get("join") or rng.choices(["sep", "kt", "ts", "all"], [0.3, 0.3, 0.3, 0.1])[0]
        parts = [x for x in (k, t, s) if x]
        if stack == "4" and " " in t:
            join = "sep"
            parts = [x for x in (k, t.replace(" ", "\n", 1), s) if x]
            st["four-line headline stack"] += 1
        if len(parts) == 1 or join == "sep":
            units = parts[:]
            if k and len(k) > 10 and rng.random() < 0.35:       # kicker drawn on two lines
                cut = rng.randint(3, len(k) - 4)
                units[0] = k[:cut] + "\n" + k[cut:]
                st["kicker broken over two lines"] += 1
        elif join == "all" or (join == "kt" and not s and k) or (join == "ts" and not k and s):
            units = [" ".join(parts)]
        elif join == "kt" and k:
            units = [k + " " + t] + ([s] if s else [])
        elif join == "ts" and s:
            units = ([k] if k else []) + [t + " " + s]
        else:
            units = [" ".join(parts)]
        if len(units) < len(parts):
            st["headline parts joined by spaces on one line"] += 1
        else:
            st["headline parts on their own lines"] += 1
    else:
        if k:
            units.append(k)
        tl = [t] if t else []
        if t and (stack == "4" or (len(t) > 12 and rng.random() < 0.45)):
            if " " in t:
                tl = t.split(" ", 1)
            else:
                tail = rng.choice([2, 3, 3, 4, len(t) // 2])
                tl = [t[:-tail], t[-tail:]]
                if tail <= 3:
                    st["headline's last word alone on a line"] += 1
            st["title drawn on two lines"] += 1
        if tl:
            units.append("\n".join(tl))
        if s:
            if tl and rng.random() < 0.35 and stack != "4":
                units[-1] += "\n" + s
            else:
                units.append(s)
        if stack == "4":
            st["four-line headline stack"] += 1
    # a headline drawn twice for bold
    twice = it.opts.get("twice")
    if t and (twice or rng.random() < 0.04):
        for i, u in enumerate(units):
            if u.startswith(t) or u == t:
                if (twice or rng.choice(["line", "unit"])) == "line":
                    units[i] = t + t + u[len(t):]
                    st["headline drawn twice on one line"] += 1
                else:
                    units.insert(i + 1, t)
                    st["headline drawn twice as two lines"] += 1
                ctx.dups.append(t)
                break
    return units


def byline_units(it: Item, ctx: Ctx) -> list[str]:
    b = ctx.P(it.get("b"))
    if not b or it.kind == "photo":
        return []
    if it.opts.get("bare") == "1":
        ctx.stats["bare-name byline line"] += 1
        return [b]
    if " 通讯员" in b and ctx.rng.random() < 0.6:
        i = b.index(" 通讯员")
        ctx.stats["byline broken before 通讯员"] += 1
        return [b[:i] + "\n" + b[i + 1:]]
    if it.kind == "commentary" and " " in b and ctx.rng.random() < 0.5:
        ctx.stats["commentary byline on two lines"] += 1
        x, y = b.split(" ", 1)
        return [x, y]
    return [b]


def jump_unit(it: Item, ctx: Ctx) -> list[str]:
    j = ctx.P(it.get("j"))
    if not j or it.kind == "continuation":
        return []
    arrow = ctx.rng.choice(["▷", "▶", ""])
    ctx.stats["jump marker (下转)"] += 1
    return [ctx.P(f"{arrow}（{j}）")]


def cont_marker(it: Item, ctx: Ctx) -> tuple[str, bool]:
    """Printed marker of a continuation, and whether it runs into the first text line."""
    j = ctx.P(it.get("j"))
    style = it.opts.get("marker") or ctx.rng.choice(["tri", "tri_inline", "plain"])
    ctx.stats["continuation from another page (上接/紧接)"] += 1
    if style == "plain":
        return ctx.P(f"（{j}）"), False
    return ctx.P(f"▲ ▲（{j}）"), style == "tri_inline"


# ----------------------------------------------------------------------------- layout: column
def column_article(it: Item, ctx: Ctx) -> dict:
    rng, P, st = ctx.rng, ctx.P, ctx.stats
    if it.kind == "commentary":
        w = rng.randint(11, 14)
    elif it.kind == "feature":
        w = rng.randint(15, 20)
    else:
        w = rng.randint(14, 21)
    if rng.random() < 0.15:
        pb = pa = 0.0
    else:
        pb, pa = rng.uniform(0.6, 1.0), rng.uniform(0.3, 0.95)
    body, final = [], []          # printed lines, and whether each ends a paragraph
    first = True
    d = P(it.get("d"))
    for tag, text in it.body:
        text = P(text)
        if tag == "h":
            body.append(text)
            final.append(True)
            st["crosshead (subhead)"] += 1
            continue
        if first and d:
            lines = dateline_lines(d, text, w, ctx)
        else:
            lines = wrap(text, w)
        first = False
        body += lines
        final += [False] * (len(lines) - 1) + [True]
    printed = []
    spread_rate = ctx.spread_rate * (1.6 if it.kind == "commentary" else 1.0)
    for i, (ln, fin) in enumerate(zip(body, final)):
        if it.kind == "photo":
            printed.append(ln)
            continue
        ln = space_numbers(ln, rng, pb, pa)
        if not fin and len(ln) >= 8 and rng.random() < spread_rate:
            ln = spread(ln, rng)
            st["justified line spread with spaces"] += 1
        elif rng.random() < 0.004 and "，" in ln[1:-1]:
            ln = ln.replace("，", " ， ", 1)
            st["glyph gap around a comma"] += 1
        elif rng.random() < 0.08 and re.search(r"\d%", ln):
            ln = re.sub(r"(\d)%", r"\1 %", ln, count=1)
            st["glyph gap before %"] += 1
        if "“" in ln and " " not in ln and rng.random() < 0.04:
            ln = ln.replace("“", "“ ", 1)
            st["space after an opening quote"] += 1
        printed.append(ln)
    return {"body": printed, "final": final, "w": w}


def wrap_after(dpart: str, text: str, w: int) -> list[str]:
    """Wrap the rest of a dateline and the text; the dateline's rest is never broken."""
    lines = wrap(dpart + text, w)
    if lines and lines[0].startswith(dpart):
        return lines
    return [dpart] + wrap(text, w)


def dateline_lines(d: str, text: str, w: int, ctx: Ctx) -> list[str]:
    rng, st = ctx.rng, ctx.stats
    opts = ["after_reporter", "names", "whole", "date", "flow"]
    style = rng.choices(opts, [0.35, 0.2, 0.15, 0.12, 0.18])[0]
    m = re.search(r"（[^）]*?(记者|通讯员)", d)
    if style == "after_reporter" and m:
        i = d.index(m.group(1), m.start()) + len(m.group(1))
        st["dateline broken after 记者"] += 1
        return [d[:i]] + wrap_after(d[i:].lstrip(), text, w)
    if style == "names" and m and " " in d[m.end():]:
        sp = [i for i, c in enumerate(d) if c == " " and i >= m.end()]
        i = d.index(" 通讯员") if " 通讯员" in d else sp[-1]
        st["dateline broken between names / before 通讯员"] += 1
        return [d[:i]] + wrap_after(d[i + 1:], text, w)
    if style == "whole":
        st["dateline alone on its line"] += 1
        return [d] + wrap(text, w)
    if style == "date":
        m2 = re.match(r"(.*?\d+月\d+)(日.*)", d)
        if m2:
            st["dateline broken inside its date"] += 1
            return [m2.group(1)] + wrap_after(m2.group(2), text, w)
    lines = wrap(d + text, w)
    pos = 0
    for ln in lines[:-1]:                 # never break a name or a date inside the dateline
        pos += len(ln)
        while pos < len(d) and d[pos] == " ":
            pos += 1
        if pos < len(d) and d[pos - 1] != " " and not d[pos - 1] in "讯电者":
            return [d] + wrap(text, w)
    st["dateline flowing with the text"] += 1
    return lines


def compose_column(page: Page, ctx: Ctx) -> str:
    rng, st, P = ctx.rng, ctx.stats, ctx.P
    ctx.spread_rate = rng.uniform(0.03, 0.07)
    items = page.items
    arts = []
    for it in items:
        r = column_article(it, ctx) if it.kind != "photo" else {"body": []}
        heads = title_units(it, ctx, "column")
        byl = byline_units(it, ctx)
        col = P(it.get("c"))
        body = r["body"]
        pre, post = [], []
        if it.kind == "photo":
            credit = P(it.get("b"))
            cap = P(it.body[0][1])
            if it.opts.get("capspread") == "1":
                capl = [spread(cap, rng)]
                st["caption line spread with glyph gaps"] += 1
            elif rng.random() < 0.5 and len(cap) > 40:
                capl = wrap(cap, rng.randint(40, 48))
                st["photo caption wrapped over lines"] += 1
            else:
                capl = [cap]
            cmode = it.opts.get("credit") or rng.choice(["inline", "own", "right"])
            if credit:
                if cmode == "inline":
                    capl[-1] += " " + credit
                    st["photo credit on the caption line"] += 1
                elif cmode == "right":
                    post.append(" " * rng.randint(12, 30) + credit)
                    st["photo credit right-aligned on its own line"] += 1
                elif cmode == "top":
                    st["photo credit at the top of the page"] += 1
                else:
                    post.append(credit)
                    st["photo credit on its own line"] += 1
            arts.append({"it": it, "pre": heads, "body": capl, "post": post, "head": [],
                         "place": "photo", "credit_top": credit if cmode == "top" else None})
            st["photo item"] += 1
            continue
        if it.kind == "continuation":
            mk, inline = cont_marker(it, ctx)
            if inline:
                body = [mk + body[0]] + body[1:]
            else:
                pre.append(mk)
            arts.append({"it": it, "pre": pre, "body": body, "post": [], "head": [], "place": "none"})
            continue
        post += jump_unit(it, ctx)
        place = it.opts.get("head") or rng.choices(["after", "bunch", "before"], [0.5, 0.35, 0.15])[0]
        if it.kind == "commentary" and len(byl) == 1 and heads and rng.random() < 0.5:
            heads = heads[:-1] + [heads[-1] + "\n" + byl[0]]
            byl = []
            st["commentary title and byline in one block"] += 1
        if col:
            if rng.random() < 0.5:
                post.append(col)
                st["column label after the body"] += 1
            else:
                heads = [col] + heads
                st["column label before the headline"] += 1
        if place == "before":
            pre = heads + byl
            heads = []
            st["headline before its body"] += 1
        else:
            pre = byl
            st["headline after its body" if place == "after" else "headline bunched with others"] += 1
        arts.append({"it": it, "pre": pre, "body": body, "post": post, "head": heads, "place": place})

    # two articles alternating in pieces
    pairs = [i for i in range(len(arts) - 1)
             if arts[i]["it"].kind in ("news", "feature") and arts[i + 1]["it"].kind == "news"
             and len(arts[i]["body"]) > 8 and len(arts[i + 1]["body"]) > 8]
    inter = None
    if pairs and (page.meta.get("interleave") == "1" or rng.random() < 0.45):
        inter = rng.choice(pairs)
        st["two articles alternating in pieces"] += 1

    # duplicated printed line
    dup_at = None
    if page.meta.get("dupline") == "1" or rng.random() < 0.4:
        cands = [i for i, a in enumerate(arts) if a["it"].kind in ("news", "feature") and len(a["body"]) > 6]
        if cands:
            dup_at = rng.choice(cands)

    units: list[str] = []
    bunch: list[str] = []
    bunch_owner = max([i for i, a in enumerate(arts) if a["place"] == "bunch"], default=None)
    if bunch_owner is not None and rng.random() < 0.5 and bunch_owner + 1 < len(arts) \
            and arts[bunch_owner + 1]["it"].kind in ("news",):
        bunch_owner += 1
    tops = [a["credit_top"] for a in arts if a.get("credit_top")]
    units += tops
    ctx.mast_units = []
    if page.meta.get("front") == "1" or page.meta.get("total"):
        ctx.mast_units = masthead(date.fromisoformat(page.meta["date"]), page.meta["total"], rng, st)
        ctx.extras += [u.replace("\n", " ") for u in ctx.mast_units]
        mast_pos = rng.choice([0, 1])
        st["masthead pieces"] += 1
    else:
        mast_pos = None
    box_pos = {}
    for b in page.boxes:
        box_pos.setdefault(rng.randint(1, len(arts) - 1), []).append(b)
    if mast_pos == 0:
        units += ctx.mast_units

    def emit_body(a, lines):
        out = list(lines)
        return out

    i = 0
    while i < len(arts):
        a = arts[i]
        if mast_pos == 1 and i == 1:
            units += ctx.mast_units
        for b in box_pos.get(i, []):
            units += b
            ctx.extras += b
            st["box lines mixed in"] += 1
        body = list(a["body"])
        if dup_at == i:
            k = rng.randint(1, len(body) - 2)
            body.insert(k + 1, body[k])
            ctx.dups.append(body[k])
            st["duplicated printed line"] += 1
        if inter == i:
            b_ = arts[i + 1]
            bb = list(b_["body"])
            ka = rng.randint(3, len(body) - 3)
            kb = rng.randint(2, len(bb) - 3)
            units += a["pre"] + body[:ka] + b_["pre"] + bb[:kb] + body[ka:] + a["post"]
            units += after_heads(a, bunch)
            units += bb[kb:] + b_["post"] + after_heads(b_, bunch)
            if bunch_owner in (i, i + 1) and bunch:
                units += flush_bunch(bunch, ctx)
            i += 2
            continue
        units += a["pre"] + body + a["post"] + after_heads(a, bunch)
        if i == bunch_owner and bunch:
            units += flush_bunch(bunch, ctx)
        i += 1
    if bunch:
        units += flush_bunch(bunch, ctx)
    units[0] = " " + units[0]
    return "\n\n".join(units) + "\n\n\n"


def after_heads(a, bunch):
    if a["place"] == "after":
        return a["head"]
    if a["place"] == "bunch":
        bunch.extend(a["head"])
    return []


def flush_bunch(bunch, ctx):
    out = list(bunch)
    bunch.clear()
    if len(out) > 2 and ctx.rng.random() < 0.5:
        k = ctx.rng.randint(0, len(out) - 2)
        out[k:k + 2] = [out[k] + "\n " + out[k + 1]]
        ctx.stats["bunched headlines of two stories run together"] += 1
    return out


# ----------------------------------------------------------------------------- layout: paragraph
def compose_paragraph(page: Page, ctx: Ctx) -> str:
    rng, st, P = ctx.rng, ctx.stats, ctx.P
    arts = []
    for it in page.items:
        heads = title_units(it, ctx, "paragraph")
        byl = byline_units(it, ctx)
        col = P(it.get("c"))
        paras = []       # list of lists of printed pieces per paragraph
        d = P(it.get("d"))
        for n, (tag, text) in enumerate(it.body):
            text = P(text)
            if tag == "h":
                st["crosshead (subhead)"] += 1
            if n == 0 and d:
                text = d + text
            paras.append(text)
        pre, post = [], []
        if it.kind == "photo":
            credit = P(it.get("b"))
            cap = paras[0]
            cmode = it.opts.get("credit") or rng.choice(["inline", "own", "own"])
            if it.opts.get("capspread") == "1":
                cap = spread(cap, rng)
                st["caption line spread with glyph gaps"] += 1
            body = [cap]
            if credit:
                if cmode == "inline":
                    body[-1] += " " + credit
                    st["photo credit on the caption line"] += 1
                elif cmode == "right":
                    post.append(" " * rng.randint(12, 30) + credit)
                    st["photo credit right-aligned on its own line"] += 1
                else:
                    post.append(credit)
                    st["photo credit on its own line"] += 1
            st["photo item"] += 1
            arts.append({"it": it, "pre": [""] + heads, "paras": [[c] for c in body], "post": post})
            continue
        if it.kind == "continuation":
            mk, inline = cont_marker(it, ctx)
            if inline:
                paras[0] = mk + paras[0]
            else:
                pre.append(mk)
        post += jump_unit(it, ctx)
        if col:
            if rng.random() < 0.65:
                pre.append(col)
                st["column label before the headline"] += 1
            else:
                post.append(col)
                st["column label after the body"] += 1
        place_after = it.opts.get("head") == "late"
        if place_after:
            st["headline printed inside its body"] += 1
        pre += heads if not place_after else []
        pre += byl
        pieces = [[p] for p in paras]
        # paragraphs cut at a column end, continued on the next line
        for pi in range(len(pieces)):
            text = pieces[pi][0]
            if len(text) > 60 and rng.random() < ctx.split_rate:
                k, kind = cut_point(text, rng)
                if k:
                    pieces[pi] = [text[:k], text[k:]]
                    st[f"paragraph broken over two lines ({kind})"] += 1
        if place_after and len(pieces) > 3:
            pos = rng.randint(2, min(4, len(pieces) - 1))
            pieces.insert(pos, heads)
        arts.append({"it": it, "pre": pre, "paras": pieces, "post": post})

    # a story cut mid-paragraph and continued after a paragraph or two of the next story
    pairs = [i for i in range(len(arts) - 1)
             if arts[i]["it"].kind in ("news", "feature") and arts[i + 1]["it"].kind in ("news", "feature")
             and len(arts[i]["paras"]) >= 3 and len(arts[i + 1]["paras"]) >= 3]
    inter = set()
    want = int(page.meta.get("interleave", "1" if rng.random() < 0.7 else "0"))
    rng.shuffle(pairs)
    for p in pairs:
        if len(inter) >= want:
            break
        if p in inter or p - 1 in inter or p + 1 in inter:
            continue
        inter.add(p)

    units = []
    if page.meta.get("total"):
        mu = masthead(date.fromisoformat(page.meta["date"]), page.meta["total"], rng, st)
        ctx.extras += [u.replace("\n", " ") for u in mu]
        units += mu + [""]
        st["masthead pieces"] += 1
    box_pos = {}
    for b in page.boxes:
        box_pos.setdefault(rng.choice([len(arts), rng.randint(1, len(arts) - 1)]), []).append(b)

    def flat(pieces):
        return [x for p in pieces for x in p]

    dup_done = page.meta.get("dupline") != "1" and rng.random() > 0.45
    i = 0
    while i < len(arts):
        a = arts[i]
        for b in box_pos.get(i, []):
            units += b
            ctx.extras += b
            st["box lines"] += 1
        if i in inter:
            b_ = arts[i + 1]
            pa = a["paras"]
            ka = rng.randint(1, len(pa) - 2)
            text = "".join(pa[ka])
            k, kind = cut_point(text, rng)
            if not k:
                k, kind = len(text) // 2, "inside word"
            st["story cut mid-paragraph, continued after the next story's start"] += 1
            st[f"interleave cut ({kind})"] += 1
            nb = rng.randint(1, min(2, len(b_["paras"]) - 1))
            head_a = a["pre"] + flat(pa[:ka]) + [text[:k]]
            mid_b = b_["pre"] + flat(b_["paras"][:nb])
            rest_a = [text[k:]] + flat(pa[ka + 1:]) + a["post"]
            rest_b = flat(b_["paras"][nb:]) + b_["post"]
            units += head_a + mid_b + rest_a
            if not dup_done:       # the extraction prints the lines before the cut again
                dup = [text[:k]]
                if ka >= 2 and rng.random() < 0.5:
                    dup = [flat(pa[ka - 1:ka])[-1]] + dup
                units += dup
                ctx.dups += dup
                st["paragraph line printed twice"] += 1
                dup_done = True
            units += rest_b
            i += 2
            continue
        seq = a["pre"] + flat(a["paras"]) + a["post"]
        if not dup_done and a["it"].kind in ("news",) and len(a["paras"]) >= 3:
            k = rng.randint(1, len(a["paras"]) - 2)
            line = a["paras"][k][-1]
            pos = seq.index(line)
            seq.insert(pos + 1 + rng.randint(0, 1), line)
            ctx.dups.append(line)
            st["paragraph line printed twice"] += 1
            dup_done = True
        units += seq
        i += 1
    for b in box_pos.get(len(arts), []):
        units += b
        ctx.extras += b
        st["box lines"] += 1
    return "\n\n" + "\n\n".join(units)


# ----------------------------------------------------------------------------- main
def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, total_stats, kinds = [], Counter(), Counter()
    for n, path in enumerate(sorted(SRC.glob("p*.txt"))):
        page = parse(path)
        key = f"{SET_NAME}|{page.meta['date']}|{page.meta['page']}"
        rng = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))
        ctx = Ctx(page, rng)
        ctx.split_rate = float(page.meta.get("splits", "0.12"))
        if page.meta["layout"] == "column":
            text = compose_column(page, ctx)
        else:
            text = compose_paragraph(page, ctx)
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{sha}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        d = date.fromisoformat(page.meta["date"])
        front = bool(page.meta.get("total"))
        gold = {
            "source": f"{name}.txt",
            "issue_date": d.isoformat(),
            "issue_number": str(ISSUE_ANCHOR[1] + (d - ISSUE_ANCHOR[0]).days) if front else None,
            "page_count": int(page.meta["total"]) if front else None,
            "articles": [gold_article(it, ctx.mode) for it in page.items],
            "extras": ctx.extras,
            "duplicates": ctx.dups,
        }
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        chars = len(squash(text))
        kinds.update(a["kind"] for a in gold["articles"])
        total_stats.update(ctx.stats)
        rows.append((name, d.isoformat(), page.meta["page"], page.meta["name"], page.meta["layout"],
                     page.meta.get("punct", "full"), len(gold["articles"]), chars))
    write_tables(rows, total_stats, kinds)
    for r in rows:
        print(f"{r[0]}  {r[1]} 第{r[2]}版 {r[3]:4} {r[4]:9} {r[6]:3} articles {r[7]:5} chars")
    print(f"{len(rows)} pages, {sum(r[6] for r in rows)} articles:",
          ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


def write_tables(rows, stats, kinds):
    readme = HERE / "README.md"
    lines = ["| # | file | issue date | page | name | layout | punctuation | articles | characters |",
             "|---|---|---|---|---|---|---|---|---|"]
    for i, r in enumerate(rows):
        lines.append(f"| {i:03d} | `{r[0]}.txt` | {r[1]} | 第{r[2]}版 | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
    lines.append(f"| | **total** | | | | | | **{sum(r[6] for r in rows)}** | **{sum(r[7] for r in rows)}** |")
    pages_table = "\n".join(lines)
    plines = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(stats.items()):
        plines.append(f"| {k} | {v} |")
    phen_table = "\n".join(plines)
    kinds_line = ", ".join(f"{k} {v}" for k, v in kinds.most_common())
    text = readme.read_text(encoding="utf-8") if readme.exists() else "<!-- PAGES -->\n<!-- /PAGES -->\n"
    text = re.sub(r"<!-- PAGES -->.*?<!-- /PAGES -->",
                  "<!-- PAGES -->\n" + pages_table + f"\n\nArticles by kind: {kinds_line}.\n<!-- /PAGES -->",
                  text, flags=re.S)
    text = re.sub(r"<!-- PHENOMENA -->.*?<!-- /PHENOMENA -->",
                  "<!-- PHENOMENA -->\n" + phen_table + "\n<!-- /PHENOMENA -->", text, flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
