#!/usr/bin/env python3
"""Lay out the hand-written page sources of src/ into raw page files, gold files and README.md.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice is drawn from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.  See README.in for the source format.
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
KINDS = ("news", "commentary", "feature", "photo", "continuation", "other")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# typesetting classes (measured on the seeds, see README)
CLOSE = set("，。、；：？！”’）》%…,;:)?!")      # may not start a line
OPEN = set("“‘（《(")                            # may not end a line
PUNCT = set("，。、；：？！“”‘’（）《》—…·,;:()?!")
NOSPACE_BEFORE = set("》）)")                   # spread lines: glued to what precedes
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/]*")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.f["kind"] = "news"
        self.width = None
        self.body: list[tuple[str, str]] = []   # ("p", text with cut marks) | ("h", subhead)

    # gold text of a headline part: "/" is a printed line break only, " / " keeps a space
    @staticmethod
    def clean(s: str) -> str:
        return s.replace(" / ", " ").replace("/", "")

    def gold(self) -> dict:
        g = {k: self.clean(self.f[k]) if k in ("kicker", "title", "subtitle", "byline", "column")
             else self.f[k] for k in FIELDS}
        g["subheads"] = [t for k, t in self.body if k == "h"]
        g["paragraphs"] = [re.sub(r"\|[a-z]?", "", t) for k, t in self.body]
        return g


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []
        self.parse(path.read_text(encoding="utf-8"))

    def parse(self, text: str):
        sect, cur, in_body = None, None, False
        for raw in text.split("\n"):
            line = raw.rstrip()
            if line.startswith("%"):          # comment
                continue
            if line.startswith("@"):
                w = line[1:].split()
                sect, in_body = w[0], False
                if sect == "article":
                    cur = Article(w[1])
                    self.arts[w[1]] = cur
                    self.order.append(w[1])
                continue
            if sect == "page":
                if ":" in line:
                    k, v = line.split(":", 1)
                    self.meta[k.strip()] = v.strip()
            elif sect == "article":
                if line == "---":
                    in_body = True
                elif not in_body:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        k = k.strip()
                        if k == "width":
                            cur.width = float(v)
                        else:
                            assert k in FIELDS, (self.path, k)
                            cur.f[k] = v.strip()
                elif line.strip():
                    if line.startswith("## "):
                        cur.body.append(("h", line[3:].strip()))
                    else:
                        cur.body.append(("p", line.strip()))
            elif sect == "layout":
                if line.strip():
                    self.layout.append(line.strip())


# ---------------------------------------------------------------- punctuation width
def punct_variant(s: str, mode: str) -> str:
    if mode == "mixed":        # full-width commas, half-width brackets
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":         # half-width , ( ) ; :
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
        return s
    return s


# ---------------------------------------------------------------- column typesetting
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        elif s[i:i + 2] in ("——", "……"):
            out.append(s[i:i + 2])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return out


def tw(t: str) -> float:
    if t == " ":
        return 0.5
    if ASCII_RUN.fullmatch(t):
        return 0.5 * len(t)
    return float(len(t))


def wrap(text: str, width: float, indent: float) -> list[tuple[list[str], float]]:
    """Greedy justified-column wrap: returns (tokens, shortfall) per line."""
    toks = tokens(text)
    lines, cur, w, avail = [], [], 0.0, width - indent
    i = 0
    while i < len(toks):
        t = toks[i]
        if not cur and t == " ":
            i += 1
            continue
        if w + tw(t) <= avail + 1e-9 or not cur or (t[0] in CLOSE and len(t) == 1):
            cur.append(t)
            w += tw(t)
            i += 1
            continue
        # line full: an opening mark may not end a line
        while cur and cur[-1][0] in OPEN and len(cur) > 1:
            i -= 1
            w -= tw(cur.pop())
        at_space = bool(cur) and cur[-1] == " " or t == " "
        while cur and cur[-1] == " ":
            w -= tw(cur.pop())
        lines.append((cur, None if at_space else avail - w))
        cur, w, avail = [], 0.0, width
    if cur:
        lines.append((cur, None))   # paragraph's last line: never justified
    return lines


class Typesetter:
    """Turns token lines into printed text with the seeds' extraction spaces."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def spread(self, toks: list[str]) -> str:
        out = ""
        for j, t in enumerate(toks):
            if t == " ":
                continue
            if out:
                prev = out[-1]
                if t in NOSPACE_BEFORE or t in OPEN or (prev in PUNCT and prev not in OPEN):
                    pass
                else:
                    out += " "
                    if prev in OPEN:
                        self.stats["space after an opening quote"] += 1
            out += t
        self.stats["justified lines spread with spaces"] += 1
        return out

    def plain(self, toks: list[str]) -> str:
        out = ""
        for j, t in enumerate(toks):
            if t == " ":
                out += " "
                continue
            if ASCII_RUN.fullmatch(t) and t[0].isdigit():
                if out and out[-1] != " " and out[-1] not in PUNCT and self.rng.random() < 0.75:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                if t.endswith("%") and self.rng.random() < 0.15:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                out += t
                nxt = toks[j + 1] if j + 1 < len(toks) else ""
                if nxt and nxt[0] in "，、；。" and self.rng.random() < 0.3:
                    out += " "
                    self.stats["glyph-gap space before punctuation"] += 1
                elif nxt and is_cjk(nxt[0]) and self.rng.random() < 0.45:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if t in "“" and out and self.rng.random() < 0.06:
                out += t + " "
                self.stats["space after an opening quote"] += 1
                continue
            out += t
        return re.sub(r" {2,}", " ", out)

    def line(self, toks, short) -> str:
        if short is not None and short >= 1.0 and sum(1 for t in toks if t != " ") > 4:
            return self.spread(toks)
        return self.plain(toks)


# ---------------------------------------------------------------- page composition
class Composer:
    def __init__(self, page: Page):
        self.p = page
        self.rng = random.Random(page.path.name)
        self.stats: Counter = Counter()
        self.ts = Typesetter(self.rng, self.stats)
        self.mode = page.meta.get("punct", "full")
        self.layout = page.meta["layout"]
        for a in page.arts.values():
            for k in FIELDS:
                a.f[k] = punct_variant(a.f[k], self.mode)
            a.body = [(k, punct_variant(t, self.mode)) for k, t in a.body]
        self.out: list[str] = []          # printed lines ("" = blank line)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.cursor: dict[str, int] = {}
        self.units: dict[str, list[str]] = {}
        self.last = ""
        self.prev_cmd = ""
        self.head_done: set[str] = set()
        self.body_started: set[str] = set()
        self.credited: set[str] = set()

    # printed units of each article ------------------------------------------------
    def col_units(self, a: Article) -> list[str]:
        W = a.width or float(self.p.meta.get("width", 18))
        lines: list[str] = []
        first = True
        for k, t in a.body:
            if k == "h":
                lines.append(t)
                self.stats["crossheads (subheads) in body"] += 1
                continue
            t = re.sub(r"\|[a-z]?", "", t)
            dl = a.f["dateline"] if first and a.f["dateline"] else ""
            wl = wrap(dl + t, W, 2.0)
            if dl:
                self.count_dateline_breaks(dl, wl)
            for toks, short in wl:
                lines.append(self.ts.line(toks, short))
            first = False
        return lines

    def count_dateline_breaks(self, dl: str, wl):
        pos, n = 0, len(dl)
        for toks, _ in wl[:-1]:
            pos += sum(len(t) for t in toks)
            if pos >= n:
                break
            before, after = dl[:pos].rstrip(), dl[pos:].lstrip()
            if re.search(r"\d+月$", before) or re.match(r"\d+日", after) or re.search(r"\d$", before):
                self.stats["line break inside a dateline's date"] += 1
            elif after.startswith("通讯员"):
                self.stats["line break before 通讯员"] += 1
            elif "记者" in before:
                self.stats["line break between a byline's names"] += 1
            else:
                self.stats["line break elsewhere in a dateline"] += 1

    def para_units(self, a: Article) -> list[str]:
        units = []
        first = True
        for k, t in a.body:
            if k == "h":
                units.append(t)
                self.stats["crossheads (subheads) in body"] += 1
                continue
            pieces = re.split(r"\|([a-z]?)", t)
            texts, kinds = pieces[0::2], pieces[1::2]
            for kd in kinds:
                self.stats[{"n": "paragraph cut between a figure and its unit",
                            "v": "paragraph cut between a verb and its figure",
                            "w": "paragraph cut inside a word",
                            "q": "paragraph cut inside a quoted term",
                            "p": "paragraph cut inside a name",
                            "": "paragraph cut elsewhere"}[kd]] += 1
            if first and a.f["dateline"]:
                texts[0] = a.f["dateline"] + texts[0]
            first = False
            units.extend(texts)
        return units

    # output helpers -------------------------------------------------------------
    def emit(self, s: str, blank: bool = True):
        self.out.append(s)
        self.last = s
        if blank:
            self.out.append("")

    def headline_lines(self, a: Article) -> list[str]:
        parts = []
        for k in ("kicker", "title", "subtitle"):
            v = a.f[k]
            if not v:
                continue
            for seg in re.split(r" / |/", v):
                parts.append(seg)
            if k == "title" and "/" in v:
                last = re.split(r" / |/", v)[-1]
                if len(last) <= 6:
                    self.stats["headline's last word alone on a line"] += 1
        return parts

    # layout commands ------------------------------------------------------------
    def run(self):
        for a in self.p.arts.values():
            self.units[a.id] = self.col_units(a) if self.layout == "column" else self.para_units(a)
            self.cursor[a.id] = 0
        if self.out == [] and self.rng.random() < 0.5:
            self.out.append("")
        for cmd in self.p.layout:
            w = cmd.split(None, 1)
            op, arg = w[0], (w[1] if len(w) > 1 else "")
            getattr(self, "op_" + op)(arg)
            self.prev_cmd = op
        for aid, a in self.p.arts.items():
            assert self.cursor[aid] == len(self.units[aid]), (self.p.path, aid, "body not fully printed")
        text = "\n".join(self.out).rstrip("\n") + "\n"
        return text

    def op_mast(self, arg):
        pieces = arg.split("|")
        for pc in pieces:
            self.emit(pc.replace("+", "\n"))
        self.stats["masthead pieces printed in drawing order"] += len(pieces)
        self.stats["merged masthead pieces"] += sum(1 for pc in pieces if re.search(r"\d+ \S", pc))
        self.extras.append("".join(pc.replace("+", "").replace(" ", "") for pc in pieces))

    def op_box(self, arg):
        pieces = arg.split("|")
        for pc in pieces:
            self.emit(pc)
        self.stats["short box lines (countdowns, prompts, guides)"] += len(pieces)
        self.extras.append("".join(pieces))

    def op_extra(self, arg):
        self.emit(arg)
        self.stats["short box lines (countdowns, prompts, guides)"] += 1
        self.extras.append(arg)

    def op_label(self, aid):
        a = self.p.arts[aid]
        self.emit(a.f["column"])
        self.stats["column labels on their own line"] += 1

    def op_head(self, arg):
        w = arg.split()
        aid, style = w[0], (w[1] if len(w) > 1 else "stack")
        a = self.p.arts[aid]
        lines = self.headline_lines(a)
        if aid in self.body_started:
            self.stats["headlines printed after their body"] += 1
        if self.prev_cmd == "head":
            self.stats["headlines bunched with another story's headline"] += 1
        if style == "one":
            self.emit(" ".join(lines))
        elif style == "tight":
            self.emit("\n".join(lines))
        elif style == "double":     # title drawn twice on one line
            t = self.clean_title(a)
            for ln in lines:
                if ln == t:
                    self.emit(ln + ln)
                    self.dups.append(ln)
                    self.stats["headline drawn twice"] += 1
                else:
                    self.emit(ln)
        elif style == "twice":      # title printed as two identical lines
            t = self.clean_title(a)
            for ln in lines:
                self.emit(ln)
                if ln == t:
                    self.emit(ln)
                    self.dups.append(ln)
                    self.stats["headline drawn twice"] += 1
        else:
            for ln in lines:
                self.emit(ln)
        self.head_done.add(aid)

    @staticmethod
    def clean_title(a):
        return a.f["title"] if "/" not in a.f["title"] else None

    def op_by(self, aid):
        a = self.p.arts[aid]
        for seg in a.f["byline"].split("/"):
            self.emit(seg.strip())
        if "/" in a.f["byline"]:
            self.stats["line break between a byline's names"] += 1
        self.stats["bylines on a line of their own"] += 1

    def op_text(self, arg):
        w = arg.split()
        aid = w[0]
        us = self.units[aid]
        c = self.cursor[aid]
        n = int(w[1]) if len(w) > 1 else len(us) - c
        if aid in self.head_done or aid in self.body_started:
            pass
        self.body_started.add(aid)
        for u in us[c:c + n]:
            self.emit(u)
        self.cursor[aid] = c + n
        assert c + n <= len(us), (self.p.path, aid, c, n, len(us))

    def op_joined(self, arg):
        """paragraph layout: next two units of an article printed as separate lines
        with nothing between (a paragraph split by a column break)."""
        self.stats["paragraph split by a column break with nothing between"] += 1
        self.op_text(arg + " 2")

    def op_mark(self, arg):
        self.emit(arg)
        self.stats["jump markers"] += 1

    def op_inmark(self, arg):
        """jump marker printed at the head of the next body unit (▲ ▲（紧接1版①）text...)"""
        mark, aid = arg.rsplit(" ", 1)
        us = self.units[aid]
        c = self.cursor[aid]
        us[c] = mark + us[c]
        self.stats["jump markers"] += 1
        self.op_text(aid + " 1")

    def op_credit(self, aid):
        a = self.p.arts[aid]
        self.emit(" " * self.rng.randint(12, 30) + a.f["byline"])
        self.credited.add(aid)
        self.stats["credits right-aligned on a line of their own"] += 1

    def op_cap(self, arg):
        """photo caption (paragraph idx, default 0) printed on one line; the credit follows
        the last caption on the same line unless it was printed apart"""
        w = arg.split()
        aid, idx = w[0], (int(w[1]) if len(w) > 1 else 0)
        a = self.p.arts[aid]
        paras = a.gold()["paragraphs"]
        last = idx == len(paras) - 1
        apart = aid in self.credited or f"credit {aid}" in self.p.layout
        tail = (" " + a.f["byline"]) if last and a.f["byline"] and not apart else ""
        if tail:
            self.credited.add(aid)
        self.emit(paras[idx] + tail)
        if last:
            self.cursor[aid] = len(self.units[aid])
        self.stats["photo captions"] += 1

    def op_dup(self, arg):
        self.emit(self.last)
        self.dups.append(self.last.strip())
        self.stats["lines printed twice"] += 1


# ---------------------------------------------------------------- build everything
def gold_of(page: Page, comp: Composer, name: str) -> dict:
    m = page.meta
    arts = []
    for aid in page.order:
        a = page.arts[aid]
        g = a.gold()
        arts.append({k: g[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                       "dateline", "continued", "subheads", "paragraphs")})
    return {
        "source": name,
        "issue_date": m["date"],
        "issue_number": int(m["issue_number"]) if m.get("issue_number") else None,
        "page_count": int(m["page_count"]) if m.get("page_count") else None,
        "articles": arts,
        "extras": comp.extras,
        "duplicates": comp.dups,
    }


def build(root: Path = HERE):
    """Returns {relative path: text} of every generated file, and the per-page records."""
    files, recs = {}, []
    total = Counter()
    srcs = sorted((root / "src").glob("p*.txt"))
    for i, sp in enumerate(srcs, 1):
        page = Page(sp)
        comp = Composer(page)
        text = comp.run()
        name = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = gold_of(page, comp, name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(comp.stats)
        recs.append({"src": sp.name, "name": name, "meta": page.meta, "gold": gold,
                     "chars": len(re.sub(r"\s", "", text))})
    files["README.md"] = readme(root, recs, total)
    return files, recs, total


LAYOUT_NAME = {"column": "column", "paragraph": "paragraph"}
PUNCT_NAME = {"full": "full-width", "mixed": "full commas, half-width brackets",
              "half": "half-width , ( ) ; :"}


def readme(root: Path, recs, total: Counter) -> str:
    tpl = (root / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in recs:
        m = r["meta"]
        pg.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | "
                  f"{PUNCT_NAME[m.get('punct', 'full')]} | {len(r['gold']['articles'])} | "
                  f"{r['chars']} | {m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files, recs, total = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            if f.is_file() and f"{d}/{f.name}" not in files:
                f.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(recs)} pages, {sum(len(r['gold']['articles']) for r in recs)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
