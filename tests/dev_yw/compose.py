#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw Hunan Daily page
text, in one of the two extraction layouts of the seeds, and write

    pages/NNN_<sha16>.txt   the raw page text
    gold/NNN_<sha16>.json   its exact annotation (format of /work/shared/gold)
    README.md               README.in with its tables filled

Standard library only. Every small choice is made by a random.Random seeded by
the source file name, so the output is the same byte for byte on every run.
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
CLOSE = set("，。、；：？！”’）》…,.;:?!)」』")
OPEN = set("“‘（《(「『")
PUNCT_FULL = CLOSE | OPEN | set("—·")
BR = "//"          # forced line break inside a headline, dateline or byline
CUT = "|"          # cut point inside a paragraph (segment boundary)


# ---------------------------------------------------------------- source
def parse_source(text: str, name: str) -> dict:
    """Sections: '= page', '= art ID', '= layout'. In page and art sections each
    line is 'key value'; in an art section 'p TEXT' adds a paragraph and
    'h TEXT' a crosshead (subhead, also a paragraph). The layout section is a
    list of commands."""
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    for ln_no, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("= "):
            head = line[2:].split()
            if head[0] == "page":
                cur = ("page", None)
            elif head[0] == "art":
                aid = head[1]
                if aid in page["arts"]:
                    raise SystemExit(f"{name}:{ln_no}: article {aid} twice")
                page["arts"][aid] = {f: "" for f in FIELDS} | {"paras": [], "subheads": [],
                                                               "width": None, "id": aid}
                page["order"].append(aid)
                cur = ("art", aid)
            elif head[0] == "layout":
                cur = ("layout", None)
            else:
                raise SystemExit(f"{name}:{ln_no}: unknown section {line}")
            continue
        if cur is None:
            raise SystemExit(f"{name}:{ln_no}: text outside a section")
        if cur[0] == "layout":
            page["layout"].append((ln_no, line.strip()))
            continue
        key, _, val = line.partition(" ")
        if cur[0] == "page":
            page["meta"][key] = val.strip()
            continue
        art = page["arts"][cur[1]]
        if key == "p":
            art["paras"].append(("p", val.strip()))
        elif key == "h":
            art["paras"].append(("h", val.strip()))
            art["subheads"].append(val.strip())
        elif key == "width":
            art["width"] = float(val)
        elif key in FIELDS:
            art[key] = val.strip()
        else:
            raise SystemExit(f"{name}:{ln_no}: unknown key {key!r}")
    for aid, a in page["arts"].items():
        if a["kind"] not in KINDS:
            raise SystemExit(f"{name}: article {aid}: kind {a['kind']!r}")
        if not a["paras"]:
            raise SystemExit(f"{name}: article {aid}: no paragraphs")
    return page


def conv(s: str, mode: str) -> str:
    """Punctuation width of the page: full, mixed (full commas, half brackets)
    or half (half-width , ( ) ; :)."""
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace(BR, "").replace(CUT, "")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


# ---------------------------------------------------------------- column flow
TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*|//|.")


def tokens(s: str) -> list[str]:
    return TOKEN.findall(s)


def tw(t: str) -> float:
    if t == BR:
        return 0.0
    return sum(0.5 if ord(c) < 128 else 1.0 for c in t)


def is_run(t: str) -> bool:
    return bool(t) and t[0].isascii() and t[0].isalnum()


class Page:
    """Builds one raw page: a list of printed lines with their separators."""

    def __init__(self, src_name: str, page: dict):
        self.name = src_name
        self.p = page
        m = page["meta"]
        self.meta = m
        self.layout = m["layout"]
        self.mode = m.get("punct", "full")
        self.width = float(m.get("width", 17))
        self.rng = random.Random(src_name)
        self.lines: list[list] = []      # [text, sep_before]
        self.pending_sep = None
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.printed = {aid: set() for aid in page["arts"]}
        self.seen = Counter()            # which parts of an article were printed
        self.stats = Counter()
        self.lead = ""
        self.segs = {aid: self.segments(a) for aid, a in page["arts"].items()}

    # -- helpers
    def c(self, s: str) -> str:
        return conv(s, self.mode)

    def segments(self, a: dict) -> list[dict]:
        """Paragraph pieces between cut points, numbered from 1 in reading order."""
        out = []
        for pi, (kind, text) in enumerate(a["paras"]):
            parts = text.split(CUT)
            for si, part in enumerate(parts):
                out.append({"para": pi, "text": self.c(part), "first": si == 0,
                            "last": si == len(parts) - 1, "kind": kind})
                if si:
                    prev, nxt = parts[si - 1], part
                    self.classify_cut(prev, nxt)
        return out

    def classify_cut(self, prev: str, nxt: str):
        a, b = prev[-1:], nxt[:1]
        opened = prev.count("“") + prev.count("‘") - prev.count("”") - prev.count("’")
        if a.isdigit() and not b.isdigit():
            self.stats["cut: between a figure and its unit"] += 1
        elif b.isdigit() and not a.isdigit():
            self.stats["cut: between a word and its figure"] += 1
        elif a.isdigit() and b.isdigit():
            self.stats["cut: inside a figure"] += 1
        elif opened > 0:
            self.stats["cut: inside a quoted term"] += 1
        elif a in CLOSE:
            self.stats["cut: after punctuation"] += 1
        else:
            self.stats["cut: inside a word or name"] += 1

    def emit(self, text: str, tight: bool = False):
        text = text.rstrip()
        sep = "\n" if tight else "\n\n"
        if self.pending_sep is not None:
            sep = self.pending_sep + ("" if tight else "\n")
            self.pending_sep = None
        self.lines.append([text, sep])

    def render(self) -> str:
        out = []
        for i, (text, sep) in enumerate(self.lines):
            if i == 0:
                out.append(("\n\n" if self.layout == "para" else " ") + text)
            else:
                out.append(sep + text)
        return "".join(out) + "\n"

    # -- number-run and glyph-gap spacing of a normal (not spread) column line
    def space_line(self, toks: list[str]) -> str:
        out = []
        n = len(toks)
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < n else None
            if is_run(t):
                if prev is not None and prev not in OPEN and prev not in CLOSE and prev != " " and not is_run(prev):
                    out.append(" ")
                    self.stats["space around a number run"] += 1
                out.append(t)
                if (nxt is not None and nxt not in CLOSE and nxt != " " and nxt != "%"
                        and self.rng.random() < 0.55):
                    out.append(" ")
                    self.stats["space around a number run"] += 1
                continue
            if t in ("，", "、", "。", "；") and prev and prev not in CLOSE and self.rng.random() < 0.015:
                out.append(" ")
                self.stats["glyph-gap space before full-width punctuation"] += 1
            if t == "%" and prev and is_run(prev) and self.rng.random() < 0.3:
                out.append(" ")
                self.stats["glyph-gap space before %"] += 1
            out.append(t)
            if t == "“" and nxt and nxt not in OPEN and self.rng.random() < 0.08:
                out.append(" ")
                self.stats["space after an opening quote"] += 1
        return re.sub(r" {2,}", " ", "".join(out)).strip()

    def spread_line(self, toks: list[str]) -> str:
        out = []
        for i, t in enumerate(toks):
            if i:
                a = toks[i - 1]
                if not (a in CLOSE or t in OPEN or a == " " or t == " "):
                    out.append(" ")
            out.append(t)
        return "".join(out).strip()

    def flow(self, toks: list[str], width: float, protect: int = 0) -> list[tuple[list, str]]:
        """Break a token list into column lines of `width` em. Returns
        (tokens, how) with how in {'full', 'spread', 'end', 'forced'}.
        No closing mark may start a line (the last character is pushed down
        with it, leaving the line short, hence spread) and no opening mark may
        end one. `protect`: the first `protect` tokens are a dateline; a break
        inside it leaves at least 4 of its characters for the next line."""
        lines, cur, w, i = [], [], 0.0, 0     # cur holds token indexes
        while i < len(toks):
            t = toks[i]
            if t == BR:
                lines.append((cur, "forced"))
                cur, w = [], 0.0
                i += 1
                continue
            if t == " " and not cur:
                i += 1
                continue
            if w + tw(t) <= width + 1e-9 or not cur:
                cur.append(i)
                w += tw(t)
                i += 1
                continue
            back = 0
            if t in CLOSE:
                back = 1
                while back < len(cur) and toks[cur[-back]] in CLOSE:
                    back += 1
            while back < len(cur) - 1 and toks[cur[-1 - back]] in OPEN:
                back += 1
            if protect and cur[0] < protect:
                def rest(b):
                    return sum(len(toks[j]) for j in range(cur[len(cur) - b] if b else i, protect)
                               if toks[j] not in (" ", BR))
                while back < len(cur) - 1 and (cur[len(cur) - back] if back else i) < protect \
                        and rest(back) < 4:
                    back += 1
            if back:
                i = cur[-back]
                cur = cur[:-back]
            lines.append((cur, "wrap"))
            cur, w = [], 0.0
        if cur:
            lines.append((cur, "end"))
        out = []
        for idx, how in lines:
            tk = [toks[j] for j in idx]
            while tk and tk[-1] == " ":
                tk = tk[:-1]
            if how == "wrap":
                nat = sum(tw(x) for x in tk)
                nclose = sum(1 for x in tk if x in CLOSE and x not in ",.;:?!)")
                nopen = sum(1 for x in tk if x in OPEN and x != "(")
                how = "spread" if (width - nat >= 1.0 or nclose + nopen >= 5) else "full"
            out.append((tk, how))
        return out

    def col_lines(self, text: str, width: float, protect: int = 0):
        toks = tokens(text)
        for toks_, how in self.flow(toks, width, protect):
            if how == "spread":
                self.stats["justified line spread with spaces"] += 1
                self.emit(self.spread_line(toks_))
            else:
                self.emit(self.space_line(toks_))

    # -- commands
    def art(self, aid: str) -> dict:
        if aid not in self.p["arts"]:
            raise SystemExit(f"{self.name}: unknown article {aid}")
        return self.p["arts"][aid]

    def cmd_mast(self, arg: str):
        pieces = re.split(r"([|&])", arg)
        tight = False
        for p in pieces:
            if p == "|":
                tight = False
            elif p == "&":
                tight = True
            elif p:
                self.emit(p, tight=tight)
                self.stats["masthead piece"] += 1
                if " " in p:
                    self.stats["masthead pieces merged on one line"] += 1
        self.extras.append(squash(arg.replace("|", "").replace("&", "")))

    def cmd_box(self, arg: str):
        for k, part in enumerate(arg.split(BR)):
            self.emit(part)
        self.stats["box line (extra)"] += 1
        self.extras.append(squash(arg.replace(BR, "")))

    def head_parts(self, a):
        return [self.c(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]

    def cmd_head(self, aid: str, mode: str = "stack"):
        a = self.art(aid)
        parts = self.head_parts(a)
        if not parts:
            raise SystemExit(f"{self.name}: {aid} has no headline")
        self.seen[(aid, "head")] += 1
        if mode == "one":
            self.emit(" ".join(p.replace(BR, "") for p in parts))
            self.stats["headline stack on one line"] += 1
            return
        if mode == "tight":
            first = True
            for p in parts:
                for k, piece in enumerate(p.split(BR)):
                    self.emit(piece, tight=not first)
                    first = False
            self.stats["headline lines without blank between"] += 1
            return
        for p in parts:
            for k, piece in enumerate(p.split(BR)):
                self.emit(piece, tight=k > 0)
                if k:
                    self.stats["headline broken, last word alone"] += 1
        title = self.c(a["title"]).replace(BR, "")
        if mode == "twice":
            self.emit(title, tight=self.rng.random() < 0.5)
            self.dups.append(title)
            self.stats["headline drawn twice (two lines)"] += 1
        elif mode == "double":
            self.lines[-1][0] = self.lines[-1][0] + " " + self.lines[-1][0] \
                if self.lines[-1][0] == title else self.lines[-1][0]
            if self.lines[-1][0] != title + " " + title:
                raise SystemExit(f"{self.name}: {aid}: 'double' needs the title on the last line")
            self.dups.append(title)
            self.stats["headline doubled on one line"] += 1
        elif mode != "stack":
            raise SystemExit(f"{self.name}: head mode {mode}")

    def cmd_col(self, aid: str):
        a = self.art(aid)
        self.emit(self.c(a["column"]))
        self.seen[(aid, "col")] += 1
        self.stats["column label line"] += 1

    def cmd_by(self, aid: str, how: str = ""):
        a = self.art(aid)
        parts = self.c(a["byline"]).split(BR)
        for k, p in enumerate(parts):
            p = p.strip()
            if how == "right":
                p = " " * 24 + p
                self.stats["credit or byline right-aligned"] += 1
            self.emit(p)
        if len(parts) > 1:
            self.stats["byline broken between names"] += 1
        self.seen[(aid, "by")] += 1

    def cmd_lead(self, arg: str):
        self.lead = arg
        self.markers.append(arg)
        self.stats["jump marker"] += 1

    def cmd_mark(self, aid: str, text: str):
        a = self.art(aid)
        if squash(self.c(a["continued"])) not in squash(text):
            raise SystemExit(f"{self.name}: marker {text!r} does not hold {a['continued']!r}")
        self.emit(text)
        self.markers.append(text)
        self.seen[(aid, "mark")] += 1
        self.stats["jump marker"] += 1

    def cmd_dup(self, n: str):
        k = int(n)
        text = self.lines[-k][0]
        self.emit(text)
        clean_text = re.sub(r"\s+", "", text) if self.layout == "column" else text.strip()
        self.dups.append(clean_text)
        self.stats["line printed twice"] += 1

    def cmd_blank(self, n: str):
        self.pending_sep = "\n" * (int(n) + 1)

    def parse_range(self, aid: str, rng: str | None) -> list[int]:
        n = len(self.segs[aid])
        if not rng:
            idx = [i for i in range(1, n + 1) if i not in self.printed[aid]]
        else:
            lo, _, hi = rng.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else (n if "-" in rng else lo)
            idx = list(range(lo, hi + 1))
        for i in idx:
            if i in self.printed[aid] or not 1 <= i <= n:
                raise SystemExit(f"{self.name}: {aid} segment {i} twice or out of range")
            self.printed[aid].add(i)
        return idx

    def cmd_body(self, aid: str, rng: str | None = None):
        a = self.art(aid)
        segs = self.segs[aid]
        idx = self.parse_range(aid, rng)
        width = a["width"] or self.width
        for i in idx:
            seg = segs[i - 1]
            text = seg["text"]
            prefix = ""
            if i == 1 and a["dateline"]:
                prefix = self.c(a["dateline"])
                if BR in prefix:
                    self.stats["dateline broken by hand (date, names or before 通讯员)"] += 1
            if self.lead:
                prefix = self.lead + prefix
                self.lead = ""
            if i > 1 and not seg["first"]:
                if (i - 1) in idx:
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["paragraph continued after a piece of another story"] += 1
            if self.layout == "para":
                if BR in prefix:
                    head, _, tail = prefix.rpartition(BR)
                    for piece in head.split(BR):
                        self.emit(piece)
                    prefix = tail
                self.emit(prefix + text)
            else:
                protect = len(tokens(prefix)) if prefix else 0
                self.col_lines(prefix + text, width, protect)

    def cmd_photo(self, aid: str, how: str = "end", width: str | None = None):
        a = self.art(aid)
        idx = self.parse_range(aid, None)
        credit = self.c(a["byline"]).replace(BR, " ")
        for k, i in enumerate(idx):
            text = self.segs[aid][i - 1]["text"]
            last = k == len(idx) - 1
            if width and self.layout == "column":
                toks = tokens(text)
                lines = self.flow(toks, float(width))
                if len(lines) > 1:
                    self.stats["photo caption on two or more lines"] += 1
                for j, (tk, how_) in enumerate(lines):
                    s = "".join(tk)
                    if last and j == len(lines) - 1 and credit and how == "end":
                        if len(squash(s)) >= 4:
                            s += "  " + credit
                        else:       # a piece under 4 characters would be lost
                            self.emit(s)
                            s = credit
                    self.emit(s)
            else:
                s = text
                if last and credit and how == "end":
                    s += " " + credit
                self.emit(s)
        if credit and how in ("line", "right"):
            if how == "right":
                self.stats["credit or byline right-aligned"] += 1
                self.emit(" " * 30 + credit)
            else:
                self.emit(credit)
        if credit:
            self.seen[(aid, "by")] += 1
            if credit.startswith("以上图片") or "均由" in credit:
                self.stats["group photo credit"] += 1

    def run(self):
        for ln_no, line in self.p["layout"]:
            cmd, _, rest = line.partition(" ")
            args = rest.split() if cmd not in ("mast", "box", "lead", "mark") else [rest]
            try:
                if cmd == "mark":
                    aid, _, text = rest.partition(" ")
                    self.cmd_mark(aid, text)
                elif cmd in ("mast", "box", "lead"):
                    getattr(self, "cmd_" + cmd)(rest)
                else:
                    getattr(self, "cmd_" + cmd)(*args)
            except AttributeError:
                raise SystemExit(f"{self.name}:{ln_no}: unknown command {cmd}")
        # completeness: every segment, headline, byline, label and marker printed
        for aid, a in self.p["arts"].items():
            n = len(self.segs[aid])
            miss = set(range(1, n + 1)) - self.printed[aid]
            if miss:
                raise SystemExit(f"{self.name}: {aid} segments never printed: {sorted(miss)}")
            if self.head_parts(a) and not self.seen[(aid, "head")]:
                raise SystemExit(f"{self.name}: {aid} headline never printed")
            if a["byline"] and not self.seen[(aid, "by")]:
                raise SystemExit(f"{self.name}: {aid} byline never printed")
            if a["column"] and not self.seen[(aid, "col")]:
                raise SystemExit(f"{self.name}: {aid} column label never printed")
            if a["continued"] and not self.seen[(aid, "mark")] and not any(
                    squash(self.c(a["continued"])) in squash(m) for m in self.markers):
                raise SystemExit(f"{self.name}: {aid} jump marker never printed")

    # -- gold
    def gold_articles(self) -> list[dict]:
        arts = []
        for aid in self.p["order"]:
            a = self.p["arts"][aid]
            g = {}
            for f in FIELDS:
                g[f] = self.c(clean(a[f]))
            g["subheads"] = [self.c(clean(s)) for s in a["subheads"]]
            g["paragraphs"] = [self.c(clean(t)) for _, t in a["paras"]]
            arts.append(g)
        return arts


# ---------------------------------------------------------------- coverage (as the scorer)
def covered(s: str, hay: str) -> int:
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


def export_strings(gold: dict, markers: list[str]) -> list[str]:
    out = []
    for a in gold["articles"]:
        out += [a[f] for f in FIELDS] + a["paragraphs"]
    return out + gold["extras"] + gold["duplicates"] + markers


# ---------------------------------------------------------------- build
def build(src_dir: Path = SRC) -> list[dict]:
    """Lay out every source; return one record per page (text, gold, stats)."""
    records = []
    for k, sp in enumerate(sorted(src_dir.glob("p*.txt")), 1):
        page = parse_source(sp.read_text(encoding="utf-8"), sp.name)
        pg = Page(sp.name, page)
        pg.run()
        text = pg.render()
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{k:03d}_{sha}"
        m = page["meta"]
        gold = {
            "source": stem + ".txt",
            "issue_date": m["date"],
            "issue_number": m.get("number") or None,
            "page_count": int(m["pages"]) if m.get("pages") else None,
            "articles": pg.gold_articles(),
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        # coverage of every raw line, as the scorer measures it
        hay = "\u0000".join(squash(s) for s in export_strings(gold, pg.markers))
        for ln, line in enumerate(text.splitlines(), 1):
            s = squash(line)
            if covered(s, hay) != len(s):
                raise SystemExit(f"{sp.name}: raw line {ln} not covered: {line!r}")
        records.append({"src": sp.name, "stem": stem, "text": text, "gold": gold,
                        "markers": pg.markers, "stats": pg.stats, "meta": m,
                        "chars": nows(text)})
    return records


def gold_json(gold: dict) -> str:
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


LAYOUT_NAME = {"column": "column", "para": "paragraph"}
PUNCT_NAME = {"full": "full-width", "mixed": "full commas, half brackets",
              "half": "half-width , ( ) ; :"}


def readme(records: list[dict]) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for r in records:
        total.update(r["stats"])
    rows = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for key in sorted(total):
        pages = sum(1 for r in records if r["stats"][key])
        rows.append(f"| {key} | {total[key]} | {pages} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in records:
        m = r["meta"]
        pt.append(f"| {r['stem']}.txt | {m['date']} | {m['page']} | {LAYOUT_NAME[m['layout']]} | "
                  f"{PUNCT_NAME[m.get('punct', 'full')]} | {len(r['gold']['articles'])} | "
                  f"{r['chars']} | {m.get('subjects', '')} |")
    kinds = Counter(a["kind"] for r in records for a in r["gold"]["articles"])
    ksum = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return (tmpl.replace("{{PHENOMENA}}", "\n".join(rows))
                .replace("{{PAGES}}", "\n".join(pt))
                .replace("{{KINDS}}", ksum)
                .replace("{{NARTICLES}}", str(sum(kinds.values()))))


def write_all(records: list[dict]):
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for r in records:
        (PAGES / (r["stem"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (GOLD / (r["stem"] + ".json")).write_text(gold_json(r["gold"]), encoding="utf-8")
    (HERE / "README.md").write_text(readme(records), encoding="utf-8")


def main():
    records = build()
    write_all(records)
    for r in records:
        print(f"{r['stem']}  {r['meta']['date']} p{r['meta']['page']:>2} "
              f"{r['meta']['layout']:6} {len(r['gold']['articles']):2} articles {r['chars']} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
