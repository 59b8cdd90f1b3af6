#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py      writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every small choice (spaces around a number run, a
justified line, a glyph gap) comes from random.Random seeded by the source
file name, so a rebuild is byte-for-byte identical.

Source format: see README.in ("The source format").
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")

CUT = "¦"        # a cut inside the body: the next `body` command prints from here
BRK = "⏎"        # a forced line break (layout only, removed from the gold text)
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued", "subheads", "paragraphs")
CLOSING = set("，。、；：？！”’）》…%,.;:?!)」』】")
OPENING = set("“‘（《「『【(")
PUNCT = CLOSING | OPENING | set("·—")

# Measured on the column-layout seeds 000 and 004 (see `measure_seeds` and the
# README): share of digit runs set off by a space from the Chinese text beside them
# (69 of 84 in 000, 70 of 86 in 004), share of full lines spread by justification
# although they do fill the measure (lines holding two or more compressed marks).
P_NUMBER_SPACE = 0.8
P_SPREAD_FULL = 0.25
P_GLYPH_GAP = 0.04
P_QUOTE_SPACE = 0.15


# --------------------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page: dict = {"arts": OrderedDict(), "layout": []}
    sect = None
    art = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("//"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@art "):
            _, aid, kind = line.split()[:3]
            art = {"id": aid, "kind": kind, "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "paras": [], "in_text": False}
            page["arts"][aid] = art
            sect = "art"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if not line.strip():
            continue
        if sect == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif sect == "art":
            if art["in_text"]:
                art["paras"].append(line.strip())
            elif line.strip() == "text:":
                art["in_text"] = True
            else:
                k, _, v = line.partition(":")
                k = k.strip()
                if k not in art:
                    raise SystemExit(f"{path.name}: unknown field {k!r}")
                art[k] = v.strip()
        elif sect == "layout":
            page["layout"].append(line.strip())
    return page


def convert(s: str, style: str) -> str:
    """Punctuation width of the page: full, mixed (full commas, half brackets), half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    return s.replace(CUT, "").replace(BRK, "")


# --------------------------------------------------------------------------- layout
class Layout:
    def __init__(self, name: str, page: dict):
        self.name = name
        self.page = page
        self.rng = random.Random(name)
        self.style = page.get("punct", "full")
        self.out: list[tuple[str, str]] = []      # (separator before, line)
        self.pending_sep = None
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.chunks: dict[str, list] = {}
        self.next_chunk: Counter = Counter()
        self.heads_done: set = set()
        self.body_started: set = set()
        self.last_head = False

    # ---- emission
    def emit(self, text: str, sep: str | None = None):
        if sep is None:
            sep = "\n\n"
        if self.pending_sep is not None:
            sep = self.pending_sep
            self.pending_sep = None
        self.out.append((sep, text))

    def render(self) -> str:
        parts = []
        for i, (sep, text) in enumerate(self.out):
            parts.append(text if i == 0 else sep + text)
        body = "".join(parts)
        if self.is_column:
            return " " + body + "\n\n\n"
        return "\n\n" + body

    @property
    def is_column(self) -> bool:
        return self.layout_kind == "column"

    # ---- article text
    def prepare(self):
        self.layout_kind = self.page["layout_kind"]
        for aid, a in self.page["arts"].items():
            paras = [convert(p, self.style) for p in a["paras"]]
            paras = [p[3:] if p.startswith(">> ") else p for p in paras]
            dl = convert(a["dateline"], self.style)
            chunks: list[list] = [[]]
            for i, p in enumerate(paras):
                t = (dl + p) if (i == 0 and dl) else p
                segs = t.split(CUT)
                for k, s in enumerate(segs):
                    if k > 0:
                        chunks.append([])
                        self.count["body cut inside a paragraph"] += 1
                    if s:
                        chunks[-1].append((s, k == 0, k == len(segs) - 1))
            self.chunks[aid] = [c for c in chunks if c]

    def field(self, aid: str, f: str) -> str:
        a = self.page["arts"][aid]
        if f == "paras_0":
            return convert(clean(a["paras"][0]), self.style)
        return convert(a[f], self.style)

    # ---- column flow
    @staticmethod
    def tokens(s: str) -> list[str]:
        return re.findall(r"[0-9A-Za-z.%+\-/]+|" + BRK + r"|.", s)

    @staticmethod
    def width(tok: str) -> float:
        return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)

    def flow(self, text: str, cap: float, indent: bool, final: bool) -> list[str]:
        toks = self.tokens(text)
        lines: list[tuple[list, float, bool]] = []   # tokens, slack, forced/final
        cur: list[str] = []
        w = 0.0
        first = indent
        hanging = False
        for tok in toks:
            limit = cap - (2 if first else 0)
            if tok == BRK:
                lines.append((cur, 0.0, True))
                cur, w, first, hanging = [], 0.0, False, False
                self.count["forced line break (dateline, byline)"] += 1
                continue
            tw = self.width(tok)
            if w + tw <= limit:
                cur.append(tok)
                w += tw
                continue
            if tok in CLOSING and cur and (w + tw <= limit + 1 or hanging):
                cur.append(tok)                                # hanging punctuation
                w += tw
                hanging = True
                continue
            carry = []
            while cur and cur[-1] in OPENING:                 # no opening mark at a line end
                carry.insert(0, cur.pop())
                w -= 1.0
            if tok in CLOSING and cur:                         # no closing mark at a line start
                carry.insert(0, cur.pop())
                w -= self.width(carry[0])
            lines.append((cur, max(0.0, limit - w), False))
            hanging = False
            cur = carry + [tok]
            w = sum(self.width(t) for t in cur)
            first = False
        if cur:
            lines.append((cur, 0.0, final))
        out = []
        for i, (toks_, slack, last) in enumerate(lines):
            is_last = last or (i == len(lines) - 1 and final)
            out.append(self.render_line(toks_, slack, is_last).rstrip())
        return out

    def render_line(self, toks: list[str], slack: float, last: bool) -> str:
        mid_punct = sum(1 for t in toks[:-1] if t in "，。、；：")
        spread = False
        if not last and slack >= 1.0:
            spread = True
        elif not last and mid_punct >= 2 and self.rng.random() < P_SPREAD_FULL:
            spread = True
        if spread:
            self.count["justified line spread with spaces"] += 1
            s = ""
            for i, t in enumerate(toks):
                if i and not (toks[i - 1] in PUNCT and toks[i - 1] not in "“‘") \
                        and t not in "》）”’":
                    s += " "
                s += t
            return s
        s = ""
        for i, t in enumerate(toks):
            isnum = bool(re.match(r"[0-9A-Za-z]", t))
            if isnum and i > 0 and self.rng.random() < P_NUMBER_SPACE:
                s += " "
                self.count["space beside a number run"] += 1
            if t in "，、。；：" and i > 0 and self.rng.random() < P_GLYPH_GAP:
                s += " "
                self.count["glyph-gap space before a full-width mark"] += 1
            if isnum and t.endswith("%") and len(t) > 1 and self.rng.random() < 0.2:
                t = t[:-1] + " %"
                self.count["glyph-gap space before %"] += 1
            s += t
            if t == "“" and i < len(toks) - 1 and self.rng.random() < P_QUOTE_SPACE:
                s += " "
                self.count["space after an opening quote"] += 1
            if isnum and i < len(toks) - 1 and toks[i + 1] not in CLOSING \
                    and self.rng.random() < P_NUMBER_SPACE:
                s += " "
        return s

    # ---- commands
    def run(self):
        self.prepare()
        bunch = 0
        for cmd in self.page["layout"]:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            kw = dict(a.split("=", 1) for a in args if "=" in a and not a.startswith("pre="))
            if "pre=" in rest:
                kw["pre"] = rest.split("pre=", 1)[1]
                args = rest.split("pre=", 1)[0].split()
            pos = [a for a in args if "=" not in a]
            if op == "head":
                bunch += 1
                if bunch == 2:
                    self.count["headlines bunched with another story's"] += 1
            else:
                bunch = 0
            getattr(self, "op_" + op)(pos, kw)
        for aid, ch in self.chunks.items():
            if self.next_chunk[aid] != len(ch):
                raise SystemExit(f"{self.name}: {aid} body printed {self.next_chunk[aid]}"
                                 f" of {len(ch)} pieces")

    def op_mast(self, pos, kw):
        text = " ".join(pos)
        pieces = re.split(r"([|^])", text)
        first = True
        sep = None
        joined = ""
        for p in pieces:
            if p in "|^" and p:
                sep = "\n\n" if p == "|" else "\n"
                continue
            self.emit(p, None if first else sep)
            joined += p
            first = False
            self.count["masthead piece"] += 1
        self.extras.append(joined)

    def op_box(self, pos, kw):
        text = " ".join(pos)
        parts = text.split("|")
        for p in parts:
            self.emit(p)
        self.extras.append("".join(parts))
        self.count["box line (countdown, code prompt, framed label)"] += len(parts)

    def op_blank(self, pos, kw):
        self.pending_sep = "\n" * (2 + int(pos[0]))

    def op_mark(self, pos, kw):
        self.emit(" ".join(pos))
        self.count["jump marker"] += 1

    def op_col(self, pos, kw):
        self.emit(self.field(pos[0], "column"))
        self.count["column label line"] += 1

    def op_byline(self, pos, kw):
        text = self.field(pos[0], "byline")
        for i, p in enumerate(text.split(BRK)):
            self.emit(p)
        if BRK in text:
            self.count["line break inside a byline"] += 1

    def op_head(self, pos, kw):
        aid = pos[0]
        order = pos[1] if len(pos) > 1 and pos[1] not in ("one", "double", "twice") else "kts"
        mode = [p for p in pos[1:] if p in ("one", "double", "twice")]
        a = {k: self.field(aid, f) for k, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle"))}
        parts = [a[c] for c in order if a[c]]
        inner = "\n" if not self.is_column else "\n\n"
        if aid in self.body_started:
            self.count["headline printed after its body"] += 1
        if "one" in mode:
            self.emit(" ".join(clean(p) for p in parts))
            self.count["headline stack on one line"] += 1
        else:
            for c in order:
                p = a[c]
                if not p:
                    continue
                lines = p.split(BRK)
                if len(lines) > 1:
                    self.count["headline part broken over lines"] += 1
                for j, ln in enumerate(lines):
                    if c == "t" and "double" in mode:
                        self.emit(ln + " " + ln, None if j == 0 else inner)
                        self.dups.append(ln)
                        self.count["headline drawn twice on one line"] += 1
                    else:
                        self.emit(ln, None if j == 0 else inner)
                if c == "t" and "twice" in mode:
                    for ln in lines:
                        self.emit(ln)
                    self.dups.append("".join(lines))
                    self.count["headline printed on two identical lines"] += 1
        self.heads_done.add(aid)

    def op_body(self, pos, kw):
        aid = pos[0]
        k = self.next_chunk[aid]
        chunk = self.chunks[aid][k]
        self.next_chunk[aid] += 1
        self.body_started.add(aid)
        pre = kw.get("pre", "")
        lines: list[str] = []
        if self.is_column:
            cap = float(kw.get("w", self.page.get("width", 17)))
            for s, starts, ends in chunk:
                lines += self.flow(s, cap, indent=starts, final=ends)
        else:
            for s, starts, ends in chunk:
                lines += s.split(BRK)
        if pre:
            lines[0] = pre + lines[0]
            self.count["jump marker"] += 1
        for ln in lines:
            self.emit(ln)

    def op_dup(self, pos, kw):
        sep, text = self.out[-1]
        self.emit(text)
        self.dups.append(text)
        self.count["line printed twice"] += 1

    def op_photo(self, pos, kw):
        ids = [p for p in pos if p != "right"]
        if "right" in pos:
            aid = ids[0]
            self.emit(self.field(aid, "paras_0"))
            self.emit(" " * 40 + self.field(aid, "byline"))
            self.count["credit right-aligned on its own line"] += 1
            self.next_chunk[aid] = len(self.chunks[aid])
            return
        texts = []
        for aid in ids:
            cap = self.field(aid, "paras_0")
            cr = self.field(aid, "byline")
            texts.append(cap + (" " + cr if cr else ""))
        self.emit("    ".join(texts))
        if len(ids) > 1:
            self.count["two photo captions side by side"] += 1
        for aid in ids:
            self.next_chunk[aid] = len(self.chunks[aid])

    def op_extra(self, pos, kw):
        text = " ".join(pos)
        self.emit(text)
        self.extras.append(text)


# --------------------------------------------------------------------------- gold
def gold_article(a: dict, style: str) -> dict:
    paras = [convert(clean(p), style) for p in a["paras"]]
    subheads = [p[3:] for p in paras if p.startswith(">> ")]
    paras = [p[3:] if p.startswith(">> ") else p for p in paras]
    g = OrderedDict()
    for f in FIELDS:
        if f == "subheads":
            g[f] = subheads
        elif f == "paragraphs":
            g[f] = paras
        elif f in ("byline", "dateline"):
            # a printed line break between two names (or before 通讯员) reads as a space
            g[f] = convert(clean(re.sub(r"(?<=[^\d\s])" + BRK + r"(?=[^\d\s])", " ", a[f])),
                           style)
        else:
            g[f] = convert(clean(a[f]), style)
    return g


def compose_one(src: Path) -> dict:
    page = parse_source(src)
    meta = {k: v for k, v in page.items() if k not in ("arts", "layout")}
    page["layout_kind"] = meta["kind"]
    lay = Layout(src.name, page)
    lay.run()
    text = lay.render()
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    name = f"{meta['no']}_{digest}"
    gold = OrderedDict()
    gold["source"] = name + ".txt"
    gold["issue_date"] = meta["date"]
    gold["issue_number"] = int(meta["issue"]) if meta.get("issue") else None
    gold["page_count"] = int(meta["pages"]) if meta.get("pages") else None
    gold["articles"] = [gold_article(a, lay.style) for a in page["arts"].values()]
    gold["extras"] = lay.extras
    gold["duplicates"] = lay.dups
    return {"name": name, "text": text, "gold": gold, "meta": meta, "count": lay.count,
            "src": src.name}


# --------------------------------------------------------------------------- seeds
def measure_seeds() -> dict:
    """Line measures and spacing habits of the two column-layout seeds."""
    res = {}
    for f in sorted(SEEDS.glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        lines = [ln for ln in t.split("\n") if ln.strip()]
        if len(lines) < 300:          # the paragraph layout prints a paragraph a line
            res[f.name[:3]] = {"layout": "paragraph", "lines": len(lines),
                               "blank_between": t.count("\n\n")}
            continue
        hist = Counter()
        for ln in lines:
            w = sum(0.5 if ord(c) < 128 else 1.0 for c in ln if c != " ")
            hist[int(w)] += 1
        spread = sum(1 for ln in lines if re.search(r"\S \S \S \S \S", ln) and len(ln) < 90)
        nsp = len(re.findall(r"[\u4e00-\u9fff，] \d", t))
        nno = len(re.findall(r"[\u4e00-\u9fff，]\d", t))
        res[f.name[:3]] = {"layout": "column", "lines": len(lines),
                           "widths": [w for w, n in sorted(hist.items()) if n >= 20],
                           "spread": spread, "number_spaced": nsp, "number_bare": nno}
    return res


# --------------------------------------------------------------------------- main
def build() -> dict[str, str]:
    """Every generated file, path relative to HERE -> content."""
    files: dict[str, str] = {}
    results = [compose_one(p) for p in sorted((HERE / "src").glob("p*.txt"))]
    total = Counter()
    rows = []
    for r in results:
        files[f"pages/{r['name']}.txt"] = r["text"]
        files[f"gold/{r['name']}.json"] = json.dumps(r["gold"], ensure_ascii=False,
                                                      indent=1) + "\n"
        total.update(r["count"])
        m = r["meta"]
        chars = len(re.sub(r"\s", "", r["text"]))
        rows.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['kind']} | "
                    f"{m.get('punct', 'full')} | {len(r['gold']['articles'])} | {chars} | "
                    f"{m.get('subjects', '')} |")
    phen = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items()):
        phen.append(f"| {k} | {v} |")
    pages = ["| file | issue date | page | layout | punctuation | articles | characters"
             " | subjects |", "|---|---|---|---|---|---|---|---|"] + rows
    meas = measure_seeds()
    mrows = ["| seed | layout | non-empty lines | measures holding >= 20 lines (em) |"
             " spread lines | digit runs spaced / bare |", "|---|---|---|---|---|---|"]
    for k, v in meas.items():
        if v["layout"] == "column":
            mrows.append(f"| {k} | column | {v['lines']} | {', '.join(map(str, v['widths']))}"
                         f" | {v['spread']} | {v['number_spaced']} / {v['number_bare']} |")
        else:
            mrows.append(f"| {k} | paragraph | {v['lines']} | (a paragraph a line) | - | - |")
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = (tmpl.replace("{{PHENOMENA}}", "\n".join(phen))
                          .replace("{{PAGES}}", "\n".join(pages))
                          .replace("{{MEASURES}}", "\n".join(mrows)))
    return files


def main() -> int:
    files = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for old in (HERE / d).iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
