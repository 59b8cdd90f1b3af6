#!/usr/bin/env python3
"""Lay out the dev_uf test set: src/pNN.txt -> pages/NNN_<sha>.txt, gold/NNN_<sha>.json, README.md.

Standard library only; every small choice comes from random.Random(<source file name>),
so running it twice gives the same bytes.  See README.md for the source format.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

# line-breaking classes (measured on seeds 000 and 004)
NO_START = set("，、。；：？！”’）》」%…,.;:?!)")      # may not begin a column line
NO_END = set("“‘（《「(")                            # may not end a column line
FW_PUNCT = set("，、。；：？！“”‘’（）《》「」")        # compressed to half an em in a column
OPEN_Q = set("“‘（《「(")
CLOSE_P = set("，、。；：？！”’）》」")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/·]+")
CUT = re.compile(r"¦([a-z]?)")
CUT_KINDS = {"u": "between a figure and its unit", "v": "between a verb and its figure", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "r": "inside a road name",
             "s": "at a clause boundary", "": "at a clause boundary"}
CJK = re.compile(r"[\u3400-\u9fff]")
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
WEEK = "一二三四五六日"
# A column line short of its width by >= 1 em is always spread (justified with spaces);
# one short by 0.5 em is spread with this probability, which brings the share of spread
# lines to the seeds' 4-6 % (seed 000: 24 of 375 lines, seed 004: 13 of 359).
SPREAD_HALF_EM = 0.09


def die(msg: str):
    sys.exit(f"compose.py: {msg}")


# ---------------------------------------------------------------- punctuation
def punct(s: str, style: str) -> str:
    """Page punctuation: full (as written), mixed (full commas, half brackets), half."""
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parser
def parse(path: Path) -> dict:
    page, arts, layout, cur, in_text = {}, {}, [], None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or (line.startswith("#") and not (in_text and line.startswith("## "))):
            continue
        if line.startswith("@page"):
            cur, in_text = page, False
            continue
        if line.startswith("@article"):
            aid = line.split()[1]
            cur = arts[aid] = {"id": aid, "text": []}
            in_text = False
            continue
        if line.startswith("@layout"):
            cur, in_text = layout, False
            continue
        if cur is layout:
            layout.append(line.strip())
        elif in_text:
            cur["text"].append(line.strip())
        else:
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "text":
                in_text = True
            else:
                cur[k] = v
    return {"page": page, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- article model
class Article:
    def __init__(self, d: dict, style: str):
        self.id = d["id"]
        self.f = {k: punct(d.get(k, ""), style) for k in ART_KEYS}
        if self.f["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
            die(f"{self.id}: bad kind {self.f['kind']!r}")
        self.width = float(d.get("width", "17"))
        self.marker = punct(d.get("marker", ""), style)
        self.dlbreak = d.get("dlbreak", "")
        self.dlspace = d.get("dlspace", "")
        paras, subs = [], []
        for t in d["text"]:
            t = punct(t, style)
            if t.startswith("## "):
                t = t[3:].strip()
                subs.append(t)
                paras.append(("sub", t))
            else:
                paras.append(("p", t))
        self.subheads = subs
        self.raw_paras = paras
        # chunks: list of lists of (para_index, text, starts_para, ends_para, kind)
        self.chunks, cur = [], []
        self.cuts = Counter()
        for i, (kind, t) in enumerate(paras):
            pieces = CUT.split(t)
            # pieces: text, kind, text, kind, text ...
            texts, kinds = pieces[0::2], pieces[1::2]
            for j, tx in enumerate(texts):
                cur.append((i, tx, j == 0, j == len(texts) - 1, kind))
                if j < len(kinds):
                    self.cuts[kinds[j]] += 1
                    self.chunks.append(cur)
                    cur = []
        if cur and any(x[1] for x in cur):
            self.chunks.append(cur)
        self.next_chunk = 0
        self.clean_paras = [CUT.sub("", t).replace("‖", "") for _, t in paras]
        for p in self.clean_paras:
            if re.search(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’])", p):
                die(f"{self.id}: space between CJK in a paragraph: {p[:30]}")

    def gold(self) -> dict:
        g = {k: self.f[k] for k in ART_KEYS}
        g["subheads"] = list(self.subheads)
        g["paragraphs"] = list(self.clean_paras)
        return g

    def headline_text(self) -> str:
        return self.f["kicker"] + self.f["title"] + self.f["subtitle"]


def squash(s: str) -> str:
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ---------------------------------------------------------------- column typesetting
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def tw(t: str) -> float:
    if t == " ":
        return 0.25
    if ASCII_RUN.fullmatch(t):
        return 0.5 * len(t)
    if t in FW_PUNCT:
        return 0.5
    return 1.0


def is_num(t: str) -> bool:
    return bool(ASCII_RUN.fullmatch(t)) and any(c.isdigit() for c in t)


class Typesetter:
    """Greedy column breaking with compressed punctuation, kinsoku and justification."""

    def __init__(self, rng: random.Random, stats: Counter, numspace: float):
        self.rng, self.stats, self.numspace = rng, stats, numspace

    def wrap(self, text: str, width: float, first: float, guard: int = 0) -> list[tuple[list[str], bool]]:
        """Lines of tokens; the bool says whether the line was spread (justified).

        guard: length of a dateline at the head of text.  A line may not begin with fewer
        than four characters of it left (the extraction would then glue 1-3 dateline
        characters to the body text, which no gold string holds in one piece)."""
        toks = [t for t in tokens(text)]
        dl_end, n = 0, 0
        while n < guard and dl_end < len(toks):
            n += len(toks[dl_end])
            dl_end += 1

        def tail(start: int) -> int:
            return sum(len(x.strip()) for x in toks[start:dl_end])

        lines, cur, w, limit = [], [], 0.0, first
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == " " and not cur:
                i += 1
                continue
            if w + tw(t) <= limit + 1e-9 or not cur:
                cur.append(t)
                w += tw(t)
                i += 1
                continue
            if t in NO_START:               # hang closing punctuation on the line
                cur.append(t)
                i += 1
            carry = []
            while cur and cur[-1] in NO_END:  # an opening quote moves down
                carry.insert(0, cur.pop())
            start = i - len(carry)
            while cur and (0 < tail(start) < 4 or (carry and carry[0] in NO_START)):
                carry.insert(0, cur.pop())
                start -= 1
                self.stats["dateline tail kept whole on a line"] += 1
            while cur and cur[-1] == " ":
                cur.pop()
            lw = sum(tw(x) for x in cur)
            slack = limit - lw
            lines.append((cur, slack >= 1.0 or (slack >= 0.5 and self.rng.random() < SPREAD_HALF_EM)))
            cur, limit = carry, width
            w = sum(tw(x) for x in cur)
        if cur:
            lines.append((cur, False))
        return lines

    def render(self, toks: list[str], spread: bool) -> str:
        if spread:
            self.stats["justified column lines"] += 1
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a in CLOSE_P or b in OPEN_Q or a == " " or b == " ":
                    out += b
                else:
                    out += " " + b
            return out
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if is_num(t):
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                if prev and CJK.match(prev) and self.rng.random() < self.numspace:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                out += t
                if nxt and CJK.match(nxt) and self.rng.random() < self.numspace * 0.8:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                continue
            if t in ("、", "，", "；") and prev and self.rng.random() < 0.025:
                out += " "
                self.stats["glyph-gap space before punctuation"] += 1
            out += t
            if t == "“" and nxt and CJK.match(nxt) and self.rng.random() < 0.06:
                out += " "
                self.stats["space after an opening quote"] += 1
        return out


# ---------------------------------------------------------------- page composer
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        src = parse(path)
        self.meta = src["page"]
        self.style = self.meta.get("punct", "full")
        self.layout_kind = self.meta["layout"]
        if self.layout_kind not in ("column", "paragraph"):
            die(f"{path.name}: layout must be column or paragraph")
        self.arts = {k: Article(v, self.style) for k, v in src["arts"].items()}
        self.order = list(src["arts"])
        self.layout = src["layout"]
        self.stats = Counter()
        self.ts = Typesetter(self.rng, self.stats, float(self.meta.get("numspace", "0.85")))
        self.out: list[tuple[int, str]] = []   # (blank lines before, text)
        self.extras, self.dups = [], []
        self.placed_heads = set()
        self.body_seen = set()

    # -- emit helpers
    def emit(self, text: str, gap: int = 1):
        self.out.append((gap, text))

    def emit_parts(self, literal: str, gap: int = 1):
        """' | ' separates lines with a blank between, ' / ' adjacent lines."""
        first = True
        for block in literal.split(" | "):
            for k, ln in enumerate(block.split(" / ")):
                self.emit(ln, gap if first else (1 if k == 0 else 0))
                first = False

    def dateline_print(self, a: Article) -> str:
        d = a.f["dateline"]
        if self.layout_kind == "column" and a.dlspace != "none":
            # glyph gaps before the figures of the date, as seeds 000 and 004 print them
            m = re.match(r"^(湖南日报|新华社[^\d]*|本报)(\d+)月(\d+)日", d)
            if m and (a.dlspace == "yes" or self.rng.random() < 0.5):
                d = f"{m.group(1)} {m.group(2)}月 {m.group(3)}日" + d[m.end():]
                self.stats["spaces around number runs"] += 2
        return d

    def split_dateline(self, a: Article, d: str) -> tuple[str, str]:
        """Where a column (or paragraph) line break falls inside the dateline."""
        kind = a.dlbreak
        if not kind:
            return "", d
        if kind == "own":
            self.stats["dateline alone on its line"] += 1
            return d, ""
        if kind == "date":
            m = re.search(r"月 ?", d)
            cut = m.end()
            self.stats["line break inside a dateline's date"] += 1
        elif kind == "tongxun":
            cut = d.index("通讯员")
            self.stats["line break before 通讯员"] += 1
        elif kind == "reporter":
            cut = d.index("记者") + 2
            self.stats["line break between 记者 and the names"] += 1
        elif kind == "names":
            m = re.search(r"记者 ?\S+ ", d)
            cut = m.end()
            self.stats["line break between a byline's names"] += 1
        else:
            die(f"{a.id}: dlbreak {kind}")
        head, rest = d[:cut].rstrip(), d[cut:].lstrip()
        if len(squash(rest)) < 4:
            die(f"{a.id}: dateline break {kind} leaves under 4 characters: {rest!r}")
        return head, rest

    # -- body printing
    def body(self, a: Article, opts: list[str]):
        if a.next_chunk >= len(a.chunks):
            die(f"{self.path.name}: {a.id} has no chunk left")
        chunk = a.chunks[a.next_chunk]
        a.next_chunk += 1
        inline_marker = "inline" in opts
        if inline_marker:
            self.stats["jump markers"] += 1
        for n, (pi, text, starts, ends, kind) in enumerate(chunk):
            if kind == "sub":
                self.emit(text)
                continue
            first_of_story = pi == 0 and starts and not a.f["kind"] == "continuation"
            prefix_lines, lead = [], ""
            if first_of_story and a.f["dateline"]:
                d = self.dateline_print(a) if self.layout_kind == "column" else a.f["dateline"]
                head, rest = self.split_dateline(a, d)
                if head:
                    prefix_lines.append(head)
                lead = rest
            if inline_marker and n == 0:
                lead = a.marker + lead
            if self.layout_kind == "paragraph":
                pieces = (lead + text).split("‖")
                if len(pieces) > 1:
                    self.stats["paragraph split by a column break"] += len(pieces) - 1
                for k, ptxt in enumerate(prefix_lines):
                    self.emit(ptxt)
                for k, ptxt in enumerate(pieces):
                    self.emit(ptxt, 0 if (k == 0 and prefix_lines) else 1)
            else:
                for ptxt in prefix_lines:
                    self.emit(ptxt)
                full = (lead + text).replace("‖", "")
                indent = starts and not lead and not prefix_lines and not (inline_marker and n == 0)
                w = a.width
                guard = len(lead) if lead else 0
                lines = self.ts.wrap(full, w, w - 2 if indent else w, guard)
                for k, (toks, spread) in enumerate(lines):
                    self.emit(self.ts.render(toks, spread and not (k == len(lines) - 1)))

    # -- the layout script
    def run(self):
        lay = self.layout
        for cmd in lay:
            op, _, rest = cmd.partition(" ")
            rest = rest.strip()
            if op == "masthead" or op == "box":
                pieces = [p.strip() for p in re.split(r" \| | / ", rest)]
                self.emit_parts(rest)
                self.extras.append("".join(pieces))
                self.stats["masthead pieces" if op == "masthead" else "box lines (countdown, code prompt, notice frame)"] += len(pieces)
                continue
            if op == "blank":
                self.out.append((int(rest), None))
                continue
            if op == "dup":
                k = int(rest)
                body = [t for g, t in self.out if t is not None][-k:]
                for t in body:
                    self.emit(t)
                    self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", t))
                self.stats["lines printed twice"] += k
                continue
            aid, _, arg = rest.partition(" ")
            a = self.arts.get(aid)
            if a is None:
                die(f"{self.path.name}: layout names unknown article {aid!r} in {cmd!r}")
            arg = arg.strip()
            if op == "head":
                self.head(a, arg)
            elif op == "column":
                self.emit(a.f["column"])
                self.stats["column labels on their own line"] += 1
            elif op == "byline":
                lit = arg[2:] if arg.startswith("= ") else a.f["byline"]
                if squash(lit.replace(" | ", "").replace(" / ", "")) != squash(a.f["byline"]):
                    die(f"{a.id}: byline literal differs")
                self.emit_parts(lit)
                if " / " in lit or " | " in lit:
                    self.stats["line break inside a byline"] += 1
            elif op == "body":
                self.body(a, arg.split())
                self.body_seen.add(a.id)
            elif op == "marker":
                self.emit(a.marker)
                self.stats["jump markers"] += 1
            elif op == "photo":
                self.photo(a, arg)
            else:
                die(f"{self.path.name}: unknown layout op {op!r}")
        for a in self.arts.values():
            if a.next_chunk != len(a.chunks):
                die(f"{self.path.name}: {a.id} printed {a.next_chunk} of {len(a.chunks)} chunks")
            if a.headline_text() and a.id not in self.placed_heads:
                die(f"{self.path.name}: {a.id} headline never printed")
            self.stats["mid-paragraph cuts"] += sum(a.cuts.values())
            for k, v in a.cuts.items():
                self.stats["paragraph cut " + CUT_KINDS[k]] += v

    def head(self, a: Article, arg: str):
        self.placed_heads.add(a.id)
        h = [x for x in (a.f["kicker"], a.f["title"], a.f["subtitle"]) if x]
        if not h:
            die(f"{self.path.name}: head {a.id} but it has no headline")
        if a.id in self.body_seen:
            self.stats["headlines printed after their body"] += 1
        if arg.startswith("= "):
            lit = arg[2:]
            if squash(lit.replace(" | ", "").replace(" / ", "")) != squash("".join(h)):
                die(f"{a.id}: headline literal {lit!r} differs from the fields")
            self.emit_parts(lit)
            if " / " in lit:
                self.stats["headline lines broken without a blank"] += 1
            return
        if arg == "join":
            self.emit(" ".join(h))
            self.stats["headline stack joined on one line"] += 1
        elif arg == "double":
            t = a.f["title"]
            parts = [x if x != t else t + t for x in h]
            self.emit_parts(" | ".join(parts))
            self.dups.append(t)
            self.stats["headline drawn twice"] += 1
        elif arg == "twice":
            t = a.f["title"]
            lines = []
            for x in h:
                lines.append(x if x != t else t + " / " + t)
            self.emit_parts(" | ".join(lines))
            self.dups.append(t)
            self.stats["headline drawn twice"] += 1
        else:
            self.emit_parts(" | ".join(h))

    def photo(self, a: Article, arg: str):
        cap = a.clean_paras[0] if a.clean_paras else ""
        credit = a.f["byline"]
        a.next_chunk = len(a.chunks)
        if self.layout_kind == "column" and len(cap) > 44:
            lines = [ "".join(t) for t, _ in self.ts.wrap(cap, 43, 43)]
        else:
            lines = [cap] if cap else []
        if arg == "right" and credit:
            for ln in lines:
                self.emit(ln)
            self.emit(" " * (44 - len(credit)) * 1 + credit if len(credit) < 44 else credit)
            self.stats["credits right-aligned on their own line"] += 1
        elif arg == "line" and credit:
            for ln in lines:
                self.emit(ln)
            self.emit(credit)
        elif credit:
            lines[-1] = lines[-1] + " " + credit
            for ln in lines:
                self.emit(ln)
        else:
            for ln in lines:
                self.emit(ln)
        for p in a.clean_paras[1:]:
            self.emit(p)
        self.stats["photo captions"] += 1

    # -- output
    def text(self) -> str:
        parts, pending = [], 0
        for gap, t in self.out:
            if t is None:
                pending += gap
                continue
            parts.append((gap + pending, t))
            pending = 0
        if self.layout_kind == "column":
            s = ""
            for k, (gap, t) in enumerate(parts):
                s += ("" if k == 0 else "\n" * (gap + 1)) + t
            return " " + s + "\n\n\n"
        s = "\n\n"
        for k, (gap, t) in enumerate(parts):
            s += ("" if k == 0 else "\n" * (gap + 1)) + t
        return s

    def gold(self, name: str) -> dict:
        m = self.meta
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": m.get("issue") or None,
            "page_count": int(m["pages"]) if m.get("pages") else None,
            "articles": [self.arts[k].gold() for k in self.order],
            "extras": self.extras,
            "duplicates": self.dups,
        }


# ---------------------------------------------------------------- README
def table(rows: list[list[str]], head: list[str]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def build() -> tuple[dict[str, str], list[dict]]:
    """Every output file as text (relative path -> text) and a record per page."""
    files, total, rows, recs = {}, Counter(), [], []
    for src in sorted(SRC.glob("p*.txt")):
        pg = Page(src)
        pg.run()
        text = pg.text()
        nnn = "%03d" % int(src.stem[1:])
        name = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(pg.stats)
        m = pg.meta
        chars = len(re.sub(r"\s", "", text))
        date = datetime.date.fromisoformat(m["date"])
        rows.append([name + ".txt", f"{m['date']} 星期{WEEK[date.weekday()]}", m["page_no"],
                     pg.layout_kind, m.get("punct", "full"), str(len(gold["articles"])),
                     str(chars), m.get("subjects", "")])
        recs.append({"name": name, "src": src.name, "layout": pg.layout_kind,
                     "page_no": m["page_no"], "chars": chars, "gold": gold,
                     "markers": [pg.arts[k].marker for k in pg.order]})
    ph = table([[k, str(v)] for k, v in sorted(total.items())], ["phenomenon (counted while composing)", "count"])
    pt = table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles", "characters", "subjects"])
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = readme.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    return files, recs


def main():
    files, recs = build()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(recs)} pages")


if __name__ == "__main__":
    main()
