#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

Writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and README.md (from README.in).
Everything is deterministic: small choices use random.Random seeded by the source name.
Standard library only.
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
KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》」…,.;:?!)")
OPEN = set("“‘（《「(")
PUNCT = CLOSE | OPEN | set("—·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%×+\-/]+")
CUT = re.compile(r"\^([a-z]?)")
CUT_NAMES = {"v": "cut between verb and figure", "u": "cut between figure and unit",
             "w": "cut inside a word", "q": "cut inside a quoted term",
             "n": "cut inside a name", "a": "cut inside an abbreviation",
             "": "cut at a clause boundary"}

CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])\s+"
                     r"(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、，。；：？！（）《》])")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


def parse(path: Path):
    meta, arts, layout = {"extra": {}}, {}, []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if line.startswith("#!") or (mode != "body" and not line.strip()):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if parts[0] == "layout":
                mode = "layout"
                continue
            cur = {"id": parts[0], "kind": parts[1], "paras": [], "width": 17}
            for k in KEYS[1:]:
                cur[k] = ""
            cur["subheads"] = []
            arts[parts[0]] = cur
            mode = "head"
            continue
        if mode == "meta":
            k, _, v = line.partition(" ")
            meta[k] = v.strip()
        elif mode == "head":
            if line.strip() == "--":
                mode = "body"
                continue
            k, _, v = line.partition(":")
            v = v.strip()
            if k == "width":
                cur["width"] = float(v)
            else:
                cur[k.strip()] = v
        elif mode == "body":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                layout.append(line.strip())
    return meta, arts, layout


class Page:
    def __init__(self, name, meta, arts, layout):
        self.name = name
        self.meta, self.arts, self.layout = meta, arts, layout
        self.rng = random.Random(name)
        self.pm = meta.get("punct", "full")
        self.col = meta["layout"] == "column"
        self.lines: list[str] = []      # printed lines, "" = extra blank
        self.tight: set[int] = set()
        self.extras: dict[str, str] = {}
        self.dups: list[str] = []
        self.stats = Counter()
        self.printed = Counter()
        self.last = None
        for a in arts.values():
            self.prepare(a)

    # ---- articles -------------------------------------------------------
    def prepare(self, a):
        pm = self.pm
        for k in KEYS[1:]:
            a[k] = punct(a[k], pm)
        a["subheads_g"] = []
        pieces, paras = [], []
        for pi, p in enumerate(a["paras"]):
            sub = p.startswith("## ")
            if sub:
                p = p[3:]
                a["subheads_g"].append(punct(p, pm))
            p = punct(p, pm)
            bits = CUT.split(p)
            texts, kinds = bits[0::2], [""] + bits[1::2]
            paras.append(CJK_GAP.sub("", "".join(texts)))
            for j, t in enumerate(texts):
                pieces.append({"para": pi, "text": t, "start": j == 0, "cut": kinds[j],
                               "end": j == len(texts) - 1, "sub": sub})
        a["gold_paras"] = paras
        a["pieces"] = pieces

    def gold(self, a):
        return {"kind": a["kind"], "column": a["column"], "kicker": a["kicker"],
                "title": a["title"], "subtitle": a["subtitle"], "byline": a["byline"],
                "dateline": a["dateline"], "continued": a["continued"],
                "subheads": a["subheads_g"], "paragraphs": a["gold_paras"]}

    # ---- artefacts ------------------------------------------------------
    def units(self, text: str):
        """Split text into glyph units: one CJK glyph, or one ASCII run with the
        spaces the PDF extraction leaves around it."""
        out, i = [], 0
        r = self.rng
        while i < len(text):
            m = ASCII_RUN.match(text, i)
            if m:
                run = m.group(0)
                prev = text[i - 1] if i else ""
                nxt = text[m.end()] if m.end() < len(text) else ""
                if self.col and prev and prev not in PUNCT and r.random() < 0.8:
                    run = " " + run
                    self.stats["space around a number run"] += 1
                if self.col and nxt and nxt not in PUNCT and r.random() < 0.5:
                    run = run + " "
                    self.stats["space around a number run"] += 1
                if run.rstrip().endswith("%") and r.random() < 0.15:
                    run = run.rstrip()[:-1] + " %" + (" " if run.endswith(" ") else "")
                    self.stats["glyph gap before %"] += 1
                out.append(run)
                i = m.end()
                continue
            c = text[i]
            if c in "“" and self.col and r.random() < 0.12:
                c = c + " "
                self.stats["space after an opening quote"] += 1
            elif c in "，。、；：" and r.random() < (0.05 if self.col else 0.02):
                c = " " + c
                self.stats["glyph gap at full-width punctuation"] += 1
            out.append(c)
            i += 1
        return out

    @staticmethod
    def width(u: str) -> float:
        w = 0.0
        for c in u:
            if c == " ":
                continue
            w += 0.5 if ord(c) < 0x2000 else 1.0
        return w

    def wrap(self, units, first_w, w, start_forced=None):
        """Greedy fill; a line whose next glyph is closing punctuation gives up its
        last glyph (no hanging punctuation) and is then spread by spaces."""
        lines, cur, cw, lim = [], [], 0.0, first_w
        i = 0
        while i < len(units):
            u = units[i]
            uw = self.width(u)
            if cur and cw + uw > lim + 1e-9:
                spread = False
                if u.strip() and u.strip()[0] in CLOSE and len(cur) > 2:
                    cur.pop()
                    i -= 1
                    spread = True
                    if cur[-1].strip() and cur[-1].strip()[-1] in OPEN:
                        cur.pop()
                        i -= 1
                elif cur[-1].strip() and cur[-1].strip()[-1] in OPEN and len(cur) > 2:
                    cur.pop()
                    i -= 1
                    spread = True
                elif lim - cw >= 0.75:
                    spread = True
                lines.append((cur, spread))
                cur, cw, lim = [], 0.0, w
                continue
            cur.append(u)
            cw += uw
            i += 1
            if start_forced is not None and i == start_forced:
                lines.append((cur, False))
                cur, cw, lim = [], 0.0, w
        if cur:
            lines.append((cur, False))
        out = []
        for us, spread in lines:
            if spread:
                s = ""
                for u in us:
                    s += u
                    if not (u.strip() and u.strip()[-1] in CLOSE):
                        s += " "
                s = re.sub(r" +", " ", s).rstrip()
                self.stats["justified line spread with spaces"] += 1
            else:
                s = "".join(us)
            out.append(s.strip(" ") if not s.startswith(" ") else s.rstrip())
        return out

    def dateline_units(self, d: str):
        """A dateline as printed: spaces inside the date now and then."""
        r = self.rng
        s = d
        if self.col and r.random() < 0.5:
            s = re.sub(r"(\d+)([月日])", lambda m: " " + m.group(1) + m.group(2), s, count=2)
        return s

    # ---- layout ---------------------------------------------------------
    def emit(self, s: str):
        self.lines.append(s)
        self.last = None

    def body(self, a, rng_s, w=None):
        n = len(a["pieces"])
        if rng_s == "all":
            rng_s = f"0-{n - 1}"
        lo, dash, hi = rng_s.partition("-")
        lo = int(lo)
        hi = int(hi) if hi else (n - 1 if dash else lo)
        w = w or a["width"]
        # in the column layout, pieces of one paragraph printed together flow on
        groups = []
        for k in range(lo, hi + 1):
            pc = a["pieces"][k]
            if groups and not pc["start"]:
                groups[-1].append(k)
            else:
                groups.append([k])
        for k in range(lo, hi + 1):
            self.printed[(a["id"], k)] += 1
        for g in groups:
            k = g[0]
            pc = a["pieces"][k]
            text = "".join(a["pieces"][j]["text"] for j in g)
            if k > 0 and pc["start"] is False:
                self.stats[CUT_NAMES[pc["cut"]]] += 1
                if self.last == (a["id"], k - 1):
                    self.stats["paragraph split by a column break, nothing between"] += 1
                else:
                    self.stats["piece continued after other text"] += 1
            if self.col:
                if k == 0 and a["dateline"]:
                    d = self.dateline_units(a["dateline"])
                    m = re.search(r"记者", d) or re.search(r"[电讯]（", d)
                    cut = m.end() if m else len(d)
                    if "记者" in d[:cut]:
                        self.stats["line break inside a dateline (after 记者)"] += 1
                    rest = self.units(d[cut:].lstrip() + text)
                    lines = [d[:cut].lstrip()] + self.wrap(rest, w, w)
                    if self.rng.random() < 0.5:
                        lines[0] = " " + lines[0]
                else:
                    us = self.units(text)
                    first = w - 2 if pc["start"] and not pc["sub"] else w
                    lines = self.wrap(us, first, w)
                for ln in lines:
                    self.emit(ln)
            else:
                if k == 0 and a["dateline"]:
                    text = a["dateline"] + text
                self.emit("".join(self.units(text)))
            self.last = (a["id"], g[-1])

    def head(self, a, opts):
        parts = [p for p in (a["kicker"], a["title"], a["subtitle"]) if p]
        if "one" in opts:
            self.emit(" ".join(parts))
            self.stats["headline stack printed on one line"] += 1
            return
        for p in parts:
            if p == a["title"] and "dbl1" in opts:
                self.emit(p + p)
                self.dups.append(p)
                self.stats["headline doubled on one line"] += 1
                continue
            if p == a["title"] and any(o.startswith("lone=") for o in opts):
                n = int([o for o in opts if o.startswith("lone=")][0][5:])
                self.emit(p[:-n])
                self.emit(p[-n:])
                self.stats["headline's last word alone on a line"] += 1
                continue
            self.emit(p)
            if p == a["title"] and "dbl" in opts:
                self.emit(p)
                self.dups.append(p)
                self.stats["headline drawn twice (two identical lines)"] += 1

    def run(self):
        arts = self.arts
        after_body = set()
        for cmd in self.layout:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "x" or op == "x+":
                g, _, text = rest.partition(" ")
                self.extras[g] = self.extras.get(g, "") + re.sub(r"\s+", "", text)
                if op == "x+":
                    self.tight.add(len(self.lines))
                self.emit(text)
                self.stats["masthead / box line"] += 1
            elif op == "col":
                self.emit(arts[args[0]]["column"])
                self.stats["column label on its own line"] += 1
            elif op == "head":
                a = arts[args[0]]
                if args[0] in after_body:
                    self.stats["headline printed after its body"] += 1
                self.head(a, args[1:])
            elif op == "bunch":
                for aid in args:
                    self.head(arts[aid], ["one"] if self.rng.random() < 0.3 else [])
                self.stats["headlines bunched with other stories' headlines"] += 1
            elif op == "by":
                a = arts[args[0]]
                b = a["byline"]
                cut = [o for o in args[1:] if o.startswith("cut=")]
                if cut:
                    n = int(cut[0][4:])
                    self.emit(b[:n].rstrip())
                    self.emit(b[n:].lstrip())
                    self.stats["line break inside a byline"] += 1
                else:
                    self.emit(b)
            elif op == "body":
                w = [float(o[2:]) for o in args[2:] if o.startswith("w=")]
                self.body(arts[args[0]], args[1], w[0] if w else None)
                after_body.add(args[0])
            elif op == "photo":
                a = arts[args[0]]
                right = "right" in args
                for k, pc in enumerate(a["pieces"]):
                    self.printed[(a["id"], k)] += 1
                    self.emit("".join(self.units(pc["text"])))
                if right:
                    pad = " " * self.rng.randint(30, 60)
                    self.emit(pad + a["byline"])
                    self.stats["credit right-aligned on its own line"] += 1
                else:
                    self.lines[-1] += "  " + a["byline"]
            elif op == "lit":
                self.emit(rest)
            elif op == "mark":
                self.emit(rest)
                self.stats["jump marker"] += 1
            elif op == "again":
                self.emit(self.lines[-1])
                self.dups.append(self.lines[-1].strip())
                self.stats["line printed twice"] += 1
            elif op == "gap":
                self.lines.append(None)
            else:
                raise SystemExit(f"{self.name}: unknown layout op {cmd!r}")

    def text(self) -> str:
        out = []
        for i, ln in enumerate(self.lines):
            if ln is None:
                out.append("\n")
                continue
            out.append(ln + ("\n" if i in self.tight else "\n\n"))
        s = "".join(out)
        if self.col:
            return s + "\n"
        return "\n\n" + s.rstrip("\n")


def build():
    src = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        if (HERE / d).exists():
            shutil.rmtree(HERE / d)
        (HERE / d).mkdir()
    rows, total = [], Counter()
    for n, path in enumerate(src, 1):
        meta, arts, layout = parse(path)
        pg = Page(path.name, meta, arts, layout)
        pg.run()
        for a in arts.values():
            for k in range(len(a["pieces"])):
                if pg.printed[(a["id"], k)] != 1:
                    raise SystemExit(f"{path.name}: piece {a['id']}.{k} printed "
                                     f"{pg.printed[(a['id'], k)]} times")
        text = pg.text()
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (HERE / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["pages"]) if meta.get("pages") else None,
                "articles": [pg.gold(a) for a in arts.values()],
                "extras": list(pg.extras.values()), "duplicates": pg.dups}
        (HERE / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.stats)
        total["paragraph story cut and continued elsewhere" if not pg.col else "x"] += 0
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((f"{name}.txt", meta["date"], meta["page"], meta["layout"], pg.pm,
                     len(arts), nchar, meta.get("subjects", "")))
    # README
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(
        f"| {k} | {v} |\n" for k, v in sorted(total.items()) if v)
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" + "".join(
              "| " + " | ".join(str(c) for c in r) + " |\n" for r in rows))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt),
                                    encoding="utf-8")
    print(ph)
    print(pt)


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 2 and sys.argv[1] == "--pieces":     # authoring aid
        m, arts_, _ = parse(Path(sys.argv[2]))
        pg_ = Page(sys.argv[2], m, arts_, [])
        for a_ in arts_.values():
            for k_, pc_ in enumerate(a_["pieces"]):
                print(a_["id"], k_, "P" if pc_["start"] else "-", pc_["text"][:12], "…", pc_["text"][-6:])
    else:
        build()
