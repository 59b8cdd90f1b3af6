#!/usr/bin/env python3
"""Lay out the pages of this test set from their sources (src/pNN.txt).

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (a glyph-gap space, a justified line)
comes from a random.Random seeded by the source file's name, so the output is the
same byte for byte on every run.  Made without sight of the segmenter under test.
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
          "continued")
CLOSE = "，。、；：？！”’）》…—,.;:?!)"      # may not begin a printed line
OPEN = "“‘（《("                           # may not end a printed line
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/]+")
CUT = re.compile(r"\|([a-z]?)")            # cut point in a body, with its kind
CUT_KINDS = {"": "cut (plain)", "f": "cut between a verb and its figure",
             "u": "cut between a figure and its unit", "w": "cut inside a word or quoted term",
             "n": "cut inside a name"}


# ---------------------------------------------------------------- source ---
class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.f["kind"] = "news"
        self.credit = ""          # photo credit printed after / below the caption
        self.width = None         # column width in em (column layout)
        self.paras: list[str] = []  # raw source paragraphs ("##" = subhead, "|" = cut)

    def pieces(self) -> list[list[tuple[str, bool]]]:
        """Body split at the cut points: each piece is a list of
        (text, starts_a_paragraph) fragments."""
        out: list[list[tuple[str, bool]]] = [[]]
        for p in self.paras:
            p = p[2:] if p.startswith("##") else p
            parts = CUT.split(p)
            texts = parts[0::2]
            for i, t in enumerate(texts):
                if i:
                    out.append([])
                if t:
                    out[-1].append((t, i == 0))
        return out

    def cut_kinds(self) -> list[str]:
        return [k for p in self.paras for k in CUT.findall(p)]


def parse(path: Path):
    page: dict[str, str] = {}
    arts: dict[str, Article] = {}
    layout: list[str] = []
    cur = None
    mode = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#!") or (mode != "text" and line.startswith("# ")):
            continue
        if line.startswith("@page"):
            mode = "page"
            continue
        if line.startswith("@a "):
            cur = Article(line.split()[1])
            arts[cur.id] = cur
            mode = "fields"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "page" and ":" in line:
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif mode == "fields":
            if line.strip() == "---":
                mode = "text"
            elif ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "credit":
                    cur.credit = v
                elif k == "width":
                    cur.width = float(v)
                else:
                    assert k in FIELDS, (path, k)
                    cur.f[k] = v
        elif mode == "text":
            if line.strip():
                cur.paras.append(line.strip())
        elif mode == "layout":
            if line.strip():
                layout.append(line.rstrip())
    return page, arts, layout


# ------------------------------------------------------------ punctuation ---
def punct(s: str, style: str) -> str:
    """Punctuation width of the page: full / mixed (half brackets) / half.
    Sources may be written in either width; full width is restored first."""
    s = re.sub(r"(?<![0-9]),|,(?![0-9])", "，", s)
    s = re.sub(r";", "；", s)
    s = re.sub(r"(?<![0-9]):|:(?![0-9])", "：", s)
    s = s.replace("(", "（").replace(")", "）")
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace("¦", "")


# ------------------------------------------------------------ column flow ---
def atoms(text: str) -> list[str]:
    """Break units: ASCII runs stay whole, closing marks cling to what precedes,
    opening marks to what follows."""
    units: list[str] = []
    i = 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            units.append(m.group())
            i = m.end()
        else:
            units.append(text[i])
            i += 1
    out: list[str] = []
    pend = ""
    for u in units:
        if u in OPEN:
            pend += u
            continue
        u = pend + u
        pend = ""
        if out and u[0] in CLOSE and not out[-1].endswith(tuple(OPEN)):
            out[-1] += u
        else:
            out.append(u)
    if pend:
        out.append(pend)
    return out


def width(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


class Flow:
    """Lays text into printed column lines with the seeds' artefacts."""

    def __init__(self, rng: random.Random, tally: Counter):
        self.rng = rng
        self.tally = tally

    def lines(self, frags: list[tuple[str, bool]], w: float, dateline: str = "",
              first_indent: bool = True) -> list[str]:
        out: list[str] = []
        for k, (text, starts) in enumerate(frags):
            at: list[str] = []
            if k == 0 and dateline:
                # a dateline breaks only where the seeds break it: at its spaces
                # or at a forced break (¦); its names stay whole
                for j, part in enumerate(dateline.split("¦")):
                    if j:
                        at.append("\n")
                    words = re.findall(r"\S+ ?", part)
                    if j == len(dateline.split("¦")) - 1 and len(words) > 1 \
                            and len(words[-1]) < 5:
                        words[-2:] = [words[-2] + words[-1]]   # keep "通讯员 王静）" whole
                    at.extend(words)
            at.extend(atoms(text))
            indent = starts and first_indent and not (k == 0 and dateline)
            out.extend(self._para(at, w, indent))
        return out

    def _para(self, at, w, indent):
        lines: list[tuple[list[str], bool]] = []
        cur: list[str] = []
        cap = w - 2 if indent else w
        for a in at:
            if a == "\n":
                lines.append((cur, None))
                cur, cap = [], w
                continue
            cw = sum(width(x) for x in cur)
            aw = width(a)
            if cw + aw <= cap or not cur or (a[-1] in CLOSE and cw + aw <= cap + 0.5):
                cur.append(a)
                continue
            lines.append((cur, cap - cw >= 1.0))
            cur = [a]
            cap = w
        lines.append((cur, None))
        rendered = []
        for ln, short in lines:
            dense = sum(x.count("、") + x.count("，") + x.count("。") for x in ln) >= 3
            justify = short is not None and (short or (dense and self.rng.random() < 0.25))
            if any(" " in x for x in ln):
                justify = False          # dateline lines keep their own spacing
            rendered.append(self._justified(ln) if justify else self._plain(ln))
        return rendered

    def _justified(self, ln):
        self.tally["justified column line (spread with spaces)"] += 1
        s = ""
        for i, a in enumerate(ln):
            for j, piece in enumerate(self._chars(a)):
                if s and s[-1] not in CLOSE and piece[0] not in OPEN:
                    s += " "
                s += piece
        return s

    @staticmethod
    def _chars(a):
        out = []
        i = 0
        while i < len(a):
            m = ASCII_RUN.match(a, i)
            if m:
                out.append(m.group())
                i = m.end()
            else:
                out.append(a[i])
                i += 1
        return out

    def _plain(self, ln):
        s = ""
        for a in ln:
            m = ASCII_RUN.search(a)
            if m and m.group()[0].isdigit():
                pre, num, post = a[:m.start()], m.group(), a[m.end():]
                if num.endswith("%") and len(num) > 2 and self.rng.random() < 0.12:
                    num = num[:-1] + " %"
                    self.tally["glyph-gap space before %"] += 1
                if s and s[-1] not in CLOSE + OPEN + " " and self.rng.random() < 0.85:
                    s += " "
                    self.tally["space around a number run"] += 1
                s += pre + num
                if post:
                    s += post
                elif self.rng.random() < 0.4:
                    s += " "
                    self.tally["space around a number run"] += 1
                continue
            if len(a) > 1 and a[-1] in "，、" and self.rng.random() < 0.015:
                a = a[:-1] + " " + a[-1]
                self.tally["glyph-gap space before full-width punctuation"] += 1
            if a[0] == "“" and len(a) > 1 and self.rng.random() < 0.15:
                a = "“ " + a[1:]
                self.tally["space after an opening quote"] += 1
            s += a
        return s.rstrip(" ")


# ----------------------------------------------------------------- layout ---
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.tally: Counter = Counter()
        self.col = self.meta["layout"] == "column"
        self.style = self.meta.get("punct", "full")
        self.w = float(self.meta.get("width", "17"))
        self.out: list[tuple[str, str]] = []   # (line, separator before it)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.furniture: list[str] = []
        self.prefix = ""
        self.glue = False
        self.blank = 0
        self.seen_body: set[str] = set()
        self.seen_head: set[str] = set()

    def p(self, s):
        return punct(s, self.style)

    def emit(self, line: str, glue=False):
        sep = "\n" if (glue or self.glue) else "\n\n"
        if self.blank:
            sep += "\n" * self.blank
            self.blank = 0
        if self.prefix:
            line = self.prefix + line
            self.prefix = ""
        self.out.append((line, sep))
        self.glue = False

    def field(self, a: Article, k: str) -> str:
        return self.p(a.f[k])

    def head(self, a: Article, form: str):
        if a.id in self.seen_body:
            self.tally["headline printed after its body"] += 1
        if self.out and self.last_cmd_was_head:
            self.tally["headline bunched with another story's headline"] += 1
        key = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column", "b": "byline"}
        for li, line in enumerate(re.split(r"([/~])", form)[0::2]):
            seps = re.split(r"([/~])", form)[1::2]
            parts = [self.field(a, key[c]) for c in line.split("+") if a.f[key[c]]]
            if not parts:
                continue
            text = " ".join(parts)
            if len(line.split("+")) > 1 and len(parts) > 1:
                self.tally["headline parts run together on one line"] += 1
            sub = text.split("¦")
            if len(sub) > 1 and len(sub[-1]) <= 4:
                self.tally["headline's last word left alone on a line"] += 1
            for j, t in enumerate(sub):
                glue = j > 0 and self.col
                if li > 0 and j == 0 and seps[li - 1] == "~":
                    glue = True
                self.emit(t, glue=glue)

    def body(self, a: Article, n: int, mode: str = ""):
        pieces = a.pieces()
        if n >= len(pieces):
            raise SystemExit(f"{self.src.name}: article {a.id} has no piece {n}")
        frags = list(pieces[n])
        dl = ""
        if n == 0 and a.f["dateline"]:
            dl = self.p(a.f["dateline"])
            if "¦" in dl:
                self.tally["line break inside a dateline"] += 1
        if n > 0:
            self.tally["story continued after a break"] += 1
        self.seen_body.add(a.id)
        frags = [(self.p(t), s) for t, s in frags]
        if self.col:
            w = a.width or self.w
            ls = Flow(self.rng, self.tally).lines(frags, w, dateline=dl)
            for k, l in enumerate(ls):
                self.emit(l)
        else:
            for k, (t, s) in enumerate(frags):
                if k == 0 and dl:
                    segs = dl.split("¦")
                    for seg in segs[:-1]:
                        self.emit(seg)
                    t = segs[-1] + t
                self.emit(t)

    def photo(self, a: Article, mode: str):
        caps = [self.p(x.replace("|", "")) for x in a.paras]
        credit = self.p(a.credit)
        if self.col:
            ls = Flow(self.rng, self.tally).lines([(c, True) for c in caps], 45,
                                                  first_indent=False)
        else:
            ls = ["".join(caps)] if len(caps) == 1 else caps
        if mode == "sep":
            for l in ls:
                self.emit(l)
            pad = " " * (30 - int(width(credit)))
            self.emit(pad + credit)
            self.tally["credit right-aligned on a line of its own"] += 1
        else:
            ls[-1] = ls[-1] + " " + credit
            for l in ls:
                self.emit(l)

    def run(self):
        self.last_cmd_was_head = False
        self.printed = {a: [] for a in self.arts}
        for cmd in self.layout:
            parts = cmd.split(" ", 1)
            op, arg = parts[0], (parts[1] if len(parts) > 1 else "")
            was_head = False
            if op == "box":
                pieces = [self.p(x) for x in arg.split("¦")]
                for x in pieces:
                    self.emit(x)
                self.extras.append(re.sub(r"\s+", "", "".join(pieces)))
                self.tally["box line (masthead, countdown, code prompt)"] += len(pieces)
            elif op == "head":
                aid, *form = arg.split()
                self.head(self.arts[aid], form[0] if form else "k/t/s")
                was_head = True
            elif op == "body":
                aid, n = arg.split()[:2]
                self.body(self.arts[aid], int(n))
                self.printed[aid].append(int(n))
            elif op == "by":
                a = self.arts[arg.split()[0]]
                segs = self.p(a.f["byline"]).split("¦")
                if len(segs) > 1:
                    self.tally["line break inside a byline"] += 1
                for j, s in enumerate(segs):
                    self.emit(s, glue=(j > 0 and self.col))
            elif op == "col":
                a = self.arts[arg.split()[0]]
                self.emit(self.p(a.f["column"]))
                self.tally["column label on its own line"] += 1
            elif op == "mark":
                text = arg.split(" ", 1)[1].rstrip("+").rstrip()
                self.furniture.append(text)
                self.tally["jump marker"] += 1
                if arg.endswith("+"):
                    self.prefix = text
                else:
                    self.emit(text)
            elif op == "photo":
                aid, *mode = arg.split()
                self.photo(self.arts[aid], mode[0] if mode else "")
            elif op == "dupl":
                line, _ = self.out[-1]
                self.emit(line)
                self.dups.append(norm(line))
                self.tally["line printed twice"] += 1
            elif op == "doubled":
                a = self.arts[arg.split()[0]]
                t = self.p(clean(a.f["title"]))
                self.emit(t + t)
                self.dups.append(norm(t))
                self.tally["headline drawn twice on one line"] += 1
                was_head = True
            elif op == "glue":
                self.glue = True
            elif op == "blank":
                self.blank += int(arg or 1)
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd!r}")
            self.last_cmd_was_head = was_head
        for aid, a in self.arts.items():
            want = [] if a.f["kind"] == "photo" else list(range(len(a.pieces())))
            if self.printed[aid] != want:
                raise SystemExit(f"{self.src.name}: article {aid} prints pieces "
                                 f"{self.printed[aid]}, has {want}")
        return self.text()

    def text(self) -> str:
        if self.col:
            s = " " + "".join(sep + l if i else l for i, (l, sep) in enumerate(self.out))
            return s + "\n\n\n"
        return "\n\n" + "".join(sep + l if i else l for i, (l, sep) in enumerate(self.out))

    def gold(self, name: str) -> dict:
        arts = []
        order = []
        for cmd in self.layout:
            op, _, arg = cmd.partition(" ")
            if op in ("body", "photo", "head") and arg.split()[0] not in order:
                order.append(arg.split()[0])
        # reading order: by first body (or photo) appearance
        first = {}
        for i, cmd in enumerate(self.layout):
            op, _, arg = cmd.partition(" ")
            if op in ("body", "photo"):
                first.setdefault(arg.split()[0], i)
        for aid in sorted(self.arts, key=lambda x: first.get(x, 10**6)):
            a = self.arts[aid]
            rec = {k: self.p(clean(a.f[k])) if k != "kind" else a.f[k] for k in FIELDS}
            if a.f["kind"] == "photo":
                rec["byline"] = self.p(a.credit) or rec["byline"]
            rec["subheads"] = [self.p(x[2:]) for x in a.paras if x.startswith("##")]
            paras = [self.p(CUT.sub("", x[2:] if x.startswith("##") else x)) for x in a.paras]
            rec["paragraphs"] = [clean(x) for x in paras]
            arts.append(rec)
        out = {"source": name, "issue_date": self.meta["date"],
               "issue_number": self.meta.get("issue") or None,
               "page_count": int(self.meta["pagecount"]) if self.meta.get("pagecount") else None,
               "articles": arts, "extras": self.extras, "duplicates": self.dups}
        return out


def norm(s: str) -> str:
    """Text as the gold stores it: layout spaces gone (kept only inside ASCII)."""
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", s.strip())


# ----------------------------------------------------------------- driver ---
def build(root: Path = HERE, out: Path | None = None) -> dict[str, bytes]:
    """Returns {relative path: bytes} of every generated file."""
    files: dict[str, bytes] = {}
    rows = []
    furniture: dict[str, list[str]] = {}   # jump markers as printed, per page
    phen: Counter = Counter()
    for src in sorted((root / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.run()
        seq = pg.meta["seq"]
        name = f"{seq}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        furniture[name + ".txt"] = pg.furniture
        for a in pg.arts.values():
            for k in a.cut_kinds():
                pg.tally[CUT_KINDS[k]] += 1
            if a.f["column"]:
                pg.tally["column label (栏目)"] += 1
        pg.tally["page with masthead"] += bool(pg.meta.get("issue"))
        phen.update(pg.tally)
        chars = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", pg.meta["date"], pg.meta.get("pageno", ""), pg.meta["layout"],
                     pg.style, len(gold["articles"]), chars, pg.meta.get("subjects", "")))
    files["furniture.json"] = (json.dumps(furniture, ensure_ascii=False, indent=1, sort_keys=True)
                               + "\n").encode("utf-8")
    ptable = ["| phenomenon | count |", "|---|---:|"] + [
        f"| {k} | {v} |" for k, v in sorted(phen.items())]
    gtable = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
              "|---|---|---|---|---|---:|---:|---|"] + [
        "| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    readme = (root / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptable)).replace("{{PAGES}}", "\n".join(gtable))
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        for f in (HERE / d).glob("*"):
            f.unlink()
        (HERE / d).mkdir(exist_ok=True)
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages, "
          f"{sum(1 for r in files if r.startswith('gold/'))} gold files, README.md")


if __name__ == "__main__":
    main()
