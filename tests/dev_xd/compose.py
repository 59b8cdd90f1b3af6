#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py            # writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice (which justified line is spread,
how numbers are spaced) comes from random.Random seeded by the source name,
so a rebuild is byte-for-byte identical.
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = "，。、；：？！）》”’"          # may hang at a line end, never starts a line
OPEN = "（《“‘"                    # never ends a line
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"})
MIXED = str.maketrans({"（": "(", "）": ")"})
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-·×]+")


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.f["kind"] = kind
        self.marker = ""          # the jump marker as printed
        self.lead = ""            # a marker printed at the head of the first line
        self.width = 16           # column width in em (column layout)
        self.numsp = "both"       # spaces around number runs: both | left | none
        self.dlsp = False         # "湖南日报 3月 8日讯" spacing of the dateline
        self.paras: list[str] = []  # with | cut marks
        self.subheads: list[str] = []


class Page:
    def __init__(self, name: str):
        self.name = name
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []


def parse(path: Path) -> Page:
    pg = Page(path.stem)
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                in_layout, cur = True, None
            else:
                cur = Article(head[0], head[1])
                pg.arts[cur.id] = cur
                pg.order.append(cur.id)
            continue
        if in_layout:
            pg.layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            pg.meta[key] = val
        elif key in ("p", "sub"):
            cur.paras.append(val)
            if key == "sub":
                cur.subheads.append(val)
        elif key == "marker":
            cur.marker = val
        elif key == "lead":
            cur.lead = val
        elif key == "width":
            cur.width = float(val)
        elif key == "numsp":
            cur.numsp = val
        elif key == "dlsp":
            cur.dlsp = val == "yes"
        elif key in FIELDS:
            cur.f[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return pg


# ---------------------------------------------------------------- helpers
def clean(s: str) -> str:
    """Gold form of a printed field: no layout marks."""
    return s.replace("/", "").replace("|", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def width_of(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


ROLES = ("湖南日报·新湖南客户端记者", "湖南日报·华声在线记者", "全媒体记者", "记者", "通讯员", "湖南日报")


def tokens(s: str, dl: bool = False) -> list[str]:
    """Printing units: an ASCII run, a role word of a dateline, or one character."""
    out, i = [], 0
    while i < len(s):
        role = next((r for r in ROLES if dl and s.startswith(r, i)), None)
        if role:
            out.append(role)
            i += len(role)
            continue
        m = ASCII_RUN.match(s, i)
        if m and m.group()[0] not in ".%+-·×":
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def spread(toks: list[str]) -> str:
    """A justified line as the extraction prints it: a gap between every glyph."""
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        gap = " "
        if a in "，。、；：？！）》”’" or b in "（《“‘》）" or a == " " or b == " ":
            gap = ""
        out += gap + b
    return out


def space_numbers(s: str, mode: str) -> str:
    if mode == "none":
        return s
    s = re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])", " ", s)
    if mode == "both":
        s = re.sub(r"(?<=[0-9%])(?=[\u4e00-\u9fff，、；。）])", " ", s)
    return s


# ---------------------------------------------------------------- layout
class Composer:
    def __init__(self, pg: Page):
        self.pg = pg
        self.rng = random.Random(pg.name)
        self.mode = pg.meta.get("layout", "paragraph")
        self.punct = pg.meta.get("punct", "full")
        self.out: list[str] = []      # printed blocks; each block is a list of lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.pos: Counter = Counter()
        self.flows: dict[str, list[str]] = {}
        self.stat: Counter = Counter()
        self.last_line = ""

    # punctuation width of the page
    def P(self, s: str) -> str:
        if self.punct == "half":
            return s.translate(HALF)
        if self.punct == "mixed":
            return s.translate(MIXED)
        return s

    def emit(self, lines, tight=False):
        """Append printed lines; blocks are separated by a blank line."""
        if isinstance(lines, str):
            lines = [lines]
        lines = [ln for ln in lines]
        if not lines:
            return
        if tight and self.out:
            self.out[-1].extend(lines)
        else:
            self.out.append(list(lines))
        self.last_line = lines[-1]

    # ------------------------------------------------ flow of one article
    def dateline_print(self, a: Article) -> str:
        d = self.P(a.f["dateline"])
        if a.dlsp:
            d = re.sub(r"^湖南日报", "湖南日报 ", d)
            d = re.sub(r"(?<=月)(?=\d)", " ", d, count=1)
        return d

    def cuts_note(self, text: str):
        for m in re.finditer(r"\|", text):
            b, c = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
            before = text[: m.start()]
            if not b or b in "。！？”":
                kind = "cut between sentences"
            elif b.isdigit() and not c.isdigit():
                kind = "cut between figure and unit"
            elif c.isdigit() and not b.isdigit():
                kind = "cut between verb and figure"
            elif before.count("“") > before.count("”") or before.count("《") > before.count("》"):
                kind = "cut inside a quoted term"
            elif text[m.end():].startswith("{name}") or before.endswith("{name}"):
                kind = "cut inside a name"
            else:
                kind = "cut inside a word"
            self.stat[kind] += 1

    def flow(self, a: Article) -> list[str]:
        if a.id in self.flows:
            return self.flows[a.id]
        paras = [self.P(p) for p in a.paras]
        if self.mode == "paragraph":
            for p in a.paras:
                self.cuts_note(p)
        paras = [p.replace("{name}", "") for p in paras]
        lines: list[str] = []
        if a.lead:
            self.markers.append(a.lead)
            self.stat["jump marker"] += 1
        if self.mode == "paragraph":
            for i, p in enumerate(paras):
                pieces = p.split("|")
                if i == 0 and a.f["dateline"]:
                    dl = self.dateline_print(a)
                    if "/" in dl:
                        self.stat["line break inside a dateline"] += 1
                    pieces[0] = dl + pieces[0]
                if i == 0 and a.lead:
                    pieces[0] = a.lead + pieces[0]
                lines.extend(pc for pc in pieces)
            self.flows[a.id] = lines
            return lines
        # column layout
        W = a.width
        for i, p in enumerate(paras):
            p = p.replace("|", "")
            head = ""
            if i == 0 and a.f["dateline"]:
                head = self.dateline_print(a)
            if i == 0 and a.lead:
                head = a.lead
            lines.extend(self.col_para(a, head, p, W, sub=(a.paras[i] in a.subheads)))
        self.flows[a.id] = lines
        return lines

    def col_para(self, a, head, p, W, sub=False):
        if sub:
            return [p]
        toks: list[tuple[str, bool]] = []   # (token, is_dateline)
        for seg in head.split("/") if head else []:
            toks.extend((t, True) for t in tokens(seg, dl=True))
            toks.append(("\n", True))
        if toks:
            toks.pop()                     # no forced break after the dateline itself
            if "/" in head:
                self.stat["line break inside a dateline"] += 1
        toks.extend((t, False) for t in tokens(p))
        out, cur, w, cap = [], [], 0.0, W - 2
        i = 0
        while i < len(toks):
            t, isd = toks[i]
            if t == "\n":
                out.append((cur, True, True))
                cur, w, cap = [], 0.0, W
                i += 1
                continue
            tw = width_of(t) if t != " " else 0.5
            if (w + tw <= cap or not cur or (t in CLOSE and w + tw <= cap + 1)
                    or (isd and t in ROLES and w + tw <= cap + 1.5)):
                cur.append((t, isd))
                w += tw
                i += 1
                continue
            # line full: do not end a line on an opening mark
            carry = []
            while cur and cur[-1][0] in OPEN:
                carry.insert(0, cur.pop())
            # inside a dateline the seeds break at a space (between role and names)
            if isd and toks[i][1] and not carry:
                spaces = [k for k, x in enumerate(cur) if x[0] == " " and x[1]]
                if spaces and spaces[-1] > 0:
                    k = spaces[-1]
                    carry = cur[k + 1:]
                    cur = cur[:k + 1]
            # a dateline broken at a line end keeps at least 4 characters on the next line
            left = sum(len(x[0].strip()) for x in toks[i:] + carry if x[1] and x[0] != "\n")
            if isd and 0 < left < 4:
                while cur and left < 4:
                    x = cur.pop()
                    carry.insert(0, x)
                    left += len(x[0].strip())
            while cur and cur[-1][0] in OPEN:
                carry.insert(0, cur.pop())
            out.append((cur, w - sum(width_of(x[0]) for x in carry) < cap - 0.75, any(x[1] for x in cur)))
            cur, w, cap = carry, sum(width_of(x[0]) for x in carry), W
        if cur:
            out.append((cur, False, any(x[1] for x in cur)))
            # last line of a paragraph: never justified
            out[-1] = (out[-1][0], None, out[-1][2])
        if head and sum(1 for o in out if o[2]) > 1 and "/" not in head:
            self.stat["line break inside a dateline"] += 1
        lines = []
        for k, (cur, short, isd) in enumerate(out):
            toks_ = [x[0] for x in cur]
            while toks_ and toks_[0] == " ":
                toks_.pop(0)
            while toks_ and toks_[-1] == " ":
                toks_.pop()
            if not toks_:
                continue
            npunct = sum(t in "，。、；：" for t in toks_)
            justify = short is True or (short is False and npunct >= 2 and self.rng.random() < 0.12)
            if justify and not isd and short is not None:
                line = spread([t for t in toks_ if t != " "])
                self.stat["justified column line spread with spaces"] += 1
            else:
                line = "".join(toks_)
                if not isd:
                    sp = space_numbers(line, a.numsp)
                    if sp != line:
                        self.stat["spaces around number runs"] += 1
                    line = sp
            if k == 0 and head and self.pg.meta.get("dlgap") == "yes":
                pass
            lines.append(line)
        return lines

    # ------------------------------------------------ headline stack
    def head_parts(self, a: Article) -> list[str]:
        return [self.P(a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def do_head(self, a: Article, opts: set[str]):
        parts = self.head_parts(a)
        if a.kind == "commentary" and "nocol" not in opts and a.f["column"] and "colafter" in opts:
            pass
        lines: list[str] = []
        if "one" in opts:                      # stack printed on one line
            lines = [" ".join(p.replace("/", "") for p in parts)]
            self.stat["headline stack on one line"] += 1
        else:
            for p in parts:
                sub = p.split("/")
                if len(sub) > 1:
                    self.stat["headline's last word left alone on a line"] += 1
                lines.extend(sub)
        if "lead" in opts:
            lines[0] = " " + lines[0]
        if "tight" in opts or "one" in opts:
            self.emit(lines, tight="join" in opts)
        else:
            for ln in lines:
                self.emit(ln)
        if "twice" in opts:                    # two identical lines
            self.emit(lines[-1])
            self.dups.append(lines[-1].strip())
            self.stat["headline drawn twice"] += 1
        if "double" in opts:                   # doubled on one line
            self.out[-1][-1] = self.out[-1][-1] + lines[-1]
            self.dups.append(lines[-1].strip())
            self.stat["headline drawn twice"] += 1
        if "byline" in opts and a.f["byline"]:
            self.emit(self.P(a.f["byline"]).split("/"), tight=True)

    # ------------------------------------------------ run the layout script
    def run(self):
        pg = self.pg
        for d in pg.layout:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op in ("mast", "box"):
                blocks = [b for b in rest.split("|")]
                for b in blocks:
                    self.emit(b.split("/"))
                self.extras.append(nows(self.P(rest.replace("|", "").replace("/", ""))))
                self.stat["masthead piece" if op == "mast" else "box line"] += len(blocks)
            elif op == "banner":
                self.emit(rest)
                self.extras.append(nows(self.P(rest)))
                self.stat["banner over several pieces"] += 1
            elif op == "gap":
                self.out.append([""] * int(args[0]))
            elif op == "head":
                a = pg.arts[args[0]]
                self.do_head(a, set(args[1:]))
                if self.pos[a.id] > 0:
                    self.stat["headline printed after its body"] += 1
            elif op == "col":
                a = pg.arts[args[0]]
                self.emit(self.P(a.f["column"]), tight="tight" in args)
                self.stat["column label on its own line"] += 1
            elif op == "by":
                a = pg.arts[args[0]]
                by = self.P(a.f["byline"]).split("/")
                if len(by) > 1:
                    self.stat["line break inside a byline"] += 1
                if "right" in args:
                    by = [" " * 24 + b for b in by]
                self.emit(by, tight="tight" in args)
            elif op == "body":
                a = pg.arts[args[0]]
                if self.pos[a.id] > 0 and getattr(self, "_lastbody", a.id) != a.id:
                    self.stat["story continued after a piece of another story"] += 1
                self._lastbody = a.id
                fl = self.flow(a)
                n = int(args[1]) if len(args) > 1 and args[1].isdigit() else len(fl) - self.pos[a.id]
                seg = fl[self.pos[a.id]: self.pos[a.id] + n]
                if self.pos[a.id] + n < len(fl) and self.mode == "paragraph":
                    pass
                self.pos[a.id] += n
                for ln in seg:
                    blk = [b.strip(" ") for b in ln.split("/")] if self.mode == "paragraph" else [ln]
                    self.emit(blk)
            elif op == "photo":
                self.do_photo(pg.arts[args[0]], set(args[1:]))
            elif op == "marker":
                a = pg.arts[args[0]]
                self.emit(a.marker, tight="tight" in args)
                self.markers.append(a.marker)
                self.stat["jump marker"] += 1
            elif op == "dup":
                self.emit(self.last_line)
                self.dups.append(self.last_line.strip())
                self.stat["line printed twice"] += 1
            elif op == "text":
                self.emit(rest)
                self.extras.append(nows(self.P(rest)))
            else:
                raise SystemExit(f"{pg.name}: bad layout op {d!r}")
            if op == "head" and getattr(self, "_prev", "") == "head":
                self.stat["headlines bunched with another story's headline"] += 1
            self._prev = op
        for aid in pg.order:
            fl = self.flow(pg.arts[aid]) if pg.arts[aid].kind != "photo" else []
            if pg.arts[aid].kind != "photo" and self.pos[aid] != len(fl):
                raise SystemExit(f"{pg.name}: {aid} printed {self.pos[aid]} of {len(fl)} lines")

    def do_photo(self, a: Article, opts):
        cap = [self.P(p.replace("|", "")) for p in a.paras]
        credit = self.P(a.f["byline"])
        if a.f["title"] and "notitle" not in opts:
            self.emit(self.P(a.f["title"]))
        if "lines" in opts:   # caption wrapped to a wide line measure (column pages)
            W = int(self.pg.meta.get("photowidth", "46"))
            text = cap[0]
            lines = [text[i:i + W] for i in range(0, len(text), W)]
            lines[-1] += " " + credit
            self.emit(lines, tight=False)
            self.stat["photo credit at the end of a caption line"] += 1
            return
        for c in cap[:-1]:
            self.emit(c)
        if "right" in opts:
            self.emit(cap[-1])
            self.emit(" " * 30 + credit)
            self.stat["credit right-aligned on its own line"] += 1
        elif "own" in opts:
            self.emit(cap[-1])
            self.emit(credit)
            self.stat["credit on its own line"] += 1
        else:
            self.emit(cap[-1] + (" " if "glued" not in opts else "") + credit)
            self.stat["photo credit at the end of a caption line"] += 1

    def text(self) -> str:
        body = "\n\n".join("\n".join(b) for b in self.out)
        return body + "\n"

    def count_text(self, text: str):
        """Phenomena visible only in the finished page text."""
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if self.mode == "column":
            for a, b in zip(lines, lines[1:]):
                if re.search(r"[0-9]$", a) and re.match(r"[\u4e00-\u9fff]", b):
                    self.stat["figure and its unit split by a column line break"] += 1
        for ln in text.splitlines():
            if ln.startswith("通讯员"):
                self.stat["line break before 通讯员"] += 1
            if "“ " in ln:
                self.stat["space after an opening quote"] += 1
            if re.search(r"\S [，。、；：]", ln):
                self.stat["glyph-gap space before full-width punctuation"] += 1
            if re.search(r"\d %", ln) or re.search(r"% [，。、；]", ln):
                self.stat["space around %"] += 1


# ---------------------------------------------------------------- gold
def gold_article(c: Composer, a: Article) -> dict:
    g = {k: clean(c.P(a.f[k])) for k in FIELDS}
    g["byline"] = c.P(a.f["byline"]).replace("/", " ")
    # a printed break inside a dateline: " /" stands between names, "/" inside the date
    g["dateline"] = c.P(a.f["dateline"]).replace(" /", " ").replace("/", "")
    g["kind"] = a.kind
    paras = []
    for p in a.paras:
        paras.append(nows(c.P(clean(p.replace("{name}", "")))))
    if a.kind == "photo":
        g["paragraphs"] = paras
    g["subheads"] = [nows(c.P(s.replace("|", ""))) for s in a.subheads]
    g["paragraphs"] = paras
    # canonical dateline: single spaces between roles and names, none elsewhere
    g["dateline"] = re.sub(r"\s+", " ", g["dateline"]).strip()
    g["byline"] = re.sub(r"\s+", " ", g["byline"]).strip()
    return {k: g[k] for k in FIELDS + ("subheads", "paragraphs")}


def build(path: Path):
    pg = parse(path)
    c = Composer(pg)
    c.run()
    text = c.text()
    c.count_text(text)
    gold_arts = [gold_article(c, pg.arts[i]) for i in pg.order]
    issue = pg.meta.get("issue") or None
    pc = pg.meta.get("pagecount")
    return pg, c, text, {
        "issue_date": pg.meta["date"],
        "issue_number": issue,
        "page_count": int(pc) if pc else None,
        "articles": gold_arts,
        "extras": c.extras,
        "duplicates": c.dups,
    }


def name_for(n: int, text: str) -> str:
    return f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def compose_all(write=True):
    results = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt")), start=1):
        pg, c, text, g = build(path)
        stem = name_for(n, text)
        gold = {"source": stem + ".txt", **g}
        results.append((stem, pg, c, text, gold))
    if write:
        for d in (PAGES, GOLD):
            d.mkdir(exist_ok=True)
            for f in d.iterdir():
                f.unlink()
        for stem, pg, c, text, gold in results:
            (PAGES / (stem + ".txt")).write_text(text, encoding="utf-8")
            (GOLD / (stem + ".json")).write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        write_readme(results)
    return results


def write_readme(results, write=True):
    tot = Counter()
    for _, _, c, _, _ in results:
        tot.update(c.stat)
        tot["line printed twice (duplicates)"] += 0
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0])):
        if v:
            rows.append(f"| {k} | {v} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---:|---|---|---:|---:|---|"]
    for stem, pg, c, text, gold in results:
        pages.append(f"| {stem}.txt | {gold['issue_date']} | {pg.meta.get('page')} | {pg.meta.get('layout')} | "
                     f"{pg.meta.get('punct')} | {len(gold['articles'])} | {len(nows(text))} | {pg.meta.get('subject')} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    out = tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(pages))
    if write:
        (HERE / "README.md").write_text(out, encoding="utf-8")
    return out


if __name__ == "__main__":
    res = compose_all()
    print(f"composed {len(res)} pages")
    sys.exit(0)
