#!/usr/bin/env python3
"""Lay the hand-written stories of src/*.txt out into raw page files (pages/) as the
Hunan Daily e-paper extraction prints them, in the column or the paragraph layout, and
write the exact gold annotation of each page (gold/) plus README.md.

Deterministic: every random choice comes from random.Random seeded with the page id.
Standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

WEEK = "一二三四五六日"
CLOSE = set("，。、；：？！”’）》…—,.;:?!)%")      # may not start a line
OPEN = set("“‘（《(")                              # may not end a line
HUG_NEXT = set("，。、；：？！）》,.;:?!)")          # justified lines: no gap after these
PHENOMENA = Counter()


# ----------------------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    """A page file: '@page' block of key: value, then '@kind' blocks; in a block the
    leading 'key: value' lines are fields, the rest paragraphs ('## ' = crosshead)."""
    page, arts, cur = None, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("@"):
            cur = {"@": line[1:].strip(), "fields": {}, "paras": []}
            if cur["@"] == "page":
                page = cur
            else:
                arts.append(cur)
            continue
        m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued|credit|marker|inline|"
                     r"late|date|pageno|layout|front|lunar|pages|width|numsp|punct|box\d|cuts):\s?(.*)$", line)
        if m:
            cur["fields"][m.group(1)] = m.group(2).strip()
        else:
            cur["paras"].append(line.strip())
    return {"meta": page["fields"], "arts": arts}


HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"})


def clean(s: str) -> str:
    return s.replace("/", "")


# ----------------------------------------------------------------------------- helpers
def width(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def tokens(s: str) -> list[str]:
    """Unbreakable units: ASCII runs (figures, Latin words) and single other chars."""
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9.%]*|.", s)


def wrap(text: str, widths, first_indent: float = 2.0, head: str = "") -> list[str]:
    """Greedy line fill of `head` + `text`; widths(i) gives the width of line i; the first
    line is shortened by first_indent. Closing punctuation is never sent to a line start.
    The last four characters of `head` (a dateline) stay together: a line never starts
    with a 1-3 character tail of the dateline (the scorer's coverage could not see it)."""
    toks = (tokens(head[:-4]) + [head[-4:]] if head else []) + tokens(text)
    lines, cur, i = [], "", 0
    cap = widths(0) - first_indent
    for t in toks:
        if cur and width(cur) + width(t) > cap + 1e-9 and t[0] not in CLOSE and cur[-1] not in OPEN:
            lines.append(cur)
            i += 1
            cur, cap = "", widths(i)
        cur += t
    if cur:
        lines.append(cur)
    return lines


def cjk(c: str) -> bool:
    return bool(c) and ord(c) > 0x2e80


def space_numbers(line: str, rng: random.Random, p: float) -> str:
    """Glyph gaps around figure runs, as the e-paper extraction prints them."""
    if p <= 0:
        return line
    out, last = [], 0
    for m in re.finditer(r"[0-9][0-9.%]*", line):
        a, b = m.span()
        pre = line[last:a]
        if a > 0 and cjk(line[a - 1]) and rng.random() < p:
            pre += " "
        out.append(pre + m.group())
        if b < len(line) and cjk(line[b]) and rng.random() < p:
            out.append(" ")
        last = b
    out.append(line[last:])
    res = "".join(out)
    if p >= 0.9:     # pages printed with gaps around every figure also gap after “
        res = re.sub("“", lambda m: "“ " if rng.random() < 0.4 else "“", res)
    return res


def spread(line: str) -> str:
    """A justified line the extraction spread with spaces: '总 部 、区 域 总 部'."""
    ts = tokens(line)
    out = ts[0]
    for a, b in zip(ts, ts[1:]):
        out += (b if a[-1] in HUG_NEXT or a in "“‘（《(" else " " + b)
    return out


def glyph_gap(line: str, rng: random.Random) -> str:
    """One stray gap beside a comma or between two characters ('隆 ， 20 多')."""
    idx = [i for i in range(1, len(line) - 1) if line[i] in "，、" and cjk(line[i - 1])]
    if idx:
        i = rng.choice(idx)
        return line[:i] + " " + line[i] + " " + line[i + 1:]
    idx = [i for i in range(1, len(line)) if cjk(line[i - 1]) and cjk(line[i])]
    if not idx:
        return line
    i = rng.choice(idx)
    return line[:i] + " " + line[i:]


def date_zh(d: datetime.date) -> str:
    return f"{d.month}月{d.day}日"


# ----------------------------------------------------------------------------- gold
def gold_article(a: dict, half: bool) -> dict:
    f = a["fields"]
    conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
    kind = {"news": "news", "commentary": "commentary", "feature": "feature", "essay": "feature",
            "photo": "photo", "cont": "continuation", "other": "other"}[a["@"]]
    paras, subs = [], []
    for p in a["paras"]:
        if p.startswith("## "):
            subs.append(conv(p[3:]))
            paras.append(conv(p[3:]))
        else:
            paras.append(conv(p))
    return {
        "kind": kind,
        "column": conv(f.get("column", "")),
        "kicker": conv(clean(f.get("kicker", ""))),
        "title": conv(clean(f.get("title", ""))),
        "subtitle": conv(clean(f.get("subtitle", ""))),
        "byline": conv(f.get("byline", "")),
        "dateline": conv(f.get("dateline", "")),
        "continued": conv(f.get("continued", "")),
        "subheads": subs,
        "paragraphs": paras,
    }


# ----------------------------------------------------------------------------- headlines
def headline_lines(a: dict, rng: random.Random, conv, column_layout: bool) -> list[str]:
    """Lines of a headline stack; long parts broken at their '/' hint (last word alone)."""
    f = a["fields"]
    out = []
    for key in ("kicker", "title", "subtitle"):
        v = f.get(key, "")
        if not v:
            continue
        v = conv(v)
        if "/" in v and column_layout and rng.random() < 0.8:
            parts = v.split("/")
            out.extend(parts)
            PHENOMENA["headline part broken across lines (last word alone)"] += 1
        else:
            out.append(v.replace("/", ""))
    return out


# ----------------------------------------------------------------------------- column
def layout_column(src: dict, rng: random.Random, gold: dict) -> str:
    meta, arts = src["meta"], src["arts"]
    half = meta.get("punct") == "half"
    conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
    numsp = float(meta.get("numsp", "0.5"))
    base = int(meta.get("width", "16"))
    items: list[str] = []          # joined by blank lines; an item may hold tight lines
    dups = gold["duplicates"]

    def emit_body(lines: list[str]):
        for ln in lines:
            items.append(ln)
            if rng.random() < 0.008:
                items.append(ln)
                dups.append(ln)
                PHENOMENA["body line printed twice (column)"] += 1

    dl_alone = [False]

    def finish(raw_lines: list[str], allow_spread=True) -> list[str]:
        out = []
        for j, ln in enumerate(raw_lines):
            ln = space_numbers(ln, rng, numsp)
            last = j == len(raw_lines) - 1
            if allow_spread and not last and rng.random() < 0.07 and not (j == 0 and dl_alone[0]):
                ln = spread(ln.replace(" ", ""))
                PHENOMENA["justified line spread with spaces"] += 1
            elif rng.random() < 0.02:
                ln = glyph_gap(ln, rng)
                PHENOMENA["stray glyph gap in a line"] += 1
            out.append(ln)
        return out

    def stack_item(lines: list[str]) -> list[str]:
        """Group headline lines into items: adjacent (tight) or blank-separated."""
        res, cur = [], [lines[0]]
        for ln in lines[1:]:
            if rng.random() < 0.55:
                cur.append(ln)
            else:
                res.append("\n".join(cur))
                cur = [ln]
        res.append("\n".join(cur))
        return res

    def headline_stack(a: dict) -> list[str]:
        f = a["fields"]
        lines = headline_lines(a, rng, conv, True)
        if not lines:
            return []
        r = rng.random()
        if f.get("title") and r < 0.10:
            t = conv(clean(f["title"]))
            parts = [p for p in conv(f["title"]).split("/")]
            idx = [i for i, ln in enumerate(lines) if ln in parts or ln == t]
            if idx:
                dups.append(t)
                if r < 0.05:
                    for i in idx:
                        lines[i] = lines[i] + lines[i]
                    PHENOMENA["headline drawn twice on one line (bold)"] += 1
                else:
                    at = idx[-1] + 1
                    lines[at:at] = [lines[i] for i in idx]
                    PHENOMENA["headline printed on two identical lines"] += 1
        if rng.random() < 0.12:
            lines[0] = " " + lines[0]
        return stack_item(lines)

    # masthead of a front page
    if meta.get("front") == "1":
        d = datetime.date.fromisoformat(meta["date"])
        pieces = [f"{d.year}年{d.month}月", f"{d.day}", f"星期{WEEK[d.weekday()]}", meta["lunar"],
                  f"第{meta['issue']}号", f"今日{meta['pages']}版"]
        merged = [pieces[0], pieces[1] + " " + pieces[2], pieces[3], pieces[4] + " " + pieces[5]]
        items.extend(merged)
        gold["extras"].append("".join(p.replace(" ", "") for p in pieces))
        PHENOMENA["masthead (front page)"] += 1
    boxes = [b.split("|") for k, b in sorted(meta.items()) if k.startswith("box")]

    # where do headlines go: after the body, bunched, or before it
    n = len(arts)
    bunch_at = rng.randrange(max(1, n // 2), n) if n > 2 else n - 1
    bunched: list[list[str]] = []
    top_credit = [a for a in arts if a["@"] == "photo" and a["fields"].get("credit") == "top"]
    for a in top_credit:
        items.append(conv(a["fields"]["byline"]))
        PHENOMENA["photo credit at the top of the page"] += 1
    box_slots = {rng.randrange(1, n): b for b in boxes}
    for idx, a in enumerate(arts):
        f, kind = a["fields"], a["@"]
        w = base + rng.choice([-1, 0, 0, 1])
        if idx in box_slots:
            for ln in box_slots[idx]:
                items.append(ln)
            gold["extras"].append("".join(x.replace(" ", "") for x in box_slots[idx]))
            PHENOMENA["box line (countdown / code prompt) among stories"] += 1
        if kind == "photo":
            if f.get("title"):
                items.append(conv(f["title"]))
            cap = " ".join(conv(p) for p in a["paras"])
            lines = wrap(cap, lambda i: 40 + (idx % 3) * 2, 0)
            lines = [space_numbers(x, rng, numsp) for x in lines]
            if rng.random() < 0.3:
                lines[-1] = spread(lines[-1].replace(" ", ""))
                PHENOMENA["caption line spread with gaps"] += 1
            mode = f.get("credit", "inline")
            cr = conv(f.get("byline", ""))
            if cr and mode == "inline":
                lines[-1] += " " + cr
                PHENOMENA["photo credit on the caption line"] += 1
            items.extend(lines)
            if cr and mode == "own":
                items.append(cr)
                PHENOMENA["photo credit on its own line"] += 1
            if cr and mode == "right":
                items.append(" " * rng.randrange(24, 40) + cr)
                PHENOMENA["photo credit right-aligned (leading spaces)"] += 1
            if "均由" in cr:
                PHENOMENA["group photo credit"] += 1
            continue
        if kind == "cont":
            mark = f.get("marker", "▲ ▲（" + f["continued"] + "）")
            paras = [conv(p) for p in a["paras"]]
            if f.get("inline") == "1":
                first = wrap(mark + paras[0], lambda i: w + 4, 0)
                emit_body(finish(first))
                PHENOMENA["jump marker inline before continued text"] += 1
            else:
                items.append(mark)
                emit_body(finish(wrap(paras[0], lambda i: w + 4)))
                PHENOMENA["jump marker on its own line (上接)"] += 1
            for p in a["paras"][1:]:
                if p.startswith("## "):
                    items.append(conv(p[3:]))
                    PHENOMENA["crosshead (subhead) line"] += 1
                else:
                    emit_body(finish(wrap(conv(p), lambda i: w + 4)))
            continue
        # headline placement
        stack = headline_stack(a)
        mode = rng.choices(["after", "bunch", "before"], [0.5, 0.33, 0.17])[0]
        if kind == "commentary":
            w = max(10, base - rng.choice([4, 5, 6]))
        col = conv(f.get("column", ""))
        col_pos = rng.choice(["before", "after"]) if col else ""
        if col and col_pos == "before":
            items.append(col)
            PHENOMENA["column label line before story"] += 1
        if stack and mode == "before":
            items.extend(stack)
            PHENOMENA["headline stack before its body (column)"] += 1
        by = conv(f.get("byline", ""))
        if by:
            m = re.match(r"^(.*?(?:评论员|记者|特约撰稿人))\s+(.+)$", by)
            if m and "通讯员" not in m.group(2) and rng.random() < 0.75:
                items.append(m.group(1))
                items.append(m.group(2))
                PHENOMENA["bare-name line (byline split before the name)"] += 1
            elif "通讯员" in by and rng.random() < 0.7:
                i = by.index("通讯员")
                items.append(by[:i].strip())
                items.append(by[i:])
                PHENOMENA["byline broken before 通讯员"] += 1
            else:
                items.append(by)
                if " " not in by.strip():
                    PHENOMENA["bare-name line (byline split before the name)"] += 1
        dl = conv(f.get("dateline", ""))
        paras = a["paras"]
        first_narrow = dl and rng.random() < 0.22
        for j, p in enumerate(paras):
            if p.startswith("## "):
                items.append(conv(p[3:]))
                PHENOMENA["crosshead (subhead) line"] += 1
                continue
            p = conv(p)
            if j == 0 and dl:
                if first_narrow:
                    nw = rng.choice([7, 7.5, 8, 8.5, 9])
                    lines = wrap(p, lambda i: nw if i < 2 else w, 0, head=dl)
                    PHENOMENA["narrow first lines (text beside a picture)"] += 1
                elif rng.random() < 0.18:
                    lines = [dl] + wrap(p, lambda i: w, 0)
                    dl_alone[0] = True
                else:
                    lines = wrap(p, lambda i: w, 1, head=dl)
                # where did a line break fall inside the dateline?
                pos = 0
                for ln in lines[:-1]:
                    pos += len(ln)
                    if pos < len(dl):
                        head = dl[:pos]
                        if "讯" not in head and "电" not in head and re.search(r"\d", dl[pos - 2:pos + 2]):
                            PHENOMENA["line break inside a dateline's date"] += 1
                        elif "通讯员" in dl[pos:pos + 4] or dl[pos:].startswith("通讯员"):
                            PHENOMENA["dateline broken before 通讯员"] += 1
                        elif re.match(r"[\u4e00-\u9fff]", dl[pos:pos + 1]) and "记者" in head and "）" not in head:
                            PHENOMENA["dateline broken between/inside names"] += 1
                lines = finish(lines)
                dl_alone[0] = False
                if rng.random() < 0.3:
                    lines[0] = " " + lines[0]
                emit_body(lines)
            else:
                emit_body(finish(wrap(p, lambda i: w)))
        if f.get("continued", "").startswith("下转"):
            items.append("▷（" + conv(f["continued"]) + "）")
            PHENOMENA["jump marker 下转 after a front-page story"] += 1
        if col and col_pos == "after":
            items.append(col)
            PHENOMENA["column label line after story"] += 1
        if stack and mode == "after":
            items.extend(stack)
            PHENOMENA["headline stack after its body (column)"] += 1
        if stack and mode == "bunch":
            bunched.append(stack)
        if idx == bunch_at and bunched:
            rng.shuffle(bunched)
            for s in bunched:
                items.extend(s)
                PHENOMENA["headline stack bunched away from its body"] += 1
            bunched = []
    if bunched:
        rng.shuffle(bunched)
        for s in bunched:
            items.extend(s)
            PHENOMENA["headline stack bunched away from its body"] += 1
    # photo captions of the page bottom come last in seed 000/004 order; already in order
    PHENOMENA["pages in column layout"] += 1
    return "\n\n".join(items) + "\n"


# ----------------------------------------------------------------------------- paragraph
def cut_point(p: str, rng: random.Random) -> tuple[int, str]:
    """A place to cut a paragraph: between a figure and its unit, before a figure (after
    the verb), or inside a word. Returns (index, kind)."""
    n = len(p)
    lo, hi = int(n * 0.25), int(n * 0.85)
    cands = []
    for m in re.finditer(r"[0-9][0-9.]*", p):
        a, b = m.span()
        if lo <= b <= hi and b < n and cjk(p[b]) and p[b] not in "，。、":
            cands.append((b, "between a figure and its unit"))
        if lo <= a <= hi and a > 0 and cjk(p[a - 1]) and p[a - 1] not in "，。、；：“":
            cands.append((a, "between a verb and its figure"))
    words = [i for i in range(lo, hi) if cjk(p[i - 1]) and cjk(p[i]) and p[i - 1] not in CLOSE | OPEN
             and p[i] not in CLOSE | OPEN]
    if words:
        for i in rng.sample(words, min(3, len(words))):
            cands.append((i, "inside a word"))
    if not cands:
        return n // 2, "inside a word"
    figs = [c for c in cands if c[1] != "inside a word"]
    if figs and rng.random() < 0.5:
        return rng.choice(figs)
    return rng.choice(cands)


def layout_paragraph(src: dict, rng: random.Random, gold: dict) -> str:
    meta, arts = src["meta"], src["arts"]
    half = meta.get("punct") == "half"
    conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
    numsp = float(meta.get("numsp", "0"))
    out: list[str] = ["", ""]       # the page starts with two empty lines
    dups = gold["duplicates"]

    def put(line: str, gap: int = 1):
        out.append(line)
        out.extend([""] * gap)

    if meta.get("front") == "1":
        d = datetime.date.fromisoformat(meta["date"])
        pieces = [f"{d.year}年{d.month}月", f"{d.day}", f"星期{WEEK[d.weekday()]}", meta["lunar"],
                  f"第{meta['issue']}号", f"今日{meta['pages']}版"]
        put(pieces[0]); put(pieces[1]); put(pieces[2])
        put(pieces[3], 0); put(pieces[4]); put(pieces[5], 3)
        gold["extras"].append("".join(pieces))
        PHENOMENA["masthead (front page)"] += 1

    def head_lines(a: dict) -> list[str]:
        f = a["fields"]
        k, t, s = (conv(clean(f.get(x, ""))) for x in ("kicker", "title", "subtitle"))
        parts = [x for x in (k, t, s) if x]
        if not parts:
            return []
        r = rng.random()
        if t and s and not k and r < 0.6:
            PHENOMENA["title and subtitle on one line, split at a space"] += 1
            return [t + " " + s]
        if k and t and r < 0.45:
            PHENOMENA["kicker and title on one line, split at a space"] += 1
            return [k + " " + t] + ([s] if s else [])
        if t and s and r < 0.75:
            PHENOMENA["title and subtitle on one line, split at a space"] += 1
            return ([k] if k else []) + [t + " " + s]
        PHENOMENA["headline parts on their own lines"] += 1
        return parts

    def render(a: dict) -> list[tuple[str, str]]:
        """Units of one story in reading order: ('h', line) headline furniture,
        ('p', text) paragraph text (one line each)."""
        f, kind = a["fields"], a["@"]
        units: list[tuple[str, str]] = []
        col = conv(f.get("column", ""))
        col_after = col and rng.random() < 0.4
        if col and not col_after:
            units.append(("h", col))
            PHENOMENA["column label line before story"] += 1
        if kind == "photo":
            units.append(("gap", ""))
            if f.get("title"):
                units.append(("h", conv(f["title"])))
            cap = conv(" ".join(a["paras"]))
            cr = conv(f.get("byline", ""))
            mode = f.get("credit", "inline")
            if cr and mode == "inline":
                units.append(("h", cap + (" " if not cr.startswith("(") else "") + cr))
                PHENOMENA["photo credit on the caption line"] += 1
            else:
                units.append(("h", cap))
                if cr:
                    units.append(("h", cr))
                    PHENOMENA["photo credit on its own line"] += 1
            if "均由" in cr:
                PHENOMENA["group photo credit"] += 1
            return units
        hl = head_lines(a)
        by = conv(f.get("byline", ""))
        bylines = []
        if by:
            if "通讯员" in by and rng.random() < 0.6:
                i = by.index("通讯员")
                bylines = [by[:i].strip(), by[i:]]
                PHENOMENA["byline broken before 通讯员"] += 1
            else:
                bylines = [by]
                if " " not in by.strip():
                    PHENOMENA["bare-name byline line"] += 1
        late = f.get("late") == "1"       # headline printed after the opening paragraphs
        if not late:
            units += [("h", x) for x in hl]
        units += [("h", x) for x in bylines]
        dl = conv(f.get("dateline", ""))
        paras = a["paras"]
        for j, p in enumerate(paras):
            if late and j == 3:
                units += [("h", x) for x in hl]
                PHENOMENA["headline printed after the opening paragraphs"] += 1
            if p.startswith("## "):
                units.append(("p", conv(p[3:])))
                PHENOMENA["crosshead (subhead) line"] += 1
                continue
            p = conv(p)
            units.append(("p", (dl if j == 0 else "") + p))
        if f.get("continued", "").startswith("下转"):
            units.append(("h", "▷(" + conv(f["continued"]) + ")"))
            PHENOMENA["jump marker 下转 after a front-page story"] += 1
        if col_after:
            units.append(("h", col))
            PHENOMENA["column label line after story"] += 1
        return units

    rendered = [render(a) for a in arts]
    kinds = [a["@"] for a in arts]
    # choose interleaved pairs: A cut mid-paragraph, B printed, then A resumes
    order: list[tuple[str, str]] = []
    i, n = 0, len(arts)
    want = int(meta.get("cuts", "3"))
    made = 0
    while i < n:
        A = rendered[i]
        pi = [j for j, (t, x) in enumerate(A) if t == "p" and len(x) > 60]
        can = (i + 1 < n and kinds[i] in ("news", "feature", "commentary") and
               kinds[i + 1] in ("news", "feature", "commentary") and len(pi) >= 2 and made < want
               and rng.random() < 0.75)
        if not can:
            order += A
            i += 1
            continue
        B = rendered[i + 1]
        ja = rng.choice(pi[1:])
        ca, ka = cut_point(A[ja][1], rng)
        pb = [j for j, (t, x) in enumerate(B) if t == "p" and len(x) > 60]
        order += A[:ja] + [("p", A[ja][1][:ca])]
        PHENOMENA[f"story cut {ka}, resumed after another story's pieces"] += 1
        if len(pb) >= 2 and rng.random() < 0.7:
            jb = rng.choice(pb[1:])
            cb, kb = cut_point(B[jb][1], rng)
            order += B[:jb] + [("p", B[jb][1][:cb])]
            order += [("p", A[ja][1][ca:])] + A[ja + 1:]
            order += [("p", B[jb][1][cb:])] + B[jb + 1:]
            PHENOMENA[f"story cut {kb}, resumed after another story's pieces"] += 1
            made += 2
        else:
            order += B + [("p", A[ja][1][ca:])] + A[ja + 1:]
            made += 1
        i += 2
    # plain splits (a paragraph broken across two lines) and twice-printed lines
    for u in order:
        t, x = u
        if t == "gap":
            out.extend(["", ""])
            continue
        if t == "p" and len(x) > 70 and rng.random() < 0.12:
            c, _ = cut_point(x, rng)
            a1, a2 = space_numbers(x[:c], rng, numsp), space_numbers(x[c:], rng, numsp)
            put(a1)
            put(a2)
            PHENOMENA["paragraph broken across two lines (nothing between)"] += 1
            continue
        line = space_numbers(x, rng, numsp) if t == "p" else x
        put(line)
        if t == "p" and len(x) > 30 and rng.random() < 0.022 and "讯" not in x[:30] and "电" not in x[:30]:
            put(line)
            dups.append(line)
            PHENOMENA["line printed twice (paragraph)"] += 1
    boxes = [b.split("|") for k, b in sorted(meta.items()) if k.startswith("box")]
    for b in boxes:
        for ln in b:
            put(ln)
        gold["extras"].append("".join(x.replace(" ", "") for x in b))
        PHENOMENA["box line (countdown / code prompt) among stories"] += 1
    PHENOMENA["pages in paragraph layout"] += 1
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------- main
def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    for k, path in enumerate(sorted(SRC.glob("p*.txt"))):
        src = parse_source(path)
        meta = src["meta"]
        rng = random.Random(f"dev_zg/{path.stem}")
        d = datetime.date.fromisoformat(meta["date"])
        front = meta.get("front") == "1"
        if front:
            meta["issue"] = str(27314 + (d - datetime.date(2025, 3, 27)).days)
        half = meta.get("punct") == "half"
        gold = {"source": "", "issue_date": meta["date"],
                "issue_number": meta["issue"] if front else None,
                "page_count": int(meta["pages"]) if front else None,
                "articles": [], "extras": [], "duplicates": []}
        if meta["layout"] == "column":
            text = layout_column(src, rng, gold)
        else:
            text = layout_paragraph(src, rng, gold)
        gold["articles"] = [gold_article(a, half) for a in src["arts"]]
        if half:
            PHENOMENA["pages with half-width punctuation"] += 1
        if float(meta.get("numsp", "0")) > 0:
            PHENOMENA["pages with spaces around figure runs"] += 1
        for a in gold["articles"]:
            if "电（" in a["dateline"] or "电(" in a["dateline"]:
                PHENOMENA["dateline with 电 (Xinhua)"] += 1
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{k:03d}_{h}"
        gold["source"] = name + ".txt"
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        kinds = Counter(a["kind"] for a in gold["articles"])
        rows.append((name, meta["date"], meta.get("pageno", "?"), meta["layout"], front,
                     len(gold["articles"]), chars, kinds))
    write_readme(rows)


def write_readme(rows):
    tot = Counter()
    for r in rows:
        tot.update(r[7])
    lines = (HERE / "README.head.md").read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines += ["", "## Pages", "",
              "| file | issue date | page | layout | articles | characters (no whitespace) | kinds |",
              "|---|---|---|---|---|---|---|"]
    for name, date, pg, lay, front, na, ch, kinds in rows:
        ks = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        lines.append(f"| {name} | {date} | {pg}{' (front)' if front else ''} | {lay} | {na} | {ch} | {ks} |")
    lines += ["", f"Total: {len(rows)} pages, {sum(r[5] for r in rows)} articles "
              f"({', '.join(f'{k} {v}' for k, v in sorted(tot.items()))}), "
              f"{sum(r[6] for r in rows)} characters.", "",
              "## Phenomena laid out (counted by compose.py as it applied them)", "",
              "| phenomenon | count |", "|---|---|"]
    for k, v in sorted(PHENOMENA.items()):
        lines.append(f"| {k} | {v} |")
    lines += ["", (HERE / "README.tail.md").read_text(encoding="utf-8").rstrip("\n")]
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
