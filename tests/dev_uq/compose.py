#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Every page is drawn from its source (src/pNN.txt): article sections, then a
layout script.  Small choices (number-run spaces, glyph gaps) come from a
random.Random seeded by the source file name, so the output is byte-for-byte
reproducible.  Standard library only.
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

CLOSING = set("，。、；：？！”’）》…,;:?!)%")
OPENING = set("“‘（《(")
NUMCH = set("0123456789.%+-—:/×·ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
CUT = re.compile("‖[vuwnx]")

# phenomena counted while composing (README table)
PHEN_NAMES = [
    ("spread", "justified column lines spread with spaces"),
    ("numspace", "spaces put around number runs (column pages)"),
    ("glyphgap", "glyph-gap spaces at full-width punctuation / before %"),
    ("quotespace", "space after an opening quote"),
    ("head_after", "headlines printed after their body"),
    ("head_bunch", "headlines bunched with other stories' headlines"),
    ("head_join", "headline stacks printed on one line (parts joined by a space)"),
    ("head_double", "headline drawn twice on one line"),
    ("head_twice", "headline printed as two identical lines"),
    ("head_lone", "headline wrapped, last word alone on a line"),
    ("lead_space", "headline lines starting with a stray space"),
    ("dl_date", "line break inside a dateline's date"),
    ("dl_name", "line break between a byline's / dateline's names"),
    ("dl_tongxun", "line break before 通讯员"),
    ("dup_line", "lines printed twice (body text)"),
    ("masthead", "masthead pieces printed (drawing order)"),
    ("credit_right", "photo credits right-aligned on a line of their own"),
    ("credit_end", "photo credits closing the caption line"),
    ("credit_line", "photo credits on a line of their own (left)"),
    ("box", "short box lines (countdowns, code prompts, notices)"),
    ("marker", "jump markers (下转 / 上接 / 紧接)"),
    ("col_label", "column labels (栏目) printed on their own line"),
    ("cut_v", "paragraph cut between a verb and its figure"),
    ("cut_u", "paragraph cut between a figure and its unit"),
    ("cut_w", "paragraph cut inside a word or quoted term"),
    ("cut_n", "paragraph cut inside a person's name"),
    ("cut_x", "paragraph cut at another point"),
    ("cut_interleaved", "cut paragraphs continued after a piece of another story"),
    ("cut_plain", "paragraphs split by a column break with nothing between"),
    ("subhead", "in-body crossheads (subheads)"),
]


def ew(ch: str) -> float:
    """Printed width of one character in em."""
    if ch in "“”‘’…—·":
        return 1.0
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ---------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    """full: as written; mixed: full commas, half-width brackets;
    half: half-width , ( ) ; : as in the 2025 front page."""
    if mode == "full" or not s:
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid: str, opts: dict):
        self.id = aid
        self.kind = opts.get("kind", "news")
        self.width = float(opts.get("width", 17))
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")}
        self.paras: list[str] = []     # raw, with cut marks
        self.subheads: list[str] = []
        self.pieces: list[dict] = []
        self.cursor = 0

    def finish(self):
        for pi, p in enumerate(self.paras):
            parts = re.split("(‖[vuwnx])", p)
            texts = parts[0::2]
            kinds = parts[1::2]
            for k, t in enumerate(texts):
                self.pieces.append({
                    "para": pi, "text": t, "first": k == 0, "last": k == len(texts) - 1,
                    "cutkind": kinds[k][1] if k < len(kinds) else "",
                    "sub": p in self.subheads})


def parse_source(path: Path):
    page = {}
    arts: list[Article] = []
    layout: list[str] = []
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith(";;"):
            continue
        if line.startswith("@page"):
            page = dict(kv.split("=", 1) for kv in line.split()[1:])
            mode = "page"
            continue
        if line.startswith("@article"):
            bits = line.split()
            cur = Article(bits[1], dict(kv.split("=", 1) for kv in bits[2:]))
            arts.append(cur)
            mode = "art"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "art":
            if line.startswith("¶"):
                cur.paras.append(line[1:].strip())
            elif line.startswith("#"):
                t = line[1:].strip()
                cur.paras.append(t)
                cur.subheads.append(t)
            else:
                k, v = line.split(":", 1)
                cur.f[k.strip()] = v.strip()
        elif mode == "layout":
            layout.append(line.strip())
    for a in arts:
        a.finish()
    return page, arts, layout


# ---------------------------------------------------------------- column wrapping
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isascii() and (ch.isalnum() or ch in ".%+"):
            j = i
            while j < len(s) and s[j].isascii() and (s[j].isalnum() or s[j] in ".%+"):
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return out


def tw(t: str) -> float:
    return sum(ew(c) for c in t)


def wrap(text: str, width: float, first_cap: float) -> list[list[str]]:
    """Greedy column wrap: number runs unbreakable, closing punctuation may hang,
    opening punctuation never ends a line."""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    cap = first_cap
    for t in toks:
        x = tw(t)
        if t == " " and not cur:
            continue
        if w + x <= cap or not cur or t in CLOSING:
            cur.append(t)
            w += x
            continue
        carry = []
        while cur and cur[-1] in OPENING:
            carry.insert(0, cur.pop())
        while cur and cur[-1] == " ":
            cur.pop()
        lines.append((cur, cap))
        cur = carry + ([t] if t != " " else [])
        w = sum(tw(c) for c in cur)
        cap = width
    if cur:
        lines.append((cur, cap))
    return lines


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, arts, self.layout = parse_source(src)
        self.arts = {a.id: a for a in arts}
        self.order = arts
        self.mode = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ph = Counter()
        self.last_piece_owner = None   # (art id, para idx) of the last body piece printed
        self.pending_cut: dict = {}

    # -- helpers
    def P(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, *lines: str, tight=True):
        if tight:
            self.blocks.append(list(lines))
        else:
            for ln in lines:
                self.blocks.append([ln])

    def numspace(self, toks: list[str]) -> str:
        """Join the tokens of an unspread column line, with the spaces the PDF
        extraction leaves around number runs and at some punctuation."""
        out = ""
        for i, t in enumerate(toks):
            if t == " ":
                if not out.endswith(" "):
                    out += " "
                continue
            isnum = t[0].isascii() and t[0].isalnum()
            if isnum and i > 0 and not out.endswith(" ") and toks[i - 1] not in OPENING:
                if self.rng.random() < 0.67:
                    out += " "
                    self.ph["numspace"] += 1
            if t in "、，；" and i > 0 and not out.endswith(" ") and self.rng.random() < 0.03:
                out += " "
                self.ph["glyphgap"] += 1
            if isnum and t.endswith("%") and len(t) > 1 and self.rng.random() < 0.08:
                t = t[:-1] + " %"
                self.ph["glyphgap"] += 1
            out += t
            if t == "“" and i + 1 < len(toks) and self.rng.random() < 0.06:
                out += " "
                self.ph["quotespace"] += 1
            if isnum and i + 1 < len(toks) and toks[i + 1] not in CLOSING and self.rng.random() < 0.5:
                out += " "
                self.ph["numspace"] += 1
        return out.strip()

    def spread(self, toks: list[str]) -> str:
        toks = [t for t in toks if t != " "]
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a in CLOSING and a != "%" or b in OPENING:
                out += b
            else:
                out += " " + b
        self.ph["spread"] += 1
        return out

    def column_lines(self, text: str, width: float, indent: bool) -> list[str]:
        res = []
        wl = wrap(text, width, width - 2 if indent else width)
        for n, (toks, cap) in enumerate(wl):
            w = sum(tw(t) for t in toks)
            last = n == len(wl) - 1
            npun = sum(1 for t in toks if t in CLOSING or t in OPENING)
            if not last and len(toks) > 3 and " " not in toks and (
                    w < cap - 0.5 or (npun >= 2 and self.rng.random() < 0.15)):
                res.append(self.spread(toks))
            else:
                res.append(self.numspace(toks))
        return res

    # -- headline parts
    def head_lines(self, a: Article, parts=("kicker", "title", "subtitle")):
        out = []
        for p in parts:
            v = a.f[p]
            if v:
                segs = [self.P(s) for s in v.split("/")]
                if len(segs) > 1:
                    self.ph["head_lone"] += 1
                out.append(segs)
        return out

    def cmd_head(self, a: Article, opts: set):
        groups = self.head_lines(a)
        if "after" in opts:
            self.ph["head_after"] += 1
        if "bunch" in opts:
            self.ph["head_bunch"] += 1
        if "join" in opts:
            self.ph["head_join"] += 1
            self.emit(" ".join("".join(g) for g in groups))
            return
        for gi, segs in enumerate(groups):
            is_title = a.f["title"] and "".join(segs) == self.P(a.f["title"].replace("/", ""))
            segs = list(segs)
            if "lead" in opts and gi == 0:
                segs[0] = " " + segs[0]
                self.ph["lead_space"] += 1
            if is_title and "double" in opts:
                self.ph["head_double"] += 1
                self.dups.append("".join(segs))
                segs = ["".join(segs) + "".join(segs)]
            if self.col:
                self.emit(*segs)
            else:
                self.emit(*segs)
            if is_title and "twice" in opts:
                self.ph["head_twice"] += 1
                self.dups.append("".join(segs))
                self.emit(*segs)
        if "tight" in opts and len(self.blocks) >= 2:
            n = len(groups)
            merged = [ln for b in self.blocks[-n:] for ln in b]
            del self.blocks[-n:]
            self.blocks.append(merged)

    def split_lines(self, s: str, what: str) -> list[str]:
        segs = s.split("/")
        for x in segs[1:]:
            if x.startswith("通讯员"):
                self.ph["dl_tongxun"] += 1
            elif re.match(r"^\d*日|^\d", x):
                self.ph["dl_date"] += 1
            else:
                self.ph["dl_name"] += 1
        return segs

    # -- body
    def cmd_body(self, a: Article, n: str, opts: dict):
        count = len(a.pieces) - a.cursor if n == "*" else int(n)
        for _ in range(count):
            pc = a.pieces[a.cursor]
            a.cursor += 1
            self.print_piece(a, pc, opts if _ == 0 else {})

    def note_cut(self, a: Article, pc: dict):
        key = (a.id, pc["para"])
        if not pc["first"]:
            prev = self.pending_cut.pop(key, None)
            if prev is not None:
                if self.last_piece_owner == key and prev == len(self.blocks):
                    self.ph["cut_plain"] += 1
                else:
                    self.ph["cut_interleaved"] += 1
        if not pc["last"]:
            self.ph["cut_" + pc["cutkind"]] += 1

    def print_piece(self, a: Article, pc: dict, opts: dict):
        text = self.P(pc["text"])
        self.note_cut(a, pc)
        first_of_art = pc["para"] == 0 and pc["first"]
        dl = self.P(a.f["dateline"]) if first_of_art and a.f["dateline"] else ""
        mark = opts.get("mark", "")
        if mark:
            self.ph["marker"] += 1
            self.extras.append(self.P(mark))
        if pc["sub"]:
            self.ph["subhead"] += 1
        if self.col:
            lines = []
            if dl:
                dsegs = self.split_lines(dl, "dl")
                if opts.get("dl") == "own":
                    for s in dsegs:
                        lines += self.column_lines(s, a.width, False)
                    lines += self.column_lines(text, a.width, True)
                else:
                    # the dateline runs into the first paragraph; forced breaks inside it
                    for s in dsegs[:-1]:
                        lines += [self.numspace(tokens(s))]
                    lines += self.column_lines(dsegs[-1] + text, a.width, False)
            else:
                indent = pc["first"] and not pc["sub"] and not mark
                lines = self.column_lines(mark + text, a.width, indent) if not pc["sub"] else [text]
            for ln in lines:
                self.emit(ln)
        else:
            if dl:
                dsegs = self.split_lines(dl, "dl")
                self.emit(*dsegs[:-1], dsegs[-1] + text)
            else:
                self.emit(mark + text)
        key = (a.id, pc["para"])
        self.last_piece_owner = key
        if not pc["last"]:
            self.pending_cut[key] = len(self.blocks)

    # -- the layout script
    def run(self):
        for cmd in self.layout:
            bits = cmd.split(" ", 1)
            op, rest = bits[0], (bits[1] if len(bits) > 1 else "")
            if op in ("head", "body", "byline", "col", "photo", "dup"):
                parts = rest.split()
                a = self.arts[parts[0]]
            if op == "head":
                self.cmd_head(a, set(parts[1:]))
            elif op == "body":
                n = parts[1] if len(parts) > 1 else "*"
                opts = dict(p.split("=", 1) for p in parts[2:])
                if "mark" in opts:
                    opts["mark"] = opts["mark"].replace("_", " ")
                self.cmd_body(a, n, opts)
            elif op == "byline":
                segs = self.split_lines(self.P(a.f["byline"]), "by")
                if "tight" in parts or not self.col:
                    self.emit(*segs)
                else:
                    self.emit(*segs, tight=False)
            elif op == "col":
                self.ph["col_label"] += 1
                self.emit(self.P(a.f["column"]))
            elif op == "photo":
                self.cmd_photo(a, set(parts[1:]))
            elif op == "dup":
                # print a piece of an article ahead of (or again after) its place
                pc = a.pieces[int(parts[1])]
                t = self.P(pc["text"])
                self.ph["dup_line"] += 1
                self.dups.append(t)
                self.emit(t)
            elif op == "dupprev":
                ln = self.blocks[-1][-1]
                self.ph["dup_line"] += 1
                self.dups.append(re.sub(r"(?<=\S) (?=\S)", "", ln).strip())
                self.emit(ln)
            elif op == "marker":
                self.ph["marker"] += 1
                t = self.P(rest)
                self.extras.append(t)
                self.emit(t)
            elif op == "mast":
                pieces = [self.P(p.strip()) for p in rest.split("|")]
                self.ph["masthead"] += len(pieces)
                self.extras.append("".join(p.replace("~", "") for p in pieces).replace(" ", ""))
                for p in pieces:
                    self.emit(*p.split("~"))
            elif op == "box":
                pieces = [self.P(p.strip()) for p in rest.split("|")]
                self.ph["box"] += 1
                self.extras.append("".join(p.replace("~", "") for p in pieces).replace(" ", ""))
                for p in pieces:
                    self.emit(*p.split("~"))
            elif op == "blank":
                self.blocks.append([])
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd!r}")
        for a in self.order:
            if a.cursor != len(a.pieces):
                raise SystemExit(f"{self.src.name}: {a.id} printed {a.cursor}/{len(a.pieces)} pieces")

    def cmd_photo(self, a: Article, opts: set):
        cap = self.P(a.pieces[a.cursor]["text"])
        a.cursor += 1
        title = self.P(a.f["title"])
        credit = self.P(a.f["byline"])
        if title and "title_after" not in opts:
            self.emit(title)
        if "nocredit" in opts:
            self.emit(cap)
        elif "credit_end" in opts:
            self.ph["credit_end"] += 1
            self.emit(cap + " " + credit)
        elif "credit_right" in opts:
            self.ph["credit_right"] += 1
            self.emit(cap)
            self.emit(" " * (24 + self.rng.randrange(14)) + credit)
        elif credit:
            self.ph["credit_line"] += 1
            self.emit(cap)
            self.emit(credit)
        else:
            self.emit(cap)
        if title and "title_after" in opts:
            self.emit(title)
        while a.cursor < len(a.pieces):       # further caption lines
            self.emit(self.P(a.pieces[a.cursor]["text"]))
            a.cursor += 1

    # -- output
    def text(self) -> str:
        lead = "\n\n" if self.rng.random() < 0.5 else ""
        out = []
        for b in self.blocks:
            if not b:
                out.append("")        # an extra blank line
            else:
                out.append("\n".join(b))
        body = "\n\n".join(out)
        body = re.sub(r"\n{4,}", "\n\n\n", body)
        return lead + body

    def gold(self, fname: str) -> dict:
        arts = []
        for a in self.order:
            paras = [self.P(CUT.sub("", p)) for p in a.paras]
            arts.append({
                "kind": a.kind,
                "column": self.P(a.f["column"]),
                "kicker": self.P(a.f["kicker"].replace("/", "")),
                "title": self.P(a.f["title"].replace("/", "")),
                "subtitle": self.P(a.f["subtitle"].replace("/", "")),
                "byline": self.P(a.f["byline"].replace("/", " ")),
                "dateline": self.P(a.f["dateline"].replace("/", "")),
                "continued": self.P(a.f["continued"]),
                "subheads": [self.P(s) for s in a.subheads],
                "paragraphs": paras,
            })
        front = self.meta.get("front") == "1"
        return {
            "source": fname,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue") if front else None,
            "page_count": int(self.meta["pages"]) if front else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build() -> dict[str, bytes]:
    """Compose every page; return {relative path: bytes}."""
    files: dict[str, bytes] = {}
    rows, total, collines = [], Counter(), 0
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        total.update(pg.ph)
        if pg.col:
            collines += sum(1 for ln in text.splitlines() if ln.strip())
        m = pg.meta
        rows.append((name + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), nows(text), m.get("subjects", "").replace("_", " ")))
    ptab = ["| phenomenon | count |", "|---|---:|"]
    for k, label in PHEN_NAMES:
        ptab.append(f"| {label} | {total[k]} |")
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        gtab.append("| " + " | ".join(str(x) for x in r) + " |")
    rate = f"{total['spread']} of {collines} column lines, {100 * total['spread'] / max(collines, 1):.0f}%"
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = (tmpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
              .replace("{{SPREADRATE}}", rate))
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
