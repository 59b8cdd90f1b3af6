#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text, with gold annotations.

    python3 compose.py [OUTDIR]      (default: this folder)

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (from README.in).
Standard library only. Every small choice comes from random.Random(<source file name>),
so the output is the same byte for byte on every run.
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
SEEDS = Path("/work/shared/seeds")
COLUMN_SEEDS = ("000_3ced2b817bf620dd.txt", "004_091cf2adba3318e3.txt")

NO_START = set("，。、；：？！”’》）%,.;:?!)")   # may not begin a printed line
NO_END = set("“‘《（(")                          # may not end a printed line
PUNCT = NO_START | NO_END | set("—…·")
DIGITISH = re.compile(r"[0-9A-Za-z.%+×]+")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


# ---------------------------------------------------------------- seed measures
def em(s: str) -> float:
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in s if c != " ")


def measure_seeds() -> dict:
    """Column widths (em) and the share of justified (spread) lines on the column seeds."""
    out = {}
    for name in COLUMN_SEEDS:
        p = SEEDS / name
        lines = [l.strip() for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
        c = Counter(round(em(l)) for l in lines)
        common = sorted(w for w, n in c.items() if n >= 20)
        spread = sum(1 for l in lines if re.search(r"\S \S \S \S", l) and re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", l))
        blanks = p.read_text(encoding="utf-8").count("\n\n")
        out[name] = {"widths": common, "spread_rate": round(spread / len(lines), 3),
                     "lines": len(lines), "blank_after": round(blanks / len(lines), 2)}
    return out


SEED_MEASURE = measure_seeds()
NEWS_WIDTHS = sorted({w for m in SEED_MEASURE.values() for w in m["widths"] if w >= 15})
NARROW_WIDTHS = sorted({w for m in SEED_MEASURE.values() for w in m["widths"] if w < 15})
SPREAD_RATE = sum(m["spread_rate"] for m in SEED_MEASURE.values()) / len(SEED_MEASURE)


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "articles": {}, "order": [], "layout": []}
    cur = None
    section = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@meta"):
            for kv in line.split()[1:]:
                k, v = kv.split("=", 1)
                page["meta"][k] = v
            continue
        if line.startswith("@article"):
            _, aid, kind = line.split()[:3]
            cur = {"id": aid, "kind": kind, "paras": []}
            cur.update({f: "" for f in FIELDS})
            page["articles"][aid] = cur
            page["order"].append(aid)
            section = "article"
            continue
        if line.startswith("@layout"):
            section = "layout"
            continue
        if section == "layout":
            page["layout"].append(line.strip())
            continue
        if line.startswith("p "):
            cur["paras"].append(line[2:].strip())
            continue
        key, _, val = line.partition(":")
        key = key.strip()
        if key in FIELDS or key == "width":
            cur[key] = val.strip()
            continue
        raise SystemExit(f"{path.name}: cannot read line {raw!r}")
    return page


def clean_field(s: str) -> str:
    return s.replace("¦", "").replace("¶", "")


def punct(s: str, mode: str) -> str:
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- column wrapping
def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = DIGITISH.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def is_cjk(t: str) -> bool:
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


class Column:
    """Wraps a chunk of text into printed column lines the way the column seeds print them."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng = rng
        self.stats = stats

    def wrap(self, text: str, width: float, indent: bool, protect: int = 0) -> list[str]:
        self.protect = protect        # chars of dateline ahead: never leave 1-3 of them alone
        forced = [seg for seg in text.split("¦")]
        lines: list[str] = []
        first = indent
        for n, seg in enumerate(forced):
            lines += self._wrap(seg, width, first, last_seg=(n == len(forced) - 1))
            first = False
            if n < len(forced) - 1:
                self.stats["line break forced inside a dateline/byline"] += 1
        return lines

    def _wrap(self, text: str, width: float, indent: bool, last_seg: bool) -> list[str]:
        toks = tokens(text)
        ends, pos = [], 0
        for t in toks:
            pos += len(t)
            ends.append(pos)
        d_end = self.protect
        self.protect = max(0, self.protect - len(text) - 1)
        rows: list[list[str]] = []
        i = 0
        lim = width - (2 if indent else 0)
        while i < len(toks):
            row, w = [], 0.0
            while i < len(toks) and w + em(toks[i]) <= lim:
                row.append(toks[i]); w += em(toks[i]); i += 1
            if i < len(toks):
                if toks[i] in NO_START:
                    if self.rng.random() < 0.5:      # hanging punctuation
                        row.append(toks[i]); i += 1
                    elif len(row) > 2:               # push the last glyph down
                        i -= 1; row.pop()
                while len(row) > 2 and row[-1] in NO_END:
                    i -= 1; row.pop()
                while len(row) > 2 and 0 < d_end - ends[i - 1] < 4:
                    i -= 1; row.pop()                # keep a dateline's tail with 4+ glyphs
                if len(row) > 6 and self.rng.random() < SPREAD_RATE and toks[i - 1] not in PUNCT \
                        and row[-1] not in PUNCT and toks[i] not in NO_START:
                    i -= 1; row.pop()                # a wide glyph on the plate: one em short
            rows.append(row)
            lim = width
        out = []
        for k, row in enumerate(rows):
            last = k == len(rows) - 1
            if not last and em("".join(row)) < width - 0.75 - (2 if (k == 0 and indent) else 0):
                out.append(self.spread(row))
                self.stats["justified line spread with spaces"] += 1
            else:
                out.append(self.plain(row))
        return out

    def spread(self, row: list[str]) -> str:
        """Justified line: a space between glyphs, none after closing marks or before openers."""
        row = [t for k, t in enumerate(row) if t != " " or (k and row[k - 1] != " ")]
        s = row[0]
        for j in range(1, len(row)):
            prev, t = row[j - 1], row[j]
            if prev in "，。、；：）》”’,;:)" or t in "“‘《（(" or prev in "《（(":
                s += t
            elif prev in "“‘" and self.rng.random() < 0.4:
                s += t
            else:
                s += " " + t
        return s

    def plain(self, row: list[str]) -> str:
        s = ""
        for j, t in enumerate(row):
            prev = row[j - 1] if j else ""
            if DIGITISH.fullmatch(t) and re.search(r"[0-9]", t):
                if j and is_cjk(prev) and self.rng.random() < 0.75:
                    s += " "
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                s += t
                nxt = row[j + 1] if j + 1 < len(row) else ""
                if is_cjk(nxt) and self.rng.random() < 0.55:
                    s += " "
                continue
            if t in "、，" and j and is_cjk(prev) and self.rng.random() < 0.03:
                s += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            s += t
            if t == "“" and j + 1 < len(row) and is_cjk(row[j + 1]) and self.rng.random() < 0.06:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s


# ---------------------------------------------------------------- page layout
def para_parts(p: str) -> list[str]:
    return p.split("|")


def cut_kind(a: str, b: str) -> str:
    x, y = a[-1:], b[:1]
    if a.count("“") > a.count("”") or a.count("《") > a.count("》"):
        return "inside a quoted term"
    if x.isdigit() and not y.isdigit():
        return "between a figure and its unit"
    if not x.isdigit() and y.isdigit():
        return "between a verb and its figure"
    return "inside a word or name"


def parse_range(spec: str, art: dict) -> list[tuple[int, int | None]]:
    """'2' -> whole paragraph 2; '3a' -> first part of 3; '3b-5' -> part b of 3, then 4, 5."""
    lo, _, hi = spec.partition("-")
    if spec.endswith("-"):
        hi = str(len(art["paras"]))

    def one(s):
        m = re.fullmatch(r"(\d+)([a-z]?)", s)
        return int(m.group(1)), (ord(m.group(2)) - 97 if m.group(2) else None)

    a = one(lo)
    b = one(hi) if hi else a
    out = []
    for n in range(a[0], b[0] + 1):
        parts = para_parts(art["paras"][n - 1])
        first = a[1] if n == a[0] and a[1] is not None else 0
        last = b[1] if n == b[0] and b[1] is not None else len(parts) - 1
        if n == a[0] and a[1] is not None and not hi:
            last = a[1]
        for k in range(first, last + 1):
            out.append((n, k))
    return out


def compose_page(src: Path) -> tuple[str, dict, dict]:
    page = parse(src)
    meta = page["meta"]
    rng = random.Random(src.name)
    stats: Counter = Counter()
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    arts = page["articles"]
    col = Column(rng, stats)
    widths = {}
    for aid in page["order"]:
        a = arts[aid]
        tail = a["dateline"].split("¦")[-1]
        if "¦" in a["dateline"] and len(tail) < 4:
            raise SystemExit(f"{src.name}: {aid} dateline break leaves {tail!r} alone (coverage needs 4+)")
        if a.get("width"):
            widths[aid] = float(a["width"])
        elif a["kind"] == "commentary":
            widths[aid] = float(rng.choice(NARROW_WIDTHS))
        else:
            widths[aid] = float(rng.choice(NEWS_WIDTHS))
    blocks: list[list[str]] = []   # each block: printed lines; blocks are joined by a blank line
    extras: list[str] = []
    dups: list[str] = []
    last_chunk: dict = {}
    printed_parts: set = set()
    body_seen: set = set()
    head_seen: set = set()
    done: set = set()

    def P(s: str) -> str:
        return punct(s, mode)

    def emit(*lines: str, tight: bool = False):
        if tight and blocks:
            blocks[-1].extend(lines)
        else:
            blocks.append(list(lines))

    def field_lines(s: str) -> list[list[str]]:
        """'a¦b¶c' -> [[a, b], [c]]: ¦ breaks without a blank line, ¶ with one."""
        return [[x.strip() for x in grp.split("¦")] for grp in P(s).split("¶")]

    def head_parts(a: dict) -> list[str]:
        return [a[f] for f in ("kicker", "title", "subtitle") if a[f]]

    for cmd in page["layout"]:
        op, *args = cmd.split(" ", 1)
        arg = args[0] if args else ""
        if op in ("mast", "extra"):
            items = [x.strip() for x in arg.split(" / ")]
            extras.append("".join(i.replace("¦", "") for i in items))
            for it in items:
                emit(*[x for x in it.split("¦")])
                if "¦" in it:
                    stats["masthead/box pieces printed on one line group"] += 1
            stats["masthead piece" if op == "mast" else "box line (countdown, prompt, framed label)"] += len(items) if op == "mast" else 1
            continue
        if op == "dupline":      # a literal line printed again somewhere
            dups.append(P(arg))
            emit(P(arg))
            stats["line printed twice"] += 1
            continue
        toks = arg.split()
        aid = toks[0]
        a = arts[aid]
        opts = toks[1:]
        if op == "head":
            parts = head_parts(a)
            if "one" in opts:
                emit(" ".join(P(clean_field(x)) for x in parts))
                stats["headline stack printed on one line"] += 1
            else:
                first = True
                for x in parts:
                    for grp in field_lines(x):
                        emit(*grp, tight=("tight" in opts and not first))
                        if len(grp) > 1:
                            stats["headline line broken, last word alone"] += 1
                        first = False
            if "double" in opts:
                t = P(clean_field(a["title"]))
                blocks[-1][-1] = blocks[-1][-1] + " " + t if blocks[-1][-1] == t else blocks[-1][-1]
                dups.append(t)
                stats["headline drawn twice"] += 1
            if "twice" in opts:
                t = P(clean_field(a["title"]))
                emit(t)
                dups.append(t)
                stats["headline drawn twice"] += 1
            if aid in body_seen:
                stats["headline printed after its body"] += 1
            head_seen.add(aid)
            continue
        if op == "col":
            emit(P(a["column"]))
            stats["column label on its own line"] += 1
            continue
        if op == "byline":
            for grp in field_lines(a["byline"]):
                emit(*grp)
            if "¦" in a["byline"] or "¶" in a["byline"]:
                stats["byline broken between names"] += 1
            continue
        if op == "mark":
            emit(P(" ".join(toks[1:])))
            stats["jump marker"] += 1
            continue
        if op == "photo":
            cap = P(a["paras"][0])
            cred = P(clean_field(a["byline"]))
            if a["title"] and "notitle" not in opts:
                emit(P(a["title"]))
            if layout == "column" and "oneline" not in opts:
                w = rng.choice([40, 44, 45, 46])
                lines = [cap[i:i + w] for i in range(0, len(cap), w)]
            else:
                lines = [cap]
            if "right" in opts:
                for l in lines:
                    emit(l)
                emit(" " * rng.choice([28, 36, 44]) + cred)
                stats["credit right-aligned on its own line"] += 1
            elif "below" in opts:
                for l in lines:
                    emit(l)
                emit(cred)
            else:
                lines[-1] = lines[-1] + " " + cred
                for l in lines:
                    emit(l)
            stats["photo caption with credit"] += 1
            done.add((aid, 1, 0))
            head_seen.add(aid)
            continue
        if op == "body":
            rngspec = toks[1] if len(toks) > 1 and re.match(r"\d", toks[1]) else f"1-{len(a['paras'])}"
            lead = ""
            dupn = None
            for o in opts:
                if o.startswith("lead="):
                    lead = P(o[5:].replace("_", " "))
                if o.startswith("dup="):
                    dupn = int(o[4:])
            chunks = parse_range(rngspec, a)
            printed = []
            for n, k in chunks:
                parts = para_parts(a["paras"][n - 1])
                text = P(parts[k])
                if n == 1 and k == 0 and a["dateline"]:
                    text = P(a["dateline"]) + text
                if k > 0:
                    stats["paragraph cut: " + cut_kind(parts[k - 1], parts[k])] += 1
                    if (n, k - 1) in printed_parts and last_chunk.get("key") == (aid, n, k - 1):
                        stats["paragraph split by a column break, nothing between"] += 1
                    elif (n, k - 1) in printed_parts:
                        stats["paragraph continued after a piece of another story"] += 1
                if lead and not printed:
                    text = lead + text
                    stats["jump marker"] += 1
                if layout == "column":
                    dl = len(P(a["dateline"]).replace("¦", "")) if (n == 1 and k == 0) else 0
                    lines = col.wrap(text, widths[aid], indent=(k == 0), protect=dl)
                else:
                    lines = [x for x in text.split("¦")]
                for l in lines:
                    emit(l)
                    printed.append(l)
                    if dupn is not None and len(printed) == dupn:
                        emit(l)
                        dups.append(l)
                        stats["line printed twice"] += 1
                printed_parts.add((n, k))
                if (aid, n, k) in done:
                    raise SystemExit(f"{src.name}: {aid} part {n}{'abc'[k]} printed twice")
                done.add((aid, n, k))
                last_chunk = {"key": (aid, n, k)}
            body_seen.add(aid)
            continue
        raise SystemExit(f"{src.name}: unknown layout command {cmd!r}")

    # ---- every paragraph part and every printed headline must be on the page exactly once
    for aid in page["order"]:
        a = arts[aid]
        want = {(n, k) for n, p in enumerate(a["paras"], 1) for k in range(len(para_parts(p)))}
        got = {(n, k) for (x, n, k) in done if x == aid}
        if want != got:
            raise SystemExit(f"{src.name}: {aid} parts printed {sorted(got)} but has {sorted(want)}")
        if (a["title"] or a["kicker"] or a["subtitle"]) and aid not in head_seen and a["kind"] != "photo":
            raise SystemExit(f"{src.name}: {aid} headline never printed")
    # ---- text
    out = []
    for b in blocks:
        out.append("\n".join(b))
    sep_choices = "\n\n"
    text = sep_choices.join(out) + "\n"
    if layout == "paragraph":
        text = "\n\n" + text if meta.get("lead_blank") else text
    # ---- gold
    golds = []
    for aid in page["order"]:
        a = arts[aid]
        paras = []
        subheads = []
        for p in a["paras"]:
            body = P(p.replace("|", ""))
            if body.startswith("## "):
                body = body[3:]
                subheads.append(re.sub(r"\s+", "", body) if False else body)
            paras.append(re.sub(r"\s+", "", body))
        g = {
            "kind": a["kind"],
            "column": P(a["column"]),
            "kicker": P(clean_field(a["kicker"])),
            "title": P(clean_field(a["title"])),
            "subtitle": P(clean_field(a["subtitle"])),
            "byline": P(clean_field(a["byline"])),
            "dateline": P(a["dateline"]).replace("¦", ""),
            "continued": a["continued"],
            "subheads": subheads,
            "paragraphs": paras,
        }
        golds.append(g)
    stats["articles"] = len(golds)
    return text, {"meta": meta, "articles": golds, "extras": extras, "duplicates": dups}, stats


def fix_subheads(text: str) -> str:
    return text


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    out = Path(argv[0]) if argv else HERE
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for d in ("pages", "gold"):
        for f in (out / d).glob("*"):
            f.unlink()
    total = Counter()
    rows = []
    for i, src in enumerate(sorted((HERE / "src").glob("p*.txt")), start=1):
        text, g, stats = compose_page(src)
        # body lines hold "## " subhead markers only in the source: strip them from print
        text = re.sub(r"(?m)^## ", "", text)
        text = text.replace("## ", "")
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (out / "pages" / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = g["meta"]
        gold = {
            "source": f"{name}.txt",
            "issue_date": meta["date"],
            "issue_number": meta.get("issue") or None,
            "page_count": int(meta["pages"]) if meta.get("pages") else None,
            "articles": g["articles"],
            "extras": g["extras"],
            "duplicates": g["duplicates"],
        }
        (out / "gold" / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total.update({k: v for k, v in stats.items() if k != "articles"})
        nchar = len(re.sub(r"\s+", "", text))
        rows.append((f"{name}.txt", meta["date"], meta["page"], meta["layout"], meta.get("punct", "full"),
                     len(g["articles"]), nchar, meta.get("subjects", "").replace("_", " ")))
    # ---- README
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    pg = "\n".join(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |" for r in rows)
    ms = "\n".join(f"| {k} | {', '.join(str(w) for w in v['widths'])} | {v['spread_rate']} | {v['lines']} |"
                   for k, v in SEED_MEASURE.items())
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    readme = (tpl.replace("{{PHENOMENA}}", "| phenomenon | count |\n|---|---|\n" + ph)
                 .replace("{{PAGES}}", "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
                          "|---|---|---|---|---|---|---|---|\n" + pg)
                 .replace("{{MEASURES}}", "| seed | full-line widths (em, ≥20 lines) | share of spread lines | text lines |\n"
                          "|---|---|---|---|\n" + ms)
                 .replace("{{NEWS_WIDTHS}}", ", ".join(str(w) for w in NEWS_WIDTHS))
                 .replace("{{NARROW_WIDTHS}}", ", ".join(str(w) for w in NARROW_WIDTHS))
                 .replace("{{SPREAD_RATE}}", f"{SPREAD_RATE:.3f}"))
    (out / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
