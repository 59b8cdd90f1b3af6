#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

    python3 compose.py [--out DIR]

Deterministic: every small choice comes from random.Random(<source file name>).
Standard library only.
"""
import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
BR = "⏎"      # forced line break inside a field (raw: newline; gold: space in names, nothing elsewhere)
CUT = "¦"     # cut point inside a paragraph (the rest is printed elsewhere on the page)

CLOSE = set("，。、；：？！”’）》」…,;:?!)%")
OPEN = set("“‘（《「(")
NO_SPACE_BEFORE = set("“‘《（》）「」—…")
NO_SPACE_AFTER = set("，。、；：？！”’》）（《「」—…")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

PHEN = Counter()


# ---------------------------------------------------------------- source parsing
def parse_source(text):
    page = OrderedDict()
    arts = OrderedDict()
    layout = []
    cur = None
    mode = None
    for ln in text.split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("=page"):
            mode = "page"
            continue
        if ln.startswith("=art "):
            mode = "art"
            aid = ln.split()[1]
            cur = OrderedDict(id=aid, kind="news", width=17, column="", kicker="", title="",
                              subtitle="", byline="", dateline="", continued="",
                              paras=[], subheads=[], pieces=[], piece_para=[])
            arts[aid] = cur
            continue
        if ln.startswith("=layout"):
            mode = "layout"
            continue
        if mode == "layout":
            layout.append(ln.rstrip())
            continue
        key, _, val = ln.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "page":
            page[key] = val
        elif mode == "art":
            if key == "p" or key == "h":
                cur["paras"].append(("h" if key == "h" else "p", val))
                if key == "h":
                    cur["subheads"].append(val)
            elif key == "width":
                cur["width"] = float(val)
            else:
                cur[key] = val
    for a in arts.values():
        for k, (typ, para) in enumerate(a["paras"]):
            for piece in para.split(CUT):
                a["pieces"].append(piece)
                a["piece_para"].append(k)
    return page, arts, layout


# ---------------------------------------------------------------- punctuation
def punct(s, style):
    if style == "half":
        return (s.replace("，", ",").replace("（", "(").replace("）", ")")
                .replace("：", ":").replace("；", ";"))
    if style == "mixbr":
        return s.replace("（", "(").replace("）", ")")
    return s


# ---------------------------------------------------------------- tokens / widths
TOKRE = re.compile(r"[0-9][0-9.%]*[0-9%]?|[A-Za-z][A-Za-z0-9\-+]*|.", re.S)


def tokens(s):
    return TOKRE.findall(s)


def width(tok):
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in tok)


def is_num(tok):
    return tok[:1].isdigit()


def is_ascii(tok):
    return all(ord(c) < 0x2000 for c in tok)


def spread_join(toks):
    toks = [t for t in toks if t != " "]
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a in NO_SPACE_AFTER or b in NO_SPACE_BEFORE:
            out += b
        else:
            out += " " + b
    return out


class Styler:
    """Raw-text artefacts of the column layout: number spacing, glyph gaps."""

    def __init__(self, rng, page):
        self.rng = rng
        self.numsp = page.get("numsp", "mixed")
        self.gap = float(page.get("gaps", "0.06"))

    def plain(self, toks):
        out = ""
        prev = ""
        for i, t in enumerate(toks):
            sp = ""
            if i and is_num(t) and self.numsp != "none" and not is_ascii(prev):
                r = self.rng.random()
                if self.numsp == "both" or r < 0.85:
                    sp = " "
                    PHEN["space before a number run"] += 1
            elif i and is_num(prev) and not is_ascii(t) and self.numsp != "none":
                r = self.rng.random()
                if self.numsp == "both" or r < 0.45:
                    sp = " "
                    PHEN["space after a number run"] += 1
            if i and t in "、，%" and not sp and self.rng.random() < self.gap:
                sp = " "
                PHEN["glyph-gap space before 、，%"] += 1
            out += sp + t
            prev = t
        return out


def pull_back(cur):
    carry = []
    while cur and cur[-1] in CLOSE:
        carry.insert(0, cur.pop())
    if cur:
        carry.insert(0, cur.pop())
    while cur and cur[-1] in OPEN:
        carry.insert(0, cur.pop())
    return carry


def wrap(text, W, rng, styler, last_is_final=True, first_prefix=""):
    """Wrap text into column lines of W em. Returns raw lines."""
    toks = tokens(text)
    lines = []
    cur, cw = [], 0.0
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = width(t)
        if cw + tw <= W + 1e-9:
            cur.append(t)
            cw += tw
            i += 1
            continue
        # t does not fit
        if t in CLOSE and cur:
            if rng.random() < 0.5:
                while i < len(toks) and toks[i] in CLOSE:   # hang the punctuation
                    cur.append(toks[i])
                    cw += width(toks[i])
                    i += 1
                lines.append((cur, cw, False))
                cur, cw = [], 0.0
                continue
            carry = pull_back(cur)                           # push a character down with it
            lines.append((cur, sum(width(x) for x in cur), False))
            cur, cw = carry, sum(width(x) for x in carry)
            continue
        if cur and cur[-1] in OPEN:
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append((cur, sum(width(x) for x in cur), False))
            cur, cw = carry, sum(width(x) for x in carry)
            continue
        lines.append((cur, cw, False))
        cur, cw = [], 0.0
    if cur:
        lines.append((cur, cw, True))
    out = []
    for k, (toks_, cw_, final) in enumerate(lines):
        if not toks_:
            continue
        final = final and last_is_final
        if not final and W - cw_ >= 0.99 and len(toks_) > 3:
            out.append(spread_join(toks_))
            PHEN["justified line spread with spaces"] += 1
        else:
            out.append(styler.plain(toks_))
    return out


# ---------------------------------------------------------------- gold helpers
def gold_name(s):
    """Gold value of a byline/dateline: forced breaks become spaces."""
    s = s.replace(BR, " ")
    return re.sub(r" +", " ", s).strip()


def gold_text(s):
    return s.replace(BR, "").replace(CUT, "")


def squashws(s):
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- page builder
class Page:
    def __init__(self, name, page, arts, layout):
        self.name = name
        self.page = page
        self.arts = arts
        self.layout = layout
        self.rng = random.Random(name)
        self.style = page.get("punct", "full")
        self.lay = page["layout"]
        self.styler = Styler(self.rng, page)
        self.items = []          # (text, joiner) joiner: "\n\n" default, "\n" when ^, "\n\n\n\n" after gap
        self.extras = []
        self.dups = []
        self.pending_gap = False
        self.stats = Counter()
        self.printed = Counter()
        self.last_op = None

    def P(self, s):
        return punct(s, self.style)

    def emit(self, line, single=False):
        j = "\n" if single else "\n\n"
        if self.pending_gap:
            j = "\n\n\n\n"
            self.pending_gap = False
        self.items.append((line, j))

    # headline lines of an article
    def head_lines(self, a, how):
        parts = [a[k] for k in ("kicker", "title", "subtitle") if a[k]]
        parts = [self.P(p) for p in parts]
        if how == "one":
            return [" ".join(p.replace(BR, "") for p in parts)]
        lines = []
        for p in parts:
            lines.extend(p.split(BR))
        return lines

    def run(self):
        for cmd in self.layout:
            single = cmd.startswith("^")
            if single:
                cmd = cmd[1:]
            dup = False
            if cmd.startswith("dup "):
                dup = True
                cmd = cmd[4:]
            op, _, rest = cmd.partition(" ")
            if op == "dupl":          # the last raw line printed again
                ln = self.items[-1][0]
                self.emit(ln)
                self.dups.append(squashws(ln))
                PHEN["line printed twice (duplicate)"] += 1
                continue
            lines = self.do(op, rest)
            self.last_op = op
            for k, ln in enumerate(lines):
                if isinstance(ln, tuple):        # (line, single)
                    ln, s1 = ln
                else:
                    s1 = False
                self.emit(ln, single=(single and k == 0) or s1)
                if dup:
                    self.dups.append(squashws(ln))
            if dup:
                PHEN["line printed twice (duplicate)"] += len(lines)

    def do(self, op, rest):
        a = None
        args = rest.split()
        if op in ("h", "hn", "hl", "hd", "c", "by", "b", "p", "cr", "t") and args:
            a = self.arts[args[0]]
        if op in ("h", "hl", "hn", "hd") and a is not None:
            if any(self.printed[(a["id"], k)] for k in range(len(a["pieces"]))):
                PHEN["headline printed after its body"] += 1
            if self.last_op in ("h", "hl", "hn", "hd"):
                PHEN["headline bunched with another story's headline"] += 1
            if BR in a["title"]:
                PHEN["headline's last word on a line of its own"] += 1
        if op == "x":           # page furniture, a new extras group
            self.extras.append(squashws(self.P(rest)))
            PHEN["furniture / box line"] += 1
            return [self.P(rest)]
        if op == "x&":          # furniture continuing the previous extras group
            self.extras[-1] += squashws(self.P(rest))
            PHEN["furniture / box line"] += 1
            return [self.P(rest)]
        if op == "m":           # jump marker (its text is the article's `continued`)
            PHEN["jump marker"] += 1
            return [rest]
        if op == "gap":
            self.pending_gap = True
            return []
        if op == "raw":
            return [self.P(rest)]
        if op == "h":            # headline, one role a line, lines joined by a single newline
            ls = self.head_lines(a, "lines")
            PHEN["headline block"] += 1
            return [ls[0]] + [(l, True) for l in ls[1:]]
        if op == "hl":           # headline, one role a line, blank lines between
            PHEN["headline block"] += 1
            return self.head_lines(a, "lines")
        if op == "hn":           # headline on one line, roles joined by spaces
            PHEN["headline roles on one line"] += 1
            return self.head_lines(a, "one")
        if op == "hd":           # title drawn twice on one line
            t = self.P(a["title"]).replace(BR, "")
            self.dups.append(squashws(t))
            PHEN["headline drawn twice"] += 1
            out = [self.P(a["kicker"])] if a["kicker"] else []
            out.append(t + " " + t)
            if a["subtitle"]:
                out.append(self.P(a["subtitle"]))
            return [out[0]] + [(l, True) for l in out[1:]]
        if op == "t":            # title only (photo titles)
            return [self.P(a["title"])]
        if op == "c":            # column label
            PHEN["column label line"] += 1
            return [self.P(a["column"])]
        if op == "by":           # byline alone
            ls = self.P(a["byline"]).split(BR)
            if len(ls) > 1:
                PHEN["line break inside a byline"] += 1
            return [ls[0]] + [(l, True) for l in ls[1:]]
        if op == "cr":           # credit right-aligned on a line of its own
            PHEN["right-aligned credit"] += 1
            return [" " * int(args[1]) + self.P(a["byline"])]
        if op == "p":            # photo caption (+ credit)
            how = args[1] if len(args) > 1 else "same"
            cap = self.P(a["pieces"][0])
            if how == "same":
                return [cap + "  " + self.P(a["byline"])]
            return [cap]
        if op == "b":
            rng_ = args[1]
            lo, _, hi = rng_.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else lo
            return self.body(a, lo, hi, args[2:])
        raise SystemExit(f"{self.name}: unknown layout op {op!r}")

    def body(self, a, lo, hi, opts):
        if hi >= len(a["pieces"]):
            raise SystemExit(f"{self.name}: {a['id']} has pieces 0-{len(a['pieces']) - 1}, asked {lo}-{hi}")
        for k in range(lo, hi + 1):
            self.printed[(a["id"], k)] += 1
        out = []
        pieces = a["pieces"]
        pp = a["piece_para"]
        if self.lay == "para":
            for k in range(lo, hi + 1):
                txt = self.P(pieces[k])
                if k == 0 and a["dateline"]:
                    dl = self.P(a["dateline"])
                    if BR in dl:
                        PHEN["line break inside a dateline"] += 1
                        d1, d2 = dl.split(BR, 1)
                        out.append(d1)
                        out.append((d2 + txt, True))
                        continue
                    txt = dl + txt
                if k > 0 and pp[k] == pp[k - 1]:
                    PHEN["paragraph continued after a cut"] += 1
                out.append(txt)
            return out
        # column layout: flow each paragraph (or piece run) into lines
        W = a["width"]
        k = lo
        first = True
        while k <= hi:
            j = k
            while j + 1 <= hi and pp[j + 1] == pp[k]:
                j += 1        # pieces of the same paragraph printed together: join
            text = "".join(pieces[k:j + 1])
            if k > 0 and pp[k] == pp[k - 1]:
                PHEN["paragraph continued after a cut"] += 1
            final = (j == len(pieces) - 1) or (pp[j + 1] != pp[j])
            pre = ""
            if k == 0 and a["dateline"]:
                pre = self.P(a["dateline"])
            text = self.P(text)
            if pre:
                if BR in pre:
                    PHEN["line break inside a dateline"] += 1
                    d1, d2 = pre.split(BR, 1)
                    out.extend(wrap(d1, W, self.rng, self.styler, last_is_final=True))
                    text = d2 + text
                else:
                    text = pre + text
            lines = wrap(text, W, self.rng, self.styler, last_is_final=True)
            if pre:
                # a dateline tail of 1-3 characters before body text on one line would
                # be too short a piece to recognise: start the body on a new line then
                dl = squashws(pre.split(BR)[-1])
                n, tail = 0, None
                for ln in lines:
                    m = len(squashws(ln))
                    if n + m >= len(dl):
                        tail = (len(dl) - n, m)
                        break
                    n += m
                if tail and 0 < tail[0] < 4 and tail[1] > tail[0]:
                    body = text[len(pre.split(BR)[-1]):]
                    lines = (wrap(pre.split(BR)[-1], W, self.rng, self.styler)
                             + wrap(body, W, self.rng, self.styler))
                    PHEN["dateline on lines of its own"] += 1
            out.extend(lines)
            k = j + 1
        return out

    def render(self):
        self.run()
        for a in self.arts.values():
            if a["kind"] == "photo":
                continue
            for k in range(len(a["pieces"])):
                if self.printed[(a["id"], k)] != 1:
                    raise SystemExit(f"{self.name}: piece {a['id']}:{k} printed "
                                     f"{self.printed[(a['id'], k)]} times")
        if self.lay == "para":
            txt = "\n\n"
            for k, (ln, j) in enumerate(self.items):
                txt += (j if k else "") + ln
            return txt
        txt = " "
        for k, (ln, j) in enumerate(self.items):
            txt += (j if k else "") + ln
        return txt + "\n\n\n"

    def gold(self, fname):
        arts = []
        for a in self.arts.values():
            paras = [self.P(gold_text(t)) for _, t in a["paras"]]
            arts.append(OrderedDict([
                ("kind", a["kind"]),
                ("column", self.P(gold_text(a["column"]))),
                ("kicker", self.P(gold_text(a["kicker"]))),
                ("title", self.P(gold_text(a["title"]))),
                ("subtitle", self.P(gold_text(a["subtitle"]))),
                ("byline", self.P(gold_name(a["byline"]))),
                ("dateline", self.P(gold_name(a["dateline"]))),
                ("continued", self.P(a["continued"])),
                ("subheads", [self.P(gold_text(s)) for s in a["subheads"]]),
                ("paragraphs", paras),
            ]))
        pg = self.page
        return OrderedDict([
            ("source", fname),
            ("issue_date", pg["date"]),
            ("issue_number", pg.get("issue") or None),
            ("page_count", int(pg["pages"]) if pg.get("pages") else None),
            ("articles", arts),
            ("extras", self.extras),
            ("duplicates", self.dups),
        ])


def nows(s):
    return len(re.sub(r"\s", "", s))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args(argv)
    out = Path(a.out)
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    rows = []
    PHEN.clear()
    for src in sorted((HERE / "src").glob("p*.txt")):
        page, arts, layout = parse_source(src.read_text(encoding="utf-8"))
        pg = Page(src.name, page, arts, layout)
        text = pg.render()
        num = "%03d" % int(src.stem[1:])
        fname = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        (out / "pages" / fname).write_text(text, encoding="utf-8")
        g = pg.gold(fname)
        (out / "gold" / (fname[:-4] + ".json")).write_text(
            json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append((fname, page, len(arts), nows(text), src.name))
    # README
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(PHEN.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n")
    pnames = {"full": "full-width", "mixbr": "full commas, half-width brackets",
              "half": "half-width , ( ) ; :"}
    for fname, page, na, nc, _ in rows:
        pt += (f"| {fname} | {page['date']} | {page['page']} | {page['layout']} | "
               f"{pnames[page.get('punct', 'full')]} | {na} | {nc} | {page.get('subjects', '')} |\n")
    readme = tmpl.replace("{{PHENOMENA}}", ph.rstrip("\n")).replace("{{PAGES}}", pt.rstrip("\n"))
    (out / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages into {out}")


if __name__ == "__main__":
    main()
