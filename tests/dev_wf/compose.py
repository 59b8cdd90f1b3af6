#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page files (pages/),
their gold annotations (gold/) and README.md (from README.in).

    python3 compose.py [OUTDIR]

Standard library only. Every small choice is drawn from random.Random seeded by
the source file name, so the output is byte-for-byte reproducible.
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

CUT = "‖"
CUT_TYPES = {"u": "figure / unit", "v": "verb / figure", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "p": "between clauses"}
# punctuation classes used by the column typesetter (measured on seeds 000, 004)
CLOSE_P = set("，。、；：？！）》」』,.;:?!)")
OPEN_Q = set("“‘")
CLOSE_Q = set("”’")
BRACKETS = set("（）《》()")
HALF_P = CLOSE_P | OPEN_Q | CLOSE_Q | BRACKETS   # printed at half width in a full column
NUM_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%/+·]*")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ----------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.width = None
        self.subheads = []
        self.paras = []          # raw paragraph strings, with cut marks
        self.order = None

    # dateline may carry one '|' = forced line break (column layout)
    @property
    def dateline(self):
        return self.f["dateline"].replace("|", "")

    def clean_paras(self):
        out = []
        for p in self.paras:
            if p.startswith("## "):
                out.append(squash(p[3:]))
            else:
                out.append(re.sub(CUT + "[a-z]", "", p))
        return out

    def pieces(self):
        """Split the body at the cut marks: list of pieces, each a list of
        (para_index, start, end, starts_para) in clean-paragraph coordinates."""
        pieces, cur = [], []
        for i, p in enumerate(self.paras):
            if p.startswith("## "):
                text = squash(p[3:])
                cur.append((i, 0, len(text), True))
                continue
            pos, clean_pos, start, starts = 0, 0, 0, True
            for m in re.finditer(CUT + "([a-z])", p):
                clean_pos += m.start() - pos
                pos = m.end()
                if clean_pos > start:
                    cur.append((i, start, clean_pos, starts))
                pieces.append(cur)
                cur, start, starts = [], clean_pos, False
            clean_pos += len(p) - pos
            if clean_pos > start or not p:
                cur.append((i, start, clean_pos, starts))
        pieces.append(cur)
        return pieces

    def cut_types(self):
        return [m.group(1) for p in self.paras for m in re.finditer(CUT + "([a-z])", p)]


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    cur, section = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                section, cur = "layout", None
            else:
                cur = Article(head[0], head[1])
                arts[cur.id] = cur
                section = "ahead"
            continue
        if section == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        elif section == "ahead":
            if line.strip() == "---":
                section = "abody"
            elif ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "width":
                    cur.width = float(v)
                elif k == "subhead":
                    cur.subheads.append(v)
                else:
                    cur.f[k] = v
        elif section == "abody":
            if line.strip():
                cur.paras.append(line.strip())
        elif section == "layout":
            if line.strip():
                layout.append(line.strip())
    return meta, arts, layout


# ----------------------------------------------------------------- punctuation
def punct_map(mode):
    if mode == "full":
        return {}
    if mode == "mixed":           # full commas, half-width brackets
        return {"（": "(", "）": ")"}
    if mode == "half":            # half-width , ( ) ; :
        return {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
    raise ValueError(mode)


# ----------------------------------------------------------------- typesetting
def tokens(s):
    """Glyph tokens: number/latin runs are unbreakable; spaces are kept (0 em)."""
    out, i = [], 0
    while i < len(s):
        m = NUM_RE.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def tw(t):
    if t == " ":
        return 0.0
    if NUM_RE.fullmatch(t):
        return 0.5 * len(t)
    if t in HALF_P:
        return 0.5
    return 1.0


class Stats(Counter):
    pass


class Setter:
    """Column typesetter for one page."""

    def __init__(self, rng, stats, numspace):
        self.rng, self.stats, self.numspace = rng, stats, numspace

    def wrap(self, text, width, first_avail):
        """Greedy fill; returns list of (tokens, avail, offset_start, offset_end)."""
        toks = tokens(text)
        lines, cur, w, avail, off, start = [], [], 0.0, first_avail, 0, 0
        i = 0
        while i < len(toks):
            t = toks[i]
            if not cur and t == " ":
                off += len(t)
                start = off
                i += 1
                continue
            x = tw(t)
            if w + x <= avail + 1e-9 or not cur or t in CLOSE_P or t in CLOSE_Q:
                cur.append(t)
                w += x
                off += len(t)
                i += 1
                continue
            # line full: do not leave an opening quote/bracket at the line end
            while cur and (cur[-1] in OPEN_Q or cur[-1] in "（《(" or cur[-1] == " "):
                t2 = cur.pop()
                off -= len(t2)
                i -= 1
                w -= tw(t2)
            lines.append((cur, avail, start, off))
            cur, w, avail, start = [], 0.0, width, off
        if cur:
            lines.append((cur, avail, start, off))
        return lines

    def render(self, toks, avail, last):
        width = sum(tw(t) for t in toks)
        deficit = avail - width
        quotes = any(t in OPEN_Q or t in CLOSE_Q for t in toks)
        if not last and (deficit >= 1.5 or (deficit >= 1 and quotes)):
            self.stats["justified line spread with spaces"] += 1
            out = ""
            for j, t in enumerate(toks):
                if t == " ":
                    continue
                out += t
                nxt = next((u for u in toks[j + 1:] if u != " "), None)
                if nxt is None:
                    break
                if t in CLOSE_P or t in CLOSE_Q or t in BRACKETS:
                    continue
                if nxt in OPEN_Q or nxt in BRACKETS:
                    continue
                out += " "
            return out
        out = []
        for j, t in enumerate(toks):
            prev = toks[j - 1] if j else None
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if NUM_RE.fullmatch(t) and re.match(r"[0-9]", t):
                mode = self.rng.choices(["both", "before", "after", "none"], self.numspace)[0]
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.12:
                    t = t[:-1] + " %"
                    self.stats["space before %"] += 1
                cjk_prev = prev is not None and prev != " " and not NUM_RE.fullmatch(prev)
                cjk_next = nxt is not None and nxt != " " and not NUM_RE.fullmatch(nxt)
                if mode in ("both", "before") and cjk_prev and prev not in OPEN_Q and prev not in BRACKETS:
                    out.append(" ")
                    self.stats["space around a number run"] += 1
                out.append(t)
                if mode in ("both", "after") and cjk_next and nxt not in CLOSE_P:
                    out.append(" ")
                    self.stats["space around a number run"] += 1
                continue
            if t in OPEN_Q and nxt and nxt != " " and self.rng.random() < 0.15:
                out.append(t + " ")
                self.stats["space after an opening quote"] += 1
                continue
            if t in "，、。；" and prev and prev != " " and not NUM_RE.fullmatch(prev) and self.rng.random() < 0.04:
                out.append(" " + t)
                self.stats["glyph-gap space before full-width punctuation"] += 1
                continue
            out.append(t)
        return re.sub(r" +", " ", "".join(out)).strip()


# ----------------------------------------------------------------- page composer
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse_source(src)
        self.rng = random.Random(src.name)
        self.stats = Stats()
        self.pm = punct_map(self.meta.get("punct", "full"))
        self.col = self.meta["layout"] == "column"
        self.width = float(self.meta.get("width", 17))
        ns = [float(x) for x in self.meta.get("numspace", "3 3 1 3").split()]
        self.setter = Setter(self.rng, self.stats, ns)
        self.blocks = []         # printed blocks, joined by blank lines
        self.extras, self.dups = [], []
        self.seen = []
        self.printed = {}
        self.last_piece, self.last_block = None, None
        self.last_lines = []

    def P(self, s):
        for a, b in self.pm.items():
            s = s.replace(a, b)
        return s

    def touch(self, a):
        if a.id not in self.seen:
            self.seen.append(a.id)

    def emit(self, text):
        self.blocks.append(text)

    # --- headline stacks
    def head(self, a, shape):
        self.touch(a)
        parts = {"K": a.f["kicker"], "T": a.f["title"], "S": a.f["subtitle"],
                 "C": a.f["column"], "B": a.f["byline"]}
        names = {"K": "kicker", "T": "title", "S": "subtitle", "C": "column label", "B": "byline"}
        cur = ""
        for m in re.finditer(r"([KTSCB])(2|d|\^\d+|_\d+)?([/;+]?)", shape):
            item, mod, sep = m.group(1), m.group(2) or "", m.group(3)
            s = self.P(parts[item])
            if mod == "2":
                self.dups.append(squash(s))
                self.stats["headline drawn twice on one line"] += 1
                s = s + s
            elif mod == "d":
                self.dups.append(squash(s))
                self.stats["headline drawn twice as two identical lines"] += 1
                s = s + "\n\n" + s
            elif mod.startswith("^") or mod.startswith("_"):
                n = int(mod[1:])
                s = s[:-n].rstrip() + ("\n" if mod[0] == "^" else "\n\n") + s[-n:].lstrip()
                self.stats["headline's last word alone on a line"] += 1
            cur += s
            if sep == "/":
                self.emit(cur)
                cur = ""
            elif sep == ";":
                cur += "\n"
            elif sep == "+":
                cur += " "
        if cur:
            self.emit(cur)
        if "+" in shape:
            self.stats["headline parts run together on one line"] += 1

    # --- body
    def body(self, a, rng_spec, pre=""):
        self.touch(a)
        pcs = a.pieces()
        if rng_spec == "all":
            idx = list(range(len(pcs)))
        elif "-" in rng_spec:
            lo, hi = rng_spec.split("-")
            idx = list(range(int(lo), int(hi) + 1 if hi else len(pcs)))
        else:
            idx = [int(rng_spec)]
        if not idx or idx[-1] >= len(pcs):
            raise SystemExit(f"{self.src.name}: body {a.id} {rng_spec}: no such pieces")
        clean = a.clean_paras()
        dl = self.P(a.f["dateline"])
        segs = []          # (para_index, start, end, starts_para)
        for k in idx:
            self.printed.setdefault(a.id, []).append(k)
        lo = idx[0]
        if lo > 0 and not self.col:
            t = CUT_TYPES[a.cut_types()[lo - 1]]
            if self.last_piece == (a.id, lo - 1) and self.last_block == len(self.blocks) - 1:
                self.stats["paragraph split by a column break, nothing between"] += 1
            else:
                self.stats["paragraph cut, continued after other text: " + t] += 1
        self.last_piece = (a.id, idx[-1])
        for k in idx:
            segs.extend(pcs[k])
        lines = self.col_lines(a, clean, segs, dl) if self.col else self.par_lines(a, clean, segs, dl)
        if pre:
            lines[0] = pre + lines[0]
        self.last_lines = lines
        self.emit("\n\n".join(lines))
        self.last_block = len(self.blocks) - 1

    def par_lines(self, a, clean, segs, dl):
        lines = []
        for (i, s, e, starts) in segs:
            t = self.P(clean[i][s:e])
            if i == 0 and s == 0 and a.f["dateline"]:
                t = dl.replace("|", "") + t
            lines.append(t)
        return lines

    def col_lines(self, a, clean, segs, dl):
        width = a.width or self.width
        out = []
        for (i, s, e, starts) in segs:
            para = self.P(clean[i])
            if a.paras[i].startswith("## "):
                out.append(self.P(a.paras[i][3:]))
                self.stats["crosshead line"] += 1
                continue
            pre, bk = "", None
            if i == 0 and a.f["dateline"]:
                if "|" in dl:
                    bk = dl.index("|")
                pre = dl.replace("|", "")
            text = pre + para
            # wrap the whole paragraph, then keep the lines of [s, e) with cuts snapped
            # to line ends (a column break falls at the end of a printed line)
            if bk is not None:
                first = text[:bk]
                rest_start = bk
                while rest_start < len(text) and text[rest_start] == " ":
                    rest_start += 1
                wl = [(tokens(first), width - 2, 0, bk)]
                for (tk, av, st, en) in self.setter.wrap(text[rest_start:], width, width):
                    wl.append((tk, av, st + rest_start, en + rest_start))
                self.stats["dateline broken across lines"] += 1
            else:
                wl = self.setter.wrap(text, width, width - 2)
            off = len(pre)
            ss, ee = s + off, e + off
            if s == 0:
                ss = 0

            def snap(c):
                for (tk, av, st, en) in wl:
                    if st >= c:
                        return st
                    if st < c <= en:
                        return en if c > st else st
                return len(text)
            lo = 0 if s == 0 else snap(ss)
            hi = len(text) if e >= len(clean[i]) else snap(ee)
            for n, (tk, av, st, en) in enumerate(wl):
                if st >= lo and st < hi:
                    last = n == len(wl) - 1
                    if bk is not None and n == 0:
                        out.append(self.setter.render(tk, av, True))
                    else:
                        out.append(self.setter.render(tk, av, last))
        return out

    def photo(self, a, mode):
        self.touch(a)
        cap = self.P("".join(a.clean_paras()))
        cr = self.P(a.f["byline"])
        if mode == "inline":
            self.emit(cap + (" " + cr if cr else ""))
        elif mode.startswith("wrap:"):
            w = float(mode[5:])
            ls = [self.setter.render(tk, av, True) for (tk, av, st, en) in self.setter.wrap(cap, w, w)]
            if cr:
                ls[-1] += " " + cr
            self.emit("\n\n".join(ls))
        elif mode.startswith("right:"):
            w = float(mode[6:])
            ls = [self.setter.render(tk, av, True) for (tk, av, st, en) in self.setter.wrap(cap, w, w)]
            cw = sum(tw(t) for t in tokens(cr))
            pad = " " * int(round((w - cw) * 2))
            ls.append(pad + cr)
            self.stats["credit right-aligned on its own line"] += 1
            self.emit("\n\n".join(ls))
        elif mode == "after":            # credit on the next line, flush left
            self.emit(cap + "\n\n" + cr)
        else:
            raise ValueError(mode)

    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            if op == "head":
                aid, shape = rest.split(None, 1)
                self.head(self.arts[aid], shape)
            elif op == "body":
                parts = rest.split(None, 2)
                pre = parts[2][4:] if len(parts) > 2 and parts[2].startswith("pre=") else ""
                self.body(self.arts[parts[0]], parts[1], pre)
            elif op == "byline":
                parts = rest.split()
                a = self.arts[parts[0]]
                self.touch(a)
                b = self.P(a.f["byline"])
                if len(parts) > 1 and parts[1] == "split":
                    k = b.rindex(" ")
                    b = b[:k] + "\n\n" + b[k + 1:]
                    self.stats["byline broken between names"] += 1
                self.emit(b)
            elif op == "col":
                a = self.arts[rest.strip()]
                self.emit(self.P(a.f["column"]))
                self.stats["column label on its own line"] += 1
            elif op == "photo":
                aid, mode = rest.split()
                self.photo(self.arts[aid], mode)
            elif op == "marker":
                self.emit(rest)
                self.stats["jump marker"] += 1
            elif op == "extra":
                ls = rest.split("|")
                self.emit("\n\n".join(x.replace("^", "\n") for x in ls))
                self.extras.append(squash(rest.replace("|", "").replace("^", "")))
                self.stats["box / masthead lines (extras)"] += 1
            elif op == "dup":
                n = int(rest)
                ls = self.last_lines[-n:]
                self.emit("\n\n".join(ls))
                for l in ls:
                    self.dups.append(squash(l))
                self.stats["line printed twice"] += n
            elif op == "gap":
                self.blocks.append("")
            else:
                raise ValueError(d)
        text = "\n\n".join(self.blocks)
        if not self.col:
            text = "\n\n" + text
        elif self.meta.get("leadspace"):
            text = " " + text
        self.text = text.rstrip() + "\n"
        return self

    def gold(self, name):
        arts = []
        for aid in self.seen:
            a = self.arts[aid]
            arts.append({
                "kind": a.kind,
                "column": self.P(a.f["column"]),
                "kicker": self.P(a.f["kicker"]),
                "title": self.P(a.f["title"]),
                "subtitle": self.P(a.f["subtitle"]),
                "byline": self.P(a.f["byline"]),
                "dateline": self.P(a.dateline),
                "continued": self.P(a.f["continued"]),
                "subheads": [self.P(s) for s in a.subheads],
                "paragraphs": [self.P(p) for p in a.clean_paras()],
            })
        for a in self.arts.values():
            if a.kind == "photo" or not a.paras:
                continue
            got = sorted(self.printed.get(a.id, []))
            if got != list(range(len(a.pieces()))):
                raise SystemExit(f"{self.src.name}: {a.id} body pieces printed {got}, "
                                 f"has {len(a.pieces())}")
        missing = set(self.arts) - set(self.seen)
        if missing:
            raise SystemExit(f"{self.src.name}: articles never laid out: {sorted(missing)}")
        return {
            "source": name,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue") or None,
            "page_count": int(self.meta["pages"]) if self.meta.get("pages") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def md_table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def main(argv):
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (outdir / d).glob("*"):
            f.unlink()
    total, rows = Stats(), []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src).run()
        nnn = "%03d" % int(src.stem[1:])
        h = hashlib.sha256(pg.text.encode("utf-8")).hexdigest()[:16]
        name = f"{nnn}_{h}"
        (outdir / "pages" / f"{name}.txt").write_text(pg.text, encoding="utf-8")
        g = pg.gold(name + ".txt")
        (outdir / "gold" / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stats)
        total["pages"] += 1
        m = pg.meta
        rows.append([f"`{name}.txt`", m["date"], m.get("page", ""), m["layout"], m.get("punct", "full"),
                     len(g["articles"]), len(squash(pg.text)), m.get("subjects", "")])
    phen = sorted((k, v) for k, v in total.items() if k != "pages")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", md_table(phen, ["phenomenon (counted while composing)", "count"]))
    readme = readme.replace("{{PAGES}}", md_table(rows, ["file", "issue date", "page", "layout", "punctuation",
                                                         "articles", "chars", "subjects"]))
    (outdir / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
