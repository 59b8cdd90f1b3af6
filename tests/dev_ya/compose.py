#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py      writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice is drawn from random.Random seeded by
the source file name (plus the article id), so a rebuild is byte-for-byte equal.
The source format and the layout rules are described in README.in / README.md.
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

# ------------------------------------------------------------------ typesetting
# Widths in em, measured on the column-layout seeds (000, 004): a Chinese
# character is 1 em; full-width punctuation is set half an em inside a line (an
# opening quote or bracket that starts a line keeps its full em); Latin letters
# and digits are half an em; a number run set off by a space gets a quarter em
# per space.  A justified line whose slack, shared over its glyph gaps, is at
# least SPREAD em per gap comes out of the PDF with a space between every glyph.
SPREAD = 0.075
OPEN = set("“‘（《「(")
CLOSE = set("，。、；：？！”’）》」),;:?!")
RUNCH = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%+-&")
BRACKETS = set("（）《》「」()")


class U:
    """A typesetting unit. k: h(an) o(pen punct) c(lose punct) a(scii run)
    d(ateline/marker word) s(pace between such words) b(forced break)."""
    __slots__ = ("k", "t", "w", "sb", "sa", "pos")

    def __init__(self, k, t, w, pos=-1):
        self.k, self.t, self.w, self.sb, self.sa, self.pos = k, t, w, False, False, pos

    def width(self):
        return self.w + 0.25 * (self.sb + self.sa)


def char_w(ch):
    if ch in OPEN or ch in CLOSE:
        return 0.5
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def units_of(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in RUNCH:
            j = i
            while j < len(text) and text[j] in RUNCH:
                j += 1
            out.append(U("a", text[i:j], 0.5 * (j - i), i))
            i = j
        elif ch in "…—":
            j = i
            while j < len(text) and text[j] == ch:
                j += 1
            out.append(U("c", text[i:j], float(j - i), i))
            i = j
        elif ch in OPEN:
            out.append(U("o", ch, 0.5, i))
            i += 1
        elif ch in CLOSE:
            out.append(U("c", ch, 0.5, i))
            i += 1
        elif ch == " ":
            i += 1
        else:
            out.append(U("h", ch, char_w(ch), i))
            i += 1
    return out


def word_w(word):
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in word if c != " ")


def prefix_units(s):
    """A dateline or an inline jump marker: words are unbreakable, lines break
    at the spaces between them; '/' forces a break; '~' is an artefact space."""
    out = []
    for k, seg in enumerate(s.split("/")):
        if k:
            out.append(U("b", "", 0.0))
        for wd in seg.split(" "):
            if not wd:
                continue
            if out and out[-1].k == "d":
                out.append(U("s", " ", 0.5))
            t = wd.replace("~", " ")
            out.append(U("d", t, word_w(t)))
    return out


NUMSP = {"none": (0, 0), "before": (0.9, 0.08), "both": (0.95, 0.9), "mixed": (0.75, 0.45)}


def number_spaces(units, mode, rng):
    pb, pa = NUMSP[mode]
    for i, u in enumerate(units):
        if u.k != "a":
            continue
        if i and units[i - 1].k == "h" and rng.random() < pb:
            u.sb = True
        if i + 1 < len(units) and units[i + 1].k == "h" and rng.random() < pa:
            u.sa = True


def fill(units, W, indent, rng=None, early=0.0, late=0.0):
    """Greedy filling with the seeds' kinsoku: no line starts with closing
    punctuation (the glyph before it is pushed down too), none ends with an
    opening one; number runs and dateline words are unbreakable.  With
    probability `early` a line is broken one glyph early (and then comes out
    spread), with probability `late` one more glyph is squeezed in: of the
    seeds' 568 re-set column lines, 57 break one or more glyphs earlier and 59
    later than the plain rule."""
    lines, cur, wsum, cap, i = [], [], 0.0, W - indent, 0
    while i < len(units):
        u = units[i]
        if u.k == "b":
            while cur and cur[-1].k == "s":
                cur.pop()
            lines.append(cur)
            cur, wsum, cap, i = [], 0.0, W, i + 1
            continue
        if u.k == "s" and not cur:
            i += 1
            continue
        if not cur or wsum + u.width() <= cap + 1e-9:
            cur.append(u)
            wsum += u.width()
            i += 1
            continue
        if (rng is not None and late and u.k == "h" and wsum + u.width() <= cap + 1.0
                and (i + 1 >= len(units) or units[i + 1].k not in "cb") and rng.random() < late):
            cur.append(u)                  # squeezed in by extra compression
            wsum += u.width()
            i += 1
            continue
        b = len(cur)

        def nxt(b):
            return cur[b] if b < len(cur) else units[i]
        while b > 1 and (nxt(b).k == "c" or cur[b - 1].k == "o"):
            b -= 1
        if rng is not None and early and b > 4 and rng.random() < early:
            b2 = b - 1
            if cur[b2].k == "h" and cur[b2 - 1].k in "ha" and all(x.k not in "ds" for x in cur):
                b = b2
        back = len(cur) - b
        line = cur[:b]
        while line and line[-1].k == "s":
            line.pop()
        lines.append(line)
        i -= back
        cur, wsum, cap = [], 0.0, W
    if cur:
        lines.append(cur)
    return lines


def line_width(line):
    w = sum(u.width() for u in line)
    if line and line[0].k == "o":
        w += 0.5
    return w


def render(line, spread):
    """A line as the PDF extraction prints it.  Spread lines get a space between
    glyphs, but none after closing punctuation, none before an opening one and
    none beside book-title marks or brackets (as in the seeds)."""
    out = []
    for j, u in enumerate(line):
        t = u.t
        if u.k == "a" and not spread:
            if u.sb and j:
                t = " " + t
            if u.sa and j + 1 < len(line):
                t = t + " "
        if spread and j:
            p = line[j - 1]
            gap = True
            if p.k == "c" and p.t[0] not in "…—":
                gap = False
            if u.k == "o" or p.t in BRACKETS or u.t in BRACKETS:
                gap = False
            if u.k == "c" and u.t[0] in "…—":
                gap = False
            if p.k == "o" and p.t in "“‘" and u.k != "o":
                gap = True
            if gap:
                out.append(" ")
        out.append(t)
    return re.sub(" +", " ", "".join(out)).strip(" ")


# ------------------------------------------------------------------ sources
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
PUNCT_STYLES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"},
}
CUT = re.compile(r"\|(c\d+)(?::(\w+))?\|")
CUTNAMES = {"vf": "cut between a verb and its figure", "fu": "cut between a figure and its unit",
            "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
            "s": "cut at a clause boundary"}
def classify(text, i, declared=None):
    """What a cut before text[i] falls between (checked against the source's
    declared kind in the paragraph layout, derived in the column layout)."""
    if i <= 0 or i >= len(text):
        return "s"
    prev, nxt = text[i - 1], text[i]
    han = lambda c: "\u4e00" <= c <= "\u9fff"
    inq = text[:i].count("“") > text[:i].count("”") or text[:i].count("《") > text[:i].count("》")
    num = "一二两三四五六七八九十百千万亿几"
    if (prev in RUNCH or (declared == "fu" and prev in num)) and han(nxt):
        return "fu"
    if han(prev) and (nxt.isdigit() or (declared == "vf" and nxt in num)):
        return "vf"
    if han(prev) and han(nxt):
        if inq:
            return "q"
        return "n" if declared == "n" else "w"
    return "s"


COLCUT = {"fu": "between a figure and its unit", "vf": "between a word and a figure",
          "q": "inside a quoted term", "w": "between two Chinese characters", "n": "inside a name",
          "s": "at punctuation or a paragraph end"}
CJKSET = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"


def conv(s, style):
    for a, b in PUNCT_STYLES[style].items():
        s = s.replace(a, b)
    return s


def split_sub(para):
    """A paragraph starting with § (after any leading cut marks) is a crosshead."""
    m = re.match(r"((?:\|c\d+(?::\w+)?\|)*)§", para)
    if m:
        return True, m.group(1) + para[m.end():]
    return False, para


def gold_str(s):
    """A headline / byline / dateline as the gold holds it: line-break marks and
    artefact spaces dropped."""
    s = s.replace("//", "").replace("/", "").replace("~", "")
    return re.sub(r" {2,}", " ", s).strip()


def gold_para(s):
    s = CUT.sub("", s).replace("~", "")
    return re.sub(f"(?<=[{CJKSET}])\\s+(?=[{CJKSET}])", "", s).strip()


def parse(path):
    page = {"name": path.name, "arts": {}, "order": [], "layout": []}
    sec, cur, intext = None, None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("@"):
            intext = False
            head = line[1:].split()
            sec = head[0]
            if sec == "art":
                cur = {"id": head[1], "paras": [], "opt": {}}
                for f in FIELDS:
                    cur[f] = ""
                page["arts"][head[1]] = cur
                page["order"].append(head[1])
            continue
        if line.lstrip().startswith("#") and not intext:
            continue
        if sec == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page[k.strip()] = v.strip()
        elif sec == "art":
            if intext:
                if line.strip() and not line.startswith("#"):
                    cur["paras"].append(line.strip())
            elif line.strip() == "text:":
                intext = True
            elif ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k in FIELDS:
                    cur[k] = v
                else:
                    cur["opt"][k] = v
        elif sec == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# ------------------------------------------------------------------ composing
class Page:
    def __init__(self, src):
        self.p = parse(src)
        self.name = src.name
        self.style = self.p["punct"]
        self.column = self.p["columns"] == "column"
        self.rng = random.Random(src.name)
        self.out = []              # [separator, text]
        self.pending = 0           # extra empty lines before the next line
        self.extras, self.dups = [], []
        self.stat = Counter()
        self.body_seen = set()
        self.typeset = {}
        self.last_op = None
        self.prev_body = None
        self.cutkind = {}

    def die(self, msg):
        raise SystemExit(f"{self.name}: {msg}")

    def s(self, text):
        return conv(text, self.style)

    def emit(self, text, tight=False):
        sep = ("\n" if tight else "\n\n") + "\n" * self.pending
        self.pending = 0
        self.out.append([sep, text])

    def emit_parts(self, parts):
        """parts: (separator, text); separator '/' tight, '//' blank line,
        ' ' same line after a space."""
        for k, (sep, text) in enumerate(parts):
            if sep == " " and k:
                self.out[-1][1] += " " + text
            else:
                self.emit(text, tight=(sep == "/"))

    # -- headline stacks -------------------------------------------------------
    def head_parts(self, a, pattern):
        names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        parts, sep = [], "//"
        for t in re.findall(r"//|/|\s+|[^/\s]+", pattern):
            if t in ("/", "//"):
                sep = t
                continue
            if t.isspace():
                if sep not in ("/", "//"):
                    sep = " "
                continue
            key, mod = t[0], t[1:]
            if key not in names or mod not in ("", "2", "="):
                self.die(f"{a['id']}: bad head pattern token {t!r}")
            raw = self.s(a[names[key]])
            if not raw:
                self.die(f"{a['id']}: head pattern asks for an empty {names[key]}")
            segs, s2 = [], sep
            for x in re.split(r"(//|/)", raw):
                if x in ("/", "//"):
                    s2 = x
                    if key in "kts":
                        self.stat["headline part broken over two lines"] += 1
                    continue
                segs.append((s2, x.replace("~", " ")))
                s2 = "/"
            if key == "b" and len(segs) > 1:
                for _, x in segs[1:]:
                    self.stat["byline broken before 通讯员" if x.lstrip().startswith("通讯员")
                              else "byline broken between names"] += 1
            if key in "kts" and len(segs) > 1 and len(gold_str(segs[-1][1])) <= 4:
                self.stat["headline's last word left alone on a line"] += 1
            if mod == "2":
                segs[-1] = (segs[-1][0], segs[-1][1] + segs[-1][1])
                self.dups.append(gold_str(segs[-1][1][: len(segs[-1][1]) // 2]))
                self.stat["headline drawn twice on one line"] += 1
            parts.extend(segs)
            if mod == "=":
                parts.extend(("/", x) for _, x in segs)
                self.dups.append(gold_str(raw))
                self.stat["headline drawn twice on two identical lines"] += 1
            sep = "//"
        return parts

    def do_head(self, a, pattern):
        if not pattern:
            pattern = a["opt"].get("head") or "//".join(
                x for x, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle")) if a[f])
        parts = self.head_parts(a, pattern)
        if a["id"] in self.body_seen:
            self.stat["headline printed after its body"] += 1
        if self.last_op == "head":
            self.stat["headline bunched with another story's headline"] += 1
        if len([1 for s, _ in parts if s == " "]):
            self.stat["headline parts run together on one line"] += 1
        self.emit_parts(parts)

    # -- bylines ---------------------------------------------------------------
    def do_by(self, a, opts):
        text = self.s(a["byline"])
        if "right" in opts:
            pad = " " * self.rng.randrange(28, 60)
            self.emit(pad + gold_str(text))
            self.stat["credit right-aligned on a line of its own"] += 1
            return
        sep = "//"
        for k, x in enumerate(re.split(r"(//|/)", text)):
            if x in ("/", "//"):
                sep = x
                continue
            x = x.replace("~", " ").strip()
            if k:
                if x.startswith("通讯员"):
                    self.stat["byline broken before 通讯员"] += 1
                else:
                    self.stat["byline broken between names"] += 1
            self.emit(x, tight=(sep == "/"))
        if a["kind"] in ("feature",) and not a["dateline"]:
            self.stat["feature byline alone before the body"] += 1

    def count_dl_break(self, before, after):
        if not re.search(r"[讯电][（(]", before):
            self.stat["dateline broken inside its date"] += 1
        elif after.startswith("通讯员"):
            self.stat["dateline broken before 通讯员"] += 1
        else:
            self.stat["dateline broken before or between reporters' names"] += 1

    # -- paragraph layout ------------------------------------------------------
    def pieces(self, a):
        out = []
        for pi, para in enumerate(self.s(p) for p in a["paras"]):
            sub, para = split_sub(para)
            pos, name = 0, None
            clean = CUT.sub("", para)
            for m in CUT.finditer(para):
                out.append((name, para[pos:m.start()], m.group(1)))
                at = len(CUT.sub("", para[:m.start()]))
                got = classify(clean, at, m.group(2))
                if m.group(2) and m.group(2) != "cb" and m.group(2) != got:
                    self.die(f"{a['id']}: cut {m.group(1)} declared {m.group(2)} but falls between "
                             f"{clean[at-1:at]!r} and {clean[at:at+1]!r} ({got})")
                self.cutkind[(a["id"], m.group(1))] = got if m.group(2) != "cb" else "cb"
                name, pos = m.group(1), m.end()
            out.append((name, para[pos:], None))
        return out

    def body_paragraph(self, a, frm, to, opts):
        sel, on = [], not frm
        self.pieces(a)
        for name, text, endcut in self.pieces(a):
            if not on and name == frm:
                on = True
            if on:
                sel.append(text.replace("~", " "))
                if to and endcut == to:
                    break
        if not sel:
            self.die(f"{a['id']}: empty body range {frm}:{to}")
        sel = [t for t in sel if t.strip()]
        for k, text in enumerate(sel):
            if k == 0 and not frm and a["dateline"]:
                dl = self.s(a["dateline"])
                segs = re.split(r"(//|/)", dl)
                sep = "//"
                for j, x in enumerate(segs):
                    if x in ("/", "//"):
                        sep = x
                        self.count_dl_break("".join(segs[:j]), "".join(segs[j + 1:]))
                        continue
                    self.emit(x.replace("~", " "), tight=(sep == "/"))
                if "dl=line" in opts:
                    self.emit(text)
                else:
                    self.out[-1][1] += text
            elif k == 0 and "inl" in opts:
                m = self.s(a["opt"]["marker"])
                self.extras.append(gold_str(m))
                self.stat["jump marker"] += 1
                self.emit(m.replace("~", " ") + text)
            else:
                self.emit(text)

    # -- column layout ---------------------------------------------------------
    def typeset_article(self, a):
        if a["id"] in self.typeset:
            return self.typeset[a["id"]]
        o = a["opt"]
        W = float(o.get("width", 17))
        rng = random.Random(f"{self.name}:{a['id']}")
        mode = o.get("numsp", "both")
        gaps = float(o.get("gaps", 0.04))
        early = float(o.get("early", 0.10))
        late = float(o.get("late", 0.10))
        nospread = o.get("spread", "1") == "0"
        indent = float(o.get("indent", 2))
        lines = []                      # [text, cut names after this line]
        for pi, para in enumerate(self.s(p) for p in a["paras"]):
            sub, para = split_sub(para)
            clean, cuts, pos = "", [], 0
            for m in CUT.finditer(para):
                clean += para[pos:m.start()]
                cuts.append((len(clean), m.group(1)))
                pos = m.end()
            clean += para[pos:]
            clean = clean.replace("~", "")
            for cp, name in [c for c in cuts if c[0] == 0]:
                if lines:                      # a cut before the paragraph
                    lines[-1][1].add(name)
                    self.cutkind[(a["id"], name)] = "col:s"
                cuts.remove((cp, name))
            if sub:
                lines.append([clean, {c for _, c in cuts}])
                continue
            pre = []
            if pi == 0 and a["dateline"]:
                pre = prefix_units(self.s(a["dateline"]))
                if o.get("dlalone") == "1":
                    pre.append(U("b", "", 0.0))
            elif pi == 0 and o.get("marker") and o.get("markinl") == "1":
                pre = prefix_units(self.s(o["marker"]))
                self.extras.append(gold_str(self.s(o["marker"])))
                self.stat["jump marker"] += 1
            body = units_of(clean)
            number_spaces(body, mode, rng)
            ls = fill(pre + body, W, indent, rng, early, late)
            if pre and pi == 0 and a["dateline"]:
                self.count_width_dl(ls)
            for li, ln in enumerate(ls):
                last = li == len(ls) - 1
                has_pre = any(u.k in "ds" for u in ln)
                cap = W - (indent if li == 0 else 0)
                sp = (not last and not nospread and not has_pre and len(ln) > 1
                      and (cap - line_width(ln)) / (len(ln) - 1) >= SPREAD)
                text = render(ln, sp)
                if sp:
                    self.stat["justified column line spread with spaces"] += 1
                else:
                    self.stat["space set off around a number run"] += sum(
                        (u.sb and j > 0) + (u.sa and j + 1 < len(ln)) for j, u in enumerate(ln) if u.k == "a")
                    if o.get("pctgap") == "1" and re.search(r"\d%", text):
                        text = re.sub(r"(?<=\d)%", " %", text, count=1)
                        self.stat["glyph-gap space before %"] += 1
                    elif not has_pre and rng.random() < gaps:
                        text = self.glyph_gap(text, rng)
                endpos = max((u.pos + len(u.t) - 1 for u in ln if u.pos >= 0), default=-1)
                names = set()
                for cp, name in cuts:
                    if cp - 1 <= endpos and not any(name in l[1] for l in lines):
                        names.add(name)
                        self.cutkind[(a["id"], name)] = "col:" + classify(clean, endpos + 1)
                lines.append([text, names])
        self.typeset[a["id"]] = lines
        return lines

    def count_width_dl(self, ls):
        seen = []
        for ln in ls:
            ds = [u for u in ln if u.k == "d"]
            if not ds:
                break
            if seen:
                self.count_dl_break("".join(seen), ds[0].t)
            seen.extend(u.t for u in ds)
            if ln[-1].k != "d":
                break

    def glyph_gap(self, text, rng):
        spots = [m.start() for m in re.finditer(r"(?<=[\u4e00-\u9fff])[、，；](?=[\u4e00-\u9fff])", text)]
        quotes = [m.end() for m in re.finditer(r"“(?=[\u4e00-\u9fff])", text)]
        pct = [m.start() for m in re.finditer(r"(?<=\d)%", text)]
        r = rng.random()
        if pct and r < 0.9:
            i = rng.choice(pct)
            self.stat["glyph-gap space before %"] += 1
        elif quotes and r < 0.8:
            i = rng.choice(quotes)
            self.stat["space after an opening quote"] += 1
        elif spots:
            i = rng.choice(spots)
            self.stat["glyph-gap space beside full-width punctuation"] += 1
        else:
            return text
        return text[:i] + " " + text[i:]

    def body_column(self, a, frm, to, opts):
        lines = self.typeset_article(a)

        def find(name):
            for i, ln in enumerate(lines):
                if name in ln[1]:
                    return i + 1
            self.die(f"{a['id']}: cut {name} not found")
        start = find(frm) if frm else 0
        end = find(to) if to else len(lines)
        if start >= end:
            self.die(f"{a['id']}: empty column range {frm}:{to}")
        if "inl" in opts:
            self.die(f"{a['id']}: use markinl: 1 for inline markers in column layout")
        for i in range(start, end):
            self.emit(lines[i][0])

    # -- the layout script -----------------------------------------------------
    def run(self):
        arts = self.p["arts"]
        for d in self.p["layout"]:
            op, *args = d.split()
            if op not in ("head", "body", "by", "col", "mark", "box", "blank", "dup", "mast"):
                self.die(f"unknown layout op {op}")
            if op in ("head", "body", "by", "col", "mark") and args[0] not in arts:
                self.die(f"layout names unknown article {args[0]}")
            if op == "mast":
                parts = re.split(r"(//|/)", self.s(self.p["mast"]))
                sep = "//"
                for x in parts:
                    if x in ("/", "//"):
                        sep = x
                        continue
                    self.emit(x.replace("~", " "), tight=(sep == "/"))
                    self.stat["masthead piece"] += 1
                    if " " in x.strip() or "~" in x:
                        self.stat["masthead pieces merged on one line"] += 1
                self.extras.append("".join(gold_str(x).replace(" ", "") for x in parts if x not in ("/", "//")))
            elif op == "head":
                self.do_head(arts[args[0]], " ".join(args[1:]))
            elif op == "by":
                self.do_by(arts[args[0]], args[1:])
            elif op == "col":
                self.emit(self.s(arts[args[0]]["column"]), tight="/" in args[1:])
                self.stat["column label on a line of its own"] += 1
            elif op == "body":
                a = arts[args[0]]
                rs = next((x for x in args[1:] if ":" in x and not x.startswith(("by=", "dl="))), ":")
                opts = [x for x in args[1:] if x != rs]
                frm, to = rs.split(":")
                if self.prev_body == (a["id"], frm) and frm and self.last_op == "body":
                    self.stat["paragraph split by a column break, nothing between"] += 1
                elif frm:
                    self.stat["story continued after a piece of another story"] += 1
                if self.column:
                    self.body_column(a, frm, to, opts)
                else:
                    self.body_paragraph(a, frm, to, opts)
                for o in opts:
                    if o.startswith("by="):
                        cr = gold_str(self.s(a["byline"]))
                        self.out[-1][1] += (" " if o == "by=sp" else "") + cr
                        self.stat["photo credit run on after the caption"] += 1
                if to:
                    kind = self.cutkind.get((a["id"], to), "s")
                    if kind.startswith("col:"):
                        self.stat["column story broken at a line end, " + COLCUT[kind[4:]]] += 1
                    elif kind != "cb":
                        self.stat[CUTNAMES[kind]] += 1
                self.body_seen.add(a["id"])
                self.prev_body = (a["id"], to)
            elif op == "mark":
                m = self.s(arts[args[0]]["opt"]["marker"])
                self.emit(m.replace("~", " "))
                self.extras.append(gold_str(m))
                self.stat["jump marker"] += 1
            elif op == "box":
                parts = re.split(r"(//|/)", self.s(" ".join(args)))
                sep = "//"
                for x in parts:
                    if x in ("/", "//"):
                        sep = x
                        continue
                    self.emit(x.replace("~", " "), tight=(sep == "/"))
                self.extras.append("".join(gold_str(x).replace(" ", "") for x in parts if x not in ("/", "//")))
                self.stat["short box line (countdown, code prompt, framed label)"] += 1
            elif op == "blank":
                self.pending += int(args[0])
            elif op == "dup":
                n = int(args[0])
                for _, t in [list(x) for x in self.out[-n:]]:
                    self.emit(t)
                    self.dups.append(re.sub(r"(?<![A-Za-z])\s+|\s+(?![A-Za-z])", "", t.strip()))
                    self.stat["line printed twice"] += 1
            self.last_op = op

    def text(self):
        if self.column:
            return " " + self.out[0][1] + "".join(sep + t for sep, t in self.out[1:]) + "\n\n\n"
        return "".join(sep + t for sep, t in self.out)

    def gold(self, fname):
        arts = []
        for aid in self.p["order"]:
            a = self.p["arts"][aid]
            paras = [self.s(p) for p in a["paras"]]
            arts.append({
                "kind": a["kind"],
                "column": gold_str(self.s(a["column"])),
                "kicker": gold_str(self.s(a["kicker"])),
                "title": gold_str(self.s(a["title"])),
                "subtitle": gold_str(self.s(a["subtitle"])),
                "byline": gold_str(self.s(a["byline"])),
                "dateline": gold_str(self.s(a["dateline"])),
                "continued": gold_str(self.s(a["continued"])),
                "subheads": [gold_str(CUT.sub("", split_sub(p)[1])) for p in paras if split_sub(p)[0]],
                "paragraphs": [gold_para(split_sub(p)[1]) for p in paras],
            })
        return {
            "source": fname,
            "issue_date": self.p["issue_date"],
            "issue_number": self.p.get("issue_number") or None,
            "page_count": int(self.p["page_count"]) if self.p.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


# ------------------------------------------------------------------ seed fit
SEEDS = Path("/work/shared/seeds")
SEED_GOLD = Path("/work/shared/gold")


def measure_seeds():
    """Fit the typesetting model to the column-layout seeds: for every story,
    the column width W (in half ems) that reproduces most of its line breaks
    when each printed line is re-set from its own start; then how often the
    spread rule predicts the printed spacing of the lines whose break agrees."""
    sq = lambda s: re.sub(r"\s", "", s)
    rows, tot = [], [0, 0, 0, 0]
    for f in sorted(SEEDS.glob("*.txt")):
        R = [l for l in f.read_text(encoding="utf-8").split("\n") if l.strip()]
        if not R[0].startswith(" "):        # the column layout starts with a space
            continue
        Rs = [sq(l) for l in R]
        gold = json.loads((SEED_GOLD / (f.stem + ".json")).read_text(encoding="utf-8"))
        for a in gold["articles"]:
            if a["kind"] == "photo":
                continue
            best = None
            for W2 in range(20, 50):
                W, c = W2 / 2, [0, 0, 0, 0]
                for pi, p in enumerate(a["paragraphs"]):
                    dl = a["dateline"] if pi == 0 else ""
                    full = sq(dl) + sq(p)
                    seq = None
                    for st in range(len(Rs)):
                        if len(Rs[st]) >= 4 and full.startswith(Rs[st]):
                            pos, k, sq_ = 0, st, []
                            while k < len(Rs) and pos < len(full) and full[pos:].startswith(Rs[k]):
                                sq_.append((pos, k)); pos += len(Rs[k]); k += 1
                            if pos == len(full):
                                seq = sq_
                                break
                    if not seq:
                        continue
                    for j, (pos, k) in enumerate(seq[:-1]):
                        units = units_of(full[pos:]) if not (j == 0 and dl) else \
                            prefix_units(dl) + units_of(sq(p))
                        number_spaces(units, "mixed", random.Random(0))
                        ln = fill(units, W, 2 if j == 0 else 0)[0]
                        got = "".join(u.t for u in ln).replace(" ", "")
                        c[0] += got == Rs[k]; c[1] += 1
                        if got == Rs[k] and len(ln) > 1 and not any(u.k in "ds" for u in ln):
                            pred = (W - (2 if j == 0 else 0) - line_width(ln)) / (len(ln) - 1) >= SPREAD
                            act = bool(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", R[k])) and R[k].count(" ") >= 4
                            c[2] += pred == act; c[3] += 1
                if best is None or (c[0], c[2]) > (best[1][0], best[1][2]):
                    best = (W, c)
            if best and best[1][1]:
                rows.append((f.name[:3], a["title"] or a["byline"] or "(untitled)", best[0], best[1]))
                for i in range(4):
                    tot[i] += best[1][i]
    return rows, tot


def seedfit_md():
    if not SEEDS.exists():
        return "(seeds not available)"
    rows, tot = measure_seeds()
    out = ["| seed | story | fitted width (em) | breaks reproduced | spread decisions right |",
           "|---|---|---:|---:|---:|"]
    for f, t, W, c in rows:
        out.append(f"| {f} | {t[:18]} | {W:g} | {c[0]}/{c[1]} | {c[2]}/{c[3]} |")
    out.append(f"| **all** | | | **{tot[0]}/{tot[1]} ({tot[0] / tot[1]:.0%})** | "
               f"**{tot[2]}/{tot[3]} ({tot[2] / tot[3]:.0%})** |")
    return "\n".join(out)


def build_all():
    files, rows, phen = {}, [], Counter()
    for src in sorted(SRC.glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        no = re.sub(r"\D", "", src.stem).zfill(3)
        fname = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        gold = pg.gold(fname)
        files[f"pages/{fname}"] = text.encode("utf-8")
        files[f"gold/{fname[:-4]}.json"] = (json.dumps(gold, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        phen.update(pg.stat)
        rows.append({"src": src.name, "file": fname, "date": pg.p["issue_date"], "page": pg.p.get("page", ""),
                     "layout": pg.p["columns"], "punct": pg.p["punct"], "articles": len(gold["articles"]),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": pg.p.get("subjects", ""),
                     "front": bool(pg.p.get("issue_number")), "stat": pg.stat})
    return files, rows, phen


PUNCT_NAMES = {"full": "full-width （，：；）", "mixed": "full commas, half-width ( )",
               "half": "half-width , ( ) ; :"}


def readme(rows, phen):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon (counted while composing) | count |", "|---|---:|"]
    for k in sorted(phen, key=lambda k: (-phen[k], k)):
        if phen[k]:
            ph.append(f"| {k} | {phen[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {PUNCT_NAMES[r['punct']]} "
                  f"| {r['articles']} | {r['chars']} | {r['subjects']} |")
    pt.append(f"| **total** | | | | | {sum(r['articles'] for r in rows)} | {sum(r['chars'] for r in rows)} | |")
    return (tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
            .replace("{{SEEDFIT}}", seedfit_md()))


def main():
    files, rows, phen = build_all()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    (HERE / "README.md").write_text(readme(rows, phen), encoding="utf-8")
    for r in rows:
        print(f"  {r['src']}  {r['file']}  {r['layout']:9} {r['articles']:2} articles {r['chars']:5} chars")
    print(f"composed {len(rows)} pages, {sum(r['articles'] for r in rows)} articles, "
          f"{sum(r['chars'] for r in rows)} characters")


if __name__ == "__main__":
    main()
