#!/usr/bin/env python3
"""Lay out the page sources in src/ into pages/*.txt, gold/*.json and README.md.

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name, so a rerun is byte-for-byte equal.
"""
import hashlib
import json
import random
import re
import shutil
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CUT, BRK = "‖", "¦"          # cut point in a body; printed line break in a field
OPEN = set("“‘（《(「")
CLOSE = set("，。、；：！？”’）》),;:」")
PUNCT_IN = set("，、。；：")

# ---------------------------------------------------------------- parsing

def parse(path):
    page = OrderedDict(meta={}, arts=OrderedDict(), layout=[])
    cur = None
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            head = line[3:].split()
            if head[0] == "layout":
                cur = "layout"
            else:
                cur = OrderedDict(id=head[0], kind=head[1], f={}, body=[])
                page["arts"][head[0]] = cur
            continue
        if cur is None:
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif cur == "layout":
            page["layout"].append(line.strip())
        else:
            m = re.match(r"^(column|kicker|title|subtitle|byline|dateline|continued|width):\s?(.*)$", line)
            if m and not cur["body"]:
                cur["f"][m.group(1)] = m.group(2).strip()
            elif line.startswith("+ "):
                cur["body"].append(("sub", line[2:].strip()))
            else:
                cur["body"].append(("p", line.strip()))
    return page


# ---------------------------------------------------------------- text helpers

def punct(s, style):
    if style == "full":
        return s
    table = {"（": "(", "）": ")"}
    if style == "half":
        table.update({"，": ",", "；": ";", "：": ":"})
    return "".join(table.get(c, c) for c in s)


def clean(s):
    return s.replace(BRK, "").replace(CUT, "")


def width(s):
    w = 0.0
    for ch in s:
        if ch == " ":
            continue
        w += 0.5 if unicodedata.east_asian_width(ch) in "NaH" else 1.0
    return w


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff" or ch in "“”（）《》"


def space_numbers(s, rng, p, stats):
    """Column pages: spaces around runs of figures next to Chinese text."""
    out, i = [], 0
    for m in re.finditer(r"[0-9][0-9.%]*", s):
        a, b = m.span()
        out.append(s[i:a])
        run = m.group()
        left = a > 0 and is_cjk(s[a - 1])
        right = b < len(s) and is_cjk(s[b])
        if (left or right) and rng.random() < p:
            stats["number runs spaced"] += 1
            if run.endswith("%") and right and rng.random() < 0.5:
                run = run + " "          # glyph gap after the per-cent sign
            out.append((" " if left else "") + run + (" " if right else ""))
        else:
            out.append(run)
        i = b
    out.append(s[i:])
    return "".join(out)


def spread(line):
    """A justified column line stretched with spaces between glyphs."""
    toks = re.findall(r"[0-9A-Za-z.%]+|.", line.replace(" ", ""))
    out = toks[0]
    for a, b in zip(toks, toks[1:]):
        out += b if (a in CLOSE and a not in "”’") or b in OPEN else " " + b
    return out


def flow(text, w, rng, stats, last_is_end=True):
    """Break one paragraph (or a piece of one) into printed column lines."""
    toks = re.findall(r"[0-9A-Za-z.%]+|.", text)
    lines, cur = [], ""
    for t in toks:
        if cur and width(cur + t) > w:
            # a closing mark may not begin a line: hang it on this one
            if t in CLOSE and width(cur + t) <= w + 1:
                cur += t
                continue
            lines.append(cur)
            cur = t
        else:
            cur += t
    if cur:
        lines.append(cur)
    res = []
    for k, ln in enumerate(lines):
        final = k == len(lines) - 1 and last_is_end
        inner = sum(1 for c in ln[:-1] if c in PUNCT_IN)
        if not final and ln.count(BRK) == 0 and (inner >= 3 or (inner >= 2 and rng.random() < 0.45)):
            ln = spread(ln)
            stats["justified lines spread"] += 1
        res.append(ln)
    return res


# ---------------------------------------------------------------- layout

def segments(art):
    """Body pieces between cut marks: list of list of (kind, text, para_start, para_end)."""
    segs, cur = [], []
    for kind, text in art["body"]:
        parts = text.split(CUT)
        for j, part in enumerate(parts):
            if j > 0:
                segs.append(cur)
                cur = []
            cur.append((kind, part, j == 0, j == len(parts) - 1))
    segs.append(cur)
    return segs


def compose_page(path):
    page = parse(path)
    meta, arts = page["meta"], page["arts"]
    rng = random.Random(path.name)
    style, lay = meta["punct"], meta["layout"]
    W = float(meta.get("width", "17"))
    nump = float(meta.get("numspace", "0.7"))
    stats = Counter()
    lines, extras, dups = [], [], []

    def P(s):
        return punct(s, style)

    def field(a, k):
        return P(a["f"].get(k, ""))

    def art_w(a):
        return float(a["f"].get("width") or W)

    segs = {k: segments(a) for k, a in arts.items()}
    printed_start = set()
    seen = Counter()

    def body_lines(aid, idxs, a):
        out = []
        for si in idxs:
            seen[(aid, si)] += 1
            for kind, text, pstart, pend in segs[aid][si]:
                text = P(text)
                if kind == "sub":
                    out.append(text)
                    continue
                if not pstart:
                    stats["paragraphs cut across a layout break"] += 1
                if (aid, "dl") not in printed_start and a["f"].get("dateline"):
                    text = field(a, "dateline") + text
                    printed_start.add((aid, "dl"))
                if lay == "paragraph":
                    out.append(text.replace(BRK, ""))
                else:
                    text = space_numbers(text, rng, nump, stats)
                    for piece_i, piece in enumerate(text.split(BRK)):
                        if piece_i:
                            stats["forced breaks in datelines/bylines"] += 1
                        last = pend if piece_i == len(text.split(BRK)) - 1 else True
                        fl = flow(piece, art_w(a), rng, stats, last_is_end=last)
                        if piece_i < len(text.split(BRK)) - 1:
                            fl[-1] = fl[-1]
                        out.extend(fl)
        return out

    for cmd in page["layout"]:
        op, _, rest = cmd.partition(" ")
        args = rest.split()
        if op == "mast":
            pieces = [x.strip() for x in rest.split("|")]
            order = meta.get("mast_order")
            drawn = pieces if not order else [pieces[int(i)] for i in order.split(",")]
            lines.extend(drawn)
            extras.append(re.sub(r"\s+", "", "".join(pieces)))
            stats["masthead pieces"] += len(pieces)
            stats["masthead pieces merged"] += sum(1 for x in pieces if " " in x)
        elif op == "extra":
            lines.append(rest)
            extras.append(rest.replace(" ", "") if not rest.startswith(" ") else rest.strip())
            stats["box / furniture lines"] += 1
        elif op == "marker":
            lines.append(rest)
            stats["jump markers"] += 1
        elif op == "label":
            a = arts[args[0]]
            lines.append(field(a, "column"))
            stats["column labels on own line"] += 1
        elif op == "head":
            a = arts[args[0]]
            mode = args[1] if len(args) > 1 else "stack"
            parts = [field(a, k) for k in ("kicker", "title", "subtitle") if a["f"].get(k)]
            if mode == "join":
                hl = [" ".join(x.replace(BRK, "") for x in parts)]
                stats["headline parts joined on one line"] += 1
            else:
                hl = []
                for x in parts:
                    bits = x.split(BRK)
                    if len(bits) > 1:
                        stats["headline lines broken"] += 1
                    hl.extend(bits)
            if mode == "double":
                hl = [hl[0] + " " + hl[0]] + hl[1:]
                dups.append(hl[0].split(" ")[0])
                stats["headlines drawn twice"] += 1
            if mode == "twice":
                hl = [hl[0], hl[0]] + hl[1:]
                dups.append(hl[0])
                stats["headlines drawn twice"] += 1
            lines.extend(hl)
            stats["headline stacks"] += 1
        elif op == "byline":
            a = arts[args[0]]
            b = field(a, "byline")
            bits = b.split(BRK) if lay == "column" else [b.replace(BRK, "")]
            lines.extend(x.strip() for x in bits)
            stats["bylines on own line"] += 1
        elif op == "credit":
            a = arts[args[0]]
            c = field(a, "byline").replace(BRK, "")
            lines.append((" " * 24 + c) if lay == "column" else c)
            stats["photo credits on own line"] += 1
        elif op == "body":
            a = arts[args[0]]
            n = len(segs[args[0]])
            if len(args) == 1:
                idxs = range(n)
            elif "-" in args[1]:
                lo, hi = args[1].split("-")
                idxs = range(int(lo), int(hi) + 1)
            else:
                idxs = [int(args[1])]
            lines.extend(body_lines(args[0], idxs, a))
        elif op == "dup":
            a = arts[args[0]]
            pi = int(args[1])
            paras = [t for k, t in a["body"] if k == "p"]
            t = P(clean(paras[pi]))
            dups.append(t)
            if lay == "paragraph":
                lines.append(t)
            else:
                lines.extend(flow(t, art_w(a), rng, Counter()))
            stats["lines / paragraphs printed twice"] += 1
        else:
            raise SystemExit(f"{path.name}: unknown layout op {cmd!r}")

    for aid in arts:
        for si in range(len(segs[aid])):
            if seen[(aid, si)] != 1 and arts[aid]["body"]:
                raise SystemExit(f"{path.name}: segment {aid} {si} printed {seen[(aid, si)]} times")
    # lead spaces and blank-line pattern, as the seeds print them
    out = []
    if lay == "column":
        for i, ln in enumerate(lines):
            if rng.random() < 0.02 or (i == 0 and rng.random() < 0.5):
                ln = " " + ln
            out.append(ln)
        text = "\n\n".join(out) + "\n"
    else:
        text = ""
        for i, ln in enumerate(lines):
            if i == 0:
                text = "\n\n" + ln
                continue
            gap = "\n\n"
            r = rng.random()
            if r < 0.02:
                gap = "\n"
            elif r < 0.05:
                gap = "\n\n\n\n"
            text += gap + ln
    # gold
    garts = []
    for aid, a in arts.items():
        subs = [P(t) for k, t in a["body"] if k == "sub"]
        paras = [P(clean(t)) for k, t in a["body"]]
        garts.append(OrderedDict([
            ("kind", a["kind"]),
            ("column", clean(field(a, "column"))),
            ("kicker", clean(field(a, "kicker"))),
            ("title", clean(field(a, "title"))),
            ("subtitle", clean(field(a, "subtitle"))),
            ("byline", clean(field(a, "byline"))),
            ("dateline", clean(field(a, "dateline"))),
            ("continued", clean(field(a, "continued"))),
            ("subheads", subs),
            ("paragraphs", paras),
        ]))
        for k, t in a["body"]:
            if k == "p" and CUT in t:
                stats["cut points in bodies"] += t.count(CUT)
    return page, text, garts, extras, dups, stats


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows, total = [], Counter()
    for i, path in enumerate(sorted(SRC.glob("p*.txt")), 1):
        page, text, garts, extras, dups, stats = compose_page(path)
        meta = page["meta"]
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold = OrderedDict([
            ("source", f"{name}.txt"),
            ("issue_date", meta["date"]),
            ("issue_number", int(meta["issue"]) if meta.get("issue") else None),
            ("page_count", int(meta["count"]) if meta.get("count") else None),
            ("articles", garts),
            ("extras", extras),
            ("duplicates", dups),
        ])
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        chars = len(re.sub(r"\s", "", text))
        rows.append((f"{name}.txt", meta["date"], meta["page"], meta["layout"], meta["punct"],
                     len(garts), chars, meta.get("subjects", "")))
        total.update(stats)
    ph = "| phenomenon | count |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in sorted(total.items()))
    pt = ("| file | issue date | page | layout | punctuation | articles | characters | subjects |\n"
          "|---|---|---|---|---|---|---|---|\n" +
          "\n".join("| " + " | ".join(str(x) for x in r) + " |" for r in rows))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    (HERE / "README.md").write_text(tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt), encoding="utf-8")


if __name__ == "__main__":
    main()
