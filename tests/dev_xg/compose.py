#!/usr/bin/env python3
"""Lay out the page sources in src/ into raw pages (pages/), gold (gold/) and README.md.

Standard library only. Every random choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：）”》？！’」…—")   # may not start a line
OPEN = set("“《（‘「")                  # may not end a line
PUNCT = CLOSE | OPEN | set("·")
NUM = re.compile(r"[0-9A-Za-z.%+×\-]+")


# ----------------------------------------------------------------- source parsing
def parse(text: str) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    sec, cur = None, None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            sec = parts[0]
            if sec == "art":
                cur = {"id": parts[1], "width": 16, "paras": [], "subheads": []}
                for k in KEYS:
                    cur[k] = ""
                page["arts"][parts[1]] = cur
                page["order"].append(parts[1])
            continue
        if sec == "page":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif sec == "art":
            if line.startswith("  "):
                cur["paras"].append(line.strip())
            else:
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k == "subheads":
                    cur["subheads"] = [s.strip() for s in v.split("|") if s.strip()]
                elif k in ("width", "marker", "credit", "gold_order"):
                    cur[k] = int(v) if k == "width" else v
                else:
                    cur[k] = v
        elif sec == "layout":
            page["layout"].append(line.strip())
    return page


# ----------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a source string: markup removed."""
    return s.replace("¦", "").replace("/", "").replace("~", "")


def gold_break(s: str) -> str:
    """Dateline / byline: '/' marks a printed line break; gold joins the pieces."""
    return s.replace("/", "")


# ----------------------------------------------------------------- column lines
def units(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = NUM.match(text, i)
        if m and text[i] not in "/":
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uw(u: str) -> float:
    return len(u) * 0.5 if ord(u[0]) < 128 else float(len(u))


def wrap(text: str, width: int, first_indent: int = 2) -> list[tuple[list[str], bool]]:
    """Greedy fill of a column of `width` em. Returns (units, spread) per line.

    Measured on seeds 000/004: CJK and full-width punctuation take 1 em, digits and
    Latin 0.5 em and never split; a line may not start with closing punctuation nor end
    with an opening one (the last character is pushed down); a line left short by at
    least 1 em that holds full-width punctuation is justified, which the extraction
    prints as a space after every character.
    """
    us = units(text)
    lines, i, cap = [], 0, width - first_indent
    while i < len(us):
        w, j = 0.0, i
        while j < len(us) and w + uw(us[j]) <= cap:
            w += uw(us[j])
            j += 1
        if j == i:
            j = i + 1
        if j < len(us):
            # kinsoku: the next unit may not open a line, the last may not close one
            while j - i > 2 and (us[j] in CLOSE or us[j - 1] in OPEN):
                j -= 1
        seg = us[i:j]
        w = sum(uw(u) for u in seg)
        last = j >= len(us)
        spread = (not last) and cap - w >= 1.0 and any(u in PUNCT for u in seg[:-1])
        lines.append((seg, spread))
        i, cap = j, width
    return lines


def render(seg: list[str], spread: bool, rng: random.Random, stats: Counter) -> str:
    if spread:
        stats["justified line spread with spaces"] += 1
        out = ""
        for k, u in enumerate(seg):
            out += u
            if k < len(seg) - 1 and u != " " and seg[k + 1] != " " and (u not in PUNCT or u == "“"):
                out += " "
        return out
    out = ""
    for k, u in enumerate(seg):
        if ord(u[0]) < 128 and u[0].isdigit():
            if k > 0 and not out.endswith(" ") and rng.random() < 0.6:
                out += " "
            out += u
            if k < len(seg) - 1 and rng.random() < 0.5:
                out += " "
                stats["space around a number run"] += 1
            continue
        if u in "、，；" and k > 0 and rng.random() < 0.03:
            out += " "
            stats["glyph-gap space at full-width punctuation"] += 1
        if u == "%" and rng.random() < 0.2:
            out += " "
        out += u
        if u == "“" and k < len(seg) - 1 and rng.random() < 0.12:
            out += " "
            stats["space after an opening quote"] += 1
    return out


# ----------------------------------------------------------------- composing a page
class Page:
    def __init__(self, src: Path):
        self.name = src.name
        self.p = parse(src.read_text(encoding="utf-8"))
        self.meta = self.p["meta"]
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.rng = random.Random(src.name)
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats: Counter = Counter()
        self.done: set = set()

    def P(self, s: str) -> str:
        return punct(s, self.mode)

    def emit(self, s: str, blank: int = 1):
        self.lines.append(s)
        self.lines.extend([""] * blank)

    def pieces(self, a: dict) -> list[list[str]]:
        return [self.P(p).split("¦") for p in a["paras"]]

    @staticmethod
    def pos(spec: str) -> tuple[int, int]:
        if "." in spec:
            x, y = spec.split(".")
            return int(x), int(y)
        return int(spec), -1

    def select(self, a: dict, rng_spec: str) -> list[tuple[int, int, str]]:
        """'2-4' / '1.1-3.0' / '5' -> list of (para, piece, text)."""
        pcs = self.pieces(a)
        if rng_spec in ("", "all"):
            rng_spec = f"0-{len(pcs) - 1}"
        lo, _, hi = rng_spec.partition("-")
        hi = hi or lo
        (p0, q0), (p1, q1) = self.pos(lo), self.pos(hi)
        q0 = 0 if q0 < 0 else q0
        out = []
        for pi in range(p0, p1 + 1):
            last_q = len(pcs[pi]) - 1 if (pi < p1 or q1 < 0) else q1
            first_q = q0 if pi == p0 else 0
            for qi in range(first_q, last_q + 1):
                out.append((pi, qi, pcs[pi][qi]))
        return out

    # ---- headline
    def head(self, a: dict, args: list[str]):
        mode = args[0] if args else "lines"
        parts = [self.P(a[k]).replace("~", "") for k in ("kicker", "title", "subtitle") if a[k]]
        if mode == "join":                     # paragraph layout: one line
            self.emit(" ".join(parts))
        elif mode == "wide":                   # kicker and title on one line, wide gap
            k, t = self.P(a["kicker"]), self.P(a["title"]).replace("~", "")
            self.emit(k + " " * self.rng.choice((6, 8, 10)) + t)
            self.stats["kicker printed on its title's line"] += 1
            if a["subtitle"]:
                self.emit(self.P(a["subtitle"]))
        elif mode == "double":                 # title drawn twice on one line
            for x in parts:
                if x == self.P(a["title"]).replace("~", ""):
                    self.emit(x + x)
                    self.dups.append(x)
                    self.stats["headline drawn twice"] += 1
                else:
                    self.emit(x)
        elif mode == "twice":                  # title printed on two identical lines
            for x in parts:
                self.emit(x)
                if x == self.P(a["title"]).replace("~", ""):
                    self.emit(x)
                    self.dups.append(x)
                    self.stats["headline drawn twice"] += 1
        elif mode == "split":                  # last word of the title alone
            for x in parts:
                if x == self.P(a["title"]).replace("~", "") and "~" in a["title"]:
                    l, r = self.P(a["title"]).split("~")
                    self.emit(l)
                    self.emit(r)
                    self.stats["headline's last word alone on a line"] += 1
                else:
                    self.emit(x.replace("~", ""))
        else:
            for x in parts:
                self.emit(x.replace("~", ""))
        self.stats[f"headline stack of {len(parts)} line(s)"] += 1

    # ---- body
    def body(self, a: dict, spec: str, opts: list[str]):
        sel = self.select(a, spec)
        for pi, qi, _ in sel:
            key = (a["id"], pi, qi)
            if key in self.done:
                raise SystemExit(f"{self.name}: piece {key} laid out twice")
            self.done.add(key)
        first = sel[0][0] == 0 and sel[0][1] == 0
        if self.layout == "paragraph":
            for idx, (pi, qi, txt) in enumerate(sel):
                if first and idx == 0:
                    if a.get("marker"):
                        txt = self.P(a["marker"]) + txt
                        self.stats["jump marker"] += 1
                    elif a["dateline"]:
                        txt = self.P(a["dateline"]).replace("/", "") + txt
                self.emit(txt)
                pcs = self.pieces(a)[pi]
                if qi < len(pcs) - 1:
                    self.stats["paragraph cut (rest on a later line)"] += 1
            return
        width = int(opts[0]) if opts and opts[0].isdigit() else a["width"]
        buf: list[str] = []
        for idx, (pi, qi, txt) in enumerate(sel):
            pre = ""
            if first and idx == 0:
                if a.get("marker"):
                    pre = self.P(a["marker"])
                    self.stats["jump marker"] += 1
                elif a["dateline"]:
                    dl = self.P(a["dateline"])
                    if "/" in dl:
                        segs = dl.split("/")
                        for s in segs[:-1]:
                            buf.append(s.rstrip())
                            self.stats["line break inside a dateline"] += 1
                        pre = segs[-1]
                    else:
                        pre = dl
                        # a dateline whose last 1-3 characters would open the next line is
                        # broken before the last name instead (the paper never splits a name)
                        lines = wrap(pre + txt, width, 2)
                        n0 = len("".join(lines[0][0]).replace(" ", ""))
                        tail = len(dl.replace(" ", "")) - n0
                        if 0 < tail < 4 and len(lines) > 1:
                            cands = [i for i in range(1, len(dl)) if dl[i] == " "
                                     or dl.startswith(("全媒体记者", "记者", "通讯员"), i)]
                            cands = [i for i in cands if len(dl[i:].replace(" ", "")) >= 4
                                     and len(dl[:i].replace(" ", "")) <= n0]
                            cut = max(cands)
                            buf.append(dl[:cut].rstrip())
                            pre = dl[cut:].lstrip()
                            self.stats["line break inside a dateline"] += 1
            indent = 2 if qi == 0 and not (first and idx == 0 and buf) else 0
            if first and idx == 0 and buf:
                indent = 0
            if qi > 0:
                self.stats["paragraph cut by a column break"] += 1
            for seg, spread in wrap(pre + txt, width, indent):
                buf.append(render(seg, spread, self.rng, self.stats))
        for line in buf:
            self.emit(line)

    def run(self):
        arts = self.p["arts"]
        for d in self.p["layout"]:
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "blank":
                self.lines.extend([""] * int(args[0]))
            elif op == "x":          # a piece of page furniture: starts an extras item
                self.emit(self.P(rest))
                self.extras.append(self.P(rest))
                self.stats["page furniture line (masthead piece, box line)"] += 1
            elif op == "x+":         # furniture merged with the previous extras item
                self.emit(self.P(rest))
                self.extras[-1] += self.P(rest)
                self.stats["page furniture line (masthead piece, box line)"] += 1
            elif op == "dup":        # a line the extraction printed twice
                self.emit(self.P(rest))
                self.dups.append(self.P(rest))
                self.stats["line printed twice"] += 1
            elif op == "dupbody":    # a body piece printed twice (paragraph layout)
                a = arts[args[0]]
                for _, _, txt in self.select(a, args[1]):
                    self.emit(txt)
                    self.dups.append(txt)
                    self.stats["line printed twice"] += 1
            elif op == "mark":
                self.emit(self.P(rest))
                self.stats["jump marker"] += 1
            elif op == "head":
                self.head(arts[args[0]], args[1:])
            elif op == "col":
                self.emit(self.P(arts[args[0]]["column"]))
                self.stats["column label on its own line"] += 1
            elif op == "byline":
                a = arts[args[0]]
                by = self.P(a["byline"])
                segs = by.split("/")
                if len(segs) > 1:
                    self.stats["line break inside a byline"] += 1
                for s in segs:
                    s = s.strip()
                    if "right" in args:
                        s = " " * 30 + s
                        self.stats["credit right-aligned on its own line"] += 1
                    self.emit(s)
            elif op == "body":
                self.body(arts[args[0]], args[1] if len(args) > 1 else "all", args[2:])
            elif op == "caption":    # photo caption, credit after wide gap on the same line
                a = arts[args[0]]
                txt = " ".join(self.P(p) for p in a["paras"])
                if "credit" in args:
                    txt += "  " + self.P(a["byline"])
                    self.stats["photo credit on its caption's line"] += 1
                self.emit(txt)
            elif op == "text":       # a raw line belonging to an article field, verbatim
                self.emit(self.P(rest))
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        for aid, a in arts.items():
            if a["kind"] == "photo" or a.get("nobody"):
                continue
            for pi, pcs in enumerate(self.pieces(a)):
                for qi in range(len(pcs)):
                    if (aid, pi, qi) not in self.done:
                        raise SystemExit(f"{self.name}: piece {(aid, pi, qi)} never laid out")
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"

    def gold(self, fname: str) -> dict:
        arts = []
        order = self.p["order"]
        for aid in order:
            a = self.p["arts"][aid]
            g = {"kind": a["kind"]}
            for k in KEYS[1:]:
                v = self.P(a[k])
                if k in ("dateline", "byline"):
                    v = gold_break(v)
                    v = re.sub(r"\s*/\s*", " ", v)
                g[k] = clean(v)
            g["subheads"] = [self.P(s) for s in a["subheads"]]
            g["paragraphs"] = [clean(self.P(p)) for p in a["paras"]]
            arts.append(g)
        m = self.meta
        return {
            "source": fname,
            "issue_date": m["date"],
            "issue_number": m.get("issue_number") or None,
            "page_count": int(m["page_count"]) if m.get("page_count") else None,
            "articles": arts,
            "extras": self.extras,
            "duplicates": self.dups,
        }


def build(root: Path = HERE) -> dict[str, str]:
    """Return {relative path: content} of everything compose writes."""
    out: dict[str, str] = {}
    rows, totals = [], Counter()
    srcs = sorted((root / "src").glob("p*.txt"))
    for n, src in enumerate(srcs, 1):
        pg = Page(src)
        text = pg.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        fname = f"{n:03d}_{h}.txt"
        gold = pg.gold(fname)
        out[f"pages/{fname}"] = text
        out[f"gold/{fname[:-4]}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        totals.update(pg.stats)
        totals["pages"] += 1
        chars = len(re.sub(r"\s", "", text))
        m = pg.meta
        rows.append(f"| {fname} | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} | "
                    f"{len(gold['articles'])} | {chars} | {m.get('subject', '')} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        if k != "pages":
            ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    readme = (root / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    out["README.md"] = readme
    return out


def main():
    out = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if f.suffix in (".txt", ".json") and f"{d}/{f.name}" not in out:
                f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"composed {sum(1 for k in out if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
