#!/usr/bin/env python3
"""Lay out the page sources in src/ as raw Hunan Daily page text.

Writes pages/*.txt, gold/*.json and README.md (from README.in).
Standard library only; every small choice comes from random.Random seeded
by the source file name, so a rerun rebuilds everything byte-for-byte.
"""
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
CUT = "‖"          # paragraph cut point (paragraph layout pieces)
BRK = "⏎"          # forced column-line break (column layout)
CLOSE = set("，。、；：！？）》”’…,.;:!?)")
OPEN = set("“‘（《(")
PUNCT = CLOSE | OPEN | set("—·")
NUMRUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%+\-/×:]*%?")

PHEN = Counter()      # phenomena counted while composing (all pages)


def clean(s):
    """Gold text: markers removed (cut tags too)."""
    s = re.sub(CUT + r"(\{[a-z]+\})?", "", s)
    return s.replace(BRK, "")


def squash_cjk(s):
    """Remove spaces that touch a CJK char (paragraph text in gold)."""
    return re.sub(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])", "", s)


def punct_style(s, style):
    if style == "full":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "half":
        s = s.replace("，", ",").replace("；", ";").replace("：", ":")
    return s


# ---------------------------------------------------------------- source
def parse_source(path):
    page = OrderedDict()
    arts = OrderedDict()
    layout = []
    cur = None
    sect = None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if line.startswith("#") or (not line and sect != "layout"):
            continue
        if line.startswith("@page"):
            sect = "page"
            continue
        if line.startswith("@article"):
            sect = "art"
            cur = OrderedDict(id=line.split()[1], kind="news", column="", kicker="",
                              title="", subtitle="", byline="", dateline="",
                              continued="", width="17", paras=[])
            arts[cur["id"]] = cur
            continue
        if line.startswith("@layout"):
            sect = "layout"
            continue
        if sect == "page":
            k, _, v = line.partition(":")
            page[k.strip()] = v.strip()
        elif sect == "art":
            if line.startswith("|"):
                cur["paras"].append(line[1:])
            else:
                k, _, v = line.partition(":")
                cur[k.strip()] = v.strip()
        elif sect == "layout" and line.strip():
            layout.append(line.strip())
    return page, arts, layout


# ---------------------------------------------------------------- column flow
def units_of(text):
    """Split text into printable units: number/latin runs, spaces, single chars."""
    out = []
    i = 0
    while i < len(text):
        m = NUMRUN.match(text, i)
        if m:
            out.append(m.group())
            i = m.end()
        else:
            out.append(text[i])
            i += 1
    return out


def uwidth(u):
    if u == " ":
        return 0.5
    if u == BRK:
        return 0
    if len(u) > 1 or ord(u[0]) < 0x2000:
        return 0.5 * len(u)
    return 1.0


def is_num(u):
    return bool(NUMRUN.fullmatch(u))


def render_line(units, justify, rng, style_cnt):
    """Join the units of one column line, with PDF spacing artefacts."""
    out = ""
    for k, u in enumerate(units):
        prev = units[k - 1] if k else None
        if k and justify:
            if not (prev in CLOSE or u in OPEN or prev in ("（", "《", "‘") or prev == " " or u == " "):
                out += " "
        elif k and prev != " " and u != " ":
            if is_num(u) and not is_num(prev) and prev not in OPEN and prev not in CLOSE:
                out += " "
                style_cnt["space before a number run"] += 1
            elif is_num(prev) and u not in CLOSE and u not in PUNCT and rng.random() < 0.45:
                out += " "
                style_cnt["space after a number run"] += 1
            elif u in "、，；" and prev not in PUNCT and rng.random() < 0.03:
                out += " "
                style_cnt["glyph-gap space before full-width punctuation"] += 1
            elif prev == "“" and rng.random() < 0.08:
                out += " "
                style_cnt["space after an opening quote"] += 1
        if is_num(u) and u.endswith("%") and len(u) > 1 and rng.random() < 0.12:
            u = u[:-1] + " %"
            style_cnt["glyph-gap space before %"] += 1
        out += u
    out = re.sub(r"(\d)%", lambda m: m.group(1) + ("%"), out)
    return out


def flow(text, width, first_width, rng, cnt, lead_space=False):
    """Flow one paragraph (possibly with a dateline in front) into lines."""
    units = units_of(text)
    lines = []
    cur, w = [], 0.0
    limit = first_width
    i = 0
    while i < len(units):
        u = units[i]
        if u == BRK:
            lines.append((cur, limit - w, True))
            cur, w, limit = [], 0.0, width
            i += 1
            continue
        uw = uwidth(u)
        if w + uw <= limit or not cur:
            if u == " " and not cur:
                i += 1
                continue
            cur.append(u)
            w += uw
            i += 1
            continue
        # does not fit
        if u in CLOSE and w + uw <= limit + 1:      # hanging punctuation
            cur.append(u)
            w += uw
            i += 1
            continue
        if cur and cur[-1] in OPEN:                 # opening mark may not end a line
            back = cur.pop()
            w -= uwidth(back)
            i -= 1
            while units[i] != back:
                i -= 1
        lines.append((cur, limit - w, False))
        cur, w, limit = [], 0.0, width
    if cur:
        lines.append((cur, 99, True))
    out = []
    for n, (us, slack, last) in enumerate(lines):
        while us and us[-1] == " ":
            us = us[:-1]
        npunct = sum(1 for u in us if u in CLOSE)
        just = (not last and slack >= 1.0) or (not last and npunct >= 3 and rng.random() < 0.7)
        if just:
            cnt["justified column line spread with spaces"] += 1
        s = render_line(us, just, rng, cnt)
        if n == 0 and lead_space:
            s = " " + s
        out.append(s)
    return out


# ---------------------------------------------------------------- page
def build(path):
    name = os.path.basename(path)
    rng = random.Random(name)
    page, arts, layout = parse_source(path)
    style = page.get("punct", "full")
    col = page.get("layout") == "column"
    cnt = Counter()
    P = lambda s: punct_style(s, style)

    # pieces per article
    for a in arts.values():
        a["segs"] = []      # (para index, text) pieces for the paragraph layout
        for pi, p in enumerate(a["paras"]):
            for seg in re.split(CUT + r"(?:\{([a-z]+)\})?", p)[::2]:
                a["segs"].append((pi, seg))
            for tag in re.findall(CUT + r"\{([a-z]+)\}", p):
                cnt["cut:" + tag] += 1
        a["lines"] = None
        a["dl_done"] = False

    def col_lines(a, own_dateline):
        if a["lines"] is not None:
            return a["lines"]
        W = float(a["width"])
        lines = []
        for pi, p in enumerate(a["paras"]):
            p = P(p.replace(CUT, "")).replace("{fu}", "").replace("{vf}", "").replace("{w}", "")
            p = re.sub(r"\{[a-z]+\}", "", p)
            if p.startswith("## "):
                lines.append(p[3:])
                continue
            if pi == 0 and a["dateline"] and not own_dateline:
                lead = rng.random() < 0.5
                dl = P(a["dateline"])
                for _try in range(3):
                    st = rng.getstate()
                    got = flow(dl + p, W, W - (1 if lead else 0), rng, cnt, lead)
                    # a dateline tail of under 4 characters at a line start would be
                    # lost to the scorer's coverage measure: break before the last name
                    ndl = len(re.sub(r"[\s" + BRK + "]", "", dl))
                    acc, bad = 0, False
                    for ln in got:
                        k = len(re.sub(r"\s", "", ln))
                        if acc < ndl < acc + k and ndl - acc < 4 and acc > 0:
                            bad = True
                        acc += k
                    if not bad:
                        break
                    rng.setstate(st)
                    sp = [m.start() for m in re.finditer(" ", dl)] + \
                        [m.start() + 1 for m in re.finditer("[（(]", dl)]
                    cut = max(k for k in sp if len(re.sub(r"[\s" + BRK + "]", "", dl[k:])) >= 4)
                    dl = dl[:cut] + BRK + dl[cut + (1 if dl[cut] == " " else 0):]
                    cnt["line break between a byline's names"] += 1
                if BRK + "通讯员" in P(a["dateline"]):
                    cnt["line break before 通讯员"] += 1
                if re.search("月" + BRK + r"\d", P(a["dateline"])):
                    cnt["line break inside a dateline's date"] += 1
                lines += got
            else:
                if re.search(r"\d" + BRK, p):
                    cnt["column line break between a figure and its unit"] += len(re.findall(r"\d" + BRK, p))
                lines += flow(p, W, W - 2, rng, cnt)
        a["lines"] = lines
        return lines

    out = []            # list of (text, blank_after)
    extras, dups = [], []

    def emit(s, blank=1):
        out.append((s, blank))

    def head_parts(a, spec):
        parts = []
        for tok in spec:
            if tok == "k":
                parts.append(P(a["kicker"]))
            elif tok == "s":
                parts.append(P(a["subtitle"]))
            elif tok == "c":
                parts.append(a["column"])
            elif tok == "t":
                parts.append(P(a["title"]))
            elif tok == "t2":
                parts.append(P(a["title"]) + P(a["title"]))
                dups.append(P(a["title"]))
                cnt["headline drawn twice on one line"] += 1
            elif tok == "tt":
                parts.append(P(a["title"]))
                parts.append(P(a["title"]))
                dups.append(P(a["title"]))
                cnt["headline drawn twice on two lines"] += 1
            elif tok.startswith("t@"):
                n = int(tok[2:])
                t = P(a["title"])
                parts += [t[:-n], t[-n:]]
                cnt["headline's last word left alone on a line"] += 1
            elif tok == "t/":
                t = P(a["title"])
                parts += t.split(" ", 1)
                cnt["two-phrase title split at its space"] += 1
            elif tok == "k/":
                parts += P(a["kicker"]).split(" ", 1)
        return [x for x in parts if x]

    prev_op = None
    for d in layout:
        f = d.split()
        op = f[0]
        if op == "blank":
            if out:
                out[-1] = (out[-1][0], out[-1][1] + int(f[1]))
            else:
                out.append(("", int(f[1]) - 1))
        elif op == "extra":
            body = d[len("extra"):].strip()
            blocks = [b.strip() for b in body.split(" / ")]
            for b in blocks:
                sub = [x.strip() for x in b.split(" // ")]
                for k, x in enumerate(sub):
                    emit(x, 0 if k < len(sub) - 1 else 1)
            extras.append("".join(x.replace(" // ", "") for x in blocks).replace(" ", "") if False else
                          "".join("".join(x.strip() for x in b.split(" // ")) for b in blocks))
            cnt["box / masthead line"] += sum(len(b.split(" // ")) for b in blocks)
        elif op == "head":
            a = arts[f[1]]
            if prev_op and prev_op[0] == "head" and prev_op[1] != f[1]:
                cnt["headline bunched with another story's headline"] += 1
            spec = f[2].split(",")
            mode = f[3] if len(f) > 3 else ""
            parts = head_parts(a, spec)
            if mode == "oneline":
                emit(" ".join(parts))
            else:
                for k, x in enumerate(parts):
                    emit(x, 0 if (mode == "tight" and k < len(parts) - 1) else 1)
            if a.get("_body_started"):
                cnt["headline printed after its body"] += 1
        elif op == "col":
            emit(arts[f[1]]["column"])
            cnt["column label on its own line"] += 1
        elif op == "by":
            a = arts[f[1]]
            b = P(a["byline"])
            if len(f) > 2 and f[2] == "split":
                k = b.index("通讯员")
                emit(b[:k].rstrip(), 0)
                emit(b[k:])
                cnt["line break before 通讯员"] += 1
            elif len(f) > 2 and f[2].startswith("@"):
                k = b.index(f[2][1:])
                emit(b[:k].rstrip(), 0)
                emit(b[k:])
                cnt["line break between a byline's names"] += 1
            else:
                emit(b)
        elif op == "dl":
            a = arts[f[1]]
            parts = P(a["dateline"]).split(BRK)
            for x in parts:
                emit(x.strip())
            a["dl_done"] = True
            a["_own_dl"] = True
        elif op == "mark":
            emit(d[len("mark"):].strip())
            cnt["jump marker"] += 1
        elif op == "body":
            a = arts[f[1]]
            rngspec = f[2] if len(f) > 2 else "all"
            opts = f[3:]
            pre = ""
            for o in opts:
                if o.startswith("pre="):
                    pre = o[4:].replace("_", " ")
                    cnt["jump marker"] += 1
            a["_body_started"] = True
            if col:
                lines = col_lines(a, a.get("_own_dl", False))
                lo, _, hi = rngspec.replace("L", "").partition("-") if rngspec != "all" else ("0", "", "")
                lo = int(lo)
                hi = int(hi) if hi else len(lines) - 1
                dupat = [int(o[3:]) for o in opts if o.startswith("dup")]
                for n in range(lo, hi + 1):
                    s = lines[n]
                    if n == lo and pre:
                        s = pre + s
                    emit(s)
                    if n in dupat:
                        emit(s)
                        dups.append(squash_cjk(s).replace(" ", "") if True else s)
                        cnt["line printed twice"] += 1
            else:
                segs = a["segs"]
                lo, _, hi = rngspec.partition("-") if rngspec != "all" else ("0", "", "")
                lo = int(lo)
                hi = int(hi) if hi else len(segs) - 1
                dupat = [int(o[3:]) for o in opts if o.startswith("dup")]
                for n in range(lo, hi + 1):
                    pi, s = segs[n]
                    s = P(s)
                    s = re.sub(r"\{[a-z]+\}", "", s)
                    if s.startswith("## "):
                        s = s[3:]
                    if n == 0 and a["dateline"] and not a["dl_done"]:
                        s = P(a["dateline"]).replace(BRK, "") + s
                    if n == lo and pre:
                        s = pre + s
                    emit(s)
                    if n in dupat:
                        emit(s)
                        dups.append(s)
                        cnt["line printed twice"] += 1
                    if n + 1 <= hi and segs[n + 1][0] == pi:
                        cnt["paragraph split by a column break with nothing between"] += 1
        elif op == "dupseg":          # reprint a piece later on the page
            a = arts[f[1]]
            n = int(f[2])
            s = P(a["segs"][n][1])
            emit(s)
            dups.append(s)
            cnt["line printed twice"] += 1
        elif op == "photo":
            a = arts[f[1]]
            mode = f[2] if len(f) > 2 else "below"
            cap = P(a["paras"][0])
            cr = P(a["byline"])
            if a["title"]:
                emit(P(a["title"]))
            if mode == "inline":
                emit(cap + " " + cr)
            elif mode == "right":
                emit(cap)
                emit(" " * rng.randint(18, 34) + cr)
                cnt["credit right-aligned on its own line"] += 1
            elif mode == "wrap":
                W = int(a["width"])
                txt = cap + " " + cr
                k = 0
                while k < len(txt):
                    emit(txt[k:k + W])
                    k += W
            elif mode == "none":
                emit(cap)
            else:
                emit(cap)
                if cr:
                    emit(cr)
        else:
            raise SystemExit(f"{name}: unknown layout op {d!r}")
        prev_op = (op, f[1] if len(f) > 1 else "")

    text = ""
    for s, blank in out:
        text += s + "\n" + "\n" * blank
    text = text.rstrip("\n") + "\n"

    # gold
    golds = []
    for a in arts.values():
        paras, subs = [], []
        for p in a["paras"]:
            p = P(clean(p))
            if p.startswith("## "):
                subs.append(p[3:])
                p = p[3:]
            paras.append(squash_cjk(p))
        golds.append(OrderedDict([
            ("kind", a["kind"]), ("column", a["column"]), ("kicker", P(a["kicker"])),
            ("title", P(a["title"])), ("subtitle", P(a["subtitle"])),
            ("byline", P(a["byline"])), ("dateline", P(clean(a["dateline"]))),
            ("continued", a["continued"]), ("subheads", subs), ("paragraphs", paras)]))
    for k in list(cnt):
        PHEN[k] += cnt[k]
    return page, text, golds, extras, dups, cnt


def main():
    src = sorted(f for f in os.listdir(os.path.join(HERE, "src")) if f.endswith(".txt"))
    for sub in ("pages", "gold"):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
    rows = []
    for f in src:
        page, text, golds, extras, dups, cnt = build(os.path.join(HERE, "src", f))
        no = page["file_no"]
        base = no + "_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        open(os.path.join(HERE, "pages", base + ".txt"), "w", encoding="utf-8").write(text)
        g = OrderedDict([
            ("source", base + ".txt"), ("issue_date", page["issue_date"]),
            ("issue_number", page.get("issue_number") or None),
            ("page_count", int(page["page_count"]) if page.get("page_count") else None),
            ("articles", golds), ("extras", extras), ("duplicates", dups)])
        open(os.path.join(HERE, "gold", base + ".json"), "w", encoding="utf-8").write(
            json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        nchar = len(re.sub(r"\s", "", text))
        rows.append((base + ".txt", page["issue_date"], page["page"], page["layout"],
                     page.get("punct", "full"), len(golds), nchar, page.get("subjects", "")))
    tpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    names = {"cut:fu": "paragraph piece cut between a figure and its unit",
             "cut:vf": "paragraph piece cut between a verb and its figure",
             "cut:w": "paragraph piece cut inside a word",
             "cut:q": "paragraph piece cut inside a quoted term",
             "cut:n": "paragraph piece cut inside a name"}
    ph = "| phenomenon | count |\n|---|---|\n" + "".join(
        f"| {names.get(k, k)} | {v} |\n"
        for k, v in sorted(PHEN.items(), key=lambda x: (x[0].startswith("cut:"), x[0])))
    pt = "| file | issue date | page | layout | punctuation | articles | characters | subjects |\n" \
         "|---|---|---|---|---|---|---|---|\n" + "".join(
        "| " + " | ".join(str(x) for x in r) + " |\n" for r in rows)
    readme = tpl.replace("{{PHENOMENA}}", ph).replace("{{PAGES}}", pt)
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(readme)
    print(f"composed {len(rows)} pages")


if __name__ == "__main__":
    main()
