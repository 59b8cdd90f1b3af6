#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Every run rebuilds the same bytes: small choices are
drawn from a random.Random seeded by the source file name.
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
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = "，。、；：？！”’）》」,;:?!)%…—"
OPEN = "“‘（《「("
FULLP = "，。、；：？！“”‘’（）《》「」…—"
WEEK = "一二三四五六日"
ART_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
            "continued", "subheads", "paragraphs")
CUT = re.compile(r"\{([a-z])\}")
NUMRUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%]*")


# ----------------------------------------------------------------- source
def parse(path: Path) -> dict:
    page = {"name": path.stem, "arts": {}, "order": [], "layout_cmds": []}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line == "@layout":
            in_layout, cur = True, None
            continue
        if in_layout:
            page["layout_cmds"].append(line)
            continue
        m = re.match(r"^@(\w+)\s+(\w+)$", line)
        if m:
            cur = {"id": m.group(1), "kind": m.group(2), "paras": []}
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline",
                      "continued", "marker"):
                cur[k] = ""
            page["arts"][cur["id"]] = cur
            page["order"].append(cur["id"])
            continue
        if line.startswith("> "):
            cur["paras"].append(line[2:].strip())
            continue
        m = re.match(r"^([a-z_]+): ?(.*)$", line)
        if not m:
            raise SystemExit(f"{path.name}: cannot read line {line!r}")
        (cur if cur is not None else page)[m.group(1)] = m.group(2)
    return page


def punct(s: str, style: str) -> str:
    if style in ("mixcomma", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def plain(s: str) -> str:
    """Source text -> gold text: drop cut marks and print-break slashes."""
    return CUT.sub("", s).replace("/", "")


# --------------------------------------------------------------- renderer
class Page:
    def __init__(self, src: dict):
        self.s = src
        self.rng = random.Random(src["name"])
        self.style = src.get("punct", "full")
        self.layout = src["layout"]
        self.numsp = src.get("numsp", "none")
        self.blocks: list[list[str]] = []   # each block: lines joined by "\n"
        self.glue_next = False
        self.extras: list[str] = []
        self.dups: list[str] = []
        self.count = Counter()
        self.wrapped: dict[str, list[str]] = {}
        self.printed_body: set[str] = set()
        self.last_cmd = ""
        self.last_t = ""
        for a in src["arts"].values():
            for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
                a[k] = punct(a[k], self.style)
            a["paras"] = [punct(p, self.style) for p in a["paras"]]

    # -- output
    def emit(self, line: str):
        if self.glue_next and self.blocks:
            self.blocks[-1].append(line)
        else:
            self.blocks.append([line])
        self.glue_next = False

    def text(self) -> str:
        body = "\n\n".join("\n".join(b) for b in self.blocks)
        if self.layout == "column":
            return " " + body + "\n\n\n"
        return "\n\n" + body

    # -- number runs and spacing
    def tokens(self, s: str):
        """Split into groups that may not be broken across lines."""
        units, i = [], 0
        while i < len(s):
            m = NUMRUN.match(s, i)
            if m:
                units.append(("num", m.group()))
                i = m.end()
            elif s[i] == " ":
                units.append(("sp", " "))
                i += 1
            elif s[i] == "/":
                units.append(("brk", ""))
                i += 1
            else:
                units.append(("ch", s[i]))
                i += 1
        groups, g = [], []
        for u in units:
            if u[0] == "brk":
                if g:
                    groups.append(g)
                    g = []
                groups.append([u])
                continue
            if g and (u[0] == "ch" and (u[1] in CLOSE or (u[1] in "…—" and g[-1][1] in "…—"))
                      or (g[-1][0] == "ch" and g[-1][1] in OPEN)):
                g.append(u)
            else:
                if g:
                    groups.append(g)
                g = [u]
        if g:
            groups.append(g)
        return groups

    @staticmethod
    def uwidth(u) -> float:
        if u[0] == "num":
            return 0.5 * len(u[1])
        if u[0] == "sp":
            return 0.25
        return 0.5 if ord(u[1]) < 128 else 1.0

    def render_plain(self, units, numsp, pctsp=False, qsp=False) -> str:
        out = []
        for k, u in enumerate(units):
            if u[0] == "num":
                prev = units[k - 1] if k else None
                nxt = units[k + 1] if k + 1 < len(units) else None
                txt = u[1]
                if pctsp and txt.endswith("%") and len(txt) > 1:
                    txt = txt[:-1] + " %"
                    self.count["space before %"] += 1
                if numsp in ("both", "before") and prev and prev[0] == "ch" and prev[1] not in FULLP:
                    out.append(" ")
                    self.count["spaces around number runs"] += 1
                out.append(txt)
                if numsp == "both" and nxt and nxt[0] == "ch" and nxt[1] not in FULLP:
                    out.append(" ")
            else:
                out.append(u[1])
                if qsp and u[1] == "“" and k + 1 < len(units) and self.rng.random() < 0.3:
                    out.append(" ")
                    self.count["space after opening quote"] += 1
        return "".join(out).strip()

    def render_spread(self, units) -> str:
        self.count["justified lines spread with spaces"] += 1
        out = []
        for k, u in enumerate(units):
            out.append(u[1])
            if k + 1 == len(units) or u[0] == "sp":
                continue
            nxt = units[k + 1]
            c1 = u[1][-1]
            c2 = nxt[1][0]
            if nxt[0] == "sp":
                continue
            if c1 in "，。、；：？！”’）》,;:)" or c1 in "（《(":
                continue
            if c2 in "“‘（《(）》)":
                continue
            out.append(" ")
        return "".join(out)

    def wrap(self, a: dict, width: float, indent: bool = True) -> list[str]:
        """Column layout: dateline + paragraphs wrapped into justified lines."""
        numsp = a.get("numsp") or self.numsp
        pctsp = self.s.get("pctsp") == "yes"
        qsp = self.s.get("quotesp") == "yes"
        lines = []
        for pi, para in enumerate(a["paras"]):
            para = CUT.sub("", para)
            if para.startswith("## "):
                lines.append(para[3:])
                continue
            if pi == 0:
                para = (a.get("marker") or "") + a["dateline"] + para
                if a.get("marker"):
                    self.count["jump markers"] += 1
            groups = self.tokens(para)
            # the first line of a paragraph is indented two em (not printed)
            cur, wsum, npun = [], 2.0 if indent else 0.0, 0
            for gi, g in enumerate(groups):
                if g[0][0] == "brk":
                    lines.append(self.render_plain(cur, numsp, pctsp, qsp))
                    self.count["line breaks inside a dateline"] += 1
                    cur, wsum, npun = [], 0.0, 0
                    continue
                gw = sum(self.uwidth(u) for u in g)
                gp = sum(1 for u in g if u[0] == "ch" and u[1] in FULLP)
                if cur and wsum + gw > width + 0.5 * (npun + gp) and len(cur) > 1:
                    slack = width - wsum
                    if slack >= 1.0:
                        lines.append(self.render_spread(cur))
                    else:
                        lines.append(self.render_plain(cur, numsp, pctsp, qsp))
                    cur, wsum, npun = [], 0.0, 0
                    if g[0][0] == "sp":
                        continue
                cur.extend(g)
                wsum += gw
                npun += gp
            if cur:
                lines.append(self.render_plain(cur, numsp, pctsp, qsp))
        return [ln.strip() for ln in lines]

    def pieces(self, a: dict) -> list[tuple]:
        """Paragraph layout: (text, cut tag or None) per part between cut marks.

        A piece whose tag is set continues the paragraph of the piece before
        it; it is printed on a line of its own only where a layout range
        starts on it (the story was cut there)."""
        out = []
        for pi, para in enumerate(a["paras"]):
            if para.startswith("## "):
                out.append((para[3:], None))
                continue
            parts = CUT.split(para)
            texts, tags = parts[0::2], [None] + parts[1::2]
            if pi == 0:
                dl = a["dateline"].split("/")
                if len(dl) > 1:
                    self.count["line breaks inside a dateline"] += 1
                    out.extend((x, None) for x in dl[:-1])
                texts[0] = (a.get("marker") or "") + dl[-1] + texts[0]
                if a.get("marker"):
                    self.count["jump markers"] += 1
            out.extend(zip(texts, tags))
        return out

    CUTNAMES = {"v": "cut between a verb and its figure",
                "u": "cut between a figure and its unit",
                "w": "cut inside a word",
                "q": "cut inside a quoted term",
                "n": "cut inside a name",
                "s": "cut between sentences"}

    def para_lines(self, seq: list[tuple], first: bool) -> list[str]:
        lines = []
        for k, (txt, tag) in enumerate(seq):
            if tag and k == 0 and first:
                self.count[self.CUTNAMES[tag]] += 1
            if tag and k > 0:
                lines[-1] += txt
            else:
                lines.append(txt)
        return lines

    # -- headline helpers
    def head_lines(self, a: dict) -> list[str]:
        out = []
        for k in ("kicker", "title", "subtitle"):
            if a[k]:
                out.extend(x.strip() for x in a[k].split("/"))
        return out

    def run(self):
        arts = self.s["arts"]
        seen_heads = []
        for cmd in self.s["layout_cmds"]:
            op, _, rest = cmd.partition(" ")
            args = rest.split()
            if op == "x":           # page furniture, new group
                self.emit(rest)
                self.extras.append(rest.replace(" ", ""))
                self.count["masthead / box lines (extras)"] += 1
                if re.match(r"^\d+ 星期", rest):
                    self.count["merged masthead pieces"] += 1
            elif op == "xx":        # page furniture, same group as the last
                self.emit(rest)
                self.extras[-1] += rest.replace(" ", "")
                self.count["masthead / box lines (extras)"] += 1
            elif op == "glue":
                self.glue_next = True
            elif op == "gap":
                for _ in range(int(args[0]) if args else 1):
                    self.blocks.append([])
            elif op == "m":         # jump marker on its own line
                self.emit(rest)
                self.count["jump markers"] += 1
            elif op == "c":         # column label line
                a = arts[args[0]]
                self.emit(a["column"])
                self.count["column labels on their own line"] += 1
            elif op == "b":
                a = arts[args[0]]
                parts = [p.strip() for p in a["byline"].split("/")]
                if "tight" in args:
                    self.emit(parts[0])
                    for p in parts[1:]:
                        self.glue_next = True
                        self.emit(p)
                else:
                    for p in parts:
                        self.emit(p)
                if len(parts) > 1:
                    self.count["bylines broken across lines"] += 1
            elif op == "h":
                a = arts[args[0]]
                opts = set(args[1:])
                hl = self.head_lines(a)
                if a["id"] in self.printed_body:
                    self.count["headlines printed after their body"] += 1
                if self.last_cmd == "h":
                    self.count["headlines bunched with another story's"] += 1
                if "line" in opts:
                    hl = [" ".join(hl)]
                    self.count["headline stacks printed on one line"] += 1
                if "dbl" in opts:       # title drawn twice on one line
                    t = a["title"].replace("/", "")
                    hl = [f"{t} {t}" if x == t else x for x in hl]
                    self.dups.append(t)
                    self.count["headlines doubled on one line"] += 1
                if "/" in a["title"] and len(a["title"].split("/")[-1]) <= 3:
                    self.count["headline's last word alone on a line"] += 1
                for i, x in enumerate(hl):
                    if i and "tight" in opts:
                        self.glue_next = True
                    if "lead" in opts and i == 0:
                        x = " " + x
                    self.emit(x)
                if "twice" in opts:
                    self.emit(hl[-1])
                    self.dups.append(hl[-1].replace(" ", ""))
                    self.count["headlines drawn twice (two lines)"] += 1
            elif op == "t":
                a = arts[args[0]]
                sl = args[1] if len(args) > 1 else ":"
                lo, _, hi = sl.partition(":")
                seq = self.body(a)
                part = seq[int(lo) if lo else None:int(hi) if hi else None]
                if self.layout != "column":
                    part = self.para_lines(part, True)
                for x in part:
                    self.emit(x)
                if sl != ":":
                    self.count["body split into placed ranges"] += 1
                if self.last_t == a["id"] and self.last_cmd == "t" and (
                        self.layout == "column" or (seq[int(lo)] if lo else seq[0])[1]):
                    self.count["paragraph split by a column break, nothing between"] += 1
                self.last_t = a["id"]
                self.printed_body.add(a["id"])
            elif op == "dup":        # the last printed line again
                last = self.blocks[-1][-1]
                self.emit(last)
                self.dups.append(last.replace(" ", ""))
                self.count["lines printed twice"] += 1
            elif op == "p":
                a = arts[args[0]]
                mode = args[1] if len(args) > 1 else "own"
                if a["title"]:
                    self.emit(a["title"])
                cap = CUT.sub("", a["paras"][0])
                if self.layout == "column":
                    capl = self.wrap({"paras": [cap], "dateline": "", "marker": ""},
                                     float(a.get("width") or 40), indent=False)
                else:
                    capl = [cap]
                credit = a["byline"]
                if mode == "same":
                    capl[-1] += " " + credit
                elif mode == "glued":
                    capl[-1] += credit
                for x in capl:
                    self.emit(x)
                if mode in ("own", "ownr"):
                    self.emit((" " * 8 if mode == "ownr" else "") + credit)
                    self.count["credits on a line of their own"] += 1
                self.count["photo captions"] += 1
            else:
                raise SystemExit(f"{self.s['name']}: unknown layout command {cmd!r}")
            self.last_cmd = op

    def body(self, a: dict) -> list[str]:
        if a["id"] not in self.wrapped:
            if self.layout == "column":
                self.wrapped[a["id"]] = self.wrap(a, float(a.get("width") or self.s.get("width", 17)))
            else:
                self.wrapped[a["id"]] = self.pieces(a)
        return self.wrapped[a["id"]]

    # -- gold
    def gold(self, fname: str) -> dict:
        arts = []
        for aid in self.s["order"]:
            a = self.s["arts"][aid]
            paras = [plain(p[3:] if p.startswith("## ") else p) for p in a["paras"]]
            d = {"kind": a["kind"], "column": a["column"],
                 "kicker": plain(a["kicker"]), "title": plain(a["title"]),
                 "subtitle": plain(a["subtitle"]),
                 "byline": re.sub(r"\s*/\s*", " ", a["byline"]).strip(),
                 "dateline": a["dateline"].replace("/", ""),
                 "continued": a["continued"],
                 "subheads": [p[3:] for p in a["paras"] if p.startswith("## ")],
                 "paragraphs": paras}
            arts.append({k: d[k] for k in ART_KEYS})
        front = bool(self.s.get("issue"))
        return {"source": fname, "issue_date": self.s["date"],
                "issue_number": self.s["issue"] if front else None,
                "page_count": int(self.s["pages"]) if front else None,
                "articles": arts, "extras": self.extras, "duplicates": self.dups}


# ------------------------------------------------------------------ README
def nchars(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def main() -> int:
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    total = Counter()
    rows = []
    for i, sp in enumerate(sorted(SRC.glob("p*.txt")), 1):
        src = parse(sp)
        pg = Page(src)
        pg.run()
        text = pg.text()
        name = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = pg.gold(f"{name}.txt")
        (GOLD / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        total.update(pg.count)
        rows.append((f"{name}.txt", src["date"], src.get("pageno", "?"), src["layout"],
                     src.get("punct", "full"), len(gold["articles"]), nchars(text),
                     src.get("subjects", "")))
    ph = ["| phenomenon | count |", "|---|---:|"]
    ph += [f"| {k} | {v} |" for k, v in sorted(total.items())]
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    pt += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
