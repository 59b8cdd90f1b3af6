#!/usr/bin/env python3
"""Lay out the hand-written page sources src/pNN.txt into raw pages, gold and README.

    python3 compose.py

Standard library only. Every small choice comes from random.Random(<source file name>),
so the output is the same byte for byte on every run.
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

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
KINDS = {"news", "commentary", "feature", "photo", "continuation", "other"}
NO_START = set("，。、；：？！）》”’,.;:?!)%")       # may not begin a printed line
NO_END = set("“‘（《(")                            # may not end a printed line
CLOSE = set("，。、；：？！）》”’,;:?!)")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
FORCED = "¦"       # forced line break (column break) - not part of the text
CUT = "‖"          # segment cut: the text after it is printed by the next `t` of the article

# ---------------------------------------------------------------- source parsing


def parse(path: Path) -> dict:
    page = {"name": path.name, "meta": {}, "arts": {}, "order": [], "layout": []}
    sect = None
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]\s*", ln)
        if m:
            sect = m.group(1)
            if sect not in ("page", "layout"):
                page["arts"][sect] = {"id": sect, "paras": [], "subheads": []}
                page["order"].append(sect)
            continue
        if sect == "page":
            k, v = ln.split(":", 1)
            page["meta"][k.strip()] = v.strip()
        elif sect == "layout":
            page["layout"].append(ln.strip())
        else:
            a = page["arts"][sect]
            k, v = ln.split(":", 1)
            k, v = k.strip(), v.strip()
            if k == "p":
                a["paras"].append(v)
            elif k == "s":                 # in-body section heading (crosshead)
                a["paras"].append(v)
                a["subheads"].append(v)
            else:
                a[k] = v
    for a in page["arts"].values():
        assert a.get("kind") in KINDS, (path.name, a["id"])
    return page


# ---------------------------------------------------------------- punctuation styles

def style(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    s = re.sub(CUT + r"(⟨\w+⟩)?", "", s)
    return s.replace(FORCED, "")


# ---------------------------------------------------------------- rendering helpers

def em(ch: str) -> float:
    return 0.5 if ord(ch) < 128 else 1.0


def tokens(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9.%+\-/:,;()]+|\s|.", s)


def wrap(s: str, width: float) -> list[str]:
    """Greedy em-width wrap; ASCII runs stay whole, closing punctuation hangs."""
    lines, cur, w = [], "", 0.0
    for t in tokens(s):
        tw = sum(em(c) for c in t)
        if w + tw > width and cur.strip() and not (t[0] in NO_START and len(t) == 1):
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur.rstrip())
            t = carry + t
            cur, w = ("" if t == " " else t), (0.0 if t == " " else sum(em(c) for c in t))
        else:
            cur += t
            w += tw
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def wrap_dateline(s: str, width: float) -> list[str]:
    """A dateline breaks at its spaces (between names, before 通讯员) when it must."""
    words = s.split(" ")
    lines, cur = [], ""
    for wd in words:
        cand = (cur + " " + wd) if cur else wd
        if sum(em(c) for c in cand) > width and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = cand
    lines.append(cur)
    return lines


class Page:
    def __init__(self, src: dict):
        self.src = src
        self.meta = src["meta"]
        self.rng = random.Random(src["name"])
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.width = float(self.meta.get("width", 17))
        self.numsp = float(self.meta.get("numsp", 0.6 if self.layout == "column" else 0.0))
        self.spread = float(self.meta.get("spread", 0.06 if self.layout == "column" else 0.0))
        self.gap = float(self.meta.get("gap", 0.03 if self.layout == "column" else 0.0))
        self.lines: list[dict] = []          # {"raw", "clean", "tight"}
        self.extras, self.dups = [], []
        self.markers: dict[str, list[str]] = {}
        self.stats = Counter()
        self.seg_pos: dict[str, int] = {}
        self.dl_done: set[str] = set()
        self.head_done: set[str] = set()
        self.body_seen: set[str] = set()
        self.inline_prefix: dict[str, str] = {}
        self.last_cmd = ""
        # styled article fields
        self.arts = {}
        for aid in src["order"]:
            a = src["arts"][aid]
            b = {f: style(a.get(f, ""), self.mode) for f in FIELDS}
            b["kind"] = a["kind"]
            b["paras"] = [style(p, self.mode) for p in a["paras"]]
            b["subheads"] = [style(p, self.mode) for p in a["subheads"]]
            b["segments"] = self.segments(b["paras"])
            self.arts[aid] = b

    # a segment = list of paragraph pieces; a piece is (text, is_paragraph_start, is_paragraph_end)
    def segments(self, paras):
        segs, cur = [], []
        for p in paras:
            parts = re.split(CUT + r"(?:⟨(\w+)⟩)?", p)
            texts = parts[0::2]
            tags = parts[1::2]
            for i, t in enumerate(texts):
                if t:
                    cur.append((t, i == 0, i == len(texts) - 1))
                if i < len(texts) - 1:
                    segs.append(cur)
                    cur = []
                    self.count_cut(texts[i], texts[i + 1], tags[i])
        if paras and paras[-1] == "‖":
            pass
        segs.append(cur)
        return segs

    def count_cut(self, before, after, tag):
        if not before.strip() or not after.strip():
            self.stats["cut between paragraphs"] += 1
            return
        b, a = before[-1], (after[:1] or " ")
        if tag:
            kind = {"name": "cut inside a name", "quote": "cut inside a quoted term",
                    "word": "cut inside a word",
                    "unit": "cut between a figure and its unit"}.get(tag, "cut " + tag)
        elif b.isdigit() and CJK_RE.match(a):
            kind = "cut between a figure and its unit"
        elif CJK_RE.match(b) and a.isdigit():
            kind = "cut between a verb and its figure"
        elif before.count("“") > before.count("”"):
            kind = "cut inside a quoted term"
        elif b in "，。；：、,;:":
            kind = "cut after punctuation"
        else:
            kind = "cut inside a word"
        self.stats[kind] += 1

    # ------------------------------------------------------------ line output
    def emit(self, raw, cleantext=None, tight=False):
        raw = raw.rstrip()
        self.lines.append({"raw": raw, "clean": raw if cleantext is None else cleantext,
                           "tight": tight})

    def decorate(self, line: str, final: bool) -> str:
        """PDF-extraction spacing on one printed column line."""
        rng = self.rng
        if not final and len(line) > 6 and rng.random() < self.spread:
            self.stats["justified line spread with spaces"] += 1
            toks = tokens(line)
            toks = [t for t in toks if t != " "]
            loose = rng.random() < 0.5
            out = ""
            for i, t in enumerate(toks):
                out += t
                if i + 1 < len(toks):
                    nxt = toks[i + 1]
                    if t in CLOSE and t not in ")）":
                        continue
                    if not loose and nxt in CLOSE and CJK_RE.match(t[-1]):
                        continue
                    out += " "
            return out
        # spaces around number runs
        def numfix(m):
            s, st, en = m.group(0), m.start(), m.end()
            pre = line[st - 1] if st else ""
            post = line[en] if en < len(line) else ""
            if rng.random() >= self.numsp:
                return s
            self.stats["spaces around a number run"] += 1
            left = " " if pre and CJK_RE.match(pre) else ""
            right = " " if post and (CJK_RE.match(post)) else ""
            return left + s + right
        line = re.sub(r"(?<![A-Za-z0-9.])[0-9][0-9.]*(?![0-9.])", numfix, line)
        if "%" in line and rng.random() < self.gap * 10:
            line = line.replace("%", " %", 1)
            self.stats["glyph gap before %"] += 1
        if rng.random() < self.gap * 3:
            idx = [i for i, c in enumerate(line) if c in "、，；" and i > 0]
            if idx:
                i = rng.choice(idx)
                line = line[:i] + " " + line[i:]
                self.stats["glyph gap before full-width punctuation"] += 1
        if "“" in line and rng.random() < self.gap * 3:
            i = line.index("“")
            if i + 1 < len(line) and CJK_RE.match(line[i + 1]):
                line = line[:i + 1] + " " + line[i + 1:]
                self.stats["space after an opening quote"] += 1
        return re.sub(r"  +", " ", line)

    def put_text(self, text, width, first_prefix=""):
        """Print one paragraph piece in the column layout (forced breaks honoured)."""
        chunks = text.split(FORCED)
        if len(chunks) > 1:
            self.stats["paragraph split by a column break (nothing between)"] += len(chunks) - 1
        for ci, ch in enumerate(chunks):
            ls = wrap(ch, width) if ch else []
            for i, l in enumerate(ls):
                final = (i == len(ls) - 1)
                self.emit(self.decorate(l, final), l)

    # ------------------------------------------------------------ commands
    def cmd(self, line: str):
        parts = line.split()
        op, args = parts[0], parts[1:]
        opts = {k: v for k, _, v in (x.partition("=") for x in args if "=" in x)}
        flags = {x for x in args if "=" not in x}
        aid = args[0] if args and args[0] in self.arts else None
        a = self.arts.get(aid) if aid else None
        width = float(opts.get("w", self.width))
        if op == "w":
            self.width = float(args[0])
        elif op == "x":                      # page furniture, pieces separated by |
            text = line[2:].strip()
            pieces = text.split("|")
            for i, p in enumerate(pieces):
                self.emit(p, tight=(i > 0 and self.layout == "para" and False))
            self.extras.append("".join(p.replace(" ", "") for p in pieces))
            kind = "masthead piece" if self.last_cmd.startswith("x") or "mast" in self.meta.get("x_is", "") else "box line"
            for p in pieces:
                if " " in p.strip() and re.search(r"\d", p):
                    self.stats["merged masthead piece"] += 1
            mast = re.compile(r"\d{4}年\d+月|^湖南日报$|HUNAN|第\d+号|今日\d+版|星期|机关报|刊号|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年")
            for p in pieces:
                if mast.search(p):
                    self.stats["masthead piece"] += 1
                else:
                    self.stats["box line (countdown, code prompt)"] += 1
        elif op == "h":                      # headline stack
            parts = [a[f] for f in ("kicker", "title", "subtitle") if a[f]]
            if aid in self.body_seen:
                self.stats["headline printed after its body"] += 1
            if self.last_cmd.startswith("h ") or self.last_cmd.startswith("h\t"):
                self.stats["headline bunched with another story's headline"] += 1
            self.head_done.add(aid)
            tight = "tight" in flags
            if "join" in flags:
                txt = " ".join(p.replace(FORCED, " ") for p in parts)
                self.emit(txt, txt)
                self.stats["headline stack joined on one line"] += 1
            else:
                first = True
                for p in parts:
                    for j, piece in enumerate(p.split(FORCED)):
                        if j:
                            self.stats["headline broken over lines"] += 1
                        self.emit(piece, piece, tight=tight and not first)
                        first = False
                        if "double" in flags and p == a["title"] and j == len(p.split(FORCED)) - 1:
                            pass
            if "double" in flags:            # title drawn twice on one line
                t = clean(a["title"])
                for ln in reversed(self.lines):
                    if clean(ln["clean"]) == t or ln["clean"] in t:
                        ln["raw"] = ln["raw"] + ln["raw"]
                        self.dups.append(ln["clean"])
                        break
                self.stats["headline doubled on one line"] += 1
            if "twice" in flags:
                t = a["title"].split(FORCED)[-1]
                self.emit(t, t, tight=tight)
                self.dups.append(t)
                self.stats["headline printed on two identical lines"] += 1
        elif op == "c":                      # column label
            self.emit(a["column"], a["column"])
            self.stats["column label line"] += 1
        elif op == "b":                      # byline on its own line(s)
            for i, piece in enumerate(a["byline"].split(FORCED)):
                self.emit(piece, piece, tight="tight" in flags and i > 0)
                if i:
                    self.stats["byline line break before 通讯员" if piece.startswith(("通讯员", "见习记者"))
                               else "byline line break between names"] += 1
        elif op == "d":                      # dateline on its own line(s)
            self.print_dateline(a, width)
            self.dl_done.add(aid)
        elif op == "m":                      # jump marker line
            txt = line.split(None, 2)[2]
            self.emit(txt, txt)
            self.markers.setdefault(aid, []).append(txt)
            self.stats["jump marker"] += 1
        elif op == "mi":                     # jump marker glued to the next text line
            txt = line.split(None, 2)[2]
            self.inline_prefix[aid] = txt
            self.markers.setdefault(aid, []).append(txt)
            self.stats["jump marker"] += 1
        elif op == "t":
            self.text(aid, a, width, flags)
        elif op == "ph":
            self.photo(aid, a, flags, opts)
        elif op == "dup":                    # the extraction printed the last line again
            ln = self.lines[-1]
            self.emit(ln["raw"], ln["clean"])
            self.dups.append(ln["clean"].replace(" ", "") if a is None else ln["clean"])
            self.stats["line printed twice"] += 1
        elif op == "blank":
            self.emit("", "")
        else:
            raise SystemExit(f"{self.src['name']}: unknown layout command {line!r}")
        self.last_cmd = line

    def count_dl_break(self, before: str, after: str):
        if after.startswith("通讯员"):
            self.stats["dateline line break before 通讯员"] += 1
        elif re.search(r"[0-9月]$", before.rstrip()) and "讯" in after or "电" in after[:6]:
            self.stats["dateline line break inside the date"] += 1
        elif "（" in before or "(" in before:
            self.stats["dateline line break between names"] += 1
        else:
            self.stats["dateline line break elsewhere"] += 1

    def dl_breaks(self, pieces):
        for x, y in zip(pieces, pieces[1:]):
            self.count_dl_break(x, y)

    def print_dateline(self, a, width):
        dl = a["dateline"]
        if FORCED in dl:
            self.dl_breaks(dl.split(FORCED))
        for piece in dl.split(FORCED):
            for l in (wrap_dateline(piece, width) if self.layout == "column" else [piece]):
                self.emit(self.decorate(l, True) if self.layout == "column" else l, l)

    def text(self, aid, a, width, flags):
        k = self.seg_pos.get(aid, 0)
        seg = a["segments"][k]
        self.seg_pos[aid] = k + 1
        self.body_seen.add(aid)
        prefix = self.inline_prefix.pop(aid, "")
        dl = ""
        if k == 0 and a["dateline"] and aid not in self.dl_done:
            dl = a["dateline"]
            self.dl_done.add(aid)
        if self.layout == "para":
            if k > 0 and self.last_cmd.split()[:2] == ["t", aid]:
                self.stats["paragraph split by a column break (nothing between)"] += 1
            for i, (t, start, end) in enumerate(seg):
                if i == 0:
                    t = prefix + dl.replace(FORCED, "") + t
                for piece in t.split(FORCED):
                    self.emit(piece, piece)
                if FORCED in t:
                    self.stats["paragraph split by a column break (nothing between)"] += t.count(FORCED)
            return
        for i, (t, start, end) in enumerate(seg):
            if i == 0 and dl:
                # the dateline runs into the first paragraph; it breaks at spaces
                dls = dl.split(FORCED)
                head = dls[:-1]
                for h in head:
                    for l in wrap_dateline(h, width):
                        self.emit(self.decorate(l, True), l)
                last = dls[-1]
                wl = wrap_dateline(last, width)
                for l in wl[:-1]:
                    self.emit(self.decorate(l, True), l)
                t = wl[-1] + t
                allp = []
                for h in head:
                    allp += wrap_dateline(h, width)
                allp += wl
                self.dl_breaks(allp)
            if i == 0 and prefix:
                t = prefix + t
            self.put_text(t, width)

    def photo(self, aid, a, flags, opts):
        cap = a["paras"][0] if a["paras"] else ""
        credit = a["byline"]
        if a["title"]:
            self.emit(a["title"], a["title"])
        if "inline" in flags and credit:
            self.emit(cap + " " + credit, cap + credit)
            self.stats["photo credit at the end of the caption"] += 1
            return
        if self.layout == "column" and "long" not in flags:
            for l in wrap(cap, float(opts.get("w", 40))):
                self.emit(l, l)
        else:
            self.emit(cap, cap)
        if credit and "nocredit" not in flags:
            if "right" in flags:
                pad = " " * int(opts.get("pad", 24))
                self.emit(pad + credit, credit)
                self.stats["credit right-aligned on its own line"] += 1
            else:
                self.emit(credit, credit)

    # ------------------------------------------------------------ whole page
    def render(self) -> str:
        for c in self.src["layout"]:
            self.cmd(c)
        for aid, a in self.arts.items():
            if a["kind"] != "photo":
                assert self.seg_pos.get(aid, 0) == len(a["segments"]), \
                    (self.src["name"], aid, self.seg_pos.get(aid, 0), len(a["segments"]))
        out = []
        lead = "\n\n" if self.layout == "para" else " "
        for i, ln in enumerate(self.lines):
            if i == 0:
                out.append(lead + ln["raw"])
            elif ln["tight"]:
                out.append("\n" + ln["raw"])
            else:
                out.append("\n\n" + ln["raw"])
        return "".join(out) + "\n\n"

    def gold(self, fname: str) -> dict:
        m = self.meta
        arts = []
        for aid, a in self.arts.items():
            arts.append({
                "kind": a["kind"],
                "column": clean(a["column"]), "kicker": clean(a["kicker"]),
                "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
                "byline": clean(a["byline"]), "dateline": clean(a["dateline"]),
                "continued": clean(a["continued"]),
                "subheads": [clean(s) for s in a["subheads"]],
                "paragraphs": [clean(p) for p in a["paras"]],
            })
        return {"source": fname, "issue_date": m["date"],
                "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras,
                "duplicates": [clean(d) for d in self.dups]}


def build():
    """Render every source; return [(nnn, Page, text, fname, gold)]."""
    out = []
    for i, p in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(p)
        pg = Page(src)
        text = pg.render()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{i:03d}_{h}.txt"
        out.append((f"{i:03d}", pg, text, fname, pg.gold(fname)))
    return out


def nows(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def readme(built) -> str:
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    tot = Counter()
    for _, pg, *_ in built:
        tot.update(pg.stats)
        tot["article"] += len(pg.arts)
        tot["duplicate entry in gold"] += len(pg.dups)
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(tot.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for nnn, pg, text, fname, g in built:
        m = pg.meta
        prow.append(f"| {fname} | {m['date']} | {m['page']} | {m['layout']} | {m.get('punct','full')} "
                    f"| {len(g['articles'])} | {nows(text)} | {m.get('subjects','')} |")
    return tmpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def main():
    built = build()
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.glob("*"):
            f.unlink()
    for nnn, pg, text, fname, g in built:
        (PAGES / fname).write_text(text, encoding="utf-8")
        (GOLD / fname.replace(".txt", ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(built), encoding="utf-8")
    print(f"composed {len(built)} pages")


if __name__ == "__main__":
    main()


def unicodedata_nfkc(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKC", s)
