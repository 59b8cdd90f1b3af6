#!/usr/bin/env python3
"""Compose the dev_za blind test set: lay the hand-written stories of src/pNN.txt
out into raw page files (pages/) in the two extraction layouts of the seeds, and write
the matching gold annotations (gold/).  Deterministic: no randomness but a per-page
seeded generator.  Python 3 standard library only.

    python3 compose.py
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"

CLOSE = set("，。、；：？！”’）》」』,.;:?!)%")
OPEN = set("“‘（《「『(")
from collections import Counter
PH = Counter()          # phenomena actually laid out, for the README

HALF = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "？": "?", "！": "!"}


# ----------------------------------------------------------------------------
# source parsing
# ----------------------------------------------------------------------------
def parse_opts(s: str) -> dict:
    d = {}
    for tok in s.split():
        if "=" in tok:
            k, v = tok.split("=", 1)
            d.setdefault(k, []).append(v)
        else:
            d.setdefault(tok, []).append("1")
    return d


def parse_page(path: Path) -> dict:
    page = {"stories": [], "masthead": [], "boxes": [], "opts": {}}
    cur = None
    in_body = False
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#page "):
            page["opts"] = dict(kv.split("=", 1) for kv in line[6:].split())
            continue
        if line.startswith("#masthead "):
            page["masthead"] = line[len("#masthead "):].split("|")
            continue
        if line.startswith("#box "):
            pos, _, text = line[5:].partition(" ")
            page["boxes"].append((pos, text.split("|")))
            continue
        if line.startswith("@story"):
            cur = {"opts": parse_opts(line[6:]), "paras": [], "fields": {}}
            page["stories"].append(cur)
            in_body = False
            continue
        if cur is None:
            continue
        if line == "---":
            in_body = True
            continue
        if not in_body:
            if ":" in line:
                k, _, v = line.partition(":")
                cur["fields"][k.strip()] = v.strip()
            continue
        if not line.strip():
            continue
        if line.startswith("## "):
            cur["paras"].append(("sub", line[3:].strip()))
        else:
            cur["paras"].append(("p", line.strip()))
    return page


def opt(st, key, default=None):
    v = st["opts"].get(key)
    return v[0] if v else default


def opts(st, key):
    return st["opts"].get(key, [])


# ----------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------
def nows(s: str) -> str:
    return re.sub(r"\s+", "", s)


def to_half(s: str) -> str:
    return "".join(HALF.get(c, c) for c in s)


def tokens(s: str) -> list[str]:
    """Digit/latin runs stay whole; every other character is a token."""
    return re.findall(r"[0-9A-Za-z][0-9A-Za-z.%+×:/\-]*|.", s)


def is_ascii_tok(t: str) -> bool:
    return bool(re.match(r"[0-9A-Za-z]", t))


def em(t: str) -> float:
    w = 0.0
    for c in t:
        w += 0.5 if ord(c) < 128 else 1.0
    return w


def space_digits(s: str, mode: str, rng: random.Random) -> str:
    """Glyph gaps the extraction leaves around half-width number runs."""
    if mode == "none":
        return s
    out = []
    toks = tokens(s)
    for i, t in enumerate(toks):
        if is_ascii_tok(t) and re.match(r"[0-9]", t):
            prev = out[-1] if out else ""
            if prev and prev[-1] not in " “‘（(" and prev[-1] not in CLOSE \
                    and mode in ("both", "before", "mixed"):
                if mode != "mixed" or rng.random() < 0.7:
                    out.append(" ")
            out.append(t)
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt and nxt not in CLOSE and mode in ("both", "after", "mixed") and nxt != " ":
                if mode != "mixed" or rng.random() < 0.5:
                    out.append(" ")
        else:
            out.append(t)
    return "".join(out)


def glyph_gaps(s: str, po: dict, rng: random.Random) -> str:
    """Page-wide gaps of the extraction: after an opening quote, before %, around
    a comma now and then."""
    if po.get("qgap") == "1":
        s = re.sub(r"“(?=[\u4e00-\u9fff])", "“ ", s)
    if po.get("pctgap") == "1":
        s = re.sub(r"(?<=[0-9])%", " %", s)
    if po.get("commagap") == "1":
        out = []
        for c in s:
            if c in "，," and rng.random() < 0.08:
                out.append(" " + c + " ")
            else:
                out.append(c)
        s = "".join(out)
    return s


def spread(line: str) -> str:
    """A justified line spread by the extraction: a gap after every glyph."""
    toks = [t for t in tokens(line) if t != " "]
    out = ""
    for i, t in enumerate(toks):
        out += t
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if t in CLOSE and t not in "”’":
                continue
            if nxt in OPEN:
                continue
            out += " "
    return out


def flow(text: str, width: float) -> list[str]:
    """Greedy line filling of a paragraph into a column of `width` ems."""
    toks = tokens(text)
    lines, cur, w = [], "", 0.0
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = em(t)
        if cur and w + tw > width + 0.01:
            # kinsoku: closing punctuation hangs on the line
            if t in CLOSE and w + tw <= width + 1.01:
                cur += t
                i += 1
                continue
            # an opening mark does not end a line
            if cur[-1] in OPEN and len(cur) > 1:
                lines.append(cur[:-1])
                cur, w = cur[-1], em(cur[-1])
                continue
            lines.append(cur)
            cur, w = "", 0.0
            continue
        cur += t
        w += tw
        i += 1
    if cur:
        lines.append(cur)
    return lines


def slack(line: str, width: float) -> float:
    return width - em(line)


# ----------------------------------------------------------------------------
# gold building
# ----------------------------------------------------------------------------
def gold_article(st, fx) -> dict:
    f = st["fields"]
    paras = []
    subs = []
    for kind, text in st["paras"]:
        if kind == "sub":
            subs.append(fx(text))
        paras.append(nows(fx(text)))
    pp = st.get("printed_paras")
    if pp is not None:
        paras = [nows(fx(p)) for p in pp]
    return {
        "kind": f.get("kind", "news"),
        "column": fx(f.get("column", "")),
        "kicker": fx(f.get("kicker", "")),
        "title": fx(f.get("title", "")),
        "subtitle": fx(f.get("subtitle", "")),
        "byline": fx(f.get("byline", "")),
        "dateline": fx(f.get("dateline", "")),
        "continued": fx(f.get("continued", "")),
        "subheads": subs,
        "paragraphs": paras,
    }


# ----------------------------------------------------------------------------
# column layout
# ----------------------------------------------------------------------------
def head_lines(st, fx, rng, layout):
    """The headline stack as printed: list of lines (may be empty)."""
    f = st["fields"]
    k, t, s = fx(f.get("kicker", "")), fx(f.get("title", "")), fx(f.get("subtitle", ""))
    out = []
    join = opt(st, "hjoin")          # kicker/title/subtitle joined by spaces on one line
    if join == "kt" and k:
        out.append(k + " " + t)
        if s:
            out.append(s)
    elif join == "all":
        out.append(" ".join(x for x in (k, t, s) if x))
    elif join == "ts" and s:
        if k:
            out.append(k)
        out.append(t + " " + s)
    else:
        if k:
            ks = opt(st, "ksplit")       # kicker printed over two lines
            if ks and ks in k:
                i = k.index(ks) + len(ks)
                out += [k[:i], k[i:]]
            else:
                out.append(k)
        if t:
            ts = opt(st, "tsplit")       # title wrapped, last word alone
            if ts and ts in t:
                i = t.index(ts) + len(ts)
                out += [t[:i], t[i:]]
            else:
                out.append(t)
        if s:
            out.append(s)
    dup = opt(st, "headdup")
    if dup and t:
        for i, l in enumerate(out):
            if t in l:
                if dup == "join":
                    out[i] = l.replace(t, t + t, 1)
                else:
                    out.insert(i + 1, l)
                st.setdefault("dups", []).append(t if dup == "join" else l)
                break
    if opt(st, "hlead") and out:
        out[0] = " " + out[0]         # a stray leading space (seed 000)
    return out


def column_story_lines(st, fx, rng, page):
    """Body lines of one story in the column layout (dateline flowed in)."""
    f = st["fields"]
    width = float(opt(st, "width", page["opts"].get("width", "16")))
    dmode = opt(st, "digits", page["opts"].get("digits", "before"))
    lines = []
    kind = f.get("kind", "news")
    if kind == "photo":
        return photo_lines(st, fx, rng, page, "col")
    paras = [text for _, text in st["paras"]]
    subs = {i for i, (k, _) in enumerate(st["paras"]) if k == "sub"}
    dl = fx(f.get("dateline", ""))
    pre = []
    col = fx(f.get("column", ""))
    by = fx(f.get("byline", ""))
    if by and opt(st, "bypos", "before") == "before":
        bs = opt(st, "bysplit")
        if bs and bs in by:
            i = by.index(bs) + len(bs)
            pre += [by[:i].strip(), by[i:].strip()]
        else:
            pre.append(by)
    sm = fx(f.get("startmark", ""))
    if sm and opt(st, "markline", "own") == "own":
        lines.append(("jump", sm))
    for i, p in enumerate(paras):
        p = fx(p)
        if i in subs:
            lines.append(("sub", p))
            continue
        text = (dl + p) if (i == 0 and dl) else p
        if i == 0 and sm and opt(st, "markline", "own") == "inline":
            text = sm + text
            st.setdefault("marks", []).append(sm)
        fl = flow(text, width)
        for j, l in enumerate(fl):
            last = j == len(fl) - 1
            l = l.strip()
            sl = glyph_gaps(space_digits(l, dmode, rng), page["opts"], rng).strip()
            if i == 0 and j == 0 and dl and opt(st, "dlspace", page["opts"].get("dlspace", "0")) == "1":
                sl = " " + sl
            compressed = re.search(r"[，、；：。”“]", l[1:-1]) and rng.random() < 0.07
            if not last and (slack(l, width) >= 0.99 or compressed) and opt(st, "nospread") is None:
                sl = spread(l)
                PH["justified line spread with gaps (column)"] += 1
            lines.append(("b", sl))
    jump = fx(f.get("jumpmark", ""))
    if jump:
        lines.append(("jump", jump))
    return pre, lines, col


def photo_lines(st, fx, rng, page, layout):
    f = st["fields"]
    cap = fx(st["paras"][0][1])
    credit = fx(f.get("byline", ""))
    title = fx(f.get("title", ""))
    mode = opt(st, "credit", "inline")
    out = []
    if title:
        out.append(("photohead", title))
    if layout == "col" and opt(st, "capwidth"):
        w = float(opt(st, "capwidth"))
        capl = flow(cap, w)
    else:
        capl = [cap]
    if opt(st, "capgaps"):
        capl = [spread(c) for c in capl]
    if mode == "inline" and credit:
        capl[-1] = capl[-1] + " " + credit
        out += [("cap", c) for c in capl]
    elif mode == "right" and credit:
        out += [("cap", c) for c in capl]
        out.append(("credit", " " * 24 + credit))
    elif mode == "top" and credit:
        out = [("credit", credit)] + out + [("cap", c) for c in capl]
    elif mode == "pagetop" and credit:
        st["pagetop"] = credit
        out += [("cap", c) for c in capl]
    elif mode == "own" and credit:
        out += [("cap", c) for c in capl]
        out.append(("credit", credit))
    else:
        out += [("cap", c) for c in capl]
    return [], out, ""


def compose_column(page, fx, rng):
    """Column layout: every printed line followed by a blank line, except the
    lines of one headline stack / byline pair, which follow one another."""
    blocks = []          # list of list-of-lines; lines inside a block are joined by \n
    extras, dups = [], []
    bunch = []           # headline stacks printed together elsewhere
    stories = page["stories"]
    bunch_at = int(page["opts"].get("bunchat", "-1"))
    for si, st in enumerate(stories):
        for pos, pieces in page["boxes"]:
            if pos == f"before{si}":
                for p in pieces:
                    blocks.append([p])
                extras.append("".join(pieces))
        f = st["fields"]
        kind = f.get("kind", "news")
        pre, body, col = column_story_lines(st, fx, rng, page)
        hl = head_lines(st, fx, rng, "col") if kind != "photo" else []
        hpos = opt(st, "head", "after")
        colpos = opt(st, "colpos", "after")
        stack = []
        if col and colpos == "head":
            stack.append(col)
        stack += hl
        if hpos == "before" and stack:
            blocks.append(stack)
        if col and colpos == "before":
            blocks.append([col])
        if pre:
            blocks.append(pre)
        dupline = opt(st, "dupline")
        for li, (kk, l) in enumerate(body):
            if kk == "photohead":
                blocks.append([l])
                continue
            if kk == "jump":
                blocks.append([l])
                extras.append(l)
                continue
            if kk == "sub":
                blocks.append([l])
                continue
            blocks.append([l])
            if dupline is not None and li == int(dupline):
                blocks.append([l])
                dups.append(l)
        if col and colpos == "after":
            blocks.append([col])
        byafter = fx(f.get("byline", "")) if opt(st, "bypos") == "after" else ""
        if hpos == "after" and stack:
            blocks.append(stack + ([byafter] if byafter else []))
        elif hpos == "bunch" and stack:
            bunch.append(stack + ([byafter] if byafter else []))
        elif byafter:
            blocks.append([byafter])
        dups += st.get("dups", [])
        extras += st.get("marks", [])
        if si == bunch_at and bunch:
            for b in bunch:
                blocks.append(b)
            bunch = []
    for b in bunch:
        blocks.append(b)
    for pos, pieces in page["boxes"]:
        if pos == "end":
            for p in pieces:
                blocks.append([p])
            extras.append("".join(pieces))
    # masthead lines first (drawing order)
    mast = page["masthead"]
    head = []
    if mast:
        for p in mast:
            head.append([p])
        extras.insert(0, "".join(m.replace(" ", "") for m in mast))
    tops = [[st["pagetop"]] for st in stories if st.get("pagetop")]
    blocks = tops + head + blocks
    # the extraction starts a column page with a stray space (seeds 000, 004)
    if page["opts"].get("lead1", "1") == "1" and blocks and not blocks[0][0].startswith(" "):
        blocks[0] = [" " + blocks[0][0]] + blocks[0][1:]
    text = "\n\n".join("\n".join(b) for b in blocks) + "\n\n\n"
    return text, extras, dups


# ----------------------------------------------------------------------------
# paragraph layout
# ----------------------------------------------------------------------------
def para_story_units(st, fx, rng, page):
    """Return (head_units, body_units) for the paragraph layout.  A unit is a
    list of lines printed together (no blank line inside)."""
    f = st["fields"]
    po = page["opts"]

    def sdg(t, mode, r):
        return glyph_gaps(space_digits(t, mode, r), po, r)
    kind = f.get("kind", "news")
    dmode = opt(st, "digits", page["opts"].get("digits", "none"))
    head = []
    col = fx(f.get("column", ""))
    colpos = opt(st, "colpos", "before")
    if kind == "photo":
        _, pl, _ = photo_lines(st, fx, rng, page, "para")
        units = []
        for kk, l in pl:
            units.append([sdg(l, dmode, rng) if kk == "cap" else l])
        return [], units, "", "after"
    hl = head_lines(st, fx, rng, "para")
    if col and colpos == "before":
        head.append([col])
    hb = opt(st, "hblock")      # headline lines printed with no blank between
    if hl:
        if hb:
            head.append(hl)
        else:
            head += [[l] for l in hl]
    by = fx(f.get("byline", ""))
    if by:
        bs = opt(st, "bysplit")
        if bs and bs in by:
            i = by.index(bs) + len(by[:0]) + len(bs)
            head.append([by[:i].strip(), by[i:].strip()])
        else:
            head.append([by])
    dl = fx(f.get("dateline", ""))
    body = []
    paras = [(k, fx(t)) for k, t in st["paras"]]
    brk = {}
    for b in opts(st, "brk"):
        i, tok = b.split(":", 1)
        brk[int(i)] = tok
    sm = fx(f.get("startmark", ""))
    if sm:
        st.setdefault("marks", []).append(sm)
        if opt(st, "markline", "inline") == "own":
            body.append([sm])
    for i, (k, p) in enumerate(paras):
        if k == "sub":
            body.append([p])
            continue
        text = (dl + p) if (i == 0 and dl) else p
        if i == 0 and sm and opt(st, "markline", "inline") == "inline":
            text = sm + text
        dls = opt(st, "dlsplit")
        if i == 0 and dl and dls:
            j = text.index(dls) + len(dls)
            a, b = text[:j], text[j:]
            body.append([sdg(a, dmode, rng).rstrip()])
            body.append([sdg(b, dmode, rng).strip()])
            continue
        if i in brk:
            j = text.index(brk[i]) + len(brk[i])
            body.append([sdg(text[:j], dmode, rng).rstrip()])
            body.append([sdg(text[j:], dmode, rng).strip()])
            continue
        body.append([sdg(text, dmode, rng)])
    jump = fx(f.get("jumpmark", ""))
    if jump:
        body.append([jump])
    return head, body, col, colpos


def compose_para(page, fx, rng):
    stories = page["stories"]
    extras, dups = [], []
    seq = []     # list of (units, gap_before) ; gap: number of blank lines before
    mast = page["masthead"]
    if mast:
        # masthead pieces, drawn as in the seed: date / day / weekday / lunar+number / pages
        mu = []
        for p in mast:
            if p.startswith("+"):
                mu[-1].append(p[1:])
            else:
                mu.append([p])
        for i, u in enumerate(mu):
            seq.append((u, 2 if i == 0 else 1))
        extras.append("".join(nows(p.lstrip("+")) for p in mast))
    prepared = []
    for st in stories:
        head, body, col, colpos = para_story_units(st, fx, rng, page)
        prepared.append((st, head, body, col, colpos))
    i = 0
    pending_rest = []     # remainder units of a split story, printed after the next one
    first = not mast
    for si, (st, head, body, col, colpos) in enumerate(prepared):
        for pos, pieces in page["boxes"]:
            if pos == f"before{si}":
                for i, p in enumerate(pieces):
                    seq.append(([p], 2 if i == 0 else 1))
                extras.append("".join(nows(p) for p in pieces))
        kind = st["fields"].get("kind", "news")
        gap = 2 if (kind == "photo" or first or opt(st, "gap2")) else 1
        first = False
        units = []
        dpara = opt(st, "dupbefore")    # a later paragraph printed once before the head
        if dpara is not None:
            u = body[int(dpara)]
            units.append(u)
            dups.append(u[0])
        units += head
        split = opt(st, "split")         # cut after a paragraph line at token; next story fills gap
        if split:
            pi, tok = split.split(":", 1)
            pi = int(pi)
            bi = body_index(st, body, pi)
            line = body[bi][0]
            j = find_after(line, tok)
            pre_units = body[:bi] + [[line[:j].rstrip()]]
            rest = [[line[j:].lstrip()]] + body[bi + 1:]
        else:
            pre_units, rest = body, []
        units += pre_units
        if col and colpos == "after":
            units.append([col])
        seq.append((units[0], gap))
        for u in units[1:]:
            seq.append((u, 1))
        dl = opt(st, "dupline")
        if dl is not None:
            seq.append((body[int(dl)], 1))
            dups.append(body[int(dl)][0])
        for u in pending_rest:
            seq.append((u, 1))
        if pending_rest and rest:
            # the story that filled the gap was itself cut: its rest follows at once
            for u in rest:
                seq.append((u, 1))
            rest = []
        pending_rest = rest
        for d in st.get("dups", []):
            dups.append(d)
        extras += st.get("marks", [])
        if st["fields"].get("jumpmark"):
            extras.append(fx(st["fields"]["jumpmark"]))
    for u in pending_rest:
        seq.append((u, 1))
    for pos, pieces in page["boxes"]:
        if pos == "end":
            for i, p in enumerate(pieces):
                seq.append(([p], 2 if i == 0 else 1))
            extras.append("".join(nows(p) for p in pieces))
    tops = [st["pagetop"] for st in stories if st.get("pagetop")]
    if tops:
        seq = [([t], 2) for t in tops] + [(u, 1 if i == 0 else g) for i, (u, g) in enumerate(seq)]
    out = []
    for u, gap in seq:
        out.append("\n" * (gap + 1) + "\n".join(u))
    text = "".join(out)[1:]
    return text, extras, dups


def find_after(line: str, tok: str) -> int:
    """Index just after `tok` in `line`, ignoring gaps the extraction put in line."""
    pat = r"\s*".join(re.escape(c) for c in tok)
    m = re.search(pat, line)
    if not m:
        raise ValueError(f"split token {tok!r} not in {line[:30]!r}")
    return m.end()


def body_index(st, body, pi):
    """Index in the unit list of paragraph pi (accounting for brk/dlsplit pieces)."""
    extra = 1 if (st["fields"].get("startmark") and opt(st, "markline", "inline") == "own") else 0
    brk = {int(b.split(":", 1)[0]) for b in opts(st, "brk")}
    for i in range(pi):
        if i in brk or (i == 0 and opt(st, "dlsplit")):
            extra += 1
    if pi in brk or (pi == 0 and opt(st, "dlsplit")):
        extra += 1     # the second piece holds the end of the paragraph
    return pi + extra


# ----------------------------------------------------------------------------
def build(path: Path, idx: int):
    page = parse_page(path)
    po = page["opts"]
    rng = random.Random(f"dev_za-{idx}")
    half = po.get("punct") == "half"
    fx = (lambda s: to_half(s)) if half else (lambda s: s)
    if po["layout"] == "col":
        text, extras, dups = compose_column(page, fx, rng)
    else:
        text, extras, dups = compose_para(page, fx, rng)
    arts = [gold_article(st, fx) for st in page["stories"]]
    mh = page["masthead"]
    gold = {
        "source": None,
        "issue_date": po["date"],
        "issue_number": po.get("issue") if mh else None,
        "page_count": int(po["pages"]) if mh and po.get("pages") else None,
        "articles": arts,
        "extras": extras,
        "duplicates": dups,
    }
    meta = {"date": po["date"], "pageno": po.get("pageno", ""), "layout": po["layout"],
            "front": bool(mh)}
    return text, gold, meta


def count_phenomena(pages: list[dict]) -> Counter:
    """Count the layout variants the source options ask for (what was laid out)."""
    c = Counter()
    for page in pages:
        po = page["opts"]
        lay = po["layout"]
        c[f"{lay} layout pages"] += 1
        if page["masthead"]:
            c[f"front page with masthead ({lay})"] += 1
        for pos, _ in page["boxes"]:
            c[f"box lines (countdown, framed label, code prompt, imprint) ({lay})"] += 1
        if po.get("punct") == "half":
            c["page with half-width punctuation , ( ) ; :"] += 1
        if po.get("qgap") == "1":
            c["page with a gap after every opening quote (“ 新)"] += 1
        if po.get("pctgap") == "1":
            c["page with a gap before % (glyph gap)"] += 1
        if po.get("commagap") == "1":
            c["page with occasional gaps around commas (隆 ， 20)"] += 1
        for st in page["stories"]:
            f = st["fields"]
            kind = f.get("kind", "news")
            def o(k):
                return opt(st, k)
            if kind == "photo":
                cr = o("credit") or "inline"
                if f.get("title"):
                    c["photo with a title line"] += 1
                if not f.get("byline"):
                    c["photo caption with no credit"] += 1
                elif f["byline"].startswith("以上图片"):
                    c["group photo credit (以上图片均由 …)"] += 1
                else:
                    c[{"inline": "photo credit at the end of the caption line",
                       "own": "photo credit on its own line",
                       "right": "photo credit right-aligned on its own line (leading spaces)",
                       "pagetop": "photo credit at the top of the page",
                       "top": "photo credit above the caption"}[cr]] += 1
                if o("capgaps"):
                    c["caption line spread with glyph gaps"] += 1
                continue
            if lay == "col":
                h = o("head") or "after"
                if f.get("title") or f.get("kicker"):
                    c[{"after": "headline printed after its body (column)",
                       "before": "headline printed before its body (column)",
                       "bunch": "headline bunched with other stories' headlines (column)"}[h]] += 1
                if o("dupline"):
                    c["body line printed twice (column)"] += 1
                if f.get("byline") and f.get("kind") == "commentary" and " " not in f["byline"] \
                        and "评论员" not in f["byline"]:
                    c["bare-name byline line before a body (column)"] += 1
            else:
                if o("hjoin"):
                    c["headline parts joined by spaces on one line (paragraph)"] += 1
                if o("split"):
                    c["paragraph cut mid-sentence, rest printed after another story (paragraph)"] += 1
                for _ in opts(st, "brk"):
                    c["paragraph broken over two consecutive lines (paragraph)"] += 1
                if o("dupbefore") or o("dupline"):
                    c["paragraph line printed twice (paragraph)"] += 1
                if o("dlsplit"):
                    c["line break inside a dateline (date / before 通讯员) (paragraph)"] += 1
            if o("ksplit"):
                c["kicker printed over two lines (3-4 line headline stack)"] += 1
            if o("tsplit"):
                c["headline's last word alone on a line"] += 1
            if o("headdup"):
                c["headline drawn twice for bold (" + ("joined on one line" if o("headdup") == "join"
                                                      else "two identical lines") + ")"] += 1
            if o("bysplit") and f.get("byline"):
                c["byline broken over two lines"] += 1
            if f.get("subtitle", "").startswith("——"):
                c["dash-led subtitle (——记 / ——访)"] += 1
            if f.get("column"):
                cp = o("colpos") or ("after" if lay == "col" else "before")
                c[f"column label ({cp} the story)"] += 1
            if f.get("jumpmark"):
                c["jump marker 下转N版 (" + lay + ")"] += 1
            if f.get("startmark"):
                c["continuation with 上接/紧接1版 marker (" + lay + ")"] += 1
            dl = f.get("dateline", "")
            if dl:
                if "电" in dl.split("（")[0]:
                    c["dateline with 电" + (" (新华社)" if dl.startswith("新华社") else "")] += 1
                else:
                    c["dateline with 讯"] += 1
            by = f.get("byline", "")
            if "华声在线" in by:
                c["byline 湖南日报·华声在线记者"] += 1
            if "新湖南客户端" in by and "报道" in by:
                c["byline 湖南日报·新湖南客户端记者 … 报道"] += 1
            if by.startswith("文丨"):
                c["byline 文丨X (副刊)"] += 1
            dm = o("digits") or po.get("digits", "before" if lay == "col" else "none")
            if dm == "both" and (f.get("dateline") or st["paras"]):
                c["story with a gap on both sides of every number run"] += 1
            if st["paras"] and any(k == "sub" for k, _ in st["paras"]):
                c["story with crossheads (subheads)"] += 1
    c.update(PH)
    return c


def write_readme(rows, pages, golds):
    kinds = Counter(a["kind"] for g in golds for a in g["articles"])
    chars = sorted(r[3] for r in rows)
    med = (chars[len(chars) // 2 - 1] + chars[len(chars) // 2]) / 2
    ph = count_phenomena(pages)
    L = []
    L.append("# dev_za: a blind test set of Hunan Daily (湖南日报) pages, 2015–2018\n")
    L.append("Sixteen made-up pages of the Hunan Daily e-paper as its PDF text extraction prints "
             "them, with exact gold annotations, for measuring a page segmenter on pages it has "
             "never seen. The set was made without any sight of the segmenter: the only models "
             "were the five seed pages in /work/shared/seeds, their gold, FORMAT.md and the "
             "scorer.\n")
    L.append("## How it was made\n")
    L.append("- `src/pNN.txt`: one file per page. Every story was written by hand for this set "
             "in the manner of the paper in 2015–2018 (provincial meetings, 全国两会 Hunan "
             "delegation, 精准扶贫 in Xiangxi and the mountain counties, 湘江保护和治理"
             "“一号重点工程”, 洞庭湖 ecology, 长株潭 integration, industrial parks, 供给侧结构性改革, "
             "产业项目建设年, rail and expressways, 湘绣/醴陵瓷, 法治 and 扫黑除恶, commentaries, "
             "副刊 essays, photo news). Every person is invented and every figure is invented; "
             "place and institution names are real. Bylines use 记者 (not 全媒体记者).\n"
             "- A story is a header (kind, column, kicker, title, subtitle, byline, dateline, "
             "continued, jump marks) and its paragraphs (`## ` marks a crosshead). The `@story` "
             "line carries layout options (headline position, widths, cuts, duplicated lines, "
             "credits …); the `#page` line the date, layout and page-wide extraction habits; "
             "`#masthead` and `#box` the page furniture.\n"
             "- `compose.py` lays the stories out deterministically (a per-page seeded generator "
             "only decides the optional comma gaps and mixed number gaps) and writes "
             "`pages/NNN_<sha256[:16]>.txt`, `gold/NNN_<same>.json`, `pages_index.json` and "
             "this README.\n"
             "- `check.py` builds the export a perfect segmenter would print from the gold, scores "
             "it with `/work/shared/tools/score.py` (all figures 1.000, coverage 1.000, "
             "cjk_space_left 0, no problem lines), checks sizes and counts, and checks that no "
             "6-character run of the seeds' gold text is reused apart from generic words.\n")
    L.append("## Formats\n")
    L.append("**Column layout** (as seeds 000 and 004): one printed column line per text line, "
             "every line followed by a blank line; the lines of one headline stack, of a "
             "two-line byline, and of a box follow one another without blank lines. Body lines "
             "of each story are printed in one run (the dateline flows into the first line); "
             "headlines come before the body, after it, or bunched with other stories' headlines "
             "later on the page. Lines are filled greedily to a column width in ems (CJK 1, "
             "ASCII 0.5) that varies per story (12 ems for commentaries, 15–18 for news, wide "
             "for captions), closing punctuation hangs, digit runs do not break; a line left "
             "short by an unbreakable run, or (7% of lines holding a comma or quote) by "
             "compressed punctuation, is spread with a gap after every glyph, as a justified "
             "line comes out of the extraction (`总 部 、区 域`). Number runs get a gap before them "
             "(or on both sides, or at random) as in the seeds; datelines may start with a "
             "space. The file ends with a newline and two blank lines.\n")
    L.append("**Paragraph layout** (as seeds 001–003): one paragraph per line, one blank line "
             "between lines, two before the first line, a photo, or a box; headline parts on "
             "their own lines or joined by spaces on one line; the dateline runs into the first "
             "paragraph. Stories alternate in pieces: a paragraph is cut (between a figure and "
             "its unit, a verb and its figure, inside a word) and the next story's head and "
             "paragraphs follow, then the rest of the cut paragraph and the story's following "
             "paragraphs, then the rest of the other story. Some paragraphs are broken over two "
             "consecutive lines, some lines are printed twice. No trailing newline.\n")
    L.append("**Gold** (`gold/*.json`) follows FORMAT.md and the seeds' conventions: paragraphs "
             "with all whitespace removed and rejoined across every break; dateline with the "
             "leading `湖南日报…讯（记者 …）` stripped from the first paragraph; kicker/title/"
             "subtitle as printed (a space kept where the paper prints one inside a line); "
             "crossheads listed in `subheads` and also kept as paragraphs; photo items are kind "
             "`photo` with the caption as the paragraph, the photo title (if printed) as title "
             "and the credit (also a group credit, attached to the caption it follows) as "
             "byline; commentaries keep their column label in `column` and the writer in "
             "`byline`; continuations are kind `continuation` with `continued` `上接1版`; a story "
             "that jumps keeps `下转N版` in `continued` and its printed text only. `extras` hold "
             "the masthead (one string), box lines (one string per box) and every jump marker "
             "as printed (`▷（下转2版）`, `▲ ▲（上接1版）`) so that coverage is complete; "
             "`duplicates` hold the second printing of a duplicated line or headline. Front "
             "pages carry `issue_number` and `page_count`.\n")
    L.append("## Totals\n")
    L.append(f"- pages: {len(rows)} ({sum(1 for r in rows if r[1]['layout']=='col')} column, "
             f"{sum(1 for r in rows if r[1]['layout']=='para')} paragraph), "
             f"{sum(1 for r in rows if r[1]['front'])} front pages")
    L.append(f"- articles: {sum(kinds.values())} — " + ", ".join(f"{k} {v}" for k, v in
                                                             kinds.most_common()))
    L.append(f"- characters per page (whitespace excluded): min {chars[0]}, median {med:g}, "
             f"max {chars[-1]}\n")
    L.append("## Phenomena\n")
    L.append("| phenomenon | count |\n|---|---|")
    for k, v in sorted(ph.items()):
        L.append(f"| {k} | {v} |")
    L.append("")
    L.append("## Pages\n")
    L.append("| file | issue date | page | layout | articles | characters |\n|---|---|---|---|---|---|")
    for name, meta, gold, ch in rows:
        L.append(f"| {name}.txt | {meta['date']} | {meta['pageno']}{' (front)' if meta['front'] else ''}"
                 f" | {meta['layout']} | {len(gold['articles'])} | {ch} |")
    L.append("")
    L.append("## Limits\n")
    L.append("- The layouts are a model of the extraction drawn from five seed pages; real pages "
             "of 2015–2018 may differ in ways the seeds do not show (e.g. tables, advertisements, "
             "vertical text, multi-column headline art).\n"
             f"- Pages are {chars[0]:,}–{chars[-1]:,} characters, in the lower half of the "
             "4,500–6,500 target; articles are shorter on average than on the seeds and "
             "pages carry more of them.\n"
             "- Columns are filled by a greedy em model, not by the paper's typesetter: line "
             "widths are regular within a story and the spread lines are modelled, not measured.\n"
             "- Gold conventions the seeds do not settle were decided here: 副刊 prose essays "
             "are `feature`, a poem is `other`; a group credit belongs to the photo whose caption "
             "it follows; jump markers are kept whole in `extras`; a headline drawn twice gives "
             "one copy to `duplicates`.\n"
             "- Lunar dates and issue numbers of the front pages are computed, not copied from "
             "real issues; front and inside pages of the same day share stories (the front-page "
             "jump continues on page 2 or 3).\n")
    (HERE / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    srcs = sorted(SRC.glob("p*.txt"))
    rows = []
    parsed = []
    for i, p in enumerate(srcs):
        text, gold, meta = build(p, i)
        parsed.append(parse_page(p))
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{i:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        gold["source"] = f"{name}.txt"
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                           encoding="utf-8")
        rows.append((name, meta, gold, len(nows(text))))
    (HERE / "pages_index.json").write_text(json.dumps(
        [{"name": n, **m, "articles": len(g["articles"]), "chars": c} for n, m, g, c in rows],
        ensure_ascii=False, indent=1), encoding="utf-8")
    write_readme(rows, parsed, [r[2] for r in rows])
    for n, m, g, c in rows:
        print(n, m["date"], m["layout"], len(g["articles"]), c)


if __name__ == "__main__":
    main()
