#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw extracted page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (number spacing, glyph gaps, ...) is
taken from a random.Random seeded by the source file name, so a rebuild is
byte-for-byte identical.  See README.in for the source format and the layouts.
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

# --------------------------------------------------------------------------
# characters

CLOSE = set("，。、；：！？”’）》」』…,;:!?)")      # may not start a line
OPEN = set("“‘（《「『(")                           # may not end a line
SQUEEZE = set("，。、；：！？”’）》“‘（《")          # full-width marks set half-width when squeezed
BRACKET = set("（）《》()「」『』")
QUOTE_OPEN = set("“‘")
PUNCT = CLOSE | OPEN | set("—·")
RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*[0-9A-Za-z%]|[0-9A-Za-z]")
CJK = re.compile(r"[\u3400-\u9fff]")

MARK_CUT = "‖"          # cut point: P layout splits the paragraph here, C layout ends a segment after this line
CUT_TYPES = {"v": "between a verb and its figure", "u": "between a figure and its unit", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name"}
MARK_BR = "⏎"           # printed line break (headlines, bylines, datelines, forced breaks)
MARK_DUP = "⧉"          # C layout: the line holding this point is printed twice
WIDTH_RE = re.compile(r"\{w=(\d+(?:\.\d+)?)\}")


def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if not c.isspace())


def cem(s: str) -> float:
    """Width with full-width marks squeezed to half an em."""
    return sum(0.5 if (ord(c) < 128 or c in SQUEEZE) else 1.0 for c in s if not c.isspace())


def punct_convert(s: str, mode: str) -> str:
    if mode == "full":
        return s
    table = {"（": "(", "）": ")"}
    if mode == "half":
        table.update({"，": ",", "；": ";", "：": ":"})
    return "".join(table.get(c, c) for c in s)


def strip_marks(s: str) -> str:
    s = WIDTH_RE.sub("", s)
    s = re.sub(MARK_CUT + "[vuwqn]?", "", s)
    return s.replace(MARK_BR, "").replace(MARK_DUP, "")


SCORER_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"


def para_clean(s: str) -> str:
    """Paragraph text keeps no space between two Chinese characters or marks
    (seed 002 prints 春风送真情 援助暖民心, its gold reads 春风送真情援助暖民心)."""
    return re.sub(f"(?<=[{SCORER_CJK}])\\s+(?=[{SCORER_CJK}])", "", s)


def clean(s: str) -> str:
    """Gold form of a printed string: layout spaces gone, real spaces kept once."""
    s = strip_marks(s)
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------
# source parsing

class Article:
    FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
              "dateline", "continued")

    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in self.FIELDS}
        self.opt: dict[str, str] = {}
        self.paras: list[tuple[str, str]] = []   # (kind 'p' | 'h', text with marks)

    def get(self, k, default=""):
        return self.opt.get(k, default)


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        self.meta: dict[str, str] = {}
        self.arts: "OrderedDict[str, Article]" = OrderedDict()
        self.layout: list[str] = []


def parse_source(path: Path) -> Page:
    page = Page(path)
    section, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("@page"):
            section = "page"
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if line.startswith("@a "):
            section = "art"
            cur = Article(line[3:].strip())
            page.arts[cur.id] = cur
            continue
        if section == "layout":
            page.layout.append(line.strip())
        elif section == "page":
            k, _, v = line.partition(":")
            page.meta[k.strip()] = v.strip()
        elif section == "art":
            if line.startswith("> "):
                cur.paras.append(("p", line[2:].strip()))
            elif line.startswith("## "):
                cur.paras.append(("h", line[3:].strip()))
            else:
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k in Article.FIELDS:
                    cur.f[k] = v
                else:
                    cur.opt[k] = v
    return page


# --------------------------------------------------------------------------
# column layout: a small typesetter modelled on seeds 000 and 004

class Tok:
    __slots__ = ("text", "run", "dl", "dup", "cut", "width", "brk")

    def __init__(self, text, run=False, dl=False):
        self.text, self.run, self.dl = text, run, dl
        self.dup = self.cut = self.brk = False
        self.width = None


def tokenize(text: str, dl=False) -> list:
    """Tokens of a paragraph: number/latin runs whole, other characters one by one;
    marks become flags on the following token (or on a sentinel)."""
    out, i, pending = [], 0, {}
    while i < len(text):
        m = WIDTH_RE.match(text, i)
        if m:
            pending["width"] = float(m.group(1))
            i = m.end()
            continue
        c = text[i]
        if c == MARK_CUT:
            pending["cut"] = True
            i += 1
            if i < len(text) and text[i] in CUT_TYPES:
                i += 1
            continue
        if c == MARK_DUP:
            pending["dup"] = True
            i += 1
            continue
        if c == MARK_BR:
            pending["brk"] = True
            i += 1
            continue
        m = RUN.match(text, i)
        if m:
            t = Tok(m.group(0), run=True, dl=dl)
            i = m.end()
        else:
            t = Tok(c, dl=dl)
            i += 1
        for k, v in pending.items():
            setattr(t, k, v)
        pending = {}
        out.append(t)
    if pending:                       # a mark at the very end: flag the last token
        for k, v in pending.items():
            if k in ("cut", "dup"):
                setattr(out[-1], k, v)
    return out


def units_of(toks):
    """Group tokens into unbreakable units: a closing mark sticks to what precedes
    it, an opening mark to what follows."""
    units, cur, glue_next = [], None, False
    for t in toks:
        if t.brk or t.width is not None:
            if cur:
                units.append(cur)
            cur, glue_next = None, False
        if cur is not None and (glue_next or (t.text in CLOSE and not t.dl)):
            cur.append(t)
        else:
            if cur:
                units.append(cur)
            cur = [t]
        glue_next = t.text in OPEN and not t.dl
    if cur:
        units.append(cur)
    return units


class CLine:
    def __init__(self, toks, spread, last, width):
        self.toks, self.spread, self.last, self.width = toks, spread, last, width
        self.dup = any(t.dup for t in toks)
        self.cut = any(t.cut for t in toks)
        self.text = ""


class ColumnSetter:
    def __init__(self, page_ctx, art: Article):
        self.ctx, self.art = page_ctx, art
        self.rng = page_ctx.rng
        self.W = float(art.get("width", "17"))
        self.indent = float(art.get("indent", "2"))
        self.nums = art.get("nums", page_ctx.page.meta.get("nums", "both"))
        self.spread_ok = art.get("spread", "yes") == "yes"
        self.hang = float(art.get("hang", page_ctx.page.meta.get("hang", "0")))
        self.gap_p = float(art.get("gaps", page_ctx.page.meta.get("gaps", "0"))) / 100.0
        self.pct_p = float(art.get("pctgaps", page_ctx.page.meta.get("pctgaps", "0"))) / 100.0

    def flows(self):
        """(tokens, indent) per paragraph; the dateline (or an inline jump marker)
        opens the first paragraph."""
        a, conv = self.art, self.ctx.conv
        lead = []
        dl = a.f["dateline"] or (a.get("marker") if a.get("marker_inline") == "yes" else "")
        if dl:
            parts = conv(dl).replace(MARK_BR, " " + MARK_BR).split(" ")
            for j, p in enumerate(q for q in parts if q):
                if p.startswith(MARK_BR):
                    toks = tokenize(p[1:], dl=True)
                    toks[0].brk = True
                else:
                    toks = tokenize(p, dl=True)
                if j:
                    toks[0].text = " " + toks[0].text if not toks[0].brk else toks[0].text
                lead.append(toks)
        out = []
        for n, (kind, text) in enumerate(a.paras):
            if kind == "h":
                out.append(("h", text))
                continue
            toks = tokenize(conv(text))
            if n == 0 and lead:
                out.append(("p", lead, toks))
            else:
                out.append(("p", [], toks))
        return out

    def set(self):
        """Return a list of segments, each a list of printed lines (strings)."""
        segs, cur = [], []
        for fl in self.flows():
            if fl[0] == "h":
                cur.append(("head", self.ctx.conv(strip_marks(fl[1]))))
                continue
            _, lead, toks = fl
            lines = self.fill(lead, toks)
            for ln in lines:
                text = self.render(ln)
                cur.append(("line", text))
                if ln.dup:
                    cur.append(("dupline", text))
                if ln.cut:
                    segs.append(cur)
                    cur = []
        if cur:
            segs.append(cur)
        return segs

    def fill(self, lead, toks):
        W, avail = self.W, self.W - self.indent
        # dateline tokens (split at its spaces) are whole units; the paragraph is grouped
        units = list(lead) + units_of(toks)
        lines, cur, width = [], [], 0.0

        def flush(last=False, forced=False):
            nonlocal cur, width, avail
            gap = avail - width
            spread = (self.spread_ok and not last and not forced and gap >= 1.0
                      and any(not t.dl for t in cur))
            lines.append(CLine(cur, spread, last, avail))
            cur, width = [], 0.0
            avail = W

        for u in units:
            if u[0].width is not None:
                W = u[0].width
                if cur:
                    avail = W
            if u[0].brk and cur:
                flush(forced=True)
            uw = sum(cem(t.text) for t in u)
            hang = self.hang if u[-1].text in CLOSE else 0.0
            if cur and width + uw > avail + hang + 1e-9:
                flush()
            cur.extend(u)
            width += uw
        if cur:
            flush(last=True)
        return lines

    def render(self, ln: CLine) -> str:
        toks = ln.toks
        out = []
        for i, t in enumerate(toks):
            txt = t.text
            if i == 0:
                txt = txt.lstrip(" ")
            prev = toks[i - 1] if i else None
            if ln.spread and prev is not None and not (prev.dl and t.dl):
                out.append(self.spread_sep(prev.text[-1], txt[0]))
            elif prev is not None:
                out.append(self.normal_sep(prev, t, toks[i + 1] if i + 1 < len(toks) else None))
            if (t.run and txt.endswith("%") and len(txt) > 1 and self.pct_p
                    and self.rng.random() < self.pct_p):
                txt = txt[:-1] + " %"
                self.ctx.count["glyph-gap space before %"] += 1
            out.append(txt)
        s = "".join(out)
        s = re.sub(r" {2,}", " ", s).rstrip(" ")
        if ln.spread:
            self.ctx.count["justified line spread with spaces"] += 1
        ln.text = s
        return s

    def spread_sep(self, a: str, b: str) -> str:
        if a in BRACKET or b in BRACKET:
            return ""
        if b in CLOSE and a not in PUNCT:
            return " "
        if a in CLOSE:
            return ""
        if a in QUOTE_OPEN:
            return " "
        if b in QUOTE_OPEN:
            return ""
        return " "

    def normal_sep(self, prev: Tok, t: Tok, nxt) -> str:
        a, b = prev.text[-1], t.text.lstrip(" ")[:1]
        if t.text.startswith(" "):
            return ""
        mode = self.nums
        if mode == "mix":
            mode = self.rng.choice(["both", "before", "both"])
        if t.run and a not in PUNCT and not a.isspace() and mode in ("both", "before"):
            self.ctx.count["space around a number run"] += 1
            return " "
        if prev.run and b and b not in PUNCT and mode == "both":
            self.ctx.count["space around a number run"] += 1
            return " "
        if self.gap_p and not prev.dl:
            if b in CLOSE and b not in BRACKET and CJK.match(a) and self.rng.random() < self.gap_p:
                self.ctx.count["glyph-gap space before a mark"] += 1
                return " "
            if a in QUOTE_OPEN and CJK.match(b) and self.rng.random() < self.gap_p:
                self.ctx.count["space after an opening quote"] += 1
                return " "
        return ""


# --------------------------------------------------------------------------
# page composition

class PageCtx:
    def __init__(self, page: Page):
        self.page = page
        self.rng = random.Random(page.name)
        self.mode = page.meta.get("punct", "full")
        self.layout = page.meta.get("layout", "paragraph")
        self.count: Counter = Counter()

    def conv(self, s: str) -> str:
        return punct_convert(s, self.mode)


def field_print(ctx, art, key):
    """Printed form of a headline/byline field: ⏎⏎ blank line, ⏎ line break."""
    if key == "mk":
        s = art.get("marker")
    else:
        s = ctx.conv(art.f[{"k": "kicker", "t": "title", "s": "subtitle", "col": "column",
                            "by": "byline", "dl": "dateline", "cont": "continued"}[key]])
    if not s:
        raise SystemExit(f"{ctx.page.name}: {art.id}.{key} is empty")
    s = s.replace(MARK_BR + MARK_BR, "\x00")
    lines = [x.strip() for x in s.split(MARK_BR)]
    s = "\n".join(lines).replace("\x00", "\n\n")
    s = "\n\n".join(part.strip() for part in s.split("\n\n"))
    return s


def p_pieces(ctx, art):
    """Paragraph layout: the body as printed pieces (one line each)."""
    pieces = []     # (text, para_index, cut_type_before)
    first = True
    for n, (kind, text) in enumerate(art.paras):
        t = ctx.conv(text)
        parts = re.split(MARK_CUT + "([vuwqn]?)", t)
        texts, types = parts[0::2], parts[1::2]
        for j, piece in enumerate(texts):
            piece = strip_marks(piece)
            if first:
                dl = clean(ctx.conv(art.f["dateline"])) if art.f["dateline"] else ""
                if art.get("marker_inline") == "yes":
                    dl = art.get("marker") + dl
                piece = dl + piece
                first = False
            pieces.append((piece, n, types[j - 1] if j else None))
    return pieces


ATOM_RE = re.compile(r'^(?P<id>[\w-]+)\.(?P<f>k|t|s|col|by|dl|mk|t2|body)(?:\[(?P<a>\d*)(?::(?P<b>\d*))?\])?$')


def compose(page: Page):
    ctx = PageCtx(page)
    arts = page.arts
    blocks: list[str] = []
    extras = OrderedDict()
    duplicates: list[str] = []
    first_seen: dict[str, int] = {}
    body_cache = {}
    head_pos: dict[str, list[int]] = {}
    body_pos: dict[str, list[int]] = {}
    piece_pos = {}       # (aid, piece index) -> block index (P layout)

    def segs_of(aid):
        if aid not in body_cache:
            art = arts[aid]
            if ctx.layout == "column":
                cs = ColumnSetter(ctx, art)
                body_cache[aid] = ("C", cs.set())
            else:
                body_cache[aid] = ("P", p_pieces(ctx, art))
        return body_cache[aid]

    def note(aid, kind):
        first_seen.setdefault(aid, len(blocks))
        (head_pos if kind == "head" else body_pos).setdefault(aid, []).append(len(blocks))

    def atom_text(atom: str) -> str:
        atom = atom.strip()
        m = re.match(r'^"(.*)"(?:@(\w+))?$', atom)
        if m:
            text, grp = m.group(1).replace("\\n", "\n"), m.group(2)
            key = grp or f"_{len(extras)}_{text}"
            extras.setdefault(key, []).append(text)
            return text
        m = ATOM_RE.match(atom)
        if not m:
            raise SystemExit(f"{page.name}: bad layout atom {atom!r}")
        aid, f = m.group("id"), m.group("f")
        art = arts[aid]
        if f == "t2":
            t = field_print(ctx, art, "t")
            duplicates.append(clean(ctx.conv(art.f["title"])))
            ctx.count["headline drawn twice"] += 1
            note(aid, "head")
            return t + t
        if f in ("k", "t", "s", "col"):
            note(aid, "head")
        elif f in ("by", "dl", "mk"):
            first_seen.setdefault(aid, len(blocks))
        return field_print(ctx, art, f)

    def emit_body(aid, a, b, dup=False):
        kind, data = segs_of(aid)
        art = arts[aid]
        if a is None and b is None:            # ID.body: everything
            a, b = 0, len(data)
        else:
            a = int(a) if a else 0
            b = int(b) if b else (a + 1 if b is None else len(data))
        if kind == "C":
            for si in range(a, b):
                for what, text in data[si]:
                    if dup and what == "dupline":
                        continue
                    if not dup:
                        note(aid, "body")
                    blocks.append(text)
                    if what == "dupline":
                        duplicates.append(clean(text))
                        ctx.count["line printed twice"] += 1
                    if dup:
                        duplicates.append(clean(text))
        else:
            for pi in range(a, b):
                text = data[pi][0]
                if not dup:
                    note(aid, "body")
                    piece_pos[(aid, pi)] = len(blocks)
                else:
                    duplicates.append(text)
                    ctx.count["paragraph printed twice"] += 1
                blocks.append(text)
        # photo credit printed on the caption line or on its own
        if not dup and art.f["kind"] == "photo" and art.f["byline"] and b == len(data):
            how = art.get("credit", "own")
            cred = ctx.conv(art.f["byline"])
            if how == "inline":
                blocks[-1] = blocks[-1] + " " + cred
                ctx.count["credit on the caption line"] += 1
            elif how == "inline0":
                blocks[-1] = blocks[-1] + cred
                ctx.count["credit on the caption line"] += 1
            elif how.startswith("right"):
                w = float(how[5:] or art.get("width", "20"))
                pad = max(2, int(round((w - em(cred)) * 2)))
                blocks.append(" " * pad + cred)
                ctx.count["credit right-aligned on its own line"] += 1
            elif how == "own":
                blocks.append(cred)
                ctx.count["credit on its own line"] += 1

    for spec in page.layout:
        dup = False
        if spec.startswith("dup "):
            dup, spec = True, spec[4:].strip()
        if spec == "=":
            blocks.append("")
            ctx.count["empty block (picture)"] += 1
            continue
        m = ATOM_RE.match(spec)
        if m and m.group("f") == "body":
            emit_body(m.group("id"), m.group("a"), m.group("b") if ":" in spec else None, dup) if "[" in spec else emit_body(m.group("id"), None, None, dup)
            continue
        lines = []
        for line_spec in spec.split(" / "):
            parts = re.split(r" (\+|~) ", line_spec)
            text = atom_text(parts[0])
            for op, at in zip(parts[1::2], parts[2::2]):
                text += (" " if op == "+" else "") + atom_text(at)
            lines.append(text)
        block = "\n".join(lines)
        if dup:
            duplicates.append(clean(block))
            ctx.count["line printed twice"] += 1
        blocks.append(block)

    lead = page.meta.get("lead", "").replace("\\n", "\n").replace("\\s", " ")
    tail = page.meta.get("tail", "").replace("\\n", "\n")
    text = lead + "\n\n".join(blocks) + tail

    # ---------------- gold
    order = sorted(arts, key=lambda k: first_seen.get(k, 10 ** 6))
    missing = [k for k in arts if k not in first_seen]
    if missing:
        raise SystemExit(f"{page.name}: articles never laid out: {missing}")
    gold_arts = []
    for aid in order:
        art = arts[aid]
        g = OrderedDict()
        g["kind"] = art.f["kind"]
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[k] = clean(ctx.conv(art.f[k]))
        g["subheads"] = [clean(ctx.conv(t)) for k, t in art.paras if k == "h"]
        g["paragraphs"] = [para_clean(clean(ctx.conv(t))) for k, t in art.paras]
        gold_arts.append(g)
        # phenomena about headline placement
        if head_pos.get(aid) and body_pos.get(aid) and min(head_pos[aid]) > min(body_pos[aid]):
            ctx.count["headline printed after its body"] += 1
    # bunched headlines: consecutive head blocks of different articles
    hp = sorted((p, a) for a, ps in head_pos.items() for p in ps)
    for (p1, a1), (p2, a2) in zip(hp, hp[1:]):
        if p2 == p1 + 1 and a1 != a2:
            ctx.count["headline bunched with another story's headline"] += 1
    # paragraph-layout cuts
    if ctx.layout == "paragraph":
        for aid in arts:
            kind, data = segs_of(aid)
            for pi, (_ptext, para, ctype) in enumerate(data):
                if ctype is None:
                    continue
                p0, p1 = piece_pos.get((aid, pi - 1)), piece_pos.get((aid, pi))
                label = CUT_TYPES.get(ctype, "plain")
                if p0 is not None and p1 == p0 + 1:
                    ctx.count["paragraph split by a column break, nothing between"] += 1
                else:
                    ctx.count[f"paragraph cut {label}, continued after another story"] += 1
    else:
        for aid in arts:
            kind, data = segs_of(aid)
            if len(data) > 1:
                ctx.count["column story interrupted by another piece"] += len(data) - 1
    meta = page.meta
    gold = OrderedDict()
    gold["source"] = None
    gold["issue_date"] = meta["date"]
    gold["issue_number"] = meta.get("issue_number") or None
    gold["page_count"] = int(meta["page_count"]) if meta.get("page_count") else None
    gold["articles"] = gold_arts
    gold["extras"] = ["".join(re.sub(r"\s+", "", x) for x in v) for v in extras.values()]
    gold["duplicates"] = duplicates
    for k, v in extras.items():
        if k.startswith("_"):
            ctx.count["box line (countdown, code prompt, label)"] += 1
        else:
            ctx.count["masthead piece" if k == "m" else "box line (countdown, code prompt, label)"] += len(v) if k == "m" else 1
    # counts from the source text
    for aid, art in arts.items():
        for k in ("dateline", "byline"):
            v = art.f[k]
            if MARK_BR in v:
                before = v.split(MARK_BR)[0]
                after = v.split(MARK_BR)[1].lstrip()
                if k == "dateline" and re.search(r"\d月$", before):
                    ctx.count["line break inside a dateline's date"] += 1
                elif after.startswith("通讯员"):
                    ctx.count["line break before 通讯员"] += 1
                elif k == "byline" and "⏎⏎" in v:
                    ctx.count["byline broken across a blank line"] += 1
                else:
                    ctx.count[f"line break inside a {k}"] += 1
        for k in ("kicker", "title", "subtitle"):
            v = art.f[k]
            if MARK_BR in v:
                last = v.split(MARK_BR)[-1].strip()
                if len(last) <= 4:
                    ctx.count["headline's last word alone on a line"] += 1
                else:
                    ctx.count["headline printed on two lines"] += 1
        if art.get("marker"):
            ctx.count["jump marker"] += 1
    for spec in page.layout:
        if " + " in spec and ATOM_RE.match(spec.split(" + ")[0].strip()):
            ctx.count["headline parts joined on one line"] += 1
        if " / " in spec and all(ATOM_RE.match(s.strip()) for s in spec.split(" / ")):
            ctx.count["headline/byline lines without a blank between"] += 1
        if re.search(r'"[^"]* [^"]*"@m', spec):
            ctx.count["merged masthead piece"] += 1
    return text, gold, ctx


def page_stats(text: str, gold) -> dict:
    return {"chars": len(re.sub(r"\s+", "", text)), "articles": len(gold["articles"])}


def build(write=True):
    pages = sorted(SRC.glob("p*.txt"))
    results = []
    for n, path in enumerate(pages):
        page = parse_source(path)
        text, gold, ctx = compose(page)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        gold["source"] = base + ".txt"
        gjson = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        results.append((base, page, text, gold, gjson, ctx))
    readme = make_readme(results)
    out = {}
    for base, page, text, gold, gjson, ctx in results:
        out[f"pages/{base}.txt"] = text
        out[f"gold/{base}.json"] = gjson
    out["README.md"] = readme
    if write:
        for d in ("pages", "gold"):
            p = HERE / d
            p.mkdir(exist_ok=True)
            for old in p.glob("*"):
                if f"{d}/{old.name}" not in out:
                    old.unlink()
        for rel, content in out.items():
            (HERE / rel).write_text(content, encoding="utf-8")
    return results, out


LAYOUT_NAME = {"column": "column", "paragraph": "paragraph"}
PUNCT_NAME = {"full": "full-width", "mixed": "full commas, half-width brackets",
              "half": "half-width `,();:`"}


def make_readme(results) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    per_layout = {"column": Counter(), "paragraph": Counter()}
    for base, page, text, gold, gjson, ctx in results:
        total.update(ctx.count)
        per_layout[ctx.layout].update(ctx.count)
    rows = ["| phenomenon | column pages | paragraph pages | all |", "|---|---:|---:|---:|"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        if total[k]:
            rows.append(f"| {k} | {per_layout['column'][k]} | {per_layout['paragraph'][k]} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for base, page, text, gold, gjson, ctx in results:
        st = page_stats(text, gold)
        m = page.meta
        front = " (front: masthead, No. %s, %s pages)" % (m["issue_number"], m["page_count"]) if m.get("issue_number") else ""
        prow.append(f"| {base}.txt | {m['date']} | {m['page']}{front} | {ctx.layout} | "
                    f"{PUNCT_NAME[ctx.mode]} | {st['articles']} | {st['chars']} | {m.get('subjects', '')} |")
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(prow)))


if __name__ == "__main__":
    results, out = build(write=True)
    for base, page, text, gold, gjson, ctx in results:
        st = page_stats(text, gold)
        print(f"{base}  {page.meta['date']}  {ctx.layout:9}  {st['articles']:2d} articles  {st['chars']} chars")
