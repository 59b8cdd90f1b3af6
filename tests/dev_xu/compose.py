#!/usr/bin/env python3
"""Lay out the pages of this test set from src/pNN.txt.

Writes pages/*.txt, gold/*.json and README.md (from README.in).
Standard library only; every small choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.
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
CUT = "¦"
CLOSE = set("，。、；：？！）》”’%,.;:?!)」』】")
OPEN = set("“‘（《(「『【")
PUNCT = CLOSE | OPEN | set("—…·")
HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×/\-]+")


def em(s: str) -> float:
    return sum(0.5 if ord(c) < 128 else 1 for c in s if c != " ")


def punct(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


# ---------------------------------------------------------------- source
def parse(path: Path) -> dict:
    page = {"meta": {}, "articles": {}, "order": [], "layout": []}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                section = "layout"
                continue
            section = "article"
            cur = {f: "" for f in FIELDS}
            cur.update(id=head[0], kind=head[1], subheads=[], paras=[])
            page["articles"][head[0]] = cur
            page["order"].append(head[0])
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "meta":
            page["meta"][key] = val
        elif section == "article":
            if key == "p":
                cur["paras"].append(val)
            elif key == "sh":
                cur["subheads"].append(val)
                cur["paras"].append(val)
            else:
                cur[key] = val
        else:
            page["layout"].append((key, val))
    mode = page["meta"].get("punct", "full")
    for a in page["articles"].values():
        for f in FIELDS:
            a[f] = punct(a[f], mode)
        a["paras"] = [punct(p, mode) for p in a["paras"]]
        a["subheads"] = [punct(p, mode) for p in a["subheads"]]
        a["pieces"] = [p.split(CUT) for p in a["paras"]]
    return page


def piece_range(a: dict, spec: str) -> list[tuple[int, int]]:
    """'2' = whole paragraph 2; '1-3'; '0-2.0' = paragraphs 0..1 and piece 0 of 2."""
    lo, dash, hi = spec.partition("-")
    hi = hi or (str(len(a["pieces"]) - 1) if dash else lo)

    def pos(s: str, end: bool) -> tuple[int, int]:
        if "." in s:
            p, k = s.split(".")
            return int(p), int(k)
        p = int(s)
        return (p, len(a["pieces"][p]) - 1) if end else (p, 0)

    start, stop = pos(lo, False), pos(hi, True)
    out = []
    for p, pcs in enumerate(a["pieces"]):
        for k in range(len(pcs)):
            if start <= (p, k) <= stop:
                out.append((p, k))
    return out


# ---------------------------------------------------------------- rendering
class Page:
    def __init__(self, page: dict, rng: random.Random, tally: Counter):
        self.p, self.rng, self.t = page, rng, tally
        self.meta = page["meta"]
        self.column = self.meta["layout"] == "column"
        self.width = float(self.meta.get("width", "17"))
        self.lines: list[str] = []
        self.seps: list[str] = []
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.printed_head: set[str] = set()
        self.printed_body: set[str] = set()

    def emit(self, line: str, sep: str = "\n\n"):
        self.lines.append(line)
        self.seps.append(sep)

    def text(self) -> str:
        return "".join(l + s for l, s in zip(self.lines, self.seps)).rstrip("\n") + "\n"

    # number runs get glyph-gap spaces in print
    def space_numbers(self, s: str, p: float) -> str:
        def rep(m):
            left = " " if m.start() > 0 and self.rng.random() < p else ""
            right = " " if m.end() < len(s) and self.rng.random() < p else ""
            if left or right:
                self.t["spaces around a number run"] += 1
            return left + m.group(0) + right
        s = ASCII_RUN.sub(rep, s)
        s = s.replace(" %", "%")
        return s

    def tokens(self, s: str) -> list[str]:
        out, i = [], 0
        while i < len(s):
            m = ASCII_RUN.match(s, i)
            if m:
                out.append(m.group(0))
                i = m.end()
            else:
                out.append(s[i])
                i += 1
        return out

    def wrap(self, text: str, first: float, width: float, cut_end: bool) -> list[str]:
        """Column lines of one piece. A piece that ends at a cut fills its last line."""
        toks = self.tokens(text)
        lines, cur, w = [], [], 0.0
        limit = first
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = em(t)
            if cur and w + tw > limit and t not in CLOSE:
                # an opening mark may not end a line
                if cur[-1] in OPEN:
                    t0 = cur.pop()
                    lines.append(cur)
                    cur, w = [t0], em(t0)
                else:
                    lines.append(cur)
                    cur, w = [], 0.0
                limit = width
                continue
            cur.append(t)
            w += tw
            i += 1
        if cur:
            lines.append(cur)
        out = []
        lines = [[t for t in ln] for ln in lines]
        for ln in lines:
            while ln and ln[-1] == " ":
                ln.pop()
            while ln and ln[0] == " ":
                ln.pop(0)
        lines = [ln for ln in lines if ln]
        for n, toks_line in enumerate(lines):
            last = n == len(lines) - 1
            lim = first if n == 0 else width
            short = em("".join(toks_line)) <= lim - 1.5
            if short and (not last or cut_end):
                self.t["justified line spread with spaces"] += 1
                parts = [toks_line[0]]
                for a, b in zip(toks_line, toks_line[1:]):
                    if a in PUNCT or b in OPEN:
                        parts.append(b)
                    else:
                        parts.append(" " + b)
                out.append("".join(parts))
            else:
                s = "".join(toks_line)
                s = self.space_numbers(s, 0.7)
                if "“" in s and self.rng.random() < 0.15:
                    s = s.replace("“", "“ ", 1)
                    self.t["space after an opening quote"] += 1
                for c in "、，。；":
                    if c in s and self.rng.random() < 0.04:
                        s = s.replace(c, " " + c, 1)
                        self.t["glyph-gap space before punctuation"] += 1
                out.append(s)
        return out

    # ------------------------------------------------------------ items
    def art(self, key: str) -> dict:
        return self.p["articles"][key]

    def head_lines(self, a: dict) -> list[str]:
        return [x for x in (a["kicker"], a["title"], a["subtitle"]) if x]

    def do_head(self, arg: str, how: str):
        a = self.art(arg.split()[0])
        if self.prev_item and self.prev_item[0].startswith("head") and \
                self.prev_item[1].split()[0] != a["id"]:
            self.t["headline bunched with another story's headline"] += 1
        hl = self.head_lines(a)
        self.printed_head.add(a["id"])
        if a["id"] in self.printed_body:
            self.t["headline printed after its body"] += 1
        if how == "head1":
            self.emit(" ".join(hl))
            self.t["headline stack run together on one line"] += 1
            return
        if how == "headsplit":  # the last word of the title left alone on a line
            t = a["title"]
            k = int(arg.split()[1])
            lines = ([a["kicker"]] if a["kicker"] else []) + [t[:-k], t[-k:]] + (
                [a["subtitle"]] if a["subtitle"] else [])
            self.t["headline's last word alone on a line"] += 1
            for l in lines:
                self.emit(l)
            return
        sep = "\n" if how == "headtight" else "\n\n"
        for l in hl:
            self.emit(l, sep)
        self.seps[-1] = "\n\n"

    def do_body(self, arg: str):
        parts = arg.split()
        a = self.art(parts[0])
        self.printed_body.add(a["id"])
        width = float(parts[2]) if len(parts) > 2 else self.width
        rng_ = piece_range(a, parts[1])
        for p, k in rng_:
            if (a["id"], p, k) in self.done:
                raise SystemExit(f"piece printed twice: {a['id']} {p}.{k}")
            self.done.add((a["id"], p, k))
            txt = a["pieces"][p][k]
            first_piece = k == 0
            if p == 0 and k == 0 and a["dateline"]:
                dl = a["dateline"]
                txt = dl + txt
            cut_end = k < len(a["pieces"][p]) - 1
            if k > 0:
                self.t["paragraph cut and continued"] += 1
                before, after = a["pieces"][p][k - 1][-1:], txt[:1]
                if after.isdigit() and not before.isdigit():
                    kind = "cut between a word and its figure"
                elif before.isdigit() and after.isdigit():
                    kind = "cut inside a figure"
                elif before.isdigit() or before == "%":
                    kind = "cut between a figure and its unit"
                elif before in PUNCT or after in PUNCT:
                    kind = "cut at punctuation"
                else:
                    kind = "cut inside a word, name or quoted term"
                self.t[kind] += 1
                if self.last_piece == (a["id"], p, k - 1):
                    self.t["paragraph split by a column break with nothing between"] += 1
                else:
                    self.t["paragraph continued after a piece of another story"] += 1
            if self.column:
                first = width - 2 if first_piece and not (p == 0 and a["dateline"]) else width
                lines = self.wrap(txt, first, width, cut_end)
                if p == 0 and k == 0 and a["dateline"]:
                    # a dateline tail of 1-3 characters on the next line is re-set
                    for _ in range(6):
                        n, acc, bad = len(a["dateline"].replace(" ", "")), 0, False
                        for ln in lines:
                            m = len(ln.replace(" ", ""))
                            if acc < n < acc + m and 0 < n - acc < 4 and acc > 0:
                                bad = True
                            acc += m
                        if not bad:
                            break
                        first -= 1
                        lines = self.wrap(txt, first, width, cut_end)
                if p == 0 and k == 0 and a["dateline"]:
                    lines[0] = " " + lines[0]
                    n = len(a["dateline"])
                    # where did the dateline break?
                    acc = 0
                    for ln in lines:
                        acc += len(ln.replace(" ", ""))
                        if acc < n:
                            self.t["line break inside a dateline"] += 1
                            break
                for ln in lines:
                    self.emit(ln)
            else:
                s = self.space_numbers(txt, 0.06) if self.rng.random() < 0.5 else txt
                self.emit(s)
            self.last_piece = (a["id"], p, k)

    def run(self):
        self.last_piece = None
        self.done = set()
        self.photos = set()
        self.prev_item = None
        for key, val in self.p["layout"]:
            self.item(key, val)
            self.prev_item = (key, val)
        return self.finish()

    def item(self, key: str, val: str):
        if True:
            if key in ("head", "headtight", "head1", "headsplit"):
                self.do_head(val, key)
            elif key == "headdbl":
                a = self.art(val)
                self.printed_head.add(a["id"])
                self.emit(a["title"] + " " + a["title"])
                self.dups.append(a["title"])
                self.t["headline drawn twice"] += 1
                hl = self.head_lines(a)
                for l in hl:
                    if l != a["title"]:
                        self.emit(l)
            elif key == "col":
                a = self.art(val)
                self.emit(a["column"])
                self.t["column label on its own line"] += 1
            elif key == "by":
                a = self.art(val.split()[0])
                b = a["byline"]
                if val.endswith(" split"):
                    i = b.find(" 通讯员") if " 通讯员" in b else b.rfind(" ")
                    self.emit(b[:i].strip(), "\n")
                    self.emit(b[i:].strip())
                    self.t["byline broken across lines"] += 1
                elif val.endswith(" right"):
                    self.emit(" " * 24 + b)
                    self.t["credit right-aligned on its own line"] += 1
                else:
                    self.emit(b)
            elif key == "body":
                self.do_body(val)
            elif key == "photo":
                a = self.art(val.split()[0])
                self.photos.add(a["id"])
                how = val.split()[1] if len(val.split()) > 1 else "inline"
                if a["title"]:
                    self.emit(a["title"])
                for i, c in enumerate(a["paras"]):
                    last = i == len(a["paras"]) - 1
                    if last and how == "inline" and a["byline"]:
                        self.emit(c + " " + a["byline"])
                    else:
                        self.emit(c)
                if how == "right" and a["byline"]:
                    self.emit(" " * 30 + a["byline"])
                    self.t["credit right-aligned on its own line"] += 1
                self.t["photo / cartoon caption"] += 1
            elif key == "mast":
                pieces = [x.strip() for x in val.split("|")]
                for x in pieces:
                    self.emit(x)
                self.extras.append("".join(pieces))
                self.t["masthead pieces in drawing order"] += len(pieces)
            elif key == "box":
                self.emit(val)
                self.extras.append(val)
                self.t["short box line (extra)"] += 1
            elif key == "mark":
                self.emit(val)
                self.t["jump marker line"] += 1
            elif key == "dupprev":
                self.emit(self.lines[-1])
                self.dups.append(re.sub(r"\s+", "", self.lines[-1]))
                self.t["line printed twice"] += 1
            else:
                raise SystemExit(f"unknown layout item {key}")
    def finish(self) -> str:
        # every article must be fully printed
        for a in self.p["articles"].values():
            if a["kind"] == "photo" or a["id"] in self.photos:
                continue
            for p, pcs in enumerate(a["pieces"]):
                for k in range(len(pcs)):
                    if (a["id"], p, k) not in self.done:
                        raise SystemExit(f"{self.meta['date']}: piece never printed: {a['id']} {p}.{k}")
            if a["id"] not in self.printed_head and self.head_lines(a):
                raise SystemExit(f"{self.meta['date']}: headline never printed: {a['id']}")
        return self.text()


def gold_of(page: dict, name: str, pg: Page) -> dict:
    m = page["meta"]
    arts = []
    for k in page["order"]:
        a = page["articles"][k]
        arts.append({
            "kind": a["kind"], "column": a["column"], "kicker": a["kicker"], "title": a["title"],
            "subtitle": a["subtitle"], "byline": a["byline"], "dateline": a["dateline"],
            "continued": a["continued"], "subheads": a["subheads"],
            "paragraphs": [p.replace(CUT, "") for p in a["paras"]]})
    return {"source": name, "issue_date": m["date"],
            "issue_number": m.get("issue") or None,
            "page_count": int(m["count"]) if m.get("count") else None,
            "articles": arts, "extras": pg.extras, "duplicates": pg.dups}


def build(out: Path) -> tuple[list[dict], Counter]:
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    rows, total = [], Counter()
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page = parse(src)
        tally = Counter()
        pg = Page(page, random.Random(src.name), tally)
        text = pg.run()
        name = f"{n:03d}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = gold_of(page, name + ".txt", pg)
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(tally)
        m = page["meta"]
        rows.append({"file": name + ".txt", "date": m["date"], "page": m["page"],
                     "layout": m["layout"], "punct": m.get("punct", "full"),
                     "articles": len(page["order"]),
                     "chars": len(re.sub(r"\s", "", text)), "subjects": m.get("subjects", "")})
    return rows, total


def readme(out: Path, rows: list[dict], total: Counter):
    ph = ["| phenomenon | count |", "|---|---|"] + [
        f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + [
        f"| {r['file']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
        f"{r['articles']} | {r['chars']} | {r['subjects']} |" for r in rows]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    tpl = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (out / "README.md").write_text(tpl, encoding="utf-8")


def main(argv=None):
    out = Path(argv[0]) if argv else HERE
    rows, total = build(out)
    readme(out, rows, total)
    print(f"composed {len(rows)} pages into {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
