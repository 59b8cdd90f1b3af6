#!/usr/bin/env python3
"""Lay out the hand-written page sources of this test set.

    python3 compose.py        # writes pages/, gold/ and README.md beside this file

Every src/pNN.txt holds one page of the Hunan Daily, written by hand:

    @page            issue date, page number, layout, punctuation width, subjects …
    @<id> <kind>     one section per article: header fields, a line '---',
                     then one paragraph a line ('## ' starts a crosshead);
                     {v} {u} {w} {q} {n} {c} mark the cut points of a paragraph
    @layout          the drawing order of the page, one statement a line

compose.py prints the page the way the seeds' extraction prints it (column or
paragraph layout), and writes the gold annotation from the same source, so the
two cannot disagree.  Small choices (spaces around number runs, which lines a
justified column spreads, …) are drawn from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.  Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》〉】」』,;:)?!")
OPEN = set("“‘（《〈【「『(")
BRACKET = set("《》（）()〈〉【】")
WIDE_AMBIG = set("“”‘’…—·")
CUT = re.compile(r"\{([vuwqnc])\}")
CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "c": "at a column break (no special place)"}
HAN = re.compile(r"[\u3400-\u9fff]")
RUN = re.compile(r"[0-9A-Za-z](?:[0-9A-Za-z.%+\-]*[0-9A-Za-z%])?")

TO_MIXED = str.maketrans({"（": "(", "）": ")"})
TO_HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"})


# --------------------------------------------------------------------------- source

def parse(path: Path) -> dict:
    """Read one page source into {'page': {...}, 'arts': {...}, 'order': [...], 'layout': [...]}."""
    page, arts, order, layout = {}, {}, [], []
    section, cur, in_body = None, None, False
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line == "@page":
            section = "page"
            continue
        if line == "@layout":
            section = "layout"
            continue
        m = re.fullmatch(r"@(\w+)\s+(news|commentary|feature|photo|continuation|other)", line)
        if m:
            section, in_body = "art", False
            cur = {"id": m[1], "kind": m[2], "paras": [], **{f: "" for f in FIELDS}}
            if m[1] in arts:
                sys.exit(f"{path.name}:{n}: article {m[1]} defined twice")
            arts[m[1]] = cur
            order.append(m[1])
            continue
        if section == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif section == "art":
            if line == "---":
                in_body = True
            elif in_body:
                cur["paras"].append(line)
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif section == "layout":
            layout.append((n, line))
        else:
            sys.exit(f"{path.name}:{n}: text outside a section: {line}")
    return {"page": page, "arts": arts, "order": order, "layout": layout}


def clean(s: str) -> str:
    """A header field as the gold records it: print breaks ('/') removed."""
    return s.replace("/", "")


# --------------------------------------------------------------------------- widths

def ch_width(ch: str) -> float:
    if ch in WIDE_AMBIG:
        return 1.0
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def em(s: str) -> float:
    return sum(ch_width(c) for c in s if not c.isspace())


class Unit:
    """One unbreakable piece of a printed line."""
    __slots__ = ("text", "w", "cls")

    def __init__(self, text, cls, w=None):
        self.text, self.cls = text, cls
        self.w = em(text) if w is None else w


def units_of(text: str) -> list[Unit]:
    out, i = [], 0
    while i < len(text):
        m = RUN.match(text, i)
        if m:
            out.append(Unit(m[0], "run"))
            i = m.end()
            continue
        c = text[i]
        if text[i:i + 2] in ("……", "——"):
            out.append(Unit(text[i:i + 2], "dash"))
            i += 2
            continue
        if c in BRACKET:
            cls = "bropen" if c in OPEN else "brclose"
        elif c in OPEN:
            cls = "open"
        elif c in CLOSE:
            cls = "close"
        elif HAN.match(c):
            cls = "han"
        else:
            cls = "other"
        out.append(Unit(c, cls))
        i += 1
    return out


# --------------------------------------------------------------------------- page

class Page:
    def __init__(self, src: Path):
        self.src = src
        self.d = parse(src)
        self.p = self.d["page"]
        self.rng = random.Random(src.name)
        self.layout_kind = self.p["layout"]
        self.punct = self.p.get("punct", "full")
        self.stats = Counter()
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.first_ref: dict[str, int] = {}
        self.printed_segs: dict[str, list[int]] = {}
        self.dateline_done: set[str] = set()
        self.last_seg: tuple | None = None    # (art id, seg index) of the last printed body line
        self.prepare()

    # ---- text preparation
    def conv(self, s: str) -> str:
        if self.punct == "half":
            return s.translate(TO_HALF)
        if self.punct == "mixed":
            return s.translate(TO_MIXED)
        return s

    def prepare(self):
        for a in self.d["arts"].values():
            for f in FIELDS:
                a[f] = self.conv(a[f])
            segs, paras = [], []
            for pi, raw in enumerate(a["paras"]):
                sub = raw.startswith("## ")
                text = self.conv(raw[3:] if sub else raw)
                bits = CUT.split(text)
                pieces, kinds = bits[0::2], bits[1::2]
                paras.append({"text": "".join(pieces), "sub": sub,
                              "first": len(segs), "last": len(segs) + len(pieces) - 1})
                for k, piece in enumerate(pieces):
                    segs.append({"para": pi, "text": piece,
                                 "cut": kinds[k] if k < len(kinds) else ""})
            a["P"], a["S"] = paras, segs
            a["w"] = float(a.get("w") or 17)

    def art(self, aid: str) -> dict:
        try:
            return self.d["arts"][aid]
        except KeyError:
            sys.exit(f"{self.src.name}: layout names unknown article {aid}")

    def ref(self, aid):
        self.first_ref.setdefault(aid, len(self.first_ref))

    # ---- output helpers
    def add_line(self, line, join=False):
        """join=True puts the line right under the previous one (no blank line)."""
        if join and self.blocks:
            self.blocks[-1].append(line)
        else:
            self.blocks.append([line])

    # ---- spacing of a printed line (column layout)
    def render_line(self, units: list[Unit], spread: bool, a: dict) -> str:
        rng, out = self.rng, []
        mode = a.get("nums") or "mixed"
        for i, u in enumerate(units):
            prev = units[i - 1] if i else None
            t = u.text
            if u.cls == "run" and t.endswith("%") and len(t) > 1 and rng.random() < 0.35:
                t = t[:-1] + " %"
                self.stats["space before %"] += 1
            if u.cls == "sp":
                out.append(" ")
                continue
            if prev is not None and prev.cls != "sp" and out:
                if spread:
                    glue = not (prev.cls in ("close", "brclose", "bropen") or u.cls in ("open", "bropen", "brclose")
                                or prev.cls == "pre")
                    if glue:
                        out.append(" ")
                else:
                    if u.cls == "run" and (prev.cls == "han" or (prev.cls == "dl" and HAN.match(prev.text[-1]))):
                        if rng.random() < 0.93:
                            out.append(" ")
                            self.stats["space around a number run"] += 1
                    elif prev.cls == "run" and u.cls == "han" and not prev.text.endswith("%"):
                        p = {"both": 0.9, "before": 0.05}.get(mode, 0.5)
                        if rng.random() < p:
                            out.append(" ")
                            self.stats["space around a number run"] += 1
                    elif prev.cls == "open" and prev.text in "“‘" and u.cls == "han" and rng.random() < 0.05:
                        out.append(" ")
                        self.stats["space after an opening quote"] += 1
                    elif u.cls == "close" and u.text in "、，," and prev.cls == "han" and rng.random() < 0.012:
                        out.append(" ")
                        self.stats["glyph-gap space before punctuation"] += 1
            out.append(t)
        return "".join(out)

    def wrap(self, units: list[Unit], first: float, width: float):
        """Greedy fill with the line-start / line-end rules of Chinese setting.
        Returns [(units, capacity, forced_break)]."""
        lines, cur, w, cap = [], [], 0.0, first

        def npunct(us):
            return sum(1 for x in us if x.cls in ("close", "brclose", "bropen", "open"))

        i = 0
        while i < len(units):
            u = units[i]
            if u.cls == "br":
                lines.append((cur, cap, True))
                cur, w, cap = [], 0.0, width
                i += 1
                continue
            if u.cls == "sp" and not cur:
                i += 1
                continue
            slack = 0.5 * min(npunct(cur + [u]), 2)
            if not cur or w + u.w <= cap + slack + 1e-9:
                cur.append(u)
                w += u.w
                i += 1
                continue
            closing = ("close", "brclose")
            if u.cls in closing and cur[-1].cls not in closing and w + u.w <= cap + slack + 1.0:
                cur.append(u)                       # a closing mark hangs in the margin
                w += u.w
                i += 1
                continue
            carry = []
            if u.cls in closing:                    # … or pulls the last character down
                while len(cur) > 1 and cur[-1].cls in closing:
                    carry.insert(0, cur.pop())
                if len(cur) > 1:
                    carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1].cls in ("open", "bropen"):
                carry.insert(0, cur.pop())          # an opening mark may not end one
            while cur and cur[-1].cls == "sp":
                cur.pop()
            lines.append((cur, cap, False))
            cur = [x for x in carry if x.cls != "sp"]
            w = sum(x.w for x in cur)
            cap = width
        lines.append((cur, cap, True))
        return [ln for ln in lines if ln[0]]

    def flow(self, a: dict, units: list[Unit], first: float, width: float, ends_para: bool):
        lines = self.wrap(units, first, width)
        for k, (us, cap, forced) in enumerate(lines):
            last = k == len(lines) - 1
            final = (last and ends_para) or (forced and not last)
            w = sum(u.w for u in us)
            punct = sum(1 for u in us if u.cls in ("close", "open"))
            spread = False
            if not final and cap - w >= 0.99:
                spread = True
            elif not final and punct >= 2 and self.rng.random() < 0.12:
                spread = True
            if spread and sum(1 for u in us if u.cls == "han") < 6:
                spread = False
            if spread:
                self.stats["justified line spread with spaces"] += 1
            self.add_line(self.render_line(us, spread, a))

    # ---- dateline (column layout): unbreakable pieces, breaks at spaces or '/'
    def dateline_units(self, a: dict) -> list[Unit]:
        dl = a["dateline"]
        style = a.get("dlnums") or self.rng.choice(["none", "before", "before", "first"])
        out = []
        chunks = dl.split("/")
        for ci, chunk in enumerate(chunks):
            for pi, piece in enumerate(chunk.split(" ")):
                if not piece:
                    continue
                if pi:
                    out.append(Unit(" ", "sp", 0.5))
                txt = piece
                if style != "none":
                    n = [0]

                    def sp(m):
                        n[0] += 1
                        if style == "first" and n[0] == 1:
                            return m[0]
                        return " " + m[0]
                    txt = re.sub(r"(?<=[\u4e00-\u9fff])[0-9]+", sp, txt)
                    self.stats["space around a number run"] += txt.count(" ")
                out.append(Unit(txt, "dl", em(piece)))
            if ci < len(chunks) - 1:
                out.append(Unit("", "br", 0))
                self.stats["line break inside a dateline's date"] += 1
        return out

    def note_dateline_breaks(self, a: dict, first: float):
        """Count where the printed dateline broke (for the README table)."""
        if "/" in a["dateline"]:
            return
        pieces = a["dateline"].split(" ")
        w, k = 0.0, 0
        for k, p in enumerate(pieces):
            add = em(p) + (0.5 if k else 0)
            if w + add > first and k:
                prev, nxt = pieces[k - 1], p
                if nxt.startswith("通讯员"):
                    self.stats["line break before 通讯员 in a dateline"] += 1
                elif prev.endswith("记者"):
                    self.stats["line break after 记者 in a dateline"] += 1
                else:
                    self.stats["line break between a dateline's names"] += 1
                return
            w += add

    # ---- statements
    def seg_range(self, a, spec):
        n = len(a["S"])
        if not spec:
            return list(range(n))
        lo, _, hi = spec.partition("-")
        lo = int(lo)
        hi = (n - 1) if (_ and not hi) else int(hi or lo)
        if not (0 <= lo <= hi < n):
            sys.exit(f"{self.src.name}: bad segment range {spec} for {a['id']} ({n} segments)")
        return list(range(lo, hi + 1))

    def do_body(self, a, idxs, opts):
        self.ref(a["id"])
        done = self.printed_segs.setdefault(a["id"], [])
        for s in idxs:
            if s in done:
                sys.exit(f"{self.src.name}: segment {s} of {a['id']} printed twice")
        # cuts resumed after something else was printed
        if done and idxs and idxs[0] == done[-1] + 1 and self.last_seg != (a["id"], done[-1]):
            if a["S"][done[-1]]["cut"]:
                self.stats["story resumed after a piece of another story"] += 1
        done.extend(idxs)
        pre = opts.get("pre", "")
        if self.layout_kind == "paragraph":
            self.body_paragraph(a, idxs, pre, opts)
        else:
            self.body_column(a, idxs, pre, opts)
        self.last_seg = (a["id"], idxs[-1])

    def body_paragraph(self, a, idxs, pre, opts):
        for j, s in enumerate(idxs):
            seg = a["S"][s]
            text = seg["text"]
            if s == 0 and a["dateline"] and a["id"] not in self.dateline_done:
                self.dateline_done.add(a["id"])
                dl = a["dateline"]
                if "/" in dl:
                    self.stats["line break inside a dateline's date"] += 1
                    head, _, tail = dl.partition("/")
                    self.add_line(head)
                    text = tail.replace("/", "") + text
                    self.add_line(self.para_spaces(text), join=True)
                    continue
                text = dl + text
            if j == 0 and pre:
                text = pre + text
                self.stats["jump marker"] += 1
            if j and a["S"][idxs[j - 1]]["para"] == seg["para"]:
                self.stats["paragraph split by a column break, nothing between"] += 1
            if seg["cut"]:
                self.stats["paragraph cut " + CUT_NAMES[seg["cut"]]] += 1
            self.add_line(self.para_spaces(text))

    def para_spaces(self, text):
        """Paragraph layout: the rare glyph-gap space after an opening quote."""
        def f(m):
            if self.rng.random() < 0.04:
                self.stats["space after an opening quote"] += 1
                return m[0] + " "
            return m[0]
        return re.sub(r"“(?=[\u4e00-\u9fff])", f, text)

    def body_column(self, a, idxs, pre, opts):
        W = float(opts.get("w", a["w"]))
        groups = []
        for s in idxs:
            if groups and a["S"][s]["para"] == a["S"][groups[-1][-1]]["para"] and s == groups[-1][-1] + 1:
                groups[-1].append(s)
            else:
                groups.append([s])
        for gi, g in enumerate(groups):
            para = a["P"][a["S"][g[0]]["para"]]
            starts = g[0] == para["first"]
            ends = g[-1] == para["last"]
            text = "".join(a["S"][s]["text"] for s in g)
            if para["sub"] or a.get("verse"):
                line = text
                if gi == 0 and pre:
                    line = pre + line
                    self.stats["jump marker"] += 1
                self.add_line(line)
                continue
            units = []
            first = W - 2 if starts else W
            if gi == 0 and pre:
                units.append(Unit(pre, "pre"))
                self.stats["jump marker"] += 1
            if g[0] == 0 and a["dateline"] and a["id"] not in self.dateline_done:
                self.dateline_done.add(a["id"])
                self.note_dateline_breaks(a, first)
                units += self.dateline_units(a)
                if a.get("dlalone"):
                    units.append(Unit("", "br", 0))
                    self.stats["dateline alone on its line"] += 1
            units += units_of(text)
            self.flow(a, units, first, W, ends)

    def do_head(self, a, opts):
        """Print a headline stack: kicker / title / subtitle.  '/' inside a part is a
        printed line break, '//' a break with a blank line; sep= says how the parts
        are separated (blank line, line break, mixed, or one line joined by spaces);
        'double' draws the title twice on its line, 'twice' prints it on two lines."""
        self.ref(a["id"])
        which = opts.get("parts", "kts")
        parts = [(f, a[f]) for key, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle"))
                 if key in which and a[f]]
        sep = opts.get("sep", "blank")
        if sep == "space":
            line = " ".join(p.replace("/", "") for _, p in parts)
            self.add_line(line)
            self.stats["headline parts joined on one line"] += 1
            if "double" in opts or "twice" in opts:
                self.add_line(line)
                self.dups.append(line)
                self.stats["headline drawn twice"] += 1
            return
        first = True
        for f, p in parts:
            if "/" in p.replace("//", ""):
                self.stats["headline broken, its last word alone"] += 1
            for bi, blk in enumerate(p.split("//")):
                for li, ln in enumerate(blk.split("/")):
                    if first or (bi and not li):
                        join = False
                    elif li:
                        join = True
                    else:
                        join = sep == "line" or (sep == "mixed" and self.rng.random() < 0.5)
                    self.add_line(ln, join=join)
                    first = False
            if f == "title" and ("double" in opts or "twice" in opts):
                whole = p.replace("/", "")
                if "double" in opts:
                    self.blocks[-1][-1] += whole
                else:
                    self.add_line(whole)
                self.dups.append(whole)
                self.stats["headline drawn twice"] += 1

    def do_byline(self, a, opts):
        self.ref(a["id"])
        b = a["byline"]
        if "/" in b:
            self.stats["byline broken between names or before 通讯员"] += 1
        for bi, blk in enumerate(b.split("//")):
            for li, ln in enumerate(blk.split("/")):
                self.add_line(ln, join=li > 0)

    def do_photo(self, a, opts):
        self.ref(a["id"])
        credit = opts.get("credit", "inline")
        pw = float(opts.get("w", 42))
        if a["title"]:
            self.do_head(a, {"parts": "kts"})
        caps = [p["text"] for p in a["P"]]
        for k, c in enumerate(caps):
            last = k == len(caps) - 1
            tail = (" " + a["byline"]) if (last and credit == "inline" and a["byline"]) else ""
            if self.layout_kind == "paragraph":
                self.add_line(c + tail)
            else:
                us = units_of(c)
                if tail:
                    us.append(Unit(tail, "pre"))
                for (line_us, cap, forced) in self.wrap(us, pw, pw):
                    self.add_line(self.render_line(line_us, False, a))
        if a["byline"] and credit != "inline" and credit != "none":
            self.do_credit(a, {"how": credit})

    def do_credit(self, a, opts):
        self.ref(a["id"])
        how = opts.get("how", "right")
        if how == "right":
            pad = " " * self.rng.randint(18, 40)
            self.add_line(pad + a["byline"])
            self.stats["credit right-aligned on its own line"] += 1
        else:
            self.add_line(a["byline"])
            self.stats["credit on its own line"] += 1

    def run(self):
        for n, st in self.d["layout"]:
            words = st.split(" ")
            cmd, rest = words[0], st[len(words[0]):].strip()
            try:
                self.statement(cmd, rest)
            except (ValueError, IndexError) as e:
                sys.exit(f"{self.src.name}:{n}: {st}: {e}")
        for aid, a in self.d["arts"].items():
            if aid not in self.first_ref:
                sys.exit(f"{self.src.name}: article {aid} never printed")
            done = sorted(self.printed_segs.get(aid, []))
            if a["kind"] != "photo" and done != list(range(len(a["S"]))):
                sys.exit(f"{self.src.name}: article {aid} printed segments {done} of {len(a['S'])}")

    _prev = None

    def statement(self, cmd, rest):
        self._statement(cmd, rest)
        self._prev = (cmd, rest.split(" ")[0])

    def _statement(self, cmd, rest):
        def kv(words):
            o = {}
            for w in words:
                k, eq, v = w.partition("=")
                o[k] = v if eq else True
            return o
        if cmd == "mast":
            pieces = rest.split("|")
            for i, p in enumerate(pieces):
                self.add_line(p, join=i > 0)
                self.stats["masthead piece"] += 1
                if " " in p:
                    self.stats["masthead pieces merged on one line"] += 1
            text = "".join(p.replace(" ", "") for p in pieces)
            if self.extras and getattr(self, "_mast_open", False):
                self.extras[-1] += text
            else:
                self.extras.append(text)
            self._mast_open = True
            return
        self._mast_open = False
        if cmd == "box":
            txt = self.conv(rest)
            pieces = txt.split("|")
            for i, p in enumerate(pieces):
                self.add_line(p, join=i > 0)
            self.extras.append("".join(pieces))
            self.stats["box line (countdown, code prompt …)"] += 1
        elif cmd == "blank":
            for _ in range(int(rest or 1)):
                self.blocks.append([])
        elif cmd == "marker":
            self.add_line(self.conv(rest))
            self.stats["jump marker"] += 1
        elif cmd == "head":
            w = rest.split()
            if self.printed_segs.get(w[0]):
                self.stats["headline printed after its body"] += 1
            if self._prev and self._prev[0] == "head" and self._prev[1] != w[0]:
                self.stats["headline bunched with another story's headline"] += 1
            self.do_head(self.art(w[0]), kv(w[1:]))
        elif cmd == "byline":
            w = rest.split()
            self.do_byline(self.art(w[0]), kv(w[1:]))
        elif cmd == "column":
            w = rest.split()
            a = self.art(w[0])
            self.ref(a["id"])
            self.add_line(a["column"], join="join" in w[1:])
            self.stats["column label line"] += 1
        elif cmd == "body":
            w = rest.split()
            a = self.art(w[0])
            spec = w[1] if len(w) > 1 and "=" not in w[1] else ""
            opts = kv([x for x in w[1:] if "=" in x])
            if "pre" in opts:
                opts["pre"] = self.conv(opts["pre"].replace("_", " "))
            self.do_body(a, self.seg_range(a, spec), opts)
        elif cmd == "photo":
            w = rest.split()
            self.do_photo(self.art(w[0]), kv(w[1:]))
        elif cmd == "credit":
            w = rest.split()
            self.do_credit(self.art(w[0]), kv(w[1:]))
        elif cmd == "dup":
            # dup <id> <range>: print those body segments (paragraph layout) once more
            w = rest.split()
            a = self.art(w[0])
            for s in self.seg_range(a, w[1]):
                t = a["S"][s]["text"]
                self.add_line(t)
                self.dups.append(t)
                self.stats["line printed twice"] += 1
        elif cmd == "dupline":
            # print the last printed non-empty line once more (column layout)
            back = int(rest or 1)
            lines = [ln for b in self.blocks for ln in b if ln.strip()]
            t = lines[-back]
            self.add_line(t)
            self.dups.append(re.sub(r"\s+", "", t))
            self.stats["line printed twice"] += 1
        else:
            raise ValueError("unknown statement " + cmd)

    # ---- results
    def text(self) -> str:
        body = "\n\n".join("\n".join(b) for b in self.blocks)
        if self.layout_kind == "paragraph":
            return "\n\n" + body
        return body + "\n\n\n"

    def gold(self, name: str) -> dict:
        arts = []
        order = sorted(self.d["arts"], key=lambda k: self.first_ref[k])
        for aid in order:
            a = self.d["arts"][aid]
            arts.append({
                "kind": a["kind"],
                "column": clean(a["column"]),
                "kicker": clean(a["kicker"]),
                "title": clean(a["title"]),
                "subtitle": clean(a["subtitle"]),
                "byline": clean(a["byline"]),
                "dateline": clean(a["dateline"]),
                "continued": a["continued"],
                "subheads": [p["text"] for p in a["P"] if p["sub"]],
                "paragraphs": [p["text"] for p in a["P"]],
            })
        for a in arts:
            self.stats["article kind: " + a["kind"]] += 1
            dl, by = a["dateline"], a["byline"]
            if dl:
                self.stats["dateline with 电" if dl.split("（")[0].split("(")[0].endswith("电")
                           else "dateline with 讯"] += 1
            if by.startswith("文丨"):
                self.stats["byline 文丨X (副刊)"] += 1
            elif "评论员" in by:
                self.stats["byline 湖南日报(全媒体)评论员"] += 1
            elif by.startswith("以上图片") or "图片均由" in by:
                self.stats["group photo credit"] += 1
            elif by.endswith("摄") or "摄（" in by or "摄(" in by:
                self.stats["photo credit … 摄"] += 1
            elif by.endswith("作"):
                self.stats["cartoon / calligraphy credit … 作"] += 1
            elif "华声在线" in by or "客户端" in by:
                self.stats["byline 湖南日报·华声在线 / 新湖南客户端"] += 1
            elif "记者" in by:
                self.stats["feature byline on its own line"] += 1
            elif by:
                self.stats["bare-name or other byline"] += 1
            if a["subtitle"].startswith("——"):
                self.stats["dash-led subtitle"] += 1
        pc = self.p.get("page_count")
        return {
            "source": name,
            "issue_date": self.p["date"],
            "issue_number": self.p.get("issue_number") or None,
            "page_count": int(pc) if pc else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


# --------------------------------------------------------------------------- set

PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width brackets",
               "half": "half-width , ( ) ; :"}


def build(out: Path = HERE) -> list[dict]:
    """Compose every page into out/pages, out/gold and out/README.md; return page rows."""
    rows, total = [], Counter()
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "gold").glob("*.json")):
        old.unlink()
    for k, src in enumerate(sorted(SRC.glob("p*.txt"))):
        pg = Page(src)
        pg.run()
        text = pg.text()
        name = f"{k:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(name + ".txt")
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(pg.stats)
        total["page in " + pg.layout_kind + " layout"] += 1
        rows.append({"file": name + ".txt", "src": src.name, "date": pg.p["date"],
                     "page": pg.p["page"], "layout": pg.layout_kind,
                     "punct": PUNCT_NAMES[pg.punct], "articles": len(gold["articles"]),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": pg.p.get("subjects", ""),
                     "front": bool(gold["issue_number"])})
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", phen_table(total)).replace("{{PAGES}}", page_table(rows))
    (out / "README.md").write_text(readme, encoding="utf-8")
    return rows


def phen_table(c: Counter) -> str:
    lines = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(c):
        if c[k]:
            lines.append(f"| {k} | {c[k]} |")
    return "\n".join(lines)


def page_table(rows) -> str:
    lines = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pg = r["page"] + (" (front)" if r["front"] else "")
        lines.append(f"| {r['file']} | {r['date']} | {pg} | {r['layout']} | {r['punct']} | "
                     f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    build()
