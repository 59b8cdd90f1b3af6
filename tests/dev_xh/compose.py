#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from random.Random(<source file name>),
so the output is the same byte for byte on every run.
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
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CLOSE = set("、，。；：？！”’）》」…")
OPEN = set("“‘（《「")
PUNCT = CLOSE | OPEN | set("—·")
WEEK = "一二三四五六日"


# ---------------------------------------------------------------- parsing
def parse(text: str) -> dict:
    page, arts, layout = {}, {}, []
    cur, sect = None, None
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if line.startswith("@art"):
            sect = "art"
            aid = line.split()[1]
            cur = {"id": aid, "kind": "news", "paras": [], "subs": []}
            for f in FIELDS[1:]:
                cur[f] = ""
            arts[aid] = cur
            layout_order = None  # noqa: F841
            continue
        if sect == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            page[key] = val
        elif key in ("p", "s"):
            cur["paras"].append(val)
            if key == "s":
                cur["subs"].append(val)
        else:
            cur[key] = val
    return {"page": page, "arts": arts, "layout": layout}


# ---------------------------------------------------------------- punctuation
def punct(s: str, style: str) -> str:
    if style in ("mixed", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def clean(s: str) -> str:
    """Gold text of a source string: cut marks and forced breaks dropped."""
    return s.replace("¦", "").replace("~", "")


def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- column wrapping
TOK = re.compile(r"[0-9A-Za-z.%+\-×]+|.", re.S)


def width(tok: str) -> float:
    if re.fullmatch(r"[0-9A-Za-z.%+\-×]+", tok):
        return 0.5 * len(tok)
    return 1.0


class Stats(Counter):
    pass


def spread(tokens: list[str]) -> str:
    out = tokens[0]
    for a, b in zip(tokens, tokens[1:]):
        out += ("" if a in CLOSE else " ") + b
    return out


def numspace(line: str, rnd: random.Random, st: Stats) -> str:
    """PDF extraction debris: spaces around digit runs, glyph gaps near punctuation."""
    def rep(m):
        s, e = m.start(), m.end()
        run = m.group(0)
        pre = line[s - 1] if s else ""
        post = line[e] if e < len(line) else ""
        a = " " if pre and pre not in CLOSE and pre != " " and rnd.random() < 0.75 else ""
        b = " " if post and post not in CLOSE and post != " " and rnd.random() < 0.6 else ""
        if a or b:
            st["spaces around number runs"] += 1
        return a + run + b
    line = re.sub(r"[0-9][0-9.%]*", rep, line)
    if "%" in line and rnd.random() < 0.2:
        line = re.sub(r"(?<=[0-9])%", " %", line, count=1)
        st["glyph-gap space before %"] += 1
    if "、" in line and rnd.random() < 0.15:
        line = line.replace("、", " 、", 1)
        st["glyph-gap space before full-width punctuation"] += 1
    if "“" in line and rnd.random() < 0.15:
        line = line.replace("“", "“ ", 1)
        st["space after an opening quote"] += 1
    return line.strip(" ")


def wrap(text: str, w: float, first_indent: bool, rnd, st) -> list[str]:
    """Wrap one paragraph piece into column lines of w em (first line indented 2 em)."""
    lines = []
    chunks = text.split("~")
    for ci, chunk in enumerate(chunks):
        toks = TOK.findall(chunk)
        cur: list[str] = []
        em = 0.0
        lim = w - 2 if (first_indent and ci == 0) else w
        i = 0
        while i < len(toks):
            t = toks[i]
            tw = width(t)
            if em + tw <= lim or not cur or (t in CLOSE and em + tw <= lim + 1):
                cur.append(t)
                em += tw
                i += 1
                continue
            # break before t
            if cur[-1] in OPEN and len(cur) > 1:
                cur.pop()
                i -= 1
                em -= 1
            slack = lim - em
            if slack >= 1.5 and len(cur) > 3:
                lines.append(("S", cur))
            else:
                lines.append(("N", cur))
            cur, em, lim = [], 0.0, w
        if cur:
            lines.append(("L", cur))
    out = []
    for kind, toks in lines:
        if kind == "S" or (kind == "N" and sum(t in CLOSE for t in toks) >= 3 and rnd.random() < 0.3):
            st["justified lines spread with spaces"] += 1
            out.append(spread(toks))
        else:
            out.append(numspace("".join(toks), rnd, st))
    return out


# ---------------------------------------------------------------- segments
def segments(art: dict) -> list[tuple[int, str]]:
    segs = []
    for pi, p in enumerate(art["paras"]):
        for part in p.split("¦"):
            segs.append((pi, part))
    return segs


# ---------------------------------------------------------------- layout
def render(src: dict, name: str, st: Stats):
    rnd = random.Random(name)
    pg, arts = src["page"], src["arts"]
    style = pg.get("punct", "full")
    col = pg["layout"] == "column"
    P = lambda s: punct(s, style)  # noqa: E731
    out: list[str] = ["", ""] if not col else []
    extras, dups = [], []
    cursor = {a: 0 for a in arts}
    segs = {a: segments(arts[a]) for a in arts}

    def emit(line: str, blank: bool = True):
        out.append(line)
        if blank:
            out.append("")

    for d in src["layout"]:
        op, _, rest = d.partition(" ")
        args = rest.split()
        if op in ("mast", "box"):
            pieces = re.split(r"(\||\^)", rest)
            text = pieces[0::2]
            seps = pieces[1::2] + ["|"]
            for t, s in zip(text, seps):
                emit(P(t.strip()), s == "|")
            extras.append(nows(P("".join(text))))
            st["masthead pieces" if op == "mast" else "box lines (countdown, prompts, framed labels)"] += len(text)
        elif op == "x":
            emit(P(rest))
            extras.append(nows(P(rest)))
            st["box lines (countdown, prompts, framed labels)"] += 1
        elif op == "blank":
            out.extend([""] * int(args[0]))
        elif op == "head":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else ""
            hl = [x.strip() for x in (a.get("hl") or " | ".join(
                x for x in (a["kicker"], a["title"], a["subtitle"]) if x)).split("|")]
            for i, h in enumerate(hl):
                h = P(h)
                if mode == "double" and nows(h) == nows(P(a["title"])):
                    emit(h + h)
                    dups.append(nows(h))
                    st["headline drawn twice"] += 1
                elif mode == "twice" and nows(h) == nows(P(a["title"])):
                    emit(h)
                    emit(h)
                    dups.append(nows(h))
                    st["headline drawn twice"] += 1
                else:
                    emit(h)
            if mode == "after":
                st["headline printed after its body"] += 1
            if mode == "bunch":
                st["headline bunched with other stories' headlines"] += 1
            if len(hl) > 1 and len(nows(hl[-1])) <= 3:
                st["headline's last word alone on a line"] += 1
        elif op == "label":
            a = arts[args[0]]
            emit(P(args[1] if len(args) > 1 else a["column"]))
            st["column labels on their own line"] += 1
        elif op == "byline":
            a = arts[args[0]]
            bl = [x.strip() for x in clean(a.get("bl") or a["byline"]).split("|")]
            right = len(args) > 1 and args[1] == "right"
            for b in bl:
                emit((" " * 24 if right else "") + P(b))
            if len(bl) > 1:
                st["byline broken across lines"] += 1
            if right:
                st["credit right-aligned on its own line"] += 1
        elif op == "mark":
            emit(P(rest))
            st["jump markers"] += 1
        elif op == "dup":
            a, n = args[0], int(args[1])
            txt = P(clean(segs[a][n][1]))
            emit(txt)
            dups.append(nows(txt))
            st["lines printed twice"] += 1
        elif op in ("body", "photo"):
            aid = args[0]
            a = arts[aid]
            ss = segs[aid]
            upto = len(ss) - 1
            opts = {}
            for x in args[1:]:
                if x.startswith(".."):
                    upto = int(x[2:])
                elif "=" in x:
                    k, v = x.split("=")
                    opts[k] = v
            w = float(opts.get("w", a.get("w") or pg.get("w", 17)))
            start = cursor[aid]
            block: list[str] = []
            for si in range(start, upto + 1):
                pi, text = ss[si]
                newpara = si == 0 or ss[si - 1][0] != pi
                t = text
                if si == 0 and a["dateline"]:
                    dl = a["dateline"]
                    if "~" in dl and len(nows(dl.rsplit("~", 1)[1])) < 5:
                        # a line must not open with a scrap of dateline shorter than a name
                        # and its bracket: break one piece earlier instead
                        head, tail = dl.rsplit("~", 1)
                        dl = head + tail
                    t = (dl if col else dl.replace("~", "")) + t
                    if "~" in dl and col:
                        st["dateline broken inside (date / names / before 通讯员)"] += 1
                if si == 0 and a.get("lead"):
                    t = a["lead"] + t
                t = P(t)
                if si > start and ss[si - 1][0] == pi:
                    st["paragraph split by a column break with nothing between" if not col
                       else "paragraph resumed on a fresh line"] += 1
                if col and op == "body":
                    block.extend(wrap(t, w, newpara, rnd, st))
                else:
                    block.extend(t.split("~"))
                    if "~" in t:
                        st["paragraph split by a column break with nothing between"] += t.count("~")
            cursor[aid] = upto + 1
            if start > 0 and op == "body":
                st["story resumed after a piece of another story"] += 1
            if op == "photo":
                cred = P(clean(a["byline"]))
                if opts.get("credit") == "inline":
                    block[-1] = block[-1] + "  " + cred
                    st["photo credit at the end of the caption"] += 1
                elif cred:
                    block.append(" " * 30 + cred)
                    st["credit right-aligned on its own line"] += 1
            dupline = int(opts["dup"]) if "dup" in opts else None
            for i, line in enumerate(block):
                emit(line)
                if i == dupline:
                    emit(line)
                    dups.append(nows(line))
                    st["lines printed twice"] += 1
        else:
            raise SystemExit(f"{name}: unknown layout op {op!r}")
    for aid, a in arts.items():
        if cursor[aid] != len(segs[aid]):
            raise SystemExit(f"{name}: article {aid} not fully printed")
    text = "\n".join(out).rstrip("\n") + "\n"
    return text, extras, dups


def gold_of(src: dict, fname: str, extras, dups) -> dict:
    pg = src["page"]
    style = pg.get("punct", "full")
    P = lambda s: punct(clean(s), style)  # noqa: E731
    articles = []
    for a in src["arts"].values():
        d = {"kind": a["kind"]}
        for f in FIELDS[1:]:
            v = P(a[f]).strip()
            d[f] = re.sub(r"\s+", " ", v)
        d["dateline"] = nows(d["dateline"][: d["dateline"].find("（") if "（" in d["dateline"] else
                             d["dateline"].find("(")]) + d["dateline"][
            d["dateline"].find("（") if "（" in d["dateline"] else d["dateline"].find("("):] if d["dateline"] else ""
        d["subheads"] = [nows(P(s)) for s in a["subs"]]
        d["paragraphs"] = [nows(P(p)) for p in a["paras"]]
        articles.append(d)
    return {
        "source": fname,
        "issue_date": pg["date"],
        "issue_number": pg.get("issue") or None,
        "page_count": int(pg["count"]) if pg.get("count") else None,
        "articles": articles,
        "extras": extras,
        "duplicates": dups,
    }


def build() -> tuple[dict[str, str], list[dict], Counter]:
    files: dict[str, str] = {}
    rows, total = [], Counter()
    for i, sp in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
        src = parse(sp.read_text(encoding="utf-8"))
        st = Stats()
        text, extras, dups = render(src, sp.name, st)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        base = f"{i:03d}_{h}"
        gold = gold_of(src, base + ".txt", extras, dups)
        files[f"pages/{base}.txt"] = text
        files[f"gold/{base}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for a in src["arts"].values():
            if a["kicker"] and a["title"]:
                st["headline stacks with a kicker"] += 1
            if a["subtitle"].startswith("——"):
                st["dash-led subtitles"] += 1
            if a["subs"]:
                st["crossheads (subheads)"] += len(a["subs"])
            st["paragraph cut points (¦)"] += sum(p.count("¦") for p in a["paras"])
        total.update(st)
        pg = src["page"]
        d = datetime.date.fromisoformat(pg["date"])
        rows.append({"file": base + ".txt", "date": pg["date"], "week": "星期" + WEEK[d.weekday()],
                     "page": pg["pageno"], "layout": pg["layout"], "punct": pg.get("punct", "full"),
                     "articles": len(gold["articles"]), "chars": len(nows(text)),
                     "subjects": pg.get("subjects", "")})
    return files, rows, total


def readme(rows, total) -> str:
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pt.append(f"| {r['file']} | {r['date']} ({r['week']}) | {r['page']} | {r['layout']} | "
                  f"{r['punct']} | {r['articles']} | {r['chars']} | {r['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pt))


def main():
    files, rows, total = build()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for old in p.iterdir():
            if f"{d}/{old.name}" not in files:
                old.unlink()
    for rel, content in files.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    (HERE / "README.md").write_text(readme(rows, total), encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
