#!/usr/bin/env python3
"""Compose the blind test set: lay hand-written stories (src/*.txt) out into raw page
files in the two layouts of the Hunan Daily e-paper extraction, and write the exact
gold annotations next to them.

    python3 compose.py

Deterministic: every random choice comes from random.Random(<page number>).
Standard library only.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import random
import re
import shutil
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PAGES = HERE / "pages"
GOLD = HERE / "gold"

FIELD_RE = re.compile(r"^(kicker|title|subtitle|column|byline|dateline|continued|credit|opt)\s*:\s?(.*)$")
CLOSE = set("，。、；：？！）》”’…,;:?!)")
OPEN = set("“‘（《(")
PUNCT = CLOSE | OPEN | set("—·")
NOSP_AFTER = set("、，。；：）》”’！？（《,;:()")
NOSP_BEFORE = set("“‘（《）》()")
RUN_RE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+×/]*%?")
WEEK = "一二三四五六日"
# lunar new-year dates used for the mastheads (front pages fall in the first lunar month)
LUNAR_NY = {2017: ("丁酉", "2017-01-28"), 2021: ("辛丑", "2021-02-12"),
            2025: ("乙巳", "2025-01-29"), 2026: ("丙午", "2026-02-17")}
LDAY = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
        "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"]

STATS = Counter()


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ---------------------------------------------------------------- source parsing
def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": OrderedDict(), "name": path.stem}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#!"):
            continue
        if line.startswith("## "):
            kind, aid = line[3:].split()[:2]
            cur = {"id": aid, "kind": kind, "f": {}, "paras": [], "opt": {}}
            page["arts"][aid] = cur
            continue
        if not line.strip():
            continue
        if cur is None:
            k, v = line.split(":", 1)
            page["meta"][k.strip()] = v.strip()
            continue
        m = FIELD_RE.match(line)
        if m and not cur["paras"]:
            k, v = m.group(1), m.group(2).strip()
            if k == "opt":
                for kv in v.split():
                    kk, _, vv = kv.partition("=")
                    cur["opt"][kk] = vv or "1"
            else:
                cur["f"][k] = v
            continue
        cur["paras"].append(line.strip())
    return page


# ---------------------------------------------------------------- text modes
def punct(s: str, mode: str) -> str:
    if mode in ("parens", "half"):
        s = s.replace("（", "(").replace("）", ")")
    if mode == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


def is_run(t: str) -> bool:
    return bool(t) and t[0].isascii() and t[0].isalnum()


def tokenize(text: str, flag: str = "") -> list:
    toks, i = [], 0
    while i < len(text):
        if text.startswith("——", i):
            toks.append(("——", flag)); i += 2; continue
        m = RUN_RE.match(text, i)
        if m:
            toks.append((m.group(0), flag)); i = m.end(); continue
        toks.append((text[i], flag)); i += 1
    return toks


def width(t: str) -> float:
    if t == " ":
        return 0.5
    if t == "\n":
        return 0
    if is_run(t):
        return 0.52 * len(t)
    if t in ",;:()":
        return 0.5
    return float(len(t))


def wrap(toks: list, W: float, indent: float = 2) -> list:
    """Greedy justified-column line breaking with simple kinsoku rules."""
    lines, cur, cw, cap = [], [], 0.0, W - indent
    for tok in toks:
        t = tok[0]
        if t == "\n":
            while cur and cur[-1][0] == " ":
                cur.pop()
            lines.append(cur); cur, cw, cap = [], 0.0, W
            continue
        w = width(t)
        if cw + w <= cap + 1e-6 or not cur:
            if t == " " and not cur:
                continue
            cur.append(tok); cw += w
        elif t in CLOSE:
            cur.append(tok); cw += w          # hanging punctuation
        else:
            carry = []
            while cur and cur[-1][0] in OPEN:
                carry.insert(0, cur.pop())
            while cur and cur[-1][0] == " ":
                cur.pop()
            lines.append(cur)
            cur, cap = carry, W
            cw = sum(width(x[0]) for x in cur)
            if t == " " and not cur:
                continue
            cur.append(tok); cw += w
    while cur and cur[-1][0] == " ":
        cur.pop()
    if cur:
        lines.append(cur)
    return [l for l in lines if l]


def render(toks: list, modes: dict, rng: random.Random, spread: bool = False) -> str:
    """One printed line as the PDF extraction gives it."""
    out = ""
    if spread:
        for i, (t, _) in enumerate(toks):
            if i and t != " " and toks[i - 1][0] != " ":
                a = toks[i - 1][0]
                if not (a in NOSP_AFTER or t in NOSP_BEFORE):
                    out += " "
            out += t
        return out
    n = len(toks)
    for i, (t, fl) in enumerate(toks):
        mode = modes.get(fl or "b", "none")
        if is_run(t) and mode != "none":
            prev = toks[i - 1][0] if i else None
            if prev and prev != " " and prev not in PUNCT and not out.endswith(" ") and mode != "after":
                out += " "
            out += t
            nxt = toks[i + 1][0] if i + 1 < n else None
            if nxt and nxt != " " and nxt not in PUNCT:
                if mode == "after" or (mode == "both" and rng.random() < modes.get("p_after", 0.75)):
                    out += " "
            continue
        out += t
    return out


def spaced_para(text: str, rng: random.Random, style: str) -> str:
    """Paragraph-layout pages whose digits came out in another font: spaces around number
    runs, after opening quotes, glyph gaps around punctuation."""
    toks = tokenize(text)
    out = ""
    for i, (t, _) in enumerate(toks):
        prev = toks[i - 1][0] if i else ""
        nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
        if is_run(t):
            if style in ("both", "before") and prev and prev not in PUNCT and not out.endswith(" "):
                out += " "
            if t.endswith("%") and len(t) > 1 and rng.random() < 0.3:
                t = t[:-1] + " %"; STATS["spaces before %"] += 1
            out += t
            if nxt and (style in ("both", "after")) and nxt not in "”’）)":
                out += " "
            continue
        out += t
        if t in "“" and nxt and rng.random() < 0.35:
            out += " "; STATS["space after opening quote"] += 1
        elif t in "，、" and nxt and is_run(nxt) and rng.random() < 0.5:
            out = out[:-1] + " " + t + " "; STATS["glyph gaps around punctuation"] += 1
    return re.sub(r" {2,}", " ", out).strip()


# ---------------------------------------------------------------- helpers
def fields(a: dict, pm: str) -> dict:
    f = {k: punct(v, pm) for k, v in a["f"].items()}
    return f


def head_parts(a, pm):
    f = fields(a, pm)
    return f.get("kicker", ""), f.get("title", ""), f.get("subtitle", "")


def split_bar(s: str) -> list:
    return [x for x in s.split("|") if x]


def gold_article(a: dict, pm: str) -> dict:
    f = fields(a, pm)
    kind = a["kind"]
    paras, subs = [], []
    for p in a["paras"]:
        p = punct(p, pm).replace("‖", "")
        if p.startswith("§"):
            subs.append(p[1:].strip())
            paras.append(squash(p[1:]))
        else:
            paras.append(squash(p))
    clean = lambda s: (s or "").replace("|", "")
    byline = f.get("byline", "")
    if kind == "photo":
        byline = f.get("credit", "")
    return {"kind": kind, "column": clean(f.get("column")), "kicker": clean(f.get("kicker")),
            "title": clean(f.get("title")), "subtitle": clean(f.get("subtitle")),
            "byline": clean(byline), "dateline": f.get("dateline", ""),
            "continued": f.get("continued", ""), "subheads": subs, "paragraphs": paras}


def headline_lines(a, pm, dbl=None):
    k, t, s = head_parts(a, pm)
    out = []
    for part, role in ((k, "k"), (t, "t"), (s, "s")):
        ls = split_bar(part)
        if role == "t" and ls and dbl == "1":
            ls = [l + l for l in ls]; STATS["headline drawn twice on one line"] += 1
        elif role == "t" and ls and dbl == "2":
            ls = [x for l in ls for x in (l, l)]; STATS["headline drawn twice as two lines"] += 1
        out += ls
        if role == "t" and len(ls) > 1 and dbl not in ("2",):
            STATS["headline wrapped, last word alone"] += 1
    return out


# ---------------------------------------------------------------- column layout
def column_article(a, page, rng):
    pm = page["meta"].get("punct", "full")
    o = a["opt"]
    f = fields(a, pm)
    kind = a["kind"]
    W = float(o.get("w", page["meta"].get("w", 17)))
    if kind == "commentary" and "w" not in o:
        W = float(page["meta"].get("cw", 12))
    digits = o.get("digits", rng.choice(["both", "both", "before"]))
    modes = {"b": digits, "d": o.get("dld", rng.choice(["before", "before", "none"])),
             "p_after": 0.8}
    spread_rate = float(o.get("spread", page["meta"].get("spread", 0.06)))
    body, dups = [], []

    if kind == "photo":
        lines = []
        if f.get("title"):
            lines.append(f["title"])
        cw = float(o.get("capw", 46))
        cl = []
        for cap in a["paras"]:
            cap = punct(cap, pm)
            if o.get("capspread"):
                cl += [render(l, {}, rng, spread=True) for l in wrap(tokenize(cap), cw, 0)]
                STATS["caption line spread with glyph-gap spaces"] += 1
            else:
                cl += [render(l, {"b": "before"}, rng) for l in wrap(tokenize(cap), cw, 0)]
        if len(a["paras"]) > 1:
            STATS["photo groups (several captions, one group credit)"] += 1
        cred = f.get("credit", "")
        where = o.get("cred", "inline")
        if cred and where == "inline":
            cl[-1] = cl[-1] + " " + cred; STATS["photo credit on the caption line"] += 1
        lines += cl
        if cred and where in ("own", "right"):
            pad = " " * (rng.randint(18, 34) if where == "right" else 0)
            lines.append(pad + cred)
            STATS["photo credit on its own line" + (" (right-aligned)" if pad else "")] += 1
        if cred and where == "top":
            lines.insert(0, " " * rng.randint(20, 30) + cred); STATS["photo credit on its own line above"] += 1
        STATS["photo items"] += 1
        return lines, [], []

    # paragraphs -> lines
    first = True
    for i, p in enumerate(a["paras"]):
        p = punct(p, pm).replace("‖", "")
        if p.startswith("§"):
            body.append(p[1:].strip()); STATS["crossheads/subheads"] += 1
            continue
        toks = tokenize(p)
        indent = 2
        if first and kind == "continuation":
            mk = o.get("marker", "▲ ▲（%s）" % f.get("continued", ""))
            if o.get("mk") == "own":
                body.append(mk)
            else:
                toks = [(mk, "m")] + toks
                indent = 0
            STATS["jump markers (上接/紧接)"] += 1
        if first and f.get("dateline"):
            dl = f["dateline"]
            # names after the first space are set as unbreakable words (the seeds never
            # break a dateline inside a name, only between names or before 通讯员)
            head_, _, rest_ = dl.partition(" ")
            dtoks = tokenize(head_, "d")
            for w in rest_.split(" ") if rest_ else []:
                dtoks += [(" ", "d"), (w, "d")]
            style = o.get("dl", "inline")
            if style == "break":       # break inside the date: 湖南日报 1 月 22 / 日讯（…
                j = max(i for i, t in enumerate(dtoks) if t[0] in "月")
                dtoks = dtoks[: j + 2] + [("\n", "d")] + dtoks[j + 2:]
                STATS["dateline broken inside its date"] += 1
            if o.get("tx") == "br":   # break before 通讯员
                j = [i for i, t in enumerate(dtoks) if t[0].startswith("通讯员")]
                if j:
                    dtoks = dtoks[: j[0]] + [("\n", "d")] + dtoks[j[0]:]
                    STATS["dateline broken before 通讯员"] += 1
            if style == "alone":
                dtoks = dtoks + [("\n", "d")]
                STATS["dateline on a line of its own"] += 1
            toks = dtoks + toks
            STATS["datelines " + ("电" if "电" in dl[:20] else "讯")] += 1
        groups, g = [], []
        for t in toks:
            if t[0] == "\n":
                groups.append(g); g = []
            else:
                g.append(t)
        groups.append(g)
        wl = []
        for gi, g in enumerate(groups):
            ind = indent if gi == 0 else 0
            wl += wrap(g, W + 6 if gi < len(groups) - 1 else W, ind)
        for li, l in enumerate(wl):
            sp = (rng.random() < spread_rate and len(l) > 6 and li < len(wl) - 1
                  and not any(t[1] == "d" for t in l))
            s = render(l, modes, rng, spread=sp)
            if sp:
                STATS["justified lines spread with spaces"] += 1
            elif rng.random() < float(page["meta"].get("gap", 0.03)):
                # a single glyph gap before a pause mark (seed 000: 抢抓机遇 、拓展市)
                hits = [m.start() for m in re.finditer("[、，]", s) if m.start() > 0 and s[m.start() - 1] != " "]
                if hits:
                    x = rng.choice(hits)
                    s = s[:x] + " " + s[x:]
                    STATS["glyph gaps around punctuation"] += 1
            body.append(s)
        first = False
    if o.get("lead"):
        body[0] = " " + body[0]; STATS["leading space on a story's first line"] += 1
    if kind != "continuation" and f.get("continued", "").startswith("下转"):
        body.append(o.get("marker", "▶（%s）" % f["continued"]))
        STATS["jump markers (下转)"] += 1
    if "dup" in o:
        k = int(o["dup"]) % len(body)
        body.insert(k + 1, body[k]); dups.append(squash(body[k]))
        STATS["body line printed twice"] += 1

    pre, post = [], []
    by = f.get("byline", "")
    bystyle = o.get("by", "split" if by else "")
    if by and bystyle in ("split", "one"):
        bl = by.rsplit(" ", 1) if bystyle == "split" and " " in by else [by]
        if kind == "feature" and " 通讯员" in by and bystyle == "split":
            x = by.index(" 通讯员")
            bl = [by[:x], by[x + 1:]]
        pre += bl
        STATS["bare-name byline lines before a body"] += 1
    lab = f.get("column", "")
    labpos = o.get("label", "after" if kind == "commentary" else "before")
    head = headline_lines(a, pm, o.get("dbl"))
    if o.get("dbl"):
        dups.append(squash(f.get("title", "").replace("|", "")))
    if by and bystyle == "head":
        head = head + [by]
        STATS["commentary byline printed with its headline"] += 1
    hp = o.get("head", "after")
    if lab and labpos == "headtop":
        head = [lab] + head
    block = []
    if lab and labpos == "before":
        block.append(lab); STATS["column label before story"] += 1
    if hp == "before":
        block += head; STATS["headline before body"] += 1
    block += pre + body
    if lab and labpos == "after":
        block.append(lab); STATS["column label after body"] += 1
    if hp == "after":
        block += head; STATS["headline after its body"] += 1
    bunch = head if hp == "bunch" else []
    if lab and labpos == "headtop":
        STATS["column label printed with the headline stack"] += 1
    return block, bunch, dups


def compose_column(page, rng):
    meta = page["meta"]
    arts = page["arts"]
    out, extras, dups = [], [], []
    if meta.get("front") == "yes":
        ml, ex = masthead(page, "column")
        out += ml; extras.append(ex)
    blocks, bunches = {}, {}
    for aid, a in arts.items():
        b, h, d = column_article(a, page, rng)
        blocks[aid], bunches[aid] = b, h
        dups += d
    seq = meta.get("seq", " ".join(arts)).split()
    for tok in seq:
        if tok.startswith("H:"):
            ids = tok[2:].split(",")
            for i in ids:
                out += bunches[i]
            STATS["headline bunches (stacks printed together away from bodies)"] += 1
            STATS["headline stacks in bunches"] += len(ids)
        elif tok.startswith("X:"):
            parts = tok[2:].replace("_", " ").split("|")
            out += parts; extras.append(squash("".join(parts)))
            STATS["box lines (page furniture)"] += 1
        else:
            out += blocks[tok]
    return "\n\n".join(out) + "\n\n\n", extras, dups


# ---------------------------------------------------------------- masthead
def masthead(page, layout):
    meta = page["meta"]
    d = datetime.date.fromisoformat(meta["date"])
    gz, ny = LUNAR_NY[d.year]
    diff = (d - datetime.date.fromisoformat(ny)).days
    assert 0 <= diff < 29, "front pages must fall in the first lunar month"
    lunar = f"{gz}年正月{LDAY[diff]}"
    num = 27314 - (datetime.date(2025, 3, 27) - d).days
    meta["_issue"] = num
    pieces = [f"{d.year}年{d.month}月", str(d.day), "星期" + WEEK[d.weekday()], lunar,
              f"第{num}号", f"今日{meta['pages']}版"]
    STATS["mastheads (front pages)"] += 1
    extra = "".join(pieces)
    if meta.get("mast") == "merged":
        lines = [pieces[0], pieces[1] + " " + pieces[2], pieces[3], pieces[4], pieces[5]]
        STATS["masthead pieces merged on one line"] += 1
    else:
        lines = pieces
    if layout == "para":
        # lunar date and issue number share a text block: one newline between them
        return lines, extra
    return lines, extra


# ---------------------------------------------------------------- paragraph layout
def segments(a, pm):
    """Split an article's paragraphs at the cut marks ‖ into printed segments."""
    segs, cur = [], []
    for p in a["paras"]:
        p = punct(p, pm)
        pieces = p.split("‖")
        for j, piece in enumerate(pieces):
            if j > 0:
                segs.append(cur); cur = []
            if piece:
                cur.append(piece)
    segs.append(cur)
    return segs


def para_lines_of(a, page, rng, k, nseg):
    """Printed lines of segment k of article a: list of (text, sep) pairs."""
    meta = page["meta"]
    pm = meta.get("punct", "full")
    o = a["opt"]
    f = fields(a, pm)
    kind = a["kind"]
    spaced = meta.get("digits", "none")
    style = o.get("digits", spaced)
    segs = segments(a, pm)
    seg = segs[k]
    L = []
    B = "\n\n"

    def body(text):
        if text.startswith("§"):
            STATS["crossheads/subheads"] += 1
            return text[1:].strip()
        if style != "none":
            return spaced_para(text, rng, style)
        return text

    if kind == "photo":
        if o.get("gap", "1") == "1":
            L.append(("", "\n\n"))      # photos come after a larger gap
        if f.get("title"):
            L.append((f["title"], B))
        caps = [punct(c, pm) for c in a["paras"]]
        cred = f.get("credit", "")
        where = o.get("cred", "inline")
        if o.get("capspread"):
            caps = [render(tokenize(c), {}, rng, spread=True) for c in caps]
            STATS["caption line spread with glyph-gap spaces"] += 1
        elif style != "none":
            caps = [spaced_para(c, rng, style) for c in caps]
        for c in caps[:-1]:
            L.append((c, B))
        if len(caps) > 1:
            STATS["photo groups (several captions, one group credit)"] += 1
        cap = caps[-1]
        if cred and where == "inline":
            L.append((cap + " " + cred, B)); STATS["photo credit on the caption line"] += 1
        elif cred and where == "top":
            L.insert(0, (cred, B)); L.append((cap, B)); STATS["photo credit on its own line above"] += 1
        else:
            L.append((cap, B))
            if cred:
                pad = " " * rng.randint(20, 40) if where == "right" else ""
                L.append((pad + cred, B))
                STATS["photo credit on its own line" + (" (right-aligned)" if pad else "")] += 1
        STATS["photo items"] += 1
        return L

    if k == 0:
        lab = f.get("column", "")
        labpos = o.get("label", "before")
        if lab and labpos == "before":
            L.append((lab, B)); STATS["column label before story"] += 1
        kk, tt, ss = head_parts(a, pm)
        hs = o.get("head", "lines")
        if hs == "joined" and (kk or ss):
            L.append((" ".join(x.replace("|", "") for x in (kk, tt, ss) if x), B))
            STATS["headline parts joined by spaces on one line"] += 1
        elif hs == "kt" and kk:
            L.append((kk.replace("|", "") + " " + tt.replace("|", ""), B))
            if ss:
                L.append((ss, B))
            STATS["kicker and title on one line split at a space"] += 1
        else:
            # a headline part printed over two lines comes out as one text block: the
            # two lines are separated by a single newline (seed 002: 奋力打造/国家重要…)
            for part, role in ((kk, "k"), (tt, "t"), (ss, "s")):
                if not part:
                    continue
                bits = split_bar(part)
                if role == "t" and o.get("dbl") == "1":
                    bits = [b + b for b in bits]; STATS["headline drawn twice on one line"] += 1
                elif role == "t" and o.get("dbl") == "2":
                    bits = [x for b in bits for x in (b, b)]; STATS["headline drawn twice as two lines"] += 1
                for j, b in enumerate(bits):
                    L.append((b, "\n" if j < len(bits) - 1 and o.get("dbl") != "2" else B))
                if len(bits) > 1 and o.get("dbl") != "2":
                    STATS["headline part printed over two lines"] += 1
        if o.get("dbl"):
            page["_dups"].append(squash(tt.replace("|", "")))
        by = f.get("byline", "")
        if by:
            if o.get("by") == "split" and " 通讯员" in by:
                x = by.index(" 通讯员")
                L.append((by[:x] + " ", "\n")); L.append((by[x + 1:], B))
                STATS["byline broken before 通讯员"] += 1
            else:
                L.append((by, B))
            STATS["byline lines (features/commentary)"] += 1
    for i, p in enumerate(seg):
        t = body(p)
        if k == 0 and i == 0 and f.get("dateline"):
            dl = f["dateline"]
            if style != "none":
                dl = spaced_para(dl, rng, "both" if style == "after" else style)
            t = dl + t
            STATS["datelines " + ("电" if "电" in f["dateline"][:20] else "讯")] += 1
        if k > 0 and i == 0:
            STATS["story continued after another story's piece"] += 1
        if kind == "continuation" and k == 0 and i == 0:
            mk = o.get("marker", "▶(%s)" % f.get("continued", ""))
            if o.get("mk") == "inline":
                t = mk + t
            else:
                L.append((mk, B))
            STATS["jump markers (上接/紧接)"] += 1
        L.append((t, B))
    if k == nseg - 1:
        lab = f.get("column", "")
        if lab and o.get("label") == "after":
            L.append((lab, B)); STATS["column label after story"] += 1
    return L


def compose_para(page, rng):
    meta = page["meta"]
    arts = page["arts"]
    pm = meta.get("punct", "full")
    page["_dups"] = []
    L, extras = [], []
    if meta.get("front") == "yes":
        ml, ex = masthead(page, "para")
        extras.append(ex)
        for x in ml:
            L.append((x, "\n" if x.startswith(("丁酉", "辛丑", "乙巳", "丙午")) and meta.get("mast") != "merged" else "\n\n"))
        L[-1] = (L[-1][0], "\n\n\n\n")
    nseg = {aid: len(segments(a, pm)) for aid, a in arts.items()}
    seq = meta.get("seq", " ".join(arts)).split()
    seen = set()
    for tok in seq:
        if tok.startswith("X:"):
            parts = tok[2:].replace("_", " ").split("|")
            for p in parts:
                L.append((p, "\n\n"))
            extras.append(squash("".join(parts)))
            STATS["box lines (page furniture)"] += 1
        elif tok.startswith("J:"):
            L.append((tok[2:], "\n\n")); STATS["jump markers (下转)"] += 1
        elif tok.startswith("R:"):
            # a piece of text the extraction printed twice (seed 002): R:article/segment[:lines]
            ref, _, cnt = tok[2:].partition(":")
            aid, k = ref.split("/")
            seg = segments(arts[aid], pm)[int(k)]
            seg = seg[: int(cnt)] if cnt else seg
            style = arts[aid]["opt"].get("digits", meta.get("digits", "none"))
            for p in seg:
                L.append((spaced_para(p, rng, style) if style != "none" else p, "\n\n"))
                page["_dups"].append(squash(p))
            STATS["lines printed twice (paragraph layout)"] += 1
        elif "/" in tok:
            aid, k = tok.split("/")
            L += para_lines_of(arts[aid], page, rng, int(k), nseg[aid])
            seen.add((aid, int(k)))
        else:
            for k in range(nseg[tok]):
                L += para_lines_of(arts[tok], page, rng, k, nseg[tok])
                seen.add((tok, k))
    for aid in arts:
        for k in range(nseg[aid]):
            assert (aid, k) in seen, (page["name"], aid, k)
        if nseg[aid] > 1:
            STATS["stories cut mid-paragraph and resumed later"] += 1
    text = "\n\n"
    for i, (t, sep) in enumerate(L):
        if t == "" and i:
            text += "\n\n"
            continue
        text += t + (sep if i < len(L) - 1 else "")
    return text, extras, page["_dups"]


# ---------------------------------------------------------------- main
def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = []
    for n, path in enumerate(sorted(SRC.glob("p*.txt"))):
        page = parse(path)
        meta = page["meta"]
        rng = random.Random(1000 + n)
        if meta["layout"] == "column":
            text, extras, dups = compose_column(page, rng)
            STATS["pages, column layout"] += 1
        else:
            text, extras, dups = compose_para(page, rng)
            STATS["pages, paragraph layout"] += 1
        pm = meta.get("punct", "full")
        if pm != "full":
            STATS["pages with half-width punctuation (" + pm + ")"] += 1
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{n:03d}_{h}"
        (PAGES / f"{name}.txt").write_text(text, encoding="utf-8")
        arts = [gold_article(a, pm) for a in page["arts"].values()]
        front = meta.get("front") == "yes"
        gold = {"source": f"{name}.txt", "issue_date": meta["date"],
                "issue_number": meta.get("_issue") if front else None,
                "page_count": int(meta["pages"]) if front else None,
                "articles": arts, "extras": extras, "duplicates": dups}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        kinds = Counter(a["kind"] for a in arts)
        for k, v in kinds.items():
            STATS["articles: " + k] += v
        rows.append((name, meta["date"], meta.get("pageno", "?"), meta["layout"], len(arts),
                     len(squash(text)), dict(kinds)))
    write_readme(rows)
    for r in rows:
        print(f"{r[0]}  {r[1]}  p{r[2]:>2}  {r[3]:6}  arts={r[4]:2}  chars={r[5]}  {r[6]}")


def write_readme(rows):
    t = (HERE / "README.head.md").read_text(encoding="utf-8") if (HERE / "README.head.md").exists() else ""
    t += "\n## Pages\n\n| file | issue date | page of issue | layout | articles | characters (no whitespace) | kinds |\n|---|---|---|---|---|---|---|\n"
    for r in rows:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(r[6].items()))
        t += f"| {r[0]}.txt | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {kinds} |\n"
    t += f"\nTotal: {len(rows)} pages, {sum(r[4] for r in rows)} articles, {sum(r[5] for r in rows)} characters.\n"
    t += "\n## Phenomena (counted by compose.py as it lays them out)\n\n| phenomenon | count |\n|---|---|\n"
    for k in sorted(STATS):
        t += f"| {k} | {STATS[k]} |\n"
    tail = (HERE / "README.tail.md")
    if tail.exists():
        t += "\n" + tail.read_text(encoding="utf-8")
    (HERE / "README.md").write_text(t, encoding="utf-8")


if __name__ == "__main__":
    main()
