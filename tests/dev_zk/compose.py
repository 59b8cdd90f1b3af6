#!/usr/bin/env python3
"""Lay the hand-written stories in src/ out into raw page files and gold annotations.

    python3 compose.py

Reads src/NN.txt (one printed page each), writes pages/NNN_<sha16>.txt,
gold/NNN_<sha16>.json and README.md.  Deterministic: every random choice comes
from a generator seeded with the page's date and page number.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」』…,.;:?!)%")
OPEN = set("“‘（《「『(")
PUNCT = CLOSE | OPEN | set("—·")
ASCII_TOK = re.compile(r"[0-9A-Za-z.%+×/\-]+")
WEEK = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()


# ---------------------------------------------------------------- source
def parse(path: Path) -> dict:
    page = {"arts": [], "name": path.stem}
    art = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            parts = line[2:].split()
            art = {"kind": parts[0], "opt": dict(p.split("=", 1) for p in parts[1:]),
                   "column": "", "kicker": "", "title": "", "subtitle": "", "byline": "",
                   "dateline": "", "continued": "", "subheads": [], "paragraphs": [],
                   "heads": set()}
            page["arts"].append(art)
            continue
        if art is None:
            k, v = line.split("=", 1)
            page[k.strip()] = v.strip()
            continue
        tag, _, text = line.partition(":")
        field = {"C": "column", "K": "kicker", "T": "title", "S": "subtitle", "B": "byline",
                 "D": "dateline", "J": "continued"}.get(tag)
        if field and _ and len(tag) == 1:
            art[field] = text.strip()
        elif tag == "H" and _:
            art["subheads"].append(text.strip())
            art["paragraphs"].append(text.strip())
            art["heads"].add(len(art["paragraphs"]) - 1)
        elif tag == "P" and _:
            art["paragraphs"].append(text.strip())
        else:
            art["paragraphs"].append(line)
    return page


# ---------------------------------------------------------------- text helpers
def punct(text: str, mode: str) -> str:
    if mode in ("paren", "half"):
        text = text.replace("（", "(").replace("）", ")")
    if mode == "half":
        text = text.replace("，", ",")
    return text


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_TOK.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.3
    return 0.55 * len(tok) if ASCII_TOK.fullmatch(tok) else 1.0


def is_cjk(tok: str) -> bool:
    return len(tok) == 1 and ("\u4e00" <= tok <= "\u9fff")


def wrap(toks: list[str], w: float, first: float) -> list[list[str]]:
    lines, cur, cw, limit = [], [], 0.0, first
    for t in toks:
        tw = width(t)
        if cur and cw + tw > limit + 0.01 and t not in CLOSE:
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur, cw, limit = carry, sum(width(x) for x in carry), w
        cur.append(t)
        cw += tw
    if cur:
        lines.append(cur)
    return lines


class Style:
    """How one page's extraction spaces its text."""

    def __init__(self, rng: random.Random, numspace: float, quote: float):
        self.rng, self.numspace, self.quote = rng, numspace, quote

    def join(self, toks: list[str]) -> str:
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            if ASCII_TOK.fullmatch(t) and out and self.numspace:
                if is_cjk(prev) and self.rng.random() < self.numspace:
                    out.append(" ")
            elif ASCII_TOK.fullmatch(prev) and self.numspace and is_cjk(t):
                if self.rng.random() < self.numspace * 0.75:
                    out.append(" ")
            out.append(t)
            if t == "“" and self.quote and self.rng.random() < self.quote:
                out.append(" ")
        return "".join(out)

    @staticmethod
    def spread(toks: list[str]) -> str:
        out = []
        for i, t in enumerate(toks):
            if i and toks[i - 1] not in CLOSE and t not in OPEN:
                out.append(" ")
            out.append(t)
        return "".join(out)


def glyph_gaps(text: str, rng: random.Random) -> str:
    """Spaces the PDF glyph gaps leave: around a comma, before %, after digits."""
    toks = tokens(text)
    out = []
    for i, t in enumerate(toks):
        out.append(t)
        if t in "，、" and rng.random() < 0.5:
            out[-1] = " " + t + " "
        elif ASCII_TOK.fullmatch(t):
            if t.endswith("%") and len(t) > 1:
                out[-1] = t[:-1] + " %"
            elif i + 1 < len(toks) and is_cjk(toks[i + 1]):
                out[-1] = t + " "
    return "".join(out)


def spaced_all(text: str) -> str:
    return " ".join(tokens(text))


# ---------------------------------------------------------------- layout: column
class Page:
    def __init__(self, src: dict):
        self.src = src
        d = date.fromisoformat(src["date"])
        self.date = d
        self.rng = random.Random(f"{src['date']}/{src['pno']}/{src['name']}")
        self.mode = src.get("punct", "full")
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.ev = Counter()
        self.gold_arts = []
        self.style = Style(self.rng, float(src.get("numspace", "0")), float(src.get("quote", "0")))

    def P(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, s: str):
        self.lines.append(s)

    # -- furniture
    def masthead(self):
        if "mast" not in self.src:
            return
        pieces = [self.P(p) for p in self.src["mast"].split("|")]
        for p in pieces:
            self.emit(p)
            if " " in p:
                self.ev["masthead piece merged (`31 星期六`)"] += 1
        self.extras.append("".join(p.replace(" ", "") for p in pieces))
        self.ev["masthead"] += 1

    def boxes(self, where: str):
        for key in ("box", "box2"):
            spec = self.src.get(key)
            if not spec:
                continue
            pos, _, body = spec.partition(":")
            if pos != where:
                continue
            pieces = [self.P(p) for p in body.split("|")]
            for p in pieces:
                self.emit(p)
            self.extras.append("".join(pieces))
            self.ev["box lines (countdown, code prompt, notice)"] += 1

    # -- gold
    def gold(self, a: dict, **over) -> dict:
        g = {k: self.P(a[k]) for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                       "dateline", "continued")}
        g["kind"] = a["kind"]
        g["subheads"] = [self.P(s) for s in a["subheads"]]
        g["paragraphs"] = [self.P(p).replace(" ", "") for p in a["paragraphs"]]
        g.update(over)
        return g

    def headline_lines(self, a: dict, wide: int) -> list[str]:
        """The headline stack as printed lines (kicker, title, subtitle)."""
        o = a["opt"]
        out = []
        k, t, s = (self.P(a[x]) for x in ("kicker", "title", "subtitle"))
        if o.get("hl") == "join" or o.get("join"):
            jk = o.get("join", "kt")
            parts = []
            if k:
                parts.append(k)
            if t:
                parts.append(t)
            if jk == "ts" and k:
                out.append(k)
                parts = [t]
            if s and jk in ("kts", "ts"):
                parts.append(s)
                s = ""
            out.append(" ".join(parts))
            self.ev["headline parts joined on one line"] += 1
            if s:
                out.append(s)
            return out
        if k:
            out.append(k)
        if t:
            sp = o.get("split")
            if sp == "last" and len(t) > 5:
                cut = len(t) - int(o.get("lastn", "3"))
                out += [t[:cut], t[cut:]]
                self.ev["headline's last word alone on a line"] += 1
            elif sp and sp.isdigit():
                out += [t[:int(sp)], t[int(sp):]]
                self.ev["headline split over two lines"] += 1
            else:
                out.append(t)
            if o.get("twice") == "inline":
                out[-1] = out[-1] + out[-1]
                self.dups.append(t)
                self.ev["headline drawn twice for bold (one line)"] += 1
            elif o.get("twice") == "line":
                out.append(out[-1])
                self.dups.append(t)
                self.ev["headline drawn twice for bold (two lines)"] += 1
        if s:
            if o.get("ssplit") and o["ssplit"].isdigit():
                n = int(o["ssplit"])
                out += [s[:n], s[n:]]
                self.ev["headline split over two lines"] += 1
            else:
                out.append(s)
        return out

    # -- column layout
    def body_lines_col(self, a: dict, w: int) -> list[str]:
        o = a["opt"]
        out = []
        paras = [self.P(p) for p in a["paragraphs"]]
        dl = self.P(a["dateline"])
        spread_p = float(self.src.get("spread", "0.12"))
        dmode = o.get("dl", "flow")
        first_texts = list(paras)
        pre = []
        if dl:
            if dmode == "own":
                pre = [self.style.join(l).strip() for l in wrap(tokens(dl), w + 1, w + 1)]
                self.ev["dateline on its own line"] += 1
            elif dmode == "date":
                m = re.match(r"(.*?\d+[月 ]*\d+)(日.*)", dl)
                pre = [self.style.join(tokens(m.group(1)))]
                first_texts[0] = m.group(2) + first_texts[0]
                self.ev["line break inside a dateline's date"] += 1
            elif dmode == "tx":
                i = dl.index("通讯员")
                pre = [self.style.join(tokens(dl[:i].rstrip()))]
                first_texts[0] = dl[i:] + first_texts[0]
                self.ev["line break before 通讯员"] += 1
            elif dmode == "name":
                m = re.match(r"(.*?记者 \S+) (.*)", dl)
                pre = [self.style.join(tokens(m.group(1)))]
                first_texts[0] = m.group(2) + first_texts[0]
                self.ev["line break between a byline's names"] += 1
            else:
                first_texts[0] = dl + first_texts[0]
                self.ev["dateline run on into the first paragraph"] += 1
        out += pre
        dup_at = int(o["dup"]) if o.get("dup") else -1
        gap_at = int(o["gap"]) if o.get("gap") else -1
        n = 0
        for pi, p in enumerate(first_texts):
            indent = w if (pi == 0 and dl and dmode == "flow") or pi in a["heads"] else w - 2
            if pi in a["heads"]:
                out.append(p)
                self.ev["crosshead line"] += 1
                continue
            ls = wrap(tokens(p), w, indent)
            for li in range(1, len(ls)):
                while ls[li] and ls[li][0] == " ":
                    ls[li - 1].append(ls[li].pop(0))
            if pi == 0 and dl and dmode != "own":
                ls = self.keep_tail(ls, len(tokens(p)) - len(tokens(paras[0])))
            for li, toks in enumerate(ls):
                last = li == len(ls) - 1
                puncts = sum(1 for t in toks if t in PUNCT or ASCII_TOK.fullmatch(t))
                if not last and puncts >= 2 and self.rng.random() < spread_p and not (pi == 0 and li == 0 and dl):
                    s = Style.spread(toks)
                    self.ev["justified line spread with spaces"] += 1
                else:
                    s = self.style.join(toks)
                if n == gap_at:
                    s = glyph_gaps("".join(toks), self.rng)
                    self.ev["glyph-gap spaces inside a line"] += 1
                out.append(s)
                if n == dup_at:
                    out.append(s)
                    self.dups.append(s.replace(" ", ""))
                    self.ev["line printed twice"] += 1
                n += 1
        return out

    @staticmethod
    def keep_tail(ls: list[list[str]], n: int) -> list[list[str]]:
        """A dateline's last few characters are not left alone at a line start
        (the line is set a little wider instead)."""
        seen = 0
        for li, toks in enumerate(ls):
            if seen + len(toks) >= n:
                k = n - seen
                tail = "".join(toks[:k])
                if li and 0 < len(tail) < 4:
                    ls[li - 1] = ls[li - 1] + toks[:k]
                    ls[li] = toks[k:]
                return [l for l in ls if l]
            seen += len(toks)
        return ls

    def lay_column(self):
        arts = self.src["arts"]
        bunch = []
        mastpos = self.src.get("mastpos", "top")
        if mastpos == "top":
            self.masthead()
        self.boxes("top")
        for ai, a in enumerate(arts):
            o = a["opt"]
            if mastpos == f"after{ai}":
                self.masthead()
                self.ev["masthead lines mixed into the page"] += 1
            self.boxes(f"before{ai}")
            w = int(o.get("w", "15"))
            hl = o.get("hl", "after")
            col = self.P(a["column"])
            colpos = o.get("colpos", "before")
            if a["kind"] == "photo":
                self.lay_photo(a, column=True)
                continue
            head = self.headline_lines(a, w)
            byl = self.byline_lines(a)
            if col and colpos == "before":
                self.emit(col)
                self.ev["column label line"] += 1
            if a["kind"] == "continuation":
                mk = self.P(o.get("mk", "▲ ▲（") + a["continued"] + "）")
                body = self.body_lines_col(a, w)
                if o.get("mpos", "own") == "own":
                    self.emit(mk)
                else:
                    body[0] = mk + body[0]
                for l in body:
                    self.emit(l)
                self.ev["continuation from page 1 (上接/紧接)"] += 1
                self.gold_arts.append(self.gold(a, title=""))
                continue
            if hl == "before":
                for l in head:
                    self.emit(l)
                self.ev["headline before its body"] += 1
            for l in byl:
                self.emit(l)
            for l in self.body_lines_col(a, w):
                self.emit(l)
            if a["continued"].startswith("下转"):
                self.emit(self.P(o.get("mk", "▷(") + a["continued"] + ")"))
                self.ev["jump marker 下转"] += 1
            if col and colpos == "after":
                self.emit(col)
                self.ev["column label line"] += 1
            if hl == "after":
                for l in head:
                    self.emit(l)
                self.ev["headline printed after its body"] += 1
            elif hl == "bunch":
                bunch.append(head + (self.byline_lines(a, True) if o.get("bybunch") else []))
                self.ev["headline bunched with others elsewhere"] += 1
            if col and colpos == "bunch":
                bunch[-1].insert(0, col)
            self.gold_arts.append(self.gold(a))
        self.boxes("mid")
        for h in bunch:
            for l in h:
                self.emit(l)
        if mastpos == "end":
            self.masthead()
            self.ev["masthead lines mixed into the page"] += 1
        self.boxes("end")

    def byline_lines(self, a: dict, force: bool = False) -> list[str]:
        b = self.P(a["byline"])
        if not b or (a["opt"].get("bybunch") and not force):
            return []
        o = a["opt"]
        if o.get("bysplit"):
            i = b.index(o["bysplit"])
            self.ev["byline broken over two lines"] += 1
            return [b[:i].strip(), b[i:].strip()]
        if " " not in b:
            self.ev["bare-name byline line"] += 1
        return [b]

    # -- photos (both layouts)
    def lay_photo(self, a: dict, column: bool):
        o = a["opt"]
        cred = self.P(a["byline"])
        caps = [self.P(p) for p in a["paragraphs"]]
        where = o.get("credit", "inline")
        if where == "top":
            self.lines.insert(0, cred)
            self.ev["photo credit at the top of the page"] += 1
        t = self.P(a["title"])
        if t:
            self.emit(t)
            self.ev["photo title line"] += 1
        for i, c in enumerate(caps):
            last = i == len(caps) - 1
            text = c
            if o.get("capgap") and i == 0:
                text = spaced_all(c)
                self.ev["glyph-gap spaces across a whole caption line"] += 1
            if last and where == "inline":
                text = text + " " + cred
                self.ev["photo credit on the caption line"] += 1
            if column and o.get("capw"):
                for l in wrap(tokens(text), int(o["capw"]), int(o["capw"])):
                    self.emit("".join(l))
            else:
                self.emit(text)
        if where == "own":
            self.emit(cred)
            self.ev["photo credit on its own line"] += 1
        elif where == "right":
            self.emit(" " * int(o.get("pad", "24")) + cred)
            self.ev["photo credit right-aligned (leading spaces)"] += 1
        if cred.startswith(("以上图片", "本版图片", "（本版图片")):
            self.ev["group photo credit"] += 1
        self.gold_arts.append(self.gold(a))

    # -- paragraph layout
    def para_block(self, a: dict) -> list[list[str]]:
        """The article's printed lines, as a list of pieces (head, body...)."""
        head = self.headline_lines(a, 0) if a["opt"].get("hl", "sep") != "none" else []
        col = self.P(a["column"])
        out = []
        if col and a["opt"].get("colpos", "before") == "before":
            out.append(col)
            self.ev["column label line"] += 1
        out += head
        if a["byline"]:
            out += self.byline_lines(a)
        return out

    def lay_para(self):
        arts = self.src["arts"]
        self.emit("")
        self.masthead()
        self.boxes("top")
        i = 0
        pending_dup = []
        while i < len(arts):
            a = arts[i]
            self.boxes(f"before{i}")
            if a["kind"] == "photo":
                self.lay_photo(a, column=False)
                i += 1
                continue
            o = a["opt"]
            if o.get("cut") and i + 1 < len(arts):
                b = arts[i + 1]
                self.interleave(a, b, pending_dup)
                i += 2
                continue
            for l in self.para_block(a):
                self.emit(l)
            body = self.para_body(a)
            for l in body:
                self.emit(l)
                if l in pending_dup:
                    pass
            self.after_article(a, pending_dup)
            i += 1
        for d in pending_dup:
            self.emit(d)
        self.boxes("end")

    def para_body(self, a: dict) -> list[str]:
        paras = [self.P(p) for p in a["paragraphs"]]
        dl = self.P(a["dateline"])
        out = []
        if a["kind"] == "continuation":
            mk = self.P(a["opt"].get("mk", "▲ ▲（") + a["continued"] + "）")
            if a["opt"].get("mpos", "own") == "own":
                out.append(mk)
            else:
                paras[0] = mk + paras[0]
            self.ev["continuation from page 1 (上接/紧接)"] += 1
        if dl:
            if a["opt"].get("dl") == "own":
                out.append(dl)
                self.ev["dateline on its own line"] += 1
            else:
                paras[0] = dl + paras[0]
                self.ev["dateline run on into the first paragraph"] += 1
        for p in paras:
            out.append(self.style.join(tokens(p)) if self.style.numspace else p)
        if a["opt"].get("gap"):
            k = int(a["opt"]["gap"])
            out[k] = glyph_gaps(out[k], self.rng)
            self.ev["glyph-gap spaces inside a line"] += 1
        return out

    def after_article(self, a: dict, pending_dup: list):
        o = a["opt"]
        if a["continued"].startswith("下转"):
            self.emit(self.P(o.get("mk", "▷(") + a["continued"] + ")"))
            self.ev["jump marker 下转"] += 1
        if a["column"] and o.get("colpos") == "after":
            self.emit(self.P(a["column"]))
            self.ev["column label line"] += 1
        if a["kind"] == "continuation":
            self.gold_arts.append(self.gold(a, title=""))
        else:
            self.gold_arts.append(self.gold(a))
        if o.get("dup"):
            k = int(o["dup"])
            text = self.P(a["paragraphs"][k])
            pending_dup.append(text) if o.get("dupwhere", "end") == "end" else self.emit(text)
            self.dups.append(text)
            self.ev["line printed twice"] += 1

    def cut_point(self, text: str, how: str) -> int:
        """Where the extraction breaks a paragraph: figure|unit, verb|figure, inside a word."""
        n = len(text)
        lo, hi = n // 3, n - 8
        cands = []
        for m in re.finditer(r"\d(?=[万亿个家元项名人台吨辆条所座公亩])", text):
            if lo <= m.end() <= hi:
                cands.append(("unit", m.end()))
        for m in re.finditer(r"[\u4e00-\u9fff](?=\d)", text):
            if lo <= m.end() <= hi:
                cands.append(("verb", m.end()))
        for m in re.finditer(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", text):
            if lo <= m.end() <= hi:
                cands.append(("word", m.end()))
        pick = [c for c in cands if c[0] == how] or cands
        kind, pos = pick[self.rng.randrange(len(pick))] if pick else ("word", n // 2)
        self.ev[{"unit": "paragraph cut between a figure and its unit",
                 "verb": "paragraph cut between a verb and its figure",
                 "word": "paragraph cut inside a word"}[kind]] += 1
        return pos

    def interleave(self, a: dict, b: dict, pending_dup: list):
        o = a["opt"]
        ai, bj = (int(x) for x in o["cut"].split(","))
        body_a = self.para_body(a)
        body_b = self.para_body(b)
        ca = self.cut_point(body_a[ai], o.get("how", "word"))
        cb = self.cut_point(body_b[bj], o.get("howb", "word")) if o.get("howb") else None
        for l in self.para_block(a):
            self.emit(l)
        for l in body_a[:ai]:
            self.emit(l)
        self.emit(body_a[ai][:ca])
        for l in self.para_block(b):
            self.emit(l)
        for l in body_b[:bj]:
            self.emit(l)
        if cb is not None:
            self.emit(body_b[bj][:cb])
        else:
            self.emit(body_b[bj])
        self.emit(body_a[ai][ca:])
        for l in body_a[ai + 1:]:
            self.emit(l)
        self.after_article(a, pending_dup)
        if cb is not None:
            self.emit(body_b[bj][cb:])
        for l in body_b[bj + 1:]:
            self.emit(l)
        self.after_article(b, pending_dup)
        self.ev["stories alternating in pieces (cut and resumed)"] += 1

    # -- output
    def text(self) -> str:
        lay = self.src["layout"]
        lines = list(self.lines)
        if lay == "column":
            if self.src.get("lead") and lines:
                lines[0] = " " + lines[0]
            return "".join(l + "\n\n" for l in lines)
        return "\n" + "".join(l + "\n\n" for l in lines)


def char_count(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, phen = [], Counter()
    kinds = Counter()
    for n, path in enumerate(sorted(SRC.glob("*.txt"))):
        src = parse(path)
        pg = Page(src)
        if src["layout"] == "column":
            pg.lay_column()
        else:
            pg.lay_para()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        mast = src.get("mast")
        gold = {"source": f"{name}.txt", "issue_date": src["date"],
                "issue_number": re.search(r"第(\d+)号", mast).group(1) if mast else None,
                "page_count": int(re.search(r"今日(\d+)版", mast).group(1)) if mast else None,
                "articles": pg.gold_arts, "extras": pg.extras, "duplicates": pg.dups}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        phen.update(pg.ev)
        for a in pg.gold_arts:
            kinds[a["kind"]] += 1
        rows.append((name, src, len(pg.gold_arts), char_count(text),
                     Counter(a["kind"] for a in pg.gold_arts)))
    write_readme(rows, phen, kinds)
    print(f"{len(rows)} pages, {sum(r[2] for r in rows)} articles")


def write_readme(rows, phen, kinds):
    tpl = (HERE / "README.in.md").read_text(encoding="utf-8")
    pages = ["| file | issue date | weekday | page | layout | punctuation | articles | kinds | characters |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, src, na, nc, kc in rows:
        d = date.fromisoformat(src["date"])
        ks = ", ".join(f"{k} {v}" for k, v in sorted(kc.items()))
        pages.append(f"| {name} | {src['date']} | {WEEK[d.weekday()]} | {src['pno']} | "
                     f"{src['layout']} | {src.get('punct', 'full')} | {na} | {ks} | {nc} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(phen.items()):
        ph.append(f"| {k} | {v} |")
    ks = ", ".join(f"{k}: {v}" for k, v in sorted(kinds.items()))
    chars = [r[3] for r in rows]
    out = (tpl.replace("{{PAGES}}", "\n".join(pages)).replace("{{PHEN}}", "\n".join(ph))
           .replace("{{KINDS}}", ks)
           .replace("{{SUMMARY}}", f"{len(rows)} pages, {sum(r[2] for r in rows)} articles, "
                    f"{min(chars)}–{max(chars)} characters a page (whitespace excluded)"))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
