#!/usr/bin/env python3
"""Lay the hand-written stories of src/ out into raw page files and gold annotations.

    python3 compose.py

Reads src/pNN.txt (one printed page each: page header, layout plan, stories) and writes
pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md. Deterministic: every random
choice comes from random.Random seeded with a string (page seed + story id).

Two layouts, as the seeds are extracted:
  column    one printed column line per text line, each followed by a blank line; body
            lines cut at the story's column width, justified lines spread with spaces,
            headlines printed before, after or away from their bodies (plan).
  paragraph one paragraph per line; stories printed in pieces in the plan's order (a
            story cut at a marked point inside a paragraph, continued later), column
            breaks inside a paragraph, headline parts on own lines or joined by spaces.
Source markers inside paragraphs: '¦' a cut between two pieces of a story (paragraph
layout), '‖' a column break inside a paragraph (paragraph layout: the paragraph is printed
on two lines). Both are removed from the gold. A line starting with '== ' is a crosshead.
"""
from __future__ import annotations

import hashlib
import json
import sys
import random
import re
import shutil
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

QOPEN, BOPEN = "“‘", "（《【〔"
QCLOSE, BCLOSE = "”’", "）》】〕"
CLOSE = "，、。；：！？,;:?!"
CUT, BREAK = "¦", "‖"
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
PHEN = Counter()          # phenomena over the whole set
GAPS = Counter()          # glyph-gap spaces made by render_plain (per page, reset)
PAGE_PHEN: dict[str, Counter] = {}


# ----------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    page: dict = {"stories": OrderedDict(), "plan": []}
    cur = None
    mode = None
    for raw in text.split("\n"):
        line = raw.rstrip("\n")
        if line.startswith("@page"):
            mode, cur = "page", None
            continue
        if line.startswith("@end"):
            mode = None
            continue
        if line.startswith("@story"):
            sid = line.split()[1]
            cur = {"id": sid, "paras": [], "_body": False}
            page["stories"][sid] = cur
            mode = "story"
            continue
        if mode == "page":
            if line.startswith("plan:"):
                mode = "plan"
                continue
            if ":" in line:
                k, v = line.split(":", 1)
                page[k.strip()] = v.strip()
            continue
        if mode == "plan":
            if line.strip():
                page["plan"].append(line.strip())
            continue
        if mode == "story":
            if not cur["_body"]:
                if line.strip() == "---":
                    cur["_body"] = True
                elif ":" in line:
                    k, v = line.split(":", 1)
                    cur[k.strip()] = v.strip()
            elif line.strip():
                cur["paras"].append(line.strip())
    return page


def halfwidth(s: str, mode: str) -> str:
    if mode in ("paren", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":").replace("？", "?")
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BREAK, "")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def spec_lines(spec: str) -> list[tuple[str, int]]:
    """'a / b // c' -> [(a,1),(b,1),(c,0)]: ' / ' new line after a blank line, ' // ' adjacent."""
    parts = re.split(r"\s(//?)\s", spec)
    out = [(parts[0], 1)]
    for i in range(1, len(parts), 2):
        out.append((parts[i + 1], 0 if parts[i] == "//" else 1))
    return out


# ----------------------------------------------------------------------------- tokens
def tokenize(s: str) -> list[tuple[str, str]]:
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c == " ":
            toks.append((" ", "sp")); i += 1; continue
        m = re.match(r"[0-9A-Za-z][0-9A-Za-z.%]*", s[i:])
        if m:
            t = m.group(0)
            while t.endswith("."):
                t = t[:-1]
            toks.append((t, "num")); i += len(t); continue
        if c in "—…":
            j = i
            while j < len(s) and s[j] == c:
                j += 1
            toks.append((s[i:j], "cjk")); i = j; continue
        kind = ("qopen" if c in QOPEN else "bopen" if c in BOPEN else "qclose" if c in QCLOSE
                else "bclose" if c in BCLOSE else "close" if c in CLOSE else "cjk")
        toks.append((c, kind)); i += 1
    return toks


PUNCT = ("qopen", "bopen", "qclose", "bclose", "close")
CLOSERS = ("qclose", "bclose", "close")


def width(tok, compress: bool) -> float:
    t, k = tok
    if k == "sp":
        return 0.5
    if k == "num":
        return 0.5 * len(t)
    if k in PUNCT:
        return 0.5 if compress else 1.0
    return float(len(t))


def wrap(text: str, W: int, compress: bool, indent: int = 2) -> list[tuple[list, float, bool]]:
    """Greedy column fill. Returns (tokens, gap, last) per line."""
    toks = tokenize(text)
    lines, cur, cw, lim = [], [], 0.0, W - indent
    for tok in toks:
        w = width(tok, compress)
        if tok[1] == "sp" and not cur:
            continue
        if cw + w <= lim + 1e-9 or (tok[1] in CLOSERS and cur):
            cur.append(tok); cw += w
            continue
        carry = []
        while cur and cur[-1][1] in ("qopen", "bopen"):
            carry.insert(0, cur.pop())
        while cur and cur[-1][1] == "sp":
            cur.pop()
        cwid = sum(width(t, compress) for t in cur)
        lines.append((cur, lim - cwid, False))
        lim = W
        cur = carry + ([tok] if tok[1] != "sp" else [])
        cw = sum(width(t, compress) for t in cur)
    while cur and cur[-1][1] == "sp":
        cur.pop()
    if cur:
        lines.append((cur, 0.0, True))
    return lines


def render_plain(line, rnd: random.Random, pb: float, pa: float, pq: float, pg: float = 0.0) -> str:
    """Unjustified line: spaces at font changes around figures (pb before, pa after), after
    an opening quote (pq), and glyph gaps (pg) before a '%' or around a comma after a figure."""
    out = ""
    for i, (t, k) in enumerate(line):
        if k == "sp":
            if not out.endswith(" "):
                out += " "
            continue
        if k == "num":
            prev = line[i - 1][1] if i else None
            if prev == "cjk" and rnd.random() < pb and not out.endswith(" "):
                out += " "
            if "%" in t and pg and rnd.random() < pg:
                t = t.replace("%", " %")
                GAPS["space before %"] += 1
            out += t
            nxt = line[i + 1][1] if i + 1 < len(line) else None
            if nxt == "cjk" and rnd.random() < pa:
                out += " "
            if nxt == "close" and pg and rnd.random() < pg:
                out += " " + line[i + 1][0] + " "
                GAPS["glyph gap around a comma after a figure"] += 1
                line[i + 1] = ("", "gap")
            continue
        if k == "gap":
            continue
        out += t
        if k == "qopen" and i + 1 < len(line) and rnd.random() < pq:
            out += " "
            GAPS["space after an opening quote"] += 1
    return out


def render_spread(line, start: int = 0) -> str:
    """Justified line: a space between glyphs (none after closing punctuation, none before
    an opening one, none inside brackets), as seeds 000/004 show. Tokens before `start`
    keep their own spacing (a dateline before the spread part)."""
    out = ""
    prev = None
    for i, (t, k) in enumerate(line):
        if k == "sp":
            if i < start and not out.endswith(" "):
                out += " "
            continue
        if prev is not None and i >= start:
            a, b = prev, k
            nospace = a in ("close", "qclose", "bclose", "bopen") or b in ("qopen", "bopen", "bclose")
            if not nospace and not out.endswith(" "):
                out += " "
        out += t
        prev = k
    return out


# ----------------------------------------------------------------------------- stories
class Story:
    def __init__(self, d: dict, page: dict):
        self.d = d
        self.id = d["id"]
        self.page = page
        pm = page.get("punct", "full")
        for k in list(d):
            if isinstance(d[k], str) and k not in ("id",):
                d[k] = halfwidth(d[k], pm)
        d["paras"] = [halfwidth(p, pm) for p in d["paras"]]
        self.kind = d.get("kind", "news")
        self.rnd = random.Random(f"{page['seed']}-{self.id}")
        self.W = int(d.get("w", page.get("w", 17)))
        self.compress = d.get("mode", "plain") == "compress"
        ns = d.get("numsp", "before")
        self.pb, self.pa = {"both": (0.95, 0.85), "before": (0.9, 0.25), "none": (0.0, 0.0),
                            "some": (0.5, 0.2)}[ns]
        self.pq = float(d.get("qsp", 0.0))
        self.pg = float(d.get("gapsp", 0.0))

    def f(self, k):
        return self.d.get(k, "")

    # ---- gold
    def gold(self) -> dict:
        subheads, paras = [], []
        for p in self.d["paras"]:
            if p.startswith("== "):
                h = clean(p[3:])
                subheads.append(h)
                paras.append(h.replace(" ", ""))
            else:
                paras.append(clean(p))
        g = {k: clean(self.f(k)).replace("/", "") if k == "dateline" else clean(self.f(k))
             for k in FIELDS}
        g["kind"] = self.kind
        g["subheads"] = subheads
        g["paragraphs"] = paras
        for p in paras:
            assert not re.search(r"[\u4e00-\u9fff“”，。、；：？！（）《》]\s+[\u4e00-\u9fff“”，。、；：？！（）《》]", p), p
        return g

    # ---- printed parts
    def head_lines(self) -> list[tuple[str, int]]:
        if self.f("hl"):
            lines = spec_lines(self.f("hl"))
            want = squash(self.f("kicker") + self.f("title") + self.f("subtitle"))
            got = squash("".join(t for t, _ in lines))
            assert want == got, (self.id, want, got)
            return lines
        return [(x, 1) for x in (self.f("kicker"), self.f("title"), self.f("subtitle")) if x]

    def byline_lines(self) -> list[tuple[str, int]]:
        if self.f("bl"):
            lines = spec_lines(self.f("bl"))
            assert squash("".join(t for t, _ in lines)) == squash(self.f("byline")), self.id
            return lines
        return [(self.f("byline"), 1)] if self.f("byline") else []

    def column_lines(self) -> list[tuple[str, int]]:
        c = self.f("colraw") or self.f("column")
        return [(c, 1)] if c else []

    def marker_lines(self) -> list[tuple[str, int]]:
        return [(self.f("marker"), 1)] if self.f("marker") else []


def dateline_print(s: Story) -> str:
    return s.f("dateline")


# ----------------------------------------------------------------------------- column layout
def column_body(s: Story, ph: Counter) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    if s.kind == "photo":
        W = s.W
        caps = [clean(p) for p in s.d["paras"]]
        for ci, cap in enumerate(caps):
            spread_all = s.f("capspread") == "1"
            lines = []
            rest = cap
            while rest:
                # caption lines: cut at W characters (photo width), never spread
                n, wsum = 0, 0.0
                for ch in rest:
                    wsum += 0.5 if re.match(r"[0-9A-Za-z.%]", ch) else 1
                    if wsum > W:
                        break
                    n += 1
                while n < len(rest) and rest[n] in CLOSE + "”）":
                    n += 1
                lines.append(rest[:n])
                rest = rest[n:]
            for li, ln in enumerate(lines):
                txt = render_plain(tokenize(ln), s.rnd, s.pb, s.pa, 0)
                if spread_all:
                    txt = render_spread(tokenize(ln))
                    ph["caption line spread with spaces"] += 1
                out.append((txt, 1))
        cred = s.f("credit") or "inline"
        if s.f("byline"):
            if cred == "inline":
                t, sep = out[-1]
                out[-1] = (t + " " + s.f("byline"), sep)
                ph["photo credit on caption line"] += 1
            elif cred == "line":
                out.append((s.f("byline"), 1))
                ph["photo credit on own line"] += 1
            elif cred == "right":
                out.append((" " * int(s.f("pad") or 22) + s.f("byline"), 1))
                ph["photo credit right-aligned (leading spaces)"] += 1
        return out
    dl = s.f("dateline").replace("/", "")
    marker_inline = s.f("markerpos") == "inline" and s.f("marker")
    spread_count = 0
    for pi, p in enumerate(s.d["paras"]):
        if p.startswith("== "):
            out.append((clean(p[3:]), 1))
            ph["crosshead (subhead) line"] += 1
            continue
        text = clean(p)
        head_lines = []
        if pi == 0 and "/" in s.f("dateline"):
            # the extraction broke the dateline inside its date: the first piece is a
            # line of its own, the rest continues the column
            first, rest_dl = s.f("dateline").split("/", 1)
            head_lines = [(render_plain(tokenize(first), s.rnd, s.pb, s.pa, 0), 1)]
            ph["line break inside a dateline"] += 1
            dl = rest_dl
        if pi == 0 and dl:
            text = dl + text
        if pi == 0 and marker_inline:
            text = s.f("marker") + text
        out += head_lines
        done_tokens = 0
        for toks, gap, last in wrap(text, s.W, s.compress, 0 if head_lines else 2):
            start = 0
            if pi == 0 and dl:
                # tokens of the dateline keep their own spacing; only the text after it spreads
                ndl = len(tokenize((s.f("marker") if marker_inline else "") + dl))
                seen = done_tokens
                done_tokens += len(toks)
                start = max(0, min(len(toks), ndl - seen))
            if not last and gap >= 0.5 and len(toks) - start > 3:
                if start:
                    ph["line spread with spaces only after its dateline part"] += 1
                out.append((render_spread(toks, start), 1))
                spread_count += 1
            else:
                out.append((render_plain(list(toks), s.rnd, s.pb, s.pa, s.pq, s.pg), 1))
    ph["justified line spread with spaces"] += spread_count
    return out


def compose_column(page: dict, stories: dict, ph: Counter):
    lines: list[tuple[str, int]] = []
    extras, dups, order = [], [], []
    pending_sep = None

    def emit(items):
        nonlocal pending_sep
        for t, sep in items:
            if pending_sep is not None:
                sep, pending_sep = pending_sep, None
            lines.append((t, sep))

    for item in page["plan"]:
        parts = item.split()
        op = parts[0]
        opts = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        if op == "S":
            pending_sep = int(parts[1]); continue
        if op == "X":
            pieces = item[2:].split("|")
            emit([(p.lstrip("^"), 0 if p.startswith("^") else 1) for p in pieces])
            extras.append("".join(p.lstrip("^") for p in pieces))
            ph["box / masthead line group (extras)"] += 1
            continue
        if op in ("H", "B", "C", "M"):
            s = stories[parts[1]]
            if op == "H":
                emit(head_with_bold(s, opts, dups, ph))
                ph["headline printed away from its body (bunched)"] += 1
            elif op == "B":
                emit(s.byline_lines())
                ph["byline printed away from its body"] += 1
            elif op == "C":
                emit(s.column_lines())
                ph["column label line"] += 1
            else:
                emit(s.marker_lines())
                ph["jump marker line"] += 1
            continue
        s = stories[op]
        order.append(s.id)
        h = opts.get("h", "before")
        col = opts.get("col", "before" if s.f("column") else "none")
        b = opts.get("b", "before" if s.f("byline") and s.kind != "photo" else "none")
        body = column_body(s, ph)
        if "dup" in opts:
            k = int(opts["dup"]) - 1
            body.insert(k + 1, body[k])
            dups.append(body[k][0])
            ph["line printed twice"] += 1
        seq = []
        if col == "before":
            seq += s.column_lines(); ph["column label line"] += 1
        if h == "before":
            seq += head_with_bold(s, opts, dups, ph)
        if b == "before":
            seq += s.byline_lines()
            if s.kind != "photo" and s.f("byline") and not re.search(r"记者|评论员|文丨|通讯员", s.f("byline")):
                ph["bare-name byline"] += 1
        if s.f("marker") and s.f("markerpos") == "line" and s.kind == "continuation":
            seq += s.marker_lines(); ph["jump marker line"] += 1
        if s.kind == "photo" and s.f("credit") == "top" and b == "before":
            pass
        seq += body
        if s.f("marker") and s.f("markerpos") == "inline":
            ph["jump marker inline with body"] += 1
        if s.f("marker") and s.f("markerpos") == "after":
            seq += s.marker_lines(); ph["jump marker line"] += 1
        if h == "after":
            seq += head_with_bold(s, opts, dups, ph)
            ph["headline printed after its body"] += 1
        if b == "after":
            seq += s.byline_lines()
            ph["byline printed after body"] += 1
        if col == "after":
            seq += s.column_lines(); ph["column label line"] += 1
        emit(seq)
    text = ""
    for i, (t, sep) in enumerate(lines):
        if i == 0:
            text = " " + t
        else:
            text += "\n" * (sep + 1) + t
    text += "\n\n"
    return text, extras, dups, order


def head_with_bold(s: Story, opts: dict, dups: list, ph: Counter) -> list[tuple[str, int]]:
    hl = list(s.head_lines())
    bold = opts.get("bold")
    if bold:
        title = s.f("title")
        for i, (t, sep) in enumerate(hl):
            if squash(t) == squash(title):
                if bold == "same":
                    hl[i] = (t + t, sep)
                else:
                    hl.insert(i + 1, (t, 0 if bold == "two" else 1))
                dups.append(title)
                ph["headline drawn twice (bold)"] += 1
                break
        else:
            raise AssertionError(f"bold: title line not found in {s.id}")
    if len(hl) > 1:
        ph["headline stack of several lines"] += 1
    if any(" " in t.strip() for t, _ in hl):
        ph["headline parts joined by a space on one line"] += 1
    return hl


# ----------------------------------------------------------------------------- paragraph layout
def para_chunks(s: Story, ph: Counter) -> list[list[tuple[str, int]]]:
    """Printed lines of each piece of the story (pieces split at CUT markers)."""
    chunks: list[list[tuple[str, int]]] = [[]]
    if s.kind == "photo":
        for p in s.d["paras"]:
            chunks[0].append((clean(p), 1))
        cred = s.f("credit") or "inline"
        if s.f("byline"):
            if cred == "inline":
                t, sep = chunks[0][-1]
                chunks[0][-1] = (t + (s.f("gap") or " ") + s.f("byline"), sep)
                ph["photo credit on caption line"] += 1
            elif cred == "line":
                chunks[0].append((s.f("byline"), int(s.f("credsep") or 1)))
                ph["photo credit on own line"] += 1
            elif cred == "right":
                chunks[0].append((" " * int(s.f("pad") or 30) + s.f("byline"), 1))
                ph["photo credit right-aligned (leading spaces)"] += 1
        return chunks
    dl = s.f("dateline")
    for pi, p in enumerate(s.d["paras"]):
        if p.startswith("== "):
            chunks[-1].append((clean(p[3:]), 1))
            ph["crosshead (subhead) line"] += 1
            continue
        if pi == 0 and dl:
            p = dl + p
            if "/" in dl:
                ph["line break inside a dateline"] += 1
                p = p.replace("/", BREAK, 1)
        if pi == 0 and s.f("marker") and s.f("markerpos") == "inline":
            p = s.f("marker") + p
            ph["jump marker inline with body"] += 1
        pieces = p.split(CUT)
        for k, piece in enumerate(pieces):
            if k:
                chunks.append([])
                ph["story cut mid-paragraph and continued later"] += 1
            sub = piece.split(BREAK)
            if len(sub) > 1 and not (pi == 0 and dl and "/" in dl and len(sub) == 2):
                ph["column break inside a paragraph (rejoined)"] += len(sub) - 1
            for t in sub:
                if t:
                    chunks[-1].append((t, 1))
    return chunks


def compose_paragraph(page: dict, stories: dict, ph: Counter):
    lines: list[tuple[str, int]] = []
    extras, dups, order = [], [], []
    chunks = {sid: para_chunks(s, ph) for sid, s in stories.items()}
    body_lines = {sid: [t for c in chunks[sid] for t, _ in c] for sid in stories}
    used = Counter()
    pending_sep = None

    def emit(items):
        nonlocal pending_sep
        for t, sep in items:
            if pending_sep is not None:
                sep, pending_sep = pending_sep, None
            lines.append((t, sep))

    for item in page["plan"]:
        parts = item.split()
        op = parts[0]
        opts = dict(p.split("=", 1) for p in parts[1:] if "=" in p)
        if op == "S":
            pending_sep = int(parts[1]); continue
        if op == "X":
            pieces = item[2:].split("|")
            emit([(p.lstrip("^"), 0 if p.startswith("^") else 1) for p in pieces])
            extras.append("".join(p.lstrip("^") for p in pieces))
            ph["box / masthead line group (extras)"] += 1
            continue
        if op == "R":
            sid, n = parts[1].split(":")
            t = body_lines[sid][int(n) - 1]
            emit([(t, 1)])
            dups.append(t)
            ph["line printed twice"] += 1
            continue
        if op in ("H", "B", "C", "M"):
            s = stories[parts[1]]
            emit({"H": lambda: head_with_bold(s, opts, dups, ph), "B": s.byline_lines,
                  "C": s.column_lines, "M": s.marker_lines}[op]())
            ph[{"H": "headline printed away from its body (bunched)", "B": "byline printed away from its body",
                "C": "column label line", "M": "jump marker line"}[op]] += 1
            continue
        sid, _, k = op.partition("#")
        s = stories[sid]
        ks = [int(k)] if k else list(range(1, len(chunks[sid]) + 1))
        for kk in ks:
            used[(sid, kk)] += 1
            seq = []
            if kk == 1:
                if sid not in order:
                    order.append(sid)
                h = opts.get("h", "before")
                col = opts.get("col", "before" if s.f("column") else "none")
                b = opts.get("b", "before" if s.f("byline") and s.kind != "photo" else "none")
                if col == "before":
                    seq += s.column_lines(); ph["column label line"] += 1
                if h == "before":
                    seq += head_with_bold(s, opts, dups, ph)
                if b == "before":
                    seq += s.byline_lines()
                    if s.f("byline") and not re.search(r"记者|评论员|文丨|通讯员", s.f("byline")):
                        ph["bare-name byline"] += 1
                if s.f("marker") and s.f("markerpos") == "line" and s.kind == "continuation":
                    seq += s.marker_lines(); ph["jump marker line"] += 1
                seq += chunks[sid][0]
                if h == "after":
                    seq += head_with_bold(s, opts, dups, ph)
                    ph["headline printed after its body"] += 1
                if col == "after":
                    seq += s.column_lines(); ph["column label line"] += 1
                if b == "after":
                    seq += s.byline_lines(); ph["byline printed after body"] += 1
            else:
                seq += chunks[sid][kk - 1]
            if kk == len(chunks[sid]) and s.f("marker") and s.f("markerpos") == "after":
                seq += s.marker_lines(); ph["jump marker line"] += 1
            emit(seq)
    for sid in stories:
        for kk in range(1, len(chunks[sid]) + 1):
            assert used[(sid, kk)] == 1, f"{page['id']}: chunk {sid}#{kk} used {used[(sid, kk)]} times"
    text = "\n\n"
    for i, (t, sep) in enumerate(lines):
        text += ("" if i == 0 else "\n" * (sep + 1)) + t
    return text, extras, dups, order


# ----------------------------------------------------------------------------- main
def page_chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt"))):
        page = parse(path)
        page["id"] = path.stem
        stories = OrderedDict((sid, Story(d, page)) for sid, d in page["stories"].items())
        ph = Counter()
        GAPS.clear()
        if page["layout"] == "column":
            text, extras, dups, order = compose_column(page, stories, ph)
        else:
            text, extras, dups, order = compose_paragraph(page, stories, ph)
        ph.update(GAPS)
        missing = [sid for sid in stories if sid not in order]
        assert not missing, (path, missing)
        arts = []
        for sid in order:
            g = stories[sid].gold()
            arts.append(g)
            if g["kind"] == "photo":
                ph["photo item"] += 1
            if "电（" in g["dateline"] or "电(" in g["dateline"]:
                ph["dateline with 电"] += 1
            if g["continued"].startswith("下转"):
                ph["front-page story jumping to an inside page"] += 1
            if g["continued"].startswith(("上接", "紧接")):
                ph["continuation of a front-page story"] += 1
            if g["subtitle"].startswith("——"):
                ph["dash-led subtitle"] += 1
            if g["kicker"].endswith("——"):
                ph["kicker ending in a dash"] += 1
            if g["column"]:
                ph["article with a column label"] += 1
            st = stories[sid]
            if g["kind"] == "photo" and re.match(r"[（(]?(以上|本版|本文)图片", g["byline"]):
                ph["group photo credit"] += 1
            if g["kind"] == "photo" and st.f("credit") == "top":
                ph["photo credit printed at the top of the page"] += 1
            if len(spec_lines(st.f("bl"))) > 1 if st.f("bl") else False:
                ph["byline split over two lines (between names / before 通讯员)"] += 1
            if st.f("hl") and any(len(t.strip()) <= 2 for t, _ in spec_lines(st.f("hl"))):
                ph["headline's last word alone on a line"] += 1
        if page.get("punct") == "half":
            ph["page with half-width ,;() punctuation"] += 1
        elif page.get("punct") == "paren":
            ph["page with half-width () only"] += 1
        if page.get("issue_number"):
            ph["front page with masthead"] += 1
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{sha}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": page["date"],
                "issue_number": page.get("issue_number") or None,
                "page_count": int(page["page_count"]) if page.get("page_count") else None,
                "articles": arts, "extras": extras, "duplicates": dups}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        kinds = Counter(a["kind"] for a in arts)
        rows.append({"file": name, "date": page["date"], "issue_page": page.get("issue_page", ""),
                     "layout": page["layout"], "punct": page.get("punct", "full"),
                     "articles": len(arts), "kinds": kinds, "chars": page_chars(text),
                     "front": bool(page.get("issue_number"))})
        PAGE_PHEN[name] = ph
        PHEN.update(ph)
    write_readme(rows)
    for r in rows:
        print(f"{r['file']}  {r['date']}  {r['layout']:9} arts={r['articles']:2d} chars={r['chars']}")


def write_readme(rows):
    import readme
    (HERE / "README.md").write_text(readme.render(rows, PHEN, PAGE_PHEN), encoding="utf-8")


if __name__ == "__main__":
    main()
