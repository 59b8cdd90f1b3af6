#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page texts.

    python3 compose.py

Reads src/p01.txt ... src/p14.txt, writes pages/NNN_<sha16>.txt, gold/NNN_<sha16>.json
and README.md (from README.in).  Deterministic: every small choice comes from a
random.Random seeded by the source file name.  Standard library only.
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

OPENING = set("“‘（《〈「『【(")
CLOSING = set("，。、；：？！”’）》〉」』】…,.;:?!)")
CUT = re.compile(r"\|([a-z])")
ASCII_RUN = re.compile(r"[A-Za-z0-9.%+×\-]+")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def punct(s: str, style: str) -> str:
    """Full-width source text -> the page's punctuation style."""
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": {}, "order": [], "layout": []}
    cur = None
    mode = "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("== "):
            name = line[3:].strip()
            if name == "layout":
                mode, cur = "layout", None
            else:
                mode = "head"
                cur = {"id": name, "kind": "news", "column": "", "kicker": "", "title": "",
                       "subtitle": "", "byline": "", "dateline": "", "continued": "",
                       "width": "17", "paras": []}
                page["arts"][name] = cur
                page["order"].append(name)
            continue
        if mode == "meta":
            if ":" in line:
                k, v = line.split(":", 1)
                page["meta"][k.strip()] = v.strip()
        elif mode == "head":
            if line == "---":
                mode = "body"
            elif ":" in line:
                k, v = line.split(":", 1)
                cur[k.strip()] = v.strip()
        elif mode == "body":
            if line.strip():
                cur["paras"].append(line.strip())
        elif mode == "layout":
            if line.strip() and not line.startswith("#"):
                page["layout"].append(line.strip())
    return page


def pieces_of(art: dict) -> list[list[tuple[int, str]]]:
    """Body split at the cut marks: a list of pieces, each a list of
    (paragraph index, text) segments in order."""
    out, cur = [], []
    for i, p in enumerate(art["paras"]):
        t = p[3:] if p.startswith("## ") else p
        parts = CUT.split(t)
        # parts: text, type, text, type, text ...
        for j in range(0, len(parts), 2):
            cur.append((i, parts[j]))
            if j + 1 < len(parts):
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- column layout
def tokens(text: str, dateline: bool = False) -> list[str]:
    toks, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "/":
            toks.append("/")
            i += 1
            continue
        if c == " ":
            toks.append(" ")
            i += 1
            continue
        m = ASCII_RUN.match(text, i)
        if m:
            toks.append(m.group())
            i = m.end()
            continue
        if dateline and not (c in OPENING or c in CLOSING):
            m = re.compile(r"[^\s/（）()A-Za-z0-9，,]+").match(text, i)
            if m and text.rfind("（", 0, i) > text.rfind("）", 0, i) \
                    or m and text.rfind("(", 0, i) > text.rfind(")", 0, i):
                toks.append(m.group())
                i = m.end()
                continue
        toks.append(c)
        i += 1
    return toks


def tw(t: str) -> float:
    if t in (" ", "/"):
        return 0.0
    return sum(0.5 if ord(c) < 128 else 1.0 for c in t)


def is_cjk_char(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


class Col:
    def __init__(self, rnd: random.Random, stats: Counter):
        self.rnd, self.stats = rnd, stats

    def wrap(self, toks: list[str], W: float, indent: bool) -> list[tuple[list[str], float, float]]:
        lines, cur, width = [], [], 0.0
        limit = W - 2 if indent else W
        for t in toks:
            if t == "/":
                lines.append((cur, width, 0.0))  # forced break: never spread
                cur, width, limit = [], 0.0, W
                continue
            if t == " " and not cur:
                continue
            w = tw(t)
            if width + w <= limit or not cur:
                cur.append(t)
                width += w
            elif t[0] in CLOSING and len(t) == 1 and width <= limit:
                cur.append(t)  # hanging punctuation
                width += w
            else:
                carry = []
                while cur and (cur[-1] in OPENING or cur[-1] == " "):
                    carry.insert(0, cur.pop())
                width -= sum(tw(x) for x in carry)
                lines.append((cur, width, limit))
                cur = [x for x in carry if x != " "] + ([t] if t != " " else [])
                width = sum(tw(x) for x in cur)
                limit = W
        if cur:
            lines.append((cur, width, 0.0))
        return lines

    def render(self, toks: list[str], spread: bool) -> str:
        rnd, st = self.rnd, self.stats
        toks = [t for t in toks]
        while toks and toks[-1] == " ":
            toks.pop()
        if spread:
            st["justified lines spread with spaces"] += 1
            out = ""
            prev = None
            for t in toks:
                if t == " ":
                    continue
                if prev is not None and not (prev in CLOSING or t in OPENING):
                    out += " "
                out += t
                prev = t
            return out
        out = ""
        for k, t in enumerate(toks):
            prev = toks[k - 1] if k else ""
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if ASCII_RUN.fullmatch(t) and t != "-":
                if prev and is_cjk_char(prev[-1]) and rnd.random() < 0.55:
                    out += " "
                    st["spaces around number runs"] += 1
                if t.endswith("%") and len(t) > 1 and rnd.random() < 0.06:
                    t = t[:-1] + " %"
                    st["glyph-gap space before %"] += 1
                out += t
                if nxt and is_cjk_char(nxt[0]) and not t.endswith("%") and rnd.random() < 0.45:
                    out += " "
                    st["spaces around number runs"] += 1
                continue
            if t in ("，", "、", "。", "；") and prev and is_cjk_char(prev[-1]) and rnd.random() < 0.025:
                out += " "
                st["glyph-gap space at full-width punctuation"] += 1
            out += t
            if t == "“" and nxt and is_cjk_char(nxt[0]) and rnd.random() < 0.08:
                out += " "
                st["space after an opening quote"] += 1
        return out.replace("  ", " ")

    def block(self, text: str, W: float, indent: bool, dateline_len: int = 0) -> list[str]:
        if dateline_len:
            toks = tokens(text[:dateline_len], dateline=True) + tokens(text[dateline_len:])
        else:
            toks = tokens(text)
        out = []
        ndl = len(tokens(text[:dateline_len], dateline=True)) if dateline_len else 0
        used = 0
        for cur, width, limit in self.wrap(toks, W, indent):
            start = used
            used += len(cur)
            if start < ndl:
                limit = 0.0   # a dateline line is never stretched
            spread = limit > 0 and limit - width >= 1.0
            if not spread and limit > 0 and any(t in "，、；：" for t in cur[1:-1]) \
                    and self.rnd.random() < 0.03:
                spread = True   # compressed punctuation stretched back to the column width
            out.append(self.render(cur, spread))
        return out


# ---------------------------------------------------------------- composing
def compose(path: Path) -> tuple[str, dict, dict]:
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    rnd = random.Random(path.name)
    st: Counter = Counter()
    style = meta.get("punct", "full")
    layout = meta["layout"]
    col = Col(rnd, st)
    P = lambda s: punct(s, style)  # noqa: E731

    lines: list[tuple[str, bool]] = []   # (text, tight: no blank line before)
    extras, duplicates = [], []
    first_seen: dict[str, int] = {}
    body_seen: set[str] = set()
    pieces = {k: pieces_of(a) for k, a in arts.items()}
    last_cmd = ""
    printed: set = set()

    def emit(text: str, tight: bool = False):
        lines.append((text, tight))

    def seen(aid):
        first_seen.setdefault(aid, len(first_seen))

    def head_parts(a):
        return [a[k] for k in ("kicker", "title", "subtitle") if a[k]]

    xgroup: list[str] = []

    def flush_x():
        if xgroup:
            extras.append("".join(nows(x) for x in xgroup))
            xgroup.clear()

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        if op not in ("X", "X+"):
            flush_x()
        if op in ("X", "X+"):
            emit(P(rest), tight=(op == "X+"))
            xgroup.append(P(rest))
            st["masthead / furniture pieces"] += 1
        elif op == "G":
            emit("", tight=True)
        elif op in ("B", "B+"):
            emit(P(rest), tight=(op == "B+"))
            extras.append(P(rest))
            st["short box lines (countdown, code prompt)"] += 1
        elif op == "M":
            emit(P(rest))
            extras.append(P(rest))
            st["jump markers"] += 1
        elif op == "L":
            args = rest.split()
            a = arts[args[0]]
            emit((" " * rnd.randint(2, 8) if "pad" in args else "") + P(a["column"]),
                 tight="tight" in args)
            st["column labels on their own line"] += 1
        elif op == "H":
            args = rest.split()
            aid, modes = args[0], set(args[1:])
            a = arts[aid]
            parts = [P(x) for x in head_parts(a)]
            if aid in body_seen:
                st["headlines printed after their body"] += 1
            if last_cmd.startswith("H "):
                st["headlines bunched with another story's"] += 1
            glue = "glue" in modes
            if "one" in modes:
                txt = " ".join(parts).replace("/", "")
                emit((" " if glue else "") + txt, tight=glue)
                st["headline stacks printed on one line"] += 1
            else:
                tightall = "tight" in modes
                for k, part in enumerate(parts):
                    is_title = part == P(a["title"])
                    if "/" in part:
                        st["headline last word left alone"] += 1
                    segs = part.split("/")
                    for s_i, seg in enumerate(segs):
                        text = seg
                        if is_title and "double" in modes and s_i == len(segs) - 1:
                            text = part.replace("/", "") + part.replace("/", "")
                            duplicates.append(nows(part.replace("/", "")))
                            st["headline doubled on one line"] += 1
                        first = (k == 0 and s_i == 0)
                        tight = (glue and first) or (not first and (tightall or s_i > 0))
                        emit((" " if glue and first else "") + text, tight=tight)
                        if is_title and "twice" in modes and s_i == len(segs) - 1:
                            emit(part.replace("/", ""), tight=True)
                            duplicates.append(nows(part.replace("/", "")))
                            st["headline drawn twice (two identical lines)"] += 1
            if "byline" in modes and a["byline"]:
                emit(P(a["byline"]).replace("/", ""), tight=True)
        elif op == "Y":
            args = rest.split()
            a = arts[args[0]]
            by = P(a["byline"])
            segs = [s.strip() for s in by.split("/")]
            if len(segs) > 1:
                st["byline broken between names"] += 1
            pad = ""
            if "right" in args:
                pad = " " * rnd.randint(24, 44)
                st["credits right-aligned on their own line"] += 1
            for k, s in enumerate(segs):
                emit(pad + s, tight=(k > 0 and "tight" in args))
        elif op == "C":  # photo caption with its credit on the last line
            args = rest.split()
            aid = args[0]
            a = arts[aid]
            seen(aid)
            body_seen.add(aid)
            printed.add((aid, 0))
            cap = P("".join(t for seg in pieces[aid][0] for _, t in [seg]))
            credit = P(a["byline"]).replace("/", "")
            if layout == "column":
                W = float(a["width"])
                ls = col.block(cap, W, False)
            else:
                ls = [cap]
            if credit:
                ls[-1] = ls[-1] + " " + credit
                st["photo credits on the caption line"] += 1
            for l in ls:
                emit(l)
        elif op == "P":
            args = rest.split(" ", 2)
            aid, rng = args[0], args[1]
            opts = args[2] if len(args) > 2 else ""
            a = arts[aid]
            lo, _, hi = rng.partition("-")
            lo = int(lo)
            hi = int(hi) if hi else lo
            prefix = ""
            m = re.search(r"@(.+)$", opts)
            if m:
                prefix = P(m.group(1).strip())
                extras.append(prefix)
                st["jump markers"] += 1
                opts = opts[:m.start()]
            dupk = None
            m = re.search(r"dup=(\d+)", opts)
            if m:
                dupk = int(m.group(1))
            seen(aid)
            body_seen.add(aid)
            W = float(a["width"])
            for pi in range(lo, hi + 1):
                printed.add((aid, pi))
                segs = pieces[aid][pi]
                plines: list[str] = []
                for s_i, (para_i, text) in enumerate(segs):
                    starts_para = True
                    if s_i == 0 and pi > 0 and pieces[aid][pi - 1][-1][0] == para_i:
                        starts_para = False   # continues a paragraph cut at the piece end
                    text = P(text)
                    dl = 0
                    if pi == 0 and s_i == 0 and a["dateline"]:
                        d = P(a["dateline"])
                        text = d + text
                        dl = len(d)
                    if layout == "column":
                        if dl and "/" in d:
                            st["line breaks inside a dateline (column)"] += 1
                        got = col.block(text, W, starts_para and not dl, dl)
                        if dl and rnd.random() < 0.35:
                            got[0] = " " + got[0]
                        plines.extend(got)
                    else:
                        if dl and "/" in d and a.get("pbreak"):
                            st["line breaks inside a dateline (paragraph)"] += 1
                            first, _, restd = text.partition("/")
                            restd = restd.replace("/", "")
                            plines.append(first)
                            plines.append(restd)
                        else:
                            plines.append(text.replace("/", ""))
                if prefix:
                    plines[0] = prefix + plines[0]
                for li, l in enumerate(plines):
                    emit(l.replace("/", "") if layout == "column" else l)
                    if dupk is not None and pi == lo and li == dupk:
                        emit(l, tight=rnd.random() < 0.5)
                        duplicates.append(nows(l))
                        st["lines printed twice"] += 1
        elif op == "U":
            aid, pi = rest.split()
            a = arts[aid]
            segs = pieces[aid][int(pi)]
            for _, text in segs:
                emit(P(text))
                duplicates.append(nows(P(text)))
            st["paragraph pieces printed twice"] += 1
        else:
            raise SystemExit(f"{path.name}: unknown layout command {cmd!r}")
        last_cmd = cmd
    flush_x()

    # ------------------------------------------------------------ page text
    out = "\n" * (1 + rnd.randint(0, 1))
    for k, (ln, tight) in enumerate(lines):
        out += ln if k == 0 else ("\n" if tight else "\n\n") + ln
    text = out + "\n"

    # ------------------------------------------------------------ gold
    gold_arts = []
    for aid in sorted(first_seen, key=first_seen.get):
        a = arts[aid]
        paras, subheads = [], []
        for p in a["paras"]:
            t = P(nows(CUT.sub("", p[3:] if p.startswith("## ") else p)))
            if p.startswith("## "):
                subheads.append(t)
            paras.append(t)
        clean = lambda s: P(s).replace("/", "")  # noqa: E731
        gold_arts.append({
            "kind": a["kind"], "column": clean(a["column"]), "kicker": clean(a["kicker"]),
            "title": clean(a["title"]), "subtitle": clean(a["subtitle"]),
            "byline": re.sub(r" +", " ", clean(a["byline"])),
            "dateline": clean(a["dateline"]), "continued": clean(a["continued"]),
            "subheads": subheads, "paragraphs": paras,
        })
        dl = gold_arts[-1]["dateline"]
        by = gold_arts[-1]["byline"]
        if dl:
            st["datelines with 电" if re.search(r"电[（(]", dl) else "datelines with 讯"] += 1
            if dl.startswith("新华社"):
                st["Xinhua datelines"] += 1
        for key, label in (("华声在线", "bylines 湖南日报·华声在线记者"), ("新湖南客户端", "bylines 湖南日报·新湖南客户端记者 … 报道"),
                           ("文丨", "bylines 文丨X (副刊)"), ("评论员", "bylines 评论员"),
                           ("编辑部", "bylines signed by the paper's 编辑部"), ("以上图片均由", "group photo credits")):
            if key in by:
                st[label] += 1
        if " 摄" in by and "通讯员" in by:
            st["photo credits naming 记者 and 通讯员 together"] += 1
        if gold_arts[-1]["subtitle"].startswith("——"):
            st["dash-led subtitles"] += 1
        for para in a["paras"]:
            for m in CUT.finditer(para):
                st["cut: " + CUTNAMES[m.group(1)]] += 1
    for aid, plist in pieces.items():
        for pi in range(len(plist)):
            if (aid, pi) not in printed and arts[aid]["paras"]:
                raise SystemExit(f"{path.name}: piece {pi} of {aid} never laid out")
    missing = set(arts) - set(first_seen)
    if missing:
        raise SystemExit(f"{path.name}: articles never laid out: {sorted(missing)}")
    issue = meta.get("issue") or None
    pc = meta.get("pagecount")
    gold = {"source": "", "issue_date": meta["date"], "issue_number": issue,
            "page_count": int(pc) if pc else None, "articles": gold_arts,
            "extras": extras, "duplicates": duplicates}
    return text, gold, st


CUTNAMES = {"v": "story cut between a verb and its figure", "u": "story cut between a figure and its unit",
            "w": "story cut inside a word", "q": "story cut inside a quoted term",
            "n": "story cut inside a name", "a": "story cut inside an English abbreviation",
            "c": "paragraph split by a column break, nothing between",
            "s": "story cut at a sentence end", "j": "story cut for a jump to another page"}


def main() -> int:
    for d in (PAGES, GOLD):
        d.mkdir(exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    total: Counter = Counter()
    rows = []
    for n, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        text, gold, st = compose(src)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        (PAGES / (name + ".txt")).write_text(text, encoding="utf-8")
        (GOLD / (name + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        total.update(st)
        meta = parse(src)["meta"]
        rows.append((name + ".txt", gold["issue_date"], meta.get("pageno", ""), meta["layout"],
                     meta.get("punct", "full"), len(gold["articles"]), len(nows(text)),
                     meta.get("subjects", "")))
    # README
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---:|---:|---|"]
    for r in rows:
        pg.append("| " + " | ".join(str(x) for x in r) + " |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
