#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw page texts (pages/),
their gold annotations (gold/) and README.md (from README.in).

Standard library only.  Deterministic: the only randomness is a random.Random
seeded with the source file name (p01.txt ...), used for small choices
(number spacing per article, which short lines get a glyph gap ...).

Source format: see README.in / README.md ("Source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

CLOSE = set("，。、；：？！”’）》…,.;:?!)")
OPEN = set("“‘（《(")
PUNCT = CLOSE | OPEN | set("—·")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUTKINDS = {"v": "verb|figure", "u": "figure|unit", "w": "inside a word",
            "q": "inside a quoted term", "n": "inside a name", "x": "other"}


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ----------------------------------------------------------------- punctuation
def punct_convert(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.aid, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.mark = ""          # jump marker as printed
        self.opts = {}
        self.paras = []         # raw paragraph strings (with |x cut marks, '## ' subheads)

    # pieces: list of (para_index(1-based), piece_letter, text, cutkind_before)
    def pieces(self):
        out = []
        for i, p in enumerate(self.paras, 1):
            txt = p[3:] if p.startswith("## ") else p
            parts = re.split(r"\|([vuwqnx])", txt)
            texts, kinds = parts[0::2], [None] + parts[1::2]
            for j, (t, k) in enumerate(zip(texts, kinds)):
                out.append((i, "abcdefgh"[j], t, k))
        return out

    def gold_paras(self):
        res = []
        for p in self.paras:
            txt = p[3:] if p.startswith("## ") else p
            txt = re.sub(r"\|[vuwqnx]", "", txt)
            res.append(re.sub(r"\s+", "", txt))
        return res

    def subheads(self):
        return [p[3:].strip() for p in self.paras if p.startswith("## ")]


def clean_field(s: str) -> str:
    return s.replace("¦", "").replace("¶", "").strip()


class Page:
    pass


def parse(path: Path) -> Page:
    pg = Page()
    pg.name = path.name
    pg.meta = {}
    pg.extras = OrderedDict()   # name -> list of (text, tight)
    pg.arts = OrderedDict()
    pg.layout = []
    cur = None
    mode = None
    lines = path.read_text(encoding="utf-8").split("\n")
    body = False
    for ln in lines:
        if ln.startswith("#!"):          # comment
            continue
        if ln.startswith("@page"):
            mode, cur = "page", None
            continue
        if ln.startswith("@extras"):
            mode = "extras"
            cur = ln.split()[1]
            pg.extras[cur] = []
            continue
        if ln.startswith("@art"):
            mode = "art"
            _, aid, kind = ln.split()[:3]
            cur = Article(aid, kind)
            pg.arts[aid] = cur
            body = False
            continue
        if ln.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "page":
            if ":" in ln:
                k, v = ln.split(":", 1)
                pg.meta[k.strip()] = v.strip()
        elif mode == "extras":
            if ln.strip():
                tight = ln.startswith(">")
                pg.extras[cur].append((ln[1:] if tight else ln, tight))
        elif mode == "art":
            if body:
                if ln.strip():
                    cur.paras.append(ln.strip())
                continue
            if ln.strip() == "body:":
                body = True
                continue
            if ":" in ln:
                k, v = ln.split(":", 1)
                k = k.strip()
                if k in FIELDS:
                    cur.f[k] = v.strip()
                elif k == "mark":
                    cur.mark = v.strip()
                else:
                    cur.opts[k] = v.strip()
        elif mode == "layout":
            if ln.strip():
                pg.layout.append(ln.split())
    # punctuation conversion (whole page)
    pm = pg.meta.get("punct", "full")
    for a in pg.arts.values():
        for k in FIELDS:
            a.f[k] = punct_convert(a.f[k], pm)
        a.mark = punct_convert(a.mark, pm)
        a.paras = [punct_convert(p, pm) for p in a.paras]
    for k, v in pg.extras.items():
        pg.extras[k] = [(punct_convert(t, pm), tt) for t, tt in v]
    return pg


# ------------------------------------------------------------------ column wrap
TOK = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/]*|¦|.", re.S)


def tok_w(t: str) -> float:
    if t == "¦":
        return 0
    if t in PUNCT:
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1 for c in t)


def is_run(t: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", t))


class Style:
    def __init__(self, rng: random.Random, opts: dict, page_meta: dict):
        self.nums = opts.get("nums") or page_meta.get("nums") or rng.choice(["both", "both", "before", "none"])
        self.gap = float(opts.get("gap", page_meta.get("gap", "0.25")))
        self.qgap = float(opts.get("qgap", page_meta.get("qgap", "0.2")))
        self.spread = float(opts.get("spread", page_meta.get("spread", "0.95")))
        self.pushback = float(opts.get("pushback", page_meta.get("pushback", "0.7")))
        self.rng = rng


def wrap(text: str, W: float, st: Style, stats: Counter):
    """Greedy fill of column lines W em wide.  Returns rendered lines."""
    toks = TOK.findall(text)
    lines, cur, w = [], [], 0.0
    out = []

    def flush(spread):
        if cur:
            out.append((list(cur), spread))

    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "¦":
            flush(False)
            cur, w = [], 0.0
            i += 1
            continue
        tw = tok_w(t)
        if w + tw <= W or not cur:
            cur.append(t)
            w += tw
            i += 1
            continue
        if t in CLOSE:                      # kinsoku: no closing punct at line start
            if len(cur) >= 6 and is_cjk(cur[-1][-1]) and cur[-2] not in PUNCT \
                    and st.rng.random() < st.pushback:
                # push the last character down with the mark; the line is
                # left short and spread to the column width
                carry = [cur.pop()]
                w -= tok_w(carry[0])
                out.append((list(cur), True))
                cur, w = carry, tok_w(carry[0])
                continue
            cur.append(t)
            w += tw
            i += 1
            continue
        carry = []
        if cur and cur[-1] in OPEN:         # no opening punct at line end
            carry = [cur.pop()]
            w -= 0.5
        slack = W - w
        flush(slack >= 1.5 and st.rng.random() < st.spread)
        cur, w = carry, sum(tok_w(x) for x in carry)
    flush(False)
    for toks_, spread in out:
        lines.append(render_line(toks_, spread, st, stats))
    return lines


def render_line(toks, spread, st: Style, stats: Counter):
    s = ""
    if spread:
        stats["justified line spread with spaces"] += 1
        for j, t in enumerate(toks):
            if j:
                a, b = toks[j - 1], t
                if a in CLOSE or b in OPEN or a in "（《(" or a == " " or b == " ":
                    sep = ""
                else:
                    sep = " "
                s += sep
            s += t
        return s
    for j, t in enumerate(toks):
        if j:
            a = toks[j - 1]
            sep = ""
            if is_run(t) and is_cjk(a[-1]) and st.nums in ("both", "before"):
                sep = " "
            elif is_run(a) and is_cjk(t[0]) and st.nums == "both":
                sep = " "
            elif t in "、，" and is_run(a) and st.rng.random() < st.gap:
                sep = " "
                stats["glyph-gap space before full-width punctuation"] += 1
            elif t == "%" and st.rng.random() < st.gap:
                sep = " "
            elif a in "“‘" and st.rng.random() < st.qgap:
                sep = " "
                stats["space after an opening quote"] += 1
            if sep and (is_run(t) or is_run(a)):
                stats["space around a number run"] += 1
            s += sep
        s += t
    return s


# ---------------------------------------------------------------------- layout
class Out:
    def __init__(self):
        self.lines = []      # (text, tight, gap_before)
        self.pending_gap = 0

    def add(self, text, tight=False):
        self.lines.append((text, tight, self.pending_gap))
        self.pending_gap = 0


def piece_range(a: Article, spec: str | None):
    ps = a.pieces()
    ids = [f"{i}{l}" for i, l, _, _ in ps]
    if not spec or spec == "all":
        return ps
    lo, _, hi = spec.partition("-") if "-" in spec else (spec, None, spec)

    def first(x):
        if x[-1].isalpha():
            return ids.index(x)
        return ids.index(x + "a")

    def last(x):
        if x[-1].isalpha():
            return ids.index(x)
        return max(k for k, v in enumerate(ids) if re.fullmatch(x + "[a-h]", v))
    s = first(lo) if lo else 0
    e = last(hi) if hi else len(ps) - 1
    return ps[s:e + 1]


def layout_page(pg: Page, rng: random.Random, stats: Counter):
    col = pg.meta["layout"] == "column"
    W0 = float(pg.meta.get("width", "17"))
    out = Out()
    dups = []
    styles = {}
    used_pieces = Counter()

    def style(a):
        if a.aid not in styles:
            styles[a.aid] = Style(rng, a.opts, pg.meta)
        return styles[a.aid]

    def field_lines(txt):
        """split a headline-ish field at ¦ (tight) and ¶ (blank) breaks."""
        res = []
        for k, chunk in enumerate(txt.split("¶")):
            for m, sub in enumerate(chunk.split("¦")):
                res.append((sub.strip(), m > 0))
        return res

    for d in pg.layout:
        op, args = d[0], d[1:]
        if op == "G":
            out.pending_gap += int(args[0])
        elif op == "X":
            for j, (t, tight) in enumerate(pg.extras[args[0]]):
                out.add(t, tight)
                stats["furniture line (masthead / box)"] += 1
        elif op == "M":
            a = pg.arts[args[0]]
            out.add(a.mark)
            stats["jump marker"] += 1
        elif op == "L":                      # column label alone
            a = pg.arts[args[0]]
            out.add(a.f["column"])
            stats["column label on its own line"] += 1
        elif op == "Y":                      # byline alone (may break at ¦)
            a = pg.arts[args[0]]
            for t, tight in field_lines(a.f["byline"]):
                out.add(t, tight)
                if tight:
                    stats["line break inside a byline"] += 1
            stats["byline alone on its line"] += 1
        elif op == "H":
            a = pg.arts[args[0]]
            spec = args[1:] or (["k+t+s"] if not col else ["k", "t", "s"])
            if pg.meta.get("_after_body_" + a.aid):
                stats["headline printed after its body"] += 1
            for grp in spec:
                tight = grp.startswith(">")
                grp = grp.lstrip(">")
                parts = []
                doubled = twice = False
                for p in grp.split("+"):
                    if p.endswith("*2"):
                        doubled, p = True, p[:-2]
                    if p.endswith("!"):
                        twice, p = True, p[:-1]
                    name = {"k": "kicker", "t": "title", "s": "subtitle",
                            "c": "column", "y": "byline"}[p]
                    if a.f[name]:
                        parts.append(a.f[name])
                if not parts:
                    continue
                txt = " ".join(parts)
                if len(parts) > 1:
                    stats["headline parts joined on one line"] += 1
                if doubled:
                    dups.append(clean_field(txt))
                    txt = txt.replace("¦", "").replace("¶", "") * 2
                    stats["headline doubled on one line"] += 1
                fl = field_lines(txt)
                for j, (t, tt) in enumerate(fl):
                    out.add(t, tight if j == 0 else tt)
                    if tt and j:
                        stats["headline broken, last word alone"] += 1
                if twice:
                    dups.append(clean_field(txt))
                    for j, (t, tt) in enumerate(fl):
                        out.add(t, tt if j else False)
                    stats["headline printed on two identical lines"] += 1
                stats["headline line printed"] += 1
        elif op == "P":                      # photo caption (+credit)
            a = pg.arts[args[0]]
            how = args[1] if len(args) > 1 else "inline"
            cap = " ".join(a.paras)
            cr = clean_field(a.f["byline"])
            if how == "inline" and cr:
                out.add(cap + " " + cr)
            else:
                if col:
                    for t in wrap(cap, float(a.opts.get("width", W0 + 8)), style(a), stats):
                        out.add(t)
                else:
                    out.add(cap)
                if cr and how == "right":
                    pad = max(2, int((W0 - tok_w(cr.replace(" ", ""))) * 2))
                    out.add(" " * pad + cr)
                    stats["credit right-aligned on its own line"] += 1
                elif cr and how == "sep":
                    out.add(cr)
                    stats["credit on its own line"] += 1
            stats["photo caption"] += 1
        elif op == "D":                      # print a piece again (duplicate line)
            a = pg.arts[args[0]]
            for (i, l, t, k) in piece_range(a, args[1]):
                txt = t
                if col:
                    ls = wrap(txt, float(a.opts.get("width", W0)), style(a), stats)
                    out.add(ls[0])
                    dups.append(re.sub(r"\s+", "", ls[0]))
                else:
                    out.add(txt)
                    dups.append(re.sub(r"\s+", "", txt))
                stats["line printed twice"] += 1
        elif op == "DL":                     # repeat the last printed line
            t = out.lines[-1][0]
            out.add(t)
            dups.append(re.sub(r"\s+", "", t))
            stats["line printed twice"] += 1
        elif op == "B":
            a = pg.arts[args[0]]
            spec = args[1] if len(args) > 1 and not args[1].startswith("+") else None
            flags = [x for x in args[1:] if x.startswith("+")]
            ps = piece_range(a, spec)
            W = float(a.opts.get("width", W0))
            st = style(a)
            # column layout: consecutive pieces of one paragraph flow on (the cut
            # only matters where other text is printed in between); paragraph
            # layout: each piece is its own line (a column break, nothing between)
            if col:
                merged = []
                for (i, l, t, k) in ps:
                    used_pieces[(a.aid, i, l)] += 1
                    if merged and merged[-1][0] == i:
                        merged[-1] = (i, merged[-1][1], merged[-1][2] + t, merged[-1][3])
                    else:
                        merged.append((i, l, t, k))
                loop = merged
            else:
                loop = ps
                for (i, l, t, k) in ps:
                    used_pieces[(a.aid, i, l)] += 1
            first = True
            prev_para = None
            for (i, l, t, k) in loop:
                txt = t
                if i == 1 and l == "a" and a.f["dateline"]:
                    dl = a.f["dateline"]
                    if not col:
                        dl = dl.replace("¦", "")
                    txt = dl + txt
                    if "¦" in dl:
                        stats["line break inside a dateline"] += 1
                if first and "+m" in flags:
                    txt = a.mark + txt
                    stats["jump marker"] += 1
                if l != "a" and prev_para == i:
                    stats["paragraph split by a column break, nothing between"] += 1
                elif l != "a":
                    stats["paragraph resumed after a piece of other text"] += 1
                prev_para = i
                if col:
                    for t2 in wrap(txt, W, st, stats):
                        out.add(t2)
                else:
                    out.add(txt.replace("¦", ""))
                first = False
            # record cut kinds at the end of the range
            last = ps[-1]
            allp = a.pieces()
            idx = allp.index(last)
            if idx + 1 < len(allp) and allp[idx + 1][0] == last[0]:
                stats["paragraph cut: " + CUTKINDS[allp[idx + 1][3]]] += 1
        else:
            raise SystemExit(f"{pg.name}: unknown layout op {op}")
    # every piece printed exactly once
    for a in pg.arts.values():
        for (i, l, t, k) in a.pieces():
            if a.kind == "photo":
                continue
            if used_pieces[(a.aid, i, l)] != 1:
                raise SystemExit(f"{pg.name}: {a.aid} piece {i}{l} printed {used_pieces[(a.aid, i, l)]} times")
    return out, dups


def render(pg: Page, out: Out) -> str:
    col = pg.meta["layout"] == "column"
    buf = []
    for j, (t, tight, gap) in enumerate(out.lines):
        t = t.rstrip()
        if j:
            buf.append("\n" if tight else "\n\n")
            buf.append("\n" * gap)
        buf.append(t)
    body = "".join(buf)
    if col:
        return " " + body + "\n\n\n"
    return "\n\n" + body


def build_gold(pg: Page, fname: str, dups):
    arts = []
    for a in pg.arts.values():
        d = OrderedDict()
        d["kind"] = a.kind
        for k in FIELDS:
            d[k] = clean_field(a.f[k])
        d["subheads"] = a.subheads()
        d["paragraphs"] = a.gold_paras()
        arts.append(d)
    g = OrderedDict()
    g["source"] = fname
    g["issue_date"] = pg.meta["date"]
    g["issue_number"] = pg.meta.get("issue") or None
    g["page_count"] = int(pg.meta["pages"]) if pg.meta.get("pages") else None
    g["articles"] = arts
    g["extras"] = ["".join(re.sub(r"\s+", "", t) for t, _ in v) for v in pg.extras.values()]
    g["duplicates"] = dups
    return g


def count_chars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def compose_all():
    """Return {relative path: text} of everything compose writes, plus tables."""
    files = {}
    page_rows, stats_all = [], Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        pg = parse(sp)
        rng = random.Random(sp.name)
        stats = Counter()
        # note which headlines come after their body
        seen_body = set()
        for d in pg.layout:
            if d[0] == "B":
                seen_body.add(d[1])
            if d[0] == "H" and d[1] in seen_body:
                pg.meta["_after_body_" + d[1]] = "1"
        out, dups = layout_page(pg, rng, stats)
        text = render(pg, out)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{h}"
        gold = build_gold(pg, stem + ".txt", dups)
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        stats_all.update(stats)
        page_rows.append({
            "file": stem + ".txt", "date": pg.meta["date"], "page": pg.meta["pageno"],
            "layout": pg.meta["layout"], "punct": pg.meta.get("punct", "full"),
            "articles": len(gold["articles"]), "chars": count_chars(text),
            "subjects": pg.meta.get("subjects", ""), "src": sp.name,
            "front": bool(gold["issue_number"]),
        })
        for a in pg.arts.values():
            stats_all["kind: " + a.kind] += 1
            for k in ("kicker", "subtitle", "column", "byline"):
                if a.f[k]:
                    stats_all["field: " + k] += 1
    readme = make_readme(page_rows, stats_all)
    files["README.md"] = readme
    return files, page_rows, stats_all


def phenomena_table(stats):
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(stats):
        rows.append(f"| {k} | {stats[k]} |")
    return "\n".join(rows)


def pages_table(rows):
    t = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
         "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        t.append(f"| {r['file']} | {r['date']} | {r['page']}{' (front)' if r['front'] else ''} | {r['layout']} | "
                 f"{r['punct']} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return "\n".join(t)


def make_readme(rows, stats):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", phenomena_table(stats)).replace("{{PAGES}}", pages_table(rows))


def main():
    files, rows, stats = compose_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, txt in files.items():
        (HERE / rel).write_text(txt, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
