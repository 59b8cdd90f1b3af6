#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name, so a rerun rebuilds every file
byte-for-byte.  See README.md for the source format and the layout rules.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
OPEN = "“‘（《(〈「"
CLOSE = "，。、；：？！”’）》)〉」,;:%…—"
MID = "，、。；："
CUT = re.compile(r"‖([a-z]?)")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+×·/-]+")

# measured on the column-layout seeds (000: 17-em news / 12-em commentary
# columns; 004: 22-em news / 20-em commentary columns); see README.md
SPREAD_GAP = 0.75        # a non-final line shorter than this gap is spread out
SPREAD_PUNCT_P = 0.04    # share of lines with >=2 mid-line marks printed spread
INDENT = 2               # paragraph first-line indent, in em (not printed)

CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break (nothing between)", "": "cut at a plain point"}


def conv(s: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half (,();:)."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ----------------------------------------------------------------- parsing
def parse(text: str):
    page, arts, order, layout = {}, {}, [], []
    sec = None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        if line.startswith("@"):
            head = line[1:].split()
            if head[0] in ("page", "layout"):
                sec = head[0]
            else:
                sec = head[0]
                arts[sec] = {"id": sec, "kind": head[1], "paras": [], "opts": {}}
                for f in FIELDS:
                    arts[sec][f] = ""
                order.append(sec)
            continue
        if sec == "page":
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif sec == "layout":
            layout.append(line.strip())
        else:
            a = arts[sec]
            if line.startswith("> "):
                a["paras"].append(("p", line[2:].strip()))
            elif line.startswith("# "):
                a["paras"].append(("s", line[2:].strip()))
            else:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k == "opts":
                    for kv in v.split():
                        kk, _, vv = kv.partition("=")
                        a["opts"][kk] = vv
                else:
                    a[k] = v
    return page, arts, order, layout


# ----------------------------------------------------------------- widths
def cw(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 and ch != " " else (0.5 if ch == " " else 1.0)


def width(s: str) -> float:
    return sum(cw(c) for c in s)


def tokens(s: str, units=()):
    """Unbreakable tokens: ASCII runs, the given units (names), single chars."""
    out, i = [], 0
    while i < len(s):
        for u in units:
            if u and s.startswith(u, i):
                out.append(u)
                i += len(u)
                break
        else:
            m = ASCII_RUN.match(s, i)
            if m:
                out.append(m.group())
                i = m.end()
            else:
                out.append(s[i])
                i += 1
    return out


def is_ascii_tok(t: str) -> bool:
    return bool(ASCII_RUN.fullmatch(t)) and t not in ("·", "×", "/", "-")


# ----------------------------------------------------------------- page
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.rng = random.Random(path.name)
        self.page, self.arts, self.order, self.layout = parse(path.read_text(encoding="utf-8"))
        self.style = self.page.get("punct", "full")
        self.col = self.page["layout"] == "column"
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.last_was_extra = False
        self.body_done: set[str] = set()
        self.printed: set = set()
        self.markers: list[str] = []      # jump markers as printed (text in no field)
        self.segs = {aid: self.segments(a) for aid, a in self.arts.items()}

    # -- article text
    def c(self, s):
        return conv(s, self.style)

    def segments(self, a):
        """Body pieces between cut points: (text, para_start, para_end, subhead, cutkind)."""
        segs = []
        for kind, p in a["paras"]:
            parts = CUT.split(self.c(p))
            texts, kinds = parts[0::2], parts[1::2] + [None]
            for j, t in enumerate(texts):
                segs.append({"text": t, "start": j == 0, "end": j == len(texts) - 1,
                             "sub": kind == "s", "cut": kinds[j]})
        return segs

    def gold_article(self, a):
        paras = [self.c(CUT.sub("", p)) for _, p in a["paras"]]
        g = {"kind": a["kind"]}
        for f in FIELDS:
            g[f] = self.c(a[f].replace("/", "")) if f in ("kicker", "title", "subtitle") else self.c(a[f])
        g["subheads"] = [self.c(p) for k, p in a["paras"] if k == "s"]
        g["paragraphs"] = paras
        return g

    # -- emitting lines
    def emit(self, s: str, blank=True, tight=False):
        if tight and self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.lines.append(s)
        if blank:
            self.lines.append("")

    def extra(self, s: str, new=False):
        s = self.c(s)
        if self.last_was_extra and not new:
            self.extras[-1] += s.replace(" ", "") if not self.col else s.replace(" ", "")
        else:
            self.extras.append(s.replace(" ", ""))
        self.last_was_extra = True

    # -- column layout of a piece of text
    def flow(self, a, text: str, first_indent: float, W: float, units=(), forced=None, final=True):
        """Break text into printed column lines of W em.  forced: index after which the
        first line must end (a dateline break).  Returns printed lines."""
        opts = a["opts"]
        toks = tokens(text, units)
        lines, cur, wcur = [], [], first_indent
        limit_first = forced
        if units and forced is None:
            limit_first = None
        consumed = 0
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if limit_first is not None and consumed >= limit_first and cur:
                while cur and cur[-1] == " ":
                    cur.pop()
                lines.append((cur, wcur, True))       # forced break: never spread
                cur, wcur, limit_first = [], 0.0, None
                if t == " ":
                    consumed += 1
                    i += 1
                    continue
            npunct = sum(1 for x in cur if x in MID)
            room = W + (0.5 * min(npunct, 2) if npunct >= 2 else 0)
            hang = (t[0] in CLOSE and not is_ascii_tok(t) and wcur + tw <= room + 1
                    and not (cur and cur[-1][0] in CLOSE))
            if wcur + tw <= room or not cur or hang:
                if t == " " and not cur:
                    consumed += len(t)
                    i += 1
                    continue
                cur.append(t)
                wcur += tw
                consumed += len(t)
                i += 1
                continue
            # break: keep opening punctuation with what follows, never start with a close mark
            carry = []
            while cur and cur[-1] in OPEN:
                carry.insert(0, cur.pop())
            if t[0] in CLOSE and not is_ascii_tok(t):
                while cur and len(cur) > 1 and (cur[-1][0] in CLOSE or cur[-1] in OPEN):
                    carry.insert(0, cur.pop())
                if len(cur) > 1:
                    carry.insert(0, cur.pop())
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append((cur, width("".join(cur)) + (first_indent if not lines else 0),
                          bool(units) and not lines))
            limit_first = None
            cur = carry
            wcur = width("".join(cur))
        if cur:
            lines.append((cur, wcur, True))
        out = []
        for k, (toks_, w, nospread) in enumerate(lines):
            last = (k == len(lines) - 1) or nospread
            gap = W - w
            npunct = sum(1 for x in toks_ if x in MID)
            spread = False
            if not last:
                if gap >= SPREAD_GAP:
                    spread = True
                elif npunct >= 2 and self.rng.random() < float(opts.get("sp", SPREAD_PUNCT_P)):
                    spread = True
            out.append(self.render(a, toks_, spread))
        return out

    def render(self, a, toks_, spread):
        opts = a["opts"]
        toks_ = [t for t in toks_]
        while toks_ and toks_[0] == " ":
            toks_.pop(0)
        if spread:
            self.stats["justified column line spread with spaces"] += 1
            out = ""
            for j, t in enumerate(toks_):
                if t == " ":
                    continue
                out += t
                if j + 1 < len(toks_):
                    nxt = toks_[j + 1]
                    if not (t[0] in CLOSE and not is_ascii_tok(t)) and nxt[0] not in OPEN:
                        out += " "
            return re.sub(" +", " ", out).rstrip()
        numstyle = opts.get("num", a.get("_num", "both"))
        gap_p = float(opts.get("gap", 0))
        q_p = float(opts.get("q", 0))
        out = ""
        for j, t in enumerate(toks_):
            if is_ascii_tok(t) and any(ch.isdigit() for ch in t):
                if numstyle != "none":
                    if out and not out.endswith(" ") and out[-1] not in CLOSE + OPEN:
                        out += " "
                        self.stats["space around a number run"] += 1
                    tt = t
                    if tt.endswith("%") and gap_p and self.rng.random() < gap_p:
                        tt = tt[:-1] + " %"
                        self.stats["glyph-gap space before %"] += 1
                    out += tt
                    if numstyle == "both" and j + 1 < len(toks_) and toks_[j + 1][0] not in CLOSE:
                        out += " "
                    continue
            if t in MID and gap_p and out and self.rng.random() < gap_p:
                out += " "
                self.stats["glyph-gap space around full-width punctuation"] += 1
            out += t
            if t == "“" and q_p and j + 1 < len(toks_) and self.rng.random() < q_p:
                out += " "
                self.stats["space after an opening quote"] += 1
        return re.sub(" +", " ", out).rstrip()

    # -- body
    def body(self, aid, rng_spec=None, mark=None):
        a = self.arts[aid]
        segs = self.segs[aid]
        if rng_spec is None:
            lo, hi = 0, len(segs) - 1
        elif "-" in rng_spec:
            lo, hi = (int(x) for x in rng_spec.split("-"))
        else:
            lo = hi = int(rng_spec)
        W = float(a["opts"].get("w", self.page.get("width", 17)))
        dl = self.c(a["dateline"])
        for k in range(lo, hi + 1):
            if (aid, k) in self.printed:
                raise SystemExit(f"{self.path.name}: {aid} segment {k} printed twice")
            self.printed.add((aid, k))
            s = segs[k]
            text = s["text"]
            prefix = ""
            if k == 0 and mark:
                prefix = self.c(mark)
                self.markers.append(prefix)
                self.stats["jump marker"] += 1
            if k == 0 and dl:
                prefix += dl
            if k > 0 and segs[k - 1]["cut"] is not None:
                kind = segs[k - 1]["cut"]
                if k - 1 >= lo:
                    self.stats["paragraph split by a column break (nothing between)"] += 1
                else:
                    self.stats[CUT_NAMES[kind]] += 1
            if not self.col:
                if s["sub"]:
                    self.emit(text)
                else:
                    self.emit(prefix + text)
                continue
            if s["sub"]:
                for ln in self.flow(a, text, 0, W):
                    self.emit(ln)
                continue
            indent = INDENT if (s["start"] and not (k == 0 and dl)) else 0
            if a["opts"].get("ind") == "0":
                indent = 0
            units = ()
            forced = None
            if k == 0 and dl:
                units = tuple(x for x in re.split(r"[ （）()]", dl) if x)
                brk = a["opts"].get("dl", "")
                indent = INDENT if not mark else 0
                if brk == "date":
                    m = re.search(r"月", dl)
                    forced = len(self.c(mark or "")) + m.end()
                    units = ()
                    self.stats["dateline broken inside its date"] += 1
                elif brk == "tx" and "通讯员" in dl:
                    forced = len(self.c(mark or "")) + dl.index("通讯员")
                    self.stats["dateline broken before 通讯员"] += 1
                elif brk == "rep":
                    forced = len(self.c(mark or "")) + dl.index("记者") + 2
                    self.stats["dateline broken after 记者 (names on the next line)"] += 1
            lines = self.flow(a, prefix + text, indent, W, units=units, forced=forced, final=s["end"])
            for ln in lines:
                self.emit(ln)
        self.body_done.add(aid)

    def heads(self, aid, mode=""):
        a = self.arts[aid]
        if aid in self.body_done:
            self.stats["headline printed after its body"] += 1
        parts = [self.c(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
        if mode == "one":
            self.emit(" ".join(p.replace("/", "") for p in parts))
            self.stats["headline stack merged on one line"] += 1
            return
        for f in ("kicker", "title", "subtitle"):
            if not a[f]:
                continue
            t = self.c(a[f])
            if "/" in t:
                pieces = t.split("/")
                self.stats["headline broken, last word alone"] += 1
                for j, p in enumerate(pieces):
                    self.emit(p, blank=(j == len(pieces) - 1))
            elif f == "title" and mode == "dbl1":
                self.emit(t + " " + t)
                self.dups.append(t)
                self.stats["headline drawn twice (one line)"] += 1
            elif f == "title" and mode == "dbl2":
                self.emit(t)
                self.emit(t)
                self.dups.append(t)
                self.stats["headline drawn twice (two lines)"] += 1
            else:
                self.emit(t, blank=(mode != "tight"))
        if mode == "tight" and self.lines and self.lines[-1] != "":
            self.emit("", blank=False)

    def run(self):
        for d in self.layout:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op not in ("x", "x+", "l", "l+"):
                self.last_was_extra = False
            if op in ("x", "x+"):            # masthead piece (extras)
                self.emit(rest)
                self.extra(rest, new=(op == "x+"))
                self.stats["masthead piece"] += 1
            elif op in ("l", "l+"):          # box line (countdown, code prompt, framed label)
                self.emit(rest)
                self.extra(rest, new=(op == "l+"))
                self.stats["short box line (extras)"] += 1
            elif op == "h":
                for aid in args[:1]:
                    self.heads(aid, args[1] if len(args) > 1 else "")
            elif op == "b":
                self.body(args[0], args[1] if len(args) > 1 else None,
                          mark=self.arts[args[0]]["opts"].get("mark", "").replace("_", " ") or None
                          if (len(args) < 2 or args[1].split("-")[0] == "0") else None)
            elif op == "m":                  # jump marker line
                self.emit(rest)
                self.markers.append(self.c(rest))
                self.stats["jump marker"] += 1
            elif op == "y":                  # byline on its own line
                a = self.arts[args[0]]
                by = self.c(a["byline"])
                if len(args) > 1 and args[1] == "split" and " " in by:
                    if " 通讯员" in by:
                        head, tail = by.split(" 通讯员", 1)
                        tail = "通讯员" + tail
                    else:
                        head, _, tail = by.rpartition(" ")
                    self.emit(head)
                    self.emit(tail)
                    self.stats["byline broken between its names"] += 1
                else:
                    self.emit(by)
            elif op == "c":                  # column label line
                self.emit(self.c(self.arts[args[0]]["column"]))
                self.stats["column label line"] += 1
            elif op == "p":                  # photo: caption + credit
                a = self.arts[args[0]]
                mode = args[1] if len(args) > 1 else "end"
                cap = " ".join(self.c(p) for _, p in a["paras"]) or self.c(a["title"])
                cr = self.c(a["byline"])
                if mode == "end":
                    self.emit(cap + "  " + cr)
                elif mode == "right":
                    self.emit(cap)
                    self.emit(" " * 40 + cr)
                    self.stats["credit right-aligned on its own line"] += 1
                elif mode == "before":
                    self.emit(cr)
                    self.emit(cap)
                    self.stats["photo credit on the line before the caption"] += 1
                self.stats["photo / cartoon"] += 1
            elif op == "d":                  # the previous printed line printed again
                prev = [ln for ln in self.lines if ln.strip()][-1]
                self.emit(prev)
                self.dups.append(re.sub(r"\s+", " ", prev.strip()))
                self.stats["line printed twice"] += 1
            elif op == "t":                  # literal text line belonging to an article (rare)
                self.emit(rest)
            else:
                raise SystemExit(f"{self.path.name}: unknown layout op {d!r}")
        for aid in self.order:
            a = self.arts[aid]
            want = set(range(len(self.segs[aid]))) if a["kind"] != "photo" else set()
            missing = sorted(k for k in want if (aid, k) not in self.printed)
            if missing:
                raise SystemExit(f"{self.path.name}: {aid} segments {missing} never printed")
        text = "\n".join(self.lines).rstrip("\n") + "\n"
        if self.col:
            text = " " + text if self.page.get("lead_space") == "1" else text
        else:
            text = "\n\n" + text
        return text


def build():
    """Return {relative path: bytes content} for every generated file plus page rows."""
    out, rows, totals = {}, [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        pg = Page(sp)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        arts = [pg.gold_article(pg.arts[a]) for a in pg.order]
        issue_number = pg.page.get("issue_number") or None
        page_count = int(pg.page["page_count"]) if pg.page.get("page_count") else None
        gold = {"source": name + ".txt", "issue_date": pg.page["date"],
                "issue_number": issue_number, "page_count": page_count,
                "articles": arts, "extras": pg.extras, "duplicates": pg.dups}
        out[f"pages/{name}.txt"] = text.encode("utf-8")
        out[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        kinds = Counter(a["kind"] for a in arts)
        rows.append({"markers": pg.markers, "file": name + ".txt", "date": pg.page["date"], "page": pg.page.get("pageno", ""),
                     "layout": pg.page["layout"], "punct": pg.style, "articles": len(arts),
                     "kinds": ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
                     "chars": nchar, "subjects": pg.page.get("subjects", "")})
        totals.update(pg.stats)
        for a in pg.order:
            A = pg.arts[a]
            if A["kicker"]:
                totals["headline with kicker (引题)"] += 1
            if A["subtitle"]:
                totals["headline with subtitle (副题)"] += 1
            if A["subtitle"].startswith("——"):
                totals["dash-led subtitle"] += 1
            if " " in A["title"]:
                totals["two-phrase title split at a space"] += 1
            if A["column"]:
                totals["article with a column label (栏目)"] += 1
            if A["continued"]:
                totals["article with a jump (continued)"] += 1
            if "讯" in A["dateline"]:
                totals["dateline with 讯"] += 1
            if "电" in A["dateline"] and "讯" not in A["dateline"]:
                totals["dateline with 电"] += 1
            if A["dateline"].count("通讯员") and len(A["dateline"].split("通讯员")[1].split()) >= 2:
                totals["dateline with two or three 通讯员 names"] += 1
            if any(k == "s" for k, _ in A["paras"]):
                totals["article with crossheads (subheads)"] += 1
            if not A["title"]:
                totals["article printed without a headline"] += 1
    readme_in = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
    pt = ("| file | issue date | page | layout | punctuation | articles | kinds | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|---|\n" + "\n".join(
              f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | {r['articles']} "
              f"| {r['kinds']} | {r['chars']} | {r['subjects']} |" for r in rows))
    readme = readme_in.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    out["README.md"] = readme.encode("utf-8")
    return out, rows, totals


def main():
    out, rows, totals = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, data in out.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
