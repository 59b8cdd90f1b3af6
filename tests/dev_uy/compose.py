#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw Hunan Daily page text.

    python3 compose.py        writes pages/*.txt, gold/*.json and README.md

Standard library only.  Every random choice comes from a random.Random seeded by
the source file's name, so a rebuild is byte-for-byte identical.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

OPEN = set("“‘（《「(")
CLOSE = set("”’）》」)，。、；：？！,;:?!")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-/@_]+")
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")

HALF = {"，": ",", "（": "(", "）": ")", "；": ";", "：": ":"}
MIXED = {"（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    table = HALF if mode == "half" else MIXED if mode == "mixed" else {}
    return "".join(table.get(c, c) for c in s)


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "articles": {}, "order": [], "layout": []}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"^\[(\w+)\]\s*(\w*)$", line)
        if m:
            if m.group(1) == "layout":
                section = "layout"
                continue
            section = "article"
            cur = {"id": m.group(1), "kind": m.group(2), "paras": [], "opts": {}}
            for f in FIELDS:
                cur[f] = ""
            page["articles"][cur["id"]] = cur
            page["order"].append(cur["id"])
            continue
        if section == "meta":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif section == "article":
            if line.startswith("¶"):
                cur["paras"].append(("p", line[1:].strip()))
            elif line.startswith("§"):
                cur["paras"].append(("s", line[1:].strip()))
            else:
                k, _, v = line.partition(":")
                k = k.strip()
                if k in FIELDS:
                    cur[k] = v.strip()
                else:
                    cur["opts"][k] = v.strip()
        else:
            page["layout"].append(line.strip())
    return page


# ---------------------------------------------------------------- column wrapping
def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        elif s[i] in "—…" and s[i:i + 2] in ("——", "……"):
            out.append(s[i:i + 2])
            i += 2
        elif s[i] == " ":
            out.append(" ")
            i += 1
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.5
    if len(tok) > 2 and not ASCII_RUN.fullmatch(tok):
        return sum(width(c) for c in tokens(tok))
    if ASCII_RUN.fullmatch(tok):
        return 0.5 * len(tok)
    return float(len(tok))


def is_ascii(tok: str) -> bool:
    return bool(ASCII_RUN.fullmatch(tok))


class Layouter:
    """Turns article text into the lines of one extraction layout."""

    def __init__(self, page: dict, rng: random.Random, stats: Counter):
        self.page = page
        self.rng = rng
        self.stats = stats
        self.mode = page["meta"].get("punct", "full")
        self.column = page["meta"]["layout"] == "column"

    # --- a printed column line
    def plain_line(self, toks: list[str]) -> str:
        out = ""
        for i, t in enumerate(toks):
            prev = toks[i - 1] if i else None
            if t == " ":
                out += " "
                continue
            if is_ascii(t):
                if prev is not None and prev != " " and prev not in OPEN and prev not in CLOSE:
                    out += " "
                    self.stats["spaces around number runs"] += 1
                if "%" in t and self.rng.random() < 0.12 and len(t) > 1:
                    t = t.replace("%", " %")
                    self.stats["glyph-gap space before %"] += 1
                out += t
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt is not None and nxt != " " and nxt not in CLOSE and nxt not in OPEN:
                    if self.rng.random() < 0.7:
                        out += " "
                continue
            if t in ("，", "、") and prev not in (None, " ") and self.rng.random() < 0.04:
                out += " "
                self.stats["glyph-gap space before full-width punctuation"] += 1
            out += t
        return out

    def spread_line(self, toks: list[str]) -> str:
        self.stats["justified lines spread with spaces"] += 1
        toks = [t for t in toks if t != " "]
        out = toks[0]
        for prev, t in zip(toks, toks[1:]):
            if prev in CLOSE or prev[-1] in CLOSE:
                out += t
            elif t in OPEN:
                out += t
            else:
                out += " " + t
        if any(t in OPEN for t in toks[:-1]):
            self.stats["space after an opening quote"] += 1
        return out.replace("  ", " ")

    def wrap(self, text: str, W: float, indent: float, breaks: set[int] = frozenset(),
             glue: int = 0) -> list[str]:
        """Greedy fill of column lines of W em.  A line cut short (1 em or more) by
        an unbreakable number run or by an opening mark that may not end a line is
        spread with spaces; so is a line that had to squeeze in a closing mark
        while holding two or more compressed marks already."""
        if breaks:                      # a dateline printed apart: its head is one line
            at = min(breaks)
            head = self.plain_line(tokens(text[:at].rstrip()))
            rest = text[at:]
            return [head] + self.wrap(rest.lstrip(), W, 0.0, glue=glue - (len(rest) - len(rest.lstrip())) - at)
        toks = tokens(text)
        if glue > 0:                    # the dateline's last characters never part
            n, k = 0, 0
            while k < len(toks) and n + len(toks[k]) <= glue:
                n += len(toks[k])
                k += 1
            j, m = k, 0
            while j > 0 and m < 4:
                j -= 1
                m += len(toks[j].strip())
            if j < k:
                toks = toks[:j] + ["".join(toks[j:k])] + toks[k:]
        lines, cur, w = [], [], 0.0
        cap = W - indent
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if w + tw <= cap + 1e-9 or not cur:
                cur.append(t)
                w += tw
                i += 1
                continue
            if t in CLOSE or t[0] in CLOSE:   # may not start a line: squeezed in
                while i < len(toks) and (toks[i] in CLOSE or toks[i][0] in CLOSE):
                    cur.append(toks[i])
                    i += 1
                mids = sum(1 for x in cur[:-1] if x in CLOSE)
                lines.append(self.spread_line(cur) if mids >= 2 else self.plain_line(cur))
                cur, w, cap = [], 0.0, W
                continue
            carry = []
            while cur and (cur[-1] in OPEN):
                carry.insert(0, cur.pop())
            gap = cap - sum(width(x) for x in cur)
            if cur and gap >= 0.75 and len([x for x in cur if x != " "]) > 4:
                lines.append(self.spread_line(cur))
            else:
                lines.append(self.plain_line(cur))
            cur = carry + [t]
            w = sum(width(x) for x in cur)
            cap = W
            i += 1
        if cur:
            lines.append(self.plain_line(cur))
        return [l.strip(" ") if i else l.rstrip(" ") for i, l in enumerate(lines)]


# ---------------------------------------------------------------- page composition
def segments(art: dict) -> list[list[tuple[str, str, bool]]]:
    """Split the article body at its cut marks (¦).  A segment is a list of
    (kind, text, starts_paragraph)."""
    segs: list[list] = [[]]
    for kind, text in art["paras"]:
        pieces = text.split("¦")
        for j, piece in enumerate(pieces):
            if j:
                segs.append([])
            segs[-1].append((kind, piece, j == 0))
    return segs


def gold_article(art: dict, mode: str) -> dict:
    paras = [punct(t.replace("¦", ""), mode) for _, t in art["paras"]]
    return {
        "kind": art["kind"],
        "column": punct(art["column"], mode),
        "kicker": punct(art["kicker"], mode),
        "title": punct(art["title"], mode),
        "subtitle": punct(art["subtitle"], mode),
        "byline": punct(art["byline"], mode),
        "dateline": punct(art["dateline"], mode),
        "continued": punct(art["continued"], mode),
        "subheads": [punct(t, mode) for k, t in art["paras"] if k == "s"],
        "paragraphs": [re.sub(r"\s+", "", p) for p in paras],
    }


def date_variant(dl: str, rng: random.Random, column: bool) -> str:
    """Spaces around the date's numbers as the column pages print them."""
    if not column:
        return dl
    style = rng.choice(["before", "none", "both", "before"])
    head = re.match(r"^(.*?[讯电])", dl)
    if not head:
        return dl
    h = head.group(1)
    if style == "before":
        h2 = re.sub(r"(?<=[^\d ])(\d+)", r" \1", h)
    elif style == "both":
        h2 = re.sub(r"(?<=[^\d ])(\d+)(?=[^\d])", r" \1 ", h)
    else:
        h2 = h
    return h2 + dl[len(h):]


def compose_page(path: Path) -> tuple[str, dict, Counter, dict]:
    page = parse_source(path)
    meta = page["meta"]
    rng = random.Random(path.name)
    stats: Counter = Counter()
    L = Layouter(page, rng, stats)
    mode = L.mode
    column = L.column
    W = float(meta.get("width", "16"))
    arts = page["articles"]
    segs = {a: segments(arts[a]) for a in arts}
    out: list[tuple[str, bool]] = []   # (line, blank_after)
    extras: list[str] = []
    dups: list[str] = []
    printed_heads = Counter()

    def emit(line: str, blank: bool = True):
        out.append((line, blank))

    def head_lines(a: str, opts: dict) -> list[str]:
        art = arts[a]
        parts = [punct(art[k], mode) for k in ("kicker", "title", "subtitle") if art[k]]
        if "join" in opts:
            return [" ".join(parts)]
        lines = []
        for k in ("kicker", "title", "subtitle"):
            v = punct(art[k], mode)
            if not v:
                continue
            if k == "title" and "brk" in opts:
                n = int(opts["brk"]) if opts["brk"].isdigit() else len(v) - v.rindex(opts["brk"])
                lines += [v[:-n], v[-n:]]
                stats["headline's last word left alone on a line"] += 1
            elif k == "title" and "sp" in opts and " " in v:
                lines += v.split(" ", 1)
                stats["two-phrase title split at its space"] += 1
            else:
                lines.append(v)
        return lines

    for cmd in page["layout"]:
        parts = cmd.split()
        op = parts[0]
        opts = {}
        for p in parts[2:]:
            k, _, v = p.partition("=")
            opts[k] = v
        if op == "x":          # furniture block: | blank between, / no blank
            body = cmd[2:].strip()
            pieces = []
            for blk in body.split("|"):
                sub = blk.split("/")
                for j, s in enumerate(sub):
                    emit(s, j == len(sub) - 1)
                    pieces.append(s)
            extras.append(re.sub(r"\s+", "", punct("".join(pieces), mode)))
            stats["furniture lines (masthead, boxes, prompts)"] += len(pieces)
            continue
        if op == "blank":
            for _ in range(int(parts[1])):
                emit("", False)
            continue
        if op == "dl":         # reprint the last printed text line
            for line, _ in reversed(out):
                if line.strip():
                    emit(line)
                    dups.append(re.sub(r"\s+", "", line))
                    stats["lines printed twice"] += 1
                    break
            continue
        a = parts[1]
        art = arts[a]
        if op == "c":
            emit(punct(art["column"], mode))
            stats["column labels on their own line"] += 1
        elif op == "h":
            lines = head_lines(a, opts)
            printed_heads[a] += 1
            tight = "tight" in opts or "brk" in opts or "sp" in opts
            if "join" in opts and len(lines[0].split(" ")) > 1:
                stats["headline stack joined on one line"] += 1
            for i, l in enumerate(lines):
                if "dbl" in opts and l == punct(art["title"], mode):
                    emit(l + l, not tight or i == len(lines) - 1)
                    dups.append(re.sub(r"\s+", "", l))
                    stats["headline doubled on one line"] += 1
                    continue
                emit(l, not tight or i == len(lines) - 1)
                if "twice" in opts and l == punct(art["title"], mode):
                    emit(l)
                    dups.append(re.sub(r"\s+", "", l))
                    stats["headline printed on two identical lines"] += 1
            if "after" in opts:
                stats["headline printed after its body"] += 1
            if "bunch" in opts:
                stats["headline bunched with other stories' headlines"] += 1
        elif op == "b":
            bl = punct(art["byline"], mode)
            if "brk" in opts:
                n = int(opts["brk"]) if opts["brk"].isdigit() else bl.index(opts["brk"])
                emit(bl[:n].rstrip(), False)
                emit(bl[n:].lstrip())
                stats["line break inside a byline"] += 1
            else:
                emit(bl)
            stats["byline alone on its line(s)"] += 1
        elif op == "m":        # jump marker line
            emit(opts.get("t") or cmd.split(None, 2)[2])
            stats["jump markers"] += 1
        elif op == "p":        # photo caption + credit
            cap = punct("".join(t for _, t in art["paras"]), mode)
            cr = punct(art["byline"], mode)
            how = opts.get("credit", "inline")
            if not cr:
                emit(cap)
            elif how == "inline":
                emit(cap + " " + cr)
            elif how == "right":
                emit(cap)
                emit(" " * 24 + cr)
                stats["credit right-aligned on its own line"] += 1
            else:
                emit(cap)
                emit(cr)
            stats["photo captions"] += 1
        elif op == "t":        # body text, segment range
            rs = parts[2] if len(parts) > 2 and "=" not in parts[2] else None
            if rs is None:
                idx = list(range(len(segs[a])))
            elif "-" in rs:
                s, e = rs.split("-")
                idx = list(range(int(s), int(e) + 1))
            else:
                idx = [int(rs)]
            for si in idx:
                seg = segs[a][si]
                if si > 0:
                    stats["story cut and resumed elsewhere"] += 1
                for pi, (kind, text, starts) in enumerate(seg):
                    text = punct(text, mode)
                    dl = ""
                    if si == 0 and pi == 0 and art["dateline"]:
                        dl = date_variant(punct(art["dateline"], mode), rng, column)
                    mk = ""
                    if si == 0 and pi == 0 and "mk" in opts:
                        mk = punct(opts["mk"].replace("_", " "), mode)
                        stats["jump markers"] += 1
                    full = mk + dl + text
                    if not column or kind == "s":
                        emit(full)
                        continue
                    brk = set()
                    if "dlbr" in opts and dl:
                        mm = re.compile(" ?".join(map(re.escape, opts["dlbr"]))).search(full, len(mk))
                        at = mm.start() if mm else -1
                        while at > 0 and full[at - 1] == " ":
                            at -= 1
                        if at <= 0:
                            raise SystemExit(f"{path.name}: dlbr {opts['dlbr']!r} not in dateline of {a}")
                        brk = {at}
                        stats["line break inside a dateline"] += 1
                    Wa = float(art["opts"].get("width", W))
                    indent = 2.0 if (starts and not dl and not mk) else 0.0
                    lead = " " if (not out and dl) else ""
                    lines = L.wrap(full, Wa, indent, brk, glue=len(mk) + len(dl))
                    for li, l in enumerate(lines):
                        emit((lead if li == 0 else "") + l)
        else:
            raise SystemExit(f"{path.name}: unknown layout op {cmd!r}")

    # text
    chunks = [] if column else ["", ""]
    text = ""
    pieces = []
    if not column:
        pieces.append("\n\n")
    for i, (line, blank) in enumerate(out):
        pieces.append(line + "\n")
        if blank and i < len(out) - 1:
            pieces.append("\n")
    text = "".join(pieces)
    if column:
        text += "\n\n"
    else:
        text = text.rstrip("\n")
    gold = {
        "source": None,
        "issue_date": meta["date"],
        "issue_number": meta.get("issue_number") or None,
        "page_count": int(meta["page_count"]) if meta.get("page_count") else None,
        "articles": [gold_article(arts[a], mode) for a in page["order"]],
        "extras": extras,
        "duplicates": dups,
    }
    for a in page["order"]:
        if printed_heads[a] == 0 and (arts[a]["title"] or arts[a]["kicker"]):
            raise SystemExit(f"{path.name}: headline of {a} never printed")
    return text, gold, stats, meta


def build() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    rows = []
    total = Counter()
    for sp in sorted(SRC.glob("p*.txt")):
        text, gold, stats, meta = compose_page(sp)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{meta['file']}_{h}"
        gold["source"] = name + ".txt"
        files[f"pages/{name}.txt"] = text.encode("utf-8")
        files[f"gold/{name}.json"] = (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        total.update(stats)
        nchar = len(re.sub(r"\s+", "", text))
        d = datetime.date.fromisoformat(meta["date"])
        rows.append(f"| {name}.txt | {d.isoformat()} | {meta['pageno']} | {meta['layout']} | "
                    f"{meta['punct']} | {len(gold['articles'])} | {nchar} | {meta['subjects']} |")
    for k in ("furniture lines (masthead, boxes, prompts)", "photo captions"):
        pass
    ph = ["| phenomenon | count |", "|---|---|"]
    for k, v in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
        ph.append(f"| {k} | {v} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"] + rows
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))
    files["README.md"] = readme.encode("utf-8")
    return files


def main():
    files = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {sum(1 for r in files if r.startswith('pages/'))} pages")


if __name__ == "__main__":
    main()
