#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold annotations
(gold/) and README.md.  Standard library only; deterministic (a random.Random
seeded by each source file's name makes the few small choices).

    python3 compose.py

Source format: see README.in / README.md ("The source format").
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

OPEN = "“‘（《「〈(["
CLOSE = "”’）》」〉)]"
MID = "，。、；：？！,.;:?!"
HALF_EM = OPEN + CLOSE + MID
NUMCH = "0123456789.%×+-/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CUT = "¦"          # cut point inside a paragraph, followed by a one-letter kind
BRK = "⏎"          # forced line break (printed texts only)
CUT_KINDS = {"v": "verb or noun / its figure", "u": "figure / unit", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "p": "inside a place name",
             "c": "column break, nothing between", "s": "between sentences"}
KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued")

PH = Counter()      # phenomena counted while composing (all pages)


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def depunct(s: str, mode: str) -> str:
    """Apply the page's punctuation width: full, mixed (half brackets), half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid: str, kind: str):
        self.aid, self.f = aid, {k: "" for k in KEYS}
        self.f["kind"] = kind
        self.paras: list[list[tuple[str, str]]] = []   # pieces: (text, cut kind after)
        self.subheads: list[str] = []
        self.opts: dict[str, str] = {}
        self.printed: set[tuple[int, int]] = set()
        self.first_seen = None

    def add_para(self, text: str):
        if text.startswith("## "):
            sh = text[3:].strip()
            self.subheads.append(sh)
            text = sh
        parts = text.split(CUT)
        pieces = [(parts[0], "")]
        for p in parts[1:]:
            pieces[-1] = (pieces[-1][0], p[:1])
            pieces.append((p[1:], ""))
        self.paras.append(pieces)

    def para_text(self, i: int) -> str:
        return "".join(t for t, _ in self.paras[i])

    def all_pieces(self):
        return [(i, k) for i, ps in enumerate(self.paras) for k in range(len(ps))]


def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            head = line[4:].split()
            if head[0] == "layout":
                section, cur = "layout", None
            else:
                section = "art"
                cur = Article(head[0], head[1])
                arts[cur.aid] = cur
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif section == "art":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                cur.add_para(v)
            elif k in KEYS:
                cur.f[k] = v
            else:
                cur.opts[k] = v
        else:
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- column flow
def tokens(text: str):
    """Split into unbreakable tokens: number/latin runs, single chars."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in NUMCH and (c not in ".-/+%" or (out and out[-1][-1:] in NUMCH)):
            j = i
            while j < len(text) and text[j] in NUMCH:
                j += 1
            out.append(text[i:j])
            i = j
        elif c in "—…" and text[i:i + 2] in ("——", "……"):
            out.append(text[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if tok[0] in NUMCH:
        return 0.5 * len(tok)
    if tok in ("——", "……"):
        return 2.0
    if tok in HALF_EM:
        return 0.5
    return 1.0


def is_num(tok: str) -> bool:
    return tok[0] in "0123456789"


def render(toks, spread: bool, nummode: str, rng: random.Random, glyphgap: float):
    """Print one line: spread (justified with glyph spaces) or natural."""
    out = []
    for j, t in enumerate(toks):
        if j:
            a, b = toks[j - 1], t
            if spread:
                if a == " " or b == " ":
                    sp = ""
                elif b in OPEN or a in CLOSE or a in MID:
                    sp = ""
                else:
                    sp = " "
            else:
                sp = ""
                an, bn = is_num(a), is_num(b)
                if bn and nummode != "none" and (is_cjk(a[-1]) or a in "”"):
                    sp = " "
                if an and nummode == "both" and is_cjk(b[0]):
                    sp = " "
                if an and b == "%":
                    sp = " "
                if not sp and glyphgap and b in "、，" and is_cjk(a[-1]) and rng.random() < glyphgap:
                    sp = " "
                    PH["glyph-gap space before full-width punctuation"] += 1
                if not sp and glyphgap and a == "“" and is_cjk(b[0]) and rng.random() < glyphgap:
                    sp = " "
                    PH["space after an opening quote"] += 1
            if sp and (is_num(a) or is_num(b)) and not spread:
                PH["space around a number run"] += 1
            out.append(sp)
        if (not spread and t[-1:] == "%" and len(t) > 1 and nummode != "none"
                and rng.random() < 0.25):
            t = t[:-1] + " %"
            PH["glyph-gap space before %"] += 1
        out.append(t)
    s = "".join(out)
    return s.replace("  ", " ")


def flow(text: str, W: float, indent: float, last_is_end: bool, nummode: str,
         rng: random.Random, glyphgap: float):
    """Greedy line filling of one paragraph (or piece) into printed lines."""
    segs = text.split(BRK)
    lines = []
    for si, seg in enumerate(segs):
        toks = tokens(seg)
        cur, cw = [], indent if si == 0 else 0.0
        rows = []
        for t in toks:
            tw = width(t)
            if not cur and t == " ":
                continue
            if cw + tw <= W + 1e-9 or not cur:
                cur.append(t)
                cw += tw
            elif t in CLOSE or t in MID:          # hanging punctuation
                cur.append(t)
                cw += tw
            else:
                carry = []
                while cur and cur[-1] in OPEN:   # opening marks never end a line
                    carry.insert(0, cur.pop())
                    cw -= 0.5
                at_space = t == " "
                while cur and cur[-1] == " ":
                    cur.pop()
                    cw -= 0.5
                    at_space = True
                rows.append((cur, None if at_space else W - cw))
                cur = carry + ([] if t == " " else [t])
                cw = sum(width(x) for x in cur)
        rows.append((cur, None))  # segment end: never spread
        for ri, (toks_, slack) in enumerate(rows):
            last = ri == len(rows) - 1
            spread = (slack is not None and slack >= 1.0) or (
                last and si == len(segs) - 1 and not last_is_end and False)
            if spread:
                PH["justified line spread with spaces"] += 1
            lines.append(render(toks_, spread, nummode, rng, glyphgap))
    return [ln for ln in lines if ln.strip()]


# ---------------------------------------------------------------- composing
def parse_spec(spec: str, art: Article):
    allp = art.all_pieces()
    if spec == "*":
        return allp
    if spec == "rest":
        return [p for p in allp if p not in art.printed]
    out = []
    for part in spec.split(","):
        a, _, b = part.partition("-")

        def ref(x, end):
            if x in ("rest", "end"):
                return allp[-1]
            if "." in x:
                i, k = x.split(".")
                return int(i), int(k)
            i = int(x)
            return (i, len(art.paras[i]) - 1) if end else (i, 0)
        lo = ref(a, False)
        hi = ref(b if b else a, True)
        out += [p for p in allp if lo <= p <= hi]
    return out


def blocks_text(t: str) -> list[str]:
    return [b.replace(BRK, "\n") for b in t.split(" | ")]


class Page:
    def __init__(self, path: Path):
        self.name = path.stem
        self.meta, self.arts, self.layout = parse(path)
        self.rng = random.Random(path.name)
        self.layout_kind = self.meta["layout"]
        self.punct = self.meta.get("punct", "full")
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.order: list[str] = []
        self.headed: set[str] = set()

    def P(self, s: str) -> str:
        return depunct(s, self.punct)

    def seen(self, aid):
        if aid not in self.order:
            self.order.append(aid)

    def head_parts(self, a: Article):
        return [self.P(a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def printed_dateline(self, a: Article) -> str:
        d = a.opts.get("dlprint")
        if d:
            return self.P(d)
        return self.P(a.f["dateline"])

    def emit(self, *bs):
        self.blocks.extend(bs)

    def body(self, a: Article, spec: str, opts: dict):
        pieces = parse_spec(spec, a)
        col = self.layout_kind == "column"
        W = float(opts.get("w", a.opts.get("w", 17)))
        nummode = opts.get("num", a.opts.get("num", "both"))
        gg = float(a.opts.get("gap", "0.04"))
        if col:   # in a column flow, pieces printed together are one run of text
            runs = []
            for (i, k) in pieces:
                if runs and runs[-1][0] == i and runs[-1][2] == k - 1:
                    runs[-1][2] = k
                else:
                    runs.append([i, k, k])
        else:
            runs = [[i, k, k] for (i, k) in pieces]
        prev = None
        for (i, k, k2) in runs:
            for kk in range(k, k2 + 1):
                a.printed.add((i, kk))
            if prev and prev[0] == i and prev[1] == k - 1:
                PH["paragraph split by a column break, nothing between"] += 1
            prev = (i, k2)
            text = self.P("".join(a.paras[i][kk][0] for kk in range(k, k2 + 1)))
            cutk = a.paras[i][k2][1]
            if cutk:
                PH["paragraph cut: " + CUT_KINDS[cutk]] += 1
            is_sub = a.para_text(i) in a.subheads
            if (i, k) == (0, 0) and a.f["dateline"] and "nodl" not in opts:
                dl = self.printed_dateline(a)
                for seg in dl.split(BRK)[1:]:
                    PH["line break inside a dateline's date" if seg[:1].isdigit() else
                       "line break before 通讯员" if seg.startswith("通讯员") else
                       "line break between a dateline's names"] += 1
                text = dl + ("" if col else "") + text
            if not col:
                self.emit(text.replace(BRK, ""))
                continue
            if is_sub:
                self.emit(text)
                continue
            indent = 2.0 if k == 0 else 0.0
            if (i, k) == (0, 0) and a.f["dateline"] and a.opts.get("dlsp", "none") != "none":
                indent = 1.0
            lines = flow(text, W, indent, k2 == len(a.paras[i]) - 1, nummode, self.rng, gg)
            if (i, k) == (0, 0) and a.f["dateline"] and a.opts.get("dlsp", "none") != "none":
                lines[0] = " " + lines[0]
            self.emit(*lines)

    def run(self):
        col = self.layout_kind == "column"
        self.last_head = None
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            if op not in ("head", "raw"):
                self.last_head = None
            args = rest.split(" ")
            if op == "extra":                       # page furniture
                bs = blocks_text(rest)
                self.emit(*bs)
                self.extras.append(re.sub(r"\s+", "", "".join(bs)))
                if re.match(r"\d{4}年\d+月", bs[0]):
                    PH["masthead pieces (blocks, drawing order)"] += len(bs)
                    PH["masthead pieces merged on one line"] += sum(" " in b or "\n" in b for b in bs)
                else:
                    PH["box lines (countdown, code prompt, hotline, tip)"] += len(bs)
                continue
            if op == "dupraw":                      # text printed twice (2nd copy)
                bs = blocks_text(rest)
                self.emit(*bs)
                self.dups.append("\n".join(bs))
                PH["headline drawn twice"] += 1
                continue
            if op == "raw":                         # printed text of an article
                aid, _, text = rest.partition(" ")
                ra = self.arts.get(aid)
                if ra and any(ra.f[k] and self.P(ra.f[k]) in self.P(text).replace(BRK, "")
                              for k in ("title", "subtitle")):
                    PH["headline printed after its body" if aid in self.order
                       else "headline printed before its body"] += 1
                    if BRK in text and len(text.rsplit(BRK, 1)[1]) <= 6:
                        PH["headline's last word alone on a line"] += 1
                    n = len(re.split(r" \| |" + BRK, text))
                    if n > 1:
                        PH["headline stack of %d lines" % n] += 1
                    if self.last_head and self.last_head != aid:
                        PH["headlines bunched with another story's headline"] += 1
                    self.headed.add(aid)
                    self.last_head = aid
                self.emit(*blocks_text(self.P(text)))
                continue
            if op == "duplines":                    # last n lines printed again
                n = int(args[0])
                again = self.blocks[-n:]
                self.emit(*again)
                self.dups.append("\n".join(again))
                PH["column lines printed twice"] += n
                continue
            aid = args[0]
            a = self.arts[aid]
            opts = dict(x.split("=", 1) for x in args[2:] if "=" in x)
            flags = set(x for x in args[2:] if "=" not in x)
            if op == "head":
                mode = args[1] if len(args) > 1 else "line"
                parts = self.head_parts(a)
                if mode == "line":
                    self.emit(" ".join(parts))
                elif mode == "stack":
                    self.emit(*parts)
                elif mode == "nl":
                    self.emit("\n".join(parts))
                elif mode == "twice":               # doubled on one line
                    t = " ".join(parts)
                    self.emit(t + " " + t)
                    self.dups.append(t)
                    PH["headline drawn twice"] += 1
                if a.aid not in self.order and a.aid not in self.headed:
                    PH["headline printed before its body"] += 1
                elif a.aid in self.order:
                    PH["headline printed after its body"] += 1
                if self.last_head and self.last_head != a.aid:
                    PH["headlines bunched with another story's headline"] += 1
                self.headed.add(a.aid)
                self.last_head = a.aid
                if len(parts) > 1:
                    PH["headline stack of %d lines" % len(parts)] += 1
                continue
            if op == "body":
                self.seen(aid)
                self.body(a, args[1], {**opts, **{f: "1" for f in flags}})
            elif op == "by":
                b = self.P(a.opts.get("byprint", a.f["byline"]))
                self.emit(*blocks_text(b))
            elif op == "col":
                self.emit(self.P(a.f["column"]))
            elif op == "mark":
                self.seen(aid)
                self.emit(self.P(rest.partition(" ")[2]) if len(args) > 1 else self.P(a.f["continued"]))
                PH["jump marker"] += 1
            elif op == "photo":
                self.seen(aid)
                mode = args[1] if len(args) > 1 else "inline"
                cap = self.P(a.para_text(0))
                cred = self.P(a.f["byline"])
                if mode == "cap":
                    self.emit(cap)
                elif mode == "inline":
                    self.emit(cap + (" " + cred if cred else ""))
                elif mode == "own":
                    self.emit(cap)
                    self.emit(" " * int(opts.get("pad", 30)) + cred)
                    PH["credit right-aligned on its own line"] += 1
                elif mode == "wrap":
                    W = float(opts.get("w", 40))
                    lines = flow(cap, W, 0, True, "before", self.rng, 0)
                    if cred:
                        lines[-1] = lines[-1] + " " + cred
                    self.emit("\n".join(lines))
                for i in range(1, len(a.paras)):
                    self.emit(self.P(a.para_text(i)))
                PH["photo / cartoon"] += 1
            elif op == "dup":                        # a printed piece printed again
                i, k = (int(x) for x in args[1].split("."))
                text = self.P(a.paras[i][k][0])
                self.emit(text)
                self.dups.append(text)
                PH["paragraph printed twice"] += 1
            elif op == "duplines":                   # last n lines printed again
                n = int(args[1])
                again = self.blocks[-n:]
                self.emit(*again)
                self.dups.append("\n".join(again))
                PH["column lines printed twice"] += n
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        missing = [(a.aid, p) for a in self.arts.values() for p in a.all_pieces()
                   if p not in a.printed and a.f["kind"] != "photo"]
        if missing:
            raise SystemExit(f"{self.name}: pieces never printed: {missing}")
        for a in self.arts.values():
            if a.aid not in self.order:
                raise SystemExit(f"{self.name}: article {a.aid} never printed")

    def text(self) -> str:
        if self.layout_kind == "column":
            return "\n\n".join(self.blocks) + "\n\n"
        return "\n\n" + "\n\n".join(self.blocks)

    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            d = OrderedDict()
            for k in KEYS:
                d[k] = self.P(a.f[k]) if k != "kind" else a.f[k]
            d["subheads"] = [self.P(s) for s in a.subheads]
            paras = []
            for i in range(len(a.paras)):
                t = self.P(a.para_text(i))
                t = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", t)
                paras.append(t)
            d["paragraphs"] = paras
            arts.append(d)
        m = self.meta
        front = m.get("front", "").split()
        return OrderedDict([
            ("source", fname), ("issue_date", m["date"]),
            ("issue_number", front[0] if front else None),
            ("page_count", int(front[1]) if front else None),
            ("articles", arts), ("extras", self.extras), ("duplicates", self.dups)])


def main():
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    rows = []
    for src in sorted(SRC.glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        no = pg.meta["page"]
        fname = f"{no}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{fname}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(fname + ".txt")
        (GOLD / f"{fname}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((fname + ".txt", pg.meta["date"], pg.meta.get("pageno", "?"),
                     pg.layout_kind, pg.punct, len(gold["articles"]), nchar,
                     pg.meta.get("subjects", "")))
    ph = "\n".join(["| phenomenon | count |", "|---|---:|"] +
                   [f"| {k} | {v} |" for k, v in sorted(PH.items())])
    pt = "\n".join(["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                    "|---|---|---:|---|---|---:|---:|---|"] +
                   ["| " + " | ".join(str(x) for x in r) + " |" for r in rows])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
