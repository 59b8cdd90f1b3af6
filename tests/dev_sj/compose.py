#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw extracted page text.

    python3 compose.py        writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small random choice comes from random.Random seeded
by the source file name, so a rebuild is byte-for-byte identical.
Layout parameters are the figures measured on the seeds by measure.py (see README).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---- figures measured on the seeds (measure.py) -------------------------------------
# column layout: body column widths in em (seed 000: news 16-18, mode 17; commentary 12-13;
# seed 004: news 19-22, mode 20; commentary 18-19); photo captions run 40-44 em.
COL_WIDTH = {"narrow": 17, "wide": 20}
COMMENT_WIDTH = {"narrow": 12.5, "wide": 18}
CAPTION_WIDTH = 42
# spaces around a number run on unspread column lines, seeds 000+004
# (before, after): TT 73, TF 57, FT 37, FF 50
NUM_SPACE_W = [((True, True), 73), ((True, False), 57), ((False, True), 37), ((False, False), 50)]
# justified (spread) lines: 38 of ~690 column lines; spread when the line carries
# >= 3 mid-line full-width stops (compressed to half width) or >= 1.5 em of slack
SPREAD_PUNCT = 3
SPREAD_SLACK = 1.5
GLYPH_GAP_P = 0.05      # stray space before a full-width stop / before % / after “ on unspread lines

STOPS = "，。、；：？！,;:"
NO_START = "，。、；：？！”’）》)%,;:"
OPEN = "“‘《（("
CLOSE = "”’》）)"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def em(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        w += 1.0 if (unicodedata.east_asian_width(ch) in "WF" or ch in "“”‘’…—·") else 0.5
    return w


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def convert_punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---- source parsing -------------------------------------------------------------------
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline")
CUT_RE = re.compile(r"\|([vuwqns])")


class Article:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.marker = ""
        self.paras = []          # list of (pieces[list[str]], cut kinds, is_subhead)

    def clean(self, k):
        return self.f[k].replace("/", "")

    def continued(self):
        return re.sub(r"[▷▶▲◀△\s（）()]", "", self.marker)

    def gold(self):
        paras = ["".join(p) for p, _, _ in self.paras]
        return {
            "kind": self.kind,
            "column": self.clean("column"),
            "kicker": self.clean("kicker"),
            "title": self.clean("title"),
            "subtitle": self.clean("subtitle"),
            "byline": self.clean("byline"),
            "dateline": self.clean("dateline"),
            "continued": self.continued(),
            "subheads": ["".join(p) for p, _, sh in self.paras if sh],
            "paragraphs": paras,
        }


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur = None
    section = "meta"
    text = path.read_text(encoding="utf-8")
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            if line.startswith("#"):
                continue
            layout.append(line.strip())
            continue
        m = re.match(r"^== (a\d+) (\w+)$", line)
        if m:
            cur = Article(m.group(1), m.group(2))
            arts[cur.id] = cur
            section = "art"
            continue
        if section == "meta":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
            continue
        if line.startswith("+ ") or line.startswith("## "):
            sh = line.startswith("## ")
            body = line[3:] if sh else line[2:]
            parts = CUT_RE.split(body)
            pieces, kinds = [parts[0]], []
            for i in range(1, len(parts), 2):
                kinds.append(parts[i])
                pieces.append(parts[i + 1])
            cur.paras.append((pieces, kinds, sh))
            continue
        k, v = line.split(":", 1)
        k, v = k.strip(), v.strip()
        if k == "marker":
            cur.marker = v
        elif k in FIELDS:
            cur.f[k] = v
        else:
            raise SystemExit(f"{path.name}: unknown field {k!r}")
    mode = meta.get("punct", "full")
    for a in arts.values():
        for k in FIELDS:
            a.f[k] = convert_punct(a.f[k], mode)
        a.marker = convert_punct(a.marker, mode)
        a.paras = [([convert_punct(x, mode) for x in p], kk, sh) for p, kk, sh in a.paras]
    layout = [convert_punct(x, mode) if x.startswith(("box", "mast")) else x for x in layout]
    return meta, arts, layout


# ---- column-layout line breaking -------------------------------------------------------
TOKEN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+]*|\s|.")


def tokens_of(text: str, dateline: bool = False):
    """Tokens with flags; a dateline's words in brackets are unbreakable (names)."""
    toks = []
    if dateline:
        i = max(text.find("（"), text.find("("))
        head, tail = (text[:i], text[i:]) if i >= 0 else (text, "")
        toks += [t for t in TOKEN_RE.findall(head)]
        words = tail.split(" ")
        for j, w in enumerate(words):
            if j:
                toks.append(" ")
            toks.append(w)
        return toks
    return TOKEN_RE.findall(text)


def isnum(t):
    return bool(re.match(r"[0-9A-Za-z]", t))


def break_lines(toks, width):
    lines, cur, w = [], [], 0.0
    for t in toks:
        tw = em(t) if t != " " else 0.5
        if cur and w + tw > width + 0.01:
            if t in NO_START or (len(t) == 1 and t in NO_START):
                cur.append(t)
                lines.append(cur)
                cur, w = [], 0.0
                continue
            if t == " ":
                lines.append(cur)
                cur, w = [], 0.0
                continue
            # an opening bracket/quote may not end a line
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            lines.append(cur)
            cur = carry + [t]
            w = sum(em(x) for x in cur)
            continue
        if t == " " and not cur:
            continue
        if not cur and lines and t in NO_START:
            lines[-1].append(t)
            continue
        cur.append(t)
        w += tw
    if cur:
        lines.append(cur)
    return [[x for x in l] for l in lines]


class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta, self.arts, self.layout = parse(path)
        self.rng = random.Random(path.name)
        self.col = self.meta["layout"] == "column"
        self.size = self.meta.get("size", "narrow")
        self.width = COL_WIDTH[self.size]
        self.blocks = []            # (gap_before, [lines])
        self.extras, self.dups, self.furniture = [], [], []
        self.stats = Counter()
        self.first_piece_done = set()
        self.head_done = set()
        self.body_seen = set()

    # -- rendering helpers
    def add(self, lines, gap=1):
        self.blocks.append((gap, lines))

    def num_space(self):
        r = self.rng.random() * sum(w for _, w in NUM_SPACE_W)
        for v, w in NUM_SPACE_W:
            if r < w:
                return v
            r -= w
        return (False, False)

    def render(self, toks, spread):
        out = ""
        prev = None
        for i, t in enumerate(toks):
            if t == " ":
                out += " "
                prev = t
                continue
            if spread:
                if prev is not None and prev != " " and not out.endswith(" "):
                    sp = True
                    if prev in STOPS or prev in CLOSE:
                        sp = False
                    if t in OPEN:
                        sp = False
                    if t in CLOSE:
                        sp = self.rng.random() < 0.5
                    if sp:
                        out += " "
                out += t
            else:
                if isnum(t):
                    b, a = self.num_space()
                    if b and i > 0 and not out.endswith(" "):
                        out += " "
                        self.stats["number-run spaces"] += 1
                    out += t
                    if a and i < len(toks) - 1:
                        out += " "
                        self.stats["number-run spaces"] += 1
                    prev = t
                    continue
                if i > 0 and (t in "，。、；：%" ) and not out.endswith(" ") and self.rng.random() < GLYPH_GAP_P:
                    out += " "
                    self.stats["glyph-gap spaces"] += 1
                out += t
                if t == "“" and i < len(toks) - 1 and self.rng.random() < GLYPH_GAP_P * 2:
                    out += " "
                    self.stats["space after opening quote"] += 1
            prev = t
        return out.strip(" ")

    def flow(self, text, width, dateline_len=0, last_is_end=True, dup=None, nospread=False):
        """Column lines for a run of text (dateline prefix tokens unbreakable names)."""
        toks = []
        if dateline_len:
            toks = tokens_of(text[:dateline_len], dateline=True) + TOKEN_RE.findall(text[dateline_len:])
        else:
            toks = TOKEN_RE.findall(text)
        lines = break_lines(toks, width)
        self._last_lines = lines
        out = []
        for k, l in enumerate(lines):
            final = (k == len(lines) - 1) and last_is_end
            mid = sum(1 for t in l[:-1] if t in STOPS)
            slack = width - sum(em(t) if t != " " else 0.5 for t in l)
            spread = (not final) and not nospread and not (k == 0 and dateline_len) and (mid >= SPREAD_PUNCT or slack >= SPREAD_SLACK) and self.rng.random() < 0.85
            if spread:
                self.stats["justified lines spread with spaces"] += 1
            out.append(self.render(l, spread))
        return out

    def count_forced_break(self, first, rest):
        if "（" not in first and "(" not in first:
            self.stats["line break inside a dateline's date"] += 1
        elif rest.startswith("通讯员"):
            self.stats["line break before 通讯员"] += 1
        else:
            self.stats["line break between a byline's names"] += 1

    def count_dateline_break(self, dl, lines):
        toks = tokens_of(dl, dateline=True)
        seen = 0
        for l in self._last_lines:
            seen += len(l)
            if seen < len(toks):
                nxt = toks[seen] if toks[seen] != " " else toks[seen + 1]
                head = dl[:max(dl.find("（"), dl.find("("))]
                if seen < len(tokens_of(head)):
                    self.stats["line break inside a dateline's date"] += 1
                elif nxt.startswith("通讯员"):
                    self.stats["line break before 通讯员"] += 1
                else:
                    self.stats["line break between a byline's names"] += 1
                break

    # -- layout commands
    def art(self, aid):
        return self.arts[aid]

    def pieces(self, a, spec):
        """spec: 'all' | '1-3' | '4a' | '4b-6' | comma list."""
        allp = []
        for i, (p, kk, sh) in enumerate(a.paras, 1):
            for j, x in enumerate(p):
                allp.append((i, chr(ord("a") + j), x, j == len(p) - 1, sh, kk[j - 1] if j else ""))
        if spec == "all":
            return allp
        sel = []
        for part in spec.split(","):
            lo, dash, hi = part.partition("-")
            hi = hi or ("999" if dash else lo)

            def key(s, end=False):
                m = re.match(r"(\d+)([a-z]?)$", s)
                n, c = int(m.group(1)), m.group(2)
                return (n, c or ("z" if end else "a"))
            k0, k1 = key(lo), key(hi, True)
            sel += [x for x in allp if k0 <= (x[0], x[1]) <= k1]
        return sel

    def cmd_body(self, args):
        a = self.art(args[0])
        specs = [x for x in args[1:] if "=" not in x]
        spec = ",".join(specs) if specs else "all"
        opts = dict(x.split("=") for x in args[1:] if "=" in x)
        width = float(opts.get("w", COMMENT_WIDTH[self.size] if a.kind == "commentary" else self.width))
        sel = self.pieces(a, spec)
        if self.col:        # pieces of one paragraph printed together flow as one text
            merged = []
            for x in sel:
                if merged and merged[-1][0] == x[0] and not x[4]:
                    m = merged[-1]
                    merged[-1] = (m[0], m[1], m[2] + x[2], x[3], m[4], m[5])
                else:
                    merged.append(x)
            sel = merged
        block_lines = []
        for (n, c, text, is_last, sh, cutkind) in sel:
            if c != "a":
                if cutkind:
                    self.stats[f"cut: {CUT_NAMES[cutkind]}"] += 1
                key = (a.id, n)
                if key in self.body_seen:
                    if self.last_owner == a.id:
                        self.stats["paragraph split by a column break, nothing between"] += 1
                    else:
                        self.stats["paragraph continued after a piece of another story"] += 1
            self.body_seen.add((a.id, n))
            prefix = ""
            if n == 1 and c == "a" and a.id not in self.first_piece_done:
                self.first_piece_done.add(a.id)
                if a.marker and opts.get("mark") == "inline":
                    prefix = a.marker
                    self.furniture.append(a.marker)
                    self.stats["jump markers"] += 1
                prefix += a.f["dateline"]
            if sh:
                if self.col:
                    self.add([text])
                else:
                    self.add([text])
                continue
            if self.col and prefix and "/" in a.f["dateline"]:
                # a dateline printed with a forced line break (inside the date / before a name)
                first, rest = prefix.split("/", 1)
                self.count_forced_break(first, rest)
                block_lines += self.flow(first, width, dateline_len=len(first), last_is_end=True)
                prefix = rest
            elif prefix and "/" in a.f["dateline"]:
                first, rest = prefix.split("/", 1)
                self.count_forced_break(first, rest)
                self.add([first])
                prefix = rest
            if self.col:
                lines = self.flow(prefix + text, width, dateline_len=len(prefix) if a.f["dateline"] else 0,
                                  last_is_end=is_last)
                if "/" in a.f["dateline"] and prefix:
                    pass
                if prefix and a.f["dateline"] and "/" not in a.f["dateline"]:
                    self.count_dateline_break(a.f["dateline"], lines)
                for ln in lines:
                    block_lines.append(ln)
            else:
                self.add([prefix + text])
            self.last_owner = a.id
        if self.col:
            dup = opts.get("dup")
            if dup:
                k = int(dup)
                self.dups.append(squash(block_lines[k]))
                block_lines.insert(k + 1, block_lines[k])
                self.stats["lines printed twice"] += 1
            for ln in block_lines:
                self.add([ln])
        self.last_owner = a.id
        if a.id in self.head_done:
            pass
        else:
            self.stats["_body_before_head:" + a.id] = 1

    def head_lines(self, a, parts):
        out = []
        for k in parts:
            v = a.f[k]
            if not v:
                continue
            segs = v.split("/")
            if len(segs) > 1 and len(segs[-1]) <= 4:
                self.stats["headline last word alone on a line"] += 1
            out.append([self.hl(s) for s in segs])
        return out

    def hl(self, s):
        if self.col:
            return self.render(TOKEN_RE.findall(s), False)
        return s

    def cmd_head(self, args):
        a = self.art(args[0])
        mode = args[1] if len(args) > 1 else ("lines" if self.col else "one")
        parts = args[2].split("+") if len(args) > 2 else ["kicker", "title", "subtitle"]
        self.head_done.add(a.id)
        if ("_body_before_head:" + a.id) in self.stats:
            self.stats["headlines printed after their body"] += 1
        groups = self.head_lines(a, parts)
        if mode == "one":
            self.add([" ".join("".join(g) for g in groups)])
        elif mode == "tight":
            self.add([ln for g in groups for ln in g])
        elif mode == "lines":
            for g in groups:
                self.add(g)
        elif mode == "twice":       # title drawn twice on one line
            for k, g in zip([p for p in parts if a.f[p]], groups):
                if k == "title":
                    t = "".join(g)
                    self.add([t + t])
                    self.dups.append(squash(t))
                    self.stats["headline drawn twice"] += 1
                else:
                    self.add(g)
        elif mode == "twolines":    # title printed as two identical lines
            for k, g in zip([p for p in parts if a.f[p]], groups):
                if k == "title":
                    t = "".join(g)
                    self.add([t, t], gap=1)
                    self.dups.append(squash(t))
                    self.stats["headline drawn twice"] += 1
                else:
                    self.add(g)
        else:
            raise SystemExit(f"bad head mode {mode}")

    def cmd_bunch(self, args):
        """headlines of several stories printed together (column pages)."""
        self.stats["headline bunches (2+ stories' headlines together)"] += 1
        for aid in args:
            self.cmd_head([aid])

    def cmd_by(self, args):
        a = self.art(args[0])
        mode = args[1] if len(args) > 1 else "tight"
        segs = a.f["byline"].split("/")
        if len(segs) > 1:
            if segs[1].startswith("通讯员"):
                self.stats["line break before 通讯员"] += 1
            else:
                self.stats["line break between a byline's names"] += 1
        if mode == "tight":
            self.add(segs)
        else:
            for s in segs:
                self.add([s])

    def cmd_col(self, args):
        a = self.art(args[0])
        self.add([a.f["column"]])
        self.stats["column labels on their own line"] += 1

    def cmd_mark(self, args):
        a = self.art(args[0])
        self.add([a.marker])
        self.furniture.append(a.marker)
        self.stats["jump markers"] += 1

    def cmd_photo(self, args):
        a = self.art(args[0])
        mode = args[1] if len(args) > 1 else "inline"
        cap = "".join("".join(p) for p, _, _ in a.paras)
        cred = a.f["byline"]
        gap = 3 if not self.col else 1
        lines = []
        if a.f["title"]:
            self.add([a.f["title"]], gap=gap)
            gap = 1
        if self.col:
            caplines = self.flow(cap, CAPTION_WIDTH, nospread=True)
        else:
            caplines = [cap]
        if mode == "inline" and cred:
            caplines[-1] = caplines[-1] + (" " if self.col or self.rng.random() < 0.5 else "") + cred
            self.add(caplines, gap=gap) if not self.col else [self.add([c], gap=gap) for c in caplines]
        else:
            if self.col:
                for c in caplines:
                    self.add([c], gap=gap)
            else:
                self.add(caplines, gap=gap)
            if cred:
                if mode == "right":
                    pad = " " * int(max(2, (CAPTION_WIDTH - em(cred)) * 2))
                    self.add([pad + cred])
                    self.stats["credits right-aligned on a line of their own"] += 1
                else:
                    self.add([cred])
        self.stats["photo captions"] += 1

    def cmd_box(self, rest):
        segs = rest.split("|")
        self.extras.append(squash("".join(segs)))
        self.add(segs)
        self.stats["box lines (countdown, code prompt, framed label)"] += 1

    def cmd_mast(self, rest):
        segs = rest.split("|")
        self.extras.append(squash("".join(s.replace("+", "") for s in segs)))
        for s in segs:
            self.add(s.split("+"))        # '+' joins pieces on adjacent lines
            self.stats["masthead pieces"] += len(s.split("+"))
            if re.search(r"\d \S", s):
                self.stats["masthead pieces merged on one line"] += 1

    def cmd_dup(self, args):
        a = self.art(args[0])
        sel = self.pieces(a, args[1])
        for (n, c, text, *_r) in sel:
            self.add([text])
            self.dups.append(squash(text))
            self.stats["lines printed twice"] += 1

    def build(self):
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "body":
                self.cmd_body(args)
            elif op == "head":
                self.cmd_head(args)
            elif op == "bunch":
                self.cmd_bunch(args)
            elif op == "by":
                self.cmd_by(args)
            elif op == "col":
                self.cmd_col(args)
            elif op == "mark":
                self.cmd_mark(args)
            elif op == "photo":
                self.cmd_photo(args)
            elif op == "box":
                self.cmd_box(rest)
            elif op == "mast":
                self.cmd_mast(rest)
            elif op == "dup":
                self.cmd_dup(args)
            elif op == "blank":
                self.blocks.append((int(args[0]), []))
            elif op == "width":
                self.width = float(args[0])
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {op}")
        # every article must have been laid out completely
        for a in self.arts.values():
            if a.kind == "photo":
                continue
            n = sum(len(p) for p, _, _ in a.paras)
        return self.text()

    def text(self):
        out = []
        pending = 0
        for gap, lines in self.blocks:
            if not lines:
                pending += gap
                continue
            out.append((gap + pending, lines))
            pending = 0
        if self.col:
            s = ""
            for i, (gap, lines) in enumerate(out):
                if i:
                    s += "\n" * (gap + 1)
                s += "\n".join(lines)
            return " " + s + "\n\n\n"
        s = "\n\n"
        for i, (gap, lines) in enumerate(out):
            if i:
                s += "\n" * (gap + 1)
            s += "\n".join(lines)
        return s


CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "s": "between sentences/clauses"}


def build_all():
    pages = []
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text = pg.build()
        num = pg.meta["file"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num}_{h}"
        gold = {
            "source": name + ".txt",
            "issue_date": pg.meta["date"],
            "issue_number": pg.meta.get("issue") or None,
            "page_count": int(pg.meta["pages"]) if pg.meta.get("pages") else None,
            "articles": [a.gold() for a in pg.arts.values()],
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        pages.append((name, text, gold, pg))
    return pages


def gold_json(g):
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def tables(pages):
    tot = Counter()
    for _, _, _, pg in pages:
        for k, v in pg.stats.items():
            if not k.startswith("_"):
                tot[k] += v
    for name, text, gold, pg in pages:
        tot["pages"] += 1
        arts = gold["articles"]
        tot["articles"] += len(arts)
        tot["headlines printed on one line with spaces (paragraph pages)"] += 0
        for a in arts:
            if a["kicker"] and a["title"] and a["subtitle"]:
                tot["four/three-part headline stacks (kicker+title+subtitle)"] += 1
            if a["subtitle"].startswith("——"):
                tot["dash-led subtitles"] += 1
            if " " in a["title"]:
                tot["two-phrase titles split at a space"] += 1
            if a["column"]:
                tot["column labels (栏目)"] += 1
            if a["subheads"]:
                tot["crossheads"] += len(a["subheads"])
            if a["byline"] and not a["dateline"] and a["kind"] in ("news", "feature"):
                tot["feature bylines on their own line"] += 1
            if a["dateline"].endswith("电") or "电（" in a["dateline"] or "电(" in a["dateline"]:
                tot["datelines with 电"] += 1
            elif a["dateline"]:
                tot["datelines with 讯"] += 1
        tot["extras strings (gold)"] += len(gold["extras"])
        tot["duplicates (gold)"] += len(gold["duplicates"])
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(tot):
        if k.startswith("headlines printed on one line"):
            continue
        rows.append(f"| {k} | {tot[k]} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for name, text, gold, pg in pages:
        chars = len(squash(text))
        prow.append(f"| {name}.txt | {gold['issue_date']} | {pg.meta['pageno']} | {pg.meta['layout']} | "
                    f"{pg.meta.get('punct','full')} | {len(gold['articles'])} | {chars} | {pg.meta.get('subjects','')} |")
    return "\n".join(rows), "\n".join(prow)


def main():
    pages = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for name, text, gold, pg in pages:
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (name + ".json")).write_text(gold_json(gold), encoding="utf-8")
    ph, pt = tables(pages)
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt), encoding="utf-8")
    print(f"composed {len(pages)} pages")


if __name__ == "__main__":
    main()
