#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only. Every small choice comes from random.Random(<source file name>),
so a rebuild is byte-for-byte identical.
"""
import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」%,.;:?!)")
OPEN = set("“‘（《「(")
PUNCT_NOSPACE = set("，。、；：？！”’）》」,;:?!)")
NUMCH = set("0123456789.%")
STATS = Counter()


def conv(s, mode):
    """Punctuation width of the page: full | bracket | half."""
    if mode in ("bracket", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def em(c):
    if c == " ":
        return 0.25
    return 0.5 if ord(c) < 0x2000 else 1.0


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def tokens(text):
    out, i = [], 0
    while i < len(text):
        m = re.match(r"[0-9A-Za-z.%]+", text[i:])
        if m and (text[i].isdigit() or text[i].isascii() and text[i].isalpha()):
            out.append(m.group(0))
            i += len(m.group(0))
        else:
            out.append(text[i])
            i += 1
    return out


def numspace(line, rng):
    """Spaces printed around number runs (PDF glyph gaps)."""
    toks = tokens(line)
    out = []
    for k, t in enumerate(toks):
        if t[0].isdigit() and len(toks) > 1:
            prev = out[-1][-1] if out else ""
            if prev and is_cjk(prev) and rng.random() < 0.7:
                out.append(" ")
                STATS["spaces around number runs"] += 1
            out.append(t)
            nxt = toks[k + 1][0] if k + 1 < len(toks) else ""
            if nxt and is_cjk(nxt) and rng.random() < 0.35:
                out.append(" ")
            elif nxt in "，、" and t.endswith("%") and rng.random() < 0.5:
                out.append(" ")
                STATS["glyph-gap space before full-width punctuation"] += 1
        else:
            out.append(t)
    return "".join(out)


def spread(line):
    """A justified column line spread with spaces (no space after closing punctuation,
    none inside a number run, one after an opening quote)."""
    toks = tokens(line)
    out = []
    for k, t in enumerate(toks):
        out.append(t)
        if k + 1 < len(toks) and t[-1] not in PUNCT_NOSPACE:
            out.append(" ")
    STATS["justified column lines spread with spaces"] += 1
    return "".join(out)


def wrap(text, width, rng, last_open=False):
    """Greedy column wrapping in em; closing punctuation may overhang, an opening
    quote never ends a line; short non-final lines are spread (justified)."""
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = sum(em(c) for c in t)
        if cur and cw + tw > width + 0.01 and not (len(t) == 1 and t in CLOSE):
            lines.append(cur)
            cur, cw = [], 0.0
            if lines[-1] and lines[-1][-1] in OPEN:
                o = lines[-1].pop()
                cur, cw = [o], 1.0
        cur.append(t)
        cw += tw
    if cur:
        lines.append(cur)
    out = []
    for k, ln in enumerate(lines):
        s = "".join(ln)
        w = sum(em(c) for c in s)
        final = k == len(lines) - 1 and not last_open
        if not final and w < width - 0.9:
            s = spread(s)
        else:
            s = numspace(s, rng)
        out.append(s)
    return out


class Art:
    def __init__(self, aid, kind):
        self.id, self.kind = aid, kind
        self.f = {k: "" for k in ("col", "kick", "title", "sub", "by", "dl", "cont", "lead", "w")}
        self.paras = []   # list of (is_subhead, [segments])
        self.seg = []     # flat list of (para_index, seg_index, text)
        self.printed = set()


def parse(path):
    meta, arts, layout = {}, OrderedDict(), []
    cur, mode = None, "meta"
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("== "):
            parts = raw[3:].split()
            if parts[0] == "layout":
                mode = "layout"
                continue
            cur = Art(parts[0], parts[1])
            arts[cur.id] = cur
            mode = "art"
            continue
        if mode == "layout":
            layout.append(raw)
            continue
        key, _, val = raw.partition(":")
        key, val = key.strip(), val.strip()
        if mode == "meta":
            meta[key] = val
        elif key in ("p", "h"):
            cur.paras.append((key == "h", val))
        else:
            cur.f[key] = val
    return meta, arts, layout


CUT = re.compile(r"¦([a-z])")
CUTNAMES = {"v": "cut between a verb and its figure", "u": "cut between a figure and its unit",
            "w": "cut inside a word", "q": "cut inside a quoted term", "n": "cut inside a name",
            "x": "cut at a clause boundary"}


def prepare(meta, arts):
    pm = meta.get("punct", "full")
    for a in arts.values():
        for k in a.f:
            a.f[k] = conv(a.f[k], pm)
        segs = []
        for pi, (sh, text) in enumerate(a.paras):
            text = conv(text, pm)
            pieces = CUT.split(text)
            texts = pieces[0::2]
            for code in pieces[1::2]:
                STATS[CUTNAMES[code]] += 1
            for si, t in enumerate(texts):
                segs.append((pi, si, t))
            a.paras[pi] = (sh, "".join(texts))
        a.seg = segs


def clean(s):
    return s.replace("/", "")


def head_parts(a):
    return [clean(x) for x in (a.f["kick"], a.f["title"], a.f["sub"]) if x]


def printed_head(s):
    """A headline part as printed: '/' is a line break inside the part."""
    return "\n".join(x.strip() for x in s.split("/"))


def layout_page(meta, arts, layout, rng):
    col = meta["layout"] == "col"
    blocks, extras, dups = [], [], []
    xgroup = []

    def flush_x():
        if xgroup:
            extras.append("".join(x.strip() for x in xgroup))
            xgroup.clear()

    for item in layout:
        op, _, rest = item.partition(" ")
        if op != "x":
            flush_x()
        if op == "x":                    # masthead / box line, verbatim, grouped
            xgroup.append(rest)
            blocks.append(rest)
            if meta.get("front"):
                STATS["masthead / box lines"] += 1
            else:
                STATS["box lines (countdown, prompt, framed label)"] += 1
        elif op == "xs":                 # extra line on its own (its own extras entry)
            extras.append(rest.strip())
            blocks.append(rest)
            STATS["box lines (countdown, prompt, framed label)"] += 1
        elif op == "mark":               # jump marker line
            extras.append(rest.strip())
            blocks.append(rest)
            STATS["jump markers"] += 1
        elif op in ("head", "heads", "head1", "head2", "headdup"):
            a = arts[rest.split()[0]]
            parts = [x for x in (a.f["kick"], a.f["title"], a.f["sub"]) if x]
            if op == "head":
                for p in parts:
                    blocks.append(printed_head(p))
                    if "/" in p:
                        STATS["headline part broken over two lines"] += 1
                STATS["headline stacks, one part a line"] += 1
            elif op == "heads":          # two-phrase title split at its space, tight lines
                blocks.append("\n".join(clean(p).replace(" ", "\n") for p in parts))
                STATS["headline lines printed tight (no blank line)"] += 1
            elif op == "head1":
                blocks.append(" ".join(clean(p) for p in parts))
                STATS["headline stack joined on one line"] += 1
            elif op == "head2":          # title drawn twice on one line
                t = clean(a.f["title"])
                for p in parts:
                    if p == a.f["title"]:
                        blocks.append(t + t)
                    else:
                        blocks.append(printed_head(p))
                dups.append(t)
                STATS["headline drawn twice on one line"] += 1
            elif op == "headdup":        # title drawn twice, two identical lines
                t = clean(a.f["title"])
                for p in parts:
                    blocks.append(printed_head(p))
                    if p == a.f["title"]:
                        blocks.append(t)
                dups.append(t)
                STATS["headline drawn twice on two lines"] += 1
            if len(rest.split()) > 1 and rest.split()[1] == "late":
                STATS["headline printed after its body"] += 1
            if len(rest.split()) > 1 and rest.split()[1] == "bunch":
                STATS["headline bunched with other stories' headlines"] += 1
        elif op == "col":
            a = arts[rest.split()[0]]
            blocks.append(a.f["col"])
            STATS["column labels on their own line"] += 1
        elif op == "by":
            a = arts[rest.split()[0]]
            b = a.f["by"]
            if "/" in b:
                STATS["byline broken between names"] += 1
                sep = "\n" if "tight" in rest else "\n\n"
                blocks.append(sep.join(x.strip() for x in b.split("/")))
            else:
                blocks.append(b)
            STATS["byline alone on a line"] += 1
        elif op == "body":
            aid, rng_s = (rest.split() + ["0:"])[:2]
            a = arts[aid]
            lo, _, hi = rng_s.partition(":")
            lo = int(lo)
            hi = int(hi) if hi else len(a.seg)
            for k in range(lo, hi):
                pi, si, text = a.seg[k]
                a.printed.add(k)
                sh = a.paras[pi][0]
                lead = ""
                if k == 0:
                    lead = a.f["lead"] + a.f["dl"]
                    if a.f["lead"]:
                        extras.append(a.f["lead"].strip())
                        STATS["jump markers"] += 1
                more = k + 1 < len(a.seg) and a.seg[k + 1][0] == pi
                if k > lo and si > 0:
                    STATS["paragraph split by a column break, nothing between"] += 1
                elif k == lo and si > 0:
                    STATS["paragraph continued after a piece of another story"] += 1
                if col:
                    width = float(a.f["w"] or meta.get("w", 17))
                    if sh:
                        blocks.append(text)
                        continue
                    if "/" in lead:      # forced break inside the dateline
                        d1, d2 = lead.split("/", 1)
                        ls = wrap(d1.rstrip(), width, rng, last_open=False)
                        ls = [numspace(x, rng) if False else x for x in ls]
                        blocks.extend(ls)
                        lines = wrap(d2.lstrip() + text, width, rng, last_open=more)
                        STATS["line break inside a dateline"] += 1
                    else:
                        lines = wrap(lead + text, width, rng, last_open=more)
                    blocks.extend(lines)
                else:
                    if "/" in lead:
                        d1, d2 = lead.split("/", 1)
                        blocks.append(d1.rstrip())
                        blocks.append(d2.lstrip() + text)
                        STATS["line break inside a dateline"] += 1
                    else:
                        blocks.append(lead + text)
        elif op == "dupseg":             # a body segment printed twice
            aid, k = rest.split()[:2]
            text = arts[aid].seg[int(k)][2]
            blocks.append(text)
            dups.append(text)
            STATS["lines printed twice"] += 1
        elif op == "dupline":            # the last printed line printed again
            blocks.append(blocks[-1])
            dups.append(blocks[-1].strip())
            STATS["lines printed twice"] += 1
        elif op == "photo":
            a = arts[rest.split()[0]]
            style = rest.split()[1] if len(rest.split()) > 1 else "inline"
            for k, (pi, si, text) in enumerate(a.seg):
                a.printed.add(k)
                last = k == len(a.seg) - 1
                if last and style == "inline" and a.f["by"]:
                    blocks.append(text + " " + a.f["by"])
                else:
                    blocks.append(text)
            if style == "right" and a.f["by"]:
                blocks.append(" " * 28 + a.f["by"])
                STATS["credits right-aligned on their own line"] += 1
            elif style == "own" and a.f["by"]:
                blocks.append(a.f["by"])
            STATS["photo / cartoon captions"] += 1
        else:
            raise SystemExit(f"unknown layout op {item!r}")
    flush_x()
    for a in arts.values():
        missing = set(range(len(a.seg))) - a.printed
        if missing:
            raise SystemExit(f"{meta['date']}: article {a.id} segments not printed: {sorted(missing)}")
    text = ""
    for i, b in enumerate(blocks):
        text += b + ("\n\n" if i + 1 < len(blocks) else "\n")
    return text, extras, dups


def gold_of(meta, arts, name, extras, dups):
    out = OrderedDict()
    out["source"] = name
    out["issue_date"] = meta["date"]
    out["issue_number"] = int(meta["issue"]) if meta.get("issue") else None
    out["page_count"] = int(meta["count"]) if meta.get("count") else None
    arr = []
    for a in arts.values():
        d = OrderedDict()
        d["kind"] = a.kind
        d["column"] = a.f["col"]
        d["kicker"] = clean(a.f["kick"])
        d["title"] = clean(a.f["title"])
        d["subtitle"] = clean(a.f["sub"])
        d["byline"] = re.sub(r"\s*/\s*", " ", a.f["by"]).strip()
        d["dateline"] = re.sub(r"\s*/\s*", " ", a.f["dl"]).strip()
        d["continued"] = a.f["cont"]
        d["subheads"] = [t for sh, t in a.paras if sh]
        d["paragraphs"] = [t for sh, t in a.paras]
        arr.append(d)
    out["articles"] = arr
    out["extras"] = extras
    out["duplicates"] = dups
    return out


def main():
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for d in (PAGES, GOLD):
        for f in d.iterdir():
            f.unlink()
    rows = []
    for i, src in enumerate(sorted(SRC.glob("p*.txt")), 1):
        meta, arts, layout = parse(src)
        prepare(meta, arts)
        rng = random.Random(src.name)
        text, extras, dups = layout_page(meta, arts, layout, rng)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}.txt"
        (PAGES / name).write_text(text, encoding="utf-8")
        g = gold_of(meta, arts, name, extras, dups)
        (GOLD / name.replace(".txt", ".json")).write_text(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nchar = len(re.sub(r"\s", "", text))
        rows.append((name, meta["date"], meta["page"], meta["layout"], meta.get("punct", "full"),
                     len(arts), nchar, meta.get("subjects", "")))
    lay = {"col": "column", "para": "paragraph"}
    pt = ["| file | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        pt.append(f"| {r[0]} | {r[1]} | {r[2]} | {lay[r[3]]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
    ph = ["| phenomenon | count |", "|---|---|"]
    for k in sorted(STATS):
        ph.append(f"| {k} | {STATS[k]} |")
    readme = (HERE / "README.in").read_text(encoding="utf-8")
    readme = readme.replace("{{PAGES}}", "\n".join(pt)).replace("{{PHENOMENA}}", "\n".join(ph))
    (HERE / "README.md").write_text(readme, encoding="utf-8")
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
