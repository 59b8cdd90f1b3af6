#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py            writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice comes from random.Random(<source file
name>), so a rebuild is byte-for-byte identical.  See README.in for the source format.
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

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
NOSTART = set("，。、；：？！）”’》%…,.;:?!)")       # may not begin a column line
NOEND = set("（“‘《(")                               # may not end a column line
PUNCT = set("，。、；：？！（）“”‘’《》…—,;:?!()")
HALFEM = set("，。、；：")                              # squeezed to half an em in a column line
CUT = re.compile(r"\{([a-z/])\}")                   # {v} {u} {w} {q} {n} {c} {s} cut marks, {/} forced break
CUTNAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
            "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
            "s": "cut inside a sentence (other)", "c": "paragraph split by a column break, nothing between"}
HALF = {"full": {}, "mixed": {"（": "(", "）": ")"},
        "half": {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"}}


def clean(s: str) -> str:
    """Source text without cut / break marks (the text a reader sees)."""
    return CUT.sub("", s)


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"arts": {}, "order": [], "layout": [], "meta": {}}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#page"):
            mode, cur = "page", page["meta"]
            continue
        if line.startswith("#art "):
            aid = line.split()[1]
            cur = {"id": aid, "fields": {f: "" for f in FIELDS}, "paras": [], "width": None,
                   "marker": ""}
            page["arts"][aid] = cur
            page["order"].append(aid)
            mode = "arthead"
            continue
        if line.startswith("#layout"):
            mode = "layout"
            continue
        if line.startswith("//"):
            continue
        if mode == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        elif mode == "arthead":
            if line == "---":
                mode = "artbody"
            elif ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip(), v.strip()
                if k in FIELDS:
                    cur["fields"][k] = v
                elif k == "width":
                    cur["width"] = float(v)
                elif k == "marker":
                    cur["marker"] = v
                else:
                    raise SystemExit(f"{path.name}: unknown field {k}")
        elif mode == "artbody":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# ---------------------------------------------------------------- text helpers
def conv(s: str, punct: str) -> str:
    for a, b in HALF[punct].items():
        s = s.replace(a, b)
    return s


def tokens(text: str) -> list[str]:
    """Number / latin runs stay whole; every other character is a token; {x} marks kept."""
    out = []
    for m in re.finditer(r"\{[a-z/]\}|[0-9A-Za-z.%+\-×~·/]+(?<![·/])|.", text):
        out.append(m.group(0))
    return out


def em(tok: str) -> float:
    if tok.startswith("{"):
        return 0.0
    return sum(0.5 if ord(c) < 128 or c in HALFEM else 1.0 for c in tok)


def is_ascii_run(tok: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Za-z.%+\-×~]+", tok)) and any(c.isdigit() or c.isalpha() for c in tok)


class Composer:
    def __init__(self, name: str, page: dict, stats: Counter):
        self.name = name
        self.page = page
        self.meta = page["meta"]
        self.rng = random.Random(name)
        self.stats = stats
        self.layout = self.meta["layout"]
        self.punct = self.meta.get("punct", "full")
        self.width = float(self.meta.get("width", "17"))
        self.numsp = float(self.meta.get("numsp", "0.5" if self.layout == "column" else "0.0"))
        self.blocks: list[tuple[str, str, list[str]]] = []   # (separator before, joiner, lines)
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.first_body: dict[str, int] = {}
        self.body_seen: set[str] = set()
        self.done: set[tuple[str, int, int]] = set()
        self.last_line = ""
        self.arts = {}
        for aid, a in page["arts"].items():
            f = {k: conv(v, self.punct) for k, v in a["fields"].items()}
            paras = [conv(p, self.punct) for p in a["paras"]]
            self.arts[aid] = {"f": f, "paras": paras, "width": a["width"] or self.width,
                              "marker": conv(a["marker"], self.punct)}

    # -- rendering of one run of text into printed lines
    def space_tokens(self, toks: list[str], spread: bool, p_num: float) -> str:
        out = ""
        for i, t in enumerate(toks):
            if t.startswith("{"):
                continue
            if t == " ":
                if out and not out.endswith(" "):
                    out += " "
                continue
            if out:
                prev = toks[i - 1]
                sep = ""
                if spread:
                    sep = "" if prev in PUNCT else " "
                else:
                    if is_ascii_run(t) and self.rng.random() < p_num:
                        sep = " "
                        self.stats["space before a number run"] += 1
                    elif is_ascii_run(prev) and self.rng.random() < p_num * 0.8:
                        if t in PUNCT:
                            self.stats["glyph-gap space before full-width punctuation"] += 1
                        else:
                            self.stats["space after a number run"] += 1
                        sep = " "
                    elif prev == "“" and self.rng.random() < p_num * 0.25:
                        sep = " "
                        self.stats["space after an opening quote"] += 1
                    elif t in "、，；" and prev not in PUNCT and self.rng.random() < p_num * 0.04:
                        sep = " "
                        self.stats["glyph-gap space before full-width punctuation"] += 1
                out += sep
            if is_ascii_run(t) and t.endswith("%") and len(t) > 1 and self.rng.random() < p_num * 0.15:
                t = t[:-1] + " %"
                self.stats["space before %"] += 1
            out += t
        return out

    def wrap(self, text: str, width: float, dlen: int = 0) -> list[str]:
        """Column layout: greedy em wrapping; short non-final lines are justified (spread).
        dlen: length of a dateline that starts the text; a line never starts with fewer
        than four of its characters (they would be a fragment no reader keeps apart)."""
        lines, cur, fill = [], [], 0.0
        toks = tokens(text)
        pos, offs = 0, {}
        for i, t in enumerate(toks):
            offs[i] = pos
            pos += 0 if t.startswith("{") else len(t.strip())
        curi: list[int] = []

        def flush(final: bool):
            nonlocal cur, fill
            if not [t for t in cur if not t.startswith("{")]:
                cur, fill = [], 0.0
                return
            spread = (not final) and fill <= width - 1.0
            if spread:
                self.stats["justified line spread with spaces"] += 1
            lines.append(self.space_tokens(cur, spread, self.numsp))
            cur, fill = [], 0.0

        for i, t in enumerate(toks):
            if t == "{/}":
                flush(True)
                curi = []
                continue
            if t.startswith("{") or (t == " " and not cur):
                continue
            w = em(t)
            if cur and fill + w > width:
                if t in NOSTART and fill + w <= width + 1:
                    cur.append(t)
                    curi.append(i)
                    fill += w
                    continue
                carry, carryi = [], []
                while cur and (cur[-1] in NOEND or (dlen and dlen - 4 < offs[carryi[0] if carryi else i] < dlen)):
                    carry.insert(0, cur.pop())
                    carryi.insert(0, curi.pop())
                fill -= sum(em(c) for c in carry)
                flush(False)
                cur, fill, curi = carry, sum(em(c) for c in carry), carryi
            cur.append(t)
            curi.append(i)
            fill += w
        flush(True)
        return lines

    def flat(self, text: str, p: float | None = None) -> list[str]:
        """Paragraph layout: the run is one line, split only at forced breaks."""
        p = self.numsp if p is None else p
        out = []
        for piece in text.split("{/}"):
            if clean(piece).strip():
                out.append(self.space_tokens(tokens(piece), False, p))
        return out

    def render(self, text: str, width: float, dlen: int = 0) -> list[str]:
        if self.layout == "column":
            return self.wrap(text, width, dlen)
        return self.flat(text)

    # -- emitting
    def emit(self, lines: list[str], joiner: str = "\n\n", tight: bool = False):
        if not lines:
            return
        self.blocks.append(("\n" if tight else "\n\n", joiner, lines))
        self.last_line = lines[-1]

    # -- body segments
    def segments(self, aid: str, spec: str) -> list[tuple[int, int | None]]:
        a = self.arts[aid]
        spec = spec.replace("$", str(len(a["paras"])))
        out = []
        for item in spec.split(","):
            if "-" in item:
                lo, hi = item.split("-")
                lo_p, lo_k = (lo.split(".") + [None])[:2]
                hi_p, hi_k = (hi.split(".") + [None])[:2]
                lo_p, hi_p = int(lo_p), int(hi_p)
                for n in range(lo_p, hi_p + 1):
                    nparts = len(CUT_SPLIT(a["paras"][n - 1]))
                    ks = range(nparts)
                    for kk in (lo_k if n == lo_p else None, hi_k if n == hi_p else None):
                        if kk is not None and int(kk) >= nparts:
                            raise SystemExit(f"{self.name}: {aid} has no part {n}.{kk}")
                    if n == lo_p and lo_k is not None:
                        ks = [k for k in ks if k >= int(lo_k)]
                    if n == hi_p and hi_k is not None:
                        ks = [k for k in ks if k <= int(hi_k)]
                    if n == lo_p and lo_k is not None or n == hi_p and hi_k is not None:
                        out += [(n, k) for k in ks]
                    else:
                        out.append((n, None))
            elif "." in item:
                n, k = item.split(".")
                if int(k) >= len(CUT_SPLIT(a["paras"][int(n) - 1])):
                    raise SystemExit(f"{self.name}: {aid} has no part {item}")
                out.append((int(n), int(k)))
            else:
                out.append((int(item), None))
        return out

    def body(self, aid: str, spec: str, tight: bool):
        a = self.arts[aid]
        if aid not in self.first_body:
            self.first_body[aid] = len(self.first_body)
        self.body_seen.add(aid)
        segs = self.segments(aid, spec)
        # group consecutive parts of one paragraph into one run
        runs: list[tuple[int, str, bool]] = []   # (para, text, ends_at_cut)
        for n, k in segs:
            parts = CUT_SPLIT(a["paras"][n - 1])
            for kk in (range(len(parts)) if k is None else [k]):
                if (aid, n, kk) in self.done:
                    raise SystemExit(f"{self.name}: {aid} paragraph {n}.{kk} laid out twice")
                self.done.add((aid, n, kk))
            if k is None:
                text, endcut = "".join(p for p, _ in parts), False
            else:
                text, endcut = parts[k][0], k < len(parts) - 1
                if endcut:
                    kind = parts[k][1]
                    self.stats[CUTNAMES[kind]] += 1
            dlen = 0
            if n == 1 and (k is None or k == 0) and a["f"]["dateline"]:
                text = a["f"]["dateline"] + text
                dlen = len(re.sub(r"\s+", "", clean(a["f"]["dateline"])))
            runs.append((n, text, dlen))
        lines = []
        for n, text, dlen in runs:
            lines += self.render(text, a["width"], dlen)
        self.emit(lines, tight=tight)

    def head_lines(self, aid: str, opts: list[str]) -> list[str]:
        f = self.arts[aid]["f"]
        parts = [f[k] for k in ("kicker", "title", "subtitle") if f[k]]
        only = [o for o in opts if o in ("kicker", "title", "subtitle")]
        if only:
            parts = [f[o] for o in only]
        if aid in self.body_seen:
            self.stats["headline printed after its body"] += 1
        if "join" in opts:
            line = " ".join(clean(p) for p in parts)
            self.stats["headline stack joined on one line"] += 1
            return [line]
        lines = []
        for p in parts:
            if "split" in opts and " " in clean(p) and p == f["title"]:
                a, b = clean(p).split(" ", 1)
                lines += [a, b]
                self.stats["two-phrase title split at its space"] += 1
                continue
            if "{/}" in p:
                self.stats["headline broken over lines (last word alone)"] += 1
            lines += [x for x in (clean(q) for q in p.split("{/}")) if x]
        return lines

    def run(self) -> tuple[str, dict]:
        m = self.meta
        prev_head = False
        for d in self.page["layout"]:
            tight = d.startswith("^")
            d = d.lstrip("^")
            op, _, rest = d.partition(" ")
            args = rest.split()
            if op == "X" or op == "X+":
                text = conv(rest, self.punct)
                if op == "X+" and self.extras:
                    self.extras[-1] += re.sub(r"\s+", "", text)
                else:
                    self.extras.append(re.sub(r"\s+", "", text))
                front_mast = m.get("issue") and (op == "X+" or len(self.extras) == 1)
                self.stats["masthead piece" if front_mast else "box line (countdown, code prompt, label)"] += 1
                self.emit([text], tight=tight)
            elif op == "GAP":
                self.blocks.append(("", "GAP", [""] * int(args[0])))
            elif op == "LEAD":
                self.blocks.append(("", "LEAD", [rest]))
            elif op in ("H", "HP"):
                aid, opts = args[0], args[1:]
                lines = self.head_lines(aid, opts)
                if prev_head:
                    self.stats["headline bunched with another story's headline"] += 1
                if "dbl" in opts:
                    t = clean(self.arts[aid]["f"]["title"])
                    lines = [t + t if clean(x) == t else x for x in lines]
                    self.dups.append(re.sub(r"\s+", "", t))
                    self.stats["headline doubled on one line"] += 1
                if "twice" in opts:
                    t = clean(self.arts[aid]["f"]["title"])
                    i = [clean(x) for x in lines].index(t)
                    lines.insert(i + 1, t)
                    self.dups.append(re.sub(r"\s+", "", t))
                    self.stats["headline drawn as two identical lines"] += 1
                self.emit(lines, "\n" if "tight" in opts else "\n\n", tight=tight)
                prev_head = True
                continue
            elif op == "K":
                self.emit([clean(self.arts[args[0]]["f"]["column"])], tight=tight)
                self.stats["column label on its own line"] += 1
            elif op == "Y":
                b = self.arts[args[0]]["f"]["byline"]
                if "{/}" in b:
                    self.stats["byline broken between names"] += 1
                self.emit([x for x in (q.strip() for q in b.split("{/}")) if x], "\n" if "tight" in args else "\n\n",
                          tight=tight)
            elif op == "B":
                aid, spec = args[0], args[1]
                if "{/}" in self.arts[aid]["f"]["dateline"] and spec.split(",")[0].split("-")[0].split(".")[0] == "1":
                    self.stats["dateline broken inside its date or before 通讯员"] += 1
                self.body(aid, spec, tight)
            elif op == "P":
                aid = args[0]
                a = self.arts[aid]
                if aid not in self.first_body:
                    self.first_body[aid] = len(self.first_body)
                self.body_seen.add(aid)
                cap = "".join(clean(p) for p in a["paras"])
                credit = a["f"]["byline"]
                if "sep" in args:
                    lines = self.render(cap, a["width"])
                    lines.append(" " * int(a["width"] * 1.5) + credit)
                    self.stats["credit right-aligned on its own line"] += 1
                else:
                    glue = "" if "nospace" in args else " "
                    lines = self.render(cap, a["width"]) if self.layout == "column" else self.flat(cap, 0.0)
                    if credit:
                        lines[-1] = lines[-1] + glue + credit
                self.emit(lines, tight=tight)
            elif op == "M":
                mk = self.arts[args[0]]["marker"]
                self.extras.append(re.sub(r"\s+", "", mk))
                self.stats["jump marker line"] += 1
                self.emit([mk], tight=tight)
            elif op == "DUP":
                self.emit([self.last_line], tight=tight)
                self.dups.append(re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", self.last_line))
                self.stats["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: bad layout directive {d!r}")
            prev_head = False
        return self.text(), self.gold()

    def text(self) -> str:
        out = None
        lead = "\n\n" if self.layout == "paragraph" else " "
        for sep, j, lines in self.blocks:
            if j == "LEAD":
                lead = lines[0].replace("\\n", "\n")
                continue
            if j == "GAP":
                out = (out or "") + "\n" * len(lines)
                continue
            chunk = j.join(lines)
            out = lead + chunk if out is None else out + sep + chunk
        return out + ("\n\n\n" if self.layout == "column" else "\n")

    def gold(self) -> dict:
        arts = []
        for aid in sorted(self.first_body, key=lambda x: self.first_body[x]):
            a = self.arts[aid]
            f = {k: clean(brk(v) if k in ("byline", "dateline") else v).strip() for k, v in a["f"].items()}
            paras, subs = [], []
            for p in a["paras"]:
                if p.startswith("## "):
                    subs.append(clean(p[3:]))
                    paras.append(re.sub(r"\s+", "", clean(p[3:])))
                else:
                    paras.append(re.sub(r"\s+", "", clean(p)))
            arts.append({"kind": f["kind"], "column": f["column"], "kicker": f["kicker"], "title": f["title"],
                         "subtitle": f["subtitle"], "byline": re.sub(r"\s+", " ", f["byline"]),
                         "dateline": f["dateline"], "continued": f["continued"], "subheads": subs,
                         "paragraphs": paras})
        for aid, a in self.arts.items():
            if a["f"]["kind"] == "photo":
                continue
            for n, p in enumerate(a["paras"], 1):
                for k in range(len(CUT_SPLIT(p))):
                    if (aid, n, k) not in self.done:
                        raise SystemExit(f"{self.name}: {aid} paragraph {n}.{k} never laid out")
        missing = set(self.arts) - set(self.first_body)
        if missing:
            raise SystemExit(f"{self.name}: articles never laid out: {sorted(missing)}")
        m = self.meta
        return {"issue_date": m["date"], "issue_number": m.get("issue") or None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def brk(s: str) -> str:
    """A forced line break inside a byline or dateline reads as a space between
    names, and as nothing inside a date (5月{/}30日)."""
    s = re.sub(r"(?<=[0-9月])\{/\}|\{/\}(?=[0-9])", "", s)
    return s.replace("{/}", " ")


def CUT_SPLIT(p: str) -> list[tuple[str, str]]:
    """Split a paragraph at its cut marks: [(text, kind_of_cut_after_it)]."""
    if p.startswith("## "):
        p = p[3:]
    pieces = re.split(r"\{([a-z])\}", p)
    out = []
    for i in range(0, len(pieces), 2):
        kind = pieces[i + 1] if i + 1 < len(pieces) else ""
        out.append((pieces[i], kind))
    return out


def build() -> dict:
    """Return {relative path: content} for pages/, gold/ and README.md, plus stats."""
    files = {}
    stats = Counter()
    rows = []
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page = parse(src)
        comp = Composer(src.name, page, stats)
        text, gold = comp.run()
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        stem = f"{n:03d}_{h}"
        g = {"source": stem + ".txt"}
        g.update(gold)
        files[f"pages/{stem}.txt"] = text
        files[f"gold/{stem}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        m = page["meta"]
        chars = len(re.sub(r"\s+", "", text))
        rows.append((stem + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), chars, m.get("subjects", "")))
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(
        f"| {k} | {v} |" for k, v in sorted(stats.items(), key=lambda x: (-x[1], x[0])))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" +
          "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows))
    files["README.md"] = tmpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    return {"files": files, "stats": stats, "rows": rows}


def main():
    res = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            old.unlink()
    for rel, content in res["files"].items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in res['files'] if k.startswith('pages/'))} pages, gold and README.md")


if __name__ == "__main__":
    main()
