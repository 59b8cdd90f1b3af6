#!/usr/bin/env python3
"""Compose the dev_zp blind test set: lay the hand-written stories of src/*.txt out
into raw page files (pages/) as the Hunan Daily e-paper text extraction prints them,
in the "column" layout (one printed column line per text line) or the "paragraph"
layout (one paragraph per line), and write the exact gold annotations (gold/) and
README.md.  Deterministic: the only randomness is random.Random(page seed).

Source format (src/NN_name.txt), see README.md for the full description:

  #page key=value ...             page settings (date, layout, widths, punctuation …)
  #box NAME: line+line,line       furniture (masthead, countdown, code prompt …);
                                  '+' = next line directly below, ',' = blank line
  #order TOKEN TOKEN …            drawing order (stories, pieces, bunches, boxes)
  === ID kind key=value …         a story; header fields follow as "field: value"
  ---                             end of header, body paragraphs follow, one a line
  ## crosshead                    in-body section heading

Body markers: '⟂{t}' cut (the rest of the paragraph becomes a new piece that the
#order can place after other stories' pieces), '¦{t}' plain line break inside a
paragraph, a literal space = a glyph gap printed by the extraction.  In header
fields '|' = line break inside the field (no blank line), '‖' = break with a blank
line.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

CLOSE = set("，。、；：？！”’）》〉」』】,.;:?!)")
OPEN = set("“‘（《〈「『【(")
NO_AFTER = set("，。、；：？！”’）》,;:?!)（《(")     # no spread space after these
NO_BEFORE = set("“‘（《(）》)")                     # no spread space before these
ASCII_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%‰+/:\-]*")
CUT_RE = re.compile(r"⟂(?:\{(\w)\})?")
BRK_RE = re.compile(r"¦(?:\{(\w)\})?")
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"})
PARENS = str.maketrans({"（": "(", "）": ")"})

SPREAD_DEFICIT = 1.25

CUT_KINDS = {"u": "between a figure and its unit", "v": "between a verb and its figure",
             "w": "inside a word or abbreviation", "s": "inside a sentence (other)"}


# --------------------------------------------------------------------------- parsing

def parse_kv(s: str) -> dict:
    out = {}
    for tok in s.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            out[k] = v.replace("~", " ")
        else:
            out[tok] = "1"
    return out


FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def parse_src(path: str) -> dict:
    page = {"opts": {}, "boxes": OrderedDict(), "order": None, "stories": OrderedDict(),
            "file": os.path.basename(path)}
    cur = None
    in_body = False
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip("\n")
        if line.startswith("#page "):
            page["opts"].update(parse_kv(line[6:]))
            continue
        if line.startswith("#box "):
            name, val = line[5:].split(":", 1)
            page["boxes"][name.strip()] = val.strip()
            continue
        if line.startswith("#order "):
            page["order"] = line[7:].split()
            continue
        if line.startswith("#"  ) and not line.startswith("##"):
            continue  # comment
        if line.startswith("=== "):
            parts = line[4:].split()
            cur = {"id": parts[0], "kind": parts[1], "opts": parse_kv(" ".join(parts[2:])),
                   "fields": {f: "" for f in FIELDS}, "body": []}
            page["stories"][cur["id"]] = cur
            in_body = False
            continue
        if cur is None:
            continue
        if not in_body:
            if line.strip() == "---":
                in_body = True
                continue
            if not line.strip():
                continue
            k, v = line.split(":", 1)
            k = k.strip()
            assert k in FIELDS, (path, k)
            cur["fields"][k] = v.strip()
        else:
            if not line.strip():
                continue
            if line.startswith("## "):
                cur["body"].append(("sub", line[3:].strip()))
            else:
                cur["body"].append(("p", line.strip()))
    return page


# --------------------------------------------------------------------------- helpers

def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def strip_marks(s: str) -> str:
    return BRK_RE.sub("", CUT_RE.sub("", s))


def field_gold(name: str, v: str) -> str:
    """Gold value of a header field: '|'/'‖' line breaks joined (titles without a
    space, names with one), spaces around figures in datelines dropped."""
    if name in ("byline", "dateline"):
        v = re.sub(r"\s*[|‖]\s*", " ", v)
        v = re.sub(r"\s+", " ", v).strip()
        if name == "dateline":
            v = re.sub(r"\s*(\d+)\s*", r"\1", v)
        return v
    v = re.sub(r"\s*[|‖]\s*", "", v)
    return v.strip()


class Out:
    """Raw page text as a list of lines; a separator is kept after every line:
    '\\n\\n' (blank line, the default) or '\\n' (line directly below)."""

    def __init__(self):
        self.items = []  # [text, sep]

    def add(self, text: str, sep: str = "\n\n"):
        self.items.append([text, sep])

    def tight(self):
        """Make the previous line's separator a single newline."""
        if self.items:
            self.items[-1][1] = "\n"

    def text(self, head: str = "", tail: str = "") -> str:
        s = head
        for i, (t, sep) in enumerate(self.items):
            s += t
            if i < len(self.items) - 1:
                s += sep
        return s + tail


# --------------------------------------------------------------------------- column typesetting

def tokenize(text: str):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            out.append(["gap", " "])
            i += 1
            continue
        if text.startswith("……", i) or text.startswith("——", i):
            out.append(["dash", text[i:i + 2]])
            i += 2
            continue
        m = ASCII_RE.match(text, i)
        if m:
            out.append(["num", m.group()])
            i = m.end()
            continue
        if c in CLOSE:
            out.append(["close", c])
        elif c in OPEN:
            out.append(["open", c])
        else:
            out.append(["cjk", c])
        i += 1
    return out


def tok_w(t):
    k, s = t[0], t[1]
    if k == "num":
        return sum(0.75 if ch == "%" else 0.5 for ch in s)
    if k == "dash":
        return 2.0
    if k == "gap":
        return 0.0
    if k == "dl":
        return sum(0.55 if ch.isascii() else 1.1 for ch in s if ch != " ")
    if k == "mark":
        return sum(0.5 if ch.isascii() else 1.0 for ch in s if ch != " ")
    return 1.0


def tok_minw(t):
    if t[0] in ("close", "open"):
        return 0.5
    return tok_w(t)


def wrap(tokens, width, first_width):
    """Greedy line filling with squeezable punctuation and the kinsoku rules of
    Chinese typesetting: no line starts with closing punctuation, none ends with
    an opening one, figures and dateline chunks are never split.  Returns a list
    of (tokens, deficit): how far short of the measure the line ends (0 for a last line)."""
    lines = []
    i = 0
    n = len(tokens)
    W = first_width
    while i < n:
        cur = []
        minw = 0.0
        while i < n:
            t = tokens[i]
            if t[0] == "gap":
                cur.append(t)
                i += 1
                continue
            mw = tok_minw(t)
            if minw + mw <= W + 1e-9 or not [c for c in cur if c[0] != "gap"]:
                cur.append(t)
                minw += mw
                i += 1
            else:
                break
        if i < n:
            # kinsoku: the next line may not start with closing punctuation
            hung = 0.0
            while i < n and tokens[i][0] == "close":
                if hung + tok_minw(tokens[i]) <= 0.5 + 1e-9:
                    # a closing mark squeezed in at the line end
                    hung += tok_minw(tokens[i])
                    cur.append(tokens[i])
                    i += 1
                    continue
                # otherwise push glyphs down until the next line opens with one
                while len(cur) > 1:
                    back = cur.pop()
                    i -= 1
                    if back[0] != "gap":
                        minw -= tok_minw(back)
                    if back[0] not in ("close", "gap"):
                        break
                break
            # a line may not end with an opening punctuation
            while len(cur) > 1 and cur[-1][0] == "open":
                cur.pop()
                i -= 1
            while cur and cur[-1][0] == "gap":
                cur.pop()
                i -= 1
        # punctuation is set squeezed (half width) in a justified line; a line left
        # more than about a unit and a quarter short is stretched, and the extraction
        # then prints a space after every glyph (seed 000: 总 部 、区 域 …)
        squeezed = sum(tok_minw(t) for t in cur)
        deficit = W - squeezed if i < n else 0.0
        lines.append((cur, deficit))
        W = width
        while i < n and tokens[i][0] == "gap":
            i += 1
    return lines


def render_line(toks, spread, rng, numstyle, spread_from=0):
    """Print one column line: figures set off by spaces (the page's habit), a
    justified (short) line spread with a space after every glyph."""
    out = ""
    prev = None
    for j, t in enumerate(toks):
        k, s = t[0], t[1]
        if k == "gap":
            out += " "
            prev = t
            continue
        sp = False
        if spread and j >= spread_from and prev is not None and prev[0] != "gap":
            a = prev[1][-1]
            b = s[0]
            sp = not (a in NO_AFTER or b in NO_BEFORE)
        elif prev is not None and prev[0] != "gap":
            if k == "num" and prev[0] in ("cjk", "dl", "dash") and t[2] in ("both", "before") \
                    and prev[1][-1] not in NO_AFTER:
                sp = True
            elif prev[0] == "num" and prev[2] == "both" and k in ("cjk", "open", "dl"):
                sp = True
            elif k == "dl" and prev[0] == "dl" and t[2]:
                sp = True
        out += (" " if sp else "") + s
        prev = t
    return out


# --------------------------------------------------------------------------- page composer

class Composer:
    def __init__(self, page: dict):
        self.page = page
        o = page["opts"]
        self.o = o
        self.rng = random.Random(int(o.get("seed", "1")))
        self.layout = o["layout"]
        self.out = Out()
        self.stats = Counter()
        self.gold_arts = OrderedDict()   # id -> gold article (in order of first drawing)
        self.extras = []
        self.dups = []
        self.numw = [float(x) for x in o.get("numsp", "6,2,2").split(",")]
        self.punct = o.get("punct", "full")

    # ---- text conversions
    def conv(self, s: str) -> str:
        if self.punct == "half":
            return s.translate(HALF)
        if self.punct == "parens":
            return s.translate(PARENS)
        return s

    def numstyle(self):
        return self.rng.choices(["both", "before", "none"], weights=self.numw)[0]

    # ---- gold
    def gold_of(self, st):
        sid = st["id"]
        if sid in self.gold_arts:
            return self.gold_arts[sid]
        f = st["fields"]
        g = OrderedDict()
        g["kind"] = st["kind"]
        for name in FIELDS:
            g[name] = self.conv(field_gold(name, f[name]))
        g["subheads"] = [self.conv(strip_marks(t)) for k, t in st["body"] if k == "sub"]
        g["paragraphs"] = [self.conv(nows(strip_marks(t))) for k, t in st["body"]]
        self.gold_arts[sid] = g
        return g

    # ---- headline blocks
    def hl_lines(self, st, spec=None):
        """Headline stack as a list of groups; a group is a list of lines printed
        directly below each other; groups are separated by blank lines."""
        f = st["fields"]
        spec = spec or st["opts"].get("hj")
        if spec is None:
            parts = [c for c in "kts" if f[{"k": "kicker", "t": "title", "s": "subtitle"}[c]]]
            spec = ",".join(parts)
        code = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
        groups = []
        for grp in spec.split(","):
            lines = []
            for seg in grp.split("+"):
                pieces = []
                for c in seg.split("_"):
                    if not c:
                        continue
                    v = f[code[c]]
                    if not v:
                        continue
                    pieces.append(v)
                if not pieces:
                    continue
                joined = " ".join(pieces)
                # '‖' inside a field: blank-line break -> new group
                sub = joined.split("‖")
                for si, s in enumerate(sub):
                    for ln in s.split("|"):
                        lines.append(self.conv(ln.strip()))
                    if si < len(sub) - 1:
                        groups.append(lines)
                        lines = []
            if lines:
                groups.append(lines)
        self.stats["headline stack of %d line(s)" % sum(len(g) for g in groups if g)] += 0
        return groups

    def emit_groups(self, groups, lead=""):
        for gi, g in enumerate(groups):
            for li, ln in enumerate(g):
                self.out.add((lead if gi == 0 and li == 0 else "") + ln)
                if li < len(g) - 1:
                    self.out.tight()

    def emit_headline(self, st, where):
        g = self.gold_of(st)
        groups = self.hl_lines(st)
        if not groups:
            return
        lead = " " if st["opts"].get("hlead") else ""
        hd = st["opts"].get("hdup")
        if hd == "inline":
            # the bold title drawn twice on one line
            for grp in groups:
                for li, ln in enumerate(grp):
                    if ln and g["title"] and nows(ln) == nows(g["title"]):
                        grp[li] = ln + ln
                        self.dups.append(nows(ln))
                        self.stats["headline drawn twice (one line)"] += 1
        if hd == "line":
            # the bold title drawn twice: the same line again directly below it
            t = self.conv(field_gold("title", st["fields"]["title"]))
            for grp in groups:
                if nows(t) in [nows(x) for x in grp]:
                    j = [nows(x) for x in grp].index(nows(t))
                    grp.insert(j + 1, grp[j])
                    break
            else:
                raise ValueError("hdup=line needs a one-line title: " + st["id"])
            self.dups.append(nows(t))
            self.stats["headline drawn twice (two lines)"] += 1
        self.emit_groups(groups, lead)
        nlines = sum(len(x) for x in groups)
        self.stats["headline stack of %d line(s)" % nlines] += 1
        self.stats["headline " + where] += 1
        f = st["fields"]
        if f["subtitle"].startswith("——") or f["subtitle"].startswith("--"):
            self.stats["dash-led subtitle (——…)"] += 1
        if f["kicker"].endswith("——"):
            self.stats["kicker ending in a dash"] += 1
        if re.search(r"出席$", f["subtitle"]):
            self.stats["short 某某出席 subtitle line"] += 1
        spec = st["opts"].get("hj", "")
        if "k_t" in spec:
            self.stats["kicker and title on one line"] += 1
        if "t_s" in spec:
            self.stats["title and subtitle on one line"] += 1
        if "|" in f["title"] and len(f["title"].split("|")[-1]) <= 2:
            self.stats["headline's last word alone on a line"] += 1

    def emit_byline(self, st, where="top"):
        b = st["fields"]["byline"]
        if not b:
            return
        groups = []
        for s in b.split("‖"):
            groups.append([self.conv(x.strip()) for x in s.split("|")])
        self.emit_groups(groups)
        if "‖" in b or "|" in b:
            self.stats["byline broken across lines"] += 1
        if not re.search(r"记者|评论员|通讯员|摄|文丨|供图|提供", b):
            self.stats["bare-name byline"] += 1

    def emit_column_label(self, st, where):
        c = st["fields"]["column"]
        if c:
            self.out.add(self.conv(c))
            self.stats["column label " + where] += 1

    # ---- boxes
    def emit_box(self, name):
        val = self.page["boxes"][name]
        groups = [g.split("+") for g in val.split(",")]
        for g in groups:
            for li, ln in enumerate(g):
                self.out.add(ln)
                if li < len(g) - 1:
                    self.out.tight()
        self.extras.append(nows("".join("".join(g) for g in groups)))
        if name.startswith("MAST"):
            self.stats["masthead"] += 1
        else:
            self.stats["box line(s)"] += 1

    # ---- credits printed apart from their photo
    def emit_credit(self, st):
        b = self.conv(st["fields"]["byline"])
        mode = st["opts"].get("cred", "own")
        if mode == "right":
            self.out.add(" " * int(st["opts"].get("indent", "30")) + b)
        else:
            self.out.add(b)

    # ===================================================================== column layout
    def column_body(self, st):
        o = st["opts"]
        g = self.gold_of(st)
        kind = st["kind"]
        W = float(o.get("w", self.o.get("w", "17")))
        if kind == "commentary" and "w" not in o:
            W = float(self.o.get("wc", "12"))
        spread_p = float(self.o.get("partial", "0.2"))
        spread_q = float(self.o.get("spreadq", "0.12"))
        gap_p = float(self.o.get("gapp", "0.012"))
        dupl = [int(x) for x in o.get("dupl", "").split(",") if x]
        lineno = 0
        first = True
        mark = None
        if st["fields"]["continued"] and kind == "continuation":
            mark = self.o.get("mk", "▲ ▲（{}）").format(self.conv(st["fields"]["continued"]))
            if o.get("cont", "top") == "top":
                self.out.add(mark)
                mark = None
            self.stats["continuation marker (上接/紧接)"] += 1
        for bi, (k, text) in enumerate(st["body"]):
            text = self.conv(strip_marks(text))
            if k == "sub":
                self.out.add(text)
                continue
            toks = []
            for t in tokenize(text):
                if t[0] == "num":
                    t.append(self.numstyle())
                else:
                    t.append(None)
                toks.append(t)
            fw = W - 2
            if first and mark:
                toks = [["mark", mark, None]] + toks
                fw = W
            if first and st["fields"]["dateline"]:
                dl = self.conv(st["fields"]["dateline"])
                dtoks = []
                for m in re.finditer(r"(\s*)(\d+|[^\d\s]+)", dl):
                    sp = bool(m.group(1))
                    ch = m.group(2)
                    if ch.isdigit():
                        dtoks.append(["dl", ch, "num"])
                    else:
                        dtoks.append(["dl", ch, sp])
                toks = dtoks + toks
                fw = float(o.get("w1", W))
                if "w1" in o:
                    self.stats["line break inside a dateline's date"] += 1
                self.stats["dateline broken across lines"] += 0
            elif first and kind in ("news",) and not st["fields"]["dateline"]:
                fw = W - 2
            lines = wrap(toks, W, fw)
            dlstyle = self.numstyle()
            for li, (lt, short) in enumerate(lines):
                # dateline chunk spacing: the figures of the date follow the page habit
                rt = []
                for t in lt:
                    if t[0] == "dl" and t[2] == "num":
                        rt.append(["num", t[1], dlstyle])
                    elif t[0] == "dl":
                        rt.append(["dl", t[1], t[2]])
                    else:
                        rt.append(t)
                # a line a unit and a quarter short is always stretched; one half a
                # unit or more short now and then (the seeds spread ~5% of lines)
                spread = short >= SPREAD_DEFICIT or (short >= 0.5 and self.rng.random() < spread_q)
                sf = 0
                if spread and self.rng.random() < spread_p:
                    sf = self.rng.randrange(1, max(2, len(rt) - 2))
                    self.stats["justified line spread with spaces (partly)"] += 1
                elif spread:
                    self.stats["justified line spread with spaces"] += 1
                s = render_line(rt, spread, self.rng, None, sf)
                if not spread and self.rng.random() < gap_p:
                    # a glyph gap before a comma or after an opening quote
                    m = list(re.finditer(r"(?<=[\u4e00-\u9fff])(?=[、，])|(?<=“)(?=[\u4e00-\u9fff])", s))
                    if m:
                        p = m[self.rng.randrange(len(m))].start()
                        s = s[:p] + " " + s[p:]
                        self.stats["glyph-gap space inside a line"] += 1
                if first and li == 0 and st["fields"]["dateline"] and len(lines) > 1:
                    # does the dateline run over the first line?
                    dl_on_first = "".join(t[1] for t in lt if t[0] == "dl")
                    if nows(dl_on_first) != nows(self.conv(st["fields"]["dateline"])):
                        self.stats["dateline broken across lines"] += 1
                if self.o.get("leadfirst") and not self.out.items:
                    s = " " + s
                self.out.add(s)
                lineno += 1
                if lineno in dupl:
                    self.out.add(s)
                    self.dups.append(nows(s))
                    self.stats["duplicated line"] += 1
            first = False
        if g["dateline"].startswith("新华社"):
            self.stats["新华社 dateline with 电"] += 1

    def column_photo(self, st):
        o = st["opts"]
        g = self.gold_of(st)
        W = float(o.get("w", "44"))
        if st["fields"]["title"]:
            self.emit_headline(st, "of photo item")
        cap = self.conv(strip_marks(st["body"][0][1]))
        toks = [t + [self.numstyle()] if t[0] == "num" else t + [None] for t in tokenize(cap)]
        lines = wrap(toks, W, W)
        mode = o.get("cred", "inline")
        for li, (lt, short) in enumerate(lines):
            s = render_line(lt, o.get("capspread") == "1", self.rng, None)
            if li == len(lines) - 1 and mode == "inline":
                s += " " + self.conv(st["fields"]["byline"])
            self.out.add(s)
        if o.get("capspread") == "1":
            self.stats["caption spread with glyph gaps"] += 1
        if st["fields"]["byline"]:
            if mode in ("own", "right"):
                self.emit_credit(st)
            self.stats["photo credit " + {"inline": "on the caption line", "own": "on its own line",
                                          "right": "right-aligned on its own line",
                                          "sep": "printed apart (page top / elsewhere)"}[mode]] += 1
            if "以上图片" in st["fields"]["byline"] or "均由" in st["fields"]["byline"]:
                self.stats["group photo credit"] += 1

    def column_story(self, st, bunched):
        o = st["opts"]
        kind = st["kind"]
        self.gold_of(st)
        if kind == "photo":
            self.column_photo(st)
            return
        hl = o.get("hl", "after")
        hj = o.get("hj", "")
        if st["fields"]["column"] and "c" not in hj and o.get("cpos", "top") == "top":
            self.emit_column_label(st, "before the story")
        if not bunched and hl == "before":
            self.emit_headline(st, "printed before its body (column page)")
        if st["fields"]["byline"] and "b" not in hj:
            self.emit_byline(st)
        self.column_body(st)
        if st["fields"]["continued"] and kind != "continuation":
            self.out.add(self.o.get("jump", "（{}）").format(self.conv(st["fields"]["continued"])))
            self.stats["jump marker (下转)"] += 1
        if st["fields"]["column"] and "c" not in hj and o.get("cpos") == "after":
            self.emit_column_label(st, "after the story")
        if not bunched and hl == "after":
            self.emit_headline(st, "printed after its body (column page)")

    def run_column(self):
        stories = self.page["stories"]
        order = self.page["order"] or list(stories)
        bunched = set()
        for tok in order:
            if tok.startswith("H:"):
                bunched.update(tok[2:].split(","))
        for tok in order:
            if tok.startswith("H:"):
                ids = tok[2:].split(",")
                for sid in ids:
                    self.gold_of(stories[sid])
                    self.emit_headline(stories[sid], "bunched with other headlines (column page)")
                    if "c" in stories[sid]["opts"].get("hj", ""):
                        self.stats["column label with the headline"] += 1
                self.stats["bunch of headlines away from bodies"] += 1
            elif tok.startswith("X:"):
                self.emit_box(tok[2:])
            elif tok.startswith("CRED:"):
                self.emit_credit(stories[tok[5:]])
            else:
                self.column_story(stories[tok], tok in bunched)
        text = self.out.text(head=self.o.get("head", "").replace("\\n", "\n"),
                             tail=self.o.get("tail", "\n\n\n").replace("\\n", "\n"))
        return text

    # ===================================================================== paragraph layout
    def para_stream(self, st):
        """The printed lines of one story, cut into pieces at '⟂' marks."""
        o = st["opts"]
        f = st["fields"]
        kind = st["kind"]
        self.gold_of(st)
        pieces = [[]]
        hl = o.get("hl", "before")
        hj = o.get("hj", "")
        pre = []   # ('hl',) ('byline',) ('col',)
        if f["column"] and "c" not in hj and o.get("cpos", "top") == "top":
            pre.append(("col",))
        if hl == "before" and kind != "photo":
            pre.append(("hl",))
        if f["byline"] and "b" not in hj and kind != "photo":
            pre.append(("byline",))
        if o.get("bfirst") and ("byline",) in pre:
            pre.remove(("byline",))
            pre.insert(0, ("byline",))
        for p in pre:
            pieces[-1].append(p)
        body = st["body"]
        hlp = int(hl[1:]) if hl.startswith("p") else None
        dupl = [int(x) for x in o.get("dupl", "").split(",") if x]
        nline = 0
        if kind == "continuation" and f["continued"]:
            pieces[-1].append(("mark",))
        for bi, (k, text) in enumerate(body):
            if hlp is not None and bi == hlp:
                pieces[-1].append(("hl",))
            text = self.conv(text)
            if k == "sub":
                pieces[-1].append(("line", strip_marks(text), False))
                continue
            if bi == 0 and f["dateline"]:
                text = self.conv(f["dateline"]) + text
            if kind == "photo":
                if bi == 0:
                    pieces[-1].append(("photo", [strip_marks(t) for k2, t in body]))
                continue
            # split at cuts and plain breaks
            segs = re.split(r"(⟂(?:\{\w\})?|¦(?:\{\w\})?)", text)
            cur = segs[0]
            for j in range(1, len(segs), 2):
                m = segs[j]
                pieces[-1].append(("line", cur, False))
                nline += 1
                t = re.search(r"\{(\w)\}", m)
                t = t.group(1) if t else "s"
                if m.startswith("⟂"):
                    pieces.append([])
                    self.stats["story cut mid-paragraph, " + CUT_KINDS[t]] += 1
                else:
                    self.stats["paragraph broken across lines, " + CUT_KINDS[t]] += 1
                cur = segs[j + 1]
            pieces[-1].append(("line", cur, False))
            nline += 1
            if nline in dupl:
                pieces[-1].append(("line", cur, True))
        if hl == "after":
            pieces[-1].append(("hl",))
        if f["column"] and "c" not in hj and o.get("cpos") == "after":
            pieces[-1].append(("colafter",))
        if f["continued"] and kind != "continuation":
            pieces[-1].append(("jump",))
        return pieces

    def emit_para_item(self, st, it):
        f = st["fields"]
        o = st["opts"]
        kind = it[0]
        if kind == "hl":
            self.emit_headline(st, "above its body (paragraph page)" if o.get("hl", "before") == "before" else
                               ("below its body (paragraph page)" if o.get("hl") == "after" else
                                "amid its body paragraphs (paragraph page)"))
        elif kind == "byline":
            self.emit_byline(st)
        elif kind == "col":
            self.emit_column_label(st, "before the story")
        elif kind == "colafter":
            self.emit_column_label(st, "after the story")
        elif kind == "mark":
            mk = self.o.get("mk", "▲(上接{})").format(self.conv(f["continued"]))
            self.stats["continuation marker (上接/紧接)"] += 1
            if o.get("cont", "top") == "top":
                self.out.add(mk)
            else:
                self.pending_prefix = mk
        elif kind == "jump":
            self.out.add(self.o.get("jump", "▷({})").format(self.conv(f["continued"])))
            self.stats["jump marker (下转)"] += 1
        elif kind == "photo":
            for _ in range(int(o.get("pre", "0"))):
                self.out.add("")
            if f["title"]:
                self.emit_headline(st, "of photo item")
            mode = o.get("cred", "inline")
            caps = [self.conv(c) for c in it[1]]
            for ci, cap in enumerate(caps):
                if o.get("capspread") == "1":
                    cap = render_line([t + [None] for t in tokenize(cap)], True, self.rng, None)
                    self.stats["caption spread with glyph gaps"] += 1
                if f["byline"] and mode == "inline" and ci == len(caps) - 1:
                    cap = cap + " " + self.conv(f["byline"])
                self.out.add(cap)
            if f["byline"]:
                if mode in ("own", "right"):
                    self.emit_credit(st)
                self.stats["photo credit " + {"inline": "on the caption line", "own": "on its own line",
                                              "right": "right-aligned on its own line",
                                              "sep": "printed apart (page top / elsewhere)"}[mode]] += 1
                if "以上图片" in f["byline"] or "均由" in f["byline"]:
                    self.stats["group photo credit"] += 1
        elif kind == "line":
            text = it[1]
            if getattr(self, "pending_prefix", None):
                text = self.pending_prefix + text
                self.pending_prefix = None
            self.out.add(text)
            if it[2]:
                self.dups.append(nows(text))
                self.stats["paragraph printed twice"] += 1

    def run_paragraph(self):
        stories = self.page["stories"]
        streams = {sid: self.para_stream(st) for sid, st in stories.items()}
        used = {sid: 0 for sid in stories}
        order = self.page["order"] or list(stories)
        for tok in order:
            if tok.startswith("X:"):
                self.emit_box(tok[2:])
                continue
            if tok.startswith("CRED:"):
                self.emit_credit(stories[tok[5:]])
                continue
            if ":" in tok:
                sid, n = tok.split(":")
                n = int(n)
                assert used[sid] == n - 1, (self.page["file"], tok)
                take = [n - 1]
                used[sid] = n
            else:
                sid = tok
                take = list(range(used[sid], len(streams[sid])))
                used[sid] = len(streams[sid])
            st = stories[sid]
            if st["kind"] == "photo" and st["opts"].get("pre") is None and self.out.items:
                pass
            for pi in take:
                for it in streams[sid][pi]:
                    self.emit_para_item(st, it)
        for sid in stories:
            assert used[sid] == len(streams[sid]), (self.page["file"], sid, used[sid], len(streams[sid]))
        text = self.out.text(head=self.o.get("head", "\n\n").replace("\\n", "\n"),
                             tail=self.o.get("tail", "").replace("\\n", "\n"))
        return text

    # ===================================================================== run
    def run(self):
        if self.layout == "column":
            text = self.run_column()
        else:
            text = self.run_paragraph()
        # which stories are drawn where: order gold articles as first drawn on the page
        return text


def compose_page(page):
    c = Composer(page)
    text = c.run()
    # gold article order: order of the first line of each article in the text
    o = page["opts"]
    arts = []
    for sid, g in c.gold_arts.items():
        st = page["stories"][sid]
        first = g["paragraphs"][0] if g["paragraphs"] else g["title"]
        arts.append((sid, g))
    if c.punct != "full":
        c.stats["half-width punctuation page (%s)" % c.punct] += 1
    for sid, g in c.gold_arts.items():
        if g["dateline"].startswith("新华社") and c.layout == "paragraph":
            c.stats["新华社 dateline with 电"] += 1
        if g["byline"].startswith("文丨"):
            c.stats["文丨X byline (副刊)"] += 1
        if re.match(r"湖南日报\D+\d", g["dateline"]) and "电" in g["dateline"]:
            c.stats["湖南日报 dateline from another city with 电"] += 1
        if g["kind"] == "commentary" and g["byline"] and not re.search(r"评论员", g["byline"]):
            c.stats["commentary signed with a bare name"] += 1
        if g["kind"] == "continuation" and c.layout == "column":
            pass
    return c, text


def page_order_key(text, g):
    """Position of an article on the page: where its first paragraph starts."""
    sq = nows(text)
    p = g["paragraphs"][0] if g["paragraphs"] else ""
    probe = nows(p)[:12]
    i = sq.find(probe) if probe else -1
    return i if i >= 0 else 10 ** 9


def main():
    srcs = sorted(f for f in os.listdir(SRC) if f.endswith(".txt"))
    for d in (PAGES, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    rows = []
    total = Counter()
    kinds = Counter()
    for n, fn in enumerate(srcs):
        page = parse_src(os.path.join(SRC, fn))
        c, text = compose_page(page)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = "%03d_%s" % (n, h)
        with open(os.path.join(PAGES, name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(text)
        o = page["opts"]
        arts = list(c.gold_arts.values())
        arts.sort(key=lambda g: page_order_key(text, g))
        gold = OrderedDict()
        gold["source"] = name + ".txt"
        gold["issue_date"] = o["date"]
        gold["issue_number"] = o.get("issue")
        gold["page_count"] = int(o["pages"]) if o.get("pages") else None
        gold["articles"] = arts
        gold["extras"] = c.extras
        gold["duplicates"] = c.dups
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        chars = len(nows(text))
        for g in arts:
            kinds[g["kind"]] += 1
        total.update(c.stats)
        rows.append((name, o, len(arts), chars, Counter(g["kind"] for g in arts), fn))
    write_readme(rows, total, kinds)
    for name, o, na, ch, kc, fn in rows:
        print("%s  %s  p%-2s %-9s %2d articles %5d chars  (%s)" % (name, o["date"], o.get("pageno"),
                                                                 o["layout"], na, ch, fn))


def write_readme(rows, total, kinds):
    L = []
    L.append("# dev_zp: a blind test set of Hunan Daily (湖南日报) pages, 2023–2026\n")
    L.append(open(os.path.join(HERE, "README.head.md"), encoding="utf-8").read().rstrip() + "\n")
    L.append("## Pages\n")
    L.append("| file | issue date | page | layout | punctuation | articles | kinds | characters |")
    L.append("|---|---|---|---|---|---|---|---|")
    for name, o, na, ch, kc, fn in rows:
        ks = ", ".join("%s %d" % (k, v) for k, v in sorted(kc.items()))
        L.append("| %s | %s | %s%s | %s | %s | %d | %s | %d |" % (
            name, o["date"], o.get("pageno", "?"), " (front, masthead)" if o.get("front") else "",
            o["layout"], o.get("punct", "full"), na, ks, ch))
    tot_ch = sum(r[3] for r in rows)
    L.append("")
    L.append("Total: %d pages, %d articles (%s), %d characters (whitespace excluded; %d–%d a page, mean %d).\n" % (
        len(rows), sum(r[2] for r in rows), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        tot_ch, min(r[3] for r in rows), max(r[3] for r in rows), tot_ch // len(rows)))
    L.append("## Phenomena laid out (counted by compose.py while composing)\n")
    L.append("| phenomenon | count |")
    L.append("|---|---|")
    for k, v in sorted(total.items()):
        if v:
            L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append(open(os.path.join(HERE, "README.tail.md"), encoding="utf-8").read().rstrip() + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
