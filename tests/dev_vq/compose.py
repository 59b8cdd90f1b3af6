#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) into raw page files,
gold annotations and README.md.  Standard library only; deterministic
(every small choice comes from random.Random seeded by the source file name).

    python3 compose.py            # writes pages/, gold/, README.md
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = re.compile(r"‖([vuwqnp])")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "p": "cut at a column break (nothing between)"}
CLOSE = set("，、。；：？！）》”’%…,.;:?!)")   # may not start a line
OPEN = set("“‘（《(")                          # may not end a line
NO_SPACE_AFTER = set("，、。；：？！）》”’（(")
NO_SPACE_BEFORE = set("“‘（《(")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%．+\-]*")


# ----------------------------------------------------------------- source
def parse_source(path: Path) -> dict:
    page = {"arts": {}, "order": [], "layout": []}
    section, cur = None, None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#!"):          # comment
            continue
        if line.startswith("@page"):
            section = "page"
            continue
        if line.startswith("@art "):
            section = "art"
            key = line.split()[1]
            cur = {"key": key, "text": [], "intext": False}
            for f in FIELDS:
                cur[f] = ""
            page["arts"][key] = cur
            page["order"].append(key)
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if section == "page":
            if ":" in line:
                k, v = line.split(":", 1)
                page[k.strip()] = v.strip()
        elif section == "art":
            if cur["intext"]:
                if line.strip():
                    cur["text"].append(line.strip())
            elif line.strip() == "---":
                cur["intext"] = True
            elif ":" in line:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        elif section == "layout":
            if line.strip():
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


def width(s: str) -> float:
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        w += 1 if unicodedata.east_asian_width(ch) in "WF" else 0.5
    return w


def atoms(s: str) -> list[str]:
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


def is_num(a: str) -> bool:
    return bool(NUMRUN.fullmatch(a))


# ----------------------------------------------------------------- composer
class Composer:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse_source(src)
        self.rng = random.Random(src.name)
        self.mode = self.p.get("punct", "full")
        self.col = self.p.get("format", "")
        self.lines: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.stats = Counter()
        self.last_extra = False
        self.prepare()

    # -- articles --------------------------------------------------------
    def prepare(self):
        P = self.p
        for a in P["arts"].values():
            for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued",
                      "cont_raw", "lead_raw"):
                a[f] = punct(a.get(f, ""), self.mode)
            paras, subheads = [], []
            for t in a["text"]:
                t = punct(t, self.mode)
                if t.startswith("## "):
                    t = t[3:]
                    subheads.append(t)
                paras.append(t)
            a["paras_src"] = paras
            a["subheads"] = subheads
            # pieces: split paragraph stream at cut markers
            pieces, cur = [], []          # piece = list of (para_index, text, is_para_start, is_para_end)
            for pi, t in enumerate(paras):
                segs = CUT.split(t)
                # segs: text, code, text, code, text ...
                texts = segs[0::2]
                codes = segs[1::2]
                for c in codes:
                    self.stats[CUT_NAMES[c]] += 1
                for si, tx in enumerate(texts):
                    cur.append((pi, tx, si == 0, si == len(texts) - 1))
                    if si < len(texts) - 1:
                        pieces.append(cur)
                        cur = []
            if cur:
                pieces.append(cur)
            a["pieces"] = pieces
            a["next_piece"] = 0

    def gold_article(self, a) -> dict:
        def clean_head(s):
            return re.sub(r" +", " ", s.replace("|", "")).strip()
        paras = [re.sub(r"\s+", "", CUT.sub("", t)) for t in a["paras_src"]]
        return {
            "kind": a["kind"],
            "column": clean_head(a["column"]),
            "kicker": clean_head(a["kicker"]),
            "title": clean_head(a["title"]),
            "subtitle": clean_head(a["subtitle"]),
            "byline": re.sub(r" +", " ", a["byline"].replace("|", " ")).strip(),
            "dateline": re.sub(r" +", " ", a["dateline"].replace("|", "")).strip(),
            "continued": a["continued"],
            "subheads": [re.sub(r" +", " ", s) for s in a["subheads"]],
            "paragraphs": paras,
        }

    # -- emit ----------------------------------------------------------------
    def emit(self, line: str):
        self.lines.append(line)
        self.last_extra = False

    def numspace(self, s: str) -> str:
        """column layout: spaces around number runs (the glyph gaps of PDF text)."""
        if self.p.get("numsp", "no") == "no":
            return s
        out = []
        at = atoms(s)
        for i, a in enumerate(at):
            if is_num(a) and any(c.isdigit() for c in a):
                prev = at[i - 1] if i else ""
                nxt = at[i + 1] if i + 1 < len(at) else ""
                if prev and prev not in OPEN and prev not in CLOSE and not is_num(prev):
                    out.append(" ")
                    self.stats["space before a number run"] += 1
                if a.endswith("%") and self.p.get("pctgap") == "yes" and self.rng.random() < 0.5:
                    a = a[:-1] + " %"
                    self.stats["glyph gap before %"] += 1
                out.append(a)
                if nxt and not is_num(nxt):
                    if a.endswith("%") and nxt in CLOSE:
                        out.append(" ")
                        self.stats["glyph gap after % before full-width punctuation"] += 1
                    elif not a.endswith("%") and nxt not in CLOSE and nxt not in OPEN:
                        out.append(" ")
                continue
            out.append(a)
        return "".join(out)

    def spread(self, ats: list[str]) -> str:
        out = ""
        for i, a in enumerate(ats):
            if i:
                prev = ats[i - 1]
                if prev[-1] in NO_SPACE_AFTER or a[0] in NO_SPACE_BEFORE:
                    pass
                else:
                    out += " "
            out += a
        return out

    def wrap(self, text: str, W: float, last_is_end: bool, spread_ok=True) -> list[str]:
        """Greedy fill to W em; closing punctuation may hang, opening punctuation
        never ends a line; a non-final line short of W by >= 1 em is letter-spaced."""
        at = atoms(text)
        lines, cur, cw = [], [], 0.0
        i = 0
        while i < len(at):
            a = at[i]
            aw = width(a)
            if cur and cw + aw > W and a[0] not in CLOSE:
                # opening punctuation may not end a line
                carry = []
                while cur and cur[-1] in OPEN:
                    carry.insert(0, cur.pop())
                lines.append(cur)
                cur, cw = carry, sum(width(x) for x in carry)
            cur.append(a)
            cw += aw
            i += 1
        if cur:
            lines.append(cur)
        out = []
        for li, ln in enumerate(lines):
            final = li == len(lines) - 1
            lw = sum(width(x) for x in ln)
            npunct = sum(1 for x in ln[1:-1] if x in "，、。；：")
            if not final and spread_ok and W - lw >= 1:
                out.append(self.spread(ln))
                self.stats["justified line spread with spaces (short of the column)"] += 1
            elif (not final and spread_ok and npunct >= 2
                  and self.rng.random() < float(self.p.get("squeeze", 0.3))):
                out.append(self.spread(ln))
                self.stats["justified line spread with spaces (squeezed punctuation)"] += 1
            else:
                out.append(self.numspace("".join(ln)))
        return out

    def art_width(self, a) -> float:
        return float(a.get("colw") or self.p.get("colw") or 17)

    def body(self, a, n):
        pieces = a["pieces"]
        if n == "*":
            n = len(pieces) - a["next_piece"]
        for _ in range(int(n)):
            k = a["next_piece"]
            if k >= len(pieces):
                raise SystemExit(f"{self.src.name}: {a['key']} has no piece {k}")
            a["next_piece"] += 1
            for (pi, tx, start, end) in pieces[k]:
                lead = ""
                if pi == 0 and start and k == 0:
                    lead = a.get("lead_raw", "") or ""
                    if lead:
                        self.stats["jump marker (上接/紧接)"] += 1
                    dl = a["dateline"]
                    if dl:
                        lead += dl
                        if "|" in dl:
                            self.stats["line break inside a dateline"] += 1
                if self.col == "column":
                    W = self.art_width(a)
                    if lead:
                        parts = lead.split("|")
                        for pp in parts[:-1]:
                            self.emit(self.numspace(pp.strip()))
                        tx_full = parts[-1].lstrip() + tx
                    else:
                        tx_full = tx
                    if tx.startswith(tuple(a["subheads"])) and tx in a["subheads"]:
                        self.emit(tx)
                        continue
                    for ln in self.wrap(tx_full, W, end):
                        self.emit(ln)
                else:
                    if lead:
                        parts = lead.split("|")
                        for pp in parts[:-1]:
                            self.emit(pp.strip())
                        self.emit(parts[-1].lstrip() + tx)
                    else:
                        self.emit(tx)

    def head(self, a, style):
        col = self.col
        k, t, s = a["kicker"], a["title"], a["subtitle"]
        lines = []
        if style == "one":
            lines.append(" ".join(x.replace("|", "") for x in (k, t, s) if x))
            self.stats["headline stack on one line"] += 1
        elif style == "ks":      # kicker on own line, title + subtitle on one line
            if k:
                lines.append(k)
            lines.append(" ".join(x.replace("|", "") for x in (t, s) if x))
            self.stats["headline stack on one line"] += 1
        else:
            if k:
                lines.extend(x.strip() for x in k.split("|"))
            tl = [x.strip() for x in t.split("|")] if t else []
            if len(tl) > 1 and len(tl[-1]) <= 4:
                self.stats["headline's last word alone on a line"] += 1
            elif len(tl) > 1:
                self.stats["headline split over lines"] += 1
            if style == "double" and tl:
                tl[-1] = tl[-1] + tl[-1]
                self.dups.append(t.split("|")[-1].strip())
                self.stats["headline drawn twice (doubled on one line)"] += 1
            lines.extend(tl)
            if style == "twice" and tl:
                lines.append(tl[-1])
                self.dups.append(tl[-1])
                self.stats["headline drawn twice (two identical lines)"] += 1
            if s:
                lines.extend(x.strip() for x in s.split("|"))
        for ln in lines:
            self.emit(ln)

    def photo(self, a):
        W = float(a.get("colw") or 0)
        credit = a["byline"]
        pos = a.get("credit", "end")
        caps = [re.sub(r"\s+", "", CUT.sub("", t)) for t in a["paras_src"]]
        for ci, c in enumerate(caps):
            if ci == len(caps) - 1 and pos == "end" and credit:
                c = c + " " + credit.replace("|", " ")
            if W and self.col == "column":
                for ln in self.wrap(c, W, True, spread_ok=False):
                    self.emit(ln)
            else:
                self.emit(c)
        if pos == "right" and credit:
            self.emit(" " * self.rng.randint(18, 36) + credit.replace("|", " "))
            self.stats["credit right-aligned on its own line"] += 1
        elif pos == "line" and credit:
            self.emit(credit.replace("|", " "))
            self.stats["credit on a line of its own"] += 1
        if credit.startswith("以上图片"):
            self.stats["group credit (以上图片均由…)"] += 1

    def run(self):
        P, arts = self.p, self.p["arts"]
        seen_body = set()
        prev_head = None
        for d in P["layout"]:
            op, *args = d.split(" ", 1)
            arg = args[0] if args else ""
            if op in ("extra", "extra!"):
                if op == "extra" and self.last_extra and self.extras:
                    self.extras[-1] += arg.strip()
                else:
                    self.extras.append(arg.strip())
                self.lines.append(arg)
                self.last_extra = True
                self.stats["furniture / box lines (extras)"] += 1
                continue
            if op == "blank":
                self.lines.append("")
                continue
            if op == "dup":
                k = int(arg or 1)
                ln = [x for x in self.lines if x.strip()][-k]
                self.emit(ln)
                self.dups.append(ln.strip())
                self.stats["line printed twice"] += 1
                continue
            parts = arg.split()
            a = arts[parts[0]]
            if op == "head":
                style = parts[1] if len(parts) > 1 else "stack"
                if a["key"] in seen_body and self.col:
                    self.stats["headline printed after its body"] += 1
                if prev_head and prev_head != a["key"]:
                    self.stats["headlines bunched together"] += 1
                self.head(a, style)
                prev_head = a["key"]
                continue
            prev_head = None
            if op == "col":
                self.emit(a["column"])
                self.stats["column label on its own line"] += 1
            elif op == "byline":
                bl = a["byline"].split("|")
                if len(bl) > 1:
                    self.stats["line break inside a byline"] += 1
                for b in bl:
                    self.emit(b.strip())
            elif op == "body":
                self.body(a, parts[1] if len(parts) > 1 else 1)
                seen_body.add(a["key"])
            elif op == "marker":
                self.emit(a["cont_raw"])
                self.stats["jump marker (下转)"] += 1
            elif op == "photo":
                self.photo(a)
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {d!r}")
        for a in arts.values():
            if a["kind"] != "photo" and a["next_piece"] != len(a["pieces"]):
                raise SystemExit(f"{self.src.name}: {a['key']} printed {a['next_piece']}"
                                 f" of {len(a['pieces'])} pieces")
        if self.col == "column":
            text = "".join(ln + "\n\n" for ln in self.lines)
        else:
            text = "\n\n" + "\n\n".join(self.lines) + "\n"
        self.text = text
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        self.name = f"{P['file']}_{h}"
        gold = {
            "source": self.name + ".txt",
            "issue_date": P["date"],
            "issue_number": P.get("issue_number") or None,
            "page_count": int(P["page_count"]) if P.get("page_count") else None,
            "articles": [self.gold_article(arts[k]) for k in P["order"]],
            "extras": self.extras,
            "duplicates": self.dups,
        }
        self.gold = gold
        return self


def build() -> dict:
    """Return {relative path: content} for everything compose.py writes."""
    out, rows, stats = {}, [], Counter()
    comps = [Composer(p).run() for p in sorted((HERE / "src").glob("p*.txt"))]
    for c in comps:
        out[f"pages/{c.name}.txt"] = c.text
        out[f"gold/{c.name}.json"] = json.dumps(c.gold, ensure_ascii=False, indent=1) + "\n"
        stats.update(c.stats)
        nchar = len(re.sub(r"\s", "", c.text))
        rows.append((c.name + ".txt", c.p["date"], c.p.get("page", ""), c.col,
                     c.p.get("punct", "full"), len(c.gold["articles"]), nchar, c.p.get("subjects", "")))
    out["README.md"] = readme(rows, stats)
    return out


def readme(rows, stats) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(stats):
        ph.append(f"| {k} | {stats[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pg.append("| " + " | ".join(str(x) for x in r) + " |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def main():
    out = build()
    for d in ("pages", "gold"):
        (HERE / d).mkdir(exist_ok=True)
        for f in (HERE / d).glob("*"):
            if f.is_file() and f"{d}/{f.name}" not in out:
                f.unlink()
    for rel, content in out.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    print(f"wrote {sum(1 for k in out if k.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
