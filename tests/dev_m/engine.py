"""Layout engine of the dev_m composer: lays hand-written stories out as the
Hunan Daily e-paper text extraction prints them, in the two layouts of the seeds.

Column layout (seeds 000, 004): one printed column line per text line, a blank line
after every line, the page opening with a space and closing with two blank lines.
Paragraph layout (seeds 001-003): one paragraph per line, blank lines between, the
page opening with two blank lines and no final newline.

Standard library only. Every random choice comes from a random.Random seeded with
the page's fixed key, so the output is deterministic.
"""
from __future__ import annotations

import random
import re
from collections import Counter

# ---------------------------------------------------------------- stories

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline")


def parse_stories(text: str) -> dict:
    stories = {}
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n---\n")
        lines = head.split("\n")
        sid = lines[0].strip()
        st = {f: "" for f in FIELDS}
        st["id"] = sid
        for ln in lines[1:]:
            if not ln.strip() or ln.startswith("#"):
                continue
            k, _, v = ln.partition(":")
            k = k.strip()
            if k not in FIELDS:
                raise ValueError(f"{sid}: unknown field {k}")
            st[k] = v.strip()
        paras = []
        for ln in body.split("\n"):
            ln = ln.strip()
            if not ln:
                continue
            if ln.startswith("## "):
                paras.append(("sub", ln[3:].strip()))
            else:
                paras.append(("p", ln))
        st["paras"] = paras
        if sid in stories:
            raise ValueError(f"duplicate story {sid}")
        stories[sid] = st
    return stories


def split_jump(st: dict):
    """Front part and continuation part of a story holding a ‖ jump mark."""
    front, cont, seen = [], [], False
    for kind, t in st["paras"]:
        if seen:
            cont.append((kind, t))
        elif "‖" in t:
            a, _, b = t.partition("‖")
            seen = True
            if a.strip():
                front.append((kind, a.strip()))
            if b.strip():
                cont.append((kind, b.strip()))
        else:
            front.append((kind, t))
    if not seen:
        raise ValueError(f"{st['id']}: no jump mark")
    return front, cont


# ---------------------------------------------------------------- punctuation

HALF = {"，": ",", "；": ";", "（": "(", "）": ")"}


def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    table = {"（": "(", "）": ")"} if mode == "paren" else HALF
    return "".join(table.get(c, c) for c in s)


CLOSE = set("，。、；：？！）》”’」,;:?!)")
OPEN = set("（《“‘「(")
PUNCT = CLOSE | OPEN | set("—…·")
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/]*")


def tokens(s: str) -> list[str]:
    out, i = [], 0
    while i < len(s):
        m = ASCII_RUN.match(s, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def is_cjk(tok: str) -> bool:
    return len(tok) == 1 and "\u3400" <= tok <= "\u9fff"


def is_num(tok: str) -> bool:
    return tok[:1].isdigit()


def width(tok: str) -> int:
    if tok == " ":
        return 0
    if tok[:1].isascii():
        return len(tok)
    return 2


# ---------------------------------------------------------------- wrapping

def wrap_tokens(toks: list[str], cap: int, first_cap: int, rng: random.Random) -> list[str]:
    """Break a token list into printed column lines; cap in half-em units (CJK = 2).
    Closing punctuation hangs at a line end, an opening mark never ends a line."""
    lines, cur, used = [], [], 0
    limit = first_cap
    i = 0
    while i < len(toks):
        t = toks[i]
        w = width(t) if not t.startswith("\x00") else 2 * (len(t) - 1)
        if used + w <= limit or not cur:
            cur.append(t)
            used += w
            i += 1
            continue
        if t in CLOSE:
            cur.append(t)
            i += 1
        while len(cur) > 1 and cur[-1] in OPEN:
            i -= 1
            cur.pop()
        lines.append("".join(x.lstrip("\x00") for x in cur).strip())
        cur, used = [], 0
        limit = cap + (2 if rng.random() < 0.15 else 0)
    if cur:
        lines.append("".join(x.lstrip("\x00") for x in cur).strip())
    return [ln for ln in lines if ln]


def wrap(text: str, cap: int, first_cap: int, rng: random.Random) -> list[str]:
    return wrap_tokens(tokens(text), cap, first_cap, rng)


def dateline_tokens(dl: str) -> list[str]:
    """A dateline breaks only at its spaces (between names, before 通讯员)."""
    out = []
    for i, w in enumerate(dl.split(" ")):
        if i:
            out.append(" ")
        out.append("\x00" + w)
    return out


# ---------------------------------------------------------------- decorations

def space_numbers(line: str, p_before: float, p_after: float, rng) -> str:
    """Glyph gaps around number runs (`今年 2 月`, `增长 7%以上`)."""
    toks = tokens(line)
    out = []
    for i, t in enumerate(toks):
        if is_num(t) and i > 0 and is_cjk(toks[i - 1]) and rng.random() < p_before:
            out.append(" ")
        out.append(t)
        if is_num(t) and i + 1 < len(toks) and is_cjk(toks[i + 1]) and rng.random() < p_after:
            out.append(" ")
    return "".join(out)


def justify(line: str, start: int = 0) -> str:
    """A justified line spread with spaces (`总 部 、区 域 总 部`)."""
    toks = [t for t in tokens(line) if t != " "]
    if start <= 0:
        head, rest = "", toks
    else:
        head, rest = "".join(toks[:start]), toks[start:]
    out = []
    for i, t in enumerate(rest):
        out.append(t)
        if i + 1 < len(rest):
            nxt = rest[i + 1]
            if t in CLOSE or nxt in OPEN or t in "—…" or nxt in "—…":
                continue
            out.append(" ")
    return head + "".join(out)


def spread_all(line: str) -> str:
    """A whole caption line drawn glyph by glyph (`3 月 8 日 ， 嘉 禾`)."""
    toks = [t for t in tokens(line) if t != " "]
    return " ".join(toks)


def glyph_gaps(line: str, rng, n: int = 2) -> str:
    """A few stray gaps: around a comma before a figure (`隆 ， 20 多`), before %,
    after digits only (`3.2 万亩`)."""
    toks = tokens(line)
    cands = []
    for i, t in enumerate(toks):
        if is_num(t) and i + 1 < len(toks) and is_cjk(toks[i + 1]):
            cands.append(("after", i))
        if is_num(t) and t.endswith("%"):
            cands.append(("pct", i))
        if t in "，、" and 0 < i < len(toks) - 1 and is_cjk(toks[i - 1]) and is_num(toks[i + 1]):
            cands.append(("comma", i))
    rng.shuffle(cands)
    done = set()
    for kind, i in cands[:n]:
        if i in done:
            continue
        done.add(i)
        if kind == "after":
            toks[i] = toks[i] + " "
        elif kind == "pct":
            toks[i] = toks[i][:-1] + " %"
        else:
            toks[i] = " " + toks[i] + " "
    return "".join(toks)


# ---------------------------------------------------------------- cut points

UNITS = "亿万千百个家项名人元吨亩台辆公里平米%倍岁户座所条场次期件套批周年天"


def find_cut(text: str, kind: str, rng, lo: float = 0.2, hi: float = 0.85) -> int:
    """Offset where a paragraph is cut: fig (figure|unit), verb (verb|figure),
    word (inside a word), clause (after a comma, no lexical clue), sent (after 。)."""
    n = len(text)
    cands = []
    for i in range(1, n):
        a, b = text[i - 1], text[i]
        if kind == "fig" and a.isdigit() and b in UNITS and b != "%":
            cands.append(i)
        elif kind == "verb" and b.isdigit() and "\u4e00" <= a <= "\u9fff" and text[i - 2:i] not in ("今年", "去年", "全年", "截至"):
            cands.append(i)
        elif kind == "word" and "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff":
            cands.append(i)
        elif kind == "clause" and a in "，,；;" and "\u4e00" <= b <= "\u9fff":
            cands.append(i)
        elif kind == "sent" and a == "。" and i < n - 1:
            cands.append(i)
    inner = [i for i in cands if lo * n <= i <= hi * n]
    pool = inner or cands
    if not pool:
        raise ValueError(f"no {kind} cut in {text[:30]}")
    return rng.choice(pool)


# ---------------------------------------------------------------- helpers

def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def covered(s: str, hay: str) -> int:
    """Same measure as the scorer's coverage."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got


class Stats(Counter):
    pass
