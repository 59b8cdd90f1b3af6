#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name (p01 ... p14).
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = "，。、；：？！”’）》,.;:)%"
PUNCT = "，。、；：？！“”‘’《》（）"
CUT = re.compile(r"¦([vuwqnp])")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "p": "cut at a plain point"}
CJK = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------- source
def parse(path):
    page, arts, layout = {}, OrderedDict(), []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@a "):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "paras": []}
            for f in FIELDS:
                cur[f] = ""
            arts[aid] = cur
            sect = "art"
            continue
        if sect == "page":
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith("p "):
                cur["paras"].append(line[2:].strip())
            else:
                k, v = line.split(":", 1)
                assert k.strip() in FIELDS, (path, line)
                cur[k.strip()] = v.strip()
        elif sect == "layout":
            layout.append(line.strip())
    return page, arts, layout


def convert(s, mode):
    if mode == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    elif mode == "mixed":
        s = s.replace("（", "(").replace("）", ")")
    return s


def clean(s):
    """Gold text of a source string: strip layout marks."""
    s = CUT.sub("", s).replace("^", "")
    if s.startswith("## "):
        s = s[3:]
    return s


def em(s):
    return sum(0.5 if ord(c) < 128 else 1 for c in s if c != " ")


# ---------------------------------------------------------------- artefacts
class Page:
    def __init__(self, name, page, arts, layout):
        self.name, self.page, self.arts, self.layout = name, page, arts, layout
        self.rng = random.Random(name)
        self.mode = page["punct"]
        self.col = page["layout"] == "column"
        self.width = float(page.get("width", 18))
        self.lines = []
        self.extras, self.dups = [], []
        self.n = Counter()
        for a in arts.values():
            for f in FIELDS:
                a[f] = convert(a[f], self.mode)
            a["paras"] = [convert(p, self.mode) for p in a["paras"]]
            a["chunks"] = self.chunks(a)
            a["next"] = 0
            a["printed_head"] = False

    # an article's body, cut into chunks at the ¦ marks
    def chunks(self, a):
        out, cur = [], []
        for i, p in enumerate(a["paras"]):
            body = p[3:] if p.startswith("## ") else p
            pieces = CUT.split(body)
            # pieces: text, tag, text, tag, ...
            first = True
            while pieces:
                txt = pieces.pop(0)
                cur.append((i, txt, first, p.startswith("## ")))
                first = False
                if pieces:
                    tag = pieces.pop(0)
                    self.n[CUT_NAMES[tag]] += 1
                    out.append(cur)
                    cur = []
        if cur:
            out.append(cur)
        return out

    def emit(self, s):
        self.lines.append(s)

    def spaced(self, line):
        """PDF debris inside a printed body line of the column layout."""
        r = self.rng
        def num(m):
            s, a, b = m.group(0), m.start(), m.end()
            pre = a > 0 and CJK.match(line[a - 1] or "")
            post = b < len(line) and CJK.match(line[b])
            if pre and r.random() < 0.7:
                s = " " + s
                self.n["space before a number run"] += 1
            if post and r.random() < 0.55:
                s = s + " "
                self.n["space after a number run"] += 1
            return s
        line = re.sub(r"[0-9][0-9.]*%?", num, line)
        out = []
        for i, ch in enumerate(line):
            if ch == "%" and out and out[-1].isdigit() and r.random() < 0.12:
                out.append(" ")
                self.n["glyph gap before %"] += 1
            if ch in "，。、；" and out and out[-1] not in " " and r.random() < 0.05:
                out.append(" ")
                self.n["glyph gap before full-width punctuation"] += 1
            out.append(ch)
            if ch == "“" and i + 1 < len(line) and r.random() < 0.15:
                out.append(" ")
                self.n["space after an opening quote"] += 1
        return "".join(out)

    def spread(self, line):
        """A justified line spread with spaces between its characters."""
        toks = re.findall(r"[0-9A-Za-z.%]+|\S", line.replace(" ", ""))
        self.n["justified line spread with spaces"] += 1
        out = ""
        for i, t in enumerate(toks):
            out += t
            if i < len(toks) - 1 and t not in PUNCT:
                out += " "
        return out

    def wrap(self, text, width):
        lines, cur, w = [], "", 0.0
        for ch in text:
            cw = 0.5 if ord(ch) < 128 else 1
            if w + cw > width and cur and ch not in CLOSE:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += cw
        if cur:
            lines.append(cur)
        return lines

    def body_lines(self, text, width, lead=False):
        """Print a run of text in a column of `width` em; ^ forces a break."""
        segs = text.split("^")
        out = []
        for si, seg in enumerate(segs):
            if si:
                self.n["forced line break (column / dateline / name)"] += 1
            ls = self.wrap(seg, width) if seg else []
            for li, l in enumerate(ls):
                full = li < len(ls) - 1
                npun = sum(l.count(c) for c in PUNCT)
                if full and npun >= 2 and self.rng.random() < 0.14:
                    l = self.spread(l)
                else:
                    l = self.spaced(l)
                out.append(l)
        if lead and out:
            out[0] = " " + out[0]
        return out

    # ------------------------------------------------------------ directives
    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            getattr(self, "do_" + op)(rest)
        for a in self.arts.values():
            assert a["next"] == len(a["chunks"]) or not a["paras"], (self.name, a["id"], a["next"], len(a["chunks"]))
            if any(a[f] for f in ("kicker", "title", "subtitle")):
                assert a["printed_head"], (self.name, a["id"], "headline not printed")
        return self.lines

    def do_x(self, rest):
        self.emit(rest)
        self.extras.append(rest)
        self.n["masthead / box line (extras)"] += 1

    def do_blank(self, rest):
        self.emit("")

    def do_col(self, aid):
        a = self.arts[aid]
        for l in a["column"].split("^"):
            self.emit(l.strip())
        self.n["column label line"] += 1

    def do_by(self, aid):
        a = self.arts[aid]
        parts = a["byline"].split("^")
        if len(parts) > 1:
            self.n["line break inside a byline"] += 1
        for l in parts:
            self.emit(l.strip())

    def do_mark(self, rest):
        aid, txt = rest.split(" ", 1)
        assert self.arts[aid]["continued"] in txt.replace(" ", ""), (self.name, aid)
        self.emit(txt)
        self.n["jump marker"] += 1

    def do_head(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        opts = set(args[1:])
        a["printed_head"] = True
        parts = [a[f] for f in ("kicker", "title", "subtitle") if a[f]]
        if "after" in opts:
            self.n["headline printed after its body"] += 1
        if "bunch" in opts:
            self.n["headline bunched with another story's"] += 1
        if "join" in opts:
            self.emit(" ".join(p.replace("^", "") for p in parts))
            self.n["headline parts joined on one line"] += 1
        else:
            for f in ("kicker", "title", "subtitle"):
                if not a[f]:
                    continue
                segs = [s.strip() for s in a[f].split("^")]
                if len(segs) > 1:
                    self.n["headline broken over lines"] += 1
                for s in segs:
                    if f == "title" and "doubled" in opts:
                        self.emit(s + s)
                        self.dups.append(s)
                        self.n["headline doubled on one line"] += 1
                    else:
                        self.emit(s)
                    if f == "title" and "twice" in opts:
                        self.emit(s)
                        self.dups.append(s)
                        self.n["headline drawn twice"] += 1

    def do_body(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        width = self.width
        for o in args[1:]:
            if o.startswith("w="):
                width = float(o[2:])
        k = a["next"]
        chunk = a["chunks"][k]
        a["next"] += 1
        if k > 0:
            self.n["body resumed after another piece"] += 1
        for j, (pi, txt, start, sub) in enumerate(chunk):
            first = (k == 0 and j == 0)
            text = txt
            if first and a["dateline"]:
                text = a["dateline"] + txt
                if "^" in a["dateline"]:
                    self.n["line break inside a dateline"] += 1
            if self.col:
                if sub:
                    self.emit(txt)
                    continue
                for l in self.body_lines(text, width, lead=first and bool(a["dateline"])):
                    self.emit(l)
            else:
                segs = text.split("^")
                if len(segs) > 1:
                    self.n["paragraph split by a column break"] += 1
                for s in segs:
                    self.emit(self.light(s))

    def light(self, s):
        """Paragraph layout: rare glyph gaps only."""
        r = self.rng
        out = []
        for i, ch in enumerate(s):
            if ch == "%" and out and out[-1].isdigit() and r.random() < 0.15:
                out.append(" ")
                self.n["glyph gap before %"] += 1
            out.append(ch)
            if ch == "“" and r.random() < 0.04:
                out.append(" ")
                self.n["space after an opening quote"] += 1
        return "".join(out)

    def do_photo(self, rest):
        args = rest.split()
        a = self.arts[args[0]]
        opts = set(args[1:])
        if a["title"]:
            a["printed_head"] = True
            self.emit(a["title"])
            self.n["titled photo"] += 1
        a["next"] = len(a["chunks"])
        caps = a["paras"]
        cred = a["byline"]
        for i, c in enumerate(caps):
            last = i == len(caps) - 1
            c = CUT.sub("", c).replace("^", "")
            if last and cred and "inline" in opts:
                self.emit(c + "  " + cred)
                self.n["photo credit after its caption"] += 1
                continue
            if self.col and "wrap" in opts:
                for l in self.body_lines(c, self.width):
                    self.emit(l)
            else:
                self.emit(c)
        if cred and "inline" not in opts:
            if "right" in opts:
                self.emit(" " * int(self.width * 2 - em(cred) * 2) + cred)
                self.n["credit right-aligned on its own line"] += 1
            else:
                self.emit(cred)
                self.n["credit on its own line"] += 1

    def do_brief(self, aid):
        """A 简讯 item: its text, then its bracketed source on the same line."""
        a = self.arts[aid]
        a["next"] = len(a["chunks"])
        ps = [clean(p) for p in a["paras"]]
        for i, p in enumerate(ps):
            if i == len(ps) - 1:
                p = p + a["byline"]
            if self.col:
                for l in self.body_lines(p, self.width):
                    self.emit(l)
            else:
                self.emit(p)
        self.n["brief item with its bracketed source"] += 1

    def do_dup(self, rest):
        aid, idx = rest.split()
        a = self.arts[aid]
        p = clean(a["paras"][int(idx)])
        if self.col:
            for l in self.body_lines(p, self.width):
                self.emit(l)
        else:
            self.emit(p)
        self.dups.append(p)
        self.n["lines printed twice"] += 1

    def do_dupline(self, rest):
        self.emit(rest)
        self.dups.append(rest)
        self.n["lines printed twice"] += 1

    # ------------------------------------------------------------ output
    def text(self):
        out = []
        for l in self.lines:
            out.append(l)
        return "\n\n".join(out) + "\n"

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras = [clean(p) for p in a["paras"]]
            subs = [clean(p) for p in a["paras"] if p.startswith("## ")]
            g = OrderedDict()
            g["kind"] = a["kind"]
            for f in FIELDS:
                if f == "continued":
                    continue
                g[f] = clean(a[f])
            g["continued"] = clean(a["continued"])
            g["subheads"] = subs
            g["paragraphs"] = paras
            arts.append(g)
        d = OrderedDict()
        d["source"] = fname
        d["issue_date"] = self.page["date"]
        d["issue_number"] = int(self.page["issue"]) if self.page.get("issue") else None
        d["page_count"] = int(self.page["pages"]) if self.page.get("pages") else None
        d["articles"] = arts
        d["extras"] = self.extras
        d["duplicates"] = self.dups
        return d


def build():
    files, meta = {}, []
    total = Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for i, sp in enumerate(srcs, 1):
        page, arts, layout = parse(sp)
        pg = Page(sp.stem, page, arts, layout)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{i:03d}_{h}"
        files[f"pages/{stem}.txt"] = text
        gold = pg.gold(stem + ".txt")
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(pg.n)
        meta.append({"file": stem + ".txt", "src": sp.name, "date": page["date"], "page": page["page"],
                     "layout": page["layout"], "punct": page["punct"], "articles": len(arts),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": page.get("subjects", "")})
    files["README.md"] = readme(meta, total)
    return files, meta, total


PUNCT_DESC = {"full": "full-width", "mixed": "full-width, half-width brackets", "half": "half-width ,();:"}


def readme(meta, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for m in meta:
        pg.append(f"| {m['file']} | {m['date']} | {m['page']} | {m['layout']} | {PUNCT_DESC[m['punct']]} | "
                  f"{m['articles']} | {m['chars']} | {m['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    files, meta, total = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for k, v in files.items():
        (HERE / k).write_text(v, encoding="utf-8")
    print(f"composed {len(meta)} pages")


if __name__ == "__main__":
    main()
