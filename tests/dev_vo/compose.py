#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name. See README.md for the source format.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
BREAK = "↵"                      # forced printed line break inside a field
CUT = "¦"                        # piece boundary inside a paragraph, followed by a type letter
CUT_TYPES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "cut mid-sentence after a comma", "p": "cut at a column break (nothing between)"}
CLOSE = set("，。、；：？！）》”’」…,;:?!)%")
OPEN = set("（《“‘「(")
WEEK = "一二三四五六日"


# --------------------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                cur = "layout"
                continue
            aid, kind = head[0], head[1]
            cur = {"id": aid, "kind": kind, "paras": [], "opt": {}}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if cur is None:
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif cur == "layout":
            page["layout"].append(line.strip())
        elif line.startswith("|"):
            cur["paras"].append(line[1:].strip())
        else:
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k in FIELDS:
                cur[k] = v
            else:
                cur["opt"][k] = v
    return page


# --------------------------------------------------------------------------- text helpers
def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean_field(s: str) -> str:
    """Gold text of a field: forced breaks dropped (a space before a break stays)."""
    return s.replace(BREAK, "").strip()


def clean_para(s: str) -> str:
    s = re.sub(CUT + ".", "", s)
    if s.startswith("#"):
        s = s[1:]
    return s.replace(BREAK, "")


def is_ascii_tok(c: str) -> bool:
    return c.isascii() and not c.isspace()


def tokens(s: str) -> list[str]:
    """Characters one by one, ASCII runs whole, a kept space as the token " "."""
    out, buf = [], ""
    for c in s:
        if is_ascii_tok(c) and c not in "(),;:?!":
            buf += c
            continue
        if buf:
            out.append(buf)
            buf = ""
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(c)
    if buf:
        out.append(buf)
    while out and out[-1] == " ":
        out.pop()
    return out


def width(tok: str) -> float:
    return 0.5 * len(tok) if tok.isascii() else float(len(tok))


def isnum(t: str) -> bool:
    return t[0].isdigit() and t.isascii()


def numspace(s: str, mode: str) -> str:
    """Spaces the PDF extraction leaves around runs of digits (column pages)."""
    if mode == "none":
        return s
    toks = tokens(s)
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if isnum(t) and prev and prev != " " and prev not in OPEN and prev not in CLOSE:
            out += " "
        out += t
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if mode == "both" and isnum(t) and t[-1] != "%" and nxt and nxt != " " \
                and nxt not in CLOSE and nxt not in OPEN:
            out += " "
    return out


def gapspace(s: str, rng: random.Random, stats: Counter) -> str:
    """Glyph-gap spaces: before full-width punctuation after a figure, before %."""
    def rep(m):
        stats["glyph-gap space before punctuation / %"] += 1
        return m.group(1) + " " + m.group(2)
    s = re.sub(r"([0-9%])([、，；。])", rep, s)
    if rng.random() < 0.6:
        s = re.sub(r"([0-9])(%)", rep, s, count=1)
    return s


def justify(line: str, stats: Counter) -> str:
    toks = [t for t in tokens(line) if t != " "]
    out = toks[0] if toks else ""
    for a, b in zip(toks, toks[1:]):
        glue = " "
        if a in CLOSE and a not in "”’":
            glue = ""
        if a in "”’" :
            glue = ""
        if b in "（《(":
            glue = ""
        if a in "（《(":
            glue = ""
        if b in "）》)":
            glue = ""
        if b in "“‘":
            glue = ""
        out += glue + b
    stats["justified line spread with spaces"] += 1
    return out


def wrap(text: str, w: float, first_used: float = 0.0) -> list[tuple[str, bool]]:
    """Greedy fill to w em; returns (line, short) pairs; kinsoku for punctuation."""
    toks = tokens(text)
    lines, cur, used = [], [], first_used
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == " " and not cur:
            i += 1
            continue
        tw = width(t)
        if not cur or used + tw <= w + 1e-9 or (t in CLOSE and len(t) == 1 and used + tw <= w + 2):
            cur.append(t)
            used += tw
            i += 1
            continue
        # cannot place t: an opening mark may not end a line
        if cur and cur[-1] in OPEN:
            moved = cur.pop()
            used -= width(moved)
            i -= 1
        while cur and cur[-1] == " ":
            used -= width(cur.pop())
        lines.append((cur, used))
        cur, used = [], 0.0
    if cur:
        lines.append((cur, used))
    res = []
    for n, (toks_, used_) in enumerate(lines):
        cap = w - (first_used if n == 0 else 0)
        res.append(("".join(toks_), used_ - (first_used if n == 0 else 0) <= cap - 0.5))
    return res


# --------------------------------------------------------------------------- layout
class Printer:
    def __init__(self, layout: str):
        self.layout = layout
        self.lines: list[tuple[str, int]] = []   # (text, blank lines after)

    def put(self, text: str, tight: bool = False):
        blanks = 0 if tight else 1
        self.lines.append((text, blanks))

    def gap(self, n: int = 2):
        if self.lines:
            t, b = self.lines[-1]
            self.lines[-1] = (t, b + n)

    def text(self) -> str:
        out = "\n\n" if self.layout == "paragraph" else ""
        for n, (t, b) in enumerate(self.lines):
            if n == 0 and self.layout == "column":
                t = " " + t
            out += t + "\n" + "\n" * b
        return out + "\n"


def pieces_of(art: dict) -> list[dict]:
    """Split the paragraphs into pieces at cut marks; each piece knows its paragraph."""
    out = []
    for pi, p in enumerate(art["paras"]):
        sub = p.startswith("#")
        body = p[1:] if sub else p
        parts = re.split(CUT + "(.)", body)
        texts, kinds = parts[0::2], parts[1::2]
        for k, t in enumerate(texts):
            out.append({"para": pi, "text": t, "first": k == 0, "last": k == len(texts) - 1,
                        "cut": kinds[k] if k < len(kinds) else "", "sub": sub})
    return out


def compose_page(path: Path, stats: Counter) -> tuple[str, dict, dict]:
    page = parse(path)
    meta = page["meta"]
    rng = random.Random(path.name)
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    arts = page["arts"]
    for a in arts.values():
        for f in FIELDS:
            a[f] = punct(a[f], mode)
        a["paras"] = [punct(p, mode) for p in a["paras"]]
        if "marker" in a["opt"]:
            a["opt"]["marker"] = punct(a["opt"]["marker"], mode)
        a["pieces"] = pieces_of(a)
    pr = Printer(layout)
    extras: list[str] = []
    dups: list[str] = []
    last_kind = None

    def put(t, tight=False):
        pr.put(t, tight)

    seen_body: set[str] = set()
    for item in page["layout"]:
        parts = item.split()
        op = parts[0]
        if op == "extra":
            t = item[len("extra"):].strip()
            merge = t.startswith("+")
            if merge:
                t = t[1:].strip()
            tight = t.endswith(" ~")
            t = t[:-2] if tight else t
            txt = t.replace("\\s", " ")
            if merge and extras:
                extras[-1] += re.sub(r"\s+", "", txt)
            else:
                extras.append(re.sub(r"\s+", "", txt))
                stats["page furniture / box line (extras)"] += 1
            put(txt, tight)
            continue
        if op == "gap":
            pr.gap(int(parts[1]) if len(parts) > 1 else 2)
            continue
        if op == "dup":
            t = pr.lines[-1][0]
            dups.append(re.sub(r"\s+", "", t))
            stats["line printed twice"] += 1
            put(t)
            continue
        a = arts[parts[1]]
        if op == "head":
            style = parts[2] if len(parts) > 2 else ("tight" if layout == "column" else "one")
            which = parts[3] if len(parts) > 3 else "kts"
            segs = []
            for letter, f in (("k", "kicker"), ("t", "title"), ("s", "subtitle")):
                if letter in which and a[f]:
                    segs.append(a[f])
            if style == "one":
                put(" ".join(s.replace(BREAK, "").strip() for s in segs))
            elif style == "double":
                t = " ".join(s.replace(BREAK, "").strip() for s in segs)
                put(t + t)
                dups.append(re.sub(r"\s+", "", t))
                stats["headline drawn twice"] += 1
            else:
                lines = [x.strip() for s in segs for x in s.split(BREAK)]
                if any(BREAK in s for s in segs):
                    stats["headline line broken (last word alone / two-phrase split)"] += 1
                for n, x in enumerate(lines):
                    put(x, tight=(style == "tight" and n < len(lines) - 1))
            if a["id"] in seen_body:
                stats["headline printed after its body"] += 1
            if last_kind == "head":
                stats["headlines bunched with another story's headline"] += 1
            last_kind = "head"
            continue
        last_kind = op
        if op == "column":
            put(a["column"])
            stats["column label on its own line"] += 1
        elif op == "byline":
            segs = [x.strip() for x in a["byline"].split(BREAK)]
            if len(segs) > 1:
                stats["line break inside a byline"] += 1
            for n, x in enumerate(segs):
                put(x, tight=(n < len(segs) - 1 and layout == "paragraph"))
        elif op == "marker":
            put(a["opt"]["marker"])
            stats["jump marker"] += 1
        elif op == "photo":
            style = parts[2] if len(parts) > 2 else "inline"
            if a["title"]:
                put(a["title"].replace(BREAK, ""))
            cap = a["paras"][0]
            pw = int(a["opt"].get("width", "0"))
            capl = [cap] if not pw else [l for l, _ in wrap(cap, pw)]
            cred = a["byline"].replace(BREAK, "")
            if style == "inline" and cred:
                capl[-1] += " " + cred
                for x in capl:
                    put(x, tight=layout == "column" and x is not capl[-1])
            else:
                for x in capl:
                    put(x, tight=layout == "column" and x is not capl[-1])
                if cred:
                    if style == "right":
                        put(" " * int(a["opt"].get("pad", "24")) + cred)
                        stats["credit right-aligned on its own line"] += 1
                    else:
                        put(cred)
            stats["photo / cartoon"] += 1
        elif op == "body":
            seen_body.add(a["id"])
            rngs = parts[2] if len(parts) > 2 else "0-"
            flags = parts[3:] if len(parts) > 3 else []
            lo, dash, hi = rngs.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else (len(a["pieces"]) - 1 if dash else lo)
            pcs = a["pieces"][lo:hi + 1]
            if lo > 0 and a["pieces"][lo - 1]["cut"]:
                stats[CUT_TYPES[a["pieces"][lo - 1]["cut"]]] += 1
                stats["story continued after a piece of another story"] += 1
            lead = a["opt"]["marker"] + " " if "m" in flags else ""
            if lead:
                stats["jump marker"] += 1
            if layout == "paragraph":
                pcs = [pc for pc in pcs if pc["text"]]
                for n, pc in enumerate(pcs):
                    t = pc["text"]
                    if pc["para"] == 0 and pc["first"] and a["dateline"]:
                        t = a["dateline"].replace(BREAK, "") + t
                    if n == 0:
                        t = lead + t
                    if n > 0 and not pc["first"]:
                        stats[CUT_TYPES[pcs[n - 1]["cut"]]] += 1
                        stats["paragraph split by a column break, nothing between"] += 1
                    put(t)
            else:
                w = float(a["opt"].get("width", "17"))
                nm = a["opt"].get("nums", "both")
                gap = a["opt"].get("gap", "") == "y"
                buf = lead
                merged = []
                for pc in pcs:              # a column break inside one column run is invisible
                    if merged and not pc["first"]:
                        merged[-1] = dict(merged[-1], text=merged[-1]["text"] + pc["text"])
                    else:
                        merged.append(dict(pc))
                pcs = [pc for pc in merged if pc["text"]]
                for n, pc in enumerate(pcs):
                    t = pc["text"]
                    first_lines = []
                    if pc["para"] == 0 and pc["first"] and a["dateline"]:
                        dl = numspace(a["dateline"], "before").split(BREAK)
                        if len(dl) > 1:
                            stats["line break inside a dateline / before 通讯员"] += 1
                        first_lines = [x.strip() for x in dl[:-1]]
                        t = dl[-1].lstrip() + t
                        if a["opt"].get("dl_alone") == "y":
                            first_lines.append(dl[-1].strip())
                            t = t[len(dl[-1].lstrip()):]
                    if n > 0 and not pc["first"]:
                        stats[CUT_TYPES[pcs[n - 1]["cut"]]] += 1
                    for x in first_lines:
                        put(buf + x)
                        buf = ""
                    t = buf + t
                    buf = ""
                    wl = wrap(t, w)
                    for k, (line, short) in enumerate(wl):
                        final = k == len(wl) - 1
                        if short and not final:
                            line = justify(line, stats)
                        else:
                            line = numspace(line, nm)
                            if gap:
                                line = gapspace(line, rng, stats)
                        put(line)
        else:
            raise SystemExit(f"{path.name}: unknown layout op {item!r}")
    text = pr.text()
    stats["headline parts"] += 0
    gold_arts = []
    for aid in page["order"]:
        a = arts[aid]
        g = {"kind": a["kind"]}
        for f in FIELDS:
            g[f] = clean_field(a[f])
        g["subheads"] = [clean_para(p) for p in a["paras"] if p.startswith("#")]
        g["paragraphs"] = [clean_para(p) for p in a["paras"]]
        gold_arts.append(g)
    gold = {"source": None, "issue_date": meta["date"],
            "issue_number": meta.get("issue") or None,
            "page_count": int(meta["pages"]) if meta.get("pages") else None,
            "articles": gold_arts, "extras": extras, "duplicates": dups}
    return text, gold, page


def page_name(num: str, text: str) -> str:
    return f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def build() -> dict:
    """Everything compose writes, as {relative path: text}."""
    files: dict[str, str] = {}
    stats = Counter()
    rows = []
    for src in sorted(SRC.glob("p*.txt")):
        text, gold, page = compose_page(src, stats)
        meta = page["meta"]
        name = page_name(meta["num"], text)
        gold["source"] = name + ".txt"
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        chars = len(re.sub(r"\s+", "", text))
        d = datetime.date.fromisoformat(meta["date"])
        rows.append(f"| {name}.txt | {meta['date']} (星期{WEEK[d.weekday()]}) | {meta['page']} | "
                    f"{meta['layout']} | {meta.get('punct', 'full')} | {len(gold['articles'])} | "
                    f"{chars} | {meta.get('subjects', '')} |")
        stats["pages"] += 1
        stats["articles"] += len(gold["articles"])
    ptab = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(stats.items(), key=lambda kv: kv[0]):
        if k in ("pages", "articles", "headline parts"):
            continue
        ptab.append(f"| {k} | {v} |")
    ptab.append(f"| pages / articles | {stats['pages']} / {stats['articles']} |")
    pages_tab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                 "|---|---|---|---|---|---|---|---|"] + rows
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace(
        "{{PAGES}}", "\n".join(pages_tab))
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    for rel, text in files.items():
        (HERE / rel).write_text(text, encoding="utf-8")
    print(f"composed {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    sys.exit(main())
