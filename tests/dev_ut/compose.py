#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold files and README.md.

    python3 compose.py

Standard library only.  Every small choice (number spacing, glyph gaps, credit indent)
comes from a random.Random seeded by the source file name, so runs are byte-identical.
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
CUT = re.compile(r"‖(?:\{(\w)\})?")
CUT_NAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
             "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
             "o": "cut inside an organization's name", "s": "cut at a clause boundary"}
NOSTART = set("，。、；：？！”’）》…,.;:?!)%")
NOEND = set("“‘（《(")
NOSP_AFTER = set("，。、；：？！）》”’（《")
NOSP_BEFORE = set("（《“‘》）")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+\-×]+")


# ----------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": [], "name": path.name}
    cur = None
    section = "meta"
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@a "):
            aid, kind = line[3:].split()
            cur = {"id": aid, "kind": kind, "paras": [], "f": {}}
            page["arts"][aid] = cur
            page["order"].append(aid)
            section = "art"
            continue
        if line == "@layout":
            section = "layout"
            continue
        if section == "meta":
            k, v = line.split(":", 1)
            page["meta"][k.strip()] = v.strip()
        elif section == "art":
            if line.startswith("P ") or line.startswith("S "):
                cur["paras"].append((line[0], line[2:].strip()))
            else:
                k, v = line.split(":", 1)
                cur["f"][k.strip()] = v.strip()
        else:
            page["layout"].append(line.strip())
    return page


def conv(s: str, mode: str) -> str:
    """Punctuation width of the page."""
    if mode in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold form of a headline / dateline / byline field: drop break hints."""
    return s.replace("/", "")


# ----------------------------------------------------------------- column wrapping
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


def tw(t: str) -> float:
    if t == " ":
        return 0.5
    if t.isascii():
        return 0.5 * len(t)
    return 1.0


def is_cjk(t: str) -> bool:
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff"


def wrap(text: str, width: float, indent: float = 2.0) -> list[tuple[list[str], bool]]:
    """Greedy fill as measured on the seeds: a paragraph's first line is indented 2 em,
    CJK glyphs and full-width marks take 1 em, ASCII 0.5 em.  A mark that may not begin
    a line is squeezed in when the line already holds two or more marks (they can give
    up half an em each); otherwise the last glyph is pushed down with it.  A number run
    is never split.  A non-final line short of the measure by >= 0.75 em is printed
    justified (spread)."""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    i = 0
    limit = width - indent
    while i < len(toks):
        t = toks[i]
        if not cur and t == " ":
            i += 1
            continue
        if w + tw(t) <= limit or not cur:
            cur.append(t)
            w += tw(t)
            i += 1
            continue
        if t in NOSTART:
            marks = sum(1 for x in cur if x in NOSP_AFTER or x in NOSP_BEFORE or x == "”")
            if marks >= 2 and t not in "%":
                cur.append(t)
                i += 1
                lines.append(cur)
                cur, w, limit = [], 0.0, width
                continue
            if len(cur) > 1:
                cur.pop()            # push the last glyph down with the mark
                i -= 1
        while len(cur) > 1 and cur[-1] in NOEND:
            cur.pop()
            i -= 1
        if cur and cur[-1] == " " or toks[i] == " ":
            # a break at a word space (dateline, byline) is set ragged, not spread
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
        else:
            lines.append((cur, limit))
        cur, w, limit = [], 0.0, width
    if cur:
        lines.append((cur, limit))
    out = []
    for k, item in enumerate(lines):
        if isinstance(item, tuple):
            ln, lim = item
            lw = sum(tw(t) for t in ln)
            out.append((ln, k < len(lines) - 1 and lim - lw >= 0.75))
        else:
            out.append((item, False))
    return out


class Renderer:
    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats

    def plain(self, toks: list[str]) -> str:
        s = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if t.isascii() and t != " " and len(t) >= 1 and t[0].isdigit():
                r = self.rng.random()
                before = prev and not prev.isascii() and r < 0.75
                after = nxt and not nxt.isascii() and nxt not in NOSTART and (r < 0.5 or r >= 0.9)
                body = t
                if t.endswith("%") and len(t) > 1 and self.rng.random() < 0.2:
                    body = t[:-1] + " %"
                    self.stats["space before % sign"] += 1
                if before or after:
                    self.stats["spaces around a number run"] += 1
                s += (" " if before else "") + body + (" " if after else "")
                continue
            if t in "、，" and prev and self.rng.random() < 0.04:
                s += " "
                self.stats["glyph-gap space at full-width punctuation"] += 1
            s += t
            if t == "“" and nxt and self.rng.random() < 0.12:
                s += " "
                self.stats["space after an opening quote"] += 1
        return s

    def spread(self, toks: list[str]) -> str:
        s = ""
        for k, t in enumerate(toks):
            if t == " ":
                continue
            if s and not (s[-1] in NOSP_AFTER or t in NOSP_BEFORE or s[-1] == " "):
                s += " "
            s += t
        self.stats["justified line spread with spaces"] += 1
        return s

    def lines(self, text: str, width: float, indent: float = 2.0) -> list[str]:
        out = []
        for k, seg in enumerate(text.split("/")):
            for toks, spread in wrap(seg, width, indent if k == 0 else 0.0):
                out.append(self.spread(toks) if spread else self.plain(toks))
        return out


# ----------------------------------------------------------------- page composition
def compose_page(path: Path):
    page = parse(path)
    meta = page["meta"]
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    rng = random.Random(path.name)
    stats: Counter = Counter()
    R = Renderer(rng, stats)
    arts = page["arts"]
    default_w = float(meta.get("width", "17"))

    # gold articles and body units
    gold_arts = {}
    units = {}        # aid -> list of (text, para_index, piece_index, cut_tag)
    for aid in page["order"]:
        a = arts[aid]
        f = {k: conv(clean(a["f"].get(k, "")), mode) for k in FIELDS[1:]}
        paras, subheads = [], []
        for typ, text in a["paras"]:
            t = conv(CUT.sub("", text), mode)
            paras.append(t)
            if typ == "S":
                subheads.append(t)
        g = {"kind": a["kind"]}
        for k in FIELDS[1:]:
            g[k] = f[k]
        g["subheads"] = subheads
        g["paragraphs"] = paras
        gold_arts[aid] = g
        # units
        u = []
        width = float(a["f"].get("width", default_w))
        dl = conv(a["f"].get("dateline", ""), mode)
        dlmode = a["f"].get("dl", "inline")
        if layout == "column" and dl and dlmode == "own":
            for ln in R.lines(dl, width, 0.0):
                u.append((ln, 0, 0, ""))
            dl = ""
        for pi, (typ, text) in enumerate(a["paras"], 1):
            pieces = CUT.split(conv(text, mode))
            # CUT.split yields text, tag, text, tag ...
            segs = pieces[0::2]
            tags = pieces[1::2]
            if layout == "column":
                if len(segs) > 1 and segs[-1] == "":
                    stats["story cut before its jump: " + CUT_NAMES[tags[-1] or "s"]] += 1
                full = "".join(segs)
                if pi == 1 and dl:
                    # a dateline whose tail would sit on a line as a scrap of fewer than
                    # four glyphs is set on its own line(s) instead, as the seeds do
                    probe = [ln for k, seg in enumerate((dl + full).split("/"))
                             for ln in wrap(seg, width, 2.0 if k == 0 else 0.0)]
                    dn, acc = len(re.sub(r"[\s/]", "", dl)), 0  # glyphs of the dateline
                    own = False
                    for toks, _ in probe:
                        n = len("".join(t for t in toks if t != " "))
                        if acc < dn < acc + n and dn - acc < 4:
                            own = True
                        acc += n
                    if own:
                        for ln in R.lines(dl, width, 0.0):
                            u.append((ln, 0, 0, ""))
                    else:
                        full = dl + full
                    dl = ""
                if width <= 0 or typ == "S":
                    u.append((full.replace("/", ""), pi, 1, ""))
                else:
                    for ln in R.lines(full, width):
                        u.append((ln, pi, 1, ""))
            else:
                if len(segs) > 1 and segs[-1] == "":
                    segs = segs[:-1]
                    stats["story cut before its jump: " + CUT_NAMES[tags[-1] or "s"]] += 1
                for si, seg in enumerate(segs, 1):
                    txt = seg
                    if pi == 1 and si == 1 and dl:
                        txt = dl.replace("/", "") + txt
                    tag = tags[si - 1] if si - 1 < len(tags) else ""
                    u.append((txt, pi, si, tag or ""))
        units[aid] = u

    # walk the layout script
    out: list[list] = []        # [text, sep_after]
    extras, dups, raw_extra = [], [], []
    pos = {aid: 0 for aid in arts}
    other_since = {aid: False for aid in arts}
    last_body = None

    def emit(text, sep="\n\n"):
        out.append([text, sep])

    def head_lines(aid, spec):
        a = arts[aid]
        parts = {"C": a["f"].get("column", ""), "K": a["f"].get("kicker", ""),
                 "T": a["f"].get("title", ""), "S": a["f"].get("subtitle", ""),
                 "B": a["f"].get("byline", "")}
        hbreak = "\n\n" if layout == "column" else "\n"
        groups = re.split(r"([|~])", spec)
        pieces, seps = [], []
        for gi, grp in enumerate(groups):
            if grp in ("|", "~"):
                seps.append("\n\n" if grp == "|" else "\n")
                continue
            texts = []
            for code in grp.split("+"):
                if code == "T2":
                    t = conv(parts["T"], mode)
                    texts.append(t.replace("/", "") + " " + t.replace("/", ""))
                    dups.append(clean(conv(parts["T"], mode)))
                    stats["headline drawn twice on one line"] += 1
                elif code == "TT":
                    t = conv(parts["T"], mode).replace("/", "")
                    texts.append(t + "\x00" + t)
                    dups.append(t)
                    stats["headline printed as two identical lines"] += 1
                else:
                    texts.append(conv(parts[code], mode))
            pieces.append(" ".join(texts))
        res = []
        for k, p in enumerate(pieces):
            sub = p.replace("\x00", "\n\n").split("/")
            if len(sub) > 1:
                stats["headline broken leaving its last words alone"] += 1
            for j, s in enumerate(sub):
                res.append([s.strip(), hbreak if j < len(sub) - 1 else (seps[k] if k < len(seps) else "\n\n")])
        return res

    for cmd in page["layout"]:
        op, *args = cmd.split(" ", 1)
        arg = args[0] if args else ""
        if op == "mast":
            groups = re.split(r"([|~])", arg)
            text = ""
            for grp in groups:
                if grp == "|":
                    out[-1][1] = "\n\n"
                elif grp == "~":
                    out[-1][1] = "\n"
                else:
                    emit(grp)
                    text += grp
                    stats["masthead pieces in drawing order"] += 1
                    if " " in grp:
                        stats["masthead pieces merged on one line"] += 1
            out[-1][1] = "\n\n\n\n"
            extras.append(re.sub(r"\s+", "", text))
        elif op == "extra":
            groups = conv(arg, mode).split("|")
            for grp in groups:
                emit(grp)
            extras.append(re.sub(r"\s+", "", "".join(groups)))
            stats["box lines (countdown, code prompt, label)"] += 1
        elif op == "mark":
            emit(arg)
            raw_extra.append(arg)
            stats["jump markers"] += 1
        elif op == "head":
            aid, spec = arg.split()
            hl = head_lines(aid, spec)
            for t, sep in hl:
                emit(t, sep)
            if pos[aid] > 0:
                stats["headline printed after (part of) its body"] += 1
            last_body = None
        elif op == "byline":
            aid = arg.split()[0]
            b = conv(arts[aid]["f"]["byline"], mode)
            parts = b.split("/")
            for j, p in enumerate(parts):
                emit(p.strip(), ("\n" if layout != "column" else "\n\n") if j < len(parts) - 1 else "\n\n")
            if len(parts) > 1:
                if parts[1].strip().startswith("通讯员"):
                    stats["line break before 通讯员"] += 1
                else:
                    stats["line break between a byline's names"] += 1
        elif op == "credit":
            aid, how = arg.split()
            c = conv(arts[aid]["f"]["byline"], mode)
            if how == "inline":
                out[-1][0] += " " * rng.choice((1, 1, 2)) + c
                stats["credit at the end of a caption line"] += 1
            else:
                emit(" " * rng.randint(18, 40) + c)
                stats["credit right-aligned on its own line"] += 1
        elif op == "body":
            bits = arg.split()
            aid = bits[0]
            stop = bits[1] if len(bits) > 1 else "end"
            u = units[aid]
            if stop == "end":
                end = len(u)
            elif stop.startswith("L"):
                end = int(stop[1:])
            elif "." in stop:
                p, s = map(int, stop.split("."))
                end = max(i for i, x in enumerate(u) if x[1] == p and x[2] == s) + 1
            else:
                p = int(stop)
                end = max(i for i, x in enumerate(u) if x[1] == p) + 1
            start = pos[aid]
            assert end > start, (path.name, cmd, start, end)
            if start > 0:
                prev = u[start - 1]
                if last_body == aid:
                    if layout != "column" and prev[1] == u[start][1]:
                        stats["paragraph split by a column break with nothing between"] += 1
                elif other_since[aid]:
                    stats["story continued after a piece of another story"] += 1
            for other in other_since:
                if other != aid and pos[other] > 0:
                    other_since[other] = True
            other_since[aid] = False
            for i in range(start, end):
                emit(u[i][0])
            if end < len(u) and layout != "column" and u[end][1] == u[end - 1][1]:
                tag = u[end - 1][3] or "s"
                stats["paragraph cut: " + CUT_NAMES[tag]] += 1
            pos[aid] = end
            last_body = aid
            continue
        elif op == "dup":
            aid, n = arg.split()
            t = units[aid][int(n) - 1][0]
            emit(t)
            dups.append(re.sub(r"\s+", "", t) if layout == "column" else t)
            stats["line printed twice"] += 1
        elif op == "line":
            emit(arg)
        else:
            raise SystemExit(f"{path.name}: unknown layout op {cmd!r}")
        if op == "head":
            continue
        last_body = None
    for aid, u in units.items():
        assert pos[aid] == len(u), (path.name, aid, pos[aid], len(u))

    text = ""
    for t, sep in out:
        text += t + sep
    text = text.rstrip("\n") + "\n"
    # phenomena that are properties of the text
    for aid in page["order"]:
        d = arts[aid]["f"].get("dateline", "")
        if "/" in d:
            after = d.split("/", 1)[1]
            if re.match(r"\d+日", after):
                stats["line break inside a dateline's date"] += 1
            elif after.startswith("通讯员"):
                stats["line break before 通讯员"] += 1
            else:
                stats["line break between a byline's names"] += 1
    return page, text, gold_arts, extras, dups, raw_extra, stats


def nchars(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def build(write: bool = True):
    files = {}
    table, phen = [], Counter()
    exports = []
    for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        page, text, gold_arts, extras, dups, raw_extra, stats = compose_page(src)
        meta = page["meta"]
        name = f"{n:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        gold = {"source": name + ".txt", "issue_date": meta["date"],
                "issue_number": int(meta["issue"]) if meta.get("issue") else None,
                "page_count": int(meta["count"]) if meta.get("count") else None,
                "articles": [gold_arts[a] for a in page["order"]],
                "extras": extras, "duplicates": dups}
        files[f"pages/{name}.txt"] = text
        files[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        phen.update(stats)
        table.append((name, meta, len(page["order"]), nchars(text)))
        exports.append((name, gold, raw_extra))
    # README
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(phen):
        ph.append(f"| {k} | {phen[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for name, meta, na, nc in table:
        pg.append(f"| {name}.txt | {meta['date']} | {meta['page']} | {meta['layout']} | "
                  f"{meta.get('punct', 'full')} | {na} | {nc} | {meta.get('subjects', '')} |")
    files["README.md"] = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    if write:
        for d in ("pages", "gold"):
            (HERE / d).mkdir(exist_ok=True)
            for old in (HERE / d).glob("*"):
                if f"{d}/{old.name}" not in files:
                    old.unlink()
        for rel, content in files.items():
            p = HERE / rel
            if not p.exists() or p.read_text(encoding="utf-8") != content:
                p.write_text(content, encoding="utf-8")
    return files, exports, phen, table


if __name__ == "__main__":
    files, exports, phen, table = build()
    print(f"composed {len(table)} pages")
