#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw page files,
gold annotations and README.md.

    python3 compose.py            # writes pages/*.txt, gold/*.json, README.md

Deterministic: the only randomness is a random.Random seeded by the source
file name (small choices such as glyph-gap spaces around number runs).
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》」』〕")      # may not start a line
OPEN = set("“‘（《「『〔")                    # may not end a line
HALF_CLOSE = set(",;:)?!")                    # half-width forms, 0.5 em
HALF_OPEN = set("(")
COMPRESSIBLE = CLOSE | OPEN                  # full-width marks set in half an em when needed
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+]")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")

ARTICLE_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline",
                "dateline", "continued", "subheads", "paragraphs")
CUT_TYPES = {"p": "plain", "v": "verb|figure", "u": "figure|unit", "w": "inside a word or quoted term",
             "n": "inside a name", "i": "inside an institution name"}


def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(CJK_RE.match(ch))


def conv_punct(s: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def strip_marks(s: str) -> str:
    """Source field -> printed-logical text: drop layout marks ^ (line break) and | (forced column break)."""
    return s.replace("^", "").replace("|", "")


# ---------------------------------------------------------------- source parsing
class Article:
    def __init__(self, aid, kind):
        self.id = aid
        self.kind = kind
        self.f = OrderedDict((k, "") for k in ("column", "kicker", "title", "subtitle", "byline",
                                               "dateline", "continued"))
        self.width = 17
        self.head = ""
        self.indent = 2
        self.paras = []        # list of (is_subhead, text with cut marks)

    # segments: list of pieces; piece = (para_index, text, starts_para, ends_para)
    def segments(self):
        segs, cur = [], []
        cut_types = []
        for pi, (sub, text) in enumerate(self.paras):
            parts = re.split(r"¦([a-z])", text)
            texts, types = parts[0::2], parts[1::2]
            for k, t in enumerate(texts):
                cur.append((pi, t, k == 0, k == len(texts) - 1, sub))
                if k < len(texts) - 1:
                    segs.append(cur)
                    cur = []
                    cut_types.append(types[k])
        segs.append(cur)
        return segs, cut_types

    def gold(self, style):
        subheads = [conv_punct(t, style) for sub, t in self.paras if sub]
        paras = []
        for sub, t in self.paras:
            t = re.sub(r"¦[a-z]", "", t)
            t = conv_punct(t, style)
            if sub:
                t = re.sub(r"\s+", "", t)
            paras.append(t)
        d = OrderedDict()
        d["kind"] = self.kind
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            d[k] = conv_punct(strip_marks(self.f[k]), style)
        d["subheads"] = subheads
        d["paragraphs"] = paras
        return d


def parse_source(path):
    meta = OrderedDict()
    arts = OrderedDict()
    layout = []
    cur = None
    mode = "meta"
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("%%"):
            continue
        if line.startswith("== "):
            bits = line[3:].split()
            cur = Article(bits[0], bits[1])
            arts[cur.id] = cur
            mode = "fields"
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if mode == "meta":
            if line.strip():
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
        elif mode == "fields":
            if line == "--":
                mode = "body"
            elif line.strip():
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "width":
                    cur.width = float(v)
                elif k == "head":
                    cur.head = v
                elif k == "indent":
                    cur.indent = int(v)
                else:
                    if k not in cur.f:
                        raise SystemExit(f"{path}: unknown field {k}")
                    cur.f[k] = v
        elif mode == "body":
            if not line.strip():
                continue
            if line.startswith("## "):
                cur.paras.append((True, line[3:].strip()))
            else:
                cur.paras.append((False, line.strip()))
        elif mode == "layout":
            if line.strip():
                layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- column flow
def tokenize(text):
    toks, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "|":
            toks.append("\x01")          # forced line break (dateline, byline)
            i += 1
        elif ASCII_RUN.match(ch):
            j = i
            while j < len(text) and ASCII_RUN.match(text[j]):
                j += 1
            toks.append(text[i:j])
            i = j
        elif text[i:i + 2] in ("——", "……"):
            toks.append(text[i:i + 2])
            i += 2
        else:
            toks.append(ch)
            i += 1
    return toks


def twidth(t):
    if t == " ":
        return 0.5
    if ASCII_RUN.match(t[0]) or t in HALF_CLOSE or t in HALF_OPEN:
        return 0.5 * len(t)
    return float(len(t))


def nat(line):
    return sum(twidth(t) for t in line)


def squeezed(line):
    return nat(line) - 0.5 * sum(1 for t in line if t in COMPRESSIBLE)


def no_start(t):
    return t in CLOSE or t in HALF_CLOSE or t == "%"


def no_end(t):
    return t in OPEN or t in HALF_OPEN


def flow(text, W, indent):
    """Greedy CJK line filling with kinsoku; returns [(tokens, forced)]."""
    toks = tokenize(text)
    lines, cur, first = [], [], True
    ind = indent

    def cap():
        return W - (ind if first else 0)

    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "\x01":
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append((cur, True))
            cur, first = [], False
            i += 1
            continue
        if not cur and t == " ":
            i += 1
            continue
        if not cur or squeezed(cur + [t]) <= cap():
            cur.append(t)
            i += 1
            continue
        # overflow: break the line here
        carry = []
        if t == " ":
            i += 1
        elif no_start(t) and len(cur) > 1:
            carry.append(cur.pop())
        while len(cur) > 1 and no_end(cur[-1]):
            carry.insert(0, cur.pop())
        while cur and cur[-1] == " ":
            cur.pop()
        lines.append((cur, False))
        cur, first = carry, False
    if cur:
        lines.append((cur, True))
    return lines


class Renderer:
    def __init__(self, rng, style, numstyle):
        self.rng = rng
        self.style = style
        self.numstyle = numstyle          # probability of a glyph space after a number run
        self.count = Counter()

    def spread(self, toks):
        out = ""
        prev = None
        for t in toks:
            if t == " ":
                continue
            if prev is not None:
                glue = (t in OPEN or t in HALF_OPEN or prev in CLOSE or prev in HALF_CLOSE)
                out += "" if glue else " "
            out += t
            prev = t
        self.count["justified column lines spread with spaces"] += 1
        return out

    def plain(self, toks):
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if ASCII_RUN.match(t[0]) and any(c.isdigit() for c in t):
                tt = t
                if "%" in t and self.rng.random() < 0.15:
                    tt = t.replace("%", " %")
                    self.count["glyph-gap space before %"] += 1
                sp_b = is_cjk(prev[-1:]) if prev else False
                sp_a = is_cjk(nxt[:1]) and self.rng.random() < self.numstyle
                if sp_b or sp_a:
                    self.count["number runs with glyph-gap spaces"] += 1
                out += (" " if sp_b else "") + tt + (" " if sp_a else "")
                continue
            if t in ("，", "、") and is_cjk(prev[-1:]) and self.rng.random() < 0.02:
                out += " "
                self.count["glyph-gap space before full-width punctuation"] += 1
            out += t
            if t == "“" and is_cjk(nxt[:1]) and self.rng.random() < 0.06:
                out += " "
                self.count["space after an opening quote"] += 1
        out = re.sub(r" {2,}", " ", out)
        return out.strip(" ") if not out.startswith(" ") else out.rstrip(" ")

    def column_lines(self, text, W, indent, last_is_para_end):
        res = []
        fl = flow(text, W, indent)
        self.count["forced line breaks in a dateline (date, names, before 通讯员)"] += text.count("|")
        for n, (toks, forced) in enumerate(fl):
            is_last = n == len(fl) - 1
            first = n == 0
            cap = W - (indent if first else 0)
            if not forced and not (is_last and last_is_para_end) and nat(toks) <= cap - 1 and len(toks) > 2:
                s = self.spread(toks)
            else:
                s = self.plain(toks)
            logical = "".join(t for t in toks)
            res.append((s.strip(" ") if not s.startswith(" ") else s, logical))
        return res


# ---------------------------------------------------------------- page composition
class Page:
    def __init__(self, src_path):
        self.src = os.path.basename(src_path)
        self.meta, self.arts, self.layout = parse_source(src_path)
        self.style = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]
        self.rng = random.Random(self.src)
        numstyle = {"column": 0.75}.get(self.kind, 0.0)
        self.r = Renderer(self.rng, self.style, numstyle)
        self.items = []          # (sep, text)   sep: "\n\n" or "\n"
        self.extras = []
        self.duplicates = []
        self.count = self.r.count
        self.cuts = Counter()

    def c(self, s):
        return conv_punct(s, self.style)

    def emit(self, text, logical=None, sep="\n\n"):
        self.items.append([sep, text, logical if logical is not None else text])

    # headline / photo forms ------------------------------------------------
    def field_lines(self, a, tok):
        key = {"C": "column", "K": "kicker", "T": "title", "S": "subtitle", "B": "byline",
               "N": "continued"}[tok]
        return self.c(a.f[key])

    def head(self, a, form, sep0="\n\n"):
        """form: tokens C K T S B P, separators / (blank line) ^ (newline) _ (space), > right-align."""
        form = form or "/".join(t for t, k in (("C", "column"), ("K", "kicker"), ("T", "title"),
                                                 ("S", "subtitle")) if a.f[k])
        parts = re.findall(r"[/^_]|>?[CKTSBP]", form)
        line, sep, pending_sep = "", sep0, sep0
        out = []                              # list of (sep, text)

        def flush():
            nonlocal line
            if line:
                out.append([pending_sep_holder[0], line])
            line = ""

        pending_sep_holder = [sep0]
        for p in parts:
            if p in ("/", "^"):
                if line:
                    out.append([pending_sep_holder[0], line])
                    line = ""
                pending_sep_holder[0] = "\n\n" if p == "/" else "\n"
            elif p == "_":
                line += " "
            else:
                right = p.startswith(">")
                tok = p[-1]
                if tok == "P":
                    caps = [self.c(re.sub(r"¦[a-z]", "", t)) for sub, t in a.paras]
                    for k, cap in enumerate(caps):
                        if k:
                            out.append([pending_sep_holder[0], line])
                            line = ""
                            pending_sep_holder[0] = "\n\n"
                        line += cap
                    continue
                text = self.field_lines(a, tok)
                if not text:
                    continue
                if right:
                    text = " " * 24 + text
                    self.count["credits right-aligned on a line of their own"] += 1
                # ^ and ^^ inside a field: printed line breaks
                pieces = re.split(r"(\^\^|\^)", text)
                for q in pieces:
                    if q == "^^":
                        out.append([pending_sep_holder[0], line]); line = ""
                        pending_sep_holder[0] = "\n\n"
                        self.count["headline or byline broken over lines"] += 1
                    elif q == "^":
                        out.append([pending_sep_holder[0], line]); line = ""
                        pending_sep_holder[0] = "\n"
                        self.count["headline or byline broken over lines"] += 1
                    else:
                        line += q.replace("|", "")
        if line:
            out.append([pending_sep_holder[0], line])
        for sep, text in out:
            self.emit(text.rstrip(), sep=sep)
        return out

    # body ----------------------------------------------------------------
    def body(self, a, rng_from, rng_to, width, opts):
        segs, cut_types = a.segments()
        for ct in cut_types:
            pass
        dup_at = set(int(x) for x in opts.get("dup", "").split(",") if x)
        nl_at = set(int(x) for x in opts.get("nl", "").split(",") if x)
        lead = opts.get("lead") == "1"
        pre = opts.get("pre", "").replace("_", " ")
        n_out = 0
        for si in range(rng_from, rng_to + 1):
            for (pi, text, starts, ends, sub) in segs[si]:
                if not text:
                    continue
                t = self.c(text)
                if pi == 0 and starts and a.f["dateline"] and not sub:
                    dl = self.c(a.f["dateline"].replace("^", ""))
                    t = dl + t if self.kind == "column" else dl.replace("|", "") + t
                if pre and n_out == 0:
                    self.count["jump marker run into the first line"] += 1
                if self.kind == "paragraph":
                    if pre and n_out == 0:
                        t = pre + t
                    n_out += 1
                    self.emit(t.replace("|", ""), logical=re.sub(r"\s+", "", t.replace("|", "")))
                    if n_out in dup_at:
                        self.emit(t.replace("|", ""))
                        self.duplicates.append(re.sub(r"\s+", "", t.replace("|", "")))
                        self.count["lines printed twice"] += 1
                    continue
                # column layout
                if sub:
                    n_out += 1
                    self.emit(t)
                    continue
                indent = a.indent if starts else 0
                lines = self.r.column_lines(t, width, indent, ends)
                for k, (s, logical) in enumerate(lines):
                    n_out += 1
                    if pre and n_out == 1:
                        s = pre + s
                    if lead and n_out == 1:
                        s = " " + s
                        self.count["space-led lines"] += 1
                    sep = "\n" if n_out in nl_at else "\n\n"
                    self.emit(s, logical, sep=sep)
                    if n_out in dup_at:
                        self.emit(s, logical)
                        self.duplicates.append(logical)
                        self.count["lines printed twice"] += 1
        for si in range(rng_from, min(rng_to, len(cut_types))):
            pass

    def compose(self):
        counted_cuts = set()
        last_body = None
        bodied, headed = set(), set()
        cur_head = None
        for item in self.layout:
            prev_body, last_body = last_body, None
            prev_head, cur_head = cur_head, None
            op, _, rest = item.partition(" ")
            sep0 = "\n\n"
            if op.startswith("^"):
                sep0 = "\n"
                op = op[1:]
            if op == "head":
                bits = rest.split()
                a = self.arts[bits[0]]
                if a.id in bodied and a.id not in headed and (a.f["title"] or a.f["kicker"]):
                    self.count["headlines printed after their body"] += 1
                if prev_head and prev_head != a.id and (a.f["title"] or a.f["kicker"]):
                    self.count["headlines bunched with another story's headline"] += 1
                headed.add(a.id)
                cur_head = a.id
                before = len(self.items)
                self.head(a, bits[1] if len(bits) > 1 else "", sep0)
                for opt in bits[2:]:
                    self.count[opt.replace("-", " ")] += 1
            elif op == "body":
                bits = rest.split()
                a = self.arts[bits[0]]
                segs, cut_types = a.segments()
                lo, hi = 0, len(segs) - 1
                opts = {}
                for b in bits[1:]:
                    if "=" in b:
                        k, v = b.split("=", 1)
                        opts[k] = v
                    elif "-" in b:
                        lo, hi = (int(x) for x in b.split("-"))
                    else:
                        lo = hi = int(b)
                width = float(opts.get("w", a.width))
                bodied.add(a.id)
                if prev_body == (a.id, lo - 1) and lo > 0:
                    self.count["paragraph split by a column break with nothing between"] += 1
                self.body(a, lo, hi, width, opts)
                for k in range(lo, hi):
                    pass
                last_body = (a.id, hi)
                if hi < len(segs) - 1 and (a.id, hi) not in counted_cuts:
                    counted_cuts.add((a.id, hi))
                    typ = cut_types[hi]
                    self.count["stories cut: " + CUT_TYPES[typ]] += 1
            elif op == "x":
                pieces = rest.split(" | ")
                for k, p in enumerate(pieces):
                    sep = sep0 if k == 0 else ("\n" if p.startswith("^") else "\n\n")
                    self.emit(self.c(p.lstrip("^")), sep=sep)
                self.extras.append(re.sub(r"\s+", "", self.c("".join(q.lstrip("^") for q in pieces))))
                self.count["furniture / box lines (extras)"] += 1
            elif op == "marker":
                self.emit(rest, sep=sep0)
                self.count["jump markers"] += 1
            elif op == "dup":
                # a headline drawn twice: 'dup a1 T line' (two identical lines) / 'dup a1 T same' (doubled on one line)
                bits = rest.split()
                a = self.arts[bits[0]]
                text = self.c(strip_marks(self.field_lines(a, bits[1])))
                if bits[2] == "same":
                    self.emit(text + text, sep=sep0)
                    self.count["headline doubled on one line"] += 1
                else:
                    self.emit(text, sep=sep0)
                    self.emit(text)
                    self.count["headline printed as two identical lines"] += 1
                self.duplicates.append(re.sub(r"\s+", "", text))
            elif op == "blank":
                self.emit("", sep=sep0)
            else:
                raise SystemExit(f"{self.src}: unknown layout op {op}")
        # page text
        if self.kind == "paragraph":
            text = "\n\n"
            for k, (sep, s, _) in enumerate(self.items):
                text += (sep if k else "") + s
        else:
            text = ""
            for k, (sep, s, _) in enumerate(self.items):
                text += (sep if k else "") + s
            text += "\n\n\n"
        self.text = text
        return text

    def gold(self, name):
        d = OrderedDict()
        d["source"] = name
        d["issue_date"] = self.meta["date"]
        d["issue_number"] = self.meta.get("issue") or None
        pc = self.meta.get("pages")
        d["page_count"] = int(pc) if pc else None
        d["articles"] = [a.gold(self.style) for a in self.arts.values()]
        d["extras"] = self.extras
        d["duplicates"] = self.duplicates
        return d


def _squash(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def uncovered(text, gold):
    """Characters of the raw page a perfect export would not cover (the scorer's rule:
    pieces of at least 4 characters, or the rest of a line). Only jump-marker glyphs may remain."""
    strs = []
    for a in gold["articles"]:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            strs.append(a[k])
        strs += a["subheads"] + a["paragraphs"]
    strs += gold["extras"] + gold["duplicates"]
    hay = "\0".join(_squash(x) for x in strs)
    miss = []
    for line in text.splitlines():
        s, i = _squash(line), 0
        while i < len(s):
            lo, hi = 0, len(s) - i
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if s[i:i + mid] in hay:
                    lo = mid
                else:
                    hi = mid - 1
            if lo >= min(4, len(s) - i):
                i += lo
            else:
                miss.append((line, s[i]))
                i += 1
    return miss


def build(src_dir=None):
    """Compose every page; returns {filename: bytes} for pages/, gold/ and README.md."""
    src_dir = src_dir or os.path.join(HERE, "src")
    out = OrderedDict()
    rows, total = [], Counter()
    for fn in sorted(os.listdir(src_dir)):
        if not re.fullmatch(r"p\d\d\.txt", fn):
            continue
        pg = Page(os.path.join(src_dir, fn))
        text = pg.compose()
        num = pg.meta["page"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num}_{h}.txt"
        out["pages/" + name] = text.encode("utf-8")
        g = pg.gold(name)
        out["gold/" + name[:-4] + ".json"] = (json.dumps(g, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
        for line, ch in uncovered(text, g):
            if not any(m in line for m in "▷▶▲"):
                print(f"warning: {fn}: uncovered {ch!r} in line {line[:30]!r}", file=sys.stderr)
        # counts for README
        for a in pg.arts.values():
            if a.kind == "continuation" or a.f["continued"]:
                total["articles with a jump (continued)"] += 1
            dl = a.f["dateline"]
            if dl:
                total["datelines with 电" if "电（" in dl else "datelines with 讯"] += 1
                if dl.startswith("新华社"):
                    total["Xinhua (新华社) datelines"] += 1
            if a.f["subtitle"].startswith("——"):
                total["dash-led subtitles"] += 1
            if a.f["kicker"] and a.f["title"] and a.f["subtitle"]:
                total["kicker / title / subtitle stacks"] += 1
            if a.f["column"]:
                total["column labels (栏目)"] += 1
            if a.f["byline"].startswith("文丨"):
                total["文丨X bylines"] += 1
            if any(sub for sub, _ in a.paras):
                total["stories with crossheads"] += 1
            total["articles of kind " + a.kind] += 1
        total.update(pg.count)
        nchar = len(re.sub(r"\s+", "", text))
        if os.environ.get("VERBOSE"):
            print(f"{fn}: {nchar} chars, {len(pg.arts)} articles", file=sys.stderr)
        rows.append((name, pg.meta["date"], pg.meta.get("paper", "?"), pg.kind, pg.style,
                     len(pg.arts), nchar, pg.meta.get("subjects", "")))
    readme = make_readme(rows, total)
    out["README.md"] = readme.encode("utf-8")
    return out


def make_readme(rows, total):
    tmpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        pt.append("| " + " | ".join(str(x) for x in r) + " |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files = build()
    for sub in ("pages", "gold"):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        keep = {os.path.basename(k) for k in files if k.startswith(sub + "/")}
        for fn in os.listdir(d):
            if fn not in keep:
                os.remove(os.path.join(d, fn))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages, "
          f"{sum(1 for k in files if k.startswith('gold/'))} gold files, README.md")


if __name__ == "__main__":
    main()
