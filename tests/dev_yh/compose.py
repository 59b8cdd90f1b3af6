#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw extracted page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice is drawn from random.Random seeded by
the source file name, so the output is the same byte for byte on every run.
"""
from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC, PAGES, GOLD = ROOT / "src", ROOT / "pages", ROOT / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
BR_TIGHT, BR_BLANK = "^", "⏎"          # print-only line breaks inside a field
CUT = "¦"                               # cut point inside a paragraph, followed by a type letter
CUT_TYPES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "s": "cut at a clause boundary"}

# character classes used by line filling and by the justified-line rule
P_CLOSE = set("，、。；：？！,;:?!")       # ink left, gap right
C_CLOSE = set("》）”’)")
O_OPEN = set("《（“‘(")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×~]+")


# ---------------------------------------------------------------- parsing
def parse(path: Path):
    meta: dict = {}
    arts: "collections.OrderedDict[str, dict]" = collections.OrderedDict()
    layout: list[str] = []
    mode, cur = "meta", None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!"):
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            if name == "layout":
                mode, cur = "layout", None
            else:
                cur = {"id": name, "f": {}, "paras": []}
                arts[name] = cur
                mode = "head"
            continue
        if not line.strip():
            continue
        if mode == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "head":
            if line.strip() == "--":
                mode = "body"
                continue
            k, v = line.split(":", 1)
            cur["f"][k.strip()] = v.strip()
        elif mode == "body":
            cur["paras"].append(line.strip())
        else:
            layout.append(line.strip())
    return meta, arts, layout


# ------------------------------------------------------------ punctuation
def punct(s: str, style: str) -> str:
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Field text as the gold keeps it: print-only markers removed."""
    s = s.replace(BR_TIGHT, "").replace(BR_BLANK, "")
    s = re.sub(CUT + "[a-z]", "", s)
    return s


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def width(s: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in s if not ch.isspace())


def cls(tok: str) -> str:
    ch = tok[-1]
    if ASCII_RUN.fullmatch(tok):
        return "A"
    if ch in P_CLOSE:
        return "P"
    if ch in C_CLOSE:
        return "C"
    if ch in O_OPEN:
        return "O"
    return "H"


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        if text[i] == " ":
            out.append(" ")
            i += 1
            continue
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


# ------------------------------------------------------------------ pages
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.layout = parse(path)
        self.style = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]               # column | paragraph
        self.out: list[list[str]] = []                # [separator_before, text]
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = collections.Counter()
        self.numspace = self.meta.get("numspace", "mixed")
        for a in self.arts.values():
            a["segs"] = [self.split_para(p) for p in a["paras"]]

    # paragraphs with cut points -> list of (segment text, cut type after it)
    def split_para(self, p: str):
        parts = re.split("(" + CUT + "[a-z])", p)
        segs, i = [], 0
        while i < len(parts):
            cut = parts[i + 1][1] if i + 1 < len(parts) else ""
            segs.append((parts[i], cut))
            i += 2
        return segs

    def f(self, a, key, default=""):
        return punct(a["f"].get(key, default), self.style)

    def emit(self, text: str, sep: str = "\n\n"):
        self.out.append([sep, text])

    # ---------------------------------------------------------- headlines
    def head_lines(self, a, opts):
        parts = [self.f(a, k) for k in ("kicker", "title", "subtitle") if a["f"].get(k)]
        style = opts.get("style", "lines")
        col = self.f(a, "column")
        lines: list[tuple[str, str]] = []            # (sep, text)
        if col and opts.get("col", "before") == "before":
            lines.append(("\n\n", col))
        if style == "joined":
            text = " ".join(parts)
            segs = re.split("([" + re.escape(BR_TIGHT) + BR_BLANK + "])", text)
            sep = "\n\n"
            for s in segs:
                if s == BR_TIGHT:
                    sep = "\n"
                elif s == BR_BLANK:
                    sep = "\n\n"
                elif s:
                    lines.append((sep, s.strip()))
                    sep = "\n\n"
        else:
            sep_between = "\n" if style == "tight" else "\n\n"
            first = True
            for part in parts:
                sep = "\n\n" if first else sep_between
                for piece_sep, piece in self.breaks(part):
                    lines.append((sep if piece_sep is None else piece_sep, piece))
                    sep = sep_between
                first = False
        if col and opts.get("col") == "after":
            lines.append(("\n\n", col))
        if opts.get("lead"):
            lines[0] = (lines[0][0], " " + lines[0][1])
            self.count["headline bunched with another story's headline"] += 1
        if opts.get("first") == "tight":
            lines[0] = ("\n", lines[0][1])
        if style == "tight" or any(BR_TIGHT in (a["f"].get(k) or "") for k in ("kicker", "title", "subtitle")):
            pass
        for k in ("kicker", "title", "subtitle"):
            v = a["f"].get(k) or ""
            if BR_TIGHT in v or BR_BLANK in v:
                self.count["headline line broken, last word alone"] += 1
        return lines

    def breaks(self, text):
        out, sep, buf = [], None, ""
        for ch in text:
            if ch in (BR_TIGHT, BR_BLANK):
                out.append((sep, buf))
                sep, buf = ("\n" if ch == BR_TIGHT else "\n\n"), ""
            else:
                buf += ch
        out.append((sep, buf))
        return out

    def cmd_head(self, a, opts):
        lines = self.head_lines(a, opts)
        dbl = opts.get("double")
        for i, (sep, text) in enumerate(lines):
            if dbl == "line" and clean(text) == clean(self.f(a, "title")).replace(BR_TIGHT, ""):
                self.emit(text + text, sep)
                self.dups.append(nows(text))
                self.count["headline doubled on one line"] += 1
                continue
            self.emit(text, sep)
            if dbl == "two" and nows(text) == nows(clean(self.f(a, "title"))):
                self.emit(text, "\n\n")
                self.dups.append(nows(text))
                self.count["headline printed on two identical lines"] += 1
        self.count["headline stack of %d line(s)" % len(
            [k for k in ("kicker", "title", "subtitle") if a["f"].get(k)])] += 1
        if opts.get("after"):
            self.count["headline printed after its body"] += 1
        if self.f(a, "column"):
            self.count["column label on its own line (%s)" % opts.get("col", "before")] += 1

    def cmd_byline(self, a, opts):
        b = self.f(a, "byline")
        first = True
        for sep, piece in self.breaks(b):
            self.emit(piece.strip(), "\n\n" if sep is None else sep)
            if not first:
                self.count["line break inside a byline"] += 1
            first = False

    # --------------------------------------------------------------- body
    def seg_list(self, a, rng_spec):
        """Expand '1-3', '2b', '3a', '4b-', '' into [(para_index, seg_index)]."""
        all_segs = [(i, j) for i, segs in enumerate(a["segs"]) for j in range(len(segs))]
        if not rng_spec:
            return all_segs

        def pos(tok, end):
            m = re.fullmatch(r"(\d+)([a-z]?)", tok)
            pi = int(m.group(1)) - 1
            if m.group(2):
                return all_segs.index((pi, ord(m.group(2)) - 97))
            segs = [k for k, (i, _) in enumerate(all_segs) if i == pi]
            return segs[-1] if end else segs[0]

        if "-" in rng_spec:
            lo, hi = rng_spec.split("-")
            lo = pos(lo, False)
            hi = pos(hi, True) if hi else len(all_segs) - 1
        else:
            lo, hi = pos(rng_spec, False), pos(rng_spec, True)
        return all_segs[lo:hi + 1]

    def cmd_body(self, a, opts, spec):
        segs = self.seg_list(a, spec)
        for sg in segs:
            a.setdefault("used", collections.Counter())[sg] += 1
        dl = self.f(a, "dateline")
        lead = opts.get("lead", "")
        # group consecutive segments of one paragraph
        units = []
        for (i, j) in segs:
            text, cut = a["segs"][i][j]
            text = punct(text, self.style)
            starts = j == 0
            ends = j == len(a["segs"][i]) - 1
            units.append((i, j, text, cut, starts, ends))
        for n, (i, j, text, cut, starts, ends) in enumerate(units):
            sub = text.startswith("## ")
            if sub:
                text = text[3:]
                self.count["in-body subhead"] += 1
            pre = ""
            if i == 0 and j == 0 and dl:
                pre = dl
            if n == 0 and lead:
                pre = lead + pre
            if cut and not ends:
                self.count[CUT_TYPES[cut]] += 1
            if not starts and n == 0:
                self.count["paragraph continued after a piece of another story"] += 1
            if not starts and n > 0 and units[n - 1][0] == i:
                self.count["paragraph split by a column break with nothing between"] += 1
            if self.kind == "paragraph":
                line = self.para_line(pre, text)
                self.emit(line, "\n\n")
            else:
                self.column_lines(a, pre, text, starts=starts and not sub, ends=ends or bool(cut),
                                  sub=sub)

    def para_line(self, pre, text):
        if not self.dlbreak:
            pre = pre.replace(BR_TIGHT, "").replace(BR_BLANK, "")
        pieces = self.breaks(pre + text) if (BR_TIGHT in pre or BR_BLANK in pre) else [(None, pre + text)]
        for k, (sep, piece) in enumerate(pieces[:-1]):
            self.emit(piece.strip(), "\n\n" if sep is None else sep)
            self.count["line break inside a dateline"] += 1
        return pieces[-1][1]

    # ---------------------------------------------------- column layout
    def number_spacing(self, toks):
        """Decide, per ASCII run, whether PDF extraction left spaces around it."""
        mode = self.numspace
        sp = {}
        for k, t in enumerate(toks):
            if cls(t) != "A":
                continue
            r = self.rng.random()
            if mode == "none":
                before, after = False, False
            elif mode == "both":
                before, after = True, r < 0.9
            else:
                before, after = r < 0.85, r < 0.55
            gap_p = self.rng.random() < 0.18           # glyph gap before a following mark
            pct = t.endswith("%") and len(t) > 1 and self.rng.random() < 0.3
            sp[k] = (before, after, gap_p, pct)
        return sp

    def column_lines(self, a, pre, text, starts, ends, sub=False):
        W = float(a["f"].get("width", self.meta.get("width", "17")))
        if sub:
            self.emit(text)
            return
        # forced breaks inside the dateline / lead
        chunks = []
        buf = ""
        for ch in pre:
            if ch in (BR_TIGHT, BR_BLANK):
                chunks.append(buf)
                buf = ""
                self.count["line break inside a dateline"] += 1
            else:
                buf += ch
        # a last dateline piece too short to stand alone stays with the one before
        while chunks and len(nows(buf)) < 5:
            buf = chunks.pop() + " " + buf
            self.count["line break inside a dateline"] -= 1
        full = buf + text
        # earlier forced chunks are printed as short lines of their own
        first_indent = 2.0 if starts else 0.0
        for c in chunks:
            self.emit(self.render(tokens(c), justify=False, sp={}, base=0))
            first_indent = 0.0
        toks = tokens(full)
        sp = self.number_spacing(toks)
        # units that may not be broken: short quoted terms and book titles
        units, k = [], 0
        if buf:
            # the dateline's tail stays with at least five of its characters
            npre = len(tokens(buf))
            tail, cnt = npre, 0
            while tail > 0 and cnt < 5:
                tail -= 1
                if toks[tail] != " ":
                    cnt += 1
            tail_unit = (tail, npre)
        else:
            tail_unit = None
        while k < len(toks):
            t = toks[k]
            if tail_unit and k == tail_unit[0]:
                units.append(list(range(tail_unit[0], tail_unit[1])))
                k = tail_unit[1]
                continue
            close = {"“": "”", "《": "》"}.get(t)
            if close:
                j = k + 1
                while j < len(toks) and toks[j] != close and j - k <= 7 and cls(toks[j]) in "HA":
                    j += 1
                if j < len(toks) and toks[j] == close and j - k <= 7:
                    units.append(list(range(k, j + 1)))
                    k = j + 1
                    continue
            units.append([k])
            k += 1

        def uw(u):
            w = 0.0
            for m in u:
                t = toks[m]
                if t == " ":
                    w += 0.25
                elif cls(t) == "A":
                    w += 0.55 * len(t) + (0.5 if m in sp and sp[m][0] else 0.0)
                else:
                    w += width(t)
            return w

        lines = []
        cur, w, cap = [], 0.0, W - first_indent
        for u in units:
            tw = uw(u)
            c = cls(toks[u[0]]) if toks[u[0]] != " " else "S"
            if not cur or w + tw <= cap + 1e-9 or (len(u) == 1 and c in "PC"):
                cur.extend(u)
                w += tw
                continue
            moved = []
            while cur and toks[cur[-1]] != " " and cls(toks[cur[-1]]) == "O":
                moved.insert(0, cur.pop())
            lines.append((cur, w - sum(width(toks[m]) for m in moved), cap))
            cur = moved + u
            w = sum(width(toks[m]) for m in moved) + tw
            cap = W
        if cur:
            lines.append((cur, w, cap))
        for n, (idx, w, cap) in enumerate(lines):
            last = n == len(lines) - 1
            justify = (not last) and w < cap - 0.75
            if justify:
                self.count["justified column line spread with spaces"] += 1
            self.emit(self.render([toks[m] for m in idx], justify,
                                  {m - idx[0]: sp[m] for m in idx if m in sp}, 0))

    def render(self, toks, justify, sp, base):
        # drop leading / trailing spaces of a line
        while toks and toks[0] == " ":
            toks = toks[1:]
        while toks and toks[-1] == " ":
            toks = toks[:-1]
        out = ""
        toks = list(toks)
        for k, t in enumerate(toks):
            if k in sp and len(sp[k]) > 3 and sp[k][3]:
                self.count["glyph-gap space before %"] += 1
        for k, t in enumerate(toks):
            shown = t[:-1] + " %" if (k in sp and len(sp[k]) > 3 and sp[k][3]) else t
            if k == 0:
                out = shown
                continue
            a, b = toks[k - 1], t
            if a == " " or b == " ":
                out += shown
                continue
            ca, cb = cls(a), cls(b)
            space = False
            if justify:
                if ca in "PC":
                    space = False
                elif cb == "O":
                    space = False
                elif ca == "O":
                    space = a in "“‘"
                elif cb == "C":
                    space = b in "”’"
                else:
                    space = True
            else:
                if cb == "A" and ca == "H" and (k) in sp:
                    space = sp[k][0]
                elif ca == "A" and (k - 1) in sp:
                    if cb == "H":
                        space = sp[k - 1][1]
                    elif cb == "P":
                        space = sp[k - 1][2]
                        if space:
                            self.count["glyph-gap space before a mark"] += 1
            if space and not justify and (ca == "A" or cb == "A"):
                self.count["space around a number run"] += 1
            out += (" " if space else "") + shown
        return out

    # -------------------------------------------------------------- photos
    def cmd_photo(self, a, opts):
        credit_raw = self.f(a, "byline")
        credit = clean(credit_raw)
        mode = opts.get("credit", "inline")
        gap = int(opts.get("gap", "0"))
        for _ in range(gap):
            self.emit("")
        caps = [punct(clean(p), self.style) for p in a["paras"]]
        W = float(a["f"].get("width", "0"))
        text = caps[-1]
        for c in caps[:-1]:
            self.emit(c)
        lines = [text]
        if W and self.kind == "column":
            lines, buf = [], ""
            for ch in text:
                if width(buf + ch) > W and ch not in P_CLOSE:
                    lines.append(buf)
                    buf = ""
                buf += ch
            lines.append(buf)
        if mode == "inline" and credit:
            lines[-1] += (" " if self.kind == "column" else "") + credit
            self.count["photo credit at the end of its caption"] += 1
        for ln in lines:
            self.emit(ln)
        if mode == "sep" and credit:
            for sep, piece in self.breaks(credit_raw):
                self.emit(piece.strip(), "\n\n" if sep is None else sep)
                if sep is not None:
                    self.count["line break inside a byline"] += 1
            self.count["photo credit on its own line"] += 1
        if mode == "right" and credit:
            self.emit(" " * int(opts.get("pad", "40")) + credit)
            self.count["credit right-aligned on a line of its own"] += 1

    # --------------------------------------------------------------- run
    def build(self):
        for line in self.layout:
            parts = line.split()
            cmd = parts[0]
            if cmd in ("extra", "box"):
                body = line.split(None, 1)[1]
                pieces = body.split("|")
                sep = "\n\n"
                for pc in pieces:
                    if pc.startswith("~"):
                        self.emit(pc[1:], "\n")
                    else:
                        self.emit(pc, sep)
                self.extras.append(nows("".join(p.lstrip("~") for p in pieces)))
                self.count["masthead / furniture block" if cmd == "extra" else "short box line"] += 1
                continue
            if cmd == "marker":
                self.emit(line.split(None, 1)[1])
                self.count["jump marker line"] += 1
                continue
            if cmd == "dup":
                sep, text = self.out[-1]
                self.emit(text)
                self.dups.append(nows(text))
                self.count["line printed twice"] += 1
                continue
            if cmd == "blank":
                self.emit("")
                continue
            a = self.arts[parts[1]]
            opts, spec = {}, ""
            for p in parts[2:]:
                if "=" in p:
                    k, v = p.split("=", 1)
                    opts[k] = v
                else:
                    spec = p
            if cmd == "head":
                self.cmd_head(a, opts)
            elif cmd == "byline":
                self.cmd_byline(a, opts)
            elif cmd == "body":
                self.dlbreak = bool(opts.get("dlbreak"))
                if opts.get("lead"):
                    opts["lead"] = opts["lead"].replace("_", " ")
                    self.count["jump marker at the start of a body line"] += 1
                self.cmd_body(a, opts, spec)
            elif cmd == "photo":
                self.cmd_photo(a, opts)
            else:
                raise SystemExit(f"{self.path.name}: unknown layout command {cmd}")
        for a in self.arts.values():
            used = a.get("used", collections.Counter())
            if a["f"].get("kind") == "photo":
                continue
            for i, segs in enumerate(a["segs"]):
                for j in range(len(segs)):
                    if used[(i, j)] != 1:
                        raise SystemExit(f"{self.path.name}: {a['id']} paragraph {i + 1} segment {j} "
                                         f"printed {used[(i, j)]} times")
        return self.text()

    def text(self):
        if self.kind == "column":
            s = ""
            for k, (sep, t) in enumerate(self.out):
                s += ("" if k == 0 else sep) + t
            return " " + s + "\n\n\n"
        s = "\n\n"
        for k, (sep, t) in enumerate(self.out):
            s += ("" if k == 0 else sep) + t
        return s

    # --------------------------------------------------------------- gold
    def gold(self, name):
        arts = []
        for a in self.arts.values():
            g = {}
            for k in FIELDS:
                v = clean(a["f"].get(k, ""))
                v = punct(v, self.style) if k != "kind" else v
                g[k] = v
            g["subheads"] = [punct(p[3:], self.style) for p in a["paras"] if p.startswith("## ")]
            g["paragraphs"] = [nows(punct(clean(p[3:] if p.startswith("## ") else p), self.style))
                               for p in a["paras"]]
            if g["kind"] == "photo" and not a["paras"]:
                g["paragraphs"] = []
            order = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                     "continued", "subheads", "paragraphs")
            arts.append({k: g[k] for k in order})
        m = self.meta
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build_all():
    """Return {page file name: (text, gold dict, Page)} for every source."""
    res = collections.OrderedDict()
    for path in sorted(SRC.glob("p*.txt")):
        pg = Page(path)
        text = pg.build()
        num = int(re.search(r"\d+", path.stem).group())
        name = "%03d_%s.txt" % (num, hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
        res[name] = (text, pg.gold(name), pg)
    return res


def readme(res) -> str:
    tmpl = (ROOT / "README.in").read_text(encoding="utf-8")
    total = collections.Counter()
    for _, (_, _, pg) in res.items():
        total.update(pg.count)
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, (text, gold, pg) in res.items():
        chars = len(re.sub(r"\s+", "", text))
        pt.append("| %s | %s | %s | %s | %s | %d | %d | %s |" % (
            name, gold["issue_date"], pg.meta.get("page", ""), pg.kind, pg.style,
            len(gold["articles"]), chars, pg.meta.get("subjects", "")))
    return tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    res = build_all()
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    keep_p, keep_g = set(), set()
    for name, (text, gold, _) in res.items():
        (PAGES / name).write_text(text, encoding="utf-8")
        gname = name[:-4] + ".json"
        (GOLD / gname).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        keep_p.add(name)
        keep_g.add(gname)
    for p in PAGES.glob("*.txt"):
        if p.name not in keep_p:
            p.unlink()
    for p in GOLD.glob("*.json"):
        if p.name not in keep_g:
            p.unlink()
    (ROOT / "README.md").write_text(readme(res), encoding="utf-8")
    print(f"composed {len(res)} pages")


if __name__ == "__main__":
    main()
