#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only. Every small choice (number spacing, glyph gaps, leading
spaces) comes from a random.Random seeded by the source file name, so the output
is the same byte for byte on every run.
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

# ---------------------------------------------------------------- text helpers
CLOSE = set("、，。；：！？）》”’」,;:!?)")
OPEN = set("（《“‘「(")
CUT = "‖"            # cut mark in a paragraph, followed by a one-letter type
CUT_TYPES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "s": "cut at a sentence end", "c": "column break with nothing between"}


def convert(s: str, punct: str) -> str:
    """Apply the page's punctuation width (sources are written full-width)."""
    if punct == "mixed":                     # full commas, half-width brackets
        return s.replace("（", "(").replace("）", ")")
    if punct == "half":                      # half-width , ( ) ; :
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def is_num(c: str) -> bool:
    return c < "\x80" and not c.isspace() and c not in CLOSE and c not in OPEN


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        if is_num(s[i]):
            j = i
            while j < len(s) and is_num(s[j]):
                j += 1
            out.append(s[i:j])
            i = j
        else:
            out.append(s[i])
            i += 1
    return out


def tok_width(t: str) -> float:
    if is_num(t[0]):
        return 0.5 * len(t)
    if t in CLOSE or t in OPEN:
        return 0.5                            # punctuation is set compressed
    return 1.0


def units(s: str) -> list[list[str]]:
    """Tokens grouped so that no line starts with closing or ends with opening punctuation."""
    out: list[list[str]] = []
    pending_open: list[str] = []
    for t in tokens(s):
        if t in OPEN:
            pending_open.append(t)
        elif t in CLOSE and out and not pending_open:
            out[-1].append(t)
        else:
            out.append(pending_open + [t])
            pending_open = []
    if pending_open:
        out.append(pending_open)
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- source parser
class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle", "byline",
                                   "dateline", "continued")}
        self.width = 17.0
        self.paras: list[tuple[str, str]] = []   # (type p|sub, text with cut marks)


def parse(path: Path) -> tuple[dict, dict, list[list[str]]]:
    meta: dict = {}
    arts: dict[str, Article] = {}
    layout: list[list[str]] = []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art "):
            sect = "art"
            cur = Article(line.split()[1])
            arts[cur.id] = cur
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "layout":
            layout.append(line.strip().split(" ", 2))
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            meta[key] = val
        elif key in ("p", "sub"):
            cur.paras.append((key, val))
        elif key == "width":
            cur.width = float(val)
        elif key in cur.f:
            cur.f[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return meta, arts, layout


def clean_marked(s: str) -> str:
    """A field as the gold records it: break marks removed, spaces tidied."""
    s = s.replace("^", "").replace("|", " ").replace("\\", " ")
    return re.sub(r" {2,}", " ", s).strip()


def pieces(s: str) -> list[tuple[str, str]]:
    """'a|b\\c' -> [(sep, 'a'), ('\\n\\n', 'b'), ('\\n', 'c')] : line pieces with separators."""
    out, sep, buf = [], None, ""
    for ch in s:
        if ch in "|\\":
            out.append((sep, buf.strip()))
            sep, buf = ("\n\n" if ch == "|" else "\n"), ""
        else:
            buf += ch
    out.append((sep, buf.strip()))
    return out


# ---------------------------------------------------------------- composer
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta, self.arts, self.layout = parse(path)
        self.rng = random.Random(path.name)
        self.punct = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.out: list[list[str]] = []        # [separator_before, text]
        self.count: Counter = Counter()
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.debris: list[str] = []
        self.next_sep: str | None = None
        self.gaps = 0

    # -- output
    def emit(self, text: str, sep: str | None = None):
        if sep is None:
            sep = self.next_sep or "\n\n"
        if self.gaps:
            sep = "\n\n" + "\n" * self.gaps
            self.gaps = 0
        self.next_sep = None
        self.out.append([sep, text])

    def c(self, s: str) -> str:
        return convert(s, self.punct)

    # -- segments of an article body
    def paragraphs(self, a: Article) -> list[tuple[str, str]]:
        return [(k, self.c(t)) for k, t in a.paras]

    def segments_para(self, a: Article) -> list[list[tuple[str, bool]]]:
        """Paragraph layout: segments as lists of (fragment, starts_paragraph)."""
        segs: list[list[tuple[str, bool]]] = [[]]
        for pi, (_k, text) in enumerate(self.paragraphs(a)):
            parts = re.split(CUT + "(.)", text)
            frags, kinds = parts[0::2], parts[1::2]
            for fi, fr in enumerate(frags):
                if fi > 0:
                    self.count["para: " + CUT_TYPES[kinds[fi - 1]]] += 1
                    segs.append([])
                segs[-1].append((fr, fi == 0))
        return segs

    # -- column flow
    def flow(self, a: Article) -> list[list[tuple[str, bool]]]:
        """Column layout: all lines of the body, cut into segments at the cut marks.
        Each line is (text, is_spread)."""
        W = a.width
        segs: list[list[tuple[str, bool]]] = [[]]
        paras = self.paragraphs(a)
        dl = self.c(a.f["dateline"])
        for pi, (_k, text) in enumerate(paras):
            cuts = [m.start() - 2 * i for i, m in enumerate(re.finditer(CUT + ".", text))]
            kinds = re.findall(CUT + "(.)", text)
            body = re.sub(CUT + ".", "", text)
            hard = []                        # forced breaks (dateline line breaks)
            if pi == 0 and dl:
                segs_dl = re.split(r"[|^]", dl)
                prefix = ""
                for j, pc in enumerate(segs_dl):
                    prefix += pc.strip()
                    if j < len(segs_dl) - 1:
                        hard.append(len(prefix))
                for mk in re.findall(r"[|^]", dl):
                    self.count["dateline broken inside its date" if mk == "^" else
                               "dateline broken between reporter names / before 通讯员"] += 1
                cuts = [c0 + len(prefix) for c0 in cuts]
                body = prefix + body
            keep = len(prefix) if (pi == 0 and dl) else 0
            lines = self.fill(body, W, hard, keep)
            if keep:
                # a dateline tail of fewer than 4 characters on the next line cannot be
                # told apart by any reader: break inside the date ("湖南日报7月" /
                # "17日讯（…") or before 通讯员 instead
                def short_tail(lines):
                    pos = 0
                    for _ln, _sp, n in lines:
                        pos += n
                        if pos < keep and 0 < len(squash(prefix[pos:])) < 4:
                            return True
                    return False
                for cut, what in ((prefix.find("月") + 1, "dateline broken inside its date"),
                                  (prefix.rfind("通讯员"), "dateline broken between reporter names / before 通讯员")):
                    if not short_tail(lines) or cut <= 0 or cut in hard:
                        continue
                    hard = sorted(set(hard + [cut]))
                    self.count[what] += 1
                    lines = self.fill(body, W, hard, keep)
                if short_tail(lines):
                    raise SystemExit(f"{self.path.name}: {a.id}: dateline tail too short")
            # assign cut points to the line boundary at or after the cut
            ends, pos = [], 0
            for ln, spread, n in lines:
                pos += n
                ends.append(pos)
            cut_after = {}
            for c0, kd in zip(cuts, kinds):
                li = next(i for i, e in enumerate(ends) if e >= c0)
                cut_after[li] = kd
            for li, (ln, spread, n) in enumerate(lines):
                segs[-1].append((ln, spread))
                if li in cut_after:
                    self.count["column: " + CUT_TYPES[cut_after[li]]] += 1
                    segs.append([])
        return segs

    def fill(self, text: str, W: float, hard: list[int], keep: int = 0) -> list[tuple[str, bool, int]]:
        """Fill column lines of W em; a short line that is not a paragraph's last is
        spread (justified). Lines within the first `keep` characters (the dateline)
        are never spread."""
        us = units(text)
        lines, cur, width, nchar, first = [], [], 0.0, 0, True
        pos = 0
        out = []

        def close(spread_ok: bool):
            nonlocal cur, width, nchar, first
            cap = W - (2 if first else 0)
            spread = spread_ok and cap - width >= 1.0
            out.append((self.render(cur, spread), spread, nchar))
            cur, width, nchar, first = [], 0.0, 0, False

        for u in us:
            uw = sum(tok_width(t) for t in u)
            ul = sum(len(t) for t in u)
            core = sum(tok_width(t) for t in u if t not in CLOSE)
            cap = W - (2 if first else 0)
            if cur and width + core > cap:
                close(pos > keep)
            cur.append(u)
            width += uw
            nchar += ul
            pos += ul
            if pos in hard:
                close(False)
        if cur:
            close(False)
        return out

    def render(self, us: list[list[str]], spread: bool) -> str:
        toks = [t for u in us for t in u]
        if spread:
            self.count["justified line spread with spaces"] += 1
            s = ""
            for i, t in enumerate(toks):
                s += t
                if i == len(toks) - 1:
                    break
                nxt = toks[i + 1]
                if t in CLOSE or nxt in OPEN or t == " ":
                    continue
                s += " "
            return s
        s = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if t == " ":
                s += " "
                continue
            if is_num(t[0]) and any(ch.isdigit() for ch in t):
                r = self.rng.random()
                before = prev and is_cjk(prev[-1]) and r < 0.8
                after = nxt and is_cjk(nxt[0]) and r < 0.55
                if before or after:
                    self.count["spaces around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.count["glyph-gap space before %"] += 1
                s += (" " if before else "") + t + (" " if after else "")
                continue
            if t in "、，" and prev and (is_cjk(prev[-1]) or prev[-1] == "%") and self.rng.random() < 0.05:
                self.count["glyph-gap space before full-width punctuation"] += 1
                s = s.rstrip(" ") + " "
            s += t
            if t == "“" and nxt and is_cjk(nxt[0]) and self.rng.random() < 0.08:
                self.count["space after an opening quote"] += 1
                s += " "
        return re.sub(r" {2,}", " ", s).strip()

    # -- directives
    def run(self):
        arts = self.arts
        seg_cache: dict[str, list] = {}

        def segs(aid):
            if aid not in seg_cache:
                a = arts[aid]
                seg_cache[aid] = self.flow(a) if self.col else self.segments_para(a)
            return seg_cache[aid]

        printed: list[tuple[str, int]] = []
        last_op, last_aid = "", ""
        for d in self.layout:
            op = d[0]
            if op == "mast":
                for sep, pc in pieces(d[1] if len(d) < 3 else d[1] + " " + d[2]):
                    self.emit(pc, sep)
                    self.count["masthead piece"] += 1
                self.extras.append(squash(clean_marked(" ".join(d[1:]))))
            elif op in ("box", "raw"):
                txt = " ".join(d[1:])
                for sep, pc in pieces(txt):
                    self.emit(pc, sep)
                self.extras.append(squash(self.c(clean_marked(txt)).replace(" ", "")))
                self.count["box line (countdown, code prompt, framed label)"] += 1
            elif op == "label":
                self.emit(self.c(arts[d[1]].f["column"]))
                self.count["column label on its own line"] += 1
            elif op == "head":
                self.head(arts[d[1]], d[2] if len(d) > 2 else "lines")
                if (d[1], 0) in printed and arts[d[1]].f["kind"] != "photo":
                    self.count["headline printed after its body"] += 1
                if last_op == "head" and last_aid != d[1]:
                    self.count["headline bunched with another story's headline"] += 1
            elif op == "byline":
                b = self.c(arts[d[1]].f["byline"])
                for sep, pc in pieces(b):
                    self.emit(pc, sep)
                if len(pieces(b)) > 1:
                    self.count["byline broken between names"] += 1
            elif op == "body":
                aid, k = d[1], int(d[2].split()[0])
                rest = d[2].split(" ", 1)[1] if " " in d[2] else ""
                pre = rest[4:] if rest.startswith("pre=") else ""
                if k > 0 and printed and printed[-1][0] != aid and not self.col:
                    self.count["para: story continued after a piece of another story"] += 1
                self.body(arts[aid], segs(aid)[k], k, pre)
                printed.append((aid, k))
            elif op == "dup":
                aid, k = d[1], int(d[2])
                seg = segs(aid)[k]
                for fr in seg:
                    self.emit(fr[0])
                    self.dups.append(squash(fr[0]))
                self.count["text printed twice (earlier copy)"] += 1
            elif op == "again":
                self.emit(self.out[-1][1])
                self.dups.append(squash(self.out[-1][1]))
                self.count["line printed twice"] += 1
            elif op == "mark":
                txt = " ".join(d[1:])
                self.emit(txt)
                self.debris.append(squash(txt))
                self.count["jump marker line"] += 1
            elif op == "photo":
                self.photo(arts[d[1]], d[2] if len(d) > 2 else "inline")
            elif op == "gap":
                self.gaps = int(d[1])
            elif op == "glue":
                self.next_sep = "\n"
            else:
                raise SystemExit(f"{self.path.name}: unknown directive {op}")
            last_op, last_aid = op, (d[1] if len(d) > 1 else "")
        for aid, a in arts.items():
            if a.f["kind"] == "photo":
                continue
            want = [(aid, k) for k in range(len(segs(aid)))]
            got = [x for x in printed if x[0] == aid]
            if sorted(got) != want:
                raise SystemExit(f"{self.path.name}: {aid} body segments printed {got}, want {want}")

    def head(self, a: Article, style: str):
        k, t, s = (self.c(a.f[x]) for x in ("kicker", "title", "subtitle"))
        parts = [p for p in (k, t, s) if p]
        self.count["headline stack of %d line(s)" % len(parts)] += 1
        if style == "one":
            self.emit(" ".join(parts))
            self.count["headline parts on one line"] += 1
            return
        for p in parts:
            if p == t and style.startswith("lone"):
                n = int(style.split(":")[1])
                self.emit(p[:-n])
                self.emit(p[-n:], "\n")
                self.count["headline's last word alone"] += 1
            elif p == t and style == "double":
                self.emit(p + p)
                self.dups.append(squash(p))
                self.count["headline drawn twice on one line"] += 1
            elif p == t and style == "twice":
                self.emit(p)
                self.emit(p)
                self.dups.append(squash(p))
                self.count["headline drawn as two identical lines"] += 1
            elif style == "tight" and p is not parts[0]:
                self.emit(p, "\n")
            else:
                self.emit(p)

    def body(self, a: Article, seg, k: int, pre: str):
        if self.col:
            for i, (ln, _sp) in enumerate(seg):
                if i == 0 and k == 0 and a.f["dateline"] and self.rng.random() < 0.3:
                    ln = " " + ln
                    self.count["leading space on a dateline line"] += 1
                if i == 0 and pre:
                    ln = pre + ("" if pre.endswith("）") and False else "") + ln
                    self.debris.append(squash(pre))
                self.emit(ln)
            return
        for i, (fr, starts) in enumerate(seg):
            if k == 0 and i == 0 and a.f["dateline"]:
                fr = clean_marked(self.c(a.f["dateline"])) + fr
            if i == 0 and pre:
                fr = pre + fr
                self.debris.append(squash(pre))
            self.emit(fr)

    def photo(self, a: Article, style: str):
        cap = "".join(self.c(t) for _k, t in a.paras)
        cr = self.c(a.f["byline"])
        if style == "inline":
            self.emit(cap + " " + cr)
        elif style == "right":
            self.emit(cap)
            self.emit(" " * 24 + cr)
            self.count["credit right-aligned on its own line"] += 1
        else:
            self.emit(cap)
            self.emit(cr)
        self.count["photo caption"] += 1

    # -- results
    def text(self) -> str:
        if self.col:
            s = "".join(sep + t for sep, t in self.out)[2:]
            return s + "\n\n\n"
        return "".join(sep + t for sep, t in self.out)

    def gold(self, source: str) -> dict:
        arts = []
        for a in self.arts.values():
            paras, subs = [], []
            for kind, t in self.paragraphs(a):
                body = squash(re.sub(CUT + ".", "", t))
                paras.append(body)
                if kind == "sub":
                    subs.append(clean_marked(re.sub(CUT + ".", "", t)))
            if a.f["kind"] == "photo":
                paras = ["".join(paras)]
            f = {k: clean_marked(self.c(v)) for k, v in a.f.items()}
            arts.append({"kind": f["kind"], "column": f["column"], "kicker": f["kicker"],
                         "title": f["title"], "subtitle": f["subtitle"], "byline": f["byline"],
                         "dateline": f["dateline"], "continued": f["continued"],
                         "subheads": subs, "paragraphs": paras})
        m = self.meta
        return {"source": source, "issue_date": m["date"],
                "issue_number": m.get("issue_number") or None,
                "page_count": int(m["page_count"]) if m.get("page_count") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def build(src_dir: Path = HERE / "src"):
    """Compose every page; returns a list of (Page, name, text, gold)."""
    out = []
    for p in sorted(src_dir.glob("p*.txt")):
        pg = Page(p)
        pg.run()
        text = pg.text()
        num = "%03d" % int(p.stem[1:])
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        out.append((pg, name, text, pg.gold(name + ".txt")))
    return out


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def readme(results) -> str:
    tot: Counter = Counter()
    for pg, *_ in results:
        tot.update(pg.count)
    rows = ["| phenomenon | count |", "|---|---:|"]
    rows += [f"| {k} | {v} |" for k, v in sorted(tot.items())]
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for pg, name, text, g in results:
        prow.append(f"| {name}.txt | {g['issue_date']} | {pg.meta['page']} | {pg.meta['layout']} | "
                    f"{pg.punct} | {len(g['articles'])} | {len(squash(text))} | {pg.meta.get('subjects', '')} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    results = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).iterdir():
            f.unlink()
    for pg, name, text, g in results:
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(gold_json(g), encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")
    print(f"composed {len(results)} pages")


if __name__ == "__main__":
    sys.exit(main())
