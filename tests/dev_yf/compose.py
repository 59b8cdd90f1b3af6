#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw page files (pages/), their gold
annotations (gold/) and README.md (from README.in).

    python3 compose.py

Deterministic: every small choice comes from random.Random(<source file name>).
Standard library only.  See README.md for the source format.
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

ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued")
CLOSE = set("，。、；：？！”’）》…%,.;:?!)」』")   # may not start a line
OPEN = set("“‘（《(「『")                          # may not end a line
PUNCT = set("，。、；：？！“”‘’（）《》,;:?!()…—")
CUT = re.compile(r"‖\{(\w+)\}")
CUT_NAMES = {"vf": "cut between a verb and its figure", "fu": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between"}

# ---------------------------------------------------------------- parsing


def parse(path: Path) -> dict:
    page = {"meta": {}, "articles": {}, "order": [], "layout": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            cur = page["meta"]
            continue
        if line.startswith("@article"):
            aid = line.split()[1]
            cur = {"id": aid, "body": []}
            for k in ART_KEYS:
                cur[k] = ""
            page["articles"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            cur = page["layout"]
            continue
        if isinstance(cur, list):
            cur.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is page["meta"]:
            cur[key] = val
        elif key in ("p", "sub"):
            cur["body"].append((key, val))
        else:
            cur[key] = val
    return page


# ---------------------------------------------------------------- punctuation

def punct_style(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        for a, b in (("，", ","), ("；", ";"), ("：", ":"), ("？", "?"), ("！", "!")):
            s = s.replace(a, b)
    return s


def clean(s: str) -> str:
    """Gold form of a source string: no cut markers, no forced line breaks."""
    return CUT.sub("", s).replace("|", "")


# ---------------------------------------------------------------- tokens & widths

ASCII_RUN = re.compile(r"[A-Za-z0-9.%+\-/×·~]+")


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and s[i] not in "·":
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if tok == "|":
        return 0
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


def is_cjk_tok(t: str) -> bool:
    return len(t) == 1 and ord(t) > 0x2e80 and t not in PUNCT


# ---------------------------------------------------------------- page composer

class Composer:
    def __init__(self, src: Path):
        self.src = src
        self.page = parse(src)
        self.meta = self.page["meta"]
        self.rng = random.Random(src.name)
        self.style = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.numsp = float(self.meta.get("numspace", "0.5" if self.layout == "column" else "0.08"))
        self.out: list[tuple[int, str]] = []      # (blank lines before, text)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.next_gap = None
        self.clean_lines: list[str] = []          # clean text of each printed line

    # -- output helpers
    def emit(self, text: str, clean_text: str | None = None, gap: int = 1):
        if self.next_gap is not None:
            gap, self.next_gap = self.next_gap, None
        if not self.out:
            gap = 2
        self.out.append((gap, text))
        self.clean_lines.append(clean_text if clean_text is not None else text)

    def P(self, s: str) -> str:
        return punct_style(s, self.style)

    # -- artefacts on a printed (non-justified) line
    def artefacts(self, s: str) -> str:
        toks = tokens(s)
        res = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if ASCII_RUN.fullmatch(t) and any(ch.isdigit() for ch in t):
                r = self.rng.random()
                if r < self.numsp:
                    if prev and prev != " " and res and not res[-1].endswith(" "):
                        res.append(" ")
                    res.append(t)
                    if nxt and nxt != " " and nxt not in "，。、；：,;:" or (nxt in "，、" and self.rng.random() < 0.3):
                        res.append(" ")
                        self.stats["spaces around a number run"] += 1
                    continue
                if t.endswith("%") and self.rng.random() < self.numsp * 0.15:
                    res.append(t[:-1] + " %")
                    self.stats["glyph-gap space before %"] += 1
                    continue
            if t in "“" and nxt and is_cjk_tok(nxt) and self.rng.random() < self.numsp * 0.12:
                res.append("“ ")
                self.stats["space after an opening quote"] += 1
                continue
            res.append(t)
        out = "".join(res)
        return re.sub(r" {2,}", " ", out).rstrip()

    # -- column wrapping
    def wrap(self, text: str, W: float) -> list[tuple[str, bool, bool]]:
        """Return [(line, justified, paragraph_end)] for one paragraph stream.
        '|' forces a break."""
        toks = tokens(text)
        lines, cur, w = [], [], 0.0
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "|":
                lines.append((cur, False))
                cur, w = [], 0.0
                i += 1
                continue
            if t == " " and not cur:
                i += 1
                continue
            npunct = sum(1 for x in cur if x in PUNCT) + (t in PUNCT)
            Wl = W - 2 if not lines else W            # 2-em paragraph indent
            allow = Wl + 0.5 * min(npunct, 3)
            if cur and w + width(t) > allow:
                if t in CLOSE and (self.rng.random() < 0.6 or len(cur) < 3
                                   or cur[-1] in PUNCT or not is_cjk_tok(cur[-1])):
                    cur.append(t)                      # hang (squeeze) the closing mark
                    i += 1
                    t = toks[i] if i < len(toks) else None
                    if t in CLOSE:
                        cur.append(t)
                        i += 1
                elif t in CLOSE:
                    # push the last glyph down with the mark: the line comes out
                    # short and is letter-spaced (justified)
                    i -= 1
                    cur.pop()
                # an opening mark may not end a line
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append((cur, True))
                cur = carry
                w = sum(width(x) for x in cur)
                continue
            cur.append(t)
            w += width(t)
            i += 1
        if cur:
            lines.append((cur, False))
        out = []
        for k, (lt, breakable) in enumerate(lines):
            while lt and lt[-1] == " ":
                lt = lt[:-1]
            nat = sum(width(x) for x in lt)
            last = k == len(lines) - 1
            Wl = W - 2 if k == 0 else W
            # seeds 000/004: about 5% of body lines come out letter-spaced; short
            # lines (next unit could not fit) always do
            if breakable and len(lt) > 6 and (nat < Wl - 0.75 or self.rng.random() < 0.045):
                # justified: glyphs spread with spaces, punctuation squeezed
                parts = []
                for j, x in enumerate(lt):
                    parts.append(x)
                    if j < len(lt) - 1 and x not in "，。、；：”’）》,;:)" and x != " " and lt[j + 1] != " ":
                        parts.append(" ")
                out.append(("".join(parts), True, last))
                self.stats["justified column line spread with spaces"] += 1
            else:
                out.append((self.artefacts("".join(lt)), False, last))
        return out

    # -- article pieces
    def art(self, aid: str) -> dict:
        return self.page["articles"][aid]

    def body_units(self, a: dict) -> list[str]:
        """Paragraph texts (punct-styled, cut markers kept) in reading order."""
        return [self.P(t) for _, t in a["body"]]

    def column_lines(self, a: dict) -> list[tuple[str, str]]:
        """All wrapped body lines of a column-layout article, with clean text."""
        if "_lines" in a:
            return a["_lines"]
        W = float(a.get("width") or self.meta.get("width", "17"))
        paras = self.body_units(a)
        res = []
        for n, p in enumerate(paras):
            p = CUT.sub("", p)
            stream = p
            if n == 0 and a["dateline"]:
                stream = self.P(a["dateline"]) + p
                if "|" in a["dateline"]:
                    self.stats["line break inside a dateline"] += 1
            for line, just, last in self.wrap(stream, W):
                res.append((line, line.replace(" ", "")))
        a["_lines"] = res
        return res

    def para_pieces(self, a: dict) -> dict[str, str]:
        """Paragraph layout: piece id -> text.  '3' = whole paragraph 3 (1-based),
        '3a', '3b' … = pieces of a paragraph cut with ‖{type}."""
        if "_pieces" in a:
            return a["_pieces"]
        pieces = {}
        order = []
        for n, p in enumerate(self.body_units(a), 1):
            parts = CUT.split(p)
            texts, kinds = parts[0::2], parts[1::2]
            for k in kinds:
                self.stats[CUT_NAMES[k]] += 1
            if len(texts) == 1:
                pieces[str(n)] = texts[0]
                order.append(str(n))
            else:
                for j, t in enumerate(texts):
                    pid = f"{n}{'abcdefg'[j]}"
                    pieces[pid] = t
                    order.append(pid)
        a["_pieces"] = pieces
        a["_order"] = order
        return pieces

    # -- instructions
    def do_head(self, aid: str, opts: list[str]):
        a = self.art(aid)
        parts = [self.P(a[k]) for k in ("kicker", "title", "subtitle") if a[k]]
        tight = "tight" in opts
        if "join" in opts:
            line = " ".join(clean(x) for x in parts)
            self.emit(line)
            self.stats["headline stack bunched on one line"] += 1
            return
        first = True
        for k in ("kicker", "title", "subtitle"):
            if not a[k]:
                continue
            val = self.P(a[k])
            segs = val.split("|")
            if len(segs) > 1:
                self.stats["headline broken over lines"] += 1
                if len(segs[-1]) <= 4:
                    self.stats["headline's last word alone on a line"] += 1
            for j, s in enumerate(segs):
                gap = 1 if first or not tight else 0
                if k == "title" and "double" in opts and len(segs) == 1:
                    self.emit(s + " " + s, s, gap=gap)
                    self.dups.append(s)
                    self.stats["headline drawn twice"] += 1
                else:
                    self.emit(s, gap=gap)
                if k == "title" and "twice" in opts and j == len(segs) - 1:
                    self.emit(s, gap=0)
                    self.dups.append(s)
                    self.stats["headline drawn twice"] += 1
                first = False

    def do_col(self, aid: str, opts):
        a = self.art(aid)
        self.emit(self.P(a["column"]), gap=0 if "tight" in opts else 1)
        self.stats["column label on its own line"] += 1

    def do_byline(self, aid: str, opts):
        a = self.art(aid)
        segs = self.P(a["byline"]).split("|")
        if len(segs) > 1:
            self.stats["byline broken over lines"] += 1
        for j, s in enumerate(segs):
            gap = 0 if (j and "tight" in opts) or (j == 0 and "tight0" in opts) else 1
            if "right" in opts:
                s = " " * (8 + self.rng.randrange(12)) + s
            self.emit(s, gap=gap)

    def do_body(self, aid: str, rng_spec: str | None, opts):
        a = self.art(aid)
        if self.layout == "column":
            lines = self.column_lines(a)
            lo, hi = 0, len(lines)
            if rng_spec:
                x, _, y = rng_spec.partition(":")
                lo = int(x) if x else 0
                hi = int(y) if y else len(lines)
            for j, (line, cl) in enumerate(lines[lo:hi]):
                if lo + j == 0 and self.rng.random() < 0.3:
                    line = " " + line
                self.emit(line, cl)
            return
        pieces = self.para_pieces(a)
        order = a["_order"]
        if not rng_spec:
            sel = order
        else:
            sel = []
            for spec in rng_spec.split(","):
                if "-" in spec:
                    x, _, y = spec.partition("-")
                    i0 = next(i for i, p in enumerate(order) if p.rstrip("abcdefg") == x or p == x)
                    if y:
                        i1 = max(i for i, p in enumerate(order) if p.rstrip("abcdefg") == y or p == y)
                    else:
                        i1 = len(order) - 1
                    sel += order[i0:i1 + 1]
                else:
                    sel.append(spec)
        for pid in sel:
            text = pieces[pid]
            if pid == order[0] and a["dateline"]:
                text = self.P(clean(a["dateline"])) + text
            gap = 0 if ("tight" in opts and pid != sel[0]) else 1
            self.emit(self.artefacts(text), text, gap=gap)

    def do_cap(self, aid: str, opts):
        """Photo: caption (its only paragraph) and credit."""
        a = self.art(aid)
        cap = self.P(a["body"][0][1])
        credit = self.P(a["byline"])
        if "same" in opts and credit:
            self.emit(self.artefacts(cap) + " " + clean(credit), cap)
            return
        self.emit(self.artefacts(cap), cap)
        if credit and "nocredit" not in opts:
            segs = credit.split("|")
            if len(segs) > 1:
                self.stats["photo credit broken over two lines"] += 1
            for j, s in enumerate(segs):
                if "right" in opts:
                    s = " " * (10 + self.rng.randrange(14)) + s
                    self.stats["credit right-aligned on its own line"] += 1
                self.emit(s, gap=0 if "tight" in opts else 1)

    def run(self):
        for ins in self.page["layout"]:
            op, _, rest = ins.partition(" ")
            args = rest.split()
            if op in ("mast", "extra"):
                pieces = rest.split("|")
                for j, s in enumerate(pieces):
                    self.emit(s, gap=1)
                self.extras.append(clean("".join(pieces)).replace(" ", ""))
                self.stats["masthead piece" if op == "mast" else "box line (countdown, code prompt, label)"] += len(pieces)
            elif op == "head":
                self.do_head(args[0], args[1:])
                if "after" in args[1:]:
                    self.stats["headline printed after its body"] += 1
            elif op == "col":
                self.do_col(args[0], args[1:])
            elif op == "byline":
                self.do_byline(args[0], args[1:])
            elif op == "body":
                spec = args[1] if len(args) > 1 and args[1] not in ("tight",) else None
                self.do_body(args[0], spec, args[1:])
            elif op == "cap":
                self.do_cap(args[0], args[1:])
            elif op == "mark":
                self.emit(rest)
                self.stats["jump marker"] += 1
            elif op == "dup":
                self.emit(self.out[-1][1], self.clean_lines[-1], gap=1)
                self.dups.append(self.clean_lines[-1].strip())
                self.stats["line printed twice"] += 1
            elif op == "gap":
                self.next_gap = int(args[0])
            else:
                raise SystemExit(f"{self.src.name}: unknown layout op {ins!r}")

    # -- results
    def text(self) -> str:
        buf = []
        for gap, t in self.out:
            buf.append("\n" * (gap + 1 if buf else gap))
            buf.append(t)
        return "".join(buf) + "\n"

    def gold_articles(self) -> list[dict]:
        res = []
        for aid in self.page["order"]:
            a = self.art(aid)
            g = {}
            for k in ART_KEYS:
                g[k] = clean(self.P(a[k]))
            g["subheads"] = [clean(self.P(t)) for kind, t in a["body"] if kind == "sub"]
            g["paragraphs"] = [clean(self.P(t)) for _, t in a["body"]]
            res.append(g)
        return res


def main() -> int:
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    rows, phen = [], Counter()
    for src in sorted(SRC.glob("p*.txt")):
        c = Composer(src)
        c.run()
        text = c.text()
        m = c.meta
        name = f"{m['name']}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"{name}.txt",
            "issue_date": m["date"],
            "issue_number": m.get("issue") or None,
            "page_count": int(m["pages"]) if m.get("pages") else None,
            "articles": c.gold_articles(),
            "extras": c.extras,
            "duplicates": c.dups,
        }
        (GOLD / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        arts = gold["articles"]
        phen.update(c.stats)
        phen["articles"] += len(arts)
        for a in arts:
            phen[f"kind: {a['kind']}"] += 1
            if a["column"]:
                phen["article with a column label"] += 1
            if a["subheads"]:
                phen["feature crossheads"] += len(a["subheads"])
            if a["continued"]:
                phen["article with a jump (continued)"] += 1
            if a["kicker"]:
                phen["headline with a kicker"] += 1
            if a["subtitle"]:
                phen["headline with a subtitle"] += 1
            if a["subtitle"].startswith("——"):
                phen["dash-led subtitle"] += 1
            if a["dateline"] and "电" in a["dateline"][:16]:
                phen["dateline with 电"] += 1
            if a["dateline"] and "讯" in a["dateline"][:16]:
                phen["dateline with 讯"] += 1
        nchar = len(re.sub(r"\s", "", text))
        rows.append((name, m["date"], m["page"], m["layout"], m["punct"], len(arts), nchar,
                     m.get("subjects", "")))
    # README
    t1 = ["| phenomenon | count |", "|---|---|"]
    t1 += [f"| {k} | {v} |" for k, v in sorted(phen.items())]
    t2 = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    t2 += [f"| {r[0]}.txt | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |" for r in rows]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(t1)).replace("{{PAGES}}", "\n".join(t2))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    for r in rows:
        print(f"{r[0]}  {r[1]}  p{r[2]}  {r[3]:7} {r[4]:6} arts={r[5]:2} chars={r[6]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
