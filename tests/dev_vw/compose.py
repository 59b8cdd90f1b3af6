#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Every page is built from its source file src/pNN.txt (format in README.md).
Small choices (spaces around numbers, glyph gaps) come from a random.Random
seeded by the source file name, so a rebuild is byte-for-byte identical.
Standard library only.
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

# ---------------------------------------------------------------- measured on the seeds
# Column layout (seeds 000, 004): one printed column line per text line, a blank line
# between lines.  Column widths measured there (CJK = 1 em, ASCII = 0.5 em):
# 12 em (a narrow commentary column), 15-17 em (news columns of 000), 19-22 em (004).
# The first line of a paragraph is 2 em shorter (indent, trimmed by the extractor).
# A line that is not the last of its paragraph is printed "spread" (a space after
# every glyph but not before punctuation nor after it, except after an opening
# quote) when it falls short of the measure by 1 em or more (the next token did not
# fit: a number run, a line-initial mark) or when it holds 3 or more full-width marks
# (compressed punctuation leaves slack the extractor shows as gaps).
SPREAD_SHORT_EM = 1.0
SPREAD_MARKS = 3
CLOSING = "，。、；：”’）》！？,.;:)!?%"
OPENING = "“‘（《("
MARKS = "，。、；：“”‘’（）《》！？"
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×·/-]*")


def em(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        w += 1.0 if unicodedata.east_asian_width(ch) in "WFA" and ord(ch) > 0x2000 else 0.5
    return w


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# ---------------------------------------------------------------- punctuation styles
def punct(s: str, style: str) -> str:
    """full: all full-width; mixed: full commas, half-width brackets;
    half: half-width , ( ) ; :"""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parsing
CUT = re.compile(r"\|([vuwqncd]?)")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between", "d": "line break inside a dateline's date",
             "": "other forced break"}


class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued", "width")}
        self.paras: list[str] = []
        self.subheads: list[str] = []

    # printed stream: dateline + first paragraph, then the other paragraphs;
    # split into segments at cut marks.  Each segment: (text, ends_paragraph, tag)
    def segments(self, style: str):
        segs = []
        paras = list(self.paras)
        dl = self.f["dateline"]
        if dl and paras:
            paras[0] = dl + paras[0]
        elif dl:
            paras = [dl]
        for p in paras:
            p = p[3:] if p.startswith("## ") else p
            parts = CUT.split(p)
            # parts: text, tag, text, tag, text ...
            texts, tags = parts[0::2], parts[1::2]
            for i, t in enumerate(texts):
                segs.append([punct(t, style), i == len(texts) - 1, tags[i] if i < len(tags) else None])
        return segs


def clean(s: str) -> str:
    return CUT.sub("", s)


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[list[str]] = []
        cur = None
        mode = "meta"
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.rstrip()
            if line.startswith("#") and not line.startswith("## "):
                continue
            if line.startswith("===="):
                head = line[4:].split()
                if head[0] == "layout":
                    mode, cur = "layout", None
                else:
                    cur = Article(head[0], head[1])
                    self.arts[head[0]] = cur
                    self.order.append(head[0])
                    mode = "fields"
                continue
            if not line.strip():
                continue
            if mode == "meta":
                k, _, v = line.partition(":")
                self.meta[k.strip()] = v.strip()
            elif mode == "fields":
                if line.strip() == "----":
                    mode = "paras"
                    continue
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "subheads":
                    cur.subheads = [x.strip() for x in v.split(";") if x.strip()]
                else:
                    cur.f[k] = v.strip()
            elif mode == "paras":
                cur.paras.append(line.strip())
            elif mode == "layout":
                self.layout.append(line.split())
        self.style = self.meta.get("punct", "full")
        self.col = self.meta.get("layout") == "column"


# ---------------------------------------------------------------- line flow (column layout)
def tokens(text: str):
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


class Stats(Counter):
    pass


def spread_line(toks):
    s = ""
    for i, t in enumerate(toks):
        s += t
        if i == len(toks) - 1:
            break
        nxt = toks[i + 1]
        if t in MARKS:
            if t in "“‘":
                s += " "
            continue
        if nxt in "“‘《（》）":
            continue
        s += " "
    return s


def plain_line(toks, rng, st, p_before, p_after):
    s = ""
    for i, t in enumerate(toks):
        num = bool(NUMRUN.fullmatch(t))
        if num and s and is_cjk(s[-1]) and rng.random() < p_before:
            s += " "
            st["spaces around number runs"] += 1
        if t in "、，" and s and s[-1] != " " and rng.random() < 0.035:
            s += " "
            st["glyph-gap space before full-width punctuation"] += 1
        if t == "%" and rng.random() < 0.3:
            s += " "
            st["glyph-gap space before %"] += 1
        s += t
        if num and i + 1 < len(toks) and toks[i + 1][0] not in CLOSING and rng.random() < p_after:
            s += " "
        if t == "“" and i + 1 < len(toks) and rng.random() < 0.04:
            s += " "
            st["space after an opening quote"] += 1
    return s


def flow(segs, width, rng, st, p_before, p_after, start_para=True):
    """Flow segments (text, ends_para, tag) into column lines; return list of str."""
    lines = []
    cur, curw = [], 0.0
    para_start = start_para
    indent = 2 if para_start else 0

    def emit(last_of_para, forced):
        nonlocal cur, curw
        if not cur:
            return
        measure = width - (2 if emit.first else 0)
        short = measure - curw
        nmarks = sum(1 for t in cur if t in MARKS)
        if not last_of_para and not forced and (short >= SPREAD_SHORT_EM or nmarks >= SPREAD_MARKS):
            lines.append(spread_line(cur))
            st["justified column lines spread with spaces"] += 1
        else:
            lines.append(plain_line(cur, rng, st, p_before, p_after))
        cur, curw = [], 0.0
        emit.first = False

    emit.first = para_start
    for text, ends, tag in segs:
        toks = tokens(text)
        for t in toks:
            measure = width - (2 if emit.first else 0)
            tw = em(t)
            if cur and curw + tw > measure:
                if t[0] in CLOSING:          # hanging punctuation
                    cur.append(t)
                    curw += tw
                    emit(False, False)
                    continue
                carry = []
                while cur and cur[-1] in OPENING:
                    carry.insert(0, cur.pop())
                    curw -= 1
                emit(False, False)
                cur = carry
                curw = sum(em(x) for x in carry)
            cur.append(t)
            curw += tw
        if ends:
            emit(True, False)
            emit.first = True
        elif tag is not None:
            emit(False, True)           # forced break at a cut mark
    emit(True, False)
    return lines


# ---------------------------------------------------------------- page composition
def right(s: str, width: int = 44) -> str:
    pad = max(2, int((width - em(s)) * 2) // 2 * 1)
    return " " * pad + s


def compose_page(page: Page, number: int):
    rng = random.Random(page.path.name)
    st: Stats = Stats()
    style = page.style
    out: list[list] = []          # [text, sep_after]
    extras: list[str] = []
    dups: list[str] = []
    segs = {aid: page.arts[aid].segments(style) for aid in page.order}
    p_before = float(page.meta.get("numspace_before", "0.85" if page.col else "0"))
    p_after = float(page.meta.get("numspace_after", "0.5" if page.col else "0"))
    heads_seen: set[str] = set()
    printed: Counter = Counter()
    shown: set = set()
    body_seen: set[str] = set()

    def add(text, sep="\n\n"):
        out.append([text, sep])

    def P(s):
        return punct(s, style)

    for d in page.layout:
        op, args = d[0], d[1:]
        if op == "mast":
            for piece in page.meta["mast"].split(" / "):
                sub = piece.split(" + ")
                for j, x in enumerate(sub):
                    add(x, "\n" if j < len(sub) - 1 else "\n\n")
                    st["masthead pieces"] += 1
                    if " " in x:
                        st["masthead pieces merged on one line"] += 1
            extras.append(re.sub(r"[\s/+]", "", page.meta["mast"]))
        elif op == "gap":
            out[-1][1] += "\n\n"
        elif op == "box":
            text = " ".join(args)
            parts = [P(x.strip()) for x in text.split("|")]
            for j, x in enumerate(parts):
                add(x, "\n" if j < len(parts) - 1 else "\n\n")
            extras.append("".join(parts).replace(" ", ""))
            st["short box lines (countdowns, prompts, framed labels)"] += 1
        elif op == "line":
            add(P(" ".join(args)))
            if "转" in " ".join(args) or "接" in " ".join(args):
                st["jump markers"] += 1
        elif op == "head":
            a = page.arts[args[0]]
            mode = args[1] if len(args) > 1 else "stack"
            parts = [P(a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]
            if args[0] in body_seen:
                st["headlines printed after their body"] += 1
            heads_seen.add(args[0])
            shown.add(("head", args[0]))
            if mode == "one":
                add(" ".join(parts))
                st["headline parts joined on one line"] += 1
            elif mode == "tight":
                for j, x in enumerate(parts):
                    add(x, "\n" if j < len(parts) - 1 else "\n\n")
            elif mode.startswith("split="):
                n = int(mode[6:])
                for x in parts:
                    if x == P(a.f["title"]):
                        add(x[:-n], "\n")
                        add(x[-n:])
                        st["headline's last word left alone on a line"] += 1
                    else:
                        add(x)
            elif mode == "double":
                for x in parts:
                    add(x + x if x == P(a.f["title"]) else x)
                dups.append(P(a.f["title"]))
                st["headline drawn twice (doubled on one line)"] += 1
            elif mode == "twice":
                for x in parts:
                    add(x)
                    if x == P(a.f["title"]):
                        add(x)
                dups.append(P(a.f["title"]))
                st["headline drawn twice (two identical lines)"] += 1
            else:
                for x in parts:
                    add(x)
        elif op == "label":
            a = page.arts[args[0]]
            add(P(a.f["column"]))
            st["column labels on their own line"] += 1
        elif op == "byl":
            a = page.arts[args[0]]
            shown.add(("byl", args[0]))
            parts = P(a.f["byline"]).split("|")
            for j, x in enumerate(parts):
                add(x.strip(), "\n" if j < len(parts) - 1 else "\n\n")
            if len(parts) > 1:
                st["byline broken between its names"] += 1
        elif op == "body":
            aid = args[0]
            a = page.arts[aid]
            ss = segs[aid]
            lo, hi = 1, len(ss)
            dupk = None
            for x in args[1:]:
                if x.endswith("-") and x[0].isdigit():
                    lo, hi = int(x[:-1]), len(ss)
                elif "-" in x and x[0].isdigit():
                    lo, hi = (int(y) for y in x.split("-"))
                elif x.isdigit():
                    lo = hi = int(x)
                elif x.startswith("dup="):
                    dupk = int(x[4:])
            body_seen.add(aid)
            for k in range(lo, hi + 1):
                printed[(aid, k)] += 1
            part = ss[lo - 1:hi]
            # a continuation opens mid-sentence (the jumped text), so no indent
            start_para = (lo == 1 and a.kind != "continuation") or (lo > 1 and ss[lo - 2][1])
            if page.col:
                width = float(a.f["width"] or 16)
                lines = flow(part, width, rng, st, p_before, p_after, start_para)
                if not out:
                    lines[0] = " " + lines[0]
                for j, ln in enumerate(lines):
                    add(ln)
                    if dupk == j + 1:
                        add(ln)
                        dups.append(ln.replace(" ", ""))
                        st["lines printed twice"] += 1
            else:
                buf = ""
                for j, (text, ends, tag) in enumerate(part):
                    buf += text
                    if ends or j == len(part) - 1:
                        add(buf)
                        buf = ""
                    elif tag is not None:
                        add(buf)
                        buf = ""
                last = ss[hi - 1]
                if not last[1] and hi < len(ss):
                    st["cut paragraph continued after a piece of another story"] += 1
        elif op == "dup":
            aid, k = args[0], int(args[1])
            text = segs[aid][k - 1][0]
            add(text)
            dups.append(text)
            st["lines printed twice"] += 1
        elif op == "photo":
            a = page.arts[args[0]]
            shown.update({("photo", args[0]), ("head", args[0]), ("byl", args[0])})
            mode = args[1] if len(args) > 1 else "inline"
            cap = P(" ".join(a.paras))
            cred = P(a.f["byline"])
            if a.f["title"]:
                add(P(a.f["title"]))
            if mode == "inline":
                add(cap + " " + cred if cred else cap)
            elif mode.startswith("wrap="):
                w = float(mode[5:])
                lines = flow([[cap, True, None]], w, rng, st, p_before, p_after, False)
                lines[-1] = lines[-1] + " " + cred
                for ln in lines:
                    add(ln)
            else:                           # right-aligned credit on its own line
                for x in a.paras:           # one line per caption (a group of photos)
                    add(P(x))
                if cred:
                    add(right(cred))
                    st["credits right-aligned on a line of their own"] += 1
        else:
            raise SystemExit(f"{page.path.name}: unknown layout op {op}")

    for aid in page.order:
        a = page.arts[aid]
        if ("photo", aid) in shown:
            continue
        for k in range(1, len(segs[aid]) + 1):
            if printed[(aid, k)] != 1:
                raise SystemExit(f"{page.path.name}: {aid} segment {k} printed {printed[(aid, k)]} times")
        if (a.f["kicker"] or a.f["title"] or a.f["subtitle"]) and ("head", aid) not in shown:
            raise SystemExit(f"{page.path.name}: headline of {aid} not laid out")
        if a.f["byline"] and ("byl", aid) not in shown:
            raise SystemExit(f"{page.path.name}: byline of {aid} not laid out")
    text = "".join(t.rstrip() + s for t, s in out)
    if not page.col:
        text = "\n\n" + text
    text = text.rstrip("\n") + "\n"

    # ---------------------------------------------------------------- gold
    arts = []
    for aid in page.order:
        for seg in segs[aid]:
            if seg[2]:
                st[CUT_NAMES[seg[2]]] += 1
    for aid in page.order:
        a = page.arts[aid]
        paras = [P(clean(p[3:] if p.startswith("## ") else p)) for p in a.paras]
        arts.append({
            "kind": a.kind,
            "column": P(a.f["column"]),
            "kicker": P(a.f["kicker"]),
            "title": P(a.f["title"]),
            "subtitle": P(a.f["subtitle"]),
            "byline": re.sub(r" *\| *", " ", P(a.f["byline"])),
            "dateline": re.sub(r" *\|[a-z]? *", lambda m: " " if m.group().startswith(" ") or m.group().endswith(" ") else "", P(a.f["dateline"])),
            "continued": P(a.f["continued"]),
            "subheads": [P(x) for x in a.subheads],
            "paragraphs": [x.replace(" ", "") if a.kind != "photo" else x for x in paras],
        })
        if a.f["dateline"]:
            if "电" in a.f["dateline"].split("（")[0]:
                st["datelines with 电"] += 1
            else:
                st["datelines with 讯"] += 1
        if a.f["kicker"] or a.f["subtitle"]:
            st["headline stacks of two or more lines"] += 1
    return text, arts, extras, dups, st


def main():
    src = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    total = Stats()
    rows = []
    for i, path in enumerate(src, 1):
        page = Page(path)
        text, arts, extras, dups, st = compose_page(page, i)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        m = page.meta
        gold = {
            "source": f"{name}.txt",
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": extras,
            "duplicates": dups,
        }
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(st)
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| `{name}.txt` | {m['date']} | {m['page']} | {m['layout']} | {page.style} | "
                    f"{len(arts)} | {nchar} | {m.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(total.items()) if v]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
