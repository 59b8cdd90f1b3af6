#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
write their gold annotations (gold/) and README.md (from README.in).

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name.

    python3 compose.py
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CUT = "¦"                      # cut point inside a body (segments are numbered from 1)
CUT_KINDS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "p": "cut at a paragraph boundary", "s": "cut mid-paragraph between sentences"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

NOSPACE_AFTER = set("、，。；：！？（《")
NOSPACE_BEFORE = set("“（《）》")
CLOSING = set("、，。；：！？”）》…%")
COMPRESSED = set("、，。；：“”（）《》")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/×:·~]+")

PUNCT = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}


def conv(s: str, mode: str) -> str:
    for a, b in PUNCT[mode].items():
        s = s.replace(a, b)
    return s


def nobreak(s: str) -> str:
    """A field as the gold holds it: printed line breaks ('|') removed."""
    return s.replace("|", "")


# --------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "layout": []}
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("## "):
            continue
        if line == "@page":
            mode = "page"
            continue
        if line.startswith("@a "):
            aid = line.split()[1]
            cur = {"id": aid, "body": [], "width": 17}
            for f in FIELDS:
                cur[f] = ""
            cur["kind"] = "news"
            page["arts"][aid] = cur
            mode = "art"
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if not line.strip():
            continue
        if mode == "page":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif mode == "art":
            if cur.get("_inbody"):
                cur["body"].append(line.strip())
                continue
            k, _, v = line.partition(":")
            k = k.strip()
            if k == "body":
                cur["_inbody"] = True
            elif k == "width":
                cur["width"] = float(v)
            else:
                cur[k] = v.strip()
        elif mode == "layout":
            page["layout"].append(line.strip())
    return page


def segments(art: dict) -> list[list[tuple[str, bool, bool, str]]]:
    """Split the body at cut marks.  Each segment is a list of pieces
    (text, starts_paragraph, ends_paragraph, cutkind-at-end)."""
    segs, cur = [], []
    for para in art["body"]:
        parts = re.split(CUT + r"([a-z]?)", para)
        texts, kinds = parts[0::2], parts[1::2]
        for i, t in enumerate(texts):
            start, end = i == 0, i == len(texts) - 1
            if t:
                cur.append([t, start, end, ""])
            if not end:
                if cur:
                    cur[-1][3] = kinds[i] or "s"
                segs.append(cur)
                cur = []
        # a cut mark at the very end of a paragraph = cut at paragraph boundary
    if cur:
        segs.append(cur)
    return segs


# --------------------------------------------------------------------------- gold
def gold_article(art: dict, pm: str) -> dict:
    paras, subheads = [], []
    for p in art["body"]:
        t = re.sub(CUT + r"[a-z]?", "", p)
        if t.startswith("## "):
            t = t[3:]
            subheads.append(conv(t, pm))
        paras.append(conv(nobreak(t), pm))
    g = OrderedDict()
    for f in FIELDS:
        v = nobreak(art[f])
        g[f] = conv(v, pm) if f not in ("kind",) else v
    g["subheads"] = subheads
    g["paragraphs"] = paras
    return g


# --------------------------------------------------------------------------- rendering
class Page:
    def __init__(self, name: str, page: dict, stats: Counter):
        self.name = name
        self.p = page
        self.m = page["meta"]
        self.pm = self.m.get("punct", "full")
        self.layout = self.m["layout"]
        self.rng = random.Random(name)
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = stats
        self.seen_body: set[str] = set()
        self.printed = Counter()
        self.pending: dict = {}
        self.last_seg = None
        self.numsp = float(self.m.get("numspace", "0.5" if self.layout == "column" else "0"))

    # ---- helpers
    def c(self, s):
        return conv(s, self.pm)

    def add(self, *lines):
        self.blocks.append(list(lines))
        self.last_seg = None

    def space_numbers(self, s: str) -> str:
        """PDF spacing around number runs and after an opening quote."""
        if self.numsp <= 0:
            return s
        out, last = [], 0
        for m in ASCII_RUN.finditer(s):
            out.append(s[last:m.start()])
            tok = m.group()
            r = self.rng.random()
            if r < self.numsp * 0.5:
                tok = " " + tok + " "
            elif r < self.numsp:
                tok = " " + tok
            if tok.endswith("%") and self.rng.random() < 0.15:
                tok = tok[:-1] + " %"
                self.stats["space before %"] += 1
            if tok != m.group():
                self.stats["number run with spaces"] += 1
            out.append(tok)
            last = m.end()
        out.append(s[last:])
        s = "".join(out)
        if "“" in s and self.rng.random() < self.numsp * 0.4:
            i = s.index("“")
            s = s[:i + 1] + " " + s[i + 1:]
            self.stats["space after opening quote"] += 1
        if self.rng.random() < self.numsp * 0.25:
            m = re.search(r"[\u4e00-\u9fff%]([、，])", s)
            if m:
                s = s[:m.start(1)] + " " + s[m.start(1):]
                self.stats["glyph-gap space before full-width punctuation"] += 1
        s = re.sub(r" {2,}", " ", s)
        return s.strip(" ") if not s.startswith(" ") else " " + s.strip(" ")

    # ---- column layout
    @staticmethod
    def tokens(s: str) -> list[str]:
        out, i = [], 0
        while i < len(s):
            m = ASCII_RUN.match(s, i)
            if m:
                out.append(m.group())
                i = m.end()
            else:
                out.append(s[i])
                i += 1
        return out

    @staticmethod
    def w(tok: str) -> float:
        """Width in em as the page sets it: CJK 1, ASCII 0.5, full-width
        punctuation compressed to half an em."""
        if tok == "|":
            return 0
        if tok in COMPRESSED:
            return 0.5
        return sum(0.5 if ord(ch) < 128 else 1.0 for ch in tok)

    def wrap(self, text: str, width: float, first_indent: float) -> list[tuple[list[str], bool]]:
        """Greedy line fill; returns (tokens, justified?) per line."""
        toks = self.tokens(text)
        lines, cur, cw = [], [], 0.0
        avail = width - first_indent
        for t in toks:
            if t == "|":
                lines.append((cur, False))
                cur, cw, avail = [], 0.0, width
                continue
            tw = self.w(t)
            if cur and cw + tw > avail and t not in CLOSING:
                carry = []
                while len(cur) > 1 and cur[-1] in "“（《":      # an opening mark never ends a line
                    carry.insert(0, cur.pop())
                    cw -= self.w(carry[0])
                gap = avail - cw
                lines.append((cur, gap >= 1.0 or (gap >= 0.5 and self.rng.random() < 0.3)))
                cur, cw, avail = carry, sum(self.w(x) for x in carry), width
            cur.append(t)
            cw += tw
            if len(cur) > 1 and cur[-2] in "“（《" and False:
                pass
        if cur:
            lines.append((cur, False))
        return lines

    def render_line(self, toks: list[str], justify: bool) -> str:
        if justify and len(toks) > 3:
            toks = [t for t in toks if t.strip()]
            self.stats["justified line spread with spaces"] += 1
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a in NOSPACE_AFTER or b in NOSPACE_BEFORE:
                    out += b
                else:
                    out += " " + b
            return out
        return self.space_numbers("".join(toks))

    def column_text(self, text: str, width: float, indent: float, lead_space=False) -> list[str]:
        out = []
        for k, (toks, just) in enumerate(self.wrap(text, width, indent)):
            line = self.render_line(toks, just)
            line = line.lstrip(" ")
            if k == 0 and lead_space:
                line = " " + line
            out.append(line.rstrip(" "))
        return out

    # ---- directives
    def art(self, aid):
        return self.p["arts"][aid]

    def d_extra(self, rest):
        parts = rest.split("||")
        lines_all = []
        for part in parts:
            lines = [x.strip() for x in part.split("|")]
            self.add(*lines)
            lines_all += lines
        self.extras.append("".join(lines_all))
        self.stats["extra (masthead/box) lines"] += len(lines_all)

    def d_head(self, aid, opts):
        a = self.art(aid)
        parts = [self.c(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
        if aid in self.seen_body:
            self.stats["headline printed after its body"] += 1
        if "join" in opts or "kt" in opts:
            if "kt" in opts and a["subtitle"]:
                lines = [self.c(a["kicker"]).replace("|", "") + " " + self.c(a["title"]).replace("|", ""),
                         self.c(a["subtitle"]).replace("|", "")]
                lines = [x.strip() for x in lines]
            else:
                lines = [" ".join(p.replace("|", "") for p in parts)]
            self.stats["headline stack joined on one line"] += 1
        else:
            lines = []
            for p in parts:
                sub = p.split("|")
                if len(sub) > 1:
                    self.stats["headline line broken (last word alone)"] += 1
                lines += sub
        if "double" in opts:
            t = self.c(nobreak(a["title"]))
            lines = [ln if ln.replace(" ", "") != t.replace(" ", "") and t not in ln else ln.replace(t, t + t, 1)
                     for ln in lines]
            self.dups.append(t)
            self.stats["headline doubled on one line"] += 1
        if "twice" in opts:
            t = self.c(nobreak(a["title"]))
            idx = max(i for i, ln in enumerate(lines) if t in ln or ln in t)
            lines.insert(idx + 1, lines[idx])
            self.dups.append(lines[idx])
            self.stats["headline drawn twice (two identical lines)"] += 1
        if "lead" in opts:
            lines[0] = " " + lines[0]
        if "sep" in opts:
            for ln in lines:
                self.add(ln)
        else:
            self.add(*lines)

    def d_col(self, aid, opts):
        a = self.art(aid)
        lab = self.c(a["column"])
        self.add(lab)
        self.stats["column label line"] += 1

    def d_byline(self, aid, opts):
        a = self.art(aid)
        b = self.c(a["byline"])
        if "|" in b:
            self.stats["byline split over lines"] += 1
            if "blank" in opts:
                for x in b.split("|"):
                    self.add(x)
            else:
                self.add(*b.split("|"))
        else:
            self.add(b)

    def d_marker(self, aid, text):
        a = self.art(aid)
        sq = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
        assert sq(a["continued"]) in sq(text), (self.name, aid, text)
        self.add(text)
        self.extras.append(text)
        self.stats["jump marker"] += 1

    def seg_text(self, a, n):
        segs = segments(a)
        return segs[n - 1]

    def d_body(self, aid, n, opts, dup=False):
        a = self.art(aid)
        pc = self.pending.get(aid)
        if pc and not dup and pc[0] == aid and pc[1] == n - 1:
            segs_ = segments(a)
            prv, nxt = segs_[n - 2][-1][0][-1:], segs_[n - 1][0][0][:1]
            if nxt.isdigit() and not prv.isdigit():
                kind = CUT_KINDS["v"]
            elif (prv.isdigit() or prv in ".%") and not nxt.isdigit() and "\u4e00" <= nxt <= "\u9fff":
                kind = CUT_KINDS["u"]
            else:
                kind = pc[2]
            self.stats[kind] += 1
            if self.last_seg == (aid, n - 1):
                self.stats["cut: piece continued directly (column break, nothing between)"] += 1
            else:
                self.stats["cut: story continued after a piece of other text"] += 1
            self.pending.pop(aid, None)
        seg = self.seg_text(a, n)
        width = float(opts.get("w", a["width"]))
        rep = int(opts.get("rep", 0))
        for k, (text, start, end, cutk) in enumerate(seg):
            sub = text.startswith("## ")
            text = self.c(text[3:] if sub else text)
            first_of_art = n == 1 and k == 0 and start and not dup
            if cutk and not dup:
                self.pending[aid] = (aid, n, CUT_KINDS[cutk])
            if self.layout == "paragraph":
                if first_of_art and a["dateline"]:
                    dl = self.c(a["dateline"])
                    if "|" in dl:
                        self.stats["line break inside a dateline"] += 1
                        parts = dl.split("|")
                        for x in parts[:-1]:
                            self.add(self.space_numbers(x))
                        dl = parts[-1]
                    text = dl + text
                for piece in text.split("|"):
                    self.add((self.space_numbers(piece) if not sub else piece).strip(" "))
                if dup:
                    self.dups.append(text)
            else:
                if sub:
                    self.add(text)
                    if dup:
                        self.dups.append(text)
                    continue
                lead = False
                indent = 2.0 if start else 0.0
                if first_of_art and a["dateline"]:
                    dl = self.c(a["dateline"])
                    if "|" in dl:
                        self.stats["line break inside a dateline"] += 1
                    text = dl + text
                    indent, lead = 0.0, self.rng.random() < 0.5
                    # a line may not open with a 1-3 character tail of the dateline
                    # (a reader could not place it); try nearby widths as a typesetter would
                    dsq = re.sub(r"\s|\|", "", dl)
                    for wtry in (width, width - 0.5, width + 0.5, width - 1, width + 1, width - 1.5):
                        state = self.rng.getstate()
                        lines = self.column_text(text, wtry, indent, lead)
                        pos, bad = 0, False
                        for ln in lines:
                            k = len(ln.replace(" ", ""))
                            if 0 < len(dsq) - pos < 4 and k > len(dsq) - pos:
                                bad = True
                            pos += k
                        if not bad:
                            break
                        self.rng.setstate(state)
                    pos = 0
                    for ln in lines[:-1]:
                        k = len(ln.replace(" ", ""))
                        end_ = pos + k
                        if pos < len(dsq) and end_ < len(dsq):
                            nxt, prv = dsq[end_:], dsq[end_ - 1]
                            if nxt.startswith("通讯员"):
                                self.stats["dateline line break before 通讯员"] += 1
                            elif prv.isdigit() or prv in "月日" or nxt[:1].isdigit():
                                self.stats["dateline line break inside the date"] += 1
                            else:
                                self.stats["dateline line break inside the names"] += 1
                        pos = end_
                else:
                    lines = self.column_text(text, width, indent, lead)
                for i, ln in enumerate(lines):
                    self.add(ln)
                    if rep and i + 1 == rep and not dup:
                        self.add(ln)
                        self.dups.append(ln.replace(" ", ""))
                        self.stats["line printed twice"] += 1
                if dup:
                    self.dups.append(text)
        if dup:
            self.stats["body piece printed twice"] += 1
        self.seen_body.add(aid)
        self.last_seg = (aid, n) if not dup else self.last_seg

    def d_photo(self, aid, opts):
        a = self.art(aid)
        credit = self.c(a["byline"])
        paras = [self.c(p) for p in a["body"]]
        self.seen_body.add(aid)
        if "right" in opts:
            for p in paras:
                self.add(p)
            self.add(" " * int(opts.get("pad", 24)) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif "below" in opts:
            for p in paras:
                self.add(p)
            self.add(credit)
        else:
            for p in paras[:-1]:
                self.add(p)
            self.add(paras[-1] + " " + credit)
        self.stats["photo caption"] += len(paras)

    def run(self):
        for d in self.p["layout"]:
            word, _, rest = d.partition(" ")
            args = rest.split()
            opts = {}
            for x in args[1:]:
                if "=" in x:
                    k, v = x.split("=", 1)
                    opts[k] = v
                else:
                    opts[x] = True
            if word == "extra":
                self.d_extra(rest)
            elif word == "head":
                self.d_head(args[0], opts)
            elif word == "col":
                self.d_col(args[0], opts)
            elif word == "byline":
                self.d_byline(args[0], opts)
            elif word == "marker":
                self.d_marker(args[0], rest.split(" ", 1)[1])
            elif word in ("body", "dup"):
                aid, rng_ = args[0], args[1]
                nseg = len(segments(self.art(aid)))
                if "-" in rng_:
                    lo, hi = rng_.split("-")
                    ns = range(int(lo), int(hi or nseg) + 1)
                else:
                    ns = [int(rng_)]
                o = {}
                for x in args[2:]:
                    if "=" in x:
                        k, v = x.split("=", 1)
                        o[k] = v
                for n in ns:
                    self.d_body(aid, n, o, dup=(word == "dup"))
                    o.pop("rep", None)
                    if word == "body":
                        self.printed[(aid, n)] += 1
            elif word == "photo":
                self.d_photo(args[0], opts)
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
        for aid, a in self.p["arts"].items():
            if a["kind"] == "photo":
                continue
            for n in range(1, len(segments(a)) + 1):
                if self.printed[(aid, n)] != 1:
                    raise SystemExit(f"{self.name}: segment {aid} {n} printed {self.printed[(aid, n)]} times")
        head = "\n" if self.layout == "paragraph" else ""
        return head + "\n\n".join("\n".join(b) for b in self.blocks) + "\n\n\n"


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    stats = Counter()
    rows = []
    for src in sorted(SRC.glob("p*.txt")):
        page = parse(src)
        m = page["meta"]
        num = "%03d" % int(src.stem[1:])
        pg = Page(src.name, page, stats)
        text = pg.run()
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        pm = pg.pm
        gold = OrderedDict()
        gold["source"] = f"{name}.txt"
        gold["issue_date"] = m["date"]
        gold["issue_number"] = m.get("issue") or None
        gold["page_count"] = int(m["pages"]) if m.get("pages") else None
        gold["articles"] = [gold_article(a, pm) for a in page["arts"].values()]
        gold["extras"] = pg.extras
        gold["duplicates"] = pg.dups
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        kinds = Counter(a["kind"] for a in page["arts"].values())
        rows.append((f"{name}.txt", m["date"], m["page"], m["layout"], pm, len(page["arts"]),
                     nows(text), m.get("subjects", ""),
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))))
        for a in page["arts"].values():
            stats["article kind: " + a["kind"]] += 1
            if a["column"]:
                stats["article with a column label"] += 1
            if a["kicker"]:
                stats["headline with kicker"] += 1
            if a["subtitle"].startswith("——"):
                stats["dash-led subtitle"] += 1
            if "讯" in a["dateline"]:
                stats["dateline with 讯"] += 1
            if "电" in a["dateline"] and "讯" not in a["dateline"]:
                stats["dateline with 电"] += 1
    # README
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items()):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects | kinds |",
          "|---|---|---:|---|---|---:|---:|---|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tpl = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(tpl, encoding="utf-8")
    print(f"composed {len(rows)} pages into {PAGES.name}/ and {GOLD.name}/")


if __name__ == "__main__":
    main()
