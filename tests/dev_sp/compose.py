#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold annotations
(gold/) and README.md.  Standard library only; deterministic (every random
choice comes from a random.Random seeded by the source file name).

    python3 compose.py
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
SRC = HERE / "src"
PAGES = HERE / "pages"
GOLD = HERE / "gold"

# ---------------------------------------------------------------- characters
CLOSE = set("，。、；：？！”’）》」…·%")      # may not start a line
OPEN = set("“‘（《「")                       # may not end a line
FULLPUNCT = set("，。、；：？！“”‘’（）《》「」…—·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/\-]+")
WEEKDAYS = "一二三四五六日"


def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


# ---------------------------------------------------------------- source
class Article:
    def __init__(self, aid: str):
        self.id = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued")}
        self.f["kind"] = "news"
        self.width = 0.0          # column width in em (column layout); 0 = no wrap
        self.dl = "glue"          # dateline glued to the first paragraph / own line
        self.paras: list[str] = []   # raw paragraph source (with cut marks)
        self.subheads: list[str] = []
        # layout state
        self.pieces: list[list[str]] | None = None
        self.lines: list[str] | None = None
        self.printed_parts: set[str] = set()
        self.body_started = False


def parse_source(path: Path):
    meta, arts, layout = {}, {}, []
    sect, cur = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("##"):
            continue
        if line.startswith("#meta"):
            sect = "meta"
            continue
        if line.startswith("#art "):
            sect = "art"
            cur = Article(line.split()[1])
            arts[cur.id] = cur
            continue
        if line.startswith("#layout"):
            sect = "layout"
            continue
        if sect == "meta":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif sect == "art":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "p":
                cur.paras.append(v)
            elif k == "h":
                cur.paras.append("\x01" + v)
                cur.subheads.append(v)
            elif k == "width":
                cur.width = float(v)
            elif k == "dl":
                cur.dl = v
            else:
                cur.f[k] = v
        elif sect == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    if mode in ("half", "mixed"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


CUT = re.compile(r"\|[a-z]?")


def clean(s: str) -> str:
    """Gold form of a printed piece: cut marks and line-break marks removed."""
    return CUT.sub("", s).replace("^", "").replace("~", "")


def squash_all(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- page
class Page:
    def __init__(self, path: Path):
        self.path = path
        self.meta, self.arts, self.layout = parse_source(path)
        self.rng = random.Random(path.name)
        self.mode = self.meta["layout"]              # column | paragraph
        self.pm = self.meta.get("punct", "full")
        self.numsp = float(self.meta.get("numspace", "0"))
        self.out: list[tuple[str, bool]] = []        # (line, blank line after)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stat = Counter()

    # ------------------------------------------------------------ helpers
    def P(self, s):
        return punct(s, self.pm)

    def emit(self, text: str, blank: bool = True):
        self.out.append((text, blank))

    def emit_marked(self, text: str, blank_end: bool = True):
        """Print text where ^ is a tight line break and ~ a break with a blank line."""
        parts = re.split(r"([\^~])", text)
        buf = [parts[0]]
        seps = []
        for i in range(1, len(parts), 2):
            seps.append(parts[i])
            buf.append(parts[i + 1])
        for i, b in enumerate(buf):
            last = i == len(buf) - 1
            blank = blank_end if last else seps[i] == "~"
            self.emit(b.strip(), blank)

    # ------------------------------------------------------------ streams
    def stream(self, a: Article) -> list[str]:
        """Paragraph strings to print (print form, cut marks kept)."""
        paras = [self.P(p.lstrip("\x01")) for p in a.paras]
        dl = self.P(a.f["dateline"])
        if dl:
            if a.dl == "own":
                paras = [dl] + paras
            else:
                paras[0] = dl + paras[0]
        return paras

    def pieces(self, a: Article) -> list[str]:
        """Paragraph layout: the article's text as pieces, split at cut marks.
        Each piece is a list of lines."""
        if a.pieces is None:
            pcs, cur = [], []
            for p in self.stream(a):
                segs = CUT.split(p)
                tags = CUT.findall(p)
                for j, seg in enumerate(segs):
                    if seg:
                        cur.append(seg)
                    if j < len(tags):
                        t = tags[j][1:]
                        self.stat["cut:" + (t or "plain")] += 1
                        pcs.append(cur)
                        cur = []
            if cur:
                pcs.append(cur)
            a.pieces = pcs
        return a.pieces

    def wrapped(self, a: Article) -> list[str]:
        if a.lines is None:
            lines = []
            dl = self.P(a.f["dateline"])
            for j, p in enumerate(self.stream(a)):
                p = CUT.sub("", p)
                if a.width:
                    w = self.wrap(p, a.width, 2)
                    if j == 0 and dl and squash_all(dl) not in squash_all(w[0]):
                        self.stat["line break inside a dateline"] += 1
                    lines += w
                else:
                    lines.append(p)
            a.lines = lines
        return a.lines

    # ------------------------------------------------------------ wrapping
    def tokens(self, s: str):
        toks, i = [], 0
        while i < len(s):
            m = ASCII_RUN.match(s, i)
            if m and m.end() > i:
                toks.append(("a", m.group()))
                i = m.end()
                continue
            c = s[i]
            if c == " ":
                toks.append(("s", c))
            elif c in FULLPUNCT:
                toks.append(("p", c))
            else:
                toks.append(("c", c))
            i += 1
        return toks

    @staticmethod
    def tw(t):
        k, v = t
        if k == "a":
            return 0.6 * len(v)
        if k == "s":
            return 0.5
        return 1.0

    def wrap(self, s: str, width: float, indent: float) -> list[str]:
        toks = self.tokens(s)
        lines = []
        i = 0
        first = True
        while i < len(toks):
            avail = width - (indent if first else 0)
            line, w = [], 0.0
            while i < len(toks):
                t = toks[i]
                if not line and t[0] == "s":
                    i += 1
                    continue
                tw = self.tw(t)
                if w + tw <= avail:
                    line.append(t)
                    w += tw
                    i += 1
                    continue
                if t[0] == "p" and t[1] in CLOSE and w + tw <= avail + 1:  # hanging
                    line.append(t)
                    w += tw
                    i += 1
                break
            # an opening mark may not end a line
            while len(line) > 1 and line[-1][0] == "p" and line[-1][1] in OPEN and i < len(toks):
                line.pop()
                i -= 1
                w -= 1
            while line and line[-1][0] == "s":
                line.pop()
            last = i >= len(toks)
            spread = (not last) and (avail - w >= 1.0)
            lines.append(self.render(line, spread))
            if spread:
                self.stat["justified line"] += 1
            first = False
        return lines

    def render(self, line, spread: bool) -> str:
        out = []
        for j, t in enumerate(line):
            k, v = t
            if k == "a" and "%" in v and len(v) > 2 and self.rng.random() < 0.08:
                v = v.replace("%", " %")
                self.stat["space before %"] += 1
            if j == 0:
                out.append(v)
                continue
            pk, pv = line[j - 1]
            if spread:
                sep = " "
                if pk == "p" and pv not in "“‘":
                    sep = ""
                if k == "p" and v in "（《“‘）》":
                    sep = ""
                if pk == "s" or k == "s":
                    sep = ""
                out.append(sep + v)
                continue
            sep = ""
            if k == "a" and pk in ("c", "p") and pv not in "“‘（《" and self.rng.random() < self.numsp:
                sep = " "
                self.stat["space around number run"] += 1
            elif pk == "a" and k == "c" and self.rng.random() < self.numsp * 0.6:
                sep = " "
                self.stat["space around number run"] += 1
            elif k == "p" and v in "，、；" and pk == "c" and self.rng.random() < 0.025:
                sep = " "
                self.stat["glyph-gap space at punctuation"] += 1
            elif pk == "p" and pv in "“" and self.rng.random() < 0.06:
                sep = " "
                self.stat["space after opening quote"] += 1
            out.append(sep + v)
        return "".join(out)

    # ------------------------------------------------------------ layout
    def part(self, a: Article, letter: str) -> str:
        key = {"K": "kicker", "T": "title", "S": "subtitle", "C": "column",
               "B": "byline"}[letter]
        return a.f[key]

    def do_head(self, a: Article, tmpl: str):
        if a.body_started:
            self.stat["headline printed after its body"] += 1
        # tokens: letters and separators
        items = re.findall(r"[KTSCB]|[|/_+]", tmpl)
        line = ""
        for it in items:
            if it in "KTSCB":
                txt = self.P(self.part(a, it))
                if (it, txt) in a.printed_parts:
                    self.dups.append(clean(txt).replace("^", ""))
                    self.stat["headline drawn twice"] += 1
                a.printed_parts.add((it, txt))
                if "^" in txt or "~" in txt:
                    self.stat["line break inside a headline part or byline"] += 1
                    segs = re.split(r"([\^~])", txt)
                    line += segs[0].strip()
                    for k in range(1, len(segs), 2):
                        self.emit(line, segs[k] == "~")
                        line = segs[k + 1].strip()
                else:
                    line += txt
            elif it == "_":
                line += " "
            elif it == "+":
                pass
            else:
                self.emit(line, it == "|")
                line = ""
        if line:
            self.emit(line, True)

    def do_body(self, a: Article, n: int | None):
        a.body_started = True
        if self.mode == "paragraph" or not a.width:
            pcs = self.pieces(a)
            if not pcs:
                raise SystemExit(f"{self.path.name}: {a.id} has no piece left")
            pc = pcs.pop(0)
            for ln in pc:
                self.emit(ln, True)
            self.last_body = pc[-1] if pc else ""
        else:
            lines = self.wrapped(a)
            k = len(lines) if n is None else n
            if not lines:
                raise SystemExit(f"{self.path.name}: {a.id} has no line left")
            take, a.lines = lines[:k], lines[k:]
            for ln in take:
                self.emit(ln, True)
            self.last_body = take[-1]

    def run(self):
        self.last_body = ""
        prev = None
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            rest = rest.strip()
            if op == "x":
                pieces = re.split(r" (\||/) ", rest)
                txts = pieces[0::2]
                seps = pieces[1::2]
                for i, t in enumerate(txts):
                    blank = True if i == len(txts) - 1 else seps[i] == "|"
                    self.emit(t, blank)
                self.extras.append(squash_all("".join(txts)))
                self.stat["furniture block (masthead, box, label)"] += 1
                if len(txts) > 1 or len(rest) <= 12:
                    self.stat["short box / masthead lines"] += len(txts)
            elif op == "head":
                aid, tmpl = rest.split()
                if prev == "head":
                    self.stat["headline bunched with another story's"] += 1
                self.do_head(self.arts[aid], tmpl)
            elif op == "body":
                bits = rest.split()
                self.do_body(self.arts[bits[0]], int(bits[1]) if len(bits) > 1 else None)
            elif op == "credit":
                aid, how = rest.split()
                cr = self.P(self.arts[aid].f["byline"])
                if how == "tail":
                    t, b = self.out.pop()
                    self.emit(t + " " + cr, b)
                elif how == "right":
                    self.emit(" " * self.rng.randint(28, 44) + cr, True)
                    self.stat["credit right-aligned on its own line"] += 1
                else:
                    self.emit_marked(cr)
            elif op == "marker":
                self.emit(rest, True)
                self.extras.append(squash_all(rest))
                self.stat["jump marker"] += 1
            elif op == "dup":
                self.emit(self.last_body, True)
                self.dups.append(self.last_body)
                self.stat["line printed twice"] += 1
            elif op == "gluemarker":
                # a jump marker glued in front of the next body line (column layout)
                aid, mk = rest.split(" ", 1)
                self.do_body(self.arts[aid], 1)
                t, b = self.out.pop()
                self.emit(mk + t, b)
                self.extras.append(squash_all(mk))
                self.stat["jump marker"] += 1
            else:
                raise SystemExit(f"{self.path.name}: unknown layout command {cmd!r}")
            prev = op
        for a in self.arts.values():
            left = (a.pieces and any(a.pieces)) if (self.mode == "paragraph" or not a.width) else a.lines
            if left:
                raise SystemExit(f"{self.path.name}: {a.id} not fully printed")
            if a.pieces is None and a.lines is None:
                raise SystemExit(f"{self.path.name}: {a.id} never printed")

    def text(self) -> str:
        parts = []
        lead = " " if self.meta.get("lead") == "space" else ""
        for i, (t, blank) in enumerate(self.out):
            if i == 0 and lead:
                t = lead + t
            parts.append(t + ("\n\n" if blank else "\n"))
        return self.meta.get("top", "").replace("\\n", "\n") + "".join(parts)

    def gold(self, name: str) -> dict:
        arts = []
        for a in self.arts.values():
            f = {k: clean(self.P(v)) for k, v in a.f.items()}
            f["kind"] = a.f["kind"]
            paras = [squash_all(clean(self.P(p.lstrip("\x01")))) for p in a.paras]
            arts.append({
                "kind": f["kind"], "column": f["column"], "kicker": f["kicker"],
                "title": f["title"], "subtitle": f["subtitle"], "byline": f["byline"],
                "dateline": f["dateline"], "continued": f["continued"],
                "subheads": [clean(self.P(s)) for s in a.subheads],
                "paragraphs": paras})
        m = self.meta
        return {
            "source": name,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


# ---------------------------------------------------------------- README
def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def main():
    srcs = sorted(SRC.glob("p*.txt"))
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    total = Counter()
    rows = []
    for i, sp in enumerate(srcs, 1):
        pg = Page(sp)
        pg.run()
        text = pg.text()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}.txt"
        (PAGES / name).write_text(text, encoding="utf-8")
        g = pg.gold(name)
        (GOLD / name.replace(".txt", ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        st = pg.stat
        for a in pg.arts.values():
            if a.f["byline"] and a.f["kind"] != "photo":
                st["byline printed apart"] += 1
            if "^" in a.f["byline"] or "~" in a.f["byline"]:
                st["line break inside a byline"] += 1
            if "|" in a.f["dateline"]:
                st["line break inside a dateline"] += 1
            if re.search(r"[\^~]\s*通讯员", a.f["byline"]) or "|通讯员" in a.f["dateline"]:
                st["line break before 通讯员"] += 1
            if a.f["column"]:
                st["column label"] += 1
            if a.f["continued"]:
                st["continued (jump) field"] += 1
        for k in ("kicker", "subtitle"):
            st["headline stacks with " + k] += sum(1 for a in pg.arts.values() if a.f[k])
        total.update(st)
        nchars = len(squash_all(text))
        kinds = Counter(a.f["kind"] for a in pg.arts.values())
        rows.append([name, g["issue_date"], pg.meta["page"], pg.mode, pg.meta.get("punct", "full"),
                     len(g["articles"]), nchars,
                     ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
                     pg.meta.get("subjects", "")])
    phen = table(sorted(total.items()), ["phenomenon (counted while composing)", "count"])
    pages = table(rows, ["file", "issue date", "page", "layout", "punctuation", "articles",
                         "characters", "kinds", "subjects"])
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tpl.replace("{{PHENOMENA}}", phen).replace("{{PAGES}}", pages),
                                    encoding="utf-8")
    print(f"composed {len(srcs)} pages")


if __name__ == "__main__":
    main()
