#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md (from README.in).
Standard library only; every small choice comes from random.Random(<source file name>),
so a rerun rebuilds everything byte-for-byte.

Source format (src/pNN.txt), see README.md for the full description:

    meta lines  key: value            (date, layout, punct, page, issue_number, ...)
    ## aN                             an article; key: value lines, then `para:` lines
    == layout                         one directive a line, in printing order
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
          "continued", "subheads")
OPEN = "“‘（《(「"
CLOSE = "”’）》)」，。、；：？！…—,;:?!"
FULLP = set("，。、；：？！“”‘’（）《》…—「」")

# Measured on seeds 000 and 004 (column layout): about 6 % of body lines are spread
# with spaces; a digit run gets spaces on both sides ~40 %, one side ~45 %, none ~20 %.
P_SPREAD = 0.06
NUM_SPACE = ((0.40, "both"), (0.25, "left"), (0.20, "right"), (0.15, "none"))


def parse(path: Path) -> dict:
    meta, arts, layout = {}, {}, []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("## "):
            cur = {"id": line[3:].strip(), "paras": []}
            for f in FIELDS:
                cur[f] = "" if f != "subheads" else []
            arts[cur["id"]] = cur
            mode = "art"
            continue
        if line.startswith("== layout"):
            mode = "layout"
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "meta":
            meta[key] = val
        elif key == "para":
            cur["paras"].append(val)
        elif key == "subhead":
            cur["subheads"].append(val)
            cur["paras"].append(val)
        else:
            cur[key] = val
    return {"meta": meta, "arts": arts, "layout": layout}


def punct(s: str, mode: str) -> str:
    """Page punctuation width: full, mixed (full commas, half brackets), half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str, sep: str = "") -> str:
    return s.replace("‖", sep).replace("|", "")


def tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z.%·\-+/]*|.", s)


def width(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


class Page:
    def __init__(self, name: str, src: dict):
        self.name = name
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(name)
        self.layout = self.meta["layout"]
        self.pmode = self.meta.get("punct", "full")
        self.out: list[str] = []          # printed lines ("" = blank line)
        self.stats = Counter()
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pieces = {}                  # article id -> list of (para index, text, first)
        self.cursor = Counter()
        for aid, a in src["arts"].items():
            seq = []
            for i, p in enumerate(a["paras"]):
                parts = punct(p, self.pmode).split("|")
                for j, part in enumerate(parts):
                    seq.append((i, part, j == 0, j == len(parts) - 1))
                if len(parts) > 1:
                    self.stats["paragraph cut and continued later"] += len(parts) - 1
            self.pieces[aid] = seq

    # ----- output helpers
    def emit(self, line: str, gap: int = 1):
        if self.out:
            self.out.extend([""] * gap)
        self.out.append(line)

    def glue(self, line: str):
        """Start a new line with a single newline (no blank line) before it."""
        self.out.append(line)

    # ----- column-layout line making
    def space_numbers(self, s: str) -> str:
        def rep(m):
            r = self.rng.random()
            acc = 0.0
            for p, kind in NUM_SPACE:
                acc += p
                if r < acc:
                    break
            run = m.group(0)
            if "%" in run and self.rng.random() < 0.15:
                run = run.replace("%", " %")
                self.stats["glyph-gap space before %"] += 1
            left = " " if kind in ("both", "left") else ""
            right = " " if kind in ("both", "right") else ""
            if left or right:
                self.stats["spaces around a number run"] += 1
            return left + run + right
        s = re.sub(r"[0-9][0-9.%]*", rep, s)
        if "“" in s and self.rng.random() < 0.2:
            s = s.replace("“", "“ ", 1)
            self.stats["space after an opening quote"] += 1
        if self.rng.random() < 0.04:
            m = re.search(r"(?<=[\u4e00-\u9fff])[、，]", s)
            if m:
                s = s[:m.start()] + " " + s[m.start():]
                self.stats["glyph-gap space before full-width punctuation"] += 1
        return s.strip()

    def spread(self, toks: list[str]) -> str:
        out = toks[0]
        for prev, t in zip(toks, toks[1:]):
            if prev in OPEN:
                out += " " + t
            elif prev in FULLP or prev in CLOSE:
                out += t
            elif t in OPEN:
                out += t
            else:
                out += " " + t
        self.stats["justified line spread with spaces"] += 1
        return out

    def wrap(self, text: str, w: float, first_w: float | None = None) -> list[list[str]]:
        lines, cur, cw = [], [], 0.0
        lim = first_w or w
        for t in tokens(text):
            tw = width(t)
            if cur and cw + tw > lim + 0.25 and t not in CLOSE:
                lines.append(cur)
                cur, cw, lim = [], 0.0, w
            cur.append(t)
            cw += tw
        if cur:
            lines.append(cur)
        return lines

    def fit_lead(self, lead: str, text: str, w: float) -> str:
        """A dateline's tail sharing a line with the body must be 4+ characters
        (or nothing); otherwise break the dateline before its last four."""
        probe = self.wrap((lead + text).split("|")[-1], w,
                          None) if "|" in lead else self.wrap(lead + text, w)
        tail = lead.split("|")[-1]
        n = len(tail)
        for toks in probe:
            s = "".join(toks)
            if n <= len(s):
                c = len(re.sub(r"\s", "", tail[len(tail) - n:]))
                if 0 < c < 4:
                    k, seen = len(lead), 0
                    while seen < 4:
                        k -= 1
                        if not lead[k].isspace():
                            seen += 1
                    self.stats["dateline broken to keep its tail whole"] += 1
                    return lead[:k] + "|" + lead[k:] + text
                break
            n -= len(s)
        return lead + text

    def column_text(self, text: str, w: float, last_short: bool, first_w=None):
        segs = text.split("|")          # forced breaks (inside datelines)
        rows = []
        for k, seg in enumerate(segs):
            for toks in self.wrap(seg, w, first_w if k == 0 else None):
                rows.append((toks, False))
            if k < len(segs) - 1:
                self.stats["line break inside a dateline"] += 1
        out = []
        for n, (toks, _) in enumerate(rows):
            full = n < len(rows) - 1 or not last_short
            if full and len(toks) > 6 and self.rng.random() < P_SPREAD:
                out.append(self.spread(toks))
            else:
                out.append(self.space_numbers("".join(toks)))
        return out

    # ----- directives
    def art(self, aid):
        return self.src["arts"][aid]

    def d_head(self, args):
        aid, style = args[0], (args[1] if len(args) > 1 else "stack")
        flags = args[2:]
        a = self.art(aid)
        if self.cursor[aid] > 0:
            self.stats["headline printed after (part of) its body"] += 1
        if getattr(self, "last_head", None):
            self.stats["headline bunched with another story's headline"] += 1
        if style == "join" and sum(1 for k in ("kicker", "title", "subtitle") if a[k]) > 1:
            self.stats["headline parts joined on one line"] += 1
        parts = []
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                v = punct(a[k], self.pmode)
                if k == "title" and "dbl" in flags:
                    parts.append(v + v.replace("‖", ""))
                    self.dups.append(clean(v))
                    self.stats["headline drawn twice"] += 1
                else:
                    parts.append(v)
                if k == "title" and "twice" in flags:
                    parts.append(v)
                    self.dups.append(clean(v))
                    self.stats["headline drawn twice"] += 1
        if style == "join":
            self.emit(" ".join(p.replace("‖", "") for p in parts))
        else:
            first = True
            for p in parts:
                for m, piece in enumerate(p.split("‖")):
                    if first:
                        self.emit(piece, self.gap_before)
                        first = False
                    elif m > 0 or style == "tight":
                        self.glue(piece)
                        if m > 0:
                            self.stats["headline line broken (word left alone)"] += 1
                    else:
                        self.emit(piece)
        self.stats["headline stacks printed"] += 1
        self.gap_before = 1
        self.last_head = aid

    def d_body(self, args):
        aid = args[0]
        n = args[1] if len(args) > 1 else "*"
        opts = dict(x.split("=", 1) for x in args[2:] if "=" in x)
        a = self.art(aid)
        seq = self.pieces[aid]
        start = self.cursor[aid]
        end = len(seq) if n == "*" else start + int(n)
        w = float(opts.get("w", self.meta.get("width", 16)))
        for idx in range(start, end):
            pi, text, first, last = seq[idx]
            lead = ""
            if idx == 0 and a["dateline"]:
                lead = punct(a["dateline"], self.pmode).replace("‖", "|")
            if idx == 0 and opts.get("mark"):
                lead = opts["mark"] + lead
                self.stats["jump marker"] += 1
            if self.layout == "para":
                line = clean(lead, "") + text
                self.emit(line, self.gap_before)
                self.gap_before = 1
            else:
                if lead and not opts.get("dlbreak"):
                    full = self.fit_lead(lead, text, w)
                else:
                    full = lead + "|" + text if lead else text
                for line in self.column_text(full, w, last):
                    self.emit(line, self.gap_before)
                    self.gap_before = 1
        self.cursor[aid] = end
        if start == 0 and end > 0 and a["dateline"]:
            self.stats["dateline run into the first paragraph"] += 1
        self.last_head = None

    def d_byline(self, args):
        a = self.art(args[0])
        b = punct(a["byline"], self.pmode)
        parts = b.split("‖")
        self.emit(parts[0])
        for p in parts[1:]:
            self.emit(p) if (len(args) > 1 and args[1] == "gap") else self.glue(p)
            self.stats["line break inside a byline"] += 1

    def d_col(self, args):
        a = self.art(args[0])
        c = a["column"]
        self.emit(c)
        self.stats["column label line"] += 1

    def d_photo(self, args):
        aid, style = args[0], args[1]
        opts = dict(x.split("=", 1) for x in args[2:] if "=" in x)
        a = self.art(aid)
        cap = punct("".join(a["paras"]), self.pmode)
        cred = punct(a["byline"], self.pmode)
        if a["title"]:
            self.emit(punct(a["title"], self.pmode))
        w = float(opts.get("w", 0))
        caplines = [cap] if not w or self.layout == "para" else [
            "".join(t) for t in self.wrap(cap, w)]
        for k, l in enumerate(caplines):
            if k == len(caplines) - 1 and style == "inline" and cred:
                sep = "" if self.layout == "para" else " "
                l = l + sep + cred
            self.emit(l, self.gap_before)
            self.gap_before = 1
        if style == "apart" and cred:
            self.emit(cred)
        if style == "right" and cred:
            self.emit(" " * int(opts.get("pad", 24)) + cred)
            self.stats["credit right-aligned on its own line"] += 1
        self.stats["photo caption"] += 1

    def d_mark(self, args):
        self.emit(" ".join(args))
        self.stats["jump marker"] += 1

    def d_extra(self, args):
        text = " ".join(args)
        pieces = re.split(r"(//|/)", text)
        first = True
        joined = ""
        for i in range(0, len(pieces), 2):
            p = pieces[i].strip()
            if first:
                self.emit(p, self.gap_before)
                first = False
            elif pieces[i - 1] == "/":
                self.glue(p)
            else:
                self.emit(p)
            joined += re.sub(r"\s+", "", p)
        self.extras.append(joined)
        self.gap_before = 1
        self.stats["extra (masthead / box line)"] += 1

    def d_dup(self, args):
        k = int(args[0]) if args else 1
        lines = [l for l in self.out if l.strip()][-k:]
        for l in lines:
            self.emit(l)
            self.dups.append(re.sub(r"\s+", "", l))
        self.stats["line printed twice"] += len(lines)

    def d_gap(self, args):
        self.gap_before = int(args[0]) if args else 3

    def render(self) -> str:
        self.gap_before = 1
        self.last_head = None
        for d in self.src["layout"]:
            cmd, *args = d.split()
            getattr(self, "d_" + cmd)(args)
            if cmd != "head":
                self.last_head = None
        lead = " " if self.meta.get("lead") == "sp" else ""
        text = lead + "\n".join(self.out)
        for aid in self.src["arts"]:
            if self.cursor[aid] != len(self.pieces[aid]) and self.art(aid)["kind"] != "photo":
                raise SystemExit(f"{self.name}: {aid} body not fully printed")
        return text

    def gold(self, source: str) -> dict:
        arts = []
        for aid, a in self.src["arts"].items():
            g = {"kind": a["kind"]}
            for k in ("column", "kicker", "title", "subtitle"):
                g[k] = clean(punct(a[k], self.pmode))
            g["byline"] = clean(punct(a["byline"], self.pmode), " ")
            g["dateline"] = clean(punct(a["dateline"], self.pmode), " ")
            g["continued"] = a["continued"]
            g["subheads"] = [punct(s, self.pmode) for s in a["subheads"]]
            g["paragraphs"] = [clean(punct(p, self.pmode)) for p in a["paras"]]
            arts.append(g)
        m = self.meta
        return {"source": source, "issue_date": m["date"],
                "issue_number": m.get("issue_number") or None,
                "page_count": int(m["page_count"]) if m.get("page_count") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build() -> dict:
    """Return {relative path: content} for every generated file, and the page table."""
    files, rows, phen = {}, [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        src = parse(sp)
        pg = Page(sp.name, src)
        text = pg.render()
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{sha}"
        gold = pg.gold(stem + ".txt")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        phen.update(pg.stats)
        m = src["meta"]
        nchar = len(re.sub(r"\s", "", text))
        rows.append(f"| {stem}.txt | {m['date']} | {m['page']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(gold['articles'])} | {nchar} | {m['subjects']} |")
    ptab = ["| phenomenon | count |", "|---|---|"] + [
        f"| {k} | {v} |" for k, v in sorted(phen.items())]
    table = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(table))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        for old in (HERE / d).glob("*"):
            old.unlink()
        (HERE / d).mkdir(exist_ok=True)
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
