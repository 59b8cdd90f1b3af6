#!/usr/bin/env python3
"""Compose the blind test set dev_zr: lay the hand-written stories of src/ out
into raw page files (column or paragraph layout, as the seeds are printed) and
write their gold annotations and the README.

Deterministic: every random choice comes from a Random seeded by page and
article. Standard library only.

src/NN.txt format
  #page key=value ...      date pageno layout(C|P) masthead pages lunar w hw ...
  #box NAME: line|line     a box printed on the page (countdown, code prompt)
  #order TOKEN ...         print order; TOKEN is an article id (its next piece),
                           h:ID (its headline stack), c:ID (its column label),
                           j:ID (its jump marker), x:NAME (a box), d:ID:N (the
                           last N body lines of ID printed again), m (masthead)
  == ID KIND               an article; then "field: value" lines, "lay:" hints,
  --                       then the body: one paragraph a line, "### " crosshead,
                           "¦" a cut (piece boundary, mid-paragraph or alone).
  In fields "|" is a printed line break.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("，。、；：？！”’）》…,;:?!)")
OPEN = set("“‘（《(")
WEEK = "一二三四五六日"
BASE_DATE, BASE_NO = datetime.date(2025, 3, 27), 27314   # 第27314号 (seed 001)
STATS: Counter = Counter()


def kv(s: str) -> dict:
    return dict(p.split("=", 1) for p in s.split())


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


# ---------------------------------------------------------------- parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "boxes": {}, "order": None, "arts": []}
    cur, body = None, False
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if line.startswith("#page "):
            page["meta"] = kv(line[6:])
        elif line.startswith("#box "):
            name, text = line[5:].split(":", 1)
            page["boxes"][name.strip()] = text.strip()
        elif line.startswith("#order "):
            page["order"] = line[7:].split()
        elif line.startswith("== "):
            aid, kind = line[3:].split()[:2]
            cur = {"id": aid, "kind": kind, "f": {k: "" for k in FIELDS}, "lay": {}, "body": []}
            page["arts"].append(cur)
            body = False
        elif cur is None or line.startswith("//"):
            continue
        elif not body:
            if line == "--":
                body = True
            elif line.startswith("lay:"):
                cur["lay"].update(kv(line[4:]))
            elif ":" in line:
                k, v = line.split(":", 1)
                assert k.strip() in FIELDS, (path, line)
                cur["f"][k.strip()] = v.strip()
        elif line.strip():
            cur["body"].append(line.strip())
    return page


# ---------------------------------------------------------------- text helpers
def conv(s: str, half: bool, layout: str) -> str:
    """Punctuation as the page prints it: the paragraph layout has half-width
    brackets, and on some pages half-width commas, semicolons and colons."""
    if layout == "P":
        s = s.replace("（", "(").replace("）", ")")
        if half:
            s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def width(ch: str) -> int:
    return 1 if ord(ch) < 0x2000 else 2


TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+/]*|.", re.S)


def tokens(s: str) -> list[str]:
    return TOKEN.findall(s)


def wrap(text: str, cols: int, rng: random.Random, first: int | None = None) -> list[str]:
    """Cut a paragraph into column lines of about `cols` CJK characters; the
    first line is `first` wide (the printed two-character indent)."""
    lines, cur, w = [], [], 0
    lim = (cols if first is None else first) * 2
    for t in tokens(text):
        if lines:
            lim = cols * 2
        tw = sum(width(c) for c in t)
        if cur and w + tw > lim and not (t[0] in CLOSE and len(t) == 1):
            if cur[-1] in OPEN:                  # an opening mark never ends a line
                nxt = [cur.pop()]
                lines.append("".join(cur))
                cur, w = nxt, width(nxt[0])
            else:
                lines.append("".join(cur))
                cur, w = [], 0
        cur.append(t)
        w += tw
    if cur:
        lines.append("".join(cur))
    return lines


def short_piece(lines: list[str], pos: int) -> bool:
    """True when one string ends inside a line after fewer than four characters
    at that line's start (a dateline's tail before the body, a caption's tail
    before its credit): such a piece can be found in no export field, so the
    composer sets the lines otherwise (the column still holds the same text)."""
    n = 0
    for i, ln in enumerate(lines):
        if i and n < pos < n + len(ln) and len(squash(ln[:pos - n])) < 4:
            return True
        n += len(ln)
    return False


def space_numbers(line: str, rng: random.Random, pb: float, pa: float) -> str:
    """Glyph gaps around figure runs, as in `增长 7%以上`, `今年 2 月`."""
    out, toks = [], tokens(line)
    for i, t in enumerate(toks):
        isnum = t[0].isascii() and t[0].isalnum()
        if isnum and i > 0 and out and out[-1] != " " and toks[i - 1] not in OPEN \
                and toks[i - 1] not in CLOSE and rng.random() < pb:
            out.append(" ")
        out.append(t)
        if isnum and i + 1 < len(toks) and toks[i + 1] not in CLOSE and toks[i + 1] != " " \
                and rng.random() < pa:
            out.append(" ")
    return "".join(out)


def spread(line: str, start: int = 0) -> str:
    """A justified line drawn with a gap after every glyph (`总 部 、区 域`)."""
    head, tail = line[:start], line[start:].replace(" ", "")
    toks = tokens(tail)
    out = []
    for i, t in enumerate(toks):
        out.append(t)
        if i + 1 < len(toks) and t[-1] not in CLOSE and toks[i + 1][0] not in OPEN:
            out.append(" ")
    return head + "".join(out)


def glyph_gaps(line: str, rng: random.Random, n: int) -> str:
    """A few stray gaps in a paragraph line: `隆 ， 20 多`, `3.2 万亩`, `5 %`."""
    for _ in range(n):
        kinds = []
        for m in re.finditer(r"[0-9][0-9.]*(?=[\u4e00-\u9fff])", line):
            kinds.append((m.end(), " "))
        for m in re.finditer(r"[0-9](?=%)", line):
            kinds.append((m.end(), " "))
        for m in re.finditer(r"(?<=[\u4e00-\u9fff])[，,](?=[0-9\u4e00-\u9fff])", line):
            kinds.append((m.start(), "C"))
        if not kinds:
            return line
        pos, what = rng.choice(kinds)
        if what == "C":
            line = line[:pos] + " " + line[pos] + " " + line[pos + 1:]
        else:
            line = line[:pos] + " " + line[pos:]
        STATS["glyph gaps in a paragraph line"] += 1
    return line


# ---------------------------------------------------------------- articles
class Art:
    def __init__(self, a: dict, page: dict, idx: int):
        self.a, self.id, self.kind, self.lay = a, a["id"], a["kind"], a["lay"]
        self.m = page["meta"]
        self.layout = self.m["layout"]
        self.half = self.m.get("punct") == "half"
        self.rng = random.Random(int(self.m["seed"]) * 100 + idx)
        self.f = {k: conv(v, self.half, self.layout) for k, v in a["f"].items()}
        self.body = [conv(b, self.half, self.layout) for b in a["body"]]
        self.head_done = False
        self.col_done = False
        self.jump_done = False
        self.printed: list[str] = []          # body lines printed so far
        self.dups: list[str] = []

    # ---- gold
    def gold(self) -> dict:
        g = {k: self.f[k].replace("|", "") for k in FIELDS}
        paras, subs = [], []
        for b in self.body:
            if b == "¦":
                continue
            b = b.replace("¦", "")
            if b.startswith("### "):
                subs.append(b[4:])
                paras.append(b[4:].replace(" ", ""))
            else:
                paras.append(b)
        return {"kind": self.kind, **g, "subheads": subs, "paragraphs": paras}

    # ---- headline pieces
    def head_parts(self) -> list[str]:
        return [self.f[k] for k in ("kicker", "title", "subtitle") if self.f[k]]

    def bold_title(self, groups: list[list[str]]) -> None:
        how = self.lay.get("bold")
        if not how:
            return
        t = self.f["title"].replace("|", "")
        for g in groups:
            for i, l in enumerate(g):
                if l == t:
                    if how == "inline":
                        g[i] = t + t
                    else:
                        g.insert(i + 1, t)
                    self.dups.append(t)
                    STATS["headline drawn twice (bold)"] += 1
                    return

    def head_groups(self) -> list[list[str]]:
        parts = self.head_parts()
        mode = self.lay.get("head", "lines" if self.layout == "P" else "stack")
        if self.layout == "C":
            hw = int(self.lay.get("hw", self.m.get("hw", 15)))
            lines = []
            for p in parts:
                for seg in p.split("|"):
                    if "hwrap" in self.lay and len(seg) > hw:
                        lines += [seg[i:i + hw] for i in range(0, len(seg), hw)]
                    else:
                        lines.append(seg)
            if self.f["byline"] and self.lay.get("bypos") == "head":
                lines.append(self.f["byline"].replace("|", ""))
            groups = [lines] if lines else []
        elif mode == "join":
            groups = [[" ".join(p.replace("|", "") for p in parts)]]
            STATS["headline parts joined on one line"] += 1
        elif mode == "join2":   # kicker and title on one line, subtitle apart
            k = [self.f[x].replace("|", "") for x in ("kicker", "title") if self.f[x]]
            groups = [[" ".join(k)]]
            if self.f["subtitle"]:
                groups.append(self.f["subtitle"].split("|"))
            STATS["headline parts joined on one line"] += 1
        elif mode == "stack":
            groups = [[seg for p in parts for seg in p.split("|")]]
        else:
            groups = [p.split("|") for p in parts]
        self.bold_title(groups)
        if len(parts) > 1 or any("|" in p for p in parts):
            STATS[f"headline stack of {sum(len(g) for g in groups)} lines"] += 1
        return groups

    def col_group(self) -> list[list[str]]:
        return [[self.f["column"]]] if self.f["column"] else []

    def jump_group(self) -> list[list[str]]:
        c = self.f["continued"]
        if not c or self.kind == "continuation":
            return []
        STATS["jump marker (下转)"] += 1
        mark = self.lay.get("mark", "▷")
        return [[f"{mark}({c})" if self.layout == "P" else f"{mark}（{c}）"]]

    # ---- body pieces
    def stream(self) -> list[tuple[str, str]]:
        """Body units in reading order: ('p', text) paragraphs, ('h', text)
        crossheads, ('cut', '') piece boundaries; dateline on the first."""
        out = []
        first = True
        for b in self.body:
            if b == "¦":
                out.append(("cut", ""))
                continue
            if b.startswith("### "):
                out.append(("h", b[4:]))
                continue
            if first and self.f["dateline"]:
                b = self.f["dateline"] + b
            first = False
            if "¦" in b:
                x, y = b.split("¦")
                out += [("p", x), ("cut", ""), ("p", y)]
                STATS["paragraph cut and resumed later (P)"] += 1
            else:
                out.append(("p", b))
        return out


def render_P(art: Art) -> list[list[list[str]]]:
    """Pieces of an article in the paragraph layout: each a list of groups."""
    pieces: list[list[list[str]]] = [[]]
    lay, rng = art.lay, art.rng
    pre: list[list[str]] = []
    if art.kind == "photo":
        return render_photo_P(art)
    if art.lay.get("colpos", "before") == "before":
        pre += art.col_group()
        art.col_done = bool(art.f["column"])
    if art.lay.get("headat", "start") == "start":
        pre += art.head_groups()
        art.head_done = True
    if art.f["byline"]:
        pre.append(art.f["byline"].split("|"))
        if "|" in art.f["byline"]:
            STATS["byline broken across lines"] += 1
    if art.kind == "continuation" and art.f["continued"]:
        mark = f"▲ ▲({art.f['continued']})"
        STATS["continuation marker (上接/紧接)"] += 1
        if lay.get("mark") != "inline":
            pre.append([mark])
    pieces[0] += pre
    gaps = int(lay.get("gaps", 0))
    gap_at = set(rng.sample(range(len(art.body)), min(gaps, len(art.body)))) if gaps else set()
    n = 0
    for kind, text in art.stream():
        if kind == "cut":
            pieces.append([])
            continue
        if kind == "h":
            pieces[-1].append([text])
            STATS["crosshead"] += 1
            continue
        if n == 0 and art.kind == "continuation" and lay.get("mark") == "inline":
            text = f"▲ ▲({art.f['continued']})" + text
        if art.m.get("numsp"):
            text = space_numbers(text, rng, 1.0, 1.0)
        if art.m.get("quotesp"):
            text = text.replace("“", "“ ")
        if n in gap_at:
            text = glyph_gaps(text, rng, 1)
        if "|" in text:             # a break inside the dateline's date
            a, b = text.split("|", 1)
            pieces[-1].append([a])
            pieces[-1].append([b])
            STATS["line break inside a dateline"] += 1
        else:
            pieces[-1].append([text])
        n += 1
    return pieces


def render_photo_P(art: Art) -> list[list[list[str]]]:
    groups: list[list[str]] = []
    lay = art.lay
    if art.f["title"]:
        groups.append([art.f["title"]])
    caps = list(art.body)
    credit = art.f["byline"]
    how = lay.get("credit", "inline")
    if lay.get("spread"):
        caps = [spread(c) for c in caps]
        STATS["caption line drawn with glyph gaps"] += 1
    if credit and how == "inline":
        caps[-1] = caps[-1] + lay.get("sep", " ").replace("_", " ") + credit
        STATS["photo credit on the caption line"] += 1
    groups += [[c] for c in caps]
    if credit and how == "own":
        groups.append([credit])
        STATS["photo credit on its own line"] += 1
    elif credit and how == "right":
        groups.append([" " * int(lay.get("indent", 24)) + credit])
        STATS["photo credit right-aligned on its own line"] += 1
    if credit and how == "top":
        groups.insert(0, [credit])
        STATS["photo credit at the top"] += 1
    art.head_done = True
    return [groups]


def render_C(art: Art) -> dict:
    """The column layout: body lines (one printed column line each), the
    headline stack as a separate group to be placed after or elsewhere."""
    lay, rng, m = art.lay, art.rng, art.m
    cols = int(lay.get("w", m.get("w", 18)))
    pb, pa = float(lay.get("pb", 0.85)), float(lay.get("pa", 0.55))
    sp = float(lay.get("spread", m.get("spread", 0.07)))
    body: list[str] = []
    if art.kind == "photo":
        if art.f["title"]:
            body.append(art.f["title"])
        text = "".join(art.body)
        cw = int(lay.get("cw", 44))
        credit = art.f["byline"]
        for c in (cw, cw - 1, cw + 1, cw - 2, cw + 2, cw - 3):
            lines = wrap(text, c, rng)
            if not credit or lay.get("credit") in ("own", "right") or len(lines) == 1 \
                    or len(squash(lines[-1])) >= 4:
                break
        if credit:
            if lay.get("credit") == "own":
                lines.append(credit)
                STATS["photo credit on its own line"] += 1
            elif lay.get("credit") == "right":
                lines.append(" " * int(lay.get("indent", 30)) + credit)
                STATS["photo credit right-aligned on its own line"] += 1
            else:
                lines[-1] += " " + credit
                STATS["photo credit on the caption line"] += 1
        art.head_done = True
        return {"pre": [], "body": body + lines, "post": []}
    if art.f["byline"] and lay.get("bypos", "body") == "body":
        body += art.f["byline"].split("|")
        if "|" in art.f["byline"]:
            STATS["byline broken across lines"] += 1
    first = True
    if art.kind == "continuation" and art.f["continued"]:
        mark = lay.get("markc", "▲ ▲") + f"（{art.f['continued']}）"
        STATS["continuation marker (上接/紧接)"] += 1
    else:
        mark = ""
    if mark and lay.get("mark") != "inline":
        body.append(mark)
        mark = ""
    for kind, text in art.stream():
        if kind == "cut":
            continue
        if kind == "h":
            body.append(text)
            STATS["crosshead"] += 1
            continue
        mark0 = mark
        if mark:
            text, mark = mark + text, ""
        forced = text.split("|")
        ind = int(lay.get("indent", m.get("indent", 2)))
        for r in (ind, ind - 1, ind + 1, ind + 2, ind - 2, ind + 3):
            lines = []
            for j, seg in enumerate(forced):
                lines += wrap(seg, cols, rng, cols - r if j == 0 else cols)
            if not (first and art.f["dateline"]) or not short_piece(
                    lines, len(art.f["dateline"].replace("|", "")) + len(mark0)):
                break
        if len(forced) > 1:
            STATS["line break inside a dateline"] += 1
        out = []
        for i, ln in enumerate(lines):
            ln = space_numbers(ln, rng, pb, pa)
            last = i == len(lines) - 1
            if not last and rng.random() < sp:
                start = 0 if rng.random() < 0.6 else rng.randrange(2, max(3, len(ln) // 2))
                ln = spread(ln, start)
                STATS["justified line spread with spaces (C)"] += 1
            out.append(ln.strip())
        if first and art.f["dateline"] and rng.random() < float(lay.get("lead", 0.5)):
            out[0] = " " + out[0]
        first = False
        body += out
    if art.f["continued"] and art.kind != "continuation":
        body[-1] = body[-1] + lay.get("mark", "") + f"（{art.f['continued']}）"
        STATS["jump marker (下转)"] += 1
        art.jump_done = True
    if "dupl" in lay:
        i = int(lay["dupl"])
        body.insert(i + 1, body[i])
        art.dups.append(body[i].replace(" ", ""))
        STATS["column line printed twice"] += 1
    pre, post = [], []
    if art.f["column"]:
        cp = lay.get("colpos", "after")
        if cp == "before":
            pre.append([art.f["column"]])
        elif cp == "after":
            post.append([art.f["column"]])
        art.col_done = cp != "token"
    return {"pre": pre, "body": body, "post": post}


# ---------------------------------------------------------------- pages
def masthead(m: dict) -> tuple[list[list[str]], str, int, int]:
    d = datetime.date.fromisoformat(m["date"])
    no = BASE_NO + (d - BASE_DATE).days
    pages = int(m["pages"])
    wd = "星期" + WEEK[d.weekday()]
    pieces = [f"{d.year}年{d.month}月", f"{d.day}", wd, m["lunar"], f"第{no}号", f"今日{pages}版"]
    if m.get("mhmerge"):
        groups = [[pieces[0]], [pieces[1] + " " + pieces[2]], [pieces[3]], [pieces[4]], [pieces[5]]]
        STATS["masthead pieces merged (`26 星期五`)"] += 1
    else:
        groups = [[pieces[0]], [pieces[1]], [pieces[2]], [pieces[3], pieces[4]], [pieces[5]]]
    STATS["masthead (front page)"] += 1
    return groups, "".join(pieces), no, pages


def compose(page: dict) -> tuple[str, dict]:
    m = page["meta"]
    layout = m["layout"]
    arts = [Art(a, page, i) for i, a in enumerate(page["arts"])]
    byid = {a.id: a for a in arts}
    extras, dups = [], []
    order = page["order"] or (["m"] if m.get("masthead") else []) + [a.id for a in arts]
    groups: list[list[str]] = []
    pieces = {}
    for tok in order:
        if tok.startswith("h:"):
            byid[tok[2:]].lay["headat"] = "token"
        if tok.startswith("j:"):
            byid[tok[2:]].jump_done = True
    for a in arts:
        pieces[a.id] = render_P(a) if layout == "P" else render_C(a)
    nxt = Counter()
    issue_no = page_count = None
    for tok in order:
        if tok == "m":
            g, text, issue_no, page_count = masthead(m)
            groups += g
            if layout == "P":
                groups.append([""])
            extras.append(text)
        elif tok.startswith("x:"):
            box = page["boxes"][tok[2:]]
            groups.append(box.split("|") if not box.startswith("~") else [box[1:].replace("|", "")])
            extras.append(box.lstrip("~").replace("|", ""))
            STATS["box line (countdown, code prompt, label)"] += 1
        elif tok.startswith("h:"):
            a = byid[tok[2:]]
            assert not a.head_done, tok
            groups += a.head_groups()
            a.head_done = True
            if layout == "C" and a.f["byline"] and a.lay.get("bypos") == "head":
                STATS["commentary byline with its bunched headline"] += 1
            STATS["headline printed away from its body (bunched)"] += 1
        elif tok.startswith("c:"):
            a = byid[tok[2:]]
            groups.append([a.f["column"]])
            a.col_done = True
            STATS["column label on its own line"] += 1
        elif tok.startswith("j:"):
            groups += byid[tok[2:]].jump_group()
        elif tok.startswith("d:"):
            _, aid, n = tok.split(":")
            a = byid[aid]
            again = a.printed[-int(n):]
            groups += [[l] for l in again]
            a.dups += again
            STATS["paragraph lines printed twice (P)"] += len(again)
        else:
            a = byid[tok]
            if layout == "P":
                k = nxt[a.id]
                nxt[a.id] += 1
                pc = pieces[a.id][k]
                groups += pc
                a.printed += [g[0] for g in pc]
                if k == len(pieces[a.id]) - 1:
                    if a.f["column"] and not a.col_done and a.lay.get("colpos") == "after":
                        groups.append([a.f["column"]])
                        a.col_done = True
                        STATS["column label on its own line"] += 1
                    if not a.jump_done:
                        groups += a.jump_group()
                        a.jump_done = True
                    if not a.head_done and a.lay.get("headat") != "token":
                        groups += a.head_groups()
                        a.head_done = True
                        STATS["headline printed after its body"] += 1
            else:
                r = pieces[a.id]
                groups += r["pre"]
                groups += [[l] for l in r["body"]]
                groups += r["post"]
                if r["pre"] or r["post"]:
                    STATS["column label on its own line"] += 1
                if not a.head_done and a.head_parts() and a.lay.get("headat") != "token":
                    groups += a.head_groups()
                    a.head_done = True
                    STATS["headline printed after its body"] += 1
                nxt[a.id] += 1
    for a in arts:
        assert a.head_done or not a.head_parts(), (m, a.id)
        if layout == "P":
            assert nxt[a.id] == len(pieces[a.id]), (m["date"], a.id, nxt[a.id], len(pieces[a.id]))
        else:
            assert nxt[a.id] == 1, (a.id,)
        dups += a.dups
    if layout == "P":
        text = "\n\n" + "\n\n".join("\n".join(g) for g in groups)
    else:
        text = "\n\n".join("\n".join(g) for g in groups) + "\n"
    text = re.sub(r"\n{5,}", "\n\n\n\n", text)
    d = datetime.date.fromisoformat(m["date"])
    gold = {
        "source": "", "issue_date": d.isoformat(),
        "issue_number": issue_no, "page_count": page_count,
        "articles": [a.gold() for a in arts],
        "extras": extras, "duplicates": dups,
    }
    return text, gold


def selfcheck(text: str, gold: dict) -> None:
    """Every printed character belongs to the gold, and all of the gold is printed."""
    pg = Counter(squash(text))
    gd = Counter()
    for a in gold["articles"]:
        gd.update(squash("".join(a[k] for k in FIELDS) + "".join(a["paragraphs"])))
    for s in gold["extras"] + gold["duplicates"]:
        gd.update(squash(s))
    extra = pg - gd
    missing = gd - pg
    allowed = set("▲▷▶()（）")
    assert set(extra) <= allowed, (gold["issue_date"], extra)
    assert not missing, (gold["issue_date"], missing)


def count_chars(text: str) -> int:
    return len(re.sub(r"\s+", "", text))


def main() -> None:
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    kinds = Counter()
    for i, src in enumerate(sorted(SRC.glob("*.txt"))):
        page = parse(src)
        text, gold = compose(page)
        selfcheck(text, gold)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        gold["source"] = name + ".txt"
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        m = page["meta"]
        kinds.update(a["kind"] for a in gold["articles"])
        rows.append((name, gold["issue_date"], m["pageno"], m["layout"], len(gold["articles"]),
                     count_chars(text), m.get("topic", "").replace("_", " ")))
    write_readme(rows, kinds)
    print(f"{len(rows)} pages written")


def write_readme(rows, kinds) -> None:
    lay = {"C": "column", "P": "paragraph"}
    tmpl = (HERE / "src" / "README.in").read_text(encoding="utf-8")
    ph = "\n".join(f"| {k} | {v} |" for k, v in sorted(STATS.items()))
    pg = "\n".join(f"| {n}.txt | {d} | {p} | {lay[l]} | {a} | {c:,} | {t} |" for n, d, p, l, a, c, t in rows)
    total = sum(r[5] for r in rows)
    kd = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1]))
    out = (tmpl.replace("{PHENOMENA}", ph).replace("{PAGES}", pg)
           .replace("{KINDS}", kd).replace("{NPAGES}", str(len(rows)))
           .replace("{NARTS}", str(sum(kinds.values()))).replace("{TOTAL}", f"{total:,}"))
    (HERE / "README.md").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
