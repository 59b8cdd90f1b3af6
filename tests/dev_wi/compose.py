#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages, gold annotations and README.md.

    python3 compose.py          # writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice is drawn from a random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.

Source format (src/pNN.txt) -- see README.md for the full description:

    = page                      page metadata (key: value lines)
    = article ID                one article: fields, then `p:` paragraph lines
    = layout                    one directive a line, in printing order

Markers inside the source text:
    |x   (in paragraphs) a cut point; x names the kind of cut
         u figure|unit  v verb|figure  w inside a word  q inside a quoted term
         n inside a name  s clause/sentence  c column break with nothing between
    ^    (in paragraphs) forced line end in the column layout (ignored in the
         paragraph layout)
    |    (in headline parts, bylines, datelines, boxes) a line break
    ||   the same with a blank line
    ##   a paragraph that is a crosshead (subhead)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

# ---------------------------------------------------------------- measured on the seeds
# Column layout (seeds 000, 004): one printed column line per text line, a blank
# line between lines.  Body widths in em (full-width glyph = 1 em, ASCII = 0.5 em),
# measured as the mode of non-final line widths per article:
#   000 news 17 em (16-18), 000 commentary 12 em, 004 news 20-22 em, 004 commentary 19 em.
#   The first line of a paragraph is 2 em shorter (indent dropped by the extraction).
#   Photo captions run across 40-44 em.  Lines short of the column by >= 1 em that
#   are not paragraph-final are spread ("justified") with a space after every glyph
#   except after closing punctuation and around （）《》 and before opening quotes.
# Paragraph layout (seeds 001-003): two blank lines at the top, one paragraph a
# line, one blank line between lines, headline parts either stacked or joined by a
# space on one line, 3 blank lines before a photo block, no final newline.
COLUMN_WIDTHS = {"news": (17, 20, 21, 22), "commentary": (12, 19), "photo": (40, 44)}

OPENING = set("“‘（《(「")
CLOSING = set("，。、；：？！）》”’…,;:)?!」")
NOSPACE_AFTER = set("，。、；：！？”’》）（《,;:)(")
NOSPACE_BEFORE = set("《》（）“‘()")
PUNCT = OPENING | CLOSING | set("—·")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%/+\-×~]+")


def conv_punct(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path):
    page, arts, layout = {}, OrderedDict(), []
    cur = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("= "):
            head = line[2:].split()
            if head[0] == "page":
                cur = page
            elif head[0] == "article":
                cur = {"id": head[1], "p": []}
                arts[head[1]] = cur
            elif head[0] == "layout":
                cur = layout
            continue
        if cur is layout:
            layout.append(line)
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "p":
            cur["p"].append(val)
        else:
            cur[key] = val
    return page, arts, layout


FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def strip_marks(s: str) -> str:
    """Gold text of a source string: markers removed."""
    s = re.sub(r"\|[a-z]", "", s)
    s = s.replace("^", "")
    s = s.replace("||", "").replace("|", "")
    return s


# ---------------------------------------------------------------- tokens and widths
def tokenize(text: str):
    """Tokens of a paragraph: ('t', str) text tokens, ('cut', kind), ('brk',)."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "|" and i + 1 < len(text) and text[i + 1] == "|":
            out.append(("brk2",))
            i += 2
            continue
        if c == "|" and i + 1 < len(text) and text[i + 1].islower() and text[i + 1].isascii():
            out.append(("cut", text[i + 1]))
            i += 2
            continue
        if c == "|":
            out.append(("brk",))
            i += 1
            continue
        if c == "^":
            out.append(("brk", "soft"))
            i += 1
            continue
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(("t", m.group()))
            i = m.end()
            continue
        out.append(("t", c))
        i += 1
    return out


def tok_width(tok: str, prev: str | None) -> float:
    if ASCII_RUN.fullmatch(tok) or tok == " ":
        return 0.5 * len(tok)
    if tok in PUNCT and prev is not None and prev in PUNCT:
        return 0.5  # consecutive punctuation is squeezed
    if tok in ",;:()":
        return 0.5
    return 1.0


def is_num(tok: str) -> bool:
    return bool(ASCII_RUN.fullmatch(tok)) and any(ch.isdigit() for ch in tok)


# ---------------------------------------------------------------- rendering of lines
class Style:
    """Per-article spacing habits of the extraction (column layout)."""

    def __init__(self, rng: random.Random, layout: str):
        if layout == "column":
            self.num = rng.choice(["both", "both", "before", "mix"])
            self.quote_gap = rng.random() < 0.35
            self.pct_gap = rng.random() < 0.25
        else:
            self.num = rng.choice(["none", "none", "none", "before"])
            self.quote_gap = rng.random() < 0.15
            self.pct_gap = rng.random() < 0.1
        self.rng = rng


def render(tokens, style: Style, spread: bool, counter: Counter) -> str:
    """Join the text tokens of one printed line, with the extraction's spaces."""
    toks = [t for t in tokens]
    if spread:
        counter["justified line spread with spaces"] += 1
        out = toks[0]
        for prev, cur in zip(toks, toks[1:]):
            if prev in NOSPACE_AFTER or cur in NOSPACE_BEFORE:
                out += cur
            else:
                out += " " + cur
        return out
    out = ""
    for k, t in enumerate(toks):
        prev = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        piece = t
        if is_num(t) and style.pct_gap and t.endswith("%") and len(t) > 1:
            piece = t[:-1] + " %"
            counter["glyph-gap space before %"] += 1
        if is_num(t):
            sp_before = style.num in ("both", "before") or (style.num == "mix" and style.rng.random() < 0.5)
            sp_after = style.num == "both" or (style.num == "mix" and style.rng.random() < 0.5)
            if prev is not None and prev not in PUNCT and sp_before and not out.endswith(" "):
                piece = " " + piece
                counter["space around a number run"] += 1
            if nxt is not None and nxt not in PUNCT and sp_after and not is_num(nxt):
                piece = piece + " "
                counter["space around a number run"] += 1
        elif t == "“" and style.quote_gap and nxt is not None and nxt not in PUNCT:
            piece = "“ "
            counter["space after an opening quote"] += 1
        out += piece
    return re.sub(r" {2,}", " ", out).strip(" ")


def wrap(tokens, width: float, indent: float, counter: Counter):
    """Break a paragraph (token list) into column lines.

    Returns a list of (tokens, kind) where kind is 'full', 'forced', 'last';
    and the list of line indexes after which a cut marker falls."""
    lines, cur, w, limit = [], [], 0.0, width - indent
    cuts = []
    # a dateline with explicit breaks is printed as broken, not re-wrapped
    hold_dl = any(t[0] in ("brk", "brk2") and len(t) == 2 and t[1] == "dl" for t in tokens)
    prev = None
    for ti, tok in enumerate(tokens):
        if tok[0] in ("brk", "brk2"):
            soft = len(tok) > 1 and tok[1] == "soft"
            if soft and w < limit - 5:
                continue  # a soft break only ends a line that is nearly full
            if cur:
                lines.append((cur, "forced", limit))
            cur, w, limit, prev = [], 0.0, width, None
            continue
        if tok[0] == "cut":
            cuts.append((len(lines), bool(cur), tok[1]))
            continue
        t = tok[1]
        tw = tok_width(t, prev)
        if not cur or w + tw <= limit or t in CLOSING or (len(tok) > 2 and hold_dl):
            cur.append(t)
            w += tw
        else:
            carry = []
            while cur and cur[-1] in OPENING:
                carry.insert(0, cur.pop())
            if len(tok) > 2:
                # never leave fewer than 4 dateline glyphs at the head of a line
                rest = sum(len(x[1].strip()) for x in tokens[ti:] if x[0] == "t" and len(x) > 2)
                rest += sum(len(x.strip()) for x in carry)
                while cur and rest < 4:
                    carry.insert(0, cur.pop())
                    rest += len(carry[0].strip())
            lines.append((cur, "full", limit))
            limit = width
            cur = carry + [t]
            w = sum(tok_width(x, None) for x in cur)
        prev = t
    if cur:
        lines.append((cur, "last", limit))
    # a cut falls after the line holding it (or before the first line of the paragraph)
    cut_after = []
    for idx, mid, kind in cuts:
        at = idx if mid else idx - 1
        cut_after.append((min(at, len(lines) - 1), kind))
    return lines, cut_after


def line_width(toks) -> float:
    w, prev = 0.0, None
    for t in toks:
        w += tok_width(t, prev)
        prev = t
    return w


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.layout = parse_source(path)
        self.mode = self.meta.get("layout", "column")
        self.punct = self.meta.get("punct", "full")
        self.count = Counter()
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.blocks: list[tuple[str, int]] = []  # (text, blank lines before)
        self.printed: dict[str, list[str]] = {}
        self.used: list[tuple[str, int]] = []
        self.styles = {}
        self.segments = {}
        for aid, a in self.arts.items():
            self.styles[aid] = Style(random.Random(path.name + aid), self.mode)
        self.prepare_bodies()

    # -- text helpers
    def P(self, s: str) -> str:
        return conv_punct(s, self.punct)

    def gold_article(self, a) -> dict:
        g = OrderedDict()
        for f in FIELDS:
            g[f] = self.P(strip_marks(a.get(f, "")))
        paras, subs = [], []
        for p in a["p"]:
            txt = self.P(strip_marks(p))
            if txt.startswith("##"):
                txt = txt[2:]
                subs.append(txt)
            if txt:
                paras.append(txt)
        g["subheads"] = subs
        g["paragraphs"] = paras
        return g

    # -- bodies
    def prepare_bodies(self):
        """Split every article body into printable segments of lines."""
        for aid, a in self.arts.items():
            st = self.styles[aid]
            paras = [self.P(p) for p in a["p"]]
            dl = self.P(a.get("dateline", ""))
            segs = [[]]
            if self.mode == "paragraph":
                first = True
                for p in paras:
                    sub = p.startswith("##")
                    if sub:
                        p = p[2:]
                    text = (dl.replace("||", "\n").replace("|", "\n") if first and dl else "") + p
                    first = False
                    parts = re.split(r"\|([a-z])", text)
                    for k in range(0, len(parts), 2):
                        piece = parts[k].replace("^", "")
                        if piece:
                            for sub_line in piece.split("\n"):
                                segs[-1].append(self.para_line(sub_line, st))
                        if k + 1 < len(parts):
                            self.count["paragraph cut: " + CUT_NAMES[parts[k + 1]]] += 1
                            segs.append([])
            else:
                width = float(a.get("width", "17"))
                first = True
                for p in paras:
                    sub = p.startswith("##")
                    if sub:
                        segs[-1].append(("\n", p[2:]))  # crosshead line, own line
                        self.count["crosshead printed on its own line"] += 1
                        continue
                    if first and dl:
                        dtoks = [(t[0], t[1], "dl") if t[0] == "t" else (t[0], "dl") for t in tokenize(dl)]
                        toks = dtoks + tokenize(p)
                        if "|" in dl:
                            self.count["dateline broken across lines"] += 1
                    elif first and a.get("lead"):
                        toks = tokenize(self.P(a["lead"])) + tokenize(p)
                    else:
                        toks = tokenize(p)
                    first = False
                    lines, cuts = wrap(toks, width, 2.0, self.count)
                    cut_at = {i: k for i, k in cuts}
                    for i, (lt, kind, limit) in enumerate(lines):
                        spread = kind != "last" and line_width(lt) < limit - 1.0 and len(lt) > 1
                        segs[-1].append(render(lt, st, spread, self.count))
                        if i in cut_at:
                            self.count["column cut: " + CUT_NAMES[cut_at[i]]] += 1
                            segs.append([])
                    for i in range(len(lines) - 1):
                        a_last, b_first = lines[i][0][-1], lines[i + 1][0][0]
                        if is_num(a_last) and not is_num(b_first) and b_first not in PUNCT:
                            self.count["figure and unit on two column lines"] += 1
            self.segments[aid] = segs

    def para_line(self, text: str, st: Style) -> str:
        toks = [t[1] for t in tokenize(text) if t[0] == "t"]
        return render(toks, st, False, self.count)

    # -- output helpers
    def emit(self, text: str, blanks: int = 1):
        gap = getattr(self, "pending_gap", 0)
        self.pending_gap = 0
        self.blocks.append((text, max(blanks, gap)))

    def lines_of(self, s: str) -> str:
        """`|` -> newline, `||` -> newline + blank line (column) / newline (paragraph)."""
        return s.replace("||", "\n\n").replace("|", "\n")

    # -- directives
    def run(self):
        for d in self.layout:
            parts = d.split(None, 1)
            op, arg = parts[0], (parts[1] if len(parts) > 1 else "")
            getattr(self, "op_" + op)(arg)
            self.last_op = op

    def op_gap(self, arg):
        n = int(arg or 3)
        self.pending_gap = n
        self.count["extra blank lines"] += 1

    def op_mast(self, arg):
        pieces = [x for x in re.split(r"\|+", arg) if x]
        self.extras.append(squash("".join(pieces)))
        self.count["masthead pieces (drawing order)"] += len(pieces)
        self.emit(self.lines_of(arg))

    def op_box(self, arg):
        self.extras.append(self.P(re.sub(r"\s+", "", arg.replace("|", ""))))
        self.count["short box line"] += arg.count("|") + 1
        self.emit(self.P(self.lines_of(arg)))

    def op_marker(self, arg):
        self.extras.append(self.P(arg))
        self.count["jump marker line"] += 1
        self.emit(self.P(arg))

    def op_label(self, arg):
        a = self.arts[arg]
        self.emit(self.P(a["column"]))
        self.count["column label on its own line"] += 1

    def op_byline(self, arg):
        a = self.arts[arg]
        b = self.P(a["byline"])
        if "|" in b:
            self.count["byline broken between names / before 通讯员"] += 1
        self.emit(self.lines_of(b))

    def head_parts(self, a):
        return [self.P(a.get(k, "")) for k in ("kicker", "title", "subtitle") if a.get(k, "")]

    def op_head(self, arg):
        bits = arg.split()
        a = self.arts[bits[0]]
        how = bits[1] if len(bits) > 1 else ("stack" if self.mode == "column" else "join")
        parts = self.head_parts(a)
        if any("|" in p for p in parts):
            self.count["headline broken across lines"] += 1
        if how == "join":
            self.emit(" ".join(p.replace("|", "") for p in parts))
            if len(parts) > 1:
                self.count["headline parts joined on one line"] += 1
        elif how == "tight":
            self.emit("\n".join(p.replace("||", "\n").replace("|", "\n") for p in parts))
        elif how == "double":
            t = self.P(strip_marks(a["title"]))
            self.dups.append(t)
            self.count["headline drawn twice on one line"] += 1
            rest = []
            if a.get("kicker"):
                self.emit(self.P(strip_marks(a["kicker"])))
            self.emit(t + " " + t)
            if a.get("subtitle"):
                self.emit(self.P(strip_marks(a["subtitle"])))
        elif how == "twice":
            t = self.P(strip_marks(a["title"]))
            self.dups.append(t)
            self.count["headline printed as two identical lines"] += 1
            self.emit(t + "\n" + t)
        else:  # stack: each part its own line, blank line between parts
            for p in parts:
                self.emit(self.lines_of(p))
            if len(parts) > 1:
                self.count["headline stack on several lines"] += 1
        if bits[0] in self.printed:
            self.count["headline printed after (part of) its body"] += 1
        if getattr(self, "last_op", "") == "head":
            self.count["headline bunched with another story's head"] += 1

    def op_body(self, arg):
        bits = arg.split()
        aid = bits[0]
        segs = self.segments[aid]
        idx = [int(x) for x in bits[1:]] if len(bits) > 1 else list(range(len(segs)))
        a = self.arts[aid]
        for i in idx:
            self.used.append((aid, i))
            lines = segs[i]
            for j, ln in enumerate(lines):
                if isinstance(ln, tuple):
                    self.emit(ln[1])
                    continue
                if j == 0 and i == 0 and a.get("lead"):
                    lead = self.P(a["lead"])
                    self.extras.append(lead)
                    self.count["jump marker at the head of a body line"] += 1
                    if self.mode == "paragraph":
                        ln = lead + ln
                self.emit(ln)
                self.printed.setdefault(aid, []).append(ln)

    def op_dup(self, arg):
        aid, k = arg.split()
        ln = self.printed[aid][int(k)]
        self.dups.append(squash(ln))
        self.count["line printed twice"] += 1
        self.emit(ln)

    def op_photo(self, arg):
        bits = arg.split()
        a = self.arts[bits[0]]
        how = bits[1] if len(bits) > 1 else "own"
        self.count["photo / cartoon"] += 1
        if a.get("title"):
            self.emit(self.P(strip_marks(a["title"])))
        cap = self.P(strip_marks(" ".join(a["p"])))
        cred = self.P(a.get("byline", ""))
        if self.mode == "column":
            width = float(a.get("width", "42"))
            st = self.styles[bits[0]]
            lines, _ = wrap(tokenize(cap), width, 0.0, self.count)
            out = [render(l[0], st, False, self.count) for l in lines]
        else:
            out = [self.para_line(cap, self.styles[bits[0]])]
        if cred:
            if how == "same" and len(squash(out[-1])) < 4:
                how = "own"
            if how == "same":
                out[-1] = out[-1] + " " + cred
            elif how == "right":
                out.append(" " * self.rng.choice([18, 24, 30, 36]) + cred)
                self.count["credit right-aligned on its own line"] += 1
            else:
                out.append(cred)
                self.count["credit on a line of its own"] += 1
        for ln in out:
            self.emit(ln)

    # -- assemble
    def text(self) -> str:
        out = ""
        for k, (text, blanks) in enumerate(self.blocks):
            out += ("\n" * (blanks + 1) if k else "") + text
        if self.mode == "column":
            return " " + out + "\n\n\n"
        return "\n\n" + out


CUT_NAMES = {"u": "between a figure and its unit", "v": "between a verb and its figure",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "s": "at a clause", "c": "column break with nothing between"}


def build():
    """Compose every page; return {relative path: text} and the README rows."""
    files = OrderedDict()
    rows, phen = [], Counter()
    for n, path in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(path)
        pg.gap_before = {}
        pg.run()
        want = sorted((aid, i) for aid, a in pg.arts.items() if a.get("kind") != "photo"
                      for i in range(len(pg.segments[aid])))
        if sorted(pg.used) != want:
            raise SystemExit("%s: body segments printed %s, want each of %s once" % (path.name, sorted(pg.used), want))
        text = pg.text()
        name = "%03d_%s" % (n, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        arts = [pg.gold_article(a) for a in pg.arts.values()]
        order = pg.meta.get("order", "").split()
        if order:
            arts = [pg.gold_article(pg.arts[k]) for k in order]
        gold = OrderedDict()
        gold["source"] = name + ".txt"
        gold["issue_date"] = pg.meta["date"]
        gold["issue_number"] = pg.meta.get("issue") or None
        gold["page_count"] = int(pg.meta["pagecount"]) if pg.meta.get("pagecount") else None
        gold["articles"] = arts
        gold["extras"] = pg.extras
        gold["duplicates"] = pg.dups
        files["pages/" + name + ".txt"] = text
        files["gold/" + name + ".json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        phen.update(pg.count)
        phen["articles"] += len(arts)
        rows.append({"file": name + ".txt", "date": pg.meta["date"], "page": pg.meta.get("page", ""),
                     "layout": pg.mode, "punct": pg.punct, "articles": len(arts),
                     "chars": nchars(text), "subjects": pg.meta.get("subjects", ""),
                     "count": pg.count})
    files["README.md"] = readme(rows, phen)
    return files


def readme(rows, phen) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    keys = sorted(k for k in phen if k != "articles")
    t1 = ["| phenomenon | count |", "|---|---:|"]
    for k in keys:
        t1.append("| %s | %d |" % (k, phen[k]))
    t2 = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        t2.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            r["file"], r["date"], r["page"], r["layout"], r["punct"], r["articles"], r["chars"], r["subjects"]))
    return tmpl.replace("{{PHENOMENA}}", "\n".join(t1)).replace("{{PAGES}}", "\n".join(t2))


def main():
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if "/".join((d, old.name)) not in files:
                old.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print("composed %d pages" % sum(1 for k in files if k.startswith("pages/")))


if __name__ == "__main__":
    main()
