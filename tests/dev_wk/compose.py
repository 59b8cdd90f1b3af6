#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name, so a rerun rebuilds the set
byte-for-byte.  See README.in / README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》〉」』,.;:?!)")
OPEN = set("“‘（《〈「『(")
PUNCT = CLOSE | OPEN | set("·")
BR = "¦"          # forced line break in a source string
CUT_RE = re.compile(r"\[/([a-z]+)\]")
TAGS = {"verb": "cut between a verb and its figure", "unit": "cut between a figure and its unit",
        "word": "cut inside a word", "quote": "cut inside a quoted term", "name": "cut inside a name",
        "abbr": "cut inside an abbreviation", "col": "paragraph split by a column break, nothing between",
        "plain": "cut at an ordinary point"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

C = Counter()          # phenomena counted while composing (whole set)


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# ----------------------------------------------------------------- parsing
def parse(path: Path):
    page, arts, layout, cur = {}, OrderedDict(), [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                cur = "layout"
                continue
            cur = {"id": head[0], "kind": head[1], "paras": [], "subheads": []}
            for f in FIELDS:
                cur[f] = ""
            arts[head[0]] = cur
            continue
        if line.startswith("page."):
            k, v = line[5:].split(":", 1)
            page[k.strip()] = v.strip()
            continue
        if cur == "layout":
            layout.append(line.strip())
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "P":
            cur["paras"].append(("P", v))
        elif k == "H":
            cur["paras"].append(("H", v))
            cur["subheads"].append(v)
        else:
            cur[k] = v
    return page, arts, layout


# ------------------------------------------------------------ punctuation
def punct(s: str, style: str) -> str:
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """gold form of a source string: no cut marks, no forced breaks"""
    return CUT_RE.sub("", s).replace(BR, "")


# --------------------------------------------------------------- tokens
TOK = re.compile(r"——|……|[0-9][0-9.]*(?:%|‰)?|[A-Za-z][A-Za-z0-9+\-]*|.")


def tokens(s: str):
    return TOK.findall(s)


def width(tok: str) -> float:
    if tok in ("——", "……"):
        return 2.0
    if len(tok) == 1 and tok in PUNCT:
        return 0.5          # compressed punctuation, as the seeds' columns print it
    if all(ord(c) < 128 for c in tok):
        return 0.5 * len(tok)
    return float(len(tok))


def is_num(tok: str) -> bool:
    return tok[:1].isdigit()


def wrap(text: str, W: float, indent: bool, guard=None):
    """greedy wrap into lines of W em; returns list of (tokens, used_width, line_width)"""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    lw = W - 2 if indent else W
    for t in toks:
        tw = width(t)
        if w + tw <= lw or not cur:
            cur.append(t)
            w += tw
        elif t in CLOSE and w + tw <= lw + 1.0:
            cur.append(t)          # hanging punctuation
            w += tw
        else:
            carry = []
            while cur and cur[-1] in OPEN:       # an opening mark never ends a line
                carry.insert(0, cur.pop())
            if not cur:
                cur, carry = carry, []
            lines.append((cur, sum(width(x) for x in cur), lw))
            cur = carry + [t]
            w = sum(width(x) for x in cur)
            lw = W
    if cur:
        lines.append((cur, w, lw))
    if guard is not None:
        # a line must not open with a stub (< 4 characters) of the dateline followed by
        # body text: the stub would be too short to be found again (see README)
        for i in range(1, len(lines)):
            start = sum(len("".join(l[0])) for l in lines[:i])
            end = start + len("".join(lines[i][0]))
            while start < guard < end and len(re.sub(r"\s", "", text[start:guard])) < 4 and len(lines[i - 1][0]) > 1:
                t = lines[i - 1][0].pop()
                lines[i][0].insert(0, t)
                start -= len(t)
            lines[i - 1] = (lines[i - 1][0], sum(width(x) for x in lines[i - 1][0]), lines[i - 1][2])
            lines[i] = (lines[i][0], sum(width(x) for x in lines[i][0]), lines[i][2])
    return lines


class Page:
    def __init__(self, src: Path):
        self.name = src.name
        self.rng = random.Random(src.name)
        self.page, self.arts, self.layout = parse(src)
        self.style = self.page.get("punct", "full")
        self.kind = self.page["layout"]
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pc = Counter()
        self.printed = Counter()
        r = self.rng
        # page-level habits of the extraction (column pages only)
        self.p_num_before = r.choice([0.55, 0.7, 0.85])
        self.p_num_after = r.choice([0.5, 0.7, 0.8])
        self.p_quote = 0.12
        self.p_pgap = 0.08

    def count(self, key, n=1):
        self.pc[key] += n
        C[key] += n

    def P(self, s):
        return punct(s, self.style)

    # ------------------------------------------------------ line rendering
    def render_line(self, toks, spread: bool) -> str:
        r = self.rng
        out = []
        for i, t in enumerate(toks):
            if i:
                prev = toks[i - 1]
                if spread:
                    # as the seeds print spread lines: no gap after a closing mark or before an
                    # opening one, none inside book-title marks and brackets; a gap after “ and before ”
                    sp = not (prev in CLOSE or t in OPEN or t in "》）)" or prev in "（《(")
                    if sp:
                        out.append(" ")
                else:
                    if is_num(t) and is_cjk(prev[-1]) and r.random() < self.p_num_before:
                        out.append(" ")
                        self.count("space before a number run")
                    elif is_num(prev) and is_cjk(t[0]) and not prev.endswith("%") and r.random() < self.p_num_after:
                        out.append(" ")
                        self.count("space after a number run")
                    elif prev == "“" and is_cjk(t[0]) and r.random() < self.p_quote:
                        out.append(" ")
                        self.count("space after an opening quote")
                    elif is_num(prev) and t in "、，" and r.random() < 0.5:
                        out.append(" ")
                        self.count("glyph-gap space before full-width punctuation")
            if not spread and is_num(t) and t.endswith("%") and len(t) > 1 and r.random() < self.p_pgap:
                t = t[:-1] + " %"
                self.count("glyph-gap space before %")
            out.append(t)
        if spread:
            self.count("justified line spread with spaces")
        return "".join(out)

    def column_text(self, text: str, W: float, indent: bool, last_is_end: bool, guard=None):
        """wrap one piece of a paragraph; BR forces a line break"""
        lines = []
        segs = text.split(BR)
        off = 0
        for si, seg in enumerate(segs):
            g = guard - off if guard is not None and off <= guard - 0 <= off + len(seg) else None
            off += len(seg) + 1
            wl = wrap(seg, W, indent and si == 0, g)
            if si < len(segs) - 1 and len(wl) > 1 and sum(width(t) for t in tokens(wl[-1][0][-1] if False else "".join(wl[-1][0]))) <= 2:
                # a forced break (dateline, byline) never leaves a stub: the last line takes it
                tail = wl.pop()
                toks = wl[-1][0] + tail[0]
                wl[-1] = (toks, sum(width(t) for t in toks), wl[-1][2])
            for li, (toks, used, lw) in enumerate(wl):
                final = li == len(wl) - 1
                npunct = sum(1 for t in toks if t in PUNCT)
                # the justified-line rule measured on the seeds: a line short of its measure by
                # a full em, or by half an em when three or more compressed marks sit in it,
                # is printed with its characters spread apart
                spread = (not final) and len(toks) > 3 and (
                    lw - used >= 1.0 or (lw - used >= 0.5 and npunct >= 3))
                if final and si < len(segs) - 1:
                    spread = False
                if final and si == len(segs) - 1 and not last_is_end:
                    spread = False
                lines.append(self.render_line(toks, spread))
        return lines

    # ----------------------------------------------------------- pieces
    def pieces(self, art):
        """flatten an article into pieces: (para_no, piece_no, n_pieces, kind, text, tag_before)"""
        out = []
        for pi, (k, txt) in enumerate(art["paras"], 1):
            parts = CUT_RE.split(self.P(txt))
            texts, tags = parts[0::2], [None] + parts[1::2]
            for qi, t in enumerate(texts, 1):
                out.append((pi, qi, len(texts), k, t, tags[qi - 1]))
        return out

    def select(self, art, spec):
        ps = self.pieces(art)
        if not spec:
            return ps

        def key(s, end):
            if "." in s:
                a, b = s.split(".")
                return (int(a), int(b))
            n = int(s)
            return (n, 99) if end else (n, 1)
        a, dash, b = spec.partition("-")
        lo = key(a, False)
        hi = (10 ** 6, 99) if (dash and not b) else key(b or a, True)
        return [p for p in ps if lo <= (p[0], p[1]) <= hi]

    # ------------------------------------------------------------ ops
    def op_head(self, art, opts):
        parts = [self.P(art[f]) for f in ("kicker", "title", "subtitle") if art[f]]
        if not parts:
            return
        if "join" in opts:
            line = " ".join(p.replace(BR, " ") for p in parts)
            self.blocks.append(line)
            self.count("headline stack printed on one line")
        else:
            sep = "\n" if "tight" in opts else None
            printed = [p.replace(BR, "\n") for p in parts]
            for p in parts:
                if BR in p:
                    tail = p.rsplit(BR, 1)[1]
                    self.count("headline broken over lines" if len(tail) > 2 else "headline's last word left alone on a line")
            if sep:
                self.blocks.append("\n".join(printed))
            else:
                self.blocks.extend(printed)
        if "twice" in opts:
            t = self.P(art["title"]).replace(BR, "")
            self.blocks.append(t)
            self.dups.append(t)
            self.count("headline drawn twice (two identical lines)")
        if "double" in opts:
            t = self.P(art["title"]).replace(BR, "")
            self.blocks[-1] = self.blocks[-1].replace(t, t + t, 1) if t in self.blocks[-1] else self.blocks[-1] + t
            self.dups.append(t)
            self.count("headline doubled on one line")
        if "after" in opts:
            self.count("headline printed after its body")
        if "bunch" in opts:
            self.count("headline bunched with other stories' headlines")

    def op_body(self, art, spec, opts):
        ps = self.select(art, spec)
        for p in ps:
            self.printed[(art["id"], p[0], p[1])] += 1
        W = float(opts.get("w") or art.get("width") or self.page.get("width", 16))
        lead = opts.get("lead", "")
        first = True
        for (pi, qi, n, k, t, tag) in ps:
            if tag:
                self.count(TAGS[tag])
            text = t
            guard = None
            if pi == 1 and qi == 1 and art["dateline"]:
                dl = self.P(art["dateline"])
                text = dl + text
                guard = len(dl)
                if BR in dl:
                    after = dl.split(BR, 1)[1]
                    before = dl.split(BR, 1)[0]
                    if after.startswith("通讯员"):
                        self.count("line break before 通讯员")
                    elif "讯" not in before and "电" not in before:
                        self.count("line break inside a dateline's date")
                    else:
                        self.count("line break between a dateline's names")
            if first and lead:
                text = lead + text
                guard = None if guard is None else guard + len(lead)
            first = False
            if k == "H":
                self.blocks.append(t if self.kind == "para" else t)
                continue
            if self.kind == "para":
                self.blocks.append(text.replace(BR, "\n"))
            else:
                self.blocks.extend(self.column_text(text, W, indent=(qi == 1 and not (pi == 1 and lead)),
                                                    last_is_end=(qi == n), guard=guard))

    def op_photo(self, art, opts):
        cap = self.P(art["paras"][0][1])
        self.printed[(art["id"], 1, 1)] += 1
        cred = self.P(art["byline"])
        if "wrap" in opts and self.kind == "column":
            W = float(opts["wrap"])
            wl = [tk for tk, _, _ in wrap(cap, W, False)]
            if len(wl) > 1 and len("".join(wl[-1])) < 4:     # no stub before the credit
                wl[-2] = wl[-2] + wl.pop()
            lines = [self.render_line(tk, False) for tk in wl]
            if cred and "right" not in opts:
                lines[-1] += " " + cred
            self.blocks.extend(lines)
        elif cred and "right" not in opts:
            self.blocks.append(cap + " " + cred)
        else:
            self.blocks.append(cap)
        if cred and "right" in opts:
            self.blocks.append(" " * self.rng.randint(18, 34) + cred)
            self.count("credit right-aligned on a line of its own")

    def run(self):
        arts = self.arts
        for op in self.layout:
            word, _, rest = op.partition(" ")
            args = rest.split()
            opts = {}
            pos = []
            for a in args:
                if "=" in a:
                    k, v = a.split("=", 1)
                    opts[k] = v
                else:
                    pos.append(a)
            if word == "head":
                self.op_head(arts[pos[0]], set(pos[1:]))
            elif word == "body":
                self.op_body(arts[pos[0]], pos[1] if len(pos) > 1 else "", opts)
            elif word == "col":
                self.blocks.append(self.P(arts[pos[0]]["column"]))
            elif word == "by":
                b = self.P(arts[pos[0]]["byline"])
                if BR in b:
                    self.count("line break before 通讯员" if b.split(BR, 1)[1].startswith("通讯员")
                               else "line break between a byline's names")
                self.blocks.append(b.replace(BR, "\n"))
            elif word == "photo":
                self.op_photo(arts[pos[0]], {**{p: True for p in pos[1:]}, **opts})
            elif word in ("mast", "box", "folio"):
                pieces = [p.strip() for p in rest.split(" / ")]
                txt = []
                for p in pieces:
                    self.blocks.append(p.replace(" // ", "\n"))
                    txt.append(re.sub(r"\s+", "", p.replace(" // ", "")))
                self.extras.append("".join(txt))
                if word == "box":
                    self.count("short box line (countdown, code prompt, framed label)")
                else:
                    self.count("masthead / folio pieces in drawing order", len(pieces))
                    self.count("masthead pieces merged on one line",
                               sum(1 for p in pieces if re.match(r"^\d+ 星期", p)))
            elif word == "line":
                self.blocks.append(rest)
                if "版" in rest:
                    self.count("jump marker line")
            elif word == "dupline":
                last = self.blocks[-1]
                self.blocks.append(last)
                self.dups.append(re.sub(r"\s+", "", last))
                self.count("line printed twice")
            elif word == "dup":
                for (pi, qi, n, k, t, tag) in self.select(arts[pos[0]], pos[1]):
                    self.blocks.append(t)
                    self.dups.append(t)
                    self.count("line printed twice")
            elif word == "blank":
                self.blocks.append("")
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        for a in self.arts.values():
            for p in self.pieces(a):
                n = self.printed[(a["id"], p[0], p[1])]
                if n != 1:
                    raise SystemExit(f"{self.name}: piece {a['id']} {p[0]}.{p[1]} printed {n} times")
        body = "\n\n".join(self.blocks)
        if self.kind == "column" and self.page.get("lead_space") == "yes":
            body = " " + body
        return "\n\n" + body + "\n" if self.kind == "para" else body + "\n\n"

    def gold(self, source):
        arts = []
        for a in self.arts.values():
            paras = []
            for k, t in a["paras"]:
                t = clean(self.P(t))
                paras.append(re.sub(r"\s+", "", t) if k == "H" else t)
            arts.append(OrderedDict([
                ("kind", a["kind"]), ("column", self.P(a["column"])), ("kicker", clean(self.P(a["kicker"]))),
                ("title", clean(self.P(a["title"]))), ("subtitle", clean(self.P(a["subtitle"]))),
                ("byline", clean(self.P(a["byline"]))), ("dateline", clean(self.P(a["dateline"]))),
                ("continued", a["continued"]), ("subheads", [self.P(s) for s in a["subheads"]]),
                ("paragraphs", paras)]))
        n = self.page.get("issue_number")
        pc = self.page.get("page_count")
        return OrderedDict([("source", source), ("issue_date", self.page["date"]),
                            ("issue_number", n or None), ("page_count", int(pc) if pc else None),
                            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    per_page = {}
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        (PAGES / f"{stem}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(f"{stem}.txt")
        (GOLD / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pstyle = {"full": "full-width", "mixed": "full commas, half-width ()", "half": "half-width ,();:"}[pg.style]
        rows.append(f"| {stem}.txt | {pg.page['date']} | {pg.page['no']} | {pg.kind} | {pstyle} | "
                    f"{len(g['articles'])} | {nchars(text)} | {pg.page.get('subjects', '')} |")
        per_page[stem] = pg.pc
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(C.items(), key=lambda x: (-x[1], x[0])):
        ph.append(f"| {k} | {v} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    out = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pages))
    (HERE / "README.md").write_text(out, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
