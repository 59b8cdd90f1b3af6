#!/usr/bin/env python3
"""Lay out the hand-written page sources of this test set.

    python3 compose.py            # writes pages/*.txt, gold/*.json, README.md

Each src/pNN.txt holds one page: a page header, one section per article
(kind, headline parts, column, byline, dateline, paragraphs with cut points)
and a layout script that orders what the extraction prints (masthead pieces,
headlines, bylines, body ranges, photos, jump markers, box lines, lines printed
twice).  The page text is drawn from the layout script in one of the two
extraction layouts of the seed pages:

* column:    one printed column line per text line, a blank line between lines;
             body lines are set by measure (widths in em) measured on the seeds
             000 and 004, with their justified-line rule and extraction spaces;
* paragraph: one paragraph (or piece of one) per line, a blank line between.

The gold annotation is written from the same source, so a page and its gold
can never disagree.  Every small choice (which number run gets a glyph-gap
space, which slack line is spread) comes from a random.Random seeded by the
source file's name, so the output is the same byte for byte on every run.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
ATTRS = {"kicker", "title", "subtitle", "column", "byline", "dateline", "continued",
         "marker", "marker_inline", "width", "nums", "indent"}

CUT = "¦"            # cut point inside a paragraph, followed by one tag letter
CUT_TAGS = {
    "v": "between a verb and its figure",
    "u": "between a figure and its unit",
    "w": "inside a word",
    "q": "inside a quoted term",
    "n": "inside a name",
    "s": "at a clause boundary",
}
BRK = "\\"          # printed line break inside a headline, byline or dateline

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》…—·,;:?!)%")
OPEN = set("“‘（《(")
FULLP = set("，。、；：？！")
NO_SPACE_BEFORE = set("“‘（《》）(")      # spread rule, measured on seeds 000/004
NO_SPACE_AFTER = set("，。、；：？！”’）》（《(,;:?!)")


def is_cjk(c: str) -> bool:
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def punct_style(text: str, style: str) -> str:
    """Print the source text (written full-width) in the page's punctuation."""
    if style == "full":
        return text
    text = text.replace("（", "(").replace("）", ")")
    if style == "mixed":
        return text
    assert style == "half", style
    return (text.replace("，", ",").replace("；", ";").replace("：", ":")
            .replace("？", "?").replace("！", "!"))


# ------------------------------------------------------------------ parsing
class Article:
    def __init__(self, aid: str, kind: str):
        assert kind in KINDS, (aid, kind)
        self.id, self.kind = aid, kind
        self.attrs: dict[str, str] = {}
        self.paras: list[tuple[bool, str]] = []     # (is_subhead, text with cuts)

    def get(self, key: str, default: str = "") -> str:
        return self.attrs.get(key, default)


def parse_source(text: str):
    meta: dict[str, str] = {}
    arts: "OrderedDict[str, Article]" = OrderedDict()
    layout: list[str] = []
    section, cur = None, None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.startswith(";;"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            section = parts[0]
            if section == "article":
                cur = Article(parts[1], parts[2])
                assert cur.id not in arts, cur.id
                arts[cur.id] = cur
            continue
        if section == "page":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif section == "article":
            m = re.match(r"^([a-z_]+):\s?(.*)$", line)
            if m and m.group(1) in ATTRS:
                cur.attrs[m.group(1)] = m.group(2).strip()
            elif line.startswith("## "):
                cur.paras.append((True, line[3:].strip()))
            else:
                cur.paras.append((False, line.strip()))
        elif section == "layout":
            layout.append(line.strip())
        else:
            raise ValueError(f"line outside a section: {line!r}")
    return meta, arts, layout


def clean_field(s: str) -> str:
    """Gold text of a headline/byline/dateline field: layout breaks removed."""
    return re.sub(r"\s*\\+\s*", lambda m: " " if " " in m.group(0) else "", s).strip()


def field_lines(s: str) -> list[tuple[str, str]]:
    """Printed lines of a field: [(separator before, text)]; '\\' = next line,
    '\\\\' = next line after a blank line."""
    out, sep = [], ""
    for part in re.split(r"(\\\\|\\)", s):
        if part == "\\\\":
            sep = "\n\n"
        elif part == "\\":
            sep = "\n"
        elif part.strip():
            out.append((sep, part.strip()))
            sep = "\n\n"
    return out


def pieces_of(text: str) -> list[tuple[str, str]]:
    """Split a paragraph at its cut points: [(tag of the cut before, piece)]."""
    parts = text.split(CUT)
    out = [("", parts[0])]
    for p in parts[1:]:
        assert p and p[0] in CUT_TAGS, f"cut without tag: {text[:30]}"
        out.append((p[0], p[1:]))
    return out


# ------------------------------------------------------ seed measurements
def seed_measures() -> dict:
    """Measure the column layout on seeds 000 and 004 (with their gold):
    the measure (em) of each story, how well the line model reproduces the
    printed line breaks, how slack lines are spread, how number runs are
    spaced, and the blank-line pattern."""
    res = {"widths": [], "breaks_ok": 0, "breaks_n": 0, "slack": Counter(),
           "nums": Counter(), "blank_between": 0, "consecutive": 0,
           "caption_widths": [], "heads": Counter()}
    for name in ("000_3ced2b817bf620dd", "004_091cf2adba3318e3"):
        raw = (SEEDS / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        gold = json.loads((SEED_GOLD / f"{name}.json").read_text(encoding="utf-8"))
        for i in range(1, len(raw) - 1):
            if raw[i].strip():
                if raw[i - 1].strip():
                    res["consecutive"] += 1
                else:
                    res["blank_between"] += 1
        for a in gold["articles"]:
            if a["kind"] == "photo":
                for para in a["paragraphs"]:
                    for line in raw:
                        s = squash(line)
                        if len(s) > 20 and s in squash(para + a["byline"]):
                            res["caption_widths"].append(text_width(s))
                continue
            paras = [squash((a["dateline"] if k == 0 else "") + p)
                     for k, p in enumerate(a["paragraphs"])]
            body = "".join(paras)
            bounds, c = [], 0
            for p in paras:
                bounds.append((c, c + len(p)))
                c += len(p)
            # anchor: the printed line where the first paragraph starts
            p0 = squash(a["paragraphs"][0])[:5]
            anchor = next((li for li, line in enumerate(raw) if p0 in squash(line)), 0)
            located, pos = [], 0
            for li, line in enumerate(raw):
                if li < anchor - 4:
                    continue
                s = squash(line)
                if len(s) < 2:
                    continue
                j = body.find(s, pos)
                if j >= 0 and j - pos <= 40:
                    located.append((li, j, s))
                    pos = j + len(s)
            best = None
            for w2 in range(20, 50):
                W = w2 / 2
                ok = n = 0
                for li, j, s in located:
                    b0, b1 = next(b for b in bounds if b[0] <= j < b[1])
                    if j + len(s) >= b1:
                        continue
                    lines = flow_units(units(body[j:b1]), W, 2 if j == b0 else 0)
                    n += 1
                    ok += "".join(lines[0][0]) == s
                if best is None or ok > best[0]:
                    best = (ok, W, n)
            ok, W, n = best
            heads = [squash(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
            body_lines = {li for li, _, _ in located}
            hl = [li for li, line in enumerate(raw) if li not in body_lines
                  and len(squash(line)) >= 4 and any(squash(line) in h for h in heads)]
            if hl and located:
                res["heads"]["before its body" if hl[0] < anchor else "after its body"] += 1
                prev = [l for l in raw[:hl[0]] if l.strip()]
                others = [squash(b[f]) for b in gold["articles"] if b is not a
                          for f in ("kicker", "title", "subtitle") if b[f]]
                if prev and any(squash(prev[-1]) and squash(prev[-1]) in o for o in others):
                    res["heads"]["right after another story's headline"] += 1
            if n < 8:
                continue
            res["widths"].append(W)
            res["breaks_ok"] += ok
            res["breaks_n"] += n
            for li, j, s in located:
                b0, b1 = next(b for b in bounds if b[0] <= j < b[1])
                if j + len(s) >= b1:
                    continue
                slack = W - (text_width(s) + (2 if j == b0 else 0))
                spread = len(re.findall(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", raw[li])) >= 4
                res["slack"][(max(-1.0, min(2.0, round(slack * 2) / 2)), spread)] += 1
        for line in raw:
            for m in re.finditer(r"(.)( ?)([0-9][0-9.]*%?)( ?)(.)", line):
                a, s1, _, s2, b = m.groups()
                if is_cjk(a) and is_cjk(b):
                    res["nums"][(bool(s1), bool(s2))] += 1
    return res


def spread_probability(meas: dict) -> dict:
    """P(line spread | slack) from the seeds; slack below 1 em never spreads."""
    prob = {}
    for slack in (1.0, 1.5, 2.0):
        yes = meas["slack"][(slack, True)]
        no = meas["slack"][(slack, False)]
        prob[slack] = yes / (yes + no) if yes + no else 0.0
    return prob


def number_probability(meas: dict) -> dict:
    tot = sum(meas["nums"].values())
    return {k: v / tot for k, v in meas["nums"].items()}


# ------------------------------------------------------------- line model
def char_width(c: str) -> float:
    if c in CLOSE or c in OPEN:
        return 0.5
    if c == " ":
        return 0.5
    return 0.5 if ord(c) < 128 else 1.0


def text_width(s: str) -> float:
    return sum(char_width(c) for c in s if not c.isspace())


def units(text: str) -> list[str]:
    """Unbreakable units: an ASCII run, or one character, with opening
    punctuation glued to what follows and closing punctuation to what precedes."""
    toks = re.findall(r"[A-Za-z0-9.%+]+| |.", text)
    out, pend = [], ""
    for t in toks:
        if t in OPEN:
            pend += t
        elif t in CLOSE and out and not pend and out[-1] != " ":
            out[-1] += t
        else:
            out.append(pend + t)
            pend = ""
    if pend:
        out.append(pend)
    return out


def flow_units(us: list[str], W: float, indent: float) -> list[tuple[list[str], float, int]]:
    """Greedy line filling at measure W: [(units of the line, slack in em,
    index of the line's first unit in us)]."""
    lines, cur, cw, start = [], [], indent, 0
    for i, u in enumerate(us):
        if u == "\n":                      # forced break (dateline printed apart)
            if cur:
                lines.append((cur, 0.0, start))
            cur, cw = [], 0.0
            continue
        w = text_width(u) + (0.5 if u == " " else 0)
        if cur and cw + w > W + 1e-9:
            while cur and cur[-1] == " ":
                cur.pop()
                cw -= 0.5
            lines.append((cur, W - cw, start))
            cur, cw = [], 0.0
            if u == " ":
                continue
        if not cur:
            start = i
        cur.append(u)
        cw += w
    if cur:
        lines.append((cur, -1.0, start))   # last line of a paragraph: not justified
    return lines


def spread_line(us: list[str]) -> str:
    """A justified line spread with spaces, as seeds 000/004 print them."""
    toks = []
    for u in us:
        if u == " ":
            continue
        toks += re.findall(r"[A-Za-z0-9.%+]+|.", u)
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE:
            out += b
        else:
            out += " " + b
    return out


# ------------------------------------------------------------------ composer
class Composer:
    def __init__(self, src: Path, meas: dict):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, self.arts, self.layout = parse_source(src.read_text(encoding="utf-8"))
        self.layout_kind = self.meta["layout"]
        assert self.layout_kind in ("column", "paragraph")
        self.style = self.meta.get("punct", "full")
        self.meas = meas
        self.p_spread = spread_probability(meas)
        self.p_nums = number_probability(meas)
        self.count: Counter = Counter()
        self.lines: list[tuple[str, str]] = []   # (separator before, text)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.body_cache: dict[str, list] = {}
        self.printed_head: dict[str, int] = {}
        self.printed_body: dict[str, int] = {}
        self.last_kind = None
        self.last_piece = None
        self.done: dict[str, list[int]] = {}
        self.captioned: set[str] = set()

    # -- text helpers
    def P(self, s: str) -> str:
        return punct_style(s, self.style)

    def gold_article(self, a: Article) -> dict:
        paras, subs = [], []
        for is_sub, text in a.paras:
            clean = self.P(re.sub(CUT + ".", "", text))
            if is_sub:
                subs.append(clean)
                clean = clean.replace(" ", "")
            assert not re.search(r"\s", clean), (a.id, clean[:20])
            paras.append(clean)
        g = {"kind": a.kind}
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            g[f] = self.P(clean_field(a.get(f)))
        g["continued"] = self.P(a.get("continued"))
        g["subheads"] = subs
        g["paragraphs"] = paras
        return g

    # -- output
    def emit(self, text: str, sep: str = "\n\n", kind: str = "") -> None:
        self.lines.append((sep, text))
        self.last_kind = kind
        self.last_piece = None

    def pieces(self, a: Article) -> list[dict]:
        """Paragraph layout: the printed pieces of a body, numbered from 1."""
        if a.id in self.body_cache:
            return self.body_cache[a.id]
        out = []
        for pi, (is_sub, text) in enumerate(a.paras):
            for k, (tag, piece) in enumerate(pieces_of(text)):
                out.append({"para": pi, "tag": tag, "text": self.P(piece),
                            "first": k == 0, "sub": is_sub})
        if a.get("dateline"):
            out[0]["text"] = self.P(clean_field(a.get("dateline"))) + out[0]["text"]
        if a.get("marker_inline"):
            out[0]["text"] = self.P(a.get("marker")) + out[0]["text"]
            self.count["jump markers"] += 1
        self.body_cache[a.id] = out
        return out

    def column_lines(self, a: Article) -> list[dict]:
        """Column layout: the printed lines of a body (or of a caption)."""
        if a.id in self.body_cache:
            return self.body_cache[a.id]
        W = float(a.get("width", "17"))
        allowed = self.meas["caption_widths"] if a.kind == "photo" else self.meas["widths"]
        assert W in allowed, f"{self.src.name} {a.id}: measure {W} em was not measured on the seeds"
        pnum = float(a.get("nums", "1"))       # share of number runs given gaps
        out = []
        for pi, (is_sub, text) in enumerate(a.paras):
            text = self.P(re.sub(CUT + ".", "", text))
            if is_sub:
                out.append({"para": pi, "text": text, "clean": text, "sub": True})
                continue
            indent = 0 if a.kind == "photo" else float(a.get("indent", "2"))
            text_units = units(text)
            if pi == 0 and a.get("dateline"):
                dl = self.P(a.get("dateline"))
                parts = re.split(r"\\+", dl)
                us = []
                for k, part in enumerate(parts):
                    if k:
                        us.append("\n")
                        before = parts[k - 1].rstrip()
                        if k == len(parts) - 1 and not part.strip():
                            key = "datelines printed on a line of their own"
                        elif before[-1:].isdigit() or before.endswith("月"):
                            key = "line break inside a dateline's date"
                        elif part.strip().startswith("通讯员"):
                            key = "line break before 通讯员"
                        else:
                            key = "line break between a byline's names"
                        self.count[key] += 1
                    for w, word in enumerate(part.strip().split(" ")):
                        if w:
                            us.append(" ")
                        # names and 通讯员 are not broken; a long first run is
                        us += [word] if text_width(word) <= 6 else units(word)
                text_units = us + text_units
            if pi == 0 and a.get("marker_inline"):
                text_units = units(self.P(a.get("marker"))) + text_units
                self.count["jump markers"] += 1
            n_dl = len(text_units) - len(units(text)) if pi == 0 else 0
            lines = flow_units(text_units, W, indent)
            for k, (lu, slack, start) in enumerate(lines):
                clean = "".join(lu)
                # a line holding dateline words is never spread (as on the seeds)
                rendered = self.render_line(lu, slack if start >= n_dl else -1.0, pnum)
                out.append({"para": pi, "text": rendered, "clean": clean, "sub": False})
        self.body_cache[a.id] = out
        return out

    def render_line(self, lu: list[str], slack: float, pnum: float) -> str:
        rng = self.rng
        if slack >= 1.0:
            p = self.p_spread[min(2.0, round(slack * 2) / 2)]
            if rng.random() < p:
                self.count["justified lines spread with spaces"] += 1
                return spread_line(lu)
        s = "".join(lu)
        # glyph-gap spaces around number runs (as measured on the seeds)
        out, last = [], 0
        for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9.%+]*", s):
            a0, b0 = m.start(), m.end()
            before = a0 > 0 and is_cjk(s[a0 - 1])
            after = b0 < len(s) and is_cjk(s[b0])
            out.append(s[last:a0])
            run = m.group(0)
            if (before or after) and rng.random() < pnum:
                r = rng.random()
                acc = 0.0
                choice = (False, False)
                for key in sorted(self.p_nums):
                    acc += self.p_nums[key]
                    if r < acc:
                        choice = key
                        break
                sb = choice[0] and before
                sa = choice[1] and after
                if sb or sa:
                    self.count["number runs with extraction spaces"] += 1
                if run.endswith("%") and len(run) > 1 and rng.random() < 0.3:
                    run = run[:-1] + " %"
                    self.count["space before %"] += 1
                run = (" " if sb else "") + run + (" " if sa else "")
            out.append(run)
            last = b0
        out.append(s[last:])
        s = "".join(out)
        # glyph-gap spaces at full-width punctuation and after an opening quote
        res = []
        for i, c in enumerate(s):
            if c in "、，；" and i > 0 and is_cjk(s[i - 1]) and rng.random() < 0.004:
                res.append(" ")
                self.count["glyph-gap space before full-width punctuation"] += 1
            res.append(c)
            if c == "“" and i + 1 < len(s) and is_cjk(s[i + 1]) and rng.random() < 0.012:
                res.append(" ")
                self.count["space after an opening quote"] += 1
        return "".join(res)

    # -- layout script
    def run(self) -> None:
        for d in self.layout:
            self.directive(d)

    def directive(self, d: str) -> None:
        sep = "\n\n"
        lead = ""
        while d[:1] in "+^":
            if d[0] == "+":
                sep = "\n"
            else:
                lead = " "
                self.count["line printed with a leading space"] += 1
            d = d[1:]
        op, _, rest = d.partition(" ")
        args = rest.split()
        if op == "again":
            # the extraction printed the previous line twice (two identical lines)
            prev = self.lines[-1][1]
            self.dups.append(prev.strip())
            self.count["headline drawn twice as two identical lines" if self.last_kind == "h"
                       else "body lines printed twice"] += 1
            self.emit(prev, sep, "dup")
            return
        if op == "gap":
            self.lines.append(("\n" * int(args[0]), None))
            return
        if op in ("x", "xx"):
            text = self.P(rest)
            if op == "x" or not self.extras:
                self.extras.append(text)
            else:
                self.extras[-1] += text
            if re.match(r"^\d+ 星期", text):
                self.count["masthead pieces merged on one line"] += 1
            masthead = bool(self.meta.get("issue_number")) and len(self.extras) == 1
            self.count["masthead pieces" if masthead else
                       "box lines (countdowns, code prompts, banners)"] += 1
            self.emit(lead + text, sep, "x")
            return
        a = self.arts[args[0]]
        if op == "h":
            self.head(a, args[1:], sep, lead)
        elif op == "col":
            self.emit(lead + self.P(a.get("column")), sep, "col")
            self.count["column labels (栏目)"] += 1
        elif op == "by":
            for k, (s2, t) in enumerate(field_lines(self.P(a.get("byline")))):
                if k and "通讯员" in t[:3]:
                    self.count["line break before 通讯员"] += 1
                elif k:
                    self.count["line break between a byline's names"] += 1
                self.emit((lead if k == 0 else "") + t, sep if k == 0 else s2, "by")
            if a.kind == "photo":
                self.count["photo credits on a line of their own"] += 1
        elif op == "m":
            self.emit(lead + self.P(a.get("marker")), sep, "m")
            self.count["jump markers"] += 1
        elif op == "b":
            self.body(a, args[1:], sep, lead)
        elif op == "cap":
            self.caption(a, args[1:], sep, lead)
        elif op == "dup":
            self.dup(a, args[1:], sep)
        else:
            raise ValueError(f"unknown directive {d!r}")

    def head(self, a: Article, parts: list[str], sep: str, lead: str) -> None:
        names = {"k": "kicker", "t": "title", "s": "subtitle"}
        times = 1
        if parts and parts[-1].startswith("*"):
            times = int(parts[-1][1:])
            parts = parts[:-1]
        fields = [self.P(a.get(names[p])) for p in parts]
        assert all(fields), (a.id, parts)
        if a.id not in self.printed_head:
            self.printed_head[a.id] = len(self.lines)
            if a.id in self.printed_body:
                self.count["headlines printed after their body"] += 1
            else:
                self.count["headlines printed before their body"] += 1
            if self.last_kind == "h":
                self.count["headlines bunched with another story's"] += 1
        if len(fields) > 1:
            self.count["headline parts joined on one line"] += 1
        if len(fields) == 1:
            lines = field_lines(fields[0])          # may be broken over lines
        else:
            lines = [("", " ".join(clean_field(f) for f in fields))]
        if len(lines) > 1:
            self.count["headline lines broken"] += 1
            if len(squash(lines[-1][1])) <= 5:
                self.count["headline's last word left alone on a line"] += 1
        for k, (s2, t) in enumerate(lines):
            if times > 1:
                self.dups.append(t)
                t = t * times
                self.count["headline drawn twice on one line"] += 1
            self.emit((lead if k == 0 else "") + t, sep if k == 0 else s2, "h")

    def body(self, a: Article, args: list[str], sep: str, lead: str) -> None:
        self.printed_body.setdefault(a.id, len(self.lines))
        rng = args[0] if args else ""
        done = self.done.setdefault(a.id, [])
        if self.layout_kind == "paragraph":
            ps = self.pieces(a)
            lo, hi = self.piece_range(rng, len(ps))
            for n in range(lo, hi + 1):
                p = ps[n - 1]
                if not p["first"]:
                    self.count["paragraph cuts: " + CUT_TAGS[p["tag"]]] += 1
                    if self.last_piece == (a.id, n - 1):
                        self.count["paragraphs split by a column break, nothing between"] += 1
                    else:
                        self.count["cut paragraphs continued after a piece of another story"] += 1
                self.emit((lead if n == lo else "") + p["text"], sep if n == lo else "\n\n", "b")
                self.last_piece = (a.id, n)
                done.append(n)
        else:
            ls = self.column_lines(a)
            lo, hi = self.line_range(rng, len(ls))
            if lo > 1 and self.last_piece != (a.id, lo - 1):
                self.count["column bodies resumed after other text"] += 1
            for n in range(lo, hi + 1):
                self.emit((lead if n == lo else "") + ls[n - 1]["text"], sep if n == lo else "\n\n", "b")
                self.last_piece = (a.id, n)
                done.append(n)

    def caption(self, a: Article, args: list[str], sep: str, lead: str) -> None:
        """A photo caption: paragraph layout prints each caption paragraph on a
        line, the credit appended (tail: after a space, tail0: no space) or not."""
        mode = args[0] if args else "tail"
        credit = self.P(clean_field(a.get("byline")))
        if self.layout_kind == "paragraph":
            ps = [self.P(re.sub(CUT + ".", "", t)) for _, t in a.paras]
            for k, t in enumerate(ps):
                if k == len(ps) - 1 and mode in ("tail", "tail0") and credit:
                    t += ("" if mode == "tail0" else " ") + credit
                self.emit((lead if k == 0 else "") + t, sep if k == 0 else "\n\n", "cap")
        else:
            ls = self.column_lines(a)
            for k, l in enumerate(ls):
                t = l["text"]
                if k == len(ls) - 1 and mode in ("tail", "tail0") and credit:
                    t += ("" if mode == "tail0" else " ") + credit
                self.emit((lead if k == 0 else "") + t, sep if k == 0 else "\n\n", "cap")
        self.count["photo captions"] += 1
        self.captioned.add(a.id)

    def dup(self, a: Article, args: list[str], sep: str) -> None:
        """Print again a line of a body (piece n / line n): 'lines printed twice'."""
        n = int(args[0])
        if self.layout_kind == "paragraph":
            p = self.pieces(a)[n - 1]
            text, clean = p["text"], p["text"]
        else:
            l = self.column_lines(a)[n - 1]
            text, clean = l["text"], l["clean"]
        self.dups.append(clean)
        self.emit(text, sep, "dup")
        self.count["body lines printed twice"] += 1

    @staticmethod
    def piece_range(r: str, n: int) -> tuple[int, int]:
        if not r:
            return 1, n
        lo, _, hi = r.partition("-")
        lo = int(lo)
        if "-" not in r:
            return lo, lo
        return lo, int(hi) if hi else n

    @staticmethod
    def line_range(r: str, n: int) -> tuple[int, int]:
        if not r:
            return 1, n
        if "/" in r:
            k, m = map(int, r.split("/"))
            lo = round(n * (k - 1) / m) + 1
            hi = round(n * k / m)
            return lo, hi
        assert r.startswith("L"), r
        lo, _, hi = r[1:].partition("-")
        return int(lo), int(hi) if hi else n

    # -- final text
    def page_text(self) -> str:
        out = []
        first = True
        for sep, text in self.lines:
            if text is None:
                out.append(sep)
                continue
            if first:
                out.append(text)
                first = False
            else:
                out.append(sep + text)
        body = "".join(out)
        if self.layout_kind == "column":
            return " " + body + "\n\n\n"
        return "\n\n" + body


def compose_page(src: Path, meas: dict) -> dict:
    comp = Composer(src, meas)
    comp.run()
    text = comp.page_text()
    golds = [comp.gold_article(a) for a in comp.arts.values()]
    verify_printed(comp, text, golds)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    no = comp.meta["no"]
    name = f"{no}_{digest}"
    gold = OrderedDict()
    gold["source"] = name + ".txt"
    gold["issue_date"] = comp.meta["date"]
    gold["issue_number"] = comp.meta.get("issue_number") or None
    pc = comp.meta.get("page_count")
    gold["page_count"] = int(pc) if pc else None
    gold["articles"] = golds
    gold["extras"] = comp.extras
    gold["duplicates"] = comp.dups
    return {"name": name, "text": text, "gold": gold, "comp": comp}


def verify_printed(comp: Composer, text: str, golds: list[dict]) -> None:
    """Every body piece (paragraph layout) or body line (column layout) and every
    photo is printed exactly once, every headline part at least once, and the
    printed pieces of an article make up exactly its gold paragraphs."""
    flat = squash(text)
    for a, g in zip(comp.arts.values(), golds):
        for f in ("kicker", "title", "subtitle", "column", "byline", "dateline"):
            assert squash(g[f]) in flat, (comp.src.name, a.id, f, g[f])
        if a.kind == "photo" and a.id not in comp.done:
            assert a.id in comp.captioned, (comp.src.name, a.id)
            continue
        n = len(comp.pieces(a) if comp.layout_kind == "paragraph" else comp.column_lines(a))
        got = sorted(comp.done.get(a.id, []))
        assert got == list(range(1, n + 1)), (comp.src.name, a.id, got, n)
        if comp.layout_kind == "paragraph":
            printed = squash("".join(p["text"] for p in comp.pieces(a)))
        else:
            printed = squash("".join(l["clean"] for l in comp.column_lines(a)))
        want = squash(g["dateline"] + "".join(g["paragraphs"]))
        if a.get("marker_inline"):
            want = squash(comp.P(a.get("marker"))) + want
        assert printed == want, (comp.src.name, a.id)
        if g["title"] or g["kicker"] or g["subtitle"]:
            assert a.id in comp.printed_head, (comp.src.name, a.id, "headline not printed")


def compose_all(write: bool = True) -> list[dict]:
    meas = seed_measures()
    pages = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pages.append(compose_page(src, meas))
    if write:
        for sub in ("pages", "gold"):
            d = HERE / sub
            d.mkdir(exist_ok=True)
            for f in d.iterdir():
                f.unlink()
        for pg in pages:
            (HERE / "pages" / (pg["name"] + ".txt")).write_text(pg["text"], encoding="utf-8")
            (HERE / "gold" / (pg["name"] + ".json")).write_text(gold_json(pg["gold"]), encoding="utf-8")
        (HERE / "README.md").write_text(readme(pages, meas), encoding="utf-8")
    return pages


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


# ------------------------------------------------------------------ README
NUM_NAMES = {(True, True): "spaced on both sides", (True, False): "spaced before only",
             (False, True): "spaced after only", (False, False): "not spaced"}

def readme(pages: list[dict], meas: dict) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for pg in pages:
        total.update(pg["comp"].count)
    extra = phenomenon_extras(pages)
    total.update(extra)
    rows = ["| phenomenon | count |", "| --- | ---: |"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        rows.append(f"| {k} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "| --- | --- | --- | --- | --- | ---: | ---: | --- |"]
    for pg in pages:
        m = pg["comp"].meta
        chars = len(re.sub(r"\s", "", pg["text"]))
        prow.append(f"| {pg['name']}.txt | {m['date']} | {m['page']} {m.get('section', '')} | "
                    f"{m['layout']} | {m.get('punct', 'full')} | {len(pg['gold']['articles'])} | "
                    f"{chars} | {m.get('subjects', '')} |")
    W = sorted(meas["widths"])
    prob = spread_probability(meas)
    nums = number_probability(meas)
    mrows = [
        f"- story measures fitted on seeds 000/004 ({len(W)} stories): "
        + ", ".join(f"{w:g}" for w in W) + " em",
        f"- the line model (CJK 1 em, punctuation and ASCII 0.5 em, first line indented 2 em, "
        f"opening punctuation kept with what follows, closing with what precedes) reproduces "
        f"{meas['breaks_ok']} of {meas['breaks_n']} printed line breaks "
        f"({meas['breaks_ok'] / meas['breaks_n']:.0%}) at those measures",
        "- a line left short by 1 / 1.5 / 2+ em is spread with spaces in "
        + " / ".join(f"{prob[s]:.0%}" for s in (1.0, 1.5, 2.0)) + " of cases; shorter slack never",
        "- number runs between Chinese characters: "
        + ", ".join(f"{NUM_NAMES[k]} {v:.0%}" for k, v in sorted(nums.items(), key=lambda x: -x[1])),
        "- headlines (column seeds): " + ", ".join(f"{v} {k}" for k, v in sorted(meas["heads"].items())),
        f"- printed lines preceded by a blank line: {meas['blank_between']}, "
        f"by another printed line: {meas['consecutive']}",
        "- photo caption lines: " + ", ".join(f"{w:g}" for w in sorted(meas["caption_widths"])) + " em",
    ]
    widths_used = Counter()
    for pg in pages:
        c = pg["comp"]
        if c.layout_kind == "column":
            for a in c.arts.values():
                widths_used[a.get("width", "17")] += 1
    mrows.append("- measures used on this set's column pages: "
                 + ", ".join(f"{w} em ×{n}" for w, n in sorted(widths_used.items(), key=lambda x: float(x[0]))))
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(prow))
                .replace("{{MEASURES}}", "\n".join(mrows)))


def phenomenon_extras(pages: list[dict]) -> Counter:
    c = Counter()
    for pg in pages:
        g = pg["gold"]
        for a in g["articles"]:
            dl = a["dateline"]
            if dl:
                c["datelines with 电" if "电" in dl.split("（")[0].split("(")[0] else "datelines with 讯"] += 1
            by = a["byline"] + " " + dl
            if "华声在线" in by:
                c["bylines/datelines 湖南日报·华声在线"] += 1
            if "新湖南客户端" in by:
                c["bylines/datelines 湖南日报·新湖南客户端"] += 1
            if a["byline"].startswith("文丨"):
                c["副刊 bylines 文丨X"] += 1
            if a["kind"] == "continuation":
                c["continuations (上接/紧接)"] += 1
            if a["continued"].startswith("下转"):
                c["stories jumping to another page (下转)"] += 1
            if a["subheads"]:
                c["articles with crossheads"] += 1
            if a["subtitle"].startswith("——"):
                c["dash-led subtitles"] += 1
            if a["subtitle"].endswith("出席") and len(a["subtitle"]) <= 12:
                c["short trailing 某某某出席 lines"] += 1
            if a["kicker"] and a["title"] and a["subtitle"]:
                c["three-line headline stacks"] += 1
            if not a["title"] and a["kind"] not in ("continuation",):
                c["articles printed without a headline"] += 1
    return c


def show_pieces(name: str) -> None:
    """Development aid: list the numbered body pieces (or lines) of a source."""
    comp = Composer(HERE / "src" / name, seed_measures())
    for a in comp.arts.values():
        items = comp.pieces(a) if comp.layout_kind == "paragraph" else comp.column_lines(a)
        print(f"== {a.id} {a.kind} {clean_field(a.get('title'))[:20]}  ({len(items)})")
        for n, it in enumerate(items, 1):
            print(f"  {n:3} {it['text'][:44]}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--pieces":
        show_pieces(sys.argv[2])
        sys.exit(0)
    pages = compose_all(write=True)
    for pg in pages:
        print(pg["name"], len(re.sub(r"\s", "", pg["text"])), len(pg["gold"]["articles"]))
