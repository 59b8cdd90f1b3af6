#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (spaces around number runs, glyph
gaps) comes from a random.Random seeded by the source file name, so a rebuild
is byte-for-byte identical.  See README.md for the source format.
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
CUT = re.compile(r"¦(?:\[([a-z-]+)\])?")
CLOSE = set("，。、；：？！”’）》,;:)!?")          # may not start a line
OPEN = set("“‘（《(")                               # may not end a line
FULLP = set("，。、；：？！")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/~]+")

# ---------------------------------------------------------------- parsing


class Art:
    FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
              "dateline", "continued")

    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in self.FIELDS}
        self.width = 17
        self.lead = ""            # printed jump marker before the flow
        self.paras = []           # list of (is_subhead, text with cut marks)
        self.printed = []         # raw body lines printed so far (for dup)


def parse(path: Path):
    page, arts, order, layout = {}, {}, [], []
    cur, mode = None, None
    for ln in path.read_text(encoding="utf-8").splitlines():
        if not ln.strip() or ln.startswith("#"):
            continue
        if ln.startswith("@page"):
            mode = "page"
            continue
        if ln.startswith("@art "):
            mode = "art"
            cur = Art(ln.split()[1])
            arts[cur.id] = cur
            order.append(cur.id)
            continue
        if ln.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "layout":
            layout.append(ln.strip())
            continue
        key, _, val = ln.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "page":
            page[key] = val
        elif key in Art.FIELDS:
            cur.f[key] = val
        elif key == "width":
            cur.width = float(val)
        elif key == "lead":
            cur.lead = val
        elif key in ("p", "h"):
            cur.paras.append((key == "h", val))
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    return page, arts, order, layout


# ------------------------------------------------------------ punctuation

def punct(s: str, style: str) -> str:
    """Apply the page's punctuation width: full | mixed | half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a source string: cut marks and line-break marks removed."""
    return CUT.sub("", s).replace("|", "")


# ---------------------------------------------------------------- layout


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.meta, self.arts, self.order, self.layout = parse(src)
        self.style = self.meta.get("punct", "full")
        self.kind = self.meta["layout"]
        self.lines = []           # (text, tight)
        self.extras, self.dups = [], []
        self.count = Counter()
        self.printed_heads = set()
        self.body_seen = set()
        for a in self.arts.values():
            for k in Art.FIELDS:
                a.f[k] = punct(a.f[k], self.style)
            a.lead = punct(a.lead, self.style)
            a.paras = [(h, punct(t, self.style)) for h, t in a.paras]

    # ---- low level
    def emit(self, text, tight=False):
        self.lines.append((text, tight))

    # ---- column typesetting
    def tokens(self, text):
        out, i = [], 0
        while i < len(text):
            c = text[i]
            if c == "|":
                out.append(("BR", "|", 0))
                i += 1
                continue
            m = ASCII_RUN.match(text, i)
            if m:
                out.append(("A", m.group(), 0.5 * len(m.group()) + 0.25))
                i = m.end()
                continue
            if c in CLOSE:
                kind = "P" if c in FULLP or c in ",;:!?" else "C"
                w = 0.5 if c in ",;:)!?" else 1
            elif c in OPEN:
                kind, w = "O", (0.5 if c == "(" else 1)
            elif c == " ":
                kind, w = "S", 0.5
            else:
                kind, w = "H", 1
            out.append((kind, c, w))
            i += 1
        return out

    def set_flow(self, text, width, indent=2, last_is_final=True):
        """Break a flow of text into column lines; returns [(tokens, spread)]."""
        toks = self.tokens(text)
        lines, cur, w, cap = [], [], 0.0, width - indent
        i = 0
        while i < len(toks):
            t = toks[i]
            if t[0] == "BR":
                lines.append((cur, cap - w >= 1))
                cur, w, cap = [], 0.0, width
                i += 1
                continue
            if w + t[2] <= cap + 0.01 or not cur:
                cur.append(t)
                w += t[2]
                i += 1
                continue
            if t[0] in "PC" and w + t[2] <= cap + 1.01:      # hang / squeeze
                cur.append(t)
                w += t[2]
                i += 1
                continue
            back = []
            while cur and cur[-1][0] == "O":                  # no opening mark at line end
                back.insert(0, cur.pop())
                w -= back[0][2]
            if cur and cur[-1][0] == "S":
                cur.pop()
            lines.append((cur, cap - w >= 1))
            cur, w, cap = back, sum(b[2] for b in back), width
        if cur:
            lines.append((cur, (not last_is_final) and cap - w >= 1))
        return lines

    def flow_dateline(self, flow, dl, width, indent, final):
        """Set a flow; a line may not start with the last 1-3 characters of
        the dateline (the break is moved back so at least 4 go over)."""
        def ns(x):
            return len(re.sub(r"[\s|]", "", x))
        dln = ns(flow[:dl])
        for _ in range(6):
            lines = self.set_flow(flow, width, indent, final)
            if not dl:
                return lines
            pos, bad = 0, False
            for toks, _ in lines:
                if pos and 0 < dln - pos < 4:
                    bad = True
                pos += sum(ns(t[1]) for t in toks if t[0] not in ("BR", "S"))
            if not bad:
                pos = 0
                for toks, _ in lines[:-1]:
                    pos += sum(ns(t[1]) for t in toks if t[0] not in ("BR", "S"))
                    if 0 < pos < dln:
                        self.count["dateline broken across lines"] += 1
                        head = re.sub(r"[\s|]", "", flow)[:pos]
                        if re.search(r"[0-9月日]$", head) and "讯" not in head and "电" not in head:
                            self.count["dateline broken inside its date"] += 1
                return lines
            want, k, i = dln - 4, 0, 0
            while i < len(flow) and k < want:
                k += ns(flow[i])
                i += 1
            flow = flow[:i] + "|" + flow[i:]
            self.count["dateline break moved back (4+ characters carried over)"] += 1
        return lines

    def render(self, toks, spread):
        rng = self.rng
        out = ""
        prev = None
        for t in toks:
            kind, s = t[0], t[1]
            if kind == "S":
                if out and not out.endswith(" "):
                    out += " "
                prev = t
                continue
            sep = ""
            if prev is not None and prev[0] != "S":
                if spread:
                    if prev[0] in "PC" or kind == "O" or (prev[0] == "A" and kind == "A"):
                        sep = ""
                    else:
                        sep = " "
                else:
                    if kind == "A" and prev[0] in "HC" and rng.random() < 0.75:
                        sep = " "
                        self.count["number-run spaces"] += 1
                    elif prev[0] == "A" and kind in "HO" and rng.random() < 0.55:
                        sep = " "
                        self.count["number-run spaces"] += 1
                    elif kind == "P" and prev[0] in "HA" and rng.random() < 0.03:
                        sep = " "
                        self.count["glyph-gap spaces at punctuation"] += 1
                    elif prev[0] == "O" and s != "《" and rng.random() < 0.04:
                        sep = " "
                        self.count["spaces after an opening quote"] += 1
            if kind == "A" and not spread and "%" in s and len(s) > 2 and rng.random() < 0.08:
                s = s.replace("%", " %")
                self.count["glyph-gap spaces before %"] += 1
            out += sep + s
            prev = t
        if spread:
            self.count["justified (spread) lines"] += 1
        return out.strip()

    # ---- pieces of an article
    def segments(self, a):
        """The article body as segments split at cut marks: list of lists of
        (para_index, text, starts_para, ends_para, cut_tag)."""
        segs, cur = [], []
        for pi, (_, text) in enumerate(a.paras):
            parts = CUT.split(text)
            # CUT.split gives text, tag, text, tag, ...
            pieces = parts[0::2]
            tags = parts[1::2]
            for j, piece in enumerate(pieces):
                cur.append((pi, piece, j == 0, j == len(pieces) - 1))
                if j < len(pieces) - 1:
                    segs.append((cur, tags[j] or "plain"))
                    cur = []
        segs.append((cur, None))
        return segs

    def body(self, a, lo, hi):
        segs = self.segments(a)
        lo = lo or 1
        hi = hi or len(segs)
        for si in range(lo, hi + 1):
            chunk, tag = segs[si - 1]
            if tag and (si < hi or tag == "column"):
                self.count["paragraph split by a column break, nothing between"] += 1
            elif tag:
                self.count["cut: " + tag] += 1
            for ci, (pi, text, starts, ends) in enumerate(chunk):
                flow = text
                dl = 0
                if pi == 0 and starts:
                    flow = a.f["dateline"] + flow
                    dl = len(a.f["dateline"])
                    if a.lead:
                        flow = a.lead + flow
                        dl += len(a.lead)
                        self.extras.append(re.sub(r"\s+", "", a.lead))
                        self.count["jump markers"] += 1
                final = ends
                if self.kind == "paragraph":
                    line = flow.replace("|", "")
                    self.emit(line)
                    a.printed.append(line)
                else:
                    indent = 2 if starts else 0
                    for toks, spread in self.flow_dateline(flow, dl, a.width, indent, final):
                        line = self.render(toks, spread)
                        self.emit(line)
                        a.printed.append(line)
            self.body_seen.add((a.id, si))

    def headline_part(self, a, p):
        return {"k": a.f["kicker"], "t": a.f["title"], "s": a.f["subtitle"],
                "c": a.f["column"], "b": a.f["byline"]}[p]

    def head(self, a, spec):
        tight = False
        for tok in re.split(r"([/~])", spec):
            if tok == "/":
                tight = False
                continue
            if tok == "~":
                tight = True
                continue
            parts = tok.split("+")
            texts = []
            for p in parts:
                doubled = p.endswith("2")
                key = p[0]
                s = self.headline_part(a, key)
                if not s:
                    raise SystemExit(f"{self.src.name}: {a.id} has no part {key}")
                if (a.id, key) in self.printed_heads:
                    self.dups.append(s.replace("|", ""))
                    self.count["headline drawn twice (two lines)"] += 1
                self.printed_heads.add((a.id, key))
                if doubled:
                    self.dups.append(s.replace("|", ""))
                    self.count["headline doubled on one line"] += 1
                    s = s.replace("|", "") * 2
                texts.append(s)
            if len(texts) == 1 and "|" in texts[0]:
                pieces = texts[0].split("|")
                if len(pieces[-1]) <= 3:
                    self.count["headline's last word alone on a line"] += 1
                else:
                    self.count["headline part broken over two lines"] += 1
                for j, piece in enumerate(pieces):
                    self.emit(piece, tight if j == 0 else self.kind == "paragraph")
            else:
                if len(texts) > 1:
                    self.count["headline parts joined on one line"] += 1
                self.emit(" ".join(t.replace("|", "") for t in texts), tight)
            tight = False

    def byline(self, a, right=False):
        pieces = a.f["byline"].split("|")
        for prev, nxt in zip(pieces, pieces[1:]):
            prev, nxt = prev.strip(), nxt.strip()
            if nxt.startswith("通讯员"):
                self.count["byline break before 通讯员"] += 1
            elif prev.endswith(("记者", "评论员", "由")):
                self.count["byline break after the writer's title"] += 1
            else:
                self.count["byline break between names"] += 1
        for j, piece in enumerate(pieces):
            self.emit(piece.strip(), j > 0 and self.kind == "paragraph")

    def photo(self, a, mode):
        cap = a.paras[0][1]
        credit = a.f["byline"]
        if self.kind == "paragraph":
            if mode == "inline":
                self.emit(cap + credit)
            else:
                self.emit(cap)
                if mode != "none":
                    self.emit(credit)
            return
        lines = self.set_flow(cap, a.width, 0, True)
        rendered = [self.render(t, s) for t, s in lines]
        if mode == "inline" and len(re.sub(r"\s", "", rendered[-1])) < 4:
            mode = "right"
        if mode == "inline":
            rendered[-1] += " " + credit
            self.count["photo credit after caption on its line"] += 1
        for r in rendered:
            self.emit(r)
        if mode in ("own", "right"):
            self.credit_line(credit, a.width if mode == "right" else 0)

    def credit_line(self, credit, width):
        if width:
            pad = max(2, int((width - len(credit)) * 2))
            self.emit(" " * pad + credit)
            self.count["credit right-aligned on its own line"] += 1
        else:
            self.emit(credit)
            self.count["credit on its own line"] += 1

    # ---- run the layout script
    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            rest = rest.strip()
            if op == "mast":
                pieces = re.split(r"([|~])", rest)
                tight = False
                merged = []
                for p in pieces:
                    if p == "|":
                        tight = False
                    elif p == "~":
                        tight = True
                    else:
                        self.emit(p, tight)
                        merged.append(p)
                        self.count["masthead pieces"] += 1
                        if " " in p:
                            self.count["masthead pieces merged on a line"] += 1
                self.extras.append(re.sub(r"\s+", "", "".join(merged)))
            elif op == "box":
                pieces = rest.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append(re.sub(r"\s+", "", "".join(pieces)))
                self.count["box lines (countdown, code prompt, label)"] += 1
            elif op == "head":
                aid, spec = rest.split()
                self.head(self.arts[aid], spec)
                if any(k[0] == aid for k in self.body_seen):
                    self.count["headline printed after its body"] += 1
            elif op == "col":
                self.emit(self.arts[rest].f["column"])
                self.count["column labels on their own line"] += 1
            elif op == "by":
                self.byline(self.arts[rest])
            elif op == "body":
                m = re.fullmatch(r"(\w+)(?:\.(\d+)(?:-(\d+))?)?", rest)
                aid = m.group(1)
                lo = int(m.group(2)) if m.group(2) else None
                hi = int(m.group(3)) if m.group(3) else lo
                self.body(self.arts[aid], lo, hi)
            elif op == "photo":
                aid, mode = rest.split()
                self.photo(self.arts[aid], mode)
            elif op == "credit":
                parts = rest.split()
                a = self.arts[parts[0]]
                self.credit_line(a.f["byline"], a.width if len(parts) > 1 else 0)
            elif op == "marker":
                self.emit(rest)
                self.extras.append(re.sub(r"\s+", "", rest))
                self.count["jump markers"] += 1
            elif op == "dup":
                aid, n = rest.split()
                line = self.arts[aid].printed[int(n)]
                self.emit(line)
                self.dups.append(re.sub(r"\s+", "", line))
                self.count["lines printed twice"] += 1
            elif op == "gap":
                for _ in range(int(rest)):
                    self.lines.append((None, False))
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")

    def text(self):
        out = []
        for i, (t, tight) in enumerate(self.lines):
            if t is None:
                out.append("\n")
                continue
            if i and tight:
                out.append("\n")
            elif i:
                out.append("\n\n")
            out.append(t)
        body = "".join(out)
        # a blank-line gap marker adds one more newline
        body = body.replace("\n\n\n\n", "\n\n\n\n")
        if self.kind == "paragraph":
            return "\n\n" + body
        lead = " " if self.meta.get("lead_space") == "1" else ""
        return lead + body + "\n\n\n"

    # ---- gold
    def gold_articles(self):
        arts = []
        for aid in self.order:
            a = self.arts[aid]
            paras, subs = [], []
            for h, t in a.paras:
                t = clean(t)
                paras.append(re.sub(r"\s+", "", t))
                if h:
                    subs.append(t)
            d = {"kind": a.f["kind"], "column": clean(a.f["column"]),
                 "kicker": clean(a.f["kicker"]), "title": clean(a.f["title"]),
                 "subtitle": clean(a.f["subtitle"]), "byline": clean(a.f["byline"]),
                 "dateline": clean(a.f["dateline"]), "continued": a.f["continued"],
                 "subheads": subs, "paragraphs": paras}
            arts.append(d)
        return arts


def squash(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def build(root: Path, out: Path, quiet=False):
    srcs = sorted((root / "src").glob("p*.txt"))
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    rows, total = [], Counter()
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        text = pg.text()
        # every body character printed exactly as the gold has it
        for aid in pg.order:
            a = pg.arts[aid]
            if a.f["kind"] == "photo":
                continue
            want = squash(a.lead + clean(a.f["dateline"]) + "".join(clean(t) for _, t in a.paras))
            got = squash("".join(a.printed))
            if a.printed and want != got:
                raise SystemExit(f"{src.name} {aid}: printed body differs from gold")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = pg.meta
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["count"]) if meta.get("count") else None,
                "articles": pg.gold_articles(), "extras": pg.extras,
                "duplicates": pg.dups}
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        total.update(pg.count)
        for a in gold["articles"]:
            total["articles: " + a["kind"]] += 1
        rows.append((name, meta, len(gold["articles"]), nchar, pg))
    readme(root, out, rows, total)
    if not quiet:
        for name, meta, na, nc, pg in rows:
            print(f"{name}  {meta['date']} p{meta['page']} {meta['layout']:9} {na:2d} articles {nc} chars")


def readme(root, out, rows, total):
    wd = "一二三四五六日"
    page_rows = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                 "|---|---|---|---|---|---|---|---|"]
    for name, meta, na, nc, pg in rows:
        d = datetime.date.fromisoformat(meta["date"])
        page_rows.append(f"| `{name}.txt` | {meta['date']} (星期{wd[d.weekday()]}) | {meta['page']} | "
                         f"{meta['layout']} | {meta.get('punct', 'full')} | {na} | {nc} | {meta.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        if total[k]:
            ph.append(f"| {k} | {total[k]} |")
    tpl = (root / "README.in").read_text(encoding="utf-8")
    tpl = tpl.replace("{{PAGE_TABLE}}", "\n".join(page_rows))
    tpl = tpl.replace("{{PHENOMENA_TABLE}}", "\n".join(ph))
    (out / "README.md").write_text(tpl, encoding="utf-8")


if __name__ == "__main__":
    build(HERE, HERE, quiet="-q" in sys.argv)
