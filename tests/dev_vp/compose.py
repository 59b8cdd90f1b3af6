#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice (layout spaces around numbers, glyph
gaps) comes from a random.Random seeded by the source file's name, so the output
is the same byte for byte on every run.  See README.md for the source format.
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}

OPEN = set("“‘《（(〈「")
CLOSE = set("，。、；：？！”’》）),;:」…")
NOBR_AFTER = set("《（(")          # no glyph space after these in a spread line
NOBR_BEFORE = set("》）)")         # nor before these
NUMRUN = re.compile(r"[0-9A-Za-z.%+\-/]+")
CUT = re.compile(r"‖([a-z]?)")
CUT_NAMES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a person's name",
    "p": "cut inside a place name",
    "s": "cut at a clause boundary",
}


# ----------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid: str, kind: str):
        if kind not in KINDS:
            raise ValueError(f"{aid}: unknown kind {kind!r}")
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.body: list[tuple[str, str]] = []      # ("p"|"sub", text with marks)
        self.width = 0.0

    # -- gold text (marks removed)
    @staticmethod
    def clean(s: str) -> str:
        return CUT.sub("", s).replace("^", "").lstrip("~")

    def pieces(self):
        """Body split at cut marks: list of pieces, each a list of segments
        (text, starts_paragraph, is_sub, with_dateline)."""
        pieces, cur = [], []
        first = True
        for typ, text in self.body:
            parts = CUT.split(text)              # text, code, text, code, ...
            segs = parts[0::2]
            for i, seg in enumerate(segs):
                if i > 0:
                    pieces.append(cur)
                    cur = []
                starts = i == 0 and not seg.startswith("~")
                cur.append((seg.lstrip("~"), starts, typ == "sub", first and i == 0 and typ == "p"))
            first = False
        if not self.body and self.f["dateline"]:
            cur.append(("", True, False, True))
        pieces.append(cur)
        return pieces

    def cut_codes(self):
        out = []
        for _, text in self.body:
            for m in CUT.finditer(text):
                out.append((m.group(1) or "s", text[max(0, m.start() - 1):m.start()],
                            text[m.end():m.end() + 1]))
        return out


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    section, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            head = line[1:].split()
            if head[0] == "page":
                section = "page"
            elif head[0] == "layout":
                section = "layout"
            else:
                section = "article"
                cur = Article(head[0], head[1])
                if cur.id in arts:
                    raise ValueError(f"{path.name}: duplicate article {cur.id}")
                arts[cur.id] = cur
            continue
        if section == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "page":
            meta[key] = val
        elif section == "article":
            if key in ("p", "sub"):
                cur.body.append((key, val))
            elif key == "width":
                cur.width = float(val)
            elif key in cur.f:
                cur.f[key] = val
            else:
                raise ValueError(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout


# ----------------------------------------------------------------- punctuation
PUNCT_MODES = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def punct(s: str, mode: str) -> str:
    for a, b in PUNCT_MODES[mode].items():
        s = s.replace(a, b)
    return s


# ----------------------------------------------------------------- column layout
def width(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        elif text[i] == " ":
            i += 1
        else:
            out.append(text[i])
            i += 1
    return out


class Composer:
    """Lays out one page; collects raw lines, gold and phenomenon counts."""

    def __init__(self, name: str, meta: dict, arts: dict, layout: list[str]):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rnd = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.col = meta["layout"] == "column"
        self.lines: list[str] = []            # printed lines (column layout)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.pieces = {aid: a.pieces() for aid, a in arts.items()}
        self.used = Counter()
        self.blank_before: list[int] = []     # para layout: extra blanks before line i
        self.last_body = None
        self.prefix = ""

    def P(self, s: str) -> str:
        return punct(s, self.mode)

    # -- spacing of one printed column line
    def join_plain(self, toks: list[str]) -> str:
        out = ""
        for i, t in enumerate(toks):
            if NUMRUN.fullmatch(t) and any(c.isdigit() for c in t):
                before = (i > 0 and toks[i - 1] not in OPEN and toks[i - 1] not in CLOSE
                          and self.rnd.random() < 0.6)
                if before and not out.endswith(" "):
                    out += " "
                    self.count["space around a number run"] += 1
                out += t
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt not in CLOSE and self.rnd.random() < 0.5:
                    out += " "
                    self.count["space around a number run"] += 1
                continue
            if t in "、，" and i > 0 and self.rnd.random() < 0.035 and not out.endswith(" "):
                out += " "
                self.count["glyph-gap space before full-width punctuation"] += 1
            if t == "%" and out and self.rnd.random() < 0.5:
                out += " "
            out += t
            if t in "“‘" and i + 1 < len(toks) and self.rnd.random() < 0.12:
                out += " "
                self.count["space after an opening quote"] += 1
        return out

    def join_spread(self, toks: list[str]) -> str:
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            sp = not (b in OPEN or a in CLOSE or a in NOBR_AFTER or b in NOBR_BEFORE)
            out += (" " if sp else "") + b
        self.count["justified line spread with spaces"] += 1
        return out

    def fill(self, toks: list[str], cap0: float, cap: float, final_short=True):
        """Greedy fill of tokens into lines; returns printed strings."""
        lines, cur, cw, c = [], [], 0.0, cap0
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "^":                                   # forced break
                if cur:
                    lines.append((cur, cw, c, True))
                cur, cw, c = [], 0.0, cap
                i += 1
                continue
            tw = width(t)
            if not cur or cw + tw <= c + 1e-9:
                cur.append(t)
                cw += tw
                i += 1
                continue
            if t in CLOSE:                                 # hang closing marks
                while i < len(toks) and toks[i] in CLOSE:
                    cur.append(toks[i])
                    cw += width(toks[i])
                    i += 1
                lines.append((cur, cw, c, False))
                cur, cw, c = [], 0.0, cap
                continue
            carry = []
            while len(cur) > 1 and cur[-1] in OPEN:        # no opening mark at line end
                carry.insert(0, cur.pop())
            cw = sum(width(x) for x in cur)
            lines.append((cur, cw, c, False))
            cur, cw, c = carry, sum(width(x) for x in carry), cap
        if cur:
            lines.append((cur, cw, c, True))
        out = []
        for toks_, w, c_, last in lines:
            if not last and c_ - w >= 1.0 and len(toks_) > 2:
                out.append(self.join_spread(toks_))
            else:
                out.append(self.join_plain(toks_))
        return out

    def lay_segment(self, art: Article, seg, cont_line=None) -> list[str]:
        text, starts, is_sub, with_dl = seg
        text = self.P(text)
        if is_sub:
            return [text]
        W = art.width or 17.0
        indent = 2.0 if starts else 0.0
        lines = []
        if with_dl and art.f["dateline"]:
            # dateline: words kept whole, printed with a space between words
            dl = self.P(art.f["dateline"])
            words = [w for w in re.split(r"( |\^)", dl) if w and w != " "]
            cur, cw, c = "", 0.0, W - indent
            for i, w in enumerate(words):
                if w == "^":
                    lines.append(cur)
                    cur, cw, c = "", 0.0, W
                    self.count_dl_break(words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else "")
                    continue
                ww = width(w)
                if cur and cw + 0.5 + ww > c:
                    lines.append(cur)
                    cur, cw, c = "", 0.0, W
                    self.count_dl_break(words[i - 1] if i else "", w)
                cur += (" " if cur else "") + self.join_plain(tokens(w))
                cw += ww + (0.5 if cw else 0)
            # body text continues on the dateline's last line
            room = c - cw
            if room < 1:
                lines.append(cur)
                cur, room = "", W
            rest = self.fill(tokens(text), room, W) if text else []
            if rest:
                cur += rest[0]
                lines.append(cur)
                lines.extend(rest[1:])
            else:
                lines.append(cur)
            return lines
        return self.fill(tokens(text), W - indent, W)

    def count_dl_break(self, before: str, after: str):
        if before[-1:].isdigit() or before.endswith("月"):
            self.count["line break inside a dateline's date"] += 1
        elif after.startswith("通讯员"):
            self.count["line break before 通讯员"] += 1
        else:
            self.count["line break between names in a dateline"] += 1

    # -- printing helpers
    def emit(self, s: str, blank_before: int = 0):
        if self.prefix:
            s, self.prefix = self.prefix + s, ""
        self.lines.append(s)
        self.blank_before.append(blank_before)

    def body(self, aid: str, rng: str):
        art = self.arts[aid]
        lo, _, hi = rng.partition("-")
        lo = int(lo)
        hi = int(hi) if hi else lo
        for k in range(lo, hi + 1):
            self.used[(aid, k)] += 1
            if self.last_body and self.last_body[0] != aid:
                prev_aid, prev_k = self.last_body
                if prev_k < len(self.pieces[prev_aid]) and k > 1:
                    self.count["story resumed after a piece of another story"] += 1
            if self.last_body and self.last_body[0] == aid and k == self.last_body[1] + 1:
                self.count["paragraph split by a column break with nothing between"] += 1
            self.last_body = (aid, k)
            for seg in self.pieces[aid][k - 1]:
                self.print_segment(art, seg)

    def print_segment(self, art, seg):
        text, starts, is_sub, with_dl = seg
        if self.col:
            for ln in self.lay_segment(art, seg):
                self.emit(ln)
        else:
            s = self.P(text)
            if with_dl and art.f["dateline"]:
                dl = self.P(art.f["dateline"])
                for m in re.finditer(r"\^", dl):
                    self.count_dl_break(dl[:m.start()].rstrip(), dl[m.end():])
                s = dl.replace("^", "\0") + s
            for part in s.replace("\0", "^").split("^"):
                self.emit(part.strip())

    def head_parts(self, art):
        return [self.P(art.f[k]) for k in ("kicker", "title", "subtitle") if art.f[k]]

    def directive(self, line: str):
        op, _, rest = line.partition(" ")
        args = rest.split()
        if op == "mast":
            pieces = [p.strip() for p in rest.split("|")]
            for p in pieces:
                for i, q in enumerate(p.split("↵")):
                    self.emit(q.strip(), 0)
                    self.count["masthead piece line"] += 1
                    if " " in q.strip():
                        self.count["masthead pieces merged on one line"] += 1
            self.extras.append("".join(p.replace("↵", "").replace(" ", "") for p in pieces))
        elif op == "extra":
            pieces = [p.strip() for p in rest.split("|")]
            for p in pieces:
                self.emit(p)
            self.extras.append("".join(pieces))
            self.count["short box line (countdown, code prompt, notice box)"] += len(pieces)
        elif op == "mark+":
            self.prefix = rest.strip()
            self.extras.append(rest.strip())
            self.count["jump marker line"] += 1
        elif op == "mark":
            self.emit(rest.strip())
            self.extras.append(rest.strip())
            self.count["jump marker line"] += 1
        elif op == "gap":
            self.pending_gap = int(args[0])
        elif op == "head":
            art = self.arts[args[0]]
            if self.used[(art.id, 1)] and art.kind != "photo":
                self.count["headline printed after its body"] += 1
            elif self.used[(art.id, 1)]:
                self.count["photo title printed under its credit"] += 1
            if self.prev_op == "head":
                self.count["headline bunched with another story's headline"] += 1
            flags = set(args[1:])
            parts = self.head_parts(art)
            if "oneline" in flags:
                self.emit(" ".join(p.replace("^", "") for p in parts))
                self.count["headline stack printed on one line"] += 1
                return
            for key in ("kicker", "title", "subtitle"):
                if not art.f[key]:
                    continue
                txt = self.P(art.f[key])
                segs = txt.split("^")
                if len(segs) > 1:
                    self.count["headline's last words alone on a line"] += 1
                for s in segs:
                    s = s.strip()
                    if key == "title" and "double" in flags and len(segs) == 1:
                        self.emit(s + s)
                        self.dups.append(s)
                        self.count["headline drawn twice on one line"] += 1
                    else:
                        self.emit(s)
                    if key == "title" and "twice" in flags and len(segs) == 1:
                        self.emit(s)
                        self.dups.append(s)
                        self.count["headline drawn twice on two lines"] += 1
        elif op == "byl":
            art = self.arts[args[0]]
            segs = [s.strip() for s in self.P(art.f["byline"]).split("^")]
            if len(segs) > 1:
                self.count["line break inside a byline"] += 1
            for s in segs:
                if "right" in args[1:]:
                    self.emit(" " * 24 + s)
                    self.count["credit right-aligned on its own line"] += 1
                else:
                    self.emit(s)
        elif op == "col":
            self.emit(self.P(self.arts[args[0]].f["column"]))
            self.count["column label on its own line"] += 1
        elif op == "body":
            aid, _, rng = args[0].partition(".")
            self.body(aid, rng or f"1-{len(self.pieces[aid])}")
        elif op == "photo":
            art = self.arts[args[0]]
            style = args[1] if len(args) > 1 else "inline"
            caps = [self.P(Article.clean(t)) for _, t in art.body]
            credit = self.P(art.f["byline"]).replace("^", "")
            self.used[(art.id, 1)] += 1
            for i, cap in enumerate(caps):
                last = i == len(caps) - 1
                if self.col and art.width:
                    lines = self.fill(tokens(cap), art.width, art.width)
                else:
                    lines = [cap]
                if last and style == "inline":
                    lines[-1] = lines[-1] + " " + credit
                for ln in lines:
                    self.emit(ln)
            if style == "right":
                self.emit(" " * 24 + credit)
                self.count["credit right-aligned on its own line"] += 1
            elif style == "below":
                self.emit(credit)
        elif op == "dup":
            aid, _, k = args[0].partition(".")
            art = self.arts[aid]
            before = len(self.lines)
            for seg in self.pieces[aid][int(k) - 1]:
                self.print_segment(art, seg)
            for ln in self.lines[before:]:
                self.dups.append(ln.replace(" ", ""))
            self.count["lines printed twice"] += len(self.lines) - before
        elif op == "again":
            ln = self.lines[-1]
            self.emit(ln)
            self.dups.append(ln.replace(" ", ""))
            self.count["lines printed twice"] += 1
        else:
            raise ValueError(f"{self.name}: unknown directive {line!r}")

    def run(self):
        self.pending_gap = 0
        self.prev_op = ""
        for line in self.layout:
            gap = self.pending_gap
            n0 = len(self.lines)
            self.directive(line)
            self.prev_op = line.split()[0]
            if gap and len(self.lines) > n0:
                self.blank_before[n0] += gap
                self.pending_gap = 0
        for (aid, a) in self.arts.items():
            for k in range(1, len(self.pieces[aid]) + 1):
                if self.used[(aid, k)] == 0:
                    raise ValueError(f"{self.name}: piece {aid}.{k} never printed")
        if self.col:
            text = " " + "".join(ln + "\n\n" for ln in self.lines) + "\n"
        else:
            out = ["", ""]
            for ln, gap in zip(self.lines, self.blank_before):
                out.extend([""] * gap)
                out.append(ln)
            text = "\n\n".join(out[2:])
            text = "\n\n" + text
        return text

    def gold(self, source: str) -> dict:
        arts = []
        for a in self.arts.values():
            paras = [self.P(Article.clean(t)) for _, t in a.body]
            subs = [self.P(Article.clean(t)) for typ, t in a.body if typ == "sub"]
            d = {"kind": a.kind}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                d[k] = self.P(a.f[k].replace("^", ""))
            d["subheads"] = subs
            d["paragraphs"] = paras
            arts.append({k: d[k] for k in FIELDS})
        inum = self.meta.get("issue_number") or None
        pc = self.meta.get("page_count")
        return {"source": source, "issue_date": self.meta["date"],
                "issue_number": inum, "page_count": int(pc) if pc else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


# ----------------------------------------------------------------- the whole set
STATS: Counter = Counter()      # phenomena of the last build(), for check.py


def nonspace(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build():
    """Return {relative path: bytes} for pages/, gold/ and README.md, plus stats."""
    files, rows, total = {}, [], {"column": Counter(), "para": Counter()}
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, layout = parse_source(src)
        comp = Composer(src.stem, meta, arts, layout)
        text = comp.run()
        no = meta["no"]
        name = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = comp.gold(name + ".txt")
        for aid, a in arts.items():
            for code, _, _ in a.cut_codes():
                comp.count[CUT_NAMES[code]] += 1
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total[meta["layout"]].update(comp.count)
        rows.append((name, meta, len(arts), nonspace(text)))
    files["README.md"] = readme(rows, total).encode("utf-8")
    STATS.clear()
    STATS.update(total["column"] + total["para"])
    return files


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    keys = sorted(set(total["column"]) | set(total["para"]))
    ph = ["| phenomenon | column pages | paragraph pages | total |", "|---|---:|---:|---:|"]
    for k in keys:
        c, p = total["column"][k], total["para"][k]
        ph.append(f"| {k} | {c} | {p} | {c + p} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for name, meta, n, chars in rows:
        pg.append(f"| {name}.txt | {meta['date']} | {meta.get('edition', '')} | {meta['layout']} | "
                  f"{meta.get('punct', 'full')} | {n} | {chars} | {meta.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files = build()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages, "
          f"{sum(1 for r in files if r.startswith('gold/'))} gold files, README.md")


if __name__ == "__main__":
    sys.exit(main())
