#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice comes from a random.Random seeded by
the source file name, so two runs give the same bytes.
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

CUT = re.compile(r"\{([a-z])\}")          # cut marks inside paragraph text
CUT_NAMES = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "i": "cut inside a unit (万千/瓦)",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a person's name",
    "c": "paragraph split by a column break, nothing between",
    "x": "cut at a plain point, continued after another story",
}
CLOSE = set("，。、；：”’）》？！」』")
FULLP = set("，。、；：？！“”‘’（）《》「」")
CJK_RE = r"[\u3400-\u9fff]"


# ----------------------------------------------------------------- parsing
def parse(path: Path):
    meta, arts, order, layout = {}, {}, [], []
    cur, section = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line == "@page":
            section = "page"
            continue
        if line.startswith("@article "):
            section = "article"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "column": "", "kicker": "", "title": "",
                   "subtitle": "", "byline": "", "dateline": "", "continued": "",
                   "paras": [], "subheads": [], "width": None}
            arts[aid] = cur
            order.append(aid)
            continue
        if line == "@layout":
            section = "layout"
            continue
        if section == "page":
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        elif section == "article":
            if line.startswith("| "):
                cur["paras"].append(line[2:])
            elif line.startswith("## "):
                cur["paras"].append(line[3:])
                cur["subheads"].append(line[3:])
            else:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                cur[k] = int(v) if k == "width" else v
        elif section == "layout":
            layout.append(line)
    return meta, arts, order, layout


# ----------------------------------------------------------- punctuation
def punct(s: str, style: str) -> str:
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean_title(s: str) -> str:
    return s.replace("/", "")


def clean_para(s: str) -> str:
    """Gold form of a paragraph: cut marks gone; a table tab (⎵) becomes nothing
    between two Chinese characters, else one space."""
    s = CUT.sub("", s)
    s = re.sub(r"(?<=[\u3400-\u9fff（）“”])⎵(?=[\u3400-\u9fff（）“”])", "", s)
    return s.replace("⎵", " ")


# ------------------------------------------------------------- rendering
def width(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s if c != " ")


def units(s: str):
    """Split into print units: a run of ASCII letters/digits/./% is one unit."""
    return re.findall(r"[0-9A-Za-z.%]+|.", s)


class Page:
    def __init__(self, name, meta, arts, order, layout):
        self.name, self.meta, self.arts, self.order, self.layout = name, meta, arts, order, layout
        self.rng = random.Random(name)
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.col = meta["layout"] == "column"
        self.style = meta["punct"]
        self.numsp = float(meta.get("numspace", "0.75" if self.col else "0"))
        self.quotesp = float(meta.get("quotespace", "0"))
        self.gap = float(meta.get("gap", "0"))
        self.spread = float(meta.get("spread", "0.06" if self.col else "0"))
        self.printed = {aid: [] for aid in order}
        for a in arts.values():
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                a[k] = punct(a[k], self.style)
            a["paras"] = [punct(p, self.style) for p in a["paras"]]
            a["subheads"] = [punct(p, self.style) for p in a["subheads"]]

    # -- small artefacts applied to one printed line of running text
    def artefacts(self, s: str) -> str:
        rng, out = self.rng, []
        toks = units(s)
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            isnum = bool(re.match(r"[0-9]", t))
            if isnum and prev and not prev.isascii() and rng.random() < self.numsp:
                out.append(" ")
                self.count["spaces around number runs"] += 1
            if t == "%" and self.gap and rng.random() < self.gap * 4:
                out.append(" ")
                self.count["glyph-gap spaces (punctuation, before %)"] += 1
            if t in FULLP and t not in "“‘" and prev and self.gap and rng.random() < self.gap:
                out.append(" ")
                self.count["glyph-gap spaces (punctuation, before %)"] += 1
            if isnum and t.endswith("%") and len(t) > 1 and self.gap and rng.random() < self.gap * 4:
                t = t[:-1] + " %"
                self.count["glyph-gap spaces (punctuation, before %)"] += 1
            out.append(t)
            if isnum and nxt and not nxt.isascii() and nxt not in FULLP and rng.random() < self.numsp * 0.85:
                out.append(" ")
                self.count["spaces around number runs"] += 1
            if t == "“" and nxt and self.quotesp and rng.random() < self.quotesp:
                out.append(" ")
                self.count["space after an opening quote"] += 1
        return "".join(out)

    def spread_line(self, s: str) -> str:
        toks = [t for t in units(s) if t != " "]
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i + 1 < len(toks) and t not in CLOSE:
                out.append(" ")
        return "".join(out)

    def wrap(self, text: str, w: int, force: str = "") -> list[str]:
        """Greedy wrap to w em; '¦' forces a break (dateline)."""
        lines, cur, cw = [], "", 0.0
        for t in units(text):
            if t == "¦":
                lines.append(cur)
                cur, cw = "", 0.0
                self.count["line break inside a dateline"] += 1
                continue
            tw = width(t)
            if cw + tw > w + 0.01 and cur and t not in CLOSE:
                lines.append(cur)
                cur, cw = "", 0.0
            cur += t
            cw += tw
        if cur:
            lines.append(cur)
        return lines

    def emit(self, s: str):
        self.lines.append(s.rstrip())

    def running(self, text: str, w: int, dated: bool = False):
        """Print running text: column pages wrap and justify, paragraph pages one line."""
        if self.col:
            wrapped = self.wrap(text, w)
            for k, ln in enumerate(wrapped):
                interior = any(c in FULLP for c in ln[:-1]) and not (dated and k < 2) \
                    and k < len(wrapped) - 1
                if interior and self.rng.random() < self.spread:
                    ln = self.spread_line(ln)
                    self.count["justified lines spread with spaces"] += 1
                else:
                    ln = self.artefacts(ln)
                self.emit(ln)
        else:
            if "⎵" in text:
                self.emit(text.replace("⎵", "    "))
                self.count["table-like rows (公示 list)"] += 1
            else:
                self.emit(self.artefacts(text.replace("¦", "")))

    # -- positions inside an article's body
    def pos(self, a, spec: str, end: bool):
        if spec == "-":
            return (len(a["paras"]), 0) if end else (0, 0)
        if spec.startswith("p"):
            return (int(spec[1:]), 0)
        n = int(spec[1:])
        k = 0
        for pi, p in enumerate(a["paras"]):
            for m in CUT.finditer(p):
                k += 1
                if k == n:
                    return (pi, len(CUT.sub("", p[:m.start()])))
        raise SystemExit(f"{self.name}: no cut {spec} in {a['id']}")

    def cut_kind(self, a, spec):
        n = int(spec[1:])
        k = 0
        for p in a["paras"]:
            for m in CUT.finditer(p):
                k += 1
                if k == n:
                    return m.group(1)

    def body(self, aid, frm="-", to="-"):
        a = self.arts[aid]
        w = a["width"] or int(self.meta.get("width", "17"))
        s, e = self.pos(a, frm, False), self.pos(a, to, True)
        if to != "-" and to.startswith("c"):
            self.count[CUT_NAMES[self.cut_kind(a, to)]] += 1
        paras = [CUT.sub("", p) for p in a["paras"]]
        self.printed[aid].append((s, e))
        for pi in range(s[0], min(e[0], len(paras) - 1) + 1):
            lo = s[1] if pi == s[0] else 0
            hi = e[1] if pi == e[0] else len(paras[pi])
            if pi == e[0] and e[1] == 0:
                break
            piece = paras[pi][lo:hi]
            dated = pi == 0 and lo == 0 and bool(a["dateline"])
            if dated:
                piece = a["dateline"] + piece
            self.running(piece, w, dated)

    def head_parts(self, a):
        return [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]

    def head(self, aid, style=""):
        a = self.arts[aid]
        parts = self.head_parts(a)
        if style == "join" or (not style and not self.col):
            line = " ".join(clean_title(p) for p in parts)
            self.emit(line)
        elif style == "split":          # column style: each part its lines, '/' and spaces break
            for p in parts:
                for seg in p.split("/"):
                    for bit in seg.split(" ") if p == a["title"] else [seg]:
                        self.emit(bit)
                        if len(bit) <= 3:
                            self.count["headline's last word left alone"] += 1
        else:                           # lines: each part on its own line, '/' breaks
            for p in parts:
                for seg in p.split("/"):
                    self.emit(seg)
                    if len(seg) <= 3:
                        self.count["headline's last word left alone"] += 1
        self.count["headline stacks printed"] += 1

    def title_twice(self, aid, how):
        a = self.arts[aid]
        t = clean_title(a["title"])
        if a["kicker"]:
            self.emit(clean_title(a["kicker"]))
        if how == "double":
            self.emit(t + t)
            self.count["headline drawn twice, doubled on one line"] += 1
        else:
            self.emit(t)
            self.emit(t)
            self.count["headline drawn twice, two identical lines"] += 1
        if a["subtitle"]:
            self.emit(clean_title(a["subtitle"]))
        self.dups.append(t)

    def byline(self, aid, split=""):
        a = self.arts[aid]
        b = a["byline"]
        if split and split in b:
            i = b.index(split)
            self.emit(b[:i].rstrip())
            self.emit(b[i:])
            self.count["line break inside a byline (between names / before 通讯员)"] += 1
        else:
            self.emit(b)
        self.count["bylines alone on a line"] += 1

    def photo(self, aid, how="inline"):
        a = self.arts[aid]
        caps = [clean_para(p) for p in a["paras"]]
        if a["title"]:
            self.emit(clean_title(a["title"]))
        self.printed[aid].append(((0, 0), (len(caps), 0)))
        for i, c in enumerate(caps):
            last = i == len(caps) - 1
            if last and how == "inline" and a["byline"]:
                self.emit(c + " " + a["byline"])
            else:
                self.emit(c)
        if how == "right" and a["byline"]:
            self.emit(" " * self.rng.randint(12, 28) + a["byline"])
            self.count["credits right-aligned on a line of their own"] += 1
        elif how == "below" and a["byline"]:
            self.emit(a["byline"])
        self.count["photo captions"] += len(caps)

    def run(self):
        last = ""
        for spec in self.layout:
            op, *args = spec.split(" ", 1)
            arg = args[0] if args else ""
            a = arg.split()
            if op == "mast":
                pieces = arg.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(pieces))
                self.count["masthead pieces"] += len(pieces)
            elif op == "box":
                pieces = arg.split("|")
                for p in pieces:
                    self.emit(p)
                self.extras.append("".join(pieces))
                self.count["short box lines (countdown, code prompt, framed label)"] += 1
            elif op == "head":
                self.head(a[0], a[1] if len(a) > 1 else "")
            elif op == "twice":
                self.title_twice(a[0], a[1])
            elif op == "col":
                self.emit(self.arts[a[0]]["column"])
                self.count["column labels on their own line"] += 1
            elif op == "by":
                self.byline(a[0], a[1] if len(a) > 1 else "")
            elif op == "body":
                self.body(a[0], a[1] if len(a) > 1 else "-", a[2] if len(a) > 2 else "-")
            elif op == "photo":
                self.photo(a[0], a[1] if len(a) > 1 else "inline")
            elif op == "mark":
                self.emit(arg.split(" ", 1)[1])
                self.count["jump markers"] += 1
            elif op == "line":        # verbatim line belonging to an article field (signature etc.)
                self.emit(arg.split(" ", 1)[1])
            elif op == "dupline":
                prev = self.lines[-1]
                self.emit(prev)
                self.dups.append(re.sub(r"\s+", "", prev))
                self.count["lines printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: bad layout op {spec}")
        self.verify()

    def verify(self):
        for aid in self.order:
            a = self.arts[aid]
            iv = sorted(self.printed[aid])
            n = len(a["paras"])
            if n and not iv:
                raise SystemExit(f"{self.name}: body of {aid} never printed")
            pos = (0, 0)
            for s, e in iv:
                if s != pos:
                    raise SystemExit(f"{self.name}: {aid} body gap/overlap at {pos} vs {s}")
                pos = e
            if n and pos != (n, 0):
                raise SystemExit(f"{self.name}: {aid} body ends at {pos}")

    def text(self) -> str:
        return "\n\n".join(self.lines) + "\n"


def gold_of(page: Page, fname: str):
    m = page.meta
    arts = []
    for aid in page.order:
        a = page.arts[aid]
        arts.append({
            "kind": a["kind"], "column": a["column"], "kicker": clean_title(a["kicker"]),
            "title": clean_title(a["title"]), "subtitle": clean_title(a["subtitle"]),
            "byline": a["byline"], "dateline": a["dateline"].replace("¦", ""),
            "continued": a["continued"], "subheads": list(a["subheads"]),
            "paragraphs": [clean_para(p) for p in a["paras"]],
        })
    return {
        "source": fname,
        "issue_date": m["date"],
        "issue_number": int(m["issue"]) if m.get("issue") else None,
        "page_count": int(m["pagecount"]) if m.get("pagecount") else None,
        "articles": arts,
        "extras": page.extras,
        "duplicates": page.dups,
    }


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build():
    """Return {relative path: bytes} of everything compose writes, plus page facts."""
    out, facts, total = {}, [], Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        meta, arts, order, layout = parse(sp)
        page = Page(sp.name, meta, arts, order, layout)
        page.run()
        text = page.text()
        nnn = "%03d" % int(meta["page"])
        fname = f"{nnn}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.txt"
        gold = gold_of(page, fname)
        out[f"pages/{fname}"] = text.encode("utf-8")
        out[f"gold/{fname[:-4]}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(page.count)
        facts.append({"file": fname, "date": meta["date"], "pageno": meta["pageno"],
                      "layout": meta["layout"], "punct": meta["punct"],
                      "articles": len(order), "chars": nchars(text),
                      "subjects": meta.get("subjects", ""), "count": page.count})
    # README
    rows = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    pn = {"full": "full-width", "mixed": "full, half-width brackets", "half": "half-width , ( ) ; :"}
    for f in facts:
        prow.append(f"| {f['file']} | {f['date']} | {f['pageno']} | {f['layout']} | {pn[f['punct']]} | "
                    f"{f['articles']} | {f['chars']} | {f['subjects']} |")
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))
    out["README.md"] = readme.encode("utf-8")
    return out, facts, total


def main():
    out, facts, total = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, data in out.items():
        (HERE / rel).write_bytes(data)
    print(f"composed {len(facts)} pages")


if __name__ == "__main__":
    main()
