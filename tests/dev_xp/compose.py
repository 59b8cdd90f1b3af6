#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (number spacing, kinsoku pulls,
indents of right-aligned credits) comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.

Source format: see README.in (section "The source format").
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = re.compile(r"\|([a-z])\|")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between", "s": "cut at a plain point"}
CLOSE = set("，。、；：？！”’）》」,.;:?!)%…—")
OPEN = set("“‘（《「(")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/]*")

STATS: Counter = Counter()          # phenomena counted while composing (whole set)


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            cur = page["meta"]
            continue
        if line.startswith("@art "):
            _, aid, kind = line.split()
            cur = {"id": aid, "kind": kind, "paras": [], "subheads": []}
            for f in FIELDS[1:]:
                cur[f] = ""
            cur["mark"] = ""
            cur["width"] = ""
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line.startswith("@layout"):
            cur = None
            page["in_layout"] = True
            continue
        if page.get("in_layout"):
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if cur is page["meta"]:
            cur[key] = val
        elif key == "p":
            cur["paras"].append(val)
        elif key == "h":
            cur["paras"].append(val)
            cur["subheads"].append(val)
        else:
            cur[key] = val
    return page


def clean(s: str) -> str:
    """Gold text of a source field: line-break and cut marks removed."""
    s = CUT.sub("", s)
    s = re.sub(r"\s*/\s*", lambda m: " " if m.group(0).startswith(" ") else "", s)
    return s.strip()


# ---------------------------------------------------------------- page class
class Composer:
    def __init__(self, path: Path):
        self.name = path.name
        self.rng = random.Random(path.name)
        self.page = parse(path)
        m = self.page["meta"]
        self.layout = m["layout"]
        self.punct = m.get("punct", "full")
        self.width = float(m.get("width", "17"))
        self.num_before = float(m.get("numspace_before", "0.8"))
        self.num_after = float(m.get("numspace_after", "0.5"))
        self.gap = float(m.get("glyphgap", "0"))
        self.out: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.arts = self.page["arts"]
        for a in self.arts.values():
            segs = []
            for pi, p in enumerate(a["paras"]):
                pieces = CUT.split(p)
                texts, kinds = pieces[0::2], pieces[1::2]
                for si, t in enumerate(texts):
                    segs.append({"para": pi, "text": self.conv(t),
                                 "first": si == 0, "last": si == len(texts) - 1,
                                 "cut": kinds[si] if si < len(kinds) else ""})
                for k in kinds:
                    self.stats["cut." + k] += 1
            a["segs"] = segs

    # punctuation width of the page
    def conv(self, s: str) -> str:
        table = {"half": HALF, "mixed": MIXED}.get(self.punct, {})
        return "".join(table.get(c, c) for c in s)

    def gold_text(self, s: str) -> str:
        return self.conv(clean(s))

    # ------------------------------------------------------------ output
    def emit(self, line: str, blank: bool = True):
        self.out.append(line)
        if blank:
            self.out.append("")

    # ------------------------------------------------------------ column wrapping
    def tokens(self, text: str) -> list[str]:
        toks, i = [], 0
        while i < len(text):
            m = ASCII_RUN.match(text, i)
            if m and text[i].isascii():
                toks.append(m.group(0))
                i = m.end()
            else:
                toks.append(text[i])
                i += 1
        return toks

    @staticmethod
    def tw(tok: str) -> float:
        if tok == " ":
            return 0.5
        return sum(0.5 if c.isascii() else 1.0 for c in tok)

    def wrap(self, text: str, width: float, indent: bool) -> list[tuple[list[str], bool]]:
        """Greedy line fill in em; returns (tokens, spread) per line.  A line that
        ends at least 1 em short of the measure (a number run or kinsoku pushed
        the rest down) is letter-spaced: the seeds' justified-line rule."""
        toks = self.tokens(text)
        lines, cur, w = [], [], 0.0
        measure = width - (2 if indent else 0)
        i = 0
        while i < len(toks):
            t = toks[i]
            if w + self.tw(t) <= measure or not cur:
                cur.append(t)
                w += self.tw(t)
                i += 1
                continue
            if t in CLOSE or (t[0] in CLOSE):
                if self.rng.random() < 0.5 and len(cur) > 2 and cur[-1] not in CLOSE | OPEN and len(cur[-1]) == 1:
                    i -= 1                       # pull the last glyph down with the mark
                    cur.pop()
                    self.stats["kinsoku pull (short line)"] += 1
                else:
                    cur.append(t)                # hang the mark
                    i += 1
            while cur and cur[-1] in OPEN and len(cur) > 1:
                cur.pop()
                i -= 1
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur, w, measure = [], 0.0, width
            while i < len(toks) and toks[i] == " ":
                i += 1
        if cur:
            lines.append(cur)
        res = []
        for k, ln in enumerate(lines):
            short = (width - (2 if (indent and k == 0) else 0)) - sum(self.tw(t) for t in ln)
            res.append((ln, k < len(lines) - 1 and short >= 1.0 and " " not in ln))
        return res

    def render_line(self, toks: list[str], spread: bool) -> str:
        if spread:
            self.stats["justified line spread with spaces"] += 1
            s = ""
            for k, t in enumerate(toks):
                s += t
                if k < len(toks) - 1 and t not in CLOSE:
                    s += " "
            return s
        s = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            if t[0].isascii() and t[0].isalnum() and prev and not prev.isascii():
                if prev not in CLOSE and prev not in OPEN and self.rng.random() < self.num_before:
                    s += " "
                    self.stats["space around a number run"] += 1
            if prev and prev[0].isascii() and prev[0].isalnum() and not t.isascii():
                if t not in CLOSE and self.rng.random() < self.num_after:
                    s += " "
                    self.stats["space around a number run"] += 1
            if prev == "“" and k == 1 and self.rng.random() < 0.3:
                s += " "
                self.stats["space after an opening quote"] += 1
            if t == "%" and self.rng.random() < self.gap:
                s += " "
                self.stats["glyph-gap space before %"] += 1
            s += t
            if t in "，、。；" and k < len(toks) - 1 and self.rng.random() < self.gap / 2:
                s += " "
                self.stats["glyph-gap space after full-width punctuation"] += 1
        return s

    # ------------------------------------------------------------ paragraph-layout gaps
    def para_gaps(self, s: str) -> str:
        if not self.gap:
            return s
        out = []
        for k, c in enumerate(s):
            if c == "%" and self.rng.random() < self.gap:
                out.append(" ")
                self.stats["glyph-gap space before %"] += 1
            out.append(c)
            if c in "，。、" and 0 < k < len(s) - 1 and self.rng.random() < self.gap / 3:
                out.append(" ")
                self.stats["glyph-gap space after full-width punctuation"] += 1
        return "".join(out)

    # ------------------------------------------------------------ layout ops
    def head_lines(self, a: dict, mode: str) -> list[list[str]]:
        parts = [self.conv(a[f]) for f in ("kicker", "title", "subtitle") if a[f]]
        if mode == "join":
            joined = " ".join(clean(p) for p in parts)
            return [[joined]]
        return [[x.strip() for x in p.split("/")] for p in parts]

    def op_head(self, args: list[str]):
        a = self.arts[args[0]]
        mode = args[1] if len(args) > 1 else "stack"
        blocks = self.head_lines(a, "join" if mode == "join" else "stack")
        if any(len(b) > 1 for b in blocks):
            self.stats["headline broken, last word alone on a line"] += 1
        if mode == "join" and len([f for f in ("kicker", "title", "subtitle") if a[f]]) > 1:
            self.stats["headline parts joined on one line"] += 1
        title = self.conv(a["title"]).split("/")
        for b in blocks:
            for k, ln in enumerate(b):
                self.emit(ln, blank=(k == len(b) - 1))
            if mode in ("twice", "double") and b == [x.strip() for x in title]:
                t = clean(self.conv(a["title"]))
                if mode == "twice":
                    self.emit(t)
                    self.stats["headline drawn twice (two identical lines)"] += 1
                else:
                    self.out[-2] = self.out[-2] + t
                    self.stats["headline drawn twice (doubled on one line)"] += 1
                self.dups.append(t)
        if self.layout == "column" and self.body_done(a):
            self.stats["headline printed after its body"] += 1

    def body_done(self, a: dict) -> bool:
        return a.get("_printed", 0) > 0

    def op_heads(self, args: list[str]):
        """Headlines of several stories bunched, as at the foot of column pages."""
        self.stats["headlines bunched at the foot"] += 1
        for k, aid in enumerate(args):
            a = self.arts[aid]
            if self.body_done(a):
                self.stats["headline printed after its body"] += 1
            blocks = self.head_lines(a, "stack")
            for bi, b in enumerate(blocks):
                for li, ln in enumerate(b):
                    lead = " " if (bi == 0 and li == 0 and k and self.rng.random() < 0.3) else ""
                    end = k == len(args) - 1 and bi == len(blocks) - 1 and li == len(b) - 1
                    self.emit(lead + ln, blank=end or (li == len(b) - 1 and self.rng.random() < 0.5))

    def op_line(self, text: str, blank_inside: bool, key: str):
        lines = [x.strip() for x in self.conv(text).split("/")]
        if len(lines) > 1:
            self.stats[key] += 1
        for k, ln in enumerate(lines):
            self.emit(ln, blank=blank_inside or k == len(lines) - 1)

    def op_body(self, args: list[str]):
        a = self.arts[args[0]]
        segs = a["segs"]
        lo, hi = 0, len(segs) - 1
        opts = {}
        for x in args[1:]:
            if "=" in x:
                k, v = x.split("=")
                opts[k] = v
            elif "-" in x:
                l, _, h = x.partition("-")
                lo, hi = int(l), int(h) if h else len(segs) - 1
            else:
                lo = hi = int(x)
        dup_at = int(opts["dup"]) if "dup" in opts else -1
        a["_printed"] = a.get("_printed", 0) + 1
        nline = 0
        for si in range(lo, hi + 1):
            sg = segs[si]
            if sg.get("done"):
                raise SystemExit(f"{self.name}: segment {si} of {a['id']} printed twice")
            sg["done"] = True
            text = sg["text"]
            pre = ""
            if si == 0:
                if a["mark"]:
                    pre += self.conv(a["mark"])
                    self.stats["jump marker (continued from)"] += 1
                if a["dateline"]:
                    pre += self.conv(a["dateline"])
            if self.layout == "paragraph":
                full = pre + text
                pieces = [x for x in full.split("/")]
                if len(pieces) > 1 and len(re.sub(r"\s", "", pre.split("/")[-1])) < 4:
                    raise SystemExit(f"{self.name}: dateline break of {a['id']} leaves < 4 characters")
                if len(pieces) > 1:
                    self.stats[self.dl_key(pre)] += 1
                for k, pc in enumerate(pieces):
                    line = self.para_gaps(pc.strip()) if k == len(pieces) - 1 else pc.strip()
                    self.emit(line, blank=k == len(pieces) - 1)
                    if nline == dup_at:
                        self.emit(line)
                        self.dups.append(clean(pc))
                        self.stats["line printed twice"] += 1
                    nline += 1
            else:
                width = float(a["width"] or self.width)
                measure = width - 2
                if "/" not in pre and pre and sum(self.tw(t) for t in self.tokens(pre)) > measure:
                    # a dateline too long for the first line breaks at a word space
                    # (after 记者, before a name or 通讯员), as the seeds print it
                    cut = max((k for k, ch in enumerate(pre) if ch == " "
                               and sum(self.tw(t) for t in self.tokens(pre[:k])) <= measure),
                              default=-1)
                    if cut > 0:
                        pre = pre[:cut] + " /" + pre[cut + 1:]
                chunks = pre.split("/") if "/" in pre else [pre]
                if len(chunks) > 1:
                    self.stats[self.dl_key(pre)] += 1
                stream = chunks[:-1] + [chunks[-1] + text]
                for ci, chunk in enumerate(stream):
                    chunk = chunk.strip() if ci < len(stream) - 1 else chunk.lstrip()
                    for toks, spread in self.wrap(chunk, width, indent=sg["first"] and ci == 0):
                        if ci < len(stream) - 1:
                            spread = False
                        line = self.render_line(toks, spread)
                        self.emit(line)
                        if nline == dup_at:
                            self.emit(line)
                            self.dups.append("".join(toks))
                            self.stats["line printed twice"] += 1
                        nline += 1

    @staticmethod
    def dl_key(pre: str) -> str:
        """Name the kind of line break written (or forced) inside a dateline."""
        head, _, tail = pre.partition("/")
        head, tail = head.rstrip(), tail.lstrip()
        if tail.startswith("通讯员"):
            return "dateline broken before 通讯员"
        if head.endswith("记者"):
            return "dateline broken after 记者, before the names"
        if "讯" not in head and "电" not in head:
            return "dateline broken inside its date"
        return "dateline broken between two names"

    def op_photo(self, args: list[str]):
        a = self.arts[args[0]]
        mode = args[1] if len(args) > 1 else "inline"
        if a["title"]:
            self.emit(self.conv(clean(a["title"])))
        cap = [s["text"] for s in a["segs"]]
        credit = self.conv(clean(a["byline"]))
        for k, c in enumerate(cap):
            last = k == len(cap) - 1
            if self.layout == "column":
                lines = self.wrap(c + ((" " + credit) if (last and credit and mode == "inline") else ""),
                                  float(a["width"] or 44), indent=False)
                for toks, _ in lines:
                    self.emit("".join(toks))
            else:
                self.emit(c + ((" " + credit) if (last and credit and mode == "inline") else ""))
        if credit and mode == "own":
            pad = " " * self.rng.randint(12, 30)
            self.emit(pad + credit)
            self.stats["credit right-aligned on its own line"] += 1
        a["_printed"] = 1

    def run(self):
        m = self.page["meta"]
        for _ in range(int(m.get("lead_blanks", "0"))):
            self.out.append("")
        for op in self.page["layout"]:
            verb, _, rest = op.partition(" ")
            args = rest.split()
            if verb == "head":
                self.op_head(args)
            elif verb == "heads":
                self.op_heads(args)
            elif verb == "body":
                self.op_body(args)
            elif verb == "photo":
                self.op_photo(args)
            elif verb == "byline":
                a = self.arts[args[0]]
                key = "byline broken between two names"
                if "/通讯员" in a["byline"].replace(" ", ""):
                    key = "byline broken before 通讯员"
                elif re.search(r"(记者|评论员)\s*/", a["byline"]):
                    key = "byline broken after 记者, before the names"
                self.op_line(a["byline"], self.layout == "column", key)
            elif verb == "column":
                a = self.arts[args[0]]
                self.emit(self.conv(a["column"]))
                self.stats["column label on its own line"] += 1
            elif verb == "jump":
                self.emit(self.conv(rest))
                self.stats["jump marker (continued on)"] += 1
            elif verb == "masthead":
                pieces = rest.split("|")
                for pc in pieces:
                    self.op_line(pc.replace("+", " "), False, "masthead pieces on consecutive lines")
                    if "+" in pc:
                        self.stats["masthead pieces merged"] += 1
                self.stats["masthead piece"] += len(pieces)
                self.extras.append(self.conv("".join(p.replace("+", "").replace("/", "") for p in pieces)))
            elif verb == "extra":
                self.op_line(rest, False, "box line broken")
                self.extras.append(self.conv(clean(rest)))
                self.stats["short box line (extra)"] += 1
            elif verb == "blank":
                self.out.extend([""] * int(args[0]))
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        for aid, a in self.arts.items():
            if not a.get("_printed"):
                raise SystemExit(f"{self.name}: article {aid} never printed")
            if a["kind"] != "photo" and not all(sg.get("done") for sg in a["segs"]):
                raise SystemExit(f"{self.name}: article {aid} has unprinted segments")
        text = "\n".join(self.out)
        while text.endswith("\n"):
            text = text[:-1]
        return text

    def gold(self, source: str) -> dict:
        m = self.page["meta"]
        arts = []
        for aid in self.page["order"]:
            a = self.arts[aid]
            arts.append({
                "kind": a["kind"],
                "column": self.gold_text(a["column"]),
                "kicker": self.gold_text(a["kicker"]),
                "title": self.gold_text(a["title"]),
                "subtitle": self.gold_text(a["subtitle"]),
                "byline": self.gold_text(a["byline"]),
                "dateline": self.gold_text(a["dateline"]),
                "continued": self.gold_text(a["continued"]),
                "subheads": [self.gold_text(s) for s in a["subheads"]],
                "paragraphs": [self.gold_text(p) for p in a["paras"]],
            })
        return {"source": source, "issue_date": m["date"],
                "issue_number": int(m["number"]) if m.get("number") else None,
                "page_count": int(m["pagecount"]) if m.get("pagecount") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build():
    """Compose every source in memory: [(name, text, gold, composer)]."""
    res = []
    for i, path in enumerate(sorted(SRC.glob("p*.txt")), start=1):
        c = Composer(path)
        text = c.run()
        name = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        res.append((name, text, c.gold(f"{name}.txt"), c))
    return res


def gold_json(g: dict) -> str:
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def readme(built) -> str:
    rows, total = [], Counter()
    for name, text, g, c in built:
        total.update(c.stats)
        m = c.page["meta"]
        rows.append((f"{name}.txt", m["date"], m.get("page", ""), c.layout, c.punct,
                     len(g["articles"]), nchars(text), m.get("subjects", "")))
    phen = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        label = CUT_NAMES.get(k[4:], k) if k.startswith("cut.") else k
        phen.append(f"| {label} | {total[k]} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
             "|---|---|---|---|---|---|---|---|"]
    pages += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    return tpl.replace("{{PHENOMENA}}", "\n".join(phen)).replace("{{PAGES}}", "\n".join(pages))


def main() -> int:
    built = build()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for name, text, g, _ in built:
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        (GOLD / f"{name}.json").write_text(gold_json(g), encoding="utf-8")
    (HERE / "README.md").write_text(readme(built), encoding="utf-8")
    print(f"composed {len(built)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
