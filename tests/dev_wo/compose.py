#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (decoration of a column line) is drawn from a
random.Random seeded by the source file name, so a rebuild is byte-for-byte identical.

Source format (see README.md, "Source format"):

    date: 2019-06-18          issue date (ISO)
    page: 1                   page number printed on the sheet
    layout: column | para     the two extraction layouts of the seeds
    punct: full | mixed | half
    width: 17                 default column width in em (column layout)
    issue: 25201              issue number (front pages only)
    pages: 12                 page count (front pages only)
    subjects: 交通、机场

    == ID KIND                one section per article, in reading order
    column: / kicker: / title: / subtitle: / byline: / dateline: / continued: / lead:
    p: paragraph              ¦x = cut point (x = v u w q n c, see CUTS), ^ = forced line break
    h: crosshead              (kept in subheads and in paragraphs)

    == layout                 one command a line, printed in this order
    mast A | B ~ C | D        masthead pieces, " | " = new line, "~" = single newline
    box A | B                 a short box (countdown, code prompt); one extras entry
    raw TEXT                  a furniture line (extras)
    col ID                    the column label of ID on its own line
    head ID [stack|tight|line|double|twice|last:N]
    by ID [right]             the byline of ID on its own line (right = right-aligned credit)
    body ID RANGE [w=N]       paragraphs/pieces: 1-3, 2.2-4, 5.1 ...
    photo ID inline|after|before [w=N]
    marker TEXT               a jump marker line (▷(下转2版))
    dup ID PIECE [w=N]        a piece printed a second time (gold duplicates)
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUTS = {"v": "verb / figure", "u": "figure / unit", "w": "inside a word",
        "q": "inside a quoted term", "n": "inside a name", "c": "column break, nothing between",
        "p": "verb / object", "f": "before a figure"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：！？”）》,.;:!?)")
OPEN = set("“（《(")
PUNCT_COUNT = set("，。、；：！？“”（）《》")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+/·×\-]+")


# ----------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    meta, arts, layout = {}, OrderedDict(), []
    cur = None
    in_layout = False
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("== "):
            head = ln[3:].split()
            if head[0] == "layout":
                in_layout = True
                cur = None
                continue
            cur = {"id": head[0], "kind": head[1], "paras": [], "lead": ""}
            for f in FIELDS:
                cur[f] = ""
            arts[head[0]] = cur
            continue
        if in_layout:
            layout.append(ln.strip())
            continue
        key, _, val = ln.partition(":")
        key, val = key.strip(), val.strip()
        if cur is None:
            meta[key] = val
        elif key in ("p", "h"):
            cur["paras"].append((key, val))
        elif key in FIELDS or key == "lead":
            cur[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return {"meta": meta, "arts": arts, "layout": layout, "name": path.stem}


def punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a source string: no cut marks, no forced breaks."""
    s = re.sub(r"¦[a-z]", "", s)
    s = s.replace("^", "").replace("~", "")
    return s


def pieces(text: str) -> list[str]:
    return re.split(r"¦[a-z]", text)


# ----------------------------------------------------------------------------- column flow
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def tw(t: str) -> float:
    if t == "^":
        return 0
    if t == " ":
        return 0.5
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in t)


def is_num(t: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", t))


def is_cjk(t: str) -> bool:
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


class Page:
    def __init__(self, src: dict):
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(src["name"])
        self.style = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.width = float(self.meta.get("width", 17))
        self.blocks: list[str] = []     # raw blocks, joined by blank lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.count = Counter()
        self.body_seen: set[str] = set()
        self.last_cmd = ""
        self.printed: list = []        # (article id, piece key) printed by body / photo
        self.block_of: dict = {}       # (article id, piece key) -> index of its raw block
        self.shown: list = []          # (article id, field) printed by head / col / by / photo

    # -- helpers
    def P(self, s: str) -> str:
        return punct(s, self.style)

    def flow(self, text: str, width: float, lead: str = "", plain: bool = False,
             dl_end: int = 0) -> list[str]:
        """Fill column lines of `width` em.  Returns decorated lines.

        Justified-line rule (measured on seeds 000/004): a line the PDF had to stretch is
        extracted with a space after every character.  That happens when the next token is a
        number run that does not fit (the line falls >= 1.5 em short), and otherwise on about
        5 % of the lines holding punctuation (compressed punctuation glyphs)."""
        toks = ([c for c in lead] if lead else []) + tokens(text)
        lines, cur, w = [], [], 0.0     # lines: (tokens, shortfall)
        for i, t in enumerate(toks):
            if t == "^":
                lines.append((cur, 0.0))
                cur, w = [], 0.0
                continue
            if cur and w + tw(t) > width:
                if t in CLOSE:             # hanging punctuation stays on the line
                    cur.append(t)
                    lines.append((cur, 0.0))
                    cur, w = [], 0.0
                    continue
                carry = []
                while cur and cur[-1] in OPEN:  # an opening mark never ends a line
                    carry.insert(0, cur.pop())
                # the end of a dateline is not left with under 4 characters before the body
                while cur and 0 < dl_end - (i - len(carry)) < 4:
                    carry.insert(0, cur.pop())
                lines.append((cur, width - w + sum(tw(c) for c in carry)))
                cur, w = carry, sum(tw(c) for c in carry)
            cur.append(t)
            w += tw(t)
        if cur:
            lines.append((cur, 0.0))
        out = []
        for k, (ln, short) in enumerate(lines):
            final = plain or k == len(lines) - 1
            out.append(self.decorate(ln, final=final, short=short))
        return out

    def decorate(self, toks: list[str], final: bool, short: float = 0.0) -> str:
        npunct = sum(1 for t in toks if t in PUNCT_COUNT)
        spread = not final and (short >= 1.5 or (npunct >= 1 and self.rng.random() < 0.05))
        s = ""
        if spread:
            self.count["justified line spread with spaces"] += 1
            for k, t in enumerate(toks):
                s += t
                if k == len(toks) - 1 or t == " ":
                    continue
                nx = toks[k + 1]
                if t == "“":
                    s += " "
                elif t in CLOSE or t in OPEN or nx in OPEN or nx in "》）)" or nx == " ":
                    pass
                else:
                    s += " "
            return s.rstrip()
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nx = toks[k + 1] if k + 1 < len(toks) else ""
            if is_num(t):
                if prev and (is_cjk(prev) or prev in "，、") and self.rng.random() < 0.8:
                    s += " "
                    self.count["space around a number run"] += 1
                s += t
                if nx and is_cjk(nx) and self.rng.random() < 0.6:
                    s += " "
                    self.count["space around a number run"] += 1
                elif nx in ("、", "，") and t.endswith("%") and self.rng.random() < 0.5:
                    s += " "
                    self.count["glyph-gap space before punctuation / %"] += 1
                continue
            if t == "%" and prev and is_num(prev):
                pass
            s += t
            if t == "“" and nx and is_cjk(nx) and self.rng.random() < 0.12:
                s += " "
                self.count["space after an opening quote"] += 1
            elif is_cjk(t) and nx in ("、", "，", "。") and self.rng.random() < 0.03:
                s += " "
                self.count["glyph-gap space before punctuation / %"] += 1
        return s.rstrip()

    def emit(self, text: str):
        self.blocks.append(text)

    def art(self, aid: str) -> dict:
        return self.src["arts"][aid]

    # -- piece addressing
    def piece_list(self, a: dict):
        out = []
        for i, (typ, txt) in enumerate(a["paras"], 1):
            ps = pieces(txt)
            for j, p in enumerate(ps, 1):
                out.append(((i, j), typ, p, j == len(ps)))
        return out

    def rng_sel(self, a: dict, spec: str):
        pl = self.piece_list(a)
        if spec == "all":
            return pl

        def key(s, end):
            if "." in s:
                i, j = s.split(".")
                return (int(i), int(j))
            i = int(s)
            if end:
                return max(k for (k, *_ ) in pl if k[0] == i)
            return (i, 1)
        lo, dash, hi = spec.partition("-")
        lo_k = key(lo, False)
        hi_k = key(hi or lo, True) if (hi or not dash) else (10 ** 6, 0)
        return [x for x in pl if lo_k <= x[0] <= hi_k]

    # -- commands
    def run(self):
        for cmd in self.src["layout"]:
            op, _, rest = cmd.partition(" ")
            getattr(self, "c_" + op)(rest.strip())
            self.last_cmd = op

    def c_mast(self, rest):
        parts = [p.strip() for p in rest.split(" | ")]
        for p in parts:
            self.emit(p.replace(" ~ ", "\n"))
            self.count["masthead piece"] += 1 + p.count(" ~ ")
            if re.search(r"\S \S", p.replace(" ~ ", "")):
                self.count["masthead pieces merged on one line"] += 1
        self.extras.append(re.sub(r"\s+|~", "", rest.replace(" | ", "")))

    def c_box(self, rest):
        parts = [p.strip() for p in rest.split(" | ")]
        for p in parts:
            self.emit(p)
        self.extras.append(re.sub(r"\s+", "", "".join(parts)))
        self.count["short box lines (countdown, code prompt, framed label)"] += 1

    def c_raw(self, rest):
        self.emit(rest)
        self.extras.append(re.sub(r"\s+", "", rest))
        self.count["short box lines (countdown, code prompt, framed label)"] += 1

    def c_marker(self, rest):
        self.emit(rest)
        self.markers.append(rest)
        self.count["jump marker"] += 1

    def c_col(self, rest):
        a = self.art(rest)
        self.shown.append((rest, "column"))
        self.emit(self.P(a["column"]))
        self.count["column label on its own line"] += 1
        if rest in self.body_seen:
            self.count["column label printed after its body"] += 1

    def c_head(self, rest):
        aid, _, mode = rest.partition(" ")
        mode = mode or ("line" if self.layout == "para" else "stack")
        a = self.art(aid)
        self.shown.extend((aid, f) for f in ("kicker", "title", "subtitle") if a[f])
        decks = [self.P(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
        if aid in self.body_seen:
            self.count["headline printed after its body"] += 1
        if self.last_cmd == "head":
            self.count["headline bunched with another story's headline"] += 1
        if len(decks) == 3:
            self.count["three-deck headline"] += 1
        if mode == "stack":
            txt = "\n\n".join(decks)
        elif mode == "tight":
            txt = "\n".join(decks)
        elif mode == "line":
            txt = " ".join(decks)
        elif mode == "double":
            t = self.P(a["title"])
            decks = [d if d != t else t + " " + t for d in decks]
            txt = "\n\n".join(decks)
            self.dups.append(clean(t))
            self.count["headline drawn twice (doubled on one line)"] += 1
        elif mode == "twice":
            t = self.P(a["title"])
            decks = [d if d != t else t + "\n\n" + t for d in decks]
            txt = "\n\n".join(decks)
            self.dups.append(clean(t))
            self.count["headline drawn twice (two identical lines)"] += 1
        elif mode.startswith("last:"):
            n = int(mode[5:])
            t = self.P(a["title"])
            decks = [d if d != t else t[:-n] + "\n\n" + t[-n:] for d in decks]
            txt = "\n\n".join(decks)
            self.count["headline's last word alone on a line"] += 1
        else:
            raise SystemExit(f"head mode {mode}")
        if "^" in txt or "~" in txt:
            self.count["headline wrapped inside a deck"] += 1
        self.emit(txt.replace("^", "\n").replace("~", "\n\n"))

    def c_by(self, rest):
        aid, _, mode = rest.partition(" ")
        a = self.art(aid)
        self.shown.append((aid, "byline"))
        b = self.P(a["byline"])
        for m in re.finditer(r"\^", b):
            if b[m.end():].lstrip().startswith("通讯员"):
                self.count["line break before 通讯员"] += 1
            else:
                self.count["line break inside a byline"] += 1
        if mode == "right":
            self.emit(" " * 24 + b.replace("^", ""))
            self.count["credit right-aligned on its own line"] += 1
        else:
            self.emit(b.replace("^", "\n"))
            if a["kind"] in ("feature", "commentary"):
                self.count["byline alone on its own line"] += 1

    def _opts(self, rest):
        parts = rest.split()
        opts = {}
        for p in parts[:]:
            if "=" in p:
                k, v = p.split("=")
                opts[k] = v
                parts.remove(p)
        return parts, opts

    def c_body(self, rest):
        (aid, spec), opts = self._opts(rest)
        a = self.art(aid)
        w = float(opts.get("w", self.width))
        sel = self.rng_sel(a, spec)
        first_of_art = sel[0][0] == (1, 1)
        self.body_seen.add(aid)
        self.printed.extend((aid, k) for (k, *_ ) in sel)
        # group consecutive pieces of one paragraph
        groups = []
        for (k, typ, p, last) in sel:
            if groups and groups[-1][0] == k[0] and self.layout == "column":
                groups[-1][2] += p
                groups[-1][3] = last
                groups[-1][5].append(k)
            else:
                groups.append([k[0], typ, p, last, k, [k]])
        for n, (i, typ, text, last, k, keys) in enumerate(groups):
            for kk in keys:
                self.block_of[(aid, kk)] = len(self.blocks)
            text = self.P(text)
            lead = ""
            dl_len = 0
            if k == (1, 1):
                if a["dateline"]:
                    d = a["dateline"]
                    if "^" in d and len(d) - d.rindex("^") - 1 < 5:
                        # a forced break never leaves under 4 characters of the dateline
                        # to run into the body (measured: the seeds never print one)
                        d = d[:d.rindex("^")] + d[d.rindex("^") + 1:]
                    text = self.P(d) + text
                    dl_len = len(tokens(self.P(d)))
                    for m in re.finditer(r"\^", d):
                        pre, post = d[:m.start()], d[m.end():]
                        if re.search(r"[0-9月]\s*$", pre):
                            self.count["line break inside a dateline's date"] += 1
                        elif post.lstrip().startswith("通讯员"):
                            self.count["line break before 通讯员"] += 1
                        else:
                            self.count["line break between a dateline's names"] += 1
                if a["lead"]:
                    lead = a["lead"]
                    self.markers.append(lead)
                    self.count["jump marker"] += 1
            if self.layout == "column":
                lines = self.flow(text, w, lead=lead,
                                  dl_end=(len(lead) + dl_len) if k == (1, 1) and a["dateline"] else 0)
                self.emit("\n\n".join(lines))
            else:
                self.emit((lead + text).replace("^", "\n"))
            if typ == "h":
                self.count["crosshead"] += 1

    def c_photo(self, rest):
        (aid, mode), opts = self._opts(rest)
        a = self.art(aid)
        w = float(opts.get("w", 44))
        cap = self.P(clean("".join(t for _, t in a["paras"])))
        cred = self.P(a["byline"]).replace("^", "")
        self.body_seen.add(aid)
        self.printed.extend((aid, k) for (k, *_ ) in self.piece_list(a))
        if cred:
            self.shown.append((aid, "byline"))
        if self.layout == "column":
            lines = self.flow(cap, w, plain=True)
        else:
            lines = [cap]
        if mode == "inline" and cred:
            lines[-1] = lines[-1] + "  " + cred
            self.emit("\n\n".join(lines))
        elif mode == "after" and cred:
            self.emit("\n\n".join(lines))
            self.emit(" " * 30 + cred)
            self.count["credit right-aligned on its own line"] += 1
        elif mode == "before" and cred:
            self.emit(" " * 30 + cred)
            self.emit("\n\n".join(lines))
            self.count["photo credit printed before its caption"] += 1
        else:
            self.emit("\n\n".join(lines))
        self.count["photo / cartoon"] += 1

    def c_dup(self, rest):
        (aid, spec), opts = self._opts(rest)
        a = self.art(aid)
        w = float(opts.get("w", self.width))
        sel = self.rng_sel(a, spec)
        text = self.P("".join(p for _, _, p, _ in sel))
        if self.layout == "column":
            self.emit("\n\n".join(self.flow(text, w)))
        else:
            self.emit(text)
        self.dups.append(text)
        self.count["text printed twice"] += 1

    # -- results
    def text(self) -> str:
        t = "\n\n".join(self.blocks)
        return "\n".join(l.rstrip() for l in t.split("\n")) + "\n"

    def gold(self, fname: str) -> dict:
        m = self.meta
        arts = []
        for a in self.src["arts"].values():
            g = OrderedDict()
            g["kind"] = a["kind"]
            for f in FIELDS[:-1]:
                g[f] = self.P(clean(a[f]))
            g["continued"] = clean(a["continued"])
            g["subheads"] = [self.P(clean(t)) for typ, t in a["paras"] if typ == "h"]
            g["paragraphs"] = [self.P(clean(t)) for _, t in a["paras"]]
            arts.append(g)
        d = OrderedDict()
        d["source"] = fname
        d["issue_date"] = m["date"]
        d["issue_number"] = m.get("issue") or None
        d["page_count"] = int(m["pages"]) if m.get("pages") else None
        d["articles"] = arts
        d["extras"] = self.extras
        d["duplicates"] = [self.P(clean(x)) for x in self.dups]
        return d


def count_cuts(src: dict, pg: "Page") -> Counter:
    c = Counter()
    for aid, a in src["arts"].items():
        for i, (_, t) in enumerate(a["paras"], 1):
            for j, m in enumerate(re.finditer(r"¦([a-z])", t), 1):
                c["paragraph cut: " + CUTS[m.group(1)]] += 1
                b1, b2 = pg.block_of.get((aid, (i, j))), pg.block_of.get((aid, (i, j + 1)))
                if b1 is None or b2 is None or b1 == b2:
                    c["paragraph cut flowed through (column layout, one run)"] += 1
                elif b2 == b1 + 1:
                    c["paragraph split by a break with nothing between"] += 1
                else:
                    c["paragraph continued after a piece of another story"] += 1
    return c


def build(src_path: Path):
    src = parse(src_path)
    pg = Page(src)
    pg.run()
    text = pg.text()
    return src, pg, text


def compose_all():
    out = []
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        src, pg, text = build(sp)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{n:03d}_{h}.txt"
        gold = pg.gold(fname)
        gjson = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        cnt = pg.count + count_cuts(src, pg)
        out.append({"src": src, "page": pg, "text": text, "fname": fname,
                    "gname": fname[:-4] + ".json", "gjson": gjson, "gold": gold, "count": cnt})
    return out


def readme(results) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    tot = Counter()
    for r in results:
        tot.update(r["count"])
    ph = ["| phenomenon | count | pages |", "|---|---:|---|"]
    for k in sorted(tot, key=lambda k: (-tot[k], k)):
        pages = ",".join(r["fname"][:3] for r in results if r["count"][k])
        ph.append(f"| {k} | {tot[k]} | {pages} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in results:
        m = r["src"]["meta"]
        chars = len(re.sub(r"\s", "", r["text"]))
        pt.append(f"| {r['fname']} | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                  f"{len(r['gold']['articles'])} | {chars} | {m.get('subjects', '')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    results = compose_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for r in results:
        (HERE / "pages" / r["fname"]).write_text(r["text"], encoding="utf-8")
        (HERE / "gold" / r["gname"]).write_text(r["gjson"], encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    main()
