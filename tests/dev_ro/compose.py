#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) into raw pages and gold.

    python3 compose.py      # writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，、。；：！？）》”’,;:!?)%")
OPEN = set("（《“‘(")
FULLP = set("，、。；：！？（）《》“”‘’")
CUT = "‖"


# ---------------------------------------------------------------- source parsing
def parse(path: Path):
    meta, arts, layout = {}, OrderedDict(), []
    cur = None
    mode = "meta"
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("== "):
            name = line[3:].strip()
            if name == "layout":
                mode = "layout"
                continue
            cur = {"name": name, "paras": []}
            for f in FIELDS:
                cur[f] = ""
            arts[name] = cur
            mode = "fields"
            continue
        if mode == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        elif mode == "fields":
            if line.strip() == "text:":
                mode = "text"
            elif ":" in line:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        elif mode == "text":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def gold_text(s: str) -> str:
    return s.replace("¦", "").replace(CUT, "")


# ---------------------------------------------------------------- article parts
def parts_of(art):
    """Split the article body at cut marks. Returns a list of parts; each part is a
    list of (piece_text, starts_paragraph, is_subhead)."""
    parts = [[]]
    for para in art["paras"]:
        sub = para.startswith("## ")
        text = para[3:] if sub else para
        segs = text.split(CUT)
        for i, seg in enumerate(segs):
            if i > 0:
                parts.append([])
            if seg:
                parts[-1].append((seg, i == 0, sub))
    return parts


# ---------------------------------------------------------------- raw-text artefacts
def tokens(s: str):
    return re.findall(r"[0-9A-Za-z.%+×]+|.", s)


def width(tok: str) -> float:
    if tok == " ":
        return 0.0
    if re.match(r"[0-9A-Za-z.%+×]", tok):
        return 0.5 * len(tok)
    if tok in FULLP:
        return 0.55
    return 1.0


def numspace(s: str, rng, st) -> str:
    """PDF glyph gaps: spaces around number runs, before %, after an opening quote."""
    if not st.get("num"):
        return s
    out = []
    toks = tokens(s)
    for i, t in enumerate(toks):
        isnum = bool(re.match(r"[0-9]", t))
        prev = toks[i - 1] if i else ""
        if isnum and prev and prev not in OPEN and not re.match(r"[0-9A-Za-z ]", prev):
            if rng.random() < st["num"]:
                out.append(" ")
        if isnum and t.endswith("%") and rng.random() < st.get("pct", 0):
            t = t[:-1] + " %"
        out.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if isnum and nxt and re.match(r"[\u4e00-\u9fff]", nxt) and rng.random() < st["num"] * 0.7:
            out.append(" ")
        if t == "“" and nxt and rng.random() < st.get("quote", 0):
            out.append(" ")
        if t in "、，" and i > 0 and rng.random() < st.get("gap", 0):
            out.insert(len(out) - 1, " ")
    return "".join(out)


def spread(s: str) -> str:
    toks = [t for t in tokens(s) if t != " "]
    out = []
    for i, t in enumerate(toks):
        if i:
            a = toks[i - 1]
            if a not in CLOSE and t not in OPEN:
                out.append(" ")
        out.append(t)
    return "".join(out)


def wrap(text: str, w: float, indent: bool, guard: int = -1):
    """Fill column lines of width w em. A new line never starts 1-3 characters
    before position guard (the end of a dateline), so no dateline scrap of
    fewer than four characters is left at the head of a line."""
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    limit = w - (2 if indent else 0)
    pos = 0                       # characters consumed before cur
    for t in toks:
        tw = width(t)
        if cur and cw + tw > limit + 0.01 and t not in CLOSE:
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            start = pos + sum(len(x) for x in cur)
            while cur and 0 < guard - start < 4:
                carry.insert(0, cur.pop())
                start -= len(carry[0])
            lines.append("".join(cur))
            pos = start
            cur, cw, limit = carry, sum(width(x) for x in carry), w
        cur.append(t)
        cw += tw
    if cur:
        lines.append("".join(cur))
    return lines


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, self.arts, self.layout = parse(src)
        m = self.meta
        self.kind = m.get("layout", "para")
        self.style = m.get("punct", "full")
        self.width = float(m.get("width", "17"))
        self.st = {k: float(m[k]) for k in ("num", "pct", "quote", "gap", "spread") if k in m}
        self.out = []          # list of [sep_newlines, raw_line, clean_text]
        self.extras, self.dups = [], []
        self.counts = Counter()
        self.nextsep = None

    # low-level emit ------------------------------------------------------------
    def emit(self, raw, clean, sep=None):
        if sep is None:
            sep = self.nextsep if self.nextsep is not None else 2
        self.nextsep = None
        self.out.append([sep, raw, clean])

    def P(self, s):
        return punct(s, self.style)

    # pieces ------------------------------------------------------------------
    def emit_multi(self, text, tight=True, first_sep=None):
        """A field that may hold '/' line breaks (printed as single newlines)."""
        segs = [x.strip() for x in self.P(text).split("¦")]
        for i, seg in enumerate(segs):
            self.emit(seg, seg, first_sep if i == 0 else (1 if tight else 2))
        if len(segs) > 1:
            self.counts["line break inside a headline/byline/dateline"] += 1

    def head(self, a, mode):
        elems = [a[f] for f in ("kicker", "title", "subtitle") if a[f]]
        if not elems:
            return
        if mode == "one":
            line = " ".join(self.P(e).replace("¦", "") for e in elems)
            self.emit(line, line)
            self.counts["headline stack on one line"] += 1
            return
        for i, e in enumerate(elems):
            self.emit_multi(e, first_sep=(1 if (mode == "tight" and i) else None))
        self.counts["headline lines"] += len(elems)

    def body(self, a, which):
        parts = parts_of(a)
        if which is None:
            idx = range(len(parts))
        elif "-" in which:
            lo, hi = which.split("-")
            idx = range(int(lo), int(hi) + 1)
        else:
            idx = [int(which)]
        for k in idx:
            for j, (seg, starts, sub) in enumerate(parts[k]):
                text = self.P(seg)
                lead = ""
                if k == 0 and j == 0 and a["dateline"]:
                    lead = self.P(a["dateline"])
                if sub:
                    self.emit(text, text)
                    self.counts["crossheads"] += 1
                    continue
                if self.kind == "para":
                    full = lead + text
                    if "¦" in full:
                        # a forced break inside the dateline (para layout)
                        x, y = full.split("¦", 1)
                        self.emit(x.rstrip(), x)
                        self.emit(y, y, 1)
                    else:
                        raw = numspace(full, self.rng, self.st)
                        self.emit(raw, full)
                else:
                    self.column_lines(lead + text, starts, guard=len(gold_text(lead)))
            if k != idx[-1] or which is not None:
                pass

    def column_lines(self, text, indent, w=None, guard=-1):
        w = w or self.width
        chunks = text.split("¦")
        for ci, chunk in enumerate(chunks):
            if ci < len(chunks) - 1:
                g = -1
            else:
                g = guard - len("".join(chunks[:-1])) - (len(chunk) - len(chunk.lstrip()))
            lines = wrap(chunk.lstrip(), w, indent and ci == 0, g)
            for li, ln in enumerate(lines):
                raw = numspace(ln, self.rng, self.st)
                last = li == len(lines) - 1
                if (not last and any(c in FULLP for c in ln[1:-1])
                        and self.rng.random() < self.st.get("spread", 0.06)):
                    raw = spread(raw)
                    self.counts["justified lines spread with spaces"] += 1
                self.emit(raw.rstrip(), ln)
            if ci < len(chunks) - 1:
                self.counts["line break inside a headline/byline/dateline"] += 1

    def photo(self, a, mode):
        if a["title"]:
            self.emit(self.P(a["title"]), a["title"], 4 if self.kind == "para" else None)
        caps = [self.P(p) for p in a["paras"]]
        cred = self.P(a["byline"])
        for i, c in enumerate(caps):
            last = i == len(caps) - 1
            sep = 4 if (i == 0 and not a["title"] and self.kind == "para") else None
            if last and mode == "inline" and cred:
                c = c + " " + cred
            if self.kind == "column" and len(c) > 44:
                ls = wrap(c, 44, False)
                for k, ln in enumerate(ls):
                    self.emit(ln, ln, sep if k == 0 else None)
            else:
                self.emit(c, c, sep)
        if cred and mode == "own":
            self.emit(cred, cred)
        if cred and mode == "right":
            pad = " " * (30 + self.rng.randrange(12))
            self.emit(pad + cred, cred)
            self.counts["right-aligned credit lines"] += 1
        self.counts["photo / cartoon pieces"] += 1

    # layout ------------------------------------------------------------------
    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "extra":
                pieces = [x.strip() for x in rest.split("|")]
                joined = []
                for i, p in enumerate(pieces):
                    sub = [y.strip() for y in p.split("+")]
                    for j, y in enumerate(sub):
                        self.emit(y, y, 1 if j else None)
                        joined.append(y)
                        if " " in y and re.search(r"\d 星期", y):
                            self.counts["merged masthead pieces"] += 1
                self.extras.append("".join(joined))
                self.counts["page furniture lines (masthead, boxes)"] += len(joined)
            elif op == "head":
                self.head(self.arts[args[0]], args[1] if len(args) > 1 else "stack")
            elif op == "col":
                a = self.arts[args[0]]
                self.emit_multi(a["column"])
                self.counts["column labels"] += 1
            elif op == "by":
                a = self.arts[args[0]]
                self.emit_multi(a["byline"])
                self.counts["byline lines"] += 1
            elif op == "body":
                self.body(self.arts[args[0]], args[1] if len(args) > 1 else None)
            elif op == "mark":
                self.emit(rest.split(" ", 1)[1], "")
                self.counts["jump markers"] += 1
            elif op == "photo":
                self.photo(self.arts[args[0]], args[1] if len(args) > 1 else "inline")
            elif op == "dup":
                n = int(args[0]) if args else 1
                sep, raw, clean = self.out[-n]
                self.emit(raw, clean)
                self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", clean))
                self.counts["lines printed twice"] += 1
            elif op == "dup2":
                a = self.arts[args[0]]
                t = self.P(a["title"]).replace("¦", "")
                self.emit(t, t)
                self.dups.append(t)
                self.counts["headline drawn twice (two lines)"] += 1
            elif op == "dupone":
                a = self.arts[args[0]]
                t = self.P(a["title"]).replace("¦", "")
                k = max(i for i, o in enumerate(self.out) if o[2] == t)
                self.out[k][1] = self.out[k][1] + t
                self.dups.append(t)
                self.counts["headline drawn twice (one line)"] += 1
            elif op == "gap":
                self.nextsep = int(args[0]) + 1
            elif op == "tight":
                self.nextsep = 1
            elif op == "merge":
                # masthead pieces drawn merged on one line, e.g. "31 星期六"
                a, b = self.out[-2], self.out[-1]
                a[1] = a[1] + " " + b[1]
                self.out.pop()
                self.counts["merged masthead pieces"] += 1
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")

    def text(self):
        parts = []
        lead = "\n\n" if self.kind == "para" else ""
        for i, (sep, raw, _) in enumerate(self.out):
            if i == 0:
                parts.append(lead + (" " if self.kind == "column" else "") + raw)
            else:
                parts.append("\n" * sep + raw)
        tail = "\n\n\n" if self.kind == "column" else ""
        return "".join(parts) + tail

    def gold(self, fname):
        m = self.meta
        arts = []
        for a in self.arts.values():
            paras = []
            subs = []
            for p in a["paras"]:
                if p.startswith("## "):
                    subs.append(self.P(gold_text(p[3:])))
                    paras.append(self.P(gold_text(p[3:])).replace(" ", ""))
                else:
                    paras.append(self.P(gold_text(p)))
            rec = OrderedDict()
            for f in FIELDS:
                v = a[f]
                rec[f] = self.P(gold_text(v)) if f != "kind" else v
            rec["subheads"] = subs
            rec["paragraphs"] = paras
            arts.append(rec)
        g = OrderedDict()
        g["source"] = fname
        g["issue_date"] = m["date"]
        g["issue_number"] = m.get("issue") or None
        g["page_count"] = int(m["pagecount"]) if m.get("pagecount") else None
        g["articles"] = arts
        g["extras"] = self.extras
        g["duplicates"] = self.dups
        return g


def table(rows):
    head = rows[0]
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows[1:]:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def main():
    pages_dir, gold_dir = HERE / "pages", HERE / "gold"
    for d in (pages_dir, gold_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    total = Counter()
    rows = [["file", "issue date", "page", "layout", "punctuation", "articles", "characters", "subjects"]]
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (pages_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        g = pg.gold(f"{name}.txt")
        (gold_dir / f"{name}.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        kinds = Counter(a["kind"] for a in g["articles"])
        for k, v in kinds.items():
            total[f"articles of kind {k}"] += v
        total.update(pg.counts)
        if g["issue_number"]:
            total["front pages (masthead, issue number, page count)"] += 1
        for a in g["articles"]:
            if a["dateline"]:
                total["datelines with " + ("电" if "电（" in a["dateline"] or "电(" in a["dateline"] else "讯")] += 1
            if a["continued"]:
                total["articles with a jump (continued)"] += 1
        nchar = len(re.sub(r"\s", "", text))
        total["spaces after an opening quote"] += text.count("“ ")
        total["spaces around number runs"] += len(re.findall(r"[^\x00-\x7f] (?=\d)|(?<=\d) (?=[^\x00-\x7f%])", text))
        total["space before %"] += text.count(" %")
        ncut = sum(p.count("‖") for a in pg.arts.values() for p in a["paras"])
        total[f"cuts inside paragraphs ({pg.kind} layout)"] += ncut
        total[f"pages in {pg.kind} layout"] += 1
        rows.append([f"{name}.txt", g["issue_date"], pg.meta.get("page", ""), pg.kind,
                     pg.style, len(g["articles"]), nchar, pg.meta.get("subjects", "")])
    prow = [["phenomenon", "count"]] + sorted([k, v] for k, v in total.items())
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", table(prow)).replace("{{PAGES}}", table(rows))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
