#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (layout spaces, stretched lines)
comes from a random.Random seeded by the source file name, so the output is
the same byte for byte on every run.  See README.in for the source format.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

BR = "⏎"            # forced line break inside a headline / byline / dateline
CUT = "¦"           # cut point inside an article body, followed by a type letter
CUT_TYPES = {
    "p": "between paragraphs",
    "v": "between a verb and its figure",
    "u": "between a figure and its unit",
    "w": "inside a word",
    "q": "inside a quoted term",
    "n": "inside a person's name",
    "d": "inside the name of a government department",
    "s": "inside a sentence (other)",
}
CLOSING = set("，。、；：？！”’）》%,;:)?!")
OPENING = set("“‘（《(")
PAUSE = set("，。、；：？！")
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
WEEKDAYS = "一二三四五六日"


# --------------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.aid, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.width = 17
        self.paras: list[str] = []     # raw source paragraphs (with cut marks, '## ')
        self.segments: list[list[tuple]] = []
        self.next_seg = 0
        self.printed_blocks: list[list[str]] = []


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                in_layout, cur = True, None
            else:
                cur = Article(parts[0], parts[1])
                arts[cur.aid] = cur
            continue
        if in_layout:
            layout.append(line)
        elif cur is None:
            k, _, v = line.partition(" ")
            meta[k] = v.strip()
        elif line.startswith("> "):
            cur.paras.append(line[2:])
        elif line.startswith("width "):
            cur.width = float(line.split()[1])
        else:
            k, sep, v = line.partition(": ")
            if not sep or k not in cur.f:
                raise SystemExit(f"{path.name}: bad line {line!r}")
            cur.f[k] = v
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def punct(text: str, mode: str) -> str:
    if mode == "full":
        return text
    text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = (text.replace("，", ",").replace("；", ";").replace("：", ":")
                .replace("？", "?").replace("！", "!"))
    return text


def clean(text: str) -> str:
    """Gold text of a source string: marks removed, no spaces between CJK."""
    text = re.sub(CUT + "[a-z]", "", text).replace(BR, "")
    return text


def strip_cjk_spaces(text: str) -> str:
    return re.sub(r"(?<=[^\x00-\x7f]) +|  +| +(?=[^\x00-\x7f])", "", text)


# --------------------------------------------------------------- column flow
def tokens(text: str):
    """Layout tokens: runs of ASCII letters/figures, single characters, and glued
    spans (\x01…\x02) that must not be broken over two lines."""
    return re.findall(r"\x01[^\x02]*\x02|[0-9A-Za-z.%+\-/×:,;()?!]+|.", text)


def glue_tail(text: str, n: int = 4) -> str:
    """Glue the last n characters of a dateline or caption, so that the piece of it
    that shares a line with other text is never shorter than n characters."""
    core = text.rstrip()
    i, got = len(core), 0
    while i > 0 and got < n:
        i -= 1
        if not core[i].isspace():
            got += 1
    return core[:i] + "\x01" + core[i:] + "\x02" + text[len(core):]


def tok_width(t: str) -> float:
    if t.startswith("\x01"):
        return sum(tok_width(c) for c in t[1:-1])
    if re.match(r"[\x00-\x7f]", t):
        return 0.5 * len(t)
    return 1.0


class Composer:
    def __init__(self, name: str, meta: dict, arts: dict, layout: list[str]):
        self.name, self.meta, self.arts, self.layout = name, meta, arts, layout
        self.rng = random.Random(name)
        self.mode = meta.get("punct", "full")
        self.column = meta["layout"] == "column"
        self.blocks: list[list[str]] = []
        self.extras: list[str] = []
        self.duplicates: list[str] = []
        self.stats = Counter()
        self.seen_body: set[str] = set()
        self.last_directive = ""
        self.last_body_aid = None
        self.last_head_had_title = False

    # ---- helpers
    def p(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, lines: list[str], aid: str | None = None):
        self.blocks.append(lines)
        if aid:
            self.arts[aid].printed_blocks.append(lines)

    def segment(self, a: Article):
        if not a.segments:
            segs, cur = [], []
            for pi, para in enumerate(a.paras):
                parts = re.split(CUT + "([a-z])", para)
                texts, types = parts[0::2], parts[1::2]
                for j, t in enumerate(texts):
                    if j > 0:
                        self.stats["cut: " + CUT_TYPES[types[j - 1]]] += 1
                        if cur:
                            segs.append(cur)
                        cur = []
                    if t:
                        cur.append((pi, t, j == 0, j == len(texts) - 1))
            if cur:
                segs.append(cur)
            a.segments = segs
        return a.segments

    # ---- column lines
    def flow(self, text: str, width: float) -> list[tuple[str, bool]]:
        """Break text into column lines; returns (line, stretched)."""
        out = []
        for chunk in text.split(BR):
            toks = tokens(chunk)
            i, lines = 0, []
            while i < len(toks):
                used, line = 0.0, []
                while i < len(toks):
                    t = toks[i]
                    w = tok_width(t)
                    if used + w <= width or not line:
                        line.append(t)
                        used += w
                        i += 1
                        continue
                    while i < len(toks) and toks[i] in CLOSING:   # no closing mark at line start
                        line.append(toks[i])
                        used += tok_width(toks[i])
                        i += 1
                    break
                while len(line) > 1 and line[-1] in OPENING and i < len(toks):
                    line.pop()                 # no opening mark at line end
                    i -= 1
                    used -= 1
                lines.append((line, width - used))
            for k, (line, slack) in enumerate(lines):
                last = k == len(lines) - 1
                marks = sum(1 for t in line if t in CLOSING | OPENING)
                # a short line is spread; so is, often, a line whose marks were
                # squeezed to a half em (seeds: 4-5 % of column lines)
                stretched = (not last) and len(line) > 4 and (
                    slack >= 1.0 or (marks >= 2 and self.rng.random() < 0.15))
                out.append((line, stretched))
        return out

    def render(self, line: list[str], stretched: bool) -> str:
        rng = self.rng
        s = ""
        if stretched:
            self.stats["justified line spread with spaces"] += 1
            line = [t for t in line if t != " "]
            for k, t in enumerate(line):
                s += t
                if k + 1 < len(line):
                    nxt = line[k + 1]
                    if t in CLOSING - {"%"} or nxt in OPENING:
                        continue
                    s += " "
            return s.replace("\x01", "").replace("\x02", "")
        for k, t in enumerate(line):
            prev = line[k - 1] if k else ""
            nxt = line[k + 1] if k + 1 < len(line) else ""
            ascii_run = bool(re.match(r"[0-9]", t))
            if ascii_run and prev and not re.match(r"[\x00-\x7f]", prev) and prev not in CLOSING | OPENING:
                if rng.random() < 0.75:
                    s += " "
                    self.stats["space around a number run"] += 1
            if t in ("、", "，") and re.match(r"[0-9%]", prev or "x") and rng.random() < 0.35:
                s += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            if t == "%" and rng.random() < 0.12:
                s += " "
                self.stats["glyph-gap space before %"] += 1
            s += t
            if ascii_run and nxt and not re.match(r"[\x00-\x7f]", nxt) and nxt not in CLOSING and rng.random() < 0.5:
                s += " "
                self.stats["space around a number run"] += 1
            if t in ("“", "（") and nxt and rng.random() < 0.07:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s.replace("\x01", "").replace("\x02", "")

    # ---- directives
    def do_head(self, a: Article, spec: str):
        lead = spec.startswith("^")
        spec = spec.lstrip("^")
        roles = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
        parts = re.split(r"(//|/|_|\+)", spec)
        used = Counter()
        block: list[str] = []
        cur = ""
        for part in parts:
            if part in ("//", "/", "_", "+"):
                if part == "_":
                    cur += " "
                elif part == "/":
                    block.append(cur)
                    cur = ""
                elif part == "//":
                    block.append(cur)
                    self.emit(block, a.aid)
                    block, cur = [], ""
                continue
            role = roles[part[0]]
            text = self.p(a.f[role])
            if not text:
                raise SystemExit(f"{self.name}: {a.aid} has no {role}")
            used[role] += 1
            if used[role] == 2 or part.endswith("2"):
                self.duplicates.append(clean(text).replace(BR, ""))
                self.stats["headline drawn twice"] += 1
            if part.endswith("2"):
                text = text.replace(BR, "") + " " + text.replace(BR, "")
            if BR in text:
                pieces = text.split(BR)
                if role == "byline":
                    self.stats["line break inside a byline"] += 1
                elif len(pieces[-1]) <= 3:
                    self.stats["headline's last word alone on a line"] += 1
                else:
                    self.stats["headline broken over two lines"] += 1
                cur += pieces[0]
                for pc in pieces[1:]:
                    block.append(cur)
                    cur = pc
            else:
                cur += text
        block.append(cur)
        if lead:
            block[0] = " " + block[0]
            self.stats["leading space before a headline"] += 1
        self.emit(block, a.aid)
        has_head = bool(re.search(r"[kts]", spec))
        if has_head and a.aid in self.seen_body:
            self.stats["headline printed after its body"] += 1
        prev = self.last_directive.split()
        if has_head and prev[:1] == ["head"] and prev[1] != a.aid and self.last_head_had_title:
            self.stats["headline bunched with another story's headline"] += 1
        self.last_head_had_title = has_head

    def do_body(self, a: Article, opts: list[str]):
        segs = self.segment(a)
        if a.next_seg >= len(segs):
            raise SystemExit(f"{self.name}: {a.aid} has no segment left")
        seg = segs[a.next_seg]
        first = a.next_seg == 0
        if self.last_directive == "body " + a.aid and self.last_body_aid == a.aid:
            self.stats["paragraph split by a column break, nothing between"] += 1
        elif not first:
            self.stats["story continued after a piece of another"] += 1
        a.next_seg += 1
        self.seen_body.add(a.aid)
        for k, (pi, text, starts, ends) in enumerate(seg):
            text = self.p(text)
            if text.startswith("## "):
                sub = text[3:]
                self.emit([sub], a.aid)
                continue
            if first and k == 0 and a.f["dateline"] and "nodate" not in opts:
                dl = self.p(a.f["dateline"])
                if BR in dl:
                    self.stats["line break inside a dateline"] += 1
                text = (glue_tail(dl) if self.column else dl) + text
            if self.column:
                w = a.width
                for line, st in self.flow(text, w):
                    self.emit([self.render(line, st)], a.aid)
            else:
                for piece in text.split(BR):
                    self.emit([piece], a.aid)

    def do_photo(self, a: Article, opts: list[str]):
        cap = self.p(a.paras[0])
        credit = self.p(a.f["byline"])
        how = opts[0] if opts else "inline"
        wrap = int(opts[1]) if len(opts) > 1 else 0
        lines = [cap]
        if wrap and self.column:
            lines = [self.render(line, False) for line, st in self.flow(glue_tail(cap), wrap)]
        if how == "inline" and credit:
            lines[-1] += "  " + credit
        for line in lines:
            self.emit([line], a.aid)
        for extra in a.paras[1:]:
            self.emit([self.p(extra)], a.aid)
        if how == "own" and credit:
            self.emit([" " * 40 + credit], a.aid)
            self.stats["credit right-aligned on its own line"] += 1

    def run(self):
        for d in self.layout:
            cmd, _, rest = d.strip().partition(" ")
            args = rest.split()
            if cmd == "head":
                self.do_head(self.arts[args[0]], args[1])
            elif cmd == "body":
                self.do_body(self.arts[args[0]], args[1:])
            elif cmd == "photo":
                self.do_photo(self.arts[args[0]], args[1:])
            elif cmd == "line":
                self.emit([rest])
                if re.search("[下上紧]接|下转", rest):
                    self.stats["jump marker"] += 1
            elif cmd == "extra":
                pieces = rest.split("|")
                for pc in pieces:
                    self.emit(pc.split(BR))
                self.extras.append(re.sub(r"\s+", "", self.p(rest.replace("|", "").replace(BR, ""))))
                self.stats["box line / page furniture (extras)"] += 1
            elif cmd == "mast":
                pieces = rest.split("|")
                for pc in pieces:
                    self.emit(pc.split(BR))
                    if re.search(r"\d [^\d\s]", pc):
                        self.stats["masthead pieces merged on one line"] += 1
                self.extras.append(re.sub(r"\s+", "", rest.replace("|", "").replace(BR, "")))
                self.stats["masthead pieces in drawing order"] += len(pieces)
            elif cmd == "again":
                blk = self.blocks[-1]
                self.emit(list(blk))
                self.duplicates.append("".join(blk).strip())
                self.stats["line printed twice"] += 1
            elif cmd == "repeat":
                a = self.arts[args[0]]
                blk = a.printed_blocks[-1]
                self.emit(list(blk))
                self.duplicates.append("".join(blk).strip())
                self.stats["line printed twice"] += 1
            elif cmd == "blank":
                self.emit([])
            else:
                raise SystemExit(f"{self.name}: unknown directive {d!r}")
            self.last_directive = cmd + " " + (args[0] if args else "")
            if cmd == "body":
                self.last_body_aid = args[0]
        for a in self.arts.values():
            if a.kind != "photo" and a.next_seg != len(self.segment(a)):
                raise SystemExit(f"{self.name}: {a.aid} printed {a.next_seg} of {len(a.segments)} segments")
        lead = "\n" if not self.column else ""
        text = lead + "\n\n".join("\n".join(b) for b in self.blocks) + "\n"
        return text

    def gold(self, source_name: str) -> dict:
        m = self.meta
        arts = []
        order = self.meta.get("order", "").split() or list(self.arts)
        for aid in order:
            a = self.arts[aid]
            g = {"kind": a.kind}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                g[k] = self.p(clean(a.f[k]))
            subs, paras = [], []
            for para in a.paras:
                t = self.p(clean(para))
                if t.startswith("## "):
                    subs.append(t[3:])
                    t = t[3:]
                paras.append(strip_cjk_spaces(t))
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        return {
            "source": source_name,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number"),
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.duplicates,
        }


def compose_one(src: Path):
    meta, arts, layout = parse_source(src)
    c = Composer(src.name, meta, arts, layout)
    text = c.run()
    return meta, c, text


def build():
    """Return {relative path: bytes} for everything compose writes, plus tables."""
    out = {}
    rows, phen = [], Counter()
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), start=1):
        meta, c, text = compose_one(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{n:03d}_{h}"
        gold = c.gold(base + ".txt")
        out[f"pages/{base}.txt"] = text.encode("utf-8")
        out[f"gold/{base}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        phen.update(c.stats)
        chars = len(re.sub(r"\s", "", text))
        date = dt.date.fromisoformat(meta["date"])
        rows.append((base + ".txt", f"{meta['date']} ({'周' + WEEKDAYS[date.weekday()]})",
                     meta.get("paper_page", "?"), meta["layout"], meta.get("punct", "full"),
                     len(gold["articles"]), chars, meta.get("subjects", "")))
    phen_tab = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(phen.items()):
        phen_tab.append(f"| {k} | {v} |")
    page_tab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        page_tab.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(phen_tab)).replace("{{PAGES}}", "\n".join(page_tab))
    out["README.md"] = readme.encode("utf-8")
    return out, phen, rows


def main():
    out, phen, rows = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, data in out.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
