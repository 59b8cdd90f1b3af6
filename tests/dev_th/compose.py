#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ as raw page text (pages/),
exact gold annotations (gold/) and README.md (from README.in).

Standard library only; deterministic: every small choice comes from a
random.Random seeded by the source file name (p01.txt ...)."""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
CUT = "‖"          # cut point inside a paragraph (or between paragraphs)
BRK = "⏎"          # forced line break inside a dateline / byline (raw only)

CLOSE = set("，。、；：？！”’）》」』】…—,.;:?!)%")
OPEN = set("“‘（《「『【(")
FULLP = set("，。、；：？！“”‘’（）《》「」『』【】…—")

PUNCT_MAPS = {
    "full": {},
    "mixed": {"（": "(", "）": ")"},
    "half": {"（": "(", "）": ")", "，": ",", "；": ";", "：": ":"},
}

STATS = Counter()


def conv(s, mode):
    for a, b in PUNCT_MAPS[mode].items():
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- source
def parse(path):
    page = OrderedDict()
    arts = OrderedDict()
    layout = []
    cur = None
    sect = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line == "@page":
            sect = "page"
            continue
        if line.startswith("@a "):
            sect = "art"
            cur = OrderedDict(id=line[3:].strip(), kind="news", column="", kicker="", title="",
                              subtitle="", byline="", dateline="", continued="", lead="",
                              subheads=[], paras=[], w=16)
            arts[cur["id"]] = cur
            continue
        if line.startswith("@more "):
            sect = "art"
            cur = arts[line[6:].strip()]
            continue
        if line == "@layout":
            sect = "layout"
            continue
        if sect == "layout":
            layout.append(line.strip())
            continue
        key, _, val = line.partition(":")
        key, val = key.strip(), val.strip()
        if sect == "page":
            page[key] = val
        elif key == "p":
            cur["paras"].append(val)
        elif key == "sub":
            cur["subheads"].append(val)
            cur["paras"].append(val)
        elif key == "w":
            cur["w"] = float(val)
        else:
            cur[key] = val
    return page, arts, layout


# ---------------------------------------------------------------- column layout
def units(text):
    """Split text into layout units: ASCII runs (numbers, Latin) stay whole."""
    out = []
    for m in re.finditer(r"[0-9A-Za-z.%+×/\-]+|.", text):
        out.append(m.group())
    return out


def uw(u):
    return 0.5 * len(u) if ord(u[0]) < 128 else 1.0


def is_num(u):
    return u[0].isascii() and u[0].isalnum()


def render_line(us, spread, rng, numsp):
    if spread:
        STATS["justified lines spread with spaces"] += 1
        s = ""
        for i, u in enumerate(us):
            s += u
            if i + 1 < len(us) and not (u in FULLP and u not in "“（《"):
                s += " "
        return s
    s = ""
    for i, u in enumerate(us):
        if is_num(u) and len(us) > 1:
            mode = rng.choice(numsp)
            left = mode in ("both", "left") and i > 0 and us[i - 1] not in FULLP
            right = mode == "both" and i + 1 < len(us) and us[i + 1] not in FULLP
            if left or right:
                STATS["spaces around number runs"] += 1
            s += (" " if left else "") + u + (" " if right else "")
        elif u == "%" :
            s += u
        else:
            s += u
    if "“" in s and rng.random() < 0.25:
        s2 = s.replace("“", "“ ", 1)
        if s2 != s:
            STATS["space after an opening quote"] += 1
        s = s2
    if rng.random() < 0.06 and "，" in s[1:-1]:
        s = s.replace("，", " ，", 1)
        STATS["glyph-gap space at full-width punctuation"] += 1
    if re.search(r"\d%", s) and rng.random() < 0.3:
        s = re.sub(r"(\d)%", r"\1 %", s, count=1)
        STATS["glyph-gap space before %"] += 1
    return s.replace("  ", " ").strip(" ")


def flow(text, W, rng, numsp, dl_end=None):
    """Break one paragraph (or paragraph fragment) into column lines of W em.
    Returns list of lines; BRK forces a break. A break is never placed so that
    fewer than 4 characters of the dateline (ending at dl_end) open a line:
    the extraction keeps at least a name's length of it together."""
    lines = []
    segs = text.split(BRK)
    base = 0
    for si, seg in enumerate(segs):
        us = units(seg)
        offs, o = [], base
        for u in us:
            offs.append(o)
            o += len(u)
        base = o
        i = 0
        cur, w = [], 0.0
        while i < len(us):
            u = us[i]
            if cur and w + uw(u) > W and dl_end is not None and dl_end - 4 < offs[i] < dl_end:
                while len(cur) > 1 and offs[i] > dl_end - 4:
                    cur.pop()
                    i -= 1
                lines.append(render_line(cur, W - sum(uw(x) for x in cur) >= 1.0 and len(cur) > 3, rng, numsp))
                cur, w = [], 0.0
                continue
            if cur and w + uw(u) > W:
                if u in CLOSE:                      # hanging punctuation
                    cur.append(u)
                    i += 1
                    if i < len(us) and us[i] in CLOSE:
                        cur.append(us[i]); i += 1
                while len(cur) > 1 and cur[-1] in OPEN:
                    i -= 1
                    cur.pop()
                deficit = W - sum(uw(x) for x in cur)
                lines.append(render_line(cur, deficit >= 1.0 and len(cur) > 3, rng, numsp))
                cur, w = [], 0.0
                continue
            cur.append(u)
            w += uw(u)
            i += 1
        if cur:
            lines.append(render_line(cur, False, rng, numsp))
        if si + 1 < len(segs):
            STATS["forced line breaks (dateline date, byline names, before 通讯员)"] += 1
    return lines


# ---------------------------------------------------------------- compose a page
def body_stream(a):
    """Pieces of an article body, each a list of (text, starts_paragraph)."""
    paras = list(a["paras"])
    pieces = [[]]
    for pi, p in enumerate(paras):
        parts = p.split(CUT)
        for k, part in enumerate(parts):
            if k > 0:
                pieces.append([])
            if part:
                pieces[-1].append((part, k == 0))
    return pieces


def compose(src):
    rng = random.Random(src.name)
    page, arts, layout = parse(src)
    mode = page.get("punct", "full")
    lay = page["layout"]
    numsp = page.get("numsp", "both,left,none").split(",")
    for a in arts.values():
        for f in FIELDS + ("lead",):
            a[f] = conv(a[f], mode)
        a["paras"] = [conv(p, mode) for p in a["paras"]]
        a["subheads"] = [conv(p, mode) for p in a["subheads"]]
    out = []          # raw lines
    extras, dups = [], []
    printed = set()
    captioned = set()

    def emit(line):
        out.append(line)

    def piece_text(a, n):
        pieces = body_stream(a)
        pc = pieces[n]
        res = []
        for j, (t, starts) in enumerate(pc):
            if n == 0 and j == 0:
                t = a["lead"] + a["dateline"] + t
            res.append((t, starts))
        return res

    def body(a, n, dup=False):
        if not dup:
            printed.add((a["id"], n))
        pc = piece_text(a, n)
        lines = []
        if lay == "column":
            for j, (t, starts) in enumerate(pc):
                dl = None
                if n == 0 and j == 0 and a["dateline"]:
                    dl = len((a["lead"] + a["dateline"]).replace(BRK, ""))
                lines += flow(t, a["w"], rng, numsp, dl)
        else:
            for t, starts in pc:
                lines.append(t.replace(BRK, "\n" if rng.random() < 0.5 else "\n\n"))
        if dup:
            for t, starts in pc:
                dups.append(t.replace(BRK, ""))
            STATS["lines printed twice"] += 1
        for l in lines:
            emit(l)

    def headline(a, opts):
        parts = [p for p in (a["kicker"], a["title"], a["subtitle"]) if p]
        if lay == "para" and "lines" not in opts:
            emit(" ".join(parts))
            return
        for p in parts:
            if p == a["title"] and "split" in opts and " " in p:
                x, y = p.split(" ", 1)
                emit(x); emit(y)
                STATS["two-phrase titles split at the space"] += 1
            elif p == a["title"] and any(o.startswith("last") for o in opts):
                n = int([o for o in opts if o.startswith("last")][0][4:])
                emit(p[:-n]); emit(p[-n:])
                STATS["headline's last word left alone"] += 1
            else:
                emit(p)
        if "twice" in opts:
            emit(a["title"])
            dups.append(a["title"])
            STATS["headlines drawn twice"] += 1
        if "dbl" in opts:
            out[-1] = a["title"] + " " + a["title"] if out[-1] == a["title"] else out[-1]
            dups.append(a["title"])
            STATS["headlines drawn twice"] += 1

    last_op = None
    for item in layout:
        op, _, rest = item.partition(" ")
        if last_op is not None and op != "h" or last_op is None:
            pass
        args = rest.split()
        if op == "x":          # page furniture, its own extras entry
            emit(rest); extras.append(rest.replace(" ", "") if False else rest)
        elif op == "x+":       # page furniture, merged into the previous extras entry
            emit(rest); extras[-1] = extras[-1] + rest
        elif op == "box":      # short box line anywhere (countdown, code prompt, framed label)
            emit(rest); extras.append(rest)
            STATS["short box lines"] += 1
        elif op == "m":        # jump marker on its own line (not in gold)
            emit(rest)
            STATS["jump markers"] += 1
        elif op == "h":
            a = arts[args[0]]
            if (a["id"], 0) in printed:
                STATS["headlines printed after their body"] += 1
            if last_op == "h":
                STATS["headlines bunched with another story's headline"] += 1
            headline(a, args[1:])
            STATS["headlines printed"] += 1
        elif op == "col":
            a = arts[args[0]]
            emit(a["column"])
            STATS["column labels on their own line"] += 1
        elif op == "by":
            a = arts[args[0]]
            for part in a["byline"].split(BRK):
                emit(part)
            if BRK in a["byline"]:
                STATS["forced line breaks (dateline date, byline names, before 通讯员)"] += 1
        elif op == "b":
            if int(args[1]) > 0:
                STATS["story pieces continued after a cut"] += 1
            body(arts[args[0]], int(args[1]))
        elif op == "d":
            body(arts[args[0]], int(args[1]), dup=True)
        elif op == "cap":      # photo caption with credit: inline | own | first
            a = arts[args[0]]
            captioned.add(a["id"])
            how = args[1]
            cap = "".join(a["paras"])
            cr = a["byline"]
            if how == "inline":
                emit(cap + " " + cr)
            elif how == "first":
                emit(cr + " " + cap)
                STATS["photo credit opening the caption"] += 1
            else:
                if lay == "column":
                    for l in flow(cap, 44, rng, ["none"]):
                        emit(l)
                else:
                    emit(cap)
                emit(" " * 30 + cr)
                STATS["credits right-aligned on their own line"] += 1
        elif op == "capn":     # several photo captions, group credit after
            a = arts[args[0]]
            for p in a["paras"]:
                emit(p)
            emit(a["byline"])
        else:
            raise SystemExit(f"{src.name}: unknown layout op {item!r}")
        last_op = op

    for a in arts.values():
        if a["kind"] == "photo" or a["id"] in captioned:
            continue
        for n in range(len(body_stream(a))):
            if body_stream(a)[n] and (a["id"], n) not in printed:
                raise SystemExit(f"{src.name}: piece {n} of {a['id']} never printed")
    if lay == "column":
        text = " " + "\n\n".join(out) + "\n\n\n"
    else:
        text = "\n\n" + "\n\n".join(out) + "\n\n\n"
    gold_arts = []
    for a in arts.values():
        g = OrderedDict()
        for f in ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[f] = a[f].replace(BRK, "")
        g["subheads"] = a["subheads"]
        g["paragraphs"] = [re.sub(r"\s+", "", p.replace(CUT, "")) for p in a["paras"]]
        gold_arts.append(g)
    return page, text, gold_arts, extras, dups


def nchars(s):
    return len(re.sub(r"\s+", "", s))


def main():
    srcs = sorted((HERE / "src").glob("p*.txt"))
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            f.unlink()
    rows = []
    total = Counter()
    for i, src in enumerate(srcs, 1):
        STATS.clear()
        page, text, garts, extras, dups = compose(src)
        name = f"{i:03d}_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        (HERE / "pages" / (name + ".txt")).write_text(text, encoding="utf-8")
        gold = OrderedDict()
        gold["source"] = name + ".txt"
        gold["issue_date"] = page["date"]
        gold["issue_number"] = int(page["issue"]) if page.get("issue") else None
        gold["page_count"] = int(page["pages"]) if page.get("pages") else None
        gold["articles"] = garts
        gold["extras"] = extras
        gold["duplicates"] = dups
        (HERE / "gold" / (name + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for a in garts:
            if a["continued"]:
                STATS["articles with a jump (continued)"] += 1
        total.update(STATS)
        rows.append((name + ".txt", page["date"], page["page"], page["layout"], page.get("punct", "full"),
                     len(garts), nchars(text), page.get("subjects", "")))
    ptab = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
            "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        ptab.append("| " + " | ".join(str(x) for x in r) + " |")
    ftab = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(total):
        ftab.append(f"| {k} | {total[k]} |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PHENOMENA}}", "\n".join(ftab)).replace("{{PAGES}}", "\n".join(ptab))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
