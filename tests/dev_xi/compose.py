#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR defaults
to this folder). Deterministic: every small choice comes from a random.Random
seeded by the source file name. Standard library only.
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

CLOSING = set("，。、；：？！”’）》…,;:)!?")
OPENING = set("“‘（《(")
NOSPACE_AFTER = set("，。、；：？！”’）》（《,;:)(")
FULL_TO_HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
CUT = re.compile(r"\{([vuwqns])\}")
CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "s": "at a clause or sentence"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta: dict[str, str] = {}
        self.arts: dict[str, dict] = {}
        self.order: list[str] = []
        self.layout: list[str] = []
        self.parse(path.read_text(encoding="utf-8"))

    # ---------- source ----------
    def parse(self, text: str):
        cur = None
        for raw in text.split("\n"):
            line = raw.rstrip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                parts = line[3:].split()
                if parts[0] == "layout":
                    cur = "layout"
                else:
                    cur = {"id": parts[0], "kind": parts[1], "paras": [], "subheads": [],
                           **{f: "" for f in FIELDS}, "width": "17"}
                    self.arts[parts[0]] = cur
                    self.order.append(parts[0])
                continue
            if cur is None:
                k, _, v = line.partition(" ")
                self.meta[k] = v.strip()
            elif cur == "layout":
                self.layout.append(line.strip())
            elif line.startswith("> "):
                cur["paras"].append(line[2:].strip())
            elif line.startswith("## "):
                cur["paras"].append(line[3:].strip())
                cur["subheads"].append(line[3:].strip())
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()

    def p(self, s: str) -> str:
        """Apply the page's punctuation width."""
        mode = self.meta.get("punct", "full")
        if mode == "half":
            return "".join(FULL_TO_HALF.get(c, c) for c in s)
        if mode == "mixed":
            return s.replace("（", "(").replace("）", ")")
        return s

    # ---------- gold ----------
    def gold_article(self, a: dict) -> dict:
        def clean(s, sep=""):
            return re.sub(" +", " ", self.p(CUT.sub("", s).replace("/", sep)))
        g = {"kind": a["kind"]}
        for f in FIELDS:
            # a raw line break inside a byline or dateline stands between words: a space
            g[f] = clean(a[f], " " if f in ("byline", "dateline") else "")
        g["subheads"] = [clean(s) for s in a["subheads"]]
        g["paragraphs"] = [squash(clean(x)) for x in a["paras"]]
        return g


class Composer:
    def __init__(self, page: Page):
        self.pg = page
        self.rng = page.rng
        self.out: list[str] = []          # raw chunks
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.printed: dict[str, set] = {}
        self.last_line = ""
        self.col_lines: dict[str, list[str]] = {}
        self.pieces: dict[str, list[str]] = {}
        self.col_used: dict[str, set] = {}
        self.piece_used: dict[str, list] = {}

    # ---------- emit ----------
    def emit(self, line: str, tight: bool = False):
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n" if tight else "\n\n")
        self.out.append(line)
        self.last_line = line

    # ---------- tokenising ----------
    @staticmethod
    def tokens(s: str) -> list[str]:
        return re.findall(r"[0-9A-Za-z.%+\-]+|/|.", s)

    @staticmethod
    def width(t: str) -> float:
        if t == "/":
            return 0
        if len(t) > 1 or ord(t[0]) < 256:
            return 0.5 * len(t)
        return 1.0

    def render_plain(self, toks: list[str]) -> str:
        pb, pa = float(self.pg.meta.get("numspace", "0.9")), float(self.pg.meta.get("numafter", "0.6"))
        out = []
        for i, t in enumerate(toks):
            isnum = bool(re.search(r"[0-9]", t)) and len(t) >= 1 and ord(t[0]) < 128
            if isnum and i > 0 and toks[i - 1] not in OPENING and self.rng.random() < pb:
                if out and not out[-1].endswith(" "):
                    out.append(" ")
                    self.stats["space before a number run"] += 1
            if isnum and "%" in t and len(t) > 2 and self.rng.random() < 0.06:
                t = t.replace("%", " %")
                self.stats["glyph-gap space before %"] += 1
            if t in "，。、；" and i > 0 and self.rng.random() < 0.025:
                out.append(" ")
                self.stats["glyph-gap space before full-width punctuation"] += 1
            out.append(t)
            if isnum and i + 1 < len(toks) and toks[i + 1] not in CLOSING and self.rng.random() < pa:
                out.append(" ")
                self.stats["space after a number run"] += 1
            elif t in "“‘" and i + 1 < len(toks) and self.rng.random() < 0.12:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return "".join(out).rstrip()

    def render_spread(self, toks: list[str]) -> str:
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i + 1 < len(toks) and t not in NOSPACE_AFTER and toks[i + 1] not in "“‘":
                out.append(" ")
        self.stats["justified line spread with spaces"] += 1
        return "".join(out)

    def flow(self, text: str, W: int, first_indent: bool = True) -> list[str]:
        """Break one paragraph into printed column lines of W em."""
        toks = self.tokens(text)
        lines, cur, w = [], [], 0.0
        cap = W - 2 if first_indent else W

        def flush(spread):
            nonlocal cur, w, cap
            if cur:
                lines.append(self.render_spread(cur) if spread else self.render_plain(cur))
            cur, w, cap = [], 0.0, W

        for t in toks:
            if t == "/":
                flush(False)
                self.stats["line break inside a dateline"] += 1
                continue
            tw = self.width(t)
            if cur and w + tw > cap:
                if t in CLOSING:
                    if self.rng.random() < 0.5 or len(cur) < 3:
                        cur.append(t)
                        w += tw
                        flush(False)
                        continue
                    moved = cur.pop()
                    flush(True)
                    cur, w = [moved], self.width(moved)
                elif cur[-1] in OPENING:
                    moved = cur.pop()
                    flush(True)
                    cur, w = [moved], self.width(moved)
                else:
                    flush(cap - w >= 1)
            cur.append(t)
            w += tw
        flush(False)
        return lines

    # ---------- article parts ----------
    def col_body(self, aid: str) -> list[str]:
        if aid not in self.col_lines:
            a = self.pg.arts[aid]
            W = int(a["width"])
            lines = []
            for i, para in enumerate(a["paras"]):
                text = self.pg.p(CUT.sub("", para))
                if i == 0 and a["dateline"]:
                    text = self.pg.p(a["dateline"]) + text
                if para in a["subheads"]:
                    lines.append(text)
                    continue
                lines.extend(self.flow(text, W))
            if a["dateline"] and self.rng.random() < 0.5:
                lines[0] = " " + lines[0]
                self.stats["leading space on a dateline line"] += 1
            self.col_lines[aid] = lines
        return self.col_lines[aid]

    def para_pieces(self, aid: str) -> list[tuple[str, bool]]:
        """(text, starts_paragraph) per piece; the dateline glued to the first."""
        if aid not in self.pieces:
            a = self.pg.arts[aid]
            out = []
            for i, para in enumerate(a["paras"]):
                parts = CUT.split(para)
                texts = parts[0::2]
                for code in parts[1::2]:
                    self.stats["paragraph cut " + CUT_NAMES[code]] += 1
                for j, t in enumerate(texts):
                    t = self.pg.p(t)
                    if i == 0 and j == 0 and a["dateline"]:
                        t = self.pg.p(a["dateline"]).replace("/", "\n") + t
                    out.append((t, j == 0))
            self.pieces[aid] = out
        return self.pieces[aid]

    def mark(self, aid: str, what: str):
        self.printed.setdefault(aid, set()).add(what)

    # ---------- layout commands ----------
    def run(self):
        pg = self.pg
        for cmd in pg.layout:
            parts = cmd.split()
            op, args = parts[0], parts[1:]
            opts = {x for x in args if x.startswith("-")}
            args = [x for x in args if not x.startswith("-")]
            getattr(self, "op_" + op)(args, opts, cmd)
        for aid, a in pg.arts.items():
            need = {f for f in ("column", "kicker", "title", "subtitle", "byline") if a[f]}
            if a["kind"] == "photo":
                need = {"photo"}
            if a["kind"] != "photo":
                need.add("body")
            miss = need - self.printed.get(aid, set())
            if miss:
                raise SystemExit(f"{pg.path.name}: {aid} never printed {sorted(miss)}")
        for aid, lines in self.col_lines.items():
            if self.col_used.get(aid) != set(range(len(lines))):
                raise SystemExit(f"{pg.path.name}: {aid} column lines not printed exactly once")
        for aid, pcs in self.pieces.items():
            if self.piece_used.get(aid) != list(range(len(pcs))):
                raise SystemExit(f"{pg.path.name}: {aid} pieces printed as {self.piece_used.get(aid)}")

    def op_lead(self, args, opts, cmd):
        self.out.append("\n" * int(args[0]))

    def op_gap(self, args, opts, cmd):
        n = int(args[0] if args else 1)
        self.out.append(("\n" if self.out[-1].endswith("\n") else "\n\n\n") + "\n" * (n - 1))
        self.stats["extra blank lines"] += 1

    def op_mast(self, args, opts, cmd):
        spec = self.pg.meta["mast"]
        pieces = re.split(r"([|^])", spec)
        self.emit(pieces[0])
        for sep, piece in zip(pieces[1::2], pieces[2::2]):
            self.emit(piece, tight=(sep == "^"))
        self.extras.append(squash("".join(pieces[0::2])))
        self.stats["masthead pieces (lines)"] += len(pieces[0::2])

    def op_box(self, args, opts, cmd):
        lines = " ".join(a for a in cmd.split()[1:] if not a.startswith("-")).split("|")
        for i, l in enumerate(lines):
            self.emit(self.pg.p(l), tight=("-tight" in opts and i > 0))
        self.extras.append(squash(self.pg.p("".join(lines))))
        self.stats["box lines (countdown, code prompt, framed label)"] += len(lines)

    def head_lines(self, a):
        return [(f, self.pg.p(a[f])) for f in ("kicker", "title", "subtitle") if a[f]]

    def op_head(self, args, opts, cmd):
        aid = args[0]
        a = self.pg.arts[aid]
        hl = self.head_lines(a)
        if "-one" in opts:
            self.emit(" ".join(t.replace("/", "") for _, t in hl))
            self.stats["headline parts bunched on one line"] += 1
        else:
            for i, (f, t) in enumerate(hl):
                subs = t.split("/")
                if len(subs) > 1:
                    self.stats["headline wrapped (last words alone)"] += 1
                for j, s in enumerate(subs):
                    self.emit(s, tight=(j > 0) or ("-tight" in opts and i > 0))
                if f == "title" and "-dbl2" in opts:
                    self.emit(t.replace("/", ""), tight=True)
                    self.dups.append(squash(t.replace("/", "")))
                    self.stats["headline drawn twice (two lines)"] += 1
                if f == "title" and "-dbl1" in opts:
                    self.out[-1] = self.out[-1] + self.out[-1]
                    self.dups.append(squash(t.replace("/", "")))
                    self.stats["headline drawn twice (on one line)"] += 1
        for f, _ in hl:
            self.mark(aid, f)
        if "-after" in opts:
            self.stats["headline printed after its body"] += 1

    def op_col(self, args, opts, cmd):
        a = self.pg.arts[args[0]]
        self.emit(self.pg.p(a["column"]))
        for aid in args:
            self.mark(aid, "column")
        self.stats["column label line"] += 1

    def op_byline(self, args, opts, cmd):
        a = self.pg.arts[args[0]]
        subs = self.pg.p(a["byline"]).split("/")
        if len(subs) > 1:
            self.stats["line break inside a byline"] += 1
        for j, s in enumerate(subs):
            pre = " " * 24 if "-right" in opts else ""
            self.emit(pre + s, tight=(j > 0) or "-tight" in opts)
        if "-right" in opts:
            self.stats["credit right-aligned on its own line"] += 1
        self.mark(args[0], "byline")

    def op_body(self, args, opts, cmd):
        aid = args[0]
        a = self.pg.arts[aid]
        rng_spec = args[1] if len(args) > 1 else ":"
        lo, _, hi = rng_spec.partition(":")
        if self.pg.meta["layout"] == "column":
            lines = self.col_body(aid)
            lo = int(lo) if lo else 0
            hi = int(hi) if hi else len(lines)
            used = self.col_used.setdefault(aid, set())
            for i in range(lo, hi):
                if i in used:
                    raise SystemExit(f"{self.pg.path.name}: {aid} line {i} twice")
                used.add(i)
                line = lines[i]
                if i == lo and "-marker" in opts:
                    line = self.pg.p(a["marker"]) + line.lstrip()
                    self.stats["jump marker glued to a body line"] += 1
                self.emit(line)
        else:
            pcs = self.para_pieces(aid)
            lo = int(lo) if lo else 0
            hi = int(hi) if hi else len(pcs)
            used = self.piece_used.setdefault(aid, [])
            for i in range(lo, hi):
                t, starts = pcs[i]
                if used and used[-1] == i - 1 and not starts:
                    self.stats["paragraph split by a column break, nothing between"] += 1
                used.append(i)
                if i == lo and "-marker" in opts:
                    t = self.pg.p(a["marker"]) + t
                    self.stats["jump marker glued to a body line"] += 1
                for j, sub in enumerate(t.split("\n")):
                    self.emit(sub, tight=j > 0)
            if lo > 0 and not pcs[lo][1]:
                self.stats["story continued after a piece of another story"] += 1
        self.mark(aid, "body")

    def op_mark(self, args, opts, cmd):
        aid = args[0]
        self.emit(self.pg.p(self.pg.arts[aid]["marker"]))
        self.stats["jump marker on a line of its own"] += 1

    def op_photo(self, args, opts, cmd):
        aid = args[0]
        a = self.pg.arts[aid]
        cap = self.pg.p(a["paras"][0])
        if a["title"]:
            self.emit(self.pg.p(a["title"]))
            self.mark(aid, "title")
        cr = self.pg.p(a["byline"])
        if "-inline" in opts:
            self.emit(cap + " " + cr)
        elif "-nocredit" in opts or not cr:
            self.emit(cap)
        elif "-right" in opts:
            self.emit(cap)
            self.emit(" " * 24 + cr)
            self.stats["credit right-aligned on its own line"] += 1
        else:
            self.emit(cap)
            self.emit(cr)
        self.mark(aid, "photo")
        self.stats["photo / cartoon"] += 1

    def op_dup(self, args, opts, cmd):
        self.emit(self.last_line, tight="-tight" in opts)
        self.dups.append(squash(self.last_line))
        self.stats["line printed twice"] += 1

    def op_text(self, args, opts, cmd):
        """A line printed as is that belongs to an article already accounted for."""
        self.emit(cmd.split(None, 1)[1])

    def text(self) -> str:
        t = "".join(self.out)
        if self.pg.meta["layout"] == "column":
            return t.rstrip("\n") + "\n\n\n"
        return t.rstrip("\n")


def build(outdir: Path):
    srcs = sorted((HERE / "src").glob("p*.txt"))
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (outdir / d).glob("*"):
            f.unlink()
    rows, total = [], Counter()
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        c = Composer(pg)
        c.run()
        text = c.text()
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (outdir / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        m = pg.meta
        gold = {"source": name + ".txt", "issue_date": m["date"],
                "issue_number": m.get("number") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": [pg.gold_article(pg.arts[a]) for a in pg.order],
                "extras": c.extras, "duplicates": c.dups}
        (outdir / "gold" / (name + ".json")).write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(c.stats)
        rows.append((name + ".txt", m["date"], m["page"], m["layout"], m["punct"],
                     len(pg.order), len(squash(text)), m.get("subjects", "")))
    pun = {"full": "full-width", "mixed": "full-width, half-width ( )", "half": "half-width , ( ) ; :"}
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {pun[r[4]]} | {r[5]} | {r[6]} | {r[7]} |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        if v:
            ftab.append(f"| {k} | {v} |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return rows, total


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    build(out)
