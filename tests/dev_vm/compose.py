#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file name (p01.txt ...).

    python3 compose.py
"""
from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CUT = "¦"             # cut mark in a paragraph, followed by a one-letter cut type
BRK = "⏎"             # forced line break inside a dateline / byline / title
CUT_TYPES = {"u": "figure / unit", "v": "verb / figure", "w": "inside a word",
             "q": "inside a quoted term", "n": "inside a name", "c": "clause (column break)"}
CLOSE = set("，。、；：？！”’）》〉」』,.;:?!)%")
OPEN = set("“‘（《〈「『(")
NUMRUN = re.compile(r"[0-9][0-9.,:/%]*[0-9%]?|[A-Za-z][A-Za-z0-9+\-]*")

STATS = collections.Counter()


# ----------------------------------------------------------------------------
# source parsing

def to_style(s: str, punct: str) -> str:
    """Punctuation width of a page: full | mixed (full commas, half brackets) | half."""
    if punct in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if punct == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def parse_source(path: Path) -> dict:
    page = {"meta": {}, "arts": collections.OrderedDict(), "layout": []}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@art "):
            section = "art"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "subheads": [], "paras": [], "width": 20, "dl": "inline"}
            page["arts"][aid] = cur
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "meta":
            page["meta"][key] = val
        elif key == "p":
            cur["paras"].append(val)
        elif key == "sub":
            cur["paras"].append(val)
            cur["subheads"].append(val)
        elif key == "width":
            cur["width"] = int(val)
        else:
            cur[key] = val
    punct = page["meta"].get("punct", "full")
    for a in page["arts"].values():
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            a[k] = to_style(a[k], punct)
        a["paras"] = [to_style(p, punct) for p in a["paras"]]
        a["subheads"] = [to_style(p, punct) for p in a["subheads"]]
        # pieces: (text, starts_paragraph, ends_paragraph, cut type at its end)
        pieces = []
        for p in a["paras"]:
            parts = re.split(CUT + "([a-z])", p)
            texts, types = parts[0::2], parts[1::2]
            for i, t in enumerate(texts):
                pieces.append({"text": t, "start": i == 0, "end": i == len(texts) - 1,
                               "cut": types[i] if i < len(types) else "",
                               "sub": p in a["subheads"]})
            for t in types:
                STATS["cut: " + CUT_TYPES[t]] += 1
        a["pieces"] = pieces
    return page


def clean(s: str) -> str:
    s = re.sub(CUT + "[a-z]", "", s)
    return s.replace(BRK, "")


# ----------------------------------------------------------------------------
# text artefacts

def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def tokens(s: str) -> list[str]:
    """Unbreakable units: number / latin runs, single characters otherwise."""
    out, i = [], 0
    while i < len(s):
        m = NUMRUN.match(s, i)
        if m and m.end() > i:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def spread(toks: list[str]) -> str:
    """A justified column line whose glyphs were spread apart."""
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        gap = not (a[-1] in CLOSE or b[0] in OPEN)
        if a == "“":
            gap = True
        if a == " " or b == " ":
            gap = False
        out += (" " if gap else "") + b
    return out.strip(" ")


def numspace(toks: list[str], rng: random.Random, rate: float) -> str:
    """Spaces the extraction puts around number runs, after an opening quote,
    before % and around some full-width punctuation."""
    out = ""
    for i, t in enumerate(toks):
        isnum = bool(re.match(r"[0-9]", t))
        if isnum and rng.random() < rate:
            if out and not out.endswith(" ") and out[-1] not in OPEN and out[-1] not in CLOSE:
                out += " "
                STATS["space around a number run"] += 1
            if t.endswith("%") and rng.random() < 0.35:
                t = t[:-1] + " %"
                STATS["space before %"] += 1
            out += t
            if i + 1 < len(toks) and toks[i + 1] not in CLOSE and rng.random() < 0.8:
                out += " "
            continue
        if t == "“" and i > 0 and rng.random() < rate * 0.4:
            out += t + " "
            STATS["space after an opening quote"] += 1
            continue
        if t in "、，；" and i > 0 and rng.random() < rate * 0.12:
            out += " " + t
            STATS["glyph-gap space before punctuation"] += 1
            continue
        out += t
    return out.strip(" ") if out.strip(" ") else out


def glue_tail(toks: list[str], end: int, need: int = 4) -> list[str]:
    """Merge the tokens that end at character `end` (the close of a dateline)
    back to `need` visible characters into one unbreakable unit, so that a
    line never begins with a dateline's last two or three characters."""
    pos, ends = 0, []
    for t in toks:
        pos += len(t)
        ends.append(pos)
    if end not in ends:
        return toks
    j = ends.index(end)
    i, seen = j, 0
    while i >= 0:
        seen += len(toks[i].replace(" ", ""))
        if seen >= need:
            break
        i -= 1
    i = max(i, 0)
    return toks[:i] + ["".join(toks[i:j + 1])] + toks[j + 1:]


def wrap(text: str, width: int, first_indent: bool, ends_para: bool,
         rng: random.Random, rate: float, lead: str = "") -> list[str]:
    """Break text into column lines of `width` em.  The first line of a
    paragraph is indented 2 em.  Number runs never break; no line starts with
    closing punctuation nor ends with an opening one (the glyph moves on).
    A line left short by 1 em or more is justified: its glyphs are spread."""
    lines = []
    lead_seg, lead_end = lead.count(BRK), len(lead.split(BRK)[-1])
    for seg_i, seg in enumerate(text.split(BRK)):
        toks = tokens(seg)
        if lead and seg_i == lead_seg:
            toks = glue_tail(toks, lead_end)
        avail = width - (2 if first_indent and seg_i == 0 else 0)
        cur: list[str] = []
        segs = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if cur and em("".join(cur)) + em(t) > avail:
                # kinsoku: a closing mark may not begin the next line
                if t in CLOSE and rng.random() < 0.55:
                    # hanging punctuation: the mark stays at the line end
                    cur.append(t)
                    i += 1
                    segs.append(cur)
                    cur = []
                    avail = width
                    continue
                if t in CLOSE:
                    k = len(cur) - 1
                    while k > 0 and (cur[k] in CLOSE or cur[k] == " "):
                        k -= 1
                    if k > 0:
                        segs.append(cur[:k])
                        cur = cur[k:]
                        avail = width
                        continue
                if cur[-1] in OPEN and len(cur) > 1:
                    moved = cur.pop()
                    segs.append(cur)
                    cur = [moved]
                    avail = width
                    continue
                segs.append(cur)
                cur = []
                avail = width
                continue
            cur.append(t)
            i += 1
        if cur:
            segs.append(cur)
        last_seg = seg_i == len(text.split(BRK)) - 1
        w0 = width - (2 if first_indent and seg_i == 0 else 0)
        for j, s in enumerate(segs):
            final = j == len(segs) - 1
            ww = w0 if j == 0 else width
            short = ww - em("".join(s))
            if not final and short >= 1 and len(s) > 3:
                lines.append(spread(s))
                STATS["justified line spread with spaces"] += 1
            else:
                lines.append(numspace(s, rng, rate))
    return lines


# ----------------------------------------------------------------------------
# layout

class Page:
    def __init__(self, name: str, page: dict):
        self.name = name
        self.p = page
        self.m = page["meta"]
        self.rng = random.Random(name)
        self.column = self.m["layout"] == "column"
        self.rate = float(self.m.get("numspace", "0.5"))
        self.lines: list[str] = []      # emitted lines ('' = blank)
        self.last: list[str] = []       # lines of the last command
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.used = collections.Counter()
        self.order: list[tuple] = []     # pieces in printed order
        self.bodied: set = set()         # articles whose body has begun
        self.prev_op = ""
        self.phen = collections.Counter()

    def emit(self, texts: list[str], tight: bool = False):
        """Emit lines; a blank line follows each unless tight."""
        self.last = []
        for k, t in enumerate(texts):
            self.lines.append(t)
            self.last.append(t)
            if not (tight and k < len(texts) - 1):
                self.lines.append("")

    def art(self, aid):
        return self.p["arts"][aid]

    def head(self, a, spec: str):
        """spec: fields c k t s joined by '+' (same line, a space between) or
        ',' (new line, blank between) or ';' (new line, no blank between).
        Modifiers on t: t2 = title halves (split at its space) on two lines,
        t|N = last N characters alone on the next line, t* = title doubled on
        one line, t= = title printed on two identical lines."""
        fields = {"c": a["column"], "k": a["kicker"], "t": a["title"], "s": a["subtitle"]}
        groups = re.split(r"([,;])", spec)
        out, seps = [], []
        for g in groups[0::2]:
            pieces = []
            for f in g.split("+"):
                f = f.strip()
                if not f:
                    continue
                base = f[0]
                val = fields[base]
                if base == "t" and BRK in val and len(f) == 1:
                    pieces.append(val)
                    continue
                val = val.replace(BRK, "")
                if f[1:] == "2":
                    h1, _, h2 = val.partition(" ")
                    pieces.append(h1 + BRK + h2)
                    self.phen["two-phrase title split over two lines"] += 1
                elif f[1:2] == "|":
                    n = int(f[2:])
                    pieces.append(val[:-n] + BRK + val[-n:])
                    self.phen["headline's last word left alone on a line"] += 1
                elif f[1:] == "*":
                    pieces.append(val + val)
                    self.dups.append(val)
                    self.phen["headline doubled on one line"] += 1
                elif f[1:] == "=":
                    pieces.append(val + BRK + val)
                    self.dups.append(val)
                    self.phen["headline printed on two identical lines"] += 1
                else:
                    pieces.append(val)
            if pieces:
                out.append(" ".join(pieces))
        seps = groups[1::2]
        texts, tight = [], []
        for i, t in enumerate(out):
            for j, part in enumerate(t.split(BRK)):
                texts.append(part.strip())
                tight.append(j < len(t.split(BRK)) - 1)
            if i < len(seps):
                tight[-1] = seps[i] == ";"
        self.last = []
        for t, tg in zip(texts, tight):
            self.lines.append(t)
            self.last.append(t)
            if not tg:
                self.lines.append("")
        if a["column"] and "c" in spec:
            self.phen["column label on its own line"] += 1

    def body(self, a, rng_spec: str):
        pcs = a["pieces"]
        if rng_spec in ("", "all"):
            lo, hi = 0, len(pcs) - 1
        else:
            lo_s, _, hi_s = rng_spec.partition("-")
            lo = int(lo_s)
            hi = int(hi_s) if hi_s else (lo if "-" not in rng_spec else len(pcs) - 1)
        out = []
        self.bodied.add(a["id"])
        for k in range(lo, hi + 1):
            pc = pcs[k]
            self.used[(a["id"], k)] += 1
            self.order.append((a["id"], k))
            text = pc["text"]
            lead = ""
            if k == 0 and a["dateline"] and a["dl"] == "inline":
                lead = a["dateline"]
            if self.column:
                if pc["sub"]:
                    out.append(text)
                    continue
                indent = pc["start"] and not lead
                out.extend(wrap(lead + text, a["width"], indent, pc["end"], self.rng, self.rate, lead))
            else:
                if pc["sub"]:
                    out.append(text)
                    continue
                segs = (lead + text).split(BRK)
                out.extend(numspace(tokens(s), self.rng, self.rate) for s in segs)
        self.emit(out)

    def layout(self):
        for cmd in self.p["layout"]:
            op, _, rest = cmd.partition(" ")
            rest = rest.strip()
            if op == "blank":
                self.lines.extend([""] * int(rest or 1))
            elif op in ("mast", "box"):
                pieces = re.split(r"\s*([|;])\s*", rest)
                texts, tight = pieces[0::2], pieces[1::2] + ["|"]
                self.last = []
                for t, sp in zip(texts, tight):
                    self.lines.append(t)
                    self.last.append(t)
                    if sp == "|":
                        self.lines.append("")
                self.extras.append("".join(texts).replace(" ", "") if op == "mast" else "".join(texts))
                key = "masthead piece" if op == "mast" else "box line (countdown / code prompt / framed label)"
                self.phen[key] += len(texts)
                if op == "mast":
                    self.phen["masthead pieces merged on one line"] += sum(" " in t for t in texts)
            elif op == "marker":
                self.emit([rest])
                self.extras.append(rest)
                self.phen["jump marker"] += 1
            elif op == "head":
                aid, _, spec = rest.partition(" ")
                if aid in self.bodied and self.p["arts"][aid]["pieces"]:
                    self.phen["headline printed after (part of) its body"] += 1
                if self.prev_op.startswith("head ") and self.prev_op != "head " + aid:
                    self.phen["headline bunched with another story's headline"] += 1
                self.head(self.art(aid), spec or "c,k,t,s")
            elif op == "dateline":
                a = self.art(rest)
                txt = a["dateline"]
                if self.column:
                    self.emit(wrap(txt, a["width"], False, True, self.rng, self.rate, txt))
                else:
                    self.emit(txt.split(BRK))
            elif op == "byline":
                aid, _, how = rest.partition(" ")
                a = self.art(aid)
                parts = a["byline"].split(BRK)
                if how == "right":
                    pad = " " * self.rng.randint(18, 40)
                    parts = [pad + p for p in parts]
                    self.phen["credit right-aligned on its own line"] += 1
                self.emit(parts, tight=how == "tight")
            elif op == "body":
                aid, _, spec = rest.partition(" ")
                self.body(self.art(aid), spec)
            elif op == "again":
                n = int(rest or 1)
                again = [l for l in self.last if l][-n:]
                for l in again:
                    self.dups.append(l.strip())
                self.emit(again)
                self.phen["line printed twice"] += len(again)
            elif op == "raw":
                self.emit([rest])
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
            self.prev_op = ("head " + rest.split()[0]) if op == "head" else op
        # how each cut paragraph goes on
        for n, (aid, k) in enumerate(self.order):
            pc = self.p["arts"][aid]["pieces"][k]
            if pc["cut"]:
                nxt = self.order[n + 1] if n + 1 < len(self.order) else None
                key = ("cut paragraph goes on directly (column break, nothing between)"
                       if nxt == (aid, k + 1) else "cut paragraph goes on after other text")
                self.phen[key] += 1
        for a in self.p["arts"].values():
            dl, by = a["dateline"], a["byline"]
            if "月" + BRK in dl:
                self.phen["line break inside a dateline's date"] += 1
            elif BRK + "通讯员" in dl or BRK + "通讯员" in by:
                self.phen["line break before 通讯员"] += 1
            elif BRK in dl:
                self.phen["line break inside a dateline (reporter bracket)"] += 1
            if BRK in by and BRK + "通讯员" not in by:
                self.phen["line break inside a byline"] += 1
        # every piece printed exactly once
        for a in self.p["arts"].values():
            for k in range(len(a["pieces"])):
                if self.used[(a["id"], k)] != 1:
                    raise SystemExit(f"{self.name}: piece {a['id']}.{k} printed {self.used[(a['id'], k)]} times")

    def text(self) -> str:
        lines = list(self.lines)
        while lines and lines[-1] == "":
            lines.pop()
        return "\n".join(lines) + "\n"

    def gold(self, fname: str) -> dict:
        m = self.m
        arts = []
        for a in self.p["arts"].values():
            arts.append({
                "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
                "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
                "byline": clean(a["byline"]), "dateline": clean(a["dateline"]),
                "continued": a["continued"], "subheads": a["subheads"],
                "paragraphs": [clean(p) for p in a["paras"]],
            })
        return {
            "source": fname,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def nonws(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, phen = [], collections.Counter()
    for src in sorted(SRC.glob("p*.txt")):
        page = parse_source(src)
        pg = Page(src.name, page)
        pg.layout()
        text = pg.text()
        num = page["meta"]["seq"]
        fname = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        (PAGES / fname).write_text(text, encoding="utf-8")
        g = pg.gold(fname)
        (GOLD / fname.replace(".txt", ".json")).write_text(
            json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        phen.update(pg.phen)
        m = page["meta"]
        rows.append((fname, m["date"], m["page"], m["layout"], m["punct"], len(g["articles"]),
                     nonws(text), m.get("subjects", "")))
    phen.update(STATS)
    ptab = ["| phenomenon | count |", "|---|---|"] + [f"| {k} | {v} |" for k, v in sorted(phen.items())]
    rtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"] + [
        "| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(rtab))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 2 and sys.argv[1] == "--pieces":   # authoring aid
        for a in parse_source(Path(sys.argv[2]))["arts"].values():
            for k, pc in enumerate(a["pieces"]):
                print(a["id"], k, ("S" if pc["start"] else "-") + ("E" if pc["end"] else "-"),
                      pc["text"][:12], "...", pc["text"][-8:])
    else:
        main()
