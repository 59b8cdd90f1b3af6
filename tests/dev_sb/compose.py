#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
write their gold annotations (gold/) and README.md (from README.in).

    python3 compose.py

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name (src/pNN.txt).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CJK = re.compile(r"[\u3400-\u9fff]")
HALF_RUN = re.compile(r"[0-9A-Za-z.%+\-/~×]+")
NO_START = set("，。、；：？！”’）》…%,.;:?!)")     # may not open a line
NO_END = set("“‘（《(")                            # may not close a line
NO_SPACE_AFTER = set("，。、；：？！”’）》")          # glyph has its own gap
NO_SPACE_BEFORE = set("“‘（《")
FLOW = Counter()                                   # artefacts counted while flowing
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline",
          "dateline", "continued", "subheads", "paragraphs")
CUT = "¦"
# the scorer's idea of CJK text: a space between two such characters is debris
CJKP = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》"


# ---------------------------------------------------------------- parsing
def parse(text: str) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    sec, cur, in_body = None, None, False
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("@page"):
            sec = "page"
            continue
        if line.startswith("@layout"):
            sec = "layout"
            continue
        if line.startswith("@a "):
            sec = "art"
            _, aid, kind = line.split()[:3]
            cur = {"id": aid, "kind": kind, "c": "", "k": "", "t": "", "s": "",
                   "b": "", "d": "", "j": "", "jp": "", "w": "", "body": []}
            page["arts"][aid] = cur
            page["order"].append(aid)
            in_body = False
            continue
        if sec == "page":
            if line.strip() and not line.startswith("#"):
                k, _, v = line.partition(" ")
                page["meta"][k] = v.strip()
        elif sec == "art":
            if in_body:
                if line.strip():
                    cur["body"].append(line.strip())
            elif line.strip() == "--":
                in_body = True
            elif line.strip():
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif sec == "layout":
            if line.strip() and not line.lstrip().startswith("#"):
                page["layout"].append(line.strip())
    return page


def punct(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a source string: layout marks removed."""
    return s.replace("|", "").replace("^", "").replace(CUT, "")


def credit(s: str) -> str:
    """A byline or dateline broken before 通讯员 keeps its space in gold."""
    return re.sub(r"(?<=[^\s|^])[|^](?=通讯员)", " ", s)


# ---------------------------------------------------------------- tokens
def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        m = HALF_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == "|":
        return 0
    if tok == " ":
        return 0.5
    if len(tok) > 1 or ord(tok[0]) < 128:
        return 0.5 * len(tok)
    return 1.0


def is_half(tok: str) -> bool:
    return bool(HALF_RUN.fullmatch(tok)) and any(c.isalnum() for c in tok)


def render_compact(toks, rng, gap):
    """A column line as the extraction prints it: spaces around number runs,
    now and then a glyph gap before 、 or %."""
    out = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        if t == " ":
            out.append(" ")
            continue
        if is_half(t) and prev not in (None, " ") and prev not in NO_SPACE_BEFORE \
                and prev not in NO_SPACE_AFTER and not is_half(prev):
            if not (out and out[-1].endswith(" ")):
                out.append(" ")
                FLOW["space before a number run"] += 1
        if t in "、，" and prev and prev != " " and rng.random() < gap:
            out.append(" ")
            FLOW["glyph-gap space before 、 or ，"] += 1
        if is_half(t) and t.endswith("%") and len(t) > 1 and rng.random() < 0.2:
            t = t[:-1] + " %"
            FLOW["glyph-gap space before %"] += 1
        out.append(t)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if is_half(t) and nxt not in (None, " ") and nxt not in NO_START \
                and not is_half(nxt) and rng.random() < 0.6:
            out.append(" ")
            FLOW["space after a number run"] += 1
    return "".join(out)


def render_spread(toks):
    """A justified line that fell an em or more short: the extraction spreads
    every glyph gap into a space, except beside full-width punctuation."""
    out = []
    for i, t in enumerate(toks):
        if t == " ":
            continue
        if out:
            prev = toks[i - 1]
            if prev not in NO_SPACE_AFTER and t not in NO_SPACE_BEFORE:
                out.append(" ")
        out.append(t)
    return "".join(out)


def flow(text: str, w: float, rng, gap=0.03, indent=2.0):
    """Break one paragraph into printed column lines of w em."""
    toks = [t for t in tokens(text)]
    lines, cur, cw, first = [], [], 0.0, True
    room = w - indent
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "|":                       # forced break (date, names …)
            lines.append((cur, False))
            cur, cw, room = [], 0.0, w
            i += 1
            continue
        tw = width(t)
        if cur and cw + tw > room and t not in NO_START:
            while cur and cur[-1] in NO_END:   # an opening mark goes down
                i -= 1
                cw -= width(cur.pop())
            if cur and cur[-1] == " ":
                cur.pop()
            lines.append((cur, room - cw >= 1.0))
            cur, cw, room = [], 0.0, w
            continue
        if t == " " and not cur:
            i += 1
            continue
        cur.append(t)
        cw += tw
        i += 1
    if cur:
        lines.append((cur, False))
    out = []
    for toks_l, short in lines:
        if short and len([t for t in toks_l if t != " "]) > 4:
            out.append(render_spread(toks_l))
        else:
            out.append(render_compact(toks_l, rng, gap))
    return [o for o in out if o.strip()]


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, src: dict, name: str):
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(name)
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta.get("layout", "column")
        self.width = float(self.meta.get("width", 17))
        self.lines: list[str] = []       # printed lines, "" = blank
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.group: list[str] | None = None
        self.cursor = Counter()
        self.printed_parts = Counter()
        self.started = set()
        self.first = {}                  # article id -> line of its first printed piece
        self.stats = Counter()
        self.segments = {}
        for aid, a in src["arts"].items():
            body = "\n".join(a["body"])
            self.segments[aid] = punct(body, self.mode).split(CUT)

    # output helpers
    def emit(self, text: str, tight=False):
        if self.lines and not tight:
            self.lines.append("")
        self.lines.append(text)

    def end_group(self):
        if self.group:
            self.extras.append("".join(self.group))
        self.group = None

    def P(self, s: str) -> str:
        return punct(s, self.mode)

    # commands
    def cmd_x(self, arg: str, tight: bool):
        if self.group is None:
            self.group = []
        self.group.append(re.sub(r"\s+", "", arg))
        self.emit(arg, tight)
        self.stats["furniture lines (masthead, boxes)"] += 1

    def part_text(self, a, key):
        return self.P(a[key])

    def cmd_h(self, aid: str, spec: str):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        keymap = {"c": "c", "k": "k", "t": "t", "s": "s", "b": "b", "T": "t"}
        items = re.findall(r"([+_ ]?)([cktsbT])", spec)
        line, first = None, True
        for sep, key in items:
            txt = self.part_text(a, keymap[key])
            if not txt:
                continue
            self.printed_parts[(aid, key.lower())] += 1
            if key == "T":           # headline drawn twice on one line
                pieces = [txt.replace("|", "").replace("^", "")] * 2
                self.dups.append(clean(txt))
                self.stats["headline doubled on one line"] += 1
                txt = "".join(pieces)
            elif self.printed_parts[(aid, key)] > 1:
                self.dups.append(clean(txt))
                self.stats["headline line printed twice"] += 1
            if sep == "_" and line is not None:
                self.lines[-1] += " " + clean(txt)
                self.stats["headline parts run on one line"] += 1
                continue
            sub = re.split(r"[|^]", txt)
            tight = sep == "+"
            if "|" in txt:
                self.stats["headline broken over lines"] += 1
            for j, piece in enumerate(sub):
                self.emit(piece, tight=(tight and not first) if j == 0 else True)
            line, first = True, False
        if items and items[0][1] == "c" and a["c"]:
            self.stats["column label before headline"] += 1
        elif a["c"] and "c" in spec:
            self.stats["column label after headline/body"] += 1

    def cmd_b(self, aid: str, tight=False):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        txt = self.P(a["b"])
        blocks = txt.split("^")
        for bi, blk in enumerate(blocks):
            for j, piece in enumerate(blk.split("|")):
                self.emit(piece.strip(), tight=(j > 0) or (tight and bi == 0))
        if "|" in txt or "^" in txt:
            self.stats["byline broken over lines"] += 1
        self.stats["byline on its own line"] += 1

    def body_text(self, aid: str) -> str:
        a = self.src["arts"][aid]
        i = self.cursor[aid]
        if i >= len(self.segments[aid]):
            raise SystemExit(f"{aid}: no body segment left")
        self.cursor[aid] += 1
        seg = self.segments[aid][i]
        if i > 0:
            self.stats["story cut and resumed"] += 1
        return seg

    def cmd_p(self, aid: str, opts: list[str]):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        seg = self.body_text(aid)
        first = aid not in self.started
        self.started.add(aid)
        paras = seg.split("\n")
        cont_para = not first and not seg.startswith("\n") and self.cursor[aid] > 1
        prefix = ""
        if "m" in opts:
            prefix = self.P(a["jp"])
            self.extras.append(re.sub(r"\s+", "", prefix))
            self.stats["jump marker"] += 1
        if first and a["d"]:
            d = self.P(a["d"])
            prefix += d
            if "|" in d:
                self.stats["line break inside dateline"] += 1
        w = float(a["w"] or self.width)
        if "w" in a and any(o.startswith("w=") for o in opts):
            w = float([o for o in opts if o.startswith("w=")][0][2:])
        lead = " " if (first and "lead" in opts) else ""
        if lead:
            self.stats["leading space on a story's first line"] += 1
        for k, para in enumerate(paras):
            if para == "":
                continue
            text = para[3:] if para.startswith("## ") else para
            if para.startswith("## "):
                self.stats["crosshead"] += 1
            if k == 0:
                text = prefix + text
            if self.layout == "paragraph":
                parts = text.split("|")
                for j, piece in enumerate(parts):
                    self.emit(lead + piece if (k == 0 and j == 0) else piece,
                              tight=j > 0)
            else:
                indent = 0.0 if (k == 0 and cont_para) else 2.0
                if para.startswith("## "):
                    self.emit(text)
                    continue
                ls = flow(text, w, self.rng, indent=indent)
                for j, l in enumerate(ls):
                    self.emit((lead + l) if (k == 0 and j == 0) else l)
                    if "  " not in l and re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", l):
                        self.stats["justified line spread with spaces"] += 1

    def cmd_ph(self, aid: str, opts: list[str]):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        first = aid not in self.started
        self.started.add(aid)
        seg = self.body_text(aid)
        cap = [p for p in seg.split("\n") if p]
        credit = self.P(a["b"]).replace("|", "").replace("^", "")
        w = 0
        for o in opts:
            if o.startswith("w="):
                w = int(o[2:])
        out = []
        for c in cap:
            if w:
                while len(c) > w:
                    out.append(c[:w])
                    c = c[w:]
            out.append(c)
        if credit and "r" in opts:
            for l in out:
                self.emit(l)
            self.emit(" " * (24 + self.rng.randrange(12)) + credit)
            self.stats["credit right-aligned on its own line"] += 1
        elif credit and "n" not in opts:
            out[-1] = out[-1] + " " + credit
            for l in out:
                self.emit(l)
            self.stats["credit at the end of the caption"] += 1
        else:
            for l in out:
                self.emit(l)
        self.stats["photo caption"] += 1

    def cmd_cr(self, aid: str):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        self.emit(" " * (20 + self.rng.randrange(10)) + self.P(a["b"]))
        self.stats["credit right-aligned on its own line"] += 1

    def cmd_m(self, aid: str):
        self.first.setdefault(aid, len(self.lines))
        a = self.src["arts"][aid]
        m = self.P(a["jp"])
        self.emit(m)
        self.extras.append(re.sub(r"\s+", "", m))
        self.stats["jump marker"] += 1

    def cmd_dup(self, n: int):
        text = [l for l in self.lines if l.strip()][-n:]
        for l in text:
            self.emit(l)
            self.dups.append(re.sub(r"\s+", "", l))
        self.stats["line printed twice"] += len(text)

    def run(self):
        for cmd in self.src["layout"]:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op not in ("x", "x+"):
                self.end_group()
            if op in ("x", "x+"):
                self.cmd_x(rest, tight=op == "x+")
            elif op == "h":
                self.cmd_h(args[0], rest[len(args[0]):].strip() or "kts")
            elif op in ("b", "b+"):
                self.cmd_b(args[0], tight=op == "b+")
            elif op == "p":
                self.cmd_p(args[0], args[1:])
            elif op == "ph":
                self.cmd_ph(args[0], args[1:])
            elif op == "cr":
                self.cmd_cr(args[0])
            elif op == "m":
                self.cmd_m(args[0])
            elif op == "dup":
                self.cmd_dup(int(args[0]))
            elif op == "gap":
                self.lines.append("")
            else:
                raise SystemExit(f"unknown layout command {cmd!r}")
        self.end_group()
        for aid in self.src["order"]:
            if self.cursor[aid] != len(self.segments[aid]):
                raise SystemExit(f"{aid}: {len(self.segments[aid]) - self.cursor[aid]} "
                                 f"body segment(s) never laid out")
        return "\n".join(self.lines) + "\n"

    def gold(self, name: str) -> dict:
        arts = []
        order = sorted(self.src["order"], key=lambda x: (self.first.get(x, 10**9),
                                                       self.src["order"].index(x)))
        for aid in order:
            a = self.src["arts"][aid]
            body = clean("".join(self.segments[aid]))
            paras, subs = [], []
            for p in body.split("\n"):
                if not p:
                    continue
                if p.startswith("## "):
                    subs.append(p[3:])
                    p = p[3:]
                paras.append(re.sub(f"(?<=[{CJKP}])\\s+(?=[{CJKP}])", "", p))
            g = {"kind": a["kind"], "column": clean(self.P(a["c"])),
                 "kicker": clean(self.P(a["k"])), "title": clean(self.P(a["t"])),
                 "subtitle": clean(self.P(a["s"])), "byline": clean(credit(self.P(a["b"]))),
                 "dateline": clean(credit(self.P(a["d"]))), "continued": clean(self.P(a["j"])),
                 "subheads": subs, "paragraphs": paras}
            arts.append(g)
        m = self.meta
        return {"source": name, "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, totals = [], Counter()
    for i, sf in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(sf.read_text(encoding="utf-8"))
        pg = Page(src, sf.name)
        FLOW.clear()
        text = pg.run()
        pg.stats.update(FLOW)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}.txt"
        (PAGES / name).write_text(text, encoding="utf-8")
        gold = pg.gold(name)
        (GOLD / name.replace(".txt", ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        totals.update(pg.stats)
        m = src["meta"]
        rows.append(f"| `{name}` | {m['date']} | {m['pageno']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(gold['articles'])} | {nows(text)} | "
                    f"{m.get('subjects', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(totals.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
