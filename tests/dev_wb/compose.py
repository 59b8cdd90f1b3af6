#!/usr/bin/env python3
"""Lay out the page sources src/pNN.txt into pages/*.txt, gold/*.json and README.md.

Standard library only.  Every small choice is drawn from random.Random(<source file name>),
so running this script twice gives byte-identical output.  See README.in / README.md for
the source format and the layout rules (measured on /work/shared/seeds).
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

FIELDS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
OPEN = set("“‘（《(「")
CLOSE = set("，。、；：？！”’）》,;:)」?!")
RUN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%+\-/]*")
CUT_RE = re.compile(r"\{([vuwqncg])\}")
CUT_NAMES = {"v": "between a verb and its figure", "u": "between a figure and its unit",
             "w": "inside a word", "q": "inside a quoted term", "n": "inside a name",
             "c": "column break, nothing between", "g": "elsewhere in a sentence"}


class SourceError(Exception):
    pass


# ---------------------------------------------------------------- source parsing
def parse_source(path: Path) -> dict:
    page = {"meta": {}, "articles": OrderedDict(), "layout": []}
    cur = None
    section = None
    for ln, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#!"):
            continue
        if line.startswith("#page"):
            section, cur = "page", None
            continue
        if line.startswith("#layout"):
            section, cur = "layout", None
            continue
        if line.startswith("#a "):
            parts = line.split()
            aid = parts[1]
            cur = {"id": aid, "kind": parts[2] if len(parts) > 2 else "news", "column": "",
                   "kicker": "", "title": "", "subtitle": "", "byline": "", "dateline": "",
                   "continued": "", "hl": [], "P": [], "opts": {}}
            if aid in page["articles"]:
                raise SourceError(f"{path.name}:{ln}: duplicate article id {aid}")
            page["articles"][aid] = cur
            section = "article"
            continue
        if section == "page":
            k, _, v = line.partition(":")
            page["meta"][k.strip()] = v.strip()
        elif section == "layout":
            page["layout"].append((ln, line.split(None, 1)[0], (line.split(None, 1) + [""])[1].strip()))
        elif section == "article":
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
                cur[k] = v
            elif k == "hl":
                cur["hl"].append(v)
            elif k in ("P", "S"):
                cur["P"].append((k, v))
            else:
                cur["opts"][k] = v
        else:
            raise SourceError(f"{path.name}:{ln}: text outside a section")
    return page


# ---------------------------------------------------------------- punctuation
def punct(s: str, mode: str) -> str:
    if mode == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- tokens and column flow
def tokenize(text: str):
    toks = []
    i = 0
    while i < len(text):
        m = RUN_RE.match(text, i)
        if m:
            toks.append(["r", m.group(0)])
            i = m.end()
            continue
        c = text[i]
        if c == " ":
            toks.append(["s", c])
        elif c in OPEN:
            toks.append(["o", c])
        elif c in CLOSE:
            toks.append(["x", c])
        else:
            toks.append(["c", c])
        i += 1
    return toks


class Stats:
    def __init__(self):
        self.c = Counter()


def decorate(toks, rng, stats, art_p=0.0, para=False):
    """Decide the PDF-extraction spaces of each token: spaces around runs, glyph gaps
    before full-width punctuation, a space after an opening quote, a space before %."""
    out = []
    for i, (k, t) in enumerate(toks):
        pre = post = ""
        prev = toks[i - 1][0] if i else None
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        if k == "r":
            if not para:
                if prev == "c" and rng.random() < 0.85:
                    pre = " "
                if nxt == "c" and rng.random() < (0.35 if t.endswith("%") else 0.65):
                    post = " "
                if pre or post:
                    stats.c["number/latin runs printed with spaces around"] += 1
                if t.endswith("%") and len(t) > 1 and rng.random() < art_p * 2:
                    t = t[:-1] + " %"
                    stats.c["glyph-gap space before %"] += 1
        elif k == "x" and t in "、，" and prev in ("c", "r") and rng.random() < art_p:
            pre = " "
            stats.c["glyph-gap space before full-width punctuation"] += 1
        elif k == "o" and t == "“" and nxt == "c" and rng.random() < art_p * 1.5:
            post = " "
            stats.c["space after an opening quote"] += 1
        out.append((k, t, pre, post))
    return out


def tok_width(tok) -> float:
    k, t, pre, post = tok
    if k == "c":
        return 1.0
    if k in "ox":
        return 0.5
    if k == "s":
        return 0.25
    return 0.5 * len(t.replace(" ", "")) + 0.25 * (len(pre) + len(post))


def render(line, spread: bool) -> str:
    if not spread:
        s = "".join(pre + t + post for k, t, pre, post in line)
        return re.sub(" +", " ", s).strip()
    parts = []
    for i, (k, t, pre, post) in enumerate(line):
        if i:
            pk = line[i - 1][0]
            if pk not in "x" and k != "o":
                parts.append(" ")
        parts.append(t)
    return re.sub(" +", " ", "".join(parts)).strip()


def flow_paragraph(toks, width, first_indent, rng, stats, force_break_at=None, dl_end=0):
    """Greedy fill of one paragraph into lines of `width` em (punctuation compressed to
    0.5 em, first line indented 2 em).  Returns printed lines."""
    lines = []
    i = 0
    n = len(toks)
    first = True
    consumed = 0  # characters consumed, for the forced break
    while i < n:
        lim = width - (2 if (first and first_indent) else 0)
        cur, w = [], 0.0
        forced = False
        while i < n:
            tw = tok_width(toks[i])
            if force_break_at is not None and consumed >= force_break_at and cur:
                forced = True
                force_break_at = None
                break
            if w + tw <= lim or not cur or (force_break_at is not None and force_break_at - consumed <= 6) \
                    or (dl_end and consumed < dl_end and dl_end - consumed <= 3):
                cur.append(toks[i]); w += tw; consumed += len(toks[i][1]); i += 1
                continue
            if toks[i][0] == "x":           # closing punctuation hangs on the line
                while i < n and toks[i][0] == "x":
                    cur.append(toks[i]); w += tok_width(toks[i]); consumed += len(toks[i][1]); i += 1
            break
        while len(cur) > 1 and cur[-1][0] == "o" and i < n:   # no opening mark at a line end
            i -= 1
            consumed -= len(cur[-1][1])
            w -= tok_width(cur.pop())
        last = i >= n
        spread = (not last) and (not forced) and (lim - w >= 1.0)
        if spread:
            stats.c["justified column lines spread with spaces"] += 1
        lines.append(render(cur, spread))
        first = False
    return lines


# ---------------------------------------------------------------- page building
def split_cuts(text):
    pieces = CUT_RE.split(text)
    texts = pieces[0::2]
    tags = pieces[1::2]
    return texts, tags


def build_article_units(a, layout, mode, rng, stats, art_p):
    """Units: printed lines (column layout) or paragraph pieces (paragraph layout).
    Also returns the gold paragraphs and subheads."""
    paras, subheads = [], []
    for k, v in a["P"]:
        texts, tags = split_cuts(v)
        whole = punct("".join(texts), mode)
        paras.append(whole.replace(" ", "") if k == "S" else whole)
        if k == "S":
            subheads.append(punct(a["opts"].get("sh_" + str(len(subheads)), v), mode))
    dl = punct(a["dateline"], mode)
    dlp = punct(a["opts"].get("dl", a["dateline"]), mode)
    units, tags_out = [], []
    if layout == "para":
        for pi, (k, v) in enumerate(a["P"]):
            texts, tags = split_cuts(v)
            texts = [punct(t, mode) for t in texts]
            for j, t in enumerate(texts):
                pre = dlp if (pi == 0 and j == 0 and dlp) else ""
                if pre and a["opts"].get("markinline"):
                    pre = a["opts"]["mark"] + pre
                toks = decorate(tokenize(t), rng, stats, art_p, para=True)
                s = render(toks, False)
                units.append(pre + s)
                tags_out.append(tags[j] if j < len(tags) else None)
        if not dlp and a["opts"].get("markinline") and units:
            units[0] = a["opts"]["mark"] + units[0]
    else:
        width = float(a["opts"].get("W", "17"))
        for pi, (k, v) in enumerate(a["P"]):
            texts, tags = split_cuts(v)
            t = punct("".join(texts), mode)
            if k == "S":
                units.append(t)
                continue
            lead = ""
            fb = None
            if pi == 0 and dlp:
                lead = dlp
                if a["opts"].get("dlbreak"):
                    fb = dlp.index(a["opts"]["dlbreak"])
                    stats.c["dateline broken across lines (" + a["opts"].get("dlbreak_kind", "before " + a["opts"]["dlbreak"]) + ")"] += 1
            if pi == 0 and a["opts"].get("markinline"):
                lead = a["opts"]["mark"] + lead
                if fb is not None:
                    fb += len(a["opts"]["mark"])
            toks = decorate(tokenize(lead + t), rng, stats, art_p)
            if fb is not None:
                # convert character offset of the forced break into token consumption
                pass
            lines = flow_paragraph(toks, width, a["opts"].get("noindent") is None, rng, stats, fb, len(lead))
            units.extend(lines)
    return units, paras, subheads, tags_out


def build_page(path: Path):
    page = parse_source(path)
    meta = page["meta"]
    rng = random.Random(path.name)
    stats = Stats()
    mode = meta.get("punct", "full")
    layout = meta["layout"]
    art_p = float(meta.get("artefacts", "0.04" if layout == "column" else "0.0"))
    arts = page["articles"]
    units = {}
    gold_arts = []
    for aid, a in arts.items():
        u, paras, subheads, tags = build_article_units(a, layout, mode, rng, stats, art_p)
        units[aid] = (u, tags)
        g = OrderedDict()
        g["kind"] = a["kind"]
        for f in ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued"):
            g[f] = punct(a[f], mode)
        g["subheads"] = subheads
        g["paragraphs"] = paras
        gold_arts.append((aid, g))
        for k, v in a["P"]:
            for t in CUT_RE.findall(v):
                if layout == "para":
                    stats.c["paragraph cut " + CUT_NAMES[t]] += 1
    # ---- emit
    blocks = []       # list of (text, gap_before)
    extras, dups = [], []
    printed = Counter()
    pending_gap = False
    seen_body = set()
    seen_head = set()
    last_cmd = None
    unit_seq = []     # (aid, unit index) of every printed body unit, in order
    ptr = {}

    def add(text):
        nonlocal pending_gap
        blocks.append((text, pending_gap))
        pending_gap = False

    for ln, cmd, arg in page["layout"]:
        args = arg.split()
        if cmd == "gap":
            pending_gap = True
        elif cmd in ("mast", "box"):
            for b in arg.split("|"):
                add("\n".join(x for x in b.split("/")))
            extras.append(squash(arg.replace("|", "").replace("/", "")))
            stats.c["masthead pieces (blocks)" if cmd == "mast" else "box lines (countdowns, prompts, framed labels)"] += len(arg.split("|"))
        elif cmd == "head":
            a = arts[args[0]]
            hl = [punct(h, mode) for h in a["hl"]]
            opts = dict(o.split("=") if "=" in o else (o, "1") for o in args[1:])
            sel = range(len(hl))
            if "sel" in opts:
                i, j = opts["sel"].split(":")
                sel = range(int(i or 0), int(j) if j else len(hl))
            lines = [hl[i] for i in sel]
            if "dbl" in opts:
                k = int(opts["dbl"]) - sel.start
                lines[k] = lines[k].replace("/", "") + " " + lines[k].replace("/", "")
                dups.append(squash(hl[int(opts["dbl"])].replace("/", "")))
                stats.c["headline drawn twice"] += 1
            if "twice" in opts:
                k = int(opts["twice"]) - sel.start
                lines.insert(k + 1, lines[k].replace("/", ""))
                lines[k] = lines[k].replace("/", "")
                dups.append(squash(hl[int(opts["twice"])].replace("/", "")))
                stats.c["headline drawn twice"] += 1
            if "join" in opts:
                add(" ".join(l.replace("/", "") for l in lines))
            else:
                for l in lines:
                    add(l.replace("/", "\n"))
            if args[0] in seen_body and layout == "column":
                stats.c["headlines printed after their body"] += 1
            if last_cmd and last_cmd[0] == "head" and last_cmd[1] != args[0]:
                stats.c["headlines bunched with another story's headline"] += 1
            if any("/" in l for l in lines) or any(len(l.replace("/", "")) <= 4 for l in lines if "/" in l):
                stats.c["headline line broken inside the stack"] += 1
            seen_head.add(args[0])
        elif cmd == "col":
            a = arts[args[0]]
            add(punct(a["opts"].get("colp", a["column"]), mode).replace("/", "\n"))
            stats.c["column labels on their own line"] += 1
        elif cmd == "by":
            a = arts[args[0]]
            bp = punct(a["opts"].get("by", a["byline"]), mode)
            for b in bp.split("|"):
                add(b.replace("/", "\n"))
            if "/" in bp or "|" in bp:
                stats.c["byline broken between names"] += 1
        elif cmd == "body":
            aid = args[0]
            u, tags = units[aid]
            i, j = ptr.get(aid, 0), len(u)
            if len(args) > 1:
                if args[1] == "cut":
                    j = i
                    while j < len(u) and tags[j] is None:
                        j += 1
                    j += 1
                elif ":" not in args[1]:
                    j = i + int(args[1])
                else:
                    a_, b_ = args[1].split(":")
                    i = int(a_) if a_ else 0
                    j = int(b_) if b_ else len(u)
                    if i < 0:
                        i += len(u)
                    if j < 0:
                        j += len(u)
            if j > len(u) or i >= j:
                raise SourceError(f"{path.name}:{ln}: bad range {i}:{j} of {aid} ({len(u)} units)")
            ptr[aid] = j
            for k in range(i, j):
                if printed[(aid, k)]:
                    raise SourceError(f"{path.name}:{ln}: unit {k} of {aid} printed twice")
                printed[(aid, k)] += 1
                add(u[k])
                unit_seq.append((aid, k))
            seen_body.add(aid)
        elif cmd == "dup":
            aid, k = args[0], int(args[1])
            u, _ = units[aid]
            add(u[k])
            dups.append(squash(u[k]))
            stats.c["lines printed twice"] += 1
        elif cmd == "mark":
            a = arts[args[0]]
            add(a["opts"]["mark"])
            stats.c["jump markers"] += 1
        elif cmd == "photo":
            a = arts[args[0]]
            if a["title"] and args[0] not in seen_head:
                add(punct(a["title"], mode))
            cap = punct(a["P"][0][1], mode)
            if layout == "column":
                cap = render(decorate(tokenize(cap), rng, stats, 0.0), False)
            cred = punct(a["byline"], mode)
            style = a["opts"].get("credit", "inline")
            pw = a["opts"].get("pw")
            caplines = [cap]
            if pw:
                pw = int(pw)
                caplines, cur = [], ""
                for ch in cap:
                    cur += ch
                    if sum(1 if ord(c) > 127 else 0.5 for c in cur if c != " ") >= pw:
                        caplines.append(cur); cur = ""
                if cur:
                    caplines.append(cur)
            if cred and style == "inline":
                caplines[-1] = caplines[-1] + " " + cred
                add("\n".join(caplines))
            else:
                add("\n".join(caplines))
                if cred:
                    add(" " + cred)
                    stats.c["credits on a line of their own"] += 1
            stats.c["photo captions"] += 1
        else:
            raise SourceError(f"{path.name}:{ln}: unknown layout command {cmd}")
        last_cmd = (cmd, args[0] if args else "")
    # every unit printed exactly once
    for aid, (u, tags) in units.items():
        if arts[aid]["kind"] == "photo" and not u or arts[aid]["kind"] == "photo":
            continue
        for k in range(len(u)):
            if not printed[(aid, k)]:
                raise SourceError(f"{path.name}: unit {k} of {aid} never printed: {u[k][:30]}")
    # paragraph cuts continued after a piece of another story
    if layout == "para":
        pos = {x: n for n, x in enumerate(unit_seq)}
        for aid, (u, tags) in units.items():
            for k, t in enumerate(tags):
                if t is None:
                    continue
                p1, p2 = pos[(aid, k)], pos[(aid, k + 1)]
                between = {x[0] for x in unit_seq[p1 + 1:p2]}
                if p2 != p1 + 1 and between - {aid}:
                    stats.c["cut paragraphs continued after a piece of another story"] += 1
                elif p2 == p1 + 1:
                    stats.c["paragraphs split by a column break, nothing between"] += 1
    else:
        # two stories alternating in short pieces
        runs = []
        for aid, k in unit_seq:
            if runs and runs[-1][0] == aid:
                runs[-1][1] += 1
            else:
                runs.append([aid, 1])
        for x in range(len(runs) - 3):
            a1, a2 = runs[x][0], runs[x + 1][0]
            if a1 != a2 and runs[x + 2][0] == a1 and runs[x + 3][0] == a2 and all(r[1] <= 4 for r in runs[x:x + 4]):
                stats.c["two stories alternating in pieces of 3-4 lines"] += 1
                break
    # ---- text
    text = ""
    for n, (b, gap) in enumerate(blocks):
        if n == 0:
            text += b
        else:
            text += ("\n\n\n\n" if gap else "\n\n") + b
    if layout == "column":
        text = " " + text + "\n\n\n"
    else:
        text = "\n\n" + text
    # ---- gold
    gold = OrderedDict()
    gold["source"] = None
    gold["issue_date"] = meta["date"]
    gold["issue_number"] = meta.get("number") or None
    gold["page_count"] = int(meta["count"]) if meta.get("count") else None
    gold["articles"] = [g for _, g in gold_arts]
    gold["extras"] = extras
    gold["duplicates"] = dups
    for aid, a in arts.items():
        if a["dateline"]:
            stats.c["datelines with " + ("电" if "电（" in a["dateline"] or "电(" in a["dateline"] else "讯")] += 1
        if a["kicker"] and a["title"] and a["subtitle"]:
            stats.c["three-part headline stacks"] += 1
        if a["subtitle"].startswith("——"):
            stats.c["dash-led subtitles"] += 1
        if "供稿" in a["byline"]:
            stats.c["供稿 lines instead of a reporter"] += 1
    return text, gold, stats, page


def build_all():
    outs = {}
    rows = []
    total = Counter()
    srcs = sorted(SRC.glob("p*.txt"))
    for n, sp in enumerate(srcs, 1):
        text, gold, stats, page = build_page(sp)
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        gold["source"] = name + ".txt"
        outs[f"pages/{name}.txt"] = text
        outs[f"gold/{name}.json"] = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        total.update(stats.c)
        m = page["meta"]
        chars = len(re.sub(r"\s+", "", text))
        rows.append((name + ".txt", m["date"], m["page"], m["layout"], m.get("punct", "full"),
                     len(gold["articles"]), chars, m.get("subjects", ""), sp.name))
    tpl = (HERE / "README.in").read_text(encoding="utf-8")
    ph = ["| phenomenon | count |", "|---|---:|"]
    for k in sorted(total):
        ph.append(f"| {k} | {total[k]} |")
    pg = ["| file | source | issue date | page | layout | punctuation | articles | characters | subjects |",
          "|---|---|---|---:|---|---|---:|---:|---|"]
    for r in rows:
        pg.append(f"| {r[0]} | src/{r[8]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} |")
    outs["README.md"] = tpl.replace("{{PHENOMENA}}", "\n".join(ph)).replace("{{PAGES}}", "\n".join(pg))
    return outs, rows, total


def main():
    outs, rows, total = build_all()
    for d in ("pages", "gold"):
        p = HERE / d
        p.mkdir(exist_ok=True)
        for f in p.iterdir():
            if f.is_file():
                f.unlink()
    for rel, content in outs.items():
        (HERE / rel).write_text(content, encoding="utf-8")
    if "-v" in sys.argv:
        for r in rows:
            print(r)


if __name__ == "__main__":
    main()
