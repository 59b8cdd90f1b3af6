#!/usr/bin/env python3
"""Lay out the hand-written page sources (src/pNN.txt) as raw extracted page text.

    python3 compose.py [OUTDIR]

Writes OUTDIR/pages/*.txt, OUTDIR/gold/*.json and OUTDIR/README.md (OUTDIR defaults
to the folder of this script).  Standard library only; every small choice comes from
random.Random seeded by the source file name, so the output is the same byte for byte.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEK = "一二三四五六日"

# ---------------------------------------------------------------- source parsing

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
          "continued")


def parse_source(path: Path) -> dict:
    page, arts, layout = {}, {}, []
    cur, section, in_text = None, None, False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):             # comment line
            continue
        m = re.match(r"^\[(page|art (\w+)|layout)\]$", line)
        if m:
            in_text = False
            if m.group(1) == "page":
                section = "page"
            elif m.group(1) == "layout":
                section = "layout"
            else:
                section = "art"
                cur = {"id": m.group(2), "paras": [], "width": 17, "nums": "both"}
                for f in FIELDS:
                    cur[f] = ""
                arts[cur["id"]] = cur
            continue
        if section == "layout":
            if line.strip():
                layout.append(line.strip())
            continue
        if section == "art" and in_text:
            if line.strip():
                cur["paras"].append(line.strip())
            continue
        if not line.strip():
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if section == "page":
            page[key] = val
        elif section == "art":
            if key == "text":
                in_text = True
            elif key == "width":
                cur["width"] = float(val)
            else:
                cur[key] = val
    return {"page": page, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- punctuation

HALF = {"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"}


def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    if mode == "mixed":          # full-width commas, half-width brackets
        return s.replace("（", "(").replace("）", ")")
    if mode == "half":
        return "".join(HALF.get(c, c) for c in s)
    raise ValueError(mode)


def clean(s: str) -> str:
    """Gold form of a source string: layout marks removed."""
    s = re.sub(r"‖(\{\w+\})?", "", s)
    return s.replace("/", "")


# ---------------------------------------------------------------- column typesetting

OPEN = set("“‘（《(")
CLOSE = set("，。、；：！？”’）》),;:!?…")
PUNCT = OPEN | CLOSE | set("—·")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%+×@]+")


def tokens(s: str):
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m and re.search(r"[0-9A-Za-z]", m.group()):
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def width(tok: str) -> float:
    if tok == " ":
        return 0.0
    if tok.isascii():
        return 0.5 * len(tok)
    return float(len(tok))


def is_num(tok: str) -> bool:
    return len(tok) > 0 and tok.isascii() and tok != " " and bool(re.search(r"[0-9A-Za-z]", tok))


class Col:
    """Typesets one column paragraph into lines (list of token lists)."""

    def __init__(self, rng, stats):
        self.rng, self.stats = rng, stats

    def wrap(self, text: str, W: float, indent: float = 2.0, protect: int = 0):
        """Greedy wrap; `protect` = length of a leading dateline whose tail must not
        start a line with fewer than 4 of its characters."""
        forced = [m.start() for m in re.finditer("/", text)]
        toks, pos, p = [], [], 0
        for t in tokens(text.replace("/", "\x00")):
            toks.append(t)
            pos.append(p)
            p += len(t)
        lines, cur, w, avail = [], [], 0.0, W - indent
        i = 0
        while i < len(toks):
            t = toks[i]
            if t == "\x00":
                while cur and cur[-1] == " ":
                    cur.pop()
                cur.append("\x00")
                lines.append(cur)
                cur, w, avail = [], 0.0, W
                i += 1
                continue
            tw = width(t)
            if w + tw <= avail + 1e-9 or not cur:
                cur.append(t)
                w += tw
                i += 1
                continue
            if t in CLOSE and w + tw <= avail + 1.0:      # hanging punctuation
                cur.append(t)
                w += tw
                i += 1
                continue
            # break before t; keep an opening mark with what follows
            if cur and cur[-1] in OPEN:
                i -= 1
                cur.pop()
            # inside a dateline the line breaks at a space when it can
            if protect and pos[i] < protect and toks[i] != " " and " " in cur:
                k = len(cur) - 1 - cur[::-1].index(" ")
                i -= len(cur) - 1 - k
                cur = cur[:k + 1]
            # dateline tail: never leave 1-3 of its characters at a line start
            if protect:
                rest = lambda k: len(re.sub(r"[\s\x00]", "", text[pos[k]:protect]))
                if pos[i] < protect:
                    while cur and rest(i) < 4:
                        cur.pop()
                        i -= 1
            while cur and cur[-1] == " ":
                cur.pop()
            lines.append(cur)
            cur, w, avail = [], 0.0, W
            while i < len(toks) and toks[i] == " ":
                i += 1
        if cur:
            lines.append(cur)
        return lines

    def render(self, toks, W, last, nums, first=False, indent=2.0, nospread=False):
        """Render one typeset line as text, with the extraction's spaces."""
        rng = self.rng
        if toks and toks[-1] == "\x00":
            toks, last = toks[:-1], True
        w = sum(width(t) for t in toks)
        avail = W - (indent if first else 0)
        puncts = sum(1 for t in toks if t in "，、。；：")
        spread = False
        if not last and toks and not nospread:
            deficit = avail - w
            if deficit >= 0.99 or (deficit >= 0.49 and rng.random() < 0.3) or \
                    (puncts >= 3 and rng.random() < 0.2):
                spread = True
        if spread:
            self.stats["justified line spread with spaces"] += 1
            out = toks[0]
            for a, b in zip(toks, toks[1:]):
                if a == " " or b == " ":
                    sep = ""
                elif a in "“‘":
                    sep = " "
                elif b in "”’":
                    sep = " "
                elif a in CLOSE or b in OPEN or a in OPEN or b in "）》)":
                    sep = ""
                else:
                    sep = " "
                out += sep + b
            return out
        out = ""
        prev = None
        for t in toks:
            if is_num(t) and t[0].isdigit():
                if nums != "none" and prev is not None and prev not in PUNCT and prev != " ":
                    out += " "
                    self.stats["space around a number run"] += 1
                if t.endswith("%") and len(t) > 1 and rng.random() < 0.08:
                    t = t[:-1] + " %"
                    self.stats["glyph-gap space before %"] += 1
                out += t
            else:
                if prev is not None and is_num(prev) and prev[0].isdigit() and nums == "both" \
                        and t not in PUNCT and t != " ":
                    out += " "
                    self.stats["space around a number run"] += 1
                if t in "、，" and prev is not None and prev not in PUNCT and rng.random() < 0.04:
                    out += " "
                    self.stats["glyph-gap space before full-width punctuation"] += 1
                out += t
                if t in "“" and rng.random() < 0.15:
                    out += " "
                    self.stats["space after an opening quote"] += 1
            prev = t
        return out


# ---------------------------------------------------------------- page composition

def split_pieces(para: str):
    return re.split(r"‖(?:\{\w+\})?", para)


def para_ref(arts, ref: str):
    """'3' -> whole paragraph 3; '3b' -> piece b of paragraph 3."""
    m = re.fullmatch(r"(\d+)([a-z]?)", ref)
    n, piece = int(m.group(1)), m.group(2)
    return n, piece


def expand_range(spec: str):
    """'1-3' / '2' / '3b' / '3b-5' / '2-4a' -> list of (n, piece)."""
    if "-" in spec:
        a, b = spec.split("-")
    else:
        a = b = spec
    ma = re.fullmatch(r"(\d+)([a-z]?)", a)
    mb = re.fullmatch(r"(\d+)([a-z]?)", b)
    na, pa = int(ma.group(1)), ma.group(2)
    nb, pb = int(mb.group(1)), mb.group(2)
    out = []
    for n in range(na, nb + 1):
        lo = pa if n == na and pa else ""
        hi = pb if n == nb and pb else ""
        if lo and hi:
            out.append((n, f"{lo}:{hi}"))
        elif lo:
            out.append((n, lo + "+"))
        elif hi:
            out.append((n, "a:" + hi))
        else:
            out.append((n, ""))
    return out


def piece_text(para: str, piece: str) -> str:
    parts = split_pieces(para)
    if not piece:
        return "".join(parts)
    idx = lambda c: ord(c) - ord("a")
    if piece.endswith("+"):
        return "".join(parts[idx(piece[0]):])
    a, b = piece.split(":")
    return "".join(parts[idx(a):idx(b) + 1])


def compose_page(src: Path, stats: Counter):
    data = parse_source(src)
    pg, arts, layout = data["page"], data["arts"], data["layout"]
    rng = random.Random(src.name)
    mode = pg["punct"]
    col_layout = pg["layout"] == "column"
    P = lambda s: punct(s, mode)
    lines: list[str] = []          # printed lines (column: blank line after each)
    extras, dups = [], []
    typeset = Col(rng, stats)
    printed_cols: list[str] = []

    def emit(text, glued=False):
        lines.append(("\x01" if glued else "") + text)

    def head_lines(a, how):
        parts = []
        for f in ("kicker", "title", "subtitle"):
            if a[f]:
                parts.append((f, a[f]))
        return parts

    prev_op, bunched, prev_op_next = None, False, None
    for item in layout:
        if prev_op_next is not None:
            prev_op = prev_op_next
        op, *args = item.split(" ", 1)
        arg = args[0] if args else ""
        prev_op_next = (op, arg.split()[0] if arg else "")
        if op == "extra":                       # masthead / furniture group
            pieces = arg.split("|")
            glue = [p.startswith("+") for p in pieces]
            pieces = [p.lstrip("+") for p in pieces]
            for p, g in zip(pieces, glue):
                emit(P(p), glued=g)
            extras.append(P("".join(pieces)))
            stats["masthead / furniture line"] += len(pieces)
        elif op == "box":                       # short box line, in no article
            emit(P(arg))
            extras.append(P(arg.strip()))
            stats["short box line (countdown, code prompt, frame)"] += 1
        elif op == "head":
            aid, *how = arg.split()
            if col_layout:
                if prev_op and prev_op[0] == "body" and prev_op[1] == aid:
                    stats["headline printed after its body (column page)"] += 1
                if prev_op and prev_op[0] == "head" and not bunched:
                    stats["headlines bunched with another story's headline"] += 1
                    bunched = True
                elif not (prev_op and prev_op[0] == "head"):
                    bunched = False
            a = arts[aid]
            how = how[0] if how else "stack"
            parts = head_lines(a, how)
            if how == "oneline":
                emit(P(" ".join(clean(v) for _, v in parts)))
                stats["headline stack printed on one line"] += 1
            elif how == "kt":                  # kicker+title on a line, subtitle apart
                kt = [clean(v) for f, v in parts if f != "subtitle"]
                emit(P(" ".join(kt)))
                if a["subtitle"]:
                    emit(P(clean(a["subtitle"])))
                stats["headline stack printed on one line"] += 1
            elif how == "ts":                  # kicker apart, title+subtitle on a line
                if a["kicker"]:
                    emit(P(clean(a["kicker"])))
                emit(P(" ".join(clean(v) for f, v in parts if f != "kicker")))
                stats["headline stack printed on one line"] += 1
            else:
                for f, v in parts:
                    segs = v.split("/")
                    if len(segs) > 1:
                        stats["headline broken over lines (last word alone)"] += 1
                    for k, s in enumerate(segs):
                        lead = " " if (col_layout and k == 0 and rng.random() < 0.12) else ""
                        if how == "doubled" and f == "title":
                            emit(P(lead + s + " " + s))
                        else:
                            emit(P(lead + s), glued=(k > 0 and not col_layout))
                    if how == "twice" and f == "title":
                        for s in segs:
                            emit(P(s))
                if how == "doubled":
                    dups.append(P(clean(a["title"])))
                    stats["headline drawn twice on one line"] += 1
                if how == "twice":
                    dups.append(P(clean(a["title"])))
                    stats["headline printed as two identical lines"] += 1
        elif op == "col":
            a = arts[arg.split()[0]]
            emit(P(a["column"]))
            stats["column label on its own line"] += 1
        elif op == "byline":
            a = arts[arg.split()[0]]
            for k, s in enumerate(a["byline"].split("/")):
                emit(P(s.strip()))
            if "/" in a["byline"]:
                stats["byline broken between names / before 通讯员"] += 1
        elif op == "marker":
            aid, text = arg.split(" ", 1)
            emit(P(text))
            stats["jump marker line"] += 1
        elif op == "photo":
            aid, *how = arg.split()
            a = arts[aid]
            how = how[0] if how else "inline"
            cap = P(clean(a["paras"][0]))
            cred = P(a["byline"].replace("/", ""))
            if not cred:
                emit(cap)
                stats["photo caption without credit"] += 1
            elif how == "inline":
                emit(cap + " " + cred)
                stats["photo credit at the end of its caption"] += 1
            elif how == "right":
                emit(cap)
                emit(" " * rng.randint(28, 44) + cred)
                stats["photo credit right-aligned on its own line"] += 1
            elif how == "below":
                emit(cap)
                emit(cred)
                stats["photo credit on its own line"] += 1
            elif how.startswith("wrap"):
                W = float(how[4:])
                tl = typeset.wrap(cap, W, indent=0)
                for k, t in enumerate(tl):
                    s = "".join(t)
                    if k == len(tl) - 1:
                        s += " " + cred
                    emit(s)
                stats["photo credit at the end of its caption"] += 1
        elif op == "body":
            aid, spec = arg.split()
            a = arts[aid]
            refs = expand_range(spec)
            for n, piece in refs:
                para = P(a["paras"][n - 1])
                text = piece_text(para, piece)
                is_sub = text.startswith("## ")
                if is_sub:
                    text = text[3:]
                first_piece = (not piece) or piece.startswith("a")
                with_dl = (n == 1 and first_piece and a["dateline"])
                last_piece = (not piece) or piece.endswith("+") or \
                    (":" in piece and ord(piece[-1]) - 97 == len(split_pieces(para)) - 1)
                if col_layout:
                    if is_sub:
                        emit(text)
                        continue
                    dl = P(a["dateline"]) if with_dl else ""
                    if "/" in dl:
                        head_w = sum(width(t) for t in tokens(dl.split("/")[0]))
                        if 0 < head_w - (a["width"] - 2.0) < 5:   # would leave a scrap before the break
                            dl = dl.replace("/", "")
                    body = dl + text
                    lead = 2.0 if first_piece else 0.0
                    tl = typeset.wrap(body, a["width"], indent=lead,
                                      protect=len(dl))
                    done = 0
                    dlen = len(dl.replace("/", ""))
                    for k, t in enumerate(tl):
                        last = (k == len(tl) - 1) and last_piece
                        s = typeset.render(t, a["width"], last, a["nums"],
                                           first=(k == 0 and first_piece), indent=lead,
                                           nospread=done < dlen)
                        done += sum(len(x) for x in t if x != "\x00")
                        if with_dl and k < len(tl) - 1 and sum(
                                len(x.replace(" ", "")) for tt in tl[:k + 1] for x in tt
                                if x != "\x00") < len(dl.replace("/", "").replace(" ", "")):
                            flat = dl.replace("/", "")
                            nsp = sum(len(x.replace(" ", "")) for tt in tl[:k + 1]
                                      for x in tt if x != "\x00")
                            idx = [m for m, ch in enumerate(flat) if ch != " "]
                            b = idx[nsp] if nsp < len(idx) else len(flat)
                            at_space = flat[b - 1:b] == " "
                            left, right = flat[:b].rstrip(), flat[b:].lstrip()
                            if right.startswith("通讯员"):
                                stats["dateline broken before 通讯员"] += 1
                            elif re.search(r"[0-9月]$", left) or re.match(r"[0-9月日]", right):
                                stats["dateline broken inside its date"] += 1
                            elif re.search(r"记者$", left):
                                stats["dateline broken after 记者"] += 1
                            elif at_space:
                                stats["dateline broken between names"] += 1
                            else:
                                stats["dateline broken inside a word"] += 1
                        if k == 0 and with_dl and rng.random() < 0.35:
                            s = " " + s
                        if k == 0 and with_dl:
                            s = re.sub(r"日报(?! )", "日报 ", s, count=1) if rng.random() < 0.3 else s
                        emit(s)
                        printed_cols.append((aid, s))
                else:
                    dl = P(a["dateline"]).replace("/", "") if with_dl else ""
                    emit(dl + text)
                    if piece:
                        stats["paragraph piece (story cut mid-paragraph)"] += 1
                if piece and not last_piece:
                    hi = ord(piece[-1]) - 97
                    tags = re.findall(r"‖(?:\{(\w+)\})?", a["paras"][n - 1])
                    tag = tags[hi] if hi < len(tags) else ""
                    stats[CUTS.get(tag or "s", "cut " + tag)] += 1
        elif op == "dup":                       # a paragraph (piece) printed again
            aid, spec = arg.split()
            a = arts[aid]
            n, piece = expand_range(spec)[0]
            text = piece_text(P(a["paras"][n - 1]), piece)
            emit(text)
            dups.append(text)
            stats["line printed twice"] += 1
        elif op == "dupline":                   # the last column line printed again
            aid, s = printed_cols[-1]
            emit(s)
            dups.append(re.sub(r"\s+", "", s))
            stats["line printed twice"] += 1
        elif op == "blank":
            emit("")
        else:
            raise ValueError(f"{src.name}: bad layout item {item!r}")

    # ---- page text
    out = []
    if not col_layout:
        out.append("\n")
    for s in lines:
        if s.startswith("\x01"):          # glued to the line above (no blank line)
            out[-1] = out[-1].rstrip("\n") + "\n"
            s = s[1:]
        out.append(s + "\n\n")
    text = "".join(out).rstrip("\n") + "\n\n\n"

    # ---- gold
    garts = []
    for a in arts.values():
        paras = [P(clean(p)) for p in a["paras"]]
        subheads = []
        for k, p in enumerate(paras):
            if p.startswith("## "):
                paras[k] = p[3:].replace(" ", "")
                subheads.append(p[3:])
        if a["kind"] == "photo":
            paras = paras[:1]
        g = {"kind": a["kind"], "column": P(a["column"]), "kicker": P(clean(a["kicker"])),
             "title": P(clean(a["title"])), "subtitle": P(clean(a["subtitle"])),
             "byline": P(a["byline"].replace("/", "")),
             "dateline": P(a["dateline"].replace("/", "")),
             "continued": P(a["continued"]), "subheads": subheads, "paragraphs": paras}
        garts.append(g)
    gold = {"source": None, "issue_date": pg["date"],
            "issue_number": int(pg["issue"]) if pg.get("issue") else None,
            "page_count": int(pg["pagecount"]) if pg.get("pagecount") else None,
            "articles": garts, "extras": extras, "duplicates": dups}
    return pg, text, gold


CUTS = {"vf": "cut between a verb and its figure", "fu": "cut between a figure and its unit",
        "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
        "c": "paragraph split by a column break, nothing between",
        "s": "cut at a clause boundary"}


def nchars(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def main(outdir: Path):
    stats = Counter()
    rows = []
    (outdir / "pages").mkdir(parents=True, exist_ok=True)
    (outdir / "gold").mkdir(parents=True, exist_ok=True)
    for old in list((outdir / "pages").glob("*.txt")) + list((outdir / "gold").glob("*.json")):
        old.unlink()
    for src in sorted((HERE / "src").glob("p*.txt")):
        pg, text, gold = compose_page(src, stats)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{pg['no']}_{h}"
        gold["source"] = name + ".txt"
        (outdir / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        (outdir / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        d = datetime.date.fromisoformat(pg["date"])
        rows.append((name + ".txt", f"{pg['date']} (周{WEEK[d.weekday()]})", pg["page"],
                     pg["layout"], pg["punct"], len(gold["articles"]), nchars(text),
                     pg.get("subjects", "")))
    ptab = ["| phenomenon | count |", "|---|---:|"]
    for k, v in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
        ptab.append(f"| {k} | {v} |")
    gtab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        gtab.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ptab)).replace("{{PAGES}}", "\n".join(gtab))
    (outdir / "README.md").write_text(readme, encoding="utf-8")
    return stats, rows


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
