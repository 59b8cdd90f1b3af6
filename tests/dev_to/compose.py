#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from random.Random seeded by the
source file name, so a rerun rebuilds everything byte for byte.
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

CUT = "‖"        # cut point inside a paragraph (a piece boundary)
BRK = "¦"        # forced printed line break inside a headline, byline or dateline
CLOSE = set("，。、；：？！）》”’%…—,.;:?!)")     # may not start a line
OPEN = set("“‘《（(")                             # may not end a line
PUNCT = set("，。、；：？！（）《》“”‘’…—,;:?!()")
BRACKET = set("《》（）“”‘’()")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/]*")

STATS: Counter = Counter()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def punct(s: str, mode: str) -> str:
    """Punctuation width of the page: full, mixed (full commas, half brackets), half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    meta, arts, order, layout = {}, {}, [], []
    cur, section = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("//"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                section, cur = "layout", None
                continue
            aid, kind = parts[0], parts[1]
            cur = {"id": aid, "kind": kind, "fields": {}, "paras": [], "inbody": False}
            arts[aid] = cur
            order.append(aid)
            section = "art"
            continue
        if section == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        elif section == "layout":
            if line.strip():
                layout.append(line.strip())
        else:
            if not cur["inbody"]:
                if line.strip() == "--":
                    cur["inbody"] = True
                elif ":" in line:
                    k, v = line.split(":", 1)
                    cur["fields"][k.strip()] = v.strip()
            elif line.strip():
                cur["paras"].append(line.strip())
    return {"meta": meta, "arts": arts, "order": order, "layout": layout}


# ---------------------------------------------------------------- text helpers
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        elif text[i:i + 2] in ("……", "——"):
            out.append(text[i:i + 2])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok: str) -> float:
    if ASCII_RUN.fullmatch(tok):
        return 0.5 * len(tok)
    if tok in ("……", "——"):
        return 2.0
    if tok in PUNCT or tok in ",.;:()":
        return 0.5
    return 1.0


def is_run(tok: str) -> bool:
    return bool(ASCII_RUN.fullmatch(tok))


def is_cjk(tok: str) -> bool:
    return len(tok) == 1 and "\u4e00" <= tok <= "\u9fff"


def wrap(text: str, w: float, first: float) -> list[list[str]]:
    """Greedy column fill measured in em; returns lines as token lists."""
    toks = tokens(text)
    lines, line, used, limit = [], [], 0.0, first
    for t in toks:
        tw = width(t)
        if line and used + tw > limit + 0.01:
            if t[0] in CLOSE:                  # hanging punctuation stays on the line
                line.append(t)
                used += tw
                continue
            carry = []
            while line and line[-1][-1] in OPEN:
                carry.insert(0, line.pop())
            lines.append(line)
            line, used, limit = carry, sum(width(x) for x in carry), w
        line.append(t)
        used += tw
    if line:
        lines.append(line)
    return lines


def render_line(toks: list[str], spread: bool, rng: random.Random) -> str:
    """Print a column line as the PDF extraction gives it."""
    if spread:
        STATS["justified lines spread with spaces"] += 1
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a[-1] in PUNCT or b[0] in BRACKET:
                out += b
            else:
                out += " " + b
        return out
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if is_run(t):
            if prev and not is_run(prev) and prev[-1] not in PUNCT and rng.random() < 0.8:
                out += " "
                STATS["spaces around number runs"] += 1
            if t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                t = t[:-1] + " %"
                STATS["glyph-gap space before %"] += 1
            out += t
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and is_cjk(nxt) and not t.endswith("%") and rng.random() < 0.55:
                out += " "
                STATS["spaces around number runs"] += 1
            continue
        if t in "、，。；" and out and not out.endswith(" ") and rng.random() < 0.04:
            out += " "
            STATS["glyph-gap space around full-width punctuation"] += 1
        out += t
        if t in "“‘" and i + 1 < len(toks) and rng.random() < 0.12:
            out += " "
            STATS["space after an opening quote"] += 1
    return out


# ---------------------------------------------------------------- page composer
class Page:
    def __init__(self, src: Path):
        self.name = src.name
        self.rng = random.Random(src.name)
        d = parse(src)
        self.meta, self.arts, self.order, self.layout = d["meta"], d["arts"], d["order"], d["layout"]
        self.mode = self.meta.get("layout", "paragraph")
        self.pm = self.meta.get("punct", "full")
        self.blocks: list[str] = []      # paragraph layout: blocks joined by blank lines
        self.lines: list[str] = []       # column layout: lines joined by blank lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.cursor: dict[str, int] = {}
        self.printed_body: set[str] = set()
        self.pieces = {aid: self.split(a) for aid, a in self.arts.items()}
        self.last_piece_owner = None

    # pieces: list of (label, text, para_index, is_last_piece_of_para, is_sub)
    def split(self, a: dict) -> list[tuple]:
        out = []
        for n, p in enumerate(a["paras"], 1):
            sub = p.startswith("## ")
            text = p[3:] if sub else p
            parts = text.split(CUT)
            for k, part in enumerate(parts):
                out.append((f"{n}{'abcdefgh'[k]}", part, n, k == len(parts) - 1, sub))
        return out

    def f(self, aid: str, key: str) -> str:
        return punct(self.arts[aid]["fields"].get(key, ""), self.pm)

    def emit(self, text: str, tight: bool = False):
        """Add one printed line (column) or block/line (paragraph)."""
        if self.mode == "column":
            self.lines.append(text)
        elif tight and self.blocks:
            self.blocks[-1] += "\n" + text
        else:
            self.blocks.append(text)

    # --- headline stacks
    def head(self, aid: str, spec: str, flags: list[str]):
        parts = {"k": self.f(aid, "kicker"), "t": self.f(aid, "title"), "s": self.f(aid, "subtitle"),
                 "c": self.f(aid, "column"), "b": self.f(aid, "byline")}
        groups, cur, seps = [], [], []
        for ch in re.findall(r"[ktscb]|[|/+]", spec):
            if ch in "|/":
                if cur:
                    groups.append(cur)
                    seps.append(ch)
                cur = []
            elif ch == "+":
                continue
            else:
                cur.append(ch)
        if cur:
            groups.append(cur)
        first = True
        for gi, g in enumerate(groups):
            texts = [parts[c] for c in g if parts[c]]
            if not texts:
                continue
            line = " ".join(texts)
            if "t" in g and "double" in flags:
                tt = parts["t"].replace(BRK, "")
                line = line.replace(parts["t"], tt + " " + tt)
                self.dups.append(squash(tt))
                STATS["headline drawn twice"] += 1
            pieces = [x.strip() for x in line.split(BRK)]
            if len(pieces) > 1:
                STATS["headline broken over lines"] += 1
            for pi, piece in enumerate(pieces):
                if first and "lead" in flags:
                    piece = " " + piece
                tight = (pi > 0) or (gi > 0 and seps[gi - 1] == "/" and not first)
                self.emit(piece, tight=tight and not first)
                first = False
            if "t" in g and "twice" in flags:
                self.emit(pieces[-1] if len(pieces) == 1 else parts["t"].replace(BRK, ""))
                self.dups.append(squash(parts["t"].replace(BRK, "")))
                STATS["headline drawn twice"] += 1
        if aid in self.printed_body:
            STATS["headlines printed after their body"] += 1
        if len(groups) > 1 and sum(1 for c in "kts" if parts[c]) >= 2:
            STATS["headline stacks of 2-4 lines"] += 1

    def byline(self, aid: str, key: str = "byline"):
        b = self.f(aid, key)
        pieces = [x.strip() for x in b.split(BRK)]
        if len(pieces) > 1:
            STATS["byline broken between names"] += 1
        for i, p in enumerate(pieces):
            self.emit(p, tight=i > 0)

    # --- bodies
    def body(self, aid: str, upto: str | None, flags: list[str]):
        a = self.arts[aid]
        pcs = self.pieces[aid]
        start = self.cursor.get(aid, 0)
        if upto is None:
            end = len(pcs)
        else:
            idx = [i for i, p in enumerate(pcs) if p[0] == upto or (upto.isdigit() and p[2] == int(upto))]
            if not idx:
                raise SystemExit(f"{self.name}: {aid} has no piece {upto}")
            end = idx[-1] + 1
        if start > 0 and self.last_piece_owner not in (None, aid):
            STATS["story continued after a piece of another story"] += 1
        if start > 0 and self.last_piece_owner == aid:
            STATS["paragraph split with nothing between"] += 1
        self.cursor[aid] = end
        self.printed_body.add(aid)
        dl = self.f(aid, "dateline")
        w = float(a["fields"].get("width", self.meta.get("width", "17")))
        i = start
        while i < end:
            label, text, n, last, sub = pcs[i]
            text = punct(text, self.pm)
            first_of_para = label.endswith("a")
            prefix = ""
            if i == 0 and dl:
                prefix = dl
            if i == 0 and "+m" in flags:
                prefix = self.f(aid, "marker") + prefix
            if not last and (self.mode == "paragraph" or i + 1 == end):
                STATS[self.cut_kind(text, pcs[i + 1][1])] += 1
            if sub:
                self.emit(text)
                STATS["crossheads"] += 1
                i += 1
                continue
            if self.mode == "paragraph":
                if BRK in prefix and len(squash(prefix.split(BRK)[-1])) < 4:
                    prefix = prefix.replace(BRK, "")      # a lone short name would be lost
                if prefix:
                    if BRK in prefix:
                        STATS["dateline broken inside"] += 1
                    segs = [x.strip() for x in prefix.split(BRK)]
                    self.emit(segs[0])
                    for s in segs[1:-1]:
                        self.emit(s, tight=True)
                    if len(segs) > 1:
                        self.emit(segs[-1] + text, tight=True)
                    else:
                        self.blocks[-1] += text
                else:
                    self.emit(text)
                i += 1
            else:
                # pieces of one paragraph printed in one run flow on without a break
                while not last and i + 1 < end:
                    i += 1
                    label2, t2, n, last, sub = pcs[i]
                    text += punct(t2, self.pm)
                    if not last and i + 1 == end:
                        STATS[self.cut_kind(t2, pcs[i + 1][1])] += 1
                self.column_text(prefix, text, w, first_of_para, last)
                i += 1
            self.last_piece_owner = aid

    def column_text(self, prefix: str, text: str, w: float, indent: bool, last: bool):
        forced: list[list[str]] = []
        first = w - 2 if indent else w
        if BRK in prefix and len(squash(prefix.split(BRK)[-1])) < 4:
            prefix = prefix.replace(BRK, "")
        if BRK in prefix:
            STATS["dateline broken inside (forced)"] += 1
            segs = prefix.split(BRK)
            forced = [tokens(s.strip()) for s in segs[:-1]]
            prefix = segs[-1].lstrip()
            first = w
        wrapped = wrap(prefix + text, w, first)
        if prefix and len(wrapped) > 1 and len("".join(wrapped[0])) < len(prefix):
            STATS["dateline broken by the column"] += 1
        for j, toks in enumerate(forced):
            s = render_line(toks, False, self.rng)
            self.lines.append((" " if j == 0 and self.rng.random() < 0.3 else "") + s)
        for j, toks in enumerate(wrapped):
            is_last = j == len(wrapped) - 1
            limit = first if j == 0 else w
            used = sum(width(t) for t in toks)
            spread = (not is_last) and used < limit - 0.9 and len(toks) > 3
            s = render_line(toks, spread, self.rng)
            if j == 0 and prefix and not forced and self.rng.random() < 0.3:
                s = " " + s
            self.lines.append(s)

    def photo(self, aid: str, spec: str):
        cap = [punct(p, self.pm) for p in self.arts[aid]["paras"]]
        credit = self.f(aid, "byline")
        STATS["photo captions"] += len(cap)
        if self.mode == "column":
            capw = float(self.arts[aid]["fields"].get("capw", "44"))
            for ci, c in enumerate(cap):
                ls = wrap(c, capw, capw)
                out = ["".join(t) for t in ls]
                if ci == len(cap) - 1 and spec == "inline":
                    out[-1] += " " + credit.replace(BRK, "")
                for o in out:
                    self.lines.append(o)
            if spec != "inline":
                for k, piece in enumerate(credit.split(BRK)):
                    piece = piece.strip()
                    self.lines.append(" " * 28 + piece if spec == "right" and k == 0 else piece)
        else:
            for ci, c in enumerate(cap):
                if ci == len(cap) - 1 and spec == "inline":
                    c += " " + credit.replace(BRK, "")
                self.emit(c)
            if spec != "inline":
                for k, piece in enumerate(credit.split(BRK)):
                    piece = piece.strip()
                    self.emit(" " * 30 + piece if spec == "right" and k == 0 else piece, tight=k > 0)
        if spec == "right":
            STATS["credits right-aligned on their own line"] += 1
        self.printed_body.add(aid)

    def run(self):
        for cmd in self.layout:
            op, *args = cmd.split(" ", 1)
            arg = args[0] if args else ""
            if op == "masthead":
                pieces = arg.split("|")
                for i, p in enumerate(pieces):
                    sub = p.split("~")
                    for j, s in enumerate(sub):
                        self.emit(s, tight=j > 0)
                self.extras.append(squash(arg.replace("|", "").replace("~", "")))
                STATS["masthead pieces"] += len(re.split(r"[|~]", arg))
            elif op == "box":
                for p in arg.split("|"):
                    self.emit(p)
                self.extras.append(squash(arg.replace("|", "")))
                STATS["box lines (countdowns, code prompts, framed labels)"] += 1
            elif op == "gap":
                if self.mode == "paragraph":
                    self.blocks.append("")
            elif op == "head":
                a = arg.split()
                self.head(a[0], a[1] if len(a) > 1 else "k|t|s", a[2:])
            elif op == "label":
                self.emit(self.f(arg, "column"))
                STATS["column labels on their own line"] += 1
            elif op == "byline":
                self.byline(arg)
            elif op == "body":
                a = arg.split()
                upto = a[1] if len(a) > 1 and not a[1].startswith("+") else None
                self.body(a[0], upto, [x for x in a[1:] if x.startswith("+")])
            elif op == "marker":
                self.emit(self.f(arg, "marker"))
                STATS["jump markers"] += 1
            elif op == "photo":
                a = arg.split()
                self.photo(a[0], a[1] if len(a) > 1 else "inline")
            elif op == "dupline":          # column: the last printed line again
                self.lines.append(self.lines[-1])
                self.dups.append(squash(self.lines[-1]))
                STATS["lines printed twice"] += 1
            elif op == "dup":              # paragraph: a piece printed again
                aid, label = arg.split()
                label = label + "a" if label.isdigit() else label
                txt = punct([p for p in self.pieces[aid] if p[0] == label][0][1], self.pm)
                self.emit(txt)
                self.dups.append(squash(txt))
                STATS["lines printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown layout command {cmd!r}")
        for aid in self.order:
            if self.arts[aid]["kind"] != "photo" and self.cursor.get(aid, 0) != len(self.pieces[aid]):
                raise SystemExit(f"{self.name}: body of {aid} not fully printed")
            if aid not in self.printed_body:
                raise SystemExit(f"{self.name}: {aid} never printed")

    def text(self) -> str:
        if self.mode == "column":
            return " " + "\n\n".join(self.lines) + "\n\n\n"
        return "\n\n" + "\n\n".join(self.blocks)

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            fl = lambda k: self.f(aid, k).replace(BRK, "").replace("  ", " ")  # noqa: E731
            paras, subs = [], []
            for p in a["paras"]:
                if p.startswith("## "):
                    subs.append(punct(p[3:], self.pm))
                    paras.append(squash(punct(p[3:], self.pm)))
                else:
                    paras.append(squash(punct(p.replace(CUT, ""), self.pm)))
            arts.append({
                "kind": a["kind"], "column": fl("column"), "kicker": fl("kicker"), "title": fl("title"),
                "subtitle": fl("subtitle"), "byline": " ".join(fl("byline").split()),
                "dateline": " ".join(fl("dateline").split()),
                "continued": fl("continued"), "subheads": subs, "paragraphs": paras})
        num = self.meta.get("number") or None
        cnt = int(self.meta["count"]) if self.meta.get("count") else None
        return {"source": fname, "issue_date": self.meta["date"], "issue_number": num, "page_count": cnt,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}

    @staticmethod
    def cut_kind(before: str, after: str) -> str:
        b, a = before[-1:], after[:1]
        if b in "”’":
            return "cut right after a closing quotation mark"
        if b.isdigit() and a and is_cjk(a):
            return "cut between a figure and its unit"
        if b in "万亿千百" and len(before) > 1 and before[-2].isdigit():
            return "cut inside a word (a unit after its figure)"
        if a.isdigit():
            return "cut between a verb and its figure"
        if b in "。！？":
            return "cut at a sentence end"
        if b in "，、；：":
            return "cut after a comma"
        return "cut inside a word, name or quoted term"


# ---------------------------------------------------------------- README tables
def page_row(fname: str, pg: Page, gold: dict, text: str) -> str:
    m = pg.meta
    return (f"| `{fname}` | {m['date']} | {m.get('page', '')} | {pg.mode} | {pg.pm} | {len(gold['articles'])} "
            f"| {len(squash(text))} | {m.get('subjects', '')} |")


def main() -> int:
    srcs = sorted(SRC.glob("p*.txt"))
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    rows = []
    for i, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{i:03d}_{h}.txt"
        (PAGES / fname).write_text(text, encoding="utf-8")
        gold = pg.gold(fname)
        (GOLD / fname.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(page_row(fname, pg, gold, text))
    phen = ["| phenomenon | count |", "|---|---|"]
    phen += [f"| {k} | {v} |" for k, v in sorted(STATS.items())]
    table = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("@@PHENOMENA@@", "\n".join(phen)).replace("@@PAGES@@", "\n".join(table))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
