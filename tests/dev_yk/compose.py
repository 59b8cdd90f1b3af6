#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only; deterministic (random.Random seeded by the source file name).
Source format: see README.in / README.md ("Source format").
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

SET = Path(__file__).resolve().parent
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
BRK = "¦"      # forced line break inside a field (dateline, byline, headline)
CUT = "‖"      # cut point inside a paragraph
PUNCT_SQ = "，、。；：？！"          # marks after which no glyph gap is drawn
COMPRESS = "，、。；：“”（）《》"     # marks printed half-width in a squeezed line
NOSTART = "，、。；：？！”）》%"       # may not begin a printed line
OPEN = "“（《"

PHEN = Counter()


def wid(ch):
    return 0.5 if ord(ch) < 128 else 1.0


# ---------------------------------------------------------------- parsing
def parse(path):
    meta, arts, layout = OrderedDict(), OrderedDict(), []
    cur, sec = None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#!"):
            continue
        if line.startswith("@page"):
            sec = "page"
            continue
        if line.startswith("@article"):
            sec = "art"
            cur = OrderedDict((f, "") for f in FIELDS)
            cur.update(id=line.split()[1], kind="news", marker="", width="17",
                       paras=[], subheads=[])
            arts[cur["id"]] = cur
            continue
        if line.startswith("@layout"):
            sec = "layout"
            continue
        if sec == "page":
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        elif sec == "art":
            if line.startswith("- "):
                cur["paras"].append(line[2:].strip())
            elif line.startswith("## "):
                cur["paras"].append(line[3:].strip())
                cur["subheads"].append(line[3:].strip())
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif sec == "layout":
            layout.append(line.strip())
    return meta, arts, layout


# ---------------------------------------------------------------- punctuation
def conv(s, mode):
    if mode == "mixed":
        s = s.replace("（", "(").replace("）", ")")
    elif mode == "half":
        for a, b in (("，", ","), ("（", "("), ("）", ")"), ("；", ";"), ("：", ":")):
            s = s.replace(a, b)
    return s


def clean(s):
    return s.replace(BRK, " ").replace(CUT, "").replace("  ", " ").strip()


# ---------------------------------------------------------------- column layout
def tokens(s):
    """Glyph tokens: a run of ASCII digits/letters/.%+ is one token."""
    return re.findall(r"[0-9A-Za-z.%+×\-]+|\s|.", s)


def wrap(text, width, rng):
    """Wrap text to width em; forbidden line starts are pulled back (squeezed line)."""
    lines, cur, w = [], [], 0.0
    toks = tokens(text)
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = sum(wid(c) for c in t)
        if cur and w + tw > width and t[0] not in NOSTART:
            carry = []
            while cur and cur[-1] and cur[-1][0] in OPEN:   # an opening mark never ends a line
                carry.insert(0, cur.pop())
            lines.append("".join(cur))
            cur, w = carry, sum(wid(c) for x in carry for c in x)
        cur.append(t)
        w += tw
        i += 1
    if cur:
        lines.append("".join(cur))
    return lines


def spread(line):
    """Justified line spread with spaces: a gap between glyph tokens, none after a
    squeezed mark, none before an opening quote or bracket."""
    toks = [t for t in tokens(line) if not t.isspace()]
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        if a[-1] in PUNCT_SQ or b[0] in OPEN:
            out += b
        else:
            out += " " + b
    return out


def numspace(line, rng):
    """PDF gaps around number runs and (rarely) before full-width marks and %."""
    def rep(m):
        r = rng.random()
        PHEN["space around a number run"] += 1
        if r < 0.55:
            return " " + m.group(0) + " "
        if r < 0.8:
            return " " + m.group(0)
        PHEN["space around a number run"] -= 1
        return m.group(0)
    line = re.sub(r"(?<=[^\x00-\x7f])[0-9][0-9.]*(?=[^\x00-\x7f0-9.%])", rep, line)
    if rng.random() < 0.15 and "%" in line:
        line = line.replace("%", " %", 1)
        PHEN["glyph gap before %"] += 1
    if rng.random() < 0.06:
        m = re.search("[^ ][、，]", line)
        if m:
            line = line[:m.start() + 1] + " " + line[m.start() + 1:]
            PHEN["glyph gap before a full-width mark"] += 1
    return re.sub(" +", " ", line).strip(" ")


def col_block(text, width, rng, final=True, dupline=None):
    """Lines of one text block (paragraph piece) in the column layout."""
    out = []
    parts = text.split(BRK)
    for pi, part in enumerate(parts):
        ls = wrap(part, width, rng)
        for j, l in enumerate(ls):
            last = (j == len(ls) - 1) and (pi == len(parts) - 1 and final or pi < len(parts) - 1)
            lw = sum(wid(c) for c in l)
            squeezed = lw > width
            if not last and lw >= width - 1 and rng.random() < (0.5 if squeezed else 0.04):
                l = spread(l)
                PHEN["justified line spread with spaces"] += 1
            else:
                l = numspace(l, rng)
            out.append(l)
    return out


# ---------------------------------------------------------------- pages
def segments(p):
    return p.split(CUT)


def seg_range(art, a, b):
    """Pieces between positions a and b (inclusive): list of (para, seg, text)."""
    def pos(x, end):
        if x == "end":
            x = str(len(art["paras"]) - 1)
        if "." in x:
            p, s = x.split(".")
            return int(p), int(s)
        p = int(x)
        return p, (len(segments(art["paras"][p])) - 1 if end else 0)
    pa, sa = pos(a, False)
    pb, sb = pos(b, True)
    res = []
    for p in range(pa, pb + 1):
        segs = segments(art["paras"][p])
        lo = sa if p == pa else 0
        hi = sb if p == pb else len(segs) - 1
        for s in range(lo, hi + 1):
            res.append((p, s, segs[s], s == len(segs) - 1))
    return res


def render(meta, arts, layout, rng):
    mode = meta["punct"]
    col = meta["layout"] == "column"
    lines = []           # printed blocks (each block = one text line)
    printed = Counter()
    extras, dups = [], []

    def emit(s):
        lines.append(conv(s, mode))

    def headparts(a):
        return [a[k] for k in ("kicker", "title", "subtitle") if a[k]]

    for item in layout:
        op, *args = item.split(" ", 1)
        rest = args[0] if args else ""
        if op == "mast":
            pieces = rest.split("|")
            for p in pieces:
                emit(p)
            extras.append(conv("".join(p.replace(" ", "") for p in pieces), mode))
            PHEN["masthead piece"] += len(pieces)
            continue
        if op == "extra":
            emit(rest)
            extras.append(conv(rest, mode))
            PHEN["box line / page furniture"] += 1
            continue
        aid, *opt = rest.split()
        a = arts[aid]
        if op == "head":
            parts = headparts(a)
            if "join" in opt:
                emit(" ".join(clean(p) for p in parts))
                PHEN["headline parts joined on one line"] += 1
            elif "double" in opt:
                t = clean(a["title"])
                for p in parts:
                    emit(t + " " + t if p == a["title"] else clean(p))
                dups.append(conv(t, mode))
                PHEN["headline drawn twice"] += 1
            elif "twice" in opt:
                for p in parts:
                    for q in p.split(BRK):
                        emit(q.strip())
                        if p == a["title"]:
                            emit(q.strip())
                dups.append(conv(clean(a["title"]), mode))
                PHEN["headline drawn twice"] += 1
            else:
                for p in parts:
                    for q in p.split(BRK):
                        emit(q.strip())
                    if BRK in p:
                        PHEN["headline's last word alone"] += 1
            if "after" in opt:
                PHEN["headline printed after its body"] += 1
            if "bunch" in opt:
                PHEN["headline bunched with another story's"] += 1
            continue
        if op == "label":
            emit(a["column"])
            PHEN["column label on its own line"] += 1
            continue
        if op == "byline":
            for q in a["byline"].split(BRK):
                emit(q.strip())
            if BRK in a["byline"]:
                PHEN["line break inside a byline"] += 1
            if "right" in opt:
                lines[-1] = " " * 24 + lines[-1]
                PHEN["credit right-aligned"] += 1
            continue
        if op == "mark":
            emit(a["marker"])
            PHEN["jump marker"] += 1
            continue
        if op == "dup":          # a paragraph piece printed twice
            p, s = (opt[0].split(".") + ["0"])[:2] if "." in opt[0] else (opt[0], None)
            txt = a["paras"][int(p)]
            txt = segments(txt)[int(s)] if s is not None else txt.replace(CUT, "")
            emit(txt)
            dups.append(conv(txt, mode))
            PHEN["line printed twice"] += 1
            continue
        if op == "body":
            rng_a, rng_b = opt[0], opt[1]
            width = float(opt[2]) if len(opt) > 2 else float(a["width"])
            pieces = seg_range(a, rng_a, rng_b)
            printed.update((aid, p, s) for p, s, _, _ in pieces)
            # group consecutive segments of one paragraph
            groups = []
            for p, s, t, lastseg in pieces:
                if groups and groups[-1][0] == p:
                    groups[-1][1] += t
                    groups[-1][2] = lastseg
                else:
                    groups.append([p, t, lastseg, s])
            for gi, (p, t, lastseg, s0) in enumerate(groups):
                if p == 0 and s0 == 0 and a["dateline"]:
                    t = a["dateline"] + t
                if p == 0 and s0 == 0 and a["dateline"] and BRK in a["dateline"]:
                    PHEN["line break inside a dateline"] += 1
                if s0 > 0:
                    PHEN["paragraph continued after a cut"] += 1
                if not lastseg:
                    PHEN["paragraph cut"] += 1
                if col:
                    t = conv(t, mode)
                    for l in col_block(t, width, rng, final=lastseg):
                        lines.append(l)
                else:
                    for q in t.split(BRK):
                        emit(q)
            continue
        if op == "photo":
            printed.update((aid, i, 0) for i in range(len(a["paras"])))
            for p in a["paras"]:
                if col:
                    for l in col_block(conv(p, mode), float(a["width"]), rng):
                        lines.append(l)
                else:
                    emit(p)
            PHEN["photo caption"] += 1
            continue
        raise SystemExit(f"unknown layout op {item!r}")
    want = Counter((k, i, s) for k, a in arts.items() for i, p in enumerate(a["paras"])
                   for s in range(len(segments(p))))
    if want != printed:
        raise SystemExit(f"{meta['num']}: pieces printed != pieces in source: "
                         f"missing {sorted(want - printed)[:5]} extra {sorted(printed - want)[:5]}")
    sep = "\n\n"
    text = "\n\n" + sep.join(lines) + "\n"
    return text, extras, dups


def gold_of(meta, arts, name, extras, dups):
    mode = meta["punct"]
    out = OrderedDict()
    out["source"] = name
    out["issue_date"] = meta["date"]
    out["issue_number"] = int(meta["issue"]) if meta.get("issue") else None
    out["page_count"] = int(meta["pagecount"]) if meta.get("pagecount") else None
    al = []
    for a in arts.values():
        g = OrderedDict()
        g["kind"] = a["kind"]
        for f in FIELDS:
            g[f] = conv(clean(a[f]), mode)
        g["subheads"] = [conv(clean(s), mode) for s in a["subheads"]]
        g["paragraphs"] = [conv(clean(p), mode) for p in a["paras"]]
        # keep the field order of the seeds' gold
        order = ["kind", "column", "kicker", "title", "subtitle", "byline", "dateline",
                 "continued", "subheads", "paragraphs"]
        al.append(OrderedDict((k, g[k]) for k in order))
    out["articles"] = al
    out["extras"] = extras
    out["duplicates"] = dups
    return out


def build_all():
    PHEN.clear()
    results = []
    for src in sorted((SET / "src").glob("p*.txt")):
        meta, arts, layout = parse(src)
        rng = random.Random(src.name)
        before = Counter(PHEN)
        text, extras, dups = render(meta, arts, layout, rng)
        num = meta["num"]
        name = f"{num}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"
        gold = gold_of(meta, arts, name + ".txt", extras, dups)
        per = Counter(PHEN)
        per.subtract(before)
        results.append(dict(src=src, meta=meta, arts=arts, name=name, text=text, gold=gold,
                            phen=+per))
    return results


def gold_json(g):
    return json.dumps(g, ensure_ascii=False, indent=1) + "\n"


def nchars(text):
    return len(re.sub(r"\s", "", text))


def readme(results):
    tpl = (SET / "README.in").read_text(encoding="utf-8")
    tot = Counter()
    for r in results:
        tot.update(r["phen"])
    ph = ["| phenomenon | count | pages |", "|---|---:|---:|"]
    for k in sorted(tot, key=lambda k: -tot[k]):
        ph.append(f"| {k} | {tot[k]} | {sum(1 for r in results if r['phen'][k])} |")
    pg = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---:|---|---|---:|---:|---|"]
    for r in results:
        m = r["meta"]
        pg.append(f"| {r['name']}.txt | {m['date']} | {m['page']} | {m['layout']} | {m['punct']} "
                  f"| {len(r['gold']['articles'])} | {nchars(r['text'])} | {m['subjects']} |")
    return tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))


def write_all(results):
    for d in ("pages", "gold"):
        (SET / d).mkdir(exist_ok=True)
        for f in (SET / d).iterdir():
            f.unlink()
    for r in results:
        (SET / "pages" / (r["name"] + ".txt")).write_text(r["text"], encoding="utf-8")
        (SET / "gold" / (r["name"] + ".json")).write_text(gold_json(r["gold"]), encoding="utf-8")
    (SET / "README.md").write_text(readme(results), encoding="utf-8")


if __name__ == "__main__":
    res = build_all()
    write_all(res)
    for r in res:
        print(r["name"], r["meta"]["layout"], len(r["gold"]["articles"]), nchars(r["text"]),
              file=sys.stderr)
