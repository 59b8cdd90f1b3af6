#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw Hunan Daily page text.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR defaults to
this folder).  Standard library only; every small choice comes from a random.Random
seeded by the source file name, so a rebuild is byte-for-byte identical.

Source format (see README.md for the long version):

    key: value            page header (page, date, pageno, layout, punct, w, ...)
    [a1]                  an article: "field: value" lines, then "---", then one
                          paragraph a line.  In fields, ｜ marks a printed line break.
                          In paragraphs, ‖ + one letter marks a cut: the body is split
                          there into pieces 1, 2, ... that the layout places.
    [layout]              one directive a line, printed top to bottom.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
HEAD_FIELDS = ("column", "kicker", "title", "subtitle")
CUT_KINDS = {
    "v": "cut between a verb and its figure",
    "u": "cut between a figure and its unit",
    "w": "cut inside a word",
    "q": "cut inside a quoted term",
    "n": "cut inside a person's name",
    "p": "cut inside a county or town name",
    "s": "cut between sentences / clauses",
    "c": "paragraph split by a column break with nothing between",
    "e": "editor's note (编者按) set above its article's headline",
}
CLOSING = set("，。、；：？！”’）》」』,.;:?!)%")
OPENING = set("“‘（《「『(")
FULLPUNCT = set("，。、；：？！“”‘’（）《》「」『』—…·")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-×/:]*")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    section, cur, body = "meta", None, False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("//"):
            continue
        m = re.match(r"^\[(\w+)\]\s*$", line)
        if m:
            if m.group(1) == "layout":
                section = "layout"
            else:
                section, body = "art", False
                cur = {"id": m.group(1), "f": {}, "paras": []}
                page["arts"][cur["id"]] = cur
                page["order"].append(cur["id"])
            continue
        if section == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif section == "art":
            if line.strip() == "---":
                body = True
            elif not body:
                if ":" in line:
                    k, v = line.split(":", 1)
                    cur["f"][k.strip()] = v.strip()
            elif line.strip():
                cur["paras"].append(line.strip())
        elif line.strip():
            page["layout"].append(line.rstrip())
    return page


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def unbar(s: str, field: str) -> str:
    """The gold value of a field: printed line breaks (｜) removed."""
    if field in ("byline", "dateline"):
        def rep(m):
            a, b = m.group(1), m.group(2)
            return a + (" " if is_cjk(a) and is_cjk(b) else "") + b
        s = re.sub(r"(.)｜(.)", rep, s)
    return s.replace("｜", "")


# ---------------------------------------------------------------- column lines
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = NUMRUN.match(s, i)
        if m:
            out.append(m.group(0))
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if NUMRUN.fullmatch(tok):
        return 0.5 * len(tok)
    if tok in ",;:()":
        return 0.5
    return 1.0


class Page:
    def __init__(self, src: Path):
        self.src = src
        self.p = parse(src)
        self.meta = self.p["meta"]
        self.rng = random.Random(src.name)
        self.mode = self.meta.get("punct", "full")
        self.layout = self.meta["layout"]
        self.count = Counter()
        self.arts = {}
        for aid in self.p["order"]:
            self.arts[aid] = self.prepare(self.p["arts"][aid])
        self.rendered = {}
        self.templated = set()

    # -- article text
    def prepare(self, a: dict) -> dict:
        f = {k: punct(v, self.mode) for k, v in a["f"].items()}
        paras = [punct(p, self.mode) for p in a["paras"]]
        pieces, cur, start = [], [], True
        gold_paras = []
        for p in paras:
            parts = re.split(r"‖([a-z])", p)
            gold_paras.append("".join(parts[0::2]))
            for k, txt in enumerate(parts[0::2]):
                if k > 0:
                    self.count[CUT_KINDS[parts[2 * k - 1]]] += 1
                    pieces.append(cur)
                    cur, start = [], False
                if txt:
                    cur.append((txt, start))
                start = True
        pieces.append(cur)
        subheads = [s for s in re.split("[；;]", f.get("subheads", "")) if s]
        return {"f": f, "pieces": pieces, "paras": gold_paras, "subheads": subheads}

    def field(self, aid: str, name: str, part: int | None = None) -> str:
        a = self.arts[aid]
        if name.startswith("p") and name[1:].isdigit():
            self.templated.add(aid)
            return a["paras"][int(name[1:])]
        v = a["f"].get(name, "")
        if part is not None:
            return v.split("｜")[part]
        return unbar(v, name)

    def gold_article(self, aid: str) -> dict:
        a = self.arts[aid]
        g = {k: self.field(aid, k) for k in FIELDS}
        g["kind"] = g["kind"] or "news"
        g["subheads"] = a["subheads"]
        g["paragraphs"] = a["paras"]
        return g

    # -- column layout rendering
    def numspace(self, toks: list[str], dateline_len: int) -> str:
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if NUMRUN.fullmatch(t) and t[0].isdigit():
                if i and prev != " " and is_cjk(prev[-1]):
                    out.append(" ")
                    self.count["space before a number run"] += 1
                body = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.15:
                    body = t[:-1] + " %"
                    self.count["glyph-gap space before %"] += 1
                out.append(body)
                if (i >= dateline_len and nxt and is_cjk(nxt[0]) and not t.endswith("%")
                        and self.rng.random() < 0.55):
                    out.append(" ")
                    self.count["space after a number run"] += 1
                continue
            if t in FULLPUNCT and t not in OPENING and i and prev != " " and self.rng.random() < 0.03:
                out.append(" ")
                self.count["glyph-gap space before punctuation"] += 1
            out.append(t)
        return "".join(out)

    def spread(self, toks: list[str]) -> str:
        toks = [t for t in toks if t != " "]
        out = toks[0]
        for a, b in zip(toks, toks[1:]):
            if a in CLOSING and a != "%" or b in OPENING:
                out += b
            else:
                out += " " + b
        self.count["justified line spread with spaces"] += 1
        return out

    def wrap(self, text: str, w: float, forced: list[str], dateline_len: int) -> list[str]:
        lines = []
        for fl in forced:
            lines.append(self.numspace(tokens(fl), 10 ** 6))
            self.count["line break inside a dateline"] += 1
        toks = tokens(text)
        cur, wc = [], 0.0
        for t in toks:
            tw = width(t)
            if wc + tw <= w or not cur:
                cur.append(t)
                wc += tw
                continue
            if t in CLOSING and wc + tw <= w + 2:
                cur.append(t)  # closing punctuation squeezed in at the line end
                wc += tw
                continue
            carry = []
            while cur and cur[-1] in OPENING:
                carry.insert(0, cur.pop())
            slack = w - sum(width(x) for x in cur)
            inner = sum(1 for x in cur[:-1] if x in "，、。；：,;:")
            if (slack >= 1 or inner >= 3) and len(cur) > 3:
                lines.append(self.spread(cur))
            else:
                lines.append(self.numspace(cur, dateline_len))
            dateline_len -= len(cur)
            cur = carry + [t]
            wc = sum(width(x) for x in cur)
        if cur:
            lines.append(self.numspace(cur, dateline_len))
        return lines

    def body_lines(self, aid: str, piece: int) -> list[str]:
        key = (aid, piece)
        if key in self.rendered:
            return self.rendered[key]
        a = self.arts[aid]
        frags = a["pieces"][piece - 1]
        dl = a["f"].get("dateline", "") if piece == 1 else ""
        out = []
        if self.layout == "paragraph":
            for k, (txt, start) in enumerate(frags):
                if k == 0 and dl:
                    txt = dl.replace("｜", "") + txt
                out.append(txt)
        else:
            w = float(a["f"].get("w", self.meta.get("w", "17")))
            for k, (txt, start) in enumerate(frags):
                forced, dlen = [], 0
                if k == 0 and dl:
                    parts = dl.split("｜")
                    forced, last = parts[:-1], parts[-1]
                    dlen = len(tokens(last))
                    txt = last + txt
                out.extend(self.wrap(txt, w, forced, dlen))
        self.count[f"body lines ({self.layout} layout)"] += len(out)
        self.rendered[key] = out
        return out

    # -- templating
    def expand(self, s: str) -> str:
        def rep(m):
            aid, name, part = m.group(1), m.group(2), m.group(3)
            return self.field(aid, name, int(part) if part else None)
        return re.sub(r"\{(\w+)\.(\w+)(?:\.(\d+))?\}", rep, s)

    # -- layout
    def render(self) -> tuple[str, list[str], list[str], list[str]]:
        out: list[str] = []
        pend = ""
        extras, dups, jumps = [], [], []
        group = None

        def emit(text: str, sep: str):
            nonlocal pend
            out.append((pend + sep) if out else pend)
            out.append(text)
            pend = ""

        for line in self.p["layout"]:
            tags = ""
            if "  ## " in line:
                line, tags = line.split("  ## ", 1)
                for t in tags.split(","):
                    if t.strip():
                        self.count[t.strip()] += 1
            op, _, rest = line.partition(" ")
            if op not in ("x>", "x+"):
                group = None
            if op in (">", "+"):
                emit(self.expand(rest), "\n\n" if op == ">" else "\n")
            elif op in ("x>", "x+"):
                txt = self.expand(rest)
                emit(txt, "\n\n" if op == "x>" else "\n")
                if group is None:
                    extras.append("")
                    group = len(extras) - 1
                extras[group] += re.sub(r"\s+", "", txt)
            elif op == "blank":
                pend += "\n" * int(rest)
            elif op == "jump":
                emit(rest, "\n\n")
                jumps.append(rest)
                self.count["jump marker line"] += 1
            elif op == "dup:":
                dups.append(self.expand(rest))
            elif op in ("body", "body+", "dupbody"):
                args = rest.split()
                aid, piece = args[0], int(args[1]) if len(args) > 1 else 1
                lines = self.body_lines(aid, piece)
                if op == "dupbody":
                    sel = [lines[int(i)] for i in args[2:]] or lines
                    for ln in sel:
                        emit(ln, "\n\n")
                        dups.append(clean(ln))
                    self.count["body line printed twice"] += len(sel)
                    continue
                indent = "indent" in args[2:]
                for k, ln in enumerate(lines):
                    sep = "\n" if (k == 0 and op == "body+") else "\n\n"
                    emit((" " + ln) if (k == 0 and indent) else ln, sep)
            else:
                raise SystemExit(f"{self.src.name}: unknown directive {line!r}")
        for aid, a in self.arts.items():
            for k in range(1, len(a["pieces"]) + 1):
                if a["pieces"][k - 1] and (aid, k) not in self.rendered and aid not in self.templated:
                    raise SystemExit(f"{self.src.name}: body piece {aid} {k} is never printed")
        text = "".join(out) + pend + "\n"
        return text, extras, dups, jumps


def clean(s: str) -> str:
    """Printed line -> text as read: layout spaces dropped (kept only between two ASCII words)."""
    s = s.strip()
    return re.sub(r"(?<![A-Za-z0-9]) +| +(?![A-Za-z0-9])", "", s)


def nonspace(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build(outdir: Path) -> list[dict]:
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (outdir / d).iterdir():
            f.unlink()
    rows, total = [], Counter()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg = Page(src)
        text, extras, dups, jumps = pg.render()
        num = pg.meta["nnn"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        (outdir / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = {
            "source": f"{name}.txt",
            "issue_date": pg.meta["date"],
            "issue_number": pg.meta.get("issue_number") or None,
            "page_count": int(pg.meta["page_count"]) if pg.meta.get("page_count") else None,
            "articles": [pg.gold_article(a) for a in pg.p["order"]],
            "extras": extras,
            "duplicates": dups,
        }
        (outdir / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update(pg.count)
        rows.append({"file": f"{name}.txt", "date": pg.meta["date"], "pageno": pg.meta["pageno"],
                     "layout": pg.layout, "punct": pg.mode, "articles": len(gold["articles"]),
                     "chars": nonspace(text), "subjects": pg.meta.get("subjects", ""),
                     "jumps": jumps, "src": src.name})
    write_readme(outdir, rows, total)
    return rows


def write_readme(outdir: Path, rows: list[dict], total: Counter):
    tmpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} | {r['pageno']} | {r['layout']} | {r['punct']} | "
                  f"{r['articles']} | {r['chars']} | {r['subjects']} |")
    jt = ["| page | jump-marker lines (arrows and brackets left to the export's extras) |", "|---|---|"]
    for r in rows:
        if r["jumps"]:
            jt.append(f"| {r['file']} | {' / '.join(r['jumps'])} |")
    text = (tmpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
            .replace("{{JUMPS}}", "\n".join(jt)))
    (outdir / "README.md").write_text(text, encoding="utf-8")
    (outdir / "pages.json").write_text(json.dumps(
        [{k: r[k] for k in ("file", "src", "date", "pageno", "layout", "punct", "jumps")} for r in rows],
        ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    rows = build(out)
    print(f"composed {len(rows)} pages into {out}")
