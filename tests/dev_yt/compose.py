#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw pages + gold.

    python3 compose.py        writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice (number spacing, where a justified
line is pushed, glyph gaps) comes from random.Random seeded by the source file
name, so a rebuild is byte-for-byte identical.  See README.in for the source
format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = set("，。、；：？！”’）》」…,.;:?!)")
OPEN = set("“‘（《「(")
PUNCT = CLOSE | OPEN | set("·—")
CUT_RE = re.compile(r"¦([vuwqnc]?)")
CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "c": "column break, nothing between", "": "plain cut"}
TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/\-]*|\s+|.")
KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued", "subheads", "paragraphs")


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def em(s: str) -> float:
    return sum(0 if ch.isspace() else (0.5 if ord(ch) < 128 else 1.0) for ch in s)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("column", "kicker", "title", "subtitle", "byline",
                                  "dateline", "continued")}
        self.width = None
        self.paras: list[tuple[str, str]] = []   # (type p|sub, text with marks)

    def pieces(self):
        """Flat list of body pieces: dict(text, pstart, pend, cut, para, sub)."""
        out = []
        for pi, (typ, txt) in enumerate(self.paras):
            parts = CUT_RE.split(txt)
            segs, cuts = parts[0::2], parts[1::2]
            for si, seg in enumerate(segs):
                out.append({"text": seg, "pstart": si == 0, "pend": si == len(segs) - 1,
                            "cut": cuts[si] if si < len(cuts) else None,
                            "para": pi, "sub": typ == "sub"})
        return out


def clean(s: str) -> str:
    """Source text -> annotated text: drop cut and forced-break marks."""
    return CUT_RE.sub("", s).replace("//", "")


def parse(path: Path):
    meta, arts, layout, order = {}, OrderedDict(), [], []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@art"):
            _, aid, kind = line.split()
            cur = arts[aid] = Article(aid, kind)
            sect = "art"
            continue
        if sect == "page":
            k, v = line.split("=", 1)
            meta[k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith(">>"):
                cur.paras.append(("sub", line[2:].strip()))
            elif line.startswith(">"):
                cur.paras.append(("p", line[1:].strip()))
            else:
                k, v = line.split("=", 1)
                k, v = k.strip(), v.strip()
                if k == "width":
                    cur.width = float(v)
                else:
                    cur.f[k] = v
        elif sect == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def punct_fn(style: str):
    if style == "full":
        table = {}
    elif style == "mixed":
        table = {"（": "(", "）": ")"}
    elif style == "half":
        table = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}
    else:
        raise ValueError(style)
    tr = str.maketrans(table)
    return lambda s: s.translate(tr)


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, src: Path):
        self.src = src
        self.meta, self.arts, self.layout = parse(src)
        self.rng = random.Random(src.name)
        self.P = punct_fn(self.meta["punct"])
        self.mode = self.meta["layout"]
        self.width = float(self.meta.get("width", 17))
        self.blocks: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.leftovers: list[str] = []
        self.stats = Counter()
        self.printed: dict[str, set] = {a: set() for a in self.arts}
        self.seen_head: set[str] = set()
        self.seen_body: set[str] = set()
        self.last_body = None
        self.prefix = ""
        self.nsb = float(self.meta.get("numspace_before", 0.7))
        self.nsa = float(self.meta.get("numspace_after", 0.45))

    # -- helpers
    def emit(self, text: str):
        self.blocks.append(text)

    def tokens(self, s: str):
        return TOKEN_RE.findall(s)

    def render(self, toks, spread: bool) -> str:
        toks = [t for t in toks]
        while toks and toks[-1].isspace():
            toks.pop()
        if spread:
            self.stats["justified line spread with spaces"] += 1
            out = ""
            prev = None
            for t in toks:
                if t.isspace():
                    continue
                if prev is not None and prev not in CLOSE and t not in OPEN:
                    out += " "
                out += t
                prev = t
            return out
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t[0].isdigit():
                if prev and is_cjk(prev[-1]) and not out.endswith(" ") \
                        and self.rng.random() < self.nsb:
                    out += " "
                    self.stats["space before a number run"] += 1
                out += t
                if nxt and is_cjk(nxt[0]) and self.rng.random() < self.nsa:
                    out += " "
                    self.stats["space after a number run"] += 1
                continue
            if t in "、，" and out and is_cjk(out[-1]) and self.rng.random() < 0.015:
                out += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            if t == "%" and out and out[-1].isdigit() and self.rng.random() < 0.2:
                out += " "
                self.stats["glyph-gap space before %"] += 1
            out += t
            if t == "“" and nxt and is_cjk(nxt[0]) and self.rng.random() < 0.06:
                out += " "
                self.stats["space after an opening quote"] += 1
        return out

    def wrap(self, text: str, width: float, indent: bool, glue_end: int = 0):
        """Column layout: cut text into printed column lines (measured rules).

        glue_end: length of a dateline heading the text; its last four
        characters are kept on one line with each other, so no line starts
        with a scrap of the dateline (the scorer's coverage reads pieces of
        at least four characters)."""
        lines = []
        pos = 0
        for k, chunk in enumerate(text.split("//")):
            start, pos = pos, pos + len(chunk) + 2
            if start < glue_end <= start + len(chunk):
                cut = glue_end - start
                toks = self._glued(chunk[:cut]) + self.tokens(chunk[cut:])
            else:
                toks = self.tokens(chunk)
            if k:
                self.stats["forced line break (dateline/byline)"] += 1
            lines += self._wrap_tokens(toks, width, indent and k == 0)
        return lines

    def _glued(self, s: str):
        toks = self.tokens(s)
        idx = [i for i, t in enumerate(toks) if not t.isspace()][-4:]
        if len(idx) < 2:
            return toks
        head, tail = toks[:idx[0]], toks[idx[0]:]
        return head + ["".join(tail)]

    def _wrap_tokens(self, toks, width, indent):
        lines, cur, e = [], [], 0.0
        w = width - 2 if indent else width
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.isspace() and not cur:
                i += 1
                continue
            tw = em(t) if not t.isspace() else 0.5
            npun = sum(1 for x in cur if x in PUNCT)
            cap = w + (1 if npun >= 2 else 0)
            if e + tw <= cap:
                cur.append(t)
                e += tw
                i += 1
                continue
            spread = False
            if not cur:
                cur.append(t)
                e += tw
                i += 1
                continue
            if t in CLOSE:
                if self.rng.random() < 0.6 or len(cur) < 3:
                    cur.append(t)          # squeezed into the line
                    i += 1
                else:                      # kinsoku: last character goes down with it
                    moved = cur.pop()
                    while cur and cur[-1].isspace():
                        cur.pop()
                    lines.append(self.render(cur, True))
                    cur, e, w = [moved], em(moved), width
                    continue
            elif t[0].isdigit() and cap - e >= 1:
                spread = True
            while cur and cur[-1] in OPEN:
                i -= 1
                cur.pop()
                spread = True
            lines.append(self.render(cur, spread))
            cur, e, w = [], 0.0, width
        if cur:
            lines.append(self.render(cur, False))
        return lines

    # -- directives
    def head_parts(self, a):
        return [self.P(clean(a.f[k])) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def do_head(self, a: Article, args: list[str], rest: str):
        if a.id in self.seen_body:
            self.stats["headline printed after its body"] += 1
        self.seen_head.add(a.id)
        self.printed[a.id].add("head")
        parts = self.head_parts(a)
        self.stats[f"headline stack of {len(parts)} part(s) (kicker/title/subtitle)"] += 1
        mode = args[0] if args else "stack"
        nlines = {"join": 1, "double": len(parts)}.get(mode, len(parts) + (mode == "twice"))
        if mode == "raw":
            nlines = len(re.split(r"/+", rest))
        self.stats[f"headline printed on {nlines} line(s)"] += 1
        if mode == "stack":
            for p in parts:
                self.emit(p)
        elif mode == "tight":
            self.emit("\n".join(parts))
        elif mode == "join":
            self.emit(" ".join(parts))
            if len(parts) > 1:
                self.stats["headline parts joined on one line"] += 1
        elif mode == "double":
            t = self.P(clean(a.f["title"]))
            out = [p if p != t else t + t for p in parts]
            self.emit("\n".join(out))
            self.dups.append(t)
            self.stats["headline drawn twice on one line"] += 1
        elif mode == "twice":
            t = self.P(clean(a.f["title"]))
            out = []
            for p in parts:
                out.append(p)
                if p == t:
                    out.append(p)
            self.emit("\n".join(out))
            self.dups.append(t)
            self.stats["headline drawn twice as two identical lines"] += 1
        elif mode == "raw":
            txt = self.P(rest)
            if squash(txt.replace("/", "")) != squash("".join(parts)):
                raise SystemExit(f"{self.src.name}: head raw of {a.id} does not match: {txt}")
            for blk in txt.split("//"):
                lines = [x.strip() for x in blk.split("/")]
                if len(lines) > 1 and len(squash(lines[-1])) <= 6:
                    self.stats["headline's last word left alone on a line"] += 1
                self.emit("\n".join(lines))
        else:
            raise SystemExit(f"bad head mode {mode}")

    def do_body(self, a: Article, rng: str, opts: dict):
        pcs = a.pieces()
        lo, hi = (int(x) for x in rng.split("-")) if "-" in rng else (int(rng), int(rng))
        if self.last_body and self.last_body[0] == a.id and self.last_body[1] != lo - 1:
            raise SystemExit(f"{self.src.name}: {a.id} pieces out of order")
        if a.id in self.seen_body and self.last_body and self.last_body[0] != a.id:
            self.stats["story continued after a piece of another story"] += 1
        self.seen_body.add(a.id)
        width = float(opts.get("w", a.width or self.width))
        for k in range(lo, hi + 1):
            if k in self.printed[a.id]:
                raise SystemExit(f"{self.src.name}: {a.id} piece {k} printed twice")
            self.printed[a.id].add(k)
            if k >= len(pcs):
                raise SystemExit(f"{self.src.name}: {a.id} has only {len(pcs)} pieces")
            pc = pcs[k]
            txt = self.P(pc["text"])
            first = k == 0
            if first and a.f["dateline"]:
                txt = self.P(a.f["dateline"]) + txt
            if pc["cut"] is not None:
                self.stats["cut: " + CUT_NAMES[pc["cut"]]] += 1
            if self.mode == "paragraph":
                line = txt.replace("//", "")
                if self.prefix:
                    line = self.prefix + line
                    self.prefix = ""
                self.emit(line)
            else:
                indent = pc["pstart"] and not pc["sub"]
                glue = len(self.P(a.f["dateline"])) if first and a.f["dateline"] else 0
                lines = self.wrap(txt, width, indent, glue)
                if first and a.f["dateline"] and self.rng.random() < 0.3:
                    lines[0] = " " + lines[0]
                if self.prefix:
                    lines[0] = self.prefix + lines[0]
                    self.prefix = ""
                for ln in lines:
                    self.emit(ln)
        self.last_body = (a.id, hi)

    def do_photo(self, a: Article, args: list[str], opts: dict):
        self.printed[a.id].add("photo")
        for k in range(len(a.paras)):
            self.printed[a.id].add(k)
        if a.f["title"] or a.f["kicker"]:
            self.do_head(a, [], "")
        credit = self.P(a.f["byline"])
        how = args[0] if args else "inline"
        caps = [self.P(clean(t)) for _, t in a.paras]
        width = float(opts.get("w", 44))
        lines = []
        for c in caps:
            if self.mode == "column":
                lines += self.wrap(c, width, False)
            else:
                lines.append(c)
        if credit:
            self.printed[a.id].add("by")
            if how == "inline":
                lines[-1] += " " + credit
                self.stats["credit at the end of the caption"] += 1
            elif how == "right":
                lines.append(" " * int(opts.get("pad", 24)) + credit)
                self.stats["credit right-aligned on its own line"] += 1
            elif how == "below":
                lines.append(credit)
                self.stats["credit on its own line"] += 1
            elif how == "group":
                lines.append(credit)
                self.stats["group credit (以上图片均由…)"] += 1
        self.stats["photo / cartoon pieces"] += 1
        if opts.get("gap", "1") == "1":
            self.emit("")
        for ln in lines:
            self.emit(ln)

    def run(self):
        prev_head = False
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            rest = rest.strip()
            is_head = cmd == "head"
            if is_head and prev_head:
                self.stats["headlines bunched with another story's headline"] += 1
            prev_head = is_head
            if cmd in ("mast", "box"):
                txt = self.P(rest)
                blocks = [b.strip() for b in txt.split("//")]
                for b in blocks:
                    self.emit("\n".join(x.strip() for x in b.split("/")))
                self.extras.append(squash(txt.replace("/", "")))
                if cmd == "mast":
                    pieces = [x for x in re.split(r"/+", txt)]
                    self.stats["masthead pieces"] += sum(len(p.split()) for p in pieces)
                    self.stats["masthead pieces merged on one line"] += sum(1 for p in pieces if len(p.split()) > 1)
                else:
                    self.stats["short box lines (countdown, code prompt)"] += 1
            elif cmd == "gap":
                self.emit("")
            elif cmd == "head":
                aid, *args = rest.split(" ", 2)
                mode = args[0] if args else "stack"
                raw = args[1] if len(args) > 1 else ""
                self.do_head(self.arts[aid], [mode] if args else [], raw)
            elif cmd == "col":
                aid, *args = rest.split()
                a = self.arts[aid]
                for other in [aid] + args:
                    if self.arts[other].f["column"] != a.f["column"]:
                        raise SystemExit(f"{self.src.name}: column group mismatch {other}")
                    self.printed[other].add("col")
                if args:
                    self.stats["short items bunched under one label"] += len(args) + 1
                if a.id in self.seen_body:
                    self.stats["column label printed after its piece"] += 1
                else:
                    self.stats["column label printed before its piece"] += 1
                self.emit(self.P(a.f["column"]))
            elif cmd == "by":
                aid, _, raw = rest.partition(" ")
                a = self.arts[aid]
                self.printed[aid].add("by")
                if raw:
                    txt = self.P(raw)
                    if squash(txt.replace("/", "")) != squash(self.P(clean(a.f["byline"]))):
                        raise SystemExit(f"{self.src.name}: by raw mismatch {aid}")
                    if "/" in txt:
                        self.stats["byline broken between names"] += 1
                    self.emit("\n".join(x.strip() for x in txt.split("/")))
                else:
                    self.emit(self.P(clean(a.f["byline"])))
            elif cmd == "body":
                aid, rng, *o = rest.split()
                opts = dict(x.split("=", 1) for x in o)
                self.do_body(self.arts[aid], rng, opts)
            elif cmd == "pre":
                self.prefix = self.P(rest)
                self.leftovers.append(self.prefix)
                self.stats["jump markers"] += 1
            elif cmd == "mark":
                self.emit(self.P(rest))
                self.leftovers.append(self.P(rest))
                self.stats["jump markers"] += 1
            elif cmd == "photo":
                aid, *o = rest.split()
                args = [x for x in o if "=" not in x]
                opts = dict(x.split("=", 1) for x in o if "=" in x)
                self.do_photo(self.arts[aid], args, opts)
            elif cmd == "dup":
                k = int(rest or 1)
                last = [b for b in self.blocks if b.strip()][-k]
                self.emit(last)
                self.dups.append(last.strip())
                self.stats["lines printed twice"] += 1
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d}")
        # completeness
        for a in self.arts.values():
            need = set(range(len(a.pieces())))
            if a.kind == "photo":
                need = set(range(len(a.paras))) | {"photo"}
            if (a.f["kicker"] or a.f["title"] or a.f["subtitle"]):
                need.add("head")
            if a.f["byline"]:
                need.add("by")
            if a.f["column"]:
                need.add("col")
            missing = need - self.printed[a.id]
            if missing:
                raise SystemExit(f"{self.src.name}: {a.id} not printed: {sorted(map(str, missing))}")
            if re.search(r"[\u4e00-\u9fff]//", a.f["dateline"]) or "//" in a.f["dateline"]:
                pos = a.f["dateline"].index("//")
                before, after = a.f["dateline"][:pos], a.f["dateline"][pos + 2:]
                if re.search(r"\d[月日]?$", before) or re.match(r"\d", after):
                    self.stats["line break inside a dateline's date"] += 1
                elif after.lstrip().startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
                else:
                    self.stats["line break between a dateline's names"] += 1

    def text(self) -> str:
        if self.mode == "column":
            return "\n\n".join(self.blocks) + "\n\n\n"
        return "\n\n" + "\n\n".join(self.blocks)

    def gold(self, name: str) -> dict:
        arts = []
        for a in self.arts.values():
            d = {"kind": a.kind}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                d[k] = self.P(clean(a.f[k]))
            d["subheads"] = [self.P(clean(t)) for typ, t in a.paras if typ == "sub"]
            d["paragraphs"] = [squash(self.P(clean(t))) for _, t in a.paras]
            arts.append(d)
        m = self.meta
        return {"source": name, "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build(src: Path):
    pg = Page(src)
    pg.run()
    text = pg.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{pg.meta['no']}_{h}.txt"
    gold = pg.gold(name)
    return pg, name, text, gold


def dump_gold(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def readme(results) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for pg, *_ in results:
        total.update(pg.stats)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        rows.append(f"| {k} | {total[k]} |")
    rows.append(f"| extras entries (masthead, boxes) | {sum(len(g['extras']) for *_, g in results)} |")
    rows.append(f"| duplicates entries | {sum(len(g['duplicates']) for *_, g in results)} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for pg, name, text, gold in results:
        m = pg.meta
        prow.append(f"| {name} | {m['date']} | {m['pageno']} ({m['label']}) | {m['layout']} | "
                    f"{m['punct']} | {len(gold['articles'])} | {len(squash(text))} | {m['subjects']} |")
    kinds = Counter(a["kind"] for *_, g in results for a in g["articles"])
    krow = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(prow))
                .replace("{{KINDS}}", krow))


def build_all():
    return [build(p) for p in sorted((HERE / "src").glob("p*.txt"))]


def main():
    results = build_all()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for pg, name, text, gold in results:
        (HERE / "pages" / name).write_text(text, encoding="utf-8")
        (HERE / "gold" / name.replace(".txt", ".json")).write_text(dump_gold(gold), encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    for pg, name, text, gold in results:
        print(f"{name}  {len(squash(text)):5d} chars  {len(gold['articles']):2d} articles")


if __name__ == "__main__":
    main()
