#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages and gold.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md
    python3 compose.py --units    also prints the layout units of every article

Standard library only.  Every small random choice comes from a random.Random
seeded with the source file name, so the output is byte-for-byte repeatable.
See README.in / README.md for the source format.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》〉」』%,.;:?!)")      # may not start a line
OPEN = set("“‘（《〈「『(")                        # may not end a line
NOSPACE_AFTER = set("，。、；：？！”’）》〉」』,.;:?!)")  # a justified line puts no space after these
CJK = re.compile(r"[\u4e00-\u9fff]")
WEEK = "一二三四五六日"

PHEN = Counter()          # phenomenon counts, whole set
PHEN_NAMES = OrderedDict([
    ("justified", "column lines justified with a space after every glyph"),
    ("numspace", "number runs with spaces around them (column pages)"),
    ("glyphgap", "glyph-gap spaces before 、，。 or % (column pages)"),
    ("quotespace", "space after an opening quote"),
    ("kinsoku", "closing punctuation hung at a line end past the measure"),
    ("dl_break", "line breaks inside a dateline (after 记者, before 通讯员, inside the date)"),
    ("dl_alone", "dateline printed alone on its line(s)"),
    ("byline_break", "bylines broken between names"),
    ("head_after", "headlines printed after their body"),
    ("head_bunched", "headlines bunched with other stories' headlines"),
    ("head_before", "headlines printed before their body"),
    ("head_oneline", "kicker/title/subtitle run on one line (paragraph pages)"),
    ("head_lastword", "headline lines leaving a last word alone"),
    ("head_doubled", "headlines drawn twice (one line or two lines)"),
    ("dup_lines", "body lines printed twice"),
    ("mast", "masthead pieces (lines)"),
    ("box", "box lines (countdowns, code prompts, framed labels, notices' frames)"),
    ("credit_right", "photo credits right-aligned on a line of their own"),
    ("credit_inline", "photo credits at the end of the caption line"),
    ("jump", "jump markers (下转/上接)"),
    ("col_label", "column labels (栏目) printed on their own line"),
    ("cut_cross", "paragraphs cut and continued after a piece of another story"),
    ("cut_plain", "paragraphs split by a column break with nothing between"),
    ("cut_fig_unit", "cuts between a figure and its unit"),
    ("cut_verb_fig", "cuts between a verb and its figure"),
    ("cut_quote", "cuts inside a quoted term"),
    ("cut_name", "cuts inside a name"),
    ("cut_word", "cuts inside a word"),
    ("cut_other", "cuts at other points (after punctuation, before a figure)"),
    ("alternating", "stories printed alternating in pieces"),
])


# --------------------------------------------------------------------- parsing
def parse_source(path: Path) -> dict:
    page, arts, layout = {}, OrderedDict(), []
    cur, mode = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#") and not line.startswith("##"):
            continue
        if line.startswith("@page"):
            mode, cur = "page", page
            continue
        if line.startswith("@art "):
            cur = {"id": line.split()[1], "text": [], "_intext": False}
            arts[cur["id"]] = cur
            mode = "art"
            continue
        if line.startswith("@layout"):
            mode = "layout"
            continue
        if mode == "layout":
            if line.strip():
                layout.append(line.strip())
            continue
        if mode == "art" and cur.get("_intext"):
            if line.strip():
                cur["text"].append(line.strip())
            continue
        if not line.strip():
            continue
        m = re.match(r"^([a-z]+):\s?(.*)$", line)
        if not m:
            raise SystemExit(f"{path.name}: cannot read line {line!r}")
        k, v = m.group(1), m.group(2).strip()
        if mode == "art" and k == "text":
            cur["_intext"] = True
            continue
        cur[k] = v
    return {"page": page, "arts": arts, "layout": layout}


# ----------------------------------------------------------------- punctuation
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}


def punct(s: str, style: str) -> str:
    """Sources are typed with either width; normalise to full width, then print
    in the page's style."""
    s = "".join(ASCII_TO_FULL.get(c, c) for c in s)
    table = {"full": {}, "mixed": MIXED, "half": HALF}[style]
    return "".join(table.get(c, c) for c in s)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- the article
class Article:
    def __init__(self, d: dict, style: str):
        self.id = d["id"]
        g = lambda k: punct(d.get(k, ""), style)
        self.kind = d.get("kind", "news")
        self.column, self.kicker, self.title = g("column"), g("kicker"), g("title")
        self.subtitle, self.byline, self.dateline = g("subtitle"), g("byline"), g("dateline")
        self.continued = g("continued")
        self.head = [x.strip() for x in g("head").split(" / ")] if d.get("head") else []
        self.byl = [x.strip() for x in g("byl").split(" / ")] if d.get("byl") else (
            [self.byline] if self.byline else [])
        self.col = [x.strip() for x in g("col").split(" / ")] if d.get("col") else (
            [self.column] if self.column else [])
        self.mark = [x.strip() for x in g("mark").split(" / ")] if d.get("mark") else []
        self.lead = g("lead")
        self.width = float(d.get("width", "17"))
        self.dlbreak = d.get("dlbreak", "")
        self.credit = d.get("credit", "right")
        # paragraphs: list of (is_subhead, [pieces split at |])
        self.paras = []
        for t in d["text"]:
            t = punct(t, style)
            if t.startswith("## "):
                self.paras.append((True, [t[3:].strip()]))
            else:
                self.paras.append((False, t.split("|")))
        self.units: list[dict] = []

    def gold(self) -> dict:
        paras = [nows("".join(p)) for _, p in self.paras]
        subs = [p[0] for s, p in self.paras if s]
        return OrderedDict([
            ("kind", self.kind), ("column", self.column), ("kicker", self.kicker),
            ("title", self.title), ("subtitle", self.subtitle), ("byline", self.byline),
            ("dateline", self.dateline), ("continued", self.continued),
            ("subheads", subs), ("paragraphs", paras)])

    def cuts(self):
        """(before, after) text around every | cut."""
        out = []
        for _, pieces in self.paras:
            for i in range(1, len(pieces)):
                out.append(("".join(pieces[:i]), "".join(pieces[i:])))
        return out


# ------------------------------------------------------------------ wrapping
def tokens(s: str) -> list[str]:
    """Glyphs, with runs of ASCII letters/digits kept whole."""
    return re.findall(r"[A-Za-z0-9.%]+|.", s)


def wid(tok: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def wrap(s: str, w: float, first: float | None = None) -> list[str]:
    toks, lines, cur, cw = tokens(s), [], [], 0.0
    limit = first if first is not None else w
    for t in toks:
        tw = wid(t)
        if cur and cw + tw > limit + 1e-9:
            if t[0] in CLOSE:                      # hang closing punctuation
                cur.append(t)
                PHEN["kinsoku"] += 1
                lines.append("".join(cur))
                cur, cw, limit = [], 0.0, w
                continue
            if cur[-1] in OPEN:                    # opening mark moves down
                back = cur.pop()
                lines.append("".join(cur))
                cur, cw, limit = [back], wid(back), w
            else:
                lines.append("".join(cur))
                cur, cw, limit = [], 0.0, w
        cur.append(t)
        cw += tw
    if cur:
        lines.append("".join(cur))
    # never start a line with closing punctuation
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in CLOSE and lines[i][0] != "%":
            lines[i - 1] += lines[i][0]
            lines[i] = lines[i][1:]
    return [x for x in lines if x]


# ------------------------------------------------------------ column artefacts
def space_numbers(line: str, rng: random.Random) -> str:
    def rep(m):
        a, b, run = m.start(), m.end(), m.group()
        left = " " if a > 0 and CJK.match(line[a - 1]) else ""
        right = " " if b < len(line) and CJK.match(line[b]) else ""
        if left or right:
            PHEN["numspace"] += 1
        return left + run + right
    return re.sub(r"[0-9][0-9.]*%?", rep, line)


def justify(line: str) -> str:
    toks, out = tokens(line), []
    for i, t in enumerate(toks):
        out.append(t)
        if i < len(toks) - 1 and t[-1] not in NOSPACE_AFTER:
            out.append(" ")
    PHEN["justified"] += 1
    if "“ " in "".join(out):
        PHEN["quotespace"] += 1
    return "".join(out)


def glyph_gap(line: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(line) if c in "、%，" and i > 0 and line[i - 1] != " "]
    if not spots:
        return line
    i = rng.choice(spots)
    PHEN["glyphgap"] += 1
    return line[:i] + " " + line[i:]


# ------------------------------------------------------------------- units
def column_units(a: Article, P: dict, rng: random.Random) -> list[dict]:
    """Wrapped printed lines of an article; each unit {'text', 'pi', 'final'}."""
    units = []
    numsp, spread = float(P.get("numsp", "0.6")), float(P.get("spread", "0.07"))
    w = a.width
    for pi, (sub, pieces) in enumerate(a.paras):
        body = "".join(pieces)
        if sub:
            units.append({"text": body, "pi": pi, "final": True, "raw": True})
            continue
        if pi == 0 and a.lead:
            body = a.lead + body
            PHEN["jump"] += 1
        if pi == 0 and a.dateline:
            dl = a.dateline
            first_lines = []
            if a.dlbreak:
                if a.dlbreak.startswith("^"):
                    k = dl.index(a.dlbreak[1:])
                else:
                    k = dl.index(a.dlbreak) + len(a.dlbreak)
                head, rest = dl[:k], dl[k:]
                first_lines = [head.rstrip()]
                PHEN["dl_break"] += 1
                dl = rest.lstrip()
            stream = dl + body
            lines = wrap(stream, w)
            # the dateline's tail on a line shared with body text must be >= 4 glyphs
            acc = 0
            for li, ln in enumerate(lines):
                start = acc
                acc += len(ln)
                if start < len(dl) < acc:
                    tail = squash(dl[start:])
                    if len(tail) < 4 or P.get("dlalone") == "1":
                        lines = lines[:li] + [dl[start:]] + wrap(body, w)
                        PHEN["dl_alone"] += 1
                    break
            lines = first_lines + lines
        else:
            lines = wrap(body, w)
        for li, ln in enumerate(lines):
            units.append({"text": ln, "pi": pi, "final": li == len(lines) - 1})
    for u in units:
        if u.get("raw"):
            continue
        t = u["text"]
        if rng.random() < numsp:
            t = space_numbers(t, rng)
        if (not u["final"]) and re.search(r"[，。、；：“”]", t) and rng.random() < spread:
            t = justify(t.replace(" ", ""))
        elif rng.random() < 0.04:
            t = glyph_gap(t, rng)
        u["text"] = t
    return units


def paragraph_units(a: Article) -> list[dict]:
    units = []
    for pi, (sub, pieces) in enumerate(a.paras):
        for k, piece in enumerate(pieces):
            t = piece
            if pi == 0 and k == 0:
                t = (a.lead or "") + (a.dateline or "") + t
                PHEN["jump"] += bool(a.lead)
            units.append({"text": t, "pi": pi, "final": k == len(pieces) - 1})
    return units


def rng_range(spec: str, n: int) -> range:
    def one(x, default):
        if x == "":
            return default
        if x.endswith("%"):
            return round(n * float(x[:-1]) / 100)
        return int(x)
    if "-" in spec:
        lo, hi = spec.split("-", 1)
        return range(one(lo, 0), one(hi, n))
    k = one(spec, 0)
    return range(k, k + 1)


# ----------------------------------------------------------------- one page
def compose(path: Path, show_units=False):
    S = parse_source(path)
    P = S["page"]
    style = P.get("punct", "full")
    rng = random.Random(path.name)
    arts = OrderedDict((k, Article(v, style)) for k, v in S["arts"].items())
    layout_kind = P["layout"]
    for a in arts.values():
        a.units = column_units(a, P, rng) if layout_kind == "column" else paragraph_units(a)
        if show_units:
            print(f"  {path.name} {a.id}: {len(a.units)} units")
    out: list[str] = []           # printed lines (blank lines added at the end)
    extras, dups = [], []
    printed = {k: set() for k in arts}
    headdone = set()
    last_body = []                # indices in out of the latest body lines
    prev_body_art, prev_kind = None, None
    seen_head_run = 0
    for L in S["layout"]:
        parts = L.split(None, 1)
        op, arg = parts[0], (parts[1] if len(parts) > 1 else "")
        if op in ("extra", "mast", "box"):
            pieces = [punct(x.strip(), style) for x in arg.split(" / ")]
            extras.append(nows("".join(pieces)))
            out.extend(pieces)
            PHEN["mast" if op == "mast" else "box"] += len(pieces)
            prev_kind = op
            continue
        if op == "blank":
            out.append("")
            continue
        if op == "dup":
            n = int(arg)
            rep = [out[i] for i in last_body[-n:]]
            dups.append(nows("".join(rep)))
            out.extend(rep)
            PHEN["dup_lines"] += n
            prev_kind = op
            continue
        aid = arg.split()[0]
        a = arts[aid]
        rest = arg.split()[1:]
        if op == "head":
            hl = list(a.head)
            if "double" in rest:          # drawn twice on one line
                hl = [hl[-1] + " " + hl[-1]] if len(hl) == 1 else hl[:-1] + [hl[-1] + hl[-1]]
                dups.append(nows(a.head[-1]))
                PHEN["head_doubled"] += 1
            if "twice" in rest:           # drawn twice on two lines
                hl = hl + [hl[-1]]
                dups.append(nows(a.head[-1]))
                PHEN["head_doubled"] += 1
            out.extend(hl)
            if layout_kind == "paragraph" and len(a.head) == 1 and sum(
                    1 for x in (a.kicker, a.title, a.subtitle) if x) > 1:
                PHEN["head_oneline"] += 1
            if any(len(squash(x)) <= 4 for x in a.head) and len(a.head) > 1:
                PHEN["head_lastword"] += 1
            if printed[aid]:
                PHEN["head_after"] += 1
            else:
                PHEN["head_before"] += 1
            if prev_kind == "head":
                PHEN["head_bunched"] += 1
            prev_kind = "head"
            continue
        if op == "byline":
            out.extend(a.byl)
            if len(a.byl) > 1:
                PHEN["byline_break"] += 1
            prev_kind = op
            continue
        if op == "col":
            out.extend(a.col)
            PHEN["col_label"] += 1
            prev_kind = op
            continue
        if op == "mark":
            out.extend(a.mark)
            PHEN["jump"] += len(a.mark)
            prev_kind = op
            continue
        if op == "photo":
            cap = "".join(p for _, ps in a.paras for p in ps)
            if a.credit == "inline":
                out.append(cap + " " + a.byline)
                PHEN["credit_inline"] += 1
            else:
                if layout_kind == "column":
                    out.extend(wrap(cap, a.width))
                else:
                    out.append(cap)
                if a.byline:
                    pad = max(2, int(2 * (a.width - wid(a.byline))))
                    out.append(" " * pad + a.byline)
                    PHEN["credit_right"] += 1
            printed[aid].add(0)
            prev_kind = op
            continue
        if op == "body":
            spec = rest[0] if rest else "-"
            rr = rng_range(spec, len(a.units))
            if prev_body_art is not None and prev_body_art != aid and printed[aid] and \
                    max(printed[aid]) + 1 == rr.start and rr.start > 0:
                if layout_kind == "column":
                    PHEN["alternating"] += 1
                elif a.units[rr.start]["pi"] == a.units[rr.start - 1]["pi"]:
                    PHEN["cut_cross"] += 1
            last_body = []
            for k in rr:
                if layout_kind == "paragraph" and k > rr.start and \
                        a.units[k]["pi"] == a.units[k - 1]["pi"]:
                    PHEN["cut_plain"] += 1
                out.append(a.units[k]["text"])
                last_body.append(len(out) - 1)
                printed[aid].add(k)
            prev_body_art, prev_kind = aid, op
            continue
        raise SystemExit(f"{path.name}: unknown layout op {L!r}")
    # every unit printed exactly once
    for aid, a in arts.items():
        if a.kind == "photo":
            continue
        miss = set(range(len(a.units))) - printed[aid]
        if miss:
            raise SystemExit(f"{path.name}: {aid} units not printed: {sorted(miss)[:8]}")
    # cut classes
    for a in arts.values():
        if layout_kind != "paragraph":
            continue
        for before, after in a.cuts():
            PHEN[classify_cut(before, after)] += 1
    if layout_kind == "column":
        text = "\n\n".join(out) + "\n"
    else:
        text = "\n\n" + "\n\n".join(out) + "\n"
    return P, arts, text, extras, dups


VERBS = "达增长突破超过至为有共约近到了产新建开通增设入选收录"
UNITS = "万亿吨亩元个座张项名件公里人次家所条户平方米斤"


def classify_cut(before: str, after: str) -> str:
    b, c = before[-1:], after[:1]
    if b.isdigit() and c in UNITS:
        return "cut_fig_unit"
    if c.isdigit() and b in VERBS:
        return "cut_verb_fig"
    if before.count("“") > before.count("”") or before.count("《") > before.count("》"):
        return "cut_quote"
    if CJK.match(b) and CJK.match(c) and NAME_CUT.get((b, c)):
        return "cut_name"
    if CJK.match(b) and CJK.match(c):
        return "cut_word"
    return "cut_other"


NAME_CUT: dict = {}


def main():
    show = "--units" in sys.argv
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for old in list(PAGES.glob("*.txt")) + list(GOLD.glob("*.json")):
        old.unlink()
    rows = []
    names = {}
    srcs = sorted(SRC.glob("p*.txt"))
    for sp in srcs:
        for line in sp.read_text(encoding="utf-8").split("\n"):
            m = re.match(r"^namecut:\s*(.)(.)", line)
            if m:
                NAME_CUT[(m.group(1), m.group(2))] = True
    for n, sp in enumerate(srcs, 1):
        P, arts, text, extras, dups = compose(sp, show)
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = OrderedDict([
            ("source", name + ".txt"), ("issue_date", P["date"]),
            ("issue_number", P.get("issue") or None),
            ("page_count", int(P["pages"]) if P.get("pages") else None),
            ("articles", [a.gold() for a in arts.values()]),
            ("extras", extras), ("duplicates", dups)])
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        d = datetime.date.fromisoformat(P["date"])
        rows.append("| `{}` | {} ({}) | {} | {} | {} | {} | {} | {} |".format(
            name + ".txt", P["date"], "星期" + WEEK[d.weekday()], P["page"], P["layout"],
            P.get("punct", "full"), len(arts), len(nows(text)), P.get("subjects", "")))
        names[sp.name] = name
    phen = ["| phenomenon | count |", "|---|---|"]
    for k, desc in PHEN_NAMES.items():
        phen.append(f"| {desc} | {PHEN[k]} |")
    page = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"] + rows
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tpl = tpl.replace("{{PHENOMENA}}", "\n".join(phen)).replace("{{PAGES}}", "\n".join(page))
    (HERE / "README.md").write_text(tpl, encoding="utf-8")
    print(f"composed {len(srcs)} pages")


if __name__ == "__main__":
    main()
