#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json, README.md

Everything is deterministic: small choices come from random.Random seeded by the
source file name.  Standard library only.
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

CLOSE = set("，。、；：！？”’》）,;:!?)」』")
OPEN = set("“‘《（(「『")
FWPUNCT = set("，。、；：！？")
CUT = "‖"

KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
        "continued", "subheads", "paragraphs")


def punct(s: str, mode: str) -> str:
    """Punctuation width of the page: full | mixed (half brackets) | half.
    Sources may be typed with either width; they are normalised first."""
    s = re.sub(r"(?<=[^\x00-\x7f]),|,(?=[^\x00-\x7f])", "，", s)
    s = re.sub(r"(?<=[^\x00-\x7f]);|;(?=[^\x00-\x7f])", "；", s)
    s = re.sub(r"(?<=[^\x00-\x7f]):|:(?=[^\x00-\x7f])", "：", s)
    s = s.replace("(", "（").replace(")", "）")
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def cw(c: str) -> float:
    return 0.5 if ord(c) < 128 else 1.0


def tokens(s: str):
    """Split into ASCII runs and single other characters."""
    return re.findall(r"[A-Za-z0-9.%+×/\-]+|.", s)


# ---------------------------------------------------------------- parsing
def parse(path: Path):
    page = {"file": path.name, "arts": {}, "order": [], "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@page"):
            section = "page"
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if line.startswith("@"):
            section = "art"
            parts = line[1:].split()
            cur = {"id": parts[0], "kind": parts[1], "column": "", "kicker": "",
                   "title": "", "subtitle": "", "byline": "", "dateline": "",
                   "continued": "", "subheads": [], "paras": [], "brk": [], "w": None}
            page["arts"][parts[0]] = cur
            page["order"].append(parts[0])
            continue
        key, _, val = line.partition(" ")
        if section == "page":
            page[key] = val.strip()
        elif section == "layout":
            page["layout"].append(line.strip())
        else:
            val = val.strip()
            m = {"col": "column", "kicker": "kicker", "title": "title", "sub": "subtitle",
                 "byline": "byline", "dateline": "dateline", "cont": "continued"}
            if key in m:
                cur[m[key]] = val
            elif key == "p":
                cur["paras"].append(val)
            elif key == "h":
                cur["subheads"].append(val)
                cur["paras"].append(val)
            elif key == "brk":
                cur["brk"] = val.split("|")
            elif key == "w":
                cur["w"] = int(val)
            else:
                raise SystemExit(f"{path.name}: unknown key {key!r}")
    return page


# ---------------------------------------------------------------- rendering
class Page:
    def __init__(self, src: dict, stats: Counter):
        self.s = src
        self.rng = random.Random(src["file"])
        self.mode = src.get("punct", "full")
        self.layout = src["layout_kind"] = src.get("layoutkind", "column")
        self.lines: list[str] = []
        self.stats = stats
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pos = {}        # article id -> next piece index
        self.printed = {}    # article id -> printed body lines
        self.photo_done = set()
        self.pieces = {a: self.make_pieces(art) for a, art in src["arts"].items()}
        self.width_default = int(src.get("width", "17"))

    # pieces: list of (text, starts_paragraph, ends_paragraph)
    def make_pieces(self, art):
        out = []
        for i, p in enumerate(art["paras"]):
            p = punct(p, self.mode)
            parts = p.split(CUT)
            parts = [x for x in parts]
            for j, x in enumerate(parts):
                if not x and j == len(parts) - 1:
                    # cut exactly at paragraph end
                    if out:
                        out[-1] = (out[-1][0], out[-1][1], True, True)
                    continue
                out.append((x, j == 0, j == len(parts) - 1, False))
        # mark chunk boundaries: a piece ending with a cut ends a chunk
        chunks, cur = [], []
        for k, (x, st, en, hard) in enumerate(out):
            cur.append((x, st, en))
            nxt_is_cut = hard or (not en)
            if nxt_is_cut:
                chunks.append(cur)
                cur = []
        if cur:
            chunks.append(cur)
        return chunks

    def emit(self, text: str, blank_after: bool = True):
        self.lines.append(text.rstrip())
        if blank_after:
            self.lines.append("")

    # -------------------------------------------------------- decorations
    def numspace(self, s: str, bias: float) -> str:
        def rep(m):
            a, num, b = m.group(1), m.group(2), m.group(3)
            out = a
            if a and self.rng.random() < bias:
                out += " "
                self.stats["space before a number run"] += 1
            out += num
            if b and not num.endswith("%") and self.rng.random() < bias * 0.8:
                out += " "
                self.stats["space after a number run"] += 1
            elif b and num.endswith("%") and b in FWPUNCT and self.rng.random() < 0.3:
                out += " "
                self.stats["glyph-gap space around full-width punctuation"] += 1
            return out + b
        return re.sub(r"([^\x00-\x7f]?)([0-9][0-9.]*%?)([^\x00-\x7f]?)", rep, s)

    def glyphgap(self, s: str) -> str:
        out = []
        for i, c in enumerate(s):
            if c in "“‘" and i + 1 < len(s) and self.rng.random() < 0.12:
                out.append(c + " ")
                self.stats["space after an opening quote"] += 1
                continue
            if c in "、，" and i > 0 and s[i - 1] != " " and self.rng.random() < 0.05:
                out.append(" " + c)
                self.stats["glyph-gap space around full-width punctuation"] += 1
                continue
            if c == "%" and i > 0 and s[i - 1].isdigit() and self.rng.random() < 0.15:
                out.append(" %")
                self.stats["space before %"] += 1
                continue
            out.append(c)
        return "".join(out)

    def spread(self, s: str) -> str:
        toks = tokens(s)
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if b in OPEN or a in CLOSE:
                out += b
            else:
                out += " " + b
        return out

    # -------------------------------------------------------- column layout
    def wrap(self, text: str, width: float, first_breaks=()):
        """Greedy wrap in em; ASCII runs stay whole; closing punctuation may
        overhang the line end.  first_breaks: offsets of forced breaks."""
        lines, cur, w = [], "", 0.0
        toks = tokens(text)
        off = 0
        forced = set(first_breaks)
        for t in toks:
            tw = sum(cw(c) for c in t)
            if off in forced and cur:
                lines.append(cur)
                cur, w = "", 0.0
            if w + tw > width and cur and not (t in CLOSE):
                lines.append(cur)
                cur, w = "", 0.0
            cur += t
            w += tw
            off += len(t)
        if cur:
            lines.append(cur)
        for i in range(len(lines) - 1):
            while lines[i] and lines[i][-1] in OPEN:
                lines[i + 1] = lines[i][-1] + lines[i + 1]
                lines[i] = lines[i][:-1]
        return [x.rstrip() for x in lines if x.strip()]

    def column_chunk(self, aid: str, lead: str = ""):
        art = self.s["arts"][aid]
        k = self.pos.get(aid, 0)
        chunk = self.pieces[aid][k]
        self.pos[aid] = k + 1
        width = art["w"] or self.width_default
        bias = float(self.s.get("numbias", "0.6"))
        for n, (text, starts, ends) in enumerate(chunk):
            breaks = []
            if k == 0 and n == 0 and art["dateline"]:
                dl = punct(art["dateline"], self.mode)
                for b in art["brk"]:
                    i = dl.find(b)
                    if i > 0:
                        breaks.append(i)
                        self.stats["line break inside a dateline or byline"] += 1
                text = dl + text
            if lead and n == 0:
                text = lead + text
            lines = self.wrap(text, width, breaks)
            if k == 0 and n == 0 and art["dateline"]:
                # a dateline tail of under 4 characters at a line start is
                # re-broken so that the next line starts 4 characters earlier
                L = len(re.sub(r"\s", "", dl))
                seen = 0
                for ln in lines:
                    c = len(re.sub(r"\s", "", ln))
                    if seen < L < seen + c and 0 < L - seen < 4 and seen > 0:
                        nth, cnt = None, 0
                        for off, ch in enumerate(dl):
                            if not ch.isspace():
                                cnt += 1
                                if cnt == L - 3:
                                    nth = off
                        breaks = sorted(set(breaks + [nth]))
                        lines = self.wrap(text, width, breaks)
                        self.stats["line break inside a dateline or byline"] += 1
                        break
                    seen += c
            if not starts and n == 0:
                self.stats["paragraph cut by a column jump"] += 1
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                ln = self.numspace(ln, bias)
                if not last and not (n == len(chunk) - 1 and not ends and last) \
                        and sum(1 for c in ln if c in FWPUNCT) >= 1 \
                        and self.rng.random() < 0.08:
                    ln = self.spread(ln.replace(" ", ""))
                    self.stats["justified line spread with spaces"] += 1
                else:
                    ln = self.glyphgap(ln)
                if k == 0 and n == 0 and i == 0 and self.rng.random() < 0.3:
                    ln = " " + ln
                self.printed.setdefault(aid, []).append(ln)
                self.emit(ln)

    # -------------------------------------------------------- paragraph layout
    def para_chunk(self, aid: str, lead: str = ""):
        art = self.s["arts"][aid]
        k = self.pos.get(aid, 0)
        chunk = self.pieces[aid][k]
        self.pos[aid] = k + 1
        for n, (text, starts, ends) in enumerate(chunk):
            if k == 0 and n == 0 and art["dateline"]:
                text = punct(art["dateline"], self.mode) + text
            if lead and n == 0:
                text = lead + text
            if not starts and n == 0:
                self.stats["paragraph cut, continued after another story"] += 1
            if self.rng.random() < 0.08:
                text = self.glyphgap(text)
            self.printed.setdefault(aid, []).append(text)
            self.emit(text)

    # -------------------------------------------------------- heads etc.
    def head(self, aid: str, mode: str):
        art = self.s["arts"][aid]
        parts = [punct(art[f], self.mode) for f in ("kicker", "title", "subtitle") if art[f]]
        title = punct(art["title"], self.mode)
        self.stats["headline printed"] += 1
        if mode == "join":
            self.emit(" ".join(parts))
            return
        for f in ("kicker", "title", "subtitle"):
            t = punct(art[f], self.mode)
            if not t:
                continue
            if f == "title" and mode == "dbl":
                self.emit(t + t)
                self.dups.append(t.replace(" ", ""))
                self.stats["headline doubled on one line"] += 1
            elif f == "title" and mode == "twice":
                self.emit(t)
                self.emit(t)
                self.dups.append(t.replace(" ", ""))
                self.stats["headline printed on two identical lines"] += 1
            elif f == "title" and mode == "splitsp" and " " in t:
                a, b = t.split(" ", 1)
                self.emit(a)
                self.emit(b)
                self.stats["two-phrase title split at its space"] += 1
            elif f == "title" and mode == "lastword":
                cut = len(t) - self.rng.choice([2, 3])
                self.emit(t[:cut], blank_after=False)
                self.emit(t[cut:])
                self.stats["headline's last word alone on a line"] += 1
            elif mode == "tight" and f != "subtitle" and art["subtitle" if f == "title" else "title"]:
                self.emit(t, blank_after=False)
            else:
                self.emit(t)

    def byline(self, aid: str):
        art = self.s["arts"][aid]
        b = punct(art["byline"], self.mode)
        for x in art["brk"]:
            i = b.find(x)
            if i > 0:
                self.emit(b[:i].rstrip(), blank_after=False)
                b = b[i:]
                self.stats["line break inside a dateline or byline"] += 1
        self.emit(b)

    def photo(self, aid: str, mode: str):
        art = self.s["arts"][aid]
        self.photo_done.add(aid)
        caps = [punct(p, self.mode) for p in art["paras"]]
        cred = punct(art["byline"], self.mode)
        self.stats["photo or picture with caption"] += 1
        if art["title"]:
            self.emit(punct(art["title"], self.mode))
        for i, c in enumerate(caps):
            last = i == len(caps) - 1
            if last and cred and mode == "inline":
                self.emit(c + " " + cred)
            else:
                self.emit(c)
        if cred and mode != "inline":
            pad = " " * self.rng.randint(18, 36) if mode == "right" else ""
            if mode == "right":
                self.stats["credit right-aligned on its own line"] += 1
            self.emit(pad + cred)

    def render(self):
        for cmd in self.s["layout"]:
            op, *args = cmd.split(" ", 2)
            if op == "mast":
                pieces = self.s["mast"].split("|")
                self.emit("")
                for p in pieces:
                    self.emit(p, blank_after=self.rng.random() < 0.7)
                    if " " in p:
                        self.stats["masthead pieces merged on one line"] += 1
                self.extras.append("".join(pieces).replace(" ", ""))
                self.stats["masthead printed in drawing order"] += 1
            elif op == "box":
                txt = cmd.split(" ", 1)[1]
                pieces = txt.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(pieces).replace(" ", ""))
                self.stats["short box line (countdown, code prompt)"] += 1
            elif op == "head":
                self.head(args[0], args[1] if len(args) > 1 else "lines")
            elif op == "col":
                self.emit(punct(self.s["arts"][args[0]]["column"], self.mode))
                self.stats["column label on its own line"] += 1
            elif op == "by":
                self.byline(args[0])
            elif op == "body":
                lead = args[1] if len(args) > 1 else ""
                if lead:
                    self.stats["jump marker"] += 1
                if self.layout == "column":
                    self.column_chunk(args[0], lead)
                else:
                    self.para_chunk(args[0], lead)
            elif op == "mark":
                self.emit(args[1])
                self.stats["jump marker"] += 1
            elif op == "photo":
                self.photo(args[0], args[1] if len(args) > 1 else "inline")
            elif op == "dup":
                ln = self.printed[args[0]][int(args[1])]
                self.emit(ln)
                self.dups.append(ln.replace(" ", ""))
                self.stats["line printed twice"] += 1
            elif op == "raw":
                self.emit(cmd.split(" ", 1)[1])
            else:
                raise SystemExit(f"{self.s['file']}: bad layout op {cmd!r}")
        for aid, chunks in self.pieces.items():
            if aid in self.photo_done:
                continue
            if self.pos.get(aid, 0) != len(chunks):
                raise SystemExit(f"{self.s['file']}: {aid} printed {self.pos.get(aid, 0)}/{len(chunks)} chunks")
        text = "\n".join(self.lines).rstrip("\n") + "\n"
        return text

    def gold_articles(self):
        arts = []
        for aid in self.s["order"]:
            a = self.s["arts"][aid]
            g = {"kind": a["kind"]}
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                g[f] = punct(a[f], self.mode)
            g["subheads"] = [punct(x, self.mode) for x in a["subheads"]]
            g["paragraphs"] = [punct(p.replace(CUT, ""), self.mode).replace(" ", "")
                               for p in a["paras"]]
            arts.append(g)
        return arts


def nonspace(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def build():
    """Return {relative path: text} of everything compose writes, plus stats."""
    out = {}
    rows = []
    total = Counter()
    for i, path in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(path)
        stats = Counter()
        pg = Page(src, stats)
        text = pg.render()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        gold = {
            "source": name + ".txt",
            "issue_date": src["date"],
            "issue_number": src.get("number") or None,
            "page_count": int(src["pages"]) if src.get("pages") else None,
            "articles": pg.gold_articles(),
            "extras": pg.extras,
            "duplicates": pg.dups,
        }
        out[f"pages/{name}.txt"] = text
        out[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(stats)
        rows.append((name, src, gold, nonspace(text)))
        for a in gold["articles"]:
            total[f"kind: {a['kind']}"] += 1
            if a["kicker"] and a["title"] and a["subtitle"]:
                total["headline stack: kicker + title + subtitle"] += 1
            if a["subtitle"].startswith("——"):
                total["dash-led subtitle"] += 1
            if a["column"]:
                total["article with a column label"] += 1
            if a["subheads"]:
                total["feature crossheads (subheads)"] += len(a["subheads"])
            if "电（" in a["dateline"] or "电(" in a["dateline"]:
                total["dateline with 电"] += 1
            if "讯" in a["dateline"]:
                total["dateline with 讯"] += 1
        if gold["duplicates"]:
            total["pages with duplicates"] += 1
    out["README.md"] = readme(rows, total)
    return out


def readme(rows, total):
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for name, src, gold, n in rows:
        pt.append(f"| {name}.txt | {gold['issue_date']} | {src.get('pageno', '')} | "
                  f"{src.get('layoutkind')} | {src.get('punct')} | {len(gold['articles'])} | "
                  f"{n} | {src.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    out = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.glob("*"):
            f.unlink()
    for rel, text in out.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"wrote {sum(1 for r in out if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
