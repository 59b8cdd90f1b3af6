#!/usr/bin/env python3
"""Lay out the hand-written page sources of this set (src/pNN.txt) as raw
extracted page text, and write pages/*.txt, gold/*.json and README.md.

    python3 compose.py

Standard library only. Every small choice (spaces around a number run, a space
after an opening quote in a spread line ...) comes from a random.Random seeded
by the source file's name, so a rebuild is byte-for-byte identical.

The layout rules used here were measured on the five seed pages (see README):
  column layout  one printed column line per text line, a blank line between
                 lines; column widths in em; a line holds glyphs up to the
                 column width with full-width punctuation compressed to half an
                 em; a paragraph's first line is indented 2 em; a justified line
                 whose compressed width falls short of the column is printed
                 "spread" (a space between glyphs); number/latin runs get spaces.
  paragraph layout  one paragraph a line, a blank line between lines; the
                 dateline runs into the first paragraph; stories are cut
                 mid-paragraph and continued after a piece of another story.
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
          "dateline", "continued")
CLOSE = "，。、；：？！）》”’」』…"
OPEN = "（《“‘「『"
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+\-/×]+")
CUT = re.compile(r"\s*¦([a-z]?)\s*")
CUT_KINDS = {"v": "cut between a verb and its figure",
             "u": "cut between a figure and its unit",
             "w": "cut inside a word",
             "q": "cut inside a quoted term",
             "n": "cut inside a name",
             "s": "cut at a sentence end",
             "": "cut between clauses"}

# ----------------------------------------------------------------------------
# source parsing


class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in FIELDS}
        self.opt: dict[str, str] = {}
        self.paras: list[str] = []      # raw source lines (with ¦ cut marks, ## subheads)

    def get(self, k, default=""):
        return self.opt.get(k, default)


def parse_source(path: Path):
    page: dict[str, str] = {}
    arts: dict[str, Article] = {}
    layout: list[str] = []
    mode, cur, in_text = None, None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):           # comment
            continue
        if line.startswith("@"):
            word = line[1:].split()
            mode, in_text = word[0], False
            if mode == "article":
                cur = Article(word[1])
                arts[cur.id] = cur
            continue
        if mode == "layout":
            if line.strip():
                layout.append(line.strip())
            continue
        if in_text:
            if line.strip():
                cur.paras.append(line.strip())
            continue
        if not line.strip():
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "page":
            page[key] = val
        elif mode == "article":
            if key == "text":
                in_text = True
            elif key in FIELDS:
                cur.f[key] = val
            else:
                cur.opt[key] = val
    return page, arts, layout


# ----------------------------------------------------------------------------
# punctuation of the page

HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, style: str) -> str:
    table = {"full": {}, "mixed": MIXED, "half": HALF}[style]
    return "".join(table.get(c, c) for c in s)


def is_close(c):
    return c in CLOSE or c in ",;:)"


def is_open(c):
    return c in OPEN or c == "("


def clean_head(s: str) -> str:
    """Headline text as the gold keeps it: printed line breaks removed."""
    return s.replace("||", "").replace("|", "")


def clean_byline(s: str) -> str:
    s = s.replace("||", "|")
    return re.sub(r"\s*\|\s*", " ", s).strip()


def strip_cuts(s: str) -> str:
    return CUT.sub("", s)


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------------------
# column-layout line breaking


def em(tok: str) -> float:
    if ASCII_RUN.fullmatch(tok):
        return 0.5 * len(tok)
    if tok in CLOSE or tok in OPEN:
        return 0.5                     # compressed full-width punctuation
    if tok in ",;:()":
        return 0.5
    return 1.0


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


class Flow:
    """Breaks one article's body into printed column lines."""

    def __init__(self, art: Article, page, rng: random.Random, stats: Counter):
        self.a, self.page, self.rng, self.stats = art, page, rng, stats
        self.W = float(art.get("width", "17"))
        self.digits = art.get("digits", "both")
        self.spread = art.get("spread", "normal")
        self.lines: list[str] = []
        self.build()

    # a "unit" is (text, kind): kind "fix" = dateline word/lead (never spread,
    # may not be split), "tok" = body glyph token
    def build(self):
        a, style = self.a, self.page["punct"]
        paras = [punct(strip_cuts(p), style) for p in a.paras if p != "¦"]
        first = True
        for p in paras:
            if p.startswith("## "):
                self.lines.append(p[3:])
                self.stats["subhead lines (in-body crossheads)"] += 1
                continue
            units = []
            if first:
                lead = a.get("lead")
                if lead:
                    units.append((punct(lead, style), "fix"))
                dl = a.f["dateline"]
                if dl:
                    printed = print_dateline(punct(dl, style), a.get("dl", "tight"))
                    words = printed.split(" ")
                    for j, w in enumerate(words):
                        units.append((w, "fix" if j < len(words) - 1 else "fixend"))
            first = False
            units += [(t, "tok") for t in tokens(p)]
            self.break_para(units)

    def break_para(self, units):
        W = self.W
        cap = W - 2                     # first line of a paragraph: 2 em indent
        line: list = []
        width = 0.0
        out = []
        i = 0
        while i < len(units):
            text, kind = units[i]
            w = sum(em(t) for t in tokens(text)) if kind != "tok" else em(text)
            gap = 0.5 if (line and line[-1][1] == "fix") else 0.0
            if line and width + gap + w > cap:
                # a dateline's last word shorter than 4 glyphs does not open a
                # line alone: the word before it goes down with it
                if kind == "fixend" and len(text) < 4 and line[-1][1] == "fix" and len(line) > 1:
                    line.pop()
                    i -= 1
                    out.append((line, cap))
                    line, width, cap = [], 0.0, W
                    continue
                # closing punctuation may not start a line: keep it (hanging)
                if kind == "tok" and is_close(text):
                    line.append(units[i])
                    width += w
                    i += 1
                    continue
                # an opening bracket/quote may not end a line
                if line[-1][1] == "tok" and is_open(line[-1][0]) and len(line) > 1:
                    line.pop()
                    i -= 1
                out.append((line, cap))
                line, width, cap = [], 0.0, W
                continue
            line.append(units[i])
            width += gap + w
            i += 1
        if line:
            out.append((line, None))       # last line of the paragraph
        for k in range(1, len(out)):
            prev_u, next_u = out[k - 1][0][-1], out[k][0][0]
            if prev_u[1] == "fix" and next_u[1] in ("fix", "fixend"):
                if next_u[0].startswith("通讯员"):
                    what = "dateline broken before 通讯员"
                elif prev_u[0].endswith("记者"):
                    what = "dateline broken between 记者 and the names"
                elif re.search(r"\d$|月$", prev_u[0]):
                    what = "dateline broken inside its date"
                else:
                    what = "dateline broken between names"
                self.stats[what] += 1
        for k, (ln, c) in enumerate(out):
            self.lines.append(self.render(ln, c))

    def render(self, ln, cap):
        has_fix = any(k != "tok" for _, k in ln)
        comp = 0.0
        for t, k in ln:
            comp += sum(em(x) for x in tokens(t)) if k != "tok" else em(t)
        comp += 0.5 * sum(1 for j in range(1, len(ln)) if ln[j - 1][1] == "fix")
        spread = False
        if cap is not None and not has_fix and self.spread != "off":
            slack = cap - comp
            has_ascii = any(ASCII_RUN.fullmatch(t) for t, _ in ln)
            if self.spread == "eager":
                spread = slack >= 0.5
            else:
                spread = slack >= 1.5 or (slack >= 1.0 and not has_ascii)
        s = ""
        prev = None
        for j, (t, k) in enumerate(ln):
            if k != "tok":
                s += t + (" " if k == "fix" else "")
                prev = None
                continue
            if prev is not None:
                s += self.joiner(prev, t, spread, ln[j + 1][0] if j + 1 < len(ln) else None)
            s += self.percent_gap(t)
            prev = t
        if spread:
            self.stats["justified lines printed spread"] += 1
        return s.rstrip()

    def percent_gap(self, t):
        if ASCII_RUN.fullmatch(t) and t.endswith("%") and len(t) > 2 and self.rng.random() < 0.08:
            self.stats["glyph-gap space before %"] += 1
            return t[:-1] + " %"
        return t

    def joiner(self, prev, t, spread, nxt):
        rng = self.rng
        if spread:
            if is_close(prev[-1]) and not ASCII_RUN.fullmatch(prev):
                return ""
            if t in "》）)":
                return ""
            if is_open(t):
                return ""
            if prev in "“‘":
                if rng.random() < 0.8:
                    self.stats["space after an opening quote"] += 1
                    return " "
                return ""
            if is_open(prev):
                return ""
            return " "
        # not spread: spaces around number / latin runs
        pa = ASCII_RUN.fullmatch(prev) and re.search(r"[A-Za-z0-9]", prev)
        ta = ASCII_RUN.fullmatch(t) and re.search(r"[A-Za-z0-9]", t)
        if ta and not is_close(prev) and not is_open(prev) and not pa:
            mode = self.digits
            if mode in ("both", "before") and rng.random() < 0.93:
                self.stats["space before a number/latin run"] += 1
                return " "
            return ""
        if pa and not ta and not is_close(t) and not is_open(t):
            mode = self.digits
            if mode == "both" and rng.random() < 0.9:
                self.stats["space after a number/latin run"] += 1
                return " "
            return ""
        if t in "、，" and not pa and rng.random() < 0.01:
            self.stats["glyph-gap space before full-width punctuation"] += 1
            return " "
        return ""


def print_dateline(dl: str, style: str) -> str:
    """The dateline as printed: date digits optionally set off by spaces."""
    m = re.match(r"^(.*?)(\d+)([月])(\d+)([日])(.*)$", dl)
    if not m or style == "tight":
        return dl
    head, mo, yue, d, ri, rest = m.groups()
    if style == "spaced":          # 湖南日报 3月 8日讯
        return f"{head} {mo}{yue} {d}{ri}{rest}"
    if style == "full":            # 湖南日报 3 月 8 日讯
        return f"{head} {mo} {yue} {d} {ri}{rest}"
    if style == "half":            # 湖南日报3月 8日讯
        return f"{head}{mo}{yue} {d}{ri}{rest}"
    raise ValueError(style)


# ----------------------------------------------------------------------------
# paragraph-layout pieces


def para_pieces(art: Article, style: str, stats: Counter):
    """Split the body into segments at cut marks. Each segment is a list of
    printed lines. The dateline (and a lead marker) open the first line."""
    segs: list[list[str]] = [[]]
    first = True
    for p in art.paras:
        if p == "¦":
            segs.append([])
            continue
        if p.startswith("## "):
            segs[-1].append(punct(p[3:], style))
            stats["subhead lines (in-body crossheads)"] += 1
            continue
        parts = CUT.split(p)
        texts = parts[0::2]
        kinds = parts[1::2]
        for j, t in enumerate(texts):
            t = punct(t, style)
            if first:
                pre = punct(art.get("lead", ""), style)
                pre += punct(art.f["dateline"], style)
                t = pre + t
                first = False
            segs[-1].append(t)
            if j < len(kinds):
                stats[CUT_KINDS[kinds[j]]] += 1
                segs.append([])
    return [s for s in segs]


# ----------------------------------------------------------------------------
# page composition


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.page, self.arts, self.layout = parse_source(src)
        self.style = self.page["punct"]
        self.rng = random.Random(src.name)
        self.stats: Counter = Counter()
        self.out: list[tuple[str, str]] = []       # (separator before, line text)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.order: list[str] = []                 # article ids by body appearance
        self.heads_seen: dict[str, int] = {}
        self.body_seen: set[str] = set()
        self.flows: dict[str, list[str]] = {}
        self.pos: dict[str, int] = {}
        self.segs: dict[str, list[list[str]]] = {}
        self.capi: dict[str, int] = {}
        self.compose()

    # -- helpers
    def emit(self, text: str, tight=False, lead_space=False):
        sep = "\n" if tight else "\n\n"
        if lead_space:
            text = " " + text
        self.out.append((sep, text))

    def emit_multi(self, text: str, tight=False, lead_space=False):
        """Text with || (blank-separated) and | (tight) printed line breaks."""
        first = True
        for blk_i, blk in enumerate(text.split("||")):
            for j, ln in enumerate(blk.split("|")):
                t = tight if first else (j > 0)
                self.emit(ln, tight=t, lead_space=lead_space and first)
                first = False

    def seen_body(self, aid):
        if aid not in self.body_seen:
            self.body_seen.add(aid)
            self.order.append(aid)

    def head_text(self, a: Article, part: str) -> str:
        if part == "byline":
            return punct(a.f["byline"], self.style)
        return punct(a.f[part], self.style)

    # -- main
    def compose(self):
        colmode = self.page["layout"] == "column"
        for n, d in enumerate(self.layout):
            tight = lead = False
            while d[:1] in "~^":
                if d[0] == "~":
                    tight = True
                else:
                    lead = True
                d = d[1:]
            if n == 0 and colmode:
                lead = True               # column pages open with a space
            cmd, _, rest = d.partition(" ")
            getattr(self, "do_" + cmd)(rest.strip(), tight, lead)
        missing = [a for a in self.arts if a not in self.body_seen]
        if missing:
            raise SystemExit(f"{self.src.name}: bodies never laid out: {missing}")
        for aid, a in self.arts.items():
            if colmode and a.f["kind"] != "photo":
                if self.pos.get(aid, 0) != len(self.flows[aid]):
                    raise SystemExit(f"{self.src.name}: {aid} lines left: "
                                     f"{self.pos.get(aid)} of {len(self.flows[aid])}")
            if not colmode and a.f["kind"] != "photo":
                if self.pos.get(aid, 0) != len(self.segs[aid]):
                    raise SystemExit(f"{self.src.name}: {aid} segments left")
            if a.f["kind"] == "photo" and self.capi.get(aid, 0) != len(a.paras):
                raise SystemExit(f"{self.src.name}: {aid} captions left")

    def do_extra(self, rest, tight, lead, what="masthead pieces"):
        pieces = re.split(r"\s+([/~])\s+", rest)
        texts = pieces[0::2]
        seps = [None] + pieces[1::2]
        for t, s in zip(texts, seps):
            self.emit(t, tight=(tight if s is None else s == "~"), lead_space=lead and s is None)
            self.stats[what] += 1
            if what == "masthead pieces" and " " in t:
                self.stats["masthead pieces merged on one line"] += 1
        self.extras.append(nows("".join(texts)))

    def do_box(self, rest, tight, lead):
        self.do_extra(rest, tight, lead, what="box lines (countdown, code prompt, notice box)")

    def do_gap(self, rest, tight, lead):
        self.emit("", tight=tight)
        self.stats["empty line where a picture stands"] += 1

    def do_mark(self, rest, tight, lead):
        self.emit(rest, tight=tight, lead_space=lead)
        self.stats["jump markers"] += 1

    def do_again(self, rest, tight, lead):
        k = int(rest or "1")
        for sep, t in self.out[-k:]:
            self.emit(t.strip(), tight=tight)
            self.dups.append(nows(t))
            self.stats["lines printed twice"] += 1

    def do_head(self, rest, tight, lead):
        words = rest.split()
        aid, parts = words[0], words[1].split("+")
        a = self.arts[aid]
        twice = "x2" in words[2:]
        texts = [self.head_text(a, p) for p in parts]
        line = " ".join(texts)
        if aid in self.body_seen and "column" not in parts:
            self.stats["headlines printed after their body"] += 1
        if twice:
            one = line
            line = one + one
            self.dups.append(nows(clean_head(one)))
            self.stats["headline drawn twice on one line"] += 1
        if "||" in line:
            self.stats["headline's last word(s) alone after a blank"] += 1
        if "|" in line.replace("||", ""):
            self.stats["headline part broken over two lines"] += 1
        if tight and self.out and self.heads_seen and aid not in self.heads_seen:
            self.stats["headlines bunched with another story's headline"] += 1
        self.heads_seen[aid] = 1
        if "column" in parts:
            self.stats["column labels on their own line"] += 1
        if "byline" in parts and "|" in a.f["byline"]:
            self.stats["line break between byline names / before 通讯员"] += 1
        self.emit_multi(line, tight=tight, lead_space=lead)

    def do_caption(self, rest, tight, lead):
        words = rest.split()
        aid = words[0]
        a = self.arts[aid]
        self.seen_body(aid)
        i = self.capi.get(aid, 0)
        cap = punct(a.paras[i], self.style)
        self.capi[aid] = i + 1
        if "+credit" in words:
            cap = cap + " " + punct(a.f["byline"], self.style)
            self.stats["credits run on after the caption"] += 1
        capw = float(a.get("capw", "0"))
        if capw and self.page["layout"] == "column":
            lines, cur, w = [], "", 0.0
            for t in tokens(cap):
                tw = em(t)
                if cur and w + tw > capw and not is_close(t):
                    lines.append(cur)
                    cur, w = "", 0.0
                cur += t
                w += tw
            lines.append(cur)
            for j, ln in enumerate(lines):
                self.emit(ln, tight=tight if j == 0 else False, lead_space=lead and j == 0)
        else:
            self.emit(cap, tight=tight, lead_space=lead)

    def do_credit(self, rest, tight, lead):
        words = rest.split()
        a = self.arts[words[0]]
        text = punct(a.f["byline"], self.style)
        if "right" in words:
            width = float(words[words.index("right") + 1]) if len(words) > 2 else 20
            w = sum(em(t) for t in tokens(text.replace(" ", "")))
            text = " " * int(max(2, (width - w) * 2)) + text
            self.stats["credits right-aligned on a line of their own"] += 1
        else:
            self.stats["credits on a line of their own"] += 1
        self.emit(text, tight=tight)

    def do_body(self, rest, tight, lead):
        words = rest.split()
        aid = words[0]
        a = self.arts[aid]
        if aid in self.body_seen:
            self.stats["body pieces continued after other text"] += 1
        self.seen_body(aid)
        if self.page["layout"] == "column":
            if aid not in self.flows:
                self.flows[aid] = Flow(a, self.page, self.rng, self.stats).lines
            lines = self.flows[aid]
            p = self.pos.get(aid, 0)
            n = int(words[1][1:]) if len(words) > 1 else len(lines) - p
            chunk = lines[p:p + n]
            if len(chunk) != n or not chunk:
                raise SystemExit(f"{self.src.name}: body {aid} has {len(lines) - p} lines left, asked {n}")
            self.pos[aid] = p + n
            for j, ln in enumerate(chunk):
                self.emit(ln, tight=tight if j == 0 else False, lead_space=lead and j == 0)
        else:
            if aid not in self.segs:
                self.segs[aid] = para_pieces(a, self.style, self.stats)
            p = self.pos.get(aid, 0)
            if p >= len(self.segs[aid]):
                raise SystemExit(f"{self.src.name}: body {aid}: no segment left")
            self.pos[aid] = p + 1
            for j, ln in enumerate(self.segs[aid][p]):
                self.emit(ln, tight=tight if j == 0 else False, lead_space=lead and j == 0)

    # -- results
    def text(self) -> str:
        colmode = self.page["layout"] == "column"
        s = ""
        for i, (sep, t) in enumerate(self.out):
            if i == 0:
                s += ("" if colmode else "\n\n") + t
            else:
                s += sep + t
        return s + ("\n\n\n" if colmode else "")

    def gold_articles(self):
        res = []
        for aid in self.order:
            a = self.arts[aid]
            st = self.style
            paras, subs = [], []
            for p in a.paras:
                if p == "¦":
                    continue
                if p.startswith("## "):
                    subs.append(punct(p[3:], st))
                    paras.append(nows(punct(p[3:], st)))
                else:
                    paras.append(nows(punct(strip_cuts(p), st)))
            res.append({
                "kind": a.f["kind"],
                "column": clean_head(punct(a.f["column"], st)),
                "kicker": clean_head(punct(a.f["kicker"], st)),
                "title": clean_head(punct(a.f["title"], st)),
                "subtitle": clean_head(punct(a.f["subtitle"], st)),
                "byline": clean_byline(punct(a.f["byline"], st)),
                "dateline": punct(a.f["dateline"], st),
                "continued": a.f["continued"],
                "subheads": subs,
                "paragraphs": paras,
            })
        return res


def build(index: int, src: Path):
    pg = Page(src)
    text = pg.text()
    h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{index:03d}_{h}"
    meta = pg.page
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": meta.get("issue_number") or None,
        "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
        "articles": pg.gold_articles(),
        "extras": pg.extras,
        "duplicates": pg.dups,
    }
    gjson = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    return name, text, gjson, pg


def all_pages():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    return [build(i, s) for i, s in enumerate(srcs)]


def cjk_len(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def readme(results) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    per_pages: dict[str, set] = {}
    for name, text, gjson, pg in results:
        for k, v in pg.stats.items():
            total[k] += v
            per_pages.setdefault(k, set()).add(name[:3])
        g = json.loads(gjson)
        total["articles"] += len(g["articles"])
    rows = ["| phenomenon | count | pages |", "| --- | ---: | --- |"]
    for k in sorted(total, key=lambda k: (-total[k], k)):
        if k == "articles":
            continue
        rows.append(f"| {k} | {total[k]} | {', '.join(sorted(per_pages.get(k, [])))} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "| --- | --- | ---: | --- | --- | ---: | ---: | --- |"]
    for name, text, gjson, pg in results:
        g = json.loads(gjson)
        m = pg.page
        prow.append(f"| {name}.txt | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(g['articles'])} | {cjk_len(text)} | {m.get('subjects', '')} |")
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(prow))
                .replace("{{NARTICLES}}", str(total["articles"])))


def main():
    results = all_pages()
    pages, gold = HERE / "pages", HERE / "gold"
    for d in (pages, gold):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for name, text, gjson, pg in results:
        (pages / (name + ".txt")).write_text(text, encoding="utf-8")
        (gold / (name + ".json")).write_text(gjson, encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    main()
