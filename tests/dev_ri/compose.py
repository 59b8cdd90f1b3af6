#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text (pages/), write
their gold annotations (gold/) and README.md (from README.in).

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

# ---- measured on the seeds (see README) -------------------------------------------
# column layout: a text line is one printed column line; widths in em (CJK = 1 em,
# ASCII = 0.5 em, full-width punctuation compressed to 0.5 em inside a line).
# Seed 000: news columns 16-18 em, commentary 12-13 em; seed 004: news 19-22 em,
# commentary 18 em. Lines are filled with punctuation as 1 em boxes; a line whose
# natural width (punctuation squeezed to 0.5 em, numbers unbreakable) falls short
# of the column by >= 1.5 em is printed spread in about half the cases: a space
# after every glyph except after a closing mark (seeds: 24/375 and 13/359 lines).
SPREAD_SLACK = 1.5
SPREAD_SHARE = 0.5     # share of eligible lines printed spread (seeds: 24/375 and 13/359 lines)
CLOSING = "，、。；：？！”’）》,;:)?!"
OPENING = "“‘（《("
KIND_OK = {"news", "commentary", "feature", "photo", "continuation", "other"}

COUNT = collections.Counter()      # phenomena, summed over the set
PAGE_COUNT = {}                    # phenomena per page


def nfkc_squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def em(c, squeezed=True):
    """Width in em. Full-width punctuation is a 1 em glyph box when a line is
    filled, and squeezed to 0.5 em when the line's natural width is measured."""
    if c == " ":
        return 0.0
    if c in CLOSING or c in OPENING:
        if not squeezed and unicodedata.east_asian_width(c) in "WF" or (not squeezed and c in "“”‘’"):
            return 1.0
        return 0.5
    if unicodedata.east_asian_width(c) in "WF" or c in "“”‘’":
        return 1.0
    return 0.5


def punct(s, mode):
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---- source parsing ---------------------------------------------------------------
def parse(path):
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, "head"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        if line.startswith("page "):
            for k, v in re.findall(r"(\w+)=(\S+)", line[5:]):
                page[k] = v.replace("_", " ") if k == "subjects" else v
            continue
        if line == "layout":
            mode = "layout"
            continue
        m = re.match(r"^a (\w+) (\w+)(.*)$", line)
        if m:
            cur = {"id": m.group(1), "kind": m.group(2), "column": "", "kicker": "",
                   "title": "", "subtitle": "", "byline": "", "dateline": "",
                   "continued": "", "paras": [], "subheads": [], "opts": {}}
            for k, v in re.findall(r"(\w+)=(\S+)", m.group(3)):
                cur["opts"][k] = v
            assert cur["kind"] in KIND_OK, line
            arts[cur["id"]] = cur
            order.append(cur["id"])
            continue
        m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued): ?(.*)$", line)
        if m:
            cur[m.group(1)] = m.group(2).strip()
            continue
        m = re.match(r"^([ph]) (.*)$", line)
        if m:
            cur["paras"].append(m.group(2).strip())
            if m.group(1) == "h":
                cur["subheads"].append(m.group(2).strip())
            continue
        raise SystemExit(f"{path.name}: cannot read line: {line!r}")
    return page, arts, order, layout


# ---- text pieces -----------------------------------------------------------------
TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×\-/]*|\s|.", re.S)
NUM = re.compile(r"^[0-9A-Za-z]")


def tokens(s):
    return TOKEN.findall(s)


class Page:
    def __init__(self, path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.order, self.layout = parse(path)
        m = self.meta
        self.layout_kind = m["layout"]            # column | para
        self.pm = m.get("punct", "full")
        self.width = float(m.get("width", "17"))
        self.numsp = float(m.get("numsp", "0.6" if self.layout_kind == "column" else "0"))
        self.gap = float(m.get("gap", "0.15"))
        self.lines = []            # printed lines (blank lines included)
        self.extras, self.dups = [], []
        self.cnt = collections.Counter()
        self.printed = set()

    # -- helpers
    def P(self, s):
        return punct(s, self.pm)

    def emit(self, line, blank=True):
        if self.lines and blank:
            self.lines.append("")
        self.lines.append(line)

    def numspace(self, toks):
        """Glyph-gap spaces around number runs (the raw text only)."""
        out = []
        for i, t in enumerate(toks):
            if NUM.match(t) and self.rng.random() < self.numsp:
                if out and out[-1] != " " and not NUM.match(out[-1]):
                    out.append(" ")
                out.append(t)
                if i + 1 < len(toks) and toks[i + 1] not in CLOSING:
                    out.append(" ")
                self.cnt["number run spaced"] += 1
                continue
            out.append(t)
        # collapse double spaces
        res = []
        for t in out:
            if t == " " and res and res[-1] == " ":
                continue
            res.append(t)
        return res

    def gaps(self, s):
        """Glyph-gap spaces: after an opening quote, before %, around full punctuation."""
        out = []
        for i, c in enumerate(s):
            out.append(c)
            if c == "“" and i + 1 < len(s) and self.rng.random() < self.gap:
                out.append(" ")
                self.cnt["space after opening quote"] += 1
            elif i + 1 < len(s) and s[i + 1] == "%" and c.isdigit() and self.rng.random() < self.gap * 2:
                out.append(" ")
                self.cnt["space before %"] += 1
            elif c in "、，" and i + 1 < len(s) and s[i + 1] != " " and self.rng.random() < self.gap / 3:
                out.insert(len(out) - 1, " ")
                self.cnt["space around full punctuation"] += 1
        return "".join(out)

    # -- column flow
    def flow(self, text, width):
        """Break text (with ¦ forced breaks) into column lines, returning a list of
        (line, char_end_offset) pairs; offsets refer to text without ¦ and spaces."""
        lines = []
        pos = 0
        for seg_i, seg in enumerate(text.split("¦")):
            if seg_i:
                self.cnt["forced line break (dateline/byline)"] += 1
            toks = tokens(seg)
            cur, cw = [], 0.0
            for t in toks:
                if t.isspace():
                    if cur:
                        cur.append(" ")
                    continue
                tw = sum(em(c, squeezed=False) for c in t)
                if cur and cw + tw > width and not (t in CLOSING):
                    lines.append([cur, sum(em(c) for x in cur for c in x), pos])
                    cur, cw = [], 0.0
                cur.append(t)
                cw += tw
                pos += len(t)
            if cur:
                lines.append([cur, sum(em(c) for x in cur for c in x), pos])
            if lines:
                lines[-1].append("last")
        out = []
        for ln in lines:
            toks, cw, end = ln[0], ln[1], ln[2]
            last = len(ln) > 3
            while toks and toks[-1] == " ":
                toks.pop()
            toks = self.numspace(toks)
            if not last and width - cw >= SPREAD_SLACK and len(toks) > 4 and self.rng.random() < SPREAD_SHARE:
                s = self.spread(toks)
                self.cnt["justified line spread with spaces"] += 1
            else:
                s = "".join(toks)
            out.append((s.strip(), end))
        return out

    def spread(self, toks):
        out = []
        for i, t in enumerate(toks):
            if t == " ":
                continue
            out.append(t)
            if i + 1 < len(toks) and t not in CLOSING:
                out.append(" ")
        return "".join(out).replace("  ", " ")

    # -- article pieces
    def art(self, aid):
        return self.arts[aid]

    def parts(self, a, i):
        return a["paras"][i].split("|")

    def body_units(self, a, spec):
        """spec: '3' (all of para 3), '3.1' (part 1 of para 3), '0-3', '2.1-4',
        '0-2.0', '2-' (to the end) -> list of (para, part)."""
        n = len(a["paras"])
        nparts = lambda p: len(self.parts(a, p))

        def pt(x, start):
            if "." in x:
                p, q = x.split(".")
                return int(p), int(q)
            return (int(x), 0) if start else (int(x), nparts(int(x)) - 1)

        if "-" in spec:
            lo, hi = spec.split("-")
            p0, q0 = pt(lo, True)
            p1, q1 = (n - 1, nparts(n - 1) - 1) if hi == "" else pt(hi, False)
        elif "." in spec:
            p0, q0 = pt(spec, True)
            p1, q1 = p0, q0
        else:
            p0, q0 = pt(spec, True)
            p1, q1 = pt(spec, False)
        units = []
        for p in range(p0, p1 + 1):
            first = q0 if p == p0 else 0
            last = q1 if p == p1 else nparts(p) - 1
            for q in range(first, last + 1):
                units.append((p, q))
        return units

    def do_body(self, aid, spec):
        a = self.art(aid)
        units = self.body_units(a, spec)
        for p, q in units:
            key = (aid, p, q)
            assert key not in self.printed, (self.path.name, key)
            self.printed.add(key)
        if self.layout_kind == "para":
            for p, q in units:
                parts = self.parts(a, p)
                text = self.P(parts[q])
                if p == 0 and q == 0 and a["dateline"]:
                    text = self.P(a["dateline"]) + text
                if q > 0:
                    self.cnt["paragraph cut, continued later"] += 1
                for seg in text.split("¦"):
                    self.emit(self.gaps(seg))
                if "¦" in text:
                    self.cnt["paragraph split by a column break"] += 1
            return
        width = float(a["opts"].get("w", self.width))
        for p, q in units:
            parts = self.parts(a, p)
            full = "".join(parts)
            text = self.P(full)
            lead = ""
            if p == 0 and a["dateline"]:
                lead = self.P(a["dateline"])
            fl = self.flow(lead + text, width)
            # where to cut: nearest line boundary to the | marks
            if len(parts) > 1:
                bounds = [0]
                off = len(lead.replace("¦", "").replace(" ", ""))
                acc = 0
                cuts = []
                for part in parts[:-1]:
                    acc += len(self.P(part).replace("¦", "").replace(" ", ""))
                    target = off + acc
                    best = min(range(1, len(fl)), key=lambda i: abs(fl[i - 1][1] - target)) if len(fl) > 1 else 1
                    cuts.append(best)
                idx = [0] + cuts + [len(fl)]
                chunk = fl[idx[q]:idx[q + 1]]
                if q > 0:
                    self.cnt["paragraph cut, continued later"] += 1
            else:
                chunk = fl
            for s, _ in chunk:
                self.emit(s)

    def do_head(self, aid, spec, how):
        a = self.art(aid)
        parts = [self.P(x) for x in (a["kicker"], a["title"], a["subtitle"]) if x]
        if spec:
            lines = [self.P(x.strip()) for x in spec.split(" / ")]
            assert nfkc_squash("".join(lines)) == nfkc_squash("".join(parts)), (self.path.name, aid, lines, parts)
            if len(lines) > len(parts):
                self.cnt["headline broken over lines"] += 1
        elif how == "one":
            lines = [" ".join(parts)]
            if len(parts) > 1:
                self.cnt["headline stack on one line"] += 1
        else:
            lines = parts
        tight = self.layout_kind == "column" and self.rng.random() < 0.6
        for i, ln in enumerate(lines):
            self.emit(ln, blank=not (tight and i > 0))
            if how == "twice":
                self.emit(ln, blank=self.rng.random() < 0.5)
                self.dups.append(ln)
                self.cnt["headline drawn twice (two identical lines)"] += 1
            elif how == "double" and nfkc_squash(ln) == nfkc_squash(self.P(a["title"])):
                self.lines[-1] = ln + ln
                self.dups.append(ln)
                self.cnt["headline doubled on one line"] += 1

    def do_lines(self, aid, field, spec):
        a = self.art(aid)
        val = self.P(a[field])
        if spec:
            lines = [self.P(x.strip()) for x in spec.split(" / ")]
            assert nfkc_squash("".join(lines)) == nfkc_squash(val), (self.path.name, aid, field, lines, val)
            if len(lines) > 1 and field == "byline":
                self.cnt["byline broken between names"] += 1
        else:
            lines = [val]
        for ln in lines:
            self.emit(ln)

    def do_photo(self, aid, how):
        a = self.art(aid)
        cap = self.P(a["paras"][0].replace("|", "").replace("¦", ""))
        credit = self.P(a["byline"])
        for q in range(len(self.parts(a, 0))):
            self.printed.add((aid, 0, q))
        if self.layout_kind == "column" and how != "inline1":
            w = float(a["opts"].get("w", 44))
            fl = self.flow(cap + (" " + credit if how == "inline" and credit else ""), w)
            for s, _ in fl:
                self.emit(s)
        else:
            self.emit(cap + ("  " + credit if how in ("inline", "inline1") and credit else ""))
        if how in ("inline", "inline1") and credit:
            self.cnt["photo credit on the caption line"] += 1
        if how == "sep" and credit:
            pad = " " * self.rng.randint(30, 60)
            self.emit(pad + credit)
            self.cnt["credit right-aligned on its own line"] += 1

    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            rest = rest.strip()
            if op == "mast":
                pieces = [x.strip() for x in rest.split(" / ")]
                for i, x in enumerate(pieces):
                    self.emit(x, blank=self.rng.random() < 0.7 or i == 0)
                self.extras.append("".join(p.replace(" ", "") for p in pieces))
                self.cnt["masthead pieces"] += len(pieces)
                self.cnt["masthead pieces merged on one line"] += sum(1 for p in pieces if " " in p)
            elif op == "x":
                pieces = [self.P(x.strip()) for x in rest.split(" / ")]
                for x in pieces:
                    self.emit(x)
                self.extras.append("".join(pieces))
                self.cnt["box line (extras)"] += 1
            elif op == "mk":
                self.emit(self.P(rest))
                self.extras.append(self.P(rest))
                self.cnt["jump marker on its own line"] += 1
            elif op == "mkin":
                # marker glued before the first body line of a continuation
                aid, spec = rest.split(" ", 1)
                before = len(self.lines)
                self.do_body(aid, spec)
                a = self.art(aid)
                mark = self.P(a["opts"]["mark"].replace("_", " "))
                i = before + (1 if before else 0)
                self.lines[i] = mark + self.lines[i]
                self.extras.append(mark)
                self.cnt["jump marker glued to body text"] += 1
            elif op in ("hd", "hd1", "hdd", "hdx"):
                aid, _, spec = rest.partition(" = ")
                how = {"hd": "lines", "hd1": "one", "hdd": "twice", "hdx": "double"}[op]
                self.do_head(aid.strip(), spec.strip(), how)
                self.printed.add((aid.strip(), "head"))
            elif op == "by":
                aid, _, spec = rest.partition(" = ")
                self.do_lines(aid.strip(), "byline", spec.strip())
                self.printed.add((aid.strip(), "byline"))
            elif op == "col":
                aid, _, spec = rest.partition(" = ")
                self.do_lines(aid.strip(), "column", spec.strip())
                self.printed.add((aid.strip(), "column"))
                self.cnt["column label line"] += 1
            elif op == "bd":
                aid, spec = rest.split()
                self.do_body(aid, spec)
            elif op == "ph":
                aid, _, how = rest.partition(" ")
                self.do_photo(aid, how.strip() or "inline")
            elif op == "rep":
                n = int(rest)
                nb = [i for i, l in enumerate(self.lines) if l.strip()][-n:]
                rep = [self.lines[i] for i in nb]
                for ln in rep:
                    self.emit(ln)
                self.dups.append("".join(re.sub(r"(?<=\S) (?=\S)", "", l) for l in rep))
                self.cnt["lines printed twice"] += n
            elif op == "blank":
                self.lines.append("")
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {d!r}")
        # everything printed?
        for aid in self.order:
            a = self.arts[aid]
            for p in range(len(a["paras"])):
                for q in range(len(self.parts(a, p))):
                    assert (aid, p, q) in self.printed, (self.path.name, "not printed", aid, p, q)
            if a["kicker"] or a["title"] or a["subtitle"]:
                assert (aid, "head") in self.printed, (self.path.name, "headline not printed", aid)
            if a["byline"] and a["kind"] != "photo":
                assert (aid, "byline") in self.printed, (self.path.name, "byline not printed", aid)
            if a["column"]:
                assert (aid, "column") in self.printed, (self.path.name, "column not printed", aid)
        text = "\n".join([""] + self.lines) + "\n" if self.rng.random() < 0.5 else "\n".join(self.lines) + "\n"
        return text

    def gold(self, source):
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            clean = lambda s: re.sub(r"\s+", "", self.P(s.replace("|", "").replace("¦", "")))
            arts.append({
                "kind": a["kind"],
                "column": self.P(a["column"]),
                "kicker": self.P(a["kicker"]),
                "title": self.P(a["title"]),
                "subtitle": self.P(a["subtitle"]),
                "byline": self.P(a["byline"]),
                "dateline": self.P(a["dateline"].replace("¦", "")),
                "continued": self.P(a["continued"]),
                "subheads": [clean(h) for h in a["subheads"]],
                "paragraphs": [clean(p) for p in a["paras"]],
            })
        m = self.meta
        return {
            "source": source,
            "issue_date": m["date"],
            "issue_number": int(m["issue"]) if m.get("issue") else None,
            "page_count": int(m["pages"]) if m.get("pages") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def chars(text):
    return len(re.sub(r"\s+", "", text))


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    rows, phen = [], collections.Counter()
    for src in sorted(SRC.glob("p*.txt")):
        pg = Page(src)
        text = pg.run()
        num = pg.meta["num"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(f"{name}.txt")
        (GOLD / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        phen.update(pg.cnt)
        kinds = collections.Counter(a["kind"] for a in g["articles"])
        rows.append((f"{name}.txt", g["issue_date"], pg.meta["pageno"], pg.meta["layout"],
                     {"full": "full-width", "mixed": "full commas, half brackets", "half": "half-width ,();:"}[pg.pm],
                     len(g["articles"]), chars(text), pg.meta.get("subjects", ""),
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))))
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | kinds | subjects |",
            "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append(f"| `{r[0]}` | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[8]} | {r[7]} |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(phen.items(), key=lambda kv: (-kv[1], kv[0])):
        ftab.append(f"| {k} | {v} |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PAGES}}", "\n".join(ptab)).replace("{{PHENOMENA}}", "\n".join(ftab))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
