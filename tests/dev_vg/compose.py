#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Everything is deterministic: the small random choices (spaces around number runs,
glyph gaps, which over-full line hangs its punctuation ...) come from a
random.Random seeded by the source file's name.  Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：！？”’》）」』,;:!?)%")   # never begins a line; glued to what follows when spread
OPEN = set("“‘《（「『(")                      # never ends a line; glued to what precedes when spread
FULLP = set("，。、；：！？”》）“《（")
BREAK = "\\"                                    # forced line break in a field or paragraph

CUT_KINDS = {"": "plain cut", "u": "between a figure and its unit", "v": "between a verb and its figure",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name"}


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"articles": {}, "order": [], "layout": [], "name": path.name}
    cur = None
    mode = "page"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or (line.startswith("#") and not (mode == "body" and line.startswith("## "))):
            continue
        if line.startswith("== "):
            aid, kind = line[3:].split()
            cur = {"id": aid, "kind": kind, "paras": []}
            for f in FIELDS:
                cur[f] = ""
            page["articles"][aid] = cur
            page["order"].append(aid)
            mode = "head"
            continue
        if line == "--":
            mode = "body"
            continue
        if line == "@layout":
            mode = "layout"
            continue
        if mode == "page":
            k, v = line.split(":", 1)
            page[k.strip()] = v.strip()
        elif mode == "head":
            k, v = line.split(":", 1)
            cur[k.strip()] = v.strip()
        elif mode == "body":
            cur["paras"].append(line.strip())
        else:
            page["layout"].append(line.strip())
    return page


def conv(s: str, style: str) -> str:
    """The page's punctuation width."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def segments(art: dict, style: str):
    """Body pieces: (text, para_end, cut_kind_after)."""
    segs = []
    for p in art["paras"]:
        p = p[3:] if p.startswith("## ") else p
        parts = re.split(r"\|([uvwqn]?)", conv(p, style))
        texts, kinds = parts[0::2], parts[1::2] + [None]
        for t, k in zip(texts, kinds):
            if t == "" and k is None:       # "...|" at the end: the rest is on another page
                segs[-1][1] = False
                continue
            segs.append([t, k is None, k])
    return segs


def clean(s: str) -> str:
    return s.replace(BREAK, "")


# ---------------------------------------------------------------- text metrics
def em(tok: str) -> float:
    w = 0.0
    for c in tok:
        w += 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5
    return w


def tokens(s: str) -> list[str]:
    return re.findall(r"[0-9A-Za-z.%+]+|\\|\s|.", s)


def is_num(t: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", t))


def is_cjk(t: str) -> bool:
    return len(t) == 1 and unicodedata.east_asian_width(t) in "WF" and t not in FULLP


# ---------------------------------------------------------------- composer
class Composer:
    def __init__(self, page: dict):
        self.p = page
        self.rng = random.Random(page["name"])
        self.col = page["lay"] == "column"
        self.style = page.get("punct", "full")
        self.W = float(page.get("width", 17))
        self.out: list[str] = []          # printed blocks: (sep, text)
        self.seps: list[str] = []
        self.extras: dict[str, list[str]] = {}
        self.dups: list[str] = []
        self.count = Counter()
        self.first_body: list[str] = []
        self.cursor: dict[str, int] = {}
        self.segs = {a: segments(art, self.style) for a, art in page["articles"].items()}
        self.last_printed = None           # article id whose body was printed last
        self.last_kind = None              # last directive kind, per article
        self.body_seen: set[str] = set()
        self.head_seen: set[str] = set()
        # per-page habits
        r = self.rng
        self.p_num_before = r.choice([0.0, 0.6, 0.9]) if self.col else r.choice([0.0, 0.0, 0.15])
        self.p_num_after = r.choice([0.3, 0.6]) if self.col else 0.1
        self.p_gap = 0.015 if self.col else 0.005
        self.p_pct = 0.25 if self.col else 0.05
        self.p_quote = 0.08 if self.col else 0.02

    # -- output
    def emit(self, text: str, sep: str = "\n\n"):
        self.out.append(text)
        self.seps.append(sep)

    def field(self, aid: str, f: str) -> str:
        return conv(self.p["articles"][aid][f], self.style)

    # -- rendering of one printed line
    def render(self, toks: list[str], spread: bool) -> str:
        r = self.rng
        if spread:
            self.count["justified line spread with spaces"] += 1
            out = ""
            for i, t in enumerate(toks):
                if t == " ":
                    continue
                if out and not (out[-1] in CLOSE and not is_num(out[-1])) and t not in OPEN \
                        and not (out[-1] in OPEN):
                    out += " "
                elif out and out[-1] in OPEN and t not in OPEN:
                    out += " "
                out += t
            return out.replace("  ", " ")
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if is_num(t):
                if (is_cjk(prev) or prev in "，、；：。") and r.random() < self.p_num_before:
                    out += " "
                    self.count["space around a number run"] += 1
                t2 = t
                if t.endswith("%") and len(t) > 1 and r.random() < self.p_pct:
                    t2 = t[:-1] + " %"
                    self.count["glyph-gap space before %"] += 1
                out += t2
                if is_cjk(nxt) and r.random() < self.p_num_after:
                    out += " "
                    self.count["space around a number run"] += 1
                continue
            if t in "，、；。：" and prev and is_cjk(prev) and r.random() < self.p_gap:
                out += " "
                self.count["glyph-gap space around full-width punctuation"] += 1
            out += t
            if t in "“‘" and is_cjk(nxt) and r.random() < self.p_quote:
                out += " "
                self.count["space after an opening quote"] += 1
        return out

    def flow(self, text: str, width: float, para_end: bool, first: bool) -> list[str]:
        """Column layout: cut text into printed column lines."""
        r = self.rng
        toks = tokens(text)
        lines, cur, w = [], [], 0.0

        def flush(spread_ok: bool):
            nonlocal cur, w
            slack = width - w
            spread = spread_ok and slack >= 1 and w >= width * 0.5
            lines.append(self.render(cur, spread).rstrip())
            cur, w = [], 0.0

        hanging = False
        for t in toks:
            if t == BREAK:
                flush(False)
                hanging = False
                continue
            tw = em(t)
            if hanging:
                if t in CLOSE and not is_num(t):    # a run of closing marks hangs together
                    cur.append(t)
                    w += tw
                    continue
                flush(False)
                hanging = False
            if cur and w + tw > width:
                if t in CLOSE and not is_num(t):
                    if r.random() < 0.5:            # hanging punctuation
                        cur.append(t)
                        w += tw
                        hanging = True
                        continue
                    down = [cur.pop()]              # push the last character down
                    while cur and len(cur) > 1 and down[0] in CLOSE and not is_num(down[0]):
                        down.insert(0, cur.pop())   # ... with any closing marks before it
                    while len(cur) > 1 and cur[-1] in OPEN:
                        down.insert(0, cur.pop())   # an opening mark never ends a line
                    w -= sum(em(x) for x in down)
                    flush(True)
                    cur, w = down, sum(em(x) for x in down)
                elif cur[-1] in OPEN:
                    last = cur.pop()
                    w -= em(last)
                    flush(True)
                    cur, w = [last], em(last)
                else:
                    flush(True)
                if t == " ":
                    continue
            cur.append(t)
            w += tw
        if cur:
            slack = width - w
            spread = (not para_end) and slack >= 1 and w >= width * 0.75
            lines.append(self.render(cur, spread).rstrip())
        if first and lines and r.random() < 0.3:
            lines[0] = " " + lines[0]
        return lines

    def keep_dateline_tail(self, lines, text, dl, width, para_end):
        """A column line may not begin with the last 1-3 characters of a dateline
        (a reader could not tell them from the story); break the dateline earlier."""
        n = len(re.sub(r"\s|\\", "", dl))
        for _ in range(3):
            pos = 0
            bad = False
            for ln in lines:
                k = len(re.sub(r"\s", "", ln))
                if n - 4 < pos < n:
                    bad = True
                pos += k
            if not bad:
                return lines
            # force a break before the dateline's last four characters
            chars = [i for i, c in enumerate(dl) if not c.isspace() and c != BREAK]
            cut = chars[-4]
            dl2 = dl[:cut] + BREAK + dl[cut:]
            text = dl2 + text[len(dl):]
            dl = dl2
            lines = self.flow(text, width, para_end, True)
        return lines

    # -- directives
    def body(self, aid: str, n: str, dup: bool = False):
        art = self.p["articles"][aid]
        segs = self.segs[aid]
        i = self.cursor.get(aid, 0)
        j = len(segs) if n == "*" else i + int(n)
        if dup:                             # absolute piece numbers: "3" or "3-4"
            a, _, b = n.partition("-")
            i, j = int(a), int(b or a) + 1
        if j > len(segs) or i >= j:
            raise SystemExit(f"{self.p['name']}: body {aid} {n}: only {len(segs)} pieces, at {i}")
        if not dup:
            if aid not in self.body_seen:
                self.first_body.append(aid)
            if aid in self.head_seen and aid not in self.body_seen:
                pass
            if aid in self.body_seen and self.last_printed != aid:
                self.count["story continued after a piece of another story"] += 1
            self.body_seen.add(aid)
            self.last_printed = aid
        width = float(art.get("width") or self.W)
        for k in range(i, j):
            text, para_end, cut = segs[k]
            first = (k == 0)
            if first and not dup:
                dl = self.field(aid, "dateline")
                lead = art.get("lead", "")
                if BREAK in dl:
                    self.count["line break inside a dateline"] += 1
                if BREAK + "通讯员" in dl:
                    self.count["dateline broken before 通讯员"] += 1
                text = lead + dl + text
                if lead:
                    self.count["jump marker"] += 1
            if dup:
                self.dups.append(clean(text))
                self.count["piece of a story printed twice"] += 1
            if not para_end and not dup:
                self.count[f"paragraph cut: {CUT_KINDS[cut or '']}"] += 1
                if k + 1 < j:
                    self.count["paragraph split by a column break, nothing between"] += 1
            if self.col:
                lines = self.flow(text, width, para_end, first)
                if first and not dup:
                    lines = self.keep_dateline_tail(lines, text, lead + dl, width, para_end)
                for ln in lines:
                    self.emit(ln)
            else:
                parts = text.split(BREAK)
                self.emit(parts[0])
                for p in parts[1:]:
                    self.emit(p)
        if not dup:
            self.cursor[aid] = j

    def head(self, aid: str, style: str):
        art = self.p["articles"][aid]
        parts = [self.field(aid, f) for f in ("kicker", "title", "subtitle") if art[f]]
        if not parts:
            return
        if aid in self.body_seen:
            self.count["headline printed after its body"] += 1
        if self.last_kind == "head":
            self.count["headline bunched with another story's headline"] += 1
        self.head_seen.add(aid)
        for f in ("kicker", "title", "subtitle"):
            pieces = art[f].split(BREAK)
            if len(pieces) > 1:
                self.count[f"headline part broken over lines ({f})"] += 1
                if len(pieces[-1]) <= 3:
                    self.count["headline's last word left alone on a line"] += 1
        style = style or ("lines" if self.col else "join")
        if style == "join":
            self.emit(" ".join(p.replace(BREAK, "") for p in parts))
        elif style == "tight":
            self.emit("\n".join(p.replace(BREAK, "\n") for p in parts))
        else:  # lines
            for p in parts:
                self.emit(p.replace(BREAK, "\n"))

    def run(self):
        for d in self.p["layout"]:
            parts = d.split(" ", 2)
            op = parts[0]
            kind = "other"
            if op in ("x", "x~"):
                grp, text = parts[1], parts[2] if len(parts) > 2 else ""
                self.extras.setdefault(grp, []).append(text)
                self.emit(text, "\n" if op == "x~" else "\n\n")
                self.count["page furniture line (masthead, box, prompt)"] += 1
            elif op == "blank":
                self.emit("", "\n\n")
            elif op == "h":
                self.head(parts[1], parts[2] if len(parts) > 2 else "")
                kind = "head"
            elif op == "hd":            # title drawn twice on one line
                t = clean(self.field(parts[1], "title"))
                self.emit(t + t)
                self.dups.append(t)
                self.count["headline drawn twice"] += 1
            elif op == "ht":            # title printed as two identical lines
                t = clean(self.field(parts[1], "title"))
                self.emit(t)
                self.emit(t)
                self.dups.append(t)
                self.count["headline drawn twice"] += 1
            elif op == "c":
                self.emit(self.field(parts[1], "column"))
                self.count["column label line"] += 1
            elif op == "by":
                aid = parts[1]
                how = parts[2] if len(parts) > 2 else ""
                b = self.field(aid, "byline")
                if BREAK in b:
                    self.count["line break inside a byline"] += 1
                if how == "glue":
                    self.out[-1] += " " + clean(b)
                elif how == "right":
                    pad = max(2, int(2 * (self.W - em(clean(b)))))
                    self.emit(" " * pad + clean(b))
                    self.count["credit right-aligned on its own line"] += 1
                else:
                    for i, piece in enumerate(b.split(BREAK)):
                        self.emit(piece, "\n" if i else "\n\n")
            elif op == "b":
                self.body(parts[1], parts[2])
                kind = "body"
            elif op == "db":            # pieces i..j of a story printed (again or ahead)
                self.body(parts[1], parts[2], dup=True)
            elif op == "dp":            # the last printed line, printed again
                self.emit(self.out[-1])
                self.dups.append(re.sub(r"\s+", "", self.out[-1]))
                self.count["line printed twice"] += 1
            elif op == "m":
                aid, text = parts[1], parts[2]
                want = re.sub(r"\s+", "", unicodedata.normalize("NFKC", self.field(aid, "continued")))
                if want not in unicodedata.normalize("NFKC", text).replace(" ", ""):
                    raise SystemExit(f"{self.p['name']}: marker {text} does not hold {want}")
                self.emit(text)
                self.count["jump marker"] += 1
            else:
                raise SystemExit(f"{self.p['name']}: unknown directive {d!r}")
            self.last_kind = kind
        for aid, segs in self.segs.items():
            if self.cursor.get(aid, 0) != len(segs):
                raise SystemExit(f"{self.p['name']}: {aid} printed {self.cursor.get(aid, 0)} of {len(segs)} pieces")

    def text(self) -> str:
        s = ""
        for sep, t in zip(self.seps, self.out):
            s += (sep if s else ("\n\n" if not self.col else "")) + t
        return s + ("\n\n\n" if self.col else "")

    def gold(self, source: str) -> dict:
        arts = []
        for aid in self.first_body:
            a = self.p["articles"][aid]
            g = {"kind": a["kind"]}
            for f in FIELDS:
                g[f] = clean(self.field(aid, f))
            g["subheads"] = [conv(p[3:], self.style) for p in a["paras"] if p.startswith("## ")]
            g["paragraphs"] = [clean(re.sub(r"\|[uvwqn]?", "", conv(p[3:] if p.startswith("## ") else p, self.style)))
                               for p in a["paras"]]
            arts.append(g)
        p = self.p
        return {
            "source": source,
            "issue_date": p["date"],
            "issue_number": p.get("number") or None,
            "page_count": int(p["count"]) if p.get("count") else None,
            "articles": arts,
            "extras": [re.sub(r"\s+", "", "".join(v)) for v in self.extras.values()],
            "duplicates": self.dups,
        }


def compose_one(path: Path):
    page = parse(path)
    c = Composer(page)
    c.run()
    text = c.text()
    name = f"{page['page']}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
    gold = c.gold(name + ".txt")
    return page, c, text, name, gold


def build() -> dict[str, str]:
    """Every generated file, relative path -> content."""
    files: dict[str, str] = {}
    rows, phen = [], Counter()
    per_layout = {"column": Counter(), "paragraph": Counter()}
    for src in sorted((HERE / "src").glob("p*.txt")):
        page, c, text, name, gold = compose_one(src)
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        phen.update(c.count)
        per_layout[page["lay"]].update(c.count)
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", page["date"], page.get("pageno", ""), page["lay"], page.get("punct", "full"),
                     len(gold["articles"]), nchar, page.get("subjects", "")))
    ptab = ["| phenomenon | column pages | paragraph pages | all |", "|---|---:|---:|---:|"]
    for k in sorted(phen):
        ptab.append(f"| {k} | {per_layout['column'][k]} | {per_layout['paragraph'][k]} | {phen[k]} |")
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        gtab.append("| " + " | ".join(str(x) for x in r) + " |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    return files


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
