#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files, gold files and README.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice (artefact spaces, spacing of credits ...)
comes from a random.Random seeded by the source file name, so runs are byte-for-byte
identical.  The source format is described in README.in / README.md.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# ---------------------------------------------------------------- constants
CLOSE = set("、，。；：？！）》”’")          # may not begin a line (hang / compress)
OPEN = set("“‘《（")                        # may not end a line
PUNCT = CLOSE | OPEN                        # compressible to half an em
NOSPACE_AFTER = set("、，。；：？！”’》）《（")  # no spread-space after these
NOSPACE_BEFORE = set("“‘《（》）")             # no spread-space before these
HALF = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";", "？": "?", "！": "!"}
MIXED = {"（": "(", "）": ")"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CUT_KINDS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "p": "cut at a plain point (column break)"}
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def ws_free(s: str) -> str:
    return re.sub(r"\s+", "", s)


def convert(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid):
        self.id = aid
        self.h = OrderedDict()
        self.paras = []          # list of (is_subhead, text)

    def get(self, k, d=""):
        return self.h.get(k, d)

    @property
    def opts(self):
        return set(self.get("opts").split())


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.name = path.stem
        self.head = OrderedDict()
        self.articles: "OrderedDict[str, Article]" = OrderedDict()
        self.layout = []
        self.parse(path.read_text(encoding="utf-8"))

    def parse(self, text):
        sect, cur = None, None
        for n, raw in enumerate(text.split("\n"), 1):
            line = raw.rstrip()
            if not line.strip() or (line.lstrip().startswith("#") and not line.startswith("## ")):
                continue
            if line.startswith("@page"):
                sect = "page"
                continue
            if line.startswith("@article"):
                sect = "article"
                cur = Article(line.split()[1])
                self.articles[cur.id] = cur
                cur.body = False
                continue
            if line.startswith("@layout"):
                sect = "layout"
                continue
            if sect == "page":
                k, _, v = line.partition(":")
                self.head[k.strip()] = v.strip()
            elif sect == "article":
                if line.strip() == "---":
                    cur.body = True
                elif not cur.body:
                    k, _, v = line.partition(":")
                    cur.h[k.strip()] = v.strip()
                elif line.startswith("## "):
                    cur.paras.append((True, line[3:].strip()))
                else:
                    cur.paras.append((False, line.strip()))
            elif sect == "layout":
                self.layout.append(line.strip())
            else:
                raise SystemExit(f"{self.path}:{n}: text outside a section")

    @property
    def layout_kind(self):
        return self.head["layout"]


# ---------------------------------------------------------------- column typesetting
class Tok:
    __slots__ = ("t", "k", "d")

    def __init__(self, t, k, d=False):
        self.t, self.k, self.d = t, k, d

    @property
    def w(self):
        if self.k == "a":
            return 0.5 * len(self.t)
        if self.k == "s":
            return 0.5
        if self.k == "br":
            return 0.0
        return float(len(self.t))


TOKEN_RE = re.compile(r"……|——|[0-9A-Za-z][0-9A-Za-z.%+/×\-]*|.", re.S)


def tokens_of(text: str, unbreakable_words=False):
    out = []
    for m in TOKEN_RE.finditer(text):
        t = m.group()
        if t == "|":
            out.append(Tok("", "br"))
        elif t in ("……", "——"):
            out.append(Tok(t, "u"))
        elif re.match(r"[0-9A-Za-z]", t):
            out.append(Tok(t, "a"))
        elif t == " ":
            out.append(Tok(" ", "s"))
        elif t in PUNCT:
            out.append(Tok(t, "p"))
        else:
            out.append(Tok(t, "c"))
    if unbreakable_words:           # dateline: words between spaces inside the parens stay whole
        merged, buf = [], []
        inside = False
        for tok in out:
            if tok.t in ("（", "("):
                inside = True
                merged.append(tok)
                continue
            if inside and tok.k == "c":
                buf.append(tok.t)
                continue
            if buf:
                merged.append(Tok("".join(buf), "u"))
                buf = []
            if tok.t in ("）", ")"):
                inside = False
            merged.append(tok)
        if buf:
            merged.append(Tok("".join(buf), "u"))
        out = merged
        for tok in out:
            tok.d = True
    return out


def nat(line):
    return sum(t.w for t in line) - 0.5 * sum(1 for t in line if t.k == "p")


class Line:
    def __init__(self, toks, avail, kind):
        self.toks, self.avail, self.kind = toks, avail, kind   # kind: full|last|forced
        self.next_ascii = False
        self.width = avail


# The justified-line rule, measured on the column-layout seeds (000, 004): a full line
# whose natural width falls short of the measure is spread, and the extraction prints a
# space between every two glyphs.  Seeds: lines followed by a line that opens with a
# number run are spread about 3 times in 10; lines holding compressed punctuation about
# 1 in 20 in columns of 15 em or more and about 1 in 7 in narrow (<= 13 em) columns.
SPREAD_NUMBER_NEXT = 0.30
SPREAD_PUNCT_WIDE = 0.05
SPREAD_PUNCT_NARROW = 0.14


def typeset(tokens, width, indent=2):
    """Greedy line filling with compressible punctuation and kinsoku rules."""
    lines, cur = [], []
    avail = width - indent

    def emit(kind):
        nonlocal cur, avail
        while cur and cur[-1].k == "s":
            cur.pop()
        ln = Line(cur, avail, kind)
        ln.width = width
        lines.append(ln)
        cur, avail = [], width

    for tok in tokens:
        if tok.k == "br":
            emit("forced")
            continue
        if tok.k == "s" and not cur:
            continue
        if nat(cur + [tok]) <= avail:
            cur.append(tok)
            continue
        if tok.k == "p" and tok.t in CLOSE:
            cur.append(tok)          # hanging / compressed closing punctuation
            continue
        if tok.k == "s":
            emit("full")
            continue
        carry = []
        while cur and cur[-1].t in OPEN:
            carry.insert(0, cur.pop())
        emit("full")
        cur = carry + [tok]
    if cur:
        emit("last")
    for a, b in zip(lines, lines[1:]):
        a.next_ascii = bool(b.toks) and b.toks[0].k == "a"
    return lines


# ---------------------------------------------------------------- the composer
class Composer:
    def __init__(self, page: Page):
        self.p = page
        self.rng = random.Random(page.path.name)
        self.mode = page.head.get("punct", "full")
        self.col = page.layout_kind == "column"
        self.out = []          # list of (sep_before, text)  sep: 0 tight, 1 blank, n blanks
        self.extras, self.dups = [], []
        self.ph = Counter()
        self.printed = {}      # article id -> list of piece indexes printed
        self.body_seen = set()
        self.head_seen = set()
        self.pieces = {aid: self.make_pieces(a) for aid, a in page.articles.items()}
        self.set_lines = {}

    # ---- pieces
    def make_pieces(self, a: Article):
        """Split paragraphs at cut marks into printable pieces: list of (para_idx, text, cut)."""
        out = []
        for i, (sub, text) in enumerate(a.paras):
            if sub:
                out.append((i, text, None))
                continue
            parts = re.split(r"§([a-z])", text)
            out.append((i, parts[0], None))
            for j in range(1, len(parts), 2):
                out.append((i, parts[j + 1], parts[j]))
        return out

    # ---- output helpers
    def emit(self, text, sep=1):
        self.out.append((sep, text))

    def cv(self, s):
        return convert(s, self.mode)

    # ---- rendering of typeset lines (column layout)
    def render(self, line: Line, spread_ok=True):
        toks = line.toks
        slack = line.avail - nat(toks)
        r0 = self.rng.random()
        eligible = (spread_ok and line.kind == "full" and len(toks) > 3
                    and not any(t.k == "s" or t.d for t in toks))
        has_punct = any(t.k == "p" for t in toks)
        narrow = line.width <= 13
        spread = eligible and (
            slack >= 1.5
            or (line.next_ascii and slack >= 0.5 and r0 < SPREAD_NUMBER_NEXT)
            or (has_punct and r0 < (SPREAD_PUNCT_NARROW if narrow else SPREAD_PUNCT_WIDE)))
        s = []
        if spread:
            self.ph["justified line spread with spaces"] += 1
            for i, t in enumerate(toks):
                s.append(t.t)
                if i + 1 < len(toks) and t.t not in NOSPACE_AFTER and toks[i + 1].t not in NOSPACE_BEFORE:
                    s.append(" ")
            return self.cv("".join(s))
        r = self.rng
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.k == "a":
                if prev is not None and prev.k == "c" and r.random() < 0.85:
                    s.append(" ")
                    self.ph["space around a number or Latin run"] += 1
                txt = t.t
                if txt.endswith("%") and len(txt) > 1 and r.random() < 0.12:
                    txt = txt[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                s.append(txt)
                if nxt is not None and nxt.k == "c" and r.random() < 0.55:
                    s.append(" ")
                    self.ph["space around a number or Latin run"] += 1
                continue
            if t.k == "p" and t.t in "、，；" and prev is not None and prev.k != "s" and r.random() < 0.02:
                s.append(" ")
                self.ph["glyph-gap space around full-width punctuation"] += 1
            s.append(t.t)
            if t.t == "“" and nxt is not None and nxt.k == "c" and r.random() < 0.06:
                s.append(" ")
                self.ph["space after an opening quote"] += 1
        return self.cv("".join(s))

    # ---- column body
    def column_lines(self, a: Article):
        """Typeset an article once; return per-piece line lists (rendered lazily)."""
        if a.id in self.set_lines:
            return self.set_lines[a.id]
        width = float(a.get("width", "17"))
        opts = a.opts
        pieces = self.pieces[a.id]
        result = []          # per piece: list of Line
        dl = a.get("dateline")
        lead = []
        if dl and "dateline_alone" in opts:
            dlines = typeset(tokens_of(dl, True), width, 2)
            for ln in dlines:
                ln.kind = "forced"
            lead = dlines
        by_para = OrderedDict()
        for idx, (pi, text, cut) in enumerate(pieces):
            by_para.setdefault(pi, []).append((idx, text))
        first = True
        for pi, plist in by_para.items():
            sub = a.paras[pi][0]
            full = "".join(t for _, t in plist)
            if sub:
                lines = [Line(tokens_of(full), 99, "last")]
            else:
                toks = tokens_of(full)
                indent = 2
                if first and dl and "dateline_alone" not in opts:
                    toks = tokens_of(dl, True) + toks
                if first and "dateline_alone" in opts and dl:
                    indent = 0
                lines = typeset(toks, width, indent)
            first = False
            # distribute lines to pieces: a cut falls on the nearest line boundary
            bounds = []
            pos = 0
            starts = []
            for idx, text in plist:
                starts.append(pos)
                pos += len(text)
            # char offsets of line ends (dateline chars counted in the first line)
            ends, acc = [], 0
            dlen = len(dl) - dl.count("|") if (dl and pi == pieces[0][0] and "dateline_alone" not in opts) else 0
            for ln in lines:
                acc += sum(len(t.t) for t in ln.toks if t.k != "s") + sum(1 for t in ln.toks if t.k == "s")
                ends.append(acc - dlen)
            groups = [[] for _ in plist]
            cut_at = []
            for st in starts[1:]:
                # choose the line end nearest to st, but keep pieces non-empty
                best = min(range(len(ends) - 1), key=lambda e: (abs(ends[e] - st), e)) if len(ends) > 1 else None
                cut_at.append(best)
            g = 0
            for li, ln in enumerate(lines):
                groups[g].append(ln)
                while g < len(cut_at) and cut_at[g] is not None and li == cut_at[g]:
                    g += 1
            for k, (idx, _t) in enumerate(plist):
                if not groups[k]:
                    raise SystemExit(f"{self.p.name}: article {a.id}: empty column piece {idx + 1}")
            for k in range(len(plist)):
                result.append(groups[k])
        if lead:
            result[0] = lead + result[0]
        self.set_lines[a.id] = result
        return result

    # ---- paragraph layout body
    def para_piece_text(self, a: Article, idx):
        pi, text, cut = self.pieces[a.id][idx]
        if idx == 0 and a.get("dateline"):
            dl = a.get("dateline")
            parts = dl.split("|")
            return parts[:-1] + [parts[-1] + text]
        return [text]

    # ---- layout items
    def run(self):
        lay = self.p.layout
        prev_head_aid = None
        for raw in lay:
            tight = raw.startswith("~")
            item = raw.lstrip("~")
            lead_space = item.startswith("^")
            item = item.lstrip("^")
            sep = 0 if tight else 1
            m = re.match(r"gap\s+(\d+)$", item)
            if m:
                self.pending_gap = int(m.group(1))
                continue
            if getattr(self, "pending_gap", 0):
                sep = self.pending_gap
                self.pending_gap = 0
            words = item.split()
            cmd = words[0]
            if cmd != "head":
                prev_head_aid = None
            if cmd != "body":
                self.last_body = None
            elif self.last_body is not None and self.last_body[0] != words[1]:
                self.other_body_since = True
                self.last_body = None
            fn = getattr(self, "do_" + cmd, None)
            if fn is None:
                raise SystemExit(f"{self.p.name}: unknown layout item {raw!r}")
            n0 = len(self.out)
            if cmd in ("extra", "masthead"):
                fn(item[len(cmd):].strip(), sep)
            else:
                fn(words[1:], sep)
            if lead_space and len(self.out) > n0:
                s0, t0 = self.out[n0]
                self.out[n0] = (s0, " " + t0)
                self.ph["line with a stray leading space"] += 1
            if cmd == "head":
                aid = words[1]
                if prev_head_aid and prev_head_aid != aid:
                    self.ph["headline bunched with another story's headline"] += 1
                prev_head_aid = aid
        self.finish_checks()

    def art(self, aid):
        if aid not in self.p.articles:
            raise SystemExit(f"{self.p.name}: no article {aid}")
        return self.p.articles[aid]

    def do_masthead(self, text, sep):
        self._box(text, sep, masthead=True)

    def do_extra(self, text, sep):
        self._box(text, sep, masthead=False)

    def _box(self, text, sep, masthead):
        first = True
        for bi, block in enumerate(text.split("‖")):
            for li, ln in enumerate(block.split("|")):
                s = sep if first else (1 if li == 0 else 0)
                self.emit(self.cv(ln.strip()), s)
                first = False
                if masthead:
                    self.ph["masthead piece"] += 1
                    if " " in ln.strip():
                        self.ph["masthead pieces merged on one line"] += 1
                else:
                    self.ph["box line (countdown, code prompt, notice frame)"] += 1
        self.extras.append(self.cv(ws_free(text.replace("‖", "").replace("|", ""))))

    def headline_parts(self, a):
        return [(k, a.get(k)) for k in ("kicker", "title", "subtitle") if a.get(k)]

    def do_head(self, args, sep):
        aid, flags = args[0], set(args[1:])
        a = self.art(aid)
        self.head_seen.add(aid)
        if aid in self.body_seen:
            self.ph["headline printed after its body"] += 1
        parts = self.headline_parts(a)
        if "only" in " ".join(flags):
            want = [f.split("=")[1] for f in flags if f.startswith("only=")][0]
            parts = [p for p in parts if p[0][0] in want]
        tight = "tight" in flags
        if "join" in flags or (not self.col and "lines" not in flags and "tight" not in flags):
            text = " ".join(v.replace("|", "") for _, v in parts)
            self.emit(self.cv(text), sep)
            if len(parts) > 1:
                self.ph["headline stack printed on one line"] += 1
            if "double" in flags:
                raise SystemExit("double with join not supported")
            return
        first = True
        for k, v in parts:
            segs = v.split("|")
            if k == "title" and len(segs) > 1 and len(ws_free(segs[-1])) <= 3:
                self.ph["headline's last word left alone on a line"] += 1
            for si, seg in enumerate(segs):
                s = sep if first else (0 if (tight or si > 0) else 1)
                seg = seg.strip()
                if k == "title" and "double" in flags and len(segs) == 1:
                    self.emit(self.cv(seg + seg), s)
                    self.dups.append(self.cv(ws_free(seg)))
                    self.ph["headline drawn twice"] += 1
                else:
                    self.emit(self.cv(seg), s)
                first = False
            if k == "title" and "twice" in flags:
                self.emit(self.cv(v.replace("|", "")), 0 if tight else 1)
                self.dups.append(self.cv(ws_free(v.replace("|", ""))))
                self.ph["headline drawn twice"] += 1
        if len(parts) >= 3:
            self.ph["three-part headline stack (kicker, title, subtitle)"] += 1
        if sum(len(v.split("|")) for _, v in parts) >= 4:
            self.ph["headline stack printed on four lines"] += 1

    def do_label(self, args, sep):
        a = self.art(args[0])
        txt = a.get("column")
        if "frame" in args[1:]:
            self.ph["framed column label"] += 1
        self.emit(self.cv(txt), sep)
        self.ph["column label on its own line"] += 1

    def do_byline(self, args, sep):
        a = self.art(args[0])
        by = a.get("byline")
        first = True
        for bi, block in enumerate(by.split("‖")):
            for li, ln in enumerate(block.split("|")):
                s = sep if first else (1 if li == 0 else 0)
                self.emit(self.cv(ln.strip()), s)
                first = False
        if "|" in by or "‖" in by:
            self.ph["byline broken over lines"] += 1

    def do_marker(self, args, sep):
        a = self.art(args[0])
        self.emit(self.cv(a.get("mark")), sep)
        self.ph["jump marker"] += 1

    def parse_range(self, a, spec):
        n = len(self.pieces[a.id])
        if spec is None or spec == "all":
            return list(range(n))
        out = []
        for part in spec.split(","):
            if "-" in part:
                lo, hi = part.split("-")
                lo = int(lo)
                hi = int(hi) if hi else n
                out += list(range(lo - 1, hi))
            else:
                out.append(int(part) - 1)
        for i in out:
            if not 0 <= i < n:
                raise SystemExit(f"{self.p.name}: article {a.id} has no piece {i + 1}")
        return out

    def do_body(self, args, sep):
        a = self.art(args[0])
        spec = args[1] if len(args) > 1 and not args[1].startswith("+") else None
        flags = set(x for x in args[1:] if x.startswith("+"))
        idxs = self.parse_range(a, spec)
        if a.id in self.head_seen:
            pass
        self.body_seen.add(a.id)
        got = self.printed.setdefault(a.id, [])
        first = True
        for idx in idxs:
            if idx in got:
                raise SystemExit(f"{self.p.name}: article {a.id} piece {idx + 1} printed twice")
            if got and idx != got[-1] + 1:
                raise SystemExit(f"{self.p.name}: article {a.id} piece {idx + 1} out of order")
            if same_para_f(self.pieces[a.id], idx):
                if self.last_body == (a.id, idx - 1):
                    self.ph["paragraph split by a column break, nothing between"] += 1
                elif self.other_body_since:
                    self.ph["story continued after a piece of another story"] += 1
                else:
                    self.ph["paragraph split around other page matter"] += 1
            got.append(idx)
            lines = self.piece_lines(a, idx)
            for li, txt in enumerate(lines):
                if first and "+mark" in flags:
                    txt = self.cv(a.get("mark")) + txt
                    self.ph["jump marker"] += 1
                self.emit(txt, sep if first else (0 if (not self.col and li > 0) else 1))
                first = False
            cut = self.pieces[a.id][idx][2]
            if cut and not self.col:
                self.ph[CUT_KINDS[cut]] += 1
            self.last_body = (a.id, idx)
            self.other_body_since = False

    def piece_lines(self, a, idx):
        if self.col:
            groups = self.column_lines(a)
            return [self.render(ln) for ln in groups[idx]]
        return [self.cv(t) for t in self.para_piece_text(a, idx)]

    def do_again(self, args, sep):
        """Reprint lines of a piece already printed (the extraction's doubled lines)."""
        a = self.art(args[0])
        idx = int(args[1]) - 1
        lines = self.piece_lines_cached(a, idx)
        if len(args) > 2:
            how, n = args[2], int(args[3])
            lines = lines[-n:] if how == "tail" else lines[:n]
        first = True
        for txt in lines:
            self.emit(txt, sep if first else 1)
            self.dups.append(ws_free(txt))
            self.ph["line printed twice"] += 1
            first = False

    def piece_lines_cached(self, a, idx):
        # re-find the rendered text of that piece in the output (same strings as printed)
        key = (a.id, idx)
        return self.rendered[key]

    def do_photo(self, args, sep):
        a = self.art(args[0])
        flags = set(args[1:])
        self.body_seen.add(a.id)
        self.printed[a.id] = list(range(len(self.pieces[a.id])))
        credit = a.get("byline")
        title = a.get("title")
        s = sep
        if title and "notitle" not in flags:
            self.emit(self.cv(title.replace("|", "")), s)
            s = 1
        caps = [t for _, t, _ in self.pieces[a.id]]
        for ci, cap in enumerate(caps):
            last = ci == len(caps) - 1
            if self.col:
                lines = typeset(tokens_of(cap), float(a.get("width", "44")), 0)
                txts = [self.render(ln, spread_ok=False) for ln in lines]
            else:
                txts = [self.cv(cap)]
            if last and credit and "inline" in flags:
                txts[-1] = txts[-1] + " " + self.cv(credit)
                self.ph["photo credit on the caption line"] += 1
            for t in txts:
                self.emit(t, s)
                s = 1
        if credit and "inline" not in flags:
            if "right" in flags:
                pad = " " * self.rng.randint(12, 30)
                self.emit(pad + self.cv(credit), 1)
                self.ph["credit right-aligned on a line of its own"] += 1
            else:
                self.emit(self.cv(credit), 0 if "tightcredit" in flags else 1)
                self.ph["credit on a line of its own"] += 1

    def finish_checks(self):
        for aid, a in self.p.articles.items():
            n = len(self.pieces[aid])
            got = self.printed.get(aid, [])
            if sorted(got) != list(range(n)):
                raise SystemExit(f"{self.p.name}: article {aid}: pieces printed {got}, expected {n}")

    # ---- whole page text
    def page_text(self):
        if self.col:
            parts = []
            for i, (sep, t) in enumerate(self.out):
                if i:
                    parts.append("\n" * (sep + 1) if sep else "\n")
                parts.append(t)
            return " " + "".join(parts) + "\n\n\n"
        parts = ["\n\n"]
        for i, (sep, t) in enumerate(self.out):
            if i:
                parts.append("\n" * (sep + 1) if sep else "\n")
            parts.append(t)
        return "".join(parts)

    # ---- gold
    def gold_articles(self):
        arts = []
        for aid, a in self.p.articles.items():
            g = OrderedDict()
            g["kind"] = a.get("kind", "news")
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                v = a.get(k)
                v = v.replace("‖", " ").replace("|", "")
                v = re.sub(r" +", " ", v).strip()
                g[k] = self.cv(v)
            subs, paras = [], []
            cur = None
            for pi, text, cut in self.pieces[aid]:
                if cur is not None and pi == cur[0]:
                    cur[1].append(text)
                else:
                    cur = (pi, [text])
                    paras.append(cur)
            out = []
            for pi, texts in paras:
                sub = a.paras[pi][0]
                if sub:
                    subs.append(self.cv(texts[0]))
                out.append(self.cv(ws_free("".join(texts))))
            g["subheads"] = subs
            g["paragraphs"] = out
            arts.append(g)
        return arts


def same_para_f(pieces, idx):
    return idx > 0 and pieces[idx][0] == pieces[idx - 1][0]


def compose_page(path: Path):
    page = Page(path)
    c = Composer(page)
    # pre-render pieces so that "again" can reprint exactly what was printed
    c.rendered = {}
    orig_piece_lines = c.piece_lines

    def piece_lines(a, idx):
        key = (a.id, idx)
        if key not in c.rendered:
            c.rendered[key] = orig_piece_lines(a, idx)
        return c.rendered[key]
    c.piece_lines = piece_lines
    c.last_body = None
    c.other_body_since = False
    c.run()
    text = c.page_text()
    return page, c, text


def stats_of(page: Page, c: Composer, text: str):
    ph = c.ph
    for a in page.articles.values():
        dl = a.get("dateline")
        if dl:
            ph["dateline with 电" if re.search(r"日电[（(]", dl) else "dateline with 讯"] += 1
        for field in ("dateline", "byline"):
            v = a.get(field)
            if a.get("kind") == "photo" or "|" not in v:
                continue
            for m in re.finditer(r"\|", v):
                before, after = v[:m.start()].rstrip(), v[m.end():].lstrip()
                if after.startswith("通讯员"):
                    ph["line break before 通讯员"] += 1
                elif re.search(r"[0-9月]$", before) or re.match(r"[0-9]", after):
                    ph["line break inside a dateline's date"] += 1
                elif re.search(r"记者 [^ |]+$|[\u4e00-\u9fff]{2,3}$", before):
                    ph["line break between a byline's names"] += 1
        for k in ("kicker", "title", "subtitle"):
            if " |" in a.get(k) or "| " in a.get(k):
                ph["two-phrase headline split at its space"] += 1
        by, dl2 = a.get("byline"), a.get("dateline")
        if "华声在线" in by + dl2:
            ph["湖南日报·华声在线 byline or dateline"] += 1
        if "新湖南客户端" in by + dl2:
            ph["湖南日报·新湖南客户端 byline or dateline"] += 1
        if by.startswith("文丨"):
            ph["文丨 byline on a 副刊 piece"] += 1
        if "评论员" in by:
            ph["评论员 byline"] += 1
        if a.get("kind") == "commentary" and by and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", by):
            ph["bare-name byline on a commentary"] += 1
        if a.get("subtitle").startswith("——"):
            ph["dash-led subtitle"] += 1
        if re.search(r"出席$", a.get("subtitle")):
            ph["trailing 某某某出席 line"] += 1
        if a.get("kind") == "continuation":
            ph["continuation from the front page"] += 1
        if a.get("kind") == "photo":
            ph["photo article"] += 1
    return ph


def build():
    files = {}
    pages = sorted(SRC.glob("p*.txt"))
    rows, total = [], Counter()
    for num, path in enumerate(pages, 1):
        page, c, text = compose_page(path)
        stats_of(page, c, text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{num:03d}_{digest}"
        gold = OrderedDict()
        gold["source"] = stem + ".txt"
        gold["issue_date"] = page.head["date"]
        inum = page.head.get("issue_number")
        gold["issue_number"] = inum if inum else None
        pc = page.head.get("page_count")
        gold["page_count"] = int(pc) if pc else None
        gold["articles"] = c.gold_articles()
        gold["extras"] = c.extras
        gold["duplicates"] = c.dups
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        chars = len(re.sub(r"\s", "", text))
        subj = page.head.get("subjects", "")
        rows.append((stem + ".txt", page.head["date"], page.head.get("printed_page", ""),
                     page.head.get("section", ""), page.layout_kind, page.head.get("punct", "full"),
                     len(gold["articles"]), chars, subj, page.name))
        total.update(c.ph)
    files["README.md"] = readme(rows, total)
    return files


PUNCT_DESC = {"full": "full-width", "mixed": "full commas, half-width brackets",
              "half": "half-width ,();:?!"}


def readme(rows, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pg.append(f"| {r[0]} | {r[1]} | {r[2]} {r[3]} | {r[4]} | {PUNCT_DESC[r[5]]} | {r[6]} | {r[7]} | {r[8]} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
