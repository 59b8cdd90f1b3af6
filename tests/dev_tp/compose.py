#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text + gold annotations.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice comes from random.Random seeded by the
source file name, so the output is the same on every run.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KINDS = ("news", "commentary", "feature", "photo", "continuation", "other")
CUT_TAGS = {
    "u": "cut between a figure and its unit",
    "v": "cut between a verb and its figure",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "b": "cut inside a 《》 title",
    "p": "cut between clauses",
}
OPEN_Q = "“‘"
CLOSE_Q = "”’"
SENT_P = "，、。；：！？,;:!?"
OPEN_B = "（《(〈「"
CLOSE_B = "）》)〉」"
NO_LINE_START = "，、。；：！？）》”’%,;:!?)"
NO_LINE_END = "“‘（《("
HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}
MIXED = {"（": "(", "）": ")"}


# ---------------------------------------------------------------- helpers
def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def width(tok: str) -> float:
    w = 0.0
    for c in tok:
        if c == " ":
            continue
        w += 1.0 if (unicodedata.east_asian_width(c) in "WF" or c in "“”‘’") else 0.5
    return w


def punct(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def tokens(s: str) -> list[str]:
    """Glyph tokens: one per CJK char / punctuation, one per ASCII run."""
    return re.findall(r"[0-9A-Za-z.%×+\-/·]+|.", s)


# ---------------------------------------------------------------- parsing
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("== "):
            name = line[3:].split()
            if name[0] == "layout":
                section = "layout"
                continue
            section = "art"
            cur = {"id": name[0], "kind": name[1], "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "opts": {}, "paras": []}
            assert cur["kind"] in KINDS, line
            page["arts"][cur["id"]] = cur
            page["order"].append(cur["id"])
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif section == "art":
            m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued|opt):\s?(.*)$", line)
            if m and not cur["paras"]:
                if m.group(1) == "opt":
                    for kv in m.group(2).split():
                        k, _, v = kv.partition("=")
                        cur["opts"][k] = v
                else:
                    cur[m.group(1)] = m.group(2)
            elif line.startswith("## "):
                cur["paras"].append(("sub", line[3:]))
            else:
                cur["paras"].append(("p", line))
        else:
            page["layout"].append(line)
    return page


def split_cuts(text: str):
    """Return text without cut marks and the list of (offset, tag)."""
    out, cuts = [], []
    i = 0
    n = 0
    while i < len(text):
        if text[i] == "¦":
            tag = text[i + 1]
            assert tag in CUT_TAGS, text[i:i + 10]
            cuts.append((n, tag))
            i += 2
            continue
        out.append(text[i])
        n += 1
        i += 1
    return "".join(out), cuts


# ---------------------------------------------------------------- article prep
class Art:
    def __init__(self, d: dict, pmode: str):
        self.d = d
        self.id = d["id"]
        self.kind = d["kind"]
        self.opts = d["opts"]
        f = {k: punct(d[k], pmode) for k in FIELDS}
        self.f = f
        self.dl_raw = f["dateline"]              # with | breaks
        dl = f["dateline"]
        br = max(dl.find("（"), dl.find("("))
        out = []
        for i, c in enumerate(dl):
            if c == "|":
                inside = 0 <= br < i
                if inside and dl[i - 1] != " " and dl[i + 1:i + 2] not in (" ", "）", ")"):
                    out.append(" ")
                continue
            out.append(c)
        self.dateline = "".join(out)
        # the flow: list of paragraphs (text w/o cut marks), global cut offsets
        self.paras = []      # (kind, text)
        self.cuts = []       # (para_index, offset_in_para, tag)
        for pi, (k, t) in enumerate(d["paras"]):
            t = punct(t, pmode)
            clean, cuts = split_cuts(t)
            self.paras.append((k, clean))
            for off, tag in cuts:
                self.cuts.append((pi, off, tag))

    def gold(self) -> dict:
        f = self.f
        return {
            "kind": self.kind,
            "column": f["column"],
            "kicker": f["kicker"],
            "title": f["title"],
            "subtitle": f["subtitle"],
            "byline": f["byline"],
            "dateline": self.dateline,
            "continued": f["continued"],
            "subheads": [t for k, t in self.paras if k == "sub"],
            "paragraphs": [nows(t) for k, t in self.paras],
        }

    # pieces of the body between cuts: list of segments, each a list of
    # (para_index, start, end)
    def segments(self):
        bounds = sorted(self.cuts)
        segs = []
        cur = []
        pos = (0, 0)
        ci = 0
        for pi, (k, t) in enumerate(self.paras):
            start = 0
            while ci < len(bounds) and bounds[ci][0] == pi:
                off = bounds[ci][1]
                cur.append((pi, start, off))
                segs.append(cur)
                cur = []
                start = off
                ci += 1
            cur.append((pi, start, len(t)))
        segs.append(cur)
        return segs


# ---------------------------------------------------------------- column layout
class ColumnSetter:
    """Sets an article's dateline + paragraphs into column lines of W em."""

    def __init__(self, art: Art, rng: random.Random, stats: Counter):
        self.a = art
        self.rng = rng
        self.stats = stats
        self.W = float(art.opts.get("w", "17"))
        self.num = art.opts.get("num", "mix")       # both / before / none / mix
        self.qsp = art.opts.get("qsp", "0") == "1"  # space after an opening quote
        self.gap = float(art.opts.get("gap", "0.04"))

    def render(self, toks: list[str], spread: bool) -> str:
        out = []
        for i, t in enumerate(toks):
            if i:
                p = toks[i - 1]
                if t == " " or p == " ":
                    pass
                elif spread:
                    if not (p in SENT_P or p in OPEN_B or p in CLOSE_Q or t in OPEN_Q or t in CLOSE_B):
                        out.append(" ")
                elif t[0].isdigit() and is_cjk(p[-1]):
                    st = self.num if self.num != "mix" else self.rng.choice(["both", "before", "none"])
                    if st in ("both", "before"):
                        out.append(" ")
                        self.stats["spaces around number runs"] += 1
                elif p[0].isdigit() and is_cjk(t[0]):
                    if self.num == "both" or (self.num == "mix" and self.rng.random() < 0.4):
                        out.append(" ")
                        self.stats["spaces around number runs"] += 1
                elif p in OPEN_Q and self.qsp:
                    out.append(" ")
                    self.stats["space after an opening quote"] += 1
                elif (t in "，、。；" or t == "%") and self.rng.random() < self.gap:
                    out.append(" ")
                    self.stats["glyph-gap spaces at punctuation / before %"] += 1
            out.append(t)
        return "".join(out)

    def flow(self, items, cap0, lines, pi_first):
        """items: list of (token, para_index, offset|None); greedy fill."""
        i = 0
        cap = cap0
        while i < len(items):
            cur = []
            w = 0.0
            start = None
            while i < len(items):
                t, pi, off = items[i]
                tw = width(t)
                if cur and w + tw > cap + 0.01:
                    hung = 0
                    while i < len(items) and items[i][0] in NO_LINE_START and hung < 2:
                        cur.append(items[i])
                        i += 1
                        hung += 1
                    break
                cur.append(items[i])
                w += tw
                i += 1
            if i < len(items) and len(cur) > 1 and cur[-1][0] in NO_LINE_END:
                cur.pop()
                i -= 1
                w -= 1
            last = i >= len(items)
            spread = (not last) and (w < cap - 0.75)
            if spread:
                self.stats["justified lines spread with spaces"] += 1
            pi0, off0 = pi_first, 0
            for t, pi, off in cur:
                if off is not None:
                    pi0, off0 = pi, off
                    break
            lines.append((self.render([t for t, _, _ in cur], spread).strip(), pi0, off0, "text"))
            cap = self.W

    def set(self):
        """Return list of (line_text, para_index, start_offset, kind)."""
        a = self.a
        lines = []
        pieces = a.dl_raw.split("|") if a.dl_raw else []
        for pi, (k, text) in enumerate(a.paras):
            if k == "sub":
                lines.append((text, pi, 0, "sub"))
                continue
            toks = tokens(text)
            items = []
            o = 0
            for t in toks:
                items.append((t, pi, o))
                o += len(t)
            cap0 = self.W - 2
            if pi == 0 and getattr(a, "pre", ""):
                items = [(t, 0, None) for t in tokens(a.pre)] + items
            if pi == 0 and pieces:
                for piece in pieces[:-1]:
                    lines.append((self.render(tokens(piece.strip()), False), 0, 0, "dl"))
                    self.stats["line break inside a dateline"] += 1
                if len(pieces) > 1:
                    cap0 = self.W
                lead = pieces[-1].strip()
                items = [(t, 0, None) for t in tokens(lead)] + items
            self.flow(items, cap0, lines, pi)
        return lines


# ---------------------------------------------------------------- page build
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.src = parse_source(path)
        m = self.src["meta"]
        self.meta = m
        self.layout = m["layout"]
        assert self.layout in ("column", "paragraph")
        self.pmode = m.get("punct", "full")
        self.arts = {k: Art(v, self.pmode) for k, v in self.src["arts"].items()}
        self.stats = Counter()
        self.out: list[str] = []          # rendered blocks
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.col_lines: dict[str, list] = {}
        self.gapn = 0

    # -- emitting
    def emit(self, text: str, tight: bool = False):
        sep = "\n" if tight else "\n\n"
        if self.gapn:
            sep = "\n" * (self.gapn + 1)
            self.gapn = 0
        self.out.append((sep, text))

    def build(self) -> tuple[str, dict]:
        for line in self.src["layout"]:
            self.do(line)
        # every article must have been laid out
        text = self.join()
        gold = self.gold()
        return text, gold

    def join(self) -> str:
        parts = []
        for i, (sep, t) in enumerate(self.out):
            if i:
                parts.append(sep)
            parts.append(t)
        body = "".join(parts)
        if self.layout == "column":
            return " " + body + "\n\n\n"
        return "\n\n" + body

    def art_lines(self, a: Art):
        if a.id not in self.col_lines:
            self.col_lines[a.id] = ColumnSetter(a, self.rng, self.stats).set()
        return self.col_lines[a.id]

    def seg_range(self, a: Art, spec: str):
        segs = a.segments()
        if not spec:
            return 0, len(segs)
        lo, _, hi = spec.partition("-")
        return int(lo), (int(hi) if hi else len(segs))

    def body_lines(self, a: Art, spec: str) -> list[str]:
        lo, hi = self.seg_range(a, spec)
        segs = a.segments()
        if self.layout == "paragraph":
            lines = []
            pending = None
            for s in segs[lo:hi]:
                for (pi, st, en) in s:
                    k, text = a.paras[pi]
                    piece = text[st:en]
                    if pi == 0 and st == 0 and a.dateline:
                        piece = a.dateline + piece
                    if pending is not None and pending[0] == pi:
                        pending[1] += piece
                    else:
                        if pending is not None:
                            lines.append(pending[1])
                        pending = [pi, piece]
                if pending is not None:
                    lines.append(pending[1])
                    pending = None
            return [l for l in lines if l]
        # column: split the set lines at the cut positions
        lines = self.art_lines(a)
        cuts = sorted((pi, off) for pi, off, _ in a.cuts)
        def seg_of(pi, off, kind):
            n = 0
            for c in cuts:
                if (pi, off) >= c and not (kind == "dl" and pi == c[0] and off == c[1] == 0):
                    n += 1
            return n
        # a line belongs to the segment where it starts; a cut inside a line
        # moves the rest of that line with it (the cut falls at the line end)
        res = []
        for text, pi, off, kind in lines:
            s = seg_of(pi, off, kind)
            if lo <= s < hi:
                res.append(text)
        return res

    def do(self, line: str):
        parts = line.split()
        cmd = parts[0]
        args = parts[1:]
        opts = {}
        pos = []
        for x in args:
            if "=" in x:
                k, _, v = x.partition("=")
                opts[k] = v
            else:
                pos.append(x)
        st = self.stats
        if cmd == "head":
            a = self.arts[pos[0]]
            hl = [(k, a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]
            if "join" in pos:
                ln = " ".join(t for _, t in hl)
                self.emit(ln)
                st["headline stack printed on one line"] += 1
                if len(hl) > 1:
                    st["headline parts joined with a space"] += 0
            else:
                tight = "tight" in pos
                first = True
                for k, t in hl:
                    w = opts.get("wrap")
                    if w and w[0] == k[0]:
                        n = int(w[1:])
                        self.emit(t[:-n], tight=tight and not first)
                        self.emit(t[-n:], tight=True)
                        st["headline's last word left alone on a line"] += 1
                    else:
                        self.emit(t, tight=tight and not first)
                    first = False
            if "double" in pos:
                # title drawn twice on one line
                for i in range(len(self.out) - 1, -1, -1):
                    if self.out[i][1] == a.f["title"]:
                        self.out[i] = (self.out[i][0], a.f["title"] + a.f["title"])
                        break
                else:
                    raise SystemExit(f"double: title line not found {a.id}")
                self.dups.append(nows(a.f["title"]))
                st["headline drawn twice"] += 1
            if "twice" in pos:
                self.emit(self.out[-1][1])
                self.dups.append(nows(self.out[-1][1]))
                st["headline drawn twice"] += 1
            st[f"headline stacks of {len(hl)} line(s)"] += 1
        elif cmd == "lead":
            # leading space before the last emitted line (drawing order artefact)
            sep, t = self.out[-1]
            self.out[-1] = (sep, " " + t)
            st["stray leading space"] += 1
        elif cmd == "tighten":
            sep, t = self.out[-1]
            self.out[-1] = ("\n", t)
        elif cmd == "col":
            a = self.arts[pos[0]]
            self.emit(a.f["column"], tight="tight" in pos)
            st["column labels on their own line"] += 1
        elif cmd == "byline":
            a = self.arts[pos[0]]
            b = a.f["byline"]
            if "split" in opts:
                n = int(opts["split"])
                self.emit(b[:n].strip(), tight="tight" in pos)
                self.emit(b[n:].strip(), tight="tight2" in pos)
                st["byline broken between lines"] += 1
            else:
                self.emit(b, tight="tight" in pos)
            if "right" in pos:
                st["credits right-aligned on their own line"] += 1
        elif cmd == "body":
            a = self.arts[pos[0]]
            spec = pos[1] if len(pos) > 1 else ""
            if "pre" in opts:
                a.pre = opts["pre"].replace("_", " ")
                st["jump markers"] += 1
            lines = self.body_lines(a, spec)
            if "pre" in opts and self.layout == "paragraph":
                lines[0] = a.pre + lines[0]
            for i, l in enumerate(lines):
                self.emit(l)
        elif cmd == "mark":
            text = " ".join(pos).replace("_", " ")
            a = self.arts[opts["a"]] if "a" in opts else None
            self.emit(text)
            st["jump markers"] += 1
        elif cmd == "photo":
            a = self.arts[pos[0]]
            caps = [t for k, t in a.paras]
            credit = a.f["byline"]
            if a.f["title"] and "notitle" not in pos:
                self.emit(a.f["title"])
            if "inline" in pos:
                assert len(caps) == 1
                self.emit(caps[0] + " " + credit)
                st["photo credits run on after the caption"] += 1
            elif "wrap" in opts:
                W = int(opts["wrap"])
                txt = caps[0] + " " + credit
                cur = ""
                for c in txt:
                    if width(cur + c) > W:
                        self.emit(cur, tight=True if cur != txt[:len(cur)] else False)
                        cur = ""
                    cur += c
                self.emit(cur, tight=True)
                st["photo captions wrapped at photo width"] += 1
            else:
                for c in caps:
                    self.emit(c)
                if credit:
                    self.emit(credit)
                    st["credits right-aligned on their own line"] += 1
            if len(caps) > 1:
                st["photo news with several captions, one credit"] += 1
        elif cmd == "box":
            txt = " ".join(pos)
            pieces = txt.split("|")
            for i, p in enumerate(pieces):
                self.emit(p.replace("_", " "), tight=("tight" in opts and i > 0))
            self.extras.append(nows("".join(pieces).replace("_", "")))
            st["box lines (countdown, code prompt, framed label)"] += 1
        elif cmd == "mast":
            txt = " ".join(pos)
            pieces = txt.split("|")
            for p in pieces:
                self.emit(p.replace("_", " "), tight=p.startswith("~"))
            self.out = [(s, t.lstrip("~")) for s, t in self.out]
            self.extras.append(nows("".join(pieces).replace("_", "").replace("~", "")))
            st["masthead pieces in drawing order"] += len(pieces)
        elif cmd == "gap":
            self.gapn = int(pos[0])
        elif cmd == "dup":
            a = self.arts[pos[0]]
            spec = pos[1] if len(pos) > 1 else ""
            lines = self.body_lines(a, spec)
            if "lines" in opts:
                lo, _, hi = opts["lines"].partition("-")
                lines = lines[int(lo):int(hi)]
            for l in lines:
                self.emit(l)
                self.dups.append(nows(l))
            st["text printed twice"] += 1
        elif cmd == "dupline":
            sep, t = self.out[-1]
            self.emit(t, tight="tight" in pos)
            self.dups.append(nows(t))
            st["text printed twice"] += 1
        else:
            raise SystemExit(f"{self.path.name}: unknown directive {line!r}")

    def gold(self) -> dict:
        m = self.meta
        return {
            "source": None,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": [self.arts[k].gold() for k in self.src["order"]],
            "extras": self.extras,
            "duplicates": self.dups,
        }


def fix_gaps(text: str) -> str:
    return text


def build_all():
    """Return {name: (page_text, gold_dict, page_obj)} for every source."""
    res = {}
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        pg = Page(sp)
        text, gold = pg.build()
        text = re.sub(r"\n\n\n\n+(?=\S)", lambda m: m.group(0), text)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        res[name] = (text, gold, pg)
    return res


def gold_json(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def page_chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def tables(res) -> tuple[str, str]:
    tot = Counter()
    for name, (text, gold, pg) in res.items():
        tot.update(pg.stats)
        for a in pg.arts.values():
            for _, _, tag in a.cuts:
                tot[CUT_TAGS[tag]] += 1
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(tot):
        if tot[k]:
            rows.append(f"| {k} | {tot[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for name, (text, gold, pg) in res.items():
        m = pg.meta
        prow.append(f"| {name}.txt | {m['date']} | {m['page']} | {m['layout']} | {m.get('punct', 'full')} "
                    f"| {len(gold['articles'])} | {page_chars(text)} | {m.get('subjects', '')} |")
    return "\n".join(rows), "\n".join(prow)


def main():
    res = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for name, (text, gold, pg) in res.items():
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / "gold" / f"{name}.json").write_text(gold_json(gold), encoding="utf-8")
    ph, pt = tables(res)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt),
                                    encoding="utf-8")
    print(f"composed {len(res)} pages")


if __name__ == "__main__":
    main()
