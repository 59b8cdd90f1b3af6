#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text, with gold.

    python3 compose.py      writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical. The source format is described in README.in.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = "，。、；：”’）》！？%"     # never at a line start; no spread space after them
OPEN = "“‘（《"                   # never at a line end; no spread space before them
PUNCT = "，。、；：“”‘’（）《》！？"
CJK = re.compile(r"[\u4e00-\u9fff]")
NUM = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×:/-]*")

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("##") or not raw.strip():
            continue
        if raw.startswith("@page"):
            section, cur = "page", None
        elif raw.startswith("@art "):
            section = "art"
            aid = raw.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "lead": "", "paras": []}
            page["arts"][aid] = cur
            page["order"].append(aid)
        elif raw.startswith("@layout"):
            section, cur = "layout", None
        elif section == "page":
            k, _, v = raw.partition("=")
            page["meta"][k.strip()] = v.strip()
        elif section == "art":
            if raw.startswith(">"):
                cur["paras"].append(raw[1:].strip())
            else:
                k, _, v = raw.partition("=")
                cur[k.strip()] = v.strip()
        elif section == "layout":
            page["layout"].append(raw.rstrip())
    return page


def punct_style(text: str, style: str) -> str:
    """The page's punctuation width: full, mixed (full commas, half brackets), half."""
    if style in ("mixed", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":")):
            text = text.replace(a, b)
    return text


def clean_head(s: str) -> str:
    """Headline / byline text as the gold keeps it: '|' was a printed break for a space,
    '/' a printed break with nothing."""
    return s.replace("|", " ").replace("/", "")


def cut_chunks(p: str) -> tuple[list[str], list[str]]:
    """Split a paragraph at its cut marks ¦[tag]; returns chunks and tags."""
    chunks, tags = [], []
    parts = re.split(r"¦(?:\[(\w+)\])?", p)
    chunks.append(parts[0])
    for i in range(1, len(parts), 2):
        tags.append(parts[i] or "")
        chunks.append(parts[i + 1])
    return chunks, tags


# ---------------------------------------------------------------- column typesetting
def units(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUM.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uw(u: str) -> float:
    if u == " ":
        return 0.25
    if NUM.fullmatch(u) or all(ord(c) < 128 for c in u):
        return 0.5 * len(u)
    if u in PUNCT or u in "()（）,;:":
        return 0.5
    return 1.0


def wrap(text: str, width: float, indent: float = 2.0) -> list[tuple[list[str], bool]]:
    """Greedy fill of a justified column; returns (units, spread) per line.
    A line left short by at least one em (a number that did not fit, a character pushed
    down so that punctuation does not open the next line) is spread by the justifier."""
    us = units(text)
    lines, i, first = [], 0, True
    while i < len(us):
        cap = width - (indent if first else 0.0)
        first = False
        w, j = 0.0, i
        while j < len(us) and w + uw(us[j]) <= cap:
            w += uw(us[j])
            j += 1
        if j < len(us):
            if us[j] in CLOSE and j - 1 > i:
                j -= 1                   # pushed down with it
                w -= uw(us[j])
            while j - 1 > i and us[j - 1] in OPEN:
                j -= 1
                w -= uw(us[j])
            if j == i:
                j = i + 1
        line = [u for u in us[i:j]]
        while line and line[0] == " ":
            line.pop(0)
        npunct = sum(u in PUNCT for u in line)
        spread = j < len(us) and len(line) > 3 and (
            cap - w >= 1.0 or (cap - w >= 0.5 and npunct >= 3))
        lines.append((line, spread))
        i = j
    return lines


def keep_tail(lines, dlen: int):
    """Do not leave fewer than four characters of a dateline at the head of a line
    followed by body text (the line would not read as either)."""
    pos = 0
    for k, (line, sp) in enumerate(lines):
        start = pos
        pos += sum(len(u) for u in line)
        if k and dlen - 4 < start < dlen:
            prev = lines[k - 1][0]
            take = []
            while prev and dlen - start < 4:
                take.insert(0, prev.pop())
                start -= len(take[0])
            lines[k - 1] = (prev, False)
            lines[k] = (take + line, sp)
            break
    return lines


class Stats(Counter):
    pass


def render_line(line: list[str], spread: bool, rng: random.Random, st: Stats) -> str:
    if spread:
        st["justified lines spread with spaces"] += 1
        out = ""
        for k, u in enumerate(line):
            if k and u != " " and line[k - 1] != " " and not (
                    line[k - 1] in CLOSE or u in OPEN):
                out += " "
            out += u
        return re.sub(r" {2,}", " ", out)
    out = ""
    n = len(line)
    for k, u in enumerate(line):
        prev = line[k - 1] if k else ""
        nxt = line[k + 1] if k + 1 < n else ""
        if NUM.fullmatch(u) and any(c.isdigit() for c in u):
            r = rng.random()
            before = r < 0.75 and k > 0 and prev not in OPEN and prev != " "
            after = r < 0.55 and nxt and nxt not in CLOSE and nxt != " "
            if before or after:
                st["spaces around number runs"] += 1
            if u.endswith("%") and len(u) > 1 and rng.random() < 0.2:
                u = u[:-1] + " %"
                st["glyph-gap space before %"] += 1
            out += (" " if before else "") + u + (" " if after else "")
            continue
        if u in "，、" and k > 0 and rng.random() < 0.025:
            st["glyph-gap space before punctuation"] += 1
            out += " "
        out += u
        if u in "“" and nxt and rng.random() < 0.10:
            st["space after an opening quote"] += 1
            out += " "
    out = re.sub(r" {2,}", " ", out)
    return out.rstrip()


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse(src)
        self.m = self.p["meta"]
        self.rng = random.Random(src.name)
        self.layout = self.m["layout"]
        self.punct = self.m.get("punct", "full")
        self.width = float(self.m.get("width", "16"))
        self.rows: list[str] = []
        self.join_next = False
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.st = Stats()
        self.cursor: dict[str, tuple[int, int]] = {}
        self.last_body_line = ""
        self.placed_head: set[str] = set()
        self.wrapcache: dict = {}
        self.body_started: set[str] = set()
        # prepare articles
        for a in self.p["arts"].values():
            a["chunks"] = []
            a["tags"] = []
            for para in a["paras"]:
                ch, tg = cut_chunks(self.P(para))
                a["chunks"].append(ch)
                a["tags"].append(tg)

    def P(self, s: str) -> str:
        return punct_style(s, self.punct)

    # ---- rows
    def add(self, text: str, tight: bool = False):
        if (tight or self.join_next) and self.rows:
            self.rows[-1] += "\n" + text
        else:
            self.rows.append(text)
        self.join_next = False

    def extra(self, text: str, tight=False):
        self.add(text, tight)
        self.extras.append(text.strip())

    # ---- headline
    def head_parts(self, a: dict) -> list[str]:
        return [self.P(a[k]) for k in ("kicker", "title", "subtitle") if a[k]]

    def head(self, a: dict, mode: str, tight: bool):
        parts = self.head_parts(a)
        if a["id"] in self.body_started:
            self.st["headlines printed after their body"] += 1
        if mode == "join":
            line = " ".join(clean_head(p) for p in parts)
            self.add(line, tight)
            self.st["headline stacks joined on one line"] += 1
            return
        if mode == "double":
            # the title drawn twice, on one line
            t = self.P(a["title"])
            for p in parts:
                if p == t:
                    self.add(clean_head(p) + clean_head(p), tight)
                    self.dups.append(clean_head(p))
                    self.st["headline drawn twice"] += 1
                else:
                    self.add(self.breaks(p), tight)
                tight = False
            return
        for k, p in enumerate(parts):
            self.add(self.breaks(p), tight if k == 0 else False)
            if "/" in p or "|" in p:
                st_key = "headline broken over two lines"
                self.st[st_key] += 1

    def breaks(self, s: str) -> str:
        return s.replace("|", "\n").replace("/", "\n")

    # ---- body
    def body_lines_column(self, a: dict, text: str, first_para: bool, width: float,
                          indent: float, stop_at: int | None = None) -> list[str]:
        out = []
        for line, spread in wrap(text, width, indent):
            out.append(render_line(line, spread, self.rng, self.st))
        return out

    def dateline_text(self, a: dict) -> str:
        return self.P(a["dateline"])

    def body(self, a: dict, upto: str | None, width: float | None):
        aid = a["id"]
        pi, ci = self.cursor.get(aid, (0, 0))
        if upto is None:
            end = (len(a["chunks"]) - 1, len(a["chunks"][-1]) - 1)
        else:
            x, _, y = upto.partition(".")
            end = (int(x) - 1, int(y) if y else len(a["chunks"][int(x) - 1]) - 1)
        self.body_started.add(aid)
        w = width or self.width
        while (pi, ci) <= end:
            chunks = a["chunks"][pi]
            para = chunks[ci]
            sub = para.startswith("## ")
            lead = ""
            if pi == 0 and ci == 0:
                if a["lead"]:
                    lead = self.P(a["lead"])
                if a["dateline"]:
                    lead += self.dateline_text(a)
            if sub:
                self.add(para[3:])
                self.st["subheads"] += 1
            elif self.layout == "para":
                text = para
                if ci + 1 < len(chunks) and (pi, ci) == end:
                    pass
                if lead:
                    segs = lead.split("/")
                    for s in segs[:-1]:
                        self.add(s)
                        self.st["line break inside a dateline"] += 1
                    text = segs[-1] + text
                self.add(text)
                self.last_body_line = text
            else:
                # column: the cut marks only tell in which line the column ends; the
                # paragraph is set whole and cut after that line
                key = (aid, pi)
                if key not in self.wrapcache:
                    segs = lead.split("/") if lead else [""]
                    text = segs[-1] + "".join(chunks)
                    lines = wrap(text, w, 0.0 if len(segs) > 1 else 2.0)
                    if a["dateline"] and pi == 0:
                        lines = keep_tail(lines, len(segs[-1]))
                    rendered = [render_line(l, sp, self.rng, self.st) for l, sp in lines]
                    if a["dateline"] and pi == 0 and self.rng.random() < 0.4:
                        rendered[0] = " " + rendered[0]
                    ends, n = [], 0
                    for l, _ in lines:
                        n += sum(len(u) for u in l)
                        ends.append(n)
                    spaces_before = 0
                    cuts, off = [], len(segs[-1])
                    for c in chunks[:-1]:
                        off += len(c)
                        # first line that reaches the cut (spaces were dropped at starts)
                        k = next(k for k, e in enumerate(ends) if e >= off - 2)
                        cuts.append(k)
                    cuts.append(len(rendered) - 1)
                    self.wrapcache[key] = (segs[:-1], rendered, cuts)
                heads, rendered, cuts = self.wrapcache[key]
                if ci == 0:
                    for s in heads:
                        self.add(s)
                        self.st["line break inside a dateline"] += 1
                lo = cuts[ci - 1] + 1 if ci else 0
                ls = rendered[lo:cuts[ci] + 1]
                for l in ls:
                    self.add(l)
                if ls:
                    self.last_body_line = ls[-1]
            if ci + 1 < len(chunks):
                if (pi, ci) == end:
                    tag = a["tags"][pi][ci]
                    self.st["paragraph cuts continued later" + (f" ({TAGS[tag]})" if tag else "")] += 1
                ci += 1
            else:
                pi, ci = pi + 1, 0
            if pi >= len(a["chunks"]):
                break
        self.cursor[aid] = (pi, ci)

    def photo(self, a: dict, mode: str, width: float | None):
        cap = self.P(" ".join(a["paras"]))
        credit = self.P(a["byline"])
        if a["title"]:
            self.add(self.P(a["title"]))
        if mode == "inline":        # caption and credit on one line (column pages)
            ls = ["".join(l).strip() for l, _ in wrap(cap, width, 0)] if width else [cap]
            if credit:
                ls[-1] += " " + credit
            for l in ls:
                self.add(l)
        elif mode == "right":       # credit right-aligned on its own line
            self.add(cap)
            if credit:
                self.add(" " * (40 - len(credit)) + credit)
                self.st["credits right-aligned on their own line"] += 1
        elif mode == "nocredit":
            self.add(cap)
        else:                        # credit on its own line
            self.add(cap)
            if credit:
                self.add(credit)

    # ---- run the layout script
    def run(self):
        for cmd in self.p["layout"]:
            tight = cmd.startswith("+")
            if tight:
                cmd = cmd[1:]
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "x":                      # page furniture, kept in extras
                self.extra(rest, tight)
                self.st["masthead / box lines"] += 1
            elif op == "mark":                 # jump marker, in the article's `continued`
                self.add(rest, tight)
                self.st["jump markers"] += 1
            elif op == "head":
                a = self.p["arts"][args[0]]
                self.head(a, args[1] if len(args) > 1 else "stack", tight)
                if tight:
                    self.st["headlines bunched with other stories' headlines"] += 1
            elif op == "headdup":              # the title again, as a second identical line
                a = self.p["arts"][args[0]]
                t = clean_head(self.P(a["title"]))
                self.add(t, tight)
                self.dups.append(t)
                self.st["headline drawn twice"] += 1
            elif op == "label":
                a = self.p["arts"][args[0]]
                self.add(self.P(a["column"]), tight)
                self.st["column labels on their own line"] += 1
            elif op == "by":
                a = self.p["arts"][args[0]]
                b = self.P(a["byline"])
                if "|" in b:
                    self.st["line break inside a byline"] += 1
                if self.layout == "column":
                    for k, piece in enumerate(b.split("|")):
                        self.add(piece, tight and k == 0)
                else:
                    self.add(b.replace("|", "\n"), tight)
            elif op == "body":
                a = self.p["arts"][args[0]]
                upto = args[1] if len(args) > 1 and args[1] != "-" else None
                width = float(args[2]) if len(args) > 2 else None
                if tight:
                    self.join_next = True
                self.body(a, upto, width)
            elif op == "photo":
                a = self.p["arts"][args[0]]
                mode = args[1] if len(args) > 1 else "sep"
                width = float(args[2]) if len(args) > 2 else None
                self.photo(a, mode, width)
            elif op == "dupl":                 # the last body line printed again
                self.add(self.last_body_line, tight)
                self.dups.append(re.sub(r"\s+", "", self.last_body_line))
                self.st["lines printed twice"] += 1
            elif op == "dup":                  # a whole paragraph printed again
                a = self.p["arts"][args[0]]
                para = "".join(a["chunks"][int(args[1]) - 1])
                self.add(para, tight)
                self.dups.append(re.sub(r"\s+", "", para))
                self.st["lines printed twice"] += 1
            elif op == "raw":
                self.add(rest, tight)
            else:
                raise SystemExit(f"{self.src.name}: unknown layout command {cmd!r}")
        for aid, a in self.p["arts"].items():
            pi, _ = self.cursor.get(aid, (0, 0))
            if a["kind"] != "photo" and pi < len(a["chunks"]):
                raise SystemExit(f"{self.src.name}: body of {aid} not fully placed")

    def text(self) -> str:
        lead = "\n\n" if self.layout == "para" else ""
        return lead + "\n\n".join(self.rows) + "\n"

    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.p["order"]:
            a = self.p["arts"][aid]
            paras, subs = [], []
            for para in a["paras"]:
                t = self.P(re.sub(r"¦(?:\[\w+\])?", "", para))
                if t.startswith("## "):
                    subs.append(t[3:])
                    t = t[3:]
                paras.append(re.sub(r"\s+", "", t))
            if a["kind"] == "photo":
                paras = [re.sub(r"\s+", "", self.P(" ".join(a["paras"])))]
            arts.append({
                "kind": a["kind"],
                "column": self.P(a["column"]),
                "kicker": clean_head(self.P(a["kicker"])),
                "title": clean_head(self.P(a["title"])),
                "subtitle": clean_head(self.P(a["subtitle"])),
                "byline": clean_head(self.P(a["byline"])),
                "dateline": self.P(a["dateline"]).replace("/", ""),
                "continued": a["continued"],
                "subheads": subs,
                "paragraphs": paras,
            })
        m = self.m
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": int(m["issue"]) if m.get("issue") else None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


TAGS = {"v": "between a verb and its figure", "u": "between a figure and its unit",
        "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
        "c": "column break, nothing between"}


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    total = Stats()
    rows = []
    for k, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        name = f"{k:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.st)
        nchar = len(re.sub(r"\s+", "", text))
        m = pg.m
        rows.append(f"| {name}.txt | {m['date']} | {m['page']} | {m['layout']} | {pg.punct} | "
                    f"{len(gold['articles'])} | {nchar} | {m.get('subjects', '')} |")
    ph = [f"| {k} | {v} |" for k, v in sorted(total.items())]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + "\n".join(ph))
    readme = readme.replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | "
                            "articles | characters | subjects |\n|---|---|---|---|---|---|---|---|\n"
                            + "\n".join(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
