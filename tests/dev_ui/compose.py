#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py          writes pages/*.txt, gold/*.json, README.md

Standard library only.  Every small choice (number spacing, glyph gaps, leading
blank lines) comes from a random.Random seeded by the source file name, so the
output is byte-for-byte reproducible.
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
OPENING = "“‘（《(「"
CLOSING = "、，。；：！？）》”’」…—,;:)!?"
CUT = "¦"

# ----------------------------------------------------------------- source


def parse_source(text: str) -> dict:
    page = {"meta": {}, "articles": [], "layout": []}
    cur = None
    mode = "meta"
    for raw in text.split("\n"):
        line = raw.rstrip()
        if line.startswith("#!"):          # comment
            continue
        if line.startswith("=== "):
            name = line[4:].strip()
            if name == "layout":
                mode = "layout"
                cur = None
            else:
                mode = "head"
                cur = {"id": name, "paras": [], "opts": {}}
                for f in FIELDS:
                    cur[f] = ""
                page["articles"].append(cur)
            continue
        if mode == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif mode == "head":
            if line == "---":
                mode = "body"
            elif ":" in line:
                k, v = line.split(":", 1)
                k = k.strip()
                if k in FIELDS:
                    cur[k] = v.strip()
                else:
                    cur["opts"][k] = v.strip()
        elif mode == "body":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip():
                page["layout"].append(line.strip())
    return page


# ----------------------------------------------------------- punctuation

HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, style: str) -> str:
    table = {"full": {}, "mixed": MIXED, "half": HALF}[style]
    return "".join(table.get(c, c) for c in s)


def plain(s: str) -> str:
    """Gold form of a headline / byline field: print breaks removed."""
    return s.replace("|", "")


def para_gold(p: str) -> str:
    p = re.sub(CUT + r"[a-z]?", "", p)
    if p.startswith("## "):
        p = p[3:]
    return re.sub(r"\s+", "", p)


def pieces(p: str) -> list[str]:
    body = p[3:] if p.startswith("## ") else p
    return re.split(CUT + r"[a-z]?", body)


# ---------------------------------------------------------- column layout


def tokens(s: str) -> list[dict]:
    out = []
    pend = False
    for m in re.finditer(r"[0-9A-Za-z.%+×\-/]+|\s+|.", s):
        t = m.group(0)
        at = m.start()
        if t.isspace():
            pend = True
            continue
        if re.match(r"[0-9A-Za-z]", t):
            out.append({"t": t, "w": 0.5 * len(t), "c": "num"})
        elif ord(t[0]) < 128:
            out.append({"t": t, "w": 0.5, "c": "punct" if t in CLOSING + OPENING else "char"})
        elif t in CLOSING or t in OPENING:
            out.append({"t": t, "w": 1.0, "c": "punct"})
        else:
            out.append({"t": t, "w": 1.0, "c": "char"})
        out[-1]["at"] = at
        if pend:
            out[-1]["sp_before"] = True
            out[-1]["keep"] = True
            pend = False
    return out


class Col:
    """Lays a stream of text into printed column lines of a given width (em)."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng = rng
        self.stats = stats

    def mark_numbers(self, toks: list[dict], style: str):
        for i, tk in enumerate(toks):
            if tk["c"] != "num" or not re.search(r"\d", tk["t"]):
                continue
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if style in ("before", "both") and prev is not None and prev["c"] == "char":
                tk["sp_before"] = True
                self.stats["number run spaced (before)"] += 1
            if style == "both" and nxt is not None and nxt["c"] == "char":
                nxt["sp_before"] = True
                self.stats["number run spaced (after)"] += 1
            if tk["t"].endswith("%") and len(tk["t"]) > 1 and self.rng.random() < 0.25:
                tk["t"] = tk["t"][:-1] + " %"
                self.stats["glyph gap before %"] += 1

    def lay(self, text: str, width: float, indent: bool, numstyle: str, glue_at: int = 0):
        toks = tokens(text)
        if glue_at:
            # the last characters of a dateline never open a line on their own
            nonsp = [k for k, c in enumerate(text[:glue_at]) if not c.isspace()][-3:]
            for tk in toks:
                if nonsp and nonsp[0] <= tk["at"] < glue_at:
                    tk["glue"] = True
        self.mark_numbers(toks, numstyle)
        # glyph gaps around full-width punctuation in unspaced lines
        for i, tk in enumerate(toks):
            if tk["t"] in "、，" and i and self.rng.random() < 0.04:
                tk["sp_before"] = True
                self.stats["glyph gap before full-width punctuation"] += 1
            if tk["t"] == "“" and self.rng.random() < 0.05 and i + 1 < len(toks):
                toks[i + 1]["sp_before"] = True
                self.stats["space after opening quote"] += 1
        lines = []
        cur, used = [], 0.0
        cap = width - 2 if indent else width
        i = 0
        while i < len(toks):
            tk = toks[i]
            if used + tk["w"] <= cap + 1e-9:
                cur.append(tk)
                used += tk["w"]
                i += 1
                continue
            spaced = False
            if tk.get("glue"):
                while i < len(toks) and toks[i].get("glue") and len(cur) > 1:
                    i -= 1
                    used -= cur[-1]["w"]
                    cur.pop()
                lines.append(self.render(cur, cap - used >= 1.0))
                cur, used, cap = [], 0.0, width
                continue
            if tk["c"] == "punct" and tk["t"] in CLOSING and cur:
                cur.append(tk)            # no closing mark at line start: squeeze it in
                i += 1
                spaced = True
            elif cur and cur[-1]["t"] in OPENING and len(cur) > 1:
                i -= 1                    # no opening mark at line end: push it down
                used -= cur[-1]["w"]
                cur.pop()
            if not spaced:
                spaced = cap - used >= 1.0
            lines.append(self.render(cur, spaced))
            cur, used, cap = [], 0.0, width
        if cur:
            lines.append(self.render(cur, False))
        return lines

    def render(self, toks: list[dict], spaced: bool) -> str:
        out = []
        for j, tk in enumerate(toks):
            if j:
                a, b = toks[j - 1]["t"], tk["t"]
                if spaced:
                    if not (a[-1] in CLOSING or b[0] in OPENING):
                        out.append(" ")
                elif tk.get("sp_before"):
                    out.append(" ")
            out.append(tk["t"])
        if spaced:
            self.stats["justified column line spread with spaces"] += 1
        return "".join(out)


# ------------------------------------------------------------------ pages


class Page:
    def __init__(self, src: Path):
        self.name = src.stem
        self.rng = random.Random(src.name)
        self.stats = Counter()
        self.p = parse_source(src.read_text(encoding="utf-8"))
        m = self.p["meta"]
        self.style = m.get("punct", "full")
        self.layout = m["layout"]
        self.arts = {a["id"]: a for a in self.p["articles"]}
        self.col = Col(self.rng, self.stats)
        self.out: list[str] = []          # printed blocks, joined by blank lines
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.placed = Counter()

    # helpers ---------------------------------------------------------
    def P(self, s: str) -> str:
        return punct(s, self.style)

    def emit(self, s: str):
        self.out.append(s)

    def width(self, a) -> float:
        return float(a["opts"].get("width", "17"))

    def numstyle(self):
        return self.rng.choice(["before", "both", "both", "none"])

    def lead(self, a) -> str:
        if a["opts"].get("lead"):
            return self.P(a["opts"]["lead"])
        if a["dateline"]:
            return self.P(a["dateline"])
        return ""

    def dateline_print(self, a) -> str:
        """The dateline as printed: optional number spaces, forced breaks ('|')."""
        d = self.lead(a)
        if self.layout == "column" and not a["opts"].get("lead"):
            if self.rng.random() < 0.6:
                d = re.sub(r"(?<=[^\d\s])(\d+)", r" \1", d, count=2)
                self.stats["number run spaced (dateline)"] += 1
        return d

    # body ------------------------------------------------------------
    def piece_text(self, a, ref: str) -> tuple[str, bool, bool]:
        """Text of paragraph ref ('3' whole, '3.2' second piece); whether it is a
        paragraph start and a paragraph end."""
        if "." in ref:
            n, k = ref.split(".")
            parts = pieces(a["paras"][int(n) - 1])
            k = int(k)
            return parts[k - 1], k == 1, k == len(parts)
        return "".join(pieces(a["paras"][int(ref) - 1])), True, True

    def expand(self, refs: list[str], a=None) -> list[str]:
        out = []
        for r in refs:
            if re.fullmatch(r"\d+-", r):
                r = r + str(len(a["paras"]))
            if re.fullmatch(r"\d+-\d+", r):
                lo, hi = map(int, r.split("-"))
                out += [str(i) for i in range(lo, hi + 1)]
            else:
                out.append(r)
        return out

    def body(self, a, refs: list[str]):
        for ref in self.expand(refs, a):
            self.placed[(a["id"], ref)] += 1
            txt, start, end = self.piece_text(a, ref)
            txt = self.P(txt)
            is_sub = a["paras"][int(ref.split(".")[0]) - 1].startswith("## ")
            first = ref in ("1", "1.1")
            if first and a["opts"].get("lead"):
                self.stats["jump marker leading a page-2 part"] += 1
            glue = 0
            if first and self.lead(a):
                d = self.dateline_print(a)
                glue = len(d.split("|")[-1]) if a["dateline"] and not a["opts"].get("lead") else 0
                if "|" in d:
                    self.stats["line break inside a dateline"] += 1
                txt = d + txt
            if self.layout == "paragraph":
                for seg in txt.split("|"):
                    self.emit(seg)
                if not start:
                    self.stats["paragraph continued after a cut"] += 1
                continue
            if is_sub:
                self.emit(txt)
                continue
            w = self.width(a)
            segs = txt.split("|")
            for si, seg in enumerate(segs):
                lines = self.col.lay(seg, w, indent=(start and si == 0), numstyle=self.numstyle(),
                                     glue_at=glue if si == len(segs) - 1 else 0)
                for ln in lines:
                    self.emit(ln)
            self.stats["column body block"] += 1

    # headlines -------------------------------------------------------
    def head(self, a, how: str):
        parts = [self.P(a[k]) for k in ("kicker", "title", "subtitle") if a[k]]
        if how == "bunch":
            self.emit(" ".join(p.replace("|", "") for p in parts))
            self.stats["headline parts bunched on one line"] += 1
            return
        if how == "tight":
            self.emit("\n".join(p.replace("|", "\n") for p in parts))
            return
        for k in ("kicker", "title", "subtitle"):
            if not a[k]:
                continue
            s = self.P(a[k])
            if "|" in s:
                self.stats["headline printed across lines"] += 1
            s = s.replace("|", "\n")
            if k == "title" and how == "twice":
                self.emit(s)
                self.dups.append(plain(self.P(a[k])))
                self.stats["headline drawn twice (two lines)"] += 1
            if k == "title" and how == "dbl":
                s = s.replace("\n", "") * 2
                self.dups.append(plain(self.P(a[k])))
                self.stats["headline doubled on one line"] += 1
            self.emit(s)

    def run(self):
        m = self.p["meta"]
        for _ in range(self.rng.choice([0, 0, 1, 2])):
            self.out.append("")
        for item in self.p["layout"]:
            op, _, rest = item.partition(" ")
            args = rest.split()
            if op == "mast":
                pcs = rest.split("|")
                for pc in pcs:
                    self.emit(pc.replace("\\n", "\n"))
                self.extras.append("".join(pc.replace("\\n", "").replace(" ", "") for pc in pcs))
                self.stats["masthead pieces"] += len(pcs)
            elif op == "x":
                self.emit(rest)
                self.extras.append(rest.replace(" ", ""))
                self.stats["box / furniture line"] += 1
            elif op == "head":
                self.head(self.arts[args[0]], args[1] if len(args) > 1 else "stack")
            elif op == "col":
                self.emit(self.P(self.arts[args[0]]["column"]))
                self.stats["column label line"] += 1
            elif op == "by":
                a = self.arts[args[0]]
                s = self.P(a["opts"].get("byprint", a["byline"]))
                if "|" in s:
                    self.stats["byline broken across lines"] += 1
                self.emit(s.replace("|", "\n" if len(args) < 2 else "\n\n"))
            elif op == "body":
                self.body(self.arts[args[0]], args[1:])
            elif op == "mark":
                self.emit(rest.split(" ", 1)[1])
                self.stats["jump marker"] += 1
            elif op == "photo":
                self.photo(self.arts[args[0]], args[1] if len(args) > 1 else "inline")
            elif op == "dup":
                a = self.arts[args[0]]
                txt, _, _ = self.piece_text(a, args[1])
                txt = self.P(txt)
                self.emit(txt)
                self.dups.append(re.sub(r"\s+", "", txt))
                self.stats["line printed twice"] += 1
            elif op == "dupline":
                last = [b for b in self.out if b.strip()][-1].split("\n")[-1]
                self.emit(last)
                self.dups.append(re.sub(r"\s+", "", last))
                self.stats["line printed twice"] += 1
            elif op == "lit":
                self.emit(rest)
            else:
                raise SystemExit(f"{self.name}: unknown layout op {op!r}")
        # every paragraph (piece) placed exactly once
        for a in self.p["articles"]:
            for i, p in enumerate(a["paras"], 1):
                n = len(pieces(p))
                refs = [str(i)] if n == 1 else [f"{i}.{k}" for k in range(1, n + 1)]
                for r in refs:
                    whole = self.placed[(a["id"], str(i))]
                    if not (self.placed[(a["id"], r)] == 1 or (whole == 1 and n > 1 and r != str(i))):
                        if a["kind"] == "photo" and self.placed[(a["id"], "photo")]:
                            continue
                        raise SystemExit(f"{self.name}: {a['id']} paragraph {r} placed "
                                         f"{self.placed[(a['id'], r)]} times")
        text = "\n\n".join(self.out).rstrip("\n") + "\n"
        self.text = text

    def photo(self, a, how: str):
        self.placed[(a["id"], "photo")] += 1
        if a["title"]:
            self.emit(self.P(a["title"]).replace("|", "\n"))
        caps = [self.P(para_gold(p)) for p in a["paras"]]
        credit = self.P(a["byline"])
        if self.layout == "column":
            w = float(a["opts"].get("width", "40"))
            for i, c in enumerate(caps):
                lines = []
                while len(c) > w:
                    lines.append(c[: int(w)])
                    c = c[int(w):]
                lines.append(c)
                if i == len(caps) - 1 and how == "inline":
                    lines[-1] += " " + credit
                self.emit("\n\n".join(lines))
        else:
            for i, c in enumerate(caps):
                if i == len(caps) - 1 and how == "inline":
                    c += ("" if self.style == "half" else " ") + credit
                self.emit(c)
        if how == "own":
            self.emit(" " * 24 + credit)
            self.stats["credit right-aligned on its own line"] += 1
        if how == "above":
            pass

    # gold ------------------------------------------------------------
    def gold(self, fname: str) -> dict:
        m = self.p["meta"]
        arts = []
        for a in self.p["articles"]:
            d = {}
            for f in FIELDS:
                v = a[f]
                d[f] = plain(self.P(v)) if f != "kind" else v
                if f in ("byline", "dateline") and v:
                    # a print break inside the date joins; between names it is one space
                    v = re.sub(r"(?<=[\d月])\|(?=[\d月日])", "", self.P(v))
                    d[f] = re.sub(r" {2,}", " ", v.replace("|", " "))
            paras = [self.P(para_gold(p)) for p in a["paras"]]
            subs = [self.P(p[3:]).replace("|", "") for p in a["paras"] if p.startswith("## ")]
            d["subheads"] = subs
            d["paragraphs"] = paras
            arts.append(d)
        g = {"source": fname, "issue_date": m["date"],
             "issue_number": m.get("issue") or None,
             "page_count": int(m["pages"]) if m.get("pages") else None,
             "articles": arts, "extras": self.extras, "duplicates": self.dups}
        return g


def nonspace(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build() -> dict[str, str]:
    """Return {relative path: content} of everything compose writes."""
    files: dict[str, str] = {}
    rows, phen = [], Counter()
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for idx, src in enumerate(srcs, 1):
        pg = Page(src)
        pg.run()
        h = hashlib.sha256(pg.text.encode("utf-8")).hexdigest()[:16]
        fname = f"{idx:03d}_{h}.txt"
        files[f"pages/{fname}"] = pg.text
        g = pg.gold(fname)
        files[f"gold/{fname[:-4]}.json"] = json.dumps(g, ensure_ascii=False, indent=1) + "\n"
        m = pg.p["meta"]
        phen.update(pg.stats)
        for a in pg.p["articles"]:
            for p in a["paras"]:
                for c in re.findall(CUT + "([a-z]?)", p):
                    phen["paragraph cut: " + {"v": "between a verb and its figure",
                                               "u": "between a figure and its unit",
                                               "w": "inside a word",
                                               "q": "inside a quoted term",
                                               "n": "inside a name",
                                               "t": "inside a phone number",
                                               "a": "inside an address",
                                               "": "at a column break / other"}[c]] += 1
        phen["duplicates recorded in gold"] += len(pg.dups)
        rows.append((fname, m["date"], m["pageno"], pg.layout, m.get("punct", "full"),
                     len(g["articles"]), nonspace(pg.text), m.get("subjects", "")))
    # README
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ptab = ["| phenomenon | count |", "|---|---|"]
    ptab += [f"| {k} | {v} |" for k, v in sorted(phen.items())]
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    gtab += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    readme = tmpl.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    files["README.md"] = readme
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if old.is_file() and f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in files if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
