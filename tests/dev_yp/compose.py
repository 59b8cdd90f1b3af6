#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py

Reads src/pNN.txt, writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json and
README.md (from README.in). Every small choice is drawn from a random.Random
seeded by the source file name, so a rebuild is byte-for-byte identical.
Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

# punctuation classes used by the line breaker (measured on seeds 000 and 004)
CLOSING = set("，。、；：？！”’）》」…,;:)?!%")
OPENING = set("“‘（《「(")
PUNCT = CLOSING | OPENING
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/·×]+")

STATS = Counter()          # phenomena counted while composing (README table)


# ----------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"articles": {}, "order": [], "layout": []}
    cur = None
    in_layout = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("PAGE "):
            for kv in line[5:].split():
                k, v = kv.split("=", 1)
                page[k] = v
            continue
        if line.startswith("== LAYOUT"):
            in_layout = True
            continue
        if in_layout:
            page["layout"].append(line.strip())
            continue
        if line.startswith("== "):
            bits = line[3:].split()
            cur = {"id": bits[0], "kind": "news", "paras": [], "subheads": [],
                   **{f: "" for f in FIELDS}}
            for kv in bits[1:]:
                k, v = kv.split("=", 1)
                cur[k] = v
            page["articles"][cur["id"]] = cur
            page["order"].append(cur["id"])
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if key == "p":
            cur["paras"].append(val)
        elif key == "sub":
            cur["paras"].append(val)
            cur["subheads"].append(len(cur["paras"]) - 1)
        elif key in FIELDS:
            cur[key] = val
        else:
            raise SystemExit(f"{path.name}: unknown key {key!r}: {raw}")
    return page


def punct_style(s: str, style: str) -> str:
    """Punctuation width of the page: full | mixed (full commas, half brackets) | half."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a source field: drop layout marks (/ line break, | cut)."""
    return s.replace("/", "").replace("|", "")


# ----------------------------------------------------------------- printing helpers
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    return sum(0.5 if ord(c) < 128 else 1.0 for c in tok)


def is_num(tok: str) -> bool:
    return bool(ASCII_RUN.fullmatch(tok)) and any(c.isdigit() for c in tok)


def cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class Printer:
    """Turns article text into printed lines with the seeds' extraction artefacts."""

    def __init__(self, rng: random.Random, layout: str, numspace: float, gap: float):
        self.rng = rng
        self.layout = layout
        self.numspace = numspace      # share of number runs printed with spaces around
        self.gap = gap                # share of 、，before which a glyph gap shows

    def decorate(self, toks: list[str]) -> str:
        """Join tokens of one unjustified line, adding number and glyph-gap spaces."""
        out = []
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if is_num(t) and self.rng.random() < self.numspace:
                if prev and prev != " " and prev not in OPENING:
                    out.append(" ")
                    STATS["space before a number run"] += 1
                out.append(t)
                if nxt and nxt != " " and nxt not in CLOSING and self.rng.random() < 0.6:
                    out.append(" ")
                    STATS["space after a number run"] += 1
                continue
            if is_num(t) and t.endswith("%") and len(t) > 1 and self.rng.random() < self.gap * 3:
                out.append(t[:-1] + " %")
                STATS["glyph-gap space before %"] += 1
                continue
            if t in "、，" and prev and prev != " " and self.rng.random() < self.gap:
                out.append(" ")
                STATS["glyph-gap space before punctuation"] += 1
            if t == "%" and self.rng.random() < self.gap:
                out.append(" ")
            out.append(t)
            if t == "“" and nxt and cjk(nxt[0]) and self.rng.random() < self.gap:
                out.append(" ")
                STATS["space after an opening quote"] += 1
        s = "".join(out)
        return re.sub(r" {2,}", " ", s).strip()

    @staticmethod
    def spread(toks: list[str]) -> str:
        """A justified line short of its measure: every glyph pulled apart."""
        toks = [t for t in toks if t != " "]
        out = []
        for i, t in enumerate(toks):
            out.append(t)
            if i + 1 < len(toks) and t not in CLOSING and toks[i + 1] not in OPENING:
                out.append(" ")
        return "".join(out)

    def wrap(self, text: str, measure: float) -> list[tuple[str, str]]:
        """Column layout: break text into lines of `measure` em.

        Returns (printed, plain) pairs; plain is the line's text as in the gold.
        Rules measured on seeds 000/004: CJK and full-width punctuation 1 em,
        ASCII 0.5 em; number runs never broken; a line may not start with
        closing punctuation nor end with an opening one (the glyph is pushed
        down); a line left 1 em or more short of the measure is letter-spaced.
        """
        toks = tokens(text)
        lines, cur, w = [], [], 0.0
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if cur and w + tw > measure:
                # kinsoku: closing punctuation may not begin the next line. The
                # setter first squeezes the line's punctuation to half width; when
                # that cannot make room, the last glyph is pushed down instead.
                if t in CLOSING and len(t) == 1:
                    room = 0.5 * sum(1 for x in cur + [t] if x in PUNCT)
                    if w + tw - measure <= room:
                        cur.append(t)
                        i += 1
                        while i < len(toks) and toks[i] in CLOSING and len(toks[i]) == 1:
                            cur.append(toks[i])
                            i += 1
                        STATS["punctuation squeezed into a full line"] += 1
                        lines.append(cur)
                        cur, w = [], 0.0
                        continue
                    if len(cur) > 2:
                        cur.pop()
                        i -= 1
                        STATS["glyph pushed down (kinsoku)"] += 1
                while cur and cur[-1] in OPENING:
                    cur.pop()
                    i -= 1
                lines.append(cur)
                cur, w = [], 0.0
                continue
            if not cur and t == " ":
                i += 1
                continue
            cur.append(t)
            w += tw
            i += 1
        if cur:
            lines.append(cur)
        out = []
        for n, lt in enumerate(lines):
            while lt and lt[-1] == " ":
                lt.pop()
            plain = "".join(lt)
            lw = sum(width(t) for t in lt)
            last = n == len(lines) - 1
            if not last and measure - lw >= 1.0 and len(lt) > 3:
                printed = self.spread(lt)
                STATS["justified line spread with spaces"] += 1
            else:
                printed = self.decorate(lt)
            out.append((printed, plain))
        return out


# ----------------------------------------------------------------- page composition
def piece_list(art: dict) -> list[list[str]]:
    return [p.split("|") for p in art["paras"]]


def parse_range(spec: str, art: dict) -> list[tuple[int, int]]:
    """'1-3.1' -> [(0,0),(1,0),(2,0)] ; '*' -> all pieces. Pieces are (para, piece)."""
    pieces = piece_list(art)
    allp = [(i, j) for i, ps in enumerate(pieces) for j in range(len(ps))]
    if spec == "*":
        return allp

    def pos(s: str, end: bool) -> int:
        if "." in s:
            a, b = s.split(".")
            key = (int(a) - 1, int(b) - 1)
        else:
            a = int(s) - 1
            key = (a, len(pieces[a]) - 1) if end else (a, 0)
        return allp.index(key)

    a, dash, b = spec.partition("-")
    if dash and not b:
        return allp[pos(a, False):]
    b = b or a
    return allp[pos(a, False):pos(b, True) + 1]


def compose_page(src: Path) -> tuple[str, dict, dict]:
    page = parse_source(src)
    rng = random.Random(src.name)
    style = page.get("punct", "full")
    lay = page.get("style", "column")
    arts = page["articles"]
    for a in arts.values():
        for f in FIELDS:
            a[f] = punct_style(a[f], style)
        a["paras"] = [punct_style(p, style) for p in a["paras"]]
    colw = float(page.get("width", "17"))
    pr = Printer(rng, lay, float(page.get("numspace", "0.5" if lay == "column" else "0")),
                 float(page.get("gap", "0.04" if lay == "column" else "0")))
    stats = Counter()
    blocks: list[str] = []          # printed blocks; each block's lines joined by "\n"
    extras: list[str] = []
    dups: list[str] = []
    printed_lines: dict[str, list[tuple[str, str]]] = {}
    first_piece_done: set[str] = set()
    marker_style = page.get("marker", "▷(下转{})")

    def add(lines: list[str], tight: bool = False):
        lines = [ln for ln in lines if ln.strip()]
        if not lines:
            return
        if tight:
            blocks.append("\n".join(lines))
        else:
            blocks.extend(lines)

    def hparts(a: dict, keys=("kicker", "title", "subtitle")) -> list[str]:
        return [a[k] for k in keys if a[k]]

    for item in page["layout"]:
        cmd, _, rest = item.partition(" ")
        args = rest.split()
        if cmd in ("x", "x:"):                     # page furniture: masthead, boxes
            parts = [p.strip() for p in rest.split("||")]
            extras.append("".join(parts).replace(" ", ""))
            add(parts, tight=False)
            stats["furniture lines (masthead, boxes)"] += len(parts)
            continue
        a = arts[args[0]]
        opts = args[1:]
        if cmd == "head":
            parts = hparts(a)
            mode = opts[0] if opts else "stack"
            if mode == "join":
                add([re.sub(r" {2,}", " ", " ".join(p.replace("/", " ") for p in parts))])
                stats["headline stack printed on one line"] += 1
            else:
                lines = []
                for k in ("kicker", "title", "subtitle"):
                    if not a[k]:
                        continue
                    segs = [s.strip() for s in a[k].split("/")]
                    if len(segs) > 1:
                        stats["headline wrapped (last words alone)"] += 1
                    lines.append("\n".join(segs))
                    if k == "title" and mode == "double":
                        lines.append("\n".join(segs))
                        dups.append(clean(a[k]))
                        stats["headline drawn twice (two lines)"] += 1
                    if k == "title" and mode == "doubled":
                        lines[-1] = clean(a[k]) + clean(a[k])
                        dups.append(clean(a[k]))
                        stats["headline drawn twice (one line)"] += 1
                sep = "\n" if rng.random() < 0.5 else "\n\n"
                blocks.append(sep.join(lines))
            stats["headlines printed"] += 1
            if "after" in opts:
                stats["headline printed after its body"] += 1
            if "bunched" in opts:
                stats["headline bunched with other stories' heads"] += 1
        elif cmd == "col":
            add([a["column"]])
            stats["column labels"] += 1
        elif cmd == "by":
            segs = [s.strip() for s in a["byline"].split("/")]
            if len(segs) > 1:
                stats["byline broken (between names or before 通讯员)"] += 1
            if "right" in opts:
                segs = [" " * (24 + rng.randrange(12)) + s for s in segs]
                stats["credit right-aligned on its own line"] += 1
            blocks.append("\n".join(segs) if len(segs) > 1 and rng.random() < 0.5 else "\n\n".join(segs))
        elif cmd == "mark":
            add([marker_style.format(a["continued"].replace("下转", "").replace("转", ""))
                 if "{}" in marker_style else marker_style])
            stats["jump markers"] += 1
        elif cmd in ("body", "dup"):
            spec = opts[0] if opts and re.match(r"[\d*]", opts[0]) else "*"
            sel = parse_range(spec, a)
            pieces = piece_list(a)
            # group consecutive pieces of the same paragraph into print units
            units: list[list[tuple[int, int]]] = []
            for pi in sel:
                if units and units[-1][-1][0] == pi[0] and units[-1][-1][1] == pi[1] - 1:
                    units[-1].append(pi)
                else:
                    units.append([pi])
            if len(units) and units[0][0][1] > 0 and cmd == "body":
                stats["paragraph continued after a cut"] += 1
            for u in units:
                text = "".join(pieces[u[0][0]][j] for _, j in u)
                starts = u[0] == (0, 0)
                prefix = ""
                if starts and cmd == "body" and a["id"] not in first_piece_done:
                    first_piece_done.add(a["id"])
                    if a["kind"] == "continuation" and a["continued"]:
                        prefix = page.get("cmarker", "▲ ▲（{}）").format(a["continued"])
                        stats["continuation marker before the text"] += 1
                    elif a["dateline"]:
                        prefix = a["dateline"]
                if lay == "column" and cmd == "body":
                    meas = float(a.get("width", colw))
                    full = prefix.replace("/", "") + text
                    wl = pr.wrap(full, meas)
                    # a dateline '/' forces a line break: honour it by re-wrapping
                    if "/" in prefix:
                        head, tail = prefix.split("/", 1)
                        wl = pr.wrap(head, meas)[:1] + pr.wrap(tail + text, meas)
                        stats["line break inside a dateline"] += 1
                    printed_lines.setdefault(a["id"], []).extend(wl)
                    add([p for p, _ in wl])
                    stats["column lines"] += len(wl)
                else:
                    segs = (prefix + text).split("/") if prefix else [text]
                    if len(segs) > 1:
                        stats["line break inside a dateline"] += 1
                    if a["kind"] == "photo" and a["byline"] and cmd == "body" and "credit" in opts:
                        segs[-1] = segs[-1] + "  " + a["byline"].replace("/", " ")
                        stats["credit on the caption line"] += 1
                    add(segs)
                    if cmd == "dup":
                        dups.append(text)
                        stats["lines printed twice"] += 1
                    else:
                        stats["paragraph lines"] += 1
                if u[-1][1] < len(pieces[u[-1][0]]) - 1 and cmd == "body":
                    stats["paragraph cut, continued later"] += 1
        elif cmd == "dupline":
            n = int(opts[0])
            p, plain = printed_lines[a["id"]][n - 1]
            add([p])
            dups.append(plain)
            stats["lines printed twice"] += 1
        elif cmd == "credit":
            add([" " * (20 + rng.randrange(16)) + a["byline"]])
            stats["credit right-aligned on its own line"] += 1
        else:
            raise SystemExit(f"{src.name}: unknown layout command {item!r}")

    lead = "\n" * rng.choice([0, 1, 2])
    body = "\n\n".join(blocks)
    text = lead + body + "\n\n"
    if lay == "column" and rng.random() < 0.5:
        text = " " + text.lstrip("\n")
    # gold
    gold_articles = []
    for aid in page["order"]:
        a = arts[aid]
        paras = [clean(p) for p in a["paras"]]
        gold_articles.append({
            "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
            "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
            "byline": a["byline"].replace("/", "").replace("  ", " "),
            "dateline": clean(a["dateline"]), "continued": clean(a["continued"]),
            "subheads": [paras[i] for i in a["subheads"]], "paragraphs": paras})
    gold = {"source": "", "issue_date": page["date"],
            "issue_number": int(page["issue"]) if "issue" in page else None,
            "page_count": int(page["count"]) if "count" in page else None,
            "articles": gold_articles, "extras": extras, "duplicates": dups}
    return text, gold, {"stats": stats, "page": page}


def nows(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    rows, total = [], Counter()
    for n, src in enumerate(srcs, 1):
        STATS.clear()
        text, gold, info = compose_page(src)
        stats = info["stats"] + STATS
        total.update(stats)
        stem = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold["source"] = stem + ".txt"
        (HERE / "pages" / (stem + ".txt")).write_text(text, encoding="utf-8")
        (HERE / "gold" / (stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pg = info["page"]
        rows.append(f"| {stem}.txt | {pg['date']} | {pg.get('page', '?')} | {pg.get('style')} | "
                    f"{pg.get('punct', 'full')} | {len(gold['articles'])} | {nows(text)} | "
                    f"{pg.get('subject', '').replace('_', ' ')} |")
    ptab = "\n".join(["| phenomenon | count |", "|---|---:|"] +
                     [f"| {k} | {v} |" for k, v in sorted(total.items())])
    gtab = "\n".join(["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
                      "|---|---|---|---|---|---:|---:|---|"] + rows)
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", ptab).replace("{{PAGES}}", gtab)
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(srcs)} pages")


if __name__ == "__main__":
    main()
