#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md
    python3 compose.py --flow p03 prints the column flow of one source (for layout work)

Standard library only.  Every small random choice (spaces around number runs,
glyph gaps) comes from a random.Random seeded by the source file name, so the
output is the same byte for byte on every run.

Source format: see README.in ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》」,;:)?!")        # may not start a line; no gap after
OPEN = set("“‘（《「(")                            # may not end a line
PUNCT = CLOSE | OPEN
NOSPACE_BEFORE = set("“‘《（「(》）」)")             # spread lines: no gap before these
NOSPACE_AFTER = set("《（「(") | CLOSE              # spread lines: no gap after these
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+/\-]*")
CUT = re.compile(r"\{cut:([a-z]*)\}")
CUT_NAMES = {"vf": "cut between a verb and its figure", "fu": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "": "cut between clauses"}


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def convert_punct(s: str, style: str) -> str:
    """full: as written; mixed: half-width brackets; half: half-width ,();:"""
    if style == "mixed":
        return s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f: dict[str, str] = {}
        self.paras: list[str] = []          # raw source paragraphs ("## " = crosshead)

    def get(self, k: str) -> str:
        return self.f.get(k, "")


def parse_source(path: Path):
    page: dict[str, str] = {}
    arts: dict[str, Article] = {}
    order: list[str] = []
    layout: list[str] = []
    sect, cur, in_body = None, None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if in_body:
            if line == "---":
                in_body = False
            elif line.strip():
                cur.paras.append(line.strip())
            continue
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("#page"):
            sect = "page"
            continue
        if line.startswith("#art "):
            sect = "art"
            cur = Article(line.split()[1])
            arts[cur.id] = cur
            order.append(cur.id)
            continue
        if line.startswith("#layout"):
            sect = "layout"
            continue
        if sect == "layout":
            layout.append(line.strip())
        elif line == "---" and sect == "art":
            in_body = True
        else:
            k, _, v = line.partition(":")
            (page if sect == "page" else cur.f)[k.strip()] = v.strip()
    return page, arts, order, layout


# ---------------------------------------------------------------- composer
class Composer:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.page, self.arts, self.order, self.layout = parse_source(path)
        p = self.page
        self.col = p["layout"] == "column"
        self.style = p.get("punct", "full")
        self.numspace = float(p.get("numspace", "0"))
        self.quotespace = float(p.get("quotespace", "0"))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ph: Counter = Counter()
        self.printed_pieces: list[tuple[str, int]] = []   # order pieces were printed
        self.printed_lines: list[tuple[str, int]] = []    # column layout: lines printed
        self.body_seen: set[str] = set()
        self.captioned: set[str] = set()
        self.head_cache: dict[tuple[str, str], str] = {}
        self.head_seen: set[str] = set()
        self.flows: dict[str, list[dict]] = {}
        self.last_kind = None
        self.run_heads = 0

    # ---------- text helpers
    def cv(self, s: str) -> str:
        return convert_punct(s, self.style)

    def gold_field(self, a: Article, k: str) -> str:
        v = a.get(k)
        v = v.replace("^", " ").replace("|", "")
        v = re.sub(r" {2,}", " ", v).strip()
        return self.cv(v)

    def printed_field(self, a: Article, k: str) -> str:
        v = self.cv(a.get(k)).replace("^", "\n").replace("|", "\n")
        return "\n".join(x.strip() for x in v.split("\n"))

    def pieces(self, a: Article):
        """Pieces of the body: paragraphs split at {cut:..} marks."""
        out = []
        for pi, para in enumerate(a.paras):
            sub = para.startswith("## ")
            text = para[3:] if sub else para
            parts = CUT.split(text)
            segs, tags = parts[0::2], parts[1::2]
            for si, seg in enumerate(segs):
                out.append({"para": pi, "text": self.cv(seg), "sub": sub,
                            "end": si == len(segs) - 1,
                            "tag": tags[si] if si < len(tags) else None})
        return out

    # ---------- tokens and widths (column layout)
    def tokens(self, s: str):
        toks, i = [], 0
        while i < len(s):
            ch = s[i]
            if ch == "|":
                toks.append("\x00BR")
                i += 1
                continue
            m = ASCII_RUN.match(s, i)
            if m:
                toks.append(m.group())
                i = m.end()
                continue
            if s.startswith("……", i) or s.startswith("——", i):
                toks.append(s[i:i + 2])
                i += 2
                continue
            toks.append(ch)
            i += 1
        return toks

    @staticmethod
    def width(tok: str) -> float:
        w = 0.0
        for ch in tok.lstrip("\x01"):
            w += 0.5 if (ch in PUNCT or ord(ch) < 128) else 1.0
        return w

    def chunk_tokens(self, s: str):
        """Dateline / lead: breaks only at its spaces or at an explicit '|'."""
        toks = []
        for j, part in enumerate(s.split("|")):
            if j:
                toks.append("\x00BR")
            for k, chunk in enumerate(part.split(" ")):
                if k:
                    toks.append(" ")
                if chunk:
                    toks.append("\x01" + chunk)
        return toks

    def expand(self, toks):
        out = []
        for t in toks:
            out += self.tokens(t[1:]) if t.startswith("\x01") else [t]
        return out

    def render_plain(self, toks):
        """A line as extraction prints an unjustified line: spaces around number runs."""
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if ASCII_RUN.fullmatch(t) and any(c.isdigit() for c in t):
                if prev and len(prev) == 1 and is_cjk(prev) and self.rng.random() < self.numspace:
                    out.append(" ")
                    self.ph["space before a number run"] += 1
                tt = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < self.numspace * 0.06:
                    tt = t[:-1] + " %"
                    self.ph["glyph-gap space before %"] += 1
                out.append(tt)
                if nxt and len(nxt) == 1 and is_cjk(nxt):
                    if self.rng.random() < self.numspace * (0.35 if t.endswith("%") else 0.8):
                        out.append(" ")
                        self.ph["space after a number run"] += 1
                elif nxt and nxt in "、，" and t.endswith("%") and self.rng.random() < self.numspace * 0.4:
                    out.append(" ")
                    self.ph["glyph-gap space before full-width punctuation"] += 1
                continue
            out.append(t)
            if t in "“‘" and nxt and len(nxt) == 1 and is_cjk(nxt) and self.rng.random() < self.quotespace:
                out.append(" ")
                self.ph["space after an opening quote"] += 1
        return "".join(out).strip()

    @staticmethod
    def render_spread(toks):
        out = ""
        toks = [t for t in toks if t != " "]
        for i, t in enumerate(toks):
            out += t
            if i + 1 < len(toks):
                n = toks[i + 1]
                if t in NOSPACE_AFTER or n in NOSPACE_BEFORE:
                    continue
                out += " "
        return out

    def flow(self, a: Article):
        """Set an article's body in its column: list of line dicts."""
        if a.id in self.flows:
            return self.flows[a.id]
        W = float(a.get("width") or 17)
        lines = []
        prefix = self.cv(a.get("lead")) + self.cv(a.get("dateline"))
        first = True
        pcs = self.pieces(a)
        for pn, pc in enumerate(pcs):
            if not pc["end"]:
                raise SystemExit(f"{self.path.name}: {a.id}: cut marks are for the paragraph layout")
            text = pc["text"]
            if pc["sub"]:
                lines.append({"toks": self.tokens(text), "spread": False, "para": pc["para"], "last": True})
                continue
            toks = self.tokens(text)
            if first and prefix:
                toks = self.chunk_tokens(prefix) + toks
            first = False
            # first line of a paragraph: 2 em indent (none where a jumped paragraph goes on)
            cur, w, avail = [], 0.0, W - (0 if (pn == 0 and a.get("indent0")) else 2)
            jumped = bool(a.get("jump")) and pn == len(pcs) - 1

            def emit(forced, last):
                nonlocal cur, w, avail
                while cur and cur[-1] == " ":
                    cur.pop()
                slack = avail - sum(self.width(t) for t in cur)
                spread = ((not forced) and (not last) and slack >= 1.0 and len(cur) > 3
                          and not any(t == " " or t.startswith("\x01") for t in cur))
                lines.append({"toks": cur, "spread": spread, "para": pc["para"], "last": last})
                cur, w, avail = [], 0.0, W

            for t in toks:
                if t == "\x00BR":
                    emit(True, False)
                    continue
                if not cur and t == " ":
                    continue
                tw = self.width(t)
                if w + tw <= avail + 1e-9:
                    cur.append(t)
                    w += tw
                    continue
                carry = []
                if t in CLOSE:
                    # a closing mark may not start a line and never hangs past the
                    # column (measured on the seeds): push the glyph before it out too
                    while cur and cur[-1] in CLOSE:
                        carry.insert(0, cur.pop())
                    if cur and not cur[-1].startswith("\x01") and cur[-1] != " ":
                        carry.insert(0, cur.pop())
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                emit(False, False)
                cur = carry + ([t] if t != " " else [])
                w = sum(self.width(x) for x in cur)
            if cur:
                emit(False, not jumped)
        for ln in lines:
            if sum(self.width(t) for t in ln["toks"]) > W + 1e-9:
                raise SystemExit(f"{self.path.name}: {a.id}: a line wider than its column: "
                                 + "".join(ln["toks"]).replace("\x01", ""))
        # render once, so that the same line prints the same way when duplicated
        for ln in lines:
            if ln["spread"]:
                ln["text"] = self.render_spread(ln["toks"])
                self.ph["justified line spread with spaces"] += 1
            else:
                ln["text"] = self.render_plain(self.expand(ln["toks"]))
        self.flows[a.id] = lines
        return lines

    def wrap_caption(self, a: Article, text: str):
        W = float(a.get("width") or 40)
        lines, cur, w = [], [], 0.0
        for t in self.tokens(text):
            tw = self.width(t)
            if w + tw <= W + 1e-9 or (t in CLOSE and cur):
                cur.append(t)
                w += tw
            else:
                lines.append(cur)
                cur, w = [t], tw
        if cur:
            lines.append(cur)
        return [self.render_plain(c) for c in lines]

    # ---------- output blocks
    def put(self, text: str, join: str):
        if join and self.blocks:
            sep = {"+": "\n", "~": " ", "=": ""}[join]
            self.blocks[-1] += sep + text
        else:
            self.blocks.append(text)

    def headline(self, a: Article, tmpl: str) -> str:
        parts = re.split(r"([/+_])", tmpl)
        out, pending = "", ""
        for i, p in enumerate(parts):
            if i % 2:
                pending = pending or {"/": "\n\n", "+": "\n", "_": " "}[p]
                continue
            key = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline",
                   "T": "title"}[p]
            txt = self.printed_field(a, key)
            if not txt:
                continue
            if self.col and key in ("kicker", "title", "subtitle") and self.numspace:
                # a part drawn twice prints the same way both times
                if (a.id, key) not in self.head_cache:
                    self.head_cache[(a.id, key)] = "\n".join(
                        self.render_plain(self.tokens(x)) for x in txt.split("\n"))
                txt = self.head_cache[(a.id, key)]
            if p == "T":
                self.dups.append(nows(txt))
                txt = txt + txt
                self.ph["headline drawn twice (doubled on one line)"] += 1
            if p == "b" and "\n" in txt:
                self.ph["line break between a byline's names"] += 1
            if key in ("kicker", "title", "subtitle") and "\n" in txt:
                last = txt.split("\n")[-1]
                if len(last) <= 3:
                    self.ph["headline's last word alone on a line"] += 1
                else:
                    self.ph["headline part broken over two lines"] += 1
            if key == "column":
                self.ph["column label before the piece" if a.id not in self.body_seen
                        else "column label printed after the piece"] += 1
            out += (pending if out else "") + txt
            pending = ""
        return out

    def run(self):
        p = self.page
        for d in self.layout:
            join = ""
            if d[0] in "+~=":
                join, d = d[0], d[1:].strip()
            cmd, _, rest = d.partition(" ")
            rest = rest.strip()
            is_head = cmd == "head"
            if is_head:
                self.run_heads += 1
                if self.run_heads == 2:
                    self.ph["headlines bunched together"] += 1
            else:
                self.run_heads = 0
            getattr(self, "do_" + cmd)(rest, join)
        return self.finish()

    # directives
    def do_mast(self, rest, join):
        pieces = [x.strip().replace("\\n", "\n") for x in rest.split("||")]
        for i, x in enumerate(pieces):
            self.put(x, join if i == 0 else "")
        self.extras.append(nows("".join(pieces)))
        self.ph["masthead pieces (in drawing order)"] += len(pieces)
        self.ph["masthead pieces merged on one line"] += sum(1 for x in pieces if " " in x or "\n" in x)

    def do_box(self, rest, join):
        pieces = [self.cv(x.strip()).replace("\\n", "\n") for x in rest.split("||")]
        for i, x in enumerate(pieces):
            self.put(x, join if i == 0 else "")
        self.extras.append(nows("".join(pieces)))
        self.ph["short box lines (countdowns, code prompts, labels)"] += 1

    def do_gap(self, rest, join):
        self.blocks.append("")

    def do_head(self, rest, join):
        aid, _, tmpl = rest.partition(" ")
        a = self.arts[aid]
        self.put(self.headline(a, tmpl.strip() or "k/t/s"), join)
        if aid in self.body_seen:
            self.ph["headline printed after its body"] += 1
        self.head_seen.add(aid)

    def do_dupt(self, rest, join):
        aid, _, part = rest.partition(" ")
        a = self.arts[aid]
        txt = self.headline(a, part.strip() or "t")
        self.put(txt, join)
        self.dups.append(nows(txt))
        self.ph["headline drawn twice (two identical lines)"] += 1

    def do_byline(self, rest, join):
        a = self.arts[rest]
        txt = self.printed_field(a, "byline")
        if "\n" in txt:
            self.ph["line break between a byline's names"] += 1
        self.put(txt, join)
        if rest not in self.body_seen:
            self.ph["byline alone on a line before the text"] += 1

    def do_credit(self, rest, join):
        a = self.arts[rest]
        self.put(self.printed_field(a, "byline"), join)
        self.ph["photo credit on a line of its own"] += 1
        if not self.body_seen and len(self.blocks) <= 2:
            self.ph["photo credit at the top of the page"] += 1

    def do_caption(self, rest, join):
        aid, _, opt = rest.partition(" ")
        a = self.arts[aid]
        caps = [self.cv(x) for x in a.paras]
        credit = self.printed_field(a, "byline")
        lines = []
        for c in caps:
            lines += self.wrap_caption(a, c) if self.col else [c]
        if opt.strip() == "inline":
            lines[-1] += " " + credit
            self.ph["photo credit at the end of the caption"] += 1
        elif opt.strip() == "glued":
            lines[-1] += credit
            self.ph["photo credit at the end of the caption"] += 1
        for i, ln in enumerate(lines):
            self.put(ln, join if i == 0 else "")
        self.body_seen.add(aid)
        self.captioned.add(aid)

    def do_mark(self, rest, join):
        self.put(self.cv(rest), join)
        self.ph["jump markers"] += 1

    def do_dup(self, rest, join):
        aid, n = rest.split()
        a = self.arts[aid]
        if self.col:
            txt = self.flow(a)[int(n) - 1]["text"]
        else:
            txt = self.pieces(a)[int(n) - 1]["text"]
        self.put(txt, join)
        self.dups.append(nows(txt))
        self.ph["body line printed twice"] += 1

    def do_body(self, rest, join):
        aid, _, rng = rest.partition(" ")
        a = self.arts[aid]
        rng = rng.strip()
        if self.col:
            lines = self.flow(a)
            lo, hi = 1, len(lines)
            if rng:
                x, _, y = rng.partition("-")
                lo = int(x) if x else 1
                hi = int(y) if y else len(lines)
                if "-" not in rng:
                    hi = lo
            if not 1 <= lo <= hi <= len(lines):
                raise SystemExit(f"{self.path.name}: body {aid} {rng}: {len(lines)} lines")
            for i in range(lo - 1, hi):
                self.put(lines[i]["text"], join if i == lo - 1 else "")
                self.printed_lines.append((aid, i))
            if a.id in self.body_seen or lo > 1:
                if not lines[lo - 2]["last"]:
                    self.ph["paragraph split by a column break"] += 1
            self.body_seen.add(aid)
            return
        pcs = self.pieces(a)
        lo, hi = 1, len(pcs)
        if rng:
            x, _, y = rng.partition("-")
            lo = int(x) if x else 1
            hi = int(y) if y else len(pcs)
            if "-" not in rng:
                hi = lo
        if not 1 <= lo <= hi <= len(pcs):
            raise SystemExit(f"{self.path.name}: body {aid} {rng}: {len(pcs)} pieces")
        for i in range(lo - 1, hi):
            pc = pcs[i]
            txt = pc["text"]
            if i == 0:
                pre = self.printed_field(a, "lead") + self.printed_field(a, "dateline")
                txt = pre + txt
            self.put(txt, join if i == lo - 1 else "")
            self.printed_pieces.append((aid, i))
        self.body_seen.add(aid)

    # ---------- gold
    def check_complete(self):
        """Every piece (paragraph layout) or line (column layout) printed exactly once."""
        got = Counter(self.printed_lines if self.col else self.printed_pieces)
        for aid in self.order:
            a = self.arts[aid]
            if aid not in self.body_seen:
                raise SystemExit(f"{self.path.name}: {aid} never printed")
            if aid in self.captioned:
                continue
            n = len(self.flow(a)) if self.col else len(self.pieces(a))
            for i in range(n):
                if got[(aid, i)] != 1:
                    raise SystemExit(f"{self.path.name}: {aid} part {i + 1} printed {got[(aid, i)]} times")

    def finish(self):
        self.check_complete()
        p = self.page
        if self.col:
            text = " " + "\n\n".join(self.blocks) + "\n\n\n"
        else:
            text = "\n\n" + "\n\n".join(self.blocks)
        name = f"{p['no']}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        # phenomena of the paragraph layout: how cut paragraphs continue
        if not self.col:
            pos = {k: i for i, k in enumerate(self.printed_pieces)}
            for aid in self.order:
                a = self.arts[aid]
                pcs = self.pieces(a)
                for i, pc in enumerate(pcs[:-1]):
                    if pc["end"]:
                        continue
                    if (aid, i) not in pos or (aid, i + 1) not in pos:
                        continue
                    self.ph[CUT_NAMES[pc["tag"] or ""]] += 1
                    if pos[(aid, i + 1)] == pos[(aid, i)] + 1:
                        self.ph["paragraph split by a column break, nothing between"] += 1
                    else:
                        self.ph["paragraph continued after a piece of another story"] += 1
            # stories alternating paragraph by paragraph
            seq = [aid for aid, _ in self.printed_pieces]
            for i in range(len(seq) - 3):
                x, y = seq[i], seq[i + 1]
                if x != y and seq[i + 2] == x and seq[i + 3] == y:
                    self.ph["two stories alternating paragraph by paragraph (switches)"] += 1
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras = []
            for para in a.paras:
                t = para[3:] if para.startswith("## ") else para
                paras.append(nows(self.cv(CUT.sub("", t))))
            subs = [self.cv(x[3:]) for x in a.paras if x.startswith("## ")]
            g = {"kind": a.get("kind") or "news"}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                g[k] = self.gold_field(a, k)
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
            # counts from the fields
            dl = g["dateline"]
            if dl:
                self.ph["datelines with 电" if "电（" in dl or "电(" in dl else "datelines with 讯"] += 1
                if "|" in a.get("dateline"):
                    self.ph["line break inside a dateline"] += 1
                    bits = a.get("dateline").split("|")
                    if re.search(r"\d$", bits[0]) or re.search(r"[月]$", bits[0]):
                        self.ph["line break inside a dateline's date"] += 1
                    if bits[1].lstrip().startswith("通讯员"):
                        self.ph["line break before 通讯员"] += 1
            if g["subtitle"].startswith("——"):
                self.ph["dash-led subtitle"] += 1
            n = sum(1 for k in ("kicker", "title", "subtitle") if g[k])
            if n:
                self.ph[f"headline stack of {n + (1 if g['column'] else 0)} line(s)"] += 1
            if g["subheads"]:
                self.ph["crossheads (subheads) in features"] += len(g["subheads"])
        gold = {"source": name, "issue_date": p["date"],
                "issue_number": p.get("issue_number") or None,
                "page_count": int(p["page_count"]) if p.get("page_count") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}
        return name, text, gold


def compose_all():
    out = []
    for src in sorted(SRC.glob("p*.txt")):
        c = Composer(src)
        name, text, gold = c.run()
        out.append((src, c, name, text, gold))
    return out


PUNCT_NAMES = {"full": "full-width", "mixed": "full commas, half-width brackets",
               "half": "half-width , ( ) ; :"}


def readme(results) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for _, c, *_ in results:
        total.update(c.ph)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total, key=lambda x: (-total[x], x)):
        rows.append(f"| {k} | {total[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for src, c, name, text, gold in results:
        p = c.page
        prow.append(f"| {name} | {p['date']} | {p['page']} ({p.get('section', '')}) | {p['layout']} | "
                    f"{PUNCT_NAMES[c.style]} | {len(gold['articles'])} | {len(nows(text))} | "
                    f"{p.get('subjects', '')} |")
    rates = []
    for _, c, *_ in results:
        if c.col:
            lines = [ln for aid in c.order if aid in c.flows for ln in c.flows[aid]]
            rates.append(100 * sum(ln["spread"] for ln in lines) / len(lines))
    spread = f"{min(rates):.1f}–{max(rates):.1f}%"
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))
            .replace("{{SPREAD}}", spread))


def dump_gold(gold) -> str:
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


def main(argv):
    if len(argv) > 1 and argv[1] == "--flow":
        c = Composer(SRC / (argv[2] + ".txt"))
        for aid in c.order:
            a = c.arts[aid]
            if a.get("kind") == "photo":
                continue
            print("=====", aid, a.get("title"))
            if not c.col:
                for i, pc in enumerate(c.pieces(a), 1):
                    print(f"{i:3} {'end' if pc['end'] else 'CUT'} {pc['text'][:30]}…{pc['text'][-12:]}")
                continue
            for i, ln in enumerate(c.flow(a), 1):
                print(f"{i:3} {'S' if ln['spread'] else ' '}{'|' if ln['last'] else ' '} {ln['text']}")
        return 0
    results = compose_all()
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    for src, c, name, text, gold in results:
        (PAGES / name).write_text(text, encoding="utf-8")
        (GOLD / name.replace(".txt", ".json")).write_text(dump_gold(gold), encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
