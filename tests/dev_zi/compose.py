#!/usr/bin/env python3
"""Deterministic composer: lays the hand-written stories of src/*.txt out into raw page
files (pages/) in the two layouts of the Hunan Daily e-paper extraction, with their gold
annotations (gold/).  Python 3 standard library only.

Source format (src/pNN.txt), one page per file:
    #PAGE                         page header, then `key value` lines
    #ART <kind>                   an article, then `key value` lines, then `>` paragraphs
    #BUNCH                        (column layout) print the headlines held back so far
    #MAST                         (column layout) print the masthead here
    #BOX a|b                      box lines (page furniture; gold extra, joined)
    #EXTRA a                      a furniture line (gold extra)
Markers inside paragraph text (never in the gold):
    ‖  paragraph layout: the paragraph is broken into two consecutive lines
    ¦  paragraph layout: the paragraph is cut here; the rest follows after `inter`
       paragraphs of the next article
"""
import datetime
import hashlib
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
PAGES = os.path.join(HERE, "pages")
GOLD = os.path.join(HERE, "gold")

WEEK = "一二三四五六日"
# 正月初一 of each lunar year used (front pages are dated inside 正月, which has >= 29 days)
NEWYEAR = {2015: ("乙未", "2015-02-19"), 2016: ("丙申", "2016-02-08"), 2017: ("丁酉", "2017-01-28"),
           2018: ("戊戌", "2018-02-16"), 2019: ("己亥", "2019-02-05"), 2020: ("庚子", "2020-01-25"),
           2021: ("辛丑", "2021-02-12"), 2022: ("壬寅", "2022-02-01"), 2023: ("癸卯", "2023-01-22"),
           2024: ("甲辰", "2024-02-10"), 2025: ("乙巳", "2025-01-29"), 2026: ("丙午", "2026-02-17")}
DAYNAMES = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
            "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九"]
REF_ISSUE = (datetime.date(2025, 3, 27), 27314)
STATS = {}


def stat(key, n=1):
    STATS[key] = STATS.get(key, 0) + n

CLOSE = set("，。、；：？！”’）》,.;:?!)")
OPEN = set("“‘（《(")
HALF = str.maketrans({"，": ",", "（": "(", "）": ")", "；": ";", "：": ":", "？": "?", "！": "!"})
NUM = re.compile(r"[0-9][0-9.,%:×+\-]*%?|[A-Za-z][A-Za-z0-9+\-]*")
CJKCH = re.compile(r"[\u4e00-\u9fff]")


def lunar(d):
    name, ny = NEWYEAR[d.year]
    off = (d - datetime.date.fromisoformat(ny)).days
    assert 0 <= off < 29, (d, off)
    return f"{name}年正月{DAYNAMES[off]}"


def issue_no(d):
    return REF_ISSUE[1] + (d - REF_ISSUE[0]).days


# ----------------------------------------------------------------------------- parsing
def parse(path):
    page, items = {}, []
    cur = page
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("#PAGE"):
            cur = page
        elif line.startswith("#ART"):
            cur = {"kind": line.split()[1], "paras": [], "type": "art"}
            items.append(cur)
        elif line.startswith("#BUNCH") or line.startswith("#MAST"):
            items.append({"type": line[1:].split()[0].lower()})
            cur = None
        elif line.startswith("#BOX") or line.startswith("#EXTRA"):
            tag, _, text = line.partition(" ")
            items.append({"type": tag[1:].lower(), "text": text})
            cur = None
        elif line.startswith(">"):
            cur["paras"].append(line[1:].strip())
        else:
            k, _, v = line.partition(" ")
            cur[k] = v.strip()
    return page, items


def clean(s):
    return (s or "").replace("‖", "").replace("¦", "")


# ----------------------------------------------------------------------------- text helpers
def tokens(s):
    out, i = [], 0
    while i < len(s):
        m = NUM.match(s, i)
        if m and (i == 0 or not re.match(r"[A-Za-z0-9]", s[i - 1])):
            out.append(m.group())
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return out


def twidth(t):
    if t == " ":
        return 0
    if re.match(r"[A-Za-z0-9.,%:;()!?+\-×]", t[0]):
        return 0.55 * len(t)
    return 1.0


def spread(toks):
    """A justified line as the extraction prints it: a space between glyphs."""
    out = ""
    for i, t in enumerate(toks):
        if i and toks[i - 1] not in CLOSE and t not in OPEN and t != " " and toks[i - 1] != " ":
            out += " "
        out += t
    return out


def numspace(toks, rng, mode):
    """Spaces the extraction leaves around number runs (and after opening quotes)."""
    if mode == "none":
        return "".join(toks)
    out = []
    for i, t in enumerate(toks):
        isnum = bool(NUM.fullmatch(t)) and re.match(r"[0-9]", t)
        if isnum:
            r = rng.random()
            if t.endswith("%") and len(t) > 1 and rng.random() < 0.12:
                t = t[:-1] + " %"          # a glyph gap before the per-cent sign
            before = mode == "all" or r < 0.75
            after = mode == "all" or (r < 0.45 or r > 0.9)
            if before and out and CJKCH.match(out[-1][-1:] or ""):
                out.append(" ")
            out.append(t)
            if after and i + 1 < len(toks) and CJKCH.match(toks[i + 1]):
                out.append(" ")
        else:
            out.append(t)
            if mode == "all" and t == "“" and i + 1 < len(toks):
                out.append(" ")
    return "".join(out)


def wrap(text, width, rng, just=0.0, nmode="some", first_width=None):
    """Break one paragraph into printed column lines (kinsoku: no line opens with a
    closing mark or ends with an opening one).  Returns the raw lines."""
    toks = tokens(text)
    lines, cur, w = [], [], 0.0
    target = first_width or width
    full = target
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = twidth(t)
        if cur and w + tw > target + 0.01 and t not in CLOSE:
            carry = [cur.pop()] if cur[-1] in OPEN else []
            lines.append((cur, full))
            cur, w = carry, sum(twidth(x) for x in carry)
            target = full = width
            # a spread line: some lines hold fewer glyphs, set apart by spaces
            if just and rng.random() < just:
                target = width - rng.choice([1, 2, 2, 3])
            continue
        cur.append(t)
        w += tw
        i += 1
    if cur:
        lines.append((cur, None))
    out = []
    for ln, full in lines:
        short = full is not None and sum(twidth(x) for x in ln) < full - 0.9
        if short and sum(1 for x in ln if x in CLOSE) >= 1:
            stat("column lines spread with spaces (justified)")
            out.append(spread(ln))
        else:
            out.append(numspace(ln, rng, nmode).rstrip())
    return out


def split_width(text, n):
    """Cut a headline line into pieces of about n characters (last word alone)."""
    if len(text) <= n:
        return [text]
    return [text[:n], text[n:]]


# ----------------------------------------------------------------------------- article pieces
def head_lines(a, layout):
    """Printed headline lines of an article (without column label)."""
    k, t, s = a.get("kicker", ""), a.get("title", ""), a.get("subtitle", "")
    mode = a.get("hmode", "stack")
    tl = []
    if t:
        if "tsplit" in a:       # a title drawn on two lines (parallel halves, or wrapped)
            tl = a["tsplit"].split("|")
        else:
            tl = [t]
        if a.get("bold") == "1":          # drawn twice on one line
            tl[0] = tl[0] + tl[0]
        elif a.get("bold") == "2":        # drawn twice on two lines
            tl = [tl[0]] + tl
    sl = a["ssplit"].split("|") if "ssplit" in a else ([s] if s else [])
    if mode == "join":
        return [" ".join([x for x in [k] + tl + sl if x])]
    if mode == "kt":
        return [" ".join([x for x in [k] + tl if x])] + sl
    if mode == "ts":
        return ([k] if k else []) + [" ".join(tl + sl)]
    return ([k] if k else []) + tl + sl


def bold_dup(a):
    if a.get("bold") in ("1", "2"):
        t = a["tsplit"].split("|")[0] if "tsplit" in a else a["title"]
        return [t]
    return []


def marker_text(m):
    return re.sub(r"[▷▶▲◀\s()（）]", "", m)


# ----------------------------------------------------------------------------- layouts
def compose_col(page, items, rng):
    width0 = int(page.get("width", 17))
    nmode = page.get("num", "some")
    just = float(page.get("just", 0.08))
    out, bunch, extras, dups = [], [], [], []

    def put(lines):
        out.extend(lines)

    for it in items:
        typ = it["type"]
        if typ == "mast":
            ml = mast_lines(page)
            put(ml)
            extras.append("".join(x.replace(" ", "") for x in ml))
            continue
        if typ in ("box", "extra"):
            parts = it["text"].split("|")
            put(parts)
            extras.append("".join(parts))
            continue
        if typ == "bunch":
            put(bunch)
            bunch = []
            continue
        a = it
        w = int(a.get("width", width0))
        kind = a["kind"]
        hl = head_lines(a, "col")
        dups.extend(bold_dup(a))
        col = a.get("column", "")
        colpos = a.get("colpos", "before")
        byl = [x for x in a.get("byline", "").split("‖") if x] if a.get("byline") else []
        bpos = a.get("bpos", "before")
        if kind == "photo":
            cap = clean(a["paras"][0])
            credit = a.get("byline", "").replace("‖", " ")
            cw = int(a.get("capwidth", 0))
            cred = a.get("credit", "inline")
            if cred == "top":
                out.insert(0, " " * 28 + credit)
            if a.get("title"):
                put(hl)
            capline = cap + ("  " + credit if credit and cred == "inline" else "")
            if a.get("capspread"):      # a caption drawn with glyph gaps all along
                put([spread(tokens(capline))])
            elif cw:
                put(wrap(capline, cw, rng, 0, "none"))
            else:
                put([capline])
            if credit and cred == "own":
                put([" " * 20 + credit])
            continue
        head_block = []
        if col and colpos == "before":
            head_block.append(col)
        head_block += hl
        if byl and bpos == "head":
            head_block += byl
        body = []
        if byl and bpos == "before":
            body += byl
        jump = a.get("jump", "")
        jpos = a.get("jpos", "after")
        if jump:
            extras.append(jump.replace(" ", ""))
        if jump and jpos == "top":
            body.append(jump)
        dl = a.get("dateline", "")
        for n, p in enumerate(a["paras"]):
            p = clean(p)
            if n == 0 and dl:
                first = " " + dl.replace("‖", "\n") if a.get("dlspace") != "0" else dl.replace("‖", "\n")
                # the dateline flows into the first paragraph; forced breaks stay
                segs = first.split("\n")
                pre = segs[:-1]
                body += [s for s in pre]
                txt = segs[-1] + p
                lines = wrap(txt, w, rng, just, nmode, first_width=w - 2 if not pre else w)
                # where does the dateline end?  a tail of < 4 characters at a line start
                # is set on its own line instead (the paragraph then opens a new line)
                dsq = re.sub(r"\s", "", segs[-1])
                acc = 0
                for ln in lines:
                    lsq = re.sub(r"\s", "", ln)
                    if acc + len(lsq) >= len(dsq):
                        tail = len(dsq) - acc
                        if 0 < tail < 4 and tail < len(lsq):
                            lines = wrap(segs[-1], w + 1, rng, 0, nmode) + \
                                wrap(p, w, rng, just, nmode, first_width=w - 2)
                        break
                    acc += len(lsq)
                body += lines
            elif n == 0 and jump and jpos == "inline":
                lines = wrap(jump + p, w, rng, just, nmode, first_width=w - 2)
                body += lines
            else:
                body += wrap(p, w, rng, just, nmode, first_width=w - 2)
        if jump and jpos == "after":
            body.append(jump)
        if col and colpos == "after":
            body.append(col)
        # duplicated printed line
        if a.get("dup"):
            i, _, k = a["dup"].partition(":")
            i, k = int(i), int(k or 0)
            line = body[i]
            dups.append(line)
            body.insert(i + 1 + k, line)
        hp = a.get("head", "before")
        if hp == "before":
            put(head_block + body)
        elif hp == "after":
            put(body + head_block)
        else:
            put(body)
            bunch.extend(head_block)
    put(bunch)
    text = "".join(l + "\n\n" for l in out)
    return text, extras, dups


def mast_lines(page):
    d = datetime.date.fromisoformat(page["date"])
    wk = "星期" + WEEK[d.weekday()]
    day = str(d.day)
    parts = [f"{d.year}年{d.month}月"]
    if page.get("mastmerge") == "1":
        parts.append(f"{day} {wk}")
    else:
        parts += [day, wk]
    parts += [lunar(d), f"第{issue_no(d)}号", f"今日{page['pages']}版"]
    return parts


def compose_para(page, items, rng):
    nmode = page.get("num", "none")
    out, extras, dups = [], [], []
    half = page.get("punct") == "half"
    pending = None   # (lines of the rest of a cut article, after how many paragraphs)

    def art_lines(a):
        """(head lines, list of paragraph line-lists, tail lines, cut info)."""
        kind = a["kind"]
        hl = head_lines(a, "para")
        dups.extend(bold_dup(a))
        col = a.get("column", "")
        colpos = a.get("colpos", "before")
        head = []
        if kind == "photo":
            cap = clean(a["paras"][0])
            credit = a.get("byline", "").replace("‖", " ")
            cred = a.get("credit", "own")
            head = [""]
            if cred == "top":
                out.insert(0, " " * 30 + credit)
            if a.get("title"):
                head += hl
            if credit and cred == "inline":
                head.append(cap + " " + credit)
            else:
                head.append(cap)
                if credit and cred == "own":
                    head.append(credit)
            return head, [], [], None
        if col and colpos == "before":
            head.append(col)
        head += hl
        byl = [x for x in a.get("byline", "").split("‖") if x] if a.get("byline") else []
        head += byl
        paras = []
        cut = None
        dl = a.get("dateline", "")
        jump = a.get("jump", "")
        jpos = a.get("jpos", "after")
        if jump:
            extras.append(jump.replace(" ", ""))
        for n, p in enumerate(a["paras"]):
            if n == 0 and dl:
                segs = dl.split("‖")
                p = "‖".join(segs[:-1] + [segs[-1] + p]) if len(segs) > 1 else dl + p
            if n == 0 and jump and jpos == "inline":
                p = jump + p
            if "¦" in p:
                x, y = p.split("¦")
                cut = (n, y)
                p = x
            pl = [numspace(tokens(q), rng, nmode) for q in p.split("‖")]
            paras.append(pl)
        tail = []
        if jump and jpos == "after":
            tail.append(jump)
        if col and colpos == "after":
            tail.append(col)
        if a.get("dup"):
            pass
        return head, paras, tail, cut

    for it in items:
        typ = it["type"]
        if typ == "mast":
            ml = mast_lines(page)
            if page.get("mastmerge") == "1":
                ml2 = "\n\n".join(ml[:2]) + "\n\n" + ml[2] + "\n" + ml[3] + "\n\n" + ml[4] + "\n\n"
            else:
                ml2 = "\n\n".join(ml[:4]) + "\n" + ml[4] + "\n\n" + ml[5] + "\n\n"
            if not out:
                ml2 = "\n\n" + ml2
            out.append(ml2)
            extras.append("".join(x.replace(" ", "") for x in ml))
            continue
        if typ in ("box", "extra"):
            parts = it["text"].split("|")
            if half:
                parts = [p.translate(HALF) for p in parts]
            out.extend([""] + parts if typ == "box" else parts)
            extras.append("".join(parts))
            continue
        if typ == "bunch":
            continue
        a = it
        if half:
            for k in ("kicker", "title", "subtitle", "dateline", "byline", "tsplit", "ssplit", "column"):
                if k in a:
                    a[k] = a[k].translate(HALF)
            a["paras"] = [p.translate(HALF) for p in a["paras"]]
        head, paras, tail, cut = art_lines(a)
        seq = list(head)
        inter_at = None
        for n, pl in enumerate(paras):
            if pending is not None and n == pending[1]:
                inter_at = len(seq)
            seq.extend(pl)
        if pending is not None and inter_at is None:
            inter_at = len(seq)
        rest = []
        if cut is not None:
            n, y = cut
            # everything after the cut paragraph's first part waits
            flat_before = list(head)
            for m, pl in enumerate(paras[:n + 1]):
                flat_before.extend(pl)
            rest_lines = [numspace(tokens(q), rng, nmode) for q in y.split("‖")]
            for pl in paras[n + 1:]:
                rest_lines.extend(pl)
            rest_lines.extend(tail)
            seq = flat_before
            if pending is not None and inter_at is not None and inter_at > len(seq):
                inter_at = len(seq)
            newpending = (rest_lines, int(a.get("inter", 1)))
        else:
            seq.extend(tail)
            newpending = None
        if pending is not None:
            seq = seq[:inter_at] + pending[0] + seq[inter_at:]
        if a.get("dup"):
            i, _, k = a["dup"].partition(":")
            i, k = int(i), int(k or 0)
            line = seq[i]
            dups.append(line)
            seq.insert(i + 1 + k, line)
        out.extend(seq)
        pending = newpending
    if pending is not None:
        out.extend(pending[0])
    text = "\n\n".join(out)
    return text, extras, dups


# ----------------------------------------------------------------------------- gold
def gold_article(a, half):
    g = {"kind": a["kind"], "column": a.get("column", ""), "kicker": a.get("kicker", ""),
         "title": a.get("title", ""), "subtitle": a.get("subtitle", ""),
         "byline": a.get("byline", "").replace("‖", " "),
         "dateline": clean(a.get("dateline", "")), "continued": marker_text(a.get("jump", "")),
         "subheads": [], "paragraphs": []}
    for p in a["paras"]:
        p = clean(p)
        if p.startswith("##"):
            p = p[2:].strip()
            g["subheads"].append(p)
        g["paragraphs"].append(p.replace(" ", "") if not re.search(r"[A-Za-z] [A-Za-z]", p) else p)
    if half:
        for k in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            g[k] = g[k].translate(HALF)
        g["paragraphs"] = [p.translate(HALF) for p in g["paragraphs"]]
        g["subheads"] = [p.translate(HALF) for p in g["subheads"]]
    return g


def count_page(page, items, layout):
    stat(f"pages, {layout} layout")
    if page.get("punct") == "half":
        stat("pages with half-width punctuation (,()...)")
    if page.get("num") == "all":
        stat("pages with a space around every number run and after opening quotes")
    for it in items:
        t = it["type"]
        if t == "mast":
            stat("mastheads (date, weekday, lunar date, issue number, page count)")
            if page.get("mastmerge") == "1":
                stat("mastheads with pieces merged on one line (`5 星期一`)")
        elif t in ("box", "extra"):
            stat("banner / box / code-prompt lines (page extras)")
        if t != "art":
            continue
        a = it
        stat(f"articles: {a['kind']}")
        hl = head_lines(a, layout)
        if layout == "col" and a["kind"] != "photo" and hl:
            stat(f"column layout: headline printed {dict(before='before its body', after='after its body', bunch='bunched with other headlines away from its body')[a.get('head', 'before')]}")
        n = len([x for x in [a.get("kicker")] + (a.get("tsplit", "").split("|") if a.get("tsplit") else [a.get("title")]) + [a.get("subtitle")] if x])
        if n >= 3:
            stat("headline stacks of 3+ printed lines (kicker/title/subtitle/`某某出席`)")
        if n >= 4:
            stat("headline stacks of 4 printed lines")
        if a.get("tsplit"):
            stat("titles drawn on two lines (parallel halves or last word alone)")
        if a.get("bold"):
            stat("headlines drawn twice for bold (one line doubled or two identical lines)")
        if a.get("hmode") in ("kt", "join") and a.get("kicker"):
            stat("kicker and title on one line joined by a space")
        if a.get("hmode") == "join" and a.get("subtitle"):
            stat("title and subtitle on one line joined by a space")
        if a.get("subtitle", "").startswith("——"):
            stat("dash-led subtitles (`——记…`)")
        if re.search("(出席|主持)", a.get("subtitle", "")):
            stat("short `某某某出席/主持` headline lines")
        if a.get("column"):
            stat(f"column labels (栏目) printed {a.get('colpos', 'before')} the piece")
        b = a.get("byline", "")
        if b and not re.search("记者|评论员|文丨|摄|报道", b) and " " not in b and "‖" not in b:
            stat("bare-name bylines (a line holding only a name)")
        if "‖" in b:
            stat("bylines split across lines")
        if b.startswith("文丨"):
            stat("`文丨X` essay bylines")
        if "客户端记者" in b or "华声在线记者" in b:
            stat("bylines `湖南日报·华声在线记者` / `·新湖南客户端记者 X 报道`")
        d = a.get("dateline", "")
        if "电（" in d or "电(" in d:
            stat("datelines with 电 (新华社)")
        if "‖" in d:
            stat("datelines broken over lines (inside the date, between names, before 通讯员)")
        if d and "全媒体记者" not in d and "记者" in d:
            stat("datelines with pre-2019 `记者`")
        if a.get("dup"):
            stat("lines printed twice (duplicates)")
        if a.get("jump"):
            stat("jump markers (`▷(下转N版)`, `▲ ▲（上接1版②）`)")
        for q in a["paras"]:
            if "¦" in q:
                stat("stories cut mid-paragraph and continued after 1-2 paragraphs of the next story")
            if "‖" in q:
                stat("paragraphs broken over two consecutive lines (rejoined in gold)")
            if q.startswith("##"):
                stat("crossheads (subheads) in features")
        if a["kind"] == "photo":
            stat(f"photo credits {dict(inline='on the caption line', own='on a line of their own', top='at the top of the page', none='absent')[a.get('credit', 'own' if layout == 'para' else 'inline')]}")
            if a.get("title"):
                stat("photo items with a title line")
            if "以上图片" in b:
                stat("group photo credits (`以上图片均由…`)")
            if a.get("capspread"):
                stat("caption lines spread with glyph gaps")


def write_readme(rows):
    tmpl = open(os.path.join(HERE, "README.in"), encoding="utf-8").read()
    kinds = sorted((k, v) for k, v in STATS.items() if k.startswith("articles: "))
    phen = sorted((k, v) for k, v in STATS.items() if not k.startswith("articles: "))
    t1 = "| phenomenon | count |\n|---|---|\n" + "".join(f"| {k} | {v} |\n" for k, v in phen)
    t0 = "| kind | articles |\n|---|---|\n" + "".join(f"| {k[10:]} | {v} |\n" for k, v in kinds)
    t0 += f"| **total** | {sum(v for _, v in kinds)} |\n"
    t2 = "| file | issue date | page of issue | layout | articles | characters (no whitespace) |\n" \
         "|---|---|---|---|---|---|\n" + "".join(
             f"| `{r[0]}.txt` | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} |\n" for r in rows)
    out = tmpl.replace("{{KINDS}}", t0).replace("{{PHENOMENA}}", t1).replace("{{PAGES}}", t2)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(out)


def main():
    for d in (PAGES, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    rows = []
    for fn in sorted(os.listdir(SRC)):
        if not fn.endswith(".txt"):
            continue
        page, items = parse(os.path.join(SRC, fn))
        # subheads: strip the marker for printing
        for it in items:
            if it["type"] == "art":
                it["gold"] = None
        num = int(page["num_id"]) if "num_id" in page else int(re.sub(r"\D", "", fn))
        rng = random.Random(1000 + num)
        layout = page["layout"]
        half = page.get("punct") == "half"
        arts = [it for it in items if it["type"] == "art"]
        golds = [gold_article(a, half) for a in arts]
        count_page(page, items, layout)
        for a in arts:
            a["paras"] = [p[2:].strip() if p.startswith("##") else p for p in a["paras"]]
        if layout == "col":
            text, extras, dups = compose_col(page, items, rng)
        else:
            text, extras, dups = compose_para(page, items, rng)
        if page.get("lead"):
            text = page["lead"].replace("\\n", "\n") + text
        h = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        name = f"{num:03d}_{h}"
        with open(os.path.join(PAGES, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        d = datetime.date.fromisoformat(page["date"])
        has_mast = any(it["type"] == "mast" for it in items)
        gold = {"source": name + ".txt", "issue_date": page["date"],
                "issue_number": issue_no(d) if has_mast else None,
                "page_count": int(page["pages"]) if has_mast else None,
                "articles": golds, "extras": extras, "duplicates": dups}
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        chars = len(re.sub(r"\s", "", text))
        rows.append((name, page["date"], page.get("pageno", "?"), layout, len(golds), chars))
    with open(os.path.join(HERE, "pages.tsv"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(map(str, r)) + "\n")
    write_readme(rows)
    for r in rows:
        print(*r)


if __name__ == "__main__":
    main()
