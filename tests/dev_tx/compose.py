#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

    python3 compose.py [--out DIR]

Standard library only. Every random choice comes from random.Random seeded by the
source file name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = Path("/work/shared/seeds")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = re.compile("‖([vuwqnc])")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "c": "paragraph split by a column break, nothing between"}
FULLP = "，。、；：？！”’）》"
OPENP = "“‘（《"


# ---------------------------------------------------------------- seed measures
def em(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        w += 1.0 if unicodedata.east_asian_width(ch) in "WFA" and ord(ch) > 0x2000 else 0.5
    return w


def measure_seeds() -> dict:
    """Line widths (em) and the justified-line rate of the two column-layout seeds."""
    out = {}
    for stem in ("000", "004"):
        f = next(SEEDS.glob(stem + "_*.txt"), None)
        if f is None:
            continue
        raw = f.read_text(encoding="utf-8")
        lines = [l for l in raw.split("\n") if l.strip()]
        widths = Counter(round(em(l)) for l in lines if 8 <= em(l) <= 30)
        body = [w for w, n in widths.items() if n >= 0.05 * len(lines)]
        spread = [l for l in lines if len(re.findall(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", l)) >= 3]
        blank_between = raw.count("\n\n") / max(1, len(lines))
        out[stem] = {"lines": len(lines), "widths": sorted(body), "mode": widths.most_common(1)[0][0],
                     "just_rate": round(len(spread) / max(1, len(lines)), 3),
                     "blank_between": round(blank_between, 2)}
    return out


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"arts": {}, "order": [], "layout": [], "masthead": [], "boxes": [], "meta": {}}
    cur = None
    in_layout = False
    for ln in path.read_text(encoding="utf-8").split("\n"):
        if not ln.strip() or ln.startswith("%"):
            continue
        if in_layout:
            page["layout"].append(ln.strip())
            continue
        if ln.startswith("@page "):
            page["meta"] = dict(kv.split("=", 1) for kv in ln[6:].split())
        elif ln.startswith("@subjects "):
            page["subjects"] = ln[10:].strip()
        elif ln.startswith("@masthead "):
            page["masthead"] = ln[10:].strip().split("|")
        elif ln.startswith("@box "):
            page["boxes"].append(ln[5:].strip().split("|"))
        elif ln.startswith("@layout"):
            in_layout = True
        elif ln.startswith("== "):
            aid, kind = ln[3:].split()[:2]
            cur = {"id": aid, "kind": kind, "paras": [], "subheads": [], "marker": ""}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][aid] = cur
            page["order"].append(aid)
        elif cur is not None:
            m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued|marker):\s?(.*)$", ln)
            if m:
                cur[m.group(1)] = m.group(2).strip()
            elif ln.startswith("## "):
                cur["subheads"].append(ln[3:].strip())
                cur["paras"].append(ln[3:].strip())
            else:
                cur["paras"].append(ln.strip())
    return page


def punct(s: str, mode: str) -> str:
    if mode == "half":
        return s.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}))
    if mode == "mixed":
        return s.translate(str.maketrans({"（": "(", "）": ")"}))
    return s


def clean(s: str) -> str:
    return CUT.sub("", s).replace("|", "")


# ---------------------------------------------------------------- layout
class Composer:
    def __init__(self, name: str, page: dict, seeds: dict, counts: Counter):
        self.name, self.p, self.m = name, page, page["meta"]
        self.rng = random.Random(name)
        self.c = counts
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.pm = self.m.get("punct", "full")
        self.col = self.m.get("layout") == "column"
        mode = seeds.get("004" if self.m.get("seedwidth") == "004" else "000", {}).get("mode", 17)
        self.width = float(self.m.get("width", mode))
        self.just = float(seeds.get("000", {}).get("just_rate", 0.06))
        self.printed: dict[str, Counter] = {}

    # -- text decoration (column layout only)
    def numspace(self, s: str) -> str:
        def rep(m):
            a, num, b = m.group(1), m.group(2), m.group(3)
            pre = " " if self.rng.random() < 0.7 else ""
            post = " " if b and self.rng.random() < 0.45 else ""
            if pre or post:
                self.c["spaces around number runs"] += 1
            return a + pre + num + post + b
        s = re.sub(r"([\u4e00-\u9fff，、（“])(\d[\d.]*%?)([\u4e00-\u9fff]?)", rep, s)
        if "%" in s and self.rng.random() < 0.25:
            s = s.replace("%", " %", 1)
            self.c["glyph gap before %"] += 1
        if "“" in s and self.rng.random() < 0.2:
            s = s.replace("“", "“ ", 1)
            self.c["space after an opening quote"] += 1
        return s

    def justify(self, s: str) -> str:
        out = []
        for i, ch in enumerate(s):
            out.append(ch)
            if i + 1 < len(s):
                nx = s[i + 1]
                if ch in FULLP or ch in OPENP or ch == " " or nx == " ":
                    continue
                if ch.isascii() and nx.isascii():
                    continue
                out.append(" ")
        self.c["justified lines spread with spaces"] += 1
        return "".join(out)

    def wrap(self, text: str, indent: bool) -> list[str]:
        lines, cur, w = [], "", 2.0 if indent else 0.0
        for ch in text:
            cw = em(ch)
            if w + cw > self.width and cur and ch not in FULLP:
                lines.append(cur)
                cur, w = "", 0.0
            cur += ch
            w += cw
        if cur:
            lines.append(cur)
        return lines

    def keep_dateline_tail(self, wl: list[str], n: int) -> list[str]:
        """A column break inside a dateline never leaves its last 1-3 characters alone at
        the head of the next line (they could not be told from the byline's text); the
        break moves back so that at least 4 characters of the dateline travel together."""
        pos = 0
        for k in range(len(wl) - 1):
            pos += len(wl[k])
            if n - 4 < pos < n:
                back = 4 - (n - pos)
                wl[k], wl[k + 1] = wl[k][:-back], wl[k][-back:] + wl[k + 1]
                self.c["line break inside a dateline"] += 1
                break
            if pos < n and pos > 0:
                self.c["line break inside a dateline"] += 1
        return wl

    def emit(self, s: str):
        self.lines.append(s)

    def body_text(self, text: str, start_para: bool, end_para: bool, dl_len: int = 0):
        if not self.col:
            self.emit(text)
            return
        wl = self.wrap(text, start_para)
        if dl_len:
            wl = self.keep_dateline_tail(wl, dl_len)
        for i, l in enumerate(wl):
            last = i == len(wl) - 1 and end_para
            d = self.numspace(l)
            n = sum(l.count(c) for c in "，。、；,;")
            if not last and n >= 1 and self.rng.random() < self.just * 1.3:
                d = self.justify(l)
            elif not last and n >= 1 and self.rng.random() < 0.08:
                d = d.replace("，", "， ", 1)
                self.c["glyph gap at full-width punctuation"] += 1
            self.emit(d)

    # -- items
    def art(self, aid):
        return self.p["arts"][aid]

    def paras_of(self, a, spec: str):
        """-> list of (index, part) where part in ('all','<','>')."""
        n = len(a["paras"])
        if spec == "all":
            return [(i, "all") for i in range(n)]
        if spec.endswith("<") or spec.endswith(">"):
            return [(int(spec[:-1]) - 1, spec[-1])]
        if "-" in spec:
            lo, hi = spec.split("-")
            hi = int(hi) if hi else n
            return [(i, "all") for i in range(int(lo) - 1, hi)]
        return [(int(spec) - 1, "all")]

    def do_body(self, a, spec):
        for i, part in self.paras_of(a, spec):
            self.printed.setdefault(a["id"], Counter())[i] += 2 if part == "all" else 1
            raw = punct(a["paras"][i], self.pm)
            m = CUT.search(raw)
            if part == "all":
                txt = CUT.sub("", raw)
            elif part == "<":
                txt = raw[: m.start()]
                self.c[CUT_NAMES[m.group(1)]] += 1
            else:
                txt = CUT.sub("", raw[m.end():])
            if a["paras"][i] in a["subheads"]:
                self.emit(txt)
                continue
            if i == 0 and part in ("all", "<") and a["dateline"]:
                dl = punct(a["dateline"], self.pm)
                if not self.col and "|" in dl:
                    x, y = dl.split("|", 1)
                    self.emit(x)
                    txt = y + txt
                    self.c["line break inside a dateline"] += 1
                else:
                    txt = dl.replace("|", "") + txt
                    self.body_text(txt, part != ">", part != "<", len(dl.replace("|", "")))
                    continue
            self.body_text(txt, part != ">", part != "<")

    def head_lines(self, a, mode):
        k, t, s = (punct(a[f], self.pm) for f in ("kicker", "title", "subtitle"))
        out = []
        if mode == "join":
            out.append(" ".join(clean(x) for x in (k, t, s) if x))
            self.c["headline stack printed on one line"] += 1
            return out
        for role, x in (("kicker", k), ("title", t), ("subtitle", s)):
            if not x:
                continue
            if "|" in x:
                out.extend(x.split("|"))
                if role == "title":
                    self.c["headline broken over lines (last word alone / split at space)"] += 1
                continue
            if role == "title" and mode == "split" and " " in x:
                out.extend(x.split(" ", 1))
                self.c["headline broken over lines (last word alone / split at space)"] += 1
                continue
            if role == "title" and mode == "double":
                out.append(x + x)
                self.dups.append(x)
                self.c["headline drawn twice"] += 1
                continue
            out.append(x)
            if role == "title" and mode == "twice":
                out.append(x)
                self.dups.append(x)
                self.c["headline drawn twice"] += 1
        return out

    def run(self):
        p = self.p
        heads_done, bodies_done = set(), set()
        for item in p["layout"]:
            parts = item.split()
            op = parts[0]
            self.last_op, self.last_aid = getattr(self, "op_now", None), getattr(self, "aid_now", None)
            self.op_now, self.aid_now = op, parts[1] if len(parts) > 1 else None
            if op == "mast":
                for x in p["masthead"]:
                    self.emit(x)
                self.extras.append("".join(p["masthead"]))
                self.c["masthead pieces"] += len(p["masthead"])
            elif op == "box":
                bx = p["boxes"][int(parts[1]) - 1]
                for x in bx:
                    self.emit(x)
                self.extras.append("".join(bx))
                self.c["box lines (countdown, code prompt, framed label)"] += len(bx)
            elif op == "w":
                self.width = float(parts[1])
            elif op == "head":
                a = self.art(parts[1])
                if self.last_op == "head" and self.last_aid != a["id"]:
                    self.c["headlines of different stories bunched together"] += 1
                for x in self.head_lines(a, parts[2] if len(parts) > 2 else "lines"):
                    self.emit(x)
                if a["id"] in bodies_done:
                    self.c["headline printed after its body"] += 1
                heads_done.add(a["id"])
            elif op == "col":
                a = self.art(parts[1])
                self.emit(a["column"])
                self.c["column label line"] += 1
            elif op == "by":
                a = self.art(parts[1])
                b = punct(a["byline"], self.pm)
                pieces = b.split("|")
                if len(parts) > 2 and parts[2] == "right":
                    pieces = [" " * self.rng.randint(18, 34) + x for x in pieces]
                    self.c["credit right-aligned on its own line"] += 1
                if len(pieces) > 1:
                    self.c["byline broken between names / before 通讯员"] += 1
                for x in pieces:
                    self.emit(x.rstrip() if not x.strip() == "" else x)
            elif op == "body":
                a = self.art(parts[1])
                self.do_body(a, parts[2] if len(parts) > 2 else "all")
                bodies_done.add(a["id"])
            elif op == "mark":
                self.emit(punct(self.art(parts[1])["marker"], self.pm))
                self.c["jump marker"] += 1
            elif op == "line":
                t = item[5:]
                self.emit(t)
                self.extras.append(t.strip())
                self.c["box lines (countdown, code prompt, framed label)"] += 1
            elif op == "dupprev":
                prev = self.lines[-1]
                self.emit(prev)
                self.dups.append(re.sub(r"\s+", "", prev))
                self.c["line printed twice"] += 1
            else:
                raise SystemExit(f"{self.name}: unknown layout item {item!r}")
        for aid in p["order"]:
            got = self.printed.get(aid, Counter())
            for i in range(len(p["arts"][aid]["paras"])):
                if got[i] != 2:
                    raise SystemExit(f"{self.name}: {aid} paragraph {i + 1} laid out {got[i]}/2 times")
        return "\n\n".join(self.lines) + "\n"

    def gold(self, source: str) -> dict:
        m = self.m
        arts = []
        for aid in self.p["order"]:
            a = self.p["arts"][aid]
            g = {"kind": a["kind"]}
            for f in FIELDS:
                v = punct(clean(a[f]), self.pm)
                g[f] = v
            g["subheads"] = [punct(clean(x), self.pm) for x in a["subheads"]]
            g["paragraphs"] = [punct(clean(x), self.pm) for x in a["paras"]]
            arts.append(g)
        return {"source": source, "issue_date": m["date"],
                "issue_number": int(m["issue"]) if m.get("issue") else None,
                "page_count": int(m["pages"]) if m.get("pages") else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


def table(rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    seeds = measure_seeds()
    for d in ("pages", "gold"):
        if (out / d).exists():
            shutil.rmtree(out / d)
        (out / d).mkdir(parents=True)
    counts: Counter = Counter()
    page_rows = [["file", "issue date", "page", "layout", "punctuation", "articles", "characters", "subjects"]]
    for src in sorted((HERE / "src").glob("p*.txt")):
        page = parse_source(src)
        comp = Composer(src.name, page, seeds, counts)
        text = comp.run()
        num = int(src.stem[1:])
        fname = f"{num:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / (fname + ".txt")).write_text(text, encoding="utf-8")
        g = comp.gold(fname + ".txt")
        (out / "gold" / (fname + ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s+", "", text))
        m = page["meta"]
        page_rows.append([fname + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                          str(len(g["articles"])), str(nchar), page.get("subjects", "")])
    seed_rows = [["seed", "text lines", "body widths (em, lines >=5%)", "modal width", "share of lines justified (spread with spaces)", "blank lines per text line"]]
    for k, v in seeds.items():
        seed_rows.append([k, str(v["lines"]), ", ".join(map(str, v["widths"])), str(v["mode"]), str(v["just_rate"]), str(v["blank_between"])])
    ph_rows = [["phenomenon", "count"]] + [[k, str(v)] for k, v in sorted(counts.items())]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = (tpl.replace("{{SEED_TABLE}}", table(seed_rows))
              .replace("{{PHENOMENA}}", table(ph_rows))
              .replace("{{PAGES}}", table(page_rows)))
    (out / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
