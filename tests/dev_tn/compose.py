#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into pages/*.txt and gold/*.json,
and fill README.in into README.md.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only.  Every small choice comes from a random.Random seeded by the
source file name, so two runs write the same bytes.

Source format: see README.in ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- measured on the seeds
# Column layout (seeds 000, 004): one printed column line per text line, one blank line
# between lines (a handful of headline pairs printed without the blank).  Widths in em
# (CJK and full-width punctuation 1, ASCII 0.5, spaces 0):
#   seed 000  news columns 16-18 (mode 17), commentary 12-13, photo caption one long line;
#   seed 004  news columns 20-22 (mode 20/21), commentary 19, continuation 21-22,
#             photo caption wrapped at about 44.
#   First line of a paragraph is about 2 em shorter (indent).  A line that stops 1 em or
#   more short of the column (an unbreakable number run, a punctuation mark that may not
#   start or end a line) is printed spread: a space after every glyph except after a
#   closing mark and before an opening mark, number runs kept whole (22 of 375 lines in
#   seed 000, 12 of 359 in 004).
COLUMN_WIDTHS = {"narrow": 13, "news": 17, "wide": 21, "comment": 19}

CLOSING = set("，。、；：？！”’）》〉」』…—%,.;:?!)")
OPENING = set("“‘（《〈「『(")
PUNCT = CLOSING | OPENING | set("·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×]+")
CUT = "‖"
CUT_KINDS = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "a": "cut inside an abbreviation",
    "g": "cut between clauses",
}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- source parsing
class Art:
    def __init__(self, key, kind):
        self.key, self.kind = key, kind
        self.f = {k: "" for k in ("col", "kick", "title", "sub", "by", "dl", "cont",
                                  "hl", "bl", "dlp", "mk", "cp")}
        self.paras: list[list[str]] = []      # pieces of each paragraph
        self.cutkinds: list[list[str]] = []   # kind code of each cut
        self.subheads: list[str] = []
        self.subidx: set[int] = set()
        self.dl_done = False


def parse(path: Path):
    meta, arts, extras, layout = {}, OrderedDict(), OrderedDict(), []
    sec, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            sec = parts[0]
            if sec == "art":
                cur = Art(parts[1], parts[2])
                arts[cur.key] = cur
            elif sec == "extra":
                cur = extras.setdefault(parts[1], [])
            continue
        if sec == "page":
            k, _, v = line.partition(" ")
            meta[k] = v.strip()
        elif sec == "extra":
            cur.append(line)
        elif sec == "layout":
            layout.append(line.split())
        elif sec == "art":
            k, _, v = line.partition(" ")
            if k in ("p", "sh"):
                pieces, kinds = [], []
                bits = v.split(CUT)
                pieces.append(bits[0])
                for b in bits[1:]:
                    kinds.append(b[0])
                    pieces.append(b[1:])
                if k == "sh":
                    cur.subidx.add(len(cur.paras))
                    cur.subheads.append(v)
                cur.paras.append(pieces)
                cur.cutkinds.append(kinds)
            else:
                cur.f[k] = v
    return meta, arts, extras, layout


# ---------------------------------------------------------------- punctuation width
def punct(s: str, style: str) -> str:
    if style == "full" or not s:
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- column reflow
def em(s: str) -> float:
    return sum(0 if c == " " else (0.5 if ord(c) < 128 else 1) for c in s)


def tokens(text: str, lit: bool = False):
    """Unbreakable units: a number/Latin run, or a glyph with the closing marks that
    may not start a line and the opening marks that may not end one.  Dateline and
    marker text (lit) is kept as printed: no number spaces, never spread."""
    raw, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and text[i] not in "%.":
            raw.append(["lit" if lit else "num", m.group()])
            i = m.end()
        else:
            raw.append(["lit" if lit else "chr", text[i]])
            i += 1
    out, pending = [], ""
    for kind, t in raw:
        if t == " ":
            if out:
                out[-1][1] += " "
            continue
        if t in OPENING:
            pending += t
            continue
        if t in CLOSING and out and not pending:
            out[-1][1] += t
            continue
        out.append([kind, pending + t])
        pending = ""
    if pending:
        out.append(["lit" if lit else "chr", pending])
    return out


def flat(parts):
    res = []
    for kind, t in parts:
        if kind == "lit":
            res.append(("lit", t))
            continue
        i = 0
        while i < len(t):
            m = ASCII_RUN.match(t, i)
            if m and t[i] not in "%.":
                res.append(("num", m.group()))
                i = m.end()
            else:
                res.append(("chr", t[i]))
                i += 1
    return res


def spread(parts):
    """The justified-line look: a space after every glyph except after a closing
    mark and before an opening mark; number runs stay whole."""
    glyphs = flat(parts)
    out = ""
    for i, (k, g) in enumerate(glyphs):
        out += g
        if i + 1 < len(glyphs):
            nxt = glyphs[i + 1][1]
            if g[-1] in CLOSING or nxt[0] in OPENING or g.endswith(" "):
                continue
            out += " "
    return out


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.extras, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.style = self.meta.get("punct", "full")
        self.lines: list[str] = []       # printed lines; "\x00" before a line = no blank
        self.extras_used: list[str] = []
        self.dups: list[str] = []
        self.heads_done: set[str] = set()
        self.count = Counter()
        self.numsp = self.meta.get("numsp", "both")
        self.gap = float(self.meta.get("gap", "0"))
        for a in self.arts.values():
            for k in a.f:
                a.f[k] = punct(a.f[k], self.style)
            a.paras = [[punct(p, self.style) for p in ps] for ps in a.paras]
            a.subheads = [punct(s, self.style) for s in a.subheads]
        for k, v in self.extras.items():
            self.extras[k] = [punct(x, self.style) for x in v]

    # -- output helpers
    def emit(self, text: str, tight: bool = False):
        self.lines.append(("\x00" if tight else "") + text)

    def emit_multi(self, spec: str):
        """'|' separates lines with a blank between, '/' lines printed without one."""
        first = True
        for chunk in spec.split("|"):
            for j, ln in enumerate(chunk.split("/")):
                self.emit(ln, tight=(j > 0 and not first) or (j > 0))
            first = False

    # -- column text
    def numspace(self, run: str, before: str, after: str) -> str:
        if self.numsp == "none":
            return run
        pre = " " if before and before not in PUNCT and before != " " else ""
        post = " " if after and after not in PUNCT else ""
        if self.numsp == "before":
            post = ""
        elif self.numsp == "mix" and self.rng.random() < 0.35:
            post = ""
        if run.endswith("%") and self.gap and self.rng.random() < self.gap:
            run = run[:-1] + " %"
            self.count["glyph-gap space before %"] += 1
        if pre or post:
            self.count["spaces around a number run"] += 1
        return pre + run + post

    def render(self, parts) -> str:
        out = ""
        fl = flat(parts)
        for i, (k, t) in enumerate(fl):
            if k == "num":
                before = fl[i - 1][1][-1] if i > 0 else ""
                after = fl[i + 1][1][0] if i + 1 < len(fl) else ""
                out += self.numspace(t, before, after)
            else:
                if (k == "chr" and t in "、，" and self.gap and out and out[-1] != " "
                        and self.rng.random() < self.gap / 3):
                    out += " "
                    self.count["glyph-gap space at full-width punctuation"] += 1
                out += t
        return re.sub(" +", " ", out).strip(" ")

    def column(self, segs, width: float):
        """segs: list of dict(text, lit, indent, last) — one per paragraph piece.
        Returns printed lines."""
        res = []
        for seg in segs:
            toks = []
            if seg.get("lit"):
                pieces = seg["lit"].split("¦")
                for j, piece in enumerate(pieces):
                    if j < len(pieces) - 1:
                        # a forced break: the piece is printed whole on its own line
                        toks.append(["lit", piece])
                        toks.append(["brk", ""])
                    else:
                        toks += tokens(piece, lit=True)
            toks += tokens(seg["text"])
            cap = width - (2 if seg["indent"] else 0)
            line, w = [], 0.0
            lines = []
            for kind, t in toks:
                if kind == "brk":
                    lines.append((line, True))
                    line, w = [], 0.0
                    cap = width
                    continue
                tw = em(t)
                if kind == "lit" and not line and tw > cap:
                    line, w = [(kind, t)], tw
                    continue
                if w + tw > cap + (0.5 if t.rstrip()[-1] in CLOSING else 0) and line:
                    lines.append((line, False))
                    line, w = [], 0.0
                    cap = width
                line.append((kind, t))
                w += tw
            lines.append((line, True))
            # a dateline tail of fewer than 4 glyphs at a line start is pulled back
            # together with the glyphs before it (the seeds never print such a stub)
            for j in range(1, len(lines)):
                ln = lines[j][0]
                lead = 0
                for k, t in ln:
                    if k != "lit":
                        break
                    lead += len(squash(t))
                while 0 < lead < 4 and lines[j - 1][0] and lines[j - 1][0][-1][0] == "lit" \
                        and any(k != "lit" for k, _ in ln):
                    tok = lines[j - 1][0].pop()
                    ln.insert(0, tok)
                    lead += len(squash(tok[1]))
            for j, (ln, final) in enumerate(lines):
                wd = sum(em(t) for _, t in ln)
                capj = width - (2 if (j == 0 and seg["indent"]) else 0)
                has_lit = any(k == "lit" for k, _ in ln)
                if not final and capj - wd >= 1 and not has_lit and len(ln) > 3:
                    txt = spread(ln)
                    self.count["justified line spread with spaces"] += 1
                else:
                    txt = self.render(ln)
                if j == 0 and seg.get("lead"):
                    txt = " " + txt
                res.append(txt)
        return res

    # -- directives
    def pieces(self, a: Art, rng_spec: str):
        def parse_pos(s, end):
            if s == "$":
                s = str(len(a.paras))
            m = re.fullmatch(r"(\d+)([a-z]?)", s)
            p = int(m.group(1)) - 1
            if m.group(2):
                return p, ord(m.group(2)) - 97
            return (p, len(a.paras[p]) - 1) if end else (p, 0)
        lo, _, hi = rng_spec.partition("-")
        start = parse_pos(lo, False)
        end = parse_pos(hi or lo, True)
        out = []
        p, q = start
        while (p, q) <= end:
            out.append((p, q))
            q += 1
            if q >= len(a.paras[p]):
                p, q = p + 1, 0
        return out

    def do_text(self, a: Art, spec: str, opts: dict):
        units = self.pieces(a, spec)
        if not opts.get("_dup"):
            a.printed = getattr(a, "printed", set()) | set(units)
        # group consecutive pieces of one paragraph
        groups = []
        for p, q in units:
            if groups and groups[-1][0] == p:
                groups[-1][1].append(q)
            else:
                groups.append((p, [q]))
        layout = self.meta["layout"]
        wopt = opts.get("w", self.meta.get("width", "17"))
        width = float(wopt) if wopt != "line" else 0.0
        segs = []
        for p, qs in groups:
            text = "".join(a.paras[p][q] for q in qs)
            if a.paras[p] and qs[-1] < len(a.paras[p]) - 1:
                self.count[CUT_KINDS[a.cutkinds[p][qs[-1]]]] += 1
            lit = ""
            if p == 0 and qs[0] == 0:
                if a.f["dlp"] or a.f["dl"]:
                    if not a.dl_done:
                        lit = a.f["dlp"] or a.f["dl"]
                        a.dl_done = True
                        if "¦" in lit:
                            self.count["line break inside a dateline"] += 1
                            if "¦通讯员" in lit:
                                self.count["line break before 通讯员"] += 1
                            elif re.search(r"月¦", lit):
                                self.count["line break inside a dateline's date"] += 1
                            else:
                                self.count["line break between a dateline's names"] += 1
                if a.f["mk"] and a.kind == "continuation":
                    lit = a.f["mk"] + lit
                    self.count["jump marker"] += 1
            if p in a.subidx:
                segs.append(dict(text="", lit=text, indent=False, sub=True))
                continue
            segs.append(dict(text=text, lit=lit, indent=(qs[0] == 0),
                             lead=(lit != "" and opts.get("lead") == "1")))
        if layout == "para" or opts.get("w") == "line":
            for s in segs:
                lit = s["lit"].replace("¦", "\n\n") if s["lit"] else ""
                self.emit(lit + s["text"])
        else:
            for s in segs:
                if s.get("sub"):
                    self.emit(s["lit"])
                    continue
                for ln in self.column([s], width):
                    self.emit(ln)

    def run(self):
        last_art = None
        seen_text = set()
        seen_head = set()
        for d in self.layout:
            op, args = d[0], d[1:]
            opts = dict(x.split("=", 1) for x in args if "=" in x)
            args = [x for x in args if "=" not in x]
            if op == "x":
                self.extras_used.append(args[0])
                lines = self.extras[args[0]]
                for i, ln in enumerate(lines):
                    if ln.startswith("/"):
                        self.emit(ln[1:], tight=True)
                    else:
                        self.emit(ln)
                    if len(ln.strip()) <= 12 and args[0] != "M":
                        pass
                if args[0] == "M":
                    self.count["masthead pieces"] += len(lines)
                    self.count["merged masthead pieces"] += sum(1 for x in lines if " " in x.strip())
                else:
                    self.count["short box lines"] += len(lines)
                continue
            if op == "dupl":
                # the extraction printed the last line a second time
                self.emit(self.lines[-1].lstrip("\x00"))
                self.dups.append(self.lines[-1].strip())
                self.count["line printed twice"] += 1
                continue
            a = self.arts[args[0]]
            if op == "h":
                spec = a.f["hl"]
                if a.key in seen_text:
                    self.count["headline printed after its body"] += 1
                if last_art is not None and last_art[0] == "h":
                    self.count["headline bunched with another story's"] += 1
                for chunk in spec.split("|"):
                    for j, ln in enumerate(chunk.split("/")):
                        if ln.endswith("^2"):
                            ln = ln[:-2]
                            self.emit(ln + ln, tight=j > 0)
                            self.dups.append(ln)
                            self.count["headline doubled on one line"] += 1
                        elif ln.endswith("^^"):
                            ln = ln[:-2]
                            self.emit(ln, tight=j > 0)
                            self.emit(ln)
                            self.dups.append(ln)
                            self.count["headline printed as two identical lines"] += 1
                        else:
                            if len(squash(ln)) <= 2:
                                self.count["headline's last word alone on a line"] += 1
                            self.emit(ln, tight=j > 0)
                seen_head.add(a.key)
                self.heads_done.add(a.key)
            elif op == "b":
                bl = a.f["bl"] or a.f["by"]
                if "|" in bl or "/" in bl:
                    self.count["line break inside a byline"] += 1
                    if re.search(r"[|/]通讯员", bl):
                        self.count["line break before 通讯员"] += 1
                if opts.get("align") == "right":
                    width = int(opts.get("pad", 30))
                    bl = " " * max(1, width - int(em(bl))) + bl
                    self.count["credit right-aligned on its own line"] += 1
                self.emit_multi(bl)
            elif op == "bj":
                self.lines[-1] = self.lines[-1] + " " + (a.f["bl"] or a.f["by"])
                self.count["credit joined to its caption line"] += 1
            elif op == "c":
                self.emit(a.f["cp"] or a.f["col"])
                self.count["column label on its own line"] += 1
            elif op == "d":
                self.emit_multi(a.f["dlp"] or a.f["dl"])
                a.dl_done = True
            elif op == "m":
                self.emit(a.f["mk"])
                self.count["jump marker"] += 1
            elif op == "t":
                if last_art and last_art[0] == "t" and last_art[1] == a.key:
                    prev_end = last_art[2]
                    if re.fullmatch(r"\d+[a-z]", prev_end):
                        self.count["paragraph split by a column break, nothing between"] += 1
                if a.key in seen_text and (last_art is None or last_art[1] != a.key):
                    self.count["story continued after a piece of another story"] += 1
                self.do_text(a, args[1], opts)
                seen_text.add(a.key)
                args_end = args[1].partition("-")[2] or args[1]
                last_art = ("t", a.key, args_end)
                continue
            elif op == "dup":
                # print a piece (or a whole paragraph) a second time
                before = len(self.lines)
                saved = a.dl_done
                a.dl_done = True
                self.do_text(a, args[1], dict(opts, _dup="1"))
                a.dl_done = saved
                for ln in self.lines[before:]:
                    self.dups.append(ln.lstrip("\x00").strip())
                self.count["line printed twice"] += len(self.lines) - before
            elif op == "dupl":
                self.emit(self.lines[-1].lstrip("\x00"))
                self.dups.append(self.lines[-1].strip())
                self.count["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.src}: unknown directive {d}")
            last_art = (op, a.key, "")

    def unprinted(self):
        for a in self.arts.values():
            allp = {(p, q) for p, ps in enumerate(a.paras) for q in range(len(ps))}
            miss = allp - getattr(a, "printed", set())
            if miss:
                yield f"{self.src.name}: article {a.key} pieces never printed: {sorted(miss)}"
            for f in ("hl",):
                if (a.f["kick"] or a.f["title"] or a.f["sub"]) and a.key not in self.heads_done:
                    yield f"{self.src.name}: article {a.key} headline never printed"

    def text(self) -> str:
        out = []
        for ln in self.lines:
            if ln.startswith("\x00"):
                out.append(ln[1:])
            else:
                if out:
                    out.append("")
                out.append(ln)
        t = "\n".join(out) + "\n"
        return t

    def tally_text(self, t: str):
        """Phenomena visible only in the finished text."""
        self.count["space after an opening quote"] += len(re.findall(r"[“‘] ", t))
        self.count["line break inside a dateline"] += 0

    def gold(self, fname: str) -> dict:
        arts = []
        for a in self.arts.values():
            paras = []
            for i, ps in enumerate(a.paras):
                paras.append(squash("".join(ps)) if i in a.subidx else "".join(ps))
            arts.append(OrderedDict([
                ("kind", a.kind), ("column", a.f["col"]), ("kicker", a.f["kick"]),
                ("title", a.f["title"]), ("subtitle", a.f["sub"]), ("byline", a.f["by"]),
                ("dateline", a.f["dl"]), ("continued", a.f["cont"]),
                ("subheads", list(a.subheads)), ("paragraphs", paras)]))
        ex = ["".join(x.lstrip("/").strip() for x in self.extras[k]) for k in self.extras_used]
        issue = self.meta.get("issue")
        count = self.meta.get("count")
        return OrderedDict([
            ("source", fname), ("issue_date", self.meta["date"]),
            ("issue_number", int(issue) if issue else None),
            ("page_count", int(count) if count else None),
            ("articles", arts), ("extras", ex), ("duplicates", self.dups)])


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((out / "pages").glob("*.txt")) + list((out / "gold").glob("*.json")):
        old.unlink()
    rows, total = [], Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        pg.run()
        bad = list(pg.unprinted())
        if bad:
            raise SystemExit("\n".join(bad))
        text = pg.text()
        pg.tally_text(text)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(f"{name}.txt")
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.count)
        total["pages"] += 1
        m = pg.meta
        nchar = len(squash(text))
        rows.append(f"| `{name}.txt` | {m['date']} | {m['page']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(g['articles'])} | {nchar} | {m.get('subjects', '')} |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()) if k != "pages")
    readme = tmpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + ph)
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | "
                            "articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n"
                            + "\n".join(rows))
    (out / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
