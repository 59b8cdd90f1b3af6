#!/usr/bin/env python3
"""Lay out the hand-written page sources of src/ into raw Hunan Daily pages.

    python3 compose.py [OUTDIR]      (default: this folder)

Writes OUTDIR/pages/NNN_<sha16>.txt, OUTDIR/gold/NNN_<sha16>.json and
OUTDIR/README.md (from README.in).  Standard library only; every small
choice comes from a random.Random seeded by the source file's name, so the
output is the same byte for byte on every run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shlex
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

CLOSE = set("，。、；：？！）”’》」…")
OPEN = set("“‘（《「")
NO_SPACE_AFTER = set("，。、；：？！”’《》（）「」")
NO_SPACE_BEFORE = set("“‘《》（）「」")
FW_PUNCT = set("，。、；：？！")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+]+")
CUT = re.compile(r"\{([a-z])\}")
CUT_NAMES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word or quoted term",
    "n": "cut inside a name",
    "d": "cut inside a number",
    "c": "paragraph split by a column break, nothing between",
    "p": "cut at a clause boundary",
}
HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "；": ";", "：": ":", "？": "?", "！": "!"})
MIXED = str.maketrans({"（": "(", "）": ")"})


def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(HALF)
    if mode == "mixed":
        return s.translate(MIXED)
    return s


def gwidth(tok: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in tok)


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid: str):
        self.aid = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued")}
        self.width = 16.0
        self.paras: list[tuple[bool, str]] = []   # (is_subhead, text with cut marks)

    def pieces(self):
        """Body pieces: list of pieces, each a list of (para_index, text, starts_para, ends_para)."""
        pieces = [[]]
        kinds = []
        for i, (_, text) in enumerate(self.paras):
            parts = CUT.split(text)
            # parts: text, kind, text, kind, text ...
            segs = parts[0::2]
            ks = parts[1::2]
            for j, seg in enumerate(segs):
                pieces[-1].append((i, seg, j == 0, j == len(segs) - 1))
                if j < len(ks):
                    kinds.append(ks[j])
                    pieces.append([])
        return pieces, kinds


def parse(path: Path):
    meta: dict[str, list[str]] = {}
    arts: dict[str, Article] = {}
    order: list[str] = []
    layout: list[str] = []
    cur = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            in_body = False
            if name == "layout":
                cur = "layout"
            else:
                cur = Article(name)
                arts[name] = cur
                order.append(name)
            continue
        if cur is None:
            if ":" in line:
                k, v = line.split(":", 1)
                meta.setdefault(k.strip(), []).append(v.strip())
            continue
        if cur == "layout":
            if line.strip():
                layout.append(line.strip())
            continue
        if in_body:
            if line.strip():
                if line.startswith("## "):
                    cur.paras.append((True, line[3:].strip()))
                else:
                    cur.paras.append((False, line.strip()))
            continue
        if line.startswith("body:"):
            in_body = True
            continue
        if ":" in line:
            k, v = line.split(":", 1)
            k = k.strip()
            if k == "width":
                cur.width = float(v)
            else:
                cur.f[k] = v.strip()
    return meta, arts, order, layout


# ---------------------------------------------------------------- rendering
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, self.arts, self.order, self.layout = parse(src)
        self.mode = self.meta["punct"][0]
        self.col = self.meta["layout"][0] == "column"
        self.blocks: list[list[str]] = []
        self.extras: list[str] = list(self.meta.get("extra", []))
        self.dups: list[str] = []
        self.stats = Counter()
        self.used: Counter = Counter()

    # ---- helpers
    def P(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, *lines: str):
        self.blocks.append([l for l in lines])

    def tokens(self, text: str):
        toks = []
        i = 0
        while i < len(text):
            m = ASCII_RUN.match(text, i)
            if m:
                toks.append(m.group())
                i = m.end()
            else:
                toks.append(text[i])
                i += 1
        return toks

    def plain(self, toks: list[str]) -> str:
        """A column line as extraction prints it when it is not spread."""
        out = ""
        for k, t in enumerate(toks):
            if ASCII_RUN.fullmatch(t) and re.search(r"\d", t):
                r = self.rng.random()
                pre = k > 0 and r < 0.8 and not out.endswith(" ")
                post = k < len(toks) - 1 and r < 0.5 and toks[k + 1] not in CLOSE
                body = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.12:
                    body = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                if pre or post:
                    self.stats["spaces around a number run"] += 1
                out += (" " if pre else "") + body + (" " if post else "")
                if k < len(toks) - 1 and toks[k + 1] in FW_PUNCT and not post and self.rng.random() < 0.25:
                    out += " "
                    self.stats["glyph-gap space before full-width punctuation"] += 1
            elif t == "“" and k < len(toks) - 1 and self.rng.random() < 0.1:
                out += "“ "
                self.stats["space after an opening quote"] += 1
            else:
                out += t
        return out.strip()

    def spread(self, toks: list[str]) -> str:
        toks = [t for t in toks if t != " "]
        out = ""
        for k, t in enumerate(toks):
            out += t
            if k < len(toks) - 1 and t not in NO_SPACE_AFTER and toks[k + 1] not in NO_SPACE_BEFORE:
                out += " "
        self.stats["justified line spread with spaces"] += 1
        return out

    def wrap(self, text: str, width: float, final: bool):
        """Wrap one paragraph piece into column lines of `width` em.

        Measured on seeds 000 and 004: a closing punctuation mark may hang one
        em past the measure; an opening mark never ends a line; a line that
        falls short of the measure (and is not the paragraph's last) is
        justified, which the extraction prints with a space between glyphs;
        full lines holding squeezed punctuation are sometimes justified too."""
        lines: list[tuple[list[str], bool]] = []   # (tokens, short)
        cur: list[str] = []
        w = 0.0
        for tok in self.tokens(text):
            if tok == "|":
                if cur:
                    lines.append((cur, "forced"))
                    self.stats["line break inside a dateline"] += 1
                cur, w = [], 0.0
                continue
            tw = gwidth(tok)
            if w + tw > width and cur:
                if tok in CLOSE and w + tw <= width + 1:
                    cur.append(tok)
                    w += tw
                    continue
                carry = []
                if tok in CLOSE:
                    carry = [cur.pop()]
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, True))
                cur = carry
                w = sum(gwidth(t) for t in cur)
            cur.append(tok)
            w += tw
        if cur:
            lines.append((cur, False))
        out = []
        for k, (toks, why) in enumerate(lines):
            if why == "forced":
                out.append(self.plain(toks))
                continue
            lw = sum(gwidth(t) for t in toks)
            last = k == len(lines) - 1
            npunct = sum(t in FW_PUNCT for t in toks)
            short = lw < width - 0.75 and not (last and final)
            if last and not final:
                short = False
            if short or (not last and npunct >= 2 and self.rng.random() < 0.15):
                out.append(self.spread(toks))
            else:
                out.append(self.plain(toks))
        return out

    # ---- directives
    def art(self, aid: str) -> Article:
        return self.arts[aid]

    def head_parts(self, a: Article):
        return [self.P(a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def do_head(self, a: Article, opts: list[str]):
        parts = self.head_parts(a)
        if "join" in opts:
            line = " ".join(p.replace("|", "") for p in parts)
            self.emit(line)
            self.stats["headline stack joined on one line"] += 1
            return
        lines = []
        for p in parts:
            segs = p.split("|")
            if len(segs) > 1:
                self.stats["headline word left alone on a line"] += 1
            lines.extend(segs)
        title = self.P(a.f["title"]).replace("|", "")
        if "double" in opts:
            lines = [l + l if l == title else l for l in lines]
            self.dups.append(title)
            self.stats["headline drawn twice (doubled on one line)"] += 1
        if "twice" in opts:
            k = lines.index(title)
            lines.insert(k + 1, title)
            self.dups.append(title)
            self.stats["headline drawn twice (two identical lines)"] += 1
        if "tight" in opts or len(lines) == 1:
            self.emit(*lines)
        else:
            # heads print either one line per block or close together
            blk = [lines[0]]
            for l in lines[1:]:
                if self.rng.random() < 0.45:
                    blk.append(l)
                else:
                    self.emit(*blk)
                    blk = [l]
            self.emit(*blk)
        self.stats[f"headline stack of {len(parts)} line(s)"] += 1

    def piece_text(self, a: Article, seg, first_para_done):
        return seg

    def do_body(self, a: Article, args: list[str], opts: dict):
        pieces, kinds = a.pieces()
        if args:
            idx = []
            for s in args:
                if "-" in s:
                    x, y = s.split("-")
                    idx.extend(range(int(x), int(y) + 1))
                else:
                    idx.append(int(s))
        else:
            idx = list(range(1, len(pieces) + 1))
        width = float(opts.get("w", a.width))
        prefix = opts.get("prefix", "")
        # the segments this directive prints, in order
        segs = []
        for n in idx:
            self.used[(a.aid, n)] += 1
            segs.extend(pieces[n - 1])
            # a cut is visible when the next piece is not printed right here
            # (in a column the text would otherwise flow on unbroken)
            if n <= len(kinds) and (not self.col or n + 1 not in idx):
                self.stats[CUT_NAMES[kinds[n - 1]]] += 1
        if self.col:
            merged = []
            for seg in segs:
                if merged and merged[-1][0] == seg[0] and not merged[-1][3] and not seg[2]:
                    pi, text, starts, _ = merged[-1]
                    merged[-1] = (pi, text + seg[1], starts, seg[3])
                else:
                    merged.append(seg)
            segs = merged
        for (pi, seg, starts, ends) in segs:
            text = self.P(seg)
            if not text:
                continue
            if pi == 0 and starts and a.f["dateline"]:
                text = self.P(a.f["dateline"]) + text
                self.stats["dateline runs into its paragraph"] += 1
            if prefix:
                text = prefix + text
                self.extras.append(prefix.strip())
                self.stats["jump marker"] += 1
                prefix = ""
            if self.col:
                for l in self.wrap(text, width, ends):
                    self.emit(l)
            else:
                self.emit(text.replace("|", ""))
        if "dupe" in opts:
            # the extraction printed this piece once more
            n = idx[-1]
            text = "".join(self.P(seg) for (_, seg, _, _) in pieces[n - 1])
            self.emit(text)
            self.dups.append(text)
            self.stats["paragraph piece printed twice"] += 1

    def do_photo(self, a: Article, opts: list[str]):
        cap = self.P(a.paras[0][1]) if a.paras else ""
        credit = self.P(a.f["byline"])
        title = self.P(a.f["title"])
        if title and "notitle" not in opts:
            self.emit(title)
        if "wrap2" in opts:
            half = len(cap) // 2 + 1
            self.emit(cap[:half])
            self.emit(cap[half:])
            self.stats["photo caption over two lines before its credit"] += 1
            if credit:
                self.emit(" " * 40 + credit)
                self.stats["credit right-aligned on its own line"] += 1
        elif "right" in opts:
            self.emit(cap)
            if credit:
                self.emit(" " * 48 + credit)
                self.stats["credit right-aligned on its own line"] += 1
        elif "below" in opts:
            self.emit(cap)
            if credit:
                self.emit(credit)
        else:
            self.emit(cap + ("  " + credit if credit else ""))
        self.stats["photo"] += 1

    def render(self):
        for d in self.layout:
            parts = shlex.split(d)
            op, rest = parts[0], parts[1:]
            args = [x for x in rest if "=" not in x]
            opts = dict(x.split("=", 1) for x in rest if "=" in x)
            if op == "mast":
                self.emit(" ".join(rest))
                self.stats["masthead piece"] += 1
            elif op == "mastblock":
                self.emit(*rest)
                self.stats["masthead piece"] += len(rest)
            elif op == "head":
                self.do_head(self.art(args[0]), args[1:])
            elif op == "body":
                self.do_body(self.art(args[0]), args[1:], opts)
            elif op == "dupe":
                a = self.art(args[0])
                pieces, _ = a.pieces()
                n = int(args[1])
                text = "".join(self.P(seg) for (_, seg, _, _) in pieces[n - 1])
                self.emit(text)
                self.dups.append(text)
                self.stats["paragraph piece printed twice"] += 1
            elif op == "dupline":
                last = self.blocks[-1][-1]
                self.emit(last)
                self.dups.append(re.sub(r"\s+", "", last))
                self.stats["column line printed twice"] += 1
            elif op == "col":
                self.emit(self.P(self.art(args[0]).f["column"]))
                self.stats["column label on its own line"] += 1
            elif op == "byline":
                a = self.art(args[0])
                segs = [s.strip() for s in self.P(a.f["byline"]).split("|")]
                if len(segs) > 1:
                    self.stats["line break inside a byline"] += 1
                if "tight" in args:
                    self.emit(*segs)
                else:
                    for s in segs:
                        self.emit(s)
            elif op == "photo":
                self.do_photo(self.art(args[0]), args[1:])
            elif op in ("line", "box", "marker"):
                text = " ".join(rest)
                self.emit(text)
                self.extras.append(text)
                self.stats[{"line": "box line (countdown, code prompt, 导读)",
                            "box": "box line (countdown, code prompt, 导读)",
                            "marker": "jump marker"}[op]] += 1
            elif op == "gap":
                self.blocks.append([""])
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")
        for aid, a in self.arts.items():
            if a.f["kind"] == "photo":
                continue
            n = len(a.pieces()[0])
            for k in range(1, n + 1):
                if self.used[(aid, k)] != 1:
                    raise SystemExit(f"{self.src.name}: piece {aid}/{k} printed {self.used[(aid, k)]} times")
        text = "\n\n".join("\n".join(b) for b in self.blocks) + "\n"
        if self.col:
            text = " " + text
        else:
            text = "\n\n" + text
        return text

    def gold_articles(self):
        out = []
        for aid in self.order:
            a = self.arts[aid]
            subheads = [self.P(t) for sh, t in a.paras if sh]
            paras = []
            for sh, t in a.paras:
                t = CUT.sub("", self.P(t))
                if sh:
                    t = re.sub(r"\s+", "", t)
                paras.append(t)
            f = {k: self.P(v).replace("|", "") for k, v in a.f.items()}
            out.append({
                "kind": f["kind"], "column": f["column"], "kicker": f["kicker"],
                "title": f["title"], "subtitle": f["subtitle"], "byline": f["byline"],
                "dateline": f["dateline"], "continued": f["continued"],
                "subheads": subheads, "paragraphs": paras,
            })
        return out


def build(outdir: Path):
    pages_dir, gold_dir = outdir / "pages", outdir / "gold"
    for d in (pages_dir, gold_dir):
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    rows = []
    total = Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), start=1):
        pg = Page(src)
        text = pg.render()
        arts = pg.gold_articles()
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (pages_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        m = pg.meta
        num = m.get("issue_number", [None])[0]
        cnt = m.get("page_count", [None])[0]
        gold = {
            "source": f"{name}.txt",
            "issue_date": m["date"][0],
            "issue_number": int(num) if num else None,
            "page_count": int(cnt) if cnt else None,
            "articles": arts,
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        (gold_dir / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((f"{name}.txt", m["date"][0], m["page"][0], m["layout"][0],
                     pg.mode, len(arts), nchar, m.get("subjects", [""])[0]))
        total.update(pg.stats)
    # README
    ph = ["| phenomenon | count |", "|---|---:|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    pt += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return rows, total


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    build(out)
