#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Every page is drawn from its source (src/pNN.txt): article sections give the
gold annotation, the layout section says in which order the printed pieces of
the page come out of the (imagined) PDF extraction.  Small choices (spaces
around figures, glyph gaps) come from a random.Random seeded by the source file
name, so the output is the same byte for byte on every run.  Standard library.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = "|"          # a cut point inside a paragraph (pieces a, b, c ...)
BRK = "¦"          # a forced line break (column layout, headlines); never in gold

# punctuation that closes (may not start a line) / opens (may not end a line)
CLOSING = set("，。、；：！？）》”’」』…—,.;:!?)%")
OPENING = set("（《“‘「『(")
# full-width marks printed compressed (half an em) in justified column lines
COMPRESS = set("，。、；：！？（）《》“”‘’「」")
NUMCH = set("0123456789.%+-×／/·:～~ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, style: str) -> str:
    table = HALF if style == "half" else MIXED if style == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def clean(s: str) -> str:
    """Field text for the gold: markers removed."""
    return s.replace(BRK, "").replace(CUT, "")


def clean_cut(s: str) -> str:
    return s.replace(CUT, "")


def em(c: str) -> float:
    if c == " ":
        return 0.0
    return 1.0 if unicodedata.east_asian_width(c) in "WF" or c in "“”‘’…—·" else 0.5


# --------------------------------------------------------------- source parsing

class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.paras: list[str] = []      # raw, with | and ¦ markers
        self.sub: set[int] = set()      # indices of paragraphs that are subheads
        self.colpos = "before"          # where the column label prints

    def pieces(self, i: int) -> list[str]:
        return self.paras[i].split(CUT)

    def gold(self, style: str) -> dict:
        g = {"kind": self.kind}
        for k in FIELDS:
            g[k] = punct(clean(self.f[k]), style)
        g["subheads"] = [punct(nows(clean(self.paras[i])), style) for i in sorted(self.sub)]
        g["paragraphs"] = [punct(nows(clean(p)), style) for p in self.paras]
        out = {k: g[k] for k in ("kind",) + FIELDS[:7] + ("subheads", "paragraphs")}
        # FORMAT.md order: kind, column, kicker, title, subtitle, byline, dateline, continued
        return {k: out[k] for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                    "dateline", "continued", "subheads", "paragraphs")}


class Source:
    def __init__(self, path: Path):
        self.path = path
        self.meta: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[str] = []
        self.subjects = ""
        cur = None
        section = "meta"
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.rstrip()
            if not line or line.startswith("#!"):
                continue
            if line.startswith("== "):
                head = line[3:].split()
                if head[0] == "layout":
                    section, cur = "layout", None
                    continue
                section = "art"
                cur = Article(head[0], head[1])
                self.arts[cur.id] = cur
                self.order.append(cur.id)
                continue
            if section == "layout":
                if not line.startswith("--"):
                    self.layout.append(line)
                continue
            if section == "meta":
                k, _, v = line.partition(":")
                self.meta[k.strip()] = v.strip()
                continue
            if line.startswith("> "):
                cur.paras.append(line[2:].strip())
            elif line.startswith("## "):
                cur.sub.add(len(cur.paras))
                cur.paras.append(line[3:].strip())
            else:
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "colpos":
                    cur.colpos = v.strip()
                elif k in FIELDS:
                    cur.f[k] = v.strip()
                else:
                    raise SystemExit(f"{path.name}: unknown line {line!r}")


# --------------------------------------------------------------- tokens and lines

def tokens(text: str, names: bool = False) -> list[str]:
    """Split printed text into unbreakable tokens: figures/latin runs, single
    characters, and (in datelines/bylines) whole names between spaces."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == BRK:
            out.append(BRK)
            i += 1
        elif c in NUMCH and c not in "·:" and not (c in ".%+-" and (not out or out[-1][-1:] not in NUMCH)):
            j = i
            while j < len(text) and text[j] in NUMCH and text[j] != "·":
                j += 1
            out.append(text[i:j])
            i = j
        elif names and c == " ":
            out.append(" ")
            i += 1
        else:
            out.append(c)
            i += 1
    if names:   # glue a name (run of CJK between spaces or brackets) into one token
        glued: list[str] = []
        buf = ""
        inside = False
        for t in out:
            if t in ("（", "("):
                inside = True
            if inside and len(t) == 1 and "\u4e00" <= t <= "\u9fff":
                buf += t
                continue
            if buf:
                glued.append(buf)
                buf = ""
            glued.append(t)
        if buf:
            glued.append(buf)
        # split 记者/通讯员/评论员 prefixes back off the names
        res: list[str] = []
        for t in glued:
            m = re.match(r"^(全媒体记者|记者|通讯员|评论员|摄影记者)(.+)$", t)
            if m:
                res.extend(list(m.group(1)))
                res.append(m.group(2))
            else:
                res.append(t)
        out = res
    return out


DL = "\x01"       # prefix of tokens that belong to a dateline (names spaced)


def bare(t: str) -> str:
    return t.lstrip(DL)


def isnum(t: str) -> bool:
    t = bare(t)
    return bool(t) and t[0] in NUMCH and t != BRK


def tw(t: str) -> float:
    return sum(em(c) for c in bare(t))


def twc(t: str) -> float:
    b = bare(t)
    return 0.5 if b in COMPRESS or b == " " else tw(t)


class Column:
    """Greedy justified setting of one paragraph into column lines."""

    def __init__(self, width: float, rng: random.Random, stats: Counter, page):
        self.w, self.rng, self.stats, self.page = width, rng, stats, page

    def lines(self, toks: list[str], indent: float) -> list[list[str]]:
        lines: list[list[str]] = []
        cur: list[str] = []
        room = self.w - indent
        rooms = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if bare(t) == BRK:
                lines.append(cur)
                rooms.append(room)
                cur, room = [], self.w
                i += 1
                continue
            if bare(t) == " ":
                if cur:
                    cur.append(t)
                i += 1
                continue
            used = sum(twc(x) for x in cur)
            unit = [t]          # a closing mark travels with what precedes it
            j = i + 1
            while j < len(toks) and bare(toks[j]) in CLOSING:
                unit.append(toks[j])
                j += 1
            need = sum(twc(x) for x in unit)
            if cur and used + need > room + 1e-9:
                carry = []      # an opening mark may not end a line
                while cur and bare(cur[-1]) in OPENING:
                    carry.insert(0, cur.pop())
                while cur and bare(cur[-1]) == " ":
                    cur.pop()
                lines.append(cur)
                rooms.append(room)
                cur, room = carry, self.w
            cur.extend(unit)
            i = j
        while cur and bare(cur[-1]) == " ":
            cur.pop()
        if cur:
            lines.append(cur)
            rooms.append(room)
        self.rooms = rooms
        return lines

    def draw(self, toks: list[str], last: bool, room: float) -> str:
        used = sum(twc(x) for x in toks)
        slack = room - used
        has_dl = any(t.startswith(DL) for t in toks)
        if not last and slack >= 1.0 and not has_dl and len(toks) > 3:
            self.stats["justified line spread with spaces"] += 1
            out = ""
            for k, t in enumerate(toks):
                p = toks[k - 1] if k else ""
                if k and (t == "”" and p not in "、，。；：！？”’）》《（"
                          or not (p in "、，。；：！？”’）》《（“‘" or t in "“‘（《》）")
                          or p in "“‘" and t not in "”’"):
                    out += " "
                out += t
            return out
        out = ""
        rng, pg = self.rng, self.page
        for k, raw in enumerate(toks):
            t = bare(raw)
            prev = bare(toks[k - 1]) if k else ""
            nxt = bare(toks[k + 1]) if k + 1 < len(toks) else ""
            cjk_prev = len(prev) == 1 and "\u4e00" <= prev <= "\u9fff"
            cjk_next = len(nxt) == 1 and "\u4e00" <= nxt <= "\u9fff"
            if raw.startswith(DL):
                if isnum(t) and k and prev != " " and rng.random() < pg.dlsp:
                    out += " "
                    self.stats["space around a figure"] += 1
                out += t
                continue
            if isnum(t):
                if cjk_prev and rng.random() < pg.numsp:
                    out += " "
                    self.stats["space around a figure"] += 1
                if t.endswith("%") and len(t) > 1 and rng.random() < pg.gap * 4:
                    t = t[:-1] + " %"
                    self.stats["glyph gap before %"] += 1
                out += t
                if cjk_next and rng.random() < pg.numsp:
                    out += " "
                    self.stats["space around a figure"] += 1
                continue
            if t in "、，。；" and prev and prev not in COMPRESS and rng.random() < pg.gap:
                out += " "
                self.stats["glyph gap before full-width punctuation"] += 1
            out += t
            if t == "“" and nxt and rng.random() < pg.gap * 2:
                out += " "
                self.stats["space after an opening quote"] += 1
        return re.sub(r" +", " ", out).strip(" ")


# --------------------------------------------------------------- the page

class Page:
    def __init__(self, src: Source):
        self.src = src
        m = src.meta
        self.name = src.path.name
        self.rng = random.Random(self.name)
        self.layout = m["layout"]
        self.style = m.get("punct", "full")
        self.width = float(m.get("width", "17"))
        self.numsp = float(m.get("numsp", "0.8"))
        self.dlsp = float(m.get("dlsp", "0.5"))
        self.gap = float(m.get("gap", "0.01"))
        self.stats: Counter = Counter()
        self.out: list[str] = []     # printed lines ("" = blank line)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.snaps: dict = {}
        self.printed: set = set()

    # ---- output helpers
    def emit(self, text: str, glue: bool = False):
        text = punct(text, self.style)
        if self.out and not glue:
            self.out.append("")
        self.out.append(text)

    def blank(self, n: int):
        self.out.extend([""] * n)

    # ---- pieces
    def art(self, aid: str) -> Article:
        return self.src.arts[aid]

    def head_parts(self, a: Article, opts: set[str]) -> list[str]:
        parts = []
        if a.f["column"] and a.colpos == "before" and "nocol" not in opts:
            parts.append(a.f["column"])
        for k in ("kicker", "title", "subtitle"):
            if a.f[k]:
                parts.append(a.f[k])
        if a.f["column"] and a.colpos == "after" and "nocol" not in opts:
            parts.append(a.f["column"])
        return parts

    def cmd_head(self, aid: str, opts: set[str]):
        a = self.art(aid)
        parts = self.head_parts(a, opts)
        self.stats["headline stacks printed"] += 1
        if len([p for p in ("kicker", "title", "subtitle") if a.f[p]]) >= 3:
            self.stats["three-part headline stack"] += 1
        if "one" in opts:       # the whole stack on one line, parts spaced
            if a.f["column"] and parts and parts[0] == a.f["column"]:
                self.emit(clean(parts.pop(0)))      # a column label keeps its own line
            self.emit(" ".join(clean(p) for p in parts))
            self.stats["headline parts on one line"] += 1
            return
        if "kt" in opts and a.f["kicker"]:
            first = clean(a.f["kicker"]) + " " + clean(a.f["title"])
            rest = [p for p in parts if p not in (a.f["kicker"], a.f["title"])]
            self.emit(first)
            self.stats["headline parts on one line"] += 1
            for p in rest:
                self.emit(clean(p))
            return
        for p in parts:
            bits = p.split(BRK)
            if len(bits) > 1:
                self.stats["headline wrapped over lines"] += 1
                if len(clean(bits[-1]).strip()) <= 3:
                    self.stats["headline's last word alone on a line"] += 1
            for k, b in enumerate(bits):
                lead = " " if ("lead" in opts and k == 0 and p == a.f["title"]) else ""
                self.emit(lead + b.strip(), glue=k > 0)
            if p == a.f["title"] and "twice" in opts:
                self.emit(clean(p))
                self.dups.append(punct(clean(p), self.style))
                self.stats["headline drawn twice (two lines)"] += 1
            if p == a.f["title"] and "double" in opts:
                self.out[-1] = self.out[-1] + punct(clean(p), self.style)
                self.dups.append(punct(clean(p), self.style))
                self.stats["headline drawn twice (one line)"] += 1
            if p == a.f["column"]:
                self.stats["column label on its own line"] += 1

    def piece_list(self, a: Article, spec: list[str]) -> list[tuple[int, int]]:
        """'1-3' '4a' '4b-6' -> [(para, piece)], piece -1 = whole paragraph."""
        res = []
        for s in spec:
            m = re.fullmatch(r"(\d+)([a-z]?)(?:-(\d+))?", s)
            if not m:
                raise SystemExit(f"{self.name}: bad range {s}")
            lo = int(m.group(1)) - 1
            sub = m.group(2)
            hi = int(m.group(3)) - 1 if m.group(3) else lo
            if sub:
                k = ord(sub) - ord("a")
                res.append((lo, k))
                if k < len(a.pieces(lo)) - 1 and m.group(3):
                    raise SystemExit(f"{self.name}: range after a non-final piece {s}")
                lo += 1
                if not m.group(3):
                    continue
            for i in range(lo, hi + 1):
                res.append((i, -1))
        return res

    def piece_text(self, a: Article, i: int, k: int) -> tuple[str, bool, bool]:
        """text, starts its paragraph, ends its paragraph"""
        ps = a.pieces(i)
        if k < 0:
            return a.paras[i].replace(CUT, ""), True, True
        return ps[k], k == 0, k == len(ps) - 1

    def cmd_body(self, aid: str, spec: list[str], opts: dict):
        a = self.art(aid)
        items = self.piece_list(a, spec) if spec else [(i, -1) for i in range(len(a.paras))]
        pre = opts.get("pre", "").replace("_", " ")
        for n, (i, k) in enumerate(items):
            text, start, end = self.piece_text(a, i, k)
            for kk in ([k] if k >= 0 else range(len(a.pieces(i)))):
                if (a.id, i, kk) in self.printed:
                    raise SystemExit(f"{self.name}: {a.id} paragraph {i + 1} piece {kk} printed twice")
                self.printed.add((a.id, i, kk))
            if k > 0:
                self.stats["paragraph continued after a cut"] += 1
            if not end:
                self.stats["paragraph cut (piece ends mid-paragraph)"] += 1
            dl = a.f["dateline"] if (i == 0 and start and a.f["dateline"]) else ""
            if i in a.sub:
                self.emit(clean(text))
                self.stats["crosshead (subhead) line"] += 1
                continue
            if self.layout == "paragraph":
                line = (pre if n == 0 else "") + clean(dl) + clean(text)
                self.emit(line.replace(BRK, ""))
                if dl:
                    self.stats["dateline opening a paragraph line"] += 1
            else:
                w = float(opts.get("w", self.width))
                if k >= 0:
                    text = self.snapped(a, i, w)[k]
                self.column(a, (pre if n == 0 else ""), dl, text, start, end, w)
            if "dupl" in opts and int(opts["dupl"]) == n + 1:
                self.dup_last()

    def dup_last(self):
        line = self.out[-1]
        self.emit(line)
        self.dups.append(nows(line))
        self.stats["line printed twice"] += 1

    def snapped(self, a, i, width):
        """Column layout: move each cut of paragraph i to the end of the line
        it falls in (a column ends with a full line), return the pieces."""
        key = (a.id, i)
        if key in self.snaps:
            return self.snaps[key]
        raw = a.paras[i]
        cuts, pos = [], 0
        for ch in raw:
            if ch == CUT:
                cuts.append(pos)
            else:
                pos += 1
        text = raw.replace(CUT, "")
        dl = a.f["dateline"] if i == 0 else ""
        col = Column(width, random.Random(0), Counter(), self)
        dtoks = [DL + t for t in tokens(punct(clean_cut(dl), self.style), names=True)] if dl else []
        btoks = tokens(punct(text, self.style))
        toks = dtoks + btoks
        lines = col.lines(toks, 2.0)
        ends, p, consumed = [], 0, 0
        for ln in lines:
            for t in ln:
                while toks[p] is not t:
                    if not toks[p].startswith(DL):
                        consumed += len(toks[p])
                    p += 1
                if not t.startswith(DL):
                    consumed += len(t)
                p += 1
            ends.append(consumed)
        snapped = []
        for c in cuts:
            e = next((x for x in ends if x >= c), ends[-1])
            if e >= len(text):
                e = max([x for x in ends if x < len(text)] or [c])
            snapped.append(e)
        bounds = [0] + snapped + [len(text)]
        pieces = [text[bounds[j]:bounds[j + 1]] for j in range(len(bounds) - 1)]
        self.snaps[key] = pieces
        return pieces

    def column(self, a, pre, dl, text, start, end, width):
        col = Column(width, self.rng, self.stats, self)
        dtoks = [DL + t for t in tokens(punct(clean_cut(dl), self.style), names=True)] if dl else []
        if dl and BRK in dl:
            self.stats["forced break inside a dateline"] += 1
        btoks = tokens(punct(text, self.style))
        ptoks = [DL + c for c in pre] if pre else []
        toks = ptoks + dtoks + btoks
        lines = col.lines(toks, 2.0 if start else 0.0)
        for n, ln in enumerate(lines):
            last = n == len(lines) - 1 and end
            if n > 0 and any(t.startswith(DL) for t in ln) and dl:
                self.stats["dateline runs over a line break"] += 1
            self.emit(col.draw(ln, last, col.rooms[n]))

    def cmd_byline(self, aid: str, opts: set[str]):
        a = self.art(aid)
        bits = a.f["byline"].split(BRK)
        for k, b in enumerate(bits):
            self.emit(b.strip(), glue=k > 0 and "glue" in opts)
        if len(bits) > 1:
            self.stats["byline broken between names"] += 1
        self.stats["byline on a line of its own"] += 1

    def cmd_photo(self, aid: str, opts: set[str]):
        a = self.art(aid)
        cred = clean(a.f["byline"])
        for n, p in enumerate(a.paras):
            self.printed.add((a.id, n, 0))
            cap = clean(p)
            lastp = n == len(a.paras) - 1
            if lastp and cred and "same" in opts:
                self.emit(cap + " " + cred)
                self.stats["credit at the end of a caption line"] += 1
            else:
                if self.layout == "column" and "wrap" in opts:
                    w = int(opts_val(opts, "cw", "42"))
                    chunks = wrap_plain(cap, w)
                    for c in chunks:
                        self.emit(c)
                else:
                    self.emit(cap)
        if cred and "same" not in opts:
            if "right" in opts:
                self.emit(" " * 24 + cred)
                self.stats["credit right-aligned on its own line"] += 1
            else:
                self.emit(cred)
                self.stats["credit on its own line"] += 1
        self.stats["photo captions"] += len(a.paras)

    def run(self) -> str:
        for raw in self.src.layout:
            parts = raw.split()
            cmd = parts[0]
            if cmd == "head":
                self.cmd_head(parts[1], set(parts[2:]))
            elif cmd == "body":
                spec = [p for p in parts[2:] if "=" not in p]
                opts = dict(p.split("=", 1) for p in parts[2:] if "=" in p)
                self.cmd_body(parts[1], spec, opts)
            elif cmd == "byline":
                self.cmd_byline(parts[1], set(parts[2:]))
            elif cmd == "photo":
                self.cmd_photo(parts[1], set(parts[2:]))
            elif cmd == "col":
                self.emit(self.art(parts[1]).f["column"])
                self.stats["framed column label apart from its piece"] += 1
            elif cmd == "mark":
                self.emit(raw.split(None, 2)[2])
                self.stats["jump marker"] += 1
            elif cmd in ("mast", "box", "extra"):
                text = raw.split(None, 1)[1]
                bits = text.split("|")
                for k, b in enumerate(bits):
                    glue = b.startswith("^")
                    self.emit(b.lstrip("^"), glue=glue)
                self.extras.append(punct("".join(b.lstrip("^") for b in bits).replace(" ", ""), self.style))
                self.stats["masthead piece" if cmd == "mast" else "box / furniture line"] += len(bits)
            elif cmd == "dup":
                a = self.art(parts[1])
                for i, k in self.piece_list(a, parts[2:]):
                    t, _, _ = self.piece_text(a, i, k)
                    self.emit(clean(t))
                    self.dups.append(punct(nows(clean(t)), self.style))
                    self.stats["line printed twice"] += 1
            elif cmd == "blank":
                self.blank(int(parts[1]))
                self.stats["image gap (extra blank lines)"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown layout command {raw!r}")
        for aid in self.src.order:      # every paragraph piece of the gold is on the page
            a = self.src.arts[aid]
            for i in range(len(a.paras)):
                for kk in range(len(a.pieces(i))):
                    if (aid, i, kk) not in self.printed:
                        raise SystemExit(f"{self.name}: {aid} paragraph {i + 1} piece {kk} never printed")
        lines = self.out
        if self.layout == "column":
            text = "\n".join(lines) + "\n\n\n"
            if self.src.meta.get("lead", "yes") == "yes":
                text = " " + text
        else:
            text = "\n\n" + "\n".join(lines)
        return text

    def gold(self, source_name: str) -> dict:
        m = self.src.meta
        return {
            "source": source_name,
            "issue_date": m["date"],
            "issue_number": m.get("number") or None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": [self.src.arts[i].gold(self.style) for i in self.src.order],
            "extras": self.extras,
            "duplicates": self.dups,
        }


def opts_val(opts, key, default):
    for o in opts:
        if o.startswith(key + "="):
            return o.split("=", 1)[1]
    return default


def wrap_plain(s: str, w: int) -> list[str]:
    out, cur, width = [], "", 0.0
    for c in s:
        if width + em(c) > w and c not in CLOSING:
            out.append(cur)
            cur, width = "", 0.0
        cur += c
        width += em(c)
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------- build

def build() -> list[dict]:
    """Render every source; returns one record per page (text, gold, stats)."""
    recs = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt")), start=1):
        src = Source(path)
        page = Page(src)
        text = page.run()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{digest}"
        gold = page.gold(name + ".txt")
        recs.append({"name": name, "text": text, "gold": gold, "stats": page.stats,
                     "src": src, "page": page})
    return recs


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def readme(recs: list[dict]) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total: Counter = Counter()
    for r in recs:
        total.update(r["stats"])
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(total):
        npg = sum(1 for r in recs if r["stats"][k])
        rows.append(f"| {k} | {total[k]} | {npg} |")
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in recs:
        m = r["src"].meta
        ptab.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(r['gold']['articles'])} | {chars(r['text'])} | "
                    f"{m.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(ptab))


def main():
    recs = build()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for r in recs:
        (PAGES / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (GOLD / (r["name"] + ".json")).write_text(gold_json(r["gold"]), encoding="utf-8")
    (HERE / "README.md").write_text(readme(recs), encoding="utf-8")
    print(f"composed {len(recs)} pages")


if __name__ == "__main__":
    main()
