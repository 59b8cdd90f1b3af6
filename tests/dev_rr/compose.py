#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw extracted page text, gold and README.

    python3 compose.py        writes pages/*.txt, gold/*.json, README.md

Standard library only. Every small choice comes from random.Random seeded by the
source file name, so the output is the same byte for byte on every run.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

CLOSE = set("，。、；：？！”’）》」,.;:?!)")
OPEN = set("“‘（《「(")
PUNCT = CLOSE | OPEN
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×\-]*")
CUT = re.compile(r"‖([a-z]?)")           # cut mark with its kind
CUT_KINDS = {"": "cut at a sentence or clause end", "v": "cut between a verb and its figure",
             "u": "cut between a figure and its unit", "w": "cut inside a word",
             "q": "cut inside a quoted term", "n": "cut inside a name"}

# measured on seeds 000 and 004 (see README): how a digit run sits in a column line
NUM_SPACES = [((True, True), 44 + 38), ((True, False), 24 + 29), ((False, False), 15 + 26),
              ((False, True), 13 + 7)]
SPREAD_RATE = 0.07       # share of full, non-final column lines drawn spread out (~6-8 % in seeds)
GAP_RATE = 0.02          # glyph-gap space before a full-width punctuation mark


def to_punct(s: str, mode: str) -> str:
    """Page punctuation width: full | mixed (full commas, half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a printed piece: layout marks removed."""
    return CUT.sub("", s.replace("¦", ""))


class Article:
    def __init__(self, aid: str, kind: str):
        self.aid, self.kind = aid, kind
        self.f = {k: "" for k in FIELDS}
        self.items: list[tuple[str, str]] = []   # ("p"|"h", text)
        self.width = None
        self.chunks: list[list[tuple[str, str, bool]]] = []   # (kind, text, is_para_end)
        self.pos = 0

    def build_chunks(self):
        """Split the body at its cut marks into the pieces the layout prints in turn."""
        chunks, cur = [], []
        for kind, text in self.items:
            parts = CUT.split(text)
            pieces = parts[0::2]
            for i, piece in enumerate(pieces):
                last = i == len(pieces) - 1
                if piece:
                    cur.append((kind, piece, last))
                if not last:
                    chunks.append(cur)
                    cur = []
        chunks.append(cur)
        self.chunks = chunks

    def gold(self) -> dict:
        paras = [clean(t) for _, t in self.items]
        subs = [clean(t) for k, t in self.items if k == "h"]
        d = {"kind": self.kind}
        for k in FIELDS:
            d[k] = clean(self.f[k])
        d["subheads"] = subs
        d["paragraphs"] = paras
        return d


def parse(path: Path):
    head, arts, layout, order = {}, {}, [], []
    cur = None
    mode = "head"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            name = line[3:].split()
            if name[0] == "layout":
                mode = "layout"
                continue
            mode = "art"
            cur = Article(name[0], name[1])
            arts[cur.aid] = cur
            order.append(cur.aid)
            continue
        if mode == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "head":
            head[key] = val
        elif key in FIELDS:
            cur.f[key] = val
        elif key == "width":
            cur.width = float(val)
        elif key in ("p", "h"):
            cur.items.append((key, val))
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}")
    for a in arts.values():
        a.build_chunks()
    return head, arts, order, layout


# ---------------------------------------------------------------- column flow
def units(text: str):
    """Split text into drawing units: ASCII runs, single characters, forced breaks."""
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uw(u: str) -> float:
    if u == "¦":
        return 0
    if ASCII_RUN.fullmatch(u):
        return 0.5 * len(u)
    return 1.0


def flow(text: str, width: float, indent: float = 0) -> list[list[str]]:
    """Greedy column fill; a closing mark may hang one em past the edge but never
    opens a line, an opening mark never ends one; the first line is indented."""
    lines, cur, w = [], [], indent
    for u in units(text):
        if u == "¦":
            if cur:
                lines.append(cur)
            cur, w = [], 0.0
            continue
        if u == " " and not cur:
            continue
        x = uw(u)
        fits = w + x <= width or (u in CLOSE and w + x <= width + 1)
        if not fits and cur:
            carry = []
            if u in CLOSE:                      # a closing mark never opens a line
                while len(cur) > 1 and cur[-1] in CLOSE:
                    carry.insert(0, cur.pop())
                carry.insert(0, cur.pop())
            while cur and cur[-1] in OPEN:      # an opening mark never ends a line
                carry.insert(0, cur.pop())
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur = [c for c in carry if c != " " or carry.index(c)]
            w = sum(uw(c) for c in cur)
        cur.append(u)
        w += x
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.rng = random.Random(src.name)
        self.head, self.arts, self.order, self.layout = parse(src)
        self.kind = self.head["layout"]
        self.punct = self.head.get("punct", "full")
        self.width = float(self.head.get("width", 17))
        self.out: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.last_body: list[str] = []
        self.prefix: dict[str, str] = {}
        self.headgap = self.head.get("headgap", "1") == "1"

    # ---- emit helpers
    def emit(self, line: str, gap=True):
        self.out.append(line)
        if gap:
            self.out.append("")

    def draw_units(self, us: list[str], spread: bool) -> str:
        s = ""
        for i, u in enumerate(us):
            prev = us[i - 1] if i else None
            if i and spread:
                if not (prev in CLOSE or u in OPEN):
                    s += " "
                elif prev in OPEN:
                    s += " "
            elif i and ASCII_RUN.fullmatch(u) and not ASCII_RUN.fullmatch(prev or ""):
                pass
            if ASCII_RUN.fullmatch(u) and not spread and 0 < i < len(us) - 1 and u[0].isdigit():
                (b, a), = self.rng.choices([p for p, _ in NUM_SPACES], [w for _, w in NUM_SPACES])
                s += (" " if b else "") + u + (" " if a else "")
                self.count["space around a number run (column line)"] += 1
                continue
            if not spread and u in CLOSE and u not in ",.;:?!)" and self.rng.random() < GAP_RATE and i:
                s += " "
                self.count["glyph-gap space before full-width punctuation"] += 1
            if not spread and u == "%" and i:
                pass
            s += u
        s = s.replace("  ", " ")
        if not spread and "“" in s[:-1] and self.rng.random() < 0.15:
            s = s.replace("“", "“ ", 1)
            self.count["space after an opening quote"] += 1
        return s

    def column_block(self, text: str, width: float, last_is_end=True, lead="", indent=2, dl=0):
        text = to_punct(lead + text, self.punct)
        lines = flow(text, width, indent)
        if dl:      # no line may hold only a 1-3 character tail of the dateline
            n = 0
            for us in lines[:-1]:
                n += len("".join(us).replace(" ", ""))
                tail = len(re.sub(r"[\s¦]", "", text[:dl])) - n
                if 0 < tail < 4:
                    cut = dl - 4
                    while text[cut - 1] == " " or ASCII_RUN.fullmatch(text[cut - 1:cut + 1]):
                        cut -= 1
                    text = text[:cut] + "¦" + text[cut:]
                    lines = flow(text, width, indent)
                    self.count["dateline broken early (short tail avoided)"] += 1
                    break
        drawn = []
        for j, us in enumerate(lines):
            final = j == len(lines) - 1 and last_is_end
            full = sum(uw(u) for u in us) >= width - 1 - (2 if j == 0 and indent else 0)
            spread = (not final and full and any(u in PUNCT for u in us) and " " not in us
                      and self.rng.random() < SPREAD_RATE)
            if spread:
                self.count["justified line spread with spaces"] += 1
            drawn.append(self.draw_units(us, spread))
        return drawn

    # ---- directives
    def d_mast(self, arg):
        parts = [p.strip() for p in arg.split("|")]
        for p in parts:
            self.emit(p, gap=self.kind == "column")
            self.count["masthead piece"] += 1
        self.extras.append("".join(parts))

    def d_extra(self, arg):
        parts = [p.strip() for p in arg.split("|")]
        for p in parts:
            self.emit(p)
        self.extras.append("".join(parts))
        self.count["box line (countdown, code prompt, framed label)"] += len(parts)

    def head_lines(self, a: Article):
        return [to_punct(a.f[k], self.punct) for k in ("kicker", "title", "subtitle") if a.f[k]]

    def d_head(self, a: Article, style: str):
        hl = self.head_lines(a)
        if a.pos > 0 and style != "before":
            self.count["headline printed after (part of) its body"] += 1
        if style in ("line", "doubleline"):
            line = " ".join(h.replace("¦", "") for h in hl)
            self.emit(line)
            if style == "doubleline":
                self.emit(line)
                self.count["headline drawn twice (two identical lines)"] += 1
            return
        lines = []
        for h in hl:
            for piece in h.split("¦"):
                lines.append(piece)
            if "¦" in h:
                self.count["headline's last word left alone on a line"] += 1
        if style == "double":
            t = to_punct(a.f["title"].replace("¦", ""), self.punct)
            lines = [(t + t if l.replace("¦", "") == t else l) for l in lines]
            self.count["headline doubled on one line"] += 1
        if style == "twice":
            t = to_punct(a.f["title"].replace("¦", ""), self.punct)
            i = lines.index(t)
            lines.insert(i, t)
            self.count["headline drawn twice (two identical lines)"] += 1
        for i, l in enumerate(lines):
            gap = self.headgap or i == len(lines) - 1 or self.kind == "paragraph"
            self.emit(l, gap=gap)

    def d_col(self, a: Article):
        self.emit(to_punct(a.f["column"], self.punct))
        self.count["column label (栏目) line"] += 1

    def d_by(self, a: Article):
        for piece in to_punct(a.f["byline"], self.punct).split("¦"):
            self.emit(piece.strip())
        if "¦" in a.f["byline"]:
            self.count["line break inside a byline"] += 1

    def d_jump(self, a: Article, text: str):
        self.emit(text)
        self.count["jump marker"] += 1

    def d_lead(self, a: Article, text: str):
        self.prefix[a.aid] = text
        self.count["jump marker"] += 1

    def d_body(self, a: Article, width=None):
        chunk = a.chunks[a.pos]
        first = a.pos == 0
        a.pos += 1
        lead = self.prefix.pop(a.aid, "")
        midpara = False
        if a.pos > 1:
            prev = a.chunks[a.pos - 2]
            if prev and not prev[-1][2]:
                midpara = True
                if self.last_cmd == ("body", a.aid):
                    self.count["paragraph split by a column break, nothing between"] += 1
                else:
                    self.count["story cut and continued after a piece of another story"] += 1
            elif self.last_cmd != ("body", a.aid):
                self.count["story cut and continued after a piece of another story"] += 1
        body = []
        for j, (kind, text, end) in enumerate(chunk):
            if first and j == 0 and a.f["dateline"]:
                dl = a.f["dateline"]
                self.note_dateline(dl)
                text = dl + text
            if j == 0 and lead and self.kind == "paragraph":
                text = lead + text
            if kind == "h":
                self.count["in-body subhead"] += 1
            if self.kind == "paragraph":
                line = to_punct(text, self.punct)
                if "¦" in line:
                    for piece in line.split("¦"):
                        body.append(piece)
                    self.count["paragraph split by a column break, nothing between"] += 1
                else:
                    body.append(line)
            else:
                w = a.width or self.width
                if kind == "h":
                    body.append(to_punct(text, self.punct))
                else:
                    ind = 0 if (j == 0 and midpara) else 2
                    dl = len(a.f["dateline"]) + len(lead) if (first and j == 0) else 0
                    body.extend(self.column_block(text, w, last_is_end=end, indent=ind, dl=dl,
                                                  lead=lead if j == 0 else ""))
        for l in body:
            self.emit(l)
        self.last_body = body
        if self.kind == "column" and first and a.f["dateline"]:
            self.count_dateline_breaks(a, body)

    def note_dateline(self, dl):
        if "¦" in dl:
            self.count["line break forced inside a dateline"] += 1

    def count_dateline_breaks(self, a, body):
        dl = to_punct(clean(a.f["dateline"]), self.punct)
        got, acc = [], ""
        for l in body:
            acc += re.sub(r"\s", "", l)
            got.append(len(acc))
            if len(acc) >= len(dl):
                break
        m = re.search(r"\d+月\d+日", dl)
        for g in got:
            if g < len(dl):
                if m and m.start() < g < m.end():
                    self.count["line break inside a dateline's date"] += 1
                elif "通讯员" in dl and dl.find("通讯员") == g:
                    self.count["line break before 通讯员"] += 1
                elif "记者" in dl[:g] and g > dl.find("记者") + 2:
                    self.count["line break between a dateline's names"] += 1
                else:
                    self.count["line break elsewhere inside a dateline"] += 1

    def d_photo(self, a: Article, style: str):
        caps = [to_punct(clean(t), self.punct) for _, t in a.items]
        cap = caps[-1]
        for c in caps[:-1]:
            self.emit(c)
        credit = to_punct(a.f["byline"], self.punct)
        title = to_punct(a.f["title"], self.punct)
        if title and style != "notitle":
            self.emit(title)
        if style == "inline":
            self.emit(cap + (" " + credit if credit else ""))
        elif style == "flow":
            lines = self.column_block(cap + (" " + credit if credit else ""), a.width or self.width)
            for l in lines:
                self.emit(l)
        elif style == "right":
            self.emit(cap)
            if credit:
                self.emit(" " * (self.rng.randint(18, 40)) + credit)
                self.count["credit right-aligned on a line of its own"] += 1
        else:   # credit on its own line
            self.emit(cap)
            if credit:
                self.emit(credit)
        a.pos = len(a.chunks)

    def d_dup(self, n: int):
        for l in self.last_body[-n:]:
            self.emit(l)
            self.dups.append(re.sub(r"(?<=\S) (?=\S)", lambda m: "", l).strip()
                             if self.kind == "column" else l)
            self.count["line printed twice"] += 1

    def run(self):
        if self.kind == "paragraph":
            self.out = ["", ""]
        self.last_cmd = None
        for d in self.layout:
            cmd, _, rest = d.partition(" ")
            args = rest.split(" ", 1) if rest else []
            a = self.arts.get(args[0]) if args else None
            if (cmd == "head" and self.last_cmd and self.last_cmd[0] == "head"
                    and self.last_cmd[1] != args[0]):
                self.count["headline bunched with another story's headline"] += 1
            if cmd == "mast":
                self.d_mast(rest)
            elif cmd == "extra":
                self.d_extra(rest)
            elif cmd == "head":
                self.d_head(a, args[1] if len(args) > 1 else "stack")
            elif cmd == "col":
                self.d_col(a)
            elif cmd == "by":
                self.d_by(a)
            elif cmd == "body":
                self.d_body(a)
            elif cmd == "jump":
                self.d_jump(a, args[1])
            elif cmd == "lead":
                self.d_lead(a, args[1])
            elif cmd == "photo":
                self.d_photo(a, args[1] if len(args) > 1 else "own")
            elif cmd == "dup":
                self.d_dup(int(rest))
            elif cmd == "text":
                self.emit(rest)
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")
            self.last_cmd = (cmd, args[0] if args else "")
        for a in self.arts.values():
            if a.pos != len(a.chunks):
                raise SystemExit(f"{self.src.name}: {a.aid} printed {a.pos}/{len(a.chunks)} chunks")
        text = "\n".join(self.out).rstrip("\n") + "\n"
        for k, n in self.count.items():
            pass
        return text

    def gold(self, name: str) -> dict:
        arts = []
        for aid in self.order:
            g = self.arts[aid].gold()
            for k in FIELDS:
                g[k] = to_punct(g[k], self.punct)
            g["paragraphs"] = [to_punct(p, self.punct) for p in g["paragraphs"]]
            g["subheads"] = [to_punct(p, self.punct) for p in g["subheads"]]
            arts.append(g)
        h = self.head
        return {"source": name, "issue_date": h["date"],
                "issue_number": int(h["issue"]) if h.get("issue") else None,
                "page_count": int(h["pages"]) if h.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def nonspace(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build() -> dict[str, str]:
    """Return {relative path: file content} for everything compose.py writes."""
    files: dict[str, str] = {}
    rows, phen = [], Counter()
    phen_pages = Counter()
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        pg = Page(src)
        text = pg.run()
        name = f"{i:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        g = pg.gold(name + ".txt")
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        for a in pg.arts.values():
            for c in a.chunks[:-1]:
                pass
            for _, t in a.items:
                for m in CUT.finditer(t):
                    phen[CUT_KINDS[m.group(1)]] += 1
                    phen_pages[CUT_KINDS[m.group(1)]] += 1 if False else 0
        for k, n in pg.count.items():
            phen[k] += n
        for k in set(pg.count) | {CUT_KINDS[m.group(1)] for a in pg.arts.values()
                                  for _, t in a.items for m in CUT.finditer(t)}:
            phen_pages[k] += 1
        h = pg.head
        kinds = Counter(a.kind for a in pg.arts.values())
        rows.append((f"{name}.txt", h["date"], h["page"], h["layout"], h["punct"],
                     len(pg.arts), nonspace(text), h.get("subjects", ""),
                     ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))))
    ptab = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(phen, key=lambda k: (-phen[k], k)):
        ptab.append(f"| {k} | {phen[k]} | {phen_pages[k]} |")
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | kinds | subjects |",
            "|---|---|---:|---|---|---:|---:|---|---|"]
    for r in rows:
        gtab.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[8]} | {r[7]} |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages, gold and README.md")


if __name__ == "__main__":
    sys.exit(main())
