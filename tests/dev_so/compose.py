#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        # writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice is drawn from random.Random seeded by
the source file name, so a rebuild is byte-for-byte identical.
See README.md ("Source format") for the language of src/pNN.txt.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

GOLD_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
             "continued", "subheads", "paragraphs")
FIELD_OF = {"col": "column", "kick": "kicker", "title": "title", "sub": "subtitle",
            "by": "byline", "dl": "dateline", "cont": "continued"}
CUT = re.compile(r"\{cut(?::([a-z-]+))?\}")

# punctuation that may not begin / end a printed column line
NO_START = set("，。、；：？！）》”’%…—·,.;:?!)")
NO_END = set("（《“‘(")
OPEN_P = set("“‘（《(")
CLOSE_P = set("，。、；：？！）》”’,.;:?!)")
NUMCH = re.compile(r"[0-9A-Za-z.%+\-×/~]")


# ---------------------------------------------------------------- parsing
class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {v: "" for v in FIELD_OF.values()}
        self.paras = []        # list of (text_with_cuts, is_subhead)
        self.cursor = 0        # next segment to print
        self.segs = None


def parse(path: Path):
    meta, arts, order, layout = {}, {}, [], []
    mode, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            mode = "page"
            continue
        if line.startswith("@art"):
            mode = "art"
            _, aid, kind = line.split()
            cur = arts[aid] = Article(aid, kind)
            order.append(aid)
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "page":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif mode == "art":
            k, v = line.split(":", 1)
            k, v = k.strip(), v.strip()
            if k in FIELD_OF:
                cur.f[FIELD_OF[k]] = v
            elif k in ("p", "cap"):
                cur.paras.append((v, False))
            elif k == "sh":
                cur.paras.append((v, True))
            else:
                raise ValueError(f"{path.name}: unknown field {k!r}")
        elif mode == "layout":
            layout.append(line.strip())
    return meta, arts, order, layout


# ---------------------------------------------------------------- punctuation
def punct(text: str, style: str) -> str:
    if style == "full":
        return text
    tbl = {"（": "(", "）": ")"}
    if style == "half":
        tbl.update({"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"})
    return "".join(tbl.get(c, c) for c in text)


def clean(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- column wrapping
def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    t = 0.0
    for ch in tok:
        ea = unicodedata.east_asian_width(ch)
        t += 1 if (ea in "WF" or ch in "“”‘’…—·") else 0.5
    return t


def tokens(text: str):
    out, i = [], 0
    while i < len(text):
        m = re.match(r"[0-9A-Za-z.%+\-×/~]+", text[i:])
        if m:
            out.append(m.group(0))
            i += len(m.group(0))
        else:
            out.append(text[i])
            i += 1
    return out


def wrap(text: str, W: float, force_breaks=(), rng=None, squeeze=0.5):
    """Greedy column wrap with push-out kinsoku. Returns [(tokens, spread)].
    force_breaks: character offsets in text where a line must end."""
    toks = tokens(text)
    lines, cur, w, pos = [], [], 0.0, 0
    fb = set(force_breaks)

    ends = []

    def finish(spread):
        nonlocal cur, w
        while cur and cur[-1] == " ":
            cur.pop()
        if cur:
            lines.append((cur, spread))
            ends.append(pos_of_last[0])
        cur, w = [], 0.0

    pos_of_last = [0]

    for t in toks:
        if pos in fb and cur:
            pos_of_last[0] = pos
            finish(False)
        pos += len(t)
        if t == " " and not cur:
            continue
        tw = width(t)
        if w + tw <= W:
            cur.append(t)
            w += tw
            continue
        if t in NO_START and len(cur) > 1 and rng is not None and rng.random() < squeeze:
            cur.append(t)           # punctuation squeezed into the line (hanging / compressed)
            w += tw
            continue
        if t in NO_START and len(cur) > 1:
            last = cur.pop()
            pos_of_last[0] = pos - len(t) - len(last)
            finish(True)
            cur, w = [last, t], width(last) + tw
            continue
        carry = []
        while cur and (cur[-1] in NO_END):
            carry.insert(0, cur.pop())
        spread = (W - sum(width(x) for x in cur)) >= 1 or bool(carry)
        pos_of_last[0] = pos - len(t) - sum(len(c) for c in carry)
        finish(spread)
        for c in carry:
            cur.append(c)
            w += width(c)
        if t != " ":
            cur.append(t)
            w += tw
    pos_of_last[0] = pos
    finish(False)
    return [(l, sp, e) for (l, sp), e in zip(lines, ends)]


def nonsp(s):
    return len(re.sub(r"\s+", "", s))


def is_num(t):
    return bool(NUMCH.match(t)) and t != " "


def render_line(toks, spread, numsp, rng, st, gap=0.0):
    """numsp: 'both' | 'before' | 'none'  (spaces around number runs)."""
    if spread:
        st["spread lines (justified, spaced out)"] += 1
        out = ""
        for i, t in enumerate(toks):
            if t == " ":
                continue
            if out and not (out[-1] in CLOSE_P or t in OPEN_P):
                out += " "
            out += t
        return out
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if is_num(t) and numsp != "none" and any("0" <= c <= "9" for c in t):
            if out and not out.endswith(" ") and prev not in OPEN_P and prev not in CLOSE_P:
                out += " "
                st["spaces around number runs"] += 1
            out += t
            if numsp == "both" and nxt and nxt != " " and nxt not in CLOSE_P and not is_num(nxt):
                out += " "
            continue
        if t in "，、。；" and prev and gap and rng.random() < gap:
            out += " "
            st["glyph-gap spaces at punctuation / %"] += 1
        if t == "%" and gap and rng.random() < gap:
            out += " "
        out += t
        if t == "“" and gap and nxt and rng.random() < gap:
            out += " "
            st["space after an opening quote"] += 1
    return re.sub(r" {2,}", " ", out)


# ---------------------------------------------------------------- page building
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.order, self.layout = parse(path)
        self.style = self.meta.get("punct", "full")
        self.col = self.meta["layout"] == "column"
        self.out = []          # [text, sep_after]
        self.extras, self.dups, self.markers = [], [], []
        self.st = Counter()
        self.cache, self.last_art, self.prev_art = {}, None, None
        self.widths = [float(x) for x in self.meta.get("widths", "17").split()]
        self.gap = float(self.meta.get("gap", "0"))
        self.squeeze = float(self.meta.get("squeeze", "0.5"))
        for a in self.arts.values():
            segs = []
            for pi, (text, sh) in enumerate(a.paras):
                parts = CUT.split(text)
                pieces = parts[0::2]
                tags = parts[1::2]
                for t in tags:
                    if self.meta["layout"] != "column":
                        self.st[f"paragraph cut: {t or 'plain'}"] += 1
                for k, pc in enumerate(pieces):
                    segs.append((pi, k, k == len(pieces) - 1, pc))
            a.segs = segs

    def P(self, s):
        return punct(s, self.style)

    def emit(self, text, sep="\n\n", cleantext=None):
        self.out.append([text, sep, clean(cleantext if cleantext is not None else text)])

    # ---- gold
    def gold_article(self, a: Article):
        d = {}
        for k in GOLD_KEYS:
            if k == "kind":
                d[k] = a.kind
            elif k == "subheads":
                d[k] = [self.P(t) for t, sh in a.paras if sh]
            elif k == "paragraphs":
                d[k] = [self.P(CUT.sub("", t)) for t, sh in a.paras]
            else:
                d[k] = self.P(a.f[k])
        return d

    # ---- layout operations
    def op_head(self, a, args):
        mode = args[0] if args else ("stack" if self.col else "join")
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        k, t, s = (self.P(a.f[x]) for x in ("kicker", "title", "subtitle"))
        parts = [x for x in (k, t, s) if x]
        self.st["headlines printed"] += 1
        if mode == "join":
            self.emit(" ".join(parts))
            self.st["headline stack joined on one line"] += 1
            return
        for x in parts:
            if x is t and mode == "split":
                n = int(opts.get("n", "3"))
                self.emit(t[:-n], "\n")
                self.emit(t[-n:])
                self.st["headline last word left alone on its own line"] += 1
            elif x is t and mode == "halves":
                left, right = t.split(" ", 1)
                self.emit(left)
                self.emit(right)
                self.st["two-phrase title printed on two lines"] += 1
            elif x is t and mode == "double":
                self.emit(t + t)
                self.dups.append(clean(t))
                self.st["headline drawn twice on one line"] += 1
            elif x is t and mode == "twice":
                self.emit(t)
                self.emit(t)
                self.dups.append(clean(t))
                self.st["headline printed on two identical lines"] += 1
            else:
                self.emit(x)

    def op_label(self, a, args):
        self.emit(self.P(a.f["column"]))
        self.st["column labels on their own line"] += 1

    def op_by(self, a, args):
        by = self.P(a.f["byline"])
        if args and args[0].startswith("split="):
            n = int(args[0].split("=")[1])
            words = by.split(" ")
            self.emit(" ".join(words[:n]), "\n" if not self.col else "\n\n")
            self.emit(" ".join(words[n:]))
            self.st["byline broken between names"] += 1
        else:
            self.emit(by)
        self.st["bylines on their own line"] += 1

    def op_body(self, a, args):
        n = args[0]
        opts = dict(x.split("=", 1) for x in args[1:] if "=" in x)
        end = len(a.segs) if n == "*" else a.cursor + int(n)
        todo = a.segs[a.cursor:end]
        a.cursor = end
        pre = opts.get("pre", "").replace("_", " ")
        if pre:
            self.markers.append(clean(pre))
            self.st["jump markers (上接)"] += 1
        if not self.col:
            if todo and todo[0][1] > 0:
                self.st["paragraph continued on a later line" + (" (nothing between)" if self.prev_art == a.id
                        else " (after a piece of another story)")] += 1
            for i, (pi, k, last, text) in enumerate(todo):
                t = self.P(text)
                if pi == 0 and k == 0 and a.f["dateline"]:
                    t = self.P(a.f["dateline"]) + t
                if i == 0 and pre:
                    t = pre + t
                self.emit(t)
            return
        W = float(opts.get("w", self.rng.choice(self.widths)))
        numsp = opts.get("num", self.rng.choice(["both", "both", "before"]))
        if todo and todo[0][1] > 0:
            self.st["column break inside a paragraph" + (" (nothing between)" if self.prev_art == a.id
                    else " (other text between)")] += 1
        for i, (pi, k, last, text) in enumerate(todo):
            key = (a.id, pi)
            if key not in self.cache:
                pieces = [self.P(x[3]) for x in a.segs if x[0] == pi]
                t = "".join(pieces)
                fb, off = [], 0
                if pi == 0 and a.f["dateline"]:
                    dl = self.P(a.f["dateline"])
                    if opts.get("dlbreak") == "date":
                        fb.append(dl.index("月") + 1)
                        self.st["line break inside a dateline's date"] += 1
                    elif opts.get("dlbreak") == "tongxun":
                        fb.append(dl.index("通讯员"))
                        self.st["line break before 通讯员"] += 1
                    elif opts.get("dlbreak") == "name":
                        fb.append(dl.index("记者") + 2)
                        self.st["line break between 记者 and the names"] += 1
                    t = dl + t
                    off = len(dl)
                if pre and k == 0 and i == 0:
                    t = pre + t
                    fb = [x + len(pre) for x in fb]
                    off += len(pre)
                lines = wrap(t, W, fb, random.Random(f"{self.name}/{key}"), self.squeeze)
                # a line may not start with only 1-3 characters of the dateline
                # (the tail would be too short to be read as the dateline's)
                for _ in range(5):
                    bad = [e for _, _, e in lines if 0 < nonsp(t[e:off]) < 4]
                    if not bad:
                        break
                    e = bad[0]
                    sp = [i for i in range(1, e) if t[i - 1] == " " and nonsp(t[i:off]) >= 4]
                    p = max(sp) if sp else max(i for i in range(e) if nonsp(t[i:off]) >= 4)
                    fb = sorted((set(fb) - {e}) | {p})
                    lines = wrap(t, W, fb, random.Random(f"{self.name}/{key}"), self.squeeze)
                    self.st["dateline tail moved to the next line with its names"] += 1
                cuts, acc = [], off
                for pc in pieces[:-1]:
                    acc += len(pc)
                    cuts.append(next(j for j, ln in enumerate(lines) if ln[2] >= acc))
                bounds = [-1] + cuts + [len(lines) - 1]
                groups = [lines[bounds[g] + 1:bounds[g + 1] + 1] for g in range(len(pieces))]
                self.cache[key] = groups
            for j, (toks, spread, _) in enumerate(self.cache[key][k]):
                s = render_line(toks, spread, numsp, self.rng, self.st, self.gap)
                if i == 0 and j == 0 and opts.get("lead") == "space":
                    s = " " + s
                self.emit(s)

    def op_photo(self, a, args):
        mode = args[0] if args else "same"
        t = self.P(a.f["title"])
        if t:
            self.emit(t)
        caps = [self.P(CUT.sub("", x)) for x, _ in a.paras]
        by = self.P(a.f["byline"])
        self.st["photo / cartoon items"] += 1
        for i, c in enumerate(caps):
            if i == len(caps) - 1 and mode == "same" and by:
                self.emit(c + " " + by)
            else:
                self.emit(c)
        if mode == "own" and by:
            self.emit(by)
        elif mode == "right" and by:
            self.emit(" " * self.rng.randint(28, 44) + by)
            self.st["credits right-aligned on their own line"] += 1

    def op_mark(self, a, args):
        txt = " ".join(args).replace("_", " ")
        self.emit(txt)
        self.markers.append(clean(txt))
        self.st["jump markers (下转)"] += 1

    def run(self):
        for op in self.layout:
            words = op.split()
            cmd = words[0]
            if cmd in ("extra", "mast"):
                pieces = " ".join(words[1:]).split("|")
                for p in pieces:
                    self.emit(p.replace("_", " "))
                self.extras.append(clean("".join(pieces).replace("_", "")))
                self.st["masthead pieces" if cmd == "mast" else "box lines (extras)"] += len(pieces)
                continue
            self.prev_art = self.last_art
            self.last_art = None
            if cmd == "blank":
                self.out[-1][1] += "\n" * int(words[1])
                continue
            if cmd == "dup":
                n = int(words[1])
                got = [x for x in self.out if x[0].strip()][-n:]
                for x in got:
                    self.emit(x[0])
                    self.dups.append(x[2])
                self.st["lines printed twice"] += n
                continue
            if cmd == "lead":
                self.out_lead = words[1]
                continue
            a = self.arts[words[1]]
            getattr(self, "op_" + cmd)(a, words[2:])
            self.last_art = a.id if cmd == "body" else None
        for a in self.arts.values():
            if a.kind != "photo" and a.cursor != len(a.segs) and a.segs:
                raise ValueError(f"{self.name}: article {a.id} printed {a.cursor}/{len(a.segs)} segments")
        text = "\n" * int(self.meta.get("top", "0"))
        for t, sep, _ in self.out:
            text += t + sep
        text = text.rstrip("\n") + "\n"
        self.text = text
        gold = {"source": None,
                "issue_date": self.meta["date"],
                "issue_number": self.meta.get("issue") or None,
                "page_count": int(self.meta["pages"]) if self.meta.get("pages") else None,
                "articles": [self.gold_article(self.arts[i]) for i in self.order],
                "extras": self.extras,
                "duplicates": self.dups}
        self.gold = gold
        # dateline / byline variety counted
        for a in gold["articles"]:
            dl = a["dateline"]
            if dl:
                self.st["datelines with 电" if "电" in dl[:14] and "讯" not in dl[:14] else "datelines with 讯"] += 1
        return self


def nonws(s):
    return len(re.sub(r"\s+", "", s))


def build():
    files, rows, totals = {}, [], Counter()
    pages = []
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        pg = Page(src).run()
        h = hashlib.sha256(pg.text.encode("utf-8")).hexdigest()[:16]
        base = f"{i:03d}_{h}"
        pg.gold["source"] = base + ".txt"
        files[f"pages/{base}.txt"] = pg.text
        files[f"gold/{base}.json"] = json.dumps(pg.gold, ensure_ascii=False, indent=1) + "\n"
        totals.update(pg.st)
        pg.base = base
        pages.append(pg)
        m = pg.meta
        rows.append(f"| {base}.txt | {m['date']} | {m['pageno']} | {m['layout']} | {m.get('punct','full')} "
                    f"| {len(pg.gold['articles'])} | {nonws(pg.text)} | {m.get('subjects','')} |")
    ptab = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(totals):
        ptab.append(f"| {k} | {totals[k]} |")
    pgtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(pgtab))
    files["README.md"] = readme
    return files, pages


def main():
    files, _ = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, txt in files.items():
        (HERE / rel).write_text(txt, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
