#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only.  Deterministic: every small choice comes from a
random.Random seeded by the source file's name.  See README.in for the source format.
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
SEEDS = Path("/work/shared/seeds")

CLOSE = set("，。、；：？！”’）》」』…,.;:?!)")
OPEN = set("“‘（《「『(")
FULLP = set("，。、；：？！“”‘’（）《》")
NUMRUN = re.compile(r"[0-9A-Za-z.%+\-/×·]+")

HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    table = {"half": HALF, "mixed": MIXED}.get(mode)
    if not table:
        return s
    return "".join(table.get(c, c) for c in s)


def cw(tok: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in tok)


def tokens(s: str) -> list[str]:
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


# ---------------------------------------------------------------- source parsing
class Art:
    def __init__(self, aid):
        self.id = aid
        self.f = {k: "" for k in ("kind", "column", "kicker", "title", "subtitle",
                                  "byline", "dateline", "continued")}
        self.w = None
        self.paras: list[str] = []       # raw, with | cuts and ## subheads
        self.pieces: list[tuple] = []    # (text, starts_paragraph, ends_paragraph, is_sub)
        self.cursor = 0
        self.dl_done = False


def parse(path: Path):
    meta, arts, layout = {}, {}, []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.startswith("#!"):
            continue
        if line.startswith("=== "):
            name = line[4:].strip()
            if name == "layout":
                mode = "layout"
            else:
                mode = "art"
                cur = Art(name)
                arts[name] = cur
            continue
        if mode == "meta":
            k, _, v = line.partition(" ")
            meta[k] = v.strip()
        elif mode == "art":
            k, _, v = line.partition(" ")
            if k in cur.f:
                cur.f[k] = v.strip()
            elif k == "w":
                cur.w = float(v)
            elif k == "p":
                cur.paras.append(v.strip())
            else:
                raise SystemExit(f"{path}: bad article line {line!r}")
        else:
            layout.append(line.strip())
    for a in arts.values():
        for p in a.paras:
            sub = p.startswith("## ")
            body = p[3:] if sub else p
            parts = body.split("|")
            for i, part in enumerate(parts):
                a.pieces.append((part, i == 0, i == len(parts) - 1, sub))
    return meta, arts, layout


# ---------------------------------------------------------------- rendering
class Page:
    def __init__(self, name, meta, arts):
        self.name = name
        self.meta = meta
        self.arts = arts
        self.rng = random.Random(name)
        self.pmode = meta.get("punct", "full")
        self.layout = meta["layout"]
        self.W = float(meta.get("width", "17"))
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.marks: list[str] = []
        self.stats = Counter()
        self.numspace = {}

    def P(self, s):
        return punct(s, self.pmode)

    def emit(self, s):
        self.lines.append(s)

    # -- column layout helpers
    def spaced(self, toks, spread, aid):
        if spread:
            self.stats["justified line spread"] += 1
            out = ""
            for i, t in enumerate(toks):
                if i and not (toks[i - 1] in CLOSE):
                    out += " "
                out += t
            return out
        mode = self.numspace[aid]
        out = ""
        for i, t in enumerate(toks):
            isnum = bool(NUMRUN.fullmatch(t)) and any(ch.isdigit() for ch in t)
            prev = toks[i - 1] if i else ""
            if isnum and prev and prev not in FULLP and mode in ("both", "before"):
                out += " "
                self.stats["space around number run"] += 1
            if (i and NUMRUN.fullmatch(prev) and any(ch.isdigit() for ch in prev)
                    and t not in FULLP and not NUMRUN.fullmatch(t) and mode == "both"):
                out += " "
            if t in ("、", "，") and i and self.rng.random() < 0.04:
                out += " "
                self.stats["glyph-gap space before punctuation"] += 1
            if t == "%" and self.rng.random() < 0.3:
                out += " "
            out += t
        out = re.sub(r"(\d) ?%", lambda m: m.group(1) + (" %" if self.rng.random() < 0.12 else "%"), out)
        if " %" in out:
            self.stats["space before %"] += out.count(" %")
        return out

    def flow(self, text, first_w, aid, last_is_end=True):
        """Wrap text into column lines; returns list of printed lines."""
        W = self.art_w(aid)
        toks = tokens(text)
        lines, cur, width, cap = [], [], 0.0, first_w
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = cw(t)
            if cur and width + tw > cap + 1e-9:
                if t in CLOSE and width + tw <= cap + 1.0:
                    cur.append(t)          # hanging punctuation
                    width += tw
                    i += 1
                    continue
                # an opening mark may not end a line
                if cur[-1] in OPEN and len(cur) > 1:
                    i -= 1
                    width -= cw(cur.pop())
                lines.append((cur, width, cap))
                cur, width, cap = [], 0.0, W
                continue
            cur.append(t)
            width += tw
            i += 1
        if cur:
            lines.append((cur, width, cap))
        out = []
        for k, (toks_, width, cap) in enumerate(lines):
            last = k == len(lines) - 1
            spread = (not last) and width <= cap - 1.0 and len(toks_) > 3
            out.append(self.spaced(toks_, spread, aid).strip())
        return out

    def flow_probe(self, text, first_w, aid):
        state = self.rng.getstate(), Counter(self.stats)
        out = self.flow(text, first_w, aid)
        self.rng.setstate(state[0])
        self.stats = state[1]
        return out

    @staticmethod
    def dl_tail(lines, dl):
        """Non-space characters of the dateline that fall on its second and later lines."""
        n = len(re.sub(r"\s", "", dl))
        first = len(re.sub(r"\s", "", lines[0])) if lines else 0
        return max(0, n - first)

    def art_w(self, aid):
        a = self.arts[aid]
        return a.w or self.W

    # -- directives
    def headline_lines(self, a, style):
        k, t, s = (self.P(a.f[x]) for x in ("kicker", "title", "subtitle"))
        lines = []
        if style == "join":
            lines.append(" ".join(x for x in (k, t, s) if x))
            self.stats["headline stack on one line"] += 1
            return lines
        if k:
            lines.append(k)
        if style.startswith("split:"):
            n = int(style.split(":")[1])
            lines += [t[:n], t[n:]]
            self.stats["headline last word alone on a line"] += 1
        elif style == "twice":
            lines += [t, t]
            self.dups.append(t)
            self.stats["headline drawn twice (two lines)"] += 1
        elif style == "double":
            lines.append(t + t)
            self.dups.append(t)
            self.stats["headline drawn twice (one line)"] += 1
        elif style == "kjoin":
            lines[-1:] = [(k + " " + t) if k else t]
            self.stats["kicker and title on one line"] += 1
        elif t:
            lines.append(t)
        if s:
            lines.append(s)
        return lines

    def run(self, layout):
        for aid, a in self.arts.items():
            self.numspace[aid] = self.rng.choice(["both", "both", "before", "none"])
        for d in layout:
            op, _, rest = d.partition(" ")
            if op == "mast":
                pieces = rest.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(p.replace(" ", "") for p in pieces))
                self.stats["masthead pieces"] += len(pieces)
            elif op == "box":
                self.emit(rest)
                self.extras.append(rest.replace(" ", ""))
                self.stats["box line (countdown, prompt, label)"] += 1
            elif op == "blank":
                self.emit("")
            elif op == "head":
                aid, _, style = rest.partition(" ")
                for ln in self.headline_lines(self.arts[aid], style or "stack"):
                    self.emit(ln)
            elif op == "heads":
                ids = rest.split()
                self.stats["headlines bunched together"] += 1
                for aid in ids:
                    for ln in self.headline_lines(self.arts[aid], "stack"):
                        self.emit(ln)
            elif op == "col":
                self.emit(self.arts[rest].f["column"])
                self.stats["column label line"] += 1
            elif op == "by":
                a = self.arts[rest]
                parts = self.P(a.f["byline"]).split("/")
                if len(parts) > 1:
                    self.stats["byline broken across lines"] += 1
                for p in parts:
                    self.emit(p)
            elif op == "mark":
                aid, _, txt = rest.partition(" ")
                self.emit(txt)
                self.marks.append(txt)
                self.stats["jump marker"] += 1
            elif op == "photo":
                aid, _, style = rest.partition(" ")
                self.photo(self.arts[aid], style or "inline")
            elif op == "body":
                aid, _, n = rest.partition(" ")
                self.body(self.arts[aid], n or "1")
            elif op == "dup":
                self.emit(self.lines[-1])
                self.dups.append(re.sub(r"\s+", "", self.lines[-1]))
                self.stats["line printed twice"] += 1
            elif op == "raw":
                self.emit(rest)
            else:
                raise SystemExit(f"{self.name}: bad directive {d!r}")
        for aid, a in self.arts.items():
            if a.cursor != len(a.pieces):
                raise SystemExit(f"{self.name}: {aid} has {len(a.pieces) - a.cursor} pieces unprinted")

    def photo(self, a, style):
        if a.f["title"]:
            self.emit(self.P(a.f["title"]))
        caps = [self.P(p) for p in a.paras]
        a.cursor = len(a.pieces)
        cred = self.P(a.f["byline"])
        for i, c in enumerate(caps):
            if i == len(caps) - 1 and style == "inline" and cred:
                self.emit(c + " " + cred)
                self.stats["photo credit after caption"] += 1
            else:
                self.emit(c)
        if cred and style == "right":
            self.emit(" " * 24 + cred)
            self.stats["credit right-aligned on its own line"] += 1
        elif cred and style == "own":
            self.emit(cred)

    def body(self, a, n):
        count = len(a.pieces) - a.cursor if n == "*" else int(n)
        if self.layout == "para":
            for _ in range(count):
                text, start, end, sub = a.pieces[a.cursor]
                text = self.P(text)
                if a.cursor == 0 and a.f["dateline"]:
                    dl = self.P(a.f["dateline"])
                    if "/" in dl:
                        head, tail = dl.split("/", 1)
                        self.emit(head)
                        self.stats["line break inside dateline"] += 1
                        text = tail + text
                    else:
                        text = dl + text
                if not start:
                    self.stats["paragraph continued after a cut"] += 1
                a.cursor += 1
                self.emit(text)
            return
        # column layout: consecutive pieces flow; a cut ends the line
        W = self.art_w(a.id)
        for _ in range(count):
            text, start, end, sub = a.pieces[a.cursor]
            text = self.P(text)
            if sub:
                self.emit(text)
                a.cursor += 1
                continue
            first_w = W - 2 if start else W
            if a.cursor == 0 and a.f["dateline"]:
                dl = self.P(a.f["dateline"])
                if "/" in dl:
                    head, tail = dl.split("/", 1)
                    self.emit(self.spaced(tokens(head), False, a.id))
                    self.stats["line break inside dateline"] += 1
                    text = tail + text
                    first_w = W
                else:
                    trial = self.flow_probe(dl + text, first_w, a.id)
                    tail = self.dl_tail(trial, dl)
                    if 0 < tail < 4 and "月" in dl:
                        # a dateline tail this short would start a line: break inside the date
                        head, rest = dl.split("月", 1)
                        head += "月"
                        self.emit(self.spaced(tokens(head), False, a.id))
                        self.stats["line break inside dateline"] += 1
                        text = rest + text
                        first_w = W
                    else:
                        text = dl + text
            if not start:
                self.stats["paragraph continued after a cut"] += 1
            a.cursor += 1
            for ln in self.flow(text, first_w, a.id):
                self.emit(ln)

    def text(self):
        sep = "\n\n"
        body = sep.join(self.lines) + "\n"
        if self.layout == "para":
            body = "\n\n" + body
        return body


def gold_article(a: Art, pm):
    f = dict(a.f)
    out = {"kind": f["kind"], "column": punct(f["column"], pm), "kicker": punct(f["kicker"], pm),
           "title": punct(f["title"], pm), "subtitle": punct(f["subtitle"], pm),
           "byline": punct(f["byline"], pm).replace("/", " "),
           "dateline": punct(f["dateline"], pm).replace("/", ""),
           "continued": punct(f["continued"], pm), "subheads": [], "paragraphs": []}
    for p in a.paras:
        if p.startswith("## "):
            t = punct(p[3:], pm)
            out["subheads"].append(t)
            out["paragraphs"].append(t.replace(" ", ""))
        else:
            out["paragraphs"].append(punct(p.replace("|", ""), pm))
    return out


def build():
    files = {}
    rows, stats_all, metas = [], Counter(), []
    for src in sorted((HERE / "src").glob("p*.txt")):
        meta, arts, layout = parse(src)
        pg = Page(src.name, meta, arts)
        pg.run(layout)
        text = pg.text()
        num = meta["num"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": meta.get("issue") or None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": [gold_article(a, pg.pmode) for a in arts.values()],
                "extras": pg.extras, "duplicates": pg.dups}
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        files[f"marks/{name}.json"] = json.dumps(pg.marks, ensure_ascii=False) + "\n"
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", meta["date"], meta["page"], meta["layout"], pg.pmode,
                     len(arts), nchar, meta.get("subjects", "")))
        stats_all.update(pg.stats)
        kinds = Counter(a.f["kind"] for a in arts.values())
        stats_all.update({f"articles of kind {k}": v for k, v in kinds.items()})
        for a in arts.values():
            if a.f["continued"]:
                stats_all["article with a continued marker"] += 1
            if any(p.startswith("## ") for p in a.paras):
                stats_all["article with crossheads"] += 1
    stats_all["duplicates recorded"] = sum(len(json.loads(v)["duplicates"]) for k, v in files.items() if k.startswith("gold/"))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n| --- | ---: |\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(stats_all.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "| --- | --- | --- | --- | --- | ---: | ---: | --- |\n" + "".join(
              f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |\n" for r in rows))
    files["README.md"] = tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt).replace(
        "{{SEEDWIDTHS}}", seed_widths())
    return files


def seed_widths():
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        L = [l for l in f.read_text(encoding="utf-8").split("\n") if l.strip()]
        c = Counter(round(cw(l.replace(" ", "").strip())) for l in L)
        top = ", ".join(f"{w} em ×{n}" for w, n in c.most_common(4))
        out.append(f"- `{f.name}`: {len(L)} text lines; commonest widths {top}")
    return "\n".join(out)


def main():
    files = build()
    for sub in ("pages", "gold"):
        d = HERE / sub
        d.mkdir(exist_ok=True)
        for old in d.glob("*"):
            old.unlink()
    for rel, content in files.items():
        if rel.startswith("marks/"):
            continue
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
