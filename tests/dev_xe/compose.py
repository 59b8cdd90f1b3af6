#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Every page source (src/pNN.txt) holds a header, the articles (fields and
paragraphs, with cut marks) and a layout script. The layout script orders what
the extraction prints: masthead and box lines, headline stacks, bylines, body
chunks, photos, jump markers and doubled lines. The gold annotation is taken
from the article fields, so text and truth come from one place.

Line widths, the justified-line rule and the blank-line patterns follow what
the seeds print (see README.md, "The two layouts"). Small choices (spaces
around number runs, glyph gaps) come from a random.Random seeded by the source
file name, so a rebuild is byte-for-byte identical. Standard library only.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KEYS = ("kind",) + FIELDS  # article key order before subheads/paragraphs
BREAK = "¦"        # a printed line break inside a field (not in the gold)
CUT = re.compile(r"\{([vuwqnc])\}")   # cut marks inside paragraphs
CUT_KINDS = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between"}

# Punctuation that is set half an em wide when squeezed (measured: lines of the
# seeds' columns hold W em with these counted as 0.5).
SQUEEZE = set("，。、；：？！”’》）】」·,;:)")   # opening marks stay 1 em
NO_START = set("，。、；：？！”’）》】」%,.;:)!…")   # never at a line start
NO_END = set("“‘（《【「(")                      # never at a line end
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×/]+")

HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"}
MIXED = {"（": "(", "）": ")"}


# --------------------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str, kind: str):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.opt: dict[str, str] = {}
        self.paras: list[str] = []      # raw source paragraphs (with cut marks, "## ")

    # chunks: the body split at cut marks; each chunk is a list of pieces
    # (text, starts_paragraph, ends_paragraph, is_subhead)
    def chunks(self):
        out, cur = [], []
        for p in self.paras:
            sub = p.startswith("## ")
            text = p[3:] if sub else p
            parts = CUT.split(text)
            # parts: text, kind, text, kind, text ...
            for i in range(0, len(parts), 2):
                piece = parts[i]
                starts = i == 0
                ends = i == len(parts) - 1
                cur.append((piece, starts, ends, sub))
                if not ends:
                    out.append(cur)
                    cur = []
        if cur:
            out.append(cur)
        return out

    def gold(self, conv):
        paras, subs = [], []
        for p in self.paras:
            sub = p.startswith("## ")
            text = CUT.sub("", p[3:] if sub else p)
            if sub:
                subs.append(conv(text))
                text = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)
            paras.append(conv(text))
        d = {"kind": self.kind}
        for k in FIELDS:
            d[k] = conv(self.f[k].replace(BREAK, ""))
        d["subheads"] = subs
        d["paragraphs"] = paras
        return d


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.head: dict[str, str] = {}
        self.arts: dict[str, Article] = {}
        self.order: list[str] = []
        self.layout: list[list[str]] = []
        self.parse(path.read_text(encoding="utf-8"))

    def parse(self, text: str):
        mode, art = "head", None
        for line in text.splitlines():
            if not line.strip() or line.startswith("#!"):
                continue
            if line.startswith("== "):
                aid, kind = line[3:].split()
                art = Article(aid, kind)
                self.arts[aid] = art
                self.order.append(aid)
                mode = "fields"
                continue
            if line.strip() == "@layout":
                mode = "layout"
                continue
            if mode == "head":
                k, _, v = line.partition(":")
                self.head[k.strip()] = v.strip()
            elif mode == "fields":
                if line.strip() == "--":
                    mode = "body"
                    continue
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k in FIELDS:
                    art.f[k] = v
                else:
                    art.opt[k] = v
            elif mode == "body":
                art.paras.append(line.strip())
            else:
                self.layout.append(line.split(None, 2) if not line.startswith(("extra ", "box "))
                                   else line.split(None, 1))

    def conv(self, s: str) -> str:
        table = {"half": HALF, "mixed": MIXED}.get(self.head.get("punct", "full"), {})
        return "".join(table.get(c, c) for c in s)


# --------------------------------------------------------------------------- layout
def tokens(text: str):
    """Split text into atomic typesetting tokens."""
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m and (text[i].isascii()):
            out.append(m.group())
            i = m.end()
        elif text[i] == " ":
            out.append(" ")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if tok[0].isascii():
        return 0.5 * len(tok)
    if tok in SQUEEZE:
        return 0.5
    if len(tok) > 1:            # a name group
        return sum(width(c) for c in tok)
    return 1.0


def is_ascii(t):
    return bool(t) and t != " " and t[0].isascii() and t not in ",;:()"


def is_cjk(t):
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


class Typesetter:
    """Column lines as the seeds print them."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats
        self.p_before = rng.choice([0.9, 0.75, 0.6])
        self.p_after = rng.choice([0.75, 0.5, 0.35])

    def fill(self, toks, W, first_indent):
        """Greedy filling with squeezable punctuation and line-start/-end rules."""
        lines, cur = [], []
        cap = W - (2 if first_indent else 0)
        for t in toks:
            if not cur and t == " ":
                continue
            w = width(t)
            cw = sum(width(x) for x in cur)
            if cw + w <= cap or not cur:
                cur.append(t)
                continue
            if t in NO_START and cw + w <= cap:
                cur.append(t)            # squeezed in
                continue
            carry = []
            if t in NO_START:
                carry.insert(0, cur.pop())
                while cur and (carry[0] in NO_START or cur[-1] in NO_END):
                    carry.insert(0, cur.pop())
            while len(cur) > 1 and cur[-1] in NO_END:
                carry.insert(0, cur.pop())
            while cur and cur[-1] == " ":
                cur.pop()
            if cur:
                lines.append(cur)
                cap = W
            cur = carry + ([t] if t != " " else [])
        if cur:
            lines.append(cur)
        res = []
        for n, ln in enumerate(lines):
            c = W - (2 if (first_indent and n == 0) else 0)
            res.append((ln, c - sum(width(x) for x in ln)))
        return res

    def render(self, ln, spread):
        rng = self.rng
        if spread:
            self.stats["justified column lines spread with spaces"] += 1
            s = ""
            for k, t in enumerate(ln):
                if k == 0:
                    s = t
                    continue
                p = ln[k - 1]
                if t == " " or p == " ":
                    s += t
                    continue
                gap = " "
                if p in "，。、；：？！,;:" or p in "（《【「(" or p in "》）”’」)":
                    gap = ""
                if p in "“‘":
                    gap = " "
                if t in "》）】」)“‘":
                    gap = ""
                if t in "”’，。、；：？！,;:":
                    gap = " "
                s += gap + t
            return s
        s = ""
        for k, t in enumerate(ln):
            p = ln[k - 1] if k else ""
            gap = ""
            if is_ascii(t) and p and is_cjk(p) and rng.random() < self.p_before:
                gap = " "
                self.stats["spaces around number runs"] += 1
            elif is_ascii(p) and is_cjk(t) and rng.random() < self.p_after:
                gap = " "
                self.stats["spaces around number runs"] += 1
            elif t in "、，" and p and is_cjk(p) and rng.random() < 0.012:
                gap = " "
                self.stats["glyph-gap spaces at full-width punctuation"] += 1
            elif p and p in "“" and is_cjk(t) and rng.random() < 0.05:
                gap = " "
                self.stats["space after an opening quote"] += 1
            if t == "%" and p and rng.random() < 0.5:
                gap = " "
                self.stats["glyph-gap spaces before %"] += 1
            s += gap + t
        return s


class Composer:
    def __init__(self, page: Page):
        self.pg = page
        self.rng = random.Random(page.path.name)
        self.stats: Counter = Counter()
        self.ts = Typesetter(self.rng, self.stats)
        self.lines: list[tuple[str, bool]] = []   # (text, adjacent-to-previous)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.column = page.head["layout"] == "column"

    def emit(self, text, adjacent=False):
        self.lines.append((text, adjacent))

    def c(self, s):
        return self.pg.conv(s)

    # headline parts ------------------------------------------------------
    def part_lines(self, s):
        return [self.c(x) for x in s.split(BREAK)]

    def head(self, a: Article, style: str, opts: set):
        parts = [(k, a.f[k]) for k in ("kicker", "title", "subtitle") if a.f[k]]
        if not parts:
            return
        if "after" in opts:
            self.stats["headlines printed after their body"] += 1
        if style == "inline":
            self.emit(" ".join(self.c(v.replace(BREAK, "")) for _, v in parts))
            self.stats["headline stack printed on one line"] += 1
            return
        groups = []
        if style == "ks" and len(parts) >= 2:
            groups.append([" ".join(self.c(v.replace(BREAK, "")) for _, v in parts[:2])])
            groups += [self.part_lines(v) for _, v in parts[2:]]
            self.stats["headline stack printed on one line"] += 1
        elif style == "ts" and len(parts) >= 2:
            groups += [self.part_lines(v) for _, v in parts[:-2]]
            groups.append([" ".join(self.c(v.replace(BREAK, "")) for _, v in parts[-2:])])
            self.stats["headline stack printed on one line"] += 1
        else:
            for k, v in parts:
                ls = self.part_lines(v)
                if len(ls) > 1:
                    self.stats["headline parts broken over lines"] += 1
                    if len(ls[-1]) <= 3:
                        self.stats["headline's last word left alone"] += 1
                if k == "title" and "double" in opts:
                    t = self.c(v.replace(BREAK, ""))
                    ls = [t + t]
                    self.dups.append(t)
                    self.stats["headline doubled on one line"] += 1
                groups.append(ls)
                if k == "title" and "twice" in opts:
                    t = self.c(v.replace(BREAK, ""))
                    groups[-1] = groups[-1] + [t] if len(ls) == 1 else groups[-1]
                    self.dups.append(t)
                    self.stats["headline printed as two identical lines"] += 1
        tight = "tight" in opts
        for gi, g in enumerate(groups):
            for li, ln in enumerate(g):
                self.emit(ln, adjacent=(li > 0) or (gi > 0 and tight))

    def byline_lines(self, s, adjacent=True):
        ls = self.part_lines(s)
        if len(ls) > 1:
            self.stats["byline broken between names or before 通讯员"] += 1
        for i, ln in enumerate(ls):
            self.emit(ln, adjacent=i > 0 and adjacent)

    # body ----------------------------------------------------------------
    def body(self, a: Article, rng_spec: str, opts: set):
        chunks = a.chunks()
        lo, _, hi = rng_spec.partition("-")
        lo = int(lo)
        hi = len(chunks) - 1 if rng_spec.endswith("-") else int(hi or lo)
        dup_at = {int(o[3:]) for o in opts if o.startswith("dup")}
        printed = []
        for ci in range(lo, hi + 1):
            for j, (text, starts, ends, sub) in enumerate(chunks[ci]):
                dl = a.f["dateline"] if (ci == 0 and j == 0) else ""
                printed += self.piece(a, dl, text, starts, ends, sub)
        n0 = len(self.lines)
        for k, (ln, adj) in enumerate(printed):
            self.emit(ln, adj)
            if k in dup_at:
                self.emit(ln, False)
                self.dups.append(ln.strip())
                self.stats["lines printed twice"] += 1
        return n0

    def piece(self, a, dl, text, starts, ends, sub):
        text = self.c(text)
        dl = self.c(dl)
        if not self.column:
            if dl and BREAK in dl:
                head, _, tail = dl.rpartition(BREAK)
                self.stats["line break inside a dateline"] += 1
                return [(x, False) for x in head.split(BREAK)] + [(tail + text, False)]
            return [(dl + text, False)]
        if sub:
            return [(text, False)]
        W = float(a.opt.get("width", "17"))
        out = []
        toks = []
        if dl:
            if BREAK in dl:
                pieces = dl.split(BREAK)
                self.stats["line break inside a dateline"] += 1
            else:
                m = re.search(r"(?:记者|评论员)", dl)
                pieces = [dl[:m.end()], dl[m.end():]] if m and len(dl) > W - 2 else [dl]
            if a.opt.get("dl") == "own":
                whole = dl.replace(BREAK, "")
                if BREAK not in dl and sum(width(t) for t in tokens(whole)) <= W - 2:
                    pieces = [whole]
                pieces = [p.strip() for p in pieces] + [""]
                self.stats["dateline on a line of its own"] += 1
            for pc in pieces[:-1]:
                out.append((self.dateline_line(pc.strip()), False))
            tail = pieces[-1]
            for w in re.split(r"( )", tail):
                if w == " ":
                    toks.append(" ")
                elif w:
                    if re.search(r"[\u4e00-\u9fff]", w) and not re.search(r"[（(）)]", w):
                        toks.append(w)        # a name: never broken
                    else:
                        toks += tokens(w)
            first_indent = not out
        else:
            first_indent = starts
        toks += tokens(text)
        filled = self.ts.fill(toks, W, first_indent and not dl)
        for n, (ln, slack) in enumerate(filled):
            last = n == len(filled) - 1
            spread = slack >= 1 and not (last and ends) and not last
            out.append((self.ts.render(ln, spread), False))
        return out

    def dateline_line(self, s):
        s2 = re.sub(r"(?<=[^\x00-\x7f])(\d+)(?=[月日])", lambda m: " " + m.group(1), s) \
            if self.rng.random() < 0.5 else s
        if s2 != s:
            self.stats["spaces around number runs"] += 1
        return s2

    def photo(self, a: Article, style: str):
        cap = " ".join(self.c(CUT.sub("", p)) for p in a.paras)
        cred = self.c(a.f["byline"].replace(BREAK, ""))
        if a.f["title"]:
            self.emit(self.c(a.f["title"]))
        if style == "right":
            self.emit(cap)
            pad = " " * int(a.opt.get("pad", "24"))
            self.emit(pad + cred)
            self.stats["credits right-aligned on a line of their own"] += 1
        elif style == "own":
            self.emit(cap)
            self.emit(cred)
        elif style == "wrap" and self.column:
            W = float(a.opt.get("width", "40"))
            filled = self.ts.fill(tokens(cap) + [" "] + tokens(cred), W, False)
            for n, (ln, slack) in enumerate(filled):
                self.emit("".join(ln), adjacent=n > 0)
        else:
            sep = " " if self.column else ""
            self.emit(cap + sep + cred if cred else cap)

    # run -------------------------------------------------------------------
    def run(self):
        pg = self.pg
        for item in pg.layout:
            op = item[0]
            if op in ("extra", "box"):
                text = item[1]
                groups = text.split("‖")
                for g in groups:
                    for i, ln in enumerate(g.split(BREAK)):
                        self.emit(self.c(ln.strip("\u3000")) if op == "box" else self.c(ln), adjacent=i > 0)
                gold = self.c(re.sub("[¦‖]", "", text))
                self.extras.append(gold)
                self.stats["masthead / furniture lines" if op == "extra" else "box lines (countdown, prompt, label, weather, 导读)"] += \
                    text.count(BREAK) + text.count("‖") + 1
                continue
            a = pg.arts[item[1]]
            rest = item[2].split() if len(item) > 2 else []
            opts = set(rest)
            if op == "head":
                style = next((o for o in rest if o in ("stack", "inline", "ks", "ts")), "stack")
                self.head(a, style, opts)
            elif op == "col":
                self.emit(self.c(a.f["column"]), adjacent="tight" in opts)
                self.stats["column labels on their own line"] += 1
            elif op == "by":
                self.byline_lines(a.f["byline"])
            elif op == "body":
                self.body(a, rest[0], opts)
            elif op == "photo":
                self.photo(a, rest[0] if rest else "inline")
            elif op == "mark":
                self.emit(a.opt["mark"])
                self.stats["jump markers"] += 1
            else:
                raise SystemExit(f"{pg.path.name}: unknown layout item {item}")
        for a in pg.arts.values():
            for p in a.paras:
                for m in CUT.finditer(p):
                    self.stats[CUT_KINDS[m.group(1)]] += 1
        return self.text()

    def text(self):
        out = []
        for i, (ln, adj) in enumerate(self.lines):
            if i:
                out.append("\n" if adj else "\n\n")
            out.append(ln)
        body = "".join(out)
        if self.column:
            return " " + body + "\n\n\n"
        return "\n\n" + body


# --------------------------------------------------------------------------- build
def build(root: Path = HERE):
    """Compose every page; return {relative path: text} and the page table rows."""
    files: dict[str, str] = {}
    rows, stats_all = [], Counter()
    srcs = sorted((root / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        pg = Page(sp)
        comp = Composer(pg)
        text = comp.run()
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        h = pg.head
        gold = {"source": name + ".txt", "issue_date": h["date"],
                "issue_number": h.get("issue") or None,
                "page_count": int(h["pages"]) if h.get("pages") else None,
                "articles": [pg.arts[i].gold(pg.conv) for i in pg.order],
                "extras": comp.extras, "duplicates": comp.dups}
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, indent=1, ensure_ascii=False) + "\n"
        stats_all.update(comp.stats)
        chars = len(re.sub(r"\s", "", text))
        rows.append((name + ".txt", h["date"], h["pageno"], h["layout"], h.get("punct", "full"),
                     len(gold["articles"]), chars, h.get("subjects", "")))
    files["README.md"] = readme(root, rows, stats_all)
    return files, rows, stats_all


PUNCT_DESC = {"full": "full-width", "mixed": "full commas, half-width ()", "half": "half-width ,();:"}


def readme(root: Path, rows, stats):
    tpl = (root / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {PUNCT_DESC[r[4]]} | {r[5]} | {r[6]} | {r[7]} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files, rows, _ = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    sys.exit(main())
