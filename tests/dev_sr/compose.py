#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files
(pages/NNN_<sha16>.txt), gold annotations (gold/NNN_<sha16>.json) and README.md.

Standard library only.  Deterministic: every small choice is drawn from a
random.Random seeded by the source file name.

Source format: see README.in (section "Source format").
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
SRC = HERE / "src"

CLOSING = set("，。、；：！？）》”’%,.;:!?)")
OPENING = set("“‘（《(")
CUT_TYPES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a name",
    "p": "cut at a clause boundary",
}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.marker = ""
        self.paras = []          # raw paragraph source strings (with cuts, ^)
        self.subheads = []
        self.numsp = None


def parse(path: Path):
    meta, arts, layout = {}, [], []
    cur, mode = None, None
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#!"):
            continue
        if ln.startswith("@meta"):
            mode = "meta"
            continue
        if ln.startswith("@art "):
            _, aid, kind = ln.split()
            cur = Article(aid, kind)
            arts.append(cur)
            mode = "fields"
            continue
        if ln.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "meta":
            k, _, v = ln.partition(" ")
            meta[k] = v.strip()
        elif mode == "fields":
            k, _, v = ln.partition(" ")
            if k == "text":
                mode = "text"
            elif k in FIELDS:
                cur.f[k] = v.strip()
            elif k == "marker":
                cur.marker = v.strip()
            elif k == "numsp":
                cur.numsp = v.strip()
            else:
                raise SystemExit(f"{path.name}: unknown field {k!r}")
        elif mode == "text":
            s = ln.strip()
            if s.startswith("## "):
                cur.subheads.append(s[3:].strip())
                cur.paras.append(s[3:].strip())
            else:
                cur.paras.append(s)
        elif mode == "layout":
            layout.append(ln.strip())
    return meta, arts, layout


# ------------------------------------------------------------ punctuation
def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text: cut marks and forced breaks removed."""
    s = re.sub(r"\|[a-z]", "", s)
    return s.replace("^", "")


# --------------------------------------------------------------- layout
TOKEN = re.compile(r"\|[a-z]|\^|[0-9A-Za-z][0-9A-Za-z.%+\-/]*|.", re.S)
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*")


def width(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def wrap(text: str, w: float, indent: float):
    """Break text (no cut marks) into printed column lines of w em."""
    lines, cur, curw = [], [], indent
    for tok in TOKEN.findall(text):
        if tok == "^":
            lines.append(cur)
            cur, curw = [], 0.0
            continue
        tw = width(tok)
        if cur and curw + tw > w + 0.01:
            if tok in CLOSING:                  # hanging punctuation
                cur.append(tok)
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            carry = []
            while cur and cur[-1] in OPENING:   # no line ends with an opening mark
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry + [tok]
            curw = sum(width(t) for t in cur)
        else:
            cur.append(tok)
            curw += tw
    if cur:
        lines.append(cur)
    return [l for l in lines if l]


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, self.arts, self.layout = parse(src)
        self.by_id = {a.id: a for a in self.arts}
        self.pm = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.blocks = []          # list of (lines, sep_before)
        self.extras, self.dups, self.residue = [], [], []
        self.count = Counter()
        self.pos = {a.id: 0 for a in self.arts}       # next segment index
        self.segs = {a.id: self.segments(a) for a in self.arts}
        self.dl_done = set()
        self.pending = None
        self.lines_out = []       # flat list of printed text lines (for dup)
        for a in self.arts:
            if a.numsp is None:
                a.numsp = self.rng.choice(["both", "both", "before", "none", "mixed"])

    # segments: list of (para_index, starts_para, text, cut_type_after)
    def segments(self, a):
        out = []
        for i, p in enumerate(a.paras):
            parts = re.split(r"(\|[a-z])", punct(p, self.pm))
            for j in range(0, len(parts), 2):
                cut = parts[j + 1][1] if j + 1 < len(parts) else None
                out.append((i, j == 0, parts[j], cut))
        return out

    def emit(self, lines):
        sep = self.pending or "\n\n"
        self.pending = None
        self.blocks.append((lines, sep))
        self.lines_out.extend(lines)

    # ------------------------------------------------ line dressing (column)
    def numspace(self, line: str, mode: str) -> str:
        if mode == "none":
            return line

        def rep(m):
            s, a, b = m.group(0), m.start(), m.end()
            if not re.search(r"[0-9]", s) and len(s) < 2:
                return s
            before = a > 0 and line[a - 1] not in CLOSING and line[a - 1] not in OPENING and line[a - 1] != " "
            after = b < len(line) and line[b] not in CLOSING and line[b] not in OPENING
            m_ = mode if mode != "mixed" else self.rng.choice(["both", "before"])
            if "讯" in line[b:b + 4] or "电" in line[b:b + 4]:
                m_ = "before"
            out = s
            if "%" in s and self.rng.random() < 0.15:
                out = out.replace("%", " %")
                self.count["space before %"] += 1
            if before:
                out = " " + out
            if after and m_ == "both":
                out = out + " "
            if out != s:
                self.count["number run set off by spaces"] += 1
            return out
        return ASCII_RUN.sub(rep, line)

    def spread(self, line: str) -> str:
        toks = [t for t in TOKEN.findall(line) if not t.isspace()]
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i + 1 < len(toks):
                nxt = toks[i + 1]
                if t in CLOSING or t in "（《(":
                    continue
                if nxt in "“‘（《(":
                    continue
                out.append(" ")
        return "".join(out)

    def gaps(self, line: str) -> str:
        cands = [i for i, c in enumerate(line) if c in "、，。；“" and 0 < i < len(line) - 1]
        if not cands:
            return line
        i = self.rng.choice(cands)
        if line[i] == "“":
            self.count["space after an opening quote"] += 1
            return line[:i + 1] + " " + line[i + 1:]
        self.count["glyph-gap space before full-width punctuation"] += 1
        return line[:i] + " " + line[i:]

    def dress(self, toks_lines, a, full_flags):
        out = []
        for toks, full in zip(toks_lines, full_flags):
            line = "".join(toks).strip()
            if full and len(toks) >= 8 and self.rng.random() < 0.08:
                line = self.spread(line)
                self.count["justified line spread with spaces"] += 1
            else:
                line = self.numspace(line, a.numsp)
                if self.rng.random() < 0.05:
                    line = self.gaps(line)
            out.append(line)
        return out

    # --------------------------------------------------------- directives
    def head_parts(self, a):
        return [punct(a.f[k], self.pm) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def d_head(self, a, mode):
        parts = self.head_parts(a)
        self.count["headline stacks printed"] += 1
        if len(parts) > 1:
            self.count[f"headline stack of {len(parts)} lines"] += 1
        for p in parts:
            if "^" in p:
                tail = p.split("^")[-1]
                self.count["headline line broken across two lines"] += 1
                if len(tail) <= 3:
                    self.count["headline's last word left alone on a line"] += 1
        title = punct(a.f["title"], self.pm)
        if mode == "one":
            self.emit([" ".join(p.replace("^", "") for p in parts)])
            if len(parts) > 1:
                self.count["headline parts run together on one line"] += 1
            return
        if mode == "tight":
            lines = []
            for p in parts:
                lines.extend(p.split("^"))
            self.emit(lines)
            return
        for p in parts:
            if p == title and mode == "dbl1":
                t = p.replace("^", "")
                self.emit([t + " " + t])
                self.dups.append(t)
                self.count["headline drawn twice on one line"] += 1
                continue
            self.emit(p.split("^"))
            if p == title and mode == "dbl2":
                self.emit(p.split("^"))
                self.dups.append(p.replace("^", ""))
                self.count["headline drawn twice on two lines"] += 1

    def d_body(self, a, args):
        upto = args[0] if args else "end"
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        w = float(opts.get("w", 17))
        segs = self.segs[a.id]
        start = self.pos[a.id]
        if upto == "end":
            end = len(segs)
        else:
            k = int(upto)
            cuts = [i for i, s in enumerate(segs) if s[3]]
            end = cuts[k - 1] + 1
        chunk = segs[start:end]
        self.pos[a.id] = end
        if start > 0 and not segs[start][1]:
            if self.last_body == a.id:
                self.count["paragraph split by a column break with nothing between"] += 1
            else:
                self.count["story resumed mid-paragraph after a piece of another story"] += 1
        self.last_body = a.id
        if end < len(segs):
            ct = segs[end - 1][3]
            self.count[CUT_TYPES[ct]] += 1
        dl = punct(a.f["dateline"], self.pm)
        first = start == 0
        prefix = ""
        if first and a.marker:
            prefix = a.marker
            self.residue.append(a.marker)
            self.count["jump marker printed inline"] += 1
        if first and dl and a.id not in self.dl_done:
            self.dl_done.add(a.id)
            if opts.get("dl") == "sep":
                if self.col:
                    lines = wrap(dl, w, 0)
                    for ln in self.dress(lines, a, [False] * len(lines)):
                        self.emit([ln])
                else:
                    self.emit(dl.split("^"))
                self.count["dateline on a line of its own"] += 1
            else:
                prefix += dl
            if "^" in dl:
                before = dl.split("^")[0].rstrip()
                after = dl.split("^")[1].lstrip()
                if after.startswith("通讯员"):
                    self.count["line break before 通讯员"] += 1
                elif re.search(r"[0-9]$", before) or re.match(r"[0-9日月]", after):
                    self.count["line break inside a dateline's date"] += 1
                else:
                    self.count["line break between a byline's names"] += 1
        # group segments into printed paragraph pieces
        pieces = []
        for idx, (pi, starts, text, cut) in enumerate(chunk):
            if pieces and not starts and pieces[-1][0] == pi:
                pieces[-1][2] += text
            else:
                pieces.append([pi, starts, text])
        if prefix and pieces:
            pieces[0][2] = prefix + pieces[0][2]
        for pi, starts, text in pieces:
            if self.col:
                lines = wrap(text, w, 2 if starts else 0)
                full = [True] * (len(lines) - 1) + [False]
                for ln in self.dress(lines, a, full):
                    self.emit([ln])      # column layout: a blank line after every printed line
            else:
                self.emit([t.strip() for t in text.split("^")])

    def d_photo(self, a, args):
        mode = args[0] if args else "inline"
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        cap = [punct(clean(p), self.pm) for p in a.paras]
        credit = punct(a.f["byline"], self.pm)
        self.pos[a.id] = len(self.segs[a.id])
        lines = []
        for p in cap:
            if self.col and "w" in opts:
                lines.extend("".join(t) for t in wrap(p, float(opts["w"]), 0))
            else:
                lines.append(p)
        if mode == "inline" and credit:
            lines[-1] = lines[-1] + " " + credit
            self.count["photo credit on the caption's last line"] += 1
            for ln in lines:
                self.emit([ln])
        elif mode == "right" and credit:
            for ln in lines:
                self.emit([ln])
            self.emit([" " * int(opts.get("pad", 24)) + credit])
            self.count["credit right-aligned on a line of its own"] += 1
        else:
            for ln in lines:
                self.emit([ln])
            if credit:
                self.emit([credit])
                self.count["credit on a line of its own"] += 1

    def run(self):
        for d in self.layout:
            op, *args = d.split(" ")
            if op == "mast":
                pieces = " ".join(args)
                self.extras.append(re.sub(r"\s+", "", pieces.replace("|", "").replace("/", "")))
                for grp in pieces.split("|"):
                    self.emit(grp.split("/"))
                self.count["masthead pieces (drawing order)"] += len(re.split(r"[|/]", pieces))
                self.count["masthead pieces merged on one line"] += sum(1 for p in re.split(r"[|/]", pieces) if " " in p.strip())
            elif op == "extra":
                text = " ".join(args)
                self.extras.append(re.sub(r"\s+", "", text.replace("|", "")))
                self.emit(text.split("|"))
                self.count["box line (countdown, code prompt, label)"] += 1
            elif op == "mark":
                text = " ".join(args)
                self.residue.append(text)
                self.emit([text])
                self.count["jump marker on a line of its own"] += 1
            elif op == "gap":
                self.pending = "\n\n" + "\n" * (int(args[0]) if args else 2)
                self.count["extra blank lines"] += 1
            elif op == "dup":
                n = int(args[0]) if args else 1
                lines = [l for l in self.lines_out if l.strip()][-n:]
                for l in lines:
                    self.dups.append(re.sub(r"\s+", "", l))
                self.emit(list(lines))
                self.count["line printed twice"] += n
            else:
                a = self.by_id[args[0]]
                rest = args[1:]
                if op == "head":
                    self.d_head(a, rest[0] if rest else "stack")
                elif op == "col":
                    self.emit([punct(a.f["column"], self.pm)])
                    self.count["column label on its own line"] += 1
                elif op == "by":
                    by = punct(a.f["byline"], self.pm)
                    parts = by.split("^")
                    if rest and rest[0] == "tight":
                        self.emit([p.strip() for p in parts])
                    else:
                        for p in parts:
                            self.emit([p.strip()])
                    if len(parts) > 1:
                        self.count["byline broken across lines"] += 1
                    self.count["byline on a line of its own"] += 1
                elif op == "body":
                    self.d_body(a, rest)
                elif op == "photo":
                    self.d_photo(a, rest)
                else:
                    raise SystemExit(f"{self.src.name}: unknown directive {d!r}")
        for a in self.arts:
            if self.pos[a.id] != len(self.segs[a.id]):
                raise SystemExit(f"{self.src.name}: {a.id} not fully printed")
        return self.text()

    def text(self):
        s = ""
        for i, (lines, sep) in enumerate(self.blocks):
            chunk = "\n".join(l.rstrip() for l in lines)
            s += (sep if i else "") + chunk
        if self.col:
            return s + "\n\n\n"
        return "\n\n" + s

    # ----------------------------------------------------------- gold
    def gold(self, name):
        arts = []
        for a in self.arts:
            g = {"kind": a.kind}
            for k in FIELDS:
                v = punct(a.f[k], self.pm)
                v = v.replace(" ^", " ").replace("^", "")
                g[k] = v
            g["subheads"] = [punct(s, self.pm) for s in a.subheads]
            g["paragraphs"] = [punct(clean(p), self.pm) for p in a.paras]
            d = {"kind": g["kind"]}
            for k in FIELDS:
                d[k] = g[k]
            d["subheads"] = g["subheads"]
            d["paragraphs"] = g["paragraphs"]
            arts.append(d)
        return {
            "source": name,
            "issue_date": self.meta["date"],
            "issue_number": self.meta.get("issue") or None,
            "page_count": int(self.meta["pagecount"]) if self.meta.get("pagecount") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build():
    """Return {relative path: content} for every generated file, plus tables."""
    files, rows, total = {}, [], Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{h}"
        gold = pg.gold(stem + ".txt")
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        total.update(pg.count)
        for a in pg.arts:
            for p in a.paras:
                for m in re.finditer(r"\|([a-z])", p):
                    pass
        chars = len(re.sub(r"\s", "", text))
        rows.append((stem + ".txt", pg.meta["date"], pg.meta["page"], pg.meta["layout"],
                     pg.meta.get("punct", "full"), len(pg.arts), chars, pg.meta.get("subjects", ""),
                     pg))
    return files, rows, total


def tables(rows, total):
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r[:8]) + " |")
    return "\n".join(ph), "\n".join(pt)


def main():
    files, rows, total = build()
    ph, pt = tables(rows, total)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    files["README.md"] = readme
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
