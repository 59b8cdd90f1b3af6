#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice (spaces around a number run, a glyph-gap
space) comes from random.Random seeded by the source file name, so a rebuild is
byte-for-byte identical.  See README.md for the source format.
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
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = "¦"          # cut point inside a paragraph (a piece ends here)
BRK = "^"          # forced printed line break inside a heading, byline or dateline
OPEN = set("“‘（《([「")
CLOSE = set("，。、；：？！”’）》)」,;:?!")
HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!"}
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×·\-]*")


# ---------------------------------------------------------------- source parsing
def parse_source(text: str) -> dict:
    page = {"meta": {}, "extras": [], "arts": {}, "order": [], "layout": []}
    cur, sect = None, None
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("#") or (not line.strip() and sect != "layout"):
            continue
        if line == "=page":
            sect = "page"
            continue
        if line.startswith("=art "):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "paras": [], **{f: "" for f in FIELDS}, "kind": "news"}
            page["arts"][aid] = cur
            page["order"].append(aid)
            continue
        if line == "=layout":
            sect = "layout"
            continue
        if sect == "layout":
            if line.strip():
                page["layout"].append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            if key == "extra":
                page["extras"].append(val)
            else:
                page["meta"][key] = val
        elif sect == "art":
            if key == "p":
                cur["paras"].append(("p", val))
            elif key == "h":
                cur["paras"].append(("h", val))
            else:
                cur[key] = val
    return page


def convert_punct(s: str, mode: str) -> str:
    if mode == "half":
        return "".join(HALF.get(c, c) for c in s)
    if mode == "mixed":
        return s.replace("（", "(").replace("）", ")")
    return s


def clean(s: str) -> str:
    return s.replace(BRK, "").replace(CUT, "")


# ---------------------------------------------------------------- text measure
def is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = NUMRUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def tw(t: str) -> float:
    if len(t) > 1 or ord(t[0]) < 128:      # a number run also takes the gaps beside it
        return 0.5 * len(t) + (0.5 if len(t) > 1 else 0)
    if t in "“”‘’":
        return 1.0
    if t in OPEN or t in CLOSE:
        return 0.5
    return 1.0


class Layouter:
    def __init__(self, name: str, page: dict):
        self.rng = random.Random(name)
        self.page = page
        self.meta = page["meta"]
        self.mode = self.meta.get("layout", "column")
        self.lines: list[str] = []
        self.dups: list[str] = []
        self.markers: list[str] = []
        self.count = Counter()
        self.printed: list[tuple[str, int]] = []
        self.numsp = float(self.meta.get("numsp", "0.8" if self.mode == "column" else "0"))
        self.gap = float(self.meta.get("gap", "0.03" if self.mode == "column" else "0.02"))

    # -- small renderers
    def emit(self, s: str, blank: int = 1):
        self.lines.append(s)
        self.lines.extend([""] * blank)

    def render(self, toks: list[str], spread: bool) -> str:
        out = ""
        prev = None
        for t in toks:
            if prev is None:
                out = t
                prev = t
                continue
            sp = False
            if spread:
                sp = not (prev in CLOSE or t in OPEN)
                if len(t) == 1 and t in CLOSE and prev in CLOSE:
                    sp = False
            else:
                num_t, num_p = len(t) > 1 or t.isdigit(), len(prev) > 1 or prev.isdigit()
                if num_t and (is_cjk(prev[-1]) or prev in "，、："):
                    sp = self.rng.random() < self.numsp and is_cjk(prev[-1])
                elif num_p and is_cjk(t[0]):
                    sp = self.rng.random() < self.numsp * 0.6
                elif t in "、，" and is_cjk(prev[-1]) and self.rng.random() < self.gap:
                    sp = True
                    self.count["glyph-gap space before full-width punctuation"] += 1
                elif prev in "“‘" and self.rng.random() < self.gap * 3:
                    sp = True
                    self.count["space after an opening quote"] += 1
                if sp and (num_t or num_p):
                    self.count["space beside a number run"] += 1
            if t == "%" and self.rng.random() < self.gap:
                sp = True
            out += (" " if sp else "") + t
            prev = t
        if spread:
            self.count["justified line spread with spaces"] += 1
        return out

    def wrap(self, text: str, width: float, indent: bool, last_full: bool = False) -> list[str]:
        """Column wrap.  Returns printed lines.  A forced BRK breaks the line."""
        lines = []
        segs = [x.strip() for x in text.split(BRK)]
        for si, seg in enumerate(segs):
            toks = tokens(seg)
            cur, w = [], 0.0
            cap = width - (2 if (indent and si == 0) else 0)
            i = 0
            while i < len(toks):
                t = toks[i]
                x = tw(t)
                if w + x <= cap or not cur:
                    cur.append(t)
                    w += x
                    i += 1
                    continue
                if t in CLOSE and w + x <= cap + 0.5:
                    cur.append(t)
                    w += x
                    i += 1
                    if i < len(toks) and toks[i] in CLOSE:  # never start a line on a closing mark
                        cur.append(toks[i])
                        i += 1
                    continue
                if t in CLOSE and len(cur) > 1:  # push the last character down with it
                    i -= 1
                    w -= tw(cur.pop())
                if cur and cur[-1] in OPEN and len(cur) > 1:
                    i -= 1
                    w -= tw(cur.pop())
                lines.append((cur, cap - w))
                cur, w, cap = [], 0.0, width
            if cur:
                lines.append((cur, None if si == len(segs) - 1 else -1))
        out = []
        for toks_, gap in lines:
            npunct = sum(1 for t in toks_ if t in CLOSE or t in OPEN)
            spread = gap is not None and (gap >= 1.5 or (gap >= 1 and npunct >= 3))
            out.append(self.render(toks_, spread))
        return out

    # -- article helpers
    def art(self, aid: str) -> dict:
        return self.page["arts"][aid]

    def units(self, a: dict) -> list[dict]:
        """Pieces of the body in order: {kind, text, start(paragraph start), end}."""
        us = []
        for pi, (k, t) in enumerate(a["paras"]):
            if k == "h":
                us.append({"k": "h", "text": t, "start": True, "end": True, "pi": pi})
                continue
            parts = t.split(CUT)
            for j, part in enumerate(parts):
                if not part:
                    continue
                us.append({"k": "p", "text": part, "start": j == 0, "end": j == len(parts) - 1,
                           "pi": pi})
        if a["dateline"] and us:
            us[0] = dict(us[0], text=a["dateline"] + us[0]["text"], dl=True)
        return us

    @staticmethod
    def rng_of(spec: str, n: int) -> range:
        if spec == "all":
            return range(n)
        a, _, b = spec.partition("-")
        if not _:
            return range(int(a), int(a) + 1)
        return range(int(a), int(b) + 1 if b else n)

    # -- directives
    def run(self):
        opts_re = re.compile(r"(\w+)=(\S+)")
        for d in self.page["layout"]:
            cmd, _, rest = d.partition(" ")
            opts = dict(opts_re.findall(rest))
            args = [x for x in rest.split() if "=" not in x]
            getattr(self, "do_" + cmd)(args, opts, rest)

    def do_blank(self, args, opts, rest):
        self.lines.extend([""] * int(args[0]))

    def do_x(self, args, opts, rest):          # page furniture line, printed verbatim
        self.emit(rest, int(opts.get("b", 1)) if False else 1)

    def do_xn(self, args, opts, rest):         # furniture line with no blank after it
        self.emit(rest, 0)

    def do_m(self, args, opts, rest):          # jump marker line
        self.markers.append(rest)
        self.emit(rest)
        self.count["jump marker line"] += 1

    def do_label(self, args, opts, rest):
        a = self.art(args[0])
        self.emit(a["column"])
        self.count["column label on its own line"] += 1

    def do_byline(self, args, opts, rest):
        a = self.art(args[0])
        parts = [x.strip() for x in a["byline"].split(BRK)]
        if opts.get("right"):
            parts = [" " * int(opts["right"]) + p for p in parts]
            self.count["credit right-aligned on its own line"] += 1
        for p in parts:
            self.emit(p)
        if len(parts) > 1:
            self.count["line break inside a byline"] += 1

    def do_head(self, args, opts, rest):
        a = self.art(args[0])
        parts = opts.get("parts", "kts")
        names = {"k": "kicker", "t": "title", "s": "subtitle", "c": "column"}
        texts = [a[names[p]] for p in parts if a[names[p]]]
        if "join" in args:
            self.emit(" ".join(clean(t) for t in texts))
            self.count["headline parts joined on one line"] += 1
            return
        for p in parts:
            t = a[names[p]]
            if not t:
                continue
            segs = t.split(BRK)
            if len(segs) > 1:
                self.count["headline broken over lines"] += 1
            for s in segs:
                self.emit(s)
            if opts.get("dbl") == p:
                self.lines[-2] = clean(t) + " " + clean(t)
                self.dups.append(clean(t))
                self.count["headline doubled on one line"] += 1
            if opts.get("twice") == p:
                self.emit(clean(t))
                self.dups.append(clean(t))
                self.count["headline printed on two identical lines"] += 1

    def do_body(self, args, opts, rest):
        a = self.art(args[0])
        us = self.units(a)
        sel = self.rng_of(args[1] if len(args) > 1 else "all", len(us))
        width = float(opts.get("w", self.meta.get("w", "17")))
        pre = opts.get("pre", "").replace("_", " ")
        if pre:
            self.markers.append(pre)
        first = True
        for ui in sel:
            u = us[ui]
            self.printed.append((a["id"], ui))
            if u["k"] == "h":
                self.emit(u["text"])
                continue
            text = u["text"]
            if self.mode == "paragraph":
                segs = [x.strip() for x in text.split(BRK)]
                for si, s in enumerate(segs):
                    if first and pre:
                        s = pre + s
                        self.count["jump marker glued to text"] += 1
                    first = False
                    self.emit(s)
                if len(segs) > 1:
                    self.count["forced line break inside a dateline"] += 1
            else:
                lines = self.wrap(text, width, u["start"])
                if BRK in text:
                    self.count["forced line break inside a dateline"] += 1
                for ln in lines:
                    if first and pre:
                        ln = pre + ln
                        self.count["jump marker glued to text"] += 1
                    first = False
                    self.emit(ln)
                    self.count["column lines"] += 1
            if not u["end"]:
                self.count["paragraph cut (piece ends here)"] += 1

    def do_dup(self, args, opts, rest):
        """Print again the n-th previous text line (column) or a unit (paragraph)."""
        if len(args) >= 2:
            a = self.art(args[0])
            u = self.units(a)[int(args[1])]
            self.emit(u["text"])
            self.dups.append(clean(u["text"]))
        else:
            back = int(args[0]) if args else 1
            txt = [l for l in self.lines if l.strip()]
            ln = txt[-back]
            self.emit(ln)
            self.dups.append(re.sub(r"(?<=\S) (?=\S)", "", ln).strip())
        self.count["line printed twice"] += 1

    def do_photo(self, args, opts, rest):
        a = self.art(args[0])
        self.printed.append((a["id"], 0))
        if a["title"]:
            self.emit(a["title"])
        cap = a["paras"][0][1]
        mode = opts.get("credit", "inline")
        if not a["byline"]:
            self.emit(cap)
        elif mode == "inline":
            self.emit(cap + " " + a["byline"])
        elif mode == "right":
            self.emit(cap)
            self.emit(" " * 24 + a["byline"])
            self.count["credit right-aligned on its own line"] += 1
        else:
            self.emit(cap)
            self.emit(a["byline"])
        self.count["photo caption"] += 1


# ---------------------------------------------------------------- gold
def build(src: Path):
    text = src.read_text(encoding="utf-8")
    page = parse_source(text)
    mode = page["meta"].get("punct", "full")
    for a in page["arts"].values():
        for f in FIELDS:
            a[f] = convert_punct(a[f], mode)
        a["paras"] = [(k, convert_punct(t, mode)) for k, t in a["paras"]]
    page["layout"] = [convert_punct(l, mode) if l.startswith(("x ", "xn ", "m ")) or "pre=" in l
                      else l for l in page["layout"]]
    for a in page["arts"].values():   # a dateline tail sharing a line with the body
        tail = re.sub(r"\s", "", a["dateline"].split(BRK)[-1])  # must be >= 4 characters
        if a["dateline"] and BRK in a["dateline"] and len(tail) < 4:
            raise SystemExit(f"{src.name}: dateline tail too short: {a['dateline']}")
    lay = Layouter(src.name, page)
    lay.run()
    want = [(aid, i) for aid in page["order"]
            for i in range(len(lay.units(page["arts"][aid])) if page["arts"][aid]["kind"] != "photo" else 1)]
    if sorted(lay.printed) != sorted(want):
        miss = sorted(set(want) - set(lay.printed))
        extra = [x for x in lay.printed if lay.printed.count(x) > 1]
        raise SystemExit(f"{src.name}: units not printed exactly once: missing {miss} twice {extra}")
    body = "\n".join(lay.lines)
    if not body.endswith("\n"):
        body += "\n"
    meta = page["meta"]
    seq = meta["seq"]
    name = f"{seq}_{hashlib.sha256(body.encode('utf-8')).hexdigest()[:16]}"
    arts = []
    for aid in page["order"]:
        a = page["arts"][aid]
        paras = ["".join(clean(x) for x in [t]) for k, t in a["paras"]]
        arts.append({
            "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
            "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
            "byline": clean(a["byline"]).replace("  ", " "), "dateline": clean(a["dateline"]),
            "continued": clean(a["continued"]),
            "subheads": [clean(t) for k, t in a["paras"] if k == "h"],
            "paragraphs": paras,
        })
    gold = {
        "source": name + ".txt",
        "issue_date": meta["date"],
        "issue_number": meta.get("issue_number") or None,
        "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
        "articles": arts,
        "extras": [convert_punct(e, mode) for e in page["extras"]],
        "duplicates": lay.dups,
    }
    return {"name": name, "text": body, "gold": gold, "meta": meta, "count": lay.count,
            "markers": lay.markers, "page": page}


def build_all():
    return [build(p) for p in sorted((HERE / "src").glob("p*.txt"))]


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def readme(results) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    total = Counter()
    for r in results:
        total.update(r["count"])
    kinds = Counter(a["kind"] for r in results for a in r["gold"]["articles"])
    rows = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"| {k} | {v} |")
    n_dl = sum(1 for r in results for a in r["gold"]["articles"] if a["dateline"])
    n_sub = sum(1 for r in results for a in r["gold"]["articles"] if a["subtitle"])
    n_kick = sum(1 for r in results for a in r["gold"]["articles"] if a["kicker"])
    n_col = sum(1 for r in results for a in r["gold"]["articles"] if a["column"])
    n_unt = sum(1 for r in results for a in r["gold"]["articles"]
                if not (a["kicker"] or a["title"] or a["subtitle"]))
    n_dup = sum(len(r["gold"]["duplicates"]) for r in results)
    for k, v in [("articles with a dateline", n_dl), ("articles with a kicker", n_kick),
                 ("articles with a subtitle", n_sub), ("articles with a column label", n_col),
                 ("articles with no printed headline", n_unt), ("gold duplicates", n_dup)]:
        rows.append(f"| {k} | {v} |")
    rows.append("| article kinds | " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + " |")
    prow = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for r in results:
        m = r["meta"]
        prow.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | "
                    f"{m.get('punct', 'full')} | {len(r['gold']['articles'])} | {nchars(r['text'])} | "
                    f"{m.get('subjects', '')} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(rows)).replace("{{PAGES}}", "\n".join(prow))


def write_all(results):
    pages, gold = HERE / "pages", HERE / "gold"
    for d in (pages, gold):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for r in results:
        (pages / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (gold / (r["name"] + ".json")).write_text(
            json.dumps(r["gold"], indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "README.md").write_text(readme(results), encoding="utf-8")


if __name__ == "__main__":
    res = build_all()
    write_all(res)
    for r in res:
        print(f"{r['name']}  {r['meta']['layout']:9} arts={len(r['gold']['articles']):2} "
              f"chars={nchars(r['text'])}", file=sys.stderr)
