#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

    python3 compose.py            # writes pages/, gold/, README.md beside this file

Standard library only. Every small choice is drawn from random.Random(<source file name>),
so a rebuild is byte-for-byte identical. See README.md for the source format.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- characters
CL = "，。、；：？！"          # closing comma class: never starts a line
CQ = "”’"                    # closing quotes
OQ = "“‘"                    # opening quotes: never end a line
BRO = "（《「"                # opening brackets / book-title marks
BRC = "）》」"                # closing brackets / book-title marks
HALF_PUNCT = CL + CQ + OQ + BRO + BRC
CUT = "‖"                    # cut point (followed by a one-letter type code)
BRK = "¦"                    # forced line break (column layout) / column break (paragraph layout)
CUT_TYPES = {"u": "between a figure and its unit", "v": "between a verb and its figure", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "p": "plain"}
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CJK_RE = re.compile(r"[\u3400-\u9fff]")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def conv(s: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def strip_marks(s: str) -> str:
    s = re.sub(CUT + "[a-z]", "", s)
    return s.replace(BRK, "")


# ---------------------------------------------------------------- source parser
def parse_source(text: str, name: str) -> dict:
    page = {"name": name, "meta": {}, "arts": {}, "order": [], "layout": []}
    sect, cur = None, None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art "):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "paras": [], "width": None, "nums": "none", "dlspace": False}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "page":
            k, _, v = line.partition(" ")
            page["meta"][k] = v.strip()
        elif sect == "art":
            k, _, v = line.partition(" ")
            v = v.strip()
            if k == "p":
                cur["paras"].append({"text": v, "sub": False})
            elif k == "sub":
                cur["paras"].append({"text": v, "sub": True})
            elif k == "width":
                cur["width"] = float(v)
            elif k == "dlspace":
                cur["dlspace"] = True
            elif k in FIELDS or k == "nums":
                cur[k] = v
            else:
                raise SystemExit(f"{name}: unknown article key {k!r}")
        elif sect == "layout":
            page["layout"].append(line.strip())
    return page


# ---------------------------------------------------------------- tokens for the column layout
def tokens(text: str) -> list[str]:
    """Glyph tokens: ASCII runs, ——, ……, single characters; BRK and ' ' kept as tokens."""
    out = []
    for m in re.finditer(r"[\x21-\x7e]+|——|……|.", text):
        out.append(m.group())
    return out


def tok_class(t: str) -> str:
    if t == " ":
        return "sp"
    if t == BRK:
        return "br"
    if t in CL:
        return "cl"
    if t in CQ:
        return "cq"
    if t in OQ:
        return "oq"
    if t in BRO:
        return "bro"
    if t in BRC:
        return "brc"
    return "o"


def tok_width(t: str) -> float:
    c = tok_class(t)
    if c == "sp":
        return 0.5
    if c == "br":
        return 0.0
    if c in ("cl", "cq", "oq", "bro", "brc"):
        return 0.5
    if t in ("——", "……"):
        return 2.0
    if t[0].isascii():
        return 0.5 * len(t)
    return 1.0


def units(toks: list[str]) -> list[list[str]]:
    """Group tokens into unbreakable units (kinsoku: no closing mark at a line start,
    no opening mark at a line end)."""
    us: list[list[str]] = []
    pending: list[str] = []
    for t in toks:
        c = tok_class(t)
        if c in ("sp", "br"):
            if pending:
                us.append(pending)
                pending = []
            us.append([t])
            continue
        if c in ("cl", "cq", "brc") and us and not pending and tok_class(us[-1][-1]) not in ("sp", "br"):
            us[-1].append(t)
            continue
        pending.append(t)
        if c in ("oq", "bro"):
            continue
        us.append(pending)
        pending = []
    if pending:
        us.append(pending)
    return us


def wrap(text: str, width: float, indent: float, keep_words: bool = False) -> list[list[str]]:
    """Greedy fill; returns token lists. keep_words: spaces are the only break points
    (used for datelines)."""
    toks = tokens(text)
    us = units(toks)
    if keep_words:   # merge everything between spaces / breaks into one unit
        merged, cur = [], []
        for u in us:
            if u[0] in (" ", BRK):
                if cur:
                    merged.append(cur)
                    cur = []
                merged.append(u)
            else:
                cur = cur + u
        if cur:
            merged.append(cur)
        us = merged
    lines, cur, w = [], [], indent
    for u in us:
        if u == [BRK]:
            lines.append(cur)
            cur, w = [], 0.0
            continue
        uw = sum(tok_width(t) for t in u)
        if (cur or (not lines and indent > 0)) and w + uw > width + 1e-9:
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur, w = [], 0.0
        if not cur and u == [" "]:
            continue
        cur.extend(u)
        w += uw
    while cur and cur[-1] == " ":
        cur.pop()
    lines.append(cur)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def is_cjk_tok(t: str) -> bool:
    return tok_class(t) == "o" and not t[0].isascii() and t not in ("——", "……")


def render_plain(toks, nums, rng, stats, glyphgap):
    out = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t[0].isascii() and t != " " and re.search(r"\d", t):
            if nums in ("both", "before") and prev and is_cjk_tok(prev):
                out.append(" ")
                stats["space around a number run"] += 1
            if glyphgap and t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                t = t[:-1] + " %"
                stats["glyph-gap space before %"] += 1
            out.append(t)
            if nums == "both" and nxt and is_cjk_tok(nxt):
                out.append(" ")
                stats["space around a number run"] += 1
            continue
        if glyphgap and t in "、，" and i > 0 and rng.random() < 0.012:
            out.append(" ")
            stats["glyph-gap space at full-width punctuation"] += 1
        out.append(t)
        if glyphgap and t == "“" and nxt and rng.random() < 0.04:
            out.append(" ")
            stats["space after an opening quote"] += 1
    return "".join(out)


def render_spread(toks):
    out = []
    for i, t in enumerate(toks):
        if i:
            a, b = tok_class(toks[i - 1]), tok_class(t)
            if a in ("o", "oq") and b in ("o", "cl", "cq"):
                out.append(" ")
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src: dict):
        self.src = src
        m = src["meta"]
        self.layout = m["layout"]
        self.punct = m.get("punct", "full")
        self.rng = random.Random(src["name"])
        self.stats: Counter = Counter()
        self.lines: list[tuple[str, str]] = []   # (separator before, line)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.marks: dict[str, list[str]] = {}
        self.pending_sep = None
        self.last_cmd = None
        self.body_seen: set[str] = set()
        self.prev_head = None
        self.printed: set = set()

    # -- output
    def emit(self, line: str, sep: str = "\n\n"):
        if self.pending_sep is not None:
            sep = self.pending_sep
            self.pending_sep = None
        self.lines.append((sep, line))

    def text(self) -> str:
        if self.layout == "column":
            body = "".join((s if i else "") + l for i, (s, l) in enumerate(self.lines))
            return body + "\n\n\n"
        return "\n\n" + "".join((s if i else "") + l for i, (s, l) in enumerate(self.lines))

    def c(self, s: str) -> str:
        return conv(s, self.punct)

    # -- pieces of a body
    def pieces(self, art, rng_spec):
        paras = art["paras"]

        def pos(s, default):
            if s == "":
                return default
            if "." in s:
                p, cc = s.split(".")
                return int(p), int(cc)
            return int(s), 0

        if "-" in rng_spec:
            a, b = rng_spec.split("-")
            start, end = pos(a, (0, 0)), pos(b, (len(paras), 0))
        else:
            p = int(rng_spec)
            start, end = (p, 0), (p + 1, 0)
        out = []
        for p in range(start[0], min(end[0], len(paras) - 1) + 1):
            segs = re.split(CUT + "[a-z]", paras[p]["text"])
            s = start[1] if p == start[0] else 0
            e = end[1] if p == end[0] else len(segs)
            if e <= s:
                continue
            out.append({"p": p, "text": "".join(segs[s:e]), "start": s == 0,
                        "end": e == len(segs), "sub": paras[p]["sub"],
                        "cut_after": re.findall(CUT + "([a-z])", paras[p]["text"])[e - 1] if e < len(segs) else None,
                        "segs": [(p, k) for k in range(s, e)]})
        return out

    def count_cut(self, piece):
        if piece["cut_after"]:
            self.stats["paragraph cut: " + CUT_TYPES[piece["cut_after"]]] += 1

    # -- column layout body
    def col_lines(self, text, width, indent, final, nums, keep_words=False, lead="", first_plain=False):
        toks_lines = wrap(text, width, indent, keep_words)
        out = []
        for i, tl in enumerate(toks_lines):
            last = i == len(toks_lines) - 1
            avail = width - (indent if i == 0 else 0)
            nat = sum(tok_width(t) for t in tl)
            gaps = len(tl) - 1
            spread = (not (last and final) and not (i == 0 and first_plain) and " " not in tl and gaps > 4
                      and (avail - nat) / gaps > 0.06)
            if spread:
                s = render_spread(tl)
                self.stats["justified line spread with spaces"] += 1
            else:
                s = render_plain(tl, nums, self.rng, self.stats, True)
            out.append(s)
        if lead:
            out[0] = lead + out[0]
        return out

    def body(self, aid, spec, opts):
        art = self.src["arts"][aid]
        W = float(opts.get("w", art["width"] or self.src["meta"].get("width", 17)))
        lead = opts.get("mark", "").replace("_", " ")
        if lead:
            self.marks.setdefault(aid, []).append(lead)
            self.stats["jump marker"] += 1
        first = True
        for pc in self.pieces(art, spec):
            for sg in pc["segs"]:
                if (aid, sg) in self.printed:
                    raise SystemExit(f"{self.src['name']}: {aid} segment {sg} printed twice")
                self.printed.add((aid, sg))
            text = self.c(pc["text"])
            if pc["p"] == 0 and pc["start"] and art["dateline"] and "nodl" not in opts:
                dl = self.c(art["dateline"])
                if BRK in dl:
                    self.count_dateline_break(art["dateline"])
                if self.layout == "column":
                    text = dl + "\x00" + text
                else:
                    text = dl + text
            if self.layout == "column":
                self.col_body_piece(art, pc, text, W, lead if first else "")
            else:
                self.para_body_piece(art, pc, text, lead if first else "")
            if BRK in pc["text"]:
                self.stats["paragraph split by a column break, nothing between" if self.layout == "para"
                           else "forced line break in a body"] += pc["text"].count(BRK)
            self.count_cut(pc)
            first = False
        self.body_seen.add(aid)

    def col_body_piece(self, art, pc, text, W, lead):
        if pc["sub"]:
            self.emit(text)
            return
        indent = 2.0 if pc["start"] else 0.0
        if "\x00" in text:   # dateline run in: words of the dateline do not break
            dl, body = text.split("\x00")
            toks_dl = wrap(dl, W, indent, keep_words=True)
            lines = []
            # render dateline lines; the last dateline line continues with the body
            dl_lines = []
            for tl in toks_dl:
                dl_lines.append(tl)
            head_tail = dl_lines[-1]
            used = (indent if len(dl_lines) == 1 else 0) + sum(tok_width(t) for t in head_tail)
            for tl in dl_lines[:-1]:
                lines.append(render_plain(tl, art["nums"], self.rng, self.stats, False))
            rest = self.col_lines(body, W, used, pc["end"], art["nums"], first_plain=True)
            first_rest = rest[0]
            lines.append(render_plain(head_tail, art["nums"], self.rng, self.stats, False) + first_rest)
            lines.extend(rest[1:])
            if art["dlspace"]:
                lines[0] = " " + lines[0]
                self.stats["leading space before a dateline"] += 1
            for ln in lines:
                if ln.lstrip().startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
        else:
            lines = self.col_lines(text, W, indent, pc["end"], art["nums"])
        if lead:
            lines[0] = lead + lines[0]
        for ln in lines:
            self.emit(ln)

    def para_body_piece(self, art, pc, text, lead):
        parts = text.split(BRK)
        for i, part in enumerate(parts):
            self.emit((lead if i == 0 else "") + part)

    def count_dateline_break(self, dl):
        before = dl.split(BRK)[0]
        if "讯" not in before and "电" not in before:
            self.stats["line break inside a dateline's date"] += 1
        else:
            self.stats["line break between a byline's names"] += 1

    # -- heads
    def head(self, aid, spec):
        art = self.src["arts"][aid]
        if aid in self.body_seen:
            self.stats["headline printed after its body"] += 1
        if self.last_cmd == "head" and self.prev_head not in (None, aid):
            self.stats["headline bunched with another story's headline"] += 1
        self.prev_head = aid
        names = {"c": "column", "k": "kicker", "t": "title", "s": "subtitle", "b": "byline"}
        items = re.findall(r"([ckstb])([2=]?)([+|/]?)", spec)
        cur, cur_sep = [], "\n\n"
        pending = []   # list of (sep, text)
        for letter, mod, op in items:
            val = self.c(art[names[letter]])
            if not val:
                continue
            if mod == "2":
                val = val + " " + val.replace(BRK, "")
                self.dups.append(strip_marks(self.c(art[names[letter]])))
                self.stats["headline drawn twice on one line"] += 1
            cur.append(val)
            if op == "+":
                continue
            txt = " ".join(cur)
            pending.append((cur_sep, txt))
            if mod == "=":
                pending.append(("\n", txt))
                self.dups.append(strip_marks(txt))
                self.stats["headline drawn twice (two identical lines)"] += 1
            cur = []
            cur_sep = "\n" if op == "|" else "\n\n"
        if cur:
            pending.append((cur_sep, " ".join(cur)))
        first = True
        for sep, txt in pending:
            segs = txt.split(BRK)
            for j, sg in enumerate(segs):
                s = sep if j == 0 else "\n"
                if first:
                    s = "\n\n"
                    first = False
                if j > 0 and len(squash(sg)) <= 3:
                    self.stats["headline's last word alone on a line"] += 1
                self.emit(sg.strip(), s)

    def byline(self, aid):
        art = self.src["arts"][aid]
        b = self.c(art["byline"])
        segs = re.split(BRK + "(" + BRK + "?)", b)
        texts, seps = segs[0::2], segs[1::2]
        for i, t in enumerate(texts):
            sep = "\n\n" if i == 0 or seps[i - 1] else "\n"
            if i:
                self.stats["line break between a byline's names"] += 1
                if t.startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
            self.emit(t.strip(), sep)

    def dateline_line(self, aid):
        art = self.src["arts"][aid]
        dl = self.c(art["dateline"])
        if BRK in dl:
            self.count_dateline_break(art["dateline"])
        if self.layout == "column":
            W = art["width"] or float(self.src["meta"].get("width", 17))
            for tl in wrap(dl, W, 0, keep_words=True):
                ln = render_plain(tl, art["nums"], self.rng, self.stats, False)
                if ln.startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
                self.emit(ln)
        else:
            for part in dl.split(BRK):
                self.emit(part)

    def caption(self, aid, mode):
        art = self.src["arts"][aid]
        caps = [self.c(strip_marks(p["text"])) for p in art["paras"]]
        credit = self.c(art["byline"])
        lines = []
        for k, cap in enumerate(caps):
            if mode == "inline" and k == len(caps) - 1:
                cap = cap + " " + credit
            if self.layout == "column":
                W = art["width"] or 44
                lines += [render_plain(t, "none", self.rng, self.stats, False) for t in wrap(cap, W, 2.0)]
            else:
                lines.append(cap)
        for ln in lines:
            self.emit(ln)
        if mode == "inline":
            self.stats["photo credit on the caption line"] += 1
        if mode == "right":
            self.emit(" " * self.rng.randint(18, 34) + credit)
            self.stats["credit right-aligned on a line of its own"] += 1

    # -- run the layout script
    def run(self):
        for cmd in self.src["layout"]:
            op, _, rest = cmd.partition(" ")
            if op == "head":
                aid, spec = rest.split()
                self.head(aid, spec)
            elif op == "by":
                self.byline(rest.strip())
            elif op == "dl":
                self.dateline_line(rest.strip())
            elif op == "body":
                parts = rest.split(" ")
                aid, spec = parts[0], parts[1]
                opts = {}
                for o in parts[2:]:
                    k, _, v = o.partition("=")
                    opts[k] = v
                self.body(aid, spec, opts)
            elif op == "cap":
                aid, mode = rest.split()
                self.caption(aid, mode)
                for p, para in enumerate(self.src["arts"][aid]["paras"]):
                    self.printed.add((aid, (p, 0)))
                self.body_seen.add(aid)
            elif op == "mark":
                aid, _, txt = rest.partition(" ")
                self.marks.setdefault(aid, []).append(txt)
                self.emit(txt)
                self.stats["jump marker"] += 1
            elif op in ("x", "x&", "x|"):
                txt = self.c(rest)
                if op == "x":
                    self.extras.append(squash(txt))
                    self.emit(txt)
                else:
                    self.extras[-1] += squash(txt)
                    self.emit(txt, "\n" if op == "x|" else "\n\n")
                if self.src["meta"].get("masthead") == "yes" and len(self.extras) == 1:
                    self.stats["masthead piece"] += 1
                    if re.search(r"\d \S", txt):
                        self.stats["masthead pieces merged on one line"] += 1
                else:
                    self.stats["box line (countdown, code prompt, framed label)"] += 1
            elif op == "dupline":
                sep, ln = self.lines[-1]
                self.emit(ln, "\n" if rest.strip() == "tight" else "\n\n")
                self.dups.append(ln.strip())
                self.stats["line printed twice"] += 1
            elif op == "dup":
                aid, spec = rest.split()
                for pc in self.pieces(self.src["arts"][aid], spec):
                    t = self.c(pc["text"]).replace(BRK, "")
                    self.emit(t)
                    self.dups.append(t)
                    self.stats["stray duplicate of a body piece"] += 1
            elif op == "col":
                self.emit(self.c(self.src["arts"][rest.strip()]["column"]))
                self.stats["column label on a line of its own"] += 1
            elif op == "blank":
                self.pending_sep = "\n" * (int(rest) + 2)
            else:
                raise SystemExit(f"{self.src['name']}: unknown layout command {cmd!r}")
            self.last_cmd = op

    def verify(self):
        """Every segment of every paragraph printed exactly once; heads of titled stories printed."""
        for aid in self.src["order"]:
            a = self.src["arts"][aid]
            for p, para in enumerate(a["paras"]):
                for k, seg in enumerate(re.split(CUT + "[a-z]", para["text"])):
                    if seg and (aid, (p, k)) not in self.printed:
                        raise SystemExit(f"{self.src['name']}: {aid} paragraph {p} segment {k} never printed")
        page = squash(self.text())
        for aid in self.src["order"]:
            a = self.src["arts"][aid]
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                v = squash(self.c(strip_marks(a[f])))
                if v and v not in page:
                    raise SystemExit(f"{self.src['name']}: {aid} {f} {v!r} not on the page")

    # -- gold
    def gold(self, fname: str) -> dict:
        m = self.src["meta"]
        arts = []
        for aid in self.src["order"]:
            a = self.src["arts"][aid]
            d = {k: self.c(strip_marks(a[k])) for k in FIELDS}
            d["kind"] = a["kind"]
            d["subheads"] = [self.c(strip_marks(p["text"])) for p in a["paras"] if p["sub"]]
            d["paragraphs"] = [self.c(strip_marks(p["text"])).replace(" ", "") if p["sub"]
                               else self.c(strip_marks(p["text"])) for p in a["paras"]]
            arts.append(d)
        return {"source": fname, "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def load_sources(src_dir: Path = HERE / "src") -> list[dict]:
    return [parse_source(p.read_text(encoding="utf-8"), p.name) for p in sorted(src_dir.glob("p*.txt"))]


def build(src_dir: Path = HERE / "src") -> dict:
    """Return {"pages": {fname: text}, "gold": {fname: text}, "info": [...], "stats": Counter}."""
    out = {"pages": {}, "gold": {}, "info": [], "stats": Counter(), "marks": {}}
    for src in load_sources(src_dir):
        pg = Page(src)
        pg.run()
        pg.verify()
        text = pg.text()
        num = int(re.search(r"\d+", src["name"]).group())
        fname = f"{num:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        gold = pg.gold(fname)
        out["pages"][fname] = text
        out["gold"][fname[:-4] + ".json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        out["stats"].update(pg.stats)
        out["marks"][fname] = pg.marks
        out["info"].append({"file": fname, "src": src["name"], "meta": src["meta"], "gold": gold,
                            "order": src["order"],
                            "chars": len(re.sub(r"\s", "", text)), "stats": pg.stats})
    return out


def readme(res: dict) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    st = res["stats"]
    per_page = Counter()
    for inf in res["info"]:
        for k in inf["stats"]:
            per_page[k] += 1
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(st, key=lambda k: (-st[k], k)):
        rows.append(f"| {k} | {st[k]} | {per_page[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for inf in res["info"]:
        m = inf["meta"]
        prow.append(f"| {inf['file']} | {m['date']} | {m['pageno']}{' (front)' if m.get('issue') else ''} | "
                    f"{m['layout']} | {m.get('punct', 'full')} | {len(inf['gold']['articles'])} | "
                    f"{inf['chars']} | {m.get('subjects', '')} |")
    tot_a = sum(len(i["gold"]["articles"]) for i in res["info"])
    tot_c = sum(i["chars"] for i in res["info"])
    prow.append(f"| **total** | | | | | {tot_a} | {tot_c} | |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def write(res: dict, root: Path = HERE):
    for sub in ("pages", "gold"):
        d = root / sub
        d.mkdir(exist_ok=True)
        for old in d.iterdir():
            old.unlink()
    for f, t in res["pages"].items():
        (root / "pages" / f).write_text(t, encoding="utf-8")
    for f, t in res["gold"].items():
        (root / "gold" / f).write_text(t, encoding="utf-8")
    (root / "README.md").write_text(readme(res), encoding="utf-8")


if __name__ == "__main__":
    r = build()
    write(r)
    print(f"composed {len(r['pages'])} pages, "
          f"{sum(len(i['gold']['articles']) for i in r['info'])} articles")
